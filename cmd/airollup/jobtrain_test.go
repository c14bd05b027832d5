package main

import (
	"context"
	"encoding/hex"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/internal/trainjob"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// TestJobTrainSubmitsOnL1: `job train` submits a LoRA fine-tune of a
// registered model and a pretraining job with that model as its reference
// (RoPE source, dimensions) to the deployed JobInbox; each job
// stores the configuration hash of the flags' configuration as its
// inputHash, its dataset and its steps; a job the inbox refuses (steps past
// the game's split depth) and bad flags fail with errJobTrain.
func TestJobTrainSubmitsOnL1(t *testing.T) {
	ctx := context.Background()
	tm := newTinyModel(t)
	chain := l1test.New(t, 2)
	addrs, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 1000, Game: deploy.DevnetGame(10, 24), Rollup: deploy.DevnetRollup(), VM: deploy.Transformer, Training: true,
	})
	require.NoError(t, err)
	acct := &l1test.Sender{C: chain, I: 0}
	regCfg, metaProof, err := fraud.Registration(tm.Model, tm.Tree)
	require.NoError(t, err)
	_, err = acct.Send(ctx, addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tm.Tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	require.NoError(t, err)
	_, err = acct.Send(ctx, addrs.DatasetRegistry, bindings.NewDatasetRegistry().PackPublish(merkle.Keccak([]byte("corpus")), 3, 300, "http://d", "MIT"), nil)
	require.NoError(t, err)
	startMiner(t, chain, 50*time.Millisecond)
	l1URL := l1Proxy(t, chain.RPC())
	tx := []string{"--l1-rpc", l1URL, "--inbox", addrs.JobInbox.Hex(), "--private-key", hex.EncodeToString(crypto.FromECDSA(chain.Keys[1])),
		"--num-confirmations", "1", "--txmgr.receipt-query-interval", "100ms", "--max-fee", "1000", "--dataset", "1"}

	out, err := runApp(t, append([]string{"job", "train", "--kind", "finetune", "--model", "1", "--model-file", tm.File, "--steps", "5",
		"--batch", "2", "--seq-len", "16", "--lora-rank", "4", "--lora-targets", "q,v", "--init-seed", "9"}, tx...)...)
	require.NoError(t, err, out)
	require.Contains(t, out, "l1:1\n")
	base, err := train.FromCanonical(tm.Model, 9)
	require.NoError(t, err)
	ft := trainjob.Config{Spec: base.Spec, Hyper: train.DefaultAdam(2, 16),
		LoRA: &train.LoRA{Rank: 4, Scale: 2 << train.HFrac, Targets: train.LoRAQ | train.LoRAV, Seed: 1}}
	ft.Hyper.LR = (1000<<train.HFrac + 500_000) / 1_000_000

	ref := []string{"--kind", "pretrain", "--model", "1", "--model-file", tm.File}
	out, err = runApp(t, append(append([]string{"job", "train"}, ref...), append([]string{"--steps", "7", "--optimizer", "sgd", "--batch", "1", "--seq-len", "32"}, tx...)...)...)
	require.NoError(t, err, out)
	require.Contains(t, out, "l1:2\n")
	refSpec, err := train.FromCanonical(tm.Model, 1)
	require.NoError(t, err)
	pre := trainjob.Config{Spec: refSpec.Spec, Hyper: train.DefaultAdam(1, 32)}
	pre.Hyper.Optimizer, pre.Hyper.LR = train.SGD, ft.Hyper.LR

	ib := bindings.NewJobInbox()
	for i, want := range []struct {
		kind  uint8
		model uint64
		cfg   trainjob.Config
		steps uint32
	}{{record.KindFineTune, 1, ft, 5}, {record.KindPretrain, 1, pre, 7}} {
		res, err := chain.Client.CallContract(ctx, ethereum.CallMsg{To: &addrs.JobInbox, Data: ib.PackJob(big.NewInt(int64(i + 1)))}, nil)
		require.NoError(t, err)
		j, err := ib.UnpackJob(res)
		require.NoError(t, err)
		require.Equal(t, want.kind, j.Kind, "job %d", i+1)
		require.Equal(t, want.model, j.ModelId)
		require.Equal(t, [32]byte(want.cfg.Hash()), j.InputHash, "job %d: the configuration hash", i+1)
		require.Equal(t, uint64(1), j.DatasetId)
		require.Equal(t, want.steps, j.Params.MaxTokens)
	}

	_, err = runApp(t, append(append([]string{"job", "train"}, ref...), append([]string{"--steps", "2000", "--batch", "1", "--seq-len", "32"}, tx...)...)...)
	require.ErrorIs(t, err, errJobTrain, "steps past 2^10 - 3, the inbox's limit")
	require.ErrorContains(t, err, "steps 2000 must be 1..1021")
	for name, args := range map[string][]string{
		"kind":          {"--kind", "infer", "--steps", "1"},
		"no base":       {"--kind", "finetune", "--steps", "1"},
		"no reference":  {"--kind", "pretrain", "--steps", "1"},
		"pretrain LoRA": append(ref, "--lora-rank", "2", "--steps", "1"),
		"batch tokens":  append(ref, "--batch", "3", "--seq-len", "128", "--steps", "1"),
		"no steps":      append(ref, "--seq-len", "32"),
	} {
		_, err := runApp(t, append(append([]string{"job", "train"}, args...), tx...)...)
		require.ErrorIs(t, err, errJobTrain, name)
	}
}
