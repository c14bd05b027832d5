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
	goldenAdam = "38b74c68174c1b106a83aa859dca8be68655e9df2ebe2ec330db9b74f969c4db"
	goldenSGD  = "1e384bf4c5cccf39a08b9ebe7211140ae56bd29e14f97046d45d30c75decbc1f"
)
