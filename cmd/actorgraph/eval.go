package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/eval"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/ingest"
	"github.com/actorgraph/actorgraph/graph/store"
)

type evalCmd struct {
	Dir     string `arg:"" help:"Directory of NAME.txt articles with NAME.gold.json annotations." type:"existingdir"`
	Verbose bool   `help:"List every true positive, false positive and miss with its sentence."`
}

// evalArticle is one scored article with the sentences behind its triples.
type evalArticle struct {
	name      string
	result    eval.Result
	sentences map[eval.Triple]string
	rules     map[eval.Triple]string
}

// scoreDir extracts and scores every annotated article in dir, in name order.
func scoreDir(dir string, ex *extract.Extractor) ([]evalArticle, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("eval: no NAME.gold.json files in %s", dir)
	}
	var out []evalArticle
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		text := filepath.Join(dir, name+".txt")
		data, err := os.ReadFile(text)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		goldData, err := os.ReadFile(g)
		if err != nil {
			return nil, err
		}
		gold, err := eval.ReadGold(goldData)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", g, err)
		}
		doc, err := extract.ParseArticle(text, data)
		if err != nil {
			return nil, err
		}
		res := ex.Extract(doc)
		var nq bytes.Buffer
		if err := export.WriteNQuads(&nq, store.Quads(ingest.Article(doc, res))); err != nil {
			return nil, err
		}
		sys, err := eval.ReadNQuads(&nq)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", text, err)
		}
		for _, n := range res.Found {
			sys.Found = append(append(sys.Found, n.Name), n.Aliases...)
		}
		sentences, rules := map[eval.Triple]string{}, map[eval.Triple]string{}
		for _, s := range res.Statements {
			t := eval.Triple{S: "<" + graph.NodeIRI(s.Subject) + ">", P: string(s.Predicate), O: "<" + graph.NodeIRI(s.Object) + ">"}
			if _, ok := sentences[t]; !ok {
				sentences[t], rules[t] = s.Evidence.Sentence, s.Rule
			}
		}
		out = append(out, evalArticle{name: name, result: eval.Score(gold, sys), sentences: sentences, rules: rules})
	}
	return out, nil
}

func (e *evalCmd) Run(c *cli, stdout io.Writer) error {
	ex, err := c.extractor()
	if err != nil {
		return err
	}
	arts, err := scoreDir(e.Dir, ex)
	if err != nil {
		return err
	}
	var results []eval.Result
	w := bufio.NewWriter(stdout)
	fmt.Fprintf(w, "%-28s %8s %8s %8s\n", "article", "rel P", "rel R", "rel F1")
	for _, a := range arts {
		results = append(results, a.result)
		p, r, f := a.result.Relation.PRF()
		fmt.Fprintf(w, "%-28s %8.3f %8.3f %8.3f\n", a.name, p, r, f)
		if e.Verbose {
			for _, t := range a.result.TP {
				fmt.Fprintf(w, "   tp    %s --%s--> %s   [%s]\n         %s\n", t.S, t.P, t.O, a.rules[t.Raw], a.sentences[t.Raw])
			}
			for _, t := range a.result.FP {
				fmt.Fprintf(w, "   fp    %s --%s--> %s   [%s]\n         %s\n", t.S, t.P, t.O, a.rules[t.Raw], a.sentences[t.Raw])
			}
			for _, m := range a.result.Misses {
				fmt.Fprintf(w, "   miss  %s --%s--> %s   (%s)\n         gold: %s\n", strings.Join(m.S, "|"), m.P, strings.Join(m.O, "|"), m.Cause, m.Why)
			}
		}
	}
	total := eval.Sum(results)
	fmt.Fprintf(w, "\n%-10s %6s %6s %6s %4s %4s %4s\n", "predicate", "P", "R", "F1", "tp", "fp", "fn")
	row := func(name string, c eval.Counts) {
		p, r, f := c.PRF()
		fmt.Fprintf(w, "%-10s %6.3f %6.3f %6.3f %4d %4d %4d\n", name, p, r, f, c.TP, c.FP, c.FN)
	}
	for _, p := range eval.Scored {
		row(p, total.Counts[p])
	}
	row("relation", total.Relation)
	row("leads", total.Leads)
	writeCauses(w, total)
	return w.Flush()
}

// writeCauses tells the misses of each predicate apart by why they were missed.
func writeCauses(w *bufio.Writer, total eval.Total) {
	fmt.Fprintf(w, "\nmisses by cause\n%-10s", "predicate")
	for _, c := range eval.Causes {
		fmt.Fprintf(w, " %16s", c)
	}
	fmt.Fprintln(w)
	for _, p := range append(slices.Clone(eval.Scored), "leads") {
		fmt.Fprintf(w, "%-10s", p)
		for _, c := range eval.Causes {
			fmt.Fprintf(w, " %16d", total.Causes[p][c])
		}
		fmt.Fprintln(w)
	}
}
