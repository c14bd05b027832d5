package llama

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/quant"
	"github.com/airollup/airollup/prover/tokenizer"
)

// DefaultImportContext caps the canonical context of imported models: the
// RoPE table (part of the model root) has one row per position.
const DefaultImportContext = 4096

// ImportOptions configure Import.
type ImportOptions struct {
	// Context caps the canonical context (airollup.context_length);
	// 0 means min(llama.context_length, DefaultImportContext).
	Context int
	// Run are the execution options of the model root computed at the end
	// (threads); they never change the result.
	Run canon.Options
	// MemoryBudget bounds the worst-case memory of the canonical model (see
	// Options.MemoryBudget), checked before any tensor is converted and again
	// when the result is loaded back; 0 means canon.DefaultMemoryBudget().
	MemoryBudget int64
}

// ImportReport describes a finished import.
type ImportReport struct {
	Converted map[string]string // tensor → "F16→Q8_0", "Q8_0", "Q4_K→Q8_0", "F32→Q8_0, zero-padded to [768 256]", ...
	Root      merkle.Hash
	Loaded    *Loaded // the caller must Close it
}

var tensorName = regexp.MustCompile(`^(token_embd|output_norm|output|rope_freqs)\.weight$|^blk\.(\d+)\.(attn_norm|attn_q|attn_k|attn_v|attn_output|ffn_norm|ffn_gate|ffn_up|ffn_down)\.weight$`)

// Import canonicalizes the LLaMA GGUF at src into dst: 2-D weights become
// Q8_0 (F32/F16/BF16 requantized with llama.cpp's reference quantizer in
// integer arithmetic; Q4_1, Q5_1, Q4_K, Q5_K and Q6_K decoded exactly and
// requantized the same way; Q4_0 and Q5_0 converted exactly; Q8_0 copied), norm
// weights F32, metadata normalized; then dst is loaded back and its model
// root computed. Anything the canonical runtime cannot run is refused with
// an error naming the key or tensor and the reason. Each tensor's type and
// shape are checked against the configuration before its data is read, and
// requantized weights (F32/F16/BF16 and the block types above but Q4_0/Q5_0/
// Q8_0) are read and requantized convertCheck Q8_0 blocks at a time, so an
// import holds the converted model the memory budget counted plus one source
// tensor at most (one chunk for the requantized ones).
//
// ctx is checked before each tensor, every convertCheck blocks of a
// conversion, and during the model root; once it is done Import returns its
// error wrapped (errors.Is(err, context.Canceled) holds for a cancelled ctx),
// and dst is not written if it was done before the write began.
func Import(ctx context.Context, src, dst string, opts ImportOptions) (*ImportReport, error) {
	if err := opts.Run.Check(); err != nil {
		return nil, err
	}
	f, err := gguf.Open(src)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cfg, err := ReadConfig(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	vocab, err := ReadVocab(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	if _, err := tokenizer.New(vocab); err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	if len(vocab.Tokens) != cfg.Vocab {
		return nil, unsupported("tokenizer has %d tokens but token_embd has %d rows", len(vocab.Tokens), cfg.Vocab)
	}
	for _, t := range f.Tensors {
		m := tensorName.FindStringSubmatch(t.Name)
		if m == nil {
			return nil, unsupported("tensor %s is not part of the LLaMA architecture the canonical runtime runs", t.Name)
		}
		if m[2] != "" {
			var l int
			fmt.Sscan(m[2], &l)
			if l >= cfg.Layers {
				return nil, unsupported("tensor %s belongs to layer %d but %s = %d", t.Name, l, keyBlocks, cfg.Layers)
			}
		}
	}
	canonCtx := opts.Context
	if canonCtx <= 0 {
		canonCtx = min(cfg.Context, DefaultImportContext)
	}
	if canonCtx > cfg.Context {
		return nil, unsupported("requested context %d exceeds %s = %d", canonCtx, keyContext, cfg.Context)
	}
	canonCfg := cfg
	canonCfg.Context = canonCtx
	_, hasOutput := f.Tensor("output.weight")
	if err := CheckBudget(canonCfg, !hasOutput, keyCanonContext, opts.MemoryBudget); err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	name, _ := f.GetString(keyName)
	chatTemplate, _ := f.GetString(KeyChatTemplate)
	h := Header{
		Name: name, Context: cfg.Context, CanonContext: canonCtx, Dim: cfg.Dim, Layers: cfg.Layers, Heads: cfg.Heads,
		KVHeads: cfg.KVHeads, FFDim: cfg.FFDim, FFUnpadded: cfg.FFUnpadded, RopeDims: cfg.RopeDims, RopeBaseBits: cfg.RopeBaseBits,
		NormEpsBits: cfg.NormEpsBits, ChatTemplate: chatTemplate,
	}
	w := gguf.NewWriter()
	setMetadata(w, h, vocab)
	rep := &ImportReport{Converted: map[string]string{}}
	// add converts one tensor of dims want (GGUF order), checked before its
	// data is read, so that the converted model is the one the budget
	// counted, into a tensor of dims out: want zero-padded (more rows, or
	// longer rows) where the feed-forward width is padded.
	add := func(name string, norm bool, want, out []int) error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("llama: import stopped before tensor %s: %w", name, err)
		}
		t, ok := f.Tensor(name)
		if !ok {
			return unsupported("tensor %s is missing", name)
		}
		if err := importable(t, norm); err != nil {
			return err
		}
		if !slices.Equal(t.Dims, dims(want...)) {
			return fmt.Errorf("%w: tensor %s has dims %v, want %v", canon.ErrShape, name, t.Dims, want)
		}
		src, err := f.TensorReader(name)
		if err != nil {
			return err
		}
		if !norm {
			var q8 []byte
			if out[0] > want[0] {
				q8, err = toQ8Cols(ctx, t, src, out[0])
			} else {
				q8, err = toQ8(ctx, t, src)
				// zero rows: Q8_0 blocks of scale +0 and quants 0
				q8 = append(q8, make([]byte, (out[1]-want[1])*out[0]/quant.BlockSize*quant.BlockBytes)...)
			}
			if err != nil {
				return err
			}
			rep.Converted[name] = conv(t.Type, gguf.TypeQ8_0)
			if !slices.Equal(want, out) {
				rep.Converted[name] += fmt.Sprintf(", zero-padded to %v", out)
			}
			return w.AddTensor(name, gguf.TypeQ8_0, dims(out...), q8)
		}
		data, err := readTensor(t, src, 0, int(t.Size()))
		if err != nil {
			return err
		}
		{
			out, err := toF32(t, data)
			if err != nil {
				return err
			}
			rep.Converted[name] = conv(t.Type, gguf.TypeF32)
			return w.AddTensor(name, gguf.TypeF32, t.Dims, out)
		}
	}
	// The feed-forward width is zero-padded to a multiple of 32 where the
	// file's is not: ffn_gate and ffn_up gain zero rows (so gate = 0,
	// silu(0) · up = 0 there) and ffn_down zero columns, which leaves the
	// function unchanged; the unpadded width is in the metadata leaf.
	// (A file import wrote is padded already: its ffn tensors are FFDim wide.)
	d, kv, ff, ffSrc := cfg.Dim, cfg.KVDim(), cfg.FFDim, cfg.FFDim
	if n, err := f.GetUint64(keyFF); err == nil && int(n) == cfg.FFUnpadded {
		ffSrc = cfg.FFUnpadded
	}
	// LLaMA 3.1's rope_freqs are copied (F32, checked) first, where
	// llama.cpp's converter writes them; the RoPE rows of the root use them.
	if _, ok := f.Tensor(ropeFreqsTensor); ok {
		if _, err := ropeFreqs(f, cfg); err != nil {
			return nil, fmt.Errorf("%s: %w", src, err)
		}
		if err := add(ropeFreqsTensor, true, []int{cfg.RopeDims / 2}, []int{cfg.RopeDims / 2}); err != nil {
			return nil, err
		}
	}
	if err := add("token_embd.weight", false, []int{d, cfg.Vocab}, []int{d, cfg.Vocab}); err != nil {
		return nil, err
	}
	for l := 0; l < cfg.Layers; l++ {
		for _, n := range []struct {
			name      string
			want, out []int
		}{
			{"attn_norm", []int{d}, []int{d}}, {"attn_q", []int{d, d}, []int{d, d}},
			{"attn_k", []int{d, kv}, []int{d, kv}}, {"attn_v", []int{d, kv}, []int{d, kv}},
			{"attn_output", []int{d, d}, []int{d, d}}, {"ffn_norm", []int{d}, []int{d}},
			{"ffn_gate", []int{d, ffSrc}, []int{d, ff}}, {"ffn_up", []int{d, ffSrc}, []int{d, ff}},
			{"ffn_down", []int{ffSrc, d}, []int{ff, d}},
		} {
			if err := add(fmt.Sprintf("blk.%d.%s.weight", l, n.name), len(n.want) == 1, n.want, n.out); err != nil {
				return nil, err
			}
		}
	}
	if err := add("output_norm.weight", true, []int{d}, []int{d}); err != nil {
		return nil, err
	}
	if _, ok := f.Tensor("output.weight"); ok {
		if err := add("output.weight", false, []int{d, cfg.Vocab}, []int{d, cfg.Vocab}); err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("llama: import stopped before writing %s: %w", dst, err)
	}
	if err := w.WriteFileContext(ctx, dst); err != nil {
		return nil, err
	}
	loaded, err := Load(dst, Options{MemoryBudget: opts.MemoryBudget})
	if err != nil {
		return nil, fmt.Errorf("loading the imported model: %w", err)
	}
	if rep.Root, err = loaded.Model.RootContext(ctx, opts.Run); err != nil {
		loaded.Close()
		return nil, fmt.Errorf("llama: model root of %s: %w", dst, err)
	}
	rep.Loaded = loaded
	return rep, nil
}

func conv(from, to gguf.Type) string {
	if from == to {
		return from.String()
	}
	return from.String() + "→" + to.String()
}

// ErrTensorType is returned for tensor types that cannot be converted exactly
// or requantized deterministically.
var ErrTensorType = errors.New("llama: tensor type not importable")

// elements decodes F32/F16/BF16 tensor data into exact m·2^e pairs.
func elements(t gguf.TensorInfo, data []byte) (m []int64, e []int, err error) {
	return elementsAt(t, data, 0, nil, nil)
}

// elementsAt is elements for the part of a tensor that starts at element
// base (errors count from the tensor's start), decoded into m and e when they
// are large enough.
func elementsAt(t gguf.TensorInfo, data []byte, base int, m []int64, e []int) ([]int64, []int, error) {
	switch t.Type {
	case gguf.TypeF32, gguf.TypeBF16:
		n := len(data) / 4
		if t.Type == gguf.TypeBF16 {
			n = len(data) / 2
		}
		m, e = grown(m, n), grown(e, n)
		for i := 0; i < n; i++ {
			var b uint32
			if t.Type == gguf.TypeF32 {
				b = binary.LittleEndian.Uint32(data[4*i:])
			} else {
				b = uint32(binary.LittleEndian.Uint16(data[2*i:])) << 16
			}
			exp := int(b>>23) & 0xff
			if exp == 0xff {
				return nil, nil, unsupported("tensor %s element %d is not finite", t.Name, base+i)
			}
			mant := int64(b & 0x7fffff)
			if exp == 0 {
				m[i], e[i] = mant, -149
			} else {
				m[i], e[i] = (1<<23)+mant, exp-150
			}
			if b>>31 == 1 {
				m[i] = -m[i]
			}
		}
	case gguf.TypeF16:
		n := len(data) / 2
		m, e = grown(m, n), grown(e, n)
		for i := 0; i < n; i++ {
			h := binary.LittleEndian.Uint16(data[2*i:])
			exp := int(h>>10) & 0x1f
			if exp == 0x1f {
				return nil, nil, unsupported("tensor %s element %d is not finite", t.Name, base+i)
			}
			mant := int64(h & 0x3ff)
			if exp == 0 {
				m[i], e[i] = mant, -24
			} else {
				m[i], e[i] = 1024+mant, exp-25
			}
			if h>>15 == 1 {
				m[i] = -m[i]
			}
		}
	default:
		return nil, nil, fmt.Errorf("%w: tensor %s is %s", ErrTensorType, t.Name, t.Type)
	}
	return m, e, nil
}

// convertCheck is the number of blocks requantized at a time: the source of
// an F32/F16/BF16 tensor is read and decoded one such chunk at a time (and
// the context checked between chunks), so requantizing a tensor costs its
// Q8_0 output plus one chunk, not its decoded elements (16 bytes each).
const convertCheck = 1 << 12

// grown returns s resliced to n elements, reallocated when it is too short.
func grown[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// dims converts tensor dimensions to GGUF's type.
func dims(d ...int) []uint64 {
	out := make([]uint64, len(d))
	for i, x := range d {
		out[i] = uint64(x)
	}
	return out
}

// readTensor reads n bytes at offset off of tensor t's data from src.
func readTensor(t gguf.TensorInfo, src io.ReaderAt, off int64, n int) ([]byte, error) {
	buf := make([]byte, n)
	return buf, readAt(t, src, buf, off)
}

// readAt fills buf from offset off of tensor t's data in src.
func readAt(t gguf.TensorInfo, src io.ReaderAt, buf []byte, off int64) error {
	n, err := src.ReadAt(buf, off)
	if n == len(buf) {
		return nil // a ReaderAt may report io.EOF with the last byte
	}
	if err == nil || errors.Is(err, io.EOF) {
		err = gguf.ErrTruncated
	}
	return fmt.Errorf("tensor %s: reading %d bytes at %d: %w", t.Name, len(buf), off, err)
}

// importable returns an ErrTensorType error for a tensor whose type Import
// cannot convert: a norm (norm set) to F32, any other weight to Q8_0.
func importable(t gguf.TensorInfo, norm bool) error {
	switch t.Type {
	case gguf.TypeF32, gguf.TypeF16, gguf.TypeBF16:
		return nil
	case gguf.TypeQ8_0, gguf.TypeQ4_0, gguf.TypeQ5_0:
		if !norm {
			return nil
		}
	default:
		if _, ok := requantFormats[t.Type]; ok && !norm {
			return nil
		}
	}
	if norm {
		return fmt.Errorf("%w: norm tensor %s is %s; want F32, F16 or BF16", ErrTensorType, t.Name, t.Type)
	}
	return fmt.Errorf("%w: tensor %s is %s; only F32, F16, BF16, Q8_0, Q4_0, Q4_1, Q5_0, Q5_1, Q4_K, Q5_K and Q6_K "+
		"import deterministically (convert it to F16 or Q8_0 with llama.cpp's llama-quantize first)", ErrTensorType, t.Name, t.Type)
}

// toQ8 converts a 2-D tensor, whose data src holds, to Q8_0 bytes, checking
// ctx between chunks of convertCheck blocks of a requantization.
func toQ8(ctx context.Context, t gguf.TensorInfo, src io.ReaderAt) ([]byte, error) {
	if len(t.Dims) != 2 || t.Dims[0]%quant.BlockSize != 0 {
		return nil, unsupported("tensor %s has dims %v: 2-D weights need rows of a multiple of 32", t.Name, t.Dims)
	}
	switch t.Type {
	case gguf.TypeQ8_0:
		return readTensor(t, src, 0, int(t.Size()))
	case gguf.TypeQ4_0, gguf.TypeQ5_0:
		data, err := readTensor(t, src, 0, int(t.Size()))
		if err != nil {
			return nil, err
		}
		var blocks []gguf.BlockQ8_0
		if t.Type == gguf.TypeQ4_0 {
			blocks, err = gguf.Q4_0ToQ8_0(data)
		} else {
			blocks, err = gguf.Q5_0ToQ8_0(data)
		}
		if err != nil {
			return nil, fmt.Errorf("tensor %s: %w", t.Name, err)
		}
		return gguf.EncodeQ8_0(blocks), nil
	case gguf.TypeF32, gguf.TypeF16, gguf.TypeBF16:
	default:
		if f, ok := requantFormats[t.Type]; ok {
			return blocksToQ8(ctx, t, f, src)
		}
		return nil, importable(t, false)
	}
	elemSize := 4
	if t.Type != gguf.TypeF32 {
		elemSize = 2
	}
	nBlocks := int(t.Size()) / elemSize / quant.BlockSize
	out := make([]byte, nBlocks*quant.BlockBytes)
	chunk := make([]byte, min(nBlocks, convertCheck)*quant.BlockSize*elemSize)
	var m []int64
	var e []int
	vals := make([]int64, quant.BlockSize)
	for c0 := 0; c0 < nBlocks; c0 += convertCheck {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("llama: import stopped in tensor %s at block %d: %w", t.Name, c0, err)
		}
		nb := min(convertCheck, nBlocks-c0)
		data := chunk[:nb*quant.BlockSize*elemSize]
		off := int64(c0) * quant.BlockSize * int64(elemSize)
		if err := readAt(t, src, data, off); err != nil {
			return nil, err
		}
		var err error
		if m, e, err = elementsAt(t, data, c0*quant.BlockSize, m, e); err != nil {
			return nil, err
		}
		if err := requantize(t, m, e, vals, c0, out[c0*quant.BlockBytes:(c0+nb)*quant.BlockBytes]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// toQ8Cols is toQ8 for an F32/F16/BF16 tensor whose rows (t.Dims[0]
// elements, not a multiple of 32) are zero-padded to cols elements: each row
// is decoded, extended with zeros and requantized, checking ctx every
// convertCheck blocks.
func toQ8Cols(ctx context.Context, t gguf.TensorInfo, src io.ReaderAt, cols int) ([]byte, error) {
	elemSize := 0
	switch t.Type {
	case gguf.TypeF32:
		elemSize = 4
	case gguf.TypeF16, gguf.TypeBF16:
		elemSize = 2
	default:
		return nil, fmt.Errorf("%w: tensor %s is %s; rows of %d elements (padded to %d) import from F32, F16 or BF16 only",
			ErrTensorType, t.Name, t.Type, t.Dims[0], cols)
	}
	n, rows := int(t.Dims[0]), int(t.Dims[1])
	rowBlocks := cols / quant.BlockSize
	out := make([]byte, rows*rowBlocks*quant.BlockBytes)
	buf := make([]byte, n*elemSize)
	m, e := make([]int64, cols), make([]int, cols)
	vals := make([]int64, quant.BlockSize)
	for r := 0; r < rows; r++ {
		if r%max(1, convertCheck/rowBlocks) == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("llama: import stopped in tensor %s at row %d: %w", t.Name, r, err)
			}
		}
		if err := readAt(t, src, buf, int64(r*n*elemSize)); err != nil {
			return nil, err
		}
		if _, _, err := elementsAt(t, buf, r*n, m[:n], e[:n]); err != nil {
			return nil, err
		}
		clear(m[n:])
		clear(e[n:])
		if err := requantize(t, m, e, vals, r*rowBlocks, out[r*rowBlocks*quant.BlockBytes:]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// requantFormats are the block types toQ8 decodes exactly and requantizes
// to Q8_0 (quant.ToQ8_0).
var requantFormats = map[gguf.Type]quant.Format{
	gguf.TypeQ4_1: quant.Q4_1, gguf.TypeQ5_1: quant.Q5_1,
	gguf.TypeQ4_K: quant.Q4_K, gguf.TypeQ5_K: quant.Q5_K, gguf.TypeQ6_K: quant.Q6_K,
}

// blocksToQ8 converts tensor t of block format f, whose data src holds, to
// Q8_0: read, decoded and requantized convertCheck Q8_0 blocks at a time,
// checking ctx between chunks.
func blocksToQ8(ctx context.Context, t gguf.TensorInfo, f quant.Format, src io.ReaderAt) ([]byte, error) {
	size := int(t.Size())
	out := make([]byte, f.Q8Bytes(size))
	per := max(1, convertCheck*quant.BlockSize/f.BlockElems()) // source blocks per chunk
	chunk := make([]byte, min(size, per*f.BlockBytes()))
	for b0 := 0; b0*f.BlockBytes() < size; b0 += per {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("llama: import stopped in tensor %s at %v block %d: %w", t.Name, f, b0, err)
		}
		off := b0 * f.BlockBytes()
		data := chunk[:min(len(chunk), size-off)]
		if err := readAt(t, src, data, int64(off)); err != nil {
			return nil, err
		}
		if err := quant.ToQ8_0(f, data, out[f.Q8Bytes(off):], b0); err != nil {
			return nil, fmt.Errorf("tensor %s: %w", t.Name, err)
		}
	}
	return out, nil
}

// requantize writes the Q8_0 blocks of the elements m·2^e (whole blocks,
// the first being block b0 of tensor t) to out, using vals as scratch.
func requantize(t gguf.TensorInfo, m []int64, e []int, vals []int64, b0 int, out []byte) error {
	for b := 0; b < len(m)/quant.BlockSize; b++ {
		// Common fixed point for the block: the largest exponent maps to 2^38,
		// so every |m·2^(e+frac)| ≤ 2^62; smaller values round (nearest, ties away).
		emax := -1 << 30
		for i := b * quant.BlockSize; i < (b+1)*quant.BlockSize; i++ {
			if m[i] != 0 {
				emax = max(emax, e[i])
			}
		}
		frac := 38 - emax
		if emax == -1<<30 {
			frac = 0
		}
		for j := range vals {
			i := b*quant.BlockSize + j
			s := e[i] + frac
			switch {
			case m[i] == 0:
				vals[j] = 0
			case s >= 0:
				vals[j] = m[i] << uint(s)
			case s < -62:
				vals[j] = 0
			default:
				a := m[i]
				if a < 0 {
					a = -a
				}
				a = (a + 1<<uint(-s-1)) >> uint(-s)
				if m[i] < 0 {
					a = -a
				}
				vals[j] = a
			}
		}
		if err := quant.Block(vals, frac, out[b*quant.BlockBytes:]); err != nil {
			return fmt.Errorf("tensor %s block %d: %w", t.Name, b0+b, err)
		}
	}
	return nil
}

// toF32 converts a 1-D tensor to F32 bytes exactly (F16/BF16 widen exactly).
func toF32(t gguf.TensorInfo, data []byte) ([]byte, error) {
	if len(t.Dims) != 1 {
		return nil, unsupported("tensor %s has dims %v, want 1-D", t.Name, t.Dims)
	}
	switch t.Type {
	case gguf.TypeF32:
		return data, nil
	case gguf.TypeBF16:
		out := make([]byte, 2*len(data))
		for i := 0; i < len(data)/2; i++ {
			binary.LittleEndian.PutUint32(out[4*i:], uint32(binary.LittleEndian.Uint16(data[2*i:]))<<16)
		}
		return out, nil
	case gguf.TypeF16:
		m, e, err := elements(t, data)
		if err != nil {
			return nil, err
		}
		out := make([]byte, 4*len(m))
		for i := range m {
			// m·2^e with |m| < 2^11 is exact in fp32: reuse FixedToF32Bits with frac = -e.
			binary.LittleEndian.PutUint32(out[4*i:], FixedToF32Bits(m[i], -e[i]))
		}
		return out, nil
	}
	return nil, fmt.Errorf("%w: norm tensor %s is %s; want F32, F16 or BF16", ErrTensorType, t.Name, t.Type)
}
