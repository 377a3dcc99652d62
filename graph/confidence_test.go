package graph

import (
	"errors"
	"math"
	"testing"
)

func TestParseConfidence(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"0", 0, true},
		{"1", 1, true},
		{"0.5", 0.5, true},
		{".75", 0.75, true},
		{" 0.25 ", 0.25, true},
		{"5e-1", 0.5, true},
		{"1.0000001", 0, false},
		{"-0.1", 0, false},
		{"2", 0, false},
		{"", 0, false},
		{"high", 0, false},
		{"NaN", 0, false},
		{"Inf", 0, false},
		{"0x1p-1", 0, false},
		{"0,5", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseConfidence(tt.in)
			if tt.ok && (err != nil || got != tt.want) {
				t.Errorf("ParseConfidence(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
			if !tt.ok && !errors.Is(err, ErrInvalid) {
				t.Errorf("ParseConfidence(%q) = %v, %v; want an invalid-input error", tt.in, got, err)
			}
		})
	}
	for _, c := range []float64{math.NaN(), math.Inf(-1), -1e-9, 1 + 1e-9} {
		if err := CheckConfidence(c); !errors.Is(err, ErrInvalid) {
			t.Errorf("CheckConfidence(%v) = %v, want an invalid-input error", c, err)
		}
	}
}

// TestConfidenceOfEdgesAndFilters: an edge is as sure as its surest evidence, and a
// floor admits evidence at or above it.
func TestConfidenceOfEdgesAndFilters(t *testing.T) {
	e := Edge{Evidence: []Cited{{Evidence: Evidence{Confidence: 0.4}}, {Evidence: Evidence{Confidence: 0.9}}}}
	if c := e.Confidence(); c != 0.9 {
		t.Errorf("edge confidence %v, want 0.9", c)
	}
	if c := (Edge{}).Confidence(); c != 0 {
		t.Errorf("edge without evidence: confidence %v, want 0", c)
	}
	tests := []struct {
		name   string
		floor  float64
		admits []bool // 0.9, 0.4
	}{
		{"no floor", 0, []bool{true, true}},
		{"floor 0.5", 0.5, []bool{true, false}},
		{"floor 0.95", 0.95, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Filter{MinConfidence: tt.floor}
			for i, c := range []float64{0.9, 0.4} {
				if f.Admits(c) != tt.admits[i] {
					t.Errorf("floor %v admits %v: %v, want %v", tt.floor, c, f.Admits(c), tt.admits[i])
				}
			}
			if f.IsZero() != (tt.floor == 0) {
				t.Errorf("IsZero with floor %v: %v", tt.floor, f.IsZero())
			}
		})
	}
}
