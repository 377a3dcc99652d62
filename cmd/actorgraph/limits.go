package main

import (
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/actorgraph/actorgraph/server"
)

// serveLimits are the flags of serve that bound connections, reads and exports. Each
// may also come from the environment variable its help names.
type serveLimits struct {
	MaxConns          int           `help:"Connections open at once; idle ones are closed to make room, then new ones are refused; 0: no cap. Also ACTORGRAPH_MAX_CONNS." default:"4096"`
	MaxConnsPerClient int           `help:"Connections open at once from one client address (an IPv6 /64); 0: no cap; off with --trust-proxy unless given. Also ACTORGRAPH_MAX_CONNS_PER_CLIENT." default:"64"`
	IdleTimeout       time.Duration `help:"How long a keep-alive connection may wait for its next request. Also ACTORGRAPH_IDLE_TIMEOUT." default:"2m"`
	MaxReads          int           `help:"Light reads (actors, relations, documents) running at once; more get 429. Also ACTORGRAPH_MAX_READS." default:"32"`
	MaxExports        int           `help:"Exports streaming at once, apart from --max-queries; more get 429. Also ACTORGRAPH_MAX_EXPORTS." default:"2"`
	ExportMinRate     int64         `help:"Slowest an export's client may read, in bytes per second; 0: no minimum. Also ACTORGRAPH_EXPORT_MIN_RATE." default:"16384"`
	ExportGrace       time.Duration `help:"Window over which an export's rate is measured: a client that keeps it waiting half the window and reads less than the window's worth at --export-min-rate is cut off. Also ACTORGRAPH_EXPORT_GRACE." default:"10s"`

	perClientGiven bool // --max-conns-per-client came from the command line or the environment
}

// fromEnv sets the limits not given on the command line from their environment
// variables.
func (l *serveLimits) fromEnv(getenv func(string) string, given func(string) bool) error {
	l.perClientGiven = given("max-conns-per-client")
	for _, v := range []struct {
		flag, env string
		dst       any
	}{
		{"max-conns", "ACTORGRAPH_MAX_CONNS", &l.MaxConns},
		{"max-conns-per-client", "ACTORGRAPH_MAX_CONNS_PER_CLIENT", &l.MaxConnsPerClient},
		{"idle-timeout", "ACTORGRAPH_IDLE_TIMEOUT", &l.IdleTimeout},
		{"max-reads", "ACTORGRAPH_MAX_READS", &l.MaxReads},
		{"max-exports", "ACTORGRAPH_MAX_EXPORTS", &l.MaxExports},
		{"export-min-rate", "ACTORGRAPH_EXPORT_MIN_RATE", &l.ExportMinRate},
		{"export-grace", "ACTORGRAPH_EXPORT_GRACE", &l.ExportGrace},
	} {
		s := getenv(v.env)
		if s == "" || given(v.flag) {
			continue
		}
		var err error
		switch dst := v.dst.(type) {
		case *int:
			*dst, err = strconv.Atoi(s)
		case *int64:
			*dst, err = strconv.ParseInt(s, 10, 64)
		case *time.Duration:
			*dst, err = time.ParseDuration(s)
		}
		if err != nil {
			return fmt.Errorf("%s=%q: want a value for --%s: %w", v.env, s, v.flag, err)
		}
		if v.flag == "max-conns-per-client" {
			l.perClientGiven = true
		}
	}
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
