package syntax

import (
	"fmt"
	"slices"
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
var DefaultTrainOptions = TrainOptions{TagEpochs: 10, ParseEpochs: 15, Folds: 4, Seed: 1, MinWeight: 400}

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
	// The parser must learn from tags as the tagger will give them, mistakes
	// included: tag each fold with a tagger that has not seen it (jackknifing).
	predicted := make([][]uint8, len(train))
	folds := max(opt.Folds, 1)
	if folds == 1 {
		for i, s := range train {
			predicted[i] = goldTags(s)
		}
	}
	for f := 0; folds > 1 && f < folds; f++ {
		var rest []Sentence
		for i, s := range train {
			if i%folds != f {
				rest = append(rest, s)
			}
		}
		logf("tagger for fold %d of %d: %d sentences", f+1, folds, len(rest))
		tg := trainTagger(rest, opt.TagEpochs, opt.Seed+uint64(f)+1, opt.MinWeight)
		for i, s := range train {
			if i%folds == f {
				predicted[i] = tg.tag(readWords(s.Forms()))
			}
		}
	}
	logf("tagger: %d sentences, %d epochs", len(train), opt.TagEpochs)
	tg := trainTagger(train, opt.TagEpochs, opt.Seed, opt.MinWeight)
	logf("parser: %d labels, %d epochs", len(labels), opt.ParseEpochs)
	ps := trainParser(train, predicted, labels, opt.ParseEpochs, opt.Seed, opt.MinWeight)
	for _, w := range []*weights{tg.w, ps.w} {
		if len(w.entries) > maxEntries {
			return nil, fmt.Errorf("syntax: %d weights kept, at most %d: raise MinWeight", len(w.entries), maxEntries)
		}
	}
	logf("lemmatiser")
	return &Model{tagger: tg, parser: ps, lemmas: trainLemmatizer(train)}, nil
}

func goldTags(s Sentence) []uint8 {
	tags := make([]uint8, len(s.Tokens))
	for i, t := range s.Tokens {
		tags[i] = uint8(tagIndex(t.UPOS))
	}
	return tags
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
