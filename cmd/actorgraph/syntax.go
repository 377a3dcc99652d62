package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph/extract/syntax"
)

// trainCmd trains the tagger, parser and lemmatiser the reader uses. The same
// treebank and flags give the same model file, byte for byte.
type trainCmd struct {
	Treebank string `help:"Directory holding en_ewt-ud-{train,dev,test}.conllu(.gz)." default:"graph/extract/syntax/testdata/ud-ewt" type:"existingdir"`
	Out      string `help:"Model file to write." default:"graph/extract/syntax/model/en_ewt.model"`
	Epochs   int    `help:"Passes of the parser over the treebank." default:"20"`
}

func (t *trainCmd) Run(stdout io.Writer, stderr errWriter) error {
	train, err := readTreebank(t.Treebank, "train")
	if err != nil {
		return err
	}
	opt := syntax.DefaultTrainOptions
	opt.ParseEpochs = t.Epochs
	start := time.Now()
	opt.Log = func(format string, args ...any) {
		// progress, for whoever watches: training goes on whether or not it is read
		_, _ = fmt.Fprintf(stderr, "%6.1fs  %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, args...))
	}
	m, err := syntax.Train(train, opt)
	if err != nil {
		return err
	}
	m.Info = fmt.Sprintf("UD_English-EWT train split (%d sentences); tagger %d epochs, parser %d epochs, %d folds, seed %d, min weight %d",
		len(train), opt.TagEpochs, opt.ParseEpochs, opt.Folds, opt.Seed, opt.MinWeight)
	data, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(t.Out, data, 0o644); err != nil {
		return err
	}
	if _, err := fmt.Fprintf(stdout, "wrote %s (%d bytes) in %s\n", t.Out, len(data), time.Since(start).Round(time.Second)); err != nil {
		return err
	}
	for _, split := range []string{"dev", "test"} {
		gold, err := readTreebank(t.Treebank, split)
		if err != nil {
			return err
		}
		if err := writeScores(stdout, split, m.Evaluate(gold)); err != nil {
			return err
		}
	}
	return nil
}

func writeScores(w io.Writer, split string, s syntax.Scores) error {
	_, err := fmt.Fprintf(w, "%-5s %6d words  UPOS %.2f%%  UAS %.2f%%  LAS %.2f%%  lemmas %.2f%% (gold tokenisation)\n",
		split, s.Words, 100*s.UPOS, 100*s.UAS, 100*s.LAS, 100*s.Lemma)
	return err
}

// readTreebank reads one split of the English Web Treebank, gzipped or not.
func readTreebank(dir, split string) ([]syntax.Sentence, error) {
	name := filepath.Join(dir, "en_ewt-ud-"+split+".conllu")
	f, err := os.Open(name)
	if os.IsNotExist(err) {
		name += ".gz"
		f, err = os.Open(name)
	}
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // read only
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		r = z
	}
	return syntax.ReadCoNLLU(r, name)
}

// parseCmd writes the parse of a text, or of the tokens of a CoNLL-U file, as CoNLL-U.
type parseCmd struct {
	Path  string `arg:"" help:"Text or CoNLL-U file, or - for standard input."`
	Input string `help:"What the input is: text (split and tokenised by actorgraph) or conllu (its tokens are kept; lemma, UPOS, head and relation are filled in, and XPOS for verbs, auxiliaries, nouns and names)." default:"text" enum:"text,conllu"`
}

func (p *parseCmd) Run(c *cli, stdin io.Reader, stdout io.Writer) error {
	var data []byte
	var err error
	if p.Path == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(p.Path)
	}
	if err != nil {
		return err
	}
	m, err := syntax.Default()
	if err != nil {
		return err
	}
	var sents []syntax.Sentence
	if p.Input == "conllu" {
		if sents, err = syntax.ReadCoNLLU(bytes.NewReader(data), p.Path); err != nil {
			return err
		}
	} else {
		ex, err := c.extractor()
		if err != nil {
			return err
		}
		for i, s := range ex.Sentences(string(data)) {
			snt := syntax.Sentence{Comments: []string{fmt.Sprintf("# sent_id = %d", i+1), "# text = " + strings.Join(strings.Fields(string(data[s.Start:s.End])), " ")}}
			for j, w := range s.Words {
				tok := syntax.Token{Form: w.Text}
				if j+1 < len(s.Words) && s.Words[j+1].Start == w.End {
					tok.Misc = "SpaceAfter=No"
				}
				snt.Tokens = append(snt.Tokens, tok)
			}
			sents = append(sents, snt)
		}
	}
	for i := range sents {
		m.Annotate(&sents[i])
	}
	bw := bufio.NewWriter(stdout)
	if err := syntax.WriteCoNLLU(bw, sents); err != nil {
		return err
	}
	return bw.Flush()
}
