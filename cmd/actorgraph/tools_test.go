package main

import (
	"os"
	"os/exec"
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

// needPython returns python3 when it can import the given modules (rdflib, networkx).
func needPython(t *testing.T, install string, modules ...string) string {
	t.Helper()
	python := needTool(t, install, "python3")
	for _, m := range modules {
		if err := exec.Command(python, "-c", "import "+m).Run(); err != nil {
			missing(t, "python3 cannot import "+m+" ("+install+")")
		}
	}
	return python
}

// missing skips the test, or fails it under CI.
func missing(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s; CI installs it in .ci/run", why)
	}
	t.Skipf("%s; skipped (it would fail under CI)", why)
}
