package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
)

var trainedRoot = regexp.MustCompile(`model root (0x[0-9a-f]{64})`)

// TestModelTrainFineTunesWithLoRA: a published dataset fine-tunes a
// generated model with LoRA adapters through `model train --base`; the
// merged model loads, differs from its base, and a run resumed from its
// checkpoint writes the very model an uninterrupted run writes.
func TestModelTrainFineTunesWithLoRA(t *testing.T) {
	tm := newTinyModel(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "corpus.txt")
	var sb strings.Builder
	for i := range 40 {
		sb.WriteString("Once upon a time there was a llama who liked " + []string{"hay", "grass", "apples", "snow"}[i%4] + ".\n\n")
	}
	require.NoError(t, os.WriteFile(src, []byte(sb.String()), 0o644))
	out, err := runApp(t, "dataset", "publish", src, "--model", tm.File, "--dir", filepath.Join(dir, "store"))
	require.NoError(t, err, out)
	ds := filepath.Join(dir, "store", strings.TrimPrefix(rootLine.FindStringSubmatch(out)[1], "0x")+".ards")

	args := func(outPath string, steps string, extra ...string) []string {
		return append([]string{"model", "train", outPath, "--base", tm.File, "--corpus", ds, "--lora-rank", "4", "--lora-targets", "q,v,down",
			"--steps", steps, "--batch", "2", "--seq-len", "16", "--threads", "2", "--log-every", "1", "--seed", "5"}, extra...)
	}
	straight := filepath.Join(dir, "straight.gguf")
	out, err = runApp(t, args(straight, "4")...)
	require.NoError(t, err, out)
	require.Contains(t, out, "corpus: dataset ")
	root := trainedRoot.FindStringSubmatch(out)[1]
	require.NotEqual(t, hexHash(tm.Root), root, "fine-tuning changes the model")
	l, err := llama.Load(straight)
	require.NoError(t, err)
	require.Equal(t, root, hexHash(l.Model.Root()))
	base, err := llama.Load(tm.File)
	require.NoError(t, err)
	require.Equal(t, base.Model.Embed.Data, l.Model.Embed.Data, "the embedding is not a LoRA target")
	require.NotEqual(t, base.Model.Blocks[0].Wq.Data, l.Model.Blocks[0].Wq.Data, "attn_q is")
	require.NoError(t, l.Close())
	require.NoError(t, base.Close())

	resumed := filepath.Join(dir, "resumed.gguf")
	_, err = runApp(t, args(resumed, "2")...)
	require.NoError(t, err)
	out, err = runApp(t, args(resumed, "4", "--resume")...)
	require.NoError(t, err, out)
	require.Equal(t, root, trainedRoot.FindStringSubmatch(out)[1], "resumed = uninterrupted")

	// Another LoRA configuration does not resume that checkpoint.
	_, err = runApp(t, append(args(resumed, "6", "--resume"), "--lora-rank", "8")...)
	require.ErrorContains(t, err, "LoRA")
}

func TestModelTrainFineTuneRefusals(t *testing.T) {
	tm := newTinyModel(t)
	dir := t.TempDir()
	other := filepath.Join(dir, "other.gguf")
	spec := modelgen.Tiny
	spec.Vocab = 400
	require.NoError(t, llama.Generate(other, spec))
	src := filepath.Join(dir, "c.txt")
	require.NoError(t, os.WriteFile(src, []byte(strings.Repeat("a tiny corpus of words\n\n", 30)), 0o644))
	out, err := runApp(t, "dataset", "publish", src, "--model", other, "--dir", dir)
	require.NoError(t, err, out)
	ds := filepath.Join(dir, strings.TrimPrefix(rootLine.FindStringSubmatch(out)[1], "0x")+".ards")

	_, err = runApp(t, "model", "train", filepath.Join(dir, "x.gguf"), "--base", tm.File, "--corpus", ds, "--steps", "1", "--seq-len", "8", "--batch", "1")
	require.ErrorContains(t, err, "was tokenized by tokenizer")
	_, err = runApp(t, "model", "train", filepath.Join(dir, "x.gguf"), "--lora-rank", "4", "--steps", "1")
	require.ErrorContains(t, err, "give it with --base")
	_, err = runApp(t, "model", "train", filepath.Join(dir, "x.gguf"), "--base", tm.File, "--corpus", src, "--lora-rank", "4", "--lora-targets", "q,emb", "--steps", "1", "--seq-len", "8", "--batch", "1")
	require.ErrorIs(t, err, train.ErrConfig)
}
