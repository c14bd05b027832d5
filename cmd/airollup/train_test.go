package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// trainArgs is a tiny `model train` run: 6 steps on 200 arithmetic questions.
func trainArgs(out string, extra ...string) []string {
	return append([]string{"model", "train", out, "--corpus", "arithmetic", "--corpus-lines", "200", "--seed", "3",
		"--batch", "2", "--seq-len", "16", "--dim", "32", "--layers", "1", "--heads", "2", "--kv-heads", "1", "--ff", "32",
		"--vocab", "320", "--checkpoint-every", "2", "--threads", "2", "--log-every", "1", "--lr-micro", "3000"}, extra...)
}

var stateRootLine = regexp.MustCompile(`(?m)^state root 0x[0-9a-f]{64}$`)
var modelRootLine = regexp.MustCompile(`(?m)^model root 0x[0-9a-f]{64}$`)

// cancelAfter is a writer that cancels a run once it has written want.
type cancelAfter struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	want   string
	cancel context.CancelFunc
}

func (c *cancelAfter) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n, err := c.buf.Write(p)
	if strings.Contains(c.buf.String(), c.want) {
		c.cancel()
	}
	return n, err
}

// TestModelTrainResumesBitExactly: a run interrupted after step 5 (its last
// checkpoint is step 4) and resumed with --resume ends with the state root,
// model root and GGUF bytes of an uninterrupted run; progress lines show
// step, loss, tokens/s and ETA.
func TestModelTrainResumesBitExactly(t *testing.T) {
	dir := t.TempDir()
	straight := filepath.Join(dir, "straight.gguf")
	out, err := runApp(t, trainArgs(straight, "--steps", "6")...)
	require.NoError(t, err, out)
	require.Regexp(t, `(?m)^step 6/6 loss \d+\.\d{4} tok/s \d+ eta 0s$`, out)
	want := stateRootLine.FindString(out)
	require.NotEmpty(t, want, out)
	wantModel := modelRootLine.FindString(out)

	resumed := filepath.Join(dir, "resumed.gguf")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &cancelAfter{want: "step 5/6", cancel: cancel}
	app := newApp()
	app.Writer, app.ErrWriter = w, w
	err = app.RunContext(ctx, hoistFlags(app, append([]string{"airollup"}, trainArgs(resumed, "--steps", "6")...)))
	require.ErrorIs(t, err, context.Canceled, w.buf.String())
	_, err = os.Stat(resumed)
	require.ErrorIs(t, err, os.ErrNotExist, "an interrupted run writes no model")
	_, err = os.Stat(filepath.Join(dir, "resumed.ckpt"))
	require.NoError(t, err, "the step-4 checkpoint is kept")

	out, err = runApp(t, trainArgs(resumed, "--steps", "6", "--resume")...)
	require.NoError(t, err, out)
	require.Contains(t, out, "from step 4")
	require.NotContains(t, out, "step 4/6")
	require.Equal(t, want, stateRootLine.FindString(out))
	require.Equal(t, wantModel, modelRootLine.FindString(out))
	a, err := os.ReadFile(straight)
	require.NoError(t, err)
	b, err := os.ReadFile(resumed)
	require.NoError(t, err)
	require.Equal(t, a, b, "the same GGUF bytes")

	// The exported model runs under the canonical runtime.
	out, err = runApp(t, "model", "run", straight, "--prompt", "12+", "--n", "4")
	require.NoError(t, err, out)
	require.Contains(t, out, "output hash 0x")
}

// TestModelTrainRefusesAnotherRunsCheckpoint: --resume with a checkpoint of
// other hyperparameters or another corpus fails, naming the mismatch.
func TestModelTrainRefusesAnotherRunsCheckpoint(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.gguf")
	out, err := runApp(t, trainArgs(path, "--steps", "2")...)
	require.NoError(t, err, out)
	_, err = runApp(t, trainArgs(path, "--steps", "4", "--resume", "--lr-micro", "2000")...)
	require.ErrorContains(t, err, "checkpoint of another run")
	_, err = runApp(t, trainArgs(path, "--steps", "4", "--resume", "--corpus-lines", "201")...)
	require.ErrorContains(t, err, "corpus: the checkpoint's corpus has")
	_, err = runApp(t, trainArgs(path, "--steps", "4", "--optimizer", "rmsprop")...)
	require.ErrorContains(t, err, `unknown --optimizer "rmsprop"`)
	_, err = runApp(t, trainArgs(path, "--steps", "-1")...)
	require.ErrorContains(t, err, "--steps -1 must be 0..")
	_, err = runApp(t, trainArgs(path, "--steps", "4", "--lr-decay-from", "3")...)
	require.ErrorContains(t, err, "--lr-decay-from needs --lr-final-micro")
	_, err = runApp(t, trainArgs(path, "--steps", "4", "--lr-final-micro", "4000")...)
	require.ErrorContains(t, err, "--lr-final-micro 4000 must be at most --lr-micro 3000")
	// The 2-step checkpoint (steps 0 and 1 at --lr-micro) cannot resume
	// under a decay from step 0: its step 1 would have had a lower rate.
	_, err = runApp(t, trainArgs(path, "--steps", "4", "--resume", "--lr-final-micro", "300", "--lr-decay-from", "0")...)
	require.ErrorContains(t, err, "checkpoint of another run at step 2")
}

// TestModelTrainDecayResumesFromConstantRun: a constant-rate checkpoint at
// step 2 resumed under a decay from step 2 ends where the decaying run made
// from scratch ends.
func TestModelTrainDecayResumesFromConstantRun(t *testing.T) {
	dir := t.TempDir()
	decay := []string{"--steps", "5", "--lr-final-micro", "300", "--lr-decay-from", "2"}
	straight := filepath.Join(dir, "straight.gguf")
	out, err := runApp(t, trainArgs(straight, decay...)...)
	require.NoError(t, err, out)
	want := stateRootLine.FindString(out)
	require.NotEmpty(t, want, out)

	staged := filepath.Join(dir, "staged.gguf")
	out, err = runApp(t, trainArgs(staged, "--steps", "2")...)
	require.NoError(t, err, out)
	require.NotEqual(t, want, stateRootLine.FindString(out))
	out, err = runApp(t, trainArgs(staged, append(decay, "--resume")...)...)
	require.NoError(t, err, out)
	require.Contains(t, out, "from step 2")
	require.Equal(t, want, stateRootLine.FindString(out))
}

// TestModelTrainJSONLCorpus trains on the "text" fields of a JSONL file and
// refuses a line without one.
func TestModelTrainJSONLCorpus(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; i < 60; i++ {
		b.WriteString(`{"text": "the cat sat on the mat and the dog ran to the log"}` + "\n")
	}
	corpus := filepath.Join(dir, "c.jsonl")
	require.NoError(t, os.WriteFile(corpus, []byte(b.String()), 0o644))
	args := trainArgs(filepath.Join(dir, "j.gguf"), "--steps", "2", "--vocab", "290")
	args[4] = corpus
	out, err := runApp(t, args...)
	require.NoError(t, err, out)
	require.Regexp(t, stateRootLine, out)
	require.NoError(t, os.WriteFile(corpus, []byte(`{"txt": "x"}`+"\n"), 0o644))
	_, err = runApp(t, args...)
	require.ErrorContains(t, err, `line 1: want a JSON object with a "text" string`)
}
