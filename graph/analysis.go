package graph

import (
	"cmp"
	"slices"
)

// Edge is one relation between two nodes with all the evidence for it.
type Edge struct {
	Subject   Node      `json:"subject"`
	Predicate Predicate `json:"predicate"`
	Object    Node      `json:"object"`
	Evidence  []Cited   `json:"evidence"`
	// EvidenceCount, when set, is how many pieces of evidence the edge has in all, of
	// which Evidence quotes the first: answers that must stay small quote a few.
	EvidenceCount int `json:"evidence_count,omitempty"`
}

// Reported reports whether every piece of evidence for the edge is hedged.
func (e Edge) Reported() bool {
	for _, ev := range e.Evidence {
		if ev.Modality != Reported {
			return false
		}
	}
	return len(e.Evidence) > 0
}

// Confidence returns the highest confidence of the edge's evidence: the edge is as
// certain as its surest reading. An edge without evidence has 0.
func (e Edge) Confidence() float64 {
	best := 0.0
	for _, ev := range e.Evidence {
		best = max(best, ev.Confidence)
	}
	return best
}

// GroupEdges gathers relations into edges, in order of first appearance.
func GroupEdges(rels []Relation) []Edge {
	var out []Edge
	index := map[[3]string]int{}
	for _, r := range rels {
		k := [3]string{NodeIRI(r.Subject), string(r.Predicate), NodeIRI(r.Object)}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, Edge{Subject: r.Subject, Predicate: r.Predicate, Object: r.Object})
		}
		out[i].Evidence = append(out[i].Evidence, r.Evidence)
	}
	return out
}

// Step is one edge of a path, walked forward (subject to object) or backward.
type Step struct {
	Edge
	Direction string `json:"direction"` // "forward" or "backward"
}

// Path is a chain of steps from one node to another.
type Path struct {
	Length int    `json:"length"`
	Steps  []Step `json:"steps"`
}

// Subgraph is the part of the graph around a node.
type Subgraph struct {
	Center    Node   `json:"center"`
	Nodes     []Node `json:"nodes"`
	Edges     []Edge `json:"edges"`
	Truncated bool   `json:"truncated"` // the node limit or the server's byte budget cut it short
}

// Camp is one alliance bloc.
type Camp struct {
	ID      int    `json:"id"`
	Members []Node `json:"members"`
	// Edges are the supports and leads edges inside the camp that hold it together.
	Edges []Edge `json:"edges"`
	// Opposes lists the other camps this one is at odds with.
	Opposes []int `json:"opposes"`
}

// CampMember says where an actor stands and why.
type CampMember struct {
	Actor       Node   `json:"actor"`
	Camp        int    `json:"camp"`
	Allies      []Node `json:"allies"`      // who backs what it backs, or backs it, or it backs
	Adversaries []Node `json:"adversaries"` // who it opposes or is opposed by
	Conflicted  bool   `json:"conflicted"`  // the evidence also puts it against its own camp
	// Because lists the edges that put the actor in its camp.
	Because []Edge `json:"because"`
}

// Camps is the partition of the actors into blocs.
type Camps struct {
	Method string `json:"method"`
	Camps  []Camp `json:"camps"`
	// Actors gives each actor's camp, allies and adversaries.
	Actors []CampMember `json:"actors"`
	// BothSides lists actors the evidence puts in two camps at once: allied with one
	// camp and a member of another, or opposing members of their own camp.
	BothSides []Node `json:"both_sides"`
	// Conflicts are the edges that go against the partition: supports across camps,
	// opposes within one.
	Conflicts []Edge `json:"conflicts"`
}

// CampMethod describes how FindCamps partitions the graph.
const CampMethod = "Actors joined by supports or leads edges (either direction) form an alliance " +
	"(union-find over those edges). Alliances joined by opposes edges are then set against each other " +
	"by the opposes edges between them; each alliance is a camp, numbered so that the most opposed " +
	"come first. An opposes edge inside an alliance is a conflict, and its actors are listed as being " +
	"on both sides."

// FindCamps partitions the actors of the given edges into camps. It reads only
// supports, opposes and leads edges between actors. The API, the CLI and the page use
// graph/camps instead, which splits theatres and weighs the evidence; this union-find
// stays as the baseline its benchmarks are measured against.
func FindCamps(edges []Edge) Camps {
	nodes := map[string]Node{}
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if parent[x] != x {
			parent[x] = find(parent[x])
		}
		return parent[x]
	}
	add := func(n Node) {
		if _, ok := parent[n.ID]; !ok {
			parent[n.ID], nodes[n.ID] = n.ID, n
		}
	}
	var alliance, opposition []Edge
	for _, e := range edges {
		if !e.Subject.Kind.IsActor() || !e.Object.Kind.IsActor() || e.Subject.ID == e.Object.ID {
			continue
		}
		switch e.Predicate {
		case Supports, Leads:
			alliance = append(alliance, e)
		case Opposes:
			opposition = append(opposition, e)
		default:
			continue
		}
		add(e.Subject)
		add(e.Object)
	}
	for _, e := range alliance {
		a, b := find(e.Subject.ID), find(e.Object.ID)
		if a != b {
			parent[a] = b
		}
	}
	// alliances and the oppositions between them
	members := map[string][]string{}
	for id := range parent {
		r := find(id)
		members[r] = append(members[r], id)
	}
	against := map[string]map[string]int{}
	for _, e := range opposition {
		a, b := find(e.Subject.ID), find(e.Object.ID)
		if a == b {
			continue
		}
		for _, p := range [][2]string{{a, b}, {b, a}} {
			if against[p[0]] == nil {
				against[p[0]] = map[string]int{}
			}
			against[p[0]][p[1]]++
		}
	}
	// order alliances: most opposed first, then largest, then by name
	roots := make([]string, 0, len(members))
	for r := range members {
		slices.Sort(members[r])
		roots = append(roots, r)
	}
	weight := func(r string) int {
		n := 0
		for _, c := range against[r] {
			n += c
		}
		return n
	}
	slices.SortFunc(roots, func(a, b string) int {
		return cmp.Or(cmp.Compare(weight(b), weight(a)), cmp.Compare(len(members[b]), len(members[a])), cmp.Compare(members[a][0], members[b][0]))
	})
	campOf := map[string]int{}
	for i, r := range roots {
		campOf[r] = i
	}
	// lists are empty, never null, even for a lone actor or a graph the filters emptied
	out := Camps{Method: CampMethod, Camps: []Camp{}, Actors: []CampMember{}}
	for i, r := range roots {
		c := Camp{ID: i, Edges: []Edge{}, Opposes: []int{}}
		for _, id := range members[r] {
			c.Members = append(c.Members, nodes[id])
		}
		for o := range against[r] {
			c.Opposes = append(c.Opposes, campOf[o])
		}
		slices.Sort(c.Opposes)
		out.Camps = append(out.Camps, c)
	}
	// per actor: allies, adversaries, the edges that place it
	allies := map[string]map[string]bool{}
	adversaries := map[string]map[string]bool{}
	link := func(m map[string]map[string]bool, a, b string) {
		if m[a] == nil {
			m[a] = map[string]bool{}
		}
		m[a][b] = true
	}
	because := map[string][]Edge{}
	backs := map[string][]string{} // target -> who backs it
	for _, e := range alliance {
		c := campOf[find(e.Subject.ID)]
		out.Camps[c].Edges = append(out.Camps[c].Edges, e)
		link(allies, e.Subject.ID, e.Object.ID)
		link(allies, e.Object.ID, e.Subject.ID)
		because[e.Subject.ID] = append(because[e.Subject.ID], e)
		because[e.Object.ID] = append(because[e.Object.ID], e)
		if e.Predicate == Supports {
			backs[e.Object.ID] = append(backs[e.Object.ID], e.Subject.ID)
		}
	}
	for _, bs := range backs { // who backs what it backs
		for _, a := range bs {
			for _, b := range bs {
				if a != b {
					link(allies, a, b)
				}
			}
		}
	}
	conflicted := map[string]bool{}
	for _, e := range opposition {
		link(adversaries, e.Subject.ID, e.Object.ID)
		link(adversaries, e.Object.ID, e.Subject.ID)
		if find(e.Subject.ID) == find(e.Object.ID) {
			out.Conflicts = append(out.Conflicts, e)
			conflicted[e.Subject.ID], conflicted[e.Object.ID] = true, true
		} else if len(because[e.Subject.ID]) == 0 {
			because[e.Subject.ID] = append(because[e.Subject.ID], e)
		}
	}
	ids := make([]string, 0, len(parent))
	for id := range parent {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(campOf[find(a)], campOf[find(b)]), cmp.Compare(a, b))
	})
	toNodes := func(set map[string]bool) []Node {
		out := []Node{}
		for id := range set {
			out = append(out, nodes[id])
		}
		slices.SortFunc(out, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
		return out
	}
	for _, id := range ids {
		m := CampMember{Actor: nodes[id], Camp: campOf[find(id)], Allies: toNodes(allies[id]),
			Adversaries: toNodes(adversaries[id]), Conflicted: conflicted[id], Because: because[id]}
		if m.Because == nil {
			m.Because = []Edge{}
		}
		out.Actors = append(out.Actors, m)
		if conflicted[id] {
			out.BothSides = append(out.BothSides, nodes[id])
		}
	}
	if out.BothSides == nil {
		out.BothSides = []Node{}
	}
	if out.Conflicts == nil {
		out.Conflicts = []Edge{}
	}
	return out
}
