package train

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/airollup/airollup/prover/merkle"
)

// Optimizer selects the update rule.
type Optimizer int

const (
	// SGD is w ← w − lr·g.
	SGD Optimizer = iota
	// Adam is Adam with bias correction (docs/arithmetic.md, "Optimizer").
	Adam
)

func (o Optimizer) String() string {
	switch o {
	case SGD:
		return "sgd"
	case Adam:
		return "adam"
	}
	return fmt.Sprintf("optimizer(%d)", int(o))
}

// Hyper are the fixed hyperparameters of a run; part of its definition.
type Hyper struct {
	Optimizer Optimizer
	LR        int64 // Q32
	Beta1     int64 // Q32 (Adam)
	Beta2     int64 // Q32 (Adam)
	Eps       int64 // Q32 (Adam)
	Batch     int   // sequences per step
	SeqLen    int   // predicted positions per sequence (T)

	// The learning-rate schedule (LRAt): LR until step DecayFrom, then a
	// linear decay to LRFinal over DecaySteps steps, LRFinal after.
	// DecaySteps 0 is a constant LR (LRFinal and DecayFrom then 0).
	LRFinal    int64  // Q32
	DecayFrom  uint64 // the decay starts here: this step still has LR
	DecaySteps uint64
}

// MaxDecaySteps bounds Hyper.DecaySteps so that LRAt's product
// (LR−LRFinal)·(step−DecayFrom) stays below 2^63.
const MaxDecaySteps = 1 << 30

// LRAt returns the learning rate (Q32) of the step that starts at step
// (0-based): LR − ⌊(LR − LRFinal)·(step − DecayFrom) / DecaySteps⌋ inside
// the decay, LR before it, LRFinal after it.
func (h Hyper) LRAt(step uint64) int64 {
	switch {
	case h.DecaySteps == 0 || step <= h.DecayFrom:
		return h.LR
	case step-h.DecayFrom >= h.DecaySteps:
		return h.LRFinal
	}
	return h.LR - (h.LR-h.LRFinal)*int64(step-h.DecayFrom)/int64(h.DecaySteps)
}

// SameSchedule reports whether h and o define the same run on every step
// before step: equal but for the schedule, and with the same learning rate
// at each of those steps. A checkpoint taken at step resumes under o.
func (h Hyper) SameSchedule(o Hyper, step uint64) bool {
	a, b := h, o
	a.LRFinal, a.DecayFrom, a.DecaySteps = 0, 0, 0
	b.LRFinal, b.DecayFrom, b.DecaySteps = 0, 0, 0
	if a != b {
		return false
	}
	// Both rates are LR up to their first decay step and move monotonically
	// after it, so comparing the steps from the first decay on is enough;
	// that is at most step−min(DecayFrom) values, all checked.
	from := step
	if h.DecaySteps > 0 {
		from = min(from, h.DecayFrom)
	}
	if o.DecaySteps > 0 {
		from = min(from, o.DecayFrom)
	}
	for t := from; t < step; t++ {
		if h.LRAt(t) != o.LRAt(t) {
			return false
		}
	}
	return true
}

// MinAdamEps is the smallest Adam ε (Q32), 2^-20: a gradient below about
// 2^-20 has its second moment rounded to zero while its first moment is
// not, and ε must dominate that rounding so that no update exceeds a few lr.
const MinAdamEps = int64(1) << (HFrac - 20)

// DefaultAdam returns Adam with lr 1e-3, β1 0.9, β2 0.999 (each truncated to
// Q32) and ε = MinAdamEps (≈ 9.5e-7).
func DefaultAdam(batch, seqLen int) Hyper {
	return Hyper{Optimizer: Adam, LR: OneH / 1000, Beta1: OneH * 9 / 10, Beta2: OneH * 999 / 1000,
		Eps: MinAdamEps, Batch: batch, SeqLen: seqLen}
}

// Check validates the hyperparameters against a model and corpus length,
// naming the field and its limit.
func (h Hyper) Check(m *Model, dataLen int) error {
	switch {
	case h.Optimizer != SGD && h.Optimizer != Adam:
		return fmt.Errorf("%w: optimizer %d must be SGD (0) or Adam (1)", ErrConfig, h.Optimizer)
	case h.LR <= 0 || h.LR > OneH:
		return fmt.Errorf("%w: lr %d (Q32) must be in (0, 2^32]", ErrConfig, h.LR)
	case h.DecaySteps == 0 && (h.LRFinal != 0 || h.DecayFrom != 0):
		return fmt.Errorf("%w: lr decay from step %d to %d (Q32) needs decay steps > 0", ErrConfig, h.DecayFrom, h.LRFinal)
	case h.DecaySteps > MaxDecaySteps:
		return fmt.Errorf("%w: lr decay steps %d must be at most 2^30", ErrConfig, h.DecaySteps)
	case h.DecaySteps > 0 && (h.LRFinal <= 0 || h.LRFinal > h.LR):
		return fmt.Errorf("%w: final lr %d (Q32) must be in (0, lr %d]", ErrConfig, h.LRFinal, h.LR)
	case h.Optimizer == Adam && (h.Beta1 < 0 || h.Beta1 >= OneH):
		return fmt.Errorf("%w: beta1 %d (Q32) must be in [0, 2^32)", ErrConfig, h.Beta1)
	case h.Optimizer == Adam && (h.Beta2 < 0 || h.Beta2 >= OneH):
		return fmt.Errorf("%w: beta2 %d (Q32) must be in [0, 2^32)", ErrConfig, h.Beta2)
	case h.Optimizer == Adam && (h.Eps < MinAdamEps || h.Eps > OneH):
		return fmt.Errorf("%w: eps %d (Q32) must be in [2^12, 2^32] (2^-20 to 1)", ErrConfig, h.Eps)
	case h.Batch <= 0 || h.Batch > 1<<16:
		return fmt.Errorf("%w: batch %d must be 1..65536", ErrConfig, h.Batch)
	case h.SeqLen <= 0 || h.SeqLen > m.Config.Context:
		return fmt.Errorf("%w: sequence length %d must be 1..%d (the model context)", ErrConfig, h.SeqLen, m.Config.Context)
	case dataLen < h.SeqLen+1:
		return fmt.Errorf("%w: corpus of %d tokens is shorter than one sequence (%d tokens)", ErrConfig, dataLen, h.SeqLen+1)
	}
	return nil
}

// Options are per-run execution settings; they never change results.
type Options struct {
	// Threads is the number of sequences processed at once (0 or 1: one).
	Threads int
	// MicroBatch is the number of sequences whose gradients are computed
	// together before the next group (0: the whole batch); any split of the
	// batch gives the same update.
	MicroBatch int
}

// Trainer holds the state of a training run (docs/arithmetic.md, "State of
// a step"): weights, optimizer state, step count and data cursor.
type Trainer struct {
	Model  *Model
	Hyper  Hyper
	Data   []int32 // the corpus as tokens
	Step   uint64  // steps done
	Cursor uint64  // index of the next step's first sequence

	// LoRA is the adapter configuration of a LoRA run (NewLoRA), nil for
	// full training.
	LoRA *LoRA

	m, v     [][]int64 // Adam moments per tensor (Q24, Q48); nil in a LoRA run
	G        [][]int64 // the step's gradient accumulators (Q40); nil for a frozen tensor
	adapters []*adapter
	workers  []*worker
	// frozen[i]: tensor i is not trained, so its weight gradient is never
	// computed (a LoRA run: every tensor but the adapters' targets); nil
	// in a full run. The gradients that are computed do not depend on it.
	frozen []bool
}

// New returns a trainer at step 0 over data (token ids below the model's vocabulary).
func New(m *Model, h Hyper, data []int32) (*Trainer, error) {
	return newTrainer(m, h, data, true)
}

// newTrainer is New, with the optimizer state of every weight when full.
func newTrainer(m *Model, h Hyper, data []int32, full bool) (*Trainer, error) {
	if err := h.Check(m, len(data)); err != nil {
		return nil, err
	}
	for i, t := range data {
		if t < 0 || int(t) >= m.Config.Vocab {
			return nil, fmt.Errorf("%w: corpus token %d at index %d outside the vocabulary [0, %d)", ErrConfig, t, i, m.Config.Vocab)
		}
	}
	tr := &Trainer{Model: m, Hyper: h, Data: data}
	tr.G = make([][]int64, len(m.Tensors))
	for i, t := range m.Tensors {
		tr.G[i] = make([]int64, len(t.W))
	}
	if h.Optimizer == Adam && full {
		tr.m, tr.v = make([][]int64, len(m.Tensors)), make([][]int64, len(m.Tensors))
		for i, t := range m.Tensors {
			tr.m[i], tr.v[i] = make([]int64, len(t.W)), make([]int64, len(t.W))
		}
	}
	return tr, nil
}

// Sequences returns K, the number of sequences the corpus holds.
func (tr *Trainer) Sequences() uint64 { return uint64((len(tr.Data) - 1) / tr.Hyper.SeqLen) }

// sequence returns the T+1 tokens of sequence k.
func (tr *Trainer) sequence(k uint64) []int32 {
	T := tr.Hyper.SeqLen
	return tr.Data[int(k)*T : int(k)*T+T+1]
}

// StepResult reports one step.
type StepResult struct {
	LossSum   int64 // Σ position losses, Q16
	Positions int   // predicted positions N
}

// MeanLoss returns the mean loss of the step in Q16.
func (r StepResult) MeanLoss() int64 { return rdiv(r.LossSum, int64(r.Positions)) }

// TrainStep runs one step: the gradients of the batch's sequences, then the
// update. ctx is checked before each micro-batch; a step stopped by it
// returns its error wrapped and leaves the trainer as it was.
func (tr *Trainer) TrainStep(ctx context.Context, opts Options) (StepResult, error) {
	h := tr.Hyper
	K := tr.Sequences()
	seqs := make([]uint64, h.Batch)
	for b := range seqs {
		seqs[b] = (tr.Cursor + uint64(b)) % K
	}
	for _, g := range tr.G {
		clear(g)
	}
	micro := opts.MicroBatch
	if micro <= 0 || micro > len(seqs) {
		micro = len(seqs)
	}
	var loss int64
	for s := 0; s < len(seqs); s += micro {
		if err := ctx.Err(); err != nil {
			return StepResult{}, fmt.Errorf("train: step %d stopped at sequence %d: %w", tr.Step, s, err)
		}
		loss += tr.gradients(seqs[s:min(s+micro, len(seqs))], opts.Threads)
	}
	n := h.Batch * h.SeqLen
	tr.update(int64(n))
	tr.Step++
	tr.Cursor = (tr.Cursor + uint64(h.Batch)) % K
	return StepResult{LossSum: loss, Positions: n}, nil
}

// gradients adds the gradients of seqs into tr.G and returns their summed loss.
func (tr *Trainer) gradients(seqs []uint64, threads int) int64 {
	threads = min(max(threads, 1), len(seqs))
	for len(tr.workers) < threads {
		tr.workers = append(tr.workers, newWorker(tr.Model, tr.Hyper.SeqLen))
	}
	wbits := weightBits(tr.Model) // the weights change only in update
	for _, w := range tr.workers {
		w.wbits = wbits
		w.freeze(tr.frozen)
	}
	losses := make([]int64, threads)
	var wg sync.WaitGroup
	for k := 0; k < threads; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			w := tr.workers[k]
			w.clearGrads()
			for i := k; i < len(seqs); i += threads {
				tokens := tr.sequence(seqs[i])
				losses[k] += w.forward(tokens)
				w.backward(tokens)
			}
		}(k)
	}
	wg.Wait()
	var loss int64
	for k := 0; k < threads; k++ {
		loss += losses[k]
		for i, g := range tr.workers[k].G {
			dst := tr.G[i]
			if g == nil || dst == nil {
				continue // frozen
			}
			for j, v := range g {
				dst[j] += v // exact mod 2^64: order-free
			}
		}
	}
	return loss
}

// update applies the optimizer with N predicted positions: to every weight,
// or in a LoRA run to the adapters only (updateAdapters).
func (tr *Trainer) update(n int64) {
	h := tr.Hyper
	lr := h.LRAt(tr.Step)
	var b1, b2 int64
	if h.Optimizer == Adam {
		t := tr.Step + 1
		b1, b2 = OneH-PowQ32(h.Beta1, t), OneH-PowQ32(h.Beta2, t)
	}
	den := n << (AccFrac - GradFrac)
	epsQ24 := rshift(h.Eps, HFrac-GradFrac)
	if tr.LoRA != nil {
		tr.updateAdapters(den, lr, b1, b2, epsQ24)
		return
	}
	for i, t := range tr.Model.Tensors {
		G := tr.G[i]
		var m, v []int64
		if h.Optimizer == Adam {
			m, v = tr.m[i], tr.v[i]
		}
		for j := range t.W {
			t.W[j] = sat32(int64(t.W[j]) - tr.delta(lr, b1, b2, epsQ24, rdiv(G[j], den), m, v, j))
		}
	}
}

// delta returns the optimizer's step for one parameter of mean gradient g
// (Q24), updating its Adam moments m[j], v[j] (SGD: lr·g).
func (tr *Trainer) delta(lr, b1, b2, epsQ24, g int64, m, v []int64, j int) int64 {
	h := tr.Hyper
	if h.Optimizer != Adam {
		return MulShift(lr, g, HFrac)
	}
	mj := MulShift(h.Beta1, m[j], HFrac) + MulShift(OneH-h.Beta1, g, HFrac)
	vj := MulShift(h.Beta2, v[j], HFrac) + MulShift(OneH-h.Beta2, MulShift(g, g, 0), HFrac)
	m[j], v[j] = mj, vj
	mh := MulDiv(mj, OneH, b1)
	vh := MulDiv(vj, OneH, b2)
	d := (int64(isqrt(uint64(max(vh, 0)))) + epsQ24) << (HFrac - GradFrac)
	return MulDiv(lr, mh, max(d, 1))
}

// OptimizerRoot returns the root of the optimizer state: for Adam the
// tensor tree of the moments of the trained parameters (every tensor, or a
// LoRA run's factors), each leaf be64 m ‖ be64 v of one chunk; zero for SGD.
func (tr *Trainer) OptimizerRoot() merkle.Hash {
	shapes, leaf, err := tr.treeOf(TreeMoments)
	if err != nil {
		return merkle.Hash{} // SGD: no state
	}
	return tensorTreeRoot(shapes, leaf)
}

func be64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}
