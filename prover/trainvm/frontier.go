package trainvm

import (
	"encoding/binary"
	"fmt"
	"math/bits"

	"github.com/airollup/airollup/prover/merkle"
)

// Frontier is an append-only Merkle accumulator whose state is held in a
// micro-state (the import and export machines): N leaves appended and,
// for every level h where bit h of N is 1, the root of the complete
// subtree of 2^h leaves not yet paired (Branch[h]; zero at every other
// level, so equal frontiers have equal bytes). Root gives merkle.Root over
// the appended leaves, as merkle.Accumulator does.
type Frontier struct {
	N      uint64
	Branch [64]merkle.Hash
}

// Append adds a leaf.
func (f *Frontier) Append(k *merkle.Hasher, leaf merkle.Hash) {
	node := leaf
	for h := 0; ; h++ {
		if f.N>>uint(h)&1 == 0 {
			f.Branch[h] = node
			break
		}
		node = k.Node(f.Branch[h], node)
		f.Branch[h] = merkle.Hash{}
	}
	f.N++
}

// Root returns merkle.Root over the appended leaves (zero when none).
func (f *Frontier) Root(k *merkle.Hasher) merkle.Hash {
	if f.N == 0 {
		return merkle.Hash{}
	}
	d := merkle.Depth(f.N)
	if f.N == 1<<uint(d) {
		return f.Branch[d]
	}
	var node merkle.Hash
	empty := true
	for h := 0; h < d; h++ {
		switch {
		case f.N>>uint(h)&1 == 1:
			node = k.Node(f.Branch[h], node)
			empty = false
		case !empty:
			node = k.Node(node, merkle.Hash{})
		}
	}
	return node
}

// frontierBytes is the encoded size of a frontier of n leaves.
func frontierBytes(n uint64) int { return 8 + 32*bits.OnesCount64(n) }

// appendBytes appends be64 N ‖ Branch[h] for every h with bit h of N set,
// ascending.
func (f *Frontier) appendBytes(b []byte) []byte {
	b = binary.BigEndian.AppendUint64(b, f.N)
	for h := 0; h < 64; h++ {
		if f.N>>uint(h)&1 == 1 {
			b = append(b, f.Branch[h][:]...)
		}
	}
	return b
}

// readFrontier decodes a frontier as appendBytes writes it.
func readFrontier(r *reader, field string) (Frontier, error) {
	var f Frontier
	f.N = r.u64(field + " length")
	for h := 0; h < 64 && r.err == nil; h++ {
		if f.N>>uint(h)&1 == 1 {
			f.Branch[h] = r.hash(fmt.Sprintf("%s level %d", field, h))
		}
	}
	return f, r.err
}
