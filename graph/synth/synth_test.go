package synth

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"
)

// The same seed gives the same graph; another seed another; every line parses.
func TestWriteNQuadsDeterministic(t *testing.T) {
	var a, b, c bytes.Buffer
	n, err := WriteNQuads(&a, 5000, 7)
	if err != nil || n < 5000 {
		t.Fatalf("wrote %d quads, %v", n, err)
	}
	if _, err := WriteNQuads(&b, 5000, 7); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteNQuads(&c, 5000, 8); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("the same seed gave different graphs")
	}
	if a.String() == c.String() {
		t.Fatal("different seeds gave the same graph")
	}
	r := nquads.NewReader(&a, false)
	count := 0
	for {
		if _, err := r.ReadQuad(); err != nil {
			if err != io.EOF {
				t.Fatalf("quad %d: %v", count+1, err)
			}
			break
		}
		count++
	}
	if count != n {
		t.Fatalf("read %d quads back, wrote %d", count, n)
	}
}

// Articles are deterministic too, each with front matter and a distinct id.
func TestWriteArticlesDeterministic(t *testing.T) {
	d1, d2 := t.TempDir(), t.TempDir()
	if err := WriteArticles(d1, 20, 50, 3); err != nil {
		t.Fatal(err)
	}
	if err := WriteArticles(d2, 20, 50, 3); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(d1, "*.txt"))
	if len(files) != 20 {
		t.Fatalf("%d files, want 20", len(files))
	}
	for _, f := range files {
		a, _ := os.ReadFile(f)
		b, _ := os.ReadFile(filepath.Join(d2, filepath.Base(f)))
		if !bytes.Equal(a, b) {
			t.Fatalf("%s differs between two runs with one seed", filepath.Base(f))
		}
		if !strings.HasPrefix(string(a), "---\nid: "+strings.TrimSuffix(filepath.Base(f), ".txt")+"\n") {
			t.Fatalf("%s: front matter missing or id wrong:\n%.80s", f, a)
		}
	}
}
