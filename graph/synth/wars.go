package synth

import (
	"fmt"
	"math/rand/v2"

	"github.com/actorgraph/actorgraph/graph"
)

// Wars builds a graph of about n distinct edges between actors, with their evidence,
// for measuring camps: wars of 200 actors in two camps (even and odd), one war for
// every 5,000 edges, told in reports of ten relations each, one relation in ten going
// against the camps, and a dozen outside powers taking part in several wars. The same
// seed gives the same graph.
func Wars(n int, seed uint64) []graph.Edge {
	rng := rand.New(rand.NewPCG(seed, seed))
	const perWar, perDoc, hubs = 200, 10, 12
	wars := max(1, n/5000)
	edges := map[[3]string]*graph.Edge{}
	var order [][3]string
	name := func(war, i int) string {
		if i < hubs/2 {
			return fmt.Sprintf("power-%d", (war+i)%hubs)
		}
		return fmt.Sprintf("war-%d-actor-%d", war, i)
	}
	for d := 0; len(order) < n; d++ {
		war := d % wars
		doc := fmt.Sprintf("report-%06d", d)
		date := fmt.Sprintf("20%02d-%02d-01", 10+d%10, 1+d%12)
		for k := range perDoc {
			a, b := rng.IntN(perWar), rng.IntN(perWar)
			if a == b {
				continue
			}
			p := graph.Supports
			if (a%2 == b%2) == (rng.IntN(10) == 0) {
				p = graph.Opposes
			}
			key := [3]string{name(war, a), string(p), name(war, b)}
			e, ok := edges[key]
			if !ok {
				e = &graph.Edge{Subject: graph.Node{ID: key[0], Name: key[0], Kind: graph.KindGroup}, Predicate: p,
					Object: graph.Node{ID: key[2], Name: key[2], Kind: graph.KindGroup}}
				edges[key] = e
				order = append(order, key)
			}
			e.Evidence = append(e.Evidence, graph.Cited{Evidence: graph.Evidence{Document: doc, Start: k, Modality: graph.Asserted,
				Confidence: 0.5 + rng.Float64()/2}, Date: date})
		}
	}
	out := make([]graph.Edge, 0, len(order))
	for _, k := range order {
		out = append(out, *edges[k])
	}
	return out
}
