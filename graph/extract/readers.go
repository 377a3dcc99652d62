package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// A recogniser reads one construction of English from the parse of a sentence. Each is
// called for every word; it returns at once unless the word carries its construction.
// They run in the order of the table; a relation read twice in one sentence is kept
// once, with the higher confidence.
type recogniser struct {
	name string
	doc  string
	read func(a *article, s *sentence, w int)
}

// recognisers is the reader's table of constructions.
var recognisers = []recogniser{
	{"verb", "a verb of frames.txt with its subject and object: active, passive with its agent, relative clause, participle, control and conjoined verbs", readVerb},
	{"light-verb", "a light verb with a noun of an act: launched an offensive against X, imposed sanctions on X, voiced support for X, received support from X", readLightVerb},
	{"event-noun", "a noun of an act with its actor and object: Iran's backing of X, Turkish support for X, US sanctions on X, the war between X and Y", readEventNoun},
	{"agent-noun", "a noun naming an actor by its relation: X, a key ally of Y; Y's ally, X; X is Y's main backer; Y's backers include X", readAgentNoun},
	{"hyphen", "a compound participle: the X-backed Y, a X-brokered truce", readHyphen},
	{"adjective", "an adjective of frames.txt said of an actor: X, loyal to Y; X remained committed to Y", readAdjective},
	{"owned-initiative", "an initiative with its owner: Egypt's ceasefire proposal, the Egyptian proposals", readOwnedInitiative},
	{"request", "a request for an initiative by its maker: the Government's request for a pause, Somalia's call for a ceasefire, calls by France for talks", readRequest},
	{"at-behest", "an initiative adopted at another's request: passed Resolution 1725 at Washington's urging, convened the talks at the request of the AU", readAtBehest},
	{"auspices", "an initiative made under another's care: negotiated under the auspices of the OAU, talks under the aegis of the AU", readAuspices},
	{"no-initiative", "an initiative said not to be: X said there would be no talks, X said there could be no return to the Jeddah talks", readNoInitiative},
	{"proposed-act", "an act proposed with a gerund: X proposed deploying a neutral force, X has proposed sending monitors", readProposedAct},
	{"mediation", "mediating without an object: X has offered to mediate, X has mediated since the war began", readMediation},
	{"appeal", "an appeal to others to keep an initiative: X called on the parties to respect the truce", readAppeal},
	{"at-war", "a state of war between actors: X is at war with Y, X has been at war with Y since 2023", readAtWar},
	{"with-backing", "an act done with another's backing: X came to power with the backing of Y, founded with the help of Y", readWithBacking},
	{"pro", "a side named with 'pro-': the pro-government Civil Defence Forces, pro-Russian separatists, pro-Haftar forces", readPro},
	{"alongside", "a verb of action beside another: X operated alongside Y, X deployed alongside Y, X fought the ADF together with Y", readAlongside},
	{"ordered-out", "an order or demand to leave: X ordered Y to leave, X gave Y 72 hours to leave, X told the ambassador to depart, X demanded that Y withdraw", readOrderedOut},
	{"thanks", "thanks for help given: X thanked Y for its support, X thanked Y for the deployment of its forces", readThanks},
	{"end-of-act", "the end of a hostile act asked for or welcomed: X urged an end to the attacks, X called for an end to Y's offensive", readEndOfAct},
	{"to-aid", "coming to another's aid: X came to Y's aid, X rushed to the aid of Y", readToAid},
	{"side", "an actor at another's side: X fought on Y's side, Ankara was by his side, X stood at the side of Y", readSide},
	{"fact-box", "a line of a fact box: 'Allies: X; Y', 'Designated a terrorist organisation by: X, Y'", readFactBox},
	{"transfer", "a transfer of arms or troops to an actor: X will send tanks to Y, X promised Y armoured vehicles, X supplied drones to Y", readTransfer},
	{"composition", "troops from actors in a force: the task force groups troops from X and Y, the mission includes soldiers from X, its troops, drawn from X and Y", readComposition},
	{"suspension", "support suspended: the EU suspended its budget support to Ethiopia, Washington froze military aid to Egypt", readSuspension},
	{"same-act", "an act done again by another: X recognised Y; Z followed suit; Z had done so; Z did the same", readSameAct},
	{"vote", "a vote in favour: X voted in favour of the resolution; in a record of a vote, X voted in favour (of the text just adopted)", readVote},
	{"welcomed-arrival", "a force's coming welcomed: X welcomed the deployment of Y, X hailed the French deployment", readWelcomedArrival},
	{"under", "an actor under another's act: X is under UN sanctions, X came under attack by Y", readUnder},
	{"at-hands", "an act suffered at another's hands: X suffered a defeat at the hands of Y, X's soldiers were killed at the hands of Y", readAtHands},
	{"label", "a verb of judging with a hostile label: X regards Y as a terrorist group, X called Y a dictator, X described Y's move as a coup", readLabel},
	{"said-label", "a verb of saying whose clause gives an actor a hostile label: X says Y is a terrorist group, X said Y had been a funder of terrorism", readSaidLabel},
	{"pair", "a verb and its object noun that together carry a relation: X severed ties with Y, X froze its cooperation with Y", readPair},
	{"adjacent", "a verb of the frames whose parse gave no reading, read from the names next to it: the actor just before it, the object just after it (or after its preposition)", readAdjacent},
	{"title", "a person named with a title: President X, Turkish President X, X's President Y, SDF commander X", readTitle},
	{"leader-noun", "a person described as a leader: X, the leader of Y; Y's leader, X; X, head of Y", readLeaderNoun},
	{"counterpart", "a leader's counterpart of another state: President X and his Moldovan counterpart Y; X met Y, his Russian counterpart", readCounterpart},
	{"leads-verb", "a verb of leading: X leads Y, Y, led by X, X, who heads Y", readLeadsVerb},
	{"under-command", "a body under a person's command: the army, under the command of General X; troops under the leadership of X", readUnderCommand},
	{"leads-possessive", "a person's party, government or movement: Maduro's government, Uribe's Democratic Centre party", readLeadsPossessive},
	{"appointment", "a person put in an office: the junta named General X transitional president, Y appointed X as prime minister", readAppointment},
}

// readBareVote: "voted against" or "voted for" with nothing after it, in a record of a
// vote ("adopted Resolution 678 by 12 votes to 2, with Cuba and Yemen voting
// against"): a stance on the resolution just told of.
func readBareVote(a *article, s *sentence, w int) {
	p := bareVoteStance(s, w)
	in := a.resolutionVoted(s, w)
	if p == "" || in == nil || s.child(w, "obj") >= 0 {
		return
	}
	o := arg{&mention{s: s, start: w, end: w + 1, head: w, ent: in, conf: 0.85}, 0.85}
	voters := a.subjects(s, w)
	if h := s.head[w]; s.rel[w] == "acl" && h >= 0 {
		voters = nil // "with Cuba and Yemen voting against": the whole list
		for s.rel[h] == "conj" && s.head[h] >= 0 {
			h = s.head[h]
		}
		for _, c := range s.conjuncts(h) {
			voters = append(voters, a.argsAt(s, c)...)
		}
	}
	for _, sub := range voters {
		a.relate(s, w, sub, p, o, 0.8, "vote")
	}
}

// bareVoteStance returns the stance "against" or "for" right after the verb of voting
// at w gives, with nothing after it: rejects, endorses, or none.
func bareVoteStance(s *sentence, w int) graph.Predicate {
	for _, k := range s.kids[w] {
		if k != w+1 || len(s.kids[k]) > 0 || s.rel[k] != "advmod" && s.rel[k] != "compound:prt" && s.rel[k] != "obl" && s.rel[k] != "discourse" {
			continue
		}
		switch s.toks[k].lower {
		case "against", "no":
			return graph.Rejects
		case "for", "yes":
			return graph.Endorses
		}
	}
	return ""
}

// resolutionVoted returns the resolution a vote at w is on: one named before it in the
// sentence ("resolution 678 - an American draft, passed with Cuba and Yemen voting
// against"), else the last one named, in this sentence or the one before; nil if none.
func (a *article) resolutionVoted(s *sentence, w int) *entity {
	var in *entity
	if a.lastInitSent >= s.i-1 {
		in = a.lastInit
	}
	for _, m := range s.ments {
		if m.start < w && m.ent.init != nil && m.ent.init.family == "resolution" {
			in = m.ent
		}
	}
	if in == nil || in.init.family != "resolution" {
		return nil
	}
	return in
}

// readAuspices: "under the auspices of X" on a verb or a noun of an initiative
// ("the deal was negotiated under the auspices of the OAU", "talks under the aegis of
// the AU"): X proposes the initiative.
func readAuspices(a *article, s *sentence, w int) {
	if s.tag[w] != "NOUN" || !a.lex.in("auspices", s.lemma[w]) && !a.lex.in("auspices", s.toks[w].lower) || s.prep(w) != "under" {
		return
	}
	sponsors := a.ofArgs(s, w)
	h := s.head[w]
	if h < 0 || len(sponsors) == 0 {
		return
	}
	places := []int{h}
	if s.tag[h] == "VERB" {
		places = s.children(h, "obj", "nsubj:pass", "nsubj")
		if s.rel[h] == "acl" && s.head[h] >= 0 {
			places = append(places, s.head[h]) // "the agreement, negotiated under the auspices of the OAU"
		}
	}
	for _, k := range places {
		for _, in := range a.argsAt(s, k) {
			if in.m.ent.init == nil {
				continue
			}
			for _, sp := range sponsors {
				if sp.m.ent.isActor() {
					a.relate(s, w, sp, graph.Proposes, in, 0.8, "auspices")
				}
			}
		}
	}
}

// readPro: "pro-" before a name, a demonym or "government" in the phrase of an actor
// ("the pro-government Civil Defence Forces", "pro-Russian separatists"): the actor
// supports the one named.
func readPro(a *article, s *sentence, w int) {
	x := w + 2
	if s.toks[w].lower != "pro" || x >= len(s.toks) || s.toks[w+1].text != "-" {
		return
	}
	backed, ok := a.proBacked(s, x)
	if !ok {
		return
	}
	r := proPhraseHead(s, x, backed.m)
	if r < 0 {
		return
	}
	for _, sub := range a.argsAt(s, r) {
		if sub.m.ent != backed.m.ent {
			a.relate(s, w, sub, graph.Supports, backed, 0.8, "pro")
		}
	}
}

// proBacked returns the one "pro-" names at x: a name or a demonym, or the
// government of the state the article speaks of.
func (a *article) proBacked(s *sentence, x int) (arg, bool) {
	if m := s.at[x]; m != nil && m.start == x && m.ent.isActor() {
		return arg{m, m.conf}, true
	}
	if s.toks[x].lower == "government" && a.main != nil {
		return arg{&mention{s: s, ent: a.governmentOf(a.main), conf: 0.8, how: byDescription}, 0.8}, true
	}
	return arg{}, false
}

// proPhraseHead returns the head of the phrase "pro-" and the name at x open: the
// last noun of the run after them, or -1.
func proPhraseHead(s *sentence, x int, backed *mention) int {
	r := x + 1
	for r < len(s.toks) && (s.at[r] == backed || s.tag[r] == "ADJ") {
		r++
	}
	nominal := func(k int) bool { return k < len(s.toks) && (s.tag[k] == "NOUN" || s.tag[k] == "PROPN") }
	if !nominal(r) {
		return -1
	}
	for nominal(r + 1) {
		r++
	}
	return r
}

// found is a statement before its nodes are final: initiatives are named only once
// the whole article is read.
type found struct {
	s, o *entity
	p    graph.Predicate
	si   int
	w    int // the word it was read at
	mod  graph.Modality
	conf float64
	rule string
}

// minConfidence is the confidence below which a reading is dropped rather than kept:
// its roles are too unsure.
const minConfidence = 0.45

// pairedWith: m stands for one of "the two sides" and e is the other; read as acting
// on its own side, the two sides are not the pair they were taken for ("Both parties
// have backed Kyiv", of American parties after "the war between Russia and Ukraine").
func pairedWith(m *mention, e *entity) bool {
	return len(m.also) > 0 && (e == m.ent || slices.Contains(m.also, e))
}

// relatableArgs: the relation may hold between the two arguments, one side of "the two
// sides" never acting on its own pair.
func (a *article) relatableArgs(subj arg, p graph.Predicate, obj arg) bool {
	return a.relatable(subj.m.ent, p, obj.m.ent) && !pairedWith(subj.m, obj.m.ent) && !pairedWith(obj.m, subj.m.ent)
}

// initiativeStance returns the predicate p said at w of the initiative obj stands for,
// as what the initiative is makes it: a call for one that exists already endorses it
// ("calls for the ceasefire to be strictly respected"); signing an initiative one
// issues puts it forward ("signed a decree dissolving the institutions"); joining a
// mediation is mediating.
func (a *article) initiativeStance(s *sentence, w int, p graph.Predicate, obj arg) graph.Predicate {
	switch {
	case p == graph.Proposes && keptInitiative(obj.m) && !a.sumsUp(obj.m.s, obj.m.head):
		return graph.Endorses
	case p == graph.Endorses && obj.m.ent.init != nil && s.lemma[w] == "sign" && a.lex.in("issued", obj.m.ent.init.family):
		return graph.Proposes
	case p == graph.Endorses && obj.m.ent.init != nil && a.lex.in("joining", s.lemma[w]) && a.mediationAt(obj.m):
		return graph.Proposes // "Qatar joined the mediation": it mediates too
	}
	return p
}

// mediationAt: the mention m names an act of putting an initiative forward, by its
// noun or a noun before it ("joined the mediation", "the mediation effort"): a noun the
// frames read as proposing what it is of.
func (a *article) mediationAt(m *mention) bool {
	s := m.s
	if s == nil || m.head < 0 || m.head >= len(s.toks) {
		return false
	}
	proposing := func(k int) bool {
		return slices.ContainsFunc(a.lex.frames.nouns[s.lemma[k]], func(f *frame) bool { return f.kind == eventFrame && f.initiative == graph.Proposes })
	}
	return proposing(m.head) || slices.ContainsFunc(s.children(m.head, "compound"), proposing)
}

// relate records a relation read at word w of sentence s.
func (a *article) relate(s *sentence, w int, subj arg, p graph.Predicate, obj arg, conf float64, rule string) {
	se, oe := subj.m.ent, obj.m.ent
	if !a.mayRelate(subj, p, obj) {
		return
	}
	p = a.initiativeStance(s, w, p, obj)
	if s.tag[w] == "VERB" && s.question() {
		return // "Does President Kabila back the French deployment?": asked, not said
	}
	negated, mod := a.modality(s, w, se)
	mod = a.turnModality(s, se, mod)
	if negated && p == graph.Endorses && oe.init != nil && a.refused(s, w) {
		negated, p, conf = false, graph.Rejects, conf*0.9 // "refused to sign the 2018 deal"
	}
	if negated || negatedMember(subj.m) || negatedMember(obj.m) {
		return
	}
	c := a.readingConfidence(s, w, subj, obj, conf, mod)
	if c < minConfidence {
		return
	}
	// the sentence's readings are the last ones found: one per triple, the surest
	if f := a.foundIn(s.i, se, p, oe); f != nil {
		if c > f.conf {
			f.conf, f.rule, f.mod = c, rule, mod
		}
		return
	}
	a.found = append(a.found, found{s: se, o: oe, p: p, si: s.i, w: w, mod: mod, conf: c, rule: rule})
	a.noteReading(s, w, se, p, oe, mod)
}

// noteReading keeps what later readings ask of a new one: whom a person was read as
// leading, and who did the last hostile act, and to whom.
func (a *article) noteReading(s *sentence, w int, se *entity, p graph.Predicate, oe *entity, mod graph.Modality) {
	if p == graph.Leads {
		if a.headed == nil {
			a.headed = map[*entity][]*entity{}
		}
		a.headed[se] = append(a.headed[se], oe)
	}
	if p == graph.Opposes && mod == graph.Asserted && a.hostileAct(s.lemma[w]) {
		a.lastAct, a.lastActSent = se, s.i
		if a.actBy == nil {
			a.actBy = map[*entity]*entity{}
		}
		a.actBy[oe] = se
	}
}

// mayRelate: the arguments may be related by p: relatable, and not a head against what
// they head.
func (a *article) mayRelate(subj arg, p graph.Predicate, obj arg) bool {
	return a.relatableArgs(subj, p, obj) && (p != graph.Opposes || !a.ownHead(subj.m.ent, obj.m.ent))
}

// ownHead: the person p heads the actor o, or o is the government of the state p heads
// ("Jamaica's Prime Minister, Edward Seaga, broke off relations with it": "it" is not
// Jamaica): a head is not against what they head.
func (a *article) ownHead(p, o *entity) bool {
	if !p.isPerson() {
		return false
	}
	heads := func(h *entity) bool {
		return h == o || o.state != nil && o.state == h || h.state != nil && h.state == o
	}
	if p.owner != nil && heads(p.owner) {
		return true
	}
	return slices.ContainsFunc(a.headed[p], heads)
}

// spanOf returns how many tokens the word w and the two mentions span, when all are
// of one sentence; else a large number.
func spanOf(w int, x, y *mention) int {
	if x.s != y.s || x.end == 0 || y.end == 0 {
		return 1 << 20
	}
	lo, hi := min(w, x.start, y.start), max(w+1, x.end, y.end)
	return hi - lo
}

// keptInitiative: the mention is of a definite initiative with an infinitive of its
// own after it ("the ceasefire to be respected", "the agreement to be implemented"): one
// asked to be kept, not put forward. A plan's infinitive with an object says what it
// sets out to do ("Min Aung Hlaing's plan to hold elections").
func keptInitiative(m *mention) bool {
	s := m.s
	if s == nil || m.ent.init == nil || m.end == 0 {
		return false
	}
	d := s.child(m.head, "det", "nmod:poss")
	if d < 0 || s.rel[d] == "det" && s.toks[d].lower != "the" && s.toks[d].lower != "this" && s.toks[d].lower != "that" {
		return false
	}
	heads := []int{m.head}
	if v := s.head[m.head]; v >= 0 && base(s.rel[m.head]) == "obl" {
		heads = append(heads, v) // the infinitive hung on the verb: "calls for the ceasefire to be respected"
	}
	for _, h := range heads {
		for _, k := range s.children(h, "acl", "xcomp", "advcl") {
			if m.ent.init.family == "plan" && h == m.head && s.child(k, "obj") >= 0 {
				continue // "Min Aung Hlaing's plan to hold elections": what the plan sets out to do
			}
			if mk := s.child(k, "mark"); k > m.head && mk >= 0 && s.toks[mk].lower == "to" {
				return true
			}
		}
	}
	return false
}

// negatedMember: a mention in a list that the list denies: "neither Russia nor China
// backed", "Russia, but not China, backed".
func negatedMember(m *mention) bool {
	if m == nil || m.s == nil {
		return false
	}
	s, k := m.s, m.head
	if k < 0 || k >= len(s.toks) {
		return false
	}
	for _, c := range s.kids[k] {
		if l := s.toks[c].lower; c < k && (l == "not" || l == "nor" || l == "neither") {
			return true
		}
	}
	first := s.climb(k, "conj")
	for _, c := range s.kids[first] {
		if s.toks[c].lower == "neither" && c < first {
			return true
		}
	}
	return false
}

// readingConfidence returns the confidence of a reading at word w of subj and obj
// by a rule of confidence conf: lower when reported, and in a long sentence the
// further apart its words.
func (a *article) readingConfidence(s *sentence, w int, subj, obj arg, conf float64, mod graph.Modality) float64 {
	c := conf * subj.conf * obj.conf * settled(subj.m.ent) * settled(obj.m.ent)
	if mod == graph.Reported {
		c *= 0.8
	}
	if n := min(s.parsedWith(w), 2*spanOf(w, subj.m, obj.m)); n > 40 {
		c *= 40 / float64(n) // the parse of a long sentence is less sure, the further apart its words the less
	}
	return c
}

// relatable reports whether predicate p may hold between se and oe: two actors (or an
// actor and an initiative, as p asks), a person who leads something else than a
// person, and, but for leading, no unknown name the article uses as a place.
func (a *article) relatable(se *entity, p graph.Predicate, oe *entity) bool {
	if se == nil || oe == nil || se == oe || !se.isActor() {
		return false
	}
	if p.ToInitiative() != (oe.init != nil) {
		return false
	}
	if p == graph.Leads && (!se.isPerson() || oe.isPerson()) {
		return false
	}
	if ownOrgan(se, oe) || ownOrgan(oe, se) {
		return false // "Russia backs the army", read as Russia's own: one side, no relation
	}
	if p == graph.Opposes && se.isPerson() && heldBy(se, oe) {
		return false // "President Kabila suspended the army's chief": his own side's man, not his side
	}
	return p == graph.Leads || !a.isUnknownPlace(se) && !a.isUnknownPlace(oe)
}

// heldBy: the person p holds a title of actor e, its state, or the state's government
// or army.
func heldBy(p, e *entity) bool {
	o := p.owner
	if o == nil {
		return false
	}
	return o == e || o.gov == e || e.state == o || o.state != nil && (o.state == e || o.state == e.state)
}

// ownOrgan: b is a's own government or army.
func ownOrgan(a, b *entity) bool {
	return a.isState() && b.state == a
}

// foundIn returns the reading of a triple already found in sentence si, or nil; the
// sentence's readings are the last ones found.
func (a *article) foundIn(si int, se *entity, p graph.Predicate, oe *entity) *found {
	for i := len(a.found) - 1; i >= 0 && a.found[i].si == si; i-- {
		f := &a.found[i]
		if f.s == se && f.o == oe && f.p == p {
			return f
		}
	}
	return nil
}

// settled raises the confidence in a name no dictionary knows (read at 0.7) as the
// article shows it acting: as the subject of a verb, a possessor, an acronym it
// uses, more than once.
func settled(e *entity) float64 {
	switch {
	case !e.unknown || e.evidence < 2:
		return 1
	case e.evidence < 4:
		return 0.8 / 0.7
	default:
		return 0.9 / 0.7
	}
}

// isUnknownPlace: a name no dictionary knows that the article uses more as a place
// than as an actor.
func (a *article) isUnknownPlace(e *entity) bool {
	return e.unknown && e.evidence <= 0 && !e.isPerson() // a given name is no place's
}

// readVerb reads a verb of the frames.
func readVerb(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" && (s.tag[w] != "ADJ" || s.rel[w] != "amod") || bySurprise(s, w) {
		return
	}
	a.rememberIncursion(s, w)
	lemma := s.lemma[w]
	if p := s.particle(w); p != "" {
		if fs := a.lex.frames.verbs[lemma+"_"+p]; len(fs) > 0 {
			a.readFrames(s, w, fs)
			return
		}
	}
	a.readFrames(s, w, a.lex.frames.verbs[lemma])
}

// rememberIncursion records forces of a state moving into another state ("more than
// 100,000 Iraqi troops poured across the border into Kuwait") as that state's assault,
// which "the invasion" names after; it relates no one, as troops may be invited in.
func (a *article) rememberIncursion(s *sentence, w int) {
	if s.tag[w] != "VERB" || !a.lex.in("incursion", s.lemma[w]) || a.negatedAt(s, w) {
		return
	}
	n := s.child(w, "nsubj")
	if n < 0 || !a.isForceNoun(s, n) {
		return
	}
	var into *entity
	for k := range s.toks {
		if s.prep(k) == "into" && s.headedBy(k, w) {
			into = a.stateAt(s, k)
		}
	}
	subjects := a.subjects(s, w)
	if into == nil || len(subjects) != 1 {
		return
	}
	e := subjects[0].m.ent
	if st := e.state; st != nil && e.node.Kind != graph.KindState {
		e = st // "Iraqi troops": Iraq's
	}
	if !e.isState() || e == into {
		return
	}
	for _, k := range []string{assaultKind, "invasion", "incursion"} {
		a.rememberKind(s, k, e)
	}
	a.lastAct, a.lastActSent = e, s.i
}

// bySurprise: the verb at w says its object was surprised, not acted on ("a role
// that caught Washington by surprise", "took Israel by surprise", "caught the army off
// guard").
func bySurprise(s *sentence, w int) bool {
	for k := w + 1; k < len(s.toks) && k <= w+12; k++ {
		if p := s.prep(k); (p == "by" && s.lemma[k] == "surprise" || p == "off" && s.lemma[k] == "guard") && s.headedBy(k, w) {
			return true // however the parser hung the phrase: "caught Washington and much of the region by surprise"
		}
	}
	return false
}

func (a *article) readFrames(s *sentence, w int, fs []*frame) {
	if len(fs) == 0 {
		return
	}
	subjects := a.subjects(s, w)
	a.rememberVerbAct(s, w, fs, subjects)
	for _, f := range fs {
		if f.intrans && s.child(w, "obj") >= 0 {
			continue // "what it called an Egyptian initiative for a ceasefire": naming, not calling for
		}
		if f.personal && a.initiativePhrase(s, w) {
			continue // "congratulated Ethiopia and the TPLF on the agreement": the deal is praised, not a side
		}
		objects := ownPossessionsOut(s, subjects, a.objects(s, w, f))
		if f.joint {
			a.readJoint(s, w, f, objects)
		}
		if f.self {
			objects = slices.DeleteFunc(objects, func(o arg) bool {
				return o.m.ent.init != nil && (secondaryPredicate(s, w) || ownedElsewhere(s, w, o.m, subjects))
			})
		}
		if len(objects) == 0 && len(subjects) > 1 && (f.sym && !slotFilled(s, w, f) || eachOther(s, w, f)) && !sideTaken(s, w) {
			a.reciprocal(s, w, subjects, f)
			continue
		}
		for _, sub := range subjects {
			for _, obj := range objects {
				a.relateByFrame(s, w, f, sub, obj)
			}
		}
	}
}

// bareIrregulars: the noun at c names fighters by their kind alone ("fighters loyal to
// a rival faction of the TPLF"): the phrase after says whose they are, not that the
// group the article named last backs that one.
func (a *article) bareIrregulars(s *sentence, c int) bool {
	m := s.at[c]
	return m != nil && m.how == byDescription && m.start == c && m.end == c+1 && a.lex.in("irregular", s.lemma[c])
}

// pairObjects returns the actors a pair frame f of verb w and its noun o relates the
// subjects to: in its phrases, the object's owner for the poss slot ("froze Niger's
// assets", "expelled the French ambassador"), and the verb's object when the noun
// stands in a phrase of the verb ("placed Bongo under house arrest").
func (a *article) pairObjects(s *sentence, w, o int, f *frame) []arg {
	var objects []arg
	for _, k := range append(s.children(w, "obl"), s.children(o, "nmod")...) {
		if slotHas(f.slots, "obl", s.prep(k)) {
			objects = append(objects, a.argsAt(s, k)...)
		}
	}
	if slotHas(f.slots, "poss", "") {
		objects = append(objects, a.ownerArgs(s, o, 0)...)
	}
	if s.rel[o] == "obl" { // "placed Bongo under house arrest": the noun in a phrase, the other side the object
		for _, k := range s.children(w, "obj") {
			objects = append(objects, a.argsAt(s, k)...)
		}
	}
	return objects
}

// initiativePhrase: a phrase of verb w, or of its object, names an initiative
// ("congratulated the parties on the ceasefire agreement").
func (a *article) initiativePhrase(s *sentence, w int) bool {
	for _, k := range append(s.children(w, "obl"), nounPhrasesBelow(s, w)...) {
		if slices.ContainsFunc(a.argsAt(s, k), func(x arg) bool { return x.m.ent.init != nil }) {
			return true
		}
	}
	return false
}

// ownPossessionsOut drops the objects a possessive pronoun of the object names when it
// stands for the subjects themselves: in "Britain and France have suspended their
// cooperation with the junta" what is suspended is theirs, and neither acts on the other.
func ownPossessionsOut(s *sentence, subjects, objects []arg) []arg {
	own := map[int]bool{} // the pronouns that name a subject
	for _, o := range objects {
		if o.m.how == byPronoun && o.m.s == s && s.rel[o.m.head] == "nmod:poss" && slices.ContainsFunc(subjects, func(sub arg) bool { return sub.m.ent == o.m.ent }) {
			own[o.m.head] = true
		}
	}
	if len(own) == 0 {
		return objects
	}
	return slices.DeleteFunc(objects, func(o arg) bool { return o.m.how == byPronoun && o.m.s == s && own[o.m.head] })
}

// relateByFrame relates a subject of verb w to one of its objects by frame f.
func (a *article) relateByFrame(s *sentence, w int, f *frame, sub, obj arg) {
	p := f.predicate(obj.m.ent.init != nil)
	if p == graph.Proposes && a.actOnInitiative(obj.m) {
		p = graph.Endorses // "urged the swift adoption of the resolution": it backs a text already made
	}
	if p == "" && obj.m.ent.init == nil && a.actWelcomed(s, w) {
		p = graph.Supports // "the KLA welcomed NATO's air strikes": backs who strikes
	}
	if p == "" {
		return
	}
	if f.rev {
		a.relate(s, w, obj, p, sub, 0.9, "verb "+f.source)
	} else {
		a.relate(s, w, sub, p, obj, 0.9, "verb "+f.source)
	}
	if mutualWith(s, w, f, obj) {
		a.relate(s, w, obj, p, sub, 0.85, "verb "+f.source+" (with)")
	}
}

// actOnInitiative: the initiative m stands in the of-phrase of a noun of what is done
// to an initiative that exists ("the adoption of the resolution", "its
// implementation"), not of its making ("the creation of a buffer zone").
func (a *article) actOnInitiative(m *mention) bool {
	s := m.s
	if s == nil || m.head < 0 {
		return false
	}
	h := s.head[m.head]
	return h >= 0 && a.lex.in("existingact", s.lemma[h]) && (s.prep(m.head) == "of" || s.rel[m.head] == "nmod:poss")
}

// actWelcomed: the object of verb w, or its subject when passive, is a noun of a
// hostile act ("welcomed NATO's air strikes", "hailed the EU sanctions on Russia", "the
// offensive has been welcomed by the NUG"), whose doer a verb of welcoming backs.
func (a *article) actWelcomed(s *sentence, w int) bool {
	if !a.lex.in("acclaim", s.lemma[w]) {
		return false // "pledged to respect the UN arms embargo": no praise of the UN
	}
	o := s.child(w, "obj")
	for v := w; s.passive(w) && v >= 0; v = s.head[v] {
		// "the offensive has been welcomed by the NUG", "was condemned by X and
		// welcomed by Y"
		if o = s.child(v, "nsubj:pass"); o >= 0 || s.rel[v] != "conj" {
			break
		}
	}
	return o >= 0 && s.at[o] == nil && s.tag[o] == "NOUN" && a.opposingAct(s.lemma[o])
}

// readJoint relates the actors of a with-phrase of verb w to the initiatives the verb
// takes, as its subjects are: "the Philippines signed a peace agreement with the MILF",
// "a deal signed with the government".
func (a *article) readJoint(s *sentence, w int, f *frame, objects []arg) {
	if s.rel[w] == "xcomp" || a.negatedAt(s, w) {
		return // "refused to sign the ceasefire with Kinshasa": the refusal is the subject's alone
	}
	withs := s.children(w, "obl")
	for _, o := range s.children(w, "obj") {
		withs = append(withs, s.children(o, "nmod")...) // "signed a peace agreement with Manila"
	}
	for _, k := range withs {
		if s.prep(k) != "with" || absoluteWith(s, k) {
			continue // "signed the ceasefire with the RSF still shelling the city"
		}
		for _, with := range a.argsAt(s, k) {
			if !with.m.ent.isActor() {
				continue
			}
			for _, obj := range objects {
				if p := f.predicate(obj.m.ent.init != nil); p != "" && obj.m.ent.init != nil {
					a.relate(s, w, decay([]arg{with}, 0.9)[0], p, obj, 0.85, "verb "+f.source+" (with)")
				}
			}
		}
	}
}

// absoluteWith: the with-phrase at k has a participle of its own, however parsed ("with
// the RSF still shelling the city"): it says what goes on meanwhile, not who else acts.
func absoluteWith(s *sentence, k int) bool {
	if s.child(k, "acl", "advcl", "xcomp") >= 0 {
		return true
	}
	e := s.spanEnd(k)
	for e < len(s.toks) && s.tag[e] == "ADV" {
		e++
	}
	return e < len(s.toks) && s.tag[e] == "VERB" && strings.HasSuffix(s.toks[e].lower, "ing")
}

// ownedElsewhere: the initiative of mention m is one already there, not one the verb's
// subjects make their own: an unnamed one with "the" ("declared the ceasefire a
// failure") or one owned by another actor ("declared the Saudi peace initiative a
// trick").
func ownedElsewhere(s *sentence, w int, m *mention, subjects []arg) bool {
	h := m.head
	if d := s.child(h, "det"); d >= 0 && definiteDet(s.toks[d].lower) && !s.toks[h].upper && !s.passive(w) {
		// but "the Stockholm Agreement, announced by Guterres": named, and announced;
		// and "the deal was announced by Biden": the passive names its source
		return true
	}
	for _, k := range s.kids[h] {
		o := s.at[k]
		if o == nil || o.ent.init != nil || s.rel[k] != "nmod:poss" && s.rel[k] != "amod" && s.rel[k] != "compound" {
			continue
		}
		if !slices.ContainsFunc(subjects, func(a arg) bool { return a.m.ent == o.ent }) {
			return true
		}
	}
	return false
}

// secondaryPredicate: the verb at w says what its object is, after it ("declared the
// truce over", "pronounced the deal dead"), which does not make the object the
// subject's own.
func secondaryPredicate(s *sentence, w int) bool {
	o := s.child(w, "obj")
	if o < 0 {
		return false
	}
	for _, k := range s.children(w, "xcomp", "advmod") {
		if k == s.spanEnd(o) && (s.tag[k] == "ADJ" || s.tag[k] == "ADV" || s.tag[k] == "ADP") {
			return true // right after the object: not "announced a ceasefire ..., and made war far more costly"
		}
	}
	return false
}

// rememberVerbAct records the doer of a hostile act told by a verb whose noun names
// the same act ("the group attacked a militia position"), or whose noun is one of an
// assault ("Iran fired missiles at the base"), so that "the attack" later is theirs,
// even when what they attacked names no actor.
func (a *article) rememberVerbAct(s *sentence, w int, fs []*frame, subjects []arg) {
	if s.tag[w] != "VERB" || len(subjects) == 0 || !a.hostileAct(s.lemma[w]) && !a.hostileAct(nominalisation(s.lemma[w])) && !a.lex.in("assault", nominalisation(s.lemma[w])) && !a.coupVerb(s, w) {
		return
	}
	for _, f := range fs {
		if f.actor == graph.Opposes && !f.rev {
			if len(subjects) > 1 && f.sym {
				return // "Israel and Hezbollah fought": no one side's act
			}
			if negated, _ := a.modality(s, w, subjects[0].m.ent); !negated {
				// "The United States and Britain struck the Houthis ... condemned the
				// strikes": all who did it; a verb of the coup words is kept as a coup too
				a.rememberEvent(s, s.lemma[w], subjects[0].m.ent, others(subjects))
				if seizesPower(s, w) {
					a.rememberKind(s, coupKind, subjects[0].m.ent)
				}
			}
			return
		}
	}
}

// coupVerb: the verb at w tells a seizure of power: a verb of the coup words ("ousted
// President Bazoum") or of taking with "power" as its object ("seized power").
func (a *article) coupVerb(s *sentence, w int) bool {
	return a.lex.in("coup", s.lemma[w]) || seizesPower(s, w)
}

// seizesPower: the verb at w takes "power" ("seized power", "took power").
func seizesPower(s *sentence, w int) bool {
	o := s.child(w, "obj")
	return o >= 0 && s.lemma[o] == "power" && (s.lemma[w] == "seize" || s.lemma[w] == "take" || s.lemma[w] == "grab")
}

// mutualWith: a verb or noun of fighting each other whose object stands after "with"
// ("Hezbollah clashed with Israel", "traded fire with the army", "after heavy fighting
// with the guerrillas"): symmetric wording, so the object fights the subject too.
func mutualWith(s *sentence, w int, f *frame, obj arg) bool {
	if !f.sym || f.rev || f.actor != graph.Opposes || obj.m.ent.init != nil {
		return false
	}
	for _, k := range s.kids[w] {
		if (base(s.rel[k]) == "obl" || s.rel[k] == "nmod") && s.prep(k) == "with" && s.headedBy(obj.m.head, k) {
			return true
		}
	}
	for _, o := range s.children(w, "obj") {
		for _, k := range s.children(o, "nmod") {
			if s.prep(k) == "with" && s.headedBy(obj.m.head, k) {
				return true
			}
		}
	}
	return false
}

// sideTaken: the verb says whom its subjects fight beside, for or against ("fought
// alongside the army", "fighting for Kyiv"): they are on one side, not at war with each
// other.
func sideTaken(s *sentence, w int) bool {
	if w+1 < len(s.toks) && (s.toks[w+1].lower == "beside" || s.toks[w+1].lower == "alongside") {
		return true // "troops who have fought beside them", however the parser hung the phrase
	}
	for _, k := range s.children(w, "obl", "nmod") {
		switch p := s.prep(k); p {
		case "alongside", "beside", "against", "for", "with":
			if (p == "for" || p == "with") && s.at[k] == nil && slices.ContainsFunc(s.children(w, "obj"), func(o int) bool { return otherWord(s, o) }) {
				continue // "fought each other for control of Aden": a purpose, no side
			}
			if !otherWord(s, k) { // "fought against each other" takes no side
				return true
			}
		}
	}
	return false
}

// eachOther: "each other" or "one another" stands in one of the frame's slots: its
// object ("fought each other") or a phrase with its preposition ("fought alongside
// each other", not for the frame of fighting against).
func eachOther(s *sentence, w int, f *frame) bool {
	for _, k := range s.children(w, "obj", "obl") {
		if !otherWord(s, k) {
			continue
		}
		for _, sl := range f.slots {
			if sl.rel == "obj" && s.rel[k] == "obj" || sl.rel == "obl" && s.rel[k] != "obj" && sl.prep == s.prep(k) {
				return true
			}
		}
	}
	return false
}

// otherWord: the word at k is "other" or "another", or "each" with "other" fixed to it.
func otherWord(s *sentence, k int) bool {
	if l := s.toks[k].lower; l == "other" || l == "another" {
		return true
	}
	for _, f := range s.children(k, "fixed") {
		if l := s.toks[f].lower; l == "other" || l == "another" {
			return true
		}
	}
	return false
}

// slotFilled: the verb at w has a phrase in one of the frame's slots, named or not:
// "the KIA and the Arakan Army attacked the junta" is no fight between the two, even
// when the reader cannot tell which junta.
func slotFilled(s *sentence, w int, f *frame) bool {
	for _, sl := range f.slots {
		if sl.rel == "obj" && (s.child(w, "obj") >= 0 || bareOblique(s, w) >= 0) || sl.rel == "obl" && hasOblique(s, w, sl.prep) {
			return true
		}
	}
	return false
}

// bareOblique returns a name the parser hung on verb w as an oblique with no
// preposition, right after it ("fought the Tigray People's Liberation Front in 2021",
// where a possessive inside the name confused it): the verb's object. Else -1.
func bareOblique(s *sentence, w int) int {
	for _, k := range s.children(w, "obl") {
		if k > w && s.prep(k) == "" && s.tag[k] == "PROPN" && s.child(w, "obj") < 0 {
			return k
		}
	}
	return -1
}

// targetBelow returns a phrase with "against" that hangs on a noun under the noun at n
// ("a war of aggression against Libya"): the act's target, which the parser did not
// hang on the noun itself; -1 if none.
func targetBelow(s *sentence, n int) int {
	for k := range s.toks {
		if k != n && s.prep(k) == "against" && s.dominates(n, k) && (s.rel[k] == "nmod" || s.rel[k] == "obl") {
			return k
		}
	}
	return -1
}

// reciprocal: "Riyadh and the Houthis traded blows", "the two sides clashed": each
// subject relates to each other one.
func (a *article) reciprocal(s *sentence, w int, subjects []arg, f *frame) {
	if pairPhrase(subjects) {
		subjects = apart(subjects) // "the two neighbours fought two wars": the pair the phrase stands for
	} else if !conjoined(s, subjects) {
		return // one subject read two ways is no pair that fought each other
	}
	for _, x := range subjects {
		for _, y := range subjects {
			if x.m.ent != y.m.ent && f.actor != "" {
				a.relate(s, w, x, f.actor, y, 0.85, "verb "+f.source+" (reciprocal)")
			}
		}
	}
}

// pairPhrase: the arguments are the actors one phrase of several stands for ("the two
// sides", "the two neighbours").
func pairPhrase(args []arg) bool {
	return len(args) > 1 && len(args[0].m.also) > 0 && !slices.ContainsFunc(args[1:], func(x arg) bool { return x.m.start != args[0].m.start || x.m.s != args[0].m.s })
}

// apart returns the arguments as mentions of one actor each.
func apart(args []arg) []arg {
	out := make([]arg, len(args))
	for i, x := range args {
		m := *x.m
		m.also = nil
		out[i] = arg{&m, x.conf}
	}
	return out
}

// conjoined reports whether the arguments come from more than one phrase ("Riyadh and
// the Houthis"), not one phrase read as two actors.
func conjoined(s *sentence, args []arg) bool {
	if len(args) < 2 {
		return false
	}
	for _, ar := range args[1:] {
		if ar.m.head != args[0].m.head || ar.m.s != args[0].m.s || ar.m.start != args[0].m.start {
			return true
		}
	}
	return false
}

// readLightVerb: a light verb whose object is a noun of an act: the act's relation,
// with the verb's subject as the actor and the object after the noun or the verb.
func readLightVerb(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" {
		return
	}
	lemma := s.lemma[w]
	if p := s.particle(w); p != "" && hasKey(a.lex.frames.light, lemma+"_"+p) {
		lemma += "_" + p
	}
	rev, ok := a.lex.frames.light[lemma]
	if !ok {
		return
	}
	for _, n := range lightObjectNouns(s, w) {
		n = a.counted(s, n) // "carried out dozens of strikes on X"
		for _, f := range a.lex.frames.nouns[s.lemma[n]] {
			if f.kind != eventFrame {
				continue
			}
			objects := a.lightObjects(s, w, n, f, rev)
			subjects := a.subjects(s, w)
			if f.actor == graph.Opposes && len(subjects) > 0 && !rev {
				a.rememberEvent(s, s.lemma[n], subjects[0].m.ent, others(subjects))
			}
			if len(objects) == 0 && f.sym && len(subjects) > 1 {
				if a.lex.in("joining", s.lemma[w]) {
					continue // "Iraqi and Jordanian units joined the battle": one side
				}
				if t := targetBelow(s, n); t < 0 {
					if !a.lex.in("jointlight", s.lemma[w]) { // "Egypt and the UAE waged a war": one side
						a.reciprocal(s, w, subjects, f) // "Riyadh and the Houthis traded blows"
					}
					continue
				} else if f.actor == graph.Opposes {
					objects = a.argsAt(s, t) // "waging a war of aggression against Libya": at war with a third
				}
			}
			if rev {
				// "Y received support from X": X acts on the verb's subject
				objects, subjects = subjects, a.givers(s, w, n)
			}
			a.relateLight(s, w, n, f, lemma, rev, subjects, objects)
		}
	}
}

// relateLight relates the actors of a light verb's act to its objects; a fight "with"
// an object ("waged war with X") is the object's too.
func (a *article) relateLight(s *sentence, w, n int, f *frame, lemma string, rev bool, subjects, objects []arg) {
	for _, sub := range subjects {
		for _, obj := range objects {
			if p := f.predicate(obj.m.ent.init != nil); p != "" {
				a.relate(s, w, sub, p, obj, 0.85, "light verb "+lemma+" + "+f.source)
			}
			if !rev && (mutualWith(s, w, f, obj) || mutualWith(s, n, f, obj)) {
				a.relate(s, w, obj, f.actor, sub, 0.8, "light verb "+lemma+" + "+f.source+" (with)")
			}
		}
	}
}

// lightObjectNouns returns the nouns a light verb at w takes as its object: its object,
// or the noun its relative clause describes when that is the object ("the offensive
// that Uganda launched against the ADF", "the sanctions the EU imposed on Russia").
func lightObjectNouns(s *sentence, w int) []int {
	objs := s.children(w, "obj")
	h := s.head[w]
	if s.rel[w] != "acl:relcl" || h < 0 {
		return objs
	}
	var out []int
	for _, o := range objs {
		switch s.toks[o].lower {
		case "that", "which":
			out = append(out, h)
		default:
			out = append(out, o)
		}
	}
	if len(objs) == 0 && s.child(w, "nsubj") >= 0 {
		out = append(out, h) // no pronoun: "the sanctions the EU imposed"
	}
	return out
}

// lightObjects returns the objects of event noun n taken by light verb w: the noun's
// or the verb's ("voiced support for X", "gave backing to X"); a support with neither
// is for the one called on ("Putin telephoned Maduro to express his support").
func (a *article) lightObjects(s *sentence, w, n int, f *frame, rev bool) []arg {
	objects := append(a.nounObjects(s, n, f), a.verbSlotObjects(s, w, f)...)
	if len(objects) == 0 && (f.actor == graph.Supports || f.actor == graph.Opposes && s.transferVerb(s.lemma[w]) || f.initiative != "") && !rev {
		for _, k := range s.children(w, "iobj", "obj") {
			if s.rel[k] == "iobj" || k < n && s.recipientObject(w, k) {
				// "offered Argentina its full solidarity", "gave the plan its backing",
				// "dealt the Houthi leadership an unprecedented blow"
				objects = append(objects, a.argsAt(s, k)...)
			}
		}
	}
	if len(objects) == 0 && f.actor == graph.Supports && !rev {
		objects = a.calledOn(s, w)
	}
	return objects
}

func hasKey(m map[string]bool, k string) bool {
	_, ok := m[k]
	return ok
}

// givers: who gives what a reversed light verb receives: "from X" on the verb or on
// the noun, or the noun's possessor ("won Egypt's backing").
func (a *article) givers(s *sentence, w, n int) []arg {
	var out []arg
	for _, k := range append(s.children(w, "obl"), s.children(n, "nmod")...) {
		if p := s.prep(k); p == "from" || p == "of" {
			out = append(out, a.argsAt(s, k)...)
		}
	}
	for _, k := range s.children(n, "nmod:poss", "amod", "compound") {
		out = append(out, a.argsAt(s, k)...)
	}
	return out
}

func slotHas(slots []slot, rel, prep string) bool {
	for _, sl := range slots {
		if sl.rel == rel && sl.prep == prep {
			return true
		}
	}
	return false
}

// nounObjects returns the objects of a noun in a frame's nmod slots.
func (a *article) nounObjects(s *sentence, n int, f *frame) []arg {
	var out []arg
	for _, k := range s.children(n, "nmod", "obl") {
		if slotHas(f.slots, "nmod", s.prep(k)) {
			out = append(out, a.slotArgs(s, k, f)...)
		}
	}
	for _, v := range s.children(n, "acl") {
		if v > n && a.lightVerb(s, v) && isParticiple(s.toks[v].lower, s.lemma[v]) && !strings.HasSuffix(s.toks[v].lower, "ing") {
			out = append(out, a.verbSlotObjects(s, v, f)...) // "the sanctions imposed on Iran", "strikes carried out against the PKK"
		}
	}
	return out
}

// verbSlotObjects returns the objects of the noun of a light verb's frame that the
// parse hung on the verb ("imposed sanctions on X" with "on X" on "imposed").
func (a *article) verbSlotObjects(s *sentence, w int, f *frame) []arg {
	var out []arg
	for _, k := range s.children(w, "obl") {
		if slotHas(f.slots, "nmod", s.prep(k)) {
			out = append(out, a.slotArgs(s, k, f)...)
		}
	}
	return out
}

// slotArgs returns what the phrase at k in a noun's slot stands for; an act against
// what an actor owns is against the actor ("sanctions on Al-Shabaab's financiers",
// "attacks on Russia's oil refineries").
func (a *article) slotArgs(s *sentence, k int, f *frame) []arg {
	found := a.argsAt(s, k)
	if len(found) == 0 && f.actor == graph.Opposes {
		found = a.targetOwner(s, k)
	}
	return found
}

// nounActors returns who acts in a noun of an act: its possessor ("Iran's support"),
// a name or demonym before it ("Turkish support", "US sanctions"), or "by X" / "from
// X" after it.
func (a *article) nounActors(s *sentence, n int) []arg {
	var out []arg
	for _, k := range actNounKids(s, n) {
		switch s.rel[k] {
		case "nmod:poss":
		case "amod", "compound":
			if k > n || s.at[k] == nil || s.at[k].ent.init != nil {
				continue
			}
		case "nmod":
			if p := s.prep(k); p != "by" && p != "from" {
				continue
			}
		case "acl":
			out = append(out, a.lightAgents(s, k)...)
			continue
		default:
			continue
		}
		out = append(out, a.argsAt(s, k)...)
	}
	if len(out) == 0 {
		out = a.ledBy(s, n) // "the Hamas-led attack"
	}
	if v := a.doneByVerbSubject(s, n); len(out) == 0 && v >= 0 {
		out = a.verbDoers(s, v)
	} else if len(out) == 0 {
		out = a.forcesInFight(s, n)
	}
	if a.lex.in("coup", s.lemma[n]) {
		a.coupMakers(s, out)
	}
	return out
}

// actNounKids returns the dependents of the noun of an act at n that may name who does
// it: its own, and a by-phrase hung on the verb it is the object of ("condemns the
// attacks by the M23").
func actNounKids(s *sentence, n int) []int {
	kids := s.kids[n]
	if v := s.head[n]; v >= 0 && s.rel[n] == "obj" && !s.passive(v) {
		for _, k := range s.children(v, "obl") {
			if s.prep(k) == "by" {
				kids = append(kids, k)
			}
		}
	}
	return kids
}

// coupMakers puts, in the actors of a coup, for a state the army that does one:
// "Myanmar's coup", "the Nigerien coup" happened in the state, and its army, or the
// junta the article calls its government, made it.
func (a *article) coupMakers(s *sentence, actors []arg) {
	for i, x := range actors {
		if x.m.ent.isState() {
			actors[i] = arg{&mention{s: s, start: x.m.start, end: x.m.end, head: x.m.head, ent: a.armyOf(x.m.ent), how: x.m.how, conf: x.m.conf}, x.conf}
		}
	}
}

// forcesInFight returns the forces that are the subject of a verb whose time phrase is
// a fight with a named side ("Mauritanian troops took La Guera after heavy fighting with
// the guerrillas", "Afghan forces retook it after weeks of fighting with the Taliban"): the forces
// fought it. Not another subject ("the UN condemned Russia after clashes with Ukraine").
func (a *article) forcesInFight(s *sentence, n int) []arg {
	at := n // "after weeks of fighting with the Taliban": the phrase of time holds the fight
	if (s.rel[n] == "nmod" && s.prep(n) == "of" || gerundOfNoun(s, n)) && s.head[n] >= 0 && s.tag[s.head[n]] == "NOUN" {
		at = s.head[n]
	}
	v := s.head[at]
	if v >= 0 && s.rel[at] == "nmod" && s.rel[v] == "obj" {
		v = s.head[v] // "entered the camp after clashes with Hamas": the time is the verb's
	}
	if v < 0 || s.tag[v] != "VERB" || base(s.rel[at]) != "obl" && s.rel[at] != "nmod" || !besideAct(s.prep(at)) || !a.mutualFight(s.lemma[n]) || !hasOblique(s, n, "with") {
		return nil
	}
	var out []arg
	for _, k := range s.children(v, "nsubj", "nsubj:pass") {
		if m := s.at[k]; m != nil && m.ent.init == nil && a.lex.in("force", s.lemma[m.head]) {
			out = append(out, a.argsAt(s, k)...)
		}
	}
	return out
}

// gerundOfNoun: a gerund the parser read as a verb in an of-phrase of a noun ("days of
// fighting with the army"): a noun of the act.
func gerundOfNoun(s *sentence, n int) bool {
	if s.tag[n] != "VERB" || s.rel[n] != "acl" || !strings.HasSuffix(s.toks[n].lower, "ing") {
		return false
	}
	m := s.child(n, "mark")
	return m >= 0 && s.toks[m].lower == "of"
}

// besideAct: a preposition that places an act in time beside another ("after",
// "during").
func besideAct(p string) bool {
	return p == "after" || p == "during" || p == "amid" || p == "following"
}

// mutualFight: a word of a fight both sides wage ("fighting", "clashes", "war").
func (a *article) mutualFight(lemma string) bool {
	for _, f := range a.lex.frames.nouns[lemma] {
		if f.kind == eventFrame && f.actor == graph.Opposes && f.sym {
			return true
		}
	}
	return false
}

// verbDoers returns who does what verb v says: its subjects, or for a passive of a verb
// that makes a party, with no agent, the one it is said of ("Ethiopia was engaged in
// fighting with Eritrea", "is locked in a war with"; not "was killed in an attack").
func (a *article) verbDoers(s *sentence, v int) []arg {
	out := a.subjects(s, v)
	if len(out) == 0 && s.passive(v) && s.child(v, "obl:agent") < 0 && a.lex.in("party", s.lemma[v]) {
		for _, k := range s.children(v, "nsubj:pass") {
			out = append(out, a.argsAt(s, k)...)
		}
	}
	return out
}

// lightAgents returns the agent of a participle of a light verb that describes the
// noun of an act: "the offensive launched by Azerbaijan", "attacks carried out by
// Hamas"; whoever launched it did it. A participle of another verb ("the offensive
// backed by Russia") names someone else.
func (a *article) lightAgents(s *sentence, v int) []arg {
	if !a.lightVerb(s, v) {
		return nil
	}
	var out []arg
	for _, k := range s.children(v, "obl:agent") {
		out = append(out, a.argsAt(s, k)...)
	}
	return out
}

// doneByVerbSubject returns the verb whose subject does the act a noun names in an
// "in" or "with" phrase of the verb, or of its object when that is a statement, where
// the parser may hang it ("Ghana stands in solidarity with Mali", "Russia sent troops in support of Assad",
// "issued a statement in solidarity with Georgia", "attacked Israeli positions in
// solidarity with Hamas", "Israel responded with air strikes
// on Hezbollah", "sent jets for operations in support of X"), unless an of-phrase names its doer ("came to power with the backing
// of X"); -1 if there is none.
func (a *article) doneByVerbSubject(s *sentence, n int) int {
	v := s.head[n]
	if s.rel[n] == "nmod" && v >= 0 && s.prep(n) == "in" && a.inPhraseOfNoun(s, n, v) {
		v = s.head[v]
	} else if s.rel[n] != "obl" {
		return -1
	}
	if v < 0 || s.tag[v] != "VERB" {
		return -1
	}
	if c := s.child(n, "case"); c > v && s.toks[c-1].text == "," && s.prep(n) == "in" {
		// "struck PKK leaders, targeting commanders as they met to discuss a truce, in an
		// attack condemned by Iraq": set off at the end, the act is the main clause's
		for s.rel[v] == "advcl" && s.head[v] >= 0 && s.tag[s.head[v]] == "VERB" {
			v = s.head[v]
		}
	}
	if s.prep(n) == "in" || s.prep(n) == "with" && !hasOblique(s, n, "of") {
		return v
	}
	return -1
}

// inPhraseOfNoun: the "in" phrase n on the noun v is said of the verb v completes:
// "issued a statement in solidarity with Georgia" (not "suspended €90m in budget
// support"), "sent jets for operations in support of the Iraqi government" (the
// purpose's), "attacked Israeli positions in solidarity with Hamas" (the attack's, as
// the phrase names whom), "resigned from the cabinet in protest at the agreement".
func (a *article) inPhraseOfNoun(s *sentence, n, v int) bool {
	switch {
	case s.rel[v] == "obj" && a.lex.in("speech", s.lemma[v]):
		return true
	case base(s.rel[v]) == "obl" && s.prep(v) == "for":
		return true
	}
	// "resigned from the cabinet in protest at", "walked out of parliament in protest
	// over": a phrase of leaving, which says where from and not to whom
	left := base(s.rel[v]) == "obl" && (s.prep(v) == "from" || s.prep(v) == "out of")
	return (s.rel[v] == "obj" || left) && s.child(n, "det", "compound", "amod") < 0 && s.child(n, "nmod") > n
}

// readEventNoun: a noun of an act with its actor and object. When the noun has no
// actor of its own, the subject of the verb it completes stands in ("the AU expressed
// support for the plan" is read by light-verb); with "between X and Y" each side acts
// on the other.
func readEventNoun(a *article, s *sentence, n int) {
	if s.tag[n] != "NOUN" && !gerundOfNoun(s, n) {
		return
	}
	for _, f := range a.lex.frames.nouns[s.lemma[n]] {
		if f.kind != eventFrame {
			continue
		}
		if f.sym && f.actor != "" {
			a.readBetween(s, n, f)
		}
		actors := a.nounActors(s, n)
		if len(actors) == 0 {
			continue
		}
		if f.actor == graph.Opposes {
			a.rememberEvent(s, s.lemma[n], actors[0].m.ent, others(actors))
		}
		objects := a.nounObjects(s, n, f)
		if len(objects) == 0 && f.actor == graph.Opposes && !f.sym {
			objects = a.victimsOf(s, n)
		}
		if len(objects) == 0 && f.sym && len(actors) > 1 && a.inEventOnly(s, n) {
			a.reciprocal(s, n, actors, f) // "Ethiopia and Eritrea were engaged in heavy fighting"
			continue
		}
		for _, obj := range objects {
			for _, sub := range actors {
				if p := f.predicate(obj.m.ent.init != nil); p != "" {
					a.relate(s, n, sub, p, obj, 0.85, "event noun "+f.source)
				}
				if mutualWith(s, n, f, obj) {
					a.relate(s, n, obj, f.actor, sub, 0.8, "event noun "+f.source+" (with)") // "Israel's war with Hezbollah": both fight
				}
			}
		}
	}
}

// victimsOf returns who suffered the hostile act the noun at n names, as the subject of
// a passive verb of harm the act is the means of ("Soleimani was killed in a US drone
// strike", "two soldiers were wounded by Houthi shelling").
func (a *article) victimsOf(s *sentence, n int) []arg {
	v := s.head[n]
	if v < 0 || base(s.rel[n]) != "obl" || s.prep(n) != "in" && s.prep(n) != "by" || !s.passive(v) {
		return nil
	}
	harm := a.harmingVerb(s.lemma[v])
	if !harm {
		return nil
	}
	var out []arg
	for _, k := range s.children(v, "nsubj:pass") {
		out = append(out, a.argsAt(s, k)...)
	}
	return out
}

// inEventOnly: the noun of an act at n is what the subjects of its passive verb of a
// party are in, with each other ("were engaged in heavy fighting with each other", "are
// locked in a war against one another"), and the noun does not say who its sides are
// ("in the war between X and Y, Z fought").
func (a *article) inEventOnly(s *sentence, n int) bool {
	v := s.head[n]
	if s.rel[n] != "obl" || s.prep(n) != "in" || v < 0 || !s.passive(v) || !a.lex.in("party", s.lemma[v]) || !eachOtherPhrase(s, v, n) {
		return false // "The United States and Britain were engaged in heavy fighting": allies, maybe
	}
	for _, k := range s.children(n, "nmod") {
		if s.prep(k) == "between" {
			return false
		}
	}
	return true
}

// eachOtherPhrase: the act at n, or its verb v, says the subjects act on each other
// ("engaged in fighting with each other", "locked in a war against one another").
func eachOtherPhrase(s *sentence, v, n int) bool {
	for _, k := range append(s.children(n, "nmod"), s.children(v, "obl")...) {
		if l := s.toks[k].lower; l == "other" || l == "another" || k+1 < len(s.toks) && (s.toks[k+1].lower == "other" || s.toks[k+1].lower == "another") {
			return true // "each other", "one another", however parsed
		}
	}
	return false
}

// readBetween: "the war between X and Y", "fighting between X and Y".
func (a *article) readBetween(s *sentence, n int, f *frame) {
	places := s.children(n, "nmod")
	// "fighting erupted between X and Y": the phrase hangs on the verb
	if v := s.head[n]; v >= 0 && base(s.rel[n]) == "nsubj" {
		places = append(places, s.children(v, "obl")...)
	}
	for _, k := range places {
		if s.prep(k) != "between" {
			continue
		}
		sides := a.argsAt(s, k)
		a.reciprocal(s, n, sides, f)
	}
}

// pastTie: the agent noun at n is said of the past ("a former ally of Saudi Arabia",
// "Haftar's erstwhile backer", "once Armenia's closest ally"): no tie now.
func pastTie(s *sentence, n int) bool {
	for _, k := range s.children(n, "amod") {
		switch s.toks[k].lower {
		case "former", "erstwhile", "onetime", "one-time", "ex":
			return true
		}
	}
	for _, k := range s.kids[n] {
		switch l := s.toks[k].lower; {
		case k > n:
		case l == "once" || l == "formerly" || l == "previously":
			return true // "Russia, once Armenia's closest ally"
		case l == "then" && k > 0 && s.toks[k-1].lower == "until":
			return true // "until then Niger's main security partner"
		}
	}
	return false
}

// readAgentNoun: a noun that names an actor by its relation ("ally", "backer"). The
// actor it names is the noun's apposition or subject ("X, a key ally of Y", "X is an
// ally of Y", "Y's ally, X", "Y's backers include X", "Y's main supporters are X");
// the object is its possessor or of-phrase.
func readAgentNoun(a *article, s *sentence, n int) {
	if s.tag[n] != "NOUN" || pastTie(s, n) {
		return
	}
	for _, f := range a.lex.frames.nouns[s.lemma[n]] {
		if f.kind != agentFrame {
			continue
		}
		objects := a.agentObjects(s, n, f)
		if len(objects) == 0 && f.mutual && s.toks[n].lower != s.lemma[n] && s.child(n, "nmod:poss") < 0 {
			a.readMutual(s, n, f) // not "its allies Russia and Iran", whose owner is unread: allies of it, not of each other
			continue
		}
		if len(objects) == 0 {
			continue
		}
		for _, sub := range a.namedBy(s, n) {
			for _, obj := range objects {
				p := f.predicate(obj.m.ent.init != nil)
				if p == "" {
					continue
				}
				if f.rev || f.sym && !patronApposition(s, n, obj.m) {
					a.relate(s, n, obj, p, sub, 0.85, "agent noun "+f.source)
				}
				if !f.rev {
					a.relate(s, n, sub, p, obj, 0.85, "agent noun "+f.source)
				}
			}
		}
	}
}

// patronApposition: the agent noun at n describes the name before it and has the
// possessor obj ("France, Cameroon's principal security partner", "Russia and China,
// Iran's closest partners"): the one described stands by the possessor, which says
// nothing of the possessor's standing by it; but "partners in the AES" are members of
// one body alike.
func patronApposition(s *sentence, n int, obj *mention) bool {
	if s.rel[n] != "appos" || s.head[n] > n || s.rel[obj.head] != "nmod:poss" || s.head[obj.head] != n {
		return false
	}
	return !slices.ContainsFunc(s.children(n, "nmod"), func(k int) bool { return s.prep(k) == "in" })
}

// readMutual: "the TPLF and Fano remain bitter enemies", "Russia and Iran are allies":
// each of the actors the plural noun is said of relates to each other.
func (a *article) readMutual(s *sentence, n int, f *frame) {
	actors := a.namedBy(s, n)
	for _, x := range actors {
		for _, y := range actors {
			if x.m.ent != y.m.ent && !y.m.ent.isPerson() == !x.m.ent.isPerson() {
				a.relate(s, n, x, f.actor, y, 0.8, "mutual "+f.source)
			}
		}
	}
}

// agentObjects: the possessor ("Russia's ally"), or the of- or to-phrase ("an ally of
// Russia", "arms supplier to Baku").
func (a *article) agentObjects(s *sentence, n int, f *frame) []arg {
	var out []arg
	for _, k := range s.kids[n] {
		switch {
		case s.rel[k] == "nmod:poss" && slotHas(f.slots, "poss", ""):
		case base(s.rel[k]) == "nmod" && s.rel[k] != "nmod:poss" && slotHas(f.slots, "nmod", s.prep(k)):
		case a.ownerCompound(s, n, k) && slotHas(f.slots, "poss", ""):
		default:
			continue
		}
		out = append(out, a.argsAt(s, k)...)
	}
	return out
}

// ownerCompound: the name at k before the agent noun n stands for its possessor ("a
// long-time Hezbollah ally", "a Haftar backer"), as does a state's demonym ("a close
// Saudi ally") when no of-phrase names another; not an alliance's name ("its NATO
// ally": a fellow member) nor one beside a possessor.
func (a *article) ownerCompound(s *sentence, n, k int) bool {
	m := s.at[k]
	if k > n || m == nil || m.head != k || s.child(n, "nmod:poss") >= 0 {
		return false
	}
	switch {
	case s.rel[k] == "compound" && m.how == byName:
	case s.rel[k] == "amod" && (m.how == byDemonym || m.how == byName) && m.ent.isState() && !hasOblique(s, n, "of"):
	default:
		return false
	}
	return m.ent.isActor() && m.ent.node.Kind != graph.KindOrganisation
}

// namedBy returns the actors an agent noun at n names: the noun it is in apposition
// to, the subject it is predicated of (with a copula or "as"), the appositions it has,
// or the objects of "include".
func (a *article) namedBy(s *sentence, n int) []arg {
	out := a.appositionsOf(s, n)
	if len(out) == 0 {
		out = modifierNames(s, n) // "Hezbollah, Iran's Lebanese ally": Hezbollah, not Lebanon
	}
	out = append(out, a.predicatedOf(s, n)...)
	if len(out) == 0 {
		out = append(out, a.copulaPhraseSubjects(s, n)...)
	}
	out = append(out, a.includedBy(s, n)...)
	if len(out) == 0 {
		if m := a.appositionBySurface(s, n); m != nil {
			out = append(out, arg{m, m.conf * 0.9})
		}
	}
	return out
}

// modifierNames returns the actors that demonyms or names before the agent noun at n
// name, when a possessor owns the noun: "its Eritrean and Amhara allies" are Eritrea
// and Amhara, "the RUF and its AFRC allies" the AFRC; but "its NATO ally" says where the
// ally stands.
func modifierNames(s *sentence, n int) []arg {
	if s.child(n, "nmod:poss") < 0 {
		return nil
	}
	var out []arg
	for _, k := range s.children(n, "amod", "compound") {
		if m := s.at[k]; k < n && m != nil && (m.how == byDemonym || m.how == byName && m.ent.node.Kind == graph.KindGroup) && m.ent.isActor() {
			out = append(out, arg{m, m.conf})
			for _, c := range s.conjuncts(k) {
				if mc := s.at[c]; c != k && mc != nil && mc.ent.isActor() {
					out = append(out, arg{mc, mc.conf})
				}
			}
		}
	}
	return out
}

// appositionsOf returns the actors the agent noun at n stands in apposition to.
func (a *article) appositionsOf(s *sentence, n int) []arg {
	var out []arg
	// "X, a key ally of Y": n is an apposition of X; but not when it has a subject and
	// a copula of its own, a relative clause the parse took for an apposition ("Chad,
	// whose president X is an ally of France")
	if s.rel[n] == "appos" && s.head[n] >= 0 && (s.child(n, "cop") < 0 || s.child(n, "nsubj") < 0) {
		h := pluralAppositionHead(s, n)
		if s.toks[n].lower == s.lemma[n] && n > h && s.at[h] != nil {
			// "Nana Akufo-Addo, the current chairman of ECOWAS, and Charles Michel": a
			// noun in the singular describes the one name before it, not the list's others
			out = append(out, arg{s.at[h], s.at[h].conf})
		} else {
			out = append(out, a.argsAt(s, h)...)
		}
	}
	// "Y's ally, X": X is an apposition of n
	for _, k := range s.children(n, "appos") {
		out = append(out, a.argsAt(s, k)...)
	}
	// "Iran, one of Syria's key backers": the noun is what the apposition counts
	if a.countedByApposition(s, n) {
		out = append(out, a.argsAt(s, s.head[s.head[n]])...)
	}
	return out
}

// pluralAppositionHead returns the noun the apposition n describes: the first of the
// conjoined names when n is in the plural and the parse hung it on the last ("Mali and
// Niger, Burkina's partners in the AES": Mali and Niger both).
func pluralAppositionHead(s *sentence, n int) int {
	h := s.head[n]
	if s.toks[n].lower == s.lemma[n] || s.rel[h] != "conj" || s.head[h] < 0 {
		return h
	}
	return s.head[h]
}

// counted returns the noun a quantifier or number at n counts with "of" ("dozens of
// strikes", "hundreds of air strikes"), else n.
func (a *article) counted(s *sentence, n int) int {
	if !a.lex.in("quantifier", s.lemma[n]) && s.tag[n] != "NUM" {
		return n
	}
	for _, k := range s.children(n, "nmod") {
		if s.prep(k) == "of" {
			return k
		}
	}
	return n
}

// countedByApposition: the noun at n is counted, with "of", by a quantifier or a
// number in apposition to a name: "Iran, one of Syria's key backers".
func (a *article) countedByApposition(s *sentence, n int) bool {
	h := s.head[n]
	if h < 0 || s.rel[n] != "nmod" || s.prep(n) != "of" {
		return false
	}
	return (a.lex.in("quantifier", s.lemma[h]) || s.tag[h] == "NUM") && s.rel[h] == "appos" && s.head[h] >= 0
}

// predicatedOf returns the actors the agent noun at n is predicated of: "X is an ally
// of Y", "X emerged as Y's main backer", "X and Y remain bitter enemies" (parsed with
// the noun as the verb's object).
func (a *article) predicatedOf(s *sentence, n int) []arg {
	var out []arg
	if p := conjoinedPredicate(s, n); p != n {
		// "Turkey is a NATO member and a key ally of Azerbaijan": said of the subject
		// of the predicate it is listed with
		for _, k := range s.children(p, "nsubj") {
			out = append(out, a.argsOrAntecedent(s, p, k)...)
		}
	}
	if s.child(n, "cop") >= 0 {
		for _, k := range s.children(n, "nsubj") {
			out = append(out, a.argsOrAntecedent(s, n, k)...) // "Iran, which is the main backer of"
			out = append(out, a.coAgents(s, n, k)...)         // "which alongside Russia is"
		}
	}
	out = append(out, a.judgedAs(s, n)...)
	if h := s.head[n]; s.rel[n] == "obj" && h >= 0 && (s.lemma[h] == "remain" || s.lemma[h] == "become" || s.lemma[h] == "stay") {
		out = append(out, a.subjects(s, h)...)
	} else if s.rel[n] == "obj" && a.passiveJudging(s, h) {
		out = append(out, a.passiveSubjects(s, h)...) // "Iran is considered the Houthis' main backer"
	}
	return append(out, copulaPerson(s, n)...)
}

// judgedAs returns whom a noun in an "as" phrase or a verb's complement is said of:
// the object, in the subject's view, and the subject not at all ("recognised Guaidó as
// president"); of a passive verb of judging, its subject ("Egypt is widely seen as
// Burhan's main backer").
func (a *article) judgedAs(s *sentence, n int) []arg {
	if (s.rel[n] != "obl" || s.prep(n) != "as") && s.rel[n] != "xcomp" {
		return nil
	}
	h := s.head[n]
	if a.passiveJudging(s, h) {
		return a.passiveSubjects(s, h)
	}
	if o := s.child(h, "obj"); o < 0 || o > n {
		return a.subjects(s, h)
	}
	return nil
}

// passiveJudging: the verb at h is a verb of judging in the passive ("is seen as").
func (a *article) passiveJudging(s *sentence, h int) bool {
	return h >= 0 && s.passive(h) && a.lex.in("judging", s.lemma[h])
}

// passiveSubjects returns the actors the passive subjects of verb h stand for.
func (a *article) passiveSubjects(s *sentence, h int) []arg {
	var out []arg
	for _, k := range s.children(h, "nsubj:pass") {
		out = append(out, a.argsOrAntecedent(s, h, k)...)
	}
	return out
}

// conjoinedPredicate returns the predicate with a copula that the noun at n is listed
// with ("a NATO member and a key ally of"), or n: an indefinite noun hung on a phrase
// of that predicate ("is among the strongest in the region and a key partner of")
// is listed with the predicate too.
func conjoinedPredicate(s *sentence, n int) int {
	if s.rel[n] != "conj" || s.child(n, "cop") >= 0 {
		return n
	}
	top := s.climb(n, "conj")
	if s.child(top, "cop") >= 0 && s.tag[top] != "VERB" {
		return top
	}
	d := s.child(n, "det")
	if h := s.head[top]; h >= 0 && base(s.rel[top]) == "obl" && s.child(h, "cop") >= 0 && d >= 0 && (s.toks[d].lower == "a" || s.toks[d].lower == "an") {
		return h
	}
	return n
}

// copulaPerson: "Its commander is General Tadesse Werede": the person the predicate of
// the copula whose subject is the noun at n names, not one in a phrase with a
// preposition ("was in frequent contact with Hochstein").
func copulaPerson(s *sentence, n int) []arg {
	h := s.head[n]
	if base(s.rel[n]) != "nsubj" || h <= n || s.child(h, "cop") < 0 {
		return nil
	}
	for _, m := range s.ments {
		if hm := s.head[m.head]; m.ent.isPerson() && m.start > n && s.prep(m.head) == "" && (m.head == h || hm == h && predicateName(s.rel[m.head])) {
			return []arg{{m, m.conf}}
		}
	}
	return nil
}

// predicateName: a relation by which a name hangs on the word the parser made the
// copula's predicate ("is General Tadesse Werede", read with "General" the predicate).
func predicateName(rel string) bool {
	switch rel {
	case "obl", "appos", "flat", "compound", "nmod":
		return true
	}
	return false
}

// copulaPhraseSubjects: "Islamabad was for two decades the Taliban's chief patron",
// parsed with the noun at n under the copula's phrase: the clause's subject.
func (a *article) copulaPhraseSubjects(s *sentence, n int) []arg {
	if s.rel[n] != "nmod" && s.rel[n] != "obl" {
		return nil
	}
	h := s.head[n]
	if h < 0 || s.child(h, "cop") < 0 {
		return nil
	}
	var out []arg
	for _, k := range s.children(h, "nsubj") {
		out = append(out, a.argsOrAntecedent(s, h, k)...) // "Kamerhe, who is one of Tshisekedi's closest allies"
	}
	if len(out) == 0 && s.rel[h] == "conj" {
		out = a.activeSubjects(s, h, 0) // "who leads the UNC and is one of Tshisekedi's closest allies"
	}
	return out
}

// includedBy: "Y's backers include X", "Y's main supporters are X": the actors the
// agent noun at n, a subject, says it holds.
func (a *article) includedBy(s *sentence, n int) []arg {
	if base(s.rel[n]) != "nsubj" || s.head[n] < 0 {
		return nil
	}
	var out []arg
	h := s.head[n]
	if s.lemma[h] == "include" || s.lemma[h] == "be" {
		for _, k := range s.children(h, "obj") {
			out = append(out, a.argsAt(s, k)...)
		}
	}
	if s.child(h, "cop") >= 0 && h != n {
		out = append(out, a.argsAt(s, h)...) // "Y's backers are X and Z": X heads the clause
	}
	return out
}

// appositionBySurface finds the name a noun phrase headed by n stands in apposition
// to when the parse did not join them: the mention just before the comma that opens
// the phrase ("Khaled al Meshri, head of the assembly,") or, when the phrase opens
// the sentence or a clause, the one just after the comma that closes it ("Cuba's
// president, Miguel Díaz-Canel, said").
func (a *article) appositionBySurface(s *sentence, n int) *mention {
	if h, p := s.head[n], s.child(n, "nmod:poss"); s.rel[n] == "conj" && h >= 0 && s.at[h] != nil && s.at[h].ent.isActor() && p >= 0 && s.tag[p] == "PRON" {
		return nil // "In North Darfur, the RSF and its allies": the actor's allies, none named
	}
	start, end := surfaceStart(s, n), surfaceEnd(s, n)
	if m := mentionBeforeComma(s, start, n); m != nil {
		return m
	}
	if opensPhrase(s, start) {
		return mentionAfterComma(s, end, n)
	}
	return nil
}

// surfaceStart walks back from n over the words of its phrase, up to a comma, a verb,
// an auxiliary or a preposition other than "of".
func surfaceStart(s *sentence, n int) int {
	start := n
	for start > 0 {
		k := start - 1
		t := s.toks[k]
		if t.text == "," || s.tag[k] == "VERB" || s.tag[k] == "AUX" || s.tag[k] == "ADP" && t.lower != "of" {
			break
		}
		start = k
	}
	return start
}

// surfaceEnd returns where the phrase of noun n ends: after it, or after the mention
// its "of" takes ("head of the assembly").
func surfaceEnd(s *sentence, n int) int {
	end := n + 1
	if end+1 < len(s.toks) && s.toks[end].lower == "of" {
		if m := s.at[end+1]; m != nil && m.start == end+1 {
			end = m.end
		} else if end+2 < len(s.toks) && s.toks[end+1].lower == "the" && s.at[end+2] != nil {
			end = s.at[end+2].end
		}
	}
	return end
}

// mentionBeforeComma returns the mention that ends right before the comma opening the
// phrase at start, other than the one n heads: "Khaled al Meshri, head of the
// assembly,".
func mentionBeforeComma(s *sentence, start, n int) *mention {
	if start >= 2 && s.toks[start-1].text == "," {
		if m := s.at[start-2]; m != nil && m.end == start-1 && m.head != n {
			return m
		}
	}
	return nil
}

// opensPhrase: the phrase at start opens the sentence or a clause.
func opensPhrase(s *sentence, start int) bool {
	return start == 0 || s.toks[start-1].text == "," || s.tag[start-1] == "CCONJ" || s.tag[start-1] == "ADP"
}

// mentionAfterComma returns the mention set off by the comma that closes the phrase
// ending at end, other than the one n heads: "Cuba's president, Miguel Díaz-Canel,
// said".
func mentionAfterComma(s *sentence, end, n int) *mention {
	if end+1 >= len(s.toks) || s.toks[end].text != "," {
		return nil
	}
	if m := s.at[end+1]; m != nil && m.start == end+1 && m.head != n && m.end < len(s.toks) && isPunct(s.toks[m.end].text) {
		return m
	}
	return nil
}

func isPunct(t string) bool { return t == "," || t == "." || t == ";" || t == ")" }

// readHyphen: "the UN-backed GNA", "a Saudi- and US-brokered truce": a participle of
// the frames after a name and a hyphen; the name acts on the noun the participle
// modifies.
func readHyphen(a *article, s *sentence, w int) {
	if w < 2 || s.toks[w-1].text != "-" || s.toks[w].start != s.toks[w-1].end || !isParticiple(s.toks[w].lower, s.lemma[w]) {
		return
	}

	fs := a.lex.frames.verbs[s.lemma[w]]
	if len(fs) == 0 {
		return
	}
	subjects := a.hyphenActors(s, w)
	n := a.demonymsNoun(s, hyphenTarget(s, w))
	if len(subjects) == 0 || n < 0 {
		return
	}
	var objects []arg
	for _, o := range a.argsAt(s, n) {
		// the noun it modifies, not those listed with it: "the Iran-backed Houthis and
		// Saudi forces" are not both Iran's
		if o.m.start <= n && n < o.m.end || o.m.head == n {
			objects = append(objects, o)
		}
	}
	objects = append(objects, a.namedExamples(s, n)...) // "Iran-backed militias such as Kataib Hezbollah": each is
	for _, f := range fs {
		if !slotHas(f.slots, "obj", "") {
			continue
		}
		for _, sub := range subjects {
			for _, obj := range objects {
				if p := f.predicate(obj.m.ent.init != nil); p != "" {
					a.relate(s, w, sub, p, obj, 0.9, "hyphen "+f.source)
				}
			}
		}
	}
}

// demonymsNoun returns the noun that a demonym at n describes when it names no forces
// of the state ("the Iran-backed Iraqi factions": the factions, not Iraq; but "the
// US-backed Iraqi forces" are Iraq's), else n.
func (a *article) demonymsNoun(s *sentence, n int) int {
	if n < 0 || s.at[n] == nil || s.at[n].how != byDemonym {
		return n
	}
	if h := s.head[n]; h > n && s.tag[h] == "NOUN" && s.at[h] == nil && !a.isForceNoun(s, h) && !a.lex.in("government", s.lemma[h]) {
		return h
	}
	return n
}

// hyphenActors returns who does what the compound participle at w says: the names
// before its hyphen ("Iran-backed", "Saudi- and US-brokered").
func (a *article) hyphenActors(s *sentence, w int) []arg {
	var subjects []arg
	for k := w - 2; k >= 0; k-- {
		m := s.at[k]
		if m == nil {
			break
		}
		if m.end > w {
			if !a.lex.in("irregular", s.lemma[m.head]) {
				break // "the UN-backed government of Somalia": a name of its own
			}
			if m = a.backerInName(s, k, w); m == nil { // "the Russian-backed rebels" read as one name
				break
			}
		}
		subjects = append(subjects, arg{m, m.conf})
		k = m.start
		// "Saudi- and US-brokered": more names before "and"
		if k >= 2 && s.toks[k-1].lower == "and" && s.toks[k-2].text == "-" {
			k -= 2
			continue
		}
		break
	}
	return subjects
}

// backerInName returns the actor that the words before the hyphen at w-1 name when a
// longer name of irregular fighters covers them and the participle ("Russian" in "the
// Russian-backed rebels"), or nil.
func (a *article) backerInName(s *sentence, k, w int) *mention {
	start := k
	for start > 0 && s.toks[start-1].upper && start > w-4 {
		start--
	}
	for i := start; i <= k; i++ {
		if fs, end := a.lex.names.longest(s.toks, i); len(fs) > 0 && end == k+1 {
			if e := a.entityFor(fs[0].entry); e.isActor() {
				return &mention{s: s, start: i, end: end, head: k, ent: e, conf: 0.9}
			}
		}
	}
	return nil
}

// hyphenTarget returns the noun a compound participle modifies: its head in the parse
// when that is a noun after it, else the first noun or name after it.
func hyphenTarget(s *sentence, w int) int {
	for k := w + 1; k < len(s.toks) && k <= w+3 && (s.tag[k] == "ADJ" || s.at[k] != nil); k++ {
		if s.at[k] != nil {
			return s.at[k].head // "the Iran-backed Houthis", "the Kurdish-led SDF"
		}
	}
	if h := s.head[w]; h > w && (s.tag[h] == "NOUN" || s.tag[h] == "PROPN") {
		return h
	}
	for k := w + 1; k < len(s.toks) && k < w+5; k++ {
		if s.at[k] != nil {
			return s.at[k].head
		}
		if s.tag[k] == "NOUN" && (k+1 >= len(s.toks) || s.tag[k+1] != "NOUN" && s.tag[k+1] != "PROPN") {
			return k
		}
	}
	return -1
}

// readAdjective: "X, loyal to Y", "the armed forces remain loyal to Maduro", "Nairobi
// remained committed to leading the mission".
func readAdjective(a *article, s *sentence, w int) {
	if s.tag[w] != "ADJ" && s.tag[w] != "VERB" {
		return
	}
	fs := a.lex.frames.adjs[strings.ToLower(s.toks[w].text)]
	if len(fs) == 0 {
		fs = a.lex.frames.adjs[s.lemma[w]]
	}
	if len(fs) == 0 {
		return
	}
	var subjects []arg
	for _, k := range s.children(w, "nsubj", "nsubj:pass") {
		subjects = append(subjects, a.argsAt(s, k)...)
	}
	if len(subjects) == 0 && (s.rel[w] == "amod" || s.rel[w] == "acl" || s.rel[w] == "appos") && s.head[w] >= 0 {
		// "between the SPLA, loyal to Kiir, and the SPLA-IO": the members before it
		for _, c := range s.conjuncts(s.head[w]) {
			if c < w && !a.bareIrregulars(s, c) {
				subjects = append(subjects, a.argAt(s, c, 0)...)
			}
		}
	}
	if len(subjects) == 0 && s.rel[w] == "xcomp" {
		subjects = a.activeSubjects(s, s.head[w], 1)
	}
	for _, f := range fs {
		for _, obj := range a.adjectiveObjects(s, w, f) {
			for _, sub := range subjects {
				if p := f.predicate(obj.m.ent.init != nil); p != "" {
					a.relate(s, w, sub, p, obj, 0.85, "adjective "+f.source)
				}
			}
		}
	}
}

// adjectiveObjects: the oblique of the frame's preposition; "committed to leading the
// mission": the object of the verb after the preposition.
func (a *article) adjectiveObjects(s *sentence, w int, f *frame) []arg {
	var out []arg
	for _, k := range append(s.children(w, "obl"), s.children(w, "advcl", "xcomp")...) {
		p := s.prep(k)
		if p == "" {
			if m := s.child(k, "mark"); m >= 0 {
				p = s.toks[m].lower
			}
		}
		if !slotHas(f.slots, "obl", p) {
			continue
		}
		if s.tag[k] == "VERB" {
			for _, o := range s.children(k, "obj") {
				out = append(out, a.argsAt(s, o)...)
			}
			continue
		}
		out = append(out, a.argsAt(s, k)...)
	}
	return out
}

// readOwnedInitiative: an initiative named with its owner proposes it ("Egypt's
// ceasefire proposal", "the Egyptian proposals", "a Tehran peace plan"), when the noun
// is one of proposing (plan, proposal, initiative, roadmap, offer).
func readOwnedInitiative(a *article, s *sentence, w int) {
	m := s.at[w]
	if m == nil || m.ent.init == nil || m.head != w || !ownedFamily(m.ent.init.family) {
		return
	}
	for _, k := range s.kids[w] {
		if !ownerModifier(s, m, k, w) {
			continue
		}
		for _, ar := range a.argsAt(s, k) {
			if !ar.m.ent.isActor() {
				continue
			}
			a.relate(s, w, ar, graph.Proposes, arg{m, m.conf}, 0.85, "owned initiative")
			if o := a.offered(s, m); o != nil {
				a.relate(s, w, ar, graph.Proposes, arg{o, m.conf}, 0.85, "owned initiative") // "the government's offer of talks"
			}
		}
	}
}

// ownedFamily: an initiative of this family is its owner's proposal ("Egypt's plan",
// "a French resolution", "a Russian request to move troops").
func ownedFamily(family string) bool {
	switch family {
	case "plan", "resolution", "request", "demand":
		return true
	}
	return false
}

// readRequest: a noun of asking with its asker and the initiative asked for ("the
// Government's request for a technical pause", "Somalia's call for a ceasefire"): the
// asker puts the initiative forward.
func readRequest(a *article, s *sentence, n int) {
	if s.tag[n] != "NOUN" || !a.lex.in("request", s.lemma[n]) {
		return
	}
	asked := a.actedInitiative(s, n)
	if len(asked) == 0 {
		return
	}
	for _, sub := range a.nounActors(s, n) {
		for _, o := range asked {
			a.relate(s, n, sub, graph.Proposes, o, 0.8, "request")
		}
	}
}

// readAtBehest: an initiative a verb makes, adopts or convenes "at X's urging" or "at
// the request of X": X puts it forward.
func readAtBehest(a *article, s *sentence, n int) {
	if s.tag[n] != "NOUN" || s.prep(n) != "at" || !a.lex.in("behest", s.lemma[n]) {
		return
	}
	v := s.head[n]
	if v >= 0 && s.rel[n] == "nmod" && s.rel[v] == "obj" {
		v = s.head[v] // "passed Resolution 1725 at Washington's urging", the phrase hung on the object
	} else if s.rel[n] != "obl" {
		return
	}
	if v < 0 || s.tag[v] != "VERB" {
		return
	}
	var made []arg
	for _, o := range s.children(v, "obj", "nsubj:pass") {
		for _, ar := range a.argsAt(s, o) {
			if ar.m.ent.init != nil {
				made = append(made, ar)
			}
		}
	}
	var askers []arg
	for _, k := range s.children(n, "nmod:poss", "nmod") {
		if s.rel[k] == "nmod:poss" || s.prep(k) == "of" {
			askers = append(askers, a.argsAt(s, k)...)
		}
	}
	for _, sub := range askers {
		for _, o := range made {
			if sub.m.ent.isActor() {
				a.relate(s, n, sub, graph.Proposes, o, 0.8, "at behest")
			}
		}
	}
}

// ownerModifier: the modifier k before the initiative noun w names who puts it
// forward: a possessive, a demonym, or a name; but a bare name before a resolution is
// the place it is about ("a Sudan resolution", "the Gaza resolution"), while its
// drafter is a demonym or a possessive ("a Russian draft resolution", "France's
// resolution").
func ownerModifier(s *sentence, m *mention, k, w int) bool {
	if k > w {
		return false
	}
	switch s.rel[k] {
	case "nmod:poss", "amod":
		return true
	case "compound":
		return m.ent.init.family != "resolution"
	}
	return false
}

// readAppeal: "X called on the parties to respect the truce", "X urged both sides to
// return to the agreement": who appeals for an initiative to be kept endorses it.
func readAppeal(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" || !a.lex.in("objectcontrol", s.lemma[w]) {
		return
	}
	for _, x := range askedClauses(s, w) {
		for _, t := range a.hostilityAsked(s, w, x) {
			for _, sub := range a.subjects(s, w) {
				a.relate(s, w, sub, graph.Opposes, t, 0.75, "appeal against") // "urged the EU to impose sanctions on Serbia"
			}
		}
		for _, f := range a.lex.frames.verbs[s.lemma[x]] {
			if f.initiative != graph.Endorses && !a.backingAsked(s, w, x, f) {
				continue
			}
			for _, obj := range a.objects(s, x, f) {
				p := graph.Endorses
				if obj.m.ent.init == nil {
					p = graph.Supports // "urged Moscow to recognise the Dniester republic"
					if f.actor != graph.Supports || !a.backingAsked(s, w, x, f) {
						continue
					}
				}
				for _, sub := range a.subjects(s, w) {
					a.relate(s, w, sub, p, obj, 0.75, "appeal "+f.source)
				}
			}
		}
	}
}

// askedClauses returns the clauses that say what verb w asks its object to do: its
// complement, an infinitive read as a clause of its own ("urged Israel and Hamas to
// respect the ceasefire", "called on the EU to impose"), or one hung on the object
// ("urged X to return").
func askedClauses(s *sentence, w int) []int {
	asked := s.children(w, "xcomp")
	if s.child(w, "obj", "iobj") >= 0 || hasOblique(s, w, "on") {
		for _, x := range s.children(w, "advcl") {
			if m := s.child(x, "mark"); m >= 0 && s.toks[m].lower == "to" && m == s.spanStart(x) {
				asked = append(asked, x)
			}
		}
	}
	for _, o := range s.children(w, "obj") {
		for _, c := range s.conjuncts(o) {
			asked = append(asked, s.children(c, "acl")...)
		}
	}
	return asked
}

// hostilityAsked returns whom verb w appeals to others to act against by the verb x
// ("called on the European Union to impose sanctions on Serbia", "urged the Security
// Council to condemn Rwanda"): a hostile act asked for, not negated; a warning or an
// order is no appeal.
func (a *article) hostilityAsked(s *sentence, w, x int) []arg {
	if !a.appealAsked(s, w, x) {
		return nil
	}
	var out []arg
	for _, f := range a.lex.frames.verbs[s.lemma[x]] {
		if f.actor == graph.Opposes && !f.sym {
			out = append(out, actorsOnly(a.objects(s, x, f))...)
		}
	}
	if rev, ok := a.lex.frames.light[s.lemma[x]]; ok && !rev {
		for _, n := range s.children(x, "obj") {
			for _, f := range a.lex.frames.nouns[s.lemma[n]] {
				if f.kind == eventFrame && f.actor == graph.Opposes && !f.sym {
					out = append(out, actorsOnly(a.lightObjects(s, x, n, f, false))...)
				}
			}
		}
	}
	return out
}

// actorsOnly keeps the actors among args.
func actorsOnly(args []arg) []arg {
	return slices.DeleteFunc(args, func(g arg) bool { return g.m.ent.init != nil })
}

// backingAsked: verb w appeals to others to back someone by the verb x ("urged Moscow
// to recognise the Dniester republic", "called on the West to arm Ukraine"), which is
// not negated; a warning or an order is no appeal.
func (a *article) backingAsked(s *sentence, w, x int, f *frame) bool {
	return f.actor == graph.Supports && a.appealAsked(s, w, x)
}

// appealAsked: verb w appeals to others to do what verb x says, neither negated; a
// warning or an order is no appeal.
func (a *article) appealAsked(s *sentence, w, x int) bool {
	return a.lex.in("appeal", s.lemma[w]) && s.lemma[w] != "warn" && s.lemma[w] != "tell" && !a.negatedAt(s, x) && !a.negatedAt(s, w)
}

// readUnder: "X has been under UN Security Council sanctions since 2014", "the capital
// came under attack by Y": the actors of the act (its possessor, the names before it,
// "by Y") act on the subject.
func readUnder(a *article, s *sentence, n int) {
	if s.tag[n] != "NOUN" || s.prep(n) != "under" {
		return
	}
	var f *frame
	for _, fr := range a.lex.frames.nouns[s.lemma[n]] {
		if fr.kind == eventFrame && fr.actor == graph.Opposes {
			f = fr
		}
	}
	h := s.head[n]
	if f == nil {
		return
	}
	actors := a.nounActors(s, n)
	if h >= 0 {
		for _, k := range s.children(h, "obl") {
			if s.prep(k) == "by" {
				actors = append(actors, a.argsAt(s, k)...)
			}
		}
	}
	var subjects []arg
	if s.rel[n] == "root" || s.child(n, "cop") >= 0 {
		for _, k := range s.children(n, "nsubj") {
			subjects = append(subjects, a.argsAt(s, k)...)
		}
	} else if h >= 0 {
		subjects = a.subjects(s, h)
	}
	for _, act := range actors {
		for _, sub := range subjects {
			a.relate(s, n, act, graph.Opposes, sub, 0.85, "under "+f.source)
		}
	}
}

// harmingVerb: a verb one side does to another ("attack", "kill"), not one of a state
// both are in ("fight").
func (a *article) harmingVerb(lemma string) bool {
	return slices.ContainsFunc(a.lex.frames.verbs[lemma], func(f *frame) bool { return f.actor == graph.Opposes && !f.sym })
}

// ofArgs returns the actors the "of" phrases of the noun at n name ("under the
// auspices of the OAU", "at the hands of the MNLA").
func (a *article) ofArgs(s *sentence, n int) []arg {
	var out []arg
	for _, k := range s.children(n, "nmod") {
		if s.prep(k) == "of" {
			out = append(out, a.argsAt(s, k)...)
		}
	}
	return out
}

// readAtHands: "the army suffered a heavy defeat in Kidal at the hands of the MNLA",
// "Malian soldiers were killed at the hands of JNIM": who is named after "at the hands
// of" opposes the subject of a verb of suffering, or of a hostile verb in the passive.
func readAtHands(a *article, s *sentence, n int) {
	if s.toks[n].lower != "hands" || s.prep(n) != "at" {
		return
	}
	doers := a.ofArgs(s, n)
	v := s.head[n]
	if v >= 0 && s.tag[v] == "NOUN" && s.rel[v] == "obj" {
		v = s.head[v] // "suffered a defeat at the hands of", the phrase hung on the object
	}
	if len(doers) == 0 || v < 0 || s.tag[v] != "VERB" || a.negatedAt(s, v) {
		return
	}
	if !a.lex.in("suffering", s.lemma[v]) && (!a.harmingVerb(s.lemma[v]) || !s.passive(v)) {
		return
	}
	var victims []arg
	for _, k := range s.children(v, "nsubj", "nsubj:pass") {
		victims = append(victims, a.argsAt(s, k)...)
	}
	for _, d := range doers {
		for _, x := range victims {
			a.relate(s, n, d, graph.Opposes, x, 0.8, "at the hands of")
		}
	}
}

// readLabel: a verb of judging whose object is given a hostile label: "Turkey regards
// the YPG as a terrorist group", "Bolsonaro has called Maduro a dictator", "the Kremlin
// described Guaidó's self-proclamation as a usurpation of power"; or an initiative a
// favourable one: "Guterres called it a welcome first step".
func readLabel(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" || !a.lex.in("judging", s.lemma[w]) {
		return
	}
	labels := labelsOf(s, w)
	clauses, judged := judgedClauses(s, w)
	labels = append(labels, clauses...)
	hostile := a.anyLabel(s, labels, "hostile")
	if !hostile && !a.anyLabel(s, labels, "favourable") {
		a.readPartnerLabel(s, w, labels)
		return
	}
	for _, o := range append(s.children(w, "obj", "iobj"), judged...) { // "called Maduro a dictator": Maduro may be parsed as iobj
		if !slices.Contains(labels, o) {
			a.relateLabelled(s, w, o, hostile)
		}
	}
}

// readPartnerLabel: a verb of judging whose label is a partner's ("regards Riyadh as
// a key ally", "counts Gabon among its closest partners"): its subject supports each
// actor it judges so. Not "an ally of Iran", which says whose ally.
func (a *article) readPartnerLabel(s *sentence, w int, labels []int) {
	partner := false
	for _, l := range labels {
		if a.lex.in("partner", s.lemma[l]) && !hasOblique(s, l, "of") {
			partner = true
		}
	}
	if !partner || a.negatedAt(s, w) {
		return
	}
	for _, o := range s.children(w, "obj") {
		if slices.Contains(labels, o) {
			continue
		}
		for _, sub := range a.subjects(s, w) {
			for _, t := range a.argsAt(s, o) {
				if t.m.ent.init == nil {
					a.relate(s, w, sub, graph.Supports, t, 0.8, "label of a partner")
				}
			}
		}
	}
}

// readSaidLabel: a verb of saying whose clause gives a named actor a hostile label
// ("Turkey says the YPG is a terrorist group", "Trump said Qatar had been a funder of
// terrorism"): the speaker opposes the actor, as if it had called it so; not when the
// clause is negated, nor of a pronoun.
func readSaidLabel(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" || !a.lex.in("reporting", s.lemma[w]) || a.negatedAt(s, w) {
		return
	}
	for _, c := range s.children(w, "ccomp") {
		n := s.child(c, "nsubj")
		if n < 0 || s.child(c, "cop") < 0 || s.tag[c] != "NOUN" && s.tag[c] != "ADJ" || a.negatedAt(s, c) {
			continue
		}
		if a.saidOfInitiative(s, w, c, n) || s.tag[n] == "PRON" || !a.ownLabel(s, c) {
			continue
		}
		a.relateLabelled(s, w, n, true)
	}
}

// saidOfInitiative reads a clause of saying that labels an initiative ("Blinken said
// it was an important step towards peace", "said the deal was a betrayal"): the
// speaker endorses it, or rejects it. "It" is the initiative told in this sentence or
// the one before. It reports whether the clause was of an initiative.
func (a *article) saidOfInitiative(s *sentence, w, c, n int) bool {
	var in *entity
	if m := s.at[n]; m != nil && m.ent.init != nil {
		in = m.ent
	} else if l := s.toks[n].lower; (l == "it" || l == "this") && a.lastInit != nil && a.lastInitSent >= s.i-1 {
		in = a.lastInit
	}
	if in == nil {
		return false
	}
	p := graph.Endorses
	switch {
	case a.ownLabel(s, c):
		p = graph.Rejects
	case !a.labelOf(s, c, "favourable"):
		return true
	}
	for _, sub := range a.subjects(s, w) {
		a.relate(s, w, sub, p, arg{&mention{s: s, ent: in, conf: 0.8, how: byPronoun}, 0.8}, 0.8, "label")
	}
	return true
}

// ownLabel: the predicate at c is itself a hostile label, or one of its modifiers before
// it ("a terrorist group", "the greatest threat"); not a phrase after it ("the victim of
// aggression" is no aggressor).
func (a *article) ownLabel(s *sentence, c int) bool {
	in := func(k int) bool { return a.lex.in("hostile", s.lemma[k]) || a.lex.in("hostile", s.toks[k].lower) }
	if in(c) {
		return true
	}
	for _, k := range s.children(c, "amod", "compound") {
		if k < c && in(k) {
			return true
		}
	}
	return false
}

// namedInSubject: the actor e is named within the subject of verb w ("the Houthis'
// spokesman, Mohammed Abdulsalam").
func (a *article) namedInSubject(s *sentence, w int, e *entity) bool {
	for _, k := range s.children(w, "nsubj") {
		for i := range s.toks {
			if s.at[i] != nil && s.at[i].ent == e && s.dominates(k, i) {
				return true
			}
		}
	}
	return false
}

// labelsOf returns the labels verb w gives: a complement, an "as" phrase, or the
// second of two objects; or, in "called Maduro a dictator" parsed as one phrase, the
// apposition or "as" phrase after the object.
func labelsOf(s *sentence, w int) []int {
	var labels []int
	for _, k := range s.kids[w] {
		if labelRel(s, w, k) {
			labels = append(labels, k)
		}
	}
	for _, o := range s.children(w, "obj") {
		for _, k := range s.kids[o] {
			// "called the ceasefire a gift to terrorists" parsed with "gift" the object of "ceasefire"
			// "called Russia's decision 'unconscionable'": an adjective after its noun is said of it
			if (s.rel[k] == "appos" || s.rel[k] == "obj" || s.rel[k] == "amod" || s.rel[k] == "nmod" && s.prep(k) == "as") && k > o {
				labels = append(labels, k)
			}
		}
		if k := quotedAdjectiveIn(s, o); k >= 0 {
			labels = append(labels, k) // "called the RSF's attacks on El Fasher \"unconscionable\"", hung deeper
		}
	}
	return labels
}

// quotedAdjectiveIn returns an adjective in quotes that ends the phrase of the object
// o, however deep the parser hung it ("the RSF's attacks on El Fasher
// \"unconscionable\""), or -1.
func quotedAdjectiveIn(s *sentence, o int) int {
	for k := s.spanEnd(o) - 1; k > o; k-- {
		if s.tag[k] == "PUNCT" {
			continue
		}
		if s.tag[k] == "ADJ" && s.quoted[k] && s.rel[k] != "amod" {
			return k
		}
		return -1
	}
	return -1
}

// labelRel: dependent k of verb w is a complement, an "as" phrase, or the second of
// two objects ("called it a welcome first step": "it" is judged).
func labelRel(s *sentence, w, k int) bool {
	objs := s.children(w, "obj")
	if s.rel[k] == "obl:unmarked" {
		return len(objs) > 0 && k > objs[0] // "called the raids a crime", the label parsed as a bare oblique
	}
	if s.rel[k] == "obj" && slices.ContainsFunc(s.children(w, "iobj"), func(i int) bool { return i < k && s.tag[i] != "PRON" }) {
		return true // "declared American and British ships legitimate targets", the judged parsed as iobj
	}
	return s.rel[k] == "xcomp" || s.rel[k] == "obl" && (s.prep(k) == "as" || s.prep(k) == "among") || s.rel[k] == "obj" && len(objs) > 1 && k != objs[0]
}

// judgedClauses returns the labels of verb w parsed as clauses of their own, and their
// subjects, the ones judged: "holds the United Nations fully responsible".
func judgedClauses(s *sentence, w int) (labels, judged []int) {
	for _, k := range s.children(w, "ccomp") {
		if n := s.child(k, "nsubj"); n >= 0 && (s.tag[k] == "ADJ" || s.tag[k] == "NOUN") && s.child(k, "cop") < 0 {
			labels, judged = append(labels, k), append(judged, n)
		}
	}
	return labels, judged
}

// anyLabel reports whether one of the labels is of the kind ("hostile",
// "favourable").
func (a *article) anyLabel(s *sentence, labels []int, kind string) bool {
	for _, l := range labels {
		if a.labelOf(s, l, kind) {
			return true
		}
	}
	return false
}

// relateLabelled relates the subjects of verb w to the one its object o labels, or
// the owner of the act o names ("described Guaidó's self-proclamation as"): with a
// hostile label they oppose an actor and reject an initiative ("called the ceasefire a
// gift to terrorists"); with a favourable one they endorse an initiative ("called it a
// welcome first step").
func (a *article) relateLabelled(s *sentence, w, o int, hostile bool) {
	if s.at[o] == nil && s.child(o, "nmod:poss") < 0 && len(a.lex.frames.nouns[s.lemma[o]]) > 0 {
		if !hostile {
			return
		}
		// "Turkey launched an offensive ... Macron called the offensive madness": the
		// doer of the act told before, or no one when the article gives it none
		named := len(a.nounActors(s, o)) > 0 // "called the ECOWAS sanctions illegitimate": the act names its doer
		for _, d := range a.eventActors(s, o, false) {
			if a.namedInSubject(s, w, d.m.ent) || s.at[o] == nil && !named && a.lastAct != d.m.ent {
				continue // "the Houthis' spokesman called the strikes an aggression"; another's act told since
			}
			for _, sub := range a.subjects(s, w) {
				a.relate(s, w, sub, graph.Opposes, d, 0.75, "label of an act")
			}
		}
		return
	}
	targets := a.argsAt(s, o)
	if len(targets) == 0 {
		for _, k := range s.children(o, "nmod:poss") {
			targets = append(targets, a.argsAt(s, k)...)
		}
	}
	for _, sub := range a.subjects(s, w) {
		for _, t := range targets {
			p := graph.Opposes
			switch {
			case t.m.ent.init != nil && hostile:
				p = graph.Rejects
			case t.m.ent.init != nil:
				p = graph.Endorses
			case !hostile:
				continue // a favourable word of an actor tells no side
			}
			a.relate(s, w, sub, p, t, 0.8, "label")
		}
	}
}

// labelOf reports whether the noun phrase at k, or an adjective in it, is one of the
// labels of the kind: "hostile" ("terrorist", "enemy", "dictator", "coup") or
// "favourable" ("a welcome first step", "a solution").
func (a *article) labelOf(s *sentence, k int, kind string) bool {
	in := func(k int) bool { return a.lex.in(kind, s.lemma[k]) || a.lex.in(kind, s.toks[k].lower) } // "madness", however lemmatised
	if in(k) {
		return true
	}
	for _, c := range s.kids[k] {
		if (s.rel[c] == "amod" || s.rel[c] == "compound" || s.rel[c] == "nmod") && in(c) {
			return true
		}
	}
	return false
}

// readPair: a verb and its object noun that together carry a relation, listed in
// frames.txt as "pair VERB NOUN ...": "Venezuela broke off diplomatic relations with the
// United States", "Russia has frozen its co-operation with Nato".
func readPair(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" {
		return
	}
	lemma := s.lemma[w]
	if p := s.particle(w); p != "" {
		lemma += "_" + p
	}
	for _, o := range s.children(w, "obj", "obl") {
		f := a.lex.frames.pairs[lemma+" "+s.lemma[o]]
		if hw := s.hyphenWord(o); f == nil && hw != "" {
			// "co-operation", split at its hyphen, and written without it
			if f = a.lex.frames.pairs[lemma+" "+hw]; f == nil {
				f = a.lex.frames.pairs[lemma+" "+strings.ReplaceAll(hw, "-", "")]
			}
		}
		if f == nil || s.rel[o] == "obl" && !slotHas(f.slots, "obj", "") {
			continue // a noun in a phrase of the verb pairs only when the verb's object is the other side
		}
		objects := a.pairObjects(s, w, o, f)
		subjects := a.subjects(s, w)
		if len(objects) == 0 && f.sym && len(subjects) > 1 {
			a.reciprocal(s, w, subjects, f) // "Riyadh and the Houthis had traded blows"
			continue
		}
		for _, sub := range subjects {
			for _, obj := range objects {
				if p := f.predicate(obj.m.ent.init != nil); p != "" && f.rev && obj.m.ent.init == nil {
					a.relate(s, w, obj, p, sub, 0.8, "pair "+f.source) // "Neto owes his survival to Moscow": Moscow acts
				} else if p != "" {
					a.relate(s, w, sub, p, obj, 0.85, "pair "+f.source)
					if mutualWith(s, w, f, obj) {
						a.relate(s, w, obj, p, sub, 0.8, "pair "+f.source+" (with)")
					}
				}
			}
		}
	}
}

// readAtWar: "the Taliban are at war with Islamic State", "the CSP has been at war with
// the army since August": each side opposes the other; "the KRG has long been at odds
// with the PKK": the KRG opposes the PKK. "Egypt is locked in a bitter dispute with
// Ethiopia", "Ukraine, in its war with Russia,": each opposes the other.
func readAtWar(a *article, s *sentence, n int) {
	in := s.prep(n) == "in" && a.lex.in("dispute", s.lemma[n])
	mutual := in || a.lex.in("hostilestate", s.lemma[n])
	if !in && (!mutual && !a.lex.in("quarrel", s.lemma[n]) || s.prep(n) != "at") {
		return
	}
	var others []arg
	phrases := s.children(n, "nmod", "obl")
	if h := s.head[n]; h >= 0 && !a.verbReads(s.lemma[h], "with") {
		// "is locked in a dispute with Ethiopia"; not "sided with Baku in the war", the
		// verb's own with-phrase
		phrases = append(phrases, s.children(h, "obl")...)
	}
	for _, k := range phrases {
		if s.prep(k) == "with" {
			others = append(others, a.argsAt(s, k)...)
		}
	}
	for _, x := range a.atWarSubjects(s, n, in) {
		for _, y := range others {
			a.relate(s, n, x, graph.Opposes, y, 0.85, "at war")
			if mutual {
				a.relate(s, n, y, graph.Opposes, x, 0.85, "at war")
			}
		}
	}
}

// atWarSubjects returns the sides in the state of war or quarrel the noun at n names:
// the subject of its copula, the owner of a quarrel in, or the subject of the verb it
// hangs on.
func (a *article) atWarSubjects(s *sentence, n int, in bool) []arg {
	h := s.head[n]
	switch p := s.child(n, "nmod:poss"); {
	case in && p >= 0:
		return a.argsAt(s, p) // "helped Kyiv in Russia's war with Ukraine": Russia's war, not the helper's
	case s.child(n, "cop") >= 0 || s.rel[n] == "root":
		if s.child(n, "nsubj") < 0 && s.rel[n] == "conj" {
			return a.subjects(s, n) // "which has close ties with Ankara and has long been at odds with the PKK"
		}
		var out []arg
		for _, k := range s.children(n, "nsubj") {
			out = append(out, a.argsAt(s, k)...)
		}
		if len(out) == 0 && s.rel[n] == "acl:relcl" {
			return a.subjects(s, n) // "the army, which is at war with the RSF": the army
		}
		return out
	case h >= 0 && in && s.passive(h):
		return a.passiveObjects(s, h) // "Egypt, which has been locked in a dispute with Ethiopia": the one locked in it
	case h >= 0:
		return a.subjects(s, h)
	}
	return nil
}

// backersOf returns who gives the backing the noun at n names: its "of" or "from"
// phrase, else its own actors ("Turkish backing").
func (a *article) backersOf(s *sentence, n int) []arg {
	var backers []arg
	for _, k := range s.children(n, "nmod") {
		if p := s.prep(k); p == "of" || p == "from" {
			backers = append(backers, a.argsAt(s, k)...)
		}
	}
	if len(backers) == 0 {
		backers = a.nounActors(s, n)
	}
	return backers
}

// readWithBacking: "Sudani came to power with the backing of the Coordination
// Framework", "Hezbollah was founded with the help of Iran's Revolutionary Guards": the
// backer supports the one who acts, or the one acted on in a passive.
func readWithBacking(a *article, s *sentence, n int) {
	if s.tag[n] != "NOUN" || s.prep(n) != "with" || s.head[n] < 0 {
		return
	}
	supportive := false
	for _, f := range a.lex.frames.nouns[s.lemma[n]] {
		supportive = supportive || f.kind == eventFrame && f.actor == graph.Supports
	}
	if !supportive {
		return
	}
	backers := a.backersOf(s, n)
	v := s.head[n]
	if (s.rel[v] == "obl:agent" || base(s.rel[v]) == "nsubj") && s.head[v] >= 0 && s.tag[s.head[v]] == "VERB" {
		v = s.head[v] // "carried out by the United States and Britain, with support from Australia": hung on the agent, said of the act
	}
	if s.tag[v] == "VERB" && a.proposingVerb(s.lemma[v]) && a.madeInitiative(s, v) {
		return // "the deal, brokered by the United States with help from Qatar": help in the brokering, no side
	}
	backed := a.subjects(s, v)
	if a.sameActors(backers, backed) {
		return // "Moscow and Tehran are supplying Massoud with arms": what they give, not each other's help
	}
	if s.passive(v) && len(backed) == 0 {
		// "was elected with the support of X": the one elected; but "the offensive
		// launched by Azerbaijan with the support of Turkey": the one who acts
		backed = a.passiveObjects(s, v)
	}
	for _, b := range backers {
		for _, x := range backed {
			a.relate(s, n, b, graph.Supports, x, 0.8, "with backing")
		}
	}
}

// madeInitiative: what the verb at v makes is an initiative: the noun its participle
// describes ("the deal, brokered by X"), or its object or passive subject.
func (a *article) madeInitiative(s *sentence, v int) bool {
	cands := s.children(v, "obj", "nsubj:pass")
	if s.rel[v] == "acl" && s.head[v] >= 0 {
		cands = append(cands, s.head[v])
	}
	for _, k := range cands {
		if m := s.at[k]; m != nil && m.ent.init != nil {
			return true
		}
	}
	return false
}

// sameActors: both lists name the same actors.
func (a *article) sameActors(x, y []arg) bool {
	if len(x) == 0 || len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i].m.ent != y[i].m.ent {
			return false
		}
	}
	return true
}

// readAlongside: any verb of action with "alongside Y" ("operated alongside the army",
// "deployed alongside Congolese troops"): its subject supports Y.
func readAlongside(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" {
		return
	}
	framed := len(a.lex.frames.verbs[s.lemma[w]]) > 0 // verbs of the frames say "alongside" themselves
	for _, k := range s.children(w, "obl") {
		p := s.prep(k)
		beside := (p == "alongside" || p == "beside") && !framed
		// "have fought the ADF together with Ugandan troops": fighting beside them
		together := (p == "together with" || p == "with" && togetherBefore(s, k)) && a.fightVerb(s, w)
		if !beside && !together {
			continue
		}
		helped := a.argsAt(s, k)
		for _, sub := range a.subjects(s, w) {
			if slices.ContainsFunc(helped, func(o arg) bool { return o.m.ent == sub.m.ent }) {
				continue // "opened on Monday, alongside the UN, Germany and Qatar": those beside are no subject of their own
			}
			for _, obj := range helped {
				a.relate(s, w, sub, graph.Supports, obj, 0.8, "alongside")
			}
		}
	}
}

// togetherBefore: "together" stands before the with-phrase at k, hung on the verb or
// on the phrase ("fought X together with Y").
func togetherBefore(s *sentence, k int) bool {
	c := s.child(k, "case")
	return c > 0 && s.toks[c-1].lower == "together"
}

// readOrderedOut: "the junta ordered the French ambassador to leave", "Maduro gave US
// diplomats 72 hours to leave": whoever orders another out opposes them. The verb's
// object (or its indirect object, when a time limit is the object) leaves.
func readOrderedOut(a *article, s *sentence, w int) {
	if s.tag[w] == "VERB" && a.lex.in("demanding", s.lemma[w]) {
		a.readDemandedOut(s, w)
		return
	}
	if s.tag[w] != "VERB" || !a.lex.in("ordering", s.lemma[w]) {
		return
	}
	leave := false
	for _, k := range orderedClauses(s, w) {
		if (s.rel[k] == "xcomp" || s.rel[k] == "advcl" || s.rel[k] == "ccomp" || s.rel[k] == "acl" && s.child(k, "mark") >= 0) && a.lex.in("departure", s.lemma[k]) && s.child(k, "nsubj") < 0 {
			leave = true
		}
	}
	if !leave {
		return
	}
	var targets []arg
	for _, k := range s.children(w, "obj", "iobj") {
		if a.lex.in("spokesperson", s.lemma[k]) {
			targets = append(targets, a.ownerArgs(s, k, 0)...) // "the French ambassador, Joël Meyer": France too
		}
		targets = append(targets, a.argsAt(s, k)...)
	}
	for _, sub := range a.subjects(s, w) {
		for _, t := range targets {
			a.relate(s, w, sub, graph.Opposes, t, 0.8, "ordered out")
		}
	}
}

// readDemandedOut: "Bamako demanded that Denmark pull out its contingent", "the junta
// insisted that France withdraw its troops": a demand that one actor leave opposes it;
// not one made of several ("demanded that both sides withdraw"), which a mediator makes.
func (a *article) readDemandedOut(s *sentence, w int) {
	if a.negatedAt(s, w) {
		return
	}
	for _, c := range s.children(w, "ccomp") {
		leaves := a.lex.in("departure", s.lemma[c]) || s.lemma[c] == "pull" && s.particle(c) == "out"
		n := s.child(c, "nsubj")
		if !leaves || n < 0 || len(s.conjuncts(n)) > 1 || a.lex.in("quantifier", s.lemma[n]) || s.child(n, "det") >= 0 && a.lex.in("quantifier", s.lemma[s.child(n, "det")]) {
			continue
		}
		for _, sub := range a.subjects(s, w) {
			for _, t := range a.argsAt(s, n) {
				if t.m.ent != sub.m.ent && t.m.how != byPronoun { // "demanded that it leave": too often misread
					a.relate(s, w, sub, graph.Opposes, t, 0.8, "ordered out")
				}
			}
		}
	}
}

// orderedClauses returns the clauses that may tell what verb w orders: "to leave" hangs
// on the verb, or on its object ("the ambassador to leave", "72 hours to leave") as the
// parser often has it, or, after a second verb joined to a first ("revoked the
// agreements and ordered the ambassador to leave"), on the first.
func orderedClauses(s *sentence, w int) []int {
	clauses := slices.Clone(s.kids[w])
	if h := s.head[w]; s.rel[w] == "conj" && h >= 0 {
		for _, k := range s.children(h, "advcl") {
			if k > w {
				clauses = append(clauses, k)
			}
		}
	}
	for _, o := range s.children(w, "obj") {
		clauses = append(clauses, s.children(o, "acl")...)
		for _, oo := range s.children(o, "obj") {
			clauses = append(clauses, s.children(oo, "acl")...)
		}
	}
	return clauses
}

// calledOn: the one called on by the verb of meeting or calling whose purpose is the
// clause at w: "Putin telephoned Maduro to express his support" (Maduro), "Erdogan
// received Dbeibah to reaffirm his backing".
func (a *article) calledOn(s *sentence, w int) []arg {
	h := s.head[w]
	if h < 0 || s.tag[h] != "VERB" || !a.lex.in("contact", s.lemma[h]) || !toInfinitive(s, w) {
		return nil
	}
	if r := s.rel[w]; r != "xcomp" && r != "advcl" {
		return nil
	}
	var out []arg
	for _, k := range s.children(h, "obj", "iobj") {
		out = append(out, a.argsAt(s, k)...)
	}
	return out
}

// readToAid: "Traoré and Tiani pledged to come to Mali's aid", "Britain rushed to the
// aid of Kuwait": a verb of coming with "to" and a noun of support whose owner, or
// of-phrase, is the one helped. The verb's subject supports it.
func readToAid(a *article, s *sentence, w int) {
	h := s.head[w]
	if h < 0 || base(s.rel[w]) != "obl" || s.prep(w) != "to" || !a.lex.in("coming", s.lemma[h]) || !a.objectlessSupport(s, w) || a.negatedAt(s, h) {
		return // not "has not come to the aid of"
	}
	var helped []arg
	for _, k := range s.kids[w] {
		if s.rel[k] == "nmod:poss" || s.rel[k] == "nmod" && s.prep(k) == "of" {
			helped = append(helped, a.argsAt(s, k)...)
		}
	}
	for _, sub := range a.subjects(s, h) {
		for _, o := range helped {
			a.relate(s, w, sub, graph.Supports, o, 0.8, "to aid")
		}
	}
}

// readThanks: "Nyusi thanked President Kagame for the deployment of Rwandan forces",
// "Zelensky thanked Washington for its military aid": one thanked for support, troops
// or arms supports whoever thanks it; not "thanked them for coming".
func readThanks(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" || s.lemma[w] != "thank" || a.negatedAt(s, w) {
		return
	}
	given := false
	for _, k := range s.children(w, "obl") {
		if s.prep(k) == "for" && a.givenHelp(s, k) {
			given = true
		}
	}
	if !given {
		return
	}
	for _, o := range s.children(w, "obj") {
		for _, giver := range a.argsAt(s, o) {
			for _, sub := range a.subjects(s, w) {
				if e := sub.m.ent; e.isPerson() && e.owner != nil && a.lex.in("spokesperson", e.role) {
					sub = arg{&mention{s: s, ent: e.owner, conf: sub.m.conf}, sub.conf} // a spokesman thanks for the side he speaks for
				}
				if giver.m.ent.init == nil && sub.m.ent.init == nil {
					a.relate(s, w, giver, graph.Supports, sub, 0.8, "thanks")
				}
			}
		}
	}
}

// givenHelp: the noun at n names help given: support, aid, troops, arms ("its
// support", "the deployment of Rwandan forces", "the Patriot systems").
func (a *article) givenHelp(s *sentence, n int) bool {
	if a.lex.in("materiel", s.lemma[n]) || s.lemma[n] == "deployment" || s.lemma[n] == "solidarity" {
		return true
	}
	for _, f := range a.lex.frames.nouns[s.lemma[n]] {
		if f.kind == eventFrame && f.actor == graph.Supports {
			return true
		}
	}
	return false
}

// readEndOfAct: "Egypt has urged an end to the attacks", "Germany called for an end to
// the offensive", "Iran welcomed the end of Israel's aggression": one who asks for, or
// hails, the end of a hostile act opposes whoever does it.
func readEndOfAct(a *article, s *sentence, n int) {
	v := s.head[n]
	if s.lemma[n] != "end" || s.tag[n] != "NOUN" || v < 0 || s.tag[v] != "VERB" || !a.endWanted(s, n, v) || a.negatedAt(s, v) {
		return
	}
	for _, k := range s.children(n, "nmod") {
		if p := s.prep(k); p != "to" && p != "of" || !a.hostileAct(s.lemma[k]) {
			continue
		}
		for _, d := range a.eventActors(s, k, true) {
			for _, sub := range a.subjects(s, v) {
				a.relate(s, n, sub, graph.Opposes, d, 0.75, "end of act")
			}
		}
	}
}

// endWanted: "end" at n is what verb v asks for or welcomes: its object after a verb of
// appeal or of welcome ("urged an end to", "welcomed the end of"), or after "for"
// ("called for an end to").
func (a *article) endWanted(s *sentence, n, v int) bool {
	switch {
	case s.rel[n] == "obj":
		return a.lex.in("appeal", s.lemma[v]) || s.lemma[v] == "demand" || s.lemma[v] == "seek" || s.lemma[v] == "welcome" || s.lemma[v] == "hail"
	case base(s.rel[n]) == "obl" && s.prep(n) == "for":
		return s.lemma[v] == "call" || s.lemma[v] == "press" || s.lemma[v] == "push"
	}
	return false
}

// objectlessSupport tells whether noun n is a noun of support with no object of its
// own: "Mali's aid", "the aid of Kuwait", but not "its support to the FDS".
func (a *article) objectlessSupport(s *sentence, n int) bool {
	for _, f := range a.lex.frames.nouns[s.lemma[n]] {
		if f.kind == eventFrame && f.actor == graph.Supports {
			return len(a.nounObjects(s, n, f)) == 0 || slotHas(f.slots, "nmod", "of")
		}
	}
	return false
}

// readSide: "on Y's side", "by his side", "at the side of Y" said of X, or X "took Y's
// side": X supports Y.
// The phrase hangs on a verb ("fought on Abiy's side"), or is the predicate of a
// copula ("Ankara was by his side").
func readSide(a *article, s *sentence, w int) {
	if s.lemma[w] != "side" || s.tag[w] != "NOUN" {
		return
	}
	switch s.prep(w) {
	case "on", "by", "at", "to":
	case "":
		if h := s.head[w]; h < 0 || s.rel[w] != "obj" || s.lemma[h] != "take" {
			return // "took Damascus's side": taking it is being at it
		}
	default:
		return
	}
	var owners []arg
	for _, k := range s.kids[w] {
		if s.rel[k] == "nmod:poss" || s.rel[k] == "nmod" && s.prep(k) == "of" {
			owners = append(owners, a.argsAt(s, k)...)
		}
	}
	if len(owners) == 0 {
		return // "on both sides", "on the other side"
	}
	for _, sub := range a.sideTakers(s, w) {
		for _, o := range owners {
			a.relate(s, w, sub, graph.Supports, o, 0.85, "side")
		}
	}
}

// sideTakers returns who is at the side the noun at w names: the subject of its copula
// ("Ankara was by his side") or of the verb it hangs on ("fought on Abiy's side",
// "took Damascus's side").
func (a *article) sideTakers(s *sentence, w int) []arg {
	var subjects []arg
	if s.child(w, "cop") >= 0 {
		for _, k := range s.children(w, "nsubj") {
			subjects = append(subjects, a.argsAt(s, k)...)
		}
	} else if h := s.head[w]; h >= 0 && s.tag[h] == "VERB" && (base(s.rel[w]) == "obl" || s.rel[w] == "obj") {
		subjects = a.subjects(s, h)
	}
	return subjects
}

// readTransfer: a verb of giving whose object is arms, equipment or troops and whose
// recipient is an actor: "the United States will send HIMARS rocket launchers to
// Ukraine", "Macron promises Zelensky armoured vehicles", "Iran supplied drones to
// Russia". The giver supports the recipient.
func readTransfer(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" || !a.lex.in("transfer", s.lemma[w]) {
		return
	}
	recipients, materiel := a.materielRecipients(s, w)
	if !materiel {
		recipients = a.providedWith(s, w)
		materiel = len(recipients) > 0
	}
	if !materiel {
		return
	}
	for _, k := range s.children(w, "obl", "iobj") {
		if p := s.prep(k); (s.rel[k] == "iobj" || p == "to" || p == "for") && !a.partOfLand(s, k) {
			recipients = append(recipients, a.argsAt(s, k)...)
		}
	}
	if backed := a.supportPurpose(s, w); len(backed) > 0 {
		recipients = slices.DeleteFunc(recipients, func(r arg) bool { return s.prep(r.m.head) == "to" && !sameSide(r.m.ent, backed) })
	}
	if len(recipients) == 0 {
		recipients = a.recipientInObject(s, w)
	}
	if len(recipients) == 0 && a.sendsTroops(s, w) {
		recipients = a.forceNamedLately(s) // "Tanzania and Malawi have also sent troops": to the force told of
	}
	for _, sub := range a.subjects(s, w) {
		for _, r := range recipients {
			if r.m.ent.init == nil {
				a.relate(s, w, sub, graph.Supports, r, 0.85, "transfer")
			}
		}
	}
}

// supportPurpose returns whom the giving at w backs by a purpose of its own, a clause
// with "to" or a phrase "in support of" ("sent troops to Niger to help the Malian
// army", "sent jets to the UAE for operations in support of the Iraqi government"): a
// place they are sent to that is not on that side is where they stand, not whom they
// back.
func (a *article) supportPurpose(s *sentence, w int) []*entity {
	var out []*entity
	for k := w + 1; k < len(s.toks); k++ {
		if !s.headedBy(k, w) || !a.supportWord(s, k) {
			continue
		}
		if m := s.child(k, "mark"); m < 0 || s.toks[m].lower != "to" {
			if s.prep(k) != "in" {
				continue
			}
		}
		for _, o := range s.children(k, "obj", "nmod") {
			for _, r := range a.argsAt(s, o) {
				out = append(out, r.m.ent)
			}
		}
	}
	return out
}

// sameSide: e is one of the actors backed, or the state, government or leader of one.
func sameSide(e *entity, backed []*entity) bool {
	for _, b := range backed {
		if b == e || b.owner == e || b.state == e || e.gov == b || b.owner != nil && (b.owner.state == e || e.gov == b.owner) {
			return true
		}
	}
	return false
}

// supportWord: the word at k is a verb or a noun of an act of support.
func (a *article) supportWord(s *sentence, k int) bool {
	frames := a.lex.frames.verbs[s.lemma[k]]
	if s.tag[k] == "NOUN" {
		frames = a.lex.frames.nouns[s.lemma[k]]
	}
	for _, f := range frames {
		if f.actor == graph.Supports && (f.kind == verbFrame || f.kind == eventFrame) {
			return true
		}
	}
	return false
}

// materielRecipients reports whether verb w gives arms, troops or money, and returns
// whom its object phrase gives them to ("sent tanks to Ukraine" parsed with the
// to-phrase on "tanks").
func (a *article) materielRecipients(s *sentence, w int) (recipients []arg, materiel bool) {
	for _, o := range s.children(w, "obj", "iobj", "obl:unmarked") { // "pledged EUR 50 million", however parsed
		if !a.isMateriel(s, o) {
			continue
		}
		materiel = true
		for _, k := range s.children(o, "nmod") {
			if p := s.prep(k); p == "to" || p == "for" {
				recipients = append(recipients, a.argsAt(s, k)...)
			}
		}
	}
	return recipients, materiel
}

// partOfLand: the state's name at k has a word of a region before it ("sent troops to
// northern Syria"): a place they go to, not the state they are given to.
func (a *article) partOfLand(s *sentence, k int) bool {
	for _, c := range s.children(k, "amod", "compound") {
		if c < k && a.lex.in("region", s.toks[c].lower) {
			return true
		}
	}
	return false
}

// providedWith returns the object of verb of giving w when what is given stands in a
// with-phrase: "provided the LNA with drones", "supplying Massoud with arms".
func (a *article) providedWith(s *sentence, w int) []arg {
	for _, k := range s.children(w, "obl") {
		if s.prep(k) == "with" && a.isMateriel(s, k) {
			var out []arg
			for _, o := range s.children(w, "obj") {
				out = append(out, a.argsAt(s, o)...)
			}
			return out
		}
	}
	return nil
}

// sendsTroops: the object of verb w is troops or personnel with no place they go to
// ("have committed troops", "offered a battalion"), not arms, money or aid.
func (a *article) sendsTroops(s *sentence, w int) bool {
	if hasOblique(s, w, "to") || hasOblique(s, w, "into") || hasOblique(s, w, "in") {
		return false
	}
	if s.child(w, "xcomp", "advcl") >= 0 {
		return false // "pledged 2,000 soldiers to fight alongside the Malian army": what for is said
	}
	for _, o := range s.children(w, "obj") {
		if a.lex.in("personnel", s.lemma[o]) && s.child(o, "acl") < 0 {
			return true
		}
	}
	return false
}

// forceNamedLately returns the multinational force or mission named in this sentence or
// the three before it, the one troops are sent to when the text names none.
func (a *article) forceNamedLately(s *sentence) []arg {
	for i := s.i; i >= 0 && i >= s.i-3; i-- {
		ments := a.sents[i].ments
		for k := len(ments) - 1; k >= 0; k-- {
			m := ments[k]
			e := m.ent
			if !e.isActor() || e.isState() || e.isPerson() || m.how == byPronoun {
				continue
			}
			if multinationalForce(e) {
				return []arg{{m, m.conf * 0.8}}
			}
		}
	}
	return nil
}

// multinationalForce: a mission, or a force of several states by its name
// ("International Force for East Timor", "Multinational Joint Task Force"), never a
// state's or a group's own force ("Quds Force", "Rapid Support Force").
func multinationalForce(e *entity) bool {
	if e.agent == "mission" {
		return true
	}
	for _, name := range append([]string{e.node.Name}, e.node.Aliases...) {
		h, n := headOf(name), strings.ToLower(name)
		if h == "mission" || strings.Contains(n, "force") && (strings.Contains(n, "international") || strings.Contains(n, "multinational") || strings.Contains(n, "regional")) {
			return true // by its name or the name its acronym stands for ("Interfet")
		}
	}
	return false
}

// recipientInObject returns the recipient of verb of giving w that the parser made the
// first word of the object's phrase: a state's name with no article before it, in
// "has sold Iraq F-16 jets" or "sent Ukraine tanks" parsed as one noun phrase.
func (a *article) recipientInObject(s *sentence, w int) []arg {
	for _, o := range s.children(w, "obj") {
		c := s.spanStart(o)
		if c < o && s.tag[c] == "PROPN" && s.rel[c] == "compound" && s.at[c] != nil && s.at[c].ent.isState() && a.isMateriel(s, o) {
			return a.argsAt(s, c)
		}
	}
	return nil
}

// readComposition: a verb that tells what a force is made of, with troops "from" an
// actor as its object ("The task force groups troops from Nigeria, Chad and Niger",
// "The mission, which includes soldiers from Kenya, ..."): each actor that sends them
// supports the force. The troops are materiel, the force an actor, not an initiative.
func readComposition(a *article, s *sentence, w int) {
	if s.tag[w] == "VERB" && s.lemma[w] == "draw" {
		a.readDrawnFrom(s, w)
		return
	}
	if s.tag[w] != "VERB" || !a.lex.in("composition", s.lemma[w]) {
		return
	}
	var from []arg
	for _, o := range s.children(w, "obj", "obl") {
		if !a.isMateriel(s, o) || s.rel[o] == "obl" && !approximate(s.prep(o)) {
			continue
		}
		for _, k := range s.children(o, "nmod") {
			if s.prep(k) == "from" {
				from = append(from, a.argsAt(s, k)...)
			}
		}
	}
	for _, sub := range a.subjects(s, w) {
		if sub.m.ent.init != nil {
			continue
		}
		for _, f := range from {
			a.relate(s, w, f, graph.Supports, sub, 0.8, "composition")
		}
	}
}

// readDrawnFrom: "Its troops, drawn from Uganda, Ethiopia, Kenya and Djibouti": the
// states a force's troops are drawn from back the body that owns the troops.
func (a *article) readDrawnFrom(s *sentence, w int) {
	o := s.head[w]
	if o < 0 || s.rel[w] != "acl" || !a.isMateriel(s, o) {
		return
	}
	var from []arg
	for _, k := range s.children(w, "obl") {
		if s.prep(k) == "from" {
			from = append(from, a.argsAt(s, k)...)
		}
	}
	for _, owner := range a.ownerArgs(s, o, 0) {
		if owner.m.ent.isState() || owner.m.ent.init != nil {
			continue // "Kenya's troops, drawn from its police": no body of several
		}
		for _, f := range from {
			if f.m.ent.isState() && f.m.ent != owner.m.ent {
				a.relate(s, w, f, graph.Supports, owner, 0.8, "composition")
			}
		}
	}
}

// approximate: a preposition that the parser may read in a number's adverb ("numbers
// around 3,700 troops", "has about 500 men").
func approximate(prep string) bool {
	switch prep {
	case "around", "about", "over", "some", "nearly", "almost":
		return true
	}
	return false
}

// readVote: a vote in favour endorses what is voted on: the initiative after "of"
// ("Britain voted in favour of the resolution"), or, in a meeting's record, the
// resolution named in this sentence or the three before ("The Council adopted
// resolution 1701. Qatar said it had voted in favour despite reservations").
func readVote(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" || s.lemma[w] != "vote" {
		return
	}
	readBareVote(a, s, w)
	for _, k := range s.children(w, "obl") {
		if s.prep(k) != "in" || s.lemma[k] != "favour" && s.lemma[k] != "favor" {
			continue
		}
		var objects []arg
		for _, n := range s.children(k, "nmod") {
			if s.prep(n) == "of" {
				objects = append(objects, a.argsAt(s, n)...)
			}
		}
		if len(objects) == 0 && s.child(k, "nmod") < 0 {
			if in := a.lastInit; in != nil && in.init.family == "resolution" && a.lastInitSent >= s.i-3 {
				objects = append(objects, arg{&mention{s: s, start: k, end: k + 1, head: k, ent: in, conf: 0.9}, 0.9})
			}
		}
		for _, sub := range a.subjects(s, w) {
			for _, o := range objects {
				if o.m.ent.init != nil {
					a.relate(s, w, sub, graph.Endorses, o, 0.85, "vote")
				}
			}
		}
	}
}

// readWelcomedArrival: a verb of endorsing whose object is a noun of a force's coming
// with the force as its owner ("The two sides welcomed the deployment of the SADC
// Mission", "Tiangaye has welcomed the French deployment"): support for the force.
func readWelcomedArrival(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" || !endorsingVerb(a.verbFrames(s, w)) {
		return
	}
	for _, o := range s.children(w, "obj") {
		if !a.lex.in("arrival", s.lemma[o]) {
			continue
		}
		var forces []arg
		for _, k := range s.kids[o] {
			switch {
			case s.rel[k] == "nmod" && s.prep(k) == "of", s.rel[k] == "nmod:poss", s.rel[k] == "amod" && s.at[k] != nil:
				forces = append(forces, a.argsAt(s, k)...)
			}
		}
		for _, sub := range a.subjects(s, w) {
			for _, f := range forces {
				if f.m.ent.init == nil && f.m.ent.isActor() {
					a.relate(s, w, sub, graph.Supports, f, 0.8, "welcomed arrival")
				}
			}
		}
	}
}

// endorsingVerb: a verb whose frames endorse an initiative it takes as object and say
// nothing of an actor ("welcome", "hail", "applaud").
func endorsingVerb(fs []*frame) bool {
	for _, f := range fs {
		if f.initiative == graph.Endorses && f.actor == "" && slotHas(f.slots, "obj", "") {
			return true
		}
	}
	return false
}

// readSuspension: a verb of suspending whose object is a noun of support with its
// recipient ("The European Union suspended budget support to Ethiopia", "Washington
// froze military aid to Egypt"): a measure against the recipient, like a sanction.
func readSuspension(a *article, s *sentence, w int) {
	lemma := s.lemma[w]
	if p := s.particle(w); p != "" {
		lemma += "_" + p
	}
	if s.tag[w] != "VERB" || !a.lex.in("suspending", lemma) {
		return
	}
	var recipients []arg
	for _, o := range s.children(w, "obj") {
		for _, n := range s.children(o, "nmod") {
			if s.prep(n) == "in" && a.supportNoun(s.lemma[n]) || a.partOf(s, n) == o {
				o = n // "suspended 90m euros in budget support to Ethiopia", "most of its aid to Niger"
			}
		}
		if !a.supportNoun(s.lemma[o]) {
			continue
		}
		// "froze military aid to Egypt"; "halted deliveries of arms to Argentina", with
		// "to Argentina" hung on "arms" or on the verb
		places := s.children(o, "nmod")
		for _, n := range s.children(o, "nmod") {
			places = append(places, s.children(n, "nmod")...)
		}
		places = append(places, s.children(w, "obl")...)
		for _, k := range places {
			if p := s.prep(k); p == "to" || p == "for" {
				recipients = append(recipients, a.argsAt(s, k)...)
			}
		}
	}
	for _, sub := range a.subjects(s, w) {
		for _, r := range recipients {
			if r.m.ent.init == nil {
				a.relate(s, w, sub, graph.Opposes, r, 0.8, "suspension")
			}
		}
	}
}

// supportNoun: a noun of an act of support ("aid", "support", "funding").
func (a *article) supportNoun(lemma string) bool {
	for _, f := range a.lex.frames.nouns[lemma] {
		if f.kind == eventFrame && f.actor == graph.Supports {
			return true
		}
	}
	return false
}

// isMateriel: the noun at o names arms, equipment or troops ("14 Leopard 2A6 tanks",
// "HIMARS rocket launchers", "several hundred soldiers").
func (a *article) isMateriel(s *sentence, o int) bool {
	if a.lex.in("materiel", s.lemma[o]) || a.lex.in("materiel", s.toks[o].lower) {
		return true
	}
	for _, k := range s.children(o, "compound", "conj") {
		if a.lex.in("materiel", s.lemma[k]) {
			return true
		}
	}
	return false
}

// readAdjacent reads a verb of the frames that no other recogniser read in its sentence,
// from the names next to it, when the parse gives it no subject or no object: "X, a
// group of four ..., attacked Y". The subject is the nearest actor before the verb with
// nothing but modifiers, commas and inserted phrases between; the object the nearest
// after it, or after the frame's preposition. Such readings are less sure.
func readAdjacent(a *article, s *sentence, w int) {
	if s.tag[w] != "VERB" || s.passive(w) || bySurprise(s, w) {
		return
	}
	fs := a.lex.frames.verbs[s.lemma[w]]
	if len(fs) == 0 || a.readAt(s, w) {
		return
	}
	sub := a.adjacentBefore(s, w)
	if sub == nil {
		return
	}
	for _, f := range fs {
		if f.sym || f.rev {
			continue
		}
		for _, sl := range f.slots {
			obj := a.adjacentAfter(s, w, sl)
			if obj == nil || s.rel[obj.head] == "iobj" && s.head[obj.head] == w {
				continue // "gave the agreement a guarded welcome": the one given to is not what is given
			}
			if obj.ent.init != nil && f.self && (secondaryPredicate(s, w) || ownedElsewhere(s, w, obj, []arg{{sub, sub.conf}})) {
				continue
			}
			if p := f.predicate(obj.ent.init != nil); p != "" {
				a.relate(s, w, arg{sub, sub.conf}, p, arg{obj, obj.conf}, 0.6, "adjacent "+f.source)
			}
		}
	}
}

// readAt reports whether a relation was read at word w of s.
func (a *article) readAt(s *sentence, w int) bool {
	for i := len(a.found) - 1; i >= 0 && a.found[i].si == s.i; i-- {
		if a.found[i].w == w {
			return true
		}
	}
	return false
}

// adjacentBefore returns the actor mention that stands closest before w in the same
// clause: no verb, no ";" and no other actor between.
func (a *article) adjacentBefore(s *sentence, w int) *mention {
	for k := w - 1; k >= 0 && k >= w-12; k-- {
		if m := s.at[k]; m != nil {
			// not one the parse makes another verb's object ("quitting the bloc ECOWAS,
			// signed a pact"), nor the last of a list that is one ("a resolution put
			// forward by India and Japan called for")
			switch base(s.rel[s.climb(a.phraseTop(s, m), "conj")]) {
			case "obj", "obl", "iobj", "nmod":
				return nil
			}
			if m.ent.isActor() && m.ent.init == nil && (m.end >= w || s.toks[m.end].text != ",") && !a.modifier(s, m) {
				return m
			}
			return nil
		}
		if t := s.toks[k].text; t == ";" || t == ":" || s.tag[k] == "VERB" || s.tag[k] == "SCONJ" || s.toks[k].lower == "that" || s.toks[k].lower == "which" || s.toks[k].lower == "who" {
			return nil
		}
	}
	return nil
}

// phraseTop returns the token that stands for mention m in its clause: its head, or
// the noun of assets it owns ("against regime targets": "targets").
func (a *article) phraseTop(s *sentence, m *mention) int {
	top := m.head
	if h := s.head[top]; h > top && !a.modifier(s, m) && (s.rel[top] == "compound" || s.rel[top] == "amod" || s.rel[top] == "nmod:poss") {
		return h
	}
	return top
}

// modifier: a mention that modifies a noun outside it ("EU aid", "Syrian opposition
// groups") rather than heading its own phrase; an owner of forces or assets stands for
// them ("sanctioned the junta's leaders").
func (a *article) modifier(s *sentence, m *mention) bool {
	h := s.head[m.head]
	switch s.rel[m.head] {
	case "amod", "compound", "nmod:poss":
		return h >= 0 && (h < m.start || h >= m.end) && (s.tag[h] == "NOUN" || s.tag[h] == "PROPN") &&
			!a.lex.in("proxy", s.lemma[h]) && !a.lex.in("force", s.lemma[h])
	}
	return false
}

// ownSubject: a mention the parse makes the subject of a clause of its own ("blocked
// EU aid to Ukraine" with "aid" taken for a verb), unless that clause is what it is
// accused of ("accused France of quietly favouring the rebels").
func ownSubject(s *sentence, m *mention) bool {
	if base(s.rel[m.head]) != "nsubj" {
		return false
	}
	mk := s.child(s.head[m.head], "mark")
	return mk < 0 || s.toks[mk].lower != "of"
}

// adjacentAfter returns the mention that stands first after w, or after the slot's
// preposition, with only articles and modifiers between.
func (a *article) adjacentAfter(s *sentence, w int, sl slot) *mention {
	k := w + 1
	if sl.rel == "obl" {
		if k >= len(s.toks) || s.toks[k].lower != sl.prep {
			return nil
		}
		k++
	} else if sl.rel != "obj" || sl.needs != "" {
		return nil
	}
	for ; k < len(s.toks) && k <= w+5; k++ {
		if m := s.at[k]; m != nil && (a.modifier(s, m) || ownSubject(s, m) || patronOf(s, m)) {
			// "armed the Syrian opposition groups": the groups, not Syria; "struck the
			// al-Qaeda-affiliated al-Shabaab group": al-Shabaab
			return nil
		} else if m != nil {
			return m
		}
		if s.tag[k] != "DET" && s.tag[k] != "ADJ" && s.tag[k] != "NUM" && s.tag[k] != "ADV" {
			return nil
		}
	}
	return nil
}

// patronOf: mention m is joined by a hyphen to a participle that makes it the patron
// of the noun after ("al-Qaeda-affiliated", "Iran-backed").
func patronOf(s *sentence, m *mention) bool {
	return m.end+1 < len(s.toks) && s.toks[m.end].text == "-" && hyphenParticiple(s.toks[m.end+1])
}

// readUnderCommand: "the Sri Lanka Army, under the command of Lieutenant General
// Sarath Fonseka": the person commands the body the phrase is said of, or the subject
// of the verb it modifies.
func readUnderCommand(a *article, s *sentence, n int) {
	if s.tag[n] != "NOUN" || s.prep(n) != "under" || s.lemma[n] != "command" && s.lemma[n] != "leadership" {
		return
	}
	people := a.commanders(s, n)
	h := s.head[n]
	if len(people) == 0 || h < 0 {
		return
	}
	var bodies []arg
	if s.tag[h] == "VERB" {
		// "arrived in Goma under the command of X": a body the subject names, not a
		// state its demonym names
		for _, b := range a.subjects(s, h) {
			if !b.m.ent.isState() && b.m.how == byName {
				bodies = append(bodies, b)
			}
		}
	} else {
		bodies = a.argsAt(s, h)
	}
	for _, b := range bodies {
		if b.m.ent.isState() {
			// "Ukrainian troops, under the command of General X": the state's army
			b = arg{&mention{s: s, ent: a.armyOfCommander(b.m.ent, ""), conf: b.m.conf}, b.conf}
		}
		for _, p := range people {
			if !b.m.ent.isPerson() && b.m.ent.init == nil {
				a.relate(s, n, p, graph.Leads, b, 0.85, "under command")
			}
		}
	}
}

// readMediation: "mediate" with no object names a mediation, which its subject puts
// forward ("Angola's President João Lourenço has offered to mediate"); so does
// "mediator" said of an actor ("Kuwait, the main mediator in the dispute").
func readMediation(a *article, s *sentence, w int) {
	m := s.at[w]
	if m == nil || m.ent.init == nil || m.head != w {
		return
	}
	if s.tag[w] == "NOUN" && s.lemma[w] == "mediator" {
		for _, sub := range a.namedBy(s, w) {
			a.relate(s, w, sub, graph.Proposes, arg{m, m.conf}, 0.8, "mediation")
		}
		return
	}
	if s.tag[w] != "VERB" {
		return
	}
	for _, sub := range a.subjects(s, w) {
		a.relate(s, w, sub, graph.Proposes, arg{m, m.conf}, 0.85, "mediation")
	}
}

// commanders returns the people an "of" phrase of the noun at n names ("the command
// of General X").
func (a *article) commanders(s *sentence, n int) []arg {
	var people []arg
	for _, k := range s.children(n, "nmod") {
		if s.prep(k) != "of" {
			continue
		}
		for _, p := range a.argsAt(s, k) {
			if p.m.ent.isPerson() {
				people = append(people, p)
			}
		}
		if m := s.at[k]; m != nil && m.leader != nil && m.leader.isPerson() {
			people = append(people, arg{&mention{s: s, ent: m.leader, conf: m.conf}, m.conf})
		}
	}
	return people
}

// readNoInitiative: "Mende said there could be no talks with the M23", "Burhan said
// there would be no return to the Jeddah talks": whoever says that there is to be no
// initiative rejects it.
func readNoInitiative(a *article, s *sentence, n int) {
	d := s.child(n, "det")
	if s.tag[n] != "NOUN" || d < 0 || s.toks[d].lower != "no" {
		return
	}
	c := existentialClause(s, n)
	if c < 0 {
		return
	}
	r := s.head[c]
	if s.rel[c] != "ccomp" || r < 0 || !a.lex.in("reporting", s.lemma[r]) {
		return
	}
	var inits []arg
	if m := s.at[n]; m != nil && m.ent.init != nil {
		inits = append(inits, arg{m, m.conf})
	}
	for _, k := range s.children(n, "nmod") {
		if p := s.prep(k); p == "to" || p == "of" {
			for _, o := range a.argsAt(s, k) {
				if o.m.ent.init != nil {
					inits = append(inits, o) // "no return to the Jeddah talks"
				}
			}
		}
	}
	for _, sub := range a.subjects(s, r) {
		for _, o := range inits {
			a.relate(s, r, sub, graph.Rejects, o, 0.8, "no initiative")
		}
	}
}

// readProposedAct: the subject of a verb of proposing puts forward the act its gerund
// names ("The ICGLR proposed deploying a neutral force along the border").
func readProposedAct(a *article, s *sentence, w int) {
	v := s.head[w]
	if s.tag[w] != "VERB" || v < 0 || s.rel[w] != "xcomp" || !strings.HasSuffix(s.toks[w].lower, "ing") || !a.proposingVerb(s.lemma[v]) {
		return
	}
	m := s.at[w]
	if m == nil || m.ent.init == nil || m.start != w {
		// "proposed holding talks in Cairo": the initiative the gerund's object names
		m = nil
		if o := s.child(w, "obj"); o >= 0 && s.at[o] != nil && s.at[o].ent.init != nil {
			m = s.at[o]
		}
	}
	if m == nil {
		return
	}
	for _, sub := range a.subjects(s, v) {
		a.relate(s, v, sub, graph.Proposes, arg{m, m.conf}, 0.85, "proposed act")
	}
}

// readSameAct: "followed suit", "did so", "had done the same" after an act told just
// before ("Britain recognised Bangladesh on Monday. France followed suit"): the
// subject did what the last clause's subject did, to the same object.
func readSameAct(a *article, s *sentence, w int) {
	var subjects []arg
	switch {
	case s.tag[w] == "VERB" && sameActVerb(s, w):
		subjects = a.subjects(s, w)
	case soDid(s, w):
		subjects = a.soDidSubjects(s, w) // "So did Israel and El Salvador"
	default:
		return
	}
	last := a.lastActRead(s, w)
	for _, sub := range subjects {
		for _, f := range last {
			if f.o == sub.m.ent || f.s == sub.m.ent {
				continue
			}
			o := arg{&mention{s: s, start: w, end: w + 1, head: w, ent: f.o, conf: 0.8, how: byDescription}, 0.8}
			a.relate(s, w, sub, f.p, o, 0.75, "same act")
		}
	}
}

// soDid: "So did X", "So has X" open the sentence at w-1: X did as told before.
func soDid(s *sentence, w int) bool {
	if w != 1 || s.toks[0].lower != "so" {
		return false
	}
	switch s.toks[w].lower {
	case "did", "does", "do", "has", "have", "had":
		return true
	}
	return false
}

// soDidSubjects returns the actors "So did X and Y" names after the auxiliary at w: the
// noun phrase the parser hangs on it, with the names it lists ("six Caribbean nations,
// among them Jamaica, Barbados and Dominica").
func (a *article) soDidSubjects(s *sentence, w int) []arg {
	for _, k := range s.kids[w] {
		if k > w && (s.rel[k] == "obj" || base(s.rel[k]) == "nsubj") {
			return a.argsAt(s, k)
		}
	}
	return nil
}

// sameActVerb: the verb at w says its subject did what was told before: "followed
// suit", "did so", "had done the same", "did likewise".
func sameActVerb(s *sentence, w int) bool {
	switch s.lemma[w] {
	case "follow":
		o := s.child(w, "obj")
		return o >= 0 && s.toks[o].lower == "suit"
	case "do":
		for _, k := range s.kids[w] {
			if l := s.toks[k].lower; k > w && (l == "so" || l == "likewise" || l == "same" && s.rel[k] == "obj") {
				return true
			}
		}
	}
	return false
}

// lastActRead returns the relations of stance or support, asserted, read in the clause
// before w: in this sentence before it, else in the sentence before. None when they
// were read at more than one word there ("recognized the MPLA government, denounced
// South African intervention and pledged $20 million to Luanda. Mozambique had done
// so": which act is done again is not said).
func (a *article) lastActRead(s *sentence, w int) []found {
	var out []found
	si := -1
	for i := len(a.found) - 1; i >= 0 && a.found[i].si >= s.i-1; i-- { // read in the order of the sentences
		f := a.found[i]
		if f.si > s.i || f.si == s.i && f.w >= w || f.mod != graph.Asserted || f.p == graph.Leads {
			continue
		}
		if f.si > si {
			si, out = f.si, nil
		}
		if f.si == si {
			out = append(out, f)
		}
	}
	for _, f := range out {
		if f.w != out[0].w {
			return nil
		}
	}
	return out
}
