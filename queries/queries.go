// Package queries holds actorgraph's saved Gizmo queries, one file each. A file opens
// with a header of comment lines naming the query, describing what it answers and
// listing its parameters:
//
//	// name: supporters-of
//	// description: The actors that support an actor, ...
//	// param: actor node The actor, by id or any of its names.
//
// A parameter is of kind node (an actor or initiative, given by id or any name, and
// bound to its IRI) or string. Parameters reach the query as data, in the object
// params; they are never spliced into its source. The helpers ag(local), rdf(local)
// and rdfs(local) build the vocabulary's IRIs.
package queries

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

//go:embed *.gizmo
var files embed.FS

// Param is one parameter of a saved query.
type Param struct {
	Name        string `json:"name"`
	Kind        string `json:"kind"` // "node" or "string"
	Description string `json:"description"`
}

// Query is a saved Gizmo query.
type Query struct {
	Name        string  `json:"name"`
	Description string  `json:"description"`
	Params      []Param `json:"params"`
	Source      string  `json:"source"`
}

// All returns the saved queries, sorted by name.
func All() ([]Query, error) {
	names, err := fs.Glob(files, "*.gizmo")
	if err != nil {
		return nil, err
	}
	var out []Query
	for _, n := range names {
		data, err := files.ReadFile(n)
		if err != nil {
			return nil, err
		}
		q, err := Parse(n, string(data))
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	slices.SortFunc(out, func(a, b Query) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// Get returns the saved query with the given name.
func Get(name string) (Query, error) {
	all, err := All()
	if err != nil {
		return Query{}, err
	}
	for _, q := range all {
		if q.Name == name {
			return q, nil
		}
	}
	return Query{}, &graph.Error{Op: "find saved query", Name: name, Err: graph.ErrNotFound}
}

// Parse reads a saved query's header and source.
func Parse(file, src string) (Query, error) {
	q := Query{Source: src, Params: []Param{}}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "//")
		if !ok {
			break
		}
		key, value, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.TrimSpace(key) {
		case "name":
			q.Name = value
		case "description":
			q.Description = value
		case "param":
			f := strings.Fields(value)
			if len(f) < 2 || (f[1] != "node" && f[1] != "string") {
				return q, fmt.Errorf("%s: param %q: want \"param: NAME node|string DESCRIPTION\"", file, value)
			}
			q.Params = append(q.Params, Param{Name: f[0], Kind: f[1], Description: strings.Join(f[2:], " ")})
		}
	}
	if q.Name == "" || q.Description == "" {
		return q, fmt.Errorf("%s: the header needs a name and a description", file)
	}
	return q, nil
}

// Bind checks the values given for a query's parameters: every parameter is given,
// and nothing else is.
func (q Query) Bind(values map[string]string) error {
	for k := range values {
		if !slices.ContainsFunc(q.Params, func(p Param) bool { return p.Name == k }) {
			return graph.Invalidf("query %s has no parameter %q", q.Name, k)
		}
	}
	for _, p := range q.Params {
		if strings.TrimSpace(values[p.Name]) == "" {
			return graph.Invalidf("query %s needs the parameter %q (%s)", q.Name, p.Name, p.Description)
		}
	}
	return nil
}
