package petrarch

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// collect returns every line lines yields, as "n|body|comment".
func collect(tb testing.TB, text string) ([]string, error) {
	tb.Helper()
	var out []string
	l := lines{text: text}
	for {
		body, comment, ok := l.next()
		if !ok {
			break
		}
		out = append(out, strings.Join([]string{itoa(l.n), body, comment}, "|"))
	}
	return out, l.err
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestLines(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string
		wantErr error
	}{
		{
			name: "hash comments and blank lines",
			text: "# header\nA_B  # note\n\n   \t\n+C\r\n",
			want: []string{"2|A_B  |note", "5|+C|"},
		},
		{
			name: "xml comments on one line and across lines",
			text: "<!-- one -->\nX <!-- mid --> Y\n<!-- start\nstill\nend -->Z\nW",
			want: []string{"2|X  Y|", "5|Z|", "6|W|"},
		},
		{
			name: "a line starting <! that opens no comment is skipped",
			text: "<!DOCTYPE x>\nA",
			want: []string{"2|A|"},
		},
		{
			name:    "an unclosed xml comment",
			text:    "A\n<!-- never",
			want:    []string{"1|A|"},
			wantErr: errUnclosedComment,
		},
		{
			name: "no final newline",
			text: "A",
			want: []string{"1|A|"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := collect(t, tt.text)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestLinesOffset(t *testing.T) {
	text := "# c\n  AB_C # x\n<!-- a -->DE\nF<!-- b -->G\n"
	l := lines{text: text}
	var got []int
	for {
		body, _, ok := l.next()
		if !ok {
			break
		}
		if l.off >= 0 && text[l.off:l.off+len(body)] != body {
			t.Errorf("line %d: offset %d does not hold %q", l.n, l.off, body)
		}
		got = append(got, l.off)
	}
	if want := []int{4, 25, -1}; !reflect.DeepEqual(got, want) {
		t.Errorf("offsets %v, want %v", got, want)
	}
}

func TestPhrase(t *testing.T) {
	tests := map[string]string{
		"ABDEL_FATTAH_EL_SISI":       "ABDEL FATTAH EL SISI",
		"SISI_":                      "SISI",
		"X_Y__":                      "X Y",
		"  MONUC INDIAN_CONTINGENT_": "MONUC INDIAN CONTINGENT",
		"A \t B":                     "A B",
		"PLAIN":                      "PLAIN",
		"_":                          "",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got := phrase(in); got != want {
				t.Errorf("phrase(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func TestPlural(t *testing.T) {
	tests := map[string]string{
		"REBEL":            "REBELS",
		"MILITIA":          "MILITIAS",
		"ARMY":             "ARMIES",
		"ENVOY":            "ENVOYS",
		"WITNESS":          "WITNESSES",
		"BUS":              "BUSES",
		"TAX":              "TAXES",
		"CHURCH":           "CHURCHES",
		"FOREIGN MINISTER": "FOREIGN MINISTERS",
		"tear gas":         "tear gases",
		"GEN.":             "",
		"":                 "",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got := plural(in); got != want {
				t.Errorf("plural(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

// TestSpacedLower checks the eight-bytes-at-a-time lowering against the plain rule for
// every byte value, at every position of a word.
func TestSpacedLower(t *testing.T) {
	plain := func(s string) (string, string) {
		sp := []byte(s)
		lo := []byte(s)
		for i, c := range sp {
			if c == '_' {
				sp[i], lo[i] = ' ', ' '
			} else if c >= 'A' && c <= 'Z' {
				lo[i] = c + 'a' - 'A'
			}
		}
		return string(sp), string(lo)
	}
	var b strings.Builder
	for c := 0; c < 256; c++ {
		b.WriteString(strings.Repeat(string([]byte{byte(c)}), 1+c%11))
	}
	for _, s := range []string{"", "A", "AZaz@[`{_", b.String(), countriesText[:5000]} {
		sp, lo := spacedLower(s)
		wantSp, wantLo := plain(s)
		if sp != wantSp || lo != wantLo {
			t.Fatalf("spacedLower(%.40q...) differs from the plain rule", s)
		}
	}
}

func TestSlab(t *testing.T) {
	var s slab[int]
	a := s.copy([]int{1, 2})
	b := s.copy([]int{3})
	a = append(a, 9) // must not overwrite b
	if b[0] != 3 || len(a) != 3 {
		t.Errorf("a = %v, b = %v", a, b)
	}
	if s.copy(nil) != nil {
		t.Error("copy(nil) != nil")
	}
	big := make([]int, 5000)
	if got := s.copy(big); len(got) != 5000 {
		t.Errorf("len = %d", len(got))
	}
}
