package explorer

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/airollup/airollup/bindings"
)

// L1 is what the explorer reads from L1 (*ethclient.Client implements it).
type L1 interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// ErrTooManyClaims is returned by GameReader.Game for a game with more
// claims than the reader's limit.
var ErrTooManyClaims = errors.New("explorer: game has too many claims")

// DisputeLog is a Rollup.RecordDisputed event: a game opened on a record.
type DisputeLog struct {
	Batch      uint64
	Record     uint32
	Game       common.Address
	Challenger common.Address
	Block      uint64
}

// Claim is one claim of a game (IDisputeGame.ClaimData), its chess clock split.
type Claim struct {
	Index       int
	ParentIndex int // -1: the root
	CounteredBy common.Address
	Claimant    common.Address
	Bond        *big.Int
	Value       common.Hash
	Position    *big.Int // generalized index: depth = bit length − 1
	Duration    uint64   // clock: seconds used by the claimant's side when it was made
	Timestamp   uint64   // clock: when it was made (L1 seconds)
}

// Depth is the claim's depth in the game tree.
func (c *Claim) Depth() int { return c.Position.BitLen() - 1 }

// Game is a dispute game as read at one L1 block.
type Game struct {
	Address     common.Address
	Status      uint8 // IDisputeGame.GameStatus: 0 in progress, 1 challenger wins, 2 defender wins
	Config      bindings.IDisputeGameGameConfig
	Transitions uint64 // level-1 transitions of the disputed computation, P·(L+1)
	CreatedAt   uint64
	ResolvedAt  uint64
	Claims      []Claim
}

// GameReader reads dispute games and the Rollup's dispute events through the
// bindings; it holds no state and may be shared.
type GameReader struct {
	L1        L1
	MaxClaims int // claims read per game at most (0: 4096)
}

func (r *GameReader) call(ctx context.Context, to common.Address, data []byte, at *big.Int) ([]byte, error) {
	return r.L1.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, at)
}

// Disputes returns the RecordDisputed events of rollup in blocks from..to.
func (r *GameReader) Disputes(ctx context.Context, rollup common.Address, from, to uint64) ([]DisputeLog, error) {
	rb := bindings.NewRollup()
	parsed, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	logs, err := r.L1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{rollup}, Topics: [][]common.Hash{{parsed.Events[bindings.RollupRecordDisputedEventName].ID}}})
	if err != nil {
		return nil, fmt.Errorf("explorer: read RecordDisputed logs of blocks %d to %d: %w", from, to, err)
	}
	out := make([]DisputeLog, 0, len(logs))
	for i := range logs {
		e, err := rb.UnpackRecordDisputedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("explorer: decode RecordDisputed in %s: %w", logs[i].TxHash, err)
		}
		if !e.BatchIndex.IsUint64() || !e.RecordIndex.IsUint64() || e.RecordIndex.Uint64() > math.MaxUint32 {
			return nil, fmt.Errorf("explorer: RecordDisputed in %s: batch %v record %v out of range", logs[i].TxHash, e.BatchIndex, e.RecordIndex)
		}
		out = append(out, DisputeLog{Batch: e.BatchIndex.Uint64(), Record: uint32(e.RecordIndex.Uint64()), Game: e.Game,
			Challenger: e.Challenger, Block: logs[i].BlockNumber})
	}
	return out, nil
}

// Game reads game addr at block at (nil: the latest): its status, config,
// times and every claim.
func (r *GameReader) Game(ctx context.Context, addr common.Address, at *big.Int) (*Game, error) {
	dg := bindings.NewDisputeGame()
	g := &Game{Address: addr}
	read := func(what string, data []byte, unpack func([]byte) error) error {
		b, err := r.call(ctx, addr, data, at)
		if err == nil {
			err = unpack(b)
		}
		if err != nil {
			return fmt.Errorf("explorer: read %s of game %s: %w", what, addr, err)
		}
		return nil
	}
	var n, transitions *big.Int
	steps := []struct {
		what   string
		data   []byte
		unpack func([]byte) error
	}{
		{"status", dg.PackStatus(), func(b []byte) (err error) { g.Status, err = dg.UnpackStatus(b); return }},
		{"config", dg.PackConfig(), func(b []byte) (err error) { g.Config, err = dg.UnpackConfig(b); return }},
		{"transitions", dg.PackTransitions(), func(b []byte) (err error) { transitions, err = dg.UnpackTransitions(b); return }},
		{"createdAt", dg.PackCreatedAt(), func(b []byte) (err error) { g.CreatedAt, err = dg.UnpackCreatedAt(b); return }},
		{"resolvedAt", dg.PackResolvedAt(), func(b []byte) (err error) { g.ResolvedAt, err = dg.UnpackResolvedAt(b); return }},
		{"claimDataLen", dg.PackClaimDataLen(), func(b []byte) (err error) { n, err = dg.UnpackClaimDataLen(b); return }},
	}
	for _, s := range steps {
		if err := read(s.what, s.data, s.unpack); err != nil {
			return nil, err
		}
	}
	if transitions.IsUint64() {
		g.Transitions = transitions.Uint64()
	}
	limit := r.MaxClaims
	if limit <= 0 {
		limit = 4096
	}
	if !n.IsInt64() || n.Int64() > int64(limit) {
		return nil, fmt.Errorf("%w: game %s has %v claims, limit %d", ErrTooManyClaims, addr, n, limit)
	}
	for i := range int(n.Int64()) {
		var cd bindings.IDisputeGameClaimData
		if err := read(fmt.Sprintf("claim %d", i), dg.PackClaimData(big.NewInt(int64(i))),
			func(b []byte) (err error) { cd, err = dg.UnpackClaimData(b); return }); err != nil {
			return nil, err
		}
		g.Claims = append(g.Claims, claimOf(i, cd))
	}
	return g, nil
}

// claimOf decodes claim data i: the root's parent index is type(uint32).max,
// the clock is duration << 64 | timestamp.
func claimOf(i int, cd bindings.IDisputeGameClaimData) Claim {
	c := Claim{Index: i, ParentIndex: int(cd.ParentIndex), CounteredBy: cd.CounteredBy, Claimant: cd.Claimant, Bond: cd.Bond,
		Value: cd.Claim, Position: cd.Position}
	if cd.ParentIndex == math.MaxUint32 {
		c.ParentIndex = -1
	}
	if c.Position == nil {
		c.Position = new(big.Int)
	}
	if cd.Clock != nil {
		mask := new(big.Int).SetUint64(math.MaxUint64)
		c.Timestamp = new(big.Int).And(cd.Clock, mask).Uint64()
		c.Duration = new(big.Int).And(new(big.Int).Rsh(cd.Clock, 64), mask).Uint64()
	}
	return c
}

// RecordStatus reads Rollup.recordStatus(batch, record) at block at: 0 none,
// 1 disputed, 2 voided, 3 delivered (IRollup.RecordStatus).
func (r *GameReader) RecordStatus(ctx context.Context, rollup common.Address, batch uint64, record uint32, at *big.Int) (uint8, error) {
	rb := bindings.NewRollup()
	b, err := r.call(ctx, rollup, rb.PackRecordStatus(new(big.Int).SetUint64(batch), big.NewInt(int64(record))), at)
	if err != nil {
		return 0, fmt.Errorf("explorer: read the status of record %d of batch %d: %w", record, batch, err)
	}
	return rb.UnpackRecordStatus(b)
}

// Batch reads Rollup.batch(index) at block at (ProposedAt 0: not proposed).
func (r *GameReader) Batch(ctx context.Context, rollup common.Address, index uint64, at *big.Int) (bindings.IRollupBatch, error) {
	rb := bindings.NewRollup()
	b, err := r.call(ctx, rollup, rb.PackBatch(new(big.Int).SetUint64(index)), at)
	if err != nil {
		return bindings.IRollupBatch{}, fmt.Errorf("explorer: read batch %d: %w", index, err)
	}
	return rb.UnpackBatch(b)
}

// Rollup reads JobInbox.rollup of inbox.
func (r *GameReader) Rollup(ctx context.Context, inbox common.Address) (common.Address, error) {
	ib := bindings.NewJobInbox()
	b, err := r.call(ctx, inbox, ib.PackRollup(), nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("explorer: read JobInbox.rollup: %w", err)
	}
	return ib.UnpackRollup(b)
}
