package store

import (
	"context"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
)

// adjacencyKey names the relation quads at a node in one direction: quad.Subject for
// the relations the node is the subject of, quad.Object for those pointing at it.
type adjacencyKey struct {
	node quad.Value
	dir  quad.Direction
}

// halfEdge is one relation quad seen from a node: its predicate, the node at the other
// end, the statement that carries its evidence, and the key relations are filtered and
// ordered by.
type halfEdge struct {
	p     graph.Predicate
	other quad.Value
	stmt  quad.Value
	key   relationKey
}

// statement is what a statement node says: who, what, whom, and the evidence.
type statement struct {
	subj, obj, doc quad.Value
	p              graph.Predicate
	evidence       graph.Cited // without the document's fields
}

// key is what the statement id is filtered and ordered by, with its document d.
func (st statement) key(id quad.Value, d graph.DocumentInfo) relationKey {
	return relationKey{date: d.Date, doc: d.ID, start: st.evidence.Start, subj: localName(st.subj), p: st.p, obj: localName(st.obj),
		stmt: localName(id), conf: st.evidence.Confidence}
}

// adjacent returns the relation quads at v in direction dir, in relation order (see
// relationKey.compare), through the cache: a query that wants the first hundred of a
// hub's thousands of relations reads the evidence of a hundred.
func (s *Store) adjacent(ctx context.Context, v quad.Value, dir quad.Direction) ([]halfEdge, error) {
	return s.adjacency.get(adjacencyKey{v, dir}, func() ([]halfEdge, error) { return s.readAdjacent(ctx, v, dir) })
}

// readAdjacent reads the relation quads at v and orders them.
func (s *Store) readAdjacent(ctx context.Context, v quad.Value, dir quad.Direction) ([]halfEdge, error) {
	var edges []halfEdge
	err := s.quadsFrom(ctx, dir, v, func(q quad.Quad) error {
		edges = appendHalfEdge(edges, q, dir)
		return nil
	}, relationPredicates...)
	if err != nil {
		return nil, err
	}
	stmts := make([]quad.Value, len(edges))
	for i, e := range edges {
		stmts[i] = e.stmt
	}
	infos, err := s.statementsOf(ctx, stmts)
	if err != nil {
		return nil, err
	}
	out := edges[:0]
	for _, e := range edges {
		st, ok := infos[e.stmt]
		if !ok {
			continue // not a statement node: not a relation actorgraph reads
		}
		d, err := s.cachedDocument(ctx, st.doc)
		if err != nil {
			return nil, err
		}
		e.key = st.key(e.stmt, d)
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b halfEdge) int { return a.key.compare(b.key) })
	return out, nil
}

func appendHalfEdge(out []halfEdge, q quad.Quad, dir quad.Direction) []halfEdge {
	if q.Label == nil || !isRelationPredicate(q.Predicate) {
		return out
	}
	e := halfEdge{p: graph.Predicate(localName(q.Predicate)), other: q.Object, stmt: q.Label}
	if dir == quad.Object {
		e.other = q.Subject
	}
	return append(out, e)
}

// statementsOf returns what each of the statement nodes says, through the cache; the
// ones not cached are read in one batch. Nodes that are not statements are left out.
func (s *Store) statementsOf(ctx context.Context, stmts []quad.Value) (map[quad.Value]statement, error) {
	return s.statements.getMany(stmts, func(missing []quad.Value) (map[quad.Value]statement, error) {
		read, err := s.statementQuads(ctx, missing)
		if err != nil {
			return nil, err
		}
		out := make(map[quad.Value]statement, len(read))
		for st, quads := range read {
			if info, ok := parseStatement(quads); ok {
				out[st] = info
			}
		}
		return out, nil
	})
}

// parseStatement reads a statement node's quads; false if they do not make one. A
// statement without a confidence (stored before confidences were, or imported from
// another tool) counts as 1.
func parseStatement(quads []quad.Quad) (statement, bool) {
	var st statement
	st.evidence.Confidence = 1
	for _, q := range quads {
		switch q.Predicate {
		case iri(graph.PropSubject):
			st.subj = q.Object
		case iri(graph.PropObject):
			st.obj = q.Object
		case iri(graph.PropPredicate):
			st.p = graph.Predicate(localName(q.Object))
		case iri(graph.PropDocument):
			st.doc = q.Object
		case iri(graph.PropSentence):
			st.evidence.Sentence = literal(q.Object)
		case iri(graph.PropStart):
			st.evidence.Start = offset(q.Object)
		case iri(graph.PropEnd):
			st.evidence.End = offset(q.Object)
		case iri(graph.PropModality):
			st.evidence.Modality = graph.Modality(literal(q.Object))
		case iri(graph.PropExtractor):
			st.evidence.Extractor = literal(q.Object)
		case iri(graph.PropConfidence):
			if c, ok := confidence(q.Object); ok {
				st.evidence.Confidence = c
			}
		}
	}
	return st, st.subj != nil && st.obj != nil && st.doc != nil
}

// offset reads a sentence's stored byte offset: the xsd:integer actorgraph writes,
// which comes back as a number once it has been through an N-Quads import. Anything
// else reads as 0.
func offset(v quad.Value) int {
	if n, ok := v.(quad.Int); ok {
		return int(n)
	}
	n, _ := strconv.Atoi(literal(v))
	return n
}

// confidence reads a stored confidence: the xsd:double actorgraph writes, or a number
// of another type that an imported file may hold. A value that is not a number is
// ignored (false); one outside [0, 1] is brought to the nearest end, so that a filter
// floor means the same for every statement.
func confidence(v quad.Value) (float64, bool) {
	var c float64
	switch v := v.(type) {
	case quad.Float:
		c = float64(v)
	case quad.Int:
		c = float64(v)
	default:
		f, err := strconv.ParseFloat(strings.TrimSpace(literal(v)), 64)
		if err != nil || math.IsNaN(f) {
			return 0, false
		}
		c = f
	}
	return min(max(c, 0), 1), true
}
