package extract

import (
	"slices"
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
		found := a.argAt(s, c, 0)
		out = append(out, found...)
		if len(found) > 0 {
			out = append(out, a.listedModifiers(s, c, found[0])...)
		}
		out = append(out, a.namedExamples(s, c)...)
	}
	return out
}

// listedModifiers: "Turkish and Russian diplomats", "Egyptian and Qatari mediators":
// the noun stands for each of the names listed before it, not the first only.
func (a *article) listedModifiers(s *sentence, t int, first arg) []arg {
	var out []arg
	for _, d := range s.children(t, "amod", "compound") {
		if m := s.at[d]; m != nil && m.ent != first.m.ent && m.ent.isActor() && m.how == byDemonym && m.end < t && s.toks[m.end].text == "," {
			out = append(out, arg{m, first.conf * m.conf}) // "Chadian, Nigerien and Cameroonian troops" parsed as two modifiers
			continue
		}
		if s.at[d] == nil || s.at[d].ent != first.m.ent {
			continue
		}
		for _, c := range s.conjuncts(d)[1:] { // "Saudi and Kuwaiti" hung on "British"
			if m := s.at[c]; m != nil && c < t && m.ent != first.m.ent && m.ent.isActor() {
				out = append(out, arg{m, first.conf * m.conf})
			}
		}
	}
	return out
}

// argAt returns the mentions token t stands for by itself: its own mention, or the
// one a title, a noun of assets or forces, or a quantifier carries.
func (a *article) argAt(s *sentence, t, depth int) []arg {
	if s.toks[t].lower == "whose" && s.at[t] == nil {
		return a.whoseArg(s, t, depth)
	}
	if out := a.selfNamed(s, t); out != nil {
		return out
	}
	if m := s.at[t]; m != nil {
		return a.mentionArg(s, m, depth)
	}
	if depth > 1 || !nominal(s.tag[t]) {
		return nil
	}
	if depth == 0 {
		if out := a.describedName(s, t); out != nil {
			return out
		}
	}
	if out := nameAfterTitle(s, t); out != nil {
		return out
	}
	if out := a.namedBody(s, t); out != nil {
		return out
	}
	if out := a.actorKnownAs(s, t, "acl", "acl:relcl"); out != nil {
		return out
	}
	if out := a.whatItCalled(s, t, depth); out != nil {
		return out
	}
	// "many of those militiamen", "one of Haftar's key backers", "both sides"
	if s.tag[t] != "NOUN" && s.tag[t] != "PROPN" {
		return a.partitiveArgs(s, t)
	}
	if out, done := a.quantityArgs(s, t); done {
		return out
	}
	// "CPC attacks have killed seven peacekeepers": an act stands for who does it
	if actors := a.eventActors(s, t, true); len(actors) > 0 {
		return actors
	}
	if out := a.forceArgs(s, t); out != nil {
		return out
	}
	if !a.carriesOwner(s, t) {
		return nil // ("Bolsonaro, whose government was among the first": his)
	}
	out := a.ownerArgs(s, t, depth)
	if a.personRole(s, t) {
		// "his counterpart", "Haftar's deputy": another person, not the one named;
		// but "Egypt's foreign minister" speaks for Egypt
		out = slices.DeleteFunc(out, func(o arg) bool { return o.m.ent.isPerson() })
	}
	return out
}

// quantityArgs reads a noun of quantity or part: "many of those militiamen", "one of
// Haftar's key backers" stand for what follows "of"; but "strikes on Hamas leaders",
// "arrested PKK members" for the owner the part carries, which the rest of argAt reads
// (done is false).
func (a *article) quantityArgs(s *sentence, t int) (out []arg, done bool) {
	if !a.lex.in("quantifier", s.lemma[t]) {
		return nil, false
	}
	out = a.partitiveArgs(s, t)
	return out, out != nil || !ownerRightBefore(s, t) || !a.carriesOwner(s, t)
}

// ownerRightBefore: the word before the noun at t is a name or a possessor of it
// ("Hamas leaders", "its members", "Ecowas's leaders"), not another word ("coup
// leaders", "opposition leaders").
func ownerRightBefore(s *sentence, t int) bool {
	k := t - 1
	if k >= 0 && s.toks[k].text == "'s" || k >= 0 && s.toks[k].text == "'" {
		k = s.head[k]
	}
	if k < 0 || s.head[k] != t {
		return false
	}
	if s.rel[k] == "nmod:poss" {
		return true
	}
	return s.rel[k] == "compound" && s.at[k] != nil && s.at[k].how != byDemonym && s.at[k].ent.isActor()
}

// namedExamples: the actors a plural noun lists as its examples act with it, or for
// it when it names no actor ("several separatist groups, including the Interim
// Government and SOCADEF, welcomed the initiative", "friendly nations, among them India
// and Japan"). A demonym among them names a people, not the example ("companies,
// including Chinese firms").
func (a *article) namedExamples(s *sentence, t int) []arg {
	if !pluralNoun(s, t) {
		return nil
	}
	for _, c := range s.children(t, "nmod") {
		if s.toks[c].lower == "them" && s.prep(c) == "among" {
			c = s.child(c, "appos", "conj", "obj", "dep") // "among them India and Japan", the names set beside "them", however hung on it
		} else if !exampleListed(s, c) {
			continue
		}
		if c < 0 {
			return nil
		}
		var out []arg
		for _, k := range s.conjuncts(c) {
			if m := s.at[k]; m != nil && m.ent.isActor() && m.how != byDemonym {
				out = append(out, arg{m, m.conf * 0.85})
			}
		}
		return out
	}
	return nil
}

// whatItCalled: "condemned what it called brutal Turkish aggression", "denounced what
// it described as Ukrainian provocations": "what" with a clause of naming stands for
// the name it is given.
func (a *article) whatItCalled(s *sentence, t, depth int) []arg {
	if s.toks[t].lower != "what" {
		return nil
	}
	for _, v := range s.children(t, "acl:relcl") {
		if !a.lex.in("judging", s.lemma[v]) {
			continue
		}
		labels := append(s.children(t, "appos"), s.children(v, "xcomp", "obj")...)
		for _, k := range s.children(v, "obl") {
			if s.prep(k) == "as" {
				labels = append(labels, k)
			}
		}
		for _, l := range labels {
			if l != t {
				if out := a.argAt(s, l, depth+1); len(out) > 0 {
					return decay(out, 0.9)
				}
			}
		}
	}
	return nil
}

// personRole: the noun at t is a title of a person that is neither a leader's nor a
// spokesperson's ("counterpart", "deputy", "aide").
func (a *article) personRole(s *sentence, t int) bool {
	l := s.lemma[t]
	return a.lex.in("role", l) && !a.lex.in("leader", l) && !a.lex.in("spokesperson", l)
}

// namedBody: "the ELN guerrilla group", "the Houthi movement": a noun of a body or
// of a kind of group after the name of one that is no state: the named one.
func (a *article) namedBody(s *sentence, t int) []arg {
	if !a.lex.in("body", s.lemma[t]) && a.lex.agents[s.lemma[t]] == "" || a.lex.in("part", s.lemma[t]) || a.lex.in("people", s.lemma[t]) {
		return nil // "the Sudan Liberation Movement faction": a part, not the movement; "Islamic State detainees": people it lost
	}
	for _, k := range s.children(t, "compound") {
		if m := s.at[k]; m != nil && k < t && m.ent.isActor() && !m.ent.isState() && !m.ent.isPerson() && m.ent.state == nil && m.ent.init == nil {
			return []arg{{m, m.conf * 0.95}}
		}
	}
	return nil
}

// selfNamed: "the junta, which calls itself the CTRI,": a noun the article resolved by
// description stands for the name it gives itself; and a noun in the plural for the
// names set in apposition after it.
func (a *article) selfNamed(s *sentence, t int) []arg {
	if out := apposedList(s, t); out != nil {
		return out // "eight Arab states - Saudi Arabia, Qatar, ...": the names
	}
	m := s.at[t]
	if m == nil || m.how != byDescription || m.head != t {
		return nil
	}
	if out := a.actorKnownAs(s, t, "acl:relcl"); out != nil && out[0].m.ent != m.ent {
		return out
	}
	return nil
}

// actorKnownAs: "the insurgents, known locally as al-Shabaab", "a militia called the
// Wagner Group", "the junta, which calls itself the CTRI,": the noun is the actor the
// participle, or the clause that says what the noun calls itself, names.
// rels says which clauses of the noun are read.
func (a *article) actorKnownAs(s *sentence, t int, rels ...string) []arg {
	for _, k := range s.children(t, rels...) {
		if s.lemma[k] != "know" && !namingVerb(s.lemma[k]) {
			continue
		}
		if s.rel[k] == "acl:relcl" && !slices.ContainsFunc(s.kids[k], func(r int) bool { return selfWord(s.toks[r].lower) }) {
			continue // "the group, which the army calls terrorists": another's name for it
		}
		for _, o := range s.children(k, "obl", "xcomp", "obj") {
			if m := s.at[o]; m != nil && o > k && m.ent.isActor() && (s.prep(o) == "as" || s.lemma[k] != "know") {
				return []arg{{m, m.conf * 0.9}}
			}
		}
	}
	return nil
}

// whoseArg: "the Houthis, whose fighters...": the noun the relative clause describes.
func (a *article) whoseArg(s *sentence, t, depth int) []arg {
	for n := s.head[t]; n >= 0; n = s.head[n] {
		if (s.rel[n] == "acl:relcl" || s.rel[n] == "acl") && s.head[n] >= 0 {
			noun := s.head[n]
			if k := s.child(noun, "nsubj"); k >= 0 && s.at[noun] == nil && s.child(noun, "cop") >= 0 {
				noun = k // "Hamas is a group whose fighters ...": Hamas's
			}
			if body := a.commandedBody(s, noun, s.head[t]); body >= 0 {
				noun = body
			}
			return a.argAt(s, noun, depth+1)
		}
	}
	// a clause the parser did not attach: the name just before ("Burundi, whose
	// president ...")
	for j := t - 1; j >= 0 && j >= t-2; j-- {
		if m := s.at[j]; m != nil {
			if v := a.commandedBy(s, m); v >= 0 && s.head[t] >= 0 && a.isForceNoun(s, s.head[t]) {
				return describedBefore(s, v) // "the elite force commanded by X, whose units": the force's
			}
			return []arg{{m, m.conf * 0.9}}
		}
		if s.toks[j].text != "," {
			break
		}
	}
	return describedBefore(s, t)
}

// commandedBody returns the body that the person at k commands, when "whose" after the
// person owns forces ("the elite force commanded by General X, whose units ..."): the
// force's units, not the general's; -1 otherwise.
func (a *article) commandedBody(s *sentence, k, owned int) int {
	v := s.head[k]
	if owned < 0 || !a.isForceNoun(s, owned) || s.rel[k] != "obl:agent" || v < 0 || s.rel[v] != "acl" || s.head[v] < 0 {
		return -1
	}
	if m := s.at[k]; m == nil || !m.ent.isPerson() {
		return -1
	}
	return s.head[v]
}

// commandedBy returns the participle before "by" and a person's mention m, with the
// person's titles between ("commanded by Lt. Gen. X"); -1 if there is none.
func (a *article) commandedBy(s *sentence, m *mention) int {
	if !m.ent.isPerson() {
		return -1
	}
	k := m.start - 1
	for k > 0 && k >= m.start-3 && (s.tag[k] == "PROPN" || a.roleWord(s, k)) {
		k--
	}
	if k < 1 || s.toks[k].lower != "by" || s.tag[k-1] != "VERB" {
		return -1
	}
	return k - 1
}

// describedBefore: "Wagner, the Russian mercenary group whose chief ...": a clause the
// parser did not attach, after a noun phrase in apposition to a name, is the name's.
func describedBefore(s *sentence, t int) []arg {
	j := t - 1
	for ; j > 0 && j >= t-6 && s.toks[j].text != "," && (s.at[j] == nil || s.at[j].how == byDemonym); j-- {
		if l := s.toks[j].lower; l == "and" || l == "or" || s.tag[j] == "VERB" || s.tag[j] == "ADP" {
			return nil
		}
	}
	if j < 1 || j == t-1 || s.toks[j].text != "," || s.tag[t-1] != "NOUN" {
		return nil
	}
	if m := s.at[j-1]; m != nil && !m.ent.isPerson() {
		return []arg{{m, m.conf * 0.85}}
	}
	return nil
}

// mentionArg returns what a mention stands for: itself, what a pronoun or a
// description stands for, or the owner of a statement.
func (a *article) mentionArg(s *sentence, m *mention, depth int) []arg {
	if m.standsFor > 0 && depth == 0 {
		out := a.argsAt(s, m.standsFor-1)
		for i := range out {
			out[i].conf *= m.conf
		}
		return out
	}
	if len(m.also) > 0 {
		// "the two sides", "the four countries": each of them
		group := append([]*entity{m.ent}, m.also...)
		out := make([]arg, 0, len(group))
		for _, e := range group {
			one := *m
			one.ent, one.also = e, slices.DeleteFunc(slices.Clone(group), func(o *entity) bool { return o == e })
			out = append(out, arg{&one, m.conf})
		}
		return out
	}
	if o := a.offered(s, m); o != nil {
		return []arg{{o, m.conf}} // "backing the government's offer of talks": the talks
	}
	if named := namedInApposition(s, m, a.isForceNoun(s, m.head)); named != nil {
		return []arg{{named, named.conf * 0.95}} // "demanded the departure of the UN mission, MINUSMA"
	}
	if m.ent.init != nil && a.lex.in("speech", s.lemma[m.head]) {
		// "the CPC's communiqué dismisses it": the statement speaks for its owner
		if p := s.child(m.head, "nmod:poss"); p >= 0 && s.at[p] != nil && s.at[p].ent.isActor() {
			return []arg{{s.at[p], s.at[p].conf * 0.9}}
		}
	}
	return []arg{{m, m.conf}}
}

// namedInApposition: a noun phrase read as an initiative ("the UN mission", "a
// regional force") or as forces (forces says so: "an AU force", "an Ecowas force")
// followed by the name of an actor in apposition ("the UN mission, MINUSMA", "the
// regional force, SAMIDRC", "an AU force, Amisom"): the phrase is that actor, at work.
// An apposition that describes ("Hamas fighters, a mostly Sunni force") names no other.
func namedInApposition(s *sentence, m *mention, forces bool) *mention {
	if m.ent.init == nil && !forces {
		return nil
	}
	for _, k := range s.children(m.head, "appos") {
		if withArticle(s, k) || k >= 2 && doAuxiliary(s.toks[k-1].lower) && s.toks[k-2].lower == "as" {
			continue // "welcomed the deal, as did Qatar": another who did so
		}
		if n := s.at[k]; n != nil && n.ent.isActor() && n.ent.init == nil && k > m.end {
			return n
		}
	}
	return nil
}

// nominal tells whether a tag is of a word that may stand for an actor: a noun, a
// name, a pronoun, or an adjective, number or determiner used as one ("both", "the
// two").
func nominal(tag string) bool {
	switch tag {
	case "NOUN", "PROPN", "PRON", "ADJ", "NUM", "DET":
		return true
	}
	return false
}

// sumsUp: the noun at t sums up what was said before it: a request, an offer, a move
// ("..., a request which was supported by Greece").
func (a *article) sumsUp(s *sentence, t int) bool {
	return a.lex.summing(s.lemma[t])
}

// describedName returns the name a noun describes: "Jimmy Chérizier, the former police
// officer who heads...": the noun describes the name it is in apposition to; "the
// SNA, an alliance of Syrian rebel factions trained by Ankara": the factions are the
// alliance's.
func (a *article) describedName(s *sentence, t int) []arg {
	if a.sumsUp(s, t) {
		return nil // "to consult Athens, a request which Greece supported": the clause's
	}
	if s.rel[t] == "appos" && s.head[t] >= 0 && s.at[s.head[t]] != nil {
		if h := pluralAppositionHead(s, t); h != s.head[t] {
			return decay(a.argsAt(s, h), 0.95) // "Armenia and Azerbaijan, the two neighbours, which fought": both
		}
		return []arg{{s.at[s.head[t]], s.at[s.head[t]].conf * 0.95}}
	}
	if h := s.head[t]; h >= 0 && s.rel[t] == "nmod" && s.prep(t) == "of" && s.rel[h] == "appos" && s.head[h] >= 0 && s.at[s.head[h]] != nil && a.lex.in("body", s.lemma[h]) {
		return []arg{{s.at[s.head[h]], s.at[s.head[h]].conf * 0.85}}
	}
	return nil
}

// apposedList: a plural noun with a list of names in apposition after it stands for
// the names ("the foreign ministers of eight Arab states - Saudi Arabia, Qatar, Egypt
// and Jordan", "three neighbours, Uganda, Kenya and Rwanda"), not for a body of its own.
func apposedList(s *sentence, t int) []arg {
	if !pluralNoun(s, t) {
		return nil
	}
	for _, k := range s.children(t, "appos") {
		if k < t || s.at[k] == nil || !s.at[k].ent.isActor() {
			continue
		}
		var out []arg
		for _, c := range s.conjuncts(k) {
			if m := s.at[c]; m != nil && m.ent.isActor() && !m.ent.isPerson() {
				out = append(out, arg{m, m.conf})
			}
		}
		if len(out) > 1 {
			return out
		}
	}
	return nil
}

// nameAfterTitle: "President Faustin-Archange Touadéra": the name after the title
// (which the parse may hang on it as a bare modifier: "whose leader Alexander
// Lukashenko"); "the state oil company, Petróleos de Venezuela": the name in
// apposition.
func nameAfterTitle(s *sentence, t int) []arg {
	for _, k := range s.kids[t] {
		if out := nameAfterRank(s, t, k); out != nil {
			return out
		}
		bare := s.rel[k] == "nmod" && s.prep(k) == "" && s.at[k] != nil && s.at[k].start == t+1
		if (s.rel[k] == "flat" || s.rel[k] == "appos" || bare) && k > t && s.at[k] != nil {
			// "Iran's allies, Hezbollah and the Houthis": each name the apposition lists
			var out []arg
			for _, c := range s.conjuncts(k) {
				if m := s.at[c]; m != nil && (c == k || s.rel[k] == "appos") {
					out = append(out, arg{m, m.conf})
				}
			}
			return out
		}
	}
	return nil
}

// nameAfterRank returns the name that dependent k of the title word t gives when the
// title is a rank of two words: "Field Marshal Khalifa Haftar", the name hung on the
// rank's second word; "Major General Hossein Salami" parsed as a list.
func nameAfterRank(s *sentence, t, k int) []arg {
	if k <= t {
		return nil
	}
	if s.at[k] == nil && s.rel[k] == "flat" && s.toks[k].upper {
		return nameAfterTitle(s, k)
	}
	if s.rel[k] == "conj" && s.at[k] != nil && s.at[k].start == k && capitalsBetween(s, t, k) {
		return []arg{{s.at[k], s.at[k].conf}}
	}
	return nil
}

// partitiveArgs: "many of those militiamen", "one of Haftar's key backers": the
// mentions the "of" phrase stands for.
func (a *article) partitiveArgs(s *sentence, t int) []arg {
	for _, k := range s.children(t, "nmod", "obl") {
		if s.prep(k) == "of" {
			return a.argsAt(s, k)
		}
	}
	return nil
}

// forceArgs returns whose forces or delegation the noun at t names by a word of
// government ("government troops") or where they come from ("troops from Chad").
func (a *article) forceArgs(s *sentence, t int) []arg {
	if !a.isForceNoun(s, t) && s.lemma[t] != "delegation" {
		return nil
	}
	if out := a.governmentForces(s, t); out != nil {
		return out
	}
	if out := a.ledBy(s, t); out != nil {
		return out
	}
	return a.sentFrom(s, t)
}

// ledBy returns who leads the fighters or the act the noun at t names, with no name of
// their own: "Hamas-led gunmen", "fighters led by Hamas", "militiamen loyal to Haftar",
// "the Hamas-led attack". They are that actor's; a patron is not ("Iran-backed
// gunmen").
func (a *article) ledBy(s *sentence, t int) []arg {
	if !a.lex.in("irregular", s.lemma[t]) && !a.lex.in("personnel", s.lemma[t]) && !a.lex.in("assault", s.lemma[t]) {
		return nil // "whose government, led by Omar al-Bashir": a government is led, and is not its leader
	}
	for _, k := range s.kids[t] {
		switch {
		case (s.lemma[k] == "lead" || s.lemma[k] == "command") && s.rel[k] == "amod":
			if m := hyphenLeader(s, t, k); m != nil {
				return []arg{{m, m.conf * 0.9}} // "Hamas-led gunmen"
			}
		case (s.lemma[k] == "lead" || s.lemma[k] == "command") && s.rel[k] == "acl" && k > t:
			for _, g := range s.children(k, "obl:agent") {
				return decay(a.argsAt(s, g), 0.9) // "fighters led by Hamas"
			}
		case s.lemma[k] == "loyal" && k > t:
			for _, g := range s.children(k, "obl", "nmod") {
				if s.prep(g) == "to" {
					return decay(a.argsAt(s, g), 0.9) // "militiamen loyal to Haftar"
				}
			}
		}
	}
	return nil
}

// hyphenLeader returns the known actor named before the hyphen of "-led" at k, right
// before the noun t ("Hamas-led gunmen"); not a name no dictionary knows ("Gulf-led
// operations").
func hyphenLeader(s *sentence, t, k int) *mention {
	if k != t-1 || k < 2 || s.toks[k-1].text != "-" {
		return nil
	}
	if m := s.at[k-2]; m != nil && m.end == k-1 && m.ent.isActor() && !m.ent.unknown {
		return m
	}
	return nil
}

// sentFrom returns the actors that a state's forces or delegations come from, when they
// carry no owner of their own: "troops from Chad and Niger attacked", "delegations from
// Armenia and Azerbaijan signed"; not men who are only from a place ("fighters from
// Chad").
func (a *article) sentFrom(s *sentence, t int) []arg {
	if a.lex.in("irregular", s.lemma[t]) {
		return nil // "fighters from Chad", "mercenaries from Syria": men from a place, not its state's
	}
	if s.child(t, "nmod:poss") >= 0 || s.child(t, "amod") >= 0 && s.at[s.child(t, "amod")] != nil {
		return nil
	}
	for _, k := range s.children(t, "nmod") {
		if s.prep(k) == "from" && k > t {
			return decay(a.argsAt(s, k), 0.9)
		}
	}
	return nil
}

// isForceNoun tells whether the noun at t is one of assets or forces ("positions",
// "troops").
func (a *article) isForceNoun(s *sentence, t int) bool {
	if a.lex.in("proxy", s.lemma[t]) || a.lex.in("force", s.lemma[t]) {
		return true
	}
	// "Russian air power": the noun with the one before it
	return t > 0 && s.head[t-1] == t && s.rel[t-1] == "compound" && a.lex.in("force", s.toks[t-1].lower+" "+s.lemma[t])
}

// governmentForces: "federal positions", "government troops": the government's, unless
// they have an owner of their own.
func (a *article) governmentForces(s *sentence, t int) []arg {
	if s.child(t, "nmod:poss") >= 0 {
		return nil // "the group's government administration": the owner's, not the state's
	}
	for _, k := range s.children(t, "amod", "compound") {
		if l := s.lemma[k]; (l == "federal" || l == "government") && a.main != nil && k < t {
			e := a.governmentOf(a.main)
			return []arg{{&mention{s: s, ent: e, conf: 0.8, how: byDescription}, 0.8}}
		}
	}
	return nil
}

// carriesOwner tells whether the noun at t stands for its owner: a noun of assets or
// forces, a make of arms ("French Rafales"), arms with their possessor ("the junta's
// weapons"), a role, a statement, or a government owned by "whose".
func (a *article) carriesOwner(s *sentence, t int) bool {
	if a.isForceNoun(s, t) || s.toks[t].upper && a.equipmentName(s, t) || a.lex.in("role", s.lemma[t]) || a.lex.in("role", s.toks[t].lower) || a.lex.in("speech", s.lemma[t]) {
		return true
	}
	if a.lex.in("panel", s.lemma[t]) && a.organisationOwned(s, t) {
		return true // "UN experts accuse Rwanda", "IAEA inspectors"
	}
	if a.lex.in("materiel", s.lemma[t]) && s.child(t, "nmod:poss") >= 0 {
		return true // "supplied most of the junta's weapons", "destroyed Hezbollah's rockets"
	}
	return a.lex.in("government", s.lemma[t]) && s.child(t, "nmod:poss") >= 0 && s.toks[s.child(t, "nmod:poss")].lower == "whose"
}

// organisationOwned: a name of an international body owns the noun at t ("UN experts",
// "experts of the African Union").
func (a *article) organisationOwned(s *sentence, t int) bool {
	for _, k := range s.kids[t] {
		if m := s.at[k]; m != nil && ownerRel(s, t, k) && m.ent.node.Kind == graph.KindOrganisation {
			return true
		}
		for _, c := range s.conjuncts(k)[1:] {
			if m := s.at[c]; m != nil && ownerRel(s, t, k) && m.ent.node.Kind == graph.KindOrganisation {
				return true // "Washington and UN experts"
			}
		}
	}
	return false
}

// ownerArgs: "one of X's ...", "SDF positions", "Houthi targets", "positions of the
// SDF": the owner the noun at t carries.
func (a *article) ownerArgs(s *sentence, t, depth int) []arg {
	for _, k := range s.kids[t] {
		if !ownerRel(s, t, k) && !a.author(s, t, k) {
			continue
		}
		if s.rel[k] == "nmod" && s.at[k] == nil && s.tag[k] == "NOUN" && a.lex.in("placenoun", s.lemma[k]) && a.lex.in("role", s.lemma[t]) && apposedList(s, k) == nil {
			continue // "mayors of several northern Israeli towns": the towns', not Israel's
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

// ownerRel tells whether k, a dependent of the noun t, may name its owner: a
// possessive or a modifier before it ("X's", "SDF positions"), or a phrase after it
// with "of", "belonging to", "loyal to" or "held by".
func ownerRel(s *sentence, t, k int) bool {
	switch s.rel[k] {
	case "nmod:poss", "compound", "amod":
		return k < t
	case "nmod":
		p := s.prep(k)
		return p == "of" || p == "belonging to" || p == "loyal to" || p == "held by"
	}
	return false
}

// author: dependent k of a statement's noun t names who made it ("a statement by the
// African Union", "a letter from the junta"), or of an endeavour's noun who makes it
// ("efforts by Caracas to safeguard").
func (a *article) author(s *sentence, t, k int) bool {
	if s.rel[k] != "nmod" {
		return false
	}
	p := s.prep(k)
	if a.lex.in("endeavour", s.lemma[t]) {
		return p == "by"
	}
	return a.lex.in("speech", s.lemma[t]) && (p == "by" || p == "from")
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
			// "the UN-backed GNA": the agent is the word before the hyphen, not a name
			// listed before it ("Israel and Iran-backed Hezbollah exchanged fire")
			hyphen := v > 1 && s.toks[v-1].text == "-"
			for _, k := range s.kids[v] {
				if hyphen && (s.at[k] == nil || s.at[k].end != v-1) {
					continue
				}
				if k < v && s.at[k] != nil && (s.rel[k] == "obl:unmarked" || s.rel[k] == "compound" || s.rel[k] == "obl" || s.rel[k] == "nmod") {
					out = append(out, arg{s.at[k], s.at[k].conf})
				}
			}
		}
		return out
	}
	return a.activeSubjects(s, v, 0)
}

// activeSubjects returns who does what active verb v says: its subject, or the one
// of the verb or noun it hangs on; depth counts the steps climbed.
func (a *article) activeSubjects(s *sentence, v, depth int) []arg {
	if depth > 4 {
		return nil
	}
	subjRels := []string{"nsubj"}
	if depth > 0 {
		subjRels = append(subjRels, "nsubj:pass") // raising: "X is reported to be arming Y"
	}
	if k := s.child(v, subjRels...); k >= 0 {
		return append(a.argsOrAntecedent(s, v, k), a.coAgents(s, v, k)...)
	}
	h := s.head[v]
	if h < 0 {
		return nil
	}
	if acc := s.accuserOfGerund(v, a.lex); acc >= 0 {
		// "France has been accused by the GNA and by Turkey of quietly backing Haftar",
		// the gerund hung on a noun: the accused does it, not the noun
		if o := s.child(acc, "obj", "nsubj:pass"); o >= 0 {
			return decay(a.argsOrAntecedent(s, acc, o), 0.9)
		}
	}
	switch s.rel[v] {
	case "xcomp":
		return a.controlledSubjects(s, h, depth)
	case "conj":
		if s.child(v, "nsubj:pass") >= 0 {
			return nil
		}
		return decay(a.activeSubjects(s, h, depth+1), 0.9)
	case "advcl", "acl":
		return a.clauseSubjects(s, v, h, depth)
	case "csubj":
		// "Brazil was among the first to recognise Guaidó": the infinitive the parser
		// made the subject of "first" is done by the predicate's own subject
		if k := copulaSubject(s, v, h); k >= 0 {
			return decay(a.argsOrAntecedent(s, h, k), 0.85)
		}
	}
	return nil
}

// coAgents returns those who act together with subject k of verb v: "France,
// together with Germany, condemned", "Saudi Arabia, along with the UAE, pledged",
// "Egypt, alongside the UAE, has armed Haftar", "American warplanes, soon joined by
// French jets, bombed Iraq". A bare "with" is not one ("Hezbollah clashed with
// Israel"), nor another participle's agent ("X, backed by Y, attacked").
func (a *article) coAgents(s *sentence, v, k int) []arg {
	out := asDid(s, v)
	places := append(s.children(k, "nmod"), s.children(v, "obl")...)
	for _, t := range append(append([]int{}, s.kids[v]...), s.kids[k]...) {
		if s.toks[t].lower == "together" {
			places = append(places, s.children(t, "obl", "nmod")...)
		}
	}
	for _, p := range places {
		prep := s.prep(p)
		if c := s.child(p, "case"); prep == "with" && (s.toks[s.head[p]].lower == "together" || c > 0 && s.toks[c-1].lower == "together") {
			prep = "together with" // "sponsors the talks together with Moscow", "together" hung on the verb
		}
		switch {
		case prep == "along with" || prep == "together with":
			out = append(out, decay(a.argsAt(s, p), 0.85)...)
		case prep == "alongside" && (p < v || !a.verbReads(s.lemma[v], "alongside")):
			// "Egypt, alongside the UAE, has armed Haftar", "Qatar has mediated
			// alongside Egypt"; not "fought alongside the army", whom the verb's frame
			// reads as the one helped
			out = append(out, decay(a.argsAt(s, p), 0.85)...)
		}
	}
	out = append(out, a.onBehalfOf(s, v)...)
	for _, j := range s.children(k, "acl") {
		if s.lemma[j] == "join" || s.lemma[j] == "accompany" {
			for _, g := range s.children(j, "obl:agent") {
				out = append(out, decay(a.argsAt(s, g), 0.85)...) // "X, soon joined by Y, bombed"
			}
		}
	}
	return out
}

// verbReads: a frame of the verb reads an oblique of the preposition.
func (a *article) verbReads(lemma, prep string) bool {
	return slices.ContainsFunc(a.lex.frames.verbs[lemma], func(f *frame) bool { return slotHas(f.slots, "obl", prep) })
}

// onBehalfOf returns those on whose behalf verb v is done ("signed the communique on
// behalf of President Paul Kagame"): they do it through the subject. The phrase may
// hang on the verb or on its object.
func (a *article) onBehalfOf(s *sentence, v int) []arg {
	var out []arg
	places := s.kids[v]
	for _, o := range s.children(v, "obj") {
		places = append(slices.Clone(places), s.kids[o]...)
	}
	for _, t := range places {
		if s.lemma[t] != "behalf" || s.prep(t) != "on" {
			continue
		}
		for _, c := range s.children(t, "nmod") {
			if s.prep(c) == "of" {
				out = append(out, decay(a.argsAt(s, c), 0.85)...)
			}
		}
	}
	return out
}

// asDid returns those who, the clause ", as did X" after verb v says, did as its
// subject did: "The EU welcomed the dialogue, as did UN Secretary-General António
// Guterres"; the name after the auxiliary and those listed with it ("as did Qatar and
// Bahrain"), when no other verb stands between.
func asDid(s *sentence, v int) []arg {
	for i := v + 1; i+2 < len(s.toks); i++ {
		if s.tag[i] == "VERB" {
			return nil
		}
		if s.toks[i].lower != "as" || s.toks[i-1].text != "," || !doAuxiliary(s.toks[i+1].lower) {
			continue
		}
		k := i + 2
		if s.toks[k].lower == "the" && k+1 < len(s.toks) {
			k++ // "as has the European Union"
		}
		m := s.at[k]
		if m == nil || m.start != k || !m.ent.isActor() {
			return nil
		}
		out := []arg{{m, m.conf * 0.85}}
		for _, c := range s.conjuncts(m.head)[1:] { // "as did Qatar and Bahrain"
			if o := s.at[c]; o != nil && o.ent.isActor() && c > k {
				out = append(out, arg{o, o.conf * 0.85})
			}
		}
		return out
	}
	return nil
}

// doAuxiliary: a verb that stands for another in "as did X", "as has Y".
func doAuxiliary(w string) bool {
	switch w {
	case "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "would", "will":
		return true
	}
	return false
}

// decay lowers the confidence of readings taken at one remove.
func decay(args []arg, f float64) []arg {
	for i := range args {
		args[i].conf *= f
	}
	return args
}

// argsOrAntecedent returns the mentions dependent k of verb v stands for, or, when k
// is a relative pronoun, those of the noun its clause describes.
func (a *article) argsOrAntecedent(s *sentence, v, k int) []arg {
	rel := a.relativeAntecedent(s, v, k)
	if rel < 0 {
		return a.argsAt(s, k)
	}
	// "Iran, which arms the Houthis, and Saudi Arabia": a clause set off by commas
	// after a name describes it and the names listed before it, not those after
	var out []arg
	for _, o := range a.argsAt(s, rel) {
		if o.m.s != s || o.m.start < v || o.m.start <= rel {
			out = append(out, o)
		}
	}
	return out
}

// pluralAgreement: the verb v, or an auxiliary of it or of a verb joined to it that
// shares its subject, is a present or past form that only a plural subject takes
// ("have backed", "are fighting", "were armed").
func pluralAgreement(s *sentence, v int) bool {
	verbs := []int{v}
	for _, c := range s.children(v, "conj") {
		if s.child(c, "nsubj", "nsubj:pass") < 0 {
			verbs = append(verbs, c) // "which fought X and have long been backed by Iran"
		}
	}
	for _, w := range verbs {
		for _, k := range append(s.children(w, "aux", "aux:pass", "cop"), w) {
			switch s.toks[k].lower {
			case "have", "are", "were", "'re", "'ve":
				return k != w || s.child(w, "aux") < 0
			}
		}
		if plainPresent(s, w) || slices.ContainsFunc(s.kids[w], func(c int) bool { return togetherWord(s.toks[c].lower) && c < w }) {
			return true // "which back Assad", "who both support Ukraine"
		}
	}
	return false
}

// plainPresent: verb v is in the plain form of the present, with no auxiliary, modal
// or "to" before it ("which back Assad"): said of a plural.
func plainPresent(s *sentence, v int) bool {
	if s.tag[v] != "VERB" || s.toks[v].lower != s.lemma[v] || s.child(v, "aux", "aux:pass", "mark") >= 0 {
		return false
	}
	switch s.toks[v].lower {
	case "put", "set", "cut", "hit", "let", "quit", "spread", "beat":
		return false // the past in the same form
	}
	return true
}

// togetherWord: a word that says a clause is of several ("who both support Ukraine").
func togetherWord(w string) bool {
	switch w {
	case "both", "all", "together", "jointly":
		return true
	}
	return false
}

// controlledSubjects returns who does what the infinitive hung on verb h says: its
// object under object control ("urged X to sign", "helped X defeat"), else the
// subject of h ("X agreed to send").
func (a *article) controlledSubjects(s *sentence, h, depth int) []arg {
	if !a.lex.in("objectcontrol", s.lemma[h]) {
		return decay(a.activeSubjects(s, h, depth+1), 0.95)
	}
	o := s.child(h, "obj")
	if o < 0 {
		o = s.child(h, "iobj") // "appointed Getachew Reda to head", with the name read as an indirect object
	}
	if o < 0 && s.lemma[h] == "help" {
		return decay(a.activeSubjects(s, h, depth+1), 0.95) // "Oman helped broker the deal"
	}
	if o < 0 {
		return nil // "whom Abiy appointed to head": the appointed, not Abiy
	}
	return decay(a.argsOrAntecedent(s, h, o), 0.9)
}

// clauseSubjects returns who does what the adverbial or adjectival clause v, hung on
// h, says.
func (a *article) clauseSubjects(s *sentence, v, h, depth int) []arg {
	// "accused X of arming Y", "X has been accused of backing Y", "thanked X for
	// training Somali troops": the one judged does it; "whom Abiy appointed to head
	// the administration", parsed as a clause of its own: the one appointed
	if a.judgesDoer(s, v, h) {
		if o := s.child(h, "obj", "nsubj:pass"); o >= 0 {
			return decay(a.argsOrAntecedent(s, h, o), 0.9)
		}
	}
	if s.rel[v] == "acl" {
		return a.nounClauseSubjects(s, v, h, depth)
	}
	if marks := s.children(v, "mark"); len(marks) > 0 {
		// a clause of its own: a non-finite one ("to defend", "by backing", "after
		// signing") shares its head's subject; a finite one has its own. "before to
		// protect" is parsed with two marks: "to" makes it non-finite
		if slices.ContainsFunc(marks, func(m int) bool { return s.toks[m].lower == "to" }) || strings.HasSuffix(s.toks[v].lower, "ing") {
			return append(decay(a.activeSubjects(s, h, depth+1), 0.8), a.joinedIn(s, v, h)...)
		}
		return nil
	}
	return decay(a.activeSubjects(s, h, depth+1), 0.85)
}

// joinedIn returns the one joined in the act of clause v: "Islamic Jihad joined Hamas
// in turning the plan down": Hamas turned it down too.
func (a *article) joinedIn(s *sentence, v, h int) []arg {
	m := s.child(v, "mark")
	if s.lemma[h] != "join" || m < 0 || s.toks[m].lower != "in" {
		return nil
	}
	if o := s.child(h, "obj"); o >= 0 {
		return decay(a.argsAt(s, o), 0.8)
	}
	return nil
}

// judgesDoer tells whether verb h, which clause v hangs on, makes its object the one
// who does v: a verb of accusing or crediting, or one of object control with "to".
func (a *article) judgesDoer(s *sentence, v, h int) bool {
	if freeAdjunct(s, v, h) {
		return false // "Washington sanctioned Burhan, accusing the army of ...": Washington accuses
	}
	if a.lex.in("accusation", s.lemma[h]) || a.lex.in("crediting", s.lemma[h]) {
		return true
	}
	return a.lex.in("objectcontrol", s.lemma[h]) && s.rel[v] == "advcl" && toInfinitive(s, v)
}

// freeAdjunct: clause v is a participle in -ing with no word to open it, set off by a
// comma after what verb h says ("sanctioned Burhan, accusing the army of attacks"): a
// clause of the one who does h, not of h's object.
func freeAdjunct(s *sentence, v, h int) bool {
	return v > h && s.toks[v-1].text == "," && strings.HasSuffix(s.toks[v].lower, "ing") && s.child(v, "mark") < 0
}

// nounClauseSubjects returns who does what a clause describing noun h says.
func (a *article) nounClauseSubjects(s *sentence, v, h, depth int) []arg {
	offer := a.sumsUp(s, h)
	if a.lex.in("addressed", s.lemma[h]) && toInfinitive(s, v) {
		// "accepted Norway's invitation to join the talks": who accepts it does it; not
		// who turns it down, nor the one who invites
		if hv := s.head[h]; hv >= 0 && s.rel[h] == "obj" && a.accepting(s.lemma[hv]) {
			return decay(a.activeSubjects(s, hv, depth+1), 0.8)
		}
		return nil
	}
	if offer {
		// "accepted an offer by Malaysia to host the talks", "welcomed the Malaysian
		// offer to host": the offer's author does what it offers, and one who takes a
		// stance on it does not
		if by := a.offerAuthors(s, h); len(by) > 0 || s.head[h] >= 0 && a.stanceVerb(s.lemma[s.head[h]]) {
			return decay(by, 0.85)
		}
	}
	if args := a.argsAt(s, h); len(args) > 0 && !offer {
		if authors := a.textAuthors(s, v, h, args); authors != nil {
			return authors
		}
		return decay(args, 0.9) // "troops fighting the SDF"
	}
	// "Rwanda's commitment to stand by Mozambique", "Egypt's decision to send
	// troops": the noun's owner does it
	if p := s.child(h, "nmod:poss"); p >= 0 {
		return decay(a.argsAt(s, p), 0.85)
	}
	// "began a tour taking in Baku to present a plan": the one who does what
	// the noun's verb says
	if hv := s.head[h]; hv >= 0 && s.tag[hv] == "VERB" && (s.rel[h] == "obj" || base(s.rel[h]) == "obl") && !a.refusing(s.lemma[hv]) {
		return decay(a.activeSubjects(s, hv, depth+1), 0.8)
	}
	// "Iran was the first country to send weapons to the Peshmerga": the subject of
	// the copula whose predicate the noun is
	if k := copulaSubject(s, v, h); k >= 0 {
		return decay(a.argsOrAntecedent(s, h, k), 0.85)
	}
	return nil
}

// copulaSubject returns the subject of the copular predicate h that the infinitive v
// ("to send", "to recognise") describes or completes, before v; else -1.
func copulaSubject(s *sentence, v, h int) int {
	m := s.child(v, "mark")
	if m < 0 || s.toks[m].lower != "to" || s.child(h, "cop") < 0 {
		return -1
	}
	if k := s.child(h, "nsubj"); k >= 0 && k < v {
		return k
	}
	return -1
}

// stanceVerb: a frame of the verb takes a stance on an initiative ("accept",
// "welcome", "reject").
func (a *article) stanceVerb(lemma string) bool {
	for _, f := range a.lex.frames.verbs[lemma] {
		if f.initiative == graph.Endorses || f.initiative == graph.Rejects {
			return true
		}
	}
	return false
}

// accepting: a frame of the verb takes on an initiative ("accept", "agree to"), and
// the verb is no mere praise of it ("welcome").
func (a *article) accepting(lemma string) bool {
	return !a.refusing(lemma) && !a.lex.in("acclaim", lemma) && slices.ContainsFunc(a.lex.frames.verbs[lemma], func(f *frame) bool { return f.initiative == graph.Endorses })
}

// offerAuthors returns who made the offer, request or move at h: a phrase of "by" or
// "from" after it ("an offer by Anwar Ibrahim", "a request from Kyiv"), or an actor
// named before it ("the Malaysian offer").
func (a *article) offerAuthors(s *sentence, h int) []arg {
	var out []arg
	for _, k := range s.kids[h] {
		if k > h && s.rel[k] == "nmod" && (s.prep(k) == "by" || s.prep(k) == "from") || k < h && (s.rel[k] == "amod" || s.rel[k] == "compound") {
			for _, ar := range a.argsAt(s, k) {
				if ar.m.ent.isActor() {
					out = append(out, ar)
				}
			}
		}
	}
	return out
}

// refusing: a verb that turns down or fights what it takes ("rejected a statement
// condemning Iran"): what its object says is not its subject's.
func (a *article) refusing(lemma string) bool {
	for _, f := range a.lex.frames.verbs[lemma] {
		if f.initiative == graph.Rejects || f.actor == graph.Opposes {
			return true
		}
	}
	return false
}

// textAuthors returns who put out the text at h that clause v describes, when h is an
// initiative that a verb of proposing or endorsing takes as its object and v acts on
// an actor: in "the Council adopted a resolution condemning the M23" the Council
// condemns the M23 (what a text calls for is the text's own); nil when h is no such
// text.
func (a *article) textAuthors(s *sentence, v, h int, args []arg) []arg {
	if o := s.child(v, "obj"); o < 0 || s.at[o] == nil || s.at[o].ent.init != nil {
		return nil
	}
	for _, x := range args {
		if x.m.ent.init == nil {
			return nil
		}
	}
	hv := s.head[h]
	if hv < 0 || s.rel[h] != "obj" || s.tag[hv] != "VERB" {
		return nil
	}
	for _, f := range a.lex.frames.verbs[s.lemma[hv]] {
		if f.initiative == graph.Proposes || f.initiative == graph.Endorses {
			return decay(a.subjects(s, hv), 0.85)
		}
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
	if s.rel[top] == "acl:relcl" && s.head[top] >= 0 && !misattachedRelative(s, top, k) {
		if x := copularMember(s, s.head[top]); x >= 0 {
			return x
		}
		return listAntecedent(s, v, k, s.head[top])
	}
	// a relative clause the parser did not attach, or hung on a word that is no noun
	// ("has more at stake than China, which has supplied the junta"): the mention just
	// before the pronoun ("Andrew Holness, who hosted the talks")
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.at[j] != nil {
			if exampleListed(s, s.at[j].head) {
				return -1 // "companies in third countries, including China and Iran, that supply Russia"
			}
			return s.at[j].head
		}
		if s.toks[j].text != "," {
			break
		}
	}
	return -1
}

// misattachedRelative: the relative clause at v, its pronoun at k just after a comma
// and a name, hangs on an adjective or a number before that name ("has more at stake
// than China, which has supplied the junta"), or on a noun naming no actor that the
// name's phrase hangs on ("a run of setbacks for the Sudanese army, which has been at
// war with the RSF"): the clause describes the name.
func misattachedRelative(s *sentence, v, k int) bool {
	h := s.head[v]
	if k < 2 || s.toks[k-1].text != "," || s.at[k-2] == nil {
		return false
	}
	switch s.tag[h] {
	case "ADJ", "NUM":
	case "NOUN":
		if s.at[h] != nil || !nmodChain(s, s.at[k-2].head, h) {
			return false // a noun of no actor that the name hangs on: "a run of setbacks for the Sudanese army, which"
		}
	default:
		return false
	}
	return h < s.at[k-2].start
}

// nmodChain: the word at k hangs on h through prepositional phrases only ("a run of
// setbacks for the army": army, setbacks, run), not through an apposition or a clause
// ("the movement led by Hassan Nasrallah").
func nmodChain(s *sentence, k, h int) bool {
	for n := 0; k >= 0 && k != h && n < 6; n++ {
		if s.rel[k] != "nmod" {
			return false
		}
		k = s.head[k]
	}
	return k == h
}

// copularMember returns the subject a copula says is one of the noun n that a relative
// clause describes: "Chad was among those who backed the plan", "Qatar is one of the
// states which fund Hamas" say that Chad backed it and Qatar funds Hamas. Else -1.
func copularMember(s *sentence, n int) int {
	p := n
	if s.tag[n] != "PRON" && s.prep(n) == "of" && s.head[n] >= 0 && s.toks[s.head[n]].lower == "one" {
		p = s.head[n] // "one of the countries that ..."
	} else if s.prep(n) != "among" {
		return -1
	}
	if s.child(p, "cop") < 0 {
		return -1
	}
	return s.child(p, "nsubj")
}

// listAntecedent returns the first of the list the antecedent rel of the relative
// pronoun k is in when the clause's verb v is in the plural ("Asaib Ahl al-Haq and the
// Badr Organisation, which have long been backed by Iran": the whole list); else rel.
func listAntecedent(s *sentence, v, k, rel int) int {
	if !pluralAgreement(s, v) {
		return rel
	}
	h := rel
	if ex := slices.IndexFunc(s.children(rel, "nmod"), func(c int) bool { return exampleListed(s, c) }); ex >= 0 {
		h = s.children(rel, "nmod")[ex] // "Shia militias such as X and Y, which have been backed by Iran": the examples named
	} else if m := s.at[rel]; m != nil {
		h = m.head
	}
	if top := s.climb(h, "conj"); top < k && s.child(top, "conj") >= 0 {
		return top
	}
	return rel
}

// exampleListed: the word at k is in a list of examples ("including China, Iran and
// North Korea", "such as Chad"): a clause after the list is about what they exemplify.
func exampleListed(s *sentence, k int) bool {
	c := s.climb(k, "conj")
	switch s.prep(c) {
	case "including", "such as", "like", "among them":
		return true
	}
	return false
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
			out = append(out, a.directObjects(s, v, f, sl)...)
		case sl.rel == "iobj":
			for _, k := range s.children(v, "iobj") {
				out = append(out, a.argsAt(s, k)...)
			}
		case sl.rel == "obl" && f.held && !a.heldObject(s, v):
			// "took their name from their founder": nothing held is taken
		case sl.rel == "obl":
			// "fired rockets at Israel": the phrase may hang on the object
			places := s.children(v, "obl")
			for _, o := range s.children(v, "obj") {
				places = append(places, s.children(o, "nmod", "obl")...) // "invited the two sides to talks", "to talks" read as the noun's oblique
			}
			if f.actor == "" {
				places = append(places, nounPhrasesBelow(s, v)...) // "invited Ethiopia and the TPLF to peace talks", hung on the last name
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

// heldObject: the object of verb v, if it has one, is a place or something held ("took
// Goma from the army", "seized control of the town from the rebels", "wrested the
// Golan Heights from Syria").
func (a *article) heldObject(s *sentence, v int) bool {
	k := s.child(v, "obj")
	if k < 0 {
		return true
	}
	if m := s.at[k]; s.place[k] || m != nil && (!m.ent.isActor() || m.ent.unknown) {
		return true // a place, or a name the reader knows of no actor ("retook Adan Yabaal from Al-Shabaab")
	}
	l := s.lemma[k]
	return a.lex.in("placenoun", l) || a.lex.in("proxy", l) || a.lex.in("held", l)
}

// nounPhrasesBelow returns the phrases that hang on verb v's object or obliques
// through nouns alone (their own phrases, their conjuncts'): where the parser may hang
// a phrase of the verb's ("invited Ethiopia and the TPLF to peace talks" with "to peace
// talks" on "TPLF", "invited countries with a neutral position to a conference").
func nounPhrasesBelow(s *sentence, v int) []int {
	var out []int
	todo := s.children(v, "obj", "obl")
	for len(todo) > 0 {
		k := todo[0]
		todo = todo[1:]
		for _, c := range s.children(k, "nmod", "obl", "conj") {
			if s.tag[c] == "NOUN" || s.tag[c] == "PROPN" {
				out = append(out, c)
				todo = append(todo, c)
			}
		}
	}
	return out
}

// actedInitiative: the initiative that a noun of what is done to it names with "of"
// ("welcomed the adoption of the text", "hailed Hamas's acceptance of the proposal"):
// a stance on the act is one on the initiative.
func (a *article) actedInitiative(s *sentence, k int) []arg {
	prep := "of"
	switch {
	case a.lex.in("request", s.lemma[k]):
		prep = "for" // "supported the request for a technical pause"
	case !a.lex.in("initiativeact", s.lemma[k]):
		return nil
	}
	var out []arg
	phrases := s.children(k, "nmod")
	if v := s.head[k]; v >= 0 && s.rel[k] == "obj" {
		for _, n := range s.children(v, "obl") {
			if s.child(n, "case") == k+1 {
				phrases = append(phrases, n) // "supported the request for a pause", the phrase hung on the verb
			}
		}
	}
	if prep == "of" {
		phrases = append(phrases, s.children(k, "nmod:poss")...) // "urged its swift adoption"
	}
	for _, n := range phrases {
		if s.prep(n) != prep && s.rel[n] != "nmod:poss" {
			continue
		}
		for _, o := range a.argsAt(s, n) {
			if o.m.ent.init != nil {
				out = append(out, o)
			}
		}
	}
	return out
}

// directObjects returns what the object of verb v names for frame f: the object's
// mentions, or what the object stands for (an asset's owner, the initiative an act on
// it names).
func (a *article) directObjects(s *sentence, v int, f *frame, sl slot) []arg {
	var out []arg
	objs := s.children(v, "obj")
	if b := bareOblique(s, v); b >= 0 {
		objs = append(objs, b)
	}
	if h := zeroRelativeObject(s, v); len(objs) == 0 && h >= 0 {
		objs = append(objs, h) // "the deal Rwanda signed with Congo", "the coalition Maliki heads"
	}
	if a.blamedOn(s, v, f) {
		return nil // "the shooting, which Israel blamed on the PLO": the object is the act blamed
	}
	for _, k := range objs {
		if sl.needs != "" && !hasOblique(s, v, sl.needs) && !hasOblique(s, k, sl.needs) {
			continue // "drove X from Y", "stripped X of his post"
		}
		if s.recipientObject(v, k) {
			continue // "gave the agreement a guarded welcome": the agreement is given to, not given
		}
		if rel := a.relativeAntecedent(s, v, k); rel >= 0 {
			k = rel
		}
		if s.at[k] == nil && a.lightVerb(s, v) && a.opposingAct(s.lemma[k]) {
			continue // "imposed sanctions", "carried out strikes": the act is the light verb's reading, and stands for the verb's own subject
		}
		out = append(out, a.directObject(s, v, k, f)...)
		out = append(out, a.objectIncludes(s, v, k, f)...)
	}
	return out
}

// judgedAct reads the object k of a verb of condemning: an act, whose doers it records
// ("Egypt condemned the strikes"), or "them" or "it" right after one, which stands for
// that act and so for its doers ("Saudi Arabia and Jordan condemned them as well"), not
// for an actor named before; found is what the object was read as.
func (a *article) judgedAct(s *sentence, k int, found []arg) []arg {
	if l := s.toks[k].lower; (l == "them" || l == "it") && a.lastJudged != nil && a.lastJudgedSent >= s.i-1 {
		var out []arg
		for _, x := range a.lastJudged {
			out = append(out, arg{&mention{s: s, start: k, end: k + 1, head: k, ent: x.m.ent, how: byPronoun, conf: 0.7}, 0.7})
		}
		return out
	}
	if s.tag[k] == "NOUN" && a.opposingAct(s.lemma[k]) && len(found) > 0 {
		a.lastJudged, a.lastJudgedSent = found, s.i
	}
	return found
}

// directObject returns what the object k of verb v names in frame f: the actors or
// the initiative it stands for, an act's doers after a verb of condemning, a place's
// holder after a verb of hostility, or what a text the verb takes is about.
func (a *article) directObject(s *sentence, v, k int, f *frame) []arg {
	found := a.argsAt(s, k)
	if a.lex.in("accusation", s.lemma[v]) {
		found = a.judgedAct(s, k, found)
	}
	if f.actor == graph.Opposes && !slices.ContainsFunc(found, func(o arg) bool { return !a.isUnknownPlace(o.m.ent) }) {
		found = append(found, a.targetOwner(s, k)...) // "the junta-held town of Bhamo": the town's holder
	}
	if len(found) == 0 && f.initiative != "" {
		found = a.actedInitiative(s, k)
	}
	if len(found) == 0 && f.joint && a.lex.in("speech", s.lemma[k]) {
		found = a.textOn(s, v, k) // "signed a statement on a complete ceasefire"
	}
	return found
}

// recipientObject: the object k of a verb of giving at v is the first of two objects
// ("gave the plan its backing", "offered Kyiv a loan"): the one given to.
func (s *sentence) recipientObject(v, k int) bool {
	if s.transferVerb == nil || !s.transferVerb(s.lemma[v]) {
		return false
	}
	return slices.ContainsFunc(s.children(v, "obj"), func(o int) bool { return o > k && s.child(o, "det", "nmod:poss") >= 0 })
}

// objectIncludes returns, for a verb of hostility at v, the actors whose holdings an
// "including" phrase names, on its object k or on a phrase of the verb after it
// ("bombed Idlib during the war, including areas held by HTS", hung on "war").
func (a *article) objectIncludes(s *sentence, v, k int, f *frame) []arg {
	if f.actor != graph.Opposes {
		return nil
	}
	out := a.includedTargets(s, k)
	for _, o := range s.children(v, "obl") {
		if o > k {
			out = append(out, a.includedTargets(s, o)...)
		}
	}
	return out
}

// includedTargets returns the actors whose holdings an "including" phrase of the
// object at k names ("struck Lebanon, including positions held by Hezbollah", "bombed
// Idlib, including areas held by HTS"): they are acted on too.
func (a *article) includedTargets(s *sentence, k int) []arg {
	var out []arg
	for _, c := range s.children(k, "nmod") {
		if s.prep(c) != "including" || s.at[c] != nil || s.tag[c] != "NOUN" {
			continue
		}
		found := a.argsAt(s, c)
		if len(found) == 0 {
			found = a.targetOwner(s, c)
		}
		out = append(out, decay(found, 0.9)...)
	}
	return out
}

// zeroRelativeObject returns the noun a relative clause with no relative word
// describes when the clause's verb at v has a subject and no object of its own: the
// noun is its object ("the deal Rwanda signed", "the People's Alliance she leads");
// -1 otherwise.
func zeroRelativeObject(s *sentence, v int) int {
	h := s.head[v]
	if s.rel[v] != "acl:relcl" || h < 0 || h > v || s.child(v, "nsubj") < 0 || s.child(v, "obj", "ccomp", "xcomp") >= 0 {
		return -1
	}
	for _, k := range s.kids[v] {
		if s.tag[k] == "PRON" && k < v && s.rel[k] != "nsubj" || relativeWord(s.toks[k].lower) {
			return -1 // "the deal that Rwanda signed" is read by the relative word; "whom he accused"
		}
	}
	if sub := s.child(v, "nsubj"); sub < h || relativeWord(s.toks[sub].lower) {
		return -1
	}
	return h
}

// blamedOn: verb v, whose frame f takes an on-phrase, has one that names an actor
// ("blamed the shooting on the PLO"), not a day ("condemned Qaddafi on Friday").
func (a *article) blamedOn(s *sentence, v int, f *frame) bool {
	if !slotHas(f.slots, "obl", "on") {
		return false
	}
	for _, k := range s.children(v, "obl") {
		if m := s.at[k]; m != nil && s.prep(k) == "on" && m.ent.isActor() {
			return true
		}
	}
	return false
}

// textOn returns the initiative a text signed at k is on ("signed a statement on a
// complete ceasefire"): signing the text is signing up to it. The phrase may hang on
// the noun or on the verb v.
func (a *article) textOn(s *sentence, v, k int) []arg {
	var out []arg
	for _, n := range append(s.children(k, "nmod"), s.children(v, "obl")...) {
		if s.prep(n) != "on" || n < k {
			continue
		}
		for _, o := range a.argsAt(s, n) {
			if o.m.ent.init != nil {
				out = append(out, o)
			}
		}
	}
	return out
}

// targetOwner: the object of an act against someone is what its possessor owns when
// it names no actor itself ("attacked Ukraine's power grid", "shelled the RSF's supply
// lines"): the act is against the possessor.
// An area held or controlled by someone is theirs too ("shelled Houthi-controlled
// districts", "struck sites in rebel-held areas of Idlib"), and what a demonym
// qualifies is its state's ("sanctions on Russian banks").
func (a *article) targetOwner(s *sentence, k int) []arg {
	for _, c := range append([]int{k}, s.children(k, "compound")...) {
		// "Iran's nuclear facilities", "Hezbollah's weapons depots"
		if p := s.child(c, "nmod:poss"); p >= 0 && s.at[p] != nil && s.at[p].ent.isActor() && !s.at[p].ent.isPerson() {
			return []arg{{s.at[p], s.at[p].conf * 0.85}}
		}
	}
	if owner := a.holder(s, k); len(owner) > 0 {
		return owner
	}
	if out := a.forcesOfStatesIn(s, k); out != nil {
		return out
	}
	for _, n := range s.children(k, "nmod") {
		if s.prep(n) == "in" {
			return decay(a.holder(s, n), 0.9)
		}
	}
	parts := append([]int{k}, s.children(k, "compound")...)
	if slices.ContainsFunc(parts, func(c int) bool { return a.lex.in("irregular", s.lemma[c]) }) {
		return nil // "sanctions on Venezuelan opposition leaders": not the state's
	}
	for _, c := range parts {
		for _, d := range s.children(c, "amod") {
			// "sanctions on Russian banks", "on Iranian oil exports": the state's
			if m := s.at[d]; m != nil && m.how == byDemonym && m.ent.isState() {
				return []arg{{m, m.conf * 0.8}}
			}
		}
	}
	return nil
}

// forcesOfStatesIn returns the armies of the states that an in-phrase of the noun of a
// state's forces at k, or of the verb it is the object of, names as places, when nothing
// else says whose they are ("killed 54 soldiers in Benin", "killed thousands of soldiers
// in Mali, Burkina Faso and Niger"); not irregulars ("fighters in Libya"), nor forces
// with an owner of their own ("French troops in Mali").
func (a *article) forcesOfStatesIn(s *sentence, k int) []arg {
	f := k
	if a.lex.in("quantifier", s.lemma[k]) {
		f = -1
		for _, c := range s.children(k, "nmod") {
			if s.prep(c) == "of" {
				f = c // "thousands of soldiers"
			}
		}
	}
	if f < 0 || !a.lex.in("force", s.lemma[f]) || a.lex.in("irregular", s.lemma[f]) || s.child(f, "amod", "compound", "nmod:poss") >= 0 {
		return nil
	}
	places := s.children(f, "nmod")
	if v := s.head[k]; v >= 0 && s.rel[k] == "obj" {
		places = append(places, s.children(v, "obl")...) // "killed 20 soldiers in Kenya", the phrase hung on the verb
	}
	var out []arg
	for _, n := range places {
		if s.prep(n) != "in" {
			continue
		}
		for _, c := range s.conjuncts(n) {
			if st, r, _, _ := a.lookup(s.toks, c); st != nil && st.isState() && r == byName && s.at[c] == nil {
				out = append(out, arg{&mention{s: s, start: c, end: c + 1, head: c, ent: a.armyOf(st), how: byDescription, conf: 0.75}, 0.75})
			}
		}
	}
	return out
}

// holder returns who holds the area noun k names: "Houthi-controlled districts",
// "rebel-held territory", "areas held by the RSF", "targets belonging to Hezbollah".
func (a *article) holder(s *sentence, k int) []arg {
	for _, v := range s.children(k, "amod", "acl") {
		belongs := s.lemma[v] == "belong" && s.rel[v] == "acl"
		if !a.lex.in("holding", s.lemma[v]) && !belongs {
			continue
		}
		for _, c := range s.kids[v] {
			holds := c < v || s.prep(c) == "by" // "Houthi-controlled", "held by the RSF"
			if belongs {
				holds = s.prep(c) == "to"
			}
			if m := s.at[c]; m != nil && m.ent.isActor() && !m.ent.isPerson() && holds {
				return []arg{{m, m.conf * 0.85}}
			}
			if e := a.hyphenAgent(s, c, v); e != nil {
				return []arg{{&mention{s: s, ent: e, how: byDescription, conf: 0.75}, 0.75}}
			}
		}
	}
	return nil
}

// hyphenAgent returns the actor a generic noun joined by a hyphen to the participle
// at v stands for ("the junta-held town", "rebel-controlled districts"): the one the
// article calls so, as "the junta" or "the rebels" would be.
func (a *article) hyphenAgent(s *sentence, c, v int) *entity {
	if s.at[c] != nil || c+2 != v || s.toks[c+1].text != "-" || s.tag[c] != "NOUN" && s.tag[c] != "ADJ" {
		return nil
	}
	if e, _ := a.genericAgent(s.lemma[c], true, false); e != nil && e.isActor() {
		return e
	}
	return nil
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
	case "acl":
		// "the SLM faction led by Minawi, ... and the JEM": a participle after a noun
		// describes that noun and the ones listed with it before, not those after
		var out []arg
		for _, c := range s.conjuncts(h) {
			if c < v || c == h { // "Backed by Russia, the army retook": fronted, it describes its noun
				out = append(out, a.argAt(s, c, 0)...)
			}
		}
		return out
	case "amod":
		// "the Iran-backed Houthis and Saudi forces": a participle before a noun
		// describes that noun, not the ones listed after it
		return a.argAt(s, h, 0)
	case "conj":
		if out := a.passiveObjects(s, h); len(out) > 0 || s.child(h, "nsubj") < 0 || s.child(v, "aux:pass") < 0 {
			return out
		}
		// "X, which fought U.S. troops and have long been backed by Iran", "Russia
		// invaded Ukraine and was condemned by the UN": the active verb's subject
		return a.argsOrAntecedent(s, h, s.child(h, "nsubj"))
	case "advcl", "parataxis":
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
func (a *article) eventActors(s *sentence, t int, loose bool) []arg {
	if !a.opposingAct(s.lemma[t]) {
		return nil
	}
	if actors := a.nounActors(s, t); len(actors) > 0 {
		return actors
	}
	if v := s.head[t]; v >= 0 && s.rel[t] == "obj" && a.lightVerb(s, v) {
		return a.subjects(s, v) // "AFRICOM carried out an airstrike that killed 27 fighters": who carried it out
	}
	d := s.child(t, "det")
	if d < 0 || s.toks[d].lower != "the" {
		return nil
	}
	if targets := a.eventTargets(s, t); len(targets) > 0 {
		// "condemned the attack on TUSAS": whoever last attacked TUSAS, or no one
		for _, o := range targets {
			if e := a.actBy[o.m.ent]; e != nil {
				return []arg{{&mention{s: s, ent: e, conf: 0.75, how: byDescription}, 0.75}}
			}
		}
		return nil
	}
	// the last act of the kind, or at any distance the only actor acts of the kind had
	// ("the CPC offensive ... the AU condemned the offensive"); only a recent one when
	// not loose, one told in the sentence before
	if e := a.lastEventOf(s, s.lemma[t]); e != nil && (loose || a.lastEventSent[s.lemma[t]] >= s.i-1) {
		return a.doersOf(s, s.lemma[t], e, 0.75)
	}
	if e := a.lastEventOf(s, coupKind); e != nil && a.lex.in("coup", s.lemma[t]) && (loose || a.lastEventSent[coupKind] >= s.i-1) {
		return a.doersOf(s, coupKind, e, 0.75) // "ousted President Bazoum ... condemned the coup"
	}
	if j := a.onlyJunta(); j != nil && a.lex.in("coup", s.lemma[t]) {
		// "President Embalo was deposed ... the junta named ... ECOWAS condemned the
		// takeover": the rulers the coup made, when the article speaks of one junta
		return []arg{{&mention{s: s, ent: j, conf: 0.7, how: byDescription}, 0.7}}
	}
	return a.lastAssaultDoer(s, t, loose)
}

// onlyJunta returns the junta the article has named, when it has named one only.
func (a *article) onlyJunta() *entity {
	var found *entity
	for _, e := range a.ents {
		if e.isJunta() && e.mentions > 0 {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// lastAssaultDoer returns who did the last assault, when the noun at t names one
// ("Turkey launched an offensive ... Tehran opposed the incursion"); or, when loose,
// who did the last hostile act of any kind in this sentence or the one before ("The
// CPC attacked Bangui ... The AU condemned the offensive"). Not loose, only an assault
// told in the sentence before.
func (a *article) lastAssaultDoer(s *sentence, t int, loose bool) []arg {
	if e := a.lastAssault(s, t); e != nil && (loose || a.lastEventSent[assaultKind] >= s.i-1) {
		return a.doersOf(s, assaultKind, e, 0.7)
	}
	if loose && a.hostileAct(s.lemma[t]) && a.lastAct != nil && a.lastActSent >= s.i-1 {
		return []arg{{&mention{s: s, ent: a.lastAct, conf: 0.7, how: byDescription}, 0.7}}
	}
	return nil
}

// lastAssault returns who did the last assault of any kind, when the noun at t is of an
// assault too ("Turkey launched an offensive ... Tehran opposed the incursion"): told in
// this sentence or the two before, or at any distance when all the article's assaults
// were that actor's, no one else's hostile act was read since, and the noun names no
// target of its own.
func (a *article) lastAssault(s *sentence, t int) *entity {
	e := a.lastEvent[assaultKind]
	if e == nil || !a.lex.in("assault", s.lemma[t]) {
		return nil
	}
	if a.lastEventSent[assaultKind] >= s.i-2 {
		return e
	}
	if !a.eventShared[assaultKind] && a.lastAct == e && len(s.children(t, "nmod")) == 0 && (t+1 >= len(s.toks) || s.tag[t+1] != "ADP") {
		return e // a target named ("the raid on the Israeli base") may be another act's
	}
	return nil
}

// lastEventOf returns the actor of the last act of a kind, if it was read in this
// sentence or the two before, or if all acts of the kind were that actor's.
func (a *article) lastEventOf(s *sentence, kind string) *entity {
	if e := a.lastEvent[kind]; e != nil && (a.lastEventSent[kind] >= s.i-2 || !a.eventShared[kind]) {
		return e
	}
	return nil
}

// lightVerb: the verb at v carries the act its object names ("carried out", "launched").
func (a *article) lightVerb(s *sentence, v int) bool {
	if s.tag[v] != "VERB" {
		return false
	}
	if p := s.particle(v); p != "" && hasKey(a.lex.frames.light, s.lemma[v]+"_"+p) {
		return true
	}
	_, ok := a.lex.frames.light[s.lemma[v]]
	return ok
}

// eventTargets returns whom the noun of a hostile act at t names as its target ("the
// attack on TUSAS").
func (a *article) eventTargets(s *sentence, t int) []arg {
	var out []arg
	for _, f := range a.lex.frames.nouns[s.lemma[t]] {
		if f.kind == eventFrame && f.actor == graph.Opposes {
			out = append(out, a.nounObjects(s, t, f)...)
		}
	}
	return out
}

// hostileAct: a word of an act one side does to another ("attack", "offensive",
// "strike"), not of a state both are in ("war", "fighting").
func (a *article) hostileAct(lemma string) bool {
	for _, f := range a.lex.frames.nouns[lemma] {
		if f.kind == eventFrame && f.actor == graph.Opposes && !f.sym {
			return true
		}
	}
	return false
}

// offered returns the initiative that the offer m names after it, or nil: "the
// government's offer of talks", "a proposal for a ceasefire", "an offer by Anwar
// Ibrahim to host the talks".
func (a *article) offered(s *sentence, m *mention) *mention {
	w := m.head
	if m.ent.init == nil || !a.lex.in("offer", s.lemma[w]) {
		return nil
	}
	for _, k := range s.kids[w] {
		switch {
		case k < w:
		case s.rel[k] == "nmod" && (s.prep(k) == "of" || s.prep(k) == "for"):
			if o := s.at[k]; o != nil && o.ent.init != nil && o.ent != m.ent {
				return o
			}
		case s.rel[k] == "acl" && s.tag[k] == "VERB":
			if o := s.child(k, "obj"); o >= 0 && s.at[o] != nil && s.at[o].ent.init != nil && s.at[o].ent != m.ent {
				return s.at[o] // "an offer to host the talks"
			}
		}
	}
	return nil
}

// opposingAct: the noun is one of a hostile act ("attack", "sanctions").
func (a *article) opposingAct(lemma string) bool {
	for _, f := range a.lex.frames.nouns[lemma] {
		if f.kind == eventFrame && f.actor == graph.Opposes {
			return true
		}
	}
	return false
}
