package server

import (
	"encoding/json"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/queries"
)

// The answers of the API, one type each, as openapi.yaml describes them. Every list
// in them encodes as [], never null; evidence is always a list; node values of
// queries are plain IRIs. Errors have one body, errorBody, whoever writes it.

// errorBody is the body of every error response: {"error": {"code", "message"}}.
type errorBody struct {
	Error errorDetail `json:"error"`
}

// errorDetail says what went wrong: a stable code and a message for the client.
type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// statusAnswer is the answer of /healthz and /readyz.
type statusAnswer struct {
	Status string `json:"status"` // "ok" or "ready"
}

// actorsAnswer is the answer of an actor search.
type actorsAnswer struct {
	Actors []graph.Node `json:"actors"`
}

// relatedAnswer is the answer of /actors/{id}/supporters and its siblings: the actor
// and each related node with the evidence for the relation.
type relatedAnswer struct {
	Actor     graph.Node      `json:"actor"`
	Predicate graph.Predicate `json:"predicate"`
	Direction direction       `json:"direction"`
	Related   []relationGroup `json:"related"`
}

// pathsAnswer is the answer of /paths.
type pathsAnswer struct {
	From     string       `json:"from"`
	To       string       `json:"to"`
	MaxDepth int          `json:"max_depth"`
	Paths    []graph.Path `json:"paths"`
}

// savedQueriesAnswer lists the saved queries.
type savedQueriesAnswer struct {
	Queries []queries.Query `json:"queries"`
}

// SavedQueryAnswer is what a saved query returned, with the parameters it ran with:
// the answer of GET /api/v1/queries/{name}, and what the query command prints.
type SavedQueryAnswer struct {
	Query     string            `json:"query"`
	Params    map[string]string `json:"params"`
	Results   []json.RawMessage `json:"results"`
	Truncated bool              `json:"truncated"`
}

// formatsAnswer lists the export formats.
type formatsAnswer struct {
	Formats []export.Format `json:"formats"`
}

// graphAnswer is the graph for drawing: every node with its camp, every edge with its
// number of sources, and how many camps and theatres there are. Truncated says that
// the byte budget (QueryBytes) left the edges past it out.
type graphAnswer struct {
	Nodes     []graphNode `json:"nodes"`
	Edges     []graphEdge `json:"edges"`
	Camps     int         `json:"camps"`
	Theatres  int         `json:"theatres"`
	Truncated bool        `json:"truncated"`
}
