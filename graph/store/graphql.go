package store

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/query/graphql"
	"github.com/dennwc/graphql/language/ast"
	"github.com/dennwc/graphql/language/parser"
)

// boundGraphQL rewrites a GraphQL query so that every list of objects it asks for
// stops after limit+1 items: the one more tells a cut list from a full one. Cayley's
// GraphQL builds its whole answer as one result and ignores the result limit; its own
// "first" argument is what bounds the work. A "first" the query already gives is kept
// when it asks for no more than limit.
//
// Only fields that Cayley reads as lists of objects get the argument: the top-level
// fields, and the fields with arguments or a selection of their own. A plain field
// ("name", "id") is a value saved on its object, and an argument would change that.
func boundGraphQL(src string, limit int) (string, error) {
	if _, err := graphql.Parse(strings.NewReader(src)); err != nil {
		return "", err // Cayley's own words for what it cannot run
	}
	doc, err := parser.Parse(parser.ParseParams{Source: src})
	if err != nil {
		return "", err
	}
	op := doc.Definitions[0].(*ast.OperationDefinition) // graphql.Parse checked it
	var b strings.Builder
	b.WriteString("query ")
	if err := printSelections(&b, op.SelectionSet, true, limit); err != nil {
		return "", err
	}
	return b.String(), nil
}

func printSelections(b *strings.Builder, set *ast.SelectionSet, top bool, limit int) error {
	b.WriteString("{")
	for _, sel := range set.Selections {
		f, ok := sel.(*ast.Field)
		if !ok {
			return fmt.Errorf("unknown selection type: %T", sel)
		}
		b.WriteString(" ")
		if err := printField(b, f, top, limit); err != nil {
			return err
		}
	}
	b.WriteString(" }")
	return nil
}

func printField(b *strings.Builder, f *ast.Field, top bool, limit int) error {
	if f.Alias != nil && f.Alias.Value != "" {
		b.WriteString(f.Alias.Value + ": ")
	}
	b.WriteString(f.Name.Value)
	args := f.Arguments
	if objects(f, top) && !boundedBy(args, limit) {
		args = append(args[:len(args):len(args)], &ast.Argument{
			Name:  &ast.Name{Value: graphql.LimitKey},
			Value: &ast.IntValue{Value: strconv.Itoa(limit + 1)},
		})
	}
	if err := printArguments(b, args); err != nil {
		return err
	}
	for _, d := range f.Directives {
		b.WriteString(" @" + d.Name.Value)
		if err := printArguments(b, d.Arguments); err != nil {
			return err
		}
	}
	if f.SelectionSet != nil && len(f.SelectionSet.Selections) > 0 {
		b.WriteString(" ")
		return printSelections(b, f.SelectionSet, false, limit)
	}
	return nil
}

// objects reports whether Cayley reads the field as a list of objects: what its
// GraphQL calls a field that is not saved as a value.
func objects(f *ast.Field, top bool) bool {
	if f.Name.Value == graphql.AnyKey {
		return false
	}
	if top || len(f.Arguments) > 0 || f.SelectionSet != nil && len(f.SelectionSet.Selections) > 0 {
		return true
	}
	for _, d := range f.Directives {
		if (d.Name.Value == "rev" || d.Name.Value == "reverse") && len(d.Arguments) > 0 {
			return true
		}
	}
	return false
}

// boundedBy reports whether the last "first" among args, the one Cayley obeys, asks
// for no more than limit items.
func boundedBy(args []*ast.Argument, limit int) bool {
	for i := len(args) - 1; i >= 0; i-- {
		if args[i].Name.Value != graphql.LimitKey {
			continue
		}
		v, ok := args[i].Value.(*ast.IntValue)
		if !ok {
			return false
		}
		n, err := strconv.Atoi(v.Value)
		return err == nil && n >= 0 && n <= limit
	}
	return false
}

func printArguments(b *strings.Builder, args []*ast.Argument) error {
	if len(args) == 0 {
		return nil
	}
	b.WriteString("(")
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(a.Name.Value + ": ")
		if err := printValue(b, a.Value); err != nil {
			return err
		}
	}
	b.WriteString(")")
	return nil
}

func printValue(b *strings.Builder, v ast.Value) error {
	switch v := v.(type) {
	case *ast.EnumValue:
		b.WriteString(v.Value)
	case *ast.IntValue:
		b.WriteString(v.Value)
	case *ast.FloatValue:
		b.WriteString(v.Value)
	case *ast.BooleanValue:
		b.WriteString(strconv.FormatBool(v.Value))
	case *ast.StringValue:
		b.WriteString(`"`)
		for _, r := range v.Value {
			switch {
			case r == '"' || r == '\\':
				b.WriteString(`\` + string(r))
			case r < 0x20:
				fmt.Fprintf(b, `\u%04x`, r)
			default:
				b.WriteRune(r)
			}
		}
		b.WriteString(`"`)
	case *ast.ListValue:
		b.WriteString("[")
		for i, e := range v.Values {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := printValue(b, e); err != nil {
				return err
			}
		}
		b.WriteString(" ]") // Cayley's names may hold "]": "<bob>]" would be one
	default:
		return fmt.Errorf("unsupported value type: %T", v)
	}
	return nil
}

// trimLists cuts every list of objects in a GraphQL answer to limit items and
// reports whether it cut one.
func trimLists(v any, limit int) bool {
	cut := false
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			if list, ok := e.([]map[string]any); ok && len(list) > limit {
				v[k], cut = list[:limit], true
			}
			cut = trimLists(v[k], limit) || cut
		}
	case []map[string]any:
		for _, e := range v {
			cut = trimLists(e, limit) || cut
		}
	}
	return cut
}

// longestList returns the length of the longest list of objects in a GraphQL answer.
func longestList(v any) int {
	n := 0
	switch v := v.(type) {
	case map[string]any:
		for _, e := range v {
			n = max(n, longestList(e))
		}
	case []map[string]any:
		n = len(v)
		for _, e := range v {
			n = max(n, longestList(e))
		}
	}
	return n
}
