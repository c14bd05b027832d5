package explorer

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"

	"github.com/airollup/airollup/sequencer/store"
)

// Decoder turns token ids into text (a model's tokenizer).
type Decoder interface {
	Decode(ids []int32) (string, error)
}

// Text is a token sequence as the page shows it: Text when the model's
// tokenizer decoded it, else Hex (4 bytes per token, big-endian); the ids
// always.
type Text struct {
	Text    string   `json:"text,omitempty"`
	Hex     string   `json:"hex,omitempty"`
	Tokens  []uint32 `json:"tokens"`
	Decoded bool     `json:"decoded"`
}

// DecodeTokens renders tokens with dec (nil, or a failure: hex); invalid
// UTF-8 in the decoded text is replaced by U+FFFD.
func DecodeTokens(dec Decoder, tokens []uint32) Text {
	t := Text{Tokens: tokens}
	if t.Tokens == nil {
		t.Tokens = []uint32{}
	}
	if dec != nil {
		ids := make([]int32, len(tokens))
		for i, v := range tokens {
			ids[i] = int32(v)
		}
		if s, err := dec.Decode(ids); err == nil {
			// Token pieces may split a UTF-8 sequence: each invalid run shows as U+FFFD.
			t.Text, t.Decoded = strings.ToValidUTF8(s, "\uFFFD"), true
			return t
		}
	}
	b := make([]byte, 0, 4*len(tokens))
	for _, v := range tokens {
		b = binary.BigEndian.AppendUint32(b, v)
	}
	t.Hex = hexutil.Encode(b)
	return t
}

// InputTokens splits a job's input bytes into token ids (4 bytes each,
// big-endian); a trailing partial token is dropped and reported.
func InputTokens(input []byte) (tokens []uint32, ragged bool) {
	for i := 0; i+4 <= len(input); i += 4 {
		tokens = append(tokens, binary.BigEndian.Uint32(input[i:]))
	}
	return tokens, len(input)%4 != 0
}

// JobStatus is the page's coarse status of a job: pending (received, queued,
// dropped by a reorg), leased, executed, batched (batched or posted),
// proposed, disputed, final, delivered or voided. onL1 is the record's
// IRollup.RecordStatus when it was read (0 otherwise); for a proposed job it
// wins over the store, which learns of a voided or delivered record later.
func JobStatus(st store.State, onL1 uint8) string {
	switch st {
	case store.Received, store.Queued, store.Dropped:
		return "pending"
	case store.Leased:
		return "leased"
	case store.Executed:
		return "executed"
	case store.Batched, store.Posted:
		return "batched"
	case store.Proposed: // the Rollup knows first
		switch onL1 {
		case RecordDisputed:
			return "disputed"
		case RecordVoided:
			return "voided"
		case RecordDelivered:
			return "delivered"
		}
		return "proposed"
	case store.Final:
		if onL1 == RecordDelivered {
			return "delivered"
		}
		return "final"
	case store.Voided:
		return "voided"
	}
	return st.String()
}

// IRollup.RecordStatus values.
const (
	RecordNone uint8 = iota
	RecordDisputed
	RecordVoided
	RecordDelivered
)

// BatchStatus is the page's status of a batch: the store's status until it
// is proposed, then "in window" until its dispute window ends at
// disputableUntil (L1 seconds), "window over" after, and "final".
func BatchStatus(st store.BatchStatus, disputableUntil, now uint64) string {
	switch st {
	case store.BatchFinal:
		return "final"
	case store.BatchProposed:
		if disputableUntil == 0 || now < disputableUntil {
			return "in window"
		}
		return "window over"
	}
	return st.String()
}

// Outcome names IDisputeGame.GameStatus s.
func Outcome(s uint8) string {
	switch s {
	case 0:
		return "in progress"
	case 1:
		return "challenger wins"
	case 2:
		return "defender wins"
	}
	return fmt.Sprintf("status %d", s)
}

// ETH formats wei as ETH with up to 6 decimals.
func ETH(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), new(big.Float).SetInt64(params.Ether))
	return f.Text('f', 6)
}

// Side is who makes the claims at a depth: the proposer (the root claim and
// every even depth) or the challenger (every odd depth).
func Side(depth int) string {
	if depth%2 == 0 {
		return "proposer"
	}
	return "challenger"
}

// Clock is one side's chess clock.
type Clock struct {
	Used    string  `json:"used"`    // time used, e.g. "12s"
	Max     string  `json:"max"`     // the game's maxClockDuration
	UsedSec uint64  `json:"usedSec"` // seconds used
	MaxSec  uint64  `json:"maxSec"`
	Running bool    `json:"running"` // the side must answer a claim of the other side
	Percent float64 `json:"percent"` // used / max, 0 to 100
}

// Clocks reads both sides' chess clocks at now (L1 seconds) from a game's
// claims (op-challenger's ChessClock): a side has used the longest duration
// of its claims; for every leaf not countered, the answering side's clock
// runs from the leaf's grandparent duration (the parent's clock) plus the
// time since the leaf was made. Nothing runs once the game is resolved.
func Clocks(claims []Claim, now, maxClock uint64, resolved bool) map[string]Clock {
	var used [2]uint64
	var running [2]bool
	hasChild := make([]bool, len(claims))
	for _, c := range claims {
		if c.ParentIndex >= 0 && c.ParentIndex < len(claims) {
			hasChild[c.ParentIndex] = true
		}
	}
	for k, c := range claims {
		mover := c.Depth() % 2
		used[mover] = max(used[mover], min(c.Duration, maxClock))
		if resolved || hasChild[k] || c.CounteredBy != (common.Address{}) {
			continue
		}
		var parentDur uint64
		if c.ParentIndex >= 0 && c.ParentIndex < len(claims) {
			parentDur = claims[c.ParentIndex].Duration
		}
		since := uint64(0)
		if now > c.Timestamp {
			since = now - c.Timestamp
		}
		answer := 1 - mover
		running[answer] = true
		used[answer] = max(used[answer], min(parentDur+since, maxClock))
	}
	out := map[string]Clock{}
	for s := range 2 {
		c := Clock{Used: (time.Duration(used[s]) * time.Second).String(), Max: (time.Duration(maxClock) * time.Second).String(),
			UsedSec: used[s], MaxSec: maxClock, Running: running[s] && used[s] < maxClock}
		if maxClock > 0 {
			c.Percent = 100 * float64(used[s]) / float64(maxClock)
		}
		out[Side(s)] = c
	}
	return out
}
