package next

import (
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestZZProbe(t *testing.T) {
	lex, _ := LoadLexicon()
	x := New(lex)
	a := x.read(graph.Document{ID: "p", Text: "LIVE: Nagorno-Karabakh — truces fail, then a Russian-brokered deal ends the war"})
	s := a.sents[0]
	for i := range s.toks {
		fmt.Println(i, s.toks[i].text, s.tag[i], s.lemma[i], a.lex.in("initiative", s.lemma[i]), s.at[i] != nil)
	}
}
