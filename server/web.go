package server

import (
	"embed"
	"io/fs"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/camps"
)

// web holds the page: plain HTML, CSS and JavaScript modules, and the vendored
// cytoscape. Nothing is built and nothing comes from a CDN.
//
//go:embed web
var web embed.FS

func (h *handlers) page(c echo.Context) error {
	data, err := web.ReadFile("web/index.html")
	if err != nil {
		return err
	}
	return c.HTMLBlob(http.StatusOK, data)
}

// favicon answers the browsers that ask for /favicon.ico whatever the page links.
func (h *handlers) favicon(c echo.Context) error {
	data, err := web.ReadFile("web/favicon.svg")
	if err != nil {
		return err
	}
	return c.Blob(http.StatusOK, "image/svg+xml", data)
}

func webFiles() fs.FS {
	sub, err := fs.Sub(web, "web")
	if err != nil {
		panic(err) // the embedded tree always has web/
	}
	return sub
}

// graphNode is a node of the drawing: an actor or initiative with its camp.
type graphNode struct {
	Key     string     `json:"key"` // unique across actors and initiatives
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Kind    graph.Kind `json:"kind"`
	Aliases []string   `json:"aliases"`
	Camp    int        `json:"camp"` // -1 for initiatives and actors outside every camp
	// Theatre is the theatre where its ties weigh most (its camp is the one there);
	// -1 for initiatives and actors outside every camp.
	Theatre int `json:"theatre"`
}

// graphEdge is an edge of the drawing.
type graphEdge struct {
	Source    string          `json:"source"`
	Target    string          `json:"target"`
	Predicate graph.Predicate `json:"predicate"`
	Sources   int             `json:"sources"`  // pieces of evidence
	Reported  bool            `json:"reported"` // every piece is hedged
	Sentence  string          `json:"sentence"` // the first piece's sentence, cut to MaxEvidenceBytes
	// Confidence is the highest of the evidence's: the edge is as sure as its surest
	// reading.
	Confidence float64 `json:"confidence"`
}

func nodeKey(n graph.Node) string {
	if n.Kind == graph.KindInitiative {
		return "i:" + n.ID
	}
	return "a:" + n.ID
}

// graphView is the whole graph for drawing, or the part the date and confidence
// filters leave: every node with its camp, every edge with its number of sources.
func (h *handlers) graphView(c echo.Context) error {
	edges, err := h.allEdges(c)
	if err != nil {
		return err
	}
	a := camps.Find(edges)
	campOf, theatreOf, weight := map[string]int{}, map[string]int{}, map[string]float64{}
	for _, m := range a.Actors {
		k := nodeKey(m.Actor)
		if w, ok := weight[k]; !ok || m.Weight > w {
			campOf[k], theatreOf[k], weight[k] = m.Camp, m.Theatre, m.Weight
		}
	}
	nodes := []graphNode{}
	seen := map[string]bool{}
	add := func(n graph.Node) {
		k := nodeKey(n)
		if seen[k] {
			return
		}
		seen[k] = true
		camp, theatre := -1, -1
		if c, ok := campOf[k]; ok {
			camp, theatre = c, theatreOf[k]
		}
		nodes = append(nodes, graphNode{Key: k, ID: n.ID, Name: n.Name, Kind: n.Kind, Aliases: graph.NonNil(n.Aliases), Camp: camp, Theatre: theatre})
	}
	out := []graphEdge{}
	for _, e := range edges {
		add(e.Subject)
		add(e.Object)
		out = append(out, graphEdge{Source: nodeKey(e.Subject), Target: nodeKey(e.Object), Predicate: e.Predicate,
			Sources: len(e.Evidence), Reported: e.Reported(), Sentence: clipString(e.Evidence[0].Sentence, h.opt.MaxEvidenceBytes),
			Confidence: e.Confidence()})
	}
	used, err := jsonSize(nodes)
	if err != nil {
		return err
	}
	keep, err := fitting(out, used, h.opt.QueryBytes)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, graphAnswer{Nodes: nodes, Edges: out[:keep], Camps: len(a.Camps), Theatres: len(a.Theatres),
		Truncated: keep < len(out)})
}
