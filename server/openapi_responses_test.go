package server_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	legacyrouter "github.com/getkin/kin-openapi/routers/legacy"
	"github.com/labstack/echo/v4"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/server"
)

// apiCall is one request of TestResponsesMatchOpenAPI and the status it should get.
type apiCall struct {
	method, path, body, contentType string
	token                           bool // send the write token
	want                            int
}

// openAPICalls calls every route of the API with valid parameters, in an order in
// which the writes come last, and a few of them with invalid ones.
var openAPICalls = []apiCall{
	{method: "GET", path: "/", want: 200},
	{method: "GET", path: "/healthz", want: 200},
	{method: "GET", path: "/readyz", want: 200},
	{method: "GET", path: "/metrics", want: 200},
	{method: "GET", path: "/openapi.yaml", want: 200},
	{method: "GET", path: "/favicon.ico", want: 200},
	{method: "GET", path: "/api/v1/actors?q=r&limit=5", want: 200},
	{method: "GET", path: "/api/v1/actors?q=nobody-at-all", want: 200},
	{method: "GET", path: "/api/v1/actors/russia", want: 200},
	{method: "GET", path: "/api/v1/actors/lonely", want: 200},
	{method: "GET", path: "/api/v1/actors/serbia/supporters", want: 200},
	{method: "GET", path: "/api/v1/actors/russia/supports?min_confidence=0.5", want: 200},
	{method: "GET", path: "/api/v1/actors/russia/opposes", want: 200},
	{method: "GET", path: "/api/v1/actors/ukraine/opposed-by?since=2020-01-01&until=2030-01-01", want: 200},
	{method: "GET", path: "/api/v1/actors/lonely/supporters", want: 200},
	{method: "GET", path: "/api/v1/actors/russia/neighborhood?depth=2", want: 200},
	{method: "GET", path: "/api/v1/actors/lonely/neighborhood", want: 200},
	{method: "GET", path: "/api/v1/relations?limit=2", want: 200},
	{method: "GET", path: "/api/v1/relations?predicate=supports&subject=russia", want: 200},
	{method: "GET", path: "/api/v1/relations?subject=lonely", want: 200},
	{method: "GET", path: "/api/v1/paths?from=serbia&to=ukraine", want: 200},
	{method: "GET", path: "/api/v1/paths?from=serbia&to=lonely", want: 200},
	{method: "GET", path: "/api/v1/camps", want: 200},
	{method: "GET", path: "/api/v1/camps?theatre=0&limit=1", want: 200},
	{method: "GET", path: "/api/v1/camps?around=lonely", want: 200},
	{method: "GET", path: "/api/v1/camps/timeline?around=gna&step=month", want: 200},
	{method: "GET", path: "/api/v1/theatres?limit=1", want: 200},
	{method: "GET", path: "/api/v1/graph", want: 200},
	{method: "GET", path: "/api/v1/graph?since=2030-01-01", want: 200},
	{method: "GET", path: "/api/v1/queries", want: 200},
	{method: "GET", path: "/api/v1/queries/supporters-of?actor=serbia", want: 200},
	{method: "GET", path: "/api/v1/queries/initiatives", want: 200},
	{method: "POST", path: "/api/v1/query", contentType: "application/json", body: `{"language": "gizmo", "query": "g.V(ag(\"actor/russia\")).Out(ag(\"supports\")).All()"}`, want: 200},
	{method: "POST", path: "/api/v1/query?lang=graphql&limit=5", contentType: "text/plain", body: `{ nodes { id } }`, want: 200},
	{method: "GET", path: "/api/v1/documents?limit=2", want: 200},
	{method: "GET", path: "/api/v1/documents/d?text_start=0&text_limit=20&limit=1", want: 200},
	{method: "GET", path: "/api/v1/export?format=nquads&subject=russia", want: 200},
	{method: "GET", path: "/api/v1/export/formats", want: 200},
	{method: "POST", path: "/api/v1/documents?name=a.txt", contentType: "text/plain", body: "Russia backs Serbia.\n", token: true, want: 201},
	{method: "POST", path: "/api/v1/documents?name=a.txt", contentType: "text/plain", body: "Russia backs Serbia.\n", token: true, want: 200},
	{method: "POST", path: "/api/v1/reextract", token: true, want: 200},
	{method: "POST", path: "/api/v1/import", contentType: "application/n-quads", token: true, want: 200,
		body: "<https://w3id.org/actorgraph/actor/wagner> <http://www.w3.org/2000/01/rdf-schema#label> \"Wagner Group\" .\n"},
	{method: "DELETE", path: "/api/v1/documents/a", token: true, want: 200},

	// errors
	{method: "GET", path: "/api/v1/actors/nobody", want: 404},
	{method: "GET", path: "/api/v1/actors/nobody/neighborhood", want: 404},
	{method: "GET", path: "/api/v1/relations?limit=-3", want: 400},
	{method: "GET", path: "/api/v1/relations?cursor=nonsense", want: 400},
	{method: "GET", path: "/api/v1/paths?from=serbia", want: 400},
	{method: "GET", path: "/api/v1/camps?theatre=99", want: 404},
	{method: "GET", path: "/api/v1/camps/timeline", want: 400},
	{method: "GET", path: "/api/v1/queries/nope", want: 404},
	{method: "GET", path: "/api/v1/documents/nope", want: 404},
	{method: "GET", path: "/api/v1/export?format=nope", want: 400},
	{method: "POST", path: "/api/v1/query", contentType: "application/json", body: `{"language": "sparql", "query": "x"}`, want: 400},
	{method: "POST", path: "/api/v1/documents", contentType: "text/plain", body: "Russia backs Serbia.", want: 401},
	{method: "POST", path: "/api/v1/import", contentType: "application/n-quads", body: "<a> <broken .\n", token: true, want: 400},
	{method: "DELETE", path: "/api/v1/documents/nope", token: true, want: 404},
}

// TestResponsesMatchOpenAPI calls every route of the API on a store with data and
// checks each real answer, successes and errors alike, against openapi.yaml: its
// status is documented, and its body matches the schema (every list [], never null;
// evidence always a list; the one error body). A route that the server registers but
// that no call reaches fails the test, so a new route needs a call here.
func TestResponsesMatchOpenAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("calls every route; skipped with -short")
	}
	a := twiceRead()
	a.Nodes = append(a.Nodes, graph.Node{ID: "lonely", Name: "Lonely", Kind: graph.KindGroup})
	h := newServerWith(t, server.Options{Token: "t", OpenQueries: true, RateLimit: -1}, append(twoWars(), a)...)
	doc, router := openAPIRouter(t, h)
	reached := map[string]bool{}
	for _, call := range openAPICalls {
		t.Run(call.method+" "+call.path, func(t *testing.T) {
			req := httptest.NewRequest(call.method, "http://127.0.0.1:8080"+call.path, strings.NewReader(call.body))
			if call.contentType != "" {
				req.Header.Set("Content-Type", call.contentType)
			}
			if call.token {
				req.Header.Set("Authorization", "Bearer t")
			}
			route, params, err := router.FindRoute(req)
			if err != nil {
				t.Fatalf("not in openapi.yaml: %v", err)
			}
			in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
				Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc,
					ExcludeRequestBody: call.contentType != "application/json"}}
			if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil && call.want < 400 {
				t.Errorf("the request does not match openapi.yaml: %v", err)
			}
			if call.body != "" {
				req.Body = io.NopCloser(strings.NewReader(call.body)) // the validation read it
			}
			res := do(t, h, req)
			if res.Code != call.want {
				t.Fatalf("status %d, want %d: %.300s", res.Code, call.want, res.Body)
			}
			if res.Code < 400 {
				reached[route.Method+" "+route.Path] = true
			}
			checkResponse(t, in, res)
		})
	}
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			if !reached[method+" "+path] {
				t.Errorf("no call answered %s %s with success: add one to openAPICalls", method, path)
			}
		}
	}
	for _, r := range h.(*echo.Echo).Routes() {
		p := regexp.MustCompile(`:([a-z_]+)`).ReplaceAllString(r.Path, "{$1}")
		if !strings.HasPrefix(p, "/static") && !strings.HasPrefix(p, "/*") && r.Method != "echo_route_not_found" && !reached[r.Method+" "+p] {
			t.Errorf("route %s %s is registered but no call reached it", r.Method, p)
		}
	}
}

// TestReadyzFailureMatchesOpenAPI: a store that does not answer makes /readyz answer
// 503 with the error body every error has.
func TestReadyzFailureMatchesOpenAPI(t *testing.T) {
	h := server.New(deadStore{}, nil, slog.New(slog.NewTextHandler(io.Discard, nil)), server.Options{RateLimit: -1})
	_, router := openAPIRouter(t, h)
	req := httptest.NewRequest("GET", "http://127.0.0.1:8080/readyz", nil)
	route, params, err := router.FindRoute(req)
	if err != nil {
		t.Fatal(err)
	}
	res := do(t, h, req)
	if res.Code != http.StatusServiceUnavailable || !strings.Contains(res.Body.String(), `"code":"unavailable"`) {
		t.Fatalf("/readyz on a dead store: %d %s", res.Code, res.Body)
	}
	checkResponse(t, &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route}, res)
}

// deadStore is a store whose every read fails.
type deadStore struct{ server.Store }

func (deadStore) Empty(context.Context) (bool, error) { return false, errors.New("connection refused") }

// openAPIRouter loads the OpenAPI document the server serves and routes by it.
func openAPIRouter(t *testing.T, h http.Handler) (*openapi3.T, routers.Router) {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(do(t, h, httptest.NewRequest("GET", "/openapi.yaml", nil)).Body.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatal(err)
	}
	router, err := legacyrouter.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	return doc, router
}

// checkResponse validates a real answer against the operation's responses: its status
// must be documented; a JSON body must match its schema. The bodies of the other
// media types (the page, the exports, the metrics) are not JSON to check.
func checkResponse(t *testing.T, in *openapi3filter.RequestValidationInput, res *httptest.ResponseRecorder) {
	t.Helper()
	json := strings.HasPrefix(res.Header().Get("Content-Type"), "application/json")
	if res.Code < 400 && !json && res.Code != http.StatusOK {
		t.Errorf("a %d answer that is not JSON: %s", res.Code, res.Header().Get("Content-Type"))
	}
	if res.Code >= 400 && !json {
		t.Errorf("an error that is not JSON: %d %s", res.Code, res.Header().Get("Content-Type"))
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: res.Code, Header: res.Header(),
		Options: &openapi3filter.Options{IncludeResponseStatus: true, ExcludeResponseBody: !json}}
	out.SetBodyBytes(res.Body.Bytes())
	if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
		t.Errorf("the %d answer does not match openapi.yaml: %v\n%.500s", res.Code, err, res.Body)
	}
}
