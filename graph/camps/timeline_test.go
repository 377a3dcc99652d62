package camps

import (
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// ethiopia: Fano fights beside the federal army against the TPLF, then against the
// federal army.
func ethiopia() *world {
	w := newWorld()
	for m := 11; m <= 13; m++ {
		for d := range 2 {
			w.doc(fmt.Sprintf("tigray-%d-%d", m, d), fmt.Sprintf("%d-%02d-%02d", 2020+(m-1)/12, (m-1)%12+1, 10+d),
				rel{"endf", opp, "tplf"}, rel{"tplf", opp, "endf"}, rel{"fano", sup, "endf"}, rel{"fano", opp, "tplf"},
				rel{"eritrea", sup, "endf"}, rel{"abiy", graph.Leads, "endf"})
		}
	}
	for m := 4; m <= 5; m++ {
		for d := range 2 {
			w.doc(fmt.Sprintf("amhara-%d-%d", m, d), fmt.Sprintf("2023-%02d-%02d", m, 10+d),
				rel{"fano", opp, "endf"}, rel{"endf", opp, "fano"}, rel{"militia", sup, "fano"}, rel{"abiy", graph.Leads, "endf"},
				rel{"eritrea", sup, "endf"})
		}
	}
	return w
}

func TestSideSwitchShowsInTimeline(t *testing.T) {
	edges := ethiopia().all()
	a := Find(edges)
	th, ok := a.Home("fano")
	if !ok {
		t.Fatal("Fano has no theatre")
	}
	tl, err := a.Timeline(edges, th, "month")
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Steps) != 5 {
		t.Fatalf("%d steps, want 5 months with evidence", len(tl.Steps))
	}
	inStep := func(s StepCamps, id string) int {
		for _, c := range s.Camps {
			for _, m := range c.Members {
				if m.Actor.ID == id {
					return c.Camp
				}
			}
		}
		return -2
	}
	first, last := tl.Steps[0], tl.Steps[len(tl.Steps)-1]
	if first.Since != "2020-11-01" || first.Until != "2020-11-30" {
		t.Errorf("first step %s to %s", first.Since, first.Until)
	}
	if inStep(first, "fano") != inStep(first, "endf") {
		t.Errorf("in %s Fano is in camp %d, the army in %d", first.Since, inStep(first, "fano"), inStep(first, "endf"))
	}
	if inStep(last, "fano") == inStep(last, "endf") {
		t.Errorf("in %s Fano and the army share camp %d", last.Since, inStep(last, "fano"))
	}
	var moved bool
	for _, c := range tl.Changes {
		if c.Actor.ID == "fano" && c.Since == "2023-04-01" && c.From == inStep(first, "endf") {
			moved = true
		}
	}
	if !moved {
		t.Errorf("no change of side for Fano in %+v", tl.Changes)
	}
	if _, err := a.Timeline(edges, th, "fortnight"); err == nil {
		t.Error("a step of a fortnight was accepted")
	}
}
