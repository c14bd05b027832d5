package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/internal/trainjob"
	"github.com/airollup/airollup/prover/train"
)

// errJobTrain is returned for a training job that cannot be submitted.
var errJobTrain = errors.New("job train")

// jobTrainCommand is `airollup job train`: a fine-tuning or pretraining job
// submitted to the JobInbox on L1 (training jobs are L1 jobs only).
func jobTrainCommand() *cli.Command {
	env := func(name string) []string { return envs("job_train", name) }
	intFlag := func(name string, value int, usage string) *cli.IntFlag {
		return &cli.IntFlag{Name: name, Value: value, Usage: usage, EnvVars: env(name)}
	}
	var txFlags []cli.Flag
	for _, f := range txmgr.CLIFlags(EnvPrefix + "_JOB_TRAIN") {
		if !slices.Contains(f.Names(), txmgr.L1RPCFlagName) {
			txFlags = append(txFlags, f)
		}
	}
	return &cli.Command{
		Name:      "train",
		Usage:     "Submit a fine-tuning or pretraining job to the JobInbox on L1; prints the job id",
		ArgsUsage: " ",
		Description: "A training job names a dataset published in the rollup's DatasetRegistry and runs --steps steps of the integer " +
			"trainer on it, from the base model --model (fine-tune) or from a seeded init (pretrain, --init-seed) of the dimensions " +
			"of the registered reference model --model, whose root is the run's RoPE source and whose tokenizer and EOS the new " +
			"model carries (docs/training-game.md, \"RoPE source\"); --model-file is that model's canonical GGUF. Its input is the training configuration (docs/protocol.md, \"Training " +
			"jobs\"), checked here as the inbox checks it; its max fee is escrowed. The transaction goes through op-service's txmgr " +
			"(--private-key and the other transaction-manager flags, AIROLLUP_JOB_TRAIN_ env twins). Once the record is final, the " +
			"new model's lineage is on L1: `airollup model lineage ROOT`.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "l1-rpc", Usage: "L1 JSON-RPC endpoint", EnvVars: env("l1-rpc")},
			&cli.StringFlag{Name: "inbox", Usage: "address of the JobInbox contract", EnvVars: env("inbox")},
			&cli.StringFlag{Name: "kind", Usage: "finetune or pretrain", EnvVars: env("kind")},
			&cli.Uint64Flag{Name: "dataset", Usage: "DatasetRegistry id of the dataset to train on", EnvVars: env("dataset")},
			&cli.Uint64Flag{Name: "model", Usage: "ModelRegistry id of the base model (fine-tune) or of the reference model (pretrain)", EnvVars: env("model")},
			&cli.StringFlag{Name: "model-file", Usage: "the --model's canonical GGUF (the run's dimensions)", EnvVars: env("model-file")},
			&cli.Uint64Flag{Name: "steps", Usage: "training steps N (1 to 2^splitDepth - 3)", EnvVars: env("steps")},
			&cli.StringFlag{Name: "max-fee", Usage: "max fee in wei, escrowed by the inbox", EnvVars: env("max-fee")},
			&cli.Uint64Flag{Name: "init-seed", Value: 1, Usage: "the model seed of the configuration (pretraining's init)", EnvVars: env("init-seed")},
			intFlag("batch", 4, "sequences per step"),
			intFlag("seq-len", 64, "tokens predicted per sequence (batch × seq-len at most the context)"),
			&cli.StringFlag{Name: "optimizer", Value: "adam", Usage: "adam or sgd", EnvVars: env("optimizer")},
			intFlag("lr-micro", 1000, "learning rate × 10^6"),
			intFlag("lr-final-micro", 0, "decay the learning rate linearly to this (× 10^6) from --lr-decay-from to --steps (0: a constant rate)"),
			intFlag("lr-decay-from", 0, "first step of the learning-rate decay (with --lr-final-micro)"),
			intFlag("lora-rank", 0, "fine-tune: rank-r LoRA adapters only, base frozen (0: every weight)"),
			&cli.StringFlag{Name: "lora-targets", Value: "q,v", Usage: "projections that get adapters: q, k, v, o, gate, up, down or all", EnvVars: env("lora-targets")},
			intFlag("lora-scale-milli", 2000, "the adapters' scale α/r × 1000"),
			&cli.Uint64Flag{Name: "lora-seed", Value: 1, Usage: "seed of the adapters' A factors", EnvVars: env("lora-seed")},
			memoryBudgetFlag("job_train"),
		}, txFlags...),
		Action: jobTrain,
	}
}

// trainConfig builds a training job's kind, base model id and
// configuration from the flags, checked as JobInbox checks it (but the
// steps, which need the game's split depth).
func trainConfig(ctx *cli.Context) (uint8, uint64, trainjob.Config, error) {
	var c trainjob.Config
	kind, model := record.KindFineTune, ctx.Uint64("model")
	switch ctx.String("kind") {
	case "finetune":
	case "pretrain":
		kind = record.KindPretrain
		if ctx.Int("lora-rank") != 0 {
			return 0, 0, c, fmt.Errorf("%w: --kind pretrain is a full run from a seeded init: no --lora-rank", errJobTrain)
		}
	default:
		return 0, 0, c, fmt.Errorf("%w: --kind %q must be finetune or pretrain", errJobTrain, ctx.String("kind"))
	}
	if model == 0 || ctx.String("model-file") == "" {
		return 0, 0, c, fmt.Errorf("%w: --kind %s needs the model's id --model and its GGUF --model-file (fine-tune: the base; "+
			"pretrain: the reference model, whose dimensions, RoPE rows, tokenizer and EOS the run takes)", errJobTrain, ctx.String("kind"))
	}
	l, err := loadModel(ctx, ctx.String("model-file"))
	if err != nil {
		return 0, 0, c, fmt.Errorf("%w: --model-file: %w", errJobTrain, err)
	}
	defer l.Close()
	m, err := train.FromCanonical(l.Model, ctx.Uint64("init-seed"))
	if err != nil {
		return 0, 0, c, fmt.Errorf("%w: --model-file: %w", errJobTrain, err)
	}
	c.Spec = m.Spec
	base := &trainjob.Base{Vocab: l.Model.Config.Vocab, Context: l.Model.Config.Context}
	if r := ctx.Int("lora-rank"); r > 0 {
		targets, err := train.ParseLoRATargets(ctx.String("lora-targets"))
		if err != nil {
			return 0, 0, c, fmt.Errorf("%w: --lora-targets: %w", errJobTrain, err)
		}
		c.LoRA = &train.LoRA{Rank: r, Scale: (int64(ctx.Int("lora-scale-milli"))<<train.HFrac + 500) / 1000, Targets: targets, Seed: ctx.Uint64("lora-seed")}
	}
	for _, n := range []string{"batch", "seq-len", "lr-micro", "lr-final-micro", "lr-decay-from", "lora-rank", "lora-scale-milli"} {
		if v := ctx.Int(n); v < 0 || v > 1<<31-1 {
			return 0, 0, c, fmt.Errorf("%w: --%s %d must be 0..2^31-1", errJobTrain, n, v)
		}
	}
	c.Hyper = train.DefaultAdam(ctx.Int("batch"), ctx.Int("seq-len"))
	switch ctx.String("optimizer") {
	case "adam":
	case "sgd":
		c.Hyper.Optimizer = train.SGD
	default:
		return 0, 0, c, fmt.Errorf("%w: unknown --optimizer %q (adam, sgd)", errJobTrain, ctx.String("optimizer"))
	}
	c.Hyper.LR = (int64(ctx.Int("lr-micro"))<<train.HFrac + 500_000) / 1_000_000
	if final := ctx.Int("lr-final-micro"); final > 0 {
		from, steps := uint64(ctx.Int("lr-decay-from")), ctx.Uint64("steps")
		if from >= steps {
			return 0, 0, c, fmt.Errorf("%w: --lr-decay-from %d must be below --steps %d", errJobTrain, from, steps)
		}
		c.Hyper.LRFinal = (int64(final)<<train.HFrac + 500_000) / 1_000_000
		c.Hyper.DecayFrom, c.Hyper.DecaySteps = from, steps-from
	}
	if err := c.Check(kind, base); err != nil {
		return 0, 0, c, fmt.Errorf("%w: %w", errJobTrain, err)
	}
	return kind, model, c, nil
}

// checkSteps checks --steps against the split depth of the inbox's model
// registry (the game's), as the inbox will.
func checkSteps(ctx *cli.Context, inbox common.Address, steps uint64) error {
	c, err := ethclient.DialContext(ctx.Context, ctx.String("l1-rpc"))
	if err != nil {
		return fmt.Errorf("%w: --l1-rpc: %w", errJobTrain, err)
	}
	defer c.Close()
	ib, mb := bindings.NewJobInbox(), bindings.NewModelRegistry()
	reg, err := call(ctx.Context, c, inbox, ib.PackModels(), ib.UnpackModels)
	if err != nil {
		return fmt.Errorf("%w: reading the inbox's models(): %w", errJobTrain, err)
	}
	split, err := call(ctx.Context, c, reg, mb.PackSplitDepth(), mb.UnpackSplitDepth)
	if err != nil {
		return fmt.Errorf("%w: reading the registry's splitDepth(): %w", errJobTrain, err)
	}
	if err := trainjob.CheckSteps(uint32(steps), split); err != nil {
		return fmt.Errorf("%w: --steps: %w", errJobTrain, err)
	}
	return nil
}

func jobTrain(ctx *cli.Context) error {
	kind, model, cfg, err := trainConfig(ctx)
	if err != nil {
		return err
	}
	steps := ctx.Uint64("steps")
	if steps == 0 || steps > 1<<32-1 {
		return fmt.Errorf("%w: --steps %d must be 1..2^32-1", errJobTrain, steps)
	}
	if ctx.Uint64("dataset") == 0 {
		return fmt.Errorf("%w: --dataset (a DatasetRegistry id) is required", errJobTrain)
	}
	fee, ok := new(big.Int).SetString(ctx.String("max-fee"), 10)
	if !ok || fee.Sign() <= 0 {
		return fmt.Errorf("%w: --max-fee %q is not a positive number of wei", errJobTrain, ctx.String("max-fee"))
	}
	if !common.IsHexAddress(ctx.String("inbox")) || ctx.String("l1-rpc") == "" {
		return fmt.Errorf("%w: give --l1-rpc and the JobInbox address --inbox", errJobTrain)
	}
	inbox := common.HexToAddress(ctx.String("inbox"))
	if err := checkSteps(ctx, inbox, steps); err != nil {
		return err
	}
	tc := txmgr.ReadCLIConfig(ctx)
	tc.L1RPCURL = ctx.String("l1-rpc")
	m, err := txmgr.NewSimpleTxManager("job-train", logger(ctx).New("module", "txmgr"), &txmetrics.NoopTxMetrics{}, tc)
	if err != nil {
		return fmt.Errorf("%w: start the transaction manager: %w", errJobTrain, err)
	}
	defer m.Close()
	ib := bindings.NewJobInbox()
	data := ib.PackSubmit(kind, model, cfg.Input(), ctx.Uint64("dataset"), bindings.IJobInboxParams{MaxTokens: uint32(steps)}, common.Address{}, 0)
	sctx, cancel := context.WithTimeout(ctx.Context, 5*time.Minute)
	defer cancel()
	rcpt, err := m.Send(sctx, txmgr.TxCandidate{TxData: data, To: &inbox, Value: fee})
	if err != nil {
		return fmt.Errorf("%w: submit: %w", errJobTrain, err)
	}
	if rcpt.Status != 1 {
		return fmt.Errorf("%w: transaction %s reverted (the inbox refused the job: check the dataset, the base model and --steps)", errJobTrain, rcpt.TxHash)
	}
	for _, lg := range rcpt.Logs {
		if ev, err := ib.UnpackJobSubmittedEvent(lg); err == nil {
			fmt.Fprintf(ctx.App.Writer, "l1:%s\n", ev.JobId)
			fmt.Fprintf(ctx.App.ErrWriter, "submitted in block %d (tx %s): %d steps on dataset %d, configuration hash %s, max fee %s wei\n",
				rcpt.BlockNumber, rcpt.TxHash, steps, ctx.Uint64("dataset"), hexHash(cfg.Hash()), fee)
			return nil
		}
	}
	return fmt.Errorf("%w: no JobSubmitted event in transaction %s", errJobTrain, rcpt.TxHash)
}
