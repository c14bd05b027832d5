package canon

import (
	"errors"
	"fmt"
	"math/bits"
)

var (
	// ErrShape is returned when a tensor's shape does not match the model's dimensions.
	ErrShape = errors.New("canon: wrong tensor shape")
	// ErrConfig is returned for model dimensions the canonical runtime cannot run.
	ErrConfig = errors.New("canon: invalid model configuration")
	// ErrScale is returned for a Q8_0 block whose fp16 scale is not finite.
	ErrScale = errors.New("canon: non-finite Q8_0 scale")
)

// BlockSize is the number of weights in a Q8_0 block.
const BlockSize = 32

// BlockBytes is the size of a Q8_0 block: an fp16 scale and 32 int8 quants.
const BlockBytes = 34

// Config is the shape of a LLaMA-architecture model plus the constants of
// its canonical arithmetic.
type Config struct {
	Dim      int // embedding length
	Layers   int // transformer blocks
	Heads    int // attention (query) heads
	KVHeads  int // key/value heads (grouped-query attention)
	FFDim    int // feed-forward hidden size
	Vocab    int // vocabulary size
	Context  int // positions the canonical runtime supports (RoPE table length)
	RopeDims int // rotary dimensions per head (≤ head dim, even)

	RopeBaseBits uint32 // fp32 bits of the RoPE frequency base
	NormEpsBits  uint32 // fp32 bits of the RMSNorm epsilon

	EOS int // the end-of-sequence token inference jobs stop at (below Vocab), or NoEOS

	// FFUnpadded is the feed-forward width of the file a model was imported
	// from when import zero-padded it to FFDim (a multiple of 32: ffn_gate
	// and ffn_up gain zero rows, ffn_down zero columns, which leaves the
	// function unchanged); 0 when not padded. The metadata leaf commits it.
	FFUnpadded int
}

// NoEOS is Config.EOS of a model without an end-of-sequence token: its jobs
// never stop early. The metadata leaf commits it as 0xffffffff.
const NoEOS = -1

// HeadDim is the per-head dimension.
func (c Config) HeadDim() int { return c.Dim / c.Heads }

// KVDim is the width of one position's keys (and values).
func (c Config) KVDim() int { return c.KVHeads * c.HeadDim() }

// MaxDim is the widest model the runtime accepts: a dispute's setup data
// carries one embedding row (34 bytes per 32 weights) beside a prompt and an
// output of up to 32 KiB each, and must fit one L1 transaction.
const MaxDim = 32768

// MaxFFDim is the widest feed-forward layer the runtime accepts: a
// refused-row report opens a whole ffn_down row (34 bytes per 32 weights),
// which must fit one L1 transaction (docs/isa.md, "Gas"; a one-step proof
// opens one part of it).
const MaxFFDim = 98304

// Check validates the configuration, naming the first offending field and its limit.
func (c Config) Check() error {
	bad := func(field string, v int, limit string) error {
		return fmt.Errorf("%w: %s = %d, %s", ErrConfig, field, v, limit)
	}
	switch {
	case c.Dim <= 0 || c.Dim%BlockSize != 0 || c.Dim > MaxDim:
		return bad("dim", c.Dim, fmt.Sprintf("must be a positive multiple of 32 up to %d", MaxDim))
	case c.Layers <= 0 || c.Layers > 1<<10:
		return bad("layers", c.Layers, "must be 1..1024")
	case c.Heads <= 0 || c.Dim%c.Heads != 0:
		return bad("heads", c.Heads, fmt.Sprintf("must divide dim %d", c.Dim))
	case c.HeadDim()%2 != 0:
		return bad("head dim", c.HeadDim(), "must be even")
	case c.KVHeads <= 0 || c.Heads%c.KVHeads != 0:
		return bad("kv heads", c.KVHeads, fmt.Sprintf("must divide heads %d", c.Heads))
	case c.FFDim <= 0 || c.FFDim%BlockSize != 0 || c.FFDim > MaxFFDim:
		return bad("ff dim", c.FFDim, fmt.Sprintf("must be a positive multiple of 32 up to %d", MaxFFDim))
	case c.FFUnpadded != 0 && (c.FFUnpadded <= c.FFDim-BlockSize || c.FFUnpadded >= c.FFDim):
		return bad("unpadded ff dim", c.FFUnpadded, fmt.Sprintf("must be 0 or in (%d, %d): ff dim rounded up to a multiple of 32", c.FFDim-BlockSize, c.FFDim))
	case c.Vocab <= 0 || c.Vocab > 1<<21:
		return bad("vocab", c.Vocab, "must be 1..2097152")
	case c.EOS < NoEOS || c.EOS >= c.Vocab:
		return bad("eos", c.EOS, fmt.Sprintf("must be below vocab %d, or -1 for none", c.Vocab))
	case c.Context <= 0 || c.Context > 1<<20:
		return bad("context", c.Context, "must be 1..1048576")
	case c.RopeDims <= 0 || c.RopeDims%2 != 0 || c.RopeDims > c.HeadDim() || c.RopeDims > 1<<12:
		return bad("rope dims", c.RopeDims, fmt.Sprintf("must be even and at most head dim %d and 4096", c.HeadDim()))
	case c.RopeBaseBits <= 0x3f800000 || c.RopeBaseBits >= 0x7f800000:
		// Positive finite fp32 values order as their bits: finite and above 1.0.
		return fmt.Errorf("%w: rope base bits %#08x must be a finite number > 1", ErrConfig, c.RopeBaseBits)
	}
	eps, err := F32BitsToFixed(c.NormEpsBits, 32)
	if err != nil {
		return fmt.Errorf("%w: rms epsilon: %v", ErrConfig, err)
	}
	if eps < 0 {
		return fmt.Errorf("%w: rms epsilon bits %#08x is negative", ErrConfig, c.NormEpsBits)
	}
	return nil
}

// Q8Matrix is a row-major matrix of Q8_0 blocks, exactly as stored in GGUF:
// Rows rows of Cols weights, each row Cols/32 blocks of 34 bytes.
type Q8Matrix struct {
	Name       string
	Rows, Cols int
	Data       []byte

	// scaleBits[r] is the bit length of the largest |D24| in row r (set by
	// check); it selects the overflow-free fast path of the dot product.
	scaleBits []uint8
}

// rowBits returns the bit length bound of row r's scales (64 if unknown).
func (m *Q8Matrix) rowBits(r int) int {
	if r < len(m.scaleBits) {
		return int(m.scaleBits[r])
	}
	return 64
}

// RowBytes is the size of one row in bytes.
func (m *Q8Matrix) RowBytes() int { return m.Cols / BlockSize * BlockBytes }

// Row returns the raw blocks of row r.
func (m *Q8Matrix) Row(r int) []byte { rb := m.RowBytes(); return m.Data[r*rb : (r+1)*rb] }

// check validates the shape and every block scale.
func (m *Q8Matrix) check(rows, cols int) error {
	if m.Rows != rows || m.Cols != cols {
		return fmt.Errorf("%w: %s is %d×%d (rows×cols), want %d×%d", ErrShape, m.Name, m.Rows, m.Cols, rows, cols)
	}
	if cols%BlockSize != 0 || len(m.Data) != rows*m.RowBytes() {
		return fmt.Errorf("%w: %s holds %d bytes, want %d", ErrShape, m.Name, len(m.Data), rows*cols/BlockSize*BlockBytes)
	}
	m.scaleBits = make([]uint8, rows)
	rb := m.RowBytes()
	for off := 0; off < len(m.Data); off += BlockBytes {
		h := uint16(m.Data[off]) | uint16(m.Data[off+1])<<8
		if h&0x7c00 == 0x7c00 {
			return fmt.Errorf("%w: %s block %d has fp16 scale %#04x", ErrScale, m.Name, off/BlockBytes, h)
		}
		d := d24[h]
		if d < 0 {
			d = -d
		}
		r := off / rb
		m.scaleBits[r] = max(m.scaleBits[r], uint8(bits.Len64(uint64(d))))
	}
	return nil
}

// Block holds one transformer block's weights. Norm weights are Q16.16.
type Block struct {
	AttnNorm          []int32
	Wq, Wk, Wv, Wo    Q8Matrix
	FFNNorm           []int32
	Wgate, Wup, Wdown Q8Matrix
}

// Model is a LLaMA-architecture model in canonical form.
type Model struct {
	Config
	Embed   Q8Matrix // Vocab × Dim
	Blocks  []Block
	OutNorm []int32  // Dim, Q16.16
	Output  Q8Matrix // Vocab × Dim (the embedding matrix when tied)
	Rope    *RopeTable

	// RopeFreqs are the fp32 bits of the per-pair RoPE frequency factors
	// (GGUF's rope_freqs.weight, LLaMA 3.1 rope scaling), RopeDims/2 of
	// them, or nil for none (NewRopeTableFactors). The model root commits
	// them through its RoPE rows.
	RopeFreqs []uint32

	// TokenizerHash commits to the vocabulary (set by the loader; zero if none).
	TokenizerHash [32]byte

	// MemoryBudget bounds, in bytes, what one session allocates up front (its
	// KV cache, Config.SessionBytes): NewSession refuses a larger one with a
	// *BudgetError. Zero means DefaultMemoryBudget. Loaders set the budget
	// they checked the whole model against.
	MemoryBudget int64

	normEps int64 // RMSNorm epsilon in Q32
}

// Init validates the model and derives its tables (RoPE, epsilon). It must be
// called once after the fields are set and before the model is used.
func (m *Model) Init() error {
	if err := m.Config.Check(); err != nil {
		return err
	}
	d, kv, ff := m.Dim, m.KVDim(), m.FFDim
	if err := m.Embed.check(m.Vocab, d); err != nil {
		return err
	}
	if err := m.Output.check(m.Vocab, d); err != nil {
		return err
	}
	if len(m.Blocks) != m.Layers {
		return fmt.Errorf("%w: %d blocks present, config says %d layers", ErrShape, len(m.Blocks), m.Layers)
	}
	if len(m.OutNorm) != d {
		return fmt.Errorf("%w: output_norm has %d weights, want %d", ErrShape, len(m.OutNorm), d)
	}
	for i := range m.Blocks {
		l := &m.Blocks[i]
		if len(l.AttnNorm) != d || len(l.FFNNorm) != d {
			return fmt.Errorf("%w: layer %d norm weights %d/%d, want %d", ErrShape, i, len(l.AttnNorm), len(l.FFNNorm), d)
		}
		for _, c := range []struct {
			m          *Q8Matrix
			rows, cols int
		}{{&l.Wq, d, d}, {&l.Wk, kv, d}, {&l.Wv, kv, d}, {&l.Wo, d, d}, {&l.Wgate, ff, d}, {&l.Wup, ff, d}, {&l.Wdown, d, ff}} {
			if err := c.m.check(c.rows, c.cols); err != nil {
				return fmt.Errorf("layer %d: %w", i, err)
			}
		}
	}
	eps, err := F32BitsToFixed(m.NormEpsBits, 2*ActFrac)
	if err != nil || eps < 0 {
		return fmt.Errorf("%w: rms epsilon bits %#08x", ErrConfig, m.NormEpsBits)
	}
	m.normEps = eps
	rope, err := NewRopeTableFactors(m.RopeDims, m.Context, m.RopeBaseBits, m.RopeFreqs)
	if err != nil {
		return err
	}
	m.Rope = rope
	return nil
}
