package petrarch

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

const sampleVerbs = `# CAMEO VERB PATTERN DICTIONARY (sample)
####### SYNONYM SETS #######

&AUXVERB1_
+WAS
+WERE

&CURRENCY
# a comment inside a set
+DOLLAR
+CASH_
+RUPEE
+PENNY

&MILITARY
+ARMY
+TROOPS_
+ARMED_FORCES_

&NEGOTIATION
+TALKS_

####### VERB PATTERNS #######

---  SUPPORT   [050]  ---
BACK
ENDORSE [051]
RECONVENE[---]
- * (BY {ARMOURED CARS})                              [---]         # BACK
- * PLAN                                              [050]         # BACK
- * + &NEGOTIATION                                    [051]         # SUPPORT
- * {&MILITARY AID}                                   [062:062]     # BACK
- * SUPPORT (FROM)                                    [:051]        # GET
- * DOWN (FROM)                                       [080!]        # BACK
- STRONGLY * ATTACK (ON ^)                            ^)[111]       # stray
- SPY_*_DEAL                                          [---]
- $ * (TO/FOR PROTEST) TO_WITHDRAW                    [141]
- % &MILITARY *                                       [062:062]
- * (IN { DEVELOPMENT})                               [071]

---  EXCLUDE   [170]  ---
+CORDON_OFF
WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED  WIRE_+TAPPING }
+COME_UPON {+COMES_UPON, +CAME_UPON, +COMING_UPON} [040]
+ANGERED_BY {}
SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93
HURRY {HURRIES HURRYING HURRIED }
BAN
STOP {STOPS STOPPING STOPPED }  # PAS 97.9.17
- * &WEATHER                                          [---]

---  DISGRACE   [110]---  ---
DENY
AGREE
CANCEL
DIE

~ a (a b ATTACK) SAY = a b 015
~ a (_ b ASSASSINATE) ATTEMPT = a b 185
`

// readVerbs reads an inline verb dictionary or fails the test.
func readVerbs(tb testing.TB, text string) *Verbs {
	tb.Helper()
	v, err := ReadVerbs(strings.NewReader(text), "test.verbs")
	if err != nil {
		tb.Fatalf("ReadVerbs: %v", err)
	}
	return v
}

func TestReadVerbsSynsets(t *testing.T) {
	v := readVerbs(t, sampleVerbs)
	tests := []struct {
		name    string
		members []string
		forms   []string
	}{
		{"AUXVERB1", []string{"was", "were"}, []string{"was", "were"}},
		{"CURRENCY", []string{"dollar", "cash", "rupee", "penny"}, []string{"dollar", "dollars", "cash", "rupee", "rupees", "penny", "pennies"}},
		{"MILITARY", []string{"army", "troops", "armed forces"}, []string{"army", "armies", "troops", "armed forces"}},
		{"NEGOTIATION", []string{"talks"}, []string{"talks"}},
	}
	if len(v.Synsets) != len(tests) {
		t.Errorf("%d synsets, want %d", len(v.Synsets), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := v.Synsets[tt.name]
			if s == nil {
				t.Fatalf("no synset %s", tt.name)
			}
			if !reflect.DeepEqual(s.Members, tt.members) || !reflect.DeepEqual(s.Forms, tt.forms) {
				t.Errorf("Members %q Forms %q, want %q %q", s.Members, s.Forms, tt.members, tt.forms)
			}
		})
	}
}

func TestReadVerbsBlocks(t *testing.T) {
	v := readVerbs(t, sampleVerbs)
	var got []string
	for _, b := range v.Blocks {
		got = append(got, b.Name+" "+b.Code.String())
	}
	if want := []string{"SUPPORT 050", "EXCLUDE 170", "DISGRACE 110"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("blocks %q, want %q", got, want)
	}
	tests := []struct {
		block, lemma string
		head         int
		forms        []string
		code         string
		own          bool
	}{
		{"SUPPORT", "BACK", 0, []string{"back", "backs", "backed", "backing"}, "050", false},
		{"SUPPORT", "ENDORSE", 0, []string{"endorse", "endorses", "endorsed", "endorsing"}, "051", true},
		{"SUPPORT", "RECONVENE", 0, []string{"reconvene", "reconvenes", "reconvened", "reconvening"}, "---", true},
		{"EXCLUDE", "CORDON OFF", 0, []string{"cordon off", "cordons off", "cordoned off", "cordoning off"}, "170", false},
		{"EXCLUDE", "WIRE TAP", 1, []string{"wire tap", "wire taps", "wire tapped", "wire tapping"}, "170", false},
		{"EXCLUDE", "COME UPON", 0, []string{"come upon", "comes upon", "came upon", "coming upon"}, "040", true},
		{"EXCLUDE", "ANGERED BY", 0, []string{"angered by"}, "170", false},
		{"EXCLUDE", "SCRAP", 0, []string{"scrap", "scrapping", "scraps", "scrapped"}, "170", false},
		{"EXCLUDE", "HURRY", 0, []string{"hurry", "hurries", "hurrying", "hurried"}, "170", false},
		{"EXCLUDE", "BAN", 0, []string{"ban", "bans", "banned", "banning"}, "170", false},
		{"EXCLUDE", "STOP", 0, []string{"stop", "stops", "stopping", "stopped"}, "170", false},
		{"DISGRACE", "DENY", 0, []string{"deny", "denies", "denied", "denying"}, "110", false},
		{"DISGRACE", "AGREE", 0, []string{"agree", "agrees", "agreed", "agreeing"}, "110", false},
		{"DISGRACE", "CANCEL", 0, []string{"cancel", "cancels", "canceled", "canceling", "cancelled", "cancelling"}, "110", false},
		{"DISGRACE", "DIE", 0, []string{"die", "dies", "died", "dying"}, "110", false},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			var verb *Verb
			for _, b := range v.Blocks {
				for _, vb := range b.Verbs {
					if b.Name == tt.block && vb.Lemma == tt.lemma {
						verb = vb
					}
				}
			}
			if verb == nil {
				t.Fatalf("no verb %s in %s", tt.lemma, tt.block)
			}
			var forms []string
			for _, f := range verb.Forms {
				forms = append(forms, f.String())
				if f.Head != tt.head {
					t.Errorf("form %q has head %d, want %d", f, f.Head, tt.head)
				}
			}
			if !reflect.DeepEqual(forms, tt.forms) {
				t.Errorf("Forms = %q, want %q", forms, tt.forms)
			}
			if verb.Head != tt.head || verb.Code.String() != tt.code || verb.OwnCode != tt.own || verb.Block.Name != tt.block {
				t.Errorf("head %d code %s own %v block %s", verb.Head, verb.Code, verb.OwnCode, verb.Block.Name)
			}
		})
	}
}

func TestReadVerbsPatterns(t *testing.T) {
	v := readVerbs(t, sampleVerbs)
	word := func(s string) Elem { return Elem{Kind: ElemWord, Text: s} }
	syn := func(s string) Elem { return Elem{Kind: ElemSynset, Text: s} }
	mark := func(s string) Elem { return Elem{Kind: ElemMarker, Text: s} }
	phr := func(es ...Elem) Elem { return Elem{Kind: ElemPhrase, Elems: es} }
	prep := func(p string, es ...Elem) Elem { return Elem{Kind: ElemPrep, Text: p, Elems: es} }
	want := []Pattern{
		{After: []Elem{prep("by", phr(word("armoured"), word("cars")))}, Code: EventCode{}, Comment: "BACK"},
		{After: []Elem{word("plan")}, Code: EventCode{Active: "050"}, Comment: "BACK"},
		{After: []Elem{mark("+"), syn("NEGOTIATION")}, Code: EventCode{Active: "051"}, Comment: "SUPPORT"},
		{After: []Elem{phr(syn("MILITARY"), word("aid"))}, Code: EventCode{Active: "062", Passive: "062"}, Comment: "BACK"},
		{After: []Elem{word("support"), prep("from")}, Code: EventCode{Passive: "051"}, Comment: "GET"},
		{After: []Elem{word("down"), prep("from")}, Code: EventCode{Active: "080", Bang: true}, Comment: "BACK"},
		{Before: []Elem{word("strongly")}, After: []Elem{word("attack"), prep("on", mark("^")), mark("^")}, Code: EventCode{Active: "111"}, Comment: "stray"},
		{Before: []Elem{word("spy")}, After: []Elem{word("deal")}},
		{Before: []Elem{mark("$")}, After: []Elem{prep("to/for", word("protest")), phr(word("to"), word("withdraw"))}, Code: EventCode{Active: "141"}},
		{Before: []Elem{mark("%"), syn("MILITARY")}, Code: EventCode{Active: "062", Passive: "062"}},
		{After: []Elem{prep("in", phr(word("development")))}, Code: EventCode{Active: "071"}},
	}
	got := v.Blocks[0].Patterns
	if len(got) != len(want) {
		t.Fatalf("%d patterns, want %d", len(got), len(want))
	}
	for i := range want {
		t.Run(itoa(i), func(t *testing.T) {
			g := got[i]
			g.Line = 0
			if !reflect.DeepEqual(g, want[i]) {
				t.Errorf("pattern on line %d:\n got %+v\nwant %+v", got[i].Line, g, want[i])
			}
		})
	}
	if !got[2].Has('+') || got[2].Has('$') || !got[8].Has('$') || !got[6].Has('^') {
		t.Error("Has")
	}
	if h := got[3].After[0].Head(); h != "aid" {
		t.Errorf("Head = %q", h)
	}
	if alts := got[8].After[0].Alternatives(); !reflect.DeepEqual(alts, []string{"to", "for"}) {
		t.Errorf("Alternatives = %q", alts)
	}
	// &WEATHER is never defined: its pattern is dropped and listed.
	if n := len(v.Blocks[1].Patterns); n != 0 {
		t.Errorf("EXCLUDE kept %d patterns", n)
	}
	if len(v.Ignored) != 1 || v.Ignored[0].Line != 50 || !strings.Contains(v.Ignored[0].Error(), "&WEATHER") {
		t.Errorf("Ignored = %v", v.Ignored)
	}
}

func TestReadVerbsTransforms(t *testing.T) {
	v := readVerbs(t, sampleVerbs)
	want := []Transform{
		{Source: "a", Inner: TransformEvent{"a", "b", "ATTACK"}, Verb: "SAY", Result: TransformEvent{"a", "b", "015"}, Line: 58},
		{Source: "a", Inner: TransformEvent{"_", "b", "ASSASSINATE"}, Verb: "ATTEMPT", Result: TransformEvent{"a", "b", "185"}, Line: 59},
	}
	if !reflect.DeepEqual(v.Transforms, want) {
		t.Errorf("Transforms = %+v\nwant %+v", v.Transforms, want)
	}
}

func TestLookup(t *testing.T) {
	v := readVerbs(t, sampleVerbs)
	tests := []struct {
		form string
		want []string // lemma/block/code/exact of each sense
	}{
		{"backed", []string{"BACK/SUPPORT/050/true"}},
		{"BACKED", []string{"BACK/SUPPORT/050/true"}},
		{"endorsing", []string{"ENDORSE/SUPPORT/051/true"}},
		{"cordoned off", []string{"CORDON OFF/EXCLUDE/170/true"}},
		{"CORDONED_OFF", []string{"CORDON OFF/EXCLUDE/170/true"}},
		{"  Cordoned   Off ", []string{"CORDON OFF/EXCLUDE/170/true"}},
		{"cordoned", []string{"CORDON OFF/EXCLUDE/170/false"}},
		{"tapped", []string{"WIRE TAP/EXCLUDE/170/false"}},
		{"came upon", []string{"COME UPON/EXCLUDE/040/true"}},
		{"hurried", []string{"HURRY/EXCLUDE/170/true"}},
		{"hurryed", nil},
		{"cancelled", []string{"CANCEL/DISGRACE/110/true"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			var got []string
			for _, s := range v.Lookup(tt.form) {
				got = append(got, strings.Join([]string{s.Lemma, s.Block.Name, s.Code.String(), map[bool]string{true: "true", false: "false"}[s.Exact]}, "/"))
				if len(s.Patterns) != len(s.Block.Patterns) || s.Verb.Block != s.Block {
					t.Errorf("sense %s does not carry its block", s.Lemma)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Lookup(%q) = %q, want %q", tt.form, got, tt.want)
			}
		})
	}
	s := v.Lookup("tapped")[0]
	if !reflect.DeepEqual(s.Form.Before(), []string{"wire"}) || len(s.Form.After()) != 0 || s.Form.Verb() != "tapped" {
		t.Errorf("tapped: before %q after %q verb %q", s.Form.Before(), s.Form.After(), s.Form.Verb())
	}
	s = v.Lookup("cordoned")[0]
	if !reflect.DeepEqual(s.Form.After(), []string{"off"}) {
		t.Errorf("cordoned: after %q", s.Form.After())
	}
	// The result is the caller's.
	r := v.Lookup("backed")
	r[0].Lemma = "CHANGED"
	if v.Lookup("backed")[0].Lemma != "BACK" {
		t.Error("Lookup returned the index's own slice")
	}
}

func TestVerbForms(t *testing.T) {
	tests := map[string][]string{
		"back":    {"backs", "backed", "backing"},
		"support": {"supports", "supported", "supporting"},
		"ban":     {"bans", "banned", "banning"},
		"quit":    {"quits", "quitted", "quitting"},
		"arm":     {"arms", "armed", "arming"},
		"fix":     {"fixes", "fixed", "fixing"},
		"play":    {"plays", "played", "playing"},
		"deny":    {"denies", "denied", "denying"},
		"veto":    {"vetoes", "vetoed", "vetoing"},
		"echo":    {"echoes", "echoed", "echoing"},
		"push":    {"pushes", "pushed", "pushing"},
		"reach":   {"reaches", "reached", "reaching"},
		"die":     {"dies", "died", "dying"},
		"agree":   {"agrees", "agreed", "agreeing"},
		"free":    {"frees", "freed", "freeing"},
		"issue":   {"issues", "issued", "issuing"},
		"visit":   {"visits", "visited", "visiting"},
		"travel":  {"travels", "traveled", "traveling", "travelled", "travelling"},
		"appeal":  {"appeals", "appealed", "appealing"},
		"re-arm":  {"re-arms", "re-armed", "re-arming"},
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got := verbForms(in); !reflect.DeepEqual(got, want) {
				t.Errorf("verbForms(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func TestReadVerbsErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		line int
		msg  string
	}{
		{"pattern before a block", "- * AID [070]\n", 1, "before any verb block"},
		{"verb before a block", "# c\nBACK\n", 2, "before any verb block"},
		{"pattern without code", "--- S [050] ---\n- * AID\n", 2, "without a [code]"},
		{"pattern without star", "--- S [050] ---\n- AID [070]\n", 2, "'*'"},
		{"pattern with two stars", "--- S [050] ---\n- * AID * [070]\n", 2, "two '*'"},
		{"bad pattern code", "--- S [050] ---\n- * AID [07a]\n", 2, "2 to 4 digits"},
		{"unclosed paren", "--- S [050] ---\n- * (FOR AID [070]\n", 2, "without ')'"},
		{"unclosed brace", "--- S [050] ---\n- * {FOR AID [070]\n", 2, "without '}'"},
		{"empty braces", "--- S [050] ---\n- * {} [070]\n", 2, "empty {}"},
		{"paren without preposition", "--- S [050] ---\n- * () [070]\n", 2, "without a preposition"},
		{"bad block code", "--- S [5x] ---\n", 1, "2 to 4 digits"},
		{"block without name", "--- [050] ---\n", 1, "without a name"},
		{"verb with blanks", "--- S [050] ---\nBACK UP\n", 2, "has blanks"},
		{"verb with two plus", "--- S [050] ---\n+BACK_+UP\n", 2, "two words"},
		{"unclosed forms", "--- S [050] ---\nSEE {SAW SEEN\n", 2, "without '}'"},
		{"text after code", "--- S [050] ---\nSEE [010] x\n", 2, "after the code"},
		{"form without plus", "--- S [050] ---\n+COME_UPON {CAME_UPON_IT}\n", 2, "does not mark"},
		{"duplicate synset", "&A\n+X\n&A\n+Y\n", 3, "defined twice"},
		{"bad transform", "~ a (a b ATTACK SAY = a b 015\n", 1, "transformation"},
		{"transform without result", "~ a (a b ATTACK) SAY\n", 1, "without '='"},
		{"short transform", "~ a (a b ATTACK) SAY = a 015\n", 1, "is not"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadVerbs(strings.NewReader(tt.text), "x.verbs")
			var le *LineError
			if !errors.As(err, &le) || le.Line != tt.line || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %v, want x.verbs:%d: ...%s...", err, tt.line, tt.msg)
			}
		})
	}
}
