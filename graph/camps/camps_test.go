package camps

import (
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// rel is one relation read in one document: subject, predicate, object.
type rel struct {
	s string
	p graph.Predicate
	o string
}

// world builds edges from documents, each a list of relations, all asserted at
// confidence 0.8 and dated by the document's date.
type world struct {
	edges map[[3]string]*graph.Edge
	order [][3]string
}

func newWorld() *world { return &world{edges: map[[3]string]*graph.Edge{}} }

func (w *world) doc(id, date string, rels ...rel) *world {
	for i, r := range rels {
		k := [3]string{r.s, string(r.p), r.o}
		e, ok := w.edges[k]
		if !ok {
			e = &graph.Edge{Subject: actor(r.s), Predicate: r.p, Object: actor(r.o)}
			w.edges[k] = e
			w.order = append(w.order, k)
		}
		e.Evidence = append(e.Evidence, graph.Cited{Evidence: graph.Evidence{Document: id, Start: i,
			Sentence: fmt.Sprintf("%s %s %s.", r.s, r.p, r.o), Modality: graph.Asserted, Confidence: 0.8}, Date: date})
	}
	return w
}

func (w *world) all() []graph.Edge {
	out := make([]graph.Edge, 0, len(w.order))
	for _, k := range w.order {
		out = append(out, *w.edges[k])
	}
	return out
}

func actor(id string) graph.Node { return graph.Node{ID: id, Name: id, Kind: graph.KindState} }

const (
	sup = graph.Supports
	opp = graph.Opposes
)

// libya is a small war told in four articles.
func libya(w *world) *world {
	for i := range 4 {
		w.doc(fmt.Sprintf("libya-%d", i), fmt.Sprintf("2020-06-%02d", i+1),
			rel{"turkey", sup, "gna"}, rel{"qatar", sup, "gna"}, rel{"un", sup, "gna"},
			rel{"russia", sup, "haftar"}, rel{"egypt", sup, "haftar"}, rel{"uae", sup, "haftar"},
			rel{"gna", opp, "haftar"}, rel{"haftar", opp, "gna"}, rel{"turkey", opp, "haftar"})
	}
	return w
}

// sudan is another war, with Egypt and the UAE in it too.
func sudan(w *world) *world {
	for i := range 4 {
		w.doc(fmt.Sprintf("sudan-%d", i), fmt.Sprintf("2023-05-%02d", i+1),
			rel{"saf", opp, "rsf"}, rel{"rsf", opp, "saf"}, rel{"egypt", sup, "saf"}, rel{"uae", sup, "rsf"},
			rel{"wagner", sup, "rsf"}, rel{"burhan", graph.Leads, "saf"}, rel{"hemedti", graph.Leads, "rsf"})
	}
	return w
}

func campOf(a Analysis, id string, theatre int) int {
	for _, m := range a.Actors {
		if m.Actor.ID == id && m.Theatre == theatre {
			return m.Camp
		}
	}
	return -1
}

func TestTwoWarsJoinedByOneWrongEdgeStayTwoTheatres(t *testing.T) {
	w := sudan(libya(newWorld()))
	w.doc("sudan-wrong", "2023-05-20", rel{"un", opp, "rsf"}, rel{"saf", opp, "rsf"}) // the UN does not fight the RSF
	a := Find(w.all())
	if len(a.Theatres) != 2 {
		t.Fatalf("%d theatres, want 2: %+v", len(a.Theatres), a.Theatres)
	}
	lib, ok := a.Home("gna")
	sud, ok2 := a.Home("rsf")
	if !ok || !ok2 || lib == sud {
		t.Fatalf("the GNA in theatre %d, the RSF in %d", lib, sud)
	}
	gna, rsf := campOf(a, "gna", lib), campOf(a, "rsf", sud)
	for _, c := range a.Camps {
		if c.ID == gna {
			for _, o := range c.Opposes {
				if o == rsf {
					t.Errorf("the GNA's camp opposes the RSF's: %+v", c)
				}
			}
		}
	}
	if campOf(a, "gna", lib) == campOf(a, "haftar", lib) || campOf(a, "saf", sud) == campOf(a, "rsf", sud) {
		t.Error("the two sides of a war share a camp")
	}
	// Egypt takes part in both wars, on a side in each
	if campOf(a, "egypt", lib) != campOf(a, "haftar", lib) || campOf(a, "egypt", sud) != campOf(a, "saf", sud) {
		t.Errorf("Egypt: camp %d in Libya (Haftar %d), %d in Sudan (SAF %d)", campOf(a, "egypt", lib), campOf(a, "haftar", lib),
			campOf(a, "egypt", sud), campOf(a, "saf", sud))
	}
	only, ok := a.Only(lib)
	if !ok || len(only.Theatres) != 1 || len(only.Camps) != 2 {
		t.Errorf("Libya alone: %d theatres, %d camps, want 1 and 2", len(only.Theatres), len(only.Camps))
	}
}

// dense builds two alliances of n actors each, every member supporting every other
// in k documents, the two leaders opposing each other.
func dense(w *world, n, k int) *world {
	for d := range k {
		var rels []rel
		for _, side := range []string{"a", "b"} {
			for i := range n {
				for j := range n {
					if i != j {
						rels = append(rels, rel{fmt.Sprintf("%s%d", side, i), sup, fmt.Sprintf("%s%d", side, j)})
					}
				}
			}
		}
		for i := range n {
			rels = append(rels, rel{fmt.Sprintf("a%d", i), opp, fmt.Sprintf("b%d", i)})
		}
		w.doc(fmt.Sprintf("war-%d", d), "2024-01-01", rels...)
	}
	return w
}

func TestNoisyEdgeInsideDenseAllianceDoesNotSplitIt(t *testing.T) {
	w := dense(newWorld(), 6, 3)
	w.doc("noise", "2024-02-01", rel{"a0", opp, "a1"})   // a quarrel inside alliance a
	w.doc("noise-2", "2024-02-02", rel{"b2", sup, "a3"}) // one weak edge across
	a := Find(w.all())
	if len(a.Theatres) != 1 || len(a.Camps) != 2 {
		t.Fatalf("%d theatres, %d camps, want 1 and 2: %+v", len(a.Theatres), len(a.Camps), a.Camps)
	}
	for i := range 6 {
		if campOf(a, fmt.Sprintf("a%d", i), 0) != campOf(a, "a0", 0) || campOf(a, fmt.Sprintf("b%d", i), 0) != campOf(a, "b0", 0) {
			t.Errorf("alliance split at member %d", i)
		}
	}
	if campOf(a, "a0", 0) == campOf(a, "b0", 0) {
		t.Error("one weak edge merged the two alliances")
	}
	if len(a.Conflicts) != 2 {
		t.Errorf("conflicts %v, want the quarrel and the edge across", a.Conflicts)
	}
	if c := a.Camps[0]; len(c.Opposes) != 1 || c.Against[0].Weight <= 0 || c.Against[0].Supports <= 0 {
		t.Errorf("camp 0 against %+v", c.Against)
	}
	for _, m := range a.Actors {
		if m.Actor.ID == "a0" && (m.Share >= 1 || m.Share < 0.9 || len(m.Against) != 1 || !m.Conflicted) {
			t.Errorf("a0: share %v, against %v", m.Share, m.Against)
		}
		if m.Actor.ID == "a5" && m.Share < 1-1e-9 {
			t.Errorf("a5: share %v, want 1", m.Share)
		}
	}
}

func TestMixedActorGoesWhereMostWeightLies(t *testing.T) {
	w := dense(newWorld(), 4, 2)
	for d := range 3 {
		w.doc(fmt.Sprintf("x-%d", d), "2024-03-01", rel{"x", sup, "a0"}, rel{"x", sup, "a1"})
	}
	w.doc("x-3", "2024-03-02", rel{"x", sup, "b0"})
	a := Find(w.all())
	if campOf(a, "x", 0) != campOf(a, "a0", 0) {
		t.Fatalf("x in camp %d, a0 in %d", campOf(a, "x", 0), campOf(a, "a0", 0))
	}
	for _, m := range a.Actors {
		if m.Actor.ID == "x" && (m.Share < 0.8 || m.Share > 0.9) {
			t.Errorf("x's share %v, want 6/7", m.Share)
		}
		if m.Actor.ID == "x" && (len(m.Because) != 2 || len(m.Against) != 1 || m.Against[0].Object.ID != "b0") {
			t.Errorf("x because %v, against %v", m.Because, m.Against)
		}
	}
}

func TestNodesWithoutKindTakePart(t *testing.T) {
	w := libya(newWorld())
	edges := w.all()
	for i := range edges {
		edges[i].Subject.Kind, edges[i].Object.Kind = "", ""
	}
	a := Find(edges)
	if len(a.Camps) != 2 || campOf(a, "gna", 0) == campOf(a, "haftar", 0) {
		t.Fatalf("camps of kindless nodes: %+v", a.Camps)
	}
}

func TestCampNames(t *testing.T) {
	a := Find(libya(newWorld()).all())
	names := map[string]bool{}
	for _, c := range a.Camps {
		names[c.Name] = true
	}
	if !names["gna's camp"] || !names["haftar's camp"] {
		t.Errorf("camp names %v", names)
	}
	if a.Camps[0].Against[0].Name == "" || a.Theatres[0].Since != "2020-06-01" || a.Theatres[0].Until != "2020-06-04" {
		t.Errorf("theatre %+v, camp %+v", a.Theatres[0], a.Camps[0])
	}
}

func TestWeight(t *testing.T) {
	ev := func(doc string, c float64, m graph.Modality) graph.Cited {
		return graph.Cited{Evidence: graph.Evidence{Document: doc, Confidence: c, Modality: m}}
	}
	for _, tt := range []struct {
		name string
		ev   []graph.Cited
		want float64
	}{
		{"one document", []graph.Cited{ev("d", 0.8, graph.Asserted)}, 0.8},
		{"one document read twice counts once", []graph.Cited{ev("d", 0.8, graph.Asserted), ev("d", 0.6, graph.Asserted)}, 0.8},
		{"two documents count twice", []graph.Cited{ev("d", 0.8, graph.Asserted), ev("e", 0.6, graph.Asserted)}, 1.4},
		{"reported counts half", []graph.Cited{ev("d", 0.8, graph.Reported)}, 0.4},
		{"confidence 0 still counts a little", []graph.Cited{ev("d", 0, graph.Asserted)}, minConfidence},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Weight(graph.Edge{Evidence: tt.ev}); got < tt.want-1e-9 || got > tt.want+1e-9 {
				t.Errorf("Weight = %v, want %v", got, tt.want)
			}
		})
	}
}
