package store

import (
	"cmp"
	"context"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
)

// edgesOf returns the relation edges at a node, both directions, each with its
// statements. It reads the subject and object indexes of that node only.
func (s *Store) edgesOf(ctx context.Context, v quad.Value, preds map[graph.Predicate]bool) ([]rawEdge, error) {
	var out []rawEdge
	index := map[rawEdgeKey]int{}
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		half, err := s.adjacent(ctx, v, dir)
		if err != nil {
			return nil, err
		}
		for _, h := range half {
			if len(preds) > 0 && !preds[h.p] {
				continue
			}
			k := rawEdgeKey{v, h.p, h.other}
			if dir == quad.Object {
				k = rawEdgeKey{h.other, h.p, v}
			}
			i, ok := index[k]
			if !ok {
				i = len(out)
				index[k] = i
				out = append(out, rawEdge{s: k.s, p: h.p, o: k.o})
			}
			out[i].stmts = append(out[i].stmts, h.stmt)
		}
	}
	return out, nil
}

type rawEdgeKey struct {
	s quad.Value
	p graph.Predicate
	o quad.Value
}

type rawEdge struct {
	s, o  quad.Value
	p     graph.Predicate
	stmts []quad.Value
}

// reader remembers nodes and documents while one request reads many statements (the
// store's caches may be off, or cleared by a write meanwhile).
type reader struct {
	s     *Store
	docs  map[quad.Value]graph.DocumentInfo
	nodes map[quad.Value]graph.Node
}

func (s *Store) newReader() *reader {
	return &reader{s: s, docs: map[quad.Value]graph.DocumentInfo{}, nodes: map[quad.Value]graph.Node{}}
}

func (r *reader) node(ctx context.Context, v quad.Value) (graph.Node, error) {
	if n, ok := r.nodes[v]; ok {
		return n, nil
	}
	n, err := r.s.node(ctx, v)
	if err == nil {
		r.nodes[v] = n
	}
	return n, err
}

func (r *reader) document(ctx context.Context, v quad.Value) (graph.DocumentInfo, error) {
	if d, ok := r.docs[v]; ok {
		return d, nil
	}
	d, err := r.s.cachedDocument(ctx, v)
	if err == nil {
		r.docs[v] = d
	}
	return d, err
}

// relation turns a statement into a Relation, with its nodes and document.
func (r *reader) relation(ctx context.Context, id quad.Value, st statement) (graph.Relation, error) {
	rel := graph.Relation{Statement: localName(id), Predicate: st.p, Evidence: st.evidence}
	var err error
	if rel.Subject, err = r.node(ctx, st.subj); err != nil {
		return rel, err
	}
	if rel.Object, err = r.node(ctx, st.obj); err != nil {
		return rel, err
	}
	d, err := r.document(ctx, st.doc)
	if err != nil {
		return rel, err
	}
	rel.Evidence.Document, rel.Evidence.Title, rel.Evidence.Date, rel.Evidence.URL = d.ID, d.Title, d.Date, d.URL
	return rel, nil
}

// edge turns a raw edge into a graph.Edge with its evidence, filtered by date and
// confidence; false when no evidence passes, so that the edge is not followed.
func (r *reader) edge(ctx context.Context, e rawEdge, f graph.Filter) (graph.Edge, bool, error) {
	out := graph.Edge{Predicate: e.p}
	var err error
	if out.Subject, err = r.node(ctx, e.s); err != nil {
		return out, false, err
	}
	if out.Object, err = r.node(ctx, e.o); err != nil {
		return out, false, err
	}
	infos, err := r.s.statementsOf(ctx, e.stmts)
	if err != nil {
		return out, false, err
	}
	for _, id := range e.stmts {
		st, ok := infos[id]
		if !ok {
			continue
		}
		d, err := r.document(ctx, st.doc)
		if err != nil {
			return out, false, err
		}
		if !st.key(id, d).matches(graph.Filter{Since: f.Since, Until: f.Until, MinConfidence: f.MinConfidence}, graph.Node{}, graph.Node{}) {
			continue
		}
		rel, err := r.relation(ctx, id, st)
		if err != nil {
			return out, false, err
		}
		out.Evidence = append(out.Evidence, rel.Evidence)
	}
	return out, len(out.Evidence) > 0, nil
}

// Paths returns the shortest paths between two nodes, following relations in either
// direction, up to maxDepth edges and at most limit paths. Each step says which way
// its relation points.
func (s *Store) Paths(ctx context.Context, from, to string, maxDepth, limit int, preds []graph.Predicate, f graph.Filter) ([]graph.Path, error) {
	a, err := s.FindNode(ctx, from)
	if err != nil {
		return nil, err
	}
	b, err := s.FindNode(ctx, to)
	if err != nil {
		return nil, err
	}
	if a.ID == b.ID {
		return nil, graph.Invalidf("from and to are the same node (%s)", a.ID)
	}
	allowed := map[graph.Predicate]bool{}
	for _, p := range preds {
		allowed[p] = true
	}
	r := s.newReader()
	start, goal := iri(graph.NodeIRI(a)), iri(graph.NodeIRI(b))
	// breadth-first search, keeping every parent edge at the shortest depth
	type parentEdge struct {
		from quad.Value
		edge graph.Edge
		fwd  bool
	}
	depth := map[quad.Value]int{start: 0}
	parents := map[quad.Value][]parentEdge{}
	frontier := []quad.Value{start}
	found := false
	for d := 1; d <= maxDepth && len(frontier) > 0 && !found; d++ {
		var next []quad.Value
		for _, v := range frontier {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			edges, err := s.edgesOf(ctx, v, allowed)
			if err != nil {
				return nil, err
			}
			for _, e := range edges {
				other, fwd := e.o, true
				if e.o == v {
					other, fwd = e.s, false
				}
				if other == v {
					continue
				}
				if dd, seen := depth[other]; seen && dd < d {
					continue
				}
				edge, ok, err := r.edge(ctx, e, f)
				if err != nil {
					return nil, err
				}
				if !ok {
					continue
				}
				if _, seen := depth[other]; !seen {
					depth[other] = d
					next = append(next, other)
				}
				parents[other] = append(parents[other], parentEdge{from: v, edge: edge, fwd: fwd})
				if other == goal {
					found = true
				}
			}
		}
		frontier = next
	}
	if !found {
		return []graph.Path{}, nil
	}
	// walk back from the goal, enumerating shortest paths
	var paths []graph.Path
	var walk func(v quad.Value, suffix []graph.Step)
	walk = func(v quad.Value, suffix []graph.Step) {
		if len(paths) >= limit {
			return
		}
		if v == start {
			steps := slices.Clone(suffix)
			slices.Reverse(steps)
			paths = append(paths, graph.Path{Steps: steps})
			return
		}
		for _, pe := range parents[v] {
			if depth[pe.from] != depth[v]-1 {
				continue
			}
			dir := "forward"
			if !pe.fwd {
				dir = "backward"
			}
			walk(pe.from, append(suffix, graph.Step{Edge: pe.edge, Direction: dir}))
		}
	}
	walk(goal, nil)
	for i := range paths {
		paths[i].Length = len(paths[i].Steps)
	}
	return paths, nil
}

// Neighborhood returns the subgraph within depth relations of a node.
func (s *Store) Neighborhood(ctx context.Context, id string, depth, maxNodes int, f graph.Filter) (graph.Subgraph, error) {
	center, err := s.FindNode(ctx, id)
	if err != nil {
		return graph.Subgraph{}, err
	}
	r := s.newReader()
	start := iri(graph.NodeIRI(center))
	seen := map[quad.Value]bool{start: true}
	edgeSeen := map[[3]quad.Value]bool{}
	out := graph.Subgraph{Center: center, Nodes: []graph.Node{center}}
	frontier := []quad.Value{start}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []quad.Value
		for _, v := range frontier {
			edges, err := s.edgesOf(ctx, v, nil)
			if err != nil {
				return out, err
			}
			for _, e := range edges {
				k := [3]quad.Value{e.s, iri(graph.PredicateIRI(e.p)), e.o}
				if edgeSeen[k] {
					continue
				}
				other := e.o
				if e.o == v {
					other = e.s
				}
				if !seen[other] && len(out.Nodes) >= maxNodes {
					out.Truncated = true
					continue
				}
				edge, ok, err := r.edge(ctx, e, f)
				if err != nil {
					return out, err
				}
				if !ok {
					continue
				}
				edgeSeen[k] = true
				out.Edges = append(out.Edges, edge)
				if !seen[other] {
					seen[other] = true
					n, err := r.node(ctx, other)
					if err != nil {
						return out, err
					}
					out.Nodes = append(out.Nodes, n)
					next = append(next, other)
				}
			}
		}
		frontier = next
	}
	slices.SortFunc(out.Edges, func(a, b graph.Edge) int {
		return cmp.Or(cmp.Compare(a.Subject.ID, b.Subject.ID), cmp.Compare(a.Predicate, b.Predicate), cmp.Compare(a.Object.ID, b.Object.ID))
	})
	return out, nil
}

// Edges returns the relations that match f, grouped into edges: one per (subject,
// predicate, object), with every piece of evidence.
func (s *Store) Edges(ctx context.Context, f graph.Filter) ([]graph.Edge, error) {
	rels, err := s.Relations(ctx, f)
	if err != nil {
		return nil, err
	}
	return graph.GroupEdges(rels), nil
}
