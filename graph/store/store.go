// Package store keeps actorgraph's graph in Cayley. It is the only package that imports
// Cayley: it opens a backend, writes each article's quads in one transaction, answers
// the relation queries and streams exports.
//
// The graph follows the contract of the README's data model: actors and initiatives
// with labels and aliases, one statement node per piece of evidence (the label of the
// relation quad), and document nodes that keep the full text.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // registers the CockroachDB flavour
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // registers the PostgreSQL flavour
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/actorgraph/actorgraph/graph"
)

// Options configure Open.
type Options struct {
	// LockTimeout bounds the wait for a database file that another process holds.
	// Zero means five seconds.
	LockTimeout time.Duration
	// BulkFilters keeps the in-memory filters with which Cayley's key-value backend
	// tells new quads from stored ones without reading its indexes: about 80 MB,
	// filled at open by reading every quad. They pay off when millions of quads are
	// written (import, bulk ingest); a server, which writes an article at a time, opens
	// faster and holds less without them. Writes are correct either way.
	BulkFilters bool
}

// Store is an actorgraph graph in a Cayley quad store. It is safe for concurrent use;
// writes are serialised.
type Store struct {
	// qs is Cayley's quad store, loaded for each use: on the key-value backend a write
	// that fails replaces it (see resetCayley).
	qs atomic.Pointer[cayleyStore]
	// kv is the bbolt database under a key-value quad store, through which the store
	// deletes quads itself and looks values up (see kvwrite.go); nil for the SQL
	// backend.
	kv *sharedKV
	// kvOptions open the key-value quad store again.
	kvOptions cgraph.Options
	// unsettled says that a write failed and Cayley's quad store could not be replaced
	// since: writes try again first, queries refuse. Written with gate held
	// exclusively.
	unsettled error
	write     sync.Mutex
	// gate keeps writes out while a Gizmo or GraphQL query runs: Cayley's query engine
	// opens read transactions inside others, which a writer growing the file would
	// deadlock against, and it looks values up through Cayley's cache of IRIs, which
	// agrees with the database only while no write runs (see kvwrite.go). Writes take
	// it exclusively; queries share it.
	gate sync.RWMutex

	// Reads that every relation query repeats, kept until the next write: node
	// descriptions (label, aliases, kind), document fields (without their text), the
	// relation edges at a node, and statements' evidence. Only a store that one process
	// owns keeps them: on a shared SQL database another server may write.
	nodes      cache[quad.Value, graph.Node]
	docs       cache[quad.Value, graph.DocumentInfo]
	adjacency  cache[adjacencyKey, []halfEdge]
	statements cache[quad.Value, statement]
	generation atomic.Uint64 // writes so far
}

// Generation returns a number that every write increases, and whether answers
// computed from the store may be kept until it changes: true when this process owns
// the store (a bbolt file), false for a database other servers may write to.
func (s *Store) Generation() (uint64, bool) {
	return s.generation.Load(), s.nodes.limit > 0
}

// cayleyStore is the quad store that Store.qs holds.
type cayleyStore struct{ cgraph.QuadStore }

// cayley returns Cayley's quad store.
func (s *Store) cayley() cgraph.QuadStore { return s.qs.Load().QuadStore }

// forgetNodes clears the caches after a write.
func (s *Store) forgetNodes() {
	s.generation.Add(1)
	s.nodes.clear()
	s.docs.clear()
	s.adjacency.clear()
	s.statements.clear()
}

// cache keeps values read from the store until the next write, up to a bound. A read
// that began before a write is not kept after it: each value is stored only if no
// clear happened while it was read.
type cache[K comparable, V any] struct {
	mu    sync.Mutex
	m     map[K]V
	gen   uint64
	limit int // entries; zero disables the cache
}

func (c *cache[K, V]) clear() {
	c.mu.Lock()
	c.m = nil
	c.gen++
	c.mu.Unlock()
}

// lookup returns the cached value for key and the generation to pass to put.
func (c *cache[K, V]) lookup(key K) (V, bool, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[key]
	return v, ok, c.gen
}

// put keeps v unless the cache was cleared since generation gen.
func (c *cache[K, V]) put(key K, v V, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.limit == 0 || c.gen != gen {
		return
	}
	if c.m == nil || len(c.m) >= c.limit {
		c.m = make(map[K]V)
	}
	c.m[key] = v
}

// get returns the cached value for key, reading and keeping it on a miss.
func (c *cache[K, V]) get(key K, read func() (V, error)) (V, error) {
	v, ok, gen := c.lookup(key)
	if ok {
		return v, nil
	}
	v, err := read()
	if err == nil {
		c.put(key, v, gen)
	}
	return v, err
}

// getMany returns the cached values of keys, reading the missing ones in one call.
// Keys that read leaves out are left out of the answer.
func (c *cache[K, V]) getMany(keys []K, read func([]K) (map[K]V, error)) (map[K]V, error) {
	out := make(map[K]V, len(keys))
	var missing []K
	c.mu.Lock()
	gen := c.gen
	for _, k := range keys {
		if v, ok := c.m[k]; ok {
			out[k] = v
		} else {
			missing = append(missing, k)
		}
	}
	c.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	got, err := read(missing)
	if err != nil {
		return nil, err
	}
	for k, v := range got {
		out[k] = v
		c.put(k, v, gen)
	}
	return out, nil
}

// enableCaches turns the read caches on, with their bounds.
func (s *Store) enableCaches() {
	s.nodes.limit = 100_000
	s.docs.limit = 100_000
	s.adjacency.limit = 20_000
	s.statements.limit = 500_000
}

// Open opens the store at path: a bbolt database file, created (with its directory) if
// needed, or, for a postgres:// or postgresql:// URL, a PostgreSQL database through
// Cayley's SQL backend, which several servers can share (cockroach:// or
// cockroachdb://, with the rest of the URL as PostgreSQL would take it, selects
// Cayley's CockroachDB flavour). A bbolt file that another
// process has open fails with graph.ErrInUse after the lock timeout instead of
// waiting forever.
func Open(path string, opt Options) (*Store, error) {
	switch scheme, rest, _ := strings.Cut(path, "://"); scheme {
	case "postgres", "postgresql":
		return openSQL("postgres", path)
	case "cockroach", "cockroachdb":
		// CockroachDB speaks PostgreSQL's protocol; Cayley's cockroach flavour adds its
		// transaction retries and column families
		return openSQL("cockroach", "postgres://"+rest)
	}
	fail := func(err error) (*Store, error) { return nil, &graph.Error{Op: "open store", Name: path, Err: err} }
	if opt.LockTimeout == 0 {
		opt.LockTimeout = 5 * time.Second
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fail(err)
		}
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: opt.LockTimeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return fail(fmt.Errorf("%w: another process (a running server?) has it open; stop it or write through its HTTP API", graph.ErrInUse))
	}
	if err != nil {
		return fail(err)
	}
	kvdb := &sharedKV{KV: hbolt.New(db), bolt: db}
	// upfront creates the buckets at once, which makes first loads several times faster
	if err := kv.Init(kvdb, cgraph.Options{"upfront": true}); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return fail(err)
	}
	kvOptions := cgraph.Options{kv.OptNoBloom: !opt.BulkFilters}
	qs, err := kv.New(kvdb, kvOptions)
	if err != nil {
		db.Close()
		return fail(err)
	}
	if err := kvdb.readIndexes(context.Background()); err != nil {
		db.Close()
		return fail(err)
	}
	s := &Store{kv: kvdb, kvOptions: kvOptions}
	s.qs.Store(&cayleyStore{qs})
	s.enableCaches()
	return s, nil
}

// openSQL opens a database of Cayley's SQL backend, creating its tables if needed.
func openSQL(flavour, dsn string) (*Store, error) {
	// the error may carry the password; name the store by its host only
	name := flavour
	if u, err := url.Parse(dsn); err == nil {
		name = flavour + "://" + u.Host + u.Path
	}
	fail := func(err error) (*Store, error) { return nil, &graph.Error{Op: "open store", Name: name, Err: err} }
	if err := csql.Init(flavour, dsn, cgraph.Options{}); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return fail(err)
	}
	if flavour == "postgres" {
		if err := addDeleteIndexes(dsn); err != nil {
			return fail(err)
		}
	}
	qs, err := csql.New(flavour, dsn, cgraph.Options{})
	if err != nil {
		return fail(err)
	}
	s := &Store{}
	s.qs.Store(&cayleyStore{qs})
	return s, nil
}

// settle prepares the store for a write or a query after a write failed; the caller
// holds gate exclusively. It replaces Cayley's quad store if that could not be done
// when the write failed.
func (s *Store) settle() error {
	if s.unsettled == nil {
		return nil
	}
	return s.resetCayley()
}

// writeFailed is called, with gate held exclusively, when a write failed with err.
//
// Cayley's key-value quad store keeps in memory what its writes change as they go,
// before they commit: the ids of IRIs in its cache (see kvwrite.go) and, with
// BulkFilters, filters of the stored quads and values. After a rollback these describe
// what was never stored, among them ids of new values that the next write gives to
// other values. So the quad store is dropped, and all it kept in memory with it, for a
// new one on the same database. Reads running with the old one are unaffected: they
// read the database, never that memory.
func (s *Store) writeFailed(err error) error {
	if s.kv == nil {
		return err // the SQL backend keeps nothing a rollback makes wrong
	}
	if rerr := s.resetCayley(); rerr != nil {
		return errors.Join(err, rerr)
	}
	return err
}

// resetCayley opens Cayley's key-value quad store again; the caller holds gate
// exclusively.
func (s *Store) resetCayley() error {
	qs, err := kv.New(s.kv, s.kvOptions)
	if err != nil {
		s.unsettled = fmt.Errorf("store: opening the quad store again after a failed write: %w", err)
		return s.unsettled
	}
	s.qs.Store(&cayleyStore{qs})
	s.unsettled = nil
	return nil
}

// addDeleteIndexes adds to a PostgreSQL database of Cayley's schema the two indexes
// that deletes need to run in time linear in what they delete. Cayley removes a value
// whose last quad is deleted: each removal checks the foreign key from quads.label_hash,
// which no index of Cayley's leads with, so without quads_label_index every removed
// statement node scans the whole quads table; and each write that deletes ends with
// DELETE FROM nodes WHERE refs <= 0, which without the partial nodes_unused_index scans
// the whole nodes table. Both are made once, the first time a server opens the
// database.
func addDeleteIndexes(dsn string) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, ddl := range []string{
		`CREATE INDEX IF NOT EXISTS quads_label_index ON quads (label_hash)`,
		`CREATE INDEX IF NOT EXISTS nodes_unused_index ON nodes (hash) WHERE refs <= 0`,
	} {
		// a server making the same index at the same time makes this one fail once it
		// is made; the second try finds it
		if _, err := db.Exec(ddl); err != nil {
			if _, err := db.Exec(ddl); err != nil {
				return fmt.Errorf("adding an index that deletes need (%s; the database user must own Cayley's tables, or make it once by hand): %w", ddl, err)
			}
		}
	}
	return nil
}

// QuadStore returns the underlying Cayley quad store, for benchmarks that compare
// actorgraph with Cayley's own tools on the same data. Writes through it bypass
// actorgraph's transactions and indexes, and neither reads nor writes through it may
// run beside the store's own writes.
func (s *Store) QuadStore() cgraph.QuadStore { return s.cayley() }

// Close closes the database.
func (s *Store) Close() error { return s.cayley().Close() }

// Stats reports the number of quads stored.
func (s *Store) Stats(ctx context.Context) (quads int64, err error) {
	st, err := s.cayley().Stats(ctx, true)
	if err != nil {
		return 0, fmt.Errorf("store: stats: %w", err)
	}
	return st.Quads.Value, nil
}

// Empty reports whether no document has been stored.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	docs, err := s.subjectsOfType(ctx, graph.ClassDocument, 1)
	return len(docs) == 0, err
}

// ref returns the store's reference to a value, or nil if the value is not stored.
func (s *Store) ref(v quad.Value) (refs.Ref, error) {
	r, err := s.refsOf(context.Background(), []quad.Value{v})
	if err != nil {
		return nil, err
	}
	return r[0], nil
}

// refsOf returns the store's references to values, nil for a value not stored. On the
// key-value backend it reads them from the database, in one read transaction, never
// through Cayley's cache of IRIs (see kvwrite.go).
func (s *Store) refsOf(ctx context.Context, vals []quad.Value) ([]refs.Ref, error) {
	out := make([]refs.Ref, len(vals))
	if s.kv != nil {
		ids, err := s.kv.valueIDs(ctx, vals)
		if err != nil {
			return nil, fmt.Errorf("store: values: %w", err)
		}
		for i, id := range ids {
			if id != 0 {
				out[i] = kv.Int64Value(id)
			}
		}
		return out, nil
	}
	for i, v := range vals {
		r, err := s.cayley().ValueOf(v)
		if err != nil {
			return nil, fmt.Errorf("store: value of %v: %w", v, err)
		}
		out[i] = r
	}
	return out, nil
}

// exists reports whether any quad has v as its subject. A value's reference may
// outlive its last quad, so this, not ValueOf, says whether a node is in the graph.
func (s *Store) exists(ctx context.Context, v quad.Value) (bool, error) {
	r, err := s.ref(v)
	if err != nil || r == nil {
		return false, err
	}
	it := s.cayley().QuadIterator(quad.Subject, r).Iterate()
	found := it.Next(ctx)
	err = it.Err()
	it.Close() // before anything else reads: no nested read transactions
	if cerr := ctx.Err(); cerr != nil {
		return false, cerr
	}
	return found, err
}

// quadsFrom calls fn for every quad with value v in direction d, using the index that
// starts from that node. It honours ctx, which Cayley's iterators report as a silent
// stop.
//
// The index iterator holds a bbolt read transaction until it is closed, so the quads'
// references are gathered first and the iterator closed before any quad is read or fn
// runs: a read transaction opened inside another deadlocks against a writer that must
// grow the file.
//
// With predicates given, only quads with one of them are read: a node's quads of one
// predicate are one prefix scan of the KV backends' [subject, predicate] or [object,
// predicate, subject] index, or one SQL query, so the node's other quads (a hub's
// thousands of relations, when its label is asked for) are never touched.
func (s *Store) quadsFrom(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error, predicates ...quad.Value) error {
	return s.quadRefsFrom(ctx, d, v, func(_ refs.Ref, q quad.Quad) error { return fn(q) }, predicates...)
}

// quadRefsFrom is quadsFrom that also passes each quad's reference in the store.
func (s *Store) quadRefsFrom(ctx context.Context, d quad.Direction, v quad.Value, fn func(refs.Ref, quad.Quad) error, predicates ...quad.Value) error {
	qs := s.cayley()
	looked, err := s.refsOf(ctx, append([]quad.Value{v}, predicates...))
	if err != nil {
		return err
	}
	r := looked[0]
	if r == nil {
		return nil
	}
	var want []refs.Ref
	for _, pr := range looked[1:] {
		if pr != nil {
			want = append(want, pr)
		}
	}
	if len(predicates) > 0 && len(want) == 0 {
		return nil // none of the predicates is stored
	}
	var found []refs.Ref
	if kqs, ok := qs.(*kv.QuadStore); ok && len(want) > 0 && (d == quad.Subject || d == quad.Object) {
		index := kv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}
		if d == quad.Object {
			index = kv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}
		}
		for _, pr := range want {
			scan := kv.IndexScan{Index: index, Values: []uint64{uint64(r.(kv.Int64Value)), uint64(pr.(kv.Int64Value))}}
			if found, err = collectRefs(ctx, scan.BuildIterator(kqs), found, nil); err != nil {
				return err
			}
		}
	} else if len(want) > 0 {
		// one query a predicate, which the SQL backend answers from its
		// [object, predicate, subject] or [subject, predicate, object] index
		for _, pr := range want {
			q := shape.Quads{{Dir: d, Values: shape.Fixed{r}}, {Dir: quad.Predicate, Values: shape.Fixed{pr}}}
			if found, err = collectRefs(ctx, shape.BuildIterator(ctx, qs, q), found, nil); err != nil {
				return err
			}
		}
	} else if found, err = collectRefs(ctx, qs.QuadIterator(d, r), found, nil); err != nil {
		return err
	}
	quads, err := s.resolve(ctx, found)
	if err != nil {
		return err
	}
	for i, q := range quads {
		if gone(q) {
			continue
		}
		if err := fn(found[i], q); err != nil {
			return err
		}
	}
	return nil
}

// gone reports a quad deleted, with its values, between the read of an index and the
// read of its values: a write that committed in between, beside the read.
func gone(q quad.Quad) bool {
	return q.Subject == nil || q.Predicate == nil || q.Object == nil
}

// collectRefs appends the references of the quads an index iterator yields (those
// keep accepts, if given) and closes it.
func collectRefs(ctx context.Context, shape iterator.Shape, found []refs.Ref, keep func(refs.Ref) bool) ([]refs.Ref, error) {
	it := shape.Iterate()
	for it.Next(ctx) {
		if ref := it.Result(); keep == nil || keep(ref) {
			found = append(found, ref)
		}
	}
	err := it.Err()
	it.Close()
	if cerr := ctx.Err(); cerr != nil {
		return found, cerr
	}
	return found, err
}

// resolve turns quad references into quads, reading all their values in one batch
// (one transaction on bbolt) rather than four reads a quad.
func (s *Store) resolve(ctx context.Context, found []refs.Ref) ([]quad.Quad, error) {
	if len(found) == 0 {
		return nil, nil
	}
	qs := s.cayley()
	dirs := [4]quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label}
	pos := make([][4]int, len(found)) // index into vals, -1 for none
	index := map[any]int{}
	var want []refs.Ref
	for i, ref := range found {
		for j, d := range dirs {
			pos[i][j] = -1
			r, err := qs.QuadDirection(ref, d)
			if err != nil {
				return nil, fmt.Errorf("store: read quad: %w", err)
			}
			if r == nil {
				continue
			}
			k, ok := index[r.Key()]
			if !ok {
				k = len(want)
				index[r.Key()] = k
				want = append(want, r)
			}
			pos[i][j] = k
		}
	}
	vals, err := cgraph.ValuesOf(ctx, qs, want)
	if err != nil {
		return nil, fmt.Errorf("store: read values: %w", err)
	}
	out := make([]quad.Quad, len(found))
	for i := range found {
		var v [4]quad.Value
		for j := range dirs {
			if p := pos[i][j]; p >= 0 {
				v[j] = vals[p]
			}
		}
		out[i] = quad.Quad{Subject: v[0], Predicate: v[1], Object: v[2], Label: v[3]}
	}
	return out, nil
}

// subjectsOfType lists the nodes with rdf:type class, up to limit (0: all).
func (s *Store) subjectsOfType(ctx context.Context, class string, limit int) ([]quad.Value, error) {
	var out []quad.Value
	seen := map[quad.Value]bool{}
	errStop := errors.New("stop")
	err := s.quadsFrom(ctx, quad.Object, quad.IRI(class), func(q quad.Quad) error {
		if q.Predicate != quad.IRI(graph.RDFType) || seen[q.Subject] {
			return nil
		}
		seen[q.Subject] = true
		out = append(out, q.Subject)
		if limit > 0 && len(out) >= limit {
			return errStop
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	return out, nil
}
