package train

import (
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestGoldenStateRoots pins the arithmetic: the state root after 4 steps of
// the tiny model is a constant, so any change to a rounding, an order or the
// init (which docs/arithmetic.md defines) fails here. Update the constants
// only together with the spec.
func TestGoldenStateRoots(t *testing.T) {
	for _, tc := range []struct {
		h    Hyper
		want string
	}{
		{adam(3, 12), goldenAdam},
		{sgd(3, 12), goldenSGD},
	} {
		t.Run(tc.h.Optimizer.String(), func(t *testing.T) {
			root, _ := run(t, tc.h, 4, Options{Threads: 2})
			require.Equal(t, tc.want, hex.EncodeToString(root[:]))
		})
	}
}

const (
	goldenAdam = "12626f6830ac6e39dcf27d4fe111e7e13b4573be465844f9b67123360ed33e28"
	goldenSGD  = "ad1341b741db969b1729c6cac2b3532a5c7e0e5b3bcafbe9d21e0e16f77598b1"
)
