package extract

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var (
	lexOnce sync.Once
	lexVal  *Lexicon
	lexErr  error
)

func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	lexOnce.Do(func() { lexVal, lexErr = LoadLexicon() })
	if lexErr != nil {
		t.Fatal(lexErr)
	}
	return New(lexVal)
}

// triples renders statements as "Subject predicate Object (modality)" lines.
func triples(res Result) []string {
	var out []string
	for _, s := range res.Statements {
		line := fmt.Sprintf("%s %s %s (%s)", s.Subject.Name, s.Predicate, s.Object.Name, s.Evidence.Modality)
		if !slices.Contains(out, line) {
			out = append(out, line)
		}
	}
	return out
}

func extractText(t *testing.T, text string) []string {
	t.Helper()
	doc, err := ParseArticle("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return triples(testExtractor(t).Extract(doc))
}

func TestSentencePatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // exactly these triples
	}{
		{"active", "Russia backs Serbia.", []string{"Russia supports Serbia (asserted)"}},
		{"passive with list", "Armenia has been supported by Russia, Iran and France.",
			[]string{"France supports Armenia (asserted)", "Iran supports Armenia (asserted)", "Russia supports Armenia (asserted)"}},
		{"hyphenated", "The UN-backed government of Somalia met.", nil},
		{"hyphenated actor", "The Iran-backed Houthis fired missiles.",
			[]string{"Iran supports Houthis (asserted)"}},
		{"nominal with demonym", "Turkish military support for Azerbaijan was decisive.", []string{"Turkey supports Azerbaijan (asserted)"}},
		{"negated", "Russia did not back Serbia.", nil},
		{"refused", "Germany refused to support Ukraine.", nil},
		{"alleged", "Iran allegedly armed the Houthis.", []string{"Iran supports Houthis (reported)"}},
		{"stood by meaning present", "Haftar stood by in Cairo as talks went on.", nil},
		{"capital as metonym", "Ankara backs Baku.", []string{"Turkey supports Azerbaijan (asserted)"}},
		{"shared name, preferred", "Congo backs Gabon.", []string{"DR Congo supports Gabon (asserted)"}},
		{"accents folded", "The US, a longtime ally of Bogota, spoke.", []string{"US supports Colombia (asserted)"}},
		{"shared name, the one named", "Congo-Brazzaville and Gabon met. Congo backs Gabon.", []string{"Republic of the Congo supports Gabon (asserted)"}},
		{"accused of arming", "Congo accuses Rwanda of arming the M23.", []string{"DR Congo opposes Rwanda (asserted)", "Rwanda supports M23 (reported)"}},
		{"capital as place", "Talks in Cairo were held.", nil},
		{"attack", "Russia attacked Ukraine on Thursday.", []string{"Russia opposes Ukraine (asserted)"}},
		{"under attack by", "Ukraine has been under attack by Russia since 2022.", []string{"Russia opposes Ukraine (asserted)"}},
		{"titled leader", "Turkish President Recep Tayyip Erdogan spoke.", []string{"Recep Tayyip Erdogan leads Turkey (asserted)"}},
		{"appositive head of", "Jane Doe, head of the Northern Council, spoke.", []string{"Jane Doe leads Northern Council (asserted)"}},
		{"acronym definition", "The Rapid Support Forces (RSF) fought the army. Egypt backed the RSF.",
			[]string{"Egypt supports Rapid Support Forces (asserted)"}},
		{"proposal and endorsement", "Qatar proposed a ceasefire. The proposal won support from Egypt.",
			[]string{"Qatar proposes ceasefire (asserted)", "Egypt endorses ceasefire (asserted)"}},
		{"rejection", "Hamas rejected the Egyptian proposal.", []string{"Egypt proposes Egyptian proposal (asserted)", "Hamas rejects Egyptian proposal (asserted)"}},
		{"one of the backers", "Iran, one of Syria's key backers, objected.", []string{"Iran supports Syria (asserted)"}},
		{"the group", "Hamas fired rockets at Israel on Monday. The group also attacked Egypt.",
			[]string{"Hamas opposes Israel (asserted)", "Hamas opposes Egypt (asserted)"}},
		{"it at the start", "Russia condemned the vote. It has also sanctioned Ukraine.",
			[]string{"Russia opposes Ukraine (asserted)"}},
		{"speaker's quote", `"We will support the African Union," a State Department spokesperson said.`,
			[]string{"United States supports African Union (asserted)"}},
		{"refused, negated", "Hungary refused to back new sanctions on Russia.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractText(t, tt.text)
			slices.Sort(got)
			slices.Sort(tt.want)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestGolden compares the extraction of every corpus article, and of the articles in
// testdata/styles (a live blog, an interview, a press release, a bulleted brief, an
// analysis, two explainers, a report, a wire story and a truce report, on conflicts
// the corpus does not cover, or in other words), with its golden file.
// Run "go test ./graph/extract -update" after changing the extractor and review the
// diff of testdata/golden.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus articles: %v", err)
	}
	files = append(files, "../../seeds/libya-2020-06-trt.txt")
	styles, _ := filepath.Glob("testdata/styles/*.txt")
	files = append(files, styles...)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		switch {
		case strings.Contains(f, "seeds"):
			name = "seed-" + name
		case strings.Contains(f, "styles"):
			name = "style-" + name
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ParseArticle(f, data)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(triples(testExtractor(t).Extract(doc)), "", "  ")
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
				t.Errorf("extraction of %s differs from %s; run go test -update and review the diff\ngot:\n%s", f, golden, got)
			}
		})
	}
}

// TestSeedAnswers checks the relations the seed article must give, whatever else the
// extractor finds.
func TestSeedAnswers(t *testing.T) {
	data, err := os.ReadFile("../../seeds/libya-2020-06-trt.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseArticle("libya-2020-06-trt.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	res := testExtractor(t).Extract(doc)
	have := map[string]graph.Statement{}
	for _, s := range res.Statements {
		have[s.Subject.ID+" "+string(s.Predicate)+" "+s.Object.ID] = s
	}
	for _, want := range []string{
		"russia supports khalifa-haftar",
		"egypt supports khalifa-haftar",
		"united-arab-emirates supports khalifa-haftar",
		"turkey supports government-of-national-accord",
		"united-nations supports government-of-national-accord",
		"france endorses egypt-ceasefire",
		"government-of-national-accord rejects egypt-ceasefire",
		"abdel-fattah-al-sisi proposes egypt-ceasefire",
		"abdel-fattah-al-sisi leads egypt",
	} {
		s, ok := have[want]
		if !ok {
			t.Errorf("missing %s", want)
			continue
		}
		ev := s.Evidence
		if ev.Sentence == "" || doc.Text[ev.Start:ev.End] != ev.Sentence {
			t.Errorf("%s: evidence %q does not match the text at %d:%d", want, ev.Sentence, ev.Start, ev.End)
		}
	}
}

func TestLexiconExtension(t *testing.T) {
	dir := t.TempDir()
	actors := filepath.Join(dir, "actors.yaml")
	if err := os.WriteFile(actors, []byte("- {name: Northern Alliance Front, kind: ArmedGroup, aliases: [NAF]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	frames := filepath.Join(dir, "frames.txt")
	if err := os.WriteFile(frames, []byte("verb cheer supports endorses obj\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lex, err := LoadLexicon(actors, frames)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := ParseArticle("t.txt", []byte("Russia cheered the NAF."))
	got := triples(New(lex).Extract(doc))
	if want := []string{"Russia supports NAF (asserted)"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, c := range []struct{ name, line string }{
		{"unknown kind", "verbal cheer supports - obj"},
		{"unknown predicate", "verb cheer likes - obj"},
		{"initiative predicate for actors", "verb cheer endorses - obj"},
		{"no slot", "verb cheer supports -"},
		{"bad slot", "verb cheer supports - obl"},
	} {
		t.Run(c.name, func(t *testing.T) {
			bad := filepath.Join(dir, "bad.txt")
			if err := os.WriteFile(bad, []byte("# a frames file\n"+c.line+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := LoadLexicon(bad); err == nil || !strings.Contains(err.Error(), "bad.txt:2") {
				t.Errorf("err = %v, want one naming bad.txt:2", err)
			}
		})
	}
}

// TestLexiconSuccession: a state's succession in a user's actors file is read, and a
// date or a predecessor missing is an error that names the actor.
func TestLexiconSuccession(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ line, err string }{
		{"- {name: Zimbabwe, kind: State, succeeds: Rhodesia, since: 19800418}\n", "want a date"},
		{"- {name: Zimbabwe, kind: State, since: 1980-04-18}\n", "no state it succeeds"},
	} {
		p := filepath.Join(dir, "actors.yaml")
		if err := os.WriteFile(p, []byte(c.line), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadLexicon(p); err == nil || !strings.Contains(err.Error(), `"Zimbabwe"`) || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%s: err = %v, want one naming Zimbabwe and saying %q", c.line, err, c.err)
		}
	}
}

// TestDictionaryAcronyms: a dictionary phrase ending in its acronym in brackets gives
// the name without it, whether or not the letters are the name's initials; a
// qualifier in brackets stays part of the phrase.
func TestDictionaryAcronyms(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"LIBERATION TIGERS OF TAMIL EELAM (LTTE)", []string{"LIBERATION TIGERS OF TAMIL EELAM", "LTTE"}},
		{"FREE ACEH MOVEMENT (GAM)", []string{"FREE ACEH MOVEMENT", "FREE ACEH MOVEMENT (GAM)"}},
		{"NATIONAL LIBERATION ARMY (COLOMBIA)", []string{"NATIONAL LIBERATION ARMY (COLOMBIA)"}},
	} {
		if got := splitAcronyms([]string{c.in}); !slices.Equal(got, c.want) {
			t.Errorf("splitAcronyms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/corpus/*.txt")
	var docs []graph.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := ParseArticle(f, data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	x := testExtractor(b)
	sentences := 0
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			sentences += x.Extract(d).Sentences
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}

// TestGivenNames checks that the given names learnt from the dictionaries' people hold
// no word of the reader's classes: "Operation Peace Spring" or "Coalition Forces" name
// no person, while "Bashar" and "Abdel" open people's names.
func TestGivenNames(t *testing.T) {
	x := testExtractor(t)
	for _, w := range []string{"operation", "coalition", "president", "army"} {
		if x.lex.firstNames[w] {
			t.Errorf("%q is taken for a given name", w)
		}
	}
	for _, w := range []string{"bashar", "abdel"} {
		if !x.lex.firstNames[w] {
			t.Errorf("%q is not taken for a given name", w)
		}
	}
}
