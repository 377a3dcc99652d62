package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// csvWriter writes CSV that a spreadsheet opens as data. A cell that begins with =,
// +, -, @, a tab or a carriage return is a formula to Excel, LibreOffice and Google
// Sheets (=HYPERLINK(...), =cmd|...), and sentences and imported labels are written by
// whoever wrote the articles, so such a cell is written with a single quote before it,
// as OWASP's advice on CSV injection has it. Every CSV the project writes goes
// through it.
type csvWriter struct{ *csv.Writer }

func newCSVWriter(w io.Writer) csvWriter { return csvWriter{csv.NewWriter(w)} }

// Write writes one row, each cell made safe by Cell.
func (w csvWriter) Write(row []string) error {
	safe := make([]string, len(row))
	for i, c := range row {
		safe[i] = Cell(c)
	}
	return w.Writer.Write(safe)
}

// Cell returns s as a CSV cell that no spreadsheet reads as a formula: s itself, or
// s after a single quote when it begins with =, +, -, @, a tab or a carriage return.
func Cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// CSVHeader is the header row of the CSV edge list. Columns added later go at the end,
// so that readers that count columns keep working.
var CSVHeader = []string{"subject", "subject_label", "predicate", "object", "object_label", "statement", "document", "date", "start", "end", "modality", "sentence", "confidence"}

// CSV writes one row per piece of evidence, as the relations come: the relation, its
// labels, its document, date, offsets, modality, sentence and confidence. A cell that
// a spreadsheet would take for a formula starts with a single quote (see Cell).
func CSV(w io.Writer, rels Stream[graph.Relation]) error {
	cw := newCSVWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	err := rels(func(r graph.Relation) error {
		return cw.Write([]string{
			graph.NodeIRI(r.Subject), r.Subject.Name, string(r.Predicate),
			graph.NodeIRI(r.Object), r.Object.Name, graph.StatementIRI(r.Statement),
			r.Evidence.Document, r.Evidence.Date, strconv.Itoa(r.Evidence.Start), strconv.Itoa(r.Evidence.End),
			string(r.Evidence.Modality), r.Evidence.Sentence, number(r.Evidence.Confidence),
		})
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}
