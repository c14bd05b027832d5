package trainvm

import (
	"encoding/binary"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// ImportProof is the proof of one import micro-step: the pre-state's
// preimage and, for IMPROW of a fine-tuning import, the base opening.
type ImportProof struct {
	State   ImportState
	Opening BaseOpening
}

// Prove returns the proof of the next micro-step (the machine at state j =
// Step()).
func (im *ImportMachine) Prove() (*ImportProof, error) {
	if im.Done() {
		return nil, ErrDone
	}
	in, err := im.x.prog.At(im.st.J)
	if err != nil {
		return nil, err
	}
	o, err := im.opening(in)
	if err != nil {
		return nil, err
	}
	pf := &ImportProof{State: im.st}
	if o != nil {
		pf.Opening = *o
	}
	return pf, nil
}

// VerifyImportStep checks proof against the pre-state root pre under cfg
// and returns the post-state root: it derives instruction j (At), checks
// the pre-state preimage, that it carries I of cfg and the accumulator
// lengths an honest import holds before instruction j, and for IMPROW of a
// fine-tuning import the base opening against cfg's base model root; then
// executes the instruction with the machine's own code (a pretraining
// row's values and a factor's are computed from the seeds). Every failure
// is ErrProof (or ErrStep, ErrParams) naming the field.
func VerifyImportStep(cfg ImportConfig, pre merkle.Hash, proof *ImportProof) (merkle.Hash, error) {
	if proof == nil {
		return merkle.Hash{}, fmt.Errorf("%w: no proof", ErrProof)
	}
	x, err := newImportCtx(cfg)
	if err != nil {
		return merkle.Hash{}, err
	}
	st := proof.State
	if st.Root() != pre {
		return merkle.Hash{}, fmt.Errorf("%w: the pre-state preimage does not hash to the pre-state root", ErrProof)
	}
	if st.J >= x.prog.Len() {
		return merkle.Hash{}, fmt.Errorf("%w: step %d of an import of %d", ErrStep, st.J, x.prog.Len())
	}
	if st.Carried != x.input {
		return merkle.Hash{}, fmt.Errorf("%w: the carried root is not I of the configuration", ErrProof)
	}
	in, err := x.prog.At(st.J)
	if err != nil {
		return merkle.Hash{}, err
	}
	want := x.expected(in)
	for f, got := range []uint64{st.Chunks.N, st.Rows.N, st.Tensors.N, st.Factors.N} {
		if got != want[f] {
			return merkle.Hash{}, fmt.Errorf("%w: accumulator %d holds %d leaves, step %d (%s) follows %d",
				ErrProof, f, got, st.J, in, want[f])
		}
	}
	o := &proof.Opening
	opens := in.Op == OpImpRow && cfg.BaseModelRoot != merkle.Hash{}
	if !opens {
		if len(o.Norm) != 0 || len(o.Q8) != 0 || len(o.PartHashes) != 0 || len(o.Siblings) != 0 {
			return merkle.Hash{}, fmt.Errorf("%w: %s opens nothing of a base model", ErrProof, in.Op)
		}
		o = nil
	}
	vals, err := x.values(in, o)
	if err != nil {
		return merkle.Hash{}, err
	}
	if err := x.exec(&st, in, vals); err != nil {
		return merkle.Hash{}, fmt.Errorf("%w: %w", ErrProof, err)
	}
	return st.Root(), nil
}

// MarshalBinary encodes the proof:
//
//	be64 j ‖ carried ‖ chunks ‖ rows ‖ tensors ‖ factors (each be64 n ‖ its set levels)
//	‖ be32 a ‖ a × be32 norm values ‖ be32 q ‖ q Q8_0 bytes ‖ be32 m ‖ m part hashes ‖ u8 d ‖ d siblings, leaf first
func (p *ImportProof) MarshalBinary() ([]byte, error) {
	o := &p.Opening
	if len(o.Siblings) > maxIOSiblings || len(o.Norm) > Chunk || len(o.Q8) > maxQ8 || len(o.PartHashes) > maxIOParts {
		return nil, fmt.Errorf("%w: %d siblings (≤ %d), %d norm values (≤ %d), %d Q8 bytes (≤ %d), %d part hashes (≤ %d)",
			ErrProofEncoding, len(o.Siblings), maxIOSiblings, len(o.Norm), Chunk, len(o.Q8), maxQ8, len(o.PartHashes), maxIOParts)
	}
	s := &p.State
	b := binary.BigEndian.AppendUint64(nil, s.J)
	b = append(b, s.Carried[:]...)
	for _, f := range []*Frontier{&s.Chunks, &s.Rows, &s.Tensors, &s.Factors} {
		b = f.appendBytes(b)
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(o.Norm)))
	b = appendInt32s(b, o.Norm)
	b = binary.BigEndian.AppendUint32(b, uint32(len(o.Q8)))
	b = append(b, o.Q8...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(o.PartHashes)))
	b = appendHashes(b, o.PartHashes)
	b = append(b, byte(len(o.Siblings)))
	return appendHashes(b, o.Siblings), nil
}

// maxQ8 is the most Q8_0 bytes of a row part.
const maxQ8 = canon.RowPartBlocks * canon.BlockBytes

// ReadImportProof decodes a proof MarshalBinary encoded, refusing short or
// trailing bytes and counts over their limits (ErrProofEncoding naming the
// field and the limit).
func ReadImportProof(b []byte) (*ImportProof, error) {
	r := &reader{b: b}
	p := &ImportProof{}
	s := &p.State
	s.J = r.u64("j")
	s.Carried = r.hash("carried")
	for _, f := range []struct {
		f    *Frontier
		name string
	}{{&s.Chunks, "chunks"}, {&s.Rows, "rows"}, {&s.Tensors, "tensors"}, {&s.Factors, "factors"}} {
		v, err := readFrontier(r, f.name)
		if err != nil {
			return nil, err
		}
		*f.f = v
	}
	o := &p.Opening
	o.Norm = readValues(r, Chunk)
	n := r.u32("Q8 byte count")
	if r.err == nil && n > maxQ8 {
		return nil, fmt.Errorf("%w: Q8 byte count %d must be at most %d", ErrProofEncoding, n, maxQ8)
	}
	if q := r.take(int(n), "Q8 bytes"); n > 0 && q != nil {
		o.Q8 = append([]byte(nil), q...)
	}
	o.PartHashes = readHashes(r, "part hashes", maxIOParts)
	o.Siblings = readSiblings(r)
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrProofEncoding, len(r.b))
	}
	return p, nil
}

// ImportProofBytes returns the encoded size of the proof of import
// instruction in under cfg, from the positions alone.
func ImportProofBytes(cfg ImportConfig, in Instr) (int, error) {
	x, err := newImportCtx(cfg)
	if err != nil {
		return 0, err
	}
	size := 8 + 32 + 4 + 4 + 4 + 1
	for _, n := range x.expected(in) {
		size += frontierBytes(n)
	}
	if in.Op == OpImpRow && cfg.BaseModelRoot != (merkle.Hash{}) {
		i := int(in.A)
		n := x.p.partLen(i, int(in.C))
		if x.p.isNorm(i) {
			size += 4 * n
		} else {
			size += n / canon.BlockSize * canon.BlockBytes
			if np := x.p.ioParts(i); np > 1 {
				size += 32 * int(np)
			}
		}
		size += 32 * x.p.modelRootDepth()
	}
	return size, nil
}
