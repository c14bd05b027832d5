package trainingvm

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings/trainingvm"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/prover/merkle"
)

// gas estimates a call to the VM: the 21,000 base, calldata and execution.
func (v *tvm) gas(t *testing.T, data []byte) uint64 {
	t.Helper()
	g, err := v.chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{To: &v.addr, Data: data})
	require.NoError(t, err)
	return g
}

// TestGas measures each TrainingVM call on a tiny fine-tuning run (dim 32,
// Adam, LoRA): setup, and subgamePrestate and project of the import, a
// step and the export. Their cost does not grow with the run but with its
// configuration (the step's zero-register roots, the programs' lengths in
// closed form); step costs the transition's verifier plus the context's
// decoding (docs/training-game.md, "TrainingVM").
func TestGas(t *testing.T) {
	v := deploy(t)
	rn := newRun(t, "gas", 2, true, true, false, 1)
	rec := rn.record()
	enc, err := rec.Encode()
	require.NoError(t, err)
	ctx, err := rn.context().Encode()
	require.NoError(t, err)
	l1 := rn.level1()
	n := big.NewInt(int64(rn.n))
	one := big.NewInt(1)
	exp := new(big.Int).Add(n, one)

	im := rn.importMachine(t)
	require.NoError(t, im.RunTo(im.Program().Len()))
	em := rn.exportMachine(t)
	require.NoError(t, em.RunTo(em.Program().Len()))
	fin := rn.stepFinal[0]
	calls := []struct {
		name string
		data []byte
	}{
		{"setup", v.b.PackSetup(enc, rn.setupData(t))},
		{"subgamePrestate import", v.b.PackSubgamePrestate(ctx, new(big.Int), l1[0], nil)},
		{"subgamePrestate step", v.b.PackSubgamePrestate(ctx, one, l1[1], fraud.Level1StatePreimage(rn.states[0]))},
		{"subgamePrestate export", v.b.PackSubgamePrestate(ctx, exp, l1[rn.n+1], fraud.Level1StatePreimage(rn.states[rn.n]))},
		{"project import", v.b.PackProject(ctx, new(big.Int), im.StateRoot(), fraud.ImportStatePreimage(im.State()))},
		{"project step", v.b.PackProject(ctx, one, merkle.Keccak([]byte("airollup.train.micro.v1"), fin), fin)},
		{"project export", v.b.PackProject(ctx, exp, em.StateRoot(), fraud.ExportStatePreimage(em.State()))},
	}
	for _, c := range rn.proofs[len(rn.proofs)-1:] {
		calls = append(calls, struct {
			name string
			data []byte
		}{"step STEPEND", v.b.PackStep(ctx, one, c.pre, c.proof)})
	}
	for _, c := range calls {
		g := v.gas(t, c.data)
		require.Less(t, g, uint64(1_000_000), c.name)
		t.Logf("%-24s %8d gas, %5d calldata bytes", c.name, g, len(c.data))
	}
}

// TestGas7B measures what of subgamePrestate and project grows with the
// configuration, at LLaMA-7B dims (dim 4,096, 32 layers and heads, ff
// 11,008, vocabulary 32,000, context 4,096, B = 8, T = 2,048, Adam; and
// LoRA at rank 16 on every block matrix): the step's state 0 (the zero
// roots of its registers and of G) and the import and export programs'
// lengths.
func TestGas7B(t *testing.T) {
	v := deploy(t)
	c := trainingvm.ITrainIOTypesTrainConfig{Dim: 4096, Layers: 32, Heads: 32, KvHeads: 32, FfDim: 11008, Vocab: 32000,
		Context: 4096, Optimizer: 1, Lr: 1 << 22, Beta1: 3 << 30, Beta2: 4_000_000_000, Eps: 1 << 12, Batch: 8, SeqLen: 2048}
	for _, lora := range []bool{false, true} {
		if lora {
			c.LoraRank, c.LoraScale, c.LoraTargets, c.LoraSeed = 16, 1<<32, 127, 1
		}
		p := trainingvm.ITrainStepVerifierParams{Dim: c.Dim, Layers: c.Layers, Heads: c.Heads, KvHeads: c.KvHeads,
			FfDim: c.FfDim, Vocab: c.Vocab, Context: c.Context, Optimizer: c.Optimizer, Lr: c.Lr, Beta1: c.Beta1,
			Beta2: c.Beta2, Eps: c.Eps, Batch: c.Batch, SeqLen: c.SeqLen, LoraRank: c.LoraRank, LoraScale: c.LoraScale,
			LoraTargets: c.LoraTargets, LoraSeed: c.LoraSeed}
		for _, call := range []struct {
			name string
			data []byte
		}{
			{"stepInitialRoot", v.b.PackStepInitialRoot(p, merkle.Keccak([]byte("S_k")))},
			{"importLength", v.b.PackImportLength(c, !lora)},
			{"exportLength", v.b.PackExportLength(c)},
			{"checkConfig", v.b.PackCheckConfig(c)},
		} {
			g := v.gas(t, call.data)
			require.Less(t, g, uint64(1_000_000), "%s, LoRA %v", call.name, lora)
			t.Logf("LoRA %-5v %-16s %8d gas", lora, call.name, g)
		}
	}
}
