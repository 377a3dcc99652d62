package server_test

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/server"
)

// dialFrom opens a connection to addr from the loopback address from (127.0.0.x):
// each such address is a client of its own.
func dialFrom(t *testing.T, from, addr string) net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 2 * time.Second}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("dialing from %s: %v", from, err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// idleAfterRequest sends a request on c and reads the answer, leaving c idle and kept
// alive, as a client that hoards connections does.
func idleAfterRequest(t *testing.T, c net.Conn) {
	t.Helper()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	defer c.SetDeadline(time.Time{})
	if _, err := fmt.Fprint(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
}

// stillOpen reports, for each connection, whether the server still holds it: a closed
// one reads the end of the stream at once.
func stillOpen(conns []net.Conn) []bool {
	out := make([]bool, len(conns))
	var wg sync.WaitGroup
	for i, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
			_, err := c.Read(make([]byte, 1))
			out[i] = errors.Is(err, os.ErrDeadlineExceeded)
		}()
	}
	wg.Wait()
	return out
}

func count(open []bool) int {
	n := 0
	for _, o := range open {
		if o {
			n++
		}
	}
	return n
}

// healthFrom asks /healthz from the loopback address from on a new connection.
func healthFrom(t *testing.T, from, addr string) error {
	t.Helper()
	client := &http.Client{Timeout: 3 * time.Second, Transport: &http.Transport{
		DialContext:       (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}}).DialContext,
		DisableKeepAlives: true,
	}}
	res, err := client.Get("http://" + addr + "/healthz")
	if err != nil {
		return err
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d", res.StatusCode)
	}
	return nil
}

// TestConnectionCaps: a client that opens connection after connection and keeps
// them idle holds no more than the per-client cap (its oldest idle ones are closed);
// clients together hold no more than the total cap, idle ones making room; when every
// connection is busy, a new one is refused at once; and the health check of another
// address still gets in.
func TestConnectionCaps(t *testing.T) {
	h := newServer(t, server.Options{RateLimit: -1})
	tcp, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := server.LimitListener(tcp, server.ConnLimits{Max: 8, PerClient: 4}, nil)
	// /slow stands for any request that takes a while: it answers when released
	release := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			<-release
			return
		}
		h.ServeHTTP(w, r)
	})
	srv := &http.Server{Handler: slow, ConnState: ln.ConnState}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	addr := tcp.Addr().String()

	t.Run("one client hoarding", func(t *testing.T) {
		var conns []net.Conn
		for range 20 {
			c := dialFrom(t, "127.0.0.2", addr)
			idleAfterRequest(t, c)
			conns = append(conns, c)
		}
		open := stillOpen(conns)
		if n := count(open); n > 4 || !open[len(open)-1] {
			t.Errorf("the hoarder holds %d connections (the last open: %v), want at most 4 with its newest open", n, open[len(open)-1])
		}
		if all, mine := ln.Open(conns[0].LocalAddr()); mine > 4 || all > 8 {
			t.Errorf("the listener counts %d open, %d of the hoarder's", all, mine)
		}
		if err := healthFrom(t, "127.0.0.3", addr); err != nil {
			t.Errorf("health check from another address: %v", err)
		}
	})

	t.Run("many clients, idle", func(t *testing.T) {
		var conns []net.Conn
		for i := range 5 {
			for range 4 {
				c := dialFrom(t, fmt.Sprintf("127.0.1.%d", i+1), addr)
				idleAfterRequest(t, c)
				conns = append(conns, c)
			}
		}
		if n := count(stillOpen(conns)); n > 8 {
			t.Errorf("%d connections open, want at most the cap of 8", n)
		}
		if err := healthFrom(t, "127.0.1.99", addr); err != nil {
			t.Errorf("health check with the cap reached by idle connections: %v", err)
		}
	})

	t.Run("every connection busy", func(t *testing.T) {
		defer close(release)
		// the connections of the subtests before are closed: wait for the server to see it
		for start := time.Now(); ; time.Sleep(10 * time.Millisecond) {
			if all, _ := ln.Open(nil); all == 0 {
				break
			}
			if time.Since(start) > 5*time.Second {
				t.Fatal("connections the clients closed are still counted after 5 s")
			}
		}
		var busy []net.Conn
		for i := range 8 {
			c := dialFrom(t, fmt.Sprintf("127.0.2.%d", i+1), addr)
			fmt.Fprint(c, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
			busy = append(busy, c)
		}
		time.Sleep(200 * time.Millisecond) // the server reads the requests: busy
		late := dialFrom(t, "127.0.2.99", addr)
		late.SetReadDeadline(time.Now().Add(2 * time.Second))
		if _, err := late.Read(make([]byte, 1)); err == nil || errors.Is(err, os.ErrDeadlineExceeded) {
			t.Errorf("a connection past the cap with none idle: read %v, want it closed at once", err)
		}
		if n := count(stillOpen(busy)); n != 8 {
			t.Errorf("%d of the 8 busy connections open, want all: busy ones are never closed to make room", n)
		}
	})
}
