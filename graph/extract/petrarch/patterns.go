package petrarch

import (
	"errors"
	"fmt"
	"strings"
)

// Pattern is a line of a verb block that gives an event code to the verb in a context.
// It is a '-', then the nouns and prepositional phrases before the verb, a '*' for the
// verb, those after it, the code in brackets and an optional '#' comment: "- * {ARMS
// SHIPMENT} [072] # EXPEDITE" codes "expedite an arms shipment" as 072, military aid.
type Pattern struct {
	Before  []Elem    // what comes before the verb, in order
	After   []Elem    // what comes after it, in order
	Code    EventCode // the code the pattern gives
	Comment string    // the text after '#': usually the verb the pattern was written for
	Line    int
}

// ElemKind says what a pattern element is.
type ElemKind uint8

// The kinds of pattern element.
const (
	// ElemWord is one word, usually the head noun of a phrase: "aid" in "- * AID".
	ElemWord ElemKind = iota + 1
	// ElemPhrase is a braced noun phrase, {FINANCIAL AID}: Elems are its words and
	// synsets with the head last. A token joined by underscores, TO_WITHDRAW, is one too.
	ElemPhrase
	// ElemSynset stands for any member of a synonym set: &MILITARY.
	ElemSynset
	// ElemPrep is a prepositional phrase, (FOR {FINANCIAL AID}): Text is the
	// preposition, Elems the nouns it governs (none in "(AGAINST)").
	ElemPrep
	// ElemMarker is one of TABARI's markers: "$" the source actor, "+" the target, "%"
	// an actor that is both (a compound actor), "^" skip a noun phrase.
	ElemMarker
)

// Elem is one element of a pattern.
type Elem struct {
	Kind ElemKind
	// Text is the lower-case word (ElemWord) or preposition (ElemPrep), the synset's
	// name without '&' as written (ElemSynset: "MILITARY") or the marker (ElemMarker).
	// A few real patterns give alternatives with '/' ("by/with"): see Alternatives.
	Text  string
	Elems []Elem // ElemPhrase: its words, head last; ElemPrep: the nouns it governs
}

// Alternatives splits Text at '/': the real file's "(BY/WITH PROTESTS)" and
// "BOMBING/EXPLOSION *" offer either word. PETRARCH2 matched such words literally, so
// never; a matcher may do better.
func (e Elem) Alternatives() []string { return strings.Split(e.Text, "/") }

// Head returns the head word of a word or phrase element, and "" for other kinds or a
// phrase ending in a synset.
func (e Elem) Head() string {
	switch e.Kind {
	case ElemWord:
		return e.Text
	case ElemPhrase:
		if n := len(e.Elems); n > 0 && e.Elems[n-1].Kind == ElemWord {
			return e.Elems[n-1].Text
		}
	}
	return ""
}

// Has reports whether the pattern holds the marker m ('$', '+', '%' or '^') anywhere.
func (p *Pattern) Has(m byte) bool {
	return hasMarker(p.Before, m) || hasMarker(p.After, m)
}

func hasMarker(es []Elem, m byte) bool {
	for _, e := range es {
		if e.Kind == ElemMarker && e.Text[0] == m || hasMarker(e.Elems, m) {
			return true
		}
	}
	return false
}

// synsets calls f with the name of every synset the elements use.
func synsets(es []Elem, f func(string)) {
	for _, e := range es {
		if e.Kind == ElemSynset {
			f(e.Text)
		}
		synsets(e.Elems, f)
	}
}

var (
	errNoCode = errors.New("pattern without a [code]")
	errNoStar = errors.New("pattern without the '*' that stands for the verb")
)

// parsePattern reads a pattern line without its leading '-' and its '#' comment.
//
// It accepts the real file's quirks: a stray ')' or '}' ("ATTACK (ON ^) ^)[111]"), a
// '*' inside a token ("SPY_*_DEAL"), a code glued to what precedes it, and tokens with
// leading or trailing underscores.
func parsePattern(s, comment string, n int) (Pattern, error) {
	s = strings.TrimSpace(s)
	open := strings.LastIndexByte(s, '[')
	if open < 0 {
		return Pattern{}, errNoCode
	}
	end := strings.IndexByte(s[open:], ']')
	if end < 0 {
		return Pattern{}, errors.New("'[' without ']'")
	}
	if !isBlank(s[open+end+1:]) {
		return Pattern{}, fmt.Errorf("text %q after the code", strings.TrimSpace(s[open+end+1:]))
	}
	code, err := ParseEventCode(s[open+1 : open+end])
	if err != nil {
		return Pattern{}, err
	}
	body := s[:open]
	star := strings.IndexByte(body, '*')
	if star < 0 {
		return Pattern{}, errNoStar
	}
	if strings.IndexByte(body[star+1:], '*') >= 0 {
		return Pattern{}, errors.New("pattern with two '*'")
	}
	p := Pattern{Code: code, Comment: comment, Line: n}
	if p.Before, err = parseElems(body[:star]); err != nil {
		return Pattern{}, err
	}
	if p.After, err = parseElems(body[star+1:]); err != nil {
		return Pattern{}, err
	}
	return p, nil
}

// tokens cuts a pattern half into words and the delimiters ( ) { }.
func tokens(s string) []string {
	var out []string
	start := -1
	flush := func(i int) {
		if start >= 0 {
			if w := strings.Trim(s[start:i], "_"); w != "" {
				out = append(out, w)
			}
			start = -1
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t':
			flush(i)
		case '(', ')', '{', '}':
			flush(i)
			out = append(out, s[i:i+1])
		default:
			if start < 0 {
				start = i
			}
		}
	}
	flush(len(s))
	return out
}

// parseElems reads one half of a pattern.
func parseElems(s string) ([]Elem, error) {
	toks := tokens(s)
	var out []Elem
	for i := 0; i < len(toks); i++ {
		switch t := toks[i]; t {
		case ")", "}":
			// stray closer: the real file has "(ON ^) ^)" and "(WITH VISIT) VISIT)"
		case "{":
			e, next, err := parseBraced(toks, i+1)
			if err != nil {
				return nil, err
			}
			out, i = append(out, e), next
		case "(":
			if i+1 >= len(toks) || toks[i+1] == ")" || toks[i+1] == "(" || toks[i+1] == "{" {
				return nil, errors.New("prepositional phrase without a preposition")
			}
			e := Elem{Kind: ElemPrep, Text: strings.ToLower(toks[i+1])}
			i += 2
			for ; i < len(toks) && toks[i] != ")"; i++ {
				switch toks[i] {
				case "(":
					return nil, errors.New("'(' inside a prepositional phrase")
				case "}":
					return nil, errors.New("'}' without '{'")
				case "{":
					b, next, err := parseBraced(toks, i+1)
					if err != nil {
						return nil, err
					}
					e.Elems, i = append(e.Elems, b), next
				default:
					e.Elems = append(e.Elems, wordElem(toks[i]))
				}
			}
			if i >= len(toks) {
				return nil, errors.New("'(' without ')'")
			}
			out = append(out, e)
		default:
			out = append(out, wordElem(t))
		}
	}
	return out, nil
}

// parseBraced reads a braced phrase whose words start at toks[i]; it returns the phrase
// and the index of its '}'.
func parseBraced(toks []string, i int) (Elem, int, error) {
	e := Elem{Kind: ElemPhrase}
	for ; i < len(toks); i++ {
		switch t := toks[i]; t {
		case "}":
			if len(e.Elems) == 0 {
				return Elem{}, 0, errors.New("empty {}")
			}
			return e, i, nil
		case "{", "(", ")":
			return Elem{}, 0, fmt.Errorf("%q inside {...}", t)
		default:
			w := wordElem(t)
			if w.Kind == ElemPhrase {
				e.Elems = append(e.Elems, w.Elems...)
			} else {
				e.Elems = append(e.Elems, w)
			}
		}
	}
	return Elem{}, 0, errors.New("'{' without '}'")
}

// wordElem reads a token outside the delimiters: a marker, a synset, a word, or words
// joined by underscores.
func wordElem(t string) Elem {
	switch {
	case len(t) == 1 && strings.IndexByte("$+%^", t[0]) >= 0:
		return Elem{Kind: ElemMarker, Text: t}
	case t[0] == '&':
		return Elem{Kind: ElemSynset, Text: strings.TrimRight(t[1:], "_")}
	case strings.IndexByte(t, '_') >= 0:
		var es []Elem
		for _, w := range strings.Split(t, "_") {
			if w != "" {
				es = append(es, wordElem(w))
			}
		}
		if len(es) == 1 {
			return es[0]
		}
		return Elem{Kind: ElemPhrase, Elems: es}
	}
	return Elem{Kind: ElemWord, Text: strings.ToLower(t)}
}
