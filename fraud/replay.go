package fraud

import (
	"context"
	"errors"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/vm"
)

// ErrTrace is returned for trace requests outside a job's execution.
var ErrTrace = errors.New("fraud: trace index out of range")

// Replay is a job re-executed by the canonical runtime with its level-1
// trace and everything needed to rebuild the level-2 machine of any
// level-1 transition (docs/game.md, "Traces").
type Replay struct {
	Model  *canon.Model
	Tree   *vm.ModelTree
	Tokens []int32 // every processed token: the prompt, then the generated tokens but the last
	Prompt int     // prompt length
	Params canon.SampleParams

	session *canon.Session
	resid   map[[2]int][]int32
	states  []merkle.Hash
	final   *vm.Machine
}

// NewReplay runs the job's tokens through a traced session with opts, then
// the head step of the last position on its level-2 machine (up to 2^19
// micro-steps). ctx is checked between layers of the forward pass and every
// runCheck micro-steps; once it is done NewReplay returns its error wrapped
// (errors.Is(err, context.Canceled) holds for a cancelled ctx).
func NewReplay(ctx context.Context, m *canon.Model, tree *vm.ModelTree, tokens []int32, prompt int, params canon.SampleParams, opts canon.Options) (*Replay, error) {
	if prompt <= 0 || prompt > len(tokens) {
		return nil, fmt.Errorf("fraud: prompt length %d outside 1..%d", prompt, len(tokens))
	}
	s, err := m.NewSession(len(tokens), true, opts)
	if err != nil {
		return nil, err
	}
	r := &Replay{Model: m, Tree: tree, Tokens: tokens, Prompt: prompt, Params: params, session: s, resid: map[[2]int][]int32{}}
	s.SetResidualHook(func(p, l int, x []int32) { r.resid[[2]int{p, l}] = append([]int32(nil), x...) })
	if _, err := s.Forward(ctx, tokens, canon.LogitsNone); err != nil {
		return nil, fmt.Errorf("fraud: replaying %d tokens: %w", len(tokens), err)
	}
	r.states = s.Tracer().States()
	// The last transition is the head step of the last processed position: it
	// chooses the last output token and lands on h(P, 0), the game's root claim.
	last, err := r.Machine(len(r.states) - 1)
	if err != nil {
		return nil, err
	}
	if err := runTo(ctx, last, last.Program().Len()); err != nil {
		return nil, err
	}
	r.states = append(r.states, last.Level1())
	r.final = last
	return r, nil
}

// States returns the level-1 states h(p, l), p-major, and last h(P, 0), the
// state after the head step that chooses the last output token: the game's
// level-1 trace (docs/game.md, "Traces").
func (r *Replay) States() []merkle.Hash { return r.states }

// Transitions returns the number of level-1 transitions, len(States()) − 1;
// transitions at or past it are padding.
func (r *Replay) Transitions() int { return len(r.states) - 1 }

// Final returns the machine of the last transition, run to its end: its
// state is h(P, 0), whose residual and KV roots the job's record carries.
func (r *Replay) Final() *vm.Machine { return r.final }

// Machine returns the level-2 machine of level-1 transition k: from state k
// (position p = k / (L+1), l = k mod (L+1)) to state k+1 — block l, or the
// head step when l = L.
func (r *Replay) Machine(k int) (*vm.Machine, error) {
	L := r.Model.Layers
	if k < 0 || k >= (len(r.Tokens))*(L+1) {
		return nil, fmt.Errorf("%w: transition %d of %d", ErrTrace, k, len(r.Tokens)*(L+1))
	}
	p, l := k/(L+1), k%(L+1)
	c := r.Model.Config
	w := 2 * c.KVDim()
	roots := make([]merkle.Hash, L)
	for j := range roots {
		n := p
		if j < l {
			n = p + 1
		}
		acc := merkle.NewAccumulator()
		for t := 0; t < n; t++ {
			acc.Append(vm.KVLeaf(r.session.KV(j)[t*w : (t+1)*w]))
		}
		roots[j] = acc.RootAtDepth(merkle.Depth(uint64(c.Context)))
	}
	k2 := merkle.NewHasher()
	var tok merkle.Hash
	for _, t := range r.Tokens[:p+1] {
		tok = k2.Sum(tok[:], []byte{byte(uint32(t) >> 24), byte(uint32(t) >> 16), byte(uint32(t) >> 8), byte(t)})
	}
	in := vm.Input{P: p, L: l, Residual: r.resid[[2]int{p, l}], LayerRoots: roots, TokensHash: tok,
		Prompt: r.Tokens[:r.Prompt], Params: r.Params}
	if l < L {
		in.KVLayer = r.session.KV(l)[:p*w]
	}
	return vm.New(r.Model, in)
}

// runCheck is the number of micro-steps run between checks of the context.
const runCheck = 64

// runTo is mc.RunTo(k) checking ctx every runCheck micro-steps; once ctx is
// done it returns its error wrapped.
func runTo(ctx context.Context, mc *vm.Machine, k uint64) error {
	for mc.Step() != k {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("fraud: machine stopped at micro-step %d of %d: %w", mc.Step(), k, err)
		}
		if err := mc.RunTo(min(k, mc.Step()+runCheck)); err != nil {
			return err
		}
	}
	return nil
}
