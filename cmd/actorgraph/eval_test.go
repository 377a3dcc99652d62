package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/eval"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/ingest"
	"github.com/actorgraph/actorgraph/graph/store"
)

const corpus = "../../testdata/corpus"

// Floors for the dev corpus: the scores the extractor has reached. A change that
// lowers them fails here; raise them when the extractor improves.
const (
	minRelationF1        = 0.78
	minRelationPrecision = 0.92
	minLeadsF1           = 0.95
)

func TestDevCorpusScore(t *testing.T) {
	arts, err := scoreDir(corpus, testPipelineExtractor(t))
	if err != nil {
		t.Fatal(err)
	}
	var results []eval.Result
	for _, a := range arts {
		results = append(results, a.result)
	}
	total := eval.Sum(results)
	p, r, f := total.Relation.PRF()
	_, _, lf := total.Leads.PRF()
	t.Logf("dev corpus: relation P %.3f R %.3f F1 %.3f; leads F1 %.3f", p, r, f, lf)
	if f < minRelationF1 || p < minRelationPrecision {
		t.Errorf("relation F1 %.3f (floor %.2f), precision %.3f (floor %.2f)", f, minRelationF1, p, minRelationPrecision)
	}
	if lf < minLeadsF1 {
		t.Errorf("leads F1 %.3f, floor %.2f", lf, minLeadsF1)
	}
}

// TestEvalAgreesWithReferenceScorer scores the same N-Quads with score.py and with
// package eval and wants the same counts for every predicate.
func TestEvalAgreesWithReferenceScorer(t *testing.T) {
	python := needTool(t, "apt-get install python3", "python3")
	ex := testPipelineExtractor(t)
	golds, _ := filepath.Glob(filepath.Join(corpus, "*.gold.json"))
	dir := t.TempDir()
	args := []string{filepath.Join(corpus, "score.py"), "--json"}
	var ours []eval.Result
	for _, g := range golds {
		name := filepath.Base(g[:len(g)-len(".gold.json")])
		data, err := os.ReadFile(filepath.Join(corpus, name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := extract.ParseArticle(name+".txt", data)
		if err != nil {
			t.Fatal(err)
		}
		var nq bytes.Buffer
		if err := export.WriteNQuads(&nq, store.Quads(ingest.Article(doc, ex.Extract(doc)))); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, name+".nq")
		if err := os.WriteFile(out, nq.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, g+"="+out)
		goldData, _ := os.ReadFile(g)
		gold, err := eval.ReadGold(goldData)
		if err != nil {
			t.Fatal(err)
		}
		sys, err := eval.ReadNQuads(bytes.NewReader(nq.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		ours = append(ours, eval.Score(gold, sys))
	}
	cmd := exec.Command(python, args...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var ref map[string]json.RawMessage
	if err := json.Unmarshal(out, &ref); err != nil {
		t.Fatal(err)
	}
	total := eval.Sum(ours)
	check := func(name string, c eval.Counts) {
		var r struct{ TP, FP, FN int }
		if err := json.Unmarshal(ref[name], &r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if r.TP != c.TP || r.FP != c.FP || r.FN != c.FN {
			t.Errorf("%s: score.py tp/fp/fn %d/%d/%d, eval %d/%d/%d", name, r.TP, r.FP, r.FN, c.TP, c.FP, c.FN)
		}
	}
	for _, p := range append(eval.Scored, eval.Structure...) {
		check(p, total.Counts[p])
	}
	check("relation", total.Relation)
}

// TestEvalCommandTellsCausesApart runs "actorgraph eval --verbose" on the dev corpus and
// wants every miss labelled with its cause and a table of causes that adds up to the
// misses.
func TestEvalCommandTellsCausesApart(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"eval", "--verbose", corpus}, func(string) string { return "" }, nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	misses := strings.Count(text, "   miss  ")
	labelled := 0
	for _, c := range eval.Causes {
		labelled += strings.Count(text, "("+string(c)+")")
	}
	if misses == 0 || labelled != misses {
		t.Errorf("%d misses, %d labelled with a cause", misses, labelled)
	}
	i := strings.Index(text, "misses by cause")
	if i < 0 {
		t.Fatalf("no table of causes:\n%s", text)
	}
	sum := 0
	for _, line := range strings.Split(strings.TrimSpace(text[i:]), "\n")[2:] {
		for _, f := range strings.Fields(line)[1:] {
			n, err := strconv.Atoi(f)
			if err != nil {
				t.Fatalf("table line %q: %v", line, err)
			}
			sum += n
		}
	}
	if sum != misses {
		t.Errorf("the table counts %d misses, the list %d", sum, misses)
	}
}
