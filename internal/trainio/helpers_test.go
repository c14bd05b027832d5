package trainio

import (
	"errors"
	"fmt"
	"math/rand/v2"
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

// verifier is a deployed TrainIOVerifier.
type verifier struct {
	b     *bindings.TrainIOVerifier
	inst  *bind.BoundContract
	chain *l1test.Chain
	addr  common.Address
}

func deploy(t testing.TB) *verifier {
	t.Helper()
	chain := l1test.New(t, 1)
	imp := chain.Deploy(t, 0, common.FromHex(bindings.TrainImportVerifierMetaData.Bin), nil)
	b := bindings.NewTrainIOVerifier()
	addr := chain.Deploy(t, 0, common.FromHex(bindings.TrainIOVerifierMetaData.Bin), b.PackConstructor(imp))
	return &verifier{b: b, inst: b.Instance(chain.Client, addr), chain: chain, addr: addr}
}

// trainConfig is the run's configuration as the verifier takes it.
func trainConfig(spec modelgen.Spec, h train.Hyper, lora *train.LoRA) bindings.ITrainIOTypesTrainConfig {
	c := bindings.ITrainIOTypesTrainConfig{
		Dim: uint32(spec.Dim), Layers: uint32(spec.Layers), Heads: uint32(spec.Heads), KvHeads: uint32(spec.KVHeads),
		FfDim: uint32(spec.FFDim), Vocab: uint32(spec.Vocab), Context: uint32(spec.Context),
		Optimizer: uint32(h.Optimizer), Lr: h.LR, Beta1: h.Beta1, Beta2: h.Beta2, Eps: h.Eps,
		Batch: uint32(h.Batch), SeqLen: uint32(h.SeqLen), LrFinal: h.LRFinal, DecayFrom: h.DecayFrom,
		DecaySteps: h.DecaySteps, Seed: spec.Seed,
	}
	if lora != nil {
		c.LoraRank, c.LoraScale, c.LoraTargets, c.LoraSeed = uint32(lora.Rank), lora.Scale, uint32(lora.Targets), lora.Seed
	}
	return c
}

func exportContext(cfg trainvm.ExportConfig) bindings.ITrainIOTypesExportContext {
	return bindings.ITrainIOTypesExportContext{TokenizerHash: cfg.Meta.TokenizerHash, Eos: int32(cfg.Meta.EOS),
		DatasetRoot: cfg.DatasetRoot, RopeSource: cfg.RopeSource}
}

func (v *verifier) export(cfg trainvm.ExportConfig, pre merkle.Hash, proof []byte) (merkle.Hash, error) {
	return bind.Call(v.inst, nil, v.b.PackVerifyExportStep(trainConfig(cfg.Spec, cfg.Hyper, cfg.LoRA), exportContext(cfg), pre, proof),
		v.b.UnpackVerifyExportStep)
}

func importContext(cfg trainvm.ImportConfig) bindings.ITrainIOTypesImportContext {
	return bindings.ITrainIOTypesImportContext{BaseModelRoot: cfg.BaseModelRoot, DatasetRoot: cfg.DatasetRoot,
		Steps: cfg.Steps, DataTokens: cfg.DataTokens, TokensRoot: cfg.TokensRoot}
}

func (v *verifier) importStep(cfg trainvm.ImportConfig, pre merkle.Hash, proof []byte) (merkle.Hash, error) {
	return bind.Call(v.inst, nil, v.b.PackVerifyImportStep(trainConfig(cfg.Spec, cfg.Hyper, cfg.LoRA), importContext(cfg), pre, proof),
		v.b.UnpackVerifyImportStep)
}

// revertName decodes a verifier revert into its custom error's name and
// fields.
func revertName(t *testing.T, v *verifier, err error) string {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "no revert data: %v", err)
	s, ok := de.ErrorData().(string)
	require.True(t, ok)
	dec, err := v.b.UnpackError(common.FromHex(s))
	require.NoError(t, err, "revert %s is not a verifier error", s)
	name := fmt.Sprintf("%T", dec)
	return strings.TrimPrefix(name, "*bindings.TrainIOVerifier")
}

func sgd(batch, seqLen int) train.Hyper {
	return train.Hyper{Optimizer: train.SGD, LR: train.OneH / 4, Batch: batch, SeqLen: seqLen}
}

func adam(batch, seqLen int) train.Hyper {
	h := train.DefaultAdam(batch, seqLen)
	h.LR = train.OneH / 100
	return h
}

// tinySpec is a tiny model: dim 32 or 64, 1 or 2 layers, GQA or not; ff
// over trainvm.RowPart gives ffn_down rows of two parts.
func tinySpec(r *rand.Rand, ff int) modelgen.Spec {
	return modelgen.Spec{Dim: 32 << r.IntN(2), Layers: 1 + r.IntN(2), Heads: 4, KVHeads: []int{2, 4}[r.IntN(2)],
		FFDim: ff, Vocab: 24 + r.IntN(17), Context: 16 + 16*r.IntN(3), Seed: r.Uint64()}
}

// canonical returns the canonical model of a fresh model of spec (another
// seed's weights).
func canonical(t testing.TB, spec modelgen.Spec, seed uint64) *canon.Model {
	t.Helper()
	spec.Seed = seed
	m, err := train.NewModel(spec)
	require.NoError(t, err)
	cm, err := m.Canonical()
	require.NoError(t, err)
	return cm
}
