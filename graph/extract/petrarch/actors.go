package petrarch

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Actor is one record of an actor dictionary: a named actor, its other names and the
// codes it had.
type Actor struct {
	// Names are the primary phrase and then the synonyms, as written but with spaces for
	// underscores: "ABDEL FATTAH EL SISI", "ABDEL FATTAH EL-SISI", "SISI".
	Names []string
	// Words holds, for each name, its lower-case words for matching: Words[i] is
	// ["abdel", "fattah", "el-sisi"] for Names[i] "ABDEL FATTAH EL-SISI".
	Words [][]string
	// Code is the default code: the one in brackets on the primary line or the first
	// undated restriction. It applies when no dated role does; "" when there is none, and
	// "---" (the null code) says the phrase is no actor.
	Code string
	// Roles are the dated restrictions in file order.
	Roles []Role
	// Line is the line of the primary phrase.
	Line int
}

// Role is a code an actor had between two dates, both included. A zero From or To leaves
// that end open.
type Role struct {
	Code     string
	From, To time.Time
}

// Holds reports whether the role's dates include the day of t.
func (r Role) Holds(t time.Time) bool {
	d := day(t)
	return (r.From.IsZero() || !d.Before(r.From)) && (r.To.IsZero() || !d.After(r.To))
}

// day returns the calendar day of t, as the dictionaries' dates are: midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// RoleAt returns the actor's role on the day of t: the first dated role that holds then,
// else the default code as a Role without dates, as PETRARCH2 codes it. It returns false
// when neither exists or the code is the null code "---".
func (a *Actor) RoleAt(t time.Time) (Role, bool) {
	for _, r := range a.Roles {
		if r.Holds(t) {
			return r, r.Code != "---"
		}
	}
	if a.Code == "" || a.Code == "---" {
		return Role{}, false
	}
	return Role{Code: a.Code}, true
}

// ReadActors reads an actor dictionary (see the package documentation for the format
// and the quirks it accepts). name is used in errors, which are *LineError for a
// malformed line.
func ReadActors(r io.Reader, name string) ([]Actor, error) {
	text, err := readAll(r, name)
	if err != nil {
		return nil, err
	}
	return parseActors(text, name)
}

func parseActors(text, name string) ([]Actor, error) {
	// Names and words are cut from two copies of the whole text, one with spaces for
	// underscores and one lower-cased as well, instead of being built one by one: the
	// Countries file has 18,000 actors and 50,000 names, read at every start-up.
	disp, low := spacedLower(text)
	r := actorReader{disp: disp, low: low, actors: make([]Actor, 0, countRecords(text))}
	l := lines{text: disp}
	for {
		body, _, ok := l.next()
		if !ok {
			break
		}
		t, off := trimBlanks(body, l.off)
		if i := strings.IndexByte(t, ';'); i >= 0 {
			// TABARI's comment, as in PETRARCH2's example "JAMES_BYRNES_  ; CountryInfo.txt"
			if t, off = trimBlanks(t[:i], off); t == "" {
				continue
			}
		}
		if err := r.line(t, off, l.n); err != nil {
			return nil, &LineError{Name: name, Line: l.n, Err: err}
		}
	}
	if l.err != nil {
		return nil, &LineError{Name: name, Line: l.n, Err: l.err}
	}
	r.flush()
	return r.actors, nil
}

// countRecords counts the lines that may start a record, to size the result once.
func countRecords(text string) int {
	n := 1
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		if i < len(text) && strings.IndexByte("+[#\t \r\n", text[i]) < 0 {
			n++
		}
	}
	return n
}

// actorReader collects the records of an actor dictionary.
type actorReader struct {
	disp, low string // the text with spaces for underscores, and that lower-cased
	actors    []Actor

	// the record being read
	open  bool
	line0 int
	names []string
	words [][]string
	code  string
	roles []Role

	nameSlab, wordSlab slab[string]
	wordsSlab          slab[[]string]
	roleSlab           slab[Role]
	scratch            []string
}

// line reads one non-blank line, trimmed; off is its offset in r.disp or -1.
func (r *actorReader) line(t string, off, n int) error {
	switch t[0] {
	case '[':
		if !r.open {
			return errors.New("date restriction before any actor")
		}
		rest, err := r.restrictions(t)
		if err != nil {
			return err
		}
		if !isBlank(rest) {
			return fmt.Errorf("text %q after a restriction", strings.TrimSpace(rest))
		}
	case '+':
		if !r.open {
			return errors.New("synonym before any actor")
		}
		names, brackets := splitBrackets(t)
		for _, span := range synonyms(names) {
			o := -1
			if off >= 0 {
				o = off + span[0]
			}
			if err := r.addName(names[span[0]:span[1]], o); err != nil {
				return err
			}
		}
		if _, err := r.restrictions(brackets); err != nil {
			return err
		}
	default:
		primary, brackets := splitBrackets(t)
		if r.open && r.code == "" && len(r.roles) == 0 {
			// the Countries file lists a person's other names on lines of their own,
			// without '+', before the block's restrictions ("BORIS_YELTSIN_",
			// "BORIS_N._YELTSIN", "PRESIDENT_YELTSIN", then the dated roles): a
			// primary line while the record has no code yet is one more name of it
			if err := r.addName(primary, off); err != nil {
				return err
			}
			_, err := r.restrictions(brackets)
			return err
		}
		r.flush()
		r.open, r.line0 = true, n
		if err := r.addName(primary, off); err != nil {
			return err
		}
		// Text after the last bracket is ignored: the International file describes
		// companies there ("[MNCMED]	Newspapers/Magazines	$137,000,000").
		if _, err := r.restrictions(brackets); err != nil {
			return err
		}
	}
	return nil
}

// flush stores the record being read.
func (r *actorReader) flush() {
	if !r.open {
		return
	}
	r.actors = append(r.actors, Actor{
		Names: r.nameSlab.copy(r.names),
		Words: r.wordsSlab.copy(r.words),
		Code:  r.code,
		Roles: r.roleSlab.copy(r.roles),
		Line:  r.line0,
	})
	r.open, r.names, r.words, r.code, r.roles = false, r.names[:0], r.words[:0], "", r.roles[:0]
}

var errEmptyName = errors.New("empty phrase")

// addName adds a name, raw as cut from r.disp at offset off (-1 if it is not a piece of
// r.disp).
func (r *actorReader) addName(raw string, off int) error {
	n, off := trimBlanks(raw, off)
	if n == "" {
		return errEmptyName
	}
	if off < 0 || strings.Contains(n, "  ") || strings.IndexByte(n, '\t') >= 0 {
		n = phrase(n)
		r.names = append(r.names, n)
		r.words = append(r.words, r.wordSlab.copy(words(n)))
		return nil
	}
	r.names = append(r.names, n)
	ws := r.scratch[:0]
	for w := range strings.SplitSeq(r.low[off:off+len(n)], " ") {
		if !isASCII(w) {
			w = strings.ToLower(w) // "ERDOĞAN": spacedLower left the Ğ
		}
		ws = append(ws, w)
	}
	r.scratch = ws
	r.words = append(r.words, r.wordSlab.copy(ws))
	return nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// trimBlanks trims spaces and tabs from s and moves its offset (unless -1) along.
func trimBlanks(s string, off int) (string, int) {
	a, b := 0, len(s)
	for a < b && (s[a] == ' ' || s[a] == '\t') {
		a++
	}
	for b > a && (s[b-1] == ' ' || s[b-1] == '\t') {
		b--
	}
	if off >= 0 {
		off += a
	}
	return s[a:b], off
}

// splitBrackets cuts a line at its first '[' into the phrase before and the bracket
// groups after.
func splitBrackets(s string) (phrase, brackets string) {
	if i := strings.IndexByte(s, '['); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// synonyms splits a synonym line, without its brackets, into the spans of its phrases:
// a '+' that starts a word starts a new one ("+TAIOAN_ +TAWIAN_").
func synonyms(s string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '+' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			if start >= 0 {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// restrictions reads the bracket groups at the start of s into the record and returns
// what follows them.
func (r *actorReader) restrictions(s string) (rest string, err error) {
	for {
		s = strings.TrimLeft(s, " \t")
		if s == "" || s[0] != '[' {
			return s, nil
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return "", fmt.Errorf("'[' without ']' in %q", s)
		}
		role, dated, err := restriction(s[1:end])
		if err != nil {
			return "", err
		}
		switch {
		case dated:
			r.roles = append(r.roles, role)
		case r.code == "":
			r.code = role.Code
		}
		s = s[end+1:]
	}
}

// restriction reads one bracket group: a code, then nothing (dated is false), "<date",
// ">date", "date-date" or a bare date.
func restriction(s string) (r Role, dated bool, err error) {
	s = strings.TrimSpace(s)
	code, dates, _ := strings.Cut(s, " ")
	if i := strings.IndexByte(code, '\t'); i >= 0 {
		code, dates = code[:i], code[i+1:]+" "+dates
	}
	if code == "" {
		return Role{}, false, errors.New("restriction without a code")
	}
	r.Code = code
	dates = strings.TrimSpace(dates)
	if dates == "" {
		return r, false, nil
	}
	switch dates[0] {
	case '<':
		r.To, err = parseDate(strings.TrimSpace(dates[1:]))
	case '>':
		r.From, err = parseDate(strings.TrimSpace(dates[1:]))
	default:
		from, to, between := strings.Cut(dates, "-")
		if r.From, err = parseDate(strings.TrimSpace(from)); err == nil && between {
			r.To, err = parseDate(strings.TrimSpace(to))
		}
	}
	if err != nil {
		return Role{}, false, fmt.Errorf("restriction [%s]: %w", s, err)
	}
	return r, true, nil
}

// parseDate reads a dictionary date: YYMMDD, with YY up to 30 read as 20YY and the rest
// as 19YY (PETRARCH2's rule), or YYYYMMDD. It repairs the mistyped dates of the real
// files rather than refuse them:
//
//   - ten digits whose first two repeat the century, "1920030320", are the last eight;
//   - nine digits, ">201005011", are the first eight and a stray digit;
//   - seven digits that start with a year, "2004017", are YYYYMMD: a day's digit lost;
//   - other seven digits, "9008223", are YYMMDD and a stray digit.
func parseDate(s string) (time.Time, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return time.Time{}, fmt.Errorf("date %q is not all digits", s)
		}
	}
	num := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	century := func(s string) bool { return s == "19" || s == "20" }
	var y, m, d int
	switch {
	case len(s) == 6:
		y, m, d = num(s[:2]), num(s[2:4]), num(s[4:6])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
	case len(s) == 8:
		y, m, d = num(s[:4]), num(s[4:6]), num(s[6:8])
	case len(s) == 10 && century(s[:2]) && century(s[2:4]):
		y, m, d = num(s[2:6]), num(s[6:8]), num(s[8:10])
	case len(s) == 9:
		y, m, d = num(s[:4]), num(s[4:6]), num(s[6:8])
	case len(s) == 7 && century(s[:2]):
		y, m, d = num(s[:4]), num(s[4:6]), num(s[6:7])
	case len(s) == 7:
		return parseDate(s[:6])
	default:
		return time.Time{}, fmt.Errorf("date %q is neither YYMMDD nor YYYYMMDD", s)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || t.Day() != d {
		return time.Time{}, fmt.Errorf("date %q does not exist", s)
	}
	return t, nil
}
