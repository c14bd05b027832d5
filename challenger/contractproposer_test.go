package challenger_test

import (
	"context"
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// storedRig is a simulated L1 whose sequencer key (account 1) is an EIP-7702
// account delegating to StoredProposer: its Rollup calls are built from
// storage by `fire()`, so no transaction input a watcher reads holds them.
// Account 2 submits jobs, 3 is the watcher's, 4 a sock that is a 7702 account
// too.
type storedRig struct {
	chain  *l1test.Chain
	addrs  *deploy.Addresses
	cfg    bindings.IRollupRollupConfig
	m      *canon.Model
	tree   *vm.ModelTree
	dir    string // the model directory, holding the tiny model by root
	params bindings.IJobInboxParams
	prompt []int32
	// hideLogged: the watchers' L1 endpoint serves no log without a topic
	// (the calldata the Rollup logs of a propose call a contract made), so a
	// built proposal is unreadable and its records are data-challenged.
	hideLogged bool
}

// newStoredRig deploys the contracts, registers the tiny model, stakes the
// sequencer and submits `jobs` jobs of r.prompt; with delegate, accounts 1
// and 4 become 7702 accounts running StoredProposer.
func newStoredRig(t *testing.T, jobs int, delegate bool) *storedRig {
	ctx := context.Background()
	r := &storedRig{dir: t.TempDir(), cfg: deploy.DevnetRollup(), prompt: []int32{1, 60, 70},
		params: bindings.IJobInboxParams{MaxTokens: 4, TemperatureMilli: 700, TopK: 20, Seed: [32]byte{3}}}
	tmp := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, llama.Generate(tmp, modelgen.Tiny))
	l, err := llama.Load(tmp)
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	r.m = l.Model
	r.tree, err = vm.NewModelTree(r.m)
	require.NoError(t, err)
	root := r.m.Root()
	b, err := os.ReadFile(tmp)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(r.dir, hex.EncodeToString(root[:])+".gguf"), b, 0o644))

	r.chain = l1test.New(t, 5)
	r.addrs, err = deploy.Deploy(ctx, r.chain.Client, r.chain.Opts(0), r.chain.Wait, deploy.Config{
		Sequencer: r.chain.Addrs[1], InclusionWindow: 1000, Game: deploy.DevnetGame(10, 24), Rollup: r.cfg, VM: deploy.Transformer,
	})
	require.NoError(t, err)
	regCfg, metaProof, err := fraud.Registration(r.m, r.tree)
	require.NoError(t, err)
	user := &l1test.Sender{C: r.chain, I: 2}
	_, err = user.Send(ctx, r.addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(r.tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	require.NoError(t, err)
	_, err = (&l1test.Sender{C: r.chain, I: 1}).Send(ctx, r.addrs.Rollup, bindings.NewRollup().PackStake(), new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)))
	require.NoError(t, err)
	for range jobs {
		_, err = user.Send(ctx, r.addrs.JobInbox, bindings.NewJobInbox().PackSubmit(0, 1, canon.TokenBytes(r.prompt), 0, r.params, common.Address{}, 0), big.NewInt(1e16))
		require.NoError(t, err)
	}
	if delegate {
		proposer := r.chain.Deploy(t, 0, common.FromHex(bindings.StoredProposerMetaData.Bin), nil)
		r.delegate(t, proposer, 1, 4)
	}
	return r
}

// delegate makes accounts `as` EIP-7702 accounts running code's code, in a
// SetCodeTx sent by account 2.
func (r *storedRig) delegate(t *testing.T, code common.Address, as ...int) {
	ctx := context.Background()
	chainID := uint256.MustFromBig(r.chain.ChainID)
	var auths []types.SetCodeAuthorization
	for _, i := range as {
		n, err := r.chain.Client.NonceAt(ctx, r.chain.Addrs[i], nil)
		require.NoError(t, err)
		a, err := types.SignSetCode(r.chain.Keys[i], types.SetCodeAuthorization{ChainID: *chainID, Address: code, Nonce: n})
		require.NoError(t, err)
		auths = append(auths, a)
	}
	n, err := r.chain.Client.NonceAt(ctx, r.chain.Addrs[2], nil)
	require.NoError(t, err)
	head, err := r.chain.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9))
	tx := types.MustSignNewTx(r.chain.Keys[2], types.LatestSignerForChainID(r.chain.ChainID), &types.SetCodeTx{ChainID: chainID, Nonce: n,
		GasTipCap: uint256.NewInt(1e9), GasFeeCap: uint256.MustFromBig(fee), Gas: 500_000, To: r.chain.Addrs[2], Value: new(uint256.Int),
		AuthList: auths})
	require.NoError(t, r.chain.Client.SendTransaction(ctx, tx))
	r.chain.Mine(t, tx)
	for _, i := range as {
		c, err := r.chain.Client.CodeAt(ctx, r.chain.Addrs[i], nil)
		require.NoError(t, err)
		require.Equal(t, append([]byte{0xef, 0x01, 0x00}, code.Bytes()...), c, "account %d delegates", i)
	}
}

// built makes account i call `to` with data and value through its stored
// call: the transaction's input is fire()'s selector alone.
func (r *storedRig) built(t *testing.T, i int, to common.Address, data []byte, value *big.Int) *types.Receipt {
	ctx := context.Background()
	sp := bindings.NewStoredProposer()
	s := &l1test.Sender{C: r.chain, I: i}
	// The pool takes one transaction at a time from a delegated account, and
	// drops a mined one asynchronously: retry while it still holds the last.
	send := func(data []byte, value *big.Int) *types.Receipt {
		for range 200 {
			rc, err := s.Send(ctx, r.chain.Addrs[i], data, value)
			if err != nil && strings.Contains(err.Error(), "in-flight transaction limit") {
				time.Sleep(10 * time.Millisecond)
				continue
			}
			require.NoError(t, err)
			return rc
		}
		t.Fatalf("account %d: the pool kept refusing a transaction", i)
		return nil
	}
	send(sp.PackStore(to, data), nil)
	rc := send(sp.PackFire(), value)
	tx, _, err := r.chain.Client.TransactionByHash(ctx, rc.TxHash)
	require.NoError(t, err)
	require.Equal(t, sp.PackFire(), tx.Data(), "the input holds no call")
	return rc
}

// rec is job `job`'s record with output `out` and fee `fee`.
func (r *storedRig) rec(job uint64, out []int32, fee int64) record.JobRecord {
	p := r.params
	ob := canon.TokenBytes(out)
	return record.JobRecord{JobID: job, ModelRoot: r.m.Root(), InputHash: crypto.Keccak256Hash(canon.TokenBytes(r.prompt)),
		PromptLen: uint32(len(r.prompt)), OutputLen: uint32(len(out)),
		Params:     record.JobParams{MaxTokens: p.MaxTokens, TemperatureMilli: p.TemperatureMilli, TopK: p.TopK, TopPMicro: p.TopPMicro, Seed: p.Seed},
		OutputHash: crypto.Keccak256Hash(ob), ResidualRoot: [32]byte{0x77}, KvRoot: [32]byte{0x88}, Fee: big.NewInt(fee)}
}

// propose proposes batch 0 of recs through the stored call; it returns the
// records' proofs.
func (r *storedRig) propose(t *testing.T, recs []record.JobRecord, outs [][]int32) [][]common.Hash {
	data, bond, proofs := r.proposeCall(t, recs, outs)
	r.built(t, 1, r.addrs.Rollup, data, bond)
	return proofs
}

// proposeCall is Rollup.propose of batch 0 of recs, with its bond and the
// records' proofs.
func (r *storedRig) proposeCall(t *testing.T, recs []record.JobRecord, outs [][]int32) ([]byte, *big.Int, [][]common.Hash) {
	bs := make([]bindings.IRollupJobRecord, len(recs))
	ob := make([][]byte, len(recs))
	reqs := make([][]byte, len(recs))
	for i := range recs {
		bs[i], ob[i], reqs[i] = recs[i].Binding(), canon.TokenBytes(outs[i]), []byte{}
	}
	_, proofs, err := record.RecordsRoot(recs)
	require.NoError(t, err)
	bond := new(big.Int).Mul(r.cfg.BondPerRecord, big.NewInt(int64(len(recs))))
	return bindings.NewRollup().PackPropose(0, bs, ob, reqs), bond, proofs
}

// disputeCall is Rollup.dispute of record 0 of batch 0 (rec, its proof and
// output), with the game's setup data and the factory's initial bond.
func (r *storedRig) disputeCall(t *testing.T, rec record.JobRecord, proof []common.Hash, out []int32) ([]byte, *big.Int) {
	setup, err := fraud.SetupData(r.m, r.tree, r.prompt, out)
	require.NoError(t, err)
	f := bindings.NewDisputeGameFactory()
	bond, err := f.UnpackInitBond(r.read(t, r.addrs.Factory, f.PackInitBond()))
	require.NoError(t, err)
	return bindings.NewRollup().PackDispute(0, 0, rec.Binding(), proofWords(proof), setup, common.Hash{0x5c}), bond
}

// gameOf is Rollup.gameOf(0, 0).
func (r *storedRig) gameOf(t *testing.T) common.Address {
	rb := bindings.NewRollup()
	game, err := rb.UnpackGameOf(r.read(t, r.addrs.Rollup, rb.PackGameOf(big.NewInt(0), big.NewInt(0))))
	require.NoError(t, err)
	return game
}

func (r *storedRig) watcher(t *testing.T) (*challenger.Watcher, *challenger.Store, *l1test.Sender) {
	return r.watcherWith(t, r.dir, nil)
}

// watcherWith is a watcher (account 3) loading models from dir, with metrics m.
func (r *storedRig) watcherWith(t *testing.T, dir string, m challenger.Metrics) (*challenger.Watcher, *challenger.Store, *l1test.Sender) {
	models := reexec.NewModels(dir, llama.Options{}, canon.Options{})
	t.Cleanup(func() { _ = models.Close() })
	st, err := challenger.OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	tx := &l1test.Sender{C: r.chain, I: 3}
	// An RPC capping log queries at 2 blocks, as providers cap them: every
	// search from a proposal to the head must walk it in windows.
	limited := &rangeLimitedL1{Client: ethclient.NewClient(r.chain.RPC()), max: 2}
	var l1 challenger.L1 = limited
	if r.hideLogged {
		l1 = noRawLogs{l1}
	}
	t.Cleanup(func() {
		if limited.refused != 0 {
			t.Errorf("%d log queries spanned more than %d blocks", limited.refused, limited.max)
		}
	})
	w, err := challenger.NewWatcher(context.Background(), challenger.WatchConfig{Rollup: r.addrs.Rollup, MaxScan: limited.max}, l1, tx,
		nil, models, st, log.NewLogger(log.DiscardHandler()), m)
	require.NoError(t, err)
	return w, st, tx
}

func (r *storedRig) read(t *testing.T, to common.Address, data []byte) []byte {
	out, err := r.chain.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(t, err)
	return out
}

func state(t *testing.T, st *challenger.Store, b uint64, i uint32) challenger.RecordEntry {
	e, ok, err := st.Record(b, i)
	require.NoError(t, err)
	require.True(t, ok, "record %d/%d judged", b, i)
	return e
}

// TestChallengerContractBuiltProposal: the sequencer is a contract (an
// EIP-7702 account) that builds its propose call from storage, so the
// proposal transaction's input holds no record, and the watcher's endpoint
// does not serve the log of its calldata (TestAudit8HiddenProposalReadFromLog
// reads it from there). The batch carries two wrong
// records: one invalid (a fee above its job's max fee), one whose output
// nobody re-executed. The watcher data-challenges every record; the proposer
// answers the first through a built resolveData too (its proof is read from
// DataResolved), and the watcher reports it invalid; the second, unanswered,
// is voided with voidUnavailable, naming the job JobIncluded shows at its
// position. Neither is ever delivered.
func TestChallengerContractBuiltProposal(t *testing.T) {
	ctx := context.Background()
	r := newStoredRig(t, 2, true)
	r.hideLogged = true
	rb, inbox := bindings.NewRollup(), bindings.NewJobInbox()
	outs := [][]int32{{5}, {5, 6, 7, 8}}
	recs := []record.JobRecord{r.rec(1, outs[0], 2e16), r.rec(2, outs[1], 1e15)}
	proofs := r.propose(t, recs, outs)
	w, st, tx := r.watcher(t)

	require.NoError(t, w.Step(ctx))
	for i := range uint32(2) {
		require.Equal(t, challenger.Challenged, state(t, st, 0, i).State, "record %d", i)
		dc, err := rb.UnpackDataChallenge(r.read(t, r.addrs.Rollup, rb.PackDataChallenge(big.NewInt(0), big.NewInt(int64(i)))))
		require.NoError(t, err)
		require.Equal(t, tx.From(), dc.Challenger)
	}

	r.built(t, 1, r.addrs.Rollup, rb.PackResolveData(0, 0, recs[0].Binding(), proofWords(proofs[0]), canon.TokenBytes(outs[0]), []byte{}), nil)
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Reported, state(t, st, 0, 0).State, "read from DataResolved, reported invalid")

	require.NoError(t, r.chain.AdvanceTime(time.Duration(r.cfg.DataWindow+1)*time.Second))
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Settled, state(t, st, 0, 1).State)
	for i := range int64(2) {
		rs, err := rb.UnpackRecordStatus(r.read(t, r.addrs.Rollup, rb.PackRecordStatus(big.NewInt(0), big.NewInt(i))))
		require.NoError(t, err)
		require.Equal(t, challenger.StatusVoided, rs, "record %d voided", i)
		js, err := inbox.UnpackStatusOf(r.read(t, r.addrs.JobInbox, inbox.PackStatusOf(big.NewInt(i+1))))
		require.NoError(t, err)
		require.EqualValues(t, 4, js, "job %d refunded (IJobInbox.Status.Refunded)", i+1)
	}
	// bondPerRecord for each voided record, and the unanswered challenge's bond back.
	credit, err := rb.UnpackCredit(r.read(t, r.addrs.Rollup, rb.PackCredit(tx.From())))
	require.NoError(t, err)
	want := new(big.Int).Add(new(big.Int).Mul(r.cfg.BondPerRecord, big.NewInt(2)), r.cfg.DataChallengeBond)
	require.Equal(t, want, credit)
	require.NoError(t, r.chain.AdvanceTime(time.Duration(r.cfg.ChallengeWindow+r.cfg.FinalityDelay+1)*time.Second))
	_, err = tx.Send(ctx, r.addrs.Rollup, rb.PackDeliver(0, 1, recs[1].Binding(), proofWords(proofs[1]), canon.TokenBytes(outs[1]), []byte{}), nil)
	require.Error(t, err, "the wrong record is never delivered")
}

// TestChallengerContractBuiltDispute: a record the watcher cannot read (its
// proposal built by a contract, the log of its calldata not served) is disputed by a sock whose dispute call is
// built by a contract too: neither transaction's input holds the record.
// The watcher reads it from the factory's GameSetup event of the record's
// game, re-executes it, finds it wrong and joins the game on the
// challenger's side.
func TestChallengerContractBuiltDispute(t *testing.T) {
	ctx := context.Background()
	r := newStoredRig(t, 1, true)
	r.hideLogged = true
	out := []int32{5, 6, 7, 8}
	for _, tok := range out[:3] {
		require.NotEqual(t, int32(r.m.EOS), tok)
	}
	rec := r.rec(1, out, 1e15)
	proofs := r.propose(t, []record.JobRecord{rec}, [][]int32{out})
	w, st, _ := r.watcher(t)
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Challenged, state(t, st, 0, 0).State)

	data, bond := r.disputeCall(t, rec, proofs[0], out)
	r.built(t, 4, r.addrs.Rollup, data, bond)
	game := r.gameOf(t)

	require.NoError(t, w.Step(ctx))
	e := state(t, st, 0, 0)
	require.Equal(t, challenger.Disputed, e.State, "joined on the challenger's side: %s", e.Note)
	require.Equal(t, game, e.Game)
}

// honest is the canonical run of r.prompt as job 1 asks it: its output and
// final residual and KV roots.
func (r *storedRig) honest(t *testing.T) ([]int32, [32]byte, [32]byte) {
	p := r.params
	sp := canon.SampleParams{TemperatureMilli: p.TemperatureMilli, TopK: p.TopK, TopPMicro: p.TopPMicro, Seed: p.Seed}
	res, err := r.m.Generate(context.Background(), canon.Job{Prompt: r.prompt, MaxTokens: int(p.MaxTokens), StopAtEOS: true, Params: sp, Trace: true},
		canon.Options{})
	require.NoError(t, err)
	return res.Tokens, res.FinalResidual, res.FinalKV
}

// proposeDirect proposes batch 0 of recs from the sequencer's key itself.
func (r *storedRig) proposeDirect(t *testing.T, recs []record.JobRecord, outs [][]int32) [][]common.Hash {
	data, bond, proofs := r.proposeCall(t, recs, outs)
	_, err := (&l1test.Sender{C: r.chain, I: 1}).Send(context.Background(), r.addrs.Rollup, data, bond)
	require.NoError(t, err)
	return proofs
}

// TestChallengerReportsInvalidRecordAfterSockGame (audit, low): an invalid
// record (a fee above its job's max fee, otherwise the honest run) is
// disputed by a sock, which then lets the proposer win the game: while it is
// disputed reportInvalid refuses it, so the watcher watches it, resolves the
// game once the clocks are out, settles it after the finality delay and
// then reports the record that survived, taking its bond.
func TestChallengerReportsInvalidRecordAfterSockGame(t *testing.T) {
	ctx := context.Background()
	r := newStoredRig(t, 1, false)
	rb := bindings.NewRollup()
	out, rr, kv := r.honest(t)
	rec := r.rec(1, out, 2e16)
	rec.ResidualRoot, rec.KvRoot = rr, kv
	proofs := r.proposeDirect(t, []record.JobRecord{rec}, [][]int32{out})

	data, bond := r.disputeCall(t, rec, proofs[0], out)
	sock := &l1test.Sender{C: r.chain, I: 4}
	_, err := sock.Send(ctx, r.addrs.Rollup, data, bond)
	require.NoError(t, err)
	game := r.gameOf(t)

	w, st, tx := r.watcherWith(t, r.dir, nil)
	require.NoError(t, w.Step(ctx))
	require.Equal(t, challenger.Watching, state(t, st, 0, 0).State, "invalid, but disputed: watched")
	_, err = tx.Send(ctx, r.addrs.Rollup, rb.PackReportInvalid(0, 0, rec.Binding(), proofWords(proofs[0]), canon.TokenBytes(out), []byte{}), nil)
	require.Error(t, err, "reportInvalid refuses a disputed record")

	// The proposer counters the sock's claim with the honest trace; the sock
	// never answers.
	sp := canon.SampleParams{TemperatureMilli: r.params.TemperatureMilli, TopK: r.params.TopK, Seed: r.params.Seed}
	rep, err := fraud.NewReplay(ctx, r.m, r.tree, append(append([]int32{}, r.prompt...), out[:len(out)-1]...), len(r.prompt), sp, canon.Options{})
	require.NoError(t, err)
	ec := ethclient.NewClient(r.chain.RPC())
	proposer := fraud.NewAgent(fraud.ReplayActor(rep, 10, 24), fraud.NewContractGame(game, ec, &l1test.Sender{C: r.chain, I: 1}), slogDiscard())
	n, err := proposer.Act(ctx)
	require.NoError(t, err)
	require.Positive(t, n, "the proposer countered the sock")

	gc := deploy.DevnetGame(10, 24)
	require.NoError(t, r.chain.AdvanceTime(time.Duration(gc.MaxClockDuration+1)*time.Second))
	require.NoError(t, w.Step(ctx)) // resolves the game
	gs, err := bindings.NewDisputeGame().UnpackStatus(r.read(t, game, bindings.NewDisputeGame().PackStatus()))
	require.NoError(t, err)
	require.EqualValues(t, 2, gs, "DEFENDER_WINS")
	require.NoError(t, r.chain.AdvanceTime(time.Duration(r.cfg.FinalityDelay+1)*time.Second))
	require.NoError(t, w.Step(ctx)) // settles the record: it survived
	survived, err := rb.UnpackSurvived(r.read(t, r.addrs.Rollup, rb.PackSurvived(big.NewInt(0), big.NewInt(0))))
	require.NoError(t, err)
	require.True(t, survived)
	require.NoError(t, w.Step(ctx)) // reports it
	require.Equal(t, challenger.Reported, state(t, st, 0, 0).State)
	rs, err := rb.UnpackRecordStatus(r.read(t, r.addrs.Rollup, rb.PackRecordStatus(big.NewInt(0), big.NewInt(0))))
	require.NoError(t, err)
	require.Equal(t, challenger.StatusVoided, rs)
	credit, err := rb.UnpackCredit(r.read(t, r.addrs.Rollup, rb.PackCredit(tx.From())))
	require.NoError(t, err)
	require.Equal(t, r.cfg.BondPerRecord, credit, "the reporter takes the record's bond")
}

// uncheckedMetrics records the last RecordUnchecked.
type uncheckedMetrics struct {
	challenger.NoopMetrics
	last map[string]int
}

func (m *uncheckedMetrics) RecordUnchecked(by map[string]int) { m.last = by }

// TestChallengerSurfacesUncheckedRecords (audit, medium): a watcher that
// cannot fetch a record's model cannot re-execute it. It says so loudly:
// the record is Unchecked with its model root and deadline, the metric
// counts it by model, `challenger status` lists it; past its window it is
// left, noted as not re-executed.
func TestChallengerSurfacesUncheckedRecords(t *testing.T) {
	ctx := context.Background()
	r := newStoredRig(t, 1, false)
	out := []int32{5, 6, 7, 8}
	r.proposeDirect(t, []record.JobRecord{r.rec(1, out, 1e15)}, [][]int32{out})
	m := &uncheckedMetrics{}
	w, st, _ := r.watcherWith(t, t.TempDir(), m) // no model there, no URL
	root := common.Hash(r.m.Root())

	require.ErrorIs(t, w.Step(ctx), challenger.ErrModelUnavailable)
	e := state(t, st, 0, 0)
	require.Equal(t, challenger.Unchecked, e.State)
	require.Equal(t, root, e.Model)
	rb := bindings.NewRollup()
	deadline, err := rb.UnpackRecordDeadline(r.read(t, r.addrs.Rollup, rb.PackRecordDeadline(big.NewInt(0), big.NewInt(0))))
	require.NoError(t, err)
	require.Equal(t, deadline.Uint64(), e.Deadline)
	require.Equal(t, map[string]int{root.Hex(): 1}, m.last)

	rs, err := challenger.Report(ctx, st, nil, common.Address{})
	require.NoError(t, err)
	require.Len(t, rs, 1)
	require.Equal(t, challenger.Unchecked, rs[0].State)
	require.Equal(t, root, rs[0].Model)
	var buf strings.Builder
	require.NoError(t, challenger.PrintReport(&buf, rs, false))
	require.Contains(t, buf.String(), "UNCHECKED RECORDS")
	require.Contains(t, buf.String(), root.Hex())

	require.NoError(t, r.chain.AdvanceTime(time.Duration(r.cfg.ChallengeWindow+1)*time.Second))
	require.NoError(t, w.Step(ctx))
	e = state(t, st, 0, 0)
	require.Equal(t, challenger.Checked, e.State)
	require.Contains(t, e.Note, "NOT re-executed")
	require.Empty(t, m.last, "no record unchecked any more")
}

func proofWords(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for k, h := range p {
		out[k] = h
	}
	return out
}
