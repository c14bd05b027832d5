package canon

import (
	"context"
	"errors"
	"fmt"
	"math/bits"
	"sync"
)

var (
	// ErrContext is returned when a session would run past its positions.
	ErrContext = errors.New("canon: context length exceeded")
	// ErrToken is returned for a token id outside the vocabulary.
	ErrToken = errors.New("canon: token id out of range")
)

// ContextError reports a sequence longer than the positions available.
type ContextError struct {
	Need, Limit int
	What        string // "session capacity" or "model context"
}

func (e *ContextError) Error() string {
	return fmt.Sprintf("canon: %d positions needed, %s is %d", e.Need, e.What, e.Limit)
}

// Unwrap returns ErrContext.
func (e *ContextError) Unwrap() error { return ErrContext }

// TokenError reports a token id outside the vocabulary.
type TokenError struct {
	Index int   // position in the input
	ID    int32 // offending id
	Vocab int   // vocabulary size
}

func (e *TokenError) Error() string {
	return fmt.Sprintf("canon: token %d at index %d is out of range [0, %d)", e.ID, e.Index, e.Vocab)
}

// Unwrap returns ErrToken.
func (e *TokenError) Unwrap() error { return ErrToken }

// Session runs a model over one sequence, keeping its KV cache. Positions are
// processed in order; Forward may be called with one token (decode) or many
// (prefill, teacher forcing), with identical results. A session is used by one
// goroutine at a time; sessions of one model may run concurrently, each with
// its own Options.
type Session struct {
	m        *Model
	opts     Options
	threads  int // opts.ThreadCount()
	capacity int
	pos      int
	kv       [][]int32 // per layer: capacity × 2·KVDim (keys then values of each position)
	kbits    [][]uint8 // per layer and position: bit length of the largest |key| (fast-path bound)
	trace    *Tracer

	attn []attnScratch // per goroutine of a batch (see each)
	hook func(p, l int, x []int32)

	// scratch, sized to the largest batch seen
	x, h, q, k, v, att, g, u, tmp [][]int32
	qv                            []QuantVec
	last                          []int32 // ForwardLast's logits row
}

// NewSession returns a session that can hold capacity positions, running
// with opts (checked: ErrOptions). With trace set, it records the level-1
// trace (see Tracer). It refuses, before allocating, a session whose KV cache
// exceeds the model's MemoryBudget (*BudgetError).
func (m *Model) NewSession(capacity int, trace bool, opts Options) (*Session, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	if capacity <= 0 || capacity > m.Context {
		return nil, &ContextError{Need: capacity, Limit: m.Context, What: "model context"}
	}
	if need, b := m.SessionBytes(capacity), budget(m.MemoryBudget); need > b {
		return nil, &BudgetError{Key: "session capacity", Value: int64(capacity), Need: Memory{KV: need}, Budget: b}
	}
	s := &Session{m: m, opts: opts, threads: opts.ThreadCount(), capacity: capacity,
		kv: make([][]int32, m.Layers), kbits: make([][]uint8, m.Layers),
		attn: []attnScratch{newAttnScratch(capacity, m.HeadDim())}}
	for l := range s.kv {
		s.kv[l] = make([]int32, capacity*2*m.KVDim())
		s.kbits[l] = make([]uint8, capacity)
	}
	if trace {
		s.trace = newTracer(m)
	}
	return s, nil
}

// ErrTruncate is returned by Truncate for a position the session has not reached.
var ErrTruncate = errors.New("canon: truncate past the processed positions")

// Truncate rolls the session back to pos positions (0 ≤ pos ≤ Pos()): the
// positions from pos on are forgotten, in the KV cache and in the trace, and
// the next Forward processes position pos. A session truncated then continued
// is bit-identical, trace included, to one that only ever processed the
// positions it kept: this is how a worker verifying a draft in one
// teacher-forced pass drops the rejected tail. Rollback is O(layers·log pos).
func (s *Session) Truncate(pos int) error {
	if pos < 0 || pos > s.pos {
		return fmt.Errorf("%w: position %d, session holds 0..%d", ErrTruncate, pos, s.pos)
	}
	// KV rows from pos on are stale but never read: attention at position p
	// reads rows 0..p, and Forward writes a position's row in every layer
	// before that layer's attention reads it.
	s.pos = pos
	if s.trace != nil {
		s.trace.truncate(pos)
	}
	return nil
}

// Pos returns the number of positions processed so far.
func (s *Session) Pos() int { return s.pos }

// Model returns the session's model.
func (s *Session) Model() *Model { return s.m }

// Options returns the options the session runs with.
func (s *Session) Options() Options { return s.opts }

// Tracer returns the session's tracer, or nil when tracing is off.
func (s *Session) Tracer() *Tracer { return s.trace }

func grow(buf [][]int32, n, width int) [][]int32 {
	for len(buf) < n {
		buf = append(buf, make([]int32, width))
	}
	return buf[:n]
}

func (s *Session) scratch(n int) {
	c := s.m.Config
	s.x = grow(s.x, n, c.Dim)
	s.h = grow(s.h, n, c.Dim)
	s.q = grow(s.q, n, c.Dim)
	s.k = grow(s.k, n, c.KVDim())
	s.v = grow(s.v, n, c.KVDim())
	s.att = grow(s.att, n, c.Dim)
	s.g = grow(s.g, n, c.FFDim)
	s.u = grow(s.u, n, c.FFDim)
	s.tmp = grow(s.tmp, n, c.Dim)
	for len(s.qv) < n {
		s.qv = append(s.qv, QuantVec{})
	}
	for len(s.attn) < min(n, s.threads) {
		s.attn = append(s.attn, newAttnScratch(s.capacity, c.HeadDim()))
	}
}

// newAttnScratch returns attention scratch for capacity positions. The first
// is allocated with the session (SessionBytes counts it); each further
// goroutine of a batched pass adds 12 bytes per position.
func newAttnScratch(capacity, headDim int) attnScratch {
	return attnScratch{scores: make([]int32, capacity), probs: make([]int64, capacity), acc: make([]int64, headDim)}
}

// attnScratch is one goroutine's attention scratch.
type attnScratch struct {
	scores []int32
	probs  []int64
	acc    []int64
}

// each calls f(w, i) for every batch position i < n, spread over up to
// s.threads goroutines (w < min(n, s.threads) names the goroutine, for its
// scratch). Positions are dealt round-robin, which balances attention (whose
// cost grows with the position). Every position's result depends only on its
// own inputs, so results are identical for any thread count.
func (s *Session) each(n int, f func(w, i int)) {
	t := min(n, s.threads)
	if t <= 1 {
		for i := 0; i < n; i++ {
			f(0, i)
		}
		return
	}
	var wg sync.WaitGroup
	for w := 0; w < t; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += t {
				f(w, i)
			}
		}()
	}
	wg.Wait()
}

// LogitsMode selects which positions Forward returns logits for.
type LogitsMode int

const (
	// LogitsLast returns the logits of the last position only (decode).
	LogitsLast LogitsMode = iota
	// LogitsAll returns the logits of every position (teacher forcing).
	LogitsAll
	// LogitsNone returns no logits (prefill only).
	LogitsNone
)

// Forward processes tokens at the next positions and returns logits
// (Q16.16, one row of Vocab per returned position) as selected by mode.
//
// ctx is checked before the embedding, between layers and before the output
// head; once it is done Forward returns its error wrapped
// (errors.Is(err, context.Canceled) holds for a cancelled ctx). A stopped
// Forward leaves the session at the position it started from, with its trace
// unchanged, so the same tokens may be forwarded again.
func (s *Session) Forward(ctx context.Context, tokens []int32, mode LogitsMode) ([][]int32, error) {
	return s.forward(ctx, tokens, mode, false)
}

// ForwardLast is Forward with LogitsLast (tokens must not be empty), except
// that the row it returns is the session's own, overwritten by the next
// ForwardLast: decoding a token at a time then allocates nothing per token.
// A fresh vocabulary-wide row per token (128 KB at a 32,000-token
// vocabulary) is garbage that the collector lets grow to the size of the
// live heap before it runs, which set a small model's peak memory.
func (s *Session) ForwardLast(ctx context.Context, tokens []int32) ([]int32, error) {
	if len(tokens) == 0 {
		return nil, fmt.Errorf("canon: ForwardLast at position %d, no tokens: %w", s.pos, ErrEmptyPrompt)
	}
	rows, err := s.forward(ctx, tokens, LogitsLast, true)
	if err != nil {
		return nil, err
	}
	return rows[0], nil
}

// forward is Forward; with reuse, the one row of LogitsLast is s.last.
func (s *Session) forward(ctx context.Context, tokens []int32, mode LogitsMode, reuse bool) ([][]int32, error) {
	m := s.m
	n := len(tokens)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("canon: forward pass stopped before position %d: %w", s.pos, err)
	}
	if n == 0 {
		return nil, nil
	}
	if s.pos+n > s.capacity {
		return nil, &ContextError{Need: s.pos + n, Limit: s.capacity, What: "session capacity"}
	}
	for i, t := range tokens {
		if t < 0 || int(t) >= m.Vocab {
			return nil, &TokenError{Index: i, ID: t, Vocab: m.Vocab}
		}
	}
	s.scratch(n)
	x, h, qv := s.x[:n], s.h[:n], s.qv[:n]
	for i, t := range tokens {
		embedRow(&m.Embed, int(t), x[i])
	}
	if s.trace != nil {
		s.trace.beginBatch(s.pos, tokens)
		s.trace.residuals(0, x)
	}
	if s.hook != nil {
		for i := range x {
			s.hook(s.pos+i, 0, x[i])
		}
	}
	for l := range m.Blocks {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("canon: forward pass stopped before layer %d of positions %d..%d: %w", l, s.pos, s.pos+n-1, err)
		}
		b := &m.Blocks[l]
		// attention
		s.each(n, func(_, i int) {
			rmsNorm(x[i], b.AttnNorm, m.normEps, h[i])
			qv[i].Quantize(h[i])
		})
		MatMul(&b.Wq, qv, s.q[:n], s.threads)
		MatMul(&b.Wk, qv, s.k[:n], s.threads)
		MatMul(&b.Wv, qv, s.v[:n], s.threads)
		kvd := m.KVDim()
		for i := range x {
			p := s.pos + i
			s.rope(s.q[i], m.Heads, p)
			s.rope(s.k[i], m.KVHeads, p)
			row := s.kv[l][p*2*kvd : (p+1)*2*kvd]
			copy(row[:kvd], s.k[i])
			copy(row[kvd:], s.v[i])
			s.kbits[l][p] = maxBits(s.k[i])
		}
		if s.trace != nil {
			s.trace.kvRows(l, s.kv[l], s.pos, n)
		}
		s.each(n, func(w, i int) {
			s.attention(l, s.pos+i, s.q[i], s.att[i], &s.attn[w])
			qv[i].Quantize(s.att[i])
		})
		MatMul(&b.Wo, qv, s.tmp[:n], s.threads)
		// feed-forward
		s.each(n, func(_, i int) {
			addSat(x[i], s.tmp[i])
			rmsNorm(x[i], b.FFNNorm, m.normEps, h[i])
			qv[i].Quantize(h[i])
		})
		MatMul(&b.Wgate, qv, s.g[:n], s.threads)
		MatMul(&b.Wup, qv, s.u[:n], s.threads)
		s.each(n, func(_, i int) {
			swiGLU(s.g[i], s.u[i])
			qv[i].Quantize(s.g[i])
		})
		MatMul(&b.Wdown, qv, s.tmp[:n], s.threads)
		for i := range x {
			addSat(x[i], s.tmp[i])
		}
		if s.trace != nil {
			s.trace.residuals(l+1, x)
		}
		if s.hook != nil {
			for i := range x {
				s.hook(s.pos+i, l+1, x[i])
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("canon: forward pass stopped before the output head of positions %d..%d: %w", s.pos, s.pos+n-1, err)
	}
	if s.trace != nil {
		s.trace.endBatch()
	}
	s.pos += n

	var sel [][]int32
	switch mode {
	case LogitsNone:
		return nil, nil
	case LogitsLast:
		sel = x[n-1:]
	default:
		sel = x
	}
	out := make([][]int32, len(sel))
	for i := range sel {
		rmsNorm(sel[i], m.OutNorm, m.normEps, h[i])
		qv[i].Quantize(h[i])
		if reuse {
			if s.last == nil {
				s.last = make([]int32, m.Vocab)
			}
			out[i] = s.last
		} else {
			out[i] = make([]int32, m.Vocab)
		}
	}
	MatMul(&m.Output, qv[:len(sel)], out, s.threads)
	return out, nil
}

// embedRow dequantizes row t of the embedding matrix: x_i = q_i·d (Q16.16).
func embedRow(e *Q8Matrix, t int, x []int32) {
	row := e.Row(t)
	for b := 0; b < e.Cols/BlockSize; b++ {
		blk := row[b*BlockBytes : (b+1)*BlockBytes]
		d := d24[uint16(blk[0])|uint16(blk[1])<<8]
		for i := 0; i < BlockSize; i++ {
			x[b*BlockSize+i] = sat32(roundShift(int64(int8(blk[2+i]))*d, ScaleFrac-ActFrac))
		}
	}
}

// rmsNorm writes y_i = x_i·w_i / rms(x) with rms = isqrt(floor(Σx²/n) + eps)
// (Q32 inside the root, so rms is Q16.16), at least 1; each y_i rounded to
// nearest (ties away from zero) and saturated.
func rmsNorm(x, w []int32, eps int64, y []int32) {
	var ss int128
	for _, v := range x {
		ss.add64(int64(v) * int64(v))
	}
	// Σx² < n·2^62, so the quotient fits in 62 bits.
	hi, lo := ss.absU()
	mean := div128(hi, lo, uint64(len(x)))
	rms := int64(isqrt(mean + uint64(eps)))
	if rms == 0 {
		rms = 1
	}
	rmsScaleRow(y, x, w, rms)
}

// addSat adds y into x with int32 saturation.
func addSat(x, y []int32) {
	for i := range x {
		x[i] = sat32(int64(x[i]) + int64(y[i]))
	}
}

// negAbs is -|x|, which never overflows: the argument of the e^(-|x|) that
// Sigmoid takes in both its cases.
func negAbs(x int32) int32 {
	if x < 0 {
		return x
	}
	return -x
}

// swiGLUFrom is SwiGLU(x, u) given e = ExpNeg(-|x|): Sigmoid's two cases
// (x ≥ 0: 1/(1+e^-x); x < 0: e^x/(1+e^x)), then SiLU and the product.
func swiGLUFrom(x, u int32, e int64) int32 {
	var sig int64
	if x >= 0 {
		sig = roundDiv(1<<(2*ProbFrac), 1<<ProbFrac+e)
	} else {
		sig = roundDiv(e<<ProbFrac, 1<<ProbFrac+e)
	}
	silu := sat32(roundShift(int64(x)*sig, ProbFrac))
	return sat32(roundShift(int64(silu)*int64(u), ActFrac))
}

// expNeg4 is ExpNeg of four values, each ≤ 0, with the four Horner chains
// interleaved: one chain is ten dependent multiply-round steps, so alone it
// is latency-bound. The steps are ExpNeg's; for x = 0 they give 2^30 (u = 0
// leaves p = exp2Coeffs[0]) and for n = 0 the final shift is the identity,
// so neither needs its branch.
func expNeg4(y0, y1, y2, y3 int32) (int64, int64, int64, int64) {
	a0 := roundShift(-int64(y0)*Log2E, ActFrac)
	a1 := roundShift(-int64(y1)*Log2E, ActFrac)
	a2 := roundShift(-int64(y2)*Log2E, ActFrac)
	a3 := roundShift(-int64(y3)*Log2E, ActFrac)
	const mask = 1<<ProbFrac - 1
	u0, u1, u2, u3 := a0&mask, a1&mask, a2&mask, a3&mask
	c := exp2Coeffs[10]
	p0, p1, p2, p3 := c, c, c, c
	for k := 9; k >= 0; k-- {
		c := exp2Coeffs[k]
		p0 = c + roundShift(p0*u0, ProbFrac)
		p1 = c + roundShift(p1*u1, ProbFrac)
		p2 = c + roundShift(p2*u2, ProbFrac)
		p3 = c + roundShift(p3*u3, ProbFrac)
	}
	return expScale(p0, a0>>ProbFrac), expScale(p1, a1>>ProbFrac), expScale(p2, a2>>ProbFrac), expScale(p3, a3>>ProbFrac)
}

// expScale is ExpNeg's last step, 2^-n·p: 0 for n > 30, else a rounding
// shift (the identity for n = 0).
func expScale(p, n int64) int64 {
	if n > 30 {
		return 0
	}
	return roundShift(p, uint(n))
}

// maxBits returns the bit length of the largest |v_i|.
func maxBits(v []int32) uint8 {
	var m uint32
	for _, x := range v {
		a := uint32(x)
		if x < 0 {
			a = uint32(-int64(x))
		}
		m |= a
	}
	return uint8(bits.Len32(m))
}

// rope rotates every head of v for position p.
func (s *Session) rope(v []int32, heads, p int) {
	hd := s.m.HeadDim()
	for h := 0; h < heads; h++ {
		s.m.Rope.Apply(v[h*hd:(h+1)*hd], p)
	}
}

// attention computes the grouped-query attention output of position p in layer l.
func (s *Session) attention(l, p int, q, out []int32, sc *attnScratch) {
	m := s.m
	hd, kvd := m.HeadDim(), m.KVDim()
	group := m.Heads / m.KVHeads
	invSqrt := int64(isqrt((uint64(1) << 60) / uint64(hd)))
	cache := s.kv[l]
	scores, probs, acc := sc.scores[:p+1], sc.probs[:p+1], sc.acc
	hdBits := bits.Len(uint(hd))
	for h := 0; h < m.Heads; h++ {
		g := h / group
		qh := q[h*hd : (h+1)*hd]
		qBits := int(maxBits(qh))
		mx := int32(-1 << 31)
		for t := 0; t <= p; t++ {
			kt := cache[t*2*kvd+g*hd : t*2*kvd+(g+1)*hd]
			var d16 int32
			if qBits+int(s.kbits[l][t])+hdBits <= 63 {
				// Fast path, same result: the exact sum fits in int64.
				d16 = sat32(roundShift(dotQK(qh, kt), ActFrac))
			} else {
				var dot int128
				for i, qi := range qh {
					dot.add64(int64(qi) * int64(kt[i]))
				}
				d16 = dot.roundShiftSat(ActFrac)
			}
			sc := sat32(roundShift(int64(d16)*invSqrt, ProbFrac))
			scores[t] = sc
			mx = max(mx, sc)
		}
		softmaxRow(probs, scores, mx)
		clear(acc)
		for t, pt := range probs {
			if pt == 0 {
				continue
			}
			axpy(acc, pt, cache[t*2*kvd+kvd+g*hd:t*2*kvd+kvd+(g+1)*hd])
		}
		for i, a := range acc {
			out[h*hd+i] = sat32(roundShift(a, ProbFrac))
		}
	}
}
