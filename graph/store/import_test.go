package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestImportStoresWholeBatches stops imports in the middle, on a malformed line and on
// a failed read, and checks that only the batches before are stored, that the result
// says how many quads and batches and up to which line, and that progress was told of
// each batch as it was stored.
func TestImportStoresWholeBatches(t *testing.T) {
	var text strings.Builder
	for i := range 25 {
		fmt.Fprintf(&text, "<https://example.org/n/%d> <https://example.org/p> \"v %d\" .\n", i, i)
		if i == 3 {
			text.WriteString("# a comment, and a blank line\n\n") // lines count, quads do not
		}
	}
	good := text.String() // 27 lines
	tests := []struct {
		name    string
		input   io.Reader
		want    graph.ImportResult
		wantErr string
	}{
		{"all of it", strings.NewReader(good), graph.ImportResult{Quads: 25, Batches: 4, Lines: 27}, ""},
		{"a malformed line", strings.NewReader(good + "<https://example.org/x> <p> .\n" + good), graph.ImportResult{Quads: 21, Batches: 3, Lines: 23}, "line 28"},
		{"a read that fails", io.MultiReader(strings.NewReader(good), failing{}), graph.ImportResult{Quads: 21, Batches: 3, Lines: 23}, "line 28: the connection broke"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			var told []graph.ImportResult
			res, err := s.Import(context.Background(), tt.input, 7, func(r graph.ImportResult) { told = append(told, r) })
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("error %v, want one with %q", err, tt.wantErr)
			}
			if res != tt.want {
				t.Errorf("result %+v, want %+v", res, tt.want)
			}
			if n, _ := s.Stats(context.Background()); n != int64(tt.want.Quads) {
				t.Errorf("%d quads stored, the result says %d", n, tt.want.Quads)
			}
			if len(told) != tt.want.Batches || len(told) > 0 && told[len(told)-1] != res {
				t.Errorf("progress told %+v; want each of %d batches, ending with the result", told, tt.want.Batches)
			}
		})
	}
}

type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, errors.New("the connection broke") }
