package server

import (
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics counts requests by route and status and times them, for GET /metrics. Each
// server has its own registry; Cayley's storage metrics, which it registers globally,
// are served beside them.
type metrics struct {
	registry *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	// quads and transactions stored by HTTP imports, counted as each batch is stored
	importQuads, importBatches prometheus.Counter
}

func newMetrics() *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "actorgraph_http_requests_total",
			Help: "HTTP requests by method, route (its pattern) and status.",
		}, []string{"method", "route", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "actorgraph_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request, by method and route.",
			Buckets: []float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10},
		}, []string{"method", "route"}),
		importQuads: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "actorgraph_import_quads_total",
			Help: "Quads stored by HTTP imports, counted as each batch is stored.",
		}),
		importBatches: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "actorgraph_import_batches_total",
			Help: "Transactions written by HTTP imports.",
		}),
	}
	// the default registry, served beside this one, already holds the Go runtime's and
	// the process's collectors
	m.registry.MustRegister(m.requests, m.duration, m.importQuads, m.importBatches)
	return m
}

// middleware records each request; the route is the pattern ("/api/v1/actors/:id"),
// so that the series stay few whatever ids are asked for.
func (m *metrics) middleware(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		err := next(c)
		status := statusOf(c, err)
		route := c.Path()
		if route == "" {
			route = "unmatched"
		}
		method := c.Request().Method
		m.requests.WithLabelValues(method, route, strconv.Itoa(status)).Inc()
		m.duration.WithLabelValues(method, route).Observe(time.Since(start).Seconds())
		return err
	}
}

// handler serves the metrics in Prometheus's text format.
func (m *metrics) handler() echo.HandlerFunc {
	h := promhttp.HandlerFor(prometheus.Gatherers{m.registry, prometheus.DefaultGatherer}, promhttp.HandlerOpts{})
	return echo.WrapHandler(h)
}
