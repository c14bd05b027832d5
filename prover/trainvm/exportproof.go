package trainvm

import (
	"encoding/binary"
	"fmt"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// ExportProof is the proof of one export micro-step: the pre-state's
// preimage, S_N's preimage (the state the export reads, whose root the
// pre-state carries) and, for EXPROW, the master values of the row part
// with the path of its node to S_N's weights root; for EXPROPE t, the RoPE
// row (cos ‖ sin) with the path of its leaf to the RoPE source model root.
type ExportProof struct {
	State    ExportState
	Carried  train.State
	Values   []int32
	Siblings []merkle.Hash
}

// Limits of ReadExportProof.
const (
	maxIOParts    = 256 // part hashes of a row: 2^20 columns in parts of RowPart
	maxIOSiblings = 64
)

// Prove returns the proof of the next micro-step (the machine at state j =
// Step()).
func (em *ExportMachine) Prove() (*ExportProof, error) {
	if em.Done() {
		return nil, ErrDone
	}
	in, err := em.x.prog.At(em.st.J)
	if err != nil {
		return nil, err
	}
	st := em.st
	st.Parts = append([]merkle.Hash(nil), em.st.Parts...)
	pf := &ExportProof{State: st, Carried: em.sN}
	switch in.Op {
	case OpExpRow:
		_, h := em.x.p.ioPart(int(in.A))
		pf.Values = append([]int32(nil), em.rowPart(in)...)
		if pf.Siblings, err = em.tree.path(int(in.A), int(in.B), int(in.C), h); err != nil {
			return nil, err
		}
	case OpExpRope:
		pf.Values = em.rowPart(in)
		if pf.Siblings, err = em.src.Proof(em.x.p.ropeIndex(int(in.A))); err != nil {
			return nil, err
		}
	}
	return pf, nil
}

// VerifyExportStep checks proof against the pre-state root pre under cfg
// and returns the post-state root: it derives instruction j (At), checks
// the pre-state and S_N preimages, that the state is the one an honest
// export holds before instruction j (leaf count, part hashes), S_N's
// configuration hash against cfg and, for EXPROW, the row part against
// S_N's weights root, for EXPROPE the RoPE row against cfg's RoPE source
// model root; then executes the instruction with the machine's own
// code. Every failure is ErrProof (or ErrStep, ErrParams) naming the field.
func VerifyExportStep(cfg ExportConfig, pre merkle.Hash, proof *ExportProof) (merkle.Hash, error) {
	if proof == nil {
		return merkle.Hash{}, fmt.Errorf("%w: no proof", ErrProof)
	}
	x, err := newExportCtx(cfg)
	if err != nil {
		return merkle.Hash{}, err
	}
	st := proof.State
	st.Parts = append([]merkle.Hash(nil), proof.State.Parts...)
	if st.Root() != pre {
		return merkle.Hash{}, fmt.Errorf("%w: the pre-state preimage does not hash to the pre-state root", ErrProof)
	}
	if st.J >= x.prog.Len() {
		return merkle.Hash{}, fmt.Errorf("%w: step %d of an export of %d", ErrStep, st.J, x.prog.Len())
	}
	if proof.Carried.Root() != st.Carried {
		return merkle.Hash{}, fmt.Errorf("%w: the carried S_N preimage does not hash to the carried root", ErrProof)
	}
	if proof.Carried.ConfigHash != x.config {
		return merkle.Hash{}, fmt.Errorf("%w: configuration hash %x, S_N's %x", ErrProof, x.config, proof.Carried.ConfigHash)
	}
	in, err := x.prog.At(st.J)
	if err != nil {
		return merkle.Hash{}, err
	}
	n, parts := x.leavesBefore(in)
	if st.Acc.N != n || len(st.Parts) != parts {
		return merkle.Hash{}, fmt.Errorf("%w: accumulator of %d leaves and %d part hashes, step %d (%s) follows %d and %d",
			ErrProof, st.Acc.N, len(st.Parts), st.J, in, n, parts)
	}
	switch in.Op {
	case OpExpRow:
		err = checkPart(x.p, x.k, in, proof.Values, proof.Siblings, proof.Carried.WeightsRoot)
	case OpExpRope:
		err = x.checkRope(int(in.A), proof.Values, proof.Siblings)
	default:
		if len(proof.Values) != 0 || len(proof.Siblings) != 0 {
			err = fmt.Errorf("%w: %s opens nothing (%d values, %d siblings)", ErrProof, in.Op, len(proof.Values), len(proof.Siblings))
		}
	}
	if err != nil {
		return merkle.Hash{}, err
	}
	if err := x.exec(&st, in, proof.Carried, proof.Values); err != nil {
		return merkle.Hash{}, fmt.Errorf("%w: %w", ErrProof, err)
	}
	return st.Root(), nil
}

// checkPart checks the values of row part (A, B, C) of in against a
// tensor-tree root.
func checkPart(p Params, k *merkle.Hasher, in Instr, vals []int32, sib []merkle.Hash, root merkle.Hash) error {
	i, r, part := int(in.A), int(in.B), int(in.C)
	if want := p.partLen(i, part); len(vals) != want {
		return fmt.Errorf("%w: row part of %d values, tensor %d part %d has %d", ErrProof, len(vals), i, part, want)
	}
	index, depth := p.partPath(i, r, part)
	if len(sib) != depth {
		return fmt.Errorf("%w: %d siblings, the row part's path has %d", ErrProof, len(sib), depth)
	}
	_, h := p.ioPart(i)
	got, err := merkle.RootFromProof(partRoot(k, vals, h), index, sib)
	if err != nil || got != root {
		return fmt.Errorf("%w: row part (tensor %d, row %d, part %d) does not open against the weights root", ErrProof, i, r, part)
	}
	return nil
}

// stateBytes is the size of a level-1 state's preimage fields.
const stateBytes = 3*8 + 6*32

// appendState appends a level-1 state's preimage fields (stateBytes).
func appendState(b []byte, s train.State) []byte {
	b = binary.BigEndian.AppendUint64(b, s.Step)
	b = binary.BigEndian.AppendUint64(b, s.Cursor)
	b = binary.BigEndian.AppendUint64(b, s.DataTokens)
	for _, h := range []merkle.Hash{s.TokensRoot, s.ConfigHash, s.WeightsRoot, s.OptimizerRoot, s.BaseRoot, s.AdaptersRoot} {
		b = append(b, h[:]...)
	}
	return b
}

func readState(r *reader, field string) (s train.State) {
	s.Step, s.Cursor, s.DataTokens = r.u64(field+" step"), r.u64(field+" cursor"), r.u64(field+" data tokens")
	for _, h := range []*merkle.Hash{&s.TokensRoot, &s.ConfigHash, &s.WeightsRoot, &s.OptimizerRoot, &s.BaseRoot, &s.AdaptersRoot} {
		*h = r.hash(field + " roots")
	}
	return s
}

func appendHashes(b []byte, hs []merkle.Hash) []byte {
	for _, h := range hs {
		b = append(b, h[:]...)
	}
	return b
}

// readHashes reads be32 count ‖ count hashes (at most limit).
func readHashes(r *reader, field string, limit int) []merkle.Hash {
	n := r.u32(field + " count")
	if r.err == nil && n > uint32(limit) {
		r.err = fmt.Errorf("%w: %s count %d must be at most %d", ErrProofEncoding, field, n, limit)
	}
	if r.err != nil || n == 0 {
		return nil
	}
	out := make([]merkle.Hash, n)
	for i := range out {
		out[i] = r.hash(field)
	}
	return out
}

// MarshalBinary encodes the proof:
//
//	be64 j ‖ carried ‖ be64 n ‖ the accumulator's set levels ‖ be32 m ‖ m part hashes
//	‖ S_N (216 bytes: be64 step, cursor, dataTokens, the six roots) ‖ be32 v ‖ v × be32 values ‖ u8 d ‖ d siblings, the part's node first
//
// (for EXPROPE the values are the RoPE row and the siblings its leaf's path
// to the RoPE source model root)
func (p *ExportProof) MarshalBinary() ([]byte, error) {
	if len(p.Siblings) > maxIOSiblings || len(p.Values) > RowPart || len(p.State.Parts) > maxIOParts {
		return nil, fmt.Errorf("%w: %d siblings (≤ %d), %d values (≤ %d), %d part hashes (≤ %d)", ErrProofEncoding,
			len(p.Siblings), maxIOSiblings, len(p.Values), RowPart, len(p.State.Parts), maxIOParts)
	}
	b := binary.BigEndian.AppendUint64(nil, p.State.J)
	b = append(b, p.State.Carried[:]...)
	b = p.State.Acc.appendBytes(b)
	b = binary.BigEndian.AppendUint32(b, uint32(len(p.State.Parts)))
	b = appendHashes(b, p.State.Parts)
	b = appendState(b, p.Carried)
	b = binary.BigEndian.AppendUint32(b, uint32(len(p.Values)))
	b = appendInt32s(b, p.Values)
	b = append(b, byte(len(p.Siblings)))
	return appendHashes(b, p.Siblings), nil
}

// ReadExportProof decodes a proof MarshalBinary encoded, refusing short or
// trailing bytes and counts over their limits (ErrProofEncoding naming the
// field and the limit).
func ReadExportProof(b []byte) (*ExportProof, error) {
	r := &reader{b: b}
	p := &ExportProof{}
	p.State.J = r.u64("j")
	p.State.Carried = r.hash("carried")
	acc, err := readFrontier(r, "accumulator")
	if err != nil {
		return nil, err
	}
	p.State.Acc = acc
	p.State.Parts = readHashes(r, "part hashes", maxIOParts)
	p.Carried = readState(r, "S_N")
	p.Values = readValues(r, RowPart)
	p.Siblings = readSiblings(r)
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrProofEncoding, len(r.b))
	}
	return p, nil
}

// readValues reads be32 count ‖ count × be32 (at most limit).
func readValues(r *reader, limit int) []int32 {
	n := r.u32("value count")
	if r.err == nil && n > uint32(limit) {
		r.err = fmt.Errorf("%w: value count %d must be at most %d", ErrProofEncoding, n, limit)
	}
	if r.err != nil || n == 0 {
		return nil
	}
	raw := r.take(4*int(n), "values")
	if raw == nil {
		return nil
	}
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(binary.BigEndian.Uint32(raw[4*i:]))
	}
	return out
}

// readSiblings reads u8 count ‖ count hashes (at most maxIOSiblings).
func readSiblings(r *reader) []merkle.Hash {
	b := r.take(1, "sibling count")
	if b == nil {
		return nil
	}
	if int(b[0]) > maxIOSiblings {
		r.err = fmt.Errorf("%w: sibling count %d must be at most %d", ErrProofEncoding, b[0], maxIOSiblings)
		return nil
	}
	var out []merkle.Hash
	for i := 0; i < int(b[0]); i++ {
		out = append(out, r.hash("siblings"))
	}
	return out
}

// ExportProofBytes returns the encoded size of the proof of export
// instruction in of a model of dimensions c, from the positions alone.
func ExportProofBytes(cfg ExportConfig, in Instr) (int, error) {
	x, err := newExportCtx(cfg)
	if err != nil {
		return 0, err
	}
	n, parts := x.leavesBefore(in)
	size := 8 + 32 + frontierBytes(n) + 4 + 32*parts + stateBytes + 4 + 1
	switch in.Op {
	case OpExpRow:
		_, depth := x.p.partPath(int(in.A), int(in.B), int(in.C))
		size += 4*x.p.partLen(int(in.A), int(in.C)) + 32*depth
	case OpExpRope:
		size += 4*x.p.Dims.RopeDims + 32*x.p.modelRootDepth()
	}
	return size, nil
}
