package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// keptAlive opens a connection from the loopback address from, asks for /healthz on
// it and leaves it idle, as a client hoarding connections does.
func keptAlive(t *testing.T, from, addr string) net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 2 * time.Second}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("dialing from %s: %v", from, err)
	}
	t.Cleanup(func() { mustClose(t, c) })
	if err := c.SetDeadline(time.Now().Add(5 * time.Second)); err != nil {
		t.Fatal(err)
	}
	if _, err := fmt.Fprint(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		t.Fatalf("a request on connection from %s: %v", from, err)
	}
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("a request on connection from %s: %v", from, err)
	}
	if _, err := io.Copy(io.Discard, res.Body); err != nil {
		t.Fatalf("the answer on connection from %s: %v", from, err)
	}
	res.Body.Close()
	if err := c.SetDeadline(time.Time{}); err != nil {
		t.Fatal(err)
	}
	return c
}

// openConns counts the connections the server still holds: a closed one reads the end
// of the stream at once.
func openConns(t *testing.T, conns []net.Conn) (n int, newestOpen bool) {
	open := make([]bool, len(conns))
	var wg sync.WaitGroup
	for i, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := c.SetReadDeadline(time.Now().Add(300 * time.Millisecond)); err != nil {
				t.Error(err)
				return
			}
			_, err := c.Read(make([]byte, 1))
			open[i] = errors.Is(err, os.ErrDeadlineExceeded)
		}()
	}
	wg.Wait()
	for _, o := range open {
		if o {
			n++
		}
	}
	return n, len(open) > 0 && open[len(open)-1]
}

// TestConnectionHoarding: one client kept thousands of idle keep-alive connections
// open until the file descriptors ran out and the health checks failed. On the
// default settings a client now holds at most 64 (its oldest idle ones are closed as
// it opens more), and the health and readiness checks of another address answer.
func TestConnectionHoarding(t *testing.T) {
	base := startServer(t)
	addr := strings.TrimPrefix(base, "http://")
	var conns []net.Conn
	for range 100 {
		conns = append(conns, keptAlive(t, "127.0.0.1", addr))
	}
	if n, newest := openConns(t, conns); n > 64 || !newest {
		t.Errorf("one client holds %d connections (its newest open: %v), want at most 64", n, newest)
	}
	client := &http.Client{Timeout: 3 * time.Second, Transport: &http.Transport{
		DialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.0.2")}}).DialContext,
	}}
	for _, path := range []string{"/healthz", "/readyz"} {
		res, err := client.Get(base + path)
		if err != nil {
			t.Errorf("%s from another address while one hoards: %v", path, err)
			continue
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s from another address while one hoards: %d", path, res.StatusCode)
		}
	}
}

// TestIdleTimeout: a keep-alive connection waiting longer than --idle-timeout for its
// next request is closed.
func TestIdleTimeout(t *testing.T) {
	base := startServer(t, "--idle-timeout", "300ms")
	c := keptAlive(t, "127.0.0.1", strings.TrimPrefix(base, "http://"))
	time.Sleep(time.Second)
	if n, _ := openConns(t, []net.Conn{c}); n != 0 {
		t.Error("a connection idle for 1 s is still open with --idle-timeout 300ms")
	}
}

// TestLimitsFromEnvironment: each limit flag may come from its ACTORGRAPH_ variable; a
// flag on the command line wins, and a value that does not parse names the variable.
func TestLimitsFromEnvironment(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		check   func(serveLimits) bool
		wantErr string
	}{
		{"defaults", nil, nil, func(l serveLimits) bool {
			return l.MaxConns == 4096 && l.MaxConnsPerClient == 64 && l.IdleTimeout == 2*time.Minute && l.MaxReads == 32 &&
				l.MaxExports == 2 && l.ExportMinRate == 16384 && l.ExportGrace == 10*time.Second
		}, ""},
		{"from the environment", nil, map[string]string{"ACTORGRAPH_MAX_CONNS": "100", "ACTORGRAPH_MAX_CONNS_PER_CLIENT": "5",
			"ACTORGRAPH_IDLE_TIMEOUT": "30s", "ACTORGRAPH_MAX_READS": "7", "ACTORGRAPH_MAX_EXPORTS": "3",
			"ACTORGRAPH_EXPORT_MIN_RATE": "1000", "ACTORGRAPH_EXPORT_GRACE": "5s"}, func(l serveLimits) bool {
			return l.MaxConns == 100 && l.MaxConnsPerClient == 5 && l.IdleTimeout == 30*time.Second && l.MaxReads == 7 &&
				l.MaxExports == 3 && l.ExportMinRate == 1000 && l.ExportGrace == 5*time.Second && l.perClientGiven
		}, ""},
		{"the flag wins", []string{"--max-conns", "9"}, map[string]string{"ACTORGRAPH_MAX_CONNS": "100"},
			func(l serveLimits) bool { return l.MaxConns == 9 }, ""},
		{"the per-client cap not given", nil, map[string]string{"ACTORGRAPH_MAX_CONNS": "100"},
			func(l serveLimits) bool { return !l.perClientGiven }, ""},
		{"the per-client cap given", []string{"--max-conns-per-client=64"}, nil,
			func(l serveLimits) bool { return l.perClientGiven }, ""},
		{"a bad value", nil, map[string]string{"ACTORGRAPH_EXPORT_GRACE": "soon"}, nil, "ACTORGRAPH_EXPORT_GRACE"},
		{"a negative value", []string{"--max-conns=-1"}, nil, nil, "--max-conns must not be negative"},
		{"a negative value from the environment", nil, map[string]string{"ACTORGRAPH_IDLE_TIMEOUT": "-1s"}, nil, "--idle-timeout must not be negative"},
		{"a bad value the flag overrides", []string{"--export-grace", "3s"}, map[string]string{"ACTORGRAPH_EXPORT_GRACE": "soon"},
			func(l serveLimits) bool { return l.ExportGrace == 3*time.Second }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := parseWith(t, append([]string{"serve"}, tt.args...), tt.env)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one naming %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(c.Serve.serveLimits) {
				t.Errorf("limits %+v", c.Serve.serveLimits)
			}
		})
	}
}
