package graph

import "testing"

func node(id string) Node { return Node{ID: id, Name: id, Kind: KindState} }

func edge(s string, p Predicate, o string) Edge {
	return Edge{Subject: node(s), Predicate: p, Object: node(o), Evidence: []Cited{{Evidence: Evidence{Sentence: s + " " + string(p) + " " + o}}}}
}

func TestFindCamps(t *testing.T) {
	camps := FindCamps([]Edge{
		edge("turkey", Supports, "gna"),
		edge("un", Supports, "gna"),
		edge("russia", Supports, "haftar"),
		edge("egypt", Supports, "haftar"),
		edge("gna", Opposes, "haftar"),
		edge("haftar", Opposes, "gna"),
		edge("qatar", Supports, "turkey"),
		edge("egypt", Opposes, "russia"), // a quarrel inside a camp
		edge("iceland", Supports, "norway"),
	})
	campOf := map[string]int{}
	for _, a := range camps.Actors {
		campOf[a.Actor.ID] = a.Camp
	}
	if campOf["gna"] == campOf["haftar"] {
		t.Fatal("the GNA and Haftar share a camp")
	}
	for _, id := range []string{"turkey", "un", "qatar"} {
		if campOf[id] != campOf["gna"] {
			t.Errorf("%s not with the GNA", id)
		}
	}
	for _, id := range []string{"russia", "egypt"} {
		if campOf[id] != campOf["haftar"] {
			t.Errorf("%s not with Haftar", id)
		}
	}
	if campOf["iceland"] == campOf["gna"] || campOf["iceland"] == campOf["haftar"] {
		t.Error("an unrelated alliance joined a side")
	}
	if len(camps.BothSides) != 2 || len(camps.Conflicts) != 1 {
		t.Errorf("both sides %v, conflicts %v", camps.BothSides, camps.Conflicts)
	}
	for _, a := range camps.Actors {
		if a.Actor.ID == "russia" {
			found := false
			for _, n := range a.Allies {
				found = found || n.ID == "egypt" // both back Haftar
			}
			if !found {
				t.Errorf("Russia's allies %v lack Egypt", a.Allies)
			}
		}
	}
}
