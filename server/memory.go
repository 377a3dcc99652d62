package server

import (
	"context"
	"log/slog"
	"net/http"
	"runtime"
	rtmetrics "runtime/metrics"
	"sync"
	"time"

	"github.com/labstack/echo/v4"
)

// errHeapBudget is the cause with which the heap guard stops a query.
var errHeapBudget = echo.NewHTTPError(http.StatusServiceUnavailable,
	"the query was stopped: the server's memory passed its budget while it ran; ask for less, or retry when fewer queries run")

// heapObjects is the runtime metric the guard watches: the bytes of heap objects,
// live ones and dead ones not yet swept.
const heapObjects = "/memory/classes/heap/objects:bytes"

// heapGuard stops the raw and saved queries that run while the process's heap passes
// a budget. goja, under Gizmo, has no memory limit, and Go cannot tell which
// goroutine holds which memory; so while queries run a watcher samples the heap, and
// past the budget, once a collection has shown the excess is live, it cancels every
// query then running: they are the requests whose memory a client decides. Cancelling
// interrupts a query's JavaScript, which frees what it held.
type heapGuard struct {
	budget uint64
	every  time.Duration // how often the watcher samples
	log    *slog.Logger

	mu      sync.Mutex
	running map[*context.CancelCauseFunc]bool // true once stopped
	quit    chan struct{}                     // closed when the last query leaves; nil while none runs
}

func newHeapGuard(budget int64, log *slog.Logger) *heapGuard {
	if budget < 0 {
		return nil
	}
	return &heapGuard{budget: uint64(budget), every: 10 * time.Millisecond, log: log,
		running: map[*context.CancelCauseFunc]bool{}}
}

// enter registers a query: the context it returns is cancelled, with errHeapBudget
// as its cause, if the heap passes the budget before leave is called. A nil guard
// guards nothing.
func (g *heapGuard) enter(ctx context.Context) (_ context.Context, leave func()) {
	if g == nil {
		return ctx, func() {}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	key := &cancel
	g.mu.Lock()
	g.running[key] = false
	if g.quit == nil {
		g.quit = make(chan struct{})
		go g.watch(g.quit)
	}
	g.mu.Unlock()
	return ctx, func() {
		g.mu.Lock()
		delete(g.running, key)
		if len(g.running) == 0 {
			close(g.quit)
			g.quit = nil
		}
		g.mu.Unlock()
		cancel(nil)
	}
}

// watch samples the heap until quit is closed.
func (g *heapGuard) watch(quit <-chan struct{}) {
	tick := time.NewTicker(g.every)
	defer tick.Stop()
	sample := []rtmetrics.Sample{{Name: heapObjects}}
	for {
		select {
		case <-quit:
			return
		case <-tick.C:
		}
		rtmetrics.Read(sample)
		if sample[0].Value.Uint64() <= g.budget || !g.anyToStop() {
			continue
		}
		// what passes the budget may be garbage not yet collected
		runtime.GC()
		rtmetrics.Read(sample)
		if heap := sample[0].Value.Uint64(); heap > g.budget {
			g.stopAll(heap)
		}
	}
}

// anyToStop reports whether a query runs that has not been stopped yet: the ones
// stopped are still unwinding, and their memory is about to be freed.
func (g *heapGuard) anyToStop() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, stopped := range g.running {
		if !stopped {
			return true
		}
	}
	return false
}

// stopAll cancels every query running that is not stopped yet.
func (g *heapGuard) stopAll(heap uint64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	n := 0
	for cancel, stopped := range g.running {
		if !stopped {
			(*cancel)(errHeapBudget)
			g.running[cancel] = true
			n++
		}
	}
	if n > 0 {
		g.log.Warn("heap past its budget: stopping the queries running", "heap_bytes", heap, "budget_bytes", g.budget, "queries", n)
	}
}
