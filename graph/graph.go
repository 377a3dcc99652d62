// Package graph holds actorgraph's domain types: the actors and initiatives of a
// conflict, the statements that relate them, the evidence behind each statement and the
// documents that evidence comes from. It also fixes the public vocabulary (IRIs) that
// every export and query uses, and the sentinel errors the other packages translate to.
//
// It imports nothing of the project, so every other package can depend on it.
package graph

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Sentinel errors. Packages wrap them with what failed; the server maps them to HTTP
// statuses with errors.Is.
var (
	// ErrNotFound reports a missing actor, document or other resource.
	ErrNotFound = errors.New("not found")
	// ErrInvalid reports input that cannot be accepted as it is.
	ErrInvalid = errors.New("invalid input")
	// ErrUnauthorized reports a write without a valid token.
	ErrUnauthorized = errors.New("unauthorized")
	// ErrWritesDisabled reports a write to a server that has no token configured.
	ErrWritesDisabled = errors.New("writes disabled")
	// ErrInUse reports a database held by another process.
	ErrInUse = errors.New("database in use")
)

// Error is an error about one named thing: what was being done, to what, and why.
// It is shaped like fs.PathError so that callers can both read the subject and test
// the cause with errors.Is.
type Error struct {
	Op   string // what failed, such as "parse article"
	Name string // what it failed on, such as a file name or an actor id
	Err  error  // the cause, often one of the sentinels above
}

func (e *Error) Error() string {
	if e.Name == "" {
		return e.Op + ": " + e.Err.Error()
	}
	return e.Op + " " + e.Name + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Invalidf returns an error that wraps ErrInvalid with a message for the client.
func Invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, args...)...)
}

// Kind classifies an actor or an initiative.
type Kind string

// The kinds of node the extractor produces.
const (
	KindState        Kind = "State"
	KindOrganisation Kind = "Organisation" // international or regional bodies
	KindGroup        Kind = "ArmedGroup"   // militias, rebel groups, armed forces of a person
	KindGovernment   Kind = "Government"   // governments, ministries, parliaments, armies
	KindPerson       Kind = "Person"
	KindInitiative   Kind = "Initiative"
)

// IsActor reports whether nodes of this kind can support or oppose.
func (k Kind) IsActor() bool { return k != KindInitiative && k != "" }

// Predicate is a relation between two nodes.
type Predicate string

// The six fixed predicates of the graph contract, and the further ones the extractor
// may emit.
const (
	Supports Predicate = "supports" // actor -> actor
	Opposes  Predicate = "opposes"  // actor -> actor
	Proposes Predicate = "proposes" // actor -> initiative
	Endorses Predicate = "endorses" // actor -> initiative
	Rejects  Predicate = "rejects"  // actor -> initiative
	Leads    Predicate = "leads"    // person -> actor

	SpokespersonFor Predicate = "spokespersonFor" // person -> actor
)

// Predicates lists every predicate the graph may hold, in a stable order.
var Predicates = []Predicate{Supports, Opposes, Proposes, Endorses, Rejects, Leads, SpokespersonFor}

// ParsePredicate returns the predicate with the given local name.
func ParsePredicate(s string) (Predicate, error) {
	for _, p := range Predicates {
		if string(p) == s {
			return p, nil
		}
	}
	return "", Invalidf("unknown predicate %q", s)
}

// ToInitiative reports whether the predicate's object is an initiative.
func (p Predicate) ToInitiative() bool { return p == Proposes || p == Endorses || p == Rejects }

// Modality says how firmly the text states a relation.
type Modality string

// Modalities. Negated relations are never emitted, so they have no modality.
const (
	Asserted Modality = "asserted" // stated as fact by the narrator or the actor itself
	Reported Modality = "reported" // hedged, alleged, accused or attributed to others
)

// Node is an actor or an initiative: anything a statement can relate.
type Node struct {
	ID      string   `json:"id"`      // stable slug, the last segment of the IRI
	Name    string   `json:"name"`    // canonical name, the rdfs:label
	Kind    Kind     `json:"kind"`    // what sort of node it is
	Aliases []string `json:"aliases"` // other names it goes by, the canonical name excluded
}

// Evidence ties a statement to the words that say it.
type Evidence struct {
	Document string   `json:"document"` // document id
	Sentence string   `json:"sentence"` // the sentence, as it stands in the text
	Start    int      `json:"start"`    // byte offset of the sentence in the document text
	End      int      `json:"end"`      // byte offset just past the sentence
	Modality Modality `json:"modality"`
	// Confidence is how sure the reader is of the statement, in [0, 1], from how it
	// was read: the construction, how its actors were found, hedges. Statements
	// imported from other tools, which carry none, count as 1.
	Confidence float64 `json:"confidence"`
}

// CheckConfidence returns an error wrapping ErrInvalid unless c is a confidence: a
// number from 0 to 1.
func CheckConfidence(c float64) error {
	if !(c >= 0 && c <= 1) { // written so that NaN fails too
		return Invalidf("confidence must be a number from 0 to 1, got %v", c)
	}
	return nil
}

// ParseConfidence reads a confidence written as a decimal number ("0.5", "1", ".75"),
// as query parameters and flags give it. Other spellings strconv accepts (hexadecimal,
// "Inf", "NaN") are refused, so that the API takes what its OpenAPI document says.
func ParseConfidence(s string) (float64, error) {
	s = strings.TrimSpace(s)
	decimal := s != "" && strings.Trim(s, "0123456789.eE+-") == ""
	c, err := strconv.ParseFloat(s, 64)
	if !decimal || err != nil || CheckConfidence(c) != nil {
		return 0, Invalidf("confidence must be a number from 0 to 1, got %q", s)
	}
	return c, nil
}

// Statement is one relation found once: subject, predicate, object and the evidence
// for it. The same relation found in three sentences is three statements.
type Statement struct {
	Subject   Node      `json:"subject"`
	Predicate Predicate `json:"predicate"`
	Object    Node      `json:"object"`
	Evidence  Evidence  `json:"evidence"`
	Extractor string    `json:"extractor"` // name and version of what found it
	// Rule names the pattern (file:line) or step that found it, for reading the
	// extractor's work; it is not stored.
	Rule string `json:"rule,omitempty"`
}

// Document is an article and what is known about it.
type Document struct {
	ID     string    `json:"id"`
	Title  string    `json:"title,omitempty"`
	Date   time.Time `json:"date,omitzero"`
	Source string    `json:"source,omitempty"`
	URL    string    `json:"url,omitempty"`
	Text   string    `json:"text,omitempty"`
}
