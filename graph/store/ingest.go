package store

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
)

// Ingest writes an article in one transaction, replacing whatever an earlier version
// of the same document contributed. Storing an identical article changes nothing.
func (s *Store) Ingest(ctx context.Context, a Article) (graph.Change, error) {
	ch, err := s.IngestBatch(ctx, []Article{a})
	if len(ch) == 0 {
		return graph.Change{Document: a.Document.ID, Statements: len(a.Statements)}, err
	}
	return ch[0], err
}

// IngestBatch writes several articles in one transaction, each replacing what an
// earlier version of it contributed: all are stored or none is. Bulk ingests use it
// to pay for one commit per batch instead of one per article. When two articles have
// the same id, the later one is stored.
func (s *Store) IngestBatch(ctx context.Context, articles []Article) ([]graph.Change, error) {
	if err := checkArticles(articles); err != nil {
		return nil, err
	}
	s.write.Lock()
	defer s.write.Unlock()
	s.gate.Lock()
	defer s.gate.Unlock()
	last := map[string]int{}
	for i, a := range articles {
		last[a.Document.ID] = i
	}
	changes := make([]graph.Change, len(articles))
	var adds, dels []cgraph.Delta
	for i, a := range articles {
		ch := graph.Change{Document: a.Document.ID, Statements: len(a.Statements)}
		if last[a.Document.ID] != i {
			ch.Unchanged = true // superseded by a later version in the same batch
			changes[i] = ch
			continue
		}
		old, err := s.documentQuads(ctx, a.Document.ID)
		if err != nil {
			return nil, err
		}
		add, del := diff(old, Quads(a))
		ch.Added, ch.Removed, ch.Unchanged = len(add)-len(del), len(del), len(add) == 0
		adds, dels = append(adds, add...), append(dels, del...)
		changes[i] = ch
	}
	if len(adds) == 0 {
		return changes, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err // nothing written yet
	}
	defer s.forgetNodes()
	if err := s.qs.ApplyDeltas(append(adds, dels...), cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		if len(articles) == 1 {
			return nil, fmt.Errorf("store: write document %s: %w", articles[0].Document.ID, err)
		}
		return nil, fmt.Errorf("store: write %d documents: %w", len(articles), err)
	}
	return changes, nil
}

// checkArticles refuses, before anything is written, an article with a statement the
// graph cannot hold as it is: a confidence outside [0, 1] (or NaN) would be stored as
// a number that no filter floor reads as the reader meant.
func checkArticles(articles []Article) error {
	for _, a := range articles {
		for _, st := range a.Statements {
			if err := graph.CheckConfidence(st.Evidence.Confidence); err != nil {
				return &graph.Error{Op: "store article", Name: a.Document.ID,
					Err: fmt.Errorf("statement %s %s %s at byte %d: %w", st.Subject.ID, st.Predicate, st.Object.ID, st.Evidence.Start, err)}
			}
		}
	}
	return nil
}

// Delete removes a document and everything it contributed, in one transaction.
func (s *Store) Delete(ctx context.Context, id string) (graph.Change, error) {
	s.write.Lock()
	defer s.write.Unlock()
	s.gate.Lock()
	defer s.gate.Unlock()
	old, err := s.documentQuads(ctx, id)
	if err != nil {
		return graph.Change{}, err
	}
	if len(old) == 0 {
		return graph.Change{}, &graph.Error{Op: "delete document", Name: id, Err: graph.ErrNotFound}
	}
	add, del := diff(old, nil)
	defer s.forgetNodes()
	if err := s.qs.ApplyDeltas(append(add, del...), cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return graph.Change{}, fmt.Errorf("store: delete document %s: %w", id, err)
	}
	return graph.Change{Document: id, Removed: len(del)}, nil
}

// DocumentQuads returns every quad that document id contributed to the graph.
func (s *Store) DocumentQuads(ctx context.Context, id string) ([]quad.Quad, error) {
	return s.documentQuads(ctx, id)
}

// documentQuads reads back every quad a document contributed, starting from its node:
// the document's own quads, each statement's quads and relation quad, and the node
// descriptions in the document's graph. Every read goes through a node-led index.
func (s *Store) documentQuads(ctx context.Context, id string) ([]quad.Quad, error) {
	doc := iri(graph.DocumentIRI(id))
	var out []quad.Quad
	var mentioned []quad.Value
	err := s.quadsFrom(ctx, quad.Subject, doc, func(q quad.Quad) error {
		out = append(out, q)
		if q.Predicate == iri(graph.Vocab+"mentions") {
			mentioned = append(mentioned, q.Object)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, n := range mentioned {
		err := s.quadsFrom(ctx, quad.Subject, n, func(q quad.Quad) error {
			if q.Label == doc {
				out = append(out, q)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	var stmts []quad.Value
	err = s.quadsFrom(ctx, quad.Object, doc, func(q quad.Quad) error {
		if q.Predicate == iri(graph.PropDocument) {
			stmts = append(stmts, q.Subject)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, st := range stmts {
		var subj, pred, obj quad.Value
		err := s.quadsFrom(ctx, quad.Subject, st, func(q quad.Quad) error {
			out = append(out, q)
			switch q.Predicate {
			case iri(graph.PropSubject):
				subj = q.Object
			case iri(graph.PropPredicate):
				pred = q.Object
			case iri(graph.PropObject):
				obj = q.Object
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if subj != nil && pred != nil && obj != nil {
			out = append(out, quad.Quad{Subject: subj, Predicate: pred, Object: obj, Label: st})
		}
	}
	return out, nil
}

// diff returns the deltas that turn the quads old into the quads new: adds, to be
// applied in one batch before dels, which Cayley's key-value backend then applies
// correctly.
//
// That backend resolves the nodes of added quads only among the nodes whose reference
// count does not fall in the batch: a node that loses more quads than it gains (the
// document node, when a shorter version replaces an article) would be written as node
// 0 in the quads added with it, leaving them unreadable. So adds also re-adds every
// quad dels deletes, as an ignored duplicate: no node's count falls, every node
// resolves, and the quads are still deleted. A node's value then stays stored after
// its last quad is gone, which costs a little space and changes no answer.
func diff(old, new []quad.Quad) (adds, dels []cgraph.Delta) {
	have := make(map[string]bool, len(old))
	for _, q := range old {
		have[q.NQuad()] = true
	}
	want := make(map[string]bool, len(new))
	for _, q := range new {
		k := q.NQuad()
		want[k] = true
		if !have[k] {
			adds = append(adds, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	for _, q := range old {
		if !want[q.NQuad()] {
			adds = append(adds, cgraph.Delta{Quad: q, Action: cgraph.Add})
			dels = append(dels, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	return adds, dels
}
