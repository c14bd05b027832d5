package main

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/merkle"
)

// TestModelLineage walks a fine-tuned model's lineage back through its
// registered base model to the base's pretraining dataset.
func TestModelLineage(t *testing.T) {
	ctx := context.Background()
	tm := newTinyModel(t)
	chain := l1test.New(t, 2)
	addrs, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 1000, Game: deploy.DevnetGame(10, 24), Rollup: deploy.DevnetRollup(), VM: deploy.Transformer,
	})
	require.NoError(t, err)
	acct := &l1test.Sender{C: chain, I: 0}
	regCfg, metaProof, err := fraud.Registration(tm.Model, tm.Tree)
	require.NoError(t, err)
	_, err = acct.Send(ctx, addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tm.Tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	require.NoError(t, err)
	// A registry whose lineage writer is account 0 (the deployed one's is the Rollup).
	db := bindings.NewDatasetRegistry()
	reg := chain.Deploy(t, 0, common.FromHex(bindings.DatasetRegistryMetaData.Bin), db.PackConstructor(chain.Addrs[0]))
	d1, d2 := merkle.Keccak([]byte("pretraining corpus")), merkle.Keccak([]byte("fine-tuning set"))
	tuned := merkle.Keccak([]byte("fine-tuned model"))
	for _, data := range [][]byte{
		db.PackPublish(d1, 1000, 123456, "http://data/d1", "CC0-1.0"),
		db.PackPublish(d2, 10, 999, "http://data/d2", "MIT"),
		db.PackRecordLineage(tm.Root, big.NewInt(0), big.NewInt(1), merkle.Keccak([]byte("cfg1")), merkle.Keccak([]byte("job1"))),
		db.PackRecordLineage(tuned, big.NewInt(1), big.NewInt(2), merkle.Keccak([]byte("cfg2")), merkle.Keccak([]byte("job2"))),
	} {
		_, err := acct.Send(ctx, reg, data, nil)
		require.NoError(t, err)
	}
	startMiner(t, chain, 50*time.Millisecond)
	l1URL := l1Proxy(t, chain.RPC())

	out, err := runApp(t, "model", "lineage", hexHash(tuned), "--l1-rpc", l1URL, "--dataset-registry", reg.Hex(), "--model-registry", addrs.ModelRegistry.Hex())
	require.NoError(t, err, out)
	require.Contains(t, out, "model "+hexHash(tuned)+" (not registered)\n")
	require.Contains(t, out, "trained by job "+hexHash(merkle.Keccak([]byte("job2"))))
	require.Contains(t, out, "on dataset 2: root "+hexHash(d2)+", 10 records, uri http://data/d2, licence MIT")
	require.Contains(t, out, "from base model 1\nmodel "+hexHash(tm.Root)+" (registered as model 1)\n")
	require.Contains(t, out, "on dataset 1: root "+hexHash(d1)+", 1000 records")
	require.Contains(t, out, "pretrained from a seeded init: the chain ends here")

	// Through the Rollup's registries: nothing recorded there for this model.
	out, err = runApp(t, "model", "lineage", hexHash(tm.Root), "--l1-rpc", l1URL, "--rollup", addrs.Rollup.Hex())
	require.NoError(t, err, out)
	require.Contains(t, out, "(registered as model 1)\n  no lineage recorded: the chain ends here")

	_, err = runApp(t, "model", "lineage", hexHash(tm.Root), "--l1-rpc", l1URL)
	require.ErrorIs(t, err, errLineage)
	_, err = runApp(t, "model", "lineage", "0x12", "--l1-rpc", l1URL, "--rollup", addrs.Rollup.Hex())
	require.ErrorIs(t, err, errLineage)
}

// TestJobName: a lineage written by the JobInbox names its job by id.
func TestJobName(t *testing.T) {
	var id [32]byte
	id[31] = 4
	require.Equal(t, hexHash(id)+" (l1:4)", jobName(id))
	h := merkle.Keccak([]byte("job"))
	require.Equal(t, hexHash(h), jobName(h))
	require.Equal(t, hexHash([32]byte{}), jobName([32]byte{}))
}
