package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	txmetrics "github.com/ethereum-optimism/optimism/op-service/txmgr/metrics"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/datastore"
	"github.com/airollup/airollup/prover/dataset"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
)

// errDataset is returned for bad dataset command arguments.
var errDataset = errors.New("dataset")

func datasetCommand() *cli.Command {
	dirFlag := func(cmd string) cli.Flag {
		return &cli.StringFlag{Name: "dir", Value: "datasets", Usage: "directory of canonical dataset files, named <root>" + datastore.Ext, EnvVars: envs("dataset", "dir")}
	}
	modelFlag := &cli.StringFlag{Name: "model", Usage: "GGUF model whose tokenizer tokenizes the records (and whose context bounds them)", EnvVars: envs("dataset", "model")}
	formatFlag := &cli.StringFlag{Name: "format", Usage: "source format: jsonl (a {\"text\": ...} object per line) or text (a record per paragraph); default by extension (.jsonl: jsonl)", EnvVars: envs("dataset", "format")}
	l1Flags := []cli.Flag{
		&cli.StringFlag{Name: "l1-rpc", Usage: "L1 JSON-RPC endpoint (to register the root, or to read its registration)", EnvVars: envs("dataset", "l1-rpc")},
		&cli.StringFlag{Name: "dataset-registry", Usage: "address of the DatasetRegistry contract", EnvVars: envs("dataset", "dataset-registry")},
	}
	var txFlags []cli.Flag
	for _, f := range txmgr.CLIFlags(EnvPrefix + "_DATASET") {
		if !slices.Contains(f.Names(), txmgr.L1RPCFlagName) {
			txFlags = append(txFlags, f)
		}
	}
	return &cli.Command{
		Name:  "dataset",
		Usage: "Build, publish, serve and check datasets by their roots",
		Description: "A dataset is records of text tokenized with a model's tokenizer; its root (docs/protocol.md, \"Dataset root\") " +
			"is what DatasetRegistry holds and training jobs name. Canonical dataset files are kept in --dir by root and served at " +
			"GET /datasets/{root}.",
		Subcommands: []*cli.Command{
			{
				Name:      "publish",
				Usage:     "Tokenize a JSONL or text file into a dataset, keep it by root, register the root on L1 and optionally serve it",
				ArgsUsage: "FILE",
				Description: "Without --l1-rpc the dataset is built and kept but not registered. The transaction goes through op-service's " +
					"txmgr (--private-key and the other transaction-manager flags, AIROLLUP_DATASET_ env twins).",
				Flags: append(append([]cli.Flag{modelFlag, formatFlag, dirFlag("publish"),
					&cli.StringFlag{Name: "uri", Usage: "where the dataset is served, registered on L1 ({root} replaced by the root)", EnvVars: envs("dataset", "uri")},
					&cli.StringFlag{Name: "licence", Value: "unspecified", Usage: "licence registered with the dataset (SPDX id or URL)", EnvVars: envs("dataset", "licence")},
					&cli.StringFlag{Name: "serve", Usage: "after publishing, serve --dir on this address until interrupted", EnvVars: envs("dataset", "serve")},
				}, l1Flags...), txFlags...),
				Action: datasetPublish,
			},
			{
				Name:      "info",
				Usage:     "Print a dataset's root, records, tokens and size (and its L1 registration)",
				ArgsUsage: "ROOT|FILE",
				Description: "A ROOT is read from --dir (and checked against it); with --l1-rpc and --dataset-registry its " +
					"registration is printed too. A FILE is a canonical dataset file, or a source tokenized with --model.",
				Flags:  append([]cli.Flag{modelFlag, formatFlag, dirFlag("info")}, l1Flags...),
				Action: datasetInfo,
			},
			{
				Name:        "verify",
				Usage:       "Check that a dataset file (canonical, or a source with --model) is a given root",
				ArgsUsage:   "FILE ROOT",
				Description: "Exits non-zero unless FILE (a canonical dataset file, or a source tokenized with --model) is ROOT.",
				Flags:       []cli.Flag{modelFlag, formatFlag},
				Action:      datasetVerify,
			},
			{
				Name:        "serve",
				Usage:       "Serve the canonical dataset files of --dir at GET /datasets/{root}",
				Description: "Answers GET /datasets/{root} with the canonical file and GET /healthz; fetchers check the file against the root.",
				Flags: []cli.Flag{dirFlag("serve"),
					&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8549", Usage: "listen address", EnvVars: envs("dataset", "addr")}},
				Action: func(ctx *cli.Context) error { return datasetServe(ctx, ctx.String("addr")) },
			},
		},
	}
}

// loadDataset reads path: a canonical dataset file (magic first), or a
// JSONL/text source tokenized with --model's tokenizer.
func loadDataset(ctx *cli.Context, path string) (*dataset.Dataset, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errDataset, err)
	}
	if bytes.HasPrefix(b, []byte(dataset.Magic)) {
		return dataset.Read(bytes.NewReader(b), dataset.Limits{})
	}
	mp := ctx.String("model")
	if mp == "" {
		return nil, fmt.Errorf("%w: %s is a source file: give --model, the model whose tokenizer tokenizes it", errDataset, path)
	}
	l, err := loadModel(ctx, mp)
	if err != nil {
		return nil, err
	}
	defer l.Close()
	format := dataset.Text
	switch f := ctx.String("format"); {
	case f == "jsonl" || (f == "" && strings.HasSuffix(strings.ToLower(path), ".jsonl")):
		format = dataset.JSONL
	case f == "text" || f == "":
	default:
		return nil, fmt.Errorf("%w: --format %q (jsonl, text)", errDataset, f)
	}
	start := time.Now()
	d, err := dataset.Build(b, dataset.Source{Format: format, Tokenizer: l.Tokenizer, TokenizerHash: llama.TokenizerHash(l.Vocab), MaxRecordTokens: l.Model.Context})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(ctx.App.ErrWriter, "tokenized %d records (%d tokens) of %s with %s in %s\n", len(d.Records), d.Tokens(), path, mp,
		time.Since(start).Round(time.Millisecond))
	return d, nil
}

func printDataset(ctx *cli.Context, d *dataset.Dataset, root merkle.Hash) {
	fmt.Fprintf(ctx.App.Writer, "dataset root %s\nrecords %d\ntokens %d\nbytes %d\ntokenizer hash %s\n",
		hexHash(root), len(d.Records), d.Tokens(), d.Size(), hexHash(d.TokenizerHash))
}

func datasetPublish(ctx *cli.Context) error {
	if ctx.NArg() != 1 {
		return fmt.Errorf("dataset publish: %w: want one FILE, got %d arguments", errDataset, ctx.NArg())
	}
	d, err := loadDataset(ctx, ctx.Args().First())
	if err != nil {
		return fmt.Errorf("dataset publish: %w", err)
	}
	root, path, err := datastore.Store{Dir: ctx.String("dir")}.Put(d)
	if err != nil {
		return fmt.Errorf("dataset publish: %w", err)
	}
	printDataset(ctx, d, root)
	fmt.Fprintf(ctx.App.Writer, "file %s\n", path)
	if ctx.String("l1-rpc") == "" {
		fmt.Fprintln(ctx.App.Writer, "not registered on L1 (give --l1-rpc and --dataset-registry)")
	} else if err := registerDataset(ctx, d, root); err != nil {
		return fmt.Errorf("dataset publish: %w", err)
	}
	if addr := ctx.String("serve"); addr != "" {
		return datasetServe(ctx, addr)
	}
	return nil
}

// registryAddr reads --dataset-registry.
func registryAddr(ctx *cli.Context) (common.Address, error) {
	s := ctx.String("dataset-registry")
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%w: --dataset-registry %q is not an address", errDataset, s)
	}
	return common.HexToAddress(s), nil
}

func registerDataset(ctx *cli.Context, d *dataset.Dataset, root merkle.Hash) error {
	reg, err := registryAddr(ctx)
	if err != nil {
		return err
	}
	uri := strings.ReplaceAll(ctx.String("uri"), "{root}", strings.TrimPrefix(hexHash(root), "0x"))
	if uri == "" {
		return fmt.Errorf("%w: --uri is required to register: where challengers fetch the dataset", errDataset)
	}
	tc := txmgr.ReadCLIConfig(ctx)
	tc.L1RPCURL = ctx.String("l1-rpc")
	m, err := txmgr.NewSimpleTxManager("dataset", logger(ctx).New("module", "txmgr"), &txmetrics.NoopTxMetrics{}, tc)
	if err != nil {
		return fmt.Errorf("start the transaction manager: %w", err)
	}
	defer m.Close()
	b := bindings.NewDatasetRegistry()
	data := b.PackPublish(root, uint64(len(d.Records)), uint64(d.Size()), uri, ctx.String("licence"))
	sctx, cancel := context.WithTimeout(ctx.Context, 5*time.Minute)
	defer cancel()
	rcpt, err := m.Send(sctx, txmgr.TxCandidate{TxData: data, To: &reg, Value: new(big.Int)})
	if err != nil {
		return fmt.Errorf("registering %s: %w", hexHash(root), err)
	}
	if rcpt.Status != 1 {
		return fmt.Errorf("registering %s: transaction %s reverted (already published?)", hexHash(root), rcpt.TxHash)
	}
	for _, lg := range rcpt.Logs {
		if ev, err := b.UnpackDatasetPublishedEvent(lg); err == nil {
			fmt.Fprintf(ctx.App.Writer, "registered as dataset %s in block %d (tx %s), uri %s\n", ev.Id, rcpt.BlockNumber, rcpt.TxHash, uri)
			return nil
		}
	}
	return fmt.Errorf("registering %s: no DatasetPublished event in transaction %s", hexHash(root), rcpt.TxHash)
}

func datasetInfo(ctx *cli.Context) error {
	if ctx.NArg() != 1 {
		return fmt.Errorf("dataset info: %w: want one ROOT or FILE, got %d arguments", errDataset, ctx.NArg())
	}
	arg := ctx.Args().First()
	var d *dataset.Dataset
	root, rerr := datastore.ParseRoot(arg)
	if rerr == nil {
		var err error
		if d, err = (datastore.Store{Dir: ctx.String("dir")}).Get(root); err != nil && !errors.Is(err, datastore.ErrNotFound) {
			return fmt.Errorf("dataset info: %w", err)
		} else if err != nil && ctx.String("l1-rpc") == "" {
			return fmt.Errorf("dataset info: %w (and no --l1-rpc to look it up)", err)
		}
	} else {
		var err error
		if d, err = loadDataset(ctx, arg); err != nil {
			return fmt.Errorf("dataset info: %w", err)
		}
		root = d.Root()
	}
	if d != nil {
		printDataset(ctx, d, root)
	} else {
		fmt.Fprintf(ctx.App.Writer, "dataset root %s\nnot in %s\n", hexHash(root), ctx.String("dir"))
	}
	if ctx.String("l1-rpc") == "" {
		return nil
	}
	reg, err := registryAddr(ctx)
	if err != nil {
		return fmt.Errorf("dataset info: %w", err)
	}
	c, err := ethclient.DialContext(ctx.Context, ctx.String("l1-rpc"))
	if err != nil {
		return fmt.Errorf("dataset info: --l1-rpc: %w", err)
	}
	defer c.Close()
	b := bindings.NewDatasetRegistry()
	id, err := call(ctx.Context, c, reg, b.PackDatasetIdOf(root), b.UnpackDatasetIdOf)
	if err != nil {
		return fmt.Errorf("dataset info: %w", err)
	}
	if id.Sign() == 0 {
		fmt.Fprintln(ctx.App.Writer, "not registered on L1")
		return nil
	}
	ds, err := call(ctx.Context, c, reg, b.PackDataset(id), b.UnpackDataset)
	if err != nil {
		return fmt.Errorf("dataset info: %w", err)
	}
	fmt.Fprintf(ctx.App.Writer, "registered as dataset %s by %s at %s\nregistered records %d, bytes %d\nuri %s\nlicence %s\n",
		id, ds.Publisher, time.Unix(int64(ds.PublishedAt), 0).UTC().Format(time.RFC3339), ds.RecordCount, ds.ByteSize, ds.Uri, ds.Licence)
	if d != nil && (ds.RecordCount != uint64(len(d.Records)) || ds.ByteSize != uint64(d.Size())) {
		return fmt.Errorf("dataset info: the registration (%d records, %d bytes) disagrees with the data (%d records, %d bytes)",
			ds.RecordCount, ds.ByteSize, len(d.Records), d.Size())
	}
	return nil
}

// call runs a read-only contract call at the latest block and unpacks it.
func call[T any](ctx context.Context, c *ethclient.Client, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, err
	}
	return unpack(out)
}

func datasetVerify(ctx *cli.Context) error {
	if ctx.NArg() != 2 {
		return fmt.Errorf("dataset verify: %w: want FILE ROOT, got %d arguments", errDataset, ctx.NArg())
	}
	root, err := datastore.ParseRoot(ctx.Args().Get(1))
	if err != nil {
		return fmt.Errorf("dataset verify: %w", err)
	}
	d, err := loadDataset(ctx, ctx.Args().First())
	if err != nil {
		return fmt.Errorf("dataset verify: %w", err)
	}
	if err := dataset.Verify(d, root); err != nil {
		return fmt.Errorf("dataset verify: %s: %w", ctx.Args().First(), err)
	}
	fmt.Fprintf(ctx.App.Writer, "ok: %s is dataset %s (%d records, %d tokens)\n", filepath.Base(ctx.Args().First()), hexHash(root), len(d.Records), d.Tokens())
	return nil
}

func datasetServe(ctx *cli.Context, addr string) error {
	s := datastore.Store{Dir: ctx.String("dir")}
	return serveHTTP(ctx, "dataset serve", addr, s.Handler(), fmt.Sprintf("serving %s at http://%%s/datasets/{root}", s.Dir))
}
