package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	legacyrouter "github.com/getkin/kin-openapi/routers/legacy"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/server"
)

// war is an article of relations "S supports O." / "S opposes O.", one a sentence.
func war(id, date string, rels ...[3]string) store.Article {
	d, _ := time.Parse(time.DateOnly, date)
	a := store.Article{Document: graph.Document{ID: id, Title: id, Date: d}, ContentHash: id}
	nodes := map[string]bool{}
	var text strings.Builder
	for _, r := range rels {
		s, o := graph.Node{ID: r[0], Name: r[0], Kind: graph.KindGroup}, graph.Node{ID: r[2], Name: r[2], Kind: graph.KindGroup}
		for _, n := range []graph.Node{s, o} {
			if !nodes[n.ID] {
				nodes[n.ID] = true
				a.Nodes = append(a.Nodes, n)
			}
		}
		sentence := fmt.Sprintf("%s %s %s.", r[0], r[1], r[2])
		start := text.Len()
		text.WriteString(sentence + " ")
		a.Statements = append(a.Statements, graph.Statement{Subject: s, Predicate: graph.Predicate(r[1]), Object: o, Extractor: "test/1",
			Evidence: graph.Evidence{Document: id, Sentence: sentence, Start: start, End: start + len(sentence), Modality: graph.Asserted, Confidence: 0.8}})
	}
	a.Document.Text = text.String()
	return a
}

// twoWars is two wars told in three articles each, and one article that sets the UN,
// which backs one side of the first, against a side of the second.
func twoWars() []store.Article {
	var out []store.Article
	for i := range 3 {
		out = append(out, war(fmt.Sprintf("libya-%d", i), fmt.Sprintf("2020-0%d-10", i+4),
			[3]string{"turkey", "supports", "gna"}, [3]string{"un", "supports", "gna"}, [3]string{"russia", "supports", "haftar"},
			[3]string{"egypt", "supports", "haftar"}, [3]string{"gna", "opposes", "haftar"}))
		out = append(out, war(fmt.Sprintf("sudan-%d", i), fmt.Sprintf("2023-0%d-10", i+4),
			[3]string{"saf", "opposes", "rsf"}, [3]string{"egypt", "supports", "saf"}, [3]string{"uae", "supports", "rsf"},
			[3]string{"wagner", "supports", "rsf"}, [3]string{"burhan", "leads", "saf"}))
	}
	return append(out, war("sudan-wrong", "2023-07-01", [3]string{"un", "opposes", "rsf"}, [3]string{"saf", "opposes", "rsf"}))
}

type campsReply struct {
	Theatres []struct {
		ID        int
		Name      string
		Documents []string
		Camps     []int
	}
	Camps []struct {
		ID      int
		Name    string
		Theatre int
		Opposes []int
		Against []struct {
			Camp   int
			Weight float64
		}
	}
	Actors []struct {
		Actor   graph.Node
		Theatre int
		Camp    int
		Share   float64
		Because []graph.Edge
	}
	NextCursor string `json:"next_cursor"`
}

func getCamps(t *testing.T, h http.Handler, path string) campsReply {
	t.Helper()
	rec := get(t, h, path)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: %d %.300s", path, rec.Code, rec.Body)
	}
	var r campsReply
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCampsOfTwoWars(t *testing.T) {
	h := newServerWith(t, server.Options{RateLimit: -1}, twoWars()...)
	var th struct {
		Theatres []struct {
			ID        int
			Documents []string
		}
	}
	rec := get(t, h, "/api/v1/theatres")
	if err := json.Unmarshal(rec.Body.Bytes(), &th); err != nil || len(th.Theatres) != 2 {
		t.Fatalf("theatres: %v %s", err, rec.Body)
	}
	sudan := getCamps(t, h, "/api/v1/camps?around=RSF")
	if len(sudan.Theatres) != 1 || len(sudan.Camps) != 2 {
		t.Fatalf("camps around the RSF: %d theatres, %d camps", len(sudan.Theatres), len(sudan.Camps))
	}
	for _, d := range sudan.Theatres[0].Documents {
		if !strings.HasPrefix(d, "sudan") {
			t.Errorf("document %s in Sudan's theatre", d)
		}
	}
	campOf := map[string]int{}
	for _, a := range sudan.Actors {
		campOf[a.Actor.ID] = a.Camp
		if len(a.Because) == 0 || a.Share <= 0 {
			t.Errorf("%s in camp %d with share %v, because %v", a.Actor.ID, a.Camp, a.Share, a.Because)
		}
	}
	if campOf["saf"] == campOf["rsf"] || campOf["uae"] != campOf["rsf"] || campOf["burhan"] != campOf["saf"] {
		t.Errorf("camps in Sudan: %v", campOf)
	}
	for _, c := range sudan.Camps {
		if len(c.Opposes) != 1 || c.Against[0].Weight <= 0 || !strings.HasSuffix(c.Name, "camp") {
			t.Errorf("camp %+v", c)
		}
	}
	// the same camp has the same number in every scope
	all := getCamps(t, h, "/api/v1/camps")
	byID := map[int]string{}
	for _, c := range all.Camps {
		byID[c.ID] = c.Name
	}
	for _, c := range sudan.Camps {
		if byID[c.ID] != c.Name {
			t.Errorf("camp %d is %q around the RSF, %q in all", c.ID, c.Name, byID[c.ID])
		}
	}
	// pages of actors
	seen := 0
	for path := "/api/v1/camps?limit=3"; ; {
		page := getCamps(t, h, path)
		seen += len(page.Actors)
		if page.NextCursor == "" {
			break
		}
		path = "/api/v1/camps?limit=3&cursor=" + page.NextCursor
	}
	if seen != len(all.Actors) {
		t.Errorf("pages gave %d actors, the whole list %d", seen, len(all.Actors))
	}
	for _, path := range []string{"/api/v1/camps?theatre=7", "/api/v1/camps?around=nobody", "/api/v1/camps/timeline?theatre=9"} {
		if rec := get(t, h, path); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, rec.Code)
		}
	}
	for _, path := range []string{"/api/v1/camps?theatre=0&around=rsf", "/api/v1/camps/timeline", "/api/v1/camps/timeline?around=rsf&step=day",
		"/api/v1/camps?cursor=xyz", "/api/v1/theatres?limit=0"} {
		if rec := get(t, h, path); rec.Code != http.StatusBadRequest {
			t.Errorf("GET %s: %d, want 400", path, rec.Code)
		}
	}
	var tl struct {
		Steps []struct{ Since string }
	}
	rec = get(t, h, "/api/v1/camps/timeline?around=rsf&step=month")
	if err := json.Unmarshal(rec.Body.Bytes(), &tl); err != nil || len(tl.Steps) != 4 || tl.Steps[0].Since != "2023-04-01" {
		t.Errorf("timeline: %v %.500s", err, rec.Body)
	}
}

// TestCampRoutesMatchOpenAPI checks the answers of the camp routes against
// openapi.yaml.
func TestCampRoutesMatchOpenAPI(t *testing.T) {
	h := newServerWith(t, server.Options{RateLimit: -1}, twoWars()...)
	doc, err := openapi3.NewLoader().LoadFromData(do(t, h, httptest.NewRequest("GET", "/openapi.yaml", nil)).Body.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	router, err := legacyrouter.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/v1/camps", "/api/v1/camps?theatre=1&limit=2", "/api/v1/camps?around=gna",
		"/api/v1/theatres?limit=1", "/api/v1/camps/timeline?theatre=0&step=quarter", "/api/v1/camps?around=nobody"} {
		req := httptest.NewRequest("GET", "http://127.0.0.1:8080"+path, nil)
		r, params, err := router.FindRoute(req)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: r}
		if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
			t.Errorf("%s: %v", path, err)
		}
		res := do(t, h, req)
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: res.Code, Header: res.Header(),
			Options: &openapi3filter.Options{IncludeResponseStatus: true}}
		out.SetBodyBytes(res.Body.Bytes())
		if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
			t.Errorf("%s (%d): the answer does not match openapi.yaml: %v", path, res.Code, err)
		}
	}
}
