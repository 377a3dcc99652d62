package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// entity is an actor or initiative as one article knows it.
type entity struct {
	node  graph.Node
	entry *entry // the lexicon entry, if the lexicon knows it
	agent string // the kind of generic name that stands for it ("rebel", "military")
	// for a person: the actor whose title they hold, and the title
	owner *entity
	role  string
	// for a person: titled as a state's head with no owner before the title ("President
	// Slobodan Milosevic")
	stateTitle bool
	titleSent  int // the sentence that gives the title
	// for "X's forces" where X is a person: X
	commander *entity
	// for "X's government", "X's party": X
	leader *entity
	// for a state: the government the article names for it; for a government: its state
	gov, state *entity
	init       *initiative // for an initiative: its cluster
	unknown    bool        // a name no dictionary knows and the article does not define
	spelled    bool        // a body the article names with the acronym its name spells ("the Libyan National Army (LNA)")
	made       bool        // a state's government the reader made ("Yemeni government"), named by no text
	evidence   int         // for an unknown name: how often it acts (subject, possessor) less how often it is a place
	unnamed    bool        // a body the article names only by its noun ("the coalition")
	plural     bool        // "the Houthis", "the rebels": "they" may refer to it
	mentions   int
	firstSent  int
	lastSeen   int // when it was last mentioned (a count of mentions)
	lastSent   int // the sentence it was last mentioned in
	// the sentence it was last the subject of a clause in
	lastSubjectSent int
}

func (e *entity) isActor() bool  { return e.node.Kind.IsActor() }
func (e *entity) isPerson() bool { return e.node.Kind == graph.KindPerson }
func (e *entity) isState() bool  { return e.node.Kind == graph.KindState }

// mention is a span of a sentence that refers to an entity.
type mention struct {
	s          *sentence
	start, end int // tokens, end exclusive
	head       int // the token that heads the span in the parse
	ent        *entity
	how        refer
	conf       float64   // how sure the reader is that the span refers to the entity
	leader     *entity   // "Maduro's government": the person the phrase says leads it
	standsFor  int       // for a pronoun that stands for a list in its sentence: 1 + the list's token
	also       []*entity // for "the two sides", "the four countries": the others it stands for
}

// refer says how a mention refers to its entity.
type refer uint8

const (
	byName        refer = iota
	byDemonym           // "Turkish", "the Saudis"
	byCapital           // "Ankara"
	byAcronym           // an acronym the article does not expand
	byDescription       // "the rebels", "the government", "ethnic Armenian forces"
	byPronoun           // "it", "he", "their"
	byTitle             // "the warlord", "the president"
)

// confidence of a mention by how it refers.
var referConfidence = [...]float64{byName: 1, byDemonym: 0.95, byCapital: 0.9, byAcronym: 0.85, byDescription: 0.8, byPronoun: 0.75, byTitle: 0.8}

// article is the discourse: everything the reader knows of the article so far, in one
// place. The stages fill it in order: sentences and their parses, the names the article
// defines, the mentions sentence by sentence (each resolving pronouns and generic names
// against what came before), then the relations.
type article struct {
	x    *Extractor
	lex  *Lexicon
	doc  graph.Document
	date time.Time // the article's date: its metadata's, else a dateline's, else the year it names most
	// dateGiven: the date is the metadata's or a dateline's, not guessed from the years
	// the text names (an article of 2019 may name only 1984)
	dateGiven bool
	sents     []*sentence

	ents      []*entity
	known     map[*entry]*entity // lexicon entries the article mentions
	local     *trie              // names the article defines
	inits     []*initiative
	initCount int // initiative mentions read so far
	current   int // the sentence whose mentions are being read

	main      *entity // the state the article speaks of most
	mainFirst int     // the sentence that first names it
	// juntaState: the one state other than main whose junta or military government
	// the article names by the state's name; "the junta" and "the military" are its
	juntaState *entity

	// a round-up's sections, each under a heading that names a state: while one is
	// read, main is that state
	articleMain      *entity
	articleMainFirst int
	sections         []*entity // the state of each sentence's section, or nil
	sectionStart     []int     // the sentences that head sections
	interviewee      *entity   // whom "we" means in an interview's answers
	answerer         *entity   // the one interviewed, whom "he" and "she" in the answers are not
	issuer           *entity   // whom "we" means in a statement or press release

	// recent mentions, for pronouns and generic names
	lastPerson, prevPerson *entity
	lastSubjPerson         *entity // the last person named as a subject
	lastSubjPersonSent     int     // ... and the sentence that named them
	lastActor              *entity // the last organisation, group or state named as a subject
	lastPlural             *entity
	lastPair               [2]*entity // the last two sides named "between X and Y"
	lastPairSent           int        // ... and the sentence that named them
	lastList               []*entity  // the actors a sentence's subject listed ("Russia and Iran back Assad")
	lastListSent           int        // ... and that sentence
	lastListComma          bool       // ... whether a comma stood before the list (more than it, maybe)
	lastThey               *entity    // what the last "they" that was a subject stood for
	lastTheySent           int        // ... and the sentence it was in
	plurals                []*entity  // the plural actors named, last last
	lastInit               *entity    // the last initiative named
	lastInitSent           int        // the sentence it was named in
	seq                    int        // mentions passed so far
	lastInitSeq            int        // ... when the last initiative was
	lastPluralInit         *entity    // the last initiative named by a plural ("the conditions")
	lastPluralInitSent     int        // ... the sentence it was named in
	lastPluralInitSeq      int        // ... and when
	lastActorSeq           int        // ... when the last actor was
	actorSeqBefore         int        // ... as it stood before the sentence being read

	lastEvent     map[string]*entity    // the actor of the last act of each kind ("offensive")
	lastEventSent map[string]int        // the sentence it was read in
	eventShared   map[string]bool       // acts of the kind were read with more than one actor
	eventAlso     map[string][]*entity  // the others who did the last act of each kind with its actor
	actBy         map[*entity]*entity   // for each target of a hostile act, its last actor
	headed        map[*entity][]*entity // for each person, what the article read them as leading, in order
	long          int                   // sentences over MaxSentenceBytes, read in pieces
	lastAct       *entity               // the actor of the last hostile act of any kind
	lastActSent   int                   // the sentence it was read in
	// lastJudged: who did the act a verb of condemning took last ("condemned the
	// strikes"), and the sentence: "condemned them as well" after it is of that act
	lastJudged     []arg
	lastJudgedSent int
	// lastArmyState: the state whose army a sentence named last by the state's name
	// ("Sudan's army"), and the sentence; "the army" soon after is that state's
	lastArmyState *entity
	lastArmySent  int

	found []found
	seen  map[string]bool

	beforePlace map[string]bool // capitalised runs the article writes before a noun of place

	byKey map[string]*entity // the entities by the name keys of their names, first come first kept
}

// entityFor returns the article's entity for a lexicon entry.
func (a *article) entityFor(e *entry) *entity {
	if ent, ok := a.known[e]; ok {
		return ent
	}
	if p := a.lex.predecessor(e, a.date); p != nil && a.dateGiven {
		ent := a.entityFor(p) // "Moscow" in 1990: the Soviet Union
		a.known[e] = ent
		return ent
	}
	ent := &entity{node: e.node, entry: e}
	if e.node.Kind != graph.KindState && e.node.Kind != graph.KindPerson {
		ent.agent = a.lex.agents[strings.ToLower(e.node.Name)] // "Janjaweed", a generic agent of militias too: a militia
	}
	ent.node.Aliases = slices.Clone(e.node.Aliases)
	a.known[e] = ent
	a.ents = append(a.ents, ent)
	a.keyNames(ent, ent.node.Name)
	a.keyNames(ent, ent.node.Aliases...)
	// "Nasrallah's fighters" are Hezbollah's, when the lexicon says whom he leads and
	// that is not a state
	for _, led := range a.lex.led(e) {
		if led.node.Kind != graph.KindState && led.node.Kind != graph.KindPerson {
			ent.owner, ent.role = a.entityFor(led), "leader"
			break
		}
	}
	return ent
}

// newLocal adds an entity the article defines, under all of its names.
func (a *article) newLocal(name string, kind graph.Kind, aliases ...string) *entity {
	ent := &entity{node: graph.Node{ID: graph.Slug(name), Name: name, Kind: kind}}
	a.ents = append(a.ents, ent)
	a.addName(ent, name)
	for _, al := range aliases {
		a.addName(ent, al)
	}
	return ent
}

// addName teaches the article another name of an entity.
func (a *article) addName(ent *entity, name string) {
	name = strings.TrimSpace(name)
	if name == "" || graph.Slug(name) == "" {
		return
	}
	if name != ent.node.Name && !slices.Contains(ent.node.Aliases, name) {
		ent.node.Aliases = append(ent.node.Aliases, name)
	}
	a.keyNames(ent, name)
	a.local.add(name, nameForm{local: ent, how: byName})
}

// lookup finds the longest known name at toks[i]: the article's own names first, then
// the lexicon's. It returns the entity, how the name refers to it, whether the name is
// a plural demonym, and the index just past it.
func (a *article) lookup(toks []token, i int) (*entity, refer, bool, int) {
	lf, lend := a.local.longest(toks, i)
	gf, gend := a.lex.names.longest(toks, i)
	switch {
	case len(lf) > 0 && lend >= gend:
		f := lf[len(lf)-1]
		return f.local, f.how, false, lend
	case len(gf) > 0:
		// a name several actors share: the one the article already speaks of, else the
		// first (see "prefer" in actors.yaml)
		f := gf[0]
		for _, g := range gf[1:] {
			if a.known[g.entry] != nil && a.known[f.entry] == nil {
				f = g
				break
			}
		}
		r := byName
		switch f.how {
		case byDemonym:
			r = byDemonym
		case byCapital:
			r = byCapital
		}
		return a.entityFor(f.entry), r, f.plural, gend
	}
	return nil, byName, false, i
}

// byNameKey finds an entity the article already has by one of its names.
func (a *article) byNameKey(name string) *entity {
	return a.byKey[graph.NameKey(name)]
}

// keyNames files an entity under the keys of the names it has, where no entity named
// before holds them.
func (a *article) keyNames(e *entity, names ...string) {
	if a.byKey == nil {
		a.byKey = map[string]*entity{}
	}
	for _, n := range names {
		if k := graph.NameKey(n); a.byKey[k] == nil {
			a.byKey[k] = e
		}
	}
}

// governmentOf returns the government the article names for a state, or the state.
func (a *article) governmentOf(state *entity) *entity {
	if state != nil && state.gov != nil {
		return state.gov
	}
	return state
}

// hyphenModifier: a name that only qualifies a noun through a hyphened participle
// ("al Qaeda-linked", "Iran-backed"), which is not what the discourse goes on about.
func (a *article) hyphenModifier(m *mention) bool {
	s := m.s
	if m.end+1 >= len(s.toks) || s.toks[m.end].text != "-" || s.tag[m.end+1] != "VERB" {
		return false
	}
	h := s.head[m.head]
	return (s.rel[m.head] == "compound" || s.rel[m.head] == "amod") && h >= m.end
}

// rememberEvent records e, and those who did it with e, as the actors of the act named
// by lemma in sentence s ("The United States and Britain launched strikes").
func (a *article) rememberEvent(s *sentence, lemma string, e *entity, also []*entity) {
	kinds := []string{lemma}
	if n := nominalisation(lemma); n != lemma && a.lex.frames.nouns[n] != nil {
		kinds = append(kinds, n) // "Iraq invaded Kuwait ... the invasion"
	}
	if a.lex.in("assault", lemma) || a.lex.in("assault", nominalisation(lemma)) {
		kinds = append(kinds, assaultKind)
	}
	if a.lex.in("coup", lemma) {
		kinds = append(kinds, coupKind)
	}
	for _, k := range kinds {
		a.rememberKind(s, k, e)
		a.eventAlso[k] = also
	}
	if a.hostileAct(lemma) || a.hostileAct(nominalisation(lemma)) {
		a.lastAct, a.lastActSent = e, s.i // "Israel seized the crossing ... condemned the seizure"
	}
}

// rememberKind records e as the actor of the last act of a kind in sentence s.
func (a *article) rememberKind(s *sentence, kind string, e *entity) {
	if last := a.lastEvent[kind]; last != nil && last != e {
		a.eventShared[kind] = true
	}
	a.lastEvent[kind], a.lastEventSent[kind] = e, s.i
	a.eventAlso[kind] = nil
}

// doersOf returns e, the actor of the last act of a kind, with those who did it with
// e, as the arguments a noun naming the act stands for.
func (a *article) doersOf(s *sentence, kind string, e *entity, conf float64) []arg {
	out := []arg{{&mention{s: s, ent: e, conf: conf, how: byDescription}, conf}}
	for _, o := range a.eventAlso[kind] {
		out = append(out, arg{&mention{s: s, ent: o, conf: conf, how: byDescription}, conf})
	}
	return out
}

// others returns the entities of the arguments after the first.
func others(args []arg) []*entity {
	var out []*entity
	for _, x := range args[1:] {
		out = append(out, x.m.ent)
	}
	return out
}

// coupKind keys the seizures of power in the memory of acts: "ousted the president"
// and "seized power" are "the coup" and "the takeover" after.
const coupKind = "coup"

// assaultKind keys the acts of every noun of an assault ("the offensive", "the
// incursion") in the memory of acts: one side's offensive is "the incursion" too.
const assaultKind = "assault"

// nominalisation is the noun English makes of a verb of acting by a regular ending:
// "seize" the seizure, "invade" the invasion, "bomb" the bombing; the verb itself when
// it makes none of these.
func nominalisation(verb string) string {
	switch {
	case strings.HasSuffix(verb, "ade"):
		return strings.TrimSuffix(verb, "de") + "sion"
	case strings.HasSuffix(verb, "ize"), strings.HasSuffix(verb, "ise"):
		return strings.TrimSuffix(verb, "e") + "ure"
	case strings.HasSuffix(verb, "e"):
		return strings.TrimSuffix(verb, "e") + "ing"
	}
	return verb + "ing"
}

// rememberRole records what mention m's entity was last, a subject or not: the last
// person, actor and plural actor that pronouns may stand for, and the last sentence it
// was a subject in.
func (a *article) rememberRole(m *mention, subject bool) {
	e := m.ent
	if subject {
		e.lastSubjectSent = a.current + 1 // one past, so that 0 says never
	}
	switch {
	case e.isPerson():
		a.rememberPerson(e, subject && m.how != byPronoun)
	case subject || a.lastActor == nil:
		a.lastActor = e
	}
	if e.plural && (subject || a.lastPlural == nil) {
		a.lastPlural = e
	}
}

// remember updates what pronouns and generic names refer to after mention m.
func (a *article) remember(m *mention, subject bool) {
	e := m.ent
	if !e.isActor() || m.how == byDemonym && !subject || e.unknown && e.evidence <= 0 {
		return
	}
	if m.s != nil && m.how != byPronoun && a.hyphenModifier(m) {
		return // "the al Qaeda-linked insurgents" speak of the insurgents
	}
	e.mentions++
	a.seq++
	if ownerOfDescription(m) {
		return // "JNIM, al-Qaeda's affiliate in the Sahel": the discourse is still of JNIM
	}
	e.lastSeen, e.lastSent = a.seq, a.current
	a.rememberRole(m, subject)
	if mayBeThey(e) {
		if n := len(a.plurals); n == 0 || a.plurals[n-1] != e {
			a.plurals = append(a.plurals, e)
		}
	}
}

// ownerOfDescription: a name that owns a noun describing another name ("JNIM,
// al-Qaeda's affiliate", "Aidarous al-Zubaidi, head of the STC").
func ownerOfDescription(m *mention) bool {
	s := m.s
	if s == nil || m.how == byPronoun || s.rel[m.head] != "nmod:poss" && (s.rel[m.head] != "nmod" || s.prep(m.head) != "of") {
		return false
	}
	h := s.head[m.head]
	return h >= 0 && s.at[h] == nil && s.rel[h] == "appos"
}

// rememberPerson updates the people "he" and "she" may stand for after a mention of
// person e; namedSubject tells whether it was a subject named outright.
func (a *article) rememberPerson(e *entity, namedSubject bool) {
	if e != a.lastPerson {
		a.prevPerson, a.lastPerson = a.lastPerson, e
	}
	if namedSubject {
		a.lastSubjPerson, a.lastSubjPersonSent = e, a.current
	}
}

// mayBeThey: an actor "they" may stand for: one named in the plural, one of an
// agent's kind ("the rebels"), or a group with a plural name ("the Houthis").
func mayBeThey(e *entity) bool {
	return e.plural || e.agent != "" || e.node.Kind == graph.KindGroup && strings.HasSuffix(strings.ToLower(e.node.Name), "s")
}
