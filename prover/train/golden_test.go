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
	goldenAdam = "e341ac086ffdc8b3c19f865e0d1e2a36b24a80d33d57c49dafdfbc825033b4ed"
	goldenSGD  = "15b4b649d4b0f3f373041272ea708a281a52bbb7089d0583c9301160988a2132"
)
