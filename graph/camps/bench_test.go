package camps

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/synth"
)

// BenchmarkCamps measures camps on a graph of 100,000 edges, beside the union-find
// it replaced, in the same run: go test ./graph/camps -bench Camps -benchtime 3x.
func BenchmarkCamps(b *testing.B) {
	edges := synth.Wars(100_000, 1)
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
	a := Find(synth.Wars(20_000, 1))
	if len(a.Theatres) != 4 {
		t.Errorf("%d theatres, want the 4 wars", len(a.Theatres))
	}
	for _, th := range a.Theatres {
		if len(th.Camps) < 2 || th.Frustration > 0.2 {
			t.Errorf("theatre %d (%s): %d camps, frustration %.2f", th.ID, th.Name, len(th.Camps), th.Frustration)
		}
	}
}
