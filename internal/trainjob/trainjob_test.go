package trainjob

import (
	"encoding/hex"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
)

// vector is the configuration contracts/test/JobInbox.t.sol pins as
// GO_INPUT and GO_HASH: a LoRA fine-tune (rank 8 on q and v, Adam) of a
// vocabulary-1000, context-512 base.
func vector() Config {
	return Config{
		Spec:  modelgen.Spec{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 192, Vocab: 1000, Context: 512, Seed: 1},
		Hyper: train.DefaultAdam(4, 64),
		LoRA:  &train.LoRA{Rank: 8, Scale: 2 << train.HFrac, Targets: train.LoRAQ | train.LoRAV, Seed: 1},
	}
}

const (
	vectorInput = "6169726f6c6c75702e747261696e2e636f6e6669672e7631" + // tag
		"00000040000000020000000400000002000000c0000003e800000200" + // dims
		"00000001" + "0000000000418937" + "00000000e6666666" + "00000000ffbe76c8" + "0000000000001000" + // Adam, lr, β1, β2, ε
		"00000004" + "00000040" + "0000000000000000" + "0000000000000000" + "0000000000000000" + // batch, seqLen, no decay
		"0000000000000001" + "00000008" + "0000000200000000" + "00000005" + "0000000000000001" // seed, LoRA
)

// vectorHash is keccak256(vectorInput), the vector's configuration hash.
const vectorHash = "e3b118a8658f872ef9fef681c7e027ad0f49f05becfd9b48dbbd1f4aeb1b2fbf"

// TestInputIsTheConfigHashPreimage: Input is Size bytes whose keccak256 is
// train.ConfigHash of the run, for the pinned vector (whose bytes and hash
// the forge test pins too) and for a full run; Parse reads it back.
func TestInputIsTheConfigHashPreimage(t *testing.T) {
	for _, c := range []Config{vector(), {Spec: modelgen.Tiny, Hyper: train.Hyper{Optimizer: train.SGD, LR: 1 << 20, Batch: 2, SeqLen: 32,
		LRFinal: 1 << 10, DecayFrom: 3, DecaySteps: 7}}} {
		in := c.Input()
		require.Len(t, in, Size)
		require.Equal(t, merkle.Keccak(in), c.Hash())
		require.Equal(t, train.ConfigHash(c.Spec, c.Hyper, c.LoRA), c.Hash())
		got, err := Parse(in)
		require.NoError(t, err)
		require.Equal(t, c, got)
	}
	require.Equal(t, vectorInput, hex.EncodeToString(vector().Input()))
	h := vector().Hash()
	require.Equal(t, vectorHash, hex.EncodeToString(h[:]))
}

// TestParseRefuses: a wrong length or tag, and a full run (rank 0) with a
// LoRA field set, do not parse.
func TestParseRefuses(t *testing.T) {
	in := vector().Input()
	for name, b := range map[string][]byte{
		"short":     in[:Size-1],
		"long":      append(append([]byte{}, in...), 0),
		"tag":       append([]byte("airollup.train.config.v2"), in[len(Tag):]...),
		"rank0seed": func() []byte { c := vector(); c.LoRA.Rank = 0; return c.Input() }(),
		"targets":   func() []byte { b := append([]byte{}, in...); b[140] = 1; return b }(),
	} {
		_, err := Parse(b)
		require.ErrorIs(t, err, ErrInput, name)
	}
}

// TestCheck: each bound Check applies, on the field it names.
func TestCheck(t *testing.T) {
	base := &Base{Vocab: 1000, Context: 512}
	require.NoError(t, vector().Check(record.KindFineTune, base))
	full := vector()
	full.LoRA = nil
	require.NoError(t, full.Check(record.KindPretrain, base))
	require.NoError(t, full.Check(record.KindFineTune, base))
	for name, tc := range map[string]struct {
		mut  func(c *Config)
		kind uint8
		base *Base
		want string
	}{
		"pretrain LoRA":   {func(*Config) {}, record.KindPretrain, base, "pretraining job is a full run"},
		"pretrain ref":    {func(c *Config) { c.LoRA = nil }, record.KindPretrain, nil, "needs its reference model"},
		"pretrain vocab":  {func(c *Config) { c.LoRA = nil; c.Spec.Vocab = 999 }, record.KindPretrain, base, "vocab 999"},
		"pretrain ctx":    {func(c *Config) { c.LoRA = nil; c.Spec.Context = 256 }, record.KindPretrain, base, "context 256"},
		"fine-tune base":  {func(*Config) {}, record.KindFineTune, nil, "needs its base model"},
		"inference":       {func(*Config) {}, record.KindInference, base, "not a training kind"},
		"dims":            {func(c *Config) { c.Spec.FFDim = 0 }, record.KindFineTune, base, "non-zero"},
		"vocab":           {func(c *Config) { c.Spec.Vocab = 999 }, record.KindFineTune, base, "vocab 999"},
		"context":         {func(c *Config) { c.Spec.Context = 1024 }, record.KindFineTune, base, "context 1024"},
		"optimizer":       {func(c *Config) { c.Hyper.Optimizer = 2 }, record.KindFineTune, base, "optimizer 2"},
		"lr":              {func(c *Config) { c.Hyper.LR = -1 }, record.KindFineTune, base, "lr -1"},
		"lr decay":        {func(c *Config) { c.Hyper.DecayFrom = 1 }, record.KindFineTune, base, "needs decay steps"},
		"decay steps":     {func(c *Config) { c.Hyper.DecaySteps = 1<<30 + 1; c.Hyper.LRFinal = 1 }, record.KindFineTune, base, "at most 2^30"},
		"final lr":        {func(c *Config) { c.Hyper.DecaySteps = 5 }, record.KindFineTune, base, "final lr 0"},
		"beta1":           {func(c *Config) { c.Hyper.Beta1 = train.OneH }, record.KindFineTune, base, "beta1"},
		"beta2":           {func(c *Config) { c.Hyper.Beta2 = -1 }, record.KindFineTune, base, "beta2"},
		"eps":             {func(c *Config) { c.Hyper.Eps = 1 }, record.KindFineTune, base, "eps"},
		"batch":           {func(c *Config) { c.Hyper.Batch = 0 }, record.KindFineTune, base, "batch 0"},
		"seqLen":          {func(c *Config) { c.Hyper.SeqLen = 513 }, record.KindFineTune, base, "sequence length 513"},
		"batch tokens":    {func(c *Config) { c.Hyper.Batch = 9 }, record.KindFineTune, base, "9 × 64"},
		"LoRA rank":       {func(c *Config) { c.LoRA.Rank = 257 }, record.KindFineTune, base, "rank 257"},
		"LoRA scale":      {func(c *Config) { c.LoRA.Scale = 0 }, record.KindFineTune, base, "scale 0"},
		"LoRA targets":    {func(c *Config) { c.LoRA.Targets = 0x80 }, record.KindFineTune, base, "targets 0x80"},
		"SGD any moments": {func(c *Config) { c.Hyper.Optimizer = train.SGD; c.Hyper.Beta1 = -5 }, record.KindFineTune, base, ""},
	} {
		c := vector()
		tc.mut(&c)
		err := c.Check(tc.kind, tc.base)
		if tc.want == "" {
			require.NoError(t, err, name)
			continue
		}
		require.ErrorIs(t, err, ErrInput, name)
		require.ErrorContains(t, err, tc.want, name)
	}
}

// TestCheckSteps: 1 to 2^split − 3 steps.
func TestCheckSteps(t *testing.T) {
	require.Equal(t, uint64(1<<18-3), MaxSteps(18))
	require.NoError(t, CheckSteps(1, 18))
	require.NoError(t, CheckSteps(1<<18-3, 18))
	require.ErrorIs(t, CheckSteps(0, 18), ErrInput)
	require.ErrorIs(t, CheckSteps(1<<18-2, 18), ErrInput)
	require.NoError(t, CheckSteps(^uint32(0), 100))
}

// FuzzParse: whatever parses encodes back to the same bytes, so that a
// parsed configuration's Hash is the job's inputHash.
func FuzzParse(f *testing.F) {
	f.Add(vector().Input())
	f.Add(Config{Spec: modelgen.Tiny, Hyper: train.DefaultAdam(1, 8)}.Input())
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Parse(b)
		if err != nil {
			if !errors.Is(err, ErrInput) {
				t.Fatalf("error %v does not wrap ErrInput", err)
			}
			return
		}
		if got := c.Input(); string(got) != string(b) {
			t.Fatalf("Parse(%x).Input() = %x", b, got)
		}
		if c.Hash() != merkle.Keccak(b) {
			t.Fatalf("Hash of %x is not its keccak256", b)
		}
	})
}
