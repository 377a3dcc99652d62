// Package petrarch reads the event-data dictionaries of the PETRARCH2 coder (Open Event
// Data Alliance, MIT licence) into Go values: who the named actors are and which roles
// they held when (ReadActors), the generic agents such as "rebels" or "foreign minister"
// (ReadAgents), and the verbs with the CAMEO event codes their patterns give
// (ReadVerbs). It also reads the project's table of which CAMEO codes mean one of
// actorgraph's predicates (ReadPredicateMap).
//
// The dictionaries are embedded (see data/README.md for their source); Load reads them
// all once. The readers also take any file in the same formats, such as a user's own
// additions.
//
// # Formats
//
// The formats are PETRARCH2's (its dictionaries.rst). Every reader drops what follows a
// '#' on a line and <!-- --> comments, which may span lines; blank lines are skipped.
// Underscores join the words of a phrase and become spaces; a trailing '_' (which in
// TABARI stopped a word from matching as a stem) is dropped. Case is kept as written in
// names, and words meant for matching are given in lower case.
//
// Actors (the three Phoenix.*.actors.txt files): a primary phrase, optionally followed by
// a default code and date restrictions in brackets; synonyms on lines starting with '+';
// date restrictions on their own lines, usually after a tab:
//
//	ABDEL_FATTAH_EL_SISI
//	+SISI_
//		[EGYGOVMIL 120812-140326]
//		[EGYGOV > 140608]
//		[EGYELI]
//
// A restriction holds between two dates ("a-b"), up to one ("<b") or from one (">a"),
// both ends included; one without a date is the actor's default code. Dates are YYMMDD
// (YY up to 30 is 20YY, else 19YY) or YYYYMMDD.
//
// Quirks of the real files that the actor reader accepts: several bracket groups on one
// line ("[NLDGOVBUS >081004][MNCNLD]"); text after the last bracket (the International
// file's company descriptions); two synonyms on one line ("+TAIOAN_ +TAWIAN_"); a space
// after '<' or '>'; a bare date, read as "from"; TABARI's ';' comments; and four
// mistyped dates, repaired: ten digits whose first two repeat the century
// ("1920030320") are the last eight, nine digits ("201005011") the first eight, seven
// digits that start with 19 or 20 ("2004017") YYYYMMD, other seven digits ("9008223")
// YYMMDD and a stray digit. Only the first undated code of a record counts. In the
// Countries file a person's other names often stand on lines of their own, without
// '+', between the primary phrase and the record's restrictions; a line that would
// start a record while the open one has no code or restriction yet is read as one
// more of its names.
//
// Agents, verbs and predicates: see ReadAgents, ReadVerbs and ReadPredicateMap.
//
// # Codes
//
// An actor code is a string of three-letter parts: "EGYGOVMIL" is Egypt's (EGY)
// government (GOV) military (MIL). ParseCode splits one. The parts, from the CAMEO actor
// codebook and the Phoenix files:
//
//   - places: ISO 3166-1 alpha-3 countries, CAMEO regions (AFR Africa, MEA Middle East,
//     WST the West, ...) and former states (SUN Soviet Union, YUG Yugoslavia); the list
//     is data/cameo-places.tsv;
//   - domestic roles: GOV government, MIL military, COP police, SPY intelligence, JUD
//     judiciary, LEG legislature, PTY political party, OPP opposition, REB rebels, INS
//     insurgents, SEP separatists, UAF unaligned armed forces (militias), ELI elites, MED
//     media, HRI human rights, BUS business, LAB labour, EDU education, HLH health, DEV
//     development, ENV environment, AGR agriculture, CVL civilians, CRM criminals, REF
//     refugees, SET settlers, MOD moderate, RAD radical, REL religious;
//   - others in the Phoenix files: OCC an occupying authority (IRQOCC), UNR an
//     unrecognised state (KRJUNR), PPL the people; and in PETRARCH2's own examples PRS
//     president, FRM foreign minister, ATG attorney general (the real agents file codes
//     them ~GOV);
//   - international actors, which usually start the code: IGO intergovernmental
//     organisation (IGOUNO the United Nations, IGOEUREEC the European Union, IGOWSTNAT
//     NATO), NGO non-governmental organisation, NGM non-governmental movement, MNC
//     multinational company, IMG international militarised group (IMGMUSALQ al-Qaeda,
//     IMGMUSISI the Islamic State), INT international or transnational, UIS an
//     unidentified state actor; then UNO United Nations, PKO peacekeepers, IRC Red Cross,
//     AMN Amnesty International and other three-letter organisation codes;
//   - religions (CHR Christian, CTH Catholic, PRO Protestant, MOS or MUS Muslim, SHI
//     Shia, SUN Sunni, JEW Jewish, HIN Hindu, BUD Buddhist) and, in lower case in CAMEO,
//     ethnic groups.
//
// An event code (EventCode) is CAMEO's: two to four digits, the first two its root
// (05 diplomatic cooperation, 051 praise or endorse, 19 fight).
package petrarch
