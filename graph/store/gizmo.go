package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/graphql"

	"github.com/actorgraph/actorgraph/graph"
)

// gizmoPrelude gives every Gizmo query the vocabulary helpers and its parameters. The
// parameters travel as one JSON string literal that JSON.parse reads at run time: data,
// never code.
const gizmoPrelude = `var AG = %q, RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", RDFS = "http://www.w3.org/2000/01/rdf-schema#";
function ag(s) { return "<" + AG + s + ">"; }
function rdf(s) { return "<" + RDF + s + ">"; }
function rdfs(s) { return "<" + RDFS + s + ">"; }
var params = Object.freeze(JSON.parse(%s));
`

// Query runs a read-only Gizmo or GraphQL query in a fresh session, returning at most
// limit results. It stops at ctx's deadline, including inside a query's own loops;
// callers bound concurrency.
func (s *Store) Query(ctx context.Context, language, src string, params map[string]string, limit int) (graph.QueryResult, error) {
	s.gate.RLock()
	defer s.gate.RUnlock()
	if s.unsettled != nil {
		return graph.QueryResult{}, s.unsettled
	}
	var sess query.Session
	switch language {
	case "gizmo":
		for k, v := range params {
			if !utf8.ValidString(v) {
				return graph.QueryResult{}, graph.Invalidf("parameter %s is not UTF-8 text", k)
			}
		}
		p, err := json.Marshal(params)
		if err != nil {
			return graph.QueryResult{}, err
		}
		lit, _ := json.Marshal(string(p))
		src = fmt.Sprintf(gizmoPrelude, graph.Vocab, lit) + src
		sess = gizmo.NewSession(s.cayley())
	case "graphql":
		if len(params) > 0 {
			return graph.QueryResult{}, graph.Invalidf("GraphQL queries take no parameters")
		}
		sess = graphql.NewSession(s.cayley())
	default:
		return graph.QueryResult{}, graph.Invalidf("unknown query language %q (known: gizmo, graphql)", language)
	}
	it, err := sess.Execute(ctx, src, query.Options{Collation: query.JSON, Limit: limit + 1})
	if err != nil {
		return graph.QueryResult{}, graph.Invalidf("query: %v", err)
	}
	defer it.Close()
	out := graph.QueryResult{Results: []any{}}
	for it.Next(ctx) {
		if len(out.Results) == limit {
			out.Truncated = true
			break
		}
		out.Results = append(out.Results, it.Result())
	}
	if err := ctx.Err(); err != nil {
		return out, fmt.Errorf("query stopped: %w", err)
	}
	if err := it.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return out, fmt.Errorf("query stopped: %w", err)
		}
		return out, graph.Invalidf("query: %s", strings.TrimSpace(err.Error()))
	}
	return out, nil
}
