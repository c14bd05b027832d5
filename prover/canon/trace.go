package canon

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/airollup/airollup/prover/merkle"
)

// Tracer records the level-1 trace of a session: the state hash h(p, l)
// after l blocks of token p, for every processed position p and l = 0..L
// (l = 0 is the embedded token). docs/protocol.md ("Trace, level 1") defines
//
//	h(p, l)   = keccak256(be32(p) ‖ be32(l) ‖ residualRoot ‖ kvRoot ‖ tokensHash)
//	residual  = Merkle root over chunks of 32 activations, each leaf
//	            keccak256 of the 32 values as big-endian int32
//	kvRoot    = Merkle root over the L per-layer KV roots; the KV root of
//	            layer j is the root of the sparse tree of depth ceil(log2
//	            context) whose leaf t is keccak256(keysRoot ‖ valuesRoot) of
//	            position t (each the chunked root of the vector, as the
//	            residual), zero for positions not yet written
//	tokens    = chain t_p = keccak256(t_{p-1} ‖ be32(token_p)), t_{-1} = 0
//
// At state (p, l), layers j < l hold positions 0..p and layers j ≥ l hold
// positions 0..p-1. States are produced in p-major order whatever the batch
// size, so a batched forward pass yields exactly the sequential trace.
type Tracer struct {
	m       *Model
	hasher  *merkle.Hasher
	kvAcc   []kvTree      // per layer
	kvTop   *merkle.Tree  // over per-layer KV roots
	kvDepth int           // depth of a per-layer KV tree: ceil(log2 Context)
	tokHash merkle.Hash   // the token chain after the last recorded position
	tokHist []merkle.Hash // tokHist[p]: the token chain after position p (for Truncate)
	states  []merkle.Hash

	// current batch
	start  int
	tokens []int32
	resid  [][]merkle.Hash // [l][i] residual root of batch position i after l blocks
	kvLeaf [][]merkle.Hash // [l][i] KV leaf of batch position i in layer l

	vh     *vectorHasher
	kvs    [][]int32     // a batch's key and value vectors, alternating
	kvRoot []merkle.Hash // their roots
	forest kvForest
	leaves []merkle.Hash // one position's KV leaves, by layer
	roots  []merkle.Hash // the layers' KV roots after it
}

func newTracer(m *Model) *Tracer {
	t := &Tracer{m: m, hasher: merkle.NewHasher(), kvAcc: make([]kvTree, m.Layers),
		kvDepth: merkle.Depth(uint64(m.Context)), vh: newVectorHasher()}
	top, err := merkle.NewTree(make([]merkle.Hash, m.Layers))
	if err != nil {
		panic(err) // Layers ≥ 1 after Init
	}
	t.kvTop = top
	return t
}

func (t *Tracer) beginBatch(start int, tokens []int32) {
	t.start, t.tokens = start, tokens
	n := len(tokens)
	// The per-batch tables are reused (every entry is written before endBatch
	// reads it), so decoding one token at a time allocates nothing here.
	t.resid = growHashes(t.resid, t.m.Layers+1, n)
	t.kvLeaf = growHashes(t.kvLeaf, t.m.Layers, n)
}

// growHashes returns rows × n hash tables, reusing buf's storage.
func growHashes(buf [][]merkle.Hash, rows, n int) [][]merkle.Hash {
	buf = buf[:cap(buf)]
	for len(buf) < rows {
		buf = append(buf, nil)
	}
	buf = buf[:rows]
	for i := range buf {
		if cap(buf[i]) < n {
			buf[i] = make([]merkle.Hash, n)
		}
		buf[i] = buf[i][:n]
	}
	return buf
}

// residuals records the residual roots of the batch after l blocks.
func (t *Tracer) residuals(l int, x [][]int32) {
	t.vh.roots(x, t.resid[l][:len(x)])
}

// kvRows records the KV leaves of the batch's positions in layer l.
func (t *Tracer) kvRows(l int, cache []int32, start, n int) {
	kvd := t.m.KVDim()
	t.kvs = t.kvs[:0]
	for p := start; p < start+n; p++ {
		t.kvs = append(t.kvs, cache[2*p*kvd:(2*p+1)*kvd], cache[(2*p+1)*kvd:(2*p+2)*kvd])
	}
	if cap(t.kvRoot) < 2*n {
		t.kvRoot = make([]merkle.Hash, 2*n)
	}
	roots := t.kvRoot[:2*n]
	t.vh.roots(t.kvs, roots)
	t.vh.sumPairs(roots, t.kvLeaf[l][:n]) // keccak256(keysRoot ‖ valuesRoot)
}

// endBatch replays the batch in p-major order and appends its state hashes.
func (t *Tracer) endBatch() {
	var hdr [8]byte
	for i, tok := range t.tokens {
		p := t.start + i
		binary.BigEndian.PutUint32(hdr[:4], uint32(tok))
		t.tokHash = t.hasher.Sum(t.tokHash[:], hdr[:4])
		t.tokHist = append(t.tokHist, t.tokHash)
		// Every layer's KV tree takes position p, and gives its root at
		// kvDepth, together (kvForest): each tree depends only on itself.
		L := t.m.Layers
		t.leaves, t.roots = t.leaves[:0], t.roots[:0]
		for l := 0; l < L; l++ {
			t.leaves = append(t.leaves, t.kvLeaf[l][i])
		}
		t.roots = append(t.roots, t.leaves...) // sized; overwritten
		t.forest.appendAll(t.vh, t.kvAcc, t.leaves)
		t.forest.rootsAtDepth(t.vh, t.kvAcc, t.kvDepth, t.roots)
		for l := 0; l <= L; l++ {
			if l > 0 {
				if err := t.kvTop.SetLeaf(uint64(l-1), t.roots[l-1]); err != nil {
					panic(err) // l-1 < Layers by construction
				}
			}
			binary.BigEndian.PutUint32(hdr[:4], uint32(p))
			binary.BigEndian.PutUint32(hdr[4:], uint32(l))
			kvRoot := t.kvTop.Root()
			t.states = append(t.states, t.hasher.Sum(hdr[:], t.resid[l][i][:], kvRoot[:], t.tokHash[:]))
		}
	}
	t.tokens = nil
}

// truncate forgets every position from pos on (pos ≤ the positions
// recorded): the tracer is then exactly as it was after position pos-1.
func (t *Tracer) truncate(pos int) {
	t.states = t.states[:pos*(t.m.Layers+1)]
	t.tokHist = t.tokHist[:pos]
	t.tokHash = merkle.Hash{}
	if pos > 0 {
		t.tokHash = t.tokHist[pos-1]
	}
	for l := range t.kvAcc {
		acc := &t.kvAcc[l]
		acc.truncate(uint64(pos))
		if err := t.kvTop.SetLeaf(uint64(l), acc.rootAtDepth(t.hasher, t.kvDepth)); err != nil {
			panic(err) // l < Layers by construction
		}
	}
}

// kvTree is an append-only Merkle tree over one layer's KV leaves that keeps
// the root of every complete subtree, so it can be truncated in O(log n).
// Its roots equal merkle.Accumulator's over the same leaves (tested).
type kvTree struct {
	n      uint64
	levels [][]merkle.Hash // levels[h][i]: root of leaves [i·2^h, (i+1)·2^h)
}

// put sets levels[h][i], dropping any entries after it (left by a truncate).
func (a *kvTree) put(h int, i uint64, v merkle.Hash) {
	for len(a.levels) <= h {
		a.levels = append(a.levels, nil)
	}
	a.levels[h] = append(a.levels[h][:i], v)
}

func (a *kvTree) append(k *merkle.Hasher, leaf merkle.Hash) {
	a.put(0, a.n, leaf)
	node, i := leaf, a.n
	for h := 0; i&1 == 1; h++ {
		node = k.Node(a.levels[h][i-1], node)
		i >>= 1
		a.put(h+1, i, node)
	}
	a.n++
}

func (a *kvTree) truncate(n uint64) {
	a.n = n
	for h := range a.levels {
		a.levels[h] = a.levels[h][:n>>uint(h)]
	}
}

// root is merkle.Root over the leaves (the zero hash if none), from the
// complete subtrees the set bits of n select, as merkle.Accumulator.Root.
func (a *kvTree) root(k *merkle.Hasher) merkle.Hash {
	if a.n == 0 {
		return merkle.Hash{}
	}
	d := merkle.Depth(a.n)
	var node merkle.Hash
	empty := true
	for h := 0; h < d; h++ {
		switch {
		case a.n>>uint(h)&1 == 1:
			node = k.Node(a.levels[h][a.n>>uint(h)-1], node)
			empty = false
		case !empty:
			node = k.Node(node, merkle.Hash{})
		}
	}
	if empty {
		return a.levels[d][0] // n = 2^d: a complete tree
	}
	return node
}

// rootAtDepth is the root of the depth-d tree holding the leaves first and
// zero hashes after them (merkle.Accumulator.RootAtDepth).
func (a *kvTree) rootAtDepth(k *merkle.Hasher, d int) merkle.Hash {
	r := a.root(k)
	for h := merkle.Depth(a.n); h < d; h++ {
		r = k.Node(r, merkle.Hash{})
	}
	return r
}

// vectorRoot is the Merkle root of an activation vector in chunks of 32.
func (t *Tracer) vectorRoot(x []int32) merkle.Hash {
	var r [1]merkle.Hash
	t.vh.roots([][]int32{x}, r[:])
	return r[0]
}

// ErrNoPositions is returned by Tracer.Final before any position is recorded.
var ErrNoPositions = errors.New("canon: no position traced")

// FinalState is the level-1 state h(P, 0) that ends a job's trace: the state
// after the head step of position P−1, the step that chooses the job's last
// output token (the dispute game's root claim, docs/game.md "Traces"). A job
// record carries its residual and KV roots (docs/protocol.md, "Job record").
type FinalState struct {
	P        int         // positions processed: the prompt, then every output token but the last
	Residual merkle.Hash // root of the last output token's embedding, as the l = 0 residual
	KV       merkle.Hash // KV root with every layer holding positions 0..P−1
	Tokens   merkle.Hash // the token chain through the last output token
	Hash     merkle.Hash // h(P, 0)
}

// Final returns h(P, 0) for the token last chosen after the P positions
// recorded so far, without a forward pass: its residual is last's embedding
// (what the next Forward would record at l = 0) and its KV root is the one
// the trace holds after position P−1. It changes nothing in the tracer.
// Call it between forward passes; a token outside the vocabulary is a
// *TokenError, a tracer with no position ErrNoPositions.
func (t *Tracer) Final(last int32) (FinalState, error) {
	P := len(t.tokHist)
	if P == 0 {
		return FinalState{}, fmt.Errorf("%w: h(P, 0) needs P ≥ 1", ErrNoPositions)
	}
	if last < 0 || int(last) >= t.m.Vocab {
		return FinalState{}, &TokenError{Index: 0, ID: last, Vocab: t.m.Vocab}
	}
	x := make([]int32, t.m.Dim)
	embedRow(&t.m.Embed, int(last), x)
	f := FinalState{P: P, Residual: t.vectorRoot(x), KV: t.kvTop.Root()}
	var hdr [8]byte
	binary.BigEndian.PutUint32(hdr[:4], uint32(last))
	f.Tokens = t.hasher.Sum(t.tokHash[:], hdr[:4])
	binary.BigEndian.PutUint32(hdr[:4], uint32(P))
	binary.BigEndian.PutUint32(hdr[4:], 0)
	f.Hash = t.hasher.Sum(hdr[:], f.Residual[:], f.KV[:], f.Tokens[:])
	return f, nil
}

// States returns the state hashes recorded so far, p-major: index p·(L+1) + l.
func (t *Tracer) States() []merkle.Hash { return t.states }

// StateRoot returns the Merkle root over the recorded states.
func (t *Tracer) StateRoot() merkle.Hash {
	r, _ := merkle.Root(t.states)
	return r
}

// be32s encodes int32 values big-endian into *buf (reused) and returns it.
func be32s(buf *[]byte, v []int32) []byte {
	n := 4 * len(v)
	if cap(*buf) < n {
		*buf = make([]byte, n)
	}
	b := (*buf)[:n]
	for i, x := range v {
		binary.BigEndian.PutUint32(b[4*i:], uint32(x))
	}
	return b
}
