package client

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/record"
)

// Method is the JSON-RPC method that accepts L2 jobs.
const Method = "airollup_submitJob"

// Client is a sequencer's JSON-RPC connection.
type Client struct {
	c *rpc.Client
}

// New wraps an RPC connection (the caller closes it).
func New(c *rpc.Client) *Client { return &Client{c: c} }

// Dial connects to the sequencer at url.
func Dial(ctx context.Context, url string) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("client: dial %s: %w", url, err)
	}
	return &Client{c: c}, nil
}

// Close closes the connection.
func (c *Client) Close() { c.c.Close() }

// Domain is the EIP-712 domain as submitJob's optional second parameter.
type Domain struct {
	ChainID *hexutil.Big   `json:"chainId"`
	Inbox   common.Address `json:"verifyingContract"`
}

// Result acknowledges an accepted job (sequencer.SubmitJobResult).
type Result struct {
	ID          string      `json:"id"`
	RequestHash common.Hash `json:"requestHash"`
	Seq         uint64      `json:"seq"`
	Duplicate   bool        `json:"duplicate"`
}

// Inference builds an inference request for sender from a prompt (token
// ids): the input is their big-endian uint32 bytes.
func Inference(sender common.Address, modelID uint64, prompt []uint32, params record.JobParams, maxFee *big.Int, nonce, expiry uint64) jobreq.Request {
	in := make([]byte, 0, 4*len(prompt))
	for _, t := range prompt {
		in = append(in, byte(t>>24), byte(t>>16), byte(t>>8), byte(t))
	}
	return jobreq.Request{Sender: sender, Kind: record.KindInference, ModelID: modelID, Input: in, Params: params,
		MaxFee: maxFee, Nonce: nonce, Expiry: expiry}
}

// SubmitSigned submits a signed request with the domain it was signed in.
func (c *Client) SubmitSigned(ctx context.Context, s *jobreq.Signed, d jobreq.Domain) (*Result, error) {
	b, err := s.Encode()
	if err != nil {
		return nil, err
	}
	return c.SubmitBytes(ctx, b, &Domain{ChainID: (*hexutil.Big)(d.ChainID), Inbox: d.Inbox})
}

// SubmitBytes submits a request's bytes as they are; d may be nil.
func (c *Client) SubmitBytes(ctx context.Context, b []byte, d *Domain) (*Result, error) {
	var res Result
	args := []any{hexutil.Bytes(b)}
	if d != nil {
		args = append(args, d)
	}
	if err := c.c.CallContext(ctx, &res, Method, args...); err != nil {
		return nil, err
	}
	return &res, nil
}

// Submit signs r with key in domain d (r.Sender is set to key's address)
// and submits it.
func (c *Client) Submit(ctx context.Context, r jobreq.Request, d jobreq.Domain, key *ecdsa.PrivateKey) (*Result, error) {
	r.Sender = crypto.PubkeyToAddress(key.PublicKey)
	s, err := jobreq.Sign(r, d, key)
	if err != nil {
		return nil, err
	}
	return c.SubmitSigned(ctx, s, d)
}
