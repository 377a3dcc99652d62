package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// Meta is what an article says about itself, in front matter or JSON fields.
type Meta struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Source string `json:"source"`
	URL    string `json:"url"`
}

// ParseArticle reads an article in any of the accepted forms: plain text, text after a
// front-matter header between "---" lines (keys id, title, date, source, url), or a
// JSON object with those keys and the body in "text" or "body". name is the file name
// or another hint for the document id; it may be empty.
//
// The document id is, in order of preference, the explicit id, the URL, the file name,
// the title and the date, or a hash of the text: stable for an article that is edited
// and ingested again, so that the new version replaces the old one.
func ParseArticle(name string, data []byte) (graph.Document, error) {
	fail := func(err error) (graph.Document, error) {
		return graph.Document{}, &graph.Error{Op: "parse article", Name: name, Err: err}
	}
	if !utf8.Valid(data) {
		return fail(graph.Invalidf("not UTF-8 text"))
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return fail(graph.Invalidf("binary data (NUL bytes) in an article"))
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var meta Meta
	var text string
	trimmed := bytes.TrimSpace(data)
	switch {
	case len(trimmed) > 0 && trimmed[0] == '{':
		var j struct {
			Meta
			Text string `json:"text"`
			Body string `json:"body"`
		}
		dec := json.NewDecoder(bytes.NewReader(trimmed))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&j); err != nil {
			return fail(graph.Invalidf("JSON article: %v", err))
		}
		meta, text = j.Meta, j.Text
		if text == "" {
			text = j.Body
		}
	case bytes.HasPrefix(data, []byte("---\n")) || bytes.HasPrefix(data, []byte("---\r\n")):
		var err error
		meta, text, err = splitFrontMatter(string(data))
		if err != nil {
			return fail(err)
		}
	default:
		text = string(data)
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return fail(graph.Invalidf("the article has no text"))
	}
	doc := graph.Document{Title: meta.Title, Source: meta.Source, URL: meta.URL, Text: text}
	if meta.Date != "" {
		d, err := parseDate(meta.Date)
		if err != nil {
			return fail(err)
		}
		doc.Date = d
	}
	if doc.Title == "" {
		doc.Title = guessTitle(text)
	}
	doc.ID = documentID(meta, name, doc)
	return doc, nil
}

func splitFrontMatter(s string) (Meta, string, error) {
	var meta Meta
	lines := strings.SplitAfter(s, "\n")
	for i := 1; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], "\r\n")
		if line == "---" {
			return meta, strings.Join(lines[i+1:], ""), nil
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			return meta, "", graph.Invalidf("front matter line %d: want \"key: value\", got %q", i+1, line)
		}
		value = strings.TrimSpace(value)
		if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
			value = value[1 : len(value)-1]
		}
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "id":
			meta.ID = value
		case "title":
			meta.Title = value
		case "date":
			meta.Date = value
		case "source":
			meta.Source = value
		case "url":
			meta.URL = value
		default:
			return meta, "", graph.Invalidf("front matter line %d: unknown key %q (known: id, title, date, source, url)", i+1, key)
		}
	}
	return meta, "", graph.Invalidf("front matter is not closed by a \"---\" line")
}

func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, graph.Invalidf("date %q: want YYYY-MM-DD or RFC 3339", s)
}

// dateline matches a line that is a date, or opens with one after a place: "Thursday 29
// April 1999", "31 January 2019", "NAIROBI, 4 November 2022", "April 29, 1999".
var dateline = regexp.MustCompile(`(?i)^(?:[A-Z][A-Za-z .'/-]*,\s*|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{4})|(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+(\d{4}))\b`)

// articleDate is the document's date, or for an article without one the date its
// first lines give (a dateline), or the year its text names most, or zero: what dated
// dictionary roles are read at. given says whether the date was given (by the
// document or a dateline) rather than guessed from the years the text names.
func articleDate(doc graph.Document) (date time.Time, given bool) {
	if !doc.Date.IsZero() {
		return doc.Date, true
	}
	for i, line := range strings.SplitN(doc.Text, "\n", 12) {
		if i == 11 {
			break
		}
		m := dateline.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		day, month, year := m[1], m[2], m[3]
		if day == "" {
			day, month, year = m[5], m[4], m[6]
		}
		if t, err := time.Parse("2 January 2006", day+" "+strings.ToUpper(month[:1])+strings.ToLower(month[1:])+" "+year); err == nil {
			return t, true
		}
	}
	if t, ok := idDate(doc.ID); ok {
		return t, true
	}
	return latestYear(doc.Text), false
}

// idWithDate matches a document id that holds a year and a month, and perhaps a day, as
// file names and addresses of news often do: "libya-2020-06-trt", "2019-10-09-syria",
// "example-com-2020-06-12-story".
var idWithDate = regexp.MustCompile(`(?:^|-)((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?:-|$)`)

// idDate is the date a document id holds: its day, or the middle of its month.
func idDate(id string) (time.Time, bool) {
	m := idWithDate.FindStringSubmatch(id)
	if m == nil {
		return time.Time{}, false
	}
	day := 15
	if m[3] != "" {
		day, _ = strconv.Atoi(m[3])
	}
	year, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), true
}

// latestYear dates an article that gives no date by the year its text names most
// ("in 2013", "December 2013"), the latest among equals, at mid-year: news speaks most
// of its own year. The zero time when it names none.
func latestYear(text string) time.Time {
	count := map[int]int{}
	best := 0
	for _, m := range yearWord.FindAllString(text, -1) {
		y := 0
		for _, r := range m {
			y = y*10 + int(r-'0')
		}
		count[y]++
		if count[y] > count[best] || count[y] == count[best] && y > best {
			best = y
		}
	}
	if best == 0 {
		return time.Time{}
	}
	return time.Date(best, time.July, 1, 0, 0, 0, 0, time.UTC)
}

// yearWord matches a year of the last hundred years standing as a word.
var yearWord = regexp.MustCompile(`\b(19[4-9][0-9]|20[0-9][0-9])\b`)

// guessTitle takes the first line of a plain-text article as its title when it reads
// like a headline: short, with no sentence-ending full stop.
func guessTitle(text string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	first = strings.TrimSpace(first)
	if len(first) == 0 || len(first) > 160 || strings.HasSuffix(first, ".") {
		return ""
	}
	return first
}

func documentID(meta Meta, name string, doc graph.Document) string {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if name == "" || name == "-" {
		base = ""
	}
	for _, candidate := range []string{meta.ID, meta.URL, base} {
		if id := graph.Slug(candidate); id != "" {
			return clip(id)
		}
	}
	if id := graph.Slug(doc.Title); id != "" {
		if !doc.Date.IsZero() {
			id = doc.Date.Format("2006-01-02") + "-" + id
		}
		return clip(id)
	}
	sum := sha256.Sum256([]byte(doc.Text))
	return "sha256-" + hex.EncodeToString(sum[:8])
}

// clip keeps ids readable in URLs; a long slug keeps its start and gains a hash of
// the whole so that two long ids stay distinct.
func clip(id string) string {
	if len(id) <= 80 {
		return id
	}
	sum := sha256.Sum256([]byte(id))
	return fmt.Sprintf("%s-%s", strings.TrimRight(id[:64], "-"), hex.EncodeToString(sum[:4]))
}

// ContentHash is the hash stored with a document: equal hashes mean an identical
// article, which needs no new extraction.
func ContentHash(doc graph.Document) string {
	h := sha256.New()
	for _, s := range []string{doc.Title, doc.Date.Format(time.DateOnly), doc.Source, doc.URL, doc.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}
