package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIImportSaysWhereToResume imports a file with a malformed line: whole
// transactions before it are stored, the command says how many quads and up to which
// line, and the error says which line to import again from; importing from there
// (with the line fixed) completes the graph.
func TestCLIImportSaysWhereToResume(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "g.db")
	var lines []string
	for i := range 35 {
		lines = append(lines, fmt.Sprintf(`<https://example.org/n/%d> <https://example.org/p> "v %d" .`, i, i))
	}
	good := lines[25]
	lines[25] = `<https://example.org/n/25> <https://example.org/p> .` // line 26
	file := filepath.Join(dir, "in.nq")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	importFile := func(file string) (string, error) {
		var out bytes.Buffer
		err := run(context.Background(), []string{"import", "--db", db, "--batch", "10", file}, func(string) string { return "" },
			strings.NewReader(""), &out, &bytes.Buffer{})
		return out.String(), err
	}
	out, err := importFile(file)
	if err == nil || !strings.Contains(err.Error(), "line 26") || !strings.Contains(err.Error(), "import again from line 21") {
		t.Fatalf("import with a malformed line 26: %v; want an error naming line 26 and line 21 to resume from", err)
	}
	if !strings.Contains(out, "imported 20 quads (lines 1 to 20) in 2 transactions") {
		t.Fatalf("output: %q", out)
	}
	lines[25] = good
	rest := filepath.Join(dir, "rest.nq")
	if err := os.WriteFile(rest, []byte(strings.Join(lines[20:], "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := importFile(rest); err != nil || !strings.Contains(out, "imported 15 quads (lines 1 to 15) in 2 transactions") {
		t.Fatalf("importing the rest: %q, %v", out, err)
	}
	var export bytes.Buffer
	if err := run(context.Background(), []string{"export", "--db", db, "--format", "nquads"}, func(string) string { return "" },
		strings.NewReader(""), &export, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(export.String(), "\n"); n != 35 {
		t.Errorf("%d quads in the graph, want 35:\n%s", n, export.String())
	}
}
