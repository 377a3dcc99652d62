package store

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

// TestRelationsAfter: a listing read a page at a time, each page starting after the
// last relation of the one before (Filter.After), gives every relation once and in
// the order of the whole listing, from a subject, an object, a document or the whole
// graph; two relations read in the same sentence keep a fixed order.
func TestRelationsAfter(t *testing.T) { backends(t, testRelationsAfter) }

func testRelationsAfter(t *testing.T, s *Store) {
	ctx := context.Background()
	text := "Russia backs Serbia. Russia and Ukraine back Serbia. Russia opposes Ukraine. Serbia backs the Minsk agreement."
	for _, a := range []Article{
		testArticle("a", text, "2022-01-01", russia, graph.Supports, serbia, "Russia backs Serbia.",
			russia, graph.Supports, serbia, "Russia and Ukraine back Serbia.", ukraine, graph.Supports, serbia, "Russia and Ukraine back Serbia.",
			russia, graph.Opposes, ukraine, "Russia opposes Ukraine.", serbia, graph.Endorses, plan, "Serbia backs the Minsk agreement."),
		testArticle("b", text, "2022-02-01", russia, graph.Supports, serbia, "Russia backs Serbia.", ukraine, graph.Supports, serbia, "Russia and Ukraine back Serbia."),
	} {
		if _, err := s.Ingest(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []graph.Filter{{}, {Subject: "russia"}, {Object: "serbia"}, {Document: "a"}, {Predicate: graph.Supports}} {
		whole, err := s.Relations(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var paged []graph.Relation
		page := f
		page.Limit = 2
		for range 10 {
			rels, err := s.Relations(ctx, page)
			if err != nil {
				t.Fatal(err)
			}
			paged = append(paged, rels...)
			if len(rels) < page.Limit {
				break
			}
			after := rels[len(rels)-1].Position()
			page.After = &after
		}
		ids := func(rels []graph.Relation) []string {
			var out []string
			for _, r := range rels {
				out = append(out, r.Statement)
			}
			return out
		}
		if len(whole) < 2 || !slices.Equal(ids(paged), ids(whole)) {
			t.Errorf("%+v page by page:\n%v\nwhole:\n%v", f, ids(paged), ids(whole))
		}
		for i := 1; i < len(whole); i++ {
			if whole[i-1].Position().Compare(whole[i].Position()) >= 0 {
				t.Errorf("%+v: relation %d is not after relation %d in the listing order", f, i, i-1)
			}
		}
		// EachEdge streams the same edges as grouping the relations, ordered by
		// subject, predicate and object, each edge's evidence in listing order
		want := graph.GroupEdges(whole)
		slices.SortFunc(want, func(a, b graph.Edge) int {
			return cmp.Or(cmp.Compare(a.Subject.ID, b.Subject.ID), cmp.Compare(a.Predicate, b.Predicate), cmp.Compare(a.Object.ID, b.Object.ID))
		})
		var edges []graph.Edge
		if err := s.EachEdge(ctx, f, func(e graph.Edge) error { edges = append(edges, e); return nil }); err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(edges) != fmt.Sprint(want) {
			t.Errorf("%+v: EachEdge\n%v\ngrouped relations\n%v", f, edges, want)
		}
	}
}

// TestImportedOffsets: the offsets of a statement's sentence read the same whether the
// statement was ingested or imported from N-Quads, where they arrive as numbers.
func TestImportedOffsets(t *testing.T) { backends(t, testImportedOffsets) }

func testImportedOffsets(t *testing.T, s *Store) {
	ctx := context.Background()
	text := "First, a sentence. Russia backs Serbia. Then another one."
	a := testArticle("offsets", text, "2022-01-01", russia, graph.Supports, serbia, "Russia backs Serbia.")
	var nq bytes.Buffer
	if err := export.WriteNQuads(&nq, Quads(a)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, &nq, 1000, nil); err != nil {
		t.Fatal(err)
	}
	rels, err := s.Relations(ctx, graph.Filter{Document: "offsets"})
	if err != nil {
		t.Fatal(err)
	}
	want := a.Statements[0].Evidence
	if len(rels) != 1 || rels[0].Evidence.Start != want.Start || rels[0].Evidence.End != want.End {
		t.Fatalf("imported relations %+v, want one at %d-%d", rels, want.Start, want.End)
	}
}
