package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/actorgraph/actorgraph/graph"
)

// classify maps an error to its status, a stable code, and the message the client may
// see. Errors that are not the client's are logged and shown as "internal error".
func classify(err error) (int, string, string) {
	var he *echo.HTTPError
	switch {
	case errors.As(err, &he):
		msg := http.StatusText(he.Code)
		if s, ok := he.Message.(string); ok {
			msg = s
		}
		return he.Code, strings.ReplaceAll(strings.ToLower(http.StatusText(he.Code)), " ", "_"), msg
	case errors.Is(err, graph.ErrNotFound):
		return http.StatusNotFound, "not_found", err.Error()
	case errors.Is(err, graph.ErrInvalid):
		return http.StatusBadRequest, "invalid", err.Error()
	case errors.Is(err, graph.ErrUnauthorized):
		return http.StatusUnauthorized, "unauthorized", "a valid bearer token is required for writes"
	case errors.Is(err, graph.ErrWritesDisabled):
		return http.StatusForbidden, "writes_disabled",
			"writes are disabled on this server: start it with --token or ACTORGRAPH_TOKEN set"
	case errors.Is(err, errQueriesClosed):
		return http.StatusForbidden, "queries_closed",
			"raw queries are closed on this server: start it with --token or --read-token and send that token, or with --open-queries"
	case errors.Is(err, errUnavailable):
		return http.StatusServiceUnavailable, "unavailable", "the store does not answer"
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, "timeout", "the request took too long"
	case errors.Is(err, context.Canceled):
		return 499, "canceled", "the request was canceled"
	}
	return http.StatusInternalServerError, "internal", "internal error"
}

func errorHandler(log *slog.Logger) echo.HTTPErrorHandler {
	return func(err error, c echo.Context) {
		status, code, msg := classify(err)
		if status >= 500 {
			log.Error("request failed", "method", c.Request().Method, "path", c.Request().URL.Path, "err", err)
		}
		if c.Response().Committed {
			return
		}
		if err := c.JSON(status, errorBody{Error: errorDetail{Code: code, Message: msg}}); err != nil {
			log.Error("writing error response", "err", err)
		}
	}
}

// requireToken admits requests that carry the configured bearer token. With no token
// configured, it refuses every request: writes stay off until an operator turns them on.
func requireToken(token string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if token == "" {
				return graph.ErrWritesDisabled
			}
			got, ok := strings.CutPrefix(c.Request().Header.Get(echo.HeaderAuthorization), "Bearer ")
			if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
				c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="actorgraph"`)
				return graph.ErrUnauthorized
			}
			return next(c)
		}
	}
}

// requireReadToken admits reads that carry the read token or the write token. The
// health checks stay open for load balancers, and so do the web page, its scripts and
// the OpenAPI document, which hold no data: the page asks for the token when the API
// answers 401.
func requireReadToken(read, write string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			switch p := c.Path(); {
			case p == "/healthz" || p == "/readyz" || p == "/" || p == "/openapi.yaml" || strings.HasPrefix(p, "/static"):
				return next(c)
			}
			got, ok := strings.CutPrefix(c.Request().Header.Get(echo.HeaderAuthorization), "Bearer ")
			if ok && (subtle.ConstantTimeCompare([]byte(got), []byte(read)) == 1 ||
				write != "" && subtle.ConstantTimeCompare([]byte(got), []byte(write)) == 1) {
				return next(c)
			}
			c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="actorgraph"`)
			return errReadToken
		}
	}
}

var errReadToken = echo.NewHTTPError(http.StatusUnauthorized, "this server requires a bearer token for reads")

// queryAccess admits raw queries from clients with the read or the write token, or
// from anyone when opt.OpenQueries is set. A raw query is code a client runs on the
// server, so anonymous clients may not unless the operator says so; with no token
// configured, and queries not opened, every raw query is refused.
func queryAccess(opt Options) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if opt.OpenQueries {
				return next(c)
			}
			if opt.Token == "" && opt.ReadToken == "" {
				return errQueriesClosed
			}
			got, ok := strings.CutPrefix(c.Request().Header.Get(echo.HeaderAuthorization), "Bearer ")
			for _, token := range []string{opt.ReadToken, opt.Token} {
				if ok && token != "" && subtle.ConstantTimeCompare([]byte(got), []byte(token)) == 1 {
					return next(c)
				}
			}
			c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="actorgraph"`)
			return errQueryToken
		}
	}
}

var (
	// errUnavailable reports a store that does not answer: /readyz fails with it.
	errUnavailable   = errors.New("store unavailable")
	errQueriesClosed = errors.New("raw queries are closed")
	errQueryToken    = echo.NewHTTPError(http.StatusUnauthorized, "raw queries need a bearer token: the read token or the write token")
)

// statusOf is the status a request was answered with, or will be: the error handler
// writes it after the middleware has returned.
func statusOf(c echo.Context, err error) int {
	if err != nil {
		status, _, _ := classify(err)
		return status
	}
	return c.Response().Status
}

// requestLog logs each request with its status and duration.
func requestLog(log *slog.Logger) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			start := time.Now()
			err := next(c)
			status := statusOf(c, err)
			log.Info("request", "method", c.Request().Method, "path", c.Request().URL.Path,
				"status", status, "duration", time.Since(start))
			return err
		}
	}
}
