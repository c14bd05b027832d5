package explorer

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/sequencer/store"
)

// fakeL1 is a chain with one proposed batch whose record 0 is disputed in
// game: smallGame's claims, resolved for the challenger. It answers the
// calls the explorer makes through the contracts' ABIs.
type fakeL1 struct {
	t                     *testing.T
	inbox, rollup, game   common.Address
	rollupABI, inboxABI   *abi.ABI
	gameABI               *abi.ABI
	claims                []Claim
	calls, filters, games int
}

func newFakeL1(t *testing.T) *fakeL1 {
	parse := func(m *bind.MetaData) *abi.ABI {
		a, err := m.ParseABI()
		require.NoError(t, err)
		return a
	}
	claims, _ := smallGame()
	return &fakeL1{t: t, inbox: common.HexToAddress("0x1b"), rollup: common.HexToAddress("0x2c"), game: common.HexToAddress("0x3d"),
		rollupABI: parse(&bindings.RollupMetaData), inboxABI: parse(&bindings.JobInboxMetaData), gameABI: parse(&bindings.DisputeGameMetaData),
		claims: claims}
}

func (f *fakeL1) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(100), Time: 1000}, nil
}

func (f *fakeL1) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	f.filters++
	require.Equal(f.t, []common.Address{f.rollup}, q.Addresses)
	ev := f.rollupABI.Events["RecordDisputed"]
	require.Equal(f.t, ev.ID, q.Topics[0][0])
	data, err := ev.Inputs.NonIndexed().Pack(f.game, chall)
	require.NoError(f.t, err)
	return []types.Log{{Address: f.rollup, Topics: []common.Hash{ev.ID, {}, {}}, Data: data, BlockNumber: 90}}, nil
}

func (f *fakeL1) CallContract(_ context.Context, call ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	f.calls++
	out := func(a *abi.ABI, name string, v ...any) ([]byte, error) {
		m := a.Methods[name]
		if !bytes.Equal(call.Data[:4], m.ID) {
			return nil, nil
		}
		return m.Outputs.Pack(v...)
	}
	var cands []func() ([]byte, error)
	switch *call.To {
	case f.inbox:
		cands = append(cands, func() ([]byte, error) { return out(f.inboxABI, "rollup", f.rollup) })
	case f.rollup:
		cands = append(cands,
			func() ([]byte, error) {
				return out(f.rollupABI, "batch", bindings.IRollupBatch{Proposer: prop, RecordCount: 1, ProposedAt: 900,
					Bond: big.NewInt(1), PendingDisputes: 0, Voided: 1, DisputableUntil: 2000})
			},
			func() ([]byte, error) { return out(f.rollupABI, "recordStatus", RecordVoided) })
	case f.game:
		f.games++
		cands = append(cands,
			func() ([]byte, error) { return out(f.gameABI, "status", uint8(1)) },
			func() ([]byte, error) {
				return out(f.gameABI, "config", bindings.IDisputeGameGameConfig{MaxDepth: 5, SplitDepth: 2, MaxClockDuration: 60,
					ClockExtension: 7, BaseBond: big.NewInt(1e15), BondGrowthBps: 1000})
			},
			func() ([]byte, error) { return out(f.gameABI, "transitions", big.NewInt(4)) },
			func() ([]byte, error) { return out(f.gameABI, "createdAt", uint64(100)) },
			func() ([]byte, error) { return out(f.gameABI, "resolvedAt", uint64(200)) },
			func() ([]byte, error) { return out(f.gameABI, "claimDataLen", big.NewInt(int64(len(f.claims)))) },
			func() ([]byte, error) {
				m := f.gameABI.Methods["claimData"]
				if !bytes.Equal(call.Data[:4], m.ID) {
					return nil, nil
				}
				args, err := m.Inputs.Unpack(call.Data[4:])
				require.NoError(f.t, err)
				c := f.claims[args[0].(*big.Int).Int64()]
				parent := uint32(c.ParentIndex)
				clock := new(big.Int).Lsh(new(big.Int).SetUint64(c.Duration), 64)
				clock.Or(clock, new(big.Int).SetUint64(c.Timestamp))
				return m.Outputs.Pack(bindings.IDisputeGameClaimData{ParentIndex: parent, CounteredBy: c.CounteredBy, Claimant: c.Claimant,
					Bond: c.Bond, Claim: c.Value, Position: c.Position, Clock: clock})
			})
	}
	for _, c := range cands {
		if b, err := c(); b != nil || err != nil {
			return b, err
		}
	}
	return nil, fmt.Errorf("fake L1: no call %x on %s", call.Data[:4], call.To)
}

// TestExplorerStateWithL1: with L1, the state carries the batch as the
// Rollup holds it, the job's status from its record's status, and the
// dispute read from the RecordDisputed log and the game contract: outcome,
// bonds, clocks, its bisection path named with the job's size (P = 2
// positions of the game's 4 transitions) and its one step. A resolved game
// is read once.
func TestExplorerStateWithL1(t *testing.T) {
	st, err := store.Open(t.TempDir(), store.Options{Logger: log.NewLogger(log.DiscardHandler())})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	req := []byte{7}
	id := store.L2ID(crypto.Keccak256Hash(req))
	_, _, err = st.Put(&store.Job{ID: id, Request: req, Spec: store.Spec{Model: 1, Input: []byte{0, 0, 0, 5}, MaxFee: big.NewInt(1)}})
	require.NoError(t, err)
	require.NoError(t, st.Queue(id))
	require.NoError(t, st.Lease(id, store.Lease{Worker: "w", Deadline: time.Now().Add(time.Hour)}))
	require.NoError(t, st.SetResult(id, store.Result{Worker: "w", Output: []uint32{6, 7}}))
	_, err = st.CreateBatch(0, []store.ID{id})
	require.NoError(t, err)
	da, prop := common.HexToHash("0xda"), common.HexToHash("0x9909")
	require.NoError(t, st.PostIntent(0, da))
	require.NoError(t, st.Posted(0, da))
	require.NoError(t, st.ProposeIntent(0, prop))
	require.NoError(t, st.Proposed(0, prop))

	l1 := newFakeL1(t)
	ex, err := New(Config{Inbox: l1.inbox, MinInterval: time.Nanosecond}, st, l1, nil)
	require.NoError(t, err)
	s, err := ex.State(context.Background())
	require.NoError(t, err)
	require.Empty(t, s.L1.Error)
	require.Equal(t, L1View{Head: 100, Time: 1000, Rollup: l1.rollup}, s.L1)
	require.Equal(t, []BatchView{{Index: 0, Kind: "calldata", Records: 1, Status: "in window", StoreStatus: "proposed", ProposedAt: 900,
		DisputableUntil: 2000, Voided: 1, DATx: &da, ProposeTx: &prop}}, s.Batches)
	require.Len(t, s.Jobs, 1)
	require.Equal(t, "proposed", s.Jobs[0].State)
	require.Equal(t, "voided", s.Jobs[0].Status, "the record is voided on L1 before the store knows")
	require.Equal(t, "0x00000005", s.Jobs[0].Prompt.Hex)

	require.Len(t, s.Disputes, 1)
	d := s.Disputes[0]
	require.Equal(t, l1.game, d.Game)
	require.Equal(t, chall, d.Challenger)
	require.Equal(t, id.String(), *d.Job)
	require.Equal(t, "challenger wins", d.Outcome)
	require.True(t, d.Resolved)
	require.Equal(t, 7, d.Claims)
	require.Equal(t, 5, d.Depth)
	require.EqualValues(t, 2, d.Positions)
	require.Equal(t, 1, d.Layers)
	require.Equal(t, "0.007000", d.Bonds)
	require.EqualValues(t, 200, d.ResolvedAt)
	require.Equal(t, Clock{Used: "20s", Max: "1m0s", UsedSec: 20, MaxSec: 60, Percent: 100 * 20.0 / 60}, d.Clocks["challenger"])
	want, step := Path(l1.claims, Geometry{SplitDepth: 2, MaxDepth: 5, Positions: 2, Transitions: 4})
	require.Equal(t, want, d.Path)
	require.Equal(t, step, d.Step)
	require.Equal(t, "h(2, 0) (final)", d.Path[0].Label)

	// The resolved game is not read again; the rest is.
	games, calls := l1.games, l1.calls
	_, err = ex.State(context.Background())
	require.NoError(t, err)
	require.Equal(t, games, l1.games, "a resolved game is read once")
	require.Greater(t, l1.calls, calls)
	require.Equal(t, 2, l1.filters)
}
