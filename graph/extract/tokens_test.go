package extract

import (
	"slices"
	"testing"
)

// TestTokenizeNumbers keeps a number with its thousands separators or decimal point
// as one word ("3,700 troops", "1.5 million"), where splitting it at the comma broke the
// phrase and splitting it at the dot ended a sentence; a comma or a full stop after a
// number still stands alone.
func TestTokenizeNumbers(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"around 3,700 troops from Chad", []string{"around", "3,700", "troops", "from", "Chad"}},
		{"1.5 million people fled", []string{"1.5", "million", "people", "fled"}},
		{"It cost $10,000,000.", []string{"It", "cost", "$", "10,000,000", "."}},
		{"In 2019, 2,500 soldiers died.", []string{"In", "2019", ",", "2,500", "soldiers", "died", "."}},
		{"the years 1998,99 and 2001", []string{"the", "years", "1998", ",", "99", "and", "2001"}},
	}
	for _, c := range cases {
		if got := tokenTexts(c.text); !slices.Equal(got, c.want) {
			t.Errorf("tokenize(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	if spans := splitSentences(tokenize("Some 1.5 million people fled. The army advanced."), nil); len(spans) != 2 {
		t.Errorf("a decimal point ends no sentence: got %d sentences, want 2", len(spans))
	}
}

// TestTokenizeModels keeps the name of a model of arms or aircraft as one word ("F-16",
// "Su-25"), where its letters once ran on a state's name before it ("Iraq F"); a hyphen
// between words still stands alone.
func TestTokenizeModels(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"sold Iraq F-16 jets", []string{"sold", "Iraq", "F-16", "jets"}},
		{"two Su-25 and MiG-29 aircraft", []string{"two", "Su-25", "and", "MiG-29", "aircraft"}},
		{"the UN-backed talks", []string{"the", "UN", "-", "backed", "talks"}},
		{"the M23-led alliance", []string{"the", "M23", "-", "led", "alliance"}},
	}
	for _, c := range cases {
		if got := tokenTexts(c.text); !slices.Equal(got, c.want) {
			t.Errorf("tokenize(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSplitClockTimes keeps a time of day and its other zone in brackets in one
// sentence ("at 4 a.m. (0200 GMT), hours after"), where the bracket once opened a new
// sentence.
func TestSplitClockTimes(t *testing.T) {
	checkSentenceCounts(t, nil, []sentenceCount{
		{"The truce took effect at 4 a.m. (0200 GMT), hours after the cabinet approved it.", 1},
		{"The raid began at 10 p.m. (1900 GMT) on Sunday. The army said it was over.", 2},
		{"The talks ended. (Both sides left.)", 2},
	})
}

// sentenceCount is a text and the number of sentences it splits into.
type sentenceCount struct {
	text string
	want int
}

func checkSentenceCounts(t *testing.T, abbrev map[string]bool, cases []sentenceCount) {
	t.Helper()
	for _, c := range cases {
		if got := len(splitSentences(tokenize(c.text), abbrev)); got != c.want {
			t.Errorf("splitSentences(%q): %d sentences, want %d", c.text, got, c.want)
		}
	}
}

// tokenTexts returns the texts of the tokens of text.
func tokenTexts(text string) []string {
	var out []string
	for _, tok := range tokenize(text) {
		out = append(out, tok.text)
	}
	return out
}

// TestNoBeforeNoNumber ends a sentence at "No." with no number after it (an answer:
// "CORRESPONDENT: No. In 1994 ..."), where the abbreviation of "number" once ran it into
// the next sentence and the next name ("No. Human Rights"); "No. 10" stays one.
func TestNoBeforeNoNumber(t *testing.T) {
	checkSentenceCounts(t, map[string]bool{"no": true}, []sentenceCount{
		{"CORRESPONDENT: No. Human Rights Watch condemned the amnesty.", 2},
		{"Did they sign? No. In 1994 they signed the protocol.", 3},
		{"He spoke at No. 10 Downing Street.", 1},
	})
}

// TestTokenizeCannot splits "cannot" into "can" and "not", as the treebank the parser
// learned from writes it, so that the negation is read ("the UN cannot accept the
// ceasefire" was read as accepting it).
func TestTokenizeCannot(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"The UN cannot accept it.", []string{"The", "UN", "can", "not", "accept", "it", "."}},
		{"Cannot they agree?", []string{"Can", "not", "they", "agree", "?"}},
		{"a cannon fired", []string{"a", "cannon", "fired"}},
	}
	for _, c := range cases {
		if got := tokenTexts(c.text); !slices.Equal(got, c.want) {
			t.Errorf("tokenize(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
