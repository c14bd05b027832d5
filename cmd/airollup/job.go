package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/sequencer/client"
)

// errJobKey is returned when no signing key is given, or it does not parse.
var errJobKey = errors.New("no usable signing key")

// jobStates are the job states in pipeline order (docs/operators.md, "State");
// wait --until takes one of them.
var jobStates = []string{"received", "queued", "leased", "executed", "batched", "posted", "proposed", "final"}

func jobCommand() *cli.Command {
	url := func() cli.Flag {
		return &cli.StringFlag{Name: "sequencer-url", Value: "http://127.0.0.1:8600", Usage: "the sequencer's JSON-RPC URL",
			EnvVars: envs("job", "sequencer-url")}
	}
	modelFile := &cli.StringFlag{Name: "model-file", Usage: "the model's canonical GGUF, to tokenize --prompt and print outputs as text",
		EnvVars: envs("job", "model-file")}
	return &cli.Command{
		Name:  "job",
		Usage: "Submit jobs and read their results",
		Description: "submit signs an inference request (EIP-712, with --key-file or AIROLLUP_JOB_PRIVATE_KEY) and sends it to a " +
			"sequencer over JSON-RPC; status, wait and result follow it to finality and print its answer with its inclusion proof.",
		Subcommands: []*cli.Command{
			{
				Name:      "submit",
				Usage:     "Sign an inference request and submit it over RPC; prints the job id",
				ArgsUsage: " ",
				Description: "The prompt is --prompt text (tokenized with --model-file's tokenizer, BOS added), --tokens ids, or a chat: " +
					"--chat FILE.json or --system/--user, rendered with --model-file's tokenizer.chat_template (add_generation_prompt on) " +
					"and tokenized with its special tokens. Either way the request signs and commits the prompt's token ids.",
				Flags: append([]cli.Flag{
					url(), modelFile,
					&cli.StringFlag{Name: "key-file", Usage: "file holding the sender's private key (hex)", EnvVars: envs("job", "key-file")},
					&cli.StringFlag{Name: "private-key", Usage: "the sender's private key (hex); prefer the env var or --key-file", EnvVars: envs("job", "private-key")},
					&cli.Uint64Flag{Name: "model", Value: 1, Usage: "ModelRegistry id of the model", EnvVars: envs("job", "model")},
					&cli.StringFlag{Name: "prompt", Aliases: []string{"p"}, Usage: "prompt text (needs --model-file; BOS added)", EnvVars: envs("job", "prompt")},
					&cli.StringFlag{Name: "tokens", Usage: "the prompt as comma-separated token ids, instead of --prompt", EnvVars: envs("job", "tokens")},
					&cli.UintFlag{Name: "max-tokens", Aliases: []string{"n"}, Value: 32, Usage: "tokens to generate at most (the job stops earlier at the model's EOS)", EnvVars: envs("job", "max-tokens")},
					&cli.UintFlag{Name: "temperature-milli", Usage: "sampling temperature × 1000 (0: greedy)", EnvVars: envs("job", "temperature-milli")},
					&cli.UintFlag{Name: "top-k", Usage: "top-k (0: off)", EnvVars: envs("job", "top-k")},
					&cli.UintFlag{Name: "top-p-micro", Usage: "top-p × 10^6 (0: off)", EnvVars: envs("job", "top-p-micro")},
					&cli.StringFlag{Name: "seed", Usage: "sampling seed string (hashed with keccak256)", EnvVars: envs("job", "seed")},
					&cli.StringFlag{Name: "max-fee", Usage: "max fee in wei (default: the rollup's minimum fee, at least 1)", EnvVars: envs("job", "max-fee")},
					&cli.DurationFlag{Name: "expiry", Value: time.Hour, Usage: "how long the request stays valid (more than the sequencer's expiry margin)", EnvVars: envs("job", "expiry")},
					&cli.Uint64Flag{Name: "nonce", Usage: "the request's nonce (default: random; any unused value)", EnvVars: envs("job", "nonce")},
				}, chatFlags("job", "chat")...),
				Action: jobSubmit,
			},
			jobTrainCommand(),
			{
				Name:      "status",
				Usage:     "Print a job's status as JSON",
				ArgsUsage: "JOB-ID",
				Flags:     []cli.Flag{url()},
				Action: func(ctx *cli.Context) error {
					c, id, err := jobClient(ctx, "status")
					if err != nil {
						return err
					}
					defer c.Close()
					s, err := c.Status(ctx.Context, id)
					if err != nil {
						return fmt.Errorf("job status: %w", err)
					}
					return printJSON(ctx, s)
				},
			},
			{
				Name:      "wait",
				Usage:     "Wait until a job reaches a state (default final), showing its progress; fails if it is voided",
				ArgsUsage: "JOB-ID",
				Flags: []cli.Flag{url(),
					&cli.StringFlag{Name: "until", Value: "final", Usage: "the state to wait for: " + strings.Join(jobStates, ", "), EnvVars: envs("job", "until")},
					&cli.DurationFlag{Name: "timeout", Value: 0, Usage: "give up after this long (0: never)", EnvVars: envs("job", "timeout")},
					&cli.DurationFlag{Name: "poll-interval", Value: time.Second, Usage: "how often to ask", EnvVars: envs("job", "poll-interval")},
				},
				Action: jobWait,
			},
			{
				Name:      "result",
				Usage:     "Print a job's answer, its finality and its inclusion proof",
				ArgsUsage: "JOB-ID",
				Flags: []cli.Flag{url(), modelFile,
					&cli.BoolFlag{Name: "json", Usage: "print the whole result as JSON", EnvVars: envs("job", "json")}},
				Action: jobResult,
			},
		},
	}
}

func jobClient(ctx *cli.Context, cmd string) (*client.Client, string, error) {
	id := ""
	if cmd != "submit" {
		if ctx.NArg() != 1 {
			return nil, "", fmt.Errorf("job %s: want exactly one job id (l1:N or l2:0x…), got %d arguments", cmd, ctx.NArg())
		}
		id = ctx.Args().First()
	}
	c, err := client.Dial(ctx.Context, ctx.String("sequencer-url"))
	if err != nil {
		return nil, "", fmt.Errorf("job %s: dial %s: %w", cmd, ctx.String("sequencer-url"), err)
	}
	return c, id, nil
}

func printJSON(ctx *cli.Context, v any) error {
	enc := json.NewEncoder(ctx.App.Writer)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// jobKey reads the sender's key from --key-file or --private-key (env twins).
func jobKey(ctx *cli.Context) (*ecdsa.PrivateKey, error) {
	s := ctx.String("private-key")
	if f := ctx.String("key-file"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("%w: --key-file: %v", errJobKey, err)
		}
		s = string(b)
	}
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	if s == "" {
		return nil, fmt.Errorf("%w: give --key-file or AIROLLUP_JOB_PRIVATE_KEY", errJobKey)
	}
	k, err := crypto.HexToECDSA(s)
	if err != nil {
		return nil, fmt.Errorf("%w: not a hex secp256k1 private key", errJobKey)
	}
	return k, nil
}

// jobPrompt returns the prompt's token ids from --tokens, --prompt
// (tokenized with --model-file) or a chat (--chat, --system/--user,
// rendered with --model-file's chat template and tokenized).
func jobPrompt(ctx *cli.Context) ([]uint32, error) {
	given := 0
	for _, set := range []bool{ctx.IsSet("tokens"), ctx.IsSet("prompt"), chatGiven(ctx, "chat")} {
		if set {
			given++
		}
	}
	switch {
	case given > 1:
		return nil, errors.New("give one of --prompt, --tokens and a chat (--chat or --system/--user)")
	case chatGiven(ctx, "chat"):
		if ctx.String("model-file") == "" {
			return nil, errors.New("a chat needs --model-file, whose tokenizer.chat_template renders it")
		}
		l, err := loadModel(ctx, ctx.String("model-file"))
		if err != nil {
			return nil, err
		}
		defer l.Close()
		p, err := renderChat(ctx, l, "chat")
		if err != nil {
			return nil, err
		}
		out := make([]uint32, len(p.IDs))
		for i, v := range p.IDs {
			out[i] = uint32(v)
		}
		return out, nil
	case ctx.IsSet("tokens"):
		var ids []uint32
		for _, f := range strings.Split(ctx.String("tokens"), ",") {
			v, err := strconv.ParseUint(strings.TrimSpace(f), 10, 32)
			if err != nil {
				return nil, fmt.Errorf("--tokens: %q is not a token id", f)
			}
			ids = append(ids, uint32(v))
		}
		return ids, nil
	case ctx.IsSet("prompt"):
		if ctx.String("model-file") == "" {
			return nil, errors.New("--prompt needs --model-file to tokenize it (or give --tokens)")
		}
		l, err := loadModel(ctx, ctx.String("model-file"))
		if err != nil {
			return nil, err
		}
		defer l.Close()
		ids := l.Tokenizer.Encode(ctx.String("prompt"), true)
		if len(ids) == 0 {
			return nil, canon.ErrEmptyPrompt
		}
		out := make([]uint32, len(ids))
		for i, v := range ids {
			out[i] = uint32(v)
		}
		return out, nil
	}
	return nil, errors.New("give --prompt (with --model-file), --tokens, or a chat (--chat FILE.json or --system/--user, with --model-file)")
}

func jobSubmit(ctx *cli.Context) error {
	key, err := jobKey(ctx)
	if err != nil {
		return fmt.Errorf("job submit: %w", err)
	}
	prompt, err := jobPrompt(ctx)
	if err != nil {
		return fmt.Errorf("job submit: %w", err)
	}
	c, _, err := jobClient(ctx, "submit")
	if err != nil {
		return err
	}
	defer c.Close()
	p, err := c.L2Params(ctx.Context)
	if err != nil {
		return fmt.Errorf("job submit: read the sequencer's L2 parameters: %w", err)
	}
	fee := p.MinFee.ToInt()
	if fee.Sign() == 0 {
		fee = big.NewInt(1) // a request's maxFee is never 0
	}
	if s := ctx.String("max-fee"); s != "" {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok || v.Sign() <= 0 {
			return fmt.Errorf("job submit: --max-fee %q is not a positive number of wei", s)
		}
		fee = v
	}
	if exp := ctx.Duration("expiry"); exp <= time.Duration(p.ExpiryMargin)*time.Second {
		return fmt.Errorf("job submit: --expiry %v is within the sequencer's expiry margin %v", exp, time.Duration(p.ExpiryMargin)*time.Second)
	}
	nonce := ctx.Uint64("nonce")
	if !ctx.IsSet("nonce") {
		var b [8]byte
		if _, err := rand.Read(b[:]); err != nil {
			return fmt.Errorf("job submit: draw a nonce: %w", err)
		}
		nonce = binary.BigEndian.Uint64(b[:]) >> 1
	}
	params := record.JobParams{MaxTokens: uint32(ctx.Uint("max-tokens")), TemperatureMilli: uint32(ctx.Uint("temperature-milli")),
		TopK: uint32(ctx.Uint("top-k")), TopPMicro: uint32(ctx.Uint("top-p-micro"))}
	if s := ctx.String("seed"); s != "" {
		params.Seed = crypto.Keccak256Hash([]byte(s))
	}
	sender := crypto.PubkeyToAddress(key.PublicKey)
	req := client.Inference(sender, ctx.Uint64("model"), prompt, params, fee, nonce, uint64(time.Now().Add(ctx.Duration("expiry")).Unix()))
	res, err := c.Submit(ctx.Context, req, p.Domain(), key)
	if err != nil {
		return fmt.Errorf("job submit: %w", err)
	}
	fmt.Fprintln(ctx.App.Writer, res.ID)
	dup := ""
	if res.Duplicate {
		dup = " (already submitted)"
	}
	fmt.Fprintf(ctx.App.ErrWriter, "submitted%s: %d prompt tokens, max %d new, max fee %s wei, sender %s, nonce %d\n",
		dup, len(prompt), params.MaxTokens, fee, sender, nonce)
	return nil
}

func stateIndex(s string) int {
	for i, v := range jobStates {
		if v == s {
			return i
		}
	}
	return -1
}

func jobWait(ctx *cli.Context) error {
	until := ctx.String("until")
	want := stateIndex(until)
	if want < 0 {
		return fmt.Errorf("job wait: --until %q: want one of %s", until, strings.Join(jobStates, ", "))
	}
	c, id, err := jobClient(ctx, "wait")
	if err != nil {
		return err
	}
	defer c.Close()
	wctx := ctx.Context
	if d := ctx.Duration("timeout"); d > 0 {
		var cancel context.CancelFunc
		wctx, cancel = context.WithTimeout(wctx, d)
		defer cancel()
	}
	start, last := time.Now(), ""
	for {
		s, err := c.Status(wctx, id)
		if err != nil {
			var re rpc.Error
			if errors.As(err, &re) {
				return fmt.Errorf("job wait: %w", err) // the sequencer answered: unknown job, bad id
			}
			if wctx.Err() == nil {
				fmt.Fprintf(ctx.App.ErrWriter, "%6.1fs  sequencer unreachable (%v), retrying\n", time.Since(start).Seconds(), err)
			}
		} else {
			if s.State != last {
				where := ""
				if s.Batch != nil {
					where = fmt.Sprintf(" (batch %d, record %d)", s.Batch.Batch, s.Batch.Record)
				}
				fmt.Fprintf(ctx.App.ErrWriter, "%6.1fs  %s%s\n", time.Since(start).Seconds(), s.State, where)
				last = s.State
			}
			switch {
			case s.State == "voided":
				return fmt.Errorf("job wait: job %s was voided: %s", id, s.VoidReason)
			case s.State == "dropped" && until != "dropped":
				return fmt.Errorf("job wait: job %s was dropped: its L1 submission was reorged out", id)
			case stateIndex(s.State) >= want:
				fmt.Fprintln(ctx.App.Writer, s.State)
				return nil
			}
		}
		select {
		case <-wctx.Done():
			return fmt.Errorf("job wait: job %s is %s after %v: %w", id, last, time.Since(start).Round(time.Second), wctx.Err())
		case <-time.After(ctx.Duration("poll-interval")):
		}
	}
}

func jobResult(ctx *cli.Context) error {
	c, id, err := jobClient(ctx, "result")
	if err != nil {
		return err
	}
	defer c.Close()
	r, err := c.Result(ctx.Context, id)
	if err != nil {
		return fmt.Errorf("job result: %w", err)
	}
	if ctx.Bool("json") {
		return printJSON(ctx, r)
	}
	w := ctx.App.Writer
	finality := map[string]string{
		"executed": "executed, not yet batched", "batched": "batched, not yet proposed", "posted": "being proposed",
		"proposed": "proposed on L1, in its challenge window", "final": "final: delivered on L1", "voided": "voided",
	}[r.State]
	if finality == "" {
		finality = r.State
	}
	fmt.Fprintf(w, "job:        %s\nstatus:     %s\nworker:     %s\n", r.ID, finality, r.Worker)
	ids := make([]int32, len(r.Output))
	strs := make([]string, len(r.Output))
	for i, v := range r.Output {
		ids[i], strs[i] = int32(v), strconv.FormatUint(uint64(v), 10)
	}
	fmt.Fprintf(w, "output:     [%s]\n", strings.Join(strs, ","))
	if f := ctx.String("model-file"); f != "" {
		l, err := loadModel(ctx, f)
		if err != nil {
			return fmt.Errorf("job result: %w", err)
		}
		text, err := l.Tokenizer.Decode(ids)
		l.Close()
		if err != nil {
			return fmt.Errorf("job result: decode the output: %w", err)
		}
		fmt.Fprintf(w, "text:       %q\n", text)
	}
	fmt.Fprintf(w, "traceRoot:  %s\n", r.TraceRoot)
	if r.NewModelRoot != (common.Hash{}) {
		fmt.Fprintf(w, "newModel:   %s (trained on dataset %s)\n", r.NewModelRoot, r.DatasetRoot)
	}
	if r.Batch == nil {
		fmt.Fprintln(w, "inclusion:  not batched yet")
		return nil
	}
	proof := make([]string, len(r.Proof))
	for i, h := range r.Proof {
		proof[i] = h.Hex()
	}
	fmt.Fprintf(w, "inclusion:  batch %d, record %d\nleaf:       %s\nrecordsRoot: %s\nproof:      [%s]\n",
		*r.Batch, *r.Record, hashOr(r.Leaf), hashOr(r.RecordsRoot), strings.Join(proof, ","))
	return nil
}

func hashOr(h *common.Hash) string {
	if h == nil {
		return "-"
	}
	return h.Hex()
}
