package trainvm

import (
	"encoding/binary"
	"fmt"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/quant"
	"github.com/airollup/airollup/prover/train"
)

// ExportProof is the proof of one export micro-step: the pre-state's
// preimage, S_N's preimage (the state the export reads, whose root the
// pre-state carries) and, for EXPROW of a norm chunk or a sub-step, its
// master values with the path of its node to S_N's weights root, for the
// join of a part its Q8_0 bytes (Q8); for EXPROPE t, the RoPE row (cos ‖
// sin) with the path of its leaf to the RoPE source model root.
type ExportProof struct {
	State    ExportState
	Carried  train.State
	Values   []int32
	Siblings []merkle.Hash
	Q8       []byte
}

// Limits of ReadExportProof.
const (
	maxIOParts    = 256 // part hashes of a row: 2^20 columns in parts of RowPart
	maxIOSiblings = 64
	maxHeld       = maxIOParts + subParts // an export's held hashes: part hashes, then sub-hashes
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
		i, r := int(in.A), int(in.B)
		if em.x.p.isNorm(i) {
			pf.Values = append([]int32(nil), em.rowPart(in)...)
			pf.Siblings, err = em.tree.path(i, r, int(in.C), 0)
			break
		}
		part, sub, isJoin := em.x.p.expSub(i, uint64(in.C))
		if isJoin {
			pf.Q8, err = em.joinBytes(in)
			break
		}
		pf.Values = append([]int32(nil), em.rowPart(in)...)
		pf.Siblings, err = em.tree.path(i, r, part*subParts+sub, em.x.p.subHeight(i))
	case OpExpRope:
		pf.Values = em.rowPart(in)
		pf.Siblings, err = em.src.Proof(em.x.p.ropeIndex(int(in.A)))
	}
	if err != nil {
		return nil, err
	}
	return pf, nil
}

// VerifyExportStep checks proof against the pre-state root pre under cfg
// and returns the post-state root: it derives instruction j (At), checks
// the pre-state and S_N preimages, that the state is the one an honest
// export holds before instruction j (leaf count, part hashes), S_N's
// configuration hash against cfg and, for EXPROW, a norm chunk's or a
// sub-step's values against S_N's weights root or a join's Q8_0 bytes
// against the sub-hashes held, for EXPROPE the RoPE row against cfg's RoPE
// source model root; then executes the instruction with the machine's own
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
	n, held := x.leavesBefore(in)
	if st.Acc.N != n || len(st.Parts) != held {
		return merkle.Hash{}, fmt.Errorf("%w: accumulator of %d leaves and %d held hashes, step %d (%s) follows %d and %d",
			ErrProof, st.Acc.N, len(st.Parts), st.J, in, n, held)
	}
	isJoin := false
	if in.Op == OpExpRow && !x.p.isNorm(int(in.A)) {
		_, _, isJoin = x.p.expSub(int(in.A), uint64(in.C))
	}
	if !isJoin && len(proof.Q8) != 0 {
		return merkle.Hash{}, fmt.Errorf("%w: %s carries %d Q8_0 bytes, only a join does", ErrProof, in, len(proof.Q8))
	}
	switch {
	case isJoin:
		part, _, _ := x.p.expSub(int(in.A), uint64(in.C))
		if len(proof.Values) != 0 || len(proof.Siblings) != 0 {
			err = fmt.Errorf("%w: a join opens no values (%d values, %d siblings)", ErrProof, len(proof.Values), len(proof.Siblings))
		} else {
			err = x.checkJoin(int(in.A), part, proof.Q8, st.Parts)
		}
	case in.Op == OpExpRow:
		err = checkPart(x.p, x.k, in, proof.Values, proof.Siblings, proof.Carried.WeightsRoot)
	case in.Op == OpExpRope:
		err = x.checkRope(int(in.A), proof.Values, proof.Siblings)
	default:
		if len(proof.Values) != 0 || len(proof.Siblings) != 0 {
			err = fmt.Errorf("%w: %s opens nothing (%d values, %d siblings)", ErrProof, in.Op, len(proof.Values), len(proof.Siblings))
		}
	}
	if err != nil {
		return merkle.Hash{}, err
	}
	if err := x.exec(&st, in, proof.Carried, proof.Values, proof.Q8); err != nil {
		return merkle.Hash{}, fmt.Errorf("%w: %w", ErrProof, err)
	}
	return st.Root(), nil
}

// checkPart checks the values of EXPROW in (a norm chunk, or a sub-step of
// a matrix row part) against a tensor-tree root, as one node.
func checkPart(p Params, k *merkle.Hasher, in Instr, vals []int32, sib []merkle.Hash, root merkle.Hash) error {
	i, r, part := int(in.A), int(in.B), int(in.C)
	want := p.partLen(i, part)
	index, depth := p.partPath(i, r, part)
	_, h := p.ioPart(i)
	if !p.isNorm(i) {
		sub := 0
		part, sub, _ = p.expSub(i, uint64(in.C))
		want, h = p.subLen(i, part, sub), p.subHeight(i)
		index, depth = p.subPath(i, r, part, sub)
	}
	if len(vals) != want {
		return fmt.Errorf("%w: row part of %d values, tensor %d step %d has %d", ErrProof, len(vals), i, in.C, want)
	}
	if len(sib) != depth {
		return fmt.Errorf("%w: %d siblings, the row part's path has %d", ErrProof, len(sib), depth)
	}
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
//	‖ be32 q ‖ q Q8_0 bytes (a join's; 0 otherwise)
//
// (for EXPROPE the values are the RoPE row and the siblings its leaf's path
// to the RoPE source model root)
func (p *ExportProof) MarshalBinary() ([]byte, error) {
	if len(p.Siblings) > maxIOSiblings || len(p.Values) > RowPart || len(p.State.Parts) > maxHeld || len(p.Q8) > maxQ8 {
		return nil, fmt.Errorf("%w: %d siblings (≤ %d), %d values (≤ %d), %d held hashes (≤ %d), %d Q8_0 bytes (≤ %d)", ErrProofEncoding,
			len(p.Siblings), maxIOSiblings, len(p.Values), RowPart, len(p.State.Parts), maxHeld, len(p.Q8), maxQ8)
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
	b = appendHashes(b, p.Siblings)
	b = binary.BigEndian.AppendUint32(b, uint32(len(p.Q8)))
	return append(b, p.Q8...), nil
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
	p.State.Parts = readHashes(r, "part hashes", maxHeld)
	p.Carried = readState(r, "S_N")
	p.Values = readValues(r, RowPart)
	p.Siblings = readSiblings(r)
	q := r.u32("Q8_0 byte count")
	if r.err == nil && q > maxQ8 {
		return nil, fmt.Errorf("%w: Q8_0 byte count %d must be at most %d", ErrProofEncoding, q, maxQ8)
	}
	if q > 0 {
		p.Q8 = append([]byte(nil), r.take(int(q), "Q8_0 bytes")...)
	}
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
	n, held := x.leavesBefore(in)
	size := 8 + 32 + frontierBytes(n) + 4 + 32*held + stateBytes + 4 + 1 + 4
	switch i := int(in.A); {
	case in.Op == OpExpRow && x.p.isNorm(i):
		_, depth := x.p.partPath(i, int(in.B), int(in.C))
		size += 4*x.p.partLen(i, int(in.C)) + 32*depth
	case in.Op == OpExpRow:
		part, sub, isJoin := x.p.expSub(i, uint64(in.C))
		if isJoin {
			size += x.p.partLen(i, part) / quant.BlockSize * quant.BlockBytes
			break
		}
		_, depth := x.p.subPath(i, int(in.B), part, sub)
		size += 4*x.p.subLen(i, part, sub) + 32*depth
	case in.Op == OpExpRope:
		size += 4*x.p.Dims.RopeDims + 32*x.p.modelRootDepth()
	}
	return size, nil
}
