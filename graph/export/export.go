// Package export writes the actor graph in the formats that graph tools load: GraphML
// and GEXF (Gephi, networkx, yEd), Graphviz DOT, the CSV files of neo4j-admin import,
// and a CSV edge list (pandas, spreadsheets). Nodes are actors and initiatives; each
// edge is one relation with the number of sources behind it, its first sentence and
// its confidence: the highest of its evidence's, since an edge is as certain as its
// surest reading.
package export

import (
	"archive/zip"
	"cmp"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// nodesOf returns the distinct nodes of the edges, sorted by id.
func nodesOf(edges []graph.Edge) []graph.Node {
	seen := map[string]graph.Node{}
	for _, e := range edges {
		seen[graph.NodeIRI(e.Subject)] = e.Subject
		seen[graph.NodeIRI(e.Object)] = e.Object
	}
	out := make([]graph.Node, 0, len(seen))
	for _, n := range seen {
		out = append(out, n)
	}
	slices.SortFunc(out, func(a, b graph.Node) int { return cmp.Compare(graph.NodeIRI(a), graph.NodeIRI(b)) })
	return out
}

func modality(e graph.Edge) string {
	if e.Reported() {
		return string(graph.Reported)
	}
	return string(graph.Asserted)
}

func firstSentence(e graph.Edge) string {
	if len(e.Evidence) == 0 {
		return ""
	}
	return e.Evidence[0].Sentence
}

func documents(e graph.Edge) []string {
	var out []string
	for _, ev := range e.Evidence {
		if !slices.Contains(out, ev.Document) {
			out = append(out, ev.Document)
		}
	}
	return out
}

// number writes a confidence the shortest way that reads back exactly ("0.8", "1").
func number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// GraphML writes the graph as GraphML, with node attributes label, kind and iri and
// edge attributes predicate, weight (sources), modality, sentence, documents and
// confidence.
func GraphML(w io.Writer, edges []graph.Edge) error {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range [][3]string{{"label", "node", "string"}, {"kind", "node", "string"}, {"iri", "node", "string"},
		{"predicate", "edge", "string"}, {"weight", "edge", "int"}, {"modality", "edge", "string"}, {"sentence", "edge", "string"}, {"documents", "edge", "string"},
		{"confidence", "edge", "double"}} {
		fmt.Fprintf(&b, `  <key id="%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n", k[0], k[1], k[0], k[2])
	}
	b.WriteString(`  <graph id="actorgraph" edgedefault="directed">` + "\n")
	for _, n := range nodesOf(edges) {
		fmt.Fprintf(&b, `    <node id="%s"><data key="label">%s</data><data key="kind">%s</data><data key="iri">%s</data></node>`+"\n",
			esc(graph.NodeIRI(n)), esc(n.Name), esc(string(n.Kind)), esc(graph.NodeIRI(n)))
	}
	for i, e := range edges {
		fmt.Fprintf(&b, `    <edge id="e%d" source="%s" target="%s"><data key="predicate">%s</data><data key="weight">%d</data><data key="modality">%s</data><data key="sentence">%s</data><data key="documents">%s</data><data key="confidence">%s</data></edge>`+"\n",
			i, esc(graph.NodeIRI(e.Subject)), esc(graph.NodeIRI(e.Object)), e.Predicate, len(e.Evidence), modality(e), esc(firstSentence(e)), esc(strings.Join(documents(e), " ")),
			number(e.Confidence()))
	}
	b.WriteString("  </graph>\n</graphml>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// GEXF writes the graph as GEXF 1.2 for Gephi.
func GEXF(w io.Writer, edges []graph.Edge) error {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">` + "\n")
	b.WriteString("  <meta><creator>actorgraph</creator><description>actor-alliance graph</description></meta>\n")
	b.WriteString(`  <graph defaultedgetype="directed" mode="static">` + "\n")
	b.WriteString(`    <attributes class="node"><attribute id="kind" title="kind" type="string"/><attribute id="iri" title="iri" type="string"/></attributes>` + "\n")
	b.WriteString(`    <attributes class="edge"><attribute id="predicate" title="predicate" type="string"/><attribute id="modality" title="modality" type="string"/><attribute id="sentence" title="sentence" type="string"/><attribute id="confidence" title="confidence" type="double"/></attributes>` + "\n")
	b.WriteString("    <nodes>\n")
	for _, n := range nodesOf(edges) {
		fmt.Fprintf(&b, `      <node id="%s" label="%s"><attvalues><attvalue for="kind" value="%s"/><attvalue for="iri" value="%s"/></attvalues></node>`+"\n",
			esc(graph.NodeIRI(n)), esc(n.Name), esc(string(n.Kind)), esc(graph.NodeIRI(n)))
	}
	b.WriteString("    </nodes>\n    <edges>\n")
	for i, e := range edges {
		fmt.Fprintf(&b, `      <edge id="%d" source="%s" target="%s" label="%s" weight="%d"><attvalues><attvalue for="predicate" value="%s"/><attvalue for="modality" value="%s"/><attvalue for="sentence" value="%s"/><attvalue for="confidence" value="%s"/></attvalues></edge>`+"\n",
			i, esc(graph.NodeIRI(e.Subject)), esc(graph.NodeIRI(e.Object)), e.Predicate, len(e.Evidence), e.Predicate, modality(e), esc(firstSentence(e)), number(e.Confidence()))
	}
	b.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// predicateColour gives each predicate a colour of its own in drawings.
var predicateColour = map[graph.Predicate]string{
	graph.Supports: "forestgreen", graph.Opposes: "firebrick", graph.Proposes: "royalblue",
	graph.Endorses: "darkcyan", graph.Rejects: "darkorange", graph.Leads: "gray40", graph.SpokespersonFor: "gray60",
}

func dotQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// DOT writes the graph for Graphviz: initiatives are boxes, reported relations dashed,
// edge width grows with the number of sources; each edge carries its confidence as an
// attribute of its own, which Graphviz keeps (dot -Tdot) and tools reading DOT see.
func DOT(w io.Writer, edges []graph.Edge) error {
	var b strings.Builder
	b.WriteString("digraph actorgraph {\n  rankdir=LR;\n  node [shape=ellipse, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n")
	for _, n := range nodesOf(edges) {
		shape := "ellipse"
		if n.Kind == graph.KindInitiative {
			shape = "box"
		}
		fmt.Fprintf(&b, "  %s [label=%s, shape=%s];\n", dotQuote(graph.NodeIRI(n)), dotQuote(n.Name), shape)
	}
	for _, e := range edges {
		style := "solid"
		if e.Reported() {
			style = "dashed"
		}
		fmt.Fprintf(&b, "  %s -> %s [label=%s, color=%s, style=%s, penwidth=%s, confidence=%s];\n",
			dotQuote(graph.NodeIRI(e.Subject)), dotQuote(graph.NodeIRI(e.Object)), dotQuote(string(e.Predicate)),
			predicateColour[e.Predicate], style, strconv.Itoa(min(1+len(e.Evidence), 6)), number(e.Confidence()))
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// Neo4j writes a zip of nodes.csv and relationships.csv in the header format of
// neo4j-admin database import: nodes labelled Actor or Initiative and their kind,
// relationships typed by predicate in upper case, with their confidence.
func Neo4j(w io.Writer, edges []graph.Edge) error {
	z := zip.NewWriter(w)
	nf, err := z.Create("nodes.csv")
	if err != nil {
		return err
	}
	cw := newCSVWriter(nf)
	cw.Write([]string{"iri:ID", "name", "kind", "aliases:string[]", ":LABEL"})
	for _, n := range nodesOf(edges) {
		labels := "Actor;" + string(n.Kind)
		if n.Kind == graph.KindInitiative {
			labels = "Initiative"
		}
		cw.Write([]string{graph.NodeIRI(n), n.Name, string(n.Kind), strings.Join(n.Aliases, ";"), labels})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	rf, err := z.Create("relationships.csv")
	if err != nil {
		return err
	}
	cw = newCSVWriter(rf)
	cw.Write([]string{":START_ID", ":END_ID", ":TYPE", "sources:int", "modality", "sentence", "documents:string[]", "confidence:double"})
	for _, e := range edges {
		cw.Write([]string{graph.NodeIRI(e.Subject), graph.NodeIRI(e.Object), strings.ToUpper(string(e.Predicate)),
			strconv.Itoa(len(e.Evidence)), modality(e), firstSentence(e), strings.Join(documents(e), ";"), number(e.Confidence())})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return z.Close()
}

// csvWriter writes CSV that a spreadsheet opens as data. A cell that begins with =,
// +, -, @, a tab or a carriage return is a formula to Excel, LibreOffice and Google
// Sheets (=HYPERLINK(...), =cmd|...), and sentences and imported labels are written by
// whoever wrote the articles, so such a cell is written with a single quote before it,
// as OWASP's advice on CSV injection has it. Every CSV the project writes goes
// through it.
type csvWriter struct{ *csv.Writer }

func newCSVWriter(w io.Writer) csvWriter { return csvWriter{csv.NewWriter(w)} }

// Write writes one row, each cell made safe by Cell.
func (w csvWriter) Write(row []string) error {
	safe := make([]string, len(row))
	for i, c := range row {
		safe[i] = Cell(c)
	}
	return w.Writer.Write(safe)
}

// Cell returns s as a CSV cell that no spreadsheet reads as a formula: s itself, or
// s after a single quote when it begins with =, +, -, @, a tab or a carriage return.
func Cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// CSVHeader is the header row of the CSV edge list. Columns added later go at the end,
// so that readers that count columns keep working.
var CSVHeader = []string{"subject", "subject_label", "predicate", "object", "object_label", "statement", "document", "date", "start", "end", "modality", "sentence", "confidence"}

// CSV writes one row per piece of evidence: the relation, its labels, its document,
// date, offsets, modality, sentence and confidence. A cell that a spreadsheet would
// take for a formula starts with a single quote (see Cell).
func CSV(w io.Writer, rels []graph.Relation) error {
	cw := newCSVWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, r := range rels {
		row := []string{
			graph.NodeIRI(r.Subject), r.Subject.Name, string(r.Predicate),
			graph.NodeIRI(r.Object), r.Object.Name, graph.StatementIRI(r.Statement),
			r.Evidence.Document, r.Evidence.Date, strconv.Itoa(r.Evidence.Start), strconv.Itoa(r.Evidence.End),
			string(r.Evidence.Modality), r.Evidence.Sentence, number(r.Evidence.Confidence),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Format is an export format: its name, media type and file extension.
type Format struct {
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Extension   string `json:"extension"`
	// Tool names what loads it.
	Tool string `json:"tool"`
}

// Formats lists every export format in a stable order.
var Formats = []Format{
	{"nquads", "application/n-quads", "nq", "RDF stores (rdflib, Jena, GraphDB), Cayley"},
	{"ntriples", "application/n-triples", "nt", "any RDF tool; statement labels dropped"},
	{"turtle", "text/turtle", "ttl", "RDF tools and readers; triples without statement labels"},
	{"trig", "application/trig", "trig", "RDF stores that keep named graphs"},
	{"jsonld", "application/ld+json", "jsonld", "JSON-LD processors, rdflib"},
	{"csv", "text/csv; charset=utf-8", "csv", "pandas, spreadsheets: one row per piece of evidence"},
	{"graphml", "application/graphml+xml", "graphml", "Gephi, yEd, networkx, igraph"},
	{"gexf", "application/gexf+xml", "gexf", "Gephi, networkx"},
	{"neo4j", "application/zip", "zip", "neo4j-admin database import (nodes.csv, relationships.csv)"},
	{"dot", "text/vnd.graphviz", "dot", "Graphviz (dot -Tsvg)"},
}

// Lookup returns the format with the given name.
func Lookup(name string) (Format, error) {
	for _, f := range Formats {
		if f.Name == name {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return Format{}, graph.Invalidf("unknown export format %q (known: %s)", name, strings.Join(names, ", "))
}
