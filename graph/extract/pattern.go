package extract

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// A sentence is matched as an encoded row: every token becomes " form " (so that
// adjacent tokens are separated by two spaces), a word in lower case, an actor mention
// "@A7" and an initiative mention "@I2". Patterns compile to RE2 expressions over that
// row, which keeps matching linear in the sentence length.

// rule is one compiled line of patterns.txt.
type rule struct {
	src     string
	file    string
	line    int
	actorP  graph.Predicate // predicate when the object is an actor ("" if not allowed)
	initP   graph.Predicate // predicate when the object is an initiative
	re      *regexp.Regexp
	sIdx    int  // submatch index of the subject slot, -1 if none
	oIdx    int  // submatch index of the object slot, -1 if none
	bIdx    int  // submatch index of a mutual slot, -1 if none
	tIdx    int  // submatch index of a second subject slot, -1 if none
	keepNeg bool // the rule handles negation itself ("without signing"): no negator check
	// anchors are the words of which a sentence must contain at least one per set for
	// the rule to match: a cheap test that spares most sentences the expression.
	anchors    []map[string]bool
	anchorBits []bitset
}

// anchorIndex numbers every anchor word of every rule, so that the words of a
// sentence and the anchors of a rule are bit sets to intersect.
type anchorIndex map[string]int

func (ix anchorIndex) bits(words []string) bitset {
	b := make(bitset, (len(ix)+63)/64)
	for _, w := range words {
		if n, ok := ix[w]; ok {
			b[n/64] |= 1 << (n % 64)
		}
	}
	return b
}

type bitset []uint64

func (b bitset) meets(c bitset) bool {
	for i := range b {
		if b[i]&c[i] != 0 {
			return true
		}
	}
	return false
}

// mayMatch reports whether a sentence with these words can match the rule.
func (r *rule) mayMatch(words bitset) bool {
	for _, set := range r.anchorBits {
		if !set.meets(words) {
			return false
		}
	}
	return true
}

// PatternError reports a pattern file line that does not compile.
type PatternError struct {
	File string
	Line int
	Err  error
}

func (e *PatternError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the cause.
func (e *PatternError) Unwrap() error { return e.Err }

// parsePatterns reads rules and class definitions. Classes may be used before they
// are defined; definitions from later files add to earlier ones.
func parsePatterns(name string, r io.Reader, classes map[string][]string, raw *[]rawRule) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "define "); ok {
			key, value, ok := strings.Cut(rest, "=")
			if !ok {
				return &PatternError{name, n, fmt.Errorf("want \"define NAME = a | b\"")}
			}
			key = strings.TrimSpace(key)
			for _, alt := range strings.Split(value, "|") {
				if alt = strings.TrimSpace(alt); alt != "" {
					classes[key] = append(classes[key], alt)
				}
			}
			continue
		}
		pred, body, ok := strings.Cut(line, " ")
		if !ok {
			return &PatternError{name, n, fmt.Errorf("want \"PREDICATE ELEMENTS...\"")}
		}
		*raw = append(*raw, rawRule{file: name, line: n, pred: pred, body: strings.TrimSpace(body)})
	}
	return sc.Err()
}

type rawRule struct {
	file, pred, body string
	line             int
}

// compiler turns pattern text into regular expressions, expanding classes.
type compiler struct {
	classes map[string][]string
	depth   int
	objRE   string // what an object slot of the rule being compiled may hold
}

// slotRE is the expression for one mention in slot S, O, B or T.
func (c *compiler) slotRE(slot byte) string {
	if slot == 'O' {
		return c.objRE
	}
	return actorRE
}

const (
	mentionRE = `@[AI]\d+`
	actorRE   = `@A\d+`
	initRE    = `@I\d+`
)

func (c *compiler) compileRule(r rawRule) (rule, error) {
	out := rule{src: r.body, file: r.file, line: r.line, sIdx: -1, oIdx: -1, bIdx: -1, tIdx: -1}
	pred, keep := strings.CutSuffix(r.pred, "!")
	out.keepNeg = keep
	preds := strings.Split(pred, "/")
	for i, p := range preds {
		pred, err := graph.ParsePredicate(p)
		if err != nil {
			return out, &PatternError{r.file, r.line, err}
		}
		switch {
		case len(preds) == 2 && i == 0:
			out.actorP = pred
		case len(preds) == 2:
			out.initP = pred
		case pred.ToInitiative():
			out.initP = pred
		default:
			out.actorP = pred
		}
	}
	// subjects are actors; objects are what the predicates allow
	c.objRE = mentionRE
	switch {
	case out.actorP == "":
		c.objRE = initRE
	case out.initP == "":
		c.objRE = actorRE
	}
	expr, err := c.sequence(r.body)
	if err != nil {
		return out, &PatternError{r.file, r.line, err}
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return out, &PatternError{r.file, r.line, err}
	}
	out.re = re
	out.anchors = c.anchors(r.body)
	for i, name := range re.SubexpNames() {
		switch name {
		case "S":
			out.sIdx = i
		case "O":
			out.oIdx = i
		case "B":
			out.bIdx = i
		case "T":
			out.tIdx = i
		}
	}
	if out.bIdx < 0 && (out.sIdx < 0 || out.oIdx < 0) {
		return out, &PatternError{r.file, r.line, fmt.Errorf("a rule needs {S} and {O}, or {B*}")}
	}
	return out, nil
}

// sequence compiles a run of elements separated by spaces; parentheses group
// alternatives that contain spaces: "(to retake|to oust)".
func (c *compiler) sequence(body string) (string, error) {
	var b strings.Builder
	for _, el := range splitElements(body) {
		piece, err := c.element(el)
		if err != nil {
			return "", err
		}
		b.WriteString(piece)
	}
	return b.String(), nil
}

// anchors returns, for each required element of a rule that is made of words, the
// set of words one of which must occur: a literal's alternatives, or a class's
// entries' first words.
func (c *compiler) anchors(body string) []map[string]bool {
	var out []map[string]bool
	for _, el := range splitElements(body) {
		if n := len(el); n > 1 && (el[n-1] == '?' || el[n-1] == '*') && !strings.HasPrefix(el, "{") {
			continue
		}
		var alts []string
		switch {
		case strings.HasPrefix(el, "{"), strings.HasPrefix(el, "..."), strings.HasPrefix(el, "~"):
			continue
		case strings.HasPrefix(el, "<") && strings.HasSuffix(el, ">"):
			alts = c.classes[el[1:len(el)-1]]
		default:
			alts = strings.Split(strings.Trim(el, "()"), "|")
		}
		set := map[string]bool{}
		for _, a := range alts {
			first := strings.Fields(a)
			if len(first) == 0 || strings.HasPrefix(first[0], "{") || strings.HasPrefix(first[0], "...") || strings.HasPrefix(first[0], "<") || strings.HasPrefix(first[0], "~") {
				set = nil // an entry that starts with no fixed word: no anchor
				break
			}
			if w := patternWords(first[0]); len(w) > 0 {
				set[w[0]] = true
			}
		}
		if len(set) > 0 {
			out = append(out, set)
		}
	}
	return out
}

func splitElements(body string) []string {
	var out []string
	depth, start := 0, -1
	for i, r := range body {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		}
		if r == ' ' && depth == 0 {
			if start >= 0 {
				out = append(out, body[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, body[start:])
	}
	return out
}

func (c *compiler) element(el string) (string, error) {
	quant := ""
	if n := len(el); n > 1 && (el[n-1] == '?' || el[n-1] == '*' || el[n-1] == '+') && !strings.HasPrefix(el, "{") {
		quant, el = el[n-1:], el[:n-1]
	}
	var piece string
	switch {
	case el == "{S}" || el == "{O}" || el == "{T}":
		piece = fmt.Sprintf("(?P<%c> %s )", el[1], c.slotRE(el[1]))
	case el == "{S*}" || el == "{O*}" || el == "{B*}" || el == "{T*}":
		re := c.slotRE(el[1])
		piece = fmt.Sprintf("(?P<%c> %s (?:(?: , )?(?: (?:and|or|as well as|plus|along with) )?(?: the )? %s )*)", el[1], re, re)
	case el == "{_}":
		piece = fmt.Sprintf("(?: %s )", mentionRE)
	case strings.HasPrefix(el, "~"):
		n, err := strconv.Atoi(el[1:])
		if err != nil || n < 1 || n > 30 {
			return "", fmt.Errorf("gap %q: want ~N with N from 1 to 30", el)
		}
		piece = fmt.Sprintf("(?: [^,;.:%% ][^,;.: ]* ){0,%d}?", n)
	case strings.HasPrefix(el, "..."):
		n := 6
		if rest := el[3:]; rest != "" {
			v, err := strconv.Atoi(rest)
			if err != nil || v < 1 || v > 30 {
				return "", fmt.Errorf("gap %q: want ... or ...N with N from 1 to 30", el)
			}
			n = v
		}
		piece = fmt.Sprintf("(?: [^@;%%][^ ]* ){0,%d}?", n)
	case strings.HasPrefix(el, "( ") && strings.HasSuffix(el, " )"):
		// parentheses standing apart are the text's own: "( ~8 )" is an aside in brackets
		inner, err := c.sequence(strings.TrimSpace(el[2 : len(el)-2]))
		if err != nil {
			return "", err
		}
		piece = " \\( " + inner + " \\) "
	case strings.HasPrefix(el, "<") && strings.HasSuffix(el, ">"):
		name := el[1 : len(el)-1]
		alts, ok := c.classes[name]
		if !ok {
			return "", fmt.Errorf("unknown class <%s>", name)
		}
		if c.depth > 4 {
			return "", fmt.Errorf("class <%s> nests too deep", name)
		}
		c.depth++
		defer func() { c.depth-- }()
		parts := make([]string, 0, len(alts))
		for _, a := range alts {
			p, err := c.sequence(a)
			if err != nil {
				return "", fmt.Errorf("in <%s>: %w", name, err)
			}
			parts = append(parts, p)
		}
		piece = "(?:" + strings.Join(parts, "|") + ")"
	default:
		alts := strings.Split(strings.Trim(el, "()"), "|")
		parts := make([]string, 0, len(alts))
		for _, a := range alts {
			if strings.Contains(a, "<") && strings.Contains(a, ">") || strings.Contains(a, "{") {
				return "", fmt.Errorf("%q: alternatives in parentheses are words; for a class or a slot, write separate rules", el)
			}
			var seq strings.Builder
			for _, w := range patternWords(a) {
				seq.WriteString(" " + regexp.QuoteMeta(w) + " ")
			}
			parts = append(parts, seq.String())
		}
		piece = "(?:" + strings.Join(parts, "|") + ")"
	}
	if quant != "" {
		piece = "(?:" + piece + ")" + quant
	}
	return piece, nil
}

// mentionsIn returns the mention numbers in an encoded slot ("@A3 , @A5").
func mentionsIn(slot string) []string {
	var out []string
	for _, f := range strings.Fields(slot) {
		if strings.HasPrefix(f, "@") {
			out = append(out, f)
		}
	}
	return out
}

// patternWords splits a literal of a pattern into the tokens the tokenizer would make
// of it, so that "counter-offensive" in a pattern matches "counter-offensive" in text.
func patternWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if strings.HasPrefix(f, "'") || f == "n't" {
			out = append(out, strings.ToLower(f))
			continue
		}
		for _, t := range tokenize(f) {
			out = append(out, rowForm(t.lower))
		}
	}
	return out
}

// rowForm is how a word stands in an encoded row. Words that open a new clause
// ("but", "while") are marked so that gaps cannot run across them: in "welcomed the
// statement but rejected any talks", the talks are not welcomed.
func rowForm(w string) string {
	switch w {
	case "but", "while", "whereas", "although", "though", "however", "yet", "despite":
		return "%" + w
	}
	return w
}
