package onestep

import (
	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/vm"
)

// Config converts a model's configuration to the verifier's struct, the
// fields of its metadata leaf (canon.Model.MetadataLeaf): FfUnpadded is 0
// unless import zero-padded the feed-forward width.
func Config(m *canon.Model) bindings.IOneStepTypesModelConfig {
	tied := uint32(0)
	if m.Tied() {
		tied = 1
	}
	return bindings.IOneStepTypesModelConfig{
		Dim: uint32(m.Dim), Layers: uint32(m.Layers), Heads: uint32(m.Heads), KvHeads: uint32(m.KVHeads),
		FfDim: uint32(m.FFDim), Vocab: uint32(m.Vocab), Context: uint32(m.Context), RopeDims: uint32(m.RopeDims),
		RopeBaseBits: m.RopeBaseBits, NormEpsBits: m.NormEpsBits, Tied: tied, Eos: uint32(int32(m.EOS)),
		FfUnpadded: uint32(m.FFUnpadded), TokenizerHash: m.TokenizerHash,
	}
}

func hashes(hs []merkle.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// Proof converts a Go step proof to the verifier's struct.
func Proof(sp *vm.StepProof) bindings.IOneStepTypesStepProof {
	out := bindings.IOneStepTypesStepProof{
		Step: sp.Step, P: sp.P, L: sp.L, LayerRoots: hashes(sp.LayerRoots), TokensHash: sp.TokensHash, Full: sp.Full,
		Chunks: []bindings.IOneStepTypesChunk{}, Model: []bindings.IOneStepTypesOpening{}, Kv: []bindings.IOneStepTypesOpening{},
		Subtrees: []bindings.IOneStepTypesSubtree{}, Prompt: []bindings.IOneStepTypesOpening{},
	}
	for _, st := range sp.Subtrees {
		out.Subtrees = append(out.Subtrees, bindings.IOneStepTypesSubtree{Reg: st.Reg, First: st.First, Height: st.Height, Data: st.Data, Proof: hashes(st.Proof)})
	}
	if out.Full == nil {
		out.Full = [][]byte{}
	}
	for i, r := range sp.RegRoots {
		out.RegRoots[i] = r
	}
	for _, c := range sp.Chunks {
		out.Chunks = append(out.Chunks, bindings.IOneStepTypesChunk{Reg: c.Reg, Index: c.Index, Data: c.Data, Proof: hashes(c.Proof)})
	}
	open := func(o vm.Opening) bindings.IOneStepTypesOpening {
		d := o.Data
		if d == nil {
			d = []byte{}
		}
		return bindings.IOneStepTypesOpening{Index: o.Index, Data: d, Proof: hashes(o.Proof)}
	}
	for _, o := range sp.Model {
		out.Model = append(out.Model, open(o))
	}
	for _, o := range sp.KV {
		out.Kv = append(out.Kv, open(o))
	}
	for _, o := range sp.Prompt {
		out.Prompt = append(out.Prompt, open(o))
	}
	return out
}
