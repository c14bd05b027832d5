package vm

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

// The Go side has no byte decoder for step proofs: the OneStep contract
// decodes them from calldata, and internal/onestep converts a StepProof to
// the binding's struct. FuzzStepProof therefore fuzzes what the Go side
// derives from untrusted positions (a block (p, l) and a step k chosen by a
// challenger) and checks each proof the way the verifier reads it: the
// pre-state preimage and the register-leaf openings.

// fuzzVMSpec is the model of FuzzStepProof: the smallest shape with
// grouped-query attention, so a block's program is a few hundred steps.
var fuzzVMSpec = modelgen.Spec{Dim: 32, Layers: 2, Heads: 2, KVHeads: 1, FFDim: 64, Vocab: 300, Context: 8, Seed: 11}

var (
	fuzzVMOnce    sync.Once
	fuzzVMFixture *fixture
	fuzzVMTree    *ModelTree
)

// fuzzVM builds the fixture and model tree once per process (newFixture
// needs a *testing.T, which only the fuzz function has).
func fuzzVM(t *testing.T) (*fixture, *ModelTree) {
	fuzzVMOnce.Do(func() {
		fx := newFixture(t, fuzzVMSpec, fuzzVMSpec.Context-1, 5)
		mt, err := NewModelTree(fx.m)
		if err != nil {
			t.Fatal(err)
		}
		fuzzVMFixture, fuzzVMTree = fx, mt
	})
	if fuzzVMFixture == nil {
		t.Fatal("fixture setup failed in an earlier input")
	}
	return fuzzVMFixture, fuzzVMTree
}

// checkOpenings verifies the openings a step proof carries against its own
// roots, as the verifier does after checking the pre-state: every register
// chunk against its register root, and every model leaf (other than the
// metadata leaf, which the verifier rebuilds) against the model root.
func checkOpenings(sp *StepProof, modelRoot merkle.Hash) error {
	for i, c := range sp.Chunks {
		if int(c.Reg) >= NumRegs {
			return fmt.Errorf("chunk %d: register %d of %d", i, c.Reg, NumRegs)
		}
		if err := merkle.Verify(sp.RegRoots[c.Reg], merkle.Keccak(c.Data), uint64(c.Index), c.Proof); err != nil {
			return fmt.Errorf("chunk %d: %w", i, err)
		}
	}
	for _, o := range sp.Model {
		if o.Data == nil {
			continue
		}
		if err := merkle.Verify(modelRoot, merkle.Keccak(o.Data), o.Index, o.Proof); err != nil {
			return err
		}
	}
	return nil
}

// FuzzStepProof: for any block (p, l) and step k (reduced into range) the
// machine proves the step; the proof's pre-state is the machine's state root,
// its instruction is the program's, and its openings verify. Then one field
// is mutated: a header field or root changes the pre-state, and a chunk's or
// model leaf's data or proof fails its opening. Out-of-range positions and
// steps are refused with ErrInput and ErrStep, never a panic.
func FuzzStepProof(f *testing.F) {
	f.Add(uint8(0), uint8(0), uint32(0), uint8(0), uint16(0), uint8(1))
	f.Add(uint8(6), uint8(1), uint32(100), uint8(3), uint16(7), uint8(0x80))
	f.Add(uint8(3), uint8(2), uint32(50), uint8(6), uint16(1), uint8(2))
	f.Add(uint8(5), uint8(0), uint32(1<<31), uint8(9), uint16(300), uint8(4))
	f.Add(uint8(255), uint8(255), uint32(1<<32-1), uint8(11), uint16(65535), uint8(255))
	f.Fuzz(func(t *testing.T, p, l uint8, k uint32, field uint8, pos uint16, flip uint8) {
		fx, mt := fuzzVM(t)
		c := fx.m.Config
		n := len(fx.tokens)

		// Untrusted positions: refused unless in range.
		rawP, rawL := int(int8(p)), int(int8(l))
		if rawP < 0 || rawP >= n || rawL < 0 || rawL > c.Layers {
			in := fx.input(min(max(rawP, 0), n-1), min(max(rawL, 0), c.Layers))
			in.P, in.L = rawP, rawL
			if rawP >= 0 && rawP < c.Context && rawL >= 0 && rawL <= c.Layers {
				return // in the model's range, but past the fixture's tokens
			}
			if _, err := New(fx.m, in); !errors.Is(err, ErrInput) {
				t.Fatalf("New at p %d l %d: %v, want ErrInput", rawP, rawL, err)
			}
			return
		}
		pp, ll := rawP, rawL
		mc, err := New(fx.m, fx.input(pp, ll))
		if err != nil {
			t.Fatalf("New(p %d, l %d): %v", pp, ll, err)
		}
		prog := mc.Program()
		if _, err := prog.At(prog.Len() + uint64(k)); !errors.Is(err, ErrStep) {
			t.Fatalf("At(%d) of %d: %v, want ErrStep", prog.Len()+uint64(k), prog.Len(), err)
		}
		if err := mc.RunTo(prog.Len() + 1 + uint64(k)); !errors.Is(err, ErrStep) {
			t.Fatalf("RunTo past the end: %v, want ErrStep", err)
		}
		step := uint64(k) % (prog.Len() + 1)
		if err := mc.RunTo(step); err != nil {
			t.Fatalf("RunTo(%d): %v", step, err)
		}
		sp, err := mc.Prove(mt)
		if err != nil {
			t.Fatalf("Prove at step %d of (%d, %d): %v", step, pp, ll, err)
		}
		want := Instr{Op: OpHalt}
		if step < prog.Len() {
			if want, err = prog.At(step); err != nil {
				t.Fatal(err)
			}
		}
		pre := mc.StateRoot()
		switch {
		case sp.Step != step || sp.P != uint32(pp) || sp.L != uint32(ll):
			t.Fatalf("proof header (%d, %d, %d), want (%d, %d, %d)", sp.Step, sp.P, sp.L, step, pp, ll)
		case sp.Instr != want:
			t.Fatalf("proof instruction %v, program %v", sp.Instr, want)
		case sp.PreState() != pre:
			t.Fatalf("step %d of (%d, %d): proof pre-state differs from the state root", step, pp, ll)
		}
		if err := checkOpenings(sp, mt.Root()); err != nil {
			t.Fatalf("step %d (%v) of (%d, %d): %v", step, sp.Instr, pp, ll, err)
		}

		// One mutation.
		bit := byte(1) << (flip % 8)
		hash := func(h *merkle.Hash) { h[pos%32] ^= bit }
		headerChanged := true
		switch field % 12 {
		case 0:
			sp.Step ^= 1 << (pos % 64)
		case 1:
			sp.P ^= 1 << (pos % 32)
		case 2:
			sp.L ^= 1 << (pos % 32)
		case 3:
			hash(&sp.RegRoots[int(pos)%NumRegs])
		case 4:
			hash(&sp.LayerRoots[int(pos)%len(sp.LayerRoots)])
		case 5:
			hash(&sp.TokensHash)
		default:
			headerChanged = false
		}
		if headerChanged {
			if sp.PreState() == pre {
				t.Fatalf("mutation %d of the header or roots kept the pre-state", field%12)
			}
			return
		}
		if sp.PreState() != pre {
			t.Fatalf("mutation %d changed the pre-state before being applied", field%12)
		}
		switch field % 12 {
		case 6, 7, 8: // a chunk's data
			if len(sp.Chunks) == 0 {
				return
			}
			ch := &sp.Chunks[int(pos)%len(sp.Chunks)]
			if field%12 == 8 || len(ch.Data) == 0 {
				ch.Data = append(ch.Data, flip)
			} else {
				ch.Data[int(pos)%len(ch.Data)] ^= bit
			}
		case 9, 10: // a chunk's proof
			if len(sp.Chunks) == 0 {
				return
			}
			ch := &sp.Chunks[int(pos)%len(sp.Chunks)]
			if field%12 == 10 || len(ch.Proof) == 0 {
				ch.Proof = append(ch.Proof, merkle.Hash{flip})
			} else {
				hash(&ch.Proof[int(pos)%len(ch.Proof)])
			}
		default: // a model leaf's data
			var opened []int
			for i, o := range sp.Model {
				if o.Data != nil {
					opened = append(opened, i)
				}
			}
			if len(opened) == 0 {
				return
			}
			o := &sp.Model[opened[int(pos)%len(opened)]]
			o.Data = bytes.Clone(o.Data) // it aliases the model's weights
			o.Data[int(flip)%len(o.Data)] ^= bit
		}
		if err := checkOpenings(sp, mt.Root()); !errors.Is(err, merkle.ErrProof) {
			t.Fatalf("mutation %d of step %d (%v): openings %v, want ErrProof", field%12, step, sp.Instr, err)
		}
	})
}
