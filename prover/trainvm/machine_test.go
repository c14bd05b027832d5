package trainvm

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
)

// tiny returns a trainer over a random tiny model (dim 32 or 64, ff 64 or
// 96, ≤ 2 layers, GQA or not, vocabulary 24..40) and a random corpus, after
// `steps` steps.
func tiny(t *testing.T, r *rand.Rand, h train.Hyper, steps int) *train.Trainer {
	t.Helper()
	kv := []int{2, 4}[r.IntN(2)]
	spec := modelgen.Spec{Dim: 32 << r.IntN(2), Layers: 1 + r.IntN(2), Heads: 4, KVHeads: kv, FFDim: 64 + 32*r.IntN(2),
		Vocab: 24 + r.IntN(17), Context: 64, Seed: r.Uint64()}
	m, err := train.NewModel(spec)
	require.NoError(t, err)
	data := make([]int32, 3*h.SeqLen*h.Batch+1+r.IntN(h.SeqLen))
	for i := range data {
		data[i] = int32(r.IntN(spec.Vocab))
	}
	tr, err := train.New(m, h, data)
	require.NoError(t, err)
	for i := 0; i < steps; i++ {
		_, err := tr.TrainStep(context.Background(), train.Options{})
		require.NoError(t, err)
	}
	return tr
}

func sgd(batch, seqLen int) train.Hyper {
	return train.Hyper{Optimizer: train.SGD, LR: train.OneH / 4, Batch: batch, SeqLen: seqLen}
}

func adam(batch, seqLen int) train.Hyper {
	h := train.DefaultAdam(batch, seqLen)
	h.LR = train.OneH / 100
	return h
}

// inputOf is the machine input of the trainer's next step.
func inputOf(t *testing.T, tr *train.Trainer) Input {
	m, v := tr.Moments()
	in := Input{State: tr.State(), Model: tr.Model, Hyper: tr.Hyper, Data: tr.Data, M: m, V: v,
		RopeSource: ropeSource(t, tr.Model.Spec)}
	if tr.LoRA != nil {
		in.LoRA, in.Adapters, in.Base = tr.LoRA, tr.Adapters(), tr.BaseWeights()
	}
	return in
}

func machineOf(t *testing.T, tr *train.Trainer) *Machine {
	t.Helper()
	mc, err := New(inputOf(t, tr))
	require.NoError(t, err)
	return mc
}

// tinyLoRA is tiny as a LoRA run over the random model (targets drawn, rank 1..40).
func tinyLoRA(t *testing.T, r *rand.Rand, h train.Hyper, steps int) *train.Trainer {
	t.Helper()
	full := tiny(t, r, h, 0)
	cfg := train.LoRA{Rank: 1 + r.IntN(40), Scale: train.OneH/2 + r.Int64N(4*train.OneH), Targets: uint8(1 + r.IntN(127)), Seed: r.Uint64()}
	tr, err := train.NewLoRA(full.Model, h, full.Data, cfg)
	require.NoError(t, err)
	for i := 0; i < steps; i++ {
		_, err := tr.TrainStep(context.Background(), train.Options{})
		require.NoError(t, err)
	}
	return tr
}

func i32s(v []int64) []int32 {
	out := make([]int32, len(v))
	for i, x := range v {
		out[i] = int32(x)
	}
	return out
}

// TestForwardIsTheTrainers: on random tiny models and random tokens, the
// machine's forward pass and loss over the first sequence of a step, one
// micro-step at a time, give the trainer's saved activations (train.Forward)
// bit for bit: every saved register, the final residual, each position's
// logit gradient and the summed loss.
func TestForwardIsTheTrainers(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 16))
			T := []int{5, 9, 16}[seed%3]
			tr := tiny(t, r, sgd(2, T), int(seed%2)) // from step 0 or 1 (cursor 0 or B)
			mc := machineOf(t, tr)
			K := tr.Sequences()
			s := tr.Cursor % K
			tokens := tr.Data[s*uint64(T) : s*uint64(T)+uint64(T)+1]
			want := train.Forward(tr.Model, tokens)
			c := tr.Model.Config
			d, V, L := c.Dim, c.Vocab, c.Layers
			dl := make([]int32, T*V)
			for {
				in, err := mc.Program().At(mc.Step())
				require.NoError(t, err)
				if in.L < uint32(L) && (in.Op == OpOuter || in.Op == OpMVT) {
					break // the backward of the blocks starts
				}
				require.NoError(t, mc.Exec())
				if in.Op == OpCEGrad && uint64(in.A) == chunks(V)-1 {
					copy(dl[int(in.T)*V:], i32s(mc.regs[regDL]))
				}
			}
			require.Equal(t, want.Loss, mc.Loss(), "loss")
			require.Equal(t, want.DL, dl, "logit gradients")
			require.Equal(t, want.X, i32s(mc.regs[regX][L*T*d:]), "final residual")
			require.Equal(t, want.XO, i32s(mc.regs[regXO]))
			require.Equal(t, want.HO, i32s(mc.regs[regHO]))
			require.Equal(t, want.RO, mc.regs[regRO])
			for l, a := range want.Layers {
				at := func(r, n int) []int64 { return mc.regs[r][l*T*n : (l+1)*T*n] }
				kv, ff := c.KVDim(), c.FFDim
				for name, pair := range map[string][2]any{
					"XA": {a.XA, i32s(at(regXA, d))}, "HA": {a.HA, i32s(at(regHA, d))}, "RA": {a.RA, at(regRA, 1)},
					"Q": {a.Q, i32s(at(regQ, d))}, "K": {a.K, i32s(at(regK, kv))}, "V": {a.V, i32s(at(regV, kv))},
					"ATT": {a.Att, i32s(at(regATT, d))}, "XF": {a.XF, i32s(at(regXF, d))}, "HF": {a.HF, i32s(at(regHF, d))},
					"RF": {a.RF, at(regRF, 1)}, "GT": {a.G, i32s(at(regGT, ff))}, "U": {a.U, i32s(at(regU, ff))},
					"S": {a.S, i32s(at(regS, ff))}, "SG": {a.SG, at(regSG, ff)}, "HH": {a.HH, i32s(at(regHH, ff))},
				} {
					require.Equal(t, pair[0], pair[1], "layer %d %s", l, name)
				}
			}
		})
	}
}

// TestStepIsTheTrainers: the whole program of one step (forward, loss,
// backward, update, STEPEND) ends on a carried root equal to the trainer's
// S_{k+1}, with the trainer's loss, for SGD and Adam, full runs and LoRA
// runs (random targets, rank and scale), from step 0 and from later steps;
// state(0) is InitialRoot of S_k. Half the cases split rows into parts of
// 32 values, so that FMV, OUTER, MVT, EMBED, LGRAD and MERGE run over
// several parts.
func TestStepIsTheTrainers(t *testing.T) {
	for i, h := range []train.Hyper{sgd(2, 8), adam(2, 7), sgd(1, 16), adam(3, 4), sgd(2, 5), adam(2, 6), adam(1, 9)} {
		lora := i >= 4
		t.Run(fmt.Sprintf("%s-%d-lora%v", h.Optimizer, i, lora), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(i), 7))
			tr := tiny(t, r, h, i%2)
			if lora {
				tr = tinyLoRA(t, r, h, i%3)
			}
			in := inputOf(t, tr)
			if i%2 == 1 {
				in.part = 32 // row parts: every dim row in 1–2 parts, ff rows in 2–3
			}
			mc, err := New(in)
			require.NoError(t, err)
			require.Equal(t, tr.StateRoot(), mc.CarriedRoot(), "carried at j = 0 is S_k")
			init, err := InitialRoot(mc.Program().Params(), tr.StateRoot())
			require.NoError(t, err)
			require.Equal(t, init, mc.StateRoot(), "state(0) from S_k alone")
			require.NoError(t, mc.RunTo(mc.Program().Len()))
			require.True(t, mc.Done())
			res, err := tr.TrainStep(context.Background(), train.Options{})
			require.NoError(t, err)
			require.Equal(t, res.LossSum, mc.Loss(), "loss")
			require.Equal(t, tr.State(), mc.Carried())
			require.Equal(t, tr.StateRoot(), mc.CarriedRoot(), "carried at the end is S_{k+1}")
			require.ErrorIs(t, mc.Exec(), ErrDone)
		})
	}
}

// TestNewChecksTheInputAgainstTheState: a machine refuses weights, corpus,
// moments, base, factors or a configuration other than the ones S_k
// commits, naming them.
func TestNewChecksTheInputAgainstTheState(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 11))
	full, lora := tiny(t, r, adam(2, 4), 1), tinyLoRA(t, r, adam(2, 4), 1)
	for name, c := range map[string]struct {
		tr   *train.Trainer
		edit func(in *Input)
	}{
		"weights": {full, func(in *Input) { in.Model = in.Model.Clone(); in.Model.Tensors[2].W[3]++ }},
		"corpus": {full, func(in *Input) {
			in.Data = append([]int32(nil), in.Data...)
			in.Data[5] = (in.Data[5] + 1) % int32(in.Model.Config.Vocab)
		}},
		"moments": {full, func(in *Input) {
			in.M = append([][]int64(nil), in.M...)
			in.M[1] = append([]int64(nil), in.M[1]...)
			in.M[1][0]++
		}},
		"sgd with moments": {full, func(in *Input) { in.Hyper.Optimizer = train.SGD }},
		"learning rate":    {full, func(in *Input) { in.Hyper.LR++ }},
		"lora scale": {lora, func(in *Input) {
			l := *in.LoRA
			l.Scale++
			in.LoRA = &l
		}},
		"base": {lora, func(in *Input) {
			in.Base = append([][]int32(nil), in.Base...)
			in.Base[0] = append([]int32(nil), in.Base[0]...)
			in.Base[0][0]++
		}},
		"factors": {lora, func(in *Input) {
			in.Adapters = append([]*train.Tensor(nil), in.Adapters...)
			a := *in.Adapters[0]
			a.W = append([]int32(nil), a.W...)
			a.W[0]++
			in.Adapters[0] = &a
		}},
		"no base":        {lora, func(in *Input) { in.Base = nil }},
		"no rope source": {full, func(in *Input) { in.RopeSource = nil }},
		"rope source of another RoPE base": {full, func(in *Input) {
			src := *in.RopeSource
			src.Config.RopeBaseBits++
			in.RopeSource = &src
		}},
		"rope source of another context": {full, func(in *Input) {
			spec := in.Model.Spec
			spec.Context++
			in.RopeSource = ropeSource(t, spec)
		}},
	} {
		in := inputOf(t, c.tr)
		_, err := New(in)
		require.NoError(t, err, name)
		c.edit(&in)
		_, err = New(in)
		require.ErrorIs(t, err, ErrInput, name)
	}
}

// TestExecRefusesOperandsOutOfRange: an instruction outside its operands'
// ranges fails with ErrOperand naming them, an opcode the machine does not
// execute with ErrOpcode, and the state stays as it was.
func TestExecRefusesOperandsOutOfRange(t *testing.T) {
	tr := tiny(t, rand.New(rand.NewPCG(2, 2)), sgd(1, 4), 0)
	mc := machineOf(t, tr)
	before := mc.StateRoot()
	c := tr.Model.Config
	for _, in := range []Instr{
		{Op: OpToken, A: 1},
		{Op: OpFMV, L: 0, A: uint32(c.Dim), C: MatQ},
		{Op: OpFMV, L: 0, B: 1, C: MatQ},
		{Op: OpFMV, L: 0, C: MatOut},
		{Op: OpScore, L: 0, T: 1, A: 2},
		{Op: OpScore, L: 0, B: uint32(c.Heads)},
		{Op: OpNorm, L: uint32(c.Layers), B: NormAttn},
		{Op: OpSumSq, L: 0, T: 4},
		{Op: OpMVTFin, L: 0, B: 2, C: MatQ},
		{Op: OpRope, L: 0, B: 2},
		{Op: OpUpdate, A: uint32(len(tr.Model.Tensors))},
		{Op: OpLGrad, A: 1},
		{Op: OpEmbed, Seq: 1},
	} {
		require.ErrorIs(t, mc.exec(in), ErrOperand, "%s", in)
	}
	require.ErrorIs(t, mc.exec(Instr{Op: OpHalt}), ErrOpcode)
	require.ErrorIs(t, mc.exec(Instr{Op: numOps}), ErrOpcode)
	mc.ResetRootCache()
	require.Equal(t, before, mc.StateRoot())
}
