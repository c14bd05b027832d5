package trainstep

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/prover/trainvm"
)

// implemented is the set of opcodes the Solidity verifier executes: every
// opcode of the step (ROPE and ROPEB with the RoPE row their proof opens
// against the RoPE source, docs/training-game.md "Solidity verifier").
var implemented = func() map[trainvm.Op]bool {
	out := map[trainvm.Op]bool{}
	for op := trainvm.OpToken; op <= trainvm.OpMerge; op++ {
		out[op] = true
	}
	return out
}()

type verifier struct {
	b    *bindings.TrainStepVerifier
	inst *bind.BoundContract
	addr common.Address
	prog *bindings.TrainStepProgram
	pi   *bind.BoundContract
	// the program's address
	progAddr common.Address
}

// deploy deploys the verifier's contracts on a simulated chain.
func deploy(t testing.TB) *verifier { return deployOn(t, l1test.New(t, 1)) }

func (v *verifier) verify(p bindings.ITrainStepVerifierParams, pre merkle.Hash, proof []byte) (merkle.Hash, error) {
	h, err := bind.Call(v.inst, nil, v.b.PackVerify(p, pre, proof), v.b.UnpackVerify)
	return merkle.Hash(h), err
}

// revertName is the name of the verifier's custom error in err.
func (v *verifier) revertName(t *testing.T, err error) string {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "no revert data: %v", err)
	s, ok := de.ErrorData().(string)
	require.True(t, ok)
	dec, err := v.b.UnpackError(common.FromHex(s))
	require.NoError(t, err, "revert %s is not a verifier error", s)
	name := fmt.Sprintf("%T", dec)
	return strings.TrimPrefix(name[strings.LastIndex(name, ".")+1:], "TrainStepVerifier")
}

// params is the verifier's configuration of a run.
func params(cfg trainvm.Config, part int) bindings.ITrainStepVerifierParams {
	sp, h := cfg.Spec, cfg.Hyper
	p := bindings.ITrainStepVerifierParams{
		Dim: uint32(sp.Dim), Layers: uint32(sp.Layers), Heads: uint32(sp.Heads), KvHeads: uint32(sp.KVHeads),
		FfDim: uint32(sp.FFDim), Vocab: uint32(sp.Vocab), Context: uint32(sp.Context),
		Optimizer: uint32(h.Optimizer), Lr: h.LR, Beta1: h.Beta1, Beta2: h.Beta2, Eps: h.Eps,
		Batch: uint32(h.Batch), SeqLen: uint32(h.SeqLen), LrFinal: h.LRFinal, DecayFrom: h.DecayFrom,
		DecaySteps: h.DecaySteps, ModelSeed: sp.Seed, Part: uint32(part), RopeSource: cfg.RopeSource,
	}
	if l := cfg.LoRA; l != nil {
		p.LoraRank, p.LoraScale, p.LoraTargets, p.LoraSeed = uint32(l.Rank), l.Scale, uint32(l.Targets), l.Seed
	}
	return p
}

type tcase struct {
	name string
	in   trainvm.Input
	cfg  trainvm.Config
	part int
	src  *canon.Model // the RoPE source
}

// ropeSource returns a reference model of spec's configuration (another
// seed's weights): the RoPE source of a run, whose RoPE leaves are the
// configuration's.
func ropeSource(t *testing.T, spec modelgen.Spec) *canon.Model {
	t.Helper()
	spec.Seed ^= 0x5eed
	m, err := train.NewModel(spec)
	require.NoError(t, err)
	cm, err := m.Canonical()
	require.NoError(t, err)
	return cm
}

// ropeOpening returns the RoPE row of position t of src (cos ‖ sin) and
// the path of its model-root leaf: a valid opening against src's root.
func ropeOpening(t *testing.T, src *canon.Model, pos int) ([]int32, []merkle.Hash) {
	t.Helper()
	c := src.Config
	tab, err := canon.NewRopeTable(c.RopeDims, c.Context, c.RopeBaseBits)
	require.NoError(t, err)
	cos, sin := tab.Row(pos)
	leaves := src.Leaves()
	tree, err := merkle.NewTree(leaves)
	require.NoError(t, err)
	sib, err := tree.Proof(uint64(len(leaves) - c.Context + pos))
	require.NoError(t, err)
	return append(slices.Clone(cos), sin...), sib
}

// cases are four tiny steps, as trainvm's key test: SGD and Adam, full and
// LoRA, parts of 32 values and whole rows, each after one trained step.
func cases(t *testing.T) []tcase {
	t.Helper()
	var out []tcase
	for i, c := range []struct {
		adam, lora bool
		batch, t   int
		part       int
	}{{false, false, 2, 4, 32}, {true, false, 1, 5, 0}, {false, true, 1, 4, 32}, {true, true, 2, 3, 0}} {
		r := rand.New(rand.NewPCG(uint64(i), 21))
		h := train.Hyper{Optimizer: train.SGD, LR: train.OneH / 4, Batch: c.batch, SeqLen: c.t}
		if c.adam {
			h = train.DefaultAdam(c.batch, c.t)
			h.LR = train.OneH / 100
		}
		spec := modelgen.Spec{Dim: 32 << r.IntN(2), Layers: 1 + r.IntN(2), Heads: 4, KVHeads: []int{2, 4}[r.IntN(2)],
			FFDim: 64 + 32*r.IntN(2), Vocab: 24 + r.IntN(17), Context: 64, Seed: r.Uint64()}
		m, err := train.NewModel(spec)
		require.NoError(t, err)
		data := make([]int32, 3*c.t*c.batch+1+r.IntN(c.t))
		for k := range data {
			data[k] = int32(r.IntN(spec.Vocab))
		}
		tr, err := train.New(m, h, data)
		require.NoError(t, err)
		if c.lora {
			l := train.LoRA{Rank: 1 + r.IntN(8), Scale: train.OneH/2 + r.Int64N(4*train.OneH), Targets: uint8(1 + r.IntN(127)), Seed: r.Uint64()}
			tr, err = train.NewLoRA(m, h, data, l)
			require.NoError(t, err)
		}
		_, err = tr.TrainStep(context.Background(), train.Options{})
		require.NoError(t, err)
		mm, vv := tr.Moments()
		src := ropeSource(t, spec)
		in := trainvm.Input{State: tr.State(), Model: tr.Model, Hyper: tr.Hyper, Data: tr.Data, M: mm, V: vv, RopeSource: src}
		if tr.LoRA != nil {
			in.LoRA, in.Adapters, in.Base = tr.LoRA, tr.Adapters(), tr.BaseWeights()
		}
		cfg := trainvm.Config{Spec: tr.Model.Spec, Hyper: tr.Hyper, LoRA: tr.LoRA, RopeSource: src.Root()}
		out = append(out, tcase{name: fmt.Sprintf("%s-lora%v-part%d", h.Optimizer, c.lora, c.part),
			in: in.WithPart(c.part), cfg: cfg.WithPart(c.part), part: c.part, src: src})
	}
	return out
}

// TestProgramIsGos: the Solidity program's length is Go's, and its
// instruction j is Go's At(j) on both sides of every change of opcode,
// sequence, layer or position, and at 300 random steps; j = Len gives no
// instruction.
func TestProgramIsGos(t *testing.T) {
	v := deploy(t)
	for i, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(i), 22))
			mc, err := trainvm.New(c.in)
			require.NoError(t, err)
			prog := mc.Program()
			p := params(c.cfg, c.part)
			check := func(j uint64) {
				out, err := bind.Call(v.pi, nil, v.prog.PackAt(p, new(big.Int).SetUint64(j)), v.prog.UnpackAt)
				require.NoError(t, err)
				require.Equal(t, prog.Len(), out.Len.Uint64())
				var want [7]uint64
				if j < prog.Len() {
					in, err := prog.At(j)
					require.NoError(t, err)
					want = [7]uint64{uint64(in.Op), uint64(in.Seq), uint64(in.L), uint64(in.T), uint64(in.A), uint64(in.B), uint64(in.C)}
				}
				var got [7]uint64
				for k, x := range out.Ins {
					got[k] = x.Uint64()
				}
				require.Equal(t, want, got, "instruction %d", j)
			}
			var last trainvm.Instr
			n := 0
			for j := uint64(0); j < prog.Len(); j++ {
				in, err := prog.At(j)
				require.NoError(t, err)
				if in.Op != last.Op || in.Seq != last.Seq || in.T != last.T || in.L != last.L {
					check(j)
					if j > 0 {
						check(j - 1)
					}
					n++
				}
				last = in
			}
			for range 300 {
				check(r.Uint64N(prog.Len()))
			}
			check(prog.Len())
			t.Logf("program of %d steps, %d segment boundaries checked", prog.Len(), n)
		})
	}
}

// steps picks, per opcode, its first and last instance and, for the
// implemented ones, their instances at a row or chunk boundary and 12 at
// random.
func steps(t *testing.T, r *rand.Rand, prog *trainvm.Program) []uint64 {
	t.Helper()
	byOp := map[trainvm.Op][]uint64{}
	pick := map[uint64]bool{}
	var last trainvm.Instr
	for j := uint64(0); j < prog.Len(); j++ {
		in, err := prog.At(j)
		require.NoError(t, err)
		byOp[in.Op] = append(byOp[in.Op], j)
		if implemented[in.Op] && (in.Op != last.Op || in.A != last.A || in.T != last.T) && r.IntN(8) == 0 {
			pick[j] = true
		}
		last = in
	}
	for op, js := range byOp {
		pick[js[0]], pick[js[len(js)-1]] = true, true
		for range 12 {
			if implemented[op] {
				pick[js[r.IntN(len(js))]] = true
			}
		}
	}
	out := make([]uint64, 0, len(pick))
	for j := range pick {
		out = append(out, j)
	}
	slices.Sort(out)
	return out
}

// TestVerifyIsGos is the differential test: for sampled micro-steps of the
// four tiny steps, the Solidity verifier's post root from state(j) and the
// Go proof's bytes is the machine's state(j+1) (and trainvm.VerifyStep's),
// for every opcode (ROPE and ROPEB: first, last and 12 random instances
// each, with the RoPE row opened against the RoPE source).
func TestVerifyIsGos(t *testing.T) {
	v := deploy(t)
	for i, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(i), 23))
			mc, err := trainvm.New(c.in)
			require.NoError(t, err)
			p := params(c.cfg, c.part)
			seen := map[trainvm.Op]int{}
			for _, j := range steps(t, r, mc.Program()) {
				require.NoError(t, mc.RunTo(j))
				pre := mc.StateRoot()
				pf, err := mc.Prove(j)
				require.NoError(t, err)
				enc, err := pf.MarshalBinary()
				require.NoError(t, err)
				in, err := mc.Program().At(j)
				require.NoError(t, err)
				got, err := v.verify(p, pre, enc)
				if !implemented[in.Op] {
					require.Equal(t, "UnsupportedOpcode", v.revertName(t, err), "step %d (%s)", j, in)
					continue
				}
				require.NoError(t, err, "step %d (%s)", j, in)
				goPost, err := trainvm.VerifyStep(c.cfg, pre, pf)
				require.NoError(t, err)
				require.NoError(t, mc.Exec())
				require.Equal(t, mc.StateRoot(), got, "step %d (%s)", j, in)
				require.Equal(t, goPost, got)
				seen[in.Op]++
			}
			for op, n := range mc.Program().Counts() {
				if implemented[op] {
					require.GreaterOrEqual(t, seen[op], min(int(n), 2), "%s verified", op)
				}
			}
			t.Logf("verified %v", seen)
		})
	}
}
