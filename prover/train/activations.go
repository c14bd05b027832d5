package train

// Activations are what the trainer's forward pass of one sequence saves, per
// layer and for the final norm, with its logit gradients and its summed
// loss: the reference a level-2 machine of a training step (prover/trainvm)
// must reproduce bit for bit. Slices are row-major over positions.
type Activations struct {
	Layers []LayerActivations
	X      []int32 // T×dim: the residual after the last block
	XO, HO []int32 // T×dim: final norm x̂ and output
	RO     []int64 // T: final norm r
	DL     []int32 // T×vocab: logit gradients
	Loss   int64   // Σ position losses, Q16
}

// LayerActivations are one block's saved values (the names of seq.go).
type LayerActivations struct {
	XA, HA []int32 // T×dim
	RA     []int64 // T
	Q      []int32 // T×dim, after RoPE
	K, V   []int32 // T×kvDim (K after RoPE)
	Probs  []int64 // heads×T×T, row p holds columns t ≤ p
	Att    []int32 // T×dim
	XF, HF []int32 // T×dim
	RF     []int64 // T
	G, U   []int32 // T×ff
	S      []int32 // T×ff SiLU(g)
	SG     []int64 // T×ff Sigmoid(g)
	HH     []int32 // T×ff
}

// Forward runs the trainer's forward pass of one sequence of len(tokens) − 1
// positions (each token below the vocabulary) over m and returns what it
// saves. It changes nothing in m.
func Forward(m *Model, tokens []int32) *Activations {
	w := newWorker(m, len(tokens)-1)
	loss := w.forward(tokens)
	a := &Activations{X: w.x, XO: w.xo, HO: w.ho, RO: w.ro, DL: w.dl, Loss: loss}
	for _, s := range w.layers {
		a.Layers = append(a.Layers, LayerActivations{XA: s.xa, HA: s.ha, RA: s.ra, Q: s.q, K: s.k, V: s.v,
			Probs: s.probs, Att: s.att, XF: s.xf, HF: s.hf, RF: s.rf, G: s.g, U: s.u, S: s.s, SG: s.sg, HH: s.hh})
	}
	return a
}

// Moments returns the Adam moments m (Q24) and v (Q48) of the trained
// parameters, in the order of the optimizer tree: per tensor in a full run,
// per factor (lora_a then lora_b of each target, as Adapters) in a LoRA
// run; nil for SGD. They are the trainer's own slices: the level-2 machine
// (prover/trainvm) reads them to replay an update and must not change them.
func (tr *Trainer) Moments() (m, v [][]int64) {
	if tr.LoRA == nil || tr.Hyper.Optimizer != Adam {
		return tr.m, tr.v
	}
	for _, ad := range tr.adapters {
		m, v = append(m, ad.mA, ad.mB), append(v, ad.vA, ad.vB)
	}
	return m, v
}

// BaseWeights returns, in a LoRA run, the frozen base of every tensor (a
// target's W0, any other tensor's weights), the trainer's own slices; nil in
// a full run.
func (tr *Trainer) BaseWeights() [][]int32 {
	if tr.LoRA == nil {
		return nil
	}
	base := make([][]int32, len(tr.Model.Tensors))
	for i, t := range tr.Model.Tensors {
		base[i] = t.W
	}
	for _, ad := range tr.adapters {
		base[ad.target] = ad.base
	}
	return base
}
