package export

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// The graph formats write each edge as it comes and each node once. What they hold
// is the set of node IRIs already written: memory grows with the nodes, never with the
// edges or their evidence.

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

// nodeSet remembers the nodes written so far, by IRI.
type nodeSet map[string]bool

// add reports whether n is new, remembering it.
func (s nodeSet) add(n graph.Node) bool {
	id := graph.NodeIRI(n)
	if s[id] {
		return false
	}
	s[id] = true
	return true
}

// has reports whether both ends of e have been written.
func (s nodeSet) has(e graph.Edge) bool {
	return s[graph.NodeIRI(e.Subject)] && s[graph.NodeIRI(e.Object)]
}

// eachNode runs the edges and calls fn with each of their nodes the first time it
// appears: the first pass of the formats that list nodes before edges.
func eachNode(edges Stream[graph.Edge], seen nodeSet, fn func(graph.Node) error) error {
	return edges(func(e graph.Edge) error {
		for _, n := range [2]graph.Node{e.Subject, e.Object} {
			if seen.add(n) {
				if err := fn(n); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// xmlWriter writes XML token by token through an encoding/xml Encoder, which buffers
// a few kilobytes and writes them on. The first error sticks: later calls do nothing
// and close returns it.
type xmlWriter struct {
	enc *xml.Encoder
	err error
}

func newXMLWriter(w io.Writer) *xmlWriter {
	x := &xmlWriter{enc: xml.NewEncoder(w)}
	x.enc.Indent("", "  ")
	x.token(xml.ProcInst{Target: "xml", Inst: []byte(`version="1.0" encoding="UTF-8"`)})
	return x
}

func (x *xmlWriter) token(t xml.Token) {
	if x.err == nil {
		x.err = x.enc.EncodeToken(t)
	}
}

// start opens an element with attributes given as name, value pairs.
func (x *xmlWriter) start(name string, attrs ...string) {
	start := xml.StartElement{Name: xml.Name{Local: name}, Attr: make([]xml.Attr, 0, len(attrs)/2)}
	for i := 0; i+1 < len(attrs); i += 2 {
		start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
	}
	x.token(start)
}

func (x *xmlWriter) end(name string) { x.token(xml.EndElement{Name: xml.Name{Local: name}}) }

// empty writes an element with attributes and no content.
func (x *xmlWriter) empty(name string, attrs ...string) {
	x.start(name, attrs...)
	x.end(name)
}

// text writes an element holding text, with attributes.
func (x *xmlWriter) text(name, text string, attrs ...string) {
	x.start(name, attrs...)
	x.token(xml.CharData(text))
	x.end(name)
}

// close checks that every element is closed and writes out what is buffered.
func (x *xmlWriter) close() error {
	if x.err == nil {
		x.err = x.enc.Close()
	}
	return x.err
}

const (
	graphmlNS     = "http://graphml.graphdrawing.org/xmlns"
	graphmlSchema = graphmlNS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
)

// graphmlKeys are GraphML's attribute declarations: id, for and type.
var graphmlKeys = [][3]string{
	{"label", "node", "string"}, {"kind", "node", "string"}, {"iri", "node", "string"},
	{"predicate", "edge", "string"}, {"weight", "edge", "int"}, {"modality", "edge", "string"},
	{"sentence", "edge", "string"}, {"documents", "edge", "string"}, {"confidence", "edge", "double"},
}

// GraphML writes the graph as GraphML, with node attributes label, kind and iri and
// edge attributes predicate, weight (sources), modality, sentence, documents and
// confidence. Each node is written just before the first edge that needs it, which
// GraphML allows, so the edges are read once.
func GraphML(w io.Writer, edges Stream[graph.Edge]) error {
	x := newXMLWriter(w)
	x.start("graphml", "xmlns", graphmlNS, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation", graphmlSchema)
	for _, k := range graphmlKeys {
		x.empty("key", "id", k[0], "for", k[1], "attr.name", k[0], "attr.type", k[2])
	}
	x.start("graph", "id", "actorgraph", "edgedefault", "directed")
	seen := nodeSet{}
	i := 0
	err := edges(func(e graph.Edge) error {
		for _, n := range [2]graph.Node{e.Subject, e.Object} {
			if seen.add(n) {
				x.start("node", "id", graph.NodeIRI(n))
				x.text("data", n.Name, "key", "label")
				x.text("data", string(n.Kind), "key", "kind")
				x.text("data", graph.NodeIRI(n), "key", "iri")
				x.end("node")
			}
		}
		x.start("edge", "id", "e"+strconv.Itoa(i), "source", graph.NodeIRI(e.Subject), "target", graph.NodeIRI(e.Object))
		x.text("data", string(e.Predicate), "key", "predicate")
		x.text("data", strconv.Itoa(len(e.Evidence)), "key", "weight")
		x.text("data", modality(e), "key", "modality")
		x.text("data", firstSentence(e), "key", "sentence")
		x.text("data", strings.Join(documents(e), " "), "key", "documents")
		x.text("data", number(e.Confidence()), "key", "confidence")
		x.end("edge")
		i++
		return x.err
	})
	if err != nil {
		return err
	}
	x.end("graph")
	x.end("graphml")
	return x.close()
}

// attvalue writes one GEXF attribute value.
func (x *xmlWriter) attvalue(key, value string) { x.empty("attvalue", "for", key, "value", value) }

// GEXF writes the graph as GEXF 1.2 for Gephi. GEXF lists every node before the
// edges, so it reads the edges twice: once for their nodes, once to write them. An
// edge whose node the first reading did not see (stored in between) is left out.
func GEXF(w io.Writer, edges Stream[graph.Edge]) error {
	x := newXMLWriter(w)
	x.start("gexf", "xmlns", "http://www.gexf.net/1.2draft", "version", "1.2")
	x.start("meta")
	x.text("creator", "actorgraph")
	x.text("description", "actor-alliance graph")
	x.end("meta")
	x.start("graph", "defaultedgetype", "directed", "mode", "static")
	x.start("attributes", "class", "node")
	for _, a := range []string{"kind", "iri"} {
		x.empty("attribute", "id", a, "title", a, "type", "string")
	}
	x.end("attributes")
	x.start("attributes", "class", "edge")
	for _, a := range [][2]string{{"predicate", "string"}, {"modality", "string"}, {"sentence", "string"}, {"confidence", "double"}} {
		x.empty("attribute", "id", a[0], "title", a[0], "type", a[1])
	}
	x.end("attributes")
	x.start("nodes")
	seen := nodeSet{}
	err := eachNode(edges, seen, func(n graph.Node) error {
		x.start("node", "id", graph.NodeIRI(n), "label", n.Name)
		x.start("attvalues")
		x.attvalue("kind", string(n.Kind))
		x.attvalue("iri", graph.NodeIRI(n))
		x.end("attvalues")
		x.end("node")
		return x.err
	})
	if err != nil {
		return err
	}
	x.end("nodes")
	x.start("edges")
	i := 0
	err = edges(func(e graph.Edge) error {
		if !seen.has(e) {
			return nil
		}
		x.start("edge", "id", strconv.Itoa(i), "source", graph.NodeIRI(e.Subject), "target", graph.NodeIRI(e.Object),
			"label", string(e.Predicate), "weight", strconv.Itoa(len(e.Evidence)))
		x.start("attvalues")
		x.attvalue("predicate", string(e.Predicate))
		x.attvalue("modality", modality(e))
		x.attvalue("sentence", firstSentence(e))
		x.attvalue("confidence", number(e.Confidence()))
		x.end("attvalues")
		x.end("edge")
		i++
		return x.err
	})
	if err != nil {
		return err
	}
	x.end("edges")
	x.end("graph")
	x.end("gexf")
	return x.close()
}

// predicateColour gives each predicate a colour of its own in drawings.
var predicateColour = map[graph.Predicate]string{
	graph.Supports: "forestgreen", graph.Opposes: "firebrick", graph.Proposes: "royalblue",
	graph.Endorses: "darkcyan", graph.Rejects: "darkorange", graph.Leads: "gray40", graph.SpokespersonFor: "gray60",
}

// dotEscapes escapes what a quoted DOT string cannot hold as it is.
var dotEscapes = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)

func dotQuote(s string) string { return `"` + dotEscapes.Replace(s) + `"` }

// DOT writes the graph for Graphviz, a line per node and per edge: initiatives are
// boxes, reported relations dashed, edge width grows with the number of sources; each
// edge carries its confidence as an attribute of its own, which Graphviz keeps
// (dot -Tdot) and tools reading DOT see. Each node's line comes just before the first
// edge that needs it.
func DOT(w io.Writer, edges Stream[graph.Edge]) error {
	b := bufio.NewWriter(w)
	b.WriteString("digraph actorgraph {\n  rankdir=LR;\n  node [shape=ellipse, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n")
	seen := nodeSet{}
	err := edges(func(e graph.Edge) error {
		for _, n := range [2]graph.Node{e.Subject, e.Object} {
			if seen.add(n) {
				shape := "ellipse"
				if n.Kind == graph.KindInitiative {
					shape = "box"
				}
				b.WriteString("  " + dotQuote(graph.NodeIRI(n)) + " [label=" + dotQuote(n.Name) + ", shape=" + shape + "];\n")
			}
		}
		style := "solid"
		if e.Reported() {
			style = "dashed"
		}
		b.WriteString("  " + dotQuote(graph.NodeIRI(e.Subject)) + " -> " + dotQuote(graph.NodeIRI(e.Object)) +
			" [label=" + dotQuote(string(e.Predicate)) + ", color=" + predicateColour[e.Predicate] + ", style=" + style +
			", penwidth=" + strconv.Itoa(min(1+len(e.Evidence), 6)) + ", confidence=" + number(e.Confidence()) + "];\n")
		_, err := b.Write(nil) // the first failed write, if any
		return err
	})
	if err != nil {
		return err
	}
	b.WriteString("}\n")
	return b.Flush()
}

// Neo4j writes a zip of nodes.csv and relationships.csv in the header format of
// neo4j-admin database import: nodes labelled Actor or Initiative and their kind,
// relationships typed by predicate in upper case, with their confidence. nodes.csv
// comes first, so it reads the edges twice, as GEXF does.
func Neo4j(w io.Writer, edges Stream[graph.Edge]) error {
	z := zip.NewWriter(w)
	nf, err := z.Create("nodes.csv")
	if err != nil {
		return err
	}
	cw := newCSVWriter(nf)
	if err := cw.Write([]string{"iri:ID", "name", "kind", "aliases:string[]", ":LABEL"}); err != nil {
		return err
	}
	seen := nodeSet{}
	err = eachNode(edges, seen, func(n graph.Node) error {
		labels := "Actor;" + string(n.Kind)
		if n.Kind == graph.KindInitiative {
			labels = "Initiative"
		}
		return cw.Write([]string{graph.NodeIRI(n), n.Name, string(n.Kind), strings.Join(n.Aliases, ";"), labels})
	})
	if err != nil {
		return err
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
	if err := cw.Write([]string{":START_ID", ":END_ID", ":TYPE", "sources:int", "modality", "sentence", "documents:string[]", "confidence:double"}); err != nil {
		return err
	}
	err = edges(func(e graph.Edge) error {
		if !seen.has(e) {
			return nil
		}
		return cw.Write([]string{graph.NodeIRI(e.Subject), graph.NodeIRI(e.Object), strings.ToUpper(string(e.Predicate)),
			strconv.Itoa(len(e.Evidence)), modality(e), firstSentence(e), strings.Join(documents(e), ";"), number(e.Confidence())})
	})
	if err != nil {
		return err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return z.Close()
}
