package store

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/actorgraph/actorgraph/graph"
)

// Import reads N-Quads (or N-Triples) from r and writes them in transactions of batch
// quads. A malformed line stops the import with its line number; the batches before it
// are stored, the one it falls in is not. Labels and alternative labels of imported
// nodes are indexed like extracted ones, so that every endpoint finds an imported actor
// by any of its names.
func (s *Store) Import(ctx context.Context, r io.Reader, batch int) (graph.ImportResult, error) {
	if batch <= 0 {
		batch = 10000
	}
	var res graph.ImportResult
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	var pending []quad.Quad
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		deltas := make([]cgraph.Delta, len(pending))
		for i, q := range pending {
			deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
		}
		s.write.Lock()
		s.gate.Lock()
		err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true})
		s.forgetNodes()
		s.gate.Unlock()
		s.write.Unlock()
		if err != nil {
			return fmt.Errorf("store: import: %w", err)
		}
		res.Batches++
		pending = pending[:0]
		return nil
	}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		q, err := nquads.Parse(text)
		if err != nil {
			return res, &graph.Error{Op: "import", Name: fmt.Sprintf("line %d", line), Err: graph.Invalidf("%v: %.100s", err, text)}
		}
		if !q.IsValid() {
			return res, &graph.Error{Op: "import", Name: fmt.Sprintf("line %d", line), Err: graph.Invalidf("incomplete quad: %.100s", text)}
		}
		pending = append(pending, q)
		res.Quads++
		if p := q.Predicate; p == iri(graph.RDFSLabel) || p == iri(graph.SKOSAlt) {
			if name := literal(q.Object); name != "" {
				pending = append(pending, quad.Quad{Subject: q.Subject, Predicate: iri(graph.PropName), Object: quad.String(graph.NameKey(name)), Label: q.Label})
			}
		}
		if len(pending) >= batch {
			if err := flush(); err != nil {
				return res, err
			}
		}
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return res, &graph.Error{Op: "import", Name: fmt.Sprintf("line %d", line+1), Err: graph.Invalidf("line longer than 16 MiB")}
		}
		return res, fmt.Errorf("store: import: %w", err)
	}
	return res, flush()
}
