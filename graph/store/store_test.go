package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "test.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	closeAtEnd(t, s)
	return s
}

// closeAtEnd closes c when the test ends and fails the test if that fails.
func closeAtEnd(t testing.TB, c io.Closer) {
	t.Helper()
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Error(err)
		}
	})
}

// backends is the store conformance suite's list: every test that takes a backend runs
// against bbolt always and against PostgreSQL when ACTORGRAPH_TEST_POSTGRES names a
// server (postgres://user:password@127.0.0.1:5432/postgres?sslmode=disable); each
// test gets a database of its own, dropped afterwards.
func backends(t *testing.T, test func(t *testing.T, s *Store)) {
	t.Run("bbolt", func(t *testing.T) { test(t, openTemp(t)) })
	admin := os.Getenv("ACTORGRAPH_TEST_POSTGRES")
	if admin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("ACTORGRAPH_TEST_POSTGRES names no PostgreSQL server; CI starts one in .ci/run")
		}
		t.Log("ACTORGRAPH_TEST_POSTGRES not set: PostgreSQL not tested")
		return
	}
	t.Run("postgres", func(t *testing.T) {
		db, err := sql.Open("postgres", admin)
		if err != nil {
			t.Fatal(err)
		}
		closeAtEnd(t, db) // runs last, after the store is closed and its database dropped
		name := fmt.Sprintf("actorgraph_test_%d_%d", os.Getpid(), time.Now().UnixNano())
		if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
			t.Fatalf("creating a test database: %v", err)
		}
		u, err := url.Parse(admin)
		if err != nil {
			t.Fatal(err)
		}
		u.Path = "/" + name
		s, err := Open(u.String(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if err := s.Close(); err != nil {
				t.Error(err)
			}
			if _, err := db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
				t.Logf("dropping %s: %v", name, err)
			}
		})
		test(t, s)
	})
}

var (
	russia  = graph.Node{ID: "russia", Name: "Russia", Kind: graph.KindState, Aliases: []string{"Russian Federation"}}
	serbia  = graph.Node{ID: "serbia", Name: "Serbia", Kind: graph.KindState}
	ukraine = graph.Node{ID: "ukraine", Name: "Ukraine", Kind: graph.KindState}
	plan    = graph.Node{ID: "minsk-agreement", Name: "Minsk agreement", Kind: graph.KindInitiative}
)

// testArticle builds an article whose statements are given as (s, p, o, sentence).
func testArticle(id, text string, date string, rels ...any) Article {
	doc := graph.Document{ID: id, Title: "Title " + id, Source: "Test", Text: text}
	if date != "" {
		doc.Date, _ = time.Parse("2006-01-02", date)
	}
	a := Article{Document: doc, ContentHash: "hash-" + text}
	seen := map[string]bool{}
	for i := 0; i+3 < len(rels)+1; i += 4 {
		s, p, o, sentence := rels[i].(graph.Node), rels[i+1].(graph.Predicate), rels[i+2].(graph.Node), rels[i+3].(string)
		start := bytes.Index([]byte(text), []byte(sentence))
		a.Statements = append(a.Statements, graph.Statement{
			Subject: s, Predicate: p, Object: o, Extractor: "test/1",
			Evidence: graph.Evidence{Document: id, Sentence: sentence, Start: start, End: start + len(sentence), Modality: graph.Asserted},
		})
		for _, n := range []graph.Node{s, o} {
			if !seen[n.ID] {
				seen[n.ID] = true
				a.Nodes = append(a.Nodes, n)
			}
		}
	}
	return a
}

func TestIngestReplaceDelete(t *testing.T) { backends(t, testIngestReplaceDelete) }

func testIngestReplaceDelete(t *testing.T, s *Store) {
	ctx := context.Background()
	if empty, err := s.Empty(ctx); err != nil || !empty {
		t.Fatalf("new store: empty = %v, %v", empty, err)
	}
	v1 := testArticle("doc-1", "Russia backs Serbia. Russia attacked Ukraine.", "2022-02-24",
		russia, graph.Supports, serbia, "Russia backs Serbia.",
		russia, graph.Opposes, ukraine, "Russia attacked Ukraine.")
	ch, err := s.Ingest(ctx, v1)
	if err != nil || ch.Unchanged || ch.Added == 0 {
		t.Fatalf("first ingest: %+v, %v", ch, err)
	}
	quads1, _ := s.Stats(ctx)

	ch, err = s.Ingest(ctx, v1)
	if err != nil || !ch.Unchanged || ch.Added != 0 || ch.Removed != 0 {
		t.Fatalf("same article again: %+v, %v", ch, err)
	}
	if q, _ := s.Stats(ctx); q != quads1 {
		t.Fatalf("same article again changed the quad count: %d -> %d", quads1, q)
	}
	stored, err := s.DocumentQuads(ctx, "doc-1")
	if err != nil {
		t.Fatal(err)
	}
	if !sameQuads(stored, Quads(v1)) {
		t.Fatalf("stored quads differ from the article's quads:\nstored %d\n  want %d", len(stored), len(Quads(v1)))
	}

	v2 := testArticle("doc-1", "Russia backs Serbia. Ukraine was left alone.", "2022-02-24",
		russia, graph.Supports, serbia, "Russia backs Serbia.")
	ch, err = s.Ingest(ctx, v2)
	if err != nil || ch.Removed == 0 {
		t.Fatalf("changed article: %+v, %v", ch, err)
	}
	stored, err = s.DocumentQuads(ctx, "doc-1")
	if err != nil || !sameQuads(stored, Quads(v2)) {
		t.Fatalf("after replacement the stored quads differ from the new version's (%v)", err)
	}
	var all bytes.Buffer
	if err := export.Write(ctx, &all, "nquads", s, graph.Filter{}); err != nil {
		t.Fatalf("export after replacement: %v", err)
	}
	rels, err := s.Relations(ctx, graph.Filter{Subject: "russia"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 1 || rels[0].Predicate != graph.Supports || rels[0].Object.ID != "serbia" {
		t.Fatalf("after replacement: %+v", rels)
	}
	if rels[0].Evidence.Sentence != "Russia backs Serbia." || rels[0].Evidence.Date != "2022-02-24" || rels[0].Evidence.Title != "Title doc-1" {
		t.Errorf("evidence: %+v", rels[0].Evidence)
	}

	if _, err := s.Delete(ctx, "doc-1"); err != nil {
		t.Fatal(err)
	}
	var rest bytes.Buffer
	if err := export.Write(ctx, &rest, "nquads", s, graph.Filter{}); err != nil || rest.Len() != 0 {
		t.Errorf("after delete, quads remain (%v):\n%s", err, rest.String())
	}
	if _, err := s.Delete(ctx, "doc-1"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
	if _, err := s.Document(ctx, "doc-1"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("deleted document: %v, want ErrNotFound", err)
	}
}

// TestOneEdgeManyStatements stores the same relation read in two sentences: two
// relation quads with two statement labels, and two pieces of evidence.
func TestOneEdgeManyStatements(t *testing.T) { backends(t, testOneEdgeManyStatements) }

func testOneEdgeManyStatements(t *testing.T, s *Store) {
	ctx := context.Background()
	a := testArticle("d", "Russia backs Serbia. Again, Russia backs Serbia.", "2022-01-01",
		russia, graph.Supports, serbia, "Russia backs Serbia.",
		russia, graph.Supports, serbia, "Again, Russia backs Serbia.")
	a.Statements[1].Evidence.Start, a.Statements[1].Evidence.End = 21, 48
	if _, err := s.Ingest(ctx, a); err != nil {
		t.Fatal(err)
	}
	rels, err := s.Relations(ctx, graph.Filter{Subject: "russia"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 2 || rels[0].Statement == rels[1].Statement {
		t.Fatalf("want two statements for one edge, got %+v", rels)
	}
	edges, err := s.Edges(ctx, graph.Filter{})
	if err != nil || len(edges) != 1 || len(edges[0].Evidence) != 2 {
		t.Fatalf("edges: %+v, %v", edges, err)
	}
	n := 0
	for _, q := range Quads(a) {
		if q.Predicate == iri(graph.PredicateIRI(graph.Supports)) {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d relation quads, want 2", n)
	}
}

func sameQuads(a, b []quad.Quad) bool {
	key := func(qs []quad.Quad) []string {
		var out []string
		for _, q := range qs {
			out = append(out, q.NQuad())
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(key(a), key(b))
}

func TestQueries(t *testing.T) { backends(t, testQueries) }

func testQueries(t *testing.T, s *Store) {
	ctx := context.Background()
	for _, a := range []Article{
		testArticle("a", "Russia backs Serbia. Russia backs the Minsk agreement.", "2020-01-01",
			russia, graph.Supports, serbia, "Russia backs Serbia.",
			russia, graph.Endorses, plan, "Russia backs the Minsk agreement."),
		testArticle("b", "Ukraine was attacked by Russia. Russia supports Serbia.", "2022-03-01",
			russia, graph.Opposes, ukraine, "Ukraine was attacked by Russia.",
			russia, graph.Supports, serbia, "Russia supports Serbia."),
	} {
		if _, err := s.Ingest(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		filter graph.Filter
		want   int
	}{
		{"by subject name, any case", graph.Filter{Subject: "RUSSIAN federation"}, 4},
		{"by object", graph.Filter{Object: "serbia", Predicate: graph.Supports}, 2},
		{"by predicate alone", graph.Filter{Predicate: graph.Opposes}, 1},
		{"by document", graph.Filter{Document: "a"}, 2},
		{"since", graph.Filter{Since: day("2021-01-01")}, 2},
		{"until", graph.Filter{Until: day("2021-01-01")}, 2},
		{"everything", graph.Filter{}, 4},
		{"limit", graph.Filter{Limit: 3}, 3},
		{"initiative by name", graph.Filter{Object: "minsk agreement"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rels, err := s.Relations(ctx, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			if len(rels) != tt.want {
				t.Errorf("%d relations, want %d: %+v", len(rels), tt.want, rels)
			}
		})
	}
	if _, err := s.Relations(ctx, graph.Filter{Subject: "atlantis"}); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("unknown actor: %v, want ErrNotFound", err)
	}
	found, err := s.SearchActors(ctx, "ser", 10)
	if err != nil || len(found) != 1 || found[0].ID != "serbia" {
		t.Errorf("search: %+v, %v", found, err)
	}
	docs, err := s.Documents(ctx)
	if err != nil || len(docs) != 2 || docs[0].ID != "b" || docs[0].Statements != 2 {
		t.Errorf("documents: %+v, %v", docs, err)
	}
}

func day(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

func TestExportsParseBack(t *testing.T) { backends(t, testExportsParseBack) }

func testExportsParseBack(t *testing.T, s *Store) {
	ctx := context.Background()
	a := testArticle("a", "Russia backs \"Serbia\".\nNew line.", "2020-01-01", russia, graph.Supports, serbia, "Russia backs \"Serbia\".")
	if _, err := s.Ingest(ctx, a); err != nil {
		t.Fatal(err)
	}
	want := len(Quads(a))

	var nq bytes.Buffer
	if err := export.Write(ctx, &nq, "nquads", s, graph.Filter{}); err != nil {
		t.Fatal(err)
	}
	got := readAll(t, nquads.NewReader(&nq, true))
	if len(got) != want || !sameQuads(got, Quads(a)) {
		t.Errorf("N-Quads export: %d quads read back, want the article's %d", len(got), want)
	}

	var ld bytes.Buffer
	if err := export.Write(ctx, &ld, "jsonld", s, graph.Filter{}); err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, jsonld.NewReader(&ld)); len(got) != want {
		t.Errorf("JSON-LD export: %d quads read back, want %d", len(got), want)
	}
	if err := export.Write(ctx, io.Discard, "xml", s, graph.Filter{}); !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("unknown format: %v", err)
	}
}

func readAll(t *testing.T, r quad.Reader) []quad.Quad {
	t.Helper()
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("read back: %v", err)
		}
		out = append(out, q)
	}
}

func TestDatabaseInUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "busy.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	closeAtEnd(t, s)
	start := time.Now()
	_, err = Open(path, Options{LockTimeout: 300 * time.Millisecond})
	if !errors.Is(err, graph.ErrInUse) {
		t.Fatalf("second open: %v, want ErrInUse", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("second open took %v", d)
	}
}

// TestIngestBatch writes several articles in one transaction: a replacement, a new
// article and two versions of one id, the later of which is stored.
func TestIngestBatch(t *testing.T) { backends(t, testIngestBatch) }

func testIngestBatch(t *testing.T, s *Store) {
	ctx := context.Background()
	v1 := testArticle("doc-1", "Russia backs Serbia. Russia attacked Ukraine.", "2022-02-24",
		russia, graph.Supports, serbia, "Russia backs Serbia.",
		russia, graph.Opposes, ukraine, "Russia attacked Ukraine.")
	if _, err := s.Ingest(ctx, v1); err != nil {
		t.Fatal(err)
	}
	v2 := testArticle("doc-1", "Russia backs Serbia.", "2022-02-24", russia, graph.Supports, serbia, "Russia backs Serbia.")
	other := testArticle("doc-2", "Serbia backs Russia.", "2022-03-01", serbia, graph.Supports, russia, "Serbia backs Russia.")
	early := testArticle("doc-3", "Ukraine backs Serbia.", "2022-03-02", ukraine, graph.Supports, serbia, "Ukraine backs Serbia.")
	late := testArticle("doc-3", "Ukraine opposed Serbia.", "2022-03-02", ukraine, graph.Opposes, serbia, "Ukraine opposed Serbia.")
	changes, err := s.IngestBatch(ctx, []Article{v2, other, early, late})
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 4 || changes[0].Removed == 0 || changes[1].Added == 0 || !changes[2].Unchanged || changes[3].Added == 0 {
		t.Fatalf("changes: %+v", changes)
	}
	for _, a := range []Article{v2, other, late} {
		stored, err := s.DocumentQuads(ctx, a.Document.ID)
		if err != nil || !sameQuads(stored, Quads(a)) {
			t.Fatalf("%s: stored quads differ from the article's (%v)", a.Document.ID, err)
		}
	}
	rels, err := s.Relations(ctx, graph.Filter{Subject: "ukraine"})
	if err != nil || len(rels) != 1 || rels[0].Predicate != graph.Opposes {
		t.Fatalf("ukraine's relations after the batch: %+v, %v", rels, err)
	}
}
