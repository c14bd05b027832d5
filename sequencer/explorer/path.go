package explorer

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// PathClaim is one claim of a game's bisection path, with the interval of
// the trace it narrows the dispute to.
type PathClaim struct {
	Index       int             `json:"index"` // in the game's claim list
	Depth       int             `json:"depth"`
	Level       int             `json:"level"` // 1: level-1 states h(p, l); 2: micro-steps of one level-1 transition
	Side        string          `json:"side"`  // proposer or challenger
	Move        string          `json:"move"`  // root, attack or defend
	Claimant    common.Address  `json:"claimant"`
	Claim       common.Hash     `json:"claim"`
	Bond        string          `json:"bond"` // ETH
	CounteredBy *common.Address `json:"counteredBy,omitempty"`
	// Lo and Hi are the trace indices under the claim's position at its
	// level's bottom depth, out of Span: the claim is about the state after
	// Hi (level 1: state Hi + 1; level 2: micro-state Hi + 1).
	Lo    uint64 `json:"lo"`
	Hi    uint64 `json:"hi"`
	Span  uint64 `json:"span"`
	Label string `json:"label"` // what the claim says, e.g. "h(3, 2): token 3 before layer 2"
	// From and To describe the interval's ends (level 1: (token, layer)
	// boundaries h(p, l); level 2: micro-states); To is what the claim says.
	From string `json:"from"`
	To   string `json:"to"`
	// Transition is the level-1 transition a level-2 claim bisects.
	Transition *uint64 `json:"transition,omitempty"`
}

// Step is the one instruction a game was decided on: a claim at the maximum
// depth countered by executing one micro-step on chain.
type Step struct {
	ClaimIndex int            `json:"claimIndex"`
	Transition uint64         `json:"transition"` // the level-1 transition
	Where      string         `json:"where"`      // e.g. "token 3, layer 1" or "token 3, head step"
	MicroState uint64         `json:"microState"` // the micro-state the countered leaf claimed
	Stepper    common.Address `json:"stepper"`
	Label      string         `json:"label"`
}

// Geometry is what Path needs to name a game's trace positions: its depths
// and the disputed computation's size. Positions is P, the positions the
// record processed (prompt + output − 1; 0: unknown, states are then named
// by index); Transitions is the game's P·(L+1).
type Geometry struct {
	SplitDepth, MaxDepth int
	Positions            uint64
	Transitions          uint64
}

// perPosition is L + 1, the level-1 transitions per position (0: unknown).
func (g Geometry) perPosition() uint64 {
	if g.Positions == 0 || g.Transitions == 0 || g.Transitions%g.Positions != 0 {
		return 0
	}
	return g.Transitions / g.Positions
}

// state names level-1 state s: h(p, l) = before layer l of position p, or
// the final h(P, 0) (repeated past it: padding).
func (g Geometry) state(s uint64) string {
	n := g.perPosition()
	switch {
	case n == 0:
		return fmt.Sprintf("state %d", s)
	case s == g.Transitions:
		return fmt.Sprintf("h(%d, 0) (final)", g.Positions)
	case s > g.Transitions: // padding: the last state repeated
		return fmt.Sprintf("h(%d, 0) (final, repeated)", g.Positions)
	}
	return fmt.Sprintf("h(%d, %d)", s/n, s%n)
}

// transition names level-1 transition t: block l of position p, or the head
// step of p that chooses the next token.
func (g Geometry) transition(t uint64) string {
	n := g.perPosition()
	switch {
	case n == 0:
		return fmt.Sprintf("transition %d", t)
	case t >= g.Transitions:
		return fmt.Sprintf("transition %d (padding)", t)
	case t%n == n-1:
		return fmt.Sprintf("token %d, head step", t/n)
	}
	return fmt.Sprintf("token %d, layer %d", t/n, t%n)
}

// Path returns a game's bisection path: the claims from the root to the
// deepest claim (the latest of the deepest), each with the interval it
// narrows the dispute to, and the one step when that claim is at the
// maximum depth and was countered (only a step counters a leaf there).
func Path(claims []Claim, geo Geometry) ([]PathClaim, *Step) {
	if len(claims) == 0 {
		return nil, nil
	}
	leaf := 0
	for i, c := range claims {
		if c.Depth() >= claims[leaf].Depth() {
			leaf = i
		}
	}
	var chain []int
	seen := map[int]bool{}
	for i := leaf; i >= 0 && i < len(claims) && !seen[i]; i = claims[i].ParentIndex {
		seen[i] = true
		chain = append(chain, i)
	}
	path := make([]PathClaim, 0, len(chain))
	for k := len(chain) - 1; k >= 0; k-- {
		c := claims[chain[k]]
		pc := PathClaim{Index: c.Index, Depth: c.Depth(), Side: Side(c.Depth()), Claimant: c.Claimant, Claim: c.Value, Bond: ETH(c.Bond)}
		if c.CounteredBy != (common.Address{}) {
			by := c.CounteredBy
			pc.CounteredBy = &by
		}
		pc.Move = "root"
		if c.ParentIndex >= 0 && c.ParentIndex < len(claims) {
			pc.Move = "defend"
			if new(big.Int).Lsh(claims[c.ParentIndex].Position, 1).Cmp(c.Position) == 0 {
				pc.Move = "attack"
			}
		}
		geo.interval(&pc, c.Position)
		path = append(path, pc)
	}
	last := path[len(path)-1]
	if last.Depth != geo.MaxDepth || last.CounteredBy == nil || last.Transition == nil {
		return path, nil
	}
	st := &Step{ClaimIndex: last.Index, Transition: *last.Transition, Where: geo.transition(*last.Transition), MicroState: last.Hi + 1,
		Stepper: *last.CounteredBy}
	st.Label = fmt.Sprintf("one step: micro-step %d of %s executed on chain countered the claim on micro-state %d",
		last.Hi, st.Where, st.MicroState)
	return path, st
}

// interval fills pc's level, trace interval and labels from position g.
func (geo Geometry) interval(pc *PathClaim, g *big.Int) {
	d, S, M := pc.Depth, geo.SplitDepth, geo.MaxDepth
	if d <= S {
		pc.Level = 1
		if S > 62 {
			return
		}
		idx := new(big.Int).Sub(g, new(big.Int).Lsh(big.NewInt(1), uint(d))).Uint64()
		w := uint64(1) << uint(S-d)
		pc.Lo, pc.Hi, pc.Span = idx*w, (idx+1)*w-1, uint64(1)<<uint(S)
		pc.Label = geo.state(pc.Hi + 1)
		pc.From, pc.To = geo.state(pc.Lo), geo.state(pc.Hi+1)
		return
	}
	pc.Level = 2
	B, r := M-S-1, d-S-1
	if S > 62 || B > 62 || r < 0 {
		return
	}
	anc := new(big.Int).Rsh(g, uint(r)) // the position at depth S + 1
	t := new(big.Int).Sub(new(big.Int).Rsh(anc, 1), new(big.Int).Lsh(big.NewInt(1), uint(S))).Uint64()
	pc.Transition = &t
	rel := new(big.Int).Sub(g, new(big.Int).Lsh(anc, uint(r))).Uint64()
	w := uint64(1) << uint(B-r)
	pc.Lo, pc.Hi, pc.Span = rel*w, (rel+1)*w-1, uint64(1)<<uint(B)
	where := geo.transition(t)
	pc.Label = fmt.Sprintf("micro-state %d of %s", pc.Hi+1, where)
	pc.From, pc.To = fmt.Sprintf("micro-state %d", pc.Lo), fmt.Sprintf("micro-state %d", pc.Hi+1)
}
