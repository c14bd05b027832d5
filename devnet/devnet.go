package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
	"github.com/airollup/airollup/sequencer"
	"github.com/airollup/airollup/worker"
)

// ErrConfig is returned by Config.Check; the message names the flag.
var ErrConfig = errors.New("devnet: invalid config")

// Account roles: the devnet's funded accounts, by index.
const (
	Deployer = iota
	Sequencer
	User
	Challenger
	accounts
)

// DefaultGameClock is the dispute game's clock when Config.GameClock is 0:
// long enough for a challenger to answer on a loaded laptop, short enough
// for a demo to see a silent proposer lose.
const DefaultGameClock = 60 * time.Second

// FaultyWorkerPrefix starts the id of a deliberately faulty worker.
const FaultyWorkerPrefix = "faulty-"

// MinFee is the devnet rollup's minimum job fee, in wei (0.000001 ETH).
const MinFee = 1_000_000_000_000

// Config is a devnet's configuration (the airollup devnet flags).
type Config struct {
	Dir             string        // --data-dir: stores, models and the addresses file
	L1RPC           string        // --l1-rpc: an existing node (e.g. anvil) with Keys funded; "": the embedded L1
	L1Addr          string        // --l1.addr: host:port the embedded L1 serves JSON-RPC on
	BlockTime       time.Duration // --block-time: the embedded L1's block period
	Keys            []string      // --keys: hex private keys of deployer, sequencer, user, challenger ("": derived)
	ModelFile       string        // --model: a canonical GGUF to serve ("": the tiny generated model)
	Workers         int           // --workers: embedded workers
	FaultyWorkers   int           // --faulty-workers: how many of them corrupt results (the last ones)
	FaultRate       float64       // --fault-rate: the fraction of results a faulty worker corrupts
	ChallengeWindow time.Duration // --challenge-window
	GameClock       time.Duration // --game-clock: each side's clock in a dispute game (0: DefaultGameClock)
	Challenger      bool          // --challenger: run a challenger with the Challenger account
	FinalityDelay   time.Duration // --finality-delay
	RPCAddr         string        // --rpc.addr: the sequencer's JSON-RPC
	MaxDelay        time.Duration // --batch.max-delay
	DA              sequencer.DAMode
	ProgressEvery   time.Duration // how often the progress line is logged (0: none)
}

// Check reports the first invalid field, naming its flag.
func (c *Config) Check() error {
	switch {
	case c.Dir == "":
		return fmt.Errorf("%w: --data-dir is empty", ErrConfig)
	case c.L1RPC == "" && c.BlockTime <= 0:
		return fmt.Errorf("%w: --block-time %v must be positive", ErrConfig, c.BlockTime)
	case c.Workers < 0 || c.Workers > 64:
		return fmt.Errorf("%w: --workers %d outside 0 to 64", ErrConfig, c.Workers)
	case c.FaultyWorkers < 0 || c.FaultyWorkers > c.Workers:
		return fmt.Errorf("%w: --faulty-workers %d outside 0 to --workers %d", ErrConfig, c.FaultyWorkers, c.Workers)
	case !(c.FaultRate >= 0 && c.FaultRate <= 1):
		return fmt.Errorf("%w: --fault-rate %v outside 0 to 1", ErrConfig, c.FaultRate)
	case c.ChallengeWindow < time.Second:
		return fmt.Errorf("%w: --challenge-window %v under a second", ErrConfig, c.ChallengeWindow)
	case c.GameClock != 0 && c.GameClock < 2*time.Second:
		return fmt.Errorf("%w: --game-clock %v under 2 seconds", ErrConfig, c.GameClock)
	case c.FinalityDelay < 0:
		return fmt.Errorf("%w: --finality-delay %v is negative", ErrConfig, c.FinalityDelay)
	case len(c.Keys) != 0 && len(c.Keys) != accounts:
		return fmt.Errorf("%w: --keys has %d keys, want %d (deployer, sequencer, user, challenger)", ErrConfig, len(c.Keys), accounts)
	}
	for i, k := range c.Keys {
		if _, err := crypto.HexToECDSA(trim0x(k)); err != nil {
			return fmt.Errorf("%w: --keys: key %d is not a hex secp256k1 private key", ErrConfig, i)
		}
	}
	return nil
}

func (c *Config) gameClock() time.Duration {
	if c.GameClock == 0 {
		return DefaultGameClock
	}
	return c.GameClock
}

func trim0x(s string) string {
	if len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return s[2:]
	}
	return s
}

// Key returns the devnet's deterministic key number i (not a secret: anyone
// can derive it; for local chains only).
func Key(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("airollup/devnet/key/" + strconv.Itoa(i))))
	if err != nil {
		panic(err) // a keccak output is a valid scalar with overwhelming probability
	}
	return k
}

// Info is what the devnet writes to Dir/devnet.json.
type Info struct {
	L1RPC        string            `json:"l1Rpc"`
	ChainID      uint64            `json:"chainId"`
	Contracts    *deploy.Addresses `json:"contracts"`
	SequencerRPC string            `json:"sequencerRpc"`
	Explorer     string            `json:"explorer,omitempty"` // the sequencer's explorer page
	Model        ModelInfo         `json:"model"`
	Accounts     map[string]string `json:"accounts"`    // role → address
	UserKey      string            `json:"userKey"`     // the funded user's key (devnet only), for airollup job
	Workers      []string          `json:"workers"`     // worker ids
	StartBlock   uint64            `json:"startBlock"`  // the block the contracts were deployed from
	Description  string            `json:"description"` // what this file is
}

// ModelInfo is the served model.
type ModelInfo struct {
	ID   uint64      `json:"id"`
	Root common.Hash `json:"root"`
	File string      `json:"file"`
}

// Devnet is a running devnet.
type Devnet struct {
	cfg  Config
	log  log.Logger
	keys []*ecdsa.PrivateKey
	Info Info

	sim    *simulated.Backend // the embedded L1 (nil with --l1-rpc)
	l1     *ethclient.Client
	seq    *sequencer.Service
	work   []*worker.Service
	ch     *challenger.Service
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New starts a devnet: the L1, the contracts, the model, the sequencer and
// the workers. On error everything started is stopped.
func New(ctx context.Context, cfg Config, logger log.Logger) (*Devnet, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = log.Root()
	}
	d := &Devnet{cfg: cfg, log: logger}
	for i := range accounts {
		if len(cfg.Keys) == accounts {
			k, _ := crypto.HexToECDSA(trim0x(cfg.Keys[i])) // checked by Check
			d.keys = append(d.keys, k)
		} else {
			d.keys = append(d.keys, Key(i))
		}
	}
	for _, step := range []func(context.Context) error{d.initL1, d.initContracts, d.initSequencer, d.initWorkers, d.initChallenger, d.writeInfo} {
		if err := step(ctx); err != nil {
			return nil, errors.Join(err, d.Stop(context.Background()))
		}
	}
	return d, nil
}

func (d *Devnet) addr(i int) common.Address { return crypto.PubkeyToAddress(d.keys[i].PublicKey) }

func (d *Devnet) initL1(ctx context.Context) error {
	if err := os.MkdirAll(d.cfg.Dir, 0o755); err != nil {
		return fmt.Errorf("devnet: --data-dir: %w", err)
	}
	url := d.cfg.L1RPC
	if url == "" {
		// The embedded L1 starts from genesis on every run: the stores of an
		// earlier run follow a chain that is gone.
		for _, sub := range []string{"sequencer", "challenger"} {
			if err := os.RemoveAll(filepath.Join(d.cfg.Dir, sub)); err != nil {
				return fmt.Errorf("devnet: clear the %s store of an earlier run: %w", sub, err)
			}
		}
		host, portStr, err := net.SplitHostPort(d.cfg.L1Addr)
		if err != nil {
			return fmt.Errorf("%w: --l1.addr %q is not host:port", ErrConfig, d.cfg.L1Addr)
		}
		port, err := strconv.Atoi(portStr)
		if err != nil {
			return fmt.Errorf("%w: --l1.addr port %q", ErrConfig, portStr)
		}
		if port == 0 { // the node needs a fixed port: pick a free one
			l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
			if err != nil {
				return fmt.Errorf("devnet: find a free port for the L1: %w", err)
			}
			port = l.Addr().(*net.TCPAddr).Port
			_ = l.Close()
		}
		alloc := types.GenesisAlloc{}
		balance := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
		for i := range d.keys {
			alloc[d.addr(i)] = types.Account{Balance: balance}
		}
		d.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), func(n *node.Config, e *ethconfig.Config) {
			n.HTTPHost, n.HTTPPort = host, port
			n.HTTPModules = []string{"eth", "net", "web3"}
			n.HTTPVirtualHosts = []string{"*"}
			e.Miner.Recommit = 10 * time.Millisecond
		})
		url = fmt.Sprintf("http://%s", net.JoinHostPort(host, strconv.Itoa(port)))
		cctx, cancel := context.WithCancel(context.Background())
		d.cancel = cancel
		d.wg.Add(1)
		go func() { // block production
			defer d.wg.Done()
			t := time.NewTicker(d.cfg.BlockTime)
			defer t.Stop()
			for {
				select {
				case <-cctx.Done():
					return
				case <-t.C:
					d.sim.Commit()
				}
			}
		}()
		d.log.Info("embedded L1 serving JSON-RPC", "url", url, "blockTime", d.cfg.BlockTime)
	}
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("devnet: dial the L1 %s: %w", url, err)
	}
	d.l1 = c
	chain, err := c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("devnet: read the L1 chain id at %s: %w", url, err)
	}
	d.Info.L1RPC, d.Info.ChainID = url, chain.Uint64()
	return nil
}

func (d *Devnet) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	r, err := bind.WaitMined(wctx, d.l1, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("devnet: transaction %s reverted", tx.Hash())
	}
	return r, nil
}

// send sends a transaction from account i and waits for it.
func (d *Devnet) send(ctx context.Context, i int, to common.Address, data []byte, value *big.Int) error {
	chain := new(big.Int).SetUint64(d.Info.ChainID)
	opts := bind.NewKeyedTransactor(d.keys[i], chain)
	opts.Context, opts.Value = ctx, value
	tx, err := bind.NewBoundContract(to, abi.ABI{}, d.l1, d.l1, d.l1).RawTransact(opts, data)
	if err != nil {
		return err
	}
	_, err = d.wait(ctx, tx)
	return err
}

func (d *Devnet) initContracts(ctx context.Context) error {
	head, err := d.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("devnet: read the L1 head: %w", err)
	}
	d.Info.StartBlock = head
	rc := deploy.DevnetRollup()
	rc.ChallengeWindow = uint64(d.cfg.ChallengeWindow / time.Second)
	rc.FinalityDelay = uint64(d.cfg.FinalityDelay / time.Second)
	rc.DataWindow = max(rc.ChallengeWindow, 1)
	rc.MinFee = big.NewInt(MinFee)
	opts := bind.NewKeyedTransactor(d.keys[Deployer], new(big.Int).SetUint64(d.Info.ChainID))
	opts.Context = ctx
	game := deploy.DevnetGame(10, 24)
	game.MaxClockDuration = uint64(d.cfg.gameClock() / time.Second)
	game.ClockExtension = game.MaxClockDuration / 8
	addrs, err := deploy.Deploy(ctx, d.l1, opts, d.wait, deploy.Config{Sequencer: d.addr(Sequencer), InclusionWindow: 1000,
		Game: game, Rollup: rc, VM: deploy.Transformer})
	if err != nil {
		return fmt.Errorf("devnet: deploy the contracts: %w", err)
	}
	d.Info.Contracts = addrs
	d.log.Info("contracts deployed", "rollup", addrs.Rollup, "inbox", addrs.JobInbox, "challengeWindow", d.cfg.ChallengeWindow,
		"gameClock", d.cfg.gameClock())

	// The model, named by its root in the model directory, and registered.
	modelDir := filepath.Join(d.cfg.Dir, "models")
	if err := os.MkdirAll(modelDir, 0o755); err != nil {
		return err
	}
	src := d.cfg.ModelFile
	if src == "" {
		src = filepath.Join(d.cfg.Dir, "tiny.gguf")
		if _, err := os.Stat(src); err != nil {
			if err := llama.Generate(src, modelgen.Tiny); err != nil {
				return fmt.Errorf("devnet: generate the model: %w", err)
			}
		}
	}
	l, err := llama.Load(src)
	if err != nil {
		return fmt.Errorf("devnet: --model: %w", err)
	}
	defer l.Close()
	tree, err := vm.NewModelTree(l.Model)
	if err != nil {
		return err
	}
	root := tree.Root()
	dst := filepath.Join(modelDir, hex.EncodeToString(root[:])+".gguf")
	if _, err := os.Stat(dst); err != nil {
		b, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return err
		}
	}
	cfg, metaProof, err := fraud.Registration(l.Model, tree)
	if err != nil {
		return err
	}
	reg := bindings.NewModelRegistry()
	if err := d.send(ctx, User, addrs.ModelRegistry, reg.PackRegister(root, cfg, metaProof, "file://"+dst), nil); err != nil {
		return fmt.Errorf("devnet: register the model: %w", err)
	}
	d.Info.Model = ModelInfo{ID: 1, Root: common.Hash(root), File: dst}
	ether := big.NewInt(params.Ether)
	if err := d.send(ctx, Sequencer, addrs.Rollup, bindings.NewRollup().PackStake(), new(big.Int).Mul(big.NewInt(100), ether)); err != nil {
		return fmt.Errorf("devnet: stake the sequencer: %w", err)
	}
	if err := d.send(ctx, User, addrs.JobInbox, bindings.NewJobInbox().PackDeposit(), new(big.Int).Mul(big.NewInt(10), ether)); err != nil {
		return fmt.Errorf("devnet: deposit the user's L2 balance: %w", err)
	}
	d.log.Info("model registered", "root", common.Hash(root), "file", dst)
	return nil
}

func (d *Devnet) initSequencer(ctx context.Context) error {
	tc := txmgr.NewCLIConfig(d.Info.L1RPC, txmgr.DefaultBatcherFlagValues)
	tc.PrivateKey = hex.EncodeToString(crypto.FromECDSA(d.keys[Sequencer]))
	tc.NumConfirmations = 1
	tc.ReceiptQueryInterval = max(d.cfg.BlockTime/2, 50*time.Millisecond)
	cfg := sequencer.Config{L1RPC: d.Info.L1RPC, Inbox: d.Info.Contracts.JobInbox, StartBlock: d.Info.StartBlock,
		Confirmations: 1, PollInterval: max(d.cfg.BlockTime/2, 100*time.Millisecond), DataDir: filepath.Join(d.cfg.Dir, "sequencer"),
		RPCAddr: d.cfg.RPCAddr, Models: []sequencer.Model{{ID: d.Info.Model.ID, Root: d.Info.Model.Root}},
		ModelDir: filepath.Dir(d.Info.Model.File), // the explorer decodes prompts and outputs with its tokenizer
		MaxDelay: d.cfg.MaxDelay, DA: d.cfg.DA, TxMgr: tc, ExpiryMargin: time.Minute}
	s, err := sequencer.NewService(ctx, cfg, d.log.New("service", "sequencer"), sequencer.NewPromMetrics())
	if err != nil {
		return err
	}
	d.seq = s
	if err := s.Start(ctx); err != nil {
		return err
	}
	d.Info.SequencerRPC = "http://" + s.RPCAddr().String()
	d.Info.Explorer = s.ExplorerURL()
	return nil
}

func (d *Devnet) initWorkers(ctx context.Context) error {
	for i := range d.cfg.Workers {
		id, rate := fmt.Sprintf("worker-%d", i+1), 0.0
		if i >= d.cfg.Workers-d.cfg.FaultyWorkers {
			id, rate = fmt.Sprintf("%s%d", FaultyWorkerPrefix, i+1), d.cfg.FaultRate
		}
		w, err := worker.NewService(ctx, worker.ServiceConfig{SequencerURL: d.Info.SequencerRPC, WorkerID: id,
			ModelDir: filepath.Dir(d.Info.Model.File), Concurrency: 1, PollInterval: 100 * time.Millisecond, FaultRate: rate},
			d.log.New("service", id), nil)
		if err != nil {
			return err
		}
		if err := w.Start(ctx); err != nil {
			return err
		}
		d.work = append(d.work, w)
		d.Info.Workers = append(d.Info.Workers, id)
	}
	return nil
}

// initChallenger starts a challenger (its own funded key) that re-executes
// every proposed record and disputes the wrong ones.
func (d *Devnet) initChallenger(ctx context.Context) error {
	if !d.cfg.Challenger {
		return nil
	}
	tc := txmgr.NewCLIConfig(d.Info.L1RPC, txmgr.DefaultChallengerFlagValues)
	tc.PrivateKey = hex.EncodeToString(crypto.FromECDSA(d.keys[Challenger]))
	tc.NumConfirmations = 1
	tc.ReceiptQueryInterval = max(d.cfg.BlockTime/2, 50*time.Millisecond)
	c, err := challenger.NewService(ctx, challenger.Config{L1RPC: d.Info.L1RPC, Rollup: d.Info.Contracts.Rollup,
		StartBlock: d.Info.StartBlock, Confirmations: 1, PollInterval: max(d.cfg.BlockTime/2, 100*time.Millisecond),
		DataDir: filepath.Join(d.cfg.Dir, "challenger"), ModelDir: filepath.Dir(d.Info.Model.File),
		SequencerRPC: d.Info.SequencerRPC, TxMgr: tc}, d.log.New("service", "challenger"), nil)
	if err != nil {
		return fmt.Errorf("devnet: start the challenger: %w", err)
	}
	d.ch = c
	return c.Start(ctx)
}

func (d *Devnet) writeInfo(context.Context) error {
	d.Info.Accounts = map[string]string{"deployer": d.addr(Deployer).Hex(), "sequencer": d.addr(Sequencer).Hex(),
		"user": d.addr(User).Hex(), "challenger": d.addr(Challenger).Hex()}
	d.Info.UserKey = hex.EncodeToString(crypto.FromECDSA(d.keys[User]))
	d.Info.Description = "airollup devnet: local chain, development keys only"
	b, err := json.MarshalIndent(d.Info, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(d.cfg.Dir, "devnet.json")
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("devnet: write %s: %w", path, err)
	}
	d.log.Info("devnet ready", "file", path, "l1", d.Info.L1RPC, "sequencer", d.Info.SequencerRPC, "explorer", d.Info.Explorer,
		"workers", len(d.work))
	return nil
}

// Stop stops the workers, the sequencer and the L1, collecting every error.
func (d *Devnet) Stop(ctx context.Context) error {
	var errs []error
	if d.ch != nil {
		if err := d.ch.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop the challenger: %w", err))
		}
	}
	for _, w := range d.work {
		if err := w.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop a worker: %w", err))
		}
	}
	if d.seq != nil {
		if err := d.seq.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop the sequencer: %w", err))
		}
	}
	if d.cancel != nil {
		d.cancel()
	}
	d.wg.Wait()
	if d.l1 != nil {
		d.l1.Close()
	}
	if d.sim != nil {
		if err := d.sim.Close(); err != nil {
			errs = append(errs, fmt.Errorf("stop the L1: %w", err))
		}
	}
	return errors.Join(errs...)
}
