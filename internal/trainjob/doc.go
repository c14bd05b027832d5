// Package trainjob encodes, parses and checks a training job's input: the
// training configuration preimage that prover/train's ConfigHash hashes
// (docs/protocol.md, "Training jobs"). A training job's input on L1 is
// exactly these bytes, so its JobInbox inputHash is the run's configuration
// hash, which the record and the lineage carry.
//
// Check mirrors what JobInbox.submit refuses of a training job's input and
// steps (TestInboxAgrees runs both on the same inputs): the trainer's own
// bounds (train.Hyper.Check, train.LoRA.Check) without the corpus length,
// batch·seqLen at most the context, the vocabulary and context of the job's
// model (a fine-tuning job's base, a pretraining job's reference model: its
// run's RoPE source and export metadata), no LoRA for pretraining, and N + 3 level-1
// states within the game's split depth.
//
// # Import rules
//
// It encodes and checks; it never runs jobs nor talks to a chain.
// It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - github.com/ethereum/go-ethereum/ethclient (direct)
//   - net/http (direct)
package trainjob
