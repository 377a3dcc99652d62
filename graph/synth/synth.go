// Package synth generates deterministic synthetic graphs in actorgraph's vocabulary,
// for benchmarks and load tests: the same seed always gives the same quads.
package synth

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// actorParts name the synthetic actors: "Northern Liberation Front", "Eastern Army"...
var (
	adjectives = []string{"Northern", "Southern", "Eastern", "Western", "Central", "United", "Free", "Popular", "National", "Revolutionary", "Islamic", "Democratic", "Patriotic", "Federal", "Coastal", "Highland"}
	nouns      = []string{"Liberation Front", "Army", "Movement", "Council", "Brigade", "Alliance", "Defence Forces", "Resistance", "Guard", "Coalition", "Union", "Militia"}
	predicates = []graph.Predicate{graph.Supports, graph.Supports, graph.Opposes, graph.Opposes, graph.Supports, graph.Leads}
)

// Actors returns the number of actors a graph of n quads holds.
func Actors(n int) int { return max(10, n/120) }

// ActorName returns the name of synthetic actor i.
func ActorName(i int) string {
	return adjectives[i%len(adjectives)] + " " + nouns[(i/len(adjectives))%len(nouns)] + " " + strconv.Itoa(i)
}

// ActorID returns the id of synthetic actor i.
func ActorID(i int) string { return graph.Slug(ActorName(i)) }

// WriteNQuads writes about n quads: actors with labels and name keys, documents, and
// statements with their evidence and relation quads, as actorgraph itself stores them.
// Relations favour a few hub actors, as news does. It returns the number written.
func WriteNQuads(w io.Writer, n int, seed uint64) (int, error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	actors := Actors(n)
	written := 0
	line := func(s, p, o, g string) {
		if g == "" {
			fmt.Fprintf(bw, "%s %s %s .\n", s, p, o)
		} else {
			fmt.Fprintf(bw, "%s %s %s %s .\n", s, p, o, g)
		}
		written++
	}
	iri := func(s string) string { return "<" + s + ">" }
	lit := func(s string) string { return strconv.Quote(s) }
	for i := 0; i < actors; i++ {
		a := iri(graph.NodeIRI(graph.Node{ID: ActorID(i)}))
		line(a, iri(graph.RDFType), iri(graph.ClassActor), "")
		line(a, iri(graph.RDFSLabel), lit(ActorName(i)), "")
		line(a, iri(graph.PropName), lit(graph.NameKey(ActorName(i))), "")
	}
	pick := func() int {
		// a skewed choice: low ids are hubs
		x := rng.Float64()
		return int(x * x * x * float64(actors))
	}
	doc := ""
	for s := 0; written < n; s++ {
		if s%40 == 0 {
			d := s / 40
			doc = iri(graph.DocumentIRI(fmt.Sprintf("synthetic-%06d", d)))
			line(doc, iri(graph.RDFType), iri(graph.ClassDocument), doc)
			line(doc, iri(graph.PropTitle), lit(fmt.Sprintf("Synthetic report %d", d)), doc)
			line(doc, iri(graph.PropDate), lit(fmt.Sprintf("20%02d-%02d-%02d", 10+d%15, 1+d%12, 1+d%28))+"^^"+iri(graph.XSDDate), doc)
			line(doc, iri(graph.PropText), lit(strings.Repeat("Synthetic text. ", 20)), doc)
		}
		a, b := pick(), pick()
		if a == b {
			b = (b + 1) % actors
		}
		p := predicates[rng.IntN(len(predicates))]
		sa, sb := iri(graph.NodeIRI(graph.Node{ID: ActorID(a)})), iri(graph.NodeIRI(graph.Node{ID: ActorID(b)}))
		st := iri(graph.StatementIRI(fmt.Sprintf("synthetic-%08d", s)))
		sentence := fmt.Sprintf("%s %s %s.", ActorName(a), p, ActorName(b))
		line(sa, iri(graph.PredicateIRI(p)), sb, st)
		line(st, iri(graph.RDFType), iri(graph.ClassStatement), doc)
		line(st, iri(graph.PropSubject), sa, doc)
		line(st, iri(graph.PropPredicate), iri(graph.PredicateIRI(p)), doc)
		line(st, iri(graph.PropObject), sb, doc)
		line(st, iri(graph.PropDocument), doc, doc)
		line(st, iri(graph.PropSentence), lit(sentence), doc)
		line(st, iri(graph.PropStart), lit(strconv.Itoa(s%1000))+"^^"+iri(graph.XSDInteger), doc)
		line(st, iri(graph.PropModality), lit(string(graph.Asserted)), doc)
	}
	return written, bw.Flush()
}
