package llama

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/modelgen"
)

// rewriteTokens writes a copy of the model at src with its token texts
// replaced by edit's.
func rewriteTokens(t *testing.T, src string, edit func([]string) []string) string {
	t.Helper()
	f, err := gguf.Open(src)
	require.NoError(t, err)
	defer f.Close()
	w, err := gguf.NewWriterFrom(f)
	require.NoError(t, err)
	toks, err := f.GetStrings(keyTokens)
	require.NoError(t, err)
	w.SetKV(keyTokens, gguf.StringArrayValue(edit(toks)))
	path := filepath.Join(t.TempDir(), "edited.gguf")
	require.NoError(t, w.WriteFile(path))
	return path
}

// TestLoadBudgetCountsTokenTexts: a vocabulary of few but long tokens is
// counted by its bytes, not only per token. A 60 MB token used to pass a
// 16 MiB budget (estimated at 256 bytes a token) and take 187 MB.
func TestLoadBudgetCountsTokenTexts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, Generate(path, modelgen.Tiny))
	long := rewriteTokens(t, path, func(toks []string) []string {
		toks[len(toks)-1] = strings.Repeat("ab", 2<<20) // 4 MiB
		return toks
	})
	need := modelgen.Tiny.Config().Memory(false)
	need.Vocab = int64(modelgen.Tiny.Vocab) * vocabTokenBytes // the per-token estimate alone
	budget := need.Total() + 4<<20                            // one copy of the long token
	l, err := Load(path, Options{MemoryBudget: budget})
	require.NoError(t, err, "the model with short tokens fits")
	require.NoError(t, l.Close())
	_, err = Load(long, Options{MemoryBudget: budget})
	var be *canon.BudgetError
	require.ErrorAs(t, err, &be)
	require.Equal(t, keyTokens, be.Key)
	require.Greater(t, be.Need.Vocab, int64(3*4<<20), "every copy of the token texts is counted")
}

// TestLoadRefusesTokenCountFirst: a tokens array longer than token_embd is
// refused by its length, naming both counts.
func TestLoadRefusesTokenCountFirst(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, Generate(path, modelgen.Tiny))
	more := rewriteTokens(t, path, func(toks []string) []string { return append(toks, "extra") })
	_, err := Load(more)
	require.ErrorIs(t, err, ErrUnsupported)
	require.Contains(t, err.Error(), "tokenizer has 513 tokens but token_embd has 512 rows")
}
