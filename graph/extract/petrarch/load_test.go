package petrarch

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// loaded returns the embedded dictionaries or fails the test.
func loaded(tb testing.TB) *Dictionaries {
	tb.Helper()
	d, err := Load()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return d
}

// findActor returns the first actor of the set with the name, or fails the test.
func findActor(tb testing.TB, set []Actor, name string) *Actor {
	tb.Helper()
	for i := range set {
		if slices.Contains(set[i].Names, name) {
			return &set[i]
		}
	}
	tb.Fatalf("no actor named %q", name)
	return nil
}

func TestLoadCounts(t *testing.T) {
	d := loaded(t)
	verbs, forms, patterns := 0, 0, 0
	for _, b := range d.Verbs.Blocks {
		verbs += len(b.Verbs)
		patterns += len(b.Patterns)
		for _, v := range b.Verbs {
			forms += len(v.Forms)
		}
	}
	tests := []struct {
		name     string
		got, min int
	}{
		{"Countries actors", len(d.Countries), 18000},
		{"International actors", len(d.International), 7500},
		{"MilNonState actors", len(d.NonState), 1000},
		{"agents", len(d.Agents), 3000},
		{"verb blocks", len(d.Verbs.Blocks), 390},
		{"verbs", verbs, 1800},
		{"verb forms", forms, 7000},
		{"patterns", patterns, 4600},
		{"synsets", len(d.Verbs.Synsets), 40},
		{"transformations", len(d.Verbs.Transforms), 8},
		{"predicate rules", len(d.Predicates.Rules()), 80},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got < tt.min {
				t.Errorf("%d, want at least %d", tt.got, tt.min)
			}
		})
	}
	// The four patterns of CAMEO.2.0.txt that use an undefined synset.
	if len(d.Verbs.Ignored) != 4 {
		t.Errorf("Ignored = %v", d.Verbs.Ignored)
	}
	if again := loaded(t); again != d {
		t.Error("a second Load read the files again")
	}
}

func TestLoadLookups(t *testing.T) {
	v := loaded(t).Verbs
	tests := []struct {
		form               string
		lemma, block, code string
	}{
		{"backed", "BACK", "SUPPORT", "050"},
		{"attacked", "ATTACK", "PHYSICAL_CONFLICT", "190"},
		{"CORDONED_OFF", "CORDON OFF", "EXCLUDE", "170"},
		{"endorsed", "ENDORSE", "SUPPORT", "051"},
		{"brokered", "BROKER", "BARGAIN", "045"},
		{"sped", "SPEED", "ACCELERATE", "---"},
		{"wire tapped", "WIRE TAP", "INTERCEPT", "---"},
		{"condemned", "CONDEMN", "BLAME", "111"},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			senses := v.Lookup(tt.form)
			if len(senses) == 0 {
				t.Fatal("not found")
			}
			s := senses[0]
			if s.Lemma != tt.lemma || s.Block.Name != tt.block || s.Code.String() != tt.code || !s.Exact {
				t.Errorf("first sense %s in %s [%s] exact %v, want %s in %s [%s]", s.Lemma, s.Block.Name, s.Code, s.Exact, tt.lemma, tt.block, tt.code)
			}
			if len(s.Patterns) != len(s.Block.Patterns) {
				t.Error("the sense does not carry its block's patterns")
			}
		})
	}
	// "backed" is also the verb word of BACK DOWN, after the whole-form senses.
	senses := v.Lookup("backed")
	if last := senses[len(senses)-1]; last.Exact || last.Lemma != "BACK DOWN" || last.Form.String() != "backed down" {
		t.Errorf("last sense of backed: %+v", last)
	}
}

func TestLoadActors(t *testing.T) {
	d := loaded(t)
	sisi := findActor(t, d.Countries, "ABDEL FATTAH EL SISI")
	if !slices.Contains(sisi.Names, "SISI") || sisi.Code != "EGYELI" || len(sisi.Roles) != 3 {
		t.Errorf("Sisi: %+v", sisi)
	}
	tests := []struct {
		at   time.Time
		want string
	}{
		{date(2020, 6, 6), "EGYGOV"},
		{date(2013, 7, 3), "EGYGOVMIL"},
		{date(2000, 1, 1), "EGYMIL"},
		{date(2014, 4, 1), "EGYELI"},
	}
	for _, tt := range tests {
		t.Run("Sisi "+tt.at.Format(time.DateOnly), func(t *testing.T) {
			if r, ok := sisi.RoleAt(tt.at); !ok || r.Code != tt.want {
				t.Errorf("RoleAt = %q, %v; want %q", r.Code, ok, tt.want)
			}
		})
	}
	c := ParseCode(sisi.Roles[1].Code)
	if c.Country != "EGY" || !slices.Equal(c.Types, []string{"GOV", "MIL"}) {
		t.Errorf("ParseCode(%s) = %+v", sisi.Roles[1].Code, c)
	}

	isil := findActor(t, d.Countries, "ISIL")
	if r, ok := isil.RoleAt(date(2015, 1, 1)); !ok || r.Code != "IMGMUSISI" {
		t.Errorf("ISIL in 2015: %q, %v", r.Code, ok)
	}
	if _, ok := isil.RoleAt(date(2010, 1, 1)); ok {
		t.Error("ISIL coded before 2013")
	}
	hezbollah := findActor(t, d.NonState, "HEZBOLLAH")
	if hezbollah.Code != "LBNREB" {
		t.Errorf("Hezbollah: %q", hezbollah.Code)
	}
	un := findActor(t, d.International, "THE UNITED NATIONS")
	if un.Code != "IGOUNO" || !slices.Equal(ParseCode(un.Code).Types, []string{"IGO", "UNO"}) {
		t.Errorf("UN: %q", un.Code)
	}
	for _, set := range [][]Actor{d.Countries, d.International, d.NonState} {
		for _, a := range set {
			if len(a.Names) == 0 || len(a.Words) != len(a.Names) {
				t.Fatalf("actor on line %d: %d names, %d word lists", a.Line, len(a.Names), len(a.Words))
			}
			for i, ws := range a.Words {
				if len(ws) == 0 || strings.ToLower(strings.Join(ws, " ")) != strings.Join(ws, " ") {
					t.Fatalf("actor on line %d: words %q of %q", a.Line, ws, a.Names[i])
				}
			}
		}
	}
}

func TestLoadAgents(t *testing.T) {
	d := loaded(t)
	find := func(tb testing.TB, word string) *Agent {
		tb.Helper()
		for i, a := range d.Agents {
			if strings.Join(a.Words, " ") == word {
				return &d.Agents[i]
			}
			for _, ws := range a.PluralWords {
				if strings.Join(ws, " ") == word {
					return &d.Agents[i]
				}
			}
		}
		tb.Fatalf("no agent %q", word)
		return nil
	}
	tests := []struct {
		word, code string
	}{
		{"rebels", "~REB"},
		{"militia", "~UAF"},
		{"president", "~GOV"},
		{"foreign minister", "~GOV"},
		{"air force", "~MIL"},
		{"troops", "~MIL"},
		{"police", "~COP"},
		{"congresswomen", "~LEG"},
		{"peacekeeping troops", "IGO~"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if a := find(t, tt.word); a.Code != tt.code {
				t.Errorf("code %q, want %q", a.Code, tt.code)
			}
		})
	}
	if a := find(t, "rebels"); a.Apply("SYR") != "SYRREB" {
		t.Errorf("Apply = %q", a.Apply("SYR"))
	}
}

// TestPredicateTable checks the project's table against the verb dictionary: every code
// the dictionary uses has a deliberate row for both kinds of object, and the choices the
// reader relies on hold.
func TestPredicateTable(t *testing.T) {
	d := loaded(t)
	codes := map[string]bool{}
	add := func(c EventCode) {
		for _, s := range []string{c.Active, c.Passive} {
			if s != "" {
				codes[s] = true
			}
		}
	}
	for _, b := range d.Verbs.Blocks {
		add(b.Code)
		for _, v := range b.Verbs {
			add(v.Code)
		}
		for _, p := range b.Patterns {
			add(p.Code)
		}
	}
	for code := range codes {
		for _, obj := range []Object{ObjectActor, ObjectInitiative} {
			if _, ok := d.Predicates.Lookup(code, obj); !ok {
				t.Errorf("no row for %s with an %s object", code, obj)
			}
		}
	}
	tests := []struct {
		code   string
		object Object
		want   graph.Predicate
	}{
		{"050", ObjectActor, graph.Supports},      // back, support
		{"051", ObjectActor, graph.Supports},      // praise, endorse
		{"051", ObjectInitiative, graph.Endorses}, // welcome the ceasefire
		{"057", ObjectInitiative, graph.Endorses}, // sign the agreement
		{"057", ObjectActor, ""},
		{"020", ObjectInitiative, graph.Proposes}, // propose, call for
		{"036", ObjectInitiative, graph.Proposes}, // seek talks
		{"045", ObjectInitiative, graph.Proposes}, // broker a ceasefire
		{"0356", ObjectInitiative, graph.Endorses},
		{"0871", ObjectInitiative, graph.Endorses}, // declare, observe a ceasefire
		{"080", ObjectInitiative, ""},              // approve and abandon share 080
		{"062", ObjectActor, graph.Supports},       // arm
		{"072", ObjectActor, graph.Supports},       // military aid
		{"073", ObjectActor, ""},                   // humanitarian aid
		{"010", ObjectActor, ""},
		{"111", ObjectActor, graph.Opposes},
		{"1246", ObjectInitiative, graph.Rejects}, // reject the ceasefire
		{"127", ObjectInitiative, graph.Rejects},  // reject the plan
		{"125", ObjectActor, graph.Opposes},
		{"163", ObjectActor, graph.Opposes}, // sanctions
		{"164", ObjectInitiative, graph.Rejects},
		{"150", ObjectActor, ""},
		{"154", ObjectActor, graph.Opposes},
		{"170", ObjectInitiative, ""}, // held talks, enforced the ceasefire
		{"190", ObjectActor, graph.Opposes},
		{"196", ObjectInitiative, graph.Rejects},
		{"202", ObjectActor, graph.Opposes},
	}
	for _, tt := range tests {
		t.Run(tt.code+"/"+string(tt.object), func(t *testing.T) {
			if got := d.Predicates.Predicate(tt.code, tt.object); got != tt.want {
				t.Errorf("%q, want %q", got, tt.want)
			}
		})
	}
}

// BenchmarkLoad measures reading every embedded file, as the first Load does at
// start-up (later calls are free). Run with -cpu 1 for the one-core figure.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}
