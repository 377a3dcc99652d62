package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Modality is read from the parse: a relation is negated when its word, or a verb
// that governs it, is negated ("did not back", "never signed") or is a verb of refusal
// or denial ("refused to sign", "denied arming"), or when it follows "without"; it is
// reported when a hedge governs it ("reportedly", "may", "is believed to"), when it is
// what someone other than its subject says or claims ("officials said Iran armed the
// Houthis"), what someone is accused of ("accused X of arming Y"), or "according to"
// someone.

// modality returns how the relation read at word v stands, for the subject subj.
func (a *article) modality(s *sentence, v int, subj *entity) (negated bool, mod graph.Modality) {
	mod = graph.Asserted
	if s.accuserOfGerund(v, a.lex) >= 0 {
		mod = graph.Reported // what the accused is said to have done
	}
	v = a.wholeAct(s, v)
	n := v
	contrast := false // the clause came through "but": its head's negation is not its own
	for depth := 0; n >= 0 && depth < 6; depth++ {
		if a.negatedAt(s, n) && !contrast {
			return true, mod
		}
		contrast = false
		if a.hedgedOrNamed(s, n) {
			mod = graph.Reported
		}
		h := s.head[n]
		if h < 0 {
			break
		}
		switch s.rel[n] {
		case "xcomp", "ccomp", "csubj", "advcl":
			done, negates, reports := a.clauseGovernedBy(s, n, h, subj)
			if reports {
				mod = graph.Reported
			}
			if done {
				return negates, mod
			}
		case "conj":
			// "does not back Haftar but backs the GNA": the second verb says its own
			contrast = contrasted(s, n)
			if thatClauseAfterInfinitive(s, n, h) {
				// "telling him to stand firm and that Ankara was by his side": what is
				// told, not what he is asked to do
				mod, n = graph.Reported, s.head[h]
				continue
			}
		case "acl", "acl:relcl", "amod":
			negates, reports := a.describedBy(s, n, h)
			if negates {
				return true, mod
			}
			if reports || accordingAt(s, n) {
				mod = graph.Reported // "Iran, which arms them according to US officials"
			}
			return false, mod
		case "obl", "obj":
			return n == v && a.undoneBy(s, n, h), mod
		default:
			return false, mod
		}
		n = h
	}
	if a.reportedSentence(s, n, subj) {
		mod = graph.Reported
	}
	return false, mod
}

// reportedSentence: the whole sentence, whose clause the climb ended at n, is what a
// source says: "according to", or another's "says" after it.
func (a *article) reportedSentence(s *sentence, n int, subj *entity) bool {
	return a.accordingTo(s) || n >= 0 && a.saidAfter(s, n, subj)
}

// saidAfter: the clause at root r is what another says after it ("Venezuela shelters
// ELN commanders, Colombia says"): reported, unless the subject says it of itself.
func (a *article) saidAfter(s *sentence, r int, subj *entity) bool {
	if s.head[r] >= 0 {
		return false
	}
	for _, p := range s.children(r, "parataxis") {
		if p < r || !a.lex.in("reporting", s.lemma[p]) {
			continue
		}
		if k := s.child(p, "nsubj"); k >= 0 && (s.at[k] == nil || s.at[k].ent != subj) {
			return true
		}
	}
	return false
}

// accordingAt: the clause of n names its source ("according to UN experts").
func accordingAt(s *sentence, n int) bool {
	for i := range s.toks {
		if s.toks[i].lower == "according" && i+1 < len(s.toks) && s.toks[i+1].lower == "to" && s.headedBy(i, n) {
			return true
		}
	}
	return false
}

// undoneBy: the act the noun at n names is not done by the verb h whose object or
// oblique it is: "has not given its support to X" is none; "did not lift sanctions",
// undone twice, holds.
func (a *article) undoneBy(s *sentence, n, h int) bool {
	if s.rel[n] == "obj" && a.lex.in("stopping", s.lemma[h]) && a.fightNoun(s.lemma[n]) {
		return false // "talks to end the war between Israel and Hamas", "has not ended the war": they fought
	}
	return a.undone(s, n, h) != (s.rel[n] == "obj" && a.negatedAt(s, h))
}

// fightNoun: the noun names fighting between sides ("war", "clashes", "hostilities"),
// which ending or halting does not undo: the sides fought.
func (a *article) fightNoun(lemma string) bool {
	for _, f := range a.lex.frames.nouns[lemma] {
		if f.sym && f.actor == graph.Opposes {
			return true
		}
	}
	return false
}

// undone: the act named by the noun at n, the object or an oblique of the verb h, is
// not done. As an object, its actor stops, withdraws or suspends it ("ended its support
// for the opposition", "lifted sanctions on Syria"; the act's own word only: a list hung
// on the wrong object is too often a parse's mistake); in an "in" or "with" phrase, h
// is negated ("are not taking military action in support of this effort").
func (a *article) undone(s *sentence, n, h int) bool {
	if s.rel[n] == "obj" {
		return a.lex.in("stopping", s.lemma[h])
	}
	p := s.prep(n)
	return (p == "in" || p == "with") && a.negatedAt(s, h)
}

// wholeAct returns the word of quantity whose of-phrase the noun of an act at v is, as
// what is done ("suspended most of its aid to Niger"), else v.
func (a *article) wholeAct(s *sentence, v int) int {
	if q := a.partOf(s, v); q >= 0 {
		return q
	}
	return v
}

// partOf returns the word of quantity whose of-phrase the noun at n is ("most of its
// aid", "part of the funding"), or -1.
func (a *article) partOf(s *sentence, n int) int {
	q := s.head[n]
	if q < 0 || s.rel[n] != "nmod" || s.prep(n) != "of" || !a.lex.in("quantifier", s.lemma[q]) {
		return -1
	}
	return q
}

// governedBy tells how the verb h that governs clause n bears on it: a verb of
// refusal or denial negates it; an appeal asks it of someone, so that it is not done
// ("urged Rwanda and the DRC to return to talks", "called on the armed groups to
// return to the agreement"); a verb of saying reports it, when someone other than its
// subject says it.
func (a *article) governedBy(s *sentence, n, h int, subj *entity) (negated, reported bool) {
	if a.refusalVerb(s, h) && !asClause(s, h) || deterred(s, n) || a.saidByNobody(s, h) || a.offerTurnedDown(s, n, h) {
		return true, false
	}
	if claim, denied := a.claimNoun(s, n, h); claim {
		return denied, !denied
	}
	if a.lex.in("intention", s.lemma[h]) && s.tag[h] == "VERB" {
		return false, true // "has threatened to arm the Houthis": not yet done
	}
	if (s.rel[n] == "xcomp" || s.rel[n] == "advcl" && toInfinitive(s, n)) && a.appealTo(s, h) || a.appealedSubject(s, n, h) || yetTo(s, n, h) {
		return true, false
	}
	if s.rel[n] == "ccomp" && s.tag[h] == "VERB" && a.lex.in("demanding", s.lemma[h]) || a.askedOfNoun(s, n, h) {
		return true, false // "demanded that Russia accept a ceasefire", "a demand ... that Russia accept": asked, not done
	}
	return false, a.attributed(s, h, n, subj)
}

// askedOfNoun: clause n, opened by "that", says what a noun of asking at h asks ("a
// demand issued in Kyiv that Russia accept a ceasefire", "calls that the army
// withdraw"): asked, not done.
func (a *article) askedOfNoun(s *sentence, n, h int) bool {
	m := s.child(n, "mark")
	if m < 0 || s.toks[m].lower != "that" || s.rel[n] != "acl" && s.rel[n] != "ccomp" {
		return false
	}
	if s.tag[h] == "VERB" {
		// "renewed its call that the RSF sign", the clause hung on the verb
		o := s.child(h, "obj")
		return o >= 0 && o < m && s.spanEnd(o) == m && a.lex.in("request", s.lemma[o])
	}
	return s.tag[h] == "NOUN" && a.lex.in("request", s.lemma[h])
}

// offerTurnedDown: clause n says what a noun of offer or asking at h offers, and the
// noun is the object of a verb of refusal ("turned down Clinton's invitation to join the
// talks", "rejected an offer to mediate"): it is not done.
func (a *article) offerTurnedDown(s *sentence, n, h int) bool {
	if s.tag[h] != "NOUN" || s.rel[n] != "acl" || base(s.rel[h]) != "obj" {
		return false
	}
	v := s.head[h]
	return v >= 0 && a.refusalVerb(s, v) && !a.negatedAt(s, v)
}

// refusalVerb: the verb at v refuses or rejects, with its particle ("turn down").
func (a *article) refusalVerb(s *sentence, v int) bool {
	if p := s.particle(v); p != "" && a.lex.in("negative", s.lemma[v]+" "+p) {
		return true
	}
	return a.lex.in("negative", s.lemma[v])
}

// claimNoun tells whether clause n says what the noun h of a claim or report holds
// ("claims that it was backed by Iran", "reports that Rwanda arms the M23"): then it is
// reported, and denied when the claim is the object of a verb of denial ("rejected
// claims that ...", "denied reports that ...").
func (a *article) claimNoun(s *sentence, n, h int) (claim, denied bool) {
	if s.tag[h] != "NOUN" || !a.lex.in("hedge", s.lemma[h]) || s.child(n, "mark") < 0 {
		return false, false
	}
	hh := s.head[h]
	return true, hh >= 0 && base(s.rel[h]) == "obj" && a.lex.in("negative", s.lemma[hh])
}

// appealTo: h is a verb of appeal with someone appealed to, as object or with "on"
// or "upon".
func (a *article) appealTo(s *sentence, h int) bool {
	return a.lex.in("appeal", s.lemma[h]) && (s.child(h, "obj", "iobj") >= 0 || hasOblique(s, h, "on") || hasOblique(s, h, "upon"))
}

// asClause: the verb at h stands in an "as" clause ("Russia, as expected, backed
// Assad"): a comment on the sentence, which says what it says.
func asClause(s *sentence, h int) bool {
	m := s.child(h, "mark")
	return m >= 0 && m < h && s.toks[m].lower == "as"
}

// thatClauseAfterInfinitive: the clause n, marked by "that", is joined to an
// infinitive h ("to stand firm and that Ankara was by his side"): a second thing said.
func thatClauseAfterInfinitive(s *sentence, n, h int) bool {
	m := s.child(n, "mark")
	return m >= 0 && s.toks[m].lower == "that" && toInfinitive(s, h) && s.head[h] >= 0
}

// appealedSubject: the clause n after a verb of appeal h has the one appealed to as its
// subject ("Biden urged Netanyahu to accept the plan", parsed as a clause with
// Netanyahu its subject): asked, not done.
func (a *article) appealedSubject(s *sentence, n, h int) bool {
	sub := s.child(n, "nsubj")
	return a.lex.in("appeal", s.lemma[h]) && toInfinitive(s, n) && sub > h && sub < n
}

// yetTo: "has yet to endorse", "is yet to sign": not done so far.
func yetTo(s *sentence, n, h int) bool {
	if s.lemma[h] != "have" && s.lemma[h] != "be" || !toInfinitive(s, n) {
		return false
	}
	for _, k := range s.children(h, "advmod") {
		if s.toks[k].lower == "yet" {
			return true
		}
	}
	for _, k := range s.children(n, "advmod") {
		if s.toks[k].lower == "yet" && k < n {
			return true
		}
	}
	return false
}

// toInfinitive: clause n is marked by "to".
func toInfinitive(s *sentence, n int) bool {
	return s.child(n, "mark") >= 0 && s.toks[s.child(n, "mark")].lower == "to"
}

// describedBy tells how the noun h that a relative clause or participle n describes
// bears on it: the clause is its own, but the noun may deny it ("no plans to arm
// them", "his failure to implement the plan"), be accused of it ("accuses Rwanda of
// arming the M23"), or be asked to do it: "urge Rwanda and the DRC to return to
// talks", parsed with the infinitive on the noun.
func (a *article) describedBy(s *sentence, n, h int) (negated, reported bool) {
	if s.rel[n] != "acl" {
		return false, false
	}
	if a.negatedAt(s, h) || a.lex.in("negative", s.lemma[h]) {
		return true, false
	}
	if hh := s.head[h]; hh >= 0 && a.lex.in("accusation", s.lemma[hh]) && s.child(n, "mark") >= 0 {
		reported = true
	}
	if claim, denied := a.claimNoun(s, n, h); claim {
		return denied, !denied
	}
	if toInfinitive(s, n) {
		// "urged the parties to respect the truce"; "did not join the fight to
		// defend Assad": the purpose of what is not done is not done
		if o := s.climb(h, "conj"); s.rel[o] == "obj" && s.head[o] >= 0 && (a.lex.in("appeal", s.lemma[s.head[o]]) || a.negatedAt(s, s.head[o])) {
			return true, reported
		}
	}
	return false, reported
}

// saidByNobody: the verb of saying or believing h that governs a clause has a
// negative pronoun for its subject ("Nobody serious suggests that NATO should fight Russia", "No one believes
// Iran armed them"): the clause is denied.
func (a *article) saidByNobody(s *sentence, h int) bool {
	if !a.lex.in("reporting", s.lemma[h]) && !a.lex.in("hedge", s.lemma[h]) {
		return false
	}
	for _, k := range s.kids[h] {
		if base(s.rel[k]) != "nsubj" {
			continue
		}
		if a.lex.in("negpronoun", s.toks[k].lower) {
			return true
		}
		if d := s.child(k, "det"); d >= 0 && s.toks[k].lower == "one" && s.toks[d].lower == "no" {
			return true
		}
	}
	return false
}

// negatedAt: "not", "n't", "never", "no longer" on word n, or "without" before it; a
// clause of "whether" or "if" says nothing happened either, nor does one that holds
// only on a condition, nor one that says what should or must be done ("NATO should
// fight Russia").
func (a *article) negatedAt(s *sentence, n int) bool {
	for _, k := range s.kids[n] {
		if negatingWord(s, n, k) || s.rel[k] == "aux" && a.lex.in("obligation", s.lemma[k]) || noObject(s, k) {
			return true
		}
		// "they would recognise Guaidó unless Maduro called an election": what
		// happens only on a condition has not happened
		if s.rel[k] == "advcl" {
			if m := s.child(k, "mark"); m >= 0 && conditional(s.toks[m].lower) {
				return true
			}
		}
	}
	return untilToCome(s, n)
}

// untilToCome: the verb n ends an "until" clause of what is yet to come ("the bombing
// would continue until Belgrade accepted the conditions", "vowed to fight until the
// army withdraws"): it has not happened.
func untilToCome(s *sentence, n int) bool {
	m, h := s.child(n, "mark"), s.head[n]
	if m < 0 || s.toks[m].lower != "until" || h < 0 || s.rel[n] != "advcl" {
		return false
	}
	for _, k := range s.kids[h] {
		switch s.toks[k].lower {
		case "would", "will", "'ll", "shall":
			if s.rel[k] == "aux" {
				return true
			}
		case "to":
			if s.rel[k] == "mark" {
				return true
			}
		}
	}
	return false
}

// noObject: the dependent k is an object with "no" before it ("take no orders from
// Tehran", "received no support from Russia"): nothing is done.
func noObject(s *sentence, k int) bool {
	d := s.child(k, "det")
	return s.rel[k] == "obj" && d >= 0 && s.toks[d].lower == "no"
}

// notOnly: the words after "not" in "not only X but Y", which says X.
func notOnly(w string) bool {
	switch w {
	case "only", "merely", "just", "simply", "solely":
		return true
	}
	return false
}

// negatingWord: the dependent k of n negates it, or makes it a condition.
func negatingWord(s *sentence, n, k int) bool {
	switch s.toks[k].lower {
	case "whether", "if", "unless":
		return s.rel[k] == "mark"
	case "not":
		// "not merely an assault on X but an experiment": "not only X but Y" says X
		if k+1 < len(s.toks) && notOnly(s.toks[k+1].lower) {
			return false
		}
		return s.rel[k] == "advmod" || s.rel[k] == "cc" || s.rel[k] == "det"
	case "n't", "never", "neither", "nor", "cannot":
		return s.rel[k] == "advmod" || s.rel[k] == "cc" || s.rel[k] == "det"
	case "no":
		return s.rel[k] == "advmod" || s.rel[k] == "det" && k < n
	case "longer":
		d := s.child(k, "advmod") // "no longer backs"
		return s.rel[k] == "advmod" && d >= 0 && s.toks[d].lower == "no"
	}
	return undoingWord(s, n, k)
}

// undoingWord: the dependent k of n says that what n says is not so now: an act
// without which something happens, one opposed ("Germany is against delivering Taurus
// missiles"), a tie of the past ("the TPLF, once backed by Eritrea, now fights it",
// "once allies"; but "once the truce holds" is a time to come).
func undoingWord(s *sentence, n, k int) bool {
	switch s.toks[k].lower {
	case "without":
		return s.rel[k] == "mark" || s.rel[k] == "case"
	case "once", "formerly", "previously":
		return s.rel[k] == "advmod" || s.rel[k] == "amod" || s.rel[k] == "mark" && s.child(n, "nsubj", "nsubj:pass") < 0
	case "against":
		return (s.rel[k] == "mark" || s.rel[k] == "case") && s.tag[n] == "VERB"
	case "yet":
		return s.rel[k] == "advmod" && k < n && toInfinitive(s, n) // "Egypt is yet to sign it"
	}
	return false
}

// hedgedAt: an adverb of hedging ("reportedly") or a modal ("may", "could") on n.
func (a *article) hedgedAt(s *sentence, n int) bool {
	for _, k := range s.kids[n] {
		if (s.rel[k] == "advmod" || s.rel[k] == "aux") && a.lex.in("hedge", s.lemma[k]) {
			return true
		}
	}
	return false
}

// attributed: v is what the verb h says or claims, and h's subject is not the
// relation's subject ("officials said Iran armed them"), or h is a verb of hedging
// ("is believed to", "is said to", "accused of").
func (a *article) attributed(s *sentence, h, v int, subj *entity) bool {
	lemma := s.lemma[h]
	if a.lex.in("accusation", lemma) || s.passive(h) && a.lex.in("hedge", lemma) {
		return true
	}
	if !a.lex.in("reporting", lemma) && !a.lex.in("hedge", lemma) {
		return false
	}
	// "X said it backed Y", "X went further, saying that it backed Y": X's own word
	for _, ar := range a.subjects(s, h) {
		if ar.m.ent == subj || subj != nil && subj.owner == ar.m.ent || ar.m.ent.owner == subj && subj != nil {
			return false
		}
	}
	return true
}

// accordingTo: the sentence attributes what it says to a source ("according to two
// diplomats").
func (a *article) accordingTo(s *sentence) bool {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].lower == "according" && s.toks[i+1].lower == "to" {
			return true
		}
	}
	return false
}

// contrasted: the conjunct n comes after "but" or "yet".
func contrasted(s *sentence, n int) bool {
	cc := s.child(n, "cc")
	return cc >= 0 && (s.toks[cc].lower == "but" || s.toks[cc].lower == "yet")
}

// deterred: the clause n is what someone is warned against, kept from or stopped from
// doing ("warned Moscow against supplying Iran", "barred them from arming"): not done.
func deterred(s *sentence, n int) bool {
	m := s.child(n, "mark")
	return m >= 0 && m < n && (s.toks[m].lower == "against" || s.toks[m].lower == "from") && strings.HasSuffix(s.toks[n].lower, "ing")
}

// refused: the act at w is refused outright, not merely not done: an infinitive of a
// verb of refusal that is itself asserted ("refused to sign the deal", "declined to
// join the talks"), a verb denied with "will" or "can" ("will not accept"), or a
// gerund after "without" ("left Moscow without signing it").
func (a *article) refused(s *sentence, w int) bool {
	if m := s.child(w, "mark", "case"); m >= 0 && s.toks[m].lower == "without" {
		return !a.negatedAt(s, s.head[w])
	}
	if volitionDenied(s, w) {
		return true // "will not accept third-party mediation", "won't sign"
	}
	h := s.head[w]
	return s.rel[w] == "xcomp" && h >= 0 && a.lex.in("refusal", s.lemma[h]) && !a.negatedAt(s, h)
}

// volitionDenied: the verb at w is negated with "will", "would" or "can" ("will not
// accept", "won't sign", "cannot accept"): a refusal, not a mere fact that it is not;
// unless what is refused is none in particular or the refusal has a condition.
func volitionDenied(s *sentence, w int) bool {
	return negatedWill(s, w) && !indefiniteObject(s, w) && !conditioned(s, w)
}

// negatedWill: the verb at w has "not" or "never" and "will", "would" or "can".
func negatedWill(s *sentence, w int) bool {
	neg, will := false, false
	for _, k := range s.kids[w] {
		switch l := s.toks[k].lower; {
		case s.rel[k] == "advmod" && (l == "not" || l == "n't" || l == "never"):
			neg = true
		case s.rel[k] == "aux" && (l == "will" || l == "wo" || l == "would" || l == "can" || l == "ca" || l == "cannot"):
			will = true
		}
	}
	return neg && will
}

// indefiniteObject: the object of the verb at w is indefinite ("would never accept an
// arrangement that ..."): none in particular.
func indefiniteObject(s *sentence, w int) bool {
	o := s.child(w, "obj")
	if o < 0 {
		return false
	}
	d := s.child(o, "det")
	return withArticle(s, o) || d >= 0 && s.toks[d].lower == "any"
}

// conditional: a word that opens a condition ("if", "unless").
func conditional(w string) bool {
	return w == "if" || w == "unless"
}

// conditionMark: a word that opens a condition or a term ("if", "unless", "until",
// "before"): a refusal under it holds only so long.
func conditionMark(w string) bool {
	return conditional(w) || w == "until" || w == "before"
}

// conditioned: the verb at w has a condition ("if the law does not reflect it, the MILF
// will not accept it"), its own or the sentence's root's before it.
func conditioned(s *sentence, w int) bool {
	conds := s.children(w, "advcl")
	if h := s.head[w]; h >= 0 && s.head[h] < 0 && h < w {
		conds = append(conds, h) // the condition before, parsed as the sentence's root
	}
	for _, c := range conds {
		if m := s.child(c, "mark"); m >= 0 && conditionMark(s.toks[m].lower) {
			return true
		}
	}
	return false
}

// hedgedOrNamed: what the word at n says is hedged ("reportedly"), or is a name a
// clause of "what X called" gives.
func (a *article) hedgedOrNamed(s *sentence, n int) bool {
	return a.hedgedAt(s, n) || namedByWhat(s, n)
}

// namedByWhat: the noun at n is what "what X called" names ("what its foreign ministry
// called Israel's aggression"): the name is the namer's, so what it says is reported.
func namedByWhat(s *sentence, n int) bool {
	for _, c := range s.children(n, "acl:relcl") {
		if s.judgingVerb != nil && s.judgingVerb(s.lemma[c]) && slices.ContainsFunc(s.kids[c], func(k int) bool { return s.toks[k].lower == "what" }) {
			return true
		}
	}
	return false
}

// clauseGovernedBy tells what the verb h a clause n completes does to it: negate it
// or report it (governedBy); a clause of reason or concession ("Although Russia has
// armed Armenia, its peacekeepers did not stop Azerbaijan") it leaves alone. done says
// the climb stops there.
func (a *article) clauseGovernedBy(s *sentence, n, h int, subj *entity) (done, negated, reported bool) {
	if s.rel[n] == "advcl" && a.ownClause(s, n) {
		return true, false, false
	}
	negated, reported = a.governedBy(s, n, h, subj)
	return negated, negated, reported
}

// ownClause: the adverbial clause at n is one of reason or concession ("because",
// "although", "while") or of a time before or after ("recalled its ambassador after
// South Africa recognised the Polisario Front"): it says what it says whatever its head
// says, negation and all.
func (a *article) ownClause(s *sentence, n int) bool {
	m := s.child(n, "mark")
	return m >= 0 && (subordinator(s.toks[m].lower) || s.toks[m].lower == "after" || s.toks[m].lower == "before")
}
