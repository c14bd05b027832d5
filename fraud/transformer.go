package fraud

import (
	"fmt"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/onestep"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/vm"
)

// The ABI encodings TransformerVM (contracts/src/TransformerVM.sol) reads:
// its setup data, the preimages that bind a level-2 game to its level-1
// states, and step proofs.

func mustType(t string, c []abi.ArgumentMarshaling) abi.Type {
	ty, err := abi.NewType(t, "", c)
	if err != nil {
		panic(err) // constant types
	}
	return ty
}

var (
	openingType = []abi.ArgumentMarshaling{{Name: "index", Type: "uint64"}, {Name: "data", Type: "bytes"}, {Name: "proof", Type: "bytes32[]"}}
	setupArgs   = abi.Arguments{{Type: mustType("tuple", []abi.ArgumentMarshaling{
		{Name: "cfg", Type: "tuple", Components: []abi.ArgumentMarshaling{
			{Name: "dim", Type: "uint32"}, {Name: "layers", Type: "uint32"}, {Name: "heads", Type: "uint32"},
			{Name: "kvHeads", Type: "uint32"}, {Name: "ffDim", Type: "uint32"}, {Name: "vocab", Type: "uint32"},
			{Name: "context", Type: "uint32"}, {Name: "ropeDims", Type: "uint32"}, {Name: "ropeBaseBits", Type: "uint32"},
			{Name: "normEpsBits", Type: "uint32"}, {Name: "tied", Type: "uint32"}, {Name: "eos", Type: "uint32"},
			{Name: "ffUnpadded", Type: "uint32"}, {Name: "tokenizerHash", Type: "bytes32"},
		}},
		{Name: "meta", Type: "tuple", Components: openingType},
		{Name: "embed", Type: "tuple", Components: openingType},
		{Name: "prompt", Type: "bytes"},
		{Name: "output", Type: "bytes"},
	})}}
	level1Args = abi.Arguments{{Type: mustType("tuple", []abi.ArgumentMarshaling{
		{Name: "residualRoot", Type: "bytes32"}, {Name: "layerRoots", Type: "bytes32[]"}, {Name: "tokensHash", Type: "bytes32"},
	})}}
	stateArgs = abi.Arguments{{Type: mustType("tuple", []abi.ArgumentMarshaling{
		{Name: "step", Type: "uint64"}, {Name: "regRoots", Type: "bytes32[19]"},
		{Name: "layerRoots", Type: "bytes32[]"}, {Name: "tokensHash", Type: "bytes32"},
	})}}
	stepProofArgs = func() abi.Arguments {
		a, err := bindings.OneStepVerifierMetaData.ParseABI()
		if err != nil {
			panic(err)
		}
		return a.Methods["step"].Inputs[3:4]
	}()
)

type opening struct {
	Index uint64
	Data  []byte
	Proof [][32]byte
}

func openingOf(o vm.Opening) opening {
	d := o.Data
	if d == nil {
		d = []byte{}
	}
	return opening{Index: o.Index, Data: d, Proof: hashes(o.Proof)}
}

func hashes(hs []merkle.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// SetupData encodes TransformerVM.SetupData for a dispute over a job of
// model m on prompt with output: the configuration, the metadata leaf, the
// first prompt token's embedding row and the token ids packed 4 bytes each
// (canon.TokenBytes: the prompt is the job's input itself).
func SetupData(m *canon.Model, tree *vm.ModelTree, prompt, output []int32) ([]byte, error) {
	if len(prompt) == 0 {
		return nil, fmt.Errorf("%w: empty prompt", record.ErrRecord)
	}
	meta, err := tree.Open(canon.LeafMeta, 0, 0, 0)
	if err != nil {
		return nil, err
	}
	embed, err := tree.Open(canon.LeafEmbed, 0, 0, int(prompt[0]))
	if err != nil {
		return nil, err
	}
	return setupArgs.Pack(struct {
		Cfg    bindings.IOneStepTypesModelConfig
		Meta   opening
		Embed  opening
		Prompt []byte
		Output []byte
	}{onestep.Config(m), openingOf(meta), openingOf(embed), canon.TokenBytes(prompt), canon.TokenBytes(output)})
}

// SetupTokens decodes the prompt and output of TransformerVM.SetupData (the
// job's input and the record's output bytes, 4 per token).
func SetupTokens(data []byte) (prompt, output []byte, err error) {
	vals, err := setupArgs.Unpack(data)
	if err != nil {
		return nil, nil, fmt.Errorf("fraud: decode setup data: %w", err)
	}
	v := reflect.ValueOf(vals[0])
	return v.FieldByName("Prompt").Bytes(), v.FieldByName("Output").Bytes(), nil
}

// Registration is what ModelRegistry.register takes besides the root and
// URI: the configuration committed in the model root and the proof of its
// metadata leaf.
func Registration(m *canon.Model, tree *vm.ModelTree) (bindings.IOneStepTypesModelConfig, [][32]byte, error) {
	meta, err := tree.Open(canon.LeafMeta, 0, 0, 0)
	if err != nil {
		return bindings.IOneStepTypesModelConfig{}, nil, err
	}
	return onestep.Config(m), hashes(meta.Proof), nil
}

// Level1Preimage encodes TransformerVM.Level1Preimage of the level-1 state a
// machine starts from (call it at step 0).
func Level1Preimage(mc *vm.Machine) ([]byte, error) {
	regs := mc.RegRoots()
	return level1Args.Pack(struct {
		ResidualRoot [32]byte
		LayerRoots   [][32]byte
		TokensHash   [32]byte
	}{regs[0], hashes(mc.LayerRoots()), mc.TokensHash()})
}

// StatePreimage encodes TransformerVM.StatePreimage of a machine's current state.
func StatePreimage(mc *vm.Machine) ([]byte, error) {
	var regs [19][32]byte
	for i, r := range mc.RegRoots() {
		regs[i] = r
	}
	return stateArgs.Pack(struct {
		Step       uint64
		RegRoots   [19][32]byte
		LayerRoots [][32]byte
		TokensHash [32]byte
	}{mc.Step(), regs, hashes(mc.LayerRoots()), mc.TokensHash()})
}

// StepProofBytes encodes a step proof as TransformerVM.step reads it:
// abi.encode(IOneStepTypes.StepProof).
func StepProofBytes(sp *vm.StepProof) ([]byte, error) {
	return stepProofArgs.Pack(onestep.Proof(sp))
}
