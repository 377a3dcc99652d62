package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph/export"
)

// TestExportFormatFlag: export --help lists every format of the export package, and
// an unknown --format fails before any store opens, naming the formats there are.
func TestExportFormatFlag(t *testing.T) {
	noenv := func(string) string { return "" }
	var help bytes.Buffer
	if err := run(context.Background(), []string{"export", "--help"}, noenv, nil, &help, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, f := range export.Formats() {
		if !strings.Contains(help.String(), "    "+f.Name+" ") {
			t.Errorf("export --help does not list %s:\n%s", f.Name, help.String())
		}
	}
	db := filepath.Join(t.TempDir(), "none", "g.db") // in no directory: opening it would fail otherwise
	err := run(context.Background(), []string{"export", "--db", db, "--format", "xml"}, noenv, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "--format") {
		t.Fatalf("--format xml: %v, want an error about --format", err)
	}
	if want := strings.Join(export.Names(), ", "); !strings.Contains(err.Error(), want) {
		t.Errorf("--format xml: %q does not list %s", err, want)
	}
}
