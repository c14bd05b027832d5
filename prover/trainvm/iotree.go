package trainvm

import (
	"encoding/binary"

	"github.com/airollup/airollup/prover/merkle"
)

// tensorTrees is a tensor tree (docs/training-game.md, "Tensor tree") kept
// for proofs of row parts: its tensors' row roots and the tree over its
// tensor roots, each computed once, and a row's chunk tree when asked.
type tensorTrees struct {
	shape func(int) (int, int)
	n     int
	leaf  func(buf []byte, i, lo, hi int) []byte
	k     *merkle.Hasher
	rows  []*merkle.Tree // per tensor, over its row roots
	top   *merkle.Tree
}

func newTensorTrees(shape func(int) (int, int), n int, leaf func(buf []byte, i, lo, hi int) []byte) *tensorTrees {
	return &tensorTrees{shape: shape, n: n, leaf: leaf, k: merkle.NewHasher(), rows: make([]*merkle.Tree, n)}
}

// rowTree returns the chunk tree of row r of tensor i.
func (t *tensorTrees) rowTree(i, r int) *merkle.Tree {
	_, cols := t.shape(i)
	leaves := make([]merkle.Hash, chunks(cols))
	buf := make([]byte, 0, 4*Chunk)
	for c := range leaves {
		leaves[c] = t.k.Sum(t.leaf(buf, i, r*cols+c*Chunk, r*cols+min((c+1)*Chunk, cols)))
	}
	tr, _ := merkle.NewTree(leaves) // a row has at least one chunk
	return tr
}

// rowsTree returns the tree over tensor i's row roots.
func (t *tensorTrees) rowsTree(i int) *merkle.Tree {
	if t.rows[i] == nil {
		rows, _ := t.shape(i)
		roots := make([]merkle.Hash, rows)
		for r := range roots {
			roots[r] = t.rowTree(i, r).Root()
		}
		t.rows[i], _ = merkle.NewTree(roots)
	}
	return t.rows[i]
}

// root returns the tree's root.
func (t *tensorTrees) root() merkle.Hash {
	if t.top == nil {
		roots := make([]merkle.Hash, t.n)
		for i := range roots {
			roots[i] = t.rowsTree(i).Root()
		}
		t.top, _ = merkle.NewTree(roots)
	}
	return t.top.Root()
}

// path returns the siblings from the node of height h, index part, of row
// r's chunk tree of tensor i up to the tree's root.
func (t *tensorTrees) path(i, r, part, h int) ([]merkle.Hash, error) {
	t.root()
	a, err := t.rowTree(i, r).ProofAt(h, uint64(part))
	if err != nil {
		return nil, err
	}
	b, err := t.rowsTree(i).Proof(uint64(r))
	if err != nil {
		return nil, err
	}
	c, err := t.top.Proof(uint64(i))
	if err != nil {
		return nil, err
	}
	return append(append(a, b...), c...), nil
}

// appendInt32s appends vals as be32.
func appendInt32s(b []byte, vals []int32) []byte {
	for _, v := range vals {
		b = binary.BigEndian.AppendUint32(b, uint32(v))
	}
	return b
}
