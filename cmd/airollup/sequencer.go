package main

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/airollup/airollup/sequencer"
	"github.com/airollup/airollup/sequencer/explorer"
)

// stopTimeout bounds a service's clean stop after a signal.
const stopTimeout = 30 * time.Second

// runService starts svc, waits for the command's context to end (SIGINT,
// SIGTERM) and stops it.
func runService(ctx *cli.Context, name string, svc cliapp.Lifecycle) error {
	if err := svc.Start(ctx.Context); err != nil {
		sctx, cancel := context.WithTimeout(context.Background(), stopTimeout)
		defer cancel()
		return fmt.Errorf("%s: start: %w", name, joinErr(err, svc.Stop(sctx)))
	}
	<-ctx.Context.Done()
	sctx, cancel := context.WithTimeout(context.Background(), stopTimeout)
	defer cancel()
	if err := svc.Stop(sctx); err != nil {
		return fmt.Errorf("%s: stop: %w", name, err)
	}
	return nil
}

// commandErr prefixes err with the command's name unless its message starts
// with it already (the services' sentinel errors do).
func commandErr(name string, err error) error {
	if strings.HasPrefix(err.Error(), name+":") {
		return err
	}
	return fmt.Errorf("%s: %w", name, err)
}

func joinErr(a, b error) error {
	if b == nil {
		return a
	}
	return fmt.Errorf("%w (and stopping: %v)", a, b)
}

// parseModel parses a --model value: ID=ROOT or ID=ROOT@URL.
func parseModel(s string) (sequencer.Model, error) {
	id, rest, ok := strings.Cut(s, "=")
	if !ok {
		return sequencer.Model{}, fmt.Errorf("--model %q: want ID=ROOT or ID=ROOT@URL", s)
	}
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return sequencer.Model{}, fmt.Errorf("--model %q: id %q is not a decimal uint64", s, id)
	}
	root, url, _ := strings.Cut(rest, "@")
	b := common.FromHex(root)
	if len(b) != 32 || !strings.HasPrefix(root, "0x") && len(root) != 64 {
		return sequencer.Model{}, fmt.Errorf("--model %q: root %q is not 32 hex bytes", s, root)
	}
	return sequencer.Model{ID: n, Root: common.BytesToHash(b), URL: url}, nil
}

func sequencerCommand() *cli.Command {
	env := func(name string) []string { return envs("sequencer", name) }
	return &cli.Command{
		Name:  "sequencer",
		Usage: "Run the sequencer: job intake, batching, DA posting and proposals",
		Description: "Follows the L1 JobInbox and takes signed L2 jobs over JSON-RPC (namespace airollup_), keeps jobs in a " +
			"Pebble store, leases them to workers, re-executes a sample of their results, seals executed jobs into batches, " +
			"proposes them on L1 with their bond (calldata or blobs, through op-service's txmgr: --private-key and the other " +
			"transaction-manager flags) and delivers final records. Without a signer it proposes nothing.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "l1-rpc", Usage: "L1 JSON-RPC URL", EnvVars: env("l1-rpc")},
			&cli.StringFlag{Name: "inbox", Usage: "JobInbox contract address", EnvVars: env("inbox")},
			&cli.Uint64Flag{Name: "start-block", Usage: "an L1 block at or before the JobInbox deployment", EnvVars: env("start-block")},
			&cli.Uint64Flag{Name: "confirmations", Value: 2, Usage: "L1 blocks below the head before an inbox event is read", EnvVars: env("confirmations")},
			&cli.DurationFlag{Name: "poll-interval", Value: sequencer.DefaultPollInterval, Usage: "L1 polling period", EnvVars: env("poll-interval")},
			&cli.StringFlag{Name: "data-dir", Usage: "directory of the job store (Pebble)", EnvVars: env("data-dir")},
			&cli.StringFlag{Name: "rpc.addr", Value: "127.0.0.1:8600", Usage: "host:port of the JSON-RPC server (and /healthz)", EnvVars: env("rpc.addr")},
			&cli.StringFlag{Name: "metrics.addr", Usage: "host:port of the Prometheus metrics server; empty: no metrics server", EnvVars: env("metrics.addr")},
			&cli.BoolFlag{Name: "explorer", Value: true, Usage: "serve the explorer page at /explorer on the --rpc.addr server (batches, jobs, disputes; --explorer=false: none)", EnvVars: env("explorer")},
			&cli.IntFlag{Name: "explorer.latest", Value: explorer.DefaultLatest, Usage: "batches, jobs and disputes the explorer shows, each (the latest; 1 to 1000)", EnvVars: env("explorer.latest")},
			&cli.StringSliceFlag{Name: "model", Usage: "a model served, ID=ROOT or ID=ROOT@URL (ModelRegistry id, 0x model root, where workers fetch the GGUF); repeat or comma-separate", EnvVars: env("model")},
			&cli.StringFlag{Name: "model-dir", Usage: "canonical GGUF files named <root>.gguf, for re-executing sampled results", EnvVars: env("model-dir")},
			&cli.Float64Flag{Name: "sample-rate", Value: 0, Usage: "fraction of results re-executed before they are accepted, 0 to 1 (needs --model-dir)", EnvVars: env("sample-rate")},
			memoryBudgetFlag("sequencer"),
			&cli.DurationFlag{Name: "l2-expiry-margin", Value: sequencer.DefaultExpiryMargin, Usage: "least time to expiry an accepted L2 request must have", EnvVars: env("l2-expiry-margin")},
			&cli.DurationFlag{Name: "lease-duration", Value: sequencer.DefaultLeaseDuration, Usage: "how long a worker holds a job without renewing", EnvVars: env("lease-duration")},
			&cli.StringFlag{Name: "batch.da", Value: string(sequencer.DACalldata), Usage: "where batch data goes: calldata (Rollup.propose) or blobs (Rollup.proposeBlobs)", EnvVars: env("batch.da")},
			&cli.IntFlag{Name: "batch.max-records", Value: sequencer.DefaultMaxRecords, Usage: "records per batch, at most (1 to 4096)", EnvVars: env("batch.max-records")},
			&cli.DurationFlag{Name: "batch.max-delay", Value: sequencer.DefaultMaxDelay, Usage: "the longest an executed job waits for a fuller batch", EnvVars: env("batch.max-delay")},
		}, txmgrFlags()...),
		Action: func(ctx *cli.Context) error {
			cfg, err := sequencerConfig(ctx)
			if err != nil {
				return commandErr("sequencer", err)
			}
			m := sequencer.NewPromMetrics()
			svc, err := sequencer.NewService(ctx.Context, cfg, logger(ctx), m)
			if err != nil {
				return commandErr("sequencer", err)
			}
			return runService(ctx, "sequencer", svc)
		},
	}
}

// txmgrFlags are op-service's transaction-manager flags (signer, fees,
// confirmations, resubmission) with AIROLLUP_SEQUENCER_ env twins, less its
// --l1-eth-rpc: the sequencer's --l1-rpc serves both.
func txmgrFlags() []cli.Flag {
	var out []cli.Flag
	for _, f := range txmgr.CLIFlagsWithDefaults(EnvPrefix+"_SEQUENCER", txmgr.DefaultBatcherFlagValues) {
		if !slices.Contains(f.Names(), txmgr.L1RPCFlagName) {
			out = append(out, f)
		}
	}
	return out
}

func sequencerConfig(ctx *cli.Context) (sequencer.Config, error) {
	cfg := sequencer.Config{
		L1RPC: ctx.String("l1-rpc"), StartBlock: ctx.Uint64("start-block"), Confirmations: ctx.Uint64("confirmations"),
		PollInterval: ctx.Duration("poll-interval"), DataDir: ctx.String("data-dir"), RPCAddr: ctx.String("rpc.addr"),
		MetricsAddr: ctx.String("metrics.addr"), ExplorerOff: !ctx.Bool("explorer"), ExplorerLatest: ctx.Int("explorer.latest"), ModelDir: ctx.String("model-dir"), SampleRate: ctx.Float64("sample-rate"),
		LeaseDuration: ctx.Duration("lease-duration"),
		ExpiryMargin:  ctx.Duration("l2-expiry-margin"),
		DA:            sequencer.DAMode(ctx.String("batch.da")),
		MaxRecords:    ctx.Int("batch.max-records"),
		MaxDelay:      ctx.Duration("batch.max-delay"),
		TxMgr:         txmgr.ReadCLIConfig(ctx),
	}
	if s := ctx.String("inbox"); s != "" {
		if !common.IsHexAddress(s) {
			return cfg, fmt.Errorf("%w: --inbox %q is not an address", sequencer.ErrConfig, s)
		}
		cfg.Inbox = common.HexToAddress(s)
	}
	for _, s := range ctx.StringSlice("model") {
		m, err := parseModel(s)
		if err != nil {
			return cfg, fmt.Errorf("%w: %w", sequencer.ErrConfig, err)
		}
		cfg.Models = append(cfg.Models, m)
	}
	opts, err := loadOptions(ctx)
	if err != nil {
		return cfg, err
	}
	cfg.MemoryBudget = opts.MemoryBudget
	return cfg, cfg.Check()
}
