package server_test

import (
	"context"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/labstack/echo/v4"

	"github.com/actorgraph/actorgraph/server"
)

// TestOpenAPIDocument loads the served OpenAPI document, validates it, and checks that
// it documents exactly the routes the server registers.
func TestOpenAPIDocument(t *testing.T) {
	h := newServer(t, server.Options{})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/openapi.yaml", nil))
	if rec.Code != 200 {
		t.Fatalf("GET /openapi.yaml: %d", rec.Code)
	}
	doc, err := openapi3.NewLoader().LoadFromData(rec.Body.Bytes())
	if err != nil {
		t.Fatalf("loading: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("invalid OpenAPI document: %v", err)
	}
	var documented []string
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented = append(documented, method+" "+path)
		}
	}
	param := regexp.MustCompile(`:([a-z_]+)`)
	var registered []string
	for _, r := range h.(*echo.Echo).Routes() {
		if strings.HasPrefix(r.Path, "/*") || strings.HasPrefix(r.Path, "/static") || r.Method == "echo_route_not_found" {
			continue
		}
		registered = append(registered, r.Method+" "+param.ReplaceAllString(r.Path, "{$1}"))
	}
	slices.Sort(documented)
	slices.Sort(registered)
	registered = slices.Compact(registered)
	for _, r := range registered {
		if !slices.Contains(documented, r) {
			t.Errorf("route %s is not in openapi.yaml", r)
		}
	}
	for _, d := range documented {
		if !slices.Contains(registered, d) {
			t.Errorf("openapi.yaml documents %s, which is not registered", d)
		}
	}
}
