package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/camps"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/queries"
	"github.com/actorgraph/actorgraph/server"
)

type queryCmd struct {
	dbFlag
	Name    string            `arg:"" optional:"" help:"The saved query to run."`
	Param   map[string]string `help:"A parameter, as name=value; repeat for more." mapsep:"none"`
	List    bool              `help:"List the saved queries and their parameters."`
	Limit   int               `help:"Largest number of results." default:"1000"`
	Timeout time.Duration     `help:"Time limit." default:"30s"`
}

func (q *queryCmd) Run(ctx context.Context, stdout io.Writer) (err error) {
	if q.List || q.Name == "" {
		all, err := queries.All()
		if err != nil {
			return err
		}
		w := bufio.NewWriter(stdout)
		for _, sq := range all {
			fmt.Fprintf(w, "%s\n    %s\n", sq.Name, sq.Description)
			for _, p := range sq.Params {
				fmt.Fprintf(w, "    --param %s=...  (%s) %s\n", p.Name, p.Kind, p.Description)
			}
		}
		return w.Flush()
	}
	sq, err := queries.Get(q.Name)
	if err != nil {
		return err
	}
	st, err := q.open()
	if err != nil {
		return err
	}
	defer closeInto(&err, st)
	ctx, cancel := context.WithTimeout(ctx, q.Timeout)
	defer cancel()
	res, err := server.RunSaved(ctx, st, sq, q.Param, graph.QueryLimits{Results: q.Limit})
	if err != nil {
		return err
	}
	params := q.Param
	if params == nil {
		params = map[string]string{}
	}
	return writeJSON(stdout, server.SavedQueryAnswer{Query: sq.Name, Params: params, Results: graph.NonNil(res.Results), Truncated: res.Truncated})
}

type pathsCmd struct {
	dbFlag
	From       string `required:"" help:"Where the paths start (id or name)."`
	To         string `required:"" help:"Where they end (id or name)."`
	MaxDepth   int    `help:"Longest path, in edges." default:"4"`
	Predicates string `help:"Comma-separated predicates to follow (default: all)."`
	JSON       bool   `help:"Print JSON instead of text."`
	confidenceFlag
}

func (p *pathsCmd) Run(ctx context.Context, stdout io.Writer) (err error) {
	floor, err := p.floor()
	if err != nil {
		return err
	}
	var preds []graph.Predicate
	for _, name := range strings.FieldsFunc(p.Predicates, func(r rune) bool { return r == ',' }) {
		pred, err := graph.ParsePredicate(strings.TrimSpace(name))
		if err != nil {
			return err
		}
		preds = append(preds, pred)
	}
	st, err := p.open()
	if err != nil {
		return err
	}
	defer closeInto(&err, st)
	paths, err := st.Paths(ctx, p.From, p.To, p.MaxDepth, 10, preds, graph.Filter{MinConfidence: floor})
	if err != nil {
		return err
	}
	if p.JSON {
		return writeJSON(stdout, pathsAnswer{Paths: graph.NonNil(paths)})
	}
	w := bufio.NewWriter(stdout)
	if len(paths) == 0 {
		fmt.Fprintf(w, "no path from %s to %s within %s\n", p.From, p.To, plural(p.MaxDepth, "edge"))
	}
	for i, path := range paths {
		fmt.Fprintf(w, "path %d (%d edges)\n", i+1, path.Length)
		for _, s := range path.Steps {
			arrow := fmt.Sprintf("%s -%s-> %s", s.Subject.Name, s.Predicate, s.Object.Name)
			fmt.Fprintf(w, "  %s   [%s]\n", arrow, s.Direction)
			for _, ev := range s.Evidence {
				fmt.Fprintf(w, "      %q (%s, %s, confidence %s)\n", ev.Sentence, ev.Document, ev.Modality,
					strconv.FormatFloat(ev.Confidence, 'f', -1, 64))
			}
		}
	}
	return w.Flush()
}

type campsCmd struct {
	dbFlag
	JSON    bool   `help:"Print JSON instead of text."`
	Theatre int    `help:"Only this theatre (its number in the output); -1 for all." default:"-1"`
	Around  string `help:"Only the theatre where this actor's ties weigh most (id or name)."`
	Since   string `help:"Only evidence from documents dated on or after this day (YYYY-MM-DD)."`
	Until   string `help:"Only evidence from documents dated on or before this day (YYYY-MM-DD)."`
	Step    string `help:"Print the camps step by step (week, month, quarter, year) instead; needs --theatre or --around."`
	confidenceFlag
}

func (c *campsCmd) Run(ctx context.Context, stdout io.Writer) (err error) {
	f, err := filterFlags{Since: c.Since, Until: c.Until, confidenceFlag: c.confidenceFlag}.filter()
	if err != nil {
		return err
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer closeInto(&err, st)
	edges, err := st.Edges(ctx, f)
	if err != nil {
		return err
	}
	a := camps.Find(edges)
	t, err := c.scope(ctx, st, a)
	if err != nil {
		return err
	}
	if c.Step != "" {
		return c.timeline(stdout, a, edges, t)
	}
	if t != -1 {
		a, _ = a.Only(t)
	}
	if c.JSON {
		return writeJSON(stdout, a)
	}
	w := bufio.NewWriter(stdout)
	printCamps(w, a)
	return w.Flush()
}

// scope is the theatre --theatre or --around name, -1 for all, -2 for an actor that
// takes no side.
func (c *campsCmd) scope(ctx context.Context, st *store.Store, a camps.Analysis) (int, error) {
	if c.Around == "" {
		if c.Theatre < -1 || c.Theatre >= len(a.Theatres) {
			return 0, graph.Invalidf("--theatre %d: there are %d theatres, numbered from 0", c.Theatre, len(a.Theatres))
		}
		return c.Theatre, nil
	}
	n, err := st.FindNode(ctx, c.Around)
	if err != nil {
		return 0, err
	}
	if t, ok := a.Home(n.ID); ok {
		return t, nil
	}
	return -2, nil
}

func (c *campsCmd) timeline(stdout io.Writer, a camps.Analysis, edges []graph.Edge, t int) error {
	if t == -1 {
		return graph.Invalidf("--step needs --theatre or --around")
	}
	tl, err := a.Timeline(edges, t, c.Step)
	if err != nil {
		return err
	}
	if c.JSON {
		return writeJSON(stdout, tl)
	}
	w := bufio.NewWriter(stdout)
	for _, s := range tl.Steps {
		fmt.Fprintf(w, "%s to %s\n", s.Since, s.Until)
		for _, cp := range s.Camps {
			var names []string
			for _, m := range cp.Members {
				names = append(names, m.Actor.Name)
			}
			fmt.Fprintf(w, "  camp %d, %s: %s\n", cp.Camp, cp.Name, strings.Join(names, ", "))
		}
	}
	for _, ch := range tl.Changes {
		fmt.Fprintf(w, "%s: %s moves from camp %d (%s) to camp %d (%s)\n", ch.Since, ch.Actor.Name, ch.From, ch.FromName, ch.To, ch.ToName)
	}
	return w.Flush()
}

// printedMembers is how many members of a camp the text output names, strongest
// first.
const printedMembers = 12

// printCamps writes the theatres and their camps as text: each camp's members with
// their shares, and the camps it opposes. The caller flushes w and reports its error.
func printCamps(w *bufio.Writer, a camps.Analysis) {
	type place struct {
		camp  int
		actor string
	}
	share := map[place]float64{}
	for _, m := range a.Actors {
		share[place{m.Camp, m.Actor.ID}] = m.Share
	}
	for _, t := range a.Theatres {
		fmt.Fprintf(w, "theatre %d: %s (%s, %s to %s, frustration %.2f)\n", t.ID, t.Name, plural(len(t.Documents), "document"), t.Since, t.Until, t.Frustration)
		for _, id := range t.Camps {
			camp := a.Camps[slices.IndexFunc(a.Camps, func(c camps.Camp) bool { return c.ID == id })]
			var names []string
			for _, m := range camp.Members[:min(len(camp.Members), printedMembers)] {
				names = append(names, fmt.Sprintf("%s (%.2f)", m.Name, share[place{camp.ID, m.ID}]))
			}
			if more := len(camp.Members) - printedMembers; more > 0 {
				names = append(names, fmt.Sprintf("and %d more (--json lists them)", more))
			}
			fmt.Fprintf(w, "  camp %d, %s: %s\n", camp.ID, camp.Name, strings.Join(names, ", "))
			for _, o := range camp.Against {
				fmt.Fprintf(w, "    opposes camp %d, %s (weight %.2f)\n", o.Camp, o.Name, o.Weight)
			}
		}
	}
	if len(a.BothSides) > 0 {
		var names []string
		for _, n := range a.BothSides {
			names = append(names, n.Name)
		}
		fmt.Fprintf(w, "on both sides: %s\n", strings.Join(names, ", "))
	}
}

// plural writes a count with its noun: "1 edge", "3 edges".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
