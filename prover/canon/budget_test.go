package canon_test

import (
	"context"
	"errors"
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
)

// TestConfigMemoryMatchesModel: the weight estimate is the bytes a loaded
// model holds (Q8_0 data, one scale bound per row, Q16.16 norms), and the
// RoPE and KV parts follow the dimensions.
func TestConfigMemoryMatchesModel(t *testing.T) {
	m := tinyModel(t, 1)
	var held int64
	mat := func(q *canon.Q8Matrix) { held += int64(len(q.Data) + q.Rows) }
	mat(&m.Embed)
	mat(&m.Output)
	for i := range m.Blocks {
		b := &m.Blocks[i]
		for _, q := range []*canon.Q8Matrix{&b.Wq, &b.Wk, &b.Wv, &b.Wo, &b.Wgate, &b.Wup, &b.Wdown} {
			mat(q)
		}
		held += 4 * int64(len(b.AttnNorm)+len(b.FFNNorm))
	}
	held += 4 * int64(len(m.OutNorm))
	got := m.Config.Memory(false)
	require.Equal(t, held, got.Weights)
	require.Equal(t, held-int64(len(m.Output.Data)+m.Output.Rows), m.Config.Memory(true).Weights)
	require.Equal(t, int64(m.Context*m.RopeDims/2*8), got.Rope)
	require.Equal(t, int64(m.Context)*(int64(m.Layers)*(8*int64(m.KVDim())+1)+12), got.KV)
	require.Zero(t, got.Vocab)
	require.Equal(t, got.Weights+got.Rope+got.KV, got.Total())
}

// TestSessionBytesBoundsAllocation: NewSession allocates about what
// SessionBytes says (so the budget check is about real memory).
func TestSessionBytesBoundsAllocation(t *testing.T) {
	m := tinyModel(t, 1)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	s, err := m.NewSession(m.Context, false, canon.Options{})
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	require.NotNil(t, s)
	alloc := int64(after.TotalAlloc - before.TotalAlloc)
	need := m.SessionBytes(m.Context)
	require.GreaterOrEqual(t, alloc, need)
	require.Less(t, alloc, need+64<<10, "allocated %d, estimated %d", alloc, need)
}

// TestNewSessionBudget: a session whose KV cache exceeds the model's budget
// is refused with a typed error before it allocates; one within it is not.
func TestNewSessionBudget(t *testing.T) {
	m := tinyModel(t, 1)
	need := m.SessionBytes(100)
	m.MemoryBudget = need
	_, err := m.NewSession(100, false, canon.Options{})
	require.NoError(t, err)
	_, err = m.NewSession(101, false, canon.Options{})
	require.ErrorIs(t, err, canon.ErrBudget)
	var be *canon.BudgetError
	require.True(t, errors.As(err, &be))
	require.Equal(t, "session capacity", be.Key)
	require.Equal(t, int64(101), be.Value)
	require.Equal(t, m.SessionBytes(101), be.Need.KV)
	require.Equal(t, need, be.Budget)
	require.Contains(t, err.Error(), "session capacity = 101")

	// Generate goes through NewSession.
	_, err = m.Generate(context.Background(), canon.Job{Prompt: make([]int32, 150), MaxTokens: 1}, canon.Options{})
	require.ErrorIs(t, err, canon.ErrBudget)
}

// TestDefaultMemoryBudget: the default follows the Go memory limit when it
// is the lowest limit, and is never zero.
func TestDefaultMemoryBudget(t *testing.T) {
	require.Positive(t, canon.DefaultMemoryBudget())
	old := debug.SetMemoryLimit(64 << 20)
	defer debug.SetMemoryLimit(old)
	require.Equal(t, int64(48<<20), canon.DefaultMemoryBudget())
}

func TestFormatBytes(t *testing.T) {
	for n, want := range map[int64]string{
		0: "0 B", 1023: "1023 B", 1024: "1.0 KiB", 1536: "1.5 KiB", 16 << 30: "16.0 GiB",
		48<<30 + 76<<20: "48.0 GiB", 3 << 60: "3.0 EiB",
	} {
		require.Equal(t, want, canon.FormatBytes(n), "%d", n)
	}
}
