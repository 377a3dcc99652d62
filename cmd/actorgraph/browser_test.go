package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/store"
)

// chromium finds Chromium or Chrome for the browser tests.
func chromium(t *testing.T) string {
	t.Helper()
	return needTool(t, "apt-get install chromium", "chromium", "chromium-browser", "google-chrome")
}

// profileDir is a directory for Chromium's profile, removed when the test ends; the
// browser may still be writing to it for a moment after it is told to stop, so the
// removal tries again for a second before it gives up.
func profileDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "actorgraph-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for range 20 {
			if os.RemoveAll(dir) == nil {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Logf("could not remove %s", dir)
	})
	return dir
}

// newBrowser starts Chromium for the test and returns its context, with a minute to
// run; the browser stops when the test ends.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profileDir(t)),
		chromedp.WindowSize(1366, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	// the Chromium of the day speaks newer protocol events than cdproto knows; those
	// unknown events are noise, not failures
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithErrorf(func(string, ...any) {}))
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// TestWebPage drives the page in a real browser: it loads the seeded graph with the
// right number of nodes and edges, lists Haftar's supporters with their sentences and
// each one's confidence when Haftar is clicked, finds the path from France to Haftar,
// redraws the graph under a confidence floor, and leaves a screenshot in the test's
// artifact directory (go test -artifacts keeps it).
func TestWebPage(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser; skipped with -short")
	}
	base := startServer(t)
	ctx := newBrowser(t)

	var g struct {
		Nodes []any
		Edges []any
	}
	getJSON(t, base+"/api/v1/graph", http.StatusOK, &g)

	var nodes, edges string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(`body[data-ready="true"]`, chromedp.ByQuery),
		chromedp.AttributeValue(`body`, "data-nodes", &nodes, nil, chromedp.ByQuery),
		chromedp.AttributeValue(`body`, "data-edges", &edges, nil, chromedp.ByQuery),
	); err != nil {
		t.Fatalf("loading the page: %v", err)
	}
	if nodes != strconv.Itoa(len(g.Nodes)) || edges != strconv.Itoa(len(g.Edges)) || len(g.Nodes) < 10 {
		t.Errorf("the page drew %s nodes and %s edges; the graph has %d and %d", nodes, edges, len(g.Nodes), len(g.Edges))
	}

	t.Run("click Haftar", func(t *testing.T) {
		var supporters string
		err := chromedp.Run(ctx,
			chromedp.Click(`//div[@id="camps"]//button[normalize-space()="Khalifa Haftar"]`, chromedp.BySearch),
			chromedp.WaitVisible(`#panel ul[data-section="supports-in"]`, chromedp.ByQuery),
			chromedp.Text(`#panel ul[data-section="supports-in"]`, &supporters, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Russia", "Egypt", "United Arab Emirates", "has been supported by Russia, Egypt and the United Arab Emirates", "confidence 0.", "asserted"} {
			if !strings.Contains(supporters, want) {
				t.Errorf("Haftar's panel lacks %q:\n%s", want, supporters)
			}
		}
	})

	t.Run("path finder", func(t *testing.T) {
		var paths string
		err := chromedp.Run(ctx,
			chromedp.SetValue(`#path-from`, "France", chromedp.ByQuery),
			chromedp.SetValue(`#path-to`, "Haftar", chromedp.ByQuery),
			chromedp.Click(`#pathfinder button[type="submit"]`, chromedp.ByQuery),
			chromedp.WaitVisible(`#paths li.path`, chromedp.ByQuery),
			chromedp.Text(`#paths`, &paths, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(paths, "France endorses") || !strings.Contains(paths, "supports Khalifa Haftar") {
			t.Errorf("path finder showed:\n%s", paths)
		}
	})

	t.Run("search by alias and documents", func(t *testing.T) {
		var title, marked string
		err := chromedp.Run(ctx,
			chromedp.SetValue(`#search-input`, "GNA", chromedp.ByQuery),
			chromedp.Click(`#search button[type="submit"]`, chromedp.ByQuery),
			chromedp.WaitVisible(`#panel[data-actor="Government of National Accord"]`, chromedp.ByQuery),
			chromedp.Click(`#tab-docs`, chromedp.ByQuery),
			chromedp.WaitVisible(`#documents li button`, chromedp.ByQuery),
			chromedp.Click(`#documents li button`, chromedp.ByQuery),
			chromedp.WaitVisible(`#document mark`, chromedp.ByQuery),
			chromedp.Text(`#document h2`, &title, chromedp.ByQuery),
			chromedp.Text(`#document mark`, &marked, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(title, "Libya") || marked == "" {
			t.Errorf("document view: title %q, first marked sentence %q", title, marked)
		}
	})

	t.Run("minimum confidence", func(t *testing.T) {
		const floor = "0.75"
		var want struct {
			Edges []struct{ Confidence float64 }
		}
		getJSON(t, base+"/api/v1/graph?min_confidence="+floor, http.StatusOK, &want)
		var drawn, shown, export string
		err := chromedp.Run(ctx,
			chromedp.Click(`#tab-graph`, chromedp.ByQuery),
			chromedp.Evaluate(`(() => {
				const s = document.querySelector('#min-confidence');
				s.value = '`+floor+`';
				s.dispatchEvent(new Event('input'));
				s.dispatchEvent(new Event('change'));
			})()`, nil),
			chromedp.WaitVisible(`body[data-min-confidence="`+floor+`"]`, chromedp.ByQuery),
			chromedp.AttributeValue(`body`, "data-edges", &drawn, nil, chromedp.ByQuery),
			chromedp.Text(`#min-confidence-value`, &shown, chromedp.ByQuery),
			chromedp.AttributeValue(`.exports a[data-format="csv"]`, "href", &export, nil, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatal(err)
		}
		if drawn != strconv.Itoa(len(want.Edges)) {
			t.Errorf("at minimum confidence %s the page drew %s edges; the API gives %d", floor, drawn, len(want.Edges))
		}
		for _, e := range want.Edges {
			if e.Confidence < 0.75 {
				t.Errorf("an edge of confidence %v under the floor %s", e.Confidence, floor)
			}
		}
		if shown != floor || !strings.Contains(export, "min_confidence="+floor) {
			t.Errorf("the control shows %q and the CSV export links to %q", shown, export)
		}
		// back to every relation, for the screenshot
		err = chromedp.Run(ctx,
			chromedp.Evaluate(`(() => {
				const s = document.querySelector('#min-confidence');
				s.value = '0';
				s.dispatchEvent(new Event('change'));
			})()`, nil),
			chromedp.WaitVisible(`body[data-min-confidence="0"]`, chromedp.ByQuery),
			chromedp.AttributeValue(`body`, "data-edges", &drawn, nil, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatal(err)
		}
		if drawn != strconv.Itoa(len(g.Edges)) {
			t.Errorf("with the floor back at 0 the page drew %s edges, want %d", drawn, len(g.Edges))
		}
	})

	var shot []byte
	if err := chromedp.Run(ctx,
		chromedp.Click(`#tab-graph`, chromedp.ByQuery),
		chromedp.Click(`//div[@id="camps"]//button[normalize-space()="Khalifa Haftar"]`, chromedp.BySearch),
		chromedp.WaitVisible(`#panel ul[data-section="supports-in"]`, chromedp.ByQuery),
		chromedp.Evaluate(`window.scrollTo(0, 0)`, nil),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.CaptureScreenshot(&shot),
	); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.ArtifactDir(), "actorgraph.png")
	if err := os.WriteFile(file, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", file)
}

// TestWebPageReadToken: on a server that needs a token for reads, the page asks for it
// once when the API answers 401 (asking again when the token is refused), keeps it in
// the tab's sessionStorage and sends it with every request: the graph, an actor's
// panel, an article read in windows and pages, and an export downloaded through it.
// Reloaded, the page does not ask again.
func TestWebPageReadToken(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser; skipped with -short")
	}
	const token = "reader-secret"
	base := startServer(t, "--read-token", token)
	ctx := newBrowser(t)

	req, _ := http.NewRequest("GET", base+"/api/v1/graph", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var g struct{ Nodes, Edges []any }
	err = json.NewDecoder(res.Body).Decode(&g)
	res.Body.Close()
	if err != nil || len(g.Nodes) < 10 {
		t.Fatalf("the graph with the token: %v, %d nodes", err, len(g.Nodes))
	}

	downloads := t.TempDir()
	done := make(chan string, 1)
	var mu sync.Mutex
	var suggested string
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *browser.EventDownloadWillBegin:
			mu.Lock()
			suggested = e.SuggestedFilename
			mu.Unlock()
		case *browser.EventDownloadProgress:
			if e.State == browser.DownloadProgressStateCompleted {
				select {
				case done <- e.GUID:
				default: // the test waits for one; a listener must never block
				}
			}
		}
	})

	var message, nodes, stored, asked string
	err = chromedp.Run(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(`#token-dialog[open] #token-input`, chromedp.ByQuery),
		// a wrong token first: refused, and asked again
		chromedp.SendKeys(`#token-input`, "not-the-token", chromedp.ByQuery),
		chromedp.Click(`#token-form button[type="submit"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#token-dialog[open][data-refused="true"] #token-input`, chromedp.ByQuery),
		chromedp.Text(`#token-message`, &message, chromedp.ByQuery),
		chromedp.SendKeys(`#token-input`, token, chromedp.ByQuery),
		chromedp.Click(`#token-form button[type="submit"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`body[data-ready="true"]`, chromedp.ByQuery),
		chromedp.WaitReady(`#documents li button`, chromedp.ByQuery), // the list, in the hidden documents view
		chromedp.AttributeValue(`body`, "data-nodes", &nodes, nil, chromedp.ByQuery),
		chromedp.Evaluate(`sessionStorage.getItem('actorgraph.read-token')`, &stored),
		chromedp.Evaluate(`String(document.querySelector('#token-dialog').open)`, &asked),
	)
	if err != nil {
		t.Fatalf("loading the page with a read token: %v", err)
	}
	if !strings.Contains(message, "refused") {
		t.Errorf("after a wrong token the page says %q", message)
	}
	if nodes != strconv.Itoa(len(g.Nodes)) || stored != token || asked != "false" {
		t.Errorf("the page drew %s nodes (the graph has %d), keeps %q, dialog open: %s", nodes, len(g.Nodes), stored, asked)
	}

	t.Run("panel and document", func(t *testing.T) {
		var supporters, marked string
		err := chromedp.Run(ctx,
			chromedp.Click(`//div[@id="camps"]//button[normalize-space()="Khalifa Haftar"]`, chromedp.BySearch),
			chromedp.WaitVisible(`#panel ul[data-section="supports-in"]`, chromedp.ByQuery),
			chromedp.Text(`#panel ul[data-section="supports-in"]`, &supporters, chromedp.ByQuery),
			chromedp.Click(`#tab-docs`, chromedp.ByQuery),
			chromedp.Click(`#documents li button`, chromedp.ByQuery),
			chromedp.WaitVisible(`#document mark`, chromedp.ByQuery),
			chromedp.Text(`#document mark`, &marked, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(supporters, "Russia") || marked == "" {
			t.Errorf("Haftar's supporters %q, first marked sentence %q", supporters, marked)
		}
	})

	t.Run("export", func(t *testing.T) {
		if err := chromedp.Run(ctx,
			browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllowAndName).WithDownloadPath(downloads).WithEventsEnabled(true),
			chromedp.Click(`#tab-graph`, chromedp.ByQuery),
			chromedp.Click(`.exports a[data-format="csv"]`, chromedp.ByQuery),
		); err != nil {
			t.Fatal(err)
		}
		select {
		case guid := <-done:
			data, err := os.ReadFile(filepath.Join(downloads, guid))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(data), "subject,subject_label,predicate") || strings.Count(string(data), "\n") < 10 {
				t.Errorf("the CSV export downloaded with the token:\n%.300s", data)
			}
			mu.Lock()
			defer mu.Unlock()
			if suggested != "actorgraph.csv" {
				t.Errorf("the download is named %q, want the server's actorgraph.csv", suggested)
			}
		case <-time.After(20 * time.Second):
			var st string
			_ = chromedp.Run(ctx, chromedp.Text(`#status`, &st, chromedp.ByQuery)) // for the message, if the page still answers
			files, _ := os.ReadDir(downloads)
			t.Fatalf("the CSV export did not download; status %q, files %v", st, files)
		}
	})

	t.Run("reload", func(t *testing.T) {
		var asked string
		err := chromedp.Run(ctx,
			chromedp.Reload(),
			chromedp.WaitVisible(`body[data-ready="true"]`, chromedp.ByQuery),
			chromedp.Evaluate(`String(document.querySelector('#token-dialog').open)`, &asked),
		)
		if err != nil {
			t.Fatal(err)
		}
		if asked != "false" {
			t.Error("the page asked for the token again after a reload")
		}
	})
}

// TestWebPageLongArticle: an article longer than one window of text, with more
// statements than one page, is shown whole: the page reads its text window by window
// and its relations page by page, and marks a sentence past the first window.
func TestWebPageLongArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser; skipped with -short")
	}
	base := startServer(t)
	const size, n = 3 << 19, 1050 // 1.5 MiB of text, a window being 1 MiB; pages of 1,000
	var text strings.Builder
	for i := 0; text.Len() < size; i++ {
		fmt.Fprintf(&text, "Sentence number %d of the long article says that Aland backs Borduria. ", i)
	}
	a := store.Article{
		Document: graph.Document{ID: "long-article", Title: "A long article", Date: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), Text: text.String()},
		Nodes:    []graph.Node{{ID: "aland", Name: "Aland", Kind: graph.KindState}, {ID: "borduria", Name: "Borduria", Kind: graph.KindState}},
	}
	step := len(a.Document.Text) / n
	for i := range n {
		start := i * step
		a.Statements = append(a.Statements, graph.Statement{Subject: a.Nodes[0], Predicate: graph.Supports, Object: a.Nodes[1], Extractor: "test",
			Evidence: graph.Evidence{Document: a.Document.ID, Sentence: a.Document.Text[start : start+40], Start: start, End: start + 40,
				Modality: graph.Asserted, Confidence: 0.9}})
	}
	var nq bytes.Buffer
	if err := export.WriteNQuads(&nq, store.Quads(a)); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("POST", base+"/api/v1/import", &nq)
	req.Header.Set("Authorization", "Bearer test-token")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("import: %d", res.StatusCode)
	}

	ctx := newBrowser(t)
	var heading string
	var shown, lastMark, marks int
	err = chromedp.Run(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(`body[data-ready="true"]`, chromedp.ByQuery),
		chromedp.Click(`#tab-docs`, chromedp.ByQuery),
		chromedp.Click(`//ul[@id="documents"]//button[normalize-space()="A long article"]`, chromedp.BySearch),
		chromedp.WaitVisible(`#document mark`, chromedp.ByQuery),
		chromedp.Text(`#document h3`, &heading, chromedp.ByQuery),
		chromedp.Evaluate(`new TextEncoder().encode(document.querySelector('#document .doc-text').textContent).length`, &shown),
		chromedp.Evaluate(`[...document.querySelectorAll('#document mark')].map((m) => Number(m.dataset.start)).reduce((a, b) => Math.max(a, b), -1)`, &lastMark),
		chromedp.Evaluate(`document.querySelectorAll('#document mark').length`, &marks),
	)
	if err != nil {
		t.Fatal(err)
	}
	if heading != fmt.Sprintf("%d statements", n) || shown != len(a.Document.Text) || marks != n || lastMark != (n-1)*step {
		t.Errorf("the long article: %q, %d bytes of text shown of %d, %d sentences marked, the last at %d (want %d)",
			heading, shown, len(a.Document.Text), marks, lastMark, (n-1)*step)
	}
}
