package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
	"google.golang.org/protobuf/proto"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

// edgeArticle is an article of n statements that say the same few relations again and
// again, as a long report or a digest of many does: its relation quads share their
// subject, predicate and object and differ by label. version moves every sentence, so
// that each version's statements are new ones.
func edgeArticle(id string, n, version int) Article {
	doc := graph.Document{ID: id, Title: fmt.Sprintf("Digest %s v%d", id, version), Source: "Test", Text: fmt.Sprintf("text of %s, version %d", id, version)}
	a := Article{Document: doc, ContentHash: fmt.Sprintf("hash-%s-%d", id, version), Nodes: []graph.Node{russia, serbia, ukraine}}
	rels := []struct {
		s graph.Node
		p graph.Predicate
		o graph.Node
	}{{russia, graph.Supports, serbia}, {russia, graph.Opposes, ukraine}}
	for i := range n {
		r := rels[i%len(rels)]
		start := (i+version*n)*100 + version
		a.Statements = append(a.Statements, graph.Statement{Subject: r.s, Predicate: r.p, Object: r.o, Extractor: "test/1",
			Evidence: graph.Evidence{Document: id, Sentence: fmt.Sprintf("Sentence %d of version %d.", i, version),
				Start: start, End: start + 20, Modality: graph.Asserted, Confidence: 0.9}})
	}
	return a
}

// cursors is the number of bbolt cursors the store has opened so far: every key read,
// every bucket entered and every scan opens one, so it counts the reads a write did.
func cursors(s *Store) int64 {
	st := s.kv.bolt.Stats()
	return st.TxStats.GetCursorCount()
}

// TestWritesGrowLinearly measures, in reads of the database rather than in time, what
// deleting an article, replacing it with a new version and ingesting it again after a
// delete cost per quad, at two sizes eight times apart. Reads per quad must stay about
// the same (work that grows with the square of the article grows them up to eightfold),
// and within a small multiple of a fresh ingest's, the baseline.
func TestWritesGrowLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("times writes of articles of two sizes; skipped with -short")
	}
	ctx := context.Background()
	type cost struct{ fresh, del, again, replace float64 }
	measure := func(n int) cost {
		s := openTemp(t)
		// another article on the same relations, written before and after, so that the
		// relations' index lists hold more than this article's quads
		if _, err := s.Ingest(ctx, edgeArticle("other-before", 50, 0)); err != nil {
			t.Fatal(err)
		}
		a := edgeArticle("digest", n, 1)
		quads := float64(len(Quads(a)))
		var c cost
		step := func(dst *float64, what string, fn func() error) {
			t.Helper()
			before := cursors(s)
			if err := fn(); err != nil {
				t.Fatalf("%s of %d statements: %v", what, n, err)
			}
			*dst = float64(cursors(s)-before) / quads
		}
		ingest := func(a Article) func() error {
			return func() error { _, err := s.Ingest(ctx, a); return err }
		}
		del := func() error { _, err := s.Delete(ctx, "digest"); return err }
		step(&c.fresh, "fresh ingest", ingest(a))
		if _, err := s.Ingest(ctx, edgeArticle("other-after", 50, 0)); err != nil {
			t.Fatal(err)
		}
		step(&c.del, "delete", del)
		step(&c.again, "ingest after delete", ingest(a))
		step(&c.replace, "replace", ingest(edgeArticle("digest", n, 2)))
		t.Logf("%d statements (%.0f quads): reads per quad: fresh ingest %.1f, delete %.1f, ingest after delete %.1f, replace %.1f",
			n, quads, c.fresh, c.del, c.again, c.replace)
		return c
	}
	small, large := measure(250), measure(2000)
	for _, op := range []struct {
		name         string
		small, large float64
	}{
		{"delete", small.del, large.del},
		{"ingest after delete", small.again, large.again},
		{"replace", small.replace, large.replace},
	} {
		if op.large > 1.5*op.small {
			t.Errorf("%s: %.1f reads per quad at 2000 statements, %.1f at 250: the work grows faster than the article", op.name, op.large, op.small)
		}
	}
	// against the baseline: a delete reads each quad's record and index lists; an
	// ingest after a delete costs what a fresh one does; a replacement does both
	for _, op := range []struct {
		name   string
		cost   float64
		factor float64
	}{{"delete", large.del, 5}, {"ingest after delete", large.again, 2}, {"replace", large.replace, 6}} {
		if op.cost > op.factor*large.fresh {
			t.Errorf("%s: %.1f reads per quad, more than %.0f times a fresh ingest's %.1f", op.name, op.cost, op.factor, large.fresh)
		}
	}
}

// TestWritesKeepTheGraph replaces, deletes and ingests again articles that share
// relations and nodes, on every backend, and after each step compares the store with
// what the live articles make: the quads Cayley reads back, each document's quads, and
// the relations and edges read through the indexes, against a store that ingested only
// the live articles. On bbolt it also checks that no index list keeps a deleted quad,
// that a deleted article's values (statement nodes, sentences, its text) are gone, and
// that the file reads the same after it is opened again.
func TestWritesKeepTheGraph(t *testing.T) { backends(t, testWritesKeepTheGraph) }

func testWritesKeepTheGraph(t *testing.T, s *Store) {
	ctx := context.Background()
	live := map[string]Article{}
	ingest := func(as ...Article) {
		t.Helper()
		if _, err := s.IngestBatch(ctx, as); err != nil {
			t.Fatal(err)
		}
		for _, a := range as {
			live[a.Document.ID] = a
		}
	}
	del := func(id string) {
		t.Helper()
		ch, err := s.Delete(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if want := len(Quads(live[id])); ch.Removed != want {
			t.Errorf("delete %s: %d quads removed, want %d", id, ch.Removed, want)
		}
		delete(live, id)
	}
	small := testArticle("a", "Russia backs Serbia.", "2022-01-01", russia, graph.Supports, serbia, "Russia backs Serbia.")

	ingest(edgeArticle("a", 30, 1), edgeArticle("b", 20, 1))
	checkGraph(t, s, live, "two articles")
	ingest(small) // loses ukraine, and most of the document node's quads
	checkGraph(t, s, live, "a replaced by a shorter version")
	gone := Quads(live["b"])
	del("b")
	checkGraph(t, s, live, "b deleted")
	checkValuesGone(t, s, gone, live)
	ingest(edgeArticle("b", 20, 1))
	checkGraph(t, s, live, "b ingested again")
	ingest(edgeArticle("a", 40, 2))
	checkGraph(t, s, live, "a replaced by a longer version")
	ingest(edgeArticle("c", 10, 1), edgeArticle("b", 25, 3), small)
	checkGraph(t, s, live, "a batch of a new article and two replacements")
	for _, id := range []string{"a", "b", "c"} {
		del(id)
	}
	checkGraph(t, s, live, "everything deleted")
	if s.kv != nil {
		path := s.kv.bolt.Path()
		ingest(edgeArticle("d", 15, 1), edgeArticle("e", 15, 2))
		del("d")
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		reopened, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		closeAtEnd(t, reopened)
		checkGraph(t, reopened, live, "the file opened again")
		ingest := func(a Article) {
			if _, err := reopened.Ingest(ctx, a); err != nil {
				t.Fatal(err)
			}
			live[a.Document.ID] = a
		}
		ingest(edgeArticle("d", 15, 1))
		checkGraph(t, reopened, live, "d ingested again into the file opened again")
	}
}

// checkGraph compares s with what the articles of live make.
func checkGraph(t *testing.T, s *Store, live map[string]Article, step string) {
	t.Helper()
	ctx := context.Background()
	var want []string
	for _, a := range live {
		for _, q := range Quads(a) {
			want = append(want, q.NQuad())
		}
	}
	slices.Sort(want)
	want = slices.Compact(want)
	var out bytes.Buffer
	if err := export.Write(ctx, &out, "nquads", s, graph.Filter{}); err != nil {
		t.Fatalf("%s: export: %v", step, err)
	}
	var got []string
	for _, q := range readAll(t, nquads.NewReader(&out, true)) {
		got = append(got, q.NQuad())
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("%s: the store holds %d quads, the live articles make %d; first differences:\n%s", step, len(got), len(want), firstDiff(got, want))
	}
	if n, err := s.Stats(ctx); err != nil || n != int64(len(want)) {
		t.Errorf("%s: Stats says %d quads (%v), want %d", step, n, err, len(want))
	}
	for id, a := range live {
		stored, err := s.DocumentQuads(ctx, id)
		if err != nil || !sameQuads(stored, Quads(a)) {
			t.Errorf("%s: document %s: %d quads read back (%v), want %d", step, id, len(stored), err, len(Quads(a)))
		}
	}
	type rel struct{ stmt, s, p, o, sentence string }
	match := func(f graph.Filter, r rel) bool {
		return (f.Subject == "" || f.Subject == r.s) && (f.Object == "" || f.Object == r.o) && (f.Predicate == "" || string(f.Predicate) == r.p)
	}
	for _, f := range []graph.Filter{{}, {Subject: "russia"}, {Object: "ukraine"}, {Predicate: graph.Supports}} {
		var want, got []rel
		for _, a := range live {
			for _, st := range a.Statements {
				r := rel{StatementID(st), st.Subject.ID, string(st.Predicate), st.Object.ID, st.Evidence.Sentence}
				if match(f, r) {
					want = append(want, r)
				}
			}
		}
		rels, err := s.Relations(ctx, f)
		if err != nil && (!errors.Is(err, graph.ErrNotFound) || len(want) > 0) {
			t.Fatalf("%s: relations %+v: %v", step, f, err)
		}
		for _, r := range rels {
			got = append(got, rel{r.Statement, r.Subject.ID, string(r.Predicate), r.Object.ID, r.Evidence.Sentence})
		}
		cmp := func(a, b rel) int { return strings.Compare(a.stmt, b.stmt) }
		slices.SortFunc(want, cmp)
		slices.SortFunc(got, cmp)
		if !slices.Equal(got, want) {
			t.Errorf("%s: relations %+v: %d read through the indexes, the live articles state %d", step, f, len(got), len(want))
		}
	}
	edges, err := s.Edges(ctx, graph.Filter{})
	if err != nil {
		t.Fatalf("%s: edges: %v", step, err)
	}
	evidence := map[string]int{}
	for _, a := range live {
		for _, st := range a.Statements {
			evidence[st.Subject.ID+" "+string(st.Predicate)+" "+st.Object.ID]++
		}
	}
	for _, e := range edges {
		k := e.Subject.ID + " " + string(e.Predicate) + " " + e.Object.ID
		if evidence[k] != len(e.Evidence) {
			t.Errorf("%s: edge %s has %d pieces of evidence, want %d", step, k, len(e.Evidence), evidence[k])
		}
		delete(evidence, k)
	}
	if len(evidence) > 0 {
		t.Errorf("%s: edges missing: %v", step, evidence)
	}
	if s.kv != nil {
		if dead := deadInIndexes(t, s); len(dead) > 0 {
			t.Errorf("%s: index lists hold %d deleted quads: %v", step, len(dead), dead[:min(len(dead), 5)])
		}
	}
}

func firstDiff(got, want []string) string {
	var b strings.Builder
	have := map[string]bool{}
	for _, g := range got {
		have[g] = true
	}
	wanted := map[string]bool{}
	for _, w := range want {
		wanted[w] = true
		if !have[w] && b.Len() < 2000 {
			b.WriteString("  missing " + w + "\n")
		}
	}
	for _, g := range got {
		if !wanted[g] && b.Len() < 2000 {
			b.WriteString("  extra   " + g + "\n")
		}
	}
	return b.String()
}

// deadInIndexes lists the ids in the key-value store's index lists whose records are
// dead or missing.
func deadInIndexes(t *testing.T, s *Store) []uint64 {
	t.Helper()
	ctx := context.Background()
	var dead []uint64
	err := s.kv.View(ctx, func(tx hkv.Tx) error {
		for _, ind := range s.kv.indexes {
			it := tx.Scan(ctx, options.WithPrefixKV(ind.Key(nil)))
			for it.Next(ctx) {
				for b := it.Val(); len(b) > 0; {
					id, n := binary.Uvarint(b)
					if n <= 0 {
						return fmt.Errorf("malformed index list %q", it.Key())
					}
					b = b[n:]
					rec, err := tx.Get(ctx, logKey(id))
					var p cproto.Primitive
					if err != nil || proto.Unmarshal(rec, &p) != nil || p.Deleted {
						dead = append(dead, id)
					}
				}
			}
			if err := it.Err(); err != nil {
				return err
			}
			if err := it.Close(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dead
}

// checkValuesGone checks that the values only the deleted quads used (statement nodes,
// sentences, the article's text) are no longer stored: Cayley removed them.
func checkValuesGone(t *testing.T, s *Store, deleted []quad.Quad, live map[string]Article) {
	t.Helper()
	used := map[quad.Value]bool{}
	for _, a := range live {
		for _, q := range Quads(a) {
			for _, d := range quad.Directions {
				used[q.Get(d)] = true
			}
		}
	}
	ctx := context.Background()
	stored := map[quad.Value]bool{}
	var nodes []refs.Ref
	it := s.cayley().NodesAllIterator().Iterate()
	for it.Next(ctx) {
		nodes = append(nodes, it.Result())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	it.Close()
	vals, err := cgraph.ValuesOf(ctx, s.cayley(), nodes)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vals {
		stored[v] = true
	}
	var left []string
	n := 0
	for _, q := range deleted {
		for _, v := range []quad.Value{q.Subject, q.Object, q.Label} {
			if v == nil || used[v] {
				continue
			}
			if _, ok := v.(quad.IRI); ok && !strings.HasPrefix(string(v.(quad.IRI)), graph.Vocab) {
				continue
			}
			n++
			if stored[v] {
				left = append(left, v.String())
			}
		}
	}
	if n == 0 {
		t.Fatal("no value was used by the deleted quads alone")
	}
	if len(left) > 0 {
		t.Errorf("%d values only deleted quads used are still stored, such as %v", len(left), left[:min(len(left), 5)])
	}
}
