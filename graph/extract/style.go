package extract

import "github.com/actorgraph/actorgraph/graph"

// The style of an article tells whom "we" means outside quotations: in an interview
// (a headline or opening that says "interview with X", paragraphs of "Q:" and "A:")
// the interviewee's side in the answers; in a statement, communiqué or press release
// the issuer (the state or body its source names, else the first its opening names).

// findStyle recognises interviews and statements.
func (a *article) findStyle() {
	a.findTurns()
	opening := a.sents[:min(3, len(a.sents))]
	titleToks := tokenize(a.doc.Title)
	if who := a.interviewWith(titleToks, opening); who != nil {
		a.interviewee, a.answerer = a.sideOf(who), who
		answer := false
		for _, s := range a.sents {
			if len(s.toks) > 1 && s.toks[1].text == ":" {
				switch s.toks[0].lower {
				case "q", "question":
					answer = false
				case "a", "answer":
					answer = true
				}
			}
			s.answer = answer
		}
		return
	}
	if a.isStatement(titleToks, opening) {
		a.issuer = a.statementIssuer(opening)
	}
}

// interviewWith finds X in "interview with X" in the title or the opening.
func (a *article) interviewWith(title []token, opening []*sentence) *entity {
	lines := [][]token{title}
	for _, s := range opening {
		lines = append(lines, s.toks)
	}
	for _, toks := range lines {
		for k := 0; k+2 < len(toks); k++ {
			if toks[k].lower != "interview" || toks[k+1].lower != "with" {
				continue
			}
			for j := k + 2; j < len(toks) && j < k+8; j++ {
				if e, _, _, _ := a.lookup(toks, j); e != nil && e.isActor() {
					return e
				}
			}
		}
	}
	return nil
}

// isStatement: the title or opening says statement, communiqué or press release.
func (a *article) isStatement(title []token, opening []*sentence) bool {
	lines := [][]token{title}
	for _, s := range opening {
		lines = append(lines, s.toks)
	}
	for _, toks := range lines {
		for k, t := range toks {
			switch t.lower {
			case "statement", "communique", "communiqué", "declaration":
				return true
			case "press":
				if k+1 < len(toks) && toks[k+1].lower == "release" {
					return true
				}
			}
		}
	}
	return false
}

// statementIssuer: the state the source names, else the first actor of the source,
// else the first organisation, group or state of the opening.
func (a *article) statementIssuer(opening []*sentence) *entity {
	var issuer *entity
	src := tokenize(a.doc.Source)
	for k := range src {
		if e, _, _, _ := a.lookup(src, k); e != nil && e.isActor() && (issuer == nil || e.isState() && !issuer.isState()) {
			issuer = e
		}
	}
	if issuer != nil {
		return issuer
	}
	for _, s := range opening {
		for k := range s.toks {
			if e, _, _, _ := a.lookup(s.toks, k); e != nil && e.isActor() && e.node.Kind != graph.KindPerson {
				return e
			}
		}
	}
	return nil
}

// findTurns reads a transcript's turns: a line that opens with a speaker and a colon
// gives the sentences up to the next such line to the speaker's side, when the
// speaker is named with the state or body they speak for in brackets ("Mr. Nebenzia
// (Russian Federation): We cannot support this draft"); a speaker without one ("The
// President:", "MODERATOR:") speaks for no side.
func (a *article) findTurns() {
	var cur, who *entity
	for _, s := range a.sents {
		if c := turnColon(s); c > 0 {
			who = a.bracketed(s, c)
			cur = nil
			if who != nil {
				cur = a.sideOf(who)
			}
		}
		s.turn, s.turnPerson = cur, nil
		if who != nil && who.isPerson() {
			s.turnPerson = who
		}
	}
}

// turnColon returns the index of the colon that ends a speaker's name at the start of
// a line ("Dame Barbara Woodward (United Kingdom):", "The President:"), or -1.
func turnColon(s *sentence) int {
	if len(s.toks) == 0 || !s.toks[0].newline || !s.toks[0].upper {
		return -1
	}
	for k := 1; k < len(s.toks) && k <= 10; k++ {
		switch t := s.toks[k].text; {
		case t == ":":
			return k
		case t == "." && k+1 < len(s.toks) && s.toks[k+1].text != ":" && !s.toks[k-1].upper, t == ",", t == ";", t == "\"":
			return -1
		}
	}
	return -1
}

// bracketed returns the actor named in brackets right before the colon at c
// ("(Russian Federation):", "A (Nihal Jayawardena):"), or nil.
func (a *article) bracketed(s *sentence, c int) *entity {
	if c < 3 || s.toks[c-1].text != ")" {
		return nil
	}
	for o := c - 2; o > 0; o-- {
		if s.toks[o].text != "(" {
			continue
		}
		if e, _, _, end := a.lookup(s.toks, o+1); e != nil && e.isActor() && end == c-1 {
			return e
		}
		return nil
	}
	return nil
}

// speaksFor reports whether a speaker's side is e or what e belongs to: a delegate of
// Russia speaks for Russia, its government and its officials.
func (a *article) speaksFor(side, e *entity) bool {
	return e == side || e.state == side || a.sideOf(e) == side || e.owner == side
}

// turnModality: in a transcript's turn, what the speaker says of others is reported
// ("The Western delegations continue to arm the Kyiv regime", said by Russia's
// delegate); of the speaker's own side, as said.
func (a *article) turnModality(s *sentence, subj *entity, mod graph.Modality) graph.Modality {
	if mod == graph.Asserted && s.turn != nil && !a.speaksFor(s.turn, subj) {
		return graph.Reported
	}
	return mod
}
