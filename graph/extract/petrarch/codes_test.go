package petrarch

import (
	"reflect"
	"testing"
)

func TestParseCode(t *testing.T) {
	tests := []struct {
		in   string
		want Code
	}{
		{"EGYGOVMIL", Code{Country: "EGY", Types: []string{"GOV", "MIL"}}},
		{"EGY", Code{Country: "EGY"}},
		{"IGOUNO", Code{Types: []string{"IGO", "UNO"}}},
		{"IGOEUREEC", Code{Types: []string{"IGO", "EUR", "EEC"}}},
		{"IMGMUSISI", Code{Types: []string{"IMG", "MUS", "ISI"}}},
		{"NGO", Code{Types: []string{"NGO"}}},
		{"MEAREB", Code{Country: "MEA", Types: []string{"REB"}}},
		{"SUNRUSLEG", Code{Country: "SUN", Types: []string{"RUS", "LEG"}}},
		{"KKLREB", Code{Types: []string{"KKL", "REB"}}},
		{"NGOTZACHRPRO214", Code{Types: []string{"NGO", "TZA", "CHR", "PRO", "214"}}},
		{"~GOVPRS", Code{Types: []string{"GOV", "PRS"}}},
		{"NGO~", Code{Types: []string{"NGO"}}},
		{"USAGOVX", Code{Country: "USA", Types: []string{"GOV", "X"}}},
		{"---", Code{}},
		{"", Code{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ParseCode(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseCode(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
	c := ParseCode("EGYGOVMIL")
	if !c.Has("MIL") || c.Has("EGY") || c.String() != "EGYGOVMIL" {
		t.Errorf("Has/String of %+v", c)
	}
}

func TestPlaces(t *testing.T) {
	m, err := readPlaces(placesTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(m) < 290 {
		t.Errorf("only %d places", len(m))
	}
	tests := map[string]string{"EGY": "Egypt", "MEA": "Middle East", "SUN": "Soviet Union", "SSD": "South Sudan"}
	for code, want := range tests {
		if got, ok := PlaceName(code); !ok || got != want {
			t.Errorf("PlaceName(%q) = %q, %v; want %q", code, got, ok, want)
		}
	}
	for _, code := range []string{"GOV", "MIL", "REB", "IGO", "NGO", "IMG", "KKL", "COP", "SPY", "JUD", "LEG", "PTY", "ELI", "MED", "HRI", "UAF", "OPP"} {
		if _, ok := PlaceName(code); ok {
			t.Errorf("%s is a role type, not a place", code)
		}
	}
	for _, bad := range []string{"XX\tname\tcountry\n", "ABC\tname\tplanet\n", "ABC\tA\tcountry\nABC\tB\tcountry\n", "ABC\tname\n"} {
		if _, err := readPlaces(bad); err == nil {
			t.Errorf("readPlaces(%q) succeeded", bad)
		}
	}
}

func TestParseEventCode(t *testing.T) {
	tests := []struct {
		in      string
		want    EventCode
		str     string
		wantErr bool
	}{
		{in: "051", want: EventCode{Active: "051"}, str: "051"},
		{in: "[051]", want: EventCode{Active: "051"}, str: "051"},
		{in: "0831", want: EventCode{Active: "0831"}, str: "0831"},
		{in: "042:043", want: EventCode{Active: "042", Passive: "043"}, str: "042:043"},
		{in: "062:062", want: EventCode{Active: "062", Passive: "062"}, str: "062:062"},
		{in: ":051", want: EventCode{Passive: "051"}, str: ":051"},
		{in: "080!", want: EventCode{Active: "080", Bang: true}, str: "080!"},
		{in: "---", want: EventCode{}, str: "---"},
		{in: " [ 020 ] ", want: EventCode{Active: "020"}, str: "020"},
		{in: "", wantErr: true},
		{in: "s", wantErr: true},
		{in: "1", wantErr: true},
		{in: "12345", wantErr: true},
		{in: "05a", wantErr: true},
		{in: "042:x", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseEventCode(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if got != tt.want || got.String() != tt.str {
				t.Errorf("ParseEventCode(%q) = %+v (%s), want %+v (%s)", tt.in, got, got, tt.want, tt.str)
			}
		})
	}
	if !(EventCode{}).IsNull() || (EventCode{Passive: "051"}).IsNull() {
		t.Error("IsNull")
	}
}
