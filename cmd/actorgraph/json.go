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

// pathsAnswer is what paths --json prints.
type pathsAnswer struct {
	Paths []graph.Path `json:"paths"`
}
