package merkle

import (
	"encoding/binary"
	"errors"
	"slices"
	"testing"
)

// fuzzMaxLeaves bounds the trees FuzzProof builds (depth up to 7).
const fuzzMaxLeaves = 100

// sparse is the reference model of a tree of n leaves: the fixed-depth tree
// of 2^Depth(n) leaf slots, the leaves first and zero hashes after them,
// built level by level with Node. It is what the Solidity verifier checks
// proofs against.
type sparse struct {
	levels [][]Hash // levels[0] has 2^d leaves, levels[d] = [root]
}

func newSparse(leaves []Hash) sparse {
	d := Depth(uint64(len(leaves)))
	cur := make([]Hash, 1<<d)
	copy(cur, leaves)
	k := NewHasher()
	s := sparse{levels: [][]Hash{cur}}
	for len(cur) > 1 {
		next := make([]Hash, len(cur)/2)
		for i := range next {
			next[i] = k.Node(cur[2*i], cur[2*i+1])
		}
		s.levels = append(s.levels, next)
		cur = next
	}
	return s
}

func (s sparse) depth() int    { return len(s.levels) - 1 }
func (s sparse) root() Hash    { return s.levels[s.depth()][0] }
func (s sparse) slots() uint64 { return uint64(len(s.levels[0])) }

// proof is the sibling path of leaf slot i.
func (s sparse) proof(i uint64) []Hash {
	out := make([]Hash, 0, s.depth())
	for _, lv := range s.levels[:s.depth()] {
		out = append(out, lv[i^1])
		i >>= 1
	}
	return out
}

// holds reports whether (leaf, index, proof) is a true statement about the
// tree under root: root is the tree's, the proof has the tree's depth, and
// leaf and proof are those of slot index. With distinct non-zero leaves (and
// no keccak collision) these are the only claims that verify; inside an
// empty subtree every slot is the zero hash with the same path, so no index
// there is ambiguous.
func (s sparse) holds(root, leaf Hash, index uint64, proof []Hash) bool {
	return root == s.root() && len(proof) == s.depth() && index < s.slots() &&
		leaf == s.levels[0][index] && slices.Equal(proof, s.proof(index))
}

// FuzzProof: for a tree over fuzz-chosen distinct leaves, Root, RootInPlace,
// Tree, Accumulator and the sparse reference agree; the proof of every slot
// (leaves and zero padding) verifies; then one mutation of the proof, leaf,
// index or root is applied and Verify accepts the result exactly when it is
// still a true statement about the tree (for a real leaf: never). Malformed
// proofs (any length, any bytes) and out-of-range indices and levels return
// ErrProof or ErrIndex, never panic.
func FuzzProof(f *testing.F) {
	f.Add(uint8(0), []byte("a"), uint64(0), uint8(0), uint16(0), uint8(1), []byte{})
	f.Add(uint8(4), []byte("five"), uint64(3), uint8(1), uint16(40), uint8(0x80), []byte{})
	f.Add(uint8(6), []byte("seven"), uint64(7), uint8(2), uint16(0), uint8(1), []byte{})
	f.Add(uint8(32), []byte{}, uint64(40), uint8(5), uint16(2), uint8(1), []byte{})
	f.Add(uint8(99), []byte{0xff}, uint64(1<<63), uint8(9), uint16(9), uint8(3), make([]byte, 7*32+5))
	f.Fuzz(func(t *testing.T, n uint8, seed []byte, index uint64, kind uint8, pos uint16, flip uint8, extra []byte) {
		count := int(n)%fuzzMaxLeaves + 1
		leaves := make([]Hash, count)
		for i := range leaves {
			leaves[i] = Keccak(seed, binary.BigEndian.AppendUint64(nil, uint64(i)))
		}
		ref := newSparse(leaves)
		d := ref.depth()

		// Every root computation agrees with the reference.
		root, err := Root(leaves)
		if err != nil {
			t.Fatal(err)
		}
		tree, err := NewTree(leaves)
		if err != nil {
			t.Fatal(err)
		}
		acc := NewAccumulator()
		for _, l := range leaves {
			acc.Append(l)
		}
		inPlace := RootInPlace(NewHasher(), slices.Clone(leaves))
		for what, r := range map[string]Hash{"Root": root, "Tree": tree.Root(), "RootInPlace": inPlace,
			"Accumulator": acc.Root(), "Accumulator at depth": acc.RootAtDepth(d)} {
			if r != ref.root() {
				t.Fatalf("%d leaves: %s = %x, reference %x", count, what, r[:8], ref.root())
			}
		}
		if tree.Depth() != d {
			t.Fatalf("%d leaves: tree depth %d, want %d", count, tree.Depth(), d)
		}

		// The proof of the chosen slot verifies; the tree gives the same proof.
		idx := index % ref.slots()
		proof := ref.proof(idx)
		leaf := ref.levels[0][idx]
		if idx < tree.Leaves() {
			tp, err := tree.Proof(idx)
			if err != nil {
				t.Fatalf("Proof(%d) of %d: %v", idx, tree.Leaves(), err)
			}
			if !slices.Equal(tp, proof) {
				t.Fatalf("Proof(%d) differs from the reference", idx)
			}
		} else if _, err := tree.Proof(idx); !errors.Is(err, ErrIndex) {
			t.Fatalf("Proof(%d) beyond %d leaves: %v, want ErrIndex", idx, tree.Leaves(), err)
		}
		if err := Verify(root, leaf, idx, proof); err != nil {
			t.Fatalf("slot %d of %d: %v", idx, count, err)
		}

		// One mutation.
		mRoot, mLeaf, mIndex, mProof := root, leaf, idx, slices.Clone(proof)
		bit := byte(1) << (flip % 8)
		switch kind % 11 {
		case 0:
			mLeaf[pos%32] ^= bit
		case 1:
			if len(mProof) == 0 {
				mProof = append(mProof, Hash{})
			} else {
				mProof[int(pos)%len(mProof)][pos%32] ^= bit
			}
		case 2:
			mIndex ^= 1 << (pos % 64)
		case 3:
			mRoot[pos%32] ^= bit
		case 4:
			if len(mProof) == 0 {
				mIndex++
			} else {
				mProof = mProof[:len(mProof)-1]
			}
		case 5:
			if len(mProof) == 0 {
				mLeaf = Hash{}
			} else {
				mProof = mProof[1:]
			}
		case 6:
			var h Hash
			copy(h[:], extra)
			mProof = append(mProof, h)
		case 7:
			var h Hash
			copy(h[:], extra)
			mProof = append([]Hash{h}, mProof...)
		case 8:
			if len(mProof) < 2 {
				mIndex += uint64(flip) + 1
			} else {
				i, j := int(pos)%len(mProof), int(flip)%len(mProof)
				if i == j {
					j = (i + 1) % len(mProof)
				}
				mProof[i], mProof[j] = mProof[j], mProof[i]
			}
		case 9: // arbitrary proof bytes, any length
			mProof = make([]Hash, len(extra)/32)
			for i := range mProof {
				copy(mProof[i][:], extra[32*i:])
			}
		default: // arbitrary index
			mIndex = index ^ uint64(pos)<<48
		}
		err = Verify(mRoot, mLeaf, mIndex, mProof)
		if err != nil && !errors.Is(err, ErrProof) {
			t.Fatalf("Verify: untyped error %v", err)
		}
		want := ref.holds(mRoot, mLeaf, mIndex, mProof)
		if (err == nil) != want {
			t.Fatalf("mutation %d on slot %d of %d leaves (index %d, %d siblings): Verify = %v, holds = %v",
				kind%11, idx, count, mIndex, len(mProof), err, want)
		}
		if err == nil && mIndex < uint64(count) && (mLeaf != leaf || mIndex != idx) {
			t.Fatalf("a changed claim about real leaf %d verified", mIndex)
		}

		// Subtree nodes and their proofs, for any (level, index).
		level := int(int8(flip))
		nodeIdx := index >> (pos % 64)
		node, nerr := tree.Node(level, nodeIdx)
		sub, perr := tree.ProofAt(level, nodeIdx)
		if (nerr == nil) != (perr == nil) {
			t.Fatalf("Node(%d, %d) = %v but ProofAt = %v", level, nodeIdx, nerr, perr)
		}
		if nerr != nil {
			if !errors.Is(nerr, ErrIndex) || !errors.Is(perr, ErrIndex) {
				t.Fatalf("Node/ProofAt(%d, %d): %v, %v, want ErrIndex", level, nodeIdx, nerr, perr)
			}
		} else {
			if node != ref.levels[level][nodeIdx] {
				t.Fatalf("Node(%d, %d) differs from the reference", level, nodeIdx)
			}
			if err := Verify(root, node, nodeIdx, sub); err != nil {
				t.Fatalf("subtree (%d, %d): %v", level, nodeIdx, err)
			}
		}

		// SetLeaf keeps the tree equal to the reference over the new leaves.
		at := uint64(pos)
		nl := Keccak(extra, []byte{flip})
		if err := tree.SetLeaf(at, nl); at >= tree.Leaves() {
			if !errors.Is(err, ErrIndex) {
				t.Fatalf("SetLeaf(%d) of %d: %v, want ErrIndex", at, tree.Leaves(), err)
			}
		} else {
			if err != nil {
				t.Fatalf("SetLeaf(%d): %v", at, err)
			}
			upd := slices.Clone(ref.levels[0])
			upd[at] = nl
			if got, want := tree.Root(), newSparse(upd).root(); got != want {
				t.Fatalf("SetLeaf(%d): root %x, want %x", at, got[:8], want[:8])
			}
		}
	})
}
