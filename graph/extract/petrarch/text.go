package petrarch

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
)

// LineError reports a malformed line of a dictionary, or a line read and then ignored as
// the format says (Verbs.Ignored): the file's name, the line's number and what is wrong.
type LineError struct {
	Name string // the name given to the reader, usually the file's
	Line int    // 1-based
	Err  error
}

// Error formats the error as "name:line: what is wrong".
func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *LineError) Unwrap() error { return e.Err }

// lineErr makes a LineError with a formatted message.
func lineErr(name string, line int, format string, args ...any) *LineError {
	return &LineError{Name: name, Line: line, Err: fmt.Errorf(format, args...)}
}

// readAll reads a whole dictionary: the readers work on one string, whose substrings the
// values they return share.
func readAll(r io.Reader, name string) (string, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("petrarch: reading %s: %w", name, err)
	}
	return string(b), nil
}

// lines walks a dictionary's text line by line. It drops <!-- --> comments (also when
// they span lines) and splits each line at its first '#' into body and comment; lines
// whose body is blank are skipped.
type lines struct {
	text  string
	pos   int  // offset of the next line in text
	n     int  // number of the line last returned
	off   int  // offset in text of the body last returned; -1 when a comment was cut from its middle
	inXML bool // inside a <!-- comment that has not ended yet
	err   error
}

var errUnclosedComment = errors.New("<!-- comment never closed")

// next returns the next line with a non-blank body, its '#' comment (trimmed) and false
// at the end of the text.
func (l *lines) next() (body, comment string, ok bool) {
	for l.pos < len(l.text) {
		off := l.pos
		line := l.text[off:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line, l.pos = line[:i], off+i+1
		} else {
			l.pos = len(l.text)
		}
		l.n++
		line = strings.TrimSuffix(line, "\r")
		if l.inXML {
			i := strings.Index(line, "-->")
			if i < 0 {
				continue
			}
			l.inXML = false
			line, off = line[i+3:], off+i+3
		}
		for strings.Contains(line, "<!") {
			i := strings.Index(line, "<!--")
			if i < 0 {
				// "<!" that opens no comment: PETRARCH skips such lines whole.
				line = ""
				break
			}
			j := strings.Index(line[i+4:], "-->")
			if j < 0 {
				l.inXML = true
				line = line[:i]
				break
			}
			if i == 0 {
				line = line[4+j+3:]
				if off >= 0 {
					off += 4 + j + 3
				}
			} else {
				line, off = line[:i]+line[i+4+j+3:], -1
			}
		}
		body, comment = line, ""
		if i := strings.IndexByte(line, '#'); i >= 0 {
			body, comment = line[:i], strings.TrimSpace(line[i+1:])
		}
		if isBlank(body) {
			continue
		}
		l.off = off
		return body, comment, true
	}
	if l.inXML && l.err == nil {
		l.err = errUnclosedComment
	}
	return "", "", false
}

// isBlank reports whether s holds only white space.
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// phrase turns a dictionary phrase into readable words: underscores become spaces, the
// leading and trailing ones go, runs of blanks become one space. Case is kept.
func phrase(s string) string {
	s = strings.Trim(s, " \t_")
	if strings.IndexByte(s, '_') < 0 && strings.IndexByte(s, '\t') < 0 && !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || c == ' ' || c == '\t' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(c)
	}
	return b.String()
}

// words returns the lower-case words of a phrase made by phrase.
func words(p string) []string {
	return strings.Fields(strings.ToLower(p))
}

// spacedLower returns s with spaces for underscores, and that with its ASCII letters
// lower-cased. Other bytes are left alone, so that offsets in s and in both results
// agree.
func spacedLower(s string) (spaced, lower string) {
	spaced = strings.ReplaceAll(s, "_", " ")
	var sb strings.Builder
	sb.Grow(len(spaced))
	var buf [4096]byte
	for rest := spaced; rest != ""; {
		n := copy(buf[:], rest)
		rest = rest[n:]
		b := buf[:n]
		// Eight bytes at a time: set bit 5 of each byte in 'A'..'Z'.
		const ones, highs = 0x0101010101010101, 0x8080808080808080
		i := 0
		for ; i+8 <= len(b); i += 8 {
			x := binary.LittleEndian.Uint64(b[i:])
			low7 := x &^ highs
			ge := low7 + (0x80-'A')*ones   // high bit set where the byte is >= 'A'
			gt := low7 + (0x80-'Z'-1)*ones // high bit set where it is > 'Z'
			upper := ge &^ gt &^ x & highs // ... and it is ASCII
			binary.LittleEndian.PutUint64(b[i:], x|upper>>2)
		}
		for ; i < len(b); i++ {
			if c := b[i]; c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		sb.Write(b)
	}
	return spaced, sb.String()
}

// slab hands out small slices cut from large shared arrays: a dictionary's tens of
// thousands of names, words and roles then cost a few allocations, not one each.
type slab[T any] struct{ buf []T }

// copy returns a slice holding items, whose capacity ends with it (appending to it
// reallocates, leaving its neighbours alone).
func (s *slab[T]) copy(items []T) []T {
	if len(items) == 0 {
		return nil
	}
	if len(s.buf)+len(items) > cap(s.buf) {
		s.buf = make([]T, 0, max(4096, len(items)))
	}
	start := len(s.buf)
	s.buf = append(s.buf, items...)
	return s.buf[start:len(s.buf):len(s.buf)]
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

func isVowel(c byte) bool {
	switch c | 0x20 {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// plural makes the regular plural of a phrase's last word, keeping the phrase's case:
// -IES after a consonant and Y, -ES after S, X, Z, CH or SH, else -S. PETRARCH's own rule
// adds -IES after any Y; "ENVOYS", not "ENVOIES", is what news text holds. A phrase whose
// last character is not a letter ("GEN.") has no regular plural: "" is returned.
func plural(p string) string {
	n := len(p)
	if n == 0 || !isLetter(p[n-1]) {
		return ""
	}
	upper := p[n-1] >= 'A' && p[n-1] <= 'Z'
	suffix := func(s string) string {
		if upper {
			return strings.ToUpper(s)
		}
		return s
	}
	last := p[n-1] | 0x20
	switch {
	case last == 'y' && n >= 2 && !isVowel(p[n-2]):
		return p[:n-1] + suffix("ies")
	case last == 's' || last == 'x' || last == 'z',
		last == 'h' && n >= 2 && (p[n-2]|0x20 == 'c' || p[n-2]|0x20 == 's'):
		return p + suffix("es")
	}
	return p + suffix("s")
}
