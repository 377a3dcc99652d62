package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestEachRecogniser runs every recogniser of the table on sentences of its own
// construction and wants a statement read by it: the rule a statement carries names
// the recogniser that read it. Each construction is read from two sentences or more.
func TestEachRecogniser(t *testing.T) {
	examples := map[string]struct {
		rule      string // the rule's first words
		sentences []string
	}{
		"verb":             {"verb", []string{"Russia backs Serbia.", "Armenia has been supported by Russia, Iran and France."}},
		"light-verb":       {"light verb", []string{"Ethiopia launched an offensive against the TPLF.", "The United States imposed sanctions on Russia."}},
		"event-noun":       {"event noun", []string{"Turkish military support for Azerbaijan was decisive.", "Iran's backing of the Houthis worries Riyadh."}},
		"agent-noun":       {"agent noun", []string{"Iran, one of Syria's key backers, objected.", "Cuba, Maduro's closest ally, denounced the move."}},
		"hyphen":           {"hyphen", []string{"The Iran-backed Houthis fired missiles.", "A Russian-brokered ceasefire took effect on Saturday."}},
		"adjective":        {"adjective", []string{"Venezuela is in crisis. The armed forces remain loyal to Maduro.", "Hezbollah remained loyal to Iran."}},
		"owned-initiative": {"owned initiative", []string{"Hamas rejected the Egyptian proposal.", "Qatar's ceasefire plan won support."}},
		"request":          {"request", []string{"Somalia's call for a ceasefire was welcomed in Nairobi.", "Kenya backed Ethiopia's request for a pause in the drawdown."}},
		"at-behest":        {"at behest", []string{"The Security Council passed Resolution 1725 at Washington's urging.", "Egypt convened the talks at the request of the African Union."}},
		"no-initiative":    {"no initiative", []string{"Government spokesman Lambert Mende said there could be no talks with the M23.", "Burhan said there would be no return to the Jeddah talks."}},
		"proposed-act":     {"proposed act", []string{"The ICGLR proposed deploying a neutral force along the border.", "The OSCE has proposed sending 100 more military monitors to the region."}},
		"mediation":        {"mediation", []string{"Angola's President Joao Lourenco has offered to mediate.", "Saudi Arabia and Iran had both offered to mediate."}},
		"appeal":           {"appeal", []string{"Qatar urged Israel and Hamas to honour the truce.", "Norway urged Colombia and the ELN to honour the ceasefire."}},
		"at-war":           {"at war", []string{"The Taliban are at war with Islamic State.", "The CSP has been at war with the Malian army since August."}},
		"with-backing":     {"with backing", []string{"Khalifa Haftar took Sirte with the backing of Russia.", "Bashar al-Assad survived with the help of Iran."}},
		"pro":              {"pro", []string{"Sierra Leone's government is led by Ahmad Tejan Kabbah. The pro-government Civil Defence Forces attacked the RUF.", "Ethiopia's government declared a truce. Pro-government Amhara militias attacked Tigrayan forces."}},
		"alongside":        {"alongside", []string{"Wagner operated alongside the Malian army.", "Iranian advisers served alongside Hezbollah in Syria."}},
		"ordered-out":      {"ordered out", []string{"Maduro gave US diplomats 72 hours to leave.", "Mali's junta ordered the French ambassador to leave Bamako."}},
		"thanks":           {"thanks", []string{"Mozambique's President Filipe Nyusi thanked President Kagame for the deployment of Rwandan forces.", "Zelensky thanked Germany for its military aid."}},
		"end-of-act":       {"end of act", []string{"Russia launched an offensive on Kharkiv in May. Germany called for an end to the offensive.", "Israel's offensive in Gaza went on. Egypt urged an end to Israel's offensive."}},
		"to-aid":           {"to aid", []string{"Britain rushed to the aid of Kuwait.", "The United States came to Israel's aid."}},
		"side":             {"side", []string{"Eritrean troops crossed the border to fight on Abiy's side against the TPLF.", "Chadian troops fought on the side of the RSF in Darfur."}},
		"fact-box":         {"fact box", []string{"Hezbollah is Lebanon's strongest armed group. Hezbollah fired rockets at Israel on Monday. Hezbollah says it will fight on.\n\nAllies: Iran; Syria; Hamas\n", "The Houthis control Sanaa. The Houthis attacked ships in the Red Sea. The Houthis say they act for Gaza.\n\nBackers: Iran\nEnemies: Saudi Arabia\n"}},
		"transfer":         {"transfer", []string{"The United States will send tanks to Ukraine.", "Turkey delivered drones to Azerbaijan."}},
		"composition":      {"composition", []string{"AMISOM, which includes soldiers from Kenya and Uganda, withdrew from Baidoa.", "The Saudi-led coalition includes warplanes from the United Arab Emirates and Bahrain."}},
		"suspension":       {"suspension", []string{"The United States froze military aid to Egypt in 2013.", "The European Union suspended nearly 90m euros in budget support to Ethiopia."}},
		"same-act":         {"same act", []string{"Britain recognised Bangladesh on Monday. France followed suit.", "Nigeria recognised the MPLA government in November. Mozambique and Guinea-Bissau had done so on independence day."}},
		"vote":             {"vote", []string{"Britain voted in favour of the resolution.", "The Security Council adopted resolution 1701 on Friday. Qatar said it had voted in favour despite serious reservations."}},
		"welcomed-arrival": {"welcomed arrival", []string{"Mozambique and Rwanda welcomed the deployment of the SADC Mission in Mozambique (SAMIM).", "The Central African Republic has welcomed the French deployment."}},
		"auspices":         {"auspices", []string{"The deal was negotiated under the auspices of the OAU.", "The comprehensive agreement of 12 December 2000, negotiated under the auspices of the OAU, was witnessed by Bouteflika."}},
		"under":            {"under", []string{"Ukraine has been under attack by Russia since 2022.", "Iran is under US sanctions."}},
		"at-hands":         {"at the hands of", []string{"The Malian army suffered a heavy defeat in Kidal at the hands of the MNLA.", "Dozens of Nigerian soldiers were killed at the hands of Boko Haram."}},
		"label":            {"label", []string{"Brazil's new president, Jair Bolsonaro, has called Maduro a dictator.", "Ankara has long described the YPG as a terrorist group."}},
		"said-label":       {"label", []string{"Turkey says the YPG is a terrorist group.", "Netanyahu said Iran is the greatest threat to peace."}},
		"pair":             {"pair", []string{"Mali severed diplomatic relations with Ukraine.", "Russia has frozen its co-operation with Nato."}},
		"adjacent":         {"adjacent", []string{}},
		"title":            {"title", []string{"Turkish President Recep Tayyip Erdogan spoke.", "Syrian President Bashar al-Assad met Russian officials."}},
		"leader-noun":      {"leader noun", []string{"Jane Doe, head of the Northern Council, spoke.", "Miguel Díaz-Canel, Cuba's president, said the talks would go on."}},
		"counterpart":      {"counterpart", []string{"Russian President Boris Yeltsin and his Moldovan counterpart Mircea Snegur signed an agreement.", "Turkish President Erdogan met Vladimir Putin, his Russian counterpart, in Sochi."}},
		"leads-verb":       {"leads verb", []string{"Renamo, led by Ossufo Momade, has criticised the government.", "Khalifa Haftar commands the self-styled Libyan National Army (LNA)."}},
		"under-command":    {"under command", []string{"The Sri Lanka Army, under the command of Lieutenant General Sarath Fonseka, took Kilinochchi.", "The Ukrainian troops, under the command of General Oleksandr Syrsky, crossed into Kursk."}},
		"leads-possessive": {"leads possessive", []string{"Nicolás Maduro's government expelled the diplomats.", "Bashar al-Assad's government welcomed the deal."}},
		"appointment":      {"appointment", []string{"Lebanon's parliament elected Joseph Aoun as president in January.", "Soldiers seized power in Guinea-Bissau on Wednesday. The junta named General Horta N'Tam transitional president."}},
	}
	for _, r := range recognisers {
		ex, ok := examples[r.name]
		if !ok {
			t.Errorf("recogniser %q has no examples here", r.name)
			continue
		}
		if r.name == "adjacent" {
			continue // the fallback reads only what the parse did not: TestAdjacentFallback
		}
		if len(ex.sentences) < 2 {
			t.Errorf("recogniser %q is tested on %d sentences, want two or more", r.name, len(ex.sentences))
		}
		for _, text := range ex.sentences {
			doc, err := ParseArticle("t.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			res := testExtractor(t).Extract(doc)
			found := false
			var rules []string
			for _, st := range res.Statements {
				found = found || strings.HasPrefix(st.Rule, ex.rule)
				rules = append(rules, st.Rule)
			}
			if !found {
				t.Errorf("%s: %q read nothing by its rule %q (rules: %q)", r.name, text, ex.rule, rules)
			}
		}
	}
}

// TestAdjacentFallback reads verbs whose parse gave no subject or no object from the
// names next to them, and leaves alone a verb the parse read, or names that a verb, a
// clause word or a semicolon stands between.
func TestAdjacentFallback(t *testing.T) {
	cases := []struct {
		text string
		want string // a statement read by the fallback, "" for none
	}{
		{"Relations are poor: Kigali accuses Kinshasa of arming the FDLR, and Congolese officials have accused Rwanda of quietly backing the M23.", "DR Congo opposes Rwanda"},
		{"Ties are tense: Seoul accuses Pyongyang of hacking its banks, and North Korean officials have accused South Korea of secretly helping defectors.", "North Korea opposes South Korea"},
		{"Russia backs Serbia.", ""},
		{"Russia said that it would wait; Serbia attacked Kosovo.", ""},
	}
	for _, c := range cases {
		doc, err := ParseArticle("t.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, st := range testExtractor(t).Extract(doc).Statements {
			if strings.HasPrefix(st.Rule, "adjacent") {
				got = append(got, st.Subject.Name+" "+string(st.Predicate)+" "+st.Object.Name)
			}
		}
		if c.want == "" && len(got) > 0 || c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%q: the fallback read %q, want %q", c.text, got, c.want)
		}
	}
}

// TestPro covers a side named with "pro-".
func TestPro(t *testing.T) {
	runConstructions(t, []construction{
		{"'pro-' before a name or 'government' in an actor's phrase: the actor supports the one named", []constructionCase{
			{text: "Sierra Leone's government is led by Ahmad Tejan Kabbah. The pro-government Civil Defence Forces attacked the RUF.",
				want: []string{"Civil Defence Forces supports Sierra Leone's government (asserted)"}},
			{text: "Ethiopia's government declared a truce. Pro-government Amhara militias attacked Tigrayan forces.",
				want: []string{"Amhara militias supports Ethiopia's government (asserted)"}},
			{text: "A pro-democracy protest was held in Yangon.",
				absent: []string{"protest supports democracy (asserted)"}},
		}},
	})
}
