package trainingvm

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/bindings/trainingvm"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/dataset"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/prover/trainvm"
	"github.com/airollup/airollup/prover/vm"
)

// tvm is a deployed TrainingVM over the three training verifiers (no inbox
// or registry: a pretraining record's setup needs them, and is tested in
// forge; these tests build its context in Go).
type tvm struct {
	b     *trainingvm.TrainingVM
	inst  *bind.BoundContract
	addr  common.Address
	chain *l1test.Chain
}

func deploy(t testing.TB) *tvm { return deployOn(t, l1test.New(t, 1)) }

func deployOn(t testing.TB, chain *l1test.Chain) *tvm {
	t.Helper()
	dep := func(bin string, args []byte) common.Address { return chain.Deploy(t, 0, common.FromHex(bin), args) }
	pa := dep(bindings.TrainStepProgramMetaData.Bin, nil)
	fa := dep(bindings.TrainStepForwardMetaData.Bin, nil)
	ba := dep(bindings.TrainStepBackwardMetaData.Bin, nil)
	ua := dep(bindings.TrainStepUpdateMetaData.Bin, nil)
	step := dep(bindings.TrainStepVerifierMetaData.Bin, bindings.NewTrainStepVerifier().PackConstructor(pa, fa, ba, ua))
	imp := dep(bindings.TrainImportVerifierMetaData.Bin, nil)
	io := dep(bindings.TrainIOVerifierMetaData.Bin, bindings.NewTrainIOVerifier().PackConstructor(imp))
	b := trainingvm.NewTrainingVM()
	addr := dep(trainingvm.TrainingVMMetaData.Bin, b.PackConstructor(step, io, common.Address{}, common.Address{}))
	return &tvm{b: b, inst: b.Instance(chain.Client, addr), addr: addr, chain: chain}
}

func (v *tvm) setup(rec record.JobRecord, data []byte) (trainingvm.SetupOutput, error) {
	enc, err := rec.Encode()
	if err != nil {
		return trainingvm.SetupOutput{}, err
	}
	return bind.Call(v.inst, nil, v.b.PackSetup(enc, data), v.b.UnpackSetup)
}

func (v *tvm) prestate(ctx []byte, t int, level1 merkle.Hash, pre []byte) (merkle.Hash, error) {
	h, err := bind.Call(v.inst, nil, v.b.PackSubgamePrestate(ctx, big.NewInt(int64(t)), level1, pre), v.b.UnpackSubgamePrestate)
	return merkle.Hash(h), err
}

func (v *tvm) project(ctx []byte, t int, state merkle.Hash, pre []byte) (merkle.Hash, error) {
	h, err := bind.Call(v.inst, nil, v.b.PackProject(ctx, big.NewInt(int64(t)), state, pre), v.b.UnpackProject)
	return merkle.Hash(h), err
}

func (v *tvm) step(ctx []byte, t int, pre merkle.Hash, proof []byte) (merkle.Hash, error) {
	h, err := bind.Call(v.inst, nil, v.b.PackStep(ctx, big.NewInt(int64(t)), pre, proof), v.b.UnpackStep)
	return merkle.Hash(h), err
}

// revertName is the name of the TrainingVM (or verifier) custom error in err.
func revertName(t *testing.T, err error) string {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "no revert data: %v", err)
	s, ok := de.ErrorData().(string)
	require.True(t, ok)
	data := common.FromHex(s)
	if dec, err := trainingvm.NewTrainingVM().UnpackError(data); err == nil {
		name := fmt.Sprintf("%T", dec)
		return strings.TrimPrefix(name[strings.LastIndex(name, ".")+1:], "TrainingVM")
	}
	for _, b := range []interface {
		UnpackError([]byte) (any, error)
	}{bindings.NewTrainStepVerifier(), bindings.NewTrainIOVerifier()} {
		if dec, err := b.UnpackError(data); err == nil {
			name := fmt.Sprintf("%T", dec)
			return name[strings.LastIndex(name, ".")+1:]
		}
	}
	t.Fatalf("revert %s is no known error", s)
	return ""
}

// run is a tiny training job: its configuration, base (fine-tuning) or
// reference model (pretraining), dataset, N, and the honest run's states.
type run struct {
	name     string
	spec     modelgen.Spec
	h        train.Hyper
	lora     *train.LoRA
	pretrain bool
	src      *canon.Model // the RoPE source: the base (fine-tuning) or the job's reference model
	srcTree  *vm.ModelTree
	ds       *dataset.Dataset
	pre      fraud.DatasetPreimage
	n        uint64
	eos      int

	// the honest run: states S_0..S_N, each step's machine at its end (the preimage project reads), step
	// proofs of step 0, the trainer at step N and the exported model root
	states    []train.State
	stepInit  []merkle.Hash // each step's machine at state 0
	stepFinal [][]byte
	proofs    []proofCase
	final     *train.Trainer
	newModel  merkle.Hash
	mk        func(data []int32) *train.Trainer // a fresh trainer at step 0 over data
	data      []int32
}

// inputOf is the level-2 machine's input of tr's next step, with the RoPE source src.
func inputOf(tr *train.Trainer, src *canon.Model) trainvm.Input {
	mm, vv := tr.Moments()
	in := trainvm.Input{State: tr.State(), Model: tr.Model, Hyper: tr.Hyper, Data: tr.Data, M: mm, V: vv, RopeSource: src}
	if tr.LoRA != nil {
		in.LoRA, in.Adapters, in.Base = tr.LoRA, tr.Adapters(), tr.BaseWeights()
	}
	return in
}

// trainerAt is a fresh trainer over data after k steps.
func (rn *run) trainerAt(t *testing.T, data []int32, k int) *train.Trainer {
	t.Helper()
	tr := rn.mk(data)
	for range k {
		_, err := tr.TrainStep(context.Background(), train.Options{})
		require.NoError(t, err)
	}
	return tr
}

// proofCase is one micro-step of a machine: its instruction, pre-state, proof and post-state.
type proofCase struct {
	what      string
	pre, post merkle.Hash
	proof     []byte
}

// stepProofs are the steps of step 0 sent through TrainingVM.step: the first three (TOKEN, EMBED ...), each
// opcode's first instance (ROPE and ROPEB included: their rows open against the RoPE source), and STEPEND.
func stepProofs(t *testing.T, in trainvm.Input) []proofCase {
	t.Helper()
	mc, err := trainvm.New(in)
	require.NoError(t, err)
	prog := mc.Program()
	want := map[uint64]bool{0: true, 1: true, 2: true, prog.Len() - 1: true}
	seen := map[trainvm.Op]bool{}
	for j := uint64(0); j < prog.Len(); j++ {
		in, err := prog.At(j)
		require.NoError(t, err)
		if !seen[in.Op] {
			seen[in.Op], want[j] = true, true
		}
	}
	var out []proofCase
	for j := uint64(0); j < prog.Len(); j++ {
		if want[j] {
			pre := mc.StateRoot()
			pf, err := mc.Prove(j)
			require.NoError(t, err)
			enc, err := pf.MarshalBinary()
			require.NoError(t, err)
			in, err := prog.At(j)
			require.NoError(t, err)
			require.NoError(t, mc.Exec())
			out = append(out, proofCase{what: fmt.Sprintf("step %d (%s)", j, in), pre: pre, post: mc.StateRoot(), proof: enc})
			continue
		}
		require.NoError(t, mc.Exec())
	}
	return out
}

// newRun builds and trains a tiny run of n steps.
func newRun(t *testing.T, name string, seed uint64, adam, lora, pretrain bool, n int) *run {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 77))
	spec := modelgen.Spec{Dim: 32, Layers: 1 + r.IntN(2), Heads: 4, KVHeads: []int{2, 4}[r.IntN(2)],
		FFDim: 64, Vocab: 24 + r.IntN(17), Context: 16, Seed: r.Uint64()}
	h := train.Hyper{Optimizer: train.SGD, LR: train.OneH / 4, Batch: 1, SeqLen: 4}
	if adam {
		h = train.DefaultAdam(1, 4)
		h.LR = train.OneH / 100
	}
	rn := &run{name: name, spec: spec, h: h, pretrain: pretrain, n: uint64(n), eos: []int{canon.NoEOS, 3}[r.IntN(2)]}
	tok := merkle.Keccak([]byte("tokenizer"), []byte(name))
	// the RoPE source: another seed's weights of the same configuration, with the dataset's tokenizer
	srcSpec := spec
	srcSpec.Seed ^= 0x5eed
	sm, err := train.NewModel(srcSpec)
	require.NoError(t, err)
	rn.src, err = sm.Canonical()
	require.NoError(t, err)
	rn.src.Config.EOS, rn.src.TokenizerHash = rn.eos, tok
	rn.srcTree, err = vm.NewModelTree(rn.src)
	require.NoError(t, err)

	var recs [][]int32
	var data []int32
	for range 3 {
		rec := make([]int32, 2+r.IntN(6))
		for i := range rec {
			rec[i] = int32(r.IntN(spec.Vocab))
		}
		recs, data = append(recs, rec), append(data, rec...)
	}
	rn.ds = &dataset.Dataset{TokenizerHash: tok, Records: recs}
	rn.pre, err = fraud.DatasetPreimageOf(rn.ds)
	require.NoError(t, err)

	var l *train.LoRA
	if lora {
		l = &train.LoRA{Rank: 1 + r.IntN(4), Scale: train.OneH, Targets: uint8(1 + r.IntN(127)), Seed: r.Uint64()}
	}
	rn.mk = func(data []int32) *train.Trainer {
		m, err := train.NewModel(spec)
		require.NoError(t, err)
		if !pretrain {
			m, err = train.FromCanonical(rn.src, spec.Seed)
			require.NoError(t, err)
		}
		if l != nil {
			tr, err := train.NewLoRA(m, h, data, *l)
			require.NoError(t, err)
			return tr
		}
		tr, err := train.New(m, h, data)
		require.NoError(t, err)
		return tr
	}
	rn.data = data
	tr := rn.mk(data)
	rn.lora = tr.LoRA
	for k := 0; k <= n; k++ {
		rn.states = append(rn.states, tr.State())
		if k == n {
			break
		}
		in := inputOf(tr, rn.src)
		if k == 0 {
			rn.proofs = stepProofs(t, in)
		}
		mc, err := trainvm.New(in)
		require.NoError(t, err)
		rn.stepInit = append(rn.stepInit, mc.StateRoot())
		require.NoError(t, mc.RunTo(mc.Program().Len()))
		fin, err := fraud.StepStatePreimage(mc)
		require.NoError(t, err)
		rn.stepFinal = append(rn.stepFinal, fin)
		_, err = tr.TrainStep(context.Background(), train.Options{})
		require.NoError(t, err)
	}
	rn.final = tr
	rn.newModel, err = trainvm.ModelRoot(tr.Model, trainvm.Meta{TokenizerHash: tok, EOS: rn.eos})
	require.NoError(t, err)
	return rn
}

func (rn *run) baseRoot() merkle.Hash {
	if rn.pretrain {
		return merkle.Hash{}
	}
	return rn.src.Root()
}

func (rn *run) cfg() bindings.ITrainIOTypesTrainConfig {
	return fraud.TrainConfig(rn.spec, rn.h, rn.lora)
}

func (rn *run) configHash() merkle.Hash { return train.ConfigHash(rn.spec, rn.h, rn.lora) }

// record is the honest record of the run.
func (rn *run) record() record.JobRecord {
	kind := record.KindFineTune
	if rn.pretrain {
		kind = record.KindPretrain
	}
	nm := rn.newModel
	return record.JobRecord{JobID: 1, Kind: kind, ModelRoot: rn.baseRoot(),
		InputHash: crypto.Keccak256Hash(fraud.TrainingInput(rn.spec, rn.h, rn.lora)),
		Params:    record.JobParams{MaxTokens: uint32(rn.n)}, OutputHash: crypto.Keccak256Hash(nm[:]),
		Fee: new(big.Int), DatasetRoot: rn.pre.Root(), NewModelRoot: nm}
}

func (rn *run) setupData(t *testing.T) []byte {
	t.Helper()
	meta, err := rn.srcTree.Open(canon.LeafMeta, 0, 0, 0)
	require.NoError(t, err)
	b, err := fraud.TrainingSetupData(rn.cfg(), rn.pre, rn.eos, meta.Proof)
	require.NoError(t, err)
	return b
}

// context is the context setup derives for the run.
func (rn *run) context() fraud.TrainingContext {
	return fraud.TrainingContext{Cfg: rn.cfg(), BaseModelRoot: rn.baseRoot(), DatasetRoot: rn.pre.Root(),
		ConfigHash: rn.configHash(), Steps: rn.n, DataTokens: rn.pre.Tokens, TokensRoot: rn.pre.TokensRoot,
		TokenizerHash: rn.pre.TokenizerHash, Eos: int32(rn.eos), RopeSource: rn.src.Root()}
}

func (rn *run) importConfig() trainvm.ImportConfig {
	return trainvm.ImportConfig{Spec: rn.spec, Hyper: rn.h, LoRA: rn.lora, BaseModelRoot: rn.baseRoot(),
		DatasetRoot: rn.pre.Root(), Steps: rn.n, DataTokens: rn.pre.Tokens, TokensRoot: rn.pre.TokensRoot}
}

func (rn *run) exportConfig() trainvm.ExportConfig {
	return trainvm.ExportConfig{Spec: rn.spec, Hyper: rn.h, LoRA: rn.lora,
		Meta:        trainvm.Meta{TokenizerHash: rn.pre.TokenizerHash, EOS: rn.eos},
		DatasetRoot: rn.pre.Root(), RopeSource: rn.src.Root()}
}

func (rn *run) importMachine(t *testing.T) *trainvm.ImportMachine {
	t.Helper()
	var base *canon.Model
	if !rn.pretrain {
		base = rn.src
	}
	im, err := trainvm.NewImport(rn.importConfig(), base)
	require.NoError(t, err)
	return im
}

func (rn *run) exportMachine(t *testing.T) *trainvm.ExportMachine {
	t.Helper()
	em, err := trainvm.NewExport(rn.exportConfig(), rn.states[rn.n], rn.final.Model, rn.src)
	require.NoError(t, err)
	return em
}

// level1 is the honest level-1 trace: I, S_0..S_N, F.
func (rn *run) level1() []merkle.Hash {
	rec := trainvm.Record{BaseModelRoot: rn.baseRoot(), DatasetRoot: rn.pre.Root(), ConfigHash: rn.configHash(),
		Steps: rn.n, NewModelRoot: rn.newModel}
	out := []merkle.Hash{rec.InputRoot()}
	for _, s := range rn.states {
		out = append(out, s.Root())
	}
	return append(out, rec.FinalRoot())
}
