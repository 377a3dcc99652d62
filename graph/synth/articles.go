package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Invented places, groups and people for synthetic articles: names no dictionary
// holds, so the extractor must recognise them the way it recognises a new conflict's
// actors (capitalised bodies, acronyms defined in the text, titled leaders).
var (
	syllables  = []string{"ka", "ro", "mi", "ta", "zu", "len", "dor", "vi", "sa", "ne", "bo", "ra", "te", "mo", "shi", "gan", "lu", "ve", "ar", "do"}
	groupKinds = []string{"Liberation Front", "People's Movement", "Defence Forces", "Revolutionary Army", "National Council", "Resistance Brigades", "Salvation Front", "Popular Militia"}
	firstNames = []string{"Amadou", "Hassan", "Leila", "Yusuf", "Marta", "Ivan", "Samir", "Grace", "Tomas", "Nadia", "Omar", "Ruth"}
	titles     = []string{"General", "Colonel", "Commander"}
	states     = []string{"Turkey", "Russia", "Egypt", "France", "Iran", "Qatar", "Kenya", "Brazil", "India", "Germany", "Nigeria", "Algeria"}
)

// place returns invented place name i, such as "Karomi".
func place(i int) string {
	var b strings.Builder
	for k := 0; k < 3; k++ {
		b.WriteString(syllables[(i/pow(len(syllables), k))%len(syllables)])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func pow(b, e int) int {
	out := 1
	for range e {
		out *= b
	}
	return out
}

// group is an invented armed group or political body and its leader.
type group struct {
	name, acronym, leader, title string
}

func newGroup(i int) group {
	kind := groupKinds[i%len(groupKinds)]
	name := place(i/len(groupKinds)+7) + " " + kind
	var acr strings.Builder
	for _, w := range strings.Fields(name) {
		acr.WriteByte(w[0])
	}
	return group{
		name:    name,
		acronym: acr.String(),
		leader:  firstNames[i%len(firstNames)] + " " + place(i*7+3),
		title:   titles[i%len(titles)],
	}
}

// WriteArticles writes n articles as NAME.txt files with front matter into dir, in
// the style of the news reports actorgraph reads: a headline, a dateline, actors
// introduced with their acronyms and leaders, and sentences of support, opposition,
// proposals and their reception, with hedges and traps (places as settings, "backed"
// a convoy). Articles draw on a pool of about groups invented actors plus a dozen
// states, hubs more often than the rest; the same seed gives the same files.
func WriteArticles(dir string, n, groups int, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x5bd1e995))
	groups = max(groups, 4)
	pick := func() group {
		x := rng.Float64()
		return newGroup(int(x * x * float64(groups)))
	}
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		a, b := pick(), pick()
		for b.name == a.name {
			b = newGroup(rng.IntN(groups))
		}
		state, rival := states[rng.IntN(len(states))], states[rng.IntN(len(states))]
		for rival == state {
			rival = states[rng.IntN(len(states))]
		}
		where := place(rng.IntN(5000) + 11)
		date := day.AddDate(0, 0, i%700)
		var body []string
		body = append(body, fmt.Sprintf("%s, %s", strings.ToUpper(where), date.Format("2 January 2006")))
		body = append(body, fmt.Sprintf("Fighting between the %s (%s) and the %s (%s) spread to the outskirts of %s this week, residents said.",
			a.name, a.acronym, b.name, b.acronym, where))
		body = append(body, fmt.Sprintf("The %s, led by %s %s, accused the %s of shelling markets in %s.", a.acronym, a.title, a.leader, b.acronym, where))
		sentences := []string{
			fmt.Sprintf("%s has backed the %s with weapons and advisers, according to diplomats.", state, a.acronym),
			fmt.Sprintf("%s, a key ally of the %s, said it would keep supporting the group.", rival, b.acronym),
			fmt.Sprintf("%s condemned the offensive by the %s.", rival, a.acronym),
			fmt.Sprintf("%s proposed a ceasefire in %s on %s.", state, where, date.Format("Monday")),
			fmt.Sprintf("The %s welcomed the ceasefire proposal, but the %s rejected it.", a.acronym, b.acronym),
			fmt.Sprintf("%s is reported to have supplied drones to the %s, a claim its foreign ministry denied.", rival, b.acronym),
			fmt.Sprintf("A convoy backed up on the road to %s as families fled.", where),
			fmt.Sprintf("%s did not back the %s's demands, officials said.", state, b.acronym),
			fmt.Sprintf("Aid agencies said they could not reach %s, where food and medicine were running out.", where),
		}
		rng.Shuffle(len(sentences), func(x, y int) { sentences[x], sentences[y] = sentences[y], sentences[x] })
		body = append(body, sentences[:4+rng.IntN(len(sentences)-4)]...)
		body = append(body, fmt.Sprintf("%s %s, who heads the %s, said the group would not lay down its arms.", b.title, b.leader, b.acronym))
		id := fmt.Sprintf("synthetic-%06d", i)
		text := fmt.Sprintf("---\nid: %s\ntitle: Fighting spreads to %s\ndate: %s\nsource: actorgraph synthetic corpus\n---\nFighting spreads to %s as %s and %s trade blame\n\n%s\n",
			id, where, date.Format("2006-01-02"), where, a.acronym, b.acronym, strings.Join(body, "\n\n"))
		if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}
