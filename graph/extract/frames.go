package extract

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// frame is one line of frames.txt: a word that carries a relation and where its
// object stands.
type frame struct {
	kind       frameKind
	lemma      string // with its particle after "_": "prop_up"
	actor      graph.Predicate
	initiative graph.Predicate
	slots      []slot
	sym        bool // conjoined actors relate to each other
	rev        bool // the object acts on the subject
	self       bool // an initiative noun as object is read as the actor's own
	mutual     bool // "A and B are allies": a plural agent noun said of several relates them to each other
	intrans    bool // a verb read only without a direct object ("called for a truce", not "called it an initiative for a truce")
	held       bool // "took Goma from the army": the object is a place or something held, not "took lessons from Rwanda"
	joint      bool // an actor in a with-phrase does it too ("signed a deal with Manila")
	personal   bool // read only when no phrase of the verb names an initiative ("congratulated Maduro", not "congratulated both sides on the deal")
	source     string
}

type frameKind uint8

const (
	verbFrame  frameKind = iota + 1
	eventFrame           // a noun naming an act: "support", "sanctions"
	agentFrame           // a noun naming the actor: "ally", "backer"
	adjFrame             // "loyal to"
	pairFrame            // a verb with its object noun: "sever ties"
)

// slot is where an object stands: a dependency relation, and for obliques and nominal
// modifiers the preposition that introduces it ("obl:against"). With needs set, the
// object is obj but only when an oblique with that preposition stands beside it ("drove
// X from Y": obj:from).
type slot struct {
	rel   string // obj, iobj, obl, nmod, poss
	prep  string // "against", "out of"
	needs string
}

// predicate returns the frame's predicate for an object that is an initiative or not.
func (f *frame) predicate(initiative bool) graph.Predicate {
	if initiative {
		return f.initiative
	}
	return f.actor
}

// frames indexes the frames by the part of speech and lemma that carry them.
type frames struct {
	verbs map[string][]*frame
	nouns map[string][]*frame
	adjs  map[string][]*frame
	light map[string]bool   // light verbs, true when reversed ("received support from X")
	pairs map[string]*frame // "VERB NOUN": a verb with its object noun
}

func newFrames() frames {
	return frames{verbs: map[string][]*frame{}, nouns: map[string][]*frame{}, adjs: map[string][]*frame{}, light: map[string]bool{}, pairs: map[string]*frame{}}
}

// FrameError is a malformed line of a frames file.
type FrameError struct {
	File string
	Line int
	Err  error
}

func (e *FrameError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the cause.
func (e *FrameError) Unwrap() error { return e.Err }

var frameKinds = map[string]frameKind{"verb": verbFrame, "event": eventFrame, "agent": agentFrame, "adj": adjFrame}

// read adds the frames of one file. A later line for the same word adds to the earlier.
func (fs *frames) read(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if err := fs.line(f, fmt.Sprintf("%s:%d", baseName(name), n)); err != nil {
			return &FrameError{File: name, Line: n, Err: err}
		}
	}
	return sc.Err()
}

func baseName(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// line adds the frame of one line, split into fields.
func (fs *frames) line(f []string, source string) error {
	switch f[0] {
	case "pair":
		return fs.pairLine(f, source)
	case "light":
		return fs.lightLine(f)
	}
	kind, ok := frameKinds[f[0]]
	if !ok {
		return fmt.Errorf("unknown kind %q (want verb, event, agent, adj or light)", f[0])
	}
	if len(f) < 4 {
		return fmt.Errorf(`want "KIND LEMMA ACTOR INITIATIVE SLOT..."`)
	}
	fr := &frame{kind: kind, lemma: strings.ToLower(f[1]), source: source}
	var err error
	if fr.actor, err = framePredicate(f[2], graph.Supports, graph.Opposes); err != nil {
		return err
	}
	if fr.initiative, err = framePredicate(f[3], graph.Proposes, graph.Endorses, graph.Rejects); err != nil {
		return err
	}
	if err := fr.readOptions(f[4:]); err != nil {
		return err
	}
	if len(fr.slots) == 0 && kind != agentFrame && kind != eventFrame {
		return fmt.Errorf("%s %s: no slot for the object", f[0], f[1])
	}
	fs.add(fr)
	return nil
}

// pairLine reads "pair VERB NOUN ACTOR INITIATIVE SLOT...": the frame of a verb read
// only with its object noun, kept apart from the verb's own frames.
func (fs *frames) pairLine(f []string, source string) error {
	if len(f) < 6 {
		return fmt.Errorf(`want "pair VERB NOUN ACTOR INITIATIVE SLOT..."`)
	}
	key := strings.ToLower(f[1] + " " + f[2])
	if err := fs.line(append([]string{"verb", f[1]}, f[3:]...), source); err != nil {
		return err
	}
	list := fs.verbs[strings.ToLower(f[1])]
	fr := list[len(list)-1]
	fs.verbs[strings.ToLower(f[1])] = list[:len(list)-1]
	if len(fs.verbs[strings.ToLower(f[1])]) == 0 {
		delete(fs.verbs, strings.ToLower(f[1]))
	}
	fr.kind = pairFrame
	fs.pairs[key] = fr
	return nil
}

// lightLine reads "light LEMMA [rev]": a light verb, reversed when its object's actor
// acts on its subject ("received support from X").
func (fs *frames) lightLine(f []string) error {
	if len(f) < 2 || len(f) > 3 || len(f) == 3 && f[2] != "rev" {
		return fmt.Errorf(`want "light LEMMA [rev]"`)
	}
	fs.light[f[1]] = len(f) == 3
	return nil
}

// readOptions reads the words after a frame's predicates: its flags (sym, rev, self,
// mutual, intrans, joint, held) and its slots.
func (fr *frame) readOptions(words []string) error {
	for _, s := range words {
		switch s {
		case "sym":
			fr.sym = true
		case "rev":
			fr.rev = true
		case "self":
			fr.self = true
		case "mutual":
			fr.mutual = true
		case "intrans":
			fr.intrans = true
		case "joint":
			fr.joint = true
		case "held":
			fr.held = true
		case "personal":
			fr.personal = true
		default:
			sl, err := parseSlot(s)
			if err != nil {
				return err
			}
			fr.slots = append(fr.slots, sl)
		}
	}
	return nil
}

// add indexes a frame under the part of speech that carries it.
func (fs *frames) add(fr *frame) {
	switch fr.kind {
	case verbFrame:
		fs.verbs[fr.lemma] = append(fs.verbs[fr.lemma], fr)
	case adjFrame:
		fs.adjs[fr.lemma] = append(fs.adjs[fr.lemma], fr)
	default:
		fs.nouns[fr.lemma] = append(fs.nouns[fr.lemma], fr)
	}
}

func framePredicate(s string, allowed ...graph.Predicate) (graph.Predicate, error) {
	if s == "-" {
		return "", nil
	}
	for _, p := range allowed {
		if string(p) == s {
			return p, nil
		}
	}
	return "", fmt.Errorf("predicate %q: want one of %v or -", s, allowed)
}

func parseSlot(s string) (slot, error) {
	rel, prep, _ := strings.Cut(s, ":")
	switch rel {
	case "obj":
		return slot{rel: rel, needs: strings.ReplaceAll(prep, "_", " ")}, nil
	case "iobj", "poss":
		if prep != "" {
			return slot{}, fmt.Errorf("slot %q: %s takes no preposition", s, rel)
		}
		return slot{rel: rel}, nil
	case "obl", "nmod":
		if prep == "" {
			return slot{}, fmt.Errorf("slot %q: %s needs a preposition (%s:with)", s, rel, rel)
		}
		return slot{rel: rel, prep: strings.ReplaceAll(prep, "_", " ")}, nil
	}
	return slot{}, fmt.Errorf("slot %q: want obj, iobj, poss, obl:PREP or nmod:PREP", s)
}
