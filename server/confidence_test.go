package server_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	legacyrouter "github.com/getkin/kin-openapi/routers/legacy"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/ingest"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/server"
)

// newServerWith serves a store that holds the given articles, written as they are:
// their confidences do not depend on what the extractor of the day makes of a text.
func newServerWith(t *testing.T, opt server.Options, articles ...store.Article) http.Handler {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "s.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	closeAtEnd(t, st)
	if _, err := st.IngestBatch(context.Background(), articles); err != nil {
		t.Fatal(err)
	}
	lex, err := extract.LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return server.New(st, &ingest.Pipeline{Store: st, Extractor: extract.New(lex)}, slog.New(slog.NewTextHandler(io.Discard, nil)), opt)
}

// twiceRead is an article in which Russia supports Serbia and opposes Ukraine, each
// read twice: first with confidence 0.9, then with 0.4.
func twiceRead() store.Article {
	russia := graph.Node{ID: "russia", Name: "Russia", Kind: graph.KindState}
	serbia := graph.Node{ID: "serbia", Name: "Serbia", Kind: graph.KindState}
	ukraine := graph.Node{ID: "ukraine", Name: "Ukraine", Kind: graph.KindState}
	text := "Russia backs Serbia. Russia attacked Ukraine. Reportedly, Russia backs Serbia. Reportedly, Russia attacked Ukraine."
	date, _ := time.Parse("2006-01-02", "2022-01-01")
	a := store.Article{Document: graph.Document{ID: "d", Title: "Two readings", Date: date, Text: text}, ContentHash: "h",
		Nodes: []graph.Node{russia, serbia, ukraine}}
	for _, r := range []struct {
		p        graph.Predicate
		o        graph.Node
		sentence string
		c        float64
	}{
		{graph.Supports, serbia, "Russia backs Serbia.", 0.9},
		{graph.Opposes, ukraine, "Russia attacked Ukraine.", 0.9},
		{graph.Supports, serbia, "Reportedly, Russia backs Serbia.", 0.4},
		{graph.Opposes, ukraine, "Reportedly, Russia attacked Ukraine.", 0.4},
	} {
		start := strings.Index(text, r.sentence)
		a.Statements = append(a.Statements, graph.Statement{Subject: russia, Predicate: r.p, Object: r.o, Extractor: "test/1",
			Evidence: graph.Evidence{Document: "d", Sentence: r.sentence, Start: start, End: start + len(r.sentence), Modality: graph.Asserted, Confidence: r.c}})
	}
	return a
}

// confidenceRoutes are the read routes that answer with relations or evidence.
var confidenceRoutes = []string{
	"/api/v1/relations",
	"/api/v1/actors/russia",
	"/api/v1/actors/serbia/supporters",
	"/api/v1/actors/russia/supports",
	"/api/v1/actors/russia/opposes",
	"/api/v1/actors/ukraine/opposed-by",
	"/api/v1/paths?from=russia&to=serbia",
	"/api/v1/actors/russia/neighborhood",
	"/api/v1/camps",
	"/api/v1/camps?around=russia",
	"/api/v1/graph",
	"/api/v1/documents/d",
	"/api/v1/export?format=csv",
}

// withParam adds a query parameter to a path that may already have some.
func withParam(path, kv string) string {
	if strings.Contains(path, "?") {
		return path + "&" + kv
	}
	return path + "?" + kv
}

// evidenceIn gathers every piece of evidence an answer shows, as "confidence sentence":
// the JSON objects with a sentence and a confidence, wherever they sit, or the rows of
// a CSV export.
func evidenceIn(t *testing.T, rec *httptest.ResponseRecorder) []string {
	t.Helper()
	var out []string
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
		rows, err := csv.NewReader(rec.Body).ReadAll()
		if err != nil {
			t.Fatalf("answer is not CSV: %v", err)
		}
		conf, sentence := slices.Index(rows[0], "confidence"), slices.Index(rows[0], "sentence")
		if conf < 0 || sentence < 0 {
			t.Fatalf("CSV header without confidence and sentence: %v", rows[0])
		}
		for _, r := range rows[1:] {
			out = append(out, r[conf]+" "+r[sentence])
		}
		slices.Sort(out)
		return out
	}
	var body any
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("answer is not JSON: %v", err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			s, sok := v["sentence"].(string)
			c, cok := v["confidence"].(float64)
			if sok && cok {
				out = append(out, strconv.FormatFloat(c, 'f', -1, 64)+" "+s)
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(body)
	slices.Sort(out)
	return out
}

// TestMinConfidence asks every route that answers with evidence for the relations of
// an article that reads each of them twice, with confidences 0.9 and 0.4, under no
// floor and under floors 0.5 and 0.95: each answer shows the confidence of its
// evidence; under a floor, it shows exactly the evidence of the answer without one that
// reaches the floor, and nothing when none does.
func TestMinConfidence(t *testing.T) {
	h := newServerWith(t, server.Options{RateLimit: -1}, twiceRead())
	for _, route := range confidenceRoutes {
		t.Run(route, func(t *testing.T) {
			rec := do(t, h, httptest.NewRequest("GET", route, nil))
			if rec.Code != http.StatusOK {
				t.Fatalf("%d %s", rec.Code, rec.Body)
			}
			all := evidenceIn(t, rec)
			has := func(c string) bool {
				return slices.ContainsFunc(all, func(e string) bool { return strings.HasPrefix(e, c+" ") })
			}
			// the drawing's edges show their first sentence and highest confidence only
			if !has("0.9") || !has("0.4") && route != "/api/v1/graph" {
				t.Fatalf("without a floor the answer lacks the evidence of confidence 0.9 and 0.4: %q", all)
			}
			for _, tt := range []struct {
				floor string
				keep  func(e string) bool
			}{
				{"0.5", func(e string) bool { return strings.HasPrefix(e, "0.9 ") }},
				{"0.95", func(string) bool { return false }},
			} {
				rec := do(t, h, httptest.NewRequest("GET", withParam(route, "min_confidence="+tt.floor), nil))
				if rec.Code != http.StatusOK {
					t.Fatalf("floor %s: %d %s", tt.floor, rec.Code, rec.Body)
				}
				want := []string{}
				for _, e := range all {
					if tt.keep(e) {
						want = append(want, e)
					}
				}
				if got := evidenceIn(t, rec); !slices.Equal(got, want) {
					t.Errorf("floor %s: evidence %q, want %q", tt.floor, got, want)
				}
			}
		})
	}
}

// TestMinConfidenceInvalid: anything but a number from 0 to 1 is a 400 on every route
// that takes the parameter; an empty value is no floor.
func TestMinConfidenceInvalid(t *testing.T) {
	h := newServerWith(t, server.Options{RateLimit: -1}, twiceRead())
	tests := []struct {
		value string
		want  int
	}{
		{"0", 200}, {"1", 200}, {"0.5", 200}, {"", 200},
		{"1.5", 400}, {"-0.1", 400}, {"abc", 400}, {"NaN", 400}, {"Inf", 400}, {"0x1p-1", 400}, {"0,5", 400},
	}
	for _, route := range confidenceRoutes {
		for _, tt := range tests {
			rec := do(t, h, httptest.NewRequest("GET", withParam(route, "min_confidence="+tt.value), nil))
			if rec.Code != tt.want {
				t.Errorf("%s with min_confidence=%q: %d, want %d: %.200s", route, tt.value, rec.Code, tt.want, rec.Body)
			}
			if tt.want == 400 && !strings.Contains(rec.Body.String(), `"code":"invalid"`) || tt.want == 400 && !strings.Contains(rec.Body.String(), "min_confidence") {
				t.Errorf("%s with min_confidence=%q: error %s, want an invalid error naming min_confidence", route, tt.value, rec.Body)
			}
		}
	}
}

// TestMinConfidenceOpenAPI checks the parameter against openapi.yaml: every route that
// takes it documents it, the document and the server agree on which values are valid,
// and the answers to valid requests (confidences included) match their schemas.
func TestMinConfidenceOpenAPI(t *testing.T) {
	h := newServerWith(t, server.Options{RateLimit: -1}, twiceRead())
	rec := do(t, h, httptest.NewRequest("GET", "/openapi.yaml", nil))
	doc, err := openapi3.NewLoader().LoadFromData(rec.Body.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatal(err)
	}
	router, err := legacyrouter.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, route := range confidenceRoutes {
		for _, value := range []string{"0", "0.5", "1", "1.5", "-0.1", "abc"} {
			req := httptest.NewRequest("GET", "http://127.0.0.1:8080"+withParam(route, "min_confidence="+value), nil)
			r, params, err := router.FindRoute(req)
			if err != nil {
				t.Fatalf("%s: not in openapi.yaml: %v", route, err)
			}
			if p := r.Operation.Parameters.GetByInAndName("query", "min_confidence"); p == nil {
				t.Errorf("%s: openapi.yaml does not document min_confidence", r.Path)
				continue
			}
			in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: r}
			specErr := openapi3filter.ValidateRequest(context.Background(), in)
			res := do(t, h, req)
			if (specErr == nil) != (res.Code == http.StatusOK) {
				t.Errorf("%s min_confidence=%s: openapi.yaml says %v, the server %d", r.Path, value, specErr, res.Code)
				continue
			}
			if specErr != nil || !strings.HasPrefix(res.Header().Get("Content-Type"), "application/json") {
				continue
			}
			out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: res.Code, Header: res.Header(),
				Options: &openapi3filter.Options{IncludeResponseStatus: true}}
			out.SetBodyBytes(res.Body.Bytes())
			if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
				t.Errorf("%s min_confidence=%s: the answer does not match openapi.yaml: %v", r.Path, value, err)
			}
		}
	}
	// the evidence schema has the field, a number from 0 to 1
	c := doc.Components.Schemas["Evidence"].Value.Properties["confidence"]
	if c == nil || !c.Value.Type.Is("number") || c.Value.Min == nil || *c.Value.Min != 0 || c.Value.Max == nil || *c.Value.Max != 1 {
		t.Errorf("Evidence.confidence in openapi.yaml: %+v", c)
	}
}

// TestAnswersKeptPerFloor: kept answers are keyed by the whole query, the floor
// included, so that an answer under one floor is never served for another.
func TestAnswersKeptPerFloor(t *testing.T) {
	h := newServerWith(t, server.Options{RateLimit: -1}, twiceRead())
	get := func(path string) *httptest.ResponseRecorder { return do(t, h, httptest.NewRequest("GET", path, nil)) }
	base := "/api/v1/actors/serbia/supporters"
	first := get(base)
	for _, floor := range []string{"0.5", "0.95"} {
		rec := get(base + "?min_confidence=" + floor)
		if rec.Header().Get("X-Cache") == "hit" || rec.Body.String() == first.Body.String() {
			t.Errorf("floor %s served the answer without a floor (X-Cache %q)", floor, rec.Header().Get("X-Cache"))
		}
		if rec.Header().Get("ETag") == first.Header().Get("ETag") {
			t.Errorf("floor %s has the ETag of the answer without a floor", floor)
		}
		again := get(base + "?min_confidence=" + floor)
		if again.Header().Get("X-Cache") != "hit" || again.Body.String() != rec.Body.String() {
			t.Errorf("floor %s asked again: X-Cache %q, same body %v", floor, again.Header().Get("X-Cache"), again.Body.String() == rec.Body.String())
		}
	}
}
