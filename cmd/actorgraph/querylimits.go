package main

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/actorgraph/actorgraph/server"
)

// queryLimits are the flags of serve that bound raw and saved queries beyond their
// time and result count, and open raw queries to clients without a token. Each may
// also come from the environment variable its help names.
type queryLimits struct {
	QueryBytes  int   `help:"Byte budget of a raw or saved query's results, as JSON: the results past it are cut. Also ACTORGRAPH_QUERY_BYTES." default:"4194304"`
	MaxHeap     int64 `help:"Heap, in bytes, the process may reach while raw or saved queries run: past it they are stopped with 503; 0 turns the guard off. Also ACTORGRAPH_MAX_HEAP." default:"1073741824"`
	OpenQueries bool  `help:"Let anyone run raw queries; without it they need the read or the write token. Also ACTORGRAPH_OPEN_QUERIES=true."`
}

// fromEnv sets the limits not given on the command line from their environment
// variables, and checks them.
func (l *queryLimits) fromEnv(getenv func(string) string, given func(string) bool) error {
	for _, v := range []struct {
		flag, env string
		set       func(string) error
	}{
		{"query-bytes", "ACTORGRAPH_QUERY_BYTES", func(s string) (err error) { l.QueryBytes, err = strconv.Atoi(s); return err }},
		{"max-heap", "ACTORGRAPH_MAX_HEAP", func(s string) (err error) { l.MaxHeap, err = strconv.ParseInt(s, 10, 64); return err }},
		{"open-queries", "ACTORGRAPH_OPEN_QUERIES", func(s string) (err error) { l.OpenQueries, err = strconv.ParseBool(s); return err }},
	} {
		if s := getenv(v.env); s != "" && !given(v.flag) {
			if err := v.set(s); err != nil {
				return fmt.Errorf("%s=%q: want a value for --%s: %w", v.env, s, v.flag, err)
			}
		}
	}
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
