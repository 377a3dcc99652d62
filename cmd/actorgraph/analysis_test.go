package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

func TestAnalysisOverHTTP(t *testing.T) {
	base := startServer(t)
	api := base + "/api/v1"

	t.Run("path from France to Haftar", func(t *testing.T) {
		var r struct {
			Paths []struct {
				Length int
				Steps  []struct {
					Subject   struct{ Name string }
					Predicate string
					Object    struct{ Name string }
					Direction string
					Evidence  []struct{ Sentence string }
				}
			}
		}
		getJSON(t, api+"/paths?from=France&to=Haftar&max_depth=4", http.StatusOK, &r)
		if len(r.Paths) == 0 {
			t.Fatal("no path from France to Haftar")
		}
		p := r.Paths[0]
		if p.Length != 3 || p.Steps[0].Subject.Name != "France" || p.Steps[0].Predicate != "endorses" ||
			p.Steps[1].Predicate != "proposes" || p.Steps[1].Direction != "backward" ||
			p.Steps[2].Predicate != "supports" || p.Steps[2].Object.Name != "Khalifa Haftar" {
			t.Errorf("path: %+v", p)
		}
		for _, s := range p.Steps {
			if len(s.Evidence) == 0 || s.Evidence[0].Sentence == "" {
				t.Errorf("step %s %s %s has no evidence", s.Subject.Name, s.Predicate, s.Object.Name)
			}
		}
		var none struct{ Paths []any }
		getJSON(t, api+"/paths?from=France&to=Haftar&max_depth=1", http.StatusOK, &none)
		if len(none.Paths) != 0 {
			t.Errorf("a path of one edge: %+v", none)
		}
		getJSON(t, api+"/paths?from=France&to=Haftar&max_depth=500", http.StatusBadRequest, nil)
		getJSON(t, api+"/paths?from=France&to=Atlantis", http.StatusNotFound, nil)
	})

	t.Run("camps", func(t *testing.T) {
		var r struct {
			Camps []struct {
				ID      int
				Members []struct{ Name string }
				Opposes []int
			}
			Actors []struct {
				Actor   struct{ Name string }
				Camp    int
				Because []any
			}
		}
		getJSON(t, api+"/camps", http.StatusOK, &r)
		campOf := map[string]int{}
		for _, a := range r.Actors {
			campOf[a.Actor.Name] = a.Camp
			if len(a.Because) == 0 {
				t.Errorf("%s is in a camp for no reason", a.Actor.Name)
			}
		}
		gna := campOf["Government of National Accord"]
		haftar := campOf["Khalifa Haftar"]
		if gna == haftar {
			t.Fatalf("the GNA and Haftar share camp %d", gna)
		}
		for _, name := range []string{"Turkey", "United Nations"} {
			if campOf[name] != gna {
				t.Errorf("%s in camp %d, the GNA in %d", name, campOf[name], gna)
			}
		}
		for _, name := range []string{"Russia", "Egypt", "United Arab Emirates"} {
			if campOf[name] != haftar {
				t.Errorf("%s in camp %d, Haftar in %d", name, campOf[name], haftar)
			}
		}
		if !slices.Contains(r.Camps[gna].Opposes, haftar) {
			t.Errorf("camp %d does not oppose camp %d: %+v", gna, haftar, r.Camps[gna])
		}
	})

	t.Run("neighbourhood", func(t *testing.T) {
		var r struct {
			Nodes []struct{ Name string }
			Edges []struct{ Predicate string }
		}
		getJSON(t, api+"/actors/haftar/neighborhood?depth=1", http.StatusOK, &r)
		names := []string{}
		for _, n := range r.Nodes {
			names = append(names, n.Name)
		}
		for _, want := range []string{"Khalifa Haftar", "Russia", "Egypt", "United Arab Emirates"} {
			if !slices.Contains(names, want) {
				t.Errorf("neighbourhood of Haftar lacks %s: %v", want, names)
			}
		}
		if len(r.Edges) < 4 {
			t.Errorf("%d edges", len(r.Edges))
		}
	})

	t.Run("saved queries", func(t *testing.T) {
		var list struct{ Queries []struct{ Name string } }
		getJSON(t, api+"/queries", http.StatusOK, &list)
		if len(list.Queries) < 6 {
			t.Errorf("%d saved queries", len(list.Queries))
		}
		var r struct{ Results []map[string]any }
		// a later article backs one of Haftar's backers
		gulf, err := os.ReadFile("testdata/followup/libya-2020-06-gulf.txt")
		if err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequest(http.MethodPost, api+"/documents?name=libya-2020-06-gulf.txt", bytes.NewReader(gulf))
		req.Header.Set("Authorization", "Bearer test-token")
		res, err := http.DefaultClient.Do(req)
		if err != nil || res.StatusCode != http.StatusCreated {
			t.Fatalf("ingesting the follow-up article: %v %v", err, res)
		}
		res.Body.Close()
		getJSON(t, api+"/queries/two-hop-backers?actor=Haftar", http.StatusOK, &r)
		if len(r.Results) == 0 || r.Results[0]["backer_name"] != "Egypt" {
			t.Errorf("two-hop backers of Haftar: %+v", r.Results)
		}
		getJSON(t, api+"/queries/shared-backers?a=gna&b=sarraj", http.StatusOK, &r)
		if len(r.Results) != 1 || r.Results[0]["name"] != "Turkey" {
			t.Errorf("shared backers of the GNA and Sarraj: %+v", r.Results)
		}
		getJSON(t, api+"/queries/supporters-of?actor=haftar", http.StatusOK, &r)
		for _, res := range r.Results {
			if res["sentence"] == "" || res["name"] == "" {
				t.Errorf("supporter without sentence or name: %v", res)
			}
		}
		if len(r.Results) < 3 {
			t.Errorf("supporters of Haftar: %v", r.Results)
		}
		getJSON(t, api+"/queries/supporters-of", http.StatusBadRequest, nil)
		getJSON(t, api+"/queries/supporters-of?actor=x&extra=1", http.StatusBadRequest, nil)
		getJSON(t, api+"/queries/no-such-query", http.StatusNotFound, nil)
		// a parameter that tries to break out of its string stays data
		getJSON(t, api+"/queries/supporters-of?actor="+url.QueryEscape(`haftar"); g.V().All(); ("`), http.StatusNotFound, nil)
	})

	t.Run("raw queries", func(t *testing.T) {
		body := `{"language": "gizmo", "query": "g.V(\"<https://w3id.org/actorgraph/actor/turkey>\").Out(\"<https://w3id.org/actorgraph/ns#supports>\").All()"}`
		if res, err := http.Post(api+"/query", "application/json", strings.NewReader(body)); err != nil {
			t.Fatal(err)
		} else if res.Body.Close(); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("a raw query without a token: %d, want 401", res.StatusCode)
		}
		var r struct{ Results []map[string]any }
		post(t, api+"/query", "application/json", body, http.StatusOK, &r)
		if len(r.Results) == 0 {
			t.Error("Turkey supports nobody")
		}
		post(t, api+"/query?lang=gizmo", "text/plain", `g.V().Limit(3).All()`, http.StatusOK, &r)
		if len(r.Results) != 3 {
			t.Errorf("limit 3 gave %d", len(r.Results))
		}
		post(t, api+"/query?limit=2", "application/json", `{"language":"gizmo","query":"g.V().All()"}`, http.StatusOK, &r)
		if len(r.Results) != 2 {
			t.Errorf("result cap 2 gave %d", len(r.Results))
		}
		post(t, api+"/query", "application/json", `{"language":"graphql","query":"{ nodes(id: \"<https://w3id.org/actorgraph/actor/turkey>\") { id } }"}`, http.StatusOK, nil)
		post(t, api+"/query", "application/json", `{"language":"sparql","query":"SELECT"}`, http.StatusBadRequest, nil)
		post(t, api+"/query", "application/json", `{"language":"gizmo","query":"g.V(.."}`, http.StatusBadRequest, nil)
	})
}

// TestQueryTimeout runs a query that loops forever and checks that it ends with a
// timeout within its limit plus a second while /healthz keeps answering.
func TestQueryTimeout(t *testing.T) {
	base := startServer(t, "--query-timeout", "2s")
	start := time.Now()
	var wg sync.WaitGroup
	wg.Add(1)
	healthy := 0
	stop := make(chan struct{})
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			res, err := http.Get(base + "/healthz")
			if err == nil {
				res.Body.Close()
				if res.StatusCode == http.StatusOK {
					healthy++
				}
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	var e struct {
		Error struct{ Code, Message string }
	}
	post(t, base+"/api/v1/query", "application/json", `{"language":"gizmo","query":"while(true){}"}`, http.StatusGatewayTimeout, &e)
	took := time.Since(start)
	close(stop)
	wg.Wait()
	if took > 3*time.Second {
		t.Errorf("the looping query took %v, limit 2 s + 1 s", took)
	}
	if !strings.Contains(e.Error.Message, "time limit") {
		t.Errorf("error: %+v", e)
	}
	if healthy < 5 {
		t.Errorf("/healthz answered %d times while the query ran", healthy)
	}
}

// TestQueryLimitFlags: --open-queries lets clients without a token run raw queries,
// --query-bytes cuts their results; the environment reaches both, and a bad value
// is refused before anything starts.
func TestQueryLimitFlags(t *testing.T) {
	base := startServer(t, "--open-queries", "--query-bytes", "300")
	res, err := http.Post(base+"/api/v1/query?lang=gizmo", "text/plain", strings.NewReader(`for (var i = 0; i < 50; i++) g.Emit("x".repeat(100))`))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var r struct {
		Results   []string
		Truncated bool
	}
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("anonymous raw query with --open-queries: %d %v", res.StatusCode, err)
	}
	if len(r.Results) != 2 || !r.Truncated { // 102 bytes each and a comma: a third passes 300
		t.Errorf("%d results, truncated %v; want 2, truncated", len(r.Results), r.Truncated)
	}

	db := filepath.Join(t.TempDir(), "never.db")
	for _, tt := range []struct{ env, value, want string }{
		{"ACTORGRAPH_QUERY_BYTES", "0", "--query-bytes must be at least 1"},
		{"ACTORGRAPH_QUERY_BYTES", "lots", "ACTORGRAPH_QUERY_BYTES"},
		{"ACTORGRAPH_MAX_HEAP", "-1", "--max-heap at least 0"},
		{"ACTORGRAPH_OPEN_QUERIES", "perhaps", "ACTORGRAPH_OPEN_QUERIES"},
	} {
		getenv := func(k string) string {
			if k == tt.env {
				return tt.value
			}
			return ""
		}
		err := run(context.Background(), []string{"serve", "--db", db, "--seeds", "", "--addr", "127.0.0.1:0"}, getenv, nil, io.Discard, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s=%s: %v, want an error naming %q", tt.env, tt.value, err, tt.want)
		}
	}
}

// post sends a request with the test server's write token, which raw queries need.
func post(t *testing.T, url, contentType, body string, wantStatus int, into any) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("Authorization", "Bearer test-token")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	if res.StatusCode != wantStatus {
		t.Fatalf("POST %s: status %d, want %d: %s", url, res.StatusCode, wantStatus, data)
	}
	if into != nil {
		if err := json.Unmarshal(data, into); err != nil {
			t.Fatalf("POST %s: %v in %s", url, err, data)
		}
	}
}

// TestExportsInIndependentReaders exports the seeded graph in every format and has a
// tool that knows nothing of actorgraph read it back: rdflib and rapper for RDF,
// networkx for GraphML and GEXF, Graphviz for DOT, Python's csv and zipfile for the
// CSV and Neo4j exports. Each must see the nodes and edges it should.
func TestExportsInIndependentReaders(t *testing.T) {
	base := startServer(t)
	python := needPython(t, "apt-get install python3-rdflib python3-networkx", "rdflib", "networkx")
	needTool(t, "apt-get install raptor2-utils", "rapper")
	needTool(t, "apt-get install graphviz", "dot")
	dir := t.TempDir()
	fetch := func(format, query string) string {
		data := get(t, base+"/api/v1/export?format="+format+query)
		file := filepath.Join(dir, format+strings.ReplaceAll(query, "&", "_"))
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return file
	}
	// what the graph holds, from the API
	var rels struct{ Relations []struct{ Statement string } }
	getJSON(t, base+"/api/v1/relations", http.StatusOK, &rels)
	var all struct {
		Relations []struct {
			Subject, Object struct{ ID, Kind string }
			Predicate       string
		}
	}
	getJSON(t, base+"/api/v1/relations", http.StatusOK, &all)
	edgeSet, nodeSet := map[string]bool{}, map[string]bool{}
	for _, r := range all.Relations {
		edgeSet[r.Subject.ID+" "+r.Predicate+" "+r.Object.ID] = true
		nodeSet[r.Subject.Kind+r.Subject.ID], nodeSet[r.Object.Kind+r.Object.ID] = true, true
	}
	nquads := fetch("nquads", "")
	quadCount := bytes.Count([]byte(readFile(t, nquads)), []byte("\n"))

	run := func(name string, cmd *exec.Cmd) string {
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	rdflib := func(file, format string) string {
		return run("rdflib "+format, exec.Command(python, "-c", `
import sys, rdflib
if sys.argv[2] in ("nquads", "trig", "json-ld"):
    g = rdflib.ConjunctiveGraph()
    g.parse(sys.argv[1], format=sys.argv[2])
    print(sum(1 for _ in g.quads((None, None, None, None))))
else:
    g = rdflib.Graph()
    g.parse(sys.argv[1], format=sys.argv[2])
    print(len(g))`, file, format))
	}
	t.Run("nquads", func(t *testing.T) {
		if got := rdflib(nquads, "nquads"); got != itoa(quadCount) {
			t.Errorf("rdflib read %s quads, the export has %d lines", got, quadCount)
		}
		out := run("rapper", exec.Command("rapper", "-i", "nquads", "-c", nquads))
		if !strings.Contains(out, "returned "+itoa(quadCount)) {
			t.Errorf("rapper: %s", out)
		}
	})
	t.Run("ntriples, turtle, trig, jsonld", func(t *testing.T) {
		nt := rdflib(fetch("ntriples", ""), "nt")
		ttl := rdflib(fetch("turtle", ""), "turtle")
		if nt != ttl || nt == "0" {
			t.Errorf("N-Triples has %s triples, Turtle %s", nt, ttl)
		}
		if out := run("rapper turtle", exec.Command("rapper", "-i", "turtle", "-c", filepath.Join(dir, "turtle"))); !strings.Contains(out, "returned "+nt) {
			t.Errorf("rapper on Turtle: %s (want %s triples)", out, nt)
		}
		if got := rdflib(fetch("trig", ""), "trig"); got != itoa(quadCount) {
			t.Errorf("TriG: %s quads, want %d", got, quadCount)
		}
		if out := run("rapper trig", exec.Command("rapper", "-i", "trig", "-c", filepath.Join(dir, "trig"))); !strings.Contains(out, "returned "+itoa(quadCount)) {
			t.Errorf("rapper on TriG: %s (want %d)", out, quadCount)
		}
		if got := rdflib(fetch("jsonld", ""), "json-ld"); got != itoa(quadCount) {
			t.Errorf("JSON-LD: %s quads, want %d", got, quadCount)
		}
	})
	t.Run("graphml and gexf in networkx", func(t *testing.T) {
		for _, f := range []string{"graphml", "gexf"} {
			got := run("networkx "+f, exec.Command(python, "-c", `
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1]) if sys.argv[2] == "graphml" else nx.read_gexf(sys.argv[1])
print(g.number_of_nodes(), g.number_of_edges())`, fetch(f, ""), f))
			if want := itoa(len(nodeSet)) + " " + itoa(len(edgeSet)); got != want {
				t.Errorf("%s: networkx sees nodes and edges %q, want %q", f, got, want)
			}
		}
	})
	t.Run("dot in graphviz", func(t *testing.T) {
		svg := run("dot", exec.Command("dot", "-Tsvg", fetch("dot", "")))
		if n := strings.Count(svg, `class="edge"`); n != len(edgeSet) {
			t.Errorf("graphviz drew %d edges, want %d", n, len(edgeSet))
		}
		if n := strings.Count(svg, `class="node"`); n != len(nodeSet) {
			t.Errorf("graphviz drew %d nodes, want %d", n, len(nodeSet))
		}
	})
	t.Run("csv and neo4j", func(t *testing.T) {
		got := run("csv", exec.Command(python, "-c", `
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert all(r["sentence"] and r["modality"] and r["document"] for r in rows), "row without evidence"
print(len(rows))`, fetch("csv", "")))
		if got != itoa(len(rels.Relations)) {
			t.Errorf("CSV rows %s, relations %d", got, len(rels.Relations))
		}
		got = run("neo4j", exec.Command(python, "-c", `
import csv, io, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
nodes = list(csv.DictReader(io.TextIOWrapper(z.open("nodes.csv"), encoding="utf-8")))
rels = list(csv.DictReader(io.TextIOWrapper(z.open("relationships.csv"), encoding="utf-8")))
ids = {n["iri:ID"] for n in nodes}
assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels), "dangling relationship"
print(len(nodes), len(rels))`, fetch("neo4j", "")))
		if want := itoa(len(nodeSet)) + " " + itoa(len(edgeSet)); got != want {
			t.Errorf("neo4j nodes and relationships %q, want %q", got, want)
		}
	})
	t.Run("filters", func(t *testing.T) {
		got := run("csv", exec.Command(python, "-c", `
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert all(r["predicate"] == "supports" and r["object_label"] == "Khalifa Haftar" for r in rows), rows
print(len(rows))`, fetch("csv", "&object=haftar&predicate=supports")))
		if got == "0" {
			t.Error("no supporters of Haftar in the filtered CSV")
		}
		filtered := rdflib(fetch("nquads", "&object=haftar&predicate=supports"), "nquads")
		if filtered == "0" || filtered == itoa(quadCount) {
			t.Errorf("filtered N-Quads: %s quads of %d", filtered, quadCount)
		}
		if got := rdflib(fetch("turtle", "&until=2019-01-01"), "turtle"); got != "0" {
			t.Errorf("nothing is dated before 2019, yet %s triples", got)
		}
		getJSON(t, base+"/api/v1/export?format=xml", http.StatusBadRequest, nil)
		getJSON(t, base+"/api/v1/export?format=csv&subject=atlantis", http.StatusNotFound, nil)
	})
	t.Run("confidence", func(t *testing.T) {
		// RDF tools read the confidences as xsd:double numbers, one per statement
		got := run("rdflib confidence", exec.Command(python, "-c", `
import sys, rdflib
from rdflib.namespace import XSD
g = rdflib.Graph()
g.parse(sys.argv[1], format="turtle")
AG = rdflib.Namespace("https://w3id.org/actorgraph/ns#")
cs = list(g.objects(None, AG.confidence))
assert all(c.datatype == XSD.double and 0 <= c.toPython() <= 1 for c in cs), [(c, c.datatype) for c in cs]
print(len(cs))`, fetch("turtle", "")))
		if got != itoa(len(rels.Relations)) {
			t.Errorf("rdflib read %s confidences from the Turtle export, want one per statement (%d)", got, len(rels.Relations))
		}
		// graph tools see each edge's highest confidence; a floor leaves the edges
		// that have evidence reaching it
		confs := confidences(t, base+"/api/v1/relations")
		top := slices.Max(confs)
		floor := strconv.FormatFloat(top, 'f', -1, 64)
		var high struct {
			Relations []struct {
				Subject, Object struct{ ID string }
				Predicate       string
			}
		}
		getJSON(t, base+"/api/v1/relations?min_confidence="+floor, http.StatusOK, &high)
		highEdges := map[string]bool{}
		for _, r := range high.Relations {
			highEdges[r.Subject.ID+" "+r.Predicate+" "+r.Object.ID] = true
		}
		for _, f := range []string{"graphml", "gexf"} {
			got := run("networkx "+f, exec.Command(python, "-c", `
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1]) if sys.argv[2] == "graphml" else nx.read_gexf(sys.argv[1])
cs = [float(d["confidence"]) for _, _, d in g.edges(data=True)]
assert all(c >= float(sys.argv[3]) for c in cs), cs
print(len(cs))`, fetch(f, "&min_confidence="+floor), f, floor))
			if got != itoa(len(highEdges)) {
				t.Errorf("%s at floor %s: networkx sees %s edges, want %d", f, floor, got, len(highEdges))
			}
		}
		out, err := exec.Command("dot", "-Tdot", fetch("dot", "&min_confidence="+floor)).CombinedOutput()
		if err != nil || strings.Count(string(out), "confidence=") != len(highEdges) {
			t.Errorf("graphviz at floor %s: %v, %d edges with a confidence, want %d:\n%s", floor, err, strings.Count(string(out), "confidence="), len(highEdges), out)
		}
	})
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestCLIMinConfidence: the commands that read relations take --min-confidence, as
// the API takes min_confidence, and refuse a value outside [0, 1].
func TestCLIMinConfidence(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cli.db")
	noenv := func(string) string { return "" }
	if err := run(context.Background(), []string{"ingest", "--db", db, "../../seeds"}, noenv, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	exportCSV := func(args ...string) [][]string {
		t.Helper()
		var out bytes.Buffer
		if err := run(context.Background(), append([]string{"export", "--db", db, "--format", "csv"}, args...), noenv, nil, &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&out).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	all := exportCSV()
	col := slices.Index(all[0], "confidence")
	if col < 0 {
		t.Fatalf("CSV header without confidence: %v", all[0])
	}
	top, want := 0.0, 0
	for _, r := range all[1:] {
		c, err := strconv.ParseFloat(r[col], 64)
		if err != nil {
			t.Fatalf("confidence %q: %v", r[col], err)
		}
		top = max(top, c)
	}
	for _, r := range all[1:] {
		if c, _ := strconv.ParseFloat(r[col], 64); c >= top {
			want++
		}
	}
	floor := strconv.FormatFloat(top, 'f', -1, 64)
	if high := exportCSV("--min-confidence", floor); len(high)-1 != want {
		t.Errorf("export --min-confidence %s: %d rows, want %d", floor, len(high)-1, want)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"paths", "--db", db, "--from", "France", "--to", "Haftar"}, noenv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "confidence ") {
		t.Errorf("paths output shows no confidence:\n%s", out.String())
	}
	for _, args := range [][]string{
		{"export", "--db", db, "--min-confidence", "1.5"},
		{"paths", "--db", db, "--from", "France", "--to", "Haftar", "--min-confidence=-0.5"},
		{"camps", "--db", db, "--min-confidence", "NaN"},
	} {
		err := run(context.Background(), args, noenv, nil, io.Discard, io.Discard)
		if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "--min-confidence") {
			t.Errorf("%v: %v, want an invalid --min-confidence", args, err)
		}
	}
	out.Reset()
	if err := run(context.Background(), []string{"camps", "--db", db, "--min-confidence", "1", "--json"}, noenv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if top < 1 && !strings.Contains(out.String(), `"camps": []`) {
		t.Errorf("camps above every confidence:\n%s", out.String())
	}
}

func TestCLIQueryPathsCamps(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cli.db")
	noenv := func(string) string { return "" }
	if err := run(context.Background(), []string{"ingest", "--db", db, "../../seeds", "testdata/followup"}, noenv, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"query", "--db", db, "two-hop-backers", "--param", "actor=Haftar"}, noenv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"backer_name": "Egypt"`) {
		t.Errorf("query output:\n%s", out.String())
	}
	out.Reset()
	if err := run(context.Background(), []string{"paths", "--db", db, "--from", "France", "--to", "Haftar"}, noenv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "France -endorses->") || !strings.Contains(out.String(), "-supports-> Khalifa Haftar") {
		t.Errorf("paths output:\n%s", out.String())
	}
	out.Reset()
	if err := run(context.Background(), []string{"camps", "--db", db}, noenv, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	if len(lines) < 2 || !strings.Contains(out.String(), "opposes camp") {
		t.Errorf("camps output:\n%s", out.String())
	}
	for _, l := range lines {
		if strings.Contains(l, "Turkey") && strings.Contains(l, "Russia") {
			t.Errorf("Turkey and Russia in one camp: %s", l)
		}
	}
}
