// Package extract turns an article into statements: who supports, opposes, proposes,
// endorses or rejects whom or what, and who leads whom, each tied to the sentence that
// says it.
//
// It is pure: no I/O beyond reading its lexicon once. Its knowledge lives in data files
// (data/*.tsv, *.yaml, *.txt) that a user can read and extend with files of their own;
// see LoadLexicon.
//
// The steps, per article: split sentences; find the names the article defines itself
// (acronyms, titled people, bodies named with their head); find every mention of an
// actor or initiative, resolving demonyms, capitals, possessive forces ("X's militia"),
// the article's own government and light pronoun reference; then match the relation
// patterns over each sentence read as a row of mentions and words, and mark each match
// asserted or reported, dropping negated ones.
package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Version names this extractor in every statement it makes, so that statements can be
// traced to the code and data that produced them.
const Version = "actorgraph-extract/0.1"

// Extractor extracts statements from articles. It is safe for concurrent use.
type Extractor struct {
	lex    *Lexicon
	abbrev map[string]bool
}

// New returns an extractor that reads with lex.
func New(lex *Lexicon) *Extractor {
	return &Extractor{lex: lex, abbrev: lex.abbreviations()}
}

// Result is what one article yields: its statements and every node they mention.
type Result struct {
	Statements []graph.Statement
	Nodes      []graph.Node // every actor and initiative the statements mention
	// Found is every actor and initiative the reader recognised in the article,
	// related or not: what tells a missed actor from a missed relation.
	Found     []graph.Node
	Sentences int
}

// Extract reads one document. It never fails: text it cannot read yields fewer
// statements, not an error.
func (x *Extractor) Extract(doc graph.Document) Result {
	d := x.read(doc)
	for i := range d.sents {
		d.relations(i)
	}
	return d.result()
}

// read splits a document into sentences, learns the names it defines and finds every
// mention.
func (x *Extractor) read(doc graph.Document) *docState {
	d := &docState{x: x, lex: x.lex, doc: doc, local: newTrie(), govOf: map[*entity]*entity{}, known: map[*entry]*entity{}, seen: map[string]bool{}}
	toks := tokenize(doc.Text)
	d.sents = splitSentences(toks, x.abbrev)
	for i := range d.sents {
		d.findAcronyms(d.sents[i].toks)
	}
	for i := range d.sents {
		d.findGovernments(d.sents[i].toks)
		d.findLedBodies(d.sents[i].toks)
		d.findNamedBodies(d.sents[i].toks)
		d.findDescribedForces(d.sents[i].toks)
	}
	for i := range d.sents {
		d.findPeople(i)
	}
	d.findLeadersGovernments()
	d.findRecurringNames()
	d.findInterview()
	for i := range d.sents {
		d.sentMentions = append(d.sentMentions, d.mentions(i))
	}
	return d
}

// entity is an actor or initiative as one article knows it.
type entity struct {
	node      graph.Node
	entry     *entry       // the lexicon entry, if the lexicon knows it
	roleNoun  string       // "warlord": lets "the warlord" refer to this person
	forces    *entity      // "X's forces", for a person X
	owner     *entity      // for a person: the actor whose title they hold
	init      *initMention // for an initiative: what its mention says of it
	govLeader *entity      // for "X's government": X
}

type mention struct {
	start, end int // token indices in the sentence, end exclusive
	ent        *entity
	how        how  // how the name refers to its entity (a capital may name a place)
	possessive bool // "his": the mention is followed by an implicit 's
}

type docState struct {
	x            *Extractor
	lex          *Lexicon
	doc          graph.Document
	sents        []sentence
	sentMentions [][]mention
	local        *trie // names the article defines
	ents         []*entity
	known        map[*entry]*entity
	govOf        map[*entity]*entity // state -> the government the article names for it
	inits        []*entity
	lastPerson   *entity
	prevPerson   *entity // the person named before lastPerson
	sides        *entity // "both sides", until resolveSides knows them
	interviewee  *entity // in an interview: whom "we", "us" and "our" in the answers mean
	answers      []bool  // per sentence: part of an interview answer
	current      int     // the sentence being read for mentions
	found        []found
	seen         map[string]bool
}

// entityFor returns the article's entity for a lexicon entry.
func (d *docState) entityFor(e *entry) *entity {
	if ent, ok := d.known[e]; ok {
		return ent
	}
	ent := &entity{node: e.node, entry: e}
	d.known[e] = ent
	d.ents = append(d.ents, ent)
	return ent
}

// newLocal adds an entity the article defines, under all of its names.
func (d *docState) newLocal(name string, kind graph.Kind, aliases ...string) *entity {
	ent := &entity{node: graph.Node{ID: graph.Slug(name), Name: name, Kind: kind}}
	d.ents = append(d.ents, ent)
	d.addName(ent, name)
	for _, a := range aliases {
		d.addName(ent, a)
	}
	return ent
}

func (d *docState) addName(ent *entity, name string) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	if name != ent.node.Name && !slices.Contains(ent.node.Aliases, name) {
		ent.node.Aliases = append(ent.node.Aliases, name)
	}
	d.local.add(name, nameForm{local: ent, how: byName})
}

// lookup finds the longest known name at toks[i]: the article's own names first, then
// the lexicon's.
func (d *docState) lookup(toks []token, i int) (*entity, how, int) {
	lf, lend := d.local.longest(toks, i)
	gf, gend := d.lex.names.longest(toks, i)
	switch {
	case len(lf) > 0 && lend >= gend:
		return lf[len(lf)-1].local, lf[len(lf)-1].how, lend
	case len(gf) > 0:
		// a name several actors share: the one the article already speaks of, else the
		// first (see "prefer" in actors.yaml)
		f := gf[0]
		for _, g := range gf[1:] {
			if d.known[g.entry] != nil && d.known[f.entry] == nil {
				f = g
				break
			}
		}
		return d.entityFor(f.entry), f.how, gend
	}
	return nil, 0, i
}

func (d *docState) text(toks []token, i, j int) string {
	if i >= j {
		return ""
	}
	return d.doc.Text[toks[i].start:toks[j-1].end]
}

// findAcronyms learns "Long Name (LN)" definitions, and the description that may stand
// before them: "Libya's internationally recognised government Government of National
// Accord (GNA)" names the GNA as Libya's government for this article.
func (d *docState) findAcronyms(toks []token) {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].text != "(" || toks[i+2].text != ")" || !isAllCaps(toks[i+1].text) || len(toks[i+1].text) > 8 {
			continue
		}
		acr := toks[i+1].text
		start := i
		for start > 0 {
			t := toks[start-1]
			if t.upper || t.lower == "of" || t.lower == "for" || t.lower == "and" || t.lower == "the" || t.lower == "'s" || t.text == "-" || t.text == "'" || nameParticle(t.lower) {
				start--
				continue
			}
			break
		}
		for start < i && !toks[start].upper {
			start++ // a long form starts with a capital
		}
		// drop leading words that cannot start a name, and a sentence-initial "The"
		for start < i && (toks[start].lower == "the" || d.lex.classes["notname"].has(toks[start].lower)) {
			start++
		}
		if start >= i || !initialsFit(toks[start:i], acr) {
			continue
		}
		long := d.text(toks, start, i)
		ent, _, end := d.lookup(toks, start)
		if ent == nil || end != i {
			ent = d.newLocal(long, kindOfBody(headOf(toks[start:i])), acr)
		} else {
			d.addName(ent, acr)
		}
		d.describeGovernment(toks, start, ent)
	}
}

func governmentHead(w string) bool {
	switch w {
	case "government", "junta", "regime", "administration", "authorities":
		return true
	}
	return false
}

// findLedBodies learns bodies named after who leads them: "the Saudi-led coalition",
// "a U.S.-led force". Later, "the coalition" alone means the same body.
func (d *docState) findLedBodies(toks []token) {
	for i := 0; i+3 < len(toks); i++ {
		ent, _, end := d.lookup(toks, i)
		if ent == nil || !ent.node.Kind.IsActor() || end+2 >= len(toks) || toks[end].text != "-" || toks[end+1].lower != "led" {
			continue
		}
		head := end + 2
		if d.lex.classes["body"].match(toks, head) == head || d.lex.classes["initiative"].match(toks, head) > head {
			continue
		}
		e := d.lex.classes["body"].match(toks, head)
		if other, _, oend := d.lookup(toks, i); other != nil && oend > e {
			continue
		}
		body := d.newLocal(d.text(toks, i, e), kindOfBody(strings.ToLower(toks[e-1].text)))
		d.addName(body, strings.ToLower(d.text(toks, head, e)))
		i = e - 1
	}
}

// findNamedBodies learns bodies named in capitals after their kind: "Presidential
// Leadership Council", "Supreme Political Council", "House of Representatives". A later
// "the council" refers to the last one named so (see bodyReference).
func (d *docState) findNamedBodies(toks []token) {
	notName := d.lex.classes["notname"]
	for i := 1; i < len(toks); i++ { // not the first word: a headline or sentence start
		if !toks[i].upper || !toks[i].word || isAllCaps(toks[i].text) || notName.has(toks[i].lower) {
			continue
		}
		j := i
		for j < len(toks) && (toks[j].upper && toks[j].word && !isAllCaps(toks[j].text) ||
			j > i && j+1 < len(toks) && (toks[j].lower == "of" || toks[j].lower == "for") && toks[j+1].upper) {
			j++
		}
		if j-i < 2 {
			continue
		}
		head := headOf(toks[i:j])
		if !d.lex.classes["body"].has(head) && head != "house" {
			i = j
			continue
		}
		// "the Government of Kenya", "the Ministry of Foreign Affairs of Kenya": the
		// state speaking, as "Nairobi said" is
		if kindOfBody(head) == graph.KindGovernment && (stateNamedIn(d, toks[i:j]) || stateAfter(d, toks, j)) {
			i = j
			continue
		}
		if ent, _, e := d.lookup(toks, i); ent != nil && e >= j {
			i = j
			continue
		}
		start := i
		if i > 1 && toks[i-1].upper && isNumberWord(toks[i-1].lower) {
			start = i - 1 // "the Three Brotherhood Alliance"
		}
		d.newLocal(d.text(toks, start, j), kindOfBody(head))
		i = j
	}
}

// findDescribedForces learns armed forces an article names only by what they are:
// "ethnic Armenian forces", "forces from the neighbouring Amhara region". They are
// actors of their own, not the state whose demonym they carry nor a place; the article
// may call them so again ("ethnic Armenian fighters", "Amhara forces").
func (d *docState) findDescribedForces(toks []token) {
	force := d.lex.classes["force"]
	named := func(name string, kind graph.Kind) *entity {
		for _, e := range d.ents {
			if strings.EqualFold(e.node.Name, name) {
				return e
			}
		}
		return d.newLocal(name, kind)
	}
	for i := 0; i+2 < len(toks); i++ {
		// ethnic DEMONYM FORCE
		if toks[i].lower == "ethnic" {
			if forms, end := d.lex.names.longest(toks, i+1); len(forms) > 0 && forms[0].how == byDemonym {
				if e := force.match(toks, end); e > end {
					ent := named("ethnic "+d.text(toks, i+1, end)+" forces", graph.KindGroup)
					d.addName(ent, d.text(toks, i, e))
					i = e - 1
					continue
				}
			}
		}
		// FORCE from the (neighbouring) NAME region
		if e := force.match(toks, i); e > i && e+2 < len(toks) && toks[e].lower == "from" {
			k := e + 1
			if toks[k].lower == "the" {
				k++
			}
			if k < len(toks) && (toks[k].lower == "neighbouring" || toks[k].lower == "neighboring" || toks[k].lower == "nearby") {
				k++
			}
			if k+1 < len(toks) && toks[k].upper && toks[k].word && !isAllCaps(toks[k].text) && isRegionWord(toks[k+1].lower) {
				ent := named(toks[k].text+" forces", graph.KindGroup)
				d.addName(ent, toks[k].text+" regional forces")
				d.addName(ent, d.text(toks, i, k+2))
				i = k + 1
			}
		}
	}
}

// stateNamedIn reports whether a body's name ends in "of" and a state: "Government of
// Kenya", "Ministry of Defence of the Republic of Kenya".
func stateNamedIn(d *docState, words []token) bool {
	for k := len(words) - 2; k >= 0; k-- {
		if words[k].lower == "of" {
			e, _, end := d.lookup(words, k+1)
			return e != nil && e.node.Kind == graph.KindState && end == len(words)
		}
	}
	return false
}

// stateAfter reports whether "of (the) STATE" follows a body's name at toks[j]: "the
// Ministry of Foreign Affairs of the Republic of Kenya".
func stateAfter(d *docState, toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].lower != "of" {
		return false
	}
	k := j + 1
	if toks[k].lower == "the" {
		k++
	}
	e, _, _ := d.lookup(toks, k)
	return e != nil && e.node.Kind == graph.KindState
}

func isNumberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve":
		return true
	}
	return false
}

func isRegionWord(w string) bool {
	switch w {
	case "region", "state", "province", "district", "governorate", "county", "prefecture", "oblast":
		return true
	}
	return false
}

// findInterview reads an interview: a headline or opening that says "interview with X"
// and paragraphs of questions and answers ("Q:", "A:"). In the answers "we", "us" and
// "our" are X's side: the body or state X speaks for, or X.
func (d *docState) findInterview() {
	var who *entity
	headline := [][]token{tokenize(d.doc.Title)}
	for i := 0; i < len(d.sents) && i < 3; i++ {
		headline = append(headline, d.sents[i].toks)
	}
	for _, toks := range headline {
		for k := 0; k+2 < len(toks) && who == nil; k++ {
			if toks[k].lower == "interview" && toks[k+1].lower == "with" {
				if e, _, _ := d.lookup(toks, k+2); e != nil && e.node.Kind.IsActor() {
					who = e
				}
			}
		}
	}
	if who == nil {
		d.findIssuer(headline)
		return
	}
	if who.node.Kind == graph.KindPerson && who.owner != nil {
		who = who.owner
	}
	d.answers = make([]bool, len(d.sents))
	answer := false
	for i, sent := range d.sents {
		toks := sent.toks
		if len(toks) > 1 && (i == 0 || toks[0].newline) && toks[1].text == ":" {
			switch toks[0].lower {
			case "q", "question":
				answer = false
			case "a", "answer":
				answer = true
			}
		}
		d.answers[i] = answer
		if answer {
			d.interviewee = who
		}
	}
}

// findIssuer reads a press release or statement: a headline or opening that says "press
// release" or "statement", issued by the body its source names (or, failing that, the
// first actor its opening names). Outside quotations, its "we", "us" and "our" are the
// issuer: the whole text is one answer.
func (d *docState) findIssuer(headline [][]token) {
	release := false
	for _, toks := range headline {
		for k := range toks {
			if toks[k].lower == "statement" || toks[k].lower == "communique" || toks[k].lower == "communiqué" ||
				toks[k].lower == "press" && k+1 < len(toks) && toks[k+1].lower == "release" {
				release = true
			}
		}
	}
	if !release {
		return
	}
	var issuer *entity
	// the source's state if it names one ("Ministry of Foreign Affairs of Kenya"), else
	// its first actor
	src := tokenize(d.doc.Source)
	for k := range src {
		if e, _, _ := d.lookup(src, k); e != nil && e.node.Kind.IsActor() && (issuer == nil || e.node.Kind == graph.KindState && issuer.node.Kind != graph.KindState) {
			issuer = e
		}
	}
	for i := 0; i < len(d.sents) && i < 3 && issuer == nil; i++ {
		toks := d.sents[i].toks
		for k := range toks {
			if e, _, _ := d.lookup(toks, k); e != nil && e.node.Kind.IsActor() && e.node.Kind != graph.KindPerson {
				issuer = e
				break
			}
		}
	}
	if issuer == nil {
		return
	}
	d.interviewee = issuer
	d.answers = make([]bool, len(d.sents))
	for i := range d.answers {
		d.answers[i] = true
	}
}

// findLeadersGovernments learns a state's government from "Hadi's government" when
// the article has made Hadi the state's leader by title and named no government for
// it: the government is then an actor of its own ("Yemeni government"), the one the
// title holder leads, and the one "the government" and "government troops" mean.
func (d *docState) findLeadersGovernments() {
	for si := range d.sents {
		toks := d.sents[si].toks
		if !slices.ContainsFunc(toks, func(t token) bool { return t.lower == "government" || t.lower == "administration" }) {
			continue // most sentences: no name to look up
		}
		for i := 0; i < len(toks); i++ {
			p, _, end := d.lookup(toks, i)
			if p == nil || p.node.Kind != graph.KindPerson || p.owner == nil || p.owner.node.Kind != graph.KindState ||
				d.govOf[p.owner] != nil || end+1 >= len(toks) || toks[end].lower != "'s" ||
				toks[end+1].lower != "government" && toks[end+1].lower != "administration" {
				continue
			}
			state := p.owner
			name := "government of " + state.node.Name
			if state.entry != nil && len(state.entry.demonyms) > 0 {
				name = state.entry.demonyms[0] + " government"
			}
			gov := d.newLocal(name, graph.KindGovernment, state.node.Name+"'s government", "government of "+state.node.Name, d.text(toks, i, end+2))
			d.govOf[state] = gov
			p.owner = gov
			for k := range d.found {
				if f := &d.found[k]; f.s == p && f.p == graph.Leads && f.o == state {
					f.o = gov
				}
			}
		}
	}
}

// findGovernments learns a state's government named with a qualifier: "Ethiopia's
// federal government", "the Yemeni internationally recognised government". The article
// then means it by "the federal government", "federal forces", "government troops"
// and by the state's government and army, as a reader would.
func (d *docState) findGovernments(toks []token) {
	for i := 0; i+2 < len(toks); i++ {
		ent, how, end := d.lookup(toks, i)
		if ent == nil || ent.node.Kind != graph.KindState {
			continue
		}
		j := end
		if how != byDemonym {
			if j >= len(toks) || toks[j].lower != "'s" {
				continue
			}
			j++
		}
		k := j
		for k < len(toks) && k-j < 3 && toks[k].word && !toks[k].upper && !governmentHead(toks[k].lower) {
			k++
		}
		if k >= len(toks) || !governmentHead(toks[k].lower) {
			continue
		}
		gov := d.govOf[ent]
		if k == j {
			// "the Syrian government", "Yemen's government": the state's government as
			// an actor of its own, which its president leads and its army fights for
			if gov == nil {
				name := ent.node.Name + "'s government"
				if ent.entry != nil && len(ent.entry.demonyms) > 0 {
					name = ent.entry.demonyms[0] + " government"
				}
				gov = d.newLocal(name, graph.KindGovernment, d.text(toks, i, k+1))
				d.govOf[ent] = gov
			}
			continue
		}
		qual := d.text(toks, j, k) // "federal", "internationally recognised", "military"
		if gov == nil {
			gov = d.newLocal(d.text(toks, i, k+1), graph.KindGovernment)
			d.govOf[ent] = gov
		}
		for _, noun := range []string{"government", "forces", "troops", "army", "side", "authorities"} {
			d.addName(gov, qual+" "+noun)
		}
		if head := toks[k].lower; head != "government" {
			// "the junta", "the regime", "junta troops"
			d.addName(gov, head)
			d.addName(gov, qual+" "+head)
			if qual == "military" || head == "junta" {
				// a junta is its army: "the army said", "the military"
				d.addName(gov, "military")
				d.addName(gov, "army")
				d.addName(gov, "armed forces")
			}
		}
		i = k
	}
}

// initialsFit reports whether the acronym can be read off the long form's capitals.
func initialsFit(words []token, acr string) bool {
	var caps []rune
	for _, w := range words {
		if w.upper {
			caps = append(caps, []rune(w.text)[0])
		}
	}
	a := []rune(strings.ToUpper(acr))
	// every letter of the acronym appears among the capitals, in order
	k := 0
	for _, c := range caps {
		if k < len(a) && c == a[k] {
			k++
		}
	}
	if k == len(a) || len(caps) == len(a) {
		return true
	}
	// an acronym of the name in another language ("Volunteers for the Defence of the
	// Homeland (VDP)"): the first letters agree and the name has about as many words
	return len(a) >= 3 && len(caps) >= len(a)-1 && len(caps) <= len(a)+1 && caps[0] == a[0]
}

// nameParticle reports whether w may stand, lower case, inside a name: "Jama'at Nusrat
// al-Islam wal-Muslimin", "Forces Armees de la Republique".
func nameParticle(w string) bool {
	switch w {
	case "al", "el", "ul", "wal", "wa", "bin", "ibn", "bint", "abu", "ad", "ar", "as", "ash", "at", "az",
		"de", "du", "des", "la", "le", "les", "pour", "y", "da", "do", "dos", "das":
		return true
	}
	return false
}

// describeGovernment looks before a body's name for "STATE's ... government" or
// "the STATE-ian government": the article then means this body by the state's
// government, army and forces.
func (d *docState) describeGovernment(toks []token, at int, body *entity) {
	j := at - 1
	if j < 0 || !d.lex.classes["government"].has(toks[j].lower) {
		return
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		ent, how, end := d.lookup(toks, k)
		if ent == nil || ent.node.Kind != graph.KindState {
			continue
		}
		if end < len(toks) && toks[end].lower == "'s" {
			end++
		}
		if how == byDemonym || end <= j {
			d.govOf[ent] = body
			d.addName(body, d.text(toks, k, j+1))
			d.addName(body, d.text(toks, end, j+1))
			return
		}
	}
}

// headOf returns the head noun of a name: the word before "of" if there is one
// ("Government of National Accord"), else the last word ("Rapid Support Forces").
func headOf(words []token) string {
	for k, w := range words {
		if w.lower == "of" && k > 0 {
			return words[k-1].lower
		}
	}
	return words[len(words)-1].lower
}

func kindOfBody(head string) graph.Kind {
	switch head {
	case "government", "council", "assembly", "parliament", "ministry", "administration", "cabinet", "congress", "senate", "authority", "junta", "commission", "court":
		return graph.KindGovernment
	case "army", "forces", "front", "movement", "militia", "brigade", "brigades", "battalion", "group", "rebels", "guard", "guards", "corps", "regiment", "division", "command":
		return graph.KindGroup
	}
	return graph.KindOrganisation
}

// findPeople learns people from their titles: "Egyptian President Abdel Fattah al
// Sisi" (and that he leads Egypt), "warlord Khalifa Haftar", "Khaled al Meshri, head of
// the legislative assembly", "Libya's Sarraj".
func (d *docState) findPeople(si int) {
	toks := d.sents[si].toks
	roles := d.lex.classes["role"]
	for i := 0; i < len(toks); i++ {
		// ROLE Name, unless the "name" is a body's: "the Central General Staff"
		if end := roles.match(toks, i); end > i {
			nameEnd := d.nameAt(toks, end)
			if nameEnd > end && d.lex.classes["body"].has(toks[nameEnd-1].lower) {
				nameEnd = end
			}
			if nameEnd > end {
				roleText := strings.ToLower(d.text(toks, i, end))
				owner := d.ownerBefore(toks, i)
				p := d.person(toks, end, nameEnd)
				p.roleNoun = lastWord(roleText)
				d.titled(si, p, owner, toks, i, end)
				i = nameEnd - 1
				continue
			}
		}
		// Name , (the)? ROLE of BODY
		if nameEnd := d.nameAt(toks, i); nameEnd > i+1 || nameEnd > i && (i == 0 || toks[i-1].text == ",") {
			j := nameEnd
			if j+2 < len(toks) && toks[j].text == "," {
				k := j + 1
				if toks[k].lower == "the" {
					k++
				}
				if end := roles.match(toks, k); end > k && end < len(toks) && toks[end].lower == "of" {
					body := d.bodyAt(si, toks, end+1)
					if body != nil {
						ent, _, _ := d.lookup(toks, i)
						if ent == nil || ent.node.Kind != graph.KindPerson {
							ent = d.person(toks, i, nameEnd)
						}
						d.titled(si, ent, body, toks, k, end)
					}
				}
			}
		}
		// "The TPLF's leader, Name,", "its speaker, Name.": a person
		if end := roles.match(toks, i); end > i && end+2 < len(toks) && toks[end].text == "," {
			if nameEnd := d.nameAt(toks, end+1); nameEnd > end+2 && (nameEnd == len(toks) || !toks[nameEnd].word) {
				if ent, _, _ := d.lookup(toks, end+1); ent == nil {
					d.person(toks, end+1, nameEnd)
				}
			}
		}
		// "led by Name", "headed by Name": a person
		if i+2 < len(toks) && toks[i+1].lower == "by" && isLedBy(toks[i].lower) {
			if nameEnd := d.nameAt(toks, i+2); nameEnd > i+3 {
				if ent, _, _ := d.lookup(toks, i+2); ent == nil {
					d.person(toks, i+2, nameEnd)
				}
			}
		}
		// "Name, a former rebel leader": a person
		if nameEnd := d.nameAt(toks, i); nameEnd > i+1 && nameEnd+2 < len(toks) && toks[nameEnd].text == "," &&
			(toks[nameEnd+1].lower == "a" || toks[nameEnd+1].lower == "an" || toks[nameEnd+1].lower == "the") {
			for k := nameEnd + 2; k < len(toks) && k <= nameEnd+5; k++ {
				if roles.match(toks, k) > k {
					if ent, _, _ := d.lookup(toks, i); ent == nil {
						d.person(toks, i, nameEnd)
					}
					break
				}
				if toks[k].upper || !toks[k].word {
					break
				}
			}
		}
		// "Mohamed Hamdan Dagalo, known as Hemedti": another name
		if ent, _, end := d.lookup(toks, i); ent != nil && ent.node.Kind == graph.KindPerson && end+3 < len(toks) && toks[end].text == "," {
			k := end + 1
			if toks[k].lower == "also" || toks[k].lower == "better" || toks[k].lower == "widely" || toks[k].lower == "commonly" {
				k++
			}
			if k+2 < len(toks) && toks[k].lower == "known" && toks[k+1].lower == "as" {
				if nameEnd := d.nameAt(toks, k+2); nameEnd > k+2 {
					d.addName(ent, d.text(toks, k+2, nameEnd))
				}
			}
		}
		// STATE 's Name: "Libya's Sarraj", "Russia's Putin"
		if ent, _, end := d.lookup(toks, i); ent != nil && ent.node.Kind == graph.KindState && end+1 < len(toks) && toks[end].lower == "'s" {
			if nameEnd := d.nameAt(toks, end+1); nameEnd > end+1 {
				if other, _, _ := d.lookup(toks, end+1); other == nil && !d.lex.classes["body"].has(toks[nameEnd-1].lower) &&
					(nameEnd >= len(toks) || !d.lex.classes["body"].has(toks[nameEnd].lower) && !d.lex.classes["initiative"].has(toks[nameEnd].lower)) {
					p := d.person(toks, end+1, nameEnd)
					if p.owner == nil {
						p.owner = ent
					}
				}
			}
		}
	}
}

// findRecurringNames learns people introduced by name alone: "Khalifa Haftar
// commands the LNA" followed by "Haftar's forces". A capitalised name of two to four
// words that the lexicon does not know, whose last word the article later uses alone,
// is a person. Names with a word of a place or a body ("Red Sea", "Jufra Air Base",
// "Supreme Political Council") are not.
func (d *docState) findRecurringNames() {
	type cand struct{ si, i, j int }
	var cands []cand
	alone := map[string]int{}
	notName := d.lex.classes["notname"]
	for si, s := range d.sents {
		toks := s.toks
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if !t.upper || !t.word || notName.has(t.lower) || isAllCaps(t.text) {
				continue
			}
			j := d.nameAt(toks, i)
			if j <= i {
				continue
			}
			before := i == 0 || !toks[i-1].upper || !toks[i-1].word
			if j-i == 1 && before {
				alone[t.lower]++
			}
			if j-i >= 2 && j-i <= 4 && (i > 0 || j < len(toks) && !toks[j].upper) && !isParticle(t.lower) {
				cands = append(cands, cand{si, i, j})
			}
			i = j - 1
		}
	}
	for _, c := range cands {
		toks := d.sents[c.si].toks
		last := toks[c.j-1].lower
		if alone[last] == 0 || d.placeOrBody(toks, c.i, c.j) {
			continue
		}
		if ent, _, end := d.lookup(toks, c.i); ent != nil && end >= c.j {
			continue // known already
		}
		d.person(toks, c.i, c.j)
	}
}

// placeOrBody reports whether a capitalised name is a place or a body rather than a
// person: it has a word that names places or bodies, or a name the lexicon knows.
func (d *docState) placeOrBody(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		w := toks[k].lower
		if d.lex.classes["body"].has(w) || d.lex.classes["initiative"].has(w) || d.lex.classes["role"].has(w) {
			return true
		}
		switch w {
		case "sea", "river", "lake", "gulf", "bay", "island", "islands", "mountains", "mountain", "valley", "desert",
			"city", "province", "region", "district", "state", "county", "street", "square", "road", "highway", "base",
			"airport", "port", "air", "strait", "canal", "corridor", "peninsula", "coast", "basin", "field", "fields",
			"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new", "saint",
			"st", "fort", "camp", "bridge", "dam", "palace", "house", "hotel", "hospital", "university", "news",
			"times", "post", "press", "agency", "television", "tv", "radio", "facebook", "twitter", "telegram":
			return true
		}
		if ent, _, _ := d.lookup(toks, k); ent != nil && ent.node.Kind != graph.KindPerson {
			return true
		}
	}
	return false
}

// titled records a person's title: leaders lead the owner, spokespeople speak for it.
func (d *docState) titled(si int, p, owner *entity, toks []token, roleStart, roleEnd int) {
	if owner == nil && p.entry != nil && d.lex.classes["leader"].match(toks, roleStart) == roleEnd {
		// "President Donald Trump": the lexicon knows what he leads
		if led := d.lex.led(p.entry); len(led) == 1 {
			owner = d.entityFor(led[0])
		}
	}
	if owner == nil || owner == p {
		return
	}
	if gov := d.govOf[owner]; gov != nil {
		owner = gov // "Syrian President Assad" leads the Syrian government the article speaks of
	}
	p.owner = owner
	if former := roleStart > 0 && isFormer(toks[roleStart-1].lower) ||
		roleStart > 1 && isFormer(toks[roleStart-2].lower); former {
		return // "former Kenyan president": no longer leads
	}
	switch {
	case d.lex.classes["leader"].match(toks, roleStart) == roleEnd:
		d.emit(si, p, graph.Leads, owner, graph.Asserted, "title")
	case d.lex.classes["spokesperson"].match(toks, roleStart) == roleEnd:
		d.emit(si, p, graph.SpokespersonFor, owner, graph.Asserted, "title")
	}
}

func isLedBy(w string) bool {
	switch w {
	case "led", "headed", "commanded", "chaired", "founded", "run", "ruled":
		return true
	}
	return false
}

func isFormer(w string) bool {
	return w == "former" || w == "ex" || w == "late" || w == "then" || w == "onetime" || w == "erstwhile"
}

// ownerBefore finds the actor a title belongs to, written before it: "Egyptian
// President", "GNA spokesman", "France's foreign minister".
func (d *docState) ownerBefore(toks []token, role int) *entity {
	for k := max(0, role-4); k < role; k++ {
		ent, _, end := d.lookup(toks, k)
		if ent == nil || ent.node.Kind == graph.KindPerson {
			continue
		}
		if end < role && toks[end].lower == "'s" {
			end++
		}
		if end == role {
			return ent
		}
	}
	return nil
}

// bodyAt reads the body after "head of": a known actor, or a noun phrase headed by a
// body noun ("the GNA-aligned legislative assembly") that becomes a new actor.
func (d *docState) bodyAt(si int, toks []token, i int) *entity {
	if i < len(toks) && toks[i].lower == "the" {
		i++
	}
	end := i
	for end < len(toks) && toks[end].text != "," && toks[end].text != "." && toks[end].text != "(" && toks[end].lower != "and" && toks[end].lower != "who" && end-i < 8 {
		end++
	}
	if end == i {
		return nil
	}
	// a known body at the end of the phrase: "the Emirati-backed Southern Transitional
	// Council", "the Houthis' Supreme Political Council"
	for k := i; k < end; k++ {
		if ent, _, e := d.lookup(toks, k); ent != nil && e == end && ent.node.Kind.IsActor() && ent.node.Kind != graph.KindPerson {
			for _, side := range d.hyphenSides(toks, i, k) {
				if side.backs {
					d.emit(si, side.actor, graph.Supports, ent, graph.Asserted, "hyphenated name")
				} else {
					d.emit(si, ent, graph.Supports, side.actor, graph.Asserted, "hyphenated name")
				}
			}
			return ent
		}
		if k == i && toks[k].upper {
			continue
		}
	}
	if !d.lex.classes["body"].has(toks[end-1].lower) {
		return nil
	}
	name := d.text(toks, i, end)
	sides := d.hyphenSides(toks, i, end) // read before the body's own name shadows them
	ent := d.newLocal(name, kindOfBody(toks[end-1].lower))
	// "the legislative assembly" later refers to it too
	if end-i > 2 {
		d.addName(ent, d.text(toks, end-2, end))
	}
	for _, side := range sides {
		if side.backs {
			d.emit(si, side.actor, graph.Supports, ent, graph.Asserted, "hyphenated name")
		} else {
			d.emit(si, ent, graph.Supports, side.actor, graph.Asserted, "hyphenated name")
		}
	}
	return ent
}

type hyphenSide struct {
	actor *entity
	backs bool // the actor backs the body ("Emirati-backed"); else the body backs it ("GNA-aligned")
}

// hyphenSides reads what a body's own name says of its side: the "GNA-aligned
// assembly" supports the GNA; the "Emirati-backed council" is supported by the UAE.
func (d *docState) hyphenSides(toks []token, i, end int) []hyphenSide {
	var out []hyphenSide
	for k := i; k+2 < end; k++ {
		other, _, e := d.lookup(toks, k)
		if other == nil || e+1 >= end || toks[e].text != "-" {
			continue
		}
		switch toks[e+1].lower {
		case "aligned", "allied", "affiliated", "loyal":
			out = append(out, hyphenSide{actor: other})
		case "backed", "supported", "funded", "armed", "sponsored":
			out = append(out, hyphenSide{actor: other, backs: true})
		}
	}
	return out
}

// nameAt returns the end of a personal name starting at toks[i], or i: capitalised
// words, with particles (al, bin, de, Le) and hyphens inside.
func (d *docState) nameAt(toks []token, i int) int {
	j := i
	for j < len(toks) {
		t := toks[j]
		switch {
		case t.upper && t.word && !isAllCaps(t.text) && !d.lex.classes["notname"].has(t.lower):
			if ent, _, end := d.lookup(toks, j); ent != nil && ent.node.Kind != graph.KindPerson && end > j {
				return j // "President Erdogan Turkey": stop at a known actor that is no person
			}
			if d.lex.classes["role"].match(toks, j) > j && j == i {
				return i
			}
			j++
		case j > i && j+1 < len(toks) && isParticle(t.lower) &&
			(toks[j+1].upper || toks[j+1].text == "-" && j+2 < len(toks) && toks[j+2].upper):
			j++
		case j > i && t.text == "-" && j+1 < len(toks) && toks[j+1].upper && toks[j-1].end == t.start:
			j++
		default:
			return trimName(toks, i, j)
		}
	}
	return trimName(toks, i, j)
}

func trimName(toks []token, i, j int) int {
	for j > i && (isParticle(toks[j-1].lower) || toks[j-1].text == "-") {
		j--
	}
	return j
}

func isParticle(w string) bool {
	switch w {
	case "al", "el", "bin", "ibn", "abu", "de", "del", "da", "di", "van", "von", "der", "le", "la", "bint", "ould", "ag":
		return true
	}
	return false
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// person returns the person named by toks[i:j], new or known, with the short forms an
// article uses after the first mention: the surname, and "al Sisi" for "al Sisi".
func (d *docState) person(toks []token, i, j int) *entity {
	if ent, _, end := d.lookup(toks, i); ent != nil && end >= j && ent.node.Kind == graph.KindPerson {
		return ent
	}
	name := d.text(toks, i, j)
	p := d.newLocal(name, graph.KindPerson)
	last := toks[j-1].text
	if j-i > 1 {
		if _, _, end := d.lookup(toks, j-1); end <= j-1 {
			d.addName(p, last)
		}
		if j-i > 2 && isParticle(toks[j-2].lower) {
			d.addName(p, d.text(toks, j-2, j))
		}
	}
	return p
}

// forcesOf returns the armed forces of a person: "Haftar's militia", "Haftar forces".
// The words say who leads them, so the first sentence that names them also gives
// "leads".
func (d *docState) forcesOf(p *entity) *entity {
	if p.forces == nil {
		// named as articles name them, by the surname: "Haftar's forces"
		name := lastWord(p.node.Name) + "'s forces"
		p.forces = &entity{node: graph.Node{ID: graph.Slug(p.node.Name + " forces"), Name: name, Kind: graph.KindGroup}}
		d.ents = append(d.ents, p.forces)
		d.emit(d.current, p, graph.Leads, p.forces, graph.Asserted, "possessive forces")
	}
	return p.forces
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// found is a statement before its nodes are final: initiatives are named only once
// the whole article is read.
type found struct {
	s, o *entity
	p    graph.Predicate
	ev   graph.Evidence
	rule string
}

// emit records a statement once per (subject, predicate, object, sentence).
func (d *docState) emit(si int, s *entity, p graph.Predicate, o *entity, m graph.Modality, rule string) {
	if s == nil || o == nil || s == o && s != d.sides {
		return
	}
	if p == graph.Leads && (s.node.Kind != graph.KindPerson || o.node.Kind == graph.KindPerson || o.node.Kind == graph.KindInitiative) {
		return // a person leads a body or a state
	}
	key := strings.Join([]string{itoa(si), s.node.ID, string(p), o.node.ID}, "\x00")
	if d.seen[key] {
		return
	}
	d.seen[key] = true
	sent := d.sents[si]
	d.found = append(d.found, found{s: s, p: p, o: o, rule: rule, ev: graph.Evidence{
		Document:   d.doc.ID,
		Sentence:   d.doc.Text[sent.start:sent.end],
		Start:      sent.start,
		End:        sent.end,
		Modality:   m,
		Confidence: map[graph.Modality]float64{graph.Asserted: 0.8, graph.Reported: 0.5}[m],
	}})
}

// result names the initiatives, fills in the nodes and sorts the statements.
func (d *docState) result() Result {
	d.resolveGovernments()
	d.resolveSides()
	d.clusterInitiatives()
	nodes := map[string]graph.Node{}
	out := Result{Sentences: len(d.sents)}
	for _, f := range d.found {
		out.Statements = append(out.Statements, graph.Statement{
			Subject: f.s.node, Predicate: f.p, Object: f.o.node, Evidence: f.ev, Extractor: Version, Rule: f.rule,
		})
		nodes[f.s.node.ID], nodes[f.o.node.ID] = f.s.node, f.o.node
	}
	for _, n := range nodes {
		out.Nodes = append(out.Nodes, n)
	}
	for _, e := range d.ents {
		out.Found = append(out.Found, e.node)
	}
	slices.SortFunc(out.Found, func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(out.Nodes, func(a, b graph.Node) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(out.Statements, func(a, b graph.Statement) int {
		return cmp.Or(cmp.Compare(a.Evidence.Start, b.Evidence.Start), cmp.Compare(a.Subject.ID, b.Subject.ID),
			cmp.Compare(a.Predicate, b.Predicate), cmp.Compare(a.Object.ID, b.Object.ID))
	})
	return out
}
