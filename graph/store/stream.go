package store

import (
	"context"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
)

// EachQuad calls fn with each quad of the part of the graph that f selects. With no
// filter it streams the whole store, resolving quads a thousand at a time; a filter
// gathers the selected relation quads with their statements, nodes and documents
// first (see selectedQuads).
func (s *Store) EachQuad(ctx context.Context, f graph.Filter, fn func(quad.Quad) error) error {
	if f.IsZero() {
		return s.eachQuad(ctx, fn)
	}
	qs, err := s.selectedQuads(ctx, f)
	if err != nil {
		return err
	}
	for _, q := range qs {
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

// selectedQuads gathers what a filtered export holds: each selected relation quad, its
// statement node, the nodes it relates and the documents it cites. A node's relation
// quads that the filter did not select (another object, a confidence below the floor)
// stay out: only the selected ones are written, each once.
func (s *Store) selectedQuads(ctx context.Context, f graph.Filter) ([]quad.Quad, error) {
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
	err := s.EachRelation(ctx, f, func(r graph.Relation) error {
		st := iri(graph.StatementIRI(r.Statement))
		subj, obj := iri(graph.NodeIRI(r.Subject)), iri(graph.NodeIRI(r.Object))
		out = append(out, quad.Quad{Subject: subj, Predicate: iri(graph.PredicateIRI(r.Predicate)), Object: obj, Label: st})
		for _, v := range []quad.Value{st, subj, obj, iri(graph.DocumentIRI(r.Evidence.Document))} {
			if err := subjectQuads(v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
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
