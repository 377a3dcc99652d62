package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestZZRows(t *testing.T) {
	path := os.Getenv("ROWS")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	doc, _ := ParseArticle(path, data)
	x := testExtractor(t)
	d := &docState{x: x, lex: x.lex, doc: doc, local: newTrie(), govOf: map[*entity]*entity{}, known: map[*entry]*entity{}, seen: map[string]bool{}}
	d.sents = splitSentences(tokenize(doc.Text), x.abbrev)
	for i := range d.sents {
		d.findAcronyms(d.sents[i].toks)
	}
	for i := range d.sents {
		d.findPeople(i)
	}
	for i := range d.sents {
		ms := d.mentions(i)
		d.sentMentions = append(d.sentMentions, ms)
		line := ""
		k := 0
		toks := d.sents[i].toks
		for j := 0; j < len(toks); {
			if k < len(ms) && ms[k].start == j {
				line += fmt.Sprintf(" [%s]", ms[k].ent.node.Name)
				j = ms[k].end
				k++
				continue
			}
			line += " " + toks[j].text
			j++
		}
		fmt.Println("ROW", line)
	}
}
