package server

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/camps"
)

// maxConflicts bounds the frustrated edges a camps answer quotes, and
// maxTheatreDocuments the documents a theatre lists; their counts give them all.
const (
	maxConflicts        = 100
	maxTheatreDocuments = 50
)

// analysis reads the edges the request's filters select and finds their theatres and
// camps.
func (h *handlers) analysis(c echo.Context) (camps.Analysis, []graph.Edge, error) {
	edges, err := h.allEdges(c)
	if err != nil {
		return camps.Analysis{}, nil, err
	}
	a := camps.Find(edges)
	if err := c.Request().Context().Err(); err != nil {
		return camps.Analysis{}, nil, err
	}
	return a, edges, nil
}

// noTheatre is the scope of an actor that takes no side in the graph the filters
// leave: its answer is empty.
const noTheatre = -2

// scope reads theatre= or around= (the theatre where that actor's ties weigh most):
// the theatre the answer is about, -1 for all of them, noTheatre for an actor that
// takes no side in what the filters leave.
func (h *handlers) scope(c echo.Context, a camps.Analysis) (int, error) {
	theatre, around := c.QueryParam("theatre"), c.QueryParam("around")
	switch {
	case theatre != "" && around != "":
		return 0, graph.Invalidf("give theatre or around, not both")
	case theatre != "":
		t, err := strconv.Atoi(theatre)
		if err != nil || t < 0 || t >= len(a.Theatres) {
			return 0, &graph.Error{Op: "theatre", Name: theatre, Err: graph.ErrNotFound}
		}
		return t, nil
	case around != "":
		n, err := h.store.FindNode(c.Request().Context(), around)
		if err != nil {
			return 0, err
		}
		if t, ok := a.Home(n.ID); ok {
			return t, nil
		}
		return noTheatre, nil
	}
	return -1, nil
}

// offsetCursor is where a page of a list that has no natural key starts.
type offsetCursor struct {
	At int `json:"at"`
}

// offsetPage reads limit and cursor for a list of n items and returns the bounds of
// the page and the cursor of the next ("" after the last).
func (h *handlers) offsetPage(c echo.Context, n int) (from, to int, next string, err error) {
	limit, err := intParam(c, "limit", h.opt.MaxResults, 1, h.opt.MaxResults)
	if err != nil {
		return 0, 0, "", err
	}
	if s := c.QueryParam("cursor"); s != "" {
		var k offsetCursor
		if err := decodeCursor(s, &k); err != nil || k.At <= 0 || k.At > n {
			return 0, 0, "", errCursor(s)
		}
		from = k.At
	}
	to = min(n, from+limit)
	if to < n {
		next = encodeCursor(offsetCursor{At: to})
	}
	return from, to, next, nil
}

// campsAnswer is a page of the actors of the camps, with every camp of the scope.
type campsAnswer struct {
	camps.Analysis
	NextCursor string `json:"next_cursor,omitempty"`
}

func (h *handlers) camps(c echo.Context) error {
	a, _, err := h.analysis(c)
	if err != nil {
		return err
	}
	t, err := h.scope(c, a)
	if err != nil {
		return err
	}
	if t != -1 {
		a, _ = a.Only(t)
	}
	from, to, next, err := h.offsetPage(c, len(a.Actors))
	if err != nil {
		return err
	}
	a.Actors = a.Actors[from:to]
	return c.JSON(http.StatusOK, campsAnswer{Analysis: h.boundAnalysis(a), NextCursor: next})
}

// theatresAnswer is a page of the theatres.
type theatresAnswer struct {
	Theatres   []camps.Theatre `json:"theatres"`
	NextCursor string          `json:"next_cursor,omitempty"`
}

func (h *handlers) theatres(c echo.Context) error {
	a, _, err := h.analysis(c)
	if err != nil {
		return err
	}
	from, to, next, err := h.offsetPage(c, len(a.Theatres))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, theatresAnswer{Theatres: boundTheatres(a.Theatres[from:to]), NextCursor: next})
}

func (h *handlers) campsTimeline(c echo.Context) error {
	a, edges, err := h.analysis(c)
	if err != nil {
		return err
	}
	t, err := h.scope(c, a)
	if err != nil {
		return err
	}
	if t == -1 {
		return graph.Invalidf("a timeline needs theatre or around")
	}
	step := c.QueryParam("step")
	if step == "" {
		step = "month"
	}
	tl, err := a.Timeline(edges, t, step)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, tl)
}
