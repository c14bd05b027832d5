package ethbatch

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultBatchSize is the most eth_calls sent in one JSON-RPC batch, as in
// op-service's batching (geth serves up to 1000 per batch by default).
const DefaultBatchSize = 100

// Client is an ethclient that also runs many eth_calls on one block's state
// in JSON-RPC batches of at most BatchSize calls.
type Client struct {
	*ethclient.Client
	BatchSize int

	rpc *rpc.Client
}

// New returns a Client over an RPC connection.
func New(c *rpc.Client) *Client {
	return &Client{Client: ethclient.NewClient(c), BatchSize: DefaultBatchSize, rpc: c}
}

// CallContractsAtHash runs every call on the state of the block with hash
// blockHash, in batches; the i-th result is the i-th call's return data. Any
// call's error fails the whole read, naming the call. Of each call it sends
// From, To, Data, Value and Gas.
func (c *Client) CallContractsAtHash(ctx context.Context, calls []ethereum.CallMsg, blockHash common.Hash) ([][]byte, error) {
	block := rpc.BlockNumberOrHashWithHash(blockHash, false)
	results := make([]hexutil.Bytes, len(calls))
	elems := make([]rpc.BatchElem, len(calls))
	for i := range calls {
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{callArg(calls[i]), block}, Result: &results[i]}
	}
	size := c.BatchSize
	if size <= 0 {
		size = DefaultBatchSize
	}
	for start := 0; start < len(elems); start += size {
		end := min(start+size, len(elems))
		if err := c.rpc.BatchCallContext(ctx, elems[start:end]); err != nil {
			return nil, fmt.Errorf("ethbatch: calls %d to %d of %d at block %s: %w", start, end-1, len(calls), blockHash, err)
		}
	}
	out := make([][]byte, len(calls))
	for i, e := range elems {
		if e.Error != nil {
			return nil, fmt.Errorf("ethbatch: call %d of %d at block %s: %w", i, len(calls), blockHash, e.Error)
		}
		out[i] = results[i]
	}
	return out, nil
}

// callArg is the eth_call transaction object of a read (ethclient's toCallArg
// without the fee fields a read does not need).
func callArg(msg ethereum.CallMsg) map[string]any {
	arg := map[string]any{"from": msg.From, "to": msg.To}
	if len(msg.Data) > 0 {
		arg["input"] = hexutil.Bytes(msg.Data)
	}
	if msg.Value != nil {
		arg["value"] = (*hexutil.Big)(msg.Value)
	}
	if msg.Gas != 0 {
		arg["gas"] = hexutil.Uint64(msg.Gas)
	}
	return arg
}
