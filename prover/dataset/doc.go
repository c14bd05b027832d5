// Package dataset defines airollup's datasets: records of text tokenized
// with a model's tokenizer, their canonical file and their dataset root —
// the commitment `DatasetRegistry` holds and training jobs name
// (docs/protocol.md, "Dataset root"). Build reads JSONL or plain text and
// refuses bad input with a typed error naming the line or record and the
// limit; Read decodes the canonical file strictly (it is fuzzed); Root is
// integer-only and bit-exact on every machine.
//
// # Import rules
//
// dataset is part of the canonical runtime: it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/challenger
//   - github.com/airollup/airollup/bindings
//   - github.com/ethereum/go-ethereum
//   - net/http
package dataset
