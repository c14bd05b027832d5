package train

import (
	"context"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/dataset"
	"github.com/airollup/airollup/prover/merkle"
)

// trained returns tr after steps steps.
func trained(t *testing.T, tr *Trainer, steps int) *Trainer {
	t.Helper()
	for i := 0; i < steps; i++ {
		_, err := tr.TrainStep(context.Background(), Options{Threads: 2})
		require.NoError(t, err)
	}
	return tr
}

// openRandom opens a random chunk of tree tt and returns it with the shapes.
func openRandom(t *testing.T, r *rand.Rand, tr *Trainer, tt Tree) (*Opening, []Shape) {
	t.Helper()
	shapes, err := tr.Shapes(tt)
	require.NoError(t, err)
	i := r.IntN(len(shapes))
	row, chunk := r.IntN(shapes[i].Rows), r.IntN(shapes[i].chunks())
	o, err := tr.Open(tt, i, row, chunk)
	require.NoError(t, err)
	return o, shapes
}

// TestOpeningVerifies: random chunks of every tree of a full Adam run, a full
// SGD run and a LoRA Adam run verify against the state, and each verified
// value is the trainer's.
func TestOpeningVerifies(t *testing.T) {
	runs := map[string]struct {
		tr    *Trainer
		trees []Tree
	}{
		"adam": {trained(t, newTiny(t, adam(2, 8)), 2), []Tree{TreeWeights, TreeMoments, TreeTokens}},
		"sgd":  {trained(t, newTiny(t, sgd(2, 8)), 2), []Tree{TreeWeights, TreeTokens}},
		"lora": {trained(t, newTinyLoRA(t, adam(2, 8), loraCfg()), 2), []Tree{TreeWeights, TreeMoments, TreeBase, TreeAdapters, TreeTokens}},
	}
	for name, run := range runs {
		t.Run(name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, uint64(len(name))))
			s := run.tr.State()
			for _, tt := range run.trees {
				for range 20 {
					o, shapes := openRandom(t, r, run.tr, tt)
					require.NoError(t, VerifyOpening(s, shapes, o), "%v %d/%d/%d", tt, o.Tensor, o.Row, o.Chunk)
				}
			}
			if run.tr.Hyper.Optimizer != Adam {
				_, err := run.tr.OpenMoments(0, 0, 0)
				require.ErrorIs(t, err, ErrOpening, "SGD has no moments")
			}
			if run.tr.LoRA == nil {
				_, err := run.tr.Open(TreeAdapters, 0, 0, 0)
				require.ErrorIs(t, err, ErrOpening, "a full run has no adapters")
			}
		})
	}
	// The values are the trainer's.
	tr := runs["adam"].tr
	o, err := tr.OpenWeights(3, 5, 0)
	require.NoError(t, err)
	w := tr.Model.Tensors[3]
	require.Equal(t, w.W[5*w.Cols:5*w.Cols+ChunkValues], o.Values)
	o, err = tr.OpenMoments(3, 5, 0)
	require.NoError(t, err)
	require.Equal(t, tr.m[3][5*w.Cols:5*w.Cols+ChunkValues], o.M)
	require.Equal(t, tr.v[3][5*w.Cols:5*w.Cols+ChunkValues], o.V)
	o, err = tr.OpenTokens(2)
	require.NoError(t, err)
	require.Equal(t, tr.Data[64:96], o.Values)
	// A LoRA lora_b of rank 4 has rows of 4 values: one short chunk.
	lr := runs["lora"].tr
	shapes, err := lr.Shapes(TreeAdapters)
	require.NoError(t, err)
	require.Equal(t, Shape{Rows: lr.Adapters()[1].Rows, Cols: loraCfg().Rank}, shapes[1])
	o, err = lr.Open(TreeAdapters, 1, 3, 0)
	require.NoError(t, err)
	require.Len(t, o.Values, loraCfg().Rank)
	require.NoError(t, VerifyOpening(lr.State(), shapes, o))
}

// TestTamperedOpeningFails: a changed value, moment, sibling, index, tree or
// proof length, a value count off by one, out-of-range indices and a state
// of another step all fail with ErrOpening.
func TestTamperedOpeningFails(t *testing.T) {
	tr := trained(t, newTiny(t, adam(2, 8)), 1)
	s := tr.State()
	shapes, err := tr.Shapes(TreeWeights)
	require.NoError(t, err)
	fresh := func(tt Tree) *Opening {
		o, err := tr.Open(tt, 4, 7, 0)
		require.NoError(t, err)
		require.NoError(t, VerifyOpening(s, shapes, o))
		return o
	}
	for name, tamper := range map[string]func(o *Opening){
		"value":       func(o *Opening) { o.Values[3]++ },
		"sibling":     func(o *Opening) { o.Proof[len(o.Proof)/2][0] ^= 1 },
		"row":         func(o *Opening) { o.Row++ },
		"chunk":       func(o *Opening) { o.Chunk = 1 - o.Chunk },
		"tensor":      func(o *Opening) { o.Tensor++ },
		"tree":        func(o *Opening) { o.Tree = TreeBase },
		"short proof": func(o *Opening) { o.Proof = o.Proof[:len(o.Proof)-1] },
		"long proof":  func(o *Opening) { o.Proof = append(o.Proof, merkle.Hash{}) },
		"count":       func(o *Opening) { o.Values = o.Values[1:] },
		"row range":   func(o *Opening) { o.Row = 1 << 20 },
		"neg chunk":   func(o *Opening) { o.Chunk = -1 },
		"tree range":  func(o *Opening) { o.Tree = 9 },
	} {
		o := fresh(TreeWeights)
		tamper(o)
		require.ErrorIs(t, VerifyOpening(s, shapes, o), ErrOpening, name)
	}
	for name, tamper := range map[string]func(o *Opening){
		"m":         func(o *Opening) { o.M[0]++ },
		"v":         func(o *Opening) { o.V[31]-- },
		"swapped":   func(o *Opening) { o.M, o.V = o.V, o.M },
		"as values": func(o *Opening) { o.Values = make([]int32, ChunkValues) },
	} {
		o := fresh(TreeMoments)
		tamper(o)
		require.ErrorIs(t, VerifyOpening(s, shapes, o), ErrOpening, name)
	}
	// An opening of step 1 does not verify against step 2's state (the row
	// changed), nor against step 1's state with another corpus.
	o := fresh(TreeWeights)
	trained(t, tr, 1)
	require.NotEqual(t, o.Values, tr.Model.Tensors[4].W[7*tr.Model.Tensors[4].Cols:][:ChunkValues])
	require.ErrorIs(t, VerifyOpening(tr.State(), shapes, o), ErrOpening)
	tok, err := tr.OpenTokens(3)
	require.NoError(t, err)
	tok.Values[0]++
	require.ErrorIs(t, VerifyOpening(tr.State(), nil, tok), ErrOpening)
	// Out-of-range requests are refused when opening, too.
	for _, idx := range [][3]int{{-1, 0, 0}, {len(shapes), 0, 0}, {0, tinySpec.Vocab, 0}, {0, 0, 1}} {
		_, err := tr.OpenWeights(idx[0], idx[1], idx[2])
		require.ErrorIs(t, err, ErrOpening, "%v", idx)
	}
	_, err = tr.OpenTokens(len(tr.Data)/ChunkValues + 1)
	require.ErrorIs(t, err, ErrOpening)
}

// TestTokensRootIsTheDatasetsTokensRoot: a corpus's TokensRoot is the
// tokensRoot of the dataset root (docs/protocol.md, "Dataset root") of any
// split of it into records, including a last chunk shorter than 32.
func TestTokensRootIsTheDatasetsTokensRoot(t *testing.T) {
	data := tinyCorpus(403)
	d := &dataset.Dataset{TokenizerHash: merkle.Keccak([]byte("tok")), Records: [][]int32{data[:50], data[50:333], data[333:]}}
	var recLeaves []merkle.Hash
	start := 0
	for _, r := range d.Records {
		var b [12]byte
		binary.BigEndian.PutUint64(b[:8], uint64(start))
		binary.BigEndian.PutUint32(b[8:], uint32(len(r)))
		recLeaves = append(recLeaves, merkle.Keccak(b[:]))
		start += len(r)
	}
	recRoot, err := merkle.Root(recLeaves)
	require.NoError(t, err)
	tokRoot := TokensRoot(data)
	want := merkle.Keccak([]byte(dataset.Domain), d.TokenizerHash[:], be64(3), be64(uint64(len(data))), recRoot[:], tokRoot[:])
	require.Equal(t, d.Root(), want)
}

// TestOpeningEncoding: an opening of each tree round-trips through its
// encoding and still verifies; truncated, padded and malformed encodings
// are refused.
func TestOpeningEncoding(t *testing.T) {
	tr := trained(t, newTinyLoRA(t, adam(2, 8), loraCfg()), 1)
	s := tr.State()
	for _, tt := range []Tree{TreeWeights, TreeMoments, TreeBase, TreeAdapters, TreeTokens} {
		shapes, err := tr.Shapes(tt)
		require.NoError(t, err)
		tensor := 2 // attn_q of block 0
		if tt == TreeMoments || tt == TreeAdapters {
			tensor = 1 // the first lora_b
		}
		o, err := tr.Open(tt, tensor, 3, 0)
		if tt == TreeTokens {
			o, err = tr.OpenTokens(12) // the last, short chunk of 400 tokens
		}
		require.NoError(t, err)
		b, err := o.MarshalBinary()
		require.NoError(t, err)
		back, err := ReadOpening(b)
		require.NoError(t, err)
		require.Equal(t, o, back, "%v", tt)
		require.NoError(t, VerifyOpening(s, shapes, back))
		for name, bad := range map[string][]byte{
			"truncated": b[:len(b)-1],
			"padded":    append(append([]byte(nil), b...), 0),
			"header":    b[:10],
			"tree":      append([]byte{9}, b[1:]...),
			"no values": append(append(append([]byte(nil), b[:13]...), 0), b[14:]...),
			"too many":  append(append(append([]byte(nil), b[:13]...), 33), b[14:]...),
		} {
			_, err := ReadOpening(bad)
			require.ErrorIs(t, err, ErrOpening, "%v %s", tt, name)
		}
	}
	_, err := (&Opening{Tree: TreeWeights}).MarshalBinary()
	require.ErrorIs(t, err, ErrOpening, "no values")
	_, err = (&Opening{Tree: TreeMoments, M: []int64{1}, V: nil}).MarshalBinary()
	require.ErrorIs(t, err, ErrOpening, "m without v")
}

// FuzzReadOpening: ReadOpening never panics, and whatever it accepts
// encodes back to exactly the same bytes (the encoding is canonical).
func FuzzReadOpening(f *testing.F) {
	m, err := NewModel(tinySpec)
	require.NoError(f, err)
	tr, err := New(m, adam(2, 8), tinyCorpus(400))
	require.NoError(f, err)
	for _, tt := range []Tree{TreeWeights, TreeMoments, TreeTokens} {
		o, err := tr.Open(tt, 0, 0, 0)
		require.NoError(f, err)
		b, err := o.MarshalBinary()
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		o, err := ReadOpening(b)
		if err != nil {
			require.ErrorIs(t, err, ErrOpening)
			return
		}
		back, err := o.MarshalBinary()
		require.NoError(t, err)
		require.Equal(t, b, back)
	})
}
