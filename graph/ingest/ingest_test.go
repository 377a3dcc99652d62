package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	graphexport "github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/graph/synth"
)

func pipeline(t *testing.T, batch int) *Pipeline {
	t.Helper()
	lex, err := extract.LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(filepath.Join(t.TempDir(), "graph.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Error(err)
		}
	})
	return &Pipeline{Store: st, Extractor: extract.New(lex), Batch: batch}
}

func export(t *testing.T, st *store.Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := graphexport.Write(context.Background(), &b, "nquads", st, graph.Filter{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Batched transactions store exactly what one transaction per article stores.
func TestIngestPathsBatchesLikeSingleArticles(t *testing.T) {
	dir := t.TempDir()
	if err := synth.WriteArticles(dir, 30, 50, 7); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	batched, single := pipeline(t, 7), pipeline(t, 1)
	var progress, total int
	batched.Progress = func(stored, n int) { progress += stored; total = n }
	st, err := batched.IngestPaths(ctx, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 30 || st.Statements == 0 || progress != 30 || total != 30 {
		t.Fatalf("stats %+v, progress %d of %d; want 30 articles with statements", st, progress, total)
	}
	if _, err := single.IngestPaths(ctx, []string{dir}); err != nil {
		t.Fatal(err)
	}
	a, b := export(t, batched.Store), export(t, single.Store)
	if a != b || len(a) == 0 {
		t.Fatalf("batched ingest stored %d bytes of N-Quads, single-article ingest %d; want the same graph", len(a), len(b))
	}
	// again: nothing changes
	if _, err := batched.IngestPaths(ctx, []string{dir}); err != nil {
		t.Fatal(err)
	}
	if export(t, batched.Store) != a {
		t.Fatal("ingesting the same articles again changed the graph")
	}
}

// A bad file stops the ingest with its name; the articles before it are stored and
// the ones after it are not.
func TestIngestPathsStopsAtABadFile(t *testing.T) {
	dir := t.TempDir()
	if err := synth.WriteArticles(dir, 6, 20, 3); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "synthetic-000002b.txt")
	if err := os.WriteFile(bad, []byte("---\ndate: not a date\n---\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := pipeline(t, 4)
	st, err := p.IngestPaths(context.Background(), []string{dir})
	if err == nil || !strings.Contains(err.Error(), "synthetic-000002b.txt") {
		t.Fatalf("err = %v; want one naming the bad file", err)
	}
	if st.Articles != 3 {
		t.Fatalf("%d articles stored; want the 3 before the bad file", st.Articles)
	}
	docs, err := p.Store.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("store holds %d documents; want 3", len(docs))
	}
}
