package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/actorgraph/actorgraph/graph"
)

// importBatch is the number of quads an HTTP import writes in one transaction.
const importBatch = 10_000

// importAnswer is the answer to an import: what was stored, in whole transactions,
// and, when the import stopped early, why, in the error envelope every error has.
type importAnswer struct {
	graph.ImportResult
	// Complete is false when the import stopped before the end of the body: the quads
	// after line Lines were not stored.
	Complete bool         `json:"complete"`
	Error    *errorDetail `json:"error,omitempty"`
}

// importQuads streams N-Quads from the body into the store, in batches of importBatch
// quads, for as long as the body keeps arriving: the server's read timeout, meant for
// requests that arrive at once, does not apply (see importBody). Progress is logged
// and counted in the metrics as batches are stored. An import that stops early (a
// malformed line, the size limit, a body that stops arriving or a client that goes
// away, a failed write) answers with the error and with what was stored: whole
// batches, up to a line from which the rest can be sent again.
func (h *handlers) importQuads(c echo.Context) error {
	rc := http.NewResponseController(c.Response())
	// the answer comes when the whole body is stored, which may be after the server's
	// write timeout; it is set again before the answer is written
	if err := rc.SetWriteDeadline(time.Time{}); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return err
	}
	body := &importBody{
		r:       http.MaxBytesReader(c.Response(), c.Request().Body, h.opt.MaxImportBytes),
		rc:      rc,
		idle:    h.opt.ImportIdle,
		minRate: h.opt.ImportMinRate,
	}
	start, logged, counted := time.Now(), time.Now(), 0
	progress := func(res graph.ImportResult) {
		h.metrics.importQuads.Add(float64(res.Quads - counted))
		h.metrics.importBatches.Inc()
		counted = res.Quads
		if time.Since(logged) >= 5*time.Second {
			logged = time.Now()
			h.log.Info("import progress", "quads", res.Quads, "batches", res.Batches, "lines", res.Lines,
				"bytes", body.n, "elapsed", time.Since(start).Round(time.Millisecond))
		}
	}
	// Every batch the body holds in full is stored, even if the client has gone: the
	// import stops when the body does (a client that goes away ends it at once), not
	// when the request's context does, which net/http cancels as soon as a read fails.
	res, err := h.store.Import(context.WithoutCancel(c.Request().Context()), body, importBatch, progress)
	if err := rc.SetWriteDeadline(time.Now().Add(time.Minute)); err != nil && !errors.Is(err, http.ErrNotSupported) {
		h.log.Warn("import: setting the write deadline", "err", err)
	}
	answer := importAnswer{ImportResult: res, Complete: err == nil}
	if err == nil {
		h.log.Info("import done", "quads", res.Quads, "batches", res.Batches, "lines", res.Lines,
			"bytes", body.n, "elapsed", time.Since(start).Round(time.Millisecond))
		return c.JSON(http.StatusOK, answer)
	}
	status, code, msg := classify(err)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(body.err, &tooBig):
		status, code, msg = http.StatusRequestEntityTooLarge, "request_entity_too_large",
			"the import is larger than "+strconv.FormatInt(h.opt.MaxImportBytes, 10)+" bytes (use actorgraph import for larger files)"
	case errors.Is(body.err, errStalled):
		status, code, msg = http.StatusRequestTimeout, "request_timeout", body.err.Error()
	case body.err != nil:
		status, code, msg = 499, "canceled", "the request body ended before the import did (the client went away?)"
	}
	answer.Error = &errorDetail{Code: code, Message: msg + "; " + stored(res)}
	// the rest of the body is not wanted: the connection closes after the answer,
	// without waiting to read what the client may still send
	c.Response().Header().Set(echo.HeaderConnection, "close")
	if err := rc.SetReadDeadline(time.Now()); err != nil && !errors.Is(err, http.ErrNotSupported) {
		h.log.Warn("import: setting the read deadline", "err", err)
	}
	level := h.log.Warn
	if status >= 500 {
		level = h.log.Error
	}
	level("import stopped", "status", status, "quads", res.Quads, "batches", res.Batches, "lines", res.Lines,
		"bytes", body.n, "elapsed", time.Since(start).Round(time.Millisecond), "err", err)
	return c.JSON(status, answer)
}

// stored says what a stopped import stored and where to send the rest from.
func stored(res graph.ImportResult) string {
	if res.Batches == 0 {
		return "nothing was stored: send the input again from line 1"
	}
	return fmt.Sprintf("stored %d quads in %d batches, lines 1 to %d; the batch being read was not stored: send the input again from line %d",
		res.Quads, res.Batches, res.Lines, res.Lines+1)
}

// errStalled is the error of an import body that stopped arriving, or arrived too
// slowly.
var errStalled = errors.New("the request body stopped arriving")

// importBody is the body of an import, read with deadlines of its own. The server's
// read timeout would cut an import that streams for minutes; instead each read may
// wait for the client at most idle, and, counting only the time spent waiting for the
// client (not the time the store takes to write), the body must arrive at minRate
// bytes a second or faster on average once the first idle (or 30 s) has passed. A
// client that trickles bytes to hold a connection open is cut all the same. Zero or
// less turns either limit off.
type importBody struct {
	r       io.Reader
	rc      *http.ResponseController
	idle    time.Duration
	minRate float64
	n       int64         // bytes read
	waited  time.Duration // time spent waiting for them
	err     error         // the first read error, if any
}

func (b *importBody) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	allow, why := time.Duration(0), ""
	if b.idle > 0 {
		allow, why = b.idle, fmt.Sprintf("no byte for %s", b.idle)
	}
	if b.minRate > 0 {
		grace := b.idle
		if grace <= 0 {
			grace = 30 * time.Second
		}
		due := grace + time.Duration(float64(b.n)/b.minRate*float64(time.Second)) - b.waited
		if allow == 0 || due < allow {
			allow, why = due, fmt.Sprintf("arriving slower than %.0f bytes a second", b.minRate)
		}
	}
	if why != "" {
		if allow <= 0 {
			b.err = fmt.Errorf("%w: %s after %d bytes", errStalled, why, b.n)
			return 0, b.err
		}
		if err := b.rc.SetReadDeadline(time.Now().Add(allow)); err != nil && !errors.Is(err, http.ErrNotSupported) {
			b.err = err
			return 0, err
		}
	}
	start := time.Now()
	n, err := b.r.Read(p)
	b.waited += time.Since(start)
	b.n += int64(n)
	if err != nil && err != io.EOF {
		var ne net.Error
		if errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &ne) && ne.Timeout() {
			err = fmt.Errorf("%w: %s after %d bytes", errStalled, why, b.n)
		}
		b.err = err
	}
	return n, err
}
