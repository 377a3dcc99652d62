package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph/extract/syntax"
)

// maxParse is the longest run of tokens parsed as one sentence: text without full
// stops (a list, a runaway line) is parsed in pieces of at most this many tokens, cut
// after a comma or semicolon where one stands, so that time stays linear in its length.
const maxParse = 120

// sentence is one sentence of the article with its parse and its mentions.
type sentence struct {
	i          int
	toks       []token
	start, end int // byte offsets in the article text
	tag        []string
	lemma      []string
	rel        []string // dependency relation to the head
	head       []int    // index of the head, -1 for a root
	kids       [][]int
	quoted     []bool     // inside quotation marks
	ments      []*mention // in text order
	at         []*mention // the mention covering each token
	place      []bool     // a known name used as a place ("in Cairo")
	inName     []bool     // a known name inside a longer one ("Kataib Hezbollah")
	knownName  []bool     // a word of a name the dictionaries know ("Human Rights Watch")
	answer     bool       // part of an interview's answer
	turn       *entity    // in a transcript, the side of whoever speaks ("Mr. X (Russian Federation): ...")
	turnPerson *entity    // and the person who speaks, when the transcript names one ("A (Nihal Jayawardena): ...")
	unitLen    []int      // for each word, the length of what was parsed with it (an aside apart from its sentence)

	frameVerb     func(lemma string) bool // a verb the frames read, for mending the tagger
	roleWord      func(lower string) bool // a person's title ("president", "commander")
	titleWord     func(lower string) bool // any title before a name ("general", "colonel", "president")
	adjectiveWord func(lower string) bool // an adjective in -ing ("neighbouring", "warring")
	transferVerb  func(lemma string) bool // a verb of giving ("give", "send", "supply")
	judgingVerb   func(lemma string) bool // a verb that names or judges what it takes ("call", "term")
	labelWord     func(lower string) bool // a word that judges what it is said of ("illegitimate", "historic")
	timeSpan      func(lemma string) bool // a noun of a span of time ("hours later", "a week to")
	// setAdverbial: the number of words of a set adverbial phrase at i ("in effect"), or 0
	setAdverbial func(toks []token, i int) int
}

// parse tags and parses the sentence, in pieces when it is very long.
func (s *sentence) parse(m *syntax.Model, timeWord, sayWord, frameVerb func(string) bool) {
	n := len(s.toks)
	s.frameVerb = frameVerb
	s.tag, s.lemma, s.rel = make([]string, n), make([]string, n), make([]string, n)
	s.head = make([]int, n)
	s.unitLen = make([]int, n)
	s.kids = make([][]int, n)
	s.at = make([]*mention, n)
	s.place = make([]bool, n)
	s.inName = make([]bool, n)
	for from := 0; from < n; {
		to := pieceEnd(s.toks, from)
		asides := s.asides(from, to)
		opening, quoted, participle := 0, 0, 0
		if from == 0 {
			if quoted = s.leadingQuote(to, sayWord); quoted == 0 {
				opening = s.openingTime(to, timeWord)
			}
			if opening == 0 && quoted == 0 {
				participle = s.openingParticiple(to)
			}
			if opening == 0 && quoted == 0 && participle == 0 {
				opening = s.openingPhraseWithParticiple(to)
			}
		}
		opening = max(opening, quoted, participle)
		dates := s.bareDates(from+opening, to)
		adverbials := slices.Concat(s.setAdverbials(from+opening, to), s.timesInPerfect(from+opening, to), s.phrasesBeforeComplement(from+opening, to))
		main := tokensOutside(from+opening, to, asides, dates, adverbials)
		s.parseTokens(m, main)
		s.hangAdverbials(adverbials, main)
		if onDates := s.brokenDates(s.insertedDates(from+opening, to)); len(onDates) > 0 {
			main = withoutAsides(main, onDates)
			s.parseTokens(m, main)
			s.hangInsertedDates(onDates, main)
		}
		s.hangDates(dates, main)
		main, asides = s.parseWithoutParticiples(m, main, asides)
		if s.brokenRoot(main) {
			// a sentence the parser could not find the verb of: try it again without
			// the appositions set off by commas ("Mexico and Uruguay, the two
			// governments that refused to take sides, on Wednesday invited ...")
			if more := s.commaAsides(main); len(more) > 0 {
				rest := withoutAsides(main, more)
				saved := s.saveParse(main)
				s.parseTokens(m, rest)
				if s.brokenRoot(rest) {
					s.restoreParse(main, saved)
				} else {
					main, asides = rest, append(asides, more...)
				}
			}
		}
		s.splitClauses(m, main)
		for _, as := range asides {
			s.parseAside(m, as)
		}
		switch {
		case quoted > 0:
			s.parseQuote(m, quoted, main)
		case participle > 0:
			s.parseOpeningParticiple(m, participle, main)
		case opening > 0:
			s.parseOpening(m, opening, main)
		}
		from = to
	}
	s.repairPunctHeads()
	s.index()
	s.repairHyphenWords()
	s.repairHyphenModifier()
	s.repairMoreThan()
	s.repairNameBeforeTime(timeWord)
	s.repairNameBeforeRelativeTime(timeWord)
	s.repairAgentOnTime(timeWord)
	s.repairSubjectBeforeTime(timeWord)
	s.repairModifierList()
	s.repairParticipleOnNoun()
	s.repairCasedApposition()
	s.repairTitleConjunct()
	s.repairHonorific()
	s.repairToNoun()
	s.repairPrepositions()
	s.index()
	s.repairOfHeadingName()
	s.repairByHeadingName()
	s.repairWhatBeforeClause()
	s.repairVerbOnLabel()
	s.repairWhatCalled(sayWord)
	s.repairCallsItself()
	s.repairCompoundAcrossCase()
	s.repairFlatAcrossConjunction()
	s.repairPrepositionAsMark()
	s.repairPerfectSubject()
	s.repairSubordinatorAsCase()
	s.repairRelativeConjunct()
	s.repairSubordinateRoot()
	s.repairClauseAfterObject()
	s.repairAdverbPrepositions()
	s.repairActiveAgent()
	s.repairAgentWithoutBy()
	s.repairAgentOfObject()
	s.repairFollowing()
	s.repairIdiomPhrases()
	s.repairSideBySide()
	s.repairParticleInName()
	s.repairCapitalsBeforeHyphen()
	s.repairAsAfterClause()
	s.repairProfileLine()
	s.repair()
	s.repairObjectRelative()
	s.repairRelativeBeforeVerb()
	s.repairObjectRelativeOnNoun()
	s.repairRelativeAsAdverbial()
	s.repairRelativeOnVerb()
	s.repairBareRelative()
	s.repairVerbSeries()
	s.repairParticipleAdjectives()
	s.repairWhose()
	s.repairWhoseClauseRoot()
	s.repairWhoseClause()
	s.repairListEnd()
	s.repairSecondSubject()
	s.repairForPhrase()
	s.repairAgentAsSubject()
	s.repairPronounList()
	s.repairSubjectsWithAnd()
	s.repairNounBeforeName()
	s.repairNameAfterNoun()
	s.repairSaidClause()
	s.repairPluralPossessive()
	s.repairConjoinedPossessor()
	s.repairPossessorClause()
	s.repairOutOf()
	s.repairParticleOblique()
	s.repairParticleAsCase()
	s.repairByWithObject()
	s.repairAgentOnPredicate()
	s.repairRepeatedAgent()
	s.repairAgentOfConjunct()
	s.repairGerundAfterNoun()
	s.repairRootNoun()
	s.repairSubjectless()
	s.repairListAppos()
	s.repairParticipleOnListHead()
	s.repairFrontedSubject()
	s.repairTimeAsSubject()
	s.repairTimeBeforeSubject()
	s.repairCoordinatedSubject()
	s.repairReducedPassive()
	s.repairAgentOnOwnedNoun()
	s.repairVerbOnObject()
	s.repairReducedRelative()
	s.repairCopulaAcrossPhrase()
	s.repairClauseOnObject()
	s.repairCaseOnModifier()
	s.repairNameAsCase()
	s.repairRecipientAsCompound()
	s.repairSecondObject()
	s.repairParticleAsNoun()
	s.repairPossessorOnCompound()
	s.repairAgentInPhrase()
	s.repairBetween()
	s.repairPostModifier()
	s.repairBetweenParties()
	s.repairHyphenParticiple()
	s.repairVocatives()
	s.repairPrepositionalConjunct()
	s.repairConjunctOfSamePreposition()
	s.repairVerbAsModifier()
	s.repairFrontedAlongside()
	s.repairApposOnVerb()
	s.repairParticipleAfterNoun()
	s.repairClosingGerund()
	s.repairParticipleRightAfterNoun()
	s.repairCasedSubject()
	s.repairPastListEnd()
	s.repairRelativeList()
	s.repairBareOblique()
	s.repairSubjectAsOblique()
	s.repairListHeadAsOblique()
	s.repairObjectOfConjoinedVerb()
	s.repairAppositionBeforeParticiple()
	s.repairAppositions()
	s.repairDepAsApposition()
	s.breakCycles()
	s.markQuotes()
}

// cycle returns a word whose chain of heads comes back to it, or -1: a tree has none.
func (s *sentence) cycle() int {
	for i := range s.toks {
		k := s.head[i]
		for n := 0; k >= 0; n++ {
			if k == i || n > len(s.toks) {
				return i
			}
			k = s.head[k]
		}
	}
	return -1
}

// breakCycles hangs on the root any word a repair left in a cycle of heads, so that
// no reading that climbs the tree can go round it for ever.
func (s *sentence) breakCycles() {
	root := slices.Index(s.head, -1)
	for i := s.cycle(); i >= 0; i = s.cycle() {
		if root < 0 {
			s.head[i], s.rel[i] = -1, "root"
			root = i
		} else {
			s.head[i], s.rel[i] = root, "dep"
		}
		s.index()
	}
}

// tokensOutside returns the tokens of [from, to) in none of the asides.
func tokensOutside(from, to int, asides ...[]aside) []int {
	main := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		if !slices.ContainsFunc(asides, func(as []aside) bool { return inAside(as, i) }) {
			main = append(main, i)
		}
	}
	return main
}

// parseTokens parses the tokens at the given indices as one sentence.
func (s *sentence) parseTokens(m *syntax.Model, idx []int) {
	words := make([]string, len(idx))
	for i, k := range idx {
		words[i] = s.parseForm(k)
	}
	p := m.Parse(words)
	tags := s.mendedTags(p)
	for i, k := range idx {
		if k < len(s.knownName) && s.knownName[k] && p.Tags[i] == "VERB" {
			tags[i] = "PROPN" // "Human Rights Watch", "Rapid Support Forces": a name's word
		}
	}
	if i := verbOfVerbless(m, p); i >= 0 {
		tags[i] = "VERB"
	}
	if gerundSubject(p) {
		tags[0] = "NOUN" // "Fighting persisted between X and Y": the act, the subject
	}
	if len(tags) > 0 {
		p = m.ParseTagged(words, tags)
	}
	for i, k := range idx {
		s.unitLen[k] = len(idx)
		s.tag[k], s.lemma[k], s.rel[k] = p.Tags[i], strings.ToLower(p.Lemmas[i]), p.Deprels[i]
		s.head[k] = -1
		if p.Heads[i] >= 0 {
			s.head[k] = idx[p.Heads[i]]
		}
	}
}

// parseForm returns the word at k as the parser is given it: a title written in
// capitals where it is a common noun, after "the", a possessive or a comma, and not
// before a name ("the President of the Republic of Chad", "its Chairman, Dr. X"), in
// lower case, as the treebank the parser learned from mostly writes it.
func (s *sentence) parseForm(k int) string {
	t := s.toks[k]
	if k == 0 || !t.upper || s.roleWord == nil || !s.roleWord(t.lower) || k+1 < len(s.toks) && s.toks[k+1].upper {
		return t.text
	}
	if p := s.toks[k-1].lower; p == "," || p == "the" || possessiveWord(p) {
		return t.lower
	}
	return t.text
}

// mendedTags returns the tags to parse again with where the tagger read a word wrong:
// frame verbs read as nouns between a name and their object, "since" between a
// perfect's auxiliary and its participle ("have since fought"), an adverb there, and
// a verb right after "whose", a noun there.
func (s *sentence) mendedTags(p syntax.Parsed) map[int]string {
	tags := map[int]string{}
	for _, i := range s.nounsForVerbs(p) {
		tags[i] = "VERB"
	}
	s.mendOpening(p, tags)
	for i := 1; i+1 < len(p.Words); i++ {
		if strings.EqualFold(p.Words[i], "since") && p.Tags[i] != "ADV" && perfectAux(p.Words[i-1]) && p.XPOS[i+1] == "VBN" {
			tags[i] = "ADV"
		}
		if strings.EqualFold(p.Words[i-1], "whose") && p.Tags[i] == "VERB" {
			tags[i] = "NOUN" // "whose candidacy the court rejected": what "whose" owns
		}
		if p.Tags[i] == "ADP" && clauseAfter(p, i) {
			tags[i] = "SCONJ"
		}
		if alongsideMistagged(p, i) {
			tags[i] = "ADP"
		}
		if capitalsMistagged(p, i) {
			tags[i] = "PROPN" // "(IS Sahel)": an acronym, not "is"
		}
		if baseVerbAfterArticle(p, i) {
			tags[i] = "NOUN" // "demanding an immediate halt to the air strikes"
		}
		if s.infinitiveAfterHelp(p, i) {
			tags[i] = "VERB" // "Oman helped broker the deal"
		}
		if forcesAfterName(p, i) {
			tags[i] = "NOUN" // "drove Serb forces out of the town"
		}
		if adjectiveAfterPossessive(p, i) {
			tags[i] = "NOUN" // "Turkey's offensive against Kurdish-led forces"
		}
		if forBeforeFiniteVerb(p, i) {
			tags[i] = "ADP" // "Nigerian support for Mr Kabbah now comes with a timetable"
		}
		if s.verbAfterModal(p, i) || s.verbAfterRelativePronoun(p, i) {
			tags[i] = "VERB" // "Russia will back Assad", "Iran and Russia, which back Assad": "back" is no adverb there
		}
		s.mendWordClass(p, i, tags)
	}
	return tags
}

// mendOpening mends the tags of the sentence's first words: a name read as an
// adjective before its verb, a rank read as other than part of the name after it, and
// an opening "Alongside" read as a name.
func (s *sentence) mendOpening(p syntax.Parsed, tags map[int]string) {
	if nameAsModifier(p) {
		tags[0], tags[1] = "PROPN", "VERB" // "Djibouti severed diplomatic relations with Eritrea": the subject, no adjective
	}
	if s.titleOpening(p) {
		tags[0] = "PROPN" // "General Abdourahamane Tiani, Niger's military ruler, toppled": a title, no adjective
	}
	if len(p.Words) > 1 && alongsideMistagged(p, 0) {
		tags[0] = "ADP" // "Alongside Qatar, Egypt has mediated": a capital is no name there
	}
	if len(p.Words) > 1 && p.Tags[0] == "CCONJ" && !coordinator(p.Words[0]) {
		tags[0] = "PROPN" // "Jubaland forces attacked": a name the tagger did not know
		if _, ok := tags[1]; !ok {
			tags[1] = p.Tags[1] // the word after keeps the class it had beside the name
		}
	}
}

// mendWordClass mends the tags of words the tagger gives a class they do not have
// there: an adjective in -ing read as a verb ("accused neighbouring Guinea of arming
// LURD"), "has" read as the main verb before a participle of giving ("Iran has given
// Hezbollah sanctuary"), a plural noun read as a verb after a possessive or before
// its phrase and the clause's verb ("Tuesday's strikes", "US strikes on the Houthis
// resumed"), a rank read as an adjective ("is General X"), a participle with its
// particle read as a noun ("a plan put forward") and "elect" read as a verb in
// "President-elect".
func (s *sentence) mendWordClass(p syntax.Parsed, i int, tags map[int]string) {
	if s.adjectiveMistagged(p, i) {
		tags[i] = "ADJ"
	}
	if s.perfectAsMainVerb(p, i-1) {
		tags[i-1], tags[i] = "AUX", "VERB"
	}
	if p.XPOS[i] == "VBZ" && (possessiveWord(p.Words[i-1]) || actsOnBeforeVerb(p, i) || nounAfterModifiedName(p, i)) {
		tags[i] = "NOUN" // "condemned Tuesday's strikes", "US strikes on the Houthis resumed", "unleashes heaviest Gaza strikes": no verb
	}
	if s.rankAsAdjective(p, i) {
		tags[i] = "PROPN" // "whose commander is General Oleksandr Syrskyi": a rank, no adjective
	}
	if s.particleVerbAfterNoun(p, i) {
		tags[i] = "VERB" // "a plan put forward in September by the United States"
	}
	if strings.EqualFold(p.Words[i], "elect") && p.Words[i-1] == "-" && p.Tags[i] == "VERB" {
		tags[i] = "ADJ" // "President-elect Donald Trump": a title's word, no verb
	}
	if hyphenedParticleNoun(p, i) {
		tags[i-1], tags[i+1] = "NOUN", "NOUN" // "offered to host follow-up talks": a noun before a noun, no verb
	}
	if i >= 2 && p.Words[i-1] == "-" && strings.EqualFold(p.Words[i-2], "counter") && (p.Tags[i] == "ADJ" || p.Tags[i] == "VERB") {
		tags[i] = "NOUN" // "a counter-offensive against JNIM", "a counter-attack": the act, a noun
	}
	if s.judgedAdjective(p, i) {
		tags[i] = "ADJ" // "called the junta illegitimate": what the object is called, no noun it modifies
	}
}

// judgedAdjective: a word that judges what it is said of, tagged a noun, ends the
// sentence or its clause right after a noun, within a few words of a verb that names
// or judges what it takes ("called the junta illegitimate", "declared the vote
// invalid").
func (s *sentence) judgedAdjective(p syntax.Parsed, i int) bool {
	if s.judgingVerb == nil || s.labelWord == nil || p.Tags[i] != "NOUN" || p.Tags[i-1] != "NOUN" && p.Tags[i-1] != "PROPN" || i+1 < len(p.Words) && p.Tags[i+1] != "PUNCT" {
		return false
	}
	if i < 2 || !s.labelWord(strings.ToLower(p.Words[i])) || p.Words[i-2] == "a" || p.Words[i-2] == "an" {
		return false // "called the plan a betrayal": a noun after all
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		if p.Tags[k] == "VERB" {
			return s.judgingVerb(strings.ToLower(p.Lemmas[k]))
		}
	}
	return false
}

// repairParticipleAdjectives mends a list of passives sharing "be" and the last one's
// agent ("The Houthis are trained and funded by Iran", "are armed, trained and funded
// by Iran") that the tagger began with adjectives: the first participle, tagged an
// adjective with "be" its copula, is a passive verb, and a participle the parser hung
// on it as a clause after a comma is listed with it.
func (s *sentence) repairParticipleAdjectives() {
	for h := range s.toks {
		cop := s.child(h, "cop")
		if s.tag[h] != "ADJ" || cop < 0 || cop != h-1 && (cop != h-2 || s.tag[h-1] != "ADV") || !beForm(s.toks[cop].lower) || !isParticiple(s.toks[h].lower, "") {
			continue
		}
		listed := s.listedParticiples(h)
		if len(listed) == 0 {
			continue
		}
		s.tag[h], s.lemma[h], s.rel[cop] = "VERB", s.verbLemma(s.toks[h].lower), "aux:pass"
		if n := s.child(h, "nsubj"); n >= 0 {
			s.rel[n] = "nsubj:pass"
		}
		for _, v := range listed {
			s.rel[v] = "conj"
		}
		s.index()
	}
}

// listedParticiples returns the participles listed after the adjective at h, conjoined
// with it or hung on it after a comma, when the list ends in a passive's agent, on the
// last participle or on h ("trained and funded by Iran"); nil otherwise.
func (s *sentence) listedParticiples(h int) []int {
	var listed []int
	agent := false
	for _, v := range s.kids[h] {
		if v < h || s.tag[v] != "VERB" || !isParticiple(s.toks[v].lower, s.lemma[v]) {
			continue
		}
		if s.rel[v] != "conj" && (s.rel[v] != "advcl" || s.toks[v-1].text != ",") {
			continue
		}
		listed = append(listed, v)
		for _, c := range s.conjuncts(v) {
			agent = agent || s.byAgentAfter(c, c)
		}
	}
	if !agent && (len(listed) == 0 || !s.byAgentAfter(h, listed[len(listed)-1])) {
		return nil
	}
	return listed
}

// byAgentAfter: verb v has a passive's agent after word k ("by Iran").
func (s *sentence) byAgentAfter(v, k int) bool {
	return slices.ContainsFunc(s.kids[v], func(c int) bool {
		return c > k && (s.rel[c] == "obl:agent" || s.rel[c] == "obl" && s.prep(c) == "by")
	})
}

// verbLemma returns the verb of a participle in -ed that the frames read ("armed" ->
// "arm", "financed" -> "finance", "equipped" -> "equip", "supplied" -> "supply"), or
// the participle less its ending.
func (s *sentence) verbLemma(w string) string {
	stem := strings.TrimSuffix(w, "ed")
	candidates := []string{stem, strings.TrimSuffix(w, "d")}
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
		candidates = append(candidates, stem[:n-1])
	}
	if y, ok := strings.CutSuffix(w, "ied"); ok {
		candidates = append(candidates, y+"y")
	}
	for _, c := range candidates {
		if s.frameVerb != nil && s.frameVerb(c) {
			return c
		}
	}
	return stem
}

// beForm: a form of the verb "be".
func beForm(w string) bool {
	switch strings.ToLower(w) {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// adjectiveMistagged: a word in -ing the lexicon knows as an adjective, tagged a verb
// before a noun phrase ("accused neighbouring Guinea of arming LURD", "fled to
// neighbouring Uganda"), describes that noun; it has no object.
func (s *sentence) adjectiveMistagged(p syntax.Parsed, i int) bool {
	if s.adjectiveWord == nil || p.Tags[i] != "VERB" || i+1 >= len(p.Words) || !s.adjectiveWord(strings.ToLower(p.Words[i])) {
		return false
	}
	switch p.Tags[i+1] {
	case "NOUN", "PROPN", "ADJ":
		return true
	}
	return false
}

// forBeforeFiniteVerb: "for" tagged a conjunction before a finite verb is the
// preposition of the phrase before that verb's subject ("support for Mr Kabbah now
// comes with a timetable"); only "for X to do" opens a clause with it.
func forBeforeFiniteVerb(p syntax.Parsed, i int) bool {
	if !strings.EqualFold(p.Words[i], "for") || p.Tags[i] != "SCONJ" {
		return false
	}
	for j := i + 1; j < len(p.Words); j++ {
		switch p.Tags[j] {
		case "VERB", "AUX":
			x := p.XPOS[j]
			return x == "VBZ" || x == "VBD" || x == "VBP" || x == "MD"
		case "PART":
			if strings.EqualFold(p.Words[j], "to") {
				return false
			}
		}
	}
	return false
}

// verbAfterModal: a word the frames read as a verb, tagged otherwise, right after a
// modal and before a name, a pronoun or a noun phrase ("will back Assad", "must back
// the rebels"), is the verb; "would back down" keeps its particle.
func (s *sentence) verbAfterModal(p syntax.Parsed, i int) bool {
	if p.Tags[i] == "VERB" || p.XPOS[i-1] != "MD" || s.frameVerb == nil || !s.frameVerb(strings.ToLower(p.Words[i])) {
		return false
	}
	switch p.Tags[i+1] {
	case "PROPN", "PRON", "DET", "NOUN", "ADJ", "NUM":
		return true
	}
	return false
}

// hyphenedParticleNoun: a verb and its particle joined by the hyphen at i, before a
// noun ("follow-up talks", "a pull-out deadline", "the build-up phase"), are a noun that
// modifies it, however the tagger read them.
func hyphenedParticleNoun(p syntax.Parsed, i int) bool {
	if p.Words[i] != "-" || i+2 >= len(p.Words) || p.Tags[i-1] != "VERB" || p.Tags[i+2] != "NOUN" && p.Tags[i+2] != "PROPN" {
		return false
	}
	switch strings.ToLower(p.Words[i+1]) {
	case "up", "out", "off", "over", "down", "back", "in", "on":
		return true
	}
	return false
}

// nounAfterModifiedName: a verb in "-s" right after a name that an adjective in lower
// case opens, right after a verb ("unleashes heaviest Gaza strikes"), is the noun the
// name and the adjective modify: the verb's object, not a clause of its own.
func nounAfterModifiedName(p syntax.Parsed, i int) bool {
	if i < 3 || p.Tags[i] != "VERB" || p.Tags[i-1] != "PROPN" || p.Tags[i-2] != "ADJ" || p.Tags[i-3] != "VERB" {
		return false
	}
	return p.Words[i-2] == strings.ToLower(p.Words[i-2])
}

// verbAfterRelativePronoun: a word in the plain or "-s" form of a verb the frames
// read, tagged otherwise, right after "who" or "which" (or after an adverb that follows
// one: "who both support", "which still backs") and before a name, a pronoun or a noun
// phrase, is the relative clause's verb ("Iran and Russia, which back Assad").
func (s *sentence) verbAfterRelativePronoun(p syntax.Parsed, i int) bool {
	if p.Tags[i] == "VERB" || p.Tags[i] == "AUX" || s.frameVerb == nil || i+1 >= len(p.Words) {
		return false
	}
	r := i - 1
	if r > 0 && p.Tags[r] == "ADV" || r > 0 && (strings.EqualFold(p.Words[r], "both") || strings.EqualFold(p.Words[r], "all")) {
		r--
	}
	if w := strings.ToLower(p.Words[r]); w != "who" && w != "which" || p.Tags[r] != "PRON" {
		return false
	}
	switch p.Tags[i+1] {
	case "PROPN", "PRON", "DET", "NOUN", "ADJ", "NUM":
		return s.frameVerbForm(strings.ToLower(p.Words[i]), strings.ToLower(p.Lemmas[i]))
	}
	return false
}

// particleVerbAfterNoun: a word right after a noun and before its particle, which with
// it makes a verb the frames read ("a plan put forward in September by the US", "a
// fund set up last year by Qatar"), is that verb's participle describing the noun,
// whether the tagger read it as a noun or as the verb it is (kept when another word is
// mended and the sentence parsed again).
func (s *sentence) particleVerbAfterNoun(p syntax.Parsed, i int) bool {
	if s.frameVerb == nil || p.Tags[i] != "NOUN" && p.Tags[i] != "VERB" || p.Tags[i-1] != "NOUN" || i+2 >= len(p.Words) {
		return false
	}
	switch p.Tags[i+2] {
	case "ADP", "PUNCT":
	default:
		return false
	}
	return s.frameVerb(strings.ToLower(p.Words[i]) + "_" + strings.ToLower(p.Words[i+1]))
}

// forcesAfterName: "forces" or "allies" tagged a verb right after a name that itself
// follows a verb, a preposition, an article or a possessive ("drove Serb forces out",
// "against Hamas forces", "the Tutsi forces", "the army and its Wagner allies"): the
// name cannot be the verb's subject there, so the word is the noun it modifies; so is
// it before a finite verb, whose subject it then is ("Fano forces attacked the army").
func forcesAfterName(p syntax.Parsed, i int) bool {
	w := strings.ToLower(p.Words[i])
	if i < 1 || w != "forces" && w != "allies" || p.Tags[i] != "VERB" || p.Tags[i-1] != "PROPN" && !unicode.IsUpper([]rune(p.Words[i-1])[0]) {
		return false
	}
	if i+1 < len(p.Words) && (finiteVerb(p, i+1) || p.XPOS[i+1] == "VBN" && p.Tags[i+1] == "VERB") {
		return true // "Fano forces attacked the army": the subject, before its verb
	}
	if i < 2 {
		return false
	}
	switch p.Tags[i-2] {
	case "VERB", "ADP", "DET":
		return true
	}
	return possessiveWord(p.Words[i-2])
}

// coordinator: a coordinating conjunction, which may open a sentence.
func coordinator(w string) bool {
	switch strings.ToLower(w) {
	case "and", "but", "or", "nor", "yet", "so", "for", "either", "neither", "both", "plus":
		return true
	}
	return false
}

// finiteVerb: the word at i is a verb or auxiliary in a finite form ("attacked",
// "have", "says").
func finiteVerb(p syntax.Parsed, i int) bool {
	if p.Tags[i] != "VERB" && p.Tags[i] != "AUX" {
		return false
	}
	switch p.XPOS[i] {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// verbOfVerbless returns the word of a sentence tagged without a verb or auxiliary that
// is its verb: a noun in "-s" that may be a verb, right after its subject ("MISCA now
// numbers 3,700 troops", "The MNJTF groups troops from Nigeria and Chad", "The Wagner
// group backs Mali's junta"); -1 if there is none. A sentence has a verb; a plural noun
// right after its subject is the likeliest.
func verbOfVerbless(m *syntax.Model, p syntax.Parsed) int {
	for _, t := range p.Tags {
		if t == "VERB" || t == "AUX" {
			return -1
		}
	}
	for i := 1; i < len(p.Words); i++ {
		w := strings.ToLower(p.Words[i])
		if p.Tags[i] != "NOUN" || !strings.HasSuffix(w, "s") || !subjectBefore(p, i) {
			continue
		}
		if m.CanBe(w, "VERB") || m.CanBe(strings.TrimSuffix(w, "s"), "VERB") || m.CanBe(strings.TrimSuffix(w, "es"), "VERB") {
			return i
		}
	}
	return -1
}

// subjectBefore: what stands before word i may be its subject: a name, an acronym or a
// pronoun, with an adverb between or not; or a noun when an object follows ("The Wagner
// group backs Mali's junta", "Its roadmap calls for").
func subjectBefore(p syntax.Parsed, i int) bool {
	j := i - 1
	if p.Tags[j] == "ADV" && j > 0 {
		j--
	}
	if p.Tags[j] == "PROPN" || p.Tags[j] == "PRON" || isAcronym(p.Words[j]) {
		return true
	}
	if p.Tags[j] != "NOUN" || j != i-1 || i+1 >= len(p.Words) {
		return false
	}
	switch p.Tags[i+1] {
	case "DET", "PROPN", "PRON":
		return true
	}
	return strings.EqualFold(p.Words[i+1], "for")
}

// gerundSubject: a sentence opens with a word in "-ing" read as a verb right before a
// verb in a tense ("Fighting persisted", "Shelling continued overnight"): a noun, the
// subject.
func gerundSubject(p syntax.Parsed) bool {
	if len(p.Words) < 3 || p.Tags[0] != "VERB" || !strings.HasSuffix(strings.ToLower(p.Words[0]), "ing") || p.Tags[1] != "VERB" {
		return false
	}
	switch p.XPOS[1] {
	case "VBD", "VBZ", "VBP", "VBN": // "persisted" read as a participle after a verb
		return true
	}
	return false
}

// capitalsMistagged: a word of two or more capitals, in a sentence not written in
// capitals, read as an auxiliary, a verb, a preposition or a determiner ("IS", "AN",
// "US"): an acronym.
func capitalsMistagged(p syntax.Parsed, i int) bool {
	w := p.Words[i]
	switch p.Tags[i] {
	case "AUX", "VERB", "ADP", "DET", "PRON", "CCONJ":
	case "NOUN":
		if p.Tags[i-1] != "VERB" || i+1 < len(p.Words) && (p.Tags[i+1] == "NOUN" || p.Tags[i+1] == "PROPN") {
			return false // "led HTS": the name the verb takes; not "the GDP figures"
		}
	default:
		return false
	}
	if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return false
	}
	lower := 0
	for _, x := range p.Words {
		if strings.ToUpper(x) != x {
			lower++
		}
	}
	return lower*2 >= len(p.Words)
}

// nameAsModifier: the parse has no verb at its root, and it opens with a capitalised
// word read as an adjective right before a verb, or a past form, read as a modifier
// ("Djibouti severed diplomatic relations", "Djibouti expelled Eritrea's ambassador"):
// the word is a name, the verb's subject.
func nameAsModifier(p syntax.Parsed) bool {
	if len(p.Words) < 3 || p.Tags[0] != "ADJ" || p.Deprels[1] != "amod" || !unicode.IsUpper([]rune(p.Words[0])[0]) {
		return false
	}
	if p.Tags[1] != "VERB" && (p.Tags[1] != "ADJ" || !strings.HasSuffix(strings.ToLower(p.Words[1]), "ed")) {
		return false // "Djibouti expelled Eritrea's ambassador", "expelled" read as an adjective too
	}
	for i, d := range p.Deprels {
		if d == "root" && (p.Tags[i] == "VERB" || p.Tags[i] == "AUX") {
			return false
		}
	}
	return true
}

// rankAsAdjective: a capitalised military rank tagged an adjective before a name
// after a copula or a comma ("whose commander is General Oleksandr Syrskyi") is the
// name's title.
func (s *sentence) rankAsAdjective(p syntax.Parsed, i int) bool {
	if s.titleWord == nil || p.Tags[i] != "ADJ" || p.Tags[i+1] != "PROPN" || !unicode.IsUpper([]rune(p.Words[i])[0]) {
		return false
	}
	switch strings.ToLower(p.Words[i-1]) {
	case "is", "was", "are", "were", ",", "by", "as":
	default:
		return false
	}
	return s.titleWord(strings.ToLower(p.Words[i]))
}

// titleOpening: a capitalised title that opens the sentence before a name that owns
// nothing, tagged other than a proper noun ("General Abdourahamane Tiani, Niger's
// military ruler, toppled ..."), is part of the name.
func (s *sentence) titleOpening(p syntax.Parsed) bool {
	if s.titleWord == nil || len(p.Words) < 3 || p.Tags[0] == "PROPN" || p.Tags[1] != "PROPN" || !unicode.IsUpper([]rune(p.Words[0])[0]) {
		return false
	}
	j := 1
	for j < len(p.Words) && j < 6 && unicode.IsUpper([]rune(p.Words[j])[0]) {
		j++
	}
	// not a possessor: "Colonel Muammar Qaddafi's forces" keeps its parse
	return j < len(p.Words) && !possessiveWord(p.Words[j]) && p.Words[j] != "'" && s.titleWord(strings.ToLower(p.Words[0]))
}

// alongsideMistagged: "alongside" tagged other than a preposition before a noun
// phrase ("fought alongside Free Syrian Army units", "have fought alongside government
// troops against the rebels"): a preposition, never a noun nor, with an object, an
// adverb.
func alongsideMistagged(p syntax.Parsed, i int) bool {
	if !strings.EqualFold(p.Words[i], "alongside") || p.Tags[i] == "ADP" {
		return false
	}
	switch p.Tags[i+1] {
	case "DET", "PROPN", "ADJ", "NOUN", "PRON":
		return true
	}
	return false
}

// infinitiveAfterHelp: a frame verb's plain form right after a form of "help", read as
// something else, before a determiner ("helped broker the deal", "helped draft the
// text"): "help" takes a bare infinitive.
func (s *sentence) infinitiveAfterHelp(p syntax.Parsed, i int) bool {
	if s.frameVerb == nil || i+1 >= len(p.Words) || p.Tags[i] == "VERB" || strings.ToLower(p.Lemmas[i-1]) != "help" || p.Tags[i-1] != "VERB" {
		return false
	}
	w := strings.ToLower(p.Words[i])
	switch p.Tags[i+1] {
	case "DET", "PRON", "NOUN", "PROPN", "ADJ": // "helped broker the deal", "help broker talks"
		return s.frameVerb(w)
	}
	return false
}

// adjectiveAfterPossessive: a word read as an adjective right after a possessive with
// no noun after it for it to describe is what is owned: "Turkey's offensive against",
// "resumed its offensive on April 7th", "Russia's military in Syria".
func adjectiveAfterPossessive(p syntax.Parsed, i int) bool {
	if i < 1 || p.Tags[i] != "ADJ" || !possessiveWord(p.Words[i-1]) {
		return false
	}
	if i+1 < len(p.Words) {
		switch p.Tags[i+1] {
		case "NOUN", "PROPN", "ADJ", "NUM", "CCONJ":
			return false // "Turkey's new offensive", "Iran's nuclear and missile programmes"
		}
		if p.Words[i+1] == "-" {
			return false // "Haftar's best-known supporters"
		}
	}
	return true
}

// actsOnBeforeVerb: a word in -s before "on" or "against", with a finite verb after it
// in the same clause ("US strikes on the Houthis resumed", "Russian attacks against
// the grid continued"), is the plural noun that verb's subject is, not a verb itself.
func actsOnBeforeVerb(p syntax.Parsed, i int) bool {
	if i+1 >= len(p.Words) || !strings.EqualFold(p.Words[i+1], "on") && !strings.EqualFold(p.Words[i+1], "against") {
		return false
	}
	for j := i + 2; j < len(p.Words); j++ {
		switch p.Tags[j] {
		case "CCONJ", "SCONJ", "PUNCT", "PRON":
			return false
		case "VERB", "AUX":
			x := p.XPOS[j]
			return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"
		}
	}
	return false
}

// possessiveWord: a possessive's "'s" or a possessive pronoun.
func possessiveWord(w string) bool {
	switch strings.ToLower(w) {
	case "'s", "’s", "its", "his", "her", "their", "our":
		return true
	}
	return false
}

// baseVerbAfterArticle: a word read as a verb in its plain form right after an article
// ("a halt"), after an article and an adjective ("an immediate halt", "a full stop"), or after "a" or "an" and a noun
// ("an arms embargo", "a border clash"): no verb stands there; a noun. After "the" a
// noun may be a plural subject ("the rebels fight"); after "a" it may not.
func baseVerbAfterArticle(p syntax.Parsed, i int) bool {
	if i < 1 || p.Tags[i] != "VERB" || !strings.EqualFold(p.Words[i], p.Lemmas[i]) {
		return false
	}
	switch strings.ToLower(p.Words[i-1]) {
	case "a", "an", "the":
		return true // "demanding a halt to the strikes": the plain form right after an article
	}
	if i < 2 {
		return false
	}
	switch strings.ToLower(p.Words[i-2]) {
	case "a", "an":
		// not a participle: "a proposal put forward by the mediators"
		return p.Tags[i-1] == "ADJ" || p.Tags[i-1] == "NOUN" && (p.XPOS[i] == "VB" || p.XPOS[i] == "VBP")
	case "the":
		// "the US aid agency USAID": a singular name and the plain form before a noun,
		// which a verb agreeing with the name would not be ("the Houthis attack ships" is)
		return p.Tags[i-1] == "ADJ" || p.Tags[i-1] == "PROPN" && p.XPOS[i-1] == "NNP" && i+1 < len(p.Words) && p.Tags[i+1] == "NOUN" && !samePast(p.Words[i])
	}
	return false
}

// samePast: a verb whose past tense is its plain form ("the US hit targets").
func samePast(w string) bool {
	switch strings.ToLower(w) {
	case "put", "cut", "hit", "set", "let", "shut", "spread", "cost", "hurt", "bid", "quit", "burst", "cast", "split", "broadcast", "upset", "read", "beat":
		return true
	}
	return false
}

// clauseAfter: a preposition of time that opens a clause, its subject and then a
// verb in a tense ("days after Mali and Niger cut ties", "before the army retook the
// town"): a conjunction, not a preposition.
func clauseAfter(p syntax.Parsed, i int) bool {
	switch strings.ToLower(p.Words[i]) {
	case "after", "before", "until", "since":
	default:
		return false
	}
	nouns := 0
	for j := i + 1; j < len(p.Words) && j <= i+8; j++ {
		switch p.Tags[j] {
		case "PROPN", "NOUN", "PRON":
			nouns++
		case "DET", "ADJ", "CCONJ", "NUM", "PART":
		case "PUNCT":
			if p.Words[j] != "," && p.Words[j] != "-" {
				return false
			}
		case "VERB", "AUX":
			x := p.XPOS[j]
			return nouns > 0 && (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD")
		default:
			return false
		}
	}
	return false
}

// perfectAux: a form of "have" that makes a perfect.
// perfectAsMainVerb: a form of "have" at i read as the main verb, with the past
// participle right after it read as an adjective of the noun after that ("has given
// financial assistance to Oman", "has given Hezbollah sanctuary"): the auxiliary of a
// perfect, when the participle is of a verb of giving; "the rebels have armed men"
// keeps the reading.
func (s *sentence) perfectAsMainVerb(p syntax.Parsed, i int) bool {
	if i < 1 || i+1 >= len(p.Words) || !perfectAux(p.Words[i]) || p.Tags[i] != "VERB" || p.XPOS[i+1] != "VBN" || p.Deprels[i+1] != "amod" {
		return false
	}
	if s.transferVerb == nil || !s.transferVerb(strings.ToLower(p.Lemmas[i+1])) {
		return false // "the rebels have armed men in the hills": they hold them
	}
	return p.Heads[i+1] > i+1 // the participle describes a noun after it
}

func perfectAux(w string) bool {
	switch strings.ToLower(w) {
	case "have", "has", "had", "'ve":
		return true
	}
	return false
}

// nounsForVerbs returns the words the tagger read as nouns (or adverbs) that stand as
// verbs between a name and their object: "Russia and Egypt support Haftar", "Iran and
// Hezbollah back the Houthis". Such a word has no determiner, adjective, number or
// possessor, unless the tagger found no verb at all; it is a verb of the frames, or of
// feeling, in its plain or "-s" form.
func (s *sentence) nounsForVerbs(p syntax.Parsed) []int {
	if s.frameVerb == nil {
		return nil
	}
	var out []int
	for i := 1; i < len(p.Words); i++ {
		if s.verbBetweenNames(p, i) && (!modifiedWord(p, i) || !hasVerb(p)) {
			out = append(out, i)
		}
	}
	return out
}

// verbBetweenNames: the word at i, tagged other than a verb, is a frame verb's plain or
// "-s" form after a name and before the start of a noun phrase, or ending a relative
// clause after the name.
func (s *sentence) verbBetweenNames(p syntax.Parsed, i int) bool {
	switch p.Tags[i] {
	case "NOUN", "ADV", "ADJ":
	default:
		return false
	}
	if p.Tags[i-1] != "PROPN" {
		return false
	}
	// before its object, or at the end of a relative clause ("which Burhan chairs",
	// "the command that Sharaa heads named him")
	next := "PUNCT" // the end of the words parsed: a clause set off by commas
	if i+1 < len(p.Words) {
		next = p.Tags[i+1]
	}
	j := i - 1
	for j > 0 && (p.Tags[j] == "PROPN" || p.Words[j] == "-" && p.Tags[j-1] == "PROPN") {
		j-- // the name, with its hyphened parts ("Ahmed al-Sharaa")
	}
	relative := (next == "PUNCT" || next == "VERB" || next == "AUX") && (p.Words[j] == "which" || p.Words[j] == "that" || p.Words[j] == "whom")
	// "France calls for the ceasefire to be respected": a verb in "-s" with "for" (but
	// "ECOWAS sanctions on Niger" are sanctions)
	prep := next == "ADP" && strings.HasSuffix(strings.ToLower(p.Words[i]), "s") && strings.EqualFold(p.Words[i+1], "for")
	if next != "DET" && next != "PROPN" && next != "PRON" && !relative && !prep {
		return false
	}
	return s.frameVerbForm(strings.ToLower(p.Words[i]), strings.ToLower(p.Lemmas[i]))
}

// frameVerbForm: a word is the plain or "-s" form of a verb the frames read, or of
// feeling; in "-ies" ("worries", "denies") the tagger's lemma may keep the ending.
func (s *sentence) frameVerbForm(lower, lemma string) bool {
	if stem, ok := strings.CutSuffix(lower, "ies"); ok && len(stem) > 1 {
		return s.frameVerb(stem + "y")
	}
	return s.frameVerb(lemma) && (lower == lemma || lower == lemma+"s" || lower == lemma+"es")
}

// hasVerb: the tagger found a verb or an auxiliary among the words. Without one, a
// word between names that a determiner seems to modify is the verb all the same: in
// "Iran's backing of the Houthis worries Riyadh", "the" is the Houthis'.
func hasVerb(p syntax.Parsed) bool {
	return slices.ContainsFunc(p.Tags, func(t string) bool { return t == "VERB" || t == "AUX" })
}

// modifiedWord: the word at i has a determiner, adjective, number or possessor before
// it ("their support", "military support"): a noun indeed; not one given a subject.
func modifiedWord(p syntax.Parsed, i int) bool {
	for j := 0; j < i; j++ {
		if p.Heads[j] != i {
			continue
		}
		switch p.Deprels[j] {
		case "compound", "conj", "cc", "punct", "nsubj", "mark":
			// a subject or a clause's mark makes it a predicate: "the command that
			// Sharaa heads", "heads" parsed as a noun with its subject
		default:
			return true
		}
	}
	return false
}

// aside is a bracketed aside, the tokens of "(" through ")", or an apposition set off
// by commas, the tokens of the commas and what stands between them.
type aside struct{ open, close int }

// brokenRoot reports whether the parse of the tokens idx has no verb at its root: no
// verb, and no copula that makes a noun or adjective the predicate.
func (s *sentence) brokenRoot(idx []int) bool {
	for _, k := range idx {
		if s.head[k] >= 0 {
			continue
		}
		if s.tag[k] == "VERB" {
			return s.agentWithoutAuxiliary(k, idx) // "Renamo, led by X, has criticised": "led" is no main verb
		}
		for _, c := range idx {
			if s.head[c] == k && (s.rel[c] == "cop" || s.rel[c] == "aux") {
				return false
			}
			if s.rel[c] == "acl" && s.head[c] == k && s.mainVerbAsModifier(k, c, idx) {
				return false // repairRootNoun makes it the root
			}
		}
		return true
	}
	return false
}

// headedBy reports whether k is h or hangs, through its heads, on h.
func (s *sentence) headedBy(k, h int) bool {
	for n := 0; k >= 0 && n < len(s.toks); n++ {
		if k == h {
			return true
		}
		k = s.head[k]
	}
	return false
}

// agentWithoutAuxiliary reports whether the verb v has a passive's agent ("by X") but
// no auxiliary: a participle describing a noun, which the parser made the root.
func (s *sentence) agentWithoutAuxiliary(v int, idx []int) bool {
	agent := false
	for _, c := range idx {
		if s.head[c] != v {
			continue
		}
		switch s.rel[c] {
		case "aux", "aux:pass", "cop":
			return false
		case "obl:agent":
			agent = true
		case "obl":
			agent = agent || s.prep(c) == "by"
		}
	}
	return agent && isParticiple(s.toks[v].lower, s.lemma[v])
}

// mainVerbAsModifier: the verb v the parser hung on the noun r as a reduced relative
// clause is the sentence's verb: it has an object, no marker or auxiliary, is no
// "-ing" form, and follows r's phrase with nothing of its own between ("Turkish troops
// and the SNA launched an operation").
func (s *sentence) mainVerbAsModifier(r, v int, idx []int) bool {
	if v < r || s.tag[v] != "VERB" || strings.HasSuffix(s.toks[v].lower, "ing") {
		return false
	}
	obj := false
	for _, c := range idx {
		if s.head[c] != v {
			continue
		}
		switch s.rel[c] {
		case "obj":
			obj = true
		case "mark", "aux", "aux:pass", "nsubj", "nsubj:pass":
			return false
		}
		if c < v && s.rel[c] != "punct" {
			return false
		}
	}
	return obj
}

// parseWithoutParticiples parses the tokens idx again without the participle
// clauses set off by commas after a noun ("the Pitit Dessalin party, led by former
// senator Moïse Jean-Charles, rejected the arrangement"), which the parser often takes
// for the sentence's own verb; each is then parsed as an aside and hung on the noun.
// The first parse stays when the second finds no verb at its root.
func (s *sentence) parseWithoutParticiples(m *syntax.Model, idx []int, asides []aside) ([]int, []aside) {
	more := s.participleAsides(idx)
	if len(more) == 0 {
		return idx, asides
	}
	rest := withoutAsides(idx, more)
	saved := s.saveParse(idx)
	s.parseTokens(m, rest)
	if s.brokenRoot(rest) {
		s.restoreParse(idx, saved)
		return idx, asides
	}
	return rest, append(asides, more...)
}

// participleAsides finds, in a parse of the tokens idx, the participle clauses with an
// agent set off by commas after a noun or a name, with a verb after their closing
// comma, that the parse did not read as modifiers of the noun: "Renamo, led by Ossufo
// Momade, has criticised".
func (s *sentence) participleAsides(idx []int) []aside {
	var out []aside
	for p := 1; p+2 < len(idx); p++ {
		host := s.tag[idx[p-1]]
		if s.toks[idx[p]].text != "," || host != "PROPN" && host != "NOUN" {
			continue
		}
		if v := s.describingParticiple(idx, p); v < 0 || s.modifierWithAgent(idx, v) {
			continue
		}
		q, noun := s.asideClose(idx, p, false, true)
		q = s.namedAfterAside(idx, q)
		if q < len(idx)-1 && noun && anyVerb(s, idx[q+1:]) {
			out = append(out, aside{idx[p], idx[q]})
			p = q - 1
		}
	}
	return out
}

// namedAfterAside returns the comma after a name set off by commas right after the
// comma at idx[q] that closes a participle's clause ("Amal, now led by the parliament
// speaker, Nabih Berri, ..."): the name is the agent's, and in the clause; else q.
func (s *sentence) namedAfterAside(idx []int, q int) int {
	k := q + 1
	for k < len(idx) && s.tag[idx[k]] == "PROPN" {
		k++
	}
	if k > q+1 && k < len(idx)-1 && s.toks[idx[k]].text == "," {
		return k
	}
	return q
}

// commaBeforeVerb: a comma comes after idx[from] before any verb: the list closes
// inside the clause ("on Russian banks, energy firms and defence companies, threatened"),
// not in the main clause's subject ("which has shelled the YPG, Russia and Iran met").
func commaBeforeVerb(s *sentence, idx []int, from int) bool {
	for r := from; r < len(idx); r++ {
		switch {
		case s.toks[idx[r]].text == ",":
			return true
		case s.tag[idx[r]] == "VERB" || s.tag[idx[r]] == "AUX":
			return false
		}
	}
	return false
}

// describingParticiple returns the participle that opens, after the comma at idx[p],
// a clause describing the noun before it, perhaps after an adverb, with its agent or
// with "as": "X, led by Y,", "X, widely seen as the strongest of them,", "X, soon
// joined by Y,", "X, funded and armed by Y,"; else -1.
func (s *sentence) describingParticiple(idx []int, p int) int {
	q := p + 1
	if q+1 < len(idx) && s.tag[idx[q]] == "ADV" {
		q++ // "widely seen as", "soon joined by"
	}
	v := idx[q]
	if q+1 >= len(idx) || s.tag[v] != "VERB" || !isParticiple(s.toks[v].lower, s.lemma[v]) {
		return -1
	}
	next := q + 1
	if next+2 < len(idx) && s.toks[idx[next]].lower == "and" && isParticiple(s.toks[idx[next+1]].lower, s.lemma[idx[next+1]]) {
		next += 2 // "X, funded and armed by Y,"
	}
	if l := s.toks[idx[next]].lower; l != "by" && l != "as" {
		return -1
	}
	return v
}

// modifierWithAgent: the participle at v is parsed as it should be, a modifier of a
// noun, with its agent if it has "by" ("the resolution, drafted by the United
// Kingdom").
func (s *sentence) modifierWithAgent(idx []int, v int) bool {
	if s.rel[v] != "acl" || s.head[v] < 0 || s.head[v] > v {
		return false
	}
	for _, k := range idx {
		if s.head[k] == v && (s.rel[k] == "obl:agent" || s.rel[k] == "obl" && k == v+2 && s.toks[v+1].lower == "as") {
			return true
		}
	}
	return false
}

// commaAsides finds, in a parse of the tokens idx, the noun phrases set off by commas
// right after a name: "Mexico and Uruguay, the two governments in the region that
// have refused to take sides, ...", "Iran, Assad's other main ally, ...". The phrase
// opens with a determiner, a number or a possessor and holds no verb before a
// relative pronoun or participle; a verb must follow its closing comma.
func (s *sentence) commaAsides(idx []int) []aside {
	var out []aside
	for p := 1; p+2 < len(idx); p++ {
		name, relative, ok := s.asideOpening(idx, p)
		if !ok {
			continue
		}
		q, noun := s.asideClose(idx, p, name, relative)
		if q >= len(idx)-1 || !noun {
			continue
		}
		if anyVerb(s, idx[q+1:]) {
			out = append(out, aside{idx[p], idx[q]})
			p = q - 1 // its closing comma may open another: ", Jair Bolsonaro, whose ..., has"
		}
	}
	return out
}

// asideOpening reports whether the comma at idx[p], after a name or a noun, opens an
// aside: one that opens with a determiner, a number or a possessor, a relative
// pronoun or participle after a name, or a name after a noun ("Brazil's president,
// Jair Bolsonaro,"). name and relative tell which of the last two it is.
func (s *sentence) asideOpening(idx []int, p int) (name, relative, ok bool) {
	host := s.tag[idx[p-1]]
	if s.toks[idx[p]].text != "," || host != "PROPN" && host != "NOUN" {
		return false, false, false
	}
	first := idx[p+1]
	relative = s.relativeOpening(idx, p)
	name = host == "NOUN" && s.tag[first] == "PROPN" && s.toks[first].upper
	ok = s.phraseOpening(idx, p) || relative && host == "PROPN" || name
	return name, relative, ok
}

// relativeOpening: the word after the comma at idx[p] opens a relative clause ("X,
// who ...") or a participle's ("X, led by Y, ...").
func (s *sentence) relativeOpening(idx []int, p int) bool {
	first := idx[p+1]
	l := s.toks[first].lower
	return l == "who" || l == "whose" || l == "which" || s.participleOpening(idx, p)
}

// participleOpening: the word after the comma at idx[p] is a participle with an
// agent ("X, led by Y, ...").
func (s *sentence) participleOpening(idx []int, p int) bool {
	first := idx[p+1]
	return s.tag[first] == "VERB" && isParticiple(s.toks[first].lower, s.lemma[first]) && p+2 < len(idx) && s.toks[idx[p+2]].lower == "by"
}

// phraseOpening: the word after the comma at idx[p] opens a noun phrase with an
// article, a number or a possessor ("Iran, Assad's other main ally"), or after a name
// with "all" or "both" ("Japan and Australia, both donors to Aceh,").
func (s *sentence) phraseOpening(idx []int, p int) bool {
	first := idx[p+1]
	l := s.toks[first].lower
	return s.tag[first] == "DET" && (l == "the" || l == "a" || l == "an") || s.tag[first] == "NUM" ||
		s.tag[idx[p-1]] == "PROPN" && (l == "all" || l == "both") && p+2 < len(idx) && s.tag[idx[p+2]] != "VERB" || // "X, Y and Z, all large donors to Aceh,"
		s.tag[first] == "PROPN" && p+2 < len(idx) && s.toks[idx[p+2]].lower == "'s" ||
		s.tag[idx[p-1]] == "PROPN" && s.tag[first] == "NOUN" && !s.toks[first].upper && p+2 < len(idx) && s.toks[idx[p+2]].lower == "of" // "X, head of the UTO,"
}

// asideClose returns the position in idx of the comma that closes the aside opened at
// idx[p], and whether the aside holds a noun; past the end when a verb comes before any
// relative pronoun or participle, for then the commas set off a clause of its own.
func (s *sentence) asideClose(idx []int, p int, noun, clause bool) (int, bool) {
	q := p + 2
	for ; q < len(idx) && (s.toks[idx[q]].text != "," || clause && s.listGoesOn(idx, q)); q++ {
		k := idx[q]
		switch t := s.tag[k]; {
		case t == "NOUN" || t == "PROPN":
			noun = true
		case relativeWord(s.toks[k].lower) || t == "VERB" && noun:
			clause = true
		case (t == "VERB" || t == "AUX") && !clause:
			q = len(idx) // a clause of its own, no apposition
		}
	}
	return q, noun
}

// listGoesOn: the comma at idx[q] inside a clause set off by commas goes on with a list
// of nouns that "and" or "or" ends before the next comma ("X, which imposed sanctions
// on Russian banks, energy firms and defence companies, threatened"), not the clause's
// closing comma.
func (s *sentence) listGoesOn(idx []int, q int) bool {
	if q+1 < len(idx) && (s.toks[idx[q+1]].lower == "and" || s.toks[idx[q+1]].lower == "or") {
		return false // "X, led by Y, and Z": the list the aside is in goes on
	}
	for r := q + 1; r < len(idx) && r <= q+6; r++ {
		switch t := s.toks[idx[r]].lower; {
		case t == "and" || t == "or":
			return r+1 < len(idx) && (s.tag[idx[r+1]] == "NOUN" || s.tag[idx[r+1]] == "PROPN" || s.tag[idx[r+1]] == "ADJ" || s.tag[idx[r+1]] == "DET") && commaBeforeVerb(s, idx, r+1)
		case t == "," || s.tag[idx[r]] == "VERB" || s.tag[idx[r]] == "AUX":
			return false
		}
	}
	return false
}

// relativeWord: the pronouns that open a relative clause.
func relativeWord(w string) bool {
	return w == "who" || w == "that" || w == "which" || w == "whose" || w == "whom"
}

// anyVerb reports whether one of the tokens idx is a verb.
func anyVerb(s *sentence, idx []int) bool {
	verb := false
	for _, k := range idx {
		verb = verb || s.tag[k] == "VERB"
	}
	return verb
}

func withoutAsides(idx []int, asides []aside) []int {
	out := make([]int, 0, len(idx))
	for _, k := range idx {
		if !inAside(asides, k) {
			out = append(out, k)
		}
	}
	return out
}

type savedParse struct {
	tag, lemma, rel []string
	head, unitLen   []int
}

// splitClauses parses apart two clauses of a long sentence joined by ", and" or ",
// but" ("Russia has frozen its co-operation with Nato, and a Russian draft resolution
// ..., backed only by China and Namibia, was voted down"): given the whole, the parser
// hangs the second clause's words on the first's. Each side is parsed alone, and the
// split kept when each is a clause with a verb and a subject of its own ("Russia,
// Egypt, and the UAE back Haftar" has no clause before "and"); the second is joined to
// the first's root, and split again if it holds another.
func (s *sentence) splitClauses(m *syntax.Model, main []int) {
	if len(main) < longClauses {
		return
	}
	tries := 0
	for i := 5; i+5 < len(main) && tries < 2; i++ {
		c := main[i]
		if l := s.toks[c].lower; l != "and" && l != "but" || s.toks[main[i-1]].text != "," || !subjectOpening(s.tag[main[i+1]]) {
			continue // ", and sent troops": a verb of the same subject, no clause
		}
		if s.joinedToRoot(main, c) {
			continue // the parse has the second clause joined to the first's verb already
		}
		tries++
		first, second := main[:i], main[i+1:] // the comma closes the first
		saved := s.saveParse(main)
		s.parseTokens(m, first)
		s.parseTokens(m, second)
		r1, r2 := s.clauseRoot(first), s.clauseRoot(second)
		if r1 < 0 || r2 < 0 {
			s.restoreParse(main, saved)
			continue
		}
		s.head[r2], s.rel[r2] = r1, "conj"
		s.head[c], s.rel[c], s.tag[c] = r2, "cc", "CCONJ"
		s.splitClauses(m, second)
		return
	}
}

// joinedToRoot: among the tokens idx, a verb after the conjunction c is joined to their
// root, the first clause's verb, with a subject of its own between c and it.
func (s *sentence) joinedToRoot(idx []int, c int) bool {
	r := rootOf(s, idx)
	for _, v := range idx {
		if v <= c || s.tag[v] != "VERB" || s.rel[v] != "conj" || s.head[v] != r || r < 0 || s.tag[r] != "VERB" {
			continue
		}
		for _, k := range idx {
			if k > c && k < v && s.head[k] == v && base(s.rel[k]) == "nsubj" {
				return true
			}
		}
	}
	return false
}

// rootOf returns the root of the tokens idx, or -1.
func rootOf(s *sentence, idx []int) int {
	for _, k := range idx {
		if s.head[k] < 0 {
			return k
		}
	}
	return -1
}

// subjectOpening: a word of this tag may open a clause's subject.
func subjectOpening(tag string) bool {
	switch tag {
	case "DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM":
		return true
	}
	return false
}

// clauseRoot returns the root of the tokens idx when it is a verb with a subject of its
// own before it, or -1; not a relative clause's ("AQIM, which you know as AQIM").
func (s *sentence) clauseRoot(idx []int) int {
	r := rootOf(s, idx)
	if r < 0 || s.tag[r] != "VERB" || s.brokenRoot(idx) {
		return -1
	}
	subject := false
	for _, k := range idx {
		if s.head[k] != r {
			continue
		}
		if s.tag[k] == "PRON" && relativeWord(s.toks[k].lower) {
			return -1
		}
		subject = subject || k < r && base(s.rel[k]) == "nsubj"
	}
	if !subject {
		return -1
	}
	return r
}

// longClauses is how many tokens a piece needs for its clauses to be parsed apart.
const longClauses = 25

func (s *sentence) saveParse(idx []int) savedParse {
	var v savedParse
	for _, k := range idx {
		v.tag, v.lemma, v.rel, v.head = append(v.tag, s.tag[k]), append(v.lemma, s.lemma[k]), append(v.rel, s.rel[k]), append(v.head, s.head[k])
		v.unitLen = append(v.unitLen, s.unitLen[k])
	}
	return v
}

func (s *sentence) restoreParse(idx []int, v savedParse) {
	for i, k := range idx {
		s.tag[k], s.lemma[k], s.rel[k], s.head[k], s.unitLen[k] = v.tag[i], v.lemma[i], v.rel[i], v.head[i], v.unitLen[i]
	}
}

// asides finds the bracketed asides of tokens [from, to) that follow a word: "the
// Kachin Independence Army (KIA) attacked". The parser, which learnt from web text,
// reads a sentence far better without them, so each is parsed on its own and hung on
// the word before it.
func (s *sentence) asides(from, to int) []aside {
	var out []aside
	for i := from + 1; i < to; i++ {
		if j := s.dashClose(i, to); j > 0 {
			out = append(out, aside{i, j}) // "the accord - which Algeria mediated - has"
			i = j
			continue
		}
		if s.ageAside(i, to) {
			out = append(out, aside{i, i + 2}) // "Sharaa, 42, led HTS": a person's age
			i += 2
			continue
		}
		if s.toks[i].text != "(" || !s.toks[i-1].word {
			continue
		}
		for j := i + 1; j < to && j <= i+30; j++ {
			if t := s.toks[j].text; t == "(" {
				break
			} else if t == ")" {
				if j > i+1 && (j+1 < to || i > from+2) {
					out = append(out, aside{i, j})
				}
				i = j
				break
			}
		}
	}
	return out
}

// ageAside: the comma at i opens a person's age set off by commas after a name
// ("Ahmed al-Sharaa, 42, led HTS"), which the parser takes for a phrase of the name
// and so loses the verb after it.
func (s *sentence) ageAside(i, to int) bool {
	if s.toks[i].text != "," || i+3 >= to || s.toks[i+2].text != "," || !s.toks[i-1].word || !s.toks[i-1].upper {
		return false
	}
	n, err := strconv.Atoi(s.toks[i+1].text)
	return err == nil && n >= 16 && n <= 110
}

// bareDates returns the dates without a preposition between a name or noun and what
// follows, as a digest writes them ("JNIM 3 March ambushed an army convoy", "Army and
// VDP 15-20 March conducted ops"), each as an aside of its day and month: the parser
// takes the month for a second subject, so the sentence is parsed without them.
func (s *sentence) bareDates(from, to int) []aside {
	var out []aside
	for i := from + 1; i+1 < to; i++ {
		if !dayNumber(s.toks[i].text) || !s.toks[i-1].word && s.toks[i-1].text != ")" || datePreposition(s.toks[i-1].lower) {
			continue
		}
		m := i + 1
		if m+2 < to && s.toks[m].text == "-" && dayNumber(s.toks[m+1].text) {
			m += 2 // "15-20 March"
		}
		if month(s.toks[m].lower) {
			out = append(out, aside{i, m})
			i = m
		}
	}
	return out
}

// hangDates makes each date left out of the parse a modifier of time of the verb after
// it, or of the root.
func (s *sentence) hangDates(dates []aside, main []int) {
	for _, d := range dates {
		mon := d.close
		host := s.dateHost(main, mon)
		if host < 0 {
			continue
		}
		for k := d.open; k < mon; k++ {
			s.tag[k], s.lemma[k], s.rel[k], s.head[k] = "NUM", s.toks[k].lower, "nummod", mon
			if !s.toks[k].word {
				s.tag[k], s.rel[k] = "PUNCT", "punct"
			}
			s.unitLen[k] = len(main)
		}
		s.tag[mon], s.lemma[mon], s.rel[mon], s.head[mon] = "PROPN", s.toks[mon].lower, "obl:unmarked", host
		s.unitLen[mon] = len(main)
	}
}

// insertedDates finds the dates with "on" set between a subject and its verb ("The
// Turkish Armed Forces on March 1 launched", "Turkey on Feb. 27 struck"), which the
// parser reads as names of the phrase: each is left out of the parse and hung on the
// verb after it. A date ends the phrase "on" opens; a word in lower case that takes no
// phrase of its own follows it.
func (s *sentence) insertedDates(from, to int) []aside {
	var out []aside
	for i := from + 1; i+3 < to; i++ {
		if s.toks[i].lower != "on" || !s.toks[i-1].word || datePreposition(s.toks[i-1].lower) {
			continue
		}
		e := dateEnd(s.toks, i+1, to)
		if e < 0 || e >= to {
			continue
		}
		if e < to && isYear(s.toks[e].text) {
			e++ // "on 30 November 2021"
		}
		if e >= to {
			continue
		}
		if next := s.toks[e]; next.word && unicode.IsLower([]rune(next.text)[0]) && !datePreposition(next.lower) && !closedClass(next.lower) {
			out = append(out, aside{i, e - 1})
			i = e
		}
	}
	return out
}

// brokenDates returns the dates with "on" after which the parse has no verb of the
// clause: the word after the date is no verb, or one the parse made a modifier
// ("Turkey on Feb. 27 launched strikes" with "launched" an adjective of "strikes").
func (s *sentence) brokenDates(dates []aside) []aside {
	var out []aside
	for _, d := range dates {
		e := d.close + 1
		if s.tag[e] != "VERB" || s.rel[e] == "amod" || s.rel[e] == "acl" || s.rel[e] == "xcomp" || s.rel[e] == "compound" {
			out = append(out, d)
		}
	}
	return out
}

// dateEnd returns where a date of a day and a month starting at i ends ("March 1",
// "Feb. 27", "1 March"), or -1.
func dateEnd(toks []token, i, to int) int {
	m := i
	if dayNumber(toks[i].text) {
		m = i + 1
	}
	if m >= to || !month(strings.TrimSuffix(toks[m].lower, ".")) {
		return -1
	}
	if m > i {
		return m + 1
	}
	d := m + 1
	if d < to && toks[d].text == "." {
		d++
	}
	if d < to && dayNumber(toks[d].text) {
		return d + 1
	}
	return -1
}

// closedClass: an article, a pronoun, a conjunction or a preposition: no verb after a
// date.
func closedClass(w string) bool {
	switch w {
	case "the", "a", "an", "that", "which", "who", "whom", "when", "where", "while", "but", "if", "his", "her", "its", "their", "it", "he", "she", "they", "this", "these", "those",
		"with", "for", "against", "into", "over", "under", "near", "across", "along", "amid", "despite", "via", "toward", "towards", "without", "within", "around", "because", "so", "then", "not", "amongst", "among", "per", "following", "ahead", "alongside":
		return true
	}
	return false
}

// hangInsertedDates makes each date with "on" left out of the parse a modifier of time
// of the verb after it.
func (s *sentence) hangInsertedDates(dates []aside, main []int) {
	for _, d := range dates {
		host := s.dateHost(main, d.close)
		if host < 0 {
			continue
		}
		mon := d.open + 1
		for k := d.open + 1; k <= d.close; k++ {
			if month(strings.TrimSuffix(s.toks[k].lower, ".")) {
				mon = k
			}
		}
		for k := d.open; k <= d.close; k++ {
			s.tag[k], s.lemma[k], s.rel[k], s.head[k] = "NUM", s.toks[k].lower, "nummod", mon
			s.unitLen[k] = len(main)
			if !s.toks[k].word {
				s.tag[k], s.rel[k] = "PUNCT", "punct"
			}
		}
		s.tag[d.open], s.rel[d.open] = "ADP", "case"
		s.tag[mon], s.lemma[mon], s.rel[mon], s.head[mon] = "PROPN", s.toks[mon].lower, "obl", host
	}
}

// setAdverbials finds the set phrases that say how a clause is meant ("in effect",
// "for its part", "in fact") inside the tokens [from, to), with the commas that set
// them off: the parser reads "was in effect waging war" as a copula with "effect" and
// "Hanoi, for its part, accuses" with "Hanoi" an interjection, so they are parsed
// apart and hung on the verb after them. Not at the start, nor before a phrase of
// their own ("in return for aid").
func (s *sentence) setAdverbials(from, to int) []aside {
	if s.setAdverbial == nil {
		return nil
	}
	var out []aside
	for i := from + 1; i < to; i++ {
		n := s.setAdverbial(s.toks[:to], i)
		if n == 0 || i+n >= to {
			continue
		}
		if next := s.toks[i+n].lower; next == "for" || next == "of" || next == "to" || next == "with" || next == "that" {
			continue
		}
		open, end := i, i+n-1
		if s.toks[i-1].text == "," && s.toks[i+n].text == "," {
			open, end = i-1, i+n // ", for its part,"
		}
		if open <= from {
			continue
		}
		out = append(out, aside{open, end})
		i = end
	}
	return out
}

// timesInPerfect finds a phrase of time between "has", "have" or "had" and its
// participle ("Iran has for decades armed Hezbollah", "Russia has since 2015 backed
// Assad", "Egypt has in recent weeks stepped up", set off by commas or not): the
// parser reads the auxiliary as the main verb or a name, so the phrase is parsed apart
// and hung on the participle.
func (s *sentence) timesInPerfect(from, to int) []aside {
	var out []aside
	for i := from + 1; i+2 < to; i++ {
		comma := s.toks[i].text == "," // "Russia has, since 2015, backed Assad"
		if !perfectAuxiliary(s.toks[i-1].lower) || !timeOpening(s.toks[i].lower) && (!comma || !timeOpening(s.toks[i+1].lower)) {
			continue
		}
		for j := i + 1; j < to && j <= i+6 && (s.toks[j].word || comma && s.toks[j].text == ","); j++ {
			if perfectParticiple(s.toks[j].text) {
				if j > i+1 && comma == (s.toks[j-1].text == ",") {
					out = append(out, aside{i, j - 1})
				}
				break
			}
		}
	}
	return out
}

// phrasesBeforeComplement finds a prepositional phrase set off by commas between a
// verb and its infinitive, its clause or its object ("The General Assembly has voted,
// by a large majority, to condemn the invasion"; "Kenya agreed, after weeks of talks,
// to send troops"; "Russia vetoed, on Friday, the draft"): the parser takes what
// follows for the phrase's, so the phrase is parsed apart and hung on the verb after
// it or the root.
func (s *sentence) phrasesBeforeComplement(from, to int) []aside {
	var out []aside
	for i := from + 1; i+3 < to; i++ {
		if s.toks[i].text != "," || !participleForm(s.toks[i-1].text) || !phraseOpening(s.toks[i+1].lower) {
			continue
		}
		for j := i + 2; j+1 < to && j <= i+9; j++ {
			if s.toks[j].text == "," {
				if n := s.toks[j+1]; n.lower == "to" || n.lower == "that" || n.lower == "the" || n.upper && n.word {
					out = append(out, aside{i, j}) // "vetoed, on Friday, the draft"
				}
				break
			}
			if !s.toks[j].word {
				break
			}
		}
	}
	return out
}

// phraseOpening: a preposition that opens a phrase of manner, time or cause set off
// inside a clause.
func phraseOpening(w string) bool {
	switch w {
	case "by", "with", "after", "despite", "in", "for", "under", "without", "at", "following", "amid", "on":
		return true
	}
	return false
}

func perfectAuxiliary(w string) bool { return w == "has" || w == "have" || w == "had" }

// timeOpening: a preposition that opens a phrase of time inside a verb ("has for years
// given", "had since March supplied", "has over the past year sent").
func timeOpening(w string) bool {
	switch w {
	case "for", "since", "in", "over", "throughout", "during":
		return true
	}
	return false
}

// perfectParticiple: a word in lower case shaped as a past participle ("armed",
// "given", "sent", "been").
func perfectParticiple(w string) bool {
	if w != strings.ToLower(w) {
		return false
	}
	return participleForm(w) || len(w) > 4 && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn")) || w == "been" || w == "lent" || w == "kept" || w == "sold"
}

// hangAdverbials hangs each set phrase left out of the parse of main on the verb after
// it, or the root: its last word an oblique, the words before it that word's.
func (s *sentence) hangAdverbials(adverbials []aside, main []int) {
	for _, ad := range adverbials {
		host := s.dateHost(main, ad.close)
		if host < 0 {
			continue
		}
		last := ad.close
		for last > ad.open && !s.toks[last].word {
			last--
		}
		for k := ad.open; k <= ad.close; k++ {
			s.unitLen[k] = len(main)
			s.lemma[k], s.head[k] = s.toks[k].lower, last
			switch {
			case !s.toks[k].word:
				s.tag[k], s.rel[k], s.head[k] = "PUNCT", "punct", host
			case k == last:
				s.tag[k], s.rel[k], s.head[k] = "NOUN", "obl", host
			case possessiveWord(s.toks[k].lower):
				s.tag[k], s.rel[k] = "PRON", "nmod:poss"
			case k == ad.open || k == ad.open+1 && !s.toks[ad.open].word:
				s.tag[k], s.rel[k] = "ADP", "case"
			default:
				s.tag[k], s.rel[k] = "ADJ", "amod"
			}
		}
	}
}

// dateHost returns what a date left out of the parse of the tokens main, ending at
// end, hangs on: the first verb after it, else the root; -1 when there is neither.
func (s *sentence) dateHost(main []int, end int) int {
	host := -1
	for _, k := range main {
		if host < 0 && s.head[k] < 0 {
			host = k
		}
		if k > end && s.tag[k] == "VERB" {
			return k
		}
	}
	return host
}

// dayNumber: a day of the month, or a span of days ("3", "15-20").
func dayNumber(t string) bool {
	a, b, _ := strings.Cut(t, "-")
	return isDigits(a) && len(a) <= 2 && (b == "" || isDigits(b) && len(b) <= 2)
}

// month: the name of a month.
func month(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// datePreposition: a word that takes a date as its own ("on 3 March", "since 1 May").
func datePreposition(w string) bool {
	switch w {
	case "on", "in", "since", "until", "till", "by", "from", "to", "of", "between", "before", "after", "during", "through", "and", "or", "than", "as", "at":
		return true
	}
	return false
}

// dashClose returns the dash that closes a phrase set off by dashes opening at i
// ("Mali - the junta's ally - said"), or 0: dashes with spaces on both sides, three
// words or more between them, words after the closing one.
func (s *sentence) dashClose(i, to int) int {
	if !spacedDash(s, i) || !s.toks[i-1].word {
		return 0
	}
	for j := i + 1; j+1 < to && j <= i+30; j++ {
		if spacedDash(s, j) {
			if j > i+3 {
				return j
			}
			return 0
		}
	}
	return 0
}

// spacedDash: a dash with a space before and after ("Mali - the junta's ally - said").
func spacedDash(s *sentence, k int) bool {
	switch s.toks[k].text {
	case "-", "\u2013", "\u2014":
	default:
		return false
	}
	return k > 0 && k+1 < len(s.toks) && s.toks[k-1].end < s.toks[k].start && s.toks[k].end < s.toks[k+1].start
}

func inAside(asides []aside, i int) bool {
	for _, a := range asides {
		if i >= a.open && i <= a.close {
			return true
		}
	}
	return false
}

// parseAside parses what an aside holds and hangs it on the word before it (its
// phrase's head when that word is part of a name): an apposition when it names
// something, a parenthetical clause otherwise.
func (s *sentence) parseAside(m *syntax.Model, as aside) {
	idx := make([]int, 0, as.close-as.open-1)
	for k := as.open + 1; k < as.close; k++ {
		idx = append(idx, k)
	}
	s.parseTokens(m, idx)
	root := idx[0]
	for _, k := range idx {
		if s.head[k] < 0 {
			root = k
		}
	}
	host := as.open - 1
	for s.head[host] >= 0 && s.head[host] < host && (s.rel[host] == "flat" || s.rel[host] == "fixed") {
		host = s.head[host]
	}
	s.head[root], s.rel[root] = host, s.asideRel(as, root)
	for _, k := range []int{as.open, as.close} {
		s.tag[k], s.lemma[k], s.rel[k], s.head[k] = "PUNCT", s.toks[k].text, "punct", root
	}
}

// asideRel returns how the aside with the given root hangs on its host: a phrase set
// off by commas describes the name before it ("X, led by Y, ...", "X, who ..."); one in
// brackets names it, or, a participle's, describes it ("Hezbollah (funded and armed by
// Tehran)"), or stands beside the sentence.
func (s *sentence) asideRel(as aside, root int) string {
	t := s.tag[root]
	if s.toks[as.open].text == "," {
		switch l := s.toks[as.open+1].lower; {
		case l == "who" || l == "whose" || l == "which":
			return "acl:relcl"
		case t == "VERB":
			return "acl"
		}
		return "appos"
	}
	switch {
	case t == "NOUN" || t == "PROPN" || t == "NUM" || t == "PRON":
		return "appos"
	case t == "VERB" && isParticiple(s.toks[root].lower, s.lemma[root]) && root == as.open+1:
		return "acl"
	}
	return "parataxis"
}

// openingTime returns how many tokens a phrase of time takes that opens the sentence
// without a comma ("On Thursday the European Parliament backed ..."; "Last week
// Russia sent ..."): the parser, which learnt from web text, takes such a date for the
// sentence's head. 0 when there is none.
func (s *sentence) openingTime(to int, timeWord func(string) bool) int {
	k := 0
	if timePreposition(s.toks[0].lower) {
		k = 1
	}
	start := k
	for k < to && k < start+5 && (timeWord(s.toks[k].lower) || isDigits(s.toks[k].text)) {
		k++
	}
	for k > start && (s.toks[k-1].lower == "the" || s.toks[k-1].lower == "of") {
		k-- // "On Thursday the European Parliament": "the" is the name's
	}
	if k < to-2 && s.toks[k].text == "," && k > start {
		return k + 1 // "In January, government forces ...": the comma goes with it
	}
	if k == start || k >= to-2 || !s.toks[k].word {
		return 0
	}
	if start == 0 && (!timeWord(s.toks[0].lower) || !relativeTime(s.toks[0].lower)) {
		return 0 // a bare date opens no sentence but "Last week", "This month", "Earlier this evening"
	}
	return k
}

// timePreposition: the prepositions that open a phrase of time ("On Thursday",
// "Since March").
func timePreposition(w string) bool {
	switch w {
	case "on", "in", "since", "by", "until", "during":
		return true
	}
	return false
}

// relativeTime: the words that open a phrase of time counted from now ("Last week",
// "This month", "Earlier this evening").
func relativeTime(w string) bool {
	switch w {
	case "last", "this", "early", "late", "earlier", "later":
		return true
	}
	return false
}

// leadingQuote returns how many tokens a quotation takes that opens the sentence and
// that a verb of saying after it attributes ("\"We will support the African Union,\" a
// State Department spokesperson said."), its marks and comma included; 0 when there is
// none. The parser reads the two far better apart.
func (s *sentence) leadingQuote(to int, sayWord func(string) bool) int {
	if to < 6 || !isQuote(s.toks[0].text) {
		return 0
	}
	end := 1
	for end < to && !isQuote(s.toks[end].text) {
		end++
	}
	if end >= to-2 || end < 4 {
		return 0
	}
	end++ // past the closing mark
	if end < to && s.toks[end].text == "," {
		end++
	}
	for k := end; k < to && k < end+8; k++ {
		if sayWord(s.toks[k].lower) {
			return end
		}
	}
	return 0
}

// parseQuote parses a leading quotation's words on their own and hangs them on the
// verb of saying that the rest of the sentence, rest, has at its root.
func (s *sentence) parseQuote(m *syntax.Model, n int, rest []int) {
	var words, marks []int
	for k := 0; k < n; k++ {
		if isQuote(s.toks[k].text) || s.toks[k].text == "," && (k == n-1 || k == n-2) {
			marks = append(marks, k)
		} else {
			words = append(words, k)
		}
	}
	s.parseTokens(m, words)
	root, quote := -1, -1
	for _, k := range rest {
		if s.head[k] < 0 {
			root = k
			break
		}
	}
	for _, k := range words {
		if s.head[k] < 0 {
			quote = k
		}
	}
	if quote >= 0 && root >= 0 {
		s.head[quote], s.rel[quote] = root, "ccomp"
	}
	for _, k := range marks {
		s.tag[k], s.lemma[k], s.rel[k], s.head[k] = "PUNCT", s.toks[k].text, "punct", max(quote, 0)
	}
}

// openingParticiple returns the length of a participle's clause with its agent that
// opens the sentence up to its comma ("Backed by Russia, the Syrian army retook
// Aleppo"), or 0.
func (s *sentence) openingParticiple(to int) int {
	if to < 5 || s.toks[1].lower != "by" || !participleForm(s.toks[0].lower) {
		return 0
	}
	for k := 2; k < to-2 && k < 16; k++ {
		if s.toks[k].text == "," {
			return k + 1
		}
	}
	return 0
}

// openingPhraseWithParticiple returns the length of a prepositional phrase that opens
// the sentence and holds a participle describing its noun, with its comma ("In a video
// released last month, Shekau threatened ..."), which the parser takes for the
// sentence's verb; or 0.
func (s *sentence) openingPhraseWithParticiple(to int) int {
	switch s.toks[0].lower {
	case "in", "on", "at", "during", "after", "following", "with", "from", "under":
	default:
		return 0
	}
	participle := false
	for k := 2; k < to-3 && k < 14; k++ {
		switch t := s.toks[k]; {
		case t.text == ",":
			if participle {
				return k + 1
			}
			return 0
		case !t.word:
			return 0
		case participleForm(t.lower) && !t.upper:
			participle = true
		}
	}
	return 0
}

// participleForm: a word written as a past participle ("backed", "brokered", "led").
func participleForm(w string) bool {
	switch w {
	case "led", "held", "driven", "built", "sent", "made", "run", "won", "fought", "brought":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// parseOpeningParticiple parses the opening participle's clause of n tokens apart, and
// hangs it on the subject of the rest as what describes it: "Backed by Russia, the
// Syrian army retook Aleppo" reads as "the Syrian army, backed by Russia, retook".
func (s *sentence) parseOpeningParticiple(m *syntax.Model, n int, rest []int) {
	root, subj := -1, -1
	for _, k := range rest {
		if s.head[k] < 0 {
			root = k
		}
	}
	for _, k := range rest {
		if root >= 0 && s.head[k] == root && (s.rel[k] == "nsubj" || s.rel[k] == "nsubj:pass") {
			subj = k
		}
	}
	if subj < 0 {
		s.parseOpening(m, n, rest)
		return
	}
	idx := make([]int, n-1)
	for i := range idx {
		idx[i] = i
	}
	s.parseTokens(m, idx)
	for _, k := range idx {
		if s.head[k] < 0 {
			s.head[k], s.rel[k] = subj, "acl"
		}
	}
	s.tag[n-1], s.lemma[n-1], s.rel[n-1], s.head[n-1] = "PUNCT", ",", "punct", 0
}

// parseOpening parses an opening phrase of time on its own and hangs it on the root of
// the rest of the sentence, whose tokens are rest.
func (s *sentence) parseOpening(m *syntax.Model, n int, rest []int) {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	s.parseTokens(m, idx)
	root := -1
	for _, k := range rest {
		if s.head[k] < 0 {
			root = k
			break
		}
	}
	for _, k := range idx {
		if s.head[k] < 0 {
			s.head[k], s.rel[k] = root, "obl"
			if s.tag[k] != "NOUN" && s.tag[k] != "PROPN" && s.tag[k] != "NUM" {
				s.rel[k] = "advmod"
			}
		}
	}
}

// index lists each word's dependents.
func (s *sentence) index() {
	for i := range s.kids {
		s.kids[i] = s.kids[i][:0]
	}
	for i, h := range s.head {
		if h >= 0 {
			s.kids[h] = append(s.kids[h], i)
		}
	}
}

// repairToNoun mends "invited Venezuela to talks" parsed as "to talk": after "to" a
// verb stands in its base form, so a word in "-s" that the parser took for a verb
// there is a noun, and "to" its preposition.
func (s *sentence) repairToNoun() {
	for k := 1; k < len(s.toks); k++ {
		l := s.toks[k].lower
		if s.tag[k] != "VERB" || s.toks[k-1].lower != "to" || s.head[k-1] != k || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || s.lemma[k] == l {
			continue
		}
		s.tag[k], s.rel[k] = "NOUN", "obl"
		s.tag[k-1], s.rel[k-1] = "ADP", "case"
	}
}

// repairPrepositions mends "fought alongside Hamas" parsed with "alongside" as an
// adjective of "Hamas", which then becomes the verb's object: a preposition is no
// adjective, and the noun after it is the verb's oblique. A phrase of "alongside" hung
// on the verb's object is the verb's too.
func (s *sentence) repairPrepositions() {
	for k := range s.toks {
		switch s.toks[k].lower {
		case "alongside", "beside", "against", "amid", "despite", "towards", "toward":
		default:
			continue
		}
		n := s.head[k]
		if s.tag[k] == "ADP" || n <= k || s.rel[k] != "amod" && s.rel[k] != "advmod" && s.rel[k] != "compound" {
			continue
		}
		s.tag[k], s.rel[k] = "ADP", "case"
		if v := s.head[n]; v >= 0 && s.tag[v] == "VERB" && s.rel[n] == "obj" {
			s.rel[n] = "obl"
		}
	}
	s.repairAlongsideOnObject()
}

// repairAlongsideOnObject mends "brokered the truce alongside Qatar", "deployed troops
// alongside the army" parsed with the phrase hung on the verb's object: it says who
// else acts, or with whom, and is the verb's.
func (s *sentence) repairAlongsideOnObject() {
	for k := range s.toks {
		if w := s.toks[k].lower; w != "alongside" && w != "beside" || s.rel[k] != "case" {
			continue
		}
		if n := s.head[k]; n > k && s.rel[n] == "nmod" {
			if o := s.head[n]; o >= 0 && o < k && s.rel[o] == "obj" && s.head[o] >= 0 && s.tag[s.head[o]] == "VERB" {
				s.head[n], s.rel[n] = s.head[o], "obl"
			}
		}
	}
}

// repairOfHeadingName mends "the leader of Hayat Tahrir al-Sham", "imposed sanctions on
// Mohamed Hamdan Dagalo", "fighters from Jama'at Nusrat al-Islam" parsed with the
// preposition as a modifier of the noun before it and the name hung on the
// preposition: the preposition is the name's, and the name the noun's phrase. "by" is
// left to repairByHeadingName, whose name is an agent.
func (s *sentence) repairOfHeadingName() {
	for k := 1; k+1 < len(s.toks); k++ {
		if w := s.toks[k].lower; w != "by" && (w == "of" || s.tag[k] == "ADP") && s.prepositionHeadsName(k, w, "NOUN") {
			s.nameUnderPreposition(k, "nmod")
		}
	}
}

// prepositionHeadsName: the word at k is the preposition given, which the parser made a
// modifier of the word before it (of the tag given) and the head of the name after it.
func (s *sentence) prepositionHeadsName(k int, prep, tag string) bool {
	n, j := s.head[k], k+1
	return s.toks[k].lower == prep && s.rel[k] != "case" && n == k-1 && s.tag[n] == tag && s.head[j] == k && s.tag[j] == "PROPN"
}

// nameUnderPreposition makes the name after the preposition at k the dependent, with
// relation rel, of the word the preposition modified, and the preposition its case.
func (s *sentence) nameUnderPreposition(k int, rel string) {
	j := k + 1
	s.head[j], s.rel[j] = s.head[k], rel
	for _, c := range s.kids[k] {
		if c != j {
			s.head[c] = j
		}
	}
	s.head[k], s.rel[k], s.tag[k] = j, "case", "ADP"
	s.index()
}

// repairByHeadingName mends "commanded by General Hossein Salami" parsed with "by" as
// a modifier of the participle and the name hung on "by": "by" is the name's
// preposition, and the name the participle's agent.
func (s *sentence) repairByHeadingName() {
	for k := 1; k+1 < len(s.toks); k++ {
		if !s.prepositionHeadsName(k, "by", "VERB") {
			continue
		}
		rel := "obl"
		if v := k - 1; isParticiple(s.toks[v].lower, s.lemma[v]) {
			rel = "obl:agent"
		}
		s.nameUnderPreposition(k, rel)
	}
}

// repairWhatBeforeClause mends "struck what it described as Hezbollah positions"
// parsed with "what" the object of the clause after it and that clause the object of
// the verb: "what" is the verb's object, and the clause describes it.
func (s *sentence) repairWhatBeforeClause() {
	for w := 1; w+2 < len(s.toks); w++ {
		v2 := s.head[w]
		if s.toks[w].lower != "what" || s.rel[w] != "obj" || v2 <= w+1 || s.rel[v2] != "ccomp" {
			continue
		}
		v1 := s.head[v2]
		if v1 < 0 || v1 > w || s.tag[v1] != "VERB" || s.child(v1, "obj") >= 0 || s.child(v2, "nsubj") < 0 {
			continue
		}
		s.head[w], s.rel[w] = v1, "obj"
		s.head[v2], s.rel[v2] = w, "acl:relcl"
		s.index()
	}
}

// repairDepAsApposition mends a noun set off by commas after a name that the parser
// hung on it as a bare dependent ("Russia and Iran, Assad's main allies, stayed
// silent"): it is the name's apposition.
func (s *sentence) repairDepAsApposition() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "dep" || s.tag[k] != "NOUN" || h < 0 || h > k || s.tag[h] != "PROPN" {
			continue
		}
		st, end := s.spanStart(k), s.spanEnd(k)
		for st < k && s.tag[st] == "PUNCT" {
			st++ // the comma before it, which the parser may give the noun
		}
		for end > k+1 && s.tag[end-1] == "PUNCT" {
			end--
		}
		if st < 1 || end >= len(s.toks) || s.toks[st-1].text != "," || s.toks[end].text != "," {
			continue
		}
		s.rel[k] = "appos"
	}
}

// repairVerbOnLabel mends "called Russia's decision \"unconscionable\" and accused Moscow
// of ..." parsed with "accused" joined to the adjective: a verb with an object of its
// own joined by "and" to a modifier of its verb's object is the verb's conjunct.
func (s *sentence) repairVerbOnLabel() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "conj" || s.tag[k] != "VERB" || h < 0 || s.tag[h] != "ADJ" || s.child(k, "obj") < 0 || s.child(k, "nsubj") >= 0 {
			continue
		}
		o := s.head[h]
		if o < 0 || s.rel[h] != "amod" || s.rel[o] != "obj" || s.head[o] < 0 || s.tag[s.head[o]] != "VERB" {
			continue
		}
		s.head[k] = s.head[o]
		s.index()
	}
}

// repairAgentOnTime mends "was announced on Tuesday by US President Joe Biden" parsed
// with the agent hung on "Tuesday": a day or a date has no agent; the verb it hangs on
// does.
func (s *sentence) repairAgentOnTime(timeWord func(string) bool) {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "obl:agent" || h < 0 || s.tag[h] == "VERB" || !timeWord(s.lemma[h]) && !timeWord(s.toks[h].lower) {
			continue
		}
		if v := s.head[h]; v >= 0 && s.tag[v] == "VERB" {
			s.head[k] = v
			s.index()
		}
	}
}

// repairSubordinateRoot mends a sentence that opens with a clause of reason or
// concession ("Because the US designates Hezbollah a terrorist organisation and has no
// contact with it, his interlocutor was Nabih Berri") parsed with that clause as the
// main one and the main clause hung inside it: the first clause after a comma with a
// subject of its own is the sentence's, and the opening clause its adverbial.
func (s *sentence) repairSubordinateRoot() {
	v := slices.Index(s.head, -1)
	if v < 0 || s.child(v, "mark") != 0 || !subordinator(s.toks[0].lower) {
		return
	}
	for p := v + 1; p < len(s.toks); p++ {
		if s.rel[p] != "conj" && s.rel[p] != "parataxis" || s.child(p, "nsubj", "nsubj:pass") < 0 || !s.dominates(v, p) {
			continue
		}
		if st := determinedStart(s, s.child(p, "nsubj", "nsubj:pass")); st < 1 || s.toks[st-1].text != "," {
			continue
		}
		for _, c := range s.children(p, "cc") {
			s.head[c] = v // no conjunct any more
		}
		s.head[p], s.rel[p] = -1, "root"
		s.head[v], s.rel[v] = p, "advcl"
		for _, c := range s.children(v, "punct") {
			if c == len(s.toks)-1 {
				s.head[c] = p // the full stop
			}
		}
		s.index()
		return
	}
}

// repairClauseAfterObject mends "has backed the army since the war began" parsed with
// "since" as a preposition of "war", "the army" as the subject of "began", and "began" a
// conjunct of "backed": a conjunction before a clause marks the clause, which qualifies
// the main verb, and the noun before it is the main verb's object.
func (s *sentence) repairClauseAfterObject() {
	for k := range s.toks {
		n := s.head[k]
		if s.tag[k] != "SCONJ" || s.rel[k] != "case" || n < k || s.rel[n] != "nmod" {
			continue
		}
		m := s.head[n]
		if m < 0 || m > k || s.rel[m] != "nsubj" {
			continue
		}
		v := s.head[m]
		if v < n || s.tag[v] != "VERB" || s.rel[v] != "conj" && s.rel[v] != "parataxis" {
			continue
		}
		u := s.head[v]
		if u < 0 || u > m || s.tag[u] != "VERB" || s.child(u, "obj") >= 0 {
			continue
		}
		s.head[m], s.rel[m] = u, "obj"
		s.head[n], s.rel[n] = v, "nsubj"
		s.head[k], s.rel[k] = v, "mark"
		s.head[v], s.rel[v] = u, "advcl"
		s.index()
	}
}

// subordinator: a word that opens a clause of reason or concession.
func subordinator(w string) bool {
	switch w {
	case "because", "although", "though", "whereas", "while", "since":
		return true
	}
	return false
}

// repairWhatCalled mends "condemned what she called \"Russia's cynical move\"": the
// verb's object is "what", and what it names is the label of the clause on it; the
// label takes the place of "what" ("the end of what its ministry called Israel's
// aggression"), and the clause ("what she called") describes it.
func (s *sentence) repairWhatCalled(sayWord func(string) bool) {
	for w := range s.toks {
		v := s.head[w]
		if s.toks[w].lower != "what" || v < 0 || s.rel[w] == "nsubj" {
			continue
		}
		c := s.child(w, "acl:relcl")
		if c < 0 {
			continue
		}
		x := s.whatLabel(c, sayWord)
		if x < 0 && s.judgingVerb != nil && s.judgingVerb(s.lemma[c]) {
			x = s.labelHungOnVerb(v, c) // "condemned what it called \"brutal Israeli aggression\""
		}
		if x < 0 || x < c || s.tag[x] != "NOUN" && s.tag[x] != "PROPN" {
			continue
		}
		s.head[x], s.rel[x] = v, s.rel[w] // "the end of what its ministry called Israel's aggression": the end of the aggression
		for _, k := range s.children(w, "case") {
			s.head[k] = x
		}
		s.head[c], s.rel[c] = x, "acl:relcl"
		s.head[w], s.rel[w] = c, "obj"
		s.index()
	}
	s.repairWhatCalledAfterPrep()
}

// labelHungOnVerb returns the label of the verb of naming at c that the parser hung on
// the verb v that "what" depends on, as its complement right after c (a label in
// quotation marks); -1 if none.
func (s *sentence) labelHungOnVerb(v, c int) int {
	for _, k := range s.children(v, "xcomp", "obj") {
		if k > c && s.spanStart(k) == c+1 {
			return k
		}
	}
	return -1
}

// whatLabel returns what the clause c on "what" names: the label of a verb of naming
// ("what she called X", "what it described as Hezbollah positions", the phrase then
// taking the preposition of "what"), or the predicate of what a verb of saying says
// ("what the military said were hideouts of the BLA", its copula the clause's); -1.
func (s *sentence) whatLabel(c int, sayWord func(string) bool) int {
	switch {
	case s.judgingVerb != nil && s.judgingVerb(s.lemma[c]):
		if x := s.child(c, "xcomp", "obj"); x >= 0 {
			return x
		}
		for _, k := range s.children(c, "obl") {
			if s.prep(k) == "as" {
				as := s.child(k, "case")
				s.head[as], s.rel[as] = c, "mark"
				return k
			}
		}
	case sayWord(s.lemma[c]):
		for _, k := range s.children(c, "ccomp") {
			if cop := s.child(k, "cop"); cop >= 0 && s.child(k, "nsubj") < 0 {
				s.head[cop], s.rel[cop] = c, "aux"
				return k
			}
		}
	}
	return -1
}

// repairWhatCalledAfterPrep mends "welcomed the end of what its foreign ministry called
// Israel's aggression" parsed with "of" a clause of its own, "what" the object of the
// verb of judging and the noun fixed to "of": the noun is the phrase of "of", and the
// clause describes it; and "called for an end to what it called the RSF's siege" parsed
// with the phrase hung on the verb: "to" and "of" after a noun give it the noun.
func (s *sentence) repairWhatCalledAfterPrep() {
	for w := 1; w < len(s.toks); w++ {
		c, p := s.head[w], w-1
		if s.toks[w].lower != "what" || c <= w || s.rel[w] != "obj" || s.judgingVerb == nil || !s.judgingVerb(s.lemma[c]) || s.rel[c] != "acl:relcl" {
			continue
		}
		if s.whatCalledOnVerb(c, p) {
			continue
		}
		x, h := s.head[c], s.head[p]
		if x <= c || s.tag[x] != "NOUN" || s.head[x] != p || h < 0 || h >= p || s.tag[p] != "ADP" && s.tag[p] != "SCONJ" {
			continue
		}
		s.head[x], s.rel[x] = h, "nmod"
		if s.tag[h] == "VERB" {
			s.rel[x] = "obl"
		}
		s.head[p], s.rel[p], s.tag[p] = x, "case", "ADP"
		s.index()
	}
}

// repairCallsItself mends "The militia, which calls itself the Patriotic Resistance
// Army, has attacked Sudanese troops" parsed with the name the subject of a clause the
// relative verb says, and the noun the relative clause describes the root: the name is
// what the noun calls itself, and the noun is the subject of the verb after it.
func (s *sentence) repairCallsItself() {
	for c := range s.toks {
		n := s.head[c]
		if s.rel[c] != "acl:relcl" || n < 0 || s.rel[n] != "root" || c+1 >= len(s.toks) || !selfWord(s.toks[c+1].lower) || !namingVerb(s.lemma[c]) {
			continue
		}
		v := s.child(c, "ccomp")
		if v < 0 || s.tag[v] != "VERB" {
			continue
		}
		x := s.child(v, "nsubj")
		if x < 0 || x < c || s.tag[x] != "PROPN" {
			continue
		}
		s.head[x], s.rel[x] = c, "obj"
		s.head[v], s.rel[v] = -1, "root"
		s.head[n], s.rel[n] = v, "nsubj"
		for k, h := range s.head {
			if h == n && s.rel[k] == "punct" && k > x {
				s.head[k] = v
			}
		}
		s.index()
	}
}

// namingVerb: a verb that gives its object a name ("calls itself the CTRI", "a militia
// dubbed the Wagner Group").
func namingVerb(lemma string) bool {
	switch lemma {
	case "call", "name", "style", "dub":
		return true
	}
	return false
}

// selfWord: "itself" or "themselves", what a body calls itself.
func selfWord(w string) bool {
	return w == "itself" || w == "themselves"
}

// repairFlatAcrossConjunction mends "Hamas and Islamic Jihad said" parsed as one name,
// the second a flat part of the first: a name the dictionaries do not hold whole does
// not run across "and", so the second name is a conjunct of the first.
func (s *sentence) repairFlatAcrossConjunction() {
	for k, h := range s.head {
		if s.rel[k] != "flat" || h < 0 || h >= k || s.tag[k] != "PROPN" {
			continue
		}
		for c := h + 1; c < k; c++ {
			if s.tag[c] == "CCONJ" && (c >= len(s.knownName) || !s.knownName[c]) {
				s.head[k], s.rel[k] = h, "conj"
				s.head[c], s.rel[c] = k, "cc"
				s.index()
				break
			}
		}
	}
}

// repairPrepositionAsMark mends "Iran's strikes on Israel killed ten people" parsed
// with "on" as the mark of a clause whose subject is "Israel": a preposition right
// between the verb's subject and a second subject of the same verb opens a phrase of
// the first, and the second is no subject.
func (s *sentence) repairPrepositionAsMark() {
	for k := 1; k+1 < len(s.toks); k++ {
		v := s.head[k]
		if s.tag[k] != "ADP" || s.rel[k] != "mark" || v <= k {
			continue
		}
		var first, second = -1, -1
		for _, j := range s.children(v, "nsubj") {
			switch {
			case j < k && s.spanEnd(j) == k:
				first = j
			case j > k && s.spanStart(j) == k+1:
				second = j
			}
		}
		if first < 0 || second < 0 {
			continue
		}
		s.head[k], s.rel[k] = second, "case"
		s.head[second], s.rel[second] = first, "nmod"
		s.index()
	}
}

// repairPerfectSubject mends "Beijing, which, together with Moscow, has supplied most
// of the junta's weapons" parsed with "which" the subject of a passive: a verb with a
// perfect's "has" and an object, and no "been", is active.
func (s *sentence) repairPerfectSubject() {
	for k, v := range s.head {
		if s.rel[k] != "nsubj:pass" || v < 0 || s.child(v, "aux:pass", "obl:agent") >= 0 || s.child(v, "obj") < 0 {
			continue
		}
		if a := s.child(v, "aux"); a >= 0 && perfectAux(s.toks[a].text) {
			s.rel[k] = "nsubj"
		}
	}
}

// repairCompoundAcrossCase mends "has placed Bongo under house arrest" and "is fighting
// Boko Haram around Lake Chad" parsed with the name a compound of the noun after the
// preposition: a compound never stands before its head's preposition, so the name is
// the object of the verb the phrase belongs to.
func (s *sentence) repairCompoundAcrossCase() {
	for k, h := range s.head {
		if s.rel[k] != "compound" || h <= k+1 || s.tag[k] != "PROPN" {
			continue
		}
		c, v := compoundsCase(s, k, h), s.head[h]
		if c < 0 || c <= k || v < 0 || v > k || s.tag[v] != "VERB" || s.rel[h] != "obl" && s.rel[h] != "obj" || s.rel[h] == "obl" && s.child(v, "obj") >= 0 {
			continue
		}
		if !s.dominatesSpan(k, k+1, c) {
			continue // only the name's own words between it and the preposition
		}
		if s.rel[h] == "obj" {
			s.rel[h] = "obl" // the place the preposition opens is no object
			if d := s.head[c]; d != h && d > c && d < h && s.rel[d] == "compound" {
				s.head[c] = h // "around Lake Chad": the preposition is the whole name's
			}
		}
		s.head[k], s.rel[k] = v, "obj"
		s.index()
	}
}

// compoundsCase returns the preposition of the phrase h that the compound k was hung
// on: h's own, or one inside h's name ("Boko Haram around Lake Chad"); -1 if none.
func compoundsCase(s *sentence, k, h int) int {
	if c := s.child(h, "case"); c >= 0 {
		return c
	}
	return caseInside(s, k, h)
}

// caseInside returns a preposition between the compound at k and its head h that hangs
// on a word of h's name ("Boko Haram around Lake Chad"), or -1.
func caseInside(s *sentence, k, h int) int {
	for c := k + 1; c < h; c++ {
		if s.rel[c] == "case" && s.tag[c] == "ADP" && s.head[c] > c && s.head[c] <= h && s.headedBy(s.head[c], h) {
			return c
		}
	}
	return -1
}

// repairSubordinatorAsCase mends "broke off relations with India after New Delhi
// recognised the government of Bangladesh" parsed with "after" the preposition of "New
// Delhi" (or of "ambassador" in "recalled its ambassador after South Africa recognised")
// and "recognised" a second verb of the sentence's subject: a subordinator before a name
// and the verb right after it opens a clause whose subject the name is.
func (s *sentence) repairSubordinatorAsCase() {
	for c := range s.toks {
		n := s.head[c]
		if s.tag[c] != "SCONJ" || s.rel[c] != "case" || n <= c || base(s.rel[n]) != "obl" && base(s.rel[n]) != "nmod" || s.tag[n] != "PROPN" && s.tag[n] != "NOUN" {
			continue
		}
		v := s.spanEnd(n)
		if v >= len(s.toks) || s.tag[v] != "VERB" || s.rel[v] != "conj" || s.head[v] < 0 || !s.headedBy(n, s.head[v]) || s.child(v, "nsubj") >= 0 || s.child(v, "cc") >= 0 {
			continue
		}
		s.rel[v] = "advcl"
		s.head[n], s.rel[n] = v, "nsubj"
		s.head[c], s.rel[c] = v, "mark"
		s.index()
	}
}

// repairRelativeConjunct mends "the rebel coalition, which calls itself AFC/M23 and is
// led by Corneille Nangaa" parsed with "led" a second verb of the sentence's main
// clause: a verb with no subject of its own after "and" that closes a relative clause
// goes on that clause, whose subject it shares.
func (s *sentence) repairRelativeConjunct() {
	for v, h := range s.head {
		if s.rel[v] != "conj" || s.tag[v] != "VERB" || h < 0 || h >= v || s.child(v, "nsubj") >= 0 || s.child(v, "nsubj:pass") >= 0 {
			continue
		}
		c := s.child(v, "cc")
		if c < 1 || s.toks[c].lower != "and" {
			continue
		}
		for r := h + 1; r < c; r++ {
			w := s.child(r, "nsubj", "nsubj:pass")
			if s.rel[r] == "acl:relcl" && s.tag[r] == "VERB" && w >= 0 && relativeWord(s.toks[w].lower) && s.headedBy(c-1, r) && !s.headedBy(h, r) {
				s.head[v] = r // the relative clause's second verb
				s.index()
				break
			}
		}
	}
}

// repairAdverbPrepositions mends "fought alongside Malian troops" parsed with
// "alongside" an adverb of the verb and the noun after it the verb's object: the
// object's phrase starts right after the word, which is its preposition.
func (s *sentence) repairAdverbPrepositions() {
	for k, v := range s.head {
		if l := s.toks[k].lower; l != "alongside" && l != "beside" || v < 0 || v > k || s.rel[k] != "advmod" || s.tag[v] != "VERB" {
			continue
		}
		for _, o := range s.children(v, "obj") {
			if o > k && s.dominatesSpan(o, k+1, o) {
				s.tag[k], s.rel[k], s.head[k] = "ADP", "case", o
				s.rel[o] = "obl"
				s.index()
				break
			}
		}
	}
}

// repairActiveAgent mends "her country had stood by the Somali forces" parsed with "by
// the Somali forces" as a passive's agent: a verb with an active subject and no
// passive auxiliary has no agent, only an oblique with "by".
func (s *sentence) repairActiveAgent() {
	for k := range s.toks {
		v := s.head[k]
		if s.rel[k] != "obl:agent" || v < 0 || s.child(v, "nsubj") < 0 || s.child(v, "aux:pass", "nsubj:pass") >= 0 {
			continue
		}
		s.rel[k] = "obl"
	}
}

// repairAgentWithoutBy mends an agent the parser gave a verb with no "by" before it:
// in "General Tiani, now Niger's military ruler, toppled President Mohamed Bazoum" it
// made Bazoum the agent of "toppled". An agent has "by"; without it, the phrase right
// after a verb with no object is its object.
func (s *sentence) repairAgentWithoutBy() {
	for k := range s.toks {
		v := s.head[k]
		if s.rel[k] != "obl:agent" || v < 0 || v > k || s.child(k, "case") >= 0 || s.child(v, "aux:pass") >= 0 {
			continue
		}
		s.rel[k] = "obl"
		if s.child(v, "obj") < 0 && s.spanStart(k) == v+1 {
			s.rel[k] = "obj"
		}
	}
}

// repairAgentOfObject mends "Biden condemned the rocket attacks by Hamas" parsed with
// "by Hamas" on the verb: an active verb has no agent, so a "by" phrase right after
// its object that names someone (a name, a pronoun, or a noun with an article or an
// adjective, not "by air" or "by force") is the object's: the doer of the act it names.
func (s *sentence) repairAgentOfObject() {
	for k := range s.toks {
		v := s.head[k]
		if v < 0 || s.rel[k] != "obl" || s.prep(k) != "by" || s.tag[v] != "VERB" || s.passive(v) || s.child(v, "nsubj") < 0 {
			continue
		}
		o := s.child(v, "obj")
		if o < 0 || o > k || s.tag[o] != "NOUN" || s.spanEnd(o) != s.spanStart(k) || !s.namesSomeone(k) {
			continue
		}
		s.head[k], s.rel[k] = o, "nmod"
		s.index()
	}
}

// repairFollowing mends "sent soldiers to fight alongside Kabila's forces, following
// talks in Tripoli" parsed with "following" an adjective and "talks" one more of the
// forces: "following" (and "pending") before a noun is a preposition of time, and its
// phrase hangs on what the list it was put in hangs on.
func (s *sentence) repairFollowing() {
	for k := range s.toks {
		h := s.head[k]
		if l := s.toks[k].lower; l != "following" && l != "pending" || s.rel[k] != "amod" || h <= k {
			continue
		}
		if s.rel[h] != "conj" {
			s.repairFollowingInObject(k, h)
			continue
		}
		top := s.climb(h, "conj")
		v := s.head[top]
		if v < 0 {
			continue
		}
		s.tag[k], s.rel[k] = "ADP", "case"
		s.head[h], s.rel[h] = v, "nmod"
		if s.tag[v] == "VERB" {
			s.rel[h] = "obl"
		}
		s.index()
	}
}

// repairFollowingInObject mends "signed the Ankara Declaration following talks
// mediated by Erdogan" parsed as one noun phrase, the declaration a modifier of
// "talks": the noun before "following" is the verb's object, and "following talks" a
// phrase of time of the verb.
func (s *sentence) repairFollowingInObject(k, h int) {
	n, v := k-1, s.head[h]
	if n < 1 || s.head[n] != h || s.rel[n] != "compound" || v < 0 || s.tag[v] != "VERB" || s.rel[h] != "obj" {
		return
	}
	s.head[n], s.rel[n] = v, "obj"
	for _, d := range s.children(h, "det", "nmod:poss", "amod") {
		if d < n {
			s.head[d] = n // "the" is the declaration's
		}
	}
	s.tag[k], s.rel[k] = "ADP", "case"
	s.rel[h] = "obl"
	s.index()
}

// question: the sentence asks rather than says: it ends with a question mark (before
// any closing quotation mark or bracket).
func (s *sentence) question() bool {
	for k := len(s.toks) - 1; k >= 0; k-- {
		switch t := s.toks[k].text; {
		case t == "?":
			return true
		case isQuote(t) || t == ")":
			continue
		default:
			return false
		}
	}
	return false
}

// repairProfileLine mends a line of a key-players box, "Debretsion Gebremichael:
// Chairman of the TPLF.", parsed as two fragments: a name of two to four capitalised
// words and a colon that open a line, then a noun phrase, are a name and its
// description in apposition.
func (s *sentence) repairProfileLine() {
	c := 0
	for c < len(s.toks) && c < 5 && s.toks[c].text != ":" {
		if !s.toks[c].upper || !s.toks[c].word || s.tag[c] != "PROPN" && s.tag[c] != "NOUN" {
			return // "On Iran: Iran has been ...": a heading, no name
		}
		c++
	}
	if c < 2 || c >= len(s.toks)-1 || s.toks[c].text != ":" || !s.toks[0].newline {
		return
	}
	r := -1
	for k := c + 1; k < len(s.toks); k++ {
		if h := s.head[k]; h < c+1 {
			r = k
			break
		}
	}
	if r < 0 || s.tag[r] != "NOUN" && s.tag[r] != "PROPN" {
		return // "Abiy Ahmed: Sent the army into Tigray": no description
	}
	for k := 0; k < c; k++ {
		s.tag[k], s.lemma[k], s.rel[k], s.head[k] = "PROPN", s.toks[k].text, "flat", 0
	}
	s.rel[0], s.head[0] = "root", -1
	s.rel[c], s.head[c] = "punct", 0
	s.rel[r], s.head[r] = "appos", 0
	s.index()
}

// repairAsAfterClause mends "regards the TPLF, which ran Ethiopia during the war, as
// an arch-enemy" parsed with "as an arch-enemy" in the relative clause: an "as" phrase
// after the comma that closes a relative clause on a verb's object is the verb's.
func (s *sentence) repairAsAfterClause() {
	for k := range s.toks {
		v := s.head[k]
		if v < 0 || base(s.rel[k]) != "obl" || s.prep(k) != "as" || !strings.HasSuffix(s.rel[v], "relcl") {
			continue
		}
		o := s.head[v]
		if o < 0 || s.rel[o] != "obj" && s.tag[o] != "VERB" {
			continue
		}
		main := o
		if s.tag[o] != "VERB" {
			main = s.head[o]
		}
		st := s.spanStart(k)
		if s.toks[st].text != "," && st > 0 {
			st-- // the comma may hang on the phrase or before it
		}
		if main < 0 || s.tag[main] != "VERB" || s.toks[st].text != "," || st <= v {
			continue
		}
		s.head[k] = main
		s.index()
	}
}

// repairIdiomPhrases mends "agreed in principle on a ceasefire" parsed with "on a
// ceasefire" on "principle": the noun of a set phrase of manner ("in principle", "in
// turn", "in public") takes no phrase of its own, so what hangs on it hangs on its
// verb.
func (s *sentence) repairIdiomPhrases() {
	for k := range s.toks {
		v := s.head[k]
		if v < 0 || s.tag[v] != "VERB" || s.rel[k] != "obl" || s.prep(k) != "in" || !idiomNoun(s.toks[k].lower) || s.child(k, "det", "amod", "nmod:poss") >= 0 {
			continue
		}
		for _, c := range s.children(k, "nmod") {
			if c > k {
				s.head[c], s.rel[c] = v, "obl"
			}
		}
		s.index()
	}
}

// repairSideBySide reads "side by side with", "shoulder to shoulder with" as one
// preposition of the noun after it, which is the verb's oblique ("fought side by side
// with the FDLR"): the parser makes "side" an object and the noun hang on the second.
func (s *sentence) repairSideBySide() {
	for k := 0; k+4 < len(s.toks); k++ {
		w := s.toks[k].lower
		if w != "side" && w != "shoulder" || s.toks[k+2].lower != w || s.toks[k+1].lower != "by" && s.toks[k+1].lower != "to" || s.toks[k+3].lower != "with" {
			continue
		}
		n := s.head[k+3]
		v := s.head[k]
		for v >= 0 && s.tag[v] != "VERB" && v != n {
			v = s.head[v]
		}
		if n <= k+3 || v < 0 || s.tag[v] != "VERB" {
			continue
		}
		s.head[n], s.rel[n] = v, "obl"
		s.head[k], s.rel[k], s.tag[k] = n, "case", "ADP"
		for j := k + 1; j <= k+3; j++ {
			s.head[j], s.rel[j] = k, "fixed"
		}
		s.index()
	}
}

// repairParticleInName mends a name whose particle the tagger took for a common word
// ("Fernando Dias da Costa", "Ursula von der Leyen" with "da" a noun): a particle of
// names between two capitalised names is a word of the one name.
func (s *sentence) repairParticleInName() {
	for k := 1; k+1 < len(s.toks); k++ {
		if !s.lowerParticle(k) {
			continue
		}
		j := k + 1
		for j+1 < len(s.toks) && s.lowerParticle(j) {
			j++ // "von der Leyen"
		}
		if !s.capitalName(k-1) || !s.capitalName(j) {
			continue
		}
		h := k - 1
		for s.rel[h] == "flat" && s.head[h] >= 0 && s.head[h] < h {
			h = s.head[h]
		}
		for i := k; i <= j; i++ {
			s.tag[i] = "PROPN"
			if i != h {
				s.head[i], s.rel[i] = h, "flat"
			}
		}
		s.index()
		k = j
	}
}

// repairCapitalsBeforeHyphen mends a name whose first part is written in capitals and
// joined by a hyphen ("RED-Tabara") with that part tagged a common word ("red"): it is
// a word of the name.
func (s *sentence) repairCapitalsBeforeHyphen() {
	for k := 0; k+2 < len(s.toks); k++ {
		n := k + 2
		if s.tag[k] == "PROPN" || len(s.toks[k].text) < 2 || !isAllCaps(s.toks[k].text) || s.toks[k+1].text != "-" || !s.capitalName(n) || s.head[k] != n {
			continue
		}
		s.tag[k], s.rel[k] = "PROPN", "compound"
		s.index()
	}
}

// lowerParticle: the word at k is a particle of names in lower case that the tagger
// took for a common word ("da", "dos", "von"); not "e", "y" or "an", which are common
// words of other languages too.
func (s *sentence) lowerParticle(k int) bool {
	w := s.toks[k].lower
	return s.tag[k] != "PROPN" && !s.toks[k].upper && w != "e" && w != "y" && w != "an" && nameParticle(w)
}

// capitalName: the word at k is a capitalised proper noun.
func (s *sentence) capitalName(k int) bool {
	return s.tag[k] == "PROPN" && s.toks[k].upper
}

// idiomNoun: the noun of a set phrase of manner with "in".
func idiomNoun(w string) bool {
	switch w {
	case "principle", "turn", "part", "particular", "practice", "theory", "public", "private", "person", "writing", "effect", "full", "secret":
		return true
	}
	return false
}

// namesSomeone: the phrase at k is a name, a pronoun, or a noun with an article, a
// possessor or an adjective ("the Syrian regime"), not a bare noun of means ("air").
func (s *sentence) namesSomeone(k int) bool {
	if s.tag[k] == "PROPN" || s.tag[k] == "PRON" {
		return true
	}
	return s.tag[k] == "NOUN" && s.child(k, "det", "nmod:poss", "amod") >= 0
}

// repairPunctHeads gives a word the parser hung on a punctuation mark (an apposition
// after a comma) the mark's own head: nothing depends on punctuation.
func (s *sentence) repairPunctHeads() {
	for i := range s.head {
		for n := 0; n < 4 && s.head[i] >= 0 && s.tag[s.head[i]] == "PUNCT" && s.tag[i] != "PUNCT"; n++ {
			s.head[i] = s.head[s.head[i]]
		}
	}
}

// repair mends the parser's most frequent mistake with a clause inserted between a
// subject and its verb ("Haftar, whose militia controls the east, has been supported
// by Russia"): it gives the inserted clause's verb two subjects. A clause has one; the
// subject before the relative pronoun belongs to the next verb that has none, and the
// inserted clause describes it.
func (s *sentence) repair() {
	for v := range s.toks {
		subs := s.children(v, "nsubj", "nsubj:pass")
		if len(subs) < 2 {
			continue
		}
		rel, other := -1, -1
		for _, k := range subs {
			if s.isRelative(k) {
				rel = k
			} else if other < 0 {
				other = k
			}
		}
		if rel < 0 || other < 0 || other > rel {
			continue
		}
		if w := s.nextSubjectless(v); w >= 0 {
			s.head[other], s.rel[other] = w, "nsubj"
			if s.passive(w) {
				s.rel[other] = "nsubj:pass"
			}
			s.head[v], s.rel[v] = other, "acl:relcl"
			s.index()
		}
	}
}

// repairObjectRelative mends "Hezbollah, which Washington designates a terrorist
// organisation" parsed with "which" and "Washington" both subjects of the verb: a
// relative word before the verb's subject is its object.
// repairBareRelative mends a relative clause without "that" on a noun, read as a
// clause of the verb the noun hangs on: in "Israel is counting on the Abraham Accords it
// signed with the UAE" it made "it signed" a complement of "counting". A clause that
// opens with its subject right after the noun, whose verb of the frames has no object,
// describes the noun, its object.
func (s *sentence) repairBareRelative() {
	for v := range s.toks {
		h, n := s.head[v], s.child(v, "nsubj")
		if s.tag[v] != "VERB" || s.rel[v] != "ccomp" || h < 0 || h > v || n < 1 || n > v || s.child(v, "obj", "mark") >= 0 || s.frameVerb == nil || !s.frameVerb(s.lemma[v]) {
			continue
		}
		N := n - 1
		if s.spanStart(n) != n || s.tag[N] != "NOUN" && s.tag[N] != "PROPN" || s.head[N] != h || base(s.rel[N]) != "obj" && base(s.rel[N]) != "obl" {
			continue
		}
		s.head[v], s.rel[v] = N, "acl:relcl"
		s.index()
	}
}

// repairVerbSeries mends a series of verbs of one subject ("Nigeria recognized the
// MPLA government, denounced South African intervention and pledged $20 million") that
// the parser read with the second verb a participle describing the first verb's
// object: a verb after a comma with an object of its own and a verb joined to it by
// "and" is the first verb's conjunct.
func (s *sentence) repairVerbSeries() {
	for c := 1; c < len(s.toks); c++ {
		h := s.head[c]
		if h < 0 || s.rel[c] != "acl" || s.tag[c] != "VERB" || s.toks[c-1].text != "," || s.child(c, "obj") < 0 || s.rel[h] != "obj" || s.head[h] < 0 {
			continue
		}
		v := s.head[h]
		series := false
		for _, k := range s.children(c, "conj") {
			if cc := s.child(k, "cc"); cc >= 0 && s.toks[cc].lower == "and" && s.tag[k] == "VERB" && s.child(k, "nsubj") < 0 {
				series = true
			}
		}
		if !series || s.tag[v] != "VERB" || s.child(c, "nsubj") >= 0 {
			continue
		}
		s.head[c], s.rel[c] = v, "conj"
		s.index()
	}
}

// repairRelativeAsAdverbial mends a relative clause with "that" on the subject, read
// as a clause of the main verb ("The Alvor agreement that Portugal signed with the
// MPLA collapsed"): a clause between a subject and its verb, opened by "that" and with
// a subject but no object of its own, describes the subject, "that" its object.
func (s *sentence) repairRelativeAsAdverbial() {
	for c := range s.toks {
		v := s.head[c]
		if v < 0 || s.rel[c] != "advcl" || c > v || s.tag[c] != "VERB" || s.child(c, "nsubj") < 0 || s.child(c, "obj", "ccomp", "xcomp") >= 0 {
			continue
		}
		m := s.child(c, "mark")
		n := s.child(v, "nsubj")
		if m < 0 || s.toks[m].lower != "that" || n < 0 || n != m-1 || n > c {
			continue
		}
		s.head[c], s.rel[c] = n, "acl:relcl"
		s.rel[m], s.tag[m] = "obj", "PRON"
		s.index()
	}
}

// repairRelativeOnVerb mends a relative clause set off by a comma after a noun that the
// parser hung on the main verb ("seized the field from the Sudanese army, which has
// been at war with the RSF since 2023"): "which" or "who" right after the comma stands
// for the noun before it.
func (s *sentence) repairRelativeOnVerb() {
	for c := range s.toks {
		if s.rel[c] != "advcl:relcl" || s.head[c] < 0 {
			continue
		}
		w := s.child(c, "nsubj", "nsubj:pass")
		if w < 2 || s.toks[w].lower != "which" && s.toks[w].lower != "who" || s.toks[w-1].text != "," {
			continue
		}
		n := w - 2
		for s.head[n] > n && n+1 < w-1 && (s.rel[n] == "flat" || s.rel[n] == "compound") {
			n = s.head[n]
		}
		if s.tag[n] != "NOUN" && s.tag[n] != "PROPN" || s.headedBy(n, c) {
			continue
		}
		s.head[c], s.rel[c] = n, "acl:relcl"
		s.index()
	}
}

// repairRelativeBeforeVerb mends a relative clause whose object is the noun before it,
// its subject a name and its verb right before the sentence's own verb ("The council
// that Abdel Fattah al-Burhan chairs rejected the plan", "The command that Ahmed
// al-Sharaa heads named him president"), which the parser read as one verb's object or
// a name's modifier: the first verb describes the noun, which does the second.
func (s *sentence) repairRelativeBeforeVerb() {
	for r := 1; r+3 < len(s.toks); r++ {
		if v1, v2 := s.relativeBeforeVerb(r); v1 > 0 {
			s.hangRelativeBeforeVerb(r, v1, v2)
			return
		}
	}
}

// relativeBeforeVerb returns the relative clause's verb and the sentence's verb when
// the relative pronoun at r, after a noun, opens a clause of a name and a verb that
// the sentence's verb follows ("the council that Burhan chairs rejected"); else 0, 0.
func (s *sentence) relativeBeforeVerb(r int) (v1, v2 int) {
	if l := s.toks[r].lower; l != "that" && l != "which" && l != "whom" || s.tag[r-1] != "NOUN" && s.tag[r-1] != "PROPN" {
		return 0, 0
	}
	v1 = r + 1
	for v1 < len(s.toks) && (s.tag[v1] == "PROPN" || s.toks[v1].text == "-" && v1 > r+1) {
		v1++
	}
	v2 = v1 + 1
	if v1 == r+1 || v2 >= len(s.toks) || !s.finiteVerb(v1) || !s.finiteVerb(v2) {
		return 0, 0
	}
	if s.rel[v1] == "acl:relcl" && s.head[v1] == r-1 && s.head[v2] != v1 {
		return 0, 0 // parsed so already
	}
	return v1, v2
}

// finiteVerb: the word at k is a verb in a form other than its plain one ("chairs",
// "rejected").
func (s *sentence) finiteVerb(k int) bool {
	return s.tag[k] == "VERB" && s.toks[k].lower != s.lemma[k]
}

// hangRelativeBeforeVerb hangs the clause of the pronoun at r, its name and its verb
// v1 on the noun before r, which becomes the subject of the sentence's verb v2.
func (s *sentence) hangRelativeBeforeVerb(r, v1, v2 int) {
	n := r - 1
	for k := range s.toks {
		if k > v2 && s.head[k] == v1 {
			s.head[k] = v2
		}
	}
	for k := r + 2; k < v1; k++ {
		s.head[k], s.rel[k] = r+1, "flat"
		if s.toks[k].text == "-" {
			s.rel[k] = "punct"
		}
	}
	s.head[v2], s.rel[v2] = -1, "root"
	s.head[n], s.rel[n] = v2, "nsubj"
	s.head[v1], s.rel[v1] = n, "acl:relcl"
	s.head[r], s.rel[r] = v1, "obj"
	s.head[r+1], s.rel[r+1] = v1, "nsubj"
	for k := range s.toks {
		if k != v2 && s.head[k] < 0 {
			s.head[k], s.rel[k] = v2, "dep"
		}
	}
	s.index()
}

// repairObjectRelativeOnNoun mends an object relative clause ("the Military Operations
// Command that Ahmed al-Sharaa heads") that the parser hung on a noun further back
// ("spokesman for the ... Command that ...") with its pronoun a mark: the clause
// describes the noun right before its pronoun, which is its object.
func (s *sentence) repairObjectRelativeOnNoun() {
	for v := range s.toks {
		r := s.child(v, "mark")
		if s.rel[v] != "acl:relcl" || r < 1 || s.toks[r].lower != "that" && s.toks[r].lower != "which" || s.child(v, "nsubj") <= r {
			continue
		}
		n, h := r-1, s.head[v]
		if s.tag[n] != "NOUN" && s.tag[n] != "PROPN" || n == h || h < 0 || !s.headedBy(n, h) {
			continue
		}
		s.head[v] = n
		s.rel[r] = "obj"
		s.index()
	}
}

func (s *sentence) repairObjectRelative() {
	moved := false
	for v := range s.toks {
		subs := s.children(v, "nsubj")
		if len(subs) != 2 || subs[0] > subs[1] || subs[1] > v || s.tag[subs[0]] != "PRON" || s.child(subs[1], "case") >= 0 {
			continue
		}
		if !relativeWord(s.toks[subs[0]].lower) {
			continue
		}
		s.rel[subs[0]] = "obj"
		moved = true
	}
	if moved {
		s.index()
	}
}

// repairWhose mends "whose" the parser made an argument of the clause's verb ("France,
// whose President Francois Mitterrand telephoned Mrs. Thatcher", read as the object of
// "telephoned"): "whose" only ever owns the noun phrase right after it.
func (s *sentence) repairWhose() {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.toks[k].lower != "whose" || s.rel[k] == "nmod:poss" {
			continue
		}
		n := k + 1
		for n < len(s.toks)-1 && n < k+4 && s.tag[n] == "ADJ" {
			n++ // "whose Revolutionary Guards"
		}
		if !nominal(s.tag[n]) {
			continue
		}
		for s.head[n] > n && nominal(s.tag[s.head[n]]) && s.rel[n] != "nsubj" && s.rel[n] != "obj" {
			n = s.head[n] // "whose President Francois Mitterrand": the name the title is on
		}
		s.head[k], s.rel[k] = n, "nmod:poss"
		s.index()
	}
}

// repairWhoseClauseRoot mends a name with a "whose" clause set off by commas that the
// parser read as the sentence's main clause: in "Fidel Castro, whose Marxist government
// has little in common with the generals, nonetheless offered Argentina his solidarity"
// it made "has" the root and "offered" its conjunct. The verb after the clause, with no
// subject of its own, is the sentence's, and the name its subject; the clause
// describes the name.
func (s *sentence) repairWhoseClauseRoot() {
	for k := 2; k < len(s.toks); k++ {
		name, v := s.whoseClauseAsRoot(k)
		if v < 0 {
			continue
		}
		main := s.verbAfterClause(v)
		if main < 0 {
			continue
		}
		s.head[main], s.rel[main] = -1, "root"
		s.head[v], s.rel[v] = name, "acl:relcl"
		s.head[name], s.rel[name] = main, "nsubj"
		for _, c := range s.children(v, "punct") {
			if c > main {
				s.head[c] = main // the full stop
			}
		}
		s.index()
	}
}

// repairWhoseClause mends ", whose troops have fought ..." that the parser hung on the
// main verb as a clause of its own ("makes no mention of Eritrea, whose troops have
// fought"): a clause opened by "whose" after a comma describes the noun before the
// comma. A clause made the root is repairWhoseClauseRoot's.
func (s *sentence) repairWhoseClause() {
	for k := 2; k < len(s.toks); k++ {
		if s.toks[k].lower != "whose" || s.toks[k-1].text != "," || s.rel[k] != "nmod:poss" {
			continue
		}
		n := s.head[k]
		if n < 0 || base(s.rel[n]) != "nsubj" || s.head[n] < 0 {
			continue
		}
		v := s.head[n]
		if s.rel[v] == "acl:relcl" || s.rel[v] == "root" || s.tag[v] != "VERB" {
			continue
		}
		name := k - 2
		for s.head[name] >= 0 && s.head[name] < k-1 && s.rel[name] != "nmod" && s.rel[name] != "obj" && s.rel[name] != "obl" {
			name = s.head[name] // "Cuban President Fidel Castro": the name's own head
		}
		if !nominal(s.tag[name]) {
			continue
		}
		if s.dominates(v, name) {
			s.whoseClauseOverName(name, v)
			continue
		}
		s.head[v], s.rel[v] = name, "acl:relcl"
		s.index()
	}
}

// whoseClauseOverName mends "MINUSMA, whose troops have relied on French air cover,
// stayed" parsed with the name hung on the clause's verb and the clause on the main
// verb after it: the name is the main verb's subject, and the clause describes it.
func (s *sentence) whoseClauseOverName(name, v int) {
	main := s.head[v]
	switch s.rel[name] {
	case "vocative", "dep", "nsubj":
	default:
		return
	}
	if s.head[name] != v || main <= v || s.tag[main] != "VERB" || s.child(main, "nsubj") >= 0 || s.rel[v] != "ccomp" && s.rel[v] != "parataxis" {
		return
	}
	s.head[name], s.rel[name] = main, "nsubj"
	s.head[v], s.rel[v] = name, "acl:relcl"
	s.index()
}

// whoseClauseAsRoot returns the name before ", whose" at k and the verb of the clause
// when the parser made that verb the root; v is -1 otherwise.
func (s *sentence) whoseClauseAsRoot(k int) (name, v int) {
	if s.toks[k].lower != "whose" || s.toks[k-1].text != "," || s.rel[k] != "nmod:poss" {
		return -1, -1
	}
	n := s.head[k]
	if n < 0 || s.rel[n] != "nsubj" || s.head[n] < 0 {
		return -1, -1
	}
	v = s.head[n]
	if s.rel[v] != "root" || s.tag[v] != "VERB" && s.tag[v] != "AUX" {
		return -1, -1
	}
	name = k - 2
	for s.head[name] >= 0 && s.head[name] < k-1 {
		name = s.head[name] // "Cuban President Fidel Castro": the name's own head
	}
	if !nominal(s.tag[name]) {
		return -1, -1
	}
	return name, v
}

// verbAfterClause returns the first verb after a comma under the clause of v with no
// subject, conjunction or marker of its own, or -1.
func (s *sentence) verbAfterClause(v int) int {
	for c := v + 1; c < len(s.toks); c++ {
		switch s.rel[c] {
		case "conj", "acl", "advcl", "parataxis":
			predicate := s.tag[c] == "VERB" || s.child(c, "cop") > v // "was not a party to the talks"
			if predicate && s.dominates(v, c) && s.child(c, "nsubj", "nsubj:pass", "cc", "mark") < 0 && commaBefore(s, c) {
				return c
			}
		}
	}
	return -1
}

// repairSecondSubject mends a noun phrase set off by commas after a subject that the
// parser made a second subject of the verb ("Wagner, the mercenary force led by
// Prigozhin, backed the junta", "Uganda's army chief, General Muhoozi Kainerugaba,
// said"), or a passive participle with its agent ("a draft, backed only by China and
// Namibia, was voted down"): a clause has one subject; the second describes the first,
// or names it.
func (s *sentence) repairSecondSubject() {
	for v := range s.toks {
		subs := s.children(v, "nsubj", "nsubj:pass")
		if len(subs) != 2 || s.isRelative(subs[0]) || s.isRelative(subs[1]) {
			continue
		}
		first, second := subs[0], subs[1]
		c := s.phraseStartAfter(first, second)
		named := s.tag[second] == "PROPN" && s.tag[first] == "NOUN"
		participle := s.tag[second] == "VERB" && c == second-1 && s.child(second, "obl:agent") >= 0
		if s.toks[c].text != "," || s.tag[second] != "NOUN" && !named && !participle || !s.dominatesSpan(first, first+1, c) {
			continue
		}
		s.head[second], s.rel[second] = first, "appos"
		if participle {
			s.rel[second] = "acl" // "a draft, backed only by China, was voted down"
		}
		if s.rel[first] == "nsubj:pass" && s.child(v, "aux:pass") < 0 {
			s.rel[first] = "nsubj" // the parser's second subject pushed the first into a passive with no "be"
		}
		s.index()
	}
}

// phraseStartAfter returns the word before the phrase of the noun n, walking back no
// further than first over its determiner, modifiers (and theirs) and possessor
// ("Maduro's usual friends", "the council's only Arab member").
func (s *sentence) phraseStartAfter(first, n int) int {
	c := n - 1
	for c > first && s.toks[c].text != "," && (s.head[c] == n || s.head[c] > c && s.head[s.head[c]] == n || s.inPossessor(c, n)) {
		c--
	}
	return c
}

// inPossessor: the word at k is in the possessor of noun n ("Maduro's" of "Maduro's
// friends").
func (s *sentence) inPossessor(k, n int) bool {
	return slices.ContainsFunc(s.children(n, "nmod:poss"), func(p int) bool { return s.headedBy(k, p) })
}

// repairNounBeforeName mends a conjunct whose modifier the parser took for its head: in
// "Indonesia and the separatist Free Aceh Movement (GAM) signed" it made "separatist"
// the conjunct and "Aceh" a second subject. A noun conjunct of the first subject right
// before the second subject's phrase is a modifier of that phrase, which is the
// conjunct.
func (s *sentence) repairNounBeforeName() {
	for v := range s.toks {
		first, second, ok := s.twoSubjects(v)
		if !ok || s.tag[second] != "PROPN" {
			continue
		}
		c := s.child(first, "conj")
		if c < 0 || s.tag[c] != "NOUN" || s.toks[c].upper || c > second || !capitalsBetween(s, c, second) {
			continue
		}
		for _, k := range s.kids[c] {
			s.head[k] = second // "and", "the"; "Free" of "Free Aceh Movement"
		}
		s.head[second], s.rel[second] = first, "conj"
		s.head[c], s.rel[c] = second, "amod"
		s.index()
	}
}

// repairNameAfterNoun mends "Ministers from Hezbollah and its ally Amal walked out"
// parsed with the name a second subject of the verb: a name right after a noun of the
// first subject's phrase, in lower case and with its own determiner or possessor, names
// that noun ("its ally Amal", "the group's leader Ahmed Diriye").
func (s *sentence) repairNameAfterNoun() {
	for v := range s.toks {
		first, second, ok := s.twoSubjects(v)
		if !ok || s.tag[second] != "PROPN" || second < 1 {
			continue
		}
		n := s.spanStart(second) - 1
		if n < first || s.tag[n] != "NOUN" || s.toks[n].upper || !s.headedBy(n, first) || s.child(n, "nmod:poss", "det") < 0 || !namePhrase(s, n+1, second) {
			continue
		}
		s.head[second], s.rel[second] = n, "appos"
		s.index()
	}
	s.repairNameAsConjunct()
	s.repairNameAsObjectOfNoun()
	s.repairNameAsObjectOfModifier()
	s.repairApposAfterAnd()
}

// repairApposAfterAnd mends a phrase that opens with "and" with no comma before it,
// which the parser read as an apposition ("Juan Manuel Santos and the Farc's commander,
// Rodrigo Londono, signed": "commander" an apposition of "Santos"): nothing said after
// "and" renames what stands before it, so the phrase is a conjunct.
func (s *sentence) repairApposAfterAnd() {
	for k := 1; k < len(s.toks); k++ {
		if s.rel[k] != "appos" || s.head[k] < 0 {
			continue
		}
		c := s.spanStart(k)
		if c <= s.head[k] || s.rel[c] != "cc" || s.toks[c].lower != "and" && s.toks[c].lower != "or" || s.toks[c-1].text == "," {
			continue
		}
		s.head[k], s.rel[k] = s.nameTop(s.head[k]), "conj"
		s.head[c] = k
		s.index()
	}
}

// nameTop returns the word that heads the run of capitalised words k is in, where the
// parser split a name ("Juan Manuel Santos" with "Santos" a modifier of "Juan").
func (s *sentence) nameTop(k int) int {
	for n := 0; n < 4 && s.capitalName(k); n++ {
		h := s.head[k]
		if h < 0 || !s.capitalName(h) || h < k-3 || h > k+3 || !slices.Contains([]string{"flat", "nmod", "compound"}, s.rel[k]) {
			break
		}
		k = h
	}
	return k
}

// repairNameAsObjectOfNoun mends "drawn closer to its allies Mali and Burkina Faso"
// parsed with the names an object of the possessed noun right before them: a noun has
// no object, and a name right after "its allies" is what the noun names.
func (s *sentence) repairNameAsObjectOfNoun() {
	for k := 1; k < len(s.toks); k++ {
		n := k - 1
		if s.tag[k] != "PROPN" || s.head[k] != n || s.rel[k] != "obj" && s.rel[k] != "dep" || s.tag[n] != "NOUN" || s.child(n, "nmod:poss") < 0 {
			continue
		}
		s.rel[k] = "appos"
		s.index()
	}
}

// repairNameAsObjectOfModifier mends a name after a noun that describes it, parsed as the
// noun's object ("drove the paramilitary Rapid Support Forces (RSF) out" with "Forces"
// the object of "paramilitary") or as a second phrase of the verb with none of its own
// ("drove the separatist Azawad Liberation Front out"): a noun has no object, so the
// name heads the phrase and the noun before it describes it.
func (s *sentence) repairNameAsObjectOfModifier() {
	for k := 2; k < len(s.toks); k++ {
		n := s.spanStart(k) - 1
		if n < 1 || s.tag[n] != "NOUN" || s.toks[n].upper || !s.toks[n+1].upper || !capitalsBetween(s, n, k+1) || s.head[n] < 0 {
			continue
		}
		own := s.head[k] == n && s.rel[k] == "obj"
		// "drove the separatist Azawad Liberation Front out", the name hung on the verb
		// beside the noun, as a phrase with no preposition
		beside := s.head[k] == s.head[n] && s.child(k, "case") < 0 && s.child(n, "amod", "compound", "nmod") < 0 && s.rel[n] == "obj"
		if !own && !beside {
			continue
		}
		s.head[k], s.rel[k] = s.head[n], s.rel[n]
		s.head[n], s.rel[n] = k, "amod"
		for _, d := range s.children(n, "det") {
			s.head[d] = k
		}
		s.index()
	}
}

// repairNameAsConjunct mends "Hezbollah and its ally Amal, the movement headed by Berri"
// parsed with the name a conjunct after the noun, with no comma or "and" between them:
// the name is the noun's.
func (s *sentence) repairNameAsConjunct() {
	for k := 1; k < len(s.toks); k++ {
		if s.rel[k] != "conj" || s.tag[k] != "PROPN" {
			continue
		}
		n := s.spanStart(k) - 1
		if n < 0 || s.rel[n] != "conj" || s.head[n] != s.head[k] || s.tag[n] != "NOUN" || s.toks[n].upper || s.child(n, "nmod:poss", "det") < 0 || !namePhrase(s, n+1, k) {
			continue
		}
		s.head[k], s.rel[k] = n, "appos"
		s.index()
	}
}

// namePhrase: the words from i to the name at k hold no preposition ("its ally Amal",
// not "the government of President de Klerk").
func namePhrase(s *sentence, i, k int) bool {
	for j := i; j <= k; j++ {
		if s.tag[j] == "ADP" || s.rel[j] == "case" {
			return false
		}
	}
	return true
}

// capitalsBetween: every word after c and before k is capitalised.
func capitalsBetween(s *sentence, c, k int) bool {
	for j := c + 1; j < k; j++ {
		if !s.toks[j].upper {
			return false
		}
	}
	return true
}

// repairAgentAsSubject mends a noun with a participle and its agent before the
// sentence's verb that the parser read as a clause of "by" ("The Ambazonia Governing
// Council led by Lucas Ayaba Cho rejected the talks": "by" a marker, the agent the
// subject of "rejected", the noun the root). The agent is the participle's, and the
// noun the verb's subject.
func (s *sentence) repairAgentAsSubject() {
	for p := 1; p+2 < len(s.toks); p++ {
		h, by := s.head[p], p+1
		if s.tag[p] != "VERB" || s.rel[p] != "acl" || h < 0 || h > p || s.head[h] >= 0 || s.toks[by].lower != "by" || s.rel[by] != "mark" {
			continue
		}
		v := s.head[by]
		n := s.child(v, "nsubj")
		if v <= by || n <= by || n > v || s.tag[n] != "PROPN" || s.tag[v] != "VERB" {
			continue
		}
		s.head[n], s.rel[n] = p, "obl:agent"
		s.head[by], s.rel[by], s.tag[by] = n, "case", "ADP"
		s.head[v], s.rel[v] = -1, "root"
		s.head[h], s.rel[h] = v, "nsubj"
		s.index()
	}
}

// repairSubjectsWithAnd mends two subjects of one verb with "and" between them hung on
// the verb ("Nepal's government and the Maoist rebels have put their names to a
// deal"), the "and" hung on the verb or on the second: the second is joined to the
// first.
func (s *sentence) repairSubjectsWithAnd() {
	for v := range s.toks {
		a, b, ok := s.twoSubjects(v)
		if !ok {
			continue
		}
		c := s.child(v, "cc")
		if k := s.ccBefore(a, b); c < 0 && k >= 0 {
			// "The TPLF and the Ethiopian government signed": "and" hung on the second,
			// or on its title ("X and Ethiopian Prime Minister Abiy Ahmed signed")
			c = k
		}
		if c < a || c > b || s.toks[c].lower != "and" && s.toks[c].lower != "or" || !s.dominatesSpan(b, c+1, b) {
			continue
		}
		if c == b-1 && c > 0 && s.toks[c-1].text == "," && nominative(s.toks[b].lower) {
			// "..., a group founded by people linked to the genocide, and it accuses":
			// the pronoun opens a clause of its own, and is its only subject
			s.rel[a] = "dep"
			s.index()
			continue
		}
		s.head[b], s.rel[b] = a, "conj"
		s.head[c] = b
		s.index()
	}
}

// ccBefore returns the coordinator between subjects a and b that the parser hung inside
// b's phrase, before b: on b or on a word b heads ("and Ethiopian Prime Minister Abiy
// Ahmed"), not on a relative word that opens a clause of its own ("and whose closest
// allies are"); -1 if there is none.
func (s *sentence) ccBefore(a, b int) int {
	for k := a + 1; k < b; k++ {
		if s.rel[k] != "cc" || !s.headedBy(k, b) {
			continue
		}
		for j := k + 1; j < b; j++ {
			if s.tag[j] == "PRON" {
				return -1
			}
		}
		return k
	}
	return -1
}

// repairParticipleOnListHead mends a participle set off by commas after a name in a
// list ("Mali, Burkina Faso, led by Captain Ibrahim Traore, and Niger") that the parser
// hung on the list's first name: it describes the name right before its comma; and a
// name after the participle's agent and ", and" is the list's next member, not a second
// agent ("Egypt, Sudan, led by General al-Burhan, and Eritrea signed").
func (s *sentence) repairParticipleOnListHead() {
	for k := 2; k < len(s.toks); k++ {
		h := s.head[k]
		if s.tag[k] != "VERB" || s.rel[k] != "acl" || s.toks[k-1].text != "," || h < 0 || h >= k-1 || !nominal(s.tag[h]) {
			continue
		}
		n := k - 2
		if s.toks[n].text == ")" {
			for n > h && s.toks[n].text != "(" {
				n-- // "the Justice and Equality Movement (JEM), led by": the name before its acronym
			}
			n--
		}
		for n > h && s.rel[n] == "flat" && s.head[n] > h && s.head[n] < n {
			n = s.head[n] // "Burkina Faso": the name's first word
		}
		if n > h && s.tag[n] == "PROPN" && s.head[n] == h && (s.rel[n] == "appos" || s.rel[n] == "conj") {
			s.head[k] = n
		}
		s.listAfterAgent(k)
		s.index()
	}
}

// listAfterAgent makes a name after ", and" that the parser joined to the agent of the
// participle at k, which describes a member of a list, the list's next member.
func (s *sentence) listAfterAgent(k int) {
	n := s.head[k]
	list := n
	if s.rel[n] == "conj" || s.rel[n] == "appos" {
		list = s.head[n]
	}
	if list == n || s.tag[list] != "PROPN" {
		return // no list before the participle
	}
	for _, ag := range s.children(k, "obl:agent") {
		for _, c := range s.children(ag, "conj") {
			if c > ag+1 && s.tag[c] == "PROPN" && s.toks[c-1].lower == "and" && s.toks[c-2].text == "," {
				s.head[c], s.rel[c] = list, "conj"
				s.rel[n] = "conj"
			}
		}
	}
}

// nominative: a personal pronoun that stands as a subject.
func nominative(w string) bool {
	switch w {
	case "it", "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// repairPronounList mends a list of subjects opened by a pronoun that the parser read
// as two subjects: in "he, Aliyev and Pashinyan had signed" it made "he" one subject and
// "Aliyev and Pashinyan" another. A pronoun, a comma, and names joined by "and" are
// one list.
func (s *sentence) repairPronounList() {
	for v := range s.toks {
		first, second, ok := s.twoSubjects(v)
		if !ok || s.tag[first] != "PRON" || second != first+2 || s.toks[first+1].text != "," {
			continue
		}
		c := s.child(second, "conj")
		if c < 0 || c > v || s.tag[second] != "PROPN" {
			continue
		}
		s.head[second], s.rel[second] = first, "conj"
		s.head[second-1] = second
		s.index()
	}
}

// twoSubjects returns the two subjects the parser gave verb v, both before it, when it
// gave it exactly two: one phrase it split, or a list it did not join.
func (s *sentence) twoSubjects(v int) (first, second int, ok bool) {
	subs := s.children(v, "nsubj", "nsubj:pass")
	if len(subs) != 2 || subs[1] > v {
		return -1, -1, false
	}
	return subs[0], subs[1], true
}

// repairForPhrase mends a noun's for-phrase that the parser read as a clause of
// purpose with a subject of its own: in "Iranian support for the Houthis remains
// strong" it made "for" a marker and "the Houthis" a second subject of "remains". A
// noun subject right before "for", and a second subject after it with no verb of its
// own, make "for" the preposition of a phrase on the noun.
func (s *sentence) repairForPhrase() {
	for v := range s.toks {
		noun, second, ok := s.twoSubjects(v)
		if !ok || s.tag[noun] != "NOUN" {
			continue
		}
		f := s.child(v, "mark")
		if f != noun+1 || s.toks[f].lower != "for" || f > second || !s.dominatesSpan(second, f+1, second+1) {
			continue
		}
		s.head[second], s.rel[second] = noun, "nmod"
		s.head[f], s.rel[f], s.tag[f] = second, "case", "ADP"
		s.index()
	}
}

// repairSaidClause mends the clause after "said" that the parser read as a noun with a
// reduced relative: in "Macron said France stood by Armenia" it made "France" a second
// subject of "said" and "stood by Armenia" a passive describing France. "Say" takes a
// clause, not a noun: the noun is the subject of the verb after it, and "by" is that
// verb's own preposition, not a passive's agent.
func (s *sentence) repairSaidClause() {
	for v := range s.toks {
		if s.lemma[v] != "say" || s.tag[v] != "VERB" {
			continue
		}
		for _, n := range s.children(v, "nsubj") {
			acl := s.child(n, "acl")
			if n < v || acl < 0 || acl != s.spanEnd(n) || s.tag[acl] != "VERB" || s.child(acl, "aux", "aux:pass") >= 0 {
				continue
			}
			s.head[acl], s.rel[acl] = v, "ccomp"
			s.head[n], s.rel[n] = acl, "nsubj"
			for _, k := range s.children(acl, "obl:agent") {
				s.rel[k] = "obl"
			}
			s.index()
		}
	}
}

// spanEnd returns the token just past the last token before k+1 that hangs on k,
// walking right from k: where a noun's own phrase ends.
func (s *sentence) spanEnd(k int) int {
	j := k + 1
	for j < len(s.toks) && s.head[j] >= 0 && s.headedBy(j, k) && s.rel[j] != "acl" {
		j++
	}
	return j
}

// spanStart returns the first token of the phrase k heads, walking left from k.
func (s *sentence) spanStart(k int) int {
	j := k
	for j > 0 && s.head[j-1] >= 0 && s.headedBy(j-1, k) {
		j--
	}
	return j
}

// dominatesSpan reports whether every token of [from, to) hangs on h.
func (s *sentence) dominatesSpan(h, from, to int) bool {
	for k := from; k < to; k++ {
		if !s.headedBy(k, h) {
			return false
		}
	}
	return true
}

// repairPluralPossessive mends "the Houthis' Supreme Political Council" parsed with the
// apostrophe as punctuation, and "Nato's Secretary-General" with "Nato" left as a
// subject of its own: the apostrophe, or "'s", marks a possessor of what follows.
func (s *sentence) repairPluralPossessive() {
	for k := 1; k+1 < len(s.toks); k++ {
		plural := s.pluralApostrophe(k)
		if !plural && s.toks[k].lower != "'s" || !s.toks[k+1].word {
			continue
		}
		owner := s.climb(k-1, "flat", "compound")
		if s.rel[owner] == "nmod:poss" && s.head[owner] >= 0 && s.tag[s.head[owner]] != "VERB" || s.tag[owner] != "PROPN" && s.tag[owner] != "NOUN" {
			continue // read right: "Nato's Secretary-General" with Nato as possessor
		}
		if h := s.possessedHead(k, owner, plural); h >= 0 {
			s.hangPossessor(k, owner, h)
		}
	}
}

// repairConjoinedPossessor mends "by Prime Minister Abiy Ahmed and Somaliland's
// president" parsed with both names as the president's possessors, or with the
// president in apposition to the first name: when the first name holds a title of its
// own, it is a person, and "'s" after the last name makes that name alone the
// possessor of the second title. The two people are conjoined.
func (s *sentence) repairConjoinedPossessor() {
	for k := 2; k+1 < len(s.toks); k++ {
		if s.toks[k].lower != "'s" || s.rel[k] != "case" {
			continue
		}
		last := s.climb(k-1, "flat", "compound")
		if s.rel[last] != "conj" || s.tag[last] != "PROPN" || s.head[last] < 0 {
			continue
		}
		first := s.climb(s.head[last], "flat")
		n := s.nounAfter(k)
		if n < 0 || !s.roleWord(s.toks[n].lower) || !s.titled(first) {
			continue
		}
		switch {
		case s.head[first] == n && s.rel[first] == "nmod:poss":
			s.head[first], s.rel[first] = s.head[n], s.rel[n]
		case s.head[n] == first && s.rel[n] == "appos":
		default:
			continue
		}
		for _, c := range s.children(last, "cc") {
			s.head[c] = n
		}
		s.head[n], s.rel[n] = first, "conj"
		s.head[last], s.rel[last] = n, "nmod:poss"
		s.head[k] = last
		s.index()
	}
}

// nounAfter returns the head of the noun phrase that starts after token k, when all
// its words before the head hang on it; -1 otherwise.
func (s *sentence) nounAfter(k int) int {
	for n := k + 1; n < len(s.toks) && n <= k+3; n++ {
		if s.tag[n] == "NOUN" || s.tag[n] == "PROPN" {
			if s.allHeadedBy(k+1, n, n) {
				return n
			}
			return -1
		}
	}
	return -1
}

// allHeadedBy: every token in [from, to) hangs on h.
func (s *sentence) allHeadedBy(from, to, h int) bool {
	for j := from; j < to; j++ {
		if s.head[j] != h {
			return false
		}
	}
	return true
}

// titled: the name at i has a title before it ("Prime Minister Abiy Ahmed", "Foreign
// Minister Sergei Lavrov").
func (s *sentence) titled(i int) bool {
	for _, k := range s.kids[i] {
		if k < i && (s.rel[k] == "nmod:desc" || s.rel[k] == "compound" && s.roleWord(s.toks[k].lower)) {
			return true
		}
	}
	return false
}

// repairPossessorClause mends a possessor the parser made the head of its clause ("Iran
// has been the Houthis' principal supplier of weapons" with "Iran", "has" and "been"
// hung on "Houthis"): a possessor heads no subject, auxiliary, copula or final stop;
// they belong to what it possesses.
func (s *sentence) repairPossessorClause() {
	moved := false
	for k := range s.toks {
		owner := s.head[k]
		if owner < 0 || s.rel[owner] != "nmod:poss" || s.head[owner] < 0 {
			continue
		}
		switch s.rel[k] {
		case "nsubj", "nsubj:pass", "aux", "aux:pass", "cop":
		case "punct":
			if k != len(s.toks)-1 {
				continue
			}
		default:
			continue
		}
		s.head[k] = s.head[owner]
		moved = true
	}
	if moved {
		s.index()
	}
}

// repairAgentOnPredicate mends "The PKK is designated a terrorist organisation by
// Turkey" parsed with the by-phrase on the noun the passive names its subject: the
// phrase is the passive's agent.
func (s *sentence) repairAgentOnPredicate() {
	moved := false
	for k, o := range s.head {
		if o < 0 || s.rel[k] != "nmod" || s.prep(k) != "by" || s.rel[o] != "obj" || s.head[o] < 0 || !s.passive(s.head[o]) {
			continue
		}
		s.head[k], s.rel[k] = s.head[o], "obl:agent"
		moved = true
	}
	if moved {
		s.index()
	}
}

// repairRepeatedAgent mends "signed by A, the adviser, and by B" and "welcomed by
// Qatar in March and by Egypt in May" parsed with the second by-phrase hung on a word
// that is no verb: a by-phrase after a passive's agent is another agent of the verb.
func (s *sentence) repairRepeatedAgent() {
	moved := false
	v := -1
	for k := range s.toks {
		h := s.head[k]
		if h < 0 {
			continue
		}
		if s.rel[k] == "obl:agent" && s.tag[h] == "VERB" {
			v = h
			continue
		}
		// "and by Getachew Reda" hung on "and", "and by Egypt in May" a conjunct of
		// "March"; not "the attack by the RSF": a noun takes its own agent
		if v >= 0 && s.prep(k) == "by" && (s.rel[k] == "obl:agent" && s.tag[h] != "NOUN" && s.tag[h] != "PROPN" || s.rel[k] == "conj") {
			s.head[k], s.rel[k] = v, "obl:agent"
			moved = true
		}
	}
	if moved {
		s.index()
	}
}

// repairAgentOfConjunct mends "brokered by the United States in November and accepted
// by both Israel and Lebanon" parsed with the second agent hung on the first verb: a
// by-phrase after a conjoined participle that has none of its own is that participle's
// agent, when the first verb has its own agent before the participle.
func (s *sentence) repairAgentOfConjunct() {
	for k := range s.toks {
		v := s.head[k]
		if s.rel[k] != "obl:agent" || v < 0 || v > k {
			continue
		}
		for c := k - 1; c > v; c-- {
			if s.rel[c] != "conj" || s.tag[c] != "VERB" || !s.headedBy(c, v) || s.child(c, "obl:agent") >= 0 || !slices.ContainsFunc(s.children(v, "obl:agent"), func(a int) bool { return a < c }) {
				continue
			}
			if s.tag[s.head[c]] != "VERB" {
				s.head[c] = v // "brokered by Turkey in July 2022 and welcomed by", hung on the year
			}
			s.head[k] = c
			s.index()
			break
		}
	}
}

// repairByWithObject mends "led by the Algerian jihadist Mokhtar Belmokhtar" parsed
// with "by" an adverb of the participle that takes the agent as its own object: "by"
// is the agent's case, and the agent the participle's.
func (s *sentence) repairByWithObject() {
	moved := false
	for b := range s.toks {
		v := s.head[b]
		if s.toks[b].lower != "by" || v < 0 || s.tag[v] != "VERB" || s.rel[b] == "case" {
			continue
		}
		o := s.child(b, "obj")
		if o < 0 || o < b {
			continue
		}
		s.head[o], s.rel[o] = v, "obl:agent"
		s.head[b], s.rel[b], s.tag[b] = o, "case", "ADP"
		moved = true
	}
	if moved {
		s.index()
	}
}

// repairParticleOblique mends "stayed away from the talks" parsed with "from the
// talks" hung on the particle read as an adverb: the phrase is the verb's, as it is in
// "walked out of the talks".
func (s *sentence) repairParticleOblique() {
	moved := false
	for k, p := range s.head {
		if p < 0 || s.rel[k] != "obl" || s.tag[p] != "ADV" || s.rel[p] != "advmod" || s.head[p] < 0 || s.particle(s.head[p]) != s.toks[p].lower {
			continue
		}
		s.head[k] = s.head[p]
		moved = true
	}
	if moved {
		s.index()
	}
}

// repairParticleAsCase mends "brushed aside the offer" parsed with the particle as the
// preposition of the object: a word right after the verb that makes with it a verb of
// the frames ("brush aside", "turn down", "call off") is its particle, and the noun
// after it its object.
func (s *sentence) repairParticleAsCase() {
	for k := 1; k+1 < len(s.toks); k++ {
		n, v := s.head[k], k-1
		if s.rel[k] != "case" || n <= k || s.head[n] != v || s.rel[n] != "obl" || s.tag[v] != "VERB" || s.frameVerb == nil || s.child(v, "obj") >= 0 {
			continue
		}
		if w := s.toks[k].lower; !particleWord(w) || w == "over" {
			continue // "signed on Wednesday", "took over Crimea from Ukraine": prepositions before the noun
		}
		if !s.frameVerb(s.lemma[v] + "_" + s.toks[k].lower) {
			continue
		}
		s.head[k], s.rel[k], s.tag[k] = v, "compound:prt", "ADP"
		s.rel[n] = "obj"
		s.index()
	}
}

// repairOutOf mends "walked out of the talks" parsed with "out of" as one preposition:
// "out" right after a verb, before "of", is the verb's particle ("walk out", "pull
// out"), and "of" alone introduces what it leaves.
func (s *sentence) repairOutOf() {
	moved := false
	for k := 1; k+1 < len(s.toks); k++ {
		v, h := k-1, s.head[k]
		if s.toks[k].lower != "out" || s.toks[k+1].lower != "of" || s.rel[k] != "case" || s.tag[v] != "VERB" || h < 0 || s.head[h] != v {
			continue
		}
		s.head[k], s.rel[k], s.tag[k] = v, "compound:prt", "ADP"
		moved = true
	}
	if moved {
		s.index()
	}
}

// repairGerundAfterNoun mends "her opposition to sending weapons" parsed with the
// gerund a clause of the main verb: "to" before a gerund is a preposition, and the
// gerund is what the noun before "to" is about ("opposition to sending", "commitment
// to ending").
func (s *sentence) repairGerundAfterNoun() {
	moved := false
	for k := 2; k < len(s.toks); k++ {
		n, to := k-2, k-1
		if s.tag[k] != "VERB" || !strings.HasSuffix(s.toks[k].lower, "ing") || s.toks[to].lower != "to" || s.head[to] != k || s.tag[n] != "NOUN" || s.head[k] == n {
			continue
		}
		if r := base(s.rel[k]); r != "advcl" && r != "xcomp" && r != "ccomp" {
			continue
		}
		s.head[k], s.rel[k] = n, "acl"
		moved = true
	}
	if moved {
		s.index()
	}
}

// pluralApostrophe: an apostrophe at k right after a word in "-s", "the Houthis'".
func (s *sentence) pluralApostrophe(k int) bool {
	return s.toks[k].text == "'" && strings.HasSuffix(s.toks[k-1].lower, "s") && s.toks[k-1].end == s.toks[k].start
}

// possessedHead returns the head of the phrase of adjectives and nouns after the
// possessive mark at k, when the parser left it apart from its owner; else -1. "'s"
// is mended only where the parser made owner and owned siblings.
func (s *sentence) possessedHead(k, owner int, plural bool) int {
	end := k + 1
	for end < len(s.toks) && (s.tag[end] == "NOUN" || s.tag[end] == "PROPN" || s.tag[end] == "ADJ") {
		end++
	}
	if end == k+1 {
		return -1
	}
	h := s.spanHead(k+1, end)
	if s.tag[h] != "NOUN" && s.tag[h] != "PROPN" || s.headedBy(owner, h) || !plural && s.head[h] != s.head[owner] && s.head[h] != owner { // "Yemen's Houthis" with "Houthis" hung on "Yemen"
		return -1
	}
	return h
}

// hangPossessor makes owner the possessor of h, with the mark at k its case: the
// possessed takes the owner's place in the sentence, and the words between hang on it.
func (s *sentence) hangPossessor(k, owner, h int) {
	if s.headedBy(h, owner) {
		s.head[h], s.rel[h] = s.head[owner], s.rel[owner] // the possessed takes the owner's place
	}
	for j := 0; j < owner; j++ {
		if s.head[j] == owner && s.rel[j] == "case" {
			s.head[j] = h // "head of the Houthis' council": "of" is the council's
		}
	}
	s.head[owner], s.rel[owner] = h, "nmod:poss"
	s.tag[k], s.rel[k], s.head[k] = "PART", "case", owner
	for j := k + 1; j < h; j++ {
		if s.head[j] != h && !s.headedBy(j, h) {
			s.head[j] = h
		}
	}
	s.index()
}

// properOrAcronym: the word at k is a proper noun, or an acronym the tagger took for a
// common one ("and the PMF").
func properOrAcronym(s *sentence, k int) bool {
	return s.tag[k] == "PROPN" || s.tag[k] == "NOUN" && allCapitals(s.toks[k].text)
}

// repairListAppos mends a list of names the parser read as a name and an apposition
// that holds the rest of the list: "Hamas, Islamic Jihad and the PFLP rejected" with
// "Islamic Jihad and the PFLP" describing Hamas. An apposition of names that is itself
// a list ending in "and" is more of the list.
func (s *sentence) repairListAppos() {
	s.listApposAsConjuncts()
	s.repairSplitSubjects()
	s.repairDeterminedGerund()
	s.repairTitleInOfPhrase()
	s.repairNameAfterApposition()
	s.repairListAsRoot()
	s.repairNameAsComplement()
	s.repairDescribedList()
}

// endsList: the name at k has conjuncts of its own, the last a name after "and" ("Saudi
// Arabia, the UAE and Egypt").
func (s *sentence) endsList(k int) bool {
	conj := s.children(k, "conj")
	return len(conj) > 0 && properOrAcronym(s, conj[len(conj)-1]) && s.child(conj[len(conj)-1], "cc") >= 0
}

// listApposAsConjuncts makes an apposition of names (or a name the parser set beside
// another as a "list") that is itself a list ending in "and" conjuncts of the name it is
// set beside.
func (s *sentence) listApposAsConjuncts() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "appos" && s.rel[k] != "list" || h < 0 || h > k || s.tag[h] != "PROPN" || s.tag[k] != "PROPN" || s.toks[k-1].text == "(" {
			continue
		}
		if !s.endsList(k) {
			continue
		}
		s.rel[k] = "conj"
		for _, c := range s.children(k, "conj") {
			s.head[c] = h
		}
		s.index()
	}
}

// repairDescribedList mends a list of names each described by its title ("Keir
// Starmer, the British prime minister, Emmanuel Macron, the French president, and
// Friedrich Merz, the German chancellor"), which the parser chains into appositions of
// one another: each title describes the name before it, and the names are a list.
func (s *sentence) repairDescribedList() {
	for k := 0; k < len(s.toks); k++ {
		names, starts, roles := s.describedNames(k)
		if len(names) < 2 {
			continue
		}
		for i, n := range names {
			s.head[roles[i]], s.rel[roles[i]] = n, "appos"
			if i > 0 {
				s.head[n], s.rel[n] = names[0], "conj"
				if c := starts[i] - 1; s.toks[c].lower == "and" {
					s.head[c], s.rel[c] = n, "cc"
				}
			}
		}
		s.index()
		k = roles[len(roles)-1]
	}
}

// describedNames returns the heads and first words of the names in a list from k whose
// every name is set off by commas with a title after it ("NAME, the ADJ TITLE, NAME,
// the TITLE, and NAME, the TITLE"), and the nouns of their titles.
func (s *sentence) describedNames(k int) (names, starts, roles []int) {
	for k < len(s.toks) {
		if len(names) > 0 && s.toks[k].lower == "and" {
			k++
		}
		e := k
		for e < len(s.toks) && (s.tag[e] == "PROPN" || s.toks[e].text == "-" && e > k) {
			e++
		}
		if e == k || e+2 >= len(s.toks) || s.toks[e].text != "," || s.toks[e+1].lower != "the" {
			break
		}
		r := e + 2
		for r < len(s.toks) && s.toks[r].text != "," && r < e+6 {
			r++
		}
		if r >= len(s.toks) || s.toks[r].text != "," || s.tag[r-1] != "NOUN" || !s.roleWord(s.toks[r-1].lower) && !s.roleWord(s.toks[r-2].lower+" "+s.toks[r-1].lower) {
			break
		}
		names, starts, roles = append(names, s.spanHead(k, e)), append(starts, k), append(roles, r-1)
		k = r + 1
	}
	return names, starts, roles
}

// onlyNamesBetween: between the names r and n only commas, "and" and more names (with
// the words of their names: "the United Arab Emirates") stand.
func (s *sentence) onlyNamesBetween(r, n int) bool {
	for k := r + 1; k < n; k++ {
		if s.toks[k].text != "," && s.tag[k] != "PROPN" && s.tag[k] != "DET" && s.toks[k].lower != "and" && (s.head[k] <= k || s.tag[s.head[k]] != "PROPN") {
			return false
		}
	}
	return true
}

// listEndsWithAnd: an "and" stands between the first name r and the verb v: the
// names before the verb are a list whose last one it opens.
func (s *sentence) listEndsWithAnd(r, v int) bool {
	for k := r + 1; k < v; k++ {
		if s.toks[k].lower == "and" {
			return true
		}
	}
	return false
}

// repairNameAsComplement mends a name after a verb that the parser read as what the
// verb makes its object, with no object for it: in "France, Germany, Italy and Spain
// have recognised Juan Guaidó" it made "Guaidó" a complement. A name right after the
// verb, with no preposition, is its object.
func (s *sentence) repairNameAsComplement() {
	for k := range s.toks {
		v := s.head[k]
		if s.rel[k] != "xcomp" || s.tag[k] != "PROPN" || v < 0 || v > k || s.tag[v] != "VERB" || s.child(v, "obj") >= 0 || s.child(k, "case", "mark", "cop") >= 0 {
			continue
		}
		if start := s.spanStart(k); start != v+1 && (start != v+2 || s.tag[v+1] != "DET") {
			continue
		}
		s.rel[k] = "obj"
		s.index()
	}
}

// repairListAsRoot mends a list of names that opens a sentence and that the parser
// made the root, with its last member the subject of a verb joined to the first: in
// "Russia, Egypt, and the United Arab Emirates back Khalifa Haftar" it made "Russia"
// the root and "the UAE back Haftar" a clause joined to it. The verb is the root, the
// first name its subject and the last one more of the list.
func (s *sentence) repairListAsRoot() {
	r := -1
	for k := range s.toks {
		if s.head[k] < 0 {
			r = k
			break
		}
	}
	if r < 0 || s.tag[r] != "PROPN" || s.spanStart(r) != 0 {
		return
	}
	for _, v := range s.children(r, "conj", "acl:relcl", "parataxis") {
		n := s.child(v, "nsubj")
		if s.tag[v] != "VERB" || n < 0 || n > v || s.tag[n] != "PROPN" || !s.onlyNamesBetween(r, n) {
			continue
		}
		if s.namesListedBefore(r, n, v) {
			s.makeListSubject(r, n, v)
		}
		return
	}
}

// namesListedBefore: the first name r's other conjuncts are names before n, and an
// "and" stands between r and the verb v.
func (s *sentence) namesListedBefore(r, n, v int) bool {
	for _, k := range s.children(r, "conj") {
		if k != v && (k > n || s.tag[k] != "PROPN") {
			return false
		}
	}
	return s.listEndsWithAnd(r, v)
}

// makeListSubject makes v the root, the name r its subject, and n, with its own list,
// more of r's list.
func (s *sentence) makeListSubject(r, n, v int) {
	s.head[v], s.rel[v] = -1, "root"
	s.head[r], s.rel[r] = v, "nsubj"
	s.head[n], s.rel[n] = r, "conj"
	for _, k := range s.children(n, "conj") {
		s.head[k] = r // "Russia, Egypt and the UAE": Egypt's list is Russia's
	}
	if c := s.child(v, "cc"); c >= 0 && c < n {
		s.head[c] = n
	}
	for k := range s.toks {
		if s.head[k] == r && s.rel[k] == "punct" && k > n {
			s.head[k] = v // the full stop
		}
	}
	s.index()
}

// repairSplitSubjects mends the same list read as two subjects of one verb: "Sudan,
// Chad and Libya condemned" with Sudan and Chad both subjects. The second name, after
// the first's comma and opening a list that ends in "and", is more of the first's list.
func (s *sentence) repairSplitSubjects() {
	for v := range s.toks {
		subs := s.children(v, "nsubj")
		if len(subs) != 2 || s.tag[subs[0]] != "PROPN" || s.tag[subs[1]] != "PROPN" || s.toks[subs[1]-1].text != "," {
			continue
		}
		first, second := subs[0], subs[1]
		conj := s.children(second, "conj")
		if len(conj) == 0 || s.child(conj[len(conj)-1], "cc") < 0 || !s.dominatesSpan(first, first+1, second-1) {
			continue
		}
		s.head[second], s.rel[second] = first, "conj"
		for _, c := range conj {
			s.head[c] = first
		}
		s.index()
	}
}

// repairListVocative mends a list of names that opens a sentence with its first name
// read as someone addressed: in "Russia, Iran and Turkey back the talks" it made
// "Russia" a vocative and "Iran and Turkey" the subject. The first name opens the
// subject's list.
func (s *sentence) repairListVocative() {
	k := 0
	v := s.head[k]
	end := s.spanEnd(k) // past the name and its comma
	if len(s.toks) < 5 || s.rel[k] != "vocative" || s.tag[k] != "PROPN" || v < 0 || s.tag[v] != "VERB" || s.toks[end-1].text != "," {
		return
	}
	n := s.child(v, "nsubj")
	if n < 0 || n > v || s.tag[n] != "PROPN" || s.spanStart(n) > end || len(s.children(n, "conj")) == 0 {
		return
	}
	s.rel[k] = "nsubj"
	s.head[n], s.rel[n] = k, "conj"
	for _, c := range s.children(n, "conj") {
		s.head[c] = k
	}
	s.index()
}

// repairVocatives mends a name set off by commas after a noun that the parser, which
// learnt from web text, took for someone addressed: in "Mozambique's main opposition
// party, Renamo, led by Ossufo Momade" it made "Renamo" a vocative of "party". News
// copy addresses no one; the name is the noun's apposition.
func (s *sentence) repairVocatives() {
	s.repairListVocative()
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] == "vocative" && h >= 0 && h < k && s.tag[k] == "PROPN" && (s.tag[h] == "NOUN" || s.tag[h] == "PROPN") && s.toks[k-1].text == "," {
			s.rel[k] = "appos"
		}
	}
}

// repairBareOblique mends a name set off by commas after a verb's object that the
// parser made a bare oblique of the verb: in "ordered the French ambassador, Sylvain
// Itté, to leave" it hung "Itté", with no preposition, on "ordered". A name with no
// preposition after a comma is the object's apposition.
func (s *sentence) repairBareOblique() {
	for k := range s.toks {
		start := k
		for _, c := range s.children(k, "compound", "flat") {
			start = min(start, c)
		}
		if s.rel[k] != "obl" || s.tag[k] != "PROPN" || s.child(k, "case") >= 0 || start < 2 || s.toks[start-1].text != "," {
			continue
		}
		n := start - 2
		if s.rel[n] == "obj" && s.head[n] == s.head[k] && (s.tag[n] == "NOUN" || s.tag[n] == "PROPN") {
			s.head[k], s.rel[k] = n, "appos"
			s.index()
		}
	}
}

// repairSubjectAsOblique mends a subject with a description in apposition that the
// parser read the other way round: in "M23 rebels, a mostly Tutsi force formed by
// army mutineers, seized Goma" it made the description the subject and hung the name,
// with no preposition, on the verb. A bare noun phrase or list before a comma, followed
// by a phrase with an article that the verb has for subject and that a comma closes
// before the verb, is the subject, and the phrase its apposition ("Thailand and
// Cambodia, the two neighbours, which clashed in July, agreed").
func (s *sentence) repairSubjectAsOblique() {
	for k := range s.toks {
		v := s.head[k]
		if s.rel[k] != "obl" || v <= k || s.child(k, "case") >= 0 || k+2 >= len(s.toks) || s.tag[k] != "NOUN" && s.tag[k] != "PROPN" {
			continue
		}
		c := k + 1 // the comma after the name, or after its conjuncts ("Thailand and Cambodia, the two neighbours")
		if s.toks[c].text != "," {
			c = s.spanEnd(k) - 1
		}
		j := s.child(v, "nsubj")
		if s.toks[c].text != "," || j <= c || j > v || s.child(j, "det") != c+1 {
			continue
		}
		p := v - 1 // the comma that closes the apposition, before the verb's auxiliaries
		for p > j && (base(s.rel[p]) == "aux" || s.tag[p] == "ADV") {
			p--
		}
		if s.toks[p].text != "," {
			continue
		}
		conj := s.conjuncts(k)
		s.head[j], s.rel[j] = conj[len(conj)-1], "appos" // a plural apposition on the last of a list describes them all
		s.rel[k] = "nsubj"
		s.index()
	}
}

// repairListHeadAsOblique mends a list of names that opens a sentence as its subject,
// whose first name the parser hung on the verb with no preposition and whose second it
// made the subject ("Mali, Burkina Faso and Niger have expelled French forces"): the
// first name heads the list, the others its conjuncts.
func (s *sentence) repairListHeadAsOblique() {
	for k := range s.toks {
		v := s.head[k]
		if s.rel[k] != "obl" || v <= k || s.child(k, "case") >= 0 || s.tag[k] != "PROPN" || k+2 >= len(s.toks) || s.toks[k+1].text != "," {
			continue
		}
		j := s.child(v, "nsubj")
		if j < 0 || j > v || s.tag[j] != "PROPN" || s.spanStart(j) != k+2 || s.child(j, "conj") < 0 {
			continue
		}
		s.head[k], s.rel[k] = v, s.rel[j]
		for _, c := range s.children(j, "conj") {
			s.head[c] = k
		}
		s.head[j], s.rel[j] = k, "conj"
		s.head[k+1] = j
		s.index()
	}
}

// repairObjectOfConjoinedVerb mends a verb joined to another by "and" whose object the
// parser made a conjunct of the first verb's object: in "condemned the attacks and
// expressed solidarity with Sudan" it hung "solidarity" on "attacks". The noun right
// after the second verb is its object.
func (s *sentence) repairObjectOfConjoinedVerb() {
	s.repairVerbAsModifierOfConjunct()
	for v2 := 1; v2+1 < len(s.toks); v2++ {
		v1 := s.head[v2]
		if !s.finiteConjunct(v1, v2) || s.child(v2, "obj") >= 0 {
			continue
		}
		n := v2 + 1
		for n < len(s.toks) && s.head[n] != v2 && (s.tag[n] == "DET" || s.tag[n] == "ADJ" || s.tag[n] == "PRON") && s.head[n] > n {
			n = s.head[n] // "expressed their full solidarity": the noun the modifiers lead to
		}
		o1 := s.child(v1, "obj")
		if n >= len(s.toks) || s.rel[n] != "conj" || s.head[n] != o1 || o1 < 0 || o1 > v2 || s.tag[n] != "NOUN" {
			continue
		}
		s.head[n], s.rel[n] = v2, "obj"
		s.index()
	}
}

// finiteConjunct: the verb v2 is joined to the verb v1 before it, which is no
// infinitive ("its right to defend its territory and voiced support": the "and" may
// join other levels).
func (s *sentence) finiteConjunct(v1, v2 int) bool {
	return s.rel[v2] == "conj" && s.tag[v2] == "VERB" && v1 >= 0 && v1 < v2 && s.tag[v1] == "VERB" && s.child(v1, "mark") < 0
}

// repairVerbAsModifierOfConjunct mends "condemned the strikes and voiced support for
// Lebanon" parsed with "voiced" a modifier of "support" and "support" a conjunct of
// "strikes": the verb after "and" is the first verb's conjunct, and the noun its object.
func (s *sentence) repairVerbAsModifierOfConjunct() {
	for v := 2; v+1 < len(s.toks); v++ {
		n := s.head[v]
		if s.tag[v] != "VERB" || s.rel[v] != "amod" || n != v+1 || s.rel[n] != "conj" || s.toks[v-1].lower != "and" {
			continue
		}
		o1 := s.head[n]
		if o1 < 0 || s.rel[o1] != "obj" {
			continue
		}
		v1 := s.head[o1]
		if v1 < 0 || s.tag[v1] != "VERB" || s.child(v1, "mark") >= 0 {
			continue
		}
		s.head[v], s.rel[v] = v1, "conj"
		s.head[n], s.rel[n] = v, "obj"
		s.head[v-1] = v
		s.index()
	}
}

// repairAppositionBeforeParticiple mends a description set off by a comma after a
// name, with a participle after it, that the parser read as the participle's agent:
// in "Al-Shabaab fighters, a mostly Somali force trained in Eritrea, attacked" it hung
// "force" before "trained" as in "Iran-backed", and "trained" on the fighters. The
// phrase with "a" or "an" is the name's apposition, and the participle describes it.
func (s *sentence) repairAppositionBeforeParticiple() {
	for k := range s.toks {
		v := s.head[k]
		if v <= k || s.tag[v] != "VERB" || s.rel[v] != "acl" || !withArticle(s, k) {
			continue
		}
		if r := s.rel[k]; r != "obl:unmarked" && r != "obl" && r != "compound" || s.child(k, "case") >= 0 {
			continue
		}
		h, start := s.head[v], s.spanStart(k)
		if h < 0 || h >= start-1 || s.toks[start-1].text != "," || s.spanEnd(h) != start-1 && !s.headedBy(start-1, v) {
			continue
		}
		s.head[k], s.rel[k] = h, "appos"
		s.head[v] = k
		s.index()
	}
}

// repairPastListEnd mends a list the parser carried past its last member: in "the
// war between Hizbollah and Israel, the Security Council adopted ..." the Council is
// no third side. After the member that "and" or "or" joins, a name set off by a comma
// without a conjunction of its own is not in the list; it is left unattached to it.
func (s *sentence) repairPastListEnd() {
	for h := range s.toks {
		last := -1 // the member with the conjunction
		for _, k := range s.children(h, "conj") {
			switch {
			case s.child(k, "cc") >= 0 && k > h:
				last = k
			case last >= 0 && k > last && s.child(k, "cc") < 0 && commaBefore(s, k):
				s.rel[k] = "dep"
			}
		}
	}
}

// repairRelativeList mends two names each with its relative clause joined by "and"
// ("Turkey, which backed the rebels, and Russia, which backed Assad, brokered the
// talks"): the parser joins Russia to the rebels, the first clause's object, and hangs
// the second clause on them, which read Turkey as backing Russia. A name after ", and"
// that has its own relative clause is joined to the name the first clause describes.
func (s *sentence) repairRelativeList() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "conj" || h < 0 || h > k || !andAfterComma(s, k) {
			continue
		}
		r := h
		for r >= 0 && s.rel[r] != "acl:relcl" {
			r = s.head[r]
		}
		if r < 0 || s.head[r] < 0 || s.head[r] > r || r > h {
			continue
		}
		second := -1 // the relative clause after k, hung on h, on k or on the first clause
		for _, c := range slices.Concat(s.children(h, "acl:relcl"), s.children(k, "acl:relcl"), s.children(r, "acl:relcl")) {
			if c > k {
				second = c
			}
		}
		if second < 0 {
			continue
		}
		s.head[k] = s.head[r]
		s.head[second] = k
		s.index()
	}
}

// andAfterComma: the phrase of the noun at k follows ", and".
func andAfterComma(s *sentence, k int) bool {
	j := determinedStart(s, k)
	return j > 1 && s.toks[j-1].lower == "and" && s.toks[j-2].text == ","
}

// commaBefore: the phrase of the noun at k, its determiner included, follows a comma.
func commaBefore(s *sentence, k int) bool {
	j := determinedStart(s, k)
	return j > 0 && s.toks[j-1].text == ","
}

// determinedStart returns where the phrase of the noun at k begins, its determiner
// included (phraseStart stops past it).
func determinedStart(s *sentence, k int) int {
	j := leftmost(s, k)
	if d := s.child(k, "det"); d >= 0 && d < j {
		j = d
	}
	return j
}

// repairVerbAsModifier mends a finite verb with its subject that the parser hung on
// the noun after it as a modifier ("The United States imposed sanctions on Sudan's
// army chief" with "imposed" an adjective of "sanctions" and "sanctions" the root): a
// modifier has no subject, so the verb heads the clause and the noun is its object.
func (s *sentence) repairVerbAsModifier() {
	for v := 1; v+1 < len(s.toks); v++ {
		n := s.head[v]
		if s.tag[v] != "VERB" || s.rel[v] != "amod" || n != v+1 || s.child(v, "nsubj") < 0 || !nominal(s.tag[n]) {
			continue
		}
		s.head[v], s.rel[v] = s.head[n], s.rel[n]
		s.head[n], s.rel[n] = v, "obj"
		for _, k := range s.kids[n] {
			if k > n && (base(s.rel[k]) == "acl" || s.rel[k] == "punct" || s.rel[k] == "conj" || s.rel[k] == "parataxis") {
				s.head[k] = v // what the parser hung on the root belongs to the clause
			}
		}
		s.index()
	}
}

// repairCasedSubject mends a noun with its own preposition that the parser made the
// subject of a participle after its comma ("agreed to a truce, brokered by the UAE" with
// "truce" the subject of "brokered"): a phrase with a preposition is no subject, so it
// is the verb's before it, and the participle describes it.
func (s *sentence) repairCasedSubject() {
	for n := 1; n < len(s.toks); n++ {
		v := s.head[n]
		c := s.child(n, "case")
		if base(s.rel[n]) != "nsubj" || c < 0 || s.tag[c] != "ADP" || v <= n || s.toks[v-1].text != "," || s.tag[v] != "VERB" || s.child(v, "obl:agent") < 0 {
			continue
		}
		h := s.head[v]
		if h < 0 || h > n || s.tag[h] != "VERB" {
			continue
		}
		s.head[n], s.rel[n] = h, "obl"
		s.head[v], s.rel[v] = n, "acl"
		s.index()
	}
}

// repairParticipleAfterNoun mends a participle set off by a comma after a noun that the
// parser listed with the clause's verb, with no "and" to list it ("The talks are built
// on a three-phase framework, set out by President Joe Biden ..."): a reduced relative
// clause, which describes the noun before its comma.
func (s *sentence) repairParticipleAfterNoun() {
	for v := 2; v < len(s.toks); v++ {
		h := s.head[v]
		if s.rel[v] != "conj" || h < 0 || h > v || s.toks[v-1].text != "," || s.child(v, "cc") >= 0 || s.child(v, "nsubj", "nsubj:pass", "aux", "aux:pass") >= 0 {
			continue
		}
		if s.tag[v] != "VERB" || !isParticiple(s.toks[v].lower, "") || s.child(v, "obl:agent") < 0 {
			continue
		}
		if n := s.describedBeforeComma(h, v); n >= 0 {
			s.head[v], s.rel[v] = n, "acl"
			s.index()
		}
	}
}

// repairClosingGerund mends a participle in -ing that closes the sentence after a
// comma ("Petro suspended talks with the ELN, the country's largest rebel group,
// accusing its commanders of war crimes"), which the parser hung on the noun before the
// comma: a clause closing the sentence so is its verb's, said of that verb's subject.
func (s *sentence) repairClosingGerund() {
	for v := 2; v < len(s.toks); v++ {
		n := s.head[v]
		if !s.closingParticiple(v) || !strings.HasSuffix(s.toks[v].lower, "ing") || s.child(v, "mark") >= 0 {
			continue
		}
		h := n
		for h >= 0 && s.tag[h] != "VERB" && (s.rel[h] == "appos" || s.rel[h] == "obj" || base(s.rel[h]) == "obl" || s.rel[h] == "nmod" || s.rel[h] == "conj") {
			h = s.head[h]
		}
		if h < 0 || s.tag[h] != "VERB" || s.child(h, "nsubj") < 0 || s.child(h, "nsubj") > n {
			continue
		}
		s.head[v], s.rel[v] = h, "advcl"
		s.index()
	}
}

// repairParticipleRightAfterNoun mends a participle right after a noun, with no "and",
// comma, subject or auxiliary of its own, that the parser listed with the clause's verb
// ("a missile evaded air defences and a US-operated THAAD battery deployed to help
// protect Israel"): a reduced relative clause describing the noun, not a second verb of
// the missile's.
func (s *sentence) repairParticipleRightAfterNoun() {
	for v := 2; v < len(s.toks); v++ {
		h, n := s.head[v], v-1
		if s.rel[v] != "conj" && s.rel[v] != "xcomp" || h < 0 || h > v || s.tag[v] != "VERB" || s.tag[n] != "NOUN" && s.tag[n] != "PROPN" {
			continue
		}
		if s.child(v, "cc") >= 0 || s.child(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "obj", "mark") >= 0 || !isParticiple(s.toks[v].lower, "") || s.toks[v].lower == s.lemma[v] {
			continue
		}
		if s.rel[n] != "conj" && s.rel[n] != "obj" || !s.headedBy(n, h) {
			continue // the noun is the verb's own object's list: "evaded defences and a battery"
		}
		s.head[v], s.rel[v] = n, "acl"
		s.index()
	}
}

// describedBeforeComma returns the noun under verb h whose phrase ends at the comma
// before the participle at v, an object or a phrase of the verb with no preposition or
// one of what is agreed to ("agreed to a truce, brokered by"); else -1.
func (s *sentence) describedBeforeComma(h, v int) int {
	n := s.phraseNounBefore(h, v-1)
	if n <= h || s.head[n] != h || s.tag[n] != "NOUN" || base(s.rel[n]) != "obl" && s.rel[n] != "obj" {
		return -1
	}
	switch s.prep(n) {
	case "", "on", "to", "under":
		return n
	}
	return -1
}

// repairFrontedAlongside mends a clause that opens with "alongside X" and puts its
// subject after the verb ("Alongside the FARDC fight the Wazalendo"), which the parser
// read with X the subject and the subject the object: the phrase is the verb's, and
// what follows the verb does it.
func (s *sentence) repairFrontedAlongside() {
	if len(s.toks) < 4 {
		return
	}
	w := s.toks[0].lower
	v := s.head[0]
	if w != "alongside" && w != "beside" || v < 0 || s.tag[v] != "VERB" {
		return
	}
	n, o := s.child(v, "nsubj"), s.child(v, "obj")
	if n < 0 || o < v || s.spanStart(n) != 1 || n > v {
		return
	}
	s.head[0], s.rel[0] = n, "case"
	s.rel[n], s.rel[o] = "obl", "nsubj"
	s.index()
}

// repairConjunctOfSamePreposition mends a phrase with its own preposition that the
// parser joined to a phrase with another one inside the first: in "relies on armed
// groups in Tripoli and Misrata and on Ankara" it made "on Ankara" a conjunct of "in
// Tripoli". A conjunct repeats the preposition of what it is listed with, so it joins
// the phrase above with the same preposition.
func (s *sentence) repairConjunctOfSamePreposition() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "conj" || h < 0 || h > k {
			continue
		}
		p, q := s.prep(k), s.prep(h)
		if p == "" || q == "" || p == q {
			continue
		}
		for up, n := s.head[h], 0; up >= 0 && n < 4 && nominal(s.tag[up]); up, n = s.head[up], n+1 {
			if s.prep(up) == p {
				s.head[k] = up
				s.index()
				break
			}
		}
	}
}

// repairApposOnVerb mends an apposition the parser hung on the verb rather than on the
// noun right before its comma ("helped by the Sudan Shield Forces, a militia led by Abu
// Aqla Kayka" with "militia" on "helped", "retaken by the Malian army, a force backed by
// Russian mercenaries" with "force" an oblique): a verb has no apposition, so it renames
// the phrase it follows.
func (s *sentence) repairApposOnVerb() {
	for k := range s.toks {
		h := s.head[k]
		if h < 0 || h > k || s.tag[h] != "VERB" || !s.apposLike(k) {
			continue
		}
		c := s.spanStart(k)
		if s.toks[c].text != "," {
			c-- // the comma hung on the verb, or on the phrase it opens
		}
		if c <= h+1 || s.toks[c].text != "," {
			continue
		}
		if n := s.nounBeforeComma(h, c); n >= 0 {
			s.head[k], s.rel[k] = n, "appos"
			s.index()
		}
	}
}

// phraseNounBefore returns the nearest noun heading the phrase that ends right before
// the comma at c, under verb h: the word before the comma, or the noun it is a
// modifier or a part of a name of.
func (s *sentence) phraseNounBefore(h, c int) int {
	n := c - 1
	for n > h && s.head[n] > h && s.head[n] < c && (!nominal(s.tag[n]) || s.rel[n] == "flat" || s.rel[n] == "compound") {
		n = s.head[n]
	}
	return n
}

// nounBeforeComma returns the noun under verb h whose phrase ends right before the
// comma at c ("the Derg" in "fought alongside the TPLF against the Derg, the military
// government of Mengistu"), when it is an argument of the verb or a name; else -1 ("fought
// each other for a decade, the army with rifles ...": no renaming of a time).
func (s *sentence) nounBeforeComma(h, c int) int {
	n := s.phraseNounBefore(h, c)
	core := s.rel[n] == "obj" || s.rel[n] == "iobj" || s.rel[n] == "obl:agent" || base(s.rel[n]) == "nsubj"
	if !s.headedBy(n, h) || !nominal(s.tag[n]) || !core && s.tag[n] != "PROPN" {
		return -1
	}
	return n
}

// apposLike: the phrase at k renames what stands before it, read as an apposition, or
// as a bare phrase with "a" or "an" that no preposition introduces ("retaken by the
// Malian army, a force backed by Russian mercenaries").
func (s *sentence) apposLike(k int) bool {
	if s.child(k, "acl:relcl") >= 0 {
		return false // "accusing Abu Dhabi of complicity in genocide ..., a case the Emiratis dismissed": it sums up the clause
	}
	switch s.rel[k] {
	case "appos":
		return true
	case "obl", "parataxis", "dep":
		return s.tag[k] == "NOUN" && s.child(k, "case") < 0 && withArticle(s, k)
	}
	return false
}

// repairPrepositionalConjunct mends a phrase with its own preposition that the parser
// joined to the object before it: in "Paris recognised the rebels and, with Britain and
// Lebanon, drafted the resolution" Britain is no second thing recognised but the
// partner of the verb after it. A conjunct with a preposition that its first member
// lacks, followed by a comma and a verb joined to the first member's verb, belongs to
// that verb.
func (s *sentence) repairPrepositionalConjunct() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "conj" || h < 0 || h > k || s.prep(k) == "" || s.prep(h) != "" || base(s.rel[h]) != "obj" {
			continue
		}
		v := s.head[h]
		end := k
		for end < len(s.toks) && (s.head[end] == k || end == k || s.dominates(k, end)) {
			end++
		}
		if v < 0 || end+1 >= len(s.toks) || s.toks[end].text != "," {
			continue
		}
		next := end + 1
		if s.tag[next] != "VERB" || s.head[next] != v || s.rel[next] != "conj" {
			continue
		}
		for _, c := range s.children(k, "cc", "punct") {
			if c < k {
				s.head[c] = next // "and ," joins the verbs
			}
		}
		s.head[k], s.rel[k] = next, "obl"
		s.index()
	}
}

// repairAppositions mends another frequent mistake: an apposition after a list hung on
// the list's first member ("Turkish troops and the Syrian National Army (SNA), an
// alliance of rebel factions"). An apposition describes the name just before its comma;
// one that is itself a list of names ending in "and" goes on the list that name begins
// ("by the United States, Saudi Arabia, the UAE and Egypt").
func (s *sentence) repairAppositions() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "appos" || h < 0 || h > k {
			continue
		}
		c := k - 1
		for c > h && s.toks[c].text != "," {
			c--
		}
		n := c - 1
		for n > h && (s.toks[n].text == ")" || s.tag[n] == "PUNCT") && s.head[n] > h {
			n = s.head[n] // "Army (SNA)": the name the bracket closes on
		}
		if n <= h || s.tag[n] != "PROPN" || !s.dominates(h, n) {
			continue
		}
		first := s.climb(n, "flat", "compound", "appos")
		if s.rel[first] == "conj" {
			s.head[k] = first
			s.index()
		} else if s.tag[k] == "PROPN" && s.endsList(k) {
			s.head[k], s.rel[k] = first, "conj" // "by the United States, Saudi Arabia, the UAE and Egypt": the rest of the list
			s.index()
		}
	}
	s.listApposAsConjuncts() // "by the United States, Saudi Arabia, the United Arab Emirates and Egypt"
}

// repairDeterminedGerund mends a noun in -ing after "the" that the parser read as a
// verb of a clause: in "Russia called the killing a reckless step" it made "killing"
// a clause with "step" its object. A word with an article is a noun: the verb's object,
// and what it took for its own object the verb's second one.
func (s *sentence) repairDeterminedGerund() {
	for g := 1; g < len(s.toks); g++ {
		d := g - 1
		if s.tag[g] != "VERB" || !strings.HasSuffix(s.toks[g].lower, "ing") || s.toks[d].lower != "the" {
			continue
		}
		if !s.gerundAsNoun(g, d) {
			continue
		}
		s.tag[g], s.lemma[g] = "NOUN", s.toks[g].lower // "killing", the noun
		if s.rel[g] == "obj" {
			for k := range s.toks {
				if s.head[k] == g && s.rel[k] == "obj" {
					s.head[k] = s.head[g] // "called the killing a crime": the verb's second object
				}
			}
		}
		s.index()
	}
}

// gerundAsNoun hangs the word in -ing at g, after "the" at d, as the noun it is where
// the parser made "the" its head or made it a clause of the verb before: it reports
// whether it did.
func (s *sentence) gerundAsNoun(g, d int) bool {
	switch {
	case s.head[g] == d && s.head[d] >= 0 && s.tag[s.head[d]] == "VERB":
		s.head[g], s.rel[g] = s.head[d], s.rel[d] // "the" made the head: the noun takes its place
		s.head[d], s.rel[d] = g, "det"
		return true
	case s.head[d] == g && s.head[g] >= 0 && s.head[g] < g && s.tag[s.head[g]] == "VERB" && s.child(s.head[g], "obj") < 0:
		if r := s.rel[g]; r != "advcl" && r != "xcomp" && r != "ccomp" && r != "dep" {
			return false
		}
		s.rel[g] = "obj"
		return true
	}
	return false
}

// repairTitleInOfPhrase mends a second title joined to the noun of the first title's
// of-phrase: in "president of the Kurdistan Regional Government and leader of the
// Kurdistan Democratic Party" the parser made "leader" a conjunct of "Government" and
// hung "of the ... Party" on "Government" too. The second title is the first's
// conjunct, with the of-phrase after it its own.
func (s *sentence) repairTitleInOfPhrase() {
	if s.roleWord == nil {
		return
	}
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "conj" || s.tag[k] != "NOUN" && (s.tag[k] != "PROPN" || s.toks[k].upper) || !s.roleWord(s.toks[k].lower) || h < 0 || h > k || s.rel[h] != "nmod" || s.prep(h) != "of" {
			continue
		}
		t := s.head[h]
		if t < 0 || t > h || !s.roleWord(s.toks[t].lower) {
			continue
		}
		s.head[k], s.tag[k] = t, "NOUN"
		for j := k + 1; j < len(s.toks); j++ {
			if g := s.head[j]; g >= h && g < k && s.rel[j] == "nmod" && s.prep(j) == "of" {
				s.head[j] = k // "of the Kurdistan Democratic Party", "of Turkey": the second title's
			}
		}
		s.index()
	}
}

// repairNameAfterApposition mends a name listed after a name with an apposition that
// the parser joined to the apposition: in "Ghana's President Nana Akufo-Addo, the
// current chairman of ECOWAS, and Charles Michel" it made Michel a second chairman. A
// name joined to a noun in apposition to a name is more of the names' list.
func (s *sentence) repairNameAfterApposition() {
	for k := range s.toks {
		t := s.head[k]
		if s.rel[k] != "conj" || s.tag[k] != "PROPN" || t < 0 || t > k || s.tag[t] != "NOUN" || s.rel[t] != "appos" {
			continue
		}
		h := s.head[t]
		if h < 0 || h > t || s.tag[h] != "PROPN" || s.child(k, "cc") < 0 {
			continue
		}
		s.head[k] = h
		s.index()
	}
}

// repairRootNoun mends a sentence the parser left without a verb at its root: "Iran,
// which Saudi Arabia accuses of arming the Houthis, welcomed the truce" parsed as a
// noun described by a relative clause, with "welcomed" hung inside the clause. The
// first verb after the clause's closing comma that has no subject is the sentence's
// verb, and the noun its subject.
func (s *sentence) repairRootNoun() {
	r := -1
	for i, h := range s.head {
		if h < 0 {
			r = i
		}
	}
	if r < 0 || s.tag[r] != "PROPN" && s.tag[r] != "NOUN" {
		return
	}
	if s.promoteModifierVerb(r) {
		return
	}
	s.promoteVerbAfterRelative(r)
}

// promoteModifierVerb: "Turkish troops launched an operation": a verb with an object
// right after the root noun r's phrase is the sentence's, not a reduced relative
// clause. It reports whether it found one.
func (s *sentence) promoteModifierVerb(r int) bool {
	all := make([]int, len(s.toks))
	for i := range all {
		all[i] = i
	}
	for v := r + 1; v < len(s.toks); v++ {
		if s.rel[v] != "acl" || s.head[v] != r && !s.afterRootApposition(r, v) || !s.mainVerbAsModifier(r, v, all) {
			continue
		}
		s.head[v], s.rel[v] = -1, "root"
		s.head[r], s.rel[r] = v, "nsubj"
		for k := v + 1; k < len(s.toks); k++ {
			if h := s.head[k]; h >= 0 && h < v && s.headedBy(k, r) {
				s.head[k] = v // what follows the verb is the verb's
			}
		}
		s.index()
		return true
	}
	return false
}

// afterRootApposition: the verb at v hangs on a phrase set beside the root noun r and
// follows the comma that closes it ("General Tiani, now Niger's military ruler,
// toppled ..."), where the sentence's verb stands.
func (s *sentence) afterRootApposition(r, v int) bool {
	h := s.head[v]
	for n := 0; h >= 0 && h != r && s.rel[h] == "appos" && s.head[h] != r && n < len(s.toks); n++ {
		h = s.head[h] // "now" set beside the name, and the title beside "now"; a cycle the repairs have not broken yet stops
	}
	return h >= 0 && h != r && s.rel[h] == "appos" && s.head[h] == r && s.toks[v-1].text == ","
}

// promoteVerbAfterRelative makes the first verb without a subject after the closing
// comma of the root noun r's relative clause the sentence's verb, and r its subject.
func (s *sentence) promoteVerbAfterRelative(r int) {
	c := s.child(r, "acl:relcl", "advcl:relcl")
	if c < 0 {
		return
	}
	for v := c + 1; v < len(s.toks); v++ {
		// "The Orange Democratic Movement he leads won the vote": the parser may hang the
		// verb on the relative clause's with no comma between
		after := s.toks[v-1].text == "," || s.head[v] == c && s.rel[v] == "ccomp"
		if s.tag[v] != "VERB" || !after || !s.dominates(c, v) || s.child(v, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		s.head[v], s.rel[v] = -1, "root"
		s.head[r], s.rel[r] = v, "nsubj"
		s.rel[c] = "acl:relcl"
		s.index()
		return
	}
}

// repairSubjectless mends a finite verb the parser left without a subject after an
// inserted phrase: "as his ally, Egyptian President Abdel Fattah al Sisi, proposed a
// ceasefire" parsed with "proposed" hung on the main verb. The noun phrase that ends at
// the comma before the verb is its subject.
func (s *sentence) repairSubjectless() {
	for v := 2; v < len(s.toks); v++ {
		if s.tag[v] != "VERB" || s.toks[v-1].text != "," || s.rel[v] != "advcl" && s.rel[v] != "parataxis" && (s.rel[v] != "conj" || !s.afterApposition(v)) ||
			s.child(v, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass") >= 0 || !strings.HasSuffix(s.toks[v].lower, "ed") {
			continue
		}
		n := v - 2
		if s.tag[n] != "PROPN" && s.tag[n] != "NOUN" {
			continue
		}
		// the head of the phrase the noun ends: climb over names and appositions
		for s.head[n] >= 0 && s.head[n] < v && (s.rel[n] == "flat" || s.rel[n] == "appos" || s.rel[n] == "compound") {
			n = s.head[n]
		}
		if base(s.rel[n]) == "nsubj" {
			continue
		}
		s.head[n], s.rel[n] = v, "nsubj"
		s.index()
	}
}

// repairFrontedSubject mends a subject the parser joined to a list in an opening
// phrase: in "In the war between Addis Ababa and the TPLF, Fano and the Amhara forces
// fought against the TPLF" or "After the clashes between Azerbaijan and Armenia,
// Russia and France condemned the attack" it reads the subject as more of the opening
// list and leaves the verb without one. Conjuncts after the opening phrase's comma
// that run up to a verb without a subject are that verb's subject, one list; so is a
// noun phrase set beside the opening phrase's last name (see frontedApposition and
// subjectOutOfOpening).
func (s *sentence) repairFrontedSubject() {
	for v := 2; v < len(s.toks); v++ {
		if s.tag[v] == "VERB" && s.rel[v] == "root" {
			s.subjectOutOfOpening(v)
		}
		if s.tag[v] != "VERB" || s.rel[v] != "root" || s.child(v, "nsubj", "nsubj:pass", "expl") >= 0 {
			continue
		}
		roots := s.frontedList(v)
		if len(roots) == 0 {
			if k := s.frontedApposition(v); k >= 0 {
				roots = []int{k}
			} else {
				continue
			}
		}
		first := roots[0]
		s.head[first], s.rel[first] = v, "nsubj"
		if s.passive(v) {
			s.rel[first] = "nsubj:pass"
		}
		for _, c := range roots[1:] {
			s.head[c] = first
		}
		s.index()
	}
}

// subjectOutOfOpening mends a subject the parser took from the end of an opening
// prepositional phrase, with the real subject set beside it: in "In a letter to UN
// Secretary-General António Guterres, Ethiopia's foreign minister, Gedion Timothewos,
// accused Eritrea" Guterres was the subject and the minister his apposition. The name
// goes back into the phrase, and the apposition after the comma is the subject.
func (s *sentence) subjectOutOfOpening(v int) {
	n := s.child(v, "nsubj")
	c := slices.IndexFunc(s.toks[:v], func(t token) bool { return t.text == "," })
	if n < 0 || c < 0 || s.tag[0] != "ADP" || n > c || s.toks[v-1].text != "," {
		return
	}
	apps := s.children(n, "appos")
	i := slices.IndexFunc(apps, func(k int) bool { return k > c })
	if i < 0 {
		return
	}
	k := apps[i]
	p := s.spanStart(n) - 1
	for p > 0 && s.tag[p] != "NOUN" {
		p--
	}
	if p <= 0 || s.spanEnd(k) < v-1 {
		return
	}
	s.head[k], s.rel[k] = v, "nsubj"
	s.head[n], s.rel[n] = p, "nmod"
	s.index()
}

// frontedApposition returns the noun phrase after an opening prepositional phrase that
// the parser set beside the phrase's last name, running up to the comma before verb v:
// "In a letter to UN Secretary-General António Guterres, Ethiopia's foreign minister,
// Gedion Timothewos, accused Eritrea" is the minister's accusation. Else -1.
func (s *sentence) frontedApposition(v int) int {
	if s.tag[0] != "ADP" || s.toks[v-1].text != "," {
		return -1
	}
	c := slices.IndexFunc(s.toks[:v], func(t token) bool { return t.text == "," })
	if c < 2 || c >= v-2 {
		return -1
	}
	n := s.spanHead(c+1, v-1)
	if n < 0 || s.rel[n] != "appos" || s.head[n] > c || s.tag[n] != "NOUN" && s.tag[n] != "PROPN" {
		return -1
	}
	return n
}

// repairTimeBeforeSubject mends a clause that opens with a span of time ("Hours later
// Oman, which ..., said", "Two days later the army announced"), parsed with the noun of
// time the subject and the real subject hung on it: the name after "later", "earlier"
// or "ago" is the subject, the span of time the verb's.
func (s *sentence) repairTimeBeforeSubject() {
	for t := 0; t+2 < len(s.toks); t++ {
		v := s.head[t]
		l := s.toks[t+1].lower
		if base(s.rel[t]) != "nsubj" || v <= t || s.timeSpan == nil || !s.timeSpan(s.lemma[t]) || l != "later" && l != "earlier" && l != "ago" {
			continue
		}
		n := t + 2
		for n < v && s.head[n] != t && (s.head[n] != v || base(s.rel[n]) != "nsubj") {
			n++ // past the article and modifiers of the subject
		}
		if n >= v || !nominal(s.tag[n]) || s.child(n, "case") >= 0 {
			continue
		}
		if s.head[n] == t {
			s.head[n], s.rel[n] = v, s.rel[t]
		}
		s.rel[t] = "obl:tmod"
		s.index()
	}
}

// repairTimeAsSubject mends a subject followed by a word of time that the parser made
// the subject's head ("Libyan radio tonight accused France", "Russia today said"): the
// word before it is the subject, the time word the verb's.
func (s *sentence) repairTimeAsSubject() {
	for t := 1; t < len(s.toks); t++ {
		v := s.head[t]
		if base(s.rel[t]) != "nsubj" || v <= t || !dayWord(s.toks[t].lower) {
			continue
		}
		n := t - 1
		if s.head[n] != t || s.rel[n] != "compound" && s.rel[n] != "nmod:poss" {
			continue
		}
		for _, k := range s.kids[t] {
			if k != n && k < t {
				s.head[k] = n
			}
		}
		s.head[n], s.rel[n] = v, s.rel[t]
		s.head[t], s.rel[t] = v, "obl:tmod"
		s.index()
	}
}

// dayWord: a word that says which day, standing alone as an adverb of time.
func dayWord(w string) bool {
	switch w {
	case "today", "tonight", "yesterday", "tomorrow":
		return true
	}
	return false
}

// repairBetween hangs "between A and B" on the subject of its verb when the verb only
// says that the subject happened: "fighting broke out between the army and the RSF",
// "talks were held between Kigali and Kinshasa" are fighting and talks between them.
func (s *sentence) repairBetween() {
	for k := range s.toks {
		v := s.head[k]
		if v < 0 || base(s.rel[k]) != "obl" || s.prep(k) != "between" || s.tag[v] != "VERB" || s.child(v, "obj") >= 0 {
			continue
		}
		n := s.child(v, "nsubj", "nsubj:pass")
		if n < 0 && s.rel[v] == "acl" && s.head[v] < v {
			n = s.head[v] // "Fighting persisted between X and Y", the verb read as the noun's
		}
		if n < 0 || s.tag[n] != "NOUN" {
			continue
		}
		s.head[k], s.rel[k] = n, "nmod"
		s.index()
	}
	s.repairBetweenPair()
}

// repairBetweenPair mends "The war between Ethiopia and the TPLF killed thousands"
// parsed with the TPLF a conjunct of "war": what follows "between A and" is A's
// partner, since "between" takes two.
func (s *sentence) repairBetweenPair() {
	for k := range s.toks {
		a := s.head[k]
		if s.toks[k].lower != "between" || s.rel[k] != "case" || a < 0 {
			continue
		}
		n := s.head[a]
		if n < 0 || len(s.conjuncts(a)) > 1 {
			continue // already a pair
		}
		for _, b := range s.children(n, "conj") {
			c := s.child(b, "cc")
			if b > a && c > a && s.toks[c].lower == "and" && c == s.spanEnd(a) {
				s.head[b] = a
				s.index()
				break
			}
		}
	}
}

// whatCalledOnVerb mends "called for an end to what it called the RSF's siege" parsed
// with the phrase of "to" hung on the verb: "to" or "of" right after a noun gives the
// phrase that noun. c is the verb of judging, p the preposition before "what". It
// reports whether it did.
func (s *sentence) whatCalledOnVerb(c, p int) bool {
	x := s.head[c]
	if x <= c || s.head[p] != x || s.rel[p] != "case" || p < 1 || s.tag[p-1] != "NOUN" || s.head[x] == p-1 || s.toks[p].lower != "to" && s.toks[p].lower != "of" {
		return false
	}
	s.head[x], s.rel[x] = p-1, "nmod"
	s.index()
	return true
}

// repairPostModifier mends an adjective or participle after a list that the parser hung
// on the list's first member: in "fighting between Gbagbo's forces and the Republican
// Forces loyal to Ouattara" it made "loyal" Gbagbo's forces'. A modifier after a noun
// with nothing between is that noun's; set off by a comma it may be the whole list's.
func (s *sentence) repairPostModifier() {
	for w := range s.toks {
		h := s.head[w]
		if h < 0 || h > w || s.rel[w] != "amod" && s.rel[w] != "acl" {
			continue
		}
		last := -1
		for _, c := range s.children(h, "conj") {
			if c < w {
				last = c
			}
		}
		if last < 0 || s.spanOf(last) != w {
			continue
		}
		s.head[w] = last
		s.index()
	}
}

// spanOf returns the token after the phrase of noun k: k and the tokens after it that
// hang on it, left to right.
func (s *sentence) spanOf(k int) int {
	j := k + 1
	for j < len(s.toks) && s.headedBy(j, k) {
		j++
	}
	return j
}

// repairBetweenParties mends the second party of "between" that the parser made a
// conjunct of a name inside the first party's phrase: in "between the SPLA, loyal to
// President Salva Kiir, and the SPLA-IO" it made the SPLA-IO more of Kiir. "Between"
// takes two parties; the conjunct is the second.
func (s *sentence) repairBetweenParties() {
	for b := range s.toks {
		if s.prep(b) != "between" || len(s.children(b, "conj")) > 0 {
			continue
		}
		for c := b + 1; c < len(s.toks); c++ {
			h := s.head[c]
			if s.rel[c] != "conj" || h == b || h < 0 || !s.headedBy(h, b) || s.child(c, "cc") < 0 || s.toks[s.child(c, "cc")].lower != "and" {
				continue
			}
			s.head[c] = b
			s.index()
			break
		}
	}
}

// repairCoordinatedSubject mends the subject of a second clause that the parser joined
// to the first: in "Hezbollah has traded fire with Israel since October, and Yemen's
// Houthis have attacked shipping" it makes "Yemen's Houthis" more of "October" and
// "fire" the subject of "attacked"; in "Turkey backs the GNA, and Russia and Egypt
// support Haftar" it makes Russia and Egypt more of the GNA. The names between ", and"
// and the verb are its subject, and the verb's clause is joined to the first; a
// subject it had before the conjunction goes back to the first verb as its object.
func (s *sentence) repairCoordinatedSubject() {
	for v := 3; v < len(s.toks); v++ {
		if s.tag[v] != "VERB" || !s.clauseJoinRel(v) {
			continue
		}
		c, end := s.coordinatedSpan(v)
		if c < 0 {
			continue
		}
		roots, ok := s.spanRoots(c+1, end)
		if !ok || len(roots) == 0 || s.head[roots[0]] >= c {
			continue
		}
		old := s.child(v, "nsubj", "nsubj:pass")
		first := s.clauseVerb(c)
		if old > c || first < 0 || first == v {
			continue
		}
		s.joinClause(v, first, c, roots, old)
	}
}

// clauseJoinRel: the relation the parser gave the verb v of a clause joined by ", and"
// whose subject it read as more of the first clause's object is one it gives such a
// verb: a conjunct, a clause describing the last noun, one set beside the first, or an
// adverbial clause without the conjunction that would open one.
func (s *sentence) clauseJoinRel(v int) bool {
	switch s.rel[v] {
	case "conj", "acl", "acl:relcl", "parataxis":
		return true
	case "advcl":
		return s.child(v, "mark") < 0
	}
	return false
}

// repairReducedPassive mends a participle with its agent right after a noun that the
// parser joined to the clause's verb: in "the Kremlin has shown interest in a peace plan
// first put forward by Germany" it makes "put" a conjunct of "shown" (or its
// complement, or a clause beside it). A conjunct has its "and", a complement its "to"; a
// participle with no conjunction, subject or auxiliary describes the noun before it.
// The by-phrase naming someone on any participle that describes a noun is its agent.
func (s *sentence) repairReducedPassive() {
	for v := 1; v < len(s.toks); v++ {
		if s.tag[v] != "VERB" || s.rel[v] != "conj" && s.rel[v] != "xcomp" && s.rel[v] != "parataxis" || s.head[v] > v || !s.hasAgent(v) ||
			strings.HasSuffix(s.toks[v].lower, "ing") || s.child(v, "cc", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark") >= 0 {
			continue
		}
		n := v - 1
		for n > 0 && s.head[n] == v && s.rel[n] == "advmod" {
			n-- // "first put forward"
		}
		if s.tag[n] != "NOUN" && s.tag[n] != "PROPN" {
			continue
		}
		s.head[v], s.rel[v] = n, "acl"
		s.index()
	}
	for v := 1; v < len(s.toks); v++ {
		if s.tag[v] == "VERB" && s.rel[v] == "acl" && !strings.HasSuffix(s.toks[v].lower, "ing") && s.child(v, "mark", "aux") < 0 {
			s.agentOfParticiple(v)
		}
	}
}

// agentOfParticiple makes the by-phrase that names someone on the participle at v its
// agent ("a plan put forward in September by Egypt", the parser's plain oblique).
func (s *sentence) agentOfParticiple(v int) {
	for _, k := range s.children(v, "obl") {
		if s.prep(k) == "by" && s.namesSomeone(k) {
			s.rel[k] = "obl:agent"
		}
	}
}

// repairReducedRelative mends "The peacekeepers sent to guard her were disarmed"
// parsed with "sent" the main verb and "her" the subject of "were disarmed": a pronoun
// in the object case ("her", "him", "them") is no subject. It is the object of the
// verb before it, and the clause it seemed to head is the main one, with the
// participle's noun its subject and the participle describing that noun.
func (s *sentence) repairReducedRelative() {
	for p := 2; p < len(s.toks); p++ {
		v, g := s.head[p], p-1
		if !objectPronoun(s.toks[p].lower) || base(s.rel[p]) != "nsubj" || v < 0 || s.rel[v] != "ccomp" || s.head[v] != g || s.tag[g] != "VERB" {
			continue
		}
		r := s.head[g]
		if r < 0 {
			continue
		}
		n := s.child(r, "nsubj")
		if s.head[r] >= 0 || n < 0 || n != r-1 || !isParticiple(s.toks[r].lower, s.lemma[r]) || s.rel[g] != "advcl" && s.rel[g] != "xcomp" {
			continue
		}
		for _, k := range s.kids[r] {
			if k > v && k != n {
				s.head[k] = v // the sentence's punctuation
			}
		}
		s.head[p], s.rel[p] = g, "obj"
		s.head[v], s.rel[v] = -1, "root"
		s.head[n], s.rel[n] = v, "nsubj"
		if s.child(v, "aux:pass") >= 0 {
			s.rel[n] = "nsubj:pass"
		}
		s.head[r], s.rel[r] = n, "acl"
		s.index()
		return
	}
}

// objectPronoun: a pronoun in the object case.
func objectPronoun(w string) bool {
	switch w {
	case "him", "her", "them", "me", "us":
		return true
	}
	return false
}

// repairVerbOnObject mends "Spain welcomed the amendment and stood alongside
// Washington" parsed with "stood" a conjunct of "amendment", and "condemned the
// memorandum at an emergency meeting and voiced support" with "voiced" one of
// "meeting": a verb with "and" and no subject of its own coordinates with the verb whose
// object or oblique the noun is, or the noun phrases of that object or oblique hold it
// ("denied the accusation at a press conference and blamed Congo").
func (s *sentence) repairVerbOnObject() {
	for v := range s.toks {
		n := s.head[v]
		if s.rel[v] != "conj" || s.tag[v] != "VERB" || n < 0 || n > v || s.tag[n] != "NOUN" && s.tag[n] != "PROPN" ||
			s.child(v, "cc") < 0 || s.child(v, "nsubj", "nsubj:pass") >= 0 || strings.HasSuffix(s.toks[v].lower, "ing") {
			continue
		}
		for s.rel[n] == "nmod" && s.head[n] >= 0 && (s.tag[s.head[n]] == "NOUN" || s.tag[s.head[n]] == "PROPN") {
			n = s.head[n]
		}
		if w := s.head[n]; w >= 0 && s.tag[w] == "VERB" && (s.rel[n] == "obj" || s.rel[n] == "obl") {
			s.head[v] = w
			s.index()
		}
	}
}

// repairAgentOnOwnedNoun mends "its condemnation of the offensive launched by
// Azerbaijan" parsed with "launched" on "condemnation": a noun whose possessor already
// names who did it takes no second doer, so a participle with an agent describes the
// noun of its of-phrase, which stands between them.
func (s *sentence) repairAgentOnOwnedNoun() {
	for v := range s.toks {
		n := s.head[v]
		if s.rel[v] != "acl" || n < 0 || n > v || s.child(v, "obl:agent") < 0 || s.child(n, "nmod:poss") < 0 {
			continue
		}
		for _, k := range s.children(n, "nmod") {
			if k > n && k < v && s.prep(k) == "of" && s.spanEnd(k) == v {
				s.head[v] = k
				s.index()
				break
			}
		}
	}
}

// hasAgent: the verb at v has a passive's agent, as the parser labelled it or as a
// "by" phrase that names someone after a participle ("the attacks carried out by
// Hamas", parsed as a second verb of the clause).
func (s *sentence) hasAgent(v int) bool {
	if s.child(v, "obl:agent") >= 0 {
		return true
	}
	if !isParticiple(s.toks[v].lower, s.lemma[v]) {
		return false
	}
	for _, k := range s.children(v, "obl") {
		if s.prep(k) == "by" && s.namesSomeone(k) {
			return true
		}
	}
	return false
}

// coordinatedSpan returns the conjunction after a comma (", and") last before the verb
// v, and the end of the words between them: where v's auxiliaries and adverbs begin,
// or the comma that closes an apposition to the subject;
// -1 when there is no such conjunction or nothing between.
func (s *sentence) coordinatedSpan(v int) (c, end int) {
	end = v
	for end-1 > 0 {
		if (s.rel[end-1] == "aux" || s.rel[end-1] == "aux:pass" || s.rel[end-1] == "advmod" || s.toks[end-1].text == ",") && (s.head[end-1] == v || s.toks[end-1].text == ",") {
			// and the comma that closes an apposition or an aside of the subject ("IGAD,
			// the regional bloc, also welcomed it", "the Khmer Rouge, though driven from
			// every town, has begun"), wherever the parser hung it
			end--
			continue
		}
		if st := s.asideBefore(v, end); st > 0 {
			end = st // an aside set off by commas: "and Iran, despite sanctions, has sent"
			continue
		}
		break
	}
	c = end - 1
	for c > 1 && (s.tag[c] != "CCONJ" || s.toks[c-1].text != ",") {
		c--
	}
	if c <= 1 || end-c < 2 {
		return -1, end
	}
	return c, end
}

// asideBefore returns where an aside set off by commas that ends just before token end
// starts, when it is verb v's or the clause before's ("despite sanctions" in "and Iran,
// despite sanctions, has sent"; the parser may hang it on either); -1 if none.
func (s *sentence) asideBefore(v, end int) int {
	h := end - 1
	if s.head[h] < 0 || s.toks[end].text != "," {
		return -1
	}
	verb := func(k int) bool { return k == v || k == s.head[v] }
	for s.head[h] >= 0 && !verb(s.head[h]) && s.head[h] < end {
		h = s.head[h]
	}
	st := s.spanStart(h)
	if !verb(s.head[h]) || s.rel[h] != "obl" && s.rel[h] != "advcl" && s.rel[h] != "advmod" || st <= 1 || s.toks[st-1].text != "," && s.toks[st].text != "," {
		return -1
	}
	return st
}

// clauseVerb returns the verb of the clause before the conjunction at c: the head of
// the word before it, climbed to the first verb; -1 if none.
func (s *sentence) clauseVerb(c int) int {
	for k, n := s.head[c-1], 0; k >= 0 && n < len(s.toks); k, n = s.head[k], n+1 {
		if s.tag[k] == "VERB" && k < c {
			return k
		}
	}
	return -1
}

// joinClause makes roots[0] the subject of v, the other roots its conjuncts, v a
// conjunct of the verb first with the conjunction c, and old (a subject v had before
// c, or -1) the object of first.
func (s *sentence) joinClause(v, first, c int, roots []int, old int) {
	head, rel := slices.Clone(s.head), slices.Clone(s.rel)
	defer func() {
		if s.cycle() >= 0 { // "the government to present ...": the verb was under the noun
			s.head, s.rel = head, rel
			s.index()
		}
	}()
	subj := roots[0]
	s.head[v], s.rel[v] = first, "conj" // no participle describing a noun now
	s.head[subj], s.rel[subj] = v, "nsubj"
	if s.passive(v) {
		s.rel[subj] = "nsubj:pass"
	}
	closed := false // the list has had its last "and"
	for i, r := range roots[1:] {
		s.head[r] = subj
		if s.rel[r] == "appos" || closed && s.child(r, "cc") < 0 {
			s.head[r], s.rel[r] = roots[i], "appos" // "IGAD, the regional bloc": what the name before it is
		}
		closed = closed || s.child(r, "cc") >= 0
	}
	s.head[v], s.rel[v] = first, "conj"
	s.head[c], s.rel[c] = v, "cc"
	if old >= 0 {
		s.head[old], s.rel[old] = first, "obj"
		if o := s.child(first, "obj"); o >= 0 && o != old {
			s.rel[old] = "dep"
		}
	}
	s.index()
}

// repairCopulaAcrossPhrase mends a copula the parser hung on a prepositional phrase
// between it and the predicate: in "Islamabad was for two decades the Taliban's chief
// patron" it makes "decades" the predicate and "patron" its object. A noun with a
// preposition of its own is no predicate of "was"; the noun after it is, and takes the
// copula, the subject and the phrase.
func (s *sentence) repairCopulaAcrossPhrase() {
	for c := range s.toks {
		h := s.head[c]
		if s.rel[c] != "cop" || h < 0 || s.tag[h] != "NOUN" && s.tag[h] != "NUM" || s.child(h, "case") < 0 || s.child(h, "case") > h {
			continue
		}
		p := s.predicateAfter(h)
		if p < 0 {
			continue
		}
		s.head[p], s.rel[p] = s.head[h], s.rel[h]
		for _, k := range s.kids[h] {
			if k != p && (base(s.rel[k]) == "nsubj" || s.rel[k] == "cop" || s.rel[k] == "aux" || s.rel[k] == "punct" && k > p) {
				s.head[k] = p
			}
		}
		s.head[h], s.rel[h] = p, "obl"
		s.index()
	}
}

// repairClauseOnObject mends a second clause the parser joined to the object or an
// oblique of the first: in "the KRG, which has close ties with Ankara and has long been
// at odds with the PKK" it hung "odds", with an auxiliary and a copula of its own, on
// "ties". A conjunct with its own auxiliary or copula is a clause, and joins the verb.
func (s *sentence) repairClauseOnObject() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "conj" || h < 0 || h > k || s.rel[h] != "obj" && s.rel[h] != "obl" || s.head[h] < 0 || s.tag[s.head[h]] != "VERB" ||
			s.child(k, "aux", "cop") < 0 || s.child(k, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		s.head[k] = s.head[h]
		s.index()
	}
}

// repairRecipientAsCompound: a name right after a verb of giving,
// read as a modifier of the object after it, is the indirect object, the one given to:
// "Iran gave Hezbollah weapons", "the Shah offered Mr Siad help"; not a maker's name
// ("sold MiG-29 fighters"), nor either of two names ("send Ukraine Leopard tanks").
func (s *sentence) repairRecipientAsCompound() {
	for v := range s.toks {
		if !s.givingWithoutRecipient(v) {
			continue
		}
		o := s.child(v, "obj")
		first := v + 1
		if first < o && s.toks[first].lower == "the" {
			first++ // "Iran gave the Houthis drones"
		}
		if o <= first || s.tag[first] != "PROPN" {
			continue
		}
		if name := s.recipientName(v, first, o); name >= 0 {
			s.head[name], s.rel[name] = v, "iobj"
			if first > v+1 {
				s.head[v+1] = name
			}
			s.index()
		}
	}
}

// givingWithoutRecipient: the word at v is a verb of giving that the parse gives no
// indirect object.
func (s *sentence) givingWithoutRecipient(v int) bool {
	return s.tag[v] == "VERB" && s.transferVerb != nil && s.transferVerb(s.lemma[v]) && s.child(v, "iobj") < 0
}

// recipientName returns the head of the one name that the words [first, o) before
// the object o of verb v make, the others its own parts, or -1: "send Ukraine Leopard
// tanks" has two names.
func (s *sentence) recipientName(v, first, o int) int {
	name := -1
	for k := first; k < o; k++ {
		if s.tag[k] != "PROPN" || strings.ContainsAny(s.toks[k].text, "0123456789") {
			return -1
		}
		inName := s.head[k] > v && s.head[k] < o && (s.rel[k] == "flat" || courtesyTitle(s, k)) // "Mr Siad"
		if s.head[k] == o && s.rel[k] == "compound" && name < 0 {
			name = k
		} else if !inName {
			return -1
		}
	}
	return name
}

// repairSecondObject: a noun phrase with its own article or possessor right after the
// object of a verb of giving, hung on that object, is the thing given, and the object
// the one given to ("gave the plan its backing", "gave the agreement a guarded
// welcome").
func (s *sentence) repairSecondObject() {
	for v := range s.toks {
		if !s.givingWithoutRecipient(v) {
			continue
		}
		o := s.child(v, "obj")
		j := o + 1
		if o <= v || j+1 >= len(s.toks) || s.tag[o] != "NOUN" && s.tag[o] != "PROPN" {
			continue
		}
		switch s.toks[j].lower {
		case "a", "an", "its", "their", "his", "her":
		default:
			continue
		}
		n := s.head[j]
		if n <= j || s.head[n] != o || s.child(n, "case") >= 0 || !s.dominatesSpan(n, j, n+1) {
			continue
		}
		if s.tag[n] == "INTJ" || s.tag[n] == "VERB" {
			s.tag[n] = "NOUN" // "a guarded welcome"
		}
		s.head[o], s.rel[o] = v, "iobj"
		s.head[n], s.rel[n] = v, "obj"
		s.index()
	}
}

// repairParticleAsNoun: a verb's particle after its object, read as the object's noun
// with the object its modifier ("turning the plan down", "voted the resolution
// down"): the modifier is the object, the particle the verb's.
func (s *sentence) repairParticleAsNoun() {
	for k := range s.toks {
		v := s.head[k]
		switch s.toks[k].lower {
		case "down", "up", "out", "off":
		default:
			continue
		}
		if v < 0 || v > k || s.rel[k] != "obj" || s.tag[v] != "VERB" {
			continue
		}
		c := s.child(k, "compound")
		if c < 0 || c != k-1 || s.tag[c] != "NOUN" && s.tag[c] != "PROPN" {
			continue
		}
		for _, d := range s.kids[k] {
			if d < c {
				s.head[d] = c // "the" and the object's other words
			}
		}
		s.head[c], s.rel[c] = v, "obj"
		s.head[k], s.rel[k], s.tag[k] = v, "compound:prt", "ADP"
		s.index()
	}
}

// repairNameAsCase mends a name the parser took for the preposition of the phrase after
// it: in "Moscow accused Britain of aggression" it hung "Britain" on "aggression" as
// its case. A name is no preposition; right before the phrase's own preposition, with
// the phrase on a verb, it is the verb's object.
func (s *sentence) repairNameAsCase() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "case" || s.tag[k] != "PROPN" || h <= k+1 || s.rel[k+1] != "case" || s.head[k+1] != h {
			continue
		}
		v := s.head[h]
		if v < 0 || v > k || s.tag[v] != "VERB" || s.child(v, "obj") >= 0 {
			continue
		}
		s.head[k], s.rel[k] = v, "obj"
		for j := k - 1; j >= 0 && s.head[j] == h && s.rel[j] != "case"; j-- {
			s.head[j] = k // "the" and the words of the name before it
		}
		s.index()
	}
}

// repairCaseOnModifier mends a preposition the parser hung on an adjective before a
// noun: in "a proposal put forward by Egyptian and Qatari mediators" it makes "by" the
// case of "Egyptian" and "mediators" the object of "put". A preposition takes the noun
// phrase; "by" after a participle makes the noun its agent.
func (s *sentence) repairCaseOnModifier() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "case" || h < 0 || s.tag[h] != "ADJ" || s.rel[h] != "amod" {
			continue
		}
		n := s.head[h]
		if n < 0 || n < h || s.tag[n] != "NOUN" && s.tag[n] != "PROPN" || s.child(n, "case") >= 0 {
			continue
		}
		s.head[k] = n
		switch {
		case s.toks[k].lower == "by" && (s.rel[n] == "obj" || base(s.rel[n]) == "obl") && s.head[n] >= 0 && s.tag[s.head[n]] == "VERB":
			s.rel[n] = "obl:agent"
		case s.rel[n] == "obj":
			s.rel[n] = "obl"
		}
		s.index()
	}
}

// repairPossessorOnCompound mends a possessor the parser hung on the first of two
// nouns: in "Qaddafi's air defences" or "Russia's oil refineries" it made "Qaddafi" the
// possessor of "air". A possessor owns the whole phrase, whose head is the last noun.
func (s *sentence) repairPossessorOnCompound() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "nmod:poss" || h < 0 || h < k || s.rel[h] != "compound" || s.tag[h] != "NOUN" {
			continue
		}
		n := s.head[h]
		for n >= 0 && n > h && s.rel[n] == "compound" && s.tag[n] == "NOUN" {
			n = s.head[n]
		}
		if n < 0 || n < h || s.tag[n] != "NOUN" || quoteBetween(s, k+1, n-1) {
			continue // 'his "total peace" plan': a quoted name, the parser's unit
		}
		s.head[k] = n
		s.index()
	}
}

// repairHyphenParticiple mends a noun with a hyphened participle before it that the
// parser took for a phrase headed by the word before the hyphen: in "struck sites in
// Houthi-controlled areas" or "shelled rebel-held towns" it made "Houthi" the noun of
// "in" and "areas" a conjunct; in "the opposition-controlled National Assembly" the
// noun is the name's head. The noun after the participle heads the phrase, the
// participle describes it, and the word before the hyphen is the participle's agent.
func (s *sentence) repairHyphenParticiple() {
	for i := 0; i+3 < len(s.toks); i++ {
		v := i + 2
		if s.toks[i+1].text != "-" || s.toks[i].end != s.toks[i+1].start || s.toks[i+1].end != s.toks[v].start || s.tag[v] != "VERB" || !strings.HasSuffix(s.toks[v].lower, "ed") && s.toks[v].lower != "held" && s.toks[v].lower != "run" ||
			s.tag[i] != "PROPN" && s.tag[i] != "NOUN" {
			continue
		}
		if s.rel[v] == "amod" && s.head[v] > v && s.headedBy(i, v) {
			continue // already so: "the al-Qaeda-linked group", mended with the word
		}
		h := s.head[i]
		n := s.participleNoun(i, h)
		if n < 0 {
			continue
		}
		for _, k := range s.kids[i] {
			if s.rel[k] == "case" || s.rel[k] == "det" {
				s.head[k] = n
			}
		}
		s.head[n], s.rel[n] = h, s.rel[i]
		s.head[i], s.rel[i] = v, "obl:unmarked"
		s.head[i+1], s.rel[i+1] = v, "punct"
		s.head[v], s.rel[v] = n, "amod"
		s.index()
	}
}

// participleNoun returns the noun that the participle after the hyphen at i+1
// describes: the head of the phrase after it, else the word after it, that the
// parser did not hang above the word before the hyphen (h is that word's head); -1
// when none may be.
func (s *sentence) participleNoun(i, h int) int {
	for _, n := range []int{s.phraseHeadFrom(i + 3), i + 3} {
		if (s.tag[n] == "NOUN" || s.tag[n] == "PROPN") && h != i+2 && h != n && (h < 0 || !s.dominates(n, h)) {
			return n
		}
	}
	return -1
}

// phraseHeadFrom returns the noun that the modifiers from k on describe: "National
// Assembly" from "National".
func (s *sentence) phraseHeadFrom(k int) int {
	for n := 0; n < 4 && s.head[k] > k && (s.rel[k] == "amod" || s.rel[k] == "compound") && s.tag[k] != "NOUN"; n++ {
		k = s.head[k]
	}
	return k
}

// repairAgentInPhrase mends a passive's agent the parser hung on the noun of a phrase
// before it: in "the talks have been hosted in turn by Venezuela" or "the plan was
// welcomed in a statement by the EU" it makes "by Venezuela" describe "turn". A passive
// verb without an agent of its own takes the "by" phrase of its oblique.
func (s *sentence) repairAgentInPhrase() {
	for k := range s.toks {
		if s.prep(k) != "by" {
			continue
		}
		if v := s.agentlessPassive(k); v >= 0 {
			s.head[k], s.rel[k] = v, "obl:agent"
			s.index()
		}
	}
}

// agentlessPassive returns the passive verb without an agent that the "by" phrase at k
// belongs to, when the parser hung it elsewhere: on the passive's oblique ("hosted in
// turn by"), or on a later active verb whose subject comes after it ("is led, in
// practice, by Bozizé, whose candidacy the court rejected"); else -1.
func (s *sentence) agentlessPassive(k int) int {
	h := s.head[k]
	if h < 0 || h < k && s.rel[k] != "nmod" {
		return -1
	}
	v := -1
	switch {
	case s.rel[k] == "nmod" && base(s.rel[h]) == "obl" && h < k:
		v = s.head[h]
	case base(s.rel[k]) == "obl" && s.tag[h] == "VERB" && !s.passive(h) && s.child(h, "nsubj") > k:
		for p := k - 1; p >= 0; p-- {
			if s.tag[p] == "VERB" && s.passive(p) {
				v = p
				break
			}
		}
	}
	if v < 0 || s.tag[v] != "VERB" || !s.passive(v) || s.child(v, "obl:agent") >= 0 {
		return -1
	}
	return v
}

// predicateAfter returns the noun without a preposition that the parser hung on h, after
// it, as an object or apposition; -1 if none.
func (s *sentence) predicateAfter(h int) int {
	for _, k := range s.kids[h] {
		if k > h && (s.rel[k] == "obj" || s.rel[k] == "appos") && (s.tag[k] == "NOUN" || s.tag[k] == "PROPN") && s.child(k, "case") < 0 {
			return k
		}
	}
	return -1
}

// frontedList returns the conjuncts, hung on a list before a comma, that make up the
// words between that comma and the verb v; nil if those words are anything else. The
// comma is the one after the opening list: the farthest back whose words hold no list
// that ends ("B and C,") before another begins.
func (s *sentence) frontedList(v int) []int {
	var best []int
	for p := v - 2; p > 0; p-- {
		if s.toks[p].text != "," {
			continue
		}
		roots, ok := s.spanRoots(p+1, v)
		if !ok || len(roots) == 0 || s.head[roots[0]] >= p || !s.headedBy(roots[0], v) {
			break
		}
		if s.listEndsWithin(p+1, v) {
			break
		}
		best = roots
	}
	return best
}

// spanRoots returns the words of [from, to) whose heads lie outside it, when every one
// is a noun or name joined to a list before from, or an apposition after one.
func (s *sentence) spanRoots(from, to int) ([]int, bool) {
	var roots []int
	for k := from; k < to; k++ {
		h := s.head[k]
		if h >= from && h < to {
			continue
		}
		if s.rel[k] != "conj" && (s.rel[k] != "appos" || len(roots) == 0) || s.tag[k] != "PROPN" && s.tag[k] != "NOUN" || h >= from {
			return nil, false
		}
		roots = append(roots, k)
	}
	return roots, true
}

// listEndsWithin: a conjunction ("and", "or") comes before a comma in [from, to), so
// two lists meet there ("B and C, X and Y").
func (s *sentence) listEndsWithin(from, to int) bool {
	cc := false
	for k := from; k < to; k++ {
		switch {
		case s.tag[k] == "CCONJ":
			cc = true
		case s.toks[k].text == "," && cc:
			return true
		}
	}
	return false
}

// reattachOpponents mends a prepositional phrase of opposition hung on the wrong noun:
// in "fought alongside the federal army against the TPLF" the parser hangs "against
// the TPLF" on "army", but an army is not against anyone; the verb is. A phrase with
// "against" under a noun that names no act (not "an offensive against") and that is
// itself the verb's object or oblique goes to the verb.
func (s *sentence) reattachOpponents(act func(lemma string) bool) {
	for k := range s.toks {
		n := s.head[k]
		if n < 0 || s.rel[k] != "nmod" || s.prep(k) != "against" || act(s.lemma[n]) {
			continue
		}
		v := s.head[n]
		if v < 0 || s.tag[v] != "VERB" || base(s.rel[n]) != "obl" && base(s.rel[n]) != "obj" {
			continue
		}
		s.head[k], s.rel[k] = v, "obl"
		s.index()
	}
}

// reattachSupportAdjunct mends a participle of support with its agent, set off by a
// comma at the end of a clause whose verb acts against what it names ("The Houthis
// launched missiles at Israel, backed by Iran", "Hezbollah fired rockets at Israel,
// backed by its ally Amal"), which the parser hung on the target: a clause closing the
// sentence after a comma is said of the subject, as it is when it opens the sentence
// ("Backed by Iran, the Houthis attacked Israel"), and the one attacked is no one the
// attacker's backer is said to back.
func (s *sentence) reattachSupportAdjunct(hostile, supportive func(lemma string) bool) {
	for v := 2; v < len(s.toks); v++ {
		n := s.head[v]
		if !s.closingParticiple(v) || !isParticiple(s.toks[v].lower, "") || s.child(v, "obl:agent") < 0 || !supportive(s.lemma[v]) {
			continue
		}
		h := n
		for h >= 0 && s.tag[h] != "VERB" && (s.rel[h] == "obj" || base(s.rel[h]) == "obl" || s.rel[h] == "nmod") {
			h = s.head[h]
		}
		if h < 0 || s.tag[h] != "VERB" || !hostile(s.lemma[h]) {
			continue
		}
		if subj := s.child(h, "nsubj"); subj >= 0 && subj < n {
			s.head[v] = subj
			s.index()
		}
	}
}

// closingParticiple: the verb at v, a participle hung on a noun before it and set off
// by a comma, closes its clause.
func (s *sentence) closingParticiple(v int) bool {
	n := s.head[v]
	return s.rel[v] == "acl" && n >= 0 && n < v && s.toks[v-1].text == "," && s.tag[v] == "VERB" && s.closesClause(v)
}

// closesClause: the phrase at v runs to the end of the sentence, or to a semicolon or
// a dash.
func (s *sentence) closesClause(v int) bool {
	j := v + 1
	for j < len(s.toks) && s.head[j] >= 0 && s.headedBy(j, v) {
		j++
	}
	if j >= len(s.toks) {
		return true
	}
	switch s.toks[j].text {
	case ".", ";", "!", "-", "–", "—":
		return true
	}
	return false
}

// reattachNounPhrase mends a phrase hung on the verb that belongs to the noun just
// before it: in "fired missiles at Israel in solidarity with Hamas" the parser hangs
// "with Hamas" on "fired", but the solidarity is with Hamas. A phrase right after a
// noun in "in ..." that the verb governs goes to the noun when the noun's frame reads a
// phrase of that preposition (takes).
func (s *sentence) reattachNounPhrase(takes func(lemma, prep string) bool) {
	for k := range s.toks {
		v := s.head[k]
		if v < 0 || s.rel[k] != "obl" || s.tag[v] != "VERB" {
			continue
		}
		c := s.child(k, "case")
		n := c - 1
		if c < 0 || n < 1 || s.head[n] != v || s.rel[n] != "obl" || s.prep(n) != "in" || s.child(n, "det") >= 0 || !takes(s.lemma[n], s.prep(k)) {
			continue
		}
		s.head[k], s.rel[k] = n, "nmod"
		s.index()
	}
}

// reattachNounInfinitive mends an infinitive hung on the verb that belongs to the
// verb's object right before it: in "Thailand accepted an offer by Malaysia to host the
// talks" the parser makes "to host" a clause of purpose of "accepted", but it says what
// is offered. A noun that takes an infinitive (an offer, a request, a decision) keeps
// the infinitive that follows its phrase.
func (s *sentence) reattachNounInfinitive(takesInfinitive func(lemma string) bool) {
	for v := range s.toks {
		h, mk := s.head[v], s.child(v, "mark")
		if h < 0 || s.rel[v] != "advcl" && s.rel[v] != "xcomp" || mk < 0 || s.toks[mk].lower != "to" || s.tag[v] != "VERB" {
			continue
		}
		o := s.child(h, "obj")
		if o < 0 || o > mk || !takesInfinitive(s.lemma[o]) {
			continue
		}
		// the infinitive right after the noun's phrase, or after the comma that closes an
		// apposition in it ("an offer by Anwar Ibrahim, ASEAN's chairman, to host")
		if end := s.spanEnd(o); end != mk && (end != mk-1 || s.toks[end].text != ",") {
			continue
		}
		s.head[v], s.rel[v] = o, "acl"
		s.index()
	}
}

// reattachCounted mends a phrase hung on a quantifier that belongs to what it counts:
// in "dozens of strikes on HTS positions" the parser hangs "on HTS positions" on
// "dozens", but the strikes are on them. A prepositional phrase after the counted noun
// goes to that noun.
func (s *sentence) reattachCounted(quantifier func(lemma string) bool) {
	for q := range s.toks {
		if !quantifier(s.lemma[q]) && s.tag[q] != "NUM" {
			continue
		}
		counted := -1
		for _, k := range s.children(q, "nmod") {
			if s.prep(k) == "of" && counted < 0 {
				counted = k
			}
		}
		if counted < 0 {
			continue
		}
		for _, k := range s.children(q, "nmod") {
			if k > counted && s.prep(k) != "of" {
				s.head[k] = counted
			}
		}
		s.index()
	}
}

// afterApposition: the verb at v follows a name set off by commas as an apposition
// ("his ally, Egyptian President Abdel Fattah al Sisi, proposed"), not a list of acts.
func (s *sentence) afterApposition(v int) bool {
	n := v - 2
	if n < 0 || s.tag[n] != "PROPN" && s.tag[n] != "NOUN" {
		return false
	}
	for s.head[n] >= 0 && s.head[n] < v && (s.rel[n] == "flat" || s.rel[n] == "compound") {
		n = s.head[n]
	}
	return s.rel[n] == "appos"
}

// repairListEnd mends a list whose last member the parser hung on the verb ("supported
// by Russia, Egypt and the United Arab Emirates" with the Emirates as a second verb):
// a noun conjoined to a verb joins the list of nouns before it, and so do the members
// of a list the noun begins ("mediated by the United States, Egypt and Qatar").
func (s *sentence) repairListEnd() {
	for k := range s.toks {
		v := s.head[k]
		if !s.nounJoinedToVerb(k) {
			continue
		}
		list := -1
		for j := k - 1; j > v; j-- {
			if s.rel[j] == "conj" && (s.tag[j] == "NOUN" || s.tag[j] == "PROPN") && s.head[j] > v && s.head[j] < j {
				list = s.head[j] // "Russia, Egypt": the list's first member
				break
			}
			if h := s.head[j]; h == v && (base(s.rel[j]) == "obl" || s.rel[j] == "obj") && (s.tag[j] == "NOUN" || s.tag[j] == "PROPN") {
				list = j
				break
			}
		}
		if list >= 0 {
			s.head[k] = list
			s.index()
		}
	}
}

// nounJoinedToVerb: the noun at k is a conjunct of a verb, with its "and" or a list of
// its own that ends in one.
func (s *sentence) nounJoinedToVerb(k int) bool {
	v := s.head[k]
	if s.rel[k] != "conj" || v < 0 || s.tag[v] != "VERB" || s.tag[k] != "NOUN" && s.tag[k] != "PROPN" {
		return false
	}
	return s.child(k, "cc") >= 0 || s.endsList(k)
}

// isRelative: a relative pronoun, or a noun it modifies ("whose militia").
func (s *sentence) isRelative(k int) bool {
	switch s.toks[k].lower {
	case "who", "which", "that", "whom", "whose":
		return true
	}
	for _, c := range s.kids[k] {
		if s.toks[c].lower == "whose" {
			return true
		}
	}
	return false
}

// nextSubjectless returns the first verb after v's clause that heads a clause and has
// no subject, or -1.
func (s *sentence) nextSubjectless(v int) int {
	end := v
	for k := v; k < len(s.toks); k++ {
		if s.dominates(v, k) {
			end = k
		}
	}
	for w := end + 1; w < len(s.toks); w++ {
		if s.tag[w] != "VERB" && s.tag[w] != "ADJ" && s.tag[w] != "NOUN" || s.child(w, "nsubj", "nsubj:pass", "csubj", "expl") >= 0 {
			continue
		}
		if s.tag[w] != "VERB" && s.child(w, "cop") < 0 {
			continue
		}
		switch s.rel[w] {
		case "root", "parataxis", "conj", "ccomp", "advcl", "xcomp":
			if s.child(w, "aux", "aux:pass", "cop") >= 0 || s.rel[w] == "root" {
				return w
			}
		}
	}
	return -1
}

// dominates reports whether h is k or one of its heads.
func (s *sentence) dominates(h, k int) bool {
	for n := 0; k >= 0 && n < len(s.toks); n++ {
		if k == h {
			return true
		}
		k = s.head[k]
	}
	return false
}

// pieceEnd is where the piece of tokens starting at from ends. A label before a colon
// at the start ("A:", "Q:", "Allies:") is a piece of its own, so that what follows is
// parsed as the sentence it is.
func pieceEnd(toks []token, from int) int {
	if from == 0 {
		for k := 1; k < len(toks)-1 && k <= 4; k++ {
			if toks[k].text == ":" {
				return k + 1
			}
			if !toks[k].word {
				break
			}
		}
	}
	// "...; the Group for Support of Islam and Muslims said ...": clauses joined by a
	// semicolon are parsed apart
	for j := from + 4; j < len(toks)-4 && j < from+maxParse; j++ {
		if toks[j].text == ";" {
			return j + 1
		}
	}
	if len(toks)-from <= maxParse {
		return len(toks)
	}
	for j := from + maxParse; j > from+maxParse/2; j-- {
		if t := toks[j-1].text; t == "," || t == ";" || t == ":" {
			return j
		}
	}
	return from + maxParse
}

// accuserOfGerund returns the verb of accusing or crediting that a gerund introduced
// by "of" or "for" belongs to ("accused X of backing Y"), wherever the parser hung it,
// or -1.
func (s *sentence) accuserOfGerund(v int, lex *Lexicon) int {
	ofFor := func(i int) bool { return s.toks[i].lower == "of" || s.toks[i].lower == "for" }
	introduced := v > 0 && ofFor(v-1) || v > 1 && ofFor(v-2) && s.tag[v-1] == "ADV" // "of backing", "of openly backing"
	if !strings.HasSuffix(s.toks[v].lower, "ing") || !introduced {
		return -1
	}
	for h, depth := s.head[v], 0; h >= 0 && depth < 4; h, depth = s.head[h], depth+1 {
		if s.tag[h] == "VERB" && (lex.in("accusation", s.lemma[h]) || lex.in("crediting", s.lemma[h])) {
			return h
		}
	}
	return -1
}

// hyphenWord returns the word a hyphen joins to the token before k ("co-operation"),
// lower case, or "".
func (s *sentence) hyphenWord(k int) string {
	if k < 2 || s.toks[k-1].text != "-" || s.toks[k-2].end != s.toks[k-1].start || s.toks[k-1].end != s.toks[k].start {
		return ""
	}
	return s.toks[k-2].lower + "-" + s.toks[k].lower
}

// repairHonorific mends "Mr Yeltsin and Mr Maskhadov signed", "President Capt.
// Ibrahim Traore visited" parsed with "Mr" or "Capt." a subject or conjunct of its own
// and the name hung on it: an honorific or a short rank before a name is a part of the
// name, and the name takes its place in the sentence.
func (s *sentence) repairHonorific() {
	moved := false
	for k := 0; k+1 < len(s.toks); k++ {
		name := k + 1
		if !courtesyTitle(s, k) || !s.toks[name].upper || s.tag[name] != "PROPN" || s.head[k] == name || s.head[name] != k && s.headedBy(name, k) {
			continue // the name hung on the title through another word: left as parsed
		}
		if s.head[name] == k {
			s.head[name], s.rel[name] = s.head[k], s.rel[k] // the name takes its place
		}
		for _, c := range s.kids[k] {
			if c != name {
				s.head[c] = name
			}
		}
		s.head[k], s.rel[k], s.tag[k] = name, "compound", "PROPN"
		moved = true
	}
	if moved {
		s.index()
	}
}

// courtesyTitle: "Mr", "Mrs", "Ms" or "Dr", or a rank written short ("Capt.", "Gen"),
// with or without its full stop.
func courtesyTitle(s *sentence, k int) bool {
	switch strings.TrimSuffix(s.toks[k].lower, ".") {
	case "mr", "mrs", "ms", "dr", "capt", "gen", "col", "lt", "maj", "brig", "sgt", "adm", "cmdr":
		return true
	}
	return false
}

// repairTitleConjunct mends a person's title after a name and a comma that the parser
// made a conjunct of the name with no conjunction: in "Alija Izetbegovic, President of
// Bosnia and Herzegovina, arrived" it made "President" more of the name and "of Bosnia"
// the name's. The title describes the name; its of-phrase is the title's.
func (s *sentence) repairTitleConjunct() {
	if s.roleWord == nil {
		return
	}
	for k := 2; k < len(s.toks); k++ {
		h := s.head[k]
		if s.rel[k] != "conj" || h < 0 || h > k || s.toks[k-1].text != "," || s.child(k, "cc") >= 0 || !s.roleWord(s.toks[k].lower) {
			continue
		}
		if s.tag[h] != "PROPN" {
			continue
		}
		s.rel[k] = "appos"
		for _, c := range s.children(h, "nmod") {
			if c > k && s.prep(c) == "of" && s.child(c, "case") == k+1 {
				s.head[c] = k
			}
		}
		s.index()
	}
}

// repairMoreThan mends a count with "more than" or "fewer than" that the parser headed
// by "more": in "Iran launched more than 300 drones and missiles at Israel" it made
// "more" the object and the drones an oblique of it. The things counted are the
// phrase's head; "more than" tells their number.
func (s *sentence) repairMoreThan() {
	for k := 0; k+3 < len(s.toks); k++ {
		switch s.toks[k].lower {
		case "more", "fewer", "less":
		default:
			continue
		}
		if s.toks[k+1].lower != "than" || s.tag[k+2] != "NUM" {
			continue
		}
		n := s.head[k+2]
		if n < 0 || n <= k+2 || s.tag[n] != "NOUN" || s.head[n] != k {
			continue
		}
		s.head[n], s.rel[n] = s.head[k], s.rel[k]
		s.head[k], s.rel[k] = k+2, "advmod"
		s.head[k+1], s.rel[k+1] = k, "fixed"
		for _, c := range s.children(k) {
			if c != k+1 {
				s.head[c] = n
			}
		}
		s.index()
	}
}

// repairNameBeforeTime mends a name after a preposition that the parser made a
// modifier of a word of time after it: in "launched 300 drones at Israel late Saturday"
// it made "Israel" a compound of "Saturday". The name is the preposition's; the time
// is the verb's.
// repairSubjectBeforeTime mends a time phrase without a preposition between a subject
// and its verb ("Russia last night vetoed the resolution", "The Soviet Union this week
// recognised Bangladesh"), which the parser read as the subject with the name its
// modifier: the name is the subject, the time phrase the verb's.
func (s *sentence) repairSubjectBeforeTime(timeWord func(string) bool) {
	for h := range s.toks {
		v := s.head[h]
		if v < 0 || base(s.rel[h]) != "nsubj" || s.tag[v] != "VERB" || !timeWord(s.toks[h].lower) || s.tag[h] != "NOUN" {
			continue
		}
		k := -1
		for _, c := range s.kids[h] {
			if c < h && s.rel[c] == "compound" && s.tag[c] == "PROPN" {
				k = c
			}
		}
		if k < 0 {
			continue
		}
		ok := true
		for j := k + 1; j < h; j++ {
			if s.head[j] != h || !timeWord(s.toks[j].lower) { // "last", "this", "early"
				ok = false
			}
		}
		if !ok {
			continue
		}
		s.head[k], s.rel[k] = v, s.rel[h]
		s.head[h], s.rel[h] = v, "obl:unmarked"
		s.index()
	}
}

// repairNounAsApposition mends modifiers joined by "and" before a plural noun that the
// parser made the head, with the noun an apposition of the first: in "Hezbollah has
// been under U.S. and British sanctions" it read "U.S." as the root and "sanctions"
// as what it is. A noun right after the last of the modifiers, with no comma between,
// is their head.
func (s *sentence) repairNounAsApposition() {
	for k := 2; k < len(s.toks); k++ {
		h := s.head[k]
		if s.rel[k] != "appos" || s.tag[k] != "NOUN" || h < 0 || h >= k-1 || s.tag[k-1] != "ADJ" && s.tag[k-1] != "PROPN" || s.head[k-1] != h || s.rel[k-1] != "conj" || s.child(k, "det") >= 0 {
			continue
		}
		s.head[k], s.rel[k] = s.head[h], s.rel[h]
		s.head[h], s.rel[h] = k, "amod"
		for j := range s.toks {
			if j != k && s.head[j] == h && s.rel[j] != "conj" && s.rel[j] != "cc" {
				s.head[j] = k // the preposition, the copula: the noun's
			}
		}
		s.index()
	}
}

// repairModifierList mends two modifiers of one noun joined by "and" that the parser
// left as two modifiers, the conjunction on the second ("Cuban and South African
// forces", with "South African" read as a name of the forces): the second is a
// conjunct of the first, as in "Cuban and South African troops".
func (s *sentence) repairModifierList() {
	s.repairNounAsApposition()
	for c := 1; c+1 < len(s.toks); c++ {
		b := s.head[c]
		if s.rel[c] != "cc" || b <= c || s.head[b] < 0 {
			continue
		}
		n := s.head[b]
		if s.rel[b] != "compound" && s.rel[b] != "amod" || n <= b || s.tag[n] != "NOUN" || n < len(s.knownName) && s.knownName[n] || n < len(s.toks) && s.toks[n].upper {
			continue // "Human Rights Watch and Amnesty International": names, not modifiers
		}
		a := c - 1
		if s.head[a] != n || s.rel[a] != "amod" && s.rel[a] != "compound" {
			continue
		}
		s.head[b], s.rel[b] = a, "conj"
		s.index()
	}
}

func (s *sentence) repairNameBeforeTime(timeWord func(string) bool) {
	for h := range s.toks {
		c := s.child(h, "case")
		if c < 0 || !timeWord(s.toks[h].lower) || c+1 >= h {
			continue
		}
		k := c + 1
		for k < h && s.head[k] != h {
			k++ // "at Saudi Arabia early Monday": the name's head
		}
		if k >= h || s.rel[k] != "compound" || s.tag[k] != "PROPN" || !s.dominatesSpan(k, c+1, k) {
			continue
		}
		v := s.head[h]
		for v >= 0 && s.tag[v] != "VERB" {
			v = s.head[v]
		}
		if v < 0 {
			continue
		}
		s.head[k], s.rel[k] = s.head[h], s.rel[h]
		if p := s.head[k]; p >= 0 && s.rel[k] == "obl" && (s.tag[p] == "NOUN" || s.tag[p] == "PROPN") {
			s.rel[k] = "nmod" // "drones at Israel"
		}
		s.head[c] = k
		s.head[h], s.rel[h] = v, "obl:unmarked"
		s.index()
	}
}

// repairNameBeforeRelativeTime mends a name right before "last", "this" or "next" and
// a word of time, which the parser made one phrase headed by the time: in "banned the
// PKK last year" and "attacked the SDF last week" it made the name a compound of
// "year". The name heads its own phrase, in the time's place; the time is an adverbial
// of the verb.
func (s *sentence) repairNameBeforeRelativeTime(timeWord func(string) bool) {
	for h := 2; h < len(s.toks); h++ {
		a, k, v := h-1, h-2, s.head[h]
		if !timeWord(s.toks[h].lower) || s.head[a] != h || !relativeTime(s.toks[a].lower) && s.toks[a].lower != "next" || s.head[k] != h ||
			!s.toks[k].upper || s.tag[k] != "PROPN" || v < 0 || s.tag[v] != "VERB" {
			continue
		}
		rel := s.rel[h]
		if base(rel) == "obl" && s.child(h, "case") < 0 {
			if o := s.child(v, "obj"); o >= 0 {
				if !nameBetween(s, o, k) {
					continue
				}
				s.head[o], s.rel[o] = k, "compound" // "banned the Kurdistan Workers' Party last year": a word of the name was the object
			}
			rel = "obj" // "banned the PKK last year"
		}
		for j := 0; j < k; j++ {
			if s.head[j] == h {
				s.head[j] = k
			}
		}
		s.head[k], s.rel[k] = v, rel
		s.head[h], s.rel[h] = v, "obl:unmarked"
		s.index()
	}
}

// nameBetween: the tokens from i to j are the words of one name.
func nameBetween(s *sentence, i, j int) bool {
	if i > j {
		return false
	}
	for k := i; k <= j; k++ {
		if !s.toks[k].upper && s.toks[k].text != "'" && s.toks[k].text != "'s" && s.tag[k] != "PROPN" {
			return false
		}
	}
	return true
}

// repairParticipleOnNoun mends a participle in "-ing" right after a noun, with no
// comma between, that the parser made a clause of the main verb: in 'promised his men
// a swift victory over the "terrorist militias" defending the Government of National
// Accord' it made the militias' defending Haftar's. Such a participle describes the
// noun before it.
func (s *sentence) repairParticipleOnNoun() {
	for v := 2; v < len(s.toks); v++ {
		h := s.head[v]
		if s.rel[v] != "advcl" || s.tag[v] != "VERB" || !strings.HasSuffix(s.toks[v].lower, "ing") || h < 0 || h > v ||
			s.child(v, "mark", "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		n := v - 1
		for n > h && s.tag[n] == "PUNCT" && isQuote(s.toks[n].text) {
			n--
		}
		if n <= h || s.tag[n] != "NOUN" && s.tag[n] != "PROPN" || !s.headedBy(n, h) {
			continue
		}
		s.head[v], s.rel[v] = n, "acl"
		s.index()
	}
}

// repairCasedApposition mends an apposition with a preposition of its own: in "an
// airstrike near Bulo Burde that killed" the parser made "near Bulo Burde" the
// airstrike's apposition. A phrase with a preposition modifies; it does not rename.
func (s *sentence) repairCasedApposition() {
	for k := range s.toks {
		h := s.head[k]
		if s.rel[k] != "appos" || h < 0 || h > k {
			continue
		}
		c := leftmost(s, k) - 1 // "near Bulo Burde": the case may hang on the name's first word
		for c > h && s.rel[c] == "det" {
			c-- // "against the Tigray People's Liberation Front"
		}
		if c <= h || s.rel[c] != "case" || s.tag[c] != "ADP" || !s.headedBy(c, k) || commaBetween(s, c, k) {
			continue // "the Hamas leader in the strip, Yahya Sinwar": the name after the comma renames
		}
		s.head[c] = k
		s.rel[k] = "nmod"
		if s.tag[h] == "VERB" {
			s.rel[k] = "obl"
		} else if v := s.head[h]; v >= 0 && s.tag[v] == "VERB" && base(s.rel[h]) == "obl" {
			s.head[k], s.rel[k] = v, "obl" // "fought alongside federal troops against the TPLF": the verb's phrase
		}
	}
}

// hyphenSpan returns the end of a word of three or more parts joined by hyphens with
// no spaces that starts at k ("commander-in-chief", "chairman-in-office"), or k when
// none does.
func (s *sentence) hyphenSpan(k int) int {
	j := k
	for j+2 < len(s.toks) && s.toks[j+1].text == "-" && s.toks[j].end == s.toks[j+1].start && s.toks[j+1].end == s.toks[j+2].start && s.toks[j+2].word {
		j += 2
	}
	if j-k < 4 {
		return k
	}
	return j + 1
}

// hyphenAfter returns the word of three or more parts joined by hyphens that starts at
// k, lower case, or "".
func (s *sentence) hyphenAfter(k int) string {
	end := s.hyphenSpan(k)
	if end == k {
		return ""
	}
	var b strings.Builder
	for t := k; t < end; t++ {
		b.WriteString(s.toks[t].lower)
	}
	return b.String()
}

// repairHyphenModifier mends "a long-time Hezbollah ally" parsed with "time" the head
// of the phrase and "ally" hung on it: a word of two parts in lower case joined by a
// hyphen before the nouns of its phrase modifies the last of them, the phrase's head.
func (s *sentence) repairHyphenModifier() {
	for k := 0; k+2 < len(s.toks); k++ {
		y := k + 2
		if s.toks[k+1].text != "-" || !lowerWord(s.toks[k]) || !lowerWord(s.toks[y]) || s.toks[k+1].start != s.toks[k].end {
			continue
		}
		r := -1
		for t := y + 1; t < len(s.toks) && (s.tag[t] == "NOUN" || s.tag[t] == "PROPN"); t++ {
			r = t
		}
		if r < 0 || s.head[r] != y || s.tag[r] != "NOUN" || s.prep(r) != "" {
			continue
		}
		s.head[r], s.rel[r] = s.head[y], s.rel[y]
		s.head[y], s.rel[y] = r, "amod"
		for _, c := range s.children(y, "det", "nmod:poss") {
			s.head[c] = r
		}
		s.index()
	}
}

// lowerWord: a word of letters in lower case.
func lowerWord(t token) bool {
	return t.word && !t.upper && strings.ToLower(t.text) == t.text && !isDigits(t.text)
}

// repairHyphenWords makes a word of three or more parts joined by hyphens one word
// headed by its first part: the parser read "the commander-in-chief of Ukraine's armed
// forces" as "commander", a phrase "in chief" and "of ..." hung on "chief". What hangs
// on its parts from outside hangs on the word.
func (s *sentence) repairHyphenWords() {
	for k := range s.toks {
		end := s.hyphenSpan(k)
		if end == k || !s.toks[k].word {
			continue
		}
		ext, rel, ok := s.spanAttachment(k, end)
		if !ok {
			continue
		}
		if s.patronParticiple(k, end, ext, rel) {
			continue
		}
		s.joinWords(k, end)
		s.head[k], s.rel[k] = ext, rel
		s.index()
	}
}

// patronParticiple mends a word of hyphened parts [k, end) that ends in a participle
// joining a name to the noun after ("the al-Qaeda-linked group", "struck the
// al-Qaeda-affiliated al-Shabaab group"): the name is the participle's, as "the
// Iran-backed group" is parsed, and the participle and any name between modify the
// noun. It reports whether it did.
func (s *sentence) patronParticiple(k, end, ext int, rel string) bool {
	p := end - 1
	if !hyphenParticiple(s.toks[p]) {
		return false
	}
	n := s.nounRunEnd(end)
	if n < end {
		return false
	}
	if ext >= k && ext < n {
		return false
	}
	s.joinWords(k, p-1)
	if h := s.head[n]; h >= k && h <= n {
		s.head[n], s.rel[n] = ext, rel // hung inside the phrase: where the phrase hangs
	}
	for t := end; t < n; t++ {
		if h := s.head[t]; h < end || h > n {
			s.head[t], s.rel[t] = n, "compound" // "al-Shabaab" in "the ... al-Shabaab group"
		}
	}
	for t := range s.toks {
		if s.head[t] == k && (t < k || t > p) {
			s.head[t] = n // a determiner or other word hung on the name belongs to the noun
		}
	}
	s.head[p], s.rel[p], s.tag[p] = n, "amod", "VERB"
	s.head[k], s.rel[k] = p, "obl:unmarked"
	s.head[p-1], s.rel[p-1], s.tag[p-1] = k, "punct", "PUNCT"
	s.index()
	return true
}

// nounRunEnd returns the last of the nouns and names that run from k on, hyphens
// within them, or -1 when none stands at k.
func (s *sentence) nounRunEnd(k int) int {
	n := k
	for n < len(s.toks) && (s.tag[n] == "NOUN" || s.tag[n] == "PROPN" || s.toks[n].text == "-" && n > k) {
		n++
	}
	for n--; n >= k && s.tag[n] != "NOUN" && s.tag[n] != "PROPN"; n-- {
	}
	if n < k {
		return -1
	}
	return n
}

// joinWords hangs the tokens [k+1, end) on k as parts of one word, what hangs on
// them from outside on k.
func (s *sentence) joinWords(k, end int) {
	for t := range s.toks {
		if h := s.head[t]; (t < k || t >= end) && h > k && h < end {
			s.head[t] = k
		}
	}
	for t := k + 1; t < end; t++ {
		s.head[t], s.rel[t] = k, "flat"
		if !s.toks[t].word {
			s.rel[t], s.tag[t] = "punct", "PUNCT"
		}
	}
}

// hyphenParticiple: a participle that joins a name to the noun after it ("al-Qaeda-
// linked", "Saudi-led", "Iran-backed").
func hyphenParticiple(t token) bool {
	return lowerWord(t) && (hyphenBody(t.lower) || t.lower == "linked" || t.lower == "inspired")
}

// spanAttachment returns where the tokens [k, end) hang from outside, and how: the
// first token's head and relation when it hangs outside, else another's.
func (s *sentence) spanAttachment(k, end int) (head int, rel string, ok bool) {
	head = -2
	for t := end - 1; t >= k; t-- {
		if h := s.head[t]; h < k || h >= end {
			head, rel = h, s.rel[t]
		}
	}
	return head, rel, head != -2
}

// markQuotes marks the tokens between quotation marks.
func (s *sentence) markQuotes() {
	s.quoted = make([]bool, len(s.toks))
	in := false
	for i, t := range s.toks {
		switch t.text {
		case "\u201c":
			in = true
			continue
		case "\u201d":
			in = false
			continue
		case "\"":
			in = !in
			continue
		}
		s.quoted[i] = in
	}
}

// base is a relation without its subtype: "nsubj:pass" -> "nsubj".
func base(rel string) string {
	b, _, _ := strings.Cut(rel, ":")
	return b
}

// children returns the dependents of i whose relation is one of rels; a relation
// without a subtype also matches its subtypes ("obl" matches "obl:agent" unless that is
// listed apart).
func (s *sentence) children(i int, rels ...string) []int {
	var out []int
	for _, k := range s.kids[i] {
		for _, r := range rels {
			if s.rel[k] == r || !strings.Contains(r, ":") && base(s.rel[k]) == r && !excludedSubtype(s.rel[k]) {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// excludedSubtype lists the subtypes that a bare relation does not stand for: an agent
// is no ordinary oblique, a passive subject no ordinary subject.
func excludedSubtype(rel string) bool {
	return rel == "obl:agent" || rel == "nsubj:pass" || rel == "aux:pass" || rel == "nmod:poss" || rel == "acl:relcl" || rel == "compound:prt"
}

// child returns the first dependent of i with one of rels, or -1.
func (s *sentence) child(i int, rels ...string) int {
	if c := s.children(i, rels...); len(c) > 0 {
		return c[0]
	}
	return -1
}

// prep returns the preposition that introduces i ("against", "out of"), lower case;
// the parser sometimes hangs it on a title before a name ("by former senator X").
func (s *sentence) prep(i int) string {
	var words []string
	for _, k := range s.kids[i] {
		if s.rel[k] == "case" && k < i && s.toks[k].lower != "'s" && s.toks[k].lower != "'" {
			words = append(words, s.toks[k].lower)
			for _, f := range s.children(k, "fixed") {
				words = append(words, s.toks[f].lower) // "such as", "because of"
			}
		}
	}
	if len(words) == 0 {
		for _, k := range s.kids[i] {
			if k < i && (s.rel[k] == "nmod:desc" || s.rel[k] == "compound") {
				if p := s.prep(k); p != "" {
					return p
				}
			}
		}
	}
	return strings.Join(words, " ")
}

// particle returns the particle of a phrasal verb ("up" in "prop up"), or "".
func (s *sentence) particle(v int) string {
	if k := s.child(v, "compound:prt"); k >= 0 {
		return s.toks[k].lower
	}
	// "put forward", "brushed aside" with the particle taken for an adverb
	for _, k := range s.children(v, "advmod") {
		if l := s.toks[k].lower; particleWord(l) && k > v && k <= v+3 {
			return l
		}
	}
	return ""
}

// particleWord: a word that makes a verb of two words with the verb before it and is
// seldom a preposition of its own ("put forward", "brushed aside", "turned down").
func particleWord(w string) bool {
	switch w {
	case "forward", "aside", "down", "up", "out", "off", "back", "away", "over":
		return true
	}
	return false
}

// passive reports whether verb v is in the passive voice.
func (s *sentence) passive(v int) bool {
	if s.child(v, "aux:pass", "nsubj:pass", "obl:agent", "csubj:pass") >= 0 {
		return true
	}
	if !isParticiple(s.toks[v].lower, s.lemma[v]) {
		return false
	}
	// a participle modifying a noun: "forces backed by Russia", "the UN-backed GNA"; one
	// listed after a passive, with no subject of its own ("are armed, trained and
	// funded by Iran")
	return s.rel[v] == "acl" || s.rel[v] == "amod" ||
		s.listedPassive(v)
}

// listedPassive: v is a participle listed after a passive verb with no subject,
// auxiliary or object of its own ("are armed, trained and funded by Iran"), not a verb
// in the past ("was based in Doha and accused Israel") or a perfect ("is led by X and
// has killed thousands") the list goes on with.
func (s *sentence) listedPassive(v int) bool {
	return s.rel[v] == "conj" && s.head[v] >= 0 && s.child(s.head[v], "aux:pass", "nsubj:pass") >= 0 &&
		s.child(v, "nsubj", "aux", "obj", "ccomp", "xcomp") < 0
}

// isParticiple reports whether a word is a past participle of its lemma ("backed",
// "brokered", "led", "drawn").
func isParticiple(word, lemma string) bool {
	return word != lemma && (strings.HasSuffix(word, "ed") || strings.HasSuffix(word, "en") || strings.HasSuffix(word, "wn") ||
		word == "led" || word == "held" || word == "fought" || word == "struck" || word == "hit" || word == "brought" || word == "put" ||
		word == "made" || word == "sent" || word == "built" || word == "bought" || word == "paid" || word == "set" || word == "run" || word == "won")
}

// conjuncts returns i and every word conjoined with it ("Russia, Egypt and the UAE").
func (s *sentence) conjuncts(i int) []int {
	out := []int{i}
	for _, k := range s.children(i, "conj") {
		if c := s.child(k, "cc"); c >= 0 && (s.toks[c].lower == "but" || s.toks[c].lower == "yet") {
			continue // "led by the speaker, Nabih Berri, but the prime minister says": no list
		}
		out = append(out, s.conjuncts(k)...)
	}
	return out
}

// ancestorRel follows heads from i while the relation is one of rels and returns
// where it stops.
func (s *sentence) climb(i int, rels ...string) int {
	for s.head[i] >= 0 {
		found := false
		for _, r := range rels {
			if s.rel[i] == r {
				found = true
				break
			}
		}
		if !found {
			return i
		}
		i = s.head[i]
	}
	return i
}

// text returns the words of tokens i..j-1 as written.
func (s *sentence) text(doc string, i, j int) string {
	if i >= j {
		return ""
	}
	return doc[s.toks[i].start:s.toks[j-1].end]
}

// isProper reports whether token i is (part of) a name: a proper noun, or a capitalised
// word that is not at the start of the sentence.
func (s *sentence) isProper(i int) bool {
	return s.tag[i] == "PROPN" || s.toks[i].upper && i > 0 && s.tag[i] != "PRON" && s.tag[i] != "DET"
}

// parsedWith returns how many words were parsed together with word w: the sentence
// less the asides parsed apart, or the aside w is in. The parse of a long stretch is
// less sure.
func (s *sentence) parsedWith(w int) int {
	if w < len(s.unitLen) && s.unitLen[w] > 0 {
		return s.unitLen[w]
	}
	return len(s.toks)
}
