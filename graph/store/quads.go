package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
)

// iri is shorthand for an IRI value.
func iri(s string) quad.IRI { return quad.IRI(s) }

func typed(v, datatype string) quad.TypedString {
	return quad.TypedString{Value: quad.String(v), Type: quad.IRI(datatype)}
}

func integer(n int) quad.TypedString { return typed(strconv.Itoa(n), graph.XSDInteger) }

// double writes a number as an xsd:double with the datatype's full IRI: Cayley's own
// float values export as "xsd:double", which RDF tools read as an IRI of scheme xsd.
func double(f float64) quad.TypedString {
	return typed(strconv.FormatFloat(f, 'f', -1, 64), graph.XSDDouble)
}

// StatementID is the id of a statement: a hash of its document, its relation and its
// sentence's offsets, so that the same article always yields the same graph.
func StatementID(s graph.Statement) string {
	h := sha256.New()
	for _, part := range []string{s.Evidence.Document, s.Subject.ID, string(s.Subject.Kind), string(s.Predicate),
		s.Object.ID, string(s.Object.Kind), strconv.Itoa(s.Evidence.Start), strconv.Itoa(s.Evidence.End)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// Article is one document with what the extractor found in it, ready to store.
type Article struct {
	Document    graph.Document
	ContentHash string
	Statements  []graph.Statement
	Nodes       []graph.Node // every node the statements mention
}

// Quads returns the quads that represent an article: its document node, the
// description of each node it mentions, and for each statement a statement node with
// its evidence plus the relation quad labelled with that statement. Everything but the
// relation quads is in the document's graph, so that replacing or deleting the article
// removes exactly what it contributed.
func Quads(a Article) []quad.Quad {
	doc := iri(graph.DocumentIRI(a.Document.ID))
	var out []quad.Quad
	add := func(s, p, o quad.Value, label quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	d := a.Document
	add(doc, iri(graph.RDFType), iri(graph.ClassDocument), doc)
	if d.Title != "" {
		add(doc, iri(graph.PropTitle), quad.String(d.Title), doc)
	}
	if !d.Date.IsZero() {
		add(doc, iri(graph.PropDate), typed(d.Date.Format("2006-01-02"), graph.XSDDate), doc)
	}
	if d.Source != "" {
		add(doc, iri(graph.PropSource), quad.String(d.Source), doc)
	}
	if d.URL != "" {
		add(doc, iri(graph.PropURL), quad.String(d.URL), doc)
	}
	if a.ContentHash != "" {
		add(doc, iri(graph.PropContentHash), quad.String(a.ContentHash), doc)
	}
	add(doc, iri(graph.PropText), quad.String(d.Text), doc)

	for _, n := range a.Nodes {
		node := iri(graph.NodeIRI(n))
		class := graph.ClassActor
		if n.Kind == graph.KindInitiative {
			class = graph.ClassInitiative
		}
		add(doc, iri(graph.Vocab+"mentions"), node, doc)
		add(node, iri(graph.RDFType), iri(class), doc)
		if n.Kind != graph.KindInitiative {
			add(node, iri(graph.RDFType), iri(graph.KindIRI(n.Kind)), doc)
		}
		add(node, iri(graph.RDFSLabel), quad.String(n.Name), doc)
		keys := map[string]bool{}
		for _, name := range append([]string{n.Name, n.ID}, n.Aliases...) {
			if name != n.Name && name != n.ID {
				add(node, iri(graph.SKOSAlt), quad.String(name), doc)
			}
			if k := graph.NameKey(name); k != "" && !keys[k] {
				keys[k] = true
				add(node, iri(graph.PropName), quad.String(k), doc)
			}
		}
	}
	for _, s := range a.Statements {
		st := iri(graph.StatementIRI(StatementID(s)))
		subj, obj := iri(graph.NodeIRI(s.Subject)), iri(graph.NodeIRI(s.Object))
		pred := iri(graph.PredicateIRI(s.Predicate))
		add(subj, pred, obj, st)
		add(st, iri(graph.RDFType), iri(graph.ClassStatement), doc)
		add(st, iri(graph.PropSubject), subj, doc)
		add(st, iri(graph.PropPredicate), pred, doc)
		add(st, iri(graph.PropObject), obj, doc)
		add(st, iri(graph.PropDocument), doc, doc)
		add(st, iri(graph.PropSentence), quad.String(s.Evidence.Sentence), doc)
		add(st, iri(graph.PropStart), integer(s.Evidence.Start), doc)
		add(st, iri(graph.PropEnd), integer(s.Evidence.End), doc)
		add(st, iri(graph.PropModality), quad.String(string(s.Evidence.Modality)), doc)
		add(st, iri(graph.PropConfidence), double(s.Evidence.Confidence), doc)
		add(st, iri(graph.PropExtractor), quad.String(s.Extractor), doc)
	}
	return dedupe(out)
}

func dedupe(qs []quad.Quad) []quad.Quad {
	seen := make(map[string]bool, len(qs))
	out := qs[:0]
	for _, q := range qs {
		k := q.NQuad()
		if !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	return out
}

// localName returns the last segment of an IRI under the namespace.
func localName(v quad.Value) string {
	s, ok := v.(quad.IRI)
	if !ok {
		return ""
	}
	str := string(s)
	if i := strings.LastIndexAny(str, "/#"); i >= 0 {
		return str[i+1:]
	}
	return str
}
