package camps

import (
	"cmp"
	"slices"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// Steps are the lengths of time a timeline can be cut into.
var Steps = []string{"week", "month", "quarter", "year"}

// MaxSteps bounds the steps of a timeline: a longer one needs a longer step.
const MaxSteps = 600

// Timeline is which camp each actor of a theatre was in, step by step: the camps of
// each step are found from that step's evidence alone, and named after the camps of
// the whole period they match best, so that an actor changing sides shows as a change
// of camp number.
type Timeline struct {
	Theatre int         `json:"theatre"`
	Step    string      `json:"step"`
	Steps   []StepCamps `json:"steps"`
	// Changes lists each actor's moves from one camp to another between the steps
	// it appears in, in order of time.
	Changes []Change `json:"changes"`
}

// StepCamps is the camps of one step.
type StepCamps struct {
	Since string     `json:"since"` // the step's first day
	Until string     `json:"until"` // its last day
	Camps []StepCamp `json:"camps"`
}

// StepCamp is one camp of a step.
type StepCamp struct {
	// Camp is the camp of the whole period this one matches (most of its members'
	// weight), or -1 when each such camp matches another of the step better.
	Camp    int          `json:"camp"`
	Name    string       `json:"name"`
	Members []StepMember `json:"members"`
}

// StepMember is an actor in a step's camp, with its share.
type StepMember struct {
	Actor graph.Node `json:"actor"`
	Share float64    `json:"share"`
}

// Change is an actor moving between camps from one step to the next it appears in.
type Change struct {
	Actor    graph.Node `json:"actor"`
	Since    string     `json:"since"` // the first day of the step it appears in its new camp
	From     int        `json:"from"`
	FromName string     `json:"from_name"`
	To       int        `json:"to"`
	ToName   string     `json:"to_name"`
}

// stepStart returns the first day of the step holding day.
func stepStart(day time.Time, step string) time.Time {
	switch step {
	case "week":
		return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7)) // back to Monday
	case "quarter":
		return time.Date(day.Year(), day.Month()-(day.Month()-1)%3, 1, 0, 0, 0, 0, time.UTC)
	case "year":
		return time.Date(day.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// stepEnd returns the first day of the step after the one starting at start.
func stepEnd(start time.Time, step string) time.Time {
	switch step {
	case "week":
		return start.AddDate(0, 0, 7)
	case "quarter":
		return start.AddDate(0, 3, 0)
	case "year":
		return start.AddDate(1, 0, 0)
	}
	return start.AddDate(0, 1, 0)
}

// stepEdges cuts a theatre's dated evidence into steps: the edges of each step, by
// the step's first day.
func (a Analysis) stepEdges(edges []graph.Edge, theatre int, step string) (map[time.Time][]graph.Edge, error) {
	steps := map[time.Time][]graph.Edge{}
	for _, e := range edges {
		parts := map[time.Time][]graph.Cited{}
		for _, ev := range e.Evidence {
			day, err := time.Parse(time.DateOnly, ev.Date)
			if err != nil || a.docs[ev.Document] != theatre {
				continue // undated evidence has no place in time
			}
			s := stepStart(day, step)
			parts[s] = append(parts[s], ev)
		}
		for s, ev := range parts {
			part := e
			part.Evidence = ev
			steps[s] = append(steps[s], part)
		}
		if len(steps) > MaxSteps {
			return nil, graph.Invalidf("the timeline would have more than %d steps of a %s: take a longer step", MaxSteps, step)
		}
	}
	return steps, nil
}

// Timeline cuts the evidence of a theatre into steps (week, month, quarter or year)
// and gives the camps of each. edges must be those the analysis was made from.
func (a Analysis) Timeline(edges []graph.Edge, theatre int, step string) (Timeline, error) {
	if !slices.Contains(Steps, step) {
		return Timeline{}, graph.Invalidf("step must be one of %v, got %q", Steps, step)
	}
	if theatre < 0 || theatre >= len(a.Theatres) {
		return Timeline{Theatre: theatre, Step: step, Steps: []StepCamps{}, Changes: []Change{}}, nil
	}
	steps, err := a.stepEdges(edges, theatre, step)
	if err != nil {
		return Timeline{}, err
	}
	starts := make([]time.Time, 0, len(steps))
	for s := range steps {
		starts = append(starts, s)
	}
	slices.SortFunc(starts, func(x, y time.Time) int { return x.Compare(y) })
	out := Timeline{Theatre: theatre, Step: step, Steps: []StepCamps{}, Changes: []Change{}}
	last := map[string]int{} // actor id -> its camp at the last step it appeared in
	for _, s := range starts {
		sc := a.stepCamps(steps[s], theatre)
		sc.Since, sc.Until = s.Format(time.DateOnly), stepEnd(s, step).AddDate(0, 0, -1).Format(time.DateOnly)
		out.Changes = append(out.Changes, a.changes(sc, last)...)
		out.Steps = append(out.Steps, sc)
	}
	return out, nil
}

// changes lists the actors of a step whose camp differs from the last step they
// appeared in, and records their camps.
func (a Analysis) changes(sc StepCamps, last map[string]int) []Change {
	var out []Change
	for _, c := range sc.Camps {
		for _, m := range c.Members {
			prev, seen := last[m.Actor.ID]
			if seen && prev != c.Camp {
				out = append(out, Change{Actor: m.Actor, Since: sc.Since, From: prev, FromName: a.campName(prev, ""),
					To: c.Camp, ToName: c.Name})
			}
			last[m.Actor.ID] = c.Camp
		}
	}
	return out
}

func (a Analysis) campName(id int, otherwise string) string {
	if id >= 0 && id < len(a.Camps) {
		return a.Camps[id].Name
	}
	if otherwise == "" {
		return "a camp of its own"
	}
	return otherwise
}

// stepCamps finds the camps of one step and matches each to a camp of the whole
// period: the pairs that share the most weight first, each camp matched once.
func (a Analysis) stepCamps(edges []graph.Edge, theatre int) StepCamps {
	g := newSigned(edges)
	comm := g.partition()
	whole := map[string]int{}
	for _, m := range a.Actors {
		if m.Theatre == theatre {
			whole[m.Actor.ID] = m.Camp
		}
	}
	overlap := map[[2]int]float64{} // (step camp, camp of the whole) -> weight
	n := 0
	for i, c := range comm {
		n = max(n, c+1)
		if w, ok := whole[g.nodes[i].ID]; ok {
			overlap[[2]int{c, w}] += g.strength(i)
		}
	}
	pairs := make([][2]int, 0, len(overlap))
	for p := range overlap {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(x, y [2]int) int {
		return cmp.Or(cmp.Compare(overlap[y], overlap[x]), cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	})
	match, taken := map[int]int{}, map[int]bool{}
	for _, p := range pairs {
		if _, ok := match[p[0]]; !ok && !taken[p[1]] {
			match[p[0]], taken[p[1]] = p[1], true
		}
	}
	members := make([][]int, n)
	for i, c := range comm {
		members[c] = append(members[c], i)
	}
	out := StepCamps{Camps: []StepCamp{}}
	for c, ms := range members {
		id, ok := match[c]
		if !ok {
			id = -1
		}
		sc := StepCamp{Camp: id, Members: []StepMember{}}
		for _, i := range g.sortedNodes(ms) {
			sc.Members = append(sc.Members, StepMember{Actor: g.nodes[i], Share: ratio(g.agreement(i, comm), g.strength(i))})
		}
		sc.Name = a.campName(id, campName(sc.Members[0].Actor))
		out.Camps = append(out.Camps, sc)
	}
	slices.SortStableFunc(out.Camps, func(x, y StepCamp) int {
		return cmp.Compare(uint(x.Camp), uint(y.Camp)) // matched camps in order, -1 last
	})
	return out
}
