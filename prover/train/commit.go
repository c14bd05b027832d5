package train

import (
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

// The level-1 state of a training run (docs/training-game.md, "Level 1: the
// state after k steps"): every tensor is committed in chunks of ChunkValues
// values per leaf, row by row, so that one step proof can open a chunk of
// any weight, moment, base or adapter value, or of the corpus.

// ChunkValues is the number of values of one row a leaf commits (the last
// chunk of a row is shorter when its length is not a multiple).
const ChunkValues = 32

// Domain separators of the state and the configuration hash.
const (
	stateDomain  = "airollup.train.state.v1"
	configDomain = "airollup.train.config.v1"
)

// ErrOpening is returned for an opening that does not verify, or one asked
// out of range, naming the field and its limit.
var ErrOpening = errors.New("train: bad opening")

// Tree names one of the trees of a state.
type Tree int

const (
	// TreeWeights is the tensor tree of the weights the forward pass reads
	// (a LoRA run's targets merged).
	TreeWeights Tree = iota
	// TreeMoments is the tensor tree of the Adam moments of the trained
	// parameters (leaf: be64 m ‖ be64 v of a chunk); SGD has none.
	TreeMoments
	// TreeBase is a LoRA run's frozen base.
	TreeBase
	// TreeAdapters is a LoRA run's factors, per target lora_a then lora_b.
	TreeAdapters
	// TreeTokens is the corpus in chunks of 32 tokens (the dataset root's
	// tokensRoot): one tensor of one row.
	TreeTokens
)

func (t Tree) String() string {
	switch t {
	case TreeWeights:
		return "weights"
	case TreeMoments:
		return "moments"
	case TreeBase:
		return "base"
	case TreeAdapters:
		return "adapters"
	case TreeTokens:
		return "tokens"
	}
	return fmt.Sprintf("tree(%d)", int(t))
}

// State is the level-1 state of a run after Step steps; Root is its
// commitment, S_k of docs/training-game.md.
type State struct {
	Step, Cursor uint64
	DataTokens   uint64      // len of the corpus
	TokensRoot   merkle.Hash // the corpus in chunks of 32 tokens
	ConfigHash   merkle.Hash // Trainer.ConfigHash
	WeightsRoot  merkle.Hash
	// OptimizerRoot is the moments tree (Adam), zero for SGD.
	OptimizerRoot merkle.Hash
	// BaseRoot and AdaptersRoot are a LoRA run's, zero in a full run.
	BaseRoot, AdaptersRoot merkle.Hash
}

// Root returns keccak256("airollup.train.state.v1" ‖ be64 step ‖ be64
// cursor ‖ be64 dataTokens ‖ tokensRoot ‖ configHash ‖ weightsRoot ‖
// optimizerRoot ‖ baseRoot ‖ adaptersRoot).
func (s State) Root() merkle.Hash {
	return merkle.Keccak([]byte(stateDomain), be64(s.Step), be64(s.Cursor), be64(s.DataTokens),
		s.TokensRoot[:], s.ConfigHash[:], s.WeightsRoot[:], s.OptimizerRoot[:], s.BaseRoot[:], s.AdaptersRoot[:])
}

// TreeRoot returns the root of tree t in s.
func (s State) TreeRoot(t Tree) (merkle.Hash, error) {
	switch t {
	case TreeWeights:
		return s.WeightsRoot, nil
	case TreeMoments:
		return s.OptimizerRoot, nil
	case TreeBase:
		return s.BaseRoot, nil
	case TreeAdapters:
		return s.AdaptersRoot, nil
	case TreeTokens:
		return s.TokensRoot, nil
	}
	return merkle.Hash{}, fmt.Errorf("%w: tree %d must be 0..%d", ErrOpening, int(t), int(TreeTokens))
}

// State returns the run's level-1 state.
func (tr *Trainer) State() State {
	s := State{Step: tr.Step, Cursor: tr.Cursor, DataTokens: uint64(len(tr.Data)),
		TokensRoot: TokensRoot(tr.Data), ConfigHash: tr.ConfigHash(),
		WeightsRoot: tr.Model.WeightsRoot(), OptimizerRoot: tr.OptimizerRoot()}
	if tr.LoRA != nil {
		s.BaseRoot, s.AdaptersRoot = tr.baseWeightsRoot(), tr.AdaptersRoot()
	}
	return s
}

// StateRoot returns the root of the run's level-1 state (State.Root).
func (tr *Trainer) StateRoot() merkle.Hash { return tr.State().Root() }

// ConfigHash returns the run's training-configuration hash:
// keccak256("airollup.train.config.v1" ‖ be32 × [dim, layers, heads,
// kvHeads, ffDim, vocab, context] ‖ be32 optimizer ‖ be64 lr ‖ be64 β1 ‖
// be64 β2 ‖ be64 ε ‖ be32 batch ‖ be32 seqLen ‖ be64 lrFinal ‖ be64
// decayFrom ‖ be64 decaySteps ‖ be64 model seed ‖ be32 LoRA rank ‖ be64
// LoRA scale ‖ be32 LoRA targets ‖ be64 LoRA seed), the LoRA fields zero in
// a full run.
func (tr *Trainer) ConfigHash() merkle.Hash { return ConfigHash(tr.Model.Spec, tr.Hyper, tr.LoRA) }

// ConfigHash returns the configuration hash of a run of the model spec
// under h (lora nil: a full run), as Trainer.ConfigHash.
func ConfigHash(sp modelgen.Spec, h Hyper, lora *LoRA) merkle.Hash {
	var l LoRA
	if lora != nil {
		l = *lora
	}
	var dims []byte
	for _, d := range []int{sp.Dim, sp.Layers, sp.Heads, sp.KVHeads, sp.FFDim, sp.Vocab, sp.Context} {
		dims = append(dims, be32(uint32(d))...)
	}
	return merkle.Keccak([]byte(configDomain), dims, be32(uint32(h.Optimizer)), be64(uint64(h.LR)),
		be64(uint64(h.Beta1)), be64(uint64(h.Beta2)), be64(uint64(h.Eps)), be32(uint32(h.Batch)),
		be32(uint32(h.SeqLen)), be64(uint64(h.LRFinal)), be64(h.DecayFrom), be64(h.DecaySteps),
		be64(sp.Seed), be32(uint32(l.Rank)), be64(uint64(l.Scale)), be32(uint32(l.Targets)), be64(l.Seed))
}

// Shape is a tensor's rows and columns in a tree.
type Shape struct{ Rows, Cols int }

// chunks returns the number of leaves of one row.
func (s Shape) chunks() int { return (s.Cols + ChunkValues - 1) / ChunkValues }

// leafFunc returns the leaf of row r, chunk c of tensor i, using buf (of
// capacity leafBytes) as scratch.
type leafFunc func(k *merkle.Hasher, buf []byte, i, r, c int) merkle.Hash

// leafBytes is the largest leaf preimage: a moment leaf.
const leafBytes = 16 * ChunkValues

// tensorTreeRoot returns the root of the tensor tree over shapes:
// merkle.Root of the tensor roots, each merkle.Root of its row roots, each
// merkle.Root of its chunk leaves.
func tensorTreeRoot(shapes []Shape, leaf leafFunc) merkle.Hash {
	if len(shapes) == 0 {
		return merkle.Hash{}
	}
	tensors := make([]merkle.Hash, len(shapes))
	for i := range shapes {
		tensors[i] = tensorRoot(shapes, leaf, i)
	}
	return merkle.RootInPlace(merkle.NewHasher(), tensors)
}

// minRowsPerWorker keeps small tensors on one goroutine.
const minRowsPerWorker = 64

// tensorRoot returns the root of tensor i over its row roots.
func tensorRoot(shapes []Shape, leaf leafFunc, i int) merkle.Hash {
	return merkle.RootInPlace(merkle.NewHasher(), tensorRows(shapes, leaf, i))
}

// tensorRows returns the row roots of tensor i, hashed on up to GOMAXPROCS
// goroutines (the result does not depend on it).
func tensorRows(shapes []Shape, leaf leafFunc, i int) []merkle.Hash {
	s := shapes[i]
	rows := make([]merkle.Hash, s.Rows)
	workers := max(1, min(runtime.GOMAXPROCS(0), s.Rows/minRowsPerWorker))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			k, buf := merkle.NewHasher(), make([]byte, 0, leafBytes)
			chunks := make([]merkle.Hash, s.chunks())
			for r := lo; r < hi; r++ {
				for c := range chunks {
					chunks[c] = leaf(k, buf, i, r, c)
				}
				rows[r] = merkle.RootInPlace(k, chunks)
			}
		}(w*s.Rows/workers, (w+1)*s.Rows/workers)
	}
	wg.Wait()
	return rows
}

// tensorTreeProof returns the proof of row r, chunk c of tensor i: the chunk's
// siblings in its row, the row's in its tensor, the tensor's in the tree.
func tensorTreeProof(shapes []Shape, leaf leafFunc, i, r, c int) ([]merkle.Hash, error) {
	k, buf := merkle.NewHasher(), make([]byte, 0, leafBytes)
	chunks := make([]merkle.Hash, shapes[i].chunks())
	for j := range chunks {
		chunks[j] = leaf(k, buf, i, r, j)
	}
	rows := tensorRows(shapes, leaf, i)
	tensors := make([]merkle.Hash, len(shapes))
	for j := range shapes {
		if j == i {
			tensors[j] = merkle.RootInPlace(k, append([]merkle.Hash(nil), rows...))
			continue
		}
		tensors[j] = tensorRoot(shapes, leaf, j)
	}
	var proof []merkle.Hash
	for _, level := range []struct {
		leaves []merkle.Hash
		index  int
	}{{chunks, c}, {rows, r}, {tensors, i}} {
		t, err := merkle.NewTree(level.leaves)
		if err != nil {
			return nil, err
		}
		p, err := t.Proof(uint64(level.index))
		if err != nil {
			return nil, err
		}
		proof = append(proof, p...)
	}
	return proof, nil
}

// leafIndex returns the index of row r, chunk c of tensor i in the tree over
// shapes, c | r << dc | i << (dc + dr), and the proof depth dc + dr + dt.
func leafIndex(shapes []Shape, i, r, c int) (uint64, int) {
	dc, dr, dt := merkle.Depth(uint64(shapes[i].chunks())), merkle.Depth(uint64(shapes[i].Rows)), merkle.Depth(uint64(len(shapes)))
	return uint64(c) | uint64(r)<<dc | uint64(i)<<(dc+dr), dc + dr + dt
}

// int32Leaf is keccak256 of values as be32 (buf: scratch).
func int32Leaf(k *merkle.Hasher, buf []byte, vals []int32) merkle.Hash {
	buf = buf[:0]
	for _, v := range vals {
		buf = binary.BigEndian.AppendUint32(buf, uint32(v))
	}
	return k.Sum(buf)
}

// momentLeaf is keccak256(be64 m ‖ be64 v) of one chunk (buf: scratch).
func momentLeaf(k *merkle.Hasher, buf []byte, m, v []int64) merkle.Hash {
	buf = buf[:0]
	for _, x := range m {
		buf = binary.BigEndian.AppendUint64(buf, uint64(x))
	}
	for _, x := range v {
		buf = binary.BigEndian.AppendUint64(buf, uint64(x))
	}
	return k.Sum(buf)
}

// chunkRange returns the bounds of row r, chunk c in a row-major tensor.
func chunkRange(s Shape, r, c int) (int, int) {
	lo := r*s.Cols + c*ChunkValues
	return lo, r*s.Cols + min((c+1)*ChunkValues, s.Cols)
}

// int32Tree is a tensor tree over int32 tensors.
func int32Tree(ts [][]int32, shapes []Shape) leafFunc {
	return func(k *merkle.Hasher, buf []byte, i, r, c int) merkle.Hash {
		lo, hi := chunkRange(shapes[i], r, c)
		return int32Leaf(k, buf, ts[i][lo:hi])
	}
}

// momentTree is a tensor tree over the moments of tensors.
func momentTree(m, v [][]int64, shapes []Shape) leafFunc {
	return func(k *merkle.Hasher, buf []byte, i, r, c int) merkle.Hash {
		lo, hi := chunkRange(shapes[i], r, c)
		return momentLeaf(k, buf, m[i][lo:hi], v[i][lo:hi])
	}
}

func shapesOf(ts []*Tensor) ([]Shape, [][]int32) {
	shapes, vals := make([]Shape, len(ts)), make([][]int32, len(ts))
	for i, t := range ts {
		shapes[i], vals[i] = Shape{t.Rows, t.Cols}, t.W
	}
	return shapes, vals
}

// WeightsRoot returns the tensor tree of the master weights
// (docs/training-game.md, "Tensor tree").
func (m *Model) WeightsRoot() merkle.Hash {
	shapes, vals := shapesOf(m.Tensors)
	return tensorTreeRoot(shapes, int32Tree(vals, shapes))
}

// TokensRoot returns the Merkle root over data in chunks of 32 tokens (the
// last one shorter), each leaf keccak256 of its tokens as be32: a dataset
// root's tokensRoot when data is its records concatenated.
func TokensRoot(data []int32) merkle.Hash {
	shapes := []Shape{{1, len(data)}}
	return tensorTreeRoot(shapes, int32Tree([][]int32{data}, shapes))
}

// treeOf returns the shapes and leaves of tree t, or an error naming why the
// run has no such tree.
func (tr *Trainer) treeOf(t Tree) ([]Shape, leafFunc, error) {
	switch t {
	case TreeWeights:
		shapes, vals := shapesOf(tr.Model.Tensors)
		return shapes, int32Tree(vals, shapes), nil
	case TreeTokens:
		shapes := []Shape{{1, len(tr.Data)}}
		return shapes, int32Tree([][]int32{tr.Data}, shapes), nil
	case TreeMoments:
		if tr.Hyper.Optimizer != Adam {
			return nil, nil, fmt.Errorf("%w: tree %v: %v has no optimizer state", ErrOpening, t, tr.Hyper.Optimizer)
		}
		if tr.LoRA != nil {
			var shapes []Shape
			var m, v [][]int64
			for _, ad := range tr.adapters {
				shapes = append(shapes, Shape{ad.A.Rows, ad.A.Cols}, Shape{ad.B.Rows, ad.B.Cols})
				m, v = append(m, ad.mA, ad.mB), append(v, ad.vA, ad.vB)
			}
			return shapes, momentTree(m, v, shapes), nil
		}
		shapes, _ := shapesOf(tr.Model.Tensors)
		return shapes, momentTree(tr.m, tr.v, shapes), nil
	case TreeBase, TreeAdapters:
		if tr.LoRA == nil {
			return nil, nil, fmt.Errorf("%w: tree %v: a full run has none", ErrOpening, t)
		}
		var ts []*Tensor
		if t == TreeAdapters {
			ts = tr.Adapters()
		} else {
			bases := map[int][]int32{}
			for _, ad := range tr.adapters {
				bases[ad.target] = ad.base
			}
			for i, x := range tr.Model.Tensors {
				u := *x
				if b, ok := bases[i]; ok {
					u.W = b
				}
				ts = append(ts, &u)
			}
		}
		shapes, vals := shapesOf(ts)
		return shapes, int32Tree(vals, shapes), nil
	}
	return nil, nil, fmt.Errorf("%w: tree %d must be 0..%d", ErrOpening, int(t), int(TreeTokens))
}

// Shapes returns the shapes of the tensors of tree t, what VerifyOpening
// needs beside the state (for TreeTokens, one row of the corpus length).
func (tr *Trainer) Shapes(t Tree) ([]Shape, error) {
	shapes, _, err := tr.treeOf(t)
	return shapes, err
}

// Opening is one chunk of a tree of a state with its Merkle proof
// (docs/training-game.md, "Opening").
type Opening struct {
	Tree               Tree
	Tensor, Row, Chunk int
	Values             []int32 // weights, base, adapters, tokens
	M, V               []int64 // moments
	Proof              []merkle.Hash
}

// Open returns row row, chunk chunk of tensor tensor of tree t, with its proof.
func (tr *Trainer) Open(t Tree, tensor, row, chunk int) (*Opening, error) {
	shapes, leaf, err := tr.treeOf(t)
	if err != nil {
		return nil, err
	}
	if err := checkIndex(shapes, tensor, row, chunk); err != nil {
		return nil, fmt.Errorf("%w: tree %v: %w", ErrOpening, t, err)
	}
	proof, err := tensorTreeProof(shapes, leaf, tensor, row, chunk)
	if err != nil {
		return nil, err
	}
	o := &Opening{Tree: t, Tensor: tensor, Row: row, Chunk: chunk, Proof: proof}
	lo, hi := chunkRange(shapes[tensor], row, chunk)
	switch t {
	case TreeWeights:
		o.Values = append([]int32(nil), tr.Model.Tensors[tensor].W[lo:hi]...)
	case TreeTokens:
		o.Values = append([]int32(nil), tr.Data[lo:hi]...)
	case TreeAdapters:
		o.Values = append([]int32(nil), tr.Adapters()[tensor].W[lo:hi]...)
	case TreeBase:
		w := tr.Model.Tensors[tensor].W
		for _, ad := range tr.adapters {
			if ad.target == tensor {
				w = ad.base
			}
		}
		o.Values = append([]int32(nil), w[lo:hi]...)
	case TreeMoments:
		m, v := tr.m, tr.v
		if tr.LoRA != nil {
			m, v = nil, nil
			for _, ad := range tr.adapters {
				m, v = append(m, ad.mA, ad.mB), append(v, ad.vA, ad.vB)
			}
		}
		o.M, o.V = append([]int64(nil), m[tensor][lo:hi]...), append([]int64(nil), v[tensor][lo:hi]...)
	}
	return o, nil
}

// OpenWeights opens a chunk of a weight row (TreeWeights).
func (tr *Trainer) OpenWeights(tensor, row, chunk int) (*Opening, error) {
	return tr.Open(TreeWeights, tensor, row, chunk)
}

// OpenMoments opens the Adam moments of a chunk (TreeMoments).
func (tr *Trainer) OpenMoments(tensor, row, chunk int) (*Opening, error) {
	return tr.Open(TreeMoments, tensor, row, chunk)
}

// OpenTokens opens tokens [32·chunk, 32·chunk + 32) of the corpus (TreeTokens).
func (tr *Trainer) OpenTokens(chunk int) (*Opening, error) {
	return tr.Open(TreeTokens, 0, 0, chunk)
}

func checkIndex(shapes []Shape, tensor, row, chunk int) error {
	switch {
	case tensor < 0 || tensor >= len(shapes):
		return fmt.Errorf("tensor %d must be below %d", tensor, len(shapes))
	case row < 0 || row >= shapes[tensor].Rows:
		return fmt.Errorf("row %d of tensor %d must be below %d", row, tensor, shapes[tensor].Rows)
	case chunk < 0 || chunk >= shapes[tensor].chunks():
		return fmt.Errorf("chunk %d of tensor %d must be below %d", chunk, tensor, shapes[tensor].chunks())
	}
	return nil
}

// VerifyOpening checks o against the root of its tree in s, with shapes the
// tree's tensor shapes (Trainer.Shapes; ignored for TreeTokens, whose one
// row is s.DataTokens long): the values' count, the proof's depth and the
// root, each failure ErrOpening naming the field.
func VerifyOpening(s State, shapes []Shape, o *Opening) error {
	root, err := s.TreeRoot(o.Tree)
	if err != nil {
		return err
	}
	if o.Tree == TreeTokens {
		shapes = []Shape{{1, int(s.DataTokens)}}
	}
	if err := checkIndex(shapes, o.Tensor, o.Row, o.Chunk); err != nil {
		return fmt.Errorf("%w: tree %v: %w", ErrOpening, o.Tree, err)
	}
	lo, hi := chunkRange(shapes[o.Tensor], o.Row, o.Chunk)
	k := merkle.NewHasher()
	var leaf merkle.Hash
	if o.Tree == TreeMoments {
		if len(o.M) != hi-lo || len(o.V) != hi-lo || o.Values != nil {
			return fmt.Errorf("%w: tree %v: %d m and %d v values (and %d others), want %d of each", ErrOpening, o.Tree, len(o.M), len(o.V), len(o.Values), hi-lo)
		}
		leaf = momentLeaf(k, nil, o.M, o.V)
	} else {
		if len(o.Values) != hi-lo || o.M != nil || o.V != nil {
			return fmt.Errorf("%w: tree %v: %d values (and %d moments), want %d", ErrOpening, o.Tree, len(o.Values), len(o.M)+len(o.V), hi-lo)
		}
		leaf = int32Leaf(k, nil, o.Values)
	}
	index, depth := leafIndex(shapes, o.Tensor, o.Row, o.Chunk)
	if len(o.Proof) != depth {
		return fmt.Errorf("%w: tree %v: proof of %d siblings, want %d", ErrOpening, o.Tree, len(o.Proof), depth)
	}
	if err := merkle.Verify(root, leaf, index, o.Proof); err != nil {
		return fmt.Errorf("%w: tree %v tensor %d row %d chunk %d: %w", ErrOpening, o.Tree, o.Tensor, o.Row, o.Chunk, err)
	}
	return nil
}

func be32(v uint32) []byte {
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], v)
	return b[:]
}

// MaxOpeningDepth bounds an encoded opening's proof (a tree of 2^64 leaves).
const MaxOpeningDepth = 64

// MarshalBinary encodes o as u8 tree ‖ be32 tensor ‖ be32 row ‖ be32 chunk ‖
// u8 n ‖ the n values (be32 each; a moment leaf: be64 m × n ‖ be64 v × n) ‖
// u8 depth ‖ depth siblings of 32 bytes (docs/training-game.md, "Opening").
func (o *Opening) MarshalBinary() ([]byte, error) {
	n := len(o.Values)
	if o.Tree == TreeMoments {
		n = len(o.M)
	}
	switch {
	case o.Tree < TreeWeights || o.Tree > TreeTokens:
		return nil, fmt.Errorf("%w: tree %d must be 0..%d", ErrOpening, int(o.Tree), int(TreeTokens))
	case o.Tensor < 0 || o.Row < 0 || o.Chunk < 0 || uint64(o.Tensor) > 1<<32-1 || uint64(o.Row) > 1<<32-1 || uint64(o.Chunk) > 1<<32-1:
		return nil, fmt.Errorf("%w: tensor %d, row %d, chunk %d must each be in [0, 2^32)", ErrOpening, o.Tensor, o.Row, o.Chunk)
	case n == 0 || n > ChunkValues || (o.Tree == TreeMoments && (len(o.V) != n || o.Values != nil)) || (o.Tree != TreeMoments && (o.M != nil || o.V != nil)):
		return nil, fmt.Errorf("%w: tree %v: %d values, %d m, %d v: want 1..%d of one kind", ErrOpening, o.Tree, len(o.Values), len(o.M), len(o.V), ChunkValues)
	case len(o.Proof) > MaxOpeningDepth:
		return nil, fmt.Errorf("%w: proof of %d siblings, at most %d", ErrOpening, len(o.Proof), MaxOpeningDepth)
	}
	b := []byte{byte(o.Tree)}
	b = binary.BigEndian.AppendUint32(b, uint32(o.Tensor))
	b = binary.BigEndian.AppendUint32(b, uint32(o.Row))
	b = binary.BigEndian.AppendUint32(b, uint32(o.Chunk))
	b = append(b, byte(n))
	for _, v := range o.Values {
		b = binary.BigEndian.AppendUint32(b, uint32(v))
	}
	for _, x := range append(append([]int64(nil), o.M...), o.V...) {
		b = binary.BigEndian.AppendUint64(b, uint64(x))
	}
	b = append(b, byte(len(o.Proof)))
	for _, h := range o.Proof {
		b = append(b, h[:]...)
	}
	return b, nil
}

// ReadOpening decodes MarshalBinary's encoding, exactly: a known tree, 1 to
// 32 values, at most MaxOpeningDepth siblings and no byte more or less;
// each refusal ErrOpening naming the field.
func ReadOpening(b []byte) (*Opening, error) {
	const head = 1 + 3*4 + 1
	if len(b) < head {
		return nil, fmt.Errorf("%w: %d bytes, shorter than the %d-byte header", ErrOpening, len(b), head)
	}
	o := &Opening{Tree: Tree(b[0]), Tensor: int(binary.BigEndian.Uint32(b[1:])),
		Row: int(binary.BigEndian.Uint32(b[5:])), Chunk: int(binary.BigEndian.Uint32(b[9:]))}
	n := int(b[13])
	if o.Tree > TreeTokens {
		return nil, fmt.Errorf("%w: tree %d must be 0..%d", ErrOpening, int(o.Tree), int(TreeTokens))
	}
	if n == 0 || n > ChunkValues {
		return nil, fmt.Errorf("%w: %d values, want 1..%d", ErrOpening, n, ChunkValues)
	}
	size := 4 * n
	if o.Tree == TreeMoments {
		size = 16 * n
	}
	if len(b) < head+size+1 {
		return nil, fmt.Errorf("%w: %d bytes, shorter than the %d values and the depth", ErrOpening, len(b), n)
	}
	vals := b[head : head+size]
	if o.Tree == TreeMoments {
		o.M, o.V = make([]int64, n), make([]int64, n)
		for j := 0; j < n; j++ {
			o.M[j] = int64(binary.BigEndian.Uint64(vals[8*j:]))
			o.V[j] = int64(binary.BigEndian.Uint64(vals[8*(n+j):]))
		}
	} else {
		o.Values = make([]int32, n)
		for j := range o.Values {
			o.Values[j] = int32(binary.BigEndian.Uint32(vals[4*j:]))
		}
	}
	depth, rest := int(b[head+size]), b[head+size+1:]
	if depth > MaxOpeningDepth {
		return nil, fmt.Errorf("%w: proof depth %d, at most %d", ErrOpening, depth, MaxOpeningDepth)
	}
	if len(rest) != 32*depth {
		return nil, fmt.Errorf("%w: %d proof bytes, want %d for depth %d", ErrOpening, len(rest), 32*depth, depth)
	}
	o.Proof = make([]merkle.Hash, depth)
	for j := range o.Proof {
		copy(o.Proof[j][:], rest[32*j:])
	}
	return o, nil
}
