package petrarch

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

const sampleAgents = `<!-- PETRARCH VALIDATION SUITE AGENTS DICTIONARY -->
# ======== SUBSTITUTION SETS ========
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES

REBEL [~REB]
PARLIAMENTARY_OPPOSITION {} [~OPP] #jap 11 Oct 2002
FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01
ENVOY [~GOV]
MILITIA [~UAF]
ARMY [~MIL]
WITNESS [~CVL]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG] # mj 05 Jan 2006
THIEF {THIEVES, ROBBERS } [~CRM]
HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001
CONGRESS!PERSON! [~LEG]
HUSBAND!PERSON![~AGR]
!MINIST! OF_THE_FINANCE_AD!MINIST!RATION [~GOV]
GEN. [~MIL]
DEPARMENT_OF_ENVIRONMENT [~ENV}
ISLAMIC_EXTREMIST
`

func TestReadAgents(t *testing.T) {
	agents, err := ReadAgents(strings.NewReader(sampleAgents), "test.agents")
	if err != nil {
		t.Fatal(err)
	}
	byPhrase := map[string]Agent{}
	for _, a := range agents {
		byPhrase[a.Phrase] = a
	}
	tests := []struct {
		phrase  string
		words   []string
		plurals []string
		code    string
		types   []string
		prefix  bool
		line    int
	}{
		{phrase: "REBEL", words: []string{"rebel"}, plurals: []string{"REBELS"}, code: "~REB", types: []string{"REB"}, line: 6},
		{phrase: "PARLIAMENTARY OPPOSITION", words: []string{"parliamentary", "opposition"}, code: "~OPP", types: []string{"OPP"}, line: 7},
		{phrase: "FOREIGN MINISTER", words: []string{"foreign", "minister"}, plurals: []string{"FOREIGN MINISTERS"}, code: "~GOVFRM", types: []string{"GOV", "FRM"}, line: 8},
		{phrase: "ENVOY", plurals: []string{"ENVOYS"}, code: "~GOV", types: []string{"GOV"}, line: 9},
		{phrase: "MILITIA", plurals: []string{"MILITIAS"}, code: "~UAF", types: []string{"UAF"}, line: 10},
		{phrase: "ARMY", plurals: []string{"ARMIES"}, code: "~MIL", types: []string{"MIL"}, line: 11},
		{phrase: "WITNESS", plurals: []string{"WITNESSES"}, code: "~CVL", types: []string{"CVL"}, line: 12},
		{phrase: "ATTORNEY GENERAL", plurals: []string{"ATTORNEYS GENERAL"}, code: "~GOVATG", types: []string{"GOV", "ATG"}, line: 13},
		{phrase: "THIEF", plurals: []string{"THIEVES", "ROBBERS"}, code: "~CRM", types: []string{"CRM"}, line: 14},
		{phrase: "HUMAN RIGHTS BODY", plurals: []string{"HUMAN RIGHTS BODIES"}, code: "NGO~", types: []string{"NGO"}, prefix: true, line: 15},
		{phrase: "CONGRESSMAN", code: "~LEG", types: []string{"LEG"}, line: 16},
		{phrase: "CONGRESSWOMEN", code: "~LEG", types: []string{"LEG"}, line: 16},
		{phrase: "CONGRESSPERSON", code: "~LEG", types: []string{"LEG"}, line: 16},
		{phrase: "HUSBANDMAN", code: "~AGR", types: []string{"AGR"}, line: 17},
		{phrase: "MINISTRIES OF THE FINANCE ADMINISTRATION", code: "~GOV", types: []string{"GOV"}, line: 18},
		{phrase: "GEN.", code: "~MIL", types: []string{"MIL"}, line: 19},
		{phrase: "DEPARMENT OF ENVIRONMENT", plurals: []string{"DEPARMENT OF ENVIRONMENTS"}, code: "~ENV", types: []string{"ENV"}, line: 20},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			a, ok := byPhrase[tt.phrase]
			if !ok {
				t.Fatalf("no agent %q", tt.phrase)
			}
			if tt.words != nil && !reflect.DeepEqual(a.Words, tt.words) {
				t.Errorf("Words = %q, want %q", a.Words, tt.words)
			}
			if !reflect.DeepEqual(a.Plurals, tt.plurals) {
				t.Errorf("Plurals = %q, want %q", a.Plurals, tt.plurals)
			}
			if len(a.PluralWords) != len(a.Plurals) {
				t.Errorf("%d plural word lists for %d plurals", len(a.PluralWords), len(a.Plurals))
			}
			if a.Code != tt.code || !reflect.DeepEqual(a.Types, tt.types) || a.Prefix != tt.prefix || a.Line != tt.line {
				t.Errorf("got %s %q prefix %v line %d, want %s %q prefix %v line %d",
					a.Code, a.Types, a.Prefix, a.Line, tt.code, tt.types, tt.prefix, tt.line)
			}
		})
	}
	// 5 substitutions for CONGRESS!PERSON! and for HUSBAND!PERSON!, 4 for !MINIST!, and the
	// code-less ISLAMIC_EXTREMIST skipped.
	if want := 10 + 5 + 5 + 4 + 2; len(agents) != want {
		t.Errorf("read %d agents, want %d", len(agents), want)
	}
	if _, ok := byPhrase["ISLAMIC EXTREMIST"]; ok {
		t.Error("an agent without a code was read")
	}
}

func TestAgentApply(t *testing.T) {
	tests := []struct {
		code, actor, want string
	}{
		{"~REB", "SYR", "SYRREB"},
		{"~GOVFRM", "EGY", "EGYGOVFRM"},
		{"IGO~", "SYR", "IGOSYR"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			a := Agent{Code: tt.code, Prefix: strings.HasSuffix(tt.code, "~")}
			if got := a.Apply(tt.actor); got != tt.want {
				t.Errorf("Apply(%q) = %q, want %q", tt.actor, got, tt.want)
			}
		})
	}
}

func TestReadAgentsErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		line int
		msg  string
	}{
		{"unclosed code", "REBEL [~REB\n", 1, "without ']'"},
		{"code without tilde", "REBEL [REB]\n", 1, "not ~CODE or CODE~"},
		{"code with two tildes", "REBEL [~REB~]\n", 1, "not ~CODE or CODE~"},
		{"empty code", "# c\nREBEL [~]\n", 2, "not ~CODE or CODE~"},
		{"unclosed braces", "THIEF {THIEVES [~CRM]\n", 1, "without '}'"},
		{"text after the code", "REBEL [~REB] x\n", 1, "after the code"},
		{"undefined marker", "CONGRESS!PERSON! [~LEG]\n", 1, "not defined"},
		{"unclosed marker", "!PERSON! = MAN\nCONGRESS!PERSON [~LEG]\n", 2, "not closed"},
		{"bad marker definition", "!PERSON = MAN\n", 1, "not !NAME!"},
		{"empty marker definition", "!PERSON! = ,\n", 1, "no words"},
		{"plurals with a marker", "!P! = MAN\nX!P! {XS} [~LEG]\n", 2, "substitution marker"},
		{"empty phrase", "_ [~REB]\n", 1, "empty phrase"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAgents(strings.NewReader(tt.text), "x.agents")
			var le *LineError
			if !errors.As(err, &le) || le.Line != tt.line || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %v, want x.agents:%d: ...%s...", err, tt.line, tt.msg)
			}
		})
	}
}
