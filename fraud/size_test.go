package fraud

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/canon"
)

// The inbox's limits (JobInbox.MAX_INPUT_BYTES, MAX_TOKENS): the longest
// prompt and output a record can carry.
const maxInputBytes, maxTokens = 32 * 1024, 8192

// TestDisputeFitsATransaction: the largest Rollup.dispute call any record
// allows — the widest model the runtime accepts (canon.MaxDim: its
// embedding row travels in the setup data), the longest prompt and output,
// model-root proofs of 48 levels (more than any accepted configuration has)
// and a records proof of a full batch — stays under 120 KiB, below geth's
// 128 KiB transaction limit. Every move is smaller, and every step is bounded
// by internal/onestep.TestStepProofsFitATransaction.
func TestDisputeFitsATransaction(t *testing.T) {
	proof := make([][32]byte, 48)
	cfg := bindings.IOneStepTypesModelConfig{Dim: canon.MaxDim, Layers: 1024, Heads: 32, KvHeads: 8, FfDim: canon.MaxFFDim,
		Vocab: 1 << 21, Context: 1 << 20, RopeDims: 128, RopeBaseBits: 0x461c4000, NormEpsBits: 0x3727c5ac}
	setup, err := setupArgs.Pack(struct {
		Cfg    bindings.IOneStepTypesModelConfig
		Meta   opening
		Embed  opening
		Prompt []byte
		Output []byte
	}{cfg, opening{Data: []byte{}, Proof: proof}, opening{Index: 1 << 21, Data: make([]byte, canon.MaxDim/32*34), Proof: proof},
		make([]byte, maxInputBytes), make([]byte, 4*maxTokens)})
	require.NoError(t, err)
	rec := bindings.IRollupJobRecord{JobId: ^uint64(0), Fee: new(big.Int).Lsh(big.NewInt(1), 127)}
	call := bindings.NewRollup().PackDispute(^uint64(0), ^uint32(0), rec, make([][32]byte, 12), setup, [32]byte{})
	t.Logf("largest dispute call: %d bytes of calldata (setup data %d)", len(call), len(setup))
	require.Less(t, len(call), 120*1024)
}
