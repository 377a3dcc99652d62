package main

import (
	"encoding/json"
	"io"

	"github.com/actorgraph/actorgraph/graph"
)

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// The JSON the commands print, one type each, in the API's vocabulary: every list is
// [] when empty, never null, and evidence is always a list.

// extractAnswer is what extract --format json prints: what the reader found in one
// article, stored nowhere.
type extractAnswer struct {
	Document   string            `json:"document"`
	Sentences  int               `json:"sentences"`
	Nodes      []graph.Node      `json:"nodes"`
	Statements []graph.Statement `json:"statements"`
}

// savedQueryAnswer is what query prints, as GET /api/v1/queries/{name} answers it.
type savedQueryAnswer struct {
	Query     string            `json:"query"`
	Params    map[string]string `json:"params"`
	Results   []json.RawMessage `json:"results"`
	Truncated bool              `json:"truncated"`
}

// pathsAnswer is what paths --json prints.
type pathsAnswer struct {
	Paths []graph.Path `json:"paths"`
}
