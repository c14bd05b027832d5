package explorer

import "github.com/ethereum/go-ethereum/common"

// State is the JSON of /explorer/api/state (docs/operators.md, "Explorer"):
// the latest batches and jobs, newest first, and the latest disputes.
type State struct {
	GeneratedAt string        `json:"generatedAt"` // RFC 3339, UTC
	Latest      int           `json:"latest"`      // N: at most this many batches, jobs and disputes
	L1          L1View        `json:"l1"`
	Batches     []BatchView   `json:"batches"`
	Jobs        []JobView     `json:"jobs"`
	Disputes    []DisputeView `json:"disputes"`
}

// L1View is the L1 head the state was read at.
type L1View struct {
	Head   uint64         `json:"head"`
	Time   uint64         `json:"time"` // the head's timestamp (seconds)
	Rollup common.Address `json:"rollup"`
	Error  string         `json:"error,omitempty"` // why L1 data is missing or partial
}

// BatchView is a batch.
type BatchView struct {
	Index           uint64       `json:"index"`
	Kind            string       `json:"kind"` // calldata or blobs
	Records         int          `json:"records"`
	Status          string       `json:"status"`      // sealed, posting, posted, proposing, in window, window over, final
	StoreStatus     string       `json:"storeStatus"` // the sequencer store's status
	ProposedAt      uint64       `json:"proposedAt,omitempty"`
	DisputableUntil uint64       `json:"disputableUntil,omitempty"`
	Voided          uint32       `json:"voided"`
	PendingDisputes uint32       `json:"pendingDisputes"`
	DATx            *common.Hash `json:"daTx,omitempty"`
	ProposeTx       *common.Hash `json:"proposeTx,omitempty"`
}

// JobView is a job.
type JobView struct {
	ID         string       `json:"id"`
	Source     string       `json:"source"` // L1 or L2
	Seq        uint64       `json:"seq"`
	Model      uint64       `json:"model"`
	State      string       `json:"state"`  // the store's state
	Status     string       `json:"status"` // JobStatus
	Prompt     Text         `json:"prompt"`
	Output     *Text        `json:"output,omitempty"`
	MaxTokens  uint32       `json:"maxTokens"`
	Worker     string       `json:"worker,omitempty"`
	Batch      *uint64      `json:"batch,omitempty"`
	Record     *uint32      `json:"record,omitempty"`
	L1Tx       *common.Hash `json:"l1Tx,omitempty"` // an L1 job's JobSubmitted transaction
	VoidReason string       `json:"voidReason,omitempty"`
}

// DisputeView is a dispute game on one record.
type DisputeView struct {
	Game        common.Address   `json:"game"`
	Batch       uint64           `json:"batch"`
	Record      uint32           `json:"record"`
	Job         *string          `json:"job,omitempty"`
	Challenger  common.Address   `json:"challenger"`
	Status      uint8            `json:"status"`  // IDisputeGame.GameStatus
	Outcome     string           `json:"outcome"` // in progress, challenger wins, defender wins
	Resolved    bool             `json:"resolved"`
	Claims      int              `json:"claims"`
	Depth       int              `json:"depth"` // deepest claim
	SplitDepth  int              `json:"splitDepth"`
	MaxDepth    int              `json:"maxDepth"`
	Transitions uint64           `json:"transitions"`
	Positions   uint64           `json:"positions,omitempty"` // P, when the job is known
	Layers      int              `json:"layers,omitempty"`    // L, when the job is known
	CreatedAt   uint64           `json:"createdAt"`
	ResolvedAt  uint64           `json:"resolvedAt,omitempty"`
	Bonds       string           `json:"bonds"` // ETH at stake: the claims' bonds
	Clocks      map[string]Clock `json:"clocks"`
	Path        []PathClaim      `json:"path"`
	Step        *Step            `json:"step,omitempty"`
	Error       string           `json:"error,omitempty"`
}
