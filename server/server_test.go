package server_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/ingest"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/server"
)

func newServer(t *testing.T, opt server.Options) http.Handler {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "s.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	lex, err := extract.LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return server.New(st, &ingest.Pipeline{Store: st, Extractor: extract.New(lex)}, slog.New(slog.NewTextHandler(io.Discard, nil)), opt)
}

func TestWritesAndLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every write and limit against a server; skipped with -short")
	}
	article := "Russia backs Serbia.\n"
	tests := []struct {
		name     string
		opt      server.Options
		method   string
		path     string
		token    string
		body     string
		wantCode int
		wantErr  string
	}{
		{"writes refused without a configured token", server.Options{}, "POST", "/api/v1/documents", "anything", article, 403, "writes_disabled"},
		{"no token sent", server.Options{Token: "t"}, "POST", "/api/v1/documents", "", article, 401, "unauthorized"},
		{"wrong token", server.Options{Token: "t"}, "POST", "/api/v1/documents", "u", article, 401, "unauthorized"},
		{"right token", server.Options{Token: "t"}, "POST", "/api/v1/documents?name=a.txt", "t", article, 201, ""},
		{"too large", server.Options{Token: "t", MaxArticleBytes: 10}, "POST", "/api/v1/documents", "t", article, 413, "request_entity_too_large"},
		{"empty article", server.Options{Token: "t"}, "POST", "/api/v1/documents", "t", "   ", 400, "invalid"},
		{"binary article", server.Options{Token: "t"}, "POST", "/api/v1/documents", "t", "\x00\x01\x02", 400, "invalid"},
		{"malformed JSON article", server.Options{Token: "t"}, "POST", "/api/v1/documents", "t", `{"text": `, 400, "invalid"},
		{"delete needs the token", server.Options{Token: "t"}, "DELETE", "/api/v1/documents/a", "", "", 401, "unauthorized"},
		{"delete unknown", server.Options{Token: "t"}, "DELETE", "/api/v1/documents/nope", "t", "", 404, "not_found"},
		{"unknown actor", server.Options{}, "GET", "/api/v1/actors/nobody", "", "", 404, "not_found"},
		{"bad limit", server.Options{}, "GET", "/api/v1/relations?limit=-3", "", "", 400, "invalid"},
		{"unknown route", server.Options{}, "GET", "/api/v1/nothing", "", "", 404, "not_found"},
		{"health", server.Options{}, "GET", "/healthz", "", "", 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newServer(t, tt.opt)
			req := httptest.NewRequest(tt.method, tt.path, strings.NewReader(tt.body))
			if tt.token != "" {
				req.Header.Set("Authorization", "Bearer "+tt.token)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.wantCode {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.wantCode, rec.Body)
			}
			if tt.wantErr == "" {
				return
			}
			var body struct {
				Error struct{ Code, Message string } `json:"error"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("error body is not JSON: %s", rec.Body)
			}
			if body.Error.Code != tt.wantErr || body.Error.Message == "" {
				t.Errorf("error %+v, want code %q", body.Error, tt.wantErr)
			}
		})
	}
}

func TestUnauthorizedWriteChangesNothing(t *testing.T) {
	h := newServer(t, server.Options{Token: "t"})
	req := httptest.NewRequest("POST", "/api/v1/documents", strings.NewReader("Russia backs Serbia."))
	h.ServeHTTP(httptest.NewRecorder(), req)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/documents", nil))
	if !strings.Contains(rec.Body.String(), `"documents":[]`) {
		t.Errorf("documents after a refused write: %s", rec.Body)
	}
}

func do(t *testing.T, h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestReadTokenCORSAndHeaders(t *testing.T) {
	h := newServer(t, server.Options{Token: "w", ReadToken: "r", CORSOrigins: []string{"https://analyst.example"}})
	if rec := do(t, h, httptest.NewRequest("GET", "/api/v1/documents", nil)); rec.Code != http.StatusUnauthorized {
		t.Errorf("read without token: %d", rec.Code)
	}
	for _, tok := range []string{"r", "w"} {
		req := httptest.NewRequest("GET", "/api/v1/documents", nil)
		req.Header.Set("Authorization", "Bearer "+tok)
		if rec := do(t, h, req); rec.Code != http.StatusOK {
			t.Errorf("read with token %s: %d", tok, rec.Code)
		}
	}
	if rec := do(t, h, httptest.NewRequest("GET", "/healthz", nil)); rec.Code != http.StatusOK {
		t.Errorf("health without token: %d", rec.Code)
	}
	req := httptest.NewRequest("GET", "/healthz", nil)
	req.Header.Set("Origin", "https://analyst.example")
	rec := do(t, h, req)
	if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "https://analyst.example" {
		t.Errorf("allowed origin: %q", got)
	}
	req.Header.Set("Origin", "https://evil.example")
	if got := do(t, h, req).Header().Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("other origin allowed: %q", got)
	}
	for k, want := range map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"} {
		if got := rec.Header().Get(k); got != want {
			t.Errorf("%s: %q, want %q", k, got, want)
		}
	}
	if !strings.Contains(rec.Header().Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("CSP: %q", rec.Header().Get("Content-Security-Policy"))
	}
	// without configured origins, no CORS at all
	plain := newServer(t, server.Options{})
	req = httptest.NewRequest("GET", "/healthz", nil)
	req.Header.Set("Origin", "https://analyst.example")
	if got := do(t, plain, req).Header().Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("CORS on by default: %q", got)
	}
}

func TestRateLimit(t *testing.T) {
	h := newServer(t, server.Options{RateLimit: 5})
	limited := 0
	for i := 0; i < 30; i++ {
		req := httptest.NewRequest("GET", "/api/v1/documents", nil)
		req.RemoteAddr = "192.0.2.7:1234"
		if do(t, h, req).Code == http.StatusTooManyRequests {
			limited++
		}
	}
	if limited == 0 {
		t.Error("30 requests at once from one client, none limited")
	}
	req := httptest.NewRequest("GET", "/api/v1/documents", nil)
	req.RemoteAddr = "192.0.2.8:1234"
	if rec := do(t, h, req); rec.Code != http.StatusOK {
		t.Errorf("another client: %d", rec.Code)
	}
}

func TestImport(t *testing.T) {
	h := newServer(t, server.Options{Token: "t"})
	post := func(body string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("POST", "/api/v1/import", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer t")
		return do(t, h, req)
	}
	good := `<https://w3id.org/actorgraph/actor/wagner> <http://www.w3.org/2000/01/rdf-schema#label> "Wagner Group" .
<https://w3id.org/actorgraph/actor/wagner> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/actorgraph/ns#Actor> .
`
	if rec := post(good); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"quads":2`) {
		t.Fatalf("import: %d %s", rec.Code, rec.Body)
	}
	if rec := do(t, h, httptest.NewRequest("GET", "/api/v1/actors/wagner%20group", nil)); rec.Code != http.StatusOK {
		t.Errorf("imported actor not found by its label: %d %s", rec.Code, rec.Body)
	}
	bad := good + "<https://w3id.org/x> <broken .\n"
	rec := post(bad)
	if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "line 3") {
		t.Errorf("malformed line: %d %s", rec.Code, rec.Body)
	}
	req := httptest.NewRequest("POST", "/api/v1/import", strings.NewReader(good))
	if rec := do(t, h, req); rec.Code != http.StatusUnauthorized {
		t.Errorf("import without token: %d", rec.Code)
	}
}

// TestAnswersKeptUntilAWrite: a read asked again is served from the kept answer, with
// the same body; a write makes the next answer fresh; the ETag gives 304; no-cache
// asks afresh.
func TestAnswersKeptUntilAWrite(t *testing.T) {
	h := newServer(t, server.Options{Token: "t", RateLimit: -1})
	ingestText := func(name, text string) {
		req := httptest.NewRequest("POST", "/api/v1/documents?name="+name, strings.NewReader(text))
		req.Header.Set("Authorization", "Bearer t")
		if rec := do(t, h, req); rec.Code/100 != 2 {
			t.Fatalf("ingest %s: %d %s", name, rec.Code, rec.Body)
		}
	}
	ingestText("a.txt", "Russia backs Serbia.\n")
	get := func(header ...string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", "/api/v1/actors/serbia/supporters", nil)
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		return do(t, h, req)
	}
	first, second := get(), get()
	if first.Code != 200 || first.Header().Get("X-Cache") != "" || second.Header().Get("X-Cache") != "hit" {
		t.Fatalf("first %d (X-Cache %q), second X-Cache %q; want a miss then a hit", first.Code, first.Header().Get("X-Cache"), second.Header().Get("X-Cache"))
	}
	if first.Body.String() != second.Body.String() || !strings.Contains(first.Body.String(), "Russia") {
		t.Fatalf("kept answer differs:\n%s\n%s", first.Body, second.Body)
	}
	etag := first.Header().Get("ETag")
	if rec := get("If-None-Match", etag); rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
		t.Fatalf("If-None-Match with the ETag: %d %q; want 304", rec.Code, rec.Body)
	}
	if rec := get("Cache-Control", "no-cache"); rec.Code != 200 || rec.Header().Get("X-Cache") != "" {
		t.Fatalf("no-cache: %d, X-Cache %q; want a fresh answer", rec.Code, rec.Header().Get("X-Cache"))
	}
	ingestText("b.txt", "Belarus backs Serbia.\n")
	after := get()
	if after.Header().Get("X-Cache") != "" || !strings.Contains(after.Body.String(), "Belarus") {
		t.Fatalf("after a write the answer is stale (X-Cache %q): %s", after.Header().Get("X-Cache"), after.Body)
	}
	if after.Header().Get("ETag") == etag {
		t.Fatal("the ETag did not change with the data")
	}
	if rec := get("If-None-Match", etag); rec.Code != 200 {
		t.Fatalf("an old ETag after a write: %d; want 200 with the new answer", rec.Code)
	}
}

// TestReadinessAndMetrics: /readyz answers while the store does; /metrics counts the
// requests by route pattern and serves the process's and Cayley's metrics.
func TestReadinessAndMetrics(t *testing.T) {
	h := newServer(t, server.Options{RateLimit: -1})
	if rec := do(t, h, httptest.NewRequest("GET", "/readyz", nil)); rec.Code != 200 || !strings.Contains(rec.Body.String(), "ready") {
		t.Fatalf("/readyz: %d %s", rec.Code, rec.Body)
	}
	do(t, h, httptest.NewRequest("GET", "/api/v1/actors/nobody", nil))
	rec := do(t, h, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("/metrics: %d %s", rec.Code, rec.Body)
	}
	body := rec.Body.String()
	for _, want := range []string{
		`actorgraph_http_requests_total{method="GET",route="/api/v1/actors/:id",status="404"} 1`,
		`actorgraph_http_request_duration_seconds_bucket{method="GET",route="/readyz"`,
		"go_goroutines", "process_resident_memory_bytes",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
