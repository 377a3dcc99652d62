package main

import (
	"errors"

	"github.com/actorgraph/actorgraph/server"
)

// queryLimits are the flags of serve that bound raw and saved queries beyond their
// time and result count, and open raw queries to clients without a token. Each may
// also come from the environment variable its env tag names.
type queryLimits struct {
	QueryBytes  int   `help:"Byte budget of a raw or saved query's results, and of the nodes and edges of /graph and a neighbourhood, as JSON: the results or edges past it are cut." default:"4194304" env:"ACTORGRAPH_QUERY_BYTES"`
	MaxHeap     int64 `help:"Heap, in bytes, the process may reach while raw or saved queries run: past it they are stopped with 503; 0 turns the guard off." default:"1073741824" env:"ACTORGRAPH_MAX_HEAP"`
	OpenQueries bool  `help:"Let anyone run raw queries; without it they need the read or the write token." env:"ACTORGRAPH_OPEN_QUERIES"`
}

// check refuses a byte budget that lets no result through and a negative heap.
func (l *queryLimits) check() error {
	if l.QueryBytes < 1 || l.MaxHeap < 0 {
		return errors.New("--query-bytes must be at least 1 and --max-heap at least 0")
	}
	return nil
}

// apply sets the limits in the server's options; the flag's 0 (no heap guard) is the
// server's negative.
func (l queryLimits) apply(opt server.Options) server.Options {
	opt.QueryBytes, opt.MaxHeap, opt.OpenQueries = l.QueryBytes, l.MaxHeap, l.OpenQueries
	if l.MaxHeap == 0 {
		opt.MaxHeap = -1
	}
	return opt
}
