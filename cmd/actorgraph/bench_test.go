package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	chttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/labstack/echo/v4"

	_ "github.com/cayleygraph/cayley/query/gizmo" // registers Gizmo for Cayley's own HTTP API

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/ingest"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/graph/synth"
	"github.com/actorgraph/actorgraph/server"
)

// TestBenchmarkTable measures actorgraph beside its baselines in one run and prints a
// table: import against Cayley's bulk loader path, bulk ingest, the supporters query
// over HTTP against Cayley's own Gizmo HTTP API on the same store and against a no-op
// echo route, full export against Cayley's reader, and memory. It runs only when asked:
//
//	ACTORGRAPH_BENCH=1 ACTORGRAPH_BENCH_QUADS=1000000 go test ./cmd/actorgraph -run BenchmarkTable -v -timeout 60m
func TestBenchmarkTable(t *testing.T) {
	if os.Getenv("ACTORGRAPH_BENCH") == "" {
		t.Skip("set ACTORGRAPH_BENCH=1 to run the benchmarks")
	}
	n := envInt(t, "ACTORGRAPH_BENCH_QUADS", 100000)
	dir := t.TempDir()
	file := filepath.Join(dir, "graph.nq")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := synth.WriteNQuads(f, n, 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var rows [][4]string
	row := func(what, ours, baseline, ratio string) { rows = append(rows, [4]string{what, ours, baseline, ratio}) }
	ctx := context.Background()

	// import: ours (batched transactions, names indexed) vs Cayley's bulk loader path
	ours, oursTime := importOurs(t, filepath.Join(dir, "ours.db"), file)
	base, baseTime := importCayley(t, filepath.Join(dir, "cayley.db"), file)
	row(fmt.Sprintf("import %d quads", n), rate(float64(n), oursTime, "quads/s"), rate(float64(n), baseTime, "quads/s"), ratio(baseTime.Seconds(), oursTime.Seconds()))
	base.Close()

	// full export: ours vs Cayley's reader writing N-Quads
	start := time.Now()
	if err := ours.Export(ctx, io.Discard, "nquads", graph.Filter{}); err != nil {
		t.Fatal(err)
	}
	oursExport := time.Since(start)
	start = time.Now()
	cayleyExport(t, ours.QuadStore())
	baseExport := time.Since(start)
	row("full N-Quads export", rate(float64(n), oursExport, "quads/s"), rate(float64(n), baseExport, "quads/s"), ratio(baseExport.Seconds(), oursExport.Seconds()))

	// the supporters query over HTTP, 8 connections, against Cayley's Gizmo HTTP API
	// answering the same question on the same store, and a no-op echo route
	hub := synth.ActorID(3)
	app := server.New(ours, nil, slog.New(slog.NewTextHandler(io.Discard, nil)), server.Options{RateLimit: -1, MaxQueries: 64})
	e := app
	e.GET("/noop", func(c echo.Context) error { return c.String(http.StatusOK, "ok") })
	cay := chttp.NewAPIv2(&cgraph.Handle{QuadStore: ours.QuadStore()})
	e.Any("/cayley/*", echo.WrapHandler(http.StripPrefix("/cayley", cay)))
	srv := httptest.NewServer(e)
	defer srv.Close()
	gizmo := fmt.Sprintf(`g.V("<%s>").In("<%s>").All()`, graph.NodeIRI(graph.Node{ID: hub}), graph.PredicateIRI(graph.Supports))
	dur := 3 * time.Second
	oursQ := load(t, dur, 8, func() *http.Request {
		r, _ := http.NewRequest("GET", srv.URL+"/api/v1/actors/"+hub+"/supporters?limit=100", nil)
		return r
	})
	cayQ := load(t, dur, 8, func() *http.Request {
		r, _ := http.NewRequest("POST", srv.URL+"/cayley/api/v2/query?lang=gizmo&limit=100", strings.NewReader(gizmo))
		return r
	})
	noop := load(t, dur, 8, func() *http.Request {
		r, _ := http.NewRequest("GET", srv.URL+"/noop", nil)
		return r
	})
	row("supporters of a hub, 8 conns", oursQ.String(), "Cayley Gizmo: "+cayQ.String(), ratio(oursQ.rps, cayQ.rps))
	row("  vs a no-op echo route", oursQ.String(), "no-op: "+noop.String(), fmt.Sprintf("%.0f%%", 100*oursQ.rps/noop.rps))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	row("memory after load", rss(), fmt.Sprintf("Go heap in use %.0f MB", float64(ms.HeapInuse)/1e6), "")

	// bulk ingest of articles: extraction and storage separately
	ingestRow(t, filepath.Join(dir, "ingest.db"), row)
	ours.Close()

	var b strings.Builder
	fmt.Fprintf(&b, "\n%-34s | %-34s | %-44s | %s\n", "benchmark", "actorgraph", "baseline", "ratio")
	fmt.Fprintf(&b, "%s\n", strings.Repeat("-", 130))
	for _, r := range rows {
		fmt.Fprintf(&b, "%-34s | %-34s | %-44s | %s\n", r[0], r[1], r[2], r[3])
	}
	fmt.Fprintf(&b, "\n%d cores, %s\n", runtime.NumCPU(), runtime.Version())
	t.Log(b.String())
}

// timedImport opens a new store at db and times load reading file into it.
func timedImport(t *testing.T, db, file string, load func(*store.Store, io.Reader) error) (*store.Store, time.Duration) {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	start := time.Now()
	if err := load(st, f); err != nil {
		t.Fatal(err)
	}
	return st, time.Since(start)
}

// importOurs loads the file with actorgraph's import: batched transactions, names
// indexed.
func importOurs(t *testing.T, db, file string) (*store.Store, time.Duration) {
	return timedImport(t, db, file, func(st *store.Store, r io.Reader) error {
		_, err := st.Import(context.Background(), r, 10000)
		return err
	})
}

// importCayley loads the file as `cayley load` does: quad.CopyBatch into the store's
// own QuadWriter.
func importCayley(t *testing.T, db, file string) (*store.Store, time.Duration) {
	return timedImport(t, db, file, func(st *store.Store, r io.Reader) error {
		qw, err := st.QuadStore().NewQuadWriter()
		if err != nil {
			return err
		}
		if _, err := quad.CopyBatch(qw, nquads.NewReader(r, false), 10000); err != nil {
			return err
		}
		return qw.Close()
	})
}

func cayleyExport(t *testing.T, qs cgraph.QuadStore) {
	t.Helper()
	qw := nquads.NewWriter(io.Discard)
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(context.Background()) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		qw.WriteQuad(q)
	}
	qw.Close()
}

type loadResult struct {
	rps      float64
	p50, p99 time.Duration
	errors   int
}

func (r loadResult) String() string {
	return fmt.Sprintf("%.0f req/s, p50 %s, p99 %s", r.rps, r.p50.Round(10*time.Microsecond), r.p99.Round(10*time.Microsecond))
}

// load sends requests from conns connections for d and reports throughput and latency.
func load(t *testing.T, d time.Duration, conns int, req func() *http.Request) loadResult {
	t.Helper()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conns}}
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			bad := 0
			for time.Now().Before(deadline) {
				start := time.Now()
				res, err := client.Do(req())
				if err == nil {
					io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if res.StatusCode != http.StatusOK {
						bad++
					}
				} else {
					bad++
				}
				mine = append(mine, time.Since(start))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errs += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	if errs > 0 {
		t.Errorf("%d failed requests", errs)
	}
	slices.Sort(lat)
	r := loadResult{rps: float64(len(lat)) / d.Seconds(), errors: errs}
	if len(lat) > 0 {
		r.p50, r.p99 = lat[len(lat)/2], lat[len(lat)*99/100]
	}
	return r
}

// ingestRow ingests the corpus articles again and again under new ids, timing
// extraction and storage apart.
func ingestRow(t *testing.T, db string, row func(what, ours, baseline, ratio string)) {
	t.Helper()
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ex := testPipelineExtractor(t)
	const count = 300
	var extractTime, storeTime time.Duration
	for i := 0; i < count; i++ {
		body, _ := os.ReadFile(files[i%len(files)])
		data := fmt.Sprintf("---\nid: bench-%05d\n---\n%s\nItem %d.\n", i, body, i)
		start := time.Now()
		doc, err := extract.ParseArticle("a.txt", []byte(data))
		if err != nil {
			t.Fatal(err)
		}
		a := ingest.Article(doc, ex.Extract(doc))
		extractTime += time.Since(start)
		start = time.Now()
		if _, err := st.Ingest(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		storeTime += time.Since(start)
	}
	row(fmt.Sprintf("ingest %d articles", count), rate(count, extractTime+storeTime, "articles/s"),
		fmt.Sprintf("extraction %s, storage %s", rate(count, extractTime, "/s"), rate(count, storeTime, "/s")), "")
}

func rate(n float64, d time.Duration, unit string) string {
	return fmt.Sprintf("%.0f %s (%s)", n/d.Seconds(), unit, d.Round(time.Millisecond))
}

func ratio(a, b float64) string {
	if b == 0 {
		return ""
	}
	return fmt.Sprintf("%.2fx", a/b)
}

// rss reads the resident set size of this process.
func rss() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			return "RSS " + strings.TrimSpace(strings.TrimPrefix(l, "VmRSS:"))
		}
	}
	return "?"
}
