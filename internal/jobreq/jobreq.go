package jobreq

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/record"
)

// Limits, as JobInbox and RecordValidity apply them.
const (
	// MaxInputBytes is JobInbox.MAX_INPUT_BYTES: the longest input.
	MaxInputBytes = 32 * 1024
	// MaxTokens is JobInbox.MAX_TOKENS: the largest Params.MaxTokens.
	MaxTokens = 8192
	// MaxTopPMicro is JobInbox.MAX_TOP_P_MICRO.
	MaxTopPMicro = 1_000_000
	// MaxCallbackGas is JobInbox.MAX_CALLBACK_GAS.
	MaxCallbackGas = 2_000_000
	// SignatureBytes is the length of a request's signature, r ‖ s ‖ v.
	SignatureBytes = 65
	// MaxEncodedBytes bounds a request's bytes: a request with an input of
	// MaxInputBytes and a signature fits with room to spare, and anything
	// longer is invalid on-chain (RequestInvalid or RequestSignature). It is
	// RecordValidity.MAX_REQUEST_BYTES: Rollup.propose and resolveData refuse
	// longer request bytes (DataTooLong).
	MaxEncodedBytes = MaxInputBytes + 1024
)

var (
	// ErrMalformed is returned by Decode for bytes that are not the
	// canonical abi.encode(IJobInbox.JobRequest, bytes): RecordValidity
	// finds a record of them RequestMalformed.
	ErrMalformed = errors.New("jobreq: malformed request")
	// ErrSignature is returned for a signature that is not the request
	// sender's (RequestSignature on-chain).
	ErrSignature = errors.New("jobreq: bad signature")
	// ErrField is wrapped by every *FieldError.
	ErrField = errors.New("jobreq: field out of range")
)

// FieldError names the field of a request that is out of its range and the
// range: Min to Max inclusive.
type FieldError struct {
	Field    string
	Value    uint64
	Min, Max uint64
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("jobreq: %s is %d, outside %d to %d", e.Field, e.Value, e.Min, e.Max)
}

// Unwrap makes errors.Is(err, ErrField) hold.
func (e *FieldError) Unwrap() error { return ErrField }

// Request mirrors IJobInbox.JobRequest field for field.
type Request struct {
	Sender           common.Address
	Kind             uint8 // IJobInbox.Kind: record.KindInference, ...
	ModelID          uint64
	Input            []byte // the prompt's token ids, big-endian uint32 each
	Params           record.JobParams
	MaxFee           *big.Int // uint128
	Callback         common.Address
	CallbackGasLimit uint32
	Nonce            uint64
	Expiry           uint64 // unix seconds
}

// Domain is the EIP-712 domain a request is signed in: the chain and the
// JobInbox that verifies it (name and version are fixed).
type Domain struct {
	ChainID *big.Int
	Inbox   common.Address
}

// Signed is a request with its sender's signature: what a batch carries.
type Signed struct {
	Request   Request
	Signature []byte // r ‖ s ‖ v, v 27 or 28
}

var (
	domainTypeHash  = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	nameHash        = crypto.Keccak256Hash([]byte("airollup JobInbox"))
	versionHash     = crypto.Keccak256Hash([]byte("1"))
	paramsType      = "Params(uint32 maxTokens,uint32 temperatureMilli,uint32 topK,uint32 topPMicro,bytes32 seed)"
	paramsTypeHash  = crypto.Keccak256Hash([]byte(paramsType))
	requestTypeHash = crypto.Keccak256Hash([]byte("JobRequest(address sender,uint8 kind,uint64 modelId,bytes input,Params params," +
		"uint128 maxFee,address callback,uint32 callbackGasLimit,uint64 nonce,uint64 expiry)" + paramsType))
	halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)
)

// word returns v as a 32-byte big-endian word.
func word(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }

func u64(v uint64) []byte { return word(new(big.Int).SetUint64(v)) }

// Separator returns the EIP-712 domain separator (LibJobRequest.domainSeparator).
func (d Domain) Separator() common.Hash {
	chain := d.ChainID
	if chain == nil {
		chain = new(big.Int)
	}
	return crypto.Keccak256Hash(domainTypeHash[:], nameHash[:], versionHash[:], word(chain), common.LeftPadBytes(d.Inbox[:], 32))
}

// StructHash returns the request's EIP-712 hashStruct (LibJobRequest.hashStruct).
func (r *Request) StructHash() common.Hash {
	p := r.Params
	params := crypto.Keccak256Hash(paramsTypeHash[:], u64(uint64(p.MaxTokens)), u64(uint64(p.TemperatureMilli)),
		u64(uint64(p.TopK)), u64(uint64(p.TopPMicro)), p.Seed[:])
	fee := r.MaxFee
	if fee == nil {
		fee = new(big.Int)
	}
	return crypto.Keccak256Hash(requestTypeHash[:], common.LeftPadBytes(r.Sender[:], 32), u64(uint64(r.Kind)), u64(r.ModelID),
		crypto.Keccak256(r.Input), params[:], word(fee), common.LeftPadBytes(r.Callback[:], 32), u64(uint64(r.CallbackGasLimit)),
		u64(r.Nonce), u64(r.Expiry))
}

// Digest returns what the sender signs: keccak256("\x19\x01" ‖ domain
// separator ‖ hashStruct) (JobInbox.requestDigest).
func (r *Request) Digest(d Domain) common.Hash {
	sep := d.Separator()
	h := r.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], h[:])
}

// Sign signs the request in domain d with key, which must be the request's
// sender's (else ErrSignature).
func Sign(r Request, d Domain, key *ecdsa.PrivateKey) (*Signed, error) {
	if got := crypto.PubkeyToAddress(key.PublicKey); got != r.Sender {
		return nil, fmt.Errorf("%w: key of %s signing for sender %s", ErrSignature, got, r.Sender)
	}
	digest := r.Digest(d)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("jobreq: sign: %w", err)
	}
	sig[64] += 27
	return &Signed{Request: r, Signature: sig}, nil
}

// Sender returns the request's sender once its signature is shown to be the
// sender's, as RecordValidity checks it: 65 bytes, v 27 or 28, s at most
// half the group order, recovering Request.Sender (non-zero). Else
// ErrSignature.
func (s *Signed) Sender(d Domain) (common.Address, error) {
	sig := s.Signature
	if len(sig) != SignatureBytes {
		return common.Address{}, fmt.Errorf("%w: signature of %d bytes, want %d", ErrSignature, len(sig), SignatureBytes)
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v is %d, want 27 or 28", ErrSignature, v)
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(halfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: s above half the group order", ErrSignature)
	}
	rsv := bytes.Clone(sig)
	rsv[64] -= 27
	digest := s.Request.Digest(d)
	pub, err := crypto.SigToPub(digest[:], rsv)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrSignature, err)
	}
	got := crypto.PubkeyToAddress(*pub)
	if s.Request.Sender == (common.Address{}) || got != s.Request.Sender {
		return common.Address{}, fmt.Errorf("%w: signed by %s, not the sender %s", ErrSignature, got, s.Request.Sender)
	}
	return got, nil
}

// Check reports the first rule of JobInbox.submit that the request breaks
// and that needs no model (RecordValidity: RequestInvalid, or
// KindUnsupported for a training kind), as a *FieldError.
func (r *Request) Check() error {
	p := r.Params
	n := uint64(len(r.Input))
	fee := r.MaxFee
	switch {
	case r.Kind != record.KindInference:
		return &FieldError{Field: "kind", Value: uint64(r.Kind), Min: uint64(record.KindInference), Max: uint64(record.KindInference)}
	case fee == nil || fee.Sign() == 0:
		return &FieldError{Field: "maxFee", Value: 0, Min: 1, Max: ^uint64(0)}
	case p.MaxTokens == 0 || p.MaxTokens > MaxTokens:
		return &FieldError{Field: "maxTokens", Value: uint64(p.MaxTokens), Min: 1, Max: MaxTokens}
	case p.TopPMicro > MaxTopPMicro:
		return &FieldError{Field: "topPMicro", Value: uint64(p.TopPMicro), Min: 0, Max: MaxTopPMicro}
	case r.Callback == (common.Address{}) && r.CallbackGasLimit != 0:
		return &FieldError{Field: "callbackGasLimit", Value: uint64(r.CallbackGasLimit), Min: 0, Max: 0}
	case r.Callback != (common.Address{}) && (r.CallbackGasLimit == 0 || r.CallbackGasLimit > MaxCallbackGas):
		return &FieldError{Field: "callbackGasLimit", Value: uint64(r.CallbackGasLimit), Min: 1, Max: MaxCallbackGas}
	case n == 0 || n > MaxInputBytes:
		return &FieldError{Field: "input bytes", Value: n, Min: 4, Max: MaxInputBytes}
	case n%4 != 0:
		return &FieldError{Field: "input bytes mod 4", Value: n % 4, Min: 0, Max: 0}
	}
	return nil
}

// binding returns the request as the bindings' IJobInbox.JobRequest.
func (r *Request) binding() bindings.IJobInboxJobRequest {
	p := r.Params
	fee := r.MaxFee
	if fee == nil {
		fee = new(big.Int)
	}
	return bindings.IJobInboxJobRequest{
		Sender: r.Sender, Kind: r.Kind, ModelId: r.ModelID, Input: r.Input,
		Params: bindings.IJobInboxParams{MaxTokens: p.MaxTokens, TemperatureMilli: p.TemperatureMilli, TopK: p.TopK,
			TopPMicro: p.TopPMicro, Seed: p.Seed},
		MaxFee: fee, Callback: r.Callback, CallbackGasLimit: r.CallbackGasLimit, Nonce: r.Nonce, Expiry: r.Expiry,
	}
}

// signedArgs encodes (IJobInbox.JobRequest, bytes): the request's tuple type
// is the JobInbox ABI's own (requestDigest's input), never a hand-written copy.
var signedArgs = func() abi.Arguments {
	a, err := bindings.JobInboxMetaData.ParseABI()
	if err != nil {
		panic(err) // generated bindings
	}
	m, ok := a.Methods["requestDigest"]
	if !ok || len(m.Inputs) != 1 {
		panic("jobreq: the JobInbox ABI has no requestDigest(JobRequest)")
	}
	b, err := abi.NewType("bytes", "", nil)
	if err != nil {
		panic(err)
	}
	return abi.Arguments{{Type: m.Inputs[0].Type}, {Type: b}}
}()

// Encode returns the request's bytes: abi.encode(request, signature).
func (s *Signed) Encode() ([]byte, error) {
	if f := s.Request.MaxFee; f != nil && (f.Sign() < 0 || f.BitLen() > 128) {
		return nil, fmt.Errorf("%w: maxFee %v is not a uint128", ErrMalformed, f)
	}
	if s.Request.Kind > record.KindPretrain {
		return nil, fmt.Errorf("%w: kind %d is not an IJobInbox.Kind", ErrMalformed, s.Request.Kind)
	}
	sig := s.Signature
	if sig == nil {
		sig = []byte{}
	}
	return signedArgs.Pack(s.Request.binding(), sig)
}

// Hash returns keccak256 of the request's bytes: the RequestHash of its
// record.
func (s *Signed) Hash() (common.Hash, error) {
	b, err := s.Encode()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(b), nil
}

// Decode parses a request's bytes. It fails with a *FieldError for more
// than MaxEncodedBytes, and with ErrMalformed where RecordValidity's
// decodeRequest reverts: bytes that do not decode as (IJobInbox.JobRequest,
// bytes), a kind that is not an IJobInbox.Kind, or an encoding that is not
// the canonical one (re-encoding what was decoded must give the same bytes).
// It does not check the signature (Signed.Sender) or the rules (Check).
func Decode(b []byte) (*Signed, error) {
	if len(b) > MaxEncodedBytes {
		return nil, &FieldError{Field: "request bytes", Value: uint64(len(b)), Min: 0, Max: MaxEncodedBytes}
	}
	vals, err := signedArgs.Unpack(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	q, ok := abi.ConvertType(vals[0], new(bindings.IJobInboxJobRequest)).(*bindings.IJobInboxJobRequest)
	sig, ok2 := vals[1].([]byte)
	if !ok || !ok2 {
		return nil, fmt.Errorf("%w: unexpected decoded types %T, %T", ErrMalformed, vals[0], vals[1])
	}
	s := &Signed{Request: Request{
		Sender: q.Sender, Kind: q.Kind, ModelID: q.ModelId, Input: q.Input,
		Params: record.JobParams{MaxTokens: q.Params.MaxTokens, TemperatureMilli: q.Params.TemperatureMilli, TopK: q.Params.TopK,
			TopPMicro: q.Params.TopPMicro, Seed: q.Params.Seed},
		MaxFee: q.MaxFee, Callback: q.Callback, CallbackGasLimit: q.CallbackGasLimit, Nonce: q.Nonce, Expiry: q.Expiry,
	}, Signature: sig}
	again, err := s.Encode()
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(again, b) {
		return nil, fmt.Errorf("%w: not the canonical encoding", ErrMalformed)
	}
	return s, nil
}
