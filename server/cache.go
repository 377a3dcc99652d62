package server

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"net/http"
	"strings"
	"sync"

	"github.com/labstack/echo/v4"
)

// Versioned is implemented by stores that say when their data changes: Generation
// returns a number every write increases, and whether answers may be kept until it
// does (not when other servers write to the same database).
type Versioned interface {
	Generation() (uint64, bool)
}

// answers keeps the JSON answers of read requests until the store's next write, so
// that the same question asked again costs a map lookup. Every successful answer
// carries an ETag made of the generation, and a client that sends it back in
// If-None-Match gets 304 while the data is unchanged. Errors carry no ETag, and an
// ETag only ever gives 304 for a question that was answered with 200. A request with
// "Cache-Control: no-cache" is answered afresh.
type answers struct {
	mu    sync.Mutex
	gen   uint64
	m     map[string]answer
	bytes int
}

// answer is a successful answer; body is nil for one too large to keep, of which only
// its success is remembered, for If-None-Match.
type answer struct {
	contentType string
	body        []byte
}

const (
	maxAnswerBytes  = 1 << 20  // larger answers are not kept
	maxAnswersBytes = 64 << 20 // all kept answers together
)

// cacheable reports whether a request's answer may be kept: reads of the JSON API,
// not exports (streamed, large) and not raw queries.
func cacheable(c echo.Context) bool {
	p := c.Path()
	return c.Request().Method == http.MethodGet && strings.HasPrefix(p, "/api/v1/") && !strings.HasPrefix(p, "/api/v1/export") &&
		!strings.Contains(c.Request().Header.Get(echo.HeaderCacheControl), "no-cache")
}

func (a *answers) get(gen uint64, key string) (answer, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.gen != gen {
		a.gen, a.m, a.bytes = gen, nil, 0
	}
	ans, ok := a.m[key]
	return ans, ok
}

func (a *answers) put(gen uint64, key string, ans answer) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.gen != gen {
		return
	}
	if len(ans.body) > maxAnswerBytes {
		ans.body = nil
	}
	size := len(key) + len(ans.body)
	if a.m == nil || a.bytes+size > maxAnswersBytes {
		a.m, a.bytes = map[string]answer{}, 0
	}
	a.m[key] = ans
	a.bytes += size
}

// middleware serves kept answers and keeps new ones.
func (a *answers) middleware(v Versioned) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			gen, ok := v.Generation()
			if !ok || !cacheable(c) {
				return next(c)
			}
			// the key is the path with the whole query, so that every parameter that
			// shapes an answer (dates, min_confidence, limit, ...) picks an answer of
			// its own
			key := c.Request().URL.RequestURI()
			h := fnv.New32a()
			h.Write([]byte(key))
			etag := fmt.Sprintf(`"%d-%08x"`, gen, h.Sum32())
			res := c.Response()
			ans, known := a.get(gen, key)
			if known && c.Request().Header.Get("If-None-Match") == etag {
				res.Header().Set("ETag", etag)
				return c.NoContent(http.StatusNotModified)
			}
			if known && ans.body != nil {
				res.Header().Set("ETag", etag)
				res.Header().Set("X-Cache", "hit")
				return c.Blob(http.StatusOK, ans.contentType, ans.body)
			}
			// the ETag goes on a 200 only: whatever else the handler or the error
			// handler answers carries none
			res.Before(func() {
				if res.Status == http.StatusOK {
					res.Header().Set("ETag", etag)
				}
			})
			rec := &recorder{ResponseWriter: res.Writer}
			res.Writer = rec
			err := next(c)
			res.Writer = rec.ResponseWriter
			if err == nil && res.Status == http.StatusOK {
				body := rec.buf.Bytes()
				if rec.over {
					body = nil
				}
				a.put(gen, key, answer{contentType: res.Header().Get(echo.HeaderContentType), body: body})
			}
			return err
		}
	}
}

// recorder copies what a handler writes, up to maxAnswerBytes.
type recorder struct {
	http.ResponseWriter
	buf  bytes.Buffer
	over bool
}

func (r *recorder) Write(p []byte) (int, error) {
	if !r.over {
		if r.buf.Len()+len(p) > maxAnswerBytes {
			r.over, r.buf = true, bytes.Buffer{}
		} else {
			r.buf.Write(p)
		}
	}
	return r.ResponseWriter.Write(p)
}

func (r *recorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
