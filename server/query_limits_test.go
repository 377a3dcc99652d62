package server_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
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
