package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/bindings/alphabet"
	"github.com/airollup/airollup/bindings/trainingvm"
)

// ErrConfig is returned for deployment parameters the contracts would refuse.
var ErrConfig = errors.New("deploy: invalid config")

// VM selects the dispute game's VM.
type VM int

const (
	// Transformer is TransformerVM over OneStepVerifier: the real game.
	Transformer VM = iota
	// Alphabet is the toy AlphabetVM, for tests of the game logic alone.
	Alphabet
)

// Config is what a deployment needs. Game and Rollup take the values the
// contracts document (docs/game.md, "Parameters").
type Config struct {
	Sequencer       common.Address
	Guardian        common.Address // may pause proposals and blacklist games; zero for none (the devnet's default)
	InclusionWindow uint64         // L1 blocks a job may wait for inclusion
	DeliveryWindow  uint64         // seconds a deliverable record's job may wait for delivery; 0: DefaultDeliveryWindow
	WithdrawalDelay uint64         // seconds between asking to withdraw an L2 balance and withdrawing; 0: see withdrawalDelay
	Game            bindings.IDisputeGameGameConfig
	// TrainingGame is the game of training records (TrainingVM's); its
	// depths must pass the factory's checks (split depth ≥ 33, level-2 depth
	// ≥ 44). Zero MaxDepth: DevnetTrainingGame() with Game's clocks and bonds.
	TrainingGame bindings.IDisputeGameGameConfig
	// Training deploys TrainingVM and gives the factory the training game,
	// so that JobInbox accepts training jobs. Off by default: training
	// records are not yet voidable for every job the game cannot set up
	// (docs/training-game.md, "Open"), so a deployment without it keeps every
	// training job refused and every training record voidable.
	Training bool
	Rollup   bindings.IRollupRollupConfig
	VM       VM
}

// DefaultDeliveryWindow is the delivery window when Config leaves it 0: a
// day from when a record becomes deliverable (its window and the finality
// delay passed, or its dispute settled) until its job is refundable as
// overdue, a fault of the sequencer.
const DefaultDeliveryWindow = 86400

func (c *Config) deliveryWindow() uint64 {
	if c.DeliveryWindow != 0 {
		return c.DeliveryWindow
	}
	return DefaultDeliveryWindow
}

// DefaultWithdrawalMargin is how much longer than the Rollup requires (its
// challenge window, two data windows and its finality delay) the L2-balance
// withdrawal delay is when Config leaves it 0: the time a sequencer may hold
// an accepted request before proposing it (docs/protocol.md, "L2 jobs").
const DefaultWithdrawalMargin = 86400

func (c *Config) withdrawalDelay() uint64 {
	if c.WithdrawalDelay != 0 {
		return c.WithdrawalDelay
	}
	r := c.Rollup
	return r.ChallengeWindow + 2*r.DataWindow + r.FinalityDelay + DefaultWithdrawalMargin
}

// Check reports the first invalid field.
func (c *Config) Check() error {
	switch {
	case c.Sequencer == (common.Address{}):
		return fmt.Errorf("%w: sequencer is zero", ErrConfig)
	case c.InclusionWindow == 0:
		return fmt.Errorf("%w: inclusion window is zero", ErrConfig)
	case c.Rollup.ChallengeWindow == 0:
		return fmt.Errorf("%w: challenge window is zero", ErrConfig)
	case c.Rollup.BondPerRecord == nil || c.Rollup.InclusionPenalty == nil || c.Rollup.DataChallengeBond == nil:
		return fmt.Errorf("%w: rollup bonds unset", ErrConfig)
	case c.Rollup.DataWindow == 0:
		return fmt.Errorf("%w: data window is zero", ErrConfig)
	case c.Game.BaseBond == nil:
		return fmt.Errorf("%w: game base bond unset", ErrConfig)
	case int(c.Game.SplitDepth)+2 > int(c.Game.MaxDepth):
		return fmt.Errorf("%w: split depth %d needs max depth ≥ %d", ErrConfig, c.Game.SplitDepth, c.Game.SplitDepth+2)
	}
	tg := c.trainingGame()
	switch {
	case !c.Training:
	case tg.BaseBond == nil:
		return fmt.Errorf("%w: training game base bond unset", ErrConfig)
	case tg.SplitDepth < TrainingMinSplitDepth:
		return fmt.Errorf("%w: training split depth %d must be ≥ %d", ErrConfig, tg.SplitDepth, TrainingMinSplitDepth)
	case int(tg.MaxDepth) < int(tg.SplitDepth)+1+TrainingMinLevel2Depth:
		return fmt.Errorf("%w: training max depth %d must be ≥ split depth %d + 1 + %d", ErrConfig, tg.MaxDepth, tg.SplitDepth, TrainingMinLevel2Depth)
	}
	return nil
}

// TrainingMinSplitDepth and TrainingMinLevel2Depth are the least depths the
// DisputeGameFactory accepts for training games
// (TRAINING_MIN_SPLIT_DEPTH, TRAINING_MIN_LEVEL2_DEPTH).
const (
	TrainingMinSplitDepth  = 33
	TrainingMinLevel2Depth = 44
)

// trainingGame is TrainingGame, or DevnetTrainingGame(Game) when unset.
func (c *Config) trainingGame() bindings.IDisputeGameGameConfig {
	if c.TrainingGame.MaxDepth != 0 {
		return c.TrainingGame
	}
	return DevnetTrainingGame(c.Game)
}

// DevnetTrainingGame returns the least training-game depths the factory
// accepts (split depth 33, max depth 78) with g's clocks and bonds. A game
// of max depth 78 lasts up to MaxClockDuration per side (moves at most 78
// deep, each side's clock bounded), and its bond at depth d is
// BaseBond·(1 + BondGrowthBps/10⁴)^d: with DevnetGame's 1e15 wei and 10%,
// about 1.7 ETH at depth 78 (docs/operators.md, "Training games").
func DevnetTrainingGame(g bindings.IDisputeGameGameConfig) bindings.IDisputeGameGameConfig {
	g.SplitDepth, g.MaxDepth = TrainingMinSplitDepth, TrainingMinSplitDepth+1+TrainingMinLevel2Depth
	return g
}

// Addresses are the deployed contracts.
type Addresses struct {
	ModelRegistry    common.Address
	OneStepAttention common.Address
	OneStepHead      common.Address
	OneStepVerifier  common.Address
	TransformerVM    common.Address // the registry's model checker (and the game's VM unless VM is Alphabet)
	VM               common.Address // the game's VM
	TrainingVM       common.Address // the VM of training records' games (with its verifiers, TrainStepVerifier and TrainIOVerifier)
	DatasetRegistry  common.Address
	JobInbox         common.Address
	Factory          common.Address
	Rollup           common.Address
}

// Waiter waits until tx is mined and returns its receipt; on a simulated L1
// it also commits the block.
type Waiter func(ctx context.Context, tx *types.Transaction) (*types.Receipt, error)

// Deploy deploys every contract from opts.From, in a fixed order so that the
// rollup's address is known before the contracts that name it.
func Deploy(ctx context.Context, backend bind.ContractBackend, opts *bind.TransactOpts, wait Waiter, cfg Config) (*Addresses, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Rollup.MinFee == nil {
		cfg.Rollup.MinFee = new(big.Int)
	}
	nonce, err := backend.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, fmt.Errorf("deploy: nonce of %s: %w", opts.From, err)
	}
	// Nonces: 0 attention, 1 head, 2 verifier, 3 TransformerVM (the game's VM,
	// and always the registry's model checker), [4 AlphabetVM], then the
	// registry, inbox, datasets, the training step program, forward,
	// backward, update and verifier, the import and IO verifiers, TrainingVM,
	// the factory and the rollup (the eight training contracts only with
	// cfg.Training).
	count := uint64(9)
	if cfg.Training {
		count += 8
	}
	if cfg.VM == Alphabet {
		count++
	}
	rollup := crypto.CreateAddress(opts.From, nonce+count-1)
	a := &Addresses{}
	deploy := func(name string, md *bind.MetaData, args []byte) (common.Address, error) {
		o := *opts
		o.Context = ctx
		addr, tx, err := bind.DeployContract(&o, common.FromHex(md.Bin), backend, args)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy: %s: %w", name, err)
		}
		r, err := wait(ctx, tx)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy: %s: %w", name, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return common.Address{}, fmt.Errorf("deploy: %s: creation reverted (gas used %d)", name, r.GasUsed)
		}
		return addr, nil
	}
	if a.OneStepAttention, err = deploy("OneStepAttention", &bindings.OneStepAttentionMetaData, nil); err != nil {
		return nil, err
	}
	if a.OneStepHead, err = deploy("OneStepHead", &bindings.OneStepHeadMetaData, nil); err != nil {
		return nil, err
	}
	osv := bindings.NewOneStepVerifier()
	if a.OneStepVerifier, err = deploy("OneStepVerifier", &bindings.OneStepVerifierMetaData, osv.PackConstructor(a.OneStepAttention, a.OneStepHead)); err != nil {
		return nil, err
	}
	if a.TransformerVM, err = deploy("TransformerVM", &bindings.TransformerVMMetaData, bindings.NewTransformerVM().PackConstructor(a.OneStepVerifier)); err != nil {
		return nil, err
	}
	a.VM = a.TransformerVM
	if cfg.VM == Alphabet {
		if a.VM, err = deploy("AlphabetVM", &alphabet.AlphabetVMMetaData, nil); err != nil {
			return nil, err
		}
	}
	registry := bindings.NewModelRegistry().PackConstructor(a.TransformerVM, cfg.Game.SplitDepth, cfg.Game.MaxDepth)
	if a.ModelRegistry, err = deploy("ModelRegistry", &bindings.ModelRegistryMetaData, registry); err != nil {
		return nil, err
	}
	inbox := bindings.NewJobInbox().PackConstructor(rollup, a.ModelRegistry, cfg.InclusionWindow, cfg.deliveryWindow(), cfg.withdrawalDelay())
	if a.JobInbox, err = deploy("JobInbox", &bindings.JobInboxMetaData, inbox); err != nil {
		return nil, err
	}
	// The inbox records a training job's lineage when the rollup delivers it.
	if a.DatasetRegistry, err = deploy("DatasetRegistry", &bindings.DatasetRegistryMetaData, bindings.NewDatasetRegistry().PackConstructor(a.JobInbox)); err != nil {
		return nil, err
	}
	var trainingGame bindings.IDisputeGameGameConfig
	if cfg.Training {
		if a.TrainingVM, err = deployTraining(deploy, a); err != nil {
			return nil, err
		}
		trainingGame = cfg.trainingGame()
	} else {
		trainingGame.BaseBond = new(big.Int) // a zero training VM takes a zero configuration
	}
	fac := bindings.NewDisputeGameFactory().PackConstructor(rollup, a.VM, cfg.Game, a.TrainingVM, trainingGame)
	if a.Factory, err = deploy("DisputeGameFactory", &bindings.DisputeGameFactoryMetaData, fac); err != nil {
		return nil, err
	}
	a.Rollup, err = deploy("Rollup", &bindings.RollupMetaData,
		bindings.NewRollup().PackConstructor(cfg.Sequencer, cfg.Guardian, a.JobInbox, a.Factory, a.DatasetRegistry, a.ModelRegistry, cfg.Rollup))
	if err != nil {
		return nil, err
	}
	if a.Rollup != rollup {
		return nil, fmt.Errorf("deploy: rollup landed at %s, not the predicted %s (was another transaction sent from %s meanwhile?)", a.Rollup, rollup, opts.From)
	}
	return a, nil
}

// deployTraining deploys TrainingVM over its verifiers (the step verifier's
// program and three parts, the import verifier and the IO verifier), naming
// the inbox and registry of a (its pretraining reference models).
func deployTraining(deploy func(string, *bind.MetaData, []byte) (common.Address, error), a *Addresses) (common.Address, error) {
	var parts [4]common.Address
	for i, p := range []struct {
		name string
		md   *bind.MetaData
	}{{"TrainStepProgram", &bindings.TrainStepProgramMetaData}, {"TrainStepForward", &bindings.TrainStepForwardMetaData},
		{"TrainStepBackward", &bindings.TrainStepBackwardMetaData}, {"TrainStepUpdate", &bindings.TrainStepUpdateMetaData}} {
		addr, err := deploy(p.name, p.md, nil)
		if err != nil {
			return common.Address{}, err
		}
		parts[i] = addr
	}
	step, err := deploy("TrainStepVerifier", &bindings.TrainStepVerifierMetaData, bindings.NewTrainStepVerifier().PackConstructor(parts[0], parts[1], parts[2], parts[3]))
	if err != nil {
		return common.Address{}, err
	}
	imp, err := deploy("TrainImportVerifier", &bindings.TrainImportVerifierMetaData, nil)
	if err != nil {
		return common.Address{}, err
	}
	io, err := deploy("TrainIOVerifier", &bindings.TrainIOVerifierMetaData, bindings.NewTrainIOVerifier().PackConstructor(imp))
	if err != nil {
		return common.Address{}, err
	}
	return deploy("TrainingVM", &trainingvm.TrainingVMMetaData, trainingvm.NewTrainingVM().PackConstructor(step, io, a.JobInbox, a.ModelRegistry))
}

// DevnetRollup returns small rollup parameters for tests and the devnet: a
// one-hour window, minute-scale delays and bonds of 1 ETH per record.
func DevnetRollup() bindings.IRollupRollupConfig {
	return bindings.IRollupRollupConfig{
		ChallengeWindow: 3600, FinalityDelay: 60, BondPerRecord: big.NewInt(1e18), InclusionPenalty: big.NewInt(1e17),
		MinFee: new(big.Int), DataWindow: 600, DataChallengeBond: big.NewInt(1e16),
	}
}

// DevnetGame returns small game parameters for tests and the devnet: depths
// for up to 2^split level-1 states and 2^(max−split−1) micro-steps per
// transition, minute-scale clocks and small bonds. Its bond claim delay is 0:
// bonds can be claimed as soon as the game is resolved (mainnet-scale
// deployments wait 3.5 days, docs/game.md), so tests need not advance time to
// collect them.
func DevnetGame(split, max uint8) bindings.IDisputeGameGameConfig {
	return bindings.IDisputeGameGameConfig{
		MaxDepth: max, SplitDepth: split, MaxClockDuration: 3600, ClockExtension: 300,
		BaseBond: big.NewInt(1e15), BondGrowthBps: 1000, BondClaimDelay: 0,
	}
}
