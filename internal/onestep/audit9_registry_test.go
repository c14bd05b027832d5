package onestep_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// TestAudit9RefusedWideRow: ModelRegistry.reportRefusedRow against roots
// computed by Go (canon.RowLeaf) for a model whose ffn_down rows have 257
// blocks (three parts of 128, 128 and 1 blocks). An honest wide row opens
// (the revert is RowNotRefused, not BadRowOpening) and is not refused; the
// 96-byte preimage of its row leaf (the parts' hashes) opens too, and only
// refusedRow's exact-length check keeps it from being read as a row; a non-finite scale in any part, the ragged last one included, makes
// the model refusable.
func TestAudit9RefusedWideRow(t *testing.T) {
	ctx := context.Background()
	chain, addrs, reg, inst, user := registryRig(t)
	spec := modelgen.Spec{Dim: 32, Layers: 1, Heads: 2, KVHeads: 2, FFDim: 8224, Vocab: 16, Context: 8, Seed: 9}

	register := func(m *canon.Model) (*vm.ModelTree, *big.Int) {
		tree, err := vm.NewModelTree(m)
		require.NoError(t, err)
		cfg, metaProof, err := fraud.Registration(m, tree)
		require.NoError(t, err)
		_, err = user.Send(ctx, addrs.ModelRegistry, reg.PackRegister(tree.Root(), cfg, metaProof, "http://127.0.0.1/m.gguf"), nil)
		require.NoError(t, err)
		id, err := bind.Call(inst, nil, reg.PackModelIdOf(tree.Root()), reg.UnpackModelIdOf)
		require.NoError(t, err)
		require.NotZero(t, id.Sign())
		return tree, id
	}
	report := func(id *big.Int, o vm.Opening) error {
		proof := make([][32]byte, len(o.Proof))
		for i, h := range o.Proof {
			proof[i] = h
		}
		_, err := bind.Call(inst, &bind.CallOpts{From: chain.Addrs[1]},
			reg.PackReportRefusedRow(id, new(big.Int).SetUint64(o.Index), o.Data, proof), func([]byte) (struct{}, error) { return struct{}{}, nil })
		return err
	}
	revert := func(err error) any {
		t.Helper()
		require.Error(t, err)
		var de rpc.DataError
		require.True(t, errors.As(err, &de), "no revert data: %v", err)
		s, ok := de.ErrorData().(string)
		require.True(t, ok)
		dec, err := reg.UnpackError(common.FromHex(s))
		require.NoError(t, err)
		return dec
	}

	honest, err := spec.Model()
	require.NoError(t, err)
	tree, id := register(honest)
	for _, r := range []int{0, 17, honest.Dim - 1} {
		o, err := tree.Open(canon.LeafRow, 0, vm.MatDown, r)
		require.NoError(t, err)
		require.Len(t, o.Data, 257*canon.BlockBytes)
		require.IsType(t, &bindings.ModelRegistryRowNotRefused{}, revert(report(id, o)), "honest row %d", r)
		// the row leaf's own preimage (the three parts' hashes) is not a row
		var cat []byte
		for _, h := range canon.RowPartHashes(merkle.NewHasher(), o.Data) {
			cat = append(cat, h[:]...)
		}
		require.Len(t, cat, 96)
		o.Data = cat
		// it opens (the leaf is keccak256 of these 96 bytes): only refusedRow's exact
		// row length rejects it
		require.IsType(t, &bindings.ModelRegistryRowNotRefused{}, revert(report(id, o)), "parts' hashes as the row, row %d", r)
	}

	// a non-finite scale in part 0, 1 or the ragged part 2 of an ffn_down row,
	// and in a 1-part gate row: each model is refusable
	for i, c := range []struct{ which, row, block int }{
		{vm.MatDown, 3, 5}, {vm.MatDown, 4, 200}, {vm.MatDown, 31, 256}, {vm.MatGate, 7, 0},
	} {
		s := spec
		s.Seed = uint64(100 + i)
		m, err := s.Model()
		require.NoError(t, err)
		mats := []*canon.Q8Matrix{&m.Blocks[0].Wq, &m.Blocks[0].Wk, &m.Blocks[0].Wv, &m.Blocks[0].Wo, &m.Blocks[0].Wgate, &m.Blocks[0].Wup, &m.Blocks[0].Wdown}
		row := mats[c.which].Row(c.row)
		row[c.block*canon.BlockBytes], row[c.block*canon.BlockBytes+1] = 0x00, 0x7c // +inf, little-endian
		require.ErrorIs(t, m.Init(), canon.ErrScale)
		tree, id := register(m)
		o, err := tree.Open(canon.LeafRow, 0, c.which, c.row)
		require.NoError(t, err)
		_, err = user.Send(ctx, addrs.ModelRegistry, reg.PackReportRefusedRow(id, new(big.Int).SetUint64(o.Index), o.Data, hashes32(o.Proof)), nil)
		require.NoError(t, err, "%+v", c)
		sum, err := bind.Call(inst, nil, reg.PackSummary(id), reg.UnpackSummary)
		require.NoError(t, err)
		require.True(t, sum.Refused, "%+v", c)
	}
}

func hashes32(hs []merkle.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// TestAudit9RefusedWidestRowFitsATransaction: voiding a model through a
// non-finite scale in the last part of an ffn_down row at canon.MaxFFDim
// (3072 blocks, 24 parts; the whole row is the report's calldata) stays a
// transaction geth accepts (under 120 KiB, as step proofs) and well under a
// 30M block gas limit.
func TestAudit9RefusedWidestRowFitsATransaction(t *testing.T) {
	ctx := context.Background()
	_, addrs, reg, inst, user := registryRig(t)
	m, err := modelgen.Spec{Dim: 32, Layers: 1, Heads: 2, KVHeads: 2, FFDim: canon.MaxFFDim, Vocab: 16, Context: 8, Seed: 3}.Model()
	require.NoError(t, err)
	const row, block = 30, canon.MaxFFDim/canon.BlockSize - 1
	d := m.Blocks[0].Wdown.Row(row)
	d[block*canon.BlockBytes], d[block*canon.BlockBytes+1] = 0xff, 0x7f // NaN
	tree, err := vm.NewModelTree(m)
	require.NoError(t, err)
	cfg, metaProof, err := fraud.Registration(m, tree)
	require.NoError(t, err)
	_, err = user.Send(ctx, addrs.ModelRegistry, reg.PackRegister(tree.Root(), cfg, metaProof, "http://127.0.0.1/m.gguf"), nil)
	require.NoError(t, err)
	id, err := bind.Call(inst, nil, reg.PackModelIdOf(tree.Root()), reg.UnpackModelIdOf)
	require.NoError(t, err)
	o, err := tree.Open(canon.LeafRow, 0, vm.MatDown, row)
	require.NoError(t, err)
	require.Len(t, o.Data, canon.MaxFFDim/canon.BlockSize*canon.BlockBytes)
	data := reg.PackReportRefusedRow(id, new(big.Int).SetUint64(o.Index), o.Data, hashes32(o.Proof))
	rcpt, err := user.Send(ctx, addrs.ModelRegistry, data, nil)
	require.NoError(t, err)
	t.Logf("reportRefusedRow of a %d-block row: %d bytes of calldata, %d gas", len(o.Data)/canon.BlockBytes, len(data), rcpt.GasUsed)
	require.Less(t, len(data), 120<<10)
	require.Less(t, rcpt.GasUsed, uint64(30_000_000))
	sum, err := bind.Call(inst, nil, reg.PackSummary(id), reg.UnpackSummary)
	require.NoError(t, err)
	require.True(t, sum.Refused)
}

// registryRig deploys the devnet contracts with the TransformerVM on a
// simulated L1 and returns the ModelRegistry's binding, its bound instance
// and a user account (1) to report from.
func registryRig(t *testing.T) (*l1test.Chain, *deploy.Addresses, *bindings.ModelRegistry, *bind.BoundContract, *l1test.Sender) {
	t.Helper()
	chain := l1test.New(t, 2)
	addrs, err := deploy.Deploy(context.Background(), chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 100, Game: deploy.DevnetGame(10, 44), Rollup: deploy.DevnetRollup(), VM: deploy.Transformer,
	})
	require.NoError(t, err)
	reg := bindings.NewModelRegistry()
	return chain, addrs, reg, reg.Instance(chain.Client, addrs.ModelRegistry), &l1test.Sender{C: chain, I: 1}
}
