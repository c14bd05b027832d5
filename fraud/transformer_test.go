package fraud_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// tvmRevert decodes a TransformerVM (or verifier) revert into its error's name.
func tvmRevert(t *testing.T, err error) string {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "no revert data: %v", err)
	s, ok := de.ErrorData().(string)
	require.True(t, ok)
	dec, err := bindings.NewTransformerVM().UnpackError(common.FromHex(s))
	require.NoError(t, err, "revert %s is not a TransformerVM error", s)
	return fmt.Sprintf("%T", dec)[len("*bindings.TransformerVM"):]
}

// TestTransformerVMMatchesGo: TransformerVM derives from a record exactly the
// commitments the Go replay computes — the root claim h(P, 0), the absolute
// prestate h(0, 0), every level-2 game's step-0 state and every final
// state's level-1 projection — steps like the Go VM, and refuses
// inconsistent inputs with typed errors.
func TestTransformerVMMatchesGo(t *testing.T) {
	ctx := context.Background()
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	tree, err := vm.NewModelTree(m)
	require.NoError(t, err)
	chain := l1test.New(t, 2)
	a, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 10, Game: deploy.DevnetGame(tvmSplit, tvmMax), VM: deploy.Transformer,
		Rollup: deploy.DevnetRollup(),
	})
	require.NoError(t, err)
	tvm := bindings.NewTransformerVM()
	call := func(data []byte) ([]byte, error) { return chain.Client.CallContract(ctx, callMsg(a.VM, data), nil) }

	prompt := []int32{1, 42, 7}
	const n = 4
	res, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: n}, canon.Options{})
	require.NoError(t, err)
	r, err := fraud.NewReplay(t.Context(), m, tree, append(append([]int32{}, prompt...), res.Tokens[:n-1]...), len(prompt), canon.SampleParams{}, canon.Options{})
	require.NoError(t, err)
	final := r.Final()
	rec := record.JobRecord{JobID: 1, ModelRoot: tree.Root(), InputHash: crypto.Keccak256Hash(canon.TokenBytes(prompt)), PromptLen: uint32(len(prompt)),
		OutputLen: n, Params: record.JobParams{MaxTokens: n}, OutputHash: canon.TokensHash(res.Tokens),
		ResidualRoot: final.RegRoots()[0], KvRoot: final.KVRoot(), Fee: big.NewInt(0)}
	setupFor := func(rec record.JobRecord, prompt, output []int32) ([]byte, error) {
		enc, err := rec.Encode()
		require.NoError(t, err)
		data, err := fraud.SetupData(m, tree, prompt, output)
		require.NoError(t, err)
		return call(tvm.PackSetup(enc, data))
	}

	out, err := setupFor(rec, prompt, res.Tokens)
	require.NoError(t, err)
	s, err := tvm.UnpackSetup(out)
	require.NoError(t, err)
	states := r.States()
	require.Equal(t, [32]byte(states[len(states)-1]), s.RootClaim, "root claim h(P, 0)")
	require.Equal(t, [32]byte(states[0]), s.AbsolutePrestate, "absolute prestate h(0, 0)")
	require.Equal(t, int64(r.Transitions()), s.Transitions.Int64())

	rng := rand.New(rand.NewPCG(3, 4))
	for _, tr := range []int{0, 1, m.Layers, r.Transitions() - 1, rng.IntN(r.Transitions())} {
		mc, err := r.Machine(tr)
		require.NoError(t, err)
		pre, err := fraud.Level1Preimage(mc)
		require.NoError(t, err)
		out, err := call(tvm.PackSubgamePrestate(s.Ctx, big.NewInt(int64(tr)), states[tr], pre))
		require.NoError(t, err, "transition %d", tr)
		got, err := tvm.UnpackSubgamePrestate(out)
		require.NoError(t, err)
		require.Equal(t, [32]byte(mc.StateRoot()), got, "step-0 state of transition %d", tr)
		_, err = call(tvm.PackSubgamePrestate(s.Ctx, big.NewInt(int64(tr)), states[tr+1], pre))
		require.Equal(t, "BadInput", tvmRevert(t, err), "a preimage of another state")

		// One step from the middle agrees with the Go VM, and it is bound to its transition.
		require.NoError(t, mc.RunTo(mc.Program().Len()/2))
		sp, err := mc.Prove(tree)
		require.NoError(t, err)
		proof, err := fraud.StepProofBytes(sp)
		require.NoError(t, err)
		preRoot := mc.StateRoot()
		out, err = call(tvm.PackStep(s.Ctx, big.NewInt(int64(tr)), preRoot, proof))
		require.NoError(t, err)
		post, err := tvm.UnpackStep(out)
		require.NoError(t, err)
		require.NoError(t, mc.Exec())
		require.Equal(t, [32]byte(mc.StateRoot()), post)
		other := tr + 1
		if other == r.Transitions() {
			other = tr - 1
		}
		_, err = call(tvm.PackStep(s.Ctx, big.NewInt(int64(other)), preRoot, proof))
		require.Equal(t, "WrongTransition", tvmRevert(t, err))
		_, err = call(tvm.PackStep(s.Ctx, big.NewInt(int64(tr)), crypto.Keccak256Hash(preRoot[:]), proof))
		require.Equal(t, "PrestateMismatch", tvmRevert(t, err))

		// A mid-program state is not final; the final one projects onto state tr+1.
		mid, err := fraud.StatePreimage(mc)
		require.NoError(t, err)
		_, err = call(tvm.PackProject(s.Ctx, big.NewInt(int64(tr)), mc.StateRoot(), mid))
		require.Equal(t, "NotFinal", tvmRevert(t, err))
		require.NoError(t, mc.Run())
		fin, err := fraud.StatePreimage(mc)
		require.NoError(t, err)
		out, err = call(tvm.PackProject(s.Ctx, big.NewInt(int64(tr)), mc.StateRoot(), fin))
		require.NoError(t, err)
		got, err = tvm.UnpackProject(out)
		require.NoError(t, err)
		require.Equal(t, [32]byte(states[tr+1]), got, "projection of transition %d", tr)
		_, err = call(tvm.PackProject(s.Ctx, big.NewInt(int64(tr)), crypto.Keccak256Hash([]byte("x")), fin))
		require.Equal(t, "BadInput", tvmRevert(t, err), "a preimage of another state")
	}
	// Padding transitions are the identity.
	pad := big.NewInt(int64(r.Transitions()))
	x := crypto.Keccak256Hash([]byte("anything"))
	for _, data := range [][]byte{tvm.PackSubgamePrestate(s.Ctx, pad, x, nil), tvm.PackProject(s.Ctx, pad, x, nil), tvm.PackStep(s.Ctx, pad, x, nil)} {
		out, err := call(data)
		require.NoError(t, err)
		require.Equal(t, x.Bytes(), out)
	}

	// Inconsistent records and setup data.
	for _, tc := range []struct {
		name   string
		mutate func(*record.JobRecord) ([]int32, []int32)
		want   string
	}{
		{"training record", func(r *record.JobRecord) ([]int32, []int32) { r.Kind = record.KindFineTune; return prompt, res.Tokens }, "UnsupportedKind"},
		// The prompt the game judges is the job's input: a swapped or re-tokenized prompt does not hash to it.
		{"swapped prompt", func(r *record.JobRecord) ([]int32, []int32) { return []int32{1, 42, 8}, res.Tokens }, "BadInput"},
		{"prompt not the job's input", func(r *record.JobRecord) ([]int32, []int32) { r.InputHash[0] ^= 1; return prompt, res.Tokens }, "BadInput"},
		{"prompt length", func(r *record.JobRecord) ([]int32, []int32) { r.PromptLen++; return prompt, res.Tokens }, "BadInput"},
		{"output hash", func(r *record.JobRecord) ([]int32, []int32) { r.OutputHash[0] ^= 1; return prompt, res.Tokens }, "BadInput"},
		{"output longer than max tokens", func(r *record.JobRecord) ([]int32, []int32) { r.Params.MaxTokens--; return prompt, res.Tokens }, "BadInput"},
		{"wrong model", func(r *record.JobRecord) ([]int32, []int32) { r.ModelRoot[0] ^= 1; return prompt, res.Tokens }, "ConfigNotInModel"},
		{"token past the vocabulary", func(r *record.JobRecord) ([]int32, []int32) {
			out := append([]int32{}, res.Tokens...)
			out[0] = int32(m.Vocab)
			r.OutputHash = canon.TokensHash(out)
			return prompt, out
		}, "OutOfRange"},
	} {
		bad := rec
		p, o := tc.mutate(&bad)
		_, err := setupFor(bad, p, o)
		require.Equal(t, tc.want, tvmRevert(t, err), tc.name)
	}
}
