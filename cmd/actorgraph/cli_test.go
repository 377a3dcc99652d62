package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/alecthomas/kong"
)

// parseWith parses args as run does, with env as the whole environment, and returns
// what the command line and the environment configure.
func parseWith(t testing.TB, args []string, env map[string]string) (*cli, error) {
	t.Helper()
	var c cli
	p, err := newParser(&c, func(k string) string { return env[k] }, kong.Writers(io.Discard, io.Discard),
		kong.Exit(func(int) { t.Fatalf("%v: kong exited", args) }))
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Parse(args)
	return &c, err
}

// TestFlagsFromEnvironment: the database, the address, the tokens and the lexicon may
// come from their ACTORGRAPH_ variables; a flag on the command line wins.
func TestFlagsFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.txt")
	for _, f := range []string{a, b} {
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	env := map[string]string{"ACTORGRAPH_DB": "env.db", "ACTORGRAPH_ADDR": "127.0.0.1:9", "ACTORGRAPH_TOKEN": "w",
		"ACTORGRAPH_READ_TOKEN": "r", "ACTORGRAPH_LEXICON": a + "," + b}
	tests := []struct {
		name  string
		args  []string
		check func(*cli) bool
	}{
		{"serve", []string{"serve"}, func(c *cli) bool {
			return c.Serve.DB == "env.db" && c.Serve.Addr == "127.0.0.1:9" && c.Serve.Token == "w" && c.Serve.ReadToken == "r" &&
				slices.Equal(c.Lexicon, []string{a, b})
		}},
		{"flags win", []string{"--lexicon", b, "serve", "--db", "flag.db", "--addr=:1", "--token", "ft", "--read-token", "fr"}, func(c *cli) bool {
			return c.Serve.DB == "flag.db" && c.Serve.Addr == ":1" && c.Serve.Token == "ft" && c.Serve.ReadToken == "fr" &&
				slices.Equal(c.Lexicon, []string{b})
		}},
		{"ingest", []string{"ingest", "x.txt"}, func(c *cli) bool { return c.Ingest.DB == "env.db" }},
		{"export", []string{"export"}, func(c *cli) bool { return c.Export.DB == "env.db" }},
		{"query", []string{"query", "--list"}, func(c *cli) bool { return c.Query.DB == "env.db" }},
		{"paths", []string{"paths", "--from", "a", "--to", "b"}, func(c *cli) bool { return c.Paths.DB == "env.db" }},
		{"camps", []string{"camps"}, func(c *cli) bool { return c.Camps.DB == "env.db" }},
		{"reextract", []string{"reextract"}, func(c *cli) bool { return c.Reextract.DB == "env.db" }},
		{"import", []string{"import", "-"}, func(c *cli) bool { return c.Import.DB == "env.db" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := parseWith(t, tt.args, env)
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(c) {
				t.Errorf("%v with %v: %+v", tt.args, env, c)
			}
		})
	}
	t.Run("a lexicon file that is missing", func(t *testing.T) {
		_, err := parseWith(t, []string{"serve"}, map[string]string{"ACTORGRAPH_LEXICON": filepath.Join(dir, "none.yaml")})
		if err == nil || !strings.Contains(err.Error(), "ACTORGRAPH_LEXICON") {
			t.Errorf("error %v, want one naming ACTORGRAPH_LEXICON", err)
		}
	})
}

// TestHelp runs --help on the program and on every command kong knows of: each
// succeeds, ends nothing, and shows every flag's default and environment variable.
func TestHelp(t *testing.T) {
	var c cli
	p, err := newParser(&c, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	nodes := []*kong.Node{p.Model.Node}
	_ = kong.Visit(p.Model.Node, func(v kong.Visitable, next kong.Next) error {
		if n, ok := v.(*kong.Node); ok && n.Type == kong.CommandNode {
			nodes = append(nodes, n)
		}
		return next(nil)
	})
	if len(nodes) < 10 {
		t.Fatalf("%d commands found", len(nodes)-1)
	}
	for _, n := range nodes {
		var args []string
		for p := n; p.Type == kong.CommandNode; p = p.Parent {
			args = append([]string{p.Name}, args...)
		}
		args = append(args, "--help")
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var out bytes.Buffer
			if err := run(context.Background(), args, func(string) string { return "" }, nil, &out, io.Discard); err != nil {
				t.Fatalf("%v: %v", args, err)
			}
			help := strings.Join(strings.Fields(out.String()), " ")
			if want := strings.Join(append([]string{"Usage: actorgraph"}, args[:len(args)-1]...), " "); !strings.HasPrefix(help, want) {
				t.Fatalf("%v printed %q", args, help)
			}
			for _, group := range n.AllFlags(true) {
				for _, f := range group {
					if !strings.Contains(help, "--"+f.Name) {
						t.Errorf("%v: no --%s", args, f.Name)
					}
					if f.HasDefault && !strings.Contains(help, "--"+f.Name+"="+f.Default) && !strings.Contains(help, "--"+f.Name+"="+strconv.Quote(f.Default)) {
						t.Errorf("%v: no default %q of --%s", args, f.Default, f.Name)
					}
					for _, e := range f.Envs {
						if !strings.Contains(help, "$"+e) {
							t.Errorf("%v: --%s does not name $%s", args, f.Name, e)
						}
					}
				}
			}
		})
	}
}
