package trainjob

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
)

// Size is the length of a training job's input (JobInbox.TRAIN_CONFIG_BYTES).
const Size = 152

// Tag is the domain tag the input starts with (JobInbox.TRAIN_CONFIG_TAG).
const Tag = "airollup.train.config.v1"

// MaxBatch is the largest batch (JobInbox.MAX_TRAIN_BATCH, as train.Hyper.Check).
const MaxBatch = 1 << 16

// ErrInput is returned for an input that is not a training configuration
// JobInbox accepts, naming the field and its limit.
var ErrInput = errors.New("trainjob: invalid training job")

// Config is a training job's configuration: the model dimensions and init
// seed (Spec), the hyperparameters, and the LoRA adapters (nil: a full run).
type Config struct {
	Spec  modelgen.Spec
	Hyper train.Hyper
	LoRA  *train.LoRA
}

// Input returns the job input: "airollup.train.config.v1" ‖ be32 × [dim,
// layers, heads, kvHeads, ffDim, vocab, context] ‖ be32 optimizer ‖ be64 lr
// ‖ be64 β1 ‖ be64 β2 ‖ be64 ε ‖ be32 batch ‖ be32 seqLen ‖ be64 lrFinal ‖
// be64 decayFrom ‖ be64 decaySteps ‖ be64 model seed ‖ be32 LoRA rank ‖
// be64 LoRA scale ‖ be32 LoRA targets ‖ be64 LoRA seed (the LoRA fields
// zero in a full run): Size bytes whose keccak256 is Hash.
func (c Config) Input() []byte {
	var l train.LoRA
	if c.LoRA != nil {
		l = *c.LoRA
	}
	b := make([]byte, 0, Size)
	b = append(b, Tag...)
	s, h := c.Spec, c.Hyper
	for _, d := range []int{s.Dim, s.Layers, s.Heads, s.KVHeads, s.FFDim, s.Vocab, s.Context} {
		b = binary.BigEndian.AppendUint32(b, uint32(d))
	}
	b = binary.BigEndian.AppendUint32(b, uint32(h.Optimizer))
	for _, v := range []int64{h.LR, h.Beta1, h.Beta2, h.Eps} {
		b = binary.BigEndian.AppendUint64(b, uint64(v))
	}
	b = binary.BigEndian.AppendUint32(b, uint32(h.Batch))
	b = binary.BigEndian.AppendUint32(b, uint32(h.SeqLen))
	b = binary.BigEndian.AppendUint64(b, uint64(h.LRFinal))
	b = binary.BigEndian.AppendUint64(b, h.DecayFrom)
	b = binary.BigEndian.AppendUint64(b, h.DecaySteps)
	b = binary.BigEndian.AppendUint64(b, s.Seed)
	b = binary.BigEndian.AppendUint32(b, uint32(l.Rank))
	b = binary.BigEndian.AppendUint64(b, uint64(l.Scale))
	b = binary.BigEndian.AppendUint32(b, uint32(l.Targets))
	b = binary.BigEndian.AppendUint64(b, l.Seed)
	return b
}

// Hash returns the configuration hash, train.ConfigHash of the run: the
// keccak256 of Input, and the job's inputHash.
func (c Config) Hash() merkle.Hash { return train.ConfigHash(c.Spec, c.Hyper, c.LoRA) }

// Parse decodes a job input: exactly Size bytes starting with Tag. A zero
// LoRA rank is a full run (LoRA nil), whose other LoRA fields must be zero
// (else no run has this configuration hash). Parse checks the encoding only;
// Check bounds the values.
func Parse(b []byte) (Config, error) {
	if len(b) != Size {
		return Config{}, fmt.Errorf("%w: input is %d bytes, want exactly %d", ErrInput, len(b), Size)
	}
	if !bytes.Equal(b[:len(Tag)], []byte(Tag)) {
		return Config{}, fmt.Errorf("%w: input does not start with the tag %q", ErrInput, Tag)
	}
	off := len(Tag)
	u32 := func() uint32 { v := binary.BigEndian.Uint32(b[off:]); off += 4; return v }
	u64 := func() uint64 { v := binary.BigEndian.Uint64(b[off:]); off += 8; return v }
	var c Config
	s, h := &c.Spec, &c.Hyper
	for _, d := range []*int{&s.Dim, &s.Layers, &s.Heads, &s.KVHeads, &s.FFDim, &s.Vocab, &s.Context} {
		*d = int(u32())
	}
	h.Optimizer = train.Optimizer(u32())
	for _, v := range []*int64{&h.LR, &h.Beta1, &h.Beta2, &h.Eps} {
		*v = int64(u64())
	}
	h.Batch, h.SeqLen = int(u32()), int(u32())
	h.LRFinal, h.DecayFrom, h.DecaySteps = int64(u64()), u64(), u64()
	s.Seed = u64()
	l := train.LoRA{Rank: int(u32()), Scale: int64(u64()), Targets: 0, Seed: 0}
	targets := u32()
	l.Seed = u64()
	if l.Rank == 0 {
		if l.Scale != 0 || targets != 0 || l.Seed != 0 {
			return Config{}, fmt.Errorf("%w: LoRA rank 0 (a full run) needs LoRA scale, targets and seed 0, got %d, %d, %d",
				ErrInput, l.Scale, targets, l.Seed)
		}
		return c, nil
	}
	if targets > 0xff {
		return Config{}, fmt.Errorf("%w: LoRA targets %#x must be 1..127", ErrInput, targets)
	}
	l.Targets = uint8(targets)
	c.LoRA = &l
	return c, nil
}

// Base is what Check needs of a training job's model (its ModelRegistry
// summary): a fine-tuning job's base, or a pretraining job's reference model
// (the RoPE source and export metadata of its run, TrainingVM.referenceModel).
type Base struct{ Vocab, Context int }

// Check bounds the configuration of a job of kind (record.KindFineTune or
// record.KindPretrain) as JobInbox.submit does: every dimension non-zero;
// the vocabulary and context those of the job's model (base: the fine-tuning
// base or the pretraining reference, required for both kinds); the
// hyperparameters as train.Hyper.Check bounds them (but the corpus length),
// with batch·seqLen at most the context; the LoRA fields as
// train.LoRA.Check, and no LoRA for pretraining.
func (c Config) Check(kind uint8, base *Base) error {
	switch kind {
	case record.KindPretrain:
		if base == nil {
			return fmt.Errorf("%w: a pretraining job needs its reference model", ErrInput)
		}
		if c.LoRA != nil {
			return fmt.Errorf("%w: LoRA rank %d: a pretraining job is a full run (rank 0)", ErrInput, c.LoRA.Rank)
		}
	case record.KindFineTune:
		if base == nil {
			return fmt.Errorf("%w: a fine-tuning job needs its base model", ErrInput)
		}
	default:
		return fmt.Errorf("%w: kind %d is not a training kind (%d fine-tune, %d pretrain)", ErrInput, kind, record.KindFineTune, record.KindPretrain)
	}
	s := c.Spec
	for _, d := range []int{s.Dim, s.Layers, s.Heads, s.KVHeads, s.FFDim, s.Vocab, s.Context} {
		if d == 0 {
			return fmt.Errorf("%w: dims %v must all be non-zero", ErrInput, []int{s.Dim, s.Layers, s.Heads, s.KVHeads, s.FFDim, s.Vocab, s.Context})
		}
	}
	if s.Vocab != base.Vocab || s.Context != base.Context {
		return fmt.Errorf("%w: vocab %d and context %d must be the job's model's, %d and %d", ErrInput, s.Vocab, s.Context, base.Vocab, base.Context)
	}
	if err := checkHyper(c.Hyper, s.Context); err != nil {
		return err
	}
	if c.LoRA != nil {
		if err := c.LoRA.Check(); err != nil {
			return fmt.Errorf("%w: %w", ErrInput, err)
		}
	}
	return nil
}

// checkHyper is train.Hyper.Check without the corpus, and batch·seqLen at
// most context.
func checkHyper(h train.Hyper, context int) error {
	const one = train.OneH
	switch {
	case h.Optimizer != train.SGD && h.Optimizer != train.Adam:
		return fmt.Errorf("%w: optimizer %d must be SGD (0) or Adam (1)", ErrInput, h.Optimizer)
	case h.LR <= 0 || h.LR > one:
		return fmt.Errorf("%w: lr %d (Q32) must be in (0, 2^32]", ErrInput, h.LR)
	case h.DecaySteps == 0 && (h.LRFinal != 0 || h.DecayFrom != 0):
		return fmt.Errorf("%w: lr decay from step %d to %d (Q32) needs decay steps > 0", ErrInput, h.DecayFrom, h.LRFinal)
	case h.DecaySteps > train.MaxDecaySteps:
		return fmt.Errorf("%w: lr decay steps %d must be at most 2^30", ErrInput, h.DecaySteps)
	case h.DecaySteps > 0 && (h.LRFinal <= 0 || h.LRFinal > h.LR):
		return fmt.Errorf("%w: final lr %d (Q32) must be in (0, lr %d]", ErrInput, h.LRFinal, h.LR)
	case h.Optimizer == train.Adam && (h.Beta1 < 0 || h.Beta1 >= one):
		return fmt.Errorf("%w: beta1 %d (Q32) must be in [0, 2^32)", ErrInput, h.Beta1)
	case h.Optimizer == train.Adam && (h.Beta2 < 0 || h.Beta2 >= one):
		return fmt.Errorf("%w: beta2 %d (Q32) must be in [0, 2^32)", ErrInput, h.Beta2)
	case h.Optimizer == train.Adam && (h.Eps < train.MinAdamEps || h.Eps > one):
		return fmt.Errorf("%w: eps %d (Q32) must be in [2^12, 2^32]", ErrInput, h.Eps)
	case h.Batch <= 0 || h.Batch > MaxBatch:
		return fmt.Errorf("%w: batch %d must be 1..%d", ErrInput, h.Batch, MaxBatch)
	case h.SeqLen <= 0 || h.SeqLen > context:
		return fmt.Errorf("%w: sequence length %d must be 1..%d (the context)", ErrInput, h.SeqLen, context)
	case h.Batch*h.SeqLen > context:
		return fmt.Errorf("%w: batch × sequence length %d × %d must be at most %d (the context)", ErrInput, h.Batch, h.SeqLen, context)
	}
	return nil
}

// MaxSteps returns the most steps a training job may take in a game of
// split depth splitDepth: its level-1 trace of N + 3 states must fit the
// 2^splitDepth leaves.
func MaxSteps(splitDepth uint8) uint64 {
	if splitDepth >= 63 {
		return math.MaxUint64 // past any uint32 maxTokens
	}
	return 1<<splitDepth - 3
}

// CheckSteps checks a job's number of steps (its params.maxTokens): 1 to
// MaxSteps(splitDepth).
func CheckSteps(steps uint32, splitDepth uint8) error {
	if steps == 0 || uint64(steps) > MaxSteps(splitDepth) {
		return fmt.Errorf("%w: steps %d must be 1..%d (2^split depth %d, less 3)", ErrInput, steps, MaxSteps(splitDepth), splitDepth)
	}
	return nil
}
