// Package camps finds the alliance camps of a conflict graph the way the field does:
// by community detection on a signed graph (structural balance; Traag and Bruggeman
// 2009), supports and leads edges pulling actors together and opposes edges pushing
// them apart, each weighted by its evidence. A graph fed articles on many wars is
// first split into theatres, the actors and documents that belong together, and each
// theatre gets its own camps, so that one wrong edge between two wars sets neither
// against the other.
//
// Every answer explains itself: each actor's share of weight that agrees with its
// camp, the edges that put it there, the camps each camp opposes, and the frustrated
// edges (supports across camps, opposes within one).
package camps

import "github.com/actorgraph/actorgraph/graph"

// ReportedFactor is how much a reported (hedged, alleged) reading counts beside an
// asserted one.
const ReportedFactor = 0.5

// minConfidence is what a reading of confidence 0 still counts for: the reader found
// it, so it is not nothing.
const minConfidence = 0.05

// Weight is how much an edge counts: each independent document counts once, at its
// surest reading (its confidence, halved when reported), so that five sentences of one
// article weigh no more than the best of them, and five articles weigh five times one.
func Weight(e graph.Edge) float64 {
	if w, ok := oneDocument(e.Evidence); ok {
		return w
	}
	best := map[string]float64{}
	for _, ev := range e.Evidence {
		best[ev.Document] = max(best[ev.Document], reading(ev))
	}
	total := 0.0
	for _, w := range best {
		total += w
	}
	return total
}

// oneDocument returns the weight of evidence that all comes from one document, as most
// edges' does, without the map Weight needs for several.
func oneDocument(ev []graph.Cited) (float64, bool) {
	w := 0.0
	for _, e := range ev {
		if e.Document != ev[0].Document {
			return 0, false
		}
		w = max(w, reading(e))
	}
	return w, true
}

// reading is what one piece of evidence counts for.
func reading(ev graph.Cited) float64 {
	w := max(ev.Confidence, minConfidence)
	if ev.Modality == graph.Reported {
		w *= ReportedFactor
	}
	return w
}

// sign is +1 for the predicates that ally two actors, -1 for the one that sets them
// against each other, 0 for the rest.
func sign(p graph.Predicate) float64 {
	switch p {
	case graph.Supports, graph.Leads:
		return 1
	case graph.Opposes:
		return -1
	}
	return 0
}

// isActor reports whether a node can take a side. Nodes imported from other tools may
// carry no kind; only initiatives are left out.
func isActor(n graph.Node) bool { return n.Kind != graph.KindInitiative }

// nodeKey tells actors from initiatives of the same id.
func nodeKey(n graph.Node) string {
	if n.Kind == graph.KindInitiative {
		return "i:" + n.ID
	}
	return "a:" + n.ID
}
