package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// mentions finds every actor and initiative mention of a sentence, left to right.
func (d *docState) mentions(si int) []mention {
	d.current = si
	toks := d.sents[si].toks
	var out []mention
	cls := d.lex.classes
	// initiativeEnd is the end of an initiative noun at k, or k: not when it modifies
	// a word for a backer ("its treaty ally")
	initiativeEnd := func(k int) int {
		e := cls["initiative"].match(toks, k)
		if e > k && e < len(toks) && cls["backer"].match(toks, e) > e {
			return k
		}
		return e
	}
	push := func(m mention) {
		// "Government of National Accord (GNA)": one mention
		if m.end+2 < len(toks) && toks[m.end].text == "(" && toks[m.end+2].text == ")" {
			if e, _, end := d.lookup(toks, m.end+1); e == m.ent && end == m.end+2 {
				m.end += 3
			}
		}
		// "Libya's internationally recognised government Government of National Accord"
		if n := len(out); n > 0 && out[n-1].ent == m.ent && out[n-1].end == m.start {
			out[n-1].end = m.end
			return
		}
		out = append(out, m)
		if m.ent.node.Kind == graph.KindPerson && m.ent != d.lastPerson {
			d.prevPerson, d.lastPerson = d.lastPerson, m.ent
		}
	}
	// prev returns the last mention if it ends at i (or at i-1 before a possessive 's).
	prev := func(i int) (mention, bool) {
		if len(out) == 0 {
			return mention{}, false
		}
		m := out[len(out)-1]
		if m.end == i || m.end == i-1 && toks[i-1].lower == "'s" {
			return m, true
		}
		return mention{}, false
	}
	placeEnd := -10 // index of the last token of the last place name
	for i := 0; i < len(toks); {
		if n := len(out); n > 0 && i < out[n-1].end {
			i = out[n-1].end // inside a mention that push extended: "X (ACR)"
			continue
		}
		t := toks[i]
		// "both sides", "the warring parties": the two sides of the article's war
		if e := sidesPhrase(toks, i); e > i {
			push(mention{start: i, end: e, ent: d.sidesEntity()})
			i = e
			continue
		}
		// "welcomed it": the last initiative
		if m, ok := d.pronounInitiative(toks, si, i); ok {
			push(m)
			i++
			continue
		}
		// in an interview's answers, "we", "us" and "our" are the interviewee's side
		if d.interviewee != nil && d.answers[si] && (t.lower == "we" || t.lower == "us" || t.lower == "our") {
			push(mention{start: i, end: i + 1, ent: d.interviewee, possessive: t.lower == "our"})
			i++
			continue
		}
		// pronouns that refer to the last person named: "his ally", "he said"
		if (t.lower == "his" || t.lower == "her" || t.lower == "whose" && len(out) > 0 && out[len(out)-1].ent == d.lastPerson) && d.lastPerson != nil {
			// "his government": what the person leads
			if e := cls["government"].match(toks, i+1); e > i+1 && d.lastPerson.owner != nil && toks[i+1].lower != "forces" {
				owner := d.lastPerson.owner
				if gov := d.govOf[owner]; gov != nil {
					owner = gov
				}
				start := i
				if t.lower == "whose" {
					start++ // "X, whose government hosted": "whose" stays, so X and it are no list
				}
				push(mention{start: start, end: e, ent: owner})
				i = e
				continue
			}
			if t.lower != "whose" {
				push(mention{start: i, end: i + 1, ent: d.lastPerson, possessive: true})
				i++
				continue
			}
		}
		if (t.lower == "he" || t.lower == "she" || t.lower == "him") && d.lastPerson != nil {
			p := d.lastPerson
			// "Volker Perthes, whom he accused": not Perthes
			if i >= 3 && (toks[i-1].lower == "whom" || toks[i-1].lower == "who") && toks[i-2].text == "," && len(out) > 0 &&
				out[len(out)-1].ent == p && out[len(out)-1].end == i-2 && d.prevPerson != nil {
				p = d.prevPerson
			}
			push(mention{start: i, end: i + 1, ent: p})
			i++
			continue
		}
		// "its", "their": an organisation or state named before
		if t.lower == "its" && i+1 < len(toks) {
			if ent := d.antecedent(si, out); ent != nil {
				push(mention{start: i, end: i + 1, ent: ent, possessive: true})
				i++
				continue
			}
		}
		// "the group", "the rebels", "the militia": the last armed group named
		if t.lower == "the" && i+1 < len(toks) && !toks[i+1].upper {
			if e, end := d.groupReference(toks, si, i+1); e != nil {
				push(mention{start: i, end: end, ent: e})
				i = end
				continue
			}
		}
		// an object pronoun after a verb that acts on an actor: "the Houthis drove it from
		// Sanaa" (it: the actor named before the verb's subject), "GNA forces drove them
		// from the suburbs" (them: the subject of the sentence before)
		if (t.lower == "it" || t.lower == "them") && i > 1 && actsOn(toks[i-1].lower) {
			if e := d.objectPronoun(si, out, t.lower == "them"); e != nil {
				push(mention{start: i, end: i + 1, ent: e})
				i++
				continue
			}
		}
		// "X signed it, days after they put their names to it": after a conjunction of
		// time or cause, "they" is the sentence's subject
		if t.lower == "they" && i > 1 && isClauseLink(toks[i-1].lower) && len(out) > 0 && out[0].start <= 1 &&
			out[0].ent.node.Kind.IsActor() && out[0].ent.node.Kind != graph.KindPerson {
			push(mention{start: i, end: i + 1, ent: out[0].ent})
			i++
			continue
		}
		// "It said...", "They attacked...": at the start of a sentence, the subject of
		// the sentence before, when that was an organisation, group or state
		if i == 0 && (t.lower == "it" || t.lower == "they") && len(toks) > 1 && toks[1].word && !toks[1].upper {
			if e := d.previousSubject(si); e != nil {
				push(mention{start: 0, end: 1, ent: e})
				i = 1
				continue
			}
		}
		// "the warlord": the person introduced with that title
		if t.lower == "the" && i+1 < len(toks) {
			if p := d.personByRole(toks[i+1].lower); p != nil && (i+2 >= len(toks) || !toks[i+2].upper) {
				push(mention{start: i, end: i + 2, ent: p})
				i += 2
				continue
			}
		}
		// a known name: the article's own or the lexicon's
		if ent, how, end := d.lookup(toks, i); ent != nil {
			// "the people of Myanmar": its population, not its government
			population := ent.node.Kind == graph.KindState && i >= 2 && toks[i-1].lower == "of" &&
				(toks[i-2].lower == "people" || toks[i-2].lower == "citizens" || toks[i-2].lower == "population" || toks[i-2].lower == "civilians")
			if population {
				i = end
				continue
			}
			// "NAIROBI, 4 November": a capital in capitals is a dateline, a place
			dateline := how == byCapital && isAllCaps(t.text) && len(t.text) > 3
			if dateline {
				i = end
				continue
			}
			continues := i > 0 && i-1 == placeEnd+1 && (toks[i-1].text == "," || toks[i-1].lower == "and") || i == placeEnd+2 && toks[i-1].lower == "and" && toks[i-2].text == ","
			if ent.node.Kind == graph.KindState && (d.isPlace(toks, i) || continues || how == byCapital && i > 0 && isPreposition(toks[i-1].lower) && !givenTo(toks, i-1)) &&
				!(end < len(toks) && (toks[end].lower == "'s" || cls["government"].match(toks, end) > end)) {
				placeEnd = end - 1
				i = end // "in Cairo", "across eastern Libya", "Baku, Moscow and Ankara": places
				continue
			}
			m := d.extend(toks, mention{start: i, end: end, ent: ent, how: how}, how)
			// "Libya's Sarraj": the person, not the state
			if m.end+1 < len(toks) && toks[m.end].lower == "'s" && ent.node.Kind != graph.KindPerson {
				if p, _, pend := d.lookup(toks, m.end+1); p != nil && p.node.Kind == graph.KindPerson {
					m = mention{start: i, end: pend, ent: p}
				}
			}
			// a title after the name: "Egyptian President Abdel Fattah al Sisi"
			if e := cls["role"].match(toks, m.end); e > m.end && ent.node.Kind != graph.KindPerson {
				if p, _, pend := d.lookup(toks, e); p != nil && p.node.Kind == graph.KindPerson {
					m = mention{start: i, end: pend, ent: p}
				}
			}
			// an initiative named after its proposer: "the Egyptian proposals"
			if e := initiativeEnd(m.end); e > m.end && m.ent.node.Kind.IsActor() && m.ent.node.Kind != graph.KindPerson || e > m.end && m.end < len(toks) && toks[m.end].lower == "'s" {
				push(m)
				m = d.initiativeAt(toks, si, m.end, e, &out)
				d.ownedProposal(si, m)
			} else if m.end < len(toks) && toks[m.end].lower == "'s" {
				if e := initiativeEnd(m.end + 1); e > m.end+1 {
					push(m)
					m = d.initiativeAt(toks, si, m.end+1, e, &out)
					d.ownedProposal(si, m)
				}
			}
			push(m)
			i = m.end
			continue
		}
		// TITLE Name: the person, with the title's owner before it folded in
		if end := cls["role"].match(toks, i); end > i {
			if p, _, nameEnd := d.lookup(toks, end); p != nil && p.node.Kind == graph.KindPerson {
				start := i
				if m, ok := prev(i); ok && m.ent.node.Kind != graph.KindPerson {
					out = out[:len(out)-1]
					start = m.start
				}
				push(mention{start: start, end: nameEnd, ent: p})
				i = nameEnd
				continue
			}
		}
		// FORCES of [the] [adjective] X: "the militia of retreating warlord Khalifa Haftar"
		if end := cls["force"].match(toks, i); end > i && end < len(toks) && toks[end].lower == "of" {
			if m, ok := d.actorAfter(toks, end+1); ok {
				ent := m.ent
				if ent.node.Kind == graph.KindPerson {
					ent = d.forcesOf(ent)
				}
				push(mention{start: i, end: m.end, ent: ent})
				i = m.end
				continue
			}
		}
		// initiatives: "a ceasefire", "the Egyptian proposals", "X's peace plan"
		if end := initiativeEnd(i); end > i {
			m := d.initiativeAt(toks, si, i, end, &out)
			push(m)
			d.ownedProposal(si, m)
			i = m.end
			continue
		}
		// bare government words: "government forces", "the government"
		if end := cls["government"].match(toks, i); end > i && toks[i].lower == "government" && (i == 0 || !isPossessor(toks[i-1].lower)) {
			if gov := d.soleGovernment(); gov != nil {
				if e2 := cls["force"].match(toks, end); e2 > end {
					end = e2
				}
				push(mention{start: i, end: end, ent: gov})
				i = end
				continue
			}
		}
		i++
	}
	return out
}

// extend grows a mention over what follows it: "Haftar's forces" (the person's forces),
// "Libyan army" (the state's government where the article named one), "GNA forces'
// spokesman" (the GNA speaking).
func (d *docState) extend(toks []token, m mention, how how) mention {
	cls := d.lex.classes
	j := m.end
	if j < len(toks) && (toks[j].lower == "'s" || toks[j].text == "'") {
		j++
	}
	if e := cls["government"].match(toks, j); e > j && j > m.end && m.ent.node.Kind == graph.KindPerson && toks[j].lower != "forces" && toks[j].lower != "army" && toks[j].lower != "military" && toks[j].lower != "troops" {
		// "Sarraj's government": what he leads, known once the article is read
		m.ent, m.end = d.governmentOf(m.ent), e
		return m
	}
	if e := cls["force"].match(toks, j); e > j {
		switch {
		case m.ent.node.Kind == graph.KindPerson:
			m.ent = d.forcesOf(m.ent)
		case m.ent.node.Kind == graph.KindState && d.govOf[m.ent] != nil && cls["government"].match(toks, j) > j:
			m.ent = d.govOf[m.ent]
		}
		m.end = e
	} else if e := cls["government"].match(toks, j); e > j && m.ent.node.Kind == graph.KindState {
		if gov := d.govOf[m.ent]; gov != nil {
			m.ent = gov
		}
		m.end = e
	}
	// "... forces' spokesman": the body speaks
	j = m.end
	if j < len(toks) && (toks[j].lower == "'s" || toks[j].text == "'") {
		j++
	}
	if e := cls["spokesperson"].match(toks, j); e > j && m.ent.node.Kind != graph.KindPerson {
		if p, _, _ := d.lookup(toks, e); p == nil || p.node.Kind != graph.KindPerson {
			m.end = e
		}
	}
	_ = how
	return m
}

// actorAfter reads the actor named at toks[i], allowing "the" and up to two lower-case
// words before it ("of retreating warlord Khalifa Haftar").
func (d *docState) actorAfter(toks []token, i int) (mention, bool) {
	for skip := 0; skip <= 3 && i < len(toks); skip++ {
		if end := d.lex.classes["role"].match(toks, i); end > i {
			if p, _, nameEnd := d.lookup(toks, end); p != nil && p.node.Kind == graph.KindPerson {
				return mention{start: i, end: nameEnd, ent: p}, true
			}
		}
		if ent, _, end := d.lookup(toks, i); ent != nil && ent.node.Kind.IsActor() {
			return mention{start: i, end: end, ent: ent}, true
		}
		if toks[i].upper || !toks[i].word {
			break
		}
		i++
	}
	return mention{}, false
}

// isPlace reports whether the name at toks[i] stands after a locative preposition,
// possibly with adjectives between: "in Cairo", "in eastern and central Libya".
func (d *docState) isPlace(toks []token, i int) bool {
	loc := d.lex.classes["locative"]
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if loc.match(toks, k) > k {
			return !aimedAt(toks, k)
		}
		if !isPlaceModifier(toks[k]) {
			return false
		}
	}
	return false
}

// aimedAt reports whether the locative at toks[k] follows a weapon fired or aimed
// ("fired rockets at Israel"): what comes after it is a target, not a place.
func aimedAt(toks []token, k int) bool {
	if w := toks[k].lower; w != "at" && w != "into" && w != "over" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].lower {
		case "fired", "fires", "fire", "firing", "launched", "launches", "lobbed", "aimed", "rockets", "missiles", "drones", "shells", "artillery":
			return true
		}
	}
	return false
}

// isPlaceModifier reports whether a word may stand between a locative and a place
// name: "in eastern and central Libya", "across war-torn Yemen".
func isPlaceModifier(t token) bool {
	w := t.lower
	switch {
	case t.upper || !t.word:
		return t.text == "-"
	case w == "the" || w == "and" || w == "or" || w == "of":
		return true
	case strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "eastern") || strings.HasSuffix(w, "western"):
		return true // eastern, northwestern
	}
	switch w {
	case "central", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "neighbouring",
		"neighboring", "war", "torn", "held", "occupied", "controlled", "rebel", "government", "mainland", "coastal",
		"rural", "upper", "lower", "greater", "mid", "inland", "parts", "part", "areas", "much", "most", "all":
		return true
	}
	return false
}

func (d *docState) personByRole(role string) *entity {
	for k := len(d.ents) - 1; k >= 0; k-- {
		if e := d.ents[k]; e.node.Kind == graph.KindPerson && e.roleNoun == role {
			return e
		}
	}
	return nil
}

// soleGovernment is the government the article named, if it named exactly one.
func (d *docState) soleGovernment() *entity {
	var gov *entity
	for _, g := range d.govOf {
		if gov != nil && gov != g {
			return nil
		}
		gov = g
	}
	return gov
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}

// relations matches the patterns against sentence si and emits what they find.
func (d *docState) relations(si int) {
	toks := d.sents[si].toks
	ms := d.sentMentions[si]
	// encode the row
	var row []token
	var b strings.Builder
	offsets := []int{} // byte offset in the encoding of each row token
	k := 0
	for i := 0; i < len(toks); {
		for k < len(ms) && ms[k].start < i {
			k++ // overlaps the mention before it
		}
		if k < len(ms) && ms[k].start == i {
			kind := "A"
			if ms[k].ent.node.Kind == graph.KindInitiative {
				kind = "I"
			}
			form := "@" + kind + strconv.Itoa(k)
			offsets = append(offsets, b.Len())
			row = append(row, token{lower: form})
			b.WriteString(" " + form + " ")
			if ms[k].possessive {
				offsets = append(offsets, b.Len())
				row = append(row, token{lower: "'s"})
				b.WriteString(" 's ")
			}
			i = ms[k].end
			k++
			continue
		}
		// "the" before a mention is left out of the row, so that every rule reads
		// "backed by the United Nations" as "backed by X" whether it says "the?" or not
		if toks[i].lower == "the" && k < len(ms) && ms[k].start == i+1 {
			i++
			continue
		}
		offsets = append(offsets, b.Len())
		t := toks[i]
		t.lower = rowForm(t.lower)
		row = append(row, t)
		b.WriteString(" " + t.lower + " ")
		i++
	}
	enc := b.String()
	if len(ms) < 2 {
		return // every rule relates two mentions
	}
	rowWords := make([]string, len(row))
	for i, t := range row {
		rowWords[i] = t.lower
	}
	words := d.lex.anchors.bits(rowWords)
	hasInit, actors := false, 0
	for _, m := range ms {
		if m.ent.node.Kind == graph.KindInitiative {
			hasInit = true
		} else {
			actors++
		}
	}
	// tokenAt maps a byte offset of the row to the index of the token that holds it
	tokenAt := func(off int) int {
		return sort.Search(len(offsets), func(i int) bool { return offsets[i] > off }) - 1
	}
	// hedges and attributions are found once per row, so that each match asks in
	// constant time; prefix counts, index i counting phrases that start before i
	hedges, attribs := make([]int, len(row)+1), make([]int, len(row)+1)
	h, a := d.lex.classes["hedge"], d.lex.classes["attribution"]
	for i := range row {
		hedges[i+1], attribs[i+1] = hedges[i], attribs[i]
		if h.match(row, i) > i {
			hedges[i+1]++
		}
		if a.match(row, i) > i {
			attribs[i+1]++
		}
	}
	// hedged: a hedge before the match's end, or an attribution outside the relation
	// proper, which runs from its subject (from) to the match's end: "accuses Rwanda
	// of arming the M23" is the accuser's claim
	hedged := func(first, from, last int) bool {
		inside := attribs[last+1] - attribs[max(first, from)]
		return hedges[last+1] > 0 || attribs[len(row)]-inside > 0
	}
	for i := range d.lex.rules {
		r := &d.lex.rules[i]
		// a rule about initiatives needs one in the row, and two actors otherwise;
		// most rules match no row, and asking without capturing the slots is cheaper
		if !r.mayMatch(words) || r.actorP == "" && !hasInit || r.initP == "" && actors < 2 || !r.re.MatchString(enc) {
			continue
		}
		for _, loc := range r.re.FindAllStringSubmatchIndex(enc, -1) {
			first, last := tokenAt(loc[0]), tokenAt(max(loc[0], loc[1]-1))
			if !r.keepNeg && d.negated(row, first, last, *r, loc, tokenAt) {
				continue
			}
			mod := graph.Asserted
			// who leads whom is a fact of the story, not what an accuser claims: an
			// accusation elsewhere in the sentence does not make it reported
			// an active relation runs from its subject; a passive one ("Y was accused by
			// X") from the start of the match, the accusation being X's own act
			from := first
			if r.sIdx >= 0 && loc[2*r.sIdx] >= 0 && (r.oIdx < 0 || loc[2*r.oIdx] < 0 || loc[2*r.sIdx] < loc[2*r.oIdx]) {
				from = tokenAt(loc[2*r.sIdx])
			}
			if r.actorP == graph.Leads && hedges[last+1]-hedges[first] > 0 || r.actorP != graph.Leads && hedged(first, from, last) {
				mod = graph.Reported
			}
			slot := func(idx int) []*entity {
				if idx < 0 || loc[2*idx] < 0 {
					return nil
				}
				var out []*entity
				for _, f := range mentionsIn(enc[loc[2*idx]:loc[2*idx+1]]) {
					n, _ := strconv.Atoi(f[2:])
					out = append(out, ms[n].ent)
				}
				return out
			}
			subs, objs := append(slot(r.sIdx), slot(r.tIdx)...), slot(r.oIdx)
			if both := slot(r.bIdx); len(both) > 1 || len(both) == 1 && both[0] == d.sides {
				subs, objs = both, both
			}
			for _, s := range subs {
				for _, o := range objs {
					d.relate(si, s, *r, o, mod)
				}
			}
		}
	}
}

func (d *docState) relate(si int, s *entity, r rule, o *entity, mod graph.Modality) {
	if !s.node.Kind.IsActor() || s == o && s != d.sides {
		return
	}
	p := r.actorP
	if o.node.Kind == graph.KindInitiative {
		p = r.initP
	}
	if p == "" {
		return
	}
	if p == graph.Leads && s.node.Kind != graph.KindPerson {
		return
	}
	// a body and its own forces are one side, not allies or enemies
	if s.forces == o || o.forces == s {
		return
	}
	d.emit(si, s, p, o, mod, r.file+":"+strconv.Itoa(r.line))
}

// negated reports whether a negator stands within the matched words, outside the
// subject and object: "Russia did not back Serbia". Words before the match are not
// read: in "left without signing a deal drafted by Russia", the negation is Haftar's.
func (d *docState) negated(row []token, first, last int, r rule, loc []int, tokenAt func(int) int) bool {
	neg := d.lex.classes["negator"]
	var slots [][2]int
	for _, idx := range []int{r.sIdx, r.oIdx, r.bIdx, r.tIdx} {
		if idx >= 0 && loc[2*idx] >= 0 {
			slots = append(slots, [2]int{tokenAt(loc[2*idx]), tokenAt(max(loc[2*idx], loc[2*idx+1]-1))})
		}
	}
	inSlot := func(i int) bool {
		for _, sl := range slots {
			if i >= sl[0] && i <= sl[1] {
				return true
			}
		}
		return false
	}
	for i := first; i <= last; i++ {
		if !inSlot(i) && neg.match(row, i) > i && !closedBefore(row, i, last) {
			return true
		}
	}
	return false
}

// closedBefore reports whether the clause of the negator at row[i] ends before row[last]:
// "X did not take up the offer, announcing instead its own pause" does not negate
// the announcing. A comma followed by a participle or "but", or "but" alone, ends it.
func closedBefore(row []token, i, last int) bool {
	for k := i + 1; k < last; k++ {
		w := row[k].lower
		if w == "but" || w == "instead" || row[k].text == "," && k+1 <= last && (strings.HasSuffix(row[k+1].lower, "ing") || row[k+1].lower == "but") {
			return true
		}
	}
	return false
}

// isPossessor reports whether w makes the government after it someone's in particular.
func isPossessor(w string) bool {
	switch w {
	case "'s", "'", "his", "her", "its", "their", "whose", "our", "my", "your":
		return true
	}
	return false
}

func isCopula(w string) bool {
	switch w {
	case "is", "was", "are", "were", "remains", "remained", "has", "had", "have", "became", "becomes", "'s":
		return true
	}
	return false
}

// givenTo reports whether the "to" at toks[k] says whom something is given, sold or
// pledged: "an arms supplier to Baku", "aid to Kyiv", "close to Moscow". The capital
// after it is then its government.
func givenTo(toks []token, k int) bool {
	if toks[k].lower == "of" && k > 0 {
		// "a longtime ally of Bogota", "the main backer of Damascus"
		switch toks[k-1].lower {
		case "ally", "allies", "backer", "backers", "patron", "patrons", "supporter", "supporters", "partner",
			"partners", "enemy", "enemies", "rival", "rivals", "foe", "foes", "critic", "critics", "friend", "friends", "adversary":
			return true
		}
		return false
	}
	if toks[k].lower != "to" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].lower {
		case "supplier", "suppliers", "arms", "weapons", "aid", "support", "backing", "ally", "allies", "loyal",
			"close", "closer", "ties", "sold", "sells", "supplied", "supplies", "delivered", "loans", "assistance", "sales", "allegiance":
			return true
		}
	}
	return false
}

// isPreposition reports whether a capital after w names a city, not a government:
// "an offensive on Tripoli", "left for Moscow".
func isPreposition(w string) bool {
	switch w {
	case "in", "on", "at", "to", "from", "into", "toward", "towards", "near", "outside", "around", "across", "over",
		"through", "via", "beyond", "of", "for", "left", "leave", "leaves", "leaving", "reached", "entered", "visited", "visit":
		return true
	}
	return false
}

// antecedent finds what "its" or "their" refers to: the last organisation, group or
// state mentioned, passing over the last one of the current sentence, which is
// usually the subject the pronoun is set against ("Turkey is its main backer").
func (d *docState) antecedent(si int, current []mention) *entity {
	toks := d.sents[si].toks
	skipped := false
	for k := len(current) - 1; k >= 0; k-- {
		m := current[k]
		e := m.ent
		if !e.node.Kind.IsActor() || e.node.Kind == graph.KindPerson {
			continue
		}
		if !skipped && m.end < len(toks) && isCopula(toks[m.end].lower) && toks[m.end].lower != "'s" {
			skipped = true // "Turkey is by far its main backer": not Turkey
			continue
		}
		if !skipped && k == len(current)-1 && m.end+1 < len(toks) && toks[m.end].text == "," && toks[m.end+1].lower == "its" {
			// "Armenia belongs to the CSTO, and Russia, its treaty ally": the apposition
			// describes Russia, and "its" is the sentence's subject
			if first := current[0].ent; first != e && first.node.Kind.IsActor() && first.node.Kind != graph.KindPerson && current[0].start == 0 {
				return first
			}
			skipped = true
			continue
		}
		return e
	}
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		ms := d.sentMentions[s]
		for k := len(ms) - 1; k >= 0; k-- {
			if e := ms[k].ent; e.node.Kind.IsActor() && e.node.Kind != graph.KindPerson {
				if skipped || len(current) == 0 {
					return e
				}
				return e
			}
		}
	}
	return nil
}

// ownedProposal records that "Egypt's proposal" was proposed by Egypt: the words say so.
func (d *docState) ownedProposal(si int, m mention) {
	if in := m.ent.init; in != nil && in.owned && in.proposer != nil && !d.negatedAround(si, m) {
		d.emit(si, in.proposer, graph.Proposes, m.ent, graph.Asserted, "owned proposal")
	}
}

// negatedAround reports whether a negator stands just before a mention: "no Egyptian
// proposal".
func (d *docState) negatedAround(si int, m mention) bool {
	toks := d.sents[si].toks
	neg := d.lex.classes["negator"]
	for k := max(0, m.start-2); k < m.start; k++ {
		if neg.match(toks, k) > k || toks[k].lower == "no" {
			return true
		}
	}
	return false
}

// governmentOf stands for "X's government", X a person: after matching, it becomes what
// the article says X leads, or the state X holds office in (see resolveGovernments).
func (d *docState) governmentOf(p *entity) *entity {
	for _, e := range d.ents {
		if e.govLeader == p {
			return e
		}
	}
	g := &entity{node: graph.Node{ID: graph.Slug(p.node.Name + " government"), Name: p.node.Name + "'s government", Kind: graph.KindGovernment}, govLeader: p}
	d.ents = append(d.ents, g)
	return g
}

// resolveGovernments replaces each "X's government" by what X leads, where known.
func (d *docState) resolveGovernments() {
	repl := map[*entity]*entity{}
	for _, g := range d.ents {
		if g.govLeader == nil {
			continue
		}
		for _, f := range d.found {
			if f.s == g.govLeader && f.p == graph.Leads && f.o != g {
				repl[g] = f.o
				break
			}
		}
		if repl[g] == nil && g.govLeader.owner != nil {
			repl[g] = g.govLeader.owner
		}
		if r := repl[g]; r != nil && d.govOf[r] != nil {
			repl[g] = d.govOf[r]
		}
	}
	for k, f := range d.found {
		if r := repl[f.s]; r != nil {
			d.found[k].s = r
		}
		if r := repl[f.o]; r != nil {
			d.found[k].o = r
		}
	}
}

// sidesPhrase returns the end of "both sides", "the two sides", "the warring parties"
// at toks[i], or i.
func sidesPhrase(toks []token, i int) int {
	w := func(k int) string {
		if k < len(toks) {
			return toks[k].lower
		}
		return ""
	}
	switch {
	case (w(i) == "both" || w(i) == "the") && (w(i+1) == "sides" || w(i+1) == "parties" || w(i+1) == "belligerents") && w(i+2) != "of":
		return i + 2
	case w(i) == "the" && (w(i+1) == "two" || w(i+1) == "warring" || w(i+1) == "rival") && (w(i+2) == "sides" || w(i+2) == "parties" || w(i+2) == "camps"):
		return i + 3
	case w(i) == "the" && w(i+1) == "two" && w(i+2) == "warring" && (w(i+3) == "sides" || w(i+3) == "parties"):
		return i + 4
	}
	return i
}

// sidesEntity stands for the two sides of the article's war until they are known.
func (d *docState) sidesEntity() *entity {
	if d.sides == nil {
		d.sides = &entity{node: graph.Node{ID: "both-sides", Name: "both sides", Kind: graph.KindGroup}}
		d.ents = append(d.ents, d.sides)
	}
	return d.sides
}

// resolveSides replaces "both sides" by the two actors that oppose each other most
// often in the article, one statement for each; without such a pair, statements about
// "both sides" are dropped.
func (d *docState) resolveSides() {
	if d.sides == nil {
		return
	}
	count := map[[2]*entity]int{}
	var best [2]*entity
	for _, f := range d.found {
		if f.p != graph.Opposes || f.s == d.sides || f.o == d.sides {
			continue
		}
		a, b := f.s, f.o
		if a.node.ID > b.node.ID {
			a, b = b, a
		}
		k := [2]*entity{a, b}
		count[k]++
		if best[0] == nil || count[k] > count[best] {
			best = k
		}
	}
	var out []found
	for _, f := range d.found {
		switch {
		case f.s != d.sides && f.o != d.sides:
			out = append(out, f)
		case best[0] == nil:
		case f.s == d.sides && f.o == d.sides:
			// "both sides accused each other"
			out = append(out, found{s: best[0], p: f.p, o: best[1], ev: f.ev, rule: f.rule},
				found{s: best[1], p: f.p, o: best[0], ev: f.ev, rule: f.rule})
		case f.s == d.sides:
			for _, side := range best {
				if side != f.o {
					out = append(out, found{s: side, p: f.p, o: f.o, ev: f.ev, rule: f.rule})
				}
			}
		default:
			for _, side := range best {
				if side != f.s {
					out = append(out, found{s: f.s, p: f.p, o: side, ev: f.ev, rule: f.rule})
				}
			}
		}
	}
	d.found = out
}

// groupNouns are the nouns by which an article refers back to an armed group or
// government it has named: "the group", "the militia", "the junta".
var groupNouns = map[string]graph.Kind{
	"group": graph.KindGroup, "militia": graph.KindGroup, "rebels": graph.KindGroup, "movement": graph.KindGroup,
	"front": graph.KindGroup, "insurgents": graph.KindGroup, "militants": graph.KindGroup, "paramilitaries": graph.KindGroup,
	"fighters": graph.KindGroup, "organisation": graph.KindGroup, "organization": graph.KindGroup,
	"junta": graph.KindGovernment, "regime": graph.KindGovernment,
}

// groupReference reads "the group" at toks[i] as the last group of that kind named in
// this sentence or the two before.
func (d *docState) groupReference(toks []token, si, i int) (*entity, int) {
	if i+1 < len(toks) && (toks[i+1].lower == "of" || toks[i+1].upper) {
		return nil, i
	}
	if d.lex.classes["body"].has(toks[i].lower) {
		// "the council": of the bodies whose name ends so, the one the article has
		// named most often so far (the first named on a tie)
		count := map[*entity]int{}
		var order []*entity
		for _, list := range d.sentMentions {
			for _, m := range list {
				if e := m.ent; e.node.Kind.IsActor() && (strings.EqualFold(lastWord(e.node.Name), toks[i].text) || isArmyName(toks[i].lower, e.node.Name)) {
					if count[e] == 0 {
						order = append(order, e)
					}
					count[e]++
				}
			}
		}
		var best *entity
		for _, e := range order {
			if best == nil || count[e] > count[best] {
				best = e
			}
		}
		if best != nil {
			return best, i + 1
		}
		// "the army" of an article that names no army: its government's ("government
		// forces", "the army" are one side in the annotation rules)
		if w := toks[i].lower; w == "army" || w == "military" {
			if gov := d.soleGovernment(); gov != nil {
				return gov, i + 1
			}
		}
	}
	kind, ok := groupNouns[toks[i].lower]
	if !ok {
		return nil, i
	}
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		ms := d.sentMentions[s]
		for k := len(ms) - 1; k >= 0; k-- {
			if e := ms[k].ent; e.node.Kind == kind {
				return e, i + 1
			}
		}
	}
	if toks[i].lower == "junta" {
		return d.junta(), i + 1 // a junta the article never names: the one ruling its country
	}
	return nil, i
}

// junta returns the article's military junta, made once: "the junta" in an article
// that never names it is the junta of the state the article speaks of most (its
// headline counted), "Myanmar military junta".
func (d *docState) junta() *entity {
	for _, e := range d.ents {
		if strings.HasSuffix(strings.ToLower(e.node.Name), "junta") {
			return e
		}
	}
	count := map[*entity]int{}
	var order []*entity
	for _, toks := range append([][]token{tokenize(d.doc.Title)}, d.sentTokens()...) {
		for k := 0; k < len(toks); k++ {
			if e, _, end := d.lookup(toks, k); e != nil && e.node.Kind == graph.KindState {
				if count[e] == 0 {
					order = append(order, e)
				}
				count[e]++
				k = end - 1
			}
		}
	}
	var state *entity
	for _, e := range order {
		if state == nil || count[e] > count[state] {
			state = e
		}
	}
	name := "military junta"
	if state != nil {
		name = state.node.Name + " military junta"
	}
	j := d.newLocal(name, graph.KindGovernment, "junta")
	if state != nil && d.govOf[state] == nil {
		d.govOf[state] = j
	}
	return j
}

func (d *docState) sentTokens() [][]token {
	out := make([][]token, len(d.sents))
	for i, s := range d.sents {
		out[i] = s.toks
	}
	return out
}

// actsOn reports whether w is a verb whose object is an actor: what follows it is
// whom the subject drove out, attacked or backed.
func actsOn(w string) bool {
	switch w {
	case "drove", "driven", "drive", "drives", "expelled", "ousted", "toppled", "overthrew", "attacked", "besieged",
		"routed", "defeated", "pushed", "backed", "supported", "armed", "funded", "recognised", "recognized", "prop", "propped":
		return true
	}
	return false
}

// objectPronoun resolves "it" or "them" after such a verb: the actor named before the
// verb's subject in this sentence, else (for "them") the subject of the sentence before.
// The verb's subject is the last actor named before the pronoun.
func (d *docState) objectPronoun(si int, current []mention, plural bool) *entity {
	var actors []*entity
	for _, m := range current {
		if e := m.ent; e.node.Kind.IsActor() && e.node.Kind != graph.KindPerson {
			actors = append(actors, e)
		}
	}
	if len(actors) >= 2 && !plural {
		if e := actors[len(actors)-2]; e != actors[len(actors)-1] {
			return e
		}
	}
	if plural && len(actors) > 0 && si > 0 {
		// the sentence before's first actor, its subject in most news sentences
		for _, m := range d.sentMentions[si-1] {
			if e := m.ent; e.node.Kind.IsActor() && e.node.Kind != graph.KindPerson {
				if e != actors[len(actors)-1] {
					return e
				}
				break
			}
		}
	}
	return nil
}

// isClauseLink reports whether w opens a clause of time or cause, after which a
// pronoun subject refers to the main clause's subject.
func isClauseLink(w string) bool {
	switch w {
	case "after", "before", "when", "because", "since", "until", "once", "although", "though", "while", "as":
		return true
	}
	return false
}

// isArmyName reports whether "the army" or "the military" (w) may refer back to a body
// called name: "Sudanese Armed Forces", "Myanmar Army", "Israel Defense Forces".
func isArmyName(w, name string) bool {
	if w != "army" && w != "military" {
		return false
	}
	n := strings.ToLower(name)
	return strings.HasSuffix(n, " armed forces") || strings.HasSuffix(n, " army") || strings.HasSuffix(n, " military") ||
		strings.HasSuffix(n, " defence forces") || strings.HasSuffix(n, " defense forces")
}

// previousSubject is the first organisation, group, government or state mentioned in
// the sentence before, if it opened that sentence.
func (d *docState) previousSubject(si int) *entity {
	if si == 0 || len(d.sentMentions) < si {
		return nil
	}
	ms := d.sentMentions[si-1]
	if len(ms) == 0 || ms[0].start > 1 {
		return nil
	}
	if e := ms[0].ent; e.node.Kind.IsActor() && e.node.Kind != graph.KindPerson {
		return e
	}
	return nil
}
