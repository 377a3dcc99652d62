package camps

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// manyWars builds a graph of about n distinct edges: wars of 200 actors in two camps,
// told in reports of ten relations each, one in ten relations going against the
// camps, and a dozen outside powers taking part in every war.
func manyWars(n int, seed uint64) []graph.Edge {
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

// BenchmarkCamps measures camps on a graph of 100,000 edges, beside the union-find
// it replaced, in the same run: go test ./graph/camps -bench Camps -benchtime 3x.
func BenchmarkCamps(b *testing.B) {
	edges := manyWars(100_000, 1)
	b.Run("signed-louvain", func(b *testing.B) {
		for b.Loop() {
			a := Find(edges)
			b.ReportMetric(float64(len(a.Theatres)), "theatres")
			b.ReportMetric(float64(len(a.Camps)), "camps")
		}
	})
	b.Run("union-find", func(b *testing.B) {
		for b.Loop() {
			c := graph.FindCamps(edges)
			b.ReportMetric(float64(len(c.Camps)), "camps")
		}
	})
}

func TestManyWarsAreTheatres(t *testing.T) {
	a := Find(manyWars(20_000, 1))
	if len(a.Theatres) != 4 {
		t.Errorf("%d theatres, want the 4 wars", len(a.Theatres))
	}
	for _, th := range a.Theatres {
		if len(th.Camps) < 2 || th.Frustration > 0.2 {
			t.Errorf("theatre %d (%s): %d camps, frustration %.2f", th.ID, th.Name, len(th.Camps), th.Frustration)
		}
	}
}
