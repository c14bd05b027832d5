package trainstep

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/trainvm"
)

// TestVerifyRefusesBadProofs: for the first instance of each implemented
// opcode of each tiny step (SGD and Adam, full and LoRA), a proof of another step, of the next step against this pre-state,
// a tampered value, sibling or memory sibling, a missing or extra sibling, a
// missing leaf, unsorted leaves, another configuration, a truncated proof
// and a trailing byte each revert with the verifier's custom error naming
// the failure, never a post root. ROPE and ROPEB proofs also with a
// tampered RoPE value or sibling, a missing sibling, another position's
// (valid) opening, no opening, or another RoPE source: the verifier and
// trainvm.VerifyStep (ErrRopeSource) both refuse them.
func TestVerifyRefusesBadProofs(t *testing.T) {
	v := deploy(t)
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			mc, err := trainvm.New(c.in)
			require.NoError(t, err)
			prog := mc.Program()
			p := params(c.cfg, c.part)
			want := map[trainvm.Op]bool{}
			for op := range prog.Counts() {
				if implemented[op] {
					want[op] = true
				}
			}
			for j := uint64(0); j < prog.Len() && len(want) > 0; j++ {
				in, err := prog.At(j)
				require.NoError(t, err)
				if !want[in.Op] {
					continue
				}
				delete(want, in.Op)
				require.NoError(t, mc.RunTo(j))
				pre := mc.StateRoot()
				pf, err := mc.Prove(j)
				require.NoError(t, err)
				enc, err := pf.MarshalBinary()
				require.NoError(t, err)
				good, err := v.verify(p, pre, enc)
				require.NoError(t, err)
				clone := func() *trainvm.StepProof {
					q, err := trainvm.ReadStepProof(enc)
					require.NoError(t, err)
					return q
				}
				type bad struct {
					enc  []byte
					errs []string // the custom errors it may revert with
				}
				cases := map[string]bad{}
				add := func(name string, q *trainvm.StepProof, errs ...string) {
					b, err := q.MarshalBinary()
					require.NoError(t, err)
					cases[name] = bad{b, errs}
				}
				q := clone()
				q.J++
				add("another step", q, "PreStateMismatch", "StepOutOfRange")
				if len(pf.Leaves) > 0 {
					q = clone()
					q.Leaves[len(q.Leaves)-1].Data[0] ^= 1
					add("tampered value", q, "PreStateMismatch", "CarriedRootMismatch")
					for k := 1; k < len(pf.Leaves); k++ {
						if pf.Leaves[k].Tree == pf.Leaves[k-1].Tree { // a tree keeps a leaf
							q = clone()
							q.Leaves = append(q.Leaves[:k], q.Leaves[k+1:]...)
							add("missing leaf", q, "FootprintMismatch", "SiblingCount", "PreStateMismatch")
							break
						}
					}
				}
				if len(pf.Leaves) > 1 {
					q = clone()
					q.Leaves[0], q.Leaves[1] = q.Leaves[1], q.Leaves[0]
					add("unsorted leaves", q, "LeavesNotSorted")
				}
				q = clone()
				q.MemSiblings[0][3] ^= 1
				add("tampered memory sibling", q, "PreStateMismatch")
				if len(pf.MemSiblings) < 46 {
					q = clone()
					q.MemSiblings = append(q.MemSiblings, merkle.Hash{})
					add("extra memory sibling", q, "SiblingCount")
				}
				for tr := range pf.Siblings {
					if len(pf.Siblings[tr]) == 0 {
						continue
					}
					q = clone()
					q.Siblings[tr][0][5] ^= 1
					add(fmt.Sprintf("wrong sibling of tree %d", tr), q, "PreStateMismatch", "CarriedRootMismatch")
					q = clone()
					q.Siblings[tr] = append(q.Siblings[tr], merkle.Hash{})
					add(fmt.Sprintf("extra sibling of tree %d", tr), q, "SiblingCount")
					q = clone()
					q.Siblings[tr] = q.Siblings[tr][1:]
					add(fmt.Sprintf("missing sibling of tree %d", tr), q, "SiblingCount")
				}
				q = clone()
				q.J = prog.Len()
				add("step past the program", q, "StepOutOfRange")
				truncated, trailing := []string{"ProofTruncated"}, []string{"ProofTrailingBytes"}
				rope := in.Op == trainvm.OpRope || in.Op == trainvm.OpRopeB
				goRope := map[string]bool{} // cases trainvm.VerifyStep refuses with ErrRopeSource
				if rope {
					// the bytes after the memory siblings are the RoPE opening
					truncated, trailing = []string{"ProofTruncated", "RopeOpeningLength"}, []string{"RopeOpeningLength"}
					q = clone()
					q.Rope[0]++
					add("tampered RoPE value", q, "RopeSourceMismatch")
					q = clone()
					q.RopeSiblings[len(q.RopeSiblings)-1][7] ^= 1
					add("wrong RoPE sibling", q, "RopeSourceMismatch")
					q = clone()
					q.RopeSiblings = q.RopeSiblings[1:]
					add("missing RoPE sibling", q, "RopeOpeningLength")
					q = clone()
					q.Rope, q.RopeSiblings = ropeOpening(t, c.src, (int(in.T)+1)%c.cfg.Spec.Context)
					add("RoPE row of another position", q, "RopeSourceMismatch")
					q = clone()
					q.Rope, q.RopeSiblings = nil, nil
					add("no RoPE opening", q, "RopeOpeningLength")
					for _, name := range []string{"tampered RoPE value", "wrong RoPE sibling", "missing RoPE sibling", "RoPE row of another position", "no RoPE opening"} {
						goRope[name] = true
					}
					other := p
					other.RopeSource[0] ^= 1
					_, err = v.verify(other, pre, enc)
					require.Equal(t, "RopeSourceMismatch", v.revertName(t, err), "another RoPE source at %s", in)
					ocfg := c.cfg
					ocfg.RopeSource[0] ^= 1
					_, err = trainvm.VerifyStep(ocfg, pre, pf)
					require.ErrorIs(t, err, trainvm.ErrRopeSource, "another RoPE source at %s", in)
				} else {
					q = clone()
					q.Rope, q.RopeSiblings = ropeOpening(t, c.src, int(in.T))
					add("RoPE opening on "+in.Op.String(), q, "ProofTrailingBytes")
				}
				for _, cut := range []int{1, 3, 200, len(enc) / 2, len(enc) - 33, len(enc) - 1} {
					cases[fmt.Sprintf("truncated to %d bytes", cut)] = bad{enc[:cut], truncated}
				}
				cases["trailing byte"] = bad{append(append([]byte(nil), enc...), 0), trailing}
				for name, b := range cases {
					post, err := v.verify(p, pre, b.enc)
					require.Error(t, err, "%s at %s: post %x (honest %x)", name, in, post, good)
					require.Contains(t, b.errs, v.revertName(t, err), "%s at %s", name, in)
					if goRope[name] {
						q, err := trainvm.ReadStepProof(b.enc)
						require.NoError(t, err)
						_, err = trainvm.VerifyStep(c.cfg, pre, q)
						require.ErrorIs(t, err, trainvm.ErrRopeSource, "%s at %s", name, in)
					}
				}
				// another configuration
				other := p
				other.Lr++
				_, err = v.verify(other, pre, enc)
				require.Equal(t, "ConfigHashMismatch", v.revertName(t, err))
				other = p
				other.SeqLen = other.Context + 1
				_, err = v.verify(other, pre, enc)
				require.Equal(t, "InvalidParams", v.revertName(t, err))
				// the next step's proof against this pre-state
				require.NoError(t, mc.Exec())
				if !mc.Done() {
					if next, err := mc.Prove(j + 1); err == nil {
						b, err := next.MarshalBinary()
						require.NoError(t, err)
						_, err = v.verify(p, pre, b)
						require.Equal(t, "PreStateMismatch", v.revertName(t, err), "next step's proof at %s", in)
					}
				}
			}
			require.Empty(t, want, "opcodes not found")
		})
	}
}
