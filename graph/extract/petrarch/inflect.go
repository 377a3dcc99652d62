package petrarch

import "strings"

// verbForms returns the regular inflected forms of a lower-case verb: third person
// singular, past and present participle, with English spelling rules:
//
//   - -s, or -es after s, x, z, ch, sh and a consonant before o (vetoes), or -ies after a
//     consonant and y (denies);
//   - -d after e, -ied after a consonant and y, else -ed;
//   - -ing dropping a final e (but not of ee, oe, ye: agreeing), -ying for ie (dying);
//   - a final consonant after a single vowel is doubled in one-syllable verbs (banned,
//     stopping; w, x and y are never doubled). Stress decides for longer verbs, which the
//     dictionary therefore lists in braces (COMMIT, REFER); only the British doubling of
//     a final l is added beside the American form (cancelled and canceled).
//
// PETRARCH2's own generator adds -S, -ED and -ING with only the -E rules.
func verbForms(v string) []string {
	n := len(v)
	if n == 0 {
		return nil
	}
	stem := v // what -ed and -ing are added to
	var british string
	if doubles(v) {
		stem = v + v[n-1:]
	} else if britishDoubling(v) {
		british = v + "l"
	}
	ed, ing := pastAndGerund(v, stem)
	forms := []string{thirdPerson(v), ed, ing}
	if british != "" {
		forms = append(forms, british+"ed", british+"ing")
	}
	return forms
}

// consonantY: a verb ending in a consonant and y (deny).
func consonantY(v string) bool {
	n := len(v)
	return v[n-1] == 'y' && n >= 2 && !isVowel(v[n-2])
}

// thirdPerson returns the third person singular of a verb: -ies after a consonant and
// y, -es after s, x, z, ch, sh and a consonant before o, else -s.
func thirdPerson(v string) string {
	n := len(v)
	last := v[n-1]
	switch {
	case consonantY(v):
		return v[:n-1] + "ies"
	case last == 's' || last == 'x' || last == 'z',
		last == 'h' && n >= 2 && (v[n-2] == 'c' || v[n-2] == 's'),
		last == 'o' && n >= 2 && !isVowel(v[n-2]):
		return v + "es"
	}
	return v + "s"
}

// britishDoubling: a verb of more than one syllable ending in a single vowel and l,
// whose l British spelling doubles (cancelled).
func britishDoubling(v string) bool {
	n := len(v)
	return v[n-1] == 'l' && n >= 3 && isVowel(v[n-2]) && !isVowel(v[n-3]) && syllables(v) > 1
}

// pastAndGerund returns the -ed and -ing forms of a verb, the regular ones added to
// stem.
func pastAndGerund(v, stem string) (ed, ing string) {
	n := len(v)
	switch {
	case v[n-1] == 'e':
		return v + "d", eGerund(v)
	case consonantY(v):
		return v[:n-1] + "ied", v + "ing"
	}
	return stem + "ed", stem + "ing"
}

// eGerund returns the -ing form of a verb ending in e: -ying for ie (dying), e kept
// after e, o and y (agreeing), else dropped.
func eGerund(v string) string {
	n := len(v)
	switch {
	case n >= 2 && v[n-2] == 'i':
		return v[:n-2] + "ying"
	case n >= 2 && (v[n-2] == 'e' || v[n-2] == 'o' || v[n-2] == 'y'):
		return v + "ing"
	}
	return v[:n-1] + "ing"
}

// doubles reports whether a verb doubles its final consonant before -ed and -ing: one
// syllable ending in a single vowel and a consonant other than w, x or y.
func doubles(v string) bool {
	if strings.HasPrefix(v, "qu") {
		v = "qw" + v[2:] // the u of qu is no vowel: quit, quitting
	}
	n := len(v)
	if n < 3 || syllables(v) != 1 {
		return false
	}
	c1, vw, c2 := v[n-3], v[n-2], v[n-1]
	return !isVowel(c1) && isVowel(vw) && !isVowel(c2) && c2 != 'w' && c2 != 'x' && c2 != 'y' && isLetter(c2)
}

// syllables counts the vowel groups of a word, y counting as a vowel after a consonant.
func syllables(v string) int {
	count, in := 0, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		vowel := isVowel(c) || c == 'y' && i > 0 && !isVowel(v[i-1])
		if vowel && !in {
			count++
		}
		in = vowel
	}
	return count
}
