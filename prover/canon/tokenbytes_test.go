package canon

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
)

func TestTokenBytesRoundTrip(t *testing.T) {
	ids := []int32{0, 1, 255, 256, 65535, 1 << 20, 1<<21 - 1}
	b := TokenBytes(ids)
	require.Equal(t, []byte{0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 255, 0, 0, 1, 0}, b[:16])
	got, err := ParseTokenBytes(b, 1<<21)
	require.NoError(t, err)
	require.Equal(t, ids, got)
	require.Equal(t, TokensHash(ids), merkle.Keccak(b))
}

func TestParseTokenBytesRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    []byte
		want string
	}{
		{"not a multiple of 4", []byte{0, 0, 1}, "3 bytes is not a multiple of 4"},
		{"id at the vocabulary", []byte{0, 0, 0, 10}, "token 0 is 10, not below the vocabulary size 10"},
		{"id with the top bit set", []byte{0, 0, 0, 1, 0xff, 0xff, 0xff, 0xff}, "token 1 is 4294967295"},
	} {
		_, err := ParseTokenBytes(tc.b, 10)
		require.ErrorIs(t, err, ErrTokenBytes, tc.name)
		require.ErrorContains(t, err, tc.want, tc.name)
	}
	for _, vocab := range []int{0, -1, 1<<31 + 1} {
		_, err := ParseTokenBytes([]byte{0, 0, 0, 0}, vocab)
		require.ErrorIs(t, err, ErrTokenBytes, "vocab %d", vocab)
		require.ErrorContains(t, err, "vocabulary size")
	}
}

// FuzzParseTokenBytes: any bytes either parse to ids below the vocabulary that
// encode back to the same bytes, or are refused with ErrTokenBytes.
func FuzzParseTokenBytes(f *testing.F) {
	f.Add([]byte{0, 0, 0, 1, 0, 0, 0, 2}, 100)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff}, 1<<21)
	f.Add([]byte{1, 2, 3}, 7)
	f.Fuzz(func(t *testing.T, b []byte, vocab int) {
		ids, err := ParseTokenBytes(b, vocab)
		if err != nil {
			if !errors.Is(err, ErrTokenBytes) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		for _, id := range ids {
			if id < 0 || int(id) >= vocab {
				t.Fatalf("id %d outside [0, %d)", id, vocab)
			}
		}
		if !bytes.Equal(TokenBytes(ids), b) {
			t.Fatalf("round trip changed the bytes")
		}
	})
}
