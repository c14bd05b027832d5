package challenger

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/ethbatch"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/internal/reexec"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/vm"
)

// Game statuses, as IDisputeGame.GameStatus.
const gameInProgress uint8 = 0

func done(s RecordState) bool { return s == Checked || s == Reported || s == Settled }

// gameTask is one record whose game we play this round.
type gameTask struct {
	p Proposal
	d *BatchData
	i uint32
	e RecordEntry
}

// judgeBatch goes over the records of p not yet done. With gamesOnly, it
// only collects the records whose game is in play (gameTask). Otherwise it
// judges the others — re-executing them, the costly part — until deadline
// passes; the records left are judged next round (errJudgeBudget).
func (w *Watcher) judgeBatch(ctx context.Context, p Proposal, head *gethtypes.Header, gamesOnly bool, deadline time.Time) ([]gameTask, error) {
	var (
		d     *BatchData
		errs  []error
		games []gameTask
	)
	for i := uint32(0); i < p.RecordCount; i++ {
		e, _, err := w.st.Record(p.Index, i)
		if err != nil {
			return games, err
		}
		inPlay := e.State == Disputed || e.State == Defending
		if done(e.State) || inPlay != gamesOnly {
			continue
		}
		if !gamesOnly && !w.now().Before(deadline) {
			return games, errJudgeBudget
		}
		if d == nil {
			if d, err = w.batchData(ctx, p); err != nil {
				return games, err
			}
		}
		var rerr error
		switch e.State {
		case Disputed, Defending:
			if !d.Known(i) { // a record we read from its game
				rerr = w.disputedData(ctx, p, d, i)
			}
			if rerr == nil {
				games = append(games, gameTask{p: p, d: d, i: i, e: e})
			}
		case Challenged:
			rerr = w.challenged(ctx, p, d, i, head)
		default:
			rerr = w.judge(ctx, p, d, i, head, e.State == Watching)
		}
		if rerr != nil {
			w.log.Warn("record not judged", "batch", p.Index, "record", i, "err", rerr)
			errs = append(errs, fmt.Errorf("batch %d record %d: %w", p.Index, i, rerr))
		}
	}
	return games, errors.Join(errs...)
}

// errJudgeBudget ends a round's judging when its time budget is spent.
var errJudgeBudget = errors.New("challenger: judging budget of this round spent")

func big64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// judge decides about record i and acts. A watched record (right is true)
// was re-executed already and found right: it is not re-executed again.
func (w *Watcher) judge(ctx context.Context, p Proposal, d *BatchData, i uint32, head *gethtypes.Header, right bool) error {
	o, err := w.observe(ctx, p, d, i, head)
	if err != nil {
		return err
	}
	if !o.Readable && o.Status == StatusDisputed {
		// Someone disputed a record we cannot read (maybe the proposer's sock,
		// to lose the game and shield it): its dispute shows it.
		if err := w.disputedData(ctx, p, d, i); err != nil {
			return err
		}
		if o, err = w.observe(ctx, p, d, i, head); err != nil {
			return err
		}
	}
	if o.Status == StatusNone && !o.Readable {
		// Unreadable and undisputed: if it survived a game (read, if at all,
		// from its GameSetup event alone, without its proof; an unreadable
		// batch is decoded afresh each round, so that is asked of the Rollup)
		// it can be neither data-challenged nor disputed again, and without
		// the proof not reported; delivery still refuses it if it is invalid.
		survived, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackSurvived(big64(p.Index), big64(uint64(i))), w.rollup.UnpackSurvived)
		if err != nil {
			return fmt.Errorf("challenger: read Rollup.survived: %w", err)
		}
		if survived {
			w.log.Warn("record survived a game; its proof is unknown: left", "batch", p.Index, "record", i)
			return w.st.SetRecord(p.Index, i, RecordEntry{State: Checked, Note: "survived its game; proof unknown: not reportable"})
		}
	}
	o.Defender = w.cfg.Defend
	if NeedsReexec(o) && !right {
		o.Reexec = w.reexecute(ctx, d, i)
		if errors.Is(o.Reexec, ErrModelUnavailable) {
			return w.unchecked(p, d, i, o)
		}
		w.m.RecordChecked()
	}
	act, err := Decide(o)
	if err != nil {
		return err
	}
	w.log.Info("record judged", "batch", p.Index, "record", i, "action", act, "status", o.Status, "readable", o.Readable,
		"invalidity", o.Invalidity, "reexec", o.Reexec)
	switch act {
	case Leave:
		if o.Status == StatusNone && !o.Readable && o.DataChallenged {
			// Challenged by someone else: follow the answer as for our own.
			return w.st.SetRecord(p.Index, i, RecordEntry{State: Challenged, Note: "challenged by another"})
		}
		if o.Status != StatusNone || (o.Readable && o.Reexec == nil && o.Invalidity == 0) || !o.WindowOpen {
			return w.st.SetRecord(p.Index, i, RecordEntry{State: Checked, Note: fmt.Sprintf("status %d", o.Status)})
		}
		return nil
	case ChallengeData:
		return w.challengeData(ctx, p, i)
	case ReportInvalid:
		return w.reportInvalid(ctx, p, d, i, o.Invalidity)
	case Dispute:
		return w.dispute(ctx, p, d, i, o.Reexec)
	case Join:
		return w.join(ctx, p, i, Disputed, o.Reexec.Error())
	case Defend:
		return w.join(ctx, p, i, Defending, "re-execution agrees: defended")
	case Watch:
		note := "re-execution agrees"
		if o.Status == StatusDisputed {
			// Invalid, behind someone else's dispute (maybe the proposer's sock,
			// losing on purpose): reportInvalid needs the record undisputed, so
			// the game is finished and the record reported if it survives.
			note = fmt.Sprintf("invalidity %d: reported once its game is settled", o.Invalidity)
			if err := w.finishGame(ctx, p, i); err != nil {
				return err
			}
		}
		if right {
			return nil
		}
		return w.st.SetRecord(p.Index, i, RecordEntry{State: Watching, Note: note})
	}
	return fmt.Errorf("challenger: unknown action %v", act)
}

func (w *Watcher) observe(ctx context.Context, p Proposal, d *BatchData, i uint32, head *gethtypes.Header) (Observation, error) {
	var o Observation
	var err error
	if o.Status, err = call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackRecordStatus(big64(p.Index), big64(uint64(i))), w.rollup.UnpackRecordStatus); err != nil {
		return o, fmt.Errorf("challenger: read Rollup.recordStatus: %w", err)
	}
	deadline, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackRecordDeadline(big64(p.Index), big64(uint64(i))), w.rollup.UnpackRecordDeadline)
	if err != nil {
		return o, fmt.Errorf("challenger: read Rollup.recordDeadline: %w", err)
	}
	o.WindowOpen = deadline.Cmp(big64(head.Time)) > 0
	o.Deadline = deadline.Uint64()
	// A disputed record is judged (and its game played) once it is known; it
	// is reported (after its game) only with its inclusion proof.
	o.Readable = d.Usable(i) || (o.Status == StatusDisputed && d.Known(i))
	if !d.allReadable() {
		dc, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackDataChallenge(big64(p.Index), big64(uint64(i))), w.rollup.UnpackDataChallenge)
		if err != nil {
			return o, fmt.Errorf("challenger: read Rollup.dataChallenge: %w", err)
		}
		o.DataChallenged = dc.Challenger != (common.Address{})
	}
	if !o.Readable || (int(i) < len(d.Inputs) && d.Inputs[i] != nil && d.Records[i].IsL2()) {
		// Unreadable; or an L2 record read from its dispute, without its
		// request: judged by re-execution alone (an invalid record is not
		// delivered whatever its game's outcome).
		return o, nil
	}
	rec := d.Records[i]
	inv, err := call(ctx, w.l1, w.validA, w.validity.PackInvalidity(p.Index, i, rec.Binding(), d.Outputs[i], d.Requests[i]), w.validity.UnpackInvalidity)
	if err != nil {
		return o, fmt.Errorf("challenger: read RecordValidity.invalidity: %w", err)
	}
	o.Invalidity = inv.Arg0
	return o, nil
}

// ErrModelUnavailable is returned when a record's model cannot be had by
// its root (not in --model-dir, every --model-url failed or served another
// root): the record cannot be re-executed, so it is not checked.
var ErrModelUnavailable = errors.New("challenger: model unavailable")

// unchecked notes record i, whose model cannot be fetched, as Unchecked with
// its model root and deadline (`challenger status` lists them), logs it as
// an error each round it stays so, and returns the error. Once its window
// has closed it is left (Checked, noted): it finalizes unchecked.
func (w *Watcher) unchecked(p Proposal, d *BatchData, i uint32, o Observation) error {
	root := common.Hash(d.Records[i].ModelRoot)
	if !o.WindowOpen {
		w.log.Error("record finalizes unchecked: its model could not be fetched in its window", "batch", p.Index, "record", i,
			"model", root, "deadline", o.Deadline, "err", o.Reexec)
		return w.st.SetRecord(p.Index, i, RecordEntry{State: Checked, Model: root, Deadline: o.Deadline,
			Note: "NOT re-executed: model unavailable until its window closed"})
	}
	w.log.Error("record unchecked: its model cannot be fetched", "batch", p.Index, "record", i, "model", root,
		"deadline", o.Deadline, "err", o.Reexec)
	if err := w.st.SetRecord(p.Index, i, RecordEntry{State: Unchecked, Model: root, Deadline: o.Deadline, Note: o.Reexec.Error()}); err != nil {
		return err
	}
	return o.Reexec
}

// finishGame moves along a game someone else plays on record i: resolves it
// once its clocks allow, then settles the record once the Rollup takes it
// (each only when a simulation says it would succeed).
func (w *Watcher) finishGame(ctx context.Context, p Proposal, i uint32) error {
	game, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackGameOf(big64(p.Index), big64(uint64(i))), w.rollup.UnpackGameOf)
	if err != nil {
		return fmt.Errorf("challenger: read Rollup.gameOf: %w", err)
	}
	status, err := call(ctx, w.l1, game, w.dg.PackStatus(), w.dg.UnpackStatus)
	if err != nil {
		return fmt.Errorf("challenger: read the status of game %s: %w", game, err)
	}
	if status == gameInProgress {
		return w.resolve(ctx, game)
	}
	data := w.rollup.PackSettle(p.Index, i)
	if !w.simulate(ctx, w.cfg.Rollup, data, nil) {
		return nil // the finality delay has not passed
	}
	if _, err := w.send(ctx, "settle", w.cfg.Rollup, data, nil); err != nil {
		return err
	}
	w.log.Info("dispute settled", "batch", p.Index, "record", i, "game", game, "gameStatus", status)
	return nil
}

// job is what re-execution and the game need of a record.
type job struct {
	m      *canon.Model
	tree   *vm.ModelTree
	prompt []int32
	output []int32
	params canon.SampleParams
}

func (w *Watcher) job(ctx context.Context, d *BatchData, i uint32) (*job, error) {
	rec := d.Records[i]
	m, err := w.models.Get(ctx, merkle.Hash(rec.ModelRoot))
	if err != nil {
		return nil, fmt.Errorf("%w: model %s: %w", ErrModelUnavailable, common.Hash(rec.ModelRoot), err)
	}
	var input []byte
	if int(i) < len(d.Inputs) && d.Inputs[i] != nil {
		input = d.Inputs[i]
	} else if input, err = w.input(ctx, rec, d.Requests[i]); err != nil {
		return nil, err
	}
	prompt, err := canon.ParseTokenBytes(input, m.Vocab)
	if err != nil {
		return nil, fmt.Errorf("challenger: job %d's prompt: %w", rec.JobID, err)
	}
	out, err := canon.ParseTokenBytes(d.Outputs[i], m.Vocab)
	if err != nil {
		return nil, fmt.Errorf("challenger: record %d's output: %w", i, err)
	}
	p := rec.Params
	return &job{m: m, prompt: prompt, output: out,
		params: canon.SampleParams{TemperatureMilli: p.TemperatureMilli, TopK: p.TopK, TopPMicro: p.TopPMicro, Seed: p.Seed}}, nil
}

// input is the record's job input: an L2 record's from its request, an L1
// record's from the JobInbox's JobSubmitted event (checked against the
// record's inputHash, which invalidity checked against the job's), read in
// the job's submission block only (JobInbox.job's submittedAt): a query from
// the start block would span the rollup's life, which RPCs that cap log
// ranges refuse.
func (w *Watcher) input(ctx context.Context, rec record.JobRecord, request []byte) ([]byte, error) {
	if rec.IsL2() {
		s, err := jobreq.Decode(request)
		if err != nil {
			return nil, fmt.Errorf("challenger: decode the request of an L2 record: %w", err)
		}
		return s.Request.Input, nil
	}
	j, err := call(ctx, w.l1, w.inboxA, w.inbox.PackJob(big64(rec.JobID)), w.inbox.UnpackJob)
	if err != nil {
		return nil, fmt.Errorf("challenger: read JobInbox.job(%d): %w", rec.JobID, err)
	}
	ev := inboxABI.Events["JobSubmitted"].ID
	at := big64(j.SubmittedAt)
	logs, err := w.l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: at, ToBlock: at, Addresses: []common.Address{w.inboxA},
		Topics: [][]common.Hash{{ev}, {common.BigToHash(big64(rec.JobID))}}})
	if err != nil {
		return nil, fmt.Errorf("challenger: read JobSubmitted of job %d: %w", rec.JobID, err)
	}
	for k := range logs {
		e, err := w.inbox.UnpackJobSubmittedEvent(&logs[k])
		if err == nil && !logs[k].Removed && crypto.Keccak256Hash(e.Input) == rec.InputHash {
			return e.Input, nil
		}
	}
	return nil, fmt.Errorf("challenger: no JobSubmitted event of job %d with input hash %x in its block %d", rec.JobID, rec.InputHash, j.SubmittedAt)
}

// reexecute re-executes record i teacher-forced (reexec.CheckRecord).
func (w *Watcher) reexecute(ctx context.Context, d *BatchData, i uint32) error {
	j, err := w.job(ctx, d, i)
	if err != nil {
		return err
	}
	rec := d.Records[i]
	c := reexec.Claim{Output: j.output, ResidualRoot: rec.ResidualRoot, KVRoot: rec.KvRoot}
	return reexec.CheckRecord(ctx, j.m, j.prompt, int(rec.Params.MaxTokens), j.params, c, canon.Options{Threads: w.cfg.Threads})
}

func proof(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for k, h := range hs {
		out[k] = h
	}
	return out
}

func (w *Watcher) send(ctx context.Context, what string, to common.Address, data []byte, value *big.Int) (*gethtypes.Receipt, error) {
	r, err := w.tx.Send(ctx, to, data, value)
	if err != nil {
		return nil, fmt.Errorf("challenger: %s: %w", what, err)
	}
	w.m.RecordTx(what, r.GasUsed)
	return r, nil
}

func (w *Watcher) reportInvalid(ctx context.Context, p Proposal, d *BatchData, i uint32, inv uint8) error {
	rec := d.Records[i]
	if _, err := w.send(ctx, "reportInvalid", w.cfg.Rollup, w.rollup.PackReportInvalid(p.Index, i, rec.Binding(), proof(d.Proofs[i]), d.Outputs[i], d.Requests[i]), nil); err != nil {
		return err
	}
	w.log.Info("record reported invalid", "batch", p.Index, "record", i, "invalidity", inv)
	return w.st.SetRecord(p.Index, i, RecordEntry{State: Reported, Note: fmt.Sprintf("invalidity %d", inv)})
}

func (w *Watcher) challengeData(ctx context.Context, p Proposal, i uint32) error {
	cfg, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackConfig(), w.rollup.UnpackConfig)
	if err != nil {
		return fmt.Errorf("challenger: read Rollup.config: %w", err)
	}
	if _, err := w.send(ctx, "challengeData", w.cfg.Rollup, w.rollup.PackChallengeData(p.Index, i), cfg.DataChallengeBond); err != nil {
		return err
	}
	w.log.Info("record data challenged", "batch", p.Index, "record", i)
	return w.st.SetRecord(p.Index, i, RecordEntry{State: Challenged})
}

// challenged follows a data challenge: once answered (DataResolved) the
// record is judged from the data the proposer published; unanswered past its
// deadline it is voided through voidUnavailable.
func (w *Watcher) challenged(ctx context.Context, p Proposal, d *BatchData, i uint32, head *gethtypes.Header) error {
	dc, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackDataChallenge(big64(p.Index), big64(uint64(i))), w.rollup.UnpackDataChallenge)
	if err != nil {
		return fmt.Errorf("challenger: read Rollup.dataChallenge: %w", err)
	}
	if dc.Resolved {
		// Answered (DataResolved), or closed by a dispute or a report of the
		// record: judge reads its status (and a dispute's data).
		if err := w.resolvedData(ctx, p, d, i); err != nil && !errors.Is(err, errNotResolved) {
			return err
		}
		return w.judge(ctx, p, d, i, head, false)
	}
	if head.Time <= dc.Deadline {
		return nil
	}
	var jobID uint64
	if i < uint32(len(d.JobIDs)) {
		jobID = d.JobIDs[i]
	} else if jobID, err = w.jobAt(ctx, p, i); err != nil {
		return err
	}
	data := w.rollup.PackVoidUnavailable(p.Index, i, jobID)
	if !w.simulate(ctx, w.cfg.Rollup, data, nil) {
		status, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackRecordStatus(big64(p.Index), big64(uint64(i))), w.rollup.UnpackRecordStatus)
		if err == nil && status == StatusVoided {
			return w.st.SetRecord(p.Index, i, RecordEntry{State: Settled, Note: "voided unavailable"})
		}
		return nil
	}
	if _, err := w.send(ctx, "voidUnavailable", w.cfg.Rollup, data, nil); err != nil {
		return err
	}
	w.log.Info("unavailable record voided", "batch", p.Index, "record", i)
	return w.st.SetRecord(p.Index, i, RecordEntry{State: Settled, Note: "voided unavailable"})
}

// resolvedData reads record i from its DataResolved event into d: the
// record, its proof, output and request are all in the event (resolveData's
// calldata is not read: a contract may have built the call).
func (w *Watcher) resolvedData(ctx context.Context, p Proposal, d *BatchData, i uint32) error {
	ev := rollupABI.Events["DataResolved"].ID
	q := ethereum.FilterQuery{Addresses: []common.Address{w.cfg.Rollup},
		Topics: [][]common.Hash{{ev}, {common.BigToHash(big64(p.Index))}, {common.BigToHash(big64(uint64(i)))}}}
	var found *bindings.RollupDataResolved
	_, _, err := w.sinceProposal(ctx, p, q, func(l *gethtypes.Log) bool {
		e, err := w.rollup.UnpackDataResolvedEvent(l)
		if err != nil || l.Removed {
			return false
		}
		found = e
		return true
	})
	if err != nil {
		return fmt.Errorf("challenger: read DataResolved: %w", err)
	}
	if found == nil {
		return fmt.Errorf("%w: batch %d record %d", errNotResolved, p.Index, i)
	}
	return d.setResolved(p, i, found)
}

// sinceProposal finds the newest log matching q and keep from p's block to
// the head, in windows of at most MaxScan blocks (providers cap the blocks
// of one eth_getLogs), newest first.
func (w *Watcher) sinceProposal(ctx context.Context, p Proposal, q ethereum.FilterQuery, keep func(*gethtypes.Log) bool) ([]gethtypes.Log, int, error) {
	head, err := w.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, -1, fmt.Errorf("read the head: %w", err)
	}
	if !head.Number.IsUint64() || head.Number.Uint64() < p.Block {
		return nil, -1, nil // the proposal's block is above the head: a reorg the next round sees
	}
	return ethbatch.FindLatest(ctx, w.l1, q, p.Block, head.Number.Uint64(), w.cfg.MaxScan, keep)
}

// jobAt is the job included at record i of p (0: none, an L2 record's
// position), from the JobInbox's JobIncluded events of the proposal's
// transaction: what voidUnavailable must name when the proposal's call was
// not read (a calldata batch, or a proposeBlobs call a contract built).
func (w *Watcher) jobAt(ctx context.Context, p Proposal, i uint32) (uint64, error) {
	ev := inboxABI.Events["JobIncluded"].ID
	at := big64(p.Block)
	logs, err := w.l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: at, ToBlock: at, Addresses: []common.Address{w.inboxA},
		Topics: [][]common.Hash{{ev}, nil, {common.BigToHash(big64(p.Index))}}})
	if err != nil {
		return 0, fmt.Errorf("challenger: read JobIncluded of batch %d: %w", p.Index, err)
	}
	for k := range logs {
		if logs[k].Removed || logs[k].TxHash != p.Tx {
			continue
		}
		e, err := w.inbox.UnpackJobIncludedEvent(&logs[k])
		if err == nil && e.RecordIndex.IsUint64() && e.RecordIndex.Uint64() == uint64(i) {
			return e.JobId.Uint64(), nil
		}
	}
	return 0, nil
}

// errNotResolved: a closed data challenge without a DataResolved event (a
// dispute or a report closed it).
var errNotResolved = errors.New("challenger: no DataResolved event")

// disputedData reads record i, which we cannot read from the batch, from
// the dispute opened on it. Rollup.dispute's calldata (the transaction's
// input, or inside it) carries the record, its inclusion proof (checked here
// against the records root) and the game's setup data, whose prompt and
// output TransformerVM.setup checked against the record's inputHash and
// outputHash (checked here too). A dispute call built by a contract is not
// in any input: the factory's GameSetup event of the record's game
// (Rollup.gameOf) carries the record and setup data, without the proof. An
// L2 record's request is in neither: its input is the setup's prompt.
func (w *Watcher) disputedData(ctx context.Context, p Proposal, d *BatchData, i uint32) error {
	ev := rollupABI.Events["RecordDisputed"].ID
	game, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackGameOf(big64(p.Index), big64(uint64(i))), w.rollup.UnpackGameOf)
	if err != nil {
		return fmt.Errorf("challenger: read Rollup.gameOf: %w", err)
	}
	q := ethereum.FilterQuery{Addresses: []common.Address{w.cfg.Rollup},
		Topics: [][]common.Hash{{ev}, {common.BigToHash(big64(p.Index))}, {common.BigToHash(big64(uint64(i)))}}}
	logs, k, err := w.sinceProposal(ctx, p, q, func(l *gethtypes.Log) bool {
		e, err := w.rollup.UnpackRecordDisputedEvent(l)
		// Not an earlier game of the record (a reorg), nor another one.
		return err == nil && !l.Removed && e.Game == game
	})
	if err != nil {
		return fmt.Errorf("challenger: read RecordDisputed: %w", err)
	}
	if k < 0 {
		return fmt.Errorf("challenger: batch %d record %d is disputed without a RecordDisputed event of its game %s", p.Index, i, game)
	}
	tx, _, err := w.l1.TransactionByHash(ctx, logs[k].TxHash)
	if err != nil {
		return fmt.Errorf("challenger: read the dispute %s of batch %d record %d: %w", logs[k].TxHash, p.Index, i, err)
	}
	if err := d.fromDispute(p, i, tx.Data()); err == nil {
		return nil
	}
	return w.gameSetup(ctx, p, d, i, game, logs[k].BlockNumber)
}

// gameSetup reads record i from the DisputeGameFactory's GameSetup event of
// its game, emitted in block `at` (fromSetup).
func (w *Watcher) gameSetup(ctx context.Context, p Proposal, d *BatchData, i uint32, game common.Address, at uint64) error {
	f := bindings.NewDisputeGameFactory()
	ev := factoryABI.Events["GameSetup"].ID
	logs, err := w.l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big64(at), ToBlock: big64(at), Addresses: []common.Address{w.factoryA},
		Topics: [][]common.Hash{{ev}, {common.BytesToHash(game.Bytes())}}})
	if err != nil {
		return fmt.Errorf("challenger: read GameSetup of game %s: %w", game, err)
	}
	for k := range logs {
		e, err := f.UnpackGameSetupEvent(&logs[k])
		if err != nil || logs[k].Removed || e.Game != game {
			continue
		}
		vals, err := recordArgs.Unpack(e.Record)
		if err != nil {
			return fmt.Errorf("%w: game %s's record: %w", ErrData, game, err)
		}
		rb, ok := abi.ConvertType(vals[0], new(bindings.IRollupJobRecord)).(*bindings.IRollupJobRecord)
		if !ok {
			return fmt.Errorf("%w: game %s's record decoded as %T", ErrData, game, vals[0])
		}
		rec := fromBinding(*rb)
		// The factory hashed these bytes into GameCreated; the Rollup checked
		// them at (batch, record) before creating the game.
		if enc, err := rec.Encode(); err != nil || !bytes.Equal(enc, e.Record) {
			return fmt.Errorf("%w: game %s's record is not a canonical encoding", ErrData, game)
		}
		return d.fromSetup(p, i, rec, nil, e.SetupData)
	}
	return fmt.Errorf("challenger: no GameSetup event of game %s in block %d", game, at)
}

// actor builds the honest actor of record i: its replay over prompt and
// output but for the last token.
func (w *Watcher) actor(ctx context.Context, j *job) (fraud.Actor, error) {
	w.mu.Lock()
	tree := w.trees[j.m.Root()]
	w.mu.Unlock()
	if tree == nil {
		var err error
		if tree, err = vm.NewModelTree(j.m); err != nil {
			return fraud.Actor{}, err
		}
		w.mu.Lock()
		w.trees[j.m.Root()] = tree
		w.mu.Unlock()
	}
	j.tree = tree
	// The honest trace: the canonical run over the record's P = prompt +
	// output - 1 positions, not stopping at an EOS (the game judges the
	// record's positions; the first one where the record departs from the
	// canonical run is where the bisection ends).
	n := len(j.output)
	res, err := j.m.Generate(ctx, canon.Job{Prompt: j.prompt, MaxTokens: n, Params: j.params}, canon.Options{Threads: w.cfg.Threads})
	if err != nil {
		return fraud.Actor{}, err
	}
	if len(res.Tokens) != n {
		return fraud.Actor{}, fmt.Errorf("challenger: the canonical run made %d tokens, the record has %d", len(res.Tokens), n)
	}
	tokens := append(append([]int32{}, j.prompt...), res.Tokens[:n-1]...)
	r, err := fraud.NewReplay(ctx, j.m, tree, tokens, len(j.prompt), j.params, canon.Options{Threads: w.cfg.Threads})
	if err != nil {
		return fraud.Actor{}, err
	}
	return fraud.ReplayActor(r, types.Depth(w.game.SplitDepth), types.Depth(w.game.MaxDepth)), nil
}

func (w *Watcher) dispute(ctx context.Context, p Proposal, d *BatchData, i uint32, why error) error {
	j, err := w.job(ctx, d, i)
	if err != nil {
		return err
	}
	a, err := w.actor(ctx, j)
	if err != nil {
		return err
	}
	first, err := a.Top.Get(ctx, types.RootPosition.Attack())
	if err != nil {
		return err
	}
	setup, err := fraud.SetupData(j.m, j.tree, j.prompt, j.output)
	if err != nil {
		return err
	}
	f := bindings.NewDisputeGameFactory()
	bond, err := call(ctx, w.l1, w.factoryA, f.PackInitBond(), f.UnpackInitBond)
	if err != nil {
		return fmt.Errorf("challenger: read DisputeGameFactory.initBond: %w", err)
	}
	rec := d.Records[i]
	if _, err := w.send(ctx, "dispute", w.cfg.Rollup, w.rollup.PackDispute(p.Index, i, rec.Binding(), proof(d.Proofs[i]), setup, first), bond); err != nil {
		return err
	}
	game, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackGameOf(big64(p.Index), big64(uint64(i))), w.rollup.UnpackGameOf)
	if err != nil {
		return fmt.Errorf("challenger: read Rollup.gameOf: %w", err)
	}
	w.log.Info("record disputed", "batch", p.Index, "record", i, "game", game, "bond", bond, "why", why)
	w.m.RecordDispute()
	w.mu.Lock()
	w.agents[game] = w.newPlayer(game, a)
	w.mu.Unlock()
	return w.st.SetRecord(p.Index, i, RecordEntry{State: Disputed, Game: game, Note: why.Error()})
}

// join plays the game someone else opened on record i: on the challenger's
// side (state Disputed) when re-execution disagrees with the record, on the
// proposer's (Defending) when it agrees. The agent, built on the next round,
// plays the honest trace either way: the solver picks the side.
func (w *Watcher) join(ctx context.Context, p Proposal, i uint32, state RecordState, why string) error {
	game, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackGameOf(big64(p.Index), big64(uint64(i))), w.rollup.UnpackGameOf)
	if err != nil {
		return fmt.Errorf("challenger: read Rollup.gameOf: %w", err)
	}
	w.log.Info("game joined", "batch", p.Index, "record", i, "game", game, "side", state, "why", why)
	return w.st.SetRecord(p.Index, i, RecordEntry{State: state, Game: game, Note: why})
}

// player is one game's agent and the contract it plays through.
type player struct {
	agent *fraud.Agent
	game  *fraud.ContractGame
}

// player returns the agent of a record's game, building it after a restart
// (the replay of the record's job).
func (w *Watcher) player(ctx context.Context, t gameTask) (*player, error) {
	w.mu.Lock()
	pl := w.agents[t.e.Game]
	w.mu.Unlock()
	if pl != nil {
		return pl, nil
	}
	j, err := w.job(ctx, t.d, t.i)
	if err != nil {
		return nil, err
	}
	act, err := w.actor(ctx, j)
	if err != nil {
		return nil, err
	}
	pl = w.newPlayer(t.e.Game, act)
	w.mu.Lock()
	w.agents[t.e.Game] = pl
	w.mu.Unlock()
	return pl, nil
}

func (w *Watcher) newPlayer(game common.Address, act fraud.Actor) *player {
	g := fraud.NewContractGame(game, w.l1, w.tx)
	return &player{agent: fraud.NewAgent(act, g, slog.New(w.log.Handler())), game: g}
}

// margin is the time the watcher keeps on its clock before it hurries: the
// game's clock extension (what the contract leaves a side after a move) plus
// two poll intervals.
func (w *Watcher) margin() time.Duration {
	return time.Duration(w.game.ClockExtension)*time.Second + 2*w.cfg.poll()
}

// advance plays a record's game one round: every move the solver wants,
// after reading our chess clock (a warning when it runs low); with none left
// and the clocks out, it resolves the game bottom-up, then settles the
// record once the Rollup takes it and claims our bonds from the game.
func (w *Watcher) advance(ctx context.Context, t gameTask, now time.Time) error {
	p, i, e := t.p, t.i, t.e
	// A reorg may drop the game's dispute, or move the game to another
	// address (the factory's nonce): never play a game the Rollup does not
	// name for this record (maybe another record's).
	g, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackGameOf(big64(p.Index), big64(uint64(i))), w.rollup.UnpackGameOf)
	if err != nil {
		return fmt.Errorf("challenger: read Rollup.gameOf: %w", err)
	}
	if g != e.Game {
		w.log.Warn("game no longer the record's, judged again", "batch", p.Index, "record", i, "game", e.Game, "gameOf", g)
		w.mu.Lock()
		delete(w.agents, e.Game)
		delete(w.left, e.Game)
		w.mu.Unlock()
		return w.st.SetRecord(p.Index, i, RecordEntry{Note: fmt.Sprintf("game %s left the chain", e.Game)})
	}
	status, err := call(ctx, w.l1, e.Game, w.dg.PackStatus(), w.dg.UnpackStatus)
	if err != nil {
		return fmt.Errorf("challenger: read the status of game %s: %w", e.Game, err)
	}
	if status == gameInProgress {
		pl, err := w.player(ctx, t)
		if err != nil {
			return err
		}
		claims, err := pl.game.Claims(ctx)
		if err != nil {
			return err
		}
		side := sideOfState(e.State)
		v := ViewGame(claims, now, time.Duration(w.game.MaxClockDuration)*time.Second, w.tx.From())
		u := ClockUrgency(v, side, w.margin())
		w.setLeft(e.Game, u, v.Remaining(side))
		w.m.RecordClock(u)
		switch u {
		case Hurry:
			w.log.Warn("game clock running low", "game", e.Game, "side", side, "left", v.Remaining(side), "margin", w.margin())
		case Expired:
			w.log.Warn("game clock ran out", "game", e.Game, "side", side, "used", v.Used[side])
		}
		n, err := pl.agent.Act(ctx)
		w.log.Debug("game round played", "game", e.Game, "side", side, "actions", n, "clock", u, "err", err)
		w.m.RecordMoves(n)
		if n > 0 && err == nil {
			w.setLeft(e.Game, Idle, 0) // answered: our clock stopped
		}
		if n > 0 || err != nil {
			return err
		}
		return w.resolve(ctx, e.Game)
	}
	rs, err := call(ctx, w.l1, w.cfg.Rollup, w.rollup.PackRecordStatus(big64(p.Index), big64(uint64(i))), w.rollup.UnpackRecordStatus)
	if err != nil {
		return fmt.Errorf("challenger: read Rollup.recordStatus: %w", err)
	}
	if rs == StatusDisputed {
		data := w.rollup.PackSettle(p.Index, i)
		if !w.simulate(ctx, w.cfg.Rollup, data, nil) {
			return nil // the finality delay has not passed
		}
		if _, err := w.send(ctx, "settle", w.cfg.Rollup, data, nil); err != nil {
			return err
		}
		w.log.Info("dispute settled", "batch", p.Index, "record", i, "game", e.Game, "gameStatus", status)
	}
	credit, err := call(ctx, w.l1, e.Game, w.dg.PackCredit(w.tx.From()), w.dg.UnpackCredit)
	if err != nil {
		return fmt.Errorf("challenger: read the credit of game %s: %w", e.Game, err)
	}
	if credit.Sign() > 0 {
		data := w.dg.PackClaimCredit(w.tx.From())
		if !w.simulate(ctx, e.Game, data, nil) {
			return nil // the bonds are still locked (bondClaimDelay)
		}
		if _, err := w.send(ctx, "claimCredit", e.Game, data, nil); err != nil {
			return err
		}
		w.log.Info("game bonds claimed", "game", e.Game, "amount", credit)
	}
	w.mu.Lock()
	delete(w.agents, e.Game)
	delete(w.left, e.Game)
	w.mu.Unlock()
	e.State = Settled
	e.Note = fmt.Sprintf("game status %d, record status %d, %s", status, rs, e.Note)
	return w.st.SetRecord(p.Index, i, e)
}

// resolve resolves game's claims bottom-up and then the game, once the
// clocks allow it (checked by simulating the deepest claim's resolution).
func (w *Watcher) resolve(ctx context.Context, game common.Address) error {
	n, err := call(ctx, w.l1, game, w.dg.PackClaimDataLen(), w.dg.UnpackClaimDataLen)
	if err != nil {
		return fmt.Errorf("challenger: read the claims of game %s: %w", game, err)
	}
	last := new(big.Int).Sub(n, big.NewInt(1))
	if !w.simulate(ctx, game, w.dg.PackResolveClaim(last, big.NewInt(0)), nil) {
		// Either the clocks are still running, or the deepest claim is
		// resolved already — by anyone, which must not stop us resolving
		// the rest.
		done, err := call(ctx, w.l1, game, w.dg.PackResolvedSubgames(last), w.dg.UnpackResolvedSubgames)
		if err != nil {
			return fmt.Errorf("challenger: read the resolution of game %s: %w", game, err)
		}
		if !done {
			return nil // clocks still running
		}
	}
	for k := last.Int64(); k >= 0; k-- {
		data := w.dg.PackResolveClaim(big.NewInt(k), big.NewInt(0))
		if !w.simulate(ctx, game, data, nil) {
			continue // resolved already (by anyone)
		}
		if _, err := w.send(ctx, "resolveClaim", game, data, nil); err != nil {
			return err
		}
	}
	if !w.simulate(ctx, game, w.dg.PackResolve(), nil) {
		return nil // resolved already (by anyone), or a subgame left for the next round
	}
	if _, err := w.send(ctx, "resolve", game, w.dg.PackResolve(), nil); err != nil {
		return err
	}
	w.log.Info("game resolved", "game", game)
	return nil
}
