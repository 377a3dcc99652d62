package store

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

// withConfidence sets the confidence of an article's statements, in order.
func withConfidence(a Article, cs ...float64) Article {
	for i, c := range cs {
		a.Statements[i].Evidence.Confidence = c
	}
	return a
}

// TestConfidenceRoundTrip writes statements with their confidences and reads them
// back: as typed literals with the full xsd:double IRI, and as the same numbers in
// every answer that carries evidence.
func TestConfidenceRoundTrip(t *testing.T) { backends(t, testConfidenceRoundTrip) }

func testConfidenceRoundTrip(t *testing.T, s *Store) {
	ctx := context.Background()
	a := withConfidence(testArticle("d", "Russia backs Serbia. Russia attacked Ukraine. Russia backs the Minsk agreement.", "2022-01-01",
		russia, graph.Supports, serbia, "Russia backs Serbia.",
		russia, graph.Opposes, ukraine, "Russia attacked Ukraine.",
		russia, graph.Endorses, plan, "Russia backs the Minsk agreement."),
		0.9, 0.125, 0)
	if _, err := s.Ingest(ctx, a); err != nil {
		t.Fatal(err)
	}
	stored, err := s.DocumentQuads(ctx, "d")
	if err != nil {
		t.Fatal(err)
	}
	written := map[string]quad.Value{}
	for _, q := range stored {
		if q.Predicate == iri(graph.PropConfidence) {
			written[localName(q.Subject)] = q.Object
		}
	}
	if len(written) != 3 {
		t.Fatalf("%d statements carry a confidence, want 3: %v", len(written), written)
	}
	for _, v := range written {
		ts, ok := v.(quad.TypedString)
		if !ok || ts.Type != quad.IRI("http://www.w3.org/2001/XMLSchema#double") {
			t.Errorf("confidence stored as %#v, want a typed string with the full xsd:double IRI", v)
		}
	}
	want := map[graph.Predicate]float64{graph.Supports: 0.9, graph.Opposes: 0.125, graph.Endorses: 0}
	rels, err := s.Relations(ctx, graph.Filter{})
	if err != nil || len(rels) != 3 {
		t.Fatalf("relations: %+v, %v", rels, err)
	}
	for _, r := range rels {
		if r.Evidence.Confidence != want[r.Predicate] {
			t.Errorf("%s read back with confidence %v, want %v", r.Predicate, r.Evidence.Confidence, want[r.Predicate])
		}
		if written[r.Statement] == nil {
			t.Errorf("statement %s has no confidence quad", r.Statement)
		}
	}
	sub, err := s.Neighborhood(ctx, "russia", 1, 10, graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range sub.Edges {
		if e.Evidence[0].Confidence != want[e.Predicate] {
			t.Errorf("neighbourhood edge %s: confidence %v, want %v", e.Predicate, e.Evidence[0].Confidence, want[e.Predicate])
		}
	}
	var nq bytes.Buffer
	if err := export.Write(ctx, &nq, "nquads", s, graph.Filter{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(nq.String(), `<`+graph.PropConfidence+`> "0.9"^^<http://www.w3.org/2001/XMLSchema#double>`) {
		t.Errorf("the N-Quads export lacks the typed confidence:\n%s", nq.String())
	}
	if strings.Contains(nq.String(), "^^<xsd:") {
		t.Errorf("the N-Quads export has a short datatype name:\n%s", nq.String())
	}
}

// TestConfidenceMissing reads statements written by other tools: without a
// confidence, a statement counts as 1; a number of another type is read as a number,
// one outside [0, 1] brought to the nearest end; text that is no number is ignored.
func TestConfidenceMissing(t *testing.T) { backends(t, testConfidenceMissing) }

func testConfidenceMissing(t *testing.T, s *Store) {
	ctx := context.Background()
	tests := []struct {
		name  string
		value string // the object of the confidence quad; empty: none
		want  float64
	}{
		{"none", "", 1},
		{"xsd:double", `"0.25"^^<http://www.w3.org/2001/XMLSchema#double>`, 0.25},
		{"xsd:decimal", `"0.5"^^<http://www.w3.org/2001/XMLSchema#decimal>`, 0.5},
		{"plain literal", `"0.75"`, 0.75},
		{"above 1", `"7"^^<http://www.w3.org/2001/XMLSchema#integer>`, 1},
		{"below 0", `"-2.5"^^<http://www.w3.org/2001/XMLSchema#double>`, 0},
		{"not a number", `"high"`, 1},
	}
	var doc strings.Builder
	for i, tt := range tests {
		st := "<" + graph.StatementIRI("imported-"+string(rune('a'+i))) + ">"
		subj := "<" + graph.Namespace + "actor/s" + string(rune('a'+i)) + ">"
		lines := []string{
			subj + " <" + graph.PredicateIRI(graph.Supports) + "> <" + graph.Namespace + "actor/o> " + st,
			st + " <" + graph.RDFType + "> <" + graph.ClassStatement + ">",
			st + " <" + graph.PropSubject + "> " + subj,
			st + " <" + graph.PropPredicate + "> <" + graph.PredicateIRI(graph.Supports) + ">",
			st + " <" + graph.PropObject + "> <" + graph.Namespace + "actor/o>",
			st + " <" + graph.PropDocument + "> <" + graph.DocumentIRI("imported") + ">",
			st + " <" + graph.PropSentence + "> \"" + tt.name + "\"",
			st + " <" + graph.PropStart + "> \"" + string(rune('0'+i)) + "\"^^<" + graph.XSDInteger + ">",
		}
		if tt.value != "" {
			lines = append(lines, st+" <"+graph.PropConfidence+"> "+tt.value)
		}
		for _, l := range lines {
			doc.WriteString(l + " .\n")
		}
	}
	doc.WriteString("<" + graph.DocumentIRI("imported") + "> <" + graph.RDFType + "> <" + graph.ClassDocument + "> .\n")
	doc.WriteString("<" + graph.Namespace + "actor/o> <" + graph.RDFSLabel + "> \"O\" .\n")
	if _, err := s.Import(ctx, strings.NewReader(doc.String()), 1000, nil); err != nil {
		t.Fatal(err)
	}
	rels, err := s.Relations(ctx, graph.Filter{Object: "o"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, r := range rels {
		got[r.Evidence.Sentence] = r.Evidence.Confidence
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c, ok := got[tt.name]; !ok || c != tt.want {
				t.Errorf("confidence %v (read: %v), want %v", c, ok, tt.want)
			}
		})
	}
	// the floor reads a missing confidence as 1 too
	if rels, err := s.Relations(ctx, graph.Filter{Object: "o", MinConfidence: 1}); err != nil || len(rels) != 3 {
		t.Errorf("at floor 1: %d relations (%v), want the three that count as 1", len(rels), err)
	}
}

// TestConfidenceFilter is the floor, everywhere relations are read: one relation
// (Russia supports Serbia) read twice, with confidences 0.9 and 0.4, under floors
// 0.5 and 0.95. The evidence below the floor is left out; the relation disappears when
// none is left.
func TestConfidenceFilter(t *testing.T) { backends(t, testConfidenceFilter) }

func testConfidenceFilter(t *testing.T, s *Store) {
	ctx := context.Background()
	a := withConfidence(testArticle("d", "Russia backs Serbia. Reportedly, Russia backs Serbia.", "2022-01-01",
		russia, graph.Supports, serbia, "Russia backs Serbia.",
		russia, graph.Supports, serbia, "Reportedly, Russia backs Serbia."),
		0.9, 0.4)
	a.Statements[1].Evidence.Start, a.Statements[1].Evidence.End = 21, 53
	if _, err := s.Ingest(ctx, a); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		floor    float64
		evidence []float64 // the confidences left, in text order
	}{
		{"no floor", 0, []float64{0.9, 0.4}},
		{"at the lower one", 0.4, []float64{0.9, 0.4}},
		{"floor 0.5", 0.5, []float64{0.9}},
		{"at the higher one", 0.9, []float64{0.9}},
		{"floor 0.95", 0.95, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := graph.Filter{MinConfidence: tt.floor}
			confidences := func(evs []graph.Cited) []float64 {
				var out []float64
				for _, ev := range evs {
					out = append(out, ev.Confidence)
				}
				return out
			}
			check := func(what string, got []float64) {
				t.Helper()
				if !equalFloats(got, tt.evidence) {
					t.Errorf("%s: evidence %v, want %v", what, got, tt.evidence)
				}
			}

			for _, rf := range []graph.Filter{{}, {Subject: "russia"}, {Object: "serbia"}, {Document: "d"}, {Predicate: graph.Supports}} {
				rf.MinConfidence = tt.floor
				rels, err := s.Relations(ctx, rf)
				if err != nil {
					t.Fatal(err)
				}
				var got []float64
				for _, r := range rels {
					got = append(got, r.Evidence.Confidence)
				}
				check("relations", got)
			}

			edges, err := s.Edges(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if len(tt.evidence) == 0 && len(edges) != 0 {
				t.Errorf("edges: %d, want none", len(edges))
			}
			if len(tt.evidence) > 0 {
				if len(edges) != 1 {
					t.Fatalf("edges: %d, want 1", len(edges))
				}
				check("edges", confidences(edges[0].Evidence))
				if edges[0].Confidence() != 0.9 {
					t.Errorf("edge confidence %v, want the highest, 0.9", edges[0].Confidence())
				}
			}

			sub, err := s.Neighborhood(ctx, "russia", 1, 10, f)
			if err != nil {
				t.Fatal(err)
			}
			var got []float64
			for _, e := range sub.Edges {
				got = append(got, confidences(e.Evidence)...)
			}
			check("neighbourhood", got)
			if len(tt.evidence) == 0 && len(sub.Nodes) != 1 {
				t.Errorf("neighbourhood nodes %+v, want Russia alone", sub.Nodes)
			}

			paths, err := s.Paths(ctx, "russia", "serbia", 2, 10, nil, f)
			if err != nil {
				t.Fatal(err)
			}
			got = nil
			for _, p := range paths {
				for _, st := range p.Steps {
					got = append(got, confidences(st.Evidence)...)
				}
			}
			check("paths", got)

			var rows bytes.Buffer
			if err := export.Write(ctx, &rows, "csv", s, f); err != nil {
				t.Fatal(err)
			}
			records, err := csv.NewReader(&rows).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(records)-1 != len(tt.evidence) {
				t.Errorf("CSV: %d rows, want %d", len(records)-1, len(tt.evidence))
			}

			var nq bytes.Buffer
			if err := export.Write(ctx, &nq, "nquads", s, f); err != nil {
				t.Fatal(err)
			}
			relationQuads, stmts := 0, 0
			for _, q := range readAll(t, nquads.NewReader(&nq, true)) {
				switch {
				case q.Predicate == iri(graph.PredicateIRI(graph.Supports)):
					relationQuads++
				case q.Predicate == iri(graph.RDFType) && q.Object == iri(graph.ClassStatement):
					stmts++
				}
			}
			if relationQuads != len(tt.evidence) || stmts != len(tt.evidence) {
				t.Errorf("N-Quads: %d relation quads and %d statement nodes, want %d of each", relationQuads, stmts, len(tt.evidence))
			}
		})
	}
}

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestIngestRefusesBadConfidence: a confidence outside [0, 1] is refused as invalid
// input before anything is written.
func TestIngestRefusesBadConfidence(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	for _, c := range []float64{-0.1, 1.5, math.NaN(), math.Inf(1)} {
		a := withConfidence(testArticle("d", "Russia backs Serbia.", "2022-01-01", russia, graph.Supports, serbia, "Russia backs Serbia."), c)
		if _, err := s.Ingest(ctx, a); !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "confidence") {
			t.Errorf("confidence %v: %v, want an invalid-input error about the confidence", c, err)
		}
	}
	if empty, err := s.Empty(ctx); err != nil || !empty {
		t.Errorf("after refused ingests the store is not empty (%v)", err)
	}
}
