package fraud

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
	"github.com/airollup/airollup/prover/merkle"
)

// ErrRecord is returned for a record set that cannot be committed.
var ErrRecord = errors.New("fraud: invalid record")

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
// bindings' ABI type of the struct.
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
		OutputHash: r.OutputHash, ResidualRoot: r.ResidualRoot, KvRoot: r.KvRoot, Fee: r.Fee,
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
	return abi.Type{}, fmt.Errorf("fraud: no method input in the ABI has the fields of %v", st)
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
// record hashes) and each record's proof in it.
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
		for _, h := range p {
			proofs[i] = append(proofs[i], common.Hash(h))
		}
	}
	return common.Hash(tree.Root()), proofs, nil
}
