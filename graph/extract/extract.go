// Package extract turns an article into statements: who supports, opposes, proposes,
// endorses or rejects whom or what, and who leads whom, each tied to the sentence
// that says it, with a confidence from how it was read.
//
// It reads in small stages, each a file of its own:
//
//	tokens.go       text -> sentences and tokens, with byte offsets
//	sentence.go     tags and a dependency parse (package syntax, trained on UD EWT)
//	names.go        names the article defines: "Long Name (ACR)", bodies ("the Rapid
//	people.go       Support Forces", "Fano militias"), people with titles
//	mentions.go     mentions: names, what they extend over ("Turkish troops"), generic
//	pronouns.go     names ("the rebels", "the government"), pronouns
//	initiatives.go  initiatives and which mentions refer to the same one
//	discourse.go    the article's discourse state, in one struct
//	readers.go      the relation readers: a table of named recognisers over the parse
//	leads.go        who leads whom
//	modality.go     negation, hedges and attribution, from the parse
//
// Its knowledge lives in data files (data/*.tsv, *.yaml, *.txt) that a user can read
// and extend with files of their own; see LoadLexicon.
package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/extract/syntax"
)

// Version names this extractor in every statement it makes, so that statements can be
// traced to the code and data that produced them.
const Version = "actorgraph-extract/0.2"

// Extractor extracts statements from articles. It is safe for concurrent use.
type Extractor struct {
	lex    *Lexicon
	syntax *syntax.Model
	abbrev map[string]bool
	lemmas map[string]string // verb forms the lexicon knows -> lemma
	nouns  map[string]string // plurals of the nouns the lexicon knows -> singular
}

// New returns an extractor that reads with lex and the embedded syntax model.
func New(lex *Lexicon) *Extractor {
	m, err := syntax.Default()
	if err != nil {
		panic("extract: the embedded syntax model does not load: " + err.Error())
	}
	return &Extractor{lex: lex, syntax: m.WithWords(lex.taggerWords()), abbrev: lex.abbreviations(), lemmas: lex.verbLemmas(), nouns: lex.nounLemmas()}
}

// Result is what one article yields: its statements and every node they mention.
type Result struct {
	Statements []graph.Statement
	Nodes      []graph.Node // every actor and initiative the statements mention
	// Found is every actor and initiative the reader recognised in the article,
	// related or not: what tells a missed actor from a missed relation.
	Found     []graph.Node
	Sentences int
	// Long counts the sentences longer than MaxSentenceBytes, which were read in
	// pieces: what they say across a cut is missed.
	Long int
}

// Extract reads one document. It never fails: text it cannot read yields fewer
// statements, not an error.
func (x *Extractor) Extract(doc graph.Document) Result {
	a := x.read(doc)
	for _, s := range a.sents {
		a.enterSection(s)
		for w := range s.toks {
			for _, r := range recognisers {
				r.read(a, s, w)
			}
		}
	}
	a.enterSection(nil)
	a.nameInitiatives()
	a.nameAsWritten()
	a.foldUnnamedGovernments()
	return a.result()
}

// read splits and parses a document, learns the names it defines and finds every
// mention.
func (x *Extractor) read(doc graph.Document) *article {
	date, given := articleDate(doc)
	a := &article{x: x, lex: x.lex, doc: doc, date: date, dateGiven: given, known: map[*entry]*entity{}, local: newTrie(), seen: map[string]bool{}, lastEvent: map[string]*entity{}, lastEventSent: map[string]int{}, eventShared: map[string]bool{}, eventAlso: map[string][]*entity{}}
	roleWord := func(w string) bool { return x.lex.in("leader", w) }
	titleWord := func(w string) bool { return x.lex.in("role", w) }
	adjectiveWord := func(w string) bool { return x.lex.in("participleadjective", w) }
	transferVerb := func(w string) bool { return x.lex.in("transfer", w) }
	judgingVerb := func(w string) bool { return x.lex.in("judging", w) }
	labelWord := func(w string) bool { return x.lex.in("hostile", w) || x.lex.in("favourable", w) }
	timeSpan := func(w string) bool { return x.lex.in("timespan", w) }
	hostile, supportive := x.verbOf(graph.Opposes), x.verbOf(graph.Supports)
	for i, ts := range splitSentences(tokenize(doc.Text), x.abbrev) {
		s := &sentence{i: i, toks: ts.toks, start: ts.start, end: ts.end}
		x.lowerHeading(s)
		if ts.piece == 1 {
			a.long++
		}
		s.roleWord, s.titleWord, s.adjectiveWord, s.transferVerb, s.judgingVerb, s.setAdverbial = roleWord, titleWord, adjectiveWord, transferVerb, judgingVerb, x.lex.setAdverbial
		s.labelWord, s.timeSpan = labelWord, timeSpan
		s.knownName = x.knownNames(s.toks)
		s.parse(x.syntax, func(w string) bool { return x.lex.in("time", w) }, x.saysWord, x.frameVerb)
		for k, t := range s.toks {
			if l, ok := x.lemmas[t.lower]; ok && s.tag[k] == "VERB" {
				s.lemma[k] = l
			}
			if l, ok := x.nouns[t.lower]; ok && (s.tag[k] == "NOUN" || s.tag[k] == "PROPN") {
				s.lemma[k] = l
			}
		}
		s.reattachOpponents(func(l string) bool { return len(x.lex.frames.nouns[l]) > 0 })
		s.reattachSupportAdjunct(hostile, supportive)
		s.reattachCounted(func(l string) bool { return x.lex.in("quantifier", l) })
		s.reattachNounPhrase(x.nounTakes)
		s.reattachNounInfinitive(x.lex.summing)
		a.sents = append(a.sents, s)
	}
	for _, s := range a.sents {
		a.defineAcronyms(s)
	}
	for _, s := range a.sents {
		a.definePeople(s)
		a.defineBodies(s)
		a.defineAliases(s)
	}
	a.findMain()
	a.findSections()
	a.findGovernments()
	a.findStyle()
	for _, s := range a.sents {
		a.enterSection(s)
		a.findMentions(s)
	}
	a.enterSection(nil)
	return a
}

// findSections finds the headings of a round-up that each name one state ("NIGERIA:
// NEW ARMY CHIEF VOWS TO KEEP UP PRESSURE", "Burkina Faso: ...") and the labels that
// open its paragraphs with one ("SYRIA - ..."): under such a heading, or in such a
// paragraph, "the army" and "the government" are that state's, not the article's main
// state's.
func (a *article) findSections() {
	a.articleMain, a.articleMainFirst = a.main, a.mainFirst
	a.sections = make([]*entity, len(a.sents))
	var cur *entity
	lineOnly := false
	for i, s := range a.sents {
		if lineOnly && s.toks[0].newline {
			cur, lineOnly = nil, false // a labelled paragraph's section ends with it
		}
		if e, r, _, end := a.lookup(s.toks, 0); e != nil && e.isState() && r == byName {
			switch {
			case sectionHeading(s, end):
				cur, lineOnly = e, false
				a.sectionStart = append(a.sectionStart, i)
			case sectionLabel(s, end):
				cur, lineOnly = e, true
				a.sectionStart = append(a.sectionStart, i)
			}
		}
		a.sections[i] = cur
	}
}

// sectionLabel: a line that opens with a state's name in capitals and a dash, a
// round-up's label for the paragraph it opens ("SYRIA - Damascus, which was also left
// off the guest list, said ..."): in that paragraph "the government" is that state's.
func sectionLabel(s *sentence, end int) bool {
	if !s.toks[0].newline || end+1 >= len(s.toks) || !isBullet(s.toks[end].text) || s.toks[end].text == "*" {
		return false
	}
	for _, t := range s.toks[:end] {
		if !isAllCaps(t.text) {
			return false
		}
	}
	return true
}

// sectionHeading: a line of a state's name alone, or one that opens with a state's
// name and a colon, the rest no quotation ("CHAD: DEBY THREATENS TO QUIT REGIONAL FORCE", not "Beijing: 'Both sides
// agreed'", a speaker's words).
func sectionHeading(s *sentence, end int) bool {
	if !s.toks[0].newline {
		return false
	}
	if end == len(s.toks) || s.toks[end].newline {
		return true // a line of the state's name alone: "Mozambique", then the entry
	}
	return end+1 < len(s.toks) && s.toks[end].text == ":" && !isQuote(s.toks[end+1].text) && s.toks[end+1].text != "'" && s.toks[end+1].text != "\u2018"
}

// enterSection makes the state of the section sentence s is in the one "the army"
// stands for while s is read; nil restores the article's main state.
func (a *article) enterSection(s *sentence) {
	a.main, a.mainFirst = a.articleMain, a.articleMainFirst
	if s == nil || a.sections[s.i] == nil {
		return
	}
	a.main = a.sections[s.i]
	for _, st := range a.sectionStart {
		if st <= s.i {
			a.mainFirst = st
		}
	}
}

// knownNames marks the words of the names of two words or more the dictionaries know,
// written in capitals ("Human Rights Watch", "Rapid Support Forces"), which the parser
// is not to read as verbs.
func (x *Extractor) knownNames(toks []token) []bool {
	out := make([]bool, len(toks))
	for k := 0; k < len(toks); k++ {
		forms, end := x.lex.names.longest(toks, k)
		if len(forms) == 0 || end-k < 2 || !toks[k].upper || !toks[end-1].upper {
			continue
		}
		for j := k; j < end; j++ {
			out[j] = true
		}
		k = end - 1
	}
	return out
}

// frameVerb reports whether the frames, or the reader of leading, read a verb of this
// lemma, or it is a verb of feeling (feeling_verbs): a verb the tagger is mended to.
func (x *Extractor) frameVerb(lemma string) bool {
	_, leads := leadVerbs[lemma]
	return leads || len(x.lex.frames.verbs[lemma]) > 0 || x.lex.in("feeling", lemma)
}

// verbOf returns whether a frame of a verb of the lemma gives the predicate between
// actors.
func (x *Extractor) verbOf(p graph.Predicate) func(lemma string) bool {
	return func(lemma string) bool {
		return slices.ContainsFunc(x.lex.frames.verbs[lemma], func(f *frame) bool { return f.actor == p })
	}
}

// nounTakes reports whether a frame of the noun reads a phrase of the preposition
// ("solidarity with", "support of").
func (x *Extractor) nounTakes(lemma, prep string) bool {
	for _, f := range x.lex.frames.nouns[lemma] {
		if slotHas(f.slots, "nmod", prep) {
			return true
		}
	}
	return false
}

// saysWord reports whether a word is a form of a verb of saying ("said", "told").
func (x *Extractor) saysWord(w string) bool {
	if l, ok := x.lemmas[w]; ok {
		return x.lex.in("reporting", l)
	}
	return x.lex.in("reporting", w)
}

// findMain finds the state the article is about: the one its headline and opening
// name, and that it names as the place where things happen ("in Libya", "across
// Yugoslavia"), more than the others. "The government" and "the army" are its own
// unless the article names another.
func (a *article) findMain() {
	counts := map[*entity]int{}
	first := map[*entity]int{}
	// the title, when the article has one apart from its text, counts as a headline
	title := tokenize(a.doc.Title)
	for i := 0; i < len(title); {
		e, r, _, end := a.lookup(title, i)
		if e != nil && e.isState() && r != byCapital {
			counts[e] += 16
			first[e] = 0
		}
		i = max(end, i+1)
	}
	for _, s := range a.sents {
		a.countStates(s, counts, first)
	}
	for e, n := range counts {
		if a.main == nil || n > counts[a.main] || n == counts[a.main] && (first[e] < first[a.main] || first[e] == first[a.main] && e.node.ID < a.main.node.ID) {
			a.main = e // at a tie, the one named first
		}
	}
	if a.main != nil {
		a.mainFirst = first[a.main]
	}
}

// countStates adds to counts what sentence s says of the states it names, and notes
// in first the sentence that names each first.
func (a *article) countStates(s *sentence, counts, first map[*entity]int) {
	for i := 0; i < len(s.toks); {
		e, r, _, end := a.lookup(s.toks, i)
		if e == nil {
			i++
			continue
		}
		if !e.isState() && e.isActor() {
			if st := a.stateInName(s, i, end); st != nil {
				counts[st] += openingWeight(s, 1) // "the Sudanese Armed Forces", "the Federal Government of Somalia"
			}
		}
		if e.isState() && !a.placeNameWord(s, r, i, end) {
			counts[e] += a.stateWeight(s, r, s.spanHead(i, end)) + headlineLabel(s, i, end)
			if _, ok := first[e]; !ok {
				first[e] = s.i
			}
		}
		i = end
	}
}

// placeNameWord: the state's name at [i, end) is a word of a longer place name ("Lake
// Chad", "the Niger Delta"), which says nothing of the state.
func (a *article) placeNameWord(s *sentence, r refer, i, end int) bool {
	return r == byName && a.partOfLongerName(s, i, end)
}

// openingWeight is the weight n of a name in s, more in the article's opening (the
// headline and the first two sentences), which says what the article is about.
func openingWeight(s *sentence, n int) int {
	if s.i < 3 {
		return n + 8
	}
	return n
}

// stateInName returns the state whose name or people's word a body's name at [i, end)
// holds ("Sudanese Armed Forces", "Sudan Liberation Army"), or nil.
func (a *article) stateInName(s *sentence, i, end int) *entity {
	for k := i; k < end; k++ {
		forms, e := a.lex.names.longest(s.toks[:end], k)
		if len(forms) > 0 && forms[0].entry.node.Kind == graph.KindState && e > k {
			return a.entityFor(forms[0].entry)
		}
	}
	return nil
}

// headlineLabel is the weight of a state named at [i, end) as the label that opens a
// headline ("Niger: US agrees to pull troops out"): it names the article's subject
// outright, and outweighs the opening; 0 for any other mention.
func headlineLabel(s *sentence, i, end int) int {
	if s.i == 0 && i == 0 && end < len(s.toks) && s.toks[end].text == ":" {
		return 32
	}
	return 0
}

// stateWeight is how much a mention of a state in s says that the article is about it:
// a name counts twice a demonym ("Russian instructors" are foreign participants), a
// capital only as the place where things happen ("attacked the outskirts of Bangui"),
// not as a venue ("talks in Moscow", "our correspondent in Pretoria", which name where
// a deal was made or the story filed), nor as the patron of a thing ("US-convened
// talks"); the headline and the opening count most.
func (a *article) stateWeight(s *sentence, r refer, h int) int {
	if h+2 < len(s.toks) && s.toks[h+1].text == "-" && strings.HasSuffix(s.toks[h+2].lower, "ed") {
		return 0 // "the US-convened talks", "Iran-backed": a party to what is told, not its place
	}
	p := s.prep(h)
	located := a.lex.in("locative", p) && p != "to" && p != "from"
	n := 2
	venue := (r == byCapital || a.meetingPlace(s, h)) && (p == "in" || p == "at") // "talks in Pretoria", "our correspondent in Jeddah", "talks in Switzerland"
	switch {
	case r == byDemonym:
		n = 1
	case venue:
		return 0
	case r == byCapital && s.i >= 3:
		n = 0
		if located || p == "of" {
			n = 1
		}
	}
	n = openingWeight(s, n)
	if located && r != byCapital {
		n += 2
	}
	// "Ethiopia's federal government", "the government of Mali": the government the
	// article speaks of is this state's
	if a.governmentOwner(s, h, p) {
		n += 6
	}
	return n
}

// meetingPlace: the state named at h is where talks or a meeting the phrase hangs on
// are held ("convened talks in Switzerland", "a summit in Kenya"): a venue, not what
// the article is about.
func (a *article) meetingPlace(s *sentence, h int) bool {
	n := s.head[h]
	if n < 0 || s.tag[n] != "NOUN" {
		return false
	}
	return a.lex.in("initiative", s.lemma[n]) || s.lemma[n] == "meeting"
}

// governmentOwner: the state named at h (with preposition p) owns the government or
// army the words around it name ("Ethiopia's federal government", "the government of
// Mali").
func (a *article) governmentOwner(s *sentence, h int, p string) bool {
	if g := s.head[h]; g >= 0 && (s.rel[h] == "nmod:poss" || s.rel[h] == "nmod" && p == "of") && a.rulersNoun(s.lemma[g]) {
		return true
	}
	return a.possessedGovernment(s, h)
}

// rulersNoun: a noun of a state's government or army.
func (a *article) rulersNoun(lemma string) bool {
	return a.lex.in("government", lemma) || a.lex.in("army", lemma)
}

// possessedGovernment reports whether the name at h owns the government or army the
// words after it name, read from the words when the parse hangs the possessive
// elsewhere: "Ethiopia's federal government and the TPLF on Wednesday night signed".
func (a *article) possessedGovernment(s *sentence, h int) bool {
	if h+2 >= len(s.toks) || s.tag[h+1] != "PART" || s.toks[h+1].lower != "'s" {
		return false
	}
	j := h + 2
	for j < len(s.toks)-1 && s.tag[j] == "ADJ" {
		j++
	}
	return s.tag[j] == "NOUN" && a.rulersNoun(s.lemma[j])
}

// ledForces returns the actor that forces named after a person stand for, once the
// article has said what the person heads: "Tshombe's men" read before "Moise Tshombe,
// the president of Katanga" are Katanga's, as they are when read after the title
// (forcesOf); a government named after a person is the one of the state they head.
// heads maps each person to the one actor the article says they lead.
func ledForces(e *entity, heads map[*entity]*entity) *entity {
	if l := e.leader; l != nil && e.node.Kind == graph.KindGovernment && e.state == nil {
		if h := heads[l]; h != nil && (h.isState() || h.node.Kind == graph.KindGovernment) {
			return h // "Mr Siad's government" once Siad is said to head Somalia
		}
	}
	p := e.commander
	if p == nil {
		return e
	}
	if p.owner != nil && p.role != "" && p.owner.isActor() && !p.owner.isPerson() {
		return p.owner
	}
	if h := heads[p]; h != nil {
		return h
	}
	return e
}

// personHeads maps each person the article says leads exactly one actor, other than
// forces named after them, to that actor.
func (a *article) personHeads() map[*entity]*entity {
	heads := map[*entity]*entity{}
	for _, f := range a.found {
		switch {
		case f.p != graph.Leads || f.o.commander == f.s || f.o.isPerson():
		case heads[f.s] == nil:
			heads[f.s] = f.o
		case heads[f.s] != f.o && heads[f.s] != f.o.gov && heads[f.s].gov != f.o:
			heads[f.s] = f.s // more than one: none is the forces'
		}
	}
	for p, h := range heads {
		if h == p {
			delete(heads, p)
		}
	}
	return heads
}

// result fills in the nodes and sorts the statements.
func (a *article) result() Result {
	nodes := map[string]graph.Node{}
	out := Result{Sentences: len(a.sents), Long: a.long}
	seen := map[found]bool{}
	heads := a.personHeads()
	for _, f := range a.found {
		f.s, f.o = ledForces(f.s, heads), ledForces(f.o, heads)
		key := found{s: f.s, o: f.o, p: f.p, si: f.si}
		f.w = 0
		if seen[key] || f.s.node.ID == f.o.node.ID {
			continue // two readings merged into one by the initiatives; or two entities named as one node ("Tshombe's men" and Tshombe)
		}
		seen[key] = true
		s := a.sents[f.si]
		out.Statements = append(out.Statements, graph.Statement{
			Subject: f.s.node, Predicate: f.p, Object: f.o.node, Extractor: Version, Rule: f.rule,
			Evidence: graph.Evidence{
				Document: a.doc.ID, Sentence: a.doc.Text[s.start:s.end], Start: s.start, End: s.end,
				Modality: f.mod, Confidence: roundConfidence(f.conf),
			},
		})
		nodes[f.s.node.ID], nodes[f.o.node.ID] = f.s.node, f.o.node
	}
	for _, n := range nodes {
		out.Nodes = append(out.Nodes, n)
	}
	for _, e := range a.ents {
		if e.mentions > 0 || e.init != nil || !e.unknown {
			out.Found = append(out.Found, e.node)
		}
	}
	byID := func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) }
	slices.SortFunc(out.Nodes, byID)
	slices.SortFunc(out.Found, byID)
	out.Found = slices.CompactFunc(out.Found, func(a, b graph.Node) bool { return a.ID == b.ID })
	slices.SortStableFunc(out.Statements, func(a, b graph.Statement) int {
		return cmp.Or(cmp.Compare(a.Evidence.Start, b.Evidence.Start), cmp.Compare(a.Subject.ID, b.Subject.ID),
			cmp.Compare(a.Predicate, b.Predicate), cmp.Compare(a.Object.ID, b.Object.ID))
	})
	return out
}

// nameAsWritten names each actor the dictionaries know by the one of its names the
// article writes, when the article never writes the dictionary's first name nor a part
// of it ("Hizbollah" for Hezbollah, "Qaddafi" for Gaddafi, "YPG" for the People's
// Protection Units): the reader of the graph finds the words of the text. The most
// frequent name written wins, the longest among equals; the dictionary's name stays an
// alias, and the node's identifier is unchanged.
func (a *article) nameAsWritten() {
	for e, forms := range a.writtenNames() {
		best := bestWritten(e, forms)
		if best == "" {
			continue
		}
		if !slices.Contains(e.node.Aliases, e.node.Name) {
			e.node.Aliases = append(e.node.Aliases, e.node.Name)
		}
		e.node.Aliases = slices.DeleteFunc(e.node.Aliases, func(x string) bool { return x == best })
		e.node.Name = best
	}
}

// writtenNames counts, for each actor the dictionaries know, the names of it the
// article writes: its own names, not "Turkish troops" for Turkey, and for a state no
// name of one of its institutions ("State Department").
func (a *article) writtenNames() map[*entity]map[string]int {
	written := map[*entity]map[string]int{}
	for _, s := range a.sents {
		for _, m := range s.ments {
			e := m.ent
			if e == nil || e.entry == nil || m.how != byName || !e.isActor() {
				continue
			}
			text := trimDeterminer(s.text(a.doc.Text, m.start, nameEnd(s, m)))
			if !isNameOf(e, text) || e.isState() && a.institutionName(text) {
				continue
			}
			if written[e] == nil {
				written[e] = map[string]int{}
			}
			written[e][text]++
		}
	}
	return written
}

// nameEnd returns where the name of mention m ends: before the acronym in brackets
// that the mention takes in ("the Karen National Union (KNU)").
func nameEnd(s *sentence, m *mention) int {
	if e := m.end; e-m.start >= 4 && s.toks[e-1].text == ")" && s.toks[e-3].text == "(" {
		return e - 3
	}
	return m.end
}

// institutionName: a name that holds a word of a state's institution ("State
// Department", "the Pentagon"): the body, not the state.
func (a *article) institutionName(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if a.lex.in("institution", w) {
			return true
		}
	}
	return false
}

// isNameOf: text is the entity's name or one of its aliases, case and punctuation aside.
func isNameOf(e *entity, text string) bool {
	k := graph.NameKey(text) // "Nana Akufo-Addo" is the dictionary's "Nana Akufo Addo"
	return k == graph.NameKey(e.node.Name) || slices.ContainsFunc(e.node.Aliases, func(n string) bool { return graph.NameKey(n) == k })
}

// bestWritten returns the name to give e of those written, or "" when the article
// writes its name or a part of it ("Assad" is in "Bashar al-Assad"): the most frequent,
// the longest among equals.
func bestWritten(e *entity, forms map[string]int) string {
	best, n := "", 0
	for text, c := range forms {
		if sharesWords(text, e.node.Name) {
			return ""
		}
		if c > n || c == n && len(text) > len(best) || c == n && len(text) == len(best) && text < best {
			best, n = text, c
		}
	}
	return best
}

// foldUnnamedGovernments gives to the state what the reader found of a government the
// article never names as one: "Turkish Prime Minister Ahmet Davutoglu" and "Turkish
// forces" are Turkey's, and an analyst's list of the text's names holds "Turkey",
// "Turkish", not "Turkish government". A government the text names ("the Yemeni
// government", "the junta", "the authorities") stays an actor of its own.
func (a *article) foldUnnamedGovernments() {
	named := map[*entity]bool{}             // governments the text names as such
	phrases := map[*entity]map[string]int{} // the phrases that name each
	for _, s := range a.sents {
		for _, m := range s.ments {
			if m.ent.state == nil || m.ent.node.Kind != graph.KindGovernment || m.how == byPronoun || m.how == byDemonym || m.how == byCapital {
				continue
			}
			if phrases[m.ent] == nil {
				phrases[m.ent] = map[string]int{}
			}
			phrase := trimDeterminer(s.text(a.doc.Text, m.start, m.end))
			phrases[m.ent][phrase]++
			named[m.ent] = named[m.ent] || a.namesGovernment(s, m, phrase)
		}
	}
	for e := range named {
		nameGovernment(e, a.governmentPhrases(phrases[e]))
	}
	fold := func(e *entity) *entity {
		if st := a.leadersState(e); st != nil {
			e = st
			if st.gov != nil && st.gov.node.Kind == graph.KindGovernment {
				e = st.gov // the government the article names ("the junta"), not an army that stands for it
			}
		}
		if e.made && e.state != nil && e.state.gov == e && !named[e] {
			return e.state
		}
		return e
	}
	kept := a.found[:0]
	for _, f := range a.found {
		f.s, f.o = fold(f.s), fold(f.o)
		if f.s != f.o {
			kept = append(kept, f)
		}
	}
	a.found = kept
}

// leadersState returns the state whose government e is when e is a government the
// article names only by its leader ("the government of President Paul Kagame") and the
// dictionaries place that leader in one state's government; else nil.
func (a *article) leadersState(e *entity) *entity {
	if e.node.Kind != graph.KindGovernment || e.state != nil || e.leader == nil {
		return nil
	}
	return a.dictionaryState(e.leader)
}

// namesGovernment: the mention m, written phrase, names a government as such: it holds
// a word of government ("the Yemeni government", "the junta"), and is not its leader's
// ("Pashinyan's government", which names no government of a state).
func (a *article) namesGovernment(s *sentence, m *mention, phrase string) bool {
	if owner, _, ok := strings.Cut(phrase, "'s "); ok && !isNameOf(m.ent.state, owner) {
		return false
	}
	for k := m.start; k < m.end; k++ {
		if a.lex.in("government", s.toks[k].lower) || a.lex.in("government", s.lemma[k]) {
			return true
		}
	}
	return false
}

// governmentPhrases returns those of the phrases that hold a word of government
// ("Turkish state"), or all of them but those of men or arms ("Kenyan troops",
// "Russian warplanes") when none does ("Malian army").
func (a *article) governmentPhrases(phrases map[string]int) map[string]int {
	out := map[string]int{}
	men := func(p string) bool { // "Kenyan troops", "Chadian government troops", "Russian warplanes": men or arms, no government
		f := strings.Fields(strings.ToLower(p))
		last := strings.TrimSuffix(f[len(f)-1], "s")
		return a.lex.in("personnel", last) || a.lex.in("materiel", last) || a.lex.in("materiel", f[len(f)-1])
	}
	for p, c := range phrases {
		for _, w := range strings.Fields(strings.ToLower(p)) {
			if a.lex.in("government", w) && strings.ToLower(p) != p && !men(p) {
				out[p] = c
			}
		}
	}
	if len(out) == 0 {
		for p, c := range phrases {
			if !men(p) { // "Malian army" may name a junta
				out[p] = c
			}
		}
	}
	return out
}

// nameGovernment names a state's government made by the reader ("Malian government")
// by the phrase with a capital the article names it with most ("Turkish state",
// "Malian army"), when it never writes the reader's.
func nameGovernment(e *entity, phrases map[string]int) {
	if !e.made || e.state == nil || e.state.gov != e {
		return
	}
	best, n := "", 0
	for p, c := range phrases {
		if strings.EqualFold(p, e.node.Name) {
			return
		}
		if strings.ToLower(p) == p || !strings.Contains(p, " ") {
			continue // "the government", "the authorities", "Govt" opening a sentence: no name of a state's in them
		}
		if c > n || c == n && (len(p) > len(best) || len(p) == len(best) && p < best) {
			best, n = p, c
		}
	}
	if best == "" {
		return
	}
	e.node.Aliases = append(slices.DeleteFunc(e.node.Aliases, func(x string) bool { return x == best }), e.node.Name)
	e.node.Name = best
}

// sharesWords: one name's words stand whole inside the other's, letters compared
// without case or punctuation ("Assad" and "Bashar al-Assad", "the UN" and "UN").
func sharesWords(a, b string) bool {
	norm := func(s string) string {
		return " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
	}
	x, y := norm(a), norm(b)
	return strings.TrimSpace(x) != "" && (strings.Contains(y, x) || strings.Contains(x, y))
}

// roundConfidence keeps two decimals: the confidence is a judgement, not a measure.
func roundConfidence(c float64) float64 {
	return float64(int(c*100+0.5)) / 100
}

// lowerHeading reads a heading set in capitals ("NIGER: JUNTA KEEPS TROOPS IN FORCE")
// as if in lower case where its words are common ones, so that it names no body
// ("TROOPS IN FORCE"); acronyms and names no dictionary knows as common words keep
// their capitals.
func (x *Extractor) lowerHeading(s *sentence) {
	words, caps := 0, 0
	for _, t := range s.toks {
		if !t.word || utf8.RuneCountInString(t.text) < 2 {
			continue
		}
		words++
		if strings.ToUpper(t.text) == t.text && strings.ToLower(t.text) != t.text {
			caps++
		}
	}
	if caps < 3 || caps*5 < words*4 {
		return
	}
	for k, t := range s.toks {
		if forms, _ := x.lex.names.longest(s.toks, k); t.upper && x.syntax.CommonWord(t.lower) && len(forms) == 0 {
			s.toks[k].upper = false
		}
	}
}
