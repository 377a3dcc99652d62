package syntax

import (
	"bytes"
	"compress/gzip"
	"math/bits"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readTreebank(t testing.TB, split string) []Sentence {
	t.Helper()
	name := filepath.Join("testdata", "ud-ewt", "en_ewt-ud-"+split+".conllu.gz")
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }() // read only
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ReadCoNLLU(z, name)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// The figures the README gives for the embedded model, on the test split of the
// English Web Treebank with gold tokenisation. A change to the tagger, the parser or
// the model that lowers them fails here.
func TestEmbeddedModelAccuracy(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := m.Evaluate(readTreebank(t, "test"))
	t.Logf("test split: %d words, UPOS %.2f%%, UAS %.2f%%, LAS %.2f%%, lemmas %.2f%%", sc.Words, 100*sc.UPOS, 100*sc.UAS, 100*sc.LAS, 100*sc.Lemma)
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"UPOS", sc.UPOS, 0.953}, {"UAS", sc.UAS, 0.843}, {"LAS", sc.LAS, 0.813}, {"lemma", sc.Lemma, 0.944}} {
		if c.got < c.want {
			t.Errorf("%s %.4f, want at least %.3f", c.name, c.got, c.want)
		}
	}
}

func TestCoNLLURoundTrip(t *testing.T) {
	in := "# sent_id = 1\n# text = I don't know.\n" +
		"1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n" +
		"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
		"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
		"4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"4.1\tknew\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
	sents, err := ReadCoNLLU(strings.NewReader(in), "t.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 || len(sents[0].Tokens) != 5 || sents[0].Text() != "I don't know." {
		t.Fatalf("read %+v", sents)
	}
	var out bytes.Buffer
	if err := WriteCoNLLU(&out, sents); err != nil {
		t.Fatal(err)
	}
	if out.String() != in {
		t.Errorf("round trip:\n%s\nwant:\n%s", out.String(), in)
	}
}

func TestCoNLLUErrors(t *testing.T) {
	for _, c := range []struct{ name, in string }{
		{"columns", "1\tI\tI\n"},
		{"id out of order", "2\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n"},
		{"bad head", "1\tI\tI\tPRON\t_\t_\tx\troot\t_\t_\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(c.in), "bad.conllu")
			if err == nil || !strings.Contains(err.Error(), "bad.conllu:1") {
				t.Errorf("error %v, want one naming bad.conllu:1", err)
			}
		})
	}
}

// Sentences of news, parsed: the relations the reader depends on come out right.
func TestParseNews(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		words string
		want  []string // "dependent relation head"
	}{
		{"Russia backs Serbia .", []string{"Russia nsubj backs", "Serbia obj backs"}},
		{"Armenia has been supported by Iran .", []string{"Armenia nsubj:pass supported", "Iran obl:agent supported"}},
		{"The rebels attacked the capital on Sunday .", []string{"rebels nsubj attacked", "capital obj attacked"}},
		{"Egypt 's president welcomed the truce .", []string{"Egypt nmod:poss president", "president nsubj welcomed", "truce obj welcomed"}},
		// a past tense, not a participle that modifies the noun after it
		{"Riyadh issued statements backing the Moroccan operation .", []string{"Riyadh nsubj issued", "issued root ROOT"}},
		{"Saudi Arabia , the United Arab Emirates , Qatar and Bahrain issued statements backing the Moroccan operation .", []string{"Arabia nsubj issued", "issued root ROOT"}},
		{"The Economic Community of West African States imposed sanctions on Niger on 30 July .", []string{"Community nsubj imposed", "imposed root ROOT"}},
		{"Addis Ababa armed and paid many of those militiamen .", []string{"Addis nsubj armed", "armed root ROOT"}},
		{"The Kachin Independence Army attacked junta positions in the north .", []string{"Army nsubj attacked", "attacked root ROOT"}},
		{"Turkish troops launched Operation Peace Spring with air strikes on SDF positions .", []string{"troops nsubj launched", "launched root ROOT"}},
	} {
		p := m.Parse(strings.Fields(c.words))
		var got []string
		for i, h := range p.Heads {
			head := "ROOT"
			if h >= 0 {
				head = p.Words[h]
			}
			got = append(got, p.Words[i]+" "+p.Deprels[i]+" "+head)
		}
		for _, w := range c.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%q: no %q in %v", c.words, w, got)
			}
		}
	}
}

// The tagger's classes: UPOS tags, with verbs, auxiliaries, nouns and names refined by
// their Penn Treebank tag, few enough for the 32 bits of a classSet.
func TestClasses(t *testing.T) {
	if len(classes) > 32 {
		t.Fatalf("%d classes, at most 32", len(classes))
	}
	for _, c := range []struct{ upos, xpos, want string }{
		{"VERB", "VBD", "VBD"}, {"AUX", "MD", "MD"}, {"NOUN", "NNS", "NNS"}, {"ADJ", "JJR", ""},
		{"NOUN", "FW", "NN"}, {"PROPN", "GW", "NNP"}, {"VERB", "NNP", "VB"}, // rare tags: the first refinement
	} {
		cl := classes[classOf(c.upos, c.xpos)]
		if Tags[cl.upos] != c.upos || cl.xpos != c.want {
			t.Errorf("%s %s: class %s %q, want %s %q", c.upos, c.xpos, Tags[cl.upos], cl.xpos, c.upos, c.want)
		}
	}
	if n := bits.OnesCount32(uint32(classesOf(1 << tagIndex("VERB")))); n != 6 {
		t.Errorf("VERB has %d classes, want 6", n)
	}
}

// A participle after a noun is taken for a past tense only where the sentence has no
// finite verb.
func TestStrandedParticiple(t *testing.T) {
	for _, c := range []struct {
		words string
		tags  []string // UPOS/XPOS
		want  int
	}{
		{"troops launched Operation", []string{"NOUN/NNS", "VERB/VBN", "PROPN/NNP"}, 1},
		{"statements issued in Riyadh were", []string{"NOUN/NNS", "VERB/VBN", "ADP/", "PROPN/NNP", "AUX/VBD"}, -1},
		{"read statements issued in", []string{"VERB/VBD", "NOUN/NNS", "VERB/VBN", "ADP/"}, -1},
		{"launched troops", []string{"VERB/VBN", "NOUN/NNS"}, -1}, // no noun before it
		// a participle with its agent is a reduced passive; the later one is the verb
		{"troops backed by forces pressed an assault", []string{"NOUN/NNS", "VERB/VBN", "ADP/", "NOUN/NNS", "VERB/VBN", "DET/", "NOUN/NN"}, 4},
		{"rebels backed by Rwanda", []string{"NOUN/NNS", "VERB/VBN", "ADP/", "PROPN/NNP"}, 1},
	} {
		tags := make([]uint8, len(c.tags))
		for i, ux := range c.tags {
			upos, xpos, _ := strings.Cut(ux, "/")
			tags[i] = uint8(classOf(upos, xpos))
		}
		if got := strandedParticiple(readWords(strings.Fields(c.words), nil), tags); got != c.want {
			t.Errorf("%v: %d, want %d", c.tags, got, c.want)
		}
	}
}

// The PTB tag of refined words comes out beside the UPOS tag, and a domain's verb
// may take any tense.
func TestParseXPOS(t *testing.T) {
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m := def.WithWords(map[string][]string{"outflanked": {"VERB"}})
	p := m.Parse(strings.Fields("The rebels outflanked the army ."))
	want := []struct{ upos, xpos string }{{"DET", ""}, {"NOUN", "NNS"}, {"VERB", "VBD"}, {"DET", ""}, {"NOUN", "NN"}, {"PUNCT", ""}}
	for i, w := range want {
		if p.Tags[i] != w.upos || p.XPOS[i] != w.xpos {
			t.Errorf("%s: %s %q, want %s %q", p.Words[i], p.Tags[i], p.XPOS[i], w.upos, w.xpos)
		}
	}
}

func TestReadRejectsOtherData(t *testing.T) {
	if _, err := Read([]byte("not a model")); err == nil {
		t.Error("Read accepted a file that is not a model")
	}
	b, _ := Default()
	data, _ := b.MarshalBinary()
	if _, err := Read(data[:len(data)/2]); err == nil {
		t.Error("Read accepted half a model")
	}
}

func BenchmarkParse(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := readTreebank(b, "dev")
	b.ResetTimer()
	words := 0
	for i := 0; i < b.N; i++ {
		s := sents[i%len(sents)]
		m.Parse(s.Forms())
		words += len(s.Tokens)
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Read(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
