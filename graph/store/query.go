package store

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
)

// FindNode resolves an id or any name of an actor or initiative, case-insensitively.
func (s *Store) FindNode(ctx context.Context, idOrName string) (graph.Node, error) {
	id := strings.TrimSpace(idOrName)
	for _, kind := range []graph.Kind{graph.KindState, graph.KindInitiative} {
		v := iri(graph.NodeIRI(graph.Node{ID: id, Kind: kind}))
		if ok, err := s.exists(ctx, v); err != nil {
			return graph.Node{}, err
		} else if ok {
			return s.node(ctx, v)
		}
	}
	key := graph.NameKey(id)
	var found []quad.Value
	err := s.quadsFrom(ctx, quad.Object, quad.String(key), func(q quad.Quad) error {
		if q.Predicate == iri(graph.PropName) && !slices.Contains(found, q.Subject) {
			found = append(found, q.Subject)
		}
		return nil
	})
	if err != nil {
		return graph.Node{}, err
	}
	if len(found) == 0 {
		return graph.Node{}, &graph.Error{Op: "find actor", Name: idOrName, Err: graph.ErrNotFound}
	}
	// several nodes share the name: prefer the one whose canonical name it is
	var best graph.Node
	for i, v := range found {
		n, err := s.node(ctx, v)
		if err != nil {
			return graph.Node{}, err
		}
		if i == 0 || graph.NameKey(n.Name) == key && graph.NameKey(best.Name) != key {
			best = n
		}
	}
	return best, nil
}

// node reads a node's description: label, aliases and kind, through the cache.
func (s *Store) node(ctx context.Context, v quad.Value) (graph.Node, error) {
	return s.nodes.get(v, func() (graph.Node, error) { return s.readNode(ctx, v) })
}

// readNode reads a node's description from the store.
func (s *Store) readNode(ctx context.Context, v quad.Value) (graph.Node, error) {
	n := graph.Node{ID: localName(v)}
	if strings.HasPrefix(string(v.(quad.IRI)), graph.Namespace+"initiative/") {
		n.Kind = graph.KindInitiative
	}
	described := []quad.Value{iri(graph.RDFSLabel), iri(graph.SKOSAlt), iri(graph.RDFType)}
	err := s.quadsFrom(ctx, quad.Subject, v, func(q quad.Quad) error {
		switch q.Predicate {
		case iri(graph.RDFSLabel):
			if n.Name == "" {
				n.Name = literal(q.Object)
			}
		case iri(graph.SKOSAlt):
			if a := literal(q.Object); !slices.Contains(n.Aliases, a) {
				n.Aliases = append(n.Aliases, a)
			}
		case iri(graph.RDFType):
			if k := localName(q.Object); k != "Actor" && k != "Initiative" && n.Kind == "" {
				n.Kind = graph.Kind(k)
			}
		}
		return nil
	}, described...)
	if n.Name == "" {
		n.Name = n.ID
	}
	slices.Sort(n.Aliases)
	return n, err
}

func literal(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case nil:
		return ""
	}
	return quad.StringOf(v)
}

// SearchActors returns the actors and initiatives whose names contain q
// (case-insensitively), best matches first: exact names, then prefixes, then the rest.
func (s *Store) SearchActors(ctx context.Context, q string, limit int) ([]graph.Node, error) {
	key := graph.NameKey(q)
	var out []graph.Node
	rank := map[string]int{}
	for _, class := range []string{graph.ClassActor, graph.ClassInitiative} {
		nodes, err := s.subjectsOfType(ctx, class, 0)
		if err != nil {
			return nil, err
		}
		for _, v := range nodes {
			n, err := s.node(ctx, v)
			if err != nil {
				return nil, err
			}
			best := -1
			for _, name := range append([]string{n.Name, n.ID}, n.Aliases...) {
				k := graph.NameKey(name)
				switch {
				case k == key:
					best = max(best, 3)
				case strings.HasPrefix(k, key):
					best = max(best, 2)
				case strings.Contains(k, key):
					best = max(best, 1)
				}
			}
			if best >= 0 {
				rank[n.ID] = best
				out = append(out, n)
			}
		}
	}
	slices.SortFunc(out, func(a, b graph.Node) int {
		return cmp.Or(cmp.Compare(rank[b.ID], rank[a.ID]), cmp.Compare(a.Name, b.Name))
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// Relations returns the relations that match f, each with its evidence, ordered by
// document date and position in the text. It starts from the most selective node the
// filter names, so that no query scans the whole store when it names an actor.
func (s *Store) Relations(ctx context.Context, f graph.Filter) ([]graph.Relation, error) {
	out := []graph.Relation{}
	err := s.EachRelation(ctx, f, func(r graph.Relation) error {
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EachRelation calls fn with each relation that matches f, in Relations' order. The
// matching statements are read and sorted first; each one's nodes (names, aliases)
// and document are read as its turn comes, and no list of relations is built.
func (s *Store) EachRelation(ctx context.Context, f graph.Filter, fn func(graph.Relation) error) error {
	sel, err := s.selectRelations(ctx, f)
	if err != nil {
		return err
	}
	for _, c := range sel.cands {
		r, err := sel.relation(ctx, c)
		if err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// EachEdge calls fn with each edge of the relations that match f (the first f.Limit
// of them in Relations' order): one per subject, predicate and object, with every
// piece of evidence in Relations' order. Edges come ordered by subject, predicate and
// object ids; one edge's evidence is in memory at a time.
func (s *Store) EachEdge(ctx context.Context, f graph.Filter, fn func(graph.Edge) error) error {
	sel, err := s.selectRelations(ctx, f)
	if err != nil {
		return err
	}
	slices.SortStableFunc(sel.cands, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(a.key.subj, b.key.subj), cmp.Compare(a.key.p, b.key.p), cmp.Compare(a.key.obj, b.key.obj))
	})
	var e graph.Edge
	for i, c := range sel.cands {
		r, err := sel.relation(ctx, c)
		if err != nil {
			return err
		}
		if i == 0 || !sameEdge(sel.cands[i-1].key, c.key) {
			if i > 0 {
				if err := fn(e); err != nil {
					return err
				}
			}
			e = graph.Edge{Subject: r.Subject, Predicate: r.Predicate, Object: r.Object}
		}
		e.Evidence = append(e.Evidence, r.Evidence)
	}
	if len(sel.cands) == 0 {
		return nil
	}
	return fn(e)
}

func sameEdge(a, b relationKey) bool { return a.subj == b.subj && a.p == b.p && a.obj == b.obj }

// selectRelations finds the statements that match f, starting from the most
// selective node the filter names, and orders them.
func (s *Store) selectRelations(ctx context.Context, f graph.Filter) (*selection, error) {
	var subj, obj graph.Node
	var err error
	if f.Subject != "" {
		if subj, err = s.FindNode(ctx, f.Subject); err != nil {
			return nil, err
		}
	}
	if f.Object != "" {
		if obj, err = s.FindNode(ctx, f.Object); err != nil {
			return nil, err
		}
	}
	var stmts []quad.Value
	// from a node: its relations are cached in order, so the first f.Limit that match
	// are the answer and only their evidence is read
	fromNode := func(n graph.Node, dir quad.Direction) error {
		edges, err := s.adjacent(ctx, iri(graph.NodeIRI(n)), dir)
		for _, e := range edges {
			if e.key.matches(f, subj, obj) {
				stmts = append(stmts, e.stmt)
				if f.Limit > 0 && len(stmts) == f.Limit {
					break
				}
			}
		}
		return err
	}
	switch {
	case f.Subject != "":
		err = fromNode(subj, quad.Subject)
	case f.Object != "":
		err = fromNode(obj, quad.Object)
	case f.Document != "":
		err = s.quadsFrom(ctx, quad.Object, iri(graph.DocumentIRI(f.Document)), func(q quad.Quad) error {
			stmts = append(stmts, q.Subject)
			return nil
		}, iri(graph.PropDocument))
	default:
		stmts, err = s.subjectsOfType(ctx, graph.ClassStatement, 0)
	}
	if err != nil {
		return nil, err
	}
	return s.candidates(ctx, stmts, f, subj, obj)
}

// candidate is a statement that matches a filter, known by its key before its nodes
// are read.
type candidate struct {
	key relationKey
	id  quad.Value
	st  statement
}

// selection is the statements a filter selects, in order, and the reader that reads
// each of them whole.
type selection struct {
	cands []candidate
	rd    *reader
}

func (sel *selection) relation(ctx context.Context, c candidate) (graph.Relation, error) {
	return sel.rd.relation(ctx, c.id, c.st)
}

// candidates reads the statements that match f, orders them and keeps the first
// f.Limit.
func (s *Store) candidates(ctx context.Context, stmts []quad.Value, f graph.Filter, subj, obj graph.Node) (*selection, error) {
	infos, err := s.statementsOf(ctx, stmts)
	if err != nil {
		return nil, err
	}
	sel := &selection{rd: s.newReader()}
	for _, id := range stmts {
		st, ok := infos[id]
		if !ok {
			continue
		}
		d, err := sel.rd.document(ctx, st.doc)
		if err != nil {
			return nil, err
		}
		if k := st.key(id, d); k.matches(f, subj, obj) {
			sel.cands = append(sel.cands, candidate{k, id, st})
		}
	}
	slices.SortFunc(sel.cands, func(a, b candidate) int { return a.key.compare(b.key) })
	if f.Limit > 0 && len(sel.cands) > f.Limit {
		sel.cands = sel.cands[:f.Limit]
	}
	return sel, nil
}

// relationKey is what relations are filtered and ordered by: known before their
// nodes are read.
type relationKey struct {
	date, doc string
	start     int
	subj, obj string // node ids
	p         graph.Predicate
	stmt      string  // the statement's id, last in the order, so that no two relations tie
	conf      float64 // the statement's confidence: filtered by, not ordered by
}

// position is the key as the graph package states a relation's place in the order.
func (k relationKey) position() graph.Position {
	return graph.Position{Date: k.date, Document: k.doc, Start: k.start, Subject: k.subj, Predicate: k.p, Object: k.obj, Statement: k.stmt}
}

// compare orders relations by document date, document, position in the text, then
// subject, predicate, object and statement: graph.Position's order.
func (k relationKey) compare(o relationKey) int {
	return cmp.Or(cmp.Compare(k.date, o.date), cmp.Compare(k.doc, o.doc), cmp.Compare(k.start, o.start),
		cmp.Compare(k.subj, o.subj), cmp.Compare(k.p, o.p), cmp.Compare(k.obj, o.obj), cmp.Compare(k.stmt, o.stmt))
}

// matches reports whether a relation passes the filter; subj and obj are the nodes
// the filter names.
func (k relationKey) matches(f graph.Filter, subj, obj graph.Node) bool {
	switch {
	case f.Subject != "" && k.subj != subj.ID:
		return false
	case f.Object != "" && k.obj != obj.ID:
		return false
	case f.Predicate != "" && k.p != f.Predicate:
		return false
	case f.Document != "" && k.doc != f.Document:
		return false
	case !f.Since.IsZero() && (k.date == "" || k.date < f.Since.Format("2006-01-02")):
		return false
	case !f.Until.IsZero() && (k.date == "" || k.date > f.Until.Format("2006-01-02")):
		return false
	case !f.Admits(k.conf):
		return false
	case f.After != nil && k.position().Compare(*f.After) <= 0:
		return false
	}
	return true
}

// relationPredicates are the IRIs of every relation predicate.
var relationPredicates = func() []quad.Value {
	out := make([]quad.Value, len(graph.Predicates))
	for i, p := range graph.Predicates {
		out[i] = iri(graph.PredicateIRI(p))
	}
	return out
}()

func isRelationPredicate(p quad.Value) bool {
	iriP, ok := p.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iriP), graph.Vocab) {
		return false
	}
	_, err := graph.ParsePredicate(string(iriP)[len(graph.Vocab):])
	return err == nil
}

// statementQuads reads the quads of many statement nodes, resolving all their values
// in one batch.
func (s *Store) statementQuads(ctx context.Context, stmts []quad.Value) (map[quad.Value][]quad.Quad, error) {
	var found []refs.Ref
	for _, st := range stmts {
		r, err := s.ref(st)
		if err != nil {
			return nil, err
		}
		if r == nil {
			continue
		}
		it := s.cayley().QuadIterator(quad.Subject, r).Iterate()
		for it.Next(ctx) {
			found = append(found, it.Result())
		}
		err = it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	quads, err := s.resolve(ctx, found)
	if err != nil {
		return nil, err
	}
	out := make(map[quad.Value][]quad.Quad, len(stmts))
	for _, q := range quads {
		if gone(q) {
			continue
		}
		out[q.Subject] = append(out[q.Subject], q)
	}
	return out, nil
}

// Documents lists the stored documents, newest first.
func (s *Store) Documents(ctx context.Context) ([]graph.DocumentInfo, error) {
	vals, err := s.subjectsOfType(ctx, graph.ClassDocument, 0)
	if err != nil {
		return nil, err
	}
	out := make([]graph.DocumentInfo, 0, len(vals))
	for _, v := range vals {
		d, err := s.document(ctx, v, false)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b graph.DocumentInfo) int { return cmp.Or(cmp.Compare(b.Date, a.Date), cmp.Compare(a.ID, b.ID)) })
	return out, nil
}

// Document returns one stored document with its full text.
func (s *Store) Document(ctx context.Context, id string) (graph.DocumentInfo, error) {
	v := iri(graph.DocumentIRI(id))
	ok, err := s.exists(ctx, v)
	if err != nil {
		return graph.DocumentInfo{}, err
	}
	if !ok {
		return graph.DocumentInfo{}, &graph.Error{Op: "find document", Name: id, Err: graph.ErrNotFound}
	}
	return s.document(ctx, v, true)
}

// document reads a document's fields and counts its statements.
func (s *Store) document(ctx context.Context, v quad.Value, withText bool) (graph.DocumentInfo, error) {
	d, err := s.documentFields(ctx, v, withText)
	if err != nil {
		return d, err
	}
	err = s.quadsFrom(ctx, quad.Object, v, func(q quad.Quad) error {
		d.Statements++
		return nil
	}, iri(graph.PropDocument))
	return d, err
}

// cachedDocument reads a document's fields (not its text) through the cache.
func (s *Store) cachedDocument(ctx context.Context, v quad.Value) (graph.DocumentInfo, error) {
	return s.docs.get(v, func() (graph.DocumentInfo, error) { return s.documentFields(ctx, v, false) })
}

// documentFields reads a document's own quads: title, date, source, URL, hash, text.
func (s *Store) documentFields(ctx context.Context, v quad.Value, withText bool) (graph.DocumentInfo, error) {
	d := graph.DocumentInfo{ID: localName(v)}
	fields := []quad.Value{iri(graph.PropTitle), iri(graph.PropDate), iri(graph.PropSource), iri(graph.PropURL), iri(graph.PropContentHash)}
	if withText {
		fields = append(fields, iri(graph.PropText)) // the text is large: read only when asked
	}
	err := s.quadsFrom(ctx, quad.Subject, v, func(q quad.Quad) error {
		switch q.Predicate {
		case iri(graph.PropTitle):
			d.Title = literal(q.Object)
		case iri(graph.PropDate):
			d.Date = literal(q.Object)
		case iri(graph.PropSource):
			d.Source = literal(q.Object)
		case iri(graph.PropURL):
			d.URL = literal(q.Object)
		case iri(graph.PropContentHash):
			d.ContentHash = literal(q.Object)
		case iri(graph.PropText):
			if withText {
				d.Text = literal(q.Object)
			}
		}
		return nil
	}, fields...)
	return d, err
}
