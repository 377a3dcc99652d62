package server

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

func (h *handlers) health(c echo.Context) error {
	return c.JSON(http.StatusOK, statusAnswer{Status: "ok"})
}

// ready answers 200 when the store answers a read, 503 when it does not (a database
// that went away): for load balancers, which should stop sending requests.
func (h *handlers) ready(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 2*time.Second)
	defer cancel()
	if _, err := h.store.Empty(ctx); err != nil {
		h.log.Warn("not ready", "err", err)
		return errUnavailable
	}
	return c.JSON(http.StatusOK, statusAnswer{Status: "ready"})
}

func (h *handlers) searchActors(c echo.Context) error {
	limit, err := intParam(c, "limit", 50, 1, 1000)
	if err != nil {
		return err
	}
	actors, err := h.store.SearchActors(c.Request().Context(), c.QueryParam("q"), limit)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, actorsAnswer{Actors: graph.NonNil(actors)})
}

// actorProfile is an actor with a summary of its relations.
type actorProfile struct {
	Actor     graph.Node      `json:"actor"`
	Relations []relationGroup `json:"relations"`
}

// relationGroup is one related node with every piece of evidence for the relation.
type relationGroup struct {
	Predicate graph.Predicate `json:"predicate"`
	Direction string          `json:"direction"` // "out": actor -> node; "in": node -> actor
	Node      graph.Node      `json:"node"`
	Evidence  []graph.Cited   `json:"evidence"`
}

func (h *handlers) actor(c echo.Context) error {
	ctx := c.Request().Context()
	floor, err := confidenceParam(c, "min_confidence")
	if err != nil {
		return err
	}
	n, err := h.store.FindNode(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	out, err := h.store.Relations(ctx, graph.Filter{Subject: n.ID, Limit: h.opt.MaxResults, MinConfidence: floor})
	if err != nil {
		return err
	}
	in, err := h.store.Relations(ctx, graph.Filter{Object: n.ID, Limit: h.opt.MaxResults, MinConfidence: floor})
	if err != nil {
		return err
	}
	groups := append(group(n, h.clipRelations(out), outgoing), group(n, h.clipRelations(in), incoming)...)
	return c.JSON(http.StatusOK, actorProfile{Actor: n, Relations: graph.NonNil(groups)})
}

type direction string

const (
	outgoing direction = "out"
	incoming direction = "in"
)

// related answers "who supports X" (incoming supports), "whom X supports" (outgoing)
// and the same for opposes: each related actor with its evidence.
func (h *handlers) related(dir direction, pred graph.Predicate) echo.HandlerFunc {
	return func(c echo.Context) error {
		ctx := c.Request().Context()
		n, err := h.store.FindNode(ctx, c.Param("id"))
		if err != nil {
			return err
		}
		f, err := h.filter(c)
		if err != nil {
			return err
		}
		f.Predicate = pred
		if dir == outgoing {
			f.Subject = n.ID
		} else {
			f.Object = n.ID
		}
		rels, err := h.store.Relations(ctx, f)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, relatedAnswer{Actor: n, Predicate: pred, Direction: dir, Related: graph.NonNil(group(n, h.clipRelations(rels), dir))})
	}
}

// group gathers relations by the node at their other end, keeping the order in which
// each node first appears.
func group(n graph.Node, rels []graph.Relation, dir direction) []relationGroup {
	var out []relationGroup
	index := map[string]int{}
	for _, r := range rels {
		other := r.Object
		if dir == incoming {
			other = r.Subject
		}
		key := string(r.Predicate) + "\x00" + other.ID
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			out = append(out, relationGroup{Predicate: r.Predicate, Direction: string(dir), Node: other})
		}
		out[i].Evidence = append(out[i].Evidence, r.Evidence)
	}
	return out
}

func (h *handlers) relations(c echo.Context) error {
	f, err := h.filter(c)
	if err != nil {
		return err
	}
	f.Subject, f.Object, f.Document = c.QueryParam("subject"), c.QueryParam("object"), c.QueryParam("document")
	if p := c.QueryParam("predicate"); p != "" {
		if f.Predicate, err = graph.ParsePredicate(p); err != nil {
			return err
		}
	}
	after, err := relationCursor(c.QueryParam("cursor"))
	if err != nil {
		return err
	}
	rels, next, err := h.relationPage(c, f, f.Limit, after)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, relationsAnswer{Count: len(rels), Relations: graph.NonNil(rels), NextCursor: next})
}

// relationsAnswer is a page of relations.
type relationsAnswer struct {
	Count     int              `json:"count"` // relations in this page
	Relations []graph.Relation `json:"relations"`
	// NextCursor, passed as cursor, asks for the next page; absent after the last.
	NextCursor string `json:"next_cursor,omitempty"`
}

// filter reads the parameters every relation query shares: since, until,
// min_confidence, limit.
func (h *handlers) filter(c echo.Context) (graph.Filter, error) {
	var f graph.Filter
	var err error
	if f.Since, err = dateParam(c, "since"); err != nil {
		return f, err
	}
	if f.Until, err = dateParam(c, "until"); err != nil {
		return f, err
	}
	if f.MinConfidence, err = confidenceParam(c, "min_confidence"); err != nil {
		return f, err
	}
	f.Limit, err = intParam(c, "limit", h.opt.MaxResults, 1, h.opt.MaxResults)
	return f, err
}

// documents lists the stored documents, newest first, a page at a time.
func (h *handlers) documents(c echo.Context) error {
	limit, err := intParam(c, "limit", h.opt.MaxResults, 1, h.opt.MaxResults)
	if err != nil {
		return err
	}
	var after *documentCursor
	if s := c.QueryParam("cursor"); s != "" {
		after = &documentCursor{}
		if err := decodeCursor(s, after); err != nil || after.ID == "" {
			return errCursor(s)
		}
	}
	docs, err := h.store.Documents(c.Request().Context())
	if err != nil {
		return err
	}
	if after != nil {
		docs = slices.DeleteFunc(docs, func(d graph.DocumentInfo) bool { return !after.before(d) })
	}
	next := ""
	if len(docs) > limit {
		docs = docs[:limit]
		next = encodeCursor(documentCursor{Date: docs[limit-1].Date, ID: docs[limit-1].ID})
	}
	return c.JSON(http.StatusOK, documentsAnswer{Documents: graph.NonNil(docs), NextCursor: next})
}

// documentsAnswer is a page of the document list.
type documentsAnswer struct {
	Documents  []graph.DocumentInfo `json:"documents"`
	NextCursor string               `json:"next_cursor,omitempty"`
}

// documentCursor is the last document of a page of the list, which is ordered by
// date, newest first, then by id.
type documentCursor struct {
	Date string `json:"d,omitempty"`
	ID   string `json:"id"`
}

// before reports whether the cursor's document comes before d in the list.
func (k documentCursor) before(d graph.DocumentInfo) bool {
	return d.Date < k.Date || d.Date == k.Date && d.ID > k.ID
}

// document answers with a document, a window of its text (text_start, text_limit)
// and a page of its relations (limit, cursor).
func (h *handlers) document(c echo.Context) error {
	ctx := c.Request().Context()
	floor, err := confidenceParam(c, "min_confidence")
	if err != nil {
		return err
	}
	limit, after, err := h.pageParams(c)
	if err != nil {
		return err
	}
	d, err := h.store.Document(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	win, err := h.textWindow(c, d)
	if err != nil {
		return err
	}
	rels, next, err := h.relationPage(c, graph.Filter{Document: d.ID, MinConfidence: floor}, limit, after)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, documentAnswer{Document: win, Relations: graph.NonNil(rels), NextCursor: next})
}

// documentAnswer is a document with a window of its text and a page of its relations.
type documentAnswer struct {
	Document   documentWindow   `json:"document"`
	Relations  []graph.Relation `json:"relations"`
	NextCursor string           `json:"next_cursor,omitempty"`
}

// ingestDocument stores the article in the body: plain text, text with front matter,
// or JSON. ?name= gives a file name, from which the document id may be derived.
func (h *handlers) ingestDocument(c echo.Context) error {
	body := http.MaxBytesReader(c.Response(), c.Request().Body, h.opt.MaxArticleBytes)
	data, err := io.ReadAll(bufio.NewReader(body))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return echo.NewHTTPError(http.StatusRequestEntityTooLarge,
			"article larger than "+strconv.FormatInt(h.opt.MaxArticleBytes, 10)+" bytes")
	}
	if err != nil {
		return graph.Invalidf("reading the request body: %v", err)
	}
	ch, err := h.ingest.Ingest(c.Request().Context(), c.QueryParam("name"), data)
	if err != nil {
		return err
	}
	status := http.StatusCreated
	if ch.Unchanged {
		status = http.StatusOK
	}
	return c.JSON(status, ch)
}

// reextract runs the current extractor over every stored article.
func (h *handlers) reextract(c echo.Context) error {
	res, err := h.ingest.Reextract(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, res)
}

func (h *handlers) deleteDocument(c echo.Context) error {
	ch, err := h.store.Delete(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, ch)
}

// export streams the graph, or the part the relation filters select. The format comes
// from ?format= or else the Accept header. Once the first byte is out, a failure can
// no longer be reported as JSON: it is logged and the response ends short.
func (h *handlers) export(c echo.Context) error {
	format, err := exportFormat(c)
	if err != nil {
		return err
	}
	filter, err := h.filter(c)
	if err != nil {
		return err
	}
	filter.Limit = 0
	filter.Subject, filter.Object, filter.Document = c.QueryParam("subject"), c.QueryParam("object"), c.QueryParam("document")
	if p := c.QueryParam("predicate"); p != "" {
		if filter.Predicate, err = graph.ParsePredicate(p); err != nil {
			return err
		}
	}
	for _, id := range []string{filter.Subject, filter.Object} {
		if id != "" {
			if _, err := h.store.FindNode(c.Request().Context(), id); err != nil {
				return err // before the first byte, so the client gets a 404
			}
		}
	}
	res := c.Response()
	res.Header().Set(echo.HeaderContentType, format.MediaType)
	res.Header().Set(echo.HeaderContentDisposition, `attachment; filename="actorgraph.`+format.Extension+`"`)
	res.WriteHeader(http.StatusOK)
	if err := format.Write(c.Request().Context(), res, h.store, filter); errors.Is(err, errSlowClient) {
		h.log.Warn("export cut off: its client read too slowly", "format", format.Name, "client", c.RealIP(), "err", err)
	} else if err != nil {
		h.log.Error("export failed after the response started", "format", format.Name, "err", err)
	}
	return nil
}

// exportFormat is the format ?format= names, or else the first whose media type the
// Accept header names, or else N-Quads.
func exportFormat(c echo.Context) (export.Format, error) {
	if name := c.QueryParam("format"); name != "" {
		return export.Lookup(name)
	}
	if f, ok := export.ForMediaType(c.Request().Header.Get(echo.HeaderAccept)); ok {
		return f, nil
	}
	return export.Lookup("nquads")
}

func intParam(c echo.Context, name string, def, lo, hi int) (int, error) {
	s := c.QueryParam(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, graph.Invalidf("%s must be a whole number from %d to %d, got %q", name, lo, hi, s)
	}
	return n, nil
}

// confidenceParam reads a confidence floor: a number from 0 to 1, 0 when absent.
func confidenceParam(c echo.Context, name string) (float64, error) {
	s := c.QueryParam(name)
	if s == "" {
		return 0, nil
	}
	f, err := graph.ParseConfidence(s)
	if err != nil {
		return 0, graph.Invalidf("%s must be a number from 0 to 1, got %q", name, s)
	}
	return f, nil
}

func dateParam(c echo.Context, name string) (time.Time, error) {
	s := strings.TrimSpace(c.QueryParam(name))
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, graph.Invalidf("%s must be a date YYYY-MM-DD, got %q", name, s)
	}
	return t, nil
}
