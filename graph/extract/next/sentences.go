package next

// TextSentence is one sentence of a text as the reader splits it: its byte offsets
// and its words (tokens: words, clitics such as "'s" and "n't", punctuation).
type TextSentence struct {
	Start, End int
	Words      []TextWord
}

// TextWord is a token with its byte offsets in the text.
type TextWord struct {
	Text       string
	Start, End int
}

// Sentences splits text into sentences and tokens as the reader does before parsing.
func (x *Extractor) Sentences(text string) []TextSentence {
	var out []TextSentence
	for _, s := range splitSentences(tokenize(text), x.abbrev) {
		ts := TextSentence{Start: s.start, End: s.end, Words: make([]TextWord, len(s.toks))}
		for i, t := range s.toks {
			ts.Words[i] = TextWord{Text: t.text, Start: t.start, End: t.end}
		}
		out = append(out, ts)
	}
	return out
}
