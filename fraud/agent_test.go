package fraud_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/fraud"
)

var errRefused = errors.New("refused by the fake game")

// fakeGame is a GameContract over a fixed claim list whose Move and Step
// fail on the calls listed in fail (numbered from 1, in the order made).
type fakeGame struct {
	claims    []types.Claim
	fail      map[int]bool
	cancel    context.CancelFunc // when set, called after the first action
	calls     int
	performed []int // parent contract index of each action that succeeded
}

func (g *fakeGame) Claims(context.Context) ([]types.Claim, error) { return g.claims, nil }

func (g *fakeGame) act(parent types.Claim) error {
	g.calls++
	if g.cancel != nil {
		g.cancel()
	}
	if g.fail[g.calls] {
		return fmt.Errorf("call %d: %w", g.calls, errRefused)
	}
	g.performed = append(g.performed, parent.ContractIndex)
	return nil
}

func (g *fakeGame) Move(_ context.Context, parent types.Claim, _ bool, _ common.Hash, _ []byte) error {
	return g.act(parent)
}

func (g *fakeGame) Step(_ context.Context, parent types.Claim, _ bool, _, _ []byte) error {
	return g.act(parent)
}

// TestAgentFinishesWhatItCan: the honest agent faces three wrong claims
// under an honest root, so the solver wants three moves (one on each).
// Every action is tried whatever failed before it; Act counts the ones that
// landed and joins the others' errors, each naming its action.
func TestAgentFinishesWhatItCan(t *testing.T) {
	const transitions, split, max = 5, 4, 8
	honest := alphaActor(transitions, split, max, -1, 0)
	root, err := honest.Top.Get(context.Background(), types.RootPosition)
	require.NoError(t, err)
	claim := func(i, parent int, pos types.Position, v common.Hash) types.Claim {
		return types.Claim{
			ClaimData:     types.ClaimData{Value: v, Position: pos, Bond: big.NewInt(0)},
			Clock:         types.NewClock(0, time.Unix(1, 0)),
			ContractIndex: i, ParentContractIndex: parent,
		}
	}
	claims := []types.Claim{claim(0, -1, types.RootPosition, root)}
	for i := 1; i <= 3; i++ {
		claims = append(claims, claim(i, 0, types.RootPosition.Attack(), crypto.Keccak256Hash([]byte{byte(i)})))
	}

	for _, tc := range []struct {
		name      string
		fail      []int
		cancel    bool
		want      int
		performed []int
		named     []string // what the error names
		unnamed   []string // what it must not name
	}{
		{name: "all three land", want: 3, performed: []int{1, 2, 3}},
		{name: "the second of three fails", fail: []int{2}, want: 2, performed: []int{1, 3},
			named: []string{"action 2 of 3 (move", "claim 2 at position 2 (depth 1)"}, unnamed: []string{"action 1 ", "action 3 "}},
		{name: "the first and last fail", fail: []int{1, 3}, want: 1, performed: []int{2},
			named: []string{"action 1 of 3 (move", "claim 1 at", "action 3 of 3 (move", "claim 3 at"}, unnamed: []string{"action 2 "}},
		{name: "all three fail", fail: []int{1, 2, 3}, want: 0,
			named: []string{"action 1 of 3", "action 2 of 3", "action 3 of 3"}},
		{name: "cancelled after the first", cancel: true, want: 1, performed: []int{1},
			named: []string{"2 of 3 actions not tried"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			g := &fakeGame{claims: claims, fail: map[int]bool{}}
			for _, i := range tc.fail {
				g.fail[i] = true
			}
			if tc.cancel {
				g.cancel = cancel
			}
			n, err := fraud.NewAgent(honest, g, slog.New(slog.DiscardHandler)).Act(ctx)
			require.Equal(t, tc.want, n, "actions that landed")
			require.Equal(t, tc.performed, g.performed, "the parents of the actions performed")
			if len(tc.named) == 0 {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			if len(tc.fail) > 0 {
				require.ErrorIs(t, err, errRefused)
			}
			if tc.cancel {
				require.ErrorIs(t, err, context.Canceled)
			}
			for _, s := range tc.named {
				require.ErrorContains(t, err, s)
			}
			for _, s := range tc.unnamed {
				require.NotContains(t, err.Error(), s)
			}
		})
	}
}
