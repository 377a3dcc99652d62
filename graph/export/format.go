// Package export writes the actor graph in the formats that RDF stores and graph tools
// load. Every format is a Format descriptor in one list (Formats): its name, media
// type, file extension and writer, as Cayley's quad.Format is. The CLI, the HTTP
// handler and the OpenAPI document read that list; adding a format is adding an
// entry to it.
//
// A writer reads one of three streams of the selected part of the graph, whichever
// the format is made of: quads (the RDF formats), relations, one per piece of evidence
// (CSV), or edges, one per (subject, predicate, object) with all of its evidence (the
// graph formats: GraphML, GEXF, DOT, Neo4j). An edge carries the number of sources
// behind it, its first sentence and its confidence: the highest of its evidence's,
// since an edge is as certain as its surest reading.
package export

import (
	"context"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
)

// Stream calls yield with each item in turn and returns the first error yield
// returns, or its own. A writer may run a stream more than once (GEXF writes the
// nodes of the edges before the edges); each run yields the same items.
type Stream[T any] func(yield func(T) error) error

// Source is what an export reads: the part of the graph a filter selects, as quads,
// relations or edges, each streamed. *store.Store is one.
type Source interface {
	// EachQuad calls fn with each quad of the selection: relation quads, their
	// statement nodes, the nodes they relate and the documents they cite.
	EachQuad(ctx context.Context, f graph.Filter, fn func(quad.Quad) error) error
	// EachRelation calls fn with each selected relation, one per piece of evidence.
	EachRelation(ctx context.Context, f graph.Filter, fn func(graph.Relation) error) error
	// EachEdge calls fn with each edge of the selected relations, with all of their
	// evidence.
	EachEdge(ctx context.Context, f graph.Filter, fn func(graph.Edge) error) error
}

// Format describes an export format. Exactly one of its writers is set: the one that
// reads the stream the format is made of.
type Format struct {
	// Name is what ?format= and --format take.
	Name string `json:"name"`
	// MediaType is the response's Content-Type.
	MediaType string `json:"content_type"`
	// Extension names the file the export is saved as, without the dot.
	Extension string `json:"extension"`
	// Binary formats are not written to a terminal.
	Binary bool `json:"binary"`
	// Description says what the format holds and what loads it.
	Description string `json:"description"`

	Quads     func(w io.Writer, quads Stream[quad.Quad]) error     `json:"-"`
	Relations func(w io.Writer, rels Stream[graph.Relation]) error `json:"-"`
	Edges     func(w io.Writer, edges Stream[graph.Edge]) error    `json:"-"`
}

// Write writes the part of src that f selects to w in the format, streaming it from
// src as the writer reads.
func (fm Format) Write(ctx context.Context, w io.Writer, src Source, f graph.Filter) error {
	switch {
	case fm.Quads != nil:
		return fm.Quads(w, func(yield func(quad.Quad) error) error { return src.EachQuad(ctx, f, yield) })
	case fm.Relations != nil:
		return fm.Relations(w, func(yield func(graph.Relation) error) error { return src.EachRelation(ctx, f, yield) })
	case fm.Edges != nil:
		return fm.Edges(w, func(yield func(graph.Edge) error) error { return src.EachEdge(ctx, f, yield) })
	}
	return graph.Invalidf("export format %q has no writer", fm.Name)
}

// formats is the one list of export formats, in the order they are offered.
var formats = []Format{
	{Name: "nquads", MediaType: "application/n-quads", Extension: "nq",
		Description: "RDF stores (rdflib, Jena, GraphDB), Cayley: every quad, statement labels kept", Quads: NQuads},
	{Name: "ntriples", MediaType: "application/n-triples", Extension: "nt",
		Description: "any RDF tool; statement labels dropped", Quads: NTriples},
	{Name: "turtle", MediaType: "text/turtle", Extension: "ttl",
		Description: "RDF tools and readers; triples without statement labels", Quads: Turtle},
	{Name: "trig", MediaType: "application/trig", Extension: "trig",
		Description: "RDF stores that keep named graphs", Quads: TriG},
	{Name: "jsonld", MediaType: "application/ld+json", Extension: "jsonld",
		Description: "JSON-LD processors, rdflib", Quads: JSONLD},
	{Name: "csv", MediaType: "text/csv; charset=utf-8", Extension: "csv",
		Description: "pandas, spreadsheets: one row per piece of evidence", Relations: CSV},
	{Name: "graphml", MediaType: "application/graphml+xml", Extension: "graphml",
		Description: "Gephi, yEd, networkx, igraph", Edges: GraphML},
	{Name: "gexf", MediaType: "application/gexf+xml", Extension: "gexf",
		Description: "Gephi, networkx", Edges: GEXF},
	{Name: "neo4j", MediaType: "application/zip", Extension: "zip", Binary: true,
		Description: "neo4j-admin database import (nodes.csv, relationships.csv)", Edges: Neo4j},
	{Name: "dot", MediaType: "text/vnd.graphviz", Extension: "dot",
		Description: "Graphviz (dot -Tsvg)", Edges: DOT},
}

// Formats returns every export format in a stable order. The slice is a copy.
func Formats() []Format { return append([]Format(nil), formats...) }

// Names returns the names of the export formats, in the order of Formats.
func Names() []string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = f.Name
	}
	return out
}

// Lookup returns the format with the given name, or an error of kind graph.ErrInvalid
// that lists the names there are.
func Lookup(name string) (Format, error) {
	for _, f := range formats {
		if f.Name == name {
			return f, nil
		}
	}
	return Format{}, graph.Invalidf("unknown export format %q (known: %s)", name, strings.Join(Names(), ", "))
}

// ForMediaType returns the first format whose media type the Accept header value
// names, ignoring parameters.
func ForMediaType(accept string) (Format, bool) {
	for _, f := range formats {
		if accept != "" && strings.Contains(accept, strings.Split(f.MediaType, ";")[0]) {
			return f, true
		}
	}
	return Format{}, false
}

// Write writes the part of src that f selects to w in the named format.
func Write(ctx context.Context, w io.Writer, name string, src Source, f graph.Filter) error {
	fm, err := Lookup(name)
	if err != nil {
		return err
	}
	return fm.Write(ctx, w, src, f)
}
