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
	"slices"
	"strings"
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
}

// Ingest parses, extracts and stores one article.
func (p *Pipeline) Ingest(ctx context.Context, name string, data []byte) (graph.Change, error) {
	doc, err := extract.ParseArticle(name, data)
	if err != nil {
		return graph.Change{}, err
	}
	return p.Store.Ingest(ctx, Article(doc, p.Extractor.Extract(doc)))
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
		ch, err := p.Store.Ingest(ctx, Article(doc, p.Extractor.Extract(doc)))
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

// IngestPaths ingests every article file under the given paths, in name order, one
// transaction each.
func (p *Pipeline) IngestPaths(ctx context.Context, paths []string) (n int, err error) {
	files, err := articleFiles(paths)
	if err != nil {
		return 0, err
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		data, err := p.readArticle(f)
		if err != nil {
			return n, err
		}
		ch, err := p.Ingest(ctx, f, data)
		if err != nil {
			return n, err
		}
		n++
		p.log().Info("ingested", "file", f, "document", ch.Document, "statements", ch.Statements,
			"added", ch.Added, "removed", ch.Removed, "unchanged", ch.Unchanged)
	}
	return n, nil
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
