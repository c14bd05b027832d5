package llama

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
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
		require.NoError(t, w.AddTensor(tn.Name, typ, tn.Dims, dequant(t, tn.Q8, typ)))
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
		{"rope_freqs", func(w *gguf.Writer) {
			require.NoError(t, w.AddTensor("rope_freqs.weight", gguf.TypeF32, []uint64{8}, make([]byte, 32)))
		}, ImportOptions{}, ErrUnsupported, "rope_freqs"},
		{"unknown tensor", func(w *gguf.Writer) {
			require.NoError(t, w.AddTensor("blk.0.attn_sink", gguf.TypeF32, []uint64{4}, make([]byte, 16)))
		}, ImportOptions{}, ErrUnsupported, "blk.0.attn_sink"},
		{"heads do not divide dim", func(w *gguf.Writer) { w.SetKV(keyHeads, gguf.Uint32Value(5)) }, ImportOptions{}, ErrUnsupported, "head_count"},
		{"context too long", nil, ImportOptions{Context: 1 << 20}, ErrUnsupported, "exceeds"},
		{"missing epsilon", func(w *gguf.Writer) { w.DeleteKV(keyEps) }, ImportOptions{}, gguf.ErrMissingKey, keyEps},
		{"eos outside the vocabulary", func(w *gguf.Writer) { w.SetKV(keyEOS, gguf.Uint32Value(1<<20)) }, ImportOptions{}, ErrUnsupported, keyEOS},
		{"gpt2 tokenizer", func(w *gguf.Writer) { w.SetKV(keyTokModel, gguf.StringValue("gpt2")) }, ImportOptions{}, tokenizer.ErrUnsupportedModel, "gpt2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Import(t.Context(), userFile(t, gguf.TypeF32, tc.edit), filepath.Join(t.TempDir(), "out.gguf"), tc.opts)
			require.ErrorIs(t, err, tc.wantErr)
			require.Contains(t, err.Error(), tc.want)
		})
	}
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
