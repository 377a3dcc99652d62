package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
)

// setLimitDefaults fills in the limits of reads and exports left at zero.
func (o *Options) setLimitDefaults() {
	if o.MaxReads == 0 {
		o.MaxReads = 32
	}
	if o.MaxExports == 0 {
		o.MaxExports = 2
	}
	if o.ExportMinRate == 0 {
		o.ExportMinRate = 16 << 10
	}
	if o.ExportGrace == 0 {
		o.ExportGrace = 10 * time.Second
	}
	if o.MaxEvidenceBytes == 0 {
		o.MaxEvidenceBytes = 2000
	}
	if o.MaxEdgeEvidence == 0 {
		o.MaxEdgeEvidence = 10
	}
	if o.MaxTextBytes == 0 {
		o.MaxTextBytes = 1 << 20
	}
}

var (
	errReadsBusy   = echo.NewHTTPError(http.StatusTooManyRequests, "too many reads running at once; retry shortly")
	errExportsBusy = echo.NewHTTPError(http.StatusTooManyRequests, "too many exports running at once; retry shortly")
)

// take admits a request while slots has room, and answers 429 with Retry-After when
// it has none.
func take(slots chan struct{}, busy error, next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		select {
		case slots <- struct{}{}:
			defer func() { <-slots }()
		default:
			c.Response().Header().Set("Retry-After", "1")
			return busy
		}
		return next(c)
	}
}

// limitReads admits a read while fewer than MaxReads run, and gives it the query time
// limit: no read of the API runs unbounded.
func (h *handlers) limitReads(next echo.HandlerFunc) echo.HandlerFunc {
	return take(h.reads, errReadsBusy, func(c echo.Context) error {
		ctx, cancel := context.WithTimeout(c.Request().Context(), h.opt.QueryTimeout)
		defer cancel()
		c.SetRequest(c.Request().WithContext(ctx))
		return next(c)
	})
}

// limitExports admits an export while fewer than MaxExports stream, in slots apart
// from the heavy queries', and cuts off a client that reads slower than ExportMinRate:
// a slow reader can hold an export slot for about two ExportGrace windows, never a
// query's.
func (h *handlers) limitExports(next echo.HandlerFunc) echo.HandlerFunc {
	return take(h.exports, errExportsBusy, h.minRate(next))
}

// minRate cuts off a client that reads the answer slower than ExportMinRate over
// ExportGrace windows. Every answer that holds a slot, heavy or export, goes through
// it: a trickling reader would otherwise keep its slot until the write timeout.
func (h *handlers) minRate(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if h.opt.ExportMinRate < 0 {
			return next(c)
		}
		res := c.Response()
		w := &minRateWriter{ResponseWriter: res.Writer, rc: http.NewResponseController(res.Writer)}
		res.Writer = w
		defer func() { res.Writer = w.ResponseWriter }()
		stop := w.watch(h.opt.ExportMinRate, h.opt.ExportGrace)
		defer stop()
		return next(c)
	}
}

// errSlowClient is what an answer's writes fail with once its client is cut off.
var errSlowClient = errors.New("the client read slower than the minimum rate")

// minRateWriter counts what an answer writes and how long its writes wait on the
// client, so that a watchdog can cut off a client that reads too slowly. A slow
// store, which leaves the writer idle rather than waiting, is never counted against
// the client.
type minRateWriter struct {
	http.ResponseWriter
	rc *http.ResponseController

	mu      sync.Mutex
	written int64
	waited  time.Duration // in writes that returned
	since   time.Time     // start of the write under way; zero between writes
	cut     bool
}

func (w *minRateWriter) Write(p []byte) (int, error) {
	var n int
	err := w.waiting(func() (err error) {
		n, err = w.ResponseWriter.Write(p)
		return err
	})
	w.mu.Lock()
	w.written += int64(n)
	w.mu.Unlock()
	return n, err
}

// Flush sends what is buffered; it too waits on the client. http.Flusher's Flush
// returns nothing: a connection that fails it fails the next write as well.
func (w *minRateWriter) Flush() {
	_ = w.waiting(w.rc.Flush)
}

// waiting runs a write, counting the time it takes as time spent waiting on the
// client.
func (w *minRateWriter) waiting(write func() error) error {
	w.mu.Lock()
	if w.cut {
		w.mu.Unlock()
		return errSlowClient
	}
	start := time.Now()
	w.since = start
	w.mu.Unlock()

	err := write()

	w.mu.Lock()
	defer w.mu.Unlock()
	w.waited += time.Since(start)
	w.since = time.Time{}
	if err != nil && w.cut {
		err = fmt.Errorf("%w: %w", errSlowClient, err)
	}
	return err
}

// Unwrap gives http.ResponseController the writer underneath.
func (w *minRateWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// progress returns the bytes written and the time spent waiting on the client so far,
// the write under way included.
func (w *minRateWriter) progress(now time.Time) (int64, time.Duration) {
	w.mu.Lock()
	defer w.mu.Unlock()
	waited := w.waited
	if !w.since.IsZero() {
		waited += now.Sub(w.since)
	}
	return w.written, waited
}

// watch checks the writer every window: when it spent half the window or more
// waiting on the client and sent less than the window's worth at minRate, the
// client is cut off, the write under way failing at once. It returns the function
// that stops the watch.
func (w *minRateWriter) watch(minRate int64, window time.Duration) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(window)
		defer t.Stop()
		lastBytes, lastWaited := w.progress(time.Now())
		for {
			select {
			case <-done:
				return
			case now := <-t.C:
				bytes, waited := w.progress(now)
				if waited-lastWaited >= window/2 && float64(bytes-lastBytes) < float64(minRate)*window.Seconds() {
					w.mu.Lock()
					w.cut = true
					w.mu.Unlock()
					// a deadline in the past fails the write that waits, now; a writer
					// that takes no deadline fails the next write instead (cut)
					_ = w.rc.SetWriteDeadline(time.Now().Add(-time.Second))
					return
				}
				lastBytes, lastWaited = bytes, waited
			}
		}
	}()
	return func() { close(done) }
}
