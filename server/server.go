// Package server is actorgraph's HTTP API: an echo application over the store's
// queries and the ingest pipeline. It declares the few methods it needs of them and
// imports neither Cayley nor the extractor.
package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"time"

	"golang.org/x/time/rate"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

// Store is what the handlers read and delete.
type Store interface {
	FindNode(ctx context.Context, idOrName string) (graph.Node, error)
	SearchActors(ctx context.Context, q string, limit int) ([]graph.Node, error)
	Relations(ctx context.Context, f graph.Filter) ([]graph.Relation, error)
	Documents(ctx context.Context) ([]graph.DocumentInfo, error)
	Document(ctx context.Context, id string) (graph.DocumentInfo, error)
	Delete(ctx context.Context, id string) (graph.Change, error)
	// The export handler streams quads, relations or edges, as the format asks.
	export.Source
	Edges(ctx context.Context, f graph.Filter) ([]graph.Edge, error)
	Paths(ctx context.Context, from, to string, maxDepth, limit int, preds []graph.Predicate, f graph.Filter) ([]graph.Path, error)
	Neighborhood(ctx context.Context, id string, depth, maxNodes int, f graph.Filter) (graph.Subgraph, error)
	Query(ctx context.Context, language, src string, params map[string]string, lim graph.QueryLimits) (graph.QueryResult, error)
	Import(ctx context.Context, r io.Reader, batch int, progress func(graph.ImportResult)) (graph.ImportResult, error)
	Empty(ctx context.Context) (bool, error)
}

// Ingester parses, extracts and stores one article.
type Ingester interface {
	Ingest(ctx context.Context, name string, data []byte) (graph.Change, error)
	Reextract(ctx context.Context) (graph.Reextraction, error)
}

// Options configure the server.
type Options struct {
	// Token is the bearer token that writes must present. Empty refuses all writes.
	Token string
	// ReadToken, when set, makes reads need a bearer token too: this one or Token.
	ReadToken string
	// CORSOrigins lists the origins browsers may call the API from. Empty: none.
	CORSOrigins []string
	// RateLimit is the requests per second one client (by IP) may make, with bursts of
	// twice that. Zero means 50; negative turns the limit off.
	RateLimit float64
	// TrustProxy reads the client address from X-Forwarded-For (behind a reverse proxy).
	TrustProxy bool
	// MaxImportBytes bounds the body of an import request. Zero means 256 MiB.
	MaxImportBytes int64
	// ImportIdle is how long an import may wait for the next bytes of its body; the
	// server's read timeout does not apply to imports. Zero means 30 seconds; negative
	// turns it off.
	ImportIdle time.Duration
	// ImportMinRate is the slowest an import body may arrive on average, in bytes a
	// second, counting only the time spent waiting for it, once ImportIdle has passed.
	// Zero means 16 KiB/s; negative turns it off.
	ImportMinRate float64
	// MaxArticleBytes bounds the body of an ingest request. Zero means 1 MiB.
	MaxArticleBytes int64
	// MaxResults bounds the relations one request returns: the largest page of
	// /relations and /documents/{id}, and each direction of an actor's profile. Zero
	// means 1,000.
	MaxResults int
	// QueryTimeout bounds a raw or saved query. Zero means 10 seconds.
	QueryTimeout time.Duration
	// QueryResults bounds the results of a raw or saved query. Zero means 1,000.
	QueryResults int
	// QueryBytes bounds the JSON of a raw or saved query's results together, and that
	// of the nodes and edges of /graph and of a neighbourhood; the results or edges
	// past it are cut. Zero means 4 MiB.
	QueryBytes int
	// MaxHeap is the heap the process may reach while raw or saved queries run; past
	// it, they are stopped with 503. Zero means 1 GiB; negative turns the guard off.
	MaxHeap int64
	// OpenQueries lets anyone run raw queries; without it they need the read or the
	// write token. Saved queries are open either way.
	OpenQueries bool
	// MaxQueries bounds the queries (raw, saved, paths, camps, exports) running at
	// once; more get 429. Zero means 4.
	MaxQueries int
	// MaxDepth bounds path and neighbourhood depth. Zero means 6.
	MaxDepth int

	// MaxReads bounds the other reads of the API (actors, relations, documents...)
	// running at once; more get 429. Each also has QueryTimeout. Zero means 32.
	MaxReads int
	// MaxExports bounds the exports streaming at once, in slots of their own so that
	// slow exports never hold back queries; more get 429. Zero means 2.
	MaxExports int
	// ExportMinRate is the slowest a client may read an export or a heavy answer
	// (queries, paths, camps, theatres, timelines, neighbourhoods, the graph), in
	// bytes per second: an answer that has waited on its client for half of
	// ExportGrace and sent less than ExportGrace's worth at this rate is cut off, and
	// its slot freed. Zero means 16 KiB/s; negative turns the minimum off.
	ExportMinRate int64
	// ExportGrace is the window over which a client's reading rate is measured. Zero means
	// 10 seconds.
	ExportGrace time.Duration
	// MaxEvidenceBytes bounds the sentence an answer quotes as evidence; a longer one
	// is cut and marked sentence_truncated, its offsets leading to the whole text.
	// Zero means 2,000.
	MaxEvidenceBytes int
	// MaxEdgeEvidence bounds the pieces of evidence an edge of paths, camps and
	// neighbourhoods quotes; evidence_count gives them all. Zero means 10.
	MaxEdgeEvidence int
	// MaxTextBytes bounds the window of a document's text that /documents/{id}
	// answers with. Zero means 1 MiB.
	MaxTextBytes int
}

// New returns the echo application with every route of routes.go.
func New(st Store, ing Ingester, log *slog.Logger, opt Options) *echo.Echo {
	if opt.MaxArticleBytes == 0 {
		opt.MaxArticleBytes = 1 << 20
	}
	if opt.MaxResults == 0 {
		opt.MaxResults = 1000
	}
	if opt.QueryTimeout == 0 {
		opt.QueryTimeout = 10 * time.Second
	}
	if opt.QueryResults == 0 {
		opt.QueryResults = 1000
	}
	if opt.QueryBytes == 0 {
		opt.QueryBytes = 4 << 20
	}
	if opt.MaxHeap == 0 {
		opt.MaxHeap = 1 << 30
	}
	if opt.MaxQueries == 0 {
		opt.MaxQueries = 4
	}
	if opt.MaxDepth == 0 {
		opt.MaxDepth = 6
	}
	if opt.RateLimit == 0 {
		opt.RateLimit = 50
	}
	if opt.MaxImportBytes == 0 {
		opt.MaxImportBytes = 256 << 20
	}
	opt.setLimitDefaults()
	if opt.ImportIdle == 0 {
		opt.ImportIdle = 30 * time.Second
	}
	if opt.ImportMinRate == 0 {
		opt.ImportMinRate = 16 << 10
	}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = errorHandler(log)
	e.JSONSerializer = plainJSON{}
	e.IPExtractor = echo.ExtractIPDirect()
	if opt.TrustProxy {
		e.IPExtractor = echo.ExtractIPFromXFFHeader()
	}
	e.Use(middleware.Recover())
	e.Use(requestLog(log))
	m := newMetrics()
	e.Use(m.middleware)
	e.Use(middleware.SecureWithConfig(middleware.SecureConfig{
		XSSProtection:         "0",
		ContentTypeNosniff:    "nosniff",
		XFrameOptions:         "DENY",
		ReferrerPolicy:        "no-referrer",
		ContentSecurityPolicy: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
	}))
	if len(opt.CORSOrigins) > 0 {
		e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
			AllowOrigins: opt.CORSOrigins,
			AllowMethods: []string{http.MethodGet, http.MethodPost, http.MethodDelete},
			AllowHeaders: []string{echo.HeaderAuthorization, echo.HeaderContentType},
		}))
	}
	if opt.RateLimit > 0 {
		e.Use(middleware.RateLimiterWithConfig(middleware.RateLimiterConfig{
			Skipper: func(c echo.Context) bool {
				return c.Path() == "/healthz" || c.Path() == "/readyz" || c.Path() == "/metrics"
			},
			Store: middleware.NewRateLimiterMemoryStoreWithConfig(middleware.RateLimiterMemoryStoreConfig{
				Rate: rate.Limit(opt.RateLimit), Burst: int(2 * opt.RateLimit), ExpiresIn: 3 * time.Minute,
			}),
			IdentifierExtractor: func(c echo.Context) (string, error) { return c.RealIP(), nil },
			DenyHandler: func(c echo.Context, _ string, _ error) error {
				c.Response().Header().Set("Retry-After", "1")
				return echo.NewHTTPError(http.StatusTooManyRequests, "rate limit exceeded: slow down")
			},
		}))
	}
	if opt.ReadToken != "" {
		e.Use(requireReadToken(opt.ReadToken, opt.Token))
	}
	if v, ok := st.(Versioned); ok {
		e.Use((&answers{}).middleware(v))
	}
	h := &handlers{store: st, ingest: ing, log: log, opt: opt, heavy: make(chan struct{}, opt.MaxQueries), metrics: m,
		reads: make(chan struct{}, opt.MaxReads), exports: make(chan struct{}, opt.MaxExports), heap: newHeapGuard(opt.MaxHeap, log)}
	addRoutes(e, h, opt)
	return e
}

type handlers struct {
	store  Store
	ingest Ingester
	log    *slog.Logger
	opt    Options
	heavy  chan struct{} // one token per heavy request running
	// one token per light read, and per export, running
	reads, exports chan struct{}
	// metrics counts and times requests for GET /metrics
	metrics *metrics
	// heap stops raw and saved queries when the heap passes its budget
	heap *heapGuard
}

// plainJSON writes JSON without escaping <, > and &: IRIs read as IRIs
// ("<https://...>") rather than "\u003chttps://...".
type plainJSON struct{ echo.DefaultJSONSerializer }

// Serialize implements echo.JSONSerializer.
func (plainJSON) Serialize(c echo.Context, i any, indent string) error {
	enc := json.NewEncoder(c.Response())
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	return enc.Encode(i)
}
