package trainvm

import (
	"fmt"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// SyntheticProof returns a proof of step j, instruction in (which must be
// At(j) of the program under p), of a run with optimizer opt carrying
// carried, with the pre-state root it verifies against. Its leaves are in's
// footprint (data-dependent locations read with every token 0), each leaf's
// preimage filled by fill (which must keep every TOK value 0); its siblings
// are arbitrary hashes, and the opened carried trees' roots in the returned
// proof's carried state are those the leaves give. A ROPE or ROPEB proof
// carries a plausible RoPE row (cos = sin = 2^29) with arbitrary siblings:
// its RoPE source root is RopeOpeningRoot of them. It needs no machine, so
// it builds proofs at any dimensions: for measuring a verifier's gas at
// LLaMA-7B (internal/trainstep), where no machine fits in memory. The
// proof is of no honest state.
func SyntheticProof(p Params, opt train.Optimizer, carried train.State, j uint64, seq uint32, in Instr,
	fill func(Loc, []byte)) (*StepProof, merkle.Hash, error) {
	if err := p.Check(); err != nil {
		return nil, merkle.Hash{}, err
	}
	mc := &Machine{p: p, hyper: train.Hyper{Optimizer: opt}, carried: carried, k: merkle.NewHasher()}
	mc.target = make([]int, p.Tensors())
	for i := 0; i < p.Tensors() && p.Rank > 0; i++ {
		if p.Trained[i] {
			mc.target[i] = len(mc.targets)
			mc.targets = append(mc.targets, i)
		}
	}
	mc.regs[regTOK] = make([]int64, p.SeqLen+1)
	locs, err := mc.footprint(in)
	if err != nil {
		return nil, merkle.Hash{}, err
	}
	pf := &StepProof{J: j, Seq: seq}
	byTree := map[int][]nodeHash{}
	for _, l := range locs {
		nd, lo, hi, err := mc.leafPos(l)
		if err != nil {
			return nil, merkle.Hash{}, err
		}
		width := 4
		switch t := int(l.Tree); {
		case t < numRegs:
			_, width = perLeaf(t)
		case t == TreeG:
			width = 8
		case t == TreeMoments:
			width = 16
		}
		b := make([]byte, (hi-lo)*width)
		fill(l, b)
		pf.Leaves = append(pf.Leaves, Leaf{l, b})
		byTree[int(l.Tree)] = append(byTree[int(l.Tree)], nodeHash{nd, mc.k.Sum(b)})
	}
	n := uint64(0)
	sib := func(list *[]merkle.Hash) func(tnode) (merkle.Hash, error) {
		return func(tnode) (merkle.Hash, error) {
			n++
			h := merkle.Keccak([]byte(fmt.Sprintf("synthetic sibling %d", n)))
			*list = append(*list, h)
			return h, nil
		}
	}
	var mem []nodeHash
	for t := 0; t < NumTrees; t++ {
		leaves, ok := byTree[t]
		if !ok {
			continue
		}
		root, err := multiRoot(mc.k, leaves, sib(&pf.Siblings[t]), nil)
		if err != nil {
			return nil, merkle.Hash{}, err
		}
		switch t {
		case TreeWeights:
			carried.WeightsRoot = root
		case TreeMoments:
			carried.OptimizerRoot = root
		case TreeBase:
			carried.BaseRoot = root
		case TreeAdapters:
			carried.AdaptersRoot = root
		case TreeTokens:
			carried.TokensRoot = root
		default:
			mem = append(mem, nodeHash{tnode{memDepth, uint64(t)}, root})
		}
	}
	var memRoot merkle.Hash
	if len(mem) == 0 {
		memRoot = merkle.Keccak([]byte("synthetic memory root"))
		pf.MemSiblings = []merkle.Hash{memRoot}
	} else if memRoot, err = multiRoot(mc.k, mem, sib(&pf.MemSiblings), nil); err != nil {
		return nil, merkle.Hash{}, err
	}
	if in.Op == OpRope || in.Op == OpRopeB {
		pf.Rope = make([]int32, p.Dims.RopeDims)
		for i := range pf.Rope {
			pf.Rope[i] = 1 << 29
		}
		for range p.modelRootDepth() {
			if _, err := sib(&pf.RopeSiblings)(tnode{}); err != nil {
				return nil, merkle.Hash{}, err
			}
		}
	}
	pf.Carried = carried
	return pf, stateRoot(mc.k, j, seq, carried, memRoot), nil
}
