package deploy

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/bindings/trainingvm"
	"github.com/airollup/airollup/internal/l1test"
)

func devnetConfig(seq common.Address) Config {
	return Config{Sequencer: seq, InclusionWindow: 100, Game: DevnetGame(10, 24), Rollup: DevnetRollup(), VM: Transformer}
}

// viewCaller returns a function that calls a view of the deployment at the
// latest block and fails the test on an error.
func viewCaller(ctx context.Context, t *testing.T, chain *l1test.Chain) func(to common.Address, data []byte) []byte {
	return func(to common.Address, data []byte) []byte {
		out, err := chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		require.NoError(t, err)
		return out
	}
}

// TestDeployTrainingVM: a deployment's factory routes training records to
// its TrainingVM (over the inbox and registry of the deployment) under the
// devnet training game (split depth 33, max depth 78, the game's clocks and
// bonds), so the Rollup's RecordValidity judges training records.
func TestDeployTrainingVM(t *testing.T) {
	ctx := context.Background()
	chain := l1test.New(t, 2)
	cfg := devnetConfig(chain.Addrs[1])
	cfg.Training = true
	a, err := Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, cfg)
	require.NoError(t, err)
	require.NotZero(t, a.TrainingVM)
	call := viewCaller(ctx, t, chain)
	fac := bindings.NewDisputeGameFactory()
	vmAddr, err := fac.UnpackTrainingVM(call(a.Factory, fac.PackTrainingVM()))
	require.NoError(t, err)
	require.Equal(t, a.TrainingVM, vmAddr)
	tg, err := fac.UnpackTrainingGameConfig(call(a.Factory, fac.PackTrainingGameConfig()))
	require.NoError(t, err)
	want := DevnetTrainingGame(cfg.Game)
	require.EqualValues(t, 33, want.SplitDepth)
	require.EqualValues(t, 78, want.MaxDepth)
	require.Equal(t, want.SplitDepth, tg.SplitDepth)
	require.Equal(t, want.MaxDepth, tg.MaxDepth)
	require.Equal(t, want.MaxClockDuration, tg.MaxClockDuration)
	require.Zero(t, want.BaseBond.Cmp(tg.BaseBond))

	tv := trainingvm.NewTrainingVM()
	inbox, err := tv.UnpackINBOX(call(a.TrainingVM, tv.PackINBOX()))
	require.NoError(t, err)
	require.Equal(t, a.JobInbox, inbox)
	models, err := tv.UnpackMODELS(call(a.TrainingVM, tv.PackMODELS()))
	require.NoError(t, err)
	require.Equal(t, a.ModelRegistry, models)

	rb := bindings.NewRollup()
	validity, err := rb.UnpackValidity(call(a.Rollup, rb.PackValidity()))
	require.NoError(t, err)
	rv := bindings.NewRecordValidity()
	training, err := rv.UnpackTraining(call(validity, rv.PackTraining()))
	require.NoError(t, err)
	require.True(t, training, "RecordValidity judges training records")
}

// TestDeployWithoutTraining: by default a deployment has no TrainingVM, so
// its RecordValidity voids every training record and JobInbox refuses
// training jobs (TrainingDisabled).
func TestDeployWithoutTraining(t *testing.T) {
	ctx := context.Background()
	chain := l1test.New(t, 2)
	a, err := Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, devnetConfig(chain.Addrs[1]))
	require.NoError(t, err)
	require.Zero(t, a.TrainingVM)
	call := viewCaller(ctx, t, chain)
	fac := bindings.NewDisputeGameFactory()
	vmAddr, err := fac.UnpackTrainingVM(call(a.Factory, fac.PackTrainingVM()))
	require.NoError(t, err)
	require.Zero(t, vmAddr)
	rb := bindings.NewRollup()
	validity, err := rb.UnpackValidity(call(a.Rollup, rb.PackValidity()))
	require.NoError(t, err)
	rv := bindings.NewRecordValidity()
	training, err := rv.UnpackTraining(call(validity, rv.PackTraining()))
	require.NoError(t, err)
	require.False(t, training, "RecordValidity voids training records")
	ib := bindings.NewJobInbox()
	_, err = chain.Client.CallContract(ctx, ethereum.CallMsg{From: chain.Addrs[0], To: &a.JobInbox, Value: big.NewInt(1e15),
		Data: ib.PackSubmit(1, 1, make([]byte, 152), 1, bindings.IJobInboxParams{MaxTokens: 1}, common.Address{}, 0)}, nil)
	require.ErrorContains(t, err, "execution reverted")
	var de interface{ ErrorData() interface{} }
	require.ErrorAs(t, err, &de)
	data, ok := de.ErrorData().(string)
	require.True(t, ok, "revert data %v", de.ErrorData())
	require.Equal(t, hexutil.Encode(crypto.Keccak256([]byte("TrainingDisabled()"))[:4]), data)
}

// TestCheckTrainingGame: a training game the factory would refuse is
// refused before anything is deployed, naming the depth (only when training
// is deployed).
func TestCheckTrainingGame(t *testing.T) {
	cfg := devnetConfig(common.Address{1})
	cfg.Training = true
	require.NoError(t, cfg.Check())
	for name, tc := range map[string]struct {
		split, max uint8
		want       string
	}{
		"split":   {32, 77, "training split depth 32 must be ≥ 33"},
		"level 2": {33, 77, "training max depth 77 must be ≥ split depth 33 + 1 + 44"},
	} {
		c := cfg
		c.TrainingGame = DevnetGame(tc.split, tc.max)
		err := c.Check()
		require.ErrorIs(t, err, ErrConfig, name)
		require.ErrorContains(t, err, tc.want, name)
	}
	c := cfg
	c.TrainingGame = DevnetTrainingGame(cfg.Game)
	c.TrainingGame.BaseBond = nil
	require.ErrorContains(t, c.Check(), "training game base bond unset")
	c.Training = false // without training, its game is not deployed and not checked
	require.NoError(t, c.Check())
}
