package fraud

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"
)

// ErrPosition is returned for a generalized index that is not a valid position.
var ErrPosition = errors.New("fraud: invalid position")

// MaxDepth is the deepest position a uint128 generalized index holds
// (contracts/src/lib/LibPosition.sol MAX_DEPTH).
const MaxDepth = 126

// Position is a node of the game tree. It is op-challenger's type, so the
// honest-actor solver plays our game unchanged; on-chain it is LibPosition's
// `Position is uint128`, the generalized index (root 1, children 2g and 2g+1).
type Position = types.Position

// PositionFromGIndex decodes an on-chain uint128 generalized index.
func PositionFromGIndex(g *big.Int) (Position, error) {
	if g.Sign() <= 0 || g.BitLen() > MaxDepth+1 {
		return Position{}, fmt.Errorf("%w: generalized index %v (must be 1..2^%d-1)", ErrPosition, g, MaxDepth+1)
	}
	return types.NewPositionFromGIndex(g), nil
}

// GIndex encodes a position as the on-chain uint128 generalized index.
func GIndex(p Position) (*big.Int, error) {
	if p.Depth() > MaxDepth {
		return nil, fmt.Errorf("%w: depth %d exceeds %d", ErrPosition, p.Depth(), MaxDepth)
	}
	return p.ToGIndex(), nil
}
