package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Initiatives are read in two steps. Each mention of one ("a ceasefire", "the
// U.S.-brokered truce", "talks in Jeddah", "it") first becomes an entity of its own,
// carrying what the words say about it: its head noun, a place, a proposer, whether it
// is definite. Relations are matched against these mentions. Then the mentions are
// grouped into initiatives: mentions that share a place or a proposer (as written, or
// as a "proposes" relation found for them) are one initiative; a definite mention with
// nothing to tell it apart ("the truce", "it") is the last initiative of its kind; an
// indefinite one ("a ceasefire") is new. Statements are then moved from mentions to
// their initiatives.

// initMention is what one mention says about an initiative.
type initMention struct {
	head     string  // head noun phrase, lower case: "ceasefire agreement"
	category string  // "talks" or "deal"
	place    string  // "Moscow" in "the Moscow truce", "talks in Jeddah"
	proposer *entity // "Egyptian proposals", "U.S.-brokered truce", "brokered by Washington"
	hyphen   string  // the surface of a hyphenated proposer form: "U.S.-brokered truce"
	tail     string  // the surface with what follows it: "ceasefire agreed in Moscow", "talks brokered by X and Y"
	surface  string  // the mention without its determiner
	proper   string  // a proper name: "Jeddah Declaration", "Minsk Group format"
	owned    bool    // the proposer is written as its owner: "Egypt's plan", "his proposal"
	definite bool    // the, this, that, its, their, or a pronoun
	generic  bool    // "previous truces", "new initiatives": no particular one
	outcome  *entity // talks that produced an agreement named before them in the sentence
	sentence int
	cluster  *entity
}

// category separates talks from the agreements, plans and truces they produce.
func category(head string) string {
	for _, w := range strings.Fields(head) {
		switch w {
		case "talks", "negotiations", "consultations", "dialogue", "conference", "summit", "mediation", "process", "format":
			return "talks"
		}
	}
	return "deal"
}

// brokered lists the participles that name an initiative's proposer before a hyphen:
// "UN-brokered", "Russian-led".
var brokered = map[string]bool{"brokered": true, "led": true, "sponsored": true, "drafted": true, "mediated": true,
	"hosted": true, "proposed": true, "initiated": true, "negotiated": true, "backed": true}

// initiativeAt reads an initiative mention whose head noun is toks[i:end]. A proposer
// written just before it ("the Egyptian proposals", "Russia's plan") is folded into
// the mention; a proposer before a hyphen ("UN-brokered") stays a mention of its own,
// so that the patterns can relate it.
func (d *docState) initiativeAt(toks []token, si, i, end int, out *[]mention) mention {
	cls := d.lex.classes
	start := i
	info := &initMention{sentence: si}
	// compound heads: "ceasefire proposal", "peace plan", "truce offer"
	for {
		e := cls["initiative"].match(toks, end)
		if e == end {
			break
		}
		end = e
	}
	headEnd := end
	// "a pause in military operations", "a halt to attacks": what is paused names it
	if h := toks[headEnd-1].lower; (h == "pause" || h == "halt" || h == "suspension" || h == "freeze" || h == "cessation" || h == "moratorium") &&
		end+1 < len(toks) && (toks[end].lower == "in" || toks[end].lower == "to" || toks[end].lower == "of" || toks[end].lower == "on") {
		j := end + 1
		for j < len(toks) && j < end+4 && toks[j].word && !toks[j].upper && cls["initiative"].match(toks, j) == j {
			j++
		}
		if j > end+1 && (j == len(toks) || !toks[j].word || toks[j].upper || isPrepositionWord(toks[j].lower)) {
			end = j
		}
	}
	// "a declaration calling for a ceasefire": one initiative
	if end+2 < len(toks) && (toks[end].lower == "calling" && toks[end+1].lower == "for") {
		j := end + 2
		if toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "the" {
			j++
		}
		if e := cls["initiative"].match(toks, j); e > j {
			end = e
		}
	}
	info.head = strings.ToLower(d.text(toks, i, headEnd))
	info.category = category(info.head)
	if info.category == "talks" {
		info.outcome = producedAgreement(toks, i, *out)
	}
	// what stands before: a proposer, a place, a hyphenated proposer, a determiner
	k := i - 1
	for k >= 0 && isModifier(toks[k]) {
		if k >= 1 && brokered[toks[k].lower] && toks[k-1].text == "-" {
			break // "UN-brokered": the broker is read below
		}
		if isGeneric(toks[k].lower) {
			info.generic = true
		}
		k-- // "humanitarian", "two-month", "six-point"
	}
	start = k + 1
	if len(*out) > 0 {
		m := (*out)[len(*out)-1]
		switch {
		case (m.end == k+1 || m.end == k && toks[k].lower == "'s") && m.ent.node.Kind.IsActor() && m.how == byCapital && !proposalHead(info.head):
			// "the Moscow truce": a place names it
			*out = (*out)[:len(*out)-1]
			start, info.place = m.start, d.text(toks, m.start, m.end)
		case (m.end == k+1 || m.end == k && toks[k].lower == "'s") && m.ent.node.Kind.IsActor():
			// "the Egyptian proposals", "his proposal", "a Tehran peace plan"
			*out = (*out)[:len(*out)-1]
			// "its own pause": whatever the head, "own" makes it theirs
			own := slices.ContainsFunc(toks[m.end:i], func(t token) bool { return t.lower == "own" })
			start, info.proposer, info.owned = m.start, m.ent, proposalHead(info.head) || own
			k = m.start - 1
		case k >= 1 && brokered[toks[k].lower] && toks[k-1].text == "-" && m.end == k-1 && m.ent.node.Kind.IsActor():
			// the mention starts after "-brokered", so that the patterns see the broker
			info.proposer = m.ent
			info.hyphen = d.text(toks, m.start, end)
			k = m.start - 1
		}
	}
	if info.place == "" && info.proposer == nil && k >= 0 && toks[k].upper && k+1 == i && toks[i].upper && !cls["notname"].has(toks[k].lower) {
		// "Jeddah Declaration": a capitalised name with a capitalised head
		p := k
		for p > 0 && toks[p-1].upper && !cls["notname"].has(toks[p-1].lower) ||
			p > 1 && toks[p-1].text == "-" && toks[p-2].upper && toks[p-2].word { // "Liptako-Gourma"
			p--
		}
		start, info.proper = p, d.text(toks, p, end)
	} else if info.place == "" && k >= 0 && toks[k].upper && !cls["notname"].has(toks[k].lower) && toks[k].word && k > 0 {
		// "the Pretoria deal": an unknown capitalised word before the head is a place
		first := k
		for first > 1 && toks[first-1].text == "-" && toks[first-2].upper && toks[first-2].word ||
			first > 1 && toks[first-1].upper && toks[first-1].word && !cls["notname"].has(toks[first-1].lower) {
			if toks[first-1].text == "-" {
				first -= 2 // "the Liptako-Gourma charter"
			} else {
				first-- // "the Black Sea grain deal"
			}
		}
		start, info.place = first, d.text(toks, first, k+1)
		k = first - 1
	}
	if k >= 0 {
		switch toks[k].lower {
		case "the", "this", "that", "these", "those", "its", "their", "his", "her", "our":
			info.definite = true
		default:
			if isGeneric(toks[k].lower) {
				info.generic = true
			}
		}
	}
	// what follows: "agreed in Moscow", "in Berlin", "brokered by Washington"
	j := end
	if j < len(toks) && (toks[j].lower == "agreed" || toks[j].lower == "signed" || toks[j].lower == "reached" || toks[j].lower == "held") {
		j++
	}
	if j+1 < len(toks) && (toks[j].lower == "in" || toks[j].lower == "at") && toks[j+1].upper && toks[j+1].word && !cls["notname"].has(toks[j+1].lower) {
		if info.place == "" {
			info.place = toks[j+1].text
		}
		info.tail = d.text(toks, start, j+2)
	}
	for j := end; j+1 < len(toks) && j <= end+3; j++ {
		if toks[j].lower != "by" || j == end || !brokered[toks[j-1].lower] {
			continue
		}
		// "brokered by Saudi Arabia and the United States"
		k, last := j+1, -1
		people := false
		for k < len(toks) {
			if toks[k].lower == "the" {
				k++
			}
			ent, e := d.actorSpan(toks, k)
			if ent == nil {
				break
			}
			if info.proposer == nil {
				info.proposer = ent
			}
			people = people || ent.node.Kind == graph.KindPerson
			last, k = e, e
			if k < len(toks) && (toks[k].lower == "and" || toks[k].text == ",") {
				k++
				continue
			}
			break
		}
		// the wording names the initiative by its brokers when they are bodies; a
		// place already named it, and people's names make poor names for treaties
		if last > 0 && info.tail == "" && !people && j-1 == end { // "talks brokered by", not "talks were brokered by"
			info.tail = d.text(toks, start, last)
		}
		break
	}
	if info.proposer != nil && info.proposer.node.Kind == graph.KindPerson && info.proposer.owner != nil {
		info.proposer = info.proposer.owner
	}
	info.surface = d.text(toks, start, end)
	in := &entity{node: graph.Node{ID: "initiative-" + strconv.Itoa(len(d.inits)), Name: info.surface, Kind: graph.KindInitiative}, init: info}
	d.inits = append(d.inits, in)
	d.ents = append(d.ents, in)
	return mention{start: start, end: end, ent: in}
}

// pronounInitiative reads "it" after a verb of stance as the last initiative
// mentioned: "the EU also welcomed it", "Guterres called it a welcome first step".
func (d *docState) pronounInitiative(toks []token, si, i int) (mention, bool) {
	if toks[i].lower != "it" || i == 0 || len(d.inits) == 0 || !d.lex.stanceVerbs[toks[i-1].lower] && !judged(toks, i) {
		return mention{}, false
	}
	// the last initiative named in this sentence, or else the first named in the last
	// sentence that named one: "The truce is the first result of talks brokered by X.
	// Both sides signed it" means the truce
	last := d.inits[len(d.inits)-1]
	if last.init.sentence != si {
		for k := len(d.inits) - 1; k >= 0 && d.inits[k].init.sentence == last.init.sentence; k-- {
			if d.inits[k].node.Name != "it" {
				last = d.inits[k]
			}
		}
	}
	if si-last.init.sentence > 3 {
		return mention{}, false
	}
	info := &initMention{head: last.init.head, category: last.init.category, definite: true, sentence: si}
	in := &entity{node: graph.Node{ID: "initiative-" + strconv.Itoa(len(d.inits)), Name: "it", Kind: graph.KindInitiative}, init: info}
	d.inits = append(d.inits, in)
	d.ents = append(d.ents, in)
	return mention{start: i, end: i + 1, ent: in}, true
}

// proposalHead reports whether an initiative of this head is put forward by whoever
// owns it: "Egypt's proposal", "Iran's peace plan"; but not "Sudan's truce".
func proposalHead(head string) bool {
	switch singular(lastWord(head)) {
	case "proposal", "plan", "initiative", "offer", "roadmap", "resolution", "draft", "framework", "formula", "vision", "call", "demand":
		return true
	}
	return false
}

// isGeneric reports whether a word before an initiative makes it no particular one:
// "previous truces", "new initiatives", "any deal".
func isGeneric(w string) bool {
	switch w {
	case "previous", "past", "earlier", "other", "new", "any", "further", "future", "several", "many", "all", "no", "such":
		return true
	}
	return false
}

// isModifier reports whether a token may stand between a determiner and an
// initiative's head: lower-case adjectives and numbers ("humanitarian", "two-month").
func isModifier(t token) bool {
	if t.text == "-" {
		return true
	}
	if !t.word || t.upper {
		return false
	}
	switch t.lower {
	case "humanitarian", "permanent", "lasting", "temporary", "complete", "full", "nationwide", "unilateral", "bilateral",
		"trilateral", "comprehensive", "immediate", "short-term", "long-term", "peace", "political", "military",
		"fragile", "proposed", "draft", "final", "formal", "joint", "direct", "indirect", "substantive", "point",
		"day", "week", "month", "year", "hour", "long", "short", "initial", "limited", "general", "local", "regional",
		"international", "signed", "new", "brokered", "interim", "preliminary", "ceasefire", "truce", "own",
		"grain", "prisoner", "hostage", "exchange", "swap", "security", "border", "trade", "nuclear", "arms", "aid", "gas":
		return true
	}
	if _, err := strconv.Atoi(t.lower); err == nil {
		return true
	}
	switch t.lower {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "ten-point":
		return true
	}
	return false
}

// clusterInitiatives groups initiative mentions into initiatives, names each, and
// moves the statements about mentions onto their initiatives.
func (d *docState) clusterInitiatives() {
	// proposers found as relations count as if written
	for _, f := range d.found {
		if f.p == graph.Proposes && f.o.init != nil && f.o.init.proposer == nil {
			p := f.s
			if p.node.Kind == graph.KindPerson && p.owner != nil && p.owner.node.Kind != graph.KindPerson {
				p = p.owner
			}
			f.o.init.proposer = p
		}
	}
	var clusters []*entity
	lastOf := map[string]*entity{}
	var last *entity
	for _, m := range d.inits {
		info := m.init
		var c *entity
		if info.outcome != nil && info.outcome.init.cluster != nil {
			c = info.outcome.init.cluster // the talks are how the agreement came about
		}
		for _, k := range clusters {
			if c != nil {
				break
			}
			ki := k.init
			switch {
			case info.proper != "" && graph.NameKey(ki.proper) == graph.NameKey(info.proper):
				c = k
			case info.place != "" && strings.EqualFold(ki.place, info.place) && ki.category == info.category:
				c = k
			case info.place == "" && info.proposer != nil && ki.proposer == info.proposer && ki.category == info.category:
				c = k
			}
		}
		// "the truce", and "the talks" that a relation found a host for: an earlier one
		if c == nil && info.place == "" && (info.proposer == nil || !info.owned && info.hyphen == "" && info.tail == "") && info.proper == "" && !info.generic && info.definite {
			// "the truce": the last initiative called a truce, else the last of its kind
			for _, k := range clusters {
				if !k.init.generic && singular(lastWord(k.init.head)) == singular(lastWord(info.head)) {
					c = k
				}
			}
			// another word for it ("the deal" after "the truce") only when bare: "the
			// 10-point memorandum" is a new one
			bare := info.surface == "" || strings.EqualFold(trimDeterminer(info.surface), info.head) // "it" is bare
			switch {
			case c != nil:
			case !bare:
			case lastOf[info.category] != nil:
				c = lastOf[info.category]
			case last != nil:
				c = last
			}
		}
		if c == nil {
			c = &entity{node: graph.Node{Kind: graph.KindInitiative}, init: &initMention{head: info.head, category: info.category, generic: info.generic}}
			clusters = append(clusters, c)
			d.ents = append(d.ents, c)
		}
		if info.outcome != nil && c == info.outcome.init.cluster {
			// named by the agreement, not by the talks that made it; whoever brokered
			// the talks proposed it
			if c.init.proposer == nil {
				c.init.proposer = info.proposer
			}
			info.cluster = c
			lastOf[info.category] = c // "the talks" later: these talks
			continue
		}
		ci := c.init
		if ci.place == "" {
			ci.place = info.place
		}
		if ci.proposer == nil {
			ci.proposer = info.proposer
		}
		if ci.proper == "" {
			ci.proper = info.proper
		}
		if ci.hyphen == "" {
			ci.hyphen = info.hyphen
		}
		if len(info.tail) > len(ci.tail) {
			ci.tail = info.tail
		}
		if s := trimDeterminer(info.surface); len(s) > len(ci.surface) && m.node.Name != "it" {
			ci.surface = s
		}
		if m.node.Name != "it" {
			c.node.Aliases = appendNew(c.node.Aliases, m.node.Name)
		}
		info.cluster = c
		if !info.generic {
			lastOf[info.category], last = c, c
		}
	}
	for _, c := range clusters {
		d.nameCluster(c)
	}
	// move statements from mentions to initiatives, once per sentence
	var kept []found
	seen := map[string]bool{}
	for _, f := range d.found {
		if f.o.init != nil && f.o.init.cluster != nil {
			f.o = f.o.init.cluster
		}
		key := strings.Join([]string{itoa(f.ev.Start), f.s.node.ID, string(f.p), f.o.node.ID}, "\x00")
		if !seen[key] {
			seen[key] = true
			kept = append(kept, f)
		}
	}
	d.found = kept
}

// nameCluster gives an initiative its name and id. The name is the most specific way
// the article calls it: its proper name ("Jeddah Declaration"), the hyphenated form
// that names its broker ("U.S.-brokered truce"), the words with the place or broker
// that follow it ("talks brokered by Saudi Arabia and the United States"), its place
// and head ("Moscow truce"), or its longest mention ("Egyptian proposals"). The id is
// built from the place or the proposer where known ("moscow-truce", "egypt-ceasefire"),
// so that other articles on the same initiative meet it; otherwise it is local to the
// article, so that unrelated "ceasefire"s stay apart.
func (d *docState) nameCluster(c *entity) {
	ci := c.init
	switch {
	case ci.proper != "":
		c.node.Name = ci.proper
	case ci.hyphen != "":
		c.node.Name = ci.hyphen
	case ci.tail != "":
		c.node.Name = trimDeterminer(ci.tail)
	case ci.place != "":
		c.node.Name = ci.place + " " + ci.head
	case ci.surface != "":
		c.node.Name = ci.surface
	default:
		c.node.Name = ci.head
	}
	switch {
	case ci.proper != "":
		c.node.ID = graph.Slug(ci.proper)
	case ci.place != "":
		c.node.ID = graph.Slug(ci.place + " " + ci.head)
	case ci.proposer != nil:
		c.node.ID = graph.Slug(ci.proposer.node.ID + " " + ci.head)
	default:
		// local to the article: a short hash of its id keeps it apart from others
		sum := sha256.Sum256([]byte(d.doc.ID))
		c.node.ID = graph.Slug(c.node.Name) + "-" + hex.EncodeToString(sum[:3])
	}
	c.node.Aliases = slices.DeleteFunc(c.node.Aliases, func(a string) bool { return strings.EqualFold(a, c.node.Name) })
}

// trimDeterminer drops a leading article or possessive determiner.
func trimDeterminer(s string) string {
	for _, det := range []string{"a ", "an ", "the ", "this ", "that ", "its ", "their ", "his ", "her ", "our "} {
		if len(s) > len(det) && strings.EqualFold(s[:len(det)], det) {
			s = s[len(det):]
			break
		}
	}
	if len(s) > 4 && strings.EqualFold(s[:4], "own ") { // "its own pause"
		s = s[4:]
	}
	return s
}

func singular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// actorSpan reads the actor named at toks[k] with any title and name that follow it
// ("Russian Foreign Minister Sergei Lavrov" is Lavrov) and returns it with the index
// just past it.
func (d *docState) actorSpan(toks []token, k int) (*entity, int) {
	ent, _, end := d.lookup(toks, k)
	if ent == nil || !ent.node.Kind.IsActor() {
		return nil, k
	}
	j := end
	if j < len(toks) && toks[j].lower == "'s" {
		j++
	}
	if r := d.lex.classes["role"].match(toks, j); r > j {
		if p, _, pend := d.lookup(toks, r); p != nil && p.node.Kind == graph.KindPerson {
			return p, pend
		}
	}
	return ent, end
}

// judged reports whether "it" at toks[i] is what a verb of judgement is about:
// "called it a welcome step", "described it as a sham".
func judged(toks []token, i int) bool {
	// "abide by it", "comply with it", "adhere to it": the initiative kept
	if i >= 2 {
		switch toks[i-2].lower + " " + toks[i-1].lower {
		case "abide by", "comply with", "adhere to", "stick to", "committed to", "commitment to", "abided by", "complied with", "adhered to", "stuck to":
			return true
		}
	}
	switch toks[i-1].lower {
	case "called", "calls", "described", "describes", "termed", "terms", "dismissed", "dismisses", "hailed", "hails":
	default:
		return false
	}
	k := i + 1
	if k < len(toks) && toks[k].lower == "as" {
		k++
	}
	if k >= len(toks) || toks[k].lower != "a" && toks[k].lower != "an" {
		return false
	}
	// a judgement, not a name for it: "a welcome step", "a sham", not "a suspension"
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		switch toks[j].lower {
		case "welcome", "positive", "important", "significant", "encouraging", "good", "historic", "major", "constructive",
			"promising", "crucial", "sham", "farce", "betrayal", "charade", "surrender", "mistake", "fraud", "ploy", "trap", "non-starter":
			return true
		}
	}
	return false
}

// producedAgreement returns the agreement, truce or plan named earlier in the sentence
// that the talks at toks[i] produced: "a ceasefire agreed in Moscow ... after ten hours
// of talks", "the deal, hammered out over a week of talks". GUIDE-style annotation
// treats such talks as the agreement's making: who brokered them proposed it.
func producedAgreement(toks []token, i int, out []mention) *entity {
	linked := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := toks[k].lower
		if w == ";" || w == ":" || w == "." {
			return nil
		}
		switch w {
		case "after", "through", "following", "during", "over", "from", "in":
			linked = true
		}
		if linked {
			break
		}
	}
	if !linked {
		return nil
	}
	for k := len(out) - 1; k >= 0; k-- {
		if e := out[k].ent; e.init != nil && e.init.category == "deal" && !e.init.generic {
			return e
		}
	}
	return nil
}

func isPrepositionWord(w string) bool {
	switch w {
	case "from", "in", "on", "at", "for", "until", "since", "by", "with", "after", "before", "as":
		return true
	}
	return false
}
