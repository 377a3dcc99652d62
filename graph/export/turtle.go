package export

import (
	"bufio"
	"cmp"
	"io"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
)

// prefixes are the namespaces Turtle and TriG output abbreviates.
var prefixes = [][2]string{
	{"ag", graph.Vocab},
	{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
	{"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
	{"skos", "http://www.w3.org/2004/02/skos/core#"},
	{"xsd", "http://www.w3.org/2001/XMLSchema#"},
}

// term writes an RDF term in Turtle: vocabulary IRIs as prefixed names when their
// local part is a plain name, other IRIs in full, literals escaped.
func term(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		s := string(v)
		for _, p := range prefixes {
			if local, ok := strings.CutPrefix(s, p[1]); ok && plainLocal(local) {
				return p[0] + ":" + local
			}
		}
		return "<" + s + ">"
	case quad.String:
		return quoteLiteral(string(v))
	case quad.TypedString:
		return quoteLiteral(string(v.Value)) + "^^" + term(v.Type)
	case quad.LangString:
		return quoteLiteral(string(v.Value)) + "@" + v.Lang
	case quad.BNode:
		return "_:" + string(v)
	}
	return quoteLiteral(quad.StringOf(v))
}

func plainLocal(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		later := r >= '0' && r <= '9' || r == '_' // allowed after the first character
		if !letter && (i == 0 || !later) {
			return false
		}
	}
	return true
}

func quoteLiteral(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`).Replace(s) + `"`
}

// writeTriples writes triples grouped by subject, each subject's predicates and
// objects in order, with the given indent.
func writeTriples(w *bufio.Writer, qs []quad.Quad, indent string) {
	slices.SortFunc(qs, func(a, b quad.Quad) int {
		return cmp.Or(cmp.Compare(term(a.Subject), term(b.Subject)), cmp.Compare(term(a.Predicate), term(b.Predicate)), cmp.Compare(term(a.Object), term(b.Object)))
	})
	qs = slices.CompactFunc(qs, func(a, b quad.Quad) bool {
		return a.Subject == b.Subject && a.Predicate == b.Predicate && a.Object == b.Object
	})
	for i, q := range qs {
		switch {
		case i > 0 && qs[i-1].Subject == q.Subject && qs[i-1].Predicate == q.Predicate:
			w.WriteString(" ,\n" + indent + "        " + term(q.Object))
		case i > 0 && qs[i-1].Subject == q.Subject:
			w.WriteString(" ;\n" + indent + "    " + term(q.Predicate) + " " + term(q.Object))
		default:
			if i > 0 {
				w.WriteString(" .\n\n")
			}
			w.WriteString(indent + term(q.Subject) + "\n" + indent + "    " + term(q.Predicate) + " " + term(q.Object))
		}
	}
	if len(qs) > 0 {
		w.WriteString(" .\n")
	}
}

func writePrefixes(w *bufio.Writer) {
	for _, p := range prefixes {
		w.WriteString("@prefix " + p[0] + ": <" + p[1] + "> .\n")
	}
	w.WriteString("\n")
}

// gather reads a stream of quads whole: Turtle and TriG group triples by subject
// and graph, so they hold the quads in memory and sort them before writing.
func gather(quads Stream[quad.Quad]) ([]quad.Quad, error) {
	var all []quad.Quad
	err := quads(func(q quad.Quad) error { all = append(all, q); return nil })
	return all, err
}

// Turtle writes the triples of the quads (labels dropped) as Turtle, grouped by
// subject; it reads the quads whole before writing.
func Turtle(out io.Writer, quads Stream[quad.Quad]) error {
	qs, err := gather(quads)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(out)
	writePrefixes(w)
	writeTriples(w, qs, "")
	return w.Flush()
}

// TriG writes the quads as TriG, one block per named graph; it reads the quads whole
// before writing.
func TriG(out io.Writer, quads Stream[quad.Quad]) error {
	qs, err := gather(quads)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(out)
	writePrefixes(w)
	graphs := map[string][]quad.Quad{}
	var names []string
	for _, q := range qs {
		name := ""
		if q.Label != nil {
			name = term(q.Label)
		}
		if _, ok := graphs[name]; !ok {
			names = append(names, name)
		}
		graphs[name] = append(graphs[name], q)
	}
	slices.Sort(names)
	for _, name := range names {
		if name == "" {
			w.WriteString("{\n")
		} else {
			w.WriteString(name + " {\n")
		}
		writeTriples(w, graphs[name], "  ")
		w.WriteString("}\n\n")
	}
	return w.Flush()
}
