package trainingvm

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/trainvm"
)

// runs are the tiny jobs every test plays: fine-tuning (SGD, full), LoRA
// fine-tuning (Adam) and pretraining (Adam, full), of two steps each.
func runs(t *testing.T) []*run {
	t.Helper()
	return []*run{
		newRun(t, "finetune-sgd", 1, false, false, false, 2),
		newRun(t, "finetune-lora-adam", 2, true, true, false, 2),
		newRun(t, "pretrain-adam", 3, true, false, true, 2),
	}
}

// TestSetupIsGos: setup of an honest fine-tuning record derives the root
// claim F and absolute prestate I of Go's level-1 trace, N + 2 transitions,
// and the context fraud encodes; the job input's hash is the configuration
// hash.
func TestSetupIsGos(t *testing.T) {
	v := deploy(t)
	for _, rn := range runs(t) {
		if rn.pretrain {
			continue // its setup reads the job's reference model: contracts/test/TrainingVM.t.sol
		}
		t.Run(rn.name, func(t *testing.T) {
			require.Equal(t, rn.configHash(), merkle.Hash(crypto.Keccak256Hash(fraud.TrainingInput(rn.spec, rn.h, rn.lora))))
			out, err := v.setup(rn.record(), rn.setupData(t))
			require.NoError(t, err)
			l1 := rn.level1()
			require.Equal(t, l1[len(l1)-1], merkle.Hash(out.RootClaim), "F")
			require.Equal(t, l1[0], merkle.Hash(out.AbsolutePrestate), "I")
			require.Equal(t, big.NewInt(int64(rn.n)+2), out.Transitions)
			want, err := rn.context().Encode()
			require.NoError(t, err)
			require.Equal(t, want, out.Ctx)
			got, err := fraud.DecodeTrainingContext(out.Ctx)
			require.NoError(t, err)
			require.Equal(t, rn.context(), got)
		})
	}
}

// TestBindingIsGos: for every transition of each run, subgamePrestate of
// the agreed level-1 state is the Go machine's state 0 (ImportInitialRoot
// of I, InitialRoot of S_k, ExportInitialRoot of S_N), and project of the
// machine's final state is the next level-1 state of Go's trace (S_0,
// S_{k+1}, F); padding transitions are the identity.
func TestBindingIsGos(t *testing.T) {
	v := deploy(t)
	for _, rn := range runs(t) {
		t.Run(rn.name, func(t *testing.T) {
			ctx, err := rn.context().Encode()
			require.NoError(t, err)
			l1 := rn.level1()
			n := int(rn.n)

			im := rn.importMachine(t)
			got, err := v.prestate(ctx, 0, l1[0], nil)
			require.NoError(t, err)
			require.Equal(t, im.StateRoot(), got, "import state 0")
			require.NoError(t, im.RunTo(im.Program().Len()))
			got, err = v.project(ctx, 0, im.StateRoot(), fraud.ImportStatePreimage(im.State()))
			require.NoError(t, err)
			require.Equal(t, l1[1], got, "import projects onto S_0")

			for k := 0; k < n; k++ {
				pre := fraud.Level1StatePreimage(rn.states[k])
				got, err := v.prestate(ctx, k+1, l1[k+1], pre)
				require.NoError(t, err)
				require.Equal(t, rn.stepInit[k], got, "step %d state 0", k)
				fin := rn.stepFinal[k]
				got, err = v.project(ctx, k+1, merkle.Keccak([]byte("airollup.train.micro.v1"), fin), fin)
				require.NoError(t, err)
				require.Equal(t, l1[k+2], got, "step %d projects onto S_%d", k, k+1)
			}

			em := rn.exportMachine(t)
			got, err = v.prestate(ctx, n+1, l1[n+1], fraud.Level1StatePreimage(rn.states[n]))
			require.NoError(t, err)
			require.Equal(t, em.StateRoot(), got, "export state 0")
			require.NoError(t, em.RunTo(em.Program().Len()))
			got, err = v.project(ctx, n+1, em.StateRoot(), fraud.ExportStatePreimage(em.State()))
			require.NoError(t, err)
			require.Equal(t, l1[n+2], got, "export projects onto F")

			pad := merkle.Keccak([]byte("padding"))
			for _, f := range []func([]byte, int, merkle.Hash, []byte) (merkle.Hash, error){v.prestate, v.project, v.step} {
				got, err := f(ctx, n+2, pad, []byte{1})
				require.NoError(t, err)
				require.Equal(t, pad, got, "padding is the identity")
			}
		})
	}
}

// TestStepIsGos: steps of each transition kind through TrainingVM.step give
// the Go machine's post-state: the import's first steps and IMPEND, step 0's
// first steps, the first instance of every opcode (ROPE and ROPEB included) and STEPEND,
// the export's EXPMETA, first row, a RoPE row and EXPEND.
func TestStepIsGos(t *testing.T) {
	v := deploy(t)
	for _, rn := range runs(t) {
		t.Run(rn.name, func(t *testing.T) {
			ctx, err := rn.context().Encode()
			require.NoError(t, err)
			n := int(rn.n)
			check := func(tr int, cases []proofCase) {
				for _, c := range cases {
					got, err := v.step(ctx, tr, c.pre, c.proof)
					require.NoError(t, err, "transition %d, %s", tr, c.what)
					require.Equal(t, c.post, got, "transition %d, %s", tr, c.what)
				}
			}
			imp, exp := ioProofs(t, rn.importMachine(t)), ioProofs(t, rn.exportMachine(t))
			check(0, imp)
			check(1, rn.proofs)
			check(n+1, exp)
			im, em := rn.importMachine(t), rn.exportMachine(t)
			require.NoError(t, im.RunTo(im.Program().Len()))
			require.NoError(t, em.RunTo(em.Program().Len()))
			stepFin := merkle.Keccak([]byte("airollup.train.micro.v1"), rn.stepFinal[0])
			for tr, c := range map[int]struct {
				state merkle.Hash
				pre   []byte
			}{0: {im.StateRoot(), fraud.ImportStatePreimage(im.State())}, 1: {stepFin, rn.stepFinal[0]},
				n + 1: {em.StateRoot(), fraud.ExportStatePreimage(em.State())}} {
				got, err := v.step(ctx, tr, c.state, fraud.HaltProof(c.pre))
				require.NoError(t, err, "transition %d", tr)
				require.Equal(t, c.state, got, "a step from transition %d's final state is the identity", tr)
			}
			ops := map[string]bool{}
			for _, c := range rn.proofs {
				ops[strings.Fields(c.what)[2]] = true
			}
			require.GreaterOrEqual(t, len(ops), 25, "step 0's opcodes: %v", ops)
			t.Logf("%d import, %d step (%d opcodes), %d export steps verified", len(imp), len(rn.proofs), len(ops), len(exp))
		})
	}
}

// ioMachine is the import or export machine.
type ioMachine interface {
	Program() *trainvm.Program
	StateRoot() merkle.Hash
	Exec() error
	Step() uint64
}

// ioProofs proves the first two steps and the last two of an import or
// export machine.
func ioProofs(t *testing.T, m ioMachine) []proofCase {
	t.Helper()
	prove := func() []byte {
		var enc []byte
		var err error
		switch x := m.(type) {
		case *trainvm.ImportMachine:
			pf, perr := x.Prove()
			require.NoError(t, perr)
			enc, err = pf.MarshalBinary()
		case *trainvm.ExportMachine:
			pf, perr := x.Prove()
			require.NoError(t, perr)
			enc, err = pf.MarshalBinary()
		}
		require.NoError(t, err)
		return enc
	}
	l := m.Program().Len()
	var out []proofCase
	for j := uint64(0); j < l; j++ {
		if j < 2 || j+2 >= l {
			in, err := m.Program().At(j)
			require.NoError(t, err)
			pre, proof := m.StateRoot(), prove()
			require.NoError(t, m.Exec())
			out = append(out, proofCase{what: in.String(), pre: pre, post: m.StateRoot(), proof: proof})
			continue
		}
		require.NoError(t, m.Exec())
	}
	return out
}

// TestSetupRefusesBadRecords: each inconsistency between the record, the
// setup data and the job reverts with the error naming it.
func TestSetupRefusesBadRecords(t *testing.T) {
	v := deploy(t)
	rn := newRun(t, "negative", 4, true, false, false, 1)
	good := rn.record()
	data := rn.setupData(t)
	_, err := v.setup(good, data)
	require.NoError(t, err)
	for name, c := range map[string]struct {
		rec  func(*record.JobRecord)
		data func(t *testing.T) []byte
		want string
	}{
		"inference record":    {rec: func(r *record.JobRecord) { r.Kind = record.KindInference }, want: "UnsupportedKind"},
		"other configuration": {rec: func(r *record.JobRecord) { r.InputHash[0] ^= 1 }, want: "WrongConfig"},
		"zero steps":          {rec: func(r *record.JobRecord) { r.Params.MaxTokens = 0 }, want: "WrongSteps"},
		"other dataset":       {rec: func(r *record.JobRecord) { r.DatasetRoot[0] ^= 1 }, want: "WrongDataset"},
		"no base model":       {rec: func(r *record.JobRecord) { r.ModelRoot = merkle.Hash{} }, want: "WrongBaseModel"},
		"other base model":    {rec: func(r *record.JobRecord) { r.ModelRoot[0] ^= 1 }, want: "WrongRopeSource"},
		"wrong dataset preimage": {data: func(t *testing.T) []byte {
			p := rn.pre
			p.Tokens++
			meta, err := rn.srcTree.Open(0, 0, 0, 0)
			require.NoError(t, err)
			b, err := fraud.TrainingSetupData(rn.cfg(), p, rn.eos, meta.Proof)
			require.NoError(t, err)
			return b
		}, want: "WrongDataset"},
		"other EOS": {data: func(t *testing.T) []byte {
			meta, err := rn.srcTree.Open(0, 0, 0, 0)
			require.NoError(t, err)
			b, err := fraud.TrainingSetupData(rn.cfg(), rn.pre, 5, meta.Proof)
			require.NoError(t, err)
			return b
		}, want: "WrongRopeSource"},
		"EOS outside the vocabulary": {data: func(t *testing.T) []byte {
			b, err := fraud.TrainingSetupData(rn.cfg(), rn.pre, rn.spec.Vocab, nil)
			require.NoError(t, err)
			return b
		}, want: "WrongEos"},
		"configuration of another dataset tokenizer": {data: func(t *testing.T) []byte {
			p := rn.pre
			p.TokenizerHash[0] ^= 1
			meta, err := rn.srcTree.Open(0, 0, 0, 0)
			require.NoError(t, err)
			b, err := fraud.TrainingSetupData(rn.cfg(), p, rn.eos, meta.Proof)
			require.NoError(t, err)
			return b
		}, rec: func(r *record.JobRecord) {
			p := rn.pre
			p.TokenizerHash[0] ^= 1
			r.DatasetRoot = p.Root()
		}, want: "WrongRopeSource"},
		"hyperparameter outside the trainer's rules": {data: func(t *testing.T) []byte {
			c := rn.cfg()
			c.Lr = 0
			meta, err := rn.srcTree.Open(0, 0, 0, 0)
			require.NoError(t, err)
			b, err := fraud.TrainingSetupData(c, rn.pre, rn.eos, meta.Proof)
			require.NoError(t, err)
			return b
		}, want: "BadHyper"},
	} {
		t.Run(name, func(t *testing.T) {
			rec, d := good, data
			if c.rec != nil {
				c.rec(&rec)
			}
			if c.data != nil {
				d = c.data(t)
			}
			_, err := v.setup(rec, d)
			require.Equal(t, c.want, revertName(t, err))
		})
	}
}

// TestBindingRefusesBadPreimages: a preimage of another state, a level-1
// state of another step, corpus or configuration, a non-final micro-state,
// a transition-0 pre-state other than I, a step proof of another
// transition, and a context not setup's each revert with their error.
func TestBindingRefusesBadPreimages(t *testing.T) {
	v := deploy(t)
	rn := newRun(t, "negative-binding", 5, false, false, false, 2)
	ctx, err := rn.context().Encode()
	require.NoError(t, err)
	l1 := rn.level1()
	s1 := fraud.Level1StatePreimage(rn.states[1])

	_, err = v.prestate(ctx, 1, l1[1], s1)
	require.Equal(t, "PreimageMismatch", revertName(t, err), "S_1's preimage for S_0")
	_, err = v.prestate(ctx, 1, l1[2], s1)
	require.Equal(t, "StateField", revertName(t, err), "S_1 as the pre-state of step 0")
	other := rn.states[0]
	other.DataTokens++
	_, err = v.prestate(ctx, 1, other.Root(), fraud.Level1StatePreimage(other))
	require.Equal(t, "StateField", revertName(t, err), "another corpus length")
	other = rn.states[0]
	other.ConfigHash[0] ^= 1
	_, err = v.prestate(ctx, 1, other.Root(), fraud.Level1StatePreimage(other))
	require.Equal(t, "StateField", revertName(t, err), "another configuration")
	_, err = v.prestate(ctx, 0, l1[1], nil)
	require.Equal(t, "WrongPrestate", revertName(t, err))

	im := rn.importMachine(t)
	require.NoError(t, im.RunTo(im.Program().Len()-1))
	_, err = v.project(ctx, 0, im.StateRoot(), fraud.ImportStatePreimage(im.State()))
	require.Equal(t, "NotFinal", revertName(t, err), "the import before IMPEND")
	fin := rn.stepFinal[0]
	_, err = v.project(ctx, 1, merkle.Keccak([]byte("other")), fin)
	require.Equal(t, "PreimageMismatch", revertName(t, err))

	im = rn.importMachine(t)
	_, err = v.step(ctx, 0, im.StateRoot(), fraud.HaltProof(fraud.ImportStatePreimage(im.State())))
	require.Equal(t, "NotFinal", revertName(t, err), "a halt from the import's first state")
	c := rn.proofs[0]
	_, err = v.step(ctx, 0, c.pre, c.proof)
	require.Error(t, err, "a step proof as an import proof")
	_, err = v.step(ctx[:len(ctx)-32], 1, c.pre, c.proof)
	require.Equal(t, "BadContext", revertName(t, err))
}
