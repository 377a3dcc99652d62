package extract

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/extract/petrarch"
)

//go:embed data/countries.tsv data/actors.yaml data/words.yaml data/frames.txt
var builtin embed.FS

// Lexicon is everything the reader knows beyond the article: the actors it recognises
// by name, the word classes it reads sentences with, and the relation frames. It is
// built once and shared; it is safe for concurrent use.
type Lexicon struct {
	entries []*entry
	byName  map[string]*entry // NameKey of the canonical name -> entry
	// phoenixBodies: the dictionary's bodies by code, while it is read
	phoenixBodies map[string][]*entry
	byCode        map[string]*entry // Phoenix code of a body of the project's files -> entry
	states        map[string]*entry // country code ("TZA") -> the state's entry
	// byFamily: the dictionary's people with dated offices by their family names
	// ("reagan" -> Ronald Reagan), built on first use
	byFamily   map[string][]*entry
	familyOnce sync.Once
	names      *trie
	words      wordLists
	sets       map[string]*phraseSet // the word lists, for matching
	agents     map[string]string     // generic agent noun (lemma) -> kind
	frames     frames

	phoenixAgents []petrarch.Agent
	firstNames    map[string]bool // given names of the people the lexicon knows
}

type entry struct {
	node     graph.Node
	demonyms []string
	capitals []string
	leads    []string // for a person: names of what they lead, used when a title has no owner
	prefer   []string // shared names that mean this entry first
	country  string   // for a state, its ISO 3166 code
	phoenix  *petrarch.Actor
	dated    *petrarch.Actor // the Phoenix record's dated roles of an actor the project's own files know
	code     string          // for a body of the project's files, the code the Phoenix dictionary gives it ("IGOUNO")
	succeeds string          // for a state, the state it succeeded ...
	since    time.Time       // ... on this date
}

// wordLists are the classes of words.yaml.
type wordLists struct {
	LeaderRoles          []string            `yaml:"leader_roles"`
	StateRoles           []string            `yaml:"state_roles"`
	OfficeQualifiers     []string            `yaml:"office_qualifiers"`
	TitleQualifiers      []string            `yaml:"title_qualifiers"`
	VesselNouns          []string            `yaml:"vessel_nouns"`
	RivalWords           []string            `yaml:"rival_words"`
	ProcessKinds         []string            `yaml:"process_kinds"`
	WingNouns            []string            `yaml:"wing_nouns"`
	SideNouns            []string            `yaml:"side_nouns"`
	SideModifiers        []string            `yaml:"side_modifiers"`
	PartyVerbs           []string            `yaml:"party_verbs"`
	SummaryNouns         []string            `yaml:"summary_nouns"`
	ServiceNouns         []string            `yaml:"service_nouns"`
	PortfolioWords       []string            `yaml:"portfolio_words"`
	SpokespersonRoles    []string            `yaml:"spokesperson_roles"`
	PersonRoles          []string            `yaml:"person_roles"`
	PanelNouns           []string            `yaml:"panel_nouns"`
	IssuedInitiatives    []string            `yaml:"issued_initiatives"`
	ForceNouns           []string            `yaml:"force_nouns"`
	IrregularNouns       []string            `yaml:"irregular_force_nouns"`
	BodyNouns            []string            `yaml:"body_nouns"`
	BodyPrefixes         []string            `yaml:"body_prefixes"`
	GovernmentNouns      []string            `yaml:"government_nouns"`
	ArmyNouns            []string            `yaml:"army_nouns"`
	InitiativeNouns      []string            `yaml:"initiative_nouns"`
	Agents               map[string][]string `yaml:"agents"`
	ProxyNouns           []string            `yaml:"proxy_nouns"`
	ReportingVerbs       []string            `yaml:"reporting_verbs"`
	NegativeVerbs        []string            `yaml:"negative_verbs"`
	RefusalVerbs         []string            `yaml:"refusal_verbs"`
	Hedges               []string            `yaml:"hedges"`
	ObligationModals     []string            `yaml:"obligation_modals"`
	NegativePronouns     []string            `yaml:"negative_pronouns"`
	AccusationVerbs      []string            `yaml:"accusation_verbs"`
	ObjectControl        []string            `yaml:"object_control_verbs"`
	JoiningVerbs         []string            `yaml:"joining_verbs"`
	JointLightVerbs      []string            `yaml:"joint_light_verbs"`
	GroupNouns           []string            `yaml:"group_nouns"`
	EndeavourNouns       []string            `yaml:"endeavour_nouns"`
	UnitNouns            []string            `yaml:"unit_nouns"`
	FacilityNouns        []string            `yaml:"facility_nouns"`
	Quantifiers          []string            `yaml:"quantifiers"`
	SpeechNouns          []string            `yaml:"speech_nouns"`
	OfferNouns           []string            `yaml:"offer_nouns"`
	OrganisationWords    []string            `yaml:"organisation_words"`
	HiredForceWords      []string            `yaml:"hired_force_words"`
	UltimatumVerbs       []string            `yaml:"ultimatum_verbs"`
	TimeSpans            []string            `yaml:"time_spans"`
	JudgingVerbs         []string            `yaml:"judging_verbs"`
	HostileLabels        []string            `yaml:"hostile_labels"`
	FavourableLabels     []string            `yaml:"favourable_labels"`
	PartnerLabels        []string            `yaml:"partner_labels"`
	TransferVerbs        []string            `yaml:"transfer_verbs"`
	CompositionVerbs     []string            `yaml:"composition_verbs"`
	InitiativeActs       []string            `yaml:"initiative_acts"`
	ExistingActs         []string            `yaml:"existing_initiative_acts"`
	SuspendingVerbs      []string            `yaml:"suspending_verbs"`
	StateInstitutions    []string            `yaml:"state_institutions"`
	InsurgentWords       []string            `yaml:"insurgent_words"`
	RequestNouns         []string            `yaml:"request_nouns"`
	AddressedNouns       []string            `yaml:"addressed_nouns"`
	BehestNouns          []string            `yaml:"behest_nouns"`
	AuspicesNouns        []string            `yaml:"auspices_nouns"`
	ArrivalNouns         []string            `yaml:"arrival_nouns"`
	CreditingVerbs       []string            `yaml:"crediting_verbs"`
	ContactVerbs         []string            `yaml:"contact_verbs"`
	AppointingVerbs      []string            `yaml:"appointing_verbs"`
	ComingVerbs          []string            `yaml:"coming_verbs"`
	SufferingVerbs       []string            `yaml:"suffering_verbs"`
	DemandingVerbs       []string            `yaml:"demanding_verbs"`
	RegionalRoles        []string            `yaml:"regional_roles"`
	LedBodies            []string            `yaml:"led_bodies"`
	PartNouns            []string            `yaml:"part_nouns"`
	AppealVerbs          []string            `yaml:"appeal_verbs"`
	Materiel             []string            `yaml:"materiel"`
	PersonnelNouns       []string            `yaml:"personnel_nouns"`
	RegionWords          []string            `yaml:"region_words"`
	Locatives            []string            `yaml:"locatives"`
	PlaceNouns           []string            `yaml:"place_nouns"`
	TimeWords            []string            `yaml:"time_words"`
	DepartureVerbs       []string            `yaml:"departure_verbs"`
	AssaultNouns         []string            `yaml:"assault_nouns"`
	CoupWords            []string            `yaml:"coup_words"`
	IncursionVerbs       []string            `yaml:"incursion_verbs"`
	DelegationNouns      []string            `yaml:"delegation_nouns"`
	IntentionVerbs       []string            `yaml:"intention_verbs"`
	FeelingVerbs         []string            `yaml:"feeling_verbs"`
	HoldingVerbs         []string            `yaml:"holding_verbs"`
	HostingVerbs         []string            `yaml:"hosting_verbs"`
	StoppingVerbs        []string            `yaml:"stopping_verbs"`
	OrderingVerbs        []string            `yaml:"ordering_verbs"`
	HostileStates        []string            `yaml:"hostile_states"`
	QuarrelStates        []string            `yaml:"quarrel_states"`
	DisputeNouns         []string            `yaml:"dispute_nouns"`
	BriefingWords        []string            `yaml:"briefing_words"`
	Holdings             []string            `yaml:"holdings"`
	AcclaimVerbs         []string            `yaml:"acclaim_verbs"`
	InstituteNouns       []string            `yaml:"institute_nouns"`
	ParticipleAdjectives []string            `yaml:"participle_adjectives"`
	PlaceBodyNouns       []string            `yaml:"place_body_nouns"`
	NamedGovernmentNouns []string            `yaml:"named_government_nouns"`
	SetAdverbials        []string            `yaml:"set_adverbials"`
	PeopleNouns          []string            `yaml:"people_nouns"`
	Abbreviations        []string            `yaml:"abbreviations"`
	NotNames             []string            `yaml:"not_names"`
}

type actorEntry struct {
	Name     string     `yaml:"name"`
	Kind     graph.Kind `yaml:"kind"`
	Aliases  []string   `yaml:"aliases"`
	Demonyms []string   `yaml:"demonyms"`
	Capitals []string   `yaml:"capitals"`
	Leads    []string   `yaml:"leads"`
	// Prefer lists names this actor shares with another that should mean this one
	// unless the article names the other: "Congo" is DR Congo, not Congo-Brazzaville.
	Prefer []string `yaml:"prefer"`
	// Succeeds names the state this one succeeded, on the date Since: an article dated
	// before it means the predecessor by this state's names ("Moscow" in 1990 is the
	// Soviet Union's).
	Succeeds string `yaml:"succeeds"`
	Since    string `yaml:"since"`
	country  string
}

// LoadLexicon builds the lexicon from the embedded data files and then from each named
// file, which adds to them: a .tsv file of countries, a .yaml file of actors (a list)
// or of word classes (a mapping), a .txt file of relation frames.
func LoadLexicon(paths ...string) (*Lexicon, error) {
	l := &Lexicon{byName: map[string]*entry{}, frames: newFrames()}
	type source struct {
		name string
		data []byte
	}
	var sources []source
	for _, name := range []string{"data/countries.tsv", "data/actors.yaml", "data/words.yaml", "data/frames.txt"} {
		data, err := builtin.ReadFile(name)
		if err != nil {
			return nil, err
		}
		sources = append(sources, source{name, data})
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		sources = append(sources, source{p, data})
	}
	// the project's files first, then the PETRARCH2 dictionaries beneath them
	builtinCount := 4
	for i, s := range sources {
		if i == builtinCount {
			d, err := petrarch.Load()
			if err != nil {
				return nil, fmt.Errorf("lexicon: %w", err)
			}
			l.addPetrarch(d)
		}
		var err error
		switch filepath.Ext(s.name) {
		case ".tsv":
			err = l.addCountries(s.data)
		case ".yaml", ".yml":
			err = l.addYAML(s.data)
		case ".txt":
			err = l.frames.read(s.name, bytes.NewReader(s.data))
		default:
			err = fmt.Errorf("unknown kind of file (want .tsv, .yaml or .txt)")
		}
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", s.name, err)
		}
	}
	if len(sources) == builtinCount {
		d, err := petrarch.Load()
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		l.addPetrarch(d)
	}
	l.buildIndexes()
	return l, nil
}

func (l *Lexicon) addCountries(data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return fmt.Errorf("line %d: want 6 tab-separated fields, got %d", n, len(f))
		}
		split := func(s string) []string {
			if s == "" {
				return nil
			}
			return strings.Split(s, "|")
		}
		demonyms := split(f[5])
		var aliases []string // a native short name that is also the demonym ("Thai") is read as the demonym
		for _, al := range split(f[3]) {
			if !slices.Contains(demonyms, al) {
				aliases = append(aliases, al)
			}
		}
		_ = l.add(actorEntry{ // no succession in the table: add cannot fail
			Name:     f[1],
			Kind:     graph.KindState,
			Aliases:  append([]string{f[2]}, aliases...),
			Capitals: split(f[4]),
			Demonyms: demonyms,
			country:  f[0],
		})
	}
	return sc.Err()
}

func (l *Lexicon) addYAML(data []byte) error {
	var probe yaml.Node
	if err := yaml.Unmarshal(data, &probe); err != nil {
		return err
	}
	if len(probe.Content) == 0 {
		return nil
	}
	if probe.Content[0].Kind == yaml.SequenceNode {
		var actors []actorEntry
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&actors); err != nil && err != io.EOF {
			return err
		}
		for i, a := range actors {
			if strings.TrimSpace(a.Name) == "" {
				return fmt.Errorf("actor %d has no name", i+1)
			}
			if !a.Kind.IsActor() {
				return fmt.Errorf("actor %q: kind %q is not one of State, Organisation, ArmedGroup, Government, Person", a.Name, a.Kind)
			}
			if err := l.add(a); err != nil {
				return err
			}
		}
		return nil
	}
	var w wordLists
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&w); err != nil && err != io.EOF {
		return err
	}
	l.words.merge(w)
	return nil
}

// merge appends the lists of w to those of l: every list field, so that a new class
// of words.yaml needs no line here.
func (l *wordLists) merge(w wordLists) {
	dst, src := reflect.ValueOf(l).Elem(), reflect.ValueOf(w)
	for i := range dst.NumField() {
		if f := dst.Field(i); f.Kind() == reflect.Slice {
			f.Set(reflect.AppendSlice(f, src.Field(i)))
		}
	}
	if l.Agents == nil {
		l.Agents = map[string][]string{}
	}
	for k, v := range w.Agents {
		l.Agents[k] = append(l.Agents[k], v...)
	}
}

// add merges an actor into the lexicon: an entry whose name or alias is already known
// extends the known entry, so that a user's file can add aliases to a country.
func (l *Lexicon) add(a actorEntry) error {
	var e *entry
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if found, ok := l.byName[graph.NameKey(n)]; ok && found.node.Kind == a.Kind {
			e = found
			break
		}
	}
	if e == nil {
		e = &entry{node: graph.Node{ID: graph.Slug(a.Name), Name: a.Name, Kind: a.Kind}, country: a.country}
		l.entries = append(l.entries, e)
	} else if a.Name != e.node.Name && a.Kind == graph.KindState {
		// a later file renames the state ("Türkiye" -> "Turkey"): the old name stays an alias
		e.node.Aliases = append(e.node.Aliases, e.node.Name)
		delete(l.byName, graph.NameKey(e.node.Name))
		e.node.Name, e.node.ID = a.Name, graph.Slug(a.Name)
	}
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if n != e.node.Name && !slices.Contains(e.node.Aliases, n) {
			e.node.Aliases = append(e.node.Aliases, n)
		}
		l.byName[graph.NameKey(n)] = e
	}
	e.demonyms = appendNew(e.demonyms, a.Demonyms...)
	e.capitals = appendNew(e.capitals, a.Capitals...)
	e.leads = appendNew(e.leads, a.Leads...)
	e.prefer = appendNew(e.prefer, a.Prefer...)
	if a.Succeeds != "" || a.Since != "" {
		since, err := time.Parse("2006-01-02", a.Since)
		if err != nil {
			return fmt.Errorf("actor %q: since %q: want a date YYYY-MM-DD: %w", a.Name, a.Since, err)
		}
		if a.Succeeds == "" {
			return fmt.Errorf("actor %q: since %q with no state it succeeds", a.Name, a.Since)
		}
		e.succeeds, e.since = a.Succeeds, since
	}
	return nil
}

func appendNew(list []string, more ...string) []string {
	for _, s := range more {
		if !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// predecessor returns the state whose names e's were before e succeeded it, at date;
// nil when e succeeded none, or had by then.
func (l *Lexicon) predecessor(e *entry, date time.Time) *entry {
	if e.succeeds == "" || date.IsZero() || !date.Before(e.since) {
		return nil
	}
	if p, ok := l.byName[graph.NameKey(e.succeeds)]; ok && p != e {
		return p
	}
	return nil
}

// led returns the entries a person's entry says the person leads.
func (l *Lexicon) led(e *entry) []*entry {
	var out []*entry
	for _, name := range e.leads {
		if x, ok := l.byName[graph.NameKey(name)]; ok && x != e {
			out = append(out, x)
		}
	}
	return out
}

// indexCodes indexes the entries by their Phoenix code and the states by their country
// code, the first entry of each.
// roles returns the Phoenix record that dates an entry's offices: its own, or the one
// the project's files took them from.
func (e *entry) roles() *petrarch.Actor {
	if e.phoenix != nil {
		return e.phoenix
	}
	return e.dated
}

func (l *Lexicon) indexCodes() {
	l.byCode = map[string]*entry{}
	l.states = map[string]*entry{}
	for _, e := range l.entries {
		if _, ok := l.byCode[e.code]; e.code != "" && !ok {
			l.byCode[e.code] = e
		}
		if _, ok := l.states[e.country]; e.node.Kind == graph.KindState && e.country != "" && !ok {
			l.states[e.country] = e
		}
	}
}

// withFamilyName returns the dictionary's people with dated offices who go by the
// family name (lower case), indexed on first use: few articles need it, and every
// start-up would pay for it.
func (l *Lexicon) withFamilyName(name string) []*entry {
	l.familyOnce.Do(func() {
		l.byFamily = map[string][]*entry{}
		for _, e := range l.entries {
			if r := e.roles(); r == nil || e.node.Kind != graph.KindPerson || len(r.Roles) == 0 {
				continue
			}
			for _, n := range append([]string{e.node.Name}, e.node.Aliases...) {
				for _, f := range familyNames(strings.Fields(n)) {
					if k := strings.ToLower(f); !slices.Contains(l.byFamily[k], e) {
						l.byFamily[k] = append(l.byFamily[k], e)
					}
				}
			}
		}
	})
	return l.byFamily[name]
}

func (l *Lexicon) buildIndexes() {
	l.names = newTrie()
	l.indexCodes()
	for _, e := range l.entries {
		for _, n := range append([]string{e.node.Name}, e.node.Aliases...) {
			l.names.add(n, nameForm{entry: e, how: byName})
		}
		for _, d := range e.demonyms {
			l.names.add(d, nameForm{entry: e, how: byDemonym})
			l.names.add(plural(d), nameForm{entry: e, how: byDemonym, plural: true})
		}
		for _, p := range e.prefer {
			l.names.addFirst(p, nameForm{entry: e, how: byName})
		}
		for _, c := range e.capitals {
			l.names.add(c, nameForm{entry: e, how: byCapital})
		}
	}
	w := l.words
	l.sets = map[string]*phraseSet{}
	set := func(name string, list []string) { l.sets[name] = newPhraseSet(list) }
	set("leader", w.LeaderRoles)
	set("staterole", w.StateRoles)
	set("officequalifier", w.OfficeQualifiers)
	set("vessel", w.VesselNouns)
	set("titlequalifier", append(slices.Clone(w.TitleQualifiers), w.OfficeQualifiers...))
	set("rival", w.RivalWords)
	set("processkind", w.ProcessKinds)
	set("side", w.SideNouns)
	set("sidemodifier", w.SideModifiers)
	set("party", w.PartyVerbs)
	set("summary", w.SummaryNouns)
	set("service", w.ServiceNouns)
	set("portfolio", w.PortfolioWords)
	set("spokesperson", w.SpokespersonRoles)
	set("role", slices.Concat(w.LeaderRoles, w.SpokespersonRoles, w.PersonRoles))
	set("personrole", w.PersonRoles)
	set("panel", w.PanelNouns)
	set("issued", w.IssuedInitiatives)
	set("force", slices.Concat(w.ForceNouns, w.IrregularNouns))
	set("irregular", w.IrregularNouns)
	set("body", w.BodyNouns)
	set("institute", w.InstituteNouns)
	set("participleadjective", w.ParticipleAdjectives)
	set("placebody", w.PlaceBodyNouns)
	set("namedgovernment", w.NamedGovernmentNouns)
	set("setadverbial", w.SetAdverbials)
	set("bodyprefix", w.BodyPrefixes)
	set("government", w.GovernmentNouns)
	set("army", w.ArmyNouns)
	set("initiative", w.InitiativeNouns)
	set("proxy", w.ProxyNouns)
	set("reporting", w.ReportingVerbs)
	set("negative", w.NegativeVerbs)
	set("refusal", w.RefusalVerbs)
	set("hedge", w.Hedges)
	set("obligation", w.ObligationModals)
	set("negpronoun", w.NegativePronouns)
	set("accusation", w.AccusationVerbs)
	set("objectcontrol", w.ObjectControl)
	set("joining", w.JoiningVerbs)
	set("jointlight", w.JointLightVerbs)
	set("groupnoun", w.GroupNouns)
	set("endeavour", w.EndeavourNouns)
	set("unit", w.UnitNouns)
	set("facility", w.FacilityNouns)
	set("quantifier", w.Quantifiers)
	set("speech", w.SpeechNouns)
	set("offer", w.OfferNouns)
	set("hired", w.HiredForceWords)
	set("ultimatum", w.UltimatumVerbs)
	set("timespan", w.TimeSpans)
	set("judging", w.JudgingVerbs)
	set("hostile", w.HostileLabels)
	set("favourable", w.FavourableLabels)
	set("partner", w.PartnerLabels)
	set("transfer", w.TransferVerbs)
	set("composition", w.CompositionVerbs)
	set("initiativeact", w.InitiativeActs)
	set("existingact", w.ExistingActs)
	set("suspending", w.SuspendingVerbs)
	set("institution", w.StateInstitutions)
	set("insurgent", w.InsurgentWords)
	set("request", w.RequestNouns)
	set("addressed", w.AddressedNouns)
	set("behest", w.BehestNouns)
	set("auspices", w.AuspicesNouns)
	set("arrival", w.ArrivalNouns)
	set("crediting", w.CreditingVerbs)
	set("contact", w.ContactVerbs)
	set("appointing", w.AppointingVerbs)
	set("coming", w.ComingVerbs)
	set("suffering", w.SufferingVerbs)
	set("demanding", w.DemandingVerbs)
	set("regionalrole", w.RegionalRoles)
	set("ledbody", w.LedBodies)
	set("part", w.PartNouns)
	set("wing", w.WingNouns)
	set("appeal", w.AppealVerbs)
	set("materiel", w.Materiel)
	set("personnel", w.PersonnelNouns)
	set("region", w.RegionWords)
	set("locative", w.Locatives)
	set("placenoun", w.PlaceNouns)
	set("time", w.TimeWords)
	set("departure", w.DepartureVerbs)
	set("assault", w.AssaultNouns)
	set("coup", w.CoupWords)
	set("incursion", w.IncursionVerbs)
	set("delegation", w.DelegationNouns)
	set("intention", w.IntentionVerbs)
	set("feeling", w.FeelingVerbs)
	set("holding", w.HoldingVerbs)
	set("hosting", w.HostingVerbs)
	set("stopping", w.StoppingVerbs)
	set("ordering", w.OrderingVerbs)
	set("hostilestate", w.HostileStates)
	set("quarrel", w.QuarrelStates)
	set("dispute", w.DisputeNouns)
	set("briefing", w.BriefingWords)
	set("held", w.Holdings)
	set("acclaim", w.AcclaimVerbs)
	set("people", w.PeopleNouns)
	set("abbrev", w.Abbreviations)
	set("notname", w.NotNames)
	l.agents = map[string]string{}
	kinds := make([]string, 0, len(w.Agents))
	for k := range w.Agents {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		for _, a := range w.Agents[k] {
			if _, ok := l.agents[strings.ToLower(a)]; !ok {
				l.agents[strings.ToLower(a)] = k
			}
		}
	}
	for _, ag := range l.phoenixAgents {
		l.addPhoenixAgent(ag)
	}
	l.firstNames = map[string]bool{}
	for _, e := range l.entries {
		if e.node.Kind != graph.KindPerson {
			continue
		}
		for _, n := range append([]string{e.node.Name}, e.node.Aliases...) {
			if f := strings.Fields(n); len(f) >= 2 && len(f[0]) > 2 && !strings.HasSuffix(f[0], ".") && !l.wordOfClass(strings.ToLower(f[0])) {
				l.firstNames[strings.ToLower(f[0])] = true
			}
		}
	}
}

// wordOfClass reports whether a word is one of the reader's word classes (a title, a
// body, an initiative, forces or assets): no given name, though a dictionary's person
// may be written with it ("Operation Peace Spring" names no person).
func (l *Lexicon) wordOfClass(w string) bool {
	for _, class := range []string{"role", "body", "initiative", "force", "proxy"} {
		if l.in(class, w) {
			return true
		}
	}
	return false
}

// plural makes the plural of a demonym ("Saudi" -> "Saudis", "Emirati" -> "Emiratis");
// demonyms in -ese or -ish ("Chinese", "British") have none of their own.
func plural(d string) string {
	switch {
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "ish"), strings.HasSuffix(d, "ch"):
		return d
	case strings.HasSuffix(d, "s"):
		return d
	}
	return d + "s"
}

// abbreviations returns the abbreviation set in the form the sentence splitter takes.
func (l *Lexicon) abbreviations() map[string]bool {
	m := make(map[string]bool, len(l.words.Abbreviations))
	for _, a := range l.words.Abbreviations {
		m[strings.ToLower(a)] = true
	}
	return m
}

// in reports whether a lemma (or a phrase of lemmas) is in a word list.
func (l *Lexicon) in(list, lemma string) bool { return l.sets[list].has(lemma) }

// summing: a noun that sums up what was said or asked (a move, a request, an offer),
// and may take an infinitive of what it offers or asks.
func (l *Lexicon) summing(lemma string) bool {
	return l.in("summary", lemma) || l.in("request", lemma) || l.in("offer", lemma)
}

type nameForm struct {
	entry  *entry
	local  *entity // a name the article itself defined
	how    refer
	plural bool // "the Saudis": a plural demonym, people of the state acting for it
	caps   bool // written in capitals ("UN"): matches only in capitals
	proper bool // capitalised: matches only a capitalised first word
	// lastProper: the last word of a name written by hand is capitalised, and matches
	// only in capitals ("Islamic State", not "an independent Islamic state"); the
	// Phoenix dictionary's names are in capitals, so their case says nothing
	lastProper bool
}

// trie maps token sequences (lower case) to the names that end there.
type trie struct {
	next  map[string]*trie
	forms []nameForm
}

func newTrie() *trie { return &trie{next: map[string]*trie{}} }

// addFirst adds a name whose form comes before the others of the same name.
func (t *trie) addFirst(name string, f nameForm) {
	t.add(name, f)
	for _, words := range trieWords(name) {
		n := t
		for _, w := range words {
			n = n.next[w]
		}
		if n != nil && len(n.forms) > 1 {
			last := n.forms[len(n.forms)-1]
			copy(n.forms[1:], n.forms[:len(n.forms)-1])
			n.forms[0] = last
		}
	}
}

func trimThe(words []string) []string {
	if len(words) > 1 && words[0] == "the" {
		return words[1:]
	}
	return words
}

func (t *trie) add(name string, f nameForm) {
	variants := trieWords(name)
	if len(variants) == 0 {
		return
	}
	f.caps = isAllCaps(name)
	f.proper = !f.caps && len(name) > 0 && strings.ToUpper(name[:1]) == name[:1]
	if last := tokenize(name); len(variants[0]) > 1 && (f.entry == nil || f.entry.phoenix == nil) {
		f.lastProper = last[len(last)-1].upper
	}
	for _, words := range variants {
		n := t
		for _, w := range words {
			child, ok := n.next[w]
			if !ok {
				child = newTrie()
				n.next[w] = child
			}
			n = child
		}
		n.forms = append(n.forms, f)
	}
}

// longest returns the longest name starting at toks[i] and the index just past it.
func (t *trie) longest(toks []token, i int) ([]nameForm, int) {
	var best []nameForm
	end := i
	n := t
	for j := i; j < len(toks); j++ {
		if _, ok := n.next["-"]; j > i && toks[j].text == "-" && !ok && toks[j-1].upper {
			continue // "Abdel-Fattah El-Sisi" is "Abdel Fattah El Sisi", but "al-Haq" is not "al Haq"
		}
		child, ok := n.next[toks[j].lower]
		if !ok {
			break
		}
		n = child
		if len(n.forms) == 0 {
			continue
		}
		var fit []nameForm
		for _, f := range n.forms {
			if f.caps && toks[i].text != strings.ToUpper(toks[i].text) || f.proper && !toks[i].upper || f.lastProper && !toks[j].upper {
				continue
			}
			fit = append(fit, f)
		}
		if len(fit) > 0 {
			best, end = fit, j+1
		}
	}
	return best, end
}

// nameWords splits a name into the lower-case tokens the tokenizer makes of it.
func nameWords(s string) []string {
	toks := joinAbbreviations(tokenize(s), nil) // "Edward M. Kennedy": the initial and its stop, as in a sentence
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.lower
	}
	return out
}

// trieWords returns the words a name is matched by, without "the": its tokens, and
// when it has hyphens inside it, its tokens without them too, for names are written
// with and without ("Abdel-Fattah El-Sisi", "Abdel Fattah el-Sisi"); and each in the
// other spelling of English, where a word of it has one ("Organisation of African
// Unity", "Israel Defence Forces").
func trieWords(name string) [][]string {
	words := trimThe(nameWords(name))
	if len(words) == 0 {
		return nil
	}
	out := [][]string{words}
	bare := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return w == "-" })
	if len(bare) != len(words) && len(bare) > 0 {
		out = append(out, bare)
	}
	for _, v := range out {
		if other, ok := otherSpelling(v); ok {
			out = append(out, other)
		}
	}
	return out
}

// otherSpelling returns the words with each word that British and American English
// spell apart in the other spelling: "organisation" and "organization", "defence" and
// "defense".
func otherSpelling(words []string) ([]string, bool) {
	out, changed := slices.Clone(words), false
	for i, w := range words {
		for _, p := range [][2]string{{"isation", "ization"}, {"ization", "isation"}, {"defence", "defense"}, {"defense", "defence"}} {
			if strings.HasSuffix(w, p[0]) {
				out[i], changed = strings.TrimSuffix(w, p[0])+p[1], true
				break
			}
		}
	}
	return out, changed
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// phraseSet is a set of word sequences (lower case), matched on lemmas or on words.
type phraseSet struct {
	first map[string][][]string
}

func newPhraseSet(list []string) *phraseSet {
	p := &phraseSet{first: map[string][][]string{}}
	for _, s := range list {
		w := nameWords(s) // as the tokenizer splits it: "secretary-general" is three tokens
		if len(w) == 0 {
			continue
		}
		p.first[w[0]] = append(p.first[w[0]], w)
	}
	return p
}

// has reports whether a word, or a phrase written with spaces, is in the set; accents
// aside, as the set holds its words as the tokenizer folds them ("communiqué").
func (p *phraseSet) has(s string) bool {
	s = fold(s)
	w := strings.Fields(s)
	if strings.ContainsAny(s, "-'") {
		w = nameWords(s)
	}
	if len(w) == 0 {
		return false
	}
	for _, cand := range p.first[w[0]] {
		if slices.Equal(cand, w) {
			return true
		}
	}
	return false
}

// setAdverbial returns how many words of a set adverbial phrase ("in effect", "for its
// part") start at toks[i], or 0.
func (l *Lexicon) setAdverbial(toks []token, i int) int {
	p := l.sets["setadverbial"]
	if p == nil || len(p.first[toks[i].lower]) == 0 {
		return 0
	}
	words := make([]string, 0, 4)
	for k := i; k < len(toks) && k < i+4; k++ {
		words = append(words, toks[k].lower)
	}
	return p.match(words, 0)
}

// match returns the index just past the longest phrase starting at word i of words,
// or i if none does.
func (p *phraseSet) match(words []string, i int) int {
	if i >= len(words) {
		return i
	}
	best := i
	for _, w := range p.first[words[i]] {
		if i+len(w) > len(words) || i+len(w) <= best {
			continue
		}
		if slices.Equal(words[i:i+len(w)], w) {
			best = i + len(w)
		}
	}
	return best
}
