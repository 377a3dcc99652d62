package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// corpusDir holds the annotated articles whose text makes the reader's input.
const corpusDir = "testdata/corpus"

// benchReader runs the actorgraph binary, as a user does, on one core: "actorgraph
// extract" on an article of c.readerMB megabytes and on fractions of it (time should
// grow with size, not faster), against "actorgraph parse" on the same file (the tagger
// and parser alone, the floor under the reader's cost); and "actorgraph extract" on a
// one-line article, start-up included, against "actorgraph parse" on the same line.
func benchReader(c *config, t *table) error {
	if c.readerMB <= 0 {
		return nil
	}
	bin := filepath.Join(c.dir, "actorgraph")
	build := exec.Command("go", "build", "-o", bin, "./cmd/actorgraph")
	build.Dir = c.root
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("building actorgraph (run from the repository root): %v\n%s", err, out)
	}
	body, err := corpusText(filepath.Join(c.root, corpusDir))
	if err != nil {
		return err
	}
	sizes := []float64{c.readerMB / 8, c.readerMB / 2, c.readerMB}
	for i, mb := range sizes {
		file := filepath.Join(c.dir, fmt.Sprintf("article-%d.txt", i))
		size, err := writeArticle(file, body, int(mb*(1<<20)))
		if err != nil {
			return err
		}
		ours, err := runOnOneCore(bin, "extract", file)
		if err != nil {
			return err
		}
		var out struct{ Sentences int }
		if err := json.Unmarshal(ours.stdout, &out); err != nil {
			return fmt.Errorf("reading extract's output: %w", err)
		}
		n := float64(out.Sentences)
		base, err := runOnOneCore(bin, "parse", file)
		if err != nil {
			return err
		}
		t.row(fmt.Sprintf("extract a %.1f MB article, one core", float64(size)/(1<<20)),
			fmt.Sprintf("%s (%s sentences), RSS %d MB", rate(n, ours.wall, "sentences/s"), count(out.Sentences), ours.rssMB),
			"parse alone: "+rate(n, base.wall, "sentences/s"), ratio(base.wall.Seconds(), ours.wall.Seconds()))
	}
	line := filepath.Join(c.dir, "one-line.txt")
	if err := os.WriteFile(line, []byte("Iran backs the Houthis in Yemen.\n"), 0o644); err != nil {
		return err
	}
	ours, err := medianRun(bin, "extract", line)
	if err != nil {
		return err
	}
	base, err := medianRun(bin, "parse", line)
	if err != nil {
		return err
	}
	t.row("extract a one-line article, start-up included (median of 5)", ours.Round(time.Millisecond).String(),
		"parse alone: "+base.Round(time.Millisecond).String(), ratio(base.Seconds(), ours.Seconds()))
	return nil
}

// corpusText joins the bodies of the corpus articles, front matter left out.
func corpusText(dir string) (string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return "", fmt.Errorf("no articles in %s (run from the repository root, or give -root)", dir)
	}
	var parts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		text := string(data)
		if strings.HasPrefix(text, "---\n") {
			if i := strings.Index(text[4:], "\n---\n"); i >= 0 {
				text = text[4+i+5:]
			}
		}
		parts = append(parts, strings.TrimSpace(text))
	}
	return strings.Join(parts, "\n\n"), nil
}

// writeArticle writes one article of at least size bytes: the body repeated, under
// one front matter. It returns the size written.
func writeArticle(file, body string, size int) (int, error) {
	var b bytes.Buffer
	b.WriteString("---\ntitle: \"Reports from many wars\"\ndate: 2021-01-01\n---\n")
	for b.Len() < size {
		b.WriteString(body)
		b.WriteString("\n\n")
	}
	return b.Len(), os.WriteFile(file, b.Bytes(), 0o644)
}

type processRun struct {
	wall   time.Duration
	rssMB  int64
	stdout []byte
}

// runOnOneCore runs "bin cmd file" pinned to one core (taskset where it is installed,
// and GOMAXPROCS=1 in any case), with its wall time and peak RSS.
func runOnOneCore(bin, cmd, file string) (processRun, error) {
	args := []string{bin, cmd, file}
	if ts, err := exec.LookPath("taskset"); err == nil {
		args = append([]string{ts, "-c", "0"}, args...)
	}
	p := exec.Command(args[0], args[1:]...)
	p.Env = append(os.Environ(), "GOMAXPROCS=1")
	var out, errs bytes.Buffer
	p.Stdout, p.Stderr = &out, &errs
	start := time.Now()
	if err := p.Run(); err != nil {
		return processRun{}, fmt.Errorf("actorgraph %s: %v: %s", cmd, err, errs.String())
	}
	r := processRun{wall: time.Since(start), stdout: out.Bytes()}
	if u, ok := p.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.rssMB = u.Maxrss >> 10
	}
	return r, nil
}

// medianRun is the median wall time of five runs of "bin cmd file" on one core.
func medianRun(bin, cmd, file string) (time.Duration, error) {
	var walls []time.Duration
	for range 5 {
		r, err := runOnOneCore(bin, cmd, file)
		if err != nil {
			return 0, err
		}
		walls = append(walls, r.wall)
	}
	slices.Sort(walls)
	return walls[2], nil
}
