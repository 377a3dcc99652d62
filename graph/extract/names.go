package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// The names an article defines for itself, found over the whole article before any
// mention is read: "Long Name (LN)", bodies named with their head noun ("the Rapid
// Support Forces", "Fano militias"), people named with a title ("Prime Minister Ariel
// Henry", "Jimmy Chérizier, the former police officer who heads...").

// defineAcronyms learns "Long Name (ACR)" and "ACR (Long Name)".
func (a *article) defineAcronyms(s *sentence) {
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].text != "(" {
			continue
		}
		close := i + 2
		for close < len(toks) && close < i+12 && toks[close].text != ")" {
			close++
		}
		if close >= len(toks) || toks[close].text != ")" {
			continue
		}
		inner := a.doc.Text[toks[i+1].start:toks[close-1].end]
		if oneWord(toks[i+1:close]) && isAcronym(inner) { // "(SPLM-N)" is three tokens
			if start := a.acronymStart(s, i, inner); start >= 0 {
				a.defineBody(s, start, i, inner)
			}
			continue
		}
		if close == i+2 && syllabicAbbreviation(inner) && !a.knownNameEndsAt(s, i+2) {
			// "(Interfet)", spelled by the words' first letters in order; not "(Mali)"
			if start := a.nameStart(s, i); start < i && s.toks[start].upper && initialsInOrder(s.toks[start:i], inner) {
				a.defineBody(s, start, i, inner)
			}
			continue
		}
		// "ACR (Long Name)"
		if isAcronym(toks[i-1].text) && close > i+2 && initialsFit(toks[i+1:close], toks[i-1].text) {
			a.defineBody(s, i+1, close, toks[i-1].text)
		}
	}
	a.appositiveAcronyms(s)
}

// oneWord: the tokens are one word, or words joined by hyphens with no space ("SPLM-N").
func oneWord(toks []token) bool {
	return len(toks) == 1 || hyphenated(toks)
}

// hyphenated: the tokens are words joined by hyphens with no space ("SPLM-N").
func hyphenated(toks []token) bool {
	if len(toks) < 3 || len(toks)%2 == 0 {
		return false
	}
	for k := 1; k < len(toks); k += 2 {
		if toks[k].text != "-" || toks[k].start != toks[k-1].end || toks[k+1].start != toks[k].end {
			return false
		}
	}
	return true
}

// defineAliases reads another name of a known body set off by commas after it, with
// a word that says it is its name ("Boko Haram, formally Jama'atu Ahlis Sunna
// Lidda'awati wal-Jihad,", "the Houthis, also known as Ansar Allah,"): the article's
// name for the same actor, not another one.
func (a *article) defineAliases(s *sentence) {
	toks := s.toks
	for j := 1; j+3 < len(toks); j++ {
		if toks[j].text != "," {
			continue
		}
		k := aliasMarkerEnd(toks, j+1)
		if k >= 0 && k+1 < len(toks) && toks[k].lower == "the" {
			k++ // "also known as the Pakistani Taliban"
		}
		if k < 0 || k >= len(toks) || !toks[k].upper {
			continue
		}
		end := k
		for end < len(toks) && end < k+8 && toks[end].text != "," && toks[end].text != "." {
			end++
		}
		if end >= len(toks) || toks[end].text != "," && (toks[end].text != "." || end != len(toks)-1) {
			continue // set off by commas, or ending the sentence
		}
		if e := a.nameEndingAt(s, j); e != nil && !e.isPerson() && !e.isState() {
			a.addName(e, s.text(a.doc.Text, k, end))
		}
	}
}

// aliasMarkerEnd returns where the name begins after the words at i that say what
// follows is another name ("formally", "officially", "also known as", "also called"),
// or -1.
func aliasMarkerEnd(toks []token, i int) int {
	for _, marker := range [][]string{{"formally"}, {"officially"}, {"also", "known", "as"}, {"also", "called"}} {
		if i+len(marker) <= len(toks) && slices.EqualFunc(toks[i:i+len(marker)], marker, func(t token, w string) bool { return t.lower == w }) {
			return i + len(marker)
		}
	}
	return -1
}

// nameEndingAt returns the actor a known name that ends just before token j names, or
// nil.
func (a *article) nameEndingAt(s *sentence, j int) *entity {
	last := j
	if j > 0 && s.toks[j-1].text == ")" {
		last = j - 1 // "the Tehreek-e-Taliban Pakistan (TTP), also known as": the acronym in its brackets
	}
	for st := j - 1; st >= 0 && st >= j-8; st-- {
		if e, _, _, end := a.lookup(s.toks, st); e != nil && (end == j || end == last) && e.isActor() {
			return e
		}
	}
	return nil
}

// appositiveAcronyms reads an acronym set off by commas after the name it abbreviates:
// "the Tigray People's Liberation Front, the TPLF, ...", "the Rapid Support Forces, or
// RSF". The name's initials must spell it.
func (a *article) appositiveAcronyms(s *sentence) {
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].text != "," {
			continue
		}
		k := i + 1
		if toks[k].lower == "the" || toks[k].lower == "or" {
			k++
		}
		if k >= len(toks) || !isAcronym(toks[k].text) || !toks[i-1].upper {
			continue
		}
		if k+1 < len(toks) && toks[k+1].word && toks[k+1].lower != "and" {
			continue // "..., the UN Security Council": the acronym begins a name
		}
		if start := a.acronymStart(s, i, toks[k].text); start >= 0 && start < i-1 {
			a.defineBody(s, start, i, toks[k].text)
		}
	}
}

// acronymStart returns where the name an acronym stands for begins before token i:
// the shortest run of the name's words whose initials give the acronym in order, else
// the whole name when its initials hold the acronym's letters in another order; -1
// when the words do not fit.
func (a *article) acronymStart(s *sentence, i int, acr string) int {
	start := a.nameStart(s, i)
	for k := i - 1; k >= start; k-- {
		if s.toks[k].upper && initialsInOrder(s.toks[k:i], acr) {
			return k
		}
	}
	if start < i && initialsFit(s.toks[start:i], acr) {
		return start
	}
	return -1
}

// initialsInOrder: the acronym's letters are the initials of the words, in order, or
// the first letters of its words run together ("CARICOM": CARIbbean COMmunity).
func initialsInOrder(words []token, acr string) bool {
	letters := strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, acr))
	var ws, bare []string
	for k, w := range words {
		if w.word && w.lower != "of" && w.lower != "the" && w.lower != "and" && w.lower != "for" && w.lower != "in" && w.lower != "'s" {
			ws = append(ws, w.lower)
			if !joinedParticle(words, k) {
				bare = append(bare, w.lower) // "Tehreek-e-Taliban Pakistan (TTP)"; but "Lashkar-e-Taiba (LeT)" spells its particle
			}
		}
	}
	return prefixesSpell(ws, letters) || prefixesSpell(bare, letters)
}

// joinedParticle: the word at k is a particle in lower case joined by a hyphen to the
// name's words ("Tehreek-e-Taliban Pakistan (TTP)", "Nusrat al-Islam"), which an
// acronym passes over.
func joinedParticle(words []token, k int) bool {
	if words[k].upper || !hyphenParticle(words[k].lower) && words[k].lower != "wal" {
		return false
	}
	return k+1 < len(words) && words[k+1].text == "-" || k > 0 && words[k-1].text == "-"
}

// prefixesSpell reports whether acr is a run of prefixes of the words, each word
// giving at least its first letter, in order.
func prefixesSpell(words []string, acr string) bool {
	if len(words) == 0 {
		return acr == ""
	}
	w := words[0]
	for n := min(len(w), len(acr)); n >= 1; n-- {
		if w[:n] == acr[:n] && prefixesSpell(words[1:], acr[n:]) {
			return true
		}
	}
	return false
}

// nameStart walks back from i over the words of a name: capitalised words and the
// small words names hold ("of", "for", "and", "the", "'s", hyphens).
func (a *article) nameStart(s *sentence, i int) int {
	start := i
	for start > 0 && !a.nameBoundary(s, start) && a.nameWordBefore(s, start) {
		start--
	}
	for start < i && a.notNameStart(s, start, i) {
		start++
	}
	return start
}

// proStart returns where a name that starts at start begins with its "pro-" or
// "anti-": "the pro-Georgian Abkhaz government", "the anti-Balaka militia". The word
// says whom the body sides with or fights; without it, the name is of that side.
func proStart(s *sentence, start int) int {
	if start >= 2 && s.toks[start-1].text == "-" && (s.toks[start-2].lower == "pro" || s.toks[start-2].lower == "anti") {
		return start - 2
	}
	return start
}

// nameBoundary reports whether a name cannot reach back past start: "Addis Ababa and
// the Tigray People's Liberation Front" holds two names, "Uribe's Democratic Centre
// party" and "Thomas Cirillo's National Salvation Front" start after the owner (a name
// before "'s", not a common word as in "People's"), "On Thursday the European
// Parliament" after the date.
func (a *article) nameBoundary(s *sentence, start int) bool {
	t := s.toks[start-1]
	if t.lower == "and" && (s.toks[start].lower == "the" || a.knownNameEndsAt(s, start-1)) {
		return true // "Hamas and Islamic Jihad" holds two names
	}
	if t.lower == "'s" && start-2 >= 0 {
		if e, _, _, end := a.lookup(s.toks, start-2); e != nil && end == start-1 {
			return true
		}
		if !a.x.syntax.CommonWord(s.toks[start-2].lower) {
			return true // "Thomas Cirillo's National Salvation Front": an owner no dictionary knows
		}
	}
	if a.personBeforeOf(s, start) {
		return true // "Alexander Zakharchenko of the Donetsk People's Republic": a person of a body
	}
	return t.upper && a.lex.in("notname", t.lower) && t.lower != "the" || looseHyphen(s, start-1)
}

// personBeforeOf: "of" (or "of the") before start follows a capitalised run that opens
// with a given name people bear: a person's name, then the body they are of.
func (a *article) personBeforeOf(s *sentence, start int) bool {
	k := start - 1
	if s.toks[k].lower == "the" && k > 0 {
		k--
	}
	if s.toks[k].lower != "of" || k == 0 || !s.toks[k-1].upper {
		return false
	}
	r := k - 1
	for r > 0 && s.toks[r-1].upper {
		r--
	}
	return k-r >= 2 && a.lex.firstNames[s.toks[r].lower] && !a.x.syntax.CommonWord(s.toks[r].lower)
}

// looseHyphen: a hyphen at k with space on a side, or at the start: "BRUSSELS - The
// European Union".
func looseHyphen(s *sentence, k int) bool {
	t := s.toks[k]
	return t.text == "-" && (t.end != s.toks[k+1].start || k-1 < 0 || s.toks[k-1].end != t.start)
}

// nameWordBefore reports whether the word before start may belong to the name:
// a capitalised word, a small word names hold, a particle ("al-Assad"), a comma
// between capitalised words, or a number word after "the".
func (a *article) nameWordBefore(s *sentence, start int) bool {
	t := s.toks[start-1]
	if t.upper || nameSmallWord(t.lower) || t.text == "-" || a.commaInName(s, start) || particleBefore(s, start) {
		return true
	}
	return isNumberWord(t.lower) && start-1 > 0 && s.toks[start-2].lower == "the"
}

// nameSmallWord: the small words names hold ("Government of National Accord",
// "Coalition of Patriots for Change", "Tigray People's Liberation Front").
func nameSmallWord(w string) bool {
	switch w {
	case "of", "for", "and", "in", "the", "'s":
		return true
	}
	return false
}

// commaInName: a comma before start between capitalised words, the second no title.
func (a *article) commaInName(s *sentence, start int) bool {
	return s.toks[start-1].text == "," && start-2 >= 0 && s.toks[start-2].upper && s.toks[start].upper && !a.lex.in("role", s.toks[start].lower) && !a.knownNameEndsAt(s, start-1)
}

// knownNameEndsAt: a name the article or the lexicon knows ends just before token end
// ("Hamas, Islamic Jihad and the PFLP" is a list, not one name).
func (a *article) knownNameEndsAt(s *sentence, end int) bool {
	for k := max(0, end-4); k < end; k++ {
		if e, _, _, e2 := a.lookup(s.toks, k); e != nil && e2 == end {
			return true
		}
	}
	return false
}

// particleBefore: a particle before a capitalised word, "al-Assad", "an-Nusra"; not
// "an alliance", "an International Contact Group".
func particleBefore(s *sentence, start int) bool {
	t := s.toks[start-1]
	if hyphenParticle(t.lower) && s.toks[start].text == "-" && start >= 2 && s.toks[start-2].text == "-" {
		return true // "Tehreek-e-Taliban", "Lashkar-e-Taiba": a particle between hyphens
	}
	return nameParticle(t.lower) && s.toks[start].upper && (t.lower != "an" || s.toks[start].text == "-")
}

// notNameStart reports whether the word at start, before the name's head i, is no
// beginning of the name: an article, a small word, a comma, a title before "of"
// ("President of the Republic of X", "Secretary-General of the Front"), or a
// lower-case word that is neither a particle nor a number word.
func (a *article) notNameStart(s *sentence, start, i int) bool {
	t := s.toks[start]
	switch t.lower {
	case "the", "of", "and", "in":
		return true
	}
	if t.text == "," || a.titleBeforeOf(s, start, i) {
		return true
	}
	return !t.upper && (!nameParticle(t.lower) || !s.toks[start+1].upper || t.lower == "an") && !isNumberWord(t.lower)
}

// defineBody adds (or extends) the entity named by tokens [i, j) with an acronym.
func (a *article) defineBody(s *sentence, i, j int, acr string) {
	name := s.text(a.doc.Text, i, j)
	if e, _, _, end := a.lookup(s.toks, i); e != nil && end == j {
		a.addName(e, acr)
		e.spelled = true
		return
	}
	if e := a.byNameKey(acr); e != nil && !e.unknown {
		a.addName(e, name)
		e.spelled = true
		return
	}
	var e *entity
	if a.holdsActorName(s, i+1, j) {
		// "International Support Mission in the Central African Republic (MISCA)": a
		// label holding a state's name reads as that state wherever names are matched;
		// the acronym the article goes on with is the label
		e = a.newLocal(acr, kindOfBody(a.lex, headOf(name)), name)
	} else {
		e = a.newLocal(name, kindOfBody(a.lex, headOf(name)), acr)
	}
	e.agent, e.spelled = a.lex.agents[headOf(name)], true
	a.stateArmy(e, s, i, j)
	a.stateGovernment(e, s, i)
	end := j + 1 // past the bracket
	for end < len(s.toks) && s.toks[end-1].text != ")" && end < j+4 {
		end++
	}
	a.typeByApposition(s, e, end)
}

// holdsActorName: a name the lexicon knows as a state's stands among tokens [i, j).
func (a *article) holdsActorName(s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if e, r, _, end := a.lookup(s.toks, k); e != nil && end <= j && e.isState() && r == byName {
			return true
		}
	}
	return false
}

// typeByApposition learns what kind of actor a body is from the apposition after its
// name: "the CSP-DPA, a coalition of mainly Tuareg separatist movements", "the
// Houthis, a rebel group", "the CNSP, the junta that now runs the country"; an army
// of liberation or resistance is a rebel one ("the Mukti Bahini, the Bengali
// liberation army").
func (a *article) typeByApposition(s *sentence, e *entity, j int) {
	if e.agent != "" || j+2 >= len(s.toks) || s.toks[j].text != "," {
		return
	}
	if d := s.toks[j+1].lower; d != "a" && d != "an" && d != "the" {
		return
	}
	rebel := false // "the Bengali liberation army": an army of rebellion, not a state's
	for k := j + 2; k < len(s.toks) && k < j+10; k++ {
		if s.toks[k].text == "," || s.toks[k].text == ";" {
			return
		}
		rebel = rebel || a.lex.in("insurgent", s.lemma[k])
		if kind := a.lex.agents[s.lemma[k]]; kind != "" && kind != "group" && kind != "coalition" {
			if kind == "military" && rebel {
				kind = "rebel"
			}
			e.agent = kind
			return
		}
	}
}

// typeByNounBefore learns what kind of actor a name is from the noun it stands in
// apposition to: "the UN peacekeeping mission, MINUSCA", "the jihadist alliance,
// JNIM".
func (a *article) typeByNounBefore(s *sentence, e *entity, i int) {
	if e.agent != "" || i < 2 || s.toks[i-1].text != "," || s.tag[i-2] != "NOUN" {
		return
	}
	if kind := a.lex.agents[s.lemma[i-2]]; kind != "" && kind != "group" && kind != "coalition" {
		e.agent = kind
	}
}

// stateGovernment marks a government named right after the description of a state's
// government ("Libya's internationally recognised government Government of National
// Accord") as that state's government.
func (a *article) stateGovernment(e *entity, s *sentence, i int) {
	if e.node.Kind != graph.KindGovernment || i < 3 || !a.lex.in("government", s.lemma[i-1]) {
		return
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if s.toks[k].lower != "'s" {
			continue
		}
		if st, _, _, end := a.lookup(s.toks, max(k-2, 0)); st != nil && st.isState() && end == k {
			e.state, st.gov = st, e
		} else if st, _, _, end := a.lookup(s.toks, k-1); st != nil && st.isState() && end == k {
			e.state, st.gov = st, e
		}
		return
	}
}

// namedStateGovernment marks a government named by a state's name or demonym and a
// noun of government ("the Ecuadorian government", tagged as a name) as that state's
// government, one side with it.
func (a *article) namedStateGovernment(e *entity, s *sentence, i, j int) {
	if e.node.Kind != graph.KindGovernment || j-i < 2 || !a.lex.in("government", s.lemma[j-1]) {
		return
	}
	if st, _, _, end := a.lookup(s.toks[:j-1], i); st != nil && st.isState() && end == j-1 {
		e.state = st
		if st.gov == nil {
			st.gov = e
		}
	}
}

// stateArmy marks a body named after a state and headed by a word for an army ("the
// Sudanese Armed Forces", "Libyan Army", "the Armed Forces of Ukraine") as that state's army.
func (a *article) stateArmy(e *entity, s *sentence, i, j int) {
	for k := max(i-1, 0); k < j; k++ {
		if a.lex.in("insurgent", s.toks[k].lower) && (k >= i || s.toks[k].upper) {
			return // "Revolutionary Army of Congo", the adjective read apart or not: a rebellion's army
		}
	}
	// the state's name or demonym before the army's noun (the body's own name, already
	// known, must not hide it)
	if st, _, _, end := a.lookup(s.toks[:j-1], i); st != nil && st.isState() && end < j && a.lex.in("army", strings.ToLower(s.text(a.doc.Text, end, j))) {
		e.state, e.agent = st, "military"
		return
	}
	// "the Defence and Security Forces of Mozambique", "the Armed Forces of Ukraine"
	for k := i + 1; k+1 < j; k++ {
		if s.toks[k].lower != "of" || !a.lex.in("force", s.lemma[k-1]) && !a.lex.in("army", s.lemma[k-1]) {
			continue
		}
		from := k + 1
		if s.toks[from].lower == "the" {
			from++
		}
		if st, _, _, end := a.lookup(s.toks[:j], from); st != nil && st.isState() && end == j {
			e.state, e.agent = st, "military"
		}
		return
	}
}

// isAcronym: two to eight characters, mostly capitals ("GNA", "RSF", "M23", "APPR-RCA").
// syllabicAbbreviation: one word of letters written with a capital only at its start
// and at least four letters ("Interfet", "Ecomog"): in brackets after a name, an
// abbreviation made of the first letters of its words, which the name must spell.
func syllabicAbbreviation(s string) bool {
	if len(s) < 4 || len(s) > 10 || !unicode.IsUpper([]rune(s)[0]) {
		return false
	}
	for _, r := range s[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 10 {
		return false
	}
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r), r == '-', r == '.', r == '&':
		case unicode.IsLower(r):
		default:
			return false
		}
	}
	digits := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	return upper >= 1 && upper+digits >= 2 && (upper+digits)*2 >= len([]rune(s))
}

// initialsFit reports whether an acronym can stand for the words: its capitals are
// initials of the words, in order ("GNA"), or, for a name translated from another
// language ("MPC" for the Patriotic Movement for Central Africa), in any order, each
// initial used once.
func initialsFit(words []token, acr string) bool {
	var initials []rune
	for _, w := range words {
		if w.word && w.lower != "of" && w.lower != "the" && w.lower != "and" && w.lower != "for" && w.lower != "in" && w.lower != "'s" {
			initials = append(initials, unicode.ToUpper([]rune(w.text)[0]))
		}
	}
	var caps []rune
	for _, r := range acr {
		if unicode.IsUpper(r) {
			caps = append(caps, r)
		}
	}
	if len(initials) == 0 || len(caps) == 0 || len(caps) > len(initials)+1 {
		return false
	}
	left := append([]rune(nil), initials...)
	for _, c := range caps {
		i := slices.Index(left, c)
		if i < 0 {
			return false
		}
		left = slices.Delete(left, i, i+1)
	}
	return len(left) <= len(initials)/2+1
}

func nameParticle(w string) bool {
	switch w {
	case "al", "el", "al-", "el-", "bin", "ibn", "ben", "abu", "abd", "abdel", "von", "van", "der", "de", "da", "di", "du", "la", "le", "des", "del", "dos", "das", "e", "y", "an", "d'":
		return true
	}
	return false
}

func isNumberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "first", "second", "third":
		return true
	}
	return false
}

// headOf returns the noun that heads a name, lower case: its last word, or the last
// word before "of" ("Government of National Accord" -> "government").
func headOf(name string) string {
	for _, prep := range []string{" of ", " in ", " for "} { // "SADC Mission in Mozambique", "Forces for Change"
		if i := strings.Index(name, prep); i > 0 {
			name = name[:i]
		}
	}
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[len(f)-1], ".,;:()\"'"))
}

// numberedUnit: the name of a body whose words run from start to before i has an
// ordinal in it or just before it ("the army's 6th Infantry Division", "Russia's 58th
// Army", "the 3rd Brigade"): a numbered unit, a part of its owner's forces, no body of
// its own.
func numberedUnit(s *sentence, start, i int) bool {
	for k := max(start-1, 0); k < i; k++ {
		if ordinal(s.toks[k].lower) {
			return true
		}
	}
	return false
}

// ordinal: a number written as an ordinal in figures ("6th", "58th", "1st", "3rd").
func ordinal(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(w, suf); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return true
		}
	}
	return false
}

// kindOfBody guesses an actor's kind from the noun that heads its name.
func kindOfBody(lex *Lexicon, head string) graph.Kind {
	switch head {
	case "government", "administration", "ministry", "cabinet", "council", "assembly", "parliament", "congress", "senate", "authority", "presidency", "court", "commission", "agency", "police", "representatives":
		return graph.KindGovernment
	case "union", "league", "organisation", "organization", "community", "nations", "bank", "fund", "programme", "program", "committee":
		return graph.KindOrganisation
	}
	return graph.KindGroup
}

// defineBodies learns capitalised phrases headed by a body noun: "the Rapid Support
// Forces", "the Haitian National Police", "Fano militias" (the name is "Fano"), "the
// Viv Ansanm coalition" (the name is "Viv Ansanm").
func (a *article) defineBodies(s *sentence) {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		if !a.bodyNoun(s, i) {
			continue // "Haftar commands the LNA": a verb, no "command"
		}
		if i+1 < len(toks) && (toks[i+1].upper && s.tag[i+1] == "PROPN" || a.fittingAcronymAt(s, i+1)) {
			continue // "Army (LNA)": the name goes on
		}
		start := a.nameStart(s, i)
		if toks[i].upper && a.lex.in("government", s.lemma[i]) && start >= 2 && toks[start-1].lower == "'s" {
			continue // "Israel's Security Cabinet": the state's government (statesCabinet)
		}
		if toks[i].upper {
			a.defineCapitalBody(s, start, i)
			continue
		}
		if d := patronDash(s, i); d >= 0 {
			a.definePatronBody(s, i, d)
			continue
		}
		a.defineBodyAfterName(s, i)
	}
}

// defineCapitalBody learns the capitalised name from start that the body noun at i
// heads, with any tail after it ("the Rapid Support Forces", "the Islamic State in
// Niger"); not a country's part after a preposition of place ("in Rakhine State").
func (a *article) defineCapitalBody(s *sentence, start, i int) {
	start = proStart(s, start)
	end := a.nameTail(s, i+1)
	if a.placeAfterKnownName(s, start, i, end) {
		end = i + 1 // "fought Islamic State in Mosul": where it fought, not a branch's name
	}
	if end == i+1 && a.lex.in("placebody", s.lemma[i]) && a.usedAsPlace(s, i, s.climb(i, "conj")) && !a.knownSpan(s, start, end) {
		return
	}
	if (start < i || end > i+1) && !a.knownSpan(s, start, end) && !numberedUnit(s, start, i) && (start > 0 || !a.partOfNamedActor(s, start, end)) {
		a.defineName(s, start, end, end)
	}
}

// placeAfterKnownName: the tail [i+1, end) of the name that ends at i is "in" and one
// word that names no state, after a name the dictionaries know ("Islamic State in
// Mosul"): a place the body acts in; a branch is named after a state ("Islamic State in
// Libya") or at more length ("Islamic State in the Greater Sahara").
func (a *article) placeAfterKnownName(s *sentence, start, i, end int) bool {
	if end != i+3 || s.toks[i+1].lower != "in" || !a.knownSpan(s, start, i+1) {
		return false
	}
	e, _, _, _ := a.lookup(s.toks, i+2)
	return e == nil || !e.isState()
}

// fittingAcronymAt: a bracketed acronym opens at k that the name before spells, and
// that defines the name ("the Libyan National Army (LNA)"); one in the name's own
// language ("the Nationalist Movement Party (MHP)") does not.
func (a *article) fittingAcronymAt(s *sentence, k int) bool {
	if s.toks[k].text != "(" {
		return false
	}
	if k+2 >= len(s.toks) || s.toks[k+2].text != ")" || !isAcronym(s.toks[k+1].text) {
		return true // "(...)": something else, left as it was
	}
	return a.acronymStart(s, k, s.toks[k+1].text) >= 0
}

// bodyNoun: a noun (or a name) of a body, by its word or its lemma.
func (a *article) bodyNoun(s *sentence, i int) bool {
	return (a.lex.in("body", s.toks[i].lower) || a.lex.in("body", s.lemma[i])) && (s.tag[i] == "NOUN" || s.tag[i] == "PROPN")
}

// patronDash returns the hyphen of the patron of body noun i ("the Saudi-led
// coalition", "a Saudi-led military coalition", past a word or two that qualify the
// noun), or -1.
func patronDash(s *sentence, i int) int {
	for d := i - 2; d >= 1 && d >= i-4; d-- {
		if s.toks[d].text == "-" && hyphenBody(s.toks[d+1].lower) && s.toks[d-1].upper {
			return d
		}
		if s.toks[d+1].upper || s.tag[d+1] != "ADJ" && s.tag[d+1] != "NOUN" {
			return -1
		}
	}
	return -1
}

// definePatronBody names the body of noun i after its patron and the noun: "the
// Saudi-led coalition"; an initiative ("the UN-backed talks") is no body, nor is a
// description ("the Houthis, an Iran-aligned movement").
func (a *article) definePatronBody(s *sentence, i, d int) {
	start := a.nameStart(s, d)
	indef := start > 0 && (s.toks[start-1].lower == "a" || s.toks[start-1].lower == "an")
	// "A Saudi-led coalition has fought the Houthis", "attacked by a US-led coalition":
	// the body, told for the first time; "is a Saudi-led coalition" describes another
	introduced := indef && (start == 1 || start >= 2 && s.tag[start-2] == "ADP")
	described := indef && !introduced || appositive(s, start) || a.backedAgain(s, i, d, start)
	if start < d && !a.lex.in("initiative", s.lemma[i]) && !described {
		a.defineName(s, start, i+1, i+1)
	}
}

// backedAgain: "the Iran-backed group", a generic noun of a group with "the" and a
// patron that backs it rather than leads it, speaks again of a group the article has
// named ("Hamas accepted the plan. The Iran-backed group said ..."), not of a new body
// as "the Saudi-led coalition" does.
func (a *article) backedAgain(s *sentence, i, d, start int) bool {
	if start == 0 && s.i == 0 || start > 0 && s.toks[start-1].lower != "the" || s.toks[d+1].lower == "led" {
		return false
	}
	return a.lex.agents[s.lemma[i]] == "group"
}

// defineBodyAfterName learns the body of a lower-case body noun after a name: "Fano
// militias", "G9 gang federation".
func (a *article) defineBodyAfterName(s *sentence, i int) {
	toks := s.toks
	j := i
	for j > 0 && !toks[j-1].upper && (s.tag[j-1] == "NOUN" || s.tag[j-1] == "ADJ") && j > i-2 {
		j--
	}
	start := a.nameStart(s, j)
	if appositive(s, proStart(s, start)) || indefinite(s, i) {
		return // "Hezbollah, the Shia movement led by ...", "an Islamic state": a description
	}
	if a.lex.in("government", s.lemma[i]) && toks[i].lower != s.lemma[i] && s.lemma[i] != "authority" {
		return // "Sahel juntas", "Gulf governments": several governments, no one body
	}
	if start < j && j-start <= 4 && !a.knownSpan(s, start, j) && !a.placeLike(s, start, j) && properRun(s, start, j) {
		// "Fano militias" where Fano acts alone is Fano; "the Amhara regional
		// special forces", after a place or with words between, is named in full
		if name := s.text(a.doc.Text, start, j); j == i && !a.namesPlace(name) && a.standsAlone(name) {
			a.defineName(s, proStart(s, start), j, i+1)
		} else {
			a.defineName(s, proStart(s, start), i+1, i+1) // "the Amhara regional government"
		}
	}
}

// indefinite: the noun at i has "a" or "an" for its determiner, and is not set off by
// a comma after a name ("the White Army, an armed Nuer youth militia"), which an
// apposition describes.
func indefinite(s *sentence, i int) bool {
	if !withArticle(s, i) {
		return false
	}
	d := s.child(i, "det")
	return s.rel[i] != "appos" && (d == 0 || s.toks[d-1].text != ",")
}

// withArticle: the noun at i has "a" or "an" for its determiner.
func withArticle(s *sentence, i int) bool {
	d := s.child(i, "det")
	return d >= 0 && (s.toks[d].lower == "a" || s.toks[d].lower == "an")
}

// titleBeforeOf reports whether a title followed by "of" starts at k, before i: the
// name is what follows "of".
func (a *article) titleBeforeOf(s *sentence, k, i int) bool {
	if !a.lex.in("role", s.toks[k].lower) {
		return false
	}
	for k < i && (a.lex.in("role", s.toks[k].lower) || s.toks[k].text == "-") {
		k++
	}
	return k < i && s.toks[k].lower == "of"
}

// appositive reports whether the phrase starting at i (after its article) stands in
// apposition to a name: "Hezbollah, the Shia movement".
func appositive(s *sentence, i int) bool {
	d := i - 1
	return d >= 2 && (s.toks[d].lower == "the" || s.toks[d].lower == "a" || s.toks[d].lower == "an") && s.toks[d-1].text == "," && s.toks[d-2].upper
}

// hyphenBody: the participles that name a body after its patron ("the Saudi-led
// coalition", "the GNA-aligned legislative assembly").
func hyphenBody(w string) bool {
	switch w {
	case "led", "backed", "aligned", "allied", "affiliated", "sponsored", "funded", "supported", "controlled", "dominated":
		return true
	}
	return false
}

// standsAlone reports whether a name is used on its own in the article ("Fano has
// dismissed...", not only "Fano militias"): then it is the actor's name, and the noun
// after it a description; else the whole phrase is the name ("Amhara special forces").
func (a *article) standsAlone(name string) bool {
	words := nameWords(name)
	for _, s := range a.sents {
		for i := 0; i+len(words) <= len(s.toks); i++ {
			match := true
			for k, w := range words {
				if s.toks[i+k].lower != w {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			next := i + len(words)
			if next >= len(s.toks) || s.tag[next] != "NOUN" && s.tag[next] != "ADJ" && !s.toks[next].upper && s.toks[next].text != "-" {
				return true // not a modifier of a noun, a longer name or a compound
			}
		}
	}
	return false
}

// namesPlace reports whether the article uses a name before a noun of place ("the
// Amhara region", "Amhara regional authorities"), or sets one beside it ("Bukavu,
// capital of South Kivu").
func (a *article) namesPlace(name string) bool {
	if a.beforePlace == nil {
		a.beforePlace = map[string]bool{}
		for _, s := range a.sents {
			for i, t := range s.toks {
				if !a.lex.in("placenoun", t.lower) {
					continue
				}
				for k := i - 1; k >= 0 && k >= i-4 && s.toks[k].upper; k-- {
					words := make([]string, 0, i-k)
					for _, w := range s.toks[k:i] {
						words = append(words, w.lower)
					}
					a.beforePlace[strings.Join(words, " ")] = true
				}
				if c := a.placeApposComma(s, i); c > 0 {
					// "Bukavu, capital of South Kivu": the whole name before the comma
					// ("Nagorno-Karabakh, a region", not "Karabakh")
					k := c - 1
					for k > 0 && c-k < 5 && (s.toks[k-1].upper || s.toks[k-1].text == "-" && k > 1 && s.toks[k-2].upper) {
						k--
					}
					words := make([]string, 0, c-k)
					for _, w := range s.toks[k:c] {
						words = append(words, w.lower)
					}
					a.beforePlace[strings.Join(words, " ")] = true
				}
			}
		}
	}
	return a.beforePlace[strings.Join(nameWords(name), " ")]
}

// nameTail extends a name past its head over "of", "for" and "in" followed by
// capitalised words: "League of Kosovo", "Coalition of Patriots for Change".
func (a *article) nameTail(s *sentence, end int) int {
	for end+1 < len(s.toks) && tailJoiner(s.toks[end].lower) {
		j := end + 1
		if s.toks[j].lower == "the" && j+1 < len(s.toks) {
			j++
		}
		if !s.toks[j].upper || s.tag[j] != "PROPN" && s.tag[j] != "NOUN" || a.roleEnd(s, j) > j {
			break // "the Government of President Hassan Sheikh Mohamud": his government
		}
		for j < len(s.toks) && a.nameTailWord(s, j) {
			j++
		}
		if j == end+1 || j == end+2 && s.toks[end+1].lower == "the" {
			break
		}
		if j < len(s.toks) && s.tag[j] == "NOUN" && !s.toks[j].upper {
			break // "Contact Group of European and Latin American countries": they describe
		}
		end = j
	}
	return end
}

// tailJoiner: the words that join a name's head to the rest of it ("League of
// Kosovo", "Coalition of Patriots for Change", "Movement for Democracy in Liberia").
func tailJoiner(w string) bool {
	return w == "of" || w == "for" || w == "in"
}

// nameTailWord reports whether the word at j goes on a name's tail: a capitalised
// word that is no date or other non-name (not "in March"), or "and" before one.
func (a *article) nameTailWord(s *sentence, j int) bool {
	t := s.toks[j]
	return t.upper && t.word && !a.lex.in("notname", t.lower) || t.lower == "and" && j+1 < len(s.toks) && s.toks[j+1].upper
}

// properRun reports whether tokens [i, j) are all parts of a name.
func properRun(s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		t := s.toks[k]
		if !t.upper && t.text != "-" && !nameParticle(t.lower) && !unicode.IsDigit([]rune(t.text)[0]) {
			return false
		}
		if k == 0 && s.tag[k] != "PROPN" {
			return false
		}
	}
	return true
}

// knownSpan reports whether a known name covers tokens [i, j) whole.
func (a *article) knownSpan(s *sentence, i, j int) bool {
	e, r, _, end := a.lookup(s.toks, i)
	return e != nil && end >= j && r == byName
}

// placeLike reports whether a name is a known state (used as a modifier: "Amhara
// regional forces" is a body, but "Libyan army" is the state's) or a demonym.
func (a *article) placeLike(s *sentence, i, j int) bool {
	e, _, _, end := a.lookup(s.toks, i)
	return e != nil && end == j && e.isState()
}

// defineName adds the body named by tokens [i, j), with the longer phrase [i, full)
// as an alias when the body noun follows in lower case.
func (a *article) defineName(s *sentence, i, j, full int) {
	name := s.text(a.doc.Text, i, j)
	if len(strings.TrimSpace(name)) < 2 || a.lex.in("notname", s.toks[i].lower) && j-i == 1 {
		return
	}
	if e := a.byNameKey(name); e != nil {
		if full > j {
			a.addName(e, s.text(a.doc.Text, i, full))
		}
		return
	}
	head := s.lemma[full-1]
	if h := headOf(name); h != "" && j == full {
		head = h
	}
	e := a.newLocal(name, kindOfBody(a.lex, head))
	a.stateArmy(e, s, i, full)
	a.namedStateGovernment(e, s, i, full)
	if full > j {
		a.addName(e, s.text(a.doc.Text, i, full))
	}
	if a.lex.agents[head] != "" {
		e.agent = a.lex.agents[head]
	}
	e.plural = strings.HasSuffix(s.toks[full-1].lower, "s")
}
