package ethbatch

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// DefaultLogRange is the most blocks one eth_getLogs spans when the caller
// sets no bound: what common providers accept (several cap a query at
// 10,000 blocks, some lower; a node of one's own accepts any).
const DefaultLogRange = 10000

// ErrRange is returned for a block range whose start is above its end.
var ErrRange = errors.New("ethbatch: empty block range")

// LogFilterer runs one eth_getLogs (*ethclient.Client implements it).
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// FilterRange runs q (its addresses and topics; its block fields are
// ignored) over blocks from..to inclusive, in windows of at most step blocks
// (0: DefaultLogRange), oldest first, and returns the logs in block order.
// An error names the window that failed.
func FilterRange(ctx context.Context, c LogFilterer, q ethereum.FilterQuery, from, to, step uint64) ([]types.Log, error) {
	if from > to {
		return nil, fmt.Errorf("%w: blocks %d to %d", ErrRange, from, to)
	}
	if step == 0 {
		step = DefaultLogRange
	}
	var out []types.Log
	for lo := from; ; lo += step {
		hi := to
		if to-lo >= step {
			hi = lo + step - 1
		}
		logs, err := window(ctx, c, q, lo, hi)
		if err != nil {
			return nil, err
		}
		out = append(out, logs...)
		if hi == to {
			return out, nil
		}
	}
}

// FindLatest runs q over blocks from..to inclusive like FilterRange but
// newest window first, and returns the logs of the first window (the most
// recent) in which keep accepts one, with the accepted log's index; it stops
// there, so finding a recent event costs one query however old from is.
// It returns (nil, -1, nil) when no window has such a log.
func FindLatest(ctx context.Context, c LogFilterer, q ethereum.FilterQuery, from, to, step uint64, keep func(*types.Log) bool) ([]types.Log, int, error) {
	if from > to {
		return nil, -1, fmt.Errorf("%w: blocks %d to %d", ErrRange, from, to)
	}
	if step == 0 {
		step = DefaultLogRange
	}
	for hi := to; ; hi -= step {
		lo := from
		if hi-from >= step {
			lo = hi - step + 1
		}
		logs, err := window(ctx, c, q, lo, hi)
		if err != nil {
			return nil, -1, err
		}
		for i := len(logs) - 1; i >= 0; i-- {
			if keep(&logs[i]) {
				return logs, i, nil
			}
		}
		if lo == from {
			return nil, -1, nil
		}
	}
}

func window(ctx context.Context, c LogFilterer, q ethereum.FilterQuery, lo, hi uint64) ([]types.Log, error) {
	q.BlockHash = nil
	q.FromBlock, q.ToBlock = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(hi)
	logs, err := c.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("ethbatch: logs of blocks %d to %d: %w", lo, hi, err)
	}
	return logs, nil
}
