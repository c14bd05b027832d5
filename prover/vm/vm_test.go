package vm

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

// fixture runs a traced session and keeps every residual, so any (p, l) can
// be replayed by the machine.
type fixture struct {
	m      *canon.Model
	s      *canon.Session
	tokens []int32
	resid  map[[2]int][]int32
}

func newFixture(t *testing.T, spec modelgen.Spec, n int, seed uint64) *fixture {
	t.Helper()
	m, err := spec.Model()
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(seed, 7))
	f := &fixture{m: m, resid: map[[2]int][]int32{}}
	for i := 0; i < n; i++ {
		f.tokens = append(f.tokens, int32(r.IntN(m.Vocab)))
	}
	f.s, err = m.NewSession(n, true, canon.Options{})
	require.NoError(t, err)
	f.s.SetResidualHook(func(p, l int, x []int32) { f.resid[[2]int{p, l}] = append([]int32(nil), x...) })
	// Two batches, so the machine sees caches written by both batched and single steps.
	_, err = f.s.Forward(t.Context(), f.tokens[:n/2], canon.LogitsNone)
	require.NoError(t, err)
	_, err = f.s.Forward(t.Context(), f.tokens[n/2:], canon.LogitsNone)
	require.NoError(t, err)
	return f
}

// input builds the machine input of block l at position p.
func (f *fixture) input(p, l int) Input {
	c := f.m.Config
	w := 2 * c.KVDim()
	k := merkle.NewHasher()
	roots := make([]merkle.Hash, c.Layers)
	for j := range roots {
		n := p
		if j < l {
			n = p + 1
		}
		acc := merkle.NewAccumulator()
		cache := f.s.KV(j)
		for t := 0; t < n; t++ {
			acc.Append(KVLeaf(cache[t*w : (t+1)*w]))
		}
		roots[j] = acc.RootAtDepth(merkle.Depth(uint64(c.Context)))
	}
	var tok merkle.Hash
	var b [4]byte
	for _, t := range f.tokens[:p+1] {
		binary.BigEndian.PutUint32(b[:], uint32(t))
		tok = k.Sum(tok[:], b[:])
	}
	in := Input{P: p, L: l, Residual: f.resid[[2]int{p, l}], LayerRoots: roots, TokensHash: tok}
	if l < c.Layers {
		in.KVLayer = f.s.KV(l)[:p*w]
	}
	return in
}

// TestMachineEqualsForwardPass: executing block l of token p micro-step by
// micro-step gives the fast pass's residual and KV entry bit for bit, and
// the first and last micro-states project onto h(p, l) and h(p, l+1).
func TestMachineEqualsForwardPass(t *testing.T) {
	specs := []modelgen.Spec{
		modelgen.Tiny,
		{Dim: 96, Layers: 3, Heads: 6, KVHeads: 2, FFDim: 160, Vocab: 400, Context: 64, Seed: 4},
		{Dim: 64, Layers: 2, Heads: 2, KVHeads: 1, FFDim: 96, Vocab: 400, Context: 40, Seed: 9},
		{Dim: 32, Layers: 1, Heads: 2, KVHeads: 2, FFDim: 4160, Vocab: 400, Context: 16, Seed: 5}, // ffn_down in 2 parts
	}
	r := rand.New(rand.NewPCG(99, 1))
	cases := 0
	for si, spec := range specs {
		n := min(spec.Context, 37)
		f := newFixture(t, spec, n, uint64(si))
		states := f.s.Tracer().States()
		L := f.m.Layers
		for trial := 0; trial < 6; trial++ {
			p, l := r.IntN(n), r.IntN(L)
			if trial == 0 {
				p = n - 1
			}
			mc, err := New(f.m, f.input(p, l))
			require.NoError(t, err)
			require.Equal(t, states[p*(L+1)+l], mc.Level1(), "spec %d p %d l %d: step 0 projects to h(p, l)", si, p, l)
			require.NoError(t, mc.Run())
			require.Equal(t, f.resid[[2]int{p, l + 1}], mc.Residual(), "spec %d p %d l %d: residual", si, p, l)
			kvd := 2 * f.m.KVDim()
			require.Equal(t, f.s.KV(l)[p*kvd:(p+1)*kvd], mc.kvData[p*kvd:(p+1)*kvd], "KV entry written")
			require.Equal(t, states[p*(L+1)+l+1], mc.Level1(), "spec %d p %d l %d: last step projects to h(p, l+1)", si, p, l)
			cases++
		}
	}
	t.Logf("%d (p, l) blocks replayed", cases)
}

// TestCheckpoints: the state root at any step k is the same whether the
// machine got there step by step or straight from a fresh start, and every
// step's root differs from the previous one.
func TestCheckpoints(t *testing.T) {
	f := newFixture(t, modelgen.Tiny, 9, 3)
	in := f.input(8, 1)
	mc, err := New(f.m, in)
	require.NoError(t, err)
	roots := []merkle.Hash{mc.StateRoot()}
	for !mc.Done() {
		require.NoError(t, mc.Exec())
		roots = append(roots, mc.StateRoot())
		require.NotEqual(t, roots[len(roots)-2], roots[len(roots)-1])
	}
	require.ErrorIs(t, mc.Exec(), ErrDone)
	r := rand.New(rand.NewPCG(5, 5))
	for i := 0; i < 10; i++ {
		k := uint64(r.IntN(len(roots)))
		fresh, err := New(f.m, in)
		require.NoError(t, err)
		require.NoError(t, fresh.RunTo(k))
		require.Equal(t, roots[k], fresh.StateRoot(), "step %d", k)
	}
}

func TestProgram(t *testing.T) {
	c := modelgen.Tiny.Config()
	for _, p := range []int{0, 1, 31, 32, 100} {
		pr := Compile(c, p)
		var total uint64
		for _, n := range pr.Counts() {
			total += n
		}
		require.Equal(t, pr.Len(), total)
		// every step decodes; opcodes appear in block order
		first, err := pr.At(0)
		require.NoError(t, err)
		require.Equal(t, Instr{Op: OpSumSq}, first)
		last, err := pr.At(pr.Len() - 1)
		require.NoError(t, err)
		require.Equal(t, OpAdd, last.Op)
		_, err = pr.At(pr.Len())
		require.ErrorIs(t, err, ErrStep)
		require.Equal(t, uint64(p+1)*uint64(c.Heads), pr.Counts()[OpScore])
	}
	require.Equal(t, []byte{byte(OpMatVec), 0, 0, 0, 3, 0, 0, 1, 2}, Instr{Op: OpMatVec, A: 3, B: 258}.Encode())
}

func TestInputErrors(t *testing.T) {
	f := newFixture(t, modelgen.Tiny, 4, 1)
	in := f.input(3, 0)
	bad := in
	bad.L = f.m.Layers + 1
	_, err := New(f.m, bad)
	require.ErrorIs(t, err, ErrInput)
	bad = in
	bad.L, bad.P = f.m.Layers, f.m.Context-1
	bad.Residual = make([]int32, f.m.Dim)
	_, err = New(f.m, bad)
	require.ErrorIs(t, err, ErrInput, "a head step needs room for position p+1")
	bad = in
	bad.Residual = bad.Residual[:10]
	_, err = New(f.m, bad)
	require.ErrorIs(t, err, ErrInput)
	bad = in
	bad.KVLayer = nil
	_, err = New(f.m, bad)
	require.ErrorIs(t, err, ErrInput)
}

// TestStepCountsAt7B documents the program size at LLaMA-7B shape (used in docs/isa.md).
func TestStepCountsAt7B(t *testing.T) {
	c := canon.Config{Dim: 4096, Layers: 32, Heads: 32, KVHeads: 32, FFDim: 11008, Vocab: 32000, Context: 4096, RopeDims: 128}
	for _, p := range []int{0, 1023, 4095} {
		pr := Compile(c, p)
		t.Logf("7B block at p=%d: %d micro-steps, level-2 depth %d", p, pr.Len(), merkle.Depth(pr.Len()))
		require.Equal(t, uint64(3*4096+2*4096+2*11008-4096), pr.Counts()[OpMatVec])
		require.Equal(t, uint64(4096*3), pr.Counts()[OpMatVecPart], "ffn_down rows of 344 blocks take 3 parts")
	}
}

// TestStepProofsVerify: for every step of a block, the proof's pre-state is
// the machine's state root and every operand opens against its root.
func TestStepProofsVerify(t *testing.T) {
	f := newFixture(t, modelgen.Tiny, 6, 2)
	mt, err := NewModelTree(f.m)
	require.NoError(t, err)
	mc, err := New(f.m, f.input(5, 1))
	require.NoError(t, err)
	k := merkle.NewHasher()
	seen := map[Op]bool{}
	for !mc.Done() {
		sp, err := mc.Prove(mt)
		require.NoError(t, err)
		require.Equal(t, mc.StateRoot(), sp.PreState())
		for _, ch := range sp.Chunks {
			require.NoError(t, merkle.Verify(sp.RegRoots[ch.Reg], k.Sum(ch.Data), uint64(ch.Index), ch.Proof), "%s chunk reg %d", sp.Instr, ch.Reg)
		}
		for i, o := range sp.Model {
			leaf := k.Sum(o.Data)
			if i == 0 {
				leaf = f.m.MetadataLeaf()
			}
			require.NoError(t, merkle.Verify(mt.Root(), leaf, o.Index, o.Proof), "%s model opening %d", sp.Instr, i)
		}
		for _, o := range sp.KV {
			leaf := merkle.Hash{}
			if o.Data != nil {
				leaf = k.Sum(o.Data)
			}
			require.NoError(t, merkle.Verify(sp.LayerRoots[sp.L], leaf, o.Index, o.Proof), "%s kv opening", sp.Instr)
		}
		for i, st := range sp.Subtrees {
			// subtree root from its data, zero-padded to 2^Height leaves
			sub := make([]merkle.Hash, 1<<st.Height)
			for j := 0; j*128 < len(st.Data); j++ {
				sub[j] = k.Sum(st.Data[j*128 : min((j+1)*128, len(st.Data))])
			}
			node := merkle.RootInPlace(k, sub)
			root := sp.RegRoots[st.Reg]
			if (sp.Instr.Op == OpScore && i == 1) || sp.Instr.Op == OpWSum {
				off := 0
				if sp.Instr.Op == OpWSum {
					off = 32
				}
				copy(root[:], sp.KV[0].Data[off:off+32])
			}
			require.NoError(t, merkle.Verify(root, node, uint64(st.First>>st.Height), st.Proof), "%s subtree %d", sp.Instr, i)
		}
		seen[sp.Instr.Op] = true
		require.NoError(t, mc.Exec())
	}
	require.Len(t, seen, 15, "every opcode but MATVECP proven")
}

// TestPartitionedMatVecProofs covers MATVECP (rows longer than PartBlocks blocks).
func TestPartitionedMatVecProofs(t *testing.T) {
	f := newFixture(t, modelgen.Spec{Dim: 32, Layers: 1, Heads: 2, KVHeads: 2, FFDim: 4160, Vocab: 400, Context: 16, Seed: 5}, 3, 4)
	mt, err := NewModelTree(f.m)
	require.NoError(t, err)
	mc, err := New(f.m, f.input(2, 0))
	require.NoError(t, err)
	k := merkle.NewHasher()
	parts := 0
	for !mc.Done() {
		ins, err := mc.Program().At(mc.Step())
		require.NoError(t, err)
		if ins.Op == OpMatVecPart {
			sp, err := mc.Prove(mt)
			require.NoError(t, err)
			require.Equal(t, mc.StateRoot(), sp.PreState())
			// the row's part and the other parts' hashes rebuild the row's leaf (canon.RowLeaf)
			o := sp.Model[1]
			part, np := int(ins.A>>8), (f.m.FFDim/32+PartBlocks-1)/PartBlocks
			require.Len(t, o.Proof, np-1+merkle.Depth(uint64(len(f.m.Leaves()))))
			var cat []byte
			for i, j := 0, 0; i < np; i++ {
				x := k.Sum(o.Data)
				if i != part {
					x, j = o.Proof[j], j+1
				}
				cat = append(cat, x[:]...)
			}
			require.Equal(t, canon.RowLeaf(k, f.m.Blocks[0].Wdown.Row(int(ins.B))), k.Sum(cat))
			require.NoError(t, merkle.Verify(mt.Root(), k.Sum(cat), o.Index, o.Proof[np-1:]), "%s", ins)
			parts++
		}
		require.NoError(t, mc.Exec())
	}
	require.Equal(t, 32*2, parts)
}

// TestHeadStep: the head program after the last block gives the level-1
// state h(p+1, 0) — the prompt's next token at prompt positions, the argmax
// of the output head after the prompt — and its proofs verify.
func TestHeadStep(t *testing.T) {
	f := newFixture(t, modelgen.Tiny, 12, 6)
	states := f.s.Tracer().States()
	L := f.m.Layers
	mt, err := NewModelTree(f.m)
	require.NoError(t, err)
	k := merkle.NewHasher()
	check := func(mc *Machine) {
		for !mc.Done() {
			sp, err := mc.Prove(mt)
			require.NoError(t, err)
			require.Equal(t, mc.StateRoot(), sp.PreState())
			for _, o := range sp.Prompt {
				require.NoError(t, merkle.Verify(PromptRoot(f.tokens), merkle.RootInPlace(k, []merkle.Hash{k.Sum(o.Data)}), o.Index, o.Proof))
			}
			require.NoError(t, mc.Exec())
		}
	}
	// Prompt positions: teacher forcing.
	for _, p := range []int{0, 5, 10} {
		in := f.input(p, L)
		in.Prompt = f.tokens
		mc, err := New(f.m, in)
		require.NoError(t, err)
		require.Equal(t, states[p*(L+1)+L], mc.Level1(), "step 0 projects to h(p, L)")
		require.Equal(t, uint64(1+f.m.Dim/32+1), mc.Program().Len(), "PROMPT, EMBED×chunks, TOKEN")
		check(mc)
		require.Equal(t, states[(p+1)*(L+1)], mc.Level1(), "p=%d: the head step lands on h(p+1, 0)", p)
	}
	// After the prompt: greedy argmax of the output head.
	p := len(f.tokens) - 1
	in := f.input(p, L)
	in.Prompt = f.tokens
	mc, err := New(f.m, in)
	require.NoError(t, err)
	check(mc)
	s, err := f.m.NewSession(len(f.tokens), false, canon.Options{})
	require.NoError(t, err)
	logits, err := s.Forward(t.Context(), f.tokens, canon.LogitsLast)
	require.NoError(t, err)
	next := canon.Argmax(logits[0])
	want := make([]int32, f.m.Dim)
	canon.EmbedRow(&f.m.Embed, int(next), want)
	require.Equal(t, want, mc.Residual(), "X is the embedding of the argmax token")
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], uint32(next))
	tok := k.Sum(in.TokensHash[:], b[:])
	var hdr [8]byte
	binary.BigEndian.PutUint32(hdr[:4], uint32(p+1))
	x, kv := VectorRoot(k, want), mc.KVRoot()
	require.Equal(t, k.Sum(hdr[:], x[:], kv[:], tok[:]), mc.Level1(), "lands on h(p+1, 0) of the generated token")
}

// TestSampledHeadStep: the radix-selection program picks exactly the token
// canon.Sample picks, for temperature, top-k and top-p combinations.
func TestSampledHeadStep(t *testing.T) {
	f := newFixture(t, modelgen.Tiny, 8, 9)
	L := f.m.Layers
	mt, err := NewModelTree(f.m)
	require.NoError(t, err)
	s, err := f.m.NewSession(len(f.tokens), false, canon.Options{})
	require.NoError(t, err)
	logits, err := s.Forward(t.Context(), f.tokens, canon.LogitsLast)
	require.NoError(t, err)
	prompt := f.tokens[:5] // positions 5.. are "generated": step = p+1-5
	p := len(f.tokens) - 1
	for i, params := range []canon.SampleParams{
		{TemperatureMilli: 1000, Seed: [32]byte{1}},
		{TemperatureMilli: 700, TopK: 40, Seed: [32]byte{2}},
		{TemperatureMilli: 1500, TopPMicro: 900_000, Seed: [32]byte{3}},
		{TemperatureMilli: 300, TopK: 5, TopPMicro: 500_000, Seed: [32]byte{4}},
		{TemperatureMilli: 5000, TopK: 1, Seed: [32]byte{5}},
		{TemperatureMilli: 2000, TopK: uint32(f.m.Vocab + 10), TopPMicro: 999_999, Seed: [32]byte{6}},
	} {
		in := f.input(p, L)
		in.Prompt, in.Params = prompt, params
		mc, err := New(f.m, in)
		require.NoError(t, err)
		proved := 0
		for !mc.Done() {
			if mc.Step()%7 == 0 { // prove a sample of the steps
				sp, err := mc.Prove(mt)
				require.NoError(t, err)
				require.Equal(t, mc.StateRoot(), sp.PreState())
				proved++
			}
			require.NoError(t, mc.Exec())
		}
		want := canon.Sample(logits[0], params, uint64(p+1-len(prompt)))
		require.Equal(t, int64(want), mc.regs[regR][scNext*4+3], "case %d: sampled token", i)
		e := make([]int32, f.m.Dim)
		canon.EmbedRow(&f.m.Embed, int(want), e)
		require.Equal(t, e, mc.Residual())
		require.Positive(t, proved)
	}
}
