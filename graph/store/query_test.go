package store

import (
	"context"
	"errors"
	"math"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/query/graphql"

	"github.com/actorgraph/actorgraph/graph"
)

// TestBoundGraphQL: every list of objects a GraphQL query asks for gets Cayley's
// "first" argument, and nothing else changes: the rewritten query parses to the same
// query as the one written out by hand.
func TestBoundGraphQL(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"a top-level field", `{ nodes { id } }`, `{ nodes(first: 11) { id } }`},
		{"a nested list", `{ me(status: "cool_person") { id follows { id } } }`,
			`{ me(status: "cool_person", first: 11) { id follows(first: 11) { id } } }`},
		{"values saved on their object stay plain", `{ me { id: id status @opt name @label(v: <g>) ~follows } }`,
			`{ me(first: 11) { id: id status @opt name @label(v: <g>) ~follows } }`},
		{"a smaller first of its own is kept", `{ me(first: 3) { id } }`, `{ me(first: 3) { id } }`},
		{"a larger first is overruled by a later one", `{ me(first: 100, offset: 2) { id } }`,
			`{ me(first: 100, offset: 2, first: 11) { id } }`},
		{"a first that is no number is left for Cayley to refuse", `{ me(first: "x") { id } }`,
			`{ me(first: "x", first: 11) { id } }`},
		{"a filter on a reverse field", `{ me { f: follows @rev(status: "x") { id } } }`,
			`{ me(first: 11) { f: follows(first: 11) @rev(status: "x") { id } } }`},
		{"expand all", `{ me { sub {*} } }`, `{ me(first: 11) { sub(first: 11) {*} } }`},
		{"strings with quotes, backslashes and controls", `{ me(name: "a \"quoted\" \\ back\nslash\u0001") { id } }`,
			`{ me(name: "a \"quoted\" \\ back\nslash\u0001", first: 11) { id } }`},
		{"lists, numbers, enums, blank nodes", `query Q { user(id: 3500401, v: ["<bob>", "name", 3, 1.5, true ], n: _:bob, follow: [<bob>, <fred> ]) { id } }`,
			`{ user(id: 3500401, v: ["<bob>", "name", 3, 1.5, true ], n: _:bob, follow: [<bob>, <fred> ], first: 11) { id } }`},
		{"Cayley's own parser test", `{
	user(id: 3500401, http://iri: http://some_iri, follow: <bob>, n: _:bob, v: ["<bob>", "name", 3]) @rev(follow: "123"){
	id: id,
	type: http://www.w3.org/1999/02/22-rdf-syntax-ns#type,
	followed: follow @reverse @label(v: <fb>) {
		name: <name> @label(v: <google>)
		followed: ~follow
		sname @label
	}
	isViewerFriend,
		profilePicture(size: 50) @unnest {
			 uri,
			 width @opt,
			 height @rev
		}
	sub {*}
	}
}`, `{
	user(id: 3500401, http://iri: http://some_iri, follow: <bob>, n: _:bob, v: ["<bob>", "name", 3], first: 11) @rev(follow: "123"){
	id: id,
	type: http://www.w3.org/1999/02/22-rdf-syntax-ns#type,
	followed: follow(first: 11) @reverse @label(v: <fb>) {
		name: <name> @label(v: <google>)
		followed: ~follow
		sname @label
	}
	isViewerFriend,
		profilePicture(size: 50, first: 11) @unnest {
			 uri,
			 width @opt,
			 height @rev
		}
	sub(first: 11) {*}
	}
}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := boundGraphQL(tt.src, 10)
			if err != nil {
				t.Fatal(err)
			}
			gotQ, err := graphql.Parse(strings.NewReader(got))
			if err != nil {
				t.Fatalf("the rewritten query does not parse: %v\n%s", err, got)
			}
			wantQ, err := graphql.Parse(strings.NewReader(tt.want))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(gotQ, wantQ) {
				t.Errorf("rewritten as\n%s\nwhich parses otherwise than\n%s", got, tt.want)
			}
		})
	}
	for _, bad := range []string{`{ nodes(id: $x) { id } }`, `mutation { nodes { id } }`, `{ nodes { ...f } }`, `{ nodes(`} {
		if _, err := boundGraphQL(bad, 10); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// cayleyTestGraph is Cayley's own GraphQL test data.
const cayleyTestGraph = `<alice> <follows> <bob> .
<bob> <follows> <fred> .
<bob> <status> "cool_person" .
<dani> <follows> <bob> .
<charlie> <follows> <bob> .
<charlie> <follows> <dani> .
<dani> <follows> <greg> .
<dani> <status> "cool_person" .
<emily> <follows> <fred> .
<fred> <follows> <greg> .
<greg> <status> "cool_person" .
<predicates> <are> <follows> .
<predicates> <are> <status> .
<emily> <status> "smart_person" <smart_graph> .
<greg> <status> "smart_person" <smart_graph> .
`

// TestBoundGraphQLAnswers runs Cayley's own GraphQL test queries as written and as
// bounded: under a limit they do not reach the answers are the same, and under a
// limit of one every list has one item.
func TestBoundGraphQLAnswers(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.Import(ctx, strings.NewReader(cayleyTestGraph), 0, nil); err != nil {
		t.Fatal(err)
	}
	run := func(t *testing.T, src string) map[string]any {
		t.Helper()
		q, err := graphql.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		out, err := q.Execute(ctx, s.cayley())
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, src := range []string{
		`{ me(status: "cool_person") { id: id follows { id: id status } followed: follows @rev { id: id } } }`,
		`{ me(status: "cool_person", first: 1, offset: 1) { id: id follows(first: 1) @opt { id } } }`,
		`{ me { id: id status @label(v: <smart_graph>) } }`,
		`{ me { id: id status @label(v: <smart_graph>) follows {*} } }`,
		`{ me(id: fred) { id: id follows @unnest { friend: id friend_status: status followed: follows(first: 1) @rev @unnest { fof: id } } } }`,
		`{ nodes { id, status @opt } }`,
	} {
		t.Run(src, func(t *testing.T) {
			bounded, err := boundGraphQL(src, 1000)
			if err != nil {
				t.Fatal(err)
			}
			if want, got := run(t, src), run(t, bounded); !reflect.DeepEqual(want, got) {
				t.Errorf("bounded by 1,000 the answer changed:\n%v\n%v", want, got)
			}
			one, err := boundGraphQL(src, 1)
			if err != nil {
				t.Fatal(err)
			}
			ans := run(t, one)
			trimLists(ans, 1)
			if n := longestList(ans); n > 1 {
				t.Errorf("bounded by 1, a list of %d: %v", n, ans)
			}
		})
	}
}

// TestEncodeResult: a result is encoded only when it fits in the room left, and one
// far larger is found out without being encoded.
func TestEncodeResult(t *testing.T) {
	for _, tt := range []struct {
		name string
		v    any
		room int
		want string // "" when it does not fit
	}{
		{"a string that fits", "abc", 5, `"abc"`},
		{"a string one byte too long", "abcd", 5, ""},
		{"escapes count", `a"b`, 5, ""},
		{"IRIs unescaped", "<https://x/a&b>", 100, `"<https://x/a&b>"`},
		{"an object", map[string]any{"name": "Turkey", "n": 3}, 100, `{"n":3,"name":"Turkey"}`},
		{"an object too large", map[string]any{"name": "Turkey", "n": 3}, 22, ""},
		{"a list", []any{1, "two", nil, true}, 100, `[1,"two",null,true]`},
		{"nothing", nil, 4, `null`},
		{"no budget", strings.Repeat("x", 1000), math.MaxInt, `"` + strings.Repeat("x", 1000) + `"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			raw, fits, err := encodeResult(tt.v, tt.room)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(raw); fits != (tt.want != "") || got != tt.want {
				t.Errorf("%q, fits %v; want %q", got, fits, tt.want)
			}
		})
	}

	huge := strings.Repeat("x", 128<<20)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, fits, err := encodeResult([]any{map[string]any{"s": huge}}, 4<<20)
	runtime.ReadMemStats(&after)
	if err != nil || fits {
		t.Fatalf("a string of 128 MiB fits in 4 MiB: %v %v", fits, err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("measuring a string of 128 MiB allocated %d bytes: it was encoded", alloc)
	}

	if _, _, err := encodeResult(math.NaN(), 100); err == nil {
		t.Error("NaN encoded")
	}
	deep := any("bottom")
	for range maxResultDepth + 1 {
		deep = []any{deep}
	}
	if _, _, err := encodeResult(deep, math.MaxInt); err == nil || !strings.Contains(err.Error(), "nests deeper") {
		t.Errorf("a result %d levels deep: %v", maxResultDepth+1, err)
	}
}

// TestQueryLimits: a Gizmo query stops at its result cap, at its byte budget, and at
// its context's end, and a result that JSON cannot carry is the query's error.
func TestQueryLimits(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	const emit = `for (var i = 0; i < 100; i++) g.Emit({i: i})` // {"i":0} … {"i":99}
	for _, tt := range []struct {
		name          string
		lim           graph.QueryLimits
		want          int
		wantTruncated bool
	}{
		{"under both", graph.QueryLimits{Results: 1000, Bytes: 1 << 20}, 100, false},
		{"the result cap", graph.QueryLimits{Results: 7, Bytes: 1 << 20}, 7, true},
		{"the byte budget", graph.QueryLimits{Results: 1000, Bytes: 80}, 10, true}, // 10 × 7 bytes and 9 commas
		{"no byte budget", graph.QueryLimits{Results: 1000}, 100, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Query(ctx, "gizmo", emit, nil, tt.lim)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Results) != tt.want || res.Truncated != tt.wantTruncated {
				t.Errorf("%d results, truncated %v; want %d, truncated %v", len(res.Results), res.Truncated, tt.want, tt.wantTruncated)
			}
			if len(res.Results) > 0 && string(res.Results[0]) != `{"i":0}` {
				t.Errorf("first result %s", res.Results[0])
			}
		})
	}

	// a GraphQL answer, one result, has its lists shortened to fit the budget
	if _, err := s.Import(ctx, strings.NewReader(cayleyTestGraph), 0, nil); err != nil {
		t.Fatal(err)
	}
	whole, err := s.Query(ctx, "graphql", `{ nodes { id } }`, nil, graph.QueryLimits{Results: 1000, Bytes: 1 << 20})
	if err != nil || len(whole.Results) != 1 || whole.Truncated {
		t.Fatalf("GraphQL without limits: %s, truncated %v, %v", whole.Results, whole.Truncated, err)
	}
	part, err := s.Query(ctx, "graphql", `{ nodes { id } }`, nil, graph.QueryLimits{Results: 1000, Bytes: len(whole.Results[0]) / 2})
	if err != nil || len(part.Results) != 1 || !part.Truncated || len(part.Results[0]) > len(whole.Results[0])/2 ||
		!strings.HasPrefix(string(whole.Results[0]), strings.TrimSuffix(string(part.Results[0]), "]}")) {
		t.Errorf("GraphQL under half its size: %s, truncated %v, %v; want the first nodes of\n%s", part.Results, part.Truncated, err, whole.Results[0])
	}

	_, err = s.Query(ctx, "gizmo", `g.Emit(NaN)`, nil, graph.QueryLimits{Results: 10})
	if !errors.Is(err, graph.ErrInvalid) {
		t.Errorf("a NaN result: %v, want invalid input", err)
	}

	stopped := errors.New("stopped for the test")
	cctx, cancel := context.WithCancelCause(ctx)
	time.AfterFunc(200*time.Millisecond, func() { cancel(stopped) })
	_, err = s.Query(cctx, "gizmo", `for (;;) {}`, nil, graph.QueryLimits{Results: 10})
	if !errors.Is(err, stopped) {
		t.Errorf("a query cancelled with a cause: %v, want the cause", err)
	}
}

// TestHugeStringNeverEncoded: the first attack against the store alone. Building the
// string costs what it costs (256 MiB in all for 128 MiB); the sixteen results cost
// nothing more, where encoding them would cost gigabytes.
func TestHugeStringNeverEncoded(t *testing.T) {
	s := openTemp(t)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	res, err := s.Query(context.Background(), "gizmo", `var s="x"; for(var i=0;i<27;i++) s+=s; for(var i=0;i<16;i++) g.Emit(s)`, nil,
		graph.QueryLimits{Results: 1000, Bytes: 4 << 20})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Results) != 0 || !res.Truncated {
		t.Errorf("%d results, truncated %v; want none, truncated", len(res.Results), res.Truncated)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("the query allocated %d MiB", alloc>>20)
	if alloc > 384<<20 {
		t.Errorf("the query allocated %d MiB; building the string takes 256", alloc>>20)
	}
}

// TestStringifyAndConcatBounded: JSON.stringify of 300 copies of a ten-million
// character string, and concat of them, built a string of three billion bytes in one
// native call, and Go ended the process for want of memory. Both now stop at
// MaxBuiltString with a RangeError, however the query hides the length (escapes,
// indentation, a String object whose toString lies); their ordinary uses work.
func TestStringifyAndConcatBounded(t *testing.T) {
	s := openTemp(t)
	const big = `var s = "x".repeat(1e7), a = []; for (var i = 0; i < 300; i++) a.push(s);`
	for _, q := range []string{
		big + `JSON.stringify(a)`,
		big + `s.concat.apply(s, a)`,
		big + `"".concat(...a)`,
		`JSON.stringify("\u0001".repeat(2e7))`,
		`var a = [], x = a; for (var i = 0; i < 5000; i++) x = x[0] = []; for (var i = 0; i < 2000; i++) x[i] = 1; JSON.stringify(a, null, 10)`,
		`var s = "x".repeat(6e7), o = new String("a"); o.toString = function () { return s; }; JSON.stringify([o, o])`,
		`var s = "x".repeat(6e7); JSON.stringify({a: 1, b: 2}, function (k, v) { return k === "" ? v : s; })`,
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		_, err := s.Query(ctx, "gizmo", q, nil, graph.QueryLimits{Results: 10})
		cancel()
		if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "RangeError") || !strings.Contains(err.Error(), "67108864 characters") {
			t.Errorf("%.90s: %v, want a RangeError at 64 Mi characters", q, err)
		}
	}
	res, err := s.Query(context.Background(), "gizmo", `g.Emit(JSON.stringify({a: [1, "x\n", null, undefined, function () {}], b: {c: true}, d: undefined}));
g.Emit(JSON.stringify({b: {z: 3, c: true}, a: [1, {b: 2, q: 1}]}, ["b", "a", "z"]));
g.Emit(JSON.stringify({a: [1, {b: 2}], c: "d"}, null, 2));
g.Emit(JSON.stringify({a: 1, b: 2}, function (k, v) { return typeof v === "number" ? v * 10 : v; }, new String("--")));
g.Emit(JSON.stringify([new String("ab"), new Number(3), new Boolean(false), {toJSON: function () { return "tj"; }}]));
g.Emit("a".concat("b", 1, null, [2, 3]) + String.prototype.concat.call(5, 6) + "x".repeat(3e7).concat("y").length)`, nil, graph.QueryLimits{Results: 10})
	want := []string{`"{\"a\":[1,\"x\\n\",null,null,null],\"b\":{\"c\":true}}"`, `"{\"b\":{\"z\":3},\"a\":[1,{\"b\":2}]}"`,
		`"{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": \"d\"\n}"`, `"{\n--\"a\": 10,\n--\"b\": 20\n}"`,
		`"[\"ab\",3,false,\"tj\"]"`, `"ab1null2,35630000001"`}
	if err != nil || len(res.Results) != len(want) {
		t.Fatalf("ordinary uses: %s %v", res.Results, err)
	}
	for i, w := range want {
		if string(res.Results[i]) != w {
			t.Errorf("ordinary use %d: %s, want %s", i, res.Results[i], w)
		}
	}
}

// TestUninterruptibleBuiltins: built-ins that make one allocation as large as a number
// in the query asks (a string of a tebibyte), or walk an array of four billion holes,
// in one native call that no limit can interrupt, are refused before they start,
// where before Go ended the process for want of memory or the call ran on after the
// query's end. Their ordinary uses work.
func TestUninterruptibleBuiltins(t *testing.T) {
	s := openTemp(t)
	for _, q := range []string{
		`'x'.repeat(2**40)`,
		`'x'.padStart(2**40, 'ab')`,
		`'x'.padEnd(2**40)`,
		`String.prototype.repeat.call(7, 2**40)`,
		`'x'.repeat(2**13).replace(/x/g, 'y'.repeat(2**13))`,
		`'x'.repeat(2**13).replaceAll('x', 'y'.repeat(2**13))`,
		`new Array(2**17).join('y'.repeat(2**10))`,
		`new ArrayBuffer(2**40)`,
		`new Float64Array(2**40)`,
		`new Array(2**32-1).join('')`,
		`new Array(2**32-1).indexOf(1)`,
		`var a = []; a.length = 2**32-1; a.includes(1)`,
		`Array.prototype.lastIndexOf.call({length: 2**32-1}, 1)`,
		`for (var x of new Array(2**32-1)) {}`,
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		start := time.Now()
		_, err := s.Query(ctx, "gizmo", q, nil, graph.QueryLimits{Results: 10})
		cancel()
		if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), "RangeError") && !strings.Contains(err.Error(), "ReferenceError") {
			t.Errorf("%s: %v after %v, want a RangeError or ReferenceError at once", q, err, time.Since(start))
		}
	}
	res, err := s.Query(context.Background(), "gizmo", `g.Emit('ab'.repeat(3) + '7'.padStart(3, '0') + '7'.padEnd(3, '.') + String.prototype.repeat.call(5, 2));
g.Emit([3, 1, 2].sort().map(function (x) { return x * 2; }).join('-') + [1, 2] + 'a-b'.replace('-', '+') + 'aXbX'.replaceAll('X', function () { return '.'; }));
g.Emit(Array.from('ab').concat([...[1, 2]], Math.max.apply(null, [1, 5, 2]), Reflect.apply(Math.min, null, [4, 3])))`, nil, graph.QueryLimits{Results: 10})
	if err != nil || len(res.Results) != 3 || string(res.Results[0]) != `"ababab0077..55"` ||
		string(res.Results[1]) != `"2-4-61,2a+ba.b."` || string(res.Results[2]) != `["a","b",1,2,5,3]` {
		t.Errorf("ordinary uses: %s %v", res.Results, err)
	}
	_, err = s.Query(context.Background(), "gizmo", "\nsyntax error (", nil, graph.QueryLimits{Results: 10})
	if err == nil || !strings.Contains(err.Error(), "Line 8:") {
		t.Errorf("an error on a query's second line: %v; want it named line 8, after the prelude's five and the guards' one", err)
	}
}
