// Package eval scores extracted statements against gold annotations by the rules of
// the corpus guide (testdata/corpus/GUIDE.md): labels resolve to gold entities by
// normalised name, each distinct (subject, predicate, object) is a true positive when
// it matches a gold relation, ignored when it matches an optional one, and a false
// positive otherwise; unmatched gold relations are misses. Its figures equal those of
// the reference scorer, testdata/corpus/score.py, on the same triples.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Scored lists the relation predicates; Structure the structural ones. Both are
// scored, separately.
var (
	Scored    = []string{"supports", "opposes", "proposes", "endorses", "rejects"}
	Structure = []string{"leads"}
)

const labelIRI = "http://www.w3.org/2000/01/rdf-schema#label"

// Triple is one extracted relation as terms of N-Quads: IRIs in angle brackets,
// literals in quotes, with the predicate's local name.
type Triple struct {
	S, P, O string
}

// Extracted is what a system said about one article: its relations and each node's
// labels, in the order they were read.
type Extracted struct {
	Triples []Triple
	Labels  map[string][]string
	// Found lists the labels of every node the system recognised in the article,
	// related or not; with it, a miss whose actor was never found is told apart from
	// one whose relation was not read. Without it, the nodes of the triples stand in.
	Found []string
}

var (
	term = `(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)`
	line = regexp.MustCompile(`^\s*` + term + `\s+` + term + `\s+` + term + `(?:\s+` + term + `)?\s*\.\s*$`)
)

// ReadNQuads reads N-Quads or N-Triples as the reference scorer does.
func ReadNQuads(r io.Reader) (Extracted, error) {
	ex := Extracted{Labels: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimLeft(text, " \t"), "#") {
			continue
		}
		m := line.FindStringSubmatch(text)
		if m == nil {
			return ex, fmt.Errorf("line %d: not an N-Quads line: %.120s", n, strings.TrimSpace(text))
		}
		s, p, o := m[1], m[2], m[3]
		switch {
		case strings.Trim(p, "<>") == labelIRI && strings.HasPrefix(o, `"`):
			ex.Labels[s] = append(ex.Labels[s], unescape(o))
		case !strings.HasPrefix(o, `"`):
			ex.Triples = append(ex.Triples, Triple{S: s, P: lastSegment(p), O: o})
		}
	}
	return ex, sc.Err()
}

func unescape(lit string) string {
	body := lit[1:strings.LastIndex(lit, `"`)]
	if !strings.Contains(body, `\`) {
		return body
	}
	s, err := strconv.Unquote(`"` + strings.ReplaceAll(body, `\'`, `'`) + `"`)
	if err != nil {
		return body
	}
	return s
}

var segment = regexp.MustCompile(`[/#:]`)

func lastSegment(iri string) string {
	iri = strings.TrimRight(strings.Trim(iri, "<>"), "/#")
	parts := segment.Split(iri, -1)
	return parts[len(parts)-1]
}

// Norm normalises a label as the guide says: NFKC, lower case, curly quotes made
// straight, a possessive 's dropped, punctuation made space, a leading "the" dropped.
func Norm(text string) string {
	text = strings.ToLower(norm.NFKC.String(text))
	text = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(text)
	// drop 's before a non-word character or the end
	var b strings.Builder
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\'' && i+1 < len(rs) && rs[i+1] == 's' && (i+2 == len(rs) || !isWord(rs[i+2])) {
			i++
			continue
		}
		b.WriteRune(rs[i])
	}
	s := strings.Join(strings.FieldsFunc(b.String(), func(r rune) bool { return !isWord(r) || r == '_' }), " ")
	return strings.TrimPrefix(s, "the ")
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' }

// Gold is one article's annotation.
type Gold struct {
	Article   string
	Entities  []Entity // in file order, which decides ties
	Relations []Relation
	Optional  []Relation
}

// Entity is a gold actor or initiative.
type Entity struct {
	Key   string
	Kind  string
	Names []string
}

// Relation is a gold relation; S and O list alternative entity keys.
type Relation struct {
	S   []string
	P   string
	O   []string
	Why string
}

// ReadGold reads a gold file, keeping its entities in file order.
func ReadGold(data []byte) (Gold, error) {
	var raw struct {
		Article   string          `json:"article"`
		Entities  json.RawMessage `json:"entities"`
		Relations []rawRelation   `json:"relations"`
		Optional  []rawRelation   `json:"optional"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return Gold{}, fmt.Errorf("gold file: %w", err)
	}
	g := Gold{Article: raw.Article}
	dec := json.NewDecoder(bytes.NewReader(raw.Entities))
	if _, err := dec.Token(); err != nil {
		return g, fmt.Errorf("gold entities: %w", err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return g, fmt.Errorf("gold entities: %w", err)
		}
		var e struct {
			Kind  string   `json:"kind"`
			Names []string `json:"names"`
		}
		if err := dec.Decode(&e); err != nil {
			return g, fmt.Errorf("gold entity %v: %w", tok, err)
		}
		g.Entities = append(g.Entities, Entity{Key: tok.(string), Kind: e.Kind, Names: e.Names})
	}
	for _, r := range raw.Relations {
		rel, err := r.relation()
		if err != nil {
			return g, err
		}
		g.Relations = append(g.Relations, rel)
	}
	for _, r := range raw.Optional {
		rel, err := r.relation()
		if err != nil {
			return g, err
		}
		g.Optional = append(g.Optional, rel)
	}
	return g, nil
}

type rawRelation struct {
	S   json.RawMessage `json:"s"`
	P   string          `json:"p"`
	O   json.RawMessage `json:"o"`
	Why string          `json:"why"`
}

func (r rawRelation) relation() (Relation, error) {
	s, err := alts(r.S)
	if err != nil {
		return Relation{}, fmt.Errorf("gold relation %q: s: %w", r.Why, err)
	}
	o, err := alts(r.O)
	if err != nil {
		return Relation{}, fmt.Errorf("gold relation %q: o: %w", r.Why, err)
	}
	return Relation{S: s, P: r.P, O: o, Why: r.Why}, nil
}

// alts reads an entity key or a list of alternative keys.
func alts(raw json.RawMessage) ([]string, error) {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}, nil
	}
	var many []string
	if err := json.Unmarshal(raw, &many); err != nil || len(many) == 0 {
		return nil, fmt.Errorf("want an entity key or a list of keys, got %s", raw)
	}
	return many, nil
}

type resolver struct {
	exact map[string]string
	names []struct{ name, key string }
}

func newResolver(ents []Entity) *resolver {
	r := &resolver{exact: map[string]string{}}
	for _, e := range ents {
		for _, name := range append(slices.Clone(e.Names), strings.ReplaceAll(e.Key, "_", " ")) {
			nn := Norm(name)
			if nn == "" {
				continue
			}
			if _, ok := r.exact[nn]; !ok {
				r.exact[nn] = e.Key
			}
			r.names = append(r.names, struct{ name, key string }{nn, e.Key})
		}
	}
	slices.SortStableFunc(r.names, func(a, b struct{ name, key string }) int {
		return len([]rune(b.name)) - len([]rune(a.name))
	})
	return r
}

func (r *resolver) resolve(label string) string {
	nl := Norm(label)
	if k, ok := r.exact[nl]; ok {
		return k
	}
	padded := " " + nl + " "
	for _, n := range r.names {
		if strings.Contains(padded, " "+n.name+" ") {
			return n.key
		}
	}
	return ""
}

func (r *resolver) node(term string, labels map[string][]string) string {
	for _, l := range labels[term] {
		if k := r.resolve(l); k != "" {
			return k
		}
	}
	if strings.HasPrefix(term, "<") {
		return r.resolve(strings.ReplaceAll(lastSegment(term), "-", " "))
	}
	return ""
}

// Counts are true positives, false positives and misses.
type Counts struct {
	TP, FP, FN int
}

// Add adds c to the counts.
func (n *Counts) Add(c Counts) { n.TP += c.TP; n.FP += c.FP; n.FN += c.FN }

// PRF returns precision, recall and F1, with the reference scorer's conventions for
// empty denominators.
func (n Counts) PRF() (p, r, f float64) {
	switch {
	case n.TP+n.FP > 0:
		p = float64(n.TP) / float64(n.TP+n.FP)
	case n.FN == 0:
		p = 1
	}
	r = 1
	if n.TP+n.FN > 0 {
		r = float64(n.TP) / float64(n.TP+n.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Resolved is a system triple after resolution: entity keys, or "?label" for a node
// that matches no gold entity. Raw is one of the system triples it came from.
type Resolved struct {
	S, P, O string
	Raw     Triple
}

// Missed is a gold relation no system triple matched, with why: what the system had of
// it (see Cause).
type Missed struct {
	Relation
	Cause Cause
}

// Cause says why a gold relation was missed, from what the system did find.
type Cause string

// The causes of a miss, from the furthest to the nearest.
const (
	NoActor        Cause = "no actor"        // the subject or the object was not found at all
	NoRelation     Cause = "no relation"     // both were found, and no relation between them
	WrongDirection Cause = "wrong direction" // the same predicate the other way round
	WrongPredicate Cause = "wrong predicate" // another predicate between the two
)

// Causes lists the causes in the order reports give them.
var Causes = []Cause{NoActor, NoRelation, WrongDirection, WrongPredicate}

// Result is the score of one article.
type Result struct {
	Article  string
	Counts   map[string]Counts // per predicate
	TP, FP   []Resolved
	Ignored  []Resolved
	Misses   []Missed
	Relation Counts // micro over Scored
}

func fits(rel Relation, s, p, o string) bool {
	return rel.P == p && slices.Contains(rel.S, s) && slices.Contains(rel.O, o)
}

// Score scores one article's extraction against its gold annotation.
func Score(g Gold, ex Extracted) Result {
	res := newResolver(g.Entities)
	preds := append(slices.Clone(Scored), Structure...)
	first := func(term string) string {
		if l := ex.Labels[term]; len(l) > 0 {
			return l[0]
		}
		return term
	}
	seen := map[[3]string]bool{}
	var system []Resolved
	for _, t := range ex.Triples {
		if !slices.Contains(preds, t.P) {
			continue
		}
		s, o := res.node(t.S, ex.Labels), res.node(t.O, ex.Labels)
		if s == "" {
			s = "?" + first(t.S)
		}
		if o == "" {
			o = "?" + first(t.O)
		}
		k := [3]string{s, t.P, o}
		if !seen[k] {
			seen[k] = true
			system = append(system, Resolved{S: s, P: t.P, O: o, Raw: t})
		}
	}
	slices.SortFunc(system, func(a, b Resolved) int {
		return strings.Compare(a.S+"\x00"+a.P+"\x00"+a.O, b.S+"\x00"+b.P+"\x00"+b.O)
	})
	owner := maxMatching(system, g.Relations)
	matched := map[int]bool{}
	for _, i := range owner {
		matched[i] = true
	}
	out := Result{Article: g.Article, Counts: map[string]Counts{}}
	for _, p := range preds {
		out.Counts[p] = Counts{}
	}
	for i, t := range system {
		c := out.Counts[t.P]
		switch {
		case matched[i]:
			c.TP++
			out.TP = append(out.TP, t)
		case slices.ContainsFunc(g.Relations, func(r Relation) bool { return fits(r, t.S, t.P, t.O) }) ||
			slices.ContainsFunc(g.Optional, func(r Relation) bool { return fits(r, t.S, t.P, t.O) }):
			out.Ignored = append(out.Ignored, t)
		default:
			c.FP++
			out.FP = append(out.FP, t)
		}
		out.Counts[t.P] = c
	}
	found := foundKeys(res, ex, system)
	for j, r := range g.Relations {
		if _, ok := owner[j]; !ok {
			if c, scored := out.Counts[r.P]; scored {
				c.FN++
				out.Counts[r.P] = c
				out.Misses = append(out.Misses, Missed{Relation: r, Cause: cause(r, system, found)})
			}
		}
	}
	for _, p := range Scored {
		out.Relation.Add(out.Counts[p])
	}
	return out
}

// foundKeys resolves the nodes the system found to gold entities.
func foundKeys(res *resolver, ex Extracted, system []Resolved) map[string]bool {
	found := map[string]bool{}
	for _, l := range ex.Found {
		if k := res.resolve(l); k != "" {
			found[k] = true
		}
	}
	for _, t := range system {
		found[t.S], found[t.O] = true, true
	}
	return found
}

// cause says why r was missed.
func cause(r Relation, system []Resolved, found map[string]bool) Cause {
	anyFound := func(keys []string) bool { return slices.ContainsFunc(keys, func(k string) bool { return found[k] }) }
	if !anyFound(r.S) || !anyFound(r.O) {
		return NoActor
	}
	between := func(t Resolved, s, o []string) bool { return slices.Contains(s, t.S) && slices.Contains(o, t.O) }
	if slices.ContainsFunc(system, func(t Resolved) bool { return t.P == r.P && between(t, r.O, r.S) }) {
		return WrongDirection
	}
	if slices.ContainsFunc(system, func(t Resolved) bool { return between(t, r.S, r.O) || between(t, r.O, r.S) }) {
		return WrongPredicate
	}
	return NoRelation
}

// maxMatching finds the largest matching of system triples to gold relations by
// augmenting paths, in the reference scorer's order, and returns gold index -> system
// index.
func maxMatching(system []Resolved, gold []Relation) map[int]int {
	owner := map[int]int{}
	var augment func(i int, seen map[int]bool) bool
	augment = func(i int, seen map[int]bool) bool {
		for j, rel := range gold {
			if seen[j] || !fits(rel, system[i].S, system[i].P, system[i].O) {
				continue
			}
			seen[j] = true
			if k, ok := owner[j]; !ok || augment(k, seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	for i := range system {
		augment(i, map[int]bool{})
	}
	return owner
}

// Total sums article results: per predicate, the relation micro-average and leads,
// and the misses of each predicate by cause.
type Total struct {
	Counts   map[string]Counts
	Relation Counts
	Leads    Counts
	Causes   map[string]map[Cause]int // predicate -> cause -> misses
}

// Sum adds up results.
func Sum(results []Result) Total {
	t := Total{Counts: map[string]Counts{}, Causes: map[string]map[Cause]int{}}
	for _, r := range results {
		for p, c := range r.Counts {
			n := t.Counts[p]
			n.Add(c)
			t.Counts[p] = n
		}
		for _, m := range r.Misses {
			if t.Causes[m.P] == nil {
				t.Causes[m.P] = map[Cause]int{}
			}
			t.Causes[m.P][m.Cause]++
		}
	}
	for _, p := range Scored {
		t.Relation.Add(t.Counts[p])
	}
	t.Leads = t.Counts["leads"]
	return t
}
