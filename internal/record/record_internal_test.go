package record

import (
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
)

// TestRecordTypeComesFromTheBindings: the record's ABI type is the Rollup
// ABI's own tuple for abigen's IRollupJobRecord, and a struct no method takes is refused by name rather than guessed.
func TestRecordTypeComesFromTheBindings(t *testing.T) {
	a, err := bindings.RollupMetaData.ParseABI()
	require.NoError(t, err)
	ty, err := abiTupleOf(a, reflect.TypeFor[bindings.IRollupJobRecord]())
	require.NoError(t, err)
	require.Equal(t, abi.TupleTy, ty.T)
	require.Len(t, ty.TupleElems, reflect.TypeFor[bindings.IRollupJobRecord]().NumField())
	require.Equal(t, ty.String(), recordArgs[0].Type.String())

	_, err = abiTupleOf(a, reflect.TypeFor[bindings.IJobInboxParams]())
	require.ErrorContains(t, err, "IJobInboxParams", "Params is never a top-level Rollup input")
}
