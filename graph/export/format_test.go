package export

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"mime"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/actorgraph/actorgraph/graph"
)

// memSource is a Source held in memory.
type memSource struct {
	quads []quad.Quad
	rels  []graph.Relation
}

func (m memSource) EachQuad(_ context.Context, _ graph.Filter, fn func(quad.Quad) error) error {
	return Slice(m.quads)(fn)
}

func (m memSource) EachRelation(_ context.Context, _ graph.Filter, fn func(graph.Relation) error) error {
	return Slice(m.rels)(fn)
}

func (m memSource) EachEdge(_ context.Context, _ graph.Filter, fn func(graph.Edge) error) error {
	return Slice(graph.GroupEdges(m.rels))(fn)
}

var _ Source = memSource{}

// sample is three relations over three nodes (one an initiative) in two edges, and
// their quads: one per relation and a label per node, with a statement label each.
func sample() memSource {
	ceasefire := graph.Node{ID: "cairo-declaration", Name: `Cairo "Declaration" <2020> & more`, Kind: graph.KindInitiative}
	rels := append(twice(), graph.Relation{Statement: "s3", Subject: serbia, Predicate: graph.Endorses, Object: ceasefire,
		Evidence: graph.Cited{Evidence: graph.Evidence{Document: "e", Sentence: "Serbia endorsed the\n\"Cairo Declaration\".", Modality: graph.Reported, Confidence: 0.7}, Date: "2022-02-01"}})
	var qs []quad.Quad
	for _, r := range rels {
		qs = append(qs, quad.Quad{Subject: quad.IRI(graph.NodeIRI(r.Subject)), Predicate: quad.IRI(graph.PredicateIRI(r.Predicate)),
			Object: quad.IRI(graph.NodeIRI(r.Object)), Label: quad.IRI(graph.StatementIRI(r.Statement))})
	}
	for _, n := range []graph.Node{russia, serbia, ceasefire} {
		qs = append(qs, quad.Quad{Subject: quad.IRI(graph.NodeIRI(n)), Predicate: quad.IRI("http://www.w3.org/2000/01/rdf-schema#label"), Object: quad.String(n.Name)})
	}
	return memSource{quads: qs, rels: rels}
}

// TestFormatsDescriptors: the list has unique names, media types that parse, an
// extension and exactly one writer each; Lookup finds each, and an unknown name is
// invalid input whose message lists the names.
func TestFormatsDescriptors(t *testing.T) {
	fs := Formats()
	if len(fs) == 0 || !slices.Equal(Names(), func() []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Name)
		}
		return out
	}()) {
		t.Fatalf("Names %v do not follow Formats", Names())
	}
	seen := map[string]bool{}
	for _, f := range fs {
		if seen[f.Name] {
			t.Errorf("format %q listed twice", f.Name)
		}
		seen[f.Name] = true
		if _, _, err := mime.ParseMediaType(f.MediaType); err != nil {
			t.Errorf("%s: media type %q: %v", f.Name, f.MediaType, err)
		}
		if f.Extension == "" || strings.HasPrefix(f.Extension, ".") || f.Description == "" {
			t.Errorf("%s: extension %q, description %q", f.Name, f.Extension, f.Description)
		}
		writers := 0
		for _, set := range []bool{f.Quads != nil, f.Relations != nil, f.Edges != nil} {
			if set {
				writers++
			}
		}
		if writers != 1 {
			t.Errorf("%s has %d writers, want 1", f.Name, writers)
		}
		if got, err := Lookup(f.Name); err != nil || got.Name != f.Name {
			t.Errorf("Lookup(%q) = %q, %v", f.Name, got.Name, err)
		}
	}
	fs[0].Name = "changed"
	if Formats()[0].Name == "changed" {
		t.Error("Formats returns the list itself, not a copy")
	}
	_, err := Lookup("xml")
	if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), strings.Join(Names(), ", ")) {
		t.Errorf("Lookup(xml): %v; want invalid input listing %v", err, Names())
	}
	if f, ok := ForMediaType("text/turtle, */*;q=0.1"); !ok || f.Name != "turtle" {
		t.Errorf("ForMediaType(text/turtle) = %q, %v", f.Name, ok)
	}
	if _, ok := ForMediaType("text/html"); ok {
		t.Error("ForMediaType(text/html) found a format")
	}
}

// readBack parses an export of the sample as its format's readers would, and
// returns what it counted: quads, triples, rows, or nodes and edges.
var readBack = map[string]func(t *testing.T, out []byte) string{
	"nquads": func(t *testing.T, out []byte) string {
		return countQuads(t, nquads.NewReader(bytes.NewReader(out), false))
	},
	"ntriples": func(t *testing.T, out []byte) string {
		return countQuads(t, nquads.NewReader(bytes.NewReader(out), false))
	},
	"jsonld":  func(t *testing.T, out []byte) string { return countQuads(t, jsonld.NewReader(bytes.NewReader(out))) },
	"turtle":  func(t *testing.T, out []byte) string { return fmt.Sprint(bytes.Count(out, []byte("\n    "))) },
	"trig":    func(t *testing.T, out []byte) string { return fmt.Sprint(bytes.Count(out, []byte("{\n"))) },
	"csv":     func(t *testing.T, out []byte) string { return fmt.Sprint(len(readCSV(t, bytes.NewReader(out))) - 1) },
	"graphml": func(t *testing.T, out []byte) string { return countXML(t, out, "node", "edge") },
	"gexf":    func(t *testing.T, out []byte) string { return countXML(t, out, "node", "edge") },
	"dot": func(t *testing.T, out []byte) string {
		if !bytes.HasPrefix(out, []byte("digraph actorgraph {\n")) || !bytes.HasSuffix(out, []byte("}\n")) {
			t.Errorf("DOT is not one digraph:\n%s", out)
		}
		return fmt.Sprintf("%d %d", bytes.Count(out, []byte(", shape=")), bytes.Count(out, []byte(" -> ")))
	},
	"neo4j": func(t *testing.T, out []byte) string {
		z, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
		if err != nil {
			t.Fatal(err)
		}
		var counts []string
		for _, name := range []string{"nodes.csv", "relationships.csv"} {
			f, err := z.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			counts = append(counts, fmt.Sprint(len(readCSV(t, f))-1))
		}
		return strings.Join(counts, " ")
	},
}

func countQuads(t *testing.T, r quad.Reader) string {
	t.Helper()
	n := 0
	for {
		_, err := r.ReadQuad()
		if err == io.EOF {
			return fmt.Sprint(n)
		}
		if err != nil {
			t.Fatalf("quad %d: %v", n+1, err)
		}
		n++
	}
}

func readCSV(t *testing.T, r io.Reader) [][]string {
	t.Helper()
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// countXML decodes a whole document and counts the elements with the given names.
func countXML(t *testing.T, out []byte, names ...string) string {
	t.Helper()
	counts := make([]int, len(names))
	d := xml.NewDecoder(bytes.NewReader(out))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, out)
		}
		if s, ok := tok.(xml.StartElement); ok {
			if i := slices.Index(names, s.Name.Local); i >= 0 {
				counts[i]++
			}
		}
	}
	return strings.Trim(fmt.Sprint(counts), "[]")
}

// TestEveryFormatReadsBack: every registered format writes the sample through its
// descriptor, and what it wrote parses back, in Go, into as many quads, triples,
// rows, nodes and edges as the sample has.
func TestEveryFormatReadsBack(t *testing.T) {
	src := sample()
	want := map[string]string{
		"nquads": "6", "ntriples": "5", "jsonld": "6", "turtle": "5", "trig": "4", "csv": "3",
		"graphml": "3 2", "gexf": "3 2", "dot": "3 2", "neo4j": "3 2",
	}
	for _, f := range Formats() {
		t.Run(f.Name, func(t *testing.T) {
			check, ok := readBack[f.Name]
			if !ok {
				t.Fatalf("no test reads %s back: add one to readBack", f.Name)
			}
			var b bytes.Buffer
			if err := f.Write(context.Background(), &b, src, graph.Filter{}); err != nil {
				t.Fatal(err)
			}
			if got := check(t, b.Bytes()); got != want[f.Name] {
				t.Errorf("read back %s, want %s:\n%s", got, want[f.Name], b.String())
			}
		})
	}
}

// TestWriteStopsOnError: a failing source's error comes back from every format, and
// so does a failing writer's.
func TestWriteStopsOnError(t *testing.T) {
	boom := errors.New("boom")
	for _, f := range Formats() {
		t.Run(f.Name, func(t *testing.T) {
			err := f.Write(context.Background(), io.Discard, failing{boom}, graph.Filter{})
			if !errors.Is(err, boom) {
				t.Errorf("source failed, Write returned %v", err)
			}
			if f.Name == "jsonld" || f.Name == "turtle" || f.Name == "trig" {
				return // these gather the quads first; the writer is tried below for the rest
			}
			err = f.Write(context.Background(), failWriter{boom}, bigSource(20000), graph.Filter{})
			if !errors.Is(err, boom) {
				t.Errorf("writer failed, Write returned %v", err)
			}
		})
	}
}

type failing struct{ err error }

func (f failing) EachQuad(context.Context, graph.Filter, func(quad.Quad) error) error { return f.err }
func (f failing) EachRelation(context.Context, graph.Filter, func(graph.Relation) error) error {
	return f.err
}
func (f failing) EachEdge(context.Context, graph.Filter, func(graph.Edge) error) error { return f.err }

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

// bigSource generates n edges over a thousand nodes, one piece of evidence each, and
// as many relations and quads, never holding them.
type bigSource int

func (n bigSource) edge(i int) graph.Edge {
	node := func(j int) graph.Node {
		return graph.Node{ID: fmt.Sprintf("actor-%d", j), Name: fmt.Sprintf("Actor %d", j), Kind: graph.KindState}
	}
	return graph.Edge{Subject: node(i % 1000), Predicate: graph.Supports, Object: node((i*7 + 1) % 1000),
		Evidence: []graph.Cited{{Evidence: graph.Evidence{Document: fmt.Sprintf("doc-%d", i), Sentence: fmt.Sprintf("Actor %d backs actor %d, sentence %d.", i%1000, (i*7+1)%1000, i),
			Modality: graph.Asserted, Confidence: 0.8}, Date: "2024-01-01"}}}
}

func (n bigSource) EachEdge(_ context.Context, _ graph.Filter, fn func(graph.Edge) error) error {
	for i := range int(n) {
		if err := fn(n.edge(i)); err != nil {
			return err
		}
	}
	return nil
}

func (n bigSource) EachRelation(ctx context.Context, f graph.Filter, fn func(graph.Relation) error) error {
	i := 0
	return n.EachEdge(ctx, f, func(e graph.Edge) error {
		i++
		return fn(graph.Relation{Statement: fmt.Sprintf("s%d", i), Subject: e.Subject, Predicate: e.Predicate, Object: e.Object, Evidence: e.Evidence[0]})
	})
}

func (n bigSource) EachQuad(ctx context.Context, f graph.Filter, fn func(quad.Quad) error) error {
	return n.EachRelation(ctx, f, func(r graph.Relation) error {
		return fn(quad.Quad{Subject: quad.IRI(graph.NodeIRI(r.Subject)), Predicate: quad.IRI(graph.PredicateIRI(r.Predicate)),
			Object: quad.IRI(graph.NodeIRI(r.Object)), Label: quad.IRI(graph.StatementIRI(r.Statement))})
	})
}

// watchedWriter counts the bytes written to it.
type watchedWriter struct{ n int64 }

func (w *watchedWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

// TestGraphFormatsStream: GraphML, GEXF, DOT and Neo4j write 200,000 edges as they
// read them. Half way through the last reading of the edges, a good part of the
// output is already written; and the live heap, measured after a collection every
// 20,000 edges, stays within a few megabytes, where holding the edges would take
// tens of them. CSV and N-Quads stream their relations and quads the same way.
func TestGraphFormatsStream(t *testing.T) {
	n := 200_000
	if testing.Short() {
		n = 50_000
	}
	for _, name := range []string{"graphml", "gexf", "dot", "neo4j", "csv", "nquads"} {
		t.Run(name, func(t *testing.T) {
			f, err := Lookup(name)
			if err != nil {
				t.Fatal(err)
			}
			w := &watchedWriter{}
			src := &watchedSource{bigSource: bigSource(n), w: w}
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			src.base = ms.HeapAlloc
			if err := f.Write(context.Background(), w, src, graph.Filter{}); err != nil {
				t.Fatal(err)
			}
			if src.atHalf < w.n/4 || src.atHalf > w.n*3/4 {
				t.Errorf("%d of %d bytes written half way through the edges: the output does not follow the input", src.atHalf, w.n)
			}
			if growth := src.peak - min(src.peak, src.base); growth > 8<<20 {
				t.Errorf("the live heap grew by %d bytes while writing %d edges", growth, n)
			}
		})
	}
}

// watchedSource is a bigSource that notes how much its writer has written half way
// through each reading of the edges, and the largest live heap it sees.
type watchedSource struct {
	bigSource
	w          *watchedWriter
	atHalf     int64
	base, peak uint64
}

func (s *watchedSource) EachEdge(ctx context.Context, f graph.Filter, fn func(graph.Edge) error) error {
	i := 0
	return s.bigSource.EachEdge(ctx, f, func(e graph.Edge) error {
		s.watch(i)
		i++
		return fn(e)
	})
}

func (s *watchedSource) EachRelation(ctx context.Context, f graph.Filter, fn func(graph.Relation) error) error {
	i := 0
	return s.bigSource.EachRelation(ctx, f, func(r graph.Relation) error {
		s.watch(i)
		i++
		return fn(r)
	})
}

func (s *watchedSource) EachQuad(ctx context.Context, f graph.Filter, fn func(quad.Quad) error) error {
	i := 0
	return s.bigSource.EachQuad(ctx, f, func(q quad.Quad) error {
		s.watch(i)
		i++
		return fn(q)
	})
}

func (s *watchedSource) watch(i int) {
	if i == int(s.bigSource)/2 {
		s.atHalf = s.w.n
	}
	if i%20_000 == 0 {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		s.peak = max(s.peak, ms.HeapAlloc)
	}
}
