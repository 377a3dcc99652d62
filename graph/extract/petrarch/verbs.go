package petrarch

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Verbs is a verb dictionary: its synonym sets, its verb blocks with their patterns,
// and its transformations, with an index from every verb form to its senses.
type Verbs struct {
	// Synsets are the synonym sets by name, without '&' and trailing '_': "MILITARY".
	Synsets map[string]*Synset
	// Blocks are the verb blocks in file order.
	Blocks []*Block
	// Transforms are the transformation lines (~ ...), in file order.
	Transforms []Transform
	// Ignored are lines read and then dropped as the format says: patterns that use a
	// synset the file never defines.
	Ignored []*LineError

	exact map[string][]VerbSense // by whole form: "cordoned off", "backed"
	heads map[string][]VerbSense // multi-word verbs by their verb word alone: "cordoned"
}

// Synset is a synonym set: &NAME followed by lines "+member". A pattern that names the
// set matches any member or, unless the set's label or the member ends with '_', its
// regular plural.
type Synset struct {
	Name    string   // without '&' and trailing '_': "CURRENCY"
	Members []string // lower case, words joined by spaces: "tear gas"
	Forms   []string // the members and their generated plurals, in file order
	Line    int
}

// Block is a verb block: verbs that share their patterns, under a header
//
//	--- <NAME> [<CODE>] ---
//
// whose code is the default for verbs without their own (the null code when absent).
type Block struct {
	Name     string    // as written: "SUPPORT", "REVOKE_"
	Code     EventCode // the header's code
	Verbs    []*Verb   // in file order
	Patterns []Pattern // in file order, less those Verbs.Ignored lists
	Line     int       // the header's line
}

// Verb is a verb line of a block:
//
//	HURRY {HURRIES HURRYING HURRIED } [code]  # comment
//
// Without braces its regular forms are generated with English spelling rules (-s or
// -es or -ies; -d, -ed or -ied; -ing, dropping an e or doubling the final consonant of
// a one-syllable verb: banned, stopping; the British -lled beside -led); stress decides
// doubling in longer verbs, so the dictionary lists those (COMMIT) in braces. Braces
// list all the verb's other forms, and empty braces mean there are none. A multi-word verb joins its
// words with underscores and marks the verb with '+': +CORDON_OFF, WIRE_+TAP. The
// generated forms inflect that word: +CORDON_OFF gives CORDONED_OFF.
type Verb struct {
	Lemma   string    // the primary form as written, with spaces: "CORDON OFF"
	Head    int       // index in the lemma's words of the verb word (the '+' one)
	Forms   []Form    // every form, the primary one first
	Code    EventCode // the verb's own code, or its block's
	OwnCode bool      // the code was on the verb's line
	Block   *Block
	Line    int
}

// Form is one form of a verb: its lower-case words and which one is the verb.
type Form struct {
	Words []string
	Head  int
}

// String joins the words: "cordoned off".
func (f Form) String() string { return strings.Join(f.Words, " ") }

// Verb returns the verb word: "cordoned".
func (f Form) Verb() string { return f.Words[f.Head] }

// Before returns the words that precede the verb word: ["wire"] for "wire tapped".
func (f Form) Before() []string { return f.Words[:f.Head] }

// After returns the words that follow the verb word: ["off"] for "cordoned off".
func (f Form) After() []string { return f.Words[f.Head+1:] }

// VerbSense is a verb found by Lookup: one form of one verb of one block.
type VerbSense struct {
	Lemma    string    // the verb's primary form: "BACK"
	Verb     *Verb     // the verb
	Block    *Block    // its block: SUPPORT
	Form     Form      // the form looked up or, for Exact false, the multi-word form whose verb it is
	Code     EventCode // the verb's code without a pattern: [050]
	Patterns []Pattern // the block's patterns, which may give another code in context
	// Exact is false when only the verb word of a multi-word form matched: "cordoned"
	// finds +CORDON_OFF, and the caller checks Form.After ("off") in the text.
	Exact bool
}

// Transform is a transformation line: what a verb acting on another verb's event
// becomes. "~ a (a b ATTACK) SAY = a b 015": A saying that A attacked B is A claiming
// responsibility (015) against B. Letters are actors, "." any actor, "_" no actor, "Q" any
// verb.
type Transform struct {
	Source string         // the upper event's source: "a"
	Inner  TransformEvent // the lower event: a, b, ATTACK
	Verb   string         // the upper verb: "SAY"
	Result TransformEvent // what the pair becomes: a, b, "015"
	Line   int
}

// TransformEvent is a source, a target and a verb (or, in a result, a code).
type TransformEvent struct {
	Source, Target, Verb string
}

// Lookup finds the senses of a verb form, given in any case with spaces or underscores
// between words: "backed", "BACKED", "cordoned off", "CORDONED_OFF". Senses whose whole
// form matched come first, then multi-word verbs whose verb word alone matched, each
// group in file order. The result is the caller's to keep.
func (v *Verbs) Lookup(form string) []VerbSense {
	key := normalForm(form)
	out := append([]VerbSense(nil), v.exact[key]...)
	return append(out, v.heads[key]...)
}

// normalForm lower-cases a form and joins its words with single spaces.
func normalForm(s string) string {
	s = strings.ToLower(s)
	if strings.IndexByte(s, '_') < 0 && !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '_' || r == '\t' }), " ")
}

// ReadVerbs reads a verb dictionary such as CAMEO.2.0.txt: synsets (&NAME and "+member"
// lines), verb blocks (a "---" header, verb lines, pattern lines starting with '-') and
// transformations ("~" lines). Besides '#', TABARI's ';' starts a comment. See Synset, Block, Verb, Pattern and Transform for each
// line's format. Errors are *LineError naming name and the line. Patterns that use a
// synset the file never defines are dropped, as the format says, and listed in Ignored.
func ReadVerbs(r io.Reader, name string) (*Verbs, error) {
	text, err := readAll(r, name)
	if err != nil {
		return nil, err
	}
	return parseVerbs(text, name)
}

func parseVerbs(text, name string) (*Verbs, error) {
	r := &verbReader{v: &Verbs{Synsets: map[string]*Synset{}}}
	l := lines{text: text}
	for {
		body, comment, ok := l.next()
		if !ok {
			break
		}
		t, comment, blank := cutTabariComment(body, comment)
		if blank {
			continue
		}
		if err := r.line(t, comment, l.n); err != nil {
			return nil, &LineError{Name: name, Line: l.n, Err: err}
		}
	}
	if l.err != nil {
		return nil, &LineError{Name: name, Line: l.n, Err: l.err}
	}
	r.v.dropUndefined(name)
	r.v.index()
	return r.v, nil
}

// cutTabariComment cuts TABARI's comment, after ';', off a line's body: "SCRAP
// {SCRAPPING SCRAPS SCRAPPED };shan 8/30/93". It returns the text before it, the
// comment (the '#' one when the line has both), and whether nothing but the comment
// was on the line.
func cutTabariComment(body, comment string) (string, string, bool) {
	t := strings.TrimSpace(body)
	if i := strings.IndexByte(t, ';'); i >= 0 {
		if comment == "" {
			comment = strings.TrimSpace(t[i+1:])
		}
		if t = strings.TrimSpace(t[:i]); t == "" {
			return t, comment, true
		}
	}
	return t, comment, false
}

// verbReader reads a verb dictionary line by line.
type verbReader struct {
	v   *Verbs
	blk *Block  // the verb block being read
	syn *Synset // the synset whose members are being read
	plu bool    // whether syn's members get plurals
}

// line reads one line, its comments cut off, by its first character: a synset's
// member ('+'), a block header ("---"), a pattern ('-'), a synset ('&'), a
// transformation ('~'), else a verb.
func (r *verbReader) line(t, comment string, n int) error {
	if t[0] == '+' && r.syn != nil {
		return r.member(t)
	}
	r.syn = nil
	switch {
	case strings.HasPrefix(t, "---"):
		b, err := parseBlockHeader(t)
		if err != nil {
			return err
		}
		b.Line = n
		r.blk = b
		r.v.Blocks = append(r.v.Blocks, b)
	case t[0] == '-':
		return r.pattern(t, comment, n)
	case t[0] == '&':
		return r.synset(t, n)
	case t[0] == '~':
		tr, err := parseTransform(t[1:])
		if err != nil {
			return err
		}
		tr.Line = n
		r.v.Transforms = append(r.v.Transforms, tr)
	default:
		return r.verb(t, n)
	}
	return nil
}

// member adds a "+member" line to the synset being read, with its plural when the
// synset's members get one and the member does not end in '_'.
func (r *verbReader) member(t string) error {
	member := strings.TrimSpace(t[1:])
	p := strings.ToLower(phrase(member))
	if p == "" {
		return errEmptyName
	}
	r.syn.Members = append(r.syn.Members, p)
	r.syn.Forms = append(r.syn.Forms, p)
	if pl := plural(p); r.plu && !strings.HasSuffix(member, "_") && pl != "" {
		r.syn.Forms = append(r.syn.Forms, pl)
	}
	return nil
}

// pattern adds a pattern line to the block being read.
func (r *verbReader) pattern(t, comment string, n int) error {
	if r.blk == nil {
		return errors.New("pattern before any verb block")
	}
	p, err := parsePattern(t[1:], comment, n)
	if err != nil {
		return err
	}
	r.blk.Patterns = append(r.blk.Patterns, p)
	return nil
}

// synset begins the synset an "&NAME" line defines; a label ending in '_' gives its
// members no plurals.
func (r *verbReader) synset(t string, n int) error {
	label := strings.TrimSpace(t[1:])
	r.plu = !strings.HasSuffix(label, "_")
	label = strings.TrimRight(label, "_")
	if label == "" || strings.ContainsAny(label, " \t") {
		return fmt.Errorf("synset label %q", t)
	}
	if _, dup := r.v.Synsets[label]; dup {
		return fmt.Errorf("synset &%s defined twice", label)
	}
	r.syn = &Synset{Name: label, Line: n}
	r.v.Synsets[label] = r.syn
	return nil
}

// verb adds a verb line to the block being read.
func (r *verbReader) verb(t string, n int) error {
	if r.blk == nil {
		return errors.New("verb before any verb block")
	}
	verb, err := parseVerbLine(t, r.blk)
	if err != nil {
		return err
	}
	verb.Line = n
	r.blk.Verbs = append(r.blk.Verbs, verb)
	return nil
}

// dropUndefined removes the patterns that use an undefined synset.
func (v *Verbs) dropUndefined(name string) {
	for _, b := range v.Blocks {
		kept := b.Patterns[:0]
		for _, p := range b.Patterns {
			missing := ""
			check := func(s string) {
				if _, ok := v.Synsets[s]; !ok && missing == "" {
					missing = s
				}
			}
			synsets(p.Before, check)
			synsets(p.After, check)
			if missing != "" {
				v.Ignored = append(v.Ignored, lineErr(name, p.Line, "pattern ignored: synset &%s is not defined", missing))
				continue
			}
			kept = append(kept, p)
		}
		b.Patterns = kept
	}
}

// index fills the lookup maps.
func (v *Verbs) index() {
	v.exact = make(map[string][]VerbSense, 8192)
	v.heads = make(map[string][]VerbSense, 512)
	for _, b := range v.Blocks {
		for _, verb := range b.Verbs {
			for _, f := range verb.Forms {
				s := VerbSense{Lemma: verb.Lemma, Verb: verb, Block: b, Form: f, Code: verb.Code, Patterns: b.Patterns, Exact: true}
				key := f.String()
				v.exact[key] = append(v.exact[key], s)
				if len(f.Words) > 1 {
					s.Exact = false
					v.heads[f.Verb()] = append(v.heads[f.Verb()], s)
				}
			}
		}
	}
}

// parseBlockHeader reads "---  SUPPORT   [050]  ---" (also "[110]---  ---").
func parseBlockHeader(t string) (*Block, error) {
	s := strings.TrimLeft(t, "-")
	b := &Block{}
	if open := strings.IndexByte(s, '['); open >= 0 {
		end := strings.IndexByte(s[open:], ']')
		if end < 0 {
			return nil, errors.New("'[' without ']' in a block header")
		}
		code, err := ParseEventCode(s[open+1 : open+end])
		if err != nil {
			return nil, err
		}
		b.Code, s = code, s[:open]
	}
	b.Name = strings.Trim(s, " \t-")
	if b.Name == "" {
		return nil, errors.New("block header without a name")
	}
	return b, nil
}

// parseVerbLine reads a verb line of blk (its comment already cut off).
func parseVerbLine(t string, blk *Block) (*Verb, error) {
	verb := &Verb{Code: blk.Code, Block: blk}
	t, err := verb.cutCode(t)
	if err != nil {
		return nil, err
	}
	t, braced, hasBraces, err := cutForms(t)
	if err != nil {
		return nil, err
	}
	lemma := strings.TrimSpace(t)
	if lemma == "" {
		return nil, errors.New("verb line without a verb")
	}
	if strings.ContainsAny(lemma, " \t") {
		return nil, fmt.Errorf("verb %q has blanks: join a multi-word verb's words with '_'", lemma)
	}
	first, err := verbWords(lemma)
	if err != nil {
		return nil, err
	}
	verb.Head = first.Head
	verb.Lemma = strings.Join(lemmaWords(lemma), " ")
	verb.Forms = []Form{first}
	seen := map[string]bool{first.String(): true}
	if hasBraces {
		if err := verb.addBracedForms(braced, first, seen); err != nil {
			return nil, err
		}
		return verb, nil
	}
	for _, w := range verbForms(first.Verb()) {
		ws := append([]string(nil), first.Words...)
		ws[first.Head] = w
		verb.addForm(Form{Words: ws, Head: first.Head}, seen)
	}
	return verb, nil
}

// cutCode reads the verb's own event code in brackets at the end of a verb line
// ("ABANDON [---]"), and returns the line before it.
func (verb *Verb) cutCode(t string) (string, error) {
	open := strings.IndexByte(t, '[')
	if open < 0 {
		return t, nil
	}
	end := strings.IndexByte(t[open:], ']')
	if end < 0 {
		return "", errors.New("'[' without ']'")
	}
	if !isBlank(t[open+end+1:]) {
		return "", fmt.Errorf("text %q after the code", strings.TrimSpace(t[open+end+1:]))
	}
	code, err := ParseEventCode(t[open+1 : open+end])
	if err != nil {
		return "", err
	}
	verb.Code, verb.OwnCode = code, true
	return t[:open], nil
}

// cutForms cuts the forms a verb line lists in braces ("SCRAP {SCRAPPING SCRAPS
// SCRAPPED}") off it: it returns the line before them, what the braces hold, and
// whether there were any.
func cutForms(t string) (rest, braced string, hasBraces bool, err error) {
	open := strings.IndexByte(t, '{')
	if open < 0 {
		return t, "", false, nil
	}
	end := strings.IndexByte(t[open:], '}')
	if end < 0 {
		return "", "", false, errors.New("'{' without '}'")
	}
	if !isBlank(t[open+end+1:]) {
		return "", "", false, fmt.Errorf("text %q after the forms", strings.TrimSpace(t[open+end+1:]))
	}
	return t[:open], t[open+1 : open+end], true, nil
}

// addBracedForms adds the forms listed in braces; a multi-word form without '+' marks
// the same word as the lemma's.
func (verb *Verb) addBracedForms(braced string, first Form, seen map[string]bool) error {
	for _, tok := range strings.FieldsFunc(braced, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' }) {
		f, err := verbWords(tok)
		if err != nil {
			return err
		}
		if strings.IndexByte(tok, '+') < 0 && len(f.Words) > 1 {
			if len(f.Words) != len(first.Words) {
				return fmt.Errorf("form %q does not mark its verb with '+'", tok)
			}
			f.Head = first.Head
		}
		verb.addForm(f, seen)
	}
	return nil
}

// addForm adds a form the verb does not have yet; seen holds those it has.
func (verb *Verb) addForm(f Form, seen map[string]bool) {
	if k := f.String(); !seen[k] {
		seen[k] = true
		verb.Forms = append(verb.Forms, f)
	}
}

// verbWords reads a verb token: words joined by '_', the verb word marked with '+' when
// there are several. A multi-word token without '+' takes its first word as the verb
// (PETRARCH2 skips such a verb with a warning; the real file has none).
func verbWords(tok string) (Form, error) {
	f := Form{Head: -1}
	for _, w := range strings.Split(tok, "_") {
		if w == "" {
			continue
		}
		if w[0] == '+' {
			if f.Head >= 0 {
				return Form{}, fmt.Errorf("verb %q marks two words with '+'", tok)
			}
			f.Head = len(f.Words)
			w = w[1:]
			if w == "" {
				return Form{}, fmt.Errorf("verb %q has a lone '+'", tok)
			}
		}
		if strings.IndexByte(w, '+') >= 0 {
			return Form{}, fmt.Errorf("verb %q has '+' inside a word", tok)
		}
		f.Words = append(f.Words, strings.ToLower(w))
	}
	if len(f.Words) == 0 {
		return Form{}, fmt.Errorf("verb %q has no words", tok)
	}
	if f.Head < 0 {
		f.Head = 0
	}
	return f, nil
}

// lemmaWords returns the words of a verb token as written, without '+'.
func lemmaWords(tok string) []string {
	var out []string
	for _, w := range strings.Split(tok, "_") {
		if w = strings.TrimPrefix(w, "+"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// parseTransform reads a transformation line without its '~': "a (a b ATTACK) SAY = a b
// 015".
func parseTransform(s string) (Transform, error) {
	lhs, rhs, ok := strings.Cut(s, "=")
	if !ok {
		return Transform{}, errors.New("transformation without '='")
	}
	open, end := strings.IndexByte(lhs, '('), strings.IndexByte(lhs, ')')
	if open < 0 || end < open || strings.Count(lhs, "(") != 1 || strings.Count(lhs, ")") != 1 {
		return Transform{}, errors.New("transformation without one (source target verb) inside it")
	}
	outer, inner, after := strings.Fields(lhs[:open]), strings.Fields(lhs[open+1:end]), strings.Fields(lhs[end+1:])
	result := strings.Fields(rhs)
	if len(outer) != 1 || len(inner) != 3 || len(after) != 1 || len(result) != 3 {
		return Transform{}, fmt.Errorf("transformation %q is not \"s (s t VERB) VERB = s t CODE\"", strings.TrimSpace(s))
	}
	return Transform{
		Source: outer[0],
		Inner:  TransformEvent{Source: inner[0], Target: inner[1], Verb: inner[2]},
		Verb:   after[0],
		Result: TransformEvent{Source: result[0], Target: result[1], Verb: result[2]},
	}, nil
}
