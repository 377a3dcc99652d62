package extract

import "github.com/actorgraph/actorgraph/graph"

// The style of an article tells whom "we" means outside quotations: in an interview
// (a headline or opening that says "interview with X", paragraphs of "Q:" and "A:")
// the interviewee's side in the answers; in a statement, communiqué or press release
// the issuer (the state or body its source names, else the first its opening names).

// findStyle recognises interviews and statements.
func (a *article) findStyle() {
	opening := a.sents[:min(3, len(a.sents))]
	titleToks := tokenize(a.doc.Title)
	if who := a.interviewWith(titleToks, opening); who != nil {
		a.interviewee = a.sideOf(who)
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
