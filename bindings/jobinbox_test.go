package bindings_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/canon"
)

// Job statuses and kinds as the JobInbox numbers them (IJobInbox.Status, IJobInbox.Kind).
const (
	jobStatusPending   = 1
	jobStatusIncluded  = 2
	jobStatusDelivered = 3
	jobStatusRefunded  = 4
	jobKindInference   = 0
)

// TestJobInboxOnSimulatedL1 deploys the JobInbox with account 1 as the rollup
// and an inclusion window of 5 blocks, submits an inference job on a
// registered model from account 2, deposits and withdraws, has the rollup
// include and release the job, and refunds a second job that the sequencer
// left pending past the window.
func TestJobInboxOnSimulatedL1(t *testing.T) {
	ctx := context.Background()
	chain := l1test.New(t, 3)
	inbox := bindings.NewJobInbox()
	rollup, user := chain.Addrs[1], chain.Addrs[2]
	registry := deployRegistry(t, chain)
	root, cfg, proof := tinyModel(t)
	reg := bindings.NewModelRegistry()
	tx, err := bind.Transact(reg.Instance(chain.Client, registry), chain.Opts(0), reg.PackRegister(root, cfg, proof, "http://127.0.0.1/m.gguf"))
	require.NoError(t, err)
	chain.Mine(t, tx)
	addr := chain.Deploy(t, 0, common.FromHex(bindings.JobInboxMetaData.Bin), inbox.PackConstructor(rollup, registry, 5, 86400, 3600))
	inst := inbox.Instance(chain.Client, addr)

	gotRollup, err := bind.Call(inst, nil, inbox.PackRollup(), inbox.UnpackRollup)
	require.NoError(t, err)
	require.Equal(t, rollup, gotRollup)
	window, err := bind.Call(inst, nil, inbox.PackInclusionWindow(), inbox.UnpackInclusionWindow)
	require.NoError(t, err)
	require.Equal(t, uint64(5), window)

	// Submit an inference job from account 2, escrowing 0.01 ETH.
	fee := big.NewInt(params.Ether / 100)
	prompt := canon.TokenBytes([]int32{1, 87, 12, 400}) // the prompt's token ids under the model's tokenizer
	p := bindings.IJobInboxParams{MaxTokens: 200, TemperatureMilli: 700, TopK: 40, TopPMicro: 950_000,
		Seed: crypto.Keccak256Hash([]byte("seed"))}
	dapp := common.HexToAddress("0x00000000000000000000000000000000000dA990")
	submit := func() (*types.Receipt, *big.Int) {
		t.Helper()
		opts := chain.Opts(2)
		opts.Value = fee
		tx, err := bind.Transact(inst, opts, inbox.PackSubmit(jobKindInference, 1, prompt, 0, p, dapp, 100_000))
		require.NoError(t, err)
		receipt := chain.Mine(t, tx)
		require.Len(t, receipt.Logs, 1)
		ev, err := inbox.UnpackJobSubmittedEvent(receipt.Logs[0])
		require.NoError(t, err)
		return receipt, ev.JobId
	}
	receipt, id := submit()
	t.Logf("submit gas used: %d", receipt.GasUsed)

	ev, err := inbox.UnpackJobSubmittedEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, int64(1), id.Int64())
	require.Equal(t, user, ev.Submitter)
	require.Equal(t, uint8(jobKindInference), ev.Kind)
	require.Equal(t, uint64(1), ev.ModelId)
	require.Equal(t, [32]byte(crypto.Keccak256Hash(prompt)), ev.InputHash)
	require.Equal(t, prompt, ev.Input)
	require.Equal(t, uint64(0), ev.DatasetId)
	require.Equal(t, p, ev.Params)
	require.Equal(t, fee, ev.MaxFee)
	require.Equal(t, dapp, ev.Callback)
	require.Equal(t, uint32(100_000), ev.CallbackGasLimit)

	job, err := bind.Call(inst, nil, inbox.PackJob(id), inbox.UnpackJob)
	require.NoError(t, err)
	require.Equal(t, user, job.Submitter)
	require.Equal(t, uint8(jobKindInference), job.Kind)
	require.Equal(t, uint64(1), job.ModelId)
	require.Equal(t, uint16(4), job.PromptLen)
	require.Equal(t, [32]byte(crypto.Keccak256Hash(prompt)), job.InputHash)
	require.Equal(t, p, job.Params)
	require.Equal(t, fee, job.MaxFee)
	require.Equal(t, dapp, job.Callback)
	require.Equal(t, uint32(100_000), job.CallbackGasLimit)
	require.Equal(t, receipt.BlockNumber.Uint64(), job.SubmittedAt)
	require.Equal(t, uint8(jobStatusPending), job.Status)
	escrowed, err := bind.Call(inst, nil, inbox.PackEscrowed(), inbox.UnpackEscrowed)
	require.NoError(t, err)
	require.Equal(t, fee, escrowed)

	// Deposit 1 ETH to account 2's L2 balance and withdraw 0.4 ETH of it.
	opts := chain.Opts(2)
	opts.Value = big.NewInt(params.Ether)
	tx, err = bind.Transact(inst, opts, inbox.PackDeposit())
	require.NoError(t, err)
	receipt = chain.Mine(t, tx)
	t.Logf("deposit gas used: %d", receipt.GasUsed)
	dep, err := inbox.UnpackDepositedEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, user, dep.Account)
	require.Equal(t, user, dep.From)
	require.Equal(t, opts.Value, dep.Amount)

	// A withdrawal is asked for first and made once the delay (an hour) is over.
	amount := big.NewInt(4 * params.Ether / 10)
	tx, err = bind.Transact(inst, chain.Opts(2), inbox.PackRequestWithdrawal(amount))
	require.NoError(t, err)
	receipt = chain.Mine(t, tx)
	asked, err := inbox.UnpackWithdrawalRequestedEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, amount, asked.Amount)
	_, err = bind.Transact(inst, chain.Opts(2), inbox.PackWithdraw())
	notReady, ok := decodeJobInboxRevert(t, inbox, err).(*bindings.JobInboxWithdrawalNotReady)
	require.True(t, ok)
	require.Equal(t, asked.ReadyAt, notReady.ReadyAt)
	require.NoError(t, chain.AdvanceTime(time.Hour))
	before := ethBalance(t, chain, user)
	tx, err = bind.Transact(inst, chain.Opts(2), inbox.PackWithdraw())
	require.NoError(t, err)
	receipt = chain.Mine(t, tx)
	t.Logf("withdraw gas used: %d", receipt.GasUsed)
	wd, err := inbox.UnpackWithdrawnEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, user, wd.Account)
	require.Equal(t, amount, wd.Amount)
	gasCost := new(big.Int).Mul(new(big.Int).SetUint64(receipt.GasUsed), receipt.EffectiveGasPrice)
	want := new(big.Int).Sub(new(big.Int).Add(before, amount), gasCost)
	require.Equal(t, want, ethBalance(t, chain, user))
	bal, err := bind.Call(inst, nil, inbox.PackBalanceOf(user), inbox.UnpackBalanceOf)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(6*params.Ether/10), bal)

	// Asking for more than the balance reverts with the typed error.
	_, err = bind.Transact(inst, chain.Opts(2), inbox.PackRequestWithdrawal(big.NewInt(params.Ether)))
	short, ok := decodeJobInboxRevert(t, inbox, err).(*bindings.JobInboxInsufficientBalance)
	require.True(t, ok)
	require.Equal(t, bal, short.Have)
	require.Equal(t, big.NewInt(params.Ether), short.Want)

	// Only the rollup may mark a job included.
	_, err = bind.Transact(inst, chain.Opts(2), inbox.PackMarkIncluded(id, 0, 0))
	notRollup, ok := decodeJobInboxRevert(t, inbox, err).(*bindings.JobInboxNotRollup)
	require.True(t, ok)
	require.Equal(t, user, notRollup.Caller)

	// The rollup includes the job and releases it: 0.003 ETH to the payee, the rest back to the user.
	tx, err = bind.Transact(inst, chain.Opts(1), inbox.PackMarkIncluded(id, 0, 0))
	require.NoError(t, err)
	receipt = chain.Mine(t, tx)
	t.Logf("markIncluded gas used: %d", receipt.GasUsed)
	inc, err := inbox.UnpackJobIncludedEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, id, inc.JobId)
	requireJobStatus(t, inst, inbox, id, jobStatusIncluded)

	payee := common.HexToAddress("0x000000000000000000000000000000000000bEEF")
	paid := big.NewInt(3 * params.Ether / 1000)
	rest := new(big.Int).Sub(fee, paid)
	before = ethBalance(t, chain, user)
	tx, err = bind.Transact(inst, chain.Opts(1), inbox.PackRelease(id, paid, payee, [32]byte{}))
	require.NoError(t, err)
	receipt = chain.Mine(t, tx)
	t.Logf("release gas used: %d", receipt.GasUsed)
	del, err := inbox.UnpackJobDeliveredEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, id, del.JobId)
	require.Equal(t, payee, del.Payee)
	require.Equal(t, paid, del.Fee)
	require.Equal(t, rest, del.Refunded)
	require.Equal(t, paid, ethBalance(t, chain, payee))
	require.Equal(t, new(big.Int).Add(before, rest), ethBalance(t, chain, user))
	requireJobStatus(t, inst, inbox, id, jobStatusDelivered)

	// Releasing it again reverts: the job is already Delivered.
	_, err = bind.Transact(inst, chain.Opts(1), inbox.PackRelease(id, paid, payee, [32]byte{}))
	wrong, ok := decodeJobInboxRevert(t, inbox, err).(*bindings.JobInboxWrongStatus)
	require.True(t, ok)
	require.Equal(t, id, wrong.JobId)
	require.Equal(t, uint8(jobStatusDelivered), wrong.Have)
	require.Equal(t, uint8(jobStatusIncluded), wrong.Want)

	// A second job is never included: after 6 more blocks anyone may refund it.
	_, id2 := submit()
	_, err = bind.Transact(inst, chain.Opts(0), inbox.PackRefundOverdue(id2))
	notYet, ok := decodeJobInboxRevert(t, inbox, err).(*bindings.JobInboxNotOverdue)
	require.True(t, ok)
	require.Equal(t, id2, notYet.JobId)
	for i := 0; i < 6; i++ {
		chain.Commit()
	}
	overdue, err := bind.Call(inst, nil, inbox.PackIsOverdue(id2), inbox.UnpackIsOverdue)
	require.NoError(t, err)
	require.True(t, overdue)

	before = ethBalance(t, chain, user)
	tx, err = bind.Transact(inst, chain.Opts(0), inbox.PackRefundOverdue(id2))
	require.NoError(t, err)
	receipt = chain.Mine(t, tx)
	t.Logf("refundOverdue gas used: %d", receipt.GasUsed)
	require.Len(t, receipt.Logs, 2)
	od, err := inbox.UnpackJobOverdueEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, id2, od.JobId)
	ref, err := inbox.UnpackJobRefundedEvent(receipt.Logs[1])
	require.NoError(t, err)
	require.Equal(t, id2, ref.JobId)
	require.Equal(t, user, ref.Submitter)
	require.Equal(t, fee, ref.Amount)
	require.Equal(t, new(big.Int).Add(before, fee), ethBalance(t, chain, user))
	requireJobStatus(t, inst, inbox, id2, jobStatusRefunded)
	forced, err := bind.Call(inst, nil, inbox.PackIsForceRefunded(id2), inbox.UnpackIsForceRefunded)
	require.NoError(t, err)
	require.True(t, forced)

	// ETH conservation: the inbox holds the L2 balances plus the escrow (now nothing).
	escrowed, err = bind.Call(inst, nil, inbox.PackEscrowed(), inbox.UnpackEscrowed)
	require.NoError(t, err)
	require.Zero(t, escrowed.Sign())
	total, err := bind.Call(inst, nil, inbox.PackTotalBalances(), inbox.UnpackTotalBalances)
	require.NoError(t, err)
	require.Equal(t, bal, total)
	held, err := chain.Client.BalanceAt(ctx, addr, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(total, escrowed), held)
}

// ethBalance returns the L1 balance of a at the latest block.
func ethBalance(t *testing.T, chain *l1test.Chain, a common.Address) *big.Int {
	t.Helper()
	b, err := chain.Client.BalanceAt(context.Background(), a, nil)
	require.NoError(t, err)
	return b
}

// requireJobStatus checks the status of job id.
func requireJobStatus(t *testing.T, inst *bind.BoundContract, inbox *bindings.JobInbox, id *big.Int, want uint8) {
	t.Helper()
	got, err := bind.Call(inst, nil, inbox.PackStatusOf(id), inbox.UnpackStatusOf)
	require.NoError(t, err)
	require.Equal(t, want, got)
}

// decodeJobInboxRevert is decodeDatasetRevert (datasetregistry_test.go) for
// the JobInbox: it returns the typed custom error carried by err.
func decodeJobInboxRevert(t *testing.T, inbox *bindings.JobInbox, err error) any {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "error carries no revert data: %v", err)
	hexData, ok := de.ErrorData().(string)
	require.True(t, ok, "revert data is %T", de.ErrorData())
	decoded, err := inbox.UnpackError(common.FromHex(hexData))
	require.NoError(t, err)
	return decoded
}
