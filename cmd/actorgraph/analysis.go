package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
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
	return writeJSON(stdout, map[string]any{"query": sq.Name, "params": q.Param, "results": res.Results, "truncated": res.Truncated})
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
		return writeJSON(stdout, map[string]any{"paths": paths})
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
	JSON bool `help:"Print JSON instead of text."`
	confidenceFlag
}

func (c *campsCmd) Run(ctx context.Context, stdout io.Writer) (err error) {
	floor, err := c.floor()
	if err != nil {
		return err
	}
	st, err := c.open()
	if err != nil {
		return err
	}
	defer closeInto(&err, st)
	edges, err := st.Edges(ctx, graph.Filter{MinConfidence: floor})
	if err != nil {
		return err
	}
	camps := graph.FindCamps(edges)
	if c.JSON {
		return writeJSON(stdout, camps)
	}
	w := bufio.NewWriter(stdout)
	for _, camp := range camps.Camps {
		var names []string
		for _, m := range camp.Members {
			names = append(names, m.Name)
		}
		fmt.Fprintf(w, "camp %d: %s", camp.ID, strings.Join(names, ", "))
		if len(camp.Opposes) > 0 {
			fmt.Fprintf(w, "   (opposes camp %v)", camp.Opposes)
		}
		fmt.Fprintln(w)
	}
	if len(camps.BothSides) > 0 {
		var names []string
		for _, n := range camps.BothSides {
			names = append(names, n.Name)
		}
		fmt.Fprintf(w, "on both sides: %s\n", strings.Join(names, ", "))
	}
	return w.Flush()
}

// plural writes a count with its noun: "1 edge", "3 edges".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
