package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/worker"
)

func workerCommand() *cli.Command {
	env := func(name string) []string { return envs("worker", name) }
	return &cli.Command{
		Name:  "worker",
		Usage: "Run a worker that executes jobs with the canonical runtime",
		Description: "Registers with the sequencer, leases jobs, runs them with the canonical runtime (embedded, the default) " +
			"or drafts with an Ollama API (--ollama-url) and verifies canonically, renews leases and submits results.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "sequencer-url", Value: "http://127.0.0.1:8600", Usage: "the sequencer's JSON-RPC URL", EnvVars: env("sequencer-url")},
			&cli.StringFlag{Name: "worker-id", Usage: "the name to register under (default: hostname-pid)", EnvVars: env("worker-id")},
			&cli.StringFlag{Name: "model-dir", Usage: "canonical GGUF files named <root>.gguf: the models served", EnvVars: env("model-dir")},
			&cli.IntFlag{Name: "concurrency", Value: 1, Usage: "jobs run at once", EnvVars: env("concurrency")},
			&cli.StringFlag{Name: "ollama-url", Usage: "draft with this Ollama API (e.g. http://gpu-box:11434) and verify canonically; empty: embedded backend", EnvVars: env("ollama-url")},
			memoryBudgetFlag("worker"),
			&cli.StringFlag{Name: "metrics.addr", Usage: "host:port of the Prometheus metrics server; empty: no metrics server", EnvVars: env("metrics.addr")},
			&cli.DurationFlag{Name: "poll-interval", Value: worker.DefaultPollInterval, Usage: "how often an idle worker asks for jobs", EnvVars: env("poll-interval")},
			&cli.Float64Flag{Name: "fault-rate", Usage: "DEMOS AND TESTS ONLY: deliberately corrupt this fraction of results (0 to 1), for a challenger to catch", EnvVars: env("fault-rate")},
		},
		Action: func(ctx *cli.Context) error {
			opts, err := loadOptions(ctx)
			if err != nil {
				return fmt.Errorf("worker: %w", err)
			}
			cfg := worker.ServiceConfig{
				SequencerURL: ctx.String("sequencer-url"), WorkerID: ctx.String("worker-id"), ModelDir: ctx.String("model-dir"),
				Concurrency: ctx.Int("concurrency"), OllamaURL: ctx.String("ollama-url"), MemoryBudget: opts.MemoryBudget,
				PollInterval: ctx.Duration("poll-interval"), MetricsAddr: ctx.String("metrics.addr"), FaultRate: ctx.Float64("fault-rate"),
			}
			svc, err := worker.NewService(ctx.Context, cfg, logger(ctx), worker.NewPromMetrics())
			if err != nil {
				return commandErr("worker", err)
			}
			return runService(ctx, "worker", svc)
		},
	}
}
