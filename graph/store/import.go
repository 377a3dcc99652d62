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
// quads. Labels and alternative labels of imported nodes are indexed like extracted
// ones, so that every endpoint finds an imported actor by any of its names.
//
// It stores whole batches only. When it stops early (a malformed line, a failed read:
// the client went away, a size limit was reached; a cancelled context; a failed
// write) the batches before are stored and the one it was reading is not; the result
// says how many quads and batches were stored and up to which line of the input, so
// that the rest can be sent again from the next line, and the error says where it
// stopped and why. progress, if not nil, is called after each batch is stored, with
// the totals so far.
//
// Parsing runs ahead of writing, one batch at a time, so that the two share the
// machine's cores.
func (s *Store) Import(ctx context.Context, r io.Reader, batch int, progress func(graph.ImportResult)) (graph.ImportResult, error) {
	if batch <= 0 {
		batch = DefaultImportBatch
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan parsed, 1)
	go func() {
		defer close(batches)
		parseBatches(ctx, r, batch, batches)
	}()
	var res graph.ImportResult
	for b := range batches {
		if b.err != nil {
			return res, b.err
		}
		if err := s.writeBatch(ctx, b.quads); err != nil {
			return res, &graph.Error{Op: "import", Name: fmt.Sprintf("lines %d to %d", res.Lines+1, b.last), Err: err}
		}
		res.Batches++
		res.Quads += b.read
		res.Lines = b.last
		if progress != nil {
			progress(res)
		}
	}
	if err := ctx.Err(); err != nil {
		return res, &graph.Error{Op: "import", Name: fmt.Sprintf("after line %d", res.Lines), Err: err}
	}
	return res, nil
}

// DefaultImportBatch is the number of quads Import writes in one transaction unless
// told otherwise: large batches cost fewer commits, each rewriting fewer index pages
// per quad.
const DefaultImportBatch = 100_000

// parsed is one batch of quads read from an import, or the error that ended it.
type parsed struct {
	quads []quad.Quad
	read  int // quads read from the input (quads also holds the name keys added)
	last  int // the line of the input the batch ends with
	err   error
}

// parseBatches reads N-Quads from r and sends them in batches of at least batch quads;
// the last message carries the error that stopped it, if any, and then the batch it
// was filling is not sent.
func parseBatches(ctx context.Context, r io.Reader, batch int, out chan<- parsed) {
	send := func(p parsed) bool {
		select {
		case out <- p:
			return true
		case <-ctx.Done():
			return false
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	var cur parsed
	line := 0
	for sc.Scan() {
		line++
		cur.last = line
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		q, err := nquads.Parse(text)
		if err == nil && !q.IsValid() {
			err = fmt.Errorf("incomplete quad")
		}
		if err != nil {
			send(parsed{err: &graph.Error{Op: "import", Name: fmt.Sprintf("line %d", line), Err: graph.Invalidf("%v: %.100s", err, text)}})
			return
		}
		cur.quads = append(cur.quads, q)
		cur.read++
		if p := q.Predicate; p == iri(graph.RDFSLabel) || p == iri(graph.SKOSAlt) {
			if name := literal(q.Object); name != "" {
				cur.quads = append(cur.quads, quad.Quad{Subject: q.Subject, Predicate: iri(graph.PropName), Object: quad.String(graph.NameKey(name)), Label: q.Label})
			}
		}
		if len(cur.quads) >= batch {
			if !send(cur) {
				return
			}
			cur = parsed{quads: make([]quad.Quad, 0, batch+batch/8)}
		}
	}
	switch err := sc.Err(); {
	case err == bufio.ErrTooLong:
		send(parsed{err: &graph.Error{Op: "import", Name: fmt.Sprintf("line %d", line+1), Err: graph.Invalidf("line longer than 16 MiB")}})
	case err != nil:
		send(parsed{err: &graph.Error{Op: "import", Name: fmt.Sprintf("line %d", line+1), Err: err}})
	case len(cur.quads) > 0:
		send(cur)
	}
}

// writeBatch stores one batch of imported quads in one transaction; quads already
// stored are skipped.
func (s *Store) writeBatch(ctx context.Context, quads []quad.Quad) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	deltas := make([]cgraph.Delta, len(quads))
	for i, q := range quads {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	s.write.Lock()
	defer s.write.Unlock()
	s.gate.Lock()
	defer s.gate.Unlock()
	if err := s.settle(); err != nil {
		return err
	}
	err := s.cayley().ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true})
	s.forgetNodes()
	if err != nil {
		return s.writeFailed(fmt.Errorf("store: import: %w", err))
	}
	return nil
}
