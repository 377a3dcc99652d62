package extract

import (
	"maps"
	"slices"
	"strings"
)

// taggerWords returns the words the lexicon knows with their parts of speech, for the
// tagger's dictionary: news about wars uses words the treebank barely has ("ceasefire",
// "militia", "warplanes", "ally"), and a tagger that knows "ally" is a noun or a verb
// does not take it for an adverb.
func (l *Lexicon) taggerWords() map[string][]string {
	out := tagDict{}
	for lemma := range l.frames.verbs {
		out.addVerb(withoutParticle(lemma))
	}
	for lemma := range l.frames.light {
		out.addVerb(withoutParticle(lemma))
	}
	for pair := range l.frames.pairs {
		verb, noun, _ := strings.Cut(pair, " ")
		out.addVerb(withoutParticle(verb))
		out.addNoun(noun)
	}
	for _, list := range [][]string{l.words.ReportingVerbs, l.words.NegativeVerbs, l.words.AppealVerbs, l.words.ObjectControl,
		l.words.AccusationVerbs, l.words.JudgingVerbs, l.words.TransferVerbs, l.words.CreditingVerbs, l.words.CompositionVerbs} {
		for _, v := range singleWords(list) {
			out.addVerb(v)
		}
	}
	for lemma := range l.frames.nouns {
		out.addNoun(lemma)
	}
	for lemma := range l.frames.adjs {
		out.add(lemma, "ADJ")
	}
	w := l.words
	for _, list := range [][]string{w.LeaderRoles, w.SpokespersonRoles, w.PersonRoles, w.ForceNouns, w.IrregularNouns, w.BodyNouns, w.InitiativeNouns, w.ProxyNouns} {
		for _, n := range singleWords(list) {
			out.addNoun(n)
		}
	}
	for _, list := range w.Agents {
		for _, n := range singleWords(list) {
			out.addNoun(n)
		}
	}
	for _, e := range l.entries {
		for _, d := range singleWords(e.demonyms) {
			out.add(d, "ADJ")
		}
	}
	return out
}

// tagDict maps words, lower case, to the parts of speech the tagger may give them.
type tagDict map[string][]string

// add gives word w the tag, once.
func (d tagDict) add(w, tag string) {
	w = strings.ToLower(w)
	for _, t := range d[w] {
		if t == tag {
			return
		}
	}
	d[w] = append(d[w], tag)
}

// addVerb makes each form of verb v a verb.
func (d tagDict) addVerb(v string) {
	for _, f := range verbForms(v) {
		d.add(f, "VERB")
	}
}

// addNoun makes noun n and its plural nouns.
func (d tagDict) addNoun(n string) {
	d.add(n, "NOUN")
	d.add(nounPlural(n), "NOUN")
}

// withoutParticle returns a verb's lemma without the particle a frame writes after "_"
// ("prop_up" -> "prop").
func withoutParticle(lemma string) string {
	verb, _, _ := strings.Cut(lemma, "_")
	return verb
}

// singleWords returns the entries of a list that are one word.
func singleWords(list []string) []string {
	var out []string
	for _, w := range list {
		if !strings.Contains(w, " ") {
			out = append(out, w)
		}
	}
	return out
}

// nounPlural is the regular plural of a noun.
func nounPlural(n string) string {
	switch {
	case strings.HasSuffix(n, "s"), strings.HasSuffix(n, "x"), strings.HasSuffix(n, "ch"), strings.HasSuffix(n, "sh"):
		return n + "es"
	case strings.HasSuffix(n, "y") && len(n) > 1 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	}
	return n + "s"
}

// irregularVerbs gives the past and past participle of the irregular verbs of the
// frames and of English news.
var irregularVerbs = map[string][]string{
	"fight": {"fought"}, "strike": {"struck", "stricken"}, "drive": {"drove", "driven"}, "hit": {"hit"},
	"lead": {"led"}, "break": {"broke", "broken"}, "withdraw": {"withdrew", "withdrawn"}, "shoot": {"shot"},
	"stand": {"stood"}, "give": {"gave", "given"}, "send": {"sent"}, "win": {"won"}, "get": {"got", "gotten"},
	"seek": {"sought"}, "throw": {"threw", "thrown"}, "lend": {"lent"}, "hold": {"held"}, "put": {"put"},
	"set": {"set"}, "run": {"ran", "run"}, "overrun": {"overran", "overrun"}, "overthrow": {"overthrew", "overthrown"},
	"undertake": {"undertook", "undertaken"}, "take": {"took", "taken"}, "bring": {"brought"}, "make": {"made"},
	"pay": {"paid"}, "lay": {"laid"}, "say": {"said"}, "tell": {"told"}, "buy": {"bought"}, "build": {"built"},
	"forsake": {"forsook", "forsaken"}, "quit": {"quit"}, "spread": {"spread"}, "beat": {"beat", "beaten"},
	"shut": {"shut"}, "cut": {"cut"}, "deal": {"dealt"}, "keep": {"kept"}, "leave": {"left"}, "meet": {"met"},
	"sell": {"sold"}, "sign": {"signed"}, "begin": {"began", "begun"}, "wage": {"waged"}, "down": {"downed"},
	"freeze": {"froze", "frozen"}, "initial": {"initialled", "initialed", "initialling", "initialing"},
}

// verbForms returns the forms of a verb: the lemma, -s, -ed (or its irregular past
// forms) and -ing, spelled by the usual English rules.
func verbForms(v string) []string {
	forms := []string{v, thirdPerson(v), gerund(v)}
	if irr, ok := irregularVerbs[v]; ok {
		return append(forms, irr...)
	}
	// "retake", "overrun", "withhold": a prefix before an irregular verb
	for _, p := range []string{"re", "over", "under", "with", "out", "up"} {
		if rest, ok := strings.CutPrefix(v, p); ok {
			if irr, ok := irregularVerbs[rest]; ok {
				for _, f := range irr {
					forms = append(forms, p+f)
				}
				return forms
			}
		}
	}
	return append(forms, pastTense(v))
}

// verbLemmas maps each form of the lexicon's verbs to its lemma, for the words the
// treebank's lemmatiser has not seen ("retook", "bankrolled").
func (l *Lexicon) verbLemmas() map[string]string {
	out := map[string]string{}
	add := func(lemma string) {
		verb, _, _ := strings.Cut(lemma, "_")
		for _, f := range verbForms(verb) {
			if _, ok := out[f]; !ok {
				out[f] = verb
			}
		}
	}
	// in a fixed order: where two verbs share a form, the same one wins every run
	pairVerbs := map[string]bool{}
	for pair := range l.frames.pairs {
		verb, _, _ := strings.Cut(pair, " ")
		pairVerbs[verb] = true
	}
	for _, m := range []map[string]bool{keySet(l.frames.verbs), keySet(l.frames.light), pairVerbs, keySet(irregularVerbs), keySet(leadVerbs)} {
		for _, v := range slices.Sorted(maps.Keys(m)) {
			add(v)
		}
	}
	// verbs the readers find by word list: "telephoned", which the tagger lemmatises badly
	for _, v := range slices.Concat(l.words.ContactVerbs, l.words.ComingVerbs, l.words.SufferingVerbs, l.words.DemandingVerbs, l.words.SuspendingVerbs, l.words.TransferVerbs, l.words.CompositionVerbs) {
		add(v)
	}
	return out
}

func keySet[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// nounLemmas maps the plural of each noun the lexicon knows to its singular, for the
// plurals the treebank's lemmatiser has not seen ("troops", "militias").
func (l *Lexicon) nounLemmas() map[string]string {
	out := map[string]string{}
	words := l.taggerWords()
	for _, w := range slices.Sorted(maps.Keys(words)) {
		if !containsString(words[w], "NOUN") {
			continue
		}
		if p := nounPlural(w); p != w {
			out[p] = w
		}
	}
	return out
}

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		return v + "es"
	case strings.HasSuffix(v, "y") && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

func pastTense(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ied"
	case doublesFinal(v):
		return v + v[len(v)-1:] + "ed"
	}
	return v + "ed"
}

func gerund(v string) string {
	switch {
	case strings.HasSuffix(v, "ee"), strings.HasSuffix(v, "ye"), strings.HasSuffix(v, "oe"):
		return v + "ing"
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && len(v) > 2:
		return v[:len(v)-1] + "ing"
	case doublesFinal(v):
		return v + v[len(v)-1:] + "ing"
	}
	return v + "ing"
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// doublesFinal: a one-syllable verb ending in a single vowel and a consonant doubles
// it ("ban" -> "banned", "arm" does not); longer verbs are left alone, which is right
// for most ("target" -> "targeted") and wrong for a few ("control").
func doublesFinal(v string) bool {
	n := len(v)
	if n < 3 || isVowel(v[n-1]) || strings.IndexByte("wxy", v[n-1]) >= 0 || !isVowel(v[n-2]) || isVowel(v[n-3]) {
		return false
	}
	vowels := 0
	for i := 0; i < n; i++ {
		if isVowel(v[i]) && (i == 0 || !isVowel(v[i-1])) {
			vowels++
		}
	}
	return vowels == 1 || strings.HasSuffix(v, "ol") || strings.HasSuffix(v, "fer") || strings.HasSuffix(v, "mit")
}
