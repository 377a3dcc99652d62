package camps

import (
	"cmp"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/actorgraph/actorgraph/graph"
)

// overlapRatio is how much two theatres must share to be one: the actors and
// initiatives their documents both mention, over those of the smaller one. Louvain may
// cut one war into episodes that share most of their actors; two wars share a few
// outside powers.
const overlapRatio = 0.5

// split says which theatre each document belongs to.
type split struct {
	docs map[string]int // document id -> theatre
	n    int
}

// coMentions is what documents mention, and the graph of the nodes (actors and
// initiatives) that have dealings with each other: every relation, whatever its
// predicate, ties its two ends by its weight. Communities of that graph are the
// theatres; it is as sparse as the relations themselves, where the graph of every pair
// a document names would grow with the square of the document's length.
type coMentions struct {
	nodes   []string
	idx     map[string]int
	docs    []string
	mention map[string][]int // document -> the nodes it mentions
	weight  map[[2]int]float64
}

func newCoMentions(edges []graph.Edge) *coMentions {
	m := &coMentions{idx: map[string]int{}, mention: map[string][]int{}, weight: map[[2]int]float64{}}
	seen := map[string]map[int]bool{}
	for _, e := range edges {
		s, o := m.node(nodeKey(e.Subject)), m.node(nodeKey(e.Object))
		if s != o {
			m.weight[[2]int{min(s, o), max(s, o)}] += Weight(e)
		}
		for _, ev := range e.Evidence {
			d := ev.Document
			if seen[d] == nil {
				seen[d] = map[int]bool{}
				m.docs = append(m.docs, d)
			}
			for _, n := range []int{s, o} {
				if !seen[d][n] {
					seen[d][n] = true
					m.mention[d] = append(m.mention[d], n)
				}
			}
		}
	}
	return m
}

func (m *coMentions) node(key string) int {
	i, ok := m.idx[key]
	if !ok {
		i = len(m.nodes)
		m.idx[key], m.nodes = i, append(m.nodes, key)
	}
	return i
}

// strongestTies is how many of its ties each node keeps in the graph the theatres are
// found on: the strongest ties say which war a node belongs to, and the graph is then
// at most this many times the nodes, whatever the number of relations.
const strongestTies = 8

// strongest returns the ties that are among the k strongest of either end.
func (m *coMentions) strongest(k int) map[[2]int]bool {
	type tie struct {
		p [2]int
		w float64
	}
	ties := make([][]tie, len(m.nodes))
	for p, w := range m.weight {
		ties[p[0]] = append(ties[p[0]], tie{p, w})
		ties[p[1]] = append(ties[p[1]], tie{p, w})
	}
	keep := make(map[[2]int]bool, k*len(m.nodes))
	for _, ts := range ties {
		slices.SortFunc(ts, func(x, y tie) int {
			return cmp.Or(cmp.Compare(y.w, x.w), cmp.Compare(x.p[0], y.p[0]), cmp.Compare(x.p[1], y.p[1]))
		})
		for _, t := range ts[:min(k, len(ts))] {
			keep[t.p] = true
		}
	}
	return keep
}

// communities runs Louvain on the graph of dealings and returns the community of each
// node.
func (m *coMentions) communities() []int {
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for i := range m.nodes {
		g.AddNode(simple.Node(i))
	}
	for p := range m.strongest(strongestTies) {
		g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(p[0]), T: simple.Node(p[1]), W: m.weight[p]})
	}
	comm := make([]int, len(m.nodes))
	for i := range comm {
		comm[i] = i
	}
	if len(m.weight) == 0 {
		return comm
	}
	for c, members := range community.Modularize(g, 1, rand.NewPCG(1, 2)).Communities() {
		for _, n := range members {
			comm[n.ID()] = c
		}
	}
	return comm
}

// mergeOverlapping joins the theatres (document -> theatre) that share more than
// overlapRatio of the smaller one's nodes, until none do.
func (m *coMentions) mergeOverlapping(place map[string]int) {
	for {
		sets := map[int]map[int]bool{}
		for d, t := range place {
			if sets[t] == nil {
				sets[t] = map[int]bool{}
			}
			for _, n := range m.mention[d] {
				sets[t][n] = true
			}
		}
		in := map[int][]int{} // node -> the theatres that mention it
		for t, ns := range sets {
			for n := range ns {
				in[n] = append(in[n], t)
			}
		}
		shared := map[[2]int]int{}
		for _, ts := range in {
			for i, a := range ts {
				for _, b := range ts[i+1:] {
					shared[[2]int{min(a, b), max(a, b)}]++
				}
			}
		}
		pairs := make([][2]int, 0, len(shared))
		for p := range shared {
			pairs = append(pairs, p)
		}
		slices.SortFunc(pairs, func(x, y [2]int) int { return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1])) })
		into := map[int]int{}
		for _, p := range pairs {
			n := shared[p]
			_, ia := into[p[0]]
			_, ib := into[p[1]]
			if !ia && !ib && float64(n) > overlapRatio*float64(min(len(sets[p[0]]), len(sets[p[1]]))) {
				into[max(p[0], p[1])] = min(p[0], p[1])
			}
		}
		if len(into) == 0 {
			return
		}
		for d, t := range place {
			if to, ok := into[t]; ok {
				place[d] = to
			}
		}
	}
}

// docTheatre places a document in the community most of its nodes belong to, the
// nodes that few documents mention counting most: the warring parties of a report
// say more about where it belongs than the outside powers it names.
func (m *coMentions) docTheatre(doc string, comm []int, docsOf []int) int {
	votes := map[int]float64{}
	for _, n := range m.mention[doc] {
		votes[comm[n]] += 1 / float64(docsOf[n])
	}
	best, bestVote := -1, -1.0
	for c, v := range votes {
		if v > bestVote || (v == bestVote && c < best) {
			best, bestVote = c, v
		}
	}
	return best
}

// splitTheatres cuts the graph into theatres: communities (Louvain) of the graph of
// actors and initiatives that have dealings with each other, each document placed with most of what
// it mentions, and theatres whose documents mention mostly the same nodes joined.
// Theatres are numbered by size, most documents first.
func splitTheatres(edges []graph.Edge) split {
	m := newCoMentions(edges)
	comm := m.communities()
	docsOf := make([]int, len(m.nodes))
	for _, ns := range m.mention {
		for _, n := range ns {
			docsOf[n]++
		}
	}
	place := map[string]int{}
	for _, d := range m.docs {
		place[d] = m.docTheatre(d, comm, docsOf)
	}
	m.mergeOverlapping(place)
	size := map[int]int{}
	first := map[int]string{}
	for d, c := range place {
		size[c]++
		if f, ok := first[c]; !ok || d < f {
			first[c] = d
		}
	}
	order := make([]int, 0, len(size))
	for c := range size {
		order = append(order, c)
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Or(cmp.Compare(size[b], size[a]), cmp.Compare(first[a], first[b])) })
	number := map[int]int{}
	for i, c := range order {
		number[c] = i
	}
	s := split{docs: map[string]int{}, n: len(order)}
	for d, c := range place {
		s.docs[d] = number[c]
	}
	return s
}

// byTheatre splits each edge into one edge per theatre its evidence comes from.
func (s split) byTheatre(edges []graph.Edge) [][]graph.Edge {
	out := make([][]graph.Edge, s.n)
	for _, e := range edges {
		if t, ok := s.single(e); ok {
			out[t] = append(out[t], e)
			continue
		}
		parts := map[int][]graph.Cited{}
		var order []int
		for _, ev := range e.Evidence {
			t := s.docs[ev.Document]
			if _, ok := parts[t]; !ok {
				order = append(order, t)
			}
			parts[t] = append(parts[t], ev)
		}
		for _, t := range order {
			part := e
			part.Evidence = parts[t]
			out[t] = append(out[t], part)
		}
	}
	return out
}

// single reports the theatre of an edge whose evidence all comes from one theatre, as
// most edges' does.
func (s split) single(e graph.Edge) (int, bool) {
	if len(e.Evidence) == 0 {
		return 0, false
	}
	t := s.docs[e.Evidence[0].Document]
	for _, ev := range e.Evidence[1:] {
		if s.docs[ev.Document] != t {
			return 0, false
		}
	}
	return t, true
}
