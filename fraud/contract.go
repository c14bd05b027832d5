package fraud

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
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

// ContractGame is a deployed DisputeGame behind GameContract: reads through
// a contract caller, writes through a TxSender. GasUsed sums the gas of the
// transactions it sent.
type ContractGame struct {
	Addr    common.Address
	Caller  bind.ContractCaller
	Sender  TxSender
	GasUsed uint64
	Moves   int
	Steps   int

	abi *bindings.DisputeGame
}

var _ GameContract = (*ContractGame)(nil)

// NewContractGame binds the game at addr.
func NewContractGame(addr common.Address, caller bind.ContractCaller, sender TxSender) *ContractGame {
	return &ContractGame{Addr: addr, Caller: caller, Sender: sender, abi: bindings.NewDisputeGame()}
}

func (g *ContractGame) call(ctx context.Context, data []byte) ([]byte, error) {
	return g.Caller.CallContract(ctx, ethCall(g.Addr, data), nil)
}

// Claims reads every claim.
func (g *ContractGame) Claims(ctx context.Context) ([]types.Claim, error) {
	out, err := g.call(ctx, g.abi.PackClaimDataLen())
	if err != nil {
		return nil, fmt.Errorf("fraud: claimDataLen: %w", err)
	}
	n, err := g.abi.UnpackClaimDataLen(out)
	if err != nil {
		return nil, err
	}
	claims := make([]types.Claim, 0, n.Int64())
	for i := int64(0); i < n.Int64(); i++ {
		out, err := g.call(ctx, g.abi.PackClaimData(big.NewInt(i)))
		if err != nil {
			return nil, fmt.Errorf("fraud: claimData(%d): %w", i, err)
		}
		c, err := g.abi.UnpackClaimData(out)
		if err != nil {
			return nil, err
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
			ContractIndex: int(i), ParentContractIndex: parent,
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
	out, err := g.call(ctx, g.abi.PackGetRequiredBond(pos.ToGIndex()))
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
