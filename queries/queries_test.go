package queries

import (
	"errors"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestSavedQueriesParse(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 6 {
		t.Fatalf("%d saved queries", len(all))
	}
	for _, q := range all {
		if !strings.Contains(q.Source, "params.") && len(q.Params) > 0 {
			t.Errorf("%s declares parameters it never reads", q.Name)
		}
	}
}

func TestParseAndBind(t *testing.T) {
	tests := []struct {
		name, src, wantErr string
	}{
		{"ok", "// name: x\n// description: d\n// param: a node The actor.\ng.V(params.a).All()", ""},
		{"no name", "// description: d\ng.V().All()", "needs a name"},
		{"bad param kind", "// name: x\n// description: d\n// param: a number\n", "param"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Parse("x.gizmo", tt.src)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := q.Bind(map[string]string{"a": "haftar"}); err != nil {
				t.Error(err)
			}
			if err := q.Bind(map[string]string{}); !errors.Is(err, graph.ErrInvalid) {
				t.Errorf("missing parameter: %v", err)
			}
			if err := q.Bind(map[string]string{"a": "x", "b": "y"}); !errors.Is(err, graph.ErrInvalid) {
				t.Errorf("unknown parameter: %v", err)
			}
		})
	}
	if _, err := Get("nope"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("unknown query: %v", err)
	}
}
