package server_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/ingest"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/server"
)

// TestConcurrentUse ingests, deletes, queries and exports in parallel for a bounded
// time over a real server and store, then checks that no request failed and that every article
// is stored whole. Run it under the race detector: go test -race -run Concurrent ./server
func TestConcurrentUse(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(filepath.Join(dir, "c.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	lex, err := extract.LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	ex := extract.New(lex)
	p := &ingest.Pipeline{Store: st, Extractor: ex}
	srv := httptest.NewServer(server.New(st, p, slog.New(slog.NewTextHandler(io.Discard, nil)),
		server.Options{Token: "t", RateLimit: -1, MaxQueries: 64}))
	defer srv.Close()

	files, _ := filepath.Glob("../testdata/corpus/*.txt")
	var articles []string
	for i := 0; i < 40; i++ {
		body, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			t.Fatal(err)
		}
		articles = append(articles, fmt.Sprintf("---\nid: race-%02d\ndate: 2021-01-%02d\n---\n%s\nRevision %d.\n", i, 1+i%28, body, i))
	}
	var next atomic.Int64
	var failures atomic.Int64
	var requests atomic.Int64
	deadline := time.Now().Add(4 * time.Second)
	fail := func(format string, args ...any) {
		failures.Add(1)
		t.Errorf(format, args...)
	}
	do := func(method, path, body string, want ...int) {
		req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer t")
		res, err := http.DefaultClient.Do(req)
		requests.Add(1)
		if err != nil {
			fail("%s %s: %v", method, path, err)
			return
		}
		data, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if !slices.Contains(want, res.StatusCode) {
			fail("%s %s: %d %.200s", method, path, res.StatusCode, data)
		}
	}
	var wg sync.WaitGroup
	worker := func(fn func()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) && failures.Load() < 5 {
				fn()
			}
		}()
	}
	for w := 0; w < 2; w++ {
		worker(func() {
			i := int(next.Add(1)-1) % len(articles)
			do("POST", "/api/v1/documents?name=a.txt", articles[i], http.StatusCreated, http.StatusOK)
		})
	}
	worker(func() {
		i := (int(next.Load()) + 20) % len(articles) // one the ingest workers will write again
		do("DELETE", fmt.Sprintf("/api/v1/documents/race-%02d", i), "", http.StatusOK, http.StatusNotFound)
	})
	worker(func() { do("GET", "/api/v1/relations?predicate=supports&limit=50", "", http.StatusOK) })
	worker(func() { do("GET", "/api/v1/actors?q=a", "", http.StatusOK) })
	worker(func() { do("GET", "/api/v1/camps", "", http.StatusOK) })
	worker(func() {
		do("GET", "/api/v1/paths?from=Russia&to=Turkey&max_depth=3", "", http.StatusOK, http.StatusNotFound)
	})
	worker(func() { do("GET", "/api/v1/export?format=csv", "", http.StatusOK) })
	worker(func() {
		do("POST", "/api/v1/query", `{"language":"gizmo","query":"g.V().Limit(20).All()"}`, http.StatusOK)
	})
	wg.Wait()
	if failures.Load() > 0 {
		t.Fatalf("%d of %d requests failed", failures.Load(), requests.Load())
	}
	// every article that was stored is whole
	stored := 0
	for i, a := range articles {
		doc, err := extract.ParseArticle("a.txt", []byte(a))
		if err != nil {
			t.Fatal(err)
		}
		got, err := st.DocumentQuads(context.Background(), doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			continue
		}
		stored++
		want := store.Quads(ingest.Article(doc, ex.Extract(doc)))
		if len(got) != len(want) {
			t.Errorf("article %d: %d quads stored, %d expected", i, len(got), len(want))
			seen := map[string]int{}
			for _, q := range got {
				seen[q.String()]++
				if seen[q.String()] == 2 {
					t.Logf("  twice: %.200s", q.String())
				}
			}
		}
	}
	t.Logf("%d requests, %d articles stored", requests.Load(), stored)
	if stored == 0 {
		t.Error("no article was stored")
	}
}
