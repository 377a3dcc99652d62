package graph

import (
	"cmp"
	"time"
	"unicode/utf8"
)

// Relation is one stored relation with the evidence for it: one statement node.
type Relation struct {
	Statement string    `json:"statement"` // statement id
	Subject   Node      `json:"subject"`
	Predicate Predicate `json:"predicate"`
	Object    Node      `json:"object"`
	Evidence  Cited     `json:"evidence"`
}

// Cited is evidence together with what the reader needs to find its source.
type Cited struct {
	Evidence
	Title     string `json:"title,omitempty"`
	Date      string `json:"date,omitempty"` // the document's date, YYYY-MM-DD
	URL       string `json:"url,omitempty"`
	Extractor string `json:"extractor,omitempty"`
	// SentenceTruncated says that Sentence holds only the beginning of the sentence;
	// Start and End still locate the whole of it in the document's text.
	SentenceTruncated bool `json:"sentence_truncated,omitempty"`
}

// Clip returns the evidence with its sentence cut to at most n bytes, at a character
// boundary, and marked as truncated when it was cut. An answer that quotes the
// evidence stays small whatever the sentence; the offsets lead to the full text.
func (c Cited) Clip(n int) Cited {
	if n <= 0 || len(c.Sentence) <= n {
		return c
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(c.Sentence[cut]) {
		cut--
	}
	c.Sentence, c.SentenceTruncated = c.Sentence[:cut], true
	return c
}

// Position is where a relation stands in the order relations are listed in: by
// document date, document, offset in the text, subject, predicate, object and
// statement. A page of relations resumes after the last relation of the page before.
// Its JSON is short: the server hands it out, encoded, as an opaque cursor.
type Position struct {
	Date      string    `json:"d,omitempty"`
	Document  string    `json:"doc"`
	Start     int       `json:"at"`
	Subject   string    `json:"s"`
	Predicate Predicate `json:"p"`
	Object    string    `json:"o"`
	Statement string    `json:"st"`
}

// Position returns where the relation stands in the listing order.
func (r Relation) Position() Position {
	return Position{Date: r.Evidence.Date, Document: r.Evidence.Document, Start: r.Evidence.Start,
		Subject: r.Subject.ID, Predicate: r.Predicate, Object: r.Object.ID, Statement: r.Statement}
}

// Compare orders positions as relations are listed: -1 if p comes first, 1 if o does.
func (p Position) Compare(o Position) int {
	return cmp.Or(cmp.Compare(p.Date, o.Date), cmp.Compare(p.Document, o.Document), cmp.Compare(p.Start, o.Start),
		cmp.Compare(p.Subject, o.Subject), cmp.Compare(p.Predicate, o.Predicate), cmp.Compare(p.Object, o.Object),
		cmp.Compare(p.Statement, o.Statement))
}

// Filter selects relations. Empty fields match everything.
type Filter struct {
	Subject   string // actor id or any of its names
	Predicate Predicate
	Object    string
	Document  string
	Since     time.Time // document date on or after
	Until     time.Time // document date on or before
	Limit     int       // at most this many relations; 0 means no limit
	// MinConfidence leaves out evidence whose confidence is below it, and with it
	// every relation none of whose evidence reaches it; 0 keeps everything.
	MinConfidence float64
	// After, when set, keeps only the relations listed after this position: the next
	// page of a listing.
	After *Position
}

// IsZero reports whether the filter selects everything.
func (f Filter) IsZero() bool {
	return f.Subject == "" && f.Predicate == "" && f.Object == "" && f.Document == "" && f.Since.IsZero() && f.Until.IsZero() &&
		f.Limit == 0 && f.MinConfidence <= 0 && f.After == nil
}

// Admits reports whether evidence of confidence c reaches the filter's floor.
func (f Filter) Admits(c float64) bool { return c >= f.MinConfidence }

// DocumentInfo describes a stored document.
type DocumentInfo struct {
	ID          string `json:"id"`
	Title       string `json:"title,omitempty"`
	Date        string `json:"date,omitempty"`
	Source      string `json:"source,omitempty"`
	URL         string `json:"url,omitempty"`
	ContentHash string `json:"content_hash,omitempty"`
	Statements  int    `json:"statements"`
	Text        string `json:"text,omitempty"`
}

// Change reports what writing or deleting an article did.
type Change struct {
	Document   string `json:"document"`
	Added      int    `json:"quads_added"`
	Removed    int    `json:"quads_removed"`
	Statements int    `json:"statements"`
	Unchanged  bool   `json:"unchanged"` // the same article was already stored
}

// Reextraction reports a run of the current extractor over the stored articles.
type Reextraction struct {
	Documents  int `json:"documents"`
	Changed    int `json:"changed"`
	Statements int `json:"statements"`
}

// ImportResult reports an import of N-Quads: what was stored, in whole transactions.
type ImportResult struct {
	Quads   int `json:"quads"`   // quads stored
	Batches int `json:"batches"` // transactions written
	// Lines is the number of lines of the input the stored transactions hold: an import
	// that stopped early can be sent again from the line after.
	Lines int `json:"lines"`
}
