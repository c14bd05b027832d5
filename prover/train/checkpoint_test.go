package train

import (
	"context"
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCheckpointResumesBitExactly: 3 steps, checkpoint, restore, 3 more
// steps gives the state root of 6 uninterrupted steps (Adam and SGD).
func TestCheckpointResumesBitExactly(t *testing.T) {
	for _, h := range []Hyper{adam(3, 8), sgd(3, 8)} {
		t.Run(h.Optimizer.String(), func(t *testing.T) {
			want, _ := run(t, h, 6, Options{Threads: 2})
			tr := newTiny(t, h)
			for i := 0; i < 3; i++ {
				_, err := tr.TrainStep(context.Background(), Options{})
				require.NoError(t, err)
			}
			cp := tr.Checkpoint()
			back, err := ReadCheckpoint(cp, tr.Data)
			require.NoError(t, err)
			require.Equal(t, tr.StateRoot(), back.StateRoot())
			for i := 0; i < 3; i++ {
				_, err := back.TrainStep(context.Background(), Options{Threads: 2})
				require.NoError(t, err)
			}
			require.Equal(t, want, back.StateRoot())
		})
	}
}

// TestCheckpointRefusals: a corrupted, truncated or foreign checkpoint is
// refused, naming what is wrong.
func TestCheckpointRefusals(t *testing.T) {
	tr := newTiny(t, adam(2, 8))
	_, err := tr.TrainStep(context.Background(), Options{})
	require.NoError(t, err)
	cp := tr.Checkpoint()
	for _, tc := range []struct {
		name string
		cp   []byte
		data []int32
		want string
	}{
		{"magic", append([]byte("NOTTRAIN"), cp[8:]...), tr.Data, "not a checkpoint"},
		{"short", cp[:40], tr.Data, "shorter than the version-4 header"},
		{"truncated", cp[:len(cp)-1], tr.Data, "size"},
		{"corpus", cp, tinyCorpus(401), "corpus: the checkpoint's corpus has 400 tokens"},
		{"weight", flip(cp, headerBytes+100), tr.Data, "state root"},
		{"moment", flip(cp, len(cp)-40), tr.Data, "state root"},
		{"version", append(append(append([]byte(nil), cp[:11]...), 9), cp[12:]...), tr.Data, "version 9, want 4 or 5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadCheckpoint(tc.cp, tc.data)
			require.ErrorIs(t, err, ErrCheckpoint)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func flip(b []byte, i int) []byte {
	c := append([]byte(nil), b...)
	c[i] ^= 1
	return c
}

// TestCheckpointRefusesOldVersions: versions 1 to 3 end with the state root
// of before the chunked commitment, which cannot be checked: they are
// refused by version, not as corrupt.
func TestCheckpointRefusesOldVersions(t *testing.T) {
	tr := newTiny(t, adam(2, 8))
	_, err := tr.TrainStep(context.Background(), Options{})
	require.NoError(t, err)
	for _, v := range []uint32{1, 2, 3} {
		cp := tr.Checkpoint()
		binary.BigEndian.PutUint32(cp[8:], v)
		_, err := ReadCheckpoint(cp, tr.Data)
		require.ErrorIs(t, err, ErrCheckpoint)
		require.ErrorContains(t, err, fmt.Sprintf("version %d was written before the state root was committed in chunks", v))
	}
	_, err = ReadCheckpoint([]byte("AIRTRAIN"), tr.Data)
	require.ErrorContains(t, err, "not a checkpoint")
}
