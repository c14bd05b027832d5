package challenger

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
)

// ErrConfig is returned for an invalid Config, naming the flag.
var ErrConfig = errors.New("challenger: invalid config")

const (
	// DefaultPollInterval is the L1 polling period when none is given.
	DefaultPollInterval = 2 * time.Second
	// MaxConfirmations bounds --confirmations: proposals deeper than the
	// 256 blocks the watcher re-checks for reorgs could not be forgotten.
	MaxConfirmations = 128
	// MaxMaxConcurrentGames bounds --max-concurrent-games: each game in play
	// holds its job's replay in memory.
	MaxMaxConcurrentGames = 256
)

// Config is the challenger's configuration, filled by the airollup
// challenger command's flags (each with an AIROLLUP_CHALLENGER_* twin).
type Config struct {
	L1RPC         string         // --l1-rpc: the L1 node's JSON-RPC URL
	Rollup        common.Address // --rollup: the Rollup address
	StartBlock    uint64         // --start-block: a block at or before the Rollup's deployment
	Confirmations uint64         // --confirmations: L1 blocks below the head before a proposal is read
	PollInterval  time.Duration  // --poll-interval: L1 polling period (0: DefaultPollInterval)
	MaxLogRange   uint64         // --max-log-range: blocks one eth_getLogs spans at most (0: ethbatch.DefaultLogRange)
	DataDir       string         // --data-dir: the Pebble store's directory

	ModelDir     string   // --model-dir: canonical GGUF files named <root>.gguf (downloads land here)
	ModelURLs    []string // --model-url: URL templates a missing model is fetched from, "{root}" replaced by its hex root
	MemoryBudget int64    // --memory-budget: bytes a model may take (0: default)
	Threads      int      // --threads: re-execution threads (0: all)
	SequencerRPC string   // --sequencer-rpc: where a blob batch's blobs are asked for (airollup_batchBlobs); "": none

	Defend             bool // --defend: defender mode, play the proposer's side of games against records re-execution agrees with
	MaxConcurrentGames int  // --max-concurrent-games: games played at once (0: DefaultMaxConcurrentGames)
	// JudgeBudget is the most time a round spends judging (re-executing)
	// new records before it plays the games again (--judge-budget; 0: a
	// third of the game's clock extension).
	JudgeBudget time.Duration

	HTTPAddr    string          // --http.addr: host:port of /healthz ("": none)
	MetricsAddr string          // --metrics.addr: host:port of the Prometheus server ("": none)
	TxMgr       txmgr.CLIConfig // op-service's transaction manager flags (--private-key, ...)
	TxSender    TxSender        // tests: sends the L1 transactions instead of a txmgr built from TxMgr
}

func (c *Config) pollInterval() time.Duration {
	if c.PollInterval == 0 {
		return DefaultPollInterval
	}
	return c.PollInterval
}

// Check validates c, naming the flag at fault.
func (c *Config) Check() error {
	switch {
	case c.L1RPC == "":
		return fmt.Errorf("%w: --l1-rpc is empty", ErrConfig)
	case c.Rollup == (common.Address{}):
		return fmt.Errorf("%w: --rollup is the zero address", ErrConfig)
	case c.Confirmations > MaxConfirmations:
		return fmt.Errorf("%w: --confirmations %d above the limit %d", ErrConfig, c.Confirmations, MaxConfirmations)
	case c.PollInterval < 0:
		return fmt.Errorf("%w: --poll-interval %v is negative", ErrConfig, c.PollInterval)
	case c.DataDir == "":
		return fmt.Errorf("%w: --data-dir is empty", ErrConfig)
	case c.ModelDir == "":
		return fmt.Errorf("%w: --model-dir is empty", ErrConfig)
	case c.MemoryBudget < 0:
		return fmt.Errorf("%w: --memory-budget %d is negative", ErrConfig, c.MemoryBudget)
	case c.MaxConcurrentGames < 0 || c.MaxConcurrentGames > MaxMaxConcurrentGames:
		return fmt.Errorf("%w: --max-concurrent-games %d outside 0 to %d", ErrConfig, c.MaxConcurrentGames, MaxMaxConcurrentGames)
	case c.JudgeBudget < 0:
		return fmt.Errorf("%w: --judge-budget %s is negative", ErrConfig, c.JudgeBudget)
	case c.Threads < 0:
		return fmt.Errorf("%w: --threads %d is negative", ErrConfig, c.Threads)
	}
	if fi, err := os.Stat(c.ModelDir); err != nil || !fi.IsDir() {
		return fmt.Errorf("%w: --model-dir %q is not a directory", ErrConfig, c.ModelDir)
	}
	for _, u := range c.ModelURLs {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") {
			return fmt.Errorf("%w: --model-url %q is not an http(s) URL", ErrConfig, u)
		}
	}
	if c.SequencerRPC != "" {
		if _, err := url.Parse(c.SequencerRPC); err != nil {
			return fmt.Errorf("%w: --sequencer-rpc %q: %v", ErrConfig, c.SequencerRPC, err)
		}
	}
	for _, a := range []struct{ flag, addr string }{{"--http.addr", c.HTTPAddr}, {"--metrics.addr", c.MetricsAddr}} {
		if a.addr == "" {
			continue
		}
		if _, _, err := net.SplitHostPort(a.addr); err != nil {
			return fmt.Errorf("%w: %s %q: %v", ErrConfig, a.flag, a.addr, err)
		}
	}
	if c.TxSender == nil {
		if c.TxMgr.PrivateKey == "" && c.TxMgr.Mnemonic == "" && c.TxMgr.SignerCLIConfig.Endpoint == "" {
			return fmt.Errorf("%w: transaction manager: no signer (--private-key, --mnemonic or --signer.endpoint)", ErrConfig)
		}
		tc := c.TxMgr
		tc.L1RPCURL = c.L1RPC
		if err := tc.Check(); err != nil {
			return fmt.Errorf("%w: transaction manager: %v", ErrConfig, err)
		}
	}
	return nil
}
