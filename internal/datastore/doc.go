// Package datastore keeps canonical dataset files by dataset root in a
// directory, serves them over HTTP (GET /datasets/{root}) and fetches them
// from URL templates, checking every file against its root before use:
// what `airollup dataset publish` and `dataset serve` offer, and what a
// challenger of a training job reads.
//
// # Import rules
//
// datastore is plumbing under the services: it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/challenger
//   - github.com/ethereum/go-ethereum
package datastore
