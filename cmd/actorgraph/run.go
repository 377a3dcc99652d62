package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"reflect"
	"runtime/debug"
	"strings"
	"time"

	"github.com/alecthomas/kong"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/extract"
	"github.com/actorgraph/actorgraph/graph/extract/syntax"
	"github.com/actorgraph/actorgraph/graph/ingest"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/graph/synth"
	"github.com/actorgraph/actorgraph/server"
)

// cli is the whole command line. A flag that may also come from the environment names
// its variable in an env tag; a flag given on the command line wins over it. Each
// command is a struct whose Run method kong calls with the values run binds.
type cli struct {
	Lexicon  []string `help:"Extra lexicon files (actors .yaml, words .yaml, frames .txt, countries .tsv) that add to the built-in ones; comma-separated in the environment." type:"existingfile" env:"ACTORGRAPH_LEXICON"`
	LogLevel string   `help:"Log level: debug, info, warn, error." default:"info" enum:"debug,info,warn,error"`

	Serve   serveCmd   `cmd:"" help:"Serve the HTTP API, loading the seed articles into an empty store."`
	Ingest  ingestCmd  `cmd:"" help:"Ingest article files or directories into the store, in transactions of --batch articles (each article whole or absent)."`
	Extract extractCmd `cmd:"" help:"Print what the extractor finds in one article, touching no store."`
	Export  exportCmd  `cmd:"" help:"Export the whole graph."`
	Eval    evalCmd    `cmd:"" help:"Score the extractor against annotated articles (NAME.txt with NAME.gold.json)."`
	Query   queryCmd   `cmd:"" help:"Run a saved query (see --list) with its parameters."`
	Paths   pathsCmd   `cmd:"" help:"Show the shortest paths between two actors, with evidence."`
	Camps   campsCmd   `cmd:"" help:"Show the alliance camps that supports and opposes edges imply."`

	Reextract reextractCmd `cmd:"" help:"Run the current extractor over every stored article, replacing each one's statements atomically."`
	Import    importCmd    `cmd:"" help:"Import N-Quads from other tools, streamed, in batched transactions."`
	Generate  generateCmd  `cmd:"" help:"Write a deterministic synthetic graph as N-Quads, or synthetic articles, for benchmarks and load tests."`

	Parse parseCmd `cmd:"" help:"Tag and parse a text, or the tokens of a CoNLL-U file, and write CoNLL-U."`
	Train trainCmd `cmd:"" help:"Train the tagger, parser and lemmatiser on the English Web Treebank, reproducibly."`
}

type dbFlag struct {
	DB string `help:"Database file (bbolt) or postgres:// URL." default:"data/actorgraph.db" env:"ACTORGRAPH_DB"`
}

// open opens the store the flag names.
func (d dbFlag) open() (*store.Store, error) { return store.Open(d.DB, store.Options{}) }

// openForBulk opens the store for writing many quads: with the write filters.
func (d dbFlag) openForBulk() (*store.Store, error) {
	return store.Open(d.DB, store.Options{BulkFilters: true})
}

type serveCmd struct {
	dbFlag
	Addr     string        `help:"Address to listen on." default:"127.0.0.1:8080" env:"ACTORGRAPH_ADDR"`
	Seeds    string        `help:"Directory of articles to load when the store is empty; empty to load none." default:"seeds"`
	Token    string        `help:"Bearer token that writes must present. Without one, writes are refused." env:"ACTORGRAPH_TOKEN"`
	MaxBody  int64         `help:"Largest article an ingest request may send, in bytes." default:"1048576"`
	Shutdown time.Duration `help:"How long to wait for requests in flight on shutdown." default:"10s"`
	queryLimits

	QueryTimeout time.Duration `help:"Time limit of a raw or saved query, a path search or a camps computation." default:"10s"`
	QueryResults int           `help:"Result cap of a raw or saved query." default:"1000"`
	MaxQueries   int           `help:"Heavy requests (queries, paths, camps, neighbourhoods, the graph) running at once; more get 429." default:"4"`
	MaxDepth     int           `help:"Deepest path or neighbourhood a request may ask for." default:"6"`
	MaxImport    int64         `help:"Largest N-Quads import a request may send, in bytes." default:"268435456"`
	ImportIdle   time.Duration `help:"How long an import may wait for the next bytes of its body (imports stream past the read timeout); 0 turns it off." default:"30s"`
	ImportRate   float64       `help:"Slowest average rate, in bytes a second, an import body may arrive at once --import-idle has passed; 0 turns it off." default:"16384"`
	ReadToken    string        `help:"Bearer token that reads must present (the write token also works). Without one, reads are open." env:"ACTORGRAPH_READ_TOKEN"`
	CORSOrigin   []string      `help:"An origin browsers may call the API from; repeat for more. Without one, CORS is off."`
	RateLimit    float64       `help:"Requests per second per client address (bursts of twice that); 0 turns it off." default:"50"`
	TrustProxy   bool          `help:"Take the client address from X-Forwarded-For (behind a reverse proxy)."`
	serveLimits
}

// Validate refuses limits that cannot work before anything starts.
func (s *serveCmd) Validate() error {
	if err := s.queryLimits.check(); err != nil {
		return err
	}
	return s.serveLimits.check()
}

// AfterApply notes whether --max-conns-per-client was given, on the command line or
// in the environment: behind a proxy the cap applies only then.
func (s *serveCmd) AfterApply(kctx *kong.Context) error {
	s.perClientGiven = given(kctx, "max-conns-per-client")
	return nil
}

type ingestCmd struct {
	dbFlag
	Paths   []string `arg:"" help:"Article files (.txt, .md, .json) or directories of them." type:"path"`
	MaxBody int64    `help:"Largest article file, in bytes." default:"1048576"`
	Batch   int      `help:"Articles per transaction: a crash loses at most the batch being written, never part of an article." default:"64"`
}

type extractCmd struct {
	Format string `help:"Output format: json or nquads." default:"json" enum:"json,nquads"`
	Path   string `arg:"" help:"Article file, or - for standard input."`
}

type exportCmd struct {
	dbFlag
	filterFlags
	Format exportFormat `help:"Export format, one of the formats listed above." default:"nquads"`
	Out    string       `help:"Write to this file instead of standard output."`
}

// filterFlags select relations, as the HTTP API's query parameters do.
type filterFlags struct {
	Subject   string `help:"Only relations of this subject (id or name)."`
	Predicate string `help:"Only relations with this predicate."`
	Object    string `help:"Only relations with this object (id or name)."`
	Document  string `help:"Only relations read in this document."`
	Since     string `help:"Only evidence from documents dated on or after this day (YYYY-MM-DD)."`
	Until     string `help:"Only evidence from documents dated on or before this day (YYYY-MM-DD)."`
	confidenceFlag
}

// confidenceFlag is the confidence floor of the commands that read relations, as the
// HTTP API's min_confidence is.
type confidenceFlag struct {
	MinConfidence float64 `help:"Only evidence whose confidence is at least this (0 to 1); relations with none left are left out." default:"0"`
}

// floor returns the flag's value once it is known to be a confidence.
func (c confidenceFlag) floor() (float64, error) {
	if err := graph.CheckConfidence(c.MinConfidence); err != nil {
		return 0, fmt.Errorf("--min-confidence: %w", err)
	}
	return c.MinConfidence, nil
}

func (f filterFlags) filter() (graph.Filter, error) {
	out := graph.Filter{Subject: f.Subject, Object: f.Object, Document: f.Document}
	var err error
	if out.MinConfidence, err = f.floor(); err != nil {
		return out, err
	}
	if f.Predicate != "" {
		if out.Predicate, err = graph.ParsePredicate(f.Predicate); err != nil {
			return out, err
		}
	}
	for _, d := range []struct {
		s   string
		dst *time.Time
	}{{f.Since, &out.Since}, {f.Until, &out.Until}} {
		if d.s != "" {
			if *d.dst, err = time.Parse("2006-01-02", d.s); err != nil {
				return out, graph.Invalidf("date %q: want YYYY-MM-DD", d.s)
			}
		}
	}
	return out, nil
}

// errWriter is standard error, told apart from standard output (an io.Writer) among
// the values a command's Run method is given.
type errWriter io.Writer

// run parses args and runs one subcommand. It is main without the process: tests call
// it with their own arguments, environment and streams. Kong calls the command's Run
// method with the values bound here: the context, the streams and the logger. --help
// prints the help, each flag with its default and environment variable, and returns nil.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var c cli
	helped := false
	parser, err := newParser(&c, getenv,
		kong.Writers(stdout, stderr),
		kong.Exit(func(int) { helped = true }),
		kong.BindTo(ctx, (*context.Context)(nil)),
		kong.BindTo(stdin, (*io.Reader)(nil)),
		kong.BindTo(stdout, (*io.Writer)(nil)),
		kong.BindTo(stderr, (*errWriter)(nil)),
	)
	if err != nil {
		return err
	}
	kctx, err := parser.Parse(args)
	if helped { // kong exits only after printing the help; whatever else it found is moot
		return nil
	}
	if err != nil {
		return err
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	return kctx.Run(log)
}

// newParser returns the parser of the command line into c, reading the environment
// through getenv, with the further options given.
func newParser(c *cli, getenv func(string) string, options ...kong.Option) (*kong.Kong, error) {
	return kong.New(c, append([]kong.Option{
		kong.Name("actorgraph"),
		kong.Description("Turns news about armed conflicts into an actor-alliance knowledge graph."),
		kong.Resolvers(environment(getenv)),
	}, options...)...)
}

// environment resolves each flag that names environment variables (its env tag) from
// getenv, so that run reads the environment it is given. Kong reads the process's own
// environment for the same tags; run is given os.Getenv, so in the command the two
// agree. A value that does not parse is refused with the variable's name.
func environment(getenv func(string) string) kong.Resolver {
	return kong.ResolverFunc(func(_ *kong.Context, _ *kong.Path, flag *kong.Flag) (any, error) {
		for _, name := range flag.Envs {
			s := getenv(name)
			if s == "" {
				continue
			}
			scan := kong.ScanFromTokens(kong.Token{Type: kong.FlagValueToken, Value: s})
			if err := flag.Mapper.Decode(&kong.DecodeContext{Value: flag.Value, Scan: scan}, reflect.New(flag.Target.Type()).Elem()); err != nil {
				return nil, fmt.Errorf("%s=%q: %w", name, s, err)
			}
			return s, nil
		}
		return nil, nil
	})
}

// given reports whether the flag was set on the command line or by the environment.
func given(kctx *kong.Context, flag string) bool {
	for _, p := range kctx.Path {
		if p.Flag != nil && p.Flag.Name == flag {
			return true
		}
	}
	return false
}

func (c *cli) extractor() (*extract.Extractor, error) {
	// Loading builds much short-lived data that the collector need not chase: a start
	// without a full collection is a third faster. The usual pace resumes after.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	go func() { _, _ = syntax.Default() }() // the parser's model loads while the lexicon does; its users get any error
	lex, err := extract.LoadLexicon(c.Lexicon...)
	if err != nil {
		return nil, err
	}
	return extract.New(lex), nil
}

func (s *serveCmd) Run(ctx context.Context, c *cli, log *slog.Logger, stdout io.Writer) (err error) {
	ex, err := c.extractor()
	if err != nil {
		return err
	}
	st, err := s.open()
	if err != nil {
		return err
	}
	defer closeInto(&err, st)
	p := &ingest.Pipeline{Store: st, Extractor: ex, Log: log}
	if empty, err := st.Empty(ctx); err != nil {
		return err
	} else if empty && s.Seeds != "" {
		n, err := p.IngestPaths(ctx, []string{s.Seeds})
		if err != nil {
			return fmt.Errorf("loading seeds: %w", err)
		}
		log.Info("loaded seed articles", "dir", s.Seeds, "articles", n.Articles)
	}
	tcp, err := net.Listen("tcp", s.Addr)
	if err != nil {
		return err
	}
	ln := server.LimitListener(tcp, s.connLimits(s.TrustProxy, log), log)
	srv := &http.Server{
		Handler: server.New(st, p, log, s.options(s.apply(server.Options{Token: s.Token, MaxArticleBytes: s.MaxBody,
			QueryTimeout: s.QueryTimeout, QueryResults: s.QueryResults, MaxQueries: s.MaxQueries, MaxDepth: s.MaxDepth,
			MaxImportBytes: s.MaxImport, ImportIdle: offIfZero(s.ImportIdle), ImportMinRate: offIfZero(s.ImportRate), ReadToken: s.ReadToken, CORSOrigins: s.CORSOrigin, RateLimit: rateLimit(s.RateLimit),
			TrustProxy: s.TrustProxy}))),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      5 * time.Minute, // exports of large graphs stream for a while
		IdleTimeout:       s.IdleTimeout,
		ConnState:         ln.ConnState, // idle connections make room when the caps are reached
	}
	if s.Token == "" {
		log.Warn("no write token configured: ingest and delete are refused; set --token or ACTORGRAPH_TOKEN to enable them")
	}
	// a notice for whoever started the server, which serves whether or not it is read
	_, _ = fmt.Fprintf(stdout, "actorgraph listening on http://%s\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), s.Shutdown)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

func (i *ingestCmd) Run(ctx context.Context, c *cli, log *slog.Logger, stdout io.Writer, stderr errWriter) (err error) {
	ex, err := c.extractor()
	if err != nil {
		return err
	}
	st, err := i.openForBulk()
	if err != nil {
		return err
	}
	defer closeInto(&err, st)
	p := &ingest.Pipeline{Store: st, Extractor: ex, Log: log, MaxBytes: i.MaxBody, Batch: i.Batch}
	if bar := newBar(stderr, -1, "ingesting"); bar != nil {
		p.Progress = func(stored, total int) {
			bar.ChangeMax(total)
			bar.Add(stored)
		}
		defer bar.Finish()
	}
	res, err := p.IngestPaths(ctx, i.Paths)
	_, werr := fmt.Fprintf(stdout, "ingested %d articles (%d statements) into %s; extraction %s, storage %s\n",
		res.Articles, res.Statements, i.DB, res.Extraction.Round(time.Millisecond), res.Storage.Round(time.Millisecond))
	return errors.Join(err, werr)
}

// newBar returns a progress bar on stderr, or nil when stderr is not a terminal (a
// log file, a pipe, a test). max -1 draws a spinner until the total is known.
func newBar(stderr io.Writer, max int64, what string) *progressbar.ProgressBar {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions64(max, progressbar.OptionSetWriter(f), progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetPredictTime(true), progressbar.OptionOnCompletion(func() { _, _ = fmt.Fprintln(f) }))
}

type reextractCmd struct {
	dbFlag
}

func (r *reextractCmd) Run(ctx context.Context, c *cli, log *slog.Logger, stdout io.Writer) (err error) {
	ex, err := c.extractor()
	if err != nil {
		return err
	}
	st, err := r.open()
	if err != nil {
		return err
	}
	defer closeInto(&err, st)
	res, err := (&ingest.Pipeline{Store: st, Extractor: ex, Log: log}).Reextract(ctx)
	_, werr := fmt.Fprintf(stdout, "re-extracted %d articles with %s: %d changed, %d statements\n", res.Documents, extract.Version, res.Changed, res.Statements)
	return errors.Join(err, werr)
}

func (x *extractCmd) Run(c *cli, log *slog.Logger, stdin io.Reader, stdout io.Writer) error {
	var data []byte
	var err error
	if x.Path == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(x.Path)
	}
	if err != nil {
		return err
	}
	doc, err := extract.ParseArticle(x.Path, data)
	if err != nil {
		return err
	}
	ex, err := c.extractor()
	if err != nil {
		return err
	}
	res := ex.Extract(doc)
	if res.Long > 0 {
		log.Warn("sentences too long to read whole were read in pieces", "document", doc.ID, "sentences", res.Long, "limit_bytes", extract.MaxSentenceBytes)
	}
	if x.Format == "nquads" {
		return export.WriteNQuads(stdout, store.Quads(ingest.Article(doc, res)))
	}
	return writeJSON(stdout, extractAnswer{Document: doc.ID, Sentences: res.Sentences, Nodes: graph.NonNil(res.Nodes), Statements: graph.NonNil(res.Statements)})
}

func (x *exportCmd) Run(ctx context.Context, stdout io.Writer) (err error) {
	f, err := x.filter()
	if err != nil {
		return err
	}
	st, err := x.open()
	if err != nil {
		return err
	}
	defer closeInto(&err, st)
	if f, ok := stdout.(*os.File); ok && x.Out == "" && x.Format.Binary && term.IsTerminal(int(f.Fd())) {
		return fmt.Errorf("the %s export is binary (%s): give --out FILE or redirect standard output to a file", x.Format.Name, x.Format.MediaType)
	}
	return writeTo(x.Out, stdout, func(w io.Writer) error { return x.Format.Write(ctx, w, st, f) })
}

// writeTo runs write on a new file at path, or on stdout when path is empty. The
// file's close is checked: the last of what was written may fail only then.
func writeTo(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" {
		return write(stdout)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		return errors.Join(err, f.Close())
	}
	return f.Close()
}

// closeInto closes c as a command ends, making its error the command's unless the
// command failed first. Use it deferred, with the command's named error result.
func closeInto(err *error, c io.Closer) {
	if cerr := c.Close(); *err == nil {
		*err = cerr
	}
}

// offIfZero maps a flag's 0 (off) to the server's negative (off).
func offIfZero[T time.Duration | float64](v T) T {
	if v <= 0 {
		return -1
	}
	return v
}

// rateLimit maps the flag's 0 (off) to the server's negative (off).
func rateLimit(perSecond float64) float64 {
	if perSecond <= 0 {
		return -1
	}
	return perSecond
}

type importCmd struct {
	dbFlag
	File  string `arg:"" help:"N-Quads or N-Triples file, or - for standard input."`
	Batch int    `help:"Quads per transaction." default:"100000"`
}

func (i *importCmd) Run(ctx context.Context, stdin io.Reader, stdout io.Writer, stderr errWriter) (err error) {
	r := stdin
	size := int64(-1)
	if i.File != "-" {
		f, err := os.Open(i.File)
		if err != nil {
			return err
		}
		defer func() { _ = f.Close() }() // read only
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			size = info.Size()
		}
		r = f
	}
	st, err := i.openForBulk()
	if err != nil {
		return err
	}
	defer closeInto(&err, st)
	if bar := newBar(stderr, size, "importing"); bar != nil {
		progressbar.OptionShowBytes(true)(bar)
		pr := progressbar.NewReader(r, bar)
		r = &pr
		defer bar.Finish()
	}
	start := time.Now()
	res, err := st.Import(ctx, r, i.Batch, nil)
	took := time.Since(start)
	_, werr := fmt.Fprintf(stdout, "imported %d quads (lines 1 to %d) in %d transactions into %s in %s (%.0f quads/s)\n",
		res.Quads, res.Lines, res.Batches, i.DB, took.Round(time.Millisecond), float64(res.Quads)/took.Seconds())
	if err != nil {
		return fmt.Errorf("%w; the transaction being read was not stored: import again from line %d", err, res.Lines+1)
	}
	return werr
}

type generateCmd struct {
	Quads    int    `help:"About how many quads to write." default:"1000000"`
	Articles int    `help:"Write this many article files into --out (a directory) instead of N-Quads."`
	Actors   int    `help:"How many invented actors the articles draw on." default:"2000"`
	Seed     uint64 `help:"Seed; the same seed gives the same output." default:"1"`
	Out      string `help:"Write to this file (directory, with --articles) instead of standard output."`
}

func (g *generateCmd) Run(stdout io.Writer) error {
	if g.Articles > 0 {
		if g.Out == "" {
			return errors.New("generate --articles needs --out DIR")
		}
		if err := synth.WriteArticles(g.Out, g.Articles, g.Actors, g.Seed); err != nil {
			return err
		}
		_, err := fmt.Fprintf(stdout, "wrote %d articles into %s\n", g.Articles, g.Out)
		return err
	}
	return writeTo(g.Out, stdout, func(w io.Writer) error {
		_, err := synth.WriteNQuads(w, g.Quads, g.Seed)
		return err
	})
}
