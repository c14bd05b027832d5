package sequencer

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/airollup/airollup/sequencer/explorer"
	"github.com/airollup/airollup/sequencer/store"
)

// ErrConfig is returned by Config.Check for a field it refuses; the message
// names the field's command-line flag.
var ErrConfig = errors.New("sequencer: invalid config")

// Defaults of the optional Config fields.
const (
	DefaultPollInterval  = 2 * time.Second
	DefaultLeaseDuration = 30 * time.Second
	// MaxConfirmations is the deepest confirmation depth the L1 follower accepts.
	MaxConfirmations = store.CheckpointWindow / 2
)

// Model is a model the sequencer serves: its ModelRegistry id, its model
// root, and where workers can fetch its canonical GGUF file.
type Model struct {
	ID   uint64      `json:"id"`
	Root common.Hash `json:"root"`
	URL  string      `json:"url,omitempty"`
}

// Config is everything the sequencer service needs; the CLI fills it from
// flags (cmd/airollup), tests directly.
type Config struct {
	L1RPC         string         // --l1-rpc: the L1 node's JSON-RPC URL
	Inbox         common.Address // --inbox: the JobInbox address
	StartBlock    uint64         // --start-block: a block at or before the inbox's deployment
	Confirmations uint64         // --confirmations: L1 blocks below the head before an event is read
	PollInterval  time.Duration  // --poll-interval: L1 polling period (0: DefaultPollInterval)
	DataDir       string         // --data-dir: the Pebble store's directory

	RPCAddr string // --rpc.addr: host:port of the JSON-RPC server (port 0: any)
	// The explorer page, /explorer on the RPC server (sequencer/explorer).
	ExplorerOff    bool   // --explorer=false: no explorer page
	ExplorerLatest int    // --explorer.latest: batches, jobs and disputes it shows, each (0: explorer.DefaultLatest)
	MetricsAddr    string // --metrics.addr: host:port of the Prometheus server; "": none

	Models        []Model       // --model: the models served
	ModelDir      string        // --model-dir: canonical GGUF files named <root>.gguf, for re-execution
	SampleRate    float64       // --sample-rate: fraction of results re-executed, 0 to 1
	MemoryBudget  int64         // --memory-budget: bytes a re-execution model may take (0: default)
	LeaseDuration time.Duration // --lease-duration: how long a worker holds a job (0: DefaultLeaseDuration)
	ExpiryMargin  time.Duration // --l2-expiry-margin: the least time to expiry an accepted L2 request has (0: DefaultExpiryMargin)

	// Batching and proposals. With no signer in TxMgr (and no TxSender) the
	// sequencer takes and executes jobs but proposes nothing.
	DA         DAMode          // --batch.da: calldata or blobs (""': calldata)
	MaxRecords int             // --batch.max-records: records per batch (0: DefaultMaxRecords)
	MaxDelay   time.Duration   // --batch.max-delay: the longest an executed job waits for a fuller batch (0: DefaultMaxDelay)
	TxMgr      txmgr.CLIConfig // op-service's transaction manager flags (--private-key, --num-confirmations, ...)
	TxSender   TxSender        // tests: sends the L1 transactions instead of a txmgr built from TxMgr

	Clock Clock // lease deadlines (nil: the system clock); tests only, no flag
}

// Batching reports whether the sequencer proposes batches: it has a signer.
func (c *Config) Batching() bool {
	return c.TxSender != nil || c.TxMgr.PrivateKey != "" || c.TxMgr.Mnemonic != "" || c.TxMgr.SignerCLIConfig.Endpoint != ""
}

// Check reports the first invalid field, naming its flag.
func (c *Config) Check() error {
	switch {
	case c.L1RPC == "":
		return fmt.Errorf("%w: --l1-rpc is empty", ErrConfig)
	case c.Inbox == (common.Address{}):
		return fmt.Errorf("%w: --inbox is the zero address", ErrConfig)
	case c.Confirmations > MaxConfirmations:
		return fmt.Errorf("%w: --confirmations %d above the limit %d", ErrConfig, c.Confirmations, MaxConfirmations)
	case c.PollInterval < 0:
		return fmt.Errorf("%w: --poll-interval %v is negative", ErrConfig, c.PollInterval)
	case c.DataDir == "":
		return fmt.Errorf("%w: --data-dir is empty", ErrConfig)
	case c.LeaseDuration < 0:
		return fmt.Errorf("%w: --lease-duration %v is negative", ErrConfig, c.LeaseDuration)
	case c.ExpiryMargin < 0:
		return fmt.Errorf("%w: --l2-expiry-margin %v is negative", ErrConfig, c.ExpiryMargin)
	case c.MemoryBudget < 0:
		return fmt.Errorf("%w: --memory-budget %d is negative", ErrConfig, c.MemoryBudget)
	case !(c.SampleRate >= 0 && c.SampleRate <= 1): // NaN too
		return fmt.Errorf("%w: --sample-rate %v outside 0 to 1", ErrConfig, c.SampleRate)
	case len(c.Models) == 0:
		return fmt.Errorf("%w: no --model given", ErrConfig)
	case c.DA != "" && c.DA != DACalldata && c.DA != DABlobs:
		return fmt.Errorf("%w: --batch.da %q: want %s or %s", ErrConfig, c.DA, DACalldata, DABlobs)
	case c.MaxRecords < 0 || c.MaxRecords > 4096:
		return fmt.Errorf("%w: --batch.max-records %d outside 0 to 4096 (Rollup.MAX_RECORDS)", ErrConfig, c.MaxRecords)
	case c.MaxDelay < 0:
		return fmt.Errorf("%w: --batch.max-delay %v is negative", ErrConfig, c.MaxDelay)
	case c.ExplorerLatest < 0 || c.ExplorerLatest > explorer.MaxLatest:
		return fmt.Errorf("%w: --explorer.latest %d outside 0 to %d", ErrConfig, c.ExplorerLatest, explorer.MaxLatest)
	}
	if c.Batching() && c.TxSender == nil {
		tc := c.TxMgr
		tc.L1RPCURL = c.L1RPC
		if err := tc.Check(); err != nil {
			return fmt.Errorf("%w: transaction manager: %v", ErrConfig, err)
		}
	}
	if err := checkAddr("--rpc.addr", c.RPCAddr, false); err != nil {
		return err
	}
	if err := checkAddr("--metrics.addr", c.MetricsAddr, true); err != nil {
		return err
	}
	ids, roots := map[uint64]bool{}, map[common.Hash]bool{}
	for _, m := range c.Models {
		switch {
		case m.Root == (common.Hash{}):
			return fmt.Errorf("%w: --model %d has a zero root", ErrConfig, m.ID)
		case ids[m.ID]:
			return fmt.Errorf("%w: --model id %d given twice", ErrConfig, m.ID)
		case roots[m.Root]:
			return fmt.Errorf("%w: --model root %s given twice", ErrConfig, m.Root)
		}
		ids[m.ID], roots[m.Root] = true, true
	}
	if c.SampleRate > 0 {
		if c.ModelDir == "" {
			return fmt.Errorf("%w: --sample-rate %v needs --model-dir", ErrConfig, c.SampleRate)
		}
		if fi, err := os.Stat(c.ModelDir); err != nil || !fi.IsDir() {
			return fmt.Errorf("%w: --model-dir %q is not a directory", ErrConfig, c.ModelDir)
		}
	}
	return nil
}

func checkAddr(flag, addr string, optional bool) error {
	if addr == "" {
		if optional {
			return nil
		}
		return fmt.Errorf("%w: %s is empty", ErrConfig, flag)
	}
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("%w: %s %q is not host:port: %v", ErrConfig, flag, addr, err)
	}
	return nil
}

func (c *Config) pollInterval() time.Duration {
	if c.PollInterval == 0 {
		return DefaultPollInterval
	}
	return c.PollInterval
}

func (c *Config) policy() BatchPolicy {
	p := BatchPolicy{MaxRecords: c.MaxRecords, MaxDelay: c.MaxDelay}
	if p.MaxRecords == 0 {
		p.MaxRecords = DefaultMaxRecords
	}
	if p.MaxDelay == 0 {
		p.MaxDelay = DefaultMaxDelay
	}
	return p
}

func (c *Config) da() DAMode {
	if c.DA == "" {
		return DACalldata
	}
	return c.DA
}

func (c *Config) leaseDuration() time.Duration {
	if c.LeaseDuration == 0 {
		return DefaultLeaseDuration
	}
	return c.LeaseDuration
}
