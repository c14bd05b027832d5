package trainjob

import (
	"context"
	"encoding/binary"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// TestInboxAgrees runs JobInbox.submit (as an eth_call, on the deployed
// contracts) and Parse + Check + CheckSteps on the same training jobs: the
// pinned vector, a pretraining run, and inputs with one field set at random
// (often out of its bounds). The inbox accepts exactly what Go accepts, and
// an accepted job's inputHash is Config.Hash.
func TestInboxAgrees(t *testing.T) {
	ctx := context.Background()
	chain := l1test.New(t, 2)
	const split = 10
	addrs, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 100, Game: deploy.DevnetGame(split, 24), Rollup: deploy.DevnetRollup(), VM: deploy.Transformer, Training: true,
	})
	require.NoError(t, err)
	user := &l1test.Sender{C: chain, I: 1}
	// Model 1: the tiny model (vocabulary 512, context 256).
	path := filepath.Join(t.TempDir(), "m.gguf")
	require.NoError(t, llama.Generate(path, modelgen.Tiny))
	l, err := llama.Load(path)
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	tree, err := vm.NewModelTree(l.Model)
	require.NoError(t, err)
	regCfg, metaProof, err := fraud.Registration(l.Model, tree)
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.ModelRegistry, bindings.NewModelRegistry().PackRegister(tree.Root(), regCfg, metaProof, "http://127.0.0.1/tiny.gguf"), nil)
	require.NoError(t, err)
	// Dataset 1.
	_, err = user.Send(ctx, addrs.DatasetRegistry, bindings.NewDatasetRegistry().PackPublish([32]byte{1}, 1, 1, "http://127.0.0.1/d", "MIT"), nil)
	require.NoError(t, err)
	base := &Base{Vocab: modelgen.Tiny.Vocab, Context: modelgen.Tiny.Context}

	ib := bindings.NewJobInbox()
	submit := func(kind uint8, model uint64, input []byte, steps uint32) (bool, error) {
		data := ib.PackSubmit(kind, model, input, 1, bindings.IJobInboxParams{MaxTokens: steps}, common.Address{}, 0)
		_, err := chain.Client.CallContract(ctx, ethereum.CallMsg{From: chain.Addrs[1], To: &addrs.JobInbox, Data: data, Value: big.NewInt(1)}, nil)
		return err == nil, err
	}
	goAccepts := func(kind uint8, input []byte, steps uint32) error {
		c, err := Parse(input)
		if err != nil {
			return err
		}
		if err := c.Check(kind, base); err != nil {
			return err
		}
		return CheckSteps(steps, split)
	}

	ft := Config{Spec: modelgen.Tiny, Hyper: vector().Hyper, LoRA: vector().LoRA}
	pre := Config{Spec: modelgen.Tiny, Hyper: vector().Hyper}
	r := rand.New(rand.NewPCG(16, 3))
	accepted, refused := 0, 0
	for i := range 400 {
		kind, model, c := record.KindFineTune, uint64(1), ft
		if i%3 == 0 {
			kind, model, c = record.KindPretrain, 1, pre
		}
		in := c.Input()
		steps := uint32(1 + r.IntN(20))
		if i >= 4 {
			// One field at random: a 4- or 8-byte field past the tag set to a value near a bound, or any.
			fields := []int{24, 28, 32, 36, 40, 44, 48, 52, 56, 64, 72, 80, 88, 92, 96, 104, 112, 120, 128, 132, 140, 144}
			sizes := map[int]int{56: 8, 64: 8, 72: 8, 80: 8, 96: 8, 104: 8, 112: 8, 120: 8, 132: 8, 144: 8}
			off := fields[r.IntN(len(fields))]
			vals := []uint64{0, 1, 2, 127, 128, 256, 257, 512, 513, 1 << 12, 1<<12 - 1, 1 << 30, 1<<30 + 1, 1 << 32, 1<<32 - 1, 1<<32 + 1, 1 << 40, 1<<40 + 1, 1 << 63, ^uint64(0), r.Uint64()}
			v := vals[r.IntN(len(vals))]
			if sizes[off] == 8 {
				binary.BigEndian.PutUint64(in[off:], v)
			} else {
				binary.BigEndian.PutUint32(in[off:], uint32(v))
			}
			if r.IntN(10) == 0 {
				steps = uint32(MaxSteps(split)) + uint32(r.IntN(3)) - 1
			}
		}
		goErr := goAccepts(kind, in, steps)
		ok, solErr := submit(kind, model, in, steps)
		require.Equal(t, goErr == nil, ok, "job %d: kind %d, input %x, steps %d: Go %v, JobInbox %v", i, kind, in, steps, goErr, solErr)
		if ok {
			accepted++
		} else {
			refused++
		}
	}
	require.Greater(t, accepted, 50)
	require.Greater(t, refused, 50)

	// An accepted job stores the configuration hash as its inputHash.
	in := ft.Input()
	rc, err := user.Send(ctx, addrs.JobInbox, ib.PackSubmit(record.KindFineTune, 1, in, 1, bindings.IJobInboxParams{MaxTokens: 3}, common.Address{}, 0), big.NewInt(1))
	require.NoError(t, err)
	var stored [32]byte
	for _, lg := range rc.Logs {
		if ev, err := ib.UnpackJobSubmittedEvent(lg); err == nil {
			stored = ev.InputHash
		}
	}
	require.Equal(t, [32]byte(ft.Hash()), stored)
}
