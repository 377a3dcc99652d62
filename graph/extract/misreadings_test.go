package extract

import "testing"

// TestMisreadings covers constructions that once read a relation the text does not
// say: an ended act, a body of a state's opposition taken for the state, a modifier
// taken for the noun it modifies, a title's owner taken from elsewhere in the sentence.
func TestMisreadings(t *testing.T) {
	runConstructions(t, []construction{
		{"no longer: the relation has ended", []constructionCase{
			{text: "Russia no longer backs Assad.",
				absent: []string{"Russia supports Bashar al-Assad (asserted)"}},
			{text: "Saudi Arabia no longer supports the Lebanese government, diplomats said.",
				absent: []string{"Saudi Arabia supports Lebanese government (reported)", "Saudi Arabia supports Lebanon (reported)"}},
		}},
		{"an act its actor ends, withdraws or suspends", []constructionCase{
			{text: "Germany withdrew its support for UNRWA in January.",
				absent: []string{"Germany supports UNRWA (asserted)"}},
			{text: "France halted its backing of the Malian army.",
				absent: []string{"France supports Mali (asserted)"}},
			{text: "Washington suspended its military aid to Egypt in 2013.",
				absent: []string{"United States supports Egypt (asserted)"}},
		}},
		{"a state's opposition is not the state", []constructionCase{
			{text: "Turkey backs the Syrian opposition.",
				want:   []string{"Turkey supports Syrian opposition (asserted)"},
				absent: []string{"Turkey supports Syria (asserted)"}},
			{text: "Russia armed the Venezuelan opposition.",
				absent: []string{"Russia supports Venezuela (asserted)"}},
			{text: "Saudi Arabia armed the Syrian opposition groups.",
				absent: []string{"Saudi Arabia supports Syria (asserted)"}},
			{text: "Venezuela's opposition, backed by Washington, rejected the election result.",
				absent: []string{"United States supports Venezuela (asserted)"}},
		}},
		{"according to a source, inside a relative clause", []constructionCase{
			{text: "Iran, which supplies the Houthis with drones according to US officials, has called the strikes illegal.",
				want:   []string{"Iran supports Houthis (reported)"},
				absent: []string{"Iran supports Houthis (asserted)"}},
			{text: "Rwanda, which backs the M23 according to UN experts, denies the charge.",
				want:   []string{"Rwanda supports M23 (reported)"},
				absent: []string{"Rwanda supports M23 (asserted)"}},
		}},
		{"the internationally recognised government is the state's", []constructionCase{
			{text: "Yemen's war began in 2014. The internationally recognised government, led by Rashad al-Alimi, has accused the Houthis of sabotaging the talks.",
				want: []string{"Rashad al-Alimi leads Yemeni government (asserted)", "Yemeni government opposes Houthis (asserted)"}},
			{text: "Libya has been split since 2014. The internationally recognised government, based in Tripoli, is backed by Turkey.",
				want: []string{"Turkey supports Libyan government (asserted)"}},
		}},
		{"fighting alongside, the preposition tagged an adverb", []constructionCase{
			{text: "The Wagner Group fought alongside Malian troops during the offensive, in which hundreds died.",
				want:   []string{"Wagner Group supports Mali (asserted)"},
				absent: []string{"Wagner Group opposes Mali (asserted)"}},
			{text: "Chadian fighters fought alongside the RSF in Darfur.",
				absent: []string{"Chadian fighters opposes RSF (asserted)"}},
		}},
		{"the leader of a militia or gang leads no state the sentence names", []constructionCase{
			{text: "Talks stalled.\n\n- Militia leader John Okello rejects the Kenyan-brokered plan\n",
				absent: []string{"John Okello leads Kenya (asserted)", "John Okello leads Kenyan government (asserted)"}},
			{text: "Gang leader Jimmy Cherizier rejected the Kenyan-led mission.",
				absent: []string{"Jimmy Cherizier leads Kenya (asserted)", "Jimmy Cherizier leads Kenyan government (asserted)"}},
		}},
		{"a compound title under its owner's possessive", []constructionCase{
			{text: "Sudan's army chief Abdel Fattah al-Burhan rejects the Saudi-brokered truce.",
				absent: []string{"Abdel Fattah al-Burhan leads Saudi government (asserted)", "Abdel Fattah al-Burhan leads Saudi Arabia (asserted)"}},
			{text: "Niger's army chief Salifou Mody met Russian officials in Moscow.",
				absent: []string{"Salifou Mody leads Russian government (asserted)", "Salifou Mody leads Russia (asserted)"}},
		}},
		{"a foreign army's chief heads that state, not a government the article never names", []constructionCase{
			{text: "South Sudan's president Salva Kiir has turned to Uganda. Uganda's army chief, General Muhoozi Kainerugaba, the son of President Yoweri Museveni, said his troops would stay.",
				want:   []string{"Muhoozi Kainerugaba leads Uganda (asserted)", "Yoweri Museveni leads Uganda (asserted)"},
				absent: []string{"Yoweri Museveni leads South Sudan (asserted)", "Muhoozi Kainerugaba leads South Sudan (asserted)"}},
			{text: "Mali's junta has hired Russian mercenaries. Niger's army chief, General Salifou Mody, visited Bamako on Monday.",
				want: []string{"Salifou Mody leads Niger (asserted)"}},
		}},
		{"a plural noun of groups stands for no one group", []constructionCase{
			{text: "The Arakan Army and the Kachin Independence Army have seized several towns. The People's Defence Force has fought alongside the ethnic groups in several regions.",
				absent: []string{"People's Defence Force supports Kachin Independence Army (asserted)", "People's Defence Force supports Arakan Army (asserted)"}},
			{text: "Hamas and Palestinian Islamic Jihad fired rockets at Israel on Monday. Iran has armed the groups for years.",
				absent: []string{"Iran supports Palestinian Islamic Jihad (asserted)", "Iran supports Hamas (asserted)"}},
		}},
		{"a patron before a hyphened participle is not what the story goes on about", []constructionCase{
			{text: "Ethiopian troops have fought al Shabaab, the al Qaeda-linked insurgents, in Somalia since 2006. The militants have also attacked Kenyan forces, and the United States regularly carries out air strikes against the group.",
				want:   []string{"United States opposes Al-Shabaab (asserted)"},
				absent: []string{"United States opposes Al-Qaeda (asserted)"}},
			{text: "The Houthis, an Iran-aligned movement, seized Sanaa in 2014. Saudi Arabia has bombed the group since 2015.",
				want:   []string{"Saudi Arabia opposes Houthis (asserted)"},
				absent: []string{"Saudi Arabia opposes Iran (asserted)", "Saudi Arabia opposes Iran-aligned movement (asserted)"}},
		}},
		{"a negation written as a contraction: 'didn't', 'can’t', 'won't'", []constructionCase{
			{text: "Russia didn't back the deal.",
				absent: []string{"Russia endorses deal (asserted)"}},
			{text: "Kyiv can’t accept the ceasefire.",
				absent: []string{"Ukraine endorses ceasefire (asserted)"}},
			{text: "Moscow won't support the junta in Niger.",
				absent: []string{"Russia supports Nigerien junta (asserted)", "Russia supports Niger (asserted)"}},
		}},
		{"a participle after a noun describes it and what is listed before, not after", []constructionCase{
			{text: "The Sudan Liberation Movement faction led by Minni Minawi and the Justice and Equality Movement of Gibril Ibrahim joined the army.",
				want:   []string{"Minni Minawi leads Sudan Liberation Movement (asserted)"},
				absent: []string{"Minni Minawi leads Justice and Equality Movement (asserted)"}},
			{text: "Qatar hosted the M23 rebel group, led by Bertrand Bisimwa, and the Congolese government.",
				want:   []string{"Bertrand Bisimwa leads M23 (asserted)"},
				absent: []string{"Bertrand Bisimwa leads Congolese government (asserted)", "Bertrand Bisimwa leads DR Congo (asserted)"}},
		}},
		{"an opening phrase with a list, then the subject: 'In the war between A and B, C and D fought'", []constructionCase{
			{text: "In the war between Addis Ababa and the TPLF, from November 2020 to November 2022, Fano and the Amhara regional special forces fought alongside the federal army against the TPLF.",
				want:   []string{"Amhara regional special forces opposes TPLF (asserted)"},
				absent: []string{"Amhara regional special forces opposes Ethiopia (asserted)", "Fano opposes Amhara regional special forces (asserted)"}},
			{text: "After the clashes between Azerbaijan and Armenia, Russia and France condemned the attack.",
				absent: []string{"Russia opposes France (asserted)", "Azerbaijan opposes Russia (asserted)", "France opposes Armenia (asserted)"}},
			{text: "After the clashes between Azerbaijan, Georgia and Armenia, Russia, Iran and France condemned the Azerbaijani offensive.",
				want:   []string{"Russia opposes Azerbaijan (asserted)", "France opposes Azerbaijan (asserted)"},
				absent: []string{"Georgia opposes Russia (asserted)", "Iran opposes France (asserted)"}},
		}},
		{"two subjects of a verb of fighting with an object of its own do not fight each other", []constructionCase{
			{text: "The Kachin Independence Army, led by General N'Ban La, and the Arakan Army attacked the junta.",
				absent: []string{"Kachin Independence Army opposes Arakan Army (asserted)", "Arakan Army opposes Kachin Independence Army (asserted)"}},
			{text: "Hamas and Islamic Jihad attacked the settlers.",
				absent: []string{"Hamas opposes Palestinian Islamic Jihad (asserted)", "Palestinian Islamic Jihad opposes Hamas (asserted)"}},
		}},
		{"a name that modifies a noun is not the noun, next to a verb", []constructionCase{
			{text: "Hungary has blocked EU aid to Ukraine.",
				absent: []string{"Hungary opposes European Union (asserted)"}},
			{text: "Saudi Arabia armed the Syrian opposition groups.",
				absent: []string{"Saudi Arabia supports Syria (asserted)"}},
		}},
		{"a relative clause with a copula, parsed as an apposition", []constructionCase{
			{text: "Belarus, whose leader Alexander Lukashenko is a close ally of Vladimir Putin, has let Russian troops use its territory.",
				want:   []string{"Alexander Lukashenko supports Vladimir Putin (asserted)"},
				absent: []string{"Belarus supports Vladimir Putin (asserted)"}},
			{text: "Chad, whose president Mahamat Deby is an ally of France, sent troops to Mali.",
				want:   []string{"Mahamat Deby supports France (asserted)"},
				absent: []string{"Chad supports France (asserted)"}},
		}},
	})
}

// TestNewsRoundThree covers constructions of news copy read from the parse: an act
// told again in other words, a name whose particle the parser took for a preposition,
// an act named with "in" ("in solidarity with").
func TestNewsRoundThree(t *testing.T) {
	runConstructions(t, []construction{
		{"the act just told, in other words: 'condemned the offensive'", []constructionCase{
			{text: "The CPC attacked Bangui on 13 January. The AU and ECCAS condemned the offensive.",
				want: []string{"African Union opposes CPC (asserted)", "ECCAS opposes CPC (asserted)"}},
			{text: "Russian drones struck Kyiv overnight. France and Germany condemned the attack.",
				want: []string{"France opposes Russia (asserted)", "Germany opposes Russia (asserted)"}},
		}},
		{"a name's particle is no preposition", []constructionCase{
			{text: "Ethiopian troops have fought al Shabaab in Somalia since 2006.",
				want: []string{"Ethiopia opposes Al-Shabaab (asserted)"}},
			{text: "Kenyan forces attacked al Shabaab near the border.",
				want: []string{"Kenya opposes Al-Shabaab (asserted)"}},
		}},
		{"'between A and B' on a verb that only says its subject happened: 'clashes erupted between'", []constructionCase{
			{text: "Clashes erupted between Azerbaijan and Armenia on Sunday.",
				want: []string{"Azerbaijan opposes Armenia (asserted)", "Armenia opposes Azerbaijan (asserted)"}},
			{text: "Heavy fighting broke out between Ethiopia and the TPLF in November.",
				want: []string{"Ethiopia opposes TPLF (asserted)"}},
		}},
		{"fighting 'with' someone is symmetric wording: 'clashed with', 'traded fire with'", []constructionCase{
			{text: "Hezbollah clashed with Israel on Monday.",
				want: []string{"Hezbollah opposes Israel (asserted)", "Israel opposes Hezbollah (asserted)"}},
			{text: "Lebanon's Hezbollah has traded near-daily fire with Israel across the northern border.",
				want: []string{"Hezbollah opposes Israel (asserted)", "Israel opposes Hezbollah (asserted)"}},
			{text: "Rwandan special forces have since fought the rebels of the CPC.",
				absent: []string{"CPC opposes Rwanda (asserted)"}},
		}},
		{"a verb of the frames that the tagger read as a noun or adverb between a name and its object", []constructionCase{
			{text: "Iran and Hezbollah back the Houthis.",
				want: []string{"Iran supports Houthis (asserted)", "Hezbollah supports Houthis (asserted)"}},
			{text: "Turkey backs the GNA, and Russia and Egypt support the LNA.",
				want:   []string{"Russia supports LNA (asserted)", "Egypt supports LNA (asserted)", "Turkey supports GNA (asserted)"},
				absent: []string{"Turkey supports Russia (asserted)", "Turkey supports Egypt (asserted)"}},
		}},
		{"the subject of a second clause after ', and' is not more of the first clause's list", []constructionCase{
			{text: "Lebanon's Hezbollah has traded near-daily fire with Israel across the northern border since October, and Yemen's Houthis have attacked shipping in the Red Sea.",
				want: []string{"Hezbollah opposes Israel (asserted)"}},
			{text: "Russia backed the GNA in Tripoli, and the UAE armed the LNA.",
				want:   []string{"Russia supports GNA (asserted)", "United Arab Emirates supports LNA (asserted)"},
				absent: []string{"Russia supports United Arab Emirates (asserted)"}},
		}},
		{"a title of an office for a place is no leader of the body: 'HRW's Africa director'", []constructionCase{
			{text: "Human Rights Watch's Africa director, Mausi Segun, condemned the killings.",
				absent: []string{"Mausi Segun leads Human Rights Watch (asserted)", "Mausi Segun leads Africa (asserted)"}},
			{text: "CIA Director William Burns flew to Cairo.",
				want: []string{"William Burns leads Central Intelligence Agency (asserted)"}},
		}},
		{"a capitalised title after a possessor the parser hung on the verb: 'Nato's Secretary-General, Javier Solana'", []constructionCase{
			{text: "Nato's Secretary-General, Javier Solana, spoke on Friday.",
				want: []string{"Javier Solana leads NATO (asserted)"}},
			{text: "Britain's Prime Minister, Tony Blair, said the bombing would go on.",
				want: []string{"Tony Blair leads United Kingdom (asserted)"}},
		}},
		{"a singular noun describing the name after it is no group: 'the veteran Malian jihadist Iyad Ag Ghaly'", []constructionCase{
			{text: "JNIM, led by the veteran Malian jihadist Iyad Ag Ghaly, claimed the attack.",
				want: []string{"Iyad Ag Ghaly leads JNIM (asserted)"}},
			{text: "The ADF, commanded by the Ugandan rebel Musa Baluku, attacked the town.",
				want: []string{"Musa Baluku leads Allied Democratic Forces (asserted)"}},
		}},
		{"the one appointed or named to lead leads: 'appointed X to head Y'", []constructionCase{
			{text: "Abiy appointed Getachew Reda to head the Tigray Interim Regional Administration.",
				want:   []string{"Getachew Reda leads Tigray Interim Regional Administration (asserted)"},
				absent: []string{"Abiy Ahmed leads Tigray Interim Regional Administration (asserted)"}},
			{text: "Kiir named Salva Mathok to lead the SPLA.",
				want:   []string{"Salva Mathok leads SPLA (asserted)"},
				absent: []string{"Salva Kiir leads SPLA (asserted)"}},
		}},
		{"a verb of leading ending a relative clause, read as a noun by the tagger: 'which Burhan chairs'", []constructionCase{
			{text: "Burhan dissolved the ruling Sovereignty Council, which Burhan chairs.",
				want: []string{"Abdel Fattah al-Burhan leads Sovereignty Council (asserted)"}},
			{text: "Renamo, which Ossufo Momade leads, rejected the deal.",
				want: []string{"Ossufo Momade leads Renamo (asserted)"}},
		}},
		{"'the offensive' far back: the only actor whose offensive the article told", []constructionCase{
			{text: "The CPC launched an offensive against the government in December. Voting went ahead in most of the country. Turnout was low. Results were announced in January. The AU condemned the offensive.",
				want: []string{"African Union opposes CPC (asserted)"}},
			{text: "The Houthis launched an offensive on Marib in February. Saudi-led forces launched an offensive in Hodeidah. Aid groups warned of famine. Fuel ran short. Prices rose. The EU condemned the offensive.",
				absent: []string{"European Union opposes Houthis (asserted)"}},
		}},
		{"a phrase between the copula and the predicate: 'was for two decades the Taliban's chief patron'", []constructionCase{
			{text: "Islamabad was for two decades the Taliban's chief patron.",
				want: []string{"Pakistan supports Taliban (asserted)"}},
			{text: "Russia has been since 2015 the main backer of Assad.",
				want: []string{"Russia supports Bashar al-Assad (asserted)"}},
		}},
		{"a preposition hung on the adjective before its noun: 'put forward by Egyptian and Qatari mediators'", []constructionCase{
			{text: "Hamas accepted a ceasefire proposal put forward by Egyptian and Qatari mediators.",
				want: []string{"Egypt proposes ceasefire proposal (asserted)", "Qatar proposes ceasefire proposal (asserted)", "Hamas endorses ceasefire proposal (asserted)"}},
			{text: "Turkish and Russian diplomats brokered the deal.",
				want: []string{"Turkey proposes deal (asserted)", "Russia proposes deal (asserted)"}},
		}},
		{"a passive's agent hung on the phrase before it: 'hosted in turn by', 'welcomed in a statement by'", []constructionCase{
			{text: "The talks have been hosted in turn by Venezuela, Cuba and Mexico.",
				want: []string{"Venezuela proposes talks (asserted)", "Cuba proposes talks (asserted)", "Mexico proposes talks (asserted)"}},
			{text: "The plan was welcomed in a statement by the European Union.",
				want: []string{"European Union endorses plan (asserted)"}},
		}},
		{"'the insurgents' no group of their kind was named for is not a mission, an army or a body of no known kind", []constructionCase{
			{text: "The SADC Mission in Mozambique (SAMIM) deployed in July. SAMIM troops patrolled Macomia. SAMIM lost two soldiers. The insurgents have pledged allegiance to the Islamic State group.",
				absent: []string{"SADC Mission in Mozambique supports Islamic State (asserted)"}},
			{text: "The Armed Forces of Ukraine (AFU) retook Kherson. The AFU crossed the river. The AFU shelled the bridge. The insurgents pledged allegiance to Russia.",
				absent: []string{"Armed Forces of Ukraine supports Russia (asserted)"}},
		}},
		{"a noun 'known as' a name is that actor: 'the insurgents, known locally as al-Shabaab'", []constructionCase{
			{text: "The insurgents, known locally as al-Shabaab, have pledged allegiance to the Islamic State group.",
				want: []string{"Al-Shabaab supports Islamic State (asserted)"}},
			{text: "The jihadists, known as JNIM, attacked the army in Mali.",
				want: []string{"JNIM opposes Malian government (asserted)"}},
		}},
		{"an owner's name before 's is not part of the body's name: 'Thomas Cirillo's National Salvation Front'", []constructionCase{
			{text: "Thomas Cirillo's National Salvation Front rejected the Tumaini talks.",
				want: []string{"National Salvation Front rejects Tumaini talks (asserted)"}},
			{text: "The Tigray People's Liberation Front rejected the talks.",
				want: []string{"Tigray People's Liberation Front rejects talks (asserted)"}},
		}},
		{"a former state office before a name does not make its owner's place at a body's head former", []constructionCase{
			{text: "Former president Álvaro Uribe's Democratic Centre party opposed the ceasefire.",
				want: []string{"Álvaro Uribe leads Democratic Centre party (asserted)"}},
			{text: "The late Ali Abdullah Saleh's party joined the Houthis.",
				absent: []string{"Ali Abdullah Saleh leads party (asserted)"}},
		}},
		{"a capitalised title at the start of a sentence is no name: 'Defence Minister Vladimir Padrino accused'", []constructionCase{
			{text: "Defence Minister Vladimir Padrino accused Colombia of plotting a coup.",
				want:   []string{"Vladimir Padrino opposes Colombia (asserted)"},
				absent: []string{"Defence Minister opposes Colombia (asserted)"}},
			{text: "Interior Minister Remedios Hernández accused Russia of meddling in the vote.",
				want:   []string{"Remedios Hernández opposes Russia (asserted)"},
				absent: []string{"Interior Minister opposes Russia (asserted)"}},
		}},
		{"'since' between a perfect's auxiliary and its participle is an adverb: 'have since fought'", []constructionCase{
			{text: "The Coalition of Patriots for Change (CPC) attacked Bangui in January. Rwandan special forces have since fought the coalition on the Bangui-Mbaïki axis.",
				want: []string{"Rwanda opposes Coalition of Patriots for Change (asserted)"}},
			{text: "Russia has since backed the junta in Niger.",
				want: []string{"Russia supports Nigerien junta (asserted)"}},
		}},
		{"a phrasal verb of putting forward: 'set out', 'outlined'", []constructionCase{
			{text: "Nato set out five conditions for a halt to the bombing.",
				want: []string{"NATO proposes five conditions (asserted)"}},
			{text: "Qatar outlined a peace plan for Darfur on Friday.",
				want: []string{"Qatar proposes peace plan (asserted)"}},
		}},
		{"a body named by a name before its noun: 'the ELN guerrilla group'", []constructionCase{
			{text: "Colombia's government and the ELN guerrilla group agreed on Friday to extend a bilateral ceasefire by six months.",
				want: []string{"ELN endorses bilateral ceasefire (asserted)"}},
			{text: "Russia backed the Wagner mercenary group.",
				want: []string{"Russia supports Wagner Group (asserted)"}},
		}},
		{"an apostrophe inside a name", []constructionCase{
			{text: "The Kachin Independence Army, led by General N'Ban La, attacked the junta.",
				absent: []string{"N leads Kachin Independence Army (asserted)"}},
			{text: "Chad's army, based in N'Djamena, backed the RSF.",
				want: []string{"Chad supports RSF (asserted)"}},
		}},
		{"an act named with 'in': its actor is the verb's subject", []constructionCase{
			{text: "Ghana stands in solidarity with the people and Government of Mali.",
				want: []string{"Ghana supports Malian government (asserted)"}},
			{text: "Russia sent troops to Syria in support of Bashar al-Assad.",
				want: []string{"Russia supports Bashar al-Assad (asserted)"}},
		}},
	})
}
