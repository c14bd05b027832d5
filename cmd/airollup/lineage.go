package main

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/datastore"
)

// errLineage is returned for a lineage that cannot be read.
var errLineage = errors.New("model lineage")

// maxLineageDepth bounds the walk back through base models (a registry
// cannot hold a cycle — a lineage names a base registered before — but a
// bound keeps a lying endpoint from looping the command).
const maxLineageDepth = 256

func modelLineageCommand() *cli.Command {
	return &cli.Command{
		Name:      "lineage",
		Usage:     "Print a trained model's lineage on L1, back to its pretraining dataset",
		ArgsUsage: "ROOT",
		Description: "Reads DatasetRegistry's lineage of ROOT (base model, dataset, training configuration hash, training job), " +
			"then the base model's root from ModelRegistry and its lineage, and so on until a model pretrained from a seeded init " +
			"(base model 0) or one without a recorded lineage. The registries are read from --rollup, or given directly.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "l1-rpc", Usage: "L1 JSON-RPC endpoint", EnvVars: envs("model_lineage", "l1-rpc")},
			&cli.StringFlag{Name: "rollup", Usage: "Rollup address (its datasets() and models() registries are used)", EnvVars: envs("model_lineage", "rollup")},
			&cli.StringFlag{Name: "dataset-registry", Usage: "DatasetRegistry address (instead of --rollup's)", EnvVars: envs("model_lineage", "dataset-registry")},
			&cli.StringFlag{Name: "model-registry", Usage: "ModelRegistry address (instead of --rollup's)", EnvVars: envs("model_lineage", "model-registry")},
		},
		Action: modelLineage,
	}
}

func addrFlag(ctx *cli.Context, name string) (common.Address, bool, error) {
	s := ctx.String(name)
	if s == "" {
		return common.Address{}, false, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, false, fmt.Errorf("%w: --%s %q is not an address", errLineage, name, s)
	}
	return common.HexToAddress(s), true, nil
}

func modelLineage(ctx *cli.Context) error {
	if ctx.NArg() != 1 {
		return fmt.Errorf("%w: want one model ROOT, got %d arguments", errLineage, ctx.NArg())
	}
	root, err := datastore.ParseRoot(ctx.Args().First())
	if err != nil {
		return fmt.Errorf("%w: %v", errLineage, err)
	}
	if ctx.String("l1-rpc") == "" {
		return fmt.Errorf("%w: --l1-rpc is required", errLineage)
	}
	c, err := ethclient.DialContext(ctx.Context, ctx.String("l1-rpc"))
	if err != nil {
		return fmt.Errorf("%w: --l1-rpc: %v", errLineage, err)
	}
	defer c.Close()
	dsReg, haveDS, err := addrFlag(ctx, "dataset-registry")
	if err != nil {
		return err
	}
	mReg, haveM, err := addrFlag(ctx, "model-registry")
	if err != nil {
		return err
	}
	if !haveDS || !haveM {
		rollup, ok, err := addrFlag(ctx, "rollup")
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("%w: give --rollup, or --dataset-registry and --model-registry", errLineage)
		}
		rb := bindings.NewRollup()
		if !haveDS {
			if dsReg, err = call(ctx.Context, c, rollup, rb.PackDatasets(), rb.UnpackDatasets); err != nil {
				return fmt.Errorf("%w: reading the Rollup's datasets(): %v", errLineage, err)
			}
		}
		if !haveM {
			if mReg, err = call(ctx.Context, c, rollup, rb.PackModels(), rb.UnpackModels); err != nil {
				return fmt.Errorf("%w: reading the Rollup's models(): %v", errLineage, err)
			}
		}
	}
	db, mb := bindings.NewDatasetRegistry(), bindings.NewModelRegistry()
	w := ctx.App.Writer
	for depth := 0; ; depth++ {
		if depth == maxLineageDepth {
			return fmt.Errorf("%w: more than %d generations", errLineage, maxLineageDepth)
		}
		mid, err := call(ctx.Context, c, mReg, mb.PackModelIdOf(root), mb.UnpackModelIdOf)
		if err != nil {
			return fmt.Errorf("%w: %v", errLineage, err)
		}
		reg := "not registered"
		if mid.Sign() != 0 {
			reg = "registered as model " + mid.String()
		}
		fmt.Fprintf(w, "model %s (%s)\n", hexHash(root), reg)
		lid, err := call(ctx.Context, c, dsReg, db.PackLineageOf(root), db.UnpackLineageOf)
		if err != nil {
			return fmt.Errorf("%w: %v", errLineage, err)
		}
		if lid.Sign() == 0 {
			fmt.Fprintln(w, "  no lineage recorded: the chain ends here")
			return nil
		}
		l, err := call(ctx.Context, c, dsReg, db.PackLineage(lid), db.UnpackLineage)
		if err != nil {
			return fmt.Errorf("%w: %v", errLineage, err)
		}
		ds, err := call(ctx.Context, c, dsReg, db.PackDataset(l.DatasetId), db.UnpackDataset)
		if err != nil {
			return fmt.Errorf("%w: dataset %s of lineage %s: %v", errLineage, l.DatasetId, lid, err)
		}
		fmt.Fprintf(w, "  trained by job %s, recorded %s (lineage %s)\n  on dataset %s: root %s, %d records, uri %s, licence %s\n  training configuration %s\n",
			jobName(l.JobId), time.Unix(int64(l.RecordedAt), 0).UTC().Format(time.RFC3339), lid,
			l.DatasetId, hexHash(ds.Root), ds.RecordCount, ds.Uri, ds.Licence, hexHash(l.TrainingConfigHash))
		if l.BaseModelId.Sign() == 0 {
			fmt.Fprintln(w, "  pretrained from a seeded init: the chain ends here")
			return nil
		}
		base, err := call(ctx.Context, c, mReg, mb.PackModel(l.BaseModelId), mb.UnpackModel)
		if err != nil {
			return fmt.Errorf("%w: base model %s: %v", errLineage, l.BaseModelId, err)
		}
		fmt.Fprintf(w, "  from base model %s\n", new(big.Int).Set(l.BaseModelId))
		root = base.Root
	}
}

// jobName names a lineage's job: JobInbox records bytes32(jobId), printed as
// l1:N after the hash; any other value is printed as a hash.
func jobName(id [32]byte) string {
	n := new(big.Int).SetBytes(id[:])
	if n.Sign() > 0 && n.BitLen() <= 64 {
		return fmt.Sprintf("%s (l1:%s)", hexHash(id), n)
	}
	return hexHash(id)
}
