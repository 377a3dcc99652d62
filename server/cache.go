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
// that the same question asked again costs a map lookup. Every answer carries an ETag
// made of the generation, and a client that sends it back in If-None-Match gets 304.
// A request with "Cache-Control: no-cache" is answered afresh.
type answers struct {
	mu    sync.Mutex
	gen   uint64
	m     map[string]answer
	bytes int
}

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
	if a.gen != gen || len(ans.body) > maxAnswerBytes {
		return
	}
	if a.m == nil || a.bytes+len(ans.body) > maxAnswersBytes {
		a.m, a.bytes = map[string]answer{}, 0
	}
	a.m[key] = ans
	a.bytes += len(ans.body)
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
			res.Header().Set("ETag", etag)
			if c.Request().Header.Get("If-None-Match") == etag {
				return c.NoContent(http.StatusNotModified)
			}
			if ans, ok := a.get(gen, key); ok {
				res.Header().Set("X-Cache", "hit")
				return c.Blob(http.StatusOK, ans.contentType, ans.body)
			}
			rec := &recorder{ResponseWriter: res.Writer}
			res.Writer = rec
			err := next(c)
			res.Writer = rec.ResponseWriter
			if err == nil && res.Status == http.StatusOK && !rec.over {
				a.put(gen, key, answer{contentType: res.Header().Get(echo.HeaderContentType), body: rec.buf.Bytes()})
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
