package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// A fact box gives the article's subject's relations as labelled lines: "Allies: Iran;
// Syria's President Bashar al-Assad; Hamas", "Enemies: Israel", "Designated a terrorist
// organisation by: the United States, the United Kingdom". The subject of a fact box
// is the actor the article speaks of most (its profile's subject): the most mentioned
// actor that is not a state.

// readFactBox reads a line that opens with a label and a colon.
func readFactBox(a *article, s *sentence, w int) {
	if w != 0 || len(s.toks) < 3 {
		return
	}
	colon := -1
	for k, t := range s.toks[:min(len(s.toks), 8)] {
		if t.text == ":" {
			colon = k
			break
		}
	}
	if colon < 1 {
		return
	}
	p, rev := a.factLabel(s, colon)
	topic := a.topic()
	if p == "" || topic == nil {
		return
	}
	t := arg{&mention{s: s, ent: topic, conf: 0.8, how: byDescription}, 0.8}
	for _, m := range s.ments {
		if m.start <= colon || !m.ent.isActor() || m.ent == topic {
			continue
		}
		if rev {
			a.relate(s, colon, t, p, arg{m, m.conf}, 0.8, "fact box")
		} else {
			a.relate(s, colon, arg{m, m.conf}, p, t, 0.8, "fact box")
		}
	}
}

// factLabel says what a fact box label means: who is listed after it relates to the
// subject ("Allies:", "Backers:", "Designated a terrorist organisation by:"), or the
// subject relates to them ("Enemies:", "Opposes:").
func (a *article) factLabel(s *sentence, colon int) (graph.Predicate, bool) {
	var words []string
	for _, k := range s.toks[:colon] {
		words = append(words, k.lower)
	}
	label := strings.Join(words, " ")
	for k := range colon {
		for _, f := range a.lex.frames.nouns[s.lemma[k]] {
			if f.kind == agentFrame && f.actor != "" {
				return f.actor, false // "Allies:", "Backers:", "Enemies:"
			}
		}
	}
	for k := range colon {
		if a.lex.in("judging", s.lemma[k]) && strings.HasSuffix(label, " by") && a.labelOf(s, colon-2, "hostile") {
			return graph.Opposes, false // "Designated a terrorist organisation by:"
		}
	}
	return "", false
}

// topic returns the actor the article is about: the most mentioned one that is not a
// state, when it is mentioned at least three times.
func (a *article) topic() *entity {
	var best *entity
	for _, e := range a.ents {
		if !e.isActor() || e.isState() || e.unknown || e.node.Kind == graph.KindPerson {
			continue
		}
		if best == nil || e.mentions > best.mentions {
			best = e
		}
	}
	if best == nil || best.mentions < 3 {
		return nil
	}
	return best
}
