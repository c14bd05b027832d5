package bindings_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
)

// TestDatasetRegistryOnSimulatedL1 deploys the DatasetRegistry with account 1
// as its lineage writer, publishes a dataset from account 2, and records a
// lineage from the writer and (reverting) from a non-writer.
func TestDatasetRegistryOnSimulatedL1(t *testing.T) {
	chain := l1test.New(t, 3)
	reg := bindings.NewDatasetRegistry()
	writer := chain.Addrs[1]
	addr := chain.Deploy(t, 0, common.FromHex(bindings.DatasetRegistryMetaData.Bin), reg.PackConstructor(writer))
	inst := reg.Instance(chain.Client, addr)

	gotWriter, err := bind.Call(inst, nil, reg.PackWriter(), reg.UnpackWriter)
	require.NoError(t, err)
	require.Equal(t, writer, gotWriter)

	// Publish a dataset from a plain account.
	root := crypto.Keccak256Hash([]byte("dataset"))
	const (
		uri     = "http://127.0.0.1/datasets/d.jsonl"
		licence = "CC-BY-4.0"
		records = uint64(1_000)
		size    = uint64(123_456)
	)
	tx, err := bind.Transact(inst, chain.Opts(2), reg.PackPublish(root, records, size, uri, licence))
	require.NoError(t, err)
	receipt := chain.Mine(t, tx)
	t.Logf("publish gas used: %d", receipt.GasUsed)

	require.Len(t, receipt.Logs, 1)
	pub, err := reg.UnpackDatasetPublishedEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, big.NewInt(1), pub.Id)
	require.Equal(t, [32]byte(root), pub.Root)
	require.Equal(t, chain.Addrs[2], pub.Publisher)
	require.Equal(t, records, pub.RecordCount)
	require.Equal(t, size, pub.ByteSize)
	require.Equal(t, uri, pub.Uri)
	require.Equal(t, licence, pub.Licence)

	count, err := bind.Call(inst, nil, reg.PackDatasetCount(), reg.UnpackDatasetCount)
	require.NoError(t, err)
	require.Equal(t, int64(1), count.Int64())
	id, err := bind.Call(inst, nil, reg.PackDatasetIdOf(root), reg.UnpackDatasetIdOf)
	require.NoError(t, err)
	require.Equal(t, int64(1), id.Int64())
	d, err := bind.Call(inst, nil, reg.PackDataset(big.NewInt(1)), reg.UnpackDataset)
	require.NoError(t, err)
	require.Equal(t, [32]byte(root), d.Root)
	require.Equal(t, chain.Addrs[2], d.Publisher)
	require.Equal(t, records, d.RecordCount)
	require.Equal(t, size, d.ByteSize)
	require.Equal(t, uri, d.Uri)
	require.Equal(t, licence, d.Licence)
	require.NotZero(t, d.PublishedAt)

	// An unknown dataset id reverts with the typed error.
	_, err = bind.Call(inst, nil, reg.PackDataset(big.NewInt(9)), reg.UnpackDataset)
	unknown, ok := decodeDatasetRevert(t, reg, err).(*bindings.DatasetRegistryUnknownDataset)
	require.True(t, ok)
	require.Equal(t, int64(9), unknown.Id.Int64())

	// The writer records a lineage.
	modelRoot := crypto.Keccak256Hash([]byte("fine-tuned model"))
	config := crypto.Keccak256Hash([]byte("training config"))
	jobID := crypto.Keccak256Hash([]byte("job"))
	base := big.NewInt(3)
	tx, err = bind.Transact(inst, chain.Opts(1), reg.PackRecordLineage(modelRoot, base, big.NewInt(1), config, jobID))
	require.NoError(t, err)
	receipt = chain.Mine(t, tx)
	t.Logf("recordLineage gas used: %d", receipt.GasUsed)

	require.Len(t, receipt.Logs, 1)
	rec, err := reg.UnpackLineageRecordedEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, big.NewInt(1), rec.LineageId)
	require.Equal(t, [32]byte(modelRoot), rec.ModelRoot)
	require.Equal(t, big.NewInt(1), rec.DatasetId)
	require.Equal(t, base, rec.BaseModelId)
	require.Equal(t, [32]byte(config), rec.TrainingConfigHash)
	require.Equal(t, [32]byte(jobID), rec.JobId)

	lid, err := bind.Call(inst, nil, reg.PackLineageOf(modelRoot), reg.UnpackLineageOf)
	require.NoError(t, err)
	require.Equal(t, int64(1), lid.Int64())
	l, err := bind.Call(inst, nil, reg.PackLineage(big.NewInt(1)), reg.UnpackLineage)
	require.NoError(t, err)
	require.Equal(t, [32]byte(modelRoot), l.ModelRoot)
	require.Equal(t, base, l.BaseModelId)
	require.Equal(t, big.NewInt(1), l.DatasetId)
	require.Equal(t, [32]byte(config), l.TrainingConfigHash)
	require.Equal(t, [32]byte(jobID), l.JobId)
	require.NotZero(t, l.RecordedAt)

	// A non-writer cannot record lineage; the revert names the caller.
	other := crypto.Keccak256Hash([]byte("other model"))
	_, err = bind.Transact(inst, chain.Opts(2), reg.PackRecordLineage(other, base, big.NewInt(1), config, jobID))
	notWriter, ok := decodeDatasetRevert(t, reg, err).(*bindings.DatasetRegistryNotWriter)
	require.True(t, ok)
	require.Equal(t, chain.Addrs[2], notWriter.Caller)

	// Nor can the writer record a second lineage for the same model root.
	_, err = bind.Transact(inst, chain.Opts(1), reg.PackRecordLineage(modelRoot, base, big.NewInt(1), config, jobID))
	exists, ok := decodeDatasetRevert(t, reg, err).(*bindings.DatasetRegistryLineageExists)
	require.True(t, ok)
	require.Equal(t, [32]byte(modelRoot), exists.ModelRoot)
	require.Equal(t, int64(1), exists.Id.Int64())

	lcount, err := bind.Call(inst, nil, reg.PackLineageCount(), reg.UnpackLineageCount)
	require.NoError(t, err)
	require.Equal(t, int64(1), lcount.Int64())
}

// decodeDatasetRevert is decodeRevert (modelregistry_test.go) for the
// DatasetRegistry: decodeRevert takes a *bindings.ModelRegistry, so it cannot
// decode this contract's errors.
func decodeDatasetRevert(t *testing.T, reg *bindings.DatasetRegistry, err error) any {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "error carries no revert data: %v", err)
	hexData, ok := de.ErrorData().(string)
	require.True(t, ok, "revert data is %T", de.ErrorData())
	decoded, err := reg.UnpackError(common.FromHex(hexData))
	require.NoError(t, err)
	return decoded
}
