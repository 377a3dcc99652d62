package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
)

// startServer runs "actorgraph serve" through run on 127.0.0.1:0 with a temporary
// store and returns its base URL. The server stops when the test ends.
func startServer(t *testing.T, extra ...string) string {
	t.Helper()
	return startServerOn(t, filepath.Join(t.TempDir(), "e2e.db"), "../../seeds", extra...)
}

// startServerOn runs "actorgraph serve" on the given database with the given seeds.
func startServerOn(t *testing.T, db, seeds string, extra ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	args := append([]string{"--log-level", "warn", "serve", "--addr", "127.0.0.1:0", "--db", db, "--seeds", seeds, "--rate-limit", "0"}, extra...)
	env := map[string]string{"ACTORGRAPH_TOKEN": "test-token"}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, args, func(k string) string { return env[k] }, strings.NewReader(""), pw, io.Discard)
		pw.Close()
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run returned %v", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("server did not stop within 15 s")
		}
	})
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("reading the listen address: %v", err)
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }() // the server writes nothing more the test reads
	base := strings.TrimSpace(strings.TrimPrefix(line, "actorgraph listening on "))
	waitHealthy(t, base)
	return base
}

// mustClose closes c and fails the test if that fails.
func mustClose(t testing.TB, c io.Closer) {
	t.Helper()
	if err := c.Close(); err != nil {
		t.Error(err)
	}
}

func waitHealthy(t *testing.T, base string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if res, err := http.Get(base + "/healthz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s/healthz did not answer", base)
}

func getJSON(t *testing.T, url string, wantStatus int, into any) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != wantStatus {
		t.Fatalf("GET %s: status %d, want %d: %s", url, res.StatusCode, wantStatus, body)
	}
	if into != nil {
		if err := json.Unmarshal(body, into); err != nil {
			t.Fatalf("GET %s: %v in %s", url, err, body)
		}
	}
}

type relatedResponse struct {
	Related []struct {
		Node struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"node"`
		Evidence []struct {
			Document   string  `json:"document"`
			Sentence   string  `json:"sentence"`
			Modality   string  `json:"modality"`
			Confidence float64 `json:"confidence"`
		} `json:"evidence"`
	} `json:"related"`
}

func (r relatedResponse) names(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, g := range r.Related {
		out = append(out, g.Node.Name)
		if len(g.Evidence) == 0 || g.Evidence[0].Sentence == "" || g.Evidence[0].Document == "" || g.Evidence[0].Modality == "" {
			t.Errorf("%s comes without evidence: %+v", g.Node.Name, g.Evidence)
		}
	}
	return out
}

type relationsResponse struct {
	Relations []struct {
		Subject   struct{ Name string } `json:"subject"`
		Predicate string                `json:"predicate"`
		Object    struct{ Name string } `json:"object"`
		Evidence  []struct {
			Sentence string `json:"sentence"`
			Date     string `json:"date"`
		} `json:"evidence"`
	} `json:"relations"`
}

func TestEndToEnd(t *testing.T) {
	base := startServer(t)
	api := base + "/api/v1"

	t.Run("who backs Haftar", func(t *testing.T) {
		var r relatedResponse
		getJSON(t, api+"/actors/haftar/supporters", http.StatusOK, &r)
		got := r.names(t)
		for _, want := range []string{"Russia", "Egypt", "United Arab Emirates"} {
			if !slices.Contains(got, want) {
				t.Errorf("supporters of Haftar %q lack %s", got, want)
			}
		}
		if slices.Contains(got, "Turkey") {
			t.Errorf("Turkey among Haftar's supporters: %q", got)
		}
	})
	t.Run("who backs the GNA, by any name in any case", func(t *testing.T) {
		for _, id := range []string{"gna", "Government%20of%20National%20Accord", "government-of-national-accord"} {
			var r relatedResponse
			getJSON(t, api+"/actors/"+id+"/supporters", http.StatusOK, &r)
			got := r.names(t)
			if !slices.Contains(got, "Turkey") || !slices.Contains(got, "United Nations") {
				t.Errorf("supporters of %s: %q, want Turkey and the United Nations", id, got)
			}
		}
	})
	t.Run("whom Turkey supports", func(t *testing.T) {
		var r relatedResponse
		getJSON(t, api+"/actors/TURKEY/supports", http.StatusOK, &r)
		if got := r.names(t); !slices.Contains(got, "Government of National Accord") {
			t.Errorf("Turkey supports %q", got)
		}
	})
	t.Run("stances on Egypt's proposal", func(t *testing.T) {
		var r relationsResponse
		getJSON(t, api+"/relations?object=egypt-ceasefire", http.StatusOK, &r)
		stance := map[string]string{} // every sentence behind each stance, joined
		for _, rel := range r.Relations {
			if len(rel.Evidence) != 1 {
				t.Fatalf("a relation with %d pieces of evidence, want 1", len(rel.Evidence))
			}
			stance[rel.Subject.Name+" "+rel.Predicate] += rel.Evidence[0].Sentence + "\n"
			if rel.Evidence[0].Date != "2020-06-06" {
				t.Errorf("evidence date %q, want the seed's 2020-06-06", rel.Evidence[0].Date)
			}
		}
		if s := stance["France endorses"]; !strings.Contains(s, "France") {
			t.Errorf("France endorses: sentence %q", s)
		}
		if s := stance["Government of National Accord rejects"]; !strings.Contains(s, "cold water") {
			t.Errorf("GNA rejects: sentence %q", s)
		}
		if _, ok := stance["Abdel Fattah al-Sisi proposes"]; !ok {
			t.Errorf("no proposer of the ceasefire: %v", stance)
		}
	})
	t.Run("opponents", func(t *testing.T) {
		var r relatedResponse
		getJSON(t, api+"/actors/gna/opposed-by", http.StatusOK, &r)
		if len(r.names(t)) == 0 {
			t.Error("nobody opposes the GNA")
		}
	})
	t.Run("errors are JSON with a status", func(t *testing.T) {
		var e struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		getJSON(t, api+"/actors/atlantis/supporters", http.StatusNotFound, &e)
		if e.Error.Code != "not_found" {
			t.Errorf("error body: %+v", e)
		}
		getJSON(t, api+"/relations?predicate=likes", http.StatusBadRequest, &e)
		getJSON(t, api+"/relations?since=yesterday", http.StatusBadRequest, &e)
		getJSON(t, api+"/export?format=xml", http.StatusBadRequest, &e)
	})
	t.Run("ingest needs the token", func(t *testing.T) {
		article := "---\ntitle: Test\ndate: 2021-03-04\n---\nIran backs the Houthis. Saudi Arabia attacked the Houthis.\n"
		post := func(token string) *http.Response {
			req, _ := http.NewRequest(http.MethodPost, api+"/documents?name=test-article.txt", strings.NewReader(article))
			if token != "" {
				req.Header.Set("Authorization", "Bearer "+token)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			return res
		}
		if res := post(""); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("without token: %d", res.StatusCode)
		}
		if res := post("wrong"); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("wrong token: %d", res.StatusCode)
		}
		if res := post("test-token"); res.StatusCode != http.StatusCreated {
			t.Fatalf("with token: %d", res.StatusCode)
		}
		if res := post("test-token"); res.StatusCode != http.StatusOK {
			t.Errorf("same article again: %d, want 200 (unchanged)", res.StatusCode)
		}
		var r relatedResponse
		getJSON(t, api+"/actors/houthis/opposed-by", http.StatusOK, &r)
		if got := r.names(t); !slices.Equal(got, []string{"Saudi Arabia"}) {
			t.Errorf("Houthis opposed by %q", got)
		}
		var docs struct{ Documents []struct{ ID string } }
		getJSON(t, api+"/documents", http.StatusOK, &docs)
		if len(docs.Documents) != 2 {
			t.Errorf("documents: %+v", docs)
		}
		getJSON(t, api+"/documents/test-article", http.StatusOK, nil)
	})
	t.Run("confidence", func(t *testing.T) {
		confs := confidences(t, api+"/relations")
		if len(confs) == 0 {
			t.Fatal("no relations")
		}
		top := slices.Max(confs)
		floor := strconv.FormatFloat(top, 'f', -1, 64)
		want := 0
		for _, c := range confs {
			if c >= top {
				want++
			}
		}
		high := confidences(t, api+"/relations?min_confidence="+floor)
		if len(high) != want || slices.Min(high) < top {
			t.Errorf("at floor %s: confidences %v, want the %d of %v at or above it", floor, high, want, confs)
		}
		if top < 1 {
			if none := confidences(t, api+"/relations?min_confidence=1"); len(none) != 0 {
				t.Errorf("at floor 1, above every confidence: %v", none)
			}
		}
		var r relatedResponse
		getJSON(t, api+"/actors/haftar/supporters?min_confidence="+floor, http.StatusOK, &r)
		for _, g := range r.Related {
			for _, ev := range g.Evidence {
				if ev.Confidence < top {
					t.Errorf("supporter %s with evidence of confidence %v below the floor %s", g.Node.Name, ev.Confidence, floor)
				}
			}
		}
		for _, path := range []string{"/actors/haftar/supporters?min_confidence=2", "/camps?min_confidence=high", "/paths?from=France&to=Haftar&min_confidence=-1",
			"/export?format=csv&min_confidence=NaN", "/documents/libya-2020-06-trt?min_confidence=1.01"} {
			getJSON(t, api+path, http.StatusBadRequest, nil)
		}
		rows, err := csv.NewReader(bytes.NewReader(get(t, api+"/export?format=csv&min_confidence="+floor))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if i := slices.Index(rows[0], "confidence"); i < 0 || len(rows)-1 != want {
			t.Errorf("CSV export at floor %s: header %v, %d rows; want a confidence column and %d rows", floor, rows[0], len(rows)-1, want)
		}
		nq := string(get(t, api+"/export?format=nquads"))
		if !strings.Contains(nq, "ns#confidence> \"") || !strings.Contains(nq, "^^<http://www.w3.org/2001/XMLSchema#double>") {
			t.Error("the N-Quads export lacks typed confidences")
		}
	})
	t.Run("exports parse back", func(t *testing.T) {
		nq := get(t, api+"/export?format=nquads")
		quads := readQuads(t, nquads.NewReader(bytes.NewReader(nq), true))
		if len(quads) < 100 {
			t.Fatalf("N-Quads export: only %d quads", len(quads))
		}
		ld := get(t, api+"/export?format=jsonld")
		if got := readQuads(t, jsonld.NewReader(bytes.NewReader(ld))); len(got) != len(quads) {
			t.Errorf("JSON-LD export: %d quads, N-Quads %d", len(got), len(quads))
		}
		csv := get(t, api+"/export?format=csv")
		if !bytes.HasPrefix(csv, []byte("subject,subject_label,predicate")) || bytes.Count(csv, []byte("\n")) < 10 {
			t.Errorf("CSV export: %.200s", csv)
		}
	})
}

// confidences returns the confidence of every relation /relations answers with; each
// must have one, from 0 to 1.
func confidences(t *testing.T, url string) []float64 {
	t.Helper()
	var r struct {
		Relations []struct {
			Evidence []struct {
				Confidence *float64 `json:"confidence"`
			} `json:"evidence"`
		} `json:"relations"`
	}
	getJSON(t, url, http.StatusOK, &r)
	out := []float64{}
	for _, rel := range r.Relations {
		if len(rel.Evidence) != 1 {
			t.Fatalf("%s: a relation with %d pieces of evidence, want 1", url, len(rel.Evidence))
		}
		c := rel.Evidence[0].Confidence
		if c == nil || *c < 0 || *c > 1 {
			t.Fatalf("%s: evidence without a confidence from 0 to 1: %v", url, c)
		}
		out = append(out, *c)
	}
	return out
}

func get(t *testing.T, url string) []byte {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", url, res.StatusCode, body)
	}
	return body
}

func readQuads(t *testing.T, r quad.Reader) []quad.Quad {
	t.Helper()
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("reading quads back: %v", err)
		}
		out = append(out, q)
	}
}

func TestExtractNQuadsCLI(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"extract", "--format", "nquads", "../../seeds/libya-2020-06-trt.txt"},
		func(string) string { return "" }, nil, &out, &errOut)
	if err != nil {
		t.Fatal(err, errOut.String())
	}
	quads := readQuads(t, nquads.NewReader(&out, true))
	labels := map[string]bool{}
	for _, q := range quads {
		if q.Predicate == quad.IRI("http://www.w3.org/2000/01/rdf-schema#label") {
			labels[q.Subject.String()] = true
		}
	}
	for _, q := range quads {
		p := q.Predicate.String()
		if strings.HasSuffix(p, "#supports>") || strings.HasSuffix(p, "#endorses>") {
			if !labels[q.Subject.String()] || !labels[q.Object.String()] {
				t.Errorf("relation %v has a node without rdfs:label", q)
			}
		}
	}
}

func TestCLIIngestAndExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cli.db")
	noenv := func(string) string { return "" }
	var out bytes.Buffer
	if err := run(context.Background(), []string{"ingest", "--db", db, "../../seeds"}, noenv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "ingested 1 articles") {
		t.Errorf("ingest said %q", out.String())
	}
	file := filepath.Join(dir, "graph.nq")
	if err := run(context.Background(), []string{"export", "--db", db, "--format", "nquads", "--out", file}, noenv, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(readQuads(t, nquads.NewReader(bytes.NewReader(data), true))); n < 100 {
		t.Errorf("exported %d quads", n)
	}
	err = run(context.Background(), []string{"ingest", "--db", db, "no-such-file.txt"}, noenv, nil, io.Discard, io.Discard)
	if err == nil {
		t.Error("ingest of a missing file succeeded")
	}
}

// TestReextract stores an article, then re-extracts it with a lexicon that knows one
// more pattern: the new relation appears, and a second run changes nothing.
func TestReextract(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "re.db")
	noenv := func(string) string { return "" }
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("---\ndate: 2021-05-01\n---\nRussia cheered Serbia.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	patterns := filepath.Join(dir, "more.txt")
	if err := os.WriteFile(patterns, []byte("verb cheer supports - obj\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"ingest", "--db", db, article}, noenv, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	args := []string{"--lexicon", patterns, "reextract", "--db", db}
	if err := run(context.Background(), args, noenv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "re-extracted 1 articles") || !strings.Contains(out.String(), "1 changed, 1 statements") {
		t.Errorf("first re-extraction said %q", out.String())
	}
	out.Reset()
	if err := run(context.Background(), args, noenv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "0 changed") {
		t.Errorf("second re-extraction said %q", out.String())
	}
	out.Reset()
	if err := run(context.Background(), []string{"export", "--db", db, "--format", "csv"}, noenv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Russia,supports") || !strings.Contains(out.String(), "2021-05-01") {
		t.Errorf("export after re-extraction:\n%s", out.String())
	}
}

// TestTwoServersShareOnePostgres runs two servers on one PostgreSQL database: what one
// ingests, the other answers. It needs ACTORGRAPH_TEST_POSTGRES (see graph/store).
func TestTwoServersShareOnePostgres(t *testing.T) {
	admin := os.Getenv("ACTORGRAPH_TEST_POSTGRES")
	if admin == "" {
		missing(t, "ACTORGRAPH_TEST_POSTGRES names no PostgreSQL server (see graph/store/store_test.go)")
	}
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer mustClose(t, db)
	name := fmt.Sprintf("actorgraph_e2e_%d_%d", os.Getpid(), time.Now().UnixNano())
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("dropping %s: %v", name, err)
		}
	}()
	u, _ := url.Parse(admin)
	u.Path = "/" + name
	a := startServerOn(t, u.String(), "../../seeds")
	b := startServerOn(t, u.String(), "")
	var r relatedResponse
	getJSON(t, b+"/api/v1/actors/haftar/supporters", http.StatusOK, &r)
	if got := r.names(t); !slices.Contains(got, "Russia") {
		t.Errorf("the second server sees Haftar's supporters as %q", got)
	}
	article := "---\nid: shared\n---\nIran backs the Houthis.\n"
	req, _ := http.NewRequest(http.MethodPost, b+"/api/v1/documents", strings.NewReader(article))
	req.Header.Set("Authorization", "Bearer test-token")
	res, err := http.DefaultClient.Do(req)
	if err != nil || res.StatusCode != http.StatusCreated {
		t.Fatalf("ingest through the second server: %v %v", err, res)
	}
	res.Body.Close()
	getJSON(t, a+"/api/v1/actors/houthis/supporters", http.StatusOK, &r)
	if got := r.names(t); !slices.Equal(got, []string{"Iran"}) {
		t.Errorf("the first server sees the Houthis' supporters as %q", got)
	}
}
