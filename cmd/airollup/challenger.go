package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"

	"github.com/airollup/airollup/challenger"
	"github.com/airollup/airollup/internal/ethbatch"
)

func challengerCommand() *cli.Command {
	env := func(name string) []string { return envs("challenger", name) }
	return &cli.Command{
		Name:  "challenger",
		Usage: "Watch proposals, re-execute jobs and play the dispute game",
		Description: "Follows Rollup.BatchProposed on L1, reads each batch's data (the proposal's calldata, or a blob batch's " +
			"blobs from --sequencer-rpc, checked against its daCommitment), and for every record: reports it through " +
			"reportInvalid when RecordValidity calls it invalid, re-executes it teacher-forced on its model (from --model-dir, " +
			"fetched from --model-url if missing, its root checked) and disputes it with its bond on a mismatch (or joins the " +
			"game someone else opened on it), playing the game to the end, settling it and claiming its bonds; a blob record " +
			"it cannot read is data-challenged. With --defend it also defends the records it agrees with against any " +
			"challenger. Games are played --max-concurrent-games at a time, the ones whose chess clock has least time left " +
			"first. Transactions go through " +
			"op-service's txmgr (--private-key and the other transaction-manager flags). Its progress is kept in a Pebble " +
			"store, so a restart resumes every game in flight.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "l1-rpc", Usage: "L1 JSON-RPC URL", EnvVars: env("l1-rpc")},
			&cli.StringFlag{Name: "rollup", Usage: "Rollup contract address", EnvVars: env("rollup")},
			&cli.Uint64Flag{Name: "start-block", Usage: "an L1 block at or before the Rollup deployment", EnvVars: env("start-block")},
			&cli.Uint64Flag{Name: "confirmations", Value: 2, Usage: "L1 blocks below the head before a proposal is read", EnvVars: env("confirmations")},
			&cli.Uint64Flag{Name: "max-log-range", Value: ethbatch.DefaultLogRange, Usage: "blocks one eth_getLogs query spans at most (lower it for a provider that caps ranges)", EnvVars: env("max-log-range")},
			&cli.DurationFlag{Name: "poll-interval", Value: challenger.DefaultPollInterval, Usage: "L1 polling period", EnvVars: env("poll-interval")},
			&cli.StringFlag{Name: "data-dir", Usage: "directory of the challenger's store (Pebble)", EnvVars: env("data-dir")},
			&cli.StringFlag{Name: "model-dir", Usage: "canonical GGUF files named <root>.gguf (fetched models are written here)", EnvVars: env("model-dir")},
			&cli.StringSliceFlag{Name: "model-url", Usage: "URL template a missing model is fetched from, {root} replaced by its hex root; repeat or comma-separate", EnvVars: env("model-url")},
			memoryBudgetFlag("challenger"),
			&cli.IntFlag{Name: "threads", Usage: "re-execution threads (0: all CPUs)", EnvVars: env("threads")},
			&cli.BoolFlag{Name: "defend", Usage: "defender mode (the sequencer operator): also play the proposer's side of every game opened against a record re-execution agrees with", EnvVars: env("defend")},
			&cli.DurationFlag{Name: "judge-budget", Usage: "most time a round spends re-executing new records before it plays the games again (0: a third of the game's clock extension)", EnvVars: env("judge-budget")},
			&cli.IntFlag{Name: "max-concurrent-games", Value: challenger.DefaultMaxConcurrentGames, Usage: "games played at once (each holds its job's replay in memory)", EnvVars: env("max-concurrent-games")},
			&cli.StringFlag{Name: "sequencer-rpc", Usage: "the sequencer's JSON-RPC URL, asked for blob batches' blobs (airollup_batchBlobs); empty: none", EnvVars: env("sequencer-rpc")},
			&cli.StringFlag{Name: "http.addr", Value: "127.0.0.1:8620", Usage: "host:port of /healthz; empty: none", EnvVars: env("http.addr")},
			&cli.StringFlag{Name: "metrics.addr", Usage: "host:port of the Prometheus metrics server; empty: no metrics server", EnvVars: env("metrics.addr")},
		}, challengerTxmgrFlags()...),
		Subcommands: []*cli.Command{challengerStatusCommand()},
		Action: func(ctx *cli.Context) error {
			cfg, err := challengerConfig(ctx)
			if err != nil {
				return commandErr("challenger", err)
			}
			svc, err := challenger.NewService(ctx.Context, cfg, logger(ctx), challenger.NewPromMetrics())
			if err != nil {
				return commandErr("challenger", err)
			}
			return runService(ctx, "challenger", svc)
		},
	}
}

// challengerTxmgrFlags are op-service's transaction-manager flags with
// AIROLLUP_CHALLENGER_ env twins, less its --l1-eth-rpc: --l1-rpc serves both.
func challengerTxmgrFlags() []cli.Flag {
	var out []cli.Flag
	for _, f := range txmgr.CLIFlagsWithDefaults(EnvPrefix+"_CHALLENGER", txmgr.DefaultChallengerFlagValues) {
		if !slices.Contains(f.Names(), txmgr.L1RPCFlagName) {
			out = append(out, f)
		}
	}
	return out
}

func challengerConfig(ctx *cli.Context) (challenger.Config, error) {
	cfg := challenger.Config{
		L1RPC: ctx.String("l1-rpc"), StartBlock: ctx.Uint64("start-block"), Confirmations: ctx.Uint64("confirmations"),
		MaxLogRange: ctx.Uint64("max-log-range"), PollInterval: ctx.Duration("poll-interval"), DataDir: ctx.String("data-dir"), ModelDir: ctx.String("model-dir"),
		ModelURLs: ctx.StringSlice("model-url"), Threads: ctx.Int("threads"), SequencerRPC: ctx.String("sequencer-rpc"),
		Defend: ctx.Bool("defend"), MaxConcurrentGames: ctx.Int("max-concurrent-games"), JudgeBudget: ctx.Duration("judge-budget"),
		HTTPAddr: ctx.String("http.addr"), MetricsAddr: ctx.String("metrics.addr"), TxMgr: txmgr.ReadCLIConfig(ctx),
	}
	if s := ctx.String("rollup"); s != "" {
		if !common.IsHexAddress(s) {
			return cfg, fmt.Errorf("%w: --rollup %q is not an address", challenger.ErrConfig, s)
		}
		cfg.Rollup = common.HexToAddress(s)
	}
	opts, err := loadOptions(ctx)
	if err != nil {
		return cfg, err
	}
	cfg.MemoryBudget = opts.MemoryBudget
	return cfg, cfg.Check()
}

func challengerStatusCommand() *cli.Command {
	env := func(name string) []string { return envs("challenger", name) }
	return &cli.Command{
		Name:  "status",
		Usage: "Print the games the challenger plays: record, game, depth, claims, both clocks, bonds at stake",
		Description: "Reads the challenger's store (--data-dir; only while the challenger is stopped, Pebble locks it) and, " +
			"with --l1-rpc, each game at the L1 head; or asks a running challenger's /status (--url, its --http.addr).",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "data-dir", Usage: "directory of the challenger's store", EnvVars: env("data-dir")},
			&cli.StringFlag{Name: "l1-rpc", Usage: "L1 JSON-RPC URL; empty: the store only", EnvVars: env("l1-rpc")},
			&cli.StringFlag{Name: "url", Usage: "a running challenger's HTTP base URL (http://host:port), instead of --data-dir"},
			&cli.BoolFlag{Name: "json", Usage: "print JSON lines"},
		},
		Action: func(ctx *cli.Context) error {
			rs, err := challengerStatus(ctx)
			if err != nil {
				return commandErr("challenger status", err)
			}
			return challenger.PrintReport(ctx.App.Writer, rs, ctx.Bool("json"))
		},
	}
}

func challengerStatus(ctx *cli.Context) ([]challenger.GameReport, error) {
	if u := ctx.String("url"); u != "" {
		return statusFromURL(ctx.Context, strings.TrimSuffix(u, "/")+"/status")
	}
	dir := ctx.String("data-dir")
	if dir == "" {
		return nil, fmt.Errorf("%w: --data-dir or --url is needed", challenger.ErrConfig)
	}
	st, err := challenger.OpenStoreReadOnly(dir)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	from, err := st.From()
	if err != nil {
		return nil, err
	}
	var l1 challenger.StatusL1
	if u := ctx.String("l1-rpc"); u != "" {
		c, err := ethclient.DialContext(ctx.Context, u)
		if err != nil {
			return nil, fmt.Errorf("dial L1 %s: %w", u, err)
		}
		defer c.Close()
		l1 = c
	}
	return challenger.Report(ctx.Context, st, l1, from)
}

// maxStatusBytes bounds a /status answer read by the status command.
const maxStatusBytes = 16 << 20

func statusFromURL(ctx context.Context, u string) ([]challenger.GameReport, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		return nil, fmt.Errorf("GET %s: %s: %s", u, resp.Status, strings.TrimSpace(string(b)))
	}
	dec := json.NewDecoder(io.LimitReader(resp.Body, maxStatusBytes))
	var out []challenger.GameReport
	for dec.More() {
		var r challenger.GameReport
		if err := dec.Decode(&r); err != nil {
			return nil, fmt.Errorf("GET %s: %w", u, err)
		}
		out = append(out, r)
	}
	return out, nil
}
