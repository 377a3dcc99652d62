package extract

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

func TestParseArticle(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		data      string
		wantID    string
		wantTitle string
		wantDate  string
		wantText  string
		wantErr   string
	}{
		{
			name: "plain text takes its id from the file name", file: "dir/some-article.txt",
			data: "Russia backs Serbia.\n", wantID: "some-article", wantText: "Russia backs Serbia.\n",
		},
		{
			name: "a short first line is the title", file: "a.txt",
			data: "Ceasefire collapses\n\nFighting resumed.", wantID: "a", wantTitle: "Ceasefire collapses",
			wantText: "Ceasefire collapses\n\nFighting resumed.",
		},
		{
			name: "front matter", file: "x.txt",
			data:   "---\nid: Libya One\ntitle: \"A: title\"\ndate: 2020-06-06\nsource: TRT World\n---\nBody text.\n",
			wantID: "libya-one", wantTitle: "A: title", wantDate: "2020-06-06", wantText: "Body text.\n",
		},
		{
			name: "JSON with body", file: "",
			data:   `{"title": "T", "date": "2021-01-02", "url": "https://example.org/news/1", "body": "Text here."}`,
			wantID: "https-example-org-news-1", wantTitle: "T", wantDate: "2021-01-02", wantText: "Text here.",
		},
		{
			name: "no name, no title: a content hash", file: "-",
			data: "Some sentence that ends.", wantID: "sha256-",
		},
		{name: "empty", file: "e.txt", data: "  \n\n", wantErr: "no text"},
		{name: "binary", file: "b.txt", data: "abc\x00def", wantErr: "binary"},
		{name: "not UTF-8", file: "b.txt", data: "caf\xe9", wantErr: "UTF-8"},
		{name: "unclosed front matter", file: "f.txt", data: "---\ntitle: x\n", wantErr: "not closed"},
		{name: "unknown front matter key", file: "f.txt", data: "---\nauthor: x\n---\nbody", wantErr: "unknown key"},
		{name: "front matter line without colon", file: "f.txt", data: "---\njunk\n---\nbody", wantErr: "key: value"},
		{name: "bad date", file: "f.txt", data: "---\ndate: 6 June\n---\nbody", wantErr: "YYYY-MM-DD"},
		{name: "malformed JSON", file: "f.json", data: `{"title": "x",`, wantErr: "JSON article"},
		{name: "JSON with unknown field", file: "f.json", data: `{"text": "x", "colour": 1}`, wantErr: "unknown field"},
		{name: "JSON without text", file: "f.json", data: `{"title": "x"}`, wantErr: "no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseArticle(tt.file, []byte(tt.data))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				if !errors.Is(err, graph.ErrInvalid) {
					t.Errorf("err = %v, want it to wrap graph.ErrInvalid", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(doc.ID, tt.wantID) {
				t.Errorf("ID = %q, want %q", doc.ID, tt.wantID)
			}
			if doc.Title != tt.wantTitle {
				t.Errorf("Title = %q, want %q", doc.Title, tt.wantTitle)
			}
			if got := doc.Date.Format(time.DateOnly); tt.wantDate != "" && got != tt.wantDate {
				t.Errorf("Date = %s, want %s", got, tt.wantDate)
			}
			if tt.wantText != "" && doc.Text != tt.wantText {
				t.Errorf("Text = %q, want %q", doc.Text, tt.wantText)
			}
		})
	}
}

func TestContentHashChangesWithText(t *testing.T) {
	a, _ := ParseArticle("a.txt", []byte("Russia backs Serbia."))
	b, _ := ParseArticle("a.txt", []byte("Russia backs Serbia!"))
	if a.ID != b.ID {
		t.Fatalf("same file, different ids: %s %s", a.ID, b.ID)
	}
	if ContentHash(a) == ContentHash(b) {
		t.Fatal("different text, same content hash")
	}
}

// TestArticleDateFromName: an article with no date in its metadata or dateline is dated
// by a year and month in its name or address; the dateline wins over the name.
func TestArticleDateFromName(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name, text string
		want       time.Time
		given      bool
	}{
		{"libya-2020-06-trt.txt", "Turkey backs the GNA.", day(2020, 6, 15), true},
		{"2019-10-09-syria.txt", "Turkey attacked the SDF.", day(2019, 10, 9), true},
		{"", "---\nurl: https://example.com/1991/01/17/gulf\n---\nIraq fired missiles.", day(1991, 1, 17), true},
		{"gulf.txt", "Iraq fired missiles.", time.Time{}, false},
		{"report-2020-13.txt", "Turkey backs the GNA in 2020.", day(2020, 7, 1), false},
		{"chad-1987-03.txt", "N'DJAMENA, March 23, 1986 (Reuter) - Chad said.", day(1986, 3, 23), true},
	}
	for _, tt := range tests {
		doc, err := ParseArticle(tt.name, []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		got, given := articleDate(doc)
		if !got.Equal(tt.want) || given != tt.given {
			t.Errorf("%s: date %v given %v, want %v given %v", tt.name, got, given, tt.want, tt.given)
		}
	}
}
