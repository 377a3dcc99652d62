package eval

import (
	"strings"
	"testing"
)

const gold = `{
  "article": "libya",
  "entities": {
    "turkey": {"kind": "actor", "names": ["Turkey", "Ankara"]},
    "gna": {"kind": "actor", "names": ["Government of National Accord", "GNA"]},
    "haftar": {"kind": "actor", "names": ["Khalifa Haftar", "Haftar"]},
    "lna": {"kind": "actor", "names": ["Libyan National Army", "LNA", "Haftar's forces"]},
    "russia": {"kind": "actor", "names": ["Russia", "Moscow"]},
    "egypt": {"kind": "actor", "names": ["Egypt", "Cairo"]},
    "cairo_declaration": {"kind": "initiative", "names": ["Cairo declaration", "ceasefire proposal"]}
  },
  "relations": [
    {"s": "turkey", "p": "supports", "o": "gna", "why": "Turkey backs the GNA"},
    {"s": "russia", "p": "supports", "o": ["haftar", "lna"], "why": "Russia backs Haftar"},
    {"s": "egypt", "p": "proposes", "o": "cairo_declaration", "why": "Egypt proposed a ceasefire"},
    {"s": "lna", "p": "opposes", "o": "gna", "why": "Haftar's forces attacked the GNA"},
    {"s": "haftar", "p": "leads", "o": "lna", "why": "Haftar's forces"},
    {"s": "gna", "p": "rejects", "o": "cairo_declaration", "why": "the GNA rejected it"},
    {"s": "russia", "p": "opposes", "o": "turkey", "why": "Moscow condemned Ankara"}
  ],
  "optional": [
    {"s": "egypt", "p": "supports", "o": "haftar", "why": "the Egyptian proposal"}
  ]
}`

// system is what an extractor might write: right, wrong, optional and unresolvable
// triples, with labels that resolve exactly, by a name inside them, or by the IRI.
const system = `
<a:turkey> <http://www.w3.org/2000/01/rdf-schema#label> "Turkey" .
<a:gna> <http://www.w3.org/2000/01/rdf-schema#label> "the GNA's" .
<a:sisi> <http://www.w3.org/2000/01/rdf-schema#label> "President of Egypt" .
<a:russia> <http://www.w3.org/2000/01/rdf-schema#label> "Russia" .
<a:haftar> <http://www.w3.org/2000/01/rdf-schema#label> "Khalifa Haftar" .
<a:plan> <http://www.w3.org/2000/01/rdf-schema#label> "Cairo \u201cdeclaration\u201d" .
<a:turkey> <https://w3id.org/actorgraph/ns#supports> <a:gna> <g:doc> .
<a:russia> <https://w3id.org/actorgraph/ns#supports> <a:haftar> .
<a:russia> <https://w3id.org/actorgraph/ns#supports> <a:haftar> .
<a:sisi> <https://w3id.org/actorgraph/ns#supports> <a:haftar> .
<a:gna> <https://w3id.org/actorgraph/ns#opposes> <a:haftar> .
<a:nobody> <https://w3id.org/actorgraph/ns#opposes> <a:gna> .
<a:turkey> <https://w3id.org/actorgraph/ns#opposes> <a:russia> .
<a:gna> <https://w3id.org/actorgraph/ns#proposes> <a:plan> .
<a:plan> <https://w3id.org/actorgraph/ns#mentioned> <a:gna> .
# a comment
`

func TestScore(t *testing.T) {
	g, err := ReadGold([]byte(gold))
	if err != nil {
		t.Fatal(err)
	}
	ex, err := ReadNQuads(strings.NewReader(system))
	if err != nil {
		t.Fatal(err)
	}
	r := Score(g, ex)
	// tp: turkey>gna, russia>haftar (once, though written twice); ignored: egypt>haftar
	// (optional; "President of Egypt" resolves by the name inside it); fp: gna>haftar
	// (no such gold relation), ?nobody>gna, gna>plan (another predicate), turkey>russia
	// (the gold has it the other way)
	want := map[string]Counts{
		"supports": {TP: 2},
		"opposes":  {FP: 3, FN: 2},
		"proposes": {FP: 1, FN: 1},
		"rejects":  {FN: 1},
		"leads":    {FN: 1},
	}
	for p, c := range want {
		if r.Counts[p] != c {
			t.Errorf("%s: %+v, want %+v", p, r.Counts[p], c)
		}
	}
	if r.Relation != (Counts{TP: 2, FP: 4, FN: 4}) {
		t.Errorf("relation counts %+v", r.Relation)
	}
	if len(r.Ignored) != 1 || r.Ignored[0].S != "egypt" {
		t.Errorf("ignored %+v, want egypt supports haftar", r.Ignored)
	}
	if !containsResolved(r.FP, "?<a:nobody>", "opposes", "gna") {
		t.Errorf("false positives %+v lack the unresolved subject, marked with ?", r.FP)
	}
	causes := map[string]Cause{}
	for _, m := range r.Misses {
		causes[m.S[0]+" "+m.P+" "+m.O[0]] = m.Cause
	}
	for k, c := range map[string]Cause{
		"lna opposes gna":                  NoActor,        // the LNA is never named
		"egypt proposes cairo_declaration": NoRelation,     // both found, nothing between them
		"gna rejects cairo_declaration":    WrongPredicate, // proposes read instead
		"russia opposes turkey":            WrongDirection,
	} {
		if causes[k] != c {
			t.Errorf("miss %q: cause %q, want %q", k, causes[k], c)
		}
	}
}

func containsResolved(rs []Resolved, s, p, o string) bool {
	for _, r := range rs {
		if r.S == s && r.P == p && r.O == o {
			return true
		}
	}
	return false
}

func TestReadGoldRejectsBadKeys(t *testing.T) {
	for _, bad := range []string{
		`{"entities": {}, "relations": [{"s": 3, "p": "supports", "o": "x"}]}`,
		`{"entities": {}, "relations": [{"s": "x", "p": "supports", "o": []}]}`,
		`{"entities": {}, "optional": [{"s": "x", "p": "supports", "o": {"k": 1}}]}`,
		`{"entities": [`,
	} {
		if _, err := ReadGold([]byte(bad)); err == nil {
			t.Errorf("ReadGold(%s) gave no error", bad)
		}
	}
}

func TestNorm(t *testing.T) {
	for in, want := range map[string]string{
		"The Government of National Accord": "government of national accord",
		"Haftar\u2019s forces":              "haftar forces",
		"U.S.-backed":                       "u s backed",
		"ＧＮＡ":                               "gna",
		"the  Houthis' leaders":             "houthis leaders",
	} {
		if got := Norm(in); got != want {
			t.Errorf("Norm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadNQuadsNamesTheBadLine(t *testing.T) {
	_, err := ReadNQuads(strings.NewReader("<a> <b> <c> .\nnot a quad\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("err = %v, want one naming line 2", err)
	}
}

func TestPRFConventions(t *testing.T) {
	for _, tt := range []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{}, 1, 1, 1},      // nothing to find, nothing said
		{Counts{FN: 2}, 0, 0, 0}, // nothing said of what there was
		{Counts{FP: 1}, 0, 1, 0}, // something said of nothing
		{Counts{TP: 1, FP: 1, FN: 1}, 0.5, 0.5, 0.5},
	} {
		p, r, f := tt.c.PRF()
		if p != tt.p || r != tt.r || f != tt.f {
			t.Errorf("%+v: %v %v %v, want %v %v %v", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}
