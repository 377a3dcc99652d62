package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/extract/petrarch"
)

// The PETRARCH2 dictionaries lie beneath the project's own files: what they know is
// added only where the project's files say nothing of it, so that actorgraph's own
// lists (newer than 2019, and checked) stay on top.
//
//   - Phoenix actors: international organisations and non-state armed groups become
//     actors; the people of the Countries file (heads of state and government, ministers,
//     commanders) become people, with the state their code names, so that a title
//     without an owner ("President Boris Yeltsin") finds its state. A person's record
//     says they led the state only when it names them with a leader's title
//     ("PRESIDENT_OBAMA_"); the reader uses that, as it uses actors.yaml's "leads", only
//     when the text gives the title without an owner.
//   - Phoenix agents: generic nouns ("insurgents", "separatists", "junta") add to
//     words.yaml's agents, by the kind their code gives.
//   - CAMEO verbs: a verb frames.txt does not list takes the predicate its block's code
//     maps to in cameo-predicates.tsv, with its direct object as the object.

// addPetrarch adds the dictionaries to the lexicon.
func (l *Lexicon) addPetrarch(d *petrarch.Dictionaries) {
	l.phoenixBodies = map[string][]*entry{}
	for _, a := range d.International {
		l.addPhoenixActor(a, graph.KindOrganisation)
	}
	for _, a := range d.NonState {
		l.addPhoenixActor(a, graph.KindGroup)
	}
	for _, a := range d.Countries {
		if len(a.Roles) == 0 {
			// a state and its synonyms (cities among them) are countries.tsv's; an
			// institution without dated roles is named by titles and common words
			// ("GERMAN CHANCELLOR", "BUNDESREGIERUNG") that the title reader reads
			continue
		}
		l.addPhoenixActor(a, graph.KindPerson)
	}
	l.phoenixAgents = d.Agents // added once the word lists are indexed
	l.addCameoVerbs(d)
}

// addPhoenixActor adds an actor record unless the lexicon knows one of its names.
func (l *Lexicon) addPhoenixActor(a petrarch.Actor, kind graph.Kind) {
	if len(a.Names) == 0 || a.Code == "---" {
		return
	}
	names := l.phoenixNames(&a, kind)
	if len(names) == 0 {
		return
	}
	if kind == graph.KindPerson || kind == graph.KindOrganisation {
		kind = l.phoenixKind(names[0], kind)
	}
	if e := l.sameBodyByCode(a.Code, kind, names); e != nil {
		l.mergeNames(e, names) // "OAU_ [IGOAFROAU]" and "ORGANIZATION_OF_AFRICAN_UNITY_ [IGOAFROAU]"
		return
	}
	e := &entry{node: graph.Node{ID: graph.Slug(names[0]), Name: names[0], Kind: kind}, phoenix: &a}
	for _, n := range names[1:] {
		if !slices.Contains(e.node.Aliases, n) && n != e.node.Name {
			e.node.Aliases = append(e.node.Aliases, n)
		}
	}
	l.entries = append(l.entries, e)
	if kind != graph.KindPerson && a.Code != "" {
		l.phoenixBodies[a.Code] = append(l.phoenixBodies[a.Code], e)
	}
	for _, n := range names {
		if _, ok := l.byName[graph.NameKey(n)]; !ok {
			l.byName[graph.NameKey(n)] = e
		}
	}
}

// phoenixNames returns the names of a record of the dictionary that no other record
// gives, in the project's form; none when the project's own files know the actor,
// which then learns from the record what they do not say.
func (l *Lexicon) phoenixNames(a *petrarch.Actor, kind graph.Kind) []string {
	names := make([]string, 0, len(a.Names))
	for _, n := range splitAcronyms(a.Names) {
		name := phoenixName(n)
		if known, ok := l.byName[graph.NameKey(name)]; ok {
			if known.phoenix == nil {
				known.learnFrom(a, kind)
				return nil // the project's own files know this actor
			}
			continue // a name another record of the dictionary gives ("President George Bush")
		}
		if usableName(name, kind) && !l.bodyWord(name) {
			names = append(names, name)
			if kind == graph.KindPerson && strings.Contains(name, ". ") {
				names = append(names, undotted(name)) // "George W Bush" for "George W. Bush"
			}
		}
	}
	return names
}

// mergeNames gives the body e of the dictionary the names of another record of it: its
// acronym in one record and its name in the other. The body goes by its name, its
// acronym an alias.
func (l *Lexicon) mergeNames(e *entry, names []string) {
	for _, n := range names {
		if isAllCaps(e.node.Name) && !isAllCaps(n) {
			e.node.Aliases = append(e.node.Aliases, e.node.Name)
			e.node.Name, e.node.ID = n, graph.Slug(n)
			e.node.Aliases = slices.DeleteFunc(e.node.Aliases, func(a string) bool { return a == n })
		}
		if !slices.Contains(e.node.Aliases, n) && n != e.node.Name {
			e.node.Aliases = append(e.node.Aliases, n)
		}
		if _, ok := l.byName[graph.NameKey(n)]; !ok {
			l.byName[graph.NameKey(n)] = e
		}
	}
}

// sameBodyByCode returns the international body of the dictionary already added with
// the code that the new record names too: one record gives its acronym, the other its
// name ("OAU_ [IGOAFROAU]", "ORGANIZATION_OF_AFRICAN_UNITY_ [IGOAFROAU]"). Records that
// give more names, and armed groups, which the dictionary codes by family ("IRA",
// "INLA"), stay apart.
func (l *Lexicon) sameBodyByCode(code string, kind graph.Kind, names []string) *entry {
	if code == "" || kind != graph.KindOrganisation || len(names) != 1 {
		return nil
	}
	n := names[0]
	for _, e := range l.phoenixBodies[code] {
		if e.node.Kind != kind || len(e.node.Aliases) > 0 {
			continue
		}
		if old := e.node.Name; isAllCaps(n) && !isAllCaps(old) && exactInitials(n, old) || isAllCaps(old) && !isAllCaps(n) && exactInitials(old, n) {
			return e
		}
	}
	return nil
}

// exactInitials: the acronym is the initials of the name's words, its small words
// aside ("OAU", "Organization of African Unity").
func exactInitials(acr, name string) bool {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch strings.ToLower(w) {
		case "of", "the", "for", "and", "on", "in", "to", "with", "de", "la", "des", "du", "a":
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]))
	}
	return b.String() == acr
}

// learnFrom takes from the dictionary's record of an actor the project's own files
// know what they do not say: its code, for the people the dictionary says serve it,
// and when its people held which office.
func (e *entry) learnFrom(a *petrarch.Actor, kind graph.Kind) {
	if e.node.Kind != kind {
		return
	}
	if e.code == "" {
		e.code = a.Code
	}
	if e.dated == nil && len(a.Roles) > 0 {
		e.dated = a
	}
}

// splitAcronyms splits a dictionary phrase that ends in its acronym in brackets
// ("LIBERATION TIGERS OF TAMIL EELAM (LTTE)") into the name and the acronym, which
// articles write apart.
func splitAcronyms(phrases []string) []string {
	out := make([]string, 0, len(phrases))
	for _, p := range phrases {
		name, acr, ok := strings.Cut(strings.TrimSpace(p), "(")
		acr, closed := strings.CutSuffix(strings.TrimSpace(acr), ")")
		if ok && closed && isAllCaps(acr) && len(acr) >= 3 && len(acr) <= 5 && !initialsOf(acr, name) {
			// "FREE ACEH MOVEMENT (GAM)": an acronym of a name in another language; the
			// name is written without it, and the acronym is left to the article to give
			out = append(out, strings.TrimSpace(name), p)
			continue
		}
		if !ok || !closed || !isAllCaps(acr) || !initialsOf(acr, name) {
			out = append(out, p) // "NATIONAL LIBERATION ARMY (COLOMBIA)": a qualifier, not an acronym
			continue
		}
		out = append(out, strings.TrimSpace(name), acr)
	}
	return out
}

// initialsOf: the letters of acronym acr, three or more, are initials of the words of
// name in order ("LTTE" of "Liberation Tigers of Tamil Eelam").
func initialsOf(acr, name string) bool {
	letters := strings.ReplaceAll(acr, "-", "")
	if len(letters) < 3 || strings.Contains(acr, " ") {
		return false
	}
	i := 0
	for _, w := range strings.FieldsFunc(strings.ToUpper(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if i < len(letters) && w[0] == letters[i] {
			i++
		}
	}
	return i == len(letters)
}

// undotted drops the full stop after a name's initials: "George W. Bush" is written
// "George W Bush" too.
func undotted(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if len(w) == 2 && w[1] == '.' {
			words[i] = w[:1]
		}
	}
	return strings.Join(words, " ")
}

// phoenixKind tells a person from an organisation in the International file, which
// mixes them: a name with a word of a body in it (organisation_words in words.yaml) is
// an organisation.
func (l *Lexicon) phoenixKind(name string, kind graph.Kind) graph.Kind {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if slices.Contains(l.words.OrganisationWords, w) {
			return graph.KindOrganisation
		}
	}
	if isAllCaps(name) && !strings.Contains(name, " ") {
		return graph.KindOrganisation // an acronym
	}
	if kind == graph.KindOrganisation && len(strings.Fields(name)) >= 2 && len(strings.Fields(name)) <= 4 {
		return graph.KindPerson
	}
	return kind
}

// usableName: a name worth matching. A title in a name ("PRESIDENT OBAMA") is the
// reader's to read; one word of a person's name is kept only if it is long and no
// common word.
func usableName(name string, kind graph.Kind) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	first, _, _ := strings.Cut(strings.ToLower(words[0]), "-") // "Secretary-General Kofi Annan"
	switch first {
	case "president", "prime", "king", "secretary", "mr", "mr.", "minister", "senator", "general", "gen", "foreign", "defense",
		"defence", "the", "former", "chairman", "premier", "president-elect", "us", "american", "united", "un", "u.n.", "vice", "deputy", "ex":
		return false
	}
	if len(words) == 1 && kind == graph.KindPerson && (len(name) < 5 || commonWord[strings.ToLower(name)]) {
		return false
	}
	return true
}

// bodyWord: a name that is one word of the project's nouns of bodies ("ORGANIZATION",
// the dictionary's gloss of "Tanzim"), which names no one actor.
func (l *Lexicon) bodyWord(name string) bool {
	w := strings.ToLower(name)
	return !strings.Contains(w, " ") && (slices.Contains(l.words.BodyNouns, w) || slices.Contains(l.words.GovernmentNouns, w))
}

// commonWord lists words that are also family names in the dictionaries and would make
// every sentence that uses them a mention of someone.
var commonWord = map[string]bool{"peace": true, "power": true, "white": true, "young": true, "black": true, "green": true,
	"brown": true, "rice": true, "king": true, "long": true, "little": true, "major": true, "bush": true, "may": true, "hope": true}

// phoenixName turns a dictionary phrase ("ABDEL FATTAH EL-SISI") into a name
// ("Abdel Fattah el-Sisi"); acronyms stay in capitals.
func phoenixName(n string) string {
	words := strings.Fields(n)
	for i, w := range words {
		if len(w) <= 5 && !strings.ContainsAny(w, "-'.") && isAllCaps(w) && i == 0 && len(words) == 1 {
			continue // "UNICEF", "NATO"
		}
		words[i] = titleWord(w)
	}
	return strings.Join(words, " ")
}

func titleWord(w string) string {
	lower := strings.ToLower(w)
	switch lower {
	case "al", "el", "bin", "ibn", "de", "da", "van", "von", "of", "the", "and", "for":
		return lower
	}
	if parts := strings.Split(lower, "-"); len(parts) > 2 {
		for i, p := range parts {
			if i == 0 || !hyphenParticle(p) {
				parts[i] = titleWord(p)
			}
		}
		return strings.Join(parts, "-") // "Lashkar-e-Jhangvi", "Hizb-ut-Tahrir"
	}
	var b strings.Builder
	up := true
	for _, r := range lower {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(r)
		}
		up = r == '-' || r == '\'' || r == '.'
	}
	if t, ok := strings.CutSuffix(b.String(), "'S"); ok {
		return t + "'s" // "People's", not "People'S"; but "O'Brien"
	}
	return b.String()
}

// hyphenParticle: a particle inside a hyphened name ("e" in "Lashkar-e-Taiba", "ut" in
// "Hizb-ut-Tahrir"), written in lower case.
func hyphenParticle(p string) bool {
	switch p {
	case "e", "i", "ut", "ul", "al", "el", "ud", "un":
		return true
	}
	return false
}

// agentKinds maps the codes of Phoenix agents to the kinds of words.yaml's agents.
var agentKinds = map[string]string{"REB": "rebel", "INS": "rebel", "SEP": "separatist", "UAF": "militia", "MIL": "military",
	"GOV": "government", "COP": "police", "OPP": "opposition"}

// addPhoenixAgent adds a generic agent noun of a kind the reader resolves.
func (l *Lexicon) addPhoenixAgent(ag petrarch.Agent) {
	if len(ag.Types) == 0 || ag.Prefix {
		return
	}
	kind := agentKinds[ag.Types[0]]
	if kind == "" || len(ag.Words) != 1 {
		return // one-word nouns only: "insurgents", not "foreign minister"
	}
	for _, w := range append([]string{ag.Words[0]}, flatten(ag.PluralWords)...) {
		if _, ok := l.agents[w]; !ok && !l.in("role", w) {
			l.agents[w] = kind
		}
	}
}

func flatten(ws [][]string) []string {
	var out []string
	for _, w := range ws {
		if len(w) == 1 {
			out = append(out, w[0])
		}
	}
	return out
}

// cameoTrusted reports whether a CAMEO code is one whose verbs can be read without their
// patterns: giving aid (07), signing (057), denouncing and accusing (111, 112), rejecting
// (12), reducing relations, coercing, assaulting, fighting and mass violence (16-20).
// Praise (051) and material cooperation (06) hold verbs of thanks and of command, and
// threats (13) verbs of warning, that mean other things with most objects.
func cameoTrusted(code string) bool {
	for _, p := range []string{"07", "057", "111", "112", "12", "16", "17", "18", "19", "20"} {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// addCameoVerbs gives the verbs frames.txt does not list the predicate their block's
// code maps to, with the direct object as the object.
func (l *Lexicon) addCameoVerbs(d *petrarch.Dictionaries) {
	for _, b := range d.Verbs.Blocks {
		for _, v := range b.Verbs {
			lemma := strings.ToLower(strings.ReplaceAll(v.Lemma, " ", "_"))
			if len(v.Forms) == 0 || strings.Count(lemma, "_") > 1 || v.Head != 0 {
				continue
			}
			if _, known := l.frames.verbs[lemma]; known {
				continue
			}
			code := v.Code.Active
			if code == "" || !cameoTrusted(code) || leadVerbs[lemma] != "" || lemma == "lead" {
				continue
			}
			actor := d.Predicates.Predicate(code, petrarch.ObjectActor)
			initiative := d.Predicates.Predicate(code, petrarch.ObjectInitiative)
			if actor == "" && initiative == "" {
				continue
			}
			l.frames.verbs[lemma] = []*frame{{kind: verbFrame, lemma: lemma, actor: actor, initiative: initiative,
				slots: []slot{{rel: "obj"}}, source: "CAMEO " + b.Name + " [" + code + "]"}}
		}
	}
}
