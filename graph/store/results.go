package store

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
)

// maxResultDepth bounds how deeply a query result may nest. encoding/json only
// notices a cycle a thousand levels down; a result that deep is refused first.
const maxResultDepth = 1000

// encodeResult encodes v as JSON if the encoding fits in room bytes; fits is false
// when it does not. A value too large is found out by measuring it, never by
// encoding it: a query that builds one string of 128 MiB costs a walk of its length,
// not an encoding of it.
func encodeResult(v any, room int) (raw json.RawMessage, fits bool, err error) {
	floor, err := jsonFloor(reflect.ValueOf(v), room, 0)
	if err != nil {
		return nil, false, err
	}
	if floor > room {
		return nil, false, nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // as the server writes its answers: IRIs read as IRIs
	if err := enc.Encode(v); err != nil {
		return nil, false, err
	}
	out := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	if len(out) > room {
		return nil, false, nil
	}
	return json.RawMessage(out), true, nil
}

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// jsonFloor returns a lower bound of the bytes v takes as JSON. It stops counting as
// soon as the bound passes limit, so a value far larger than limit costs at most
// limit steps. Values that encode themselves count as nothing: their size is theirs
// to know.
func jsonFloor(v reflect.Value, limit, depth int) (int, error) {
	if depth > maxResultDepth {
		return 0, fmt.Errorf("the result nests deeper than %d levels", maxResultDepth)
	}
	if !v.IsValid() {
		return len("null"), nil
	}
	t := v.Type()
	if t.Implements(jsonMarshaler) || t.Implements(textMarshaler) {
		return 0, nil
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return len("null"), nil
		}
		if v.Kind() == reflect.Pointer {
			depth++
		}
		return jsonFloor(v.Elem(), limit, depth)
	case reflect.String:
		return stringFloor(v.String(), limit), nil
	case reflect.Bool:
		return len("true"), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return 1, nil
	case reflect.Slice, reflect.Array:
		return listFloor(v, limit, depth)
	case reflect.Map:
		return mapFloor(v, limit, depth)
	case reflect.Struct:
		return structFloor(v, limit, depth)
	}
	return 0, nil // channels, functions: json refuses them
}

// stringFloor is jsonFloor of a string: its quotes, its bytes and one more for each
// that is escaped.
func stringFloor(s string, limit int) int {
	n := len(s) + 2
	if n > limit {
		return n
	}
	for i := 0; i < len(s); i++ {
		if b := s[i]; b < 0x20 || b == '"' || b == '\\' {
			n++ // escaped: at least one more byte
		}
	}
	return n
}

// listFloor is jsonFloor of a slice or an array.
func listFloor(v reflect.Value, limit, depth int) (int, error) {
	if v.Kind() == reflect.Slice && v.IsNil() {
		return len("null"), nil
	}
	if v.Type().Elem().Kind() == reflect.Uint8 {
		return 2 + (v.Len()+2)/3*4, nil // base64
	}
	n := 2 + max(v.Len()-1, 0) // brackets and commas
	for i := 0; i < v.Len() && n <= limit; i++ {
		m, err := jsonFloor(v.Index(i), limit-n, depth+1)
		if err != nil {
			return 0, err
		}
		n += m
	}
	return n, nil
}

// mapFloor is jsonFloor of a map.
func mapFloor(v reflect.Value, limit, depth int) (int, error) {
	if v.IsNil() {
		return len("null"), nil
	}
	n := 2 + max(v.Len()-1, 0)
	for it := v.MapRange(); it.Next() && n <= limit; {
		k, err := jsonFloor(it.Key(), limit-n, depth+1)
		if err != nil {
			return 0, err
		}
		m, err := jsonFloor(it.Value(), limit-n-k, depth+1)
		if err != nil {
			return 0, err
		}
		n += k + 1 + m // "key":value
	}
	return n, nil
}

// structFloor is jsonFloor of a struct: its exported fields, but those that may be
// left out.
func structFloor(v reflect.Value, limit, depth int) (int, error) {
	n := 2
	for i := 0; i < v.NumField() && n <= limit; i++ {
		f := v.Type().Field(i)
		if !f.IsExported() || f.Tag.Get("json") == "-" || v.Field(i).IsZero() {
			continue // left out, or perhaps left out (omitempty)
		}
		m, err := jsonFloor(v.Field(i), limit-n, depth+1)
		if err != nil {
			return 0, err
		}
		n += m
	}
	return n, nil
}
