package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/extract/petrarch"
)

// Who leads whom is read from titles and their owners: "Turkish President Recep Tayyip
// Erdogan", "Russia's President Vladimir Putin", "SDF commander Mazloum Abdi",
// "President Tabaré Vázquez of Uruguay", "X, the leader of Y", "Y's leader, X", "X,
// head of Y", "X, who heads Y", "Y, led by X". A title without an owner ("President
// William Ruto") is the lexicon's to complete (actors.yaml says whom the person leads),
// else the state the sentence names, else the state the article speaks of.

// readTitle reads a person mention that begins with, or follows, a leader's title.
func readTitle(a *article, s *sentence, w int) {
	m := s.at[w]
	if m == nil || m.head != w || !m.ent.isPerson() {
		return
	}
	rs, re := a.titleBefore(s, m)
	if rs < 0 {
		return
	}
	role := strings.ToLower(s.text(a.doc.Text, rs, re))
	if sing, ok := strings.CutSuffix(role, "s"); ok && !a.isLeaderRole(role) {
		role = sing // "Presidents X and Y"
	}
	if !a.isLeaderRole(role) {
		return
	}
	owner, conf := a.titleOwner(s, m, rs, role)
	if owner.m == nil {
		return
	}
	if st := a.armyWordState(s, owner.m); st != nil {
		// "army chief General Asim Munir", the army a word of its own: the state's army
		army := a.armyOfCommander(st, strings.ToLower(s.text(a.doc.Text, owner.m.start, owner.m.end)))
		owner = arg{&mention{s: s, ent: army, conf: owner.m.conf}, owner.conf}
	} else if e := owner.m.ent; e.isState() && a.armyTitle(role) {
		// "Sudan's army chief" heads Sudan's army
		army := a.armyOfCommander(e, armyPhrase(a, s, owner.m, rs, re))
		owner = arg{&mention{s: s, ent: army, conf: owner.m.conf}, owner.conf}
	} else if e.isState() && e.gov != nil && !e.gov.isJunta() {
		// the leader of a state whose government the article speaks of leads it; not
		// a junta, which a president it overthrew does not lead
		owner = arg{&mention{s: s, ent: e.gov, conf: owner.m.conf}, owner.conf}
	} else if e.isJunta() && a.lex.in("staterole", unranked(role)) {
		// "President Mohamed Bazoum" where the article's government is the junta that
		// toppled him: the state's president
		owner = arg{&mention{s: s, ent: e.state, conf: owner.m.conf}, owner.conf}
	}
	if m.ent.owner == nil {
		m.ent.owner, m.ent.role = owner.m.ent, role
	}
	if former(s, rs) || a.regionalRoleOfState(role, owner.m.ent) {
		return // a former leader leads no more; a governor no state
	}
	a.relate(s, w, arg{m, m.conf}, graph.Leads, owner, conf, "title "+role)
}

// armyWordState: the state whose army a title's owner is when the owner is only a
// word for an army ("army chief General X", the army read as the state's), or nil.
func (a *article) armyWordState(s *sentence, m *mention) *entity {
	if m.s != s || m.end-m.start != 1 || m.how == byName || !a.lex.in("army", s.lemma[m.start]) {
		return nil
	}
	switch e := m.ent; {
	case e.isState():
		return e
	case e.node.Kind == graph.KindGovernment && e.state != nil:
		return e.state
	}
	return nil
}

// isLeaderRole: "president", "prime minister", "army chief", but not "vice president"
// or "deputy head".
func (a *article) isLeaderRole(role string) bool {
	f := strings.Fields(role)
	for _, w := range f {
		if w == "vice" || w == "deputy" || w == "vice-president" || w == "assistant" {
			return false
		}
	}
	for i := range f {
		if f[i] == "former" || f[i] == "late" {
			continue
		}
		rest := strings.Join(f[i:], " ")
		if a.lex.in("leader", rest) {
			return !strings.HasPrefix(rest, "vice") && !strings.HasPrefix(rest, "deputy")
		}
	}
	return false
}

// former: "former president X": the title is past.
// formerStateOffice: "former president Álvaro Uribe's party": what is former is the
// state office before the name, not the person's place at the head of the body after.
func (a *article) formerStateOffice(s *sentence, m *mention) bool {
	for k := max(0, m.start-2); k < m.start; k++ {
		if a.lex.in("staterole", s.lemma[k]) {
			return true
		}
	}
	return false
}

func former(s *sentence, rs int) bool {
	for k := max(0, rs-2); k <= rs; k++ {
		if l := s.toks[k].lower; l == "former" || l == "late" || l == "ex" || l == "then" {
			return true
		}
	}
	return false
}

// titleBefore returns the tokens of the title that stands before a person's name in
// the same noun phrase (the title's words are its compounds, or the start of the
// mention), or -1.
func (a *article) titleBefore(s *sentence, m *mention) (int, int) {
	end := m.start
	for end > 0 && (s.toks[end-1].text == "." || isQuote(s.toks[end-1].text)) {
		end--
	}
	if end >= 3 && s.toks[end-1].text == "," && (s.toks[end-3].lower == "'s" || s.toks[end-3].lower == "whose") && a.roleWord(s, end-2) {
		end-- // "Iran's President, Ali Khamenei", "Angola, whose President, X,": the owner's title set off by a comma
	}
	rs, re := a.titleEndingAt(s, end)
	if rs > 0 && !a.isLeaderRole(strings.ToLower(s.text(a.doc.Text, rs, re))) {
		// "Burkina Faso's Transitional President Capt. Ibrahim Traoré", "Sudan's army
		// chief Gen. X": a rank between an owned office and the name; the office is the
		// title that leads
		// "Army chief Gen V P Malik", with no owner before the office, keeps the rank
		if ps, pe := a.titleEndingAt(s, rs); ps > 0 && a.isLeaderRole(strings.ToLower(s.text(a.doc.Text, ps, pe))) {
			if k := wordBeforeTitle(s, ps); k >= 0 && s.at[k] != nil {
				return ps, pe
			}
		}
	}
	if rs >= 0 {
		return rs, re
	}
	return a.sharedTitle(s, m)
}

// titleEndingAt returns the title of up to four words that ends at token end, or -1.
func (a *article) titleEndingAt(s *sentence, end int) (int, int) {
	for start := max(0, end-4); start < end; start++ {
		words := make([]string, 0, end-start)
		for k := start; k < end; k++ {
			words = append(words, s.lemma[k])
		}
		if a.lex.sets["role"].match(words, 0) == len(words) && s.at[start] == nil {
			return start, end
		}
		lower := make([]string, 0, end-start)
		for k := start; k < end; k++ {
			lower = append(lower, strings.TrimSuffix(s.toks[k].lower, ".")) // "Capt.", "Gen."
		}
		if a.lex.sets["role"].match(lower, 0) == len(lower) && s.at[start] == nil {
			return start, end
		}
		// "Presidents X of Mexico and Y of Uruguay": a title in the plural
		if sing, ok := strings.CutSuffix(lower[len(lower)-1], "s"); ok && s.at[start] == nil {
			lower[len(lower)-1] = sing
			if a.lex.sets["role"].match(lower, 0) == len(lower) {
				return start, end
			}
		}
	}
	return -1, -1
}

// sharedTitle returns the title in the plural that a list of people shares: "Y" in
// "Presidents X of Mexico and Y of Uruguay" has the title before X; -1 when there is
// none.
func (a *article) sharedTitle(s *sentence, m *mention) (int, int) {
	if m.start < 2 || s.toks[m.start-1].lower != "and" && s.toks[m.start-1].text != "," {
		return -1, -1
	}
	for _, p := range s.ments {
		if p.end >= m.start || p.start < m.start-12 || !p.ent.isPerson() || p == m {
			continue
		}
		rs, re := a.titleBefore(s, p)
		if rs >= 0 && strings.HasSuffix(s.toks[re-1].lower, "s") && !strings.HasSuffix(s.lemma[re-1], "s") {
			return rs, re
		}
	}
	return -1, -1
}

// titleOwner finds whose title it is: a name or demonym just before it ("Turkish
// President", "UN Secretary-General", "SDF commander"), a possessor ("Russia's
// President"), "of Y" after the name, or, without one, the person's entry in the
// lexicon, a state the sentence names, the state the article speaks of.
func (a *article) titleOwner(s *sentence, m *mention, rs int, role string) (arg, float64) {
	if k := wordBeforeTitle(s, a.pastSideWords(s, rs)); k >= 0 {
		if o, conf, ok := a.ownerWordBeforeTitle(s, k, role); ok {
			return o, conf
		}
	}
	if o, ok := a.titleOfOwner(s, m); ok {
		return o, 0.9
	}
	if o, conf := a.knownLeaderOf(s, m); conf > 0 {
		return o, conf
	}
	if e := a.phoenixBody(m.ent); e != nil {
		return arg{&mention{s: s, ent: e, conf: 0.9}, 1}, 0.85 // "Secretary-General Kofi Annan" in 2003: the UN's
	}
	if !a.lex.in("staterole", unranked(role)) {
		return arg{}, 0 // "militia leader John Okello": not a state's office
	}
	if ledBy(s, m.head) {
		return arg{}, 0 // "the GNA, headed by Prime Minister X": the reader of leading verbs knows what
	}
	if e := a.phoenixGovernment(m.ent, true); e != nil {
		return arg{&mention{s: s, ent: e, conf: 0.9}, 1}, 0.85 // "President Petro Poroshenko" in 2014
	}
	if o, conf := a.stateKnownHeaded(s, m); conf > 0 {
		return o, conf
	}
	return a.stateOfSentence(s, m)
}

// ownerWordBeforeTitle reads the word k before a title for its owner: a name ("SDF
// commander X"), "whose", a body's noun ("Council President X"); or no owner at all,
// for a word that makes the title another state's or a kind of person ("gang leader
// X"). ok says whether the word decided.
func (a *article) ownerWordBeforeTitle(s *sentence, k int, role string) (arg, float64, bool) {
	switch {
	case a.notStatesTitle(s, k, role):
		return arg{}, 0, true
	case s.at[k] != nil && s.at[k].ent.isActor() && !s.at[k].ent.isPerson():
		return arg{s.at[k], s.at[k].conf}, 0.95, true
	case s.toks[k].lower == "whose":
		o, conf := a.whoseTitle(s, k)
		return o, conf, true
	case s.at[k] == nil && a.lex.in("personrole", s.toks[k].lower+" "+role):
		return arg{}, 0, true // "gang leader Chérizier", "militia leader X": a kind of person, no body named
	case s.at[k] == nil && a.lex.in("body", s.lemma[k]):
		// "Council President Koro Bessho (Japan)": the council's president, the body
		// last named by that noun, not a state's
		if e := a.headedBy(s.lemma[k]); e != nil {
			return arg{&mention{s: s, ent: e, conf: 0.8, how: byDescription}, 0.8}, 0.85, true
		}
		return arg{}, 0, true
	}
	return arg{}, 0, false
}

// stateKnownHeaded returns the state a person with an ownerless title is known to
// head: the one in whose government alone the dictionary places them ("the government
// of President John Magufuli" in a story of Mozambique: Tanzania's, if at other dates),
// or the one the article has read them as heading ("Yahya Khan, who heads Pakistan's
// military government ... whom President Yahya named").
func (a *article) stateKnownHeaded(s *sentence, m *mention) (arg, float64) {
	if e := a.phoenixCountry(m.ent); e != nil {
		return arg{&mention{s: s, ent: e, conf: 0.8}, 0.8}, 0.75
	}
	if e := a.leadsRead(m.ent); e != nil {
		return arg{&mention{s: s, ent: e, conf: 0.85, how: byDescription}, 0.85}, 0.85
	}
	return arg{}, 0
}

// leadsRead returns the state, or a state's government, the article has read the
// person as leading, or nil.
func (a *article) leadsRead(p *entity) *entity {
	led := a.headed[p]
	for i := len(led) - 1; i >= 0; i-- {
		if o := led[i]; o.isState() || o.node.Kind == graph.KindGovernment && o.state != nil {
			return o
		}
	}
	return nil
}

// phoenixCountry returns the government of the one state in whose government the
// Phoenix dictionary places the person at any date, or nil when it places them in
// none or in several.
func (a *article) phoenixCountry(p *entity) *entity {
	if p.entry == nil || p.entry.phoenix == nil {
		return nil
	}
	country := ""
	for _, r := range p.entry.phoenix.Roles {
		code := petrarch.ParseCode(r.Code)
		if code.Country == "" || !code.Has("GOV") {
			continue
		}
		if country != "" && country != code.Country {
			return nil
		}
		country = code.Country
	}
	return a.countryGovernment(country)
}

// notStatesTitle: a title whose owner word at k names a state, but which is not the
// state's: "the eastern Libyan commander" is a region's, "Sierra Leone rebel leader
// Sankoh" the rebels', "Kyiv's mayor" the city's; or an acronym no mention covers
// ("PDP president").
func (a *article) notStatesTitle(s *sentence, k int, role string) bool {
	if m := s.at[k]; m != nil {
		return a.regionOfState(s, m) || m.ent.isState() && a.sideTitle(role) || m.how == byCapital && s.toks[k+1].lower == "'s"
	}
	return isAcronym(s.toks[k].text) && s.tag[k] == "PROPN" // "PDP president X": a body's the reader does not know
}

// sideTitle: a title that holds a word of a side against the state ("rebel leader",
// "opposition leader", "militia commander").
func (a *article) sideTitle(role string) bool {
	return slices.ContainsFunc(strings.Fields(role), func(w string) bool { return sideKind(a.lex.agents[w]) })
}

// regionOfState: a demonym after a word of a part of the state ("eastern Libyan").
func (a *article) regionOfState(s *sentence, m *mention) bool {
	if m.how != byDemonym || m.start == 0 {
		return false
	}
	w := strings.ReplaceAll(s.toks[m.start-1].lower, " ", "")
	if a.lex.in("region", w) {
		return true
	}
	// "north-eastern", written in three tokens
	return m.start >= 3 && s.toks[m.start-2].text == "-" && a.lex.in("region", s.toks[m.start-1].lower)
}

// pastSideWords returns where a title starting at rs starts with the words before it
// that say which side or field the leader is of ("Karabakh's separatist leader",
// "Hamas's political leader"), for finding its owner before them.
func (a *article) pastSideWords(s *sentence, rs int) int {
	for k := rs - 1; k >= 0 && k >= rs-2 && s.at[k] == nil && !s.toks[k].upper; k-- {
		kind := a.lex.agents[s.lemma[k]]
		if !a.titleQualifier(s.toks[k].lower) && kind != "rebel" && kind != "separatist" && kind != "militant" && kind != "opposition" {
			break
		}
		rs = k
	}
	return rs
}

// unranked returns a title without the words before it that date or rank it:
// "former", "late", "new", "top", "senior".
func unranked(role string) string {
	f := strings.Fields(role)
	for len(f) > 1 && slices.Contains([]string{"former", "late", "new", "then", "ex", "top", "senior", "overall"}, f[0]) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// armyTitle: a title of an army's command ("army chief", "military chief").
func (a *article) armyTitle(role string) bool {
	f := strings.Fields(unranked(role))
	return len(f) > 1 && a.lex.in("army", f[0])
}

// wordBeforeTitle returns the word before a title starting at rs, past a possessive
// and "former" or "new": "Turkey's former President".
func wordBeforeTitle(s *sentence, rs int) int {
	k := rs - 1
	if k >= 0 && s.toks[k].lower == "'s" {
		k--
	}
	if k >= 0 && (s.toks[k].lower == "former" || s.toks[k].lower == "new") {
		k--
	}
	return k
}

// ledBy: the name at k is the agent of a verb of leading ("headed by Prime Minister X"),
// which says what the title is of.
func ledBy(s *sentence, k int) bool {
	v := s.head[k]
	if v < 0 || s.rel[k] != "obl:agent" && s.prep(k) != "by" {
		return false
	}
	_, leads := leadVerbs[s.lemma[v]]
	return leads
}

// titledConjunctBefore: a name with its own title is conjoined to the name at h before
// its of-phrase c: "Prime Minister Siniora and Prime Minister Ehud Olmert of Israel",
// where the parser hung "of Israel" on Siniora, is Olmert's.
func titledConjunctBefore(s *sentence, h, c int) bool {
	for _, j := range s.children(h, "conj") {
		if j < c && s.child(j, "nmod:desc") >= 0 {
			return true
		}
	}
	return false
}

// whoseTitle: "Burundi, whose president Evariste Ndayishimiye": the owner is what
// "whose" at k stands for.
func (a *article) whoseTitle(s *sentence, k int) (arg, float64) {
	for _, o := range a.argAt(s, k, 0) {
		if !o.m.ent.isPerson() {
			return o, 0.9
		}
	}
	return arg{}, 0
}

// titleOfOwner: "X, President of Y": the owner named after "of"; "President X of
// Mexico": right after the name, wherever the parser hung it.
func (a *article) titleOfOwner(s *sentence, m *mention) (arg, bool) {
	for _, c := range s.children(m.head, "nmod") {
		if s.prep(c) == "of" && !titledConjunctBefore(s, m.head, c) {
			if args := a.argsAt(s, c); len(args) > 0 && !args[0].m.ent.isPerson() {
				return args[0], true
			}
		}
	}
	if k := m.end; k+1 < len(s.toks) && s.toks[k].lower == "of" && s.at[k+1] != nil && s.at[k+1].start == k+1 {
		if o := s.at[k+1]; o.ent.isActor() && !o.ent.isPerson() {
			return arg{o, o.conf}, true
		}
	}
	return arg{}, false
}

// knownLeaderOf returns what the dictionaries or the article say the person of m
// leads: the lexicon's entry, the owner the article gave them, or the state the
// Phoenix dictionaries say they led; a confidence of 0 when none says.
func (a *article) knownLeaderOf(s *sentence, m *mention) (arg, float64) {
	if m.ent.entry != nil {
		for _, e := range a.lex.led(m.ent.entry) {
			ent := a.entityFor(e)
			return arg{&mention{s: s, ent: ent, conf: 1}, 1}, 0.9
		}
	}
	if m.ent.owner != nil {
		return arg{&mention{s: s, ent: m.ent.owner, conf: 1}, 1}, 0.85
	}
	if e := a.phoenixGovernment(m.ent, false); e != nil {
		return arg{&mention{s: s, ent: e, conf: 0.9}, 1}, 0.85
	}
	return arg{}, 0
}

// stateOfSentence: with no owner in the text or the dictionaries, the title is of the
// state the sentence is about, when it names only one, or the article's when the
// sentence names none.
func (a *article) stateOfSentence(s *sentence, m *mention) (arg, float64) {
	st := a.stateNear(s, m)
	if st == nil && a.main != nil && (!a.namesState(s) || a.namesOnlyState(s, a.main, m)) {
		st = a.main // "President X said on Sunday that Chad could withdraw", in an article on Chad
	}
	if st != nil {
		return arg{&mention{s: s, ent: a.governmentOf(st), conf: 0.75}, 1}, 0.75
	}
	return arg{}, 0
}

// stateNear returns the one state the sentence names (a government standing for its
// state), or nil when it names none or several. A state that is the subject of a verb
// whose object holds the title acts on another's leader ("Britain backs the government
// of President X"), and names none.
func (a *article) stateNear(s *sentence, m *mention) *entity {
	var found *entity
	for _, o := range s.ments {
		if actsOn(s, o.head, m.head) {
			return nil
		}
		if ownsOtherTitle(s, o, m) || inPredicateOf(s, o.head, m.head) || o.how == byDemonym && s.rel[o.head] == "amod" && s.head[o.head] != m.head || a.demonymForces(s, o) {
			continue // "Prime Minister Ehud Olmert of Israel"; "President X said Russia had invaded"; "backs the French deployment"; "invited American forces"
		}
		e := o.ent
		if e.state != nil {
			e = e.state
		}
		if e.isState() {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// demonymForces: the mention o is a state's forces named by its demonym ("American
// forces", "French troops"): whom a person deals with, not whose title they hold.
func (a *article) demonymForces(s *sentence, o *mention) bool {
	return o.end-o.start >= 2 && s.tag[o.start] == "ADJ" && a.lex.in("force", s.lemma[o.end-1])
}

// ownsOtherTitle: the mention o is the owner of another person's title, hung on that
// person's name ("Prime Minister Ehud Olmert of Israel") or title.
func ownsOtherTitle(s *sentence, o, m *mention) bool {
	h := s.head[o.head]
	if h >= m.start && h < m.end {
		return titledConjunctBefore(s, h, o.head) // hung on m past another's title
	}
	if h < 0 {
		return false
	}
	if p := s.at[h]; p != nil && p != m && p.ent.isPerson() {
		return true
	}
	return s.rel[h] == "nmod:desc" && s.at[s.head[h]] != nil && s.at[s.head[h]] != m && s.at[s.head[h]].ent.isPerson()
}

// inPredicateOf: the word at k is in what the verb whose subject is the name at t says
// or does ("President X said Russia had invaded", "Prime Minister Y thanked Turkey"):
// another actor than the one the title is of.
func inPredicateOf(s *sentence, k, t int) bool {
	t = subjectHolding(s, t)
	v := s.head[t]
	if v < 0 || base(s.rel[t]) != "nsubj" || !s.dominates(v, k) {
		return false
	}
	return !s.dominates(t, k)
}

// subjectHolding returns the subject that holds the name at t in an of-phrase or as
// its possessor ("the government of President X cut ties with Rabat", "President X's
// government"), or t.
func subjectHolding(s *sentence, t int) int {
	k := t
	for n := 0; n < 4 && k >= 0 && base(s.rel[k]) != "nsubj"; n++ {
		switch s.rel[k] {
		case "nmod", "nmod:poss", "flat", "nmod:desc":
			k = s.head[k]
		default:
			return t
		}
		if k < 0 || s.tag[k] != "NOUN" && s.tag[k] != "PROPN" {
			return t
		}
	}
	if k < 0 || base(s.rel[k]) != "nsubj" {
		return t
	}
	return k
}

// inDeedOf: the word at k stands in what the verb whose subject is at t does, not in
// a clause it says or reports ("President X cut ties with Venezuela", not "President
// X said Chad could withdraw"): an actor X deals with, not X's own.
func inDeedOf(s *sentence, k, t int) bool {
	if s.place[k] || !actsOn(s, t, k) {
		return false // "visited the troops in Chad": a place, which may be X's own
	}
	for c := k; s.head[c] != s.head[t]; c = s.head[c] {
		if s.rel[c] != "nmod" {
			return false // "suspended the army's chief of staff": the owner of what X acts on
		}
	}
	return true
}

// actsOn reports whether the subject at k is of a verb whose object or oblique holds
// the word at t ("Britain backs the government of President X").
func actsOn(s *sentence, k, t int) bool {
	v := s.head[k]
	if base(s.rel[k]) != "nsubj" || v < 0 {
		return false
	}
	for n := 0; t >= 0 && n < len(s.toks); n++ {
		if s.head[t] == v {
			r := base(s.rel[t])
			return r == "obj" || r == "obl" || r == "iobj"
		}
		t = s.head[t]
	}
	return false
}

// actsOnDirectly: the word at t is the object or an oblique of the verb whose subject
// is at k ("President X thanked Turkey"), not inside one ("suspended the army's chief").
func actsOnDirectly(s *sentence, k, t int) bool {
	v := s.head[k]
	if base(s.rel[k]) != "nsubj" || v < 0 || s.head[t] != v {
		return false
	}
	r := base(s.rel[t])
	return r == "obj" || r == "obl" || r == "iobj"
}

// namesState reports whether a sentence names a state, or a place of one.
func (a *article) namesState(s *sentence) bool {
	for _, o := range s.ments {
		if o.ent.isState() || o.ent.state != nil {
			return true
		}
	}
	for _, p := range s.place {
		if p {
			return true
		}
	}
	return false
}

// namesOnlyState: every state the sentence names as an actor is st, which neither acts
// on the holder of the title m ("Russia has armed the militia of President X"), nor
// owns another's title, nor is the object of what the holder does ("President X
// thanked Turkey", "is fighting alongside the Americans"); what the holder says
// ("President X said Chad could withdraw") may be of the holder's own state.
func (a *article) namesOnlyState(s *sentence, st *entity, m *mention) bool {
	for _, o := range s.ments {
		e := o.ent
		if e.state != nil {
			e = e.state
		}
		if e.isState() && (e != st || actsOn(s, o.head, m.head) || ownsOtherTitle(s, o, m) || actsOnDirectly(s, subjectHolding(s, m.head), o.head) || inDeedOf(s, o.head, subjectHolding(s, m.head))) {
			return false
		}
	}
	v := verbOfNoun(s, m.head)
	for k, p := range s.place {
		if !p || v < 0 || s.head[k] != v {
			continue
		}
		if e, _, _, _ := a.lookup(s.toks, k); e != nil && e.isState() && e != st {
			return false // "In Pretoria, the government of President X called": another state's place
		}
	}
	return true
}

// verbOfNoun returns the verb of the clause the noun at k stands in, climbing through
// the nouns that hold it ("the government of President X called"); -1 if none.
func verbOfNoun(s *sentence, k int) int {
	for n := 0; k >= 0 && n < len(s.toks); n++ {
		switch base(s.rel[k]) {
		case "nmod", "nsubj", "obj", "iobj", "obl", "appos", "flat", "compound", "conj":
			k = s.head[k]
			if k >= 0 && (s.tag[k] == "VERB" || s.tag[k] == "AUX") {
				return k
			}
		default:
			return -1
		}
	}
	return -1
}

// phoenixBody returns the international body whose officer the Phoenix dictionary
// makes person p at the article's date ("KOFI ANNAN [IGOUNO 970101-061231]"): the
// body of the project's files the dictionary gives that code, or nil.
func (a *article) phoenixBody(p *entity) *entity {
	if p.entry == nil || p.entry.phoenix == nil || a.date.IsZero() {
		return nil
	}
	role, ok := p.entry.phoenix.RoleAt(a.date)
	if !ok || !strings.HasPrefix(role.Code, "IGO") {
		return nil
	}
	if e := a.lex.byCode[role.Code]; e != nil {
		return a.entityFor(e)
	}
	return nil
}

// phoenixGovernment returns the government of the state the Phoenix dictionary places
// person p in at the article's date. Unless the text gives the person a state's title
// ("President Petro Poroshenko"), the dictionary must name them with a leader's title
// ("PRESIDENT OBAMA"), since a place in a government is no headship.
func (a *article) phoenixGovernment(p *entity, titledInText bool) *entity {
	if p.entry == nil || p.entry.phoenix == nil || a.date.IsZero() {
		return nil
	}
	ph := p.entry.phoenix
	role, ok := ph.RoleAt(a.date)
	code := petrarch.ParseCode(role.Code)
	if !ok || code.Country == "" || !code.Has("GOV") || len(code.Types) != 1 {
		return nil
	}
	titled := titledInText
	for _, n := range ph.Names {
		l := strings.ToLower(n)
		titled = titled || strings.HasPrefix(l, "president ") || strings.HasPrefix(l, "prime minister ") || strings.HasPrefix(l, "king ")
	}
	if !titled {
		return nil
	}
	return a.countryGovernment(code.Country)
}

// countryGovernment returns the government of the state of a country code ("TZA"), or
// nil when the lexicon has no such state.
func (a *article) countryGovernment(country string) *entity {
	if e := a.lex.states[country]; e != nil {
		return a.governmentOf(a.entityFor(e))
	}
	return nil
}

// readLeaderNoun: a leader's title as a noun with its owner and the person it names:
// "X, the leader of Y", "X, Y's leader", "Y's leader, X", "the head of Y, X",
// "X became the leader of Y", "X is Y's president".
func readLeaderNoun(a *article, s *sentence, n int) {
	if !a.leaderNounAt(s, n) {
		return
	}
	if pastOrDeputyTitle(s, n) || oneOfSeveral(s, n) || a.portfolioTitle(s, n) || a.unitOfTitle(s, n) || a.claimedTitle(s, n) {
		return
	}
	if c := a.serviceBefore(s, n); c >= 0 {
		readServiceChief(a, s, n, c)
		return
	}
	army, ok := a.headedNoun(s, n)
	if !ok {
		return
	}
	owners := a.leaderNounOwners(s, n)
	people := a.namedBy(s, n)
	if p := a.personAfterTitle(s, n); p != nil {
		people = []arg{*p} // "Mr Museveni, Rwanda's President, Pasteur Bizimungu": the name after the title is its holder
	}
	owners = a.ownerByDictionary(owners, people)
	if len(owners) > 1 && len(people) == 1 && s.toks[n].lower != s.lemma[n] {
		return // "X, and the leaders of Zimbabwe, Angola and Namibia": one person holds no title of several
	}
	if len(owners) == 0 {
		if !a.officerOfBody(s, n, people) {
			readStateOffice(a, s, n, a.appositionsOf(s, n))
		}
		return
	}
	if len(owners) == 1 && len(people) > 1 && s.toks[n].lower != s.lemma[n] {
		return // "two Houthi military commanders, X and Y": commanders in it, neither its head
	}
	a.relateLeaders(s, n, people, owners, army)
}

// portfolioTitle: the title noun at n has words before it that name a part of a
// body's work ("the UN humanitarian coordinator", "the EU's foreign policy chief"):
// its holder heads that part, not the body.
func (a *article) portfolioTitle(s *sentence, n int) bool {
	var words []string
	for k := n - 1; k >= 0 && s.at[k] == nil && s.head[k] >= 0 && s.headedBy(k, n) && !s.toks[k].upper && s.tag[k] != "PUNCT"; k-- {
		words = append([]string{s.toks[k].lower}, words...)
	}
	for i := range words {
		if a.lex.sets["portfolio"].match(words, i) > i {
			return true
		}
	}
	return false
}

// unitOfTitle: the title noun at n heads what its "of" phrase names, a common noun of
// no actor ("the State Department's director of policy planning", "the head of the UN
// human rights office"): a part of the body named beside it, which its holder does not
// head; but a chief of staff, a head of state, the chief of a state's police or the
// head of an army heads the state's,
// and the leader of a region the leader of the region.
func (a *article) unitOfTitle(s *sentence, n int) bool {
	for _, k := range s.children(n, "nmod") {
		if s.prep(k) != "of" || s.at[k] != nil || s.tag[k] != "NOUN" || a.rulersNoun(s.lemma[k]) || a.lex.in("service", s.lemma[k]) || a.lex.in("force", s.lemma[k]) || a.lex.in("body", s.lemma[k]) && !a.lex.in("unit", s.lemma[k]) {
			continue
		}
		switch s.lemma[k] {
		case "staff", "state", "country", "nation", "republic", "kingdom", "region", "province", "territory", "operation", "force":
			continue
		}
		if slices.ContainsFunc(s.children(k, "appos"), func(c int) bool { return s.at[c] != nil }) {
			continue // "the leader of Georgia's other breakaway region, Abkhazia": the name says what it is
		}
		return true
	}
	return false
}

// relateLeaders relates the people a title noun at n names to the owners it heads:
// each to each, or, as many of both, each to its own ("Erdogan and Putin, the
// presidents of Turkey and Russia").
func (a *article) relateLeaders(s *sentence, n int, people, owners []arg, army bool) {
	paired := len(owners) > 1 && len(people) == len(owners)
	for i, p := range people {
		a.asPerson(p.m.ent)
		for j, o := range owners {
			if paired && i != j {
				continue
			}
			o = a.ledBody(s, o, n, army)
			if !o.m.ent.isPerson() && !a.regionalRoleOfState(s.lemma[n], o.m.ent) {
				a.relate(s, n, p, graph.Leads, o, 0.85, "leader noun "+s.lemma[n])
			}
		}
	}
}

// regionalRoleOfState: a title of the head of a province or city ("the state's
// governor") said to be held of a state or its government, which it does not lead, or
// of a place no dictionary knows as an actor ("the governor of Darfur"; but "Borno
// State Governor X" leads the state's government the name's body noun makes an actor).
func (a *article) regionalRoleOfState(role string, e *entity) bool {
	return a.lex.in("regionalrole", role) && (e.isState() || e.node.Kind == graph.KindGovernment && e.state != nil || e.unknown && !a.lex.in("body", strings.ToLower(headOf(e.node.Name))))
}

// officerOfBody reads a title with no owner said of one person the dictionary makes
// an officer of a body at the article's date ("Kofi Annan, the secretary-general," in
// 1999): the person leads the body. It reports whether it read one.
func (a *article) officerOfBody(s *sentence, n int, people []arg) bool {
	if len(people) != 1 {
		return false
	}
	e := a.phoenixBody(people[0].m.ent)
	if e == nil {
		return false
	}
	a.relate(s, n, people[0], graph.Leads, arg{&mention{s: s, ent: e, conf: 0.85}, 0.85}, 0.8, "leader noun "+s.lemma[n])
	return true
}

// ownerByDictionary returns the owners of a title, but for a title owned by a pronoun
// ("its secretary-general, Amr Moussa") held by one person the dictionary makes an
// officer of a body at the article's date, or the project's dictionary says leads one
// actor: that actor, which the pronoun may not reach.
func (a *article) ownerByDictionary(owners, people []arg) []arg {
	if len(owners) != 1 || owners[0].m.how != byPronoun || len(people) != 1 {
		return owners
	}
	if e := a.phoenixBody(people[0].m.ent); e != nil {
		return []arg{{&mention{s: owners[0].m.s, ent: e, conf: 0.9}, 0.9}}
	}
	if e := a.soleLed(people[0].m.ent); e != nil {
		return []arg{{&mention{s: owners[0].m.s, ent: e, conf: 0.9}, 0.9}} // "Its secretary-general, Naim Qassem"
	}
	return owners
}

// oneOfSeveral: the leader noun at n has "a" or "an" before it ("Abdelkrim al-Targui,
// a senior AQIM commander"): one of its commanders, not its head.
func oneOfSeveral(s *sentence, n int) bool {
	return withArticle(s, n)
}

// leaderNounOwners returns what the title noun at n heads; not a state when a word of
// a side stands before it ("Sierra Leone's rebel leader": the rebels', not the
// state's), nor a demonym when an "of" phrase names what it heads.
func (a *article) leaderNounOwners(s *sentence, n int) []arg {
	owners := a.titleNounOwners(s, n)
	if c := s.child(n, "compound"); c >= 0 && a.sideWord(s, c, n) {
		owners = slices.DeleteFunc(owners, func(o arg) bool { return o.m.ent.isState() })
	}
	if slices.ContainsFunc(s.children(n, "nmod"), func(k int) bool { return s.prep(k) == "of" }) || s.child(n, "nmod:poss") >= 0 {
		// "the Australian commander of Interfet", "Unamsil, whose Indian commander": the
		// demonym says whose national he is
		owners = slices.DeleteFunc(owners, func(o arg) bool { return o.m.how == byDemonym && s.rel[o.m.head] == "amod" })
	}
	return owners
}

// personAfterTitle returns the person named right after the title at n and a comma,
// past ranks ("Libya's leader, Colonel Muammar Gaddafi"), when a name stands before
// the title too: in a list of names and titles a title goes with the name after it.
func (a *article) personAfterTitle(s *sentence, n int) *arg {
	if n < 2 || s.toks[n-1].text == "," || !a.personBeforeTitle(s, n) {
		return nil
	}
	k := n + 1
	if k >= len(s.toks) || s.toks[k].text != "," {
		return nil
	}
	for k++; k < len(s.toks) && s.at[k] == nil && a.roleWord(s, k); k++ {
	}
	if k < len(s.toks) && s.at[k] != nil && s.at[k].start == k && s.at[k].ent.isPerson() && !a.titledAfter(s, s.at[k].end) {
		return &arg{s.at[k], s.at[k].conf}
	}
	return nil
}

// titledAfter: a title of its own follows the name that ends at e, set off by commas
// ("Emmanuel Macron, the French president,"): in "Keir Starmer, the British prime
// minister, Emmanuel Macron, the French president, and ..." each title goes with the
// name before it.
func (a *article) titledAfter(s *sentence, e int) bool {
	if e+2 >= len(s.toks) || s.toks[e].text != "," || s.toks[e+1].lower != "the" {
		return false
	}
	for k := e + 2; k < len(s.toks) && k < e+7 && s.toks[k].text != ","; k++ {
		if a.roleWord(s, k) && (k+1 == len(s.toks) || s.toks[k+1].text == "," || !a.roleWord(s, k+1)) {
			return true
		}
	}
	return false
}

// personBeforeTitle: a person's name stands just before the title phrase that ends at the
// title n, a comma (or a comma and "and") between.
func (a *article) personBeforeTitle(s *sentence, n int) bool {
	k := n - 1
	for k >= 0 && s.head[k] >= 0 && s.tag[k] != "PUNCT" && s.headedBy(k, n) {
		k-- // the title's own words: "Rwanda's", "its"
	}
	if k >= 0 && s.toks[k].lower == "and" {
		k--
	}
	if k < 1 || s.toks[k].text != "," {
		return false
	}
	m := s.at[k-1]
	return m != nil && m.ent.isPerson()
}

// serviceBefore returns the noun of a state's service just before the title at n
// ("Egypt's intelligence chief", "the navy commander"), or -1.
func (a *article) serviceBefore(s *sentence, n int) int {
	c := n - 1
	if c < 0 || s.head[c] != n || s.rel[c] != "compound" || s.toks[c].upper || !a.lex.in("service", s.lemma[c]) {
		return -1
	}
	return c
}

// readServiceChief: "Egypt's intelligence chief, Abbas Kamel": the head of a state's
// service (its intelligence, police, navy) heads the service, an actor of its own
// named as the article writes it, not the state.
func readServiceChief(a *article, s *sentence, n, c int) {
	for _, o := range a.titleNounOwners(s, n) {
		st := o.m.ent
		if st.state != nil && st.node.Kind == graph.KindGovernment {
			st = st.state
		}
		phrase := armyPhrase(a, s, o.m, c, c+1)
		if !st.isState() || phrase == "" {
			continue
		}
		service := a.stateService(st, phrase)
		for _, p := range a.titledPeople(s, n) {
			a.asPerson(p.m.ent)
			a.relate(s, n, p, graph.Leads, arg{&mention{s: s, ent: service, conf: o.m.conf}, o.conf}, 0.85, "service chief "+s.lemma[c])
		}
	}
}

// titledPeople returns the people a title noun at n names: the name in apposition
// after it ("Egypt's intelligence chief, Abbas Kamel"), else what else names it.
func (a *article) titledPeople(s *sentence, n int) []arg {
	var out []arg
	for _, k := range s.children(n, "appos") {
		if k > n {
			out = append(out, a.argsAt(s, k)...)
		}
	}
	if len(out) > 0 {
		return out
	}
	return a.namedBy(s, n)
}

// stateService returns the actor for a state's service that a phrase names ("Egypt's
// intelligence"), made when the article has none of that name.
func (a *article) stateService(st *entity, phrase string) *entity {
	if e := a.byNameKey(phrase); e != nil {
		return e
	}
	e := a.newLocal(phrase, graph.KindGroup)
	e.state = st
	return e
}

// readStateOffice: a state's office with no owner, as a noun in apposition to a
// person ("the caretaker prime minister, Najib Mikati", "Captain X, the junta
// leader"), not one said of them ("declared himself interim president"): like
// "President X", it is of the state the sentence, or else the article, speaks of; not
// when a word before it says another kind of office ("the regional president").
func readStateOffice(a *article, s *sentence, n int, people []arg) {
	width := 0 // the words of the title before n
	switch {
	case a.lex.in("staterole", unranked(leaderPhrase(s, n))):
		width = len(strings.Fields(leaderPhrase(s, n))) - 1
	case !a.lex.in("staterole", s.lemma[n]):
		return
	}
	if !a.onlyOfficeQualifiers(s, n, width) || hasOblique(s, n, "of") || n+1 < len(s.toks) && s.toks[n+1].lower == "of" {
		return // "The President of the Council for August, X of Ghana": an office of the Council, however the phrase is hung
	}
	if ledBy(s, n) {
		return // "the exiled government, led by the Emir, Sheikh X": the verb says what X leads
	}
	for _, p := range people {
		if !p.m.ent.isPerson() {
			continue
		}
		if o, conf := a.officeOwner(s, p.m); conf > 0 {
			a.relate(s, n, p, graph.Leads, o, conf, "state office "+leaderPhrase(s, n))
		}
	}
}

// officeOwner: the state whose office a person named with a state's title holds: the
// one the dictionaries know them to lead, or whose government Phoenix places them in
// at the article's date ("Vladimir Putin, the prime minister," in 2011), else the
// state the sentence or the article speaks of.
func (a *article) officeOwner(s *sentence, m *mention) (arg, float64) {
	if o, conf := a.knownLeaderOf(s, m); conf > 0 {
		return o, conf
	}
	if e := a.phoenixGovernment(m.ent, true); e != nil {
		return arg{&mention{s: s, ent: e, conf: 0.9}, 1}, 0.85
	}
	return a.stateOfSentence(s, m)
}

// onlyOfficeQualifiers: the words before the title at n that are not part of it (it
// has width words before n) only say how the office is held ("caretaker", "acting",
// "interim").
func (a *article) onlyOfficeQualifiers(s *sentence, n, width int) bool {
	for _, k := range s.kids[n] {
		if k > n || k >= n-width || s.rel[k] != "amod" && s.rel[k] != "compound" && s.rel[k] != "nmod" {
			continue
		}
		if !a.lex.in("officequalifier", s.toks[k].lower) {
			return false
		}
	}
	return true
}

// leaderNounAt: a leader's title at n, as a noun of its own, not a title before a
// name.
func (a *article) leaderNounAt(s *sentence, n int) bool {
	if s.tag[n] != "NOUN" && s.tag[n] != "PROPN" || s.at[n] != nil || !a.isLeaderRole(s.lemma[n]) && !a.isLeaderRole(leaderPhrase(s, n)) {
		return false // a title may be written in capitals ("Britain's Prime Minister, Tony Blair")
	}
	if s.rel[n] == "nmod:desc" || n+1 < len(s.toks) && s.at[n+1] != nil && s.at[n+1].ent.isPerson() {
		return false // "Azerbaijan's President Ilham Aliyev": a title before a name, the title reader's
	}
	// "the government's chief negotiator": "chief" describes another noun
	return n+1 >= len(s.toks) || s.tag[n+1] != "NOUN" || s.toks[n+1].upper
}

// headedNoun reads a lower-case noun just before the title at n, which says what the
// title heads: "Sudan's army chief" heads Sudan's army (army is true); "its foreign
// policy chief" heads a policy, not the body, and "HRW's Africa director" an office of
// it (ok is false).
func (a *article) headedNoun(s *sentence, n int) (army, ok bool) {
	if c := s.child(n, "compound"); c >= 0 && c == n-1 && s.tag[c] == "NOUN" && !s.toks[c].upper && !a.titleQualifier(s.toks[c].lower) && !a.sideWord(s, c, n) {
		if d := s.child(c, "amod", "compound"); d == c-1 && a.lex.in("army", s.toks[d].lower+" "+s.toks[c].lower) {
			return true, true // "Indonesia's armed forces commander", "its security forces chief"
		}
		if !a.lex.in("leader", leaderPhrase(s, n)) && !a.isLeaderRole(s.lemma[c]) {
			return false, false
		}
		return a.lex.in("army", s.lemma[c]), true
	}
	if c := s.child(n, "amod"); c >= 0 && c == n-1 && a.lex.in("army", s.toks[c].lower) {
		return true, true // "Kenya's military chief", the tagger's adjective
	}
	if c := s.child(n, "compound"); c >= 0 && c == n-1 && s.tag[c] == "PROPN" && s.child(n, "nmod:poss") >= 0 {
		return false, false // "Human Rights Watch's Africa director": the head of an office for a place
	}
	return false, true
}

// claimedTitle: the title at n is one its holder gives himself ("the self-styled
// president of 'New Zaire'", "the self-proclaimed leader"): it names no office the
// state's own government holds.
func (a *article) claimedTitle(s *sentence, n int) bool {
	for _, k := range s.kids[n] {
		if k < n && k >= 2 && s.toks[k-1].text == "-" && a.lex.in("rival", s.toks[k-2].lower+"-"+s.toks[k].lower) {
			return true
		}
	}
	return false
}

// pastOrDeputyTitle: "former Kenyan president", "deputy president", "then the army
// chief": not the leader, or not now.
func pastOrDeputyTitle(s *sentence, n int) bool {
	for _, k := range s.kids[n] {
		if l := s.toks[k].lower; k < n && (l == "former" || l == "deputy" || l == "vice" || l == "late" || l == "ex" || l == "then") {
			return true
		}
	}
	st := s.spanStart(n)
	return st > 0 && s.toks[st-1].lower == "then" // "El-Sissi, then the army chief,"
}

// titleNounOwners returns who the title noun at n says is led: its possessor, "of Y",
// or a name before it. "Its secretary general": the possessor hangs on "secretary".
func (a *article) titleNounOwners(s *sentence, n int) []arg {
	var owners []arg
	kids := s.kids[n]
	for _, c := range s.children(n, "compound") {
		kids = append(kids, s.kids[c]...)
	}
	for _, k := range kids {
		if !titleOwnerRel(s, k, n) {
			continue
		}
		for _, o := range a.argsAt(s, k) {
			if o.m.how != byCapital {
				owners = append(owners, a.commandedArmy(s, o)) // "Kyiv's mayor" heads the city, not Ukraine
			}
		}
	}
	return append(owners, a.staffChiefOf(s, n)...)
}

// staffChiefOf returns the armed force whose "chief of staff" the leader noun at n is
// ("chief of staff of the Angolan Armed Forces", "chief of staff of UNITA's armed
// wing"): a force's chief of staff commands it; a government's serves its head.
func (a *article) staffChiefOf(s *sentence, n int) []arg {
	var out []arg
	for _, st := range s.children(n, "nmod") {
		if s.lemma[st] != "staff" || s.prep(st) != "of" {
			continue
		}
		for _, k := range s.children(st, "nmod") {
			if s.prep(k) != "of" {
				continue
			}
			for _, o := range a.argsAt(s, k) {
				if o.m.ent.node.Kind == graph.KindGroup {
					out = append(out, o)
				}
			}
		}
	}
	return out
}

// titleOwnerRel: a dependent k of title n that names its owner: "Y's leader", "the
// leader of Y", "the Houthi leader".
func titleOwnerRel(s *sentence, k, n int) bool {
	return s.rel[k] == "nmod:poss" || s.rel[k] == "nmod" && s.prep(k) == "of" || (s.rel[k] == "compound" || s.rel[k] == "amod") && k < n
}

// ledBody returns the body a leader of owner o leads: a state's army for an army's
// chief, else the state's government when the article names one.
func (a *article) ledBody(s *sentence, o arg, n int, army bool) arg {
	e := o.m.ent
	if e.isState() && army {
		return arg{&mention{s: s, ent: a.armyOfCommander(e, armyPhrase(a, s, o.m, n-1, n)), conf: o.m.conf}, o.conf}
	}
	if e.isState() && e.gov != nil {
		return arg{&mention{s: s, ent: e.gov, conf: o.m.conf}, o.conf}
	}
	return o
}

// armyPhrase returns the words from the owner m of an army's (or a service's) title
// to its noun among the title's words [rs, re): "Uganda's army chief" gives "Uganda's
// army"; "" when the owner is not written just before the title.
func armyPhrase(a *article, s *sentence, m *mention, rs, re int) string {
	if m.s != s || m.end > rs || m.end < rs-1 {
		return ""
	}
	for k := rs; k < re; k++ {
		if a.lex.in("army", s.lemma[k]) || a.lex.in("army", s.toks[k].lower) || a.lex.in("service", s.lemma[k]) {
			return s.text(a.doc.Text, m.start, k+1)
		}
	}
	return ""
}

// sideWord: the noun at c before the title at n says what side the leader's body is on
// ("Karabakh's separatist leader", "the group's rebel commander"), not what office of it
// the title heads.
func (a *article) sideWord(s *sentence, c, n int) bool {
	return sideKind(a.lex.agents[s.lemma[c]]) && s.child(n, "nmod:poss") >= 0
}

// titleQualifier: a word before a title that ranks or qualifies it rather than naming
// what it heads ("top commander", "supreme leader", "veteran leader").
func (a *article) titleQualifier(w string) bool {
	return a.lex.in("titlequalifier", w)
}

// leaderPhrase returns the title ending at noun n with the noun before it: "army chief".
func leaderPhrase(s *sentence, n int) string {
	if hw := s.hyphenAfter(n); hw != "" {
		return hw // "commander-in-chief", its first part heading it
	}
	if hw := s.hyphenWord(n); hw != "" {
		return hw // "Secretary-General", split at its hyphen
	}
	if n+2 < len(s.toks) && s.head[n+2] == n {
		if hw := s.hyphenWord(n + 2); hw != "" {
			return hw
		}
	}
	if n > 0 && (s.rel[n-1] == "compound" || s.rel[n-1] == "amod") && s.head[n-1] == n {
		return strings.ToLower(s.toks[n-1].text) + " " + s.lemma[n] // "army chief", "Prime Minister"
	}
	return s.lemma[n]
}

// leadVerbs are the verbs of leading and the preposition their object may take.
var leadVerbs = map[string]string{"lead": "", "head": "", "command": "", "chair": "", "run": "", "rule": "", "govern": "", "preside": "over", "helm": ""}

// readLeadsVerb: "X leads Y", "Y, led by X", "X, who heads Y", "the coalition is led
// by X", "X presides over Y".
func readLeadsVerb(a *article, s *sentence, w int) {
	prep, ok := leadVerbs[s.lemma[w]]
	if !ok || s.tag[w] != "VERB" || s.particle(w) != "" {
		return // "ruled out", "headed off": other verbs
	}
	f := &frame{kind: verbFrame, actor: graph.Leads, slots: []slot{{rel: "obj"}}}
	if prep != "" {
		f.slots = []slot{{rel: "obl", prep: prep}}
	}
	t := ledNoun(s, w)
	for _, sub := range a.subjects(s, w) {
		a.asPerson(sub.m.ent)
		objs := a.objects(s, w, f)
		if whole := a.wingOf(s, w); whole != nil {
			objs = []arg{*whole}
		}
		// "a quartet of Kenya, Ethiopia, Somalia and South Sudan, chaired by Kenyan
		// President William Ruto": the group they form is led, no one state of it
		// "the OAU's committee on Chad, chaired by President Omar Bongo": the body whose
		// subject the state is, which the parser passed over, not the state
		objs = slices.DeleteFunc(objs, func(o arg) bool {
			return o.m.ent.isState() && (listed(s, o.m) || subjectMatter(s, o.m)) || underLaterObject(s, w, o.m) || o.m.ent.unknown && placeOfNoun(s, o.m)
		})
		for _, obj := range objs {
			if t >= 0 && a.lex.in("proxy", s.lemma[t]) && !a.lex.in("force", s.lemma[t]) && s.rel[t] != "appos" {
				continue // "heads the SDF media office", "commands an RSF base": a post of the body, not the body; but "the KVM, the OSCE operation led by X" is the KVM
			}
			a.readLed(s, w, sub, obj)
		}
		if t >= 0 && sub.m.ent.isPerson() && a.namedPart(s, t) {
			part := a.bodyLedBy(sub.m.ent, s.text(a.doc.Text, phraseStart(s, t), t+1), s.lemma[t])
			a.relate(s, w, sub, graph.Leads, arg{&mention{s: s, ent: part, conf: sub.m.conf}, 0.9}, 0.85, "leads verb "+s.lemma[w]+" (part)")
		}
	}
}

// underLaterObject: mention m stands in an object of the verb w after its first one,
// which the parser gave the verb of a clause joined to it ("who leads Viv Ansanm and
// is under both US and UN sanctions": the sanctions are no body led).
func underLaterObject(s *sentence, w int, m *mention) bool {
	objs := s.children(w, "obj")
	if m.s != s || len(objs) < 2 {
		return false
	}
	for _, o := range objs[1:] {
		if s.headedBy(m.head, o) && s.spanStart(o) > s.spanEnd(objs[0]) {
			return true // not one noun phrase split in two ("led the governing MPLA")
		}
	}
	return false
}

// placeOfNoun: the mention m stands in a phrase of place of a noun before it ("the
// meeting at Istanbul's Dolmabahce Palace, chaired by X"): where the noun is, which a
// participle after it does not describe.
func placeOfNoun(s *sentence, m *mention) bool {
	return phraseOfNounBefore(s, m, "at", "in")
}

// subjectMatter: the mention m is what a noun before it is about ("the committee on
// Chad", "talks over Kashmir").
func subjectMatter(s *sentence, m *mention) bool {
	return s.rel[m.head] == "nmod" && phraseOfNounBefore(s, m, "on", "about", "over", "for")
}

// phraseOfNounBefore: the mention m stands in a phrase of one of the prepositions
// that hangs on a noun before it.
func phraseOfNounBefore(s *sentence, m *mention, preps ...string) bool {
	h := s.head[m.head]
	return m.s == s && slices.Contains(preps, s.prep(m.head)) && h >= 0 && h < m.start && s.tag[h] == "NOUN"
}

// listed: the mention m stands in a list ("Kenya, Ethiopia, Somalia and South Sudan").
func listed(s *sentence, m *mention) bool {
	return m.s == s && m.head >= 0 && m.head < len(s.toks) && (s.rel[m.head] == "conj" || s.child(m.head, "conj") >= 0)
}

// wingOf returns the body a participle of leading describes when the parser hung it
// on the noun of the body's arm, or of its people, before the body's name: "the armed
// wing of the Ambazonia Governing Council led by Lucas Ayaba Cho" and "legislators from
// the PDI-P, led by Megawati" are led by them; else nil.
func (a *article) wingOf(s *sentence, w int) *arg {
	h := s.head[w]
	if s.rel[w] != "acl" || h < 0 || !a.lex.in("wing", s.lemma[h]) && !a.lex.in("personnel", s.lemma[h]) && !a.roleWord(s, h) {
		return nil
	}
	end := w
	for end > 0 && (s.toks[end-1].text == "," || s.toks[end-1].text == ")") {
		end-- // "Legislators from the Party of Struggle (PDI-P), led by X": past the comma and the brackets
		if s.toks[end].text == ")" {
			for end > 0 && s.toks[end].text != "(" {
				end--
			}
		}
	}
	for _, k := range s.children(h, "nmod") {
		if m := s.at[k]; m != nil && (s.prep(k) == "of" || s.prep(k) == "from") && (m.end == end || m.end == w) && m.ent.isActor() && !m.ent.isPerson() {
			return &arg{m, m.conf}
		}
	}
	return nil
}

// governmentWordIn: a noun of a government within mention m, or before the object of
// verb w ("led the government delegation"): a state leads its own government's, which
// is no force it backs.
func (a *article) governmentWordIn(s *sentence, m *mention, w int) bool {
	var words []int
	if m.s == s {
		for k := m.start; k < m.end; k++ {
			words = append(words, k)
		}
	}
	if o := s.child(w, "obj"); o >= 0 {
		words = append(words, o)
		words = append(words, s.children(o, "compound", "amod")...)
	}
	return slices.ContainsFunc(words, func(k int) bool { return a.lex.in("government", s.lemma[k]) })
}

// ledDelegation: what verb w leads is a delegation or team, named by the mention m or
// by the verb's object or passive subject ("led the government delegation", "the
// Sudanese delegation, led by X").
func (a *article) ledDelegation(s *sentence, w int, m *mention) bool {
	words := []int{m.head, s.child(w, "obj"), s.child(w, "nsubj:pass")}
	if s.rel[w] == "acl" && s.head[w] >= 0 {
		words = append(words, s.head[w])
	}
	return slices.ContainsFunc(words, func(k int) bool { return k >= 0 && a.lex.in("delegation", s.lemma[k]) })
}

// readLed relates the subject of verb of leading w to one object it leads: a person
// leads an actor; a state at the head of a force backs it ("the force ... is led by
// France"); one at the head of an initiative proposes it ("the Nairobi process led by
// the East African Community").
func (a *article) readLed(s *sentence, w int, sub, obj arg) {
	lead := s.lemma[w] == "lead"
	if obj.m.ent.init != nil {
		a.readLedInitiative(s, w, sub, obj)
		return
	}
	if e := obj.m.ent; (e.isState() || e.node.Kind == graph.KindGovernment) && obj.m.s == s && a.ledDelegation(s, w, obj.m) {
		return // "who led the government delegation": a delegation of the government's, not the government
	}
	a.asGroup(obj.m.ent)
	obj = a.commandedArmy(s, obj)
	if obj.m.ent.isState() && obj.m.s == s && (obj.m.how == byDemonym || s.tag[obj.m.head] == "NOUN") {
		return // "Egyptian mediators, led by X", "Russian peacekeepers, commanded by X": a group of the state's, not the state
	}
	switch {
	case sub.m.ent.isPerson() && obj.m.ent.isActor() && !obj.m.ent.isPerson():
		a.relate(s, w, typed(sub), graph.Leads, typed(obj), 0.9, "leads verb "+s.lemma[w])
	case lead && sub.m.ent.isState() && obj.m.ent.isActor() && !obj.m.ent.isState() && !a.governmentWordIn(s, obj.m, w):
		a.relate(s, w, sub, graph.Supports, obj, 0.8, "leads verb lead (state)")
	}
}

// readLedInitiative: one who leads an initiative puts it forward ("the Nairobi process
// led by the East African Community"); but one who leads a mission commands it ("who
// will lead the mission on the ground"), and proposes nothing.
func (a *article) readLedInitiative(s *sentence, w int, sub, obj arg) {
	if s.lemma[w] == "lead" && (!sub.m.ent.isPerson() || obj.m.ent.init.family != "mission") {
		a.relate(s, w, sub, graph.Proposes, obj, 0.8, "leads verb "+s.lemma[w]+" (initiative)")
	}
}

// ledNoun returns the noun a verb of leading at w says is led, when no mention covers
// it: its object, or the noun it describes as a participle ("the faction led by X").
func ledNoun(s *sentence, w int) int {
	t := s.child(w, "obj")
	if s.rel[w] == "acl" {
		t = s.head[w]
	}
	if t < 0 || s.at[t] != nil || s.tag[t] != "NOUN" {
		return -1
	}
	return t
}

// namedPart: the noun at t is of a part of a body, with the body's name before it
// ("the Sudan Liberation Movement faction").
func (a *article) namedPart(s *sentence, t int) bool {
	if !a.lex.in("part", s.lemma[t]) {
		return false
	}
	for _, k := range s.children(t, "compound") {
		if m := s.at[k]; m != nil && k < t && m.ent.isActor() && !m.ent.isPerson() {
			return true
		}
	}
	return false
}

// phraseStart returns where the noun phrase headed by t starts, past its determiner.
func phraseStart(s *sentence, t int) int {
	start := t
	for _, k := range s.kids[t] {
		if k < start && s.rel[k] != "det" {
			start = k
		}
	}
	return start
}

// commandedArmy: a state's army given a commander ("Pakistan's military, commanded by
// General Asim Munir") is an actor of its own, not the state or its government.
func (a *article) commandedArmy(s *sentence, obj arg) arg {
	m := obj.m
	if m.s != s || m.head < 0 || m.head >= len(s.toks) {
		return obj
	}
	if !a.armyNounAt(s, m.head) {
		return obj
	}
	st := m.ent
	if st.state != nil && st.node.Kind == graph.KindGovernment {
		st = st.state
	}
	if !st.isState() {
		return obj
	}
	army := a.makeArmy(st, s.text(a.doc.Text, m.start, m.end))
	return arg{&mention{s: s, start: m.start, end: m.end, head: m.head, ent: army, how: m.how, conf: m.conf}, obj.conf}
}

// armyNounAt: the noun at h names an army, by its lemma, its word, or with the word
// before it ("the armed forces").
func (a *article) armyNounAt(s *sentence, h int) bool {
	if a.lex.in("army", s.lemma[h]) || a.lex.in("army", s.toks[h].lower) {
		return true
	}
	return h > 0 && s.head[h-1] == h && a.lex.in("army", s.toks[h-1].lower+" "+s.toks[h].lower)
}

// typed: a name no dictionary knows is less surely an actor than a known one; a
// construction that says what it is ("X, led by Y": a group and a person) makes it
// surer.
func typed(x arg) arg {
	if x.m.ent.unknown {
		x.conf = max(x.conf, 0.9)
	}
	return x
}

// asGroup: a name no dictionary knows that a text says someone leads ("Harakat
// al-Nujaba, led by Akram al-Kaabi") is a group's, not a person's.
func (a *article) asGroup(e *entity) {
	if e.unknown && e.isPerson() {
		e.node.Kind = graph.KindGroup
	}
}

// asPerson: a name no dictionary knows, of two to four words, that a text says leads
// something ("led by Sidiki Abass") is a person's.
func (a *article) asPerson(e *entity) {
	if slices.ContainsFunc(e.node.Aliases, isAcronym) {
		return // "the Caribbean Community (CARICOM)": a body the article gave an acronym
	}
	if e.unknown && e.node.Kind == graph.KindGroup {
		if n := len(strings.Fields(e.node.Name)); n >= 2 && n <= 4 && !isAcronym(e.node.Name) {
			e.node.Kind = graph.KindPerson
		}
	}
}

// readLeadsPossessive: a person's name as the possessor of a body that one leads
// ("President Nicolás Maduro's government", "Álvaro Uribe's Democratic Centre party",
// "Hemedti's RSF"): the person leads it. Forces and militias ("Haftar's forces") are
// not read so: an actor of their own, which the person commands, is made for them.
func readLeadsPossessive(a *article, s *sentence, w int) {
	m := s.at[w]
	if m != nil && m.head == w && a.ousted(s, w) {
		return // "by ousting the elected government of Aung San Suu Kyi": a government no longer in office
	}
	if m != nil && m.head == w && m.leader != nil && !former(s, m.start) && (w == 0 || s.toks[w-1].lower != "former") { // not "the former regime of Omar al-Bashir"
		a.relate(s, w, arg{&mention{s: s, ent: m.leader, conf: m.conf}, m.conf}, graph.Leads, arg{m, m.conf}, 0.8, "leads possessive")
		return
	}
	of := s.rel[w] == "nmod" && s.prep(w) == "of" // "the Ras Kamboni militia of Ahmed Madobe"
	if m == nil || m.head != w || !m.ent.isPerson() || s.rel[w] != "nmod:poss" && !of || former(s, m.start) && !a.formerStateOffice(s, m) {
		return
	}
	if h := s.head[w]; a.ledByOwner(s, w, h, of) && !a.ousted(s, h) {
		a.relate(s, w, arg{m, m.conf}, graph.Leads, arg{s.at[h], s.at[h].conf}, 0.8, "leads possessive")
	}
}

// ousted: the noun at w is what a verb of a coup acts on ("ousting the elected
// government of X", "toppled Bashir's regime"): the body is out of office after it.
func (a *article) ousted(s *sentence, w int) bool {
	v := s.head[w]
	return v >= 0 && s.rel[w] == "obj" && s.tag[v] == "VERB" && a.lex.in("coup", s.lemma[v])
}

// ledByOwner: the body at h that person w owns ("Maduro's government", "Uribe's
// Democratic Centre party") or, with "of", a named body ("the Ras Kamboni militia of
// Ahmed Madobe", not "a veteran of the war") is one the person leads.
func (a *article) ledByOwner(s *sentence, w, h int, of bool) bool {
	if h < 0 || of && h > w || s.at[h] == nil || s.at[h] == s.at[w] {
		return false
	}
	if e := s.at[h].ent; !e.isActor() || e.isPerson() || e.isState() {
		return false
	}
	if of {
		return s.at[h].how == byName && a.lex.in("body", s.lemma[h])
	}
	return a.lex.in("ledbody", s.lemma[h]) || s.tag[h] == "PROPN" || s.at[h].how == byName && s.toks[h].upper // "Samir Geagea's Lebanese Forces": a body's name
}

// readCounterpart reads "counterpart" with a people's name and a person, whose
// possessor holds a state's office ("Russian President Boris Yeltsin and his Moldovan
// counterpart Mircea Snegur", "Erdogan met Vladimir Putin, his Russian counterpart",
// "President Lula and his Colombian and Mexican counterparts, Gustavo Petro and
// Andrés Manuel López Obrador"): the person holds that office in the people's state,
// each in turn when several are named.
func readCounterpart(a *article, s *sentence, w int) {
	if s.lemma[w] != "counterpart" || w < 2 {
		return
	}
	states := counterpartStates(s, w)
	holders := counterpartHolders(s, w)
	if len(states) == 0 || len(holders) == 0 || len(states) != len(holders) && len(states) != 1 {
		return
	}
	for i, h := range holders {
		d := states[0]
		if len(states) > 1 {
			d = states[i]
		}
		if !a.counterpartOfHead(s, w, h.ent, d.ent) {
			continue
		}
		a.relate(s, w, arg{h, h.conf}, graph.Leads, arg{d, d.conf}, 0.8, "counterpart")
	}
}

// counterpartStates returns the states the demonyms just before "counterpart" at w
// name, in order ("his Colombian and Mexican counterparts").
func counterpartStates(s *sentence, w int) []*mention {
	var out []*mention
	for k := w - 1; k >= 0; k-- {
		if m := s.at[k]; m != nil && m.how == byDemonym && m.ent.isState() {
			out = append([]*mention{m}, out...)
			k = m.start
		} else if l := s.toks[k].lower; l != "and" && l != "," || len(out) == 0 {
			break
		}
	}
	return out
}

// counterpartHolders returns the people named as the counterparts at w: right after
// the word, or a list of them after a comma, or the name it is set beside.
func counterpartHolders(s *sentence, w int) []*mention {
	if w+1 < len(s.toks) && s.at[w+1] != nil && s.at[w+1].ent.isPerson() {
		return []*mention{s.at[w+1]}
	}
	if h := s.head[w]; s.rel[w] == "appos" && h >= 0 && s.at[h] != nil && s.at[h].ent.isPerson() {
		return []*mention{s.at[h]}
	}
	if w+2 >= len(s.toks) || s.toks[w+1].text != "," {
		return nil
	}
	var out []*mention // "counterparts, Gustavo Petro and Andrés Manuel López Obrador,"
	for k := w + 2; k < len(s.toks); k++ {
		if m := s.at[k]; m != nil && m.start == k && m.ent.isPerson() {
			out = append(out, m)
			k = m.end - 1
			if s.toks[w].lower == s.lemma[w] {
				break // one counterpart, one name
			}
		} else if l := s.toks[k].lower; l != "and" && l != "," {
			break
		}
	}
	return out
}

// counterpartOfHead: someone in the sentence other than the holder, of another state,
// holds a state's office the article has read ("Russian President Boris Yeltsin and
// his Moldovan counterpart").
func (a *article) counterpartOfHead(s *sentence, w int, holder, state *entity) bool {
	for _, m := range s.ments {
		e := m.ent
		if m.start < w && e.isPerson() && e != holder && e.owner != nil && e.owner != state && (e.owner.isState() || e.owner.state != nil) && a.lex.in("staterole", unranked(e.role)) {
			return true
		}
	}
	return false
}

// readAppointment: a verb that puts the person who is its object in the office its
// complement names ("the junta named General Horta N'Tam transitional president",
// "Parliament elected Joseph Aoun as president"): the person leads the office's owner,
// the one the title names ("prime minister of the transitional government"), else the
// state whose government or person appoints.
func readAppointment(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" || !a.lex.in("appointing", s.lemma[w]) || a.negatedAt(s, w) {
		return
	}
	o := s.child(w, "obj")
	if o >= 0 && s.at[o] == nil {
		if p := s.child(o, "appos"); p > o {
			o = p // "appointed an army general, Ruphin Zafisambo, as prime minister"
		}
	}
	if o < 0 || s.at[o] == nil || !s.at[o].ent.isPerson() || former(s, s.at[o].start) {
		return
	}
	r := appointedOffice(s, w, o)
	if r < 0 || !a.isLeaderRole(strings.ToLower(s.text(a.doc.Text, s.spanStart(r), r+1))) && !a.isLeaderRole(s.toks[r].lower) {
		return
	}
	owner := a.leaderNounOwners(s, r)
	if len(owner) == 0 {
		owner = a.appointersState(s, w)
	}
	if len(owner) != 1 {
		return
	}
	a.relate(s, w, arg{s.at[o], s.at[o].conf}, graph.Leads, owner[0], 0.8, "appointment "+s.lemma[r])
}

// appointedOffice returns the noun of the office the verb at w puts its object o in:
// its "as" phrase, its complement, or a title the parser hung on the name with no
// comma between ("named X transitional president"); -1 if none.
func appointedOffice(s *sentence, w, o int) int {
	for _, k := range s.children(w, "obl", "xcomp") {
		if k > o && s.tag[k] == "NOUN" && (s.rel[k] == "xcomp" || s.prep(k) == "as") {
			return k
		}
	}
	for _, k := range s.children(o, "appos", "nmod", "obl") {
		if k > o && s.tag[k] == "NOUN" && (s.rel[k] != "appos" && s.prep(k) == "as" || s.rel[k] == "appos" && s.toks[s.spanStart(k)-1].text != ",") {
			return k
		}
	}
	return -1
}

// appointersState returns the state of the appointing verb's subject: a state or its
// government ("the junta named ..."), or a person who holds a state's title.
func (a *article) appointersState(s *sentence, w int) []arg {
	var out []arg
	if k := s.child(w, "nsubj"); k >= 0 && s.at[k] == nil {
		if p := s.child(k, "nmod:poss"); p >= 0 && s.at[p] != nil && s.at[p].ent.isState() {
			st := s.at[p]
			return []arg{{&mention{s: s, ent: a.governmentOf(st.ent), conf: st.conf}, st.conf}} // "Lebanon's parliament elected X"
		}
	}
	for _, sub := range a.subjects(s, w) {
		e := sub.m.ent
		if e.isPerson() {
			e = e.owner
		}
		if st := stateOf(e); st != nil && (e.isState() || e.node.Kind == graph.KindGovernment) {
			out = append(out, arg{&mention{s: s, ent: a.governmentOf(st), conf: sub.conf}, sub.conf})
		}
	}
	return out
}
