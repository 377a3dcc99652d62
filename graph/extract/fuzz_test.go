package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseArticle feeds the article parser arbitrary bytes: it must never panic, and
// what it accepts must be a usable document.
//
//	go test ./graph/extract -run XXX -fuzz FuzzParseArticle -fuzztime 5m
func FuzzParseArticle(f *testing.F) {
	for _, s := range []string{
		"Russia backs Serbia.",
		"---\ntitle: T\ndate: 2020-06-06\nsource: S\n---\nBody.",
		`{"title": "T", "date": "2021-01-02", "text": "Body."}`,
		"---\ntitle: x\n",
		"\xff\xfe",
		"{\"text\": 1}",
	} {
		f.Add([]byte(s), "a.txt")
	}
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		doc, err := ParseArticle(name, data)
		if err != nil {
			return
		}
		if strings.TrimSpace(doc.Text) == "" || !utf8.ValidString(doc.Text) || doc.ID == "" {
			t.Fatalf("accepted an unusable document: %+v", doc)
		}
	})
}

// FuzzExtract runs the extractor on arbitrary text: it must never panic, and every
// statement's evidence must be the text at its offsets.
//
//	go test ./graph/extract -run XXX -fuzz FuzzExtract -fuzztime 5m
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err == nil {
			f.Add(string(data))
		}
	}
	f.Add("The UN-backed GNA has been backed by Turkey, while Haftar has been supported by Russia, Egypt and the UAE.")
	f.Add("Both sides, \"we\" 's - - U.S. ( ) , , it its his the the")
	x := testExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := ParseArticle("f.txt", []byte(text))
		if err != nil {
			return
		}
		res := x.Extract(doc)
		for _, s := range res.Statements {
			ev := s.Evidence
			if ev.Start < 0 || ev.End > len(doc.Text) || ev.Start > ev.End || doc.Text[ev.Start:ev.End] != ev.Sentence {
				t.Fatalf("evidence %q at %d:%d is not the text there", ev.Sentence, ev.Start, ev.End)
			}
			if !s.Subject.Kind.IsActor() || s.Subject.ID == "" || s.Object.ID == "" {
				t.Fatalf("bad statement %+v", s)
			}
		}
	})
}
