package sequencer

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/sequencer/store"
)

// TestTrainingRecord: a training job's record is the one docs/protocol.md
// ("Training jobs") defines: the base model root (zero for pretraining), the
// job's inputHash (its configuration hash) and params (maxTokens = N), no
// prompt, output tokens, residual or KV root, the dataset and new model
// roots, and the new model root's 32 bytes as its output; a result without
// those roots, or with output tokens, is refused.
func TestTrainingRecord(t *testing.T) {
	base, cfg := common.HexToHash("0xba5e"), common.HexToHash("0xc0f1")
	data, newRoot := common.HexToHash("0xda7a"), common.HexToHash("0x0e11")
	for _, kind := range []uint8{record.KindFineTune, record.KindPretrain} {
		root := base
		if kind == record.KindPretrain {
			root = common.Hash{}
		}
		j := &store.Job{ID: store.L1ID(big.NewInt(7)), Spec: store.Spec{Kind: kind, Model: 1, InputHash: cfg, Input: make([]byte, 152),
			DatasetID: 2, Params: store.Params{MaxTokens: 12}, MaxFee: big.NewInt(99)},
			Result: &store.Result{Worker: "w", DatasetRoot: data, NewModelRoot: newRoot}}
		r, out, err := recordOf(j, root)
		require.NoError(t, err)
		require.Equal(t, newRoot.Bytes(), out)
		require.Equal(t, record.JobRecord{JobID: 7, Kind: kind, ModelRoot: root, InputHash: cfg, Params: record.JobParams{MaxTokens: 12},
			OutputHash: crypto.Keccak256Hash(newRoot.Bytes()), Fee: big.NewInt(99), DatasetRoot: data, NewModelRoot: newRoot}, r)
		require.Equal(t, abiRecordBytes+64+32+64, entryBytes(j))

		for name, res := range map[string]*store.Result{
			"no new model root": {DatasetRoot: data},
			"no dataset root":   {NewModelRoot: newRoot},
			"output tokens":     {DatasetRoot: data, NewModelRoot: newRoot, Output: []uint32{1}},
		} {
			j.Result = res
			_, _, err := recordOf(j, root)
			require.ErrorIs(t, err, store.ErrInvalid, name)
		}
	}
	// An inference record carries no training roots.
	j := &store.Job{ID: store.L1ID(big.NewInt(8)), Spec: store.Spec{Kind: record.KindInference, Model: 1, Input: []byte{0, 0, 0, 5}, MaxFee: big.NewInt(1)},
		Result: &store.Result{Output: []uint32{3, 4}, DatasetRoot: data, NewModelRoot: newRoot}}
	r, out, err := recordOf(j, base)
	require.NoError(t, err)
	require.Equal(t, []byte{0, 0, 0, 3, 0, 0, 0, 4}, out)
	require.Equal(t, uint32(1), r.PromptLen)
	require.Equal(t, uint32(2), r.OutputLen)
	require.Zero(t, r.DatasetRoot)
	require.Zero(t, r.NewModelRoot)
}

// TestBuildBatchPretrainRecord: a pretraining job names its reference model
// (JobInbox requires one: its run's RoPE source), which is no base, so its
// record's modelRoot is zero, served model or not; a fine-tuning job's is
// its base model's root.
func TestBuildBatchPretrainRecord(t *testing.T) {
	st, err := store.Open(t.TempDir(), store.Options{Logger: log.NewLogger(log.DiscardHandler())})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	served := common.HexToHash("0xba5e")
	var ids []store.ID
	for i, kind := range []uint8{record.KindPretrain, record.KindFineTune, record.KindPretrain} {
		id := store.L1ID(big.NewInt(int64(i + 1)))
		model := uint64(1)
		if i == 2 {
			model = 7 // a reference model this sequencer does not serve
		}
		_, _, err := st.Put(&store.Job{ID: id, L1: &store.L1Origin{Block: 1}, Spec: store.Spec{Kind: kind, Model: model, Input: make([]byte, 152),
			InputHash: common.HexToHash("0xc0f1"), DatasetID: 1, Params: store.Params{MaxTokens: 3}, MaxFee: big.NewInt(1)}})
		require.NoError(t, err)
		require.NoError(t, st.Queue(id))
		require.NoError(t, st.Lease(id, store.Lease{Worker: "w", Deadline: time.Now().Add(time.Hour)}))
		require.NoError(t, st.SetResult(id, store.Result{Worker: "w", DatasetRoot: common.HexToHash("0xda7a"), NewModelRoot: common.HexToHash("0x0e11")}))
		ids = append(ids, id)
	}
	b, err := st.CreateBatch(0, ids)
	require.NoError(t, err)
	d, err := buildBatch(st, b, map[uint64]common.Hash{1: served})
	require.NoError(t, err)
	require.Len(t, d.records, 3)
	require.Zero(t, d.records[0].ModelRoot, "pretraining: no base")
	require.Equal(t, served, common.Hash(d.records[1].ModelRoot), "fine-tuning: the base's root")
	require.Zero(t, d.records[2].ModelRoot, "pretraining on an unserved reference")
}
