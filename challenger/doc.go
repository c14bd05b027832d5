// Package challenger is the watcher that makes the rollup safe: it follows
// Rollup.BatchProposed on L1 at a confirmation depth (a proposal that
// disappears in a reorg is forgotten), fetches each batch's data (the
// propose transaction's calldata, or a blob batch's blobs from a BlobSource,
// checked against the batch's daCommitment), and judges every record:
//
//   - a record it cannot read (a blob batch only) → Rollup.challengeData;
//   - a record RecordValidity.invalidity calls invalid → Rollup.reportInvalid;
//   - else it re-executes the record teacher-forced (internal/reexec) on the
//     model loaded by root from --model-dir (fetched from --model-url if
//     missing, its root checked), and on a mismatch → Rollup.dispute with the
//     factory's initial bond, then plays the game with fraud.Agent on every
//     poll until it is over, resolves it and settles the record.
//
// The decision is pure (Decide, table-tested); chain access goes through
// small interfaces (L1, TxSender, BlobSource). What it has checked, reported,
// challenged and disputed is kept in a Pebble store (Store) so that a restart
// resumes every game in flight. Service wires it into the `airollup
// challenger` command: Config (checked by Check), NewService and the
// cliapp.Lifecycle methods, /healthz and Prometheus metrics.
//
// Not yet here (issue 11): defender mode, bounded concurrency over many
// games, a status command, inclusion-fault reports.
//
// # Import rules
//
// The challenger is an independent party: it reaches the sequencer over its
// JSON-RPC only. It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/worker
package challenger
