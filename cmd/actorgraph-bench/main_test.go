package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMain lets the test binary serve as the benchmark's server process, as the
// program itself does.
func TestMain(m *testing.M) {
	if db := os.Getenv(serveEnv); db != "" {
		if err := serveStore(db, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	os.Exit(m.Run())
}

// TestSmallRun runs every benchmark on a small graph and checks that the table has a
// figure and a baseline on each row: the command keeps working between the long runs.
func TestSmallRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole benchmark on a small graph; skipped with -short")
	}
	var out bytes.Buffer
	err := run([]string{"-quads", "20000", "-articles", "40", "-growth", "5000,20000", "-rates", "200", "-duration", "500ms", "-reader-mb", "0.2", "-writes", "2000", "-camp-edges", "10000", "-root", "../..", "-dir", t.TempDir()}, &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	text := out.String()
	wants := []string{"import 20,000 quads", "Cayley CopyBatch:", "full N-Quads export", "Cayley reader:",
		"vegeta 200/s", "Cayley Gizmo:", "wrk 8 conns", "at 5,000 quads", "at 20,000 quads",
		"bulk ingest of 40 articles", "one transaction per article:", "extraction", "storage",
		"delete an article of 1,996 quads", "replace it with a new version", "ingest it again after a delete", "fresh ingest:",
		"one-statement ingest sent during the delete",
		"extract a 0.2 MB article, one core", "parse alone:", "extract a one-line article", "camps of 10,0", "union-find ("}
	if _, err := exec.LookPath("wrk"); err == nil || os.Getenv("CI") != "" {
		wants = append(wants, "no-op:", "server memory") // the rows wrk measures
	} else {
		t.Log("wrk is not installed (apt-get install wrk): its rows are left out; CI installs it")
	}
	for _, want := range wants {
		if !strings.Contains(text, want) {
			t.Errorf("the table lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "errors") {
		t.Errorf("requests failed under load:\n%s", text)
	}
}
