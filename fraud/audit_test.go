package fraud

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/canon"
)

// TestAuditSetupTokens (audit7): a challenger that cannot read a disputed
// record reads its prompt and output from the dispute's setup data.
func TestAuditSetupTokens(t *testing.T) {
	prompt, output := canon.TokenBytes([]int32{1, 60, 70}), canon.TokenBytes([]int32{9, 2})
	data, err := setupArgs.Pack(struct {
		Cfg    bindings.IOneStepTypesModelConfig
		Meta   opening
		Embed  opening
		Prompt []byte
		Output []byte
	}{bindings.IOneStepTypesModelConfig{Vocab: 128}, opening{Data: []byte{1}, Proof: [][32]byte{{2}}}, opening{Data: []byte{}}, prompt, output})
	require.NoError(t, err)
	p, o, err := SetupTokens(data)
	require.NoError(t, err)
	require.Equal(t, prompt, p)
	require.Equal(t, output, o)
	_, _, err = SetupTokens(data[:len(data)-40])
	require.Error(t, err, "truncated setup data")
}
