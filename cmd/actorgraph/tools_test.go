package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// needTool returns the path of an outside program a test needs. Where it is missing
// the test is skipped with the program's name and how to install it, so that `go test
// ./...` passes on a machine with Go alone; under CI (CI set) it fails instead, so that
// CI never skips in silence.
func needTool(t *testing.T, install string, names ...string) string {
	t.Helper()
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	missing(t, names[0]+" is not installed ("+install+")")
	return ""
}

// needPython returns a python3 that can import the given modules (rdflib, networkx):
// the first on PATH, else the system's /usr/bin/python3 (a python3 from pyenv or a
// virtual environment may lack the system's packages).
func needPython(t *testing.T, install string, modules ...string) string {
	t.Helper()
	var candidates []string
	if p, err := exec.LookPath("python3"); err == nil {
		candidates = append(candidates, p)
	}
	candidates = append(candidates, "/usr/bin/python3")
	for _, python := range candidates {
		if exec.Command(python, "-c", "import "+strings.Join(modules, ", ")).Run() == nil {
			return python
		}
	}
	missing(t, "no python3 can import "+strings.Join(modules, " and ")+" ("+install+")")
	return ""
}

// missing skips the test, or fails it under CI.
func missing(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s; CI installs it in .ci/run", why)
	}
	t.Skipf("%s; skipped (it would fail under CI)", why)
}
