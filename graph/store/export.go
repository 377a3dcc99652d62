package store

import (
	"context"
	"io"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

// Export writes the graph, or the part of it that f selects, to w in the named format
// (see export.Formats). Unfiltered RDF exports stream the store quad by quad; filtered
// ones gather the selected relations with their statements, nodes and documents.
func (s *Store) Export(ctx context.Context, w io.Writer, format string, f graph.Filter) error {
	if _, err := export.Lookup(format); err != nil {
		return err
	}
	switch format {
	case "csv":
		rels, err := s.Relations(ctx, f)
		if err != nil {
			return err
		}
		return export.CSV(w, rels)
	case "graphml", "gexf", "dot", "neo4j":
		edges, err := s.Edges(ctx, f)
		if err != nil {
			return err
		}
		switch format {
		case "graphml":
			return export.GraphML(w, edges)
		case "gexf":
			return export.GEXF(w, edges)
		case "dot":
			return export.DOT(w, edges)
		}
		return export.Neo4j(w, edges)
	}
	each := s.eachQuad
	if !f.IsZero() {
		qs, err := s.selectedQuads(ctx, f)
		if err != nil {
			return err
		}
		each = func(_ context.Context, fn func(quad.Quad) error) error {
			for _, q := range qs {
				if err := fn(q); err != nil {
					return err
				}
			}
			return nil
		}
	}
	switch format {
	case "nquads":
		qw := nquads.NewWriter(w)
		if err := each(ctx, qw.WriteQuad); err != nil {
			return err
		}
		return qw.Close()
	case "jsonld":
		qw := jsonld.NewWriter(w)
		if err := each(ctx, qw.WriteQuad); err != nil {
			return err
		}
		return qw.Close()
	case "ntriples":
		seen := map[string]bool{}
		qw := nquads.NewWriter(w)
		err := each(ctx, func(q quad.Quad) error {
			q.Label = nil
			if k := q.NQuad(); !seen[k] {
				seen[k] = true
				return qw.WriteQuad(q)
			}
			return nil
		})
		if err != nil {
			return err
		}
		return qw.Close()
	case "turtle", "trig":
		var all []quad.Quad
		if err := each(ctx, func(q quad.Quad) error { all = append(all, q); return nil }); err != nil {
			return err
		}
		if format == "turtle" {
			return writeTurtle(w, all)
		}
		return writeTriG(w, all)
	}
	return graph.Invalidf("unknown export format %q", format)
}

// selectedQuads gathers what a filtered export holds: each selected relation quad, its
// statement node, the nodes it relates and the documents it cites. A node's relation
// quads that the filter did not select (another object, a confidence below the floor)
// stay out: only the selected ones are written, each once.
func (s *Store) selectedQuads(ctx context.Context, f graph.Filter) ([]quad.Quad, error) {
	rels, err := s.Relations(ctx, f)
	if err != nil {
		return nil, err
	}
	var out []quad.Quad
	seen := map[quad.Value]bool{}
	subjectQuads := func(v quad.Value) error {
		if seen[v] {
			return nil
		}
		seen[v] = true
		return s.quadsFrom(ctx, quad.Subject, v, func(q quad.Quad) error {
			if isRelationPredicate(q.Predicate) {
				return nil
			}
			out = append(out, q)
			return nil
		})
	}
	for _, r := range rels {
		st := iri(graph.StatementIRI(r.Statement))
		subj, obj := iri(graph.NodeIRI(r.Subject)), iri(graph.NodeIRI(r.Object))
		out = append(out, quad.Quad{Subject: subj, Predicate: iri(graph.PredicateIRI(r.Predicate)), Object: obj, Label: st})
		for _, v := range []quad.Value{st, subj, obj, iri(graph.DocumentIRI(r.Evidence.Document))} {
			if err := subjectQuads(v); err != nil {
				return nil, err
			}
		}
	}
	return dedupe(out), nil
}

// eachQuad streams every quad of the store, resolving their values a thousand quads
// at a time.
func (s *Store) eachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	it := s.cayley().QuadsAllIterator().Iterate()
	defer it.Close()
	batch := make([]refs.Ref, 0, 1000)
	flush := func() error {
		qs, err := s.resolve(ctx, batch)
		if err != nil {
			return err
		}
		batch = batch[:0]
		for _, q := range qs {
			if gone(q) {
				continue
			}
			if err := fn(q); err != nil {
				return err
			}
		}
		return nil
	}
	for it.Next(ctx) {
		batch = append(batch, it.Result())
		if len(batch) == cap(batch) {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := it.Err(); err != nil {
		return err
	}
	return flush()
}

// WriteNQuads writes quads as N-Quads.
func WriteNQuads(w io.Writer, qs []quad.Quad) error {
	qw := nquads.NewWriter(w)
	for _, q := range qs {
		if err := qw.WriteQuad(q); err != nil {
			return err
		}
	}
	return qw.Close()
}
