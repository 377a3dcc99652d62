package main

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/actorgraph/actorgraph/server"
)

// serveLimits are the flags of serve that bound connections, reads and exports. Each
// may also come from the environment variable its env tag names.
type serveLimits struct {
	MaxConns          int           `help:"Connections open at once; idle ones are closed to make room, then new ones are refused; 0: no cap." default:"4096" env:"ACTORGRAPH_MAX_CONNS"`
	MaxConnsPerClient int           `help:"Connections open at once from one client address (an IPv6 /64); 0: no cap; off with --trust-proxy unless given." default:"64" env:"ACTORGRAPH_MAX_CONNS_PER_CLIENT"`
	IdleTimeout       time.Duration `help:"How long a keep-alive connection may wait for its next request." default:"2m" env:"ACTORGRAPH_IDLE_TIMEOUT"`
	MaxReads          int           `help:"Light reads (actors, relations, documents) running at once; more get 429." default:"32" env:"ACTORGRAPH_MAX_READS"`
	MaxExports        int           `help:"Exports streaming at once, apart from --max-queries; more get 429." default:"2" env:"ACTORGRAPH_MAX_EXPORTS"`
	ExportMinRate     int64         `help:"Slowest a client may read an export or a heavy answer (queries, paths, camps, neighbourhoods, the graph), in bytes per second; 0: no minimum." default:"16384" env:"ACTORGRAPH_EXPORT_MIN_RATE"`
	ExportGrace       time.Duration `help:"Window over which a client's reading rate is measured: a client that keeps an export or a heavy answer waiting half the window and reads less than the window's worth at --export-min-rate is cut off." default:"10s" env:"ACTORGRAPH_EXPORT_GRACE"`

	perClientGiven bool // --max-conns-per-client came from the command line or the environment
}

// check refuses limits that cannot work: negative caps, and no room for a read or an
// export at all.
func (l *serveLimits) check() error {
	for _, v := range []struct {
		flag string
		n    int64
	}{{"max-conns", int64(l.MaxConns)}, {"max-conns-per-client", int64(l.MaxConnsPerClient)}, {"max-reads", int64(l.MaxReads)},
		{"max-exports", int64(l.MaxExports)}, {"export-min-rate", l.ExportMinRate}, {"idle-timeout", int64(l.IdleTimeout)}, {"export-grace", int64(l.ExportGrace)}} {
		if v.n < 0 {
			return fmt.Errorf("--%s must not be negative", v.flag)
		}
	}
	if l.MaxReads == 0 || l.MaxExports == 0 || l.ExportGrace == 0 {
		return fmt.Errorf("--max-reads, --max-exports and --export-grace must be above zero")
	}
	return nil
}

// connLimits returns the connection caps. Behind a proxy every connection comes from
// the proxy, so the per-client cap applies there only when asked for. A total above
// what the process may open is lowered, leaving room for the database and the logs:
// past it, accepting fails for everyone.
func (l *serveLimits) connLimits(trustProxy bool, log *slog.Logger) server.ConnLimits {
	out := server.ConnLimits{Max: l.MaxConns, PerClient: l.MaxConnsPerClient}
	if trustProxy && !l.perClientGiven {
		out.PerClient = 0
	}
	if fds := openFileLimit(); fds > 0 && out.Max > fds-64 {
		out.Max = max(fds-64, 1)
		log.Warn("connection cap lowered to what the process may open", "max_conns", out.Max, "open_file_limit", fds)
	}
	return out
}

// options returns the server's limits of reads and exports.
func (l *serveLimits) options(o server.Options) server.Options {
	o.MaxReads, o.MaxExports, o.ExportGrace = l.MaxReads, l.MaxExports, l.ExportGrace
	o.ExportMinRate = l.ExportMinRate
	if l.ExportMinRate == 0 {
		o.ExportMinRate = -1 // the server's "no minimum"
	}
	return o
}
