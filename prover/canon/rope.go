package canon

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"sync"
	"sync/atomic"
)

// ErrRope is returned for RoPE parameters the canonical runtime cannot use.
var ErrRope = errors.New("canon: invalid RoPE parameters")

// bigPrec is the number of fractional bits of the big-integer fixed point
// used to derive the RoPE frequencies.
const bigPrec = 128

// RopeTable gives cos(p·θ_i) and sin(p·θ_i) in Q2.30 for every position
// p < Positions and rotary pair i, with θ_i = base^(-2i/dims) / f_i, f_i the
// pair's frequency factor (1 without rope_freqs; NewRopeTableFactors)
// (llama.cpp's "normal" RoPE: adjacent pairs (x[2i], x[2i+1]) are rotated). It is part of
// the committed model (docs/arithmetic.md, "RoPE").
//
// Rows are computed on demand: a table holds the rows of the positions used
// so far, in chunks of ropeChunkEntries entries computed in order by the
// same recurrence (so every value is the one a fully materialized table
// would hold), and never more than Positions rows. It is safe for
// concurrent use.
type RopeTable struct {
	Dims      int // rotary dimensions per head (even)
	Positions int // positions covered: 0 .. Positions-1

	ct, st   []int64 // cos θ_i, sin θ_i in Q62
	chunkPos int     // positions per chunk

	mu     sync.Mutex                   // serializes growth
	next   ropeCursor                   // recurrence state after the last chunk (guarded by mu)
	chunks atomic.Pointer[[]*ropeChunk] // computed chunks, in order
}

// ropeChunk holds the rows of chunkPos consecutive positions (fewer in the
// last chunk), index (p mod chunkPos)·Dims/2 + i. Chunks are immutable once
// published, and growing only appends to the chunk list beyond the length
// readers have seen, so readers need no lock.
type ropeChunk struct {
	cos, sin []int32
}

// ropeChunkEntries is the number of (cos, sin) entries per chunk of rows,
// both in a RopeTable and when the model root streams them (256 KiB a chunk).
const ropeChunkEntries = 1 << 15

// NewRopeTable prepares the table with integer arithmetic only:
//
//  1. base = m·2^e exactly from its fp32 bits; ln(base) and then
//     θ_i = exp(-(2i/dims)·ln(base)) in big-integer fixed point (2^-128);
//     cos θ_i and sin θ_i by Taylor series, rounded to Q62;
//  2. cos/sin of p·θ_i by the angle-addition recurrence in Q62 (each product
//     rounded to nearest, ties away from zero), starting from (1, 0) at p = 0;
//  3. each entry rounded from Q62 to Q30.
//
// Only step 1 runs here (dims/2 angles); rows are computed when first used.
func NewRopeTable(dims, positions int, freqBaseBits uint32) (*RopeTable, error) {
	return NewRopeTableFactors(dims, positions, freqBaseBits, nil)
}

// MaxRopeFactorBits is the fp32 bits of the largest per-pair frequency
// factor NewRopeTableFactors accepts, 2^24.
const MaxRopeFactorBits = 0x4b800000

// NewRopeTableFactors is NewRopeTable with per-pair frequency factors, the
// fp32 bits of GGUF's rope_freqs tensor (LLaMA 3.1 rope scaling; llama.cpp's
// freq_factors): pair i rotates by θ_i / f_i, with f_i = m·2^e exactly from
// its bits and the division truncating in the same 2^-128 fixed point as
// θ_i. factors must be nil (every f_i = 1, NewRopeTable's table) or hold
// dims/2 finite values in [1, 2^24]: a factor below 1 would rotate a pair
// faster than the base frequency allows (θ_i/f_i above 1 radian per
// position), which no rope scaling does.
func NewRopeTableFactors(dims, positions int, freqBaseBits uint32, factors []uint32) (*RopeTable, error) {
	if dims <= 0 || dims%2 != 0 || dims > 1<<12 {
		return nil, fmt.Errorf("%w: rotary dims %d (must be even, 2..4096)", ErrRope, dims)
	}
	if positions <= 0 || positions > 1<<20 {
		return nil, fmt.Errorf("%w: positions %d (must be 1..%d)", ErrRope, positions, 1<<20)
	}
	baseNum, baseExp, err := f32Rational(freqBaseBits)
	if err != nil || baseNum.Sign() <= 0 || !greaterThanOne(baseNum, baseExp) {
		return nil, fmt.Errorf("%w: frequency base bits %#08x must be a finite number > 1", ErrRope, freqBaseBits)
	}
	if factors != nil && len(factors) != dims/2 {
		return nil, fmt.Errorf("%w: %d frequency factors for %d rotary dims (want %d)", ErrRope, len(factors), dims, dims/2)
	}
	for i, b := range factors {
		if b < 0x3f800000 || b > MaxRopeFactorBits { // positive fp32 order is integer order
			return nil, fmt.Errorf("%w: frequency factor %d bits %#08x must be a finite number in [1, 2^24]", ErrRope, i, b)
		}
	}
	lnBase := bigLn(baseNum, baseExp)
	half := dims / 2
	t := &RopeTable{Dims: dims, Positions: positions, ct: make([]int64, half), st: make([]int64, half),
		chunkPos: max(1, ropeChunkEntries/half)}
	for i := 0; i < half; i++ {
		// y = (2i/dims)·ln(base), θ = e^-y
		y := new(big.Int).Mul(lnBase, big.NewInt(int64(2*i)))
		y.Quo(y, big.NewInt(int64(dims)))
		theta := bigExpNeg(y)
		if factors != nil {
			theta = bigDivF32(theta, factors[i])
		}
		t.ct[i], t.st[i] = bigCosSin(theta)
	}
	t.next = t.cursor()
	return t, nil
}

// Row returns the cos and sin rows of position p (Dims/2 entries each, Q2.30),
// first computing the rows up to p if they are not yet. The slices must not
// be modified. Row panics if p is outside 0..Positions-1.
func (t *RopeTable) Row(p int) (cos, sin []int32) {
	if p < 0 || p >= t.Positions {
		panic(fmt.Sprintf("canon: RoPE position %d outside 0..%d", p, t.Positions-1))
	}
	ci := p / t.chunkPos
	cs := t.chunks.Load()
	if cs == nil || ci >= len(*cs) {
		cs = t.grow(ci + 1)
	}
	c := (*cs)[ci]
	half := t.Dims / 2
	off := (p % t.chunkPos) * half
	return c.cos[off : off+half : off+half], c.sin[off : off+half : off+half]
}

// Computed returns the number of positions whose rows the table holds.
func (t *RopeTable) Computed() int {
	cs := t.chunks.Load()
	if cs == nil {
		return 0
	}
	return min(len(*cs)*t.chunkPos, t.Positions)
}

// grow computes chunks until at least n are held and returns the list.
func (t *RopeTable) grow(n int) *[]*ropeChunk {
	t.mu.Lock()
	defer t.mu.Unlock()
	cs := t.chunks.Load()
	if cs == nil {
		cs = new([]*ropeChunk)
	}
	list := *cs
	half := t.Dims / 2
	for len(list) < n {
		rows := min(t.chunkPos, t.Positions-len(list)*t.chunkPos)
		c := &ropeChunk{cos: make([]int32, rows*half), sin: make([]int32, rows*half)}
		t.next.fill(c.cos, c.sin, rows)
		list = append(list, c) // writes beyond every published length only
	}
	t.chunks.Store(&list)
	return &list
}

// ropeCursor runs the recurrence of step 2 forward from position 0; several
// cursors over one table are independent (the model root streams the rows
// through its own cursor instead of holding them).
type ropeCursor struct {
	ct, st []int64 // shared, read-only
	c, s   []int64 // Q62 state of each pair at the next position
}

func (t *RopeTable) cursor() ropeCursor {
	half := t.Dims / 2
	cur := ropeCursor{ct: t.ct, st: t.st, c: make([]int64, half), s: make([]int64, half)}
	for i := range cur.c {
		cur.c[i] = 1 << 62
	}
	return cur
}

// fill writes the Q30 rows of the next n positions (row-major, Dims/2 per
// row) into cos and sin and advances the cursor past them.
func (cur *ropeCursor) fill(cos, sin []int32, n int) {
	half := len(cur.c)
	for i := 0; i < half; i++ {
		c, s, ct, st := cur.c[i], cur.s[i], cur.ct[i], cur.st[i]
		for p := 0; p < n; p++ {
			cos[p*half+i] = int32(roundShift(c, 32))
			sin[p*half+i] = int32(roundShift(s, 32))
			c, s = mulQ62(c, ct)-mulQ62(s, st), mulQ62(s, ct)+mulQ62(c, st)
			c, s = clampQ62(c), clampQ62(s)
		}
		cur.c[i], cur.s[i] = c, s
	}
}

// Apply rotates the first Dims elements of one head vector (Q16.16) in place
// for position pos.
func (t *RopeTable) Apply(head []int32, pos int) {
	cs, sn := t.Row(pos)
	RopeRotate(head, cs, sn)
}

// RopeRotate rotates the pairs (head[2i], head[2i+1]) for i < len(cos) by the
// Q2.30 cos[i], sin[i]: x0' = sat32(rshift(x0·c − x1·s, 30)),
// x1' = sat32(rshift(x0·s + x1·c, 30)).
func RopeRotate(head, cos, sin []int32) {
	for i := range cos {
		x0, x1 := int64(head[2*i]), int64(head[2*i+1])
		c, s := int64(cos[i]), int64(sin[i])
		head[2*i] = sat32(roundShift(x0*c-x1*s, ProbFrac))
		head[2*i+1] = sat32(roundShift(x0*s+x1*c, ProbFrac))
	}
}

// mulQ62 returns a·b/2^62 rounded to nearest, ties away from zero, for |a|, |b| ≤ 2^62.
func mulQ62(a, b int64) int64 {
	neg := (a < 0) != (b < 0)
	hi, lo := bits.Mul64(abs64(a), abs64(b))
	var c uint64
	lo, c = bits.Add64(lo, 1<<61, 0)
	hi += c
	v := int64(hi<<2 | lo>>62)
	if neg {
		return -v
	}
	return v
}

func clampQ62(v int64) int64 {
	if v > 1<<62 {
		return 1 << 62
	}
	if v < -1<<62 {
		return -1 << 62
	}
	return v
}

// f32Rational returns m, e with value = m·2^e for finite fp32 bits.
func f32Rational(b uint32) (*big.Int, int, error) {
	exp := int(b>>23) & 0xff
	mant := int64(b & 0x7fffff)
	if exp == 0xff {
		return nil, 0, ErrNonFinite
	}
	m, e := mant, -149
	if exp != 0 {
		m, e = (1<<23)+mant, exp-150
	}
	if b>>31 == 1 {
		m = -m
	}
	return big.NewInt(m), e, nil
}

// bigDivF32 returns x / f for a fixed-point x ≥ 0 and the finite fp32 f ≥ 1
// given by its bits, truncated: with f = m·2^e, x·2^-e / m.
func bigDivF32(x *big.Int, bits uint32) *big.Int {
	m, e, _ := f32Rational(bits) // finite and ≥ 1: checked by the caller
	v := new(big.Int).Set(x)
	if e < 0 {
		v.Lsh(v, uint(-e))
	} else {
		m = new(big.Int).Lsh(m, uint(e))
	}
	return v.Quo(v, m)
}

func greaterThanOne(m *big.Int, e int) bool {
	one := new(big.Int).Lsh(big.NewInt(1), uint(max(-e, 0)))
	v := new(big.Int).Set(m)
	if e > 0 {
		v.Lsh(v, uint(e))
	}
	return v.Cmp(one) > 0
}

func bigOne() *big.Int { return new(big.Int).Lsh(big.NewInt(1), bigPrec) }

// bigMul returns a·b/2^prec, truncated toward zero.
func bigMul(a, b *big.Int) *big.Int {
	v := new(big.Int).Mul(a, b)
	return v.Quo(v, bigOne())
}

// bigAtanhInv returns atanh(num/den)·2^prec for 0 ≤ num/den ≤ 1/3 by its series.
func bigAtanh(z *big.Int) *big.Int {
	sum := new(big.Int).Set(z)
	z2 := bigMul(z, z)
	term := new(big.Int).Set(z)
	for k := int64(3); ; k += 2 {
		term = bigMul(term, z2)
		if term.Sign() == 0 {
			return sum
		}
		sum.Add(sum, new(big.Int).Quo(term, big.NewInt(k)))
	}
}

// bigLn2 returns ln 2 · 2^prec = 2·atanh(1/3).
func bigLn2() *big.Int {
	third := new(big.Int).Quo(bigOne(), big.NewInt(3))
	return new(big.Int).Lsh(bigAtanh(third), 1)
}

// bigLn returns ln(m·2^e)·2^prec for m·2^e > 1.
func bigLn(m *big.Int, e int) *big.Int {
	// m·2^e = r·2^k with r ∈ [1, 2): k = e + bitlen(m) - 1.
	k := e + m.BitLen() - 1
	r := new(big.Int).Lsh(m, bigPrec)
	r.Rsh(r, uint(m.BitLen()-1)) // r·2^prec ∈ [2^prec, 2^(prec+1))
	one := bigOne()
	num := new(big.Int).Sub(r, one)
	den := new(big.Int).Add(r, one)
	z := num.Lsh(num, bigPrec)
	z.Quo(z, den) // (r-1)/(r+1) ≤ 1/3
	ln := new(big.Int).Lsh(bigAtanh(z), 1)
	return ln.Add(ln, new(big.Int).Mul(bigLn2(), big.NewInt(int64(k))))
}

// bigExpNeg returns e^-y·2^prec for y ≥ 0 given as y·2^prec.
func bigExpNeg(y *big.Int) *big.Int {
	ln2 := bigLn2()
	n := new(big.Int).Quo(y, ln2)
	r := new(big.Int).Sub(y, new(big.Int).Mul(n, ln2)) // r ∈ [0, ln 2)
	sum := bigOne()
	term := bigOne()
	for k := int64(1); ; k++ {
		term = bigMul(term, r)
		term.Quo(term, big.NewInt(k))
		if term.Sign() == 0 {
			break
		}
		if k%2 == 1 {
			sum.Sub(sum, term)
		} else {
			sum.Add(sum, term)
		}
	}
	return sum.Rsh(sum, uint(n.Uint64()))
}

// bigCosSin returns cos x and sin x in Q62 for 0 ≤ x ≤ 1 given as x·2^prec.
func bigCosSin(x *big.Int) (int64, int64) {
	cos, sin := bigOne(), new(big.Int).Set(x)
	x2 := bigMul(x, x)
	ct, st := bigOne(), new(big.Int).Set(x)
	for k := int64(1); ; k++ {
		ct = bigMul(ct, x2)
		ct.Quo(ct, big.NewInt((2*k-1)*(2*k)))
		st = bigMul(st, x2)
		st.Quo(st, big.NewInt((2*k)*(2*k+1)))
		if ct.Sign() == 0 && st.Sign() == 0 {
			break
		}
		if k%2 == 1 {
			cos.Sub(cos, ct)
			sin.Sub(sin, st)
		} else {
			cos.Add(cos, ct)
			sin.Add(sin, st)
		}
	}
	return bigToQ62(cos), bigToQ62(sin)
}

// bigToQ62 rounds v·2^-prec to Q62 (to nearest, ties away from zero).
func bigToQ62(v *big.Int) int64 {
	const s = bigPrec - 62
	a := new(big.Int).Abs(v)
	a.Add(a, new(big.Int).Lsh(big.NewInt(1), s-1))
	a.Rsh(a, s)
	if v.Sign() < 0 {
		a.Neg(a)
	}
	return a.Int64()
}
