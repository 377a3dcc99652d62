package store

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

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
	if err := s.settle(); err != nil {
		return nil, err
	}
	last := map[string]int{}
	for i, a := range articles {
		last[a.Document.ID] = i
	}
	changes := make([]graph.Change, len(articles))
	var adds []quad.Quad
	var dels []stored
	for i, a := range articles {
		ch := graph.Change{Document: a.Document.ID, Statements: len(a.Statements)}
		if last[a.Document.ID] != i {
			ch.Unchanged = true // superseded by a later version in the same batch
			changes[i] = ch
			continue
		}
		old, err := s.documentContents(ctx, a.Document.ID)
		if err != nil {
			return nil, err
		}
		add, del := diff(old, Quads(a))
		ch.Added, ch.Removed, ch.Unchanged = len(add), len(del), len(add) == 0 && len(del) == 0
		adds, dels = append(adds, add...), append(dels, del...)
		changes[i] = ch
	}
	if len(adds) == 0 && len(dels) == 0 {
		return changes, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err // nothing written yet
	}
	defer s.forgetNodes()
	if err := s.apply(ctx, adds, dels); err != nil {
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

// Delete removes a document and everything it contributed, in one transaction, in time
// linear in what it contributed.
func (s *Store) Delete(ctx context.Context, id string) (graph.Change, error) {
	s.write.Lock()
	defer s.write.Unlock()
	s.gate.Lock()
	defer s.gate.Unlock()
	if err := s.settle(); err != nil {
		return graph.Change{}, err
	}
	old, err := s.documentContents(ctx, id)
	if err != nil {
		return graph.Change{}, err
	}
	if len(old) == 0 {
		return graph.Change{}, &graph.Error{Op: "delete document", Name: id, Err: graph.ErrNotFound}
	}
	if err := ctx.Err(); err != nil {
		return graph.Change{}, err // nothing written yet
	}
	defer s.forgetNodes()
	if err := s.apply(ctx, nil, old); err != nil {
		return graph.Change{}, fmt.Errorf("store: delete document %s: %w", id, err)
	}
	return graph.Change{Document: id, Removed: len(old)}, nil
}

// DocumentQuads returns every quad that document id contributed to the graph.
func (s *Store) DocumentQuads(ctx context.Context, id string) ([]quad.Quad, error) {
	old, err := s.documentContents(ctx, id)
	out := make([]quad.Quad, len(old))
	for i, st := range old {
		out[i] = st.q
	}
	return out, err
}

// stored is a quad a document contributed, as documentContents read it back.
type stored struct {
	q quad.Quad
	// ref is the quad's reference in the store; nil for a relation quad, which is
	// rebuilt from its statement rather than read
	ref refs.Ref
	// own: the quad hangs from the document's node or from one of its statement
	// nodes, which no other document shares
	own bool
}

// documentContents reads back every quad a document contributed, starting from its
// node: the document's own quads, each statement's quads and relation quad, and the
// node descriptions in the document's graph. Every read goes through a node-led index.
func (s *Store) documentContents(ctx context.Context, id string) ([]stored, error) {
	doc := iri(graph.DocumentIRI(id))
	var out []stored
	var mentioned []quad.Value
	err := s.quadRefsFrom(ctx, quad.Subject, doc, func(r refs.Ref, q quad.Quad) error {
		out = append(out, stored{q: q, ref: r, own: true})
		if q.Predicate == iri(graph.Vocab+"mentions") {
			mentioned = append(mentioned, q.Object)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, n := range mentioned {
		err := s.quadRefsFrom(ctx, quad.Subject, n, func(r refs.Ref, q quad.Quad) error {
			if q.Label == doc {
				out = append(out, stored{q: q, ref: r})
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
		err := s.quadRefsFrom(ctx, quad.Subject, st, func(r refs.Ref, q quad.Quad) error {
			out = append(out, stored{q: q, ref: r, own: true})
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
			out = append(out, stored{q: quad.Quad{Subject: subj, Predicate: pred, Object: obj, Label: st}})
		}
	}
	return out, nil
}

// diff returns what turns the quads old into the quads new: the quads to add and the
// stored quads to delete.
func diff(old []stored, new []quad.Quad) (adds []quad.Quad, dels []stored) {
	have := make(map[string]bool, len(old))
	for _, st := range old {
		have[st.q.NQuad()] = true
	}
	want := make(map[string]bool, len(new))
	for _, q := range new {
		k := q.NQuad()
		want[k] = true
		if !have[k] {
			adds = append(adds, q)
		}
	}
	for _, st := range old {
		if !want[st.q.NQuad()] {
			dels = append(dels, st)
		}
	}
	return adds, dels
}

// apply writes adds and deletes dels in one transaction. The caller holds write and
// gate.
//
// On a key-value store the transaction is the store's own: it deletes the relation
// quads and node descriptions itself, from their records, and lets Cayley delete the
// quads of the documents' and statements' nodes and then add adds (see kvwrite.go).
// Cayley adds in a call of its own: given adds and deletes in one call, its key-value
// backend writes the values of a node that loses more quads than it gains as node 0 in
// the quads added with it.
func (s *Store) apply(ctx context.Context, adds []quad.Quad, dels []stored) error {
	qs := s.cayley()
	if s.kv == nil {
		del := make([]quad.Quad, len(dels))
		for i, st := range dels {
			del[i] = st.q
		}
		return qs.ApplyDeltas(append(deltas(adds, cgraph.Add), deltas(del, cgraph.Delete)...),
			cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	}
	// the relation quads' records are found before the write transaction opens: a read
	// transaction opened inside it could deadlock against its growing the file
	direct, own, err := s.records(ctx, dels)
	if err != nil {
		return err
	}
	err = s.kv.update(ctx, func(tx hkv.Tx) error {
		if err := s.kv.remove(ctx, tx, direct); err != nil {
			return err
		}
		if len(own) > 0 {
			del := make([]quad.Quad, len(own))
			for i, kq := range own {
				del[i] = kq.q
			}
			if err := qs.ApplyDeltas(deltas(del, cgraph.Delete), cgraph.IgnoreOpts{IgnoreMissing: true}); err != nil {
				return err
			}
			if err := s.kv.unindexDead(ctx, tx, own); err != nil {
				return err
			}
		}
		if len(adds) > 0 {
			return qs.ApplyDeltas(deltas(adds, cgraph.Add), cgraph.IgnoreOpts{IgnoreDup: true})
		}
		return nil
	})
	if err != nil {
		return s.writeFailed(err)
	}
	return nil
}

// records pairs the quads to delete with their records in Cayley's log, split into the
// ones the store deletes itself and the ones (own) it leaves to Cayley. Relation quads,
// rebuilt rather than read, are found by one scan of the [object, predicate, subject]
// index for each subject, predicate and object they share, kept by label.
func (s *Store) records(ctx context.Context, dels []stored) (direct, own []kvQuad, err error) {
	type triple struct{ s, p, o quad.Value }
	groups := map[triple][]quad.Quad{}
	var order []triple
	values := map[quad.Value]int{}
	var vals []quad.Value
	value := func(v quad.Value) {
		if _, ok := values[v]; !ok {
			values[v] = len(vals)
			vals = append(vals, v)
		}
	}
	for _, st := range dels {
		p, ok := st.ref.(*cproto.Primitive)
		switch {
		case ok && st.own:
			own = append(own, kvQuad{st.q, p})
		case ok:
			direct = append(direct, kvQuad{st.q, p})
		case st.ref == nil && st.q.Label != nil:
			t := triple{st.q.Subject, st.q.Predicate, st.q.Object}
			if _, seen := groups[t]; !seen {
				order = append(order, t)
				value(t.s)
				value(t.p)
				value(t.o)
			}
			groups[t] = append(groups[t], st.q)
			value(st.q.Label)
		default:
			return nil, nil, fmt.Errorf("no record for %s", st.q.NQuad())
		}
	}
	if len(order) == 0 {
		return direct, own, nil
	}
	kqs := s.cayley().(*kv.QuadStore)
	ids, err := s.kv.valueIDs(ctx, vals)
	if err != nil {
		return nil, nil, err
	}
	id := func(v quad.Value) uint64 { return ids[values[v]] }
	index := kv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}
	for _, t := range order {
		if id(t.s) == 0 || id(t.p) == 0 || id(t.o) == 0 {
			continue // not stored
		}
		scan := kv.IndexScan{Index: index, Values: []uint64{id(t.o), id(t.p), id(t.s)}}
		found, err := collectRefs(ctx, scan.BuildIterator(kqs), nil, nil)
		if err != nil {
			return nil, nil, err
		}
		byLabel := make(map[uint64]*cproto.Primitive, len(found))
		for _, r := range found {
			if p, ok := r.(*cproto.Primitive); ok {
				byLabel[p.Label] = p
			}
		}
		for _, q := range groups[t] {
			if p := byLabel[id(q.Label)]; p != nil && id(q.Label) != 0 {
				direct = append(direct, kvQuad{q, p})
			}
		}
	}
	return direct, own, nil
}
