// Command actorgraph-bench measures actorgraph beside its baselines, in one run on one
// machine, and prints a table:
//
//   - import of N generated quads: actorgraph's import against Cayley's bulk loader
//     path (quad.CopyBatch into the store's QuadWriter, as `cayley load` does);
//   - full N-Quads export against Cayley's own reader and writer;
//   - GET /api/v1/actors/{hub}/supporters on a server process holding the store, under
//     load: vegeta at fixed rates and wrk at 8 connections, against Cayley's Gizmo HTTP
//     API answering the same question on the same store in the same process, and
//     against a no-op echo route; and the server's memory (RSS) under that load;
//   - the same query's latency at growing graph sizes;
//   - bulk ingest of generated articles: batched transactions against one
//     transaction per article, with extraction and storage timed apart;
//   - delete, replacement and ingest after a delete of articles of growing size,
//     against a fresh ingest of the same article, and a small ingest sent during
//     the delete;
//   - the reader as a whole process on one core: "actorgraph extract" on articles of
//     growing size up to several megabytes, and on a one-line article with start-up,
//     against "actorgraph parse" (the tagger and parser alone) on the same input.
//
// Usage (from the repository root):
//
//	go run ./cmd/actorgraph-bench                       # 1M quads, 10,000 articles
//	go run ./cmd/actorgraph-bench -quads 100000 -articles 1000 -growth 10000,100000
//
// BENCHMARKS.md, beside this file, records the figures and the machine.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers Gizmo for Cayley's own HTTP API
	chttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/labstack/echo/v4"
	vegeta "github.com/tsenart/vegeta/v12/lib"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/ingest"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/graph/synth"
	"github.com/actorgraph/actorgraph/server"
)

// serveEnv names the store a re-executed copy of this program serves.
const serveEnv = "ACTORGRAPH_BENCH_SERVE"

func main() {
	if db := os.Getenv(serveEnv); db != "" {
		if err := serveStore(db, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "actorgraph-bench server:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "actorgraph-bench:", err)
		os.Exit(1)
	}
}

type config struct {
	quads    int
	articles int
	growth   []int
	rates    []int
	dur      time.Duration
	dir      string
	root     string
	readerMB float64
	writes   []int
	// campEdges is the size, in edges, of the graph the camps run partitions.
	campEdges int
}

func run(args []string, stdout io.Writer) (err error) {
	fs := flag.NewFlagSet("actorgraph-bench", flag.ContinueOnError)
	var c config
	var growth, rates, writes string
	fs.IntVar(&c.quads, "quads", 1_000_000, "quads in the graph the import, export and load runs use")
	fs.IntVar(&c.articles, "articles", 10_000, "generated articles for the bulk ingest run (0 skips it)")
	fs.StringVar(&growth, "growth", "10000,100000,1000000", "graph sizes, in quads, for the latency growth run (empty skips it)")
	fs.StringVar(&rates, "rates", "500,1000,2000", "fixed request rates for the vegeta runs, per second")
	fs.DurationVar(&c.dur, "duration", 5*time.Second, "length of each load run")
	fs.Float64Var(&c.readerMB, "reader-mb", 5, "size of the article the reader's run extracts, in megabytes (0 skips it)")
	fs.StringVar(&writes, "writes", "10000,50000,100000", "article sizes, in quads, for the delete and replace run (empty skips it)")
	fs.IntVar(&c.campEdges, "camp-edges", 100_000, "edges of the graph of many wars the camps run partitions (0 skips it)")
	fs.StringVar(&c.root, "root", ".", "the repository's root, where the reader's run builds actorgraph and finds testdata/corpus")
	fs.StringVar(&c.dir, "dir", "", "working directory (default: a new temporary one, removed afterwards)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.growth, err = ints(growth); err != nil {
		return err
	}
	if c.rates, err = ints(rates); err != nil {
		return err
	}
	if c.writes, err = ints(writes); err != nil {
		return err
	}
	if c.dir == "" {
		if c.dir, err = os.MkdirTemp("", "actorgraph-bench-"); err != nil {
			return err
		}
		defer func() { err = errors.Join(err, os.RemoveAll(c.dir)) }()
	} else if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	t := &table{out: stdout}
	t.printf("actorgraph-bench: %d quads, %d articles, %d cores, %s, %s\n\n", c.quads, c.articles, runtime.NumCPU(), runtime.Version(), cpuModel())
	steps := []func(*config, *table) error{benchImportExport, benchLoad, benchGrowth, benchIngest, benchWrites, benchReader, benchCamps}
	for _, step := range steps {
		if err := step(&c, t); err != nil {
			return err
		}
	}
	return t.print()
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, fmt.Errorf("%q is not a number", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// table collects rows and prints them as they come and again, aligned, at the end.
type table struct {
	out  io.Writer
	rows [][4]string
	err  error // the first write that failed; print returns it
}

// printf writes to the table's output unless a write failed before.
func (t *table) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.out, format, args...)
	}
}

func (t *table) row(what, ours, baseline, ratio string) {
	t.rows = append(t.rows, [4]string{what, ours, baseline, ratio})
	t.printf("  %s: %s | %s | %s\n", what, ours, baseline, ratio)
}

// print prints the rows aligned, and returns the first error of any write.
func (t *table) print() error {
	w := [4]int{}
	for _, r := range append([][4]string{{"benchmark", "actorgraph", "baseline", "ratio"}}, t.rows...) {
		for i := range r {
			w[i] = max(w[i], len(r[i]))
		}
	}
	line := func(r [4]string) {
		t.printf("| %-*s | %-*s | %-*s | %-*s |\n", w[0], r[0], w[1], r[1], w[2], r[2], w[3], r[3])
	}
	t.printf("\n")
	line([4]string{"benchmark", "actorgraph", "baseline", "ratio"})
	line([4]string{strings.Repeat("-", w[0]), strings.Repeat("-", w[1]), strings.Repeat("-", w[2]), strings.Repeat("-", w[3])})
	for _, r := range t.rows {
		line(r)
	}
	return t.err
}

func cpuModel() string {
	data, _ := os.ReadFile("/proc/cpuinfo")
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "model name") {
			if _, v, ok := strings.Cut(l, ":"); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	return runtime.GOARCH
}

// generate writes n synthetic quads to a file in dir, once.
func generate(dir string, n int) (string, error) {
	file := filepath.Join(dir, fmt.Sprintf("graph-%d.nq", n))
	if _, err := os.Stat(file); err == nil {
		return file, nil
	}
	f, err := os.Create(file)
	if err != nil {
		return "", err
	}
	if _, err := synth.WriteNQuads(f, n, 1); err != nil {
		return "", errors.Join(err, f.Close())
	}
	return file, f.Close()
}

// removeOld removes what an earlier run left at path, if anything.
func removeOld(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// importFile loads file into a new store at db with load, timed.
func importFile(db, file string, load func(*store.Store, io.Reader) error) (took time.Duration, err error) {
	if err := removeOld(db); err != nil {
		return 0, err
	}
	st, err := store.Open(db, store.Options{BulkFilters: true})
	if err != nil {
		return 0, err
	}
	defer func() { err = errors.Join(err, st.Close()) }()
	f, err := os.Open(file)
	if err != nil {
		return 0, err
	}
	defer func() { _ = f.Close() }() // read only
	start := time.Now()
	err = load(st, f)
	return time.Since(start), err
}

func importOurs(st *store.Store, r io.Reader) error {
	_, err := st.Import(context.Background(), r, 0, nil)
	return err
}

// importCayley loads as `cayley load` does: quad.CopyBatch into the store's own
// QuadWriter, in batches of quad.DefaultBatch.
func importCayley(st *store.Store, r io.Reader) error {
	qw, err := st.QuadStore().NewQuadWriter()
	if err != nil {
		return err
	}
	if _, err := quad.CopyBatch(qw, nquads.NewReader(r, false), quad.DefaultBatch); err != nil {
		return err
	}
	return qw.Close()
}

func oursDB(c *config) string { return filepath.Join(c.dir, "ours.db") }

func benchImportExport(c *config, t *table) (err error) {
	file, err := generate(c.dir, c.quads)
	if err != nil {
		return err
	}
	base, err := importFile(filepath.Join(c.dir, "cayley.db"), file, importCayley)
	if err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(c.dir, "cayley.db")); err != nil {
		return err
	}
	ours, err := importFile(oursDB(c), file, importOurs)
	if err != nil {
		return err
	}
	n := float64(c.quads)
	t.row(fmt.Sprintf("import %s quads", count(c.quads)), rate(n, ours, "quads/s"), "Cayley CopyBatch: "+rate(n, base, "quads/s"), ratio(base.Seconds(), ours.Seconds()))

	st, err := store.Open(oursDB(c), store.Options{})
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, st.Close()) }()
	start := time.Now()
	if err := export.Write(context.Background(), io.Discard, "nquads", st, graph.Filter{}); err != nil {
		return err
	}
	oursExport := time.Since(start)
	start = time.Now()
	if err := cayleyExport(st.QuadStore()); err != nil {
		return err
	}
	baseExport := time.Since(start)
	t.row("full N-Quads export", rate(n, oursExport, "quads/s"), "Cayley reader: "+rate(n, baseExport, "quads/s"), ratio(baseExport.Seconds(), oursExport.Seconds()))
	return nil
}

// cayleyExport writes every quad as Cayley's own tools do: its quad reader into the
// N-Quads writer.
func cayleyExport(qs cgraph.QuadStore) error {
	w := nquads.NewWriter(io.Discard)
	r := cgraph.NewQuadStoreReader(qs)
	_, err := quad.Copy(w, r)
	return errors.Join(err, r.Close())
}

// serveStore is the server process of the load runs: actorgraph's API, Cayley's own
// HTTP API on the same store and a no-op route, on a free local port that it prints.
func serveStore(db string, stdout io.Writer) (err error) {
	st, err := store.Open(db, store.Options{})
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, st.Close()) }()
	e := server.New(st, nil, slog.New(slog.NewTextHandler(io.Discard, nil)), server.Options{RateLimit: -1, MaxQueries: 64, MaxReads: 256})
	e.GET("/noop", func(c echo.Context) error { return c.String(http.StatusOK, "ok") })
	cay := chttp.NewAPIv2(&cgraph.Handle{QuadStore: st.QuadStore()})
	e.POST("/cayley/api/v2/query", echo.WrapHandler(http.StripPrefix("/cayley", cay)))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintln(stdout, ln.Addr().String()); err != nil {
		return errors.Join(err, ln.Close())
	}
	return http.Serve(ln, e)
}

// startServer runs this program again as the server process on db, so that its
// memory is the server's alone.
func startServer(db string) (addr string, proc *os.Process, err error) {
	self, err := os.Executable()
	if err != nil {
		return "", nil, err
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), serveEnv+"="+db)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		_ = cmd.Process.Kill() // it may have ended already
		_ = cmd.Wait()
		return "", nil, fmt.Errorf("server process: %w", err)
	}
	go func() { _ = cmd.Wait() }() // reaps it once benchLoad kills it
	return strings.TrimSpace(line), cmd.Process, nil
}

type target struct {
	name, method, path, body string
	fresh                    bool // asks with Cache-Control: no-cache, past the kept answers
}

func benchLoad(c *config, t *table) error {
	addr, proc, err := startServer(oursDB(c))
	if err != nil {
		return err
	}
	defer func() { _ = proc.Kill() }() // the server's work is done
	hub := synth.ActorID(3)
	gizmo := fmt.Sprintf(`g.V("<%s>").In("<%s>").All()`, graph.NodeIRI(graph.Node{ID: hub}), graph.PredicateIRI(graph.Supports))
	ours := target{"actorgraph", "GET", "/api/v1/actors/" + hub + "/supporters?limit=100", "", false}
	fresh := target{"actorgraph, no-cache", "GET", ours.path, "", true}
	cayley := target{"Cayley Gizmo", "POST", "/cayley/api/v2/query?lang=gizmo&limit=100", gizmo, false}
	noop := target{"no-op", "GET", "/noop", "", false}
	base := "http://" + addr
	for _, tg := range []target{ours, fresh, cayley, noop} { // warm up, and check each answers
		if err := check(base, tg); err != nil {
			return err
		}
	}
	for _, r := range c.rates {
		a, f, b := attack(base, ours, r, c.dur), attack(base, fresh, r, c.dur), attack(base, cayley, r, c.dur)
		t.row(fmt.Sprintf("supporters of a hub, vegeta %d/s", r), a.String(), "Cayley Gizmo: "+b.String(), "")
		t.row("  answered afresh (no-cache)", f.String(), "", "")
	}
	if _, err := exec.LookPath("wrk"); err != nil {
		t.row("supporters of a hub, wrk 8 conns", "wrk not installed", "", "")
		return nil
	}
	a, err := wrk(c.dir, base, ours, c.dur)
	if err != nil {
		return err
	}
	b, err := wrk(c.dir, base, cayley, c.dur)
	if err != nil {
		return err
	}
	z, err := wrk(c.dir, base, noop, c.dur)
	if err != nil {
		return err
	}
	f, err := wrk(c.dir, base, fresh, c.dur)
	if err != nil {
		return err
	}
	t.row("supporters of a hub, wrk 8 conns", a.String(), "Cayley Gizmo: "+b.String(), ratio(a.rps, b.rps))
	t.row("  answered afresh (no-cache)", f.String(), "Cayley Gizmo: "+b.String(), ratio(f.rps, b.rps))
	t.row("  beside a no-op echo route", a.String(), "no-op: "+z.String(), fmt.Sprintf("%.0f%%", 100*a.rps/z.rps))
	t.row("server memory under that load", procMemory(proc.Pid), "", "")
	return nil
}

func check(base string, tg target) error {
	req, _ := http.NewRequest(tg.method, base+tg.path, strings.NewReader(tg.body))
	if tg.fresh {
		req.Header.Set("Cache-Control", "no-cache")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer func() { _ = resp.Body.Close() }() // read whole
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || len(body) < 2 {
		return fmt.Errorf("%s answered %d: %.200s", tg.name, resp.StatusCode, body)
	}
	return nil
}

type loadResult struct {
	rps, p50, p99 float64 // requests per second; latencies in ms
	errors        int
}

func (r loadResult) String() string {
	s := fmt.Sprintf("%.0f req/s, p50 %.2f ms, p99 %.2f ms", r.rps, r.p50, r.p99)
	if r.errors > 0 {
		s += fmt.Sprintf(", %d errors", r.errors)
	}
	return s
}

// attack sends requests at a fixed rate with vegeta and reports what came back.
func attack(base string, tg target, perSecond int, d time.Duration) loadResult {
	header := http.Header{}
	if tg.fresh {
		header.Set("Cache-Control", "no-cache")
	}
	targeter := vegeta.NewStaticTargeter(vegeta.Target{Method: tg.method, URL: base + tg.path, Body: []byte(tg.body), Header: header})
	atk := vegeta.NewAttacker(vegeta.Workers(8), vegeta.MaxWorkers(256), vegeta.KeepAlive(true))
	var m vegeta.Metrics
	for res := range atk.Attack(targeter, vegeta.Rate{Freq: perSecond, Per: time.Second}, d, tg.name) {
		m.Add(res)
	}
	m.Close()
	return loadResult{
		rps: m.Throughput, p50: ms(m.Latencies.P50), p99: ms(m.Latencies.P99),
		errors: int(float64(m.Requests) * (1 - m.Success)),
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// wrk runs wrk with 2 threads and 8 connections and reads its summary.
func wrk(dir, base string, tg target, d time.Duration) (loadResult, error) {
	script := filepath.Join(dir, "wrk.lua")
	lua := fmt.Sprintf("wrk.method = %q\nwrk.body = %q\n", tg.method, tg.body)
	if tg.fresh {
		lua += "wrk.headers[\"Cache-Control\"] = \"no-cache\"\n"
	}
	if err := os.WriteFile(script, []byte(lua), 0o644); err != nil {
		return loadResult{}, err
	}
	out, err := exec.Command("wrk", "-t2", "-c8", "-d"+strconv.Itoa(max(1, int(d.Round(time.Second).Seconds())))+"s", "--latency", "-s", script, base+tg.path).CombinedOutput()
	if err != nil {
		return loadResult{}, fmt.Errorf("wrk: %v: %s", err, out)
	}
	var r loadResult
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		switch {
		case len(f) == 2 && f[0] == "Requests/sec:":
			r.rps, _ = strconv.ParseFloat(f[1], 64)
		case len(f) == 2 && f[0] == "50%":
			r.p50 = wrkDuration(f[1])
		case len(f) == 2 && f[0] == "99%":
			r.p99 = wrkDuration(f[1])
		case len(f) >= 4 && f[0] == "Non-2xx":
			r.errors, _ = strconv.Atoi(f[len(f)-1])
		}
	}
	if r.rps == 0 {
		return r, fmt.Errorf("wrk printed no rate: %s", out)
	}
	return r, nil
}

// wrkDuration reads wrk's "1.23ms", "850.00us" or "1.02s" as milliseconds.
func wrkDuration(s string) float64 {
	for _, u := range []struct {
		suffix string
		ms     float64
	}{{"us", 0.001}, {"ms", 1}, {"s", 1000}, {"m", 60000}} {
		if v, ok := strings.CutSuffix(s, u.suffix); ok {
			f, _ := strconv.ParseFloat(v, 64)
			return f * u.ms
		}
	}
	return 0
}

// procMemory reads a process's resident set, its peak, and how much of it is the
// process's own memory (anonymous) and how much the database file mapped by bbolt
// (file pages the kernel can drop and read again).
func procMemory(pid int) string {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return "?"
	}
	v := map[string]string{}
	for _, l := range strings.Split(string(data), "\n") {
		if k, val, ok := strings.Cut(l, ":"); ok {
			v[k] = strings.TrimSpace(val)
		}
	}
	return fmt.Sprintf("RSS %s (peak %s): anonymous %s, mapped database file %s", mb(v["VmRSS"]), mb(v["VmHWM"]), mb(v["RssAnon"]), mb(v["RssFile"]))
}

// mb turns "123456 kB" into "121 MB".
func mb(kb string) string {
	n, err := strconv.Atoi(strings.TrimSuffix(kb, " kB"))
	if err != nil {
		return kb
	}
	return fmt.Sprintf("%d MB", n/1024)
}

// benchGrowth times the supporters query, in process, on graphs of growing size:
// warm (caches filled) and cold (the first query after opening the store).
func benchGrowth(c *config, t *table) error {
	ctx := context.Background()
	for _, n := range c.growth {
		db := filepath.Join(c.dir, fmt.Sprintf("growth-%d.db", n))
		if n == c.quads {
			db = oursDB(c)
		} else {
			file, err := generate(c.dir, n)
			if err != nil {
				return err
			}
			if _, err := importFile(db, file, importOurs); err != nil {
				return err
			}
			if err := os.Remove(file); err != nil {
				return err
			}
		}
		hub := synth.ActorID(3)
		f := graph.Filter{Object: hub, Predicate: graph.Supports, Limit: 100}
		var cold []time.Duration
		var all int
		for range 5 {
			st, err := store.Open(db, store.Options{})
			if err != nil {
				return err
			}
			start := time.Now()
			if _, err := st.Relations(ctx, f); err != nil {
				return errors.Join(err, st.Close())
			}
			cold = append(cold, time.Since(start))
			rels, err := st.Relations(ctx, graph.Filter{Object: hub, Predicate: graph.Supports})
			if err != nil {
				return errors.Join(err, st.Close())
			}
			all = len(rels)
			if err := st.Close(); err != nil {
				return err
			}
		}
		st, err := store.Open(db, store.Options{})
		if err != nil {
			return err
		}
		var warm []time.Duration
		for range 300 {
			start := time.Now()
			if _, err := st.Relations(ctx, f); err != nil {
				return errors.Join(err, st.Close())
			}
			warm = append(warm, time.Since(start))
		}
		if err := st.Close(); err != nil {
			return err
		}
		if db != oursDB(c) {
			if err := os.Remove(db); err != nil {
				return err
			}
		}
		t.row(fmt.Sprintf("supporters of a hub at %s quads", count(n)),
			fmt.Sprintf("warm p50 %.2f ms, p99 %.2f ms", ms(percentile(warm, 50)), ms(percentile(warm, 99))),
			fmt.Sprintf("cold (first query after open) median %.1f ms", ms(percentile(cold, 50))),
			fmt.Sprintf("%d statements", all))
	}
	return nil
}

func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)]
}

// benchIngest ingests generated articles with batched transactions and, as the
// baseline, with one synced transaction per article.
func benchIngest(c *config, t *table) error {
	if c.articles == 0 {
		return nil
	}
	dir := filepath.Join(c.dir, "articles")
	if err := synth.WriteArticles(dir, c.articles, max(100, c.articles/5), 1); err != nil {
		return err
	}
	lex, err := extract.LoadLexicon()
	if err != nil {
		return err
	}
	ex := extract.New(lex)
	results := map[int]ingest.Stats{}
	var wall = map[int]time.Duration{}
	for _, batch := range []int{ingest.DefaultBatch, 1} {
		db := filepath.Join(c.dir, fmt.Sprintf("ingest-%d.db", batch))
		st, err := store.Open(db, store.Options{BulkFilters: true})
		if err != nil {
			return err
		}
		p := &ingest.Pipeline{Store: st, Extractor: ex, Batch: batch}
		start := time.Now()
		res, err := p.IngestPaths(context.Background(), []string{dir})
		wall[batch] = time.Since(start)
		if err := errors.Join(err, st.Close(), os.Remove(db)); err != nil {
			return err
		}
		if res.Articles != c.articles {
			return errors.New("ingest stored fewer articles than generated")
		}
		results[batch] = res
	}
	n := float64(c.articles)
	a, b := results[ingest.DefaultBatch], results[1]
	t.row(fmt.Sprintf("bulk ingest of %s articles", count(c.articles)),
		fmt.Sprintf("%s, batches of %d", rate(n, wall[ingest.DefaultBatch], "articles/s"), ingest.DefaultBatch),
		"one transaction per article: "+rate(n, wall[1], "articles/s"), ratio(wall[1].Seconds(), wall[ingest.DefaultBatch].Seconds()))
	t.row("  extraction (summed over cores)", rate(n, a.Extraction, "articles/s"), fmt.Sprintf("%d statements", a.Statements), "")
	t.row("  storage", rate(n, a.Storage, "articles/s"), "one per article: "+rate(n, b.Storage, "articles/s"), ratio(b.Storage.Seconds(), a.Storage.Seconds()))
	return nil
}

func rate(n float64, d time.Duration, unit string) string {
	return fmt.Sprintf("%s %s (%s)", count(int(n/d.Seconds())), unit, d.Round(time.Millisecond))
}

func ratio(a, b float64) string {
	if b == 0 {
		return ""
	}
	return fmt.Sprintf("%.2fx", a/b)
}

// count writes 1234567 as 1,234,567.
func count(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
