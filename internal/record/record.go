package record

import (
	"errors"
	"fmt"
	"maps"
	"math/big"
	"reflect"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// ErrRecord is returned for a record set that cannot be committed, and for
// an output that breaks its job's length rules (CheckOutput).
var ErrRecord = errors.New("record: invalid record")

// Job kinds, as IJobInbox.Kind.
const (
	KindInference uint8 = iota
	KindFineTune
	KindPretrain
)

// JobParams mirrors IJobInbox.Params.
type JobParams struct {
	MaxTokens        uint32
	TemperatureMilli uint32
	TopK             uint32
	TopPMicro        uint32
	Seed             [32]byte
}

// JobRecord mirrors IRollup.JobRecord field for field: one job's result as
// the sequencer commits to it (docs/protocol.md, "Job record"). Encode is
// byte-identical to Solidity's abi.encode(record): it encodes Binding with the
// bindings' ABI type of the struct. An L1 job's record names it by JobID with
// a zero RequestHash; an L2 job's (a signed request, internal/jobreq) has
// JobID 0 and RequestHash = keccak256 of the request's bytes.
type JobRecord struct {
	JobID        uint64
	Kind         uint8
	ModelRoot    [32]byte
	InputHash    [32]byte
	PromptLen    uint32
	OutputLen    uint32
	Params       JobParams
	OutputHash   [32]byte
	ResidualRoot [32]byte
	KvRoot       [32]byte
	Fee          *big.Int
	RequestHash  [32]byte
	DatasetRoot  [32]byte // training: the dataset root; inference: 0
	NewModelRoot [32]byte // training: the claimed model root after the run; inference: 0
}

// IsL2 reports whether the record is an L2 job's: its RequestHash is set.
func (r *JobRecord) IsL2() bool {
	return r.RequestHash != [32]byte{}
}

// Binding returns the record as the bindings' IRollup.JobRecord, the struct
// abigen generated from the contract (bindings/bindings.go).
func (r *JobRecord) Binding() bindings.IRollupJobRecord {
	p := r.Params
	return bindings.IRollupJobRecord{
		JobId: r.JobID, Kind: r.Kind, ModelRoot: r.ModelRoot, InputHash: r.InputHash,
		PromptLen: r.PromptLen, OutputLen: r.OutputLen,
		Params: bindings.IJobInboxParams{
			MaxTokens: p.MaxTokens, TemperatureMilli: p.TemperatureMilli, TopK: p.TopK, TopPMicro: p.TopPMicro, Seed: p.Seed,
		},
		OutputHash: r.OutputHash, ResidualRoot: r.ResidualRoot, KvRoot: r.KvRoot, Fee: r.Fee, RequestHash: r.RequestHash,
		DatasetRoot: r.DatasetRoot, NewModelRoot: r.NewModelRoot,
	}
}

// recordArgs encodes one IRollup.JobRecord: its ABI type is taken from the
// bindings (the first Rollup method input with the fields of abigen's
// struct), so the encoding follows the contract's struct and never a
// hand-written copy.
var recordArgs = func() abi.Arguments {
	a, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		panic(err) // generated bindings
	}
	t, err := abiTupleOf(a, reflect.TypeFor[bindings.IRollupJobRecord]())
	if err != nil {
		panic(err) // generated bindings
	}
	return abi.Arguments{{Type: t}}
}()

// abiTupleOf returns the type of the first method input (in method name
// order) that is a tuple with exactly the fields of the struct st, as abigen
// names them (the ABI field names camel-cased).
func abiTupleOf(a *abi.ABI, st reflect.Type) (abi.Type, error) {
	fields := make([]string, st.NumField())
	for i := range fields {
		fields[i] = st.Field(i).Name
	}
	for _, n := range slices.Sorted(maps.Keys(a.Methods)) {
		for _, in := range a.Methods[n].Inputs {
			if in.Type.T != abi.TupleTy || len(in.Type.TupleRawNames) != len(fields) {
				continue
			}
			same := true
			for i, raw := range in.Type.TupleRawNames {
				same = same && abi.ToCamelCase(raw) == fields[i]
			}
			if same {
				return in.Type, nil
			}
		}
	}
	return abi.Type{}, fmt.Errorf("record: no method input in the ABI has the fields of %v", st)
}

// Encode returns abi.encode(record).
func (r *JobRecord) Encode() ([]byte, error) {
	if r.Fee == nil || r.Fee.Sign() < 0 || r.Fee.BitLen() > 128 {
		return nil, fmt.Errorf("%w: fee %v is not a uint128", ErrRecord, r.Fee)
	}
	return recordArgs.Pack(r.Binding())
}

// Hash returns keccak256(abi.encode(record)), the record's leaf in its batch.
func (r *JobRecord) Hash() (common.Hash, error) {
	b, err := r.Encode()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(b), nil
}

// RecordsRoot returns a batch's records root (the prover/merkle tree over the
// record hashes) and each record's proof in it. Every proof is non-nil: a
// one-record batch's is empty (its root is the record's hash), which callers
// tell apart from a proof not known yet (nil).
func RecordsRoot(records []JobRecord) (common.Hash, [][]common.Hash, error) {
	if len(records) == 0 {
		return common.Hash{}, nil, fmt.Errorf("%w: a batch needs at least one record", ErrRecord)
	}
	leaves := make([]merkle.Hash, len(records))
	for i := range records {
		h, err := records[i].Hash()
		if err != nil {
			return common.Hash{}, nil, fmt.Errorf("record %d: %w", i, err)
		}
		leaves[i] = merkle.Hash(h)
	}
	tree, err := merkle.NewTree(leaves)
	if err != nil {
		return common.Hash{}, nil, err
	}
	proofs := make([][]common.Hash, len(records))
	for i := range records {
		p, err := tree.Proof(uint64(i))
		if err != nil {
			return common.Hash{}, nil, err
		}
		proofs[i] = make([]common.Hash, 0, len(p))
		for _, h := range p {
			proofs[i] = append(proofs[i], common.Hash(h))
		}
	}
	return common.Hash(tree.Root()), proofs, nil
}

// CheckOutput checks an inference output against the length rules of its
// job, exactly as RecordValidity.outputInvalidity does on-chain (a record
// that breaks one is voided by reportInvalid, without a game; docs/protocol.md,
// "Early stop"): 1 to maxTokens token ids below the vocabulary, none before
// the last the model's EOS, and one shorter than maxTokens ending with it (a
// model with canon.NoEOS never stops early). The error wraps ErrRecord and
// names the rule.
func CheckOutput(c canon.Config, maxTokens int, output []int32) error {
	n := len(output)
	if n == 0 || n > maxTokens {
		return fmt.Errorf("%w: output of %d tokens, want 1 to maxTokens %d", ErrRecord, n, maxTokens)
	}
	for i, tok := range output {
		if tok < 0 || int(tok) >= c.Vocab {
			return fmt.Errorf("%w: output token %d is %d, not below the vocabulary size %d", ErrRecord, i, tok, c.Vocab)
		}
		if int(tok) == c.EOS && i+1 < n {
			return fmt.Errorf("%w: output token %d of %d is the EOS %d: the job stops there", ErrRecord, i, n, c.EOS)
		}
	}
	if n < maxTokens && int(output[n-1]) != c.EOS {
		return fmt.Errorf("%w: output of %d tokens, below maxTokens %d, does not end at the EOS %d", ErrRecord, n, maxTokens, c.EOS)
	}
	return nil
}
