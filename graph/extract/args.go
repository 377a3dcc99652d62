package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Roles are read from the parse. A role's token stands for the mentions it heads, and
// for those it carries when it is a noun of assets or forces ("SDF positions", "the
// headquarters of RTS", "the GNA's spokesman": the SDF, RTS, the GNA), and for those
// conjoined with it ("Russia, Egypt and the UAE").

// arg is a mention found in a role, with how sure the reading is.
type arg struct {
	m    *mention
	conf float64
}

// argsAt returns the mentions token t stands for.
func (a *article) argsAt(s *sentence, t int) []arg {
	var out []arg
	for _, c := range s.conjuncts(t) {
		out = append(out, a.argAt(s, c, 0)...)
	}
	return out
}

func (a *article) argAt(s *sentence, t, depth int) []arg {
	if s.toks[t].lower == "whose" && s.at[t] == nil {
		// "the Houthis, whose fighters...": the noun the relative clause describes
		for n := s.head[t]; n >= 0; n = s.head[n] {
			if s.rel[n] == "acl:relcl" && s.head[n] >= 0 {
				return a.argAt(s, s.head[n], depth+1)
			}
		}
		// a clause the parser did not attach: the name just before ("Burundi, whose
		// president ...")
		for j := t - 1; j >= 0 && j >= t-2; j-- {
			if m := s.at[j]; m != nil {
				return []arg{{m, m.conf * 0.9}}
			}
			if s.toks[j].text != "," {
				break
			}
		}
		return nil
	}
	if m := s.at[t]; m != nil {
		if m.standsFor > 0 && depth == 0 {
			out := a.argsAt(s, m.standsFor-1)
			for i := range out {
				out[i].conf *= m.conf
			}
			return out
		}
		if m.ent.init != nil && a.lex.in("speech", s.lemma[m.head]) {
			// "the CPC's communiqué dismisses it": the statement speaks for its owner
			if p := s.child(m.head, "nmod:poss"); p >= 0 && s.at[p] != nil && s.at[p].ent.isActor() {
				return []arg{{s.at[p], s.at[p].conf * 0.9}}
			}
		}
		return []arg{{m, m.conf}}
	}
	if depth > 1 || s.tag[t] != "NOUN" && s.tag[t] != "PROPN" && s.tag[t] != "PRON" && s.tag[t] != "ADJ" && s.tag[t] != "NUM" && s.tag[t] != "DET" {
		return nil
	}
	// "Jimmy Chérizier, the former police officer who heads...": the noun describes
	// the name it is in apposition to
	if s.rel[t] == "appos" && s.head[t] >= 0 && s.at[s.head[t]] != nil && depth == 0 {
		return []arg{{s.at[s.head[t]], s.at[s.head[t]].conf * 0.95}}
	}
	// "the SNA, an alliance of Syrian rebel factions trained by Ankara": the factions
	// are the alliance's
	if h := s.head[t]; depth == 0 && h >= 0 && s.rel[t] == "nmod" && s.prep(t) == "of" && s.rel[h] == "appos" && s.head[h] >= 0 && s.at[s.head[h]] != nil && a.lex.in("body", s.lemma[h]) {
		return []arg{{s.at[s.head[h]], s.at[s.head[h]].conf * 0.85}}
	}
	// "President Faustin-Archange Touadéra": the name after the title; "the state oil
	// company, Petróleos de Venezuela": the name in apposition
	for _, k := range s.kids[t] {
		if (s.rel[k] == "flat" || s.rel[k] == "appos") && k > t && s.at[k] != nil {
			return []arg{{s.at[k], s.at[k].conf}}
		}
	}
	// "many of those militiamen", "one of Haftar's key backers", "both sides"
	if s.tag[t] != "NOUN" && s.tag[t] != "PROPN" || a.lex.in("quantifier", s.lemma[t]) {
		for _, k := range s.children(t, "nmod", "obl") {
			if s.prep(k) == "of" {
				return a.argsAt(s, k)
			}
		}
		return nil
	}
	// "CPC attacks have killed seven peacekeepers": an act stands for who does it
	if actors := a.eventActors(s, t); len(actors) > 0 {
		return actors
	}
	// "federal positions", "government troops": the government's
	if a.lex.in("proxy", s.lemma[t]) || a.lex.in("force", s.lemma[t]) {
		for _, k := range s.children(t, "amod", "compound") {
			if l := s.lemma[k]; (l == "federal" || l == "government") && a.main != nil && k < t {
				e := a.governmentOf(a.main)
				return []arg{{&mention{s: s, ent: e, conf: 0.8, how: byDescription}, 0.8}}
			}
		}
	}
	if !a.lex.in("proxy", s.lemma[t]) && !a.lex.in("force", s.lemma[t]) && !a.lex.in("role", s.lemma[t]) && !a.lex.in("role", s.toks[t].lower) && !a.lex.in("speech", s.lemma[t]) &&
		!(a.lex.in("government", s.lemma[t]) && s.child(t, "nmod:poss") >= 0 && s.toks[s.child(t, "nmod:poss")].lower == "whose") {
		return nil // ("Bolsonaro, whose government was among the first": his)
	}
	// "one of X's ...", "SDF positions", "Houthi targets", "positions of the SDF"
	for _, k := range s.kids[t] {
		switch s.rel[k] {
		case "nmod:poss", "compound", "amod":
		case "nmod":
			if p := s.prep(k); p != "of" && p != "belonging to" && p != "loyal to" && p != "held by" {
				continue
			}
		default:
			continue
		}
		if k > t && s.rel[k] != "nmod" {
			continue
		}
		found := a.argAt(s, k, depth+1)
		if s.rel[k] == "nmod" {
			found = a.argsAt(s, k) // "the defence ministers of Britain, Estonia and Poland"
		}
		if len(found) > 0 {
			for i := range found {
				found[i].conf *= 0.9
			}
			return found
		}
	}
	return nil
}

// subjects returns who does what verb (or adjective) v says, and whether the reading
// is of a passive: the subject of an active verb; the agent of a passive ("by X");
// the subject of the verb that controls it ("X agreed to send"); of the verb it is
// conjoined with ("X armed and paid them"); the noun a participle or relative clause
// describes ("troops fighting X", "X, which backs Y").
func (a *article) subjects(s *sentence, v int) []arg {
	if s.passive(v) {
		var out []arg
		// "led by former senator X" may leave X as the verb's object, "by" on the title
		for _, k := range s.children(v, "obl:agent", "obl", "obj") {
			if s.rel[k] == "obl:agent" || s.prep(k) == "by" {
				out = append(out, a.argsAt(s, k)...)
			}
		}
		if len(out) == 0 {
			// "the UN-backed GNA": the agent is the word before the hyphen
			for _, k := range s.kids[v] {
				if k < v && s.at[k] != nil && (s.rel[k] == "obl:unmarked" || s.rel[k] == "compound" || s.rel[k] == "obl" || s.rel[k] == "nmod") {
					out = append(out, arg{s.at[k], s.at[k].conf})
				}
			}
		}
		return out
	}
	return a.activeSubjects(s, v, 0)
}

func (a *article) activeSubjects(s *sentence, v, depth int) []arg {
	if depth > 4 {
		return nil
	}
	subjRels := []string{"nsubj"}
	if depth > 0 {
		subjRels = append(subjRels, "nsubj:pass") // raising: "X is reported to be arming Y"
	}
	for _, k := range s.children(v, subjRels...) {
		if rel := a.relativeAntecedent(s, v, k); rel >= 0 {
			return a.argsAt(s, rel)
		}
		return a.argsAt(s, k)
	}
	h := s.head[v]
	if h < 0 {
		return nil
	}
	decay := func(args []arg, f float64) []arg {
		for i := range args {
			args[i].conf *= f
		}
		return args
	}
	if acc := s.accuserOfGerund(v, a.lex); acc >= 0 {
		// "France has been accused by the GNA and by Turkey of quietly backing Haftar",
		// the gerund hung on a noun: the accused does it, not the noun
		if o := s.child(acc, "obj", "nsubj:pass"); o >= 0 {
			if rel := a.relativeAntecedent(s, acc, o); rel >= 0 {
				o = rel
			}
			return decay(a.argsAt(s, o), 0.9)
		}
	}
	switch s.rel[v] {
	case "xcomp":
		// object control: "urged X to sign", "helped X defeat"
		if a.lex.in("objectcontrol", s.lemma[h]) {
			o := s.child(h, "obj")
			if o < 0 && s.lemma[h] == "help" {
				return decay(a.activeSubjects(s, h, depth+1), 0.95) // "Oman helped broker the deal"
			}
			if o < 0 {
				return nil // "whom Abiy appointed to head": the appointed, not Abiy
			}
			if rel := a.relativeAntecedent(s, h, o); rel >= 0 {
				o = rel
			}
			return decay(a.argsAt(s, o), 0.9)
		}
		return decay(a.activeSubjects(s, h, depth+1), 0.95)
	case "conj":
		if s.child(v, "nsubj:pass") >= 0 {
			return nil
		}
		return decay(a.activeSubjects(s, h, depth+1), 0.9)
	case "advcl", "acl":
		// "accused X of arming Y", "X has been accused of backing Y", "thanked X for
		// training Somali troops": the one judged does it; "whom Abiy appointed to head
		// the administration", parsed as a clause of its own: the one appointed
		if a.lex.in("accusation", s.lemma[h]) || a.lex.in("crediting", s.lemma[h]) || a.lex.in("objectcontrol", s.lemma[h]) && s.rel[v] == "advcl" && s.child(v, "mark") >= 0 && s.toks[s.child(v, "mark")].lower == "to" {
			if o := s.child(h, "obj", "nsubj:pass"); o >= 0 {
				if rel := a.relativeAntecedent(s, h, o); rel >= 0 {
					o = rel
				}
				return decay(a.argsAt(s, o), 0.9)
			}
		}
		if s.rel[v] == "acl" {
			if args := a.argsAt(s, h); len(args) > 0 {
				return decay(args, 0.9) // "troops fighting the SDF"
			}
			// "Rwanda's commitment to stand by Mozambique", "Egypt's decision to send
			// troops": the noun's owner does it
			if p := s.child(h, "nmod:poss"); p >= 0 {
				return decay(a.argsAt(s, p), 0.85)
			}
			// "began a tour taking in Baku to present a plan": the one who does what
			// the noun's verb says
			if hv := s.head[h]; hv >= 0 && s.tag[hv] == "VERB" && (s.rel[h] == "obj" || base(s.rel[h]) == "obl") {
				return decay(a.activeSubjects(s, hv, depth+1), 0.8)
			}
			return nil
		}
		if m := s.child(v, "mark"); m >= 0 {
			// a clause of its own: a non-finite one ("to defend", "by backing", "after
			// signing") shares its head's subject; a finite one has its own
			if s.toks[m].lower == "to" || strings.HasSuffix(s.toks[v].lower, "ing") {
				return decay(a.activeSubjects(s, h, depth+1), 0.8)
			}
			return nil
		}
		return decay(a.activeSubjects(s, h, depth+1), 0.85)
	}
	return nil
}

// relativeAntecedent: when the subject (or object) k of verb v is a relative pronoun
// ("which", "who", "that") of a relative clause, the noun the clause describes.
func (a *article) relativeAntecedent(s *sentence, v, k int) int {
	switch s.toks[k].lower {
	case "which", "who", "that", "whom":
	default:
		return -1
	}
	top := s.climb(v, "xcomp", "conj")
	if s.rel[top] == "acl:relcl" && s.head[top] >= 0 {
		return s.head[top]
	}
	// a relative clause the parser did not attach: the mention just before the
	// pronoun ("Andrew Holness, who hosted the talks")
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.at[j] != nil {
			return s.at[j].head
		}
		if s.toks[j].text != "," {
			break
		}
	}
	return -1
}

// objects returns what verb v acts on, in the slots of a frame.
func (a *article) objects(s *sentence, v int, f *frame) []arg {
	var out []arg
	passive := s.passive(v)
	for _, sl := range f.slots {
		switch {
		case sl.rel == "obj" && passive:
			out = append(out, a.passiveObjects(s, v)...)
		case sl.rel == "obj":
			for _, k := range s.children(v, "obj") {
				if sl.needs != "" && !hasOblique(s, v, sl.needs) && !hasOblique(s, k, sl.needs) {
					continue // "drove X from Y", "stripped X of his post"
				}
				if rel := a.relativeAntecedent(s, v, k); rel >= 0 {
					k = rel
				}
				out = append(out, a.argsAt(s, k)...)
			}
		case sl.rel == "iobj":
			for _, k := range s.children(v, "iobj") {
				out = append(out, a.argsAt(s, k)...)
			}
		case sl.rel == "obl":
			// "fired rockets at Israel": the phrase may hang on the object
			places := s.children(v, "obl")
			for _, o := range s.children(v, "obj") {
				places = append(places, s.children(o, "nmod")...)
			}
			for _, k := range places {
				if s.prep(k) == sl.prep {
					out = append(out, a.argsAt(s, k)...)
				}
			}
		}
	}
	return out
}

// passiveObjects: the subject of a passive, or the noun a passive participle or
// relative clause describes ("forces backed by Russia", "the plan, which X rejected").
func (a *article) passiveObjects(s *sentence, v int) []arg {
	var out []arg
	for _, k := range s.children(v, "nsubj:pass") {
		if rel := a.relativeAntecedent(s, v, k); rel >= 0 {
			k = rel
		}
		out = append(out, a.argsAt(s, k)...)
	}
	if len(out) > 0 {
		return out
	}
	h := s.head[v]
	if h < 0 {
		return nil
	}
	switch s.rel[v] {
	case "acl", "amod":
		return a.argsAt(s, h)
	case "conj":
		return a.passiveObjects(s, h)
	case "advcl":
		// "Amal, now led by the parliament speaker": a participle the parser hung on
		// the verb describes the name before its comma
		for j := v - 1; j >= 0 && j >= v-3; j-- {
			if m := s.at[j]; m != nil {
				return []arg{{m, m.conf * 0.85}}
			}
			if s.toks[j].text != "," && s.tag[j] != "ADV" {
				break
			}
		}
	}
	return nil
}

func hasOblique(s *sentence, v int, prep string) bool {
	for _, k := range s.children(v, "obl", "nmod") {
		if s.prep(k) == prep {
			return true
		}
	}
	return false
}

// eventActors returns who does the act a noun names, when the noun is an act of
// opposition ("CPC attacks", "the Houthi offensive", "Russia's invasion"); "the
// offensive" without one is the last such act the article gave an actor.
func (a *article) eventActors(s *sentence, t int) []arg {
	opposing := false
	for _, f := range a.lex.frames.nouns[s.lemma[t]] {
		opposing = opposing || f.kind == eventFrame && f.actor == graph.Opposes
	}
	if !opposing {
		return nil
	}
	if actors := a.nounActors(s, t); len(actors) > 0 {
		return actors
	}
	if d := s.child(t, "det"); d >= 0 && s.toks[d].lower == "the" && a.lastEventSent[s.lemma[t]] >= s.i-2 {
		if e := a.lastEvent[s.lemma[t]]; e != nil {
			return []arg{{&mention{s: s, ent: e, conf: 0.75, how: byDescription}, 0.75}}
		}
	}
	return nil
}
