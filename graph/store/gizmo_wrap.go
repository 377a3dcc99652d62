package store

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unsafe"

	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/dop251/goja"
)

// gizmoGuard holds what the wrappers of one query's runtime share.
type gizmoGuard struct {
	rt        *goja.Runtime
	errors    map[string]goja.Constructor      // the runtime's TypeError and RangeError, as they were
	texts     map[string]goja.Callable         // Object.prototype.toString, and valueOf by class, as they were
	props     map[reflect.Type]map[string]bool // the properties of Cayley's Go objects, by type
	pathType  reflect.Type
	takesPath map[string]bool // the path methods whose arguments are paths
}

// gizmoObject wraps one of Cayley's Go objects: the graph, a path, a quad value. Its
// properties are the wrapped object's fields and methods, checked; it takes no others.
type gizmoObject struct {
	q     *gizmoGuard
	raw   *goja.Object // Cayley's object, which no query sees
	self  *goja.Object
	steps int // a path's steps; others have none
}

// sessionRuntime returns the goja runtime of a Gizmo session, which Cayley keeps to
// itself.
func sessionRuntime(sess *gizmo.Session) (*goja.Runtime, error) {
	f := reflect.ValueOf(sess).Elem().FieldByName("vm")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*goja.Runtime)(nil)) {
		return nil, errors.New("gizmo: this version of Cayley keeps its runtime elsewhere")
	}
	rt := *(**goja.Runtime)(unsafe.Pointer(f.UnsafeAddr()))
	if rt == nil {
		return nil, errors.New("gizmo: the session has no runtime")
	}
	return rt, nil
}

// guardGizmo readies a new Gizmo session's runtime for an untrusted query, as the
// comment on MaxValueDepth tells. It must run before the query does.
func guardGizmo(sess *gizmo.Session) error {
	rt, err := sessionRuntime(sess)
	if err != nil {
		return err
	}
	rt.SetMaxCallStackSize(MaxCallDepth)
	q := &gizmoGuard{rt: rt, errors: map[string]goja.Constructor{}, texts: map[string]goja.Callable{},
		props: map[reflect.Type]map[string]bool{}}
	if err := q.keepBuiltins(); err != nil {
		return err
	}
	global := rt.GlobalObject()
	wrapped := map[*goja.Object]goja.Value{} // graph and g are one object
	for _, name := range global.GetOwnPropertyNames() {
		if standardGlobals()[name] {
			continue
		}
		raw, ok := global.Get(name).(*goja.Object)
		if !ok {
			continue
		}
		w, ok := wrapped[raw]
		if !ok {
			if w, err = q.wrapGlobal(name, raw); err != nil {
				return err
			}
			wrapped[raw] = w
		}
		if err := global.DefineDataProperty(name, w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
			return err
		}
	}
	if q.pathType == nil {
		return errors.New("gizmo: no graph object among the session's globals")
	}
	if err := q.boundJSONParse(); err != nil {
		return err
	}
	return global.DefineDataProperty(thrownName, rt.ToValue(q.thrown), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// keepBuiltins keeps, before a query can replace them, the error constructors the
// wrappers throw with and the functions that give a Go object's text and value.
func (q *gizmoGuard) keepBuiltins() error {
	global := q.rt.GlobalObject()
	for _, name := range []string{"TypeError", "RangeError"} {
		c, ok := goja.AssertConstructor(global.Get(name))
		if !ok {
			return fmt.Errorf("gizmo: no %s", name)
		}
		q.errors[name] = c
	}
	for key, path := range map[string][2]string{
		"toString": {"Object", "toString"}, "String": {"String", "valueOf"},
		"Number": {"Number", "valueOf"}, "Boolean": {"Boolean", "valueOf"},
	} {
		ctor, _ := global.Get(path[0]).(*goja.Object)
		if ctor == nil {
			return fmt.Errorf("gizmo: no %s", path[0])
		}
		proto, _ := ctor.Get("prototype").(*goja.Object)
		if proto == nil {
			return fmt.Errorf("gizmo: no %s.prototype", path[0])
		}
		fn, ok := goja.AssertFunction(proto.Get(path[1]))
		if !ok {
			return fmt.Errorf("gizmo: no %s.prototype.%s", path[0], path[1])
		}
		q.texts[key] = fn
	}
	return nil
}

// wrapGlobal wraps one of Cayley's globals: a function, or the graph object, whose
// morphism tells the type of a path.
func (q *gizmoGuard) wrapGlobal(name string, raw *goja.Object) (goja.Value, error) {
	if fn, ok := goja.AssertFunction(raw); ok {
		return q.rt.ToValue(func(call goja.FunctionCall) goja.Value {
			args, _ := q.arguments(name, call.Arguments)
			return q.fromGo(q.call(name, fn, goja.Undefined(), args))
		}), nil
	}
	m, ok := goja.AssertFunction(raw.Get("M"))
	if !ok {
		return nil, fmt.Errorf("gizmo: global %s is neither a function nor the graph", name)
	}
	path, err := m(raw)
	if err != nil {
		return nil, fmt.Errorf("gizmo: a morphism of the graph: %w", err)
	}
	po, ok := path.(*goja.Object)
	if !ok {
		return nil, errors.New("gizmo: a morphism of the graph is no object")
	}
	q.pathType = po.ExportType()
	q.learnPathParameters()
	return q.wrap(raw, 0), nil
}

// newError makes a TypeError or RangeError to throw.
func (q *gizmoGuard) newError(kind, format string, args ...any) *goja.Object {
	e, err := q.errors[kind](nil, q.rt.ToValue(fmt.Sprintf(format, args...)))
	if err != nil {
		panic(err)
	}
	return e
}

// learnPathParameters notes the path methods that take paths (follow, and, union,
// except, ...): goja would make a path of any other value, one that Cayley cannot
// use.
func (q *gizmoGuard) learnPathParameters() {
	q.takesPath = map[string]bool{}
	for i := range q.pathType.NumMethod() {
		m := q.pathType.Method(i)
		for j := 1; j < m.Type.NumIn(); j++ { // after the receiver
			in := m.Type.In(j)
			if in == q.pathType || m.Type.IsVariadic() && j == m.Type.NumIn()-1 && in.Elem() == q.pathType {
				q.takesPath[gizmoMethodName(m.Name)] = true
			}
		}
	}
}

// gizmoMethodName is the name under which Cayley's Gizmo shows a Go method.
func gizmoMethodName(goName string) string {
	for _, prefix := range []string{"Capitalized", "New"} {
		if rest, ok := strings.CutPrefix(goName, prefix); ok {
			return rest
		}
	}
	return strings.ToLower(goName[:1]) + goName[1:]
}

// wrap returns a wrapper of Cayley's Go object raw.
func (q *gizmoGuard) wrap(raw *goja.Object, steps int) *goja.Object {
	t := raw.ExportType()
	if _, ok := q.props[t]; !ok {
		props := map[string]bool{}
		for _, n := range raw.GetOwnPropertyNames() {
			props[n] = true
		}
		q.props[t] = props
	}
	w := &gizmoObject{q: q, raw: raw, steps: steps}
	w.self = q.rt.NewDynamicObject(w)
	return w.self
}

// Get returns one of the wrapped object's fields, or the checked form of one of its
// methods; toString and valueOf give its text and value.
func (w *gizmoObject) Get(key string) goja.Value {
	if !w.Has(key) {
		return w.text(key)
	}
	v := w.raw.Get(key)
	if fn, ok := goja.AssertFunction(v); ok {
		return w.q.rt.ToValue(func(call goja.FunctionCall) goja.Value {
			return w.invoke(key, fn, call.Arguments)
		})
	}
	return w.q.fromGo(v)
}

// text returns toString or valueOf of the wrapped object, as goja makes them for a Go
// value (a quad value's text, a number's value); nil for other keys.
func (w *gizmoObject) text(key string) goja.Value {
	var fn goja.Callable
	switch key {
	case "toString":
		fn = w.q.texts["toString"]
	case "valueOf":
		fn = w.q.texts[w.raw.ClassName()]
	}
	if fn == nil {
		return nil
	}
	return w.q.rt.ToValue(func(goja.FunctionCall) goja.Value {
		return w.q.call(key, fn, w.raw, nil)
	})
}

// Has tells whether key is one of the wrapped object's fields or methods.
func (w *gizmoObject) Has(key string) bool { return w.q.props[w.raw.ExportType()][key] }

// Set sets one of the wrapped object's fields to a checked copy of val.
func (w *gizmoObject) Set(key string, val goja.Value) bool {
	if !w.Has(key) {
		return false
	}
	if _, ok := goja.AssertFunction(w.raw.Get(key)); ok {
		return false // a method
	}
	args, _ := w.q.arguments(key, []goja.Value{val})
	var err error
	if ex := w.q.rt.Try(func() { err = w.raw.Set(key, args[0]) }); ex != nil {
		return false
	}
	return err == nil
}

// Delete refuses: a wrapper cannot be changed.
func (w *gizmoObject) Delete(string) bool { return false }

// Keys lists the wrapped object's fields and methods, as Cayley's object lists them.
func (w *gizmoObject) Keys() []string {
	var keys []string
	for _, k := range w.raw.Keys() {
		if w.Has(k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// invoke calls the wrapped object's method name with checked copies of args. A path
// it returns is wrapped, its steps counted.
func (w *gizmoObject) invoke(name string, fn goja.Callable, args []goja.Value) goja.Value {
	q := w.q
	if w.raw.ExportType() == q.pathType && q.takesPath[name] {
		for i, a := range args {
			if o, ok := a.(*goja.Object); !goja.IsNull(a) && !goja.IsUndefined(a) && (!ok || o.ExportType() != typeWrapper) {
				panic(q.newError("TypeError", "%s: argument %d is not a path", name, i+1))
			}
		}
	}
	plain, argSteps := q.arguments(name, args)
	ret := q.call(name, fn, w.self, plain)
	if o, ok := ret.(*goja.Object); ok && o.ExportType() == q.pathType {
		// Cayley only notes a path's steps; it builds and optimises its shape, by
		// recursion, when the path runs
		steps := w.steps + 1 + argSteps
		if steps > MaxPathSteps {
			panic(q.newError("RangeError", "%s: a path of more than %d steps", name, MaxPathSteps))
		}
		return q.wrap(o, steps)
	}
	return q.fromGo(ret)
}

// call calls one of Cayley's functions. A Go panic inside it becomes a TypeError; an
// exception it throws passes on, with any Go value in it (the value a Cayley error
// names, a Go error) left behind; the interruption of the query passes on as it is.
func (q *gizmoGuard) call(name string, fn goja.Callable, this goja.Value, args []goja.Value) goja.Value {
	ret, panicked, err := callCayley(fn, this, args)
	if panicked != nil {
		panic(q.newError("TypeError", "%s: %v", name, panicked))
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		panic(q.exception(ex))
	}
	if err != nil {
		panic(err) // the query's interruption, or its calls nested too deep
	}
	return ret
}

// callCayley calls fn, returning a Go panic inside it as panicked.
func callCayley(fn goja.Callable, this goja.Value, args []goja.Value) (ret goja.Value, panicked any, err error) {
	defer func() {
		if r := recover(); r != nil {
			panicked = r
		}
	}()
	ret, err = fn(this, args...)
	return ret, nil, err
}

// exception returns what to throw in place of an exception out of Cayley: the query's
// own exception, when Cayley wraps one that a callback threw; a Go error, thrown as
// Cayley throws it, or a GoError, as goja makes one, with nothing of the error but
// its text (a Cayley error holds the Go value it could not use); else the exception
// itself.
func (q *gizmoGuard) exception(ex *goja.Exception) any {
	o, ok := ex.Value().(*goja.Object)
	if !ok {
		return ex
	}
	goErr, ok := goError(o)
	if !ok {
		return ex
	}
	if inner, ok := goErr.(*goja.Exception); ok {
		return inner
	}
	if o.ClassName() == "Error" {
		return q.rt.NewGoError(errors.New(goErr.Error()))
	}
	return q.rt.ToValue(errors.New(goErr.Error()))
}

// goError returns the Go error that o is, or that o, a GoError, holds.
func goError(o *goja.Object) (error, bool) {
	if o.ClassName() == "Error" {
		held, ok := o.Get("value").(*goja.Object)
		if !ok || isJSType(held.ExportType()) {
			return nil, false
		}
		o = held
	}
	if isJSType(o.ExportType()) {
		return nil, false
	}
	err, ok := o.Export().(error)
	return err, ok
}

// isJSType tells whether t is what goja exports a JavaScript object as, rather than a
// Go value's own type.
func isJSType(t reflect.Type) bool {
	switch t {
	case typeJSObject, typeJSArray, typeJSMap, typeProxy, typeWrapper, nil:
		return true
	}
	return t.Kind() == reflect.Func
}

// arguments copies the arguments of a call to Cayley, returning the most steps of the
// paths among them. A function is wrapped as a callback.
func (q *gizmoGuard) arguments(name string, args []goja.Value) ([]goja.Value, int) {
	out := make([]goja.Value, len(args))
	c := valueCopy{q: q, budget: MaxValueItems}
	for i, a := range args {
		if fn, ok := goja.AssertFunction(a); ok {
			out[i] = q.callback(fn)
			continue
		}
		v, err := c.copy(a)
		if err != nil {
			kind := "TypeError"
			if errors.Is(err, errTooDeep) || errors.Is(err, errTooMany) {
				kind = "RangeError"
			}
			panic(q.newError(kind, "%s: argument %d: %v", name, i+1, err))
		}
		out[i] = v
	}
	return out, c.steps
}

// callback wraps a query's function that Cayley calls: what Cayley gives it comes as
// plain values or wrappers, and what it returns stays with the query.
func (q *gizmoGuard) callback(fn goja.Callable) goja.Value {
	return q.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		args := make([]goja.Value, len(call.Arguments))
		for i, a := range call.Arguments {
			args[i] = q.fromGo(a)
		}
		if _, err := fn(call.This, args...); err != nil {
			panic(err)
		}
		return goja.Undefined()
	})
}

// fromGo turns what Cayley's Go code gives a query into what the query may hold: a
// map or a slice into a JavaScript value (goja would export a value assigned into
// them at once, by recursion), a path or other Go object into a wrapper.
func (q *gizmoGuard) fromGo(v goja.Value) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok {
		return v
	}
	switch t := o.ExportType(); {
	case t == typeWrapper:
		return v
	case t.Kind() == reflect.Map || t.Kind() == reflect.Slice:
		return q.plain(o.Export(), 0)
	case t == q.pathType:
		return q.wrap(o, 1)
	}
	return q.wrap(o, 0)
}

// plain turns Cayley's results (lists of tag maps, lists of values) into JavaScript
// values; they nest two levels, and anything past eight is left out.
func (q *gizmoGuard) plain(x any, depth int) goja.Value {
	if depth > 8 {
		return goja.Null()
	}
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Slice:
		items := make([]any, rv.Len())
		for i := range items {
			items[i] = q.plain(rv.Index(i).Interface(), depth+1)
		}
		return q.rt.NewArray(items...)
	case reflect.Map:
		obj := q.rt.NewObject()
		keys := rv.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		for _, k := range keys {
			_ = obj.DefineDataProperty(fmt.Sprint(k), q.plain(rv.MapIndex(k).Interface(), depth+1), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
		return obj
	}
	v := q.rt.ToValue(x)
	if o, ok := v.(*goja.Object); ok {
		return q.wrap(o, 0)
	}
	return v
}
