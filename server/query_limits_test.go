package server_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/server"
)

// queryAnswer is the body of POST /query.
type queryAnswer struct {
	Results   []json.RawMessage
	Truncated bool
}

// rawQuery posts a query as Cayley's clients do, ?lang= with the query as the body,
// with the bearer token (none when token is empty).
func rawQuery(t *testing.T, h http.Handler, lang, query, token, params string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest("POST", "/api/v1/query?lang="+lang+params, strings.NewReader(query))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return do(t, h, req)
}

func decodeAnswer(t *testing.T, rec *httptest.ResponseRecorder) queryAnswer {
	t.Helper()
	var a queryAnswer
	if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
		t.Fatalf("answer is not JSON: %v: %.300s", err, rec.Body)
	}
	return a
}

// TestHugeStringIsCutNotEncoded is the first attack on the default settings: 70 bytes
// of Gizmo that emit a string of 128 MiB sixteen times. The answer must come at once,
// within the byte budget, saying it was cut; the string is never encoded.
func TestHugeStringIsCutNotEncoded(t *testing.T) {
	srv := httptest.NewServer(newServer(t, server.Options{Token: "t", RateLimit: -1}))
	defer srv.Close()
	const attack = `var s="x"; for(var i=0;i<27;i++) s+=s; for(var i=0;i<16;i++) g.Emit(s)`
	req, _ := http.NewRequest("POST", srv.URL+"/api/v1/query?lang=gizmo", strings.NewReader(attack))
	req.Header.Set("Authorization", "Bearer t")
	start := time.Now()
	res, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, 8<<20))
	if err != nil {
		t.Fatalf("reading the answer after %v: %v", time.Since(start), err)
	}
	took := time.Since(start)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d after %v: %.300s", res.StatusCode, took, body)
	}
	if len(body) > 4<<20+1024 {
		t.Fatalf("answer of %d bytes or more, past the default budget of 4 MiB", len(body))
	}
	var a queryAnswer
	if err := json.Unmarshal(body, &a); err != nil {
		t.Fatalf("answer is not JSON: %v", err)
	}
	if len(a.Results) != 0 || !a.Truncated {
		t.Errorf("%d results, truncated %v; want none, truncated", len(a.Results), a.Truncated)
	}
	if took > 10*time.Second {
		t.Errorf("the answer took %v, past the default time limit", took)
	}
}

// TestBacktrackingRegexpStopsWithItsQuery is the second attack: a regular expression
// that backtracks for hours. Its query ends at its time limit with 504, and by then
// the match has stopped: no goroutine is left in the matcher and the process's CPU is
// free, where before the match ran on after the answer.
func TestBacktrackingRegexpStopsWithItsQuery(t *testing.T) {
	h := newServer(t, server.Options{Token: "t", RateLimit: -1, QueryTimeout: 500 * time.Millisecond})
	start := time.Now()
	rec := rawQuery(t, h, "gizmo", `var r=/^(a+)+$(?!x)/.test('a'.repeat(40)+'!')`, "t", "")
	took := time.Since(start)
	if rec.Code != http.StatusGatewayTimeout {
		t.Fatalf("status %d after %v, want 504: %s", rec.Code, took, rec.Body)
	}
	if took > 8*time.Second {
		t.Errorf("the 504 took %v", took)
	}
	if stacks := goroutines(); strings.Contains(stacks, "regexp2.(*runner)") {
		t.Fatalf("after the 504 a goroutine still matches:\n%s", stacks)
	}
	before := cpuTime(t)
	time.Sleep(time.Second)
	if used := cpuTime(t) - before; used > 300*time.Millisecond {
		t.Errorf("the process used %v of CPU in the second after the 504; the match runs on", used)
	}
}

func goroutines() string {
	buf := make([]byte, 1<<20)
	return string(buf[:runtime.Stack(buf, true)])
}

// TestGraphQLObeysTheResultCap is the third attack: GraphQL ignored ?limit=, so that
// limit=1 answered with every node in the store, saying nothing was cut.
func TestGraphQLObeysTheResultCap(t *testing.T) {
	h := newServer(t, server.Options{Token: "t", RateLimit: -1})
	var nq strings.Builder
	for i := range 40 {
		fmt.Fprintf(&nq, "<https://w3id.org/actorgraph/actor/a%d> <http://www.w3.org/2000/01/rdf-schema#label> \"Actor %d\" .\n", i, i)
	}
	req := httptest.NewRequest("POST", "/api/v1/import", strings.NewReader(nq.String()))
	req.Header.Set("Authorization", "Bearer t")
	if rec := do(t, h, req); rec.Code != http.StatusOK {
		t.Fatalf("import: %d %s", rec.Code, rec.Body)
	}
	for _, tt := range []struct {
		name, query   string
		limit         int
		want          int // -1: more than the 80 values imported
		wantTruncated bool
	}{
		{"one node", `{ nodes { id } }`, 1, 1, true},
		{"three nodes", `{ nodes { id } }`, 3, 3, true},
		{"all of them", `{ nodes { id } }`, 1000, -1, false},
		{"a smaller first of its own", `{ nodes(first: 2) { id } }`, 5, 2, false},
		{"a larger first of its own", `{ nodes(first: 100) { id } }`, 5, 5, true},
		{"a negative first", `{ nodes(first: -1) { id } }`, 5, 5, true},
		{"filtered", `{ nodes(<http://www.w3.org/2000/01/rdf-schema#label>: "Actor 7") { id } }`, 5, 1, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"language": "graphql", "query": tt.query})
			req := httptest.NewRequest("POST", fmt.Sprintf("/api/v1/query?limit=%d", tt.limit), strings.NewReader(string(body)))
			req.Header.Set("Authorization", "Bearer t")
			rec := do(t, h, req)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			a := decodeAnswer(t, rec)
			if len(a.Results) != 1 {
				t.Fatalf("%d results, want the one GraphQL answer: %s", len(a.Results), rec.Body)
			}
			var data struct{ Nodes json.RawMessage }
			if err := json.Unmarshal(a.Results[0], &data); err != nil {
				t.Fatal(err)
			}
			var nodes []map[string]any
			if err := json.Unmarshal(data.Nodes, &nodes); err != nil {
				nodes = []map[string]any{{}} // Cayley gives a single node as an object
			}
			if tt.want == -1 && len(nodes) > 80 {
				tt.want = len(nodes)
			}
			if len(nodes) != tt.want || a.Truncated != tt.wantTruncated {
				t.Errorf("%d nodes, truncated %v; want %d, truncated %v", len(nodes), a.Truncated, tt.want, tt.wantTruncated)
			}
		})
	}
}

// TestQueriesCannotEndTheProcess: raw Gizmo queries that ended the whole process,
// with a Go stack overflow or a panic outside any recover, each get a 4xx, and the
// server answers its health check after each. A value that contains itself or nests
// millions deep, handed to g.Emit, g.V or a path's methods; a row of Cayley's results
// stored in itself; a getter that reads itself; a path of a million steps; a JSON text
// nested millions deep; an argument of a type Cayley does not expect; a thrown value
// whose text throws, or never ends.
func TestQueriesCannotEndTheProcess(t *testing.T) {
	// no heap guard: a value millions deep takes hundreds of MiB, and the guard, at
	// its default, may stop the query first; the operator may set it higher or off
	h := newServer(t, server.Options{Token: "t", RateLimit: -1, QueryTimeout: time.Minute, MaxHeap: -1})
	req := httptest.NewRequest("POST", "/api/v1/import", strings.NewReader(
		"<https://w3id.org/actorgraph/actor/a> <https://w3id.org/actorgraph/supports> <https://w3id.org/actorgraph/actor/b> .\n"))
	req.Header.Set("Authorization", "Bearer t")
	if rec := do(t, h, req); rec.Code != http.StatusOK {
		t.Fatalf("import: %d %s", rec.Code, rec.Body)
	}
	const deep = `var a = []; for (var i = 0; i < 3e5; i++) a = [[[[[[[[[[a]]]]]]]]]]; `
	for _, tt := range []struct{ name, query, want string }{
		{"a cycle emitted", `var a = {}; a.b = a; g.Emit(a)`, "contains itself"},
		{"a cycle as a vertex", `var a = []; a[0] = a; g.V(a).all()`, "contains itself"},
		{"a cycle to is", `var a = [1]; a.push(a); g.V().is(a).all()`, "contains itself"},
		{"a cycle to has", `var a = {}; a.a = [a]; g.V().has("<p>", a).all()`, "contains itself"},
		{"a cycle to out", `var a = []; a[0] = a; g.V().out(a).all()`, "contains itself"},
		{"a cycle to iri", `var a = []; a[0] = a; g.V(iri(a)).all()`, "contains itself"},
		{"a row stored in itself", `g.V().ForEach(function (d) { d.self = d; g.Emit(d) })`, "contains itself"},
		{"a deep value emitted", deep + `g.Emit(a)`, "nests deeper than 64 levels"},
		{"a deep value as a vertex", deep + `g.V(a).all()`, "nests deeper than 64 levels"},
		{"a getter that reads itself", `var o = {get x() { return o.x; }}; o.x`, "calls nest deeper than"},
		{"a path of a million steps", `var p = g.V(); for (var i = 0; i < 1e6; i++) p = p.out(); p.all()`, "more than 10000 steps"},
		{"a JSON text nested millions deep", `JSON.parse("[".repeat(3e6) + "]".repeat(3e6))`, "nests deeper than 64 levels"},
		{"an argument Cayley does not expect", `g.V().out("<p>", {}).all()`, "expected string"},
		{"a thrown value whose text throws", `throw {toString: function () { return {}.x.y; }}`, "cannot be read"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			rec := rawQuery(t, h, "gizmo", tt.query, "t", "")
			if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), tt.want) {
				t.Errorf("status %d after %v: %.300s; want 400 saying %q", rec.Code, time.Since(start), rec.Body, tt.want)
			}
			if rec := do(t, h, httptest.NewRequest("GET", "/healthz", nil)); rec.Code != http.StatusOK {
				t.Errorf("/healthz after the query: %d", rec.Code)
			}
		})
	}
	t.Run("a thrown value whose text never ends", func(t *testing.T) {
		h := newServer(t, server.Options{Token: "t", RateLimit: -1, QueryTimeout: time.Second})
		rec := rawQuery(t, h, "gizmo", `throw {toString: function () { for (;;) {} }}`, "t", "")
		if rec.Code != http.StatusGatewayTimeout {
			t.Errorf("status %d: %.300s; want 504", rec.Code, rec.Body)
		}
		if rec := rawQuery(t, h, "gizmo", `g.Emit(1)`, "t", ""); rec.Code != http.StatusOK {
			t.Errorf("a query after it: %d %s", rec.Code, rec.Body)
		}
	})
	if rec := rawQuery(t, h, "gizmo", `g.V("<https://w3id.org/actorgraph/actor/a>").out().all()`, "t", ""); rec.Code != http.StatusOK ||
		!strings.Contains(rec.Body.String(), "actor/b") {
		t.Errorf("an ordinary query after the attacks: %d %s", rec.Code, rec.Body)
	}
}

// TestRawQueriesNeedAToken: raw queries run a client's code on the server, so they
// need the read or the write token unless the operator opens them; saved queries stay
// open.
func TestRawQueriesNeedAToken(t *testing.T) {
	const q = `g.V().Limit(1).All()`
	for _, tt := range []struct {
		name     string
		opt      server.Options
		token    string
		wantCode int
		wantErr  string
	}{
		{"no token configured", server.Options{}, "", 403, "queries_closed"},
		{"no token configured, one sent", server.Options{}, "x", 403, "queries_closed"},
		{"no token sent", server.Options{Token: "w"}, "", 401, "unauthorized"},
		{"wrong token", server.Options{Token: "w"}, "x", 401, "unauthorized"},
		{"the write token", server.Options{Token: "w"}, "w", 200, ""},
		{"only a read token configured", server.Options{ReadToken: "r"}, "r", 200, ""},
		{"the read token", server.Options{Token: "w", ReadToken: "r"}, "r", 200, ""},
		{"opened", server.Options{OpenQueries: true}, "", 200, ""},
		{"opened, the read token still asked of reads", server.Options{OpenQueries: true, ReadToken: "r"}, "", 401, "unauthorized"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.opt.RateLimit = -1
			rec := rawQuery(t, newServer(t, tt.opt), "gizmo", q, tt.token, "")
			if rec.Code != tt.wantCode {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.wantCode, rec.Body)
			}
			if tt.wantErr == "" {
				return
			}
			var body struct {
				Error struct{ Code, Message string } `json:"error"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error.Code != tt.wantErr || body.Error.Message == "" {
				t.Errorf("error %s, want code %q", rec.Body, tt.wantErr)
			}
			if tt.wantCode == 401 && rec.Header().Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
	rec := do(t, newServer(t, server.Options{RateLimit: -1}), httptest.NewRequest("GET", "/api/v1/queries/initiatives", nil))
	if rec.Code != http.StatusOK {
		t.Errorf("a saved query without a token: %d %s", rec.Code, rec.Body)
	}
}

// TestQueryByteBudget: results are counted in bytes as they are encoded; the first
// one past the budget is cut with all after it, for raw and saved queries alike.
func TestQueryByteBudget(t *testing.T) {
	h := newServer(t, server.Options{Token: "t", RateLimit: -1, QueryBytes: 1000})
	// each result is "xx…x", 52 bytes, with a comma between two: 18 take 953 bytes
	a := decodeAnswer(t, rawQuery(t, h, "gizmo", `for (var i = 0; i < 100; i++) g.Emit("x".repeat(50))`, "t", ""))
	if len(a.Results) != 18 || !a.Truncated {
		t.Errorf("%d results, truncated %v; want 18, truncated", len(a.Results), a.Truncated)
	}
	a = decodeAnswer(t, rawQuery(t, h, "gizmo", `for (var i = 0; i < 10; i++) g.Emit("x".repeat(50))`, "t", ""))
	if len(a.Results) != 10 || a.Truncated {
		t.Errorf("%d results, truncated %v; want 10 whole", len(a.Results), a.Truncated)
	}
	// one result past the budget is left out, not cut in the middle
	a = decodeAnswer(t, rawQuery(t, h, "gizmo", `g.Emit("small"); g.Emit("x".repeat(5000)); g.Emit("small")`, "t", ""))
	if len(a.Results) != 1 || string(a.Results[0]) != `"small"` || !a.Truncated {
		t.Errorf("results %s, truncated %v; want the first alone, truncated", a.Results, a.Truncated)
	}
	// a saved query under a budget that holds its first result alone
	saved := func(budget int) queryAnswer {
		h := newServer(t, server.Options{Token: "t", RateLimit: -1, QueryBytes: budget})
		req := httptest.NewRequest("POST", "/api/v1/documents?name=a.txt", strings.NewReader("Russia backs Serbia. Belarus backs Serbia. Hungary backs Serbia.\n"))
		req.Header.Set("Authorization", "Bearer t")
		if rec := do(t, h, req); rec.Code != http.StatusCreated {
			t.Fatalf("ingest: %d %s", rec.Code, rec.Body)
		}
		rec := do(t, h, httptest.NewRequest("GET", "/api/v1/queries/supporters-of?actor=Serbia", nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("saved query: %d %s", rec.Code, rec.Body)
		}
		return decodeAnswer(t, rec)
	}
	all := saved(0)
	if len(all.Results) < 3 || all.Truncated {
		t.Fatalf("%d supporters of Serbia, truncated %v", len(all.Results), all.Truncated)
	}
	one := saved(len(all.Results[0]) + 1)
	if len(one.Results) != 1 || !one.Truncated {
		t.Errorf("under a budget of %d bytes: %d results, truncated %v; want 1, truncated", len(all.Results[0])+1, len(one.Results), one.Truncated)
	}
}

// TestHeapGuardStopsAQuery: a query that fills the heap is stopped with 503 once the
// process passes its heap budget, well before its time limit, and the server goes on
// answering with the query's memory freed.
func TestHeapGuardStopsAQuery(t *testing.T) {
	opt := server.Options{Token: "t", RateLimit: -1, QueryTimeout: time.Minute}
	newServer(t, opt) // loads what a server holds before the budget is measured
	runtime.GC()
	budget := heapObjects() + 256<<20
	opt.MaxHeap = int64(budget)
	h := newServer(t, opt)
	start := time.Now()
	rec := rawQuery(t, h, "gizmo", `var a = []; for (;;) a.push("x".repeat(1 << 20) + a.length)`, "t", "")
	took := time.Since(start)
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("status %d after %v, want 503: %.300s", rec.Code, took, rec.Body)
	}
	var body struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error.Code != "service_unavailable" || !strings.Contains(body.Error.Message, "memory") {
		t.Errorf("error %s, want service_unavailable naming the memory", rec.Body)
	}
	if rec.Header().Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
	t.Logf("stopped after %v", took)
	if took > 30*time.Second {
		t.Errorf("stopped after %v", took)
	}
	if rec := do(t, h, httptest.NewRequest("GET", "/healthz", nil)); rec.Code != http.StatusOK {
		t.Errorf("/healthz after the query: %d", rec.Code)
	}
	runtime.GC()
	if heap := heapObjects(); heap > budget {
		t.Errorf("heap %d MiB after the query, past its budget of %d MiB: the query's memory is still held", heap>>20, budget>>20)
	}
	// an ordinary query runs again
	if rec := rawQuery(t, h, "gizmo", `g.Emit(1)`, "t", ""); rec.Code != http.StatusOK {
		t.Errorf("a query after the stop: %d %s", rec.Code, rec.Body)
	}
}

func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
