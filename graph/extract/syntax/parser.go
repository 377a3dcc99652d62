package syntax

// The parser is a greedy arc-hybrid transition parser (Kuhlmann, Gómez-Rodríguez and
// Satta 2011) with labelled moves, scored by an averaged perceptron over the rich
// feature set of Zhang and Nivre (2011) and trained with the dynamic oracle of
// Goldberg and Nivre (2013), which teaches it to recover from its own mistakes.
//
// Words are numbered 1..n; the root is n+1 and waits at the end of the buffer, so
// that the one word attached to it is chosen last (Ballesteros and Nivre 2013).
//
//	SHIFT      push the first word of the buffer onto the stack
//	LEFT(l)    pop the top of the stack and make it an l-dependent of the buffer's first
//	RIGHT(l)   pop the top of the stack and make it an l-dependent of the word below it

const (
	maxDist = 8
)

// state is a parser configuration.
type state struct {
	n      int
	stack  []int
	b      int // first word of the buffer; n+1 is the root
	heads  []int
	labels []uint8
	// for each word: its two leftmost and two rightmost dependents, their counts
	l1, l2, r1, r2 []int
	nl, nr         []uint8
}

func newState(n int) *state {
	s := &state{n: n, b: 1, stack: make([]int, 0, n)}
	s.heads = make([]int, n+2)
	s.labels = make([]uint8, n+2)
	s.l1, s.l2, s.r1, s.r2 = make([]int, n+2), make([]int, n+2), make([]int, n+2), make([]int, n+2)
	s.nl, s.nr = make([]uint8, n+2), make([]uint8, n+2)
	return s
}

func (s *state) done() bool { return len(s.stack) == 0 && s.b == s.n+1 }

func (s *state) s0() int {
	if len(s.stack) == 0 {
		return 0
	}
	return s.stack[len(s.stack)-1]
}

func (s *state) s1() int {
	if len(s.stack) < 2 {
		return 0
	}
	return s.stack[len(s.stack)-2]
}

func (s *state) s2() int {
	if len(s.stack) < 3 {
		return 0
	}
	return s.stack[len(s.stack)-3]
}

// moves: 0 is SHIFT, 1..L are LEFT with label 0..L-1, L+1..2L are RIGHT.
const (
	shift = iota
	left
	right
)

func moveOf(class, nlabels int) (move, label int) {
	switch {
	case class == 0:
		return shift, 0
	case class <= nlabels:
		return left, class - 1
	default:
		return right, class - 1 - nlabels
	}
}

// valid reports which moves the configuration allows. A word is attached to the root
// only when it is the last one on the stack, so every parse has exactly one root.
func (s *state) valid() (sh, lf, rt bool) {
	sh = s.b <= s.n
	rt = len(s.stack) >= 2
	lf = len(s.stack) >= 1 && (s.b <= s.n || len(s.stack) == 1)
	return
}

func (s *state) apply(move, label int) {
	switch move {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case left:
		s.attach(s.s0(), s.b, label)
		s.stack = s.stack[:len(s.stack)-1]
	case right:
		s.attach(s.s0(), s.s1(), label)
		s.stack = s.stack[:len(s.stack)-1]
	}
}

func (s *state) attach(dep, head, label int) {
	s.heads[dep] = head
	s.labels[dep] = uint8(label)
	if dep < head {
		s.l2[head], s.l1[head] = s.l1[head], dep
		s.nl[head]++
	} else {
		s.r2[head], s.r1[head] = s.r1[head], dep
		s.nr[head]++
	}
}

// context is what the features read of a word position: 0 is nothing.
type context struct {
	words []word   // 1-based: words[0] is unused, words[n+1] the root
	tags  []uint64 // the tagger's classes: UPOS refined by the PTB tag (VBD, VBN, NNS ...)
	upos  []uint64 // their UPOS tags, for features that would be too sparse with classes
}

func (c *context) w(i int) uint64 {
	if i == 0 {
		return none
	}
	return c.words[i].lower
}

func (c *context) t(i int) uint64 {
	if i == 0 {
		return 0
	}
	return c.tags[i]
}

// u is the UPOS tag of word i.
func (c *context) u(i int) uint64 {
	if i == 0 {
		return 0
	}
	return c.upos[i]
}

func (s *state) lab(i int) uint64 {
	if i == 0 {
		return 0
	}
	return uint64(s.labels[i]) + 1
}

// features of a configuration.
func (s *state) features(c *context, out []uint32) []uint32 {
	out = out[:0]
	s0, s1, s2, n0 := s.s0(), s.s1(), s.s2(), s.b
	n1, n2 := 0, 0
	if n0+1 <= s.n+1 {
		n1 = n0 + 1
	}
	if n0+2 <= s.n+1 {
		n2 = n0 + 2
	}
	s0l1, s0l2, s0r1, s0r2 := s.l1[s0], s.l2[s0], s.r1[s0], s.r2[s0]
	n0l1, n0l2 := s.l1[n0], s.l2[n0]
	s1r1 := s.r1[s1]
	if s0 == 0 {
		s0l1, s0l2, s0r1, s0r2 = 0, 0, 0, 0
	}
	if s1 == 0 {
		s1r1 = 0
	}
	ws0, ws1, ws2, wn0, wn1, wn2 := c.w(s0), c.w(s1), c.w(s2), c.w(n0), c.w(n1), c.w(n2)
	ts0, ts1, ts2, tn0, tn1, tn2 := c.t(s0), c.t(s1), c.t(s2), c.t(n0), c.t(n1), c.t(n2)
	ts0l1, ts0l2, ts0r1, ts0r2, tn0l1, tn0l2 := c.t(s0l1), c.t(s0l2), c.t(s0r1), c.t(s0r2), c.t(n0l1), c.t(n0l2)
	ls0l1, ls0l2, ls0r1, ls0r2, ln0l1, ln0l2 := s.lab(s0l1), s.lab(s0l2), s.lab(s0r1), s.lab(s0r2), s.lab(n0l1), s.lab(n0l2)
	dist := uint64(0)
	if s0 != 0 {
		dist = uint64(min(n0-s0, maxDist))
	}
	vs0l, vs0r, vn0l := uint64(s.nl[s0]), uint64(s.nr[s0]), uint64(s.nl[n0])
	us0, un0, un1 := c.u(s0), c.u(n0), c.u(n1)
	out = append(out,
		feat1(1, 1),
		// single words
		feat2(2, ws0, ts0), feat1(3, ws0), feat1(4, ts0),
		feat2(5, wn0, tn0), feat1(6, wn0), feat1(7, tn0),
		feat2(8, wn1, tn1), feat1(9, wn1), feat1(10, tn1),
		feat2(11, wn2, tn2), feat1(12, wn2), feat1(13, tn2),
		feat2(14, ws1, ts1), feat1(15, ws1), feat1(16, ts1),
		feat1(17, ws2), feat1(18, ts2),
		// pairs of s0 and n0
		feat3(19, ws0, ts0, wn0^tn0<<56), feat3(20, ws0, ts0, wn0), feat3(21, ws0, wn0, tn0),
		feat3(22, ws0, ts0, tn0), feat3(23, ts0, wn0, tn0), feat2(24, ws0, wn0), feat2(25, ts0, tn0),
		feat2(26, tn0, tn1),
		// three tags
		feat3(27, tn0, tn1, tn2), feat3(28, ts0, tn0, tn1), feat3(29, ts1, ts0, tn0),
		feat3(30, ts0, ts0l1, tn0), feat3(31, ts0, ts0r1, tn0), feat3(32, ts0, tn0, tn0l1),
		feat3(33, ts0, ts0l1, ts0l2), feat3(34, ts0, ts0r1, ts0r2), feat3(35, tn0, tn0l1, tn0l2),
		feat3(36, ts1, ts0, ts2),
		// distance
		feat2(37, ws0, dist), feat2(38, ts0, dist), feat2(39, wn0, dist), feat2(40, tn0, dist),
		feat3(41, ws0, wn0, dist), feat3(42, ts0, tn0, dist),
		// valency
		feat2(43, ws0, vs0r), feat2(44, ts0, vs0r), feat2(45, ws0, vs0l), feat2(46, ts0, vs0l),
		feat2(47, wn0, vn0l), feat2(48, tn0, vn0l),
		// dependents: words, tags, labels
		feat1(49, c.w(s0l1)), feat1(50, ts0l1), feat1(51, ls0l1),
		feat1(52, c.w(s0r1)), feat1(53, ts0r1), feat1(54, ls0r1),
		feat1(55, c.w(n0l1)), feat1(56, tn0l1), feat1(57, ln0l1),
		feat1(58, c.w(s0l2)), feat1(59, ts0l2), feat1(60, ls0l2),
		feat1(61, c.w(s0r2)), feat1(62, ts0r2), feat1(63, ls0r2),
		feat1(64, c.w(n0l2)), feat1(65, tn0l2), feat1(66, ln0l2),
		feat3(67, ws0, ls0l1, ls0l2), feat3(68, ts0, ls0l1, ls0l2),
		feat3(69, ws0, ls0r1, ls0r2), feat3(70, ts0, ls0r1, ls0r2),
		feat3(71, wn0, ln0l1, ln0l2), feat3(72, tn0, ln0l1, ln0l2),
		feat3(73, ts0, ls0l1, tn0), feat3(74, ts0, ls0r1, tn0),
		feat3(75, ts1, c.t(s1r1), ts0), feat2(76, ts1, s.lab(s1r1)),
		// word shapes and suffixes for unknown words
		feat2(77, c.words[n0].suf3, tn0), feat2(78, c.words[s0].suf3, ts0),
		feat3(79, ts0, tn0, tn1^ts1<<8),
		// UPOS tags, which generalise over the classes' refinements
		feat1(80, us0), feat1(81, un0), feat2(82, us0, un0), feat2(83, un0, un1),
		feat3(84, us0, un0, un1), feat3(85, c.u(s1), us0, un0), feat3(86, un0, un1, c.u(n2)),
	)
	return out
}

// parser holds the weights of the transition classifier and the labels it knows.
type parser struct {
	w      *weights
	labels []string
}

func (p *parser) nclass() int { return 1 + 2*len(p.labels) }

// newContext lays out a sentence for the features: 1-based, with the root at n+1.
func newContext(ws []word, tags []uint8) *context {
	n := len(ws)
	c := &context{words: make([]word, n+2), tags: make([]uint64, n+2), upos: make([]uint64, n+2)}
	copy(c.words[1:], ws)
	c.words[0] = word{lower: none, suf3: none}
	c.words[n+1] = word{lower: 0x2007, suf3: 0x2007, shape: 0x2007}
	for i, t := range tags {
		c.tags[i+1] = uint64(t) + 1
		c.upos[i+1] = uint64(classes[t].upos) + 1
	}
	c.tags[n+1] = uint64(len(classes)) + 2
	c.upos[n+1] = uint64(len(Tags)) + 2
	return c
}

// parse returns, for each word, its head (0-based, -1 for the root) and its label.
func (p *parser) parse(ws []word, tags []uint8) ([]int, []uint8) {
	n := len(ws)
	c := newContext(ws, tags)
	s := newState(n)
	L := len(p.labels)
	scores := make([]int32, p.nclass())
	var feats []uint32
	for !s.done() {
		feats = s.features(c, feats)
		p.w.score(feats, scores)
		sh, lf, rt := s.valid()
		best, bestScore := -1, int32(0)
		for cl := range scores {
			mv, _ := moveOf(cl, L)
			if mv == shift && !sh || mv == left && !lf || mv == right && !rt {
				continue
			}
			if best < 0 || scores[cl] > bestScore {
				best, bestScore = cl, scores[cl]
			}
		}
		mv, lab := moveOf(best, L)
		s.apply(mv, lab)
	}
	heads := make([]int, n)
	labels := make([]uint8, n)
	for i := 1; i <= n; i++ {
		heads[i-1] = s.heads[i] - 1
		if s.heads[i] == n+1 {
			heads[i-1] = -1
		}
		labels[i-1] = s.labels[i]
	}
	return heads, labels
}

// goldMoves reports which moves lose no gold arc that is still reachable (the
// dynamic oracle of Goldberg and Nivre 2013 for the arc-hybrid system). gold holds
// each word's gold head, the root being n+1.
func (s *state) goldMoves(gold []int) (sh, lf, rt bool) {
	vsh, vlf, vrt := s.valid()
	s0, b := s.s0(), s.b
	if s0 == 0 || vsh && gold[b] == s0 {
		return vsh, false, false
	}
	if vlf && gold[s0] == b {
		return false, true, false
	}
	sh, lf, rt = vsh, vlf, vrt
	if len(s.stack) >= 2 && gold[s0] == s.s1() {
		lf = false
	}
	if sh && s.linkedToStack(b, gold) {
		sh = false
	}
	if s.linkedToBuffer(s0, gold) {
		lf, rt = false, false
	}
	if !sh && !lf && !rt { // no move is free of cost (a non-projective tree): any will do
		return vsh, vlf, vrt
	}
	return sh, lf, rt
}

// linkedToStack: is w the gold head or a gold dependent of a word on the stack?
func (s *state) linkedToStack(w int, gold []int) bool {
	for _, k := range s.stack {
		if gold[k] == w || gold[w] == k {
			return true
		}
	}
	return false
}

// linkedToBuffer: is w the gold head or a gold dependent of a word after the first
// of the buffer (the root included)?
func (s *state) linkedToBuffer(w int, gold []int) bool {
	if gold[w] > s.b {
		return true
	}
	for k := s.b + 1; k <= s.n; k++ {
		if gold[k] == w {
			return true
		}
	}
	return false
}

// trainParser trains the transition classifier: each epoch visits the sentences in
// an order drawn from seed; from the second epoch the parser follows its own
// predictions, so that it learns from the states its mistakes lead to.
func trainParser(sents []Sentence, tags [][]uint8, dicts []dictionary, labels []string, epochs int, seed uint64, minWeight int) *parser {
	p := &parser{labels: labels}
	t := newTrainer(p.nclass())
	samples := parseSamples(sents, tags, dicts, labels)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := newRand(seed)
	scores := make([]float64, p.nclass())
	var feats []uint32
	for epoch := range epochs {
		rng.shuffle(order)
		for _, si := range order {
			feats = trainOnSample(t, samples[si], len(labels), epoch == 0, scores, feats)
		}
	}
	p.w = t.freeze(minWeight)
	return p
}

// parseSample is a training sentence laid out for the parser: its context, and each
// word's gold head (the root being n+1) and gold label.
type parseSample struct {
	c      *context
	gold   []int
	glabel []int
}

// parseSamples lays out the training sentences, with their predicted tags and their
// dictionaries, for the parser.
func parseSamples(sents []Sentence, tags [][]uint8, dicts []dictionary, labels []string) []parseSample {
	labelIndex := map[string]int{}
	for i, l := range labels {
		labelIndex[l] = i
	}
	samples := make([]parseSample, len(sents))
	for i, snt := range sents {
		n := len(snt.Tokens)
		gold := make([]int, n+2)
		glabel := make([]int, n+2)
		for j, tok := range snt.Tokens {
			gold[j+1] = tok.Head
			if tok.Head == 0 {
				gold[j+1] = n + 1
			}
			glabel[j+1] = labelIndex[tok.Deprel]
		}
		samples[i] = parseSample{c: newContext(readWords(snt.Forms(), dicts[i]), tags[i]), gold: gold, glabel: glabel}
	}
	return samples
}

// trainOnSample parses one sample, updating the weights at each move where the best
// move is not the best gold one, and following the gold move (followGold, in the
// first epoch) or its own. scores and feats are buffers; it returns feats for reuse.
func trainOnSample(t *trainer, sm parseSample, nlabels int, followGold bool, scores []float64, feats []uint32) []uint32 {
	s := newState(len(sm.gold) - 2)
	for !s.done() {
		feats = s.features(sm.c, feats)
		t.score(feats, scores)
		best, bestGold := s.bestMoves(scores, sm, nlabels)
		t.tick()
		t.update(feats, bestGold, best)
		follow := best
		if followGold {
			follow = bestGold
		}
		mv, lab := moveOf(follow, nlabels)
		s.apply(mv, lab)
	}
	return feats
}

// bestMoves returns the best scored valid move and the best scored gold one.
func (s *state) bestMoves(scores []float64, sm parseSample, nlabels int) (best, bestGold int) {
	var valid, gold moveSet
	valid.sh, valid.lf, valid.rt = s.valid()
	gold.sh, gold.lf, gold.rt = s.goldMoves(sm.gold)
	s0 := s.s0()
	best, bestGold = -1, -1
	for cl := range scores {
		mv, lab := moveOf(cl, nlabels)
		if !valid.has(mv) {
			continue
		}
		if best < 0 || scores[cl] > scores[best] {
			best = cl
		}
		if gold.has(mv) && s.goldLabel(mv, lab, s0, sm) && (bestGold < 0 || scores[cl] > scores[bestGold]) {
			bestGold = cl
		}
	}
	return best, bestGold
}

// moveSet says which of the three moves are in it.
type moveSet struct{ sh, lf, rt bool }

// has reports whether mv is in the set.
func (m moveSet) has(mv int) bool {
	return mv == shift && m.sh || mv == left && m.lf || mv == right && m.rt
}

// goldLabel reports whether an arc move with label lab from s0 keeps the gold label:
// it must when the arc it makes is the gold one.
func (s *state) goldLabel(mv, lab, s0 int, sm parseSample) bool {
	switch mv {
	case left:
		return sm.gold[s0] != s.b || lab == sm.glabel[s0]
	case right:
		return sm.gold[s0] != s.s1() || lab == sm.glabel[s0]
	}
	return true
}
