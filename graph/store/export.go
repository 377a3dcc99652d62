package store

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/actorgraph/actorgraph/graph"
)

// Format is an export format.
type Format struct {
	Name        string
	ContentType string
	Extension   string
}

// Formats lists the export formats, by name.
var Formats = map[string]Format{
	"nquads": {"nquads", "application/n-quads", ".nq"},
	"jsonld": {"jsonld", "application/ld+json", ".jsonld"},
	"csv":    {"csv", "text/csv; charset=utf-8", ".csv"},
}

// ParseFormat returns the export format with the given name.
func ParseFormat(name string) (Format, error) {
	f, ok := Formats[name]
	if !ok {
		return Format{}, graph.Invalidf("unknown export format %q (known: csv, jsonld, nquads)", name)
	}
	return f, nil
}

// Export writes the whole graph to w in the given format. N-Quads are streamed quad by
// quad; JSON-LD is assembled in memory by its writer, then written; CSV is the edge
// list of relations with their evidence.
func (s *Store) Export(ctx context.Context, w io.Writer, format string) error {
	switch format {
	case "nquads":
		qw := nquads.NewWriter(w)
		if err := s.eachQuad(ctx, qw.WriteQuad); err != nil {
			return err
		}
		return qw.Close()
	case "jsonld":
		qw := jsonld.NewWriter(w)
		if err := s.eachQuad(ctx, qw.WriteQuad); err != nil {
			return err
		}
		return qw.Close()
	case "csv":
		return s.exportCSV(ctx, w)
	}
	return graph.Invalidf("unknown export format %q (known: csv, jsonld, nquads)", format)
}

// eachQuad streams every quad of the store.
func (s *Store) eachQuad(ctx context.Context, fn func(quad.Quad) error) error {
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("store: read quad: %w", err)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return it.Err()
}

// CSVHeader is the header row of the CSV export.
var CSVHeader = []string{"subject", "subject_label", "predicate", "object", "object_label", "statement", "document", "date", "start", "end", "modality", "sentence"}

func (s *Store) exportCSV(ctx context.Context, w io.Writer) error {
	rels, err := s.Relations(ctx, graph.Filter{})
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, r := range rels {
		row := []string{
			graph.NodeIRI(r.Subject), r.Subject.Name, string(r.Predicate),
			graph.NodeIRI(r.Object), r.Object.Name, graph.StatementIRI(r.Statement),
			r.Evidence.Document, r.Evidence.Date, strconv.Itoa(r.Evidence.Start), strconv.Itoa(r.Evidence.End),
			string(r.Evidence.Modality), r.Evidence.Sentence,
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteNQuads writes quads as N-Quads.
func WriteNQuads(w io.Writer, qs []quad.Quad) error {
	qw := nquads.NewWriter(w)
	for _, q := range qs {
		if err := qw.WriteQuad(q); err != nil {
			return err
		}
	}
	return qw.Close()
}
