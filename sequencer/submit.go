package sequencer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/sequencer/store"
)

// DefaultExpiryMargin is how long before its expiry an L2 request must
// still have when it is accepted (--l2-expiry-margin): time to lease,
// execute, batch and propose its record before RecordValidity finds it
// RequestExpired.
const DefaultExpiryMargin = 15 * time.Minute

// ErrL1Config is returned by NewSubmitter when the deployed contracts leave
// no room for the configured expiry margin.
var ErrL1Config = errors.New("sequencer: L1 contracts refuse the L2 configuration")

// L1Caller reads the L1 contracts: an ethclient.Client, or a simulated
// backend's client in tests.
type L1Caller interface {
	ethereum.ContractCaller
	ChainID(ctx context.Context) (*big.Int, error)
}

// SubmitConfig configures a Submitter.
type SubmitConfig struct {
	Inbox        common.Address // the JobInbox: the requests' EIP-712 verifying contract
	Models       []Model        // the models served
	ExpiryMargin time.Duration  // 0: DefaultExpiryMargin
	Clock        Clock          // nil: the system clock
}

// Submitter accepts L2 jobs (signed requests, internal/jobreq) over RPC: it
// checks each against the rules RecordValidity and the withdrawal rules
// apply (docs/protocol.md, "L2 jobs"), stores it durably, and admits it for
// dispatch. It is safe for concurrent use.
type Submitter struct {
	st     *store.Store
	d      *Dispatcher
	l1     L1Caller
	log    log.Logger
	clock  Clock
	margin time.Duration
	byID   map[uint64]Model

	domain    jobreq.Domain
	registry  common.Address
	minFee    *big.Int
	maxFee    *big.Int      // the game's opening bond (DisputeGameFactory.initBond)
	maxExpiry time.Duration // the latest expiry accepted, from now

	inbox *bindings.JobInbox
	reg   *bindings.ModelRegistry

	mu      sync.Mutex               // the (sender, nonce) index and the pending charges
	nonces  map[senderNonce]store.ID // every stored L2 job's (sender, nonce)
	pending map[common.Address]*held // accepted, not yet final or voided
}

// held is what a sender's accepted jobs may still charge: each job's maxFee
// and their sum. Jobs that became final or voided are dropped lazily, when
// the sum would refuse a request.
type held struct {
	sum  *big.Int
	jobs map[store.ID]*big.Int
}

type senderNonce struct {
	sender common.Address
	nonce  uint64
}

// NewSubmitter reads the chain id, the Rollup's configuration and the
// JobInbox's withdrawal delay from L1, and rebuilds its (sender, nonce)
// index and pending charges from the store's L2 jobs.
func NewSubmitter(ctx context.Context, st *store.Store, d *Dispatcher, l1 L1Caller, cfg SubmitConfig, logger log.Logger) (*Submitter, error) {
	if cfg.ExpiryMargin < 0 {
		return nil, fmt.Errorf("%w: --l2-expiry-margin %v is negative", ErrConfig, cfg.ExpiryMargin)
	}
	if cfg.ExpiryMargin == 0 {
		cfg.ExpiryMargin = DefaultExpiryMargin
	}
	if cfg.Clock == nil {
		cfg.Clock = systemClock{}
	}
	s := &Submitter{st: st, d: d, l1: l1, log: logger, clock: cfg.Clock, margin: cfg.ExpiryMargin, byID: map[uint64]Model{},
		inbox: bindings.NewJobInbox(), reg: bindings.NewModelRegistry(),
		nonces: map[senderNonce]store.ID{}, pending: map[common.Address]*held{}}
	for _, m := range cfg.Models {
		s.byID[m.ID] = m
	}
	chain, err := l1.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("sequencer: read the L1 chain id: %w", err)
	}
	s.domain = jobreq.Domain{ChainID: chain, Inbox: cfg.Inbox}
	rollup, err := call(ctx, l1, cfg.Inbox, s.inbox.PackRollup(), s.inbox.UnpackRollup)
	if err != nil {
		return nil, fmt.Errorf("sequencer: read JobInbox.rollup: %w", err)
	}
	if s.registry, err = call(ctx, l1, cfg.Inbox, s.inbox.PackModels(), s.inbox.UnpackModels); err != nil {
		return nil, fmt.Errorf("sequencer: read JobInbox.models: %w", err)
	}
	delay, err := call(ctx, l1, cfg.Inbox, s.inbox.PackWithdrawalDelay(), s.inbox.UnpackWithdrawalDelay)
	if err != nil {
		return nil, fmt.Errorf("sequencer: read JobInbox.withdrawalDelay: %w", err)
	}
	r := bindings.NewRollup()
	rc, err := call(ctx, l1, rollup, r.PackConfig(), r.UnpackConfig)
	if err != nil {
		return nil, fmt.Errorf("sequencer: read Rollup.config: %w", err)
	}
	s.minFee = rc.MinFee
	// A sender who disputes its own honest record delays its delivery past a
	// withdrawal it asked for after acceptance, and so dodges the fee; that
	// costs it the game's opening bond (its first claim is countered and
	// lost), so no request may promise more than that bond (docs/protocol.md,
	// "L2 jobs").
	factory, err := call(ctx, l1, rollup, r.PackFactory(), r.UnpackFactory)
	if err != nil {
		return nil, fmt.Errorf("sequencer: read Rollup.factory: %w", err)
	}
	gf := bindings.NewDisputeGameFactory()
	if s.maxFee, err = call(ctx, l1, factory, gf.PackInitBond(), gf.UnpackInitBond); err != nil {
		return nil, fmt.Errorf("sequencer: read DisputeGameFactory.initBond: %w", err)
	}
	if s.maxFee.Cmp(s.minFee) < 0 {
		return nil, fmt.Errorf("%w: the game's opening bond %v is below the Rollup's minFee %v: no L2 request could be accepted",
			ErrL1Config, s.maxFee, s.minFee)
	}
	// The latest a record proposed now becomes deliverable (docs/protocol.md,
	// "Withdrawals"); an expiry later than withdrawalDelay minus that would
	// let the sender withdraw what pays for the request first.
	busy := rc.ChallengeWindow + 2*rc.DataWindow + rc.FinalityDelay
	if delay <= busy || time.Duration(delay-busy)*time.Second <= s.margin {
		return nil, fmt.Errorf("%w: JobInbox.withdrawalDelay %ds leaves %ds after the challenge window, data windows and finality delay (%ds), not above --l2-expiry-margin %v",
			ErrL1Config, delay, int64(delay)-int64(busy), busy, s.margin)
	}
	s.maxExpiry = time.Duration(delay-busy) * time.Second
	if err := st.Jobs(func(j *store.Job) error {
		if j.ID.Source != store.FromL2 {
			return nil
		}
		req, err := jobreq.Decode(j.Request)
		if err != nil {
			return fmt.Errorf("sequencer: stored L2 job %s: %w", j.ID, err)
		}
		s.index(j, &req.Request)
		return nil
	}); err != nil {
		return nil, err
	}
	return s, nil
}

// Domain returns the EIP-712 domain requests must be signed in.
func (s *Submitter) Domain() jobreq.Domain { return s.domain }

// index records a stored L2 job's nonce and, unless it is terminal, its charge.
func (s *Submitter) index(j *store.Job, r *jobreq.Request) {
	s.nonces[senderNonce{r.Sender, r.Nonce}] = j.ID
	if j.State.Terminal() {
		return
	}
	h := s.pending[r.Sender]
	if h == nil {
		h = &held{sum: new(big.Int), jobs: map[store.ID]*big.Int{}}
		s.pending[r.Sender] = h
	}
	if _, ok := h.jobs[j.ID]; !ok {
		h.jobs[j.ID] = new(big.Int).Set(r.MaxFee)
		h.sum.Add(h.sum, r.MaxFee)
	}
}

func call[T any](ctx context.Context, l1 L1Caller, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// SubmitDomain is the domain a client says it signed in (optional; a
// request signed in another domain is otherwise refused as a bad signature,
// since the domain is not part of the request's bytes).
type SubmitDomain struct {
	ChainID *hexutil.Big   `json:"chainId"`
	Inbox   common.Address `json:"verifyingContract"`
}

// SubmitJobResult acknowledges an accepted L2 job.
type SubmitJobResult struct {
	ID          string      `json:"id"`          // "l2:<request hash>"
	RequestHash common.Hash `json:"requestHash"` // keccak256 of the request bytes: the record's requestHash
	Seq         uint64      `json:"seq"`
	Duplicate   bool        `json:"duplicate"` // the same request was accepted before
}

// Submit checks, stores and admits an L2 request. Nothing is stored unless
// every check passes; each refusal is an *Error with its own code.
func (s *Submitter) Submit(ctx context.Context, raw []byte, claimed *SubmitDomain) (*SubmitJobResult, error) {
	if len(raw) > jobreq.MaxEncodedBytes {
		return nil, rpcErr(CodeOversized, nil, "request of %d bytes above the limit %d", len(raw), jobreq.MaxEncodedBytes)
	}
	if claimed != nil {
		chain := (*big.Int)(claimed.ChainID)
		if chain == nil || chain.Cmp(s.domain.ChainID) != 0 || claimed.Inbox != s.domain.Inbox {
			return nil, rpcErr(CodeWrongDomain, nil, "request signed for chainId %v, verifyingContract %s; this sequencer takes chainId %v, verifyingContract %s",
				chain, claimed.Inbox, s.domain.ChainID, s.domain.Inbox)
		}
	}
	signed, err := jobreq.Decode(raw)
	var fe *jobreq.FieldError
	switch {
	case errors.As(err, &fe):
		return nil, rpcErr(CodeOversized, nil, "%s is %d, above the limit %d", fe.Field, fe.Value, fe.Max)
	case err != nil:
		return nil, rpcErr(CodeMalformedRequest, err, "request bytes are not the canonical abi.encode(JobRequest, signature)")
	}
	hash := crypto.Keccak256Hash(raw)
	id := store.L2ID(hash)
	if j, err := s.st.Get(id); err == nil {
		return &SubmitJobResult{ID: id.String(), RequestHash: hash, Seq: j.Seq, Duplicate: true}, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, rpcErr(CodeInternal, err, "read job %s", id)
	}
	req := &signed.Request
	if _, err := signed.Sender(s.domain); err != nil {
		return nil, rpcErr(CodeBadSignature, err, "signature is not the sender's in domain chainId %v, verifyingContract %s", s.domain.ChainID, s.domain.Inbox)
	}
	if err := req.Check(); err != nil {
		if !errors.As(err, &fe) {
			return nil, rpcErr(CodeInternal, err, "check request")
		}
		switch {
		case fe.Field == "kind":
			return nil, rpcErr(CodeUnsupportedKind, nil, "kind %d is not supported over RPC (only %d, inference): training jobs name a dataset, so they are L1 jobs (JobInbox.submit, airollup job submit --kind)", fe.Value, fe.Min)
		case fe.Field == "input bytes" && fe.Value > fe.Max:
			return nil, rpcErr(CodeOversized, nil, "input of %d bytes above the limit %d", fe.Value, fe.Max)
		}
		return nil, rpcErr(CodeInvalidRequest, nil, "%s is %d, outside %d to %d", fe.Field, fe.Value, fe.Min, fe.Max)
	}
	now := s.clock.Now()
	if earliest := now.Add(s.margin).Unix(); req.Expiry < uint64(max(earliest, 0)) {
		return nil, rpcErr(CodeExpired, nil, "expiry %d is before now + --l2-expiry-margin %v = %d", req.Expiry, s.margin, earliest)
	}
	if latest := now.Add(s.maxExpiry).Unix(); req.Expiry > uint64(max(latest, 0)) {
		return nil, rpcErr(CodeExpiryTooFar, nil, "expiry %d is after now + %v = %d (the withdrawal delay less the challenge window, data windows and finality delay)",
			req.Expiry, s.maxExpiry, latest)
	}
	md, ok := s.byID[req.ModelID]
	if !ok {
		return nil, rpcErr(CodeUnknownModel, nil, "modelId %d is not served by this sequencer", req.ModelID)
	}
	sum, err := call(ctx, s.l1, s.registry, s.reg.PackSummary(new(big.Int).SetUint64(req.ModelID)), s.reg.UnpackSummary)
	if err != nil {
		return nil, rpcErr(CodeInternal, err, "read ModelRegistry.summary(%d)", req.ModelID)
	}
	switch {
	case sum.Root != md.Root:
		return nil, rpcErr(CodeUnknownModel, nil, "modelId %d is registered with root %s, not the served root %s", req.ModelID, common.Hash(sum.Root), md.Root)
	case sum.Refused:
		return nil, rpcErr(CodeUnknownModel, nil, "modelId %d is refused by the ModelRegistry", req.ModelID)
	}
	prompt, err := Prompt(req.Input)
	if err != nil {
		return nil, rpcErr(CodeInvalidRequest, err, "input")
	}
	if n := uint64(len(prompt)) + uint64(req.Params.MaxTokens); n > uint64(sum.Context) {
		return nil, rpcErr(CodeContextExceeded, nil, "prompt of %d tokens + maxTokens %d = %d above the model's context %d",
			len(prompt), req.Params.MaxTokens, n, sum.Context)
	}
	for i, t := range prompt {
		if t < 0 || uint32(t) >= sum.Vocab {
			return nil, rpcErr(CodeInvalidRequest, nil, "input token %d is %d, outside 0 to %d (the model's vocabulary)", i, uint32(t), sum.Vocab-1)
		}
	}
	if req.MaxFee.Cmp(s.minFee) < 0 {
		return nil, rpcErr(CodeFeeTooLow, nil, "maxFee %v below the rollup's minFee %v", req.MaxFee, s.minFee)
	}
	if req.MaxFee.Cmp(s.maxFee) > 0 {
		return nil, rpcErr(CodeFeeTooHigh, nil, "maxFee %v above the game's opening bond %v (DisputeGameFactory.initBond)", req.MaxFee, s.maxFee)
	}
	used, err := call(ctx, s.l1, s.domain.Inbox, s.inbox.PackNonceUsed(req.Sender, req.Nonce), s.inbox.UnpackNonceUsed)
	if err != nil {
		return nil, rpcErr(CodeInternal, err, "read JobInbox.nonceUsed")
	}
	if used {
		return nil, rpcErr(CodeReplayedNonce, nil, "nonce %d of sender %s is consumed on L1", req.Nonce, req.Sender)
	}
	bal, err := call(ctx, s.l1, s.domain.Inbox, s.inbox.PackBalanceOf(req.Sender), s.inbox.UnpackBalanceOf)
	if err != nil {
		return nil, rpcErr(CodeInternal, err, "read JobInbox.balanceOf")
	}
	wd, err := call(ctx, s.l1, s.domain.Inbox, s.inbox.PackPendingWithdrawal(req.Sender), s.inbox.UnpackPendingWithdrawal)
	if err != nil {
		return nil, rpcErr(CodeInternal, err, "read JobInbox.pendingWithdrawal")
	}

	// Against what other submissions did meanwhile: one at a time.
	s.mu.Lock()
	defer s.mu.Unlock()
	if j, err := s.st.Get(id); err == nil {
		return &SubmitJobResult{ID: id.String(), RequestHash: hash, Seq: j.Seq, Duplicate: true}, nil
	}
	if other, ok := s.nonces[senderNonce{req.Sender, req.Nonce}]; ok {
		return nil, rpcErr(CodeReplayedNonce, nil, "nonce %d of sender %s is held by job %s", req.Nonce, req.Sender, other)
	}
	free := func() (*big.Int, *held) {
		h := s.pending[req.Sender]
		if h == nil {
			h = &held{sum: new(big.Int)}
		}
		f := new(big.Int).Sub(bal, wd.Amount)
		return f.Sub(f, h.sum), h
	}
	avail, _ := free()
	if avail.Cmp(req.MaxFee) < 0 {
		if err := s.pruneLocked(req.Sender); err != nil {
			return nil, rpcErr(CodeInternal, err, "read the pending jobs of %s", req.Sender)
		}
		if avail, h := free(); avail.Cmp(req.MaxFee) < 0 {
			return nil, rpcErr(CodeInsufficientBalance, nil,
				"maxFee %v above the free L2 balance %v of %s (balance %v − pending withdrawal %v − maxFee of its %d accepted jobs %v)",
				req.MaxFee, avail, req.Sender, bal, wd.Amount, len(h.jobs), h.sum)
		}
	}
	j := &store.Job{ID: id, Request: raw, Spec: store.Spec{
		Submitter: req.Sender, Kind: req.Kind, Model: req.ModelID, InputHash: crypto.Keccak256Hash(req.Input), Input: req.Input,
		Params: store.Params{MaxTokens: req.Params.MaxTokens, TemperatureMilli: req.Params.TemperatureMilli, TopK: req.Params.TopK,
			TopPMicro: req.Params.TopPMicro, Seed: req.Params.Seed},
		MaxFee: req.MaxFee, Callback: req.Callback, CallbackGasLimit: req.CallbackGasLimit,
	}}
	stored, created, err := s.st.Put(j)
	if err != nil {
		return nil, rpcErr(CodeInternal, err, "store job %s", id)
	}
	s.index(stored, req)
	if _, err := s.d.Admit(id); err != nil {
		// Stored and acknowledged: the next Sync admits it.
		s.log.Warn("admit L2 job failed", "job", id, "err", err)
	}
	s.log.Debug("L2 job accepted", "job", id, "sender", req.Sender, "nonce", req.Nonce, "model", req.ModelID)
	return &SubmitJobResult{ID: id.String(), RequestHash: hash, Seq: stored.Seq, Duplicate: !created}, nil
}

// pruneLocked drops sender's jobs that are final or voided from what it
// holds. (Final is taken as charged: the batcher must mark a record final
// only once it is delivered, docs/operators.md.)
func (s *Submitter) pruneLocked(sender common.Address) error {
	h := s.pending[sender]
	if h == nil {
		return nil
	}
	for id, fee := range h.jobs {
		j, err := s.st.Get(id)
		if err != nil {
			return err
		}
		if j.State.Terminal() {
			delete(h.jobs, id)
			h.sum.Sub(h.sum, fee)
		}
	}
	return nil
}
