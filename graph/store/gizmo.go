package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/graphql"
	"github.com/cayleygraph/quad"
	"github.com/dlclark/regexp2"
	"github.com/dop251/goja"

	"github.com/actorgraph/actorgraph/graph"
)

// gizmoPrelude gives every Gizmo query the vocabulary helpers and its parameters. The
// parameters travel as one JSON string literal that JSON.parse reads at run time: data,
// never code.
const gizmoPrelude = `var AG = %q, RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", RDFS = "http://www.w3.org/2000/01/rdf-schema#";
function ag(s) { return "<" + AG + s + ">"; }
function rdf(s) { return "<" + RDF + s + ">"; }
function rdfs(s) { return "<" + RDFS + s + ">"; }
var params = Object.freeze(JSON.parse(%s));
`

// gizmoGuards takes from Gizmo what lets a few bytes of query make one native call
// that allocates or loops without bound: goja runs such a call to its end, the time
// limit and the heap guard can only interrupt the query after it, and past the
// machine's memory Go ends the process. The strings that repeat, padStart, padEnd,
// replace, replaceAll, join, concat and JSON.stringify build are bounded (stringify
// counts what it writes through a replacer of its own, the query's replacer called
// inside it, and stops past the bound; + cannot be guarded); the built-ins that walk an array or
// an array-like object (Array.prototype's methods, Array.from, apply) refuse one
// longer than MaxArrayLength, which new Array(n) makes at no cost; binary buffers,
// which no graph query needs, are gone. Array.prototype.flat, which goja runs by
// recursion in Go, one level of Go stack for each level of nesting, is one that keeps
// its own stack. And a query cannot compile code as it runs (eval, the Function
// constructors): goja's parser descends by recursion too, and a generated source
// nested a million levels deep would take it past Go's stack limit, which ends the
// process. Each query's runtime is its own, so this changes no other. It runs after
// the prelude as one line (guardLine), moving the line numbers of a query's errors by
// one.
const gizmoGuards = `(function (max, maxLength) {
  var apply = Reflect.apply, isArray = Array.isArray, defineProperty = Object.defineProperty, hasOwn = Object.prototype.hasOwnProperty;
  function tooLong(n, name) { if (n > max) throw new RangeError(name + ": the string would be longer than " + max + " characters"); }
  function tooMany(o, name) { if (o != null && o.length > maxLength) throw new RangeError(name + ": more than " + maxLength + " items"); }
  function lengthOf(o) { tooMany(o, "flat"); var n = Math.trunc(Number(o.length)); return n > 0 ? n : 0; }
  defineProperty(Array.prototype, "flat", {configurable: true, writable: true, value: function flat() {
    var depth = arguments[0] === undefined ? 1 : Math.trunc(Number(arguments[0])) || 0, o = Object(this);
    var out = [], n = 0, stack = [{a: o, i: 0, n: lengthOf(o), depth: depth}], top = 0;
    while (top >= 0) {
      var f = stack[top];
      if (f.i >= f.n) { top--; continue; }
      var k = f.i++;
      if (!(k in f.a)) continue;
      var e = f.a[k];
      if (f.depth > 0 && isArray(e)) stack[++top] = {a: e, i: 0, n: lengthOf(e), depth: f.depth - 1};
      else defineProperty(out, n++, {configurable: true, enumerable: true, writable: true, value: e});
    }
    return out;
  }});
  function noCode() { throw new EvalError("a Gizmo query cannot compile code as it runs"); }
  [Function, Object.getPrototypeOf(function* () {}).constructor, Object.getPrototypeOf(async function () {}).constructor].forEach(function (C) {
    var stub = function () { noCode(); };
    defineProperty(stub, "prototype", {value: C.prototype});
    defineProperty(C.prototype, "constructor", {configurable: true, writable: true, value: stub});
    if (C === Function) { globalThis.Function = stub; }
  });
  globalThis.eval = function eval() { noCode(); };
  function guard(on, name, check) {
    var f = on[name];
    Object.defineProperty(on, name, {configurable: true, writable: true, value: function () {
      check(this, arguments, name);
      return apply(f, this, arguments);
    }});
  }
  guard(String.prototype, "repeat", function (s, a, n) { tooLong(String(s).length * Number(a[0]), n); });
  guard(String.prototype, "padStart", function (s, a, n) { tooLong(Number(a[0]), n); });
  guard(String.prototype, "padEnd", function (s, a, n) { tooLong(Number(a[0]), n); });
  guard(String.prototype, "replace", function (s, a, n) { if (typeof a[1] !== "function") tooLong((String(s).length + 1) * (String(a[1]).length + 1), n); });
  guard(String.prototype, "replaceAll", function (s, a, n) { if (typeof a[1] !== "function") tooLong((String(s).length + 1) * (String(a[1]).length + 1), n); });
  Object.getOwnPropertyNames(Array.prototype).forEach(function (name) {
    if (name === "constructor" || typeof Array.prototype[name] !== "function") return;
    guard(Array.prototype, name, function (o, a, n) {
      tooMany(o, n);
      if (n === "join") tooLong((o.length - 1) * (a[0] === undefined ? 1 : String(a[0]).length), n);
    });
  });
  var Str = String, create = Object.create, sliceOf = String.prototype.slice, concatOf = String.prototype.concat;
  function own(o, k, v) { defineProperty(o, k, {configurable: true, enumerable: true, writable: true, value: v}); }
  defineProperty(String.prototype, "concat", {configurable: true, writable: true, value: function concat() {
    if (this == null) throw new TypeError("String.prototype.concat called on null or undefined");
    var s = Str(this), parts = create(null), n = s.length;
    for (var i = 0; i < arguments.length; i++) { parts[i] = Str(arguments[i]); n += parts[i].length; tooLong(n, "concat"); }
    parts.length = arguments.length;
    return apply(concatOf, s, parts);
  }});
  var stringifyOf = JSON.stringify, strValueOf = String.prototype.valueOf, numValueOf = Number.prototype.valueOf;
  function is(v, valueOf) { try { apply(valueOf, v, []); return true; } catch (e) { return false; } }
  function jsonLength(v) {
    switch (typeof v) {
    case "string":
      if (v.length + 2 > max || v.length <= 65536) return v.length + 2 > max ? v.length + 2 : stringifyOf(v).length;
      for (var i = 0, n = 2; i < v.length && n <= max; i += 65536) n += stringifyOf(apply(sliceOf, v, [i, i + 65536])).length - 2;
      return n;
    case "number": case "boolean": return Str(v).length;
    case "object": return v === null ? 4 : 2;
    default: return 4;
    }
  }
  function gapOf(sp) {
    if (sp !== null && typeof sp === "object") sp = is(sp, numValueOf) ? +sp : is(sp, strValueOf) ? Str(sp) : sp;
    if (typeof sp === "number") { for (var g = "", i = 0; i < 10 && i < sp; i++) g += " "; return g; }
    return typeof sp === "string" ? apply(sliceOf, sp, [0, 10]) : "";
  }
  function onlyKeys(list) {
    var keys = create(null), seen = create(null), m = 0;
    for (var i = 0; i < list.length; i++) {
      var k = list[i];
      if (typeof k === "number" || k !== null && typeof k === "object" && (is(k, numValueOf) || is(k, strValueOf))) k = Str(k);
      if (typeof k === "string" && !seen[k]) { seen[k] = true; keys[m++] = k; }
    }
    return function (k, v) {
      if (v === null || typeof v !== "object" || isArray(v)) return v;
      var o = {};
      for (var i = 0; i < m; i++) if (keys[i] in v) own(o, keys[i], v[keys[i]]);
      return o;
    };
  }
  defineProperty(JSON, "stringify", {configurable: true, writable: true, value: function stringify(value, replacer, space) {
    var user = typeof replacer === "function" ? replacer : isArray(replacer) ? onlyKeys(replacer) : undefined;
    var gap = gapOf(space), n = 0, holders = create(null), top = 0;
    function counted(k, v) {
      if (user !== undefined) v = apply(user, this, [k, v]);
      if (v !== null && typeof v === "object" && !isArray(v) && apply(hasOwn, v, ["length"]) && is(v, strValueOf)) v = Str(v);
      var inArray = isArray(this);
      if (top === 0 || inArray || v !== undefined && typeof v !== "function" && typeof v !== "symbol") {
        while (top > 0 && holders[top - 1] !== this) top--;
        n += jsonLength(v) + 1 + (inArray ? 0 : k.length + 4) + (gap.length > 0 ? 2 + gap.length * top : 0);
        tooLong(n, "JSON.stringify");
        if (v !== null && typeof v === "object") holders[top++] = v;
      }
      return v;
    }
    return apply(stringifyOf, JSON, [value, counted, gap]);
  }});
  guard(Array.prototype, Symbol.iterator, function (o, a, n) { tooMany(o, "iterating an array"); });
  guard(Array, "from", function (o, a, n) { tooMany(a[0], n); });
  guard(Function.prototype, "apply", function (o, a, n) { tooMany(a[1], n); });
  guard(Reflect, "apply", function (o, a, n) { tooMany(a[2], n); });
  guard(Reflect, "construct", function (o, a, n) { tooMany(a[1], n); });
  ["ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
   "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"].forEach(function (n) { delete globalThis[n]; });
})(%d, %d);
`

var guardLine = strings.ReplaceAll(strings.TrimSpace(gizmoGuards), "\n", " ") + gizmoTry + "\n"

// gizmoTry and gizmoEnd put the query inside a try (on the guards' line, so that
// line numbers do not move) whose catch hands what the query throws to thrownName's
// function, kept in a constant the query cannot change, and end the program with a
// statement that leaves no completion value; see guardGizmo.
const (
	gizmoTry = " const " + thrownName + "Fn = " + thrownName + "; delete globalThis." + thrownName + "; try {"
	gizmoEnd = "\n} catch (e) { throw " + thrownName + "Fn(e); }\nvoid 0;\n"
)

// gizmoProgram returns the program that runs a Gizmo query src with its parameters,
// as literal JSON text. src must compile alone, with its lines numbered as they are
// in the program: the program puts it inside a try, and a query that closed the try
// with a brace of its own could throw from outside it.
func gizmoProgram(src string, paramsJSON []byte) (string, error) {
	lit, _ := json.Marshal(string(paramsJSON))
	head := fmt.Sprintf(gizmoPrelude, graph.Vocab, lit) + fmt.Sprintf(guardLine, MaxBuiltString, MaxArrayLength)
	if _, err := goja.Compile("", strings.Repeat("\n", strings.Count(head, "\n"))+src, false); err != nil {
		return "", err
	}
	return head + src + gizmoEnd, nil
}

// MaxBuiltString is the longest string, in UTF-16 code units, that repeat, padStart,
// padEnd, replace, replaceAll, join, concat and JSON.stringify may build in a Gizmo
// query.
const MaxBuiltString = 1 << 26

// MaxArrayLength is the longest array, or array-like object, that the built-ins of a
// Gizmo query walk.
const MaxArrayLength = 1 << 24

// MatchTimeout bounds one regular-expression match inside a Gizmo query. Gizmo runs
// on goja, which hands the patterns Go's regexp cannot run (lookarounds,
// backreferences) to regexp2, a backtracking matcher: one match can take hours, and
// nothing interrupts it but its own timeout. A match that runs out finds nothing.
const MatchTimeout = time.Second

// matchTimeoutSet sets regexp2's timeout, a setting of the whole process, before the
// first Gizmo query compiles a pattern; goja leaves it at "forever" and offers no
// other way to bound a match.
var matchTimeoutSet sync.Once

// stopWait bounds the wait, after a query is stopped, for its JavaScript to return:
// the longest regular-expression match, and a margin for the instruction it was in.
const stopWait = MatchTimeout + 4*time.Second

// Query runs a read-only Gizmo or GraphQL query in a fresh session, returning at most
// lim.Results results of at most lim.Bytes bytes of JSON together, each encoded as it
// is produced. It stops at ctx's deadline or cancellation, including inside a query's
// own loops, and returns only once the query's JavaScript has stopped; the error then
// wraps ctx's cause. Callers bound concurrency.
func (s *Store) Query(ctx context.Context, language, src string, params map[string]string, lim graph.QueryLimits) (graph.QueryResult, error) {
	s.gate.RLock()
	defer s.gate.RUnlock()
	if s.unsettled != nil {
		return graph.QueryResult{}, s.unsettled
	}
	var sess query.Session
	col, result := query.JSON, jsonResult
	switch language {
	case "gizmo":
		for k, v := range params {
			if !utf8.ValidString(v) {
				return graph.QueryResult{}, graph.Invalidf("parameter %s is not UTF-8 text", k)
			}
		}
		p, err := json.Marshal(params)
		if err != nil {
			return graph.QueryResult{}, err
		}
		if src, err = gizmoProgram(src, p); err != nil {
			return graph.QueryResult{}, graph.Invalidf("query: %v", err)
		}
		matchTimeoutSet.Do(func() { regexp2.DefaultMatchTimeout = MatchTimeout })
		qs := s.cayley()
		gs := gizmo.NewSession(qs)
		if err := guardGizmo(gs); err != nil {
			return graph.QueryResult{}, err
		}
		sess = gs
		col, result = query.Raw, func(it query.Iterator) (any, error) { return gizmoResult(qs, it.Result()) }
	case "graphql":
		if len(params) > 0 {
			return graph.QueryResult{}, graph.Invalidf("GraphQL queries take no parameters")
		}
		bounded, err := boundGraphQL(src, lim.Results)
		if err != nil {
			return graph.QueryResult{}, graph.Invalidf("query: %v", err)
		}
		src = bounded
		sess = graphql.NewSession(s.cayley())
	default:
		return graph.QueryResult{}, graph.Invalidf("unknown query language %q (known: gizmo, graphql)", language)
	}
	it, err := sess.Execute(ctx, src, query.Options{Collation: col, Limit: lim.Results + 1})
	if err != nil {
		return graph.QueryResult{}, graph.Invalidf("query: %v", err)
	}
	out, encErr := collect(ctx, it, result, language == "graphql", lim)
	itErr := it.Err()
	stop(it)
	if err := ctx.Err(); err != nil {
		return out, fmt.Errorf("query stopped: %w", context.Cause(ctx))
	}
	if encErr != nil {
		return out, encErr
	}
	if itErr != nil {
		if errors.Is(itErr, context.DeadlineExceeded) || errors.Is(itErr, context.Canceled) {
			return out, fmt.Errorf("query stopped: %w", itErr)
		}
		var deep *goja.StackOverflowError
		if errors.As(itErr, &deep) {
			return out, graph.Invalidf("query: RangeError: calls nest deeper than %d%s", MaxCallDepth, deep.Error())
		}
		return out, graph.Invalidf("query: %s", strings.TrimSpace(itErr.Error()))
	}
	return out, nil
}

// collect reads and encodes results, each as result makes it of the iterator's,
// until the query ends or a limit stops it.
func collect(ctx context.Context, it query.Iterator, result func(query.Iterator) (any, error), graphQL bool, lim graph.QueryLimits) (graph.QueryResult, error) {
	out := graph.QueryResult{Results: []json.RawMessage{}}
	room := lim.Bytes
	if room <= 0 {
		room = math.MaxInt // no budget
	}
	for ctx.Err() == nil && it.Next(ctx) {
		if len(out.Results) == lim.Results {
			out.Truncated = true
			break
		}
		v, err := result(it)
		if err != nil {
			return out, err
		}
		if graphQL && trimLists(v, lim.Results) {
			out.Truncated = true
		}
		sep := 0
		if len(out.Results) > 0 {
			sep = 1 // the comma before it
		}
		raw, fits, err := encodeResult(v, room-sep)
		for n := longestList(v) / 2; graphQL && !fits && err == nil && n > 0; n /= 2 {
			// a GraphQL answer is one result: rather than leave it all out, its lists
			// are shortened until it fits
			trimLists(v, n)
			out.Truncated = true
			raw, fits, err = encodeResult(v, room-sep)
		}
		if err != nil {
			return out, graph.Invalidf("query: result %d: %v", len(out.Results)+1, err)
		}
		if !fits {
			out.Truncated = true
			break
		}
		out.Results = append(out.Results, raw)
		room -= len(raw) + sep
	}
	return out, nil
}

// stop closes a query and waits, up to stopWait, until its JavaScript has returned.
// Closing interrupts goja between two instructions; an instruction that is a long
// native call (a regular-expression match) finishes first. Waiting keeps the query's
// slot taken, and its answer back, until the CPU it used is free. Cayley's Gizmo
// iterator reports the end of its JavaScript to Next, even after Close; a GraphQL
// iterator is done once closed.
func stop(it query.Iterator) {
	it.Close()
	ctx, cancel := context.WithTimeout(context.Background(), stopWait)
	defer cancel()
	for it.Next(ctx) {
	}
}

// jsonResult is the result of a query run with Cayley's JSON collation, as it is.
func jsonResult(it query.Iterator) (any, error) { return it.Result(), nil }

// gizmoResult turns the raw result of a Gizmo query into what its answer holds. A
// value the query emits (g.Emit, ForEach with a callback) is its own, as it made it.
// A row of tagged nodes (All, ForEach without a callback) has each tag's value plain,
// as a GraphQL answer has it: an IRI as the IRI itself, without the angle brackets
// Gizmo writes, a literal as its value. Cayley also tags the path's last node "id";
// when another tag names the same node, the row keeps only that one.
func gizmoResult(qs cgraph.QuadStore, raw any) (any, error) {
	r, ok := raw.(*gizmo.Result)
	if !ok || r == nil || r.Meta {
		return nil, nil // Meta results are the completion value, which the prelude makes undefined
	}
	if r.Tags == nil {
		return r.Val, nil
	}
	row := make(map[string]any, len(r.Tags))
	for k, ref := range r.Tags {
		v, err := qs.NameOf(ref)
		if err != nil {
			return nil, fmt.Errorf("query: reading tag %s: %w", k, err)
		}
		if v != nil {
			row[k] = plainValue(v)
		}
	}
	if id, ok := row[gizmo.TopResultTag].(string); ok {
		for k, v := range row {
			if s, ok := v.(string); ok && s == id && k != gizmo.TopResultTag {
				delete(row, gizmo.TopResultTag)
				break
			}
		}
	}
	return row, nil
}

// plainValue is a quad value as a query answer holds it: an IRI as its text, a blank
// node as _:name, a literal as its Go value (a typed literal of a type Cayley does not
// know as its N-Quads text).
func plainValue(v quad.Value) any {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return v.String()
	}
	out := v.Native()
	if nv, ok := out.(quad.Value); ok && nv == v {
		return quad.StringOf(v)
	}
	return out
}
