package petrarch

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Code is an actor code split into its parts (see the package documentation for what
// the parts mean).
type Code struct {
	// Country is the place the code starts with: an ISO 3166-1 alpha-3 country, a CAMEO
	// region or a former state ("EGY" in EGYGOVMIL). It is empty when the code starts
	// with anything else, as international codes do (IGOUNO, NGO, IMGMUSISI).
	Country string
	// Types are the code's other three-letter parts in order: role types ("GOV",
	// "MIL"), organisations ("UNO"), religions, regions after IGO and the like. A code
	// whose length is not a multiple of three ends with a shorter part.
	Types []string
}

// ParseCode splits an actor or agent code into its parts: "EGYGOVMIL" gives
// Code{Country: "EGY", Types: ["GOV", "MIL"]}, "IGOUNOIAE" Code{Types: ["IGO", "UNO",
// "IAE"]}. An agent's '~' is ignored ("~GOVPRS" gives the types GOV and PRS); the null
// code "---" and "" give the zero Code.
func ParseCode(s string) Code {
	s = strings.Trim(strings.TrimSpace(s), "~")
	if s == "" || s == "---" {
		return Code{}
	}
	var c Code
	if len(s) >= 3 && isPlace(s[:3]) {
		c.Country, s = s[:3], s[3:]
	}
	c.Types = parts(s)
	return c
}

// parts cuts a code into three-letter parts, the last one shorter if need be.
func parts(s string) []string {
	var out []string
	for len(s) > 0 {
		n := min(3, len(s))
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

// Has reports whether the code has the type part t ("GOV").
func (c Code) Has(t string) bool {
	for _, p := range c.Types {
		if p == t {
			return true
		}
	}
	return false
}

// String joins the parts again: ParseCode(s).String() == s for codes without '~'.
func (c Code) String() string { return c.Country + strings.Join(c.Types, "") }

//go:embed data/cameo-places.tsv
var placesTSV string

// places maps each three-letter place code of data/cameo-places.tsv to its name. The
// file is embedded and tested, so a malformed one is a build error that panics at first
// use.
var places = sync.OnceValue(func() map[string]string {
	m, err := readPlaces(placesTSV)
	if err != nil {
		panic(err)
	}
	return m
})

func readPlaces(text string) (map[string]string, error) {
	m := make(map[string]string, 320)
	l := lines{text: text}
	for {
		body, _, ok := l.next()
		if !ok {
			break
		}
		f := strings.Split(body, "\t")
		if len(f) != 3 || len(f[0]) != 3 || f[1] == "" {
			return nil, lineErr("cameo-places.tsv", l.n, "want code<TAB>name<TAB>kind, got %q", body)
		}
		switch f[2] {
		case "country", "region", "other":
		default:
			return nil, lineErr("cameo-places.tsv", l.n, "unknown kind %q", f[2])
		}
		if _, dup := m[f[0]]; dup {
			return nil, lineErr("cameo-places.tsv", l.n, "%s listed twice", f[0])
		}
		m[f[0]] = f[1]
	}
	return m, nil
}

func isPlace(code string) bool {
	_, ok := places()[code]
	return ok
}

// PlaceName returns the name of a three-letter place code ("EGY" gives "Egypt", "MEA"
// "Middle East") and whether it is one.
func PlaceName(code string) (string, bool) {
	name, ok := places()[code]
	return name, ok
}

// EventCode is a CAMEO event code as the verb dictionary writes it in brackets. Most are
// one code, the event from the verb's subject (the source) to its object (the target):
// [051]. Some pair it with the code of an event the other way round, from the object to
// the subject, written after a colon: [042:043] says that A visiting B is also B hosting
// A, and [062:062] that military cooperation goes both ways. A code with an empty first
// part has only the reversed event: "A received backing from B" is [:051], B endorsing
// A. (PETRARCH2 calls the two parts the active and the passive meaning.) [---] is the
// null code: the verb alone is no event. One pattern ends its code with '!' ([080!], BACK
// DOWN FROM); PETRARCH2 does not know it and reads the code as 080, so the mark is only
// kept.
type EventCode struct {
	Active  string // subject to object: "042"; "" when none
	Passive string // object to subject: "043"; "" when none
	Bang    bool   // the code ended with '!'
}

// IsNull reports whether the code names no event in either direction.
func (c EventCode) IsNull() bool { return c.Active == "" && c.Passive == "" }

// String writes the code as the dictionary does, without brackets: "042:043", ":051",
// "---".
func (c EventCode) String() string {
	var s string
	switch {
	case c.IsNull():
		s = "---"
	case c.Passive == "":
		s = c.Active
	default:
		s = c.Active + ":" + c.Passive
	}
	if c.Bang {
		s += "!"
	}
	return s
}

var errEmptyCode = errors.New("empty code")

// ParseEventCode reads a CAMEO event code written as in the verb dictionary, with or
// without its brackets: "051", "042:043", ":051", "080!", "---".
func ParseEventCode(s string) (EventCode, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if s == "" {
		return EventCode{}, errEmptyCode
	}
	var c EventCode
	if strings.HasSuffix(s, "!") {
		c.Bang, s = true, s[:len(s)-1]
	}
	active, passive, paired := strings.Cut(s, ":")
	var err error
	if c.Active, err = eventPart(active); err != nil {
		return EventCode{}, fmt.Errorf("event code %q: %w", s, err)
	}
	if paired {
		if c.Passive, err = eventPart(passive); err != nil {
			return EventCode{}, fmt.Errorf("event code %q: %w", s, err)
		}
	}
	return c, nil
}

// eventPart checks one side of an event code: two to four digits, or "---" or nothing
// for none.
func eventPart(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "---" {
		return "", nil
	}
	if len(s) < 2 || len(s) > 4 {
		return "", fmt.Errorf("%q is not a CAMEO code of 2 to 4 digits", s)
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", fmt.Errorf("%q is not a CAMEO code of 2 to 4 digits", s)
		}
	}
	return s, nil
}
