package camps

import (
	"cmp"
	"math/rand/v2"
	"slices"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/actorgraph/actorgraph/graph"
)

// tie is what two actors' edges add up to, both directions together.
type tie struct {
	pos, neg float64
	edges    []int // indexes into signed.edges
}

// signed is the signed, weighted, undirected graph of one theatre's actors.
type signed struct {
	nodes  []graph.Node
	idx    map[string]int
	edges  []graph.Edge
	weight []float64 // of each edge
	adj    []map[int]*tie
	power  []float64 // the weight of each node's ties, once computed
}

func newSigned(edges []graph.Edge) *signed {
	g := &signed{idx: map[string]int{}}
	for _, e := range edges {
		s := sign(e.Predicate)
		if s == 0 || !isActor(e.Subject) || !isActor(e.Object) || e.Subject.ID == e.Object.ID {
			continue
		}
		w := Weight(e)
		if w <= 0 {
			continue
		}
		a, b := g.add(e.Subject), g.add(e.Object)
		t := g.tie(a, b)
		if s > 0 {
			t.pos += w
		} else {
			t.neg += w
		}
		t.edges = append(t.edges, len(g.edges))
		g.edges, g.weight = append(g.edges, e), append(g.weight, w)
	}
	return g
}

func (g *signed) add(n graph.Node) int {
	k := nodeKey(n)
	i, ok := g.idx[k]
	if !ok {
		i = len(g.nodes)
		g.idx[k] = i
		g.nodes = append(g.nodes, n)
		g.adj = append(g.adj, map[int]*tie{})
	}
	return i
}

// tie returns the tie between a and b, shared by both ends.
func (g *signed) tie(a, b int) *tie {
	t, ok := g.adj[a][b]
	if !ok {
		t = &tie{}
		g.adj[a][b], g.adj[b][a] = t, t
	}
	return t
}

// layers builds gonum's two-layer graph: supports with positive weights, opposes
// with negative ones.
func (g *signed) layers() (pos, neg *simple.WeightedUndirectedGraph, hasPos, hasNeg bool) {
	pos, neg = simple.NewWeightedUndirectedGraph(0, 0), simple.NewWeightedUndirectedGraph(0, 0)
	for i := range g.nodes {
		pos.AddNode(simple.Node(i))
		neg.AddNode(simple.Node(i))
	}
	for a, ties := range g.adj {
		for b, t := range ties {
			if a >= b {
				continue
			}
			if t.pos > 0 {
				pos.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(a), T: simple.Node(b), W: t.pos})
				hasPos = true
			}
			if t.neg > 0 {
				neg.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(a), T: simple.Node(b), W: -t.neg})
				hasNeg = true
			}
		}
	}
	return pos, neg, hasPos, hasNeg
}

// partition returns the camp of each node: the communities that maximise signed
// modularity (positive ties inside, negative ties across, each beyond what chance
// would give), then each actor moved to the camp where most of its weight lies.
func (g *signed) partition() []int {
	comm := make([]int, len(g.nodes))
	for i := range comm {
		comm[i] = i
	}
	if len(g.nodes) == 0 {
		return comm
	}
	pos, neg, hasPos, hasNeg := g.layers()
	src := rand.NewPCG(1, 2)
	var groups [][]gg.Node
	switch {
	case hasPos && hasNeg:
		layers, err := community.NewUndirectedLayers(pos, neg)
		if err != nil {
			panic(err) // both layers hold the same nodes by construction
		}
		groups = community.ModularizeMultiplex(layers, []float64{1, -1}, nil, true, src).Communities()
	case hasPos:
		groups = community.Modularize(pos, 1, src).Communities()
	}
	for c, members := range groups {
		for _, n := range members {
			comm[n.ID()] = c
		}
	}
	g.refine(comm)
	return renumber(comm)
}

// refine moves each actor to the camp its ties favour most (supports into a camp
// minus opposes of it), or out on its own when its ties to its camp are more against
// than for, until no actor moves. Each move lowers the weight of frustrated ties, so
// it ends; rounds are bounded all the same.
func (g *signed) refine(comm []int) {
	next := len(comm)
	for round := 0; round < 20; round++ {
		moved := false
		for i := range g.nodes {
			score := map[int]float64{}
			for j, t := range g.adj[i] {
				score[comm[j]] += t.pos - t.neg
			}
			cur := score[comm[i]]
			best, bestScore := comm[i], cur
			for c, s := range score {
				if s > bestScore+1e-9 || (s > bestScore-1e-9 && s > cur+1e-9 && c < best) {
					best, bestScore = c, s
				}
			}
			if best == comm[i] && cur < -1e-9 {
				best, next = next, next+1 // better alone than against its own camp
			}
			if best != comm[i] {
				comm[i], moved = best, true
			}
		}
		if !moved {
			return
		}
	}
}

// renumber gives camps the numbers 0, 1, ... in order of first appearance.
func renumber(comm []int) []int {
	number := map[int]int{}
	out := make([]int, len(comm))
	for i, c := range comm {
		n, ok := number[c]
		if !ok {
			n = len(number)
			number[c] = n
		}
		out[i] = n
	}
	return out
}

// strength is the weight of all of a node's ties.
func (g *signed) strength(i int) float64 {
	if g.power == nil {
		g.power = make([]float64, len(g.nodes))
		for k, e := range g.edges {
			g.power[g.idx[nodeKey(e.Subject)]] += g.weight[k]
			g.power[g.idx[nodeKey(e.Object)]] += g.weight[k]
		}
	}
	return g.power[i]
}

// agreement is the weight of a node's ties that agree with the partition: supports
// within its camp, opposes across.
func (g *signed) agreement(i int, comm []int) float64 {
	s := 0.0
	for j, t := range g.adj[i] {
		if comm[j] == comm[i] {
			s += t.pos
		} else {
			s += t.neg
		}
	}
	return s
}

// sortedNodes returns node indexes by strength, strongest first, then by id.
func (g *signed) sortedNodes(idx []int) []int {
	out := slices.Clone(idx)
	slices.SortFunc(out, func(a, b int) int {
		return cmp.Or(cmp.Compare(g.strength(b), g.strength(a)), cmp.Compare(g.nodes[a].ID, g.nodes[b].ID))
	})
	return out
}
