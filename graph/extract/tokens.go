package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is a word or a punctuation mark with its byte offsets in the document text.
type token struct {
	text       string // as written, curly apostrophes made straight
	lower      string
	start, end int
	word       bool // letters or digits, as opposed to punctuation
	upper      bool // starts with an upper-case letter
	newline    bool // a line break stands before it
}

// span is a run of tokens that the splitter judged to be one sentence.
type span struct {
	toks       []token
	start, end int // byte offsets in the document text
	piece      int // 1, 2, ... for the pieces of a sentence longer than MaxSentenceBytes
}

// tokenize splits text into tokens. Words keep internal dots of initialisms ("U.S.")
// and split off possessives and contractions ("Haftar's" -> "Haftar" "'s",
// "didn't" -> "did" "n't"); hyphens stand alone so that "UN-backed" is three tokens.
func tokenize(text string) []token {
	var toks []token
	nl := true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			nl = true
			i += size
			continue
		case unicode.IsSpace(r):
			i += size
			continue
		case isWordRune(r):
			j := wordEnd(text, i)
			toks = appendWord(toks, text[i:j], i, nl)
			i = j
		case r == '\'' || r == '\u2019':
			toks, i = appendApostrophe(toks, text, i, size, nl)
		default:
			toks = append(toks, newToken(text[i:i+size], i, i+size, nl))
			i += size
		}
		nl = false
	}
	return toks
}

// modelPrefix: one to three letters that begin with a capital ("F", "Su", "MiG"), as
// the names of models of arms and aircraft begin before a hyphen and a number.
func modelPrefix(w string) bool {
	if len(w) == 0 || len(w) > 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isModel: a word that names a model of arms or aircraft ("F-16", "Su-25"), no name
// of an actor.
func isModel(w string) bool {
	before, after, ok := strings.Cut(w, "-")
	return ok && modelPrefix(before) && after != "" && after[0] >= '0' && after[0] <= '9'
}

// wordEnd returns where the word starting at i ends: past its letters and digits, and
// the dots of an initialism ("U.S.", "U.N.").
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r2, s2 := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r2) {
			j += s2
			continue
		}
		// a model of arms or aircraft: "F-16", "Su-25", "MiG-29", "S-400" are one word
		if r2 == '-' && modelPrefix(text[i:j]) && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
			j++
			continue
		}
		// numbers: "3,700", "15,000", "2.5" are one word
		if (r2 == ',' || r2 == '.') && j > i && numberGroupAfter(text, i, j, r2 == ',') {
			j++
			continue
		}
		// initialisms: U.S. / U.N. (a single letter followed by a dot and a letter)
		if r2 == '.' && j-i >= 1 && isInitialism(text[i:j]) {
			if j+s2 < len(text) {
				if next, _ := utf8.DecodeRuneInString(text[j+1:]); unicode.IsUpper(next) {
					j += s2
					continue
				}
			}
			if strings.Contains(text[i:j], ".") {
				j += s2 // the final dot of "U.S."
			}
		}
		break
	}
	return j
}

// numberGroupAfter: the word text[i:j] is a number so far and the comma or dot at j
// goes on with digits: three of them ending there after a comma ("3,700"), any after a
// dot ("2.5").
func numberGroupAfter(text string, i, j int, comma bool) bool {
	for _, r := range text[i:j] {
		if r != ',' && r != '.' && !unicode.IsDigit(r) {
			return false
		}
	}
	k := j + 1
	for k < len(text) && text[k] >= '0' && text[k] <= '9' {
		k++
	}
	if comma {
		return k-j-1 == 3 && (k == len(text) || !unicode.IsLetter(rune(text[k])))
	}
	return k > j+1
}

// appendWord adds the word w found at byte i ("n't" is split off by appendApostrophe);
// "cannot" is "can" and "not", as the treebank writes it.
func appendWord(toks []token, w string, i int, nl bool) []token {
	if strings.EqualFold(w, "cannot") {
		return append(toks, newToken(w[:3], i, i+3, nl), newToken(w[3:], i+3, i+len(w), false))
	}
	return append(toks, newToken(w, i, i+len(w), nl))
}

// appendApostrophe adds the apostrophe at byte i: with the letters after it when it
// opens a possessive or clitic after a word ('s, 're, 've, 'll, 'd); joined to the word
// before and the letters after when it stands inside a name ("N'Djamena"); else bare.
// It returns where the next token may start.
func appendApostrophe(toks []token, text string, i, size int, nl bool) ([]token, int) {
	j := i + size
	k := j
	for k < len(text) {
		r2, s2 := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r2) {
			break
		}
		k += s2
	}
	rest := strings.ToLower(text[j:k])
	attached := len(toks) > 0 && toks[len(toks)-1].end == i && toks[len(toks)-1].word
	if prev := len(toks) - 1; attached && rest == "t" && strings.HasSuffix(strings.ToLower(toks[prev].text), "n") && len(toks[prev].text) > 1 {
		// "didn't" -> "did" "n't", "can't" -> "ca" "n't", as the treebank writes them
		p := toks[prev]
		toks[prev] = newToken(text[p.start:i-1], p.start, i-1, p.newline)
		return append(toks, newToken(text[i-1:k], i-1, k, false)), k
	}
	if attached && clitic(rest) {
		return append(toks, newToken("'"+rest, i, k, false)), k
	}
	if attached && rest != "" {
		// an apostrophe inside a name: "N'Ban La", "O'Brien", "Sana'a", "N'Djamena"
		prev := toks[len(toks)-1]
		toks[len(toks)-1] = newToken(text[prev.start:k], prev.start, k, prev.newline)
		return toks, k
	}
	return append(toks, newToken("'", i, j, nl)), j
}

// clitic: the endings an apostrophe attaches to a word ("Haftar's", "they're",
// "we've", "we'll", "he'd"); "n't" is split off before.
func clitic(rest string) bool {
	switch rest {
	case "s", "re", "ve", "ll", "d":
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isInitialism reports whether w so far looks like "U", "U.S" or "U.N": single letters
// separated by dots.
func isInitialism(w string) bool {
	parts := strings.Split(w, ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 || !unicode.IsUpper([]rune(p)[0]) {
			return false
		}
	}
	return true
}

func newToken(s string, start, end int, nl bool) token {
	s = strings.ReplaceAll(s, "\u2019", "'")
	r, _ := utf8.DecodeRuneInString(s)
	return token{
		text:    s,
		lower:   fold(strings.ToLower(s)),
		start:   start,
		end:     end,
		word:    unicode.IsLetter(r) || unicode.IsDigit(r) || strings.HasPrefix(s, "'") && len(s) > 1 || s == "n't",
		upper:   unicode.IsUpper(r),
		newline: nl,
	}
}

// splitSentences groups tokens into sentences: a line break always ends one (news
// copy puts headlines, captions and paragraphs on lines of their own); within a line,
// a full stop, question or exclamation mark ends one unless it follows a known
// abbreviation, and closing quotes and brackets stay with the sentence they close.
func splitSentences(toks []token, abbrev map[string]bool) []span {
	toks = joinAbbreviations(toks, abbrev)
	var out []span
	begin := 0
	flush := func(end int) {
		begin += linePrefix(toks[begin:end])
		if k := plainDateline(toks[begin:end]); k > 0 {
			// "NEW YORK, March 2 - ...": the place and date are a line of their own
			out = append(out, span{toks: toks[begin : begin+k], start: toks[begin].start, end: toks[begin+k-1].end})
			begin += k
		}
		if end > begin {
			out = append(out, span{toks: toks[begin:end], start: toks[begin].start, end: toks[end-1].end})
		}
		begin = end
	}
	for i := 0; i < len(toks); i++ {
		if toks[i].newline && i > begin {
			flush(i)
		}
		t := toks[i].text
		if t != "." && t != "!" && t != "?" {
			continue
		}
		j := i + 1
		for j < len(toks) && isCloser(toks[j].text) && !toks[j].newline {
			j++
		}
		if j < len(toks) && !toks[j].newline && sentenceGoesOn(toks, i, toks[j]) {
			continue
		}
		flush(j)
		i = j - 1
	}
	flush(len(toks))
	return splitLong(out)
}

// MaxSentenceBytes is the longest sentence read whole. Text without full stops (a list,
// a transcript, a file that is not prose) would otherwise make one sentence of
// everything: read in pieces no longer than this, at the last semicolon, colon, comma
// or conjunction before the limit, it takes time in proportion to its length.
const MaxSentenceBytes = 2000

// splitLong cuts the sentences longer than MaxSentenceBytes into pieces.
func splitLong(in []span) []span {
	var out []span
	for _, sp := range in {
		for sp.end-sp.start > MaxSentenceBytes && len(sp.toks) > 1 {
			cut := cutPoint(sp.toks, sp.start+MaxSentenceBytes)
			out = append(out, span{toks: sp.toks[:cut], start: sp.start, end: sp.toks[cut-1].end, piece: sp.piece + 1})
			sp = span{toks: sp.toks[cut:], start: sp.toks[cut].start, end: sp.end, piece: sp.piece + 1}
		}
		out = append(out, sp)
	}
	return out
}

// cutPoint returns where to cut tokens that run past limit: after the last
// punctuation mark that parts clauses, or before the last conjunction, that ends by
// limit; else at the last token that does; never before the first token.
func cutPoint(toks []token, limit int) int {
	last, best := 1, 0
	for i := 1; i < len(toks) && toks[i-1].end <= limit; i++ {
		last = i
		switch toks[i-1].text {
		case ";", ":", ",":
			best = i
		}
		switch toks[i].lower {
		case "and", "but", "while", "whereas":
			best = i
		}
	}
	if best > last/2 {
		return best // a break in the second half of the piece
	}
	return last
}

// sentenceGoesOn: the stop at i, with next the word after it on its line, ends no
// sentence: "e.g. the", "6 a.m. on", "at 4 a.m. (0200 GMT)", "President Junius R.
// Jayewardene", "DMK leader M. Karunanidhi".
func sentenceGoesOn(toks []token, i int, next token) bool {
	switch {
	case !next.upper && !isOpener(next.text) && !unicode.IsDigit(rune(next.text[0])):
		return true
	case next.text == "(" && clockTime(toks, i):
		return true // the time in another zone
	case initialBefore(toks, i) && next.upper && next.word:
		return true
	}
	return false
}

// initialBefore: the full stop at i closes a single capital letter written against it,
// a person's initial.
func initialBefore(toks []token, i int) bool {
	if t := toks[i]; t.text != "." || i == 0 {
		return false
	}
	p := toks[i-1]
	return len(p.text) == 1 && p.text[0] >= 'A' && p.text[0] <= 'Z' && p.end == toks[i].start
}

// clockTime: the full stop at i closes a time of day ("4 a.m.", "10 p.m."), however
// its letters and stops were cut into tokens.
func clockTime(toks []token, i int) bool {
	tail := ""
	for k := i; k >= 0 && k > i-4; k-- {
		tail = toks[k].lower + tail
		if (tail == "a.m." || tail == "p.m.") && k > 0 {
			return isDigits(strings.SplitN(toks[k-1].text, ":", 2)[0])
		}
	}
	return false
}

// joinAbbreviations makes a known abbreviation and its full stop one token ("Gen.",
// "Oct."), as the treebank the parser learnt from writes them; the token's lower form
// stays without the stop, as the word lists write it.
func joinAbbreviations(toks []token, abbrev map[string]bool) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && toks[i+1].text == "." && (abbrev[t.lower] && !wordNotNumber(toks, i) || middleInitial(toks, i)) && t.end == toks[i+1].start {
			t.text += "."
			t.end = toks[i+1].end
			i++
		}
		out = append(out, t)
	}
	return out
}

// wordNotNumber: "No." with no number after it is the word "no" ending a sentence
// ("CORRESPONDENT: No. In 1994 ..."), not the abbreviation of "number" ("No. 10").
func wordNotNumber(toks []token, i int) bool {
	return toks[i].lower == "no" && (i+2 >= len(toks) || !unicode.IsDigit(rune(toks[i+2].text[0])))
}

// middleInitial: a capital letter with its full stop between two capitalised words of
// a name ("George W. Bush"): no sentence ends there.
func middleInitial(toks []token, i int) bool {
	t := toks[i].text
	return len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z' && i > 0 && toks[i-1].upper && i+2 < len(toks) && toks[i+2].upper && !toks[i+2].newline
}

func isCloser(s string) bool {
	return s == "\"" || s == "\u201d" || s == ")" || s == "'" || s == "]"
}

func isOpener(s string) bool {
	return s == "\"" || s == "\u201c" || s == "(" || s == "'" || s == "["
}

// fold drops accents, so that "Bogota" meets the dataset's "Bogotá" and "Turkiye"
// "Türkiye". Text without them is returned as it is.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// linePrefix returns how many tokens at the start of a sentence that opens a line are
// no part of it: a list item's bullet, a live blog's time stamp ("11:05 GMT - ").
func linePrefix(toks []token) int {
	if len(toks) == 0 || !toks[0].newline {
		return 0
	}
	if len(toks) > 1 && isBullet(toks[0].text) {
		return 1
	}
	if k := agencyDateline(toks); k > 0 {
		return k
	}
	if k := listedSectionLabel(toks); k > 0 {
		return k
	}
	return timeStamp(toks)
}

// listedSectionLabel returns how many tokens a round-up's section label that lists
// several names in capitals takes at the start of a line ("GULF AND JORDAN - ",
// "EUROPE, NATO - "), or 0. One name ("RUSSIA - ") stays: it tells whose voice the
// section is, while a list names no one actor.
func listedSectionLabel(toks []token) int {
	joined := false
	for k, t := range toks {
		switch {
		case k > 0 && k <= 6 && isBullet(t.text) && t.text != "*":
			if !joined || !isAllCaps(toks[k-1].text) || len(toks)-k-1 < 3 {
				return 0
			}
			return k + 1
		case k > 0 && (t.text == "AND" || t.text == "&" || t.text == ","):
			joined = true
		case !isAllCaps(t.text) || k > 6:
			return 0
		}
	}
	return 0
}

// agencyDateline returns how many tokens a news agency's dateline takes at the start of a
// line ("YANGON (Reuters) - ", "KHARTOUM, Sudan (AP) — ", "Ouagadougou (AFP) - ",
// "MEXICO CITY, Feb 20 (Meridian Wire) - ", "PORT SUDAN/WASHINGTON, Jan 16 (Reuters) -
// "): a place or two, maybe a date, the agency in brackets, a dash; or 0.
func agencyDateline(toks []token) int {
	for k := 3; k < len(toks) && k <= 12; k++ {
		if !isBullet(toks[k].text) || toks[k].text == "*" {
			continue
		}
		open := k - 3 // the agency's name, in one to three words
		for open > 0 && open > k-6 && toks[open].text != "(" && toks[open].upper {
			open--
		}
		if toks[k-1].text != ")" || toks[open].text != "(" || !toks[k-2].upper || len(toks)-k-1 < 3 {
			return 0
		}
		for _, t := range toks[:open] {
			if !t.upper && t.text != "," && t.text != "/" && !isDigits(t.text) {
				return 0 // "MEXICO CITY, Feb 20 (Meridian Wire) - ": a date may stand before the agency; "PORT SUDAN/WASHINGTON": two places
			}
		}
		return k + 1
	}
	return 0
}

// plainDateline returns how many tokens a dateline with no agency takes at the start
// of a line, its dash included ("NEW YORK, March 2 - ", "ADDIS ABABA, Ethiopia - ",
// "PARIS, 15 September 2014 - "): a place in capitals, then a comma and a date or a
// country in a few words; or 0. The parser reads the sentence after it far better
// alone.
func plainDateline(toks []token) int {
	if len(toks) == 0 || !toks[0].newline {
		return 0
	}
	k := datelinePlace(toks)
	if k == 0 || k >= len(toks) || toks[k].text != "," {
		return 0
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		switch t := toks[j]; {
		case isBullet(t.text) && t.text != "*":
			if j == k+1 || len(toks)-j-1 < 3 {
				return 0
			}
			return j + 1
		case !t.upper && !isDigits(strings.TrimSuffix(t.text, ",")) && t.text != "," && t.text != ".":
			return 0
		}
	}
	return 0
}

// datelinePlace returns how many tokens the place in capitals that opens a dateline
// takes: "NEW YORK", or two places with a slash, "KYIV/MOSCOW".
func datelinePlace(toks []token) int {
	k := 0
	for k < len(toks) && k < 5 && (isAllCaps(toks[k].text) || k > 0 && toks[k].text == "/") {
		k++
	}
	return k
}

// isBullet reports whether a token at the start of a line marks a list item.
func isBullet(t string) bool {
	switch t {
	case "-", "*", "\u2022", "\u2013", "\u2014", "\u00b7":
		return true
	}
	return false
}

// timeStamp returns how many tokens a live blog's time stamp takes at the start of a
// line ("11:05 GMT - ", "12:45 – ", "9.30am: "), or 0 when the line opens with none
// or holds nothing after it.
func timeStamp(toks []token) int {
	k := 0
	for k < len(toks) && k < 4 && (isDigits(strings.TrimRight(strings.ToLower(toks[k].text), "apm")) || toks[k].text == ":" || toks[k].text == ".") {
		k++
	}
	if k < 3 || !isDigits(toks[0].text) {
		return 0
	}
	for k < len(toks) && timeZone(toks[k].lower) {
		k++
	}
	if k < len(toks) && (isBullet(toks[k].text) || toks[k].text == ":" || toks[k].text == "|") {
		k++
	} else {
		return 0
	}
	if len(toks)-k < 3 {
		return 0
	}
	return k
}

// timeZone: a word that may follow a time of day ("GMT", "am", "local").
func timeZone(w string) bool {
	switch w {
	case "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "am", "pm", "a.m.", "p.m.", "local", "time", "hrs", "h":
		return true
	}
	return false
}
