package syntax

import (
	"cmp"
	"encoding/binary"
	"slices"
	"strings"
)

// lemmatizer gives a word's lemma from its lower-case form and tag: the treebank's own
// lemma for a form it has seen, else the most frequent suffix rewrite the treebank
// shows for words of that tag ending in the same letters ("-ied" -> "-y" for VERB).
type lemmatizer struct {
	known map[string]string // form + "\x00" + tag -> lemma
	rules map[string]rule   // tag + "\x00" + suffix -> rewrite
}

type rule struct {
	strip int    // bytes to cut from the end
	add   string // what to put there
}

const maxSuffix = 5

// lemma is the lemma of a word with the UPOS tag Tags[upos].
func (lm *lemmatizer) lemma(form string, upos int) string {
	lower := strings.ToLower(form)
	if Tags[upos] == "PROPN" {
		return form
	}
	if l, ok := lm.known[lower+"\x00"+Tags[upos]]; ok {
		return l
	}
	for n := min(maxSuffix, len(lower)-1); n >= 1; n-- {
		if r, ok := lm.rules[Tags[upos]+"\x00"+lower[len(lower)-n:]]; ok && r.strip < len(lower) {
			return lower[:len(lower)-r.strip] + r.add
		}
	}
	return lower
}

// trainLemmatizer learns the forms and rules from sentences.
func trainLemmatizer(sents []Sentence) *lemmatizer {
	type key struct{ form, tag string }
	counts := map[key]map[string]int{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Lemma == "" || t.Lemma == "_" || t.UPOS == "PROPN" {
				continue
			}
			k := key{strings.ToLower(t.Form), t.UPOS}
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][strings.ToLower(t.Lemma)]++
		}
	}
	lm := &lemmatizer{known: map[string]string{}, rules: map[string]rule{}}
	ruleCounts := map[string]map[rule]int{}
	for k, lemmas := range counts {
		best := mostFrequent(lemmas)
		lm.known[k.form+"\x00"+k.tag] = best
		r := rewrite(k.form, best)
		for n := 1; n <= min(maxSuffix, len(k.form)-1); n++ {
			rk := k.tag + "\x00" + k.form[len(k.form)-n:]
			if ruleCounts[rk] == nil {
				ruleCounts[rk] = map[rule]int{}
			}
			ruleCounts[rk][r]++
		}
	}
	for rk, rs := range ruleCounts {
		var best rule
		bestN, total := -1, 0
		for r, n := range rs {
			total += n
			if n > bestN || n == bestN && (r.strip < best.strip || r.strip == best.strip && r.add < best.add) {
				best, bestN = r, n
			}
		}
		if best != (rule{}) && bestN >= 2 && bestN*3 >= total*2 {
			lm.rules[rk] = best
		}
	}
	return lm
}

func mostFrequent(m map[string]int) string {
	best, bestN := "", -1
	for s, n := range m {
		if n > bestN || n == bestN && s < best {
			best, bestN = s, n
		}
	}
	return best
}

// rewrite is the suffix change that turns form into lemma.
func rewrite(form, lemma string) rule {
	i := 0
	for i < len(form) && i < len(lemma) && form[i] == lemma[i] {
		i++
	}
	return rule{strip: len(form) - i, add: lemma[i:]}
}

func (lm *lemmatizer) append(b []byte) []byte {
	known := make([]string, 0, len(lm.known))
	for k := range lm.known {
		known = append(known, k)
	}
	slices.Sort(known)
	b = binary.AppendUvarint(b, uint64(len(known)))
	for _, k := range known {
		b = appendString(b, k)
		b = appendString(b, lm.known[k])
	}
	rules := make([]string, 0, len(lm.rules))
	for k := range lm.rules {
		rules = append(rules, k)
	}
	slices.SortFunc(rules, cmp.Compare)
	b = binary.AppendUvarint(b, uint64(len(rules)))
	for _, k := range rules {
		b = appendString(b, k)
		b = binary.AppendUvarint(b, uint64(lm.rules[k].strip))
		b = appendString(b, lm.rules[k].add)
	}
	return b
}

func readLemmatizer(r *reader) *lemmatizer {
	lm := &lemmatizer{known: map[string]string{}, rules: map[string]rule{}}
	n := int(r.uvarint())
	for i := 0; i < n && r.err == nil; i++ {
		k := r.string()
		lm.known[k] = r.string()
	}
	n = int(r.uvarint())
	for i := 0; i < n && r.err == nil; i++ {
		k := r.string()
		strip := int(r.uvarint())
		lm.rules[k] = rule{strip: strip, add: r.string()}
	}
	return lm
}
