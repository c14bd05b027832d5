package trainstep

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"os"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/prover/trainvm"
)

// registers of int64 and int128 values (trainvm's register order), for filling leaves.
var (
	i64Regs  = map[uint8]bool{4: true, 11: true, 15: true, 19: true, 23: true, 24: true, 35: true, 36: true, 39: true, 42: true, 44: true}
	i128Regs = map[uint8]bool{34: true, 40: true, 41: true, 43: true}
)

// fill writes plausible values into a synthetic leaf: every token 0, int32
// values 1000, int64 values 2^29 (R's scalars 1024, so that RMS's quotient
// fits, DP 2^40, so that DSK's dd is not 0), int128 values 0, G and moments
// 1000: every opcode then runs its whole loop without reverting.
func fill(l trainvm.Loc, b []byte) {
	const tok, r, dp, g = 0, 44, 39, 45
	put := func(width int, v uint64) {
		for o := 0; o+width <= len(b); o += width {
			switch width {
			case 4:
				binary.BigEndian.PutUint32(b[o:], uint32(v))
			case 8:
				binary.BigEndian.PutUint64(b[o:], v)
			default:
				binary.BigEndian.PutUint64(b[o+8:], v)
			}
		}
	}
	switch {
	case l.Tree == tok || l.Tree == 50:
		return
	case l.Tree == r:
		put(8, 1024)
	case l.Tree == dp:
		put(8, 1<<40)
	case i64Regs[l.Tree]:
		put(8, 1<<29)
	case i128Regs[l.Tree]:
		return
	case l.Tree == g || l.Tree == 47:
		put(8, 1000)
	default:
		put(4, 1000)
	}
}

// widest finds, for every opcode of the program, a step whose proof is the
// largest ProofBytes gives among the instances it looks at: the first
// 10,000 steps (TOKEN, EMBED), a grid over the first sequence, a scan of a
// whole block from a sample of each region, the sequence's last step
// (EMBEDB), and the first row of each opcode of each tensor in the update
// phase (the update phase and, in it, tensor then opcode are in program
// order, so binary searches find them).
func widest(b *testing.B, prog *trainvm.Program, opt train.Optimizer) map[trainvm.Op]uint64 {
	p := prog.Params()
	at := func(j uint64) trainvm.Instr {
		in, err := prog.At(j)
		if err != nil {
			b.Fatal(err)
		}
		return in
	}
	type best struct {
		j     uint64
		bytes int
		seen  int
	}
	found := map[trainvm.Op]*best{}
	consider := func(j uint64, force bool) {
		in := at(j)
		e := found[in.Op]
		if e == nil {
			e = &best{}
			found[in.Op] = e
		}
		if e.seen++; e.seen > 64 && !force {
			return
		}
		n, err := trainvm.ProofBytes(p, opt, 1<<30, in)
		if err != nil {
			b.Fatal(err)
		}
		if n > e.bytes {
			e.j, e.bytes = j, n
		}
	}
	search := func(lo, hi uint64, past func(trainvm.Instr) bool) uint64 { // the first j in [lo, hi) with past
		for lo < hi {
			mid := lo + (hi-lo)/2
			if past(at(mid)) {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		return lo
	}
	n := prog.Len()
	isUpdate := func(in trainvm.Instr) bool { return in.Op >= trainvm.OpUpdate }
	upd := search(0, n, isUpdate)
	seq1 := search(0, upd, func(in trainvm.Instr) bool { return in.Seq >= 1 || isUpdate(in) })
	for j := uint64(0); j < 10_000; j++ { // TOKEN and EMBED
		consider(j, false)
	}
	consider(seq1-1, true)
	consider(n-1, true)
	const grid = 4000
	regions := map[string]uint64{}
	for k := uint64(1); k < grid; k++ {
		j := k * (seq1 / grid)
		consider(j, false)
		in := at(j)
		region := fmt.Sprint(in.Op)
		switch {
		case in.L == uint32(p.Dims.Layers):
			region = "head"
		case in.Op <= trainvm.OpSwiGLU && in.Op != trainvm.OpScore && in.Op != trainvm.OpSMax && in.Op != trainvm.OpExp && in.Op != trainvm.OpProb:
			region = "forward"
		}
		regions[region] = j // the last sample of each region: the last layer of the forward, the first of the backward
	}
	names := make([]string, 0, len(regions))
	for r := range regions {
		names = append(names, r)
	}
	sort.Strings(names)
	for _, r := range names {
		for j := regions[r]; j < min(regions[r]+400_000, seq1); j++ {
			if e := found[at(j).Op]; e == nil || e.seen < 64 {
				consider(j, false)
			}
		}
	}
	for i := 0; i < p.Tensors(); i++ { // the update phase: the first row of each opcode of each tensor
		for _, op := range []trainvm.Op{trainvm.OpUpdate, trainvm.OpLGrad, trainvm.OpLUpdA, trainvm.OpLUpdB, trainvm.OpMerge} {
			j := search(upd, n-1, func(in trainvm.Instr) bool {
				return in.Op == trainvm.OpStepEnd || in.A > uint32(i) || (in.A == uint32(i) && in.Op >= op)
			})
			if j < n-1 && at(j).Op == op && at(j).A == uint32(i) {
				for k := j; k < min(j+400, n-1) && at(k).Op == op && at(k).B == 0; k++ {
					consider(k, true)
				}
			}
		}
	}
	out := map[trainvm.Op]uint64{}
	for op, e := range found {
		out[op] = e.j
	}
	return out
}

// BenchmarkTrainStepGas7B prints the gas of one verify() transaction of the
// Solidity verifier at LLaMA-7B dims (dim 4,096, 32 layers and heads, ff
// 11,008, vocab 32,000, B = 8, T = 2,048, parts of 1,024 values, Adam, a
// 2^30-token corpus; LoRA at rank 16 on every block matrix) for the widest
// instance widest finds of every opcode, on synthetic proofs
// (trainvm.SyntheticProof): gas from eth_estimateGas on the simulated L1
// (the 21,000 base and the calldata included), the proof's bytes, and the
// EIP-7623 floor 21,000 + 40 gas per byte of the transaction's calldata.
func BenchmarkTrainStepGas7B(b *testing.B) {
	spec := modelgen.Spec{Dim: 4096, Layers: 32, Heads: 32, KVHeads: 32, FFDim: 11008, Vocab: 32000, Context: 4096, Seed: 1}
	hyper := train.DefaultAdam(8, 2048)
	hyper.LR = train.OneH / 1000
	lora := &train.LoRA{Rank: 16, Scale: train.OneH, Targets: 127, Seed: 1}
	chain := l1test.New(b, 1)
	v := deployOn(b, chain)
	for _, run := range []struct {
		name string
		lora *train.LoRA
	}{{"full", nil}, {"LoRA r16", lora}} {
		dims := spec.Config()
		pp := trainvm.Params{Dims: dims, Batch: hyper.Batch, SeqLen: hyper.SeqLen}
		if run.lora != nil {
			pp.Rank, pp.Trained = run.lora.Rank, make([]bool, pp.Tensors())
			for l := 0; l < dims.Layers; l++ {
				for _, k := range []int{1, 2, 3, 4, 6, 7, 8} {
					pp.Trained[1+l*9+k] = true
				}
			}
		}
		prog, err := trainvm.NewProgram(pp)
		if err != nil {
			b.Fatal(err)
		}
		cfg := trainvm.Config{Spec: spec, Hyper: hyper, LoRA: run.lora}
		p := params(cfg, 0)
		steps := widest(b, prog, hyper.Optimizer)
		ops := make([]trainvm.Op, 0, len(steps))
		for op := range steps {
			ops = append(ops, op)
		}
		sort.Slice(ops, func(i, k int) bool { return ops[i] < ops[k] })
		for _, op := range []trainvm.Op{trainvm.OpToken, trainvm.OpStepEnd} { // the program's share of the fixed cost
			to := v.progAddr
			gas, err := chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{To: &to,
				Data: v.prog.PackAt(p, new(big.Int).SetUint64(steps[op]))})
			if err != nil {
				b.Fatal(err)
			}
			fmt.Fprintf(os.Stderr, "%s: TrainStepProgram.at of %s alone: %d gas (transaction)\n", run.name, op, gas)
		}
		carried := train.State{Step: 3, Cursor: 5, DataTokens: 1 << 30, ConfigHash: train.ConfigHash(spec, hyper, run.lora)}
		fmt.Fprintf(os.Stderr, "\n%s (program of %d steps)\n| op | instance | proof (bytes) | gas | EIP-7623 floor (gas) |\n|---|---|---|---|---|\n", run.name, prog.Len())
		for _, op := range ops {
			if run.lora != nil && op < trainvm.OpUpdate {
				continue // the same as the full run's
			}
			j := steps[op]
			in, err := prog.At(j)
			if err != nil {
				b.Fatal(err)
			}
			inst := fmt.Sprintf("l%d t%d %d %d %d", in.L, in.T, in.A, in.B, in.C)
			pf, pre, err := trainvm.SyntheticProof(pp, hyper.Optimizer, carried, j, in.Seq, in, fill)
			if err != nil {
				b.Fatal(err)
			}
			p := p
			if pf.Rope != nil { // the RoPE source the synthetic opening gives
				if p.RopeSource, err = trainvm.RopeOpeningRoot(pp, int(in.T), pf.Rope, pf.RopeSiblings); err != nil {
					b.Fatal(err)
				}
			}
			enc, err := pf.MarshalBinary()
			if err != nil {
				b.Fatal(err)
			}
			data := v.b.PackVerify(p, pre, enc)
			if _, err := bind.Call(v.inst, nil, data, v.b.UnpackVerify); err != nil {
				b.Fatalf("%s (%s): %v", op, inst, err)
			}
			to := v.addr
			gas, err := chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{To: &to, Data: data})
			if err != nil {
				b.Fatal(err)
			}
			fmt.Fprintf(os.Stderr, "| %s | %s | %d | %d | %d |\n", op, inst, len(enc), gas, 21000+40*len(data))
		}
	}
}

// deployOn deploys the verifier's contracts on chain.
func deployOn(t testing.TB, chain *l1test.Chain) *verifier {
	pa := chain.Deploy(t, 0, common.FromHex(bindings.TrainStepProgramMetaData.Bin), nil)
	fa := chain.Deploy(t, 0, common.FromHex(bindings.TrainStepForwardMetaData.Bin), nil)
	ba := chain.Deploy(t, 0, common.FromHex(bindings.TrainStepBackwardMetaData.Bin), nil)
	ua := chain.Deploy(t, 0, common.FromHex(bindings.TrainStepUpdateMetaData.Bin), nil)
	b := bindings.NewTrainStepVerifier()
	va := chain.Deploy(t, 0, common.FromHex(bindings.TrainStepVerifierMetaData.Bin), b.PackConstructor(pa, fa, ba, ua))
	p := bindings.NewTrainStepProgram()
	return &verifier{b: b, inst: b.Instance(chain.Client, va), addr: va, prog: p, pi: p.Instance(chain.Client, pa), progAddr: pa}
}
