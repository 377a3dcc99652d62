package server

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/queries"
)

//go:embed openapi.yaml
var openAPIDoc []byte

func (h *handlers) openAPI(c echo.Context) error {
	return c.Blob(http.StatusOK, "application/yaml", openAPIDoc)
}

// errBusy reports that the heavy-query slots are all taken.
var errBusy = echo.NewHTTPError(http.StatusTooManyRequests, "too many queries running at once; retry shortly")

// limitHeavy admits a request only while fewer than MaxQueries heavy requests run,
// gives it the query time limit, and cuts off a client that reads its answer slower
// than ExportMinRate, which frees the slot.
func (h *handlers) limitHeavy(next echo.HandlerFunc) echo.HandlerFunc {
	return h.limitSlots(h.minRate(func(c echo.Context) error {
		ctx, cancel := context.WithTimeout(c.Request().Context(), h.opt.QueryTimeout)
		defer cancel()
		c.SetRequest(c.Request().WithContext(ctx))
		return next(c)
	}))
}

// limitSlots admits a request only while fewer than MaxQueries heavy requests run.
// Exports have slots of their own (limitExports).
func (h *handlers) limitSlots(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		select {
		case h.heavy <- struct{}{}:
			defer func() { <-h.heavy }()
		default:
			c.Response().Header().Set("Retry-After", "1")
			return errBusy
		}
		return next(c)
	}
}

func (h *handlers) paths(c echo.Context) error {
	from, to := c.QueryParam("from"), c.QueryParam("to")
	if from == "" || to == "" {
		return graph.Invalidf("paths need from and to")
	}
	depth, err := intParam(c, "max_depth", 4, 1, h.opt.MaxDepth)
	if err != nil {
		return err
	}
	limit, err := intParam(c, "limit", 10, 1, 100)
	if err != nil {
		return err
	}
	var preds []graph.Predicate
	if p := c.QueryParam("predicates"); p != "" {
		for _, name := range strings.Split(p, ",") {
			pred, err := graph.ParsePredicate(strings.TrimSpace(name))
			if err != nil {
				return err
			}
			preds = append(preds, pred)
		}
	}
	f, err := h.filter(c)
	if err != nil {
		return err
	}
	paths, err := h.store.Paths(c.Request().Context(), from, to, depth, limit, preds, f)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, pathsAnswer{From: from, To: to, MaxDepth: depth, Paths: h.boundPaths(paths)})
}

func (h *handlers) neighborhood(c echo.Context) error {
	depth, err := intParam(c, "depth", 1, 1, h.opt.MaxDepth)
	if err != nil {
		return err
	}
	limit, err := intParam(c, "max_nodes", 200, 1, 5000)
	if err != nil {
		return err
	}
	f, err := h.filter(c)
	if err != nil {
		return err
	}
	sub, err := h.store.Neighborhood(c.Request().Context(), c.Param("id"), depth, limit, f)
	if err != nil {
		return err
	}
	sub.Edges = h.boundEdges(sub.Edges)
	used, err := jsonSize(graph.Subgraph{Center: sub.Center, Nodes: sub.Nodes})
	if err != nil {
		return err
	}
	keep, err := fitting(sub.Edges, used, h.opt.QueryBytes)
	if err != nil {
		return err
	}
	sub.Truncated = sub.Truncated || keep < len(sub.Edges)
	sub.Edges = sub.Edges[:keep]
	return c.JSON(http.StatusOK, sub)
}

// allEdges reads every edge the date and confidence filters of the request select.
func (h *handlers) allEdges(c echo.Context) ([]graph.Edge, error) {
	f, err := h.filter(c)
	if err != nil {
		return nil, err
	}
	f.Limit = 0
	return h.store.Edges(c.Request().Context(), f)
}

func (h *handlers) savedQueries(c echo.Context) error {
	all, err := queries.All()
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, savedQueriesAnswer{Queries: graph.NonNil(all)})
}

// savedQuery runs a saved query with its parameters from the query string; a node
// parameter is resolved by id or name first, so an unknown actor is a 404.
func (h *handlers) savedQuery(c echo.Context) error {
	q, err := queries.Get(c.Param("name"))
	if err != nil {
		return err
	}
	values := map[string]string{}
	for k, v := range c.QueryParams() {
		if k != "limit" && len(v) > 0 {
			values[k] = v[0]
		}
	}
	res, err := h.runQuery(c, func(ctx context.Context) (graph.QueryResult, error) {
		return RunSaved(ctx, h.store, q, values, graph.QueryLimits{Results: h.opt.QueryResults, Bytes: h.opt.QueryBytes})
	})
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, SavedQueryAnswer{Query: q.Name, Params: values, Results: graph.NonNil(res.Results), Truncated: res.Truncated})
}

// RunSaved binds a saved query's parameters (node parameters to their IRIs) and runs it.
func RunSaved(ctx context.Context, st Store, q queries.Query, values map[string]string, lim graph.QueryLimits) (graph.QueryResult, error) {
	if err := q.Bind(values); err != nil {
		return graph.QueryResult{}, err
	}
	params := map[string]string{}
	for _, p := range q.Params {
		v := values[p.Name]
		if p.Kind == "node" {
			n, err := st.FindNode(ctx, v)
			if err != nil {
				return graph.QueryResult{}, err
			}
			v = "<" + graph.NodeIRI(n) + ">"
		}
		params[p.Name] = v
	}
	return st.Query(ctx, "gizmo", q.Source, params, lim)
}

// runQuery runs a raw or saved query under the heap guard and turns its stops into
// what a client reads: 504 past the time limit, 503 past the heap budget.
func (h *handlers) runQuery(c echo.Context, run func(ctx context.Context) (graph.QueryResult, error)) (graph.QueryResult, error) {
	ctx, leave := h.heap.enter(c.Request().Context())
	defer leave()
	res, err := run(ctx)
	switch {
	case errors.Is(err, errHeapBudget):
		c.Response().Header().Set("Retry-After", "5")
	case errors.Is(err, context.DeadlineExceeded):
		return res, echo.NewHTTPError(http.StatusGatewayTimeout, "the query ran past its time limit of "+h.opt.QueryTimeout.String())
	}
	return res, err
}

// queryRequest is the body of POST /query.
type queryRequest struct {
	Language string `json:"language"`
	Query    string `json:"query"`
}

// Validate checks the request.
func (r queryRequest) Validate() error {
	switch {
	case r.Language != "gizmo" && r.Language != "graphql":
		return graph.Invalidf("language must be gizmo or graphql, got %q", r.Language)
	case strings.TrimSpace(r.Query) == "":
		return graph.Invalidf("the query is empty")
	}
	return nil
}

// rawQuery runs a read-only Gizmo or GraphQL query: a JSON body {"language", "query"},
// or, as Cayley's clients send it, ?lang= with the query as the body.
func (h *handlers) rawQuery(c echo.Context) error {
	body, err := io.ReadAll(http.MaxBytesReader(c.Response(), c.Request().Body, 64<<10))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return echo.NewHTTPError(http.StatusRequestEntityTooLarge, "query larger than 64 KiB")
	}
	if err != nil {
		return graph.Invalidf("reading the request body: %v", err)
	}
	var req queryRequest
	if lang := c.QueryParam("lang"); lang != "" {
		req = queryRequest{Language: lang, Query: string(body)}
	} else if err := json.Unmarshal(body, &req); err != nil {
		return graph.Invalidf("body: want {\"language\": \"gizmo\"|\"graphql\", \"query\": \"...\"} or ?lang= with the query as the body: %v", err)
	}
	if err := req.Validate(); err != nil {
		return err
	}
	limit, err := intParam(c, "limit", h.opt.QueryResults, 1, h.opt.QueryResults)
	if err != nil {
		return err
	}
	res, err := h.runQuery(c, func(ctx context.Context) (graph.QueryResult, error) {
		return h.store.Query(ctx, req.Language, req.Query, nil, graph.QueryLimits{Results: limit, Bytes: h.opt.QueryBytes})
	})
	if err != nil {
		return err
	}
	res.Results = graph.NonNil(res.Results)
	return c.JSON(http.StatusOK, res)
}

func (h *handlers) exportFormats(c echo.Context) error {
	return c.JSON(http.StatusOK, formatsAnswer{Formats: export.Formats()})
}
