package fraud_test

import (
	"context"
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
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/ethbatch"
	"github.com/airollup/airollup/internal/fraudtest"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// e2eSplit, e2eMax cover every record on modelgen.Tiny (vm.RequiredDepths is
// 10/23, TestConfiguredDepthsCoverTheirModels): 1024 level-1 states, 8192
// micro-steps per transition. The max depth is even, one more than needed, so
// that the dishonest defender makes the last leaf and the honest challenger's
// one-step proof counters it.
const e2eSplit, e2eMax = 10, 24

type e2eJob struct {
	prompt, output []int32
	replay         *fraud.Replay
	record         record.JobRecord
}

// TestDisputeEndToEnd: a tiny generated model runs a job; the sequencer
// proposes a batch of two records, one of them wrong because one value was
// corrupted at a random (token, layer, micro-step). The honest challenger
// disputes it and op-challenger's solver plays both sides on the simulated L1
// down to a one-step proof through OneStepVerifier; the record is voided and
// the proposer's bond pays the challenger, while the other record finalizes
// and is delivered. Then an honest record attacked by a dishonest challenger
// survives.
func TestDisputeEndToEnd(t *testing.T) {
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	disputeEndToEnd(t, m, nil, true)
}

// disputeEndToEnd plays TestDisputeEndToEnd on model m (covered by
// e2eSplit, e2eMax): the dishonest record is corrupted after micro-step
// pick(machine) of a random block transition (a random step when pick is
// nil); the honest record's game and delivery follow when honestToo.
func disputeEndToEnd(t *testing.T, m *canon.Model, pick func(*vm.Machine) uint64, honestToo bool) {
	ctx := context.Background()
	tree, err := vm.NewModelTree(m)
	require.NoError(t, err)

	chain := l1test.New(t, 5) // 0 deployer, 1 sequencer, 2 honest challenger, 3 dishonest, 4 user
	gameCfg := deploy.DevnetGame(e2eSplit, e2eMax)
	rollupCfg := deploy.DevnetRollup()
	rollupCfg.ChallengeWindow, rollupCfg.FinalityDelay = 4*3600, 600
	addrs, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 100, Game: gameCfg, Rollup: rollupCfg, VM: deploy.Transformer,
	})
	require.NoError(t, err)
	rollup, inbox := bindings.NewRollup(), bindings.NewJobInbox()
	seq, user := &l1test.Sender{C: chain, I: 1}, &l1test.Sender{C: chain, I: 4}
	cfg, metaProof, err := fraud.Registration(m, tree)
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tree.Root(), cfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	require.NoError(t, err, "register the model")
	reg := bindings.NewModelRegistry()
	raw, err := chain.Client.CallContract(ctx, callMsg(addrs.ModelRegistry, reg.PackModel(big.NewInt(1))), nil)
	require.NoError(t, err)
	stored, err := reg.UnpackModel(raw)
	require.NoError(t, err)
	require.Equal(t, cfg, stored.Config, "the registry holds the configuration committed in the model root")

	newJob := func(prompt []int32, n int) *e2eJob {
		// The job stops at the model's EOS or at n tokens (docs/protocol.md, "Early stop").
		res, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: n, StopAtEOS: true}, canon.Options{})
		require.NoError(t, err)
		require.NoError(t, record.CheckOutput(m.Config, n, res.Tokens))
		tokens := append(append([]int32{}, prompt...), res.Tokens[:len(res.Tokens)-1]...)
		r, err := fraud.NewReplay(t.Context(), m, tree, tokens, len(prompt), canon.SampleParams{}, canon.Options{})
		require.NoError(t, err)
		require.LessOrEqual(t, len(r.States()), 1<<e2eSplit)
		input := canon.TokenBytes(prompt) // the job's input is its prompt's token ids
		params := bindings.IJobInboxParams{MaxTokens: uint32(n)}
		_, err = user.Send(ctx, addrs.JobInbox, inbox.PackSubmit(0, 1, input, 0, params, common.Address{}, 0), big.NewInt(1e16))
		require.NoError(t, err)
		out, err := chain.Client.CallContract(ctx, callMsg(addrs.JobInbox, inbox.PackJobCount()), nil)
		require.NoError(t, err)
		id, err := inbox.UnpackJobCount(out)
		require.NoError(t, err)
		final := r.Final()
		return &e2eJob{prompt: prompt, output: res.Tokens, replay: r, record: record.JobRecord{
			JobID: id.Uint64(), ModelRoot: tree.Root(), InputHash: crypto.Keccak256Hash(input),
			PromptLen: uint32(len(prompt)), OutputLen: uint32(len(res.Tokens)), Params: record.JobParams{MaxTokens: uint32(n)},
			OutputHash: canon.TokensHash(res.Tokens), ResidualRoot: final.RegRoots()[0], KvRoot: final.KVRoot(), Fee: big.NewInt(1e15),
		}}
	}
	rng := rand.New(rand.NewPCG(7, 11))
	// The disputed record has the maximum length the model allows: prompt + output = context.
	long := make([]int32, m.Context-3)
	for i := range long {
		long[i] = int32(1 + (i*37)%(m.Vocab-1))
	}
	good, bad := newJob([]int32{1, 60, 70}, 4), newJob(long, 3)
	require.Equal(t, m.Context, len(bad.prompt)+len(bad.output), "the disputed record fills the context")

	// The dishonest proposer's record for `bad`: corrupted at a random block micro-step.
	L := m.Layers
	var k int
	for k = rng.IntN(bad.replay.Transitions()); k%(L+1) == L; k = rng.IntN(bad.replay.Transitions()) {
	}
	mk, err := bad.replay.Machine(k)
	require.NoError(t, err)
	dis := &fraudtest.Tampered{Replay: bad.replay, K: k, Step: uint64(rng.IntN(int(mk.Program().Len()))), Split: e2eSplit, Max: e2eMax}
	if pick != nil {
		dis.Step = pick(mk)
	}
	badRecord := bad.record
	badRecord.ResidualRoot[31] ^= 1
	dis.Final = fraudtest.FinalState(append(append([]int32{}, bad.prompt...), bad.output...), badRecord.ResidualRoot, badRecord.KvRoot)
	t.Logf("corrupted: transition %d (p=%d, l=%d), micro-step %d of %d", k, k/(L+1), k%(L+1), dis.Step, mk.Program().Len())

	records := []record.JobRecord{good.record, badRecord}
	root, proofs, err := record.RecordsRoot(records)
	require.NoError(t, err)
	// The stake covers the penalty of every included job, plus one.
	_, err = seq.Send(ctx, addrs.Rollup, rollup.PackStake(), new(big.Int).Mul(rollupCfg.InclusionPenalty, big.NewInt(3)))
	require.NoError(t, err)
	outputs := [][]byte{canon.TokenBytes(good.output), canon.TokenBytes(bad.output)}
	_, err = seq.Send(ctx, addrs.Rollup, rollup.PackPropose(0, []bindings.IRollupJobRecord{good.record.Binding(), badRecord.Binding()}, outputs, make([][]byte, 2)),
		new(big.Int).Mul(rollupCfg.BondPerRecord, big.NewInt(2)))
	require.NoError(t, err)
	out, err := chain.Client.CallContract(ctx, callMsg(addrs.Rollup, rollup.PackBatch(big.NewInt(0))), nil)
	require.NoError(t, err)
	posted, err := rollup.UnpackBatch(out)
	require.NoError(t, err)
	require.Equal(t, root, common.Hash(posted.RecordsRoot), "the on-chain records root is record.RecordsRoot")

	play := func(name string, job *e2eJob, index uint32, rec record.JobRecord, honestRoot bool) (honestGas, dishonestGas uint64, moves int, game common.Address, challenger *l1test.Sender) {
		honestActor := fraud.ReplayActor(job.replay, e2eSplit, e2eMax)
		dishonestActor, err := dis.Actor()
		require.NoError(t, err)
		if honestRoot {
			// the dishonest challenger's own tampered replay of this job
			dj := &fraudtest.Tampered{Replay: job.replay, K: dis.K % job.replay.Transitions(), Split: e2eSplit, Max: e2eMax}
			if dj.K%(L+1) == L {
				dj.K--
			}
			dj.Final = merkle.Keccak(job.replay.States()[len(job.replay.States())-1][:], []byte("wrong"))
			dishonestActor, err = dj.Actor()
			require.NoError(t, err)
		}
		challengerActor, defenderActor := honestActor, dishonestActor
		challenger = &l1test.Sender{C: chain, I: 2}
		defender := &l1test.Sender{C: chain, I: 1}
		if honestRoot {
			challengerActor, defenderActor = dishonestActor, honestActor
			challenger = &l1test.Sender{C: chain, I: 3}
		}
		// The challenger's first claim: its value at the root's attack position.
		first, err := challengerActor.Top.Get(ctx, types.RootPosition.Attack())
		require.NoError(t, err)
		setup, err := fraud.SetupData(m, tree, job.prompt, job.output)
		require.NoError(t, err)
		recArg := rec.Binding()
		proof := make([][32]byte, len(proofs[index]))
		for i, h := range proofs[index] {
			proof[i] = h
		}
		initBond := bondAt(gameCfg, 1)
		r, err := challenger.Send(ctx, addrs.Rollup, rollup.PackDispute(0, index, recArg, proof, setup, first), initBond)
		require.NoError(t, err, "dispute")
		challengerGas := r.GasUsed
		out, err := chain.Client.CallContract(ctx, callMsg(addrs.Rollup, rollup.PackGameOf(big.NewInt(0), big.NewInt(int64(index)))), nil)
		require.NoError(t, err)
		game, err = rollup.UnpackGameOf(out)
		require.NoError(t, err)

		log := slog.New(slog.DiscardHandler)
		reader := ethbatch.New(chain.RPC()) // batched reads of each snapshot
		cg := fraud.NewContractGame(game, reader, challenger)
		dg := fraud.NewContractGame(game, reader, defender)
		agents := []*fraud.Agent{fraud.NewAgent(defenderActor, dg, log), fraud.NewAgent(challengerActor, cg, log)}
		refused := 0
		for round := 0; round < 200; round++ {
			acted := 0
			for i, a := range agents {
				n, err := a.Act(ctx)
				acted += n // what landed, even when another action was refused
				isHonest := (i == 0) == honestRoot
				if err != nil {
					require.False(t, isHonest, "%s: the honest agent failed: %v", name, err)
					t.Logf("%s: a dishonest action was refused: %v", name, err)
					refused++
				}
			}
			if acted == 0 {
				break
			}
		}
		moves = cg.Moves + dg.Moves + 1
		t.Logf("%s: %d moves, %d steps; challenger gas %d (dispute %d), defender gas %d", name, moves, cg.Steps+dg.Steps, cg.GasUsed+challengerGas, challengerGas, dg.GasUsed)
		if honestRoot {
			// The dishonest challenger's step from the agreed state reproduces the honest leaf: refused (ValidStep).
			require.Equal(t, 0, cg.Steps+dg.Steps, "no dishonest step lands")
			require.Positive(t, refused, "the dishonest challenger tried to step")
		} else {
			require.Equal(t, 1, cg.Steps, "the honest challenger's one step counters the dishonest leaf")
		}

		// Let every clock run out and resolve bottom-up.
		require.NoError(t, chain.AdvanceTime(time.Duration(gameCfg.MaxClockDuration+1)*time.Second))
		resolver := &l1test.Sender{C: chain, I: 0}
		dgb := bindings.NewDisputeGame()
		claims, err := cg.Claims(ctx)
		require.NoError(t, err)
		for i := len(claims) - 1; i >= 0; i-- {
			_, err := resolver.Send(ctx, game, dgb.PackResolveClaim(big.NewInt(int64(i)), big.NewInt(0)), nil)
			require.NoError(t, err, "resolveClaim %d", i)
		}
		_, err = resolver.Send(ctx, game, dgb.PackResolve(), nil)
		require.NoError(t, err)
		out, err = chain.Client.CallContract(ctx, callMsg(game, dgb.PackStatus()), nil)
		require.NoError(t, err)
		st, err := dgb.UnpackStatus(out)
		require.NoError(t, err)
		want := uint8(1) // CHALLENGER_WINS
		if honestRoot {
			want = 2
		}
		require.Equal(t, want, st, "%s: the honest side wins", name)
		require.NoError(t, chain.AdvanceTime(time.Duration(rollupCfg.FinalityDelay)*time.Second)) // the air-gap
		_, err = resolver.Send(ctx, addrs.Rollup, rollup.PackSettle(0, index), nil)
		require.NoError(t, err)
		if honestRoot {
			return dg.GasUsed, cg.GasUsed + challengerGas, moves, game, challenger
		}
		return cg.GasUsed + challengerGas, dg.GasUsed, moves, game, challenger
	}

	// 1. The wrong record is disputed and voided.
	hg, dg, moves, game, ch := play("dishonest record", bad, 1, badRecord, false)
	t.Logf("dishonest record: %d moves; honest challenger %d gas, dishonest proposer %d gas", moves, hg, dg)
	status := recordStatus(t, chain, addrs.Rollup, 1)
	require.Equal(t, uint8(2), status, "voided")
	before := balance(t, chain, ch.From())
	credit := rollupCredit(t, chain, addrs.Rollup, ch.From())
	require.Equal(t, rollupCfg.BondPerRecord, credit, "the proposer's record bond is the challenger's")
	_, err = ch.Send(ctx, addrs.Rollup, rollup.PackWithdrawCredit(), nil)
	require.NoError(t, err)
	_, err = ch.Send(ctx, game, bindings.NewDisputeGame().PackClaimCredit(ch.From()), nil)
	require.NoError(t, err)
	require.Equal(t, 1, balance(t, chain, ch.From()).Cmp(before), "the challenger is paid")
	if !honestToo {
		return
	}

	// 2. The honest record, attacked by a dishonest challenger, survives.
	hg, dg, moves, _, _ = play("honest record", good, 0, good.record, true)
	t.Logf("honest record: %d moves; honest proposer %d gas, dishonest challenger %d gas", moves, hg, dg)
	require.Equal(t, uint8(0), recordStatus(t, chain, addrs.Rollup, 0), "back to undisputed")
	// 3. It finalizes after the window and is delivered.
	require.NoError(t, chain.AdvanceTime(time.Duration(rollupCfg.ChallengeWindow+rollupCfg.FinalityDelay)*time.Second))
	rec := good.record
	recArg := rec.Binding()
	proof := make([][32]byte, len(proofs[0]))
	for i, h := range proofs[0] {
		proof[i] = h
	}
	_, err = user.Send(ctx, addrs.Rollup, rollup.PackDeliver(0, 0, recArg, proof, outputs[0], []byte{}), nil)
	require.NoError(t, err)
	require.Equal(t, uint8(3), recordStatus(t, chain, addrs.Rollup, 0), "delivered")
}

func bondAt(cfg bindings.IDisputeGameGameConfig, depth int) *big.Int {
	b := new(big.Int).Set(cfg.BaseBond)
	for i := 0; i < depth; i++ {
		b.Mul(b, big.NewInt(10000+int64(cfg.BondGrowthBps)))
		b.Div(b, big.NewInt(10000))
	}
	return b
}

func recordStatus(t *testing.T, c *l1test.Chain, rollup common.Address, i int64) uint8 {
	r := bindings.NewRollup()
	out, err := c.Client.CallContract(context.Background(), callMsg(rollup, r.PackRecordStatus(big.NewInt(0), big.NewInt(i))), nil)
	require.NoError(t, err)
	s, err := r.UnpackRecordStatus(out)
	require.NoError(t, err)
	return s
}

func rollupCredit(t *testing.T, c *l1test.Chain, rollup, who common.Address) *big.Int {
	r := bindings.NewRollup()
	out, err := c.Client.CallContract(context.Background(), callMsg(rollup, r.PackCredit(who)), nil)
	require.NoError(t, err)
	v, err := r.UnpackCredit(out)
	require.NoError(t, err)
	return v
}

func balance(t *testing.T, c *l1test.Chain, who common.Address) *big.Int {
	b, err := c.Client.BalanceAt(context.Background(), who, nil)
	require.NoError(t, err)
	return b
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
