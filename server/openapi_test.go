package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"mime"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/labstack/echo/v4"

	"github.com/actorgraph/actorgraph/graph/export"
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

// TestOpenAPIExportFormats: the format parameter of /export lists exactly the export
// package's formats, in its order; the export's responses name exactly their media
// types; and /export/formats documents exactly the fields a format is served with.
func TestOpenAPIExportFormats(t *testing.T) {
	rec := httptest.NewRecorder()
	newServer(t, server.Options{}).ServeHTTP(rec, httptest.NewRequest("GET", "/openapi.yaml", nil))
	doc, err := openapi3.NewLoader().LoadFromData(rec.Body.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	op := doc.Paths.Find("/api/v1/export").Get
	var enum []string
	for _, v := range op.Parameters.GetByInAndName("query", "format").Schema.Value.Enum {
		enum = append(enum, fmt.Sprint(v))
	}
	if !slices.Equal(enum, export.Names()) {
		t.Errorf("openapi.yaml's export formats %v, the export package's %v", enum, export.Names())
	}
	var documented, served []string
	for mt := range op.Responses.Status(200).Value.Content {
		documented = append(documented, mt)
	}
	for _, f := range export.Formats() {
		mt, _, err := mime.ParseMediaType(f.MediaType)
		if err != nil {
			t.Fatal(err)
		}
		served = append(served, mt)
	}
	slices.Sort(documented)
	slices.Sort(served)
	if !slices.Equal(documented, slices.Compact(served)) {
		t.Errorf("openapi.yaml's export media types %v, the export package's %v", documented, served)
	}
	var fields, want []string
	for name := range doc.Paths.Find("/api/v1/export/formats").Get.Responses.Status(200).Value.Content.Get("application/json").Schema.Value.Properties["formats"].Value.Items.Value.Properties {
		fields = append(fields, name)
	}
	raw, err := json.Marshal(export.Formats()[0])
	if err != nil {
		t.Fatal(err)
	}
	var served0 map[string]any
	if err := json.Unmarshal(raw, &served0); err != nil {
		t.Fatal(err)
	}
	for name := range served0 {
		want = append(want, name)
	}
	slices.Sort(fields)
	slices.Sort(want)
	if !slices.Equal(fields, want) {
		t.Errorf("openapi.yaml documents a format's fields %v, the server sends %v", fields, want)
	}
}
