package petrarch

import (
	"errors"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

const samplePredicates = "# comment\n" +
	"05\tactor\tsupports\tdiplomatic cooperation\n" +
	"05\tinitiative\tendorses\tdiplomatic cooperation on a plan\n" +
	"057\tactor\t-\tsigning with an actor\n" +
	"0571\tinitiative\t-\ta deeper row\n" +
	"19\tactor\topposes\tfight  \n"

func TestReadPredicateMap(t *testing.T) {
	m, err := ReadPredicateMap(strings.NewReader(samplePredicates), "test.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code   string
		object Object
		want   graph.Predicate
		prefix string // of the row found, "" for none
	}{
		{"051", ObjectActor, graph.Supports, "05"},
		{"051", ObjectInitiative, graph.Endorses, "05"},
		{"057", ObjectActor, "", "057"},
		{"057", ObjectInitiative, graph.Endorses, "05"},
		{"0571", ObjectInitiative, "", "0571"},
		{"0572", ObjectInitiative, graph.Endorses, "05"},
		{"190", ObjectActor, graph.Opposes, "19"},
		{"190", ObjectInitiative, "", ""},
		{"010", ObjectActor, "", ""},
		{"", ObjectActor, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.code+"/"+string(tt.object), func(t *testing.T) {
			r, ok := m.Lookup(tt.code, tt.object)
			if ok != (tt.prefix != "") || r.Prefix != tt.prefix || r.Predicate != tt.want {
				t.Errorf("Lookup = %+v, %v; want prefix %q predicate %q", r, ok, tt.prefix, tt.want)
			}
			if got := m.Predicate(tt.code, tt.object); got != tt.want {
				t.Errorf("Predicate = %q, want %q", got, tt.want)
			}
		})
	}
	rules := m.Rules()
	if len(rules) != 5 || rules[4].Note != "fight" || rules[4].Line != 6 {
		t.Errorf("Rules = %+v", rules)
	}
}

func TestReadPredicateMapErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		line int
		msg  string
	}{
		{"three fields", "05\tactor\tsupports\n", 1, "4 tab-separated fields"},
		{"bad prefix", "5a\tactor\tsupports\tn\n", 1, "1 to 4 digits"},
		{"long prefix", "05111\tactor\tsupports\tn\n", 1, "1 to 4 digits"},
		{"bad object", "05\tperson\tsupports\tn\n", 1, "neither actor nor initiative"},
		{"unknown predicate", "05\tactor\tlikes\tn\n", 1, "unknown predicate"},
		{"initiative predicate for an actor", "05\tactor\tendorses\tn\n", 1, "not to an actor"},
		{"actor predicate for an initiative", "05\tinitiative\tsupports\tn\n", 1, "does not relate an actor to an initiative"},
		{"leads is not a CAMEO relation", "05\tactor\tleads\tn\n", 1, "not to an actor"},
		{"no note", "05\tactor\tsupports\t \n", 1, "without a note"},
		{"duplicate", "05\tactor\tsupports\tn\n05\tactor\t-\tm\n", 2, "already given on line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPredicateMap(strings.NewReader(tt.text), "x.tsv")
			var le *LineError
			if !errors.As(err, &le) || le.Line != tt.line || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %v, want x.tsv:%d: ...%s...", err, tt.line, tt.msg)
			}
		})
	}
}
