package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/extract/petrarch"
)

// findMentions finds every actor and initiative mention of a sentence: names first
// (the lexicon's and the article's own), then what they extend over ("Turkish troops",
// "Haftar's forces"), generic names ("the rebels", "the government"), initiatives, and
// last the pronouns, resolved left to right against what came before.
func (a *article) findMentions(s *sentence) {
	a.current = s.i
	a.nameMentions(s)
	a.index(s)
	s.repairNameParticles()
	a.forceMentions(s)
	a.genericMentions(s)
	a.initiativeMentions(s)
	a.unknownNames(s)
	a.index(s)
	a.repairApposedAgent(s)
	a.repairPlaceConjuncts(s)
	a.repairCapitalTitles(s)
	repairNamesJoined(s)
	a.repairTitleHolder(s)
	repairParticipleOnNamed(s)
	apposedGenerics(s)
	a.pronouns(s)
	a.index(s)
}

// repairApposedAgent mends "The list, which was handed to Qatari officials by Kuwait,
// the main mediator in the dispute, gives ..." parsed with the mediator in apposition
// to the list: a noun that names what an actor is (a mediator, an ally, a leader) set
// off after a name that ends just before its comma describes that name, not a head
// before it that names no actor.
func (a *article) repairApposedAgent(s *sentence) {
	for n := 2; n < len(s.toks); n++ {
		h := s.head[n]
		if s.rel[n] != "appos" || h < 0 || h >= n || s.at[h] != nil || !a.actorNoun(s.lemma[n]) {
			continue
		}
		c := s.spanStart(n) - 1
		if c < 1 || s.toks[c].text != "," {
			continue
		}
		m := s.at[c-1]
		if m == nil || m.end != c || m.head == h || !m.ent.isActor() || m.head < h {
			continue
		}
		s.head[n] = m.head
		s.index()
	}
}

// actorNoun: a noun that says what an actor is: a title, or a noun of the frames that
// names the actor itself ("ally", "mediator", "backer").
func (a *article) actorNoun(lemma string) bool {
	if a.lex.in("leader", lemma) {
		return true
	}
	for _, f := range a.lex.frames.nouns[lemma] {
		if f.kind == agentFrame {
			return true
		}
	}
	return false
}

// repairPlaceConjuncts mends "fought Islamic extremists in Mali and Boko Haram"
// parsed with Boko Haram one more place after "in": a group that is no state and no
// place is never where something is, so it is one more of what the place phrase
// describes.
func (a *article) repairPlaceConjuncts(s *sentence) {
	for c := range s.toks {
		h := s.head[c]
		m := s.at[c]
		if s.rel[c] != "conj" || h < 0 || m == nil || m.head != c || !s.place[h] || m.ent.isState() || m.ent.isPerson() || !m.ent.isActor() || m.ent.unknown {
			continue
		}
		cc := s.child(c, "cc")
		if cc < 0 || s.toks[cc].lower != "and" && s.toks[cc].lower != "or" || cc != m.start-1 && cc != m.start-2 {
			continue // "near Mocímboa da Praia, while SAMIM clashed": another clause
		}
		if n := s.head[h]; n >= 0 && s.rel[h] == "nmod" && (s.tag[n] == "NOUN" || s.tag[n] == "PROPN") {
			s.head[c] = n
			s.index()
		}
	}
}

// repairNamesJoined mends "Human Rights Watch and Amnesty International have
// condemned" parsed with the first name a compound of the second: two names with
// "and" or "or" between them are a list, its first member where the second stood.
func repairNamesJoined(s *sentence) {
	for _, m1 := range s.ments {
		h1 := m1.head
		if s.rel[h1] != "compound" || m1.end+1 >= len(s.toks) {
			continue
		}
		c := m1.end
		m2 := s.at[c+1]
		if l := s.toks[c].lower; l != "and" && l != "or" || m2 == nil || m2 == m1 || s.head[h1] != m2.head || !m1.ent.isActor() || !m2.ent.isActor() {
			continue
		}
		h2 := m2.head
		s.head[h1], s.rel[h1] = s.head[h2], s.rel[h2]
		s.head[h2], s.rel[h2] = h1, "conj"
		s.head[c], s.rel[c] = h2, "cc"
		s.index()
	}
}

// repairCapitalTitles mends a title of two words written in capitals after a name
// ("Mohamed ElBaradei, Director General of the IAEA") that the parser split in two
// phrases of the name: the title is one noun phrase, its first word a part of the
// second.
func (a *article) repairCapitalTitles(s *sentence) {
	for k := 1; k+1 < len(s.toks); k++ {
		t := k + 1
		h := s.head[k]
		if h < 0 || h > k || s.at[k] != nil || s.at[t] != nil || !s.toks[k].upper || !s.toks[t].upper || s.toks[k-1].text != "," ||
			s.head[t] != h && s.head[t] != k {
			continue
		}
		if title := s.toks[k].lower + " " + s.toks[t].lower; !a.lex.in("leader", title) && !a.lex.in("role", title) && !a.lex.in("spokesperson", title) {
			continue
		}
		for _, c := range s.kids[k] {
			if c != t {
				s.head[c] = t
			}
		}
		s.head[t], s.rel[t] = h, "appos"
		s.head[k], s.rel[k], s.tag[k] = t, "compound", "NOUN"
		s.tag[t] = "NOUN"
		s.index()
	}
}

// repairParticipleOnNamed mends "positions on a draft resolution, sponsored by the
// United States," parsed with the participle on "positions": a participle with its
// agent set off by a comma describes the name or the initiative right before the
// comma rather than a noun further back that names nothing.
func repairParticipleOnNamed(s *sentence) {
	for v := 2; v < len(s.toks); v++ {
		h := s.head[v]
		if s.rel[v] != "acl" || h < 0 || h >= v-2 || s.at[h] != nil || s.toks[v-1].text != "," || s.child(v, "obl:agent") < 0 {
			continue
		}
		n := v - 2
		if m := s.at[n]; m != nil && m.head == n && (s.tag[n] == "NOUN" || s.tag[n] == "PROPN") && s.headedBy(n, h) {
			s.head[v] = n
			s.index()
		}
	}
}

// repairTitleHolder mends "commanded by the chief of General Staff, Gen Julius
// Karangi" parsed with the name in apposition to what the title is of: a person's
// name after a title and its of-phrase names the title's holder, not the body.
func (a *article) repairTitleHolder(s *sentence) {
	for k := range s.toks {
		h := s.head[k]
		m := s.at[k]
		if s.rel[k] != "appos" || h < 0 || h > k || m == nil || !m.ent.isPerson() || s.rel[h] != "nmod" || s.prep(h) != "of" {
			continue
		}
		if t := s.head[h]; t >= 0 && t < h && s.at[t] == nil && a.lex.in("role", s.lemma[t]) && (s.at[h] == nil || !s.at[h].ent.isPerson()) {
			s.head[k] = t
			s.index()
		}
	}
}

// repairNameParticles mends a name whose particle the parser took for a preposition
// ("fought al Shabaab", "met el Sisi"): a word inside a name marks no case, and a name
// right after its verb with no preposition left is the verb's object.
func (s *sentence) repairNameParticles() {
	changed := false
	for _, m := range s.ments {
		inside := func(k int) bool { return k >= m.start && k < m.end }
		for k := m.start; k < m.end; k++ {
			if s.rel[k] == "case" && inside(s.head[k]) {
				s.tag[k], s.rel[k], changed = "PROPN", "compound", true
				if v := s.head[m.head]; s.rel[m.head] == "obl" && v >= 0 && v == m.start-1 && s.tag[v] == "VERB" {
					s.rel[m.head] = "obj"
				}
			}
		}
	}
	if changed {
		s.index()
	}
}

// add records a mention unless it overlaps one already found.
func (a *article) add(s *sentence, m *mention) *mention {
	for _, o := range s.ments {
		if m.start < o.end && o.start < m.end {
			return nil
		}
	}
	m.s = s
	m.head = s.spanHead(m.start, m.end)
	if m.conf == 0 {
		m.conf = referConfidence[m.how]
	}
	s.ments = append(s.ments, m)
	if m.ent.firstSent == 0 && m.ent.mentions == 0 {
		m.ent.firstSent = s.i
	}
	return m
}

// index sorts the mentions and marks the tokens each covers.
func (a *article) index(s *sentence) {
	slices.SortFunc(s.ments, func(x, y *mention) int { return x.start - y.start })
	clear(s.at)
	for _, m := range s.ments {
		for k := m.start; k < m.end; k++ {
			s.at[k] = m
		}
	}
}

// spanHead returns the token of [i, j) whose head lies outside the span.
func (s *sentence) spanHead(i, j int) int {
	for k := i; k < j; k++ {
		if h := s.head[k]; h < i || h >= j {
			if s.tag[k] != "PUNCT" && s.tag[k] != "DET" {
				return k
			}
		}
	}
	return j - 1
}

// nameMentions finds the names the lexicon and the article know. A state or capital
// after a preposition of place is a place ("in Cairo"), not an actor.
func (a *article) nameMentions(s *sentence) {
	for i := 0; i < len(s.toks); {
		e, r, plural, end := a.lookup(s.toks, i)
		if e == nil {
			i++
			continue
		}
		if a.noMentionHere(s, e, r, i, end) {
			i = end
			continue
		}
		if r == byName && e.isPerson() && e.entry != nil && end-i >= 2 {
			a.teachFamilyName(s, e, i, end)
		}
		if end2 := a.demonymPair(s, e, r, end); end2 > end {
			for k := i; k < end2; k++ {
				s.inName[k] = true // "the Turkish Cypriot leader", "Syrian Kurdish fighters": a people's name
			}
			i = end2
			continue
		}
		if r == byDemonym && !plural && end < len(s.toks) && a.peopleOf(s, end, e) {
			i = end // "Congolese Tutsis", "Syrian refugees": people, not the state
			continue
		}
		if plural && a.countedPeople(s, i) {
			i = end // "killing more than 400 Palestinians", "thousands of Sudanese": people, not the state
			continue
		}
		m := &mention{start: i, end: end, ent: e, how: r}
		if plural {
			m.how = byDemonym
		}
		m.end = a.acronymAfter(s, e, end)
		a.add(s, m)
		i = m.end
	}
}

// noMentionHere reports whether the name of e at [i, end) makes no mention of its own,
// and marks what it is: a place, a branch's name that the group's mention covers
// ("Islamic State-Somalia"), or a word of a longer name ("Kataib Hezbollah", "Islamic
// State Sahel Province").
func (a *article) noMentionHere(s *sentence, e *entity, r refer, i, end int) bool {
	switch {
	case a.isPlace(s, e, r, i, end):
		for k := i; k < end; k++ {
			s.place[k] = true
		}
	case branchOf(s, e, i, end):
		m := s.ments[len(s.ments)-1]
		m.end = end
		m.head = s.spanHead(m.start, m.end)
	case r == byName && !e.isPerson() && a.partOfLongerName(s, i, end):
		for k := i; k < end; k++ {
			s.inName[k] = true
		}
	default:
		return false
	}
	return true
}

// branchOf reports whether the state's name e at [i, end) ends the name of a branch of
// the group named just before it, joined to it by a hyphen with no space ("air strikes
// on Islamic State-Somalia"); not a pair that modifies a noun ("the Hezbollah-Israel
// war").
func branchOf(s *sentence, e *entity, i, end int) bool {
	if !e.isState() || i < 2 || s.toks[i-1].text != "-" || s.toks[i-2].end != s.toks[i-1].start || s.toks[i-1].end != s.toks[i].start || len(s.ments) == 0 {
		return false
	}
	m := s.ments[len(s.ments)-1]
	if m.end != i-1 || m.ent.isState() || m.ent.isPerson() || !m.ent.isActor() {
		return false
	}
	return end >= len(s.toks) || s.tag[end] != "NOUN" && s.tag[end] != "PROPN"
}

// demonymPair returns where a second demonym of another state right after the one
// of e ending at end ends: two demonyms together name a people of the second living
// in the first's land or of its stock ("Turkish Cypriots", "Iraqi Kurdish forces"),
// neither state. It returns end when there is none.
func (a *article) demonymPair(s *sentence, e *entity, r refer, end int) int {
	if r != byDemonym || end >= len(s.toks) || !s.toks[end].upper {
		return end
	}
	if e2, r2, _, end2 := a.lookup(s.toks, end); e2 != nil && e2 != e && r2 == byDemonym {
		return end2
	}
	return end
}

// acronymAfter returns where the name of e ending at end ends with the acronym the
// article gives it in brackets: "Government of National Accord (GNA)" is one mention.
func (a *article) acronymAfter(s *sentence, e *entity, end int) int {
	if end+2 < len(s.toks) && s.toks[end].text == "(" && s.toks[end+2].text == ")" {
		if e2, _, _, end2 := a.lookup(s.toks, end+1); e2 == e && end2 == end+2 {
			return end + 3
		}
	}
	return end
}

// peopleOf reports whether the word at k, after a demonym of e, names people rather
// than e's agents: a noun of people, or another name ("Congolese Tutsis").
func (a *article) peopleOf(s *sentence, k int, e *entity) bool {
	if a.lex.in("people", s.lemma[k]) || a.lex.in("people", s.toks[k].lower) {
		return true
	}
	if s.tag[k] != "PROPN" || !s.toks[k].upper {
		return false
	}
	l := s.toks[k].lower
	if a.lex.in("body", l) || a.lex.in("force", s.lemma[k]) || a.lex.in("role", l) || a.lex.in("role", s.lemma[k]) || a.lex.in("initiative", s.lemma[k]) || len(a.lex.frames.nouns[s.lemma[k]]) > 0 {
		return false // "Egyptian President ...", "Turkish Armed Forces", "Egyptian Proposals"
	}
	other, _, _, _ := a.lookup(s.toks, k)
	return other == nil && !a.lex.firstNames[l]
}

// countedPeople: the plural demonym at i is counted ("400 Palestinians", "thousands of
// Sudanese", "dozens of Afghans"): so many people, not the state they belong to.
func (a *article) countedPeople(s *sentence, i int) bool {
	if i > 0 && s.tag[i-1] == "NUM" {
		return true
	}
	if i > 1 && s.toks[i-1].lower == "of" {
		q := i - 2 // "thousands of Sudanese": a quantifier's plural, or a number
		return s.tag[q] == "NUM" || a.lex.in("quantifier", s.lemma[q]) && s.toks[q].lower != s.lemma[q]
	}
	return false
}

// teachFamilyName: a person the dictionaries know, named in full, may come back by
// family name as the article spells it ("François Bozizé", then "Bozizé").
func (a *article) teachFamilyName(s *sentence, e *entity, i, end int) {
	// the Phoenix files write names without accents: the article's spelling is better
	if written := s.text(a.doc.Text, i, end); e.entry.phoenix != nil && written != e.node.Name &&
		fold(strings.ToLower(written)) == strings.ToLower(e.node.Name) {
		e.node.Aliases = append(e.node.Aliases, e.node.Name)
		e.node.Name = written
		a.keyNames(e, written)
	}
	a.teachFamilyNames(e, s, i, end)
}

// teachFamilyNames gives a person the family names of their name at [i, end), when
// no other actor bears them.
func (a *article) teachFamilyNames(e *entity, s *sentence, i, end int) {
	var words []string
	for k := i; k < end; k++ {
		words = append(words, s.toks[k].text)
	}
	for _, f := range familyNames(words) {
		if other, _, _, fend := a.lookup(tokenize(f), 0); other == nil || other == e && fend < len(tokenize(f)) {
			a.addName(e, f)
		}
	}
}

// partOfLongerName: a known name that a capitalised word no dictionary knows runs on
// from or into is part of another name ("Kataib Hezbollah", "Kenya Defence Forces"), as
// is one joined to the name before it by a linking particle ("Tehreek-e-Taliban
// Pakistan").
func (a *article) partOfLongerName(s *sentence, i, end int) bool {
	unknownWord := func(k int) bool {
		if k < 0 || k >= len(s.toks) || s.tag[k] != "PROPN" || !s.toks[k].upper || s.at[k] != nil || isModel(s.toks[k].text) {
			return false
		}
		l := s.toks[k].lower
		if a.lex.in("notname", l) || a.lex.in("role", l) || a.makeOfArms(s, k) {
			return false
		}
		e, _, _, _ := a.lookup(s.toks, k)
		return e == nil
	}
	return unknownWord(i-1) || unknownWord(end) || izafaLinked(s, i) || i > 0 && s.inName[i-1] && izafaLinked(s, i-1)
}

// izafaLinked: the word at k is joined to the word before it by a linking particle
// between hyphens, as in Urdu, Persian and Arabic names ("Tehreek-e-Taliban",
// "Hizb-ul-Mujahideen"): it is part of that name, even when it is a name of its own.
func izafaLinked(s *sentence, k int) bool {
	if k < 4 || s.toks[k-1].text != "-" || s.toks[k-3].text != "-" || !s.toks[k-4].upper {
		return false
	}
	switch s.toks[k-2].text {
	case "e", "i", "ul", "ud", "ur", "us", "o":
		return true
	}
	return false
}

// makeOfArms: the word at k names a make of the arms its head noun names ("Leopard
// tanks", "Hellfire missiles"), not forces or a body ("Libya Dawn forces").
func (a *article) makeOfArms(s *sentence, k int) bool {
	h := s.head[k]
	if s.rel[k] != "compound" || h <= k || !a.isMateriel(s, h) {
		return false
	}
	return !a.lex.in("personnel", s.lemma[h]) && !a.lex.in("body", s.lemma[h])
}

// isPlace reports whether a state's or capital's name at [i, end) is a place: after a
// preposition of place, or a dateline ("NAIROBI, 4 November"), or "the people of X".
func (a *article) isPlace(s *sentence, e *entity, r refer, i, end int) bool {
	if !e.isState() {
		return false
	}
	if r == byCapital && isAllCaps(s.toks[i].text) && len(s.toks[i].text) > 3 {
		return true
	}
	if end < len(s.toks) && (s.toks[end].lower == "'s" || a.lex.in("force", s.lemma[end]) || a.lex.in("government", s.lemma[end])) {
		return false // "Libya's government", "Kenyan police"
	}
	h := s.spanHead(i, end)
	p := conjunctPrep(s, h)
	if p == "between" && a.betweenParties(s, s.climb(h, "conj")) {
		return false // "the war between Addis Ababa and the TPLF": the parties act
	}
	if a.placePrep(p, r) || r == byCapital && a.assaultOn(s, h, p) {
		return true // "in Libya", "across Yugoslavia"; but "fired at Israel" is at Israel
	}
	return r == byCapital && !actorPrep(p)
}

// conjunctPrep returns the preposition that introduces h or, when none does, the
// first of the conjuncts it belongs to: "the people of Myanmar", "Baku and Yerevan"
// after "in".
func conjunctPrep(s *sentence, h int) string {
	p := s.prep(h)
	if p == "" {
		if c := s.head[h]; c >= 0 && s.rel[h] == "conj" {
			p = s.prep(s.climb(h, "conj"))
		}
	}
	return p
}

// placePrep reports whether a state's or capital's name after preposition p is a
// place: "in Libya", "across Yugoslavia"; not "from", "to", "on" or "between", and
// "at", "toward" only before a capital ("fired at Israel" is at Israel).
func (a *article) placePrep(p string, r refer) bool {
	switch p {
	case "from", "to", "on", "between":
		return false
	case "at", "toward", "towards":
		if r != byCapital {
			return false
		}
	}
	return a.lex.in("locative", p)
}

// actorPrep: no preposition, or one after which a capital stands for its government
// ("talks with Moscow", "pressure from Washington", "a message to Kigali", "stood
// alongside Washington").
// assaultOn: the word at h follows "on", "into" or "toward" after a noun of an assault
// ("an offensive on Tripoli", "the march on Kyiv"): the place attacked.
func (a *article) assaultOn(s *sentence, h int, p string) bool {
	switch p {
	case "on", "into", "toward", "towards":
	default:
		return false
	}
	n := s.head[s.climb(h, "conj")]
	return n >= 0 && a.lex.in("assault", s.lemma[n])
}

func actorPrep(p string) bool {
	switch p {
	case "", "by", "from", "with", "against", "for", "of", "on", "to", "alongside", "behind":
		return true
	}
	return false
}

// betweenParties: "between" at h names the parties of an act or an agreement ("the war
// between", "talks between", "fighting broke out between"), not places ("the border
// between").
func (a *article) betweenParties(s *sentence, h int) bool {
	g := s.head[h]
	if g < 0 {
		return false
	}
	l := s.lemma[g]
	return len(a.lex.frames.nouns[l]) > 0 || a.lex.in("initiative", l) || s.tag[g] == "VERB" && !a.lex.in("placenoun", l)
}

// forceMentions reads nouns of forces with their owner: "Turkish troops" and "Houthi
// fighters" are the state or group (a state's forces are its government's when the
// article names one); "Haftar's forces" and "the militia of warlord Khalifa Haftar" are
// forces of their own, led by Haftar, unless the article names the group he leads.
func (a *article) forceMentions(s *sentence) {
	for i := range s.toks {
		force := a.forceNoun(s, i)
		body := !force && a.personsBody(s, i)
		if !force && !body {
			continue
		}
		owner, before := a.forceOwner(s, i)
		if p := a.factionOfPerson(s, i); body && p != nil {
			owner, before = p, false // "the Sudan Liberation Movement faction of Minni Minnawi": his faction
		}
		if owner == nil || body && !owner.ent.isPerson() || hasOtherNameModifier(s, i, owner) || a.listedIrregulars(s, i, owner) {
			continue
		}
		e, leader := a.forcesFor(s, i, owner, before)
		if before {
			demonym := owner.how == byDemonym
			owner.ent, owner.end, owner.head, owner.how, owner.leader = e, i+1, i, byName, leader
			if demonym {
				owner.conf = referConfidence[byDemonym]
			}
			a.index(s)
			continue
		}
		start := i
		if d := s.child(i, "det"); d >= 0 && d < i && !mentionBetween(s, d, i) {
			start = d // not over a name of its own ("the Sudan Liberation Movement faction of X")
		}
		a.add(s, &mention{start: start, end: i + 1, ent: e, how: byDescription, conf: owner.conf * 0.95, leader: leader})
		a.index(s)
	}
}

// listedIrregulars reads demonyms listed before a noun of irregular fighters ("Iraqi
// and Syrian militias"): each names the fighters of its own people, not the state, as
// one demonym does ("Syrian fighters"). It reports whether it read them.
func (a *article) listedIrregulars(s *sentence, i int, owner *mention) bool {
	list := s.conjuncts(owner.head)
	if !a.lex.in("irregular", s.lemma[i]) || owner.how != byDemonym || !owner.ent.isState() || len(list) < 2 {
		return false
	}
	for _, c := range list {
		if m := s.at[c]; m == nil || m.how != byDemonym || !m.ent.isState() || c > i {
			return false
		}
	}
	noun := s.text(a.doc.Text, i, i+1)
	for _, c := range list {
		m := s.at[c]
		m.ent = a.irregulars(s.text(a.doc.Text, m.start, m.end) + " " + noun)
	}
	a.add(s, &mention{start: i, end: i + 1, ent: owner.ent, how: byDescription, conf: owner.conf * 0.95})
	a.index(s)
	return true
}

// forceNoun: a noun of forces, of irregulars or of a government that no mention
// covers; not "under the command of X", which says who commands another.
func (a *article) forceNoun(s *sentence, i int) bool {
	return s.at[i] == nil && s.tag[i] == "NOUN" && (a.lex.in("force", s.lemma[i]) || a.lex.in("irregular", s.lemma[i]) || a.lex.in("government", s.lemma[i])) && !describesName(s, i) && s.prep(i) != "under"
}

// mentionBetween: a mention covers a word after from and before to.
func mentionBetween(s *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if s.at[k] != nil {
			return true
		}
	}
	return false
}

// namedPartPhrase: the phrase of a faction opens with the name of the body it is part
// of ("Sudan Liberation Movement faction of Minni Minnawi"): that says which faction,
// and stays its name.
func (a *article) namedPartPhrase(phrase string) bool {
	w := strings.Fields(phrase)
	return len(w) > 2 && w[len(w)-1] != "" && strings.Contains(phrase, " of ") && unicode.IsUpper([]rune(w[0])[0]) && !strings.HasSuffix(w[0], "'s")
}

// factionOfPerson returns the person named after "of" who owns the faction at i ("the
// SLM faction of Minni Minnawi"), or nil.
func (a *article) factionOfPerson(s *sentence, i int) *mention {
	for _, k := range s.children(i, "nmod") {
		if m := s.at[k]; k > i && s.prep(k) == "of" && m != nil && m.head == k && m.ent.isPerson() && m.how == byName {
			return m
		}
	}
	return nil
}

// personsBody: the noun at i names a faction that no mention covers ("Aidid's
// faction", "Machar's faction"), read as a body after a person's possessive.
func (a *article) personsBody(s *sentence, i int) bool {
	return s.at[i] == nil && s.tag[i] == "NOUN" && a.lex.in("part", s.lemma[i]) && a.lex.in("ledbody", s.lemma[i]) && s.toks[i].lower == s.lemma[i]
}

// describesName: a noun in the singular right before a name it describes ("the veteran
// Malian jihadist Iyad Ag Ghaly"): a description of one person or body, not forces.
func describesName(s *sentence, i int) bool {
	return i+1 < len(s.toks) && s.toks[i].lower == s.lemma[i] && s.tag[i+1] == "PROPN" && s.headedBy(i+1, i)
}

// forcesFor returns the actor the forces at i stand for, given their owner, and the
// person who leads them, if one does.
func (a *article) forcesFor(s *sentence, i int, owner *mention, before bool) (e, leader *entity) {
	e = owner.ent
	a.noteArmyState(s, i, e)
	switch {
	case e.isState() && before && (a.lex.in("irregular", s.lemma[i]) || a.nonStateModifier(s, owner.end, i)):
		// "Syrian fighters", "Rwandan rebels": people of the state, not its forces;
		// "Turkish-backed Syrian fighters" are named with who backs them
		e = a.irregulars(s.text(a.doc.Text, backerStart(s, owner.start), i+1))
	case e.isPerson() && a.lex.in("ledbody", s.lemma[i]):
		// "Maduro's government", "the Assad regime", "the government of President
		// Touadéra": the body the person leads
		leader = e
		start := s.spanStart(i)
		for start < i && (s.rel[start] == "det" || s.rel[start] == "punct") {
			start++
		}
		e = a.bodyLedBy(e, s.text(a.doc.Text, min(owner.start, start), max(owner.end, i+1)), s.lemma[i])
	case e.isPerson() && a.lex.in("army", s.lemma[i]) && a.armyStateOf(e) != nil:
		// "the army of General Abdel Fattah al-Burhan", "Assad's army": the army of
		// the state the person leads
		leader = e
		e = a.armyOfCommander(a.armyStateOf(e), "")
	case e.isPerson():
		leader = e // "Haftar's forces" are led by Haftar
		e = a.forcesOf(e, s.text(a.doc.Text, min(owner.start, i), max(owner.end, i+1)))
	case e.isState() && a.lex.in("army", s.lemma[i]) && a.namedArmyOf(e) != nil:
		e = a.namedArmyOf(e) // "Sudan's army", where the article names the Sudanese Armed Forces
	case e.isState():
		e = a.governmentOf(e)
	}
	return e, leader
}

// noteArmyState notes a state whose army the noun at i names by the state's name
// ("Sudan's army"): "the army" soon after is Sudan's.
func (a *article) noteArmyState(s *sentence, i int, e *entity) {
	if e.isState() && armyBody(s.lemma[i]) {
		a.lastArmyState, a.lastArmySent = e, s.i
	}
}

// namedArmyOf returns the army of a state that the article names as an actor of its
// own ("the Sudanese Armed Forces (SAF)"), or nil.
func (a *article) namedArmyOf(state *entity) *entity {
	for _, e := range a.ents {
		if e.state == state && e.agent == "military" {
			return e
		}
	}
	return nil
}

// backerStart returns where a phrase that starts with a state's name at start begins
// when a backer stands before it: "Turkish-backed Syrian fighters".
func backerStart(s *sentence, start int) int {
	if start >= 3 && s.toks[start-2].text == "-" && s.tag[start-1] == "VERB" && s.at[start-3] != nil {
		return s.at[start-3].start
	}
	return start
}

// nonStateModifier: a word between a state's name and a noun of forces that makes them
// not the state's ("the Syrian opposition delegation", "Sudanese rebel fighters").
func (a *article) nonStateModifier(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if l := s.lemma[k]; l == "opposition" || l == "exile" || l == "dissident" || a.lex.in("irregular", l) {
			return true
		}
	}
	return false
}

// forceOwner returns the mention that owns the forces at i and whether it stands
// right before them ("Turkish troops", "Haftar's forces") or after ("forces of X").
func (a *article) forceOwner(s *sentence, i int) (*mention, bool) {
	for _, k := range s.kids[i] {
		m := s.at[k]
		switch {
		case m == nil || m.ent.init != nil || !m.ent.isActor():
			continue
		case (s.rel[k] == "nmod:poss" || s.rel[k] == "amod" || s.rel[k] == "compound") && k < i && m.end >= i-3:
			return m, m.end >= i-1 || onlyModifiersBetween(s, m.end, i)
		}
	}
	for _, k := range s.children(i, "nmod") {
		if p := s.prep(k); p == "of" || p == "loyal to" {
			if args := a.argsAt(s, k); len(args) > 0 {
				return args[0].m, false
			}
		}
	}
	return nil, false
}

// onlyModifiersBetween: between a name and its noun only the possessive and
// adjectives stand ("Haftar's retreating forces").
func onlyModifiersBetween(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].lower != "'s" && s.toks[k].lower != "'" && s.tag[k] != "ADJ" && s.tag[k] != "NOUN" && s.tag[k] != "ADV" && s.tag[k] != "VERB" {
			return false
		}
	}
	return true
}

// hasOtherNameModifier: "Russian-backed Syrian troops": the troops are not Russia's.
func hasOtherNameModifier(s *sentence, h int, m *mention) bool {
	for _, k := range s.kids[h] {
		if k >= m.end && k < h && s.tag[k] == "VERB" && k > 0 && s.toks[k-1].text == "-" {
			return true
		}
	}
	return false
}

// stateLedBy returns the state a person leads, as the article's titles or the
// lexicon say, or nil.
func (a *article) stateLedBy(p *entity) *entity {
	if o := p.owner; o != nil && o.isState() {
		return o
	}
	if o := p.owner; o != nil && o.node.Kind == graph.KindGovernment && o.state != nil {
		return o.state
	}
	if p.entry == nil {
		return nil
	}
	for _, x := range a.ledAt(p.entry) {
		if x.node.Kind == graph.KindState {
			return a.entityFor(x)
		}
	}
	return nil
}

// armyStateOf returns the state whose army a person's army is: the state the person
// leads, else the one in whose government the Phoenix dictionary places them at the
// article's date ("Saddam Hussein's army" in 1990).
func (a *article) armyStateOf(p *entity) *entity {
	if st := a.stateLedBy(p); st != nil {
		return st
	}
	return stateOf(a.phoenixGovernment(p, true))
}

// stateOf returns the state of a government, or the state itself where the article
// names no government for it (see governmentOf); nil for nil.
func stateOf(g *entity) *entity {
	if g != nil && g.isState() {
		return g
	}
	if g != nil {
		return g.state
	}
	return nil
}

// ledAt returns what a person's entry says the person leads, unless the article is
// dated before the first office of government the Phoenix dictionary gives the person:
// Paul Kagame leads Rwanda, but not in an article of 1994. Later dates stand, for the
// project's own files know offices newer than the dictionary.
func (a *article) ledAt(e *entry) []*entry {
	if ph := e.roles(); ph != nil && !a.date.IsZero() {
		var first time.Time
		for _, r := range ph.Roles {
			if petrarch.ParseCode(r.Code).Has("GOV") && (first.IsZero() || r.From.Before(first)) {
				first = r.From
			}
		}
		if !first.IsZero() && a.date.Before(first) {
			return nil
		}
	}
	return a.lex.led(e)
}

// forcesOf returns the forces a person commands: the group the article says the person
// leads, else an actor of their own ("Haftar's forces").
func (a *article) forcesOf(p *entity, phrase string) *entity {
	if p.owner != nil && p.role != "" {
		return p.owner // "Savimbi's men" are UNITA's; "Assad's forces", the state's he heads
	}
	if st := a.dictionaryState(p); st != nil {
		return st // "President Isaias Afwerki ... Mr Afwerki's forces": Eritrea's, whatever the article's state
	}
	if st := a.titledHeadOf(p); st != nil {
		return st // "In Belgrade, President Slobodan Milosevic ... Mr Milosevic's forces": Yugoslavia's
	}
	written := ""
	if owner, _, ok := strings.Cut(trimDeterminer(phrase), "'s "); ok && isNameOf(p, owner) {
		written = owner + "'s forces" // "Qaddafi's forces", "Qaddafi's tanks": as written
	}
	for _, e := range a.ents {
		if e.commander == p {
			a.addName(e, phrase)
			if written != "" && strings.HasSuffix(phrase, "'s forces") && e.node.Name != written {
				e.node.Name = written // the article's own words for them, once it writes them
			}
			return e
		}
	}
	name := p.node.Name + "'s forces"
	if f := a.familyName(p); f != "" {
		name = f + "'s forces"
	}
	if written != "" {
		name = written
	}
	e := a.newLocal(name, graph.KindGroup, phrase)
	e.commander = p
	e.plural = true
	return e
}

// dictionaryState returns the state the dictionaries say person p heads: the project's
// own ("leads: [Eritrea]") or the Phoenix dictionary's at the article's date, or for a
// person titled as a state's head, the one state whose government the dictionary
// places them in at any date.
func (a *article) dictionaryState(p *entity) *entity {
	if p.entry != nil {
		for _, e := range a.ledAt(p.entry) {
			if e.node.Kind == graph.KindState {
				return a.entityFor(e)
			}
		}
	}
	if st := stateOf(a.phoenixGovernment(p, p.stateTitle)); st != nil {
		return st
	}
	if p.stateTitle {
		return stateOf(a.phoenixCountry(p)) // "the government of President John Magufuli": Tanzania's, the one state the dictionary places him in
	}
	return nil
}

// titledHeadOf returns the state whose head person p is titled, with no owner before
// the title, in an earlier sentence whose clause names no other state and nothing that
// acts on p: the article's ("In Belgrade, President Slobodan Milosevic dismissed ..."; not
// "Russia has armed the militia of President X"); else nil.
func (a *article) titledHeadOf(p *entity) *entity {
	if !p.stateTitle || a.main == nil || p.titleSent >= a.current {
		return nil
	}
	s := a.sents[p.titleSent]
	var held *mention
	for _, m := range s.ments {
		if m.ent == p && held == nil {
			held = m
		}
	}
	if held == nil {
		return nil
	}
	v := verbOfNoun(s, held.head)
	for _, o := range s.ments {
		st := o.ent
		if st.state != nil {
			st = st.state
		}
		if st.isState() && verbOfNoun(s, o.head) == v && (st != a.main || actsOn(s, o.head, held.head)) {
			return nil // another state in the holder's clause may be the holder's
		}
	}
	return a.main
}

// bodyLedBy returns the body a person leads that a phrase names ("Maduro's
// government"): the government of the state the person's title names, else one of its
// own, named by the phrase.
func (a *article) bodyLedBy(p *entity, phrase, noun string) *entity {
	if a.lex.in("government", noun) && p.owner != nil {
		if p.owner.isState() {
			return a.governmentOf(p.owner)
		}
		if p.owner.node.Kind == graph.KindGovernment {
			return p.owner
		}
	}
	if a.lex.in("government", noun) && p.owner == nil {
		if g := a.phoenixGovernment(p, true); g != nil {
			return g // "President Mahmoud Ahmadinejad's government", "Margaret Thatcher's government" in 1980: their states'
		}
		if g := a.phoenixCountry(p); g != nil && p.stateTitle {
			return g // "the government of President John Magufuli": Tanzania's
		}
	}
	for _, e := range a.ents {
		if e.leader == p && headOf(e.node.Name) == noun {
			a.addName(e, phrase)
			return e
		}
	}
	name := phrase
	if f := a.familyName(p); f != "" && !a.namedPartPhrase(phrase) {
		name = f + "'s " + noun
	}
	kind := graph.KindGroup
	if a.lex.in("government", noun) {
		kind = graph.KindGovernment
	}
	e := a.newLocal(name, kind, phrase)
	e.leader = p
	return e
}

// irregulars returns the group a phrase such as "Syrian fighters" names.
func (a *article) irregulars(phrase string) *entity {
	if e := a.byNameKey(phrase); e != nil {
		return e
	}
	e := a.newLocal(phrase, graph.KindGroup)
	e.plural = true
	return e
}

// familyName returns the shortest alias of a person, their family name.
func (a *article) familyName(p *entity) string {
	best := ""
	for _, al := range p.node.Aliases {
		if !strings.Contains(al, " ") && (best == "" || len(al) < len(best)) {
			best = al
		}
	}
	return best
}

// irregularAssets: an adjective of irregular fighters before a noun of their assets
// ("militant positions", "rebel strongholds", "insurgent targets"): they stand for the
// fighters the article speaks of.
func (a *article) irregularAssets(s *sentence, i int) bool {
	if s.tag[i] != "ADJ" || s.rel[i] != "amod" || s.head[i] <= i || !a.lex.in("proxy", s.lemma[s.head[i]]) {
		return false
	}
	return irregularKind(a.lex.agents[s.lemma[i]])
}

// genericMentions finds nouns that stand for an actor the article has named: "the
// government", "the army", "government forces", "the rebels", "the junta".
func (a *article) genericMentions(s *sentence) {
	for i := range s.toks {
		if !a.genericCandidate(s, i) {
			continue
		}
		if a.ownCountry(s, i) {
			continue
		}
		if e := a.governmentIn(s, i); e != nil && a.lex.in("government", s.lemma[i]) {
			// "the government in Tripoli" names it by its seat, as a capital names a
			// state, not as a government of its own; "the junta in Niamey" does
			how := byDescription
			if a.lex.agents[s.lemma[i]] == "government" {
				how = byCapital
			} else if e.isState() {
				e = a.makeGovernment(e) // "the junta in Niamey": a government of its own, which "the junta" goes on to mean
			}
			a.add(s, &mention{start: genericStart(s, i), end: i + 1, ent: e, how: how, conf: referConfidence[byDescription]})
			continue
		}
		if i+1 < len(s.toks) && a.lex.in("personrole", s.toks[i].lower+" "+s.toks[i+1].lower) {
			continue // "gang leader Chérizier": a kind of person, not the gang named last
		}
		if ownerNamed(s, i) || a.irregularLocated(s, i) || a.governmentOfUnknownPlace(s, i) {
			continue // "Haftar's militia", "Libyan army": the name carries it
		}
		e, how := a.generic(s, i)
		if e == nil {
			continue
		}
		start := genericStart(s, i)
		if b := a.backedGroupStart(s, i); b > start {
			if e.entry == nil || e.node.Kind != graph.KindGroup {
				continue // only a group the dictionaries know: a name read from the text may be none ("Wire staff", a byline's)
			}
			start = b // "the Iran-backed group": the group named before, its patron a mention of its own
		}
		a.add(s, &mention{start: start, end: i + 1, ent: e, how: how})
	}
}

// apposedGenerics gives a generic noun in apposition to a name the name's actor:
// "Jabhat al-Nusra, the jihadist group led by ..." is Nusra, not the last jihadist
// group named; so is a phrase with "a" or "an" that describes it, whatever it names
// ("Al-Shabaab fighters, a mostly Somali force", "the Houthis, a Zaydi movement armed
// by Iran") or a common noun with its people's name ("IGAD, the eastern African bloc
// that brokered the deal"); and a noun in the singular set after a person's name is that person
// ("Redwan Hussien, Abiy Ahmed's national security adviser"). The names no dictionary
// knows are read after the generic nouns, so this comes last.
func apposedGenerics(s *sentence) {
	for _, g := range s.ments {
		if m := describedByNetwork(s, g); m != nil {
			g.ent = m.ent // "the Wazalendo, a loose network of local militias armed by Kinshasa": the Wazalendo
			continue
		}
		i, h := g.head, s.head[g.head]
		if s.rel[i] != "appos" || h < 0 || h > i {
			continue
		}
		described := g.how == byDescription || withArticle(s, i)
		m := apposedName(s, h, i)
		switch {
		case m == nil || m == g || !described && !commonNoun(s, i):
		case namedBody(m) && g.ent.isActor() && !g.ent.isPerson():
			g.ent = m.ent
		case described && m.ent.isPerson() && m.how == byName && s.toks[i].lower == s.lemma[i] && !g.ent.isPerson():
			g.ent = m.ent // "Redwan Hussien, Abiy Ahmed's national security adviser,": the one person
		}
	}
}

// describedByNetwork returns the named body that the generic mention g describes as
// the members of a noun set in apposition to the name ("the Wazalendo, a loose network
// of local militias", "the CSP, a coalition of Tuareg movements"), or nil.
func describedByNetwork(s *sentence, g *mention) *mention {
	n := s.head[g.head]
	if g.how != byDescription || s.rel[g.head] != "nmod" || s.prep(g.head) != "of" || n < 0 || s.rel[n] != "appos" || s.head[n] < 0 || s.head[n] > n {
		return nil
	}
	if m := apposedName(s, s.head[n], n); m != nil && namedBody(m) && m != g {
		return m
	}
	return nil
}

// namedBody: the mention names a body by its name or acronym.
func namedBody(m *mention) bool {
	return m.ent.isActor() && !m.ent.isPerson() && (m.how == byName || m.how == byAcronym)
}

// apposedName returns the mention at h that the apposition at i describes: h's own, or
// the name h is given in an apposition before i ("its ally Amal, the movement headed
// by Berri").
func apposedName(s *sentence, h, i int) *mention {
	if s.at[h] != nil {
		return s.at[h]
	}
	for _, c := range s.children(h, "appos") {
		if c < i && s.at[c] != nil && s.at[c].how == byName {
			return s.at[c]
		}
	}
	return nil
}

// commonNoun: the word at i is a noun in lower case ("the eastern African bloc"), which
// describes what it names rather than naming it.
func commonNoun(s *sentence, i int) bool {
	return s.tag[i] == "NOUN" && !s.toks[i].upper
}

// ownerNamed: the noun at i has its owner named, by a possessor or a name before or
// after it, or modifies a noun that has ("Sudan's army chief": the army is Sudan's).
func ownerNamed(s *sentence, i int) bool {
	if s.child(i, "nmod:poss") >= 0 || namedModifier(s, i) || hyphenKind(s, i) {
		return true
	}
	h := s.head[i]
	return s.rel[i] == "compound" && h > i && (s.child(h, "nmod:poss") >= 0 || namedModifier(s, h))
}

// hyphenKind: a noun with a noun joined by a hyphen before it that says which ones
// they are ("anti-balaka militias"): a kind of their own, not the ones named before;
// with an article ("the ultra-hardline group") it only describes them.
func hyphenKind(s *sentence, i int) bool {
	if s.child(i, "det") >= 0 {
		return false // "the ultra-hardline group" is one named before
	}
	for _, k := range s.children(i, "compound") {
		if k == i-1 && k >= 2 && s.toks[k-1].text == "-" && s.toks[k-2].word && s.toks[k-1].start == s.toks[k-2].end && s.tag[k] == "NOUN" {
			return true
		}
	}
	return false
}

// genericCandidate: a noun no mention covers, in lower case or, after "the", a
// capitalised noun of a body ("the Front"), which may be tagged an adjective when it
// stands alone as a subject.
func (a *article) genericCandidate(s *sentence, i int) bool {
	noun := s.tag[i] == "NOUN" || s.tag[i] == "PROPN" || s.tag[i] == "ADJ" && s.toks[i].upper && a.genericNoun(s.lemma[i]) && base(s.rel[i]) == "nsubj" || a.irregularAssets(s, i)
	if s.at[i] != nil || !noun {
		return false
	}
	if h := s.head[i]; s.rel[i] == "compound" && h > i && a.lex.in("placenoun", s.lemma[h]) {
		return false // "the garrison town", "a rebel town": a kind of place
	}
	if describesNextName(s, i) {
		return false
	}
	return !s.toks[i].upper || i == 0 || a.genericNoun(s.lemma[i]) && s.toks[i-1].lower == "the"
}

// describesNextName: the noun at i says which the name right after it is: "the
// regional bloc IGAD", the name its apposition; "the paramilitary Rapid Support
// Forces", "the rebel M23", however parsed, a body's name.
func describesNextName(s *sentence, i int) bool {
	if i+1 >= len(s.toks) || s.at[i+1] == nil {
		return false
	}
	if s.head[i+1] == i && s.rel[i+1] == "appos" {
		return true
	}
	return s.at[i+1].start == i+1 && !s.toks[i].upper && namedBody(s.at[i+1])
}

// ownCountry reads "her country", "our nation": "The representative of the United
// States said her country had stood by ...": the country of the one who speaks. It
// reports whether the noun at i is such a one.
func (a *article) ownCountry(s *sentence, i int) bool {
	p := s.child(i, "nmod:poss")
	if p < 0 || s.tag[p] != "PRON" || s.lemma[i] != "country" && s.lemma[i] != "nation" {
		return false
	}
	if e := a.speakersCountry(s, i); e != nil {
		a.add(s, &mention{start: p, end: i + 1, ent: e, how: byDescription, conf: 0.85})
	}
	return true
}

// genericStart returns where the mention of generic noun i starts: at its article or
// the first modifier before it that no mention covers.
func genericStart(s *sentence, i int) int {
	start := i
	for _, k := range s.kids[i] {
		if k < i && (s.rel[k] == "det" || s.rel[k] == "amod" || s.rel[k] == "compound") && s.at[k] == nil {
			start = min(start, k)
		}
	}
	return start
}

// backedGroupStart returns where the mention of "the X-backed group" at i starts, after
// the patron's name, which is a mention of its own; -1 when the noun has no patron
// before it, or is no generic noun of a group.
func (a *article) backedGroupStart(s *sentence, i int) int {
	if a.lex.agents[s.lemma[i]] != "group" || i < 3 || s.toks[i-2].text != "-" || !hyphenBody(s.toks[i-1].lower) || s.at[i-3] == nil {
		return -1
	}
	return i - 2
}

// speakersCountry returns the state of whoever says the clause that holds token i: the
// subject of the verb of saying, a state, a person who holds a state's title, or a
// representative, ambassador or minister of a state.
func (a *article) speakersCountry(s *sentence, i int) *entity {
	v := s.head[i]
	for depth := 0; v >= 0 && depth < 4 && !a.lex.in("reporting", s.lemma[v]); depth++ {
		v = s.head[v]
	}
	if v < 0 || !a.lex.in("reporting", s.lemma[v]) {
		return nil
	}
	for _, k := range s.children(v, "nsubj") {
		for _, ar := range a.argsAt(s, k) {
			if e := ar.m.ent; e.isState() {
				return e
			} else if e.isPerson() && e.owner != nil && e.owner.isState() {
				return e.owner
			}
		}
	}
	return nil
}

// genericNoun: a noun that names a kind of body ("front", "government", "council"),
// which stands for one the article names when written alone, in capitals or not.
func (a *article) genericNoun(lemma string) bool {
	lemma = strings.ToLower(lemma)
	return a.lex.in("body", lemma) || a.lex.in("government", lemma) || a.lex.agents[lemma] != ""
}

// namedModifier: a name before the noun ("Libyan army", "Houthi rebels") or after it
// ("forces of the GNA"); not a place that only locates it ("fought alongside the
// alliance in northern Shan", "the rebels around Goma"), where the parser may hang
// the verb's phrase of place on its object.
func namedModifier(s *sentence, i int) bool {
	for _, k := range s.kids[i] {
		if (s.rel[k] == "amod" || s.rel[k] == "compound" || s.rel[k] == "nmod") && (s.at[k] != nil || s.tag[k] == "PROPN") && !locatedIn(s, k) {
			return true
		}
	}
	return false
}

// irregularLocated: a noun of irregular fighters, or of their assets, set in a place
// ("the militants in Mosul", "rebel positions near Kindu"): they may be any such
// fighters there, not the group the article named last.
func (a *article) irregularLocated(s *sentence, i int) bool {
	if !irregularKind(a.lex.agents[s.lemma[i]]) && !a.irregularAssets(s, i) {
		return false
	}
	for _, n := range []int{i, s.head[i]} {
		if n < 0 || n != i && s.rel[i] != "compound" && s.rel[i] != "amod" {
			continue
		}
		for _, k := range s.children(n, "nmod") {
			if locatedIn(s, k) {
				return true
			}
		}
	}
	return false
}

// locatedIn: the phrase at k is a place after a preposition of where ("in northern
// Shan", "around Goma"), no state or known actor.
func locatedIn(s *sentence, k int) bool {
	switch s.prep(k) {
	case "in", "inside", "at", "near", "around", "across", "throughout", "within":
	default:
		return false
	}
	m := s.at[k]
	return s.place[k] || m == nil || m.ent.unknown && !m.ent.isState()
}

// generic resolves a generic noun at i to the actor it stands for.
func (a *article) generic(s *sentence, i int) (*entity, refer) {
	lemma := s.lemma[i]
	// "government forces", "government troops": the government
	if a.lex.in("force", lemma) && a.governmentModified(s, i) {
		if e := a.governmentNamedWith(s, i); e != nil {
			return e, byDescription // "the Federal Government of Somalia ... the federal government"
		}
		return a.governmentOf(a.main), byDescription
	}
	definite, collective, refers := a.genericReference(s, i)
	if !refers || a.lex.agents[lemma] == "camp" && s.toks[i].upper {
		return nil, 0 // "the Republican People's Party", "the Republicans": names, not a camp
	}
	switch {
	case lemma == "kingdom":
		return a.kingdomGovernment(s, definite)
	case a.lex.in("government", lemma):
		return a.genericGovernment(s, i)
	case a.armyNoun(s, i):
		return a.genericArmy(s, i, definite, collective)
	}
	if plural := s.toks[i].lower != lemma && !collective; plural && a.lex.agents[lemma] == "group" {
		return nil, 0 // "the ethnic groups", "the factions": several, not the one named last
	}
	return a.genericAgent(lemma, definite, collective)
}

// genericArmy resolves "the army", "the military" at i: the army of the state a
// clause or the sentence's opening names, the army the article named just before, or
// the article's state's.
func (a *article) genericArmy(s *sentence, i int, definite, collective bool) (*entity, refer) {
	if !definite && !collective {
		return nil, 0
	}
	if st := stateOfRelative(s, i); st != nil && definite {
		return a.armyOf(st), byDescription // "Egypt, which has outlawed the Brotherhood since the army removed Mursi"
	}
	if st := a.openingState(s, i); st != nil && definite {
		return a.armyOf(st), byDescription // "In Burkina Faso, JNIM is fighting the army"
	}
	if e := a.namedArmyBefore(); e != nil && definite {
		return e, byDescription // "The Yugoslav People's Army said ... The army had pounded Vukovar"
	}
	if !a.mainNamed(s, i) {
		return nil, 0
	}
	if st := a.lastArmyState; st != nil && a.lastArmySent >= s.i-3 && a.lastArmySent < s.i && len(a.sectionStart) == 0 {
		// "Uganda hosted talks between Sudan's army and the RSF. ... the army's
		// commanders"; in a round-up, each section's army is its state's
		return a.armyOf(st), byDescription
	}
	return a.armyOf(a.rulersState()), byDescription
}

// genericReference tells whether the generic noun at i may refer back to one actor,
// and whether it is definite and collective: "the rebels", "junta positions" and "the
// military" may; "a government", "government policy", "six armed groups" and "the
// military offensive" may not.
func (a *article) genericReference(s *sentence, i int) (definite, collective, refers bool) {
	d := s.child(i, "det")
	// "junta positions", "rebel positions": the modifier of assets is the one named
	definite = d >= 0 && definiteDet(s.toks[d].lower) || d < 0 && a.ownerOfAssets(s, i)
	collective = collectiveNoun(s.lemma[i])
	if collective && s.rel[i] == "amod" {
		return definite, collective, false // "the military offensive", "military aid": an adjective, not the body
	}
	if !definite && (d >= 0 || !strings.HasSuffix(s.toks[i].lower, "s") && !collective || s.child(i, "nummod") >= 0) {
		return definite, collective, false
	}
	if !definite && exampleListed(s, i) {
		return definite, collective, false // "terrorists, including foreign jihadists": a kind given as an example
	}
	return definite, collective, true
}

// genericAgent resolves a noun of an agent or a body to the actor of that kind the
// article names.
func (a *article) genericAgent(lemma string, definite, collective bool) (*entity, refer) {
	// "the rebels", "rebels"; but "hundreds of soldiers" may be anyone's: a bare plural
	// of a state's forces is not taken for the article's state
	if kind := a.lex.agents[lemma]; kind != "" && agentNounRefers(kind, definite, collective) {
		if e := a.agentOf(kind, lemma); e != nil {
			return e, byDescription
		}
	}
	if definite && a.lex.in("body", lemma) {
		if e := a.headedBy(lemma); e != nil {
			return e, byDescription // "the Front": the Polisario Front
		}
	}
	return nil, 0
}

// governmentModified: a noun modified by "government", "federal" or "state"
// ("government forces", "federal troops").
func (a *article) governmentModified(s *sentence, i int) bool {
	c := s.child(i, "compound", "amod")
	return c >= 0 && (a.lex.in("government", s.lemma[c]) || s.lemma[c] == "federal" || s.lemma[c] == "state")
}

// definiteDet: the determiners that make a generic noun point back to one actor
// ("the rebels", "those fighters").
func definiteDet(w string) bool {
	return w == "the" || w == "those" || w == "these" || w == "this"
}

// ownerOfAssets: a bare noun that modifies a noun of assets or forces after it
// ("junta positions", "rebel convoys").
func (a *article) ownerOfAssets(s *sentence, i int) bool {
	h := s.head[i]
	if s.rel[i] != "compound" && s.rel[i] != "amod" || h != i+1 || !a.isForceNoun(s, h) {
		return false
	}
	d := s.child(h, "det") // "a militia position" is any militia's
	return d < 0 || definiteDet(s.toks[d].lower)
}

// collectiveNoun: nouns that name a body in the singular ("police", "military").
func collectiveNoun(lemma string) bool {
	return lemma == "police" || armyBody(lemma) || lemma == "personnel"
}

// genericGovernment resolves "the government", "the authorities" to the government of
// the article's state.
func (a *article) genericGovernment(s *sentence, i int) (*entity, refer) {
	if s.toks[i].lower != s.lemma[i] && s.toks[i].lower != "authorities" || s.child(i, "amod") >= 0 && !federal(s, i) || a.rivalGovernment(s, i) || !a.mainNamed(s, i) {
		return nil, 0 // "Western governments", "rival governments", "the rival government": no one government
	}
	if st := a.headsState(s, i); st != nil {
		return a.governmentOf(st), byDescription
	}
	if st := a.openingState(s, i); st != nil && st != a.main {
		return a.governmentOf(st), byDescription // "In Burkina Faso, JNIM is fighting the army"
	}
	if e := a.governmentNamedWith(s, i); e != nil {
		return e, byDescription // "the Federal Government of Somalia ... the federal government"
	}
	if e := a.namedGovernment(s.lemma[i]); e != nil {
		return e, byDescription // "the Syrian regime ... regime forces": the one the article calls so
	}
	if a.ofPerson(s, i) {
		return nil, 0 // "the government of President F.W. de Klerk": his, whichever state he leads
	}
	if l := s.lemma[i]; a.lex.in("namedgovernment", l) && s.toks[i].lower == l {
		if e := a.headedBy(l); e != nil {
			return e, byDescription // "the Tigray Interim Regional Administration ... the administration's president"
		}
	}
	return a.governmentOf(a.main), byDescription
}

// governmentNamedWith returns the government the article has named with the noun at i
// and every adjective it has ("the Federal Government of Somalia ... the federal
// government", "the Transitional Federal Government ... the transitional government"),
// the one seen last; nil when the noun has no adjective or no such name was read.
func (a *article) governmentNamedWith(s *sentence, i int) *entity {
	adjs := s.children(i, "amod")
	if len(adjs) == 0 {
		return nil
	}
	var found *entity
	for _, e := range a.ents {
		if e.node.Kind != graph.KindGovernment || found != nil && e.lastSeen < found.lastSeen {
			continue
		}
		words := strings.Fields(strings.ToLower(e.node.Name))
		if !slices.Contains(words, s.lemma[i]) {
			continue
		}
		if !slices.ContainsFunc(adjs, func(k int) bool { return !slices.Contains(words, s.toks[k].lower) }) {
			found = e
		}
	}
	return found
}

// headsState returns the state the dictionaries say heads it when the government noun
// at i is what a person is said to head ("President Leopoldo Galtieri, who heads the
// three-man junta", in a story told from London): that person's, not the article's.
func (a *article) headsState(s *sentence, i int) *entity {
	v := s.head[i]
	if v < 0 || s.rel[i] != "obj" {
		return nil
	}
	if _, ok := leadVerbs[s.lemma[v]]; !ok {
		return nil
	}
	k := s.child(v, "nsubj")
	if k >= 0 && relativeWord(s.toks[k].lower) && s.rel[v] == "acl:relcl" {
		k = s.head[v] // "X, who heads ...": X
	}
	if k < 0 || s.at[k] == nil || !s.at[k].ent.isPerson() {
		return nil
	}
	return a.dictionaryState(s.at[k].ent)
}

// rivalGovernment: a government said to be another than the state's own ("the rival
// government", "the shadow government", "the government in exile").
func (a *article) rivalGovernment(s *sentence, i int) bool {
	for _, k := range s.kids[i] {
		if (s.rel[k] == "amod" || s.rel[k] == "compound") && a.lex.in("rival", s.toks[k].lower) {
			return true
		}
		if s.rel[k] == "nmod" && a.lex.in("rival", s.toks[k].lower) {
			return true // "the government in exile"
		}
	}
	return false
}

// kingdomGovernment returns the government "the kingdom" stands for ("solidarity with
// the kingdom": Saudi Arabia's, in an article on Yemen), or none.
func (a *article) kingdomGovernment(s *sentence, definite bool) (*entity, refer) {
	if k := a.lastKingdom(s); k != nil && definite {
		return a.governmentOf(k), byDescription
	}
	return nil, 0
}

// lastKingdom returns the state "the kingdom" stands for: the article's, when it is a
// kingdom by name ("Kingdom of Saudi Arabia"), else the kingdom named last in the five
// sentences before; nil if none.
func (a *article) lastKingdom(s *sentence) *entity {
	if a.main != nil && kingdom(a.main) {
		return a.main
	}
	for i := s.i - 1; i >= 0 && i >= s.i-5; i-- {
		ments := a.sents[i].ments
		for k := len(ments) - 1; k >= 0; k-- {
			e := ments[k].ent
			if e.state != nil {
				e = e.state
			}
			if e.isState() && kingdom(e) {
				return e
			}
		}
	}
	return nil
}

// kingdom: a state one of whose names makes it a kingdom.
func kingdom(e *entity) bool {
	for _, n := range append([]string{e.node.Name}, e.node.Aliases...) {
		if strings.Contains(n, "Kingdom") {
			return true
		}
	}
	return false
}

// ofPerson: the noun at i has an "of" phrase that names a person ("the government of
// President X").
func (a *article) ofPerson(s *sentence, i int) bool {
	for _, k := range s.children(i, "nmod") {
		if m := s.at[k]; m != nil && s.prep(k) == "of" && m.ent.isPerson() {
			return true
		}
	}
	return false
}

// namesGovernmentOf: the mention m names a government, one a person leads, or a state
// by a name that the noun of government given may stand for ("the Palestinian
// Authority" for "the authority").
func (a *article) namesGovernmentOf(m *mention, noun string) bool {
	e := m.ent
	return e.node.Kind == graph.KindGovernment || e.leader != nil || e.isState() && m.how == byName && a.lex.in("namedgovernment", noun)
}

// namedGovernment returns the government the article has named by a noun other than
// "government" itself ("the Syrian regime", "Assad's regime"), for the bare noun, or
// nil: an article that speaks of a regime speaks of one.
func (a *article) namedGovernment(noun string) *entity {
	if noun == "government" {
		return nil
	}
	for i := min(a.current, len(a.sents)) - 1; i >= 0 && i >= a.current-20; i-- {
		s := a.sents[i]
		for k := len(s.ments) - 1; k >= 0; k-- {
			m := s.ments[k]
			e := m.ent
			if m.how == byPronoun || m.end-m.start < 2 || !e.isActor() || e.isPerson() || !a.namesGovernmentOf(m, noun) {
				continue
			}
			if end := nameEnd(s, m); strings.EqualFold(s.toks[end-1].lower, noun) || s.lemma[end-1] == noun {
				return a.governmentOf(e) // a state named so: "the Palestinian Authority (PA) ... the authority"
			}
		}
		if e := a.personsGovernment(s, noun); e != nil {
			return e
		}
	}
	return nil
}

// personsGovernment returns the government a sentence names by the noun and the person
// who leads it ("the administration of President Richard Nixon"), the government of the
// state the person heads, for a later "the administration"; or nil.
func (a *article) personsGovernment(s *sentence, noun string) *entity {
	if s.i >= a.current {
		return nil // this sentence's own readings are not yet known
	}
	for i := len(s.toks) - 1; i >= 0; i-- {
		if s.lemma[i] != noun || !a.ofPerson(s, i) {
			continue
		}
		if m := s.at[i]; m != nil {
			if m.ent.isState() || m.ent.node.Kind == graph.KindGovernment {
				return a.governmentOf(m.ent) // read as the state's already
			}
			continue
		}
		for _, k := range s.children(i, "nmod") {
			p := s.at[k]
			if p == nil || s.prep(k) != "of" || !p.ent.isPerson() {
				continue
			}
			if o := p.ent.owner; o != nil && o.isState() {
				return a.governmentOf(o)
			}
			if st := a.dictionaryState(p.ent); st != nil {
				return a.governmentOf(st)
			}
		}
	}
	return nil
}

// governmentIn returns the government that a noun of government names by the place it
// sits in ("the authorities in Tripoli", "the separatist authorities in Abkhazia", "the
// government in Kabul"): a state's government, by the state's name or its capital, or
// the actor of that name; nil if the phrase names none, or the noun is indefinite ("an
// Islamic state in Uganda" is none yet).
func (a *article) governmentIn(s *sentence, i int) *entity {
	in := inPhrase(s, i)
	if in < 0 || indefinite(s, i) {
		return nil
	}
	if m := s.at[in]; m != nil && m.how == byName && m.ent.isActor() && !m.ent.isPerson() {
		return a.governmentOf(m.ent)
	}
	return a.governmentOfPlace(s, in)
}

// governmentOfPlace returns the government of the state whose name or capital the "in"
// phrase at in gives, or the actor it names; nil if it names none.
func (a *article) governmentOfPlace(s *sentence, in int) *entity {
	j := leftmost(s, in)
	for j < in && (s.rel[j] == "case" || s.rel[j] == "det" || s.rel[j] == "cc:preconj") {
		j++ // "in both South Ossetia and Abkhazia": the first name
	}
	e, r, _, end := a.lookup(s.toks, j)
	if e == nil || end != in+1 && s.head[in] != j && !s.headedBy(j, in) {
		return nil // "in Port Sudan": a longer name than the state's
	}
	switch {
	case e.isState() && (r == byName || r == byCapital):
		return a.governmentOf(e)
	case e.isActor() && !e.isPerson() && r == byName:
		return e
	}
	return nil
}

// governmentOfUnknownPlace: a noun of government set in a named place that is no
// state the lexicon knows ("the separatist authorities in Abkhazia"): that place's
// rulers, whom no actor stands for, not the government of the article's state.
func (a *article) governmentOfUnknownPlace(s *sentence, i int) bool {
	if !a.lex.in("government", s.lemma[i]) {
		return false
	}
	in := inPhrase(s, i)
	return in >= 0 && s.tag[in] == "PROPN" && s.at[in] == nil && !s.place[in]
}

// inPhrase returns the "in" phrase after the noun at i, its own or, when the noun is
// an object, its verb's right after it ("backs the government in Tripoli"); -1 if
// there is none.
func inPhrase(s *sentence, i int) int {
	for _, k := range s.kids[i] {
		if s.rel[k] == "nmod" && s.prep(k) == "in" && k > i && !commaBetween(s, i, k) {
			return k // not "appointed by the junta, in Washington": where the clause happened
		}
	}
	if v := s.head[i]; v >= 0 && s.rel[i] == "obj" {
		for _, k := range s.children(v, "obl") {
			if s.prep(k) == "in" && s.child(k, "case") == i+1 {
				return k
			}
		}
	}
	return -1
}

// armyNoun: a noun of an army, alone ("the army"), as written ("the Military") or
// with the word before it ("armed forces").
func (a *article) armyNoun(s *sentence, i int) bool {
	if a.lex.in("army", s.lemma[i]) || a.lex.in("army", strings.ToLower(s.text(a.doc.Text, i, i+1))) {
		return true
	}
	return i > 0 && s.head[i-1] == i && a.lex.in("army", s.toks[i-1].lower+" "+s.toks[i].lower)
}

// agentNounRefers reports whether a noun of an agent's kind refers back to an actor:
// a definite one always; a bare plural unless of a group, coalition or mission, and of
// soldiers only when collective.
func agentNounRefers(kind string, definite, collective bool) bool {
	if definite {
		return true
	}
	switch kind {
	case "group", "coalition", "mission":
		return false
	}
	return kind != "military" || collective
}

// headedBy returns the actor last named whose name ends in the noun ("Polisario Front"
// for "the Front"), or nil.
func (a *article) headedBy(noun string) *entity {
	var best *entity
	for _, e := range a.ents {
		if !e.isActor() || e.isPerson() || e.isState() || e.unknown && e.evidence <= 0 || e.mentions == 0 {
			continue // a state is no body: "the breakaway republic" is not the "Republic of Finland"
		}
		for _, n := range append([]string{e.node.Name}, e.node.Aliases...) {
			if headOf(n) == noun && (best == nil || e.lastSeen > best.lastSeen) {
				best = e
			}
		}
	}
	return best
}

// sameKind: "the rebels" may be separatists or jihadists the article has named.
func sameKind(agent, kind string) bool {
	if agent == kind {
		return true
	}
	irregular := func(k string) bool { return k == "rebel" || k == "separatist" || k == "militant" }
	return kind == "rebel" && irregular(agent)
}

// lastNonState returns the organisation or group named last, if it was named in this
// sentence or the one before; of those that fit, when fits is given, however far back
// fits allows.
func (a *article) lastNonState(fits func(*entity) bool) *entity {
	var best *entity
	for _, e := range a.ents {
		if !nonStateBody(e) || fits != nil && !fits(e) {
			continue
		}
		if best == nil || e.lastSeen > best.lastSeen {
			best = e
		}
	}
	if best == nil || best.lastSent < a.current-1 && fits == nil {
		return nil
	}
	return best
}

// nonStateBody: e is an actor that is no state, no state's part and no person, and a
// name the article gives evidence of acting, if no dictionary knows it.
func nonStateBody(e *entity) bool {
	return e.isActor() && !e.isState() && !e.isPerson() && e.state == nil && (!e.unknown || e.evidence > 0)
}

// subjectGroup returns the group that was the subject of a clause in the sentence
// before, when no other group named since was, and the one named last was not: the
// group the discourse is about, rather than one named in passing after it.
func (a *article) subjectGroup(fits func(*entity) bool) *entity {
	var subj, last *entity
	for _, e := range a.ents {
		if !nonStateBody(e) || !fits(e) || e.lastSent < a.current-1 {
			continue
		}
		if last == nil || e.lastSeen > last.lastSeen {
			last = e
		}
		if e.lastSubjectSent-1 >= a.current-1 && (subj == nil || e.lastSeen > subj.lastSeen) {
			subj = e
		}
	}
	if subj == nil || last == nil || last.lastSubjectSent-1 >= a.current-1 {
		return nil
	}
	return subj
}

// openingState returns the state a sentence opens with as where it happens, "In X,",
// when the noun at i stands after it in the same clause: "In Burkina Faso, JNIM is
// fighting the army" is Burkina Faso's army, whatever state the article is about.
func (a *article) openingState(s *sentence, i int) *entity {
	if len(s.toks) < 4 || s.toks[0].lower != "in" {
		return nil
	}
	e, r, _, end := a.lookup(s.toks, 1)
	h := s.head[0]
	if e == nil || !e.isState() || r != byName || end >= i || s.toks[end].text != "," || h < 1 || h >= end || base(s.rel[h]) != "obl" {
		return nil
	}
	if v := s.head[h]; v < 0 || !s.headedBy(i, v) {
		return nil
	}
	return e
}

// stateOfRelative returns the state whose relative clause holds the noun at i as the
// subject of its verb or of a clause within it ("Egypt, which has outlawed the
// Brotherhood since the army removed Mursi", "Mali, where the army seized power"), or
// nil.
func stateOfRelative(s *sentence, i int) *entity {
	if base(s.rel[i]) != "nsubj" {
		return nil // "Washington and the EU, which have imposed sanctions on the military's leaders": not whose army acts
	}
	for k, steps := i, 0; k >= 0 && steps < 8; k, steps = s.head[k], steps+1 {
		if s.rel[k] != "acl:relcl" {
			continue
		}
		if h := s.head[k]; h >= 0 && s.at[h] != nil && s.at[h].ent.isState() {
			return s.at[h].ent
		}
		return nil
	}
	return nil
}

// mainNamed reports whether the article has named its main state by the sentence s:
// "the army" refers back to a state the reader knows, not to one named later.
func (a *article) mainNamed(s *sentence, i int) bool {
	if a.main == nil || a.mainFirst > s.i {
		return false
	}
	if a.mainFirst < s.i {
		return true
	}
	// "The army accused the RSF of being backed by the UAE": a subject before the
	// state's first name is not its army; "attacked the army in Mali" may name it after
	if base(s.rel[i]) != "nsubj" {
		return true
	}
	for _, m := range s.ments {
		if (m.ent == a.main || m.ent.state == a.main) && m.start < i {
			return true
		}
	}
	return false
}

// federal: "the federal government", "the central authorities", "the internationally
// recognised government".
func federal(s *sentence, i int) bool {
	for _, k := range s.children(i, "amod") {
		switch s.lemma[k] {
		case "federal", "central", "national", "transitional", "interim", "military", "civilian", "new",
			"recognised", "recognized", "recognise", "recognize", "legitimate", "elected", "elect":
		default:
			return false
		}
	}
	return true
}

// armyOf returns the army the article names for a state (a body named "... Armed
// Forces" or "... Army" of that state), else its government.
func (a *article) armyOf(state *entity) *entity {
	if e := a.namedArmyOf(state); e != nil {
		return e
	}
	if state != nil && state.gov == nil {
		a.makeGovernment(state) // "the junta" before any "government"
	}
	return a.governmentOf(state)
}

// namedArmyBefore returns the army the article named by a name of its own in this
// sentence or the two before, a body whose name ends in a noun of an army and holds no
// word of rebellion ("the Yugoslav People's Army"), when it named one and no other
// army since; nil otherwise. "The army" after it is that one, not the article's state's.
func (a *article) namedArmyBefore() *entity {
	var found *entity
	for _, e := range a.ents {
		if e.lastSent < a.current-2 || !e.isActor() || e.isState() || e.isPerson() || e.unknown && e.evidence <= 0 {
			continue
		}
		words := strings.Fields(strings.ToLower(e.node.Name))
		if len(words) < 2 || !a.lex.in("army", words[len(words)-1]) || a.insurgentName(e) || a.peoplesArmyName(e) || e.agent == "military" && e.state != nil {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// armyOfCommander returns what the commander of a state's army heads: the army the
// article names for it, else an army of the state's own, named as the article writes
// it ("Uganda's army chief" heads "Uganda's army", not Uganda or its government).
func (a *article) armyOfCommander(state *entity, phrase string) *entity {
	if e := a.namedArmyOf(state); e != nil {
		return e
	}
	return a.makeArmy(state, phrase)
}

// agentOf returns the actor a generic noun of a kind stands for: the one the article
// gives that kind (its name holds the noun, or a definition says so), else for rebels,
// militants and militias the armed group it names most.
func (a *article) agentOf(kind, lemma string) *entity {
	switch kind {
	case "group":
		// "the group", "the movement": the one just named, but not a body of states
		// such as the UN ("the movement's leader" after "the UN envoy"), a coalition
		// or a mission
		armed := func(e *entity) bool {
			return e.node.Kind != graph.KindOrganisation && e.node.Kind != graph.KindGovernment && e.agent != "coalition" && e.agent != "mission" && !a.stateArmyName(e)
		}
		if e := a.subjectGroup(armed); e != nil {
			return e // "The M23 captured Goma, routing the army and its allies, among them militias known as Wazalendo. The army has fought the group": the M23
		}
		if e := a.lastNonState(armed); e != nil && e.lastSent >= a.current-1 {
			return e
		}
		return nil
	case "organisation":
		// "the organisation": a body like the OSCE just named rather than a militia,
		// though an armed group is one too ("the terrorist organisation")
		if e := a.lastNonState(func(e *entity) bool { return e.node.Kind == graph.KindOrganisation && e.lastSent >= a.current-3 }); e != nil {
			return e
		}
		return a.lastNonState(nil)
	}
	if kind == "camp" {
		return a.campOf(lemma)
	}
	if best := a.lastOfKind(kind, lemma); best != nil {
		return best
	}
	switch kind {
	case "military":
		return a.armyOf(a.rulersState())
	case "rebel", "militant":
		return a.mostNamedGroup()
	case "coalition":
		if lemma == "coalition" {
			return a.unnamedBody(lemma, kind)
		}
		if lemma == "bloc" {
			return a.lastBody()
		}
	}
	return nil
}

// lastBody returns the body of states "the bloc" stands for: one named in its own
// sentence ("where ECOWAS is still trying ..., Tinubu, who chairs the bloc"), else the
// last one named in the three sentences before.
func (a *article) lastBody() *entity {
	body := func(e *entity) bool { return e.node.Kind == graph.KindOrganisation }
	if a.current < len(a.sents) {
		var found *entity
		for _, m := range a.sents[a.current].ments {
			if body(m.ent) && m.how != byPronoun {
				found = m.ent
			}
		}
		if found != nil {
			return found
		}
	}
	return a.lastNonState(func(e *entity) bool { return body(e) && e.lastSent >= a.current-3 })
}

// campOf returns the actor "the royalists" stands for: a group named so ("the Royalist
// Army"), else the article's royalists; never another camp ("the monarchists").
func (a *article) campOf(lemma string) *entity {
	for _, e := range a.ents {
		if !e.unnamed && e.isActor() && !e.isPerson() && containsFold(e.node.Name, lemma) {
			return e
		}
	}
	return a.unnamedBody(plural(lemma), "camp")
}

// unnamedBody returns the actor "the coalition" names where the article gives it no
// name ("The coalition that Mr Bush has stitched together"): one actor, called by the
// noun, that each later "the coalition" is; so too "the royalists" of a civil war. "The alliance" and "the bloc" are left
// alone: an article names alliances and blocs, and one it names is meant.
func (a *article) unnamedBody(name, kind string) *entity {
	for _, e := range a.ents {
		if e.unnamed && e.node.Name == name {
			return e
		}
	}
	sum := sha256.Sum256([]byte(a.doc.ID))
	id := graph.Slug(name) + "-" + hex.EncodeToString(sum[:3]) // this article's coalition, not every article's
	e := &entity{node: graph.Node{ID: id, Name: name, Kind: graph.KindGroup}, agent: kind, unnamed: true}
	a.ents = append(a.ents, e)
	return e
}

// lastOfKind returns the actor of a kind named last: its name holds the noun, or a
// definition gives it the kind. One whose name ends in the noun comes first: "the
// alliance" after "the Three Brotherhood Alliance brings together the Myanmar National
// Democratic Alliance Army ..." is the first.
func (a *article) lastOfKind(kind, lemma string) *entity {
	var best, headed *entity
	for _, e := range a.ents {
		if !e.isActor() || e.isPerson() || e.unknown && e.evidence <= 0 {
			continue
		}
		if kind == "military" && (a.insurgentName(e) || a.peoplesArmyName(e)) {
			continue // "the army" is not the "Revolutionary Army of Congo", nor the "Arakan Army"
		}
		if !ofKind(e, kind, lemma) {
			continue
		}
		if best == nil || e.lastSeen > best.lastSeen {
			best = e
		}
		if headOf(e.node.Name) == lemma && (headed == nil || e.lastSeen > headed.lastSeen) {
			headed = e
		}
	}
	if headed != nil {
		return headed
	}
	return best
}

// stateArmyName: e is named as a state's army, a demonym of a state first and a noun of
// an army last ("Somali National Army"), which "the group" does not stand for.
func (a *article) stateArmyName(e *entity) bool {
	words := strings.Fields(e.node.Name)
	if len(words) < 2 || !a.lex.in("army", strings.ToLower(words[len(words)-1])) || a.insurgentName(e) {
		return false
	}
	st, r, _, _ := a.lookup(tokenize(words[0]), 0)
	return st != nil && st.isState() && r == byDemonym
}

// peoplesArmyName: e is a group named as an army after a people or a region, not after
// a state ("the Arakan Army", "the Kachin Independence Army"), which "the army" of an
// article about the state does not name.
func (a *article) peoplesArmyName(e *entity) bool {
	words := strings.Fields(e.node.Name)
	return e.node.Kind == graph.KindGroup && len(words) >= 2 && a.lex.in("army", strings.ToLower(words[len(words)-1])) && !a.stateArmyName(e)
}

// insurgentName: a name of e holds a word of rebellion ("Free Syrian Army").
func (a *article) insurgentName(e *entity) bool {
	return a.nameHolds(e, "insurgent")
}

// nameHolds: a name of e holds a word of the list.
func (a *article) nameHolds(e *entity, list string) bool {
	for _, n := range append([]string{e.node.Name}, e.node.Aliases...) {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			if a.lex.in(list, w) {
				return true
			}
		}
	}
	return false
}

// ofKind reports whether a generic noun of a kind may name e: its name holds the noun
// ("the militia" for "Wagner militia"), or e is of the kind, a coalition never, an
// army only when it is a state's.
func ofKind(e *entity, kind, lemma string) bool {
	if sameKind(e.agent, kind) && kind != "coalition" && (kind != "military" || e.state != nil) {
		return true
	}
	if containsFold(e.node.Name, lemma) {
		return true
	}
	for _, al := range e.node.Aliases {
		if containsFold(al, lemma) {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds the lower-case word w, in any case, without
// copying s: it is asked of every actor for every generic noun.
func containsFold(s, w string) bool {
	if len(w) == 0 {
		return true
	}
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && lowerASCII(s[i+j]) == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// mostNamedGroup returns the armed group the article names most, when it is not a
// state's nor a body of hired fighters: one of a kind that rebels, or whose name says
// it rebels ("the Azawad Liberation Front").
func (a *article) mostNamedGroup() *entity {
	var best *entity
	for _, e := range a.ents {
		if e.node.Kind == graph.KindGroup && !e.unknown && e.commander == nil && e.state == nil && (mayRebel(e) || a.insurgentName(e)) && !a.hiredForce(e) && e.mentions > 0 && (best == nil || e.mentions > best.mentions) {
			best = e
		}
	}
	return best
}

// hiredForce: a name of e holds a word of hired fighters ("Wagner mercenaries").
func (a *article) hiredForce(e *entity) bool {
	return a.nameHolds(e, "hired")
}

// mayRebel: a group that "the rebels" or "the insurgents" may stand for when no group
// of that kind was named: one of an irregular kind but a militia (which may fight for
// the government), or an armed group the lexicon knows whose kind it does not say; not
// a state's forces, the police, a mission or a body the article named of no known kind
// ("the two Heads of State").
func mayRebel(e *entity) bool {
	if e.agent == "" {
		return e.entry != nil
	}
	return irregularKind(e.agent) && e.agent != "militia" // militias fight for governments as often as against them
}

// irregularKind: a kind of generic agent that fights outside a state's forces.
func irregularKind(kind string) bool {
	switch kind {
	case "rebel", "militant", "separatist", "militia":
		return true
	}
	return false
}

// sideKind: a kind of generic agent on a side against a state: irregular fighters or
// the opposition.
func sideKind(kind string) bool {
	return irregularKind(kind) || kind == "opposition"
}

// unknownNames makes actors of proper names no dictionary knows and the article does
// not define, when they act: "Fano has dismissed the dialogue", "JNIM attacked".
// Places are left out by their prepositions ("in Gojjam").
func (a *article) unknownNames(s *sentence) {
	for i := 0; i < len(s.toks); i++ {
		if a.mayStartUnknownName(s, i) {
			i = a.readUnknownName(s, i) - 1
		}
	}
}

// mayStartUnknownName: a capitalised proper word (or a word of a longer name) that no
// mention or place covers and that is no common non-name, title or start of a title
// ("Defence Minister").
func (a *article) mayStartUnknownName(s *sentence, i int) bool {
	if s.at[i] != nil || s.place[i] || !a.properWord(s, i) && !s.inName[i] && !a.adjectiveOfName(s, i) || isModel(s.toks[i].text) {
		return false
	}
	t := s.toks[i]
	return t.upper && (!a.lex.in("notname", t.lower) || a.acronymWord(s, i)) && !a.lex.in("role", t.lower) && !a.pluralTitle(t.lower) && a.roleEnd(s, i) == i
}

// pluralTitle: a title in the plural before the names it lists ("Presidents X of
// Mexico and Y of Uruguay").
func (a *article) pluralTitle(w string) bool {
	sing, ok := strings.CutSuffix(w, "s")
	return ok && a.lex.in("role", sing)
}

// relativeAfter: a comma and a relative pronoun follow the words before j ("Getachew
// Reda, whom Abiy appointed ..."): what they end is a name, whatever the parser made of
// it.
func relativeAfter(s *sentence, j int) bool {
	if j+1 >= len(s.toks) || s.toks[j].text != "," {
		return false
	}
	l := s.toks[j+1].lower
	return l == "who" || l == "whom" || l == "whose"
}

// readUnknownName reads the unknown name that starts at i, adding its mention when
// it names an actor, and returns where the reading ends.
func (a *article) readUnknownName(s *sentence, i int) int {
	j, holdsName := a.unknownNameEnd(s, i)
	if i == 0 && a.partOfNamedActor(s, i, j) {
		return i + 1 // "Fighters of Hamas attacked": the noun opens the sentence, the name after "of" is known
	}
	if i == 0 && a.openingCapital(s, i, j) {
		return j // a capital at the start of a sentence or a heading, but "Haftar's forces", "X, whom ..."
	}
	name := s.text(a.doc.Text, i, j)
	e := a.byNameKey(name)
	if e == nil && j == i+1 && a.genericNoun(s.lemma[i]) {
		return i + 1 // "the Front", "the Government": a body named before, in capitals
	}
	if e == nil && (a.namesNoActor(s, i, j, name) || !holdsName && j-i > 1 && a.lex.in("facility", s.toks[j-1].lower)) {
		return j // "Ben Gurion Airport": a place's name, ending in a noun of a built place
	}
	if e == nil {
		if a.fullNameOfPerson(s, i, j, name) || a.givenNameBefore(s, i, j) {
			return j
		}
		if g := a.statesCabinet(s, i, j); g != nil {
			a.add(s, &mention{start: i, end: j, ent: g, how: byDescription})
			return j
		}
		e = a.newUnknown(s, i, j, name, holdsName)
	}
	a.weighUnknown(s, e, i, j, name)
	a.add(s, &mention{start: i, end: j, ent: e, how: byName, conf: unknownNameConfidence(s, e, j, name)})
	return j
}

// unknownNameConfidence is how sure a name no dictionary knows, ending at j, is of the
// actor: nearly as a known one when the article gives it with its acronym ("Jama'at
// Nusrat al-Islam wal-Muslimin (JNIM)"), more for an acronym ("JNIM", "TPLF": an
// organisation's, seldom a place's) than for other names.
func unknownNameConfidence(s *sentence, e *entity, j int, name string) float64 {
	switch {
	case e.spelled || j+2 < len(s.toks) && s.toks[j].text == "(" && isAcronym(s.toks[j+1].text) && s.toks[j+2].text == ")":
		return 0.9
	case isAcronym(name) && len(name) >= 3:
		return 0.8
	}
	return 0.7
}

// apposedVessel: the unknown name at [i, j) has a noun of ships in apposition ("the
// Magic Seas, another Liberian-flagged bulk carrier"): a ship's name.
func (a *article) apposedVessel(s *sentence, i, j int) bool {
	h := s.spanHead(i, j)
	for _, k := range s.children(h, "appos") {
		if k >= j && a.lex.in("vessel", s.lemma[k]) {
			return true
		}
	}
	// however parsed: a comma, an article, modifiers ("another Liberian-flagged,
	// Greek-managed"), the noun
	if j+2 >= len(s.toks) || s.toks[j].text != "," || !slices.Contains([]string{"a", "an", "another", "the"}, s.toks[j+1].lower) {
		return false
	}
	for k := j + 2; k < len(s.toks) && k < j+12; k++ {
		switch {
		case a.lex.in("vessel", s.lemma[k]):
			return true
		case s.toks[k].text == "." || s.toks[k].text == ";" || s.tag[k] == "VERB" && s.toks[k-1].text != "-":
			return false
		}
	}
	return false
}

// placeApposComma returns the comma before the noun of place at i when the noun, with
// an article and adjectives of its own, renames the name before that comma ("took
// Bukavu, capital of South Kivu", "Maungdaw, a town on the border"), else -1.
func (a *article) placeApposComma(s *sentence, i int) int {
	if i < 2 || !placeNounAlone(s, i) {
		return -1
	}
	k := i - 1
	for k > 0 && i-k <= 3 && (s.tag[k] == "ADJ" || s.tag[k] == "NOUN" && s.head[k] == i && s.rel[k] == "compound") {
		k-- // "a strategic town", "the provincial capital", "a desert town"
	}
	if d := s.toks[k].lower; k > 0 && (d == "a" || d == "an" || d == "the") {
		k--
	}
	if k < 1 || s.toks[k].text != "," || !s.toks[k-1].upper {
		return -1
	}
	return k
}

// placeNounAlone: the noun of place at i heads its phrase, and is not "state", which
// renames a body as often as a place.
func placeNounAlone(s *sentence, i int) bool {
	switch s.lemma[i] {
	case "state", "regional", "provincial":
		return false
	}
	return s.tag[i] == "NOUN" && (i+1 >= len(s.toks) || s.tag[i+1] != "NOUN")
}

// namesNoActor: the unknown name at [i, j) names a place the article names so ("Amhara"
// where it speaks of "the Amhara region"), an initiative ("The International
// Conference on Peace and Security in Iraq"), a part of its owner's forces ("Ukraine's
// 93rd Mechanised Brigade") or a make of arms ("French Rafales", "Bayraktar drones",
// "Scuds").
func (a *article) namesNoActor(s *sentence, i, j int, name string) bool {
	switch {
	case a.namesPlace(name):
		return true
	case j-i > 1 && a.lex.in("initiative", s.lemma[j-1]) && s.lemma[j-1] != "mission":
		return true
	case numberedUnit(s, i, j):
		return true
	case a.apposedVessel(s, i, j):
		return true
	}
	return j == i+1 && (a.equipmentName(s, i) || a.lex.in("materiel", strings.TrimSuffix(s.toks[i].lower, "s")))
}

// statesCabinet returns the government of the state that owns the unknown name at
// [i, j) when the name ends in a noun of government ("Israel's Security Cabinet",
// "Ethiopia's Council of Ministers" read as "Ministers" does not): a state's cabinet
// is its government.
func (a *article) statesCabinet(s *sentence, i, j int) *entity {
	if j-i > 3 || !a.lex.in("government", s.lemma[j-1]) {
		return nil
	}
	h := s.spanHead(i, j)
	for _, k := range s.children(h, "nmod:poss") {
		if m := s.at[k]; m != nil && m.ent.isState() {
			if m.ent.gov == nil {
				a.makeGovernment(m.ent)
			}
			return m.ent.gov
		}
	}
	return nil
}

// equipmentName: an unknown capitalised word read as a common noun that an owner
// qualifies ("our Rafale and Mirage aircraft", "French Rafales"), or a name before a
// noun of arms ("Bayraktar drones", "Leopard tanks"): a make of weapons or aircraft.
func (a *article) equipmentName(s *sentence, i int) bool {
	if s.rel[i] == "compound" && s.head[i] > i && a.isMateriel(s, s.head[i]) {
		return true
	}
	if s.tag[i] != "NOUN" {
		return false
	}
	for _, k := range s.kids[i] {
		switch {
		case s.rel[k] == "nmod:poss" && s.tag[k] == "PRON":
			return true
		case s.rel[k] == "amod" && s.at[k] != nil && s.at[k].how == byDemonym:
			return true
		}
	}
	return false
}

// unknownNameEnd returns where the unknown name starting at i ends, and whether it
// holds a word of a known name.
func (a *article) unknownNameEnd(s *sentence, i int) (int, bool) {
	holdsName := false
	j := i
	for j < len(s.toks) && (a.unknownNameWord(s, j) || j > i && a.capitalHeadNoun(s, j)) && !a.ownerEnds(s, i, j) {
		holdsName = holdsName || s.inName[j]
		j++
	}
	return j, holdsName
}

// capitalHeadNoun: a noun of a body or an agent written in capitals after the words
// of a name, which heads it: "the United Tajik Opposition", "the Free Syrian Rebels".
func (a *article) capitalHeadNoun(s *sentence, j int) bool {
	l := s.lemma[j]
	if s.tag[j] != "NOUN" || !s.toks[j].upper || s.at[j] != nil || s.place[j] {
		return false
	}
	switch a.lex.agents[l] {
	case "opposition", "rebel", "separatist", "militia":
		return true // not soldiers: "the Northern Light Infantry" is a unit's name, of no body of its own
	}
	return a.lex.in("body", l)
}

// ownerEnds: the "'s" at j closes an owner's name rather than joining a longer one:
// "Thomas Cirillo's National Salvation Front" is Cirillo's front, while "the Tigray
// People's Liberation Front" is one name, the word before "'s" a common one.
func (a *article) ownerEnds(s *sentence, i, j int) bool {
	return j > i && s.toks[j].lower == "'s" && !a.x.syntax.CommonWord(s.toks[j-1].lower)
}

// unknownNameWord: a word that goes on an unknown name, a proper word or one of a
// longer name, or a hyphen before a proper word, not covered by a mention or a place.
func (a *article) unknownNameWord(s *sentence, j int) bool {
	if s.at[j] != nil || s.place[j] || a.lex.in("notname", s.toks[j].lower) && !a.acronymWord(s, j) && !nameWordBetween(s, j) {
		return false
	}
	if a.roleEnd(s, j) > j {
		return false // "Defence Minister Vladimir Padrino": a title, then the name
	}
	return a.properWord(s, j) || s.inName[j] || s.toks[j].text == "-" && j+1 < len(s.toks) && a.properWord(s, j+1) || a.adjectiveOfName(s, j)
}

// nameWordBetween: the short word at j that also abbreviates a day or a month stands
// between two capitalised words of a name, with no full stop ("Khine Thu Kha", "Kyaw
// Thu Win"): a word of the name.
func nameWordBetween(s *sentence, j int) bool {
	t := s.toks[j]
	return j > 0 && j+1 < len(s.toks) && len(t.text) <= 3 && t.upper && s.toks[j-1].upper && s.toks[j+1].upper &&
		s.tag[j-1] == "PROPN" && s.tag[j+1] == "PROPN" && s.toks[j+1].word && s.toks[j-1].word
}

// adjectiveOfName: a capitalised adjective no dictionary knows, inside a sentence and
// right before a proper word that no mention covers, opens that name with it ("the
// Bosnian Serbs", "the Sunni Arabs"): a people's or a body's name.
func (a *article) adjectiveOfName(s *sentence, j int) bool {
	if j == 0 || j+1 >= len(s.toks) || s.tag[j] != "ADJ" || !s.toks[j].upper || s.at[j] != nil || s.at[j+1] != nil {
		return false
	}
	if before := s.toks[j-1]; before.upper && (j > 1 || s.tag[0] == "PROPN") || before.lower == "of" {
		return false // inside a longer name: "Government of National Unity"
	}
	if e, _, _, _ := a.lookup(s.toks, j); e != nil {
		return false // a known demonym: "the Palestinian Islamist group"
	}
	return a.properWord(s, j+1)
}

// fullNameOfPerson: "Javier Solana" where "Solana" is a person the article names: the
// full name is theirs, and a mention of them.
func (a *article) fullNameOfPerson(s *sentence, i, j int, name string) bool {
	p := a.byNameKey(s.toks[j-1].text)
	if p == nil || !p.isPerson() || j-i > 3 {
		return false
	}
	a.addName(p, name)
	a.add(s, &mention{start: i, end: j, ent: p, how: byName})
	return true
}

// givenNameBefore: "Bashar Assad" where "Assad" names Bashar al-Assad: a given name
// right before a person's family name that opens the person's full name is theirs,
// and the mention covers both ("Hafez Assad" is another person); so is any proper word
// before the name of a person the article knows by one word only ("Velupillai
// Prabhakaran" after "Mr Prabhakaran").
func (a *article) givenNameBefore(s *sentence, i, j int) bool {
	if j != i+1 || j >= len(s.toks) {
		return false
	}
	m := s.at[j]
	if m == nil || m.start != j || !m.ent.isPerson() || m.how != byName {
		return false
	}
	words := strings.Fields(m.ent.node.Name)
	if !strings.EqualFold(words[0], s.toks[i].text) && (len(words) > 1 || s.tag[i] != "PROPN") || m.end-m.start > 2 {
		return false // "Bashar Assad" for Bashar al-Assad; "Velupillai Prabhakaran" for a "Prabhakaran" known by no given name
	}
	a.addName(m.ent, s.text(a.doc.Text, i, m.end))
	m.start = i
	m.head = s.spanHead(m.start, m.end)
	s.at[i] = m
	return true
}

// newUnknown adds the actor an unknown name at [i, j) names; a name that holds a
// known one is an actor's.
func (a *article) newUnknown(s *sentence, i, j int, name string, holdsName bool) *entity {
	e := a.newLocal(name, a.unknownKind(s, i, j))
	e.unknown = !holdsName && !a.lex.in("bodyprefix", s.toks[i].lower)
	a.typeByApposition(s, e, j)
	a.typeByNounBefore(s, e, i)
	if e.isPerson() {
		a.teachFamilyNames(e, s, i, j) // "Juan Guaidó", then "Guaidó"
	}
	return e
}

// openingCapital: the unknown name at [i, j) opens the sentence, where any word has a
// capital, and the sentence gives no sign that it names an actor: it is no subject
// or short owner ("Haftar's forces"), no relative clause follows it ("X, whom ..."),
// it opens no line of a key-players box, and it is no acronym before a title ("PDP
// president Mehbooba Mufti").
func (a *article) openingCapital(s *sentence, i, j int) bool {
	r := s.rel[s.spanHead(i, j)]
	if base(r) == "nsubj" || r == "nmod:poss" && j-i <= 3 || relativeAfter(s, j) || a.profiled(s, i, j) {
		return false
	}
	return !isAcronym(s.toks[i].text) || j != i+1 || j >= len(s.toks) || !a.roleWord(s, j)
}

// partOfNamedActor: the capitalised run [i, j) that opens a sentence is a common noun
// of fighters or people and "of" ("Fighters of Jama'at Nusrat al-Islam"), or one of
// forces or members, "of", and an actor named otherwise ("Members of Boko Haram"), not
// a name of its own ("Forces of Freedom and Change").
func (a *article) partOfNamedActor(s *sentence, i, j int) bool {
	if i+2 >= j || s.toks[i+1].lower != "of" {
		return false
	}
	l := s.lemma[i]
	if a.lex.in("irregular", l) || a.lex.in("people", l) {
		return true // "Fighters of ...", "Civilians of ...": people of a body or place, never its name
	}
	if !a.lex.in("force", l) && !a.lex.in("proxy", l) {
		return false
	}
	k := i + 2
	if s.toks[k].lower == "the" {
		k++
	}
	e, _, _, _ := a.lookup(s.toks, k)
	return e != nil && e.isActor()
}

// profiled: the name at [i, j) opens a line of a key-players box, a colon or a comma
// and a title after it ("Debretsion Gebremichael: Chairman of the TPLF", "Slobodan
// Milosevic, President of Serbia.").
func (a *article) profiled(s *sentence, i, j int) bool {
	return j < len(s.toks) && (s.toks[j].text == ":" || s.toks[j].text == ",") && a.roleInApposition(s, i, j)
}

// roleInApposition: the name at [i, j) has a person's title in apposition ("Velupillai
// Prabhakaran, leader of the LTTE", "Devlet Bahceli, the leader of the MHP"): a person,
// whatever the given name.
func (a *article) roleInApposition(s *sentence, i, j int) bool {
	h := s.spanHead(i, j)
	for _, k := range s.children(h, "appos") {
		if k >= j && a.roleWord(s, k) {
			return true
		}
	}
	// however parsed: a comma, an article or adjectives, the title
	for k := j + 1; j < len(s.toks) && s.toks[j].text == "," && k < len(s.toks) && k <= j+3; k++ {
		switch {
		case a.roleWord(s, k):
			return true
		case s.tag[k] != "DET" && s.tag[k] != "ADJ":
			return false
		}
	}
	return false
}

// roleWord: the word at k is a person's title ("leader", "commander", "spokesman").
func (a *article) roleWord(s *sentence, k int) bool {
	return a.lex.in("role", s.lemma[k]) || a.lex.in("role", s.toks[k].lower)
}

// weighUnknown counts the use of an unknown name at [i, j) for or against its being an
// actor: a place's preposition ("in Gojjam") or a name it modifies counts against; a
// subject, an owner, an agent, an acronym or a state's own ("Libya's Sarraj") for.
func (a *article) weighUnknown(s *sentence, e *entity, i, j int, name string) {
	h := s.spanHead(i, j)
	top := s.climb(h, "conj") // "Hamas and Fatah remain rivals": Fatah is a subject too
	if (a.usedAsPlace(s, h, top) || a.placeInApposition(s, h)) && !isAcronym(name) {
		e.evidence-- // an acronym is seldom a place's: "sent drones to the GNA"
	} else if base(s.rel[top]) == "nsubj" || s.rel[top] == "nmod:poss" || s.rel[top] == "obl:agent" || isAcronym(name) || possessedByState(s, h) || a.namesBody(s, h) {
		e.evidence++
	}
}

// placeInApposition: the name at h is described in apposition as a place ("Cuito
// Cuanavale, the garrison town in south-eastern Angola").
func (a *article) placeInApposition(s *sentence, h int) bool {
	for _, k := range s.children(h, "appos") {
		if k > h && s.at[k] == nil && (a.lex.in("placenoun", s.lemma[k]) || slices.ContainsFunc(s.children(k, "compound"), func(c int) bool { return a.lex.in("placenoun", s.lemma[c]) })) {
			return true // "a town north of Goma" parsed with "town" a modifier of "north"
		}
	}
	return false
}

// namesBody: the name at h is in apposition to a noun of a body ("an Ecowas force,
// Ecomog", "Fano, the ethnic Amhara militia"), of an actor's tie ("its ally Amal"), or
// is what fighters or a body are known as ("local militias known as Wazalendo"): the
// name of an actor.
func (a *article) namesBody(s *sentence, h int) bool {
	if b := s.head[h]; s.rel[h] == "appos" && b >= 0 && b < h && a.lex.in("body", s.lemma[b]) {
		return true
	}
	if slices.ContainsFunc(s.children(h, "appos"), func(k int) bool { return k > h && a.lex.in("body", s.lemma[k]) }) {
		return true
	}
	b := s.head[h] // "Hezbollah's ally Amal": the name of an ally, a backer or a proxy
	if s.rel[h] == "appos" && b >= 0 && b < h && a.agentNoun(s.lemma[b]) {
		return true
	}
	// "local militias known as Wazalendo", "a militia called the Sudan Shield": the
	// name fighters or a body go by
	v := s.head[h]
	if v < 0 || s.rel[v] != "acl" || !namingParticiple(s, v, h) {
		return false
	}
	n := s.head[v]
	return n >= 0 && (a.lex.in("body", s.lemma[n]) || a.lex.in("irregular", s.lemma[n]) || a.lex.in("force", s.lemma[n]))
}

// namingParticiple: the participle at v gives the name at h ("known as Wazalendo",
// "called the Sudan Shield").
func namingParticiple(s *sentence, v, h int) bool {
	return s.lemma[v] == "call" || s.lemma[v] == "know" && s.prep(h) == "as"
}

// usedAsPlace: a name at h (the first of its conjuncts at top) after a preposition of
// place other than "against" or a "between" of places, or a name modifying another
// name.
func (a *article) usedAsPlace(s *sentence, h, top int) bool {
	if p := s.prep(top); a.lex.in("locative", p) && p != "against" && (p != "between" || !a.betweenParties(s, top)) {
		return true
	}
	return s.rel[h] == "compound" && s.head[h] >= 0 && s.tag[s.head[h]] == "PROPN"
}

// properWord: a word the tagger calls a proper noun, or a capitalised word it calls a
// noun that no dictionary knows as a common word ("Renamo, led by ...").
func (a *article) properWord(s *sentence, i int) bool {
	if s.tag[i] == "PROPN" || s.tag[i] == "NOUN" && a.acronymWord(s, i) {
		return true
	}
	return s.tag[i] == "NOUN" && s.toks[i].upper && !a.x.syntax.CommonWord(s.toks[i].lower) && !a.lex.in("body", s.lemma[i])
}

// acronymWord: a word in capitals read as an acronym ("FACT, led by"), not a currency
// ("EUR 50 million") or a speaker's label in a transcript.
func (a *article) acronymWord(s *sentence, i int) bool {
	if a.lex.in("notname", s.toks[i].lower) && (len(s.toks[i].text) <= 3 || i+1 < len(s.toks) && (s.toks[i+1].text == ":" || s.toks[i+1].text == "(")) {
		return false // "0200 GMT", "REPORTER (NADIA FAROUK, CAIRO):", "GUEST:": a time zone, a speaker's label
	}
	return loneCapitals(s, i) && !a.lex.in("materiel", s.toks[i].lower)
}

// loneCapitals: a word of three capitals or more among words that are not all in
// capitals: an acronym, even one that spells a common word ("FACT, led by"), not a
// heading ("NEXT WEEK").
func loneCapitals(s *sentence, i int) bool {
	if !allCapitals(s.toks[i].text) {
		return false
	}
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(s.toks) && s.toks[k].word && allCapitals(s.toks[k].text) {
			return false
		}
	}
	return true
}

// allCapitals: three letters or more, no small one ("FACT", "ARENA").
func allCapitals(w string) bool {
	return len(w) >= 3 && isAllCaps(w)
}

// possessedByState: "Libya's Sarraj": a state's own is a person or body, not a place.
func possessedByState(s *sentence, h int) bool {
	for _, k := range s.children(h, "nmod:poss") {
		if m := s.at[k]; m != nil && m.ent.isState() {
			return true
		}
	}
	return false
}

// unknownKind guesses what an unknown name is: two to four capitalised words that begin
// with a given name people in the dictionaries bear, and hold no noun of a body, name a
// person ("Sidiki Abass"); else a group ("Harakat al-Nujaba").
func (a *article) unknownKind(s *sentence, i, j int) graph.Kind {
	if j-i < 2 || j-i > 4 || isAcronym(s.toks[i].text) || !a.lex.firstNames[s.toks[i].lower] && !a.roleInApposition(s, i, j) {
		return graph.KindGroup
	}
	for k := i; k < j; k++ {
		if a.lex.in("body", s.toks[k].lower) || a.lex.in("initiative", s.lemma[k]) || s.toks[k].lower == "of" || isDigits(s.toks[k].text) {
			return graph.KindGroup
		}
	}
	return graph.KindPerson
}
