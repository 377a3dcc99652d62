package camps

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// Method describes how Find partitions the graph; answers carry it.
const Method = "The graph is first split into theatres: communities (Louvain) of the graph of actors " +
	"and initiatives tied by any relation (each node's eight strongest ties), each document placed with most of what it mentions, and theatres " +
	"whose documents share more than half of the smaller one's actors joined. In each theatre, camps are the communities of the signed graph of its " +
	"actors (supports and leads edges positive, opposes edges negative, both directions summed) that " +
	"maximise signed modularity (Traag and Bruggeman 2009, with gonum's multiplex Louvain), after which " +
	"each actor moves to the camp where most of its weight lies. An edge weighs one per independent " +
	"document at its surest reading's confidence, halved when reported. An actor's share is the part of " +
	"its weight that agrees with its camp (supports within, opposes across); a frustrated edge is a " +
	"supports edge across camps or an opposes edge within one."

// Analysis is the theatres of a graph and the camps of each.
type Analysis struct {
	Method   string    `json:"method"`
	Theatres []Theatre `json:"theatres"`
	// Camps are numbered across theatres, the camps of the first theatre first, the
	// strongest camp of each theatre first.
	Camps []Camp `json:"camps"`
	// Actors gives each actor's camp in each theatre it takes a side in.
	Actors []Member `json:"actors"`
	// BothSides lists the actors whose ties weigh at least as much against their camp
	// as for it.
	BothSides []graph.Node `json:"both_sides"`
	// Conflicts are the frustrated edges: supports across camps, opposes within one,
	// heaviest first.
	Conflicts []graph.Edge `json:"conflicts"`
	// ConflictsCount, when set, is how many frustrated edges there are in all, of
	// which Conflicts lists the heaviest: answers that must stay small list a few.
	ConflictsCount int `json:"conflicts_count,omitempty"`

	docs map[string]int // document -> theatre
}

// Theatre is a set of documents and the actors they set against each other.
type Theatre struct {
	ID   int    `json:"id"`
	Name string `json:"name"` // its strongest actors
	// Leading are its strongest actors, at most five.
	Leading   []graph.Node `json:"leading"`
	Actors    int          `json:"actors"`
	Documents []string     `json:"documents"`
	// DocumentsCount, when set, is how many documents it has in all, of which
	// Documents lists the first.
	DocumentsCount int    `json:"documents_count,omitempty"`
	Since          string `json:"since,omitempty"` // date of its first dated document
	Until          string `json:"until,omitempty"` // date of its last
	Camps          []int  `json:"camps"`
	// Frustration is the share of its tie weight that goes against its camps: 0 for a
	// perfectly balanced conflict.
	Frustration float64 `json:"frustration"`

	conflicts []graph.Edge // its frustrated edges, heaviest first
}

// Camp is one alliance bloc of a theatre.
type Camp struct {
	ID      int    `json:"id"`
	Name    string `json:"name"` // after its strongest member: "Khalifa Haftar's camp"
	Theatre int    `json:"theatre"`
	// Members are ordered by weight, strongest first.
	Members []graph.Node `json:"members"`
	// MembersCount and EdgesCount, when set, are how many members and edges the camp
	// has in all, of which Members and Edges list the first.
	MembersCount int `json:"members_count,omitempty"`
	EdgesCount   int `json:"edges_count,omitempty"`
	// Weight is the weight of its members' ties.
	Weight float64 `json:"weight"`
	// Edges are the supports and leads edges inside the camp, heaviest first.
	Edges []graph.Edge `json:"edges"`
	// Opposes lists the camps it opposes, most opposed first.
	Opposes []int `json:"opposes"`
	// Against says how much it opposes each of them.
	Against []Opposition `json:"against"`
}

// Opposition is one camp set against another.
type Opposition struct {
	Camp int    `json:"camp"`
	Name string `json:"name"`
	// Weight is the weight of the opposes edges between the two camps; Supports that
	// of the supports edges between them, which go against the split.
	Weight   float64 `json:"weight"`
	Supports float64 `json:"supports"`
}

// Member says where an actor stands in a theatre, how surely, and why.
type Member struct {
	Actor   graph.Node `json:"actor"`
	Theatre int        `json:"theatre"`
	Camp    int        `json:"camp"`
	// Share is the part of its weight that agrees with its camp: supports within it,
	// opposes of other camps. 1 is a clear placement; 0.5 or less, on both sides.
	Share float64 `json:"share"`
	// Weight is the weight of all its ties in the theatre.
	Weight      float64      `json:"weight"`
	Allies      []graph.Node `json:"allies"`      // who it supports or is supported by
	Adversaries []graph.Node `json:"adversaries"` // who it opposes or is opposed by
	Conflicted  bool         `json:"conflicted"`  // some of its edges go against its camp
	// Because lists the edges that put it in its camp, heaviest first; Against the
	// frustrated edges that pull it elsewhere.
	Because []graph.Edge `json:"because"`
	Against []graph.Edge `json:"against"`
	// BecauseCount and AgainstCount, when set, are how many such edges there are in
	// all.
	BecauseCount int `json:"because_count,omitempty"`
	AgainstCount int `json:"against_count,omitempty"`
}

// Find splits the graph into theatres and finds the camps of each. It reads supports,
// leads and opposes edges between actors (nodes of any kind but initiatives) and
// places documents by every edge.
func Find(edges []graph.Edge) Analysis {
	s := splitTheatres(edges)
	out := Analysis{Method: Method, Theatres: []Theatre{}, Camps: []Camp{}, Actors: []Member{}, BothSides: []graph.Node{}, Conflicts: []graph.Edge{},
		docs: s.docs}
	docs := make([][]string, s.n)
	for id, t := range s.docs {
		docs[t] = append(docs[t], id)
	}
	dates := documentDates(edges)
	graphs, comms := partitionAll(s.byTheatre(edges))
	bases := make([]int, len(comms)) // the number of each theatre's first camp
	for t := 1; t < len(comms); t++ {
		bases[t] = bases[t-1] + slices.Max(append([]int{-1}, comms[t-1]...)) + 1
	}
	parts, theatres := make([]Analysis, len(graphs)), make([]Theatre, len(graphs))
	inParallel(len(graphs), func(t int) { theatres[t] = parts[t].addTheatre(t, graphs[t], comms[t], bases[t]) })
	for t, th := range theatres {
		out.Camps = append(out.Camps, parts[t].Camps...)
		out.Actors = append(out.Actors, parts[t].Actors...)
		out.BothSides = append(out.BothSides, parts[t].BothSides...)
		th.Documents = docs[t]
		slices.Sort(th.Documents)
		th.Since, th.Until = span(th.Documents, dates)
		out.Theatres = append(out.Theatres, th)
	}
	for _, th := range out.Theatres {
		out.Conflicts = append(out.Conflicts, th.conflicts...)
	}
	return out
}

// Only returns the part of the analysis about theatre t: its theatre, camps, actors
// and conflicts. Camps keep their numbers. A theatre that does not exist gives an
// empty answer and false.
func (a Analysis) Only(t int) (Analysis, bool) {
	if t < 0 || t >= len(a.Theatres) {
		return Analysis{Method: a.Method, Theatres: []Theatre{}, Camps: []Camp{}, Actors: []Member{}, BothSides: []graph.Node{},
			Conflicts: []graph.Edge{}, docs: a.docs}, false
	}
	th := a.Theatres[t]
	out := Analysis{Method: a.Method, Theatres: []Theatre{th}, Camps: []Camp{}, Actors: []Member{}, BothSides: []graph.Node{},
		Conflicts: slices.Clone(th.conflicts), docs: a.docs}
	for _, c := range a.Camps {
		if c.Theatre == t {
			out.Camps = append(out.Camps, c)
		}
	}
	for _, m := range a.Actors {
		if m.Theatre == t {
			out.Actors = append(out.Actors, m)
			if m.Share <= 0.5 {
				out.BothSides = append(out.BothSides, m.Actor)
			}
		}
	}
	if out.Conflicts == nil {
		out.Conflicts = []graph.Edge{}
	}
	return out, true
}

// Home returns the theatre where the actor's ties weigh most: the one /camps?around=
// shows. An actor's id, not its name.
func (a Analysis) Home(actorID string) (int, bool) {
	best, weight := -1, -1.0
	for _, m := range a.Actors {
		if m.Actor.ID == actorID && m.Actor.Kind != graph.KindInitiative && m.Weight > weight {
			best, weight = m.Theatre, m.Weight
		}
	}
	return best, best >= 0
}

// documentDates maps each document to its date, as the evidence gives it.
func documentDates(edges []graph.Edge) map[string]string {
	out := map[string]string{}
	for _, e := range edges {
		for _, ev := range e.Evidence {
			if ev.Date != "" {
				out[ev.Document] = ev.Date
			}
		}
	}
	return out
}

func span(docs []string, dates map[string]string) (since, until string) {
	for _, d := range docs {
		date := dates[d]
		if date == "" {
			continue
		}
		if since == "" || date < since {
			since = date
		}
		until = max(until, date)
	}
	return since, until
}

// partitionAll builds each theatre's signed graph and partitions it, theatres in
// parallel: they share nothing.
func partitionAll(parts [][]graph.Edge) ([]*signed, [][]int) {
	graphs, comms := make([]*signed, len(parts)), make([][]int, len(parts))
	inParallel(len(parts), func(t int) {
		graphs[t] = newSigned(parts[t])
		comms[t] = graphs[t].partition()
	})
	return graphs, comms
}

// inParallel calls f for 0 to n-1 on every processor, the first (the largest theatres)
// first, so that no processor is left with a big one at the end.
func inParallel(n int, f func(int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(1, n)) {
		wg.Go(func() {
			for t := range next {
				f(t)
			}
		})
	}
	for t := range n {
		next <- t
	}
	close(next)
	wg.Wait()
}

// addTheatre adds the camps and members of one partitioned theatre, its camps numbered
// from base.
func (a *Analysis) addTheatre(t int, g *signed, comm []int, base int) Theatre {
	ncamps := 0
	for _, c := range comm {
		ncamps = max(ncamps, c+1)
	}
	members := make([][]int, ncamps)
	for i, c := range comm {
		members[c] = append(members[c], i)
	}
	weight := make([]float64, ncamps)
	for c, ms := range members {
		for _, i := range ms {
			weight[c] += g.strength(i)
		}
	}
	order := make([]int, ncamps)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(weight[y], weight[x]) })
	id := make([]int, ncamps) // local camp -> global id
	for rank, c := range order {
		id[c] = base + rank
	}
	global := make([]int, len(comm))
	for i, c := range comm {
		global[i] = id[c]
	}
	inside := make([][]int, ncamps) // the supports and leads edges inside each camp
	for k, e := range g.edges {
		if c := comm[g.idx[nodeKey(e.Subject)]]; sign(e.Predicate) > 0 && c == comm[g.idx[nodeKey(e.Object)]] {
			inside[c] = append(inside[c], k)
		}
	}
	th := Theatre{ID: t, Camps: []int{}, Leading: []graph.Node{}, Actors: len(g.nodes)}
	for _, c := range order {
		a.Camps = append(a.Camps, g.camp(t, id[c], members[c], weight[c], inside[c]))
		th.Camps = append(th.Camps, id[c])
	}
	a.opposition(g, global, base)
	a.members(t, g, global)
	th.Frustration, th.conflicts = frustrate(g, global)
	for _, i := range g.sortedNodes(seq(len(g.nodes))) {
		if len(th.Leading) == 5 {
			break
		}
		th.Leading = append(th.Leading, g.nodes[i])
	}
	th.Name = theatreName(th.Leading)
	return th
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// theatreName names a theatre by its three strongest actors.
func theatreName(leading []graph.Node) string {
	var names []string
	for _, n := range leading[:min(3, len(leading))] {
		names = append(names, n.Name)
	}
	if len(names) == 0 {
		return "no actors"
	}
	return strings.Join(names, ", ")
}

// campName names a camp after its strongest member.
func campName(n graph.Node) string {
	if strings.HasSuffix(n.Name, "s") {
		return n.Name + "' camp"
	}
	return n.Name + "'s camp"
}

// camp builds camp id of theatre t from its members (node indexes) and the edges
// inside it.
func (g *signed) camp(t, id int, members []int, weight float64, inside []int) Camp {
	c := Camp{ID: id, Theatre: t, Weight: weight, Members: []graph.Node{}, Opposes: []int{}, Against: []Opposition{}}
	for _, i := range g.sortedNodes(members) {
		c.Members = append(c.Members, g.nodes[i])
	}
	c.Name = campName(c.Members[0])
	c.Edges = g.heaviest(inside)
	return c
}

// heaviest returns the edges of the given indexes, heaviest first.
func (g *signed) heaviest(idx []int) []graph.Edge {
	slices.SortStableFunc(idx, func(x, y int) int { return cmp.Compare(g.weight[y], g.weight[x]) })
	out := make([]graph.Edge, 0, len(idx))
	for _, k := range idx {
		out = append(out, g.edges[k])
	}
	return out
}

// opposition fills in which camps of this theatre each camp opposes, by weight.
func (a *Analysis) opposition(g *signed, camp []int, base int) {
	against := map[[2]int]*Opposition{}
	for i, ties := range g.adj {
		for j, t := range ties {
			if camp[i] == camp[j] {
				continue
			}
			k := [2]int{camp[i], camp[j]}
			if against[k] == nil {
				against[k] = &Opposition{Camp: camp[j]}
			}
			// each tie is met from both ends: count it once per direction
			against[k].Weight += t.neg
			against[k].Supports += t.pos
		}
	}
	for k, o := range against {
		if o.Weight <= 0 {
			continue
		}
		o.Name = a.Camps[o.Camp-base].Name
		c := &a.Camps[k[0]-base]
		c.Against = append(c.Against, *o)
	}
	for i := range a.Camps {
		c := &a.Camps[i]
		slices.SortFunc(c.Against, func(x, y Opposition) int { return cmp.Or(cmp.Compare(y.Weight, x.Weight), cmp.Compare(x.Camp, y.Camp)) })
		for _, o := range c.Against {
			c.Opposes = append(c.Opposes, o.Camp)
		}
	}
}

// members adds each actor of the theatre with its share and the edges that place it.
func (a *Analysis) members(t int, g *signed, camp []int) {
	for _, i := range g.sortedNodesByCamp(camp) {
		m := Member{Actor: g.nodes[i], Theatre: t, Camp: camp[i], Weight: g.strength(i),
			Allies: []graph.Node{}, Adversaries: []graph.Node{}}
		if m.Weight > 0 {
			m.Share = ratio(g.agreement(i, camp), m.Weight)
		}
		var because, against []int
		for j, tie := range g.adj[i] {
			if tie.pos > 0 {
				m.Allies = append(m.Allies, g.nodes[j])
			}
			if tie.neg > 0 {
				m.Adversaries = append(m.Adversaries, g.nodes[j])
			}
			for _, k := range tie.edges {
				if (sign(g.edges[k].Predicate) > 0) == (camp[i] == camp[j]) {
					because = append(because, k)
				} else {
					against = append(against, k)
				}
			}
		}
		sortNodes(m.Allies)
		sortNodes(m.Adversaries)
		m.Because, m.Against = g.heaviest(because), g.heaviest(against)
		m.Conflicted = len(m.Against) > 0
		a.Actors = append(a.Actors, m)
		if m.Share <= 0.5 {
			a.BothSides = append(a.BothSides, m.Actor)
		}
	}
}

func sortNodes(ns []graph.Node) {
	slices.SortFunc(ns, func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) })
}

// sortedNodesByCamp orders node indexes by camp, then strongest first.
func (g *signed) sortedNodesByCamp(camp []int) []int {
	out := g.sortedNodes(seq(len(g.nodes)))
	slices.SortStableFunc(out, func(x, y int) int { return cmp.Compare(camp[x], camp[y]) })
	return out
}

// frustrate returns the share of the theatre's tie weight that goes against its
// camps, and the frustrated edges, heaviest first.
func frustrate(g *signed, camp []int) (float64, []graph.Edge) {
	total, bad := 0.0, 0.0
	var idx []int
	for k, e := range g.edges {
		total += g.weight[k]
		same := camp[g.idx[nodeKey(e.Subject)]] == camp[g.idx[nodeKey(e.Object)]]
		if (sign(e.Predicate) > 0) != same {
			bad += g.weight[k]
			idx = append(idx, k)
		}
	}
	if total == 0 {
		return 0, g.heaviest(idx)
	}
	return ratio(bad, total), g.heaviest(idx)
}

// ratio is part over whole, rounded to four decimals and kept within [0, 1] whatever
// the rounding of the sums.
func ratio(part, whole float64) float64 {
	return min(1, max(0, math.Round(part/whole*1e4)/1e4))
}
