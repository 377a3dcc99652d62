package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

var (
	russia = graph.Node{ID: "russia", Name: "Russia", Kind: graph.KindState}
	serbia = graph.Node{ID: "serbia", Name: "Serbia", Kind: graph.KindState}
)

// twice is one relation read twice, with confidences 0.9 and 0.4.
func twice() []graph.Relation {
	rel := func(stmt, sentence string, c float64) graph.Relation {
		return graph.Relation{Statement: stmt, Subject: russia, Predicate: graph.Supports, Object: serbia,
			Evidence: graph.Cited{Evidence: graph.Evidence{Document: "d", Sentence: sentence, Modality: graph.Asserted, Confidence: c}, Date: "2022-01-01"}}
	}
	return []graph.Relation{rel("s1", "Russia backs Serbia.", 0.9), rel("s2", "Reportedly, Russia backs Serbia.", 0.4)}
}

// TestCSVConfidence: the edge list has a confidence column, last, with each piece of
// evidence's confidence.
func TestCSVConfidence(t *testing.T) {
	var b bytes.Buffer
	if err := CSV(&b, twice()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want a header and 2", len(rows))
	}
	if !slices.Equal(rows[0], CSVHeader) || rows[0][len(rows[0])-1] != "confidence" {
		t.Fatalf("header %v, want %v ending with confidence", rows[0], CSVHeader)
	}
	col := len(CSVHeader) - 1
	for i, want := range []string{"0.9", "0.4"} {
		if got := rows[i+1][col]; got != want {
			t.Errorf("row %d: confidence %q, want %q", i+1, got, want)
		}
	}
}

// TestEdgeConfidence: an edge aggregated from several pieces of evidence carries the
// highest confidence, in every graph format.
func TestEdgeConfidence(t *testing.T) {
	edges := graph.GroupEdges(twice())
	tests := []struct {
		format string
		write  func(io.Writer, []graph.Edge) error
		check  func(t *testing.T, out []byte)
	}{
		{"graphml", GraphML, func(t *testing.T, out []byte) {
			type key struct {
				ID   string `xml:"id,attr"`
				For  string `xml:"for,attr"`
				Type string `xml:"attr.type,attr"`
			}
			var doc struct {
				Keys  []key `xml:"key"`
				Edges []struct {
					Data []struct {
						Key   string `xml:"key,attr"`
						Value string `xml:",chardata"`
					} `xml:"data"`
				} `xml:"graph>edge"`
			}
			if err := xml.Unmarshal(out, &doc); err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(doc.Keys, key{ID: "confidence", For: "edge", Type: "double"}) {
				t.Errorf("no confidence key for edges: %+v", doc.Keys)
			}
			if len(doc.Edges) != 1 {
				t.Fatalf("%d edges, want 1", len(doc.Edges))
			}
			found := false
			for _, d := range doc.Edges[0].Data {
				if d.Key == "confidence" {
					found = true
					if d.Value != "0.9" {
						t.Errorf("edge confidence %q, want 0.9", d.Value)
					}
				}
			}
			if !found {
				t.Error("the edge has no confidence")
			}
		}},
		{"gexf", GEXF, func(t *testing.T, out []byte) {
			for _, want := range []string{`<attribute id="confidence" title="confidence" type="double"/>`, `<attvalue for="confidence" value="0.9"/>`} {
				if !bytes.Contains(out, []byte(want)) {
					t.Errorf("GEXF lacks %s:\n%s", want, out)
				}
			}
		}},
		{"dot", DOT, func(t *testing.T, out []byte) {
			if !bytes.Contains(out, []byte("confidence=0.9]")) {
				t.Errorf("DOT edge lacks confidence=0.9:\n%s", out)
			}
		}},
		{"neo4j", Neo4j, func(t *testing.T, out []byte) {
			z, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
			if err != nil {
				t.Fatal(err)
			}
			f, err := z.Open("relationships.csv")
			if err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(f).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			i := slices.Index(rows[0], "confidence:double")
			if i < 0 || len(rows) != 2 || rows[1][i] != "0.9" {
				t.Errorf("relationships.csv: %v", rows)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var b strings.Builder
			if err := tt.write(&b, edges); err != nil {
				t.Fatal(err)
			}
			tt.check(t, []byte(b.String()))
		})
	}
}
