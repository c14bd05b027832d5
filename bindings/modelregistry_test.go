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

func sevenB() bindings.IModelRegistryDims {
	return bindings.IModelRegistryDims{
		EmbeddingDim: 4096, Layers: 32, Heads: 32, KvHeads: 8, FfDim: 11008, VocabSize: 32000, ContextLength: 4096,
	}
}

// TestModelRegistryOnSimulatedL1 proves the whole toolchain once: forge-built
// bytecode, its abigen v2 binding, deployment and calls on a real EVM.
func TestModelRegistryOnSimulatedL1(t *testing.T) {
	chain := l1test.New(t, 2)
	reg := bindings.NewModelRegistry()
	addr := chain.Deploy(t, 0, common.FromHex(bindings.ModelRegistryMetaData.Bin), nil)
	inst := reg.Instance(chain.Client, addr)

	root := crypto.Keccak256Hash([]byte("model"))
	meta := crypto.Keccak256Hash([]byte("meta"))
	const uri = "http://127.0.0.1/models/m.gguf"

	tx, err := bind.Transact(inst, chain.Opts(1), reg.PackRegister(root, meta, sevenB(), uri))
	require.NoError(t, err)
	receipt := chain.Mine(t, tx)

	// The event carries what was registered.
	require.Len(t, receipt.Logs, 1)
	ev, err := reg.UnpackModelRegisteredEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, big.NewInt(1), ev.Id)
	require.Equal(t, [32]byte(root), ev.Root)
	require.Equal(t, chain.Addrs[1], ev.Publisher)
	require.Equal(t, sevenB(), ev.Dims)
	require.Equal(t, uri, ev.Uri)

	// Reads return it back.
	count, err := bind.Call(inst, nil, reg.PackModelCount(), reg.UnpackModelCount)
	require.NoError(t, err)
	require.Equal(t, int64(1), count.Int64())
	m, err := bind.Call(inst, nil, reg.PackModel(big.NewInt(1)), reg.UnpackModel)
	require.NoError(t, err)
	require.Equal(t, [32]byte(root), m.Root)
	require.Equal(t, [32]byte(meta), m.MetadataHash)
	require.Equal(t, chain.Addrs[1], m.Publisher)
	require.Equal(t, sevenB(), m.Dims)
	require.Equal(t, uri, m.Uri)
	require.NotZero(t, m.RegisteredAt)

	// A duplicate registration reverts with the typed error, decodable in Go.
	_, err = bind.Transact(inst, chain.Opts(0), reg.PackRegister(root, meta, sevenB(), uri))
	require.Error(t, err)
	decoded := decodeRevert(t, reg, err)
	dup, ok := decoded.(*bindings.ModelRegistryModelAlreadyRegistered)
	require.True(t, ok, "got %T", decoded)
	require.Equal(t, [32]byte(root), dup.Root)
	require.Equal(t, int64(1), dup.Id.Int64())

	// So does a read of an unknown id.
	_, err = bind.Call(inst, nil, reg.PackModel(big.NewInt(7)), reg.UnpackModel)
	unknown, ok := decodeRevert(t, reg, err).(*bindings.ModelRegistryUnknownModel)
	require.True(t, ok)
	require.Equal(t, int64(7), unknown.Id.Int64())
}

// decodeRevert extracts the revert data from a JSON-RPC error and decodes it
// as one of the registry's custom errors.
func decodeRevert(t *testing.T, reg *bindings.ModelRegistry, err error) any {
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
