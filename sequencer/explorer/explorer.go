package explorer

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/tokenizer"
	"github.com/airollup/airollup/sequencer/store"
)

// Defaults of the optional Config fields.
const (
	DefaultLatest      = 50
	DefaultMinInterval = time.Second
	// MaxLatest bounds Config.Latest (--explorer.latest).
	MaxLatest = 1000
	// maxDisputes bounds the disputes remembered (the latest; enough to
	// recognize those found again in the blocks searched twice).
	maxDisputes = 4 * MaxLatest
)

// ErrConfig is returned by New for a field it refuses; the message names its flag.
var ErrConfig = errors.New("explorer: invalid config")

// Model is a model the sequencer serves, for decoding its tokens.
type Model struct {
	ID   uint64
	Root common.Hash
}

// Config is the explorer's configuration.
type Config struct {
	Inbox      common.Address // the JobInbox; the Rollup is read from it
	StartBlock uint64         // the first L1 block searched for disputes
	Latest     int            // --explorer.latest: batches, jobs and disputes shown, each (0: DefaultLatest)
	Models     []Model
	ModelDir   string // GGUF files named <root>.gguf whose tokenizers decode prompts and outputs ("": hex only)
	DA         string // the batcher's DA mode, the kind of a batch not yet on L1
	// MinInterval is the least time between two computations of the state
	// (0: DefaultMinInterval); requests in between get the last one.
	MinInterval time.Duration
}

// Store is what the explorer reads from the sequencer's store (*store.Store).
type Store interface {
	NextBatch() uint64
	GetBatch(index uint64) (*store.Batch, error)
	Get(id store.ID) (*store.Job, error)
	LatestJobs(n int) ([]*store.Job, error)
}

// Explorer serves /explorer: the page, its assets and /explorer/api/state.
type Explorer struct {
	cfg    Config
	st     Store
	games  *GameReader // nil: no L1
	log    log.Logger
	models map[uint64]common.Hash

	mu       sync.Mutex // one state computation at a time
	last     *State
	lastAt   time.Time
	rollup   common.Address
	scanned  uint64                       // the last block searched for RecordDisputed (0: none)
	disputes []DisputeLog                 // the latest disputes found (maxDisputes), in log order
	done     map[common.Address]*Game     // resolved games (immutable)
	toks     map[common.Hash]tokenizerRes // by model root
}

type tokenizerRes struct {
	dec Decoder
	err error
}

// New returns an explorer over the store and L1 (nil: the page shows the
// store only).
func New(cfg Config, st Store, l1 L1, logger log.Logger) (*Explorer, error) {
	if cfg.Latest < 0 || cfg.Latest > MaxLatest {
		return nil, fmt.Errorf("%w: --explorer.latest %d outside 0 to %d", ErrConfig, cfg.Latest, MaxLatest)
	}
	if cfg.Latest == 0 {
		cfg.Latest = DefaultLatest
	}
	if cfg.MinInterval <= 0 {
		cfg.MinInterval = DefaultMinInterval
	}
	if logger == nil {
		logger = log.Root()
	}
	e := &Explorer{cfg: cfg, st: st, log: logger, models: map[uint64]common.Hash{}, done: map[common.Address]*Game{},
		toks: map[common.Hash]tokenizerRes{}}
	if l1 != nil {
		e.games = &GameReader{L1: l1}
	}
	for _, m := range cfg.Models {
		e.models[m.ID] = m.Root
	}
	return e, nil
}

// decoder returns the tokenizer of model id, loaded once from the model
// directory (nil: none; the failure is logged once).
func (e *Explorer) decoder(id uint64) Decoder {
	root, ok := e.models[id]
	if !ok || e.cfg.ModelDir == "" {
		return nil
	}
	if r, ok := e.toks[root]; ok {
		return r.dec
	}
	dec, err := loadTokenizer(filepath.Join(e.cfg.ModelDir, hex.EncodeToString(root[:])+".gguf"))
	if err != nil {
		e.log.Warn("explorer shows the tokens of a model in hex: its tokenizer did not load", "model", id, "root", root, "err", err)
	}
	e.toks[root] = tokenizerRes{dec, err}
	return dec
}

// loadTokenizer reads only the vocabulary of a GGUF file (no tensor data).
func loadTokenizer(path string) (Decoder, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	f, err := gguf.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	v, err := llama.ReadVocab(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	t, err := tokenizer.New(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// State returns the explorer's state, computed at most once per
// MinInterval. L1 failures are reported in State.L1.Error, not returned.
func (e *Explorer) State(ctx context.Context) (*State, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.last != nil && time.Since(e.lastAt) < e.cfg.MinInterval {
		return e.last, nil
	}
	s, err := e.compute(ctx)
	if err != nil {
		return nil, err
	}
	e.last, e.lastAt = s, time.Now()
	return s, nil
}

// chain is the L1 view of one computation: the head it is read at.
type chain struct {
	at   *big.Int
	time uint64
}

func (e *Explorer) compute(ctx context.Context) (*State, error) {
	s := &State{GeneratedAt: time.Now().UTC().Format(time.RFC3339), Latest: e.cfg.Latest,
		Batches: []BatchView{}, Jobs: []JobView{}, Disputes: []DisputeView{}}
	var c *chain
	if e.games != nil {
		var err error
		if c, err = e.readHead(ctx, s); err != nil {
			s.L1.Error = err.Error() // c is nil unless only the dispute search failed
		}
	} else {
		s.L1.Error = "no L1 connection"
	}
	if err := e.batches(ctx, s, c); err != nil {
		return nil, err
	}
	if err := e.jobs(ctx, s, c); err != nil {
		return nil, err
	}
	if c != nil {
		if err := e.disputesView(ctx, s, c); err != nil && s.L1.Error == "" {
			s.L1.Error = err.Error()
		}
	}
	return s, nil
}

// readHead reads the L1 head and the Rollup's address, and searches the new
// blocks for RecordDisputed.
func (e *Explorer) readHead(ctx context.Context, s *State) (*chain, error) {
	h, err := e.games.L1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("explorer: read the L1 head: %w", err)
	}
	c := &chain{at: h.Number, time: h.Time}
	s.L1.Head, s.L1.Time = h.Number.Uint64(), h.Time
	if e.rollup == (common.Address{}) {
		if e.rollup, err = e.games.Rollup(ctx, e.cfg.Inbox); err != nil {
			return nil, err
		}
	}
	s.L1.Rollup = e.rollup
	// Search from a few blocks back each time: a dispute reorged in again is
	// found again (deduplicated by game).
	const overlap = 64
	from := e.cfg.StartBlock
	if e.scanned > from+overlap {
		from = e.scanned - overlap
	}
	to := h.Number.Uint64()
	if to < from {
		return c, nil
	}
	found, err := e.games.Disputes(ctx, e.rollup, from, to)
	if err != nil {
		return c, err
	}
	known := map[common.Address]bool{}
	for _, d := range e.disputes {
		known[d.Game] = true
	}
	for _, d := range found {
		if !known[d.Game] {
			e.disputes = append(e.disputes, d)
			known[d.Game] = true
		}
	}
	if n := len(e.disputes) - maxDisputes; n > 0 {
		e.disputes = append([]DisputeLog(nil), e.disputes[n:]...)
	}
	e.scanned = to
	return c, nil
}

func (e *Explorer) batches(ctx context.Context, s *State, c *chain) error {
	next := e.st.NextBatch()
	for i := next; i > 0 && len(s.Batches) < e.cfg.Latest; i-- {
		b, err := e.st.GetBatch(i - 1)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("explorer: read batch %d: %w", i-1, err)
		}
		v := BatchView{Index: b.Index, Kind: e.cfg.DA, Records: len(b.Jobs), StoreStatus: b.Status.String()}
		if v.Kind == "" {
			v.Kind = "calldata"
		}
		if b.DATx != (common.Hash{}) {
			v.DATx = &b.DATx
		}
		if b.ProposeTx != (common.Hash{}) {
			v.ProposeTx = &b.ProposeTx
		}
		var until uint64
		if c != nil && b.Status >= store.BatchProposed {
			if ob, err := e.games.Batch(ctx, e.rollup, b.Index, c.at); err == nil && ob.ProposedAt != 0 {
				v.ProposedAt, v.DisputableUntil, v.Voided, v.PendingDisputes = ob.ProposedAt, ob.DisputableUntil, ob.Voided, ob.PendingDisputes
				v.Kind = "calldata"
				if ob.Blobs {
					v.Kind = "blobs"
				}
				until = ob.DisputableUntil
			}
		}
		now := uint64(0)
		if c != nil {
			now = c.time
		}
		v.Status = BatchStatus(b.Status, until, now)
		s.Batches = append(s.Batches, v)
	}
	return nil
}

func (e *Explorer) jobs(ctx context.Context, s *State, c *chain) error {
	js, err := e.st.LatestJobs(e.cfg.Latest)
	if err != nil {
		return fmt.Errorf("explorer: read the latest jobs: %w", err)
	}
	for _, j := range js {
		s.Jobs = append(s.Jobs, e.jobView(ctx, j, c))
	}
	return nil
}

func (e *Explorer) jobView(ctx context.Context, j *store.Job, c *chain) JobView {
	dec := e.decoder(j.Spec.Model)
	prompt, _ := InputTokens(j.Spec.Input)
	v := JobView{ID: j.ID.String(), Source: "L1", Seq: j.Seq, Model: j.Spec.Model, State: j.State.String(),
		Prompt: DecodeTokens(dec, prompt), MaxTokens: j.Spec.Params.MaxTokens, VoidReason: j.VoidReason}
	if j.ID.Source == store.FromL2 {
		v.Source = "L2"
	}
	if j.L1 != nil {
		v.L1Tx = &j.L1.TxHash
	}
	if j.Result != nil {
		out := DecodeTokens(dec, j.Result.Output)
		v.Output, v.Worker = &out, j.Result.Worker
	}
	var onL1 uint8
	if j.Batch != nil {
		b, r := j.Batch.Batch, j.Batch.Record
		v.Batch, v.Record = &b, &r
		if c != nil && (j.State == store.Proposed || j.State == store.Final || j.State == store.Voided) {
			if st, err := e.games.RecordStatus(ctx, e.rollup, b, r, c.at); err == nil {
				onL1 = st
			}
		}
	}
	v.Status = JobStatus(j.State, onL1)
	return v
}

// disputesView reads the latest Latest games (resolved ones once).
func (e *Explorer) disputesView(ctx context.Context, s *State, c *chain) error {
	ds := e.disputes
	if len(ds) > e.cfg.Latest {
		ds = ds[len(ds)-e.cfg.Latest:]
	}
	var firstErr error
	for i := len(ds) - 1; i >= 0; i-- {
		d := ds[i]
		g, ok := e.done[d.Game]
		if !ok {
			var err error
			if g, err = e.games.Game(ctx, d.Game, c.at); err != nil {
				if firstErr == nil {
					firstErr = err
				}
				s.Disputes = append(s.Disputes, DisputeView{Game: d.Game, Batch: d.Batch, Record: d.Record, Challenger: d.Challenger,
					Outcome: "unreadable", Error: err.Error()})
				continue
			}
			if g.Status != 0 {
				e.done[d.Game] = g
			}
		}
		s.Disputes = append(s.Disputes, e.disputeView(d, g, c))
	}
	for g := range e.done { // keep only the shown games' reads
		if !slices.ContainsFunc(ds, func(d DisputeLog) bool { return d.Game == g }) {
			delete(e.done, g)
		}
	}
	sort.SliceStable(s.Disputes, func(a, b int) bool {
		x, y := s.Disputes[a], s.Disputes[b]
		return x.Batch > y.Batch || x.Batch == y.Batch && x.Record > y.Record
	})
	return firstErr
}

func (e *Explorer) disputeView(d DisputeLog, g *Game, c *chain) DisputeView {
	v := DisputeView{Game: d.Game, Batch: d.Batch, Record: d.Record, Challenger: d.Challenger, Status: g.Status,
		Outcome: Outcome(g.Status), Resolved: g.Status != 0, Claims: len(g.Claims), SplitDepth: int(g.Config.SplitDepth),
		MaxDepth: int(g.Config.MaxDepth), Transitions: g.Transitions, CreatedAt: g.CreatedAt, ResolvedAt: g.ResolvedAt}
	bonds := new(big.Int)
	for _, cl := range g.Claims {
		if cl.Bond != nil {
			bonds.Add(bonds, cl.Bond)
		}
		v.Depth = max(v.Depth, cl.Depth())
	}
	v.Bonds = ETH(bonds)
	geo := Geometry{SplitDepth: v.SplitDepth, MaxDepth: v.MaxDepth, Transitions: g.Transitions}
	if b, err := e.st.GetBatch(d.Batch); err == nil && int(d.Record) < len(b.Jobs) {
		id := b.Jobs[d.Record].String()
		v.Job = &id
		if j, err := e.st.Get(b.Jobs[d.Record]); err == nil && j.Result != nil {
			prompt, _ := InputTokens(j.Spec.Input)
			if n := len(prompt) + len(j.Result.Output); n > 1 {
				geo.Positions = uint64(n - 1)
			}
		}
	}
	if n := geo.perPosition(); n > 0 {
		v.Positions, v.Layers = geo.Positions, int(n-1)
	}
	v.Path, v.Step = Path(g.Claims, geo)
	v.Clocks = Clocks(g.Claims, c.time, g.Config.MaxClockDuration, v.Resolved)
	return v
}
