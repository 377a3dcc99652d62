package store

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// A Gizmo query hands JavaScript values to Cayley's Go functions (g.V, g.Emit, a
// path's methods, iri, lt and the rest), which export them to Go and walk them by
// recursion: goja's Export, then Cayley's unwrap, toStrings and toVia. A value that
// contains itself, or nests a million levels deep, takes that recursion past Go's
// stack limit, and a stack overflow ends the whole process; no recover can stop it.
// So can a getter that reads itself (goja calls it from Go, so each level of
// JavaScript is also a level of Go stack), a path of a million steps (Cayley builds
// and optimises its shape by recursion), and a thrown value or a completion value,
// which Cayley exports after the query. And a value of an unexpected type panics
// inside Cayley, on the goroutine that runs the query, which no recover covers
// either. guardGizmo closes each of these ways for one query's runtime:
//
//   - the globals that Cayley defines (graph, g, iri, str, lt, regex, ...) are
//     replaced by wrappers (gizmo_wrap.go); the graph, each path and every other Go
//     object of Cayley's (a quad value, a filter) are reached only through a wrapper
//     object, which a query can neither change nor see behind. Before a call, every
//     argument is copied into plain data, walked with an explicit stack: each
//     property read once, at most MaxValueDepth levels and MaxValueItems values in
//     all, no cycle, no Proxy, Map or Set. Cayley's Go code then gets the copy, which
//     no getter can change between the check and the export. A panic inside Cayley's
//     call becomes a TypeError, and an error it throws keeps only its text. Results,
//     and the rows a ForEach callback is given, come back as plain JavaScript values,
//     not as Go maps and slices, which goja would export again, by recursion, on each
//     assignment into them;
//   - a path longer than MaxPathSteps steps, counting those of the paths it is
//     given, is refused before Cayley builds it;
//   - JavaScript calls nest at most MaxCallDepth deep, and JSON.parse reads a text
//     nested at most MaxValueDepth deep (the guards of the prelude take eval and the
//     Function constructors away, and make flat keep its own stack);
//   - the query runs inside a try whose catch turns whatever it throws into a Go
//     error with the thrown value's text, and a last statement leaves no completion
//     value, so that nothing of the query's is exported or run after it.
const (
	// MaxValueDepth bounds how deeply a value handed to Gizmo's Go functions nests.
	MaxValueDepth = 64
	// MaxValueItems bounds the values, counted through every level, in one call's
	// arguments.
	MaxValueItems = 1 << 20
	// MaxPathSteps bounds the steps of a Gizmo path, those of the paths it takes as
	// arguments included.
	MaxPathSteps = 10000
	// MaxCallDepth bounds the nesting of JavaScript calls in a Gizmo query.
	MaxCallDepth = 4096
	// maxThrownText bounds the text of a query's uncaught exception.
	maxThrownText = 4096
)

// thrownName is the global through which the prelude's catch reaches the Go function
// that turns a thrown value into an error; the prelude keeps it in a constant and
// deletes the global before the query runs.
const thrownName = "__actorgraphThrown"

var (
	typeProxy    = reflect.TypeOf(goja.Proxy{})
	typeJSMap    = reflect.TypeOf([][2]any{}) // what a Map exports as
	typeJSArray  = reflect.TypeOf([]any{})    // an Array's and a Set's
	typeJSObject = reflect.TypeOf(map[string]any{})
	typeWrapper  = reflect.TypeOf((*gizmoObject)(nil))
	typeError    = reflect.TypeOf((*error)(nil)).Elem()
)

// standardGlobals are the globals of a fresh goja runtime: the others, in a Gizmo
// session's runtime, are Cayley's.
var standardGlobals = sync.OnceValue(func() map[string]bool {
	names := map[string]bool{}
	for _, n := range goja.New().GlobalObject().GetOwnPropertyNames() {
		names[n] = true
	}
	return names
})

// valueCopy copies the arguments of one call into plain data.
type valueCopy struct {
	q      *gizmoGuard
	budget int // values still allowed
	steps  int // the most steps of a path met
}

// copyFrame is a container being copied: the next of its n keys or indexes to read,
// and where its copy goes in the copy of the container it is in.
type copyFrame struct {
	src   *goja.Object
	keys  []string // an object's; nil for an array
	items []any    // an array's copied items, made into an array once all are read
	obj   *goja.Object
	next  int
	n     int
	at    string // its key in the container it is in
}

var (
	errCycle   = errors.New("the value contains itself")
	errTooDeep = fmt.Errorf("the value nests deeper than %d levels", MaxValueDepth)
	errTooMany = fmt.Errorf("more than %d values", MaxValueItems)
)

// copy copies v, walking it with an explicit stack: each property is read once (a
// getter runs once), and the copy has no getters, no prototype tricks of its own and
// no cycles, so that goja's and Cayley's recursion over it stays shallow.
func (c *valueCopy) copy(v goja.Value) (goja.Value, error) {
	out, top, err := c.one(v, 0)
	if err != nil || top == nil {
		return out, err
	}
	stack := []*copyFrame{top}
	on := map[*goja.Object]bool{top.src: true} // the containers being copied
	for {
		f := stack[len(stack)-1]
		if f.next == f.n {
			delete(on, f.src)
			stack = stack[:len(stack)-1]
			done := c.made(f)
			if len(stack) == 0 {
				return done, nil
			}
			if err := c.put(stack[len(stack)-1], f.at, done); err != nil {
				return nil, err
			}
			continue
		}
		key := f.key()
		f.next++
		child, frame, err := c.one(f.src.Get(key), len(stack))
		if err != nil {
			return nil, err
		}
		if frame == nil {
			if err := c.put(f, key, child); err != nil {
				return nil, err
			}
			continue
		}
		if on[frame.src] {
			return nil, errCycle
		}
		on[frame.src] = true
		frame.at = key
		stack = append(stack, frame)
	}
}

func (f *copyFrame) key() string {
	if f.keys == nil {
		return strconv.Itoa(f.next)
	}
	return f.keys[f.next]
}

// made returns the copy of a container all of whose items are copied.
func (c *valueCopy) made(f *copyFrame) goja.Value {
	if f.keys == nil {
		return c.q.rt.NewArray(f.items...)
	}
	return f.obj
}

// put puts v, the copy of the item at key, in the copy of f's container.
func (c *valueCopy) put(f *copyFrame, key string, v goja.Value) error {
	if f.keys == nil {
		f.items[f.next-1] = v
		return nil
	}
	return f.obj.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// one copies v, found depth containers down: a leaf as it is, a wrapper as Cayley's
// object; of a container it returns the frame that copies it.
func (c *valueCopy) one(v goja.Value, depth int) (goja.Value, *copyFrame, error) {
	if c.budget--; c.budget < 0 {
		return nil, nil, errTooMany
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return v, nil, nil
	}
	switch t := o.ExportType(); t {
	case typeWrapper:
		w := o.Export().(*gizmoObject)
		c.steps = max(c.steps, w.steps)
		return w.raw, nil, nil
	case typeProxy:
		return nil, nil, errors.New("a Proxy cannot be passed")
	case typeJSMap:
		return nil, nil, errors.New("a Map cannot be passed; use an object")
	case typeJSObject, typeJSArray:
		f, err := c.container(o, t == typeJSArray, depth)
		if err != nil || f.n > 0 {
			return nil, f, err
		}
		return c.made(f), nil, nil // empty: done
	}
	return v, nil, nil
}

// container starts the copy of an object or array.
func (c *valueCopy) container(o *goja.Object, array bool, depth int) (*copyFrame, error) {
	if depth+1 > MaxValueDepth {
		return nil, errTooDeep
	}
	if array {
		if o.ClassName() != "Array" {
			return nil, errors.New("a Set cannot be passed; use an array")
		}
		n := o.Get("length").ToInteger()
		if n > int64(c.budget) {
			return nil, errTooMany
		}
		return &copyFrame{src: o, n: int(n), items: make([]any, n)}, nil
	}
	keys := o.Keys()
	if len(keys) > c.budget {
		return nil, errTooMany
	}
	if keys == nil {
		keys = []string{}
	}
	return &copyFrame{src: o, keys: keys, n: len(keys), obj: c.q.rt.NewObject()}, nil
}

// thrown is the prelude's catch: it turns what a query throws into a Go error, which
// Cayley reports as it is, with the text of the value and, for an Error, where it
// was thrown. Nothing of the value outlives the query.
func (q *gizmoGuard) thrown(call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	for range 4 { // an exception of a callback comes wrapped by Cayley
		o, ok := v.(*goja.Object)
		if !ok || o.ExportType() == nil || !o.ExportType().Implements(typeError) {
			break
		}
		ex, ok := o.Export().(*goja.Exception)
		if !ok {
			return q.rt.ToValue(errors.New(clip(o.Export().(error).Error())))
		}
		v = ex.Value()
	}
	return q.rt.ToValue(errors.New(clip(q.text(v))))
}

// text is the text of a thrown value, and, for an Error, the place it was thrown.
func (q *gizmoGuard) text(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		if v == nil {
			return "undefined"
		}
		return v.String()
	}
	if o.ExportType() == typeProxy {
		return "a Proxy"
	}
	var text, stack string
	if ex := q.rt.Try(func() { text = o.String() }); ex != nil {
		return "an exception whose text cannot be read"
	}
	if o.ClassName() == "Error" {
		_ = q.rt.Try(func() { // the stack is extra: without it the text alone is kept
			if s, ok := o.Get("stack").Export().(string); ok {
				stack = s
			}
		})
	}
	if rest, ok := strings.CutPrefix(stack, text+"\n"); ok {
		if at := queryFrame(rest); at != "" {
			return text + " at " + at
		}
	}
	return text
}

// queryFrame returns the first frame of a stack that is the query's, not a Go
// function's: the place a wrapper's TypeError was called from.
func queryFrame(stack string) string {
	for _, line := range strings.Split(stack, "\n") {
		frame, ok := strings.CutPrefix(line, "\tat ")
		if ok && !strings.HasSuffix(frame, "(native)") {
			return frame
		}
	}
	return ""
}

// clip shortens the text of an exception to maxThrownText bytes.
func clip(s string) string {
	if len(s) <= maxThrownText {
		return s
	}
	return strings.ToValidUTF8(s[:maxThrownText], "") + "…"
}

// boundJSONParse makes JSON.parse refuse a text that nests deeper than
// MaxValueDepth: goja parses, and revives, by recursion in Go. The text is read once,
// and the parser given it as a string, so that no toString can hand it another.
func (q *gizmoGuard) boundJSONParse() error {
	json, ok := q.rt.GlobalObject().Get("JSON").(*goja.Object)
	if !ok {
		return errors.New("gizmo: no JSON object")
	}
	parse, ok := goja.AssertFunction(json.Get("parse"))
	if !ok {
		return errors.New("gizmo: no JSON.parse")
	}
	bounded := func(call goja.FunctionCall) goja.Value {
		text := call.Argument(0).ToString()
		if jsonDepth(text.String()) > MaxValueDepth {
			panic(q.newError("RangeError", "JSON.parse: the text nests deeper than %d levels", MaxValueDepth))
		}
		args := append([]goja.Value{text}, call.Arguments[min(1, len(call.Arguments)):]...)
		ret, err := parse(call.This, args...)
		if err != nil {
			panic(err)
		}
		return ret
	}
	return json.DefineDataProperty("parse", q.rt.ToValue(bounded), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// jsonDepth returns how deeply the arrays and objects of a JSON text nest, read
// outside its strings; a text that is not JSON gets a number as good as any.
func jsonDepth(text string) int {
	depth, deepest, inString, escaped := 0, 0, false, false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
			deepest = max(deepest, depth)
		case c == ']' || c == '}':
			depth--
		}
	}
	return deepest
}
