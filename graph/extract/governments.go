package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// A state's government is an actor of its own where the article speaks of it: "the
// government", "Yemen's government", "Syrian government troops", "the regime", "Assad's
// government". It is named after the state ("Yemeni government"), or it is the body the
// article names as such ("the Government of National Accord"); "the government" and
// "the army" without a state are the government of the state the article speaks of
// most, and the leader a title gives that state leads its government.

// findGovernments makes the governments the article speaks of, before mentions are
// read.
func (a *article) findGovernments() {
	a.findJuntaState()
	a.findCommandedArmies()
	for _, s := range a.sents {
		for i := range s.toks {
			if s.tag[i] != "NOUN" || !a.lex.in("government", s.lemma[i]) {
				continue
			}
			if st := a.governedState(s, i); st != nil && st.gov == nil {
				a.makeGovernment(st)
			}
		}
	}
}

// findCommandedArmies makes, before mentions are read, the army of a state that the
// article gives a commander of its own ("the army, led by General Abdel Fattah
// al-Burhan", "Sudan's army, commanded by X"): an actor apart from the state's
// government, which "the army" and "the military" then stand for throughout.
func (a *article) findCommandedArmies() {
	if len(a.sectionStart) > 0 {
		return
	}
	for _, s := range a.sents {
		for n := range s.toks {
			if s.tag[n] != "NOUN" || !armyBody(s.lemma[n]) || !a.commanderOf(s, n) {
				continue
			}
			st := a.armyNounState(s, n)
			if st == nil || st == a.juntaState || st.isJunta() {
				continue
			}
			start := n
			kids := s.kids[n]
			if t := s.head[n]; t > n && s.rel[n] == "compound" {
				kids = append(slices.Clone(kids), s.children(t, "nmod:poss", "amod")...) // "Uganda's army chief"
			}
			for _, k := range kids {
				if k < start && s.rel[k] != "cc" && s.rel[k] != "punct" && s.rel[k] != "case" {
					start = s.spanStart(k) // "the army", "Sudan's army"; not the "and" before it
				}
			}
			a.makeArmy(st, s.text(a.doc.Text, start, n+1))
		}
	}
}

// armyBody: a noun that names a state's army as one body ("the army", "the military"),
// not its men ("troops", "soldiers").
func armyBody(lemma string) bool {
	return lemma == "army" || lemma == "military"
}

// commanderOf: the army noun at n is given a commander by a participle of leading with
// its agent, a name ("the army, led by General X", "the military, commanded by X").
func (a *article) commanderOf(s *sentence, n int) bool {
	if t := s.head[n]; t > n && (s.rel[n] == "compound" || s.rel[n] == "nmod:poss") && titledCommander(s, t) {
		return true // "army chief General Asim Munir", "the army's commander, General X"
	}
	verbs := s.children(n, "acl")
	if v := s.head[n]; v > n && base(s.rel[n]) == "nsubj" && s.child(v, "aux", "aux:pass") < 0 && s.toks[v-1].text == "," {
		verbs = append(verbs, v) // "between the RSF and the army, led by X", parsed with the army the subject
	}
	for _, v := range verbs {
		switch s.lemma[v] {
		case "lead", "command", "head":
		default:
			continue
		}
		if g := s.child(v, "obl:agent"); g >= 0 && s.tag[g] == "PROPN" {
			return true
		}
	}
	return false
}

// titledCommander: the noun at t is a commander's title ("chief", "commander") that a
// name follows, right after it or after a comma.
func titledCommander(s *sentence, t int) bool {
	switch s.lemma[t] {
	case "chief", "commander":
	default:
		return false
	}
	k := t + 1
	if k < len(s.toks) && s.toks[k].text == "," {
		k++
	}
	for k < len(s.toks) && s.tag[k] == "PROPN" && !s.toks[k].upper {
		k++
	}
	return k < len(s.toks) && s.tag[k] == "PROPN" && s.toks[k].upper
}

// armyNounState returns the state whose army the noun at n names: the possessor or
// demonym before it, or, with "the", the state the article speaks of.
func (a *article) armyNounState(s *sentence, n int) *entity {
	owners := s.children(n, "nmod:poss", "amod", "compound")
	if t := s.head[n]; t > n && s.rel[n] == "compound" {
		owners = append(owners, s.children(t, "nmod:poss", "amod")...) // "Sudan's army chief"
	}
	for _, k := range owners {
		if k < n {
			return a.stateAt(s, k)
		}
	}
	if d := s.child(n, "det"); d >= 0 && s.toks[d].lower == "the" {
		return a.main
	}
	return nil
}

// findJuntaState finds the one state other than the article's main state whose junta
// or military government it names by the state's name ("Myanmar's military
// government", "the Malian junta"), in an article that speaks of a junta and is no
// round-up: "the junta" and "the military" are that state's.
func (a *article) findJuntaState() {
	if len(a.sectionStart) > 0 || !a.saysJunta() {
		return
	}
	juntas := map[*entity]bool{}
	for _, s := range a.sents {
		for i := range s.toks {
			if s.tag[i] != "NOUN" || !a.lex.in("government", s.lemma[i]) || !militaryRule(s, i) || s.child(i, "nmod:poss") < 0 && s.child(i, "compound") < 0 {
				continue
			}
			if st := a.governedState(s, i); st != nil && st != a.main {
				juntas[st] = true
			}
		}
	}
	if len(juntas) == 1 {
		for st := range juntas {
			a.juntaState = st
		}
	}
}

// militaryRule: the government noun at i is a junta or a military government.
func militaryRule(s *sentence, i int) bool {
	return s.lemma[i] == "junta" || slices.ContainsFunc(s.children(i, "amod", "compound"), func(k int) bool { return s.lemma[k] == "military" })
}

// rulersState returns the state whose rulers "the junta" and "the military" stand for:
// the one state the article names a junta's or a military government's owner other
// than the state it names most ("Myanmar's military government" in a report that names
// China most), else that state.
func (a *article) rulersState() *entity {
	if a.juntaState != nil {
		return a.juntaState
	}
	return a.main
}

// governedState returns the state whose government the noun at i names, or nil.
func (a *article) governedState(s *sentence, i int) *entity {
	for _, k := range s.kids[i] {
		switch s.rel[k] {
		case "nmod:poss", "amod", "compound":
			if k > i {
				continue
			}
			if e := a.stateAt(s, k); e != nil {
				return e
			}
			if l := s.toks[k].lower; l == "federal" || l == "central" || l == "national" {
				return a.main
			}
		case "nmod":
			if s.prep(k) == "of" {
				return a.stateAt(s, k)
			}
		}
	}
	if d := s.child(i, "det"); d >= 0 && s.toks[d].lower == "the" || s.rel[i] == "compound" {
		return a.main // "the government", "government forces"
	}
	return nil
}

// stateAt returns the state a name, demonym or person at token k stands for.
func (a *article) stateAt(s *sentence, k int) *entity {
	start := k
	for start > 0 && s.head[start-1] == k && (s.rel[start-1] == "compound" || s.rel[start-1] == "flat") {
		start--
	}
	for j := start; j <= k; j++ {
		e, _, _, end := a.lookup(s.toks, j)
		if e == nil || end <= k {
			continue
		}
		if e.isState() {
			return e
		}
		if e.isPerson() && e.owner != nil && e.owner.isState() {
			return e.owner // "Assad's government"
		}
	}
	return nil
}

// makeGovernment adds the government of a state: "Yemeni government", or "Malian
// junta" in an article that calls the state's rulers a junta.
func (a *article) makeGovernment(st *entity) *entity {
	adj := st.node.Name
	if st.entry != nil {
		for _, d := range st.entry.demonyms {
			if !strings.Contains(d, " ") {
				adj = d
				break
			}
		}
	}
	noun := "government"
	if st == a.rulersState() && len(a.sectionStart) == 0 && a.saysJunta() { // a round-up's junta is one section's
		noun = "junta"
	}
	gov := a.newLocal(adj+" "+noun, graph.KindGovernment, adj+" government", "government of "+st.node.Name, st.node.Name+"'s government", st.node.Name+"'s "+noun)
	gov.state, st.gov, gov.made = st, gov, true
	if noun == "junta" {
		gov.agent = "military"
	}
	return gov
}

// makeArmy returns the army of a state as an actor of its own, made when the article
// gives it a commander ("Pakistan's military, commanded by General Asim Munir"): the
// army the article names for the state, else a new one named as the article calls it.
func (a *article) makeArmy(st *entity, phrase string) *entity {
	for _, e := range a.ents {
		if e.state == st && e.agent == "military" && e.node.Kind != graph.KindGovernment {
			return e
		}
	}
	adj := st.node.Name
	if st.entry != nil {
		for _, d := range st.entry.demonyms {
			if !strings.Contains(d, " ") {
				adj = d
				break
			}
		}
	}
	name := trimDeterminer(phrase) // as the article calls it: "Pakistan's military"
	if name == "" {
		name = adj + " armed forces"
	} else if strings.ToLower(name) == name {
		name = adj + " " + name // "the army": the Lebanese army
	}
	army := a.newLocal(name, graph.KindGroup, adj+" army", adj+" military", adj+" armed forces", st.node.Name+"'s army", st.node.Name+"'s military")
	army.state, army.agent, army.plural = st, "military", true
	return army
}

// isJunta reports whether e is a state's government the article calls a junta.
func (e *entity) isJunta() bool {
	return e.made && e.state != nil && e.agent == "military" && e.node.Kind == graph.KindGovernment
}

// saysJunta reports whether the article calls a state's rulers "the junta".
func (a *article) saysJunta() bool {
	for _, s := range a.sents {
		for _, l := range s.lemma {
			if l == "junta" {
				return true
			}
		}
	}
	return false
}
