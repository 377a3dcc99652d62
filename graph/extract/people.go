package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/extract/petrarch"
)

// People are found over the whole article before mentions are read: a name after a
// title ("Prime Minister Ariel Henry", "warlord Khalifa Haftar"), a name described by
// an apposition ("Jimmy Chérizier, the former police officer"), a name followed by
// "who", or a name that says something ("Korir Sing'oei said"). Each gets its family
// name as an alias, so that "Henry" later finds Ariel Henry.

// definePeople finds the people of one sentence.
func (a *article) definePeople(s *sentence) {
	toks := s.toks
	if shouting(s) {
		return // "NEW ARMY CHIEF VOWS TO KEEP UP PRESSURE": no name tells itself apart
	}
	for i := 0; i < len(toks); i++ {
		if j, ok := a.titledPerson(s, i); ok {
			i = j - 1
			continue
		}
		if !toks[i].upper || s.tag[i] != "PROPN" || i > 0 && s.at != nil && s.isProper(i-1) && toks[i-1].upper {
			continue
		}
		if e, r, _, _ := a.lookup(s.toks, i); e != nil && r == byName && a.afterTitle(s, i) {
			a.personFromGroupList(e) // "The MILF chairman, Murad Ebrahim,"
		}
		i = a.definePersonAt(s, i)
	}
}

// definePersonAt defines the person a name at i names, if it names one, and returns
// the last word read.
func (a *article) definePersonAt(s *sentence, i int) int {
	j := a.personNameEnd(s, i)
	if j-i == 1 && a.describedAsPerson(s, j) && !a.knownSpan(s, i, j) {
		a.definePersonByFullName(s, i) // "Abdi, the SDF's commander," after "Mazloum Abdi"
		return i
	}
	if j-i < 2 || a.knownSpan(s, i, j) || a.bodyHead(s, j-1) || a.startsWithName(s, i) || !a.namesPerson(s, i, j) {
		return i
	}
	return a.definePerson(s, i, j) - 1
}

// titledPerson reads TITLE Name at i ("Prime Minister Ariel Henry"): the person, and
// whose title they hold. It returns where the name ends, and whether there was one.
func (a *article) titledPerson(s *sentence, i int) (int, bool) {
	end := a.roleEnd(s, i)
	if end <= i || end >= len(s.toks) {
		return 0, false
	}
	for e := a.roleEnd(s, end); e > end && e < len(s.toks); e = a.roleEnd(s, end) {
		end = e // "army chief Field Marshal X", "Transitional President Capt. X": a rank after the office
	}
	if e, r, _, _ := a.lookup(s.toks, end); e != nil && r == byName {
		a.personFromGroupList(e) // "MILF chairman Murad Ebrahim"
	}
	j := a.personNameEnd(s, end)
	if j <= end || a.startsWithName(s, end) || a.lex.in("initiative", s.lemma[j-1]) || a.bodyHead(s, j-1) {
		return 0, false // "the General Framework Agreement", "the General Command": no person
	}
	p := a.person(s, end, j)
	if p != nil && p.owner == nil {
		a.titledBy(s, p, i, end)
	}
	return a.takeNickname(s, p, j), true
}

// personFromGroupList makes a person of an actor the dictionary of armed groups lists
// among the groups, whose name has the shape of a person's (two or three words, none of
// a body or another class of the reader's words): a title before it says it is one
// ("MILF chairman Murad Ebrahim").
func (a *article) personFromGroupList(e *entity) {
	if e.entry == nil || e.entry.phoenix == nil || e.node.Kind != graph.KindGroup {
		return
	}
	words := strings.Fields(e.node.Name)
	if len(words) < 2 || len(words) > 3 || a.lex.phoenixKind(e.node.Name, graph.KindOrganisation) != graph.KindPerson {
		return
	}
	for _, w := range words {
		if a.lex.wordOfClass(strings.ToLower(w)) || !unicode.IsUpper([]rune(w)[0]) && !nameParticle(w) {
			return
		}
	}
	e.node.Kind = graph.KindPerson
}

// namesPerson reports whether the name at [i, j) is a person's: an apposition or
// "who" describes a person, the name says something, a title stands before it, or it
// begins with a given name and a nickname follows.
func (a *article) namesPerson(s *sentence, i, j int) bool {
	return a.describedAsPerson(s, j) || a.speaks(s, i, j) || a.afterTitle(s, i) || a.lex.firstNames[s.toks[i].lower] && a.nickname(s, j) > j || ledByName(s, i)
}

// ledByName: the name at i is the agent of a verb of leading ("the Badr Organization,
// led by Hadi al-Amiri"): a person's, whole, though a shorter known name ("Hadi")
// begins it.
func ledByName(s *sentence, i int) bool {
	if i < 2 || s.toks[i-1].lower != "by" {
		return false
	}
	_, leads := leadVerbs[s.lemma[i-2]]
	return leads && s.tag[i-2] == "VERB"
}

// definePerson adds the person the name at [i, j) names, with the name they go by
// ("Mohamed Hamdan Dagalo, known as Hemedti"), and returns where the reading ends.
func (a *article) definePerson(s *sentence, i, j int) int {
	return a.takeNickname(s, a.person(s, i, j), j)
}

// takeNickname gives the person p, whose name ends at j, the name they go by when
// "known as" follows ("RSF commander Mohamed Hamdan Dagalo, known as Hemedti"), and
// returns where the reading ends.
func (a *article) takeNickname(s *sentence, p *entity, j int) int {
	if ne := a.nickname(s, j); ne > j && p != nil {
		a.addName(p, strings.Trim(s.text(a.doc.Text, ne-nicknameLen(s, ne), ne), "\"“” "))
		return ne
	}
	return j
}

// nickname returns the end of the name a person goes by when "known as" follows their
// name at j ("Mohamed Hamdan Dagalo, known as Hemedti", "Gabriel Jean-Pierre, known as
// \"Ti Gabriel\""), else j.
func (a *article) nickname(s *sentence, j int) int {
	k := j
	if k < len(s.toks) && s.toks[k].text == "," {
		k++
	}
	if k < len(s.toks) && (s.toks[k].lower == "better" || s.toks[k].lower == "widely" || s.toks[k].lower == "popularly") {
		k++
	}
	if k+2 >= len(s.toks) || s.toks[k].lower != "known" || s.toks[k+1].lower != "as" {
		return j
	}
	k += 2
	for k < len(s.toks) && (isQuote(s.toks[k].text) || s.toks[k].lower == "the") {
		k++
	}
	end := k
	for end < len(s.toks) && end < k+3 && s.toks[end].upper && s.toks[end].word {
		end++
	}
	if end == k {
		return j
	}
	for end < len(s.toks) && isQuote(s.toks[end].text) {
		end++
	}
	return end
}

// nicknameLen is how many tokens before end the nickname takes, quotes included.
func nicknameLen(s *sentence, end int) int {
	k := end
	for k > 0 && (isQuote(s.toks[k-1].text) || s.toks[k-1].upper && s.toks[k-1].word) {
		k--
	}
	return end - k
}

// shouting reports whether a sentence is written all in capitals (a headline, a
// banner), where capitals no longer mark names.
func shouting(s *sentence) bool {
	words, upper := 0, 0
	for _, t := range s.toks {
		if t.word && !isDigits(t.text) {
			words++
			if isAllCaps(t.text) {
				upper++
			}
		}
	}
	return words >= 4 && upper == words
}

// titledBy records whose title a person holds when a state stands before it
// ("Syrian President Bashar al-Assad", "Yemen's President Hadi"), so that "Assad's
// government" is known to be Syria's.
func (a *article) titledBy(s *sentence, p *entity, rs, re int) {
	role := strings.ToLower(s.text(a.doc.Text, rs, re))
	if !a.isLeaderRole(role) || former(s, rs) {
		return
	}
	k := rs - 1
	if k >= 0 && s.toks[k].lower == "'s" {
		k--
	}
	switch {
	case k < 0:
	case a.stateAt(s, k) != nil:
		p.owner, p.role = a.stateAt(s, k), role
		return
	case a.groupAt(s, k) != nil:
		p.owner, p.role = a.groupAt(s, k), role // "UNITA leader Jonas Savimbi": "Savimbi's men" are UNITA's
		return
	}
	if a.lex.in("staterole", unranked(role)) && s.toks[rs].upper && (rs == 0 || s.toks[rs-1].text != "-") {
		p.stateTitle, p.titleSent = true, s.i // "President Slobodan Milosevic": a state's head, whose the text says elsewhere; not "Vice-President X"
	}
}

// groupAt returns the armed group a name ending at word k names, or nil.
func (a *article) groupAt(s *sentence, k int) *entity {
	for j := max(k-5, 0); j <= k; j++ {
		if e, r, _, end := a.lookup(s.toks, j); e != nil && end == k+1 && r == byName && e.node.Kind == graph.KindGroup {
			return e
		}
	}
	return nil
}

// roleEnd returns the index past a title starting at i ("Prime Minister", "Gen.",
// "former senator"), or i.
func (a *article) roleEnd(s *sentence, i int) int {
	words := make([]string, 0, 4)
	for k := i; k < len(s.toks) && k < i+4; k++ {
		words = append(words, s.toks[k].lower)
	}
	start := 0
	if len(words) > 1 && (words[0] == "former" || words[0] == "late" || words[0] == "then" || words[0] == "new" || words[0] == "interim" || words[0] == "acting" || words[0] == "deputy" || words[0] == "vice" || words[0] == "assistant") {
		start = 1
		if len(words) > 2 && words[1] == "-" {
			start = 2 // "Vice-President", "Deputy-Governor": the hyphen joins the title
		}
	}
	end := a.lex.sets["role"].match(words, start)
	if end == start {
		return portfolioEnd(s, i)
	}
	end += i
	if end < len(s.toks) && s.toks[end].text == "." { // "Gen. X"
		end++
	}
	return end
}

// portfolioEnd returns the index past a minister's title that names a portfolio in
// capitals no list holds ("Justice Minister", "Trade and Industry Minister", "Home
// Affairs Secretary"), or i. The capitals are the portfolio, no actor's name.
func portfolioEnd(s *sentence, i int) int {
	k := i
	for k < len(s.toks) && k < i+6 && s.at[k] == nil && !s.place[k] && (s.toks[k].upper || k > i && (s.toks[k].lower == "and" || s.toks[k].text == "&")) {
		if l := s.toks[k].lower; l == "minister" || l == "secretary" {
			break
		}
		k++
	}
	if k == i || k >= len(s.toks) || !s.toks[k-1].upper || s.toks[k].lower != "minister" && s.toks[k].lower != "secretary" {
		return i
	}
	return k + 1
}

// personNameEnd returns the end of a person's name starting at i: capitalised words,
// name particles ("al-", "bin"), hyphens, and a nickname in quotes ("Jimmy "Barbecue"
// Chérizier"); i when no name starts there.
func (a *article) personNameEnd(s *sentence, i int) int {
	toks := s.toks
	j := i
	for j < len(toks) {
		step := a.personNameStep(s, i, j)
		if step == 0 {
			if j > i && (toks[j-1].text == "-" || nameParticle(toks[j-1].lower)) {
				j--
			}
			return j
		}
		j += step
	}
	return j
}

// personNameStep returns how many tokens at j go on the person's name that starts at
// i: a capitalised word, or a hyphen or particle before one (1); a particle and a
// hyphen before one ("Fayez al-Sarraj", 2); a nickname in quotes (3); 0 where the name
// ends.
func (a *article) personNameStep(s *sentence, i, j int) int {
	toks := s.toks
	t := toks[j]
	switch {
	case a.personNameWord(t) || j > i && (t.text == "-" || nameParticle(t.lower)) && j+1 < len(toks) && toks[j+1].upper:
		return 1
	case j > i && a.lex.firstNames[toks[j-1].lower] && t.upper && j+1 < len(toks) && a.personNameWord(toks[j+1]) && a.roleEnd(s, j) == j+1:
		return 1 // a one-word title between a given name and a name: "Hassan Sheikh Mohamud"
	case j > i && nameParticle(t.lower) && j+2 < len(toks) && toks[j+1].text == "-" && toks[j+2].upper:
		return 2 // "Fayez al-Sarraj"
	}
	return nameTailStep(toks, i, j)
}

// nameTailStep returns how many tokens at j go on a person's name that starts at i in
// the forms written apart from its words: a nickname in quotes (3), a given name in
// syllables ("Chou En-lai", "Kim Il-sung", 2), the full stop of an initial (1); else 0.
func nameTailStep(toks []token, i, j int) int {
	switch {
	case j > i && quotedNickname(toks, j):
		return 3
	case j > i && hyphenSyllable(toks, j):
		return 2
	case j > i && initialBefore(toks, j) && j+1 < len(toks) && toks[j+1].upper && toks[j+1].word:
		return 1 // the full stop of an initial: "Junius R. Jayewardene"
	}
	return 0
}

// hyphenSyllable: a hyphen at j joins the capitalised name word before it to a short
// word in lower case after it, written as one ("En-lai", "Il-sung", "Kai-shek").
func hyphenSyllable(toks []token, j int) bool {
	if toks[j].text != "-" || j+1 >= len(toks) || !toks[j-1].upper {
		return false
	}
	n := toks[j+1]
	return n.word && !n.upper && len(n.text) <= 5 && toks[j-1].end == toks[j].start && toks[j].end == n.start
}

// personNameWord: a capitalised word that is neither a common non-name nor a title.
func (a *article) personNameWord(t token) bool {
	return t.upper && t.word && !a.lex.in("notname", t.lower) && !a.lex.in("role", t.lower)
}

// quotedNickname: a capitalised word in quotes at j, before the rest of the name
// ("Jimmy "Barbecue" Chérizier").
func quotedNickname(toks []token, j int) bool {
	return isQuote(toks[j].text) && j+2 < len(toks) && toks[j+1].upper && isQuote(toks[j+2].text) && j+3 < len(toks) && toks[j+3].upper
}

func isQuote(s string) bool { return s == "\"" || s == "\u201c" || s == "\u201d" }

// startsWithName: a name that begins with a known actor's ("US Secretary") is no
// person's.
func (a *article) startsWithName(s *sentence, i int) bool {
	e, _, _, _ := a.lookup(s.toks, i)
	return e != nil && !e.isPerson()
}

// bodyHead reports whether token i is a noun that heads a body's name ("Forces").
func (a *article) bodyHead(s *sentence, i int) bool {
	return a.lex.in("body", s.toks[i].lower) || a.lex.in("initiative", s.lemma[i])
}

// describedAsPerson: the name is followed by an apposition that describes a person
// (", the former police officer", ", a former rebel leader", ", 35,") or by "who".
func (a *article) describedAsPerson(s *sentence, j int) bool {
	toks := s.toks
	if j+1 >= len(toks) || toks[j].text != "," {
		return false
	}
	k := j + 1
	if toks[k].lower == "who" || toks[k].lower == "whose" && k+1 < len(toks) && a.lex.in("role", toks[k+1].lower) {
		return true
	}
	if isDigits(toks[k].text) {
		return true // "Juan Guaidó, 35,"
	}
	if toks[k].lower != "the" && toks[k].lower != "a" && toks[k].lower != "an" {
		return false
	}
	for k++; k < len(toks) && k < j+8; k++ {
		if a.lex.in("role", toks[k].lower) || k+1 < len(toks) && a.lex.in("role", toks[k].lower+" "+toks[k+1].lower) {
			return true
		}
		if toks[k].text == "," || toks[k].lower == "of" {
			return false
		}
	}
	return false
}

// afterTitle: the name stands in apposition after a title ("Nato's Secretary-General,
// Javier Solana", "the American President, Bill Clinton").
func (a *article) afterTitle(s *sentence, i int) bool {
	if i < 2 || s.toks[i-1].text != "," {
		return false
	}
	return a.lex.in("role", s.toks[i-2].lower) || a.lex.in("role", s.lemma[i-2]) || i >= 4 && s.toks[i-3].text == "-" && a.lex.in("role", s.toks[i-4].lower+"-"+s.toks[i-2].lower)
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// speaks: a name of two or three words that is the subject of a verb of saying.
func (a *article) speaks(s *sentence, i, j int) bool {
	if j-i > 3 {
		return false
	}
	h := -1
	for k := i; k < j; k++ {
		if s.head[k] < i || s.head[k] >= j {
			h = k
			break
		}
	}
	if h < 0 || base(s.rel[h]) != "nsubj" || s.head[h] < 0 {
		return false
	}
	// groups speak too ("Kataib Hezbollah announced"): a speaker is a person when the
	// name begins with a given name people bear
	return a.lex.in("reporting", s.lemma[s.head[h]]) && a.lex.firstNames[s.toks[i].lower]
}

// person returns the person named by tokens [i, j), adding them to the article with
// their family name as an alias when they are new.
func (a *article) person(s *sentence, i, j int) *entity {
	name := s.text(a.doc.Text, i, j)
	nick := ""
	var words []string
	for k := i; k < j; k++ {
		t := s.toks[k]
		if isQuote(t.text) {
			continue
		}
		if k > i && isQuote(s.toks[k-1].text) && k+1 < j && isQuote(s.toks[k+1].text) {
			nick = t.text
			continue
		}
		words = append(words, t.text)
	}
	if nick != "" {
		name = joinName(words)
	}
	if e, r, _, end := a.lookup(s.toks, i); e != nil && end >= j && r == byName {
		if !e.isPerson() {
			return nil
		}
		if e.entry != nil && j-i >= 2 {
			a.teachFamilyNames(e, s, i, j) // "President Ahmad Tejan Kabbah", then "Mr Kabbah"
		}
		return e
	}
	if e := a.byNameKey(name); e != nil {
		return e
	}
	if j-i == 1 {
		if e := a.oneWordPerson(s, i, name); e != nil {
			return e
		}
	}
	// a family name already known as a person: "Ariel Henry" after "Henry"
	e := a.newLocal(name, graph.KindPerson)
	for _, al := range familyNames(words) {
		if other := a.byNameKey(al); other == nil {
			a.addName(e, al)
		}
	}
	if nick != "" {
		a.addName(e, nick)
	}
	return e
}

// oneWordPerson returns the person a name of one word at i stands for: the one the
// dictionary gives that family name on the article's date, or the one the article
// named with that word in a longer name ("Agha Mohammad Yahya Khan ... President
// Yahya"), who goes by it from then on; nil if neither.
func (a *article) oneWordPerson(s *sentence, i int, name string) *entity {
	if e := a.datedFamilyName(s, i); e != nil {
		return e
	}
	if e := a.personByNameWord(name); e != nil {
		a.addName(e, name)
		return e
	}
	return nil
}

// definePersonByFullName reads a one-word name at i that an apposition describes as a
// person ("Abdi, the SDF's commander,") as the person the article names in full
// elsewhere ("shook hands with Mazloum Abdi"), when it does.
func (a *article) definePersonByFullName(s *sentence, i int) {
	name := s.toks[i].text
	if a.byNameKey(name) != nil {
		return
	}
	if full := a.fullNameOf(name); full != "" && a.byNameKey(full) == nil {
		a.newLocal(full, graph.KindPerson, name)
	}
}

// fullNameOf returns the one longer name the article writes that ends in the word
// given, when that word is a person's ("shook hands with Mazloum Abdi ... Abdi, the
// SDF's commander"): two or three capitalised words that no dictionary knows, nor
// starts with a title; "" when none, or when two such names differ.
func (a *article) fullNameOf(w string) string {
	if len(w) < 3 || nameParticle(strings.ToLower(w)) {
		return ""
	}
	full := ""
	for _, s := range a.sents {
		for k := 1; k < len(s.toks); k++ {
			if s.toks[k].text != w || k+1 < len(s.toks) && s.toks[k+1].upper && s.toks[k+1].word {
				continue
			}
			name := a.namesBefore(s, k)
			if name == "" {
				continue
			}
			if full != "" && full != name {
				return ""
			}
			full = name
		}
	}
	return full
}

// namesBefore returns the name of two or three words that the word at k ends: the
// capitalised words before it that no dictionary knows, after a word that begins no
// name; "" when none does.
func (a *article) namesBefore(s *sentence, k int) string {
	i := k
	for i > 0 && k-i < 2 && s.tag[i-1] == "PROPN" && s.toks[i-1].upper && s.toks[i-1].word && !a.lex.wordOfClass(s.toks[i-1].lower) {
		i--
	}
	if i == k || i > 0 && s.toks[i-1].upper && s.toks[i-1].word || s.knownName[i] {
		return "" // "Abdi" alone, or after a word that may begin a longer name
	}
	return s.text(a.doc.Text, i, k+1)
}

// personByNameWord returns the one person the article has named so far with a name of
// two words or more that has the word in it, or nil: a person is often called by a
// name other than the last ("Siad Barre", Mr Siad; "Deng Xiaoping", Mr Deng). None
// when two people share the word.
func (a *article) personByNameWord(w string) *entity {
	if len(w) < 3 || nameParticle(strings.ToLower(w)) {
		return nil
	}
	var found *entity
	seen := func(e *entity) bool {
		if !e.isPerson() || e == found {
			return false
		}
		for _, n := range append([]string{e.node.Name}, e.node.Aliases...) {
			if f := strings.Fields(n); len(f) >= 2 && slices.ContainsFunc(f, func(x string) bool { return strings.EqualFold(x, w) }) {
				return true
			}
		}
		return false
	}
	for _, e := range a.ents {
		if seen(e) {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	for _, e := range a.known {
		if e.mentions > 0 && seen(e) {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

func joinName(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && w != "-" && words[i-1] != "-" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// familyNames returns the short names a person goes by: the last word, and the last
// word with its particle ("al-Burhan" and "Burhan"), for names of two words or more.
func familyNames(words []string) []string {
	if len(words) < 2 {
		return nil
	}
	var out []string
	last := words[len(words)-1]
	if n := len(words); n >= 3 && words[n-2] == "-" {
		// "Jean-Pierre": hyphenated family name
		last = words[n-3] + "-" + words[n-1]
		if n >= 5 && nameParticle(strings.ToLower(words[n-3])) {
			out = append(out, words[n-1])
		}
	} else if n >= 3 && nameParticle(strings.ToLower(words[n-2])) {
		out = append(out, words[n-2]+" "+last)
	}
	lower := strings.ToLower(last)
	for _, p := range []string{"al-", "el-", "ad-", "as-", "an-"} {
		if strings.HasPrefix(lower, p) && len(last) > len(p)+1 {
			out = append(out, last[len(p):])
		}
	}
	return append(out, last)
}

// nameGoesOn: the word at i is not the end of a name: a name word or a particle of one
// follows ("General Zia ul-Haq" is not "Zia", nor "Ahmed Shah Massoud" "Ahmed").
func nameGoesOn(s *sentence, i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	n := s.toks[i+1]
	return n.word && n.upper && s.toks[i].end == n.start-1 || n.start == s.toks[i].end && n.text == "-" || nameParticle(n.lower) || hyphenParticle(n.lower)
}

// datedFamilyName returns the person of the dictionary who goes by the family name at
// i after a title and held an office on the article's date ("President Reagan" in 1987
// is Ronald Reagan): the only one, else the only one the dictionary names with that
// title ("PRESIDENT BUSH" in 2003, not the Cayman Islands' Mckeeva Bush), else the only
// one in a government then. Nil when the date is not given or none stands alone.
func (a *article) datedFamilyName(s *sentence, i int) *entity {
	if !a.dateGiven || i == 0 || nameGoesOn(s, i) {
		return nil
	}
	title := strings.ToUpper(strings.TrimSuffix(s.toks[i-1].text, "."))
	var office, titled, government []*entry
	for _, e := range a.lex.withFamilyName(s.toks[i].lower) {
		ph := e.roles()
		k := slices.IndexFunc(ph.Roles, func(r petrarch.Role) bool {
			return !r.From.IsZero() && r.Holds(a.date) && !petrarch.ParseCode(r.Code).Has("ELI") // an office, not standing ("elite")
		})
		if k < 0 {
			continue
		}
		office = append(office, e)
		if slices.ContainsFunc(ph.Names, func(n string) bool { return slices.Contains(strings.Fields(n), title) }) {
			titled = append(titled, e)
		}
		if petrarch.ParseCode(ph.Roles[k].Code).Has("GOV") {
			government = append(government, e)
		}
	}
	for _, one := range [][]*entry{office, titled, government} {
		if len(one) == 1 {
			e := a.entityFor(one[0])
			a.addName(e, s.toks[i].text)
			return e
		}
	}
	return nil
}
