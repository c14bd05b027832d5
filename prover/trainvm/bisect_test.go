package trainvm

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// TestStateRootPreimage: state(j) is keccak256("airollup.train.micro.v1" ‖
// be64(j) ‖ be32(b) ‖ carried ‖ memoryRoot), b the sequence of the last
// instruction run.
func TestStateRootPreimage(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	tr := tiny(t, r, sgd(2, 4), 0)
	mc := machineOf(t, tr)
	pr := mc.Program()
	j := pr.Len() / 2 // inside the second sequence
	require.NoError(t, mc.RunTo(j))
	last, err := pr.At(j - 1)
	require.NoError(t, err)
	require.Equal(t, uint32(1), last.Seq)
	var hdr [12]byte
	binary.BigEndian.PutUint64(hdr[:8], j)
	binary.BigEndian.PutUint32(hdr[8:], 1)
	carried, mem := mc.CarriedRoot(), mc.MemoryRoot()
	require.Equal(t, merkle.Keccak([]byte("airollup.train.micro.v1"), hdr[:], carried[:], mem[:]), mc.StateRoot())
	require.Equal(t, tr.StateRoot(), carried, "no UPDATE yet: carried is S_k")
}

// TestTraceRootsAreRecomputable: the incrementally updated roots of Trace
// equal the roots recomputed from every value, at random steps, and each
// step's root differs from the previous one (j is in it).
func TestTraceRootsAreRecomputable(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	tr := tiny(t, r, adam(1, 5), 1)
	m, v := tr.Moments()
	in := Input{State: tr.State(), Model: tr.Model, Hyper: tr.Hyper, Data: tr.Data, M: m, V: v,
		RopeSource: ropeSource(t, tr.Model.Spec)}
	roots, err := Trace(in)
	require.NoError(t, err)
	mc := machineOf(t, tr)
	require.Equal(t, mc.Program().Len()+1, uint64(len(roots)))
	for k := 1; k < len(roots); k++ {
		require.NotEqual(t, roots[k-1], roots[k], "step %d", k)
	}
	js := []uint64{0, 1, mc.Program().Len() - 1, mc.Program().Len()}
	for i := 0; i < 8; i++ {
		js = append(js, r.Uint64N(mc.Program().Len()))
	}
	for _, j := range js {
		fresh := machineOf(t, tr)
		require.NoError(t, fresh.RunTo(j))
		fresh.ResetRootCache()
		require.Equal(t, roots[j], fresh.StateRoot(), "step %d", j)
	}
	tr2 := tiny(t, rand.New(rand.NewPCG(5, 5)), adam(1, 5), 2) // the same run, one step further
	final := machineOf(t, tr)
	require.NoError(t, final.RunTo(final.Program().Len()))
	require.Equal(t, tr2.StateRoot(), final.CarriedRoot())
}

// cheatRoot returns state(j) of a replay whose micro-step bad writes one
// flipped bit into a value it changed, then runs on honestly; ok is false
// when that step changes no value.
func cheatRoot(t *testing.T, in Input, bad, j uint64) (root merkle.Hash, ok bool) {
	t.Helper()
	mc, err := New(in)
	require.NoError(t, err)
	if j <= bad {
		require.NoError(t, mc.RunTo(j))
		return mc.StateRoot(), true
	}
	require.NoError(t, mc.RunTo(bad))
	var before [numRegs][]int64
	for r := range before {
		before[r] = append([]int64(nil), mc.regs[r]...)
	}
	require.NoError(t, mc.Exec())
	flipped := false
	for r := 0; r < numRegs && !flipped; r++ {
		for i := range before[r] {
			if before[r][i] != mc.regs[r][i] {
				mc.regs[r][i] ^= 1 << 3
				flipped = true
				break
			}
		}
	}
	mc.ResetRootCache()
	require.NoError(t, mc.RunTo(j))
	return mc.StateRoot(), flipped
}

// TestBisectionFindsTheCorruptedMicroStep: a replay with one corrupted
// micro-step result (a random step of the forward, loss or backward) and
// the honest replay disagree from that step on (a corruption a later step
// overwrites, e.g. in a scratch register, leaves no dispute and is drawn
// again); bisecting their roots as
// the level-2 game does lands exactly on it, and re-executing that one
// micro-step from the agreed pre-state with the honest machine gives the
// honest post-state, not the corrupted one.
func TestBisectionFindsTheCorruptedMicroStep(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for name, tr := range map[string]*train.Trainer{
		"sgd":       tiny(t, r, sgd(1, 5), 0),
		"adam-lora": tinyLoRA(t, r, adam(1, 4), 1),
	} {
		t.Run(name, func(t *testing.T) {
			in := inputOf(t, tr)
			honest, err := Trace(in)
			require.NoError(t, err)
			n := uint64(len(honest) - 1)
			tried := 0
			for found := 0; found < 2; {
				tried++
				require.Less(t, tried, 50, "no micro-step that changes a register")
				bad := r.Uint64N(n - 1)
				final, ok := cheatRoot(t, in, bad, n)
				if !ok || final == honest[n] {
					continue // no value changed, or a later step overwrote it: the claims agree
				}
				found++
				cheat := func(j uint64) merkle.Hash { root, _ := cheatRoot(t, in, bad, j); return root }
				lo := bisect(honest, cheat)
				require.Equal(t, bad, lo, "bisection lands on the corrupted step")
				mc, err := New(in)
				require.NoError(t, err)
				require.NoError(t, mc.RunTo(lo))
				require.Equal(t, honest[lo], mc.StateRoot(), "agreed pre-state")
				require.NoError(t, mc.Exec())
				require.Equal(t, honest[lo+1], mc.StateRoot())
				require.NotEqual(t, cheat(lo+1), mc.StateRoot())
			}
		})
	}
}

// bisect plays the level-2 bisection between the honest roots and a
// disputed claim that agrees at 0 and not at the end: it returns the last
// step both agree on, whose next micro-step is the one to execute.
func bisect(honest []merkle.Hash, claim func(j uint64) merkle.Hash) uint64 {
	lo, hi := uint64(0), uint64(len(honest)-1)
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if honest[mid] == claim(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// TestBisectionFindsDataSubstitution: a worker that replays a step over a
// corpus with one token changed (in the second sequence of the batch)
// disagrees first right after the TOKEN step that loads it: the bisection
// lands on that TOKEN, whose honest execution from the agreed state reads
// the committed corpus.
func TestBisectionFindsDataSubstitution(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 13))
	const T = 4
	tr := tiny(t, r, sgd(2, T), 1) // cursor 2: sequences 2 and 3
	in := inputOf(t, tr)
	honest, err := Trace(in)
	require.NoError(t, err)
	s := (tr.Cursor + 1) % tr.Sequences()
	pos := 1 + r.IntN(T)
	data := append([]int32(nil), tr.Data...)
	data[int(s)*T+pos] = (data[int(s)*T+pos] + 1) % int32(tr.Model.Config.Vocab)
	cheat := func(j uint64) merkle.Hash {
		mc, err := New(in)
		require.NoError(t, err)
		mc.data = data // trains on other tokens than tokensRoot's
		require.NoError(t, mc.RunTo(j))
		return mc.StateRoot()
	}
	require.NotEqual(t, honest[len(honest)-1], cheat(uint64(len(honest)-1)))
	lo := bisect(honest, cheat)
	in0, err := New(in)
	require.NoError(t, err)
	ins, err := in0.Program().At(lo)
	require.NoError(t, err)
	require.Equal(t, Instr{Op: OpToken, Seq: 1, A: uint32(pos / Chunk)}, ins)
	require.NoError(t, in0.RunTo(lo))
	require.NoError(t, in0.Exec())
	require.Equal(t, honest[lo+1], in0.StateRoot())
	require.NotEqual(t, cheat(lo+1), in0.StateRoot())
}
