package petrarch

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Object says what a verb's object is, which decides the predicate an event code means:
// backing an actor is supporting it, backing a plan is endorsing it.
type Object string

// The two kinds of object.
const (
	ObjectActor      Object = "actor"      // a state, group, body or person
	ObjectInitiative Object = "initiative" // a proposal, plan, ceasefire, talks, agreement
)

// PredicateRule is a row of the predicate table: the event codes starting with Prefix,
// whose verb has an object of kind Object, mean Predicate ("" for no relation, written
// "-").
type PredicateRule struct {
	Prefix    string
	Object    Object
	Predicate graph.Predicate
	Note      string
	Line      int
}

// PredicateMap maps CAMEO event codes to actorgraph's predicates (data/cameo-predicates.tsv
// is the project's).
type PredicateMap struct {
	rules []PredicateRule
	index map[ruleKey]int
}

type ruleKey struct {
	prefix string
	object Object
}

// Rules returns the table's rows in file order.
func (m *PredicateMap) Rules() []PredicateRule { return slices.Clone(m.rules) }

// Lookup returns the row whose prefix is the longest that starts code, among the rows
// for the object's kind, and false when none does. code is one side of an EventCode:
// "051". An EventCode's Active part relates the verb's subject to its object; its
// Passive part the object to the subject, so that "A received backing from B" ([:051])
// is B supporting A.
func (m *PredicateMap) Lookup(code string, object Object) (PredicateRule, bool) {
	for n := len(code); n > 0; n-- {
		if i, ok := m.index[ruleKey{code[:n], object}]; ok {
			return m.rules[i], true
		}
	}
	return PredicateRule{}, false
}

// Predicate returns the predicate code means for the object's kind, "" for none.
func (m *PredicateMap) Predicate(code string, object Object) graph.Predicate {
	r, _ := m.Lookup(code, object)
	return r.Predicate
}

// ReadPredicateMap reads a predicate table: lines
//
//	code-prefix<TAB>object<TAB>predicate<TAB>note
//
// where code-prefix is one to four digits of a CAMEO event code, object "actor" or
// "initiative", predicate one of supports and opposes for actors, proposes, endorses and
// rejects for initiatives, or "-" for no relation, and note says why (it is required).
// '#' starts a comment. A prefix may have one row per object. Errors are *LineError.
func ReadPredicateMap(r io.Reader, name string) (*PredicateMap, error) {
	text, err := readAll(r, name)
	if err != nil {
		return nil, err
	}
	return parsePredicateMap(text, name)
}

func parsePredicateMap(text, name string) (*PredicateMap, error) {
	m := &PredicateMap{index: map[ruleKey]int{}}
	l := lines{text: text}
	for {
		body, _, ok := l.next()
		if !ok {
			break
		}
		rule, err := parseRule(body)
		if err != nil {
			return nil, &LineError{Name: name, Line: l.n, Err: err}
		}
		rule.Line = l.n
		k := ruleKey{rule.Prefix, rule.Object}
		if i, dup := m.index[k]; dup {
			return nil, lineErr(name, l.n, "%s for %s already given on line %d", rule.Prefix, rule.Object, m.rules[i].Line)
		}
		m.index[k] = len(m.rules)
		m.rules = append(m.rules, rule)
	}
	if l.err != nil {
		return nil, &LineError{Name: name, Line: l.n, Err: l.err}
	}
	return m, nil
}

func parseRule(line string) (PredicateRule, error) {
	f := strings.Split(strings.TrimRight(line, " "), "\t")
	if len(f) != 4 {
		return PredicateRule{}, fmt.Errorf("want 4 tab-separated fields, got %d", len(f))
	}
	r := PredicateRule{Prefix: f[0], Object: Object(f[1]), Note: strings.TrimSpace(f[3])}
	if len(r.Prefix) < 1 || len(r.Prefix) > 4 || strings.Trim(r.Prefix, "0123456789") != "" {
		return PredicateRule{}, fmt.Errorf("code prefix %q is not 1 to 4 digits", r.Prefix)
	}
	if r.Object != ObjectActor && r.Object != ObjectInitiative {
		return PredicateRule{}, fmt.Errorf("object %q is neither actor nor initiative", f[1])
	}
	if r.Note == "" {
		return PredicateRule{}, errors.New("row without a note")
	}
	if f[2] == "-" {
		return r, nil
	}
	p, err := graph.ParsePredicate(f[2])
	if err != nil {
		return PredicateRule{}, err
	}
	switch {
	case r.Object == ObjectActor && p != graph.Supports && p != graph.Opposes:
		return PredicateRule{}, fmt.Errorf("%s relates an actor to an initiative, not to an actor", p)
	case r.Object == ObjectInitiative && !p.ToInitiative():
		return PredicateRule{}, fmt.Errorf("%s does not relate an actor to an initiative", p)
	}
	r.Predicate = p
	return r, nil
}
