package client

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
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

// L2Params mirrors sequencer.L2Params: the domain, minimum fee and expiry
// margin of the sequencer's L2 requests.
type L2Params struct {
	ChainID      *hexutil.Big   `json:"chainId"`
	Inbox        common.Address `json:"verifyingContract"`
	MinFee       *hexutil.Big   `json:"minFee"`
	ExpiryMargin uint64         `json:"expiryMarginSeconds"`
}

// Domain is the EIP-712 domain requests to this sequencer are signed in.
func (p *L2Params) Domain() jobreq.Domain {
	return jobreq.Domain{ChainID: p.ChainID.ToInt(), Inbox: p.Inbox}
}

// L2Params reads the sequencer's L2 request parameters (airollup_l2Params).
func (c *Client) L2Params(ctx context.Context) (*L2Params, error) {
	var p L2Params
	if err := c.c.CallContext(ctx, &p, "airollup_l2Params"); err != nil {
		return nil, err
	}
	if p.ChainID == nil || p.MinFee == nil {
		return nil, fmt.Errorf("client: airollup_l2Params answered without chainId or minFee")
	}
	return &p, nil
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

// BatchRef is a job's place in a batch.
type BatchRef struct {
	Batch  uint64 `json:"batch"`
	Record uint32 `json:"record"`
}

// Status mirrors sequencer.JobStatus (airollup_jobStatus).
type Status struct {
	ID         string         `json:"id"`
	Seq        uint64         `json:"seq"`
	State      string         `json:"state"`
	Kind       uint8          `json:"kind"`
	Model      uint64         `json:"model"`
	Submitter  common.Address `json:"submitter"`
	Batch      *BatchRef      `json:"batch,omitempty"`
	VoidReason string         `json:"voidReason,omitempty"`
}

// JobResult mirrors sequencer.JobResult (airollup_result): the output and,
// once batched, the inclusion proof.
type JobResult struct {
	ID           string          `json:"id"`
	State        string          `json:"state"`
	Output       []uint32        `json:"output"`
	TraceRoot    common.Hash     `json:"traceRoot"`
	Worker       string          `json:"worker"`
	Batch        *uint64         `json:"batch"`
	Record       *uint32         `json:"record"`
	JobRecord    json.RawMessage `json:"jobRecord"`
	Leaf         *common.Hash    `json:"leaf"`
	RecordsRoot  *common.Hash    `json:"recordsRoot"`
	Proof        []common.Hash   `json:"proof"`
	ResidualRoot common.Hash     `json:"residualRoot"`
	KVRoot       common.Hash     `json:"kvRoot"`
	DatasetRoot  common.Hash     `json:"datasetRoot,omitzero"`  // a training job's
	NewModelRoot common.Hash     `json:"newModelRoot,omitzero"` // a training job's: its output
}

// Status reads job id's status.
func (c *Client) Status(ctx context.Context, id string) (*Status, error) {
	var s Status
	if err := c.c.CallContext(ctx, &s, "airollup_jobStatus", id); err != nil {
		return nil, err
	}
	return &s, nil
}

// Result reads job id's result (an RPC error with code 4004 before it is executed).
func (c *Client) Result(ctx context.Context, id string) (*JobResult, error) {
	var r JobResult
	if err := c.c.CallContext(ctx, &r, "airollup_result", id); err != nil {
		return nil, err
	}
	return &r, nil
}
