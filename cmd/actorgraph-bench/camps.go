package main

import (
	"fmt"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/camps"
	"github.com/actorgraph/actorgraph/graph/synth"
)

// benchCamps measures the camps of a graph of many wars (theatres, then signed
// Louvain in each) beside the union-find over supports edges they replaced, on the
// same edges in the same run: the best of three runs each.
func benchCamps(c *config, t *table) error {
	if c.campEdges == 0 {
		return nil
	}
	edges := synth.Wars(c.campEdges, 1)
	best := func(f func()) time.Duration {
		var b time.Duration
		for i := range 3 {
			start := time.Now()
			f()
			if d := time.Since(start); i == 0 || d < b {
				b = d
			}
		}
		return b
	}
	var a camps.Analysis
	ours := best(func() { a = camps.Find(edges) })
	var old graph.Camps
	base := best(func() { old = graph.FindCamps(edges) })
	t.row(fmt.Sprintf("camps of %s edges (%d theatres, %d camps)", count(len(edges)), len(a.Theatres), len(a.Camps)),
		ours.Round(time.Millisecond).String(),
		fmt.Sprintf("union-find (%d camps): %s", len(old.Camps), base.Round(time.Millisecond)),
		ratio(float64(ours), float64(base)))
	return nil
}
