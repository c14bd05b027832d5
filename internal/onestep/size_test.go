package onestep

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// proofArgs encodes a StepProof as TransformerVM.step decodes it
// (abi.encode(StepProof)); level1Args a Level1Preimage.
var proofArgs, level1Args = func() (abi.Arguments, abi.Arguments) {
	parsed, err := bindings.OneStepVerifierMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	l1, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "residualRoot", Type: "bytes32"}, {Name: "layerRoots", Type: "bytes32[]"}, {Name: "tokensHash", Type: "bytes32"}})
	if err != nil {
		panic(err)
	}
	return parsed.Methods["step"].Inputs[3:], abi.Arguments{{Type: l1}}
}()

// level1Preimage is TransformerVM.Level1Preimage.
type level1Preimage struct {
	ResidualRoot [32]byte
	LayerRoots   [][32]byte
	TokensHash   [32]byte
}

// maxStepTx is the bound every step transaction's calldata must stay under:
// geth refuses transactions above 128 KiB (txMaxSize), and the rest of the
// transaction (signature, fees, access list) needs room.
const maxStepTx = 120 << 10

// operand is the size of one opening: its data bytes and proof hashes.
type operand struct{ data, proof int }

// proofShape is the size of every field of a vm.StepProof: what its ABI
// encoding depends on.
type proofShape struct {
	layers                              int
	chunks, subtrees, model, kv, prompt []operand
	full                                []int
}

func shapeOf(sp *vm.StepProof) proofShape {
	s := proofShape{layers: len(sp.LayerRoots)}
	for _, c := range sp.Chunks {
		s.chunks = append(s.chunks, operand{len(c.Data), len(c.Proof)})
	}
	for _, f := range sp.Full {
		s.full = append(s.full, len(f))
	}
	for _, st := range sp.Subtrees {
		s.subtrees = append(s.subtrees, operand{len(st.Data), len(st.Proof)})
	}
	for _, o := range sp.Model {
		s.model = append(s.model, operand{len(o.Data), len(o.Proof)})
	}
	for _, o := range sp.KV {
		s.kv = append(s.kv, operand{len(o.Data), len(o.Proof)})
	}
	for _, o := range sp.Prompt {
		s.prompt = append(s.prompt, operand{len(o.Data), len(o.Proof)})
	}
	return s
}

// words is ceil(n / 32).
func words(n int) int { return (n + 31) / 32 }

// encSize is the size of abi.encode(StepProof) as the struct's tail: its
// head (step, p, l, 19 register roots, tokensHash and 7 offsets) and the
// dynamic fields.
func (s proofShape) encSize() int {
	bytesSize := func(n int) int { return 32 + 32*words(n) }
	arr := func(ops []operand, headWords int) int {
		n := 32
		for _, o := range ops {
			n += 32 + 32*headWords + bytesSize(o.data) + 32 + 32*o.proof
		}
		return n
	}
	n := 32*(3+19+1+7) + 32 + 32*s.layers
	n += arr(s.chunks, 4) + arr(s.subtrees, 5) + arr(s.model, 3) + arr(s.kv, 3) + arr(s.prompt, 3)
	n += 32
	for _, f := range s.full {
		n += 32 + bytesSize(f)
	}
	return n
}

// verifierTx is the calldata of OneStepVerifier.step(cfg, modelRoot, job, sp):
// the selector, the static configuration (13 words + tokenizerHash), the root,
// the static job context (6 words), the proof's offset and the proof.
func (s proofShape) verifierTx() int { return 4 + 32*(14+1+6+1) + s.encSize() }

// gameTx is the calldata of DisputeGame.step(claimIndex, isAttack,
// prestatePreimage, proof) with proof = abi.encode(StepProof) and the largest
// prestate preimage (abi.encode(Level1Preimage) of the model's layers).
func (s proofShape) gameTx() int {
	pre := 32 + 32*3 + 32 + 32*s.layers
	proof := 32 + s.encSize()
	return 4 + 32*4 + 32 + 32*words(pre) + 32 + 32*words(proof)
}

// shapeModel is what the analytic shape needs to know about a model.
type shapeModel struct {
	c         canon.Config
	promptLen int // the job's prompt length (PROMPT opens its chunk)
}

func (sm shapeModel) modelDepth() int {
	c := sm.c
	cd := (c.Dim + 31) / 32
	perLayer := 2*cd + 3*c.Dim + 2*c.KVDim() + 2*c.FFDim
	n := 1 + 2*c.Vocab + c.Layers*perLayer + cd + c.Context // untied: the larger tree
	return merkle.Depth(uint64(n))
}

// reg returns register r's length in elements, elements per leaf and bytes per element.
func (sm shapeModel) reg(r int) (n, per, width int) {
	c := sm.c
	switch r {
	case vm.RegX, vm.RegH, vm.RegQ, vm.RegA, vm.RegT:
		return c.Dim, 32, 4
	case vm.RegQXd:
		return c.Dim, 32, 1
	case vm.RegK, vm.RegV:
		return c.KVDim(), 32, 4
	case vm.RegG, vm.RegU:
		return c.FFDim, 32, 4
	case vm.RegQXf:
		return c.FFDim, 32, 1
	case vm.RegAMd:
		return c.Dim / 32, 16, 8
	case vm.RegAMf:
		return c.FFDim / 32, 16, 8
	case vm.RegS, vm.RegE:
		return c.Context, 32, 4
	case vm.RegW:
		return c.HeadDim(), 16, 8
	case vm.RegLG:
		return c.Vocab, 32, 4
	case vm.RegHist:
		return 256, 16, 8
	}
	return 52, 16, 8 // R
}

func (sm shapeModel) chunk(r, i int) operand {
	n, per, width := sm.reg(r)
	leaves := (n + per - 1) / per
	return operand{(min((i+1)*per, n) - i*per) * width, merkle.Depth(uint64(leaves))}
}

func (sm shapeModel) full(r int) int { n, _, width := sm.reg(r); return n * width }

// subtree is the smallest aligned subtree covering leaves [c0, c1] of a tree
// of `leaves` leaves of leafBytes bytes, total bytes in all.
func subtree(leaves, c0, c1, leafBytes, total int) operand {
	h := 0
	for c0>>h != c1>>h {
		h++
	}
	first := (c0 >> h) << h
	last := min(first+1<<h, leaves)
	return operand{min(last*leafBytes, total) - first*leafBytes, merkle.Depth(uint64(leaves)) - h}
}

// head is the subtree covering head h of an int32 vector of n elements.
func (sm shapeModel) head(n, h int) operand {
	hd := sm.c.HeadDim()
	return subtree((n+31)/32, h*hd/32, ((h+1)*hd-1)/32, 128, 4*n)
}

// shape predicts the proof of instruction ins (docs/isa.md, "Step proofs").
func (sm shapeModel) shape(ins vm.Instr) proofShape {
	c := sm.c
	md := sm.modelDepth()
	kvd := merkle.Depth(uint64(c.Context))
	s := proofShape{layers: c.Layers, model: []operand{{0, md}}}
	a, b := int(ins.A), int(ins.B)
	g := a / (c.Heads / c.KVHeads)
	chunk := func(r, i int) { s.chunks = append(s.chunks, sm.chunk(r, i)) }
	full := func(rs ...int) {
		for _, r := range rs {
			s.full = append(s.full, sm.full(r))
		}
	}
	dst := func(m int) int {
		return []int{vm.RegQ, vm.RegK, vm.RegV, vm.RegT, vm.RegG, vm.RegU, vm.RegT, vm.RegLG}[m]
	}
	cols := func(m int) int {
		if m == vm.MatDown {
			return c.FFDim
		}
		return c.Dim
	}
	switch ins.Op {
	case vm.OpHalt:
	case vm.OpSumSq:
		chunk(vm.RegX, a)
		full(vm.RegR)
	case vm.OpRMS, vm.OpToken, vm.OpSPrep:
		full(vm.RegR)
	case vm.OpNorm:
		chunk(vm.RegX, a)
		chunk(vm.RegH, a)
		full(vm.RegR)
		s.model = append(s.model, operand{4 * (min(32*(a+1), c.Dim) - 32*a), md})
	case vm.OpQuant:
		qx, am := vm.RegQXd, vm.RegAMd
		if b == vm.RegG {
			qx, am = vm.RegQXf, vm.RegAMf
		}
		chunk(b, a)
		chunk(qx, a)
		chunk(am, a/16)
	case vm.OpMatVec:
		qx, am := vm.RegQXd, vm.RegAMd
		if a == vm.MatDown {
			qx, am = vm.RegQXf, vm.RegAMf
		}
		chunk(dst(a), b/32)
		full(qx, am)
		s.model = append(s.model, operand{cols(a) / 32 * 34, md})
	case vm.OpMatVecPart:
		m, part := a&0xff, a>>8
		nb := cols(m) / 32
		b0, b1 := part*vm.PartBlocks, min((part+1)*vm.PartBlocks, nb)
		chunk(dst(m), b/32)
		full(vm.RegR)
		s.subtrees = append(s.subtrees, subtree(nb, b0, b1-1, 32, nb*32), subtree((nb+15)/16, b0/16, (b1-1)/16, 128, nb*8))
		// the row's part, then the other parts' hashes before the leaf's proof (vm.ModelTree.OpenRowPart)
		parts := (nb + vm.PartBlocks - 1) / vm.PartBlocks
		s.model = append(s.model, operand{(b1 - b0) * 34, parts - 1 + md})
	case vm.OpRope:
		n := c.Dim
		if a == 1 {
			n = c.KVDim()
		}
		s.subtrees = append(s.subtrees, sm.head(n, b))
		s.model = append(s.model, operand{8 * (c.RopeDims / 2), md})
	case vm.OpKVWrite:
		s.kv = append(s.kv, operand{0, kvd})
	case vm.OpScore:
		chunk(vm.RegS, b/32)
		s.subtrees = append(s.subtrees, sm.head(c.Dim, a), sm.head(c.KVDim(), g))
		s.kv = append(s.kv, operand{64, kvd})
	case vm.OpSMax:
		chunk(vm.RegS, a)
		full(vm.RegR)
	case vm.OpExp, vm.OpProb:
		chunk(vm.RegS, a)
		chunk(vm.RegE, a)
		full(vm.RegR)
	case vm.OpWSum:
		chunk(vm.RegS, b/32)
		full(vm.RegW)
		s.kv = append(s.kv, operand{64, kvd})
		s.subtrees = append(s.subtrees, sm.head(c.KVDim(), g))
	case vm.OpWFin:
		full(vm.RegW)
		s.subtrees = append(s.subtrees, sm.head(c.Dim, a))
	case vm.OpAdd:
		chunk(vm.RegX, a)
		chunk(vm.RegT, a)
	case vm.OpSwiGLU:
		chunk(vm.RegG, a)
		chunk(vm.RegU, a)
	case vm.OpNext, vm.OpWTot:
		chunk(vm.RegLG, a)
		full(vm.RegR)
	case vm.OpHist:
		chunk(vm.RegLG, a)
		full(vm.RegHist, vm.RegR)
	case vm.OpPick:
		full(vm.RegHist, vm.RegR)
	case vm.OpPrompt:
		full(vm.RegR)
		// the prompt chunk holding token p+1 (the largest: a full chunk)
		leaves := (sm.promptLen + 31) / 32
		s.prompt = append(s.prompt, operand{4 * min(32, sm.promptLen), merkle.Depth(uint64(leaves))})
	case vm.OpEmbed:
		chunk(vm.RegX, a)
		full(vm.RegR)
		s.model = append(s.model, operand{c.Dim / 32 * 34, md})
	default:
		panic(fmt.Sprintf("no shape for %s", ins))
	}
	return s
}

// TestProofShapeMatchesProve checks the analytic shape (and its ABI size)
// against real proofs of every step of blocks and head steps of small models,
// including odd vocabularies and contexts and a partitioned ffn_down.
func TestProofShapeMatchesProve(t *testing.T) {
	specs := []modelgen.Spec{
		{Dim: 96, Layers: 2, Heads: 6, KVHeads: 2, FFDim: 160, Vocab: 400, Context: 40, Seed: 4},
		{Dim: 32, Layers: 1, Heads: 2, KVHeads: 2, FFDim: 4160, Vocab: 400, Context: 16, Seed: 5},
	}
	osv := bindings.NewOneStepVerifier()
	game := bindings.NewDisputeGame()
	r := rand.New(rand.NewPCG(3, 4))
	for _, spec := range specs {
		m, err := spec.Model()
		require.NoError(t, err)
		mt, err := vm.NewModelTree(m)
		require.NoError(t, err)
		tokens := make([]int32, 6)
		for i := range tokens {
			tokens[i] = int32(r.IntN(m.Vocab))
		}
		params := canon.SampleParams{TemperatureMilli: 800, TopK: 40, TopPMicro: 950_000, Seed: [32]byte{9}}
		cases := []struct{ p, l, promptLen int }{{5, 0, 6}, {5, m.Layers - 1, 6}, {5, m.Layers, 3}, {2, m.Layers, 6}}
		for _, cs := range cases {
			pp := canon.SampleParams{}
			if cs.promptLen == 3 {
				pp = params
			}
			mc := machineWith(t, m, tokens, cs.p, cs.l, cs.promptLen, pp)
			sm := shapeModel{c: m.Config, promptLen: cs.promptLen}
			for {
				sp, err := mc.Prove(mt)
				require.NoError(t, err)
				if sp.Instr.Op == vm.OpMatVec && m.FFDim > 4096 && r.IntN(32) != 0 {
					require.NoError(t, mc.Exec())
					continue
				}
				got := shapeOf(sp)
				if sp.Instr.Op == vm.OpPrompt {
					require.LessOrEqual(t, got.prompt[0].data, 128)
					got.prompt[0].data = sm.shape(sp.Instr).prompt[0].data // the analytic shape takes a full chunk
				}
				want := sm.shape(sp.Instr)
				require.Equal(t, want, got, "p %d l %d step %d %s", cs.p, cs.l, sp.Step, sp.Instr)
				real := Proof(sp)
				require.Equal(t, want.verifierTx(), len(osv.PackStep(Config(m), mt.Root(), bindings.IOneStepTypesJobContext{}, real)), "%s", sp.Instr)
				enc, err := proofArgs.Pack(real)
				require.NoError(t, err)
				require.Equal(t, 32+want.encSize(), len(enc), "%s", sp.Instr)
				pre, err := level1Args.Pack(level1Preimage{LayerRoots: make([][32]byte, m.Layers)})
				require.NoError(t, err)
				require.Equal(t, want.gameTx(), len(game.PackStep(big.NewInt(1), true, pre, enc)), "%s", sp.Instr)
				if mc.Done() {
					break
				}
				require.NoError(t, mc.Exec())
			}
		}
	}
}

// TestStepProofsFitATransaction: the largest step proof of every opcode, at
// LLaMA-7B dims with a long context and at the largest context and
// vocabulary canon.Config accepts, stays under maxStepTx as a DisputeGame.step
// transaction. Sizes are analytic (materializing a 7B state at that context is
// too expensive); TestProofShapeMatchesProve pins the analysis to Prove.
func TestStepProofsFitATransaction(t *testing.T) {
	llama7B := canon.Config{Dim: 4096, Layers: 32, Heads: 32, KVHeads: 8, FFDim: 11008, Vocab: 32000, Context: 32768, RopeDims: 128,
		RopeBaseBits: 0x461c4000, NormEpsBits: 0x3727c5ac}
	limits := llama7B
	limits.Context, limits.Vocab, limits.FFDim = 1<<20, 1<<21, canon.MaxFFDim
	for _, cfg := range []struct {
		name string
		c    canon.Config
		jump bool
	}{{"LLaMA-7B, context 32768", llama7B, false}, {"LLaMA-7B dims, context 2^20, vocab 2^21, the widest ffn", limits, true}} {
		require.NoError(t, cfg.c.Check())
		sm := shapeModel{c: cfg.c, promptLen: cfg.c.Context - 1}
		worst := map[vm.Op]int{}
		which := map[vm.Op]vm.Instr{}
		visit := func(pr *vm.Program) {
			n := pr.Len()
			for k := uint64(0); k <= n; k++ {
				ins := vm.Instr{Op: vm.OpHalt}
				if k < n {
					ins, _ = pr.At(k)
				}
				if sz := sm.shape(ins).gameTx(); sz > worst[ins.Op] {
					worst[ins.Op], which[ins.Op] = sz, ins
				}
				// At the limits, skip the middle of long linear runs (SCORE/WSUM over 2^20
				// positions, HIST over 2^16 chunks): a proof's size depends on its operands only
				// through short last leaves and head alignment, which sit at a run's ends.
				const jump, edge = 4096, 64
				if cfg.jump && k+jump+edge < n {
					far, _ := pr.At(k + jump)
					end, _ := pr.At(k + jump + edge)
					linear := func(x vm.Instr, d uint32) bool {
						return x.Op == ins.Op && ((x.A == ins.A && x.B == ins.B+d) || (x.A == ins.A+d && x.B == ins.B))
					}
					if linear(far, jump) && linear(end, jump+edge) {
						k += jump - 1
					}
				}
			}
		}
		visit(vm.Compile(cfg.c, cfg.c.Context-1))
		visit(vm.CompileHead(cfg.c, 0, true, false))
		visit(vm.CompileHead(cfg.c, cfg.c.Context-2, false, false))
		visit(vm.CompileHead(cfg.c, cfg.c.Context-2, false, true))
		require.Len(t, worst, 25, "every opcode")
		for op := vm.OpHalt; op <= vm.OpWTot; op++ {
			t.Logf("%s: %-8s largest step tx %6d bytes (%s)", cfg.name, op, worst[op], which[op])
			require.Less(t, worst[op], maxStepTx, "%s: %s step tx is %d bytes", cfg.name, which[op], worst[op])
		}
	}
}
