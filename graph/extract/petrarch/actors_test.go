package petrarch

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// date makes a UTC day.
func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// readActors reads an inline actor dictionary or fails the test.
func readActors(tb testing.TB, text string) []Actor {
	tb.Helper()
	actors, err := ReadActors(strings.NewReader(text), "test.actors")
	if err != nil {
		tb.Fatalf("ReadActors: %v", err)
	}
	return actors
}

// The quirks of the real files, in small.
const sampleActors = `# header comment
<!-- an XML comment
  over two lines -->
AFGHANISTAN_  [AFG]
+AFGHAN_
+TAIOAN_ +TAWIAN_

ABDEL_FATTAH_EL_SISI
+ABDEL-FATTAH_EL-SISSI
+SISI_
	[EGYMIL 770101-120812]
	[EGYGOVMIL 120812-140326]
	[EGYGOV > 140608]
	[EGYELI]
THE_ISLAMIC_STATE
+ISIL_
	[IMGMUSISI >20130408] # tighter date range	
ABN_AMRO_	[NLDGOVBUS >081004][MNCNLD]	# recoded
A.H._BELO_CORPORATION_	[MNCMED]	Newspapers/Magazines	$137,000,000
	JOHN_MCCLOY_	[IGOUNODEVWBK 470301-490630]# IGOrulers.txt
MICHELE_MONTAS_	[HTIOPPMED <061231] [IGOUNOMED]	[---]
Emanuel MORI
+US_PREsident George Bush
	[USAGOV 19820101] # entered Foreign Service
JAMES_BYRNES_  ; CountryInfo.txt
	[USAELI 18970101-450703]
ERDOĞAN
	[IRQOCC 1920030320-20060520]
	[GBRGOV >201005011]
	[KORGOVBUS 2004017-20061201]
	[ARMUNR 9008223-911221]
NULL_PHRASE_
	[---]
`

func TestReadActors(t *testing.T) {
	actors := readActors(t, sampleActors)
	byName := map[string]Actor{}
	for _, a := range actors {
		byName[a.Names[0]] = a
	}
	tests := []struct {
		name  string
		names []string
		words [][]string
		code  string
		roles []Role
		line  int
	}{
		{
			name:  "AFGHANISTAN",
			names: []string{"AFGHANISTAN", "AFGHAN", "TAIOAN", "TAWIAN"},
			words: [][]string{{"afghanistan"}, {"afghan"}, {"taioan"}, {"tawian"}},
			code:  "AFG", line: 4,
		},
		{
			name:  "ABDEL FATTAH EL SISI",
			names: []string{"ABDEL FATTAH EL SISI", "ABDEL-FATTAH EL-SISSI", "SISI"},
			words: [][]string{{"abdel", "fattah", "el", "sisi"}, {"abdel-fattah", "el-sissi"}, {"sisi"}},
			code:  "EGYELI",
			roles: []Role{
				{"EGYMIL", date(1977, 1, 1), date(2012, 8, 12)},
				{"EGYGOVMIL", date(2012, 8, 12), date(2014, 3, 26)},
				{"EGYGOV", date(2014, 6, 8), time.Time{}},
			},
			line: 8,
		},
		{
			name:  "THE ISLAMIC STATE",
			names: []string{"THE ISLAMIC STATE", "ISIL"},
			roles: []Role{{"IMGMUSISI", date(2013, 4, 8), time.Time{}}},
			line:  15,
		},
		{
			name:  "ABN AMRO",
			code:  "MNCNLD",
			roles: []Role{{"NLDGOVBUS", date(2008, 10, 4), time.Time{}}},
			line:  18,
		},
		{name: "A.H. BELO CORPORATION", code: "MNCMED", line: 19},
		{
			name:  "JOHN MCCLOY",
			roles: []Role{{"IGOUNODEVWBK", date(1947, 3, 1), date(1949, 6, 30)}},
			line:  20,
		},
		{
			name:  "MICHELE MONTAS",
			code:  "IGOUNOMED", // the first undated code counts
			roles: []Role{{"HTIOPPMED", time.Time{}, date(2006, 12, 31)}},
			line:  21,
		},
		{
			name:  "Emanuel MORI",
			names: []string{"Emanuel MORI", "US PREsident George Bush"},
			words: [][]string{{"emanuel", "mori"}, {"us", "president", "george", "bush"}},
			roles: []Role{{"USAGOV", date(1982, 1, 1), time.Time{}}},
			line:  22,
		},
		{
			name:  "JAMES BYRNES",
			roles: []Role{{"USAELI", date(1897, 1, 1), date(1945, 7, 3)}},
			line:  25,
		},
		{
			name:  "ERDOĞAN",
			words: [][]string{{"erdoğan"}},
			roles: []Role{
				{"IRQOCC", date(2003, 3, 20), date(2006, 5, 20)},
				{"GBRGOV", date(2010, 5, 1), time.Time{}},
				{"KORGOVBUS", date(2004, 1, 7), date(2006, 12, 1)},
				{"ARMUNR", date(1990, 8, 22), date(1991, 12, 21)},
			},
			line: 27,
		},
		{name: "NULL PHRASE", code: "---", line: 32},
	}
	if len(actors) != len(tests) {
		t.Errorf("read %d actors, want %d", len(actors), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := byName[tt.name]
			if !ok {
				t.Fatalf("no actor %q", tt.name)
			}
			if tt.names != nil && !reflect.DeepEqual(a.Names, tt.names) {
				t.Errorf("Names = %q, want %q", a.Names, tt.names)
			}
			if tt.words != nil && !reflect.DeepEqual(a.Words[:len(tt.words)], tt.words) {
				t.Errorf("Words = %q, want %q", a.Words, tt.words)
			}
			if len(a.Words) != len(a.Names) {
				t.Errorf("%d word lists for %d names", len(a.Words), len(a.Names))
			}
			if a.Code != tt.code {
				t.Errorf("Code = %q, want %q", a.Code, tt.code)
			}
			if !reflect.DeepEqual(a.Roles, tt.roles) {
				t.Errorf("Roles = %+v\nwant %+v", a.Roles, tt.roles)
			}
			if a.Line != tt.line {
				t.Errorf("Line = %d, want %d", a.Line, tt.line)
			}
		})
	}
}

func TestRoleAt(t *testing.T) {
	actors := readActors(t, sampleActors)
	find := func(tb testing.TB, name string) *Actor {
		tb.Helper()
		for i := range actors {
			if actors[i].Names[0] == name {
				return &actors[i]
			}
		}
		tb.Fatalf("no actor %q", name)
		return nil
	}
	sisi := find(t, "ABDEL FATTAH EL SISI")
	tests := []struct {
		name   string
		actor  *Actor
		at     time.Time
		want   string
		wantOK bool
	}{
		{"president", sisi, date(2020, 6, 6), "EGYGOV", true},
		{"late in the day counts", sisi, time.Date(2014, 3, 26, 23, 59, 0, 0, time.UTC), "EGYGOVMIL", true},
		{"a shared end day goes to the first role", sisi, date(2012, 8, 12), "EGYMIL", true},
		{"between roles the default code", sisi, date(2014, 5, 1), "EGYELI", true},
		{"before any role the default code", sisi, date(1950, 1, 1), "EGYELI", true},
		{"an open start", find(t, "MICHELE MONTAS"), date(2000, 1, 1), "HTIOPPMED", true},
		{"no code at all", find(t, "THE ISLAMIC STATE"), date(2010, 1, 1), "", false},
		{"the null code is no role", find(t, "NULL PHRASE"), date(2010, 1, 1), "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := tt.actor.RoleAt(tt.at)
			if r.Code != tt.want || ok != tt.wantOK {
				t.Errorf("RoleAt(%s) = %q, %v; want %q, %v", tt.at.Format(time.DateOnly), r.Code, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Time
		wantErr bool
	}{
		{in: "140608", want: date(2014, 6, 8)},
		{in: "300101", want: date(2030, 1, 1)},
		{in: "310101", want: date(1931, 1, 1)},
		{in: "20130408", want: date(2013, 4, 8)},
		{in: "18970101", want: date(1897, 1, 1)},
		{in: "20120229", want: date(2012, 2, 29)},
		{in: "1920030320", want: date(2003, 3, 20)},
		{in: "201005011", want: date(2010, 5, 1)},
		{in: "2004017", want: date(2004, 1, 7)},
		{in: "9008223", want: date(1990, 8, 22)},
		{in: "20100229", wantErr: true},
		{in: "201313", wantErr: true},
		{in: "14O608", wantErr: true},
		{in: "1406", wantErr: true},
		{in: "", wantErr: true},
		{in: "12345678901", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseDate(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if !got.Equal(tt.want) {
				t.Errorf("parseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestReadActorsErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		line int
		msg  string
	}{
		{"restriction first", "\t[EGYGOV]\n", 1, "before any actor"},
		{"synonym first", "# c\n+SISI\n", 2, "before any actor"},
		{"unclosed bracket", "SISI\n\t[EGYGOV 140608\n", 2, "without ']'"},
		{"bad date", "SISI\n\t[EGYGOV >14O608]\n", 2, "not all digits"},
		{"impossible date", "SISI [EGY 20100231-20110101]\n", 1, "does not exist"},
		{"empty code", "SISI\n\t[ ]\n", 2, "without a code"},
		{"text after a restriction", "SISI\n\t[EGYGOV] extra\n", 2, "after a restriction"},
		{"empty synonym", "SISI\n+_\n", 2, "empty phrase"},
		{"unclosed comment", "SISI\n<!-- no end\n", 2, "never closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadActors(strings.NewReader(tt.text), "x.actors")
			var le *LineError
			if !errors.As(err, &le) {
				t.Fatalf("err = %v, want a *LineError", err)
			}
			if le.Name != "x.actors" || le.Line != tt.line || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %v, want x.actors:%d: ...%s...", err, tt.line, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "x.actors:"+itoa(tt.line)+": ") {
				t.Errorf("err = %q does not start with file:line", err)
			}
		})
	}
}

// errReader fails on first read.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadActorsReadError(t *testing.T) {
	_, err := ReadActors(errReader{}, "x.actors")
	if err == nil || !strings.Contains(err.Error(), "x.actors") || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("err = %v", err)
	}
}

// TestReadActorsBareSynonyms: the Countries file lists a person's other names on lines
// of their own, without '+', before the record's dated roles; they are one record.
func TestReadActorsBareSynonyms(t *testing.T) {
	actors := readActors(t, `BORIS_YELTSIN_  # CountryInfo.txt
BORIS_N._YELTSIN
PRESIDENT_YELTSIN
	[RUSELI 490101-910710]
	[RUSGOV 910710-991231]
VLADIMIR_PUTIN_  # CountryInfo.txt
	[RUSGOV 000101-080507]
ALGERIA_  [DZA]
ALGERIAN_
`)
	if len(actors) != 4 {
		t.Fatalf("%d records, want 4: %+v", len(actors), actors)
	}
	y := actors[0]
	if want := []string{"BORIS YELTSIN", "BORIS N. YELTSIN", "PRESIDENT YELTSIN"}; !reflect.DeepEqual(y.Names, want) {
		t.Errorf("names %q, want %q", y.Names, want)
	}
	if r, ok := y.RoleAt(date(1999, time.April, 29)); !ok || r.Code != "RUSGOV" {
		t.Errorf("Yeltsin in April 1999: %+v %v", r, ok)
	}
	if actors[1].Names[0] != "VLADIMIR PUTIN" || len(actors[1].Roles) != 1 {
		t.Errorf("Putin: %+v", actors[1])
	}
	// a record with a code of its own is closed: the next line starts another
	if actors[2].Names[0] != "ALGERIA" || actors[3].Names[0] != "ALGERIAN" {
		t.Errorf("Algeria: %+v %+v", actors[2], actors[3])
	}
}
