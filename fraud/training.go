package fraud

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/dataset"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/prover/trainvm"
)

// The encodings TrainingVM (contracts/src/TrainingVM.sol) reads: its setup
// data, its context, the preimages that bind a level-2 game to its level-1
// states, and the step proofs of its three machines (docs/training-game.md,
// "Level 1: transitions, setup, projection").

var (
	trainConfigType = []abi.ArgumentMarshaling{
		{Name: "dim", Type: "uint32"}, {Name: "layers", Type: "uint32"}, {Name: "heads", Type: "uint32"},
		{Name: "kvHeads", Type: "uint32"}, {Name: "ffDim", Type: "uint32"}, {Name: "vocab", Type: "uint32"},
		{Name: "context", Type: "uint32"}, {Name: "optimizer", Type: "uint32"}, {Name: "lr", Type: "int64"},
		{Name: "beta1", Type: "int64"}, {Name: "beta2", Type: "int64"}, {Name: "eps", Type: "int64"},
		{Name: "batch", Type: "uint32"}, {Name: "seqLen", Type: "uint32"}, {Name: "lrFinal", Type: "int64"},
		{Name: "decayFrom", Type: "uint64"}, {Name: "decaySteps", Type: "uint64"}, {Name: "seed", Type: "uint64"},
		{Name: "loraRank", Type: "uint32"}, {Name: "loraScale", Type: "int64"}, {Name: "loraTargets", Type: "uint32"},
		{Name: "loraSeed", Type: "uint64"},
	}
	trainSetupArgs = abi.Arguments{{Type: mustType("tuple", []abi.ArgumentMarshaling{
		{Name: "cfg", Type: "tuple", Components: trainConfigType},
		{Name: "dataset", Type: "tuple", Components: []abi.ArgumentMarshaling{
			{Name: "tokenizerHash", Type: "bytes32"}, {Name: "records", Type: "uint64"}, {Name: "tokens", Type: "uint64"},
			{Name: "recordsRoot", Type: "bytes32"}, {Name: "tokensRoot", Type: "bytes32"},
		}},
		{Name: "eos", Type: "int32"},
		{Name: "metaProof", Type: "bytes32[]"},
	})}}
	trainContextArgs = abi.Arguments{{Type: mustType("tuple", []abi.ArgumentMarshaling{
		{Name: "cfg", Type: "tuple", Components: trainConfigType},
		{Name: "baseModelRoot", Type: "bytes32"}, {Name: "datasetRoot", Type: "bytes32"},
		{Name: "configHash", Type: "bytes32"}, {Name: "steps", Type: "uint64"}, {Name: "dataTokens", Type: "uint64"},
		{Name: "tokensRoot", Type: "bytes32"}, {Name: "tokenizerHash", Type: "bytes32"}, {Name: "eos", Type: "int32"},
		{Name: "ropeSource", Type: "bytes32"},
	})}}
)

// TrainConfig returns a run's configuration as TrainingVM and the training
// verifiers take it (ITrainIOTypes.TrainConfig: the fields train.ConfigHash
// commits; lora nil for a full run).
func TrainConfig(spec modelgen.Spec, h train.Hyper, lora *train.LoRA) bindings.ITrainIOTypesTrainConfig {
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

// TrainingInput returns the job input of a training job: the preimage
// train.ConfigHash hashes, domain tag included, so that keccak256 of it —
// the record's inputHash — is the configuration hash (docs/protocol.md,
// "Job record").
func TrainingInput(spec modelgen.Spec, h train.Hyper, lora *train.LoRA) []byte {
	var l train.LoRA
	if lora != nil {
		l = *lora
	}
	b := []byte("airollup.train.config.v1")
	for _, d := range []int{spec.Dim, spec.Layers, spec.Heads, spec.KVHeads, spec.FFDim, spec.Vocab, spec.Context} {
		b = binary.BigEndian.AppendUint32(b, uint32(d))
	}
	b = binary.BigEndian.AppendUint32(b, uint32(h.Optimizer))
	for _, v := range []uint64{uint64(h.LR), uint64(h.Beta1), uint64(h.Beta2), uint64(h.Eps)} {
		b = binary.BigEndian.AppendUint64(b, v)
	}
	b = binary.BigEndian.AppendUint32(b, uint32(h.Batch))
	b = binary.BigEndian.AppendUint32(b, uint32(h.SeqLen))
	for _, v := range []uint64{uint64(h.LRFinal), h.DecayFrom, h.DecaySteps, spec.Seed} {
		b = binary.BigEndian.AppendUint64(b, v)
	}
	b = binary.BigEndian.AppendUint32(b, uint32(l.Rank))
	b = binary.BigEndian.AppendUint64(b, uint64(l.Scale))
	b = binary.BigEndian.AppendUint32(b, uint32(l.Targets))
	return binary.BigEndian.AppendUint64(b, l.Seed)
}

// DatasetPreimage is the preimage of a dataset root (ITrainingVM.DatasetPreimage).
type DatasetPreimage struct {
	TokenizerHash [32]byte
	Records       uint64
	Tokens        uint64
	RecordsRoot   [32]byte
	TokensRoot    [32]byte
}

// Root returns the dataset root of the preimage.
func (p DatasetPreimage) Root() merkle.Hash {
	var counts [16]byte
	binary.BigEndian.PutUint64(counts[:8], p.Records)
	binary.BigEndian.PutUint64(counts[8:], p.Tokens)
	return merkle.Keccak([]byte(dataset.Domain), p.TokenizerHash[:], counts[:], p.RecordsRoot[:], p.TokensRoot[:])
}

// DatasetPreimageOf returns the preimage of d's root (prover/dataset Root).
func DatasetPreimageOf(d *dataset.Dataset) (DatasetPreimage, error) {
	h := merkle.NewHasher()
	recs := make([]merkle.Hash, len(d.Records))
	var corpus []int32
	var buf [12]byte
	for i, r := range d.Records {
		binary.BigEndian.PutUint64(buf[:8], uint64(len(corpus)))
		binary.BigEndian.PutUint32(buf[8:], uint32(len(r)))
		recs[i] = h.Sum(buf[:])
		corpus = append(corpus, r...)
	}
	p := DatasetPreimage{TokenizerHash: d.TokenizerHash, Records: uint64(len(d.Records)), Tokens: uint64(len(corpus))}
	if len(recs) > 0 {
		p.RecordsRoot = merkle.RootInPlace(h, recs)
	}
	if len(corpus) > 0 {
		p.TokensRoot = train.TokensRoot(corpus)
	}
	if p.Root() != d.Root() {
		return DatasetPreimage{}, fmt.Errorf("%w: the dataset preimage does not give the dataset's root", ErrTrace)
	}
	return p, nil
}

// TrainingSetupData encodes TrainingVM.SetupData: the run's configuration
// (the job input), the dataset root's preimage, and the RoPE source model's
// EOS (canon.NoEOS, −1, for none) and metadata-leaf proof (the base model's
// for fine-tuning, the job's reference model's for pretraining).
func TrainingSetupData(cfg bindings.ITrainIOTypesTrainConfig, ds DatasetPreimage, eos int, metaProof []merkle.Hash) ([]byte, error) {
	return trainSetupArgs.Pack(struct {
		Cfg       bindings.ITrainIOTypesTrainConfig
		Dataset   DatasetPreimage
		Eos       int32
		MetaProof [][32]byte
	}{cfg, ds, int32(eos), hashes(metaProof)})
}

// TrainingContext is the context TrainingVM.setup returns and the game
// stores (ITrainingVM.Context).
type TrainingContext struct {
	Cfg           bindings.ITrainIOTypesTrainConfig
	BaseModelRoot [32]byte
	DatasetRoot   [32]byte
	ConfigHash    [32]byte
	Steps         uint64
	DataTokens    uint64
	TokensRoot    [32]byte
	TokenizerHash [32]byte
	Eos           int32
	RopeSource    [32]byte
}

// Encode returns abi.encode(context), the bytes the game passes back to the VM.
func (c TrainingContext) Encode() ([]byte, error) { return trainContextArgs.Pack(c) }

// DecodeTrainingContext decodes a context TrainingVM.setup returned.
func DecodeTrainingContext(b []byte) (TrainingContext, error) {
	vals, err := trainContextArgs.Unpack(b)
	if err != nil {
		return TrainingContext{}, fmt.Errorf("fraud: decode training context: %w", err)
	}
	return *abi.ConvertType(vals[0], new(TrainingContext)).(*TrainingContext), nil
}

// Level1StatePreimage encodes a level-1 state S_k as TrainingVM's
// subgamePrestate reads it (transitions 1..N + 1): its 216 preimage bytes
// after the domain tag.
func Level1StatePreimage(s train.State) []byte {
	b := make([]byte, 0, 216)
	b = binary.BigEndian.AppendUint64(b, s.Step)
	b = binary.BigEndian.AppendUint64(b, s.Cursor)
	b = binary.BigEndian.AppendUint64(b, s.DataTokens)
	for _, h := range []merkle.Hash{s.TokensRoot, s.ConfigHash, s.WeightsRoot, s.OptimizerRoot, s.BaseRoot, s.AdaptersRoot} {
		b = append(b, h[:]...)
	}
	return b
}

// ImportStatePreimage encodes an import micro-state as TrainingVM's project
// reads it for transition 0: be64 j ‖ carried ‖ the four accumulators.
func ImportStatePreimage(s trainvm.ImportState) []byte {
	b := binary.BigEndian.AppendUint64(nil, s.J)
	b = append(b, s.Carried[:]...)
	for _, f := range []trainvm.Frontier{s.Chunks, s.Rows, s.Tensors, s.Factors} {
		b = appendFrontier(b, f)
	}
	return b
}

// ExportStatePreimage encodes an export micro-state as TrainingVM's project
// reads it for transition N + 1: be64 j ‖ carried ‖ the accumulator ‖ be32 m
// ‖ m part hashes.
func ExportStatePreimage(s trainvm.ExportState) []byte {
	b := binary.BigEndian.AppendUint64(nil, s.J)
	b = append(b, s.Carried[:]...)
	b = appendFrontier(b, s.Acc)
	b = binary.BigEndian.AppendUint32(b, uint32(len(s.Parts)))
	for _, h := range s.Parts {
		b = append(b, h[:]...)
	}
	return b
}

// StepStatePreimage encodes a training step's micro-state as TrainingVM's
// project reads it for transitions 1..N: be64 j ‖ be32 b ‖ carried ‖
// memoryRoot. At the program's end b is STEPEND's sequence.
func StepStatePreimage(mc *trainvm.Machine) ([]byte, error) {
	var seq uint32
	if j := mc.Step(); j > 0 {
		in, err := mc.Program().At(j - 1)
		if err != nil {
			return nil, err
		}
		seq = uint32(in.Seq)
	}
	b := binary.BigEndian.AppendUint64(nil, mc.Step())
	b = binary.BigEndian.AppendUint32(b, seq)
	carried, mem := mc.CarriedRoot(), mc.MemoryRoot()
	b = append(b, carried[:]...)
	return append(b, mem[:]...), nil
}

func appendFrontier(b []byte, f trainvm.Frontier) []byte {
	b = binary.BigEndian.AppendUint64(b, f.N)
	for h := range 64 {
		if f.N>>uint(h)&1 == 1 {
			b = append(b, f.Branch[h][:]...)
		}
	}
	return b
}

// HaltProof is the proof TrainingVM.step takes for a step from a program's
// final state (the identity, the machines' HALT): 0xff ‖ the final state's
// preimage (ImportStatePreimage, StepStatePreimage or ExportStatePreimage).
func HaltProof(finalPreimage []byte) []byte {
	return append([]byte{0xff}, finalPreimage...)
}
