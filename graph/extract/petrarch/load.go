package petrarch

import (
	_ "embed"
	"sync"
)

// The embedded dictionaries, as strings so that reading them copies nothing: the values
// the readers return share their memory.
var (
	//go:embed data/CAMEO.2.0.txt
	verbsText string
	//go:embed data/Phoenix.Countries.actors.txt
	countriesText string
	//go:embed data/Phoenix.International.actors.txt
	internationalText string
	//go:embed data/Phoenix.MilNonState.actors.txt
	nonStateText string
	//go:embed data/Phoenix.agents.txt
	agentsText string
	//go:embed data/cameo-predicates.tsv
	predicatesText string
)

// The names of the embedded files, as errors and LineError name them.
const (
	VerbsFile         = "CAMEO.2.0.txt"
	CountriesFile     = "Phoenix.Countries.actors.txt"
	InternationalFile = "Phoenix.International.actors.txt"
	NonStateFile      = "Phoenix.MilNonState.actors.txt"
	AgentsFile        = "Phoenix.agents.txt"
	PredicatesFile    = "cameo-predicates.tsv"
)

// Dictionaries are the embedded dictionaries, read. They are shared by every caller of
// Load and must not be changed.
type Dictionaries struct {
	Countries     []Actor // Phoenix.Countries.actors.txt: states, their leaders and officials
	International []Actor // Phoenix.International.actors.txt: organisations, NGOs, companies
	NonState      []Actor // Phoenix.MilNonState.actors.txt: non-state armed groups
	Agents        []Agent // Phoenix.agents.txt
	Verbs         *Verbs  // CAMEO.2.0.txt
	Predicates    *PredicateMap
}

// Load reads the embedded dictionaries. The first call does the work (under 40 ms on one
// core in a fresh process, about 20 ms once the heap is warm); later calls return the
// same values.
func Load() (*Dictionaries, error) { return loadOnce() }

var loadOnce = sync.OnceValues(load)

// load reads every embedded file; the files are independent, so they are read
// concurrently, which on the two cores of the project's machines brings the wall time
// close to that of the Countries file alone.
func load() (*Dictionaries, error) {
	d := &Dictionaries{}
	var wg sync.WaitGroup
	errs := make([]error, 6)
	run := func(i int, f func() error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = f()
		}()
	}
	run(0, func() (err error) { d.Countries, err = parseActors(countriesText, CountriesFile); return })
	run(1, func() (err error) { d.International, err = parseActors(internationalText, InternationalFile); return })
	run(2, func() (err error) { d.NonState, err = parseActors(nonStateText, NonStateFile); return })
	run(3, func() (err error) { d.Agents, err = parseAgents(agentsText, AgentsFile); return })
	run(4, func() (err error) { d.Verbs, err = parseVerbs(verbsText, VerbsFile); return })
	run(5, func() (err error) { d.Predicates, err = parsePredicateMap(predicatesText, PredicatesFile); return })
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return d, nil
}
