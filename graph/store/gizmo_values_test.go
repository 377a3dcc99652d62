package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// gizmoQuery runs a Gizmo query on s within limit, with room for ten thousand results.
func gizmoQuery(t *testing.T, s *Store, src string, limit time.Duration) (graph.QueryResult, time.Duration, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	start := time.Now()
	res, err := s.Query(ctx, "gizmo", src, nil, graph.QueryLimits{Results: 10000, Bytes: 4 << 20})
	return res, time.Since(start), err
}

// wantRefused fails unless err is a query error, naming want, that came at once.
func wantRefused(t *testing.T, q string, err error, took time.Duration, want string) {
	t.Helper()
	if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), want) {
		t.Errorf("%s: %v after %v, want a query error saying %q", q, err, took, want)
	} else if took > 5*time.Second {
		t.Errorf("%s: refused after %v", q, took)
	}
}

// TestCyclicArgumentsRefused: a value that contains itself, handed to any of Gizmo's
// Go functions, is refused with a query error, where before Cayley's recursion over
// it overflowed Go's stack and ended the process. So is one made by storing a row of
// Cayley's results in itself, which goja exported on the assignment.
func TestCyclicArgumentsRefused(t *testing.T) {
	s := openTemp(t)
	if _, err := s.Import(context.Background(), strings.NewReader(cayleyTestGraph), 0, nil); err != nil {
		t.Fatal(err)
	}
	const cycle = `var X = {a: [1, {}]}; X.a[1].back = X; `
	for _, call := range []string{
		`g.Emit(X)`, `g.emit([X])`, `g.V(X)`, `g.Vertex("<alice>", X)`,
		`g.V().is(X)`, `g.V().Is(X)`, `g.V().has("<follows>", X)`, `g.V().hasR("<follows>", X)`,
		`g.V().out(X)`, `g.V().In(X)`, `g.V().both(X)`, `g.V().out("<follows>", X)`,
		`g.V().save(X, "t")`, `g.V().saveR(X, "t")`, `g.V().saveOpt(X, "t")`, `g.V().saveOptR(X, "t")`,
		`g.V().labelContext(X)`, `g.V().followRecursive(X)`, `g.V().tag(X)`, `g.V().back(X)`,
		`g.V().toArray(X)`, `g.V().forEach(X, function () {})`, `g.V().limit(X)`,
		`iri(X)`, `str(X)`, `bnode(X)`, `raw(X)`, `lang(X, "en")`, `typed("1", X)`,
		`lt(X)`, `gte(X)`, `regex(X)`, `like(X)`, `g.V().has("<follows>", lt(X))`,
		`typed("2020-01-01T00:00:00Z", "http://www.w3.org/2001/XMLSchema#dateTime").parseValue().equal(X)`,
	} {
		q := cycle + call
		_, took, err := gizmoQuery(t, s, q, 10*time.Second)
		wantRefused(t, q, err, took, "contains itself")
	}
	for _, q := range []string{
		`g.V().ForEach(function (d) { d.self = d; g.Emit(d) })`,
		`g.V().Map(function (d) { d.all = [d]; g.Emit(d.all) })`,
		`var a = g.V().toArray(); a[0] = a; g.Emit(a)`,
		`var a = g.V().tagArray(); a[0].me = a; g.Emit(a)`,
	} {
		_, took, err := gizmoQuery(t, s, q, 10*time.Second)
		wantRefused(t, q, err, took, "contains itself")
	}
}

// TestDeepArgumentsRefused: a value nested three million levels deep, handed to
// Gizmo's Go functions, thrown or left as the query's value, is refused, or left in
// the query, where before each overflowed Go's stack. Building the value takes
// seconds; the query builds it once for all the calls.
func TestDeepArgumentsRefused(t *testing.T) {
	s := openTemp(t)
	calls := []string{
		`g.Emit(X)`, `g.Emit({deep: X})`, `g.V(X)`, `g.V().is(X)`, `g.V().has("<follows>", X)`,
		`g.V().out(X)`, `g.V().save(X, "t")`, `g.V().labelContext(X)`, `g.V().tag(X)`, `iri(X)`, `lt(X)`,
		`g.V().forEach(X, function () {})`,
		`typed("2020-01-01T00:00:00Z", "http://www.w3.org/2001/XMLSchema#dateTime").parseValue().equal(X)`,
	}
	var q strings.Builder
	q.WriteString("var X = []; for (var i = 0; i < 3e5; i++) X = [[[[[[[[[[X]]]]]]]]]];\n")
	for _, c := range calls {
		fmt.Fprintf(&q, "try { %s; g.Emit('not refused') } catch (e) { g.Emit(String(e)) }\n", c)
	}
	q.WriteString("throw X")
	res, took, err := gizmoQuery(t, s, q.String(), 2*time.Minute)
	t.Logf("%v", took)
	if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), fmt.Sprintf("calls nest deeper than %d", MaxCallDepth)) {
		t.Errorf("throwing the value: %v, want a query error (its text is too deep to read)", err)
	}
	if len(res.Results) != len(calls) {
		t.Fatalf("%d results, want %d: %s", len(res.Results), len(calls), res.Results)
	}
	for i, c := range calls {
		var msg string
		if err := json.Unmarshal(res.Results[i], &msg); err != nil || !strings.Contains(msg, fmt.Sprintf("nests deeper than %d levels", MaxValueDepth)) {
			t.Errorf("%s: %s, want it refused as too deep", c, res.Results[i])
		}
	}
	// the value left as the query's result is not exported
	_, took, err = gizmoQuery(t, s, "var X = []; for (var i = 0; i < 3e5; i++) X = [[[[[[[[[[X]]]]]]]]]];\nX", 2*time.Minute)
	if err != nil {
		t.Errorf("a deep value as the query's last: %v after %v", err, took)
	}
}

// TestGizmoRecursionBounded: JavaScript that calls itself through goja's Go code (a
// getter, toString, a callback of a built-in) nests at most MaxCallDepth calls, where
// before each level took Go stack until the process ended. A path of a million steps,
// which Cayley optimises by recursion, is refused; so are texts that goja would parse
// by recursion: a JSON text nested millions deep, and code compiled as the query runs.
func TestGizmoRecursionBounded(t *testing.T) {
	s := openTemp(t)
	for _, tt := range []struct{ q, want string }{
		{`var o = {get x() { return o.x; }}; o.x`, "calls nest deeper than"},
		{`var o = {toString: function () { return "" + o; }}; "" + o`, "calls nest deeper than"},
		{`function f() { [1].forEach(f); } f()`, "calls nest deeper than"},
		{`var p = g.V(); for (var i = 0; i < 1e6; i++) p = p.out(); p.all()`, "more than 10000 steps"},
		{`var m = g.M().out(); for (var i = 0; i < 20; i++) m = m.follow(m); g.V().follow(m).all()`, "more than 10000 steps"},
		{`JSON.parse("[".repeat(3e6) + "]".repeat(3e6))`, "JSON.parse: the text nests deeper than 64 levels"},
		{`eval("[".repeat(1e6) + "]".repeat(1e6))`, "EvalError"},
		{`Function("return " + "[".repeat(1e6) + "]".repeat(1e6))`, "EvalError"},
		{`(function () {}).constructor("return 1")()`, "EvalError"},
		{`(function* () {}).constructor("yield 1")`, "EvalError"},
		{`(async function () {}).constructor("return 1")`, "EvalError"},
	} {
		_, took, err := gizmoQuery(t, s, tt.q, 30*time.Second)
		wantRefused(t, tt.q, err, took, tt.want)
	}
}

// TestThrownValuesStayInTheQuery: what a query throws becomes an error of the query
// while it runs, where before Cayley exported it, and the server printed it, after the
// query: a toString that throws or loops then ran outside the query's limits and
// ended the process.
func TestThrownValuesStayInTheQuery(t *testing.T) {
	s := openTemp(t)
	if _, err := s.Import(context.Background(), strings.NewReader(cayleyTestGraph), 0, nil); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, want string }{
		{`throw {toString: function () { return {}.x.y; }}`, "an exception whose text cannot be read"},
		{`throw new Proxy({}, {})`, "a Proxy"},
		{`throw "plain"`, "query: plain"},
		{`throw new RangeError("out of range")`, "query: RangeError: out of range at <eval>:7:7("},
		{"\nnull.x", "query: TypeError: Cannot read property 'x' of undefined at <eval>:8:6("},
		{`g.V().out("<a>", {})`, "query: TypeError: out: expected string, got: map[string]interface {} at <eval>:7:10("},
		{`g.V().follow({})`, "TypeError: follow: argument 1 is not a path"},
		{`g.V().forEach(function () { throw new Error("from a callback"); })`, "Error: from a callback"},
	} {
		_, took, err := gizmoQuery(t, s, tt.q, 10*time.Second)
		wantRefused(t, tt.q, err, took, tt.want)
	}
	// a Cayley error, caught, holds no Go value: before, e.val was the graph itself,
	// unchecked
	res, _, err := gizmoQuery(t, s, `try { g.V(g) } catch (e) { g.Emit([String(e), typeof e.val]) }`, 10*time.Second)
	if err != nil || len(res.Results) != 1 || string(res.Results[0]) != `["not a quad.Value: *gizmo.graphObject","undefined"]` {
		t.Errorf("a caught Cayley error: %s %v", res.Results, err)
	}
	_, took, err := gizmoQuery(t, s, `throw "x".repeat(1 << 20)`, 10*time.Second)
	if !errors.Is(err, graph.ErrInvalid) || len(err.Error()) > maxThrownText+100 {
		t.Errorf("a thrown string of 1 MiB: %.100v… (%d bytes) after %v, want it cut to %d bytes", err, len(err.Error()), took, maxThrownText)
	}
	_, took, err = gizmoQuery(t, s, `throw {toString: function () { for (;;) {} }}`, time.Second)
	if !errors.Is(err, context.DeadlineExceeded) || took > 8*time.Second {
		t.Errorf("a thrown value whose toString loops: %v after %v, want it stopped at the time limit", err, took)
	}
}

// TestGizmoWrappersKeepOrdinaryQueries: through the wrappers, queries read as before:
// paths, callbacks, results as JavaScript values, filters, morphisms, parameters,
// flat and JSON.parse.
func TestGizmoWrappersKeepOrdinaryQueries(t *testing.T) {
	s := openTemp(t)
	if _, err := s.Import(context.Background(), strings.NewReader(cayleyTestGraph), 0, nil); err != nil {
		t.Fatal(err)
	}
	const q = `var friend = g.M().out("<follows>");
g.Emit(g.V("<charlie>").followRecursive(friend).toArray().sort());
g.Emit(g.V("<alice>", "<dani>").out(["<follows>", "<status>"]).toArray().sort());
g.Emit(g.V().has("<follows>", "<bob>").count());
g.Emit(g.V("<bob>").tag("me").in("<follows>").tagArray().map(function (d) { return d.me + d.id; }).sort());
g.Emit(g.V("<dani>").out("<follows>").toValue() !== null);
g.V("<alice>").forEach(function (d) { d.seen = true; g.Emit(d); });
g.V("<alice>").out("<follows>").all();
g.V("<alice>").tag("who").out("<follows>").tag("friend").all();
g.Emit(g.V().has("<status>", regex("cool")).union(g.V("<fred>")).toArray().sort());
g.Emit([typeof g.V, Object.keys(g).indexOf("V") >= 0, [1, [2, [3, [4]], , 5]].flat(2), [[1], [2]].flat(), JSON.parse('{"a":[1,{"b":2}]}', function (k, v) { return v; })]);
var p = g.V(); p.out = 1; g.Emit([typeof p.out, (function () { "use strict"; try { p.out = 1; return "set"; } catch (e) { return e.name; } })()]);
g.Emit({nested: {list: [1, "two", null, true, {three: 3}]}});
`
	res, _, err := gizmoQuery(t, s, q, 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res.Results {
		got = append(got, string(r))
	}
	want := []string{
		`["<bob>","<dani>","<fred>","<greg>"]`,
		`["<bob>","<bob>","<greg>","cool_person"]`,
		`3`,
		`["<bob><alice>","<bob><charlie>","<bob><dani>"]`,
		`true`,
		`{"id":"<alice>","seen":true}`,
		`{"id":"bob"}`,
		`{"friend":"bob","who":"alice"}`,
		`["<bob>","<dani>","<fred>","<greg>"]`,
		`["function",true,[1,2,3,[4],5],[1,2],{"a":[1,{"b":2}]}]`,
		`["function","TypeError"]`,
		`{"nested":{"list":[1,"two",null,true,{"three":3}]}}`,
	}
	t.Logf("%s", strings.Join(got, "\n"))
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("results\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
