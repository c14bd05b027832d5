package jobreq_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/record"
)

func validRequest(sender common.Address) jobreq.Request {
	return jobreq.Request{Sender: sender, Kind: record.KindInference, ModelID: 1, Input: []byte{0, 0, 0, 1, 0, 0, 0, 7},
		Params: record.JobParams{MaxTokens: 16}, MaxFee: big.NewInt(1e15), Nonce: 9, Expiry: 1_800_000_000}
}

// TestSignAndSender: a signed request recovers its sender; one signed by
// another key, tampered after signing, or with a malleable (high-s), short
// or wrong-v signature fails with ErrSignature, as RecordValidity refuses it.
func TestSignAndSender(t *testing.T) {
	k := key(t)
	sender := crypto.PubkeyToAddress(k.PublicKey)
	d := jobreq.Domain{ChainID: big.NewInt(1337), Inbox: common.HexToAddress("0x1000000000000000000000000000000000000001")}
	s, err := jobreq.Sign(validRequest(sender), d, k)
	require.NoError(t, err)
	got, err := s.Sender(d)
	require.NoError(t, err)
	require.Equal(t, sender, got)

	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	_, err = jobreq.Sign(validRequest(sender), d, other)
	require.ErrorIs(t, err, jobreq.ErrSignature, "signing in another's name")

	bad := func(name string, mutate func(s *jobreq.Signed)) {
		c := &jobreq.Signed{Request: s.Request, Signature: bytes.Clone(s.Signature)}
		c.Request.MaxFee = new(big.Int).Set(s.Request.MaxFee)
		mutate(c)
		_, err := c.Sender(d)
		require.ErrorIs(t, err, jobreq.ErrSignature, name)
	}
	bad("tampered", func(s *jobreq.Signed) { s.Request.MaxFee.Add(s.Request.MaxFee, big.NewInt(1)) })
	bad("other domain", func(s *jobreq.Signed) { s.Request.Nonce++ })
	bad("short", func(s *jobreq.Signed) { s.Signature = s.Signature[:64] })
	bad("v", func(s *jobreq.Signed) { s.Signature[64] = 29 })
	bad("high s", func(s *jobreq.Signed) {
		n := crypto.S256().Params().N
		hs := new(big.Int).Sub(n, new(big.Int).SetBytes(s.Signature[32:64]))
		copy(s.Signature[32:64], common.LeftPadBytes(hs.Bytes(), 32))
		s.Signature[64] ^= 1 // 27 <-> 28: the twin recovers the same key
	})
	bad("zero sender", func(s *jobreq.Signed) { s.Request.Sender = common.Address{} })
	_, err = s.Sender(jobreq.Domain{ChainID: big.NewInt(1), Inbox: d.Inbox})
	require.ErrorIs(t, err, jobreq.ErrSignature, "another chain")
}

// TestCheck: each rule of JobInbox.submit that needs no model fails with a
// *FieldError naming the field and its range.
func TestCheck(t *testing.T) {
	sender := common.HexToAddress("0x2000000000000000000000000000000000000002")
	q := validRequest(sender)
	require.NoError(t, q.Check())
	cases := []struct {
		field  string
		mutate func(*jobreq.Request)
	}{
		{"kind", func(r *jobreq.Request) { r.Kind = record.KindFineTune }},
		{"maxFee", func(r *jobreq.Request) { r.MaxFee = new(big.Int) }},
		{"maxTokens", func(r *jobreq.Request) { r.Params.MaxTokens = jobreq.MaxTokens + 1 }},
		{"maxTokens", func(r *jobreq.Request) { r.Params.MaxTokens = 0 }},
		{"topPMicro", func(r *jobreq.Request) { r.Params.TopPMicro = jobreq.MaxTopPMicro + 1 }},
		{"callbackGasLimit", func(r *jobreq.Request) { r.CallbackGasLimit = 1 }},
		{"callbackGasLimit", func(r *jobreq.Request) { r.Callback = sender }},
		{"callbackGasLimit", func(r *jobreq.Request) { r.Callback, r.CallbackGasLimit = sender, jobreq.MaxCallbackGas+1 }},
		{"input bytes", func(r *jobreq.Request) { r.Input = nil }},
		{"input bytes", func(r *jobreq.Request) { r.Input = make([]byte, jobreq.MaxInputBytes+4) }},
		{"input bytes mod 4", func(r *jobreq.Request) { r.Input = []byte{1, 2, 3} }},
	}
	for _, c := range cases {
		r := validRequest(sender)
		c.mutate(&r)
		err := r.Check()
		require.ErrorIs(t, err, jobreq.ErrField, c.field)
		var fe *jobreq.FieldError
		require.True(t, errors.As(err, &fe))
		require.Equal(t, c.field, fe.Field)
		require.Contains(t, err.Error(), c.field)
	}
}

// TestDecodeLimit: bytes past MaxEncodedBytes are refused before decoding,
// naming the limit; the batch format carries no longer request (the Rollup
// refuses to post one).
func TestDecodeLimit(t *testing.T) {
	require.Equal(t, batch.MaxRequestBytes, jobreq.MaxEncodedBytes)
	_, err := jobreq.Decode(make([]byte, jobreq.MaxEncodedBytes+1))
	var fe *jobreq.FieldError
	require.True(t, errors.As(err, &fe))
	require.Equal(t, uint64(jobreq.MaxEncodedBytes), fe.Max)
	_, err = jobreq.Decode([]byte{1, 2, 3})
	require.ErrorIs(t, err, jobreq.ErrMalformed)
}

// FuzzDecode: Decode never panics, and what it accepts re-encodes to the
// same bytes (one request, one encoding) within the size limit.
func FuzzDecode(f *testing.F) {
	k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{0xa1, 0x1c, 0xe0}, 32))
	require.NoError(f, err)
	d := jobreq.Domain{ChainID: big.NewInt(1337), Inbox: common.HexToAddress("0x1000000000000000000000000000000000000001")}
	s, err := jobreq.Sign(validRequest(crypto.PubkeyToAddress(k.PublicKey)), d, k)
	require.NoError(f, err)
	enc, err := s.Encode()
	require.NoError(f, err)
	f.Add(enc)
	f.Add(enc[:len(enc)-1])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := jobreq.Decode(b)
		if err != nil {
			if !errors.Is(err, jobreq.ErrMalformed) && !errors.Is(err, jobreq.ErrField) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		again, err := s.Encode()
		if err != nil {
			t.Fatalf("decoded request does not encode: %v", err)
		}
		if !bytes.Equal(again, b) || len(b) > jobreq.MaxEncodedBytes {
			t.Fatalf("accepted a non-canonical or oversized encoding of %d bytes", len(b))
		}
		_, _ = s.Sender(d) // must not panic
	})
}
