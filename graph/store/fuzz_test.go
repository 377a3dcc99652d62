package store

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

// FuzzImport imports arbitrary text as N-Quads into a real store: it must never panic,
// must reject malformed input as invalid input naming a line, and what it accepts must
// export again.
//
//	go test ./graph/store -run XXX -fuzz FuzzImport -fuzztime 5m
func FuzzImport(f *testing.F) {
	f.Add("<https://w3id.org/actorgraph/actor/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n")
	f.Add("<a> <b> <c> <d> .\n# comment\n\n_:x <p> \"lit\"@en .\n")
	f.Add("<a> <b> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n<broken")
	f.Add("<a> <b> \"esc \\\" \\n \\u00e9\" .\n")
	s, err := Open(filepath.Join(f.TempDir(), "fuzz.db"), Options{})
	if err != nil {
		f.Fatal(err)
	}
	closeAtEnd(f, s)
	f.Fuzz(func(t *testing.T, text string) {
		ctx := context.Background()
		_, err := s.Import(ctx, strings.NewReader(text), 7, nil)
		if err != nil && !errors.Is(err, graph.ErrInvalid) {
			t.Fatalf("import failed other than on bad input: %v", err)
		}
		if err != nil && !strings.Contains(err.Error(), "line ") {
			t.Fatalf("error names no line: %v", err)
		}
		var sb strings.Builder
		if err := export.Write(ctx, &sb, "nquads", s, graph.Filter{}); err != nil {
			t.Fatalf("export after import: %v", err)
		}
	})
}

// FuzzQueryParams passes arbitrary parameter values to a Gizmo query and checks they
// arrive as the same data: a parameter can never change the query.
//
//	go test ./graph/store -run XXX -fuzz FuzzQueryParams -fuzztime 5m
func FuzzQueryParams(f *testing.F) {
	for _, v := range []string{"haftar", `"); g.V().All(); ("`, "</script>", "\u2028\u2029", `\"`, "${x}", "'", "\x00"} {
		f.Add(v)
	}
	s, err := Open(filepath.Join(f.TempDir(), "fuzz.db"), Options{})
	if err != nil {
		f.Fatal(err)
	}
	closeAtEnd(f, s)
	f.Fuzz(func(t *testing.T, v string) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		res, err := s.Query(ctx, "gizmo", `g.Emit(params.v)`, map[string]string{"v": v}, graph.QueryLimits{Results: 10})
		if !utf8.ValidString(v) {
			if !errors.Is(err, graph.ErrInvalid) {
				t.Fatalf("parameter %q is not UTF-8 yet was accepted: %v", v, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("query with parameter %q: %v", v, err)
		}
		var got string
		if len(res.Results) != 1 || json.Unmarshal(res.Results[0], &got) != nil || got != v {
			t.Fatalf("parameter %q came back as %s", v, res.Results)
		}
	})
}
