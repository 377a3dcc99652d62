package graph

import (
	"bytes"
	"encoding/json"
	"errors"
)

// The JSON of the domain types is one vocabulary, whoever writes it (the API, the
// CLI): a list is [] when empty, never null, and evidence is always a list, the one
// piece of a relation or a statement as much as the many of an edge.

// NonNil returns s, or an empty slice when s is nil, so that it encodes as [].
func NonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// marshalPlain encodes v as JSON without escaping <, > and &, as the API writes every
// answer: the JSON a MarshalJSON returns is copied into the answer as it is.
func marshalPlain(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// MarshalJSON writes the node with aliases [] when it has none.
func (n Node) MarshalJSON() ([]byte, error) {
	type plain Node
	p := plain(n)
	p.Aliases = NonNil(p.Aliases)
	return marshalPlain(p)
}

// relationJSON is a Relation as it is written: its one piece of evidence in a list.
type relationJSON struct {
	Statement string    `json:"statement"`
	Subject   Node      `json:"subject"`
	Predicate Predicate `json:"predicate"`
	Object    Node      `json:"object"`
	Evidence  []Cited   `json:"evidence"`
}

// MarshalJSON writes the relation with its evidence as a list of one, as edges,
// relation groups and statements list theirs.
func (r Relation) MarshalJSON() ([]byte, error) {
	return marshalPlain(relationJSON{Statement: r.Statement, Subject: r.Subject, Predicate: r.Predicate, Object: r.Object,
		Evidence: []Cited{r.Evidence}})
}

// errEvidenceCount reports a relation or a statement whose JSON does not hold exactly
// one piece of evidence.
var errEvidenceCount = errors.New("evidence: want a list of one piece of evidence")

// UnmarshalJSON reads what MarshalJSON writes.
func (r *Relation) UnmarshalJSON(data []byte) error {
	var j relationJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	if len(j.Evidence) != 1 {
		return errEvidenceCount
	}
	*r = Relation{Statement: j.Statement, Subject: j.Subject, Predicate: j.Predicate, Object: j.Object, Evidence: j.Evidence[0]}
	return nil
}

// statementJSON is a Statement as it is written: its one piece of evidence in a list.
type statementJSON struct {
	Subject   Node       `json:"subject"`
	Predicate Predicate  `json:"predicate"`
	Object    Node       `json:"object"`
	Evidence  []Evidence `json:"evidence"`
	Extractor string     `json:"extractor"`
	Rule      string     `json:"rule,omitempty"`
}

// MarshalJSON writes the statement with its evidence as a list of one.
func (s Statement) MarshalJSON() ([]byte, error) {
	return marshalPlain(statementJSON{Subject: s.Subject, Predicate: s.Predicate, Object: s.Object,
		Evidence: []Evidence{s.Evidence}, Extractor: s.Extractor, Rule: s.Rule})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (s *Statement) UnmarshalJSON(data []byte) error {
	var j statementJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	if len(j.Evidence) != 1 {
		return errEvidenceCount
	}
	*s = Statement{Subject: j.Subject, Predicate: j.Predicate, Object: j.Object, Evidence: j.Evidence[0], Extractor: j.Extractor, Rule: j.Rule}
	return nil
}
