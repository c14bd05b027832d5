package fraud

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

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
// byte-identical to Solidity's abi.encode(record).
type JobRecord struct {
	JobID        uint64 `abi:"jobId"`
	Kind         uint8
	ModelRoot    [32]byte
	InputHash    [32]byte
	PromptLen    uint32
	OutputLen    uint32
	Params       JobParams
	OutputHash   [32]byte
	ResidualRoot [32]byte
	KvRoot       [32]byte `abi:"kvRoot"`
	Fee          *big.Int
}

var recordArgs = func() abi.Arguments {
	t, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "jobId", Type: "uint64"},
		{Name: "kind", Type: "uint8"},
		{Name: "modelRoot", Type: "bytes32"},
		{Name: "inputHash", Type: "bytes32"},
		{Name: "promptLen", Type: "uint32"},
		{Name: "outputLen", Type: "uint32"},
		{Name: "params", Type: "tuple", Components: []abi.ArgumentMarshaling{
			{Name: "maxTokens", Type: "uint32"},
			{Name: "temperatureMilli", Type: "uint32"},
			{Name: "topK", Type: "uint32"},
			{Name: "topPMicro", Type: "uint32"},
			{Name: "seed", Type: "bytes32"},
		}},
		{Name: "outputHash", Type: "bytes32"},
		{Name: "residualRoot", Type: "bytes32"},
		{Name: "kvRoot", Type: "bytes32"},
		{Name: "fee", Type: "uint128"},
	})
	if err != nil {
		panic(err) // a constant type
	}
	return abi.Arguments{{Type: t}}
}()

// Encode returns abi.encode(record).
func (r *JobRecord) Encode() ([]byte, error) {
	if r.Fee == nil || r.Fee.Sign() < 0 || r.Fee.BitLen() > 128 {
		return nil, fmt.Errorf("%w: fee %v is not a uint128", ErrRecord, r.Fee)
	}
	return recordArgs.Pack(r)
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
