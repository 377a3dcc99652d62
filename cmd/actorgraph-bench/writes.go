package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/graph/synth"
)

// digest is a generated article of about quads quads: statements that restate two
// relations between two actors, each in a sentence of its own, as a live blog of one
// front does. Its relation quads share their subject, predicate and object and differ
// by label: the shape that made deletes grow with the square of an article.
// version moves every sentence, so that each version's statements are new ones.
func digest(id string, quads, version int) store.Article {
	actors := make([]graph.Node, 2)
	for i := range actors {
		actors[i] = graph.Node{ID: synth.ActorID(i), Name: synth.ActorName(i), Kind: graph.KindGroup}
	}
	preds := []graph.Predicate{graph.Supports, graph.Opposes}
	// a statement is 12 quads (its node's 11 and the relation), the actors 5 each
	n := max(1, (quads-7-5*len(actors))/12)
	var text strings.Builder
	fmt.Fprintf(&text, "Version %d.%s\n", version, strings.Repeat(" ", version)) // moves every offset, so every statement id
	var stmts []graph.Statement
	for i := range n {
		s, o := actors[0], actors[1]
		p := preds[i%2]
		sentence := fmt.Sprintf("In dispatch %d of version %d, %s said it %s the %s.", i, version, s.Name, p, o.Name)
		start := text.Len()
		text.WriteString(sentence + " ")
		stmts = append(stmts, graph.Statement{Subject: s, Predicate: p, Object: o, Extractor: "bench/1",
			Evidence: graph.Evidence{Document: id, Sentence: sentence, Start: start, End: start + len(sentence), Modality: graph.Asserted, Confidence: 0.9}})
	}
	doc := graph.Document{ID: id, Title: fmt.Sprintf("Digest %s, version %d", id, version), Source: "actorgraph-bench",
		Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Text: text.String()}
	return store.Article{Document: doc, ContentHash: fmt.Sprintf("%s-%d", id, version), Statements: stmts, Nodes: actors}
}

// benchWrites times, for articles of each size of c.writes quads, what a server does
// to an article already stored: delete it, replace it with a new version of the same
// size (every statement new), and ingest it again after a delete; beside the baseline,
// a fresh ingest of the same article into the same store. It also times a
// one-statement ingest sent 5 ms into the delete: writes are serialised, so it waits
// for the delete (whose time includes that ingest's).
func benchWrites(c *config, t *table) error {
	ctx := context.Background()
	for _, n := range c.writes {
		db := filepath.Join(c.dir, fmt.Sprintf("writes-%d.db", n))
		os.Remove(db)
		st, err := store.Open(db, store.Options{})
		if err != nil {
			return err
		}
		a := digest("digest", n, 1)
		quads := len(store.Quads(a))
		timed := func(what string, fn func() error) (time.Duration, error) {
			start := time.Now()
			if err := fn(); err != nil {
				return 0, fmt.Errorf("%s of an article of %d quads: %w", what, quads, err)
			}
			return time.Since(start), nil
		}
		ingest := func(a store.Article) func() error {
			return func() error { _, err := st.Ingest(ctx, a); return err }
		}
		var fresh, del, again, replace, tiny time.Duration
		err = func() error {
			if fresh, err = timed("fresh ingest", ingest(a)); err != nil {
				return err
			}
			// the delete runs while a one-statement article is sent: writes are
			// serialised, so the small ingest waits for the delete
			deleted := make(chan error, 1)
			start := time.Now()
			go func() { _, err := st.Delete(ctx, "digest"); deleted <- err }()
			time.Sleep(5 * time.Millisecond)
			if tiny, err = timed("one-statement ingest", ingest(digest("small", 1, 1))); err != nil {
				return err
			}
			if err := <-deleted; err != nil {
				return fmt.Errorf("delete of an article of %d quads: %w", quads, err)
			}
			del = time.Since(start)
			if _, err := st.Delete(ctx, "small"); err != nil {
				return err
			}
			if again, err = timed("ingest after delete", ingest(a)); err != nil {
				return err
			}
			replace, err = timed("replace", ingest(digest("digest", n, 2)))
			return err
		}()
		st.Close()
		os.Remove(db)
		if err != nil {
			return err
		}
		base := "fresh ingest: " + secs(fresh)
		t.row(fmt.Sprintf("delete an article of %s quads", count(quads)), secs(del), base, ratio(del.Seconds(), fresh.Seconds()))
		t.row("  replace it with a new version", secs(replace), base, ratio(replace.Seconds(), fresh.Seconds()))
		t.row("  ingest it again after a delete", secs(again), base, ratio(again.Seconds(), fresh.Seconds()))
		t.row("  a one-statement ingest sent during the delete", "answered in "+secs(tiny), "", "")
	}
	return nil
}

func secs(d time.Duration) string {
	if d < time.Second {
		return d.Round(time.Millisecond).String()
	}
	return fmt.Sprintf("%.2f s", d.Seconds())
}
