package jobreq_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
)

func randomRequest(r *rand.Rand, sender common.Address) jobreq.Request {
	var seed [32]byte
	for i := range seed {
		seed[i] = byte(r.Uint32())
	}
	input := make([]byte, 4*(1+r.IntN(40)))
	for i := range input {
		input[i] = byte(r.Uint32())
	}
	return jobreq.Request{
		Sender: sender, Kind: uint8(r.IntN(3)), ModelID: r.Uint64(), Input: input,
		Params:   record.JobParams{MaxTokens: r.Uint32(), TemperatureMilli: r.Uint32(), TopK: r.Uint32(), TopPMicro: r.Uint32(), Seed: seed},
		MaxFee:   new(big.Int).Lsh(big.NewInt(int64(r.Uint64()>>1)), uint(r.IntN(65))),
		Callback: common.BigToAddress(big.NewInt(int64(r.Uint64() >> 1))), CallbackGasLimit: r.Uint32(),
		Nonce: r.Uint64(), Expiry: r.Uint64(),
	}
}

func key(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(common.LeftPadBytes([]byte{0xa1, 0x1c, 0xe0}, 32))
	require.NoError(t, err)
	return k
}

// TestRequestMatchesSolidity: Go and the compiled contracts hash and encode
// a request alike. JobInbox's domainSeparator and requestDigest equal
// Domain.Separator and Request.Digest, and RecordValidity.decodeRequest
// decodes Signed.Encode's bytes to the same request and signature, for random
// requests with every field at random and at its extremes; and for bytes
// mutated at random, Decode fails exactly when decodeRequest reverts.
func TestRequestMatchesSolidity(t *testing.T) {
	ctx := context.Background()
	chain := l1test.New(t, 1)
	// Any contract with code stands in for the model registry.
	models := chain.Deploy(t, 0, common.FromHex(bindings.RecordHarnessMetaData.Bin), nil)
	ib := bindings.NewJobInbox()
	inboxAddr := chain.Deploy(t, 0, common.FromHex(bindings.JobInboxMetaData.Bin), ib.PackConstructor(chain.Addrs[0], models, 5, 86400, 3600))
	rv := bindings.NewRecordValidity()
	rvAddr := chain.Deploy(t, 0, common.FromHex(bindings.RecordValidityMetaData.Bin), rv.PackConstructor(inboxAddr, models, common.Address{}, false))
	call := func(to common.Address, data []byte) ([]byte, error) {
		return chain.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	}
	chainID, err := chain.Client.ChainID(ctx)
	require.NoError(t, err)
	d := jobreq.Domain{ChainID: chainID, Inbox: inboxAddr}

	out, err := call(inboxAddr, ib.PackDomainSeparator())
	require.NoError(t, err)
	sep, err := ib.UnpackDomainSeparator(out)
	require.NoError(t, err)
	require.Equal(t, [32]byte(d.Separator()), sep)

	// The Rollup refuses to post request bytes past RecordValidity.MAX_REQUEST_BYTES: Decode's limit is the same.
	out, err = call(rvAddr, rv.PackMAXREQUESTBYTES())
	require.NoError(t, err)
	maxBytes, err := rv.UnpackMAXREQUESTBYTES(out)
	require.NoError(t, err)
	require.Equal(t, uint64(jobreq.MaxEncodedBytes), maxBytes.Uint64())

	k := key(t)
	sender := crypto.PubkeyToAddress(k.PublicKey)
	r := rand.New(rand.NewPCG(3, 4))
	reqs := []jobreq.Request{{Sender: sender, Input: []byte{}, MaxFee: new(big.Int)}}
	maxReq := randomRequest(r, sender)
	maxReq.Kind, maxReq.ModelID, maxReq.Nonce, maxReq.Expiry = 2, ^uint64(0), ^uint64(0), ^uint64(0)
	maxReq.MaxFee = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	maxReq.Input = make([]byte, jobreq.MaxInputBytes)
	reqs = append(reqs, maxReq)
	for range 20 {
		reqs = append(reqs, randomRequest(r, sender))
	}
	for i, q := range reqs {
		out, err := call(inboxAddr, ib.PackRequestDigest(binding(t, q)))
		require.NoError(t, err)
		got, err := ib.UnpackRequestDigest(out)
		require.NoError(t, err)
		require.Equal(t, [32]byte(q.Digest(d)), got, "request %d", i)

		s, err := jobreq.Sign(q, d, k)
		require.NoError(t, err)
		enc, err := s.Encode()
		require.NoError(t, err)
		require.LessOrEqual(t, len(enc), jobreq.MaxEncodedBytes, "request %d", i)
		out, err = call(rvAddr, rv.PackDecodeRequest(enc))
		require.NoError(t, err, "request %d", i)
		dec, err := rv.UnpackDecodeRequest(out)
		require.NoError(t, err)
		require.Zero(t, q.MaxFee.Cmp(dec.Request.MaxFee), "request %d", i)
		dec.Request.MaxFee = q.MaxFee
		require.Equal(t, binding(t, q), dec.Request, "request %d", i)
		require.Equal(t, s.Signature, dec.Signature)
		back, err := jobreq.Decode(enc)
		require.NoError(t, err)
		h, err := s.Hash()
		require.NoError(t, err)
		require.Equal(t, crypto.Keccak256Hash(enc), h)
		require.Equal(t, enc, mustEncode(t, back))

		// Mutations: Go refuses exactly what Solidity refuses.
		for range 8 {
			m := bytes.Clone(enc)
			switch r.IntN(3) {
			case 0:
				m[r.IntN(len(m))] ^= byte(1 + r.IntN(255))
			case 1:
				m = m[:r.IntN(len(m))]
			default:
				m = append(m, make([]byte, 32)...)
			}
			_, goErr := jobreq.Decode(m)
			_, solErr := call(rvAddr, rv.PackDecodeRequest(m))
			require.Equal(t, solErr == nil, goErr == nil, "request %d mutated: Go %v, Solidity %v", i, goErr, solErr)
			if goErr != nil {
				require.ErrorIs(t, goErr, jobreq.ErrMalformed)
			}
		}
	}
}

func mustEncode(t *testing.T, s *jobreq.Signed) []byte {
	t.Helper()
	b, err := s.Encode()
	require.NoError(t, err)
	return b
}

// binding is the request as the bindings' struct, through its own encoding.
func binding(t *testing.T, q jobreq.Request) bindings.IJobInboxJobRequest {
	t.Helper()
	p := q.Params
	return bindings.IJobInboxJobRequest{Sender: q.Sender, Kind: q.Kind, ModelId: q.ModelID, Input: q.Input,
		Params: bindings.IJobInboxParams{MaxTokens: p.MaxTokens, TemperatureMilli: p.TemperatureMilli, TopK: p.TopK, TopPMicro: p.TopPMicro, Seed: p.Seed},
		MaxFee: q.MaxFee, Callback: q.Callback, CallbackGasLimit: q.CallbackGasLimit, Nonce: q.Nonce, Expiry: q.Expiry}
}
