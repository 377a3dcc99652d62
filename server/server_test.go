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
