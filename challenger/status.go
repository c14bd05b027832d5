package challenger

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
)

// GameReport is one game we play, as `airollup challenger status` prints
// it: from the store, and with L1 from the game contract at the head.
type GameReport struct {
	Batch  uint64         `json:"batch"`
	Record uint32         `json:"record"`
	State  RecordState    `json:"state"`
	Side   string         `json:"side"` // the side we play: proposer or challenger
	Game   common.Address `json:"game"`
	Note   string         `json:"note,omitempty"`

	// Read from L1 (absent without it).
	Status   *uint8            `json:"status,omitempty"` // IDisputeGame.GameStatus: 0 in progress, 1 challenger wins, 2 defender wins
	Claims   int               `json:"claims,omitempty"` // the root, the dispute's attack and every move since
	Depth    int               `json:"depth,omitempty"`
	MaxDepth int               `json:"maxDepth,omitempty"`
	Clocks   map[string]string `json:"clocks,omitempty"` // per side: used/max, "running" while it must answer
	Bonds    *big.Int          `json:"bonds,omitempty"`  // wei at stake in the game
	Ours     *big.Int          `json:"ours,omitempty"`   // of which ours

	// An unchecked record (State Unchecked, no game): its model root, which
	// cannot be fetched, and the end of its window (unix seconds).
	Model    common.Hash `json:"model,omitzero"`
	Deadline uint64      `json:"deadline,omitempty"`
}

// StatusL1 is what Report reads from L1 (*ethclient.Client implements it).
type StatusL1 interface {
	fraud.BlockCaller
}

// Report lists the games of the store, each read on l1 at its head when l1
// is not nil (us, zero when unknown, names our bonds), then the records left
// unchecked because their model cannot be fetched, by model root and
// deadline.
func Report(ctx context.Context, st *Store, l1 StatusL1, us common.Address) ([]GameReport, error) {
	rs, err := reportGames(ctx, st, l1, us)
	if err != nil {
		return nil, err
	}
	un, err := st.UncheckedRecords()
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(un, func(a, b GameEntry) int {
		return cmp.Or(bytes.Compare(a.Model[:], b.Model[:]), cmp.Compare(a.Deadline, b.Deadline))
	})
	for _, u := range un {
		rs = append(rs, GameReport{Batch: u.Batch, Record: u.Record, State: u.State, Note: u.Note, Model: u.Model, Deadline: u.Deadline})
	}
	return rs, nil
}

func reportGames(ctx context.Context, st *Store, l1 StatusL1, us common.Address) ([]GameReport, error) {
	games, err := st.Games()
	if err != nil {
		return nil, err
	}
	out := make([]GameReport, 0, len(games))
	if l1 == nil {
		for _, g := range games {
			out = append(out, reportOf(g))
		}
		return out, nil
	}
	head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("challenger: read the L1 head: %w", err)
	}
	dg := bindings.NewDisputeGame()
	for _, g := range games {
		r := reportOf(g)
		read := func(data []byte) ([]byte, error) {
			return l1.CallContractAtHash(ctx, ethCall(g.Game, data), head.Hash())
		}
		b, err := read(dg.PackStatus())
		if err != nil {
			return nil, fmt.Errorf("challenger: read the status of game %s: %w", g.Game, err)
		}
		status, err := dg.UnpackStatus(b)
		if err != nil {
			return nil, fmt.Errorf("challenger: read the status of game %s: %w", g.Game, err)
		}
		if b, err = read(dg.PackConfig()); err != nil {
			return nil, fmt.Errorf("challenger: read the config of game %s: %w", g.Game, err)
		}
		cfg, err := dg.UnpackConfig(b)
		if err != nil {
			return nil, fmt.Errorf("challenger: read the config of game %s: %w", g.Game, err)
		}
		claims, err := fraud.NewContractGame(g.Game, l1, nil).ClaimsAt(ctx, head.Hash())
		if err != nil {
			return nil, err
		}
		v := ViewGame(claims, time.Unix(int64(head.Time), 0), time.Duration(cfg.MaxClockDuration)*time.Second, us)
		r.Status, r.Claims, r.Depth, r.MaxDepth, r.Bonds = &status, v.Claims, v.Depth, int(cfg.MaxDepth), v.Bonds
		if us != (common.Address{}) {
			r.Ours = v.Ours
		}
		r.Clocks = map[string]string{}
		for _, s := range []Side{ProposerSide, ChallengerSide} {
			c := fmt.Sprintf("%s/%s", v.Used[s], v.Max)
			if v.Running[s] && status == gameInProgress {
				c += " running"
			}
			r.Clocks[s.String()] = c
		}
		out = append(out, r)
	}
	return out, nil
}

func reportOf(g GameEntry) GameReport {
	return GameReport{Batch: g.Batch, Record: g.Record, State: g.State, Side: sideOfState(g.State).String(), Game: g.Game, Note: g.Note}
}

// PrintReport writes rs as a table (or JSON lines with asJSON).
func PrintReport(w io.Writer, rs []GameReport, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		for _, r := range rs {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	}
	var games, unchecked []GameReport
	for _, r := range rs {
		if r.State == Unchecked {
			unchecked = append(unchecked, r)
		} else {
			games = append(games, r)
		}
	}
	if err := printGames(w, games); err != nil {
		return err
	}
	if len(unchecked) == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "\nUNCHECKED RECORDS (model unavailable: they finalize unchecked at their deadline)\n")
	fmt.Fprintln(tw, "MODEL\tBATCH\tRECORD\tDEADLINE\tERROR")
	for _, r := range unchecked {
		at := time.Unix(int64(r.Deadline), 0).UTC().Format(time.RFC3339)
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\n", r.Model, r.Batch, r.Record, at, r.Note)
	}
	return tw.Flush()
}

func printGames(w io.Writer, rs []GameReport) error {
	if len(rs) == 0 {
		_, err := fmt.Fprintln(w, "no game in progress")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "BATCH\tRECORD\tSIDE\tGAME\tSTATUS\tCLAIMS\tDEPTH\tPROPOSER CLOCK\tCHALLENGER CLOCK\tBONDS (ETH)\tOURS (ETH)")
	for _, r := range rs {
		status, claims, depth, pc, cc, bonds, ours := "-", "-", "-", "-", "-", "-", "-"
		if r.Status != nil {
			status = [...]string{"in progress", "challenger wins", "defender wins"}[min(int(*r.Status), 2)]
			claims, depth = fmt.Sprint(r.Claims), fmt.Sprintf("%d/%d", r.Depth, r.MaxDepth)
			pc, cc = r.Clocks[ProposerSide.String()], r.Clocks[ChallengerSide.String()]
			bonds = eth(r.Bonds)
			if r.Ours != nil {
				ours = eth(r.Ours)
			}
		}
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.Batch, r.Record, r.Side, r.Game, status, claims, depth, pc, cc, bonds, ours)
	}
	return tw.Flush()
}

func ethCall(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// eth formats wei as ETH with 6 decimals.
func eth(wei *big.Int) string {
	if wei == nil {
		return "-"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), new(big.Float).SetInt64(params.Ether))
	return f.Text('f', 6)
}
