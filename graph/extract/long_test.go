package extract

import (
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// noPunctuation returns n bytes of words from news copy with no full stop: one
// sentence, as far as punctuation goes.
func noPunctuation(n int) string {
	words := strings.Fields("the army of Sudan said that Egypt backs the government and Russia supports Haftar while Turkey opposes the rebels in Libya and France and the United Nations called for talks between the two sides")
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	return b.String()
}

// TestLongTextLinear feeds text without punctuation, 64 KiB and 1 MiB of it: the
// second takes at most about sixteen times the first's time and memory, as a reading
// in time linear in its length does, and its sentences are read in pieces.
func TestLongTextLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a megabyte of text")
	}
	x := testExtractor(t)
	measure := func(n int) (time.Duration, uint64, Result) {
		doc := graph.Document{ID: "long", Text: noPunctuation(n)}
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		res := x.Extract(doc)
		took := time.Since(start)
		runtime.ReadMemStats(&after)
		return took, after.TotalAlloc - before.TotalAlloc, res
	}
	measure(64 << 10) // warm
	smallT, smallM, _ := measure(64 << 10)
	bigT, bigM, res := measure(1 << 20)
	t.Logf("64 KiB: %v, %d MB allocated; 1 MiB: %v, %d MB allocated", smallT, smallM>>20, bigT, bigM>>20)
	if res.Long != 1 || res.Sentences < (1<<20)/MaxSentenceBytes {
		t.Errorf("1 MiB in one sentence: %d long sentences, %d sentences read; want 1 read in pieces of at most %d bytes", res.Long, res.Sentences, MaxSentenceBytes)
	}
	for _, st := range res.Statements {
		if len(st.Evidence.Sentence) > MaxSentenceBytes {
			t.Fatalf("evidence of %d bytes, over %d", len(st.Evidence.Sentence), MaxSentenceBytes)
		}
	}
	// sixteen times the text: linear work is sixteen times the work, with room for
	// a busy machine; the square of the length would be 256 times
	if bigM > 24*smallM {
		t.Errorf("memory grows faster than the text: %d MB for 64 KiB, %d MB for 1 MiB", smallM>>20, bigM>>20)
	}
	if bigT > 48*smallT {
		t.Errorf("time grows faster than the text: %v for 64 KiB, %v for 1 MiB", smallT, bigT)
	}
}
