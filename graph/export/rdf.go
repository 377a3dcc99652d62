package export

import (
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
)

// NQuads writes the quads as N-Quads, one line each, as they come.
func NQuads(w io.Writer, quads Stream[quad.Quad]) error {
	qw := nquads.NewWriter(w)
	if err := quads(qw.WriteQuad); err != nil {
		return err
	}
	return qw.Close()
}

// NTriples writes the triples of the quads as N-Triples: labels dropped, each triple
// once. The triples written are remembered, so memory grows with their number.
func NTriples(w io.Writer, quads Stream[quad.Quad]) error {
	seen := map[string]bool{}
	qw := nquads.NewWriter(w)
	err := quads(func(q quad.Quad) error {
		q.Label = nil
		if k := q.NQuad(); !seen[k] {
			seen[k] = true
			return qw.WriteQuad(q)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return qw.Close()
}

// JSONLD writes the quads as JSON-LD with Cayley's writer, which gathers them before
// it writes.
func JSONLD(w io.Writer, quads Stream[quad.Quad]) error {
	qw := jsonld.NewWriter(w)
	if err := quads(qw.WriteQuad); err != nil {
		return err
	}
	return qw.Close()
}

// WriteNQuads writes quads held in memory as N-Quads.
func WriteNQuads(w io.Writer, qs []quad.Quad) error {
	return NQuads(w, Slice(qs))
}

// Slice streams the items of a slice.
func Slice[T any](items []T) Stream[T] {
	return func(yield func(T) error) error {
		for _, it := range items {
			if err := yield(it); err != nil {
				return err
			}
		}
		return nil
	}
}
