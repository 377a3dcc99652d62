package extract

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/actorgraph/actorgraph/graph"
)

//go:embed data/countries.tsv data/actors.yaml data/words.yaml data/patterns.txt
var builtin embed.FS

// Lexicon is everything the extractor knows: the actors it recognises by name, the
// word classes it reads sentences with, and the relation patterns. It is built once
// and shared; it is safe for concurrent use.
type Lexicon struct {
	entries []*entry
	byName  map[string]*entry // NameKey of the canonical name -> entry
	names   *trie
	words   wordLists
	classes map[string]*phraseSet
	rules   []rule
	// stanceVerbs are the one-word entries of the classes <propose>, <endorse> and
	// <reject>: after them, "it" is an initiative.
	stanceVerbs map[string]bool
	anchors     anchorIndex
}

type entry struct {
	node     graph.Node
	demonyms []string
	capitals []string
	leads    []string // for a person: names of what they lead, resolved by ledBy
	prefer   []string // shared names that mean this entry first
}

// wordLists are the classes of words.yaml.
type wordLists struct {
	LeaderRoles       []string `yaml:"leader_roles"`
	SpokespersonRoles []string `yaml:"spokesperson_roles"`
	PersonRoles       []string `yaml:"person_roles"`
	ForceNouns        []string `yaml:"force_nouns"`
	BodyNouns         []string `yaml:"body_nouns"`
	GovernmentNouns   []string `yaml:"government_nouns"`
	InitiativeNouns   []string `yaml:"initiative_nouns"`
	Locatives         []string `yaml:"locatives"`
	Negators          []string `yaml:"negators"`
	Hedges            []string `yaml:"hedges"`
	Attributions      []string `yaml:"attributions"`
	Abbreviations     []string `yaml:"abbreviations"`
	NotNames          []string `yaml:"not_names"`
}

type actorEntry struct {
	Name     string     `yaml:"name"`
	Kind     graph.Kind `yaml:"kind"`
	Aliases  []string   `yaml:"aliases"`
	Demonyms []string   `yaml:"demonyms"`
	Capitals []string   `yaml:"capitals"`
	Leads    []string   `yaml:"leads"`
	// Prefer lists names this actor shares with another that should mean this one
	// unless the article names the other: "Congo" is DR Congo, not Congo-Brazzaville.
	Prefer []string `yaml:"prefer"`
}

// LoadLexicon builds the lexicon from the embedded data files and then from each named
// file, which adds to them: a .tsv file of countries, a .yaml file of actors (a list)
// or of word classes (a mapping), a .txt file of patterns.
func LoadLexicon(paths ...string) (*Lexicon, error) {
	l := &Lexicon{byName: map[string]*entry{}, classes: map[string]*phraseSet{}}
	var raw []rawRule
	classes := map[string][]string{}
	type source struct {
		name string
		data []byte
	}
	var sources []source
	for _, name := range []string{"data/countries.tsv", "data/actors.yaml", "data/words.yaml", "data/patterns.txt"} {
		data, err := builtin.ReadFile(name)
		if err != nil {
			return nil, err
		}
		sources = append(sources, source{name, data})
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		sources = append(sources, source{p, data})
	}
	for _, s := range sources {
		var err error
		switch filepath.Ext(s.name) {
		case ".tsv":
			err = l.addCountries(s.data)
		case ".yaml", ".yml":
			err = l.addYAML(s.data)
		case ".txt":
			err = parsePatterns(s.name, bytes.NewReader(s.data), classes, &raw)
		default:
			err = fmt.Errorf("unknown kind of file (want .tsv, .yaml or .txt)")
		}
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", s.name, err)
		}
	}
	// the word lists are classes of the patterns too: <force>, <initiative>, ...
	for name, list := range map[string][]string{
		"force": l.words.ForceNouns, "body": l.words.BodyNouns, "initiative": l.words.InitiativeNouns,
		"leaderrole": l.words.LeaderRoles, "spokesperson": l.words.SpokespersonRoles,
	} {
		if _, defined := classes[name]; !defined {
			classes[name] = list
		}
	}
	l.stanceVerbs = map[string]bool{}
	for _, name := range []string{"propose", "endorse", "reject"} {
		for _, v := range classes[name] {
			if !strings.Contains(v, " ") {
				l.stanceVerbs[strings.ToLower(v)] = true
			}
		}
	}
	// <backer> also tells the mention finder that "its treaty ally" is no treaty
	l.classes["backer"] = newPhraseSet(classes["backer"])
	c := &compiler{classes: classes}
	for _, r := range raw {
		compiled, err := c.compileRule(r)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		l.rules = append(l.rules, compiled)
	}
	l.anchors = anchorIndex{}
	for _, r := range l.rules {
		for _, set := range r.anchors {
			for w := range set {
				if _, ok := l.anchors[w]; !ok {
					l.anchors[w] = len(l.anchors)
				}
			}
		}
	}
	for i := range l.rules {
		for _, set := range l.rules[i].anchors {
			words := make([]string, 0, len(set))
			for w := range set {
				words = append(words, w)
			}
			l.rules[i].anchorBits = append(l.rules[i].anchorBits, l.anchors.bits(words))
		}
	}
	l.buildIndexes()
	return l, nil
}

func (l *Lexicon) addCountries(data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return fmt.Errorf("line %d: want 6 tab-separated fields, got %d", n, len(f))
		}
		split := func(s string) []string {
			if s == "" {
				return nil
			}
			return strings.Split(s, "|")
		}
		l.add(actorEntry{
			Name:     f[1],
			Kind:     graph.KindState,
			Aliases:  append([]string{f[2]}, split(f[3])...),
			Capitals: split(f[4]),
			Demonyms: split(f[5]),
		})
	}
	return sc.Err()
}

func (l *Lexicon) addYAML(data []byte) error {
	var probe yaml.Node
	if err := yaml.Unmarshal(data, &probe); err != nil {
		return err
	}
	if len(probe.Content) == 0 {
		return nil
	}
	if probe.Content[0].Kind == yaml.SequenceNode {
		var actors []actorEntry
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&actors); err != nil && err != io.EOF {
			return err
		}
		for i, a := range actors {
			if strings.TrimSpace(a.Name) == "" {
				return fmt.Errorf("actor %d has no name", i+1)
			}
			if !a.Kind.IsActor() {
				return fmt.Errorf("actor %q: kind %q is not one of State, Organisation, ArmedGroup, Government, Person", a.Name, a.Kind)
			}
			l.add(a)
		}
		return nil
	}
	var w wordLists
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&w); err != nil && err != io.EOF {
		return err
	}
	l.words.LeaderRoles = append(l.words.LeaderRoles, w.LeaderRoles...)
	l.words.SpokespersonRoles = append(l.words.SpokespersonRoles, w.SpokespersonRoles...)
	l.words.PersonRoles = append(l.words.PersonRoles, w.PersonRoles...)
	l.words.ForceNouns = append(l.words.ForceNouns, w.ForceNouns...)
	l.words.BodyNouns = append(l.words.BodyNouns, w.BodyNouns...)
	l.words.GovernmentNouns = append(l.words.GovernmentNouns, w.GovernmentNouns...)
	l.words.InitiativeNouns = append(l.words.InitiativeNouns, w.InitiativeNouns...)
	l.words.Locatives = append(l.words.Locatives, w.Locatives...)
	l.words.Negators = append(l.words.Negators, w.Negators...)
	l.words.Hedges = append(l.words.Hedges, w.Hedges...)
	l.words.Attributions = append(l.words.Attributions, w.Attributions...)
	l.words.Abbreviations = append(l.words.Abbreviations, w.Abbreviations...)
	l.words.NotNames = append(l.words.NotNames, w.NotNames...)
	return nil
}

// add merges an actor into the lexicon: an entry whose name or alias is already known
// extends the known entry, so that a user's file can add aliases to a country.
func (l *Lexicon) add(a actorEntry) {
	var e *entry
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if found, ok := l.byName[graph.NameKey(n)]; ok && found.node.Kind == a.Kind {
			e = found
			break
		}
	}
	if e == nil {
		e = &entry{node: graph.Node{ID: graph.Slug(a.Name), Name: a.Name, Kind: a.Kind}}
		l.entries = append(l.entries, e)
	} else if a.Name != e.node.Name && a.Kind == graph.KindState {
		// a later file renames the state ("Türkiye" -> "Turkey"): the old name stays an alias
		e.node.Aliases = append(e.node.Aliases, e.node.Name)
		delete(l.byName, graph.NameKey(e.node.Name))
		e.node.Name, e.node.ID = a.Name, graph.Slug(a.Name)
	}
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if n != e.node.Name && !slices.Contains(e.node.Aliases, n) {
			e.node.Aliases = append(e.node.Aliases, n)
		}
		l.byName[graph.NameKey(n)] = e
	}
	for _, d := range a.Demonyms {
		if !slices.Contains(e.demonyms, d) {
			e.demonyms = append(e.demonyms, d)
		}
	}
	for _, c := range a.Capitals {
		if !slices.Contains(e.capitals, c) {
			e.capitals = append(e.capitals, c)
		}
	}
	e.leads = append(e.leads, a.Leads...)
	e.prefer = append(e.prefer, a.Prefer...)
}

// led returns the entries a person's entry says the person leads.
func (l *Lexicon) led(e *entry) []*entry {
	var out []*entry
	for _, name := range e.leads {
		if x, ok := l.byName[graph.NameKey(name)]; ok && x != e {
			out = append(out, x)
		}
	}
	return out
}

func (l *Lexicon) buildIndexes() {
	l.names = newTrie()
	for _, e := range l.entries {
		for _, n := range append([]string{e.node.Name}, e.node.Aliases...) {
			l.names.add(n, nameForm{entry: e, how: byName})
		}
		for _, d := range e.demonyms {
			l.names.add(d, nameForm{entry: e, how: byDemonym})
		}
		for _, p := range e.prefer {
			l.names.addFirst(p, nameForm{entry: e, how: byName})
		}
		for _, c := range e.capitals {
			l.names.add(c, nameForm{entry: e, how: byCapital})
		}
	}
	set := func(name string, list []string) { l.classes[name] = newPhraseSet(list) }
	set("leader", l.words.LeaderRoles)
	set("spokesperson", l.words.SpokespersonRoles)
	set("role", slices.Concat(l.words.LeaderRoles, l.words.SpokespersonRoles, l.words.PersonRoles))
	set("force", l.words.ForceNouns)
	set("body", l.words.BodyNouns)
	set("government", l.words.GovernmentNouns)
	set("initiative", l.words.InitiativeNouns)
	set("locative", l.words.Locatives)
	set("negator", l.words.Negators)
	set("hedge", l.words.Hedges)
	set("attribution", l.words.Attributions)
	set("abbrev", l.words.Abbreviations)
	set("notname", l.words.NotNames)
}

// abbreviations returns the abbreviation set in the form the sentence splitter takes.
func (l *Lexicon) abbreviations() map[string]bool {
	m := make(map[string]bool, len(l.words.Abbreviations))
	for _, a := range l.words.Abbreviations {
		m[strings.ToLower(a)] = true
	}
	return m
}

// how says in what capacity a name refers to its entry.
type how uint8

const (
	byName    how = iota
	byDemonym     // "Egyptian": the state, when it acts
	byCapital     // "Cairo": the state, unless it is a place in the sentence
)

type nameForm struct {
	entry  *entry
	local  *entity // a name the document itself defined
	how    how
	caps   bool // written in capitals ("UN"): matches only in capitals
	proper bool // capitalised: matches only a capitalised first word
}

// trie maps token sequences (lower case) to the names that end there.
type trie struct {
	next  map[string]*trie
	forms []nameForm
}

func newTrie() *trie { return &trie{next: map[string]*trie{}} }

// addFirst adds a name whose form comes before the others of the same name.
func (t *trie) addFirst(name string, f nameForm) {
	t.add(name, f)
	n := t
	for _, w := range trimThe(patternWords(name)) {
		n = n.next[w]
	}
	if n != nil && len(n.forms) > 1 {
		last := n.forms[len(n.forms)-1]
		copy(n.forms[1:], n.forms[:len(n.forms)-1])
		n.forms[0] = last
	}
}

func trimThe(words []string) []string {
	if len(words) > 1 && words[0] == "the" {
		return words[1:]
	}
	return words
}

func (t *trie) add(name string, f nameForm) {
	words := patternWords(name)
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) == 0 {
		return
	}
	f.caps = isAllCaps(name)
	f.proper = !f.caps && len(name) > 0 && strings.ToUpper(name[:1]) == name[:1]
	n := t
	for _, w := range words {
		child, ok := n.next[w]
		if !ok {
			child = newTrie()
			n.next[w] = child
		}
		n = child
	}
	n.forms = append(n.forms, f)
}

// longest returns the longest name starting at toks[i] and the index just past it.
func (t *trie) longest(toks []token, i int) ([]nameForm, int) {
	var best []nameForm
	end := i
	n := t
	for j := i; j < len(toks); j++ {
		child, ok := n.next[toks[j].lower]
		if !ok {
			break
		}
		n = child
		if len(n.forms) > 0 {
			var ok []nameForm
			for _, f := range n.forms {
				if f.caps && toks[i].text != strings.ToUpper(toks[i].text) {
					continue
				}
				if f.proper && !toks[i].upper {
					continue
				}
				ok = append(ok, f)
			}
			if len(ok) > 0 {
				best, end = ok, j+1
			}
		}
	}
	return best, end
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// phraseSet is a set of word sequences, matched at a token position.
type phraseSet struct {
	first map[string][][]string
}

func newPhraseSet(list []string) *phraseSet {
	p := &phraseSet{first: map[string][][]string{}}
	for _, s := range list {
		w := patternWords(s)
		if len(w) == 0 {
			continue
		}
		p.first[w[0]] = append(p.first[w[0]], w)
	}
	return p
}

// match returns the index just past the longest phrase at toks[i], or i if none.
func (p *phraseSet) match(toks []token, i int) int {
	if i >= len(toks) {
		return i
	}
	best := i
	for _, w := range p.first[toks[i].lower] {
		if i+len(w) > len(toks) || i+len(w) <= best {
			continue
		}
		ok := true
		for k := 1; k < len(w); k++ {
			if toks[i+k].lower != w[k] {
				ok = false
				break
			}
		}
		if ok {
			best = i + len(w)
		}
	}
	return best
}

// has reports whether one word is in the set as a phrase of its own.
func (p *phraseSet) has(word string) bool {
	for _, w := range p.first[word] {
		if len(w) == 1 {
			return true
		}
	}
	return false
}
