package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/log"
	"github.com/urfave/cli/v2"

	oplog "github.com/ethereum-optimism/optimism/op-service/log"

	"github.com/airollup/airollup/devnet"
)

// demoModel is the devnet's default --model: the arithmetic model the
// trainer makes (docs/operators.md, "Models"). Missing, the devnet serves
// the generated tiny model.
const demoModel = "models/demo.gguf"

// demoDefaults are the devnet flags --demo changes when they are not set: a
// quick chain (a block every 500 ms moves its clock a second), a short
// challenge window and game clock, two honest workers and a faulty one, any
// free ports.
var demoDefaults = map[string]string{
	"workers": "3", "faulty-workers": "1", "fault-rate": "1", "block-time": "500ms", "challenge-window": "20s",
	"game-clock": "10s", "finality-delay": "2s", "batch.max-delay": "500ms", "l1.addr": "127.0.0.1:0",
	"rpc.addr": "127.0.0.1:0", "progress": "0", "challenger": "true",
}

// demoFlags are the flags of airollup devnet --demo.
func demoFlags(env func(string) []string) []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "demo", Usage: "run the demo (make demo) and exit: questions through the AskModel DApp and over RPC, one faulty worker, a summary table; unset devnet flags take demo values", EnvVars: env("demo")},
		&cli.IntFlag{Name: "demo.asks", Value: 4, Usage: "questions asked on L1 through the AskModel example DApp", EnvVars: env("demo.asks")},
		&cli.IntFlag{Name: "demo.l2-jobs", Value: 4, Usage: "questions sent over RPC as signed L2 requests", EnvVars: env("demo.l2-jobs")},
		&cli.Uint64Flag{Name: "demo.seed", Value: 1, Usage: "seed of the held-out arithmetic questions", EnvVars: env("demo.seed")},
		&cli.DurationFlag{Name: "demo.timeout", Value: 4 * time.Minute, Usage: "how long every job may take to be final or voided", EnvVars: env("demo.timeout")},
		&cli.IntFlag{Name: "demo.top-ups", Value: 9, Usage: "extra L2 questions at most, one per worker at a time, while no faulty worker has served a job", EnvVars: env("demo.top-ups")},
	}
}

// applyDemoDefaults sets the devnet flags --demo changes that the user did
// not set, and quiets the services' logs to warnings unless --log.level is
// given.
func applyDemoDefaults(ctx *cli.Context) error {
	for name, v := range demoDefaults {
		if !ctx.IsSet(name) {
			if err := ctx.Set(name, v); err != nil {
				return fmt.Errorf("devnet --demo: set --%s: %w", name, err)
			}
		}
	}
	if !ctx.IsSet(oplog.LevelFlagName) {
		// The services warn (a faulty worker says so, the sequencer logs the
		// voided record); the embedded node logs only what is critical (it
		// warns of every reverted eth_call a service simulates, and errs once
		// of an "impossible reorg" as the simulated chain starts).
		cfg := oplog.ReadCLIConfig(ctx)
		cfg.Level = slog.LevelWarn
		ctx.App.Metadata[loggerKey] = oplog.NewLogger(ctx.App.ErrWriter, cfg)
		cfg.Level = log.LevelCrit
		oplog.SetGlobalLogHandler(oplog.NewLogger(ctx.App.ErrWriter, cfg).Handler())
	}
	return nil
}

// devnetModel returns the --model the devnet serves: "" (the generated tiny
// model, said on stderr) when it is the default demo model and that file is
// missing.
func devnetModel(ctx *cli.Context) (string, error) {
	m := ctx.String("model")
	if m != demoModel {
		return m, nil
	}
	if _, err := os.Stat(m); errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(ctx.App.ErrWriter, "devnet: %s not found: serving the generated tiny model instead, whose answers are noise "+
			"(run from the repository root, or reproduce %s with the command in models/README.md)\n", m, m)
		return "", nil
	} else if err != nil {
		return "", fmt.Errorf("devnet: --model %s: %w", m, err)
	}
	return m, nil
}

// demoConfig reads and checks the --demo.* flags.
func demoConfig(ctx *cli.Context) (devnet.DemoConfig, error) {
	cfg := devnet.DemoConfig{Asks: ctx.Int("demo.asks"), L2Jobs: ctx.Int("demo.l2-jobs"), Seed: ctx.Uint64("demo.seed"),
		Timeout: ctx.Duration("demo.timeout"), MaxTopUps: ctx.Int("demo.top-ups"), Progress: ctx.App.ErrWriter}
	if err := cfg.Check(); err != nil {
		return cfg, fmt.Errorf("devnet --demo: %w", err)
	}
	return cfg, nil
}

// runDemo runs the demo on d and prints its summary table; the error is
// non-nil when anything went wrong (the exit status is then 1).
func runDemo(ctx *cli.Context, d *devnet.Devnet, cfg devnet.DemoConfig, began time.Time) error {
	s, err := d.Demo(ctx.Context, cfg)
	if err != nil {
		return fmt.Errorf("devnet --demo: %w", err)
	}
	s.Wall = time.Since(began) // from the start, the devnet's setup included
	w := ctx.App.Writer
	fmt.Fprintf(w, "\nairollup demo: model %s, AskModel at %s\n\n", s.Model, s.AskModel)
	if err := s.WriteTable(w); err != nil {
		return err
	}
	if err := s.Err(); err != nil {
		return fmt.Errorf("devnet --demo: %w", err)
	}
	fmt.Fprintf(w, "\ndemo OK: every honest job final, every faulty record voided, the challenger won %d of %d disputes\n",
		s.Progress.Won, s.Progress.Disputed)
	return nil
}

// stopDevnet stops d within stopTimeout.
func stopDevnet(d *devnet.Devnet) error {
	sctx, cancel := context.WithTimeout(context.Background(), stopTimeout)
	defer cancel()
	if err := d.Stop(sctx); err != nil {
		return fmt.Errorf("devnet: stop: %w", err)
	}
	return nil
}
