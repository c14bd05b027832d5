package llama

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/quant"
	"github.com/airollup/airollup/prover/tokenizer"
)

// userFile writes the Tiny model the way a user's converter might: 2-D
// weights dequantized to typ (F32 or F16), optional edits to metadata and
// tensors, no airollup keys.
func userFile(t *testing.T, typ gguf.Type, edit func(w *gguf.Writer)) string {
	t.Helper()
	return userFileWith(t, typ, nil, edit)
}

// userFileWith is userFile with each 2-D weight's dims and data (of typ)
// passed through reshape when it is not nil.
func userFileWith(t *testing.T, typ gguf.Type, reshape func(name string, dims []uint64, data []byte) ([]uint64, []byte), edit func(w *gguf.Writer)) string {
	t.Helper()
	spec := modelgen.Tiny
	ts, err := spec.Tensors()
	require.NoError(t, err)
	vocab, err := GeneratedVocab(spec.Vocab)
	require.NoError(t, err)
	c := spec.Config()
	w := gguf.NewWriter()
	setMetadata(w, Header{Name: fmt.Sprintf("airollup-gen-%dd-%dl-seed%d", spec.Dim, spec.Layers, spec.Seed), Context: spec.Context, Dim: c.Dim, Layers: c.Layers, Heads: c.Heads,
		KVHeads: c.KVHeads, FFDim: c.FFDim, RopeDims: c.RopeDims, RopeBaseBits: c.RopeBaseBits, NormEpsBits: c.NormEpsBits}, vocab)
	w.DeleteKV(keyCanonical)
	for _, tn := range ts {
		if tn.Norm != nil {
			require.NoError(t, w.AddTensor(tn.Name, gguf.TypeF32, tn.Dims, f32Bytes(tn.Norm)))
			continue
		}
		dims, data := tn.Dims, dequant(t, tn.Q8, typ)
		if reshape != nil {
			dims, data = reshape(tn.Name, dims, data)
		}
		require.NoError(t, w.AddTensor(tn.Name, typ, dims, data))
	}
	if edit != nil {
		edit(w)
	}
	path := filepath.Join(t.TempDir(), "user.gguf")
	require.NoError(t, w.WriteFile(path))
	return path
}

// dequant turns Q8_0 blocks into exact F32 (d·q is exact in fp32) or copies
// them as Q8_0; F16 cannot hold d·q exactly and is produced by truncating
// the F32 value's mantissa (any F16 content exercises the importer).
func dequant(t *testing.T, q8 []byte, typ gguf.Type) []byte {
	if typ == gguf.TypeQ8_0 {
		return q8
	}
	blocks, err := gguf.DecodeQ8_0(q8)
	require.NoError(t, err)
	var out []byte
	for _, b := range blocks {
		d, err := canon.FP16ToD24(b.D)
		require.NoError(t, err)
		for _, q := range b.Qs {
			bits := FixedToF32Bits(d*int64(q), 24)
			if typ == gguf.TypeF32 {
				out = binary.LittleEndian.AppendUint32(out, bits)
			} else {
				out = binary.LittleEndian.AppendUint16(out, f32ToF16Trunc(bits))
			}
		}
	}
	return out
}

func f32ToF16Trunc(b uint32) uint16 {
	sign := uint16(b>>16) & 0x8000
	exp := int(b>>23&0xff) - 127 + 15
	if b&0x7fffffff == 0 || exp <= 0 {
		return sign
	}
	return sign | uint16(exp)<<10 | uint16(b>>13&0x3ff)
}

func TestImportF32ReproducesQ8Exactly(t *testing.T) {
	src := userFile(t, gguf.TypeF32, nil)
	rep, err := Import(t.Context(), src, filepath.Join(t.TempDir(), "canon.gguf"), ImportOptions{})
	require.NoError(t, err)
	defer rep.Loaded.Close()
	require.Equal(t, "F32→Q8_0", rep.Converted["blk.0.attn_q.weight"])
	require.Equal(t, "F32", rep.Converted["output_norm.weight"])

	// Requantizing exact dequantized values gives back the very same blocks.
	gen := filepath.Join(t.TempDir(), "gen.gguf")
	require.NoError(t, Generate(gen, modelgen.Tiny))
	l, err := Load(gen)
	require.NoError(t, err)
	defer l.Close()
	require.Equal(t, l.Model.Blocks[1].Wdown.Data, rep.Loaded.Model.Blocks[1].Wdown.Data)
	require.Equal(t, l.Model.Embed.Data, rep.Loaded.Model.Embed.Data)
	require.Equal(t, l.Model.Root(), rep.Root, "same weights, metadata and tokenizer: same root")
}

func TestImportQ8AndF16(t *testing.T) {
	for _, typ := range []gguf.Type{gguf.TypeQ8_0, gguf.TypeF16} {
		t.Run(typ.String(), func(t *testing.T) {
			dst := filepath.Join(t.TempDir(), "canon.gguf")
			rep, err := Import(t.Context(), userFile(t, typ, nil), dst, ImportOptions{Context: 128})
			require.NoError(t, err)
			defer rep.Loaded.Close()
			require.Equal(t, 128, rep.Loaded.Model.Context)
			res, err := rep.Loaded.Model.Generate(t.Context(), canon.Job{Prompt: []int32{1, 2, 3}, MaxTokens: 4}, canon.Options{})
			require.NoError(t, err)
			require.Len(t, res.Tokens, 4)
			// Importing twice is deterministic.
			rep2, err := Import(t.Context(), userFile(t, typ, nil), filepath.Join(t.TempDir(), "c2.gguf"), ImportOptions{Context: 128})
			require.NoError(t, err)
			defer rep2.Loaded.Close()
			require.Equal(t, rep.Root, rep2.Root)
		})
	}
}

func TestImportRefusals(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(w *gguf.Writer)
		opts    ImportOptions
		wantErr error
		want    string
	}{
		{"architecture", func(w *gguf.Writer) { w.SetKV(keyArch, gguf.StringValue("qwen2")) }, ImportOptions{}, ErrUnsupported, `"qwen2"`},
		{"mixture of experts", func(w *gguf.Writer) { w.SetKV(keyExperts, gguf.Uint32Value(8)) }, ImportOptions{}, ErrUnsupported, "mixture-of-experts"},
		{"rope scaling", func(w *gguf.Writer) { w.SetKV(keyRopeScaling, gguf.StringValue("yarn")) }, ImportOptions{}, ErrUnsupported, "RoPE scaling"},
		{"decoupled head size", func(w *gguf.Writer) { w.SetKV(keyKeyLen, gguf.Uint32Value(32)) }, ImportOptions{}, ErrUnsupported, "key_length"},
		{"bias tensor", func(w *gguf.Writer) {
			require.NoError(t, w.AddTensor("blk.0.attn_q.bias", gguf.TypeF32, []uint64{64}, make([]byte, 256)))
		}, ImportOptions{}, ErrUnsupported, "blk.0.attn_q.bias"},
		{"rope_freqs below one", func(w *gguf.Writer) {
			require.NoError(t, w.AddTensor("rope_freqs.weight", gguf.TypeF32, []uint64{8}, make([]byte, 32)))
		}, ImportOptions{}, ErrUnsupported, "rope_freqs.weight element 0 (fp32 bits 0x00000000) must be a finite factor in [1, 2^24]"},
		{"rope_freqs not half the rotary dims", func(w *gguf.Writer) {
			require.NoError(t, w.AddTensor("rope_freqs.weight", gguf.TypeF32, []uint64{16}, f32s(16, 1)))
		}, ImportOptions{}, canon.ErrShape, "rope_freqs.weight is F32 [16], want F32 [8] (llama.rope.dimension_count / 2)"},
		{"rope_freqs not F32", func(w *gguf.Writer) {
			require.NoError(t, w.AddTensor("rope_freqs.weight", gguf.TypeF16, []uint64{8}, make([]byte, 16)))
		}, ImportOptions{}, canon.ErrShape, "rope_freqs.weight is F16"},
		{"unknown tensor", func(w *gguf.Writer) {
			require.NoError(t, w.AddTensor("blk.0.attn_sink", gguf.TypeF32, []uint64{4}, make([]byte, 16)))
		}, ImportOptions{}, ErrUnsupported, "blk.0.attn_sink"},
		{"heads do not divide dim", func(w *gguf.Writer) { w.SetKV(keyHeads, gguf.Uint32Value(5)) }, ImportOptions{}, ErrUnsupported, "head_count"},
		{"context too long", nil, ImportOptions{Context: 1 << 20}, ErrUnsupported, "exceeds"},
		{"missing epsilon", func(w *gguf.Writer) { w.DeleteKV(keyEps) }, ImportOptions{}, gguf.ErrMissingKey, keyEps},
		{"eos outside the vocabulary", func(w *gguf.Writer) { w.SetKV(keyEOS, gguf.Uint32Value(1<<20)) }, ImportOptions{}, ErrUnsupported, keyEOS},
		{"unknown tokenizer model", func(w *gguf.Writer) { w.SetKV(keyTokModel, gguf.StringValue("bert")) }, ImportOptions{}, tokenizer.ErrUnsupportedModel, `tokenizer.ggml.model "bert"`},
		{"gpt2 tokenizer without merges", func(w *gguf.Writer) { w.SetKV(keyTokModel, gguf.StringValue("gpt2")) }, ImportOptions{}, gguf.ErrMissingKey, keyMerges},
		{"unsupported pre-tokenizer", func(w *gguf.Writer) {
			w.SetKV(keyTokModel, gguf.StringValue("gpt2"))
			w.SetKV(keyMerges, gguf.StringArrayValue([]string{"a b"}))
			w.SetKV(keyTokPre, gguf.StringValue("qwen2"))
		}, ImportOptions{}, tokenizer.ErrUnsupportedModel, `tokenizer.ggml.pre "qwen2"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Import(t.Context(), userFile(t, gguf.TypeF32, tc.edit), filepath.Join(t.TempDir(), "out.gguf"), tc.opts)
			require.ErrorIs(t, err, tc.wantErr)
			require.Contains(t, err.Error(), tc.want)
		})
	}
}

// f32s returns n little-endian fp32 values v.
func f32s(n int, v float32) []byte {
	out := make([]byte, 4*n)
	for i := range n {
		binary.LittleEndian.PutUint32(out[4*i:], math.Float32bits(v))
	}
	return out
}

// TestImportRopeFreqs: LLaMA 3.1's rope_freqs are copied, loaded and used:
// the RoPE rows of the root (and so the root) change with them, and the
// output of a long enough run does.
func TestImportRopeFreqs(t *testing.T) {
	factors := make([]byte, 0, 32)
	for i := range 8 {
		factors = binary.LittleEndian.AppendUint32(factors, math.Float32bits(float32(1+i)))
	}
	with := userFile(t, gguf.TypeQ8_0, func(w *gguf.Writer) {
		require.NoError(t, w.AddTensor("rope_freqs.weight", gguf.TypeF32, []uint64{8}, factors))
	})
	dst := filepath.Join(t.TempDir(), "with.gguf")
	rep, err := Import(t.Context(), with, dst, ImportOptions{Context: 128})
	require.NoError(t, err)
	defer rep.Loaded.Close()
	require.Equal(t, "F32", rep.Converted["rope_freqs.weight"])
	m := rep.Loaded.Model
	require.Len(t, m.RopeFreqs, 8)
	for i, b := range m.RopeFreqs {
		require.Equal(t, math.Float32bits(float32(1+i)), b)
	}

	plain, err := Import(t.Context(), userFile(t, gguf.TypeQ8_0, nil), filepath.Join(t.TempDir(), "plain.gguf"), ImportOptions{Context: 128})
	require.NoError(t, err)
	defer plain.Loaded.Close()
	require.Nil(t, plain.Loaded.Model.RopeFreqs)
	require.NotEqual(t, plain.Root, rep.Root, "the factors are committed through the RoPE rows")
	require.Equal(t, plain.Loaded.Model.MetadataLeaf(), m.MetadataLeaf(), "the metadata leaf does not change")
	c0, _ := plain.Loaded.Model.Rope.Row(1)
	c1, _ := m.Rope.Row(1)
	require.Equal(t, c0[0], c1[0], "factor 1: the same rotation")
	require.NotEqual(t, c0[7], c1[7], "factor 8: a slower one")

	// Importing the imported file again keeps them (and the root).
	again, err := Import(t.Context(), dst, filepath.Join(t.TempDir(), "again.gguf"), ImportOptions{Context: 128})
	require.NoError(t, err)
	defer again.Loaded.Close()
	require.Equal(t, rep.Root, again.Root)
}

func TestImportRefusesOtherQuants(t *testing.T) {
	// A Q2_K tensor (block 256, 84 bytes) in place of a Q8_0 weight.
	src := userFile(t, gguf.TypeQ8_0, nil)
	f, err := gguf.Open(src)
	require.NoError(t, err)
	w := gguf.NewWriter()
	for _, kv := range f.KVs {
		w.SetKV(kv.Key, kv.Value)
	}
	for _, ti := range f.Tensors {
		data, err := f.TensorData(ti.Name)
		require.NoError(t, err)
		if ti.Name == "blk.1.ffn_up.weight" {
			require.NoError(t, w.AddTensor(ti.Name, gguf.TypeQ2_K, []uint64{256, 48}, make([]byte, 48*84)))
			continue
		}
		require.NoError(t, w.AddTensor(ti.Name, ti.Type, ti.Dims, data))
	}
	require.NoError(t, f.Close())
	bad := filepath.Join(t.TempDir(), "k.gguf")
	require.NoError(t, w.WriteFile(bad))
	_, err = Import(t.Context(), bad, filepath.Join(t.TempDir(), "out.gguf"), ImportOptions{})
	require.ErrorIs(t, err, ErrTensorType)
	require.Contains(t, err.Error(), "blk.1.ffn_up.weight is Q2_K")
}

// blockFile writes a model of spec whose 2-D weights are random blocks of
// the types types cycles through (a type whose block does not divide a
// tensor's rows falls back to Q8_0 blocks); returns the path and each
// tensor's source type and data.
func blockFile(t *testing.T, spec modelgen.Spec, types []gguf.Type, seed uint64) (string, map[string]gguf.Type, map[string][]byte) {
	t.Helper()
	ts, err := spec.Tensors()
	require.NoError(t, err)
	vocab, err := GeneratedVocab(spec.Vocab)
	require.NoError(t, err)
	c := spec.Config()
	w := gguf.NewWriter()
	setMetadata(w, Header{Name: "blocks", Context: spec.Context, Dim: c.Dim, Layers: c.Layers, Heads: c.Heads,
		KVHeads: c.KVHeads, FFDim: c.FFDim, RopeDims: c.RopeDims, RopeBaseBits: c.RopeBaseBits, NormEpsBits: c.NormEpsBits}, vocab)
	w.DeleteKV(keyCanonical)
	r := rand.New(rand.NewPCG(seed, 1))
	typ, src := map[string]gguf.Type{}, map[string][]byte{}
	for i, tn := range ts {
		if tn.Norm != nil {
			require.NoError(t, w.AddTensor(tn.Name, gguf.TypeF32, tn.Dims, f32Bytes(tn.Norm)))
			continue
		}
		ty := types[i%len(types)]
		if tn.Dims[0]%ty.BlockSize() != 0 {
			ty = gguf.TypeQ8_0
		}
		data := make([]byte, tn.Dims[0]/ty.BlockSize()*ty.TypeSize()*tn.Dims[1])
		for j := range data {
			data[j] = byte(r.Uint32())
		}
		// every fp16 scale and minimum a small positive normal: 2^-14 .. 2^-10
		scales := map[gguf.Type][]int{gguf.TypeQ8_0: {0}, gguf.TypeQ4_1: {0, 2}, gguf.TypeQ5_1: {0, 2},
			gguf.TypeQ4_K: {0, 2}, gguf.TypeQ5_K: {0, 2}, gguf.TypeQ6_K: {208}}[ty]
		for b := 0; b < len(data); b += int(ty.TypeSize()) {
			for _, at := range scales {
				binary.LittleEndian.PutUint16(data[b+at:], uint16(0x0400+r.IntN(0x1000)))
			}
		}
		typ[tn.Name], src[tn.Name] = ty, data
		require.NoError(t, w.AddTensor(tn.Name, ty, tn.Dims, data))
	}
	path := filepath.Join(t.TempDir(), "blocks.gguf")
	require.NoError(t, w.WriteFile(path))
	return path, typ, src
}

func TestImportKQuantsAndType1(t *testing.T) {
	spec := modelgen.Spec{Dim: 256, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 512, Vocab: 512, Context: 64, Seed: 3}
	types := []gguf.Type{gguf.TypeQ4_K, gguf.TypeQ5_K, gguf.TypeQ6_K, gguf.TypeQ4_1, gguf.TypeQ5_1}
	src, typ, data := blockFile(t, spec, types, 7)
	dst := filepath.Join(t.TempDir(), "canon.gguf")
	rep, err := Import(t.Context(), src, dst, ImportOptions{})
	require.NoError(t, err)
	defer rep.Loaded.Close()
	seen := map[gguf.Type]bool{}
	out, err := gguf.Open(dst)
	require.NoError(t, err)
	defer out.Close()
	for name, ty := range typ {
		seen[ty] = true
		if ty == gguf.TypeQ8_0 {
			require.Equal(t, "Q8_0", rep.Converted[name])
			continue
		}
		require.Equal(t, ty.String()+"→Q8_0", rep.Converted[name])
		f := requantFormats[ty]
		want := make([]byte, f.Q8Bytes(len(data[name])))
		require.NoError(t, quant.ToQ8_0(f, data[name], want, 0))
		got, err := out.TensorData(name)
		require.NoError(t, err)
		require.Equal(t, want, got, name)
	}
	for _, ty := range types {
		require.True(t, seen[ty], "no tensor of %v", ty)
	}
	res, err := rep.Loaded.Model.Generate(t.Context(), canon.Job{Prompt: []int32{1, 2, 3}, MaxTokens: 4}, canon.Options{})
	require.NoError(t, err)
	require.Len(t, res.Tokens, 4)

	// Importing twice gives the same root.
	rep2, err := Import(t.Context(), src, filepath.Join(t.TempDir(), "c2.gguf"), ImportOptions{})
	require.NoError(t, err)
	defer rep2.Loaded.Close()
	require.Equal(t, rep.Root, rep2.Root)

	// A non-finite scale is refused naming the tensor and the block.
	bad, _, _ := blockFile(t, spec, []gguf.Type{gguf.TypeQ6_K}, 7)
	f, err := gguf.Open(bad)
	require.NoError(t, err)
	ti, ok := f.Tensor("blk.0.attn_q.weight")
	require.NoError(t, f.Close())
	require.True(t, ok)
	require.Equal(t, gguf.TypeQ6_K, ti.Type)
	patchTensor(t, bad, "blk.0.attn_q.weight", 3*210+208, []byte{0x00, 0x7c})
	_, err = Import(t.Context(), bad, filepath.Join(t.TempDir(), "bad.gguf"), ImportOptions{})
	require.ErrorIs(t, err, quant.ErrScale)
	require.ErrorContains(t, err, "tensor blk.0.attn_q.weight: Q6_K block 3")
}

func TestLoadRefusesNonCanonical(t *testing.T) {
	_, err := Load(userFile(t, gguf.TypeF32, nil))
	require.ErrorIs(t, err, ErrNotCanonical)
}

// patchTensor overwrites bytes of tensor name's data at off in the GGUF at path.
func patchTensor(t *testing.T, path, name string, off int, b []byte) {
	t.Helper()
	f, err := gguf.Open(path)
	require.NoError(t, err)
	ti, ok := f.Tensor(name)
	require.True(t, ok)
	at := int64(f.DataOffset) + int64(ti.Offset) + int64(off)
	require.NoError(t, f.Close())
	fh, err := os.OpenFile(path, os.O_RDWR, 0)
	require.NoError(t, err)
	_, err = fh.WriteAt(b, at)
	require.NoError(t, err)
	require.NoError(t, fh.Close())
}

// oddFFFile writes Tiny (ff 192) as an F32 user file whose feed-forward
// width is ff: ffn_gate/ffn_up keep their first ff rows and ffn_down its
// first ff columns, or (zeroed) keep every row and column with those beyond
// ff set to zero.
func oddFFFile(t *testing.T, ff int, zeroed bool) string {
	t.Helper()
	const full = 192
	reshape := func(name string, dims []uint64, data []byte) ([]uint64, []byte) {
		cols, rows := int(dims[0]), int(dims[1])
		switch {
		case strings.Contains(name, ".ffn_down."):
			var out []byte
			for r := 0; r < rows; r++ {
				out = append(out, data[4*r*cols:4*(r*cols+ff)]...)
				if zeroed {
					out = append(out, make([]byte, 4*(full-ff))...)
				}
			}
			return []uint64{uint64(len(out) / 4 / rows), uint64(rows)}, out
		case strings.Contains(name, ".ffn_gate.") || strings.Contains(name, ".ffn_up."):
			out := slices.Clone(data[:4*ff*cols])
			if zeroed {
				out = append(out, make([]byte, 4*(full-ff)*cols)...)
			}
			return []uint64{uint64(cols), uint64(len(out) / 4 / cols)}, out
		}
		return dims, data
	}
	return userFileWith(t, gguf.TypeF32, reshape, func(w *gguf.Writer) {
		if !zeroed {
			w.SetKV(keyFF, gguf.Uint32Value(uint32(ff)))
		}
	})
}

func TestImportPadsFeedForward(t *testing.T) {
	// Tiny with a 172-wide feed-forward layer imports as 192 wide, with the
	// very weights of Tiny whose rows/columns 172.. are zero: the same function.
	odd := oddFFFile(t, 172, false)
	oddDst := filepath.Join(t.TempDir(), "odd.gguf")
	rep, err := Import(t.Context(), odd, oddDst, ImportOptions{})
	require.NoError(t, err)
	defer rep.Loaded.Close()
	zero := oddFFFile(t, 172, true)
	ref, err := Import(t.Context(), zero, filepath.Join(t.TempDir(), "zero.gguf"), ImportOptions{})
	require.NoError(t, err)
	defer ref.Loaded.Close()

	m, r := rep.Loaded.Model, ref.Loaded.Model
	require.Equal(t, 192, m.FFDim)
	require.Equal(t, 172, m.FFUnpadded)
	require.Equal(t, 0, r.FFUnpadded)
	require.Equal(t, "F32→Q8_0, zero-padded to [64 192]", rep.Converted["blk.1.ffn_gate.weight"])
	require.Equal(t, "F32→Q8_0, zero-padded to [192 64]", rep.Converted["blk.1.ffn_down.weight"])
	for l := range m.Blocks {
		require.Equal(t, r.Blocks[l].Wgate.Data, m.Blocks[l].Wgate.Data)
		require.Equal(t, r.Blocks[l].Wup.Data, m.Blocks[l].Wup.Data)
		require.Equal(t, r.Blocks[l].Wdown.Data, m.Blocks[l].Wdown.Data)
	}
	job := canon.Job{Prompt: []int32{1, 100, 200}, MaxTokens: 8}
	a, err := m.Generate(t.Context(), job, canon.Options{})
	require.NoError(t, err)
	b, err := r.Generate(t.Context(), job, canon.Options{})
	require.NoError(t, err)
	require.Equal(t, b.Tokens, a.Tokens)
	// Only the metadata leaf (which commits the unpadded width) differs.
	require.NotEqual(t, ref.Root, rep.Root)
	require.NotEqual(t, r.MetadataLeaf(), m.MetadataLeaf())
	require.Equal(t, r.Leaves()[1:], m.Leaves()[1:])

	// The canonical file says so, and re-importing it keeps the width.
	v, ok := rep.Loaded.File.Get(keyCanonFF)
	require.True(t, ok)
	n, err := v.AsUint64()
	require.NoError(t, err)
	require.Equal(t, uint64(172), n)
	again, err := Import(t.Context(), oddDst, filepath.Join(t.TempDir(), "again.gguf"), ImportOptions{})
	require.NoError(t, err)
	defer again.Loaded.Close()
	require.Equal(t, rep.Root, again.Root)
}

func TestLoadRefusesNonZeroPadding(t *testing.T) {
	dst := filepath.Join(t.TempDir(), "odd.gguf")
	rep, err := Import(t.Context(), oddFFFile(t, 172, false), dst, ImportOptions{})
	require.NoError(t, err)
	rep.Loaded.Close()
	for _, tc := range []struct {
		tensor string
		off    int
		want   string
	}{
		// row 180 of ffn_up: 2 blocks of 34 bytes per 64-wide row; one quant byte
		{"blk.1.ffn_up.weight", 180*2*34 + 2 + 5, "tensor blk.1.ffn_up.weight row 180 is not zero"},
		// row 3 of ffn_down: 6 blocks per 192-wide row; column 175 is quant 15 of block 5
		{"blk.0.ffn_down.weight", 3*6*34 + 5*34 + 2 + 15, "tensor blk.0.ffn_down.weight row 3 column 175 is not zero"},
	} {
		bad := filepath.Join(t.TempDir(), "bad.gguf")
		require.NoError(t, os.WriteFile(bad, readFile(t, dst), 0o644))
		patchTensor(t, bad, tc.tensor, tc.off, []byte{1})
		_, err := Load(bad)
		require.ErrorIs(t, err, ErrUnsupported)
		require.ErrorContains(t, err, tc.want)
		require.ErrorContains(t, err, "airollup.feed_forward_length = 172")
	}
}

// TestRefusalsNameKeys: configurations the runtime cannot run are refused
// naming the GGUF key and value, never a field of canon.Config.
func TestRefusalsNameKeys(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(w *gguf.Writer)
		want string
	}{
		{"embedding not a multiple of 32", func(w *gguf.Writer) { w.SetKV(keyEmbed, gguf.Uint32Value(100)) }, "llama.embedding_length = 100"},
		{"feed-forward too wide", func(w *gguf.Writer) { w.SetKV(keyFF, gguf.Uint32Value(canon.MaxFFDim+1)) }, "llama.feed_forward_length = 98305"},
		{"layers", func(w *gguf.Writer) { w.SetKV(keyBlocks, gguf.Uint32Value(0)) }, "llama.block_count = 0"},
		{"kv heads", func(w *gguf.Writer) { w.SetKV(keyKVHeads, gguf.Uint32Value(3)) }, "llama.attention.head_count_kv = 3"},
		{"rope dims", func(w *gguf.Writer) { w.SetKV(keyRopeDims, gguf.Uint32Value(7)) }, "llama.rope.dimension_count = 7"},
		{"rope base", func(w *gguf.Writer) { w.SetKV(keyRopeBase, gguf.Float32BitsValue(0x3f000000)) }, "llama.rope.freq_base bits 0x3f000000"},
		{"epsilon", func(w *gguf.Writer) { w.SetKV(keyEps, gguf.Float32BitsValue(0xbf800000)) }, "llama.attention.layer_norm_rms_epsilon bits 0xbf800000"},
		{"unpadded width", func(w *gguf.Writer) { w.SetKV(keyCanonFF, gguf.Uint32Value(100)) }, "airollup.feed_forward_length = 100"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Import(t.Context(), userFile(t, gguf.TypeF32, tc.edit), filepath.Join(t.TempDir(), "out.gguf"), ImportOptions{})
			require.ErrorIs(t, err, ErrUnsupported)
			require.ErrorContains(t, err, tc.want)
			for _, field := range []string{"ff dim", "rope dims", "kv heads", "dim =", "layers ="} {
				require.NotContains(t, err.Error(), field)
			}
		})
	}
}

// TestImportCarriesChatTemplate: tokenizer.chat_template goes into the
// canonical file unchanged and leaves the model root as it was.
func TestImportCarriesChatTemplate(t *testing.T) {
	const tmpl = "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}{% endfor %}"
	with, err := Import(t.Context(), userFile(t, gguf.TypeF32, func(w *gguf.Writer) { w.SetKV(KeyChatTemplate, gguf.StringValue(tmpl)) }),
		filepath.Join(t.TempDir(), "with.gguf"), ImportOptions{})
	require.NoError(t, err)
	defer with.Loaded.Close()
	got, err := with.Loaded.File.GetString(KeyChatTemplate)
	require.NoError(t, err)
	require.Equal(t, tmpl, got)
	without, err := Import(t.Context(), userFile(t, gguf.TypeF32, nil), filepath.Join(t.TempDir(), "without.gguf"), ImportOptions{})
	require.NoError(t, err)
	defer without.Loaded.Close()
	_, err = without.Loaded.File.GetString(KeyChatTemplate)
	require.ErrorIs(t, err, gguf.ErrMissingKey)
	require.Equal(t, without.Root, with.Root)
}
