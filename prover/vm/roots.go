package vm

import (
	"encoding/binary"

	"github.com/airollup/airollup/prover/merkle"
)

// regRoot returns the Merkle root of register r: one leaf per chunk (32
// int32 as be32, 32 int8 as bytes, or 16 int64 as be64).
func (mc *Machine) regRoot(r int) merkle.Hash {
	v := mc.regs[r]
	per, width := 32, 4
	switch regKinds[r] {
	case kI8:
		width = 1
	case kI64:
		per, width = 16, 8
	}
	n := (len(v) + per - 1) / per
	leaves := make([]merkle.Hash, n)
	buf := make([]byte, per*width)
	for c := 0; c < n; c++ {
		chunk := v[c*per : min((c+1)*per, len(v))]
		b := buf[:len(chunk)*width]
		for i, x := range chunk {
			switch width {
			case 1:
				b[i] = byte(int8(x))
			case 4:
				binary.BigEndian.PutUint32(b[4*i:], uint32(int32(x)))
			default:
				binary.BigEndian.PutUint64(b[8*i:], uint64(x))
			}
		}
		leaves[c] = mc.k.Sum(b)
	}
	return merkle.RootInPlace(mc.k, leaves)
}

// MemoryRoot returns the Merkle root over the register roots.
func (mc *Machine) MemoryRoot() merkle.Hash {
	roots := make([]merkle.Hash, numRegs)
	for r := range roots {
		roots[r] = mc.regRoot(r)
	}
	return merkle.RootInPlace(mc.k, roots)
}

// KVRoot returns the Merkle root over the per-layer KV roots (as in h(p, l)).
func (mc *Machine) KVRoot() merkle.Hash {
	r, _ := merkle.Root(mc.layerRt)
	return r
}

// StateRoot returns the micro-state commitment after Step() steps:
//
//	keccak256(be64(step) ‖ be32(p) ‖ be32(l) ‖ memoryRoot ‖ kvRoot ‖ tokensHash)
func (mc *Machine) StateRoot() merkle.Hash {
	var hdr [16]byte
	binary.BigEndian.PutUint64(hdr[:8], mc.step)
	binary.BigEndian.PutUint32(hdr[8:], uint32(mc.in.P))
	binary.BigEndian.PutUint32(hdr[12:], uint32(mc.in.L))
	mem, kv := mc.MemoryRoot(), mc.KVRoot()
	return mc.k.Sum(hdr[:], mem[:], kv[:], mc.tokensHash[:])
}

// Level1 projects the machine onto the level-1 state it stands for:
// h(p, l) at step 0 and, when the program is done, h(p, l+1) after a block or
// h(p+1, 0) after the head step — keccak256(be32(p') ‖ be32(l') ‖ root(X) ‖
// kvRoot ‖ tokensHash).
func (mc *Machine) Level1() merkle.Hash {
	p, l := mc.in.P, mc.in.L
	if mc.Done() {
		l++
		if l > mc.m.Layers {
			p, l = p+1, 0
		}
	}
	var hdr [8]byte
	binary.BigEndian.PutUint32(hdr[:4], uint32(p))
	binary.BigEndian.PutUint32(hdr[4:], uint32(l))
	x, kv := mc.regRoot(regX), mc.KVRoot()
	return mc.k.Sum(hdr[:], x[:], kv[:], mc.tokensHash[:])
}

// RegRoots returns the Merkle root of every register.
func (mc *Machine) RegRoots() [NumRegs]merkle.Hash {
	var out [NumRegs]merkle.Hash
	for r := range out {
		out[r] = mc.regRoot(r)
	}
	return out
}

// LayerRoots returns the L per-layer KV roots of the current state.
func (mc *Machine) LayerRoots() []merkle.Hash { return append([]merkle.Hash(nil), mc.layerRt...) }

// TokensHash returns the token hash chain of the current state.
func (mc *Machine) TokensHash() merkle.Hash { return mc.tokensHash }

// Tamper adds delta to element i of the residual register X: fault
// injection for tests of the dispute game, which need a dishonest machine
// whose states still have preimages. The canonical runtime never calls it.
func (mc *Machine) Tamper(i int, delta int64) { mc.regs[regX][i] += delta }
