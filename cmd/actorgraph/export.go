package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/alecthomas/kong"

	"github.com/actorgraph/actorgraph/graph/export"
)

// exportFormat is export's --format: a format of the export package's list, looked
// up as the flag is parsed, so that an unknown name fails before the store opens and
// the error lists the names there are.
type exportFormat struct{ export.Format }

// Decode reads a format name.
func (f *exportFormat) Decode(ctx *kong.DecodeContext) error {
	var name string
	if err := ctx.Scan.PopValueInto("format", &name); err != nil {
		return err
	}
	fm, err := export.Lookup(name)
	if err != nil {
		return err
	}
	f.Format = fm
	return nil
}

// Help lists the export formats under export --help, from the export package's list.
func (x *exportCmd) Help() string {
	var b strings.Builder
	b.WriteString("Formats (--format):\n\n")
	// a tabwriter over a strings.Builder takes every write: its errors are nil
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	for _, f := range export.Formats() {
		_, _ = fmt.Fprintf(tw, "    %s\t.%s\t%s\n", f.Name, f.Extension, f.Description)
	}
	_ = tw.Flush()
	return b.String()
}
