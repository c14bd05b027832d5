package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/tokenizer"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/sequencer/client"
)

// ErrDemo is returned by Demo when the run went wrong: a job neither final
// nor voided in time, a faulty worker's record that was not voided, an
// honest job that was, or a dispute the challenger did not win.
var ErrDemo = errors.New("devnet: demo failed")

// DemoConfig is what Demo asks and how long it waits.
type DemoConfig struct {
	Asks      int           // questions asked on L1 through the AskModel example DApp
	L2Jobs    int           // questions sent over RPC as signed L2 requests
	Seed      uint64        // seed of the question draw (train.HeldOutQuestion)
	Timeout   time.Duration // how long every job may take to be final or voided
	MaxTopUps int           // extra L2 questions at most, sent one per worker at a time while no faulty worker has served a job
	Progress  io.Writer     // a line per state change of the run (nil: none)
}

// Check reports the first invalid field, naming its flag.
func (c *DemoConfig) Check() error {
	switch {
	case c.Asks < 0 || c.Asks > 256:
		return fmt.Errorf("%w: --demo.asks %d outside 0 to 256", ErrConfig, c.Asks)
	case c.L2Jobs < 0 || c.L2Jobs > 256:
		return fmt.Errorf("%w: --demo.l2-jobs %d outside 0 to 256", ErrConfig, c.L2Jobs)
	case c.Asks+c.L2Jobs == 0:
		return fmt.Errorf("%w: --demo.asks and --demo.l2-jobs are both 0", ErrConfig)
	case c.Timeout <= 0:
		return fmt.Errorf("%w: --demo.timeout %v must be positive", ErrConfig, c.Timeout)
	case c.MaxTopUps < 0 || c.MaxTopUps > 256:
		return fmt.Errorf("%w: --demo.top-ups %d outside 0 to 256", ErrConfig, c.MaxTopUps)
	}
	return nil
}

// DemoJob is one question of the demo and what became of it.
type DemoJob struct {
	ID       string // the sequencer's job id (l1:N or an L2 id)
	Via      string // "AskModel" (on L1) or "L2 RPC"
	Question string // e.g. "17+25="
	Want     string // the generator's answer
	Got      string // the delivered answer (final jobs), up to the first newline
	Worker   string // the worker that served it
	State    string // final or voided (or the last state seen)
	Refunded bool   // a voided AskModel question whose refund went back to its asker
	jobID    *big.Int
}

// Faulty reports whether a deliberately faulty worker served the job.
func (j *DemoJob) Faulty() bool { return strings.HasPrefix(j.Worker, FaultyWorkerPrefix) }

// Summary is the outcome of a demo run.
type Summary struct {
	Model         string // the served model's file
	Jobs          []DemoJob
	Final, Voided int // jobs final (delivered) and voided
	FaultyJobs    int // jobs a faulty worker served
	Progress      Progress
	Right, Wrong  int    // final answers equal to the generator's, and not
	Refunds       int    // voided AskModel questions refunded to their askers
	GasAsks       uint64 // the askers' AskModel.ask transactions
	GasSequencer  uint64 // the sequencer's transactions (propose, deliver, ...) since the demo began
	GasChallenger uint64 // the challenger's transactions (dispute, moves, resolve, settle)
	AskModel      common.Address
	Wall          time.Duration
	failures      []string
}

// GasPerJob is the L1 gas of the asks and of the sequencer per job.
func (s *Summary) GasPerJob() uint64 {
	if len(s.Jobs) == 0 {
		return 0
	}
	return (s.GasAsks + s.GasSequencer) / uint64(len(s.Jobs))
}

// check fills failures with what went wrong.
func (s *Summary) check(faultyWorkers int) {
	var bad []string
	for _, j := range s.Jobs {
		switch {
		case j.State != "final" && j.State != "voided":
			bad = append(bad, fmt.Sprintf("job %s is %s, neither final nor voided", j.ID, j.State))
		case j.Faulty() && j.State != "voided":
			bad = append(bad, fmt.Sprintf("job %s served by %s is %s, not voided", j.ID, j.Worker, j.State))
		case !j.Faulty() && j.State != "final":
			bad = append(bad, fmt.Sprintf("job %s served by honest %s is %s, not final", j.ID, j.Worker, j.State))
		}
	}
	if faultyWorkers > 0 && s.FaultyJobs == 0 {
		bad = append(bad, "no job was served by a faulty worker")
	}
	if s.Progress.Won < s.FaultyJobs || s.Progress.Lost > 0 {
		bad = append(bad, fmt.Sprintf("disputes: %d won, %d lost, for %d faulty records", s.Progress.Won, s.Progress.Lost, s.FaultyJobs))
	}
	s.failures = bad
}

// Err is nil when every honest job is final, every faulty one voided and
// the challenger won every dispute; else ErrDemo with what went wrong.
func (s *Summary) Err() error {
	if len(s.failures) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %s", ErrDemo, strings.Join(s.failures, "; "))
}

// WriteTable prints the jobs and the totals.
func (s *Summary) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "job\tvia\tquestion\twant\tgot\tworker\tstate")
	for _, j := range s.Jobs {
		got := strconv.Quote(j.Got)
		switch {
		case j.State == "voided" && j.Refunded:
			got = "- (refunded)"
		case j.State == "voided":
			got = "-"
		}
		id := j.ID
		if len(id) > 14 {
			id = id[:14] + "…"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", id, j.Via, j.Question, j.Want, got, j.Worker, j.State)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
	rows := [][2]string{
		{"jobs finalized", fmt.Sprintf("%d of %d", s.Final, len(s.Jobs))},
		{"records voided", fmt.Sprintf("%d (faulty worker's records: %d; AskModel refunds claimed: %d)", s.Progress.Voided, s.FaultyJobs, s.Refunds)},
		{"disputes won", fmt.Sprintf("%d of %d opened (lost: %d)", s.Progress.Won, s.Progress.Disputed, s.Progress.Lost)},
		{"answers right / wrong", fmt.Sprintf("%d / %d of the final answers, against the generator's ground truth", s.Right, s.Wrong)},
		{"gas per job", fmt.Sprintf("%d (asks %d + sequencer %d, over %d jobs)", s.GasPerJob(), s.GasAsks, s.GasSequencer, len(s.Jobs))},
		{"challenger gas", fmt.Sprintf("%d in all", s.GasChallenger)},
		{"batches", fmt.Sprintf("%d", s.Progress.Batches)},
		{"wall time", s.Wall.Round(100 * time.Millisecond).String()},
	}
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\n", r[0], r[1])
	}
	return tw.Flush()
}

// demoQuestion is a question as asked: its text up to "=", the answer and the prompt.
type demoQuestion struct {
	text, want string
	prompt     []int32
}

// demoRun is one Demo call's state.
type demoRun struct {
	d     *Devnet
	cfg   DemoConfig
	tok   *tokenizer.Tokenizer
	rng   *rand.Rand
	c     *client.Client
	ask   *bindings.AskModel
	askAt common.Address
	fee   *big.Int
	jobs  []*DemoJob
	max   uint32 // max tokens of every question
	nonce uint64 // the next L2 nonce
	start uint64 // the L1 block the demo began at
	gas   uint64 // the asks' gas
}

func (r *demoRun) logf(format string, args ...any) {
	if r.cfg.Progress != nil {
		fmt.Fprintf(r.cfg.Progress, format+"\n", args...)
	}
}

// Demo runs the demo on a started devnet: it deploys the AskModel example
// DApp, asks cfg.Asks arithmetic questions through it on L1 and sends
// cfg.L2Jobs more as signed L2 requests over RPC (held-out questions of the
// trainer's generator, prompted as `airollup model eval` does), waits until
// every job is final or voided and every dispute resolved, claims the
// refunds of voided questions, and returns the summary. The error is
// non-nil when the run could not finish; Summary.Err says whether what it
// saw is right.
func (d *Devnet) Demo(ctx context.Context, cfg DemoConfig) (*Summary, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	began := time.Now()
	l, err := llama.Load(d.Info.Model.File)
	if err != nil {
		return nil, fmt.Errorf("devnet: demo: load the model's tokenizer: %w", err)
	}
	defer l.Close()
	r := &demoRun{d: d, cfg: cfg, tok: l.Tokenizer, rng: rand.New(rand.NewPCG(cfg.Seed, train.ArithmeticStream)),
		ask: bindings.NewAskModel(), fee: big.NewInt(10 * MinFee), nonce: uint64(time.Now().UnixNano())}
	if r.start, err = d.l1.BlockNumber(ctx); err != nil {
		return nil, fmt.Errorf("devnet: demo: read the L1 head: %w", err)
	}
	if r.c, err = client.Dial(ctx, d.Info.SequencerRPC); err != nil {
		return nil, err
	}
	defer r.c.Close()

	// Questions: the longest answer's tokens and one for the newline.
	var qs []demoQuestion
	for range cfg.Asks + cfg.L2Jobs + cfg.MaxTopUps {
		head, want, _ := strings.Cut(train.HeldOutQuestion(r.rng), "=")
		qs = append(qs, demoQuestion{head + "=", want, encodeInLine(r.tok, "\n"+head+"=")})
		r.max = max(r.max, uint32(len(encodeInLine(r.tok, want))+1))
	}
	for _, x := range qs {
		if len(x.prompt)+int(r.max) > l.Model.Context {
			return nil, fmt.Errorf("devnet: demo: question %q of %d tokens and %d answer tokens exceed the model context %d",
				x.text, len(x.prompt), r.max, l.Model.Context)
		}
	}

	if err := r.deployAskModel(ctx); err != nil {
		return nil, err
	}
	if err := r.askAll(ctx, qs[:cfg.Asks]); err != nil {
		return nil, err
	}
	for _, x := range qs[cfg.Asks : cfg.Asks+cfg.L2Jobs] {
		if err := r.sendL2(ctx, x.text, x.want, x.prompt); err != nil {
			return nil, err
		}
	}
	r.logf("demo: %d questions asked (%d through AskModel at %s, %d as L2 requests); waiting for finality", len(r.jobs), cfg.Asks, r.askAt, cfg.L2Jobs)
	topUps := qs[cfg.Asks+cfg.L2Jobs:]
	s, err := r.wait(ctx, func() error { // top up while no faulty worker has served a job
		// One question per worker at once: each worker leases one job at a
		// time, so the faulty ones get a fair chance.
		n := min(max(d.cfg.Workers, 1), len(topUps))
		r.logf("demo: no job reached a faulty worker yet: %d more L2 questions", n)
		for _, x := range topUps[:n] {
			if err := r.sendL2(ctx, x.text, x.want, x.prompt); err != nil {
				return err
			}
		}
		topUps = topUps[n:]
		return nil
	}, func() bool { return len(topUps) > 0 })
	if err != nil {
		return s, err
	}
	if err := r.finish(ctx, s); err != nil {
		return s, err
	}
	s.Wall = time.Since(began)
	s.check(d.cfg.FaultyWorkers)
	return s, nil
}

func (r *demoRun) deployAskModel(ctx context.Context) error {
	d := r.d
	opts := bind.NewKeyedTransactor(d.keys[User], new(big.Int).SetUint64(d.Info.ChainID))
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.AskModelMetaData.Bin), d.l1, r.ask.PackConstructor(d.Info.Contracts.JobInbox))
	if err != nil {
		return fmt.Errorf("devnet: demo: deploy AskModel: %w", err)
	}
	if _, err := d.wait(ctx, tx); err != nil {
		return fmt.Errorf("devnet: demo: deploy AskModel: %w", err)
	}
	r.askAt = addr
	return nil
}

// askAll sends every question's AskModel.ask at once (consecutive nonces),
// then waits for them: the jobs land together, so every worker gets some.
func (r *demoRun) askAll(ctx context.Context, qs []demoQuestion) error {
	d := r.d
	if len(qs) == 0 {
		return nil
	}
	nonce, err := d.l1.PendingNonceAt(ctx, d.addr(User))
	if err != nil {
		return fmt.Errorf("devnet: demo: read the user's nonce: %w", err)
	}
	opts := bind.NewKeyedTransactor(d.keys[User], new(big.Int).SetUint64(d.Info.ChainID))
	opts.Context, opts.Value = ctx, r.fee
	inst := r.ask.Instance(d.l1, r.askAt)
	var txs []*types.Transaction
	for i, x := range qs {
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		tx, err := inst.RawTransact(opts, r.ask.PackAsk(d.Info.Model.ID, canon.TokenBytes(x.prompt), bindings.IJobInboxParams{MaxTokens: r.max}, 500_000))
		if err != nil {
			return fmt.Errorf("devnet: demo: ask %q: %w", x.text, err)
		}
		txs = append(txs, tx)
	}
	for i, tx := range txs {
		rc, err := d.wait(ctx, tx)
		if err != nil {
			return fmt.Errorf("devnet: demo: ask %q: %w", qs[i].text, err)
		}
		r.gas += rc.GasUsed
		var id *big.Int
		for _, lg := range rc.Logs {
			if e, err := r.ask.UnpackAskedEvent(lg); err == nil && lg.Address == r.askAt {
				id = e.JobId
			}
		}
		if id == nil {
			return fmt.Errorf("devnet: demo: ask %q: no Asked event in %s", qs[i].text, tx.Hash())
		}
		r.jobs = append(r.jobs, &DemoJob{ID: "l1:" + id.String(), Via: "AskModel", Question: qs[i].text, Want: qs[i].want, jobID: id})
	}
	return nil
}

// sendL2 signs and submits one question as an L2 request.
func (r *demoRun) sendL2(ctx context.Context, text, want string, prompt []int32) error {
	d := r.d
	p, err := r.c.L2Params(ctx)
	if err != nil {
		return fmt.Errorf("devnet: demo: read the sequencer's L2 parameters: %w", err)
	}
	toks := make([]uint32, len(prompt))
	for i, t := range prompt {
		toks[i] = uint32(t)
	}
	fee := new(big.Int).Set(r.fee)
	if m := p.MinFee.ToInt(); fee.Cmp(m) < 0 {
		fee.Set(m)
	}
	r.nonce++
	req := client.Inference(d.addr(User), d.Info.Model.ID, toks, record.JobParams{MaxTokens: r.max}, fee, r.nonce,
		uint64(time.Now().Add(24*time.Hour).Unix()))
	res, err := r.c.Submit(ctx, req, p.Domain(), d.keys[User])
	if err != nil {
		return fmt.Errorf("devnet: demo: submit %q over RPC: %w", text, err)
	}
	r.jobs = append(r.jobs, &DemoJob{ID: res.ID, Via: "L2 RPC", Question: text, Want: want})
	return nil
}

// wait polls the jobs until each is final or voided and no dispute is in
// progress, calling topUp (while more reports true) whenever every job is
// executed and none reached a faulty worker.
func (r *demoRun) wait(ctx context.Context, topUp func() error, more func() bool) (*Summary, error) {
	d := r.d
	deadline := time.Now().Add(r.cfg.Timeout)
	tick := time.NewTicker(max(d.cfg.BlockTime/2, 100*time.Millisecond))
	defer tick.Stop()
	last := ""
	for {
		terminal, executed, faulty := 0, 0, 0
		for _, j := range r.jobs {
			st, err := r.c.Status(ctx, j.ID)
			if err != nil {
				return nil, fmt.Errorf("devnet: demo: status of job %s: %w", j.ID, err)
			}
			j.State = st.State
			if j.Worker == "" && st.State != "received" && st.State != "queued" && st.State != "leased" {
				res, err := r.c.Result(ctx, j.ID)
				switch {
				case err == nil:
					j.Worker = res.Worker
				case st.State != "voided": // a job voided unexecuted has no result
					return nil, fmt.Errorf("devnet: demo: result of job %s: %w", j.ID, err)
				}
			}
			if j.Worker != "" {
				executed++
			}
			if j.Faulty() {
				faulty++
			}
			if st.State == "final" || st.State == "voided" {
				terminal++
			}
		}
		p, err := d.Progress(ctx)
		if err != nil {
			return nil, fmt.Errorf("devnet: demo: read progress: %w", err)
		}
		line := fmt.Sprintf("demo: %d/%d jobs final or voided (%d served by a faulty worker); %d batches; disputes: %d opened, %d won",
			terminal, len(r.jobs), faulty, p.Batches, p.Disputed, p.Won)
		if line != last {
			r.logf("%s", line)
			last = line
		}
		if terminal == len(r.jobs) && p.Won+p.Lost == p.Disputed && (faulty > 0 || d.cfg.FaultyWorkers == 0 || !more()) {
			return &Summary{Model: d.Info.Model.File, Progress: p, AskModel: r.askAt, FaultyJobs: faulty}, nil
		}
		if executed == len(r.jobs) && faulty == 0 && d.cfg.FaultyWorkers > 0 && more() {
			if err := topUp(); err != nil {
				return nil, err
			}
		}
		if time.Now().After(deadline) {
			var open []string
			for _, j := range r.jobs {
				if j.State != "final" && j.State != "voided" {
					open = append(open, j.ID+"="+j.State)
				}
			}
			return nil, fmt.Errorf("%w: --demo.timeout %v passed with jobs open (%s) or disputes unresolved (%d opened, %d resolved)",
				ErrDemo, r.cfg.Timeout, strings.Join(open, " "), p.Disputed, p.Won+p.Lost)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
	}
}

// finish reads the answers (AskModel's stored answer for an L1 question, the
// sequencer's result for an L2 one), claims the refunds of voided
// questions, and adds up the gas.
func (r *demoRun) finish(ctx context.Context, s *Summary) error {
	d := r.d
	for _, j := range r.jobs {
		s.Jobs = append(s.Jobs, *j)
		sj := &s.Jobs[len(s.Jobs)-1]
		switch sj.State {
		case "voided":
			s.Voided++
			if sj.jobID != nil {
				ok, err := r.claimRefund(ctx, sj.jobID)
				if err != nil {
					return err
				}
				sj.Refunded = ok
				if ok {
					s.Refunds++
				}
			}
			continue
		case "final":
			s.Final++
		default:
			continue
		}
		var out []int32
		if sj.jobID != nil {
			b, err := d.l1.CallContract(ctx, ethereum.CallMsg{To: &r.askAt, Data: r.ask.PackQuestion(sj.jobID)}, nil)
			if err != nil {
				return fmt.Errorf("devnet: demo: read AskModel.question(%s): %w", sj.jobID, err)
			}
			q, err := r.ask.UnpackQuestion(b)
			if err != nil {
				return err
			}
			if !q.Answered {
				sj.Got = "<not answered>"
			}
			for i := 0; i+4 <= len(q.Output); i += 4 {
				out = append(out, int32(uint32(q.Output[i])<<24|uint32(q.Output[i+1])<<16|uint32(q.Output[i+2])<<8|uint32(q.Output[i+3])))
			}
		} else {
			res, err := r.c.Result(ctx, sj.ID)
			if err != nil {
				return fmt.Errorf("devnet: demo: result of job %s: %w", sj.ID, err)
			}
			for _, t := range res.Output {
				out = append(out, int32(t))
			}
		}
		if sj.Got == "" {
			text, err := r.tok.Decode(out)
			if err != nil {
				text = "<" + err.Error() + ">"
			}
			sj.Got, _, _ = strings.Cut(text, "\n")
		}
		if sj.Got == sj.Want {
			s.Right++
		} else {
			s.Wrong++
		}
	}
	s.GasAsks = r.gas
	gas, err := d.GasUsed(ctx, r.start)
	if err != nil {
		return err
	}
	s.GasSequencer, s.GasChallenger = gas[d.addr(Sequencer)], gas[d.addr(Challenger)]
	return nil
}

// claimRefund sends a voided question's refund to its asker
// (AskModel.claimRefund); false when the inbox did not refund the job.
func (r *demoRun) claimRefund(ctx context.Context, jobID *big.Int) (bool, error) {
	d := r.d
	data := r.ask.PackClaimRefund(jobID)
	if _, err := d.l1.EstimateGas(ctx, ethereum.CallMsg{From: d.addr(User), To: &r.askAt, Data: data}); err != nil {
		return false, nil
	}
	if err := d.send(ctx, User, r.askAt, data, nil); err != nil {
		return false, fmt.Errorf("devnet: demo: AskModel.claimRefund(%s): %w", jobID, err)
	}
	return true, nil
}

// GasUsed adds up the gas of the L1 transactions in blocks from..head by sender.
func (d *Devnet) GasUsed(ctx context.Context, from uint64) (map[common.Address]uint64, error) {
	head, err := d.l1.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(d.Info.ChainID))
	out := map[common.Address]uint64{}
	for n := from; n <= head; n++ {
		b, err := d.l1.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("devnet: read L1 block %d: %w", n, err)
		}
		for _, tx := range b.Transactions() {
			sender, err := types.Sender(signer, tx)
			if err != nil {
				continue
			}
			rc, err := d.l1.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return nil, fmt.Errorf("devnet: read the receipt of %s: %w", tx.Hash(), err)
			}
			out[sender] += rc.GasUsed
		}
	}
	return out, nil
}

// encodeInLine tokenizes text as lines are tokenized inside the arithmetic
// corpus: without BOS and without the space prefix the tokenizer adds at the
// start of a text (as airollup model eval prompts).
func encodeInLine(tok *tokenizer.Tokenizer, text string) []int32 {
	ids := tok.Encode(text, false)
	if len(ids) > 0 {
		if p, err := tok.Piece(ids[0]); err == nil && (p == " " || p == "▁") {
			ids = ids[1:]
		}
	}
	return ids
}
