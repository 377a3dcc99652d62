package syntax

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Features are hashed to 32 bits: a template number mixed with the values it reads
// (word hashes, tags, labels, distances). Two features that collide share weights,
// as in any hashed model; with a few million features the effect is noise.

func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + h<<6 + h>>2
	return h
}

func finish(h uint64) uint32 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	k := uint32(h)
	if k == 0 {
		k = 1 // 0 marks an empty slot of the table
	}
	return k
}

func feat1(t, a uint64) uint32       { return finish(mix(t*0x100000001b3, a)) }
func feat2(t, a, b uint64) uint32    { return finish(mix(mix(t*0x100000001b3, a), b)) }
func feat3(t, a, b, c uint64) uint32 { return finish(mix(mix(mix(t*0x100000001b3, a), b), c)) }

// hashString is 64-bit FNV-1a: stable across runs and machines, unlike maphash.
func hashString(s string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001b3
	}
	return h
}

// trainer is an averaged perceptron over hashed features (Collins 2002, with the lazy
// averaging of Daumé's thesis): weights are integers changed by one per mistake, and
// the average is kept as a running total, so training is exact and deterministic.
type trainer struct {
	nclass int
	rows   map[uint32]*trainRow
	now    int64 // instances seen
}

type trainRow struct {
	cls []uint8
	w   []int32
	tot []int64
	ts  []int64
}

func newTrainer(nclass int) *trainer {
	return &trainer{nclass: nclass, rows: map[uint32]*trainRow{}}
}

// score adds each feature's weights to scores, which it first clears.
func (t *trainer) score(feats []uint32, scores []float64) {
	clear(scores)
	for _, f := range feats {
		r := t.rows[f]
		if r == nil {
			continue
		}
		for i, c := range r.cls {
			scores[c] += float64(r.w[i])
		}
	}
}

// update moves the weights of feats towards class good and away from class bad.
func (t *trainer) update(feats []uint32, good, bad int) {
	if good == bad {
		return
	}
	for _, f := range feats {
		r := t.rows[f]
		if r == nil {
			r = &trainRow{}
			t.rows[f] = r
		}
		r.add(uint8(good), 1, t.now)
		r.add(uint8(bad), -1, t.now)
	}
}

func (r *trainRow) add(c uint8, d int32, now int64) {
	i := slices.Index(r.cls, c)
	if i < 0 {
		r.cls = append(r.cls, c)
		r.w = append(r.w, 0)
		r.tot = append(r.tot, 0)
		r.ts = append(r.ts, now)
		i = len(r.cls) - 1
	}
	r.tot[i] += (now - r.ts[i]) * int64(r.w[i])
	r.ts[i] = now
	r.w[i] += d
}

// tick counts one training instance, for the average.
func (t *trainer) tick() { t.now++ }

// freeze averages the weights, quantises them to 16-bit integers and drops those
// that round to less than minWeight: what a model keeps.
func (t *trainer) freeze(minWeight int) *weights {
	type avg struct {
		c uint8
		v float64
	}
	keys := make([]uint32, 0, len(t.rows))
	for k := range t.rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	maxAbs := 0.0
	avgs := make([][]avg, len(keys))
	for i, k := range keys {
		r := t.rows[k]
		for j, c := range r.cls {
			total := r.tot[j] + (t.now-r.ts[j])*int64(r.w[j])
			v := float64(total) / float64(t.now)
			if v != 0 {
				avgs[i] = append(avgs[i], avg{c, v})
				maxAbs = max(maxAbs, math.Abs(v))
			}
		}
		slices.SortFunc(avgs[i], func(a, b avg) int { return int(a.c) - int(b.c) })
	}
	w := &weights{nclass: t.nclass}
	if maxAbs == 0 {
		w.index()
		return w
	}
	scale := 32000 / maxAbs
	for i, k := range keys {
		start := len(w.entries)
		for _, a := range avgs[i] {
			q := math.Round(a.v * scale)
			if math.Abs(q) < float64(minWeight) {
				continue
			}
			w.entries = append(w.entries, entry(a.c, int16(q)))
		}
		if len(w.entries) > start {
			w.keys = append(w.keys, k)
			w.start = append(w.start, uint32(start))
		}
	}
	w.index()
	return w
}

// weights is a frozen model: for each feature kept, the classes it votes for with
// 16-bit weights, found through an open-addressing table whose slots hold the key and
// where its row starts, so that reading a feature touches two cache lines.
type weights struct {
	nclass  int
	keys    []uint32 // sorted
	start   []uint32 // row i is entries[start[i]:start[i+1]]
	entries []uint32 // class<<16 | uint16(weight)
	table   []uint64 // key<<32 | start<<8 | length, or 0
	mask    uint32
}

const maxEntries = 1 << 24 // the 24 bits a table slot gives a row's start

func entry(c uint8, w int16) uint32 { return uint32(c)<<16 | uint32(uint16(w)) }

func (w *weights) index() {
	size := 1
	for size < len(w.keys)*3/2+1 {
		size <<= 1
	}
	w.table = make([]uint64, size)
	w.mask = uint32(size - 1)
	w.start = append(w.start, uint32(len(w.entries)))
	for i, k := range w.keys {
		slot := w.home(k)
		for w.table[slot] != 0 {
			slot = (slot + 1) & w.mask
		}
		w.table[slot] = uint64(k)<<32 | uint64(w.start[i])<<8 | uint64(w.start[i+1]-w.start[i])
	}
}

// score adds each feature's weights to scores, which it first clears. The table and
// the rows are far larger than the caches, and waiting for their memory is most of
// what parsing costs; so score reads the features' slots of the table, then their
// rows, each step for a batch of features at once, and the reads of a batch overlap
// instead of waiting on each other.
func (w *weights) score(feats []uint32, scores []int32) {
	clear(scores)
	var slots [128]uint64
	var rows [128]uint32
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(slots))]
		feats = feats[len(batch):]
		for i, k := range batch {
			slots[i] = w.table[w.home(k)]
		}
		for i, k := range batch {
			rows[i] = w.find(k, slots[i])
		}
		for _, r := range rows[:len(batch)] {
			lo, n := r>>8, r&0xff
			for _, v := range w.entries[lo : lo+n] {
				scores[v>>16] += int32(int16(v))
			}
		}
	}
}

// home is the slot of the table where the search for feature k starts.
func (w *weights) home(k uint32) uint32 { return (k * 0x9e3779b1) & w.mask }

// find returns where feature k's row starts and its length (start<<8 | length), or 0
// if the table lacks it, given the home slot's content e.
func (w *weights) find(k uint32, e uint64) uint32 {
	for slot := w.home(k); e != 0; e = w.table[slot] {
		if uint32(e>>32) == k {
			return uint32(e)
		}
		slot = (slot + 1) & w.mask
	}
	return 0
}

// append writes the weights: class count, row count, then each row as the delta of
// its key, its length and its (class, weight) pairs, all as varints.
func (w *weights) append(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(w.nclass))
	b = binary.AppendUvarint(b, uint64(len(w.keys)))
	prev := uint32(0)
	for i, k := range w.keys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		prev = k
		lo, hi := w.start[i], w.start[i+1]
		b = binary.AppendUvarint(b, uint64(hi-lo))
		for _, v := range w.entries[lo:hi] {
			b = append(b, byte(v>>16))
			b = binary.AppendVarint(b, int64(int16(v)))
		}
	}
	return b
}

var errShort = errors.New("model data ends early")

// readWeights reads what append wrote and returns the rest of b.
func readWeights(b []byte) (*weights, []byte, error) {
	r := reader{b: b}
	w := &weights{nclass: int(r.uvarint())}
	n := int(r.uvarint())
	if r.err != nil || n > len(b) {
		return nil, nil, fmt.Errorf("weights header: %w", errShort)
	}
	w.keys = make([]uint32, 0, n)
	w.start = make([]uint32, 0, n+1)
	w.entries = make([]uint32, 0, n*2)
	prev := uint32(0)
	for range n {
		prev += uint32(r.uvarint())
		w.keys = append(w.keys, prev)
		w.start = append(w.start, uint32(len(w.entries)))
		m := int(r.uvarint())
		if m > w.nclass || len(w.entries)+m > maxEntries {
			return nil, nil, fmt.Errorf("weights: row of %d classes of %d", m, w.nclass)
		}
		for range m {
			c := r.byte()
			if int(c) >= w.nclass {
				return nil, nil, fmt.Errorf("weights: class %d of %d", c, w.nclass)
			}
			w.entries = append(w.entries, entry(c, int16(r.varint())))
		}
		if r.err != nil {
			return nil, nil, fmt.Errorf("weights: %w", r.err)
		}
	}
	w.index()
	return w, r.b, nil
}

// reader decodes varints and strings, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errShort
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errShort
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) byte() byte {
	if r.err != nil || len(r.b) == 0 {
		r.err = errShort
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) string() string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)) {
		r.err = errShort
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}
