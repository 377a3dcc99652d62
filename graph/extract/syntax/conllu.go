package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Sentence is one sentence of a CoNLL-U file: its comment lines, its syntactic words
// and the lines that stand outside the basic tree (multiword token ranges such as
// "1-2 don't" and empty nodes such as "8.1"), which are kept so that a file can be
// written back as it was read.
type Sentence struct {
	Comments []string // "# text = ..." and the like, without the newline
	Tokens   []Token
	Extra    []ExtraLine
}

// Token is one syntactic word: the columns of a CoNLL-U word line that the tagger and
// parser read or fill. Head is 1-based as in the file: 0 is the root.
type Token struct {
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Deps   string
	Misc   string
}

// ExtraLine is a multiword token range or an empty node, kept verbatim and written
// back before the word it precedes.
type ExtraLine struct {
	Before int // index in Tokens of the word it stands before
	Line   string
}

// Text returns the sentence's "# text =" comment, or its forms joined by spaces.
func (s Sentence) Text() string {
	for _, c := range s.Comments {
		if t, ok := strings.CutPrefix(c, "# text = "); ok {
			return t
		}
	}
	forms := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		forms[i] = t.Form
	}
	return strings.Join(forms, " ")
}

// Forms returns the words of the sentence.
func (s Sentence) Forms() []string {
	forms := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		forms[i] = t.Form
	}
	return forms
}

// ConlluError is a malformed line of a CoNLL-U file.
type ConlluError struct {
	Name string // file name, as given to ReadCoNLLU
	Line int
	Err  error
}

func (e *ConlluError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }

// Unwrap returns the cause.
func (e *ConlluError) Unwrap() error { return e.Err }

// ReadCoNLLU reads every sentence of a CoNLL-U file. name is used in errors.
func ReadCoNLLU(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) > 0 || len(cur.Comments) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(line) == "":
			flush()
		case strings.HasPrefix(line, "#"):
			cur.Comments = append(cur.Comments, line)
		default:
			if err := cur.addLine(line); err != nil {
				return out, &ConlluError{Name: name, Line: n, Err: err}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s: %w", name, err)
	}
	flush()
	return out, nil
}

func (s *Sentence) addLine(line string) error {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return fmt.Errorf("want 10 tab-separated columns, got %d", len(cols))
	}
	if strings.ContainsAny(cols[0], "-.") {
		s.Extra = append(s.Extra, ExtraLine{Before: len(s.Tokens), Line: line})
		return nil
	}
	id, err := strconv.Atoi(cols[0])
	if err != nil || id != len(s.Tokens)+1 {
		return fmt.Errorf("word id %q: want %d", cols[0], len(s.Tokens)+1)
	}
	head := 0
	if cols[6] != "_" {
		if head, err = strconv.Atoi(cols[6]); err != nil || head < 0 {
			return fmt.Errorf("head %q: want a word id or 0", cols[6])
		}
	}
	s.Tokens = append(s.Tokens, Token{Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9]})
	return nil
}

// WriteCoNLLU writes sentences in CoNLL-U; empty columns are written as "_".
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for _, c := range s.Comments {
			bw.WriteString(c)
			bw.WriteByte('\n')
		}
		extra := 0
		for i, t := range s.Tokens {
			for extra < len(s.Extra) && s.Extra[extra].Before == i {
				bw.WriteString(s.Extra[extra].Line)
				bw.WriteByte('\n')
				extra++
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", i+1, orNone(t.Form), orNone(t.Lemma),
				orNone(t.UPOS), orNone(t.XPOS), orNone(t.Feats), t.Head, orNone(t.Deprel), orNone(t.Deps), orNone(t.Misc))
		}
		for ; extra < len(s.Extra); extra++ {
			bw.WriteString(s.Extra[extra].Line)
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func orNone(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
