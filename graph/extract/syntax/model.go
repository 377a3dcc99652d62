// Package syntax tags, lemmatises and parses English sentences into Universal
// Dependencies trees: the syntax that actorgraph's reader reads relations from.
//
// The tagger is an averaged perceptron over word, affix, shape and tag-history
// features that gives UPOS tags, with verbs, auxiliaries, nouns and proper nouns
// refined by their Penn Treebank tag (VBD, VBN, NNS ...); the parser, which reads the
// refined tags, a greedy arc-hybrid transition parser with an averaged perceptron
// trained by a dynamic oracle; the lemmatiser the treebank's own lemmas with suffix
// rules learned from it. All three are trained on the English Web Treebank of
// Universal Dependencies (CC BY-SA 4.0, see testdata/ud-ewt/README.md) by Train,
// deterministically, and the model is embedded in the binary.
package syntax

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed model/en_ewt.model
var embedded []byte

const magic = "actorgraph-syntax 2\n"

// Model tags, lemmatises and parses sentences. It is safe for concurrent use.
type Model struct {
	Info   string // how it was trained: treebank, epochs, figures
	tagger *tagger
	parser *parser
	lemmas *lemmatizer
	dict   dictionary // the tags each word of the treebank takes, with the application's
	domain dictionary // the application's words: their tags bound the tagger's choice
}

// Parsed is one sentence as the model reads it.
type Parsed struct {
	Words   []string
	Tags    []string // UPOS
	XPOS    []string // Penn Treebank tag of verbs, auxiliaries, nouns and names (VBD, NNS ...), else ""
	Lemmas  []string
	Heads   []int // index of each word's head, -1 for the root of the sentence
	Deprels []string
}

var defaultModel = sync.OnceValues(func() (*Model, error) { return Read(embedded) })

// Default returns the model embedded in the binary, read once.
func Default() (*Model, error) { return defaultModel() }

// Parse tags, lemmatises and parses one sentence of words.
func (m *Model) Parse(words []string) Parsed {
	return m.parse(words, m.allowed(words))
}

// ParseTagged is Parse with the words at the given indices given the given UPOS tags:
// for a reader that knows better than the tagger ("Russia and Egypt support Haftar",
// with "support" read as a noun; "have since fought", with "since" read as a
// conjunction).
func (m *Model) ParseTagged(words []string, tags map[int]string) Parsed {
	allowed := m.allowed(words)
	if allowed == nil {
		allowed = make([]classSet, len(words))
	}
	for i, tag := range tags {
		allowed[i] = classesOf(1 << tagIndex(tag))
	}
	return m.parse(words, allowed)
}

func (m *Model) parse(words []string, allowed []classSet) Parsed {
	p := Parsed{Words: words}
	if len(words) == 0 {
		return p
	}
	ws := readWords(words, m.dict)
	tags := m.tagger.tagClause(ws, allowed)
	heads, labels := m.parser.parse(ws, tags)
	p.Tags = make([]string, len(words))
	p.XPOS = make([]string, len(words))
	p.Lemmas = make([]string, len(words))
	p.Deprels = make([]string, len(words))
	for i := range words {
		cl := classes[tags[i]]
		p.Tags[i], p.XPOS[i] = Tags[cl.upos], cl.xpos
		p.Lemmas[i] = m.lemmas.lemma(words[i], int(cl.upos))
		p.Deprels[i] = m.parser.labels[labels[i]]
	}
	p.Heads = heads
	return p
}

// allowed bounds the classes of the domain's words: the refinements of the UPOS tags
// the domain and the treebank give them. It is nil when the model knows no domain.
func (m *Model) allowed(words []string) []classSet {
	if len(m.domain) == 0 {
		return nil
	}
	allowed := make([]classSet, len(words))
	for i, w := range words {
		lower := strings.ToLower(w)
		d := m.domain[lower]
		if d == 0 {
			continue
		}
		d |= m.dict[lower]
		if i > 0 && w != lower {
			d |= 1 << tagIndex("PROPN") // "Fighters for Peace": a name
		}
		allowed[i] = classesOf(d)
	}
	return allowed
}

// Annotate fills the lemma, UPOS, XPOS, head and relation of every word of s, keeping
// its tokens, as a parser given gold tokenisation does. XPOS is left empty for words
// whose UPOS the tagger does not refine.
func (m *Model) Annotate(s *Sentence) {
	p := m.Parse(s.Forms())
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Lemma, t.UPOS, t.XPOS, t.Head, t.Deprel = p.Lemmas[i], p.Tags[i], p.XPOS[i], p.Heads[i]+1, p.Deprels[i]
	}
}

// WithWords returns a model that also knows the tags of the application's words
// (lower case, UPOS tags), for words the treebank lacks or does not give every tag:
// the nouns, verbs and names of a domain. The tagger reads a word's possible tags as
// a feature, and gives such a word one of them, in any of its refinements, or one the
// treebank gives it ("ally" is a noun or a verb, never the adverb its ending
// suggests); the model shares everything else with m.
func (m *Model) WithWords(words map[string][]string) *Model {
	d := make(dictionary, len(m.dict)+len(words))
	for w, c := range m.dict {
		d[w] = c
	}
	domain := make(dictionary, len(words))
	for w, tags := range words {
		for _, t := range tags {
			d[strings.ToLower(w)] |= 1 << tagIndex(t)
			domain[strings.ToLower(w)] |= 1 << tagIndex(t)
		}
	}
	cp := *m
	cp.dict, cp.domain = d, domain
	return &cp
}

// CommonWord reports whether the treebank or the domain's words know a word (lower
// case) as something other than a proper noun: "officials" is, "renamo" is not.
func (m *Model) CommonWord(lower string) bool {
	c := m.dict[lower]
	return c != 0 && c != 1<<tagIndex("PROPN")
}

// CanBe reports whether the treebank or the domain's words give a word (lower case)
// the UPOS tag: "numbers" can be a verb.
func (m *Model) CanBe(lower, upos string) bool {
	return m.dict[lower]&(1<<tagIndex(upos)) != 0
}

// MarshalBinary writes the model in the form Read reads.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := []byte(magic)
	b = appendString(b, m.Info)
	b = appendStrings(b, m.parser.labels)
	b = m.tagger.w.append(b)
	b = m.parser.w.append(b)
	b = m.lemmas.append(b)
	b = m.dict.append(b)
	return b, nil
}

func appendStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

// Read reads a model written by MarshalBinary.
func Read(data []byte) (*Model, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("syntax model: not a model file")
	}
	r := &reader{b: data[len(magic):]}
	m := &Model{Info: r.string()}
	labels := make([]string, r.uvarint())
	for i := range labels {
		labels[i] = r.string()
	}
	if r.err != nil {
		return nil, fmt.Errorf("syntax model: header: %w", r.err)
	}
	tw, rest, err := readWeights(r.b)
	if err != nil {
		return nil, fmt.Errorf("syntax model: tagger: %w", err)
	}
	pw, rest, err := readWeights(rest)
	if err != nil {
		return nil, fmt.Errorf("syntax model: parser: %w", err)
	}
	if tw.nclass != len(classes) || pw.nclass != 1+2*len(labels) {
		return nil, fmt.Errorf("syntax model: %d tag and %d move classes for %d tags and %d labels", tw.nclass, pw.nclass, len(classes), len(labels))
	}
	r = &reader{b: rest}
	m.tagger = &tagger{w: tw}
	m.parser = &parser{w: pw, labels: labels}
	m.lemmas = readLemmatizer(r)
	m.dict = readDictionary(r)
	if r.err != nil {
		return nil, fmt.Errorf("syntax model: lemmas: %w", r.err)
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("syntax model: %d bytes after the end", len(r.b))
	}
	return m, nil
}

func (d dictionary) append(b []byte) []byte {
	words := make([]string, 0, len(d))
	for w := range d {
		words = append(words, w)
	}
	slices.Sort(words)
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, w := range words {
		b = appendString(b, w)
		b = binary.AppendUvarint(b, uint64(d[w]))
	}
	return b
}

func readDictionary(r *reader) dictionary {
	n := int(r.uvarint())
	d := make(dictionary, n)
	for i := 0; i < n && r.err == nil; i++ {
		w := r.string()
		d[w] = tagSet(r.uvarint())
	}
	return d
}
