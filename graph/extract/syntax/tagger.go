package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tags are the universal part-of-speech tags (UPOS) of Universal Dependencies, in the
// order the models number them.
var Tags = []string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

func tagIndex(s string) int {
	for i, t := range Tags {
		if t == s {
			return i
		}
	}
	return len(Tags) - 1 // X
}

// refinements are the Penn Treebank tags (the treebank's XPOS) that split a UPOS tag
// into the classes the tagger gives and the parser reads, so that the parser tells a
// past tense ("Riyadh issued statements", VBD) from a participle ("statements issued
// in Riyadh", VBN), and a plural from a singular. The first is the one that a word
// with another XPOS of that UPOS is counted as.
var refinements = map[string][]string{
	"AUX":   {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"},
	"NOUN":  {"NN", "NNS"},
	"PROPN": {"NNP", "NNPS"},
	"VERB":  {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"},
}

// class is a tag the tagger gives: a UPOS tag, refined by a PTB tag for verbs,
// auxiliaries, nouns and proper nouns.
type class struct {
	upos uint8  // index in Tags
	xpos string // "" for a UPOS tag that is not refined
}

// classes are the tags the tagger gives, in the order the models number them: each of
// Tags in turn, with its refinements.
var classes = func() []class {
	var cs []class
	for u, t := range Tags {
		if len(refinements[t]) == 0 {
			cs = append(cs, class{upos: uint8(u)})
		}
		for _, x := range refinements[t] {
			cs = append(cs, class{upos: uint8(u), xpos: x})
		}
	}
	return cs
}()

// classSet is a set of classes, a bit for each.
type classSet uint32

// classOf is the class of a word with the given UPOS and XPOS tags: a refinement
// the UPOS does not list ("FW" for a noun) counts as its first.
func classOf(upos, xpos string) int {
	u := uint8(tagIndex(upos))
	first := -1
	for c, cl := range classes {
		if cl.upos != u {
			continue
		}
		if first < 0 {
			first = c
		}
		if cl.xpos == xpos {
			return c
		}
	}
	return first
}

// classesOf is the set of every class of the given UPOS tags.
func classesOf(tags tagSet) classSet {
	var set classSet
	for c, cl := range classes {
		if tags&(1<<cl.upos) != 0 {
			set |= 1 << c
		}
	}
	return set
}

// word is what the tagger and parser read of a token, hashed once per sentence.
type word struct {
	lower  uint64 // the lower-case form
	suf3   uint64 // its last three letters, and so on
	suf2   uint64
	suf1   uint64
	suf4   uint64
	pre1   uint64 // first letter, case kept
	shape  uint64 // "Xxxx", "dd", "X.X." ...
	class  uint64 // the tags the dictionary gives the word (a tagSet), 0 if it has none
	cap    bool
	hyphen bool
	digit  bool
}

// tagSet is a set of UPOS tags, a bit for each of Tags.
type tagSet uint32

// dictionary gives the tags a word (lower case) may take: from the treebank, and from
// the lexicon of the application that parses (nouns, verbs and names it knows).
type dictionary map[string]tagSet

func (d dictionary) class(lower string) uint64 {
	if d == nil {
		return 0
	}
	return uint64(d[lower])
}

const (
	none  = uint64(0x5eed) // an absent word: before the start or past the end
	start = uint64(0x57a7)
)

func readWords(forms []string, dict dictionary) []word {
	ws := make([]word, len(forms))
	for i, f := range forms {
		ws[i] = readWord(f, dict)
	}
	return ws
}

func readWord(form string, dict dictionary) word {
	lower := strings.ToLower(form)
	r, _ := utf8.DecodeRuneInString(form)
	return word{
		class:  dict.class(lower),
		lower:  hashString(lower),
		suf1:   hashString(suffix(lower, 1)) + 1,
		suf2:   hashString(suffix(lower, 2)) + 2,
		suf3:   hashString(suffix(lower, 3)) + 3,
		suf4:   hashString(suffix(lower, 4)) + 4,
		pre1:   hashString(prefix(form, 1)),
		shape:  hashString(shape(form)),
		cap:    unicode.IsUpper(r),
		hyphen: strings.Contains(form, "-"),
		digit:  strings.ContainsAny(form, "0123456789"),
	}
}

// suffix returns the last n runes of s.
func suffix(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func prefix(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// shape maps letters to X or x and digits to d, keeping other characters, with runs
// of one class cut at four: "Haftar" -> "Xxxxx"... "Xxxx", "2020" -> "dddd".
func shape(s string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
		} else {
			run = 1
		}
		last = c
		if run <= 4 {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func boolv(b bool) uint64 {
	if b {
		return 1
	}
	return 2
}

// tagFeatures are the features for tagging word i, given the tags of the words
// before it: the word and its neighbours, their affixes and shapes, the two previous
// tags (after Ratnaparkhi 1996 and Collins 2002), and the tags the dictionary allows
// the words around it.
func tagFeatures(ws []word, tags []uint8, i int, out []uint32) []uint32 {
	out = out[:0]
	at := func(j int) word {
		if j < 0 {
			return word{lower: start, suf3: start, shape: start}
		}
		if j >= len(ws) {
			return word{lower: none, suf3: none, shape: none}
		}
		return ws[j]
	}
	t1, t2 := uint64(len(classes)+1), uint64(len(classes)+1)
	u1, u2 := uint64(len(Tags)+1), uint64(len(Tags)+1)
	if i > 0 {
		t1, u1 = uint64(tags[i-1]), uint64(classes[tags[i-1]].upos)
	}
	if i > 1 {
		t2, u2 = uint64(tags[i-2]), uint64(classes[tags[i-2]].upos)
	}
	w, p1, p2, n1, n2 := at(i), at(i-1), at(i-2), at(i+1), at(i+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	out = append(out,
		feat1(1, 1),
		feat1(2, w.lower),
		feat1(3, w.suf1),
		feat1(4, w.suf2),
		feat1(5, w.suf3),
		feat1(6, w.suf4),
		feat1(7, w.pre1),
		feat1(8, w.shape),
		feat2(9, w.shape, first),
		feat3(10, boolv(w.cap), boolv(w.hyphen), boolv(w.digit)),
		feat1(11, t1),
		feat2(12, t1, t2),
		feat2(13, t1, w.lower),
		feat2(14, t1, w.suf3),
		feat1(15, p1.lower),
		feat1(16, p1.suf3),
		feat1(17, p2.lower),
		feat1(18, n1.lower),
		feat1(19, n1.suf3),
		feat1(20, n2.lower),
		feat2(21, p1.lower, w.lower),
		feat2(22, w.lower, n1.lower),
		feat1(23, n1.shape),
		feat1(24, p1.shape),
		feat2(25, t1, n1.lower),
		feat2(26, w.suf3, n1.suf3),
		feat1(27, n2.suf3),
		// the tags the dictionary allows
		feat1(28, w.class), feat2(29, w.class, t1), feat2(30, w.class, n1.class), feat2(31, p1.class, w.class),
		feat2(32, w.class, w.suf3),
		// the previous UPOS tags, which generalise over their refinements
		feat1(33, u1), feat2(34, u1, u2), feat2(35, u1, w.lower), feat2(36, u1, w.suf3),
		feat3(37, t1, t2, w.suf3),
		// what may follow: "issued the" is a past tense, "issued by" a participle
		feat1(38, n1.class), feat2(39, w.lower, n1.class), feat2(40, t1, n1.class), feat1(41, n2.class),
	)
	return out
}

// tagger assigns classes left to right, each from the word, its neighbours and the
// classes already given.
type tagger struct {
	w *weights
}

// tag gives each word a class; where allowed[i] is not empty, word i takes one of
// those classes.
func (tg *tagger) tag(ws []word, allowed []classSet) []uint8 {
	tags := make([]uint8, len(ws))
	var feats []uint32
	scores := make([]int32, len(classes))
	for i := range ws {
		feats = tagFeatures(ws, tags, i, feats)
		tg.w.score(feats, scores)
		if allowed != nil && allowed[i] != 0 {
			tags[i] = uint8(argmaxIn(scores, allowed[i]))
			continue
		}
		tags[i] = uint8(argmax32(scores))
	}
	return tags
}

// tagClause tags words as tag does, then gives a sentence that has no finite verb
// the past tense it took for a participle. A participle right after a noun is as
// often a past tense ("Turkish troops launched Operation Peace Spring") as a reduced
// relative ("statements issued in Riyadh") in the treebank's web text, where the
// tagger learns to prefer the participle; but a reduced relative stands beside a
// finite verb, and a sentence without one is most often a clause whose verb it is.
func (tg *tagger) tagClause(ws []word, allowed []classSet) []uint8 {
	tags := tg.tag(ws, allowed)
	i := strandedParticiple(ws, tags)
	if i < 0 {
		return tags
	}
	if allowed == nil {
		allowed = make([]classSet, len(ws))
	}
	allowed[i] = 1 << pastTense
	return tg.tag(ws, allowed)
}

// pastTense is the class of a verb's past tense (VBD).
var pastTense = classOf("VERB", "VBD")

// strandedParticiple is the first verb tagged a participle (VBN) right after a noun,
// name or pronoun, in a sentence tagged without a finite verb or auxiliary; -1 if
// there is none.
//
// A participle with its agent after it ("Philippine troops backed by US special forces
// pressed an assault") is a reduced passive; a later one is the clause's verb.
func strandedParticiple(ws []word, tags []uint8) int {
	found, agented := -1, -1
	for i, t := range tags {
		switch cl := classes[t]; {
		case cl.xpos == "VBD" || cl.xpos == "VBP" || cl.xpos == "VBZ" || cl.xpos == "MD":
			return -1
		case i > 0 && cl.xpos == "VBN" && Tags[cl.upos] == "VERB":
			if i+1 < len(ws) && ws[i+1].lower == byWord && agented < 0 && found < 0 {
				agented = i
				continue
			}
			if found < 0 && (nominal(classes[tags[i-1]]) || agented >= 0) {
				found = i
			}
		}
	}
	if found < 0 && agented >= 0 && nominal(classes[tags[agented-1]]) {
		return agented
	}
	return found
}

// byWord is the hashed form of "by".
var byWord = readWord("by", nil).lower

// nominal reports whether a class is a noun, a name or a pronoun: what a subject is.
func nominal(cl class) bool {
	switch Tags[cl.upos] {
	case "NOUN", "PROPN", "PRON":
		return true
	}
	return false
}

// argmaxIn is the best-scoring class of a set.
func argmaxIn(s []int32, set classSet) int {
	best := -1
	for i, v := range s {
		if set&(1<<i) != 0 && (best < 0 || v > s[best]) {
			best = i
		}
	}
	if best < 0 {
		return argmax32(s)
	}
	return best
}

func argmax32(s []int32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// trainTagger trains a tagger on sentences for the given number of epochs, visiting
// them in an order drawn from seed. dicts gives the dictionary each sentence is read
// with: one built without it, so that the tagger learns how far to trust a dictionary
// that does not know every word.
func trainTagger(sents []Sentence, dicts []dictionary, epochs int, seed uint64, minWeight int) *tagger {
	t := newTrainer(len(classes))
	words := make([][]word, len(sents))
	gold := make([][]uint8, len(sents))
	for i, s := range sents {
		words[i] = readWords(s.Forms(), dicts[i])
		gold[i] = make([]uint8, len(s.Tokens))
		for j, tok := range s.Tokens {
			gold[i][j] = uint8(classOf(tok.UPOS, tok.XPOS))
		}
	}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := newRand(seed)
	var feats []uint32
	scores := make([]float64, len(classes))
	for range epochs {
		rng.shuffle(order)
		for _, si := range order {
			ws, g := words[si], gold[si]
			tags := make([]uint8, len(ws))
			for i := range ws {
				feats = tagFeatures(ws, tags, i, feats)
				t.score(feats, scores)
				guess := argmax(scores)
				t.tick()
				t.update(feats, int(g[i]), guess)
				tags[i] = uint8(guess)
			}
		}
	}
	return &tagger{w: t.freeze(minWeight)}
}

func argmax(s []float64) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// rand is a small deterministic generator (SplitMix64), so that a model trained
// twice from the same data is the same model, byte for byte.
type rand struct{ s uint64 }

func newRand(seed uint64) *rand { return &rand{s: seed} }

func (r *rand) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (r *rand) shuffle(a []int) {
	for i := len(a) - 1; i > 0; i-- {
		j := int(r.next() % uint64(i+1))
		a[i], a[j] = a[j], a[i]
	}
}
