package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

var updateScreenshot = flag.Bool("screenshot", false, "write the README's screenshot, server/testdata/screenshot.png, from TestWebPageCamps")

// consoleTrouble collects what the page reports as going wrong: console errors and
// warnings, uncaught exceptions, and the browser's own log entries (a refused resource
// under the Content-Security-Policy, a 404).
type consoleTrouble struct {
	mu   sync.Mutex
	seen []string
}

func (c *consoleTrouble) listen(ctx context.Context) {
	chromedp.ListenTarget(ctx, func(ev any) {
		c.mu.Lock()
		defer c.mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeWarning {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				c.seen = append(c.seen, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " ")))
			}
		case *runtime.EventExceptionThrown:
			c.seen = append(c.seen, "exception: "+ev.ExceptionDetails.Error())
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.LevelError || ev.Entry.Level == log.LevelWarning {
				c.seen = append(c.seen, fmt.Sprintf("%s %s: %s %s", ev.Entry.Source, ev.Entry.Level, ev.Entry.Text, ev.Entry.URL))
			}
		}
	})
}

func (c *consoleTrouble) all() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.seen...)
}

// TestWebPageCamps drives the camps of the page in Chromium: a linked view restores
// its selection and filters, camps are named and numbered as the API has them and say
// which camp they oppose, labels are at least 12 px on a desktop and on a phone, where
// the graph comes first and the controls open as a drawer, the graph is fitted again
// after a resize, and nothing is reported in the console (errors, warnings,
// Content-Security-Policy violations, 404s).
func TestWebPageCamps(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser; skipped with -short")
	}
	base := startServer(t)
	ctx := newBrowser(t)
	var trouble consoleTrouble
	trouble.listen(ctx)
	if err := chromedp.Run(ctx, log.Enable()); err != nil {
		t.Fatal(err)
	}

	var actor, floor, camps, labelPx, options, colours string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/?actor=khalifa-haftar&min_confidence=0.5"),
		chromedp.WaitVisible(`body[data-ready="true"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#panel[data-actor]`, chromedp.ByQuery),
		chromedp.AttributeValue(`#panel`, "data-actor", &actor, nil, chromedp.ByQuery),
		chromedp.Text(`#min-confidence-value`, &floor, chromedp.ByQuery),
		chromedp.Text(`#camps`, &camps, chromedp.ByQuery),
		chromedp.AttributeValue(`body`, "data-min-label-px", &labelPx, nil, chromedp.ByQuery),
		chromedp.Evaluate(`String(document.querySelectorAll('#theatre option').length)`, &options),
		chromedp.Evaluate(`[...document.querySelectorAll('#camps .camp')].map((c) => getComputedStyle(c).borderLeftColor).join(';')`, &colours),
	); err != nil {
		t.Fatalf("loading a linked view: %v", err)
	}
	if actor != "Khalifa Haftar" || floor != "0.50" {
		t.Errorf("the linked view shows %q at floor %q, want Khalifa Haftar at 0.50", actor, floor)
	}
	for _, want := range []string{"Camp 0 · Khalifa Haftar's camp", "camp 0 opposes camp 1, Government of National Accord's camp", "share 1.00"} {
		if !strings.Contains(camps, want) {
			t.Errorf("the camps lack %q:\n%s", want, camps)
		}
	}
	if px, _ := strconv.ParseFloat(labelPx, 64); px < 12 {
		t.Errorf("the smallest label is %s px at the default zoom, want 12 or more", labelPx)
	}
	if options != "2" {
		t.Errorf("the theatre control has %s options, want all and the seed's one", options)
	}
	for _, c := range strings.Split(colours, ";") {
		if c == "rgb(46, 139, 87)" || c == "rgb(192, 57, 43)" || c == "" {
			t.Errorf("a camp is drawn in %q, an edge colour", c)
		}
	}
	var url string
	if err := chromedp.Run(ctx,
		chromedp.Click(`//div[@id="camps"]//button[normalize-space()="Government of National Accord"]`, chromedp.BySearch),
		chromedp.WaitVisible(`#panel[data-actor="Government of National Accord"]`, chromedp.ByQuery),
		chromedp.Location(&url),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(url, "actor=government-of-national-accord") || !strings.Contains(url, "min_confidence=0.5") {
		t.Errorf("the address after a click: %s", url)
	}

	var shot []byte
	if err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/?actor=khalifa-haftar"),
		chromedp.WaitVisible(`body[data-ready="true"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`#panel[data-actor]`, chromedp.ByQuery),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.CaptureScreenshot(&shot),
	); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(t.ArtifactDir(), "camps.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if *updateScreenshot {
		if err := os.WriteFile("../../server/testdata/screenshot.png", shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("phone", func(t *testing.T) {
		var graphTop, graphHeight, controls, opened, px, fitted string
		err := chromedp.Run(ctx,
			chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)),
			chromedp.Navigate(base+"/"),
			chromedp.WaitVisible(`body[data-ready="true"]`, chromedp.ByQuery),
			chromedp.Evaluate(`String(Math.round(document.querySelector('#graph').getBoundingClientRect().top))`, &graphTop),
			chromedp.Evaluate(`String(Math.round(document.querySelector('#graph').getBoundingClientRect().height))`, &graphHeight),
			chromedp.Evaluate(`getComputedStyle(document.querySelector('#controls')).display`, &controls),
			chromedp.AttributeValue(`body`, "data-min-label-px", &px, nil, chromedp.ByQuery),
			chromedp.Click(`#drawer-toggle`, chromedp.ByQuery),
			chromedp.Evaluate(`getComputedStyle(document.querySelector('#controls')).display`, &opened),
			chromedp.EmulateViewport(844, 390, chromedp.EmulateScale(2)),
			chromedp.WaitVisible(`body[data-fitted-width="844"]`, chromedp.ByQuery),
			chromedp.AttributeValue(`body`, "data-fitted-width", &fitted, nil, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatal(err)
		}
		if top, _ := strconv.Atoi(graphTop); top > 150 {
			t.Errorf("on a phone the graph starts %s px down, under the controls", graphTop)
		}
		if h, _ := strconv.Atoi(graphHeight); h < 400 {
			t.Errorf("on a phone the graph is %s px high", graphHeight)
		}
		if controls != "none" || opened != "flex" {
			t.Errorf("the controls drawer: %q closed, %q opened", controls, opened)
		}
		if v, _ := strconv.ParseFloat(px, 64); v < 12 {
			t.Errorf("on a phone the smallest label is %s px", px)
		}
	})

	time.Sleep(200 * time.Millisecond) // late console messages
	for _, m := range trouble.all() {
		t.Errorf("the page reported: %s", m)
	}
}
