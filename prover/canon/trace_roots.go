package canon

import (
	"encoding/binary"

	"github.com/airollup/airollup/prover/merkle"
)

// vectorHasher computes the chunked Merkle roots of activation vectors
// (vectorRoot) several at a time: all the vectors' chunk digests, then each
// level of all their trees, go through keccak8 in rounds of 8 messages. The
// result is merkle.RootInPlace's over keccak256 of each chunk, bit for bit:
// a level of odd length is padded with the zero hash, and two zero children
// give zero (tested against the one-at-a-time definition).
type vectorHasher struct {
	k8     *keccak8
	buf    []byte        // the vectors' values, big-endian
	nodes  []merkle.Hash // every vector's tree, level by level, in its own span
	starts []int         // each vector's span in nodes
	lens   []int         // each vector's current level length
	msgs   [][]byte      // messages of one level
	pairs  []byte        // node messages: left ‖ right
	dst    []int         // where each node message's digest goes in nodes
	digest []merkle.Hash // digests of one level
}

func newVectorHasher() *vectorHasher { return &vectorHasher{k8: newKeccak8()} }

// roots writes the root of vs[i] to out[i] for every vector.
func (h *vectorHasher) roots(vs [][]int32, out []merkle.Hash) {
	h.starts, h.lens = h.starts[:0], h.lens[:0]
	total, words := 0, 0
	for _, v := range vs {
		n := (len(v) + BlockSize - 1) / BlockSize
		h.starts, h.lens = append(h.starts, total), append(h.lens, n)
		total += n
		words += len(v)
	}
	if cap(h.buf) < 4*words {
		h.buf = make([]byte, 4*words)
	}
	if cap(h.nodes) < total {
		h.nodes = make([]merkle.Hash, total)
	}
	nodes := h.nodes[:total]

	// Leaves: keccak256 of every chunk of 32 values (the last may be short).
	b := h.buf[:0]
	h.msgs = h.msgs[:0]
	for _, v := range vs {
		o := len(b)
		for _, x := range v {
			b = binary.BigEndian.AppendUint32(b, uint32(x))
		}
		for c := 0; c < len(v); c += BlockSize {
			h.msgs = append(h.msgs, b[o+4*c:o+4*min(c+BlockSize, len(v))])
		}
	}
	h.sum(nodes)

	// Levels: node j of a level is keccak256(node 2j ‖ node 2j+1) of the one
	// below, written over node j of the vector's span (as RootInPlace).
	for {
		h.pairs, h.dst = h.pairs[:0], h.dst[:0]
		for i, n := range h.lens {
			if n <= 1 {
				continue
			}
			s := h.starts[i]
			half := (n + 1) / 2
			for j := 0; j < half; j++ {
				left := nodes[s+2*j]
				var right merkle.Hash
				if 2*j+1 < n {
					right = nodes[s+2*j+1]
				}
				if left == (merkle.Hash{}) && right == (merkle.Hash{}) {
					// Two zero children give zero. Index s+j is never read
					// again at this level (pairs read from 2j+2 on).
					nodes[s+j] = merkle.Hash{}
					continue
				}
				h.pairs = append(append(h.pairs, left[:]...), right[:]...)
				h.dst = append(h.dst, s+j)
			}
			h.lens[i] = half
		}
		if len(h.dst) == 0 {
			if done(h.lens) {
				break
			}
			continue
		}
		h.hashPairs(nodes)
	}
	for i, s := range h.starts {
		out[i] = nodes[s]
	}
}

// done reports whether every tree is down to its root.
func done(lens []int) bool {
	for _, n := range lens {
		if n > 1 {
			return false
		}
	}
	return true
}

// sum writes keccak256 of h.msgs[j] to out[j], 8 messages at a time.
func (h *vectorHasher) sum(out []merkle.Hash) {
	for j := 0; j < len(h.msgs); j += 8 {
		e := min(j+8, len(h.msgs))
		h.k8.sum(h.msgs[j:e], out[j:e])
	}
}

// sumPairs writes keccak256(in[2i] ‖ in[2i+1]) to out[i] for every i < len(out).
func (h *vectorHasher) sumPairs(in, out []merkle.Hash) {
	h.pairs, h.msgs = h.pairs[:0], h.msgs[:0]
	for i := range out {
		h.pairs = append(append(h.pairs, in[2*i][:]...), in[2*i+1][:]...)
	}
	for o := 0; o < len(h.pairs); o += 64 {
		h.msgs = append(h.msgs, h.pairs[o:o+64])
	}
	h.sum(out)
}

// nodes2 writes merkle.Hasher.Node(lefts[j], rights[j]) to out[j] for every
// j, hashing the messages together: keccak256(left ‖ right), or zero for two
// zero children.
func (h *vectorHasher) nodes2(lefts, rights, out []merkle.Hash) {
	h.pairs, h.dst = h.pairs[:0], h.dst[:0]
	for j := range out {
		if lefts[j] == (merkle.Hash{}) && rights[j] == (merkle.Hash{}) {
			out[j] = merkle.Hash{}
			continue
		}
		h.pairs = append(append(h.pairs, lefts[j][:]...), rights[j][:]...)
		h.dst = append(h.dst, j)
	}
	h.hashPairs(out)
}

// hashPairs hashes the queued 64-byte pairs (h.pairs) together and writes
// the k-th digest to out[h.dst[k]].
func (h *vectorHasher) hashPairs(out []merkle.Hash) {
	h.msgs = h.msgs[:0]
	for o := 0; o < len(h.pairs); o += 64 {
		h.msgs = append(h.msgs, h.pairs[o:o+64])
	}
	if cap(h.digest) < len(h.dst) {
		h.digest = make([]merkle.Hash, len(h.dst))
	}
	d := h.digest[:len(h.dst)]
	h.sum(d)
	for k, j := range h.dst {
		out[j] = d[k]
	}
}

// kvForest steps the per-layer KV trees of a tracer together: they always
// hold the same number of leaves, so appending one leaf to each, and their
// roots at a fixed depth, take the same sequence of node hashes in every
// tree (kvTree.append, kvTree.rootAtDepth), done here one level at a time
// for all the trees (vectorHasher.nodes2). Results equal the one-tree
// methods (tested).
type kvForest struct {
	left, right, node []merkle.Hash
}

func (f *kvForest) grow(n int) {
	if cap(f.node) < n {
		f.left, f.right, f.node = make([]merkle.Hash, n), make([]merkle.Hash, n), make([]merkle.Hash, n)
	}
	f.left, f.right, f.node = f.left[:n], f.right[:n], f.node[:n]
}

// appendAll appends leaves[j] to trees[j] for every tree.
func (f *kvForest) appendAll(h *vectorHasher, trees []kvTree, leaves []merkle.Hash) {
	f.grow(len(trees))
	n := trees[0].n
	for j := range trees {
		trees[j].put(0, n, leaves[j])
		f.node[j] = leaves[j]
	}
	i := n
	for lv := 0; i&1 == 1; lv++ {
		for j := range trees {
			f.left[j] = trees[j].levels[lv][i-1]
		}
		h.nodes2(f.left, f.node, f.node)
		i >>= 1
		for j := range trees {
			trees[j].put(lv+1, i, f.node[j])
		}
	}
	for j := range trees {
		trees[j].n++
	}
}

// rootsAtDepth writes trees[j].rootAtDepth(d) to out[j] for every tree.
func (f *kvForest) rootsAtDepth(h *vectorHasher, trees []kvTree, d int, out []merkle.Hash) {
	f.grow(len(trees))
	n := trees[0].n
	zero := f.right
	clear(zero)
	if n == 0 {
		clear(out)
		return
	}
	d0 := merkle.Depth(n)
	clear(f.node)
	empty := true
	for lv := 0; lv < d0; lv++ {
		switch {
		case n>>uint(lv)&1 == 1:
			for j := range trees {
				f.left[j] = trees[j].levels[lv][n>>uint(lv)-1]
			}
			h.nodes2(f.left, f.node, f.node)
			empty = false
		case !empty:
			h.nodes2(f.node, zero, f.node)
		}
	}
	if empty { // n = 2^d0: complete trees
		for j := range trees {
			f.node[j] = trees[j].levels[d0][0]
		}
	}
	for lv := d0; lv < d; lv++ {
		h.nodes2(f.node, zero, f.node)
	}
	copy(out, f.node)
}
