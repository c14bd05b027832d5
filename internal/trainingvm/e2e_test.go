package trainingvm

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	dep "github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/prover/trainvm"
)

// The training game's depths: the least the factory accepts.
const (
	e2eSplit = 33
	e2eMax   = 78
)

// level2 is a level-2 trace over precomputed micro-state roots (roots[j]:
// the state after j steps; indices past the end repeat the last), whose step
// data is the proof of step j (prove) or, from the final state, the halt
// proof.
type level2 struct {
	roots []merkle.Hash
	prove func(j uint64) ([]byte, error)
}

var _ types.TraceProvider = (*level2)(nil)

func (l *level2) at(i uint64) merkle.Hash { return l.roots[min(i, uint64(len(l.roots)-1))] }

func (l *level2) AbsolutePreStateCommitment(context.Context) (common.Hash, error) {
	return common.Hash(l.roots[0]), nil
}

func (l *level2) Get(_ context.Context, pos types.Position) (common.Hash, error) {
	return common.Hash(l.at(pos.TraceIndex(e2eMax-e2eSplit-1).Uint64() + 1)), nil
}

func (l *level2) GetStepData(_ context.Context, pos types.Position) ([]byte, []byte, *types.PreimageOracleData, error) {
	j := pos.TraceIndex(e2eMax - e2eSplit - 1).Uint64()
	pre := l.at(j)
	if l.prove == nil {
		return nil, nil, nil, fmt.Errorf("no proof of step %d", j)
	}
	proof, err := l.prove(j)
	return pre[:], proof, nil, err
}

func (l *level2) GetL2BlockNumberChallenge(context.Context) (*types.InvalidL2BlockNumberChallenge, error) {
	return nil, types.ErrL2BlockNumberValid
}

// machine is the common face of the three training machines.
type machine interface {
	StateRoot() merkle.Hash
	Exec() error
	Step() uint64
	Program() *trainvm.Program
}

// honest is the honest side's traces of a run: per transition, the machine
// (rebuilt for each proof) and its final preimage.
type honest struct {
	t     *testing.T
	rn    *run
	cache map[int]*cached
}

// cached is one transition's trace, final preimage and a machine checkpoint that only moves forward.
type cached struct {
	l   *level2
	fin []byte
	m   machine
	pf  func() ([]byte, error)
}

func newHonest(t *testing.T, rn *run) honest { return honest{t: t, rn: rn, cache: map[int]*cached{}} }

func (h honest) machine(tr int) (machine, func() ([]byte, error), func() []byte) {
	rn, n := h.rn, int(h.rn.n)
	switch {
	case tr == 0:
		im := rn.importMachine(h.t)
		return im, func() ([]byte, error) { p, err := im.Prove(); require.NoError(h.t, err); return p.MarshalBinary() },
			func() []byte { return fraud.ImportStatePreimage(im.State()) }
	case tr == n+1:
		em := rn.exportMachine(h.t)
		return em, func() ([]byte, error) { p, err := em.Prove(); require.NoError(h.t, err); return p.MarshalBinary() },
			func() []byte { return fraud.ExportStatePreimage(em.State()) }
	}
	mc, err := trainvm.New(inputOf(rn.trainerAt(h.t, rn.data, tr-1), rn.src))
	require.NoError(h.t, err)
	return mc, func() ([]byte, error) {
			p, err := mc.Prove(mc.Step())
			require.NoError(h.t, err)
			return p.MarshalBinary()
		},
		func() []byte { b, err := fraud.StepStatePreimage(mc); require.NoError(h.t, err); return b }
}

// trace returns transition tr's roots, its final preimage, and a prover.
func (h honest) trace(tr int) (*level2, []byte) {
	if tr > int(h.rn.n)+1 {
		last := h.rn.level1()[h.rn.n+2]
		return &level2{roots: []merkle.Hash{last}, prove: func(uint64) ([]byte, error) { return nil, nil }}, nil
	}
	if c, ok := h.cache[tr]; ok {
		return c.l, c.fin
	}
	m, _, final := h.machine(tr)
	roots := []merkle.Hash{m.StateRoot()}
	for m.Step() < m.Program().Len() {
		require.NoError(h.t, m.Exec())
		roots = append(roots, m.StateRoot())
	}
	c := &cached{fin: final()}
	c.l = &level2{roots: roots, prove: func(j uint64) ([]byte, error) {
		if j >= uint64(len(roots)-1) {
			return fraud.HaltProof(c.fin), nil
		}
		if c.m == nil || c.m.Step() > j {
			c.m, c.pf, _ = h.machine(tr)
		}
		for c.m.Step() < j {
			if err := c.m.Exec(); err != nil {
				return nil, err
			}
		}
		return c.pf()
	}}
	h.cache[tr] = c
	return c.l, c.fin
}

// preimages are a side's TrainingVM preimages: its level-1 states and the
// final preimages of its transitions.
type preimages struct {
	states []train.State
	final  func(tr int) ([]byte, error)
}

func (p preimages) ExecRoot(tr int) ([]byte, error) { return p.final(tr) }

func (p preimages) Prestate(tr int) ([]byte, error) {
	if tr == 0 || tr > len(p.states) {
		return []byte{}, nil
	}
	return fraud.Level1StatePreimage(p.states[tr-1]), nil
}

func (p preimages) StepProof(_ int, data []byte) ([]byte, error) { return data, nil }

// honestActor is fraud's honest actor of the run.
func honestActor(t *testing.T, rn *run) fraud.Actor {
	r := &fraud.TrainingRun{Level1: rn.level1(), States: rn.states,
		Import: func() (*trainvm.ImportMachine, error) { return rn.importMachine(t), nil },
		Step: func(k int) (*trainvm.Machine, error) {
			return trainvm.New(inputOf(rn.trainerAt(t, rn.data, k), rn.src))
		},
		Export: func() (*trainvm.ExportMachine, error) { return rn.exportMachine(t), nil },
	}
	return fraud.TrainingActor(context.Background(), r, e2eSplit, e2eMax)
}

// liar is a claimant whose level-1 trace is states (I, its S_0..S_N, its F)
// and whose level-2 trace of a step transition it disagrees on follows the
// honest machine for its first `cut` micro-steps and then claims a final
// state carrying its own post-state (a preimage it makes up). It never
// steps.
func liarActor(t *testing.T, rn *run, level1 []merkle.Hash, states []train.State, cut uint64) fraud.Actor {
	h := newHonest(t, rn)
	honestL1 := rn.level1()
	fake := func(tr int) ([]byte, merkle.Hash) {
		_, fin := h.trace(tr)
		b := append([]byte(nil), fin...)
		copy(b[12:44], level1[tr+1][:]) // carried: the liar's post-state
		return b, merkle.Keccak([]byte("airollup.train.micro.v1"), b)
	}
	return fraud.Actor{
		Top: &fraud.Level1Trace{States: level1, Depth: e2eSplit},
		Bottom: func(tr int) (types.TraceProvider, error) {
			l, _ := h.trace(tr)
			if tr >= len(level1)-1 || level1[tr+1] == honestL1[tr+1] || tr == 0 || tr == int(rn.n)+1 {
				return &level2{roots: l.roots}, nil
			}
			_, root := fake(tr)
			roots := append([]merkle.Hash(nil), l.roots[:cut]...)
			for len(roots) < len(l.roots) {
				roots = append(roots, root)
			}
			return &level2{roots: roots}, nil
		},
		Preimages: preimages{states: states, final: func(tr int) ([]byte, error) {
			if tr > int(rn.n)+1 {
				return []byte{}, nil
			}
			if level1[tr+1] == honestL1[tr+1] {
				_, fin := h.trace(tr)
				return fin, nil
			}
			b, _ := fake(tr)
			return b, nil
		}},
		SplitDepth: e2eSplit,
		MaxDepth:   e2eMax,
	}
}

// TestTrainingDisputeEndToEnd: DisputeGames over training records, created by
// the factory (its training pair: TrainingVM, split depth 33, max depth 78)
// and played on the simulated L1 by op-challenger's solver for both sides,
// resolve for the honest challenger against a claimant that corrupted one
// weight update (bisection lands on that step; the honest side proves its
// last micro-step) and against one that trained on other tokens than the
// dataset root's (it lands on the first step's TOKEN).
func TestTrainingDisputeEndToEnd(t *testing.T) {
	ctx := context.Background()
	chain := l1test.New(t, 3) // 0 stands in for the rollup, 1 the proposer, 2 the challenger
	v := deployOn(t, chain)
	inf, trn := dep.DevnetGame(4, 8), dep.DevnetGame(e2eSplit, e2eMax)
	fac := bindings.NewDisputeGameFactory()
	facAddr := chain.Deploy(t, 0, common.FromHex(bindings.DisputeGameFactoryMetaData.Bin), fac.PackConstructor(chain.Addrs[0], v.addr, inf, v.addr, trn))
	out, err := chain.Client.CallContract(ctx, ethereum.CallMsg{To: &facAddr, Data: fac.PackTrainingInitBond()}, nil)
	require.NoError(t, err)
	bond, err := fac.UnpackTrainingInitBond(out)
	require.NoError(t, err)

	rn := newRun(t, "e2e", 6, false, false, false, 3)
	meta := trainvm.Meta{TokenizerHash: rn.pre.TokenizerHash, EOS: rn.eos}
	cheat := func(data []int32, corruptAt int) ([]merkle.Hash, []train.State, merkle.Hash) {
		tr := rn.mk(data)
		var states []train.State
		for k := 0; k <= int(rn.n); k++ {
			s := tr.State()
			s.DataTokens, s.TokensRoot = rn.pre.Tokens, rn.pre.TokensRoot // it claims the dataset's corpus
			states = append(states, s)
			if k == int(rn.n) {
				break
			}
			_, err := tr.TrainStep(ctx, train.Options{})
			require.NoError(t, err)
			if k == corruptAt {
				tr.Model.Tensors[1].W[0] ^= 1 << 8
			}
		}
		root, err := trainvm.ModelRoot(tr.Model, meta)
		require.NoError(t, err)
		l1 := []merkle.Hash{rn.level1()[0]}
		for _, s := range states {
			l1 = append(l1, s.Root())
		}
		return append(l1, trainvm.FinalRoot(root, rn.pre.Root(), rn.configHash())), states, root
	}
	r := rand.New(rand.NewPCG(9, 9))
	other := make([]int32, len(rn.data))
	for i := range other {
		other[i] = int32(r.IntN(rn.spec.Vocab))
	}
	for i, tc := range []struct {
		name   string
		data   []int32
		at     int    // the step whose update is corrupted (-1: none)
		cut    uint64 // the liar follows the honest machine for this many micro-steps
		divert int    // the transition the bisection must land on
	}{
		{"corrupted weight update at step 1", rn.data, 1, ^uint64(0), 2},
		{"trained on other tokens than the dataset root", other, -1, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l1, states, newRoot := cheat(tc.data, tc.at)
			honestL1 := rn.level1()
			first := 0
			for first < len(l1) && l1[first] == honestL1[first] {
				first++
			}
			require.Equal(t, tc.divert+1, first, "the first state the cheat claims differently")
			cut := tc.cut
			if cut == ^uint64(0) {
				l, _ := newHonest(t, rn).trace(tc.divert)
				cut = uint64(len(l.roots) - 1)
			}
			liar := liarActor(t, rn, l1, states, cut)
			good := honestActor(t, rn)

			rec := rn.record()
			rec.NewModelRoot, rec.OutputHash = newRoot, crypto.Keccak256Hash(newRoot[:])
			enc, err := rec.Encode()
			require.NoError(t, err)
			root, err := liar.Top.Get(ctx, types.RootPosition)
			require.NoError(t, err)
			require.Equal(t, common.Hash(l1[len(l1)-1]), root)
			firstClaim, err := good.Top.Get(ctx, types.RootPosition.Attack())
			require.NoError(t, err)
			creator := &l1test.Sender{C: chain, I: 0}
			_, err = creator.Send(ctx, facAddr, fac.PackCreate(enc, rn.setupData(t), chain.Addrs[1], chain.Addrs[2], firstClaim), bond)
			require.NoError(t, err)
			out, err := chain.Client.CallContract(ctx, ethereum.CallMsg{To: &facAddr, Data: fac.PackGameAt(big.NewInt(int64(i)))}, nil)
			require.NoError(t, err)
			game, err := fac.UnpackGameAt(out)
			require.NoError(t, err)

			ls, gs := &l1test.Sender{C: chain, I: 1}, &l1test.Sender{C: chain, I: 2}
			bc, ok := chain.Client.(fraud.BlockCaller)
			require.True(t, ok)
			lg := fraud.NewContractGame(game, bc, ls)
			gg := fraud.NewContractGame(game, bc, gs)
			log := slog.New(slog.DiscardHandler)
			agents := []*fraud.Agent{fraud.NewAgent(liar, lg, log), fraud.NewAgent(good, gg, log)}
			for round := 0; round < 200; round++ {
				acted := 0
				for j, a := range agents {
					n, err := a.Act(ctx)
					acted += n
					if err != nil {
						require.NotEqual(t, 1, j, "the honest agent failed: %v", err)
					}
				}
				if acted == 0 {
					break
				}
			}
			require.Equal(t, 1, gg.Steps, "the honest side stepped once")
			require.Zero(t, lg.Steps)

			require.NoError(t, chain.AdvanceTime(time.Duration(trn.MaxClockDuration+1)*time.Second))
			g := bindings.NewDisputeGame()
			claims, err := gg.Claims(ctx)
			require.NoError(t, err)
			for c := len(claims) - 1; c >= 0; c-- {
				_, err := creator.Send(ctx, game, g.PackResolveClaim(big.NewInt(int64(c)), big.NewInt(0)), nil)
				require.NoError(t, err)
			}
			_, err = creator.Send(ctx, game, g.PackResolve(), nil)
			require.NoError(t, err)
			out, err = chain.Client.CallContract(ctx, ethereum.CallMsg{To: &game, Data: g.PackStatus()}, nil)
			require.NoError(t, err)
			st, err := g.UnpackStatus(out)
			require.NoError(t, err)
			require.Equal(t, uint8(1), st, "CHALLENGER_WINS")
			t.Logf("%s: %d claims; gas of the honest side %d, of the cheat %d", tc.name, len(claims), gg.GasUsed, lg.GasUsed)
		})
	}
}
