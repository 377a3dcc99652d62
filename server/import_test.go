package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/server"
)

// importServer is a real HTTP server over a real store, with the read timeout given,
// as `actorgraph serve` runs one; it returns the server's address, the store and the
// server's log.
func importServer(t *testing.T, opt server.Options, readTimeout time.Duration) (string, *store.Store, *syncBuffer) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "s.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	opt.Token, opt.RateLimit = "t", -1
	srv := httptest.NewUnstartedServer(server.New(st, nil, slog.New(slog.NewTextHandler(logs, nil)), opt))
	srv.Config.ReadHeaderTimeout, srv.Config.ReadTimeout = readTimeout, readTimeout
	srv.Start()
	t.Cleanup(func() {
		srv.Close()
		st.Close()
	})
	return srv.Listener.Addr().String(), st, logs
}

// syncBuffer is a log the server writes while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// nquadLines returns lines from..to-1 of an N-Quads file of simple quads, one a line.
func nquadLines(from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		fmt.Fprintf(&b, "<https://example.org/node/%d> <https://example.org/p> \"value %d\" <https://example.org/g> .\n", i, i)
	}
	return b.String()
}

type importAnswer struct {
	Quads    int  `json:"quads"`
	Batches  int  `json:"batches"`
	Lines    int  `json:"lines"`
	Complete bool `json:"complete"`
	Error    *struct{ Code, Message string }
}

// rawImport sends an import over a connection of its own: the headers (with the
// Content-Length of the whole body), then each part of the body after its pause, and
// reads the answer, which may come before the body is all sent. It stops sending when
// the answer has come.
func rawImport(t *testing.T, addr string, length int, parts []string, pauses []time.Duration) (int, importAnswer) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/v1/import HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer t\r\nContent-Type: application/n-quads\r\nContent-Length: %d\r\n\r\n", length)
	answered := make(chan struct{})
	go func() {
		for i, part := range parts {
			select {
			case <-time.After(pauses[i]):
			case <-answered:
				return
			}
			if _, err := io.WriteString(conn, part); err != nil {
				return
			}
		}
	}()
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	close(answered)
	if err != nil {
		t.Fatalf("reading the answer: %v", err)
	}
	defer resp.Body.Close()
	var a importAnswer
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		t.Fatalf("the answer is not JSON: %v", err)
	}
	return resp.StatusCode, a
}

func storedQuads(t *testing.T, st *store.Store) int {
	t.Helper()
	n, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return int(n)
}

// TestImportOutlastsTheReadTimeout sends an import whose body arrives over about three
// seconds, in pieces a fifth of a second apart, to a server whose read timeout is half
// a second: the import is not cut, and the answer says how much was stored.
func TestImportOutlastsTheReadTimeout(t *testing.T) {
	if testing.Short() {
		t.Skip("streams an import for several seconds; skipped with -short")
	}
	addr, st, logs := importServer(t, server.Options{ImportIdle: 5 * time.Second, ImportMinRate: -1}, 500*time.Millisecond)
	const pieces, per = 15, 2_000
	pr, pw := io.Pipe()
	go func() {
		for i := range pieces {
			time.Sleep(200 * time.Millisecond)
			if _, err := io.WriteString(pw, nquadLines(i*per, (i+1)*per)); err != nil {
				return
			}
		}
		pw.Close()
	}()
	req, _ := http.NewRequest("POST", "http://"+addr+"/api/v1/import", pr)
	req.Header.Set("Authorization", "Bearer t")
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var a importAnswer
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || !a.Complete || a.Quads != pieces*per || a.Lines != pieces*per || a.Batches != 3 {
		t.Fatalf("after %s: status %d, answer %+v; want 200, complete, %d quads and lines in 3 batches", time.Since(start), resp.StatusCode, a, pieces*per)
	}
	if n := storedQuads(t, st); n != pieces*per {
		t.Errorf("%d quads stored, the answer says %d", n, a.Quads)
	}
	if !strings.Contains(logs.String(), "msg=\"import done\" quads=30000 batches=3") {
		t.Errorf("the log does not say the import was done:\n%s", logs)
	}
}

// TestImportStopsWithWholeBatches stops imports in the middle, in each way one can
// stop, and checks that the store holds whole batches only and that the answer (or, for
// a client that went away, the log) says how many quads were stored, in how many
// batches, up to which line, and why it stopped.
func TestImportStopsWithWholeBatches(t *testing.T) {
	if testing.Short() {
		t.Skip("imports tens of thousands of quads per case; skipped with -short")
	}
	first := nquadLines(0, 25_000) // two whole batches and half a third
	tests := []struct {
		name       string
		opt        server.Options
		parts      []string
		pauses     []time.Duration
		length     int
		wantStatus int
		wantCode   string
		wantWhy    string
	}{
		{
			name:   "a malformed line",
			parts:  []string{first + "<https://example.org/broken> <p> .\n" + nquadLines(25_000, 26_000)},
			pauses: []time.Duration{0}, wantStatus: 400, wantCode: "invalid", wantWhy: "line 25001",
		},
		{
			name:   "the size limit",
			opt:    server.Options{MaxImportBytes: int64(len(first))},
			parts:  []string{first + nquadLines(25_000, 26_000)},
			pauses: []time.Duration{0}, wantStatus: 413, wantCode: "request_entity_too_large", wantWhy: "larger than",
		},
		{
			name:   "a body that stops arriving",
			opt:    server.Options{ImportIdle: 300 * time.Millisecond},
			parts:  []string{first, nquadLines(25_000, 26_000)},
			pauses: []time.Duration{0, 20 * time.Second}, wantStatus: 408, wantCode: "request_timeout", wantWhy: "no byte for 300ms",
		},
		{
			name:   "a body that trickles in",
			opt:    server.Options{ImportIdle: 500 * time.Millisecond, ImportMinRate: 2_000_000},
			parts:  append([]string{first}, strings.Split(strings.Repeat("x", 200), "")...),
			pauses: append([]time.Duration{0}, repeat(50*time.Millisecond, 200)...), wantStatus: 408, wantCode: "request_timeout", wantWhy: "slower than 2000000 bytes a second",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr, st, logs := importServer(t, tt.opt, 60*time.Second)
			length := 0
			for _, p := range tt.parts {
				length += len(p)
			}
			status, a := rawImport(t, addr, length+1000, tt.parts, tt.pauses)
			if status != tt.wantStatus || a.Complete || a.Error == nil || a.Error.Code != tt.wantCode {
				t.Fatalf("status %d, answer %+v; want %d %s, not complete", status, a, tt.wantStatus, tt.wantCode)
			}
			if a.Quads != 20_000 || a.Batches != 2 || a.Lines != 20_000 {
				t.Errorf("answer %+v; want 20000 quads in 2 batches, lines 1 to 20000", a)
			}
			for _, want := range []string{tt.wantWhy, "stored 20000 quads in 2 batches", "send the input again from line 20001"} {
				if !strings.Contains(a.Error.Message, want) {
					t.Errorf("the message lacks %q: %s", want, a.Error.Message)
				}
			}
			if n := storedQuads(t, st); n != a.Quads {
				t.Errorf("%d quads stored, the answer says %d", n, a.Quads)
			}
			if !strings.Contains(logs.String(), "msg=\"import stopped\"") {
				t.Errorf("no log line for the stopped import:\n%s", logs)
			}
		})
	}

	t.Run("a client that goes away", func(t *testing.T) {
		addr, st, logs := importServer(t, server.Options{}, 60*time.Second)
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "POST /api/v1/import HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer t\r\nContent-Length: %d\r\n\r\n", len(first)+100_000)
		io.WriteString(conn, first)
		conn.Close()
		deadline := time.Now().Add(30 * time.Second)
		for !strings.Contains(logs.String(), "msg=\"import stopped\"") && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		log := logs.String()
		for _, want := range []string{"msg=\"import stopped\" status=499 quads=20000 batches=2 lines=20000"} {
			if !strings.Contains(log, want) {
				t.Fatalf("the log lacks %q:\n%s", want, log)
			}
		}
		if n := storedQuads(t, st); n != 20_000 {
			t.Errorf("%d quads stored, want the two whole batches' 20000", n)
		}
	})
}

func repeat(d time.Duration, n int) []time.Duration {
	out := make([]time.Duration, n)
	for i := range out {
		out[i] = d
	}
	return out
}
