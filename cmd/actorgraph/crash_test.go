package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/ingest"
	"github.com/actorgraph/actorgraph/graph/store"
)

// TestCrashDuringIngest kills a real server with SIGKILL while it ingests, several
// times, and checks after each kill that every article is whole or absent; then it
// finishes the ingest and checks that the graph equals the one a clean run builds.
// By default it kills 3 times during 60 articles; the full run is
//
//	ACTORGRAPH_CRASH_KILLS=20 ACTORGRAPH_CRASH_ARTICLES=600 go test ./cmd/actorgraph -run Crash -v -timeout 30m
func TestCrashDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and kills it; skipped with -short")
	}
	dir, bin := buildBinary(t)
	articles := crashArticles(t, envInt(t, "ACTORGRAPH_CRASH_ARTICLES", 60))
	db := filepath.Join(dir, "crash.db")
	rng := rand.New(rand.NewPCG(1, 2))
	ex := testPipelineExtractor(t)

	kills := envInt(t, "ACTORGRAPH_CRASH_KILLS", 3)
	next := 0
	for k := 0; k < kills; k++ {
		srv := startBinary(t, bin, db)
		stop := make(chan struct{})
		go func() {
			for i := next; i < len(articles); i++ {
				select {
				case <-stop:
					return
				default:
				}
				postArticle(srv.base, articles[i])
			}
		}()
		time.Sleep(time.Duration(150+rng.IntN(500)) * time.Millisecond)
		if err := srv.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatalf("killing the server: %v", err)
		}
		_ = srv.cmd.Wait() // "signal: killed"
		close(stop)
		whole := checkWholeOrAbsent(t, db, articles, ex)
		t.Logf("kill %d: %d of %d articles stored, all whole", k+1, whole, len(articles))
		// go on from the first missing article, resending the last few stored ones:
		// re-ingesting an article must change nothing
		next = max(0, firstMissing(t, db, articles, ex)-3)
	}
	srv := startBinary(t, bin, db)
	for _, a := range articles {
		if code := postArticle(srv.base, a); code != http.StatusCreated && code != http.StatusOK {
			t.Fatalf("finishing the ingest: status %d for %s", code, a.name)
		}
	}
	if err := srv.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("stopping the server: %v", err)
	}
	if err := srv.cmd.Wait(); err != nil {
		t.Errorf("server exit after SIGTERM: %v", err)
	}
	if n := checkWholeOrAbsent(t, db, articles, ex); n != len(articles) {
		t.Fatalf("after finishing: %d of %d articles stored", n, len(articles))
	}

	clean := filepath.Join(dir, "clean.db")
	st, err := store.Open(clean, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := &ingest.Pipeline{Store: st, Extractor: ex}
	for _, a := range articles {
		if _, err := p.Ingest(context.Background(), a.name, a.data); err != nil {
			t.Fatal(err)
		}
	}
	want := exportSet(t, st)
	mustClose(t, st)
	st, err = store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := exportSet(t, st)
	mustClose(t, st)
	if !slices.Equal(got, want) {
		t.Errorf("the crashed-and-finished graph differs from a clean run: %d quads vs %d", len(got), len(want))
	}
}

// TestCrashDuringBulkIngest kills `actorgraph ingest` with SIGKILL while it writes
// batches of articles, several times: after each kill every article is whole or
// absent, and running the ingest again gives the graph of a clean run.
func TestCrashDuringBulkIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and kills it; skipped with -short")
	}
	dir, bin := buildBinary(t)
	articles := crashArticles(t, envInt(t, "ACTORGRAPH_CRASH_ARTICLES", 60))
	src := filepath.Join(dir, "articles")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, a := range articles {
		if err := os.WriteFile(filepath.Join(src, a.name), a.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "bulk.db")
	ex := testPipelineExtractor(t)
	rng := rand.New(rand.NewPCG(3, 4))
	ingestCmd := func() *exec.Cmd {
		return exec.Command(bin, "--log-level", "warn", "ingest", "--db", db, "--batch", "8", src)
	}
	for k := 0; k < envInt(t, "ACTORGRAPH_CRASH_KILLS", 3); k++ {
		cmd := ingestCmd()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(50+rng.IntN(400)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL) // it may have finished already: then all is stored
		_ = cmd.Wait()                          // killed, or done
		whole := checkWholeOrAbsent(t, db, articles, ex)
		t.Logf("kill %d: %d of %d articles stored, all whole", k+1, whole, len(articles))
	}
	if out, err := ingestCmd().CombinedOutput(); err != nil {
		t.Fatalf("finishing the ingest: %v\n%s", err, out)
	}
	if n := checkWholeOrAbsent(t, db, articles, ex); n != len(articles) {
		t.Fatalf("after finishing: %d of %d articles stored", n, len(articles))
	}
	clean := filepath.Join(dir, "clean.db")
	if out, err := exec.Command(bin, "--log-level", "warn", "ingest", "--db", clean, "--batch", "1", src).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	sets := map[string][]string{}
	for _, path := range []string{db, clean} {
		st, err := store.Open(path, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		sets[path] = exportSet(t, st)
		mustClose(t, st)
	}
	if !slices.Equal(sets[db], sets[clean]) {
		t.Errorf("the crashed-and-finished graph differs from a clean run: %d quads vs %d", len(sets[db]), len(sets[clean]))
	}
}

func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive whole number", name, v)
	}
	return n
}

// TestDatabaseInUseByServer starts a server, then runs a second process on the same
// database file: it must fail within seconds and say why, not hang.
func TestDatabaseInUseByServer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	dir, bin := buildBinary(t)
	db := filepath.Join(dir, "busy.db")
	startBinary(t, bin, db) // holds the database until the test ends
	start := time.Now()
	out, err := exec.Command(bin, "ingest", "--db", db, "../../seeds").CombinedOutput()
	if err == nil {
		t.Fatal("a second process wrote to a database the server holds")
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("the second process took %v to give up", took)
	}
	if !strings.Contains(string(out), "database in use") || !strings.Contains(string(out), "HTTP API") {
		t.Errorf("message: %s", out)
	}
}

type crashArticle struct {
	name string
	data []byte
}

// crashArticles makes n distinct articles from the corpus, each with its own id.
func crashArticles(t *testing.T, n int) []crashArticle {
	t.Helper()
	files, err := filepath.Glob("../../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("corpus: %v", err)
	}
	var out []crashArticle
	for i := 0; i < n; i++ {
		body, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			t.Fatal(err)
		}
		data := fmt.Sprintf("---\nid: crash-%03d\ndate: 2020-01-%02d\n---\n%s\nUpdate number %d.\n", i, 1+i%28, body, i)
		out = append(out, crashArticle{name: fmt.Sprintf("crash-%03d.txt", i), data: []byte(data)})
	}
	return out
}

func testPipelineExtractor(t *testing.T) *extract.Extractor {
	t.Helper()
	lex, err := extract.LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return extract.New(lex)
}

type runningServer struct {
	cmd  *exec.Cmd
	base string
}

func startBinary(t *testing.T, bin, db string) runningServer {
	t.Helper()
	cmd := exec.Command(bin, "--log-level", "warn", "serve", "--db", db, "--seeds", "", "--addr", "127.0.0.1:0", "--rate-limit", "0")
	cmd.Env = append(os.Environ(), "ACTORGRAPH_TOKEN=crash-token")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill() // it may have ended already
		_ = cmd.Wait()
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatalf("server start: %v", err)
	}
	base := strings.TrimSpace(strings.TrimPrefix(line, "actorgraph listening on "))
	waitHealthy(t, base)
	return runningServer{cmd: cmd, base: base}
}

func postArticle(base string, a crashArticle) int {
	req, _ := http.NewRequest(http.MethodPost, base+"/api/v1/documents?name="+a.name, bytes.NewReader(a.data))
	req.Header.Set("Authorization", "Bearer crash-token")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0
	}
	res.Body.Close()
	return res.StatusCode
}

// checkWholeOrAbsent opens the store and checks that each article's quads are either
// all there or none; it returns how many are there.
func checkWholeOrAbsent(t *testing.T, db string, articles []crashArticle, ex *extract.Extractor) int {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatalf("reopening after the kill: %v", err)
	}
	defer mustClose(t, st)
	whole := 0
	for _, a := range articles {
		doc, err := extract.ParseArticle(a.name, a.data)
		if err != nil {
			t.Fatal(err)
		}
		want := quadSet(store.Quads(ingest.Article(doc, ex.Extract(doc))))
		got, err := st.DocumentQuads(context.Background(), doc.ID)
		if err != nil {
			t.Fatalf("reading %s back: %v", doc.ID, err)
		}
		switch {
		case len(got) == 0:
		case slices.Equal(quadSet(got), want):
			whole++
		default:
			t.Fatalf("%s is half stored: %d quads of %d", doc.ID, len(got), len(want))
		}
	}
	return whole
}

// firstMissing returns the index of the first article not stored.
func firstMissing(t *testing.T, db string, articles []crashArticle, ex *extract.Extractor) int {
	t.Helper()
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer mustClose(t, st)
	for i, a := range articles {
		doc, err := extract.ParseArticle(a.name, a.data)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Document(context.Background(), doc.ID); err != nil {
			return i
		}
	}
	return len(articles)
}

func quadSet(qs []quad.Quad) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.NQuad())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func exportSet(t *testing.T, st *store.Store) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Write(context.Background(), &buf, "nquads", st, graph.Filter{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	slices.Sort(lines)
	return lines
}

// TestSecondSignalEnds starts a command that waits on its input, which no signal
// interrupts, and sends it two interrupts: the first asks it to stop, the second ends
// the process at once rather than after the grace period.
func TestSecondSignalEnds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	_, bin := buildBinary(t)
	cmd := exec.Command(bin, "extract", "-")
	in, err := cmd.StdinPipe() // left open: the command waits for the article's end
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = in.Close() }()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	time.Sleep(500 * time.Millisecond) // past start-up, when the handler is in place
	start := time.Now()
	for range 2 {
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			break // the first signal ended it already
		}
		time.Sleep(200 * time.Millisecond)
	}
	select {
	case err := <-done:
		t.Logf("ended after the interrupts: %v", err)
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("the process took %v to end after two interrupts", took)
		}
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("the process still ran 10 s after two interrupts")
	}
}

// buildBinary builds the command into a temporary directory and returns both.
func buildBinary(t *testing.T) (dir, bin string) {
	t.Helper()
	dir = t.TempDir()
	bin = filepath.Join(dir, "actorgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return dir, bin
}
