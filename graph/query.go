package graph

import "time"

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
}

// IsZero reports whether the filter selects everything.
func (f Filter) IsZero() bool {
	return f.Subject == "" && f.Predicate == "" && f.Object == "" && f.Document == "" && f.Since.IsZero() && f.Until.IsZero() &&
		f.Limit == 0 && f.MinConfidence <= 0
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

// ImportResult reports an import of N-Quads.
type ImportResult struct {
	Quads   int `json:"quads"`   // quads read
	Batches int `json:"batches"` // transactions written
}
