package fraud

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/bindings"
)

// TxSender sends one transaction and waits until it is mined, returning its
// receipt (an error if it reverted). In services it is op-service's txmgr;
// tests sign and commit on a simulated L1.
type TxSender interface {
	Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*gethtypes.Receipt, error)
	From() common.Address
}

// ErrGameRead is returned when a game's state read from the chain is unusable.
var ErrGameRead = errors.New("fraud: cannot read game")

// MaxClaims bounds the claim count ContractGame accepts from a node before it
// allocates for the claims.
const MaxClaims = 1 << 20

// BlockCaller reads contract state at one block named by its hash, so that
// the reads of one snapshot see one state while moves keep landing (as
// op-challenger reads a game at one block hash). *ethclient.Client
// implements it, and so does the simulated backend's client.
type BlockCaller interface {
	// HeaderByNumber returns the header of block number (nil: the latest).
	HeaderByNumber(ctx context.Context, number *big.Int) (*gethtypes.Header, error)
	// CallContractAtHash runs call on the state of the block with this hash.
	CallContractAtHash(ctx context.Context, call ethereum.CallMsg, blockHash common.Hash) ([]byte, error)
}

// BatchCaller is a BlockCaller that also runs several calls on one block's
// state in a round trip (internal/ethbatch over a JSON-RPC client's batch
// calls). ContractGame batches its reads when its caller is one.
type BatchCaller interface {
	BlockCaller
	// CallContractsAtHash runs every call on the state of the block with this
	// hash; the i-th result is the i-th call's return data.
	CallContractsAtHash(ctx context.Context, calls []ethereum.CallMsg, blockHash common.Hash) ([][]byte, error)
}

// ContractGame is a deployed DisputeGame behind GameContract: reads through
// a BlockCaller, each snapshot at one block, writes through a TxSender.
// GasUsed sums the gas of the transactions it sent.
type ContractGame struct {
	Addr    common.Address
	Caller  BlockCaller
	Sender  TxSender
	GasUsed uint64
	Moves   int
	Steps   int

	abi *bindings.DisputeGame
}

var _ GameContract = (*ContractGame)(nil)

// NewContractGame binds the game at addr.
func NewContractGame(addr common.Address, caller BlockCaller, sender TxSender) *ContractGame {
	return &ContractGame{Addr: addr, Caller: caller, Sender: sender, abi: bindings.NewDisputeGame()}
}

// latest returns the hash of the block reads are pinned to now.
func (g *ContractGame) latest(ctx context.Context) (common.Hash, error) {
	h, err := g.Caller.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("fraud: latest header: %w", err)
	}
	return h.Hash(), nil
}

// Claims reads every claim as of the latest block: one snapshot (ClaimsAt).
func (g *ContractGame) Claims(ctx context.Context) ([]types.Claim, error) {
	block, err := g.latest(ctx)
	if err != nil {
		return nil, err
	}
	return g.ClaimsAt(ctx, block)
}

// ClaimsAt reads every claim as of the block with hash block: the count and
// each claim on that block's state, so a move landing meanwhile cannot mix
// two states. The claims are read in one batch when the caller is a
// BatchCaller, one call each otherwise.
func (g *ContractGame) ClaimsAt(ctx context.Context, block common.Hash) ([]types.Claim, error) {
	out, err := g.Caller.CallContractAtHash(ctx, ethCall(g.Addr, g.abi.PackClaimDataLen()), block)
	if err != nil {
		return nil, fmt.Errorf("fraud: claimDataLen at block %s: %w", block, err)
	}
	count, err := g.abi.UnpackClaimDataLen(out)
	if err != nil {
		return nil, fmt.Errorf("fraud: claimDataLen at block %s: %w", block, err)
	}
	if !count.IsInt64() || count.Int64() > MaxClaims {
		return nil, fmt.Errorf("%w: claimDataLen %v at block %s exceeds the limit of %d claims", ErrGameRead, count, block, MaxClaims)
	}
	n := int(count.Int64())
	calls := make([]ethereum.CallMsg, n)
	for i := range calls {
		calls[i] = ethCall(g.Addr, g.abi.PackClaimData(bigIndex(i)))
	}
	var outs [][]byte
	if b, ok := g.Caller.(BatchCaller); ok && n > 0 {
		if outs, err = b.CallContractsAtHash(ctx, calls, block); err != nil {
			return nil, fmt.Errorf("fraud: claimData batch of %d at block %s: %w", n, block, err)
		}
		if len(outs) != n {
			return nil, fmt.Errorf("%w: claimData batch of %d at block %s returned %d results", ErrGameRead, n, block, len(outs))
		}
	} else {
		outs = make([][]byte, n)
		for i := range calls {
			if outs[i], err = g.Caller.CallContractAtHash(ctx, calls[i], block); err != nil {
				return nil, fmt.Errorf("fraud: claimData(%d) at block %s: %w", i, block, err)
			}
		}
	}
	claims := make([]types.Claim, 0, n)
	for i, out := range outs {
		c, err := g.abi.UnpackClaimData(out)
		if err != nil {
			return nil, fmt.Errorf("fraud: claimData(%d) at block %s: %w", i, block, err)
		}
		parent := int(c.ParentIndex)
		if c.ParentIndex == ^uint32(0) {
			parent = -1
		}
		clock := c.Clock
		claims = append(claims, types.Claim{
			ClaimData:   types.ClaimData{Value: c.Claim, Bond: c.Bond, Position: types.NewPositionFromGIndex(c.Position)},
			CounteredBy: c.CounteredBy, Claimant: c.Claimant,
			Clock:         types.NewClock(durationOf(clock), timeOf(clock)),
			ContractIndex: i, ParentContractIndex: parent,
		})
	}
	return claims, nil
}

// Move sends move (or moveExecRoot with its preimage) with the required bond.
func (g *ContractGame) Move(ctx context.Context, parent types.Claim, isAttack bool, value common.Hash, execRoot []byte) error {
	pos := parent.Position.Defend()
	if isAttack {
		pos = parent.Position.Attack()
	}
	block, err := g.latest(ctx)
	if err != nil {
		return err
	}
	out, err := g.Caller.CallContractAtHash(ctx, ethCall(g.Addr, g.abi.PackGetRequiredBond(pos.ToGIndex())), block)
	if err != nil {
		return fmt.Errorf("fraud: getRequiredBond: %w", err)
	}
	bond, err := g.abi.UnpackGetRequiredBond(out)
	if err != nil {
		return err
	}
	data := g.abi.PackMove(parent.Value, bigIndex(parent.ContractIndex), value, isAttack)
	if execRoot != nil {
		data = g.abi.PackMoveExecRoot(parent.Value, bigIndex(parent.ContractIndex), value, isAttack, execRoot)
	}
	r, err := g.Sender.Send(ctx, g.Addr, data, bond)
	if err != nil {
		return fmt.Errorf("fraud: move on claim %d (attack %v): %w", parent.ContractIndex, isAttack, err)
	}
	g.GasUsed += r.GasUsed
	g.Moves++
	return nil
}

// Step sends step.
func (g *ContractGame) Step(ctx context.Context, parent types.Claim, isAttack bool, prestate, proof []byte) error {
	r, err := g.Sender.Send(ctx, g.Addr, g.abi.PackStep(bigIndex(parent.ContractIndex), isAttack, prestate, proof), nil)
	if err != nil {
		return fmt.Errorf("fraud: step on claim %d (attack %v): %w", parent.ContractIndex, isAttack, err)
	}
	g.GasUsed += r.GasUsed
	g.Steps++
	return nil
}

func ethCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// durationOf and timeOf split an on-chain Clock (duration << 64 | timestamp).
func durationOf(clock *big.Int) time.Duration {
	return time.Duration(new(big.Int).Rsh(clock, 64).Uint64()) * time.Second
}

func timeOf(clock *big.Int) time.Time {
	return time.Unix(int64(new(big.Int).And(clock, new(big.Int).SetUint64(^uint64(0))).Uint64()), 0)
}
