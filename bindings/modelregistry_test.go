package bindings_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// The game depths the test registries serve: they cover modelgen.Tiny.
const testSplit, testMax = 10, 23

// tinyModel is modelgen.Tiny's root, configuration and metadata proof.
func tinyModel(t *testing.T) ([32]byte, bindings.IOneStepTypesModelConfig, [][32]byte) {
	t.Helper()
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	tree, err := vm.NewModelTree(m)
	require.NoError(t, err)
	cfg, proof, err := fraud.Registration(m, tree)
	require.NoError(t, err)
	return tree.Root(), cfg, proof
}

// deployRegistry deploys a TransformerVM (the model checker) and a
// ModelRegistry for the test depths.
func deployRegistry(t *testing.T, chain *l1test.Chain) common.Address {
	t.Helper()
	tvm := chain.Deploy(t, 0, common.FromHex(bindings.TransformerVMMetaData.Bin), bindings.NewTransformerVM().PackConstructor(common.Address{}))
	return chain.Deploy(t, 0, common.FromHex(bindings.ModelRegistryMetaData.Bin),
		bindings.NewModelRegistry().PackConstructor(tvm, testSplit, testMax))
}

// TestModelRegistryOnSimulatedL1 proves the whole toolchain once: forge-built
// bytecode, its abigen v2 binding, deployment and calls on a real EVM, with a
// real generated model whose configuration is checked against its root.
func TestModelRegistryOnSimulatedL1(t *testing.T) {
	chain := l1test.New(t, 2)
	reg := bindings.NewModelRegistry()
	addr := deployRegistry(t, chain)
	inst := reg.Instance(chain.Client, addr)
	root, cfg, proof := tinyModel(t)
	const uri = "http://127.0.0.1/models/m.gguf"

	tx, err := bind.Transact(inst, chain.Opts(1), reg.PackRegister(root, cfg, proof, uri))
	require.NoError(t, err)
	receipt := chain.Mine(t, tx)
	t.Logf("register gas used: %d", receipt.GasUsed)

	// The event carries what was registered.
	require.Len(t, receipt.Logs, 1)
	ev, err := reg.UnpackModelRegisteredEvent(receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, big.NewInt(1), ev.Id)
	require.Equal(t, root, ev.Root)
	require.Equal(t, chain.Addrs[1], ev.Publisher)
	require.Equal(t, cfg, ev.Config)
	require.Equal(t, uri, ev.Uri)

	// Reads return it back.
	count, err := bind.Call(inst, nil, reg.PackModelCount(), reg.UnpackModelCount)
	require.NoError(t, err)
	require.Equal(t, int64(1), count.Int64())
	m, err := bind.Call(inst, nil, reg.PackModel(big.NewInt(1)), reg.UnpackModel)
	require.NoError(t, err)
	require.Equal(t, root, m.Root)
	require.Equal(t, cfg, m.Config)
	require.Equal(t, chain.Addrs[1], m.Publisher)
	require.False(t, m.Refused)
	require.Equal(t, uri, m.Uri)
	require.NotZero(t, m.RegisteredAt)

	// A duplicate registration reverts with the typed error, decodable in Go.
	_, err = bind.Transact(inst, chain.Opts(0), reg.PackRegister(root, cfg, proof, uri))
	dup, ok := decodeRevert(t, reg, err).(*bindings.ModelRegistryModelAlreadyRegistered)
	require.True(t, ok)
	require.Equal(t, root, dup.Root)
	require.Equal(t, int64(1), dup.Id.Int64())

	// A configuration that is not the root's (a larger context) is refused by the checker.
	lie := cfg
	lie.Context *= 2
	other := root
	other[0] ^= 1
	_, err = bind.Transact(inst, chain.Opts(0), reg.PackRegister(other, lie, proof, uri))
	require.Error(t, err)

	// So is a model the game cannot cover.
	checker, err := bind.Call(inst, nil, reg.PackChecker(), reg.UnpackChecker)
	require.NoError(t, err)
	small := chain.Deploy(t, 0, common.FromHex(bindings.ModelRegistryMetaData.Bin), reg.PackConstructor(checker, testSplit-1, testMax))
	_, err = bind.Transact(reg.Instance(chain.Client, small), chain.Opts(0), reg.PackRegister(root, cfg, proof, uri))
	tooLarge, ok := decodeRevert(t, reg, err).(*bindings.ModelRegistryModelTooLarge)
	require.True(t, ok)
	require.Equal(t, "level1", tooLarge.Level)

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
