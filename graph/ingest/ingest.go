// Package ingest is the path from an article file to the store: parse, extract,
// write in one transaction; and back again, when the extractor improves.
package ingest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/store"
)

func (p *Pipeline) log() *slog.Logger {
	if p.Log == nil {
		return slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return p.Log
}

// Pipeline parses, extracts and stores articles.
type Pipeline struct {
	Store     *store.Store
	Extractor *extract.Extractor
	Log       *slog.Logger // may be nil
	// MaxBytes bounds an article file read by IngestPaths. Zero means 1 MiB.
	MaxBytes int64
	// Batch is how many articles IngestPaths writes in one transaction; zero means
	// DefaultBatch.
	Batch int
	// Progress, if set, is called after each batch IngestPaths stores, with the
	// number of articles in it and the number of files to ingest.
	Progress func(stored, total int)
}

// Ingest parses, extracts and stores one article.
func (p *Pipeline) Ingest(ctx context.Context, name string, data []byte) (graph.Change, error) {
	doc, err := extract.ParseArticle(name, data)
	if err != nil {
		return graph.Change{}, err
	}
	return p.Store.Ingest(ctx, Article(doc, p.extract(doc)))
}

// extract reads one document, and says when it held sentences too long to read whole.
func (p *Pipeline) extract(doc graph.Document) extract.Result {
	res := p.Extractor.Extract(doc)
	if res.Long > 0 {
		p.log().Warn("sentences too long to read whole were read in pieces", "document", doc.ID, "sentences", res.Long, "limit_bytes", extract.MaxSentenceBytes)
	}
	return res
}

// Article pairs a document with what the extractor found in it, ready to store.
func Article(doc graph.Document, res extract.Result) store.Article {
	return store.Article{Document: doc, ContentHash: extract.ContentHash(doc), Statements: res.Statements, Nodes: res.Nodes}
}

// Reextract runs the current extractor over every stored article from its stored text
// and metadata; each article is replaced in its own transaction.
func (p *Pipeline) Reextract(ctx context.Context) (graph.Reextraction, error) {
	var out graph.Reextraction
	docs, err := p.Store.Documents(ctx)
	if err != nil {
		return out, err
	}
	for _, info := range docs {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		d, err := p.Store.Document(ctx, info.ID)
		if err != nil {
			return out, err
		}
		doc := graph.Document{ID: d.ID, Title: d.Title, Source: d.Source, URL: d.URL, Text: d.Text}
		if d.Date != "" {
			if doc.Date, err = time.Parse("2006-01-02", d.Date); err != nil {
				return out, fmt.Errorf("reextract %s: stored date %q: %w", d.ID, d.Date, err)
			}
		}
		ch, err := p.Store.Ingest(ctx, Article(doc, p.extract(doc)))
		if err != nil {
			return out, err
		}
		out.Documents++
		if !ch.Unchanged {
			out.Changed++
		}
		out.Statements += ch.Statements
	}
	return out, nil
}

// Stats says what a bulk ingest did and where its time went.
type Stats struct {
	Articles   int           // stored (changed or not)
	Statements int           // extracted from them
	Extraction time.Duration // parsing and extraction, summed over the workers
	Storage    time.Duration // writing, wall time
}

// DefaultBatch is how many articles IngestPaths writes in one transaction unless
// told otherwise.
const DefaultBatch = 64

// IngestPaths ingests every article file under the given paths, in name order.
// Articles are read and extracted on every core while the previous batch is written;
// each batch of p.Batch articles is one transaction, so a crash leaves every article
// whole or absent. A file that cannot be read or parsed stops the ingest with its
// name; the articles before it are stored.
func (p *Pipeline) IngestPaths(ctx context.Context, paths []string) (Stats, error) {
	var st Stats
	files, err := articleFiles(paths)
	if err != nil {
		return st, err
	}
	size := p.Batch
	if size <= 0 {
		size = DefaultBatch
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan extracted, 1)
	go func() {
		defer close(batches)
		for start := 0; start < len(files); start += size {
			b := p.extractAll(ctx, files[start:min(start+size, len(files))])
			select {
			case batches <- b:
			case <-ctx.Done():
				return
			}
			if b.err != nil {
				return
			}
		}
	}()
	for b := range batches {
		st.Extraction += b.took
		if len(b.articles) > 0 {
			start := time.Now()
			changes, err := p.Store.IngestBatch(ctx, b.articles)
			st.Storage += time.Since(start)
			if err != nil {
				return st, err
			}
			for i, ch := range changes {
				st.Articles++
				st.Statements += ch.Statements
				p.log().Debug("ingested", "file", b.files[i], "document", ch.Document, "statements", ch.Statements,
					"added", ch.Added, "removed", ch.Removed, "unchanged", ch.Unchanged)
			}
			if p.Progress != nil {
				p.Progress(len(changes), len(files))
			}
		}
		if b.err != nil {
			return st, b.err
		}
	}
	return st, ctx.Err()
}

// extracted is a batch of articles ready to store, with their files; err, if set,
// stopped the batch after them.
type extracted struct {
	files    []string
	articles []store.Article
	took     time.Duration
	err      error
}

// extractAll reads and extracts files on every core, keeping their order.
func (p *Pipeline) extractAll(ctx context.Context, files []string) extracted {
	articles := make([]store.Article, len(files))
	errs := make([]error, len(files))
	took := make([]time.Duration, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				start := time.Now()
				data, err := p.readArticle(files[i])
				if err == nil {
					var doc graph.Document
					if doc, err = extract.ParseArticle(files[i], data); err == nil {
						articles[i] = Article(doc, p.extract(doc))
					}
				}
				errs[i], took[i] = err, time.Since(start)
			}
		}()
	}
	for i := range files {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	out := extracted{files: files}
	for i := range files {
		out.took += took[i]
		if errs[i] != nil {
			out.err = errs[i] // names the file
			break
		}
		out.articles = append(out.articles, articles[i])
	}
	if out.err == nil {
		out.err = ctx.Err()
	}
	out.files = files[:len(out.articles)]
	return out
}

// articleFiles expands directories into the article files they hold.
func articleFiles(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".txt", ".md", ".json":
				if !d.IsDir() && !strings.HasSuffix(path, ".gold.json") {
					out = append(out, path)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(out)
	return out, nil
}

// readArticle reads an article file, refusing one larger than the limit before
// reading it.
func (p *Pipeline) readArticle(name string) ([]byte, error) {
	limit := p.MaxBytes
	if limit == 0 {
		limit = 1 << 20
	}
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if info.Size() > limit {
		return nil, &graph.Error{Op: "read article", Name: name, Err: graph.Invalidf("%d bytes, larger than the limit of %d (--max-body)", info.Size(), limit)}
	}
	return os.ReadFile(name)
}
