package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/llama"
)

func runApp(t *testing.T, args ...string) (string, error) {
	t.Helper()
	app := newApp()
	// The app points the global logger at ErrWriter; other goroutines of the
	// test (a simulated L1) log through it too, so the buffer is locked and
	// the global logger restored once the command returns.
	var out lockedBuffer
	app.Writer = &out
	app.ErrWriter = &out
	prev := log.Root()
	defer log.SetDefault(prev)
	err := app.RunContext(context.Background(), hoistFlags(app, append([]string{"airollup"}, args...)))
	return out.String(), err
}

// lockedBuffer is a bytes.Buffer safe for concurrent writers.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestHelpListsSubcommands(t *testing.T) {
	out, err := runApp(t, "--help")
	require.NoError(t, err)
	for _, name := range []string{"devnet", "sequencer", "worker", "challenger", "model", "dataset", "job"} {
		require.Contains(t, out, name, "help must list the %s subcommand", name)
	}
	require.Contains(t, out, "--log.level")
}

func TestSubcommandHelpWorks(t *testing.T) {
	for _, c := range newApp().Commands {
		t.Run(c.Name, func(t *testing.T) {
			out, err := runApp(t, c.Name, "--help")
			require.NoError(t, err)
			require.Contains(t, out, c.Usage)
		})
	}
}

func TestModelCommands(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/tiny.gguf"
	out, err := runApp(t, "model", "gen", "--preset", "tiny", "--seed", "3", path)
	require.NoError(t, err)
	require.Contains(t, out, "model root 0x")
	root := out[strings.Index(out, "model root ")+len("model root "):]
	root = strings.TrimSpace(root)

	out, err = runApp(t, "model", "info", path)
	require.NoError(t, err)
	require.Contains(t, out, "dim 64, layers 2, heads 4, kv heads 2")
	require.Contains(t, out, "Q8_0×")
	require.Contains(t, out, "model root    "+root)

	out, err = runApp(t, "model", "run", "--prompt", "The cat", "-n", "5", "--stop-at-eos=false", "--trace", path)
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(out, "The cat"), out)
	require.Contains(t, out, "trace root  0x")

	// The job input: the prompt's token ids, 4 bytes each, that decode back to the same ids.
	out, err = runApp(t, "model", "tokenize", "--prompt", "The cat", path)
	require.NoError(t, err)
	first, _, _ := strings.Cut(out, "\n") // stdout; the token count follows on stderr
	input, err := hex.DecodeString(strings.TrimPrefix(first, "0x"))
	require.NoError(t, err)
	l, err := llama.Load(path)
	require.NoError(t, err)
	defer l.Close()
	ids, err := canon.ParseTokenBytes(input, l.Model.Vocab)
	require.NoError(t, err)
	require.Equal(t, l.Tokenizer.Encode("The cat", true), ids)
	_, err = runApp(t, "model", "tokenize", path)
	require.ErrorContains(t, err, "prompt")
	_, err = runApp(t, "model", "run", "--prompt", "a", "--top-p-micro", "2000000", path)
	require.ErrorContains(t, err, "--top-p-micro 2000000 exceeds 1000000")
	_, err = runApp(t, "model", "import", path, "--context", "-5", "--out", dir+"/neg.gguf")
	require.ErrorContains(t, err, "--context -5 must be positive")
	_, err = runApp(t, "model", "run", "--prompt", "a", "--threads", "100000", path)
	require.ErrorContains(t, err, "--threads 100000 must be 1 to 1024")
	// Writes never replace what is not a regular file.
	_, err = runApp(t, "model", "gen", "--preset", "tiny", "/dev/null")
	require.ErrorIs(t, err, gguf.ErrDestination)
	_, err = runApp(t, "model", "gen", "--preset", "tiny", "--heads", "5", dir+"/x.gguf")
	require.ErrorIs(t, err, canon.ErrConfig, "modelgen wraps the config error")

	// Bad input: a clear error naming the problem.
	_, err = runApp(t, "model", "run", "--prompt", strings.Repeat("word ", 400), "-n", "5", path)
	require.ErrorContains(t, err, "positions needed")
	_, err = runApp(t, "model", "gen", "--preset", "huge", path)
	require.ErrorContains(t, err, `unknown --preset "huge"`)
	_, err = runApp(t, "model", "gen", "--preset", "tiny", "--heads", "5", dir+"/bad.gguf")
	require.ErrorContains(t, err, "heads = 5")
	_, err = runApp(t, "model", "info", dir+"/missing.gguf")
	require.Error(t, err)
}

func TestVersion(t *testing.T) {
	out, err := runApp(t, "--version")
	require.NoError(t, err)
	require.Contains(t, out, "airollup version v")
}

func TestBadLogLevelRejected(t *testing.T) {
	_, err := runApp(t, "--log.level", "loud", "job")
	require.Error(t, err)
	require.Contains(t, err.Error(), "log.level")
}
