package merkle

import (
	"errors"
	"fmt"
	"hash"

	"golang.org/x/crypto/sha3"
)

var (
	// ErrEmpty is returned when a tree would have no leaves.
	ErrEmpty = errors.New("merkle: no leaves")
	// ErrIndex is returned for a leaf index outside the tree.
	ErrIndex = errors.New("merkle: leaf index out of range")
	// ErrProof is returned when a proof does not verify or has the wrong length.
	ErrProof = errors.New("merkle: invalid proof")
)

// Hash is a 32-byte keccak256 digest.
type Hash [32]byte

// Hasher is a reusable keccak256 hasher. It is not safe for concurrent use.
type Hasher struct {
	h   hash.Hash
	buf [64]byte
}

// NewHasher returns a keccak256 hasher.
func NewHasher() *Hasher { return &Hasher{h: sha3.NewLegacyKeccak256()} }

// Sum returns keccak256 of the concatenation of parts.
func (k *Hasher) Sum(parts ...[]byte) (out Hash) {
	k.h.Reset()
	for _, p := range parts {
		k.h.Write(p)
	}
	k.h.Sum(out[:0])
	return out
}

// Node returns the parent of two nodes: keccak256(left ‖ right), except that
// two zero children give the zero hash, so an empty subtree of any height is
// bytes32(0) (sparse trees: a fixed-depth tree over a few leaves is cheap).
func (k *Hasher) Node(left, right Hash) (out Hash) {
	if left == (Hash{}) && right == (Hash{}) {
		return Hash{}
	}
	copy(k.buf[:32], left[:])
	copy(k.buf[32:], right[:])
	k.h.Reset()
	k.h.Write(k.buf[:])
	k.h.Sum(out[:0])
	return out
}

// Keccak returns keccak256 of the concatenation of parts.
func Keccak(parts ...[]byte) Hash { return NewHasher().Sum(parts...) }

// Depth returns the depth of a tree with n leaves: the smallest d with 2^d ≥ n.
func Depth(n uint64) int {
	d := 0
	for (uint64(1) << d) < n {
		d++
	}
	return d
}

// Root returns the root of the tree over leaf hashes. Every level of odd
// length (other than the root) is padded with one zero hash, so an empty
// subtree is bytes32(0) and a tree of n leaves has depth ceil(log2 n). A
// single leaf is its own root.
func Root(leaves []Hash) (Hash, error) {
	if len(leaves) == 0 {
		return Hash{}, ErrEmpty
	}
	k := NewHasher()
	level := append([]Hash(nil), leaves...)
	for len(level) > 1 {
		if len(level)%2 == 1 {
			level = append(level, Hash{})
		}
		next := level[:len(level)/2]
		for i := range next {
			next[i] = k.Node(level[2*i], level[2*i+1])
		}
		level = next
	}
	return level[0], nil
}

// RootInPlace is Root computed in the leaves' own storage (which it
// overwrites), with a caller's hasher: no allocation.
func RootInPlace(k *Hasher, leaves []Hash) Hash {
	n := len(leaves)
	if n == 0 {
		return Hash{}
	}
	for n > 1 {
		half := (n + 1) / 2
		for i := 0; i < half; i++ {
			right := Hash{}
			if 2*i+1 < n {
				right = leaves[2*i+1]
			}
			leaves[i] = k.Node(leaves[2*i], right)
		}
		n = half
	}
	return leaves[0]
}

// Tree keeps every level of a Merkle tree so proofs can be produced.
type Tree struct {
	levels [][]Hash // levels[0] = leaves (padded), last = [root]
}

// NewTree builds a tree over leaf hashes. Levels of odd length are padded
// with a zero hash, exactly as in Root.
func NewTree(leaves []Hash) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	k := NewHasher()
	cur := append([]Hash(nil), leaves...)
	t := &Tree{}
	for {
		if len(cur) > 1 && len(cur)%2 == 1 {
			cur = append(cur, Hash{})
		}
		t.levels = append(t.levels, cur)
		if len(cur) == 1 {
			return t, nil
		}
		next := make([]Hash, len(cur)/2)
		for i := range next {
			next[i] = k.Node(cur[2*i], cur[2*i+1])
		}
		cur = next
	}
}

// Root returns the tree's root.
func (t *Tree) Root() Hash { return t.levels[len(t.levels)-1][0] }

// Depth returns the number of sibling hashes in a proof.
func (t *Tree) Depth() int { return len(t.levels) - 1 }

// Leaves returns the number of leaves the tree was built over (plus one
// padding leaf if that number is odd and greater than one).
func (t *Tree) Leaves() uint64 { return uint64(len(t.levels[0])) }

// Proof returns the sibling hashes from leaf index up to the root.
func (t *Tree) Proof(index uint64) ([]Hash, error) {
	if index >= t.Leaves() {
		return nil, fmt.Errorf("%w: %d of %d", ErrIndex, index, t.Leaves())
	}
	proof := make([]Hash, 0, t.Depth())
	for _, level := range t.levels[:len(t.levels)-1] {
		proof = append(proof, level[index^1])
		index >>= 1
	}
	return proof, nil
}

// RootFromProof recomputes the root from a leaf hash, its index and its proof.
func RootFromProof(leaf Hash, index uint64, proof []Hash) (Hash, error) {
	if len(proof) < 64 && index>>uint(len(proof)) != 0 {
		return Hash{}, fmt.Errorf("%w: index %d does not fit a proof of depth %d", ErrProof, index, len(proof))
	}
	k := NewHasher()
	cur := leaf
	for _, sib := range proof {
		if index&1 == 0 {
			cur = k.Node(cur, sib)
		} else {
			cur = k.Node(sib, cur)
		}
		index >>= 1
	}
	return cur, nil
}

// Verify reports whether proof shows leaf at index under root.
func Verify(root, leaf Hash, index uint64, proof []Hash) error {
	got, err := RootFromProof(leaf, index, proof)
	if err != nil {
		return err
	}
	if got != root {
		return fmt.Errorf("%w: leaf %d computes root %x, want %x", ErrProof, index, got[:8], root[:8])
	}
	return nil
}

// SetLeaf replaces leaf i and recomputes the path to the root (depth hashes).
func (t *Tree) SetLeaf(i uint64, leaf Hash) error {
	if i >= uint64(len(t.levels[0])) {
		return fmt.Errorf("%w: %d of %d", ErrIndex, i, len(t.levels[0]))
	}
	k := NewHasher()
	t.levels[0][i] = leaf
	for lv := 1; lv < len(t.levels); lv++ {
		i >>= 1
		t.levels[lv][i] = k.Node(t.levels[lv-1][2*i], t.levels[lv-1][2*i+1])
	}
	return nil
}

// Accumulator is an append-only Merkle tree: it keeps one hash per level (the
// frontier) and gives the same root as Root over the leaves appended so far,
// in O(log n) per append or root.
type Accumulator struct {
	n      uint64
	branch [64]Hash
	k      *Hasher
}

// NewAccumulator returns an empty accumulator.
func NewAccumulator() *Accumulator { return &Accumulator{k: NewHasher()} }

// Len returns the number of leaves appended.
func (a *Accumulator) Len() uint64 { return a.n }

// Append adds a leaf hash.
func (a *Accumulator) Append(leaf Hash) {
	node := leaf
	for h := 0; ; h++ {
		if a.n>>uint(h)&1 == 0 {
			a.branch[h] = node
			break
		}
		node = a.k.Node(a.branch[h], node)
	}
	a.n++
}

// RootAtDepth returns the root of the fixed-depth tree of 2^d leaf slots
// holding the appended leaves first and zero hashes after them (d must be at
// least Depth(Len())). It is what a Merkle proof of depth d verifies against.
func (a *Accumulator) RootAtDepth(d int) Hash {
	r := a.Root()
	for h := Depth(a.n); h < d; h++ {
		r = a.k.Node(r, Hash{})
	}
	return r
}

// Root returns Root over the leaves appended so far, or the zero hash if none.
func (a *Accumulator) Root() Hash {
	if a.n == 0 {
		return Hash{}
	}
	d := Depth(a.n)
	var node Hash
	empty := true
	for h := 0; h < d; h++ {
		switch {
		case a.n>>uint(h)&1 == 1:
			node = a.k.Node(a.branch[h], node) // node is the zero hash when empty
			empty = false
		case !empty:
			node = a.k.Node(node, Hash{})
		}
	}
	if empty {
		return a.branch[d] // n = 2^d: a complete tree
	}
	return node
}

// ProofAt returns the sibling hashes from the node at (level, index) up to
// the root: the proof of a whole subtree of height level.
func (t *Tree) ProofAt(level int, index uint64) ([]Hash, error) {
	if level < 0 || level >= len(t.levels) || index >= uint64(len(t.levels[level])) {
		return nil, fmt.Errorf("%w: node %d at level %d", ErrIndex, index, level)
	}
	proof := make([]Hash, 0, t.Depth()-level)
	for _, lv := range t.levels[level : len(t.levels)-1] {
		proof = append(proof, lv[index^1])
		index >>= 1
	}
	return proof, nil
}

// Node returns the node at (level, index): the root of the subtree of height
// level over leaves [index·2^level, (index+1)·2^level).
func (t *Tree) Node(level int, index uint64) (Hash, error) {
	if level < 0 || level >= len(t.levels) || index >= uint64(len(t.levels[level])) {
		return Hash{}, fmt.Errorf("%w: node %d at level %d", ErrIndex, index, level)
	}
	return t.levels[level][index], nil
}
