package server

import (
	"encoding/base64"
	"encoding/json"
	"unicode/utf8"

	"github.com/labstack/echo/v4"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/camps"
)

// Every answer of the API is bounded whatever the data: relations come in pages, a
// sentence quoted as evidence is cut to MaxEvidenceBytes (its offsets lead to the
// whole of it), an edge quotes at most MaxEdgeEvidence pieces, and a document's text
// comes in windows of at most MaxTextBytes.

// fitting returns how many of items, encoded as the elements of a JSON list, fit in
// budget bytes once used bytes are spent: /graph and neighbourhoods stop their edges
// there, so that an answer's size stays within QueryBytes however many edges match.
func fitting[T any](items []T, used, budget int) (int, error) {
	for i, it := range items {
		b, err := json.Marshal(it)
		if err != nil {
			return 0, err
		}
		used += len(b) + 1 // the comma
		if used > budget {
			return i, nil
		}
	}
	return len(items), nil
}

// jsonSize is the length of v encoded as JSON.
func jsonSize(v any) (int, error) {
	b, err := json.Marshal(v)
	return len(b), err
}

// pageParams reads limit and cursor: the size of the page, at most MaxResults, and
// where it starts (nil: at the first relation).
func (h *handlers) pageParams(c echo.Context) (int, *graph.Position, error) {
	limit, err := intParam(c, "limit", h.opt.MaxResults, 1, h.opt.MaxResults)
	if err != nil {
		return 0, nil, err
	}
	after, err := relationCursor(c.QueryParam("cursor"))
	return limit, after, err
}

// encodeCursor writes where a page ended as the opaque token a client sends back as
// cursor.
func encodeCursor(v any) string {
	data, _ := json.Marshal(v) // structs of strings and ints: always encode
	return base64.RawURLEncoding.EncodeToString(data)
}

// decodeCursor reads a cursor into v.
func decodeCursor(s string, v any) error {
	data, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

func errCursor(s string) error {
	return graph.Invalidf("cursor %q is not one this server gave: pass next_cursor from the previous page unchanged", s)
}

// relationCursor reads the cursor of a page of relations; "" is the first page.
func relationCursor(s string) (*graph.Position, error) {
	if s == "" {
		return nil, nil
	}
	var p graph.Position
	if err := decodeCursor(s, &p); err != nil || p.Document == "" || p.Statement == "" {
		return nil, errCursor(s)
	}
	return &p, nil
}

// relationPage asks the store for one page of the relations f selects, one more than
// the page holds to learn whether another follows, and returns the page with the
// cursor of the next one ("" after the last).
func (h *handlers) relationPage(c echo.Context, f graph.Filter, limit int, after *graph.Position) ([]graph.Relation, string, error) {
	f.Limit, f.After = limit+1, after
	rels, err := h.store.Relations(c.Request().Context(), f)
	if err != nil {
		return nil, "", err
	}
	next := ""
	if len(rels) > limit {
		rels = rels[:limit]
		next = encodeCursor(rels[limit-1].Position())
	}
	return h.clipRelations(rels), next, nil
}

// clipRelations cuts each relation's quoted sentence to the answer's bound.
func (h *handlers) clipRelations(rels []graph.Relation) []graph.Relation {
	for i := range rels {
		rels[i].Evidence = rels[i].Evidence.Clip(h.opt.MaxEvidenceBytes)
	}
	return rels
}

// clipEvidence keeps the first MaxEdgeEvidence pieces of evidence, each cut to the
// bound.
func (h *handlers) clipEvidence(ev []graph.Cited) []graph.Cited {
	if len(ev) > h.opt.MaxEdgeEvidence {
		ev = ev[:h.opt.MaxEdgeEvidence]
	}
	out := make([]graph.Cited, len(ev))
	for i, e := range ev {
		out[i] = e.Clip(h.opt.MaxEvidenceBytes)
	}
	return out
}

// boundEdges returns copies of the edges with their evidence bounded and counted;
// the edges given are left as they are (the camps share them between lists).
func (h *handlers) boundEdges(edges []graph.Edge) []graph.Edge {
	out := make([]graph.Edge, len(edges))
	for i, e := range edges {
		e.EvidenceCount = len(e.Evidence)
		e.Evidence = h.clipEvidence(e.Evidence)
		out[i] = e
	}
	return out
}

func (h *handlers) boundPaths(paths []graph.Path) []graph.Path {
	out := make([]graph.Path, len(paths))
	for i, p := range paths {
		out[i] = graph.Path{Length: p.Length, Steps: make([]graph.Step, len(p.Steps))}
		for j, s := range p.Steps {
			s.Edge = h.boundEdges([]graph.Edge{s.Edge})[0]
			out[i].Steps[j] = s
		}
	}
	return out
}

// firstEdges keeps the first MaxEdgeEvidence edges of a list (the heaviest: camps
// lists them heaviest first), bounded, and returns how many there were when that cut
// the list (0 when it did not).
func (h *handlers) firstEdges(edges []graph.Edge, n int) ([]graph.Edge, int) {
	count := 0
	if len(edges) > n {
		edges, count = edges[:n], len(edges)
	}
	return h.boundEdges(edges), count
}

// boundAnalysis bounds a camps answer: each list of edges to its heaviest, each camp's
// members to MaxResults, each edge's evidence to MaxEdgeEvidence pieces; the counts
// say how many there were. The actors come paged by the caller.
func (h *handlers) boundAnalysis(a camps.Analysis) camps.Analysis {
	out := a
	out.Conflicts, out.ConflictsCount = h.firstEdges(a.Conflicts, maxConflicts)
	out.Camps = make([]camps.Camp, len(a.Camps))
	for i, cp := range a.Camps {
		cp.Edges, cp.EdgesCount = h.firstEdges(cp.Edges, h.opt.MaxEdgeEvidence)
		if len(cp.Members) > h.opt.MaxResults {
			cp.Members, cp.MembersCount = cp.Members[:h.opt.MaxResults], len(cp.Members)
		}
		out.Camps[i] = cp
	}
	out.Actors = make([]camps.Member, len(a.Actors))
	for i, m := range a.Actors {
		m.Because, m.BecauseCount = h.firstEdges(m.Because, h.opt.MaxEdgeEvidence)
		m.Against, m.AgainstCount = h.firstEdges(m.Against, h.opt.MaxEdgeEvidence)
		out.Actors[i] = m
	}
	out.Theatres = boundTheatres(a.Theatres)
	if len(out.BothSides) > h.opt.MaxResults {
		out.BothSides = out.BothSides[:h.opt.MaxResults]
	}
	return out
}

// boundTheatres keeps the first maxTheatreDocuments documents of each theatre.
func boundTheatres(ts []camps.Theatre) []camps.Theatre {
	out := make([]camps.Theatre, len(ts))
	for i, t := range ts {
		if len(t.Documents) > maxTheatreDocuments {
			t.Documents, t.DocumentsCount = t.Documents[:maxTheatreDocuments], len(t.Documents)
		}
		out[i] = t
	}
	return out
}

// clipString cuts s to at most n bytes at a character boundary.
func clipString(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// documentWindow is a document with a window of its text: the bytes from TextStart to
// TextEnd of TextLength.
type documentWindow struct {
	graph.DocumentInfo
	TextStart  int `json:"text_start"`
	TextEnd    int `json:"text_end"`
	TextLength int `json:"text_length"`
}

// textWindow reads text_start and text_limit and cuts the document's text to that
// window, moved to character boundaries: a start inside a character moves back to its
// first byte, an end inside one moves back before it.
func (h *handlers) textWindow(c echo.Context, d graph.DocumentInfo) (documentWindow, error) {
	start, err := intParam(c, "text_start", 0, 0, len(d.Text))
	if err != nil {
		return documentWindow{}, err
	}
	limit, err := intParam(c, "text_limit", h.opt.MaxTextBytes, 0, h.opt.MaxTextBytes)
	if err != nil {
		return documentWindow{}, err
	}
	text := d.Text
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start--
	}
	window := clipString(text[start:], limit)
	d.Text = window
	return documentWindow{DocumentInfo: d, TextStart: start, TextEnd: start + len(window), TextLength: len(text)}, nil
}
