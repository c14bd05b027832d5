package train

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

// ErrCheckpoint is returned for a checkpoint that is malformed or belongs to
// another run (other model, hyperparameters or corpus).
var ErrCheckpoint = errors.New("train: bad checkpoint")

// checkpointMagic starts every checkpoint; checkpointVersion follows it.
// Version 4 is a full run's: the model spec, the hyperparameters with the
// learning-rate schedule, the weights and moments, then the state root.
// Version 5 is a LoRA run's (NewLoRA): version 4's header, then the LoRA
// configuration, the frozen base weights, the adapters and their moments.
// Versions 1 to 3 (version 1 without the schedule, 3 LoRA) end with the
// state root as it was before the state was committed in chunks of 32
// values (docs/arithmetic.md, "State of a step"), which nothing computes
// any more: ReadCheckpoint refuses them by name.
const (
	checkpointMagic   = "AIRTRAIN"
	checkpointVersion = 4
	checkpointLoRA    = 5
)

// CorpusHash commits to a token corpus: keccak256 of its be32 tokens.
func CorpusHash(data []int32) merkle.Hash {
	buf := make([]byte, 4*len(data))
	for i, t := range data {
		binary.BigEndian.PutUint32(buf[4*i:], uint32(t))
	}
	return merkle.Keccak(buf)
}

// Checkpoint serializes the state of the run (docs/arithmetic.md, "State of
// a step"), big-endian: magic, version, the model spec, the hyperparameters
// (the schedule's LRFinal, DecayFrom and DecaySteps last), the corpus hash and length, step, cursor, every master weight (be32), the
// Adam moments (be64 m then v, per tensor) and finally the state root, which
// ReadCheckpoint checks.
func (tr *Trainer) Checkpoint() []byte {
	var b bytes.Buffer
	u32 := func(v uint32) { b.Write(binary.BigEndian.AppendUint32(nil, v)) }
	u64 := func(v uint64) { b.Write(binary.BigEndian.AppendUint64(nil, v)) }
	b.WriteString(checkpointMagic)
	if tr.LoRA != nil {
		u32(checkpointLoRA)
	} else {
		u32(checkpointVersion)
	}
	s, h := tr.Model.Spec, tr.Hyper
	for _, v := range []int{s.Dim, s.Layers, s.Heads, s.KVHeads, s.FFDim, s.Vocab, s.Context} {
		u32(uint32(v))
	}
	u64(s.Seed)
	u32(uint32(h.Optimizer))
	for _, v := range []int64{h.LR, h.Beta1, h.Beta2, h.Eps} {
		u64(uint64(v))
	}
	u32(uint32(h.Batch))
	u32(uint32(h.SeqLen))
	u64(uint64(h.LRFinal))
	u64(h.DecayFrom)
	u64(h.DecaySteps)
	if c := tr.LoRA; c != nil {
		u32(uint32(c.Rank))
		u64(uint64(c.Scale))
		u32(uint32(c.Targets))
		u64(c.Seed)
	}
	ch := CorpusHash(tr.Data)
	b.Write(ch[:])
	u64(uint64(len(tr.Data)))
	u64(tr.Step)
	u64(tr.Cursor)
	if tr.LoRA != nil {
		tr.loraCheckpoint(u32, u64)
		root := tr.StateRoot()
		b.Write(root[:])
		return b.Bytes()
	}
	for _, t := range tr.Model.Tensors {
		for _, w := range t.W {
			u32(uint32(w))
		}
	}
	if h.Optimizer == Adam {
		for i := range tr.Model.Tensors {
			for _, x := range tr.m[i] {
				u64(uint64(x))
			}
			for _, x := range tr.v[i] {
				u64(uint64(x))
			}
		}
	}
	root := tr.StateRoot()
	b.Write(root[:])
	return b.Bytes()
}

// headerBytes is the size of a checkpoint before the weights.
const headerBytes = 8 + 4 + 7*4 + 8 + 4 + 4*8 + 2*4 + 3*8 + 32 + 8 + 8 + 8

// ReadCheckpoint restores a run from a checkpoint over its corpus data; the
// next TrainStep continues it bit-exactly. It fails with ErrCheckpoint,
// naming the field, for a malformed checkpoint, one of another corpus, or
// one whose contents do not match its state root.
func ReadCheckpoint(cp []byte, data []int32) (*Trainer, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrCheckpoint, fmt.Sprintf(format, args...))
	}
	if len(cp) < 12 || string(cp[:8]) != checkpointMagic {
		return nil, bad("not a checkpoint (%d bytes, want the %q header)", len(cp), checkpointMagic)
	}
	off := 8
	u32 := func() uint32 { v := binary.BigEndian.Uint32(cp[off:]); off += 4; return v }
	u64 := func() uint64 { v := binary.BigEndian.Uint64(cp[off:]); off += 8; return v }
	version := u32()
	header := headerBytes
	switch version {
	case 1, 2, 3:
		return nil, bad("version %d was written before the state root was committed in chunks; its root cannot be checked: train again from the start or from the model (want version %d or %d)",
			version, checkpointVersion, checkpointLoRA)
	case checkpointVersion:
		if len(cp) < headerBytes+32 {
			return nil, bad("%d bytes, shorter than the version-%d header of %d bytes", len(cp), version, headerBytes)
		}
	case checkpointLoRA:
		header = headerBytes + loraHeaderBytes
		if len(cp) < header+32 {
			return nil, bad("%d bytes, shorter than the version-%d header of %d bytes", len(cp), version, header)
		}
	default:
		return nil, bad("version %d, want %d or %d", version, checkpointVersion, checkpointLoRA)
	}
	var s modelgen.Spec
	for _, p := range []*int{&s.Dim, &s.Layers, &s.Heads, &s.KVHeads, &s.FFDim, &s.Vocab, &s.Context} {
		*p = int(u32())
	}
	s.Seed = u64()
	var h Hyper
	h.Optimizer = Optimizer(u32())
	for _, p := range []*int64{&h.LR, &h.Beta1, &h.Beta2, &h.Eps} {
		*p = int64(u64())
	}
	h.Batch, h.SeqLen = int(u32()), int(u32())
	h.LRFinal, h.DecayFrom, h.DecaySteps = int64(u64()), u64(), u64()
	var lora *LoRA
	if version == checkpointLoRA {
		lora = &LoRA{Rank: int(u32()), Scale: int64(u64()), Targets: uint8(u32()), Seed: u64()}
		if err := lora.Check(); err != nil {
			return nil, bad("LoRA: %v", err)
		}
	}
	var ch merkle.Hash
	copy(ch[:], cp[off:])
	off += 32
	n := u64()
	step, cursor := u64(), u64()
	if err := s.Check(); err != nil {
		return nil, bad("model spec: %v", err)
	}
	if have := CorpusHash(data); n != uint64(len(data)) || ch != have {
		return nil, bad("corpus: the checkpoint's corpus has %d tokens and hash %x, this one %d tokens and hash %x",
			n, ch[:8], len(data), have[:8])
	}
	m, err := emptyModel(s)
	if err != nil {
		return nil, bad("model spec: %v", err)
	}
	if lora != nil {
		return readLoRACheckpoint(cp, off, header, m, h, *lora, data, step, cursor, bad)
	}
	per := 4
	if h.Optimizer == Adam {
		per = 4 + 16
	}
	if want := uint64(header) + uint64(s.Params())*uint64(per) + 32; uint64(len(cp)) != want {
		return nil, bad("size %d bytes, the spec and optimizer need %d", len(cp), want)
	}
	tr, err := New(m, h, data)
	if err != nil {
		return nil, bad("hyperparameters: %v", err)
	}
	if cursor >= tr.Sequences() {
		return nil, bad("cursor %d outside the corpus's %d sequences", cursor, tr.Sequences())
	}
	tr.Step, tr.Cursor = step, cursor
	for _, t := range m.Tensors {
		for j := range t.W {
			t.W[j] = int32(u32())
		}
	}
	if h.Optimizer == Adam {
		for i := range m.Tensors {
			for j := range tr.m[i] {
				tr.m[i][j] = int64(u64())
			}
			for j := range tr.v[i] {
				tr.v[i][j] = int64(u64())
			}
		}
	}
	var root merkle.Hash
	copy(root[:], cp[off:])
	if got := tr.StateRoot(); got != root {
		return nil, bad("state root %x does not match the contents (%x)", root[:8], got[:8])
	}
	return tr, nil
}

// loraHeaderBytes is the LoRA configuration in a version-3 header.
const loraHeaderBytes = 4 + 8 + 4 + 8

// loraCheckpoint writes a LoRA run's parameters: the frozen base weights of
// every tensor, then per target lora_a and lora_b, then (Adam) per target
// the moments of lora_a then lora_b (be64 m then v).
func (tr *Trainer) loraCheckpoint(u32 func(uint32), u64 func(uint64)) {
	bases := map[int][]int32{}
	for _, ad := range tr.adapters {
		bases[ad.target] = ad.base
	}
	for i, t := range tr.Model.Tensors {
		w := t.W
		if b, ok := bases[i]; ok {
			w = b
		}
		for _, v := range w {
			u32(uint32(v))
		}
	}
	for _, ad := range tr.adapters {
		for _, f := range []*Tensor{ad.A, ad.B} {
			for _, v := range f.W {
				u32(uint32(v))
			}
		}
	}
	if tr.Hyper.Optimizer != Adam {
		return
	}
	for _, ad := range tr.adapters {
		for _, mv := range [][]int64{ad.mA, ad.vA, ad.mB, ad.vB} {
			for _, x := range mv {
				u64(uint64(x))
			}
		}
	}
}

// readLoRACheckpoint is ReadCheckpoint of a version-3 checkpoint from off
// (past the corpus fields).
func readLoRACheckpoint(cp []byte, off, header int, m *Model, h Hyper, cfg LoRA, data []int32, step, cursor uint64,
	bad func(string, ...any) error) (*Trainer, error) {
	u32 := func() uint32 { v := binary.BigEndian.Uint32(cp[off:]); off += 4; return v }
	u64 := func() uint64 { v := binary.BigEndian.Uint64(cp[off:]); off += 8; return v }
	// Sizes first: the adapters' shapes follow from the spec and cfg.
	var adapterValues uint64
	for l := 0; l < m.Config.Layers; l++ {
		for _, tt := range loraTensors {
			if cfg.Targets&tt.bit != 0 {
				t := m.Tensors[block(l, tt.k)]
				adapterValues += uint64(cfg.Rank) * uint64(t.Rows+t.Cols)
			}
		}
	}
	want := uint64(header) + uint64(m.Params())*4 + adapterValues*4 + 32
	if h.Optimizer == Adam {
		want += adapterValues * 16
	}
	if uint64(len(cp)) != want {
		return nil, bad("size %d bytes, the spec, LoRA configuration and optimizer need %d", len(cp), want)
	}
	for _, t := range m.Tensors {
		for j := range t.W {
			t.W[j] = int32(u32())
		}
	}
	tr, err := NewLoRA(m, h, data, cfg)
	if err != nil {
		return nil, bad("hyperparameters: %v", err)
	}
	if cursor >= tr.Sequences() {
		return nil, bad("cursor %d outside the corpus's %d sequences", cursor, tr.Sequences())
	}
	tr.Step, tr.Cursor = step, cursor
	for _, ad := range tr.adapters {
		for _, f := range []*Tensor{ad.A, ad.B} {
			for j := range f.W {
				f.W[j] = int32(u32())
			}
		}
	}
	if h.Optimizer == Adam {
		for _, ad := range tr.adapters {
			for _, mv := range [][]int64{ad.mA, ad.vA, ad.mB, ad.vB} {
				for j := range mv {
					mv[j] = int64(u64())
				}
			}
		}
	}
	for _, ad := range tr.adapters {
		ad.merge(m.Tensors[ad.target], cfg.Scale)
	}
	var root merkle.Hash
	copy(root[:], cp[off:])
	if got := tr.StateRoot(); got != root {
		return nil, bad("state root %x does not match the contents (%x)", root[:8], got[:8])
	}
	return tr, nil
}
