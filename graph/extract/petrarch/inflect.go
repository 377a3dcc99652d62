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
	last := v[n-1]
	consonantY := last == 'y' && n >= 2 && !isVowel(v[n-2])
	var s string
	switch {
	case consonantY:
		s = v[:n-1] + "ies"
	case last == 's' || last == 'x' || last == 'z',
		last == 'h' && n >= 2 && (v[n-2] == 'c' || v[n-2] == 's'),
		last == 'o' && n >= 2 && !isVowel(v[n-2]):
		s = v + "es"
	default:
		s = v + "s"
	}

	stem := v // what -ed and -ing are added to
	var british string
	if doubles(v) {
		stem = v + v[n-1:]
	} else if last == 'l' && n >= 3 && isVowel(v[n-2]) && !isVowel(v[n-3]) && syllables(v) > 1 {
		british = v + "l"
	}

	var ed, ing string
	switch {
	case last == 'e':
		ed = v + "d"
		switch {
		case n >= 2 && v[n-2] == 'i':
			ing = v[:n-2] + "ying"
		case n >= 2 && (v[n-2] == 'e' || v[n-2] == 'o' || v[n-2] == 'y'):
			ing = v + "ing"
		default:
			ing = v[:n-1] + "ing"
		}
	case consonantY:
		ed, ing = v[:n-1]+"ied", v+"ing"
	default:
		ed, ing = stem+"ed", stem+"ing"
	}
	forms := []string{s, ed, ing}
	if british != "" {
		forms = append(forms, british+"ed", british+"ing")
	}
	return forms
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
