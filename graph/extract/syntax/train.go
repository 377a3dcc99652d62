package syntax

import (
	"fmt"
	"slices"
	"strings"
)

// TrainOptions set how a model is trained. The zero value is not useful; start from
// DefaultTrainOptions.
type TrainOptions struct {
	TagEpochs   int    // passes of the tagger over the treebank
	ParseEpochs int    // passes of the parser
	Folds       int    // the parser learns from tags predicted by taggers trained on the other folds
	Seed        uint64 // the order in which sentences are visited
	MinWeight   int    // quantised weights (the largest of a classifier is 32,000) below this are dropped
	Log         func(format string, args ...any)
}

// DefaultTrainOptions are the options of the embedded model.
var DefaultTrainOptions = TrainOptions{TagEpochs: 10, ParseEpochs: 20, Folds: 4, Seed: 1, MinWeight: 400}

// Train learns a model from the sentences of a treebank. The same sentences and
// options give the same model, byte for byte.
func Train(train []Sentence, opt TrainOptions) (*Model, error) {
	logf := opt.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if len(train) == 0 {
		return nil, fmt.Errorf("syntax: no sentences to train on")
	}
	labels := labelsOf(train)
	if 1+2*len(labels) > 256 {
		return nil, fmt.Errorf("syntax: %d relation labels: at most 127", len(labels))
	}
	// Each sentence is read with a dictionary built from the folds it is not in, so
	// that the tagger learns how far to trust a dictionary that does not know every
	// word; the parser must learn from tags as the tagger will give them, mistakes
	// included: each fold is tagged by a tagger that has not seen it (jackknifing).
	folds := max(opt.Folds, 2)
	foldDicts := make([]dictionary, folds)
	for f := range folds {
		foldDicts[f] = buildDictionary(train, func(i int) bool { return i%folds != f })
	}
	dicts := make([]dictionary, len(train))
	for i := range train {
		dicts[i] = foldDicts[i%folds]
	}
	predicted := make([][]uint8, len(train))
	for f := range folds {
		var rest []Sentence
		var restDicts []dictionary
		for i, s := range train {
			if i%folds != f {
				rest = append(rest, s)
				restDicts = append(restDicts, foldDicts[i%folds])
			}
		}
		logf("tagger for fold %d of %d: %d sentences", f+1, folds, len(rest))
		tg := trainTagger(rest, restDicts, opt.TagEpochs, opt.Seed+uint64(f)+1, opt.MinWeight)
		for i, s := range train {
			if i%folds == f {
				predicted[i] = tg.tag(readWords(s.Forms(), dicts[i]), nil)
			}
		}
	}
	logf("tagger: %d sentences, %d epochs", len(train), opt.TagEpochs)
	tg := trainTagger(train, dicts, opt.TagEpochs, opt.Seed, opt.MinWeight)
	logf("parser: %d labels, %d epochs", len(labels), opt.ParseEpochs)
	ps := trainParser(train, predicted, dicts, labels, opt.ParseEpochs, opt.Seed, opt.MinWeight)
	for _, w := range []*weights{tg.w, ps.w} {
		if len(w.entries) > maxEntries {
			return nil, fmt.Errorf("syntax: %d weights kept, at most %d: raise MinWeight", len(w.entries), maxEntries)
		}
	}
	logf("lemmatiser")
	all := buildDictionary(train, func(int) bool { return true })
	return &Model{tagger: tg, parser: ps, lemmas: trainLemmatizer(train), dict: all}, nil
}

// buildDictionary collects the tags each word takes in the sentences keep selects.
func buildDictionary(sents []Sentence, keep func(int) bool) dictionary {
	d := dictionary{}
	for i, s := range sents {
		if !keep(i) {
			continue
		}
		for _, t := range s.Tokens {
			d[strings.ToLower(t.Form)] |= 1 << tagIndex(t.UPOS)
		}
	}
	return d
}

func labelsOf(sents []Sentence) []string {
	seen := map[string]bool{}
	var labels []string
	for _, s := range sents {
		for _, t := range s.Tokens {
			if !seen[t.Deprel] {
				seen[t.Deprel] = true
				labels = append(labels, t.Deprel)
			}
		}
	}
	slices.Sort(labels)
	return labels
}

// Scores are the standard measures of a parse against gold trees, with gold
// tokenisation: the share of words with the right UPOS tag, the right head (UAS),
// and the right head and relation (LAS). Punctuation counts, as in the CoNLL 2018
// shared task.
type Scores struct {
	Words              int
	UPOS, UAS, LAS     float64
	Lemma              float64
	Sentences, Correct int // sentences, and those parsed without a mistake
}

// Evaluate parses the words of each gold sentence and compares.
func (m *Model) Evaluate(gold []Sentence) Scores {
	var sc Scores
	var upos, uas, las, lemma int
	for _, s := range gold {
		p := m.Parse(s.Forms())
		perfect := true
		for i, t := range s.Tokens {
			sc.Words++
			if p.Tags[i] == t.UPOS {
				upos++
			}
			if p.Lemmas[i] == t.Lemma || t.UPOS == "PROPN" && p.Lemmas[i] == t.Form {
				lemma++
			}
			if p.Heads[i]+1 == t.Head {
				uas++
				if baseRel(p.Deprels[i]) == baseRel(t.Deprel) {
					las++
					continue
				}
			}
			perfect = false
		}
		sc.Sentences++
		if perfect {
			sc.Correct++
		}
	}
	if sc.Words > 0 {
		n := float64(sc.Words)
		sc.UPOS, sc.UAS, sc.LAS, sc.Lemma = float64(upos)/n, float64(uas)/n, float64(las)/n, float64(lemma)/n
	}
	return sc
}

// baseRel drops a relation's subtype ("nsubj:pass" -> "nsubj"): LAS compares the
// universal relations, as the CoNLL 2018 evaluation does.
func baseRel(r string) string {
	for i := range len(r) {
		if r[i] == ':' {
			return r[:i]
		}
	}
	return r
}
