package petrarch

import (
	"strings"
	"testing"
)

// The readers must refuse bad input with an error, never panic on it.

func FuzzReadActors(f *testing.F) {
	f.Add(sampleActors)
	f.Add(countriesText[:4000])
	f.Fuzz(func(t *testing.T, text string) {
		actors, err := ReadActors(strings.NewReader(text), "fuzz")
		if err != nil {
			return
		}
		for _, a := range actors {
			if len(a.Names) != len(a.Words) {
				t.Fatalf("line %d: %d names, %d word lists", a.Line, len(a.Names), len(a.Words))
			}
		}
	})
}

func FuzzReadAgents(f *testing.F) {
	f.Add(sampleAgents)
	f.Fuzz(func(t *testing.T, text string) {
		_, _ = ReadAgents(strings.NewReader(text), "fuzz")
	})
}

func FuzzReadVerbs(f *testing.F) {
	f.Add(sampleVerbs)
	f.Add(verbsText[5000:9000])
	f.Fuzz(func(t *testing.T, text string) {
		v, err := ReadVerbs(strings.NewReader(text), "fuzz")
		if err != nil {
			return
		}
		for _, b := range v.Blocks {
			for _, verb := range b.Verbs {
				for _, f := range verb.Forms {
					v.Lookup(f.String())
				}
			}
		}
	})
}

func FuzzReadPredicateMap(f *testing.F) {
	f.Add(samplePredicates)
	f.Fuzz(func(t *testing.T, text string) {
		m, err := ReadPredicateMap(strings.NewReader(text), "fuzz")
		if err == nil {
			m.Lookup("0511", ObjectActor)
		}
	})
}
