package canon

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/airollup/airollup/prover/merkle"
)

// ModelDomain tags the metadata leaf of a model root.
const ModelDomain = "airollup.model.v2"

// MetadataLeaf is the first leaf of the model root:
//
//	keccak256("airollup.model.v2" ‖ be32 × [dim, layers, heads, kvHeads, ffDim,
//	          vocab, context, ropeDims, ropeBaseBits, normEpsBits, tied, eos] ‖ tokenizerHash)
//
// where eos is 0xffffffff for a model without an EOS token (NoEOS). A model
// whose feed-forward width import zero-padded (FFUnpadded ≠ 0) has a
// thirteenth field, FFUnpadded, after eos; every other model's leaf is as
// above.
func (m *Model) MetadataLeaf() merkle.Hash {
	tied := uint32(0)
	if m.Tied() {
		tied = 1
	}
	fields := []uint32{
		uint32(m.Dim), uint32(m.Layers), uint32(m.Heads), uint32(m.KVHeads), uint32(m.FFDim),
		uint32(m.Vocab), uint32(m.Context), uint32(m.RopeDims), m.RopeBaseBits, m.NormEpsBits, tied, uint32(int32(m.EOS)),
	}
	if m.FFUnpadded != 0 {
		fields = append(fields, uint32(m.FFUnpadded))
	}
	buf := make([]byte, 4*len(fields))
	for i, f := range fields {
		binary.BigEndian.PutUint32(buf[4*i:], f)
	}
	return merkle.Keccak([]byte(ModelDomain), buf, m.TokenizerHash[:])
}

// RowPartBlocks is the most Q8_0 blocks of one part of a weight row in the
// model root (RowLeaf): a row of more blocks is committed part by part, so that
// a one-step proof multiplying one part (prover/vm MATVECP) opens that part's
// bytes and the other parts' hashes, not the whole row.
const RowPartBlocks = 128

// RowLeaf returns the model-root leaf of a weight row (raw Q8_0 blocks, 34
// bytes each): keccak256(row) for a row of at most RowPartBlocks blocks, else
// keccak256(keccak256(part 0) ‖ keccak256(part 1) ‖ …) over its parts of
// RowPartBlocks blocks (the last one shorter). h is used for the hashing.
func RowLeaf(h *merkle.Hasher, row []byte) merkle.Hash {
	const part = RowPartBlocks * BlockBytes
	if len(row) <= part {
		return h.Sum(row)
	}
	hs := RowPartHashes(h, row)
	buf := make([]byte, 0, 32*len(hs))
	for _, x := range hs {
		buf = append(buf, x[:]...)
	}
	return h.Sum(buf)
}

// RowPartHashes returns keccak256 of each part of RowPartBlocks blocks of a
// weight row (the last part shorter): the preimage of RowLeaf for a row of more
// than RowPartBlocks blocks.
func RowPartHashes(h *merkle.Hasher, row []byte) []merkle.Hash {
	const part = RowPartBlocks * BlockBytes
	hs := make([]merkle.Hash, 0, (len(row)+part-1)/part)
	for from := 0; from < len(row); from += part {
		hs = append(hs, h.Sum(row[from:min(from+part, len(row))]))
	}
	return hs
}

// Tied reports whether the output head is the embedding matrix.
func (m *Model) Tied() bool {
	return len(m.Output.Data) > 0 && len(m.Embed.Data) > 0 && &m.Output.Data[0] == &m.Embed.Data[0]
}

// Leaves returns every leaf hash of the model root, in order
// (docs/protocol.md, "Model root"):
//
//	0                      metadata leaf
//	then token_embd rows   RowLeaf(raw Q8_0 blocks of the row)
//	then for each layer    attn_norm (one leaf per chunk of 32 weights: keccak256 of
//	                       be32 Q16.16 values), attn_q rows, attn_k rows, attn_v rows,
//	                       attn_output rows, ffn_norm (chunks), ffn_gate rows,
//	                       ffn_up rows, ffn_down rows
//	then output_norm       chunks of 32
//	then output rows       (absent when tied)
//	then RoPE rows         per position: keccak256(be32 cos[0..R/2) ‖ be32 sin[0..R/2))
//
// Leaves uses the default Options and cannot be cancelled; LeavesContext
// takes both.
func (m *Model) Leaves() []merkle.Hash {
	leaves, _ := m.LeavesContext(context.Background(), Options{}) // never done, default options: no error
	return leaves
}

// LeavesContext is Leaves on opts.ThreadCount() goroutines; once ctx is done
// the remaining leaves are skipped and its error is returned wrapped
// (errors.Is(err, context.Canceled) holds for a cancelled ctx).
func (m *Model) LeavesContext(ctx context.Context, opts Options) ([]merkle.Hash, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	type job struct {
		rows *Q8Matrix
		vec  []int32
		at   int // leaf index of the first leaf
	}
	var jobs []job
	n := 1
	mat := func(q *Q8Matrix) { jobs = append(jobs, job{rows: q, at: n}); n += q.Rows }
	vec := func(v []int32) { jobs = append(jobs, job{vec: v, at: n}); n += (len(v) + BlockSize - 1) / BlockSize }
	mat(&m.Embed)
	for i := range m.Blocks {
		b := &m.Blocks[i]
		vec(b.AttnNorm)
		mat(&b.Wq)
		mat(&b.Wk)
		mat(&b.Wv)
		mat(&b.Wo)
		vec(b.FFNNorm)
		mat(&b.Wgate)
		mat(&b.Wup)
		mat(&b.Wdown)
	}
	vec(m.OutNorm)
	if !m.Tied() {
		mat(&m.Output)
	}
	ropeAt := n
	n += m.Rope.Positions

	leaves := make([]merkle.Hash, n)
	leaves[0] = m.MetadataLeaf()
	var wg sync.WaitGroup
	work := make(chan func(h *merkle.Hasher, buf *[]byte), 64)
	for w := 0; w < opts.ThreadCount(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := merkle.NewHasher()
			var buf []byte
			for f := range work {
				if ctx.Err() == nil { // once done, drain the queue without hashing
					f(h, &buf)
				}
			}
		}()
	}
	// The queue is filled here, so stop filling it once ctx is done: the
	// RoPE rows below are computed on this goroutine, chunk by chunk.
	for _, j := range jobs {
		if ctx.Err() != nil {
			break
		}
		if j.vec != nil {
			work <- func(h *merkle.Hasher, buf *[]byte) {
				for c := 0; c*BlockSize < len(j.vec); c++ {
					leaves[j.at+c] = h.Sum(be32s(buf, j.vec[c*BlockSize:min((c+1)*BlockSize, len(j.vec))]))
				}
			}
			continue
		}
		for r0 := 0; r0 < j.rows.Rows && ctx.Err() == nil; r0 += 256 {
			work <- func(h *merkle.Hasher, _ *[]byte) {
				for r := r0; r < min(r0+256, j.rows.Rows); r++ {
					leaves[j.at+r] = RowLeaf(h, j.rows.Row(r))
				}
			}
		}
	}
	// RoPE rows are streamed through a cursor of their own, a chunk at a
	// time, so the root never holds (or makes the model hold) the table.
	half := m.Rope.Dims / 2
	cur := m.Rope.cursor()
	chunk := m.Rope.chunkPos
	for p0 := 0; p0 < m.Rope.Positions && ctx.Err() == nil; p0 += chunk {
		n := min(chunk, m.Rope.Positions-p0)
		cos, sin := make([]int32, n*half), make([]int32, n*half)
		cur.fill(cos, sin, n)
		work <- func(h *merkle.Hasher, buf *[]byte) {
			row := make([]int32, 2*half)
			for p := 0; p < n; p++ {
				copy(row, cos[p*half:(p+1)*half])
				copy(row[half:], sin[p*half:(p+1)*half])
				leaves[ropeAt+p0+p] = h.Sum(be32s(buf, row))
			}
		}
	}
	close(work)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("canon: model root stopped: %w", err)
	}
	return leaves, nil
}

// Root returns the model root: the Merkle root over Leaves. It uses the
// default Options and cannot be cancelled; RootContext takes both.
func (m *Model) Root() merkle.Hash {
	r, _ := merkle.Root(m.Leaves())
	return r
}

// RootContext is Root with per-run options and a context (see LeavesContext).
func (m *Model) RootContext(ctx context.Context, opts Options) (merkle.Hash, error) {
	leaves, err := m.LeavesContext(ctx, opts)
	if err != nil {
		return merkle.Hash{}, err
	}
	r, _ := merkle.Root(leaves)
	return r, nil
}

// Leaf kinds of the model root (LeafIndex).
const (
	LeafMeta   = iota // the metadata leaf
	LeafEmbed         // token_embd row
	LeafNorm          // norm chunk: matrix 0 attn_norm, 1 ffn_norm; layer = Layers for output_norm
	LeafRow           // weight row of a block matrix: 0 q, 1 k, 2 v, 3 o, 4 gate, 5 up, 6 down
	LeafOutput        // output row (the embedding row when tied)
	LeafRope          // RoPE row of a position
)

// LeafIndex returns the index in the model root of a leaf, following the
// order of Leaves. For LeafNorm and LeafRow, which selects the norm (0, 1) or
// matrix (0..6); i is the chunk, row or position.
func (m *Model) LeafIndex(kind, layer, which, i int) int {
	c := m.Config
	chunks := (c.Dim + BlockSize - 1) / BlockSize
	kvd := c.KVDim()
	perLayer := 2*chunks + 3*c.Dim + 2*kvd + 2*c.FFDim
	base := 1 + c.Vocab // after metadata and embeddings
	switch kind {
	case LeafMeta:
		return 0
	case LeafEmbed:
		return 1 + i
	case LeafNorm:
		if layer == c.Layers {
			return base + c.Layers*perLayer + i
		}
		off := 0
		if which == 1 {
			off = chunks + 2*c.Dim + 2*kvd
		}
		return base + layer*perLayer + off + i
	case LeafRow:
		sizes := [7]int{c.Dim, kvd, kvd, c.Dim, c.FFDim, c.FFDim, c.Dim}
		off := chunks
		for j := 0; j < which; j++ {
			off += sizes[j]
			if j == 3 {
				off += chunks // ffn_norm sits between attn_output and ffn_gate
			}
		}
		return base + layer*perLayer + off + i
	case LeafOutput:
		if m.Tied() {
			return 1 + i
		}
		return base + c.Layers*perLayer + chunks + i
	case LeafRope:
		out := base + c.Layers*perLayer + chunks
		if !m.Tied() {
			out += c.Vocab
		}
		return out + i
	}
	return -1
}
