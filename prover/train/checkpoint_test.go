package train

import (
	"context"
	"encoding/binary"
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
		{"short", cp[:40], tr.Data, "not a checkpoint"},
		{"truncated", cp[:len(cp)-1], tr.Data, "size"},
		{"corpus", cp, tinyCorpus(401), "corpus: the checkpoint's corpus has 400 tokens"},
		{"weight", flip(cp, headerBytes+100), tr.Data, "state root"},
		{"moment", flip(cp, len(cp)-40), tr.Data, "state root"},
		{"version", append(append(append([]byte(nil), cp[:11]...), 9), cp[12:]...), tr.Data, "version 9, want 1, 2 or 3"},
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

// TestCheckpointReadsVersion1: a version-1 checkpoint (no schedule fields)
// still resumes, as a constant-rate run.
func TestCheckpointReadsVersion1(t *testing.T) {
	tr := newTiny(t, adam(2, 8))
	_, err := tr.TrainStep(context.Background(), Options{})
	require.NoError(t, err)
	cp := tr.Checkpoint()
	at := headerBytesV1 - 32 - 3*8 // the schedule follows the sequence length
	v1 := append(append([]byte{}, cp[:at]...), cp[at+3*8:]...)
	binary.BigEndian.PutUint32(v1[8:], 1)
	back, err := ReadCheckpoint(v1, tr.Data)
	require.NoError(t, err)
	require.Equal(t, tr.Hyper, back.Hyper)
	require.Equal(t, tr.StateRoot(), back.StateRoot())
}
