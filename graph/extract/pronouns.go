package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Pronouns are resolved left to right against the discourse: "he", "his" and "him" to
// the last person named; "it" and "its" to the last organisation, group or state that
// was a subject; "they", "them" and "their" to the last plural actor; "we", "us" and
// "our" to the speaker of a quotation, the interviewee in an interview's answers, the
// issuer of a statement. A pronoun whose antecedent is unsure is left unresolved.

// pronouns adds the pronoun mentions of a sentence, updating the discourse with each
// mention as it passes it, a pronoun's as soon as it is resolved ("he said ..., and he
// condemned": the second "he" is the first's).
func (a *article) pronouns(s *sentence) {
	next, named := 0, len(s.ments)
	a.actorSeqBefore = a.lastActorSeq
	for i := range s.toks {
		for next < named && s.ments[next].start <= i {
			a.reownArmy(s, s.ments[next])
			a.pass(s, s.ments[next])
			next++
		}
		if e := a.unnamedSpeaker(s, i); e != nil {
			a.rememberPerson(e, true) // "The representative of the United Kingdom said her delegation ... She"
		}
		if m := a.pairMention(s, i); m != nil {
			a.add(s, m)
			continue
		}
		if m := a.bothMention(s, i); m != nil {
			a.add(s, m)
			continue
		}
		if m := a.countedLeaders(s, i); m != nil {
			a.add(s, m)
			continue
		}
		if s.at[i] != nil || s.tag[i] != "PRON" && s.tag[i] != "DET" || honorific(s, i) {
			continue
		}
		if m := a.pronounMention(s, i); m != nil && a.add(s, m) != nil {
			a.pass(s, m)
		}
	}
}

// reownArmy gives "the army" the owner of the army just named with one: in "Serbia had
// no intention of sending its army into Kosovo, and the army's chief of staff", it is
// Serbia's, not the article's state's. Armies named with their owner earlier in the
// sentence decide, else those of the sentence before, when all are one state's; the
// owner's pronoun is resolved by then, as the reader goes in order.
func (a *article) reownArmy(s *sentence, g *mention) {
	i := g.head
	if g.how != byDescription || g.start != i-1 || s.toks[i-1].lower != "the" || !a.armyNounAt(s, i) || a.openingState(s, i) != nil {
		return // "In Burkina Faso, JNIM is fighting the army": the place the sentence opens with owns it
	}
	owner, one := a.armyOwner(s, g.start)
	if owner == nil && one && s.i > 0 {
		prev := a.sents[s.i-1]
		owner, one = a.armyOwner(prev, len(prev.toks))
	}
	if owner != nil && one {
		g.ent = a.armyOf(owner)
	}
}

// armyOwner returns the state that owns the armies named with an owner before token
// end, and whether there is at most one such state.
func (a *article) armyOwner(s *sentence, end int) (*entity, bool) {
	var owner *entity
	for j := range end {
		if st := a.ownedArmy(s, j); st != nil {
			if owner != nil && owner != st {
				return nil, false
			}
			owner = st
		}
	}
	return owner, true
}

// ownedArmy returns the state whose army the noun at j names by a possessor ("its
// army", "Serbia's army") or a demonym ("the Eritrean army"), or whose army the name
// that starts at j is ("the LAF"), or nil.
func (a *article) ownedArmy(s *sentence, j int) *entity {
	if m := mentionAt(s, j); m != nil && m.start == j && m.how != byDescription && m.ent.state != nil && m.ent.agent == "military" {
		return m.ent.state // "the Lebanese Armed Forces", "the LAF": a state's army by its name
	}
	if !a.armyNounAt(s, j) || s.tag[j] != "NOUN" {
		return nil
	}
	for _, k := range s.kids[j] {
		m := mentionAt(s, k) // a pronoun of this sentence is not yet indexed
		if s.rel[k] != "nmod:poss" && s.rel[k] != "amod" || m == nil {
			continue
		}
		e := m.ent
		if e.node.Kind == graph.KindGovernment && e.state != nil {
			e = e.state
		}
		if e.isState() {
			return e
		}
	}
	return nil
}

// mentionAt returns the mention that covers token k, indexed or not yet.
func mentionAt(s *sentence, k int) *mention {
	if s.at[k] != nil {
		return s.at[k]
	}
	for _, m := range s.ments {
		if m.start <= k && k < m.end {
			return m
		}
	}
	return nil
}

// pass updates the discourse with a mention the reader has passed.
func (a *article) pass(s *sentence, m *mention) {
	a.rememberPair(s, m)
	if m.how == byPronoun && s.toks[m.start].lower == "they" && base(s.rel[m.head]) == "nsubj" {
		a.lastThey, a.lastTheySent = m.ent, s.i
	}
	subject := subjectMention(s, m)
	a.remember(m, subject)
	if subject && m.how != byPronoun {
		a.rememberList(s, m)
	}
	a.seq++
	a.rememberInitiative(s, m)
}

// rememberList records a subject that lists actors ("Russia and Iran back Assad",
// "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar"), which "both" or "the
// four countries" as a later sentence's subject stand for.
func (a *article) rememberList(s *sentence, m *mention) {
	if s.rel[m.head] == "conj" || !m.ent.isActor() {
		return
	}
	list := []*entity{m.ent}
	for _, c := range s.conjuncts(m.head)[1:] {
		if o := s.at[c]; o != nil && o.ent.isActor() && !slices.Contains(list, o.ent) {
			list = append(list, o.ent)
		}
	}
	if len(list) > 1 {
		a.lastList, a.lastListSent = list, s.i
		a.lastListComma = m.start > 0 && s.toks[m.start-1].text == ","
	}
}

// bothMention reads "Both" as a sentence's subject after a sentence whose subject
// listed two actors ("Russia and Iran back Assad. Both have sent troops to Syria"):
// the two; "They" opening the next sentence, after any such list; and "the four
// countries" after a list of four ("Saudi Arabia, the UAE,
// Bahrain and Egypt ... The four countries cut ties"), within three sentences.
func (a *article) bothMention(s *sentence, i int) *mention {
	list := a.lastList
	if len(list) < 2 || s.at[i] != nil {
		return nil
	}
	if s.toks[i].lower == "both" && base(s.rel[i]) == "nsubj" && len(s.kids[i]) == 0 && len(list) == 2 && !a.lastListComma && a.lastListSent == s.i-1 {
		return &mention{start: i, end: i + 1, ent: list[0], also: list[1:], how: byPronoun, conf: 0.75}
	}
	if i == 0 && s.toks[i].lower == "they" && base(s.rel[i]) == "nsubj" && a.lastListSent == s.i-1 {
		// "Kabila, Museveni and Mugabe met in Lusaka. They agreed on a ceasefire"
		return &mention{start: i, end: i + 1, ent: list[0], also: list[1:], how: byPronoun, conf: 0.7}
	}
	d := s.child(i, "det")
	if !a.groupOfList(s, i, len(list)) || (s.lemma[i] == "leader") != list[0].isPerson() {
		return nil // "the two leaders" are people, "the two countries" are not
	}
	for k := d; k < i; k++ {
		if s.at[k] != nil {
			d = i // "the three Sahel juntas": a name that qualifies the noun keeps its own mention
		}
	}
	return &mention{start: d, end: i + 1, ent: list[0], also: list[1:], how: byDescription, conf: 0.75}
}

// countedLeaders reads "the three leaders", "the two men" after as many people and no
// more named before in the sentence ("Trump hosted President Aliyev and Prime Minister
// Pashinyan, where the three leaders signed"), or, when it names none, in the sentence
// before: those people.
func (a *article) countedLeaders(s *sentence, i int) *mention {
	if s.at[i] != nil || s.tag[i] != "NOUN" || s.lemma[i] != "leader" && s.lemma[i] != "man" || s.toks[i].lower == s.lemma[i] {
		return nil
	}
	d, num := s.child(i, "det"), s.child(i, "nummod")
	if d < 0 || num < 0 || s.toks[d].lower != "the" || len(s.kids[i]) != 2 {
		return nil // "the three leaders", not "the three Gulf leaders"
	}
	n := numberWord(s.toks[num].lower)
	people := personsBefore(s, d)
	if len(people) != n && len(people) == 0 && s.i > 0 {
		prev := a.sents[s.i-1]
		people = personsBefore(prev, len(prev.toks))
	}
	if n < 2 || n != len(people) {
		return nil
	}
	return &mention{start: d, end: i + 1, ent: people[0], also: people[1:], how: byDescription, conf: 0.75}
}

// pluralNounBefore: a noun in the plural that no mention covers stands before token
// end in the sentence ("condemned the attacks and ... them"), which "them" may stand for.
func pluralNounBefore(s *sentence, end int) bool {
	for k := 0; k < end; k++ {
		if s.at[k] == nil && pluralNoun(s, k) {
			return true
		}
	}
	return false
}

// personsBefore returns the people a sentence names before token end, each once.
func personsBefore(s *sentence, end int) []*entity {
	var people []*entity
	for _, m := range s.ments {
		if m.start < end && m.ent.isPerson() && !slices.Contains(people, m.ent) {
			people = append(people, m.ent)
		}
	}
	return people
}

// groupOfList: the noun at i is a group noun with "the" and the number of a list of n
// told in the three sentences before ("the four countries"), or "both" for two
// ("both movements").
func (a *article) groupOfList(s *sentence, i, n int) bool {
	num, d := s.child(i, "nummod"), s.child(i, "det")
	if s.tag[i] != "NOUN" || !a.lex.in("groupnoun", s.lemma[i]) || d < 0 || a.lastListSent < s.i-3 {
		return false
	}
	counted := num >= 0 && s.toks[d].lower == "the" && numberWord(s.toks[num].lower) == n
	return counted || num < 0 && s.toks[d].lower == "both" && n == 2
}

// numberWord returns the number a word for two to ten says, or 0.
func numberWord(w string) int {
	for k, n := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"} {
		if w == n || w == strconv.Itoa(k+2) {
			return k + 2
		}
	}
	return 0
}

// rememberPair records the two sides of "between X and Y" ("the war between Eritrea
// and Ethiopia", "talks between the government and the rebels"), which "the two sides"
// and "both parties" stand for after it.
func (a *article) rememberPair(s *sentence, m *mention) {
	h := m.head
	if m.how == byPronoun || s.rel[h] == "conj" || !m.ent.isActor() {
		return
	}
	v := s.head[h]
	if a.namesPair(s, h) {
		for _, c := range s.children(h, "conj") {
			if o := s.at[c]; o != nil && o.ent.isActor() && o.ent != m.ent {
				a.lastPair, a.lastPairSent = [2]*entity{m.ent, o.ent}, s.i
				return
			}
		}
	}
	if s.rel[h] == "obj" && v >= 0 && a.fightVerb(s, v) {
		// "UNITA had fought the MPLA government"
		if k := s.child(v, "nsubj"); k >= 0 && s.at[k] != nil && s.at[k].how != byPronoun && s.at[k].ent.isActor() && s.at[k].ent != m.ent {
			a.lastPair, a.lastPairSent = [2]*entity{s.at[k].ent, m.ent}, s.i
		}
	}
}

// namesPair: the conjuncts at h are two sides: "the war between Eritrea and Ethiopia",
// "Eritrea and Ethiopia fought", "the army and the RSF signed a ceasefire".
func (a *article) namesPair(s *sentence, h int) bool {
	v := s.head[h]
	return s.prep(h) == "between" || base(s.rel[h]) == "nsubj" && v >= 0 && (a.fightVerb(s, v) || a.jointVerb(s, v))
}

// fightVerb: a verb of fighting, which two sides do to each other ("fought",
// "clashed"): a frame of opposition said of both.
func (a *article) fightVerb(s *sentence, v int) bool {
	if s.tag[v] != "VERB" {
		return false
	}
	for _, f := range a.lex.frames.verbs[s.lemma[v]] {
		if f.sym && f.actor == graph.Opposes {
			return true
		}
	}
	return false
}

// jointVerb: a verb two sides do together ("signed", "initialled"): a frame of an
// initiative whose with-phrase acts too.
func (a *article) jointVerb(s *sentence, v int) bool {
	if s.tag[v] != "VERB" {
		return false
	}
	return slices.ContainsFunc(a.lex.frames.verbs[s.lemma[v]], func(f *frame) bool { return f.joint })
}

// pairMention returns a mention of the two sides last named "between X and Y" for a
// plural noun of the sides with "the" or "both" at i ("the two sides", "both parties",
// "the warring parties", "both belligerents"), named in this sentence or the thirty
// before; nil otherwise.
func (a *article) pairMention(s *sentence, i int) *mention {
	if s.at[i] != nil || s.tag[i] != "NOUN" || !a.lex.in("side", s.lemma[i]) || s.toks[i].lower == s.lemma[i] || a.lastPair[0] == nil || a.lastPairSent < s.i-30 {
		return nil
	}
	d := s.child(i, "det")
	if d < 0 || s.toks[d].lower != "the" && s.toks[d].lower != "both" {
		return nil
	}
	if n := s.child(i, "nummod"); n >= 0 && s.toks[n].lower != "two" {
		return nil // "the three parties"
	}
	for _, k := range s.children(i, "amod") {
		if !a.lex.in("sidemodifier", s.toks[k].lower) {
			return nil // "the main parties": others
		}
	}
	if s.child(i, "nmod", "acl:relcl") >= 0 {
		return nil // "the parties to the conflict in Darfur", "the sides that signed": said which
	}
	return &mention{start: d, end: i + 1, ent: a.lastPair[0], also: []*entity{a.lastPair[1]}, how: byDescription, conf: 0.75}
}

// subjectMention: m is its clause's subject or agent, or names one in apposition ("The
// representative of Iraq, Mohammed Aldouri, said"), or opens a sentence the parser made
// a noun the root of.
func subjectMention(s *sentence, m *mention) bool {
	k := m.head
	if s.rel[k] == "appos" && s.head[k] >= 0 {
		k = s.head[k]
	}
	if s.rel[k] == "root" && s.tag[k] != "VERB" && m.start <= 1 {
		return true // "The GUNT, the rebels' coalition, was for years Libya's ally", the copula lost: the name that opens the sentence
	}
	if describingClause(s, s.head[k]) {
		return false // "The Arab League, to which Somalia belongs, rejected it. Its ...": the League's
	}
	if h := s.head[k]; s.rel[k] == "nmod:poss" && h >= 0 && base(s.rel[h]) == "nsubj" && mentionAt(s, h) == nil {
		return true // "Djibouti's position was the most awkward. Its president ...": Djibouti's
	}
	return base(s.rel[k]) == "nsubj" || s.rel[k] == "obl:agent"
}

// describingClause: the verb at v heads, alone or as a later conjunct, a clause that
// describes a name or a noun set beside one ("Hezbollah, the Shiite movement which is
// armed and funded by Iran", "Hezbollah (founded in 1982 and funded by Tehran)", "the
// PMF, an umbrella of militias that was trained by Iran"): who acts in it is not what
// the discourse goes on to speak of.
func describingClause(s *sentence, v int) bool {
	for v >= 0 && s.rel[v] == "conj" {
		v = s.head[v]
	}
	if v < 0 || s.rel[v] != "acl:relcl" && s.rel[v] != "acl" {
		return false
	}
	for h := s.head[v]; h >= 0; h = s.head[h] {
		if mentionAt(s, h) != nil {
			return true
		}
		if b := s.spanStart(h) - 2; s.rel[h] == "appos" && b >= 0 && s.toks[b+1].text == "," && mentionAt(s, b) != nil {
			return true // "came from Hezbollah, the Shiite movement which ...", the noun hung on the verb
		}
		if s.rel[h] != "appos" && s.rel[h] != "nmod" {
			break // "the PMF, an umbrella of militias that was trained by Iran": up to the PMF
		}
	}
	return false
}

// pronounMention returns the mention of what the pronoun at i stands for, or nil.
func (a *article) pronounMention(s *sentence, i int) *mention {
	if e := a.initiativeAntecedent(s, i); e != nil {
		return &mention{start: i, end: i + 1, ent: e, how: byPronoun}
	}
	if k := a.reporterToken(s, i); k >= 0 && s.toks[i].lower == "they" && len(s.conjuncts(k)) > 1 {
		// "Spain, France, Germany and Britain ..., saying that they would": all four
		return &mention{start: i, end: i + 1, ent: s.at[k].ent, how: byPronoun, standsFor: k + 1, conf: surePronounConfidence}
	}
	if unnamedPairOwns(s, i) {
		// "Colombia and Peru ... both governments expressed their solidarity": the
		// subject's, which the reader of pairs finds; no one named before
		return nil
	}
	if h, ok := a.quantifiedHost(s, i); ok {
		if h < 0 {
			return nil
		}
		return &mention{start: i, end: i + 1, ent: s.at[h].ent, how: byPronoun}
	}
	if e := a.antecedent(s, i); e != nil {
		m := &mention{start: i, end: i + 1, ent: e, how: byPronoun}
		if e == a.reporter(s, i) || e == conjunctOwner(s, i) {
			m.conf = surePronounConfidence // "Hamas said it would abide by it", "Hezbollah and its ally"
		}
		return m
	}
	return a.listPronoun(s, i)
}

// listPronoun reads "them" that no plural actor stands for as the list of actors told
// last, in its sentence or the one before ("Mali, Burkina Faso and Niger quit ECOWAS,
// which had suspended them"): all of them.
func (a *article) listPronoun(s *sentence, i int) *mention {
	list := a.lastList
	if s.toks[i].lower != "them" || len(list) < 2 || a.lastListSent < s.i-1 || pluralNounBefore(s, i) {
		return nil
	}
	if a.lastListSent < s.i && pluralNounBefore(a.sents[s.i-1], len(a.sents[s.i-1].toks)) {
		return nil // "Rwanda and Uganda backed rebels. The army fought them": the rebels
	}
	return &mention{start: i, end: i + 1, ent: list[0], also: list[1:], how: byPronoun, conf: 0.7}
}

// surePronounConfidence is how sure a pronoun is whose antecedent its sentence fixes:
// the subject of what its speaker says, which stands for the speaker ("Hamas said it
// would"), or the possessor of a conjunct, which stands for the one listed before it
// ("Hezbollah and its ally Amal"). Nearly as sure as a name.
const surePronounConfidence = 0.95

// quantifiedHost reads "them" in a phrase that counts some of the noun just before its
// comma ("Most peshmerga, many of them loyal to the PUK", "the rebels, some of whom"):
// the pronoun is that noun. It returns the noun's token when a mention covers it, -1
// when none does (the pronoun is then no one named before), and whether the phrase is
// one.
func (a *article) quantifiedHost(s *sentence, i int) (int, bool) {
	if l := s.toks[i].lower; l != "them" && l != "whom" || i < 4 || s.toks[i-1].lower != "of" || !a.lex.in("quantifier", s.toks[i-2].lower) || s.toks[i-3].text != "," {
		return 0, false
	}
	h := i - 4
	if s.tag[h] != "NOUN" && s.tag[h] != "PROPN" {
		return 0, false
	}
	if s.at[h] != nil && s.at[h].ent.isActor() {
		return h, true
	}
	return -1, true
}

// unnamedSpeaker returns the side of a person the subject at i describes by the role
// of speaking for it, unnamed ("The representative of the United Kingdom", "Kenya's
// ambassador", "the Chinese envoy"): "he" and "she" after it are that person, who
// speaks for the side. Nil if i is no such subject.
func (a *article) unnamedSpeaker(s *sentence, i int) *entity {
	if s.at[i] != nil || base(s.rel[i]) != "nsubj" || s.tag[i] != "NOUN" || !a.lex.in("spokesperson", s.lemma[i]) {
		return nil
	}
	if c := s.child(i, "appos", "flat"); c >= 0 && s.at[c] != nil && (!s.at[c].ent.unknown || s.at[c].ent.evidence > 0) {
		return nil // "Iran's foreign minister, Abbas Araghchi,": named, and "he" is the one named
	}
	for _, k := range s.kids[i] {
		m := s.at[k]
		if m == nil || !m.ent.isActor() || m.ent.isPerson() {
			continue
		}
		if s.rel[k] == "nmod:poss" || s.rel[k] == "amod" || s.rel[k] == "compound" || s.rel[k] == "nmod" && s.prep(k) == "of" {
			return m.ent
		}
	}
	return nil
}

// honorific: "His Excellency", "Her Majesty": the pronoun is part of a title, not a
// possessive of anyone named before.
func honorific(s *sentence, i int) bool {
	if i+1 >= len(s.toks) || !s.toks[i+1].upper {
		return false
	}
	switch s.toks[i+1].lower {
	case "excellency", "majesty", "highness", "holiness", "eminence", "royal":
		return true
	}
	return false
}

// antecedent returns what the pronoun at i refers to, or nil.
func (a *article) antecedent(s *sentence, i int) *entity {
	switch s.toks[i].lower {
	case "himself", "herself", "itself", "themselves":
		return a.reflexiveAntecedent(s, i)
	}
	if e := repeatedSubject(s, i); e != nil {
		return e
	}
	switch s.toks[i].lower {
	case "he", "him", "his", "she", "her", "himself", "herself":
		return a.personAntecedent(s, i)
	case "it", "its", "itself":
		return a.thingAntecedent(s, i)
	case "they", "them", "their", "themselves":
		return a.pluralAntecedent(s, i)
	case "we", "us", "our", "ourselves":
		return a.speaker(s, i)
	}
	return nil
}

// repeatedSubject returns what the pronoun at i stands for when it is the subject of a
// clause joined to one whose subject is the same pronoun ("It says its forces are
// defending Rwanda against the FDLR, ..., and it accuses the army"): the first one's.
func repeatedSubject(s *sentence, i int) *entity {
	v := s.head[i]
	if s.rel[i] != "nsubj" || v < 0 || s.rel[v] != "conj" {
		return nil
	}
	k := s.child(s.head[v], "nsubj")
	if k < 0 || k >= i || s.toks[k].lower != s.toks[i].lower {
		return nil
	}
	if m := mentionAt(s, k); m != nil {
		return m.ent
	}
	return nil
}

// personAntecedent: the last person named, but not the person a relative clause
// just described ("Volker Perthes, whom he accused": he is not Perthes).
func (a *article) personAntecedent(s *sentence, i int) *entity {
	if e := a.reporter(s, i); e != nil && e.isPerson() {
		return e
	}
	p := a.lastPerson
	if p == nil || (s.answer && p == a.answerer || p == s.turnPerson) && !s.quoted[i] {
		return nil // "A (Nihal Jayawardena): ... The People's Alliance she leads": she is not the one answering, who says "I"
	}
	// a pronoun before any person in its sentence continues the last sentence's
	// subject ("Guaidó says ... Maduro's re-election was a sham. His reading ...")
	if q := a.lastSubjPerson; q != nil && q != p && a.lastSubjPersonSent == s.i-1 && !a.personBefore(s, i) {
		return q
	}
	if rc := s.head[i]; rc >= 0 && s.rel[rc] == "acl:relcl" {
		if n := s.head[rc]; s.at[n] != nil && s.at[n].ent == p && a.prevPerson != nil {
			return a.prevPerson
		}
	}
	return p
}

// personBefore reports whether a person is named in s before token i.
func (a *article) personBefore(s *sentence, i int) bool {
	for _, m := range s.ments {
		if m.start < i && m.ent.isPerson() {
			return true
		}
	}
	return false
}

// reflexiveAntecedent: "himself", "itself" are the subject of their own clause ("the
// opposition leader declared himself interim president"), or nothing.
func (a *article) reflexiveAntecedent(s *sentence, i int) *entity {
	v := s.head[i]
	if v < 0 {
		return nil
	}
	for _, ar := range a.subjects(s, v) {
		if ar.m.ent.isPerson() == (s.toks[i].lower == "himself" || s.toks[i].lower == "herself") {
			return ar.m.ent
		}
	}
	return nil
}

// thingAntecedent: "it" and "its" are the subject of the sentence when it precedes
// them, else the last organisation, group or state that was a subject. "It" as an
// object of a verb of stance is an initiative, found by the initiative reader.
func (a *article) thingAntecedent(s *sentence, i int) *entity {
	if s.rel[i] == "expl" || s.toks[i].lower == "it" && s.rel[i] == "obj" {
		return nil
	}
	if e := a.reporter(s, i); e != nil && !e.isPerson() {
		return e
	}
	if e := conjunctOwner(s, i); e != nil {
		return e
	}
	if e := a.describedNoun(s, i); e != nil {
		return e
	}
	if apposed := a.apposedTo(s, i); apposed != nil {
		// "Armenia belongs to the CSTO, and Russia, its treaty ally": the subject of a
		// main clause before; "between Turkey and the United States, its NATO ally":
		// the one it is listed with
		if e := mainSubjectBefore(s, i, apposed); e != nil {
			return e
		}
		if n := s.head[i]; s.toks[n].lower != s.lemma[n] {
			return nil // "Qatar and Turkey, its main backers": the plural describes the whole list, none of it its owner
		}
		return conjoinedBefore(s, i-2)
	}
	if e := ownObjectsOwner(s, i); e != nil {
		return e // "CARICOM, whose chairman is Dominica's Prime Minister, has reaffirmed its support"
	}
	described := describedByClause(s, i)
	if e := pronounSubjectBefore(s, i, described); e != nil {
		return e
	}
	if a.initiativeSubjectBefore(s) {
		return nil // "Resolution 2127, drafted by France, authorised MISCA. It also imposed ...": the resolution
	}
	if a.lastActor != nil && !a.lastActor.plural && !slices.Contains(described, a.lastActor) {
		return a.lastActor
	}
	return nil
}

// ownObjectsOwner returns the subject of the verb whose direct object the possessive
// pronoun at i owns, when a name or description of one body is that subject: "X has
// reaffirmed its support", "X announced its withdrawal" are X's own, whatever was named
// between.
func ownObjectsOwner(s *sentence, i int) *entity {
	k := objectOwnersSubject(s, i)
	if k < 0 || k > i || s.tag[s.head[k]] != "VERB" {
		return nil
	}
	if m := s.at[k]; m != nil && namesThing(m) {
		return m.ent
	}
	return nil
}

// objectOwnersSubject returns the subject of the verb whose direct object the
// possessive pronoun at i qualifies ("X reaffirmed its support"), or -1.
func objectOwnersSubject(s *sentence, i int) int {
	h := s.head[i]
	if s.rel[i] != "nmod:poss" || h < 0 || s.rel[h] != "obj" || s.head[h] < 0 {
		return -1
	}
	return s.child(s.head[h], "nsubj")
}

// describedByClause returns the actors a relative clause with no relative word
// describes when the pronoun at i is that clause's subject: the noun's, and the name's
// it stands in apposition to ("the Janjaweed - Arab militias it has armed": "it" is
// neither).
func describedByClause(s *sentence, i int) []*entity {
	v := s.head[i]
	if base(s.rel[i]) != "nsubj" || v < 0 || s.rel[v] != "acl:relcl" || s.head[v] < 0 {
		return nil
	}
	var out []*entity
	for h := s.head[v]; h >= 0; h = s.head[h] {
		if m := s.at[h]; m != nil {
			out = append(out, m.ent)
		}
		if s.rel[h] != "appos" {
			break
		}
	}
	return out
}

// topicalInitiative returns the initiative pronoun i more likely stands for than the
// last one named: the topic of its own sentence ("X's peace plan offered an amnesty and
// a corridor; the rebels rejected it"), and whether only subjects were named since; or
// the subject of the sentence before ("The Egyptian plan ... called for talks in
// Cairo. Israel accepted it": the plan).
func (a *article) topicalInitiative(s *sentence, i int, last *entity, sent int) (*entity, bool) {
	if sent == s.i {
		if topic := topicInitiative(s, i); topic != nil {
			return topic, subjectsOnlySince(s, topic, i)
		}
	}
	if sent == s.i-1 && s.i > 0 {
		if topic := subjectInitiative(a.sents[s.i-1]); topic != nil {
			return topic, false
		}
	}
	return last, false
}

// subjectInitiative returns the initiative that is the subject of sentence s's main
// verb, or nil.
func subjectInitiative(s *sentence) *entity {
	for _, m := range s.ments {
		h := s.head[m.head]
		if m.ent.init != nil && (base(s.rel[m.head]) == "nsubj" && h >= 0 && s.head[h] < 0 || h < 0) {
			return m.ent // the subject, or the root of a parse that found no verb
		}
	}
	return nil
}

// initiativeSubjectBefore: the sentence before s is about an initiative, the subject of
// its main verb or, however it was parsed, the name it opens with; "it" with no
// antecedent in s continues that topic.
func (a *article) initiativeSubjectBefore(s *sentence) bool {
	if s.i == 0 {
		return false
	}
	prev := a.sents[s.i-1]
	for _, m := range prev.ments {
		h := prev.head[m.head]
		if m.start <= 1 || base(prev.rel[m.head]) == "nsubj" && h >= 0 && prev.head[h] < 0 {
			return m.ent.init != nil
		}
	}
	return false
}

// apposedTo returns the actor named just before the phrase of an agent noun that
// possessive i opens, a comma between ("the United States, its NATO ally"): the
// phrase describes that actor, so "its" is another's.
func (a *article) apposedTo(s *sentence, i int) *entity {
	if s.rel[i] != "nmod:poss" || i < 2 || s.toks[i-1].text != "," || !a.agentNoun(s.lemma[s.head[i]]) {
		return nil // "As for Ansar Dine, its leader": a title is the one named before's
	}
	if m := s.at[i-2]; m != nil && m.end == i-1 {
		return m.ent
	}
	return nil
}

// mainSubjectBefore returns the last actor before token i, other than except, that is
// the subject of a main clause (not of a clause that hangs on another), or nil.
func mainSubjectBefore(s *sentence, i int, except *entity) *entity {
	var found *entity
	for _, m := range s.ments {
		if m.start >= i {
			break
		}
		if !namesThing(m) || m.ent == except || base(s.rel[m.head]) != "nsubj" {
			continue
		}
		if v := s.head[m.head]; v >= 0 && s.head[s.climb(v, "conj")] < 0 {
			found = m.ent
		}
	}
	return found
}

// pronounSubjectBefore returns the actor named before the pronoun at i in its sentence that
// it stands for, leaving out those a clause it is the subject of describes: the subject
// of a main clause, for the subject of a main clause ("the Biden administration
// determined that the RSF had committed genocide; a week later it sanctioned Burhan":
// not the subject of a clause inside it); else the last subject ("Armenia belongs to
// the CSTO, and Russia, its treaty ally": Armenia's); else the last name ("Turkish
// support for the GNA was key to its successes").
func pronounSubjectBefore(s *sentence, i int, described []*entity) *entity {
	if main := mainSubjectBefore(s, i, nil); main != nil && mainClauseSubject(s, i) && !slices.Contains(described, main) {
		return main
	}
	near, subj := thingsBefore(s, i, described...)
	if subj != nil {
		return subj
	}
	return near
}

// mainClauseSubject: the word at i is the subject of a main clause, whose verb the
// sentence's root is, or is listed with.
func mainClauseSubject(s *sentence, i int) bool {
	v := s.head[i]
	return base(s.rel[i]) == "nsubj" && v >= 0 && s.head[s.climb(v, "conj")] < 0
}

// conjoinedBefore returns the actor listed first with the one named at k ("Turkey" in
// "Turkey and the United States"), or nil.
func conjoinedBefore(s *sentence, k int) *entity {
	m := s.at[k]
	h := s.climb(m.head, "conj")
	if h == m.head || s.at[h] == nil || !namesThing(s.at[h]) {
		return nil
	}
	return s.at[h].ent
}

// agentNoun: a noun of the frames that names an actor by its tie to another ("ally",
// "backer", "rival").
func (a *article) agentNoun(lemma string) bool {
	for _, f := range a.lex.frames.nouns[lemma] {
		if f.kind == agentFrame {
			return true
		}
	}
	return false
}

// conjunctOwner: "its" owning a noun joined to a name before it is that name's: "the
// Syrian regime and its backer Russia", "Hamas and its allies".
func conjunctOwner(s *sentence, i int) *entity {
	h := s.head[i]
	if s.rel[i] != "nmod:poss" || h < 0 || s.rel[h] != "conj" || s.head[h] < 0 || s.head[h] > i {
		return nil
	}
	c := nearestConjunct(s, s.head[h], h)
	if m := s.at[c]; m != nil && m.ent.isActor() && !m.ent.isPerson() && m.how != byPronoun {
		return m.ent
	}
	for _, k := range s.children(c, "amod", "compound", "nmod:poss") {
		// "the Saudi royal family and its American protectors": the family's, Saudi Arabia's
		if m := s.at[k]; s.at[c] == nil && m != nil && k < c && m.ent.isActor() && !m.ent.isPerson() && m.how != byPronoun {
			return m.ent
		}
	}
	return nil
}

// nearestConjunct returns the noun that conjunct h, hung on c, is listed with: c, or
// the noun of a phrase hung on c that ends just before the "and" ("a holy war against
// the Saudi royal family and its American protectors": the family).
func nearestConjunct(s *sentence, c, h int) int {
	cc := s.child(h, "cc")
	if cc < 0 || cc-1 <= c {
		return c
	}
	t := cc - 1
	for s.head[t] > c && s.head[t] < cc {
		t = s.head[t]
	}
	if s.head[t] == c && s.rel[t] == "nmod" && (s.tag[t] == "NOUN" || s.tag[t] == "PROPN") {
		return t
	}
	return c
}

// thingsBefore returns the last organisation, group or state named before token i,
// and the last one that is a subject, other than except.
func thingsBefore(s *sentence, i int, except ...*entity) (near, subj *entity) {
	for _, m := range s.ments {
		if m.start >= i {
			break
		}
		if namesThing(m) && !slices.Contains(except, m.ent) {
			near = m.ent
			if base(s.rel[m.head]) == "nsubj" {
				subj = m.ent
			}
		}
	}
	return near, subj
}

// namesThing: a mention of one organisation, group or state by its name or a
// description, not a pronoun, a demonym or a name the article uses as a place.
func namesThing(m *mention) bool {
	e := m.ent
	return e.isActor() && !e.isPerson() && m.how != byPronoun && m.how != byDemonym && !e.plural && (!e.unknown || e.evidence > 0)
}

// speaker returns whom "we" stands for: in quotation marks, the subject of the verb
// of saying that introduces the quotation (or the actor that person speaks for); in an
// interview's answers, the interviewee; in a statement, its issuer.
func (a *article) speaker(s *sentence, i int) *entity {
	if s.quoted[i] {
		if e := a.quoteSpeaker(s); e != nil {
			return e
		}
	}
	if s.answer && a.interviewee != nil {
		return a.interviewee
	}
	if s.turn != nil && !s.quoted[i] {
		return s.turn // a delegate's "we" in a meeting's record
	}
	if a.issuer != nil && !s.quoted[i] {
		return a.issuer
	}
	return nil
}

// quoteSpeaker finds the subject of the verb of saying outside the quotation marks.
func (a *article) quoteSpeaker(s *sentence) *entity {
	for v := range s.toks {
		if s.quoted[v] || !a.lex.in("reporting", s.lemma[v]) {
			continue
		}
		for _, k := range s.children(v, "nsubj") {
			for _, ar := range a.argsAt(s, k) { // "a State Department spokesperson said"
				if ar.m.ent.isActor() {
					return a.ourSide(ar.m.ent)
				}
			}
		}
	}
	return nil
}

// sideOf returns the actor a person speaks for when the article says so (a
// spokesman's owner), else the person.
func (a *article) sideOf(e *entity) *entity {
	if e.isPerson() && e.owner != nil {
		return e.owner
	}
	return e
}

// ourSide returns whom "we" stands for in a person's quoted words: the side the
// article gives them, or the one body the dictionary makes them lead ("'we will strike
// them,' Prime Minister Benjamin Netanyahu said": Israel), else the person.
func (a *article) ourSide(e *entity) *entity {
	if e.isPerson() && e.owner == nil {
		if led := a.soleLed(e); led != nil {
			return led
		}
	}
	return a.sideOf(e)
}

// soleLed returns the one actor the project's dictionary says person p leads, or nil
// when it names none or several.
func (a *article) soleLed(p *entity) *entity {
	if p.entry == nil {
		return nil
	}
	if led := a.lex.led(p.entry); len(led) == 1 {
		return a.entityFor(led[0])
	}
	return nil
}

// initiativeOfAct returns the initiative named last, in this sentence or the two
// before, for "its" before a noun of what is done to an initiative ("urged its swift
// adoption", "rejected its implementation"): only an initiative is adopted or
// implemented; else nil.
func (a *article) initiativeOfAct(s *sentence, i int) *entity {
	if h := s.head[i]; h >= 0 && s.rel[i] == "nmod:poss" && a.lex.in("initiativeact", s.lemma[h]) && a.lastInit != nil && a.lastInitSent >= s.i-2 {
		return a.lastInit
	}
	return nil
}

// initiativeAntecedent: "it" or "them" as what a verb of stance acts on ("welcomed it",
// "signed it", "dismissed them as a demand for capitulation") is the last initiative;
// "them" the last one named in the plural, in this sentence or the one before
// ("restated the conditions at their summit. Belgrade has rejected them"), and none
// named in the singular; "its"
// before an act on an initiative is read by initiativeOfAct.
func (a *article) initiativeAntecedent(s *sentence, i int) *entity {
	switch s.toks[i].lower {
	case "its":
		return a.initiativeOfAct(s, i)
	case "it", "them", "this":
	default:
		return nil
	}
	h := s.head[i]
	last, sent, seq := a.lastInit, a.lastInitSent, a.lastInitSeq
	if s.toks[i].lower == "them" {
		if a.lastPluralInit == nil || a.lastPluralInitSent < s.i-1 {
			return nil // "condemned them" after "the truce": not the truce, which is one
		}
		last, sent, seq = a.lastPluralInit, a.lastPluralInitSent, a.lastPluralInitSeq
	}
	if h < 0 || last == nil || !pronounObject(s, i) {
		return nil
	}
	last, topical := a.topicalInitiative(s, i, last, sent)
	if sent < s.i && a.itNamesOther(s, h, i) {
		return nil
	}
	if sent >= s.i-3 && a.favourablyLabelled(s, h) {
		return last // "hailed it as a victory for Lebanon": what is hailed so is done, not someone
	}
	for _, f := range a.verbFrames(s, h) {
		if f.initiative == "" {
			continue
		}
		// a verb said of actors too ("condemned it"): the initiative only when it was
		// named last, in this sentence or the one before, or when the actors named
		// since are the verb's own subject
		if f.actor == "" || topical || sent >= s.i-1 && (seq > a.lastActorSeq || a.onlySubjectSince(s, h, i, sent, seq)) {
			return last
		}
	}
	return nil
}

// favourablyLabelled: the verb at h gives its object a favourable label ("accepted it
// as a clear achievement", "hailed it as a victory").
func (a *article) favourablyLabelled(s *sentence, h int) bool {
	for _, k := range s.kids[h] {
		if labelRel(s, h, k) && a.labelOf(s, k, "favourable") {
			return true
		}
	}
	return false
}

// verbFrames returns the frames of the verb at h, with its particle where the frames
// know the pair ("turned it down").
func (a *article) verbFrames(s *sentence, h int) []*frame {
	if p := s.particle(h); p != "" && len(a.lex.frames.verbs[s.lemma[h]+"_"+p]) > 0 {
		return a.lex.frames.verbs[s.lemma[h]+"_"+p]
	}
	return a.lex.frames.verbs[s.lemma[h]]
}

// topicInitiative returns the initiative that a clause of this sentence before the
// word at i is about, its subject (or the root the parser made of it), when another
// initiative was named after it: "it" in a later clause stands for the topic, not for
// a noun deep in what the topic says.
func topicInitiative(s *sentence, i int) *entity {
	for _, m := range s.ments {
		if m.start >= i {
			break
		}
		if m.ent.init == nil {
			continue
		}
		switch r := s.rel[m.head]; {
		case base(r) == "nsubj", s.head[m.head] < 0:
			return m.ent
		}
		return nil // the first initiative named is no subject: no topic to prefer
	}
	return nil
}

// subjectsOnlySince: every actor named after the topic initiative and before the word
// at i is the subject of a clause ("the peace plan ...; the rebels rejected it, and
// Moscow dismissed it"): they act on the topic, none is what "it" stands for.
func subjectsOnlySince(s *sentence, topic *entity, i int) bool {
	clause := -1 // the clause the topic is the subject of, when "it" is outside it
	for _, m := range s.ments {
		if m.start >= i {
			break
		}
		if m.ent == topic && clause < 0 {
			if clause = s.head[m.head]; clause < 0 {
				clause = m.head
			}
			if s.dominates(clause, i) {
				clause = len(s.toks) // one clause: every actor after the topic counts
			}
			continue
		}
		inTopic := clause >= 0 && clause < len(s.toks) && s.dominates(clause, m.head) // "a corridor for Russian mercenaries"
		if clause >= 0 && m.ent.isActor() && !inTopic && base(s.rel[m.head]) != "nsubj" {
			return false
		}
	}
	return clause >= 0
}

// pronounObject: the pronoun at i is what its verb acts on: its object, the subject
// of a passive, or an oblique with a preposition ("welcomed it", "it was signed",
// "voted against it").
func pronounObject(s *sentence, i int) bool {
	if h := s.head[i]; s.rel[i] == "obj" && h >= 0 && s.transferVerb != nil && s.transferVerb(s.lemma[h]) && slices.ContainsFunc(s.children(h, "obj"), func(k int) bool { return k > i }) {
		return false // "has given it sanctuary": "it" receives what is given
	}
	return s.rel[i] == "obj" || s.rel[i] == "nsubj:pass" || s.rel[i] == "obl" && s.prep(i) != ""
}

// unnamedSubjectBefore: the clause of h is joined to a clause before it whose subject
// is a singular noun that names no actor or initiative, which "it" in h more likely
// stands for than an initiative of an earlier sentence: "The draft received 14 votes
// in favour, and Russia vetoed it".
func unnamedSubjectBefore(s *sentence, h int) bool {
	v := s.head[h]
	if s.rel[h] != "conj" || v < 0 || v > h {
		return false
	}
	for _, k := range s.kids[v] {
		if base(s.rel[k]) == "nsubj" && s.tag[k] == "NOUN" && s.at[k] == nil && !pluralNoun(s, k) {
			return true
		}
	}
	return false
}

// itNamesOther: "it" at i, whose verb is h, more likely stands for a noun of its own
// sentence that names nothing the article tracks than for an earlier initiative.
func (a *article) itNamesOther(s *sentence, h, i int) bool {
	return s.toks[i].lower == "it" && (unnamedSubjectBefore(s, h) || a.unnamedObjectBefore(s, i))
}

// unnamedObjectBefore: a verb of stance or of judging before the pronoun at i in its
// sentence acts on a definite singular noun that names no actor or initiative, which
// "it" more likely stands for than an initiative of an earlier sentence: "The UN has
// called the ban unlawful and said it cannot accept it", "Ouattara accepted the panel's
// decision; Gbagbo rejected it".
func (a *article) unnamedObjectBefore(s *sentence, i int) bool {
	for k := 0; k < i; k++ {
		if s.rel[k] != "obj" || s.tag[k] != "NOUN" || s.at[k] != nil || pluralNoun(s, k) || s.head[k] < 0 || s.tag[s.head[k]] != "VERB" {
			continue
		}
		v := s.head[k]
		stance := a.lex.in("judging", s.lemma[v]) || slices.ContainsFunc(a.verbFrames(s, v), func(f *frame) bool { return f.initiative != "" })
		if !stance {
			continue
		}
		if d := s.child(k, "det"); d >= 0 && (s.toks[d].lower == "the" || s.toks[d].lower == "this" || s.toks[d].lower == "that") || s.child(k, "nmod:poss") >= 0 {
			return true
		}
	}
	return false
}

// onlySubjectSince: every actor named since the initiative last named (in sentence
// sent, as mention seq) stands in the subject of the verb h before the pronoun at i:
// "the Khartoum agreement. The CPC's communiqué dismisses it", "Tiani announced it;
// ECOWAS dismissed it": an object is not its own clause's subject. A pronoun subject
// stands for who says the clause ("Britain and France said they would back it").
func (a *article) onlySubjectSince(s *sentence, h, i, sent, seq int) bool {
	subj := s.child(h, "nsubj")
	if subj < 0 || sent < s.i && seq <= a.actorSeqBefore {
		return false
	}
	from := 0
	if sent == s.i {
		from = -1
		for _, m := range s.ments {
			if m.start < i && m.ent == a.lastInit {
				from = m.end // named in this sentence: the actors after it
			}
		}
		if from < 0 {
			return false
		}
	}
	speaker := -1 // "Britain and France said they would back it": who says it is the subject too
	if r := s.head[h]; r >= 0 && s.rel[h] == "ccomp" && a.lex.in("reporting", s.lemma[r]) && s.tag[subj] == "PRON" {
		speaker = s.child(r, "nsubj")
	}
	for _, m := range s.ments {
		if m.start >= from && m.start < i && m.ent.isActor() && !s.headedBy(m.head, subj) && (speaker < 0 || !s.headedBy(m.head, speaker)) {
			return false
		}
	}
	return true
}

// reporter: a pronoun that is the subject of what someone says is usually the one who
// says it ("the KLA says it has 15,000 men", "Erdogan said he would").
func (a *article) reporter(s *sentence, i int) *entity {
	if k := a.reporterToken(s, i); k >= 0 {
		return s.at[k].ent
	}
	return nil
}

// reporterToken returns the token of the subject of the verb of saying whose
// reported clause has the pronoun at i as its subject, or as its subject's owner, or
// -1; a participle of saying
// has its head's subject ("Spain and France went further, saying that they would").
func (a *article) reporterToken(s *sentence, i int) int {
	subj := i
	if s.rel[i] == "nmod:poss" && s.head[i] > i && (s.toks[i].lower == "its" || s.toks[i].lower == "their") {
		subj = s.head[i] // "X said its air force had shot down": the subject's owner
	}
	v := s.head[subj]
	if v < 0 || base(s.rel[subj]) != "nsubj" || s.rel[v] != "ccomp" || s.head[v] < 0 || !a.lex.in("reporting", s.lemma[s.head[v]]) {
		return -1
	}
	for r, depth := s.head[v], 0; r >= 0 && depth < 3; r, depth = s.head[r], depth+1 {
		for _, k := range s.children(r, "nsubj") {
			if m := s.at[k]; m != nil && m.start < i {
				return k
			}
		}
		if s.rel[r] != "advcl" && s.rel[r] != "xcomp" && s.rel[r] != "conj" {
			break
		}
	}
	return -1
}

// describedNoun: "its" in a phrase that describes a noun is that noun's ("the House of
// Representatives, based in Tobruk and led by its speaker").
func (a *article) describedNoun(s *sentence, i int) *entity {
	if s.toks[i].lower != "its" {
		return nil
	}
	for n, depth := s.head[i], 0; n >= 0 && depth < 4; n, depth = s.head[n], depth+1 {
		if s.rel[n] == "acl" || s.rel[n] == "acl:relcl" {
			if e := a.describedThing(s, s.head[n]); e != nil || s.rel[n] != "acl" || s.tag[n] != "VERB" {
				return e
			}
			// "Saudi Arabia's right to defend its territory": the infinitive's doer owns the noun
			return a.describedThing(s, s.child(s.head[n], "nmod:poss"))
		}
	}
	return nil
}

// pluralAntecedent: "they", "them" and "their" are the last plural actor named, but an
// object is not its own verb's subject ("GNA forces drove them from the suburbs").
func (a *article) pluralAntecedent(s *sentence, i int) *entity {
	if e := a.reporter(s, i); e != nil && (e.plural || !e.isPerson() && !e.isState()) {
		return e
	}
	if e := a.listSubjectOwns(s, i); e != nil {
		return e // "Egypt and Jordan declared their solidarity with the kingdom": theirs
	}
	if a.actsBefore(s, i) {
		return nil // "condemned the attacks and pledged to help Mozambique confront them": the attacks
	}
	// "The armed forces, he said, remain loyal to Maduro, their commander", "AQIM
	// fighters, with Ansar Dine fighting alongside them, seized": the plural subject
	// before the pronoun in its sentence, not of the pronoun's own verb ("GNA forces
	// drove them back")
	for _, m := range s.ments {
		if m.start >= i {
			break
		}
		if (m.ent.plural || pluralNoun(s, m.head)) && m.how != byPronoun && base(s.rel[m.head]) == "nsubj" && s.head[m.head] != s.head[i] {
			return m.ent
		}
	}
	if e := a.theyAgain(s, i); e != nil {
		return e
	}
	subj := a.clauseSubject(s, i)
	for k := len(a.plurals) - 1; k >= 0 && k >= len(a.plurals)-3; k-- {
		if e := a.plurals[k]; e != subj {
			return e
		}
	}
	return nil
}

// actsBefore: the nearest plural noun before the pronoun at i in its sentence names
// hostile acts and no actor ("condemned the attacks"), acts spoken of rather than done
// by a light verb: "them" stands for those.
func (a *article) actsBefore(s *sentence, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if m := s.at[k]; m != nil && m.ent.isActor() && (m.ent.plural || pluralNoun(s, m.head)) {
			return false
		}
		if s.at[k] == nil && pluralNoun(s, k) {
			// acts spoken of, not done ("launched strikes and drove them back": the rebels)
			return a.opposingAct(s.lemma[k]) && (s.head[k] < 0 || !a.lightVerb(s, s.head[k]))
		}
	}
	return false
}

// theyAgain returns what a subject "they" at i stands for when it goes on from the
// last subject "they", in this sentence or the one before, with no other plural in its
// place since ("they call the coalition the aggression. They welcomed the truce").
func (a *article) theyAgain(s *sentence, i int) *entity {
	if e := a.lastThey; e != nil && a.lastTheySent >= s.i-1 && base(s.rel[i]) == "nsubj" && (a.lastPlural == nil || a.lastPlural == e) {
		return e
	}
	return nil
}

// listSubjectOwns returns the first of the subjects listed for the verb whose object
// the possessive pronoun at i qualifies: a possessive in a clause's object is its
// subject's when the subject is several ("Egypt and Jordan declared their solidarity").
func (a *article) listSubjectOwns(s *sentence, i int) *entity {
	k := objectOwnersSubject(s, i)
	if k < 0 || s.at[k] == nil || s.child(k, "conj") < 0 || !s.at[k].ent.isActor() {
		return nil
	}
	return s.at[k].ent
}

// unnamedPairOwns: the possessive "their" at i qualifies the object of a verb whose
// subject is a plural noun no name covers, counted or with "both" ("both governments
// expressed their solidarity", "the two sides restated their commitment"): "their" is
// that subject's.
func unnamedPairOwns(s *sentence, i int) bool {
	k := objectOwnersSubject(s, i)
	if s.toks[i].lower != "their" || k < 0 || k > i || s.at[k] != nil || !pluralNoun(s, k) {
		return false
	}
	for _, d := range s.children(k, "det", "nummod") {
		if l := s.toks[d].lower; l == "both" || numberWord(l) > 1 || l == "the" && s.child(k, "nummod") >= 0 {
			return true
		}
	}
	return false
}

// clauseSubject returns the entity of the subject of the verb whose object (or
// oblique) i is, or nil.
func (a *article) clauseSubject(s *sentence, i int) *entity {
	v := s.head[i]
	if v < 0 || s.rel[i] != "obj" && base(s.rel[i]) != "obl" {
		return nil
	}
	for _, ar := range a.subjects(s, v) {
		return ar.m.ent
	}
	return nil
}

// pluralNoun: the noun at k is in the plural ("conditions", "talks").
func pluralNoun(s *sentence, k int) bool {
	w := s.toks[k].lower
	return s.tag[k] == "NOUN" && strings.HasSuffix(w, "s") && w != s.lemma[k]
}

// rememberInitiative records the initiative or actor mention m as the last named; a
// statement that speaks as a verb's subject ("the CPC's communiqué dismisses it") is
// its owner's voice, not an initiative that "it" stands for.
func (a *article) rememberInitiative(s *sentence, m *mention) {
	switch {
	case m.ent.init != nil && a.lex.in("speech", s.lemma[m.head]) && s.rel[m.head] == "nsubj":
	case m.ent.init != nil && nestedInInitiative(s, m):
		// "a United States resolution calling for an immediate ceasefire ... voted
		// against it": what the initiative says is not what "it" stands for
	case m.ent.init != nil:
		a.lastInit, a.lastInitSent, a.lastInitSeq = m.ent, s.i, a.seq
		if pluralNoun(s, m.head) {
			a.lastPluralInit, a.lastPluralInitSent, a.lastPluralInitSeq = m.ent, s.i, a.seq
		}
	case m.ent.isActor():
		a.lastActorSeq = a.seq
	}
}

// nestedInInitiative: the initiative mention m is said within the description of
// another ("a resolution calling for an immediate ceasefire", "a draft which would have
// tied any ceasefire to a settlement", "talks on a truce").
func nestedInInitiative(s *sentence, m *mention) bool {
	k := m.head
	for n := 0; n < 4 && k >= 0 && s.head[k] >= 0; n++ {
		h := s.head[k]
		if o := s.at[h]; o != nil && o != m && o.ent.init != nil && o.ent != m.ent && (s.rel[k] == "nmod" || s.rel[k] == "acl" || s.rel[k] == "acl:relcl") {
			return true
		}
		if s.tag[k] == "VERB" && s.rel[k] != "acl" && s.rel[k] != "acl:relcl" && s.rel[k] != "xcomp" {
			return false // a clause of its own
		}
		k = h
	}
	return false
}

// describedThing returns the organisation, group or state the noun at h names, itself
// or by the name in apposition to it ("a rival parliament, the House of
// Representatives, based in Tobruk"), or nil.
func (a *article) describedThing(s *sentence, h int) *entity {
	if h < 0 {
		return nil
	}
	if s.at[h] == nil {
		h = appositeName(s, h)
	}
	if h >= 0 && s.at[h] != nil && s.at[h].ent.isActor() && !s.at[h].ent.isPerson() {
		return s.at[h].ent
	}
	return nil
}

// appositeName returns the first name in apposition to the noun at h, or -1.
func appositeName(s *sentence, h int) int {
	for _, k := range s.children(h, "appos") {
		if s.at[k] != nil {
			return k
		}
	}
	return -1
}
