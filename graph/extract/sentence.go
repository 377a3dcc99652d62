package extract

import (
	"strings"

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
	answer     bool       // part of an interview's answer
}

// parse tags and parses the sentence, in pieces when it is very long.
func (s *sentence) parse(m *syntax.Model) {
	n := len(s.toks)
	s.tag, s.lemma, s.rel = make([]string, n), make([]string, n), make([]string, n)
	s.head = make([]int, n)
	s.kids = make([][]int, n)
	s.at = make([]*mention, n)
	s.place = make([]bool, n)
	s.inName = make([]bool, n)
	for from := 0; from < n; {
		to := pieceEnd(s.toks, from)
		words := make([]string, to-from)
		for i := range words {
			words[i] = s.toks[from+i].text
		}
		p := m.Parse(words)
		for i := range words {
			s.tag[from+i], s.lemma[from+i], s.rel[from+i] = p.Tags[i], strings.ToLower(p.Lemmas[i]), p.Deprels[i]
			s.head[from+i] = -1
			if p.Heads[i] >= 0 {
				s.head[from+i] = from + p.Heads[i]
			}
		}
		from = to
	}
	s.repairPunctHeads()
	s.index()
	s.repair()
	s.repairRootNoun()
	s.repairSubjectless()
	s.repairAppositions()
	s.markQuotes()
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
	changed := false
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
			changed = true
			s.index()
		}
	}
	_ = changed
}

// repairAppositions mends another frequent mistake: an apposition after a list hung on
// the list's first member ("Turkish troops and the Syrian National Army (SNA), an
// alliance of rebel factions"). An apposition describes the name just before its comma.
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
		if n <= h || s.tag[n] != "PROPN" || !s.dominates(h, n) || s.rel[s.climb(n, "flat", "compound", "appos")] != "conj" {
			continue
		}
		s.head[k] = s.climb(n, "flat", "compound", "appos")
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
	c := s.child(r, "acl:relcl")
	if c < 0 {
		return
	}
	for v := c + 1; v < len(s.toks); v++ {
		if s.tag[v] != "VERB" || s.toks[v-1].text != "," || !s.dominates(c, v) || s.child(v, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		s.head[v], s.rel[v] = -1, "root"
		s.head[r], s.rel[r] = v, "nsubj"
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
		if s.tag[v] != "VERB" || s.toks[v-1].text != "," || s.rel[v] != "advcl" && s.rel[v] != "parataxis" ||
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
		if s.tag[w] != "VERB" && !(s.tag[w] == "ADJ" || s.tag[w] == "NOUN") || s.child(w, "nsubj", "nsubj:pass", "csubj", "expl") >= 0 {
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
	return ""
}

// passive reports whether verb v is in the passive voice.
func (s *sentence) passive(v int) bool {
	if s.child(v, "aux:pass", "nsubj:pass", "obl:agent", "csubj:pass") >= 0 {
		return true
	}
	// a participle modifying a noun: "forces backed by Russia", "the UN-backed GNA"
	return (s.rel[v] == "acl" || s.rel[v] == "amod") && isParticiple(s.toks[v].lower, s.lemma[v])
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
