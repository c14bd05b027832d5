package modelgen

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
)

// TestSpecCheck: a spec out of the runtime's limits is refused by Check, and
// by Tensors before it draws a weight, naming the field and the limit.
func TestSpecCheck(t *testing.T) {
	require.NoError(t, Tiny.Check())
	for _, tc := range []struct {
		name string
		edit func(*Spec)
		want string
	}{
		{"vocab", func(s *Spec) { s.Vocab = 16777475 }, "vocab = 16777475, must be 1..2097152"},
		{"context", func(s *Spec) { s.Context = 1<<20 + 1 }, "context = 1048577"},
		{"heads", func(s *Spec) { s.Heads = 0 }, "heads = 0"},
		{"dim", func(s *Spec) { s.Dim = 1 << 20 }, "dim = 1048576"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Tiny
			tc.edit(&s)
			err := s.Check()
			require.ErrorIs(t, err, ErrSpec)
			require.ErrorIs(t, err, canon.ErrConfig)
			require.ErrorContains(t, err, tc.want)
			_, err = s.Tensors()
			require.ErrorIs(t, err, ErrSpec)
		})
	}
}
