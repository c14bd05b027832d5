// Package challenger is the watcher that makes the rollup safe: it follows
// Rollup.BatchProposed on L1 at a confirmation depth (a proposal that
// disappears in a reorg is forgotten), fetches each batch's data (the
// propose call, the proposal transaction's input or inside it when the
// proposer is a contract, or the raw log of it the Rollup makes when a
// contract or an EIP-7702 account built it, or a blob batch's blobs from a
// BlobSource, checked against the batch's daCommitment), and judges every
// record:
//
//   - a record it cannot read (blobs missing, or not this batch's records; a
//     calldata batch whose propose call is found neither in its transaction's
//     input nor in the Rollup's log of it) →
//     Rollup.challengeData; answered, it is judged from DataResolved (record,
//     proof, output, request); unanswered, Rollup.voidUnavailable (the job
//     read from JobIncluded when the call was not);
//   - a record RecordValidity.invalidity calls invalid → Rollup.reportInvalid;
//     one someone else disputed is watched, its game resolved and settled,
//     and reported if it survives;
//   - else it re-executes the record teacher-forced (internal/reexec) on the
//     model loaded by root from --model-dir (fetched from --model-url if
//     missing, its root checked), and on a mismatch → Rollup.dispute with the
//     factory's initial bond; a record whose model cannot be had is Unchecked
//     (an error log each round, a gauge, listed by Report) until its window
//     closes;
//   - a record someone else disputed is re-executed too (one it cannot
//     read, from the dispute's calldata, or from the factory's GameSetup
//     event when a contract built the call): the challenger joins the game
//     when it disagrees with the record, and defends it in defender mode
//     (WatchConfig.Defend, --defend) when it agrees.
//
// Every game in flight is played each round with fraud.Agent (the honest
// trace; op-challenger's solver picks the side), MaxConcurrentGames at a
// time, the one with least time on our chess clock first (ViewGame,
// ClockUrgency, NextWait: pure and table-tested; a warning when it runs
// low); with no move left it is resolved, the record settled and the game's
// bonds claimed.
//
// The decision is pure (Decide, table-tested); chain access goes through
// small interfaces (L1, TxSender, BlobSource). What it has checked, reported,
// challenged, disputed and defends is kept in a Pebble store (Store) so that
// a restart resumes every game in flight. Report reads the games of a store
// and the chain for `airollup challenger status` and /status. Service wires
// it into the `airollup challenger` command: Config (checked by Check),
// NewService and the cliapp.Lifecycle methods, /healthz, /status and
// Prometheus metrics. docs/watchers.md is the watcher's guide.
//
// Each round it also reports inclusion faults (faults.go): a job overdue in
// the JobInbox (left Pending past its inclusion window, or Included and not
// delivered in time) is refunded with JobInbox.refundOverdue, and a refunded
// job whose fault is unproven is proven with Rollup.proveInclusionFault
// (retried while the sequencer's stake cannot pay it), MaxFaultScan jobs per
// round from the oldest not done (Store.FaultsDone).
//
// A round plays every game in flight first, then judges new records for at
// most WatchConfig.JudgeBudget: a flood of records delays judging, never a
// move.
//
// # Import rules
//
// The challenger is an independent party: it reaches the sequencer over its
// JSON-RPC only. It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/worker
package challenger
