package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/airollup/airollup/bindings"
)

// Progress is the devnet as L1 sees it.
type Progress struct {
	Block     uint64 // the L1 head
	Jobs      uint64 // jobs submitted to the JobInbox
	Batches   uint64 // batches proposed
	Delivered int    // records delivered (JobDelivered)
	Disputed  int    // records disputed (RecordDisputed): disputes opened
	Won       int    // disputes whose game the challenger won (CHALLENGER_WINS)
	Lost      int    // disputes whose game the defender won (DEFENDER_WINS)
	Voided    int    // records voided by a game or a data challenge (RecordVoided) or as invalid (RecordInvalid)
}

func (p Progress) String() string {
	return fmt.Sprintf("block %d: %d L1 jobs, %d batches, %d records delivered, %d voided; disputes: %d opened, %d won, %d lost",
		p.Block, p.Jobs, p.Batches, p.Delivered, p.Voided, p.Disputed, p.Won, p.Lost)
}

// Game statuses (IDisputeGame.GameStatus).
const (
	gameChallengerWins = 1
	gameDefenderWins   = 2
)

// Progress reads the devnet's progress from L1.
func (d *Devnet) Progress(ctx context.Context) (Progress, error) {
	var p Progress
	head, err := d.l1.BlockNumber(ctx)
	if err != nil {
		return p, err
	}
	p.Block = head
	at := new(big.Int).SetUint64(head)
	a := d.Info.Contracts
	inbox, rollup := bindings.NewJobInbox(), bindings.NewRollup()
	out, err := d.l1.CallContract(ctx, ethereum.CallMsg{To: &a.JobInbox, Data: inbox.PackJobCount()}, at)
	if err != nil {
		return p, err
	}
	jobs, err := inbox.UnpackJobCount(out)
	if err != nil {
		return p, err
	}
	out, err = d.l1.CallContract(ctx, ethereum.CallMsg{To: &a.Rollup, Data: rollup.PackBatchCount()}, at)
	if err != nil {
		return p, err
	}
	batches, err := rollup.UnpackBatchCount(out)
	if err != nil {
		return p, err
	}
	p.Jobs, p.Batches = jobs.Uint64(), batches.Uint64()
	parsed, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		return p, err
	}
	topic := func(name string) common.Hash { return parsed.Events[name].ID }
	logs, err := d.l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(d.Info.StartBlock), ToBlock: at,
		Addresses: []common.Address{a.Rollup},
		Topics:    [][]common.Hash{{topic("JobDelivered"), topic("RecordDisputed"), topic("RecordVoided"), topic("RecordInvalid")}}})
	if err != nil {
		return p, err
	}
	dg := bindings.NewDisputeGame()
	for i := range logs {
		l := &logs[i]
		switch l.Topics[0] {
		case topic("JobDelivered"):
			p.Delivered++
		case topic("RecordDisputed"):
			p.Disputed++
			e, err := rollup.UnpackRecordDisputedEvent(l)
			if err != nil {
				return p, fmt.Errorf("devnet: decode RecordDisputed in %s: %w", l.TxHash, err)
			}
			out, err := d.l1.CallContract(ctx, ethereum.CallMsg{To: &e.Game, Data: dg.PackStatus()}, at)
			if err != nil {
				return p, fmt.Errorf("devnet: read the status of game %s: %w", e.Game, err)
			}
			st, err := dg.UnpackStatus(out)
			if err != nil {
				return p, err
			}
			switch st {
			case gameChallengerWins:
				p.Won++
			case gameDefenderWins:
				p.Lost++
			}
		default:
			p.Voided++
		}
	}
	return p, nil
}

// Run logs the progress every Config.ProgressEvery (when it changes) until ctx is done.
func (d *Devnet) Run(ctx context.Context) {
	if d.cfg.ProgressEvery <= 0 {
		<-ctx.Done()
		return
	}
	t := time.NewTicker(d.cfg.ProgressEvery)
	defer t.Stop()
	var last Progress
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			p, err := d.Progress(ctx)
			if err != nil {
				if ctx.Err() == nil {
					d.log.Warn("progress read failed", "err", err)
				}
				continue
			}
			if p.changed(last) {
				d.log.Info("devnet progress", "block", p.Block, "l1Jobs", p.Jobs, "batches", p.Batches,
					"delivered", p.Delivered, "voided", p.Voided, "disputesOpened", p.Disputed, "disputesWon", p.Won, "disputesLost", p.Lost,
					"explorer", d.Info.Explorer)
				last = p
			}
		}
	}
}

// changed reports whether anything but the block moved since last.
func (p Progress) changed(last Progress) bool {
	last.Block = p.Block
	return p != last
}
