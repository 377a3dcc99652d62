package store

// Deleting from Cayley's key-value backend in time linear in what is deleted.
//
// Cayley's kv.QuadStore.ApplyDeltas checks every quad it deletes (and every quad it adds
// when none of the quad's values is new) against its two indexes, [subject, predicate]
// and [object, predicate, subject]. Neither holds the label, so the check reads, one
// record at a time, every quad that shares the subject, predicate and object, until it
// finds the one with the right label; and a deleted quad stays in both index lists for
// ever, marked dead in its record, so the check reads the dead ones too. An article
// that states one relation in a thousand sentences holds a thousand relation quads with
// one subject, predicate and object and a thousand labels: deleting them reads half a
// million records, and adding them again after a delete (the statement nodes are still
// there, so the quads are not known to be new) reads the dead ones as well.
//
// So the store deletes those quads itself, inside the transaction Cayley then writes
// in: it already holds each quad's record (read from a node-led index when it gathered
// the document), marks it dead as Cayley does, takes its id out of the index lists
// (which Cayley never does) and lowers its values' reference counts. The quads of the
// document's own node and of its statement nodes, which share their subject with no
// other document, it leaves to Cayley's ApplyDeltas: their checks are cheap, and Cayley
// then removes the values no quad uses any more (the statement nodes, the sentences,
// the article's text) and forgets them in its in-memory cache of IRIs, which the store
// cannot reach. The store itself removes only literals (names, in node descriptions)
// that no quad uses any more; an IRI that only its deleted quads used keeps its record.
//
// Cayley's cache of IRIs. Cayley's key-value quad store keeps in memory the ids of the
// last 2,000 IRIs it has looked up or stored, and looks there before the database:
// its writes, to find the values of the quads they add and delete, and its lookups
// (ValueOf, RefsOf, and its query engine through them). A lookup fills the cache from
// its own read transaction, which may have begun before a write that removes the IRI
// (its last quad deleted) commits. Cayley drops the IRI from the cache as it removes
// it, before the commit; a lookup that finds the IRI in its older snapshot after that
// puts the removed id back, and the next write that uses the IRI takes the id from
// the cache: the quads it adds point at a value that is no longer stored, and read
// back without it.
//
// So the store never looks a value up through Cayley: it reads a value's id from the
// value index itself, in its own read transaction (valueIDs). Then the cache is read
// and filled only by the writes themselves and by queries that never run beside one:
//   - Cayley's writes, which the store runs one at a time (Store.write), each in one
//     transaction: they change the cache in step with what the transaction stores
//     (an IRI they read or add goes in with its id, one they remove comes out), so
//     when it commits the cache agrees with the database;
//   - Cayley's query engine (Gizmo, GraphQL), which runs only while no write does
//     (Store.gate, which a write holds until it has committed or rolled back): its
//     lookups read what the last write committed, which the cache agrees with.
// Whatever the order in which reads and writes run, every id in the cache is the id
// the database holds for its IRI whenever a write begins or a query runs. The one
// exception is a write that fails: rolled back, it leaves the cache agreeing with what
// was never stored, with ids that the next write will give to other values, and the
// store then replaces Cayley's quad store, cache and all, before the next write or
// query (Store.writeFailed).
//
// This writes Cayley's storage format (data version 2: records under "log", index lists
// of uvarint ids, uvarint reference counts under "n", the quad count under "meta"),
// which the pinned, unmaintained module will not change under us; the conformance
// tests check the result against Cayley's own reading of it.

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

// sharedKV is the key-value database under Cayley's quad store. While the store holds
// a write transaction of its own (update), Cayley's writes join it instead of opening
// another, so that what the store writes itself and what Cayley writes commit together
// or not at all. Writes are serialised by the store, so no other writer can join.
type sharedKV struct {
	hkv.KV
	bolt    *bolt.DB
	indexes []kv.QuadIndex // the index lists Cayley keeps, as its metadata names them
	joined  atomic.Pointer[joinedTx]

	// for tests: readHook runs in each read transaction as soon as it has begun, and
	// commitHook before the store's write transaction commits, failing it with what it
	// returns
	readHook   func()
	commitHook func() error
}

// Tx opens a transaction, or joins the store's write transaction if one is open.
func (db *sharedKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	if tx := db.joined.Load(); rw && tx != nil {
		return tx, nil
	}
	tx, err := db.KV.Tx(ctx, rw)
	if err == nil && !rw && db.readHook != nil {
		db.readHook()
	}
	return tx, err
}

// View runs fn in a read transaction.
func (db *sharedKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, db, fn)
}

// Update runs fn in a write transaction (the store's, if one is open).
func (db *sharedKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, db, fn)
}

// joinedTx is the store's write transaction as Cayley sees it: Cayley's commit and
// rollback leave it open, for the store to commit or roll back.
type joinedTx struct{ hkv.Tx }

func (joinedTx) Commit(context.Context) error { return nil }
func (joinedTx) Close() error                 { return nil }

// update runs fn in one write transaction, which Cayley's writes join, and commits it
// if fn succeeds.
func (db *sharedKV) update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	tx, err := db.KV.Tx(ctx, true)
	if err != nil {
		return err
	}
	db.joined.Store(&joinedTx{tx})
	err = fn(tx)
	db.joined.Store(nil)
	if err == nil && db.commitHook != nil {
		err = db.commitHook()
	}
	if err != nil {
		_ = tx.Close() // rolls back; err, which made it roll back, is the one to report
		return err
	}
	return tx.Commit(ctx)
}

var (
	keyMetaIndexes = hkv.Key{[]byte("meta"), []byte("indexes")}
	keyMetaSize    = hkv.Key{[]byte("meta"), []byte("size")}
)

// readIndexes reads which index lists the database keeps. The store reads through the
// [subject, predicate] and [object, predicate, subject] lists, which Cayley creates
// unless told otherwise when the database is made; a database without them is refused.
func (db *sharedKV) readIndexes(ctx context.Context) error {
	return db.View(ctx, func(tx hkv.Tx) error {
		data, err := tx.Get(ctx, keyMetaIndexes)
		if errors.Is(err, hkv.ErrNotFound) {
			return fmt.Errorf("the database has no index metadata: it was made by a Cayley older than 0.7.6")
		} else if err != nil {
			return err
		}
		if err := json.Unmarshal(data, &db.indexes); err != nil {
			return fmt.Errorf("reading the database's index metadata: %w", err)
		}
		for _, want := range kv.DefaultQuadIndexes {
			if !slices.ContainsFunc(db.indexes, func(ind kv.QuadIndex) bool { return slices.Equal(ind.Dirs, want.Dirs) }) {
				return fmt.Errorf("the database lacks Cayley's %v index, which actorgraph reads through", want.Dirs)
			}
		}
		return nil
	})
}

// valueKey is the key under which Cayley's value index holds the id of the value with
// hash h.
func valueKey(h refs.ValueHash) hkv.Key {
	return hkv.Key{[]byte{'v', h[0], h[1]}, h[:]}
}

// valueIDs reads the ids of values from the value index, in one read transaction: 0
// for a value not stored (or nil). It never reads or fills Cayley's cache of IRIs.
func (db *sharedKV) valueIDs(ctx context.Context, vals []quad.Value) ([]uint64, error) {
	out := make([]uint64, len(vals))
	var keys []hkv.Key
	var at []int
	for i, v := range vals {
		if v != nil {
			keys = append(keys, valueKey(refs.HashOf(v)))
			at = append(at, i)
		}
	}
	if len(keys) == 0 {
		return out, nil
	}
	err := db.View(ctx, func(tx hkv.Tx) error {
		ids, err := tx.GetBatch(ctx, keys)
		if err != nil {
			return err
		}
		for j, b := range ids {
			out[at[j]], _ = binary.Uvarint(b) // read before the transaction ends
		}
		return nil
	})
	return out, err
}

// kvQuad is a stored quad with its record in Cayley's log.
type kvQuad struct {
	q quad.Quad
	p *cproto.Primitive
}

func logKey(id uint64) hkv.Key {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, id)
	return hkv.Key{[]byte("log"), k}
}

// remove deletes quads in tx as Cayley's ApplyDeltas would, without its checks: each
// record is marked dead, its id leaves the index lists, the quad count falls, and so do
// the reference counts of its values. A record already dead, or no longer the quad it
// was read as, is left alone.
func (db *sharedKV) remove(ctx context.Context, tx hkv.Tx, quads []kvQuad) error {
	if len(quads) == 0 {
		return nil
	}
	keys, recs, err := readRecords(ctx, tx, quads)
	if err != nil {
		return err
	}
	var dead []*cproto.Primitive
	var gone []quad.Quad
	for i, p := range recs {
		if p == nil || p.Deleted || p.IsNode() || !p.IsSameLink(quads[i].p) {
			continue
		}
		p.Deleted = true
		buf, err := proto.Marshal(p)
		if err != nil {
			return err
		}
		if err := tx.Put(ctx, keys[i], buf); err != nil {
			return err
		}
		dead = append(dead, p)
		gone = append(gone, quads[i].q)
	}
	if err := db.unindex(ctx, tx, dead); err != nil {
		return err
	}
	if err := addSize(ctx, tx, -int64(len(dead))); err != nil {
		return err
	}
	return decrementValues(ctx, tx, gone)
}

// readRecords reads the log records of quads in one batch: their keys, and each
// record, nil where none is stored.
func readRecords(ctx context.Context, tx hkv.Tx, quads []kvQuad) ([]hkv.Key, []*cproto.Primitive, error) {
	keys := make([]hkv.Key, len(quads))
	for i, kq := range quads {
		keys[i] = logKey(kq.p.ID)
	}
	raw, err := tx.GetBatch(ctx, keys)
	if err != nil {
		return nil, nil, err
	}
	recs := make([]*cproto.Primitive, len(raw))
	for i, rec := range raw {
		if rec == nil {
			continue
		}
		p := new(cproto.Primitive)
		if err := proto.Unmarshal(rec, p); err != nil {
			return nil, nil, fmt.Errorf("reading quad record %d: %w", quads[i].p.ID, err)
		}
		recs[i] = p
	}
	return keys, recs, nil
}

// unindexDead takes out of the index lists the quads of quads whose records are dead:
// after Cayley's ApplyDeltas has deleted them, which leaves their ids in the lists.
func (db *sharedKV) unindexDead(ctx context.Context, tx hkv.Tx, quads []kvQuad) error {
	_, recs, err := readRecords(ctx, tx, quads)
	if err != nil {
		return err
	}
	var dead []*cproto.Primitive
	for _, p := range recs {
		if p != nil && p.Deleted && !p.IsNode() {
			dead = append(dead, p)
		}
	}
	return db.unindex(ctx, tx, dead)
}

// unindex removes the ids of quads from every index list that holds them, writing each
// list once.
func (db *sharedKV) unindex(ctx context.Context, tx hkv.Tx, quads []*cproto.Primitive) error {
	type list struct {
		key  hkv.Key
		drop map[uint64]bool
	}
	lists := map[string]*list{}
	for _, p := range quads {
		for _, ind := range db.indexes {
			k := ind.KeyFor(p)
			name := string(bytes.Join(k, []byte{0}))
			l := lists[name]
			if l == nil {
				l = &list{key: k, drop: map[uint64]bool{}}
				lists[name] = l
			}
			l.drop[p.ID] = true
		}
	}
	sorted := make([]*list, 0, len(lists))
	for _, l := range lists {
		sorted = append(sorted, l)
	}
	slices.SortFunc(sorted, func(a, b *list) int { return a.key.Compare(b.key) })
	keys := make([]hkv.Key, len(sorted))
	for i, l := range sorted {
		keys[i] = l.key
	}
	vals, err := tx.GetBatch(ctx, keys)
	if err != nil {
		return err
	}
	for i, l := range sorted {
		var keep []byte
		for b := vals[i]; len(b) > 0; {
			id, n := binary.Uvarint(b)
			if n <= 0 {
				return fmt.Errorf("index list %q: malformed id", l.key)
			}
			if !l.drop[id] {
				keep = binary.AppendUvarint(keep, id)
			}
			b = b[n:]
		}
		if len(keep) == 0 {
			err = tx.Del(ctx, l.key)
		} else {
			err = tx.Put(ctx, l.key, keep)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// addSize changes the quad count Cayley keeps.
func addSize(ctx context.Context, tx hkv.Tx, n int64) error {
	if n == 0 {
		return nil
	}
	var size int64
	v, err := tx.Get(ctx, keyMetaSize)
	if err == nil && len(v) == 8 {
		size = int64(binary.LittleEndian.Uint64(v))
	} else if err != nil && !errors.Is(err, hkv.ErrNotFound) {
		return err
	}
	buf := make([]byte, 8)
	binary.LittleEndian.PutUint64(buf, uint64(size+n))
	return tx.Put(ctx, keyMetaSize, buf)
}

// decrementValues lowers the reference count of every value of quads once for each
// quad it is in. A literal whose count reaches zero is removed, as Cayley removes it;
// an IRI keeps its record (without a count), since Cayley may hold its id in memory.
//
// Counts never fall below the number of live quads that use a value (Cayley counts a
// duplicate it ignores as one more), so a value still used, by a quad that Cayley is
// about to delete in the same transaction or any other, is never removed here.
func decrementValues(ctx context.Context, tx hkv.Tx, quads []quad.Quad) error {
	type value struct {
		v   quad.Value
		dec uint64
	}
	dec := map[refs.ValueHash]*value{}
	for _, q := range quads {
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				h := refs.HashOf(v)
				if dec[h] == nil {
					dec[h] = &value{v: v}
				}
				dec[h].dec++
			}
		}
	}
	hashes := make([]refs.ValueHash, 0, len(dec))
	for h := range dec {
		hashes = append(hashes, h)
	}
	slices.SortFunc(hashes, func(a, b refs.ValueHash) int { return bytes.Compare(a[:], b[:]) })
	keys := make([]hkv.Key, len(hashes))
	for i, h := range hashes {
		keys[i] = hkv.Key{[]byte{'n', h[0], h[1]}, h[:]}
	}
	counts, err := tx.GetBatch(ctx, keys)
	if err != nil {
		return err
	}
	var unused []hkv.Key // value keys of the literals no quad uses any more
	for i, h := range hashes {
		n, _ := binary.Uvarint(counts[i])
		if n > dec[h].dec {
			if err := tx.Put(ctx, keys[i], binary.AppendUvarint(nil, n-dec[h].dec)); err != nil {
				return err
			}
			continue
		}
		if err := tx.Del(ctx, keys[i]); err != nil {
			return err
		}
		if _, iri := dec[h].v.(quad.IRI); !iri {
			unused = append(unused, valueKey(h))
		}
	}
	ids, err := tx.GetBatch(ctx, unused)
	if err != nil {
		return err
	}
	for i, k := range unused {
		if err := tx.Del(ctx, k); err != nil {
			return err
		}
		if id, n := binary.Uvarint(ids[i]); n > 0 && id != 0 {
			if err := tx.Del(ctx, logKey(id)); err != nil {
				return err
			}
		}
	}
	return nil
}

// deltas turns quads into Cayley deltas of one action.
func deltas(quads []quad.Quad, action cgraph.Procedure) []cgraph.Delta {
	out := make([]cgraph.Delta, len(quads))
	for i, q := range quads {
		out[i] = cgraph.Delta{Quad: q, Action: action}
	}
	return out
}
