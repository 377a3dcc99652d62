package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// An initiative is a proposal, plan, agreement, ceasefire or talks format. Its mentions
// are nouns of initiative_nouns with their modifiers ("a two-month truce", "the
// Egyptian proposals", "the Cessation of Hostilities Agreement"); each joins the
// initiative it refers back to, and a new one begins where the text introduces one:
//
//   - a mention that names its initiative (a proper name or an owner: "the Jeddah
//     declaration", "Egypt's plan") joins the one named alike, else begins one;
//   - a definite mention without a name ("the truce", "the deal") joins the last one of
//     its family (ceasefires, agreements, plans, talks, missions);
//   - an indefinite one ("a ceasefire") begins one.
//
// Once the article is read, each initiative is named after its most telling mention.

// initiative is a cluster of initiative mentions.
type initiative struct {
	ent      *entity
	family   string
	names    []string  // proper names among its modifiers, lower case
	owners   []*entity // actors that own it ("Egypt's plan", "the Egyptian proposals")
	mentions []*mention
	labels   []string // the texts of its mentions, best first once named
	last     int      // when it was last mentioned (a count of initiative mentions)
	sent     int      // the sentence it was last mentioned in
	aside    string   // the noun of one set apart as someone's own ("its own pause"), which only that noun refers back to
	// the verbs of what it sets out to do ("a plan to hold elections": "hold"), which
	// set apart two initiatives of one owner
	aims []string
}

var families = map[string]string{
	"ceasefire": "ceasefire", "cease-fire": "ceasefire", "truce": "ceasefire", "armistice": "ceasefire", "pause": "ceasefire", "moratorium": "ceasefire",
	"agreement": "agreement", "deal": "agreement", "accord": "agreement", "treaty": "agreement", "pact": "agreement", "memorandum": "agreement",
	"declaration": "agreement", "arrangement": "agreement", "understanding": "agreement", "settlement": "agreement", "communique": "agreement",
	"communiqué": "agreement", "charter": "agreement", "protocol": "agreement", "convention": "agreement", "compact": "agreement",
	"plan": "plan", "proposal": "plan", "initiative": "plan", "roadmap": "plan", "road map": "plan", "framework": "plan", "formula": "plan",
	"offer": "plan", "ultimatum": "terms", "condition": "terms", "demand": "terms", "transition": "plan",
	"talk": "talks", "talks": "talks", "negotiation": "talks", "dialogue": "talks", "conference": "talks", "summit": "talks",
	"consultation": "talks", "mediation": "talks", "peace process": "talks", "format": "talks", "process": "talks",
	"consensus":  "plan",
	"resolution": "resolution", "mission": "mission", "corridor": "corridor",
	"text": "document", "document": "document", "draft": "resolution",
}

// referredInitiative returns the initiative a definite mention without a name refers
// to: the last of its own family named in the last few sentences, else the last of a
// family it may name ("the agreement" after "the truce"; "the initiative" after "a
// conference"), else the last of its own family.
func (a *article) referredInitiative(family, lemma string) *initiative {
	var same, other *initiative
	for _, in := range a.inits {
		switch {
		case in.aside != "" && in.aside != lemma:
			// "its own pause" and then "the truce": the truce told before
		case in.family == family && (same == nil || in.last > same.last):
			same = in
		case compatible[family][in.family] && a.current-in.sent <= 2 && (other == nil || weaker(other, in) || in.last > other.last && !weaker(in, other)):
			other = in // "the plan" for a deal of another name: only one just named
		}
	}
	// a word of its own family ("the truce", "the proposal") goes back to its family;
	// "the initiative" may name any
	if same != nil && (lemma != "initiative" || other == nil || same.last > other.last) {
		return a.salient(a.sameNoun(same, lemma))
	}
	if other != nil {
		return other
	}
	return same
}

// weaker: a talks format is a weaker referent than another family's initiative for a
// word of a text ("a draft settlement put forward by Lord Carrington, who chairs the
// EC peace conference ... accepted the plan": the settlement).
func weaker(x, y *initiative) bool {
	return x.family == "talks" && y.family != "talks"
}

// sameNoun returns the initiative of the family of last that a definite mention by
// the noun lemma refers to: last, unless last was named once, never by that noun, and
// an earlier one of the family was ("the accord" after "the Comprehensive Peace Accord"
// and then "a 12-point understanding" in passing is the accord).
func (a *article) sameNoun(last *initiative, lemma string) *initiative {
	if calledBy(last, lemma) || len(last.mentions) > 1 {
		return last
	}
	var best *initiative
	for _, in := range a.inits {
		if in.family == last.family && in.aside == "" && calledBy(in, lemma) && (best == nil || in.last > best.last) {
			best = in
		}
	}
	if best == nil {
		return last
	}
	return best
}

// calledBy: one of the initiative's mentions holds the noun lemma ("the Comprehensive
// Peace Agreement in Naivasha" for "agreement").
func calledBy(in *initiative, lemma string) bool {
	for _, l := range in.labels {
		for _, w := range strings.Fields(strings.ToLower(l)) {
			if strings.TrimSuffix(strings.Trim(w, ".,;:()\"'"), "s") == strings.TrimSuffix(lemma, "s") {
				return true
			}
		}
	}
	return false
}

// salient returns the initiative a definite mention of the family of last refers to.
// Where last, the latest of its family, was named once in passing and not in the last
// two sentences, it is the one of the family the article has spoken of most: "the
// agreement", paragraphs after the background named another accord ("the 1984 Nkomati
// Accord"), is the one the article is about.
func (a *article) salient(last *initiative) *initiative {
	if a.current-last.sent <= 2 || len(last.mentions) > 1 || len(last.names) == 0 {
		return last
	}
	best := last
	for _, in := range a.inits {
		if in.family == last.family && in.aside == "" && len(in.mentions) > len(best.mentions) {
			best = in
		}
	}
	return best
}

// compatible says which families a definite mention of one may refer back to.
var compatible = map[string]map[string]bool{
	"effort":    {"plan": true, "ceasefire": true, "agreement": true, "talks": true}, // "the efforts led by Egypt"
	"agreement": {"plan": true, "ceasefire": true},
	"plan":      {"agreement": true, "ceasefire": true, "talks": true, "mission": true, "resolution": true, "terms": true},
	"terms":     {"plan": true},
	"ceasefire": {"agreement": true},
	"talks":     {"plan": true},
	"document":  {"agreement": true, "plan": true, "resolution": true, "ceasefire": true, "terms": true}, // "the text", "the document": the one just named
}

// initiativeMentions finds the initiative nouns of a sentence.
func (a *article) initiativeMentions(s *sentence) {
	for i := range s.toks {
		if inInitiative(s, i) {
			continue // "National Accord" inside "the General Agreement on ... National Accord"
		}
		if m := a.namedDocument(s, i); m != nil {
			a.add(s, m)
			continue
		}
		if m := a.ultimatum(s, i); m != nil {
			a.add(s, m)
			continue
		}
		if m := a.mediation(s, i); m != nil {
			a.add(s, m)
			continue
		}
		if m := a.proposedAct(s, i); m != nil {
			a.add(s, m)
			continue
		}
		if !a.initiativeNoun(s, i) || a.namesNoInitiative(s, i) || a.inBodyName(s, i) || !a.documentReferred(s, i) || a.atBehest(s, i) {
			continue
		}
		if m := a.bracketedActorOf(s, i); m != nil {
			a.add(s, m) // "the African Union mission in Somalia (AMISOM)": the actor the brackets name
			continue
		}
		m := a.initiativeAt(s, i)
		if m != nil {
			a.add(s, m)
		}
	}
}

// atBehest: the noun at i says on whose word something was done, not an initiative
// of its own ("convened at the initiative of President Hollande").
func (a *article) atBehest(s *sentence, i int) bool {
	return s.prep(i) == "at" && a.lex.in("behest", s.lemma[i]) && hasOblique(s, i, "of")
}

// inInitiative: a mention of an initiative already covers token i.
func inInitiative(s *sentence, i int) bool {
	for _, m := range s.ments {
		if m.ent.init != nil && i >= m.start && i < m.end {
			return true
		}
	}
	return false
}

// asDocument makes the phrase of a noun of a document ("the document in Kilinochchi")
// a plain definite mention, with no names or owners of its own: it is the initiative
// named before, wherever it was signed. It returns where the label ends.
func (p *initPhrase) asDocument(family string, i, labelEnd int) int {
	if family != "document" {
		return labelEnd
	}
	p.names, p.owners, p.definite = nil, nil, true
	return i + 1
}

// documentReferred: a noun of a document ("the text", "the document") names an
// initiative only as a definite mention of one named in this sentence or the two
// before it ("had signed the text on May 15"), and not when it is the text of another
// ("the text of the resolution").
func (a *article) documentReferred(s *sentence, i int) bool {
	if families[s.lemma[i]] != "document" {
		return true
	}
	d := s.child(i, "det")
	if d < 0 || !definiteDet(s.toks[d].lower) || hasOblique(s, i, "of") || s.child(i, "compound", "amod") >= 0 {
		return false
	}
	in := a.referredInitiative("document", s.lemma[i])
	return in != nil && in.family != "document"
}

// initiativeNoun tells whether token i is a noun of initiative that heads a mention
// of its own: not part of another mention, not a modifier of the noun that carries it,
// not a mission that acts.
func (a *article) initiativeNoun(s *sentence, i int) bool {
	if s.at[i] != nil || s.tag[i] != "NOUN" && s.tag[i] != "PROPN" || !a.lex.in("initiative", s.lemma[i]) && !requestToAct(s, i) {
		return false
	}
	if a.partOfInitiativeName(s, i) {
		return false
	}
	if s.lemma[i] == "initiative" && s.prep(i) == "on" && i > 0 && s.toks[i-1].lower == "own" {
		return false // "a unit acting on its own initiative": of its own accord
	}
	if s.lemma[i] == "effort" && i > 0 && (s.lemma[i-1] == "war" || s.lemma[i-1] == "military") {
		return false // "the Iraqi war effort": a side's fighting, not a proposal
	}
	if s.lemma[i] == "understanding" && mindNotAccord(s, i) {
		return false // "My understanding is that Rada will abide by it": what one understands
	}
	return s.lemma[i] != "mission" || !a.missionActs(s, i)
}

// requestToAct: a request or demand that says what it asks for with an infinitive ("a
// Russian request to move troops through its territory", "the demand to shut it
// down"): the request is itself what others accept or turn down; one for an
// initiative ("the request for a pause") speaks of that initiative.
func requestToAct(s *sentence, i int) bool {
	if l := s.lemma[i]; l != "request" && l != "demand" {
		return false
	}
	k := -1
	if v := s.head[i]; v >= 0 {
		k = infinitiveAfter(s, v, i) // "granted a French request to use its airspace", hung on the verb
	}
	m := -1
	if k >= 0 {
		m = s.child(k, "mark")
	}
	return m == i+1
}

// mindNotAccord: "understanding" at i is what someone understands, not an accord: owned
// by "my", "our" or "your", or followed by "of" or a clause ("their understanding of the
// deal", "the understanding that talks would resume").
func mindNotAccord(s *sentence, i int) bool {
	if p := s.child(i, "nmod:poss"); p >= 0 {
		switch s.toks[p].lower {
		case "my", "our", "your":
			return true
		}
	}
	if i+1 < len(s.toks) && !s.toks[i].upper { // "The April Understanding is not a treaty": a name
		switch s.toks[i+1].lower {
		case "of", "that", "is", "was":
			return true
		}
	}
	return false
}

// partOfInitiativeName: the initiative noun at i is a word of a longer one's name:
// "ceasefire proposal" and "peace talks", where the head noun carries it, or "a
// memorandum of understanding".
func (a *article) partOfInitiativeName(s *sentence, i int) bool {
	h := s.head[i]
	if s.rel[i] == "compound" && h > i && (a.lex.in("initiative", s.lemma[h]) || s.tag[h] == "NOUN") {
		return true
	}
	return h >= 0 && s.rel[i] == "nmod" && s.prep(i) == "of" && s.child(i, "det") < 0 && (families[s.lemma[h]] == "agreement" || families[s.lemma[h]] == "document")
}

// inBodyName: the capitalised initiative noun at i ends the name of a body that begins
// with a noun of a body and "of" or "for" ("the Government of National Accord", "the
// Council for Peace and Accord"): an actor's name, not an initiative's.
func (a *article) inBodyName(s *sentence, i int) bool {
	if !s.toks[i].upper {
		return false
	}
	j := i - 1
	for j > 0 && (s.toks[j].upper || s.toks[j].lower == "and") {
		j--
	}
	if j < 1 || (s.toks[j].lower != "of" && s.toks[j].lower != "for") || !s.toks[j-1].upper {
		return false
	}
	head := s.toks[j-1].lower
	return a.lex.in("body", head) || a.lex.in("government", head) || a.lex.in("institute", head)
}

// initiativeMentioned: a mention of an initiative found so far in the sentence covers
// the word at k.
func initiativeMentioned(s *sentence, k int) bool {
	for _, m := range s.ments {
		if m.start <= k && k < m.end && m.ent.init != nil {
			return true
		}
	}
	return false
}

// namesNoInitiative tells whether the initiative noun at i speaks of none in
// particular.
func (a *article) namesNoInitiative(s *sentence, i int) bool {
	if d := s.child(i, "det"); d >= 0 && (s.toks[d].lower == "no" || s.toks[d].lower == "any") {
		// "no plans to arm them", "any pause": none named; but "said there could be
		// no talks" names the talks refused
		return s.toks[d].lower == "any" || existentialClause(s, i) < 0
	}
	if (s.lemma[i] == "condition" || s.lemma[i] == "demand") && s.child(i, "nmod:poss") < 0 && s.child(i, "nummod") < 0 && s.child(i, "det") < 0 {
		return true // "conditions on the ground": only conditions someone sets are proposals
	}
	if a.unnamedProcess(s, i) {
		return true
	}
	if c := s.child(i, "compound"); c >= 0 && a.lex.in("briefing", s.lemma[c]) {
		return true // "a press conference", "a news conference": a briefing, no initiative
	}
	if n := s.child(i, "nsubj"); n >= 0 && s.child(i, "cop") >= 0 && initiativeMentioned(s, n) {
		return true // "The April Understanding is not a peace treaty": what the subject is, or is not
	}
	return genericPlural(s, i) // "no need for new initiatives": proposals in general, none named
}

// unnamedProcess: "process" or "effort" at i names no initiative: bare ("the
// process"; only a named one is, "the Nairobi process", "the efforts led by Egypt"),
// or after a noun of work of another kind ("the reconstruction effort").
func (a *article) unnamedProcess(s *sentence, i int) bool {
	if s.lemma[i] != "process" && s.lemma[i] != "effort" {
		return false
	}
	if s.child(i, "compound", "amod", "nmod:poss", "acl") < 0 && !demonstrative(s, i) {
		return true
	}
	c := s.child(i, "compound")
	return c >= 0 && s.tag[c] == "NOUN" && !s.toks[c].upper && !a.lex.in("processkind", s.lemma[c]) && !a.lex.in("initiative", s.lemma[c])
}

// existentialClause returns the clause that says there is (or is to be) the noun at n,
// with "there" ("there could be no talks", "there would be no negotiations"), or -1.
func existentialClause(s *sentence, n int) int {
	if s.child(n, "expl") >= 0 {
		return n
	}
	h := s.head[n]
	if base(s.rel[n]) == "nsubj" && h >= 0 && s.lemma[h] == "be" && s.child(h, "expl") >= 0 {
		return h
	}
	return -1
}

// capitalWord: a capitalised noun or adjective inside the sentence, part of a name
// whatever its tag ("the Comprehensive Peace Accord").
func capitalWord(s *sentence, k int) bool {
	return k > 0 && s.toks[k].upper && (s.tag[k] == "NOUN" || s.tag[k] == "ADJ")
}

// namedDocument reads a capitalised name, often in quotes, as an initiative when a
// verb of signing, ratifying, proposing or rejecting takes it as object and no
// dictionary knows it: "sign the "Tallinn Pledge"", "ratified the Minsk Protocol".
func (a *article) namedDocument(s *sentence, i int) *mention {
	h := s.head[i]
	if h < 0 || s.rel[i] != "obj" || s.tag[i] != "PROPN" || s.at[i] != nil {
		return nil
	}
	if !a.documentVerb(s.lemma[h]) || a.initiativeNounWithin(s, i) {
		return nil
	}
	start, end := i, i+1
	for start > 0 && (s.tag[start-1] == "PROPN" || isQuote(s.toks[start-1].text) || capitalWord(s, start-1)) {
		if m := s.at[start-1]; m != nil {
			if m.how != byCapital && !m.ent.unknown {
				break
			}
			a.remove(s, m) // "the Tallinn Pledge": the capital names it
		}
		start--
	}
	for start < i && isQuote(s.toks[start].text) {
		start++
	}
	for _, f := range a.lex.frames.nouns[s.lemma[start]] {
		if f.actor == graph.Opposes {
			return nil // "launched Operation Peace Spring": an act of war, no proposal
		}
	}
	name := s.text(a.doc.Text, start, end)
	m := &mention{start: start, end: end, how: byName}
	m.ent = a.joinInitiative("agreement", "", []string{strings.ToLower(name)}, nil, true, name)
	m.ent.init.mentions = append(m.ent.init.mentions, m)
	return m
}

// ultimatum reads a span of time given to an actor to do something as terms the giver
// sets: "gave the junta a week to reinstate Bazoum", "gave the rebels 48 hours to lay
// down their arms"; a span to leave in is an expulsion. The span is the object of the verb ("a week" that the parser hangs
// as a bare oblique is what is given).
func (a *article) ultimatum(s *sentence, i int) *mention {
	v := s.head[i]
	if v < 0 || s.at[i] != nil || s.tag[i] != "NOUN" || s.rel[i] != "obj" && s.rel[i] != "obl:unmarked" ||
		!a.lex.in("timespan", s.lemma[i]) || !a.lex.in("ultimatum", s.lemma[v]) || s.child(v, "iobj") < 0 {
		return nil
	}
	to := infinitiveAfter(s, v, i)
	if to < 0 || a.lex.in("departure", s.lemma[to]) {
		return nil // "gave US diplomats 72 hours to leave": an expulsion, no terms
	}
	s.rel[i] = "obj"
	end := to + 1
	for k := to + 1; k < len(s.toks); k++ {
		if s.headedBy(k, to) && s.rel[k] != "punct" {
			end = k + 1
		}
	}
	start := i
	if n := s.child(i, "nummod"); n >= 0 && n < i {
		start = n // "48 hours"
	}
	text := s.text(a.doc.Text, start, end)
	m := &mention{start: start, end: i + 1, how: byName}
	m.ent = a.joinInitiative("terms", "ultimatum", nil, nil, false, text)
	m.ent.init.mentions = append(m.ent.init.mentions, m)
	return m
}

// mediation returns the mediation that "mediate" without an object names ("Angola's
// President has offered to mediate", "Qatar has mediated since the war began"): an
// initiative of talks the verb's subject puts forward, read by readMediation.
func (a *article) mediation(s *sentence, i int) *mention {
	if a.mediatorNoun(s, i) {
		m := &mention{start: i, end: i + 1, how: byName}
		m.ent = a.joinInitiative("talks", "mediation", nil, nil, false, "mediation")
		m.ent.init.mentions = append(m.ent.init.mentions, m)
		return m
	}
	if s.tag[i] != "VERB" || s.lemma[i] != "mediate" || s.at[i] != nil || s.child(i, "obj") >= 0 || s.passive(i) {
		return nil
	}
	if s.rel[i] == "amod" || s.rel[i] == "acl" || i > 0 && s.toks[i-1].text == "-" {
		return nil // "a ceasefire mediated by Russia", "Qatari-mediated talks": the thing mediated is named
	}
	m := &mention{start: i, end: i + 1, how: byName}
	m.ent = a.joinInitiative("talks", "mediation", nil, nil, false, "mediation")
	m.ent.init.mentions = append(m.ent.init.mentions, m)
	return m
}

// mediatorNoun: "mediator" said of an actor, in apposition or after a copula, in a
// sentence that names no initiative it might mediate ("Kuwait, the main mediator in the
// dispute,"; not "the mediator of the talks", "a mediator, helped broker the talks"):
// the actor's mediation, read by readMediation.
func (a *article) mediatorNoun(s *sentence, i int) bool {
	if s.tag[i] != "NOUN" || s.toks[i].lower != "mediator" || s.at[i] != nil || s.rel[i] != "appos" && s.child(i, "cop") < 0 {
		return false
	}
	for k := range s.toks {
		if k != i && (s.tag[k] == "NOUN" || s.tag[k] == "PROPN") && a.lex.in("initiative", s.lemma[k]) {
			return false // "Norway, a long-time mediator, helped broker the talks": what it mediates is named
		}
	}
	return true
}

// proposedAct returns the initiative that a verb of proposing names with a gerund and
// its object ("proposed deploying a neutral force along the border", "has proposed
// sending 100 more military monitors"): the act proposed, read by readProposedAct.
func (a *article) proposedAct(s *sentence, i int) *mention {
	v := s.head[i]
	o := s.child(i, "obj")
	if s.tag[i] != "VERB" || s.at[i] != nil || v < 0 || s.rel[i] != "xcomp" || o < 0 || !strings.HasSuffix(s.toks[i].lower, "ing") || !a.proposingVerb(s.lemma[v]) {
		return nil
	}
	if a.initiativeNoun(s, o) || s.at[o] != nil {
		return nil // "proposed holding talks": the talks, read by readProposedAct
	}
	end := o + 1
	for k := o + 1; k < len(s.toks) && s.headedBy(k, o); k++ {
		end = k + 1
	}
	m := &mention{start: i, end: end, how: byName}
	m.ent = a.joinInitiative("plan", "proposal", nil, nil, false, s.text(a.doc.Text, i, end))
	m.ent.init.mentions = append(m.ent.init.mentions, m)
	return m
}

// proposingVerb: a verb whose object, when an initiative, it puts forward ("propose",
// "suggest").
func (a *article) proposingVerb(lemma string) bool {
	for _, f := range a.lex.frames.verbs[lemma] {
		if f.initiative == graph.Proposes && slotHas(f.slots, "obj", "") {
			return true
		}
	}
	return false
}

// infinitiveAfter returns the infinitive with "to" that follows noun i and hangs on it
// or on its verb v ("a week to reinstate Bazoum"), or -1.
func infinitiveAfter(s *sentence, v, i int) int {
	for _, k := range append(s.children(v, "xcomp", "advcl"), s.children(i, "acl")...) {
		if k > i && s.tag[k] == "VERB" && s.child(k, "mark") >= 0 && s.toks[s.child(k, "mark")].lower == "to" {
			return k
		}
	}
	return -1
}

// documentVerb: a verb of a stance on initiatives only, whose capitalised object may
// be a document's name ("signed the Minsk Protocol"); not a verb of hosting ("once
// hosted Barkhane": a force or a guest).
func (a *article) documentVerb(lemma string) bool {
	if a.lex.in("hosting", lemma) {
		return false
	}
	for _, f := range a.lex.frames.verbs[lemma] {
		if f.initiative != "" && f.actor == "" {
			return true
		}
	}
	return false
}

// initiativeNounWithin: a capitalised noun of initiative in the name the parser hung
// on i ("drafted UN Security Council Resolution 884" with "UN" as the object): the
// noun names the initiative, the words before it are no document's name.
func (a *article) initiativeNounWithin(s *sentence, i int) bool {
	for _, k := range s.kids[i] {
		if k > i && s.toks[k].upper && a.lex.in("initiative", s.lemma[k]) || k > i && a.initiativeNounWithin(s, k) {
			return true
		}
	}
	return false
}

// missionActs: a mission that acts is an actor ("the mission fought"), not an
// initiative.
func (a *article) missionActs(s *sentence, i int) bool {
	return base(s.rel[i]) == "nsubj" || s.rel[i] == "obl:agent"
}

// leftmost returns the first token of the modifier phrase k heads, its articles and
// prepositions left out.
func leftmost(s *sentence, k int) int {
	first := k
	for _, c := range s.kids[k] {
		if c < first && s.rel[c] != "case" && s.rel[c] != "det" && s.rel[c] != "punct" && s.rel[c] != "cc" && s.rel[c] != "mark" {
			first = min(first, leftmost(s, c))
		}
	}
	return first
}

// genericPlural: a bare plural of proposing ("new initiatives", "proposals") names no
// initiative unless a name or an owner stands before it.
func genericPlural(s *sentence, i int) bool {
	if families[s.lemma[i]] != "plan" || s.toks[i].lower == s.lemma[i] || s.child(i, "det", "nmod:poss", "nummod") >= 0 {
		return false
	}
	for _, k := range s.children(i, "amod", "compound") {
		if s.at[k] != nil || s.tag[k] == "PROPN" {
			return false
		}
	}
	return true
}

// remove drops a mention from its sentence.
func (a *article) remove(s *sentence, m *mention) {
	for i, o := range s.ments {
		if o == m {
			s.ments = append(s.ments[:i], s.ments[i+1:]...)
			break
		}
	}
	for k := m.start; k < m.end; k++ {
		if s.at[k] == m {
			s.at[k] = nil
		}
	}
}

// demonstrative tells whether noun i has "this", "that", "these" or "those" for
// article: "We have supported that process" points back to the talks just told.
func demonstrative(s *sentence, i int) bool {
	d := s.child(i, "det")
	return d >= 0 && slices.Contains([]string{"this", "that", "these", "those"}, s.toks[d].lower)
}

// bracketedActorOf returns a mention over the noun at i of the actor a bracketed name
// after its phrase names ("the UN mission in Mali (MINUSMA)", "the African Union
// mission in Somalia (AMISOM)"): the phrase describes that actor, no initiative. Nil
// when no such brackets close the phrase.
func (a *article) bracketedActorOf(s *sentence, i int) *mention {
	for b := i + 1; b+2 < len(s.toks) && b <= i+5; b++ {
		if s.toks[b].text != "(" {
			if !s.headedBy(b, i) {
				return nil // the phrase ends before any bracket
			}
			continue
		}
		if s.toks[b+2].text != ")" {
			return nil
		}
		e, r, _, end := a.lookup(s.toks, b+1)
		if e == nil && families[s.lemma[i]] == "mission" && isAcronym(s.toks[b+1].text) && len(s.toks[b+1].text) >= 3 {
			// an acronym the article defines by a mission's phrase: the body it names
			e = a.newLocal(s.toks[b+1].text, kindOfBody(a.lex, s.lemma[i]), trimDeterminer(s.text(a.doc.Text, leftmost(s, i), b)))
			e.agent = a.lex.agents[s.lemma[i]]
			r, end = byName, b+2
		}
		if e == nil || r != byName || end != b+2 || !e.isActor() || e.isState() || e.isPerson() {
			return nil
		}
		return &mention{start: i, end: i + 1, ent: e, how: byDescription, conf: 0.85}
	}
	return nil
}

// initiativeAt reads the initiative mention headed by noun i: its span, names and
// owner, and the initiative it joins.
func (a *article) initiativeAt(s *sentence, i int) *mention {
	p := &initPhrase{start: i, end: i + 1}
	for _, k := range s.kids[i] {
		a.readInitiativeModifier(s, i, k, p)
	}
	// a name of capitalised words: "Cessation of Hostilities Agreement"
	nameFrom := i
	if s.toks[i].upper && i > 0 {
		nameFrom = a.readCapitalName(s, i, p)
	}
	p.stopAtMention(s, i)
	// "the Agreement for Peace and Reconciliation", "the Declaration of Principles"
	if s.toks[i].upper && i > 0 {
		p.readNameAfter(s)
	}
	if (s.toks[i].upper || numberedName(s, i)) && p.end == i+1 && i+1 < len(s.toks) && isDigits(s.toks[i+1].text) {
		// "Resolution 1701", "Protocol 2": the number is the name's
		p.end, p.definite = i+2, true
		p.names = append(p.names, s.toks[i].lower+" "+s.toks[i+1].text)
	}
	labelEnd := max(p.readPlaces(s, i), a.topicEnd(s, i), a.nameOfPart(s, i))
	labelStart := initiativeLabelStart(s, i, nameFrom)
	lemma := s.lemma[i]
	family := families[lemma]
	if family == "" {
		family = lemma
	}
	labelEnd = p.asDocument(family, i, labelEnd)
	m := &mention{start: p.start, end: p.end, how: byName}
	text := trimDeterminer(s.text(a.doc.Text, labelStart, labelEnd))
	if known := a.knownAs(s, p.end); known != "" {
		// "talks hosted by Kenya, known as the Tumaini Initiative": its name
		p.names, text, p.definite = append(p.names, strings.ToLower(known)), known, true
	}
	// "announcing instead its own pause": a possessor whose own it is sets it apart
	// from the one told before; it refers back only to one of the same owner
	definite := (p.definite || len(p.owners) > 0) && (!p.own || len(p.owners) > 0)
	m.ent = a.joinInitiative(family, lemma, p.names, p.owners, definite, text, aims(s, i)...)
	if p.own && len(m.ent.init.mentions) == 0 {
		m.ent.init.aside = lemma
	}
	m.ent.init.mentions = append(m.ent.init.mentions, m)
	if text == s.toks[i].lower && demonstrative(s, i) {
		dropPointer(m.ent.init, text)
	}
	return m
}

// nameOfPart returns where the name of the initiative at i ends when an "of" phrase
// after it is part of its name ("a memorandum of understanding", "a declaration of
// principles"), else i+1.
func (a *article) nameOfPart(s *sentence, i int) int {
	for _, k := range s.children(i, "nmod") {
		if k > i && s.tag[k] != "NUM" && s.tag[k] != "PROPN" && a.partOfInitiativeName(s, k) {
			return k + 1 // the noun, not what hangs on it ("... of understanding with Somaliland"); not a date
		}
	}
	return i + 1
}

// numberedName: a noun written in lower case before a number of three digits or more
// that ends its phrase ("resolution 1701 (2006)", "resolution 2254.", "resolution 2076
// on Tuesday"): a name, as the United Nations write their resolutions.
func numberedName(s *sentence, i int) bool {
	if i+1 >= len(s.toks) || len(s.toks[i+1].text) < 3 {
		return false
	}
	if i+2 == len(s.toks) || !s.toks[i+2].word {
		return true
	}
	switch s.tag[i+2] {
	case "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PART":
		return true // "resolution 2076 on Tuesday", "resolution 2254 and"
	}
	return false
}

// dropPointer drops the label a bare demonstrative gave the initiative it points back
// to: "that process" names the talks told before no better than "talks" did.
func dropPointer(in *initiative, text string) {
	if n := len(in.labels); n > 1 && in.labels[n-1] == text {
		in.labels = in.labels[:n-1]
	}
}

// initPhrase is an initiative mention being read around its noun: its span, the
// names and owners its words give, and whether it is definite.
type initPhrase struct {
	start, end int
	names      []string
	owners     []*entity
	definite   bool
	own        bool // "its own pause": another than the one told before
}

// readInitiativeModifier reads dependent k of initiative noun i: an article, an
// owner ("Egypt's plan"), or a modifier before the noun.
func (a *article) readInitiativeModifier(s *sentence, i, k int, p *initPhrase) {
	switch s.rel[k] {
	case "det":
		p.definite = p.definite || s.toks[k].lower == "the" || s.toks[k].lower == "this" || s.toks[k].lower == "that"
		p.start = min(p.start, k)
	case "nmod:poss":
		p.definite = true
		if m := s.at[k]; m != nil && m.ent.isActor() {
			p.owners = append(p.owners, m.ent)
		}
	case "amod", "compound", "nummod":
		p.own = p.own || s.toks[k].lower == "own"
		if k < i {
			a.readInitiativeAdjunct(s, k, p)
		}
	}
}

// readInitiativeAdjunct reads a modifier before an initiative noun: a place that
// names it, an actor that owns it ("the Egyptian proposals"), a capitalised word or a
// year that names it.
func (a *article) readInitiativeAdjunct(s *sentence, k int, p *initPhrase) {
	if m := s.at[k]; m != nil && m.ent.isActor() {
		if m.how == byCapital || m.ent.unknown {
			// "the Khartoum agreement", "the Jeddah talks": a place names it
			p.names = append(p.names, strings.ToLower(s.text(a.doc.Text, m.start, m.end)))
			a.remove(s, m)
			p.start = min(p.start, m.start)
			return
		}
		p.owners = append(p.owners, m.ent)
		return
	}
	if s.toks[k].upper && k > 0 || isYear(s.toks[k].text) {
		p.names = append(p.names, strings.ToLower(s.toks[k].text)) // "the Khartoum agreement", "the 2018 deal"
	}
	if k < p.start {
		p.start = k
	}
}

// readCapitalName reads the capitalised words that begin the name of the capitalised
// noun i, and returns where the name begins.
func (a *article) readCapitalName(s *sentence, i int, p *initPhrase) int {
	n := a.nameStart(s, i)
	for k := n; k < i; k++ {
		if s.at[k] == nil {
			p.start = min(p.start, k)
			p.names = append(p.names, strings.ToLower(s.toks[k].text))
		}
	}
	p.definite = true
	return n
}

// stopAtMention begins the phrase after a mention before noun i: "a Russian-brokered
// deal": the name is a mention of its own.
func (p *initPhrase) stopAtMention(s *sentence, i int) {
	for k := i - 1; k >= p.start; k-- {
		if s.at[k] != nil {
			p.start = s.at[k].end
			return
		}
	}
}

// readNameAfter extends the phrase over the capitalised words of its name joined by
// "of", "for" or "on": "the Agreement for Peace and Reconciliation".
func (p *initPhrase) readNameAfter(s *sentence) {
	for p.end+1 < len(s.toks) && (s.toks[p.end].lower == "of" || s.toks[p.end].lower == "for" || s.toks[p.end].lower == "on") {
		switch {
		case capitalNoun(s, p.end+1):
			p.end += 2
		case s.toks[p.end+1].lower == "the" && p.end+2 < len(s.toks) && capitalNoun(s, p.end+2) && s.at[p.end+2] == nil:
			p.end += 3 // "the General Agreement on the Establishment of Peace"
		default:
			return
		}
		for p.end < len(s.toks) && (capitalNoun(s, p.end) || s.tag[p.end] == "ADJ" && s.toks[p.end].upper || s.toks[p.end].lower == "and" && p.end+1 < len(s.toks) && s.toks[p.end+1].upper) && s.at[p.end] == nil {
			p.end++ // "of Peace and National Accord"
		}
		if s.toks[p.end-1].lower == "and" {
			p.end--
		}
		p.definite = true
	}
}

// capitalNoun: a capitalised noun or name.
func capitalNoun(s *sentence, k int) bool {
	return s.toks[k].upper && (s.tag[k] == "PROPN" || s.tag[k] == "NOUN")
}

// readPlaces reads the places that name the initiative of noun i and who brokered it,
// and returns where its label ends: "a humanitarian ceasefire agreed in Moscow", "a
// conference in Berlin": the place names it; who brokered it ("talks brokered by
// Washington") tells it apart.
func (p *initPhrase) readPlaces(s *sentence, i int) int {
	labelEnd := p.end
	for _, k := range s.children(i, "acl", "nmod") {
		for _, o := range initiativePlaces(s, i, k) {
			pr := s.prep(o)
			if s.tag[o] != "PROPN" || pr != "in" && pr != "by" && pr != "at" || month(s.toks[o].lower) {
				continue // "talks in August": a time, no place
			}
			if m := s.at[o]; pr == "in" && m != nil && m.how == byName && m.ent.isActor() && !m.ent.isState() {
				continue // "a proposal in the Security Council": a body, where it was put, no place in its name
			}
			if p.definite && !s.toks[i].upper && commaBetween(s, i, o) {
				continue // "The agreement, signed in Addis Ababa by Abiy Ahmed,": the one told before, described
			}
			p.names = append(p.names, strings.ToLower(s.toks[o].text))
			if pr != "by" && o < i+5 && o >= labelEnd && !commaBetween(s, i, o) {
				labelEnd = o + 1 // "a humanitarian ceasefire agreed in Moscow"; not "the ceasefire, signed in Accra"
			}
		}
	}
	return labelEnd
}

// commaBetween: a comma stands between tokens i and j.
func commaBetween(s *sentence, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if s.toks[k].text == "," {
			return true
		}
	}
	return false
}

// topicEnd returns where the label of initiative noun i ends with the phrase that says
// what it is about ("talks on a peace treaty", "a proposal for a ceasefire"), when
// that phrase follows the noun, is short, and names no actor: an actor's name in the
// label would stand for the actor, another initiative's for that one.
func (a *article) topicEnd(s *sentence, i int) int {
	if a.lex.in("offer", s.lemma[i]) || a.lex.in("request", s.lemma[i]) {
		return i + 1 // "an offer of mediation" is the mediation's
	}
	for _, k := range s.children(i, "nmod") {
		p := s.prep(k)
		if k < i || p != "on" && p != "for" && p != "of" || a.lex.in("time", s.toks[k].lower) {
			continue // "signed a peace treaty on Friday": a date, no topic
		}
		st, end := s.spanStart(k), s.spanEnd(k)
		if st != i+1 || end-i > 7 {
			continue
		}
		for t := st; t < end; t++ {
			if s.at[t] != nil || a.lex.in("initiative", s.lemma[t]) || s.toks[t].text == "," || month(strings.TrimSuffix(s.toks[t].lower, ".")) || isDigits(s.toks[t].text) {
				return i + 1 // a name, another initiative, a list, or a date ("an arrangement on Oct. 13")
			}
		}
		return end
	}
	return a.aimEnd(s, i)
}

// aimEnd returns where the infinitive right after a noun of a plan at i ends, when it is
// short and says what the plan sets out to do ("a plan to hold elections next year"),
// else i+1.
func (a *article) aimEnd(s *sentence, i int) int {
	if families[s.lemma[i]] != "plan" {
		return i + 1 // "a ceasefire to take effect at noon": when it holds, not what it is
	}
	for _, v := range s.children(i, "acl") {
		m := s.child(v, "mark")
		if m != i+1 || s.toks[m].lower != "to" || s.tag[v] != "VERB" || s.child(v, "obj") < 0 {
			continue
		}
		end := s.spanEnd(v)
		if end-i > 8 {
			return i + 1
		}
		for t := m; t < end; t++ {
			if s.at[t] != nil || a.lex.in("initiative", s.lemma[t]) || s.toks[t].text == "," {
				return i + 1 // a name, another initiative or a list: too much for a label
			}
		}
		return end
	}
	return i + 1
}

// initiativePlaces returns the phrases of dependent k of initiative noun i that may
// name a place or a broker: k itself, or the obliques of a participle after the noun
// ("agreed in Moscow").
func initiativePlaces(s *sentence, i, k int) []int {
	if s.rel[k] != "acl" {
		return []int{k}
	}
	if k < i || s.tag[k] != "VERB" || !isParticiple(s.toks[k].lower, s.lemma[k]) {
		return nil
	}
	return s.children(k, "obl", "obl:agent")
}

// initiativeLabelStart returns where the label of initiative noun i begins: the label
// is the whole phrase before the noun ("six-month plan", "the Egyptian proposals", "a
// UN-brokered deal") but a possessor ("Algeria's") and articles.
func initiativeLabelStart(s *sentence, i, nameFrom int) int {
	labelStart := i
	if nameFrom < i && s.at[nameFrom] == nil {
		labelStart = nameFrom
	}
	for _, k := range s.kids[i] {
		// "their own talks": "own" stresses the possessor, it names nothing
		if k < i && (s.rel[k] == "amod" || s.rel[k] == "compound" || s.rel[k] == "nummod" || s.rel[k] == "flat") && s.toks[k].lower != "own" {
			labelStart = min(labelStart, leftmost(s, k))
		}
	}
	if labelStart > 0 && isQuote(s.toks[labelStart-1].text) && quoteBetween(s, labelStart, i) {
		labelStart-- // '"total peace" plan': the quotation opens before the words it holds
	}
	return labelStart
}

// quoteBetween: a quotation mark stands among the tokens from i to j.
func quoteBetween(s *sentence, i, j int) bool {
	for k := i; k <= j; k++ {
		if isQuote(s.toks[k].text) {
			return true
		}
	}
	return false
}

// knownAs returns the name given after an initiative's phrase ending at end, within
// its clause: "talks hosted by Kenya, known as the Tumaini Initiative", or "".
func (a *article) knownAs(s *sentence, end int) string {
	for k := end; k < len(s.toks) && k < end+8; k++ {
		if s.toks[k].text != "," {
			continue
		}
		if ne := a.nickname(s, k); ne > k {
			return strings.Trim(s.text(a.doc.Text, ne-nicknameLen(s, ne), ne), "\"“” ")
		}
		return ""
	}
	return ""
}

// isYear: four digits from 1900 to 2099.
func isYear(t string) bool {
	return len(t) == 4 && isDigits(t) && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20"))
}

func trimDeterminer(t string) string {
	lower := strings.ToLower(t)
	for _, d := range []string{"the ", "a ", "an ", "this ", "that ", "its ", "their ", "his ", "her "} {
		if strings.HasPrefix(lower, d) {
			return t[len(d):]
		}
	}
	return t
}

// joinInitiative returns the initiative a mention refers to, beginning one if it
// refers to none before it.
func (a *article) joinInitiative(family, lemma string, names []string, owners []*entity, definite bool, text string, aims ...string) *entity {
	a.initCount++
	var found *initiative
	if len(names) > 0 || len(owners) > 0 {
		for _, in := range a.inits {
			same := overlaps(in.names, names) || sharesOwner(in.owners, owners) && !otherAims(in.aims, aims)
			if in.family == family && same && (found == nil || in.last > found.last) {
				found = in
			}
		}
	} else if definite {
		found = a.referredInitiative(family, lemma)
	}
	if found != nil {
		found.names = appendNew(found.names, names...)
		found.labels = appendNew(found.labels, text)
		found.aims = appendNew(found.aims, aims...)
		found.last, found.sent = a.initCount, a.current
		return found.ent
	}
	in := &initiative{family: family, names: names, owners: owners, labels: []string{text}, aims: aims, last: a.initCount, sent: a.current}
	in.ent = &entity{node: graph.Node{Kind: graph.KindInitiative}, init: in}
	a.inits = append(a.inits, in)
	a.ents = append(a.ents, in.ent)
	return in.ent
}

// aims returns the verbs of what the initiative noun at i sets out to do, in an
// infinitive after it or after the ones it is offered to ("a plan to hold elections",
// "an offer for armed groups to abandon the path of armed terrorism and join talks").
func aims(s *sentence, i int) []string {
	var verbs []int
	for _, h := range append([]int{i}, s.children(i, "nmod")...) {
		if h == i || s.prep(h) == "for" { // "an offer for armed groups to abandon"
			verbs = append(verbs, s.children(h, "acl")...)
		}
	}
	if v := s.head[i]; v >= 0 && s.rel[i] == "obj" {
		for _, k := range s.children(v, "advcl", "xcomp") {
			if s.spanStart(k) == s.spanEnd(i) {
				verbs = append(verbs, k) // "welcomed Trump's plan to end the war", the infinitive hung on the verb
			}
		}
	}
	var out []string
	for _, v := range verbs {
		if m := s.child(v, "mark"); m >= 0 && s.toks[m].lower == "to" && s.tag[v] == "VERB" {
			for _, c := range s.conjuncts(v) {
				out = append(out, s.lemma[c])
			}
		}
	}
	return out
}

// otherAims: two initiatives both say what they set out to do, and nothing of it is
// the same ("an offer to join talks", then "a plan to hold elections").
func otherAims(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && !overlaps(a, b)
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func sharesOwner(a, b []*entity) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// nameInitiatives names each initiative after its most telling mention: one with a
// proper name, else the longest, and makes the ids unique within the article.
func (a *article) nameInitiatives() {
	a.mergeByProposer()
	used, next := map[string]bool{}, map[string]int{}
	proposed := a.proposals()
	for _, e := range a.ents {
		if e.init == nil {
			used[e.node.ID] = true
		}
	}
	for _, in := range a.inits {
		best := ""
		score := -1
		for _, l := range in.labels {
			sc := len(l)
			if hasCapital(l) {
				sc += 100
			}
			if sc > score {
				best, score = l, sc
			}
		}
		e := in.ent
		e.node.Name = best
		for _, l := range in.labels {
			if l != best && !containsString(e.node.Aliases, l) {
				e.node.Aliases = append(e.node.Aliases, l)
			}
		}
		// a named initiative is the same node in every article that names it; one
		// known by who put it forward is named after them ("egypt-ceasefire"); any
		// other is the article's own
		id := graph.Slug(best)
		switch p := a.proposerOf(in, proposed); {
		case len(in.names) > 0 && hasCapital(best):
		case p != nil:
			id = graph.Slug(p.node.ID + " " + in.family)
		default:
			sum := sha256.Sum256([]byte(a.doc.ID))
			id += "-" + hex.EncodeToString(sum[:3])
		}
		// numbered after the last number its name was given, not from 2 each time: an
		// article of a thousand unnamed talks takes a thousand steps, not a million
		base := graph.Slug(best)
		for n := max(2, next[base]); used[id]; n++ {
			id, next[base] = fmt.Sprintf("%s-%d", base, n), n+1
		}
		used[id] = true
		e.node.ID = id
	}
}

func hasCapital(s string) bool {
	for i, r := range s {
		if i > 0 && r >= 'A' && r <= 'Z' {
			return true
		}
		if i == 0 && r >= 'A' && r <= 'Z' && strings.Contains(s, " ") {
			return true
		}
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// proposers returns who put an initiative forward: its owners and the subjects of the
// proposes relations read on it; a person stands for the state or body they lead.
func (a *article) proposers(in *initiative, proposed map[*entity][]*entity) []*entity {
	var out []*entity
	add := func(e *entity) {
		if e.isPerson() && e.owner != nil {
			e = e.owner
		}
		if e.gov != nil {
			e = e.gov
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	for _, o := range in.owners {
		add(o)
	}
	for _, s := range proposed[in.ent] {
		add(s)
	}
	return out
}

// proposals maps each initiative's entity to the subjects of the proposes relations
// read on it.
func (a *article) proposals() map[*entity][]*entity {
	out := map[*entity][]*entity{}
	for _, f := range a.found {
		if f.p == graph.Proposes {
			out[f.o] = append(out[f.o], f.s)
		}
	}
	return out
}

// proposerOf returns the one who put an initiative forward, a state or body before a
// person, or nil.
func (a *article) proposerOf(in *initiative, proposed map[*entity][]*entity) *entity {
	var best *entity
	for _, p := range a.proposers(in, proposed) {
		if best == nil || best.isPerson() && !p.isPerson() {
			best = p
		}
	}
	return best
}

// mergeByProposer makes one initiative of those the same actor put forward under names
// of families that may name each other ("Sisi proposed a ceasefire" and "the Egyptian
// proposals"): the later joins the earlier, and the relations read on it follow.
func (a *article) mergeByProposer() {
	proposed := a.proposals()
	for i := 0; i < len(a.inits); i++ {
		for j := i + 1; j < len(a.inits); j++ {
			x, y := a.inits[i], a.inits[j]
			if x.family != y.family && !compatible[x.family][y.family] && !compatible[y.family][x.family] {
				continue
			}
			if len(x.names) > 0 && len(y.names) > 0 && !overlaps(x.names, y.names) && x.family != "effort" && y.family != "effort" {
				continue // two named initiatives ("efforts" are no name of their own)
			}
			if !sharesOwner(a.proposers(x, proposed), a.proposers(y, proposed)) || otherAims(x.aims, y.aims) {
				continue // "an offer to join talks" and "a plan to hold elections" of one proposer are two
			}
			switch {
			case x.family == "effort":
				x.family, x.names = y.family, y.names // the efforts are the initiative's
			case y.family != "effort":
				x.names = appendNew(x.names, y.names...)
			}
			x.owners = append(x.owners, y.owners...)
			x.labels = appendNew(x.labels, y.labels...)
			x.aims = appendNew(x.aims, y.aims...)
			for k := range a.found {
				if a.found[k].o == y.ent {
					a.found[k].o = x.ent
				}
			}
			proposed[x.ent] = append(proposed[x.ent], proposed[y.ent]...)
			y.ent.init = x
			a.ents = slices.DeleteFunc(a.ents, func(e *entity) bool { return e == y.ent })
			a.inits = append(a.inits[:j], a.inits[j+1:]...)
			j--
		}
	}
}
