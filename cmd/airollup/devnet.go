package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/devnet"
	"github.com/airollup/airollup/sequencer"
)

func devnetCommand() *cli.Command {
	env := func(name string) []string { return envs("devnet", name) }
	return &cli.Command{
		Name:  "devnet",
		Usage: "Run a local L1 with the contracts deployed, a sequencer, a worker and a challenger",
		Description: "Starts an embedded L1 (go-ethereum's simulated backend serving JSON-RPC, a block every --block-time) or " +
			"attaches to --l1-rpc (e.g. anvil), deploys the contracts, registers the model, and runs the sequencer, " +
			"--workers workers and a challenger in this process. The progress line counts jobs, batches, delivered and voided " +
			"records, and disputes opened and won. The addresses, endpoints and the funded user's key are written to " +
			"DATA-DIR/devnet.json. Ctrl-C stops it cleanly. Development keys only: never on a public chain. " +
			"--demo (make demo) runs the demo instead and exits: the AskModel example DApp asks arithmetic questions on L1, more " +
			"come over RPC, a faulty worker's records are disputed and voided, and a summary table is printed; unset flags take " +
			"demo values (3 workers, 1 faulty, 500ms blocks, 20s challenge window, 10s game clock, any free ports).",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "data-dir", Value: ".devnet", Usage: "stores, models and devnet.json", EnvVars: env("data-dir")},
			&cli.StringFlag{Name: "l1-rpc", Usage: "use this L1 (e.g. anvil, with --keys funded) instead of the embedded one", EnvVars: env("l1-rpc")},
			&cli.StringFlag{Name: "l1.addr", Value: "127.0.0.1:8545", Usage: "host:port the embedded L1 serves JSON-RPC on (port 0: any)", EnvVars: env("l1.addr")},
			&cli.DurationFlag{Name: "block-time", Value: time.Second, Usage: "the embedded L1's block period", EnvVars: env("block-time")},
			&cli.StringFlag{Name: "keys", Usage: "comma-separated hex keys of the deployer, sequencer, user and challenger (default: derived development keys)", EnvVars: env("keys")},
			&cli.StringFlag{Name: "model", Value: demoModel, Usage: "a canonical GGUF to serve (the default, missing, is replaced by the generated tiny model)", EnvVars: env("model")},
			&cli.IntFlag{Name: "workers", Value: 2, Usage: "embedded workers", EnvVars: env("workers")},
			&cli.IntFlag{Name: "faulty-workers", Usage: "how many of the workers deliberately corrupt results (for the challenger to catch)", EnvVars: env("faulty-workers")},
			&cli.Float64Flag{Name: "fault-rate", Value: 1, Usage: "the fraction of results a faulty worker corrupts", EnvVars: env("fault-rate")},
			&cli.DurationFlag{Name: "challenge-window", Value: 30 * time.Second, Usage: "the rollup's challenge window", EnvVars: env("challenge-window")},
			&cli.DurationFlag{Name: "game-clock", Value: devnet.DefaultGameClock, Usage: "each side's clock in a dispute game (a silent side loses when it runs out)", EnvVars: env("game-clock")},
			&cli.BoolFlag{Name: "challenger", Value: true, Usage: "run a challenger (its own funded key) that re-executes every record and disputes wrong ones; --challenger=false: none", EnvVars: env("challenger")},
			&cli.DurationFlag{Name: "finality-delay", Value: 5 * time.Second, Usage: "the rollup's finality delay", EnvVars: env("finality-delay")},
			&cli.StringFlag{Name: "rpc.addr", Value: "127.0.0.1:8600", Usage: "host:port of the sequencer's JSON-RPC", EnvVars: env("rpc.addr")},
			&cli.DurationFlag{Name: "batch.max-delay", Value: 2 * time.Second, Usage: "the longest an executed job waits for a fuller batch", EnvVars: env("batch.max-delay")},
			&cli.StringFlag{Name: "batch.da", Value: string(sequencer.DACalldata), Usage: "calldata or blobs", EnvVars: env("batch.da")},
			&cli.DurationFlag{Name: "progress", Value: 2 * time.Second, Usage: "how often progress is logged (0: never)", EnvVars: env("progress")},
		}, demoFlags(env)...),
		Action: func(ctx *cli.Context) error {
			began := time.Now()
			demo := ctx.Bool("demo")
			var demoCfg devnet.DemoConfig
			if demo {
				if err := applyDemoDefaults(ctx); err != nil {
					return err
				}
				var err error
				if demoCfg, err = demoConfig(ctx); err != nil {
					return err
				}
			}
			model, err := devnetModel(ctx)
			if err != nil {
				return err
			}
			cfg := devnet.Config{Dir: ctx.String("data-dir"), L1RPC: ctx.String("l1-rpc"), L1Addr: ctx.String("l1.addr"),
				BlockTime: ctx.Duration("block-time"), ModelFile: model, Workers: ctx.Int("workers"), FaultyWorkers: ctx.Int("faulty-workers"), FaultRate: ctx.Float64("fault-rate"),
				ChallengeWindow: ctx.Duration("challenge-window"), GameClock: ctx.Duration("game-clock"), Challenger: ctx.Bool("challenger"),
				FinalityDelay: ctx.Duration("finality-delay"),
				RPCAddr:       ctx.String("rpc.addr"), MaxDelay: ctx.Duration("batch.max-delay"), DA: sequencer.DAMode(ctx.String("batch.da")),
				ProgressEvery: ctx.Duration("progress")}
			if s := ctx.String("keys"); s != "" {
				cfg.Keys = strings.Split(s, ",")
			}
			d, err := devnet.New(ctx.Context, cfg, logger(ctx))
			if err != nil {
				return commandErr("devnet", err)
			}
			if demo {
				fmt.Fprintf(ctx.App.ErrWriter, "devnet up: L1 %s, sequencer %s, %d workers (%d faulty), challenger %v, challenge window %v, game clock %v\n",
					d.Info.L1RPC, d.Info.SequencerRPC, cfg.Workers, cfg.FaultyWorkers, cfg.Challenger, cfg.ChallengeWindow, ctx.Duration("game-clock"))
				printExplorer(ctx.App.ErrWriter, d)
				return errors.Join(runDemo(ctx, d, demoCfg, began), stopDevnet(d))
			}
			fmt.Fprintf(ctx.App.ErrWriter, "devnet up: L1 %s, sequencer %s, contracts in %s/devnet.json; Ctrl-C to stop\n",
				d.Info.L1RPC, d.Info.SequencerRPC, cfg.Dir)
			printExplorer(ctx.App.ErrWriter, d)
			d.Run(ctx.Context)
			return stopDevnet(d)
		},
	}
}

// printExplorer prints where the sequencer's explorer page is, if it serves one.
func printExplorer(w io.Writer, d *devnet.Devnet) {
	if d.Info.Explorer != "" {
		fmt.Fprintf(w, "explorer: %s (batches, jobs and disputes, live)\n", d.Info.Explorer)
	}
}
