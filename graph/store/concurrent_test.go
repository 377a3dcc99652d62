package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
)

// loneArticle is an article whose actors no other article mentions: deleting it
// removes every value it used, the actors' IRIs included.
func loneArticle(id string) Article {
	a := graph.Node{ID: id + "-north", Name: "North " + id, Kind: graph.KindState}
	b := graph.Node{ID: id + "-south", Name: "South " + id, Kind: graph.KindGroup}
	c := graph.Node{ID: id + "-pact", Name: "Pact " + id, Kind: graph.KindInitiative}
	text := fmt.Sprintf("North %[1]s backs South %[1]s. South %[1]s rejects Pact %[1]s. North %[1]s fights South %[1]s.", id)
	return testArticle(id, text, "2023-05-01",
		a, graph.Supports, b, fmt.Sprintf("North %s backs South %s.", id, id),
		b, graph.Opposes, c, fmt.Sprintf("South %s rejects Pact %s.", id, id),
		a, graph.Opposes, b, fmt.Sprintf("North %s fights South %s.", id, id))
}

// checkDocument compares what the store holds of a document with the article's quads,
// each exactly once.
func checkDocument(t *testing.T, s *Store, a Article, step string) bool {
	t.Helper()
	got, err := s.DocumentQuads(context.Background(), a.Document.ID)
	if err != nil {
		t.Errorf("%s: reading document %s: %v", step, a.Document.ID, err)
		return false
	}
	key := func(qs []quad.Quad) []string {
		out := make([]string, len(qs))
		for i, q := range qs {
			out[i] = q.NQuad()
		}
		slices.Sort(out)
		return out
	}
	if g, w := key(got), key(Quads(a)); !slices.Equal(g, w) {
		t.Errorf("%s: document %s holds %d quads, want %d; first differences:\n%s", step, a.Document.ID, len(g), len(w), firstDiff(g, w))
		return false
	}
	return true
}

// TestReadBesideDelete holds a read transaction open, having begun before a delete,
// until the delete is done, and only then lets it look the deleted document up. What
// that read finds is the document as it was; the ingest that stores the document
// again must not take any of it for what is stored now.
func TestReadBesideDelete(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a := loneArticle("held")
	if _, err := s.Ingest(ctx, loneArticle("other")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Ingest(ctx, a); err != nil {
		t.Fatal(err)
	}
	opened, release := make(chan struct{}), make(chan struct{})
	var armed atomic.Bool
	armed.Store(true)
	s.kv.readHook = func() {
		if armed.CompareAndSwap(true, false) {
			close(opened)
			<-release
		}
	}
	read := make(chan error, 1)
	go func() {
		_, err := s.ref(iri(graph.DocumentIRI(a.Document.ID)))
		read <- err
	}()
	<-opened
	deleted := make(chan error, 1)
	go func() {
		_, err := s.Delete(ctx, a.Document.ID)
		deleted <- err
	}()
	select {
	case err := <-deleted:
		if err != nil {
			t.Fatal(err)
		}
		close(release)
	case <-time.After(2 * time.Second):
		// bbolt makes a writer that must map a larger file wait for the open readers;
		// the delete has done everything but commit by now
		close(release)
		if err := <-deleted; err != nil {
			t.Fatal(err)
		}
	}
	if err := <-read; err != nil {
		t.Fatal(err)
	}
	s.kv.readHook = nil
	if _, err := s.Ingest(ctx, a); err != nil {
		t.Fatal(err)
	}
	checkDocument(t, s, a, "stored again after a delete beside a read")
	checkDocument(t, s, loneArticle("other"), "the other article")
}

// TestReadsBesideRewrites reads, from several goroutines, the relations, nodes and
// documents of articles that are meanwhile deleted and stored again, and checks after
// each write that every article reads back whole.
func TestReadsBesideRewrites(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	var articles []Article
	for i := range 4 {
		a := loneArticle(fmt.Sprintf("lone%d", i))
		articles = append(articles, a)
		if _, err := s.Ingest(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var readErr atomic.Value
	for r := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := r; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				a := articles[i%len(articles)]
				var err error
				switch i % 3 {
				case 0:
					_, err = s.Relations(ctx, graph.Filter{Subject: a.Nodes[0].ID})
				case 1:
					_, err = s.DocumentQuads(ctx, a.Document.ID)
				case 2:
					_, err = s.SearchActors(ctx, a.Document.ID, 10)
				}
				if err != nil && !errors.Is(err, graph.ErrNotFound) {
					readErr.Store(err)
				}
			}
		}()
	}
	deadline := time.Now().Add(2 * time.Second)
	for i := 0; time.Now().Before(deadline); i++ {
		a := articles[i%len(articles)]
		if _, err := s.Delete(ctx, a.Document.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Ingest(ctx, a); err != nil {
			t.Fatal(err)
		}
		if !checkDocument(t, s, a, fmt.Sprintf("write %d", i)) {
			break
		}
	}
	close(stop)
	wg.Wait()
	if err, _ := readErr.Load().(error); err != nil {
		t.Errorf("a read failed: %v", err)
	}
	for _, a := range articles {
		checkDocument(t, s, a, "at the end")
	}
}

// TestFailedWriteForgotten makes a write fail after Cayley has given ids to its new
// values, which the rollback takes back, and checks that the writes after it neither
// take those ids for the values nor hand them to other values.
func TestFailedWriteForgotten(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a, b := loneArticle("failed"), loneArticle("next")
	s.kv.commitHook = func() error { return errors.New("the disk is full") }
	if _, err := s.Ingest(ctx, a); err == nil {
		t.Fatal("the write did not fail")
	}
	s.kv.commitHook = nil
	if empty, err := s.Empty(ctx); err != nil || !empty {
		t.Fatalf("after a failed write: empty = %v, %v", empty, err)
	}
	for _, x := range []Article{b, a} {
		if _, err := s.Ingest(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	checkDocument(t, s, a, "the article whose first write failed")
	checkDocument(t, s, b, "an article written after the failure")
	rels, err := s.Relations(ctx, graph.Filter{Subject: a.Nodes[0].ID})
	if err != nil || len(rels) != 2 {
		t.Errorf("relations of %s: %d (%v), want 2", a.Nodes[0].ID, len(rels), err)
	}
}
