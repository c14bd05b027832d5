// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IDatasetRegistryDataset is an auto generated low-level Go binding around an user-defined struct.
type IDatasetRegistryDataset struct {
	Root        [32]byte
	Publisher   common.Address
	PublishedAt uint64
	RecordCount uint64
	ByteSize    uint64
	Uri         string
	Licence     string
}

// IDatasetRegistryLineage is an auto generated low-level Go binding around an user-defined struct.
type IDatasetRegistryLineage struct {
	ModelRoot          [32]byte
	BaseModelId        *big.Int
	DatasetId          *big.Int
	TrainingConfigHash [32]byte
	JobId              [32]byte
	RecordedAt         uint64
}

// IJobInboxJob is an auto generated low-level Go binding around an user-defined struct.
type IJobInboxJob struct {
	Submitter        common.Address
	Kind             uint8
	ModelId          uint64
	InputHash        [32]byte
	DatasetId        uint64
	Params           IJobInboxParams
	MaxFee           *big.Int
	Callback         common.Address
	CallbackGasLimit uint32
	SubmittedAt      uint64
	Status           uint8
}

// IJobInboxParams is an auto generated low-level Go binding around an user-defined struct.
type IJobInboxParams struct {
	MaxTokens        uint32
	TemperatureMilli uint32
	TopK             uint32
	TopPMicro        uint32
	Seed             [32]byte
}

// IModelRegistryDims is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryDims struct {
	EmbeddingDim  uint32
	Layers        uint32
	Heads         uint32
	KvHeads       uint32
	FfDim         uint32
	VocabSize     uint32
	ContextLength uint32
}

// IModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryModel struct {
	Root         [32]byte
	MetadataHash [32]byte
	Dims         IModelRegistryDims
	Publisher    common.Address
	RegisteredAt uint64
	Uri          string
}

// IOneStepTypesChunk is an auto generated low-level Go binding around an user-defined struct.
type IOneStepTypesChunk struct {
	Reg   uint8
	Index uint32
	Data  []byte
	Proof [][32]byte
}

// IOneStepTypesJobContext is an auto generated low-level Go binding around an user-defined struct.
type IOneStepTypesJobContext struct {
	PromptRoot       [32]byte
	PromptLen        uint32
	TemperatureMilli uint32
	TopK             uint32
	TopPMicro        uint32
	Seed             [32]byte
}

// IOneStepTypesModelConfig is an auto generated low-level Go binding around an user-defined struct.
type IOneStepTypesModelConfig struct {
	Dim           uint32
	Layers        uint32
	Heads         uint32
	KvHeads       uint32
	FfDim         uint32
	Vocab         uint32
	Context       uint32
	RopeDims      uint32
	RopeBaseBits  uint32
	NormEpsBits   uint32
	Tied          uint32
	TokenizerHash [32]byte
}

// IOneStepTypesOpening is an auto generated low-level Go binding around an user-defined struct.
type IOneStepTypesOpening struct {
	Index uint64
	Data  []byte
	Proof [][32]byte
}

// IOneStepTypesStepProof is an auto generated low-level Go binding around an user-defined struct.
type IOneStepTypesStepProof struct {
	Step       uint64
	P          uint32
	L          uint32
	RegRoots   [19][32]byte
	LayerRoots [][32]byte
	TokensHash [32]byte
	Chunks     []IOneStepTypesChunk
	Full       [][]byte
	Subtrees   []IOneStepTypesSubtree
	Model      []IOneStepTypesOpening
	Kv         []IOneStepTypesOpening
	Prompt     []IOneStepTypesOpening
}

// IOneStepTypesSubtree is an auto generated low-level Go binding around an user-defined struct.
type IOneStepTypesSubtree struct {
	Reg    uint8
	First  uint32
	Height uint8
	Data   []byte
	Proof  [][32]byte
}

// CanonHarnessMetaData contains all meta data concerning the CanonHarness contract.
var CanonHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"a\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"b\",\"type\":\"int256\"}],\"name\":\"addSat\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"a\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"b\",\"type\":\"int256[]\"}],\"name\":\"addSatBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"logits\",\"type\":\"int32[]\"}],\"name\":\"argmax\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"dot\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"headDim\",\"type\":\"uint256\"}],\"name\":\"attnScore\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"dot\",\"type\":\"int256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"headDim\",\"type\":\"uint256[]\"}],\"name\":\"attnScoreBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"blk\",\"type\":\"bytes\"},{\"internalType\":\"int8[32]\",\"name\":\"q\",\"type\":\"int8[32]\"}],\"name\":\"blockDot\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"a\",\"type\":\"int32[]\"},{\"internalType\":\"int32[]\",\"name\":\"b\",\"type\":\"int32[]\"}],\"name\":\"dotExact\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"row\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"name\":\"dotRow\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"rows\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"name\":\"dotRowBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"y\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"row\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"name\":\"dotRowGas\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"y\",\"type\":\"int32\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"row\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"}],\"name\":\"dotRowPartial\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"row\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"}],\"name\":\"dotRowPartialGas\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"acc\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int8\",\"name\":\"q\",\"type\":\"int8\"},{\"internalType\":\"int256\",\"name\":\"d24\",\"type\":\"int256\"}],\"name\":\"embed\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int8[]\",\"name\":\"q\",\"type\":\"int8[]\"},{\"internalType\":\"int256[]\",\"name\":\"d24\",\"type\":\"int256[]\"}],\"name\":\"embedBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"blk\",\"type\":\"bytes\"}],\"name\":\"embedBlock\",\"outputs\":[{\"internalType\":\"int32[32]\",\"name\":\"\",\"type\":\"int32[32]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"expNeg\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"}],\"name\":\"expNegBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"acc\",\"type\":\"int256\"}],\"name\":\"finishDot\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"fp16ToD24\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"h\",\"type\":\"uint16[]\"}],\"name\":\"fp16ToD24Batch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"left\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"right\",\"type\":\"bytes32\"}],\"name\":\"hashPair\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"isqrt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"n\",\"type\":\"uint256[]\"}],\"name\":\"isqrtBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"r\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"x\",\"type\":\"int32[]\"}],\"name\":\"quantize\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[32]\",\"name\":\"x\",\"type\":\"int32[32]\"}],\"name\":\"quantizeBlock\",\"outputs\":[{\"internalType\":\"int8[32]\",\"name\":\"q\",\"type\":\"int8[32]\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"x\",\"type\":\"int32[]\"}],\"name\":\"quantizeBlockBatch\",\"outputs\":[{\"internalType\":\"int8[]\",\"name\":\"q\",\"type\":\"int8[]\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"random\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"n\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"rdiv\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"n\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"d\",\"type\":\"int256[]\"}],\"name\":\"rdivBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"w\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"rms\",\"type\":\"int256\"}],\"name\":\"rmsApply\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"w\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"rms\",\"type\":\"int256[]\"}],\"name\":\"rmsApplyBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"sumSq\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"epsQ32\",\"type\":\"int256\"}],\"name\":\"rmsInv\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"sumSq\",\"type\":\"int256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"n\",\"type\":\"uint256[]\"},{\"internalType\":\"int256[]\",\"name\":\"eps\",\"type\":\"int256[]\"}],\"name\":\"rmsInvBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"rootFromProof\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"rootFromProofCalldata\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x0\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"x1\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"c\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"s\",\"type\":\"int256\"}],\"name\":\"ropePair\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"y0\",\"type\":\"int32\"},{\"internalType\":\"int32\",\"name\":\"y1\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x0\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"x1\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"c\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"s\",\"type\":\"int256[]\"}],\"name\":\"ropePairBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"y\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"v\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"rshift\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"v\",\"type\":\"int256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"s\",\"type\":\"uint256[]\"}],\"name\":\"rshiftBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"logits\",\"type\":\"int32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"order\",\"type\":\"uint256[]\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"sample\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"r\",\"type\":\"uint256\"}],\"name\":\"sampleFromWeights\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"logit\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxLogit\",\"type\":\"int256\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"}],\"name\":\"sampleWeight\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"logit\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"maxLogit\",\"type\":\"int256[]\"},{\"internalType\":\"uint32[]\",\"name\":\"temperatureMilli\",\"type\":\"uint32[]\"}],\"name\":\"sampleWeightBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"v\",\"type\":\"int256\"}],\"name\":\"sat32\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"v\",\"type\":\"int256[]\"}],\"name\":\"sat32Batch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"sigmoid\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"}],\"name\":\"sigmoidBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"silu\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"}],\"name\":\"siluBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"e\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"sum\",\"type\":\"int256\"}],\"name\":\"softmaxProb\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"e\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"sum\",\"type\":\"int256[]\"}],\"name\":\"softmaxProbBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"score\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxScore\",\"type\":\"int256\"}],\"name\":\"softmaxWeight\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"score\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"maxScore\",\"type\":\"int256[]\"}],\"name\":\"softmaxWeightBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"x\",\"type\":\"int32[]\"}],\"name\":\"sumSquares\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"g\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"u\",\"type\":\"int256\"}],\"name\":\"swiglu\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"g\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"u\",\"type\":\"int256[]\"}],\"name\":\"swigluBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"}],\"name\":\"topPKeep\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"oldLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"update\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"oldLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"updateCalldata\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyCalldata\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"acc\",\"type\":\"int256\"}],\"name\":\"weightedSumFinish\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"acc\",\"type\":\"int256[]\"}],\"name\":\"weightedSumFinishBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockIndex\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"name\":\"AmaxOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"InvalidOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rowBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quantBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NegativeInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotProbability\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d24\",\"type\":\"int256\"}],\"name\":\"ScaleOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"WeightOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTotalWeight\",\"type\":\"error\"}]",
	ID:  "fb7d431246867b91a964b702d09e4659e4",
	Bin: "0x6080604052348015600e575f5ffd5b506147358061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106103bf575f3560e01c8063822512ac116101f5578063b6b0289011610114578063e2d3139d116100a9578063f0b7cf7111610079578063f0b7cf7114610914578063f31d3b2b14610927578063f74e05bc1461093a578063fa36e2471461094d575f5ffd5b8063e2d3139d146108c8578063e830d2a0146108db578063ec20320b146108ee578063ec282a8214610901575f5ffd5b8063c7ee85c6116100e4578063c7ee85c61461086f578063cc0652241461088f578063cd0df86d146108a2578063d33636ae146108b5575f5ffd5b8063b6b0289014610823578063bcfccb3514610836578063c1f4f95514610849578063c43cea751461085c575f5ffd5b8063a37fbbf01161018a578063ab4174021161015a578063ab417402146107ca578063ac764322146107dd578063ac944d44146107f0578063b1689b5414610803575f5ffd5b8063a37fbbf014610770578063a806e3d114610783578063a9a6888614610796578063ab317de3146107a9575f5ffd5b806396665242116101c557806396665242146107145780639a9d3bdc146107275780639ee34e781461073a5780639f49493b1461074d575f5ffd5b8063822512ac146106c85780638428ff84146106db5780638545fa1a146106ee57806389f5048514610701575f5ffd5b80634f10ef6d116102e157806366088c7f116102765780636b0be757116102465780636b0be757146106545780636cca73f2146106755780637468ba6514610688578063787b4d5c146106b5575f5ffd5b806366088c7f14610608578063669e64861461061b57806367fe9add1461062e57806367ffab8b14610641575f5ffd5b806356464884116102b157806356464884146105bc5780635e96e19d146105cf578063638a59ff146105e25780636562fc40146105f5575f5ffd5b80634f10ef6d1461056257806350cc7a0c1461057557806353a704101461058857806355691156146105a9575f5ffd5b80632b9fdbdf1161035757806345066bc51161032757806345066bc514610516578063455848fa146105295780634819cabb1461053c5780634e8ee2741461054f575f5ffd5b80632b9fdbdf146104ca5780633695a940146104dd5780633d8da415146104f0578063437c2f2514610503575f5ffd5b80631a5bed62116103925780631a5bed62146104635780631b2832db1461048457806320b7f8951461049757806325c7add0146104b7575f5ffd5b806309f84787146103c35780630b7dd8d7146103f05780630f6e55e71461041657806311817d6914610436575b5f5ffd5b6103d66103d1366004613938565b610960565b604080519283526020830191909152015b60405180910390f35b6104036103fe3660046139d4565b61098b565b60405160039190910b81526020016103e7565b6104296104243660046139eb565b61099b565b6040516103e79190613aec565b610449610444366004613b31565b610a46565b6040805160039390930b83526020830191909152016103e7565b610476610471366004613b7f565b610a6d565b6040519081526020016103e7565b610476610492366004613c1b565b610a81565b6104aa6104a5366004613c93565b610a8b565b6040516103e79190613d37565b6104aa6104c5366004613d49565b610b63565b6104766104d8366004613c1b565b610c0e565b6104766104eb366004613d87565b610c18565b6104036104fe366004613d87565b610c33565b610429610511366004613c93565b610c3e565b6104aa610524366004613da7565b610d23565b610476610537366004613e43565b610e23565b61042961054a366004613d49565b610e2f565b61047661055d366004613e8b565b610ecd565b610403610570366004613d87565b610ed8565b610476610583366004613ed5565b610ee3565b61059b610596366004613c1b565b610ef9565b6040516103e7929190613f0b565b6104766105b7366004613f64565b610f0e565b6104766105ca3660046139d4565b610f2c565b6104036105dd366004613b31565b610f36565b6104766105f0366004614010565b610f42565b610429610603366004613d49565b610f4d565b610476610616366004614051565b610feb565b6104aa610629366004613c93565b610ff6565b61047661063c3660046139d4565b6110c5565b6104aa61064f366004613c93565b6110cf565b6106676106623660046140b4565b61119e565b6040516103e7929190614111565b610476610683366004613d87565b6111b0565b61069b61069636600461414c565b6111bb565b60408051600393840b81529190920b6020820152016103e7565b6104766106c3366004613d87565b6111d6565b6104296106d6366004613c93565b6111e1565b6104aa6106e9366004613d49565b6112b8565b6104036106fc36600461418b565b61134e565b61047661070f3660046141b3565b611359565b610403610722366004613b7f565b61136e565b610429610735366004613c93565b61137a565b6104766107483660046139d4565b611451565b61076061075b3660046141d4565b61145b565b60405190151581526020016103e7565b61076061077e366004614229565b611468565b610476610791366004613d87565b611480565b6104296107a4366004613da7565b61148b565b6107bc6107b7366004613d49565b611588565b6040516103e7929190614284565b6104766107d83660046142d3565b611776565b6104766107eb3660046142f4565b611780565b6104766107fe366004614325565b61178e565b610816610811366004613d49565b61179c565b6040516103e79190614383565b610476610831366004613d87565b611832565b6104766108443660046143ba565b61183d565b6104296108573660046143ec565b611849565b61042961086a366004613d49565b6119bd565b61088261087d3660046142f4565b611a5b565b6040516103e791906144b6565b61040361089d3660046139d4565b611a6c565b6104296108b0366004613c93565b611a76565b6104aa6108c3366004613c93565b611b4d565b6104aa6108d6366004613d49565b611c1c565b6104766108e9366004613938565b611cb2565b6104aa6108fc366004613da7565b611cc0565b61040361090f3660046139d4565b611dc3565b610403610922366004613d87565b611dcd565b6104766109353660046144e1565b611dd8565b6104036109483660046139d4565b611de7565b61047661095b366004614527565b611df1565b5f5f5a90506109728787878787611dfc565b91505a61097f90826145d0565b90509550959350505050565b5f6109958261210d565b92915050565b606083516001600160401b038111156109b6576109b66137fd565b6040519080825280602002602001820160405280156109df578160200160208202803683370190505b5090505f5b8451811015610a3e57610a11858281518110610a0257610a026145e3565b60200260200101518585612124565b828281518110610a2357610a236145e3565b60039290920b602092830291909101909101526001016109e4565b509392505050565b5f5f5a9050610a56858585612124565b91505a610a6390826145d0565b9050935093915050565b5f610a7984848461213b565b949350505050565b5f610995826121c0565b6060838214610aad576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610ac557610ac56137fd565b604051908082528060200260200182016040528015610aee578160200160208202803683370190505b5090505f5b84811015610b5a57610b35868683818110610b1057610b106145e3565b90506020020135858584818110610b2957610b296145e3565b90506020020135612223565b828281518110610b4757610b476145e3565b6020908102919091010152600101610af3565b50949350505050565b6060816001600160401b03811115610b7d57610b7d6137fd565b604051908082528060200260200182016040528015610ba6578160200160208202803683370190505b5090505f5b82811015610c0757610be2848483818110610bc857610bc86145e3565b9050602002016020810190610bdd91906142d3565b61224e565b828281518110610bf457610bf46145e3565b6020908102919091010152600101610bab565b5092915050565b5f6109958261228a565b5f8281526020829052604081208284171515025b9392505050565b5f610c2c83836122bd565b6060838214610c60576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610c7857610c786137fd565b604051908082528060200260200182016040528015610ca1578160200160208202803683370190505b5090505f5b84811015610b5a57610cf6868683818110610cc357610cc36145e3565b9050602002016020810190610cd891906145f7565b858584818110610cea57610cea6145e3565b9050602002013561234c565b828281518110610d0857610d086145e3565b60039290920b60209283029190910190910152600101610ca6565b60608584141580610d345750838214155b15610d52576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610d6a57610d6a6137fd565b604051908082528060200260200182016040528015610d93578160200160208202803683370190505b5090505f5b84811015610e1857610df3888883818110610db557610db56145e3565b90506020020135878784818110610dce57610dce6145e3565b90506020020135868685818110610de757610de76145e3565b9050602002013561213b565b828281518110610e0557610e056145e3565b6020908102919091010152600101610d98565b509695505050505050565b5f610a798484846123c7565b6060816001600160401b03811115610e4957610e496137fd565b604051908082528060200260200182016040528015610e72578160200160208202803683370190505b5090505f5b82811015610c0757610ea0848483818110610e9457610e946145e3565b90506020020135612458565b828281518110610eb257610eb26145e3565b60039290920b60209283029190910190910152600101610e77565b5f610c2c8383612487565b5f610c2c8383612542565b5f610ef085858585612562565b95945050505050565b606080610f05836125ef565b91509150915091565b5f610f1e88888888888888612710565b90505b979650505050505050565b5f610995826128fa565b5f610a79848484612124565b5f610c2c83836129a3565b6060816001600160401b03811115610f6757610f676137fd565b604051908082528060200260200182016040528015610f90578160200160208202803683370190505b5090505f5b82811015610c0757610fbe848483818110610fb257610fb26145e3565b90506020020135612a37565b828281518110610fd057610fd06145e3565b60039290920b60209283029190910190910152600101610f95565b5f610c2c8383612a46565b6060838214611018576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611030576110306137fd565b604051908082528060200260200182016040528015611059578160200160208202803683370190505b5090505f5b84811015610b5a576110a086868381811061107b5761107b6145e3565b90506020020135858584818110611094576110946145e3565b90506020020135612abf565b8282815181106110b2576110b26145e3565b602090810291909101015260010161105e565b5f61099582612b10565b60608382146110f1576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611109576111096137fd565b604051908082528060200260200182016040528015611132578160200160208202803683370190505b5090505f5b84811015610b5a57611179868683818110611154576111546145e3565b9050602002013585858481811061116d5761116d6145e3565b90506020020135612b23565b82828151811061118b5761118b6145e3565b6020908102919091010152600101611137565b6111a66137de565b5f610f0583612b71565b5f610c2c8383612223565b5f5f6111c986868686612ba9565b9150915094509492505050565b5f610c2c8383612abf565b6060838214611203576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b0381111561121b5761121b6137fd565b604051908082528060200260200182016040528015611244578160200160208202803683370190505b5090505f5b84811015610b5a5761128b868683818110611266576112666145e3565b9050602002013585858481811061127f5761127f6145e3565b90506020020135612c3a565b82828151811061129d5761129d6145e3565b60039290920b60209283029190910190910152600101611249565b6060816001600160401b038111156112d2576112d26137fd565b6040519080825280602002602001820160405280156112fb578160200160208202803683370190505b5090505f5b82811015610c075761132984848381811061131d5761131d6145e3565b90506020020135612b10565b82828151811061133b5761133b6145e3565b6020908102919091010152600101611300565b5f610c2c838361234c565b5f82815260c082901b60205260288120610c2c565b5f610a79848484612c9a565b606083821461139c576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b038111156113b4576113b46137fd565b6040519080825280602002602001820160405280156113dd578160200160208202803683370190505b5090505f5b84811015610b5a576114248686838181106113ff576113ff6145e3565b90506020020135858584818110611418576114186145e3565b905060200201356122bd565b828281518110611436576114366145e3565b60039290920b602092830291909101909101526001016113e2565b5f61099582612cc3565b5f610ef085858585612cd6565b5f6114768686868686612ced565b9695505050505050565b5f610c2c8383612d06565b6060858414158061149c5750838214155b156114ba576040516305f8ded760e21b815260040160405180910390fd5b856001600160401b038111156114d2576114d26137fd565b6040519080825280602002602001820160405280156114fb578160200160208202803683370190505b5090505f5b86811015610e185761155b88888381811061151d5761151d6145e3565b90506020020135878784818110611536576115366145e3565b9050602002013586868581811061154f5761154f6145e3565b90506020020135612c9a565b82828151811061156d5761156d6145e3565b60039290920b60209283029190910190910152600101611500565b606080611596602084614624565b156115b4576040516305f8ded760e21b815260040160405180910390fd5b5f6115c0602085614637565b9050836001600160401b038111156115da576115da6137fd565b604051908082528060200260200182016040528015611603578160200160208202803683370190505b509250806001600160401b0381111561161e5761161e6137fd565b604051908082528060200260200182016040528015611647578160200160208202803683370190505b5091505f5b8181101561176d5761165c6137de565b5f5b60208110156116ca5787878261167586602061464a565b61167f9190614661565b81811061168e5761168e6145e3565b90506020020160208101906116a39190614674565b8282602081106116b5576116b56145e3565b60039290920b6020909202015260010161165e565b505f5f6116d683612b71565b915091505f5b602081101561173f578281602081106116f7576116f76145e3565b6020020151888287602061170b919061464a565b6117159190614661565b81518110611725576117256145e3565b5f9290920b602092830291909101909101526001016116dc565b5080868581518110611753576117536145e3565b60200260200101818152505050505080600101905061164c565b50509250929050565b5f6109958261224e565b805160208201205f90610995565b5f6114768686868686612d47565b6060816001600160401b038111156117b6576117b66137fd565b6040519080825280602002602001820160405280156117df578160200160208202803683370190505b5090505f5b82811015610c075761180d848483818110611801576118016145e3565b905060200201356128fa565b82828151811061181f5761181f6145e3565b60209081029190910101526001016117e4565b5f610c2c8383612b23565b5f610a79848484612e11565b6060878614158061185a5750858414155b806118655750838214155b15611883576040516305f8ded760e21b815260040160405180910390fd5b61188e88600261464a565b6001600160401b038111156118a5576118a56137fd565b6040519080825280602002602001820160405280156118ce578160200160208202803683370190505b5090505f5b888110156119b0576119478a8a838181106118f0576118f06145e3565b90506020020135898984818110611909576119096145e3565b90506020020135888885818110611922576119226145e3565b9050602002013587878681811061193b5761193b6145e3565b90506020020135612ba9565b8361195384600261464a565b81518110611963576119636145e3565b6020026020010184846002611978919061464a565b611983906001614661565b81518110611993576119936145e3565b600393840b602091820292909201015291900b90526001016118d3565b5098975050505050505050565b6060816001600160401b038111156119d7576119d76137fd565b604051908082528060200260200182016040528015611a00578160200160208202803683370190505b5090505f5b82811015610c0757611a2e848483818110611a2257611a226145e3565b90506020020135612e75565b828281518110611a4057611a406145e3565b60039290920b60209283029190910190910152600101611a05565b611a636137de565b61099582612e88565b5f61099582612a37565b6060838214611a98576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611ab057611ab06137fd565b604051908082528060200260200182016040528015611ad9578160200160208202803683370190505b5090505f5b84811015610b5a57611b20868683818110611afb57611afb6145e3565b90506020020135858584818110611b1457611b146145e3565b90506020020135612542565b828281518110611b3257611b326145e3565b60039290920b60209283029190910190910152600101611ade565b6060838214611b6f576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611b8757611b876137fd565b604051908082528060200260200182016040528015611bb0578160200160208202803683370190505b5090505f5b84811015610b5a57611bf7868683818110611bd257611bd26145e3565b90506020020135858584818110611beb57611beb6145e3565b90506020020135612d06565b828281518110611c0957611c096145e3565b6020908102919091010152600101611bb5565b6060816001600160401b03811115611c3657611c366137fd565b604051908082528060200260200182016040528015611c5f578160200160208202803683370190505b5090505f5b82811015610c0757611c8d848483818110611c8157611c816145e3565b90506020020135612cc3565b828281518110611c9f57611c9f6145e3565b6020908102919091010152600101611c64565b5f6114768686868686611dfc565b60608584141580611cd15750838214155b15611cef576040516305f8ded760e21b815260040160405180910390fd5b856001600160401b03811115611d0757611d076137fd565b604051908082528060200260200182016040528015611d30578160200160208202803683370190505b5090505f5b86811015610e1857611d9e888883818110611d5257611d526145e3565b90506020020135878784818110611d6b57611d6b6145e3565b90506020020135868685818110611d8457611d846145e3565b9050602002016020810190611d99919061468d565b612e11565b828281518110611db057611db06145e3565b6020908102919091010152600101611d35565b5f61099582612458565b5f610c2c8383612c3a565b5f610f21878787878787612f66565b5f61099582612e75565b5f610c2c8383613033565b82515f90611e0b60228261464a565b8751141580611e255750611e2060208261464a565b865114155b15611e5c5786518651604051638ee979f560e01b815260048101929092526024820152604481018290526064015b60405180910390fd5b82841180611e6957508083115b15611e9857604051633fe8c99960e01b8152600481018590526024810184905260448101829052606401611e53565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b808210156120e25783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f83141715611f055760208d01850360051c60010197505050506120e2565b80156120c85781151580600a1b6103ff8516178184031b905083600f1c15611f2a575f035b865160028901518391620800007f80808080808080808080808080808080808080808080808080808080808080809283187cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff81811677ffffffffffffffff0000000000000000ffffffffffffffff7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff96909518602081811c9788167fffffffff00000000ffffffff00000000ffffffff00000000ffffffff000000009290911b91821617604090811c9690961677ffffffff000000000000000000000000ffffffff000000009190911673ffffffff000000000000000000000000ffffffff979097169690961790941b94909417608081811c91901b17848116848101600884811c88169084901c881681810192909201601086811c8a169086901c8a1681810192909201601897881c8b169690971c99909916858101969096017c01000000010000000100000001000000010000000100000001000000010260d91c647fffffff80169790930291020195029490940193029290920160e01c03018202028b019a50505b505050602284019350602083019250602082019150611ebe565b50505050805f146121025761210288876120fd6001856145d0565b61312b565b505095945050505050565b5f61099561211f83637f000000612b23565b612458565b5f610a796121368585855f8751611dfc565b61210d565b5f5f841215612160576040516338e756a760e21b815260048101859052602401611e53565b5f821215612184576040516338e756a760e21b815260048101839052602401611e53565b825f036121a45760405163011ee73b60e21b815260040160405180910390fd5b82840482015f6121b3826128fa565b8015019695505050505050565b80515f908082036121e45760405163a447fc5360e01b815260040160405180910390fd5b60208301805160030b60015b8381101561221a578060051b83015160030b82811315612211578092508195505b506001016121f0565b50505050919050565b5f61222d836131b0565b612236826131b0565b610c2c61224661211f84866146a6565b60030b6131ea565b5f601f600a83901c8116900361227d57604051632548acfb60e11b815261ffff83166004820152602401611e53565b6109958261ffff1661337a565b5f60208201825160051b81015b808210156122b657815160030b80029290920191602090910190612297565b5050919050565b5f815f036122de5760405163011ee73b60e21b815260040160405180910390fd5b5f6122f56122f0846001603c1b614637565b6128fa565b90505f61230661211f866010612abf565b60030b90505f82820290811263200000000301601e1d637fffffff198112156123315750637fffffff195b637fffffff811315610ef05750637fffffff95945050505050565b5f64ffffffffff19821315806123685750650100000000008212155b1561238957604051630b8b326560e31b815260048101839052602401611e53565b5f83810b83029081126080030160081d637fffffff198112156123ae5750637fffffff195b637fffffff811315610c2c5750637fffffff9392505050565b80515f90610100811080156123dd575083811c15155b15612405576040516394666f0d60e01b81526004810185905260248101829052604401611e53565b849150602083018160051b81015b8082101561244e576001861660051b825180861715158683528160208418528060405f200296505050508560011c9550602082019150612413565b5050509392505050565b5f637fffffff1982121561246f57637fffffff1991505b637fffffff82131561248357637fffffff91505b5090565b81515f908082036124ab5760405163a447fc5360e01b815260040160405180910390fd5b5f6124b685836133aa565b905063ffffffff841615806124d45750620f42408463ffffffff1610155b156124e157509050610995565b63ffffffff841681025f805b8481101561253657878181518110612507576125076145e3565b6020026020010151820191508282620f4240021061252e5760010194506109959350505050565b6001016124ed565b50929695505050505050565b5f61254c836131b0565b612555826131b0565b610c2c61211f83856146c5565b5f8161010081108015612576575084811c15155b1561259e576040516394666f0d60e01b81526004810186905260248101829052604401611e53565b859150838160051b81015b808210156125e4576001871660051b823580861715158683528160208418528060405f200296505050508660011c96506020820191506125a9565b505050949350505050565b8051606090819080158061260c5750612609602082614624565b15155b1561262d5760405163c67eee4b60e01b815260048101829052602401611e53565b5f612639602083614637565b9050816001600160401b03811115612653576126536137fd565b6040519080825280601f01601f19166020018201604052801561267d576020820181803683370190505b509350806001600160401b03811115612698576126986137fd565b6040519080825280602002602001820160405280156126c1578160200160208202803683370190505b5092505f5b8181101561270857600a81901b86016020015f806126e383613407565b600586901b8a81016020908101939093528901909101525050600190910190506126c6565b505050915091565b5f8563ffffffff165f0361272e57612727886121c0565b9050610f21565b87515f8190036127515760405163a447fc5360e01b815260040160405180910390fd5b5f5f8763ffffffff1611801561276c5750818763ffffffff16105b612776578161277e565b8663ffffffff165b9050808951146127a6578851604051631ec9f4d560e31b8152600401611e5391815260200190565b6127b28a8a8484613549565b5f816001600160401b038111156127cb576127cb6137fd565b6040519080825280602002602001820160405280156127f4578160200160208202803683370190505b5090505f8b8b5f8151811061280b5761280b6145e3565b602002602001015181518110612823576128236145e3565b602002602001015160030b90505f5b8381101561289f5761287a8d8d8381518110612850576128506145e3565b602002602001015181518110612868576128686145e3565b602002602001015160030b838d612e11565b83828151811061288c5761288c6145e3565b6020908102919091010152600101612832565b505f6128ab838a612487565b90508083528b6128d0846128cb8b8b5f91825260c01b6020526028902090565b6129a3565b815181106128e0576128e06145e3565b602002602001015195505050505050979650505050505050565b60016fffffffffffffffffffffffffffffffff821160071b82811c6001600160401b031060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b81515f90816129b285836133aa565b9050805f036129d4576040516304c2026f60e11b815260040160405180910390fd5b5f8185816129e4576129e4614610565b0690505f5f5b84811015612a2c57878181518110612a0457612a046145e3565b60200260200101518201915082821115612a245794506109959350505050565b6001016129ea565b505050505092915050565b5f61099561211f83601e612abf565b5f8151835114612a805782518251604051638ee979f560e01b81526004810183905260248101919091526044810191909152606401611e53565b60208301806020840103845160051b82015b80831015612ab6578183015160030b835160030b0284019350602083019250612a92565b50505092915050565b5f811580612acd575060ff82115b15612aee57604051630263749760e41b815260048101839052602401611e53565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f612b1a826131b0565b610995826136e8565b5f5f8213612b4757604051637040adc360e01b815260048101839052602401611e53565b5f8312838115612b5757845f0390505b838460011c8201049250508015610c0757505f0392915050565b612b796137de565b5f8083612b8581613407565b935091505f5b60208110156127085782811a5f0b600582901b860152600101612b8b565b5f5f612bb4866131b0565b612bbd856131b0565b612bc6846131b0565b612bcf836131b0565b612c0f565b5f81126320000000038101601e1d637fffffff19811215612bf75750637fffffff195b637fffffff811315612c0a5750637fffffff5b919050565b612c1e83860285880203612bd4565b9150612c2f84860284880201612bd4565b905094509492505050565b5f612c44836131b0565b612c4d826131b0565b5f612c5784613743565b60030b90505f838202908112618000030160101d637fffffff19811215612c805750637fffffff195b637fffffff811315610a795750637fffffff949350505050565b5f612ca4846131b0565b612cad836131b0565b610a7961211f612cbd85876146ec565b84612b23565b5f612ccd826131b0565b610995826131ea565b5f84612ce38585856123c7565b1495945050505050565b5f85612cfb86868686612562565b149695505050505050565b5f5f831280612d185750634000000083135b15612d39576040516320f9868b60e21b815260048101849052602401611e53565b610c2c601e84901b83612b23565b80515f9061010081108015612d5d575083811c15155b15612d85576040516394666f0d60e01b81526004810185905260248101829052604401611e53565b5f869050859250602084018260051b81015b80821015612de5576001871660051b602081188351808617151581891715158785528284528160405f200297508985528060405f2002995050505050508660011c9650602082019150612d97565b505087811461210257604051633c6db5f960e01b81526004810189905260248101829052604401611e53565b5f612e1b846131b0565b612e24836131b0565b8163ffffffff165f03612e4a5760405163011ee73b60e21b815260040160405180910390fd5b610a7961224661211f612e5d86886146a6565b612e69906103e86146ec565b8563ffffffff16612b23565b5f612e7f826131b0565b61099582613743565b612e906137de565b6022825114612eb757815160405163d49782d960e01b8152600401611e5391815260200190565b602082015160228301515f82901a60019290921a60081b9190911790601f600a83901c81169003612f0157604051632548acfb60e11b815261ffff83166004820152602401611e53565b5f612f0f8361ffff1661337a565b90505f5b602081101561221a575f83821a810b83029081126080030160081d637fffffff19811215612f435750637fffffff195b637fffffff811315612f565750637fffffff5b600582901b860152600101612f13565b5f8161010081108015612f7a575084811c15155b15612fa2576040516394666f0d60e01b81526004810186905260248101829052604401611e53565b8591508684600583901b81015b80821015612ffb576001881660051b8235808517151581881715158684528260208518528160405f200296508884528060405f20029850505050508760011c9750602082019150612faf565b505088811461302757604051633c6db5f960e01b8152600481018a905260248101829052604401611e53565b50509695505050505050565b5f602283511461305b57825160405163d49782d960e01b8152600401611e5391815260200190565b604080516022808252606082019092525f9160208201818036833750506040805160208082528183019092529293505f929150808201818036833750506040805160018082528183019092529293505f929150602080830190803683370190505090506001815f815181106130d2576130d26145e3565b60200260200101818152505060228601516022840152600160208401535f5f5b60208110156131175760ff8160051b880151168260081b1791506001810190506130f2565b5060208301526114768383835f6001611dfc565b602281028301602001515f81901a60019190911a60081b17601f600a82901c8116900361317157604051632548acfb60e11b815261ffff82166004820152602401611e53565b81838381518110613184576131846145e3565b60200260200101516040516358e5175760e11b8152600401611e53929190918252602082015260400190565b637fffffff198112806131c65750637fffffff81135b156131e75760405163e92ac66b60e01b815260048101829052602401611e53565b50565b5f5f8212801561336c57618000635c551d95845f03020160101c80601e1c601f81101561336557633fffffff82166008606c196132338284025f811263200000000301601e1d90565b01905061058b61324f8383025f811263200000000301601e1d90565b019050613ff81961326c8383025f811263200000000301601e1d90565b019050620286126132898383025f811263200000000301601e1d90565b0190506215d87f196132a78383025f811263200000000301601e1d90565b019050629d955b6132c48383025f811263200000000301601e1d90565b01905063038d611a196132e38383025f811263200000000301601e1d90565b019050630f5fdf006133018383025f811263200000000301601e1d90565b019050632c5c85fd196133208383025f811263200000000301601e1d90565b019050634000000061333e8383025f811263200000000301601e1d90565b01905082801561335d575f821260018086031b038201841d9650613361565b8196505b5050505b5050613374565b634000000091505b50919050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c1615612c0a575f03919050565b5f5f5b82811015610c07575f8482815181106133c8576133c86145e3565b6020026020010151905063400000008111156133fa5760405163228f0e7d60e21b815260048101829052602401611e53565b91909101906001016133ad565b5f5f6104008301835b8181101561349557805160030b60ff81901d9081180383811115613432578093505b50602081015160030b60ff81901d9081180383811115613450578093505b50604081015160030b60ff81901d908118038381111561346e578093505b50606081015160030b60ff81901d908118038381111561348c578093505b50608001613410565b508115613543578160011c845b82811015612708578051602082015160408301516060840151600390810b607f90810260ff81811d91821882900389018b9004821891909103811693830b820280821d90811881900389018b9004811803811694830b820280821d90811881900389018b900481180381169590920b0280821d908118819003870189900481180316600898891b17881b92909217871b1790951b94909417936080016134a2565b50915091565b5f60086135578460ff614661565b901c6001600160401b03811115613570576135706137fd565b604051908082528060200260200182016040528015613599578160200160208202803683370190505b5090505f5f5b83811015613671575f8682815181106135ba576135ba6145e3565b602002602001015190508581106135e757604051631ec9f4d560e31b815260048101839052602401611e53565b6020600160fd1b03600382901c1684016020018051600160ff84161b808217909252161580159061362e57604051631ec9f4d560e31b815260048101849052602401611e53565b5f83118015613645575061364389858461377a565b155b1561366657604051631ec9f4d560e31b815260048101849052602401611e53565b50915060010161359f565b50838310156136e0575f5b848110156136de576020600160fd1b03600382901c1683016020015160ff82161c600116801580156136b457506136b488838561377a565b156136d557604051631ec9f4d560e31b815260048101869052602401611e53565b5060010161367c565b505b505050505050565b5f5f821261371d575f6137026136fd8461471b565b6131ea565b6340000000016001603c1b600182901c01049150612c0a9050565b5f613727836131ea565b63400000008101601e9190911b600182901c0104915050919050565b5f5f61374e836136e8565b90505f83820290811263200000000301601e1d637fffffff198112156123ae5750637fffffff19610c2c565b5f5f84848151811061378e5761378e6145e3565b602002602001015190505f8584815181106137ab576137ab6145e3565b602002602001015190508060030b8260030b138061147657508060030b8260030b14801561147657505050911092915050565b6040518061040001604052806020906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715613839576138396137fd565b604052919050565b5f82601f830112613850575f5ffd5b81356001600160401b03811115613869576138696137fd565b61387c601f8201601f1916602001613811565b818152846020838601011115613890575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6001600160401b038211156138c4576138c46137fd565b5060051b60200190565b5f82601f8301126138dd575f5ffd5b81356138f06138eb826138ac565b613811565b8082825260208201915060208360051b860101925085831115613911575f5ffd5b602085015b8381101561392e578035835260209283019201613916565b5095945050505050565b5f5f5f5f5f60a0868803121561394c575f5ffd5b85356001600160401b03811115613961575f5ffd5b61396d88828901613841565b95505060208601356001600160401b03811115613988575f5ffd5b61399488828901613841565b94505060408601356001600160401b038111156139af575f5ffd5b6139bb888289016138ce565b9598949750949560608101359550608001359392505050565b5f602082840312156139e4575f5ffd5b5035919050565b5f5f5f606084860312156139fd575f5ffd5b83356001600160401b03811115613a12575f5ffd5b8401601f81018613613a22575f5ffd5b8035613a306138eb826138ac565b8082825260208201915060208360051b850101925088831115613a51575f5ffd5b602084015b83811015613a915780356001600160401b03811115613a73575f5ffd5b613a828b602083890101613841565b84525060209283019201613a56565b50955050505060208401356001600160401b03811115613aaf575f5ffd5b613abb86828701613841565b92505060408401356001600160401b03811115613ad6575f5ffd5b613ae2868287016138ce565b9150509250925092565b602080825282518282018190525f918401906040840190835b81811015613b2657835160030b835260209384019390920191600101613b05565b509095945050505050565b5f5f5f60608486031215613b43575f5ffd5b83356001600160401b03811115613b58575f5ffd5b613b6486828701613841565b93505060208401356001600160401b03811115613aaf575f5ffd5b5f5f5f60608486031215613b91575f5ffd5b505081359360208301359350604090920135919050565b8035600381900b8114612c0a575f5ffd5b5f82601f830112613bc8575f5ffd5b8135613bd66138eb826138ac565b8082825260208201915060208360051b860101925085831115613bf7575f5ffd5b602085015b8381101561392e57613c0d81613ba8565b835260209283019201613bfc565b5f60208284031215613c2b575f5ffd5b81356001600160401b03811115613c40575f5ffd5b610a7984828501613bb9565b5f5f83601f840112613c5c575f5ffd5b5081356001600160401b03811115613c72575f5ffd5b6020830191508360208260051b8501011115613c8c575f5ffd5b9250929050565b5f5f5f5f60408587031215613ca6575f5ffd5b84356001600160401b03811115613cbb575f5ffd5b613cc787828801613c4c565b90955093505060208501356001600160401b03811115613ce5575f5ffd5b613cf187828801613c4c565b95989497509550505050565b5f8151808452602084019350602083015f5b82811015613d2d578151865260209586019590910190600101613d0f565b5093949350505050565b602081525f610c2c6020830184613cfd565b5f5f60208385031215613d5a575f5ffd5b82356001600160401b03811115613d6f575f5ffd5b613d7b85828601613c4c565b90969095509350505050565b5f5f60408385031215613d98575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60608789031215613dbc575f5ffd5b86356001600160401b03811115613dd1575f5ffd5b613ddd89828a01613c4c565b90975095505060208701356001600160401b03811115613dfb575f5ffd5b613e0789828a01613c4c565b90955093505060408701356001600160401b03811115613e25575f5ffd5b613e3189828a01613c4c565b979a9699509497509295939492505050565b5f5f5f60608486031215613e55575f5ffd5b833592506020840135915060408401356001600160401b03811115613ad6575f5ffd5b803563ffffffff81168114612c0a575f5ffd5b5f5f60408385031215613e9c575f5ffd5b82356001600160401b03811115613eb1575f5ffd5b613ebd858286016138ce565b925050613ecc60208401613e78565b90509250929050565b5f5f5f5f60608587031215613ee8575f5ffd5b843593506020850135925060408501356001600160401b03811115613ce5575f5ffd5b604081525f83518060408401528060208601606085015e5f60608285010152601f19601f820116830190506060838203016020840152610ef06060820185613cfd565b80356001600160401b0381168114612c0a575f5ffd5b5f5f5f5f5f5f5f60e0888a031215613f7a575f5ffd5b87356001600160401b03811115613f8f575f5ffd5b613f9b8a828b01613bb9565b97505060208801356001600160401b03811115613fb6575f5ffd5b613fc28a828b016138ce565b965050613fd160408901613e78565b9450613fdf60608901613e78565b9350613fed60808901613e78565b925060a0880135915061400260c08901613f4e565b905092959891949750929550565b5f5f60408385031215614021575f5ffd5b82356001600160401b03811115614036575f5ffd5b614042858286016138ce565b95602094909401359450505050565b5f5f60408385031215614062575f5ffd5b82356001600160401b03811115614077575f5ffd5b61408385828601613bb9565b92505060208301356001600160401b0381111561409e575f5ffd5b6140aa85828601613bb9565b9150509250929050565b5f61040082840312156140c5575f5ffd5b82601f8301126140d3575f5ffd5b6104006140df81613811565b9083019080858311156140f0575f5ffd5b845b8381101561392e5761410381613ba8565b8352602092830192016140f2565b610420810181845f5b602081101561413b5781515f0b83526020928301929091019060010161411a565b505050826104008301529392505050565b5f5f5f5f6080858703121561415f575f5ffd5b5050823594602084013594506040840135936060013592509050565b80355f81900b8114612c0a575f5ffd5b5f5f6040838503121561419c575f5ffd5b6141a58361417b565b946020939093013593505050565b5f5f604083850312156141c4575f5ffd5b82359150613ecc60208401613f4e565b5f5f5f5f608085870312156141e7575f5ffd5b84359350602085013592506040850135915060608501356001600160401b03811115614211575f5ffd5b61421d878288016138ce565b91505092959194509250565b5f5f5f5f5f6080868803121561423d575f5ffd5b85359450602086013593506040860135925060608601356001600160401b03811115614267575f5ffd5b61427388828901613c4c565b969995985093965092949392505050565b604080825283519082018190525f9060208501906060840190835b818110156142bf5783515f0b83526020938401939092019160010161429f565b505083810360208501526114768186613cfd565b5f602082840312156142e3575f5ffd5b813561ffff81168114610c2c575f5ffd5b5f60208284031215614304575f5ffd5b81356001600160401b03811115614319575f5ffd5b610a7984828501613841565b5f5f5f5f5f60a08688031215614339575f5ffd5b8535945060208601359350604086013592506060860135915060808601356001600160401b0381111561436a575f5ffd5b614376888289016138ce565b9150509295509295909350565b602080825282518282018190525f918401906040840190835b81811015613b2657835183526020938401939092019160010161439c565b5f5f5f606084860312156143cc575f5ffd5b83359250602084013591506143e360408501613e78565b90509250925092565b5f5f5f5f5f5f5f5f6080898b031215614403575f5ffd5b88356001600160401b03811115614418575f5ffd5b6144248b828c01613c4c565b90995097505060208901356001600160401b03811115614442575f5ffd5b61444e8b828c01613c4c565b90975095505060408901356001600160401b0381111561446c575f5ffd5b6144788b828c01613c4c565b90955093505060608901356001600160401b03811115614496575f5ffd5b6144a28b828c01613c4c565b999c989b5096995094979396929594505050565b610400810181835f5b6020811015612ab657815160030b8352602092830192909101906001016144bf565b5f5f5f5f5f5f60a087890312156144f6575f5ffd5b8635955060208701359450604087013593506060870135925060808701356001600160401b03811115613e25575f5ffd5b5f5f6104208385031215614539575f5ffd5b82356001600160401b0381111561454e575f5ffd5b61455a85828601613841565b92505083603f84011261456b575f5ffd5b61040061457781613811565b90508061042085018681111561458b575f5ffd5b602086015b818110156145af576145a18161417b565b845260209384019301614590565b5093969095509350505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610995576109956145bc565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215614607575f5ffd5b610c2c8261417b565b634e487b7160e01b5f52601260045260245ffd5b5f8261463257614632614610565b500690565b5f8261464557614645614610565b500490565b8082028115828204841417610995576109956145bc565b80820180821115610995576109956145bc565b5f60208284031215614684575f5ffd5b610c2c82613ba8565b5f6020828403121561469d575f5ffd5b610c2c82613e78565b8181035f831280158383131683831282161715610c0757610c076145bc565b8082018281125f8312801582168215821617156146e4576146e46145bc565b505092915050565b8082025f8212600160ff1b84141615614707576147076145bc565b8181058314821517610995576109956145bc565b5f600160ff1b820161472f5761472f6145bc565b505f039056",
}

// CanonHarness is an auto generated Go binding around an Ethereum contract.
type CanonHarness struct {
	abi abi.ABI
}

// NewCanonHarness creates a new instance of CanonHarness.
func NewCanonHarness() *CanonHarness {
	parsed, err := CanonHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CanonHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CanonHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAddSat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f10ef6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addSat(int256 a, int256 b) pure returns(int32)
func (canonHarness *CanonHarness) PackAddSat(a *big.Int, b *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("addSat", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddSat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f10ef6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addSat(int256 a, int256 b) pure returns(int32)
func (canonHarness *CanonHarness) TryPackAddSat(a *big.Int, b *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("addSat", a, b)
}

// UnpackAddSat is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f10ef6d.
//
// Solidity: function addSat(int256 a, int256 b) pure returns(int32)
func (canonHarness *CanonHarness) UnpackAddSat(data []byte) (int32, error) {
	out, err := canonHarness.abi.Unpack("addSat", data)
	if err != nil {
		return *new(int32), err
	}
	out0 := *abi.ConvertType(out[0], new(int32)).(*int32)
	return out0, nil
}

// PackAddSatBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd0df86d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addSatBatch(int256[] a, int256[] b) pure returns(int32[] r)
func (canonHarness *CanonHarness) PackAddSatBatch(a []*big.Int, b []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("addSatBatch", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddSatBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd0df86d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addSatBatch(int256[] a, int256[] b) pure returns(int32[] r)
func (canonHarness *CanonHarness) TryPackAddSatBatch(a []*big.Int, b []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("addSatBatch", a, b)
}

// UnpackAddSatBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd0df86d.
//
// Solidity: function addSatBatch(int256[] a, int256[] b) pure returns(int32[] r)
func (canonHarness *CanonHarness) UnpackAddSatBatch(data []byte) ([]int32, error) {
	out, err := canonHarness.abi.Unpack("addSatBatch", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}

// PackArgmax is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b2832db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function argmax(int32[] logits) pure returns(uint256)
func (canonHarness *CanonHarness) PackArgmax(logits []int32) []byte {
	enc, err := canonHarness.abi.Pack("argmax", logits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArgmax is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b2832db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function argmax(int32[] logits) pure returns(uint256)
func (canonHarness *CanonHarness) TryPackArgmax(logits []int32) ([]byte, error) {
	return canonHarness.abi.Pack("argmax", logits)
}

// UnpackArgmax is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b2832db.
//
// Solidity: function argmax(int32[] logits) pure returns(uint256)
func (canonHarness *CanonHarness) UnpackArgmax(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("argmax", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAttnScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d8da415.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attnScore(int256 dot, uint256 headDim) pure returns(int32)
func (canonHarness *CanonHarness) PackAttnScore(dot *big.Int, headDim *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("attnScore", dot, headDim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttnScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d8da415.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attnScore(int256 dot, uint256 headDim) pure returns(int32)
func (canonHarness *CanonHarness) TryPackAttnScore(dot *big.Int, headDim *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("attnScore", dot, headDim)
}

// UnpackAttnScore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d8da415.
//
// Solidity: function attnScore(int256 dot, uint256 headDim) pure returns(int32)
func (canonHarness *CanonHarness) UnpackAttnScore(data []byte) (int32, error) {
	out, err := canonHarness.abi.Unpack("attnScore", data)
	if err != nil {
		return *new(int32), err
	}
	out0 := *abi.ConvertType(out[0], new(int32)).(*int32)
	return out0, nil
}

// PackAttnScoreBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a9d3bdc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attnScoreBatch(int256[] dot, uint256[] headDim) pure returns(int32[] r)
func (canonHarness *CanonHarness) PackAttnScoreBatch(dot []*big.Int, headDim []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("attnScoreBatch", dot, headDim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttnScoreBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a9d3bdc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attnScoreBatch(int256[] dot, uint256[] headDim) pure returns(int32[] r)
func (canonHarness *CanonHarness) TryPackAttnScoreBatch(dot []*big.Int, headDim []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("attnScoreBatch", dot, headDim)
}

// UnpackAttnScoreBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a9d3bdc.
//
// Solidity: function attnScoreBatch(int256[] dot, uint256[] headDim) pure returns(int32[] r)
func (canonHarness *CanonHarness) UnpackAttnScoreBatch(data []byte) ([]int32, error) {
	out, err := canonHarness.abi.Unpack("attnScoreBatch", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}

// PackBlockDot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa36e247.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blockDot(bytes blk, int8[32] q) pure returns(int256)
func (canonHarness *CanonHarness) PackBlockDot(blk []byte, q [32]int8) []byte {
	enc, err := canonHarness.abi.Pack("blockDot", blk, q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlockDot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa36e247.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blockDot(bytes blk, int8[32] q) pure returns(int256)
func (canonHarness *CanonHarness) TryPackBlockDot(blk []byte, q [32]int8) ([]byte, error) {
	return canonHarness.abi.Pack("blockDot", blk, q)
}

// UnpackBlockDot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfa36e247.
//
// Solidity: function blockDot(bytes blk, int8[32] q) pure returns(int256)
func (canonHarness *CanonHarness) UnpackBlockDot(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("blockDot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDotExact is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66088c7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dotExact(int32[] a, int32[] b) pure returns(int256)
func (canonHarness *CanonHarness) PackDotExact(a []int32, b []int32) []byte {
	enc, err := canonHarness.abi.Pack("dotExact", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDotExact is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66088c7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dotExact(int32[] a, int32[] b) pure returns(int256)
func (canonHarness *CanonHarness) TryPackDotExact(a []int32, b []int32) ([]byte, error) {
	return canonHarness.abi.Pack("dotExact", a, b)
}

// UnpackDotExact is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66088c7f.
//
// Solidity: function dotExact(int32[] a, int32[] b) pure returns(int256)
func (canonHarness *CanonHarness) UnpackDotExact(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("dotExact", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDotRow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e96e19d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dotRow(bytes row, bytes q, int256[] amax) pure returns(int32)
func (canonHarness *CanonHarness) PackDotRow(row []byte, q []byte, amax []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("dotRow", row, q, amax)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDotRow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e96e19d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dotRow(bytes row, bytes q, int256[] amax) pure returns(int32)
func (canonHarness *CanonHarness) TryPackDotRow(row []byte, q []byte, amax []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("dotRow", row, q, amax)
}

// UnpackDotRow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e96e19d.
//
// Solidity: function dotRow(bytes row, bytes q, int256[] amax) pure returns(int32)
func (canonHarness *CanonHarness) UnpackDotRow(data []byte) (int32, error) {
	out, err := canonHarness.abi.Unpack("dotRow", data)
	if err != nil {
		return *new(int32), err
	}
	out0 := *abi.ConvertType(out[0], new(int32)).(*int32)
	return out0, nil
}

// PackDotRowBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f6e55e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dotRowBatch(bytes[] rows, bytes q, int256[] amax) pure returns(int32[] y)
func (canonHarness *CanonHarness) PackDotRowBatch(rows [][]byte, q []byte, amax []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("dotRowBatch", rows, q, amax)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDotRowBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f6e55e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dotRowBatch(bytes[] rows, bytes q, int256[] amax) pure returns(int32[] y)
func (canonHarness *CanonHarness) TryPackDotRowBatch(rows [][]byte, q []byte, amax []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("dotRowBatch", rows, q, amax)
}

// UnpackDotRowBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0f6e55e7.
//
// Solidity: function dotRowBatch(bytes[] rows, bytes q, int256[] amax) pure returns(int32[] y)
func (canonHarness *CanonHarness) UnpackDotRowBatch(data []byte) ([]int32, error) {
	out, err := canonHarness.abi.Unpack("dotRowBatch", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}

// PackDotRowGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11817d69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dotRowGas(bytes row, bytes q, int256[] amax) view returns(int32 y, uint256 gasUsed)
func (canonHarness *CanonHarness) PackDotRowGas(row []byte, q []byte, amax []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("dotRowGas", row, q, amax)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDotRowGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11817d69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dotRowGas(bytes row, bytes q, int256[] amax) view returns(int32 y, uint256 gasUsed)
func (canonHarness *CanonHarness) TryPackDotRowGas(row []byte, q []byte, amax []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("dotRowGas", row, q, amax)
}

// DotRowGasOutput serves as a container for the return parameters of contract
// method DotRowGas.
type DotRowGasOutput struct {
	Y       int32
	GasUsed *big.Int
}

// UnpackDotRowGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11817d69.
//
// Solidity: function dotRowGas(bytes row, bytes q, int256[] amax) view returns(int32 y, uint256 gasUsed)
func (canonHarness *CanonHarness) UnpackDotRowGas(data []byte) (DotRowGasOutput, error) {
	out, err := canonHarness.abi.Unpack("dotRowGas", data)
	outstruct := new(DotRowGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Y = *abi.ConvertType(out[0], new(int32)).(*int32)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackDotRowPartial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe830d2a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dotRowPartial(bytes row, bytes q, int256[] amax, uint256 fromBlock, uint256 toBlock) pure returns(int256)
func (canonHarness *CanonHarness) PackDotRowPartial(row []byte, q []byte, amax []*big.Int, fromBlock *big.Int, toBlock *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("dotRowPartial", row, q, amax, fromBlock, toBlock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDotRowPartial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe830d2a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dotRowPartial(bytes row, bytes q, int256[] amax, uint256 fromBlock, uint256 toBlock) pure returns(int256)
func (canonHarness *CanonHarness) TryPackDotRowPartial(row []byte, q []byte, amax []*big.Int, fromBlock *big.Int, toBlock *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("dotRowPartial", row, q, amax, fromBlock, toBlock)
}

// UnpackDotRowPartial is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe830d2a0.
//
// Solidity: function dotRowPartial(bytes row, bytes q, int256[] amax, uint256 fromBlock, uint256 toBlock) pure returns(int256)
func (canonHarness *CanonHarness) UnpackDotRowPartial(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("dotRowPartial", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDotRowPartialGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09f84787.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dotRowPartialGas(bytes row, bytes q, int256[] amax, uint256 fromBlock, uint256 toBlock) view returns(int256 acc, uint256 gasUsed)
func (canonHarness *CanonHarness) PackDotRowPartialGas(row []byte, q []byte, amax []*big.Int, fromBlock *big.Int, toBlock *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("dotRowPartialGas", row, q, amax, fromBlock, toBlock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDotRowPartialGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09f84787.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dotRowPartialGas(bytes row, bytes q, int256[] amax, uint256 fromBlock, uint256 toBlock) view returns(int256 acc, uint256 gasUsed)
func (canonHarness *CanonHarness) TryPackDotRowPartialGas(row []byte, q []byte, amax []*big.Int, fromBlock *big.Int, toBlock *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("dotRowPartialGas", row, q, amax, fromBlock, toBlock)
}

// DotRowPartialGasOutput serves as a container for the return parameters of contract
// method DotRowPartialGas.
type DotRowPartialGasOutput struct {
	Acc     *big.Int
	GasUsed *big.Int
}

// UnpackDotRowPartialGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09f84787.
//
// Solidity: function dotRowPartialGas(bytes row, bytes q, int256[] amax, uint256 fromBlock, uint256 toBlock) view returns(int256 acc, uint256 gasUsed)
func (canonHarness *CanonHarness) UnpackDotRowPartialGas(data []byte) (DotRowPartialGasOutput, error) {
	out, err := canonHarness.abi.Unpack("dotRowPartialGas", data)
	outstruct := new(DotRowPartialGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Acc = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackEmbed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8545fa1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function embed(int8 q, int256 d24) pure returns(int32)
func (canonHarness *CanonHarness) PackEmbed(q int8, d24 *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("embed", q, d24)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmbed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8545fa1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function embed(int8 q, int256 d24) pure returns(int32)
func (canonHarness *CanonHarness) TryPackEmbed(q int8, d24 *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("embed", q, d24)
}

// UnpackEmbed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8545fa1a.
//
// Solidity: function embed(int8 q, int256 d24) pure returns(int32)
func (canonHarness *CanonHarness) UnpackEmbed(data []byte) (int32, error) {
	out, err := canonHarness.abi.Unpack("embed", data)
	if err != nil {
		return *new(int32), err
	}
	out0 := *abi.ConvertType(out[0], new(int32)).(*int32)
	return out0, nil
}

// PackEmbedBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x437c2f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function embedBatch(int8[] q, int256[] d24) pure returns(int32[] r)
func (canonHarness *CanonHarness) PackEmbedBatch(q []int8, d24 []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("embedBatch", q, d24)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmbedBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x437c2f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function embedBatch(int8[] q, int256[] d24) pure returns(int32[] r)
func (canonHarness *CanonHarness) TryPackEmbedBatch(q []int8, d24 []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("embedBatch", q, d24)
}

// UnpackEmbedBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x437c2f25.
//
// Solidity: function embedBatch(int8[] q, int256[] d24) pure returns(int32[] r)
func (canonHarness *CanonHarness) UnpackEmbedBatch(data []byte) ([]int32, error) {
	out, err := canonHarness.abi.Unpack("embedBatch", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}

// PackEmbedBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7ee85c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function embedBlock(bytes blk) pure returns(int32[32])
func (canonHarness *CanonHarness) PackEmbedBlock(blk []byte) []byte {
	enc, err := canonHarness.abi.Pack("embedBlock", blk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmbedBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7ee85c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function embedBlock(bytes blk) pure returns(int32[32])
func (canonHarness *CanonHarness) TryPackEmbedBlock(blk []byte) ([]byte, error) {
	return canonHarness.abi.Pack("embedBlock", blk)
}

// UnpackEmbedBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7ee85c6.
//
// Solidity: function embedBlock(bytes blk) pure returns(int32[32])
func (canonHarness *CanonHarness) UnpackEmbedBlock(data []byte) ([32]int32, error) {
	out, err := canonHarness.abi.Unpack("embedBlock", data)
	if err != nil {
		return *new([32]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([32]int32)).(*[32]int32)
	return out0, nil
}

// PackExpNeg is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ee34e78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expNeg(int256 x) pure returns(int256)
func (canonHarness *CanonHarness) PackExpNeg(x *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("expNeg", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpNeg is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ee34e78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expNeg(int256 x) pure returns(int256)
func (canonHarness *CanonHarness) TryPackExpNeg(x *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("expNeg", x)
}

// UnpackExpNeg is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ee34e78.
//
// Solidity: function expNeg(int256 x) pure returns(int256)
func (canonHarness *CanonHarness) UnpackExpNeg(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("expNeg", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExpNegBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2d3139d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expNegBatch(int256[] x) pure returns(int256[] r)
func (canonHarness *CanonHarness) PackExpNegBatch(x []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("expNegBatch", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpNegBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2d3139d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expNegBatch(int256[] x) pure returns(int256[] r)
func (canonHarness *CanonHarness) TryPackExpNegBatch(x []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("expNegBatch", x)
}

// UnpackExpNegBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2d3139d.
//
// Solidity: function expNegBatch(int256[] x) pure returns(int256[] r)
func (canonHarness *CanonHarness) UnpackExpNegBatch(data []byte) ([]*big.Int, error) {
	out, err := canonHarness.abi.Unpack("expNegBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackFinishDot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b7dd8d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finishDot(int256 acc) pure returns(int32)
func (canonHarness *CanonHarness) PackFinishDot(acc *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("finishDot", acc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinishDot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b7dd8d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finishDot(int256 acc) pure returns(int32)
func (canonHarness *CanonHarness) TryPackFinishDot(acc *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("finishDot", acc)
}

// UnpackFinishDot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b7dd8d7.
//
// Solidity: function finishDot(int256 acc) pure returns(int32)
func (canonHarness *CanonHarness) UnpackFinishDot(data []byte) (int32, error) {
	out, err := canonHarness.abi.Unpack("finishDot", data)
	if err != nil {
		return *new(int32), err
	}
	out0 := *abi.ConvertType(out[0], new(int32)).(*int32)
	return out0, nil
}

// PackFp16ToD24 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab417402.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fp16ToD24(uint16 h) pure returns(int256)
func (canonHarness *CanonHarness) PackFp16ToD24(h uint16) []byte {
	enc, err := canonHarness.abi.Pack("fp16ToD24", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFp16ToD24 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab417402.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fp16ToD24(uint16 h) pure returns(int256)
func (canonHarness *CanonHarness) TryPackFp16ToD24(h uint16) ([]byte, error) {
	return canonHarness.abi.Pack("fp16ToD24", h)
}

// UnpackFp16ToD24 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab417402.
//
// Solidity: function fp16ToD24(uint16 h) pure returns(int256)
func (canonHarness *CanonHarness) UnpackFp16ToD24(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("fp16ToD24", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFp16ToD24Batch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25c7add0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fp16ToD24Batch(uint16[] h) pure returns(int256[] r)
func (canonHarness *CanonHarness) PackFp16ToD24Batch(h []uint16) []byte {
	enc, err := canonHarness.abi.Pack("fp16ToD24Batch", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFp16ToD24Batch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25c7add0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fp16ToD24Batch(uint16[] h) pure returns(int256[] r)
func (canonHarness *CanonHarness) TryPackFp16ToD24Batch(h []uint16) ([]byte, error) {
	return canonHarness.abi.Pack("fp16ToD24Batch", h)
}

// UnpackFp16ToD24Batch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25c7add0.
//
// Solidity: function fp16ToD24Batch(uint16[] h) pure returns(int256[] r)
func (canonHarness *CanonHarness) UnpackFp16ToD24Batch(data []byte) ([]*big.Int, error) {
	out, err := canonHarness.abi.Unpack("fp16ToD24Batch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackHashPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3695a940.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashPair(bytes32 left, bytes32 right) pure returns(bytes32)
func (canonHarness *CanonHarness) PackHashPair(left [32]byte, right [32]byte) []byte {
	enc, err := canonHarness.abi.Pack("hashPair", left, right)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashPair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3695a940.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashPair(bytes32 left, bytes32 right) pure returns(bytes32)
func (canonHarness *CanonHarness) TryPackHashPair(left [32]byte, right [32]byte) ([]byte, error) {
	return canonHarness.abi.Pack("hashPair", left, right)
}

// UnpackHashPair is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3695a940.
//
// Solidity: function hashPair(bytes32 left, bytes32 right) pure returns(bytes32)
func (canonHarness *CanonHarness) UnpackHashPair(data []byte) ([32]byte, error) {
	out, err := canonHarness.abi.Unpack("hashPair", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsqrt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56464884.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isqrt(uint256 n) pure returns(uint256)
func (canonHarness *CanonHarness) PackIsqrt(n *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("isqrt", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsqrt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56464884.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isqrt(uint256 n) pure returns(uint256)
func (canonHarness *CanonHarness) TryPackIsqrt(n *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("isqrt", n)
}

// UnpackIsqrt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56464884.
//
// Solidity: function isqrt(uint256 n) pure returns(uint256)
func (canonHarness *CanonHarness) UnpackIsqrt(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("isqrt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsqrtBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1689b54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isqrtBatch(uint256[] n) pure returns(uint256[] r)
func (canonHarness *CanonHarness) PackIsqrtBatch(n []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("isqrtBatch", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsqrtBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1689b54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isqrtBatch(uint256[] n) pure returns(uint256[] r)
func (canonHarness *CanonHarness) TryPackIsqrtBatch(n []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("isqrtBatch", n)
}

// UnpackIsqrtBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1689b54.
//
// Solidity: function isqrtBatch(uint256[] n) pure returns(uint256[] r)
func (canonHarness *CanonHarness) UnpackIsqrtBatch(data []byte) ([]*big.Int, error) {
	out, err := canonHarness.abi.Unpack("isqrtBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac764322.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafHash(bytes data) pure returns(bytes32)
func (canonHarness *CanonHarness) PackLeafHash(data []byte) []byte {
	enc, err := canonHarness.abi.Pack("leafHash", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac764322.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafHash(bytes data) pure returns(bytes32)
func (canonHarness *CanonHarness) TryPackLeafHash(data []byte) ([]byte, error) {
	return canonHarness.abi.Pack("leafHash", data)
}

// UnpackLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac764322.
//
// Solidity: function leafHash(bytes data) pure returns(bytes32)
func (canonHarness *CanonHarness) UnpackLeafHash(data []byte) ([32]byte, error) {
	out, err := canonHarness.abi.Unpack("leafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQuantize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53a70410.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quantize(int32[] x) pure returns(bytes q, int256[] amax)
func (canonHarness *CanonHarness) PackQuantize(x []int32) []byte {
	enc, err := canonHarness.abi.Pack("quantize", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuantize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53a70410.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quantize(int32[] x) pure returns(bytes q, int256[] amax)
func (canonHarness *CanonHarness) TryPackQuantize(x []int32) ([]byte, error) {
	return canonHarness.abi.Pack("quantize", x)
}

// QuantizeOutput serves as a container for the return parameters of contract
// method Quantize.
type QuantizeOutput struct {
	Q    []byte
	Amax []*big.Int
}

// UnpackQuantize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x53a70410.
//
// Solidity: function quantize(int32[] x) pure returns(bytes q, int256[] amax)
func (canonHarness *CanonHarness) UnpackQuantize(data []byte) (QuantizeOutput, error) {
	out, err := canonHarness.abi.Unpack("quantize", data)
	outstruct := new(QuantizeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Q = *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	outstruct.Amax = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackQuantizeBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0be757.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quantizeBlock(int32[32] x) pure returns(int8[32] q, int256 amax)
func (canonHarness *CanonHarness) PackQuantizeBlock(x [32]int32) []byte {
	enc, err := canonHarness.abi.Pack("quantizeBlock", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuantizeBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0be757.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quantizeBlock(int32[32] x) pure returns(int8[32] q, int256 amax)
func (canonHarness *CanonHarness) TryPackQuantizeBlock(x [32]int32) ([]byte, error) {
	return canonHarness.abi.Pack("quantizeBlock", x)
}

// QuantizeBlockOutput serves as a container for the return parameters of contract
// method QuantizeBlock.
type QuantizeBlockOutput struct {
	Q    [32]int8
	Amax *big.Int
}

// UnpackQuantizeBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b0be757.
//
// Solidity: function quantizeBlock(int32[32] x) pure returns(int8[32] q, int256 amax)
func (canonHarness *CanonHarness) UnpackQuantizeBlock(data []byte) (QuantizeBlockOutput, error) {
	out, err := canonHarness.abi.Unpack("quantizeBlock", data)
	outstruct := new(QuantizeBlockOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Q = *abi.ConvertType(out[0], new([32]int8)).(*[32]int8)
	outstruct.Amax = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackQuantizeBlockBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab317de3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quantizeBlockBatch(int32[] x) pure returns(int8[] q, int256[] amax)
func (canonHarness *CanonHarness) PackQuantizeBlockBatch(x []int32) []byte {
	enc, err := canonHarness.abi.Pack("quantizeBlockBatch", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuantizeBlockBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab317de3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quantizeBlockBatch(int32[] x) pure returns(int8[] q, int256[] amax)
func (canonHarness *CanonHarness) TryPackQuantizeBlockBatch(x []int32) ([]byte, error) {
	return canonHarness.abi.Pack("quantizeBlockBatch", x)
}

// QuantizeBlockBatchOutput serves as a container for the return parameters of contract
// method QuantizeBlockBatch.
type QuantizeBlockBatchOutput struct {
	Q    []int8
	Amax []*big.Int
}

// UnpackQuantizeBlockBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab317de3.
//
// Solidity: function quantizeBlockBatch(int32[] x) pure returns(int8[] q, int256[] amax)
func (canonHarness *CanonHarness) UnpackQuantizeBlockBatch(data []byte) (QuantizeBlockBatchOutput, error) {
	out, err := canonHarness.abi.Unpack("quantizeBlockBatch", data)
	outstruct := new(QuantizeBlockBatchOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Q = *abi.ConvertType(out[0], new([]int8)).(*[]int8)
	outstruct.Amax = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackRandom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89f50485.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function random(bytes32 seed, uint64 step) pure returns(uint256)
func (canonHarness *CanonHarness) PackRandom(seed [32]byte, step uint64) []byte {
	enc, err := canonHarness.abi.Pack("random", seed, step)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRandom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89f50485.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function random(bytes32 seed, uint64 step) pure returns(uint256)
func (canonHarness *CanonHarness) TryPackRandom(seed [32]byte, step uint64) ([]byte, error) {
	return canonHarness.abi.Pack("random", seed, step)
}

// UnpackRandom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89f50485.
//
// Solidity: function random(bytes32 seed, uint64 step) pure returns(uint256)
func (canonHarness *CanonHarness) UnpackRandom(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("random", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRdiv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b02890.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rdiv(int256 n, int256 d) pure returns(int256)
func (canonHarness *CanonHarness) PackRdiv(n *big.Int, d *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("rdiv", n, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRdiv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b02890.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rdiv(int256 n, int256 d) pure returns(int256)
func (canonHarness *CanonHarness) TryPackRdiv(n *big.Int, d *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("rdiv", n, d)
}

// UnpackRdiv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6b02890.
//
// Solidity: function rdiv(int256 n, int256 d) pure returns(int256)
func (canonHarness *CanonHarness) UnpackRdiv(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("rdiv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRdivBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67ffab8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rdivBatch(int256[] n, int256[] d) pure returns(int256[] r)
func (canonHarness *CanonHarness) PackRdivBatch(n []*big.Int, d []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("rdivBatch", n, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRdivBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67ffab8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rdivBatch(int256[] n, int256[] d) pure returns(int256[] r)
func (canonHarness *CanonHarness) TryPackRdivBatch(n []*big.Int, d []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("rdivBatch", n, d)
}

// UnpackRdivBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67ffab8b.
//
// Solidity: function rdivBatch(int256[] n, int256[] d) pure returns(int256[] r)
func (canonHarness *CanonHarness) UnpackRdivBatch(data []byte) ([]*big.Int, error) {
	out, err := canonHarness.abi.Unpack("rdivBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackRmsApply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96665242.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rmsApply(int256 x, int256 w, int256 rms) pure returns(int32)
func (canonHarness *CanonHarness) PackRmsApply(x *big.Int, w *big.Int, rms *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("rmsApply", x, w, rms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRmsApply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96665242.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rmsApply(int256 x, int256 w, int256 rms) pure returns(int32)
func (canonHarness *CanonHarness) TryPackRmsApply(x *big.Int, w *big.Int, rms *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("rmsApply", x, w, rms)
}

// UnpackRmsApply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96665242.
//
// Solidity: function rmsApply(int256 x, int256 w, int256 rms) pure returns(int32)
func (canonHarness *CanonHarness) UnpackRmsApply(data []byte) (int32, error) {
	out, err := canonHarness.abi.Unpack("rmsApply", data)
	if err != nil {
		return *new(int32), err
	}
	out0 := *abi.ConvertType(out[0], new(int32)).(*int32)
	return out0, nil
}

// PackRmsApplyBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a68886.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rmsApplyBatch(int256[] x, int256[] w, int256[] rms) pure returns(int32[] r)
func (canonHarness *CanonHarness) PackRmsApplyBatch(x []*big.Int, w []*big.Int, rms []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("rmsApplyBatch", x, w, rms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRmsApplyBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a68886.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rmsApplyBatch(int256[] x, int256[] w, int256[] rms) pure returns(int32[] r)
func (canonHarness *CanonHarness) TryPackRmsApplyBatch(x []*big.Int, w []*big.Int, rms []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("rmsApplyBatch", x, w, rms)
}

// UnpackRmsApplyBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9a68886.
//
// Solidity: function rmsApplyBatch(int256[] x, int256[] w, int256[] rms) pure returns(int32[] r)
func (canonHarness *CanonHarness) UnpackRmsApplyBatch(data []byte) ([]int32, error) {
	out, err := canonHarness.abi.Unpack("rmsApplyBatch", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}

// PackRmsInv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a5bed62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rmsInv(int256 sumSq, uint256 n, int256 epsQ32) pure returns(int256)
func (canonHarness *CanonHarness) PackRmsInv(sumSq *big.Int, n *big.Int, epsQ32 *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("rmsInv", sumSq, n, epsQ32)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRmsInv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a5bed62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rmsInv(int256 sumSq, uint256 n, int256 epsQ32) pure returns(int256)
func (canonHarness *CanonHarness) TryPackRmsInv(sumSq *big.Int, n *big.Int, epsQ32 *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("rmsInv", sumSq, n, epsQ32)
}

// UnpackRmsInv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a5bed62.
//
// Solidity: function rmsInv(int256 sumSq, uint256 n, int256 epsQ32) pure returns(int256)
func (canonHarness *CanonHarness) UnpackRmsInv(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("rmsInv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRmsInvBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45066bc5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rmsInvBatch(int256[] sumSq, uint256[] n, int256[] eps) pure returns(int256[] r)
func (canonHarness *CanonHarness) PackRmsInvBatch(sumSq []*big.Int, n []*big.Int, eps []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("rmsInvBatch", sumSq, n, eps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRmsInvBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45066bc5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rmsInvBatch(int256[] sumSq, uint256[] n, int256[] eps) pure returns(int256[] r)
func (canonHarness *CanonHarness) TryPackRmsInvBatch(sumSq []*big.Int, n []*big.Int, eps []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("rmsInvBatch", sumSq, n, eps)
}

// UnpackRmsInvBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45066bc5.
//
// Solidity: function rmsInvBatch(int256[] sumSq, uint256[] n, int256[] eps) pure returns(int256[] r)
func (canonHarness *CanonHarness) UnpackRmsInvBatch(data []byte) ([]*big.Int, error) {
	out, err := canonHarness.abi.Unpack("rmsInvBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackRootFromProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x455848fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootFromProof(bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) PackRootFromProof(leaf [32]byte, index *big.Int, proof [][32]byte) []byte {
	enc, err := canonHarness.abi.Pack("rootFromProof", leaf, index, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootFromProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x455848fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootFromProof(bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) TryPackRootFromProof(leaf [32]byte, index *big.Int, proof [][32]byte) ([]byte, error) {
	return canonHarness.abi.Pack("rootFromProof", leaf, index, proof)
}

// UnpackRootFromProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x455848fa.
//
// Solidity: function rootFromProof(bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) UnpackRootFromProof(data []byte) ([32]byte, error) {
	out, err := canonHarness.abi.Unpack("rootFromProof", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRootFromProofCalldata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50cc7a0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootFromProofCalldata(bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) PackRootFromProofCalldata(leaf [32]byte, index *big.Int, proof [][32]byte) []byte {
	enc, err := canonHarness.abi.Pack("rootFromProofCalldata", leaf, index, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootFromProofCalldata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50cc7a0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootFromProofCalldata(bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) TryPackRootFromProofCalldata(leaf [32]byte, index *big.Int, proof [][32]byte) ([]byte, error) {
	return canonHarness.abi.Pack("rootFromProofCalldata", leaf, index, proof)
}

// UnpackRootFromProofCalldata is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50cc7a0c.
//
// Solidity: function rootFromProofCalldata(bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) UnpackRootFromProofCalldata(data []byte) ([32]byte, error) {
	out, err := canonHarness.abi.Unpack("rootFromProofCalldata", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRopePair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7468ba65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ropePair(int256 x0, int256 x1, int256 c, int256 s) pure returns(int32 y0, int32 y1)
func (canonHarness *CanonHarness) PackRopePair(x0 *big.Int, x1 *big.Int, c *big.Int, s *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("ropePair", x0, x1, c, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRopePair is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7468ba65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ropePair(int256 x0, int256 x1, int256 c, int256 s) pure returns(int32 y0, int32 y1)
func (canonHarness *CanonHarness) TryPackRopePair(x0 *big.Int, x1 *big.Int, c *big.Int, s *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("ropePair", x0, x1, c, s)
}

// RopePairOutput serves as a container for the return parameters of contract
// method RopePair.
type RopePairOutput struct {
	Y0 int32
	Y1 int32
}

// UnpackRopePair is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7468ba65.
//
// Solidity: function ropePair(int256 x0, int256 x1, int256 c, int256 s) pure returns(int32 y0, int32 y1)
func (canonHarness *CanonHarness) UnpackRopePair(data []byte) (RopePairOutput, error) {
	out, err := canonHarness.abi.Unpack("ropePair", data)
	outstruct := new(RopePairOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Y0 = *abi.ConvertType(out[0], new(int32)).(*int32)
	outstruct.Y1 = *abi.ConvertType(out[1], new(int32)).(*int32)
	return *outstruct, nil
}

// PackRopePairBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f4f955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ropePairBatch(int256[] x0, int256[] x1, int256[] c, int256[] s) pure returns(int32[] y)
func (canonHarness *CanonHarness) PackRopePairBatch(x0 []*big.Int, x1 []*big.Int, c []*big.Int, s []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("ropePairBatch", x0, x1, c, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRopePairBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1f4f955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ropePairBatch(int256[] x0, int256[] x1, int256[] c, int256[] s) pure returns(int32[] y)
func (canonHarness *CanonHarness) TryPackRopePairBatch(x0 []*big.Int, x1 []*big.Int, c []*big.Int, s []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("ropePairBatch", x0, x1, c, s)
}

// UnpackRopePairBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1f4f955.
//
// Solidity: function ropePairBatch(int256[] x0, int256[] x1, int256[] c, int256[] s) pure returns(int32[] y)
func (canonHarness *CanonHarness) UnpackRopePairBatch(data []byte) ([]int32, error) {
	out, err := canonHarness.abi.Unpack("ropePairBatch", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}

// PackRshift is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x787b4d5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rshift(int256 v, uint256 s) pure returns(int256)
func (canonHarness *CanonHarness) PackRshift(v *big.Int, s *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("rshift", v, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRshift is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x787b4d5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rshift(int256 v, uint256 s) pure returns(int256)
func (canonHarness *CanonHarness) TryPackRshift(v *big.Int, s *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("rshift", v, s)
}

// UnpackRshift is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x787b4d5c.
//
// Solidity: function rshift(int256 v, uint256 s) pure returns(int256)
func (canonHarness *CanonHarness) UnpackRshift(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("rshift", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRshiftBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x669e6486.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rshiftBatch(int256[] v, uint256[] s) pure returns(int256[] r)
func (canonHarness *CanonHarness) PackRshiftBatch(v []*big.Int, s []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("rshiftBatch", v, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRshiftBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x669e6486.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rshiftBatch(int256[] v, uint256[] s) pure returns(int256[] r)
func (canonHarness *CanonHarness) TryPackRshiftBatch(v []*big.Int, s []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("rshiftBatch", v, s)
}

// UnpackRshiftBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x669e6486.
//
// Solidity: function rshiftBatch(int256[] v, uint256[] s) pure returns(int256[] r)
func (canonHarness *CanonHarness) UnpackRshiftBatch(data []byte) ([]*big.Int, error) {
	out, err := canonHarness.abi.Unpack("rshiftBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackSample is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55691156.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sample(int32[] logits, uint256[] order, uint32 temperatureMilli, uint32 topK, uint32 topPMicro, bytes32 seed, uint64 step) pure returns(uint256)
func (canonHarness *CanonHarness) PackSample(logits []int32, order []*big.Int, temperatureMilli uint32, topK uint32, topPMicro uint32, seed [32]byte, step uint64) []byte {
	enc, err := canonHarness.abi.Pack("sample", logits, order, temperatureMilli, topK, topPMicro, seed, step)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSample is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55691156.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sample(int32[] logits, uint256[] order, uint32 temperatureMilli, uint32 topK, uint32 topPMicro, bytes32 seed, uint64 step) pure returns(uint256)
func (canonHarness *CanonHarness) TryPackSample(logits []int32, order []*big.Int, temperatureMilli uint32, topK uint32, topPMicro uint32, seed [32]byte, step uint64) ([]byte, error) {
	return canonHarness.abi.Pack("sample", logits, order, temperatureMilli, topK, topPMicro, seed, step)
}

// UnpackSample is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55691156.
//
// Solidity: function sample(int32[] logits, uint256[] order, uint32 temperatureMilli, uint32 topK, uint32 topPMicro, bytes32 seed, uint64 step) pure returns(uint256)
func (canonHarness *CanonHarness) UnpackSample(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("sample", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSampleFromWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x638a59ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleFromWeights(uint256[] weights, uint256 r) pure returns(uint256)
func (canonHarness *CanonHarness) PackSampleFromWeights(weights []*big.Int, r *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("sampleFromWeights", weights, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleFromWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x638a59ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleFromWeights(uint256[] weights, uint256 r) pure returns(uint256)
func (canonHarness *CanonHarness) TryPackSampleFromWeights(weights []*big.Int, r *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("sampleFromWeights", weights, r)
}

// UnpackSampleFromWeights is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x638a59ff.
//
// Solidity: function sampleFromWeights(uint256[] weights, uint256 r) pure returns(uint256)
func (canonHarness *CanonHarness) UnpackSampleFromWeights(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("sampleFromWeights", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSampleWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcfccb35.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleWeight(int256 logit, int256 maxLogit, uint32 temperatureMilli) pure returns(int256)
func (canonHarness *CanonHarness) PackSampleWeight(logit *big.Int, maxLogit *big.Int, temperatureMilli uint32) []byte {
	enc, err := canonHarness.abi.Pack("sampleWeight", logit, maxLogit, temperatureMilli)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcfccb35.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleWeight(int256 logit, int256 maxLogit, uint32 temperatureMilli) pure returns(int256)
func (canonHarness *CanonHarness) TryPackSampleWeight(logit *big.Int, maxLogit *big.Int, temperatureMilli uint32) ([]byte, error) {
	return canonHarness.abi.Pack("sampleWeight", logit, maxLogit, temperatureMilli)
}

// UnpackSampleWeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbcfccb35.
//
// Solidity: function sampleWeight(int256 logit, int256 maxLogit, uint32 temperatureMilli) pure returns(int256)
func (canonHarness *CanonHarness) UnpackSampleWeight(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("sampleWeight", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSampleWeightBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec20320b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleWeightBatch(int256[] logit, int256[] maxLogit, uint32[] temperatureMilli) pure returns(int256[] r)
func (canonHarness *CanonHarness) PackSampleWeightBatch(logit []*big.Int, maxLogit []*big.Int, temperatureMilli []uint32) []byte {
	enc, err := canonHarness.abi.Pack("sampleWeightBatch", logit, maxLogit, temperatureMilli)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleWeightBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec20320b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleWeightBatch(int256[] logit, int256[] maxLogit, uint32[] temperatureMilli) pure returns(int256[] r)
func (canonHarness *CanonHarness) TryPackSampleWeightBatch(logit []*big.Int, maxLogit []*big.Int, temperatureMilli []uint32) ([]byte, error) {
	return canonHarness.abi.Pack("sampleWeightBatch", logit, maxLogit, temperatureMilli)
}

// UnpackSampleWeightBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec20320b.
//
// Solidity: function sampleWeightBatch(int256[] logit, int256[] maxLogit, uint32[] temperatureMilli) pure returns(int256[] r)
func (canonHarness *CanonHarness) UnpackSampleWeightBatch(data []byte) ([]*big.Int, error) {
	out, err := canonHarness.abi.Unpack("sampleWeightBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackSat32 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec282a82.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sat32(int256 v) pure returns(int32)
func (canonHarness *CanonHarness) PackSat32(v *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("sat32", v)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSat32 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec282a82.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sat32(int256 v) pure returns(int32)
func (canonHarness *CanonHarness) TryPackSat32(v *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("sat32", v)
}

// UnpackSat32 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec282a82.
//
// Solidity: function sat32(int256 v) pure returns(int32)
func (canonHarness *CanonHarness) UnpackSat32(data []byte) (int32, error) {
	out, err := canonHarness.abi.Unpack("sat32", data)
	if err != nil {
		return *new(int32), err
	}
	out0 := *abi.ConvertType(out[0], new(int32)).(*int32)
	return out0, nil
}

// PackSat32Batch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4819cabb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sat32Batch(int256[] v) pure returns(int32[] r)
func (canonHarness *CanonHarness) PackSat32Batch(v []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("sat32Batch", v)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSat32Batch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4819cabb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sat32Batch(int256[] v) pure returns(int32[] r)
func (canonHarness *CanonHarness) TryPackSat32Batch(v []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("sat32Batch", v)
}

// UnpackSat32Batch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4819cabb.
//
// Solidity: function sat32Batch(int256[] v) pure returns(int32[] r)
func (canonHarness *CanonHarness) UnpackSat32Batch(data []byte) ([]int32, error) {
	out, err := canonHarness.abi.Unpack("sat32Batch", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}

// PackSigmoid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67fe9add.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sigmoid(int256 x) pure returns(int256)
func (canonHarness *CanonHarness) PackSigmoid(x *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("sigmoid", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSigmoid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67fe9add.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sigmoid(int256 x) pure returns(int256)
func (canonHarness *CanonHarness) TryPackSigmoid(x *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("sigmoid", x)
}

// UnpackSigmoid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x67fe9add.
//
// Solidity: function sigmoid(int256 x) pure returns(int256)
func (canonHarness *CanonHarness) UnpackSigmoid(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("sigmoid", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSigmoidBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8428ff84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sigmoidBatch(int256[] x) pure returns(int256[] r)
func (canonHarness *CanonHarness) PackSigmoidBatch(x []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("sigmoidBatch", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSigmoidBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8428ff84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sigmoidBatch(int256[] x) pure returns(int256[] r)
func (canonHarness *CanonHarness) TryPackSigmoidBatch(x []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("sigmoidBatch", x)
}

// UnpackSigmoidBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8428ff84.
//
// Solidity: function sigmoidBatch(int256[] x) pure returns(int256[] r)
func (canonHarness *CanonHarness) UnpackSigmoidBatch(data []byte) ([]*big.Int, error) {
	out, err := canonHarness.abi.Unpack("sigmoidBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackSilu is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf74e05bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function silu(int256 x) pure returns(int32)
func (canonHarness *CanonHarness) PackSilu(x *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("silu", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSilu is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf74e05bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function silu(int256 x) pure returns(int32)
func (canonHarness *CanonHarness) TryPackSilu(x *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("silu", x)
}

// UnpackSilu is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf74e05bc.
//
// Solidity: function silu(int256 x) pure returns(int32)
func (canonHarness *CanonHarness) UnpackSilu(data []byte) (int32, error) {
	out, err := canonHarness.abi.Unpack("silu", data)
	if err != nil {
		return *new(int32), err
	}
	out0 := *abi.ConvertType(out[0], new(int32)).(*int32)
	return out0, nil
}

// PackSiluBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc43cea75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function siluBatch(int256[] x) pure returns(int32[] r)
func (canonHarness *CanonHarness) PackSiluBatch(x []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("siluBatch", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSiluBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc43cea75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function siluBatch(int256[] x) pure returns(int32[] r)
func (canonHarness *CanonHarness) TryPackSiluBatch(x []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("siluBatch", x)
}

// UnpackSiluBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc43cea75.
//
// Solidity: function siluBatch(int256[] x) pure returns(int32[] r)
func (canonHarness *CanonHarness) UnpackSiluBatch(data []byte) ([]int32, error) {
	out, err := canonHarness.abi.Unpack("siluBatch", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}

// PackSoftmaxProb is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa806e3d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function softmaxProb(int256 e, int256 sum) pure returns(int256)
func (canonHarness *CanonHarness) PackSoftmaxProb(e *big.Int, sum *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("softmaxProb", e, sum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSoftmaxProb is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa806e3d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function softmaxProb(int256 e, int256 sum) pure returns(int256)
func (canonHarness *CanonHarness) TryPackSoftmaxProb(e *big.Int, sum *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("softmaxProb", e, sum)
}

// UnpackSoftmaxProb is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa806e3d1.
//
// Solidity: function softmaxProb(int256 e, int256 sum) pure returns(int256)
func (canonHarness *CanonHarness) UnpackSoftmaxProb(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("softmaxProb", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSoftmaxProbBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33636ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function softmaxProbBatch(int256[] e, int256[] sum) pure returns(int256[] r)
func (canonHarness *CanonHarness) PackSoftmaxProbBatch(e []*big.Int, sum []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("softmaxProbBatch", e, sum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSoftmaxProbBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33636ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function softmaxProbBatch(int256[] e, int256[] sum) pure returns(int256[] r)
func (canonHarness *CanonHarness) TryPackSoftmaxProbBatch(e []*big.Int, sum []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("softmaxProbBatch", e, sum)
}

// UnpackSoftmaxProbBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33636ae.
//
// Solidity: function softmaxProbBatch(int256[] e, int256[] sum) pure returns(int256[] r)
func (canonHarness *CanonHarness) UnpackSoftmaxProbBatch(data []byte) ([]*big.Int, error) {
	out, err := canonHarness.abi.Unpack("softmaxProbBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackSoftmaxWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cca73f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function softmaxWeight(int256 score, int256 maxScore) pure returns(int256)
func (canonHarness *CanonHarness) PackSoftmaxWeight(score *big.Int, maxScore *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("softmaxWeight", score, maxScore)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSoftmaxWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cca73f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function softmaxWeight(int256 score, int256 maxScore) pure returns(int256)
func (canonHarness *CanonHarness) TryPackSoftmaxWeight(score *big.Int, maxScore *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("softmaxWeight", score, maxScore)
}

// UnpackSoftmaxWeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cca73f2.
//
// Solidity: function softmaxWeight(int256 score, int256 maxScore) pure returns(int256)
func (canonHarness *CanonHarness) UnpackSoftmaxWeight(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("softmaxWeight", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSoftmaxWeightBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20b7f895.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function softmaxWeightBatch(int256[] score, int256[] maxScore) pure returns(int256[] r)
func (canonHarness *CanonHarness) PackSoftmaxWeightBatch(score []*big.Int, maxScore []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("softmaxWeightBatch", score, maxScore)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSoftmaxWeightBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20b7f895.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function softmaxWeightBatch(int256[] score, int256[] maxScore) pure returns(int256[] r)
func (canonHarness *CanonHarness) TryPackSoftmaxWeightBatch(score []*big.Int, maxScore []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("softmaxWeightBatch", score, maxScore)
}

// UnpackSoftmaxWeightBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20b7f895.
//
// Solidity: function softmaxWeightBatch(int256[] score, int256[] maxScore) pure returns(int256[] r)
func (canonHarness *CanonHarness) UnpackSoftmaxWeightBatch(data []byte) ([]*big.Int, error) {
	out, err := canonHarness.abi.Unpack("softmaxWeightBatch", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackSumSquares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b9fdbdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sumSquares(int32[] x) pure returns(int256)
func (canonHarness *CanonHarness) PackSumSquares(x []int32) []byte {
	enc, err := canonHarness.abi.Pack("sumSquares", x)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSumSquares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b9fdbdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sumSquares(int32[] x) pure returns(int256)
func (canonHarness *CanonHarness) TryPackSumSquares(x []int32) ([]byte, error) {
	return canonHarness.abi.Pack("sumSquares", x)
}

// UnpackSumSquares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b9fdbdf.
//
// Solidity: function sumSquares(int32[] x) pure returns(int256)
func (canonHarness *CanonHarness) UnpackSumSquares(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("sumSquares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSwiglu is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0b7cf71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function swiglu(int256 g, int256 u) pure returns(int32)
func (canonHarness *CanonHarness) PackSwiglu(g *big.Int, u *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("swiglu", g, u)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSwiglu is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0b7cf71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function swiglu(int256 g, int256 u) pure returns(int32)
func (canonHarness *CanonHarness) TryPackSwiglu(g *big.Int, u *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("swiglu", g, u)
}

// UnpackSwiglu is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0b7cf71.
//
// Solidity: function swiglu(int256 g, int256 u) pure returns(int32)
func (canonHarness *CanonHarness) UnpackSwiglu(data []byte) (int32, error) {
	out, err := canonHarness.abi.Unpack("swiglu", data)
	if err != nil {
		return *new(int32), err
	}
	out0 := *abi.ConvertType(out[0], new(int32)).(*int32)
	return out0, nil
}

// PackSwigluBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x822512ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function swigluBatch(int256[] g, int256[] u) pure returns(int32[] r)
func (canonHarness *CanonHarness) PackSwigluBatch(g []*big.Int, u []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("swigluBatch", g, u)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSwigluBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x822512ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function swigluBatch(int256[] g, int256[] u) pure returns(int32[] r)
func (canonHarness *CanonHarness) TryPackSwigluBatch(g []*big.Int, u []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("swigluBatch", g, u)
}

// UnpackSwigluBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x822512ac.
//
// Solidity: function swigluBatch(int256[] g, int256[] u) pure returns(int32[] r)
func (canonHarness *CanonHarness) UnpackSwigluBatch(data []byte) ([]int32, error) {
	out, err := canonHarness.abi.Unpack("swigluBatch", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}

// PackTopPKeep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8ee274.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function topPKeep(uint256[] weights, uint32 topPMicro) pure returns(uint256)
func (canonHarness *CanonHarness) PackTopPKeep(weights []*big.Int, topPMicro uint32) []byte {
	enc, err := canonHarness.abi.Pack("topPKeep", weights, topPMicro)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTopPKeep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8ee274.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function topPKeep(uint256[] weights, uint32 topPMicro) pure returns(uint256)
func (canonHarness *CanonHarness) TryPackTopPKeep(weights []*big.Int, topPMicro uint32) ([]byte, error) {
	return canonHarness.abi.Pack("topPKeep", weights, topPMicro)
}

// UnpackTopPKeep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e8ee274.
//
// Solidity: function topPKeep(uint256[] weights, uint32 topPMicro) pure returns(uint256)
func (canonHarness *CanonHarness) UnpackTopPKeep(data []byte) (*big.Int, error) {
	out, err := canonHarness.abi.Unpack("topPKeep", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac944d44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function update(bytes32 root, bytes32 oldLeaf, bytes32 newLeaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) PackUpdate(root [32]byte, oldLeaf [32]byte, newLeaf [32]byte, index *big.Int, proof [][32]byte) []byte {
	enc, err := canonHarness.abi.Pack("update", root, oldLeaf, newLeaf, index, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac944d44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function update(bytes32 root, bytes32 oldLeaf, bytes32 newLeaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) TryPackUpdate(root [32]byte, oldLeaf [32]byte, newLeaf [32]byte, index *big.Int, proof [][32]byte) ([]byte, error) {
	return canonHarness.abi.Pack("update", root, oldLeaf, newLeaf, index, proof)
}

// UnpackUpdate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac944d44.
//
// Solidity: function update(bytes32 root, bytes32 oldLeaf, bytes32 newLeaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) UnpackUpdate(data []byte) ([32]byte, error) {
	out, err := canonHarness.abi.Unpack("update", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackUpdateCalldata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf31d3b2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateCalldata(bytes32 root, bytes32 oldLeaf, bytes32 newLeaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) PackUpdateCalldata(root [32]byte, oldLeaf [32]byte, newLeaf [32]byte, index *big.Int, proof [][32]byte) []byte {
	enc, err := canonHarness.abi.Pack("updateCalldata", root, oldLeaf, newLeaf, index, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateCalldata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf31d3b2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateCalldata(bytes32 root, bytes32 oldLeaf, bytes32 newLeaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) TryPackUpdateCalldata(root [32]byte, oldLeaf [32]byte, newLeaf [32]byte, index *big.Int, proof [][32]byte) ([]byte, error) {
	return canonHarness.abi.Pack("updateCalldata", root, oldLeaf, newLeaf, index, proof)
}

// UnpackUpdateCalldata is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf31d3b2b.
//
// Solidity: function updateCalldata(bytes32 root, bytes32 oldLeaf, bytes32 newLeaf, uint256 index, bytes32[] proof) pure returns(bytes32)
func (canonHarness *CanonHarness) UnpackUpdateCalldata(data []byte) ([32]byte, error) {
	out, err := canonHarness.abi.Unpack("updateCalldata", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f49493b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bool)
func (canonHarness *CanonHarness) PackVerify(root [32]byte, leaf [32]byte, index *big.Int, proof [][32]byte) []byte {
	enc, err := canonHarness.abi.Pack("verify", root, leaf, index, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f49493b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bool)
func (canonHarness *CanonHarness) TryPackVerify(root [32]byte, leaf [32]byte, index *big.Int, proof [][32]byte) ([]byte, error) {
	return canonHarness.abi.Pack("verify", root, leaf, index, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f49493b.
//
// Solidity: function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bool)
func (canonHarness *CanonHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := canonHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyCalldata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa37fbbf0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCalldata(bytes32 root, bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bool)
func (canonHarness *CanonHarness) PackVerifyCalldata(root [32]byte, leaf [32]byte, index *big.Int, proof [][32]byte) []byte {
	enc, err := canonHarness.abi.Pack("verifyCalldata", root, leaf, index, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCalldata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa37fbbf0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCalldata(bytes32 root, bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bool)
func (canonHarness *CanonHarness) TryPackVerifyCalldata(root [32]byte, leaf [32]byte, index *big.Int, proof [][32]byte) ([]byte, error) {
	return canonHarness.abi.Pack("verifyCalldata", root, leaf, index, proof)
}

// UnpackVerifyCalldata is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa37fbbf0.
//
// Solidity: function verifyCalldata(bytes32 root, bytes32 leaf, uint256 index, bytes32[] proof) pure returns(bool)
func (canonHarness *CanonHarness) UnpackVerifyCalldata(data []byte) (bool, error) {
	out, err := canonHarness.abi.Unpack("verifyCalldata", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackWeightedSumFinish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc065224.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function weightedSumFinish(int256 acc) pure returns(int32)
func (canonHarness *CanonHarness) PackWeightedSumFinish(acc *big.Int) []byte {
	enc, err := canonHarness.abi.Pack("weightedSumFinish", acc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWeightedSumFinish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc065224.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function weightedSumFinish(int256 acc) pure returns(int32)
func (canonHarness *CanonHarness) TryPackWeightedSumFinish(acc *big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("weightedSumFinish", acc)
}

// UnpackWeightedSumFinish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc065224.
//
// Solidity: function weightedSumFinish(int256 acc) pure returns(int32)
func (canonHarness *CanonHarness) UnpackWeightedSumFinish(data []byte) (int32, error) {
	out, err := canonHarness.abi.Unpack("weightedSumFinish", data)
	if err != nil {
		return *new(int32), err
	}
	out0 := *abi.ConvertType(out[0], new(int32)).(*int32)
	return out0, nil
}

// PackWeightedSumFinishBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6562fc40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function weightedSumFinishBatch(int256[] acc) pure returns(int32[] r)
func (canonHarness *CanonHarness) PackWeightedSumFinishBatch(acc []*big.Int) []byte {
	enc, err := canonHarness.abi.Pack("weightedSumFinishBatch", acc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWeightedSumFinishBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6562fc40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function weightedSumFinishBatch(int256[] acc) pure returns(int32[] r)
func (canonHarness *CanonHarness) TryPackWeightedSumFinishBatch(acc []*big.Int) ([]byte, error) {
	return canonHarness.abi.Pack("weightedSumFinishBatch", acc)
}

// UnpackWeightedSumFinishBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6562fc40.
//
// Solidity: function weightedSumFinishBatch(int256[] acc) pure returns(int32[] r)
func (canonHarness *CanonHarness) UnpackWeightedSumFinishBatch(data []byte) ([]int32, error) {
	out, err := canonHarness.abi.Unpack("weightedSumFinishBatch", data)
	if err != nil {
		return *new([]int32), err
	}
	out0 := *abi.ConvertType(out[0], new([]int32)).(*[]int32)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (canonHarness *CanonHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["AmaxOutOfRange"].ID.Bytes()[:4]) {
		return canonHarness.UnpackAmaxOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["BatchLengthMismatch"].ID.Bytes()[:4]) {
		return canonHarness.UnpackBatchLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["EmptyInput"].ID.Bytes()[:4]) {
		return canonHarness.UnpackEmptyInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return canonHarness.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["InvalidBlock"].ID.Bytes()[:4]) {
		return canonHarness.UnpackInvalidBlockError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["InvalidBlockRange"].ID.Bytes()[:4]) {
		return canonHarness.UnpackInvalidBlockRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["InvalidLength"].ID.Bytes()[:4]) {
		return canonHarness.UnpackInvalidLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["InvalidOrder"].ID.Bytes()[:4]) {
		return canonHarness.UnpackInvalidOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["InvalidProof"].ID.Bytes()[:4]) {
		return canonHarness.UnpackInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["InvalidShift"].ID.Bytes()[:4]) {
		return canonHarness.UnpackInvalidShiftError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return canonHarness.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["NegativeInput"].ID.Bytes()[:4]) {
		return canonHarness.UnpackNegativeInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["NonFiniteScale"].ID.Bytes()[:4]) {
		return canonHarness.UnpackNonFiniteScaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["NonPositiveDivisor"].ID.Bytes()[:4]) {
		return canonHarness.UnpackNonPositiveDivisorError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["NotInt32"].ID.Bytes()[:4]) {
		return canonHarness.UnpackNotInt32Error(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["NotProbability"].ID.Bytes()[:4]) {
		return canonHarness.UnpackNotProbabilityError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["ScaleOutOfRange"].ID.Bytes()[:4]) {
		return canonHarness.UnpackScaleOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["WeightOutOfRange"].ID.Bytes()[:4]) {
		return canonHarness.UnpackWeightOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["ZeroCount"].ID.Bytes()[:4]) {
		return canonHarness.UnpackZeroCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], canonHarness.abi.Errors["ZeroTotalWeight"].ID.Bytes()[:4]) {
		return canonHarness.UnpackZeroTotalWeightError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CanonHarnessAmaxOutOfRange represents a AmaxOutOfRange error raised by the CanonHarness contract.
type CanonHarnessAmaxOutOfRange struct {
	BlockIndex *big.Int
	Amax       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmaxOutOfRange(uint256 blockIndex, int256 amax)
func CanonHarnessAmaxOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xb1ca2eae0c0c99a9275f138775863acc3606c89fb3987d8175ec5a9a1a7c6e1d")
}

// UnpackAmaxOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmaxOutOfRange(uint256 blockIndex, int256 amax)
func (canonHarness *CanonHarness) UnpackAmaxOutOfRangeError(raw []byte) (*CanonHarnessAmaxOutOfRange, error) {
	out := new(CanonHarnessAmaxOutOfRange)
	if err := canonHarness.abi.UnpackIntoInterface(out, "AmaxOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessBatchLengthMismatch represents a BatchLengthMismatch error raised by the CanonHarness contract.
type CanonHarnessBatchLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchLengthMismatch()
func CanonHarnessBatchLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x17e37b5cfddf1151103c544dd4f4119825adbb133f678dbedb1eb2dd41390832")
}

// UnpackBatchLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchLengthMismatch()
func (canonHarness *CanonHarness) UnpackBatchLengthMismatchError(raw []byte) (*CanonHarnessBatchLengthMismatch, error) {
	out := new(CanonHarnessBatchLengthMismatch)
	if err := canonHarness.abi.UnpackIntoInterface(out, "BatchLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessEmptyInput represents a EmptyInput error raised by the CanonHarness contract.
type CanonHarnessEmptyInput struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyInput()
func CanonHarnessEmptyInputErrorID() common.Hash {
	return common.HexToHash("0xa447fc5303268219526dd4deae74cc23857477d20b4f03eb9a0b85d017ef6fbf")
}

// UnpackEmptyInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyInput()
func (canonHarness *CanonHarness) UnpackEmptyInputError(raw []byte) (*CanonHarnessEmptyInput, error) {
	out := new(CanonHarnessEmptyInput)
	if err := canonHarness.abi.UnpackIntoInterface(out, "EmptyInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessIndexOutOfRange represents a IndexOutOfRange error raised by the CanonHarness contract.
type CanonHarnessIndexOutOfRange struct {
	Index *big.Int
	Depth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func CanonHarnessIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func (canonHarness *CanonHarness) UnpackIndexOutOfRangeError(raw []byte) (*CanonHarnessIndexOutOfRange, error) {
	out := new(CanonHarnessIndexOutOfRange)
	if err := canonHarness.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessInvalidBlock represents a InvalidBlock error raised by the CanonHarness contract.
type CanonHarnessInvalidBlock struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBlock(uint256 length)
func CanonHarnessInvalidBlockErrorID() common.Hash {
	return common.HexToHash("0xd49782d9b8fae0b3ae744f86773f21bd4cf0d0692cac4c0de1ef0b57f642a4c1")
}

// UnpackInvalidBlockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBlock(uint256 length)
func (canonHarness *CanonHarness) UnpackInvalidBlockError(raw []byte) (*CanonHarnessInvalidBlock, error) {
	out := new(CanonHarnessInvalidBlock)
	if err := canonHarness.abi.UnpackIntoInterface(out, "InvalidBlock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessInvalidBlockRange represents a InvalidBlockRange error raised by the CanonHarness contract.
type CanonHarnessInvalidBlockRange struct {
	FromBlock *big.Int
	ToBlock   *big.Int
	Blocks    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBlockRange(uint256 fromBlock, uint256 toBlock, uint256 blocks)
func CanonHarnessInvalidBlockRangeErrorID() common.Hash {
	return common.HexToHash("0x3fe8c99962ec0807cc2ec06ef6ccf5e5c53224d87bd355eeef23ad93b90ed96d")
}

// UnpackInvalidBlockRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBlockRange(uint256 fromBlock, uint256 toBlock, uint256 blocks)
func (canonHarness *CanonHarness) UnpackInvalidBlockRangeError(raw []byte) (*CanonHarnessInvalidBlockRange, error) {
	out := new(CanonHarnessInvalidBlockRange)
	if err := canonHarness.abi.UnpackIntoInterface(out, "InvalidBlockRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessInvalidLength represents a InvalidLength error raised by the CanonHarness contract.
type CanonHarnessInvalidLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLength(uint256 length)
func CanonHarnessInvalidLengthErrorID() common.Hash {
	return common.HexToHash("0xc67eee4bac47edccdb2ca203720ca6603e8249421f027a0b5c42af66b95a954c")
}

// UnpackInvalidLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLength(uint256 length)
func (canonHarness *CanonHarness) UnpackInvalidLengthError(raw []byte) (*CanonHarnessInvalidLength, error) {
	out := new(CanonHarnessInvalidLength)
	if err := canonHarness.abi.UnpackIntoInterface(out, "InvalidLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessInvalidOrder represents a InvalidOrder error raised by the CanonHarness contract.
type CanonHarnessInvalidOrder struct {
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOrder(uint256 position)
func CanonHarnessInvalidOrderErrorID() common.Hash {
	return common.HexToHash("0xf64fa6a8f4107d4ce5e88af72f0919b02f95639d6f2d6b003109d543979000cd")
}

// UnpackInvalidOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOrder(uint256 position)
func (canonHarness *CanonHarness) UnpackInvalidOrderError(raw []byte) (*CanonHarnessInvalidOrder, error) {
	out := new(CanonHarnessInvalidOrder)
	if err := canonHarness.abi.UnpackIntoInterface(out, "InvalidOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessInvalidProof represents a InvalidProof error raised by the CanonHarness contract.
type CanonHarnessInvalidProof struct {
	Root     [32]byte
	Computed [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProof(bytes32 root, bytes32 computed)
func CanonHarnessInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x3c6db5f91c2eb690f547537ebd8cf139a8a7f10440991199a34c8e8bf4fb5abf")
}

// UnpackInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProof(bytes32 root, bytes32 computed)
func (canonHarness *CanonHarness) UnpackInvalidProofError(raw []byte) (*CanonHarnessInvalidProof, error) {
	out := new(CanonHarnessInvalidProof)
	if err := canonHarness.abi.UnpackIntoInterface(out, "InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessInvalidShift represents a InvalidShift error raised by the CanonHarness contract.
type CanonHarnessInvalidShift struct {
	S *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShift(uint256 s)
func CanonHarnessInvalidShiftErrorID() common.Hash {
	return common.HexToHash("0x26374970896518b63388b9886e5700cab5c12100a75eb2b6d1198059eae17882")
}

// UnpackInvalidShiftError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShift(uint256 s)
func (canonHarness *CanonHarness) UnpackInvalidShiftError(raw []byte) (*CanonHarnessInvalidShift, error) {
	out := new(CanonHarnessInvalidShift)
	if err := canonHarness.abi.UnpackIntoInterface(out, "InvalidShift", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessLengthMismatch represents a LengthMismatch error raised by the CanonHarness contract.
type CanonHarnessLengthMismatch struct {
	RowBytes   *big.Int
	QuantBytes *big.Int
	Blocks     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 rowBytes, uint256 quantBytes, uint256 blocks)
func CanonHarnessLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x8ee979f5a38369de55d403e905578ce8be28a150144e1bb7c08798d7c078539f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 rowBytes, uint256 quantBytes, uint256 blocks)
func (canonHarness *CanonHarness) UnpackLengthMismatchError(raw []byte) (*CanonHarnessLengthMismatch, error) {
	out := new(CanonHarnessLengthMismatch)
	if err := canonHarness.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessNegativeInput represents a NegativeInput error raised by the CanonHarness contract.
type CanonHarnessNegativeInput struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NegativeInput(int256 value)
func CanonHarnessNegativeInputErrorID() common.Hash {
	return common.HexToHash("0xe39d5a9c626f9ce8ffa593027662da642babe1385375acdc07d4df033e138d38")
}

// UnpackNegativeInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NegativeInput(int256 value)
func (canonHarness *CanonHarness) UnpackNegativeInputError(raw []byte) (*CanonHarnessNegativeInput, error) {
	out := new(CanonHarnessNegativeInput)
	if err := canonHarness.abi.UnpackIntoInterface(out, "NegativeInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessNonFiniteScale represents a NonFiniteScale error raised by the CanonHarness contract.
type CanonHarnessNonFiniteScale struct {
	H uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonFiniteScale(uint16 h)
func CanonHarnessNonFiniteScaleErrorID() common.Hash {
	return common.HexToHash("0x4a9159f62752b7ac6c41ab1447ff2196932dcf2a662bf2c352d26e31755098f2")
}

// UnpackNonFiniteScaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonFiniteScale(uint16 h)
func (canonHarness *CanonHarness) UnpackNonFiniteScaleError(raw []byte) (*CanonHarnessNonFiniteScale, error) {
	out := new(CanonHarnessNonFiniteScale)
	if err := canonHarness.abi.UnpackIntoInterface(out, "NonFiniteScale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessNonPositiveDivisor represents a NonPositiveDivisor error raised by the CanonHarness contract.
type CanonHarnessNonPositiveDivisor struct {
	D *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonPositiveDivisor(int256 d)
func CanonHarnessNonPositiveDivisorErrorID() common.Hash {
	return common.HexToHash("0x7040adc34661ecaf5be74fdb6d17e947339c91a001b0fa14678b631d4e3b883f")
}

// UnpackNonPositiveDivisorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonPositiveDivisor(int256 d)
func (canonHarness *CanonHarness) UnpackNonPositiveDivisorError(raw []byte) (*CanonHarnessNonPositiveDivisor, error) {
	out := new(CanonHarnessNonPositiveDivisor)
	if err := canonHarness.abi.UnpackIntoInterface(out, "NonPositiveDivisor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessNotInt32 represents a NotInt32 error raised by the CanonHarness contract.
type CanonHarnessNotInt32 struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInt32(int256 value)
func CanonHarnessNotInt32ErrorID() common.Hash {
	return common.HexToHash("0xe92ac66b7c966ec6c3402f2855e825cbd64561a601604a491e80b5392d9441b2")
}

// UnpackNotInt32Error is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInt32(int256 value)
func (canonHarness *CanonHarness) UnpackNotInt32Error(raw []byte) (*CanonHarnessNotInt32, error) {
	out := new(CanonHarnessNotInt32)
	if err := canonHarness.abi.UnpackIntoInterface(out, "NotInt32", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessNotProbability represents a NotProbability error raised by the CanonHarness contract.
type CanonHarnessNotProbability struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProbability(int256 value)
func CanonHarnessNotProbabilityErrorID() common.Hash {
	return common.HexToHash("0x83e61a2c428908c97c63d05c9194fc0575f30c430748106c98f84daddf053cb7")
}

// UnpackNotProbabilityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProbability(int256 value)
func (canonHarness *CanonHarness) UnpackNotProbabilityError(raw []byte) (*CanonHarnessNotProbability, error) {
	out := new(CanonHarnessNotProbability)
	if err := canonHarness.abi.UnpackIntoInterface(out, "NotProbability", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessScaleOutOfRange represents a ScaleOutOfRange error raised by the CanonHarness contract.
type CanonHarnessScaleOutOfRange struct {
	D24 *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ScaleOutOfRange(int256 d24)
func CanonHarnessScaleOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x5c599328dbf0fd75c2973cc918e735a13144df999a17b03fd205481fbffc2eca")
}

// UnpackScaleOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ScaleOutOfRange(int256 d24)
func (canonHarness *CanonHarness) UnpackScaleOutOfRangeError(raw []byte) (*CanonHarnessScaleOutOfRange, error) {
	out := new(CanonHarnessScaleOutOfRange)
	if err := canonHarness.abi.UnpackIntoInterface(out, "ScaleOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessWeightOutOfRange represents a WeightOutOfRange error raised by the CanonHarness contract.
type CanonHarnessWeightOutOfRange struct {
	Weight *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WeightOutOfRange(uint256 weight)
func CanonHarnessWeightOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8a3c39f4d7043a0c138eb4740f172b63a92da12eb2191543507615107623bfa9")
}

// UnpackWeightOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WeightOutOfRange(uint256 weight)
func (canonHarness *CanonHarness) UnpackWeightOutOfRangeError(raw []byte) (*CanonHarnessWeightOutOfRange, error) {
	out := new(CanonHarnessWeightOutOfRange)
	if err := canonHarness.abi.UnpackIntoInterface(out, "WeightOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessZeroCount represents a ZeroCount error raised by the CanonHarness contract.
type CanonHarnessZeroCount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCount()
func CanonHarnessZeroCountErrorID() common.Hash {
	return common.HexToHash("0x047b9cec27e5c906da78fac5d699c603aead79e2797204797b626d2d70e203c2")
}

// UnpackZeroCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCount()
func (canonHarness *CanonHarness) UnpackZeroCountError(raw []byte) (*CanonHarnessZeroCount, error) {
	out := new(CanonHarnessZeroCount)
	if err := canonHarness.abi.UnpackIntoInterface(out, "ZeroCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CanonHarnessZeroTotalWeight represents a ZeroTotalWeight error raised by the CanonHarness contract.
type CanonHarnessZeroTotalWeight struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroTotalWeight()
func CanonHarnessZeroTotalWeightErrorID() common.Hash {
	return common.HexToHash("0x098404de997d56e0eaac6e10c2e05333be4cd599b6a90f83d487b2ed6a1dd8e5")
}

// UnpackZeroTotalWeightError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroTotalWeight()
func (canonHarness *CanonHarness) UnpackZeroTotalWeightError(raw []byte) (*CanonHarnessZeroTotalWeight, error) {
	out := new(CanonHarnessZeroTotalWeight)
	if err := canonHarness.abi.UnpackIntoInterface(out, "ZeroTotalWeight", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryMetaData contains all meta data concerning the DatasetRegistry contract.
var DatasetRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"writer_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_LICENCE_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_URI_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"dataset\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"byteSize\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"licence\",\"type\":\"string\"}],\"internalType\":\"structIDatasetRegistry.Dataset\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"datasetIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"lineage\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"trainingConfigHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"recordedAt\",\"type\":\"uint64\"}],\"internalType\":\"structIDatasetRegistry.Lineage\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lineageCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"lineageOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"byteSize\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"licence\",\"type\":\"string\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"newModelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"trainingConfigHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"recordLineage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"lineageId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"writer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"recordCount\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"byteSize\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"licence\",\"type\":\"string\"}],\"name\":\"DatasetPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"lineageId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datasetId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"trainingConfigHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"LineageRecorded\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DatasetAlreadyPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"LineageExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotWriter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDataset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownLineage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"ZeroValue\",\"type\":\"error\"}]",
	ID:  "983485becffe32026516c27a9540b1134a",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610eb1380380610eb183398101604081905261002e91610083565b6001600160a01b0381166100725760405163046c82ad60e41b81526020600482015260066024820152653bb934ba32b960d11b604482015260640160405180910390fd5b6001600160a01b03166080526100b0565b5f60208284031215610093575f5ffd5b81516001600160a01b03811681146100a9575f5ffd5b9392505050565b608051610de26100cf5f395f8181610109015261043a0152610de25ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c806352ee68e41161006e57806352ee68e41461015657806357d1c6791461015e5780639b72f1f614610171578063aab5a8771461017a578063b1ccfb6614610183578063d7ce96df146101ea575f5ffd5b806323b86878146100aa5780633c8935b9146100dc5780634290fc11146100e4578063453a2abc14610104578063510aa05f14610143575b5f5ffd5b6100c96100b83660046109b4565b5f9081526001602052604090205490565b6040519081526020015b60405180910390f35b6002546100c9565b6100f76100f23660046109b4565b610209565b6040516100d391906109f9565b61012b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100d3565b6100c9610151366004610a98565b61042e565b6005546100c9565b6100c961016c366004610b2e565b61064c565b6100c961010081565b6100c961080081565b6101966101913660046109b4565b6108b4565b6040516100d391905f60c08201905082518252602083015160208301526040830151604083015260608301516060830152608083015160808301526001600160401b0360a08401511660a083015292915050565b6100c96101f83660046109b4565b5f9081526004602052604090205490565b6102686040518060e001604052805f81526020015f6001600160a01b031681526020015f6001600160401b031681526020015f6001600160401b031681526020015f6001600160401b0316815260200160608152602001606081525090565b811580610276575060025482115b1561029c5760405163f5ed385760e01b8152600481018390526024015b60405180910390fd5b5f8281526020818152604091829020825160e0810184528154815260018201546001600160a01b038116938201939093526001600160401b03600160a01b90930483169381019390935260028101548083166060850152600160401b9004909116608083015260038101805460a08401919061031790610bc5565b80601f016020809104026020016040519081016040528092919081815260200182805461034390610bc5565b801561038e5780601f106103655761010080835404028352916020019161038e565b820191905f5260205f20905b81548152906001019060200180831161037157829003601f168201915b505050505081526020016004820180546103a790610bc5565b80601f01602080910402602001604051908101604052809291908181526020018280546103d390610bc5565b801561041e5780601f106103f55761010080835404028352916020019161041e565b820191905f5260205f20905b81548152906001019060200180831161040157829003601f168201915b5050505050815250509050919050565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461047a57604051631765348f60e21b8152336004820152602401610293565b856104b75760405163046c82ad60e41b815260206004820152600c60248201526b1b995dd35bd9195b149bdbdd60a21b6044820152606401610293565b5f8681526004602052604090205480156104ee5760405163521d872d60e11b81526004810188905260248101829052604401610293565b8415806104fc575060025485115b1561051d5760405163f5ed385760e01b815260048101869052602401610293565b826105535760405163046c82ad60e41b81526020600482015260056024820152641a9bd8925960da1b6044820152606401610293565b60055f815461056190610bfd565b91829055505f888152600460208181526040808420859055805160c0810182528c81528083018c81528183018c815260608084018d8152608085018d8152426001600160401b0390811660a088019081528c8c526003808b529b899020975188559551600188015593516002870155905198850198909855965195830195909555516005909101805467ffffffffffffffff1916919094161790925581518a81529081018890529081018690529193508691899185917f28509c61d63bceebc7ba4ff72e34488380605eb85f6f667bf162ad30c770538d910160405180910390a45095945050505050565b5f876106845760405163046c82ad60e41b8152600401610293906020808252600490820152631c9bdbdd60e21b604082015260600190565b5f8881526001602052604090205480156106bb57604051635582a87760e01b8152600481018a905260248101829052604401610293565b876001600160401b03165f036107025760405163046c82ad60e41b815260206004820152600b60248201526a1c9958dbdc9910dbdd5b9d60aa1b6044820152606401610293565b866001600160401b03165f036107465760405163046c82ad60e41b81526020600482015260086024820152676279746553697a6560c01b6044820152606401610293565b60408051808201909152600381526275726960e81b602082015261076d908661080061097f565b6040805180820190915260078152666c6963656e636560c81b6020820152610798908461010061097f565b60025f81546107a690610bfd565b91829055505f8a8152600160208181526040808420859055848452908390529091208b815590810180546001600160e01b0319163367ffffffffffffffff60a01b191617600160a01b426001600160401b0390811691909102919091179091556002820180548c83166fffffffffffffffffffffffffffffffff1990911617600160401b928c169290920291909117905590925060038101610849878983610c8b565b5060048101610859858783610c8b565b50336001600160a01b03168a847fe76c8c333196fdf6f0eb98e0e2ca2a9215d947a1664491cf021bbe0aecb9a8e18c8c8c8c8c8c60405161089f96959493929190610d6d565b60405180910390a45050979650505050505050565b6108f06040518060c001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f6001600160401b031681525090565b8115806108fe575060055482115b1561091f5760405163a6f3d8d960e01b815260048101839052602401610293565b505f90815260036020818152604092839020835160c08101855281548152600182015492810192909252600281015493820193909352908201546060820152600482015460808201526005909101546001600160401b031660a082015290565b81158061098b57508082115b156109af578282826040516307120da760e01b815260040161029393929190610dbe565b505050565b5f602082840312156109c4575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081528151602082015260018060a01b0360208301511660408201526001600160401b0360408301511660608201526001600160401b0360608301511660808201525f6080830151610a5760a08401826001600160401b03169052565b5060a083015160e060c0840152610a726101008401826109cb565b905060c0840151601f198483030160e0850152610a8f82826109cb565b95945050505050565b5f5f5f5f5f60a08688031215610aac575f5ffd5b505083359560208501359550604085013594606081013594506080013592509050565b80356001600160401b0381168114610ae5575f5ffd5b919050565b5f5f83601f840112610afa575f5ffd5b5081356001600160401b03811115610b10575f5ffd5b602083019150836020828501011115610b27575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a031215610b44575f5ffd5b87359650610b5460208901610acf565b9550610b6260408901610acf565b945060608801356001600160401b03811115610b7c575f5ffd5b610b888a828b01610aea565b90955093505060808801356001600160401b03811115610ba6575f5ffd5b610bb28a828b01610aea565b989b979a50959850939692959293505050565b600181811c90821680610bd957607f821691505b602082108103610bf757634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60018201610c1a57634e487b7160e01b5f52601160045260245ffd5b5060010190565b634e487b7160e01b5f52604160045260245ffd5b601f8211156109af57828211156109af57805f5260205f20601f840160051c6020851015610c6057505f5b90810190601f840160051c035f5b81811015610c83575f83820155600101610c6e565b505050505050565b6001600160401b03831115610ca257610ca2610c21565b610cb683610cb08354610bc5565b83610c35565b5f601f841160018114610ce7575f8515610cd05750838201355b5f19600387901b1c1916600186901b178355610d3e565b5f83815260208120601f198716915b82811015610d165786850135825560209485019460019092019101610cf6565b5086821015610d32575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160401b03871681526001600160401b0386166020820152608060408201525f610d9e608083018688610d45565b8281036060840152610db1818587610d45565b9998505050505050505050565b606081525f610dd060608301866109cb565b6020830194909452506040015291905056",
}

// DatasetRegistry is an auto generated Go binding around an Ethereum contract.
type DatasetRegistry struct {
	abi abi.ABI
}

// NewDatasetRegistry creates a new instance of DatasetRegistry.
func NewDatasetRegistry() *DatasetRegistry {
	parsed, err := DatasetRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DatasetRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DatasetRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address writer_) returns()
func (datasetRegistry *DatasetRegistry) PackConstructor(writer_ common.Address) []byte {
	enc, err := datasetRegistry.abi.Pack("", writer_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXLICENCELENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b72f1f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LICENCE_LENGTH() view returns(uint256)
func (datasetRegistry *DatasetRegistry) PackMAXLICENCELENGTH() []byte {
	enc, err := datasetRegistry.abi.Pack("MAX_LICENCE_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLICENCELENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b72f1f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LICENCE_LENGTH() view returns(uint256)
func (datasetRegistry *DatasetRegistry) TryPackMAXLICENCELENGTH() ([]byte, error) {
	return datasetRegistry.abi.Pack("MAX_LICENCE_LENGTH")
}

// UnpackMAXLICENCELENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b72f1f6.
//
// Solidity: function MAX_LICENCE_LENGTH() view returns(uint256)
func (datasetRegistry *DatasetRegistry) UnpackMAXLICENCELENGTH(data []byte) (*big.Int, error) {
	out, err := datasetRegistry.abi.Unpack("MAX_LICENCE_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab5a877.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (datasetRegistry *DatasetRegistry) PackMAXURILENGTH() []byte {
	enc, err := datasetRegistry.abi.Pack("MAX_URI_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab5a877.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (datasetRegistry *DatasetRegistry) TryPackMAXURILENGTH() ([]byte, error) {
	return datasetRegistry.abi.Pack("MAX_URI_LENGTH")
}

// UnpackMAXURILENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaab5a877.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (datasetRegistry *DatasetRegistry) UnpackMAXURILENGTH(data []byte) (*big.Int, error) {
	out, err := datasetRegistry.abi.Unpack("MAX_URI_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4290fc11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dataset(uint256 id) view returns((bytes32,address,uint64,uint64,uint64,string,string))
func (datasetRegistry *DatasetRegistry) PackDataset(id *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("dataset", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDataset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4290fc11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dataset(uint256 id) view returns((bytes32,address,uint64,uint64,uint64,string,string))
func (datasetRegistry *DatasetRegistry) TryPackDataset(id *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("dataset", id)
}

// UnpackDataset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4290fc11.
//
// Solidity: function dataset(uint256 id) view returns((bytes32,address,uint64,uint64,uint64,string,string))
func (datasetRegistry *DatasetRegistry) UnpackDataset(data []byte) (IDatasetRegistryDataset, error) {
	out, err := datasetRegistry.abi.Unpack("dataset", data)
	if err != nil {
		return *new(IDatasetRegistryDataset), err
	}
	out0 := *abi.ConvertType(out[0], new(IDatasetRegistryDataset)).(*IDatasetRegistryDataset)
	return out0, nil
}

// PackDatasetCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c8935b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetCount() view returns(uint256)
func (datasetRegistry *DatasetRegistry) PackDatasetCount() []byte {
	enc, err := datasetRegistry.abi.Pack("datasetCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c8935b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetCount() view returns(uint256)
func (datasetRegistry *DatasetRegistry) TryPackDatasetCount() ([]byte, error) {
	return datasetRegistry.abi.Pack("datasetCount")
}

// UnpackDatasetCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c8935b9.
//
// Solidity: function datasetCount() view returns(uint256)
func (datasetRegistry *DatasetRegistry) UnpackDatasetCount(data []byte) (*big.Int, error) {
	out, err := datasetRegistry.abi.Unpack("datasetCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDatasetIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b86878.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasetIdOf(bytes32 root) view returns(uint256)
func (datasetRegistry *DatasetRegistry) PackDatasetIdOf(root [32]byte) []byte {
	enc, err := datasetRegistry.abi.Pack("datasetIdOf", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasetIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b86878.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasetIdOf(bytes32 root) view returns(uint256)
func (datasetRegistry *DatasetRegistry) TryPackDatasetIdOf(root [32]byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("datasetIdOf", root)
}

// UnpackDatasetIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b86878.
//
// Solidity: function datasetIdOf(bytes32 root) view returns(uint256)
func (datasetRegistry *DatasetRegistry) UnpackDatasetIdOf(data []byte) (*big.Int, error) {
	out, err := datasetRegistry.abi.Unpack("datasetIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLineage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1ccfb66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lineage(uint256 id) view returns((bytes32,uint256,uint256,bytes32,bytes32,uint64))
func (datasetRegistry *DatasetRegistry) PackLineage(id *big.Int) []byte {
	enc, err := datasetRegistry.abi.Pack("lineage", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLineage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1ccfb66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lineage(uint256 id) view returns((bytes32,uint256,uint256,bytes32,bytes32,uint64))
func (datasetRegistry *DatasetRegistry) TryPackLineage(id *big.Int) ([]byte, error) {
	return datasetRegistry.abi.Pack("lineage", id)
}

// UnpackLineage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1ccfb66.
//
// Solidity: function lineage(uint256 id) view returns((bytes32,uint256,uint256,bytes32,bytes32,uint64))
func (datasetRegistry *DatasetRegistry) UnpackLineage(data []byte) (IDatasetRegistryLineage, error) {
	out, err := datasetRegistry.abi.Unpack("lineage", data)
	if err != nil {
		return *new(IDatasetRegistryLineage), err
	}
	out0 := *abi.ConvertType(out[0], new(IDatasetRegistryLineage)).(*IDatasetRegistryLineage)
	return out0, nil
}

// PackLineageCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52ee68e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lineageCount() view returns(uint256)
func (datasetRegistry *DatasetRegistry) PackLineageCount() []byte {
	enc, err := datasetRegistry.abi.Pack("lineageCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLineageCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52ee68e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lineageCount() view returns(uint256)
func (datasetRegistry *DatasetRegistry) TryPackLineageCount() ([]byte, error) {
	return datasetRegistry.abi.Pack("lineageCount")
}

// UnpackLineageCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52ee68e4.
//
// Solidity: function lineageCount() view returns(uint256)
func (datasetRegistry *DatasetRegistry) UnpackLineageCount(data []byte) (*big.Int, error) {
	out, err := datasetRegistry.abi.Unpack("lineageCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLineageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7ce96df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lineageOf(bytes32 modelRoot) view returns(uint256)
func (datasetRegistry *DatasetRegistry) PackLineageOf(modelRoot [32]byte) []byte {
	enc, err := datasetRegistry.abi.Pack("lineageOf", modelRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLineageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7ce96df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lineageOf(bytes32 modelRoot) view returns(uint256)
func (datasetRegistry *DatasetRegistry) TryPackLineageOf(modelRoot [32]byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("lineageOf", modelRoot)
}

// UnpackLineageOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7ce96df.
//
// Solidity: function lineageOf(bytes32 modelRoot) view returns(uint256)
func (datasetRegistry *DatasetRegistry) UnpackLineageOf(data []byte) (*big.Int, error) {
	out, err := datasetRegistry.abi.Unpack("lineageOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d1c679.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish(bytes32 root, uint64 recordCount, uint64 byteSize, string uri, string licence) returns(uint256 id)
func (datasetRegistry *DatasetRegistry) PackPublish(root [32]byte, recordCount uint64, byteSize uint64, uri string, licence string) []byte {
	enc, err := datasetRegistry.abi.Pack("publish", root, recordCount, byteSize, uri, licence)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d1c679.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish(bytes32 root, uint64 recordCount, uint64 byteSize, string uri, string licence) returns(uint256 id)
func (datasetRegistry *DatasetRegistry) TryPackPublish(root [32]byte, recordCount uint64, byteSize uint64, uri string, licence string) ([]byte, error) {
	return datasetRegistry.abi.Pack("publish", root, recordCount, byteSize, uri, licence)
}

// UnpackPublish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d1c679.
//
// Solidity: function publish(bytes32 root, uint64 recordCount, uint64 byteSize, string uri, string licence) returns(uint256 id)
func (datasetRegistry *DatasetRegistry) UnpackPublish(data []byte) (*big.Int, error) {
	out, err := datasetRegistry.abi.Unpack("publish", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRecordLineage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x510aa05f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordLineage(bytes32 newModelRoot, uint256 baseModelId, uint256 datasetId, bytes32 trainingConfigHash, bytes32 jobId) returns(uint256 lineageId)
func (datasetRegistry *DatasetRegistry) PackRecordLineage(newModelRoot [32]byte, baseModelId *big.Int, datasetId *big.Int, trainingConfigHash [32]byte, jobId [32]byte) []byte {
	enc, err := datasetRegistry.abi.Pack("recordLineage", newModelRoot, baseModelId, datasetId, trainingConfigHash, jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordLineage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x510aa05f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordLineage(bytes32 newModelRoot, uint256 baseModelId, uint256 datasetId, bytes32 trainingConfigHash, bytes32 jobId) returns(uint256 lineageId)
func (datasetRegistry *DatasetRegistry) TryPackRecordLineage(newModelRoot [32]byte, baseModelId *big.Int, datasetId *big.Int, trainingConfigHash [32]byte, jobId [32]byte) ([]byte, error) {
	return datasetRegistry.abi.Pack("recordLineage", newModelRoot, baseModelId, datasetId, trainingConfigHash, jobId)
}

// UnpackRecordLineage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x510aa05f.
//
// Solidity: function recordLineage(bytes32 newModelRoot, uint256 baseModelId, uint256 datasetId, bytes32 trainingConfigHash, bytes32 jobId) returns(uint256 lineageId)
func (datasetRegistry *DatasetRegistry) UnpackRecordLineage(data []byte) (*big.Int, error) {
	out, err := datasetRegistry.abi.Unpack("recordLineage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWriter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x453a2abc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function writer() view returns(address)
func (datasetRegistry *DatasetRegistry) PackWriter() []byte {
	enc, err := datasetRegistry.abi.Pack("writer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWriter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x453a2abc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function writer() view returns(address)
func (datasetRegistry *DatasetRegistry) TryPackWriter() ([]byte, error) {
	return datasetRegistry.abi.Pack("writer")
}

// UnpackWriter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x453a2abc.
//
// Solidity: function writer() view returns(address)
func (datasetRegistry *DatasetRegistry) UnpackWriter(data []byte) (common.Address, error) {
	out, err := datasetRegistry.abi.Unpack("writer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// DatasetRegistryDatasetPublished represents a DatasetPublished event raised by the DatasetRegistry contract.
type DatasetRegistryDatasetPublished struct {
	Id          *big.Int
	Root        [32]byte
	Publisher   common.Address
	RecordCount uint64
	ByteSize    uint64
	Uri         string
	Licence     string
	Raw         *types.Log // Blockchain specific contextual infos
}

const DatasetRegistryDatasetPublishedEventName = "DatasetPublished"

// ContractEventName returns the user-defined event name.
func (DatasetRegistryDatasetPublished) ContractEventName() string {
	return DatasetRegistryDatasetPublishedEventName
}

// UnpackDatasetPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatasetPublished(uint256 indexed id, bytes32 indexed root, address indexed publisher, uint64 recordCount, uint64 byteSize, string uri, string licence)
func (datasetRegistry *DatasetRegistry) UnpackDatasetPublishedEvent(log *types.Log) (*DatasetRegistryDatasetPublished, error) {
	event := "DatasetPublished"
	if len(log.Topics) == 0 || log.Topics[0] != datasetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DatasetRegistryDatasetPublished)
	if len(log.Data) > 0 {
		if err := datasetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datasetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DatasetRegistryLineageRecorded represents a LineageRecorded event raised by the DatasetRegistry contract.
type DatasetRegistryLineageRecorded struct {
	LineageId          *big.Int
	ModelRoot          [32]byte
	DatasetId          *big.Int
	BaseModelId        *big.Int
	TrainingConfigHash [32]byte
	JobId              [32]byte
	Raw                *types.Log // Blockchain specific contextual infos
}

const DatasetRegistryLineageRecordedEventName = "LineageRecorded"

// ContractEventName returns the user-defined event name.
func (DatasetRegistryLineageRecorded) ContractEventName() string {
	return DatasetRegistryLineageRecordedEventName
}

// UnpackLineageRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LineageRecorded(uint256 indexed lineageId, bytes32 indexed modelRoot, uint256 indexed datasetId, uint256 baseModelId, bytes32 trainingConfigHash, bytes32 jobId)
func (datasetRegistry *DatasetRegistry) UnpackLineageRecordedEvent(log *types.Log) (*DatasetRegistryLineageRecorded, error) {
	event := "LineageRecorded"
	if len(log.Topics) == 0 || log.Topics[0] != datasetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DatasetRegistryLineageRecorded)
	if len(log.Data) > 0 {
		if err := datasetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datasetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (datasetRegistry *DatasetRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["DatasetAlreadyPublished"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackDatasetAlreadyPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["InvalidLength"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackInvalidLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["LineageExists"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackLineageExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["NotWriter"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackNotWriterError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["UnknownDataset"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackUnknownDatasetError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["UnknownLineage"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackUnknownLineageError(raw[4:])
	}
	if bytes.Equal(raw[:4], datasetRegistry.abi.Errors["ZeroValue"].ID.Bytes()[:4]) {
		return datasetRegistry.UnpackZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DatasetRegistryDatasetAlreadyPublished represents a DatasetAlreadyPublished error raised by the DatasetRegistry contract.
type DatasetRegistryDatasetAlreadyPublished struct {
	Root [32]byte
	Id   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatasetAlreadyPublished(bytes32 root, uint256 id)
func DatasetRegistryDatasetAlreadyPublishedErrorID() common.Hash {
	return common.HexToHash("0x5582a87705436bd3f6ce092557da29c7e13787509318e707dddbd8b3596a7e57")
}

// UnpackDatasetAlreadyPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatasetAlreadyPublished(bytes32 root, uint256 id)
func (datasetRegistry *DatasetRegistry) UnpackDatasetAlreadyPublishedError(raw []byte) (*DatasetRegistryDatasetAlreadyPublished, error) {
	out := new(DatasetRegistryDatasetAlreadyPublished)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "DatasetAlreadyPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryInvalidLength represents a InvalidLength error raised by the DatasetRegistry contract.
type DatasetRegistryInvalidLength struct {
	Field  string
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLength(string field, uint256 length, uint256 max)
func DatasetRegistryInvalidLengthErrorID() common.Hash {
	return common.HexToHash("0x07120da760b959e77df65ce1e1a501cfc9e261cb6229aaee1113d2a6aa0f96bf")
}

// UnpackInvalidLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLength(string field, uint256 length, uint256 max)
func (datasetRegistry *DatasetRegistry) UnpackInvalidLengthError(raw []byte) (*DatasetRegistryInvalidLength, error) {
	out := new(DatasetRegistryInvalidLength)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "InvalidLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryLineageExists represents a LineageExists error raised by the DatasetRegistry contract.
type DatasetRegistryLineageExists struct {
	ModelRoot [32]byte
	Id        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LineageExists(bytes32 modelRoot, uint256 id)
func DatasetRegistryLineageExistsErrorID() common.Hash {
	return common.HexToHash("0xa43b0e5af6f1318d41386433eb54a7848fdf7640412ddd83b543d878a9148bb1")
}

// UnpackLineageExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LineageExists(bytes32 modelRoot, uint256 id)
func (datasetRegistry *DatasetRegistry) UnpackLineageExistsError(raw []byte) (*DatasetRegistryLineageExists, error) {
	out := new(DatasetRegistryLineageExists)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "LineageExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryNotWriter represents a NotWriter error raised by the DatasetRegistry contract.
type DatasetRegistryNotWriter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotWriter(address caller)
func DatasetRegistryNotWriterErrorID() common.Hash {
	return common.HexToHash("0x5d94d23c493b63f7fef68a0c8cb0de7cf59962ab607defa79710cd4783474547")
}

// UnpackNotWriterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotWriter(address caller)
func (datasetRegistry *DatasetRegistry) UnpackNotWriterError(raw []byte) (*DatasetRegistryNotWriter, error) {
	out := new(DatasetRegistryNotWriter)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "NotWriter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryUnknownDataset represents a UnknownDataset error raised by the DatasetRegistry contract.
type DatasetRegistryUnknownDataset struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDataset(uint256 id)
func DatasetRegistryUnknownDatasetErrorID() common.Hash {
	return common.HexToHash("0xf5ed3857ea236ecdcf3a9418d390c88366c96a96bee83c935ab3ef11a15ec576")
}

// UnpackUnknownDatasetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDataset(uint256 id)
func (datasetRegistry *DatasetRegistry) UnpackUnknownDatasetError(raw []byte) (*DatasetRegistryUnknownDataset, error) {
	out := new(DatasetRegistryUnknownDataset)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "UnknownDataset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryUnknownLineage represents a UnknownLineage error raised by the DatasetRegistry contract.
type DatasetRegistryUnknownLineage struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLineage(uint256 id)
func DatasetRegistryUnknownLineageErrorID() common.Hash {
	return common.HexToHash("0xa6f3d8d90c2261fe998377ed9883c0fb6e224f5268579a64344aff817dcb9179")
}

// UnpackUnknownLineageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLineage(uint256 id)
func (datasetRegistry *DatasetRegistry) UnpackUnknownLineageError(raw []byte) (*DatasetRegistryUnknownLineage, error) {
	out := new(DatasetRegistryUnknownLineage)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "UnknownLineage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatasetRegistryZeroValue represents a ZeroValue error raised by the DatasetRegistry contract.
type DatasetRegistryZeroValue struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroValue(string field)
func DatasetRegistryZeroValueErrorID() common.Hash {
	return common.HexToHash("0x46c82ad0196f611f7b70d8cd7cfe450fc594ee31d60c30f03b520c195e8b60f5")
}

// UnpackZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroValue(string field)
func (datasetRegistry *DatasetRegistry) UnpackZeroValueError(raw []byte) (*DatasetRegistryZeroValue, error) {
	out := new(DatasetRegistryZeroValue)
	if err := datasetRegistry.abi.UnpackIntoInterface(out, "ZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobInboxMetaData contains all meta data concerning the JobInbox contract.
var JobInboxMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rollup_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"inclusionWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_CALLBACK_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_INPUT_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOKENS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TOP_P_MICRO\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAYOUT_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"charge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"depositFor\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrowed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inclusionWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"isForceRefunded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"isOverdue\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"job\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"enumIJobInbox.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"modelId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"datasetId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIJobInbox.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"uint128\",\"name\":\"maxFee\",\"type\":\"uint128\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"enumIJobInbox.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"internalType\":\"structIJobInbox.Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"markIncluded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"refundOverdue\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumIJobInbox.Status\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumIJobInbox.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"modelId\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"datasetId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIJobInbox.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"submit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBalances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Charged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"}],\"name\":\"JobDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"JobIncluded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"JobOverdue\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"JobRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumIJobInbox.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"modelId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"input\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"datasetId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structIJobInbox.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"maxFee\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"JobSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PayoutCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"NotOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRollup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"UnknownJob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumIJobInbox.Status\",\"name\":\"have\",\"type\":\"uint8\"},{\"internalType\":\"enumIJobInbox.Status\",\"name\":\"want\",\"type\":\"uint8\"}],\"name\":\"WrongStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"ZeroValue\",\"type\":\"error\"}]",
	ID:  "1072bcd01b152544f97142c99c9fb9ed95",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051611ce5380380611ce583398101604081905261002e916100dd565b6001600160a01b0382166100735760405163046c82ad60e41b81526020600482015260066024820152650726f6c6c75760d41b60448201526064015b60405180910390fd5b806001600160401b03165f036100be5760405163046c82ad60e41b815260206004820152600f60248201526e696e636c7573696f6e57696e646f7760881b604482015260640161006a565b6001600160a01b039091166080526001600160401b031660a05261012b565b5f5f604083850312156100ee575f5ffd5b82516001600160a01b0381168114610104575f5ffd5b60208401519092506001600160401b0381168114610120575f5ffd5b809150509250929050565b60805160a051611b6f6101765f395f818161040201528181610f3e015261112001525f8181610352015281816106b3015281816107c701528181610d6a0152610fed0152611b6f5ff3fe608060405260043610610147575f3560e01c8063a3ffa9cd116100b3578063d0e30db01161006d578063d0e30db0146103ca578063d22a0d0f146103d2578063e88816e7146103f1578063f2ec5e5a1461043c578063f47c84c514610451578063fab5516a14610466575f5ffd5b8063a3ffa9cd146102bd578063a69a2ad1146102dc578063aa67c919146102f0578063ad35efd414610303578063cb23bcb514610341578063d00994d61461038c575f5ffd5b80636d9809a0116101045780636d9809a01461020d57806370a08231146102235780638a0fa156146102575780638c4128a51461026a57806391ed816c146102895780639a44da83146102a8575f5ffd5b806301522b1e1461014b5780632329e48c1461016e578063278ecde11461019a5780632e1a7d4d146101bb5780634816c57a146101da5780634c5d8a0f146101f9575b5f5ffd5b348015610156575f5ffd5b506005545b6040519081526020015b60405180910390f35b348015610179575f5ffd5b5061018d610188366004611472565b61047c565b60405161016591906114c1565b3480156101a5575f5ffd5b506101b96101b4366004611472565b6106a8565b005b3480156101c6575f5ffd5b506101b96101d5366004611472565b610770565b3480156101e5575f5ffd5b506101b96101f4366004611472565b6107bc565b348015610204575f5ffd5b5060015461015b565b348015610218575f5ffd5b5061015b621e848081565b34801561022e575f5ffd5b5061015b61023d366004611602565b6001600160a01b03165f9081526003602052604090205490565b61015b610265366004611663565b610866565b348015610275575f5ffd5b506101b9610284366004611739565b610d5f565b348015610294575f5ffd5b506101b96102a3366004611472565b610f07565b3480156102b3575f5ffd5b5061015b61c35081565b3480156102c8575f5ffd5b506101b96102d736600461176b565b610fe2565b3480156102e7575f5ffd5b5060045461015b565b6101b96102fe366004611602565b611088565b34801561030e575f5ffd5b5061033461031d366004611472565b5f9081526020819052604090206007015460ff1690565b6040516101659190611793565b34801561034c575f5ffd5b506103747f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610165565b348015610397575f5ffd5b506103ba6103a6366004611472565b5f9081526002602052604090205460ff1690565b6040519015158152602001610165565b6101b96110d2565b3480156103dd575f5ffd5b506103ba6103ec366004611472565b6110dd565b3480156103fc575f5ffd5b506104247f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610165565b348015610447575f5ffd5b5061015b61800081565b34801561045c575f5ffd5b5061015b61200081565b348015610471575f5ffd5b5061015b620f424081565b60408051610160810182525f808252602080830182905282840182905260608084018390526080808501849052855160a08082018852858252938101859052958601849052908501839052840182905282019290925260c0810182905260e0810182905261010081018290526101208101829052610140810191909152811580610507575060015482115b1561052d57604051630510aa5f60e41b8152600481018390526024015b60405180910390fd5b5f82815260208181526040918290208251610160810190935280546001600160a01b03811684529091830190600160a01b900460ff16600281111561057457610574611489565b600281111561058557610585611489565b815281546001600160401b03600160a81b9091048116602080840191909152600184015460408085019190915260028501548316606080860191909152815160a08082018452600388015463ffffffff80821684526401000000008204811696840196909652680100000000000000008104861694830194909452600160601b90930484169181019190915260048087015460808381019190915286019190915260058601546001600160801b03169185019190915260068501546001600160a01b03811660c0860152600160a01b810490921660e0850152600160c01b90910490911661010083015260078301546101209092019160ff169081111561068e5761068e611489565b600481111561069f5761069f611489565b90525092915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106f357604051638fe3dc5360e01b8152336004820152602401610524565b5f818152602081905260409020600781015460ff16600181600481111561071c5761071c611489565b1415801561073c5750600281600481111561073957610739611489565b14155b156107615782816001604051639b0b4afd60e01b8152600401610524939291906117a7565b61076b8383611159565b505050565b61077a33826111ef565b60405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26107b93382611296565b50565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461080757604051638fe3dc5360e01b8152336004820152602401610524565b5f818152602081905260409020600781015461082990839060ff1660016112d1565b60078101805460ff1916600217905560405182907f3f79b22b35b6e56dfc9c10e8ae27b97617e0b5245704b4088b5289f7c3141b0a905f90a25050565b5f345f036108875760405163046c82ad60e41b8152600401610524906117d0565b6001600160801b033411156108bd573460016001600160801b036040516373c9e34d60e01b8152600401610524939291906117f5565b6001600160401b0388161580156108e6575060028960028111156108e3576108e3611489565b14155b1561091e5760405163046c82ad60e41b81526020600482015260076024820152661b5bd9195b125960ca1b6044820152606401610524565b5f89600281111561093157610931611489565b0361099b57851580610944575061800086115b15610968576040516307120da760e01b81526105249087906180009060040161183d565b6001600160401b0385161561099657845f5f6040516373c9e34d60e01b815260040161052493929190611869565b6109ed565b6180008611156109c4576040516307120da760e01b81526105249087906180009060040161183d565b846001600160401b03165f036109ed5760405163046c82ad60e41b8152600401610524906118b4565b6109fa60208501856118dc565b63ffffffff161580610a1f5750612000610a1760208601866118dc565b63ffffffff16115b15610a8257610a3160208501856118dc565b6040516373c9e34d60e01b81526080600482015260096084820152686d6178546f6b656e7360b81b60a482015263ffffffff909116602482015260016044820152612000606482015260c401610524565b620f4240610a9660808601606087016118dc565b63ffffffff161115610b0357610ab260808501606086016118dc565b6040516373c9e34d60e01b8152608060048201526009608482015268746f70504d6963726f60b81b60a482015263ffffffff90911660248201525f6044820152620f4240606482015260c401610524565b6001600160a01b038316610b415763ffffffff821615610b3c57815f5f6040516373c9e34d60e01b8152600401610524939291906118f7565b610b84565b63ffffffff82161580610b5c5750621e84808263ffffffff16115b15610b8457816001621e84806040516373c9e34d60e01b8152600401610524939291906118f7565b5f8787604051610b95929190611946565b6040518091039020905060015f8154610bad90611969565b91905081905591503460055f828254610bc69190611981565b90915550505f82815260208190526040902080546001600160a01b031981163390811783558c91839160ff60a01b19166001600160a81b031990911617600160a01b836002811115610c1a57610c1a611489565b0217905550805467ffffffffffffffff60a81b1916600160a81b6001600160401b038c8116919091029190911782556001820183905560028201805467ffffffffffffffff19169189169190911790558560038201610c798282611994565b50506005810180546fffffffffffffffffffffffffffffffff1916346001600160801b03161790556006810180546001600160a01b0387166001600160c01b031990911617600160a01b63ffffffff871602176001600160c01b0316600160c01b436001600160401b0316021790556007810180546001919060ff191682800217905550336001600160a01b0316837fdc9b91b02d30cfa4f7a72ae4420abd0f7d215b7a1ecfc1eddc9246a4c2e2cf788d8d868e8e8e8e348f8f604051610d499a99989796959493929190611ab4565b60405180910390a3505098975050505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610daa57604051638fe3dc5360e01b8152336004820152602401610524565b5f8381526020819052604090206007810154610dcc90859060ff1660026112d1565b60058101546001600160801b031680841115610e0c5760405163dcf818fb60e01b8152600481018690526024810185905260448101829052606401610524565b8315801590610e2257506001600160a01b038316155b15610e585760405163046c82ad60e41b8152602060048201526005602482015264706179656560d81b6044820152606401610524565b81546001600160a01b03165f610e6e8684611b5c565b60078501805460ff191660031790556005805491925084915f90610e93908490611b5c565b909155505060408051878152602081018390526001600160a01b0387169189917fac250911283c11c73c6a5d4425a62893edb888445b2b8e4b73c18ad44759662f910160405180910390a38515610eee57610eee8587611319565b8015610efe57610efe8282611319565b50505050505050565b5f8181526020819052604090206007810154610f2990839060ff1660016112d1565b60068101545f90610f6d906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416611981565b9050804311610f9957604051630f26247360e11b81526004810184905260248101829052604401610524565b5f83815260026020526040808220805460ff191660011790555184917fbf66dd73cf6fd898d373413289e14b4125c16df86d6a7f1f94a6df36eb2fb1b391a261076b8383611159565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461102d57604051638fe3dc5360e01b8152336004820152602401610524565b61103782826111ef565b816001600160a01b03167ff1c444ccb4378dbb8659f4ea38920ec0f501fc70c8299cc202055f62f33f190e8260405161107291815260200190565b60405180910390a26110843382611296565b5050565b6001600160a01b0381166110c95760405163046c82ad60e41b81526020600482015260076024820152661858d8dbdd5b9d60ca1b6044820152606401610524565b6107b9816113b2565b6110db336113b2565b565b5f8181526020819052604081206001600782015460ff16600481111561110557611105611489565b1480156111525750600681015461114f906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416611981565b43115b9392505050565b600581810154825460078401805460ff1916600417905582546001600160801b03909216926001600160a01b03909116918391905f9061119a908490611b5c565b90915550506040518281526001600160a01b0382169085907f6a1f355817b0c67f49d69eab66ba0feb8193205ca23b6ba8653427ff2d2790cc9060200160405180910390a36111e98183611319565b50505050565b805f036112285760405163046c82ad60e41b8152602060048201526006602482015265185b5bdd5b9d60d21b6044820152606401610524565b6001600160a01b0382165f908152600360205260409020548181101561126b5760405163cf47918160e01b81526004810182905260248101839052604401610524565b6001600160a01b039092165f9081526003602052604090209181900390915560048054919091039055565b5f5f5f5f5f85875af190508061076b57604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610524565b8060048111156112e3576112e3611489565b8260048111156112f5576112f5611489565b1461076b57828282604051639b0b4afd60e01b8152600401610524939291906117a7565b5f5f5f5f5f858761c350f190508061076b576001600160a01b0383165f9081526003602052604081208054849290611352908490611981565b925050819055508160045f82825461136a9190611981565b90915550506040518281526001600160a01b038416907ffa0ea8a012f094d1b6f48df9238391dcbfbbda9acf72c5fa9b26c32451e98a619060200160405180910390a2505050565b345f036113eb5760405163046c82ad60e41b8152602060048201526006602482015265185b5bdd5b9d60d21b6044820152606401610524565b6001600160a01b0381165f9081526003602052604081208054349290611412908490611981565b925050819055503460045f82825461142a9190611981565b909155505060405134815233906001600160a01b038316907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a350565b5f60208284031215611482575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600381106114ad576114ad611489565b9052565b600581106114ad576114ad611489565b81516001600160a01b031681526101e0810160208301516114e5602084018261149d565b50604083015161150060408401826001600160401b03169052565b5060608301516060830152608083015161152560808401826001600160401b03169052565b5060a083015161157b60a084018263ffffffff815116825263ffffffff602082015116602083015263ffffffff604082015116604083015263ffffffff6060820151166060830152608081015160808301525050565b5060c08301516001600160801b03166101408381019190915260e08401516001600160a01b031661016084015261010084015163ffffffff166101808401526101208401516001600160401b03166101a08401528301516115e06101c08401826114b1565b5092915050565b80356001600160a01b03811681146115fd575f5ffd5b919050565b5f60208284031215611612575f5ffd5b611152826115e7565b80356001600160401b03811681146115fd575f5ffd5b5f60a08284031215611641575f5ffd5b50919050565b63ffffffff811681146107b9575f5ffd5b80356115fd81611647565b5f5f5f5f5f5f5f5f610160898b03121561167b575f5ffd5b883560038110611689575f5ffd5b975061169760208a0161161b565b965060408901356001600160401b038111156116b1575f5ffd5b8901601f81018b136116c1575f5ffd5b80356001600160401b038111156116d6575f5ffd5b8b60208284010111156116e7575f5ffd5b602091909101965094506116fd60608a0161161b565b935061170c8a60808b01611631565b925061171b6101208a016115e7565b915061172a6101408a01611658565b90509295985092959890939650565b5f5f5f6060848603121561174b575f5ffd5b8335925060208401359150611762604085016115e7565b90509250925092565b5f5f6040838503121561177c575f5ffd5b611785836115e7565b946020939093013593505050565b602081016117a182846114b1565b92915050565b838152606081016117bb60208301856114b1565b6117c860408301846114b1565b949350505050565b602081525f6117a16020830160068152656d617846656560d01b602082015260400190565b608081525f61181a6080830160068152656d617846656560d01b602082015260400190565b60208301959095525060408101929092526001600160801b031660609091015290565b6060808252600590820152641a5b9c1d5d60da1b60808201526020810192909252604082015260a00190565b608081525f61189160808301600981526819185d185cd95d125960ba1b602082015260400190565b6001600160401b0395909516602083015250604081019290925260609091015290565b602081525f6117a160208301600981526819185d185cd95d125960ba1b602082015260400190565b5f602082840312156118ec575f5ffd5b813561115281611647565b608081525f61192660808301601081526f18d85b1b189858dad1d85cd31a5b5a5d60821b602082015260400190565b63ffffffff95909516602083015250604081019290925260609091015290565b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b5f6001820161197a5761197a611955565b5060010190565b808201808211156117a1576117a1611955565b813561199f81611647565b815460208401356119af81611647565b67ffffffff000000008160201b1663ffffffff84166001600160401b03198416171784555050505f60408301356119e581611647565b82546bffffffff0000000000000000191660409190911b6bffffffff000000000000000016178255505f6060830135611a1d81611647565b825463ffffffff60601b191660609190911b63ffffffff60601b161782555060809190910135600190910155565b8035611a5681611647565b63ffffffff1682526020810135611a6c81611647565b63ffffffff1660208301526040810135611a8581611647565b63ffffffff1660408301526060810135611a9e81611647565b63ffffffff166060830152608090810135910152565b611abe818c61149d565b6001600160401b038a1660208201528860408201526101a06060820152866101a082015286886101c08301375f6101c088830101525f6101c0601f19601f8a011683010190506001600160401b0387166080830152611b2060a0830187611a4b565b6001600160801b0385166101408301526001600160a01b03841661016083015263ffffffff83166101808301529b9a5050505050505050505050565b818103818111156117a1576117a161195556",
}

// JobInbox is an auto generated Go binding around an Ethereum contract.
type JobInbox struct {
	abi abi.ABI
}

// NewJobInbox creates a new instance of JobInbox.
func NewJobInbox() *JobInbox {
	parsed, err := JobInboxMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &JobInbox{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *JobInbox) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address rollup_, uint64 inclusionWindow_) returns()
func (jobInbox *JobInbox) PackConstructor(rollup_ common.Address, inclusionWindow_ uint64) []byte {
	enc, err := jobInbox.abi.Pack("", rollup_, inclusionWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d9809a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint256)
func (jobInbox *JobInbox) PackMAXCALLBACKGAS() []byte {
	enc, err := jobInbox.abi.Pack("MAX_CALLBACK_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCALLBACKGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d9809a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint256)
func (jobInbox *JobInbox) TryPackMAXCALLBACKGAS() ([]byte, error) {
	return jobInbox.abi.Pack("MAX_CALLBACK_GAS")
}

// UnpackMAXCALLBACKGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d9809a0.
//
// Solidity: function MAX_CALLBACK_GAS() view returns(uint256)
func (jobInbox *JobInbox) UnpackMAXCALLBACKGAS(data []byte) (*big.Int, error) {
	out, err := jobInbox.abi.Unpack("MAX_CALLBACK_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXINPUTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2ec5e5a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INPUT_BYTES() view returns(uint256)
func (jobInbox *JobInbox) PackMAXINPUTBYTES() []byte {
	enc, err := jobInbox.abi.Pack("MAX_INPUT_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINPUTBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2ec5e5a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INPUT_BYTES() view returns(uint256)
func (jobInbox *JobInbox) TryPackMAXINPUTBYTES() ([]byte, error) {
	return jobInbox.abi.Pack("MAX_INPUT_BYTES")
}

// UnpackMAXINPUTBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2ec5e5a.
//
// Solidity: function MAX_INPUT_BYTES() view returns(uint256)
func (jobInbox *JobInbox) UnpackMAXINPUTBYTES(data []byte) (*big.Int, error) {
	out, err := jobInbox.abi.Unpack("MAX_INPUT_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf47c84c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TOKENS() view returns(uint256)
func (jobInbox *JobInbox) PackMAXTOKENS() []byte {
	enc, err := jobInbox.abi.Pack("MAX_TOKENS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTOKENS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf47c84c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TOKENS() view returns(uint256)
func (jobInbox *JobInbox) TryPackMAXTOKENS() ([]byte, error) {
	return jobInbox.abi.Pack("MAX_TOKENS")
}

// UnpackMAXTOKENS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf47c84c5.
//
// Solidity: function MAX_TOKENS() view returns(uint256)
func (jobInbox *JobInbox) UnpackMAXTOKENS(data []byte) (*big.Int, error) {
	out, err := jobInbox.abi.Unpack("MAX_TOKENS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTOPPMICRO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfab5516a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TOP_P_MICRO() view returns(uint256)
func (jobInbox *JobInbox) PackMAXTOPPMICRO() []byte {
	enc, err := jobInbox.abi.Pack("MAX_TOP_P_MICRO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTOPPMICRO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfab5516a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TOP_P_MICRO() view returns(uint256)
func (jobInbox *JobInbox) TryPackMAXTOPPMICRO() ([]byte, error) {
	return jobInbox.abi.Pack("MAX_TOP_P_MICRO")
}

// UnpackMAXTOPPMICRO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfab5516a.
//
// Solidity: function MAX_TOP_P_MICRO() view returns(uint256)
func (jobInbox *JobInbox) UnpackMAXTOPPMICRO(data []byte) (*big.Int, error) {
	out, err := jobInbox.abi.Unpack("MAX_TOP_P_MICRO", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a44da83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (jobInbox *JobInbox) PackPAYOUTGAS() []byte {
	enc, err := jobInbox.abi.Pack("PAYOUT_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAYOUTGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a44da83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (jobInbox *JobInbox) TryPackPAYOUTGAS() ([]byte, error) {
	return jobInbox.abi.Pack("PAYOUT_GAS")
}

// UnpackPAYOUTGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a44da83.
//
// Solidity: function PAYOUT_GAS() view returns(uint256)
func (jobInbox *JobInbox) UnpackPAYOUTGAS(data []byte) (*big.Int, error) {
	out, err := jobInbox.abi.Unpack("PAYOUT_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (jobInbox *JobInbox) PackBalanceOf(account common.Address) []byte {
	enc, err := jobInbox.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (jobInbox *JobInbox) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return jobInbox.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (jobInbox *JobInbox) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := jobInbox.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCharge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ffa9cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function charge(address account, uint256 amount) returns()
func (jobInbox *JobInbox) PackCharge(account common.Address, amount *big.Int) []byte {
	enc, err := jobInbox.abi.Pack("charge", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCharge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3ffa9cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function charge(address account, uint256 amount) returns()
func (jobInbox *JobInbox) TryPackCharge(account common.Address, amount *big.Int) ([]byte, error) {
	return jobInbox.abi.Pack("charge", account, amount)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (jobInbox *JobInbox) PackDeposit() []byte {
	enc, err := jobInbox.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (jobInbox *JobInbox) TryPackDeposit() ([]byte, error) {
	return jobInbox.abi.Pack("deposit")
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa67c919.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(address account) payable returns()
func (jobInbox *JobInbox) PackDepositFor(account common.Address) []byte {
	enc, err := jobInbox.abi.Pack("depositFor", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa67c919.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(address account) payable returns()
func (jobInbox *JobInbox) TryPackDepositFor(account common.Address) ([]byte, error) {
	return jobInbox.abi.Pack("depositFor", account)
}

// PackEscrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01522b1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowed() view returns(uint256)
func (jobInbox *JobInbox) PackEscrowed() []byte {
	enc, err := jobInbox.abi.Pack("escrowed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01522b1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowed() view returns(uint256)
func (jobInbox *JobInbox) TryPackEscrowed() ([]byte, error) {
	return jobInbox.abi.Pack("escrowed")
}

// UnpackEscrowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01522b1e.
//
// Solidity: function escrowed() view returns(uint256)
func (jobInbox *JobInbox) UnpackEscrowed(data []byte) (*big.Int, error) {
	out, err := jobInbox.abi.Unpack("escrowed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInclusionWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe88816e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (jobInbox *JobInbox) PackInclusionWindow() []byte {
	enc, err := jobInbox.abi.Pack("inclusionWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInclusionWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe88816e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (jobInbox *JobInbox) TryPackInclusionWindow() ([]byte, error) {
	return jobInbox.abi.Pack("inclusionWindow")
}

// UnpackInclusionWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe88816e7.
//
// Solidity: function inclusionWindow() view returns(uint64)
func (jobInbox *JobInbox) UnpackInclusionWindow(data []byte) (uint64, error) {
	out, err := jobInbox.abi.Unpack("inclusionWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackIsForceRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd00994d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isForceRefunded(uint256 jobId) view returns(bool)
func (jobInbox *JobInbox) PackIsForceRefunded(jobId *big.Int) []byte {
	enc, err := jobInbox.abi.Pack("isForceRefunded", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsForceRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd00994d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isForceRefunded(uint256 jobId) view returns(bool)
func (jobInbox *JobInbox) TryPackIsForceRefunded(jobId *big.Int) ([]byte, error) {
	return jobInbox.abi.Pack("isForceRefunded", jobId)
}

// UnpackIsForceRefunded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd00994d6.
//
// Solidity: function isForceRefunded(uint256 jobId) view returns(bool)
func (jobInbox *JobInbox) UnpackIsForceRefunded(data []byte) (bool, error) {
	out, err := jobInbox.abi.Unpack("isForceRefunded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOverdue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd22a0d0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOverdue(uint256 jobId) view returns(bool)
func (jobInbox *JobInbox) PackIsOverdue(jobId *big.Int) []byte {
	enc, err := jobInbox.abi.Pack("isOverdue", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOverdue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd22a0d0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOverdue(uint256 jobId) view returns(bool)
func (jobInbox *JobInbox) TryPackIsOverdue(jobId *big.Int) ([]byte, error) {
	return jobInbox.abi.Pack("isOverdue", jobId)
}

// UnpackIsOverdue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd22a0d0f.
//
// Solidity: function isOverdue(uint256 jobId) view returns(bool)
func (jobInbox *JobInbox) UnpackIsOverdue(data []byte) (bool, error) {
	out, err := jobInbox.abi.Unpack("isOverdue", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2329e48c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function job(uint256 jobId) view returns((address,uint8,uint64,bytes32,uint64,(uint32,uint32,uint32,uint32,bytes32),uint128,address,uint32,uint64,uint8))
func (jobInbox *JobInbox) PackJob(jobId *big.Int) []byte {
	enc, err := jobInbox.abi.Pack("job", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2329e48c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function job(uint256 jobId) view returns((address,uint8,uint64,bytes32,uint64,(uint32,uint32,uint32,uint32,bytes32),uint128,address,uint32,uint64,uint8))
func (jobInbox *JobInbox) TryPackJob(jobId *big.Int) ([]byte, error) {
	return jobInbox.abi.Pack("job", jobId)
}

// UnpackJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2329e48c.
//
// Solidity: function job(uint256 jobId) view returns((address,uint8,uint64,bytes32,uint64,(uint32,uint32,uint32,uint32,bytes32),uint128,address,uint32,uint64,uint8))
func (jobInbox *JobInbox) UnpackJob(data []byte) (IJobInboxJob, error) {
	out, err := jobInbox.abi.Unpack("job", data)
	if err != nil {
		return *new(IJobInboxJob), err
	}
	out0 := *abi.ConvertType(out[0], new(IJobInboxJob)).(*IJobInboxJob)
	return out0, nil
}

// PackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobCount() view returns(uint256)
func (jobInbox *JobInbox) PackJobCount() []byte {
	enc, err := jobInbox.abi.Pack("jobCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobCount() view returns(uint256)
func (jobInbox *JobInbox) TryPackJobCount() ([]byte, error) {
	return jobInbox.abi.Pack("jobCount")
}

// UnpackJobCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5d8a0f.
//
// Solidity: function jobCount() view returns(uint256)
func (jobInbox *JobInbox) UnpackJobCount(data []byte) (*big.Int, error) {
	out, err := jobInbox.abi.Unpack("jobCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMarkIncluded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4816c57a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function markIncluded(uint256 jobId) returns()
func (jobInbox *JobInbox) PackMarkIncluded(jobId *big.Int) []byte {
	enc, err := jobInbox.abi.Pack("markIncluded", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarkIncluded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4816c57a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function markIncluded(uint256 jobId) returns()
func (jobInbox *JobInbox) TryPackMarkIncluded(jobId *big.Int) ([]byte, error) {
	return jobInbox.abi.Pack("markIncluded", jobId)
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 jobId) returns()
func (jobInbox *JobInbox) PackRefund(jobId *big.Int) []byte {
	enc, err := jobInbox.abi.Pack("refund", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 jobId) returns()
func (jobInbox *JobInbox) TryPackRefund(jobId *big.Int) ([]byte, error) {
	return jobInbox.abi.Pack("refund", jobId)
}

// PackRefundOverdue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ed816c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundOverdue(uint256 jobId) returns()
func (jobInbox *JobInbox) PackRefundOverdue(jobId *big.Int) []byte {
	enc, err := jobInbox.abi.Pack("refundOverdue", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundOverdue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ed816c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundOverdue(uint256 jobId) returns()
func (jobInbox *JobInbox) TryPackRefundOverdue(jobId *big.Int) ([]byte, error) {
	return jobInbox.abi.Pack("refundOverdue", jobId)
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c4128a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(uint256 jobId, uint256 fee, address payee) returns()
func (jobInbox *JobInbox) PackRelease(jobId *big.Int, fee *big.Int, payee common.Address) []byte {
	enc, err := jobInbox.abi.Pack("release", jobId, fee, payee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c4128a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(uint256 jobId, uint256 fee, address payee) returns()
func (jobInbox *JobInbox) TryPackRelease(jobId *big.Int, fee *big.Int, payee common.Address) ([]byte, error) {
	return jobInbox.abi.Pack("release", jobId, fee, payee)
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (jobInbox *JobInbox) PackRollup() []byte {
	enc, err := jobInbox.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (jobInbox *JobInbox) TryPackRollup() ([]byte, error) {
	return jobInbox.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (jobInbox *JobInbox) UnpackRollup(data []byte) (common.Address, error) {
	out, err := jobInbox.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad35efd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statusOf(uint256 jobId) view returns(uint8)
func (jobInbox *JobInbox) PackStatusOf(jobId *big.Int) []byte {
	enc, err := jobInbox.abi.Pack("statusOf", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad35efd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statusOf(uint256 jobId) view returns(uint8)
func (jobInbox *JobInbox) TryPackStatusOf(jobId *big.Int) ([]byte, error) {
	return jobInbox.abi.Pack("statusOf", jobId)
}

// UnpackStatusOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad35efd4.
//
// Solidity: function statusOf(uint256 jobId) view returns(uint8)
func (jobInbox *JobInbox) UnpackStatusOf(data []byte) (uint8, error) {
	out, err := jobInbox.abi.Unpack("statusOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a0fa156.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(uint8 kind, uint64 modelId, bytes input, uint64 datasetId, (uint32,uint32,uint32,uint32,bytes32) params, address callback, uint32 callbackGasLimit) payable returns(uint256 jobId)
func (jobInbox *JobInbox) PackSubmit(kind uint8, modelId uint64, input []byte, datasetId uint64, params IJobInboxParams, callback common.Address, callbackGasLimit uint32) []byte {
	enc, err := jobInbox.abi.Pack("submit", kind, modelId, input, datasetId, params, callback, callbackGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a0fa156.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(uint8 kind, uint64 modelId, bytes input, uint64 datasetId, (uint32,uint32,uint32,uint32,bytes32) params, address callback, uint32 callbackGasLimit) payable returns(uint256 jobId)
func (jobInbox *JobInbox) TryPackSubmit(kind uint8, modelId uint64, input []byte, datasetId uint64, params IJobInboxParams, callback common.Address, callbackGasLimit uint32) ([]byte, error) {
	return jobInbox.abi.Pack("submit", kind, modelId, input, datasetId, params, callback, callbackGasLimit)
}

// UnpackSubmit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a0fa156.
//
// Solidity: function submit(uint8 kind, uint64 modelId, bytes input, uint64 datasetId, (uint32,uint32,uint32,uint32,bytes32) params, address callback, uint32 callbackGasLimit) payable returns(uint256 jobId)
func (jobInbox *JobInbox) UnpackSubmit(data []byte) (*big.Int, error) {
	out, err := jobInbox.abi.Unpack("submit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa69a2ad1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBalances() view returns(uint256)
func (jobInbox *JobInbox) PackTotalBalances() []byte {
	enc, err := jobInbox.abi.Pack("totalBalances")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa69a2ad1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBalances() view returns(uint256)
func (jobInbox *JobInbox) TryPackTotalBalances() ([]byte, error) {
	return jobInbox.abi.Pack("totalBalances")
}

// UnpackTotalBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa69a2ad1.
//
// Solidity: function totalBalances() view returns(uint256)
func (jobInbox *JobInbox) UnpackTotalBalances(data []byte) (*big.Int, error) {
	out, err := jobInbox.abi.Unpack("totalBalances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 amount) returns()
func (jobInbox *JobInbox) PackWithdraw(amount *big.Int) []byte {
	enc, err := jobInbox.abi.Pack("withdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 amount) returns()
func (jobInbox *JobInbox) TryPackWithdraw(amount *big.Int) ([]byte, error) {
	return jobInbox.abi.Pack("withdraw", amount)
}

// JobInboxCharged represents a Charged event raised by the JobInbox contract.
type JobInboxCharged struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobInboxChargedEventName = "Charged"

// ContractEventName returns the user-defined event name.
func (JobInboxCharged) ContractEventName() string {
	return JobInboxChargedEventName
}

// UnpackChargedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Charged(address indexed account, uint256 amount)
func (jobInbox *JobInbox) UnpackChargedEvent(log *types.Log) (*JobInboxCharged, error) {
	event := "Charged"
	if len(log.Topics) == 0 || log.Topics[0] != jobInbox.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(JobInboxCharged)
	if len(log.Data) > 0 {
		if err := jobInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobInboxDeposited represents a Deposited event raised by the JobInbox contract.
type JobInboxDeposited struct {
	Account common.Address
	From    common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobInboxDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (JobInboxDeposited) ContractEventName() string {
	return JobInboxDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, address indexed from, uint256 amount)
func (jobInbox *JobInbox) UnpackDepositedEvent(log *types.Log) (*JobInboxDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 || log.Topics[0] != jobInbox.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(JobInboxDeposited)
	if len(log.Data) > 0 {
		if err := jobInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobInboxJobDelivered represents a JobDelivered event raised by the JobInbox contract.
type JobInboxJobDelivered struct {
	JobId    *big.Int
	Payee    common.Address
	Fee      *big.Int
	Refunded *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const JobInboxJobDeliveredEventName = "JobDelivered"

// ContractEventName returns the user-defined event name.
func (JobInboxJobDelivered) ContractEventName() string {
	return JobInboxJobDeliveredEventName
}

// UnpackJobDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobDelivered(uint256 indexed jobId, address indexed payee, uint256 fee, uint256 refunded)
func (jobInbox *JobInbox) UnpackJobDeliveredEvent(log *types.Log) (*JobInboxJobDelivered, error) {
	event := "JobDelivered"
	if len(log.Topics) == 0 || log.Topics[0] != jobInbox.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(JobInboxJobDelivered)
	if len(log.Data) > 0 {
		if err := jobInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobInboxJobIncluded represents a JobIncluded event raised by the JobInbox contract.
type JobInboxJobIncluded struct {
	JobId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobInboxJobIncludedEventName = "JobIncluded"

// ContractEventName returns the user-defined event name.
func (JobInboxJobIncluded) ContractEventName() string {
	return JobInboxJobIncludedEventName
}

// UnpackJobIncludedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobIncluded(uint256 indexed jobId)
func (jobInbox *JobInbox) UnpackJobIncludedEvent(log *types.Log) (*JobInboxJobIncluded, error) {
	event := "JobIncluded"
	if len(log.Topics) == 0 || log.Topics[0] != jobInbox.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(JobInboxJobIncluded)
	if len(log.Data) > 0 {
		if err := jobInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobInboxJobOverdue represents a JobOverdue event raised by the JobInbox contract.
type JobInboxJobOverdue struct {
	JobId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobInboxJobOverdueEventName = "JobOverdue"

// ContractEventName returns the user-defined event name.
func (JobInboxJobOverdue) ContractEventName() string {
	return JobInboxJobOverdueEventName
}

// UnpackJobOverdueEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobOverdue(uint256 indexed jobId)
func (jobInbox *JobInbox) UnpackJobOverdueEvent(log *types.Log) (*JobInboxJobOverdue, error) {
	event := "JobOverdue"
	if len(log.Topics) == 0 || log.Topics[0] != jobInbox.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(JobInboxJobOverdue)
	if len(log.Data) > 0 {
		if err := jobInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobInboxJobRefunded represents a JobRefunded event raised by the JobInbox contract.
type JobInboxJobRefunded struct {
	JobId     *big.Int
	Submitter common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobInboxJobRefundedEventName = "JobRefunded"

// ContractEventName returns the user-defined event name.
func (JobInboxJobRefunded) ContractEventName() string {
	return JobInboxJobRefundedEventName
}

// UnpackJobRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobRefunded(uint256 indexed jobId, address indexed submitter, uint256 amount)
func (jobInbox *JobInbox) UnpackJobRefundedEvent(log *types.Log) (*JobInboxJobRefunded, error) {
	event := "JobRefunded"
	if len(log.Topics) == 0 || log.Topics[0] != jobInbox.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(JobInboxJobRefunded)
	if len(log.Data) > 0 {
		if err := jobInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobInboxJobSubmitted represents a JobSubmitted event raised by the JobInbox contract.
type JobInboxJobSubmitted struct {
	JobId            *big.Int
	Submitter        common.Address
	Kind             uint8
	ModelId          uint64
	InputHash        [32]byte
	Input            []byte
	DatasetId        uint64
	Params           IJobInboxParams
	MaxFee           *big.Int
	Callback         common.Address
	CallbackGasLimit uint32
	Raw              *types.Log // Blockchain specific contextual infos
}

const JobInboxJobSubmittedEventName = "JobSubmitted"

// ContractEventName returns the user-defined event name.
func (JobInboxJobSubmitted) ContractEventName() string {
	return JobInboxJobSubmittedEventName
}

// UnpackJobSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSubmitted(uint256 indexed jobId, address indexed submitter, uint8 kind, uint64 modelId, bytes32 inputHash, bytes input, uint64 datasetId, (uint32,uint32,uint32,uint32,bytes32) params, uint128 maxFee, address callback, uint32 callbackGasLimit)
func (jobInbox *JobInbox) UnpackJobSubmittedEvent(log *types.Log) (*JobInboxJobSubmitted, error) {
	event := "JobSubmitted"
	if len(log.Topics) == 0 || log.Topics[0] != jobInbox.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(JobInboxJobSubmitted)
	if len(log.Data) > 0 {
		if err := jobInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobInboxPayoutCredited represents a PayoutCredited event raised by the JobInbox contract.
type JobInboxPayoutCredited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobInboxPayoutCreditedEventName = "PayoutCredited"

// ContractEventName returns the user-defined event name.
func (JobInboxPayoutCredited) ContractEventName() string {
	return JobInboxPayoutCreditedEventName
}

// UnpackPayoutCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutCredited(address indexed account, uint256 amount)
func (jobInbox *JobInbox) UnpackPayoutCreditedEvent(log *types.Log) (*JobInboxPayoutCredited, error) {
	event := "PayoutCredited"
	if len(log.Topics) == 0 || log.Topics[0] != jobInbox.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(JobInboxPayoutCredited)
	if len(log.Data) > 0 {
		if err := jobInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobInboxWithdrawn represents a Withdrawn event raised by the JobInbox contract.
type JobInboxWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobInboxWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (JobInboxWithdrawn) ContractEventName() string {
	return JobInboxWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (jobInbox *JobInbox) UnpackWithdrawnEvent(log *types.Log) (*JobInboxWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 || log.Topics[0] != jobInbox.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(JobInboxWithdrawn)
	if len(log.Data) > 0 {
		if err := jobInbox.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobInbox.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (jobInbox *JobInbox) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], jobInbox.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return jobInbox.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobInbox.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return jobInbox.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobInbox.abi.Errors["InvalidLength"].ID.Bytes()[:4]) {
		return jobInbox.UnpackInvalidLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobInbox.abi.Errors["NotOverdue"].ID.Bytes()[:4]) {
		return jobInbox.UnpackNotOverdueError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobInbox.abi.Errors["NotRollup"].ID.Bytes()[:4]) {
		return jobInbox.UnpackNotRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobInbox.abi.Errors["OutOfRange"].ID.Bytes()[:4]) {
		return jobInbox.UnpackOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobInbox.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return jobInbox.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobInbox.abi.Errors["UnknownJob"].ID.Bytes()[:4]) {
		return jobInbox.UnpackUnknownJobError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobInbox.abi.Errors["WrongStatus"].ID.Bytes()[:4]) {
		return jobInbox.UnpackWrongStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobInbox.abi.Errors["ZeroValue"].ID.Bytes()[:4]) {
		return jobInbox.UnpackZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// JobInboxFeeTooHigh represents a FeeTooHigh error raised by the JobInbox contract.
type JobInboxFeeTooHigh struct {
	JobId  *big.Int
	Fee    *big.Int
	MaxFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint256 jobId, uint256 fee, uint256 maxFee)
func JobInboxFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0xdcf818fba31fba2cffaaed23ab3ce22b09ae246f46eb3ac46dcc139948e8ae92")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint256 jobId, uint256 fee, uint256 maxFee)
func (jobInbox *JobInbox) UnpackFeeTooHighError(raw []byte) (*JobInboxFeeTooHigh, error) {
	out := new(JobInboxFeeTooHigh)
	if err := jobInbox.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobInboxInsufficientBalance represents a InsufficientBalance error raised by the JobInbox contract.
type JobInboxInsufficientBalance struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 have, uint256 want)
func JobInboxInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 have, uint256 want)
func (jobInbox *JobInbox) UnpackInsufficientBalanceError(raw []byte) (*JobInboxInsufficientBalance, error) {
	out := new(JobInboxInsufficientBalance)
	if err := jobInbox.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobInboxInvalidLength represents a InvalidLength error raised by the JobInbox contract.
type JobInboxInvalidLength struct {
	Field  string
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLength(string field, uint256 length, uint256 max)
func JobInboxInvalidLengthErrorID() common.Hash {
	return common.HexToHash("0x07120da760b959e77df65ce1e1a501cfc9e261cb6229aaee1113d2a6aa0f96bf")
}

// UnpackInvalidLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLength(string field, uint256 length, uint256 max)
func (jobInbox *JobInbox) UnpackInvalidLengthError(raw []byte) (*JobInboxInvalidLength, error) {
	out := new(JobInboxInvalidLength)
	if err := jobInbox.abi.UnpackIntoInterface(out, "InvalidLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobInboxNotOverdue represents a NotOverdue error raised by the JobInbox contract.
type JobInboxNotOverdue struct {
	JobId    *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOverdue(uint256 jobId, uint256 deadline)
func JobInboxNotOverdueErrorID() common.Hash {
	return common.HexToHash("0x1e4c48e6306b1152c696fd155a0f87d5da87aa97342dccd8133a98f76c88af43")
}

// UnpackNotOverdueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOverdue(uint256 jobId, uint256 deadline)
func (jobInbox *JobInbox) UnpackNotOverdueError(raw []byte) (*JobInboxNotOverdue, error) {
	out := new(JobInboxNotOverdue)
	if err := jobInbox.abi.UnpackIntoInterface(out, "NotOverdue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobInboxNotRollup represents a NotRollup error raised by the JobInbox contract.
type JobInboxNotRollup struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRollup(address caller)
func JobInboxNotRollupErrorID() common.Hash {
	return common.HexToHash("0x8fe3dc5304c5cf10f2a6a5093c886f1a35fc4acb6e8f5e7a9f5967d58f90484f")
}

// UnpackNotRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRollup(address caller)
func (jobInbox *JobInbox) UnpackNotRollupError(raw []byte) (*JobInboxNotRollup, error) {
	out := new(JobInboxNotRollup)
	if err := jobInbox.abi.UnpackIntoInterface(out, "NotRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobInboxOutOfRange represents a OutOfRange error raised by the JobInbox contract.
type JobInboxOutOfRange struct {
	Field string
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 min, uint256 max)
func JobInboxOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x73c9e34d2a15238d4d9392e631e98bf849916058f3b57c13e1bf0d8b6d1d6540")
}

// UnpackOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 min, uint256 max)
func (jobInbox *JobInbox) UnpackOutOfRangeError(raw []byte) (*JobInboxOutOfRange, error) {
	out := new(JobInboxOutOfRange)
	if err := jobInbox.abi.UnpackIntoInterface(out, "OutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobInboxTransferFailed represents a TransferFailed error raised by the JobInbox contract.
type JobInboxTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func JobInboxTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (jobInbox *JobInbox) UnpackTransferFailedError(raw []byte) (*JobInboxTransferFailed, error) {
	out := new(JobInboxTransferFailed)
	if err := jobInbox.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobInboxUnknownJob represents a UnknownJob error raised by the JobInbox contract.
type JobInboxUnknownJob struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownJob(uint256 jobId)
func JobInboxUnknownJobErrorID() common.Hash {
	return common.HexToHash("0x510aa5f06826d740de587fc177250838c7f20674aef37603d5ab5f52cef91ae8")
}

// UnpackUnknownJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownJob(uint256 jobId)
func (jobInbox *JobInbox) UnpackUnknownJobError(raw []byte) (*JobInboxUnknownJob, error) {
	out := new(JobInboxUnknownJob)
	if err := jobInbox.abi.UnpackIntoInterface(out, "UnknownJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobInboxWrongStatus represents a WrongStatus error raised by the JobInbox contract.
type JobInboxWrongStatus struct {
	JobId *big.Int
	Have  uint8
	Want  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongStatus(uint256 jobId, uint8 have, uint8 want)
func JobInboxWrongStatusErrorID() common.Hash {
	return common.HexToHash("0x9b0b4afd5488c1081a7a837f87f3f5f15a7b46a4fd78cf519a40caf944cbf123")
}

// UnpackWrongStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongStatus(uint256 jobId, uint8 have, uint8 want)
func (jobInbox *JobInbox) UnpackWrongStatusError(raw []byte) (*JobInboxWrongStatus, error) {
	out := new(JobInboxWrongStatus)
	if err := jobInbox.abi.UnpackIntoInterface(out, "WrongStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobInboxZeroValue represents a ZeroValue error raised by the JobInbox contract.
type JobInboxZeroValue struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroValue(string field)
func JobInboxZeroValueErrorID() common.Hash {
	return common.HexToHash("0x46c82ad0196f611f7b70d8cd7cfe450fc594ee31d60c30f03b520c195e8b60f5")
}

// UnpackZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroValue(string field)
func (jobInbox *JobInbox) UnpackZeroValueError(raw []byte) (*JobInboxZeroValue, error) {
	out := new(JobInboxZeroValue)
	if err := jobInbox.abi.UnpackIntoInterface(out, "ZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"MAX_URI_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"model\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"embeddingDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocabSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"contextLength\",\"type\":\"uint32\"}],\"internalType\":\"structIModelRegistry.Dims\",\"name\":\"dims\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"internalType\":\"structIModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"modelIdOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"embeddingDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocabSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"contextLength\",\"type\":\"uint32\"}],\"internalType\":\"structIModelRegistry.Dims\",\"name\":\"dims\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"metadataHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"embeddingDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocabSize\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"contextLength\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structIModelRegistry.Dims\",\"name\":\"dims\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InvalidDimension\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"InvalidUri\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ModelAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownModel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroModelRoot\",\"type\":\"error\"}]",
	ID:  "7e09b4c3ece34f10c367c2c3761c8764bb",
	Bin: "0x6080604052348015600e575f5ffd5b50610d778061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c80634c5770d91461005957806389c5dbf414610082578063aab5a877146100a3578063c6a645fe146100ac578063d1a6a5a0146100b4575b5f5ffd5b61006c610067366004610766565b6100d3565b60405161007991906107ab565b60405180910390f35b610095610090366004610887565b6102e3565b604051908152602001610079565b61009561080081565b600254610095565b6100956100c2366004610766565b5f9081526001602052604090205490565b61013a6040805160c080820183525f8083526020808401829052845160e081018652828152908101829052808501829052606081018290526080810182905260a0810182905291820152909182019081525f60208201819052604082015260609081015290565b811580610148575060025482115b1561016e57604051632380022d60e01b8152600481018390526024015b60405180910390fd5b5f8281526020818152604091829020825160c0808201855282548252600183015482850152845160e081018652600284015463ffffffff80821683526401000000008204811696830196909652680100000000000000008104861682880152600160601b81048616606080840191909152600160801b82048716608080850191909152600160a01b808404891660a080870191909152600160c01b909404909816948401949094529684019190915260038401546001600160a01b038116968401969096529390940467ffffffffffffffff1693810193909352600481018054919284019161025c90610922565b80601f016020809104026020016040519081016040528092919081815260200182805461028890610922565b80156102d35780601f106102aa576101008083540402835291602001916102d3565b820191905f5260205f20905b8154815290600101906020018083116102b657829003601f168201915b5050505050815250509050919050565b5f8561030257604051630ea3c3a760e21b815260040160405180910390fd5b5f8681526001602052604090205480156103395760405163076e4bf160e41b81526004810188905260248101829052604401610165565b61034285610460565b82801580610351575061080081115b1561037a57604051637f76717960e01b8152600481018290526108006024820152604401610165565b60025f81546103889061095a565b91829055505f898152600160208181526040808420859055848452908390529091208a815590810189905590935086600282016103c582826109a1565b50506003810180546001600160e01b0319163367ffffffffffffffff60a01b191617600160a01b4267ffffffffffffffff16021790556004810161040a868883610b57565b50336001600160a01b031689857f57a0b57c677da18634f6ab709a3c303decfb82dc3b745e3f1918fd200d6281fd8b8b8b8b60405161044c9493929190610c4a565b60405180910390a450505095945050505050565b61046d6020820182610d22565b63ffffffff165f036104b95760408051632c885d8b60e21b81526004810191909152600c60448201526b656d62656464696e6744696d60a01b60648201525f6024820152608401610165565b6104c96040820160208301610d22565b63ffffffff165f0361050f5760408051632c885d8b60e21b8152600481019190915260066044820152656c617965727360d01b60648201525f6024820152608401610165565b61051f6060820160408301610d22565b63ffffffff16158061055c575061053c6060820160408301610d22565b6105496020830183610d22565b6105539190610d44565b63ffffffff1615155b156105b1576105716060820160408301610d22565b60408051632c885d8b60e21b815260048101919091526005604482015264686561647360d81b606482015263ffffffff9091166024820152608401610165565b6105c16080820160608301610d22565b63ffffffff16158061060157506105de6080820160608301610d22565b6105ee6060830160408401610d22565b6105f89190610d44565b63ffffffff1615155b15610658576106166080820160608301610d22565b60408051632c885d8b60e21b8152600481019190915260076044820152666b76486561647360c81b606482015263ffffffff9091166024820152608401610165565b61066860a0820160808301610d22565b63ffffffff165f036106ad5760408051632c885d8b60e21b815260048101919091526005604482015264666644696d60d81b60648201525f6024820152608401610165565b6106bd60c0820160a08301610d22565b63ffffffff165f036107065760408051632c885d8b60e21b815260048101919091526009604482015268766f63616253697a6560b81b60648201525f6024820152608401610165565b61071660e0820160c08301610d22565b63ffffffff165f036107635760408051632c885d8b60e21b81526004810191909152600d60448201526c0c6dedce8caf0e898cadccee8d609b1b60648201525f6024820152608401610165565b50565b5f60208284031215610776575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815281516020820152602082015160408201525f604083015163ffffffff815116606084015263ffffffff602082015116608084015263ffffffff60408201511660a084015263ffffffff60608201511660c084015263ffffffff60808201511660e084015260a081015161082b61010085018263ffffffff169052565b5060c0015163ffffffff1661012083015260608301516001600160a01b0316610140830152608083015167ffffffffffffffff1661016083015260a08301516101808084015261087f6101a084018261077d565b949350505050565b5f5f5f5f5f85870361014081121561089d575f5ffd5b863595506020870135945060e0603f19820112156108b9575f5ffd5b5060408601925061012086013567ffffffffffffffff8111156108da575f5ffd5b8601601f810188136108ea575f5ffd5b803567ffffffffffffffff811115610900575f5ffd5b886020828401011115610911575f5ffd5b959894975092955050506020019190565b600181811c9082168061093657607f821691505b60208210810361095457634e487b7160e01b5f52602260045260245ffd5b50919050565b5f6001820161097757634e487b7160e01b5f52601160045260245ffd5b5060010190565b63ffffffff81168114610763575f5ffd5b5f813561099b8161097e565b92915050565b81356109ac8161097e565b815460208401356109bc8161097e565b67ffffffff000000008160201b1663ffffffff841667ffffffffffffffff198416171784555050505f60408301356109f38161097e565b82546bffffffff0000000000000000191660409190911b6bffffffff00000000000000001617825550610a4f610a2b6060840161098f565b82805463ffffffff60601b191660609290921b63ffffffff60601b16919091179055565b610a82610a5e6080840161098f565b82805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b610ab5610a9160a0840161098f565b82805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b610ae8610ac460c0840161098f565b82805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b5050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610b525782821115610b5257805f5260205f20601f840160051c6020851015610b2b57505f5b90810190601f840160051c035f5b81811015610b4e575f83820155600101610b39565b5050505b505050565b67ffffffffffffffff831115610b6f57610b6f610aec565b610b8383610b7d8354610922565b83610b00565b5f601f841160018114610bb4575f8515610b9d5750838201355b5f19600387901b1c1916600186901b178355610c0b565b5f83815260208120601f198716915b82811015610be35786850135825560209485019460019092019101610bc3565b5086821015610bff575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b8035610c1d8161097e565b919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8481525f8435610c598161097e565b63ffffffff81166020840152506020850135610c748161097e565b63ffffffff81166040840152506040850135610c8f8161097e565b63ffffffff8116606084015250610ca860608601610c12565b63ffffffff8116608084015250610cc160808601610c12565b63ffffffff811660a084015250610cda60a08601610c12565b63ffffffff811660c084015250610cf360c08601610c12565b63ffffffff811660e084015250610120610100830152610d1861012083018486610c22565b9695505050505050565b5f60208284031215610d32575f5ffd5b8135610d3d8161097e565b9392505050565b5f63ffffffff831680610d6557634e487b7160e01b5f52601260045260245ffd5b8063ffffffff8416069150509291505056",
}

// ModelRegistry is an auto generated Go binding around an Ethereum contract.
type ModelRegistry struct {
	abi abi.ABI
}

// NewModelRegistry creates a new instance of ModelRegistry.
func NewModelRegistry() *ModelRegistry {
	parsed, err := ModelRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab5a877.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (modelRegistry *ModelRegistry) PackMAXURILENGTH() []byte {
	enc, err := modelRegistry.abi.Pack("MAX_URI_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab5a877.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackMAXURILENGTH() ([]byte, error) {
	return modelRegistry.abi.Pack("MAX_URI_LENGTH")
}

// UnpackMAXURILENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaab5a877.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackMAXURILENGTH(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("MAX_URI_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5770d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function model(uint256 id) view returns((bytes32,bytes32,(uint32,uint32,uint32,uint32,uint32,uint32,uint32),address,uint64,string))
func (modelRegistry *ModelRegistry) PackModel(id *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("model", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5770d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function model(uint256 id) view returns((bytes32,bytes32,(uint32,uint32,uint32,uint32,uint32,uint32,uint32),address,uint64,string))
func (modelRegistry *ModelRegistry) TryPackModel(id *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("model", id)
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5770d9.
//
// Solidity: function model(uint256 id) view returns((bytes32,bytes32,(uint32,uint32,uint32,uint32,uint32,uint32,uint32),address,uint64,string))
func (modelRegistry *ModelRegistry) UnpackModel(data []byte) (IModelRegistryModel, error) {
	out, err := modelRegistry.abi.Unpack("model", data)
	if err != nil {
		return *new(IModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(IModelRegistryModel)).(*IModelRegistryModel)
	return out0, nil
}

// PackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) PackModelCount() []byte {
	enc, err := modelRegistry.abi.Pack("modelCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackModelCount() ([]byte, error) {
	return modelRegistry.abi.Pack("modelCount")
}

// UnpackModelCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackModelCount(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("modelCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModelIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1a6a5a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelIdOf(bytes32 root) view returns(uint256)
func (modelRegistry *ModelRegistry) PackModelIdOf(root [32]byte) []byte {
	enc, err := modelRegistry.abi.Pack("modelIdOf", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1a6a5a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelIdOf(bytes32 root) view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackModelIdOf(root [32]byte) ([]byte, error) {
	return modelRegistry.abi.Pack("modelIdOf", root)
}

// UnpackModelIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1a6a5a0.
//
// Solidity: function modelIdOf(bytes32 root) view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackModelIdOf(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("modelIdOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89c5dbf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes32 root, bytes32 metadataHash, (uint32,uint32,uint32,uint32,uint32,uint32,uint32) dims, string uri) returns(uint256 id)
func (modelRegistry *ModelRegistry) PackRegister(root [32]byte, metadataHash [32]byte, dims IModelRegistryDims, uri string) []byte {
	enc, err := modelRegistry.abi.Pack("register", root, metadataHash, dims, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89c5dbf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes32 root, bytes32 metadataHash, (uint32,uint32,uint32,uint32,uint32,uint32,uint32) dims, string uri) returns(uint256 id)
func (modelRegistry *ModelRegistry) TryPackRegister(root [32]byte, metadataHash [32]byte, dims IModelRegistryDims, uri string) ([]byte, error) {
	return modelRegistry.abi.Pack("register", root, metadataHash, dims, uri)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89c5dbf4.
//
// Solidity: function register(bytes32 root, bytes32 metadataHash, (uint32,uint32,uint32,uint32,uint32,uint32,uint32) dims, string uri) returns(uint256 id)
func (modelRegistry *ModelRegistry) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("register", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ModelRegistryModelRegistered represents a ModelRegistered event raised by the ModelRegistry contract.
type ModelRegistryModelRegistered struct {
	Id           *big.Int
	Root         [32]byte
	Publisher    common.Address
	MetadataHash [32]byte
	Dims         IModelRegistryDims
	Uri          string
	Raw          *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelRegistered) ContractEventName() string {
	return ModelRegistryModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(uint256 indexed id, bytes32 indexed root, address indexed publisher, bytes32 metadataHash, (uint32,uint32,uint32,uint32,uint32,uint32,uint32) dims, string uri)
func (modelRegistry *ModelRegistry) UnpackModelRegisteredEvent(log *types.Log) (*ModelRegistryModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 || log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ModelRegistryModelRegistered)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (modelRegistry *ModelRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["InvalidDimension"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackInvalidDimensionError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["InvalidUri"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackInvalidUriError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ModelAlreadyRegistered"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackModelAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackUnknownModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZeroModelRoot"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZeroModelRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryInvalidDimension represents a InvalidDimension error raised by the ModelRegistry contract.
type ModelRegistryInvalidDimension struct {
	Field string
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDimension(string field, uint256 value)
func ModelRegistryInvalidDimensionErrorID() common.Hash {
	return common.HexToHash("0xb221762cd1ebd3250a6f899899e26db51c7458f2e362b29aa5e0ac6c6fc33e2d")
}

// UnpackInvalidDimensionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDimension(string field, uint256 value)
func (modelRegistry *ModelRegistry) UnpackInvalidDimensionError(raw []byte) (*ModelRegistryInvalidDimension, error) {
	out := new(ModelRegistryInvalidDimension)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "InvalidDimension", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryInvalidUri represents a InvalidUri error raised by the ModelRegistry contract.
type ModelRegistryInvalidUri struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUri(uint256 length, uint256 max)
func ModelRegistryInvalidUriErrorID() common.Hash {
	return common.HexToHash("0x7f767179fd117c3180fb470d8a47c3a9d3cd5030efa7ce4ae26fb26bb6683bb5")
}

// UnpackInvalidUriError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUri(uint256 length, uint256 max)
func (modelRegistry *ModelRegistry) UnpackInvalidUriError(raw []byte) (*ModelRegistryInvalidUri, error) {
	out := new(ModelRegistryInvalidUri)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "InvalidUri", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryModelAlreadyRegistered represents a ModelAlreadyRegistered error raised by the ModelRegistry contract.
type ModelRegistryModelAlreadyRegistered struct {
	Root [32]byte
	Id   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelAlreadyRegistered(bytes32 root, uint256 id)
func ModelRegistryModelAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x76e4bf10621f154dfb99e9b91d2ab67b127f34d4b5e9ac0277b74b456b636f0a")
}

// UnpackModelAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelAlreadyRegistered(bytes32 root, uint256 id)
func (modelRegistry *ModelRegistry) UnpackModelAlreadyRegisteredError(raw []byte) (*ModelRegistryModelAlreadyRegistered, error) {
	out := new(ModelRegistryModelAlreadyRegistered)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ModelAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryUnknownModel represents a UnknownModel error raised by the ModelRegistry contract.
type ModelRegistryUnknownModel struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownModel(uint256 id)
func ModelRegistryUnknownModelErrorID() common.Hash {
	return common.HexToHash("0x2380022d955c9d9f2011291f12230d2200b459ca8f2d07a27d4410c88f1ada5e")
}

// UnpackUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownModel(uint256 id)
func (modelRegistry *ModelRegistry) UnpackUnknownModelError(raw []byte) (*ModelRegistryUnknownModel, error) {
	out := new(ModelRegistryUnknownModel)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "UnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryZeroModelRoot represents a ZeroModelRoot error raised by the ModelRegistry contract.
type ModelRegistryZeroModelRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroModelRoot()
func ModelRegistryZeroModelRootErrorID() common.Hash {
	return common.HexToHash("0x3a8f0e9c111e1c3aea921be0bbf2a3e5852f77384e143543ee6a6c8ab60690a6")
}

// UnpackZeroModelRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroModelRoot()
func (modelRegistry *ModelRegistry) UnpackZeroModelRootError(raw []byte) (*ModelRegistryZeroModelRoot, error) {
	out := new(ModelRegistryZeroModelRoot)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ZeroModelRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionMetaData contains all meta data concerning the OneStepAttention contract.
var OneStepAttentionMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"promptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"promptLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.JobContext\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"l\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[19]\",\"name\":\"regRoots\",\"type\":\"bytes32[19]\"},{\"internalType\":\"bytes32[]\",\"name\":\"layerRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Chunk[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"full\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"first\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Subtree[]\",\"name\":\"subtrees\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"model\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"kv\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"prompt\",\"type\":\"tuple[]\"}],\"internalType\":\"structIOneStepTypes.StepProof\",\"name\":\"sp\",\"type\":\"tuple\"}],\"name\":\"stepAttention\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotInModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotProbability\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"programLength\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongOperand\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"}]",
	ID:  "19e64ed28e7df9f34d2ab7959626f40ee6",
	Bin: "0x6080604052348015600e575f5ffd5b5061480f8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063ccb2a97e1461002d575b5f5ffd5b61004061003b366004614227565b610059565b6040805192835260208301919091520160405180910390f35b5f5f5f610067878786610215565b90508060200151816101a00151036100b457806101a001516001826020015161009091906142b9565b6040516329ded1a760e11b81526004016100ab9291906142cc565b60405180910390fd5b6100ca6100c460208601866142f4565b8261076c565b9250610101876100e0604087016020880161431a565b63ffffffff166100f360208801886142f4565b6001600160401b031661090d565b6102208401526102008301526101e0820181905261011e81611115565b61015a5761012f60208601866142f4565b604051631a46e91f60e11b81526001600160401b0390911660048201525f60248201526044016100ab565b600681036101715761016c828661112a565b6101e7565b600781036101835761016c82866113e6565b600881036101955761016c82866115b6565b600981036101a75761016c8286611642565b600a81036101b95761016c82866116d9565b600b81036101cb5761016c8286611870565b600c81036101dd5761016c828661195b565b6101e78286611adf565b6102086101f760208701876142f4565b61020290600161433d565b8361076c565b9250505094509492505050565b61021d614133565b61022684611c02565b610233602085018561431a565b63ffffffff16815261024b604085016020860161431a565b63ffffffff166020820152610266606085016040860161431a565b63ffffffff166040820152610281608085016060860161431a565b63ffffffff16606082015261029c60a085016080860161431a565b63ffffffff1660808201526102b760c0850160a0860161431a565b63ffffffff1660a08201526102d260e0850160c0860161431a565b63ffffffff1660c08201526102ee610100850160e0860161431a565b63ffffffff1660e082015261030b6101608501610140860161431a565b63ffffffff16610100820152604081015181516103289190614370565b6101208201819052606082015161033f9190614383565b610140808301919091526103649061035d908601610120870161431a565b602061206d565b6101608201526101c08101839052610382604083016020840161431a565b63ffffffff1661018082015261039e606083016040840161431a565b63ffffffff166101a082015260c0810151610180820151106103e0578061018001518160c001516040516329ded1a760e11b81526004016100ab92919061439a565b8060200151816101a00151111561041757806101a0015181602001516040516329ded1a760e11b81526004016100ab9291906142cc565b8060200151816101a00151148015610443575060c08101516101808201516104409060016143c2565b10155b15610479576101808101516104599060016143c2565b8160c001516040516329ded1a760e11b81526004016100ab92919061439a565b602081015161048c6102c08401846143d5565b9050146104eb576104a16102c08301836143d5565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a40190506100ab565b6104f96103608301836143d5565b90505f0361051f575f6001604051637037f67360e11b81526004016100ab929190614421565b5f61052d602086018661431a565b61053d604087016020880161431a565b61054d606088016040890161431a565b61055d6080890160608a0161431a565b61056d60a08a0160808b0161431a565b61057d60c08b0160a08c0161431a565b61058d60e08c0160c08d0161431a565b61059e6101008d0160e08e0161431a565b6105b06101208e016101008f0161431a565b8d6101200160208101906105c4919061431a565b8e6101400160208101906105d8919061431a565b8f61016001356040516020016105f99c9b9a99989796959493929190614466565b60408051601f1981840301815291905280516020909101209050366106226103608501856143d5565b5f8181106106325761063261452a565b9050602002810190610644919061453e565b905061065360208201826142f4565b6001600160401b03161515806106875750610675610670876121b5565b612353565b61068260408301836143d5565b905014155b806106a85750846106a5835f6106a060408601866143d5565b612376565b14155b156106c9576040516308a691e960e31b8152600481018690526024016100ab565b5f5b6013811015610712578460600181601381106106e9576106e961452a565b602002013584610240015182601381106107055761070561452a565b60200201526001016106cb565b506107216102c08501856143d5565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102e09091013561028082015292915050565b60408051601380825261028082019092525f9182919060208201610260803683370190505090505f5b60138110156107df5783610240015181601381106107b5576107b561452a565b60200201518282815181106107cc576107cc61452a565b6020908102919091010152600101610795565b505f836102600151516001600160401b038111156107ff576107ff61455c565b604051908082528060200260200182016040528015610828578160200160208202803683370190505b5090505f5b815181101561087a57846102600151818151811061084d5761084d61452a565b60200260200101518282815181106108675761086761452a565b602090810291909101015260010161082d565b5084846101800151856101a0015161089185612403565b61089a85612403565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c85015260308401526050830152607082015260900160405160208183030381529060405280519060200120925050505b92915050565b5f80808061092c610921602089018961431a565b63ffffffff16612525565b90505f61093f6060890160408a0161431a565b61094c60208a018a61431a565b6109569190614570565b63ffffffff1661096c60808a0160608b0161431a565b63ffffffff1661097c9190614383565b60408051600a808252610160820190925291925087915f9160208201610140803683370190505090506109b28460015f5f61253d565b815f815181106109c4576109c461452a565b6020026020010181815250506109de600160025f5f61253d565b816001815181106109f1576109f161452a565b602002602001018181525050610a0a8460035f5f61253d565b81600281518110610a1d57610a1d61452a565b602002602001018181525050610a3784600460015f61253d565b81600381518110610a4a57610a4a61452a565b602002602001018181525050610a8a8a5f016020810190610a6b919061431a565b63ffffffff165f610a7f60208e018e61431a565b63ffffffff16612559565b81600481518110610a9d57610a9d61452a565b602002602001018181525050610ac18360018c5f016020810190610a7f919061431a565b81600581518110610ad457610ad461452a565b602002602001018181525050610af88360028c5f016020810190610a7f919061431a565b81600681518110610b0b57610b0b61452a565b6020908102919091010152610b39610b2960608c0160408d0161431a565b63ffffffff1660065f600161253d565b81600781518110610b4c57610b4c61452a565b6020908102919091010152610b7a610b6a60808c0160608d0161431a565b63ffffffff16600660018061253d565b81600881518110610b8d57610b8d61452a565b602002602001018181525050610ba7600160075f5f61253d565b81600981518110610bba57610bba61452a565b6020026020010181815250505f610bd1828a6125d1565b9c50919a509850965090508015610bec57505050505061110c565b5f610bf88b60016143c2565b90505f610c0482612525565b90505f610c12826002614383565b610c1d846002614383565b610c2791906143c2565b610c329060026143c2565b90508d6040016020810190610c47919061431a565b610c579063ffffffff1682614383565b8c1015610d5b575f610c69828e614370565b9050610c75828e614597565b9c50838d1015610c965760089b5099508b985061110c975050505050505050565b610ca0848e6142b9565b9c508c5f03610cc05760099b5099505f985061110c975050505050505050565b610ccb60018e6142b9565b9c50828d1015610ced57600a8d5f9b509b509b5050505050505050505061110c565b610cf7838e6142b9565b9c50828d1015610d1957600b8d5f9b509b509b5050505050505050505061110c565b610d23838e6142b9565b9c50838d1015610d4457600c9b5099508b985061110c975050505050505050565b600d9b5099505f985061110c975050505050505050565b8d6040016020810190610d6e919061431a565b610d7e9063ffffffff1682614383565b610d88908d6142b9565b9b505f9250600d9150610d989050565b604051908082528060200260200182016040528015610dc1578160200160208202803683370190505b509050610dd286600460055f61253d565b815f81518110610de457610de461452a565b602002602001018181525050610e1f8c5f016020810190610e05919061431a565b63ffffffff1660038e5f016020810190610a7f919061431a565b81600181518110610e3257610e3261452a565b602002602001018181525050610e4b86600e5f5f61253d565b81600281518110610e5e57610e5e61452a565b602002602001018181525050610e778660015f5f61253d565b81600381518110610e8a57610e8a61452a565b602002602001018181525050610ea4600160025f5f61253d565b81600481518110610eb757610eb761452a565b602002602001018181525050610ed186600360015f61253d565b81600581518110610ee457610ee461452a565b602002602001018181525050610efe86600460015f61253d565b81600681518110610f1157610f1161452a565b6020908102919091010152610f49610f2f60a08e0160808f0161431a565b63ffffffff1660048e5f016020810190610a7f919061431a565b81600781518110610f5c57610f5c61452a565b6020908102919091010152610f94610f7a60a08e0160808f0161431a565b63ffffffff1660058e5f016020810190610a7f919061431a565b81600881518110610fa757610fa761452a565b602002602001018181525050610fd5610fcc8d6080016020810190610921919061431a565b600f5f5f61253d565b81600981518110610fe857610fe861452a565b60200260200101818152505061101761100d8d6080016020810190610921919061431a565b600460065f61253d565b81600a8151811061102a5761102a61452a565b6020026020010181815250506110668c5f01602081019061104b919061431a565b63ffffffff1660068e6080016020810190610a7f919061431a565b81600b815181106110795761107961452a565b60200260200101818152505061109286600e5f5f61253d565b81600c815181106110a5576110a561452a565b6020026020010181815250506110bb818b6125d1565b9d50919b5099509750915081156110d75750505050505061110c565b836110e28b826142b9565b604051631a46e91f60e11b81526001600160401b03909216600483015260248201526044016100ab565b93509350939050565b5f60068210158015610907575050600d101590565b5f8261020001515f1461113e576003611141565b60025b90505f5f6111ad845f8561115589886126da565b8961012001518a610220015161116b9190614383565b6101208b01516102208c01516111829060016143c2565b61118c9190614383565b8b61024001518a601381106111a3576111a361452a565b6020020151612801565b90925090506111c06103608501856143d5565b90506002146111f4576111d76103608501856143d5565b604051637037f67360e11b81526100ab9250600290600401614421565b5f60028660e001516112069190614370565b90505f61126c8761121b6103608901896143d5565b600181811061122c5761122c61452a565b905060200281019061123e919061453e565b6112508a60055f8d6101800151612ae9565b61125b866008614383565b6112676106708d612d9f565b612e68565b90505f61127a846020614383565b8861012001518961022001516112909190614383565b61129a91906142b9565b90505f5b838110156113b4575f8061131c6112d2896112ba866002614383565b6112c490886143c2565b60021b016020015160e01d90565b6112f68a6112e1876002614383565b6112eb90896143c2565b6112c49060016143c2565b611309888760021b016020015160e01d90565b611317896112c4898d6143c2565b612f7d565b909250905061136088611330856002614383565b61133a90876143c2565b60021b0160200180516001600160e01b03166001600160e01b031960e086901b16179052565b6113aa8861136f856002614383565b61137990876143c2565b6113849060016143c2565b60021b0160200180516001600160e01b03166001600160e01b031960e085901b16179052565b505060010161129e565b506113c0875f8761300d565b88610240015187601381106113d7576113d761452a565b60200201525050505050505050565b6113f46103808201826143d5565b90506001146114285761140b6103808201826143d5565b604051637037f67360e11b81526100ab92506001906004016145aa565b366114376103808301836143d5565b5f8181106114475761144761452a565b9050602002810190611459919061453e565b61018084015190915061146f60208301836142f4565b6001600160401b0316141580611492575061148d60208201826145cb565b151590505b806114b757506114a58360c00151612353565b6114b260408301836143d5565b905014155b156114d7575f604051630b28d38960e31b81526004016100ab919061460d565b826102600151836101a00151815181106114f3576114f361452a565b60200260200101516115175f5f1b8561018001518480604001906106a091906143d5565b14611537575f604051630b28d38960e31b81526004016100ab919061460d565b6102408301516060808201516080909201516040805160208101949094528301526115899101604051602081830303815290604052805190602001208461018001518380604001906106a091906143d5565b836102600151846101a00151815181106115a5576115a561452a565b602002602001018181525050505050565b5f6115d683835f600d60208861022001516115d19190614370565b613098565b90506116318160208561022001516115ee9190614597565b6116066115fb878761334c565b8761012001516134af565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b61163d83835f846135eb565b505050565b5f61165083835f600d613675565b90505f611661848460016010613675565b9050637fffffff195f5b85610180015181116116aa575f61168b858360021b016020015160e01d90565b905082811315611699578092505b506116a38161463c565b905061166b565b50606082018190525f60808301526116c4856010846137cf565b61024086015160105b60200201525050505050565b6116ec82825f600d866102000151613098565b505f6116fc6103008301836143d5565b5f81811061170c5761170c61452a565b905060200281019061171e9190614654565b61172c9060408101906145cb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052506102008801519495509361177b9350879250869150600190600e90613098565b90505f61178b85855f6010613675565b60608101516080820151919250905f5b600485516117a99190614370565b811015611839575f8189610200015160206117c49190614383565b6117ce91906143c2565b90505f8961018001518211611808576117f96117f3898560021b016020015160e01d90565b866138e8565b90506118058185614668565b93505b600283901b870160200180516001600160e01b03166001600160e01b031960e084901b16179052505060010161179b565b5061184787876001876135eb565b6080830181905261185a876010856137cf565b6102408801516010602002015250505050505050565b5f61188483835f600d876102000151613098565b90505f61189b84846001600e886102000151613098565b90505f6118b56118ae86865f6010613675565b6080015190565b90505f5b600484516118c79190614370565b811015611947578561018001518187610200015160206118e79190614383565b6118f191906143c2565b116119475761193f8482611917611911878660021b016020015160e01d90565b86613913565b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b6001016118b9565b5061195485855f866135eb565b5050505050565b6102208201515f611983611978858584600d6115d1602089614370565b6112c4602085614597565b90505f61199385855f600f613675565b90505f6119a286865f87613954565b9150505f866060015187604001516119ba9190614370565b8761020001516119ca9190614370565b90505f5f611a0d885f60048c61014001518d6101200151886119ec9190614383565b6101208f01516119fd8a60016143c2565b611a079190614383565b8a612801565b90925090505f611a1e826020614383565b6101208b0151611a2e9086614383565b611a3891906142b9565b90505f5b8a6101200151811015611ab957611ab18782611a5c876112c483886143c2565b611a66908c61468f565b611a798b8660031b016020015160c01d90565b611a839190614668565b8160031b60208401016001600160401b03821660c01b6001600160401b0360c01b1982511617815250505050565b600101611a3c565b50611ac68a600f886137cf565b6102408b0151600f602002015250505050505050505050565b5f611aed83835f600f613675565b90505f5f611b40845f6005885f01518961012001518a6102000151611b129190614383565b6101208b01516102008c0151611b299060016143c2565b611b339190614383565b6102408c015160056111a3565b90925090505f611b51826020614383565b866101200151876102000151611b679190614383565b611b7191906142b9565b90505f5b866101200151811015611bca57611bab84611b9083856143c2565b611606611ba6898660031b016020015160c01d90565b613b31565b600381901b850160200180516001600160c01b03169052600101611b75565b50611bd786600f866137cf565b6102408701516101e00152611bed855f8561300d565b61024087015160056020020152505050505050565b611c0f602082018261431a565b63ffffffff161580611c3d57506020611c2a8282018361431a565b611c3491906146be565b63ffffffff1615155b15611c71576040516389a6198960e01b815260206004820152600360248201526264696d60e81b60448201526064016100ab565b611c81604082016020830161431a565b63ffffffff165f03611cbf576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b60448201526064016100ab565b611ccf606082016040830161431a565b63ffffffff161580611d0c5750611cec606082016040830161431a565b611cf9602083018361431a565b611d0391906146be565b63ffffffff1615155b15611d42576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b60448201526064016100ab565b6002611d54606083016040840161431a565b611d61602084018461431a565b611d6b9190614570565b611d7591906146be565b63ffffffff1615611db3576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b60448201526064016100ab565b611dc3608082016060830161431a565b63ffffffff161580611e035750611de0608082016060830161431a565b611df0606083016040840161431a565b611dfa91906146be565b63ffffffff1615155b15611e3b576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b60448201526064016100ab565b611e4b60a082016080830161431a565b63ffffffff161580611e7d57506020611e6a60a083016080840161431a565b611e7491906146be565b63ffffffff1615155b15611eb3576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b60448201526064016100ab565b611ec360c0820160a0830161431a565b63ffffffff165f03611f00576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b60448201526064016100ab565b611f1060e0820160c0830161431a565b63ffffffff165f03611f4f576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b60448201526064016100ab565b611f60610100820160e0830161431a565b63ffffffff161580611f9357506002611f80610100830160e0840161431a565b611f8a91906146be565b63ffffffff1615155b80611fdf5750611fa9606082016040830161431a565b611fb6602083018361431a565b611fc09190614570565b63ffffffff16611fd7610100830160e0840161431a565b63ffffffff16115b15612018576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b60448201526064016100ab565b600161202c6101608301610140840161431a565b63ffffffff16111561206a576040516389a6198960e01b81526004016100ab906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff8516908290036120bd576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b60448201526064016100ab565b5f82156120d6576120d18262800000614668565b6120d8565b815b90505f83156120f1576120ec6096856146e5565b6120f5565b6094195b90505f6121028783614668565b9050825f03612118575f95505050505050610907565b5f811261216957602681131561215f576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b60448201526064016100ab565b82811b955061218f565b601919811361217a575f955061218f565b61218c8361218783614704565b613b3c565b95505b6001601f89901c811690036121aa576121a786614704565b95505b505050505092915050565b5f806121c7610921602085018561431a565b90505f6121da606085016040860161431a565b6121e7602086018661431a565b6121f19190614570565b63ffffffff16612207608086016060870161431a565b63ffffffff166122179190614383565b90505f61222a60a086016080870161431a565b61223b9063ffffffff166002614383565b612246836002614383565b612253602088018861431a565b6122649063ffffffff166003614383565b61226f866002614383565b61227991906143c2565b61228391906143c2565b61228d91906143c2565b90505f6122a060e0870160c0880161431a565b63ffffffff1684836122b860408a0160208b0161431a565b63ffffffff166122c89190614383565b6122d860c08a0160a08b0161431a565b6122e99063ffffffff1660016143c2565b6122f391906143c2565b6122fd91906143c2565b61230791906143c2565b905061231b6101608701610140880161431a565b63ffffffff165f0361234a5761233760c0870160a0880161431a565b6123479063ffffffff16826143c2565b90505b95945050505050565b5f5b81816001901b10156123715761236a8161463c565b9050612355565b919050565b5f816101008110801561238a575084811c15155b156123b2576040516394666f0d60e01b815260048101869052602481018290526044016100ab565b859150838160051b81015b808210156123f8576001871660051b823580861715158683528160208418528060405f200296505050508660011c96506020820191506123bd565b505050949350505050565b80515f9080820361241657505f92915050565b6001811115612503575f600261242d8360016143c2565b6124379190614370565b90505f5b818110156124fb575f83612450836002614383565b61245b9060016143c2565b10612466575f612496565b85612472836002614383565b61247d9060016143c2565b8151811061248d5761248d61452a565b60200260200101515b90506124d5866124a7846002614383565b815181106124b7576124b761452a565b6020026020010151825f828152602082905260409020911715150290565b8683815181106124e7576124e761452a565b60209081029190910101525060010161243b565b509050612416565b825f815181106125155761251561452a565b6020026020010151915050919050565b5f602061253383601f6143c2565b6109079190614370565b604084901b602084901b17600883901b1781175b949350505050565b5f80608060018161256b602087614370565b61257591906143c2565b61257f91906142b9565b6125899190614370565b9050600181116125a9576125a185600586600161253d565b9150506125ca565b602881901b6125c56125bb8388614383565b601087600261253d565b179150505b9392505050565b5f5f5f5f5f5f5b87518110156126bf575f8882815181106125f4576125f461452a565b602002602001015190505f604082901c9050808910156126a65760ff602083901c8116975061ffff600884901c169083166002819003612672575f602885901c62ffffff16905060018a6008838f61264c9190614597565b901b8517838f61265c9190614370565b5f9a509a509a509a509a505050505050506126d0565b8060010361269057506001985095508894505f93506126d092505050565b506001985089965094505f93506126d092505050565b6126b0818a6142b9565b985050508060010190506125d8565b505f5f5f5f89945094509450945094505b9295509295909350565b5f8115806126e85750600182145b806126f35750600282145b806126fe5750600582145b806127095750600882145b806127145750600982145b1561272157508151610907565b60038214806127305750600482145b156127415750610140820151610907565b60068214806127505750600782145b8061275b5750600b82145b1561276b57506080820151610907565b600a820361278857825161278190602090614370565b9050610907565b600c82036127a157602083608001516127819190614370565b600d8214806127b05750600e82145b156127c0575060c0820151610907565b600f82036127d45750610120820151610907565b601182036127e7575060a0820151610907565b601282036127f85750610100610907565b50603492915050565b60605f6128126103408a018a6143d5565b90508810612876576128286103408a018a6143d5565b90506128358960016143c2565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a4016100ab565b5f612882878787613b8d565b9050366128936103408c018c6143d5565b8b8181106128a3576128a361452a565b90506020028101906128b5919061471e565b9050886128c56020830183614732565b60ff161415806128f05750602080830151906128e7906040840190840161431a565b63ffffffff1614155b8061290e575081516129086060830160408401614732565b60ff1614155b1561296357896129216020830183614732565b612931604084016020850161431a565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff1660448201526064016100ab565b604082015161297560608301836145cb565b9050146129ba578961298a60608301836145cb565b6040808601519051636a57042760e01b8152600481019490945260248401919091526044830152506064016100ab565b60608201516129cc60808301836143d5565b9050141580612a48575084612a45612a2f6129ea60608501856145cb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052508993509150612a259050565b6020020151613ca2565b84516020860151901c6106a060808601866143d5565b14155b15612a895760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b90526084016100ab565b612a9660608201826145cb565b836001602002015182828080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509299509297505050505050505097509795505050505050565b5f5f612af7865f0151612525565b90505f86608001516002612b0b9190614383565b610140880151612b1c906002614383565b8851612b29906003614383565b612b34856002614383565b612b3e91906143c2565b612b4891906143c2565b612b5291906143c2565b90505f81886101a00151612b669190614383565b60a0890151612b769060016143c2565b612b8091906143c2565b905060028703612be9578486600114612b99575f612bcb565b610140890151612baa906002614383565b8951612bb7906002614383565b612bc190866143c2565b612bcb91906143c2565b612bd590836143c2565b612bdf91906143c2565b9350505050612551565b60018703612bfc57612bdf8560016143c2565b6004871480612c165750600387148015612c165750856007145b15612c7857876101000151600114612c6d578483838a60200151612c3a9190614383565b60a08b0151612c4a9060016143c2565b612c5491906143c2565b612c5e91906143c2565b612c6891906143c2565b612bdf565b612bdf8560016143c2565b60038703612d32576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b88811015612d1057818160078110612ce257612ce261452a565b6020020151612cf190846143c2565b925080600303612d0857612d0586846143c2565b92505b600101612cc8565b5086612d1c83856143c2565b612d2691906143c2565b95505050505050612551565b5f83838a60200151612d449190614383565b60a08b0151612d549060016143c2565b612d5e91906143c2565b612d6891906143c2565b90508861010001515f03612d885760a0890151612d8590826143c2565b90505b612d9286826143c2565b9998505050505050505050565b5f5f612dad835f0151612525565b90505f8360c001518285608001516002612dc79190614383565b610140870151612dd8906002614383565b8751612de5906003614383565b612df0876002614383565b612dfa91906143c2565b612e0491906143c2565b612e0e91906143c2565b8660200151612e1d9190614383565b60a0870151612e2d9060016143c2565b612e3791906143c2565b612e4191906143c2565b612e4b91906143c2565b90508361010001515f036125ca5760a084015161255190826143c2565b606083612e7860208701876142f4565b6001600160401b0316141580612e9c575082612e9760208701876145cb565b905014155b80612eb5575081612eb060408701876143d5565b905014155b15612ed55783604051630b28d38960e31b81526004016100ab9190614752565b6101c0860151612f12612eeb60208801886145cb565b604051612ef9929190614776565b6040518091039020868880604001906106a091906143d5565b14612f325783604051630b28d38960e31b81526004016100ab9190614752565b612f3f60208601866145cb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f5f612f8886613caf565b612f9185613caf565b612f9a84613caf565b612fa383613caf565b612fe2565b5f81126320000000038101601e1d637fffffff19811215612fcb5750637fffffff195b637fffffff8113156123715750637fffffff919050565b612ff183860285880203612fa8565b915061300284860284880201612fa8565b905094509492505050565b5f3661301d6103408601866143d5565b8581811061302d5761302d61452a565b905060200281019061303f919061471e565b905061234a613060846130586060850160408601614732565b60ff16613ca2565b6130706060840160408501614732565b60ff16613083604085016020860161431a565b63ffffffff16901c6106a060808501856143d5565b60606130a86103008601866143d5565b9050841061310a576130be6103008601866143d5565b90506130cb8560016143c2565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a4016100ab565b366131196103008701876143d5565b868181106131295761312961452a565b905060200281019061313b9190614654565b90505f61315961314b89876126da565b61315487613ce6565b613d2e565b9050846131696020840184614732565b60ff1614158061318e575083613185604084016020850161431a565b63ffffffff1614155b806131995750808410155b156131bc57856131ac6020840184614732565b612931604085016020860161431a565b5f6131c8898787613d50565b9050806131d860408501856145cb565b90501461321757866131ed60408501856145cb565b604051636a57042760e01b81526004810193909352602483015250604481018290526064016100ab565b61322082612353565b61322d60608501856143d5565b90501461326e5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b6064820152602481018890526084016100ab565b88610240015186601381106132855761328561452a565b60200201516132bf61329a60408601866145cb565b6040516132a8929190614776565b604051908190039020876106a060608801886143d5565b146132fe5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b6064820152602481018890526084016100ab565b61330b60408401846145cb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b5f5f5f61339e845f6002885f01518961012001518a61020001516133709190614383565b6101208b01516102008c01516133879060016143c2565b6133919190614383565b6102408c015160026111a3565b90925090506133ae816020614383565b8561012001518661020001516133c49190614383565b6133ce91906142b9565b90505f6133e286865f896102200151613954565b5090505f866060015187604001516133fa9190614370565b87610200015161340a9190614370565b90505f5f61342d88600160038c61014001518d6101200151886119ec9190614383565b909250905061343d816020614383565b6101208a015161344d9085614383565b61345791906142b9565b90505f5b8961012001518110156134a257613476836112c483856143c2565b613484886112c4848a6143c2565b61348e919061468f565b6134989089614668565b975060010161345b565b5050505050505092915050565b5f815f036134d05760405163011ee73b60e21b815260040160405180910390fd5b5f61358f6134e684671000000000000000614370565b60016fffffffffffffffffffffffffffffffff821160071b82811c6001600160401b031060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b90505f6135a56135a0866010613b3c565b613dc4565b60030b90505f82820290811263200000000301601e1d637fffffff198112156135d05750637fffffff195b637fffffff81131561234a5750637fffffff95945050505050565b366135fa6103008501856143d5565b8481811061360a5761360a61452a565b905060200281019061361c9190614654565b905061364f828051906020012082602001602081019061363c919061431a565b63ffffffff166106a060608501856143d5565b6102408601516136626020840184614732565b60ff16601381106116cd576116cd61452a565b60606136856103208501856143d5565b905083106136c35761369b6103208501856143d5565b90506136a88460016143c2565b604051637037f67360e11b81526004016100ab929190614785565b6136d16103208501856143d5565b848181106136e1576136e161452a565b90506020028101906136f391906145cb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509394506137349250859150613df39050565b61373e87856126da565b6137489190614383565b90508082511461377f578151604051636a57042760e01b8152600481018690526024810191909152604481018290526064016100ab565b85610240015183601381106137965761379661452a565b60200201516137a68785856137cf565b146137c65783604051630b28d38960e31b81526004016100ab91906147a8565b50949350505050565b5f5f6137da84613df3565b6137e385613ce6565b6137ed9190614383565b90505f81600183865161380091906143c2565b61380a91906142b9565b6138149190614370565b90505f816001600160401b0381111561382f5761382f61455c565b604051908082528060200260200182016040528015613858578160200160208202803683370190505b5090505f5b828110156138d3575f6138708583614383565b90505f8751868361388191906143c2565b1161388c5785613899565b81885161389991906142b9565b90505f818360208b0101209050808585815181106138b9576138b961452a565b60200260200101818152505050505080600101905061385d565b506138dd81612403565b979650505050505050565b5f6138f283613caf565b6138fb82613caf565b6125ca61390b6135a084866146e5565b60030b613e55565b5f5f8312806139255750634000000083135b15613946576040516320f9868b60e21b8152600481018490526024016100ab565b6125ca601e84901b83613fe5565b5f806139646103808601866143d5565b905084106139a25761397a6103808601866143d5565b90506139878560016143c2565b604051637037f67360e11b81526004016100ab9291906145aa565b366139b16103808701876143d5565b868181106139c1576139c161452a565b90506020028101906139d3919061453e565b90508661018001518411806139fd5750836139f160208301836142f4565b6001600160401b031614155b80613a175750613a1060208201826145cb565b9050604014155b80613a3c5750613a2a8760c00151612353565b613a3760408301836143d5565b905014155b15613a5c5784604051630b28d38960e31b81526004016100ab919061460d565b866102600151876101a0015181518110613a7857613a7861452a565b6020026020010151613aba828060200190613a9391906145cb565b604051613aa1929190614776565b6040518091039020868480604001906106a091906143d5565b14613ada5784604051630b28d38960e31b81526004016100ab919061460d565b613ae760208201826145cb565b613af5916020915f916147cb565b613afe916147f2565b613b0b60208301836145cb565b613b1a916040916020916147cb565b613b23916147f2565b925092505094509492505050565b5f6109076135a083601e5b5f811580613b4a575060ff82115b15613b6b57604051630263749760e41b8152600481018390526024016100ab565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b613b956141ea565b5f613ba1602085614370565b90505f6020613bb16001866142b9565b613bbb9190614370565b90505f5b82811c82821c14613bda57613bd38161463c565b9050613bbf565b82811c811b5f6020613bed8a601f6143c2565b613bf79190614370565b90505f81613c086001861b856143c2565b11613c1f57613c1a6001851b846143c2565b613c21565b815b90505f8a613c30836020614383565b11613c4557613c40826020614383565b613c47565b8a5b8589526020808a01869052909150613c60908590614383565b613c6a90826142b9565b613c75906004614383565b604089015284613c8484612353565b613c8e91906142b9565b606089015250959998505050505050505050565b5f6125ca83836080614037565b637fffffff19811280613cc55750637fffffff81135b1561206a5760405163e92ac66b60e01b8152600481018290526024016100ab565b5f600a821480613cf65750600c82145b80613d015750600f82145b80613d0c5750601082145b80613d175750601282145b613d22576020613d25565b60105b60ff1692915050565b5f816001613d3c82866143c2565b613d4691906142b9565b6125ca9190614370565b5f5f613d5c85856126da565b90505f613d6885613ce6565b90505f613d758286614383565b90505f83613d8384846143c2565b11613d9757613d9283836143c2565b613d99565b835b9050613da487613df3565b613dae83836142b9565b613db89190614383565b98975050505050505050565b5f637fffffff19821215613ddb57637fffffff1991505b637fffffff821315613def57637fffffff91505b5090565b5f6009821480613e035750600b82145b15613e1057506001919050565b600a821480613e1f5750600c82145b80613e2a5750600f82145b80613e355750601082145b80613e405750601282145b15613e4d57506008919050565b506004919050565b5f5f82128015613fd757618000635c551d95845f03020160101c80601e1c601f811015613fd057633fffffff82166008606c19613e9e8284025f811263200000000301601e1d90565b01905061058b613eba8383025f811263200000000301601e1d90565b019050613ff819613ed78383025f811263200000000301601e1d90565b01905062028612613ef48383025f811263200000000301601e1d90565b0190506215d87f19613f128383025f811263200000000301601e1d90565b019050629d955b613f2f8383025f811263200000000301601e1d90565b01905063038d611a19613f4e8383025f811263200000000301601e1d90565b019050630f5fdf00613f6c8383025f811263200000000301601e1d90565b019050632c5c85fd19613f8b8383025f811263200000000301601e1d90565b0190506340000000613fa98383025f811263200000000301601e1d90565b019050828015613fc8575f821260018086031b038201841d9650613fcc565b8196505b5050505b5050613fdf565b634000000091505b50919050565b5f5f821361400957604051637040adc360e01b8152600481018390526024016100ab565b5f831283811561401957845f0390505b838460011c820104925050801561403057815f0391505b5092915050565b5f806001841b6001600160401b038111156140545761405461455c565b60405190808252806020026020018201604052801561407d578160200160208202803683370190505b5090505f83600185885161409191906143c2565b61409b91906142b9565b6140a59190614370565b90505f5b8181101561411f575f6140bc8683614383565b90505f885187836140cd91906143c2565b116140d857866140e5565b8189516140e591906142b9565b90505f818360208c0101209050808685815181106141055761410561452a565b6020026020010181815250505050508060010190506140a9565b5061412982612403565b9695505050505050565b6040518061036001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020016141b3614208565b8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b60405180608001604052806004906020820280368337509192915050565b6040518061026001604052806013906020820280368337509192915050565b5f5f5f5f84860361028081121561423c575f5ffd5b61018081121561424a575f5ffd5b859450610180850135935060c061019f1982011215614267575f5ffd5b506101a0850191506102608501356001600160401b03811115614288575f5ffd5b85016103c0818803121561429a575f5ffd5b939692955090935050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610907576109076142a5565b6060808252600190820152601b60fa1b60808201526020810192909252604082015260a00190565b5f60208284031215614304575f5ffd5b81356001600160401b03811681146125ca575f5ffd5b5f6020828403121561432a575f5ffd5b813563ffffffff811681146125ca575f5ffd5b6001600160401b038181168382160190811115610907576109076142a5565b634e487b7160e01b5f52601260045260245ffd5b5f8261437e5761437e61435c565b500490565b8082028115828204841417610907576109076142a5565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b80820180821115610907576109076142a5565b5f5f8335601e198436030181126143ea575f5ffd5b8301803591506001600160401b03821115614403575f5ffd5b6020019150600581901b360382131561441a575f5ffd5b9250929050565b606081525f6144456060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b1660158201526144a8601982018c614455565b6144b5601d82018b614455565b6144c2602182018a614455565b6144cf6025820189614455565b6144dc6029820188614455565b6144e9602d820187614455565b6144f66031820186614455565b6145036035820185614455565b6145106039820184614455565b603d810191909152605d019b9a5050505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112614552575f5ffd5b9190910192915050565b634e487b7160e01b5f52604160045260245ffd5b5f63ffffffff8316806145855761458561435c565b8063ffffffff84160491505092915050565b5f826145a5576145a561435c565b500690565b606081525f61444560608301600281526135bb60f11b602082015260400190565b5f5f8335601e198436030181126145e0575f5ffd5b8301803591506001600160401b038211156145f9575f5ffd5b60200191503681900382131561441a575f5ffd5b604081525f61462e60408301600281526135bb60f11b602082015260400190565b905082602083015292915050565b5f6001820161464d5761464d6142a5565b5060010190565b5f8235607e19833603018112614552575f5ffd5b8082018281125f831280158216821582161715614687576146876142a5565b505092915050565b8082025f8212600160ff1b841416156146aa576146aa6142a5565b8181058314821517610907576109076142a5565b5f63ffffffff8316806146d3576146d361435c565b8063ffffffff84160691505092915050565b8181035f831280158383131683831282161715614030576140306142a5565b5f600160ff1b8201614718576147186142a5565b505f0390565b5f8235609e19833603018112614552575f5ffd5b5f60208284031215614742575f5ffd5b813560ff811681146125ca575f5ffd5b604081525f61462e6040830160058152641b5bd9195b60da1b602082015260400190565b818382375f9101908152919050565b606081525f614445606083016004815263199d5b1b60e21b602082015260400190565b604081525f61462e604083016004815263199d5b1b60e21b602082015260400190565b5f5f858511156147d9575f5ffd5b838611156147e5575f5ffd5b5050820193919092039150565b80356020831015610907575f19602084900360031b1b169291505056",
}

// OneStepAttention is an auto generated Go binding around an Ethereum contract.
type OneStepAttention struct {
	abi abi.ABI
}

// NewOneStepAttention creates a new instance of OneStepAttention.
func NewOneStepAttention() *OneStepAttention {
	parsed, err := OneStepAttentionMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OneStepAttention{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OneStepAttention) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStepAttention is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccb2a97e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepAttention((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32,uint32,uint32,uint32,bytes32) , (uint64,uint32,uint32,bytes32[19],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
func (oneStepAttention *OneStepAttention) PackStepAttention(cfg IOneStepTypesModelConfig, modelRoot [32]byte, arg2 IOneStepTypesJobContext, sp IOneStepTypesStepProof) []byte {
	enc, err := oneStepAttention.abi.Pack("stepAttention", cfg, modelRoot, arg2, sp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepAttention is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccb2a97e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepAttention((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32,uint32,uint32,uint32,bytes32) , (uint64,uint32,uint32,bytes32[19],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
func (oneStepAttention *OneStepAttention) TryPackStepAttention(cfg IOneStepTypesModelConfig, modelRoot [32]byte, arg2 IOneStepTypesJobContext, sp IOneStepTypesStepProof) ([]byte, error) {
	return oneStepAttention.abi.Pack("stepAttention", cfg, modelRoot, arg2, sp)
}

// StepAttentionOutput serves as a container for the return parameters of contract
// method StepAttention.
type StepAttentionOutput struct {
	Pre  [32]byte
	Post [32]byte
}

// UnpackStepAttention is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xccb2a97e.
//
// Solidity: function stepAttention((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32,uint32,uint32,uint32,bytes32) , (uint64,uint32,uint32,bytes32[19],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
func (oneStepAttention *OneStepAttention) UnpackStepAttention(data []byte) (StepAttentionOutput, error) {
	out, err := oneStepAttention.abi.Unpack("stepAttention", data)
	outstruct := new(StepAttentionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pre = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Post = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oneStepAttention *OneStepAttention) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["ConfigNotInModel"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackConfigNotInModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["InvalidShift"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackInvalidShiftError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["NonPositiveDivisor"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackNonPositiveDivisorError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["NotInt32"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackNotInt32Error(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["NotProbability"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackNotProbabilityError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["OperandCount"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackOperandCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["OperandLength"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackOperandLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["OutOfRange"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["StepOutOfRange"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackStepOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["WrongOperand"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackWrongOperandError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepAttention.abi.Errors["ZeroCount"].ID.Bytes()[:4]) {
		return oneStepAttention.UnpackZeroCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OneStepAttentionBadProof represents a BadProof error raised by the OneStepAttention contract.
type OneStepAttentionBadProof struct {
	Kind    string
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof(string kind, uint256 operand)
func OneStepAttentionBadProofErrorID() common.Hash {
	return common.HexToHash("0x59469c48dc4654ec94a60cf2f9c5f69e2cd10718ca91f087128ea63a11a79a16")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof(string kind, uint256 operand)
func (oneStepAttention *OneStepAttention) UnpackBadProofError(raw []byte) (*OneStepAttentionBadProof, error) {
	out := new(OneStepAttentionBadProof)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionConfigNotInModel represents a ConfigNotInModel error raised by the OneStepAttention contract.
type OneStepAttentionConfigNotInModel struct {
	ModelRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfigNotInModel(bytes32 modelRoot)
func OneStepAttentionConfigNotInModelErrorID() common.Hash {
	return common.HexToHash("0x45348f486e2975cea5d7c4a931fadc0a8f03b82ee9fa51e5baa4d9898954c78f")
}

// UnpackConfigNotInModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfigNotInModel(bytes32 modelRoot)
func (oneStepAttention *OneStepAttention) UnpackConfigNotInModelError(raw []byte) (*OneStepAttentionConfigNotInModel, error) {
	out := new(OneStepAttentionConfigNotInModel)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "ConfigNotInModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionIndexOutOfRange represents a IndexOutOfRange error raised by the OneStepAttention contract.
type OneStepAttentionIndexOutOfRange struct {
	Index *big.Int
	Depth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func OneStepAttentionIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func (oneStepAttention *OneStepAttention) UnpackIndexOutOfRangeError(raw []byte) (*OneStepAttentionIndexOutOfRange, error) {
	out := new(OneStepAttentionIndexOutOfRange)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionInvalidConfig represents a InvalidConfig error raised by the OneStepAttention contract.
type OneStepAttentionInvalidConfig struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string field)
func OneStepAttentionInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string field)
func (oneStepAttention *OneStepAttention) UnpackInvalidConfigError(raw []byte) (*OneStepAttentionInvalidConfig, error) {
	out := new(OneStepAttentionInvalidConfig)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionInvalidShift represents a InvalidShift error raised by the OneStepAttention contract.
type OneStepAttentionInvalidShift struct {
	S *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShift(uint256 s)
func OneStepAttentionInvalidShiftErrorID() common.Hash {
	return common.HexToHash("0x26374970896518b63388b9886e5700cab5c12100a75eb2b6d1198059eae17882")
}

// UnpackInvalidShiftError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShift(uint256 s)
func (oneStepAttention *OneStepAttention) UnpackInvalidShiftError(raw []byte) (*OneStepAttentionInvalidShift, error) {
	out := new(OneStepAttentionInvalidShift)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "InvalidShift", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionNonPositiveDivisor represents a NonPositiveDivisor error raised by the OneStepAttention contract.
type OneStepAttentionNonPositiveDivisor struct {
	D *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonPositiveDivisor(int256 d)
func OneStepAttentionNonPositiveDivisorErrorID() common.Hash {
	return common.HexToHash("0x7040adc34661ecaf5be74fdb6d17e947339c91a001b0fa14678b631d4e3b883f")
}

// UnpackNonPositiveDivisorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonPositiveDivisor(int256 d)
func (oneStepAttention *OneStepAttention) UnpackNonPositiveDivisorError(raw []byte) (*OneStepAttentionNonPositiveDivisor, error) {
	out := new(OneStepAttentionNonPositiveDivisor)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "NonPositiveDivisor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionNotInt32 represents a NotInt32 error raised by the OneStepAttention contract.
type OneStepAttentionNotInt32 struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInt32(int256 value)
func OneStepAttentionNotInt32ErrorID() common.Hash {
	return common.HexToHash("0xe92ac66b7c966ec6c3402f2855e825cbd64561a601604a491e80b5392d9441b2")
}

// UnpackNotInt32Error is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInt32(int256 value)
func (oneStepAttention *OneStepAttention) UnpackNotInt32Error(raw []byte) (*OneStepAttentionNotInt32, error) {
	out := new(OneStepAttentionNotInt32)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "NotInt32", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionNotProbability represents a NotProbability error raised by the OneStepAttention contract.
type OneStepAttentionNotProbability struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProbability(int256 value)
func OneStepAttentionNotProbabilityErrorID() common.Hash {
	return common.HexToHash("0x83e61a2c428908c97c63d05c9194fc0575f30c430748106c98f84daddf053cb7")
}

// UnpackNotProbabilityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProbability(int256 value)
func (oneStepAttention *OneStepAttention) UnpackNotProbabilityError(raw []byte) (*OneStepAttentionNotProbability, error) {
	out := new(OneStepAttentionNotProbability)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "NotProbability", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionOperandCount represents a OperandCount error raised by the OneStepAttention contract.
type OneStepAttentionOperandCount struct {
	Kind string
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperandCount(string kind, uint256 got, uint256 want)
func OneStepAttentionOperandCountErrorID() common.Hash {
	return common.HexToHash("0xe06fece60b76ffcd6dfd0e61bf87851569ff5eca04eaf6f7ba37d2b2561224fa")
}

// UnpackOperandCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperandCount(string kind, uint256 got, uint256 want)
func (oneStepAttention *OneStepAttention) UnpackOperandCountError(raw []byte) (*OneStepAttentionOperandCount, error) {
	out := new(OneStepAttentionOperandCount)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "OperandCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionOperandLength represents a OperandLength error raised by the OneStepAttention contract.
type OneStepAttentionOperandLength struct {
	Operand *big.Int
	Got     *big.Int
	Want    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperandLength(uint256 operand, uint256 got, uint256 want)
func OneStepAttentionOperandLengthErrorID() common.Hash {
	return common.HexToHash("0x6a570427edccfe1fc329690dfb2b0d499db493589359513fc795935e64c79a20")
}

// UnpackOperandLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperandLength(uint256 operand, uint256 got, uint256 want)
func (oneStepAttention *OneStepAttention) UnpackOperandLengthError(raw []byte) (*OneStepAttentionOperandLength, error) {
	out := new(OneStepAttentionOperandLength)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "OperandLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionOutOfRange represents a OutOfRange error raised by the OneStepAttention contract.
type OneStepAttentionOutOfRange struct {
	Field string
	Value *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 limit)
func OneStepAttentionOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x53bda34ea201ed2387ff6ce9133ae8ab5ab10535ce071e1f706a1838709fe8d3")
}

// UnpackOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 limit)
func (oneStepAttention *OneStepAttention) UnpackOutOfRangeError(raw []byte) (*OneStepAttentionOutOfRange, error) {
	out := new(OneStepAttentionOutOfRange)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "OutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionStepOutOfRange represents a StepOutOfRange error raised by the OneStepAttention contract.
type OneStepAttentionStepOutOfRange struct {
	Step          uint64
	ProgramLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutOfRange(uint64 step, uint256 programLength)
func OneStepAttentionStepOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x348dd23e6c85434f4cc0da12f16231b34e6123dd730b720dc472a26e0511e213")
}

// UnpackStepOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutOfRange(uint64 step, uint256 programLength)
func (oneStepAttention *OneStepAttention) UnpackStepOutOfRangeError(raw []byte) (*OneStepAttentionStepOutOfRange, error) {
	out := new(OneStepAttentionStepOutOfRange)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "StepOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionWrongOperand represents a WrongOperand error raised by the OneStepAttention contract.
type OneStepAttentionWrongOperand struct {
	Operand *big.Int
	Reg     *big.Int
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongOperand(uint256 operand, uint256 reg, uint256 index)
func OneStepAttentionWrongOperandErrorID() common.Hash {
	return common.HexToHash("0xe9f7eafb4cf3ef7fbe445121f46866832166613dc84999451a79dcdc42fd3574")
}

// UnpackWrongOperandError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongOperand(uint256 operand, uint256 reg, uint256 index)
func (oneStepAttention *OneStepAttention) UnpackWrongOperandError(raw []byte) (*OneStepAttentionWrongOperand, error) {
	out := new(OneStepAttentionWrongOperand)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "WrongOperand", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepAttentionZeroCount represents a ZeroCount error raised by the OneStepAttention contract.
type OneStepAttentionZeroCount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCount()
func OneStepAttentionZeroCountErrorID() common.Hash {
	return common.HexToHash("0x047b9cec27e5c906da78fac5d699c603aead79e2797204797b626d2d70e203c2")
}

// UnpackZeroCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCount()
func (oneStepAttention *OneStepAttention) UnpackZeroCountError(raw []byte) (*OneStepAttentionZeroCount, error) {
	out := new(OneStepAttentionZeroCount)
	if err := oneStepAttention.abi.UnpackIntoInterface(out, "ZeroCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadMetaData contains all meta data concerning the OneStepHead contract.
var OneStepHeadMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"promptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"promptLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.JobContext\",\"name\":\"job\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"l\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[19]\",\"name\":\"regRoots\",\"type\":\"bytes32[19]\"},{\"internalType\":\"bytes32[]\",\"name\":\"layerRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Chunk[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"full\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"first\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Subtree[]\",\"name\":\"subtrees\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"model\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"kv\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"prompt\",\"type\":\"tuple[]\"}],\"internalType\":\"structIOneStepTypes.StepProof\",\"name\":\"sp\",\"type\":\"tuple\"}],\"name\":\"stepHead\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockIndex\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"name\":\"AmaxOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotInModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rowBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quantBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NegativeInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"programLength\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongOperand\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"}]",
	ID:  "8e3d59a13ee3bb7d4cd407fe3afe17e6a7",
	Bin: "0x6080604052348015600e575f5ffd5b506152aa8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063e20cd82d1461002d575b5f5ffd5b61004061003b366004614ce9565b610059565b6040805192835260208301919091520160405180910390f35b5f5f5f6100678787866102c0565b90508060200151816101a00151146100a857806101a0015181602001516040516329ded1a760e11b815260040161009f929190614d67565b60405180910390fd5b84356102a08201526100c06040860160208701614d8f565b63ffffffff166102c08201526100dc6060860160408701614d8f565b63ffffffff166102e08201526100f86080860160608701614d8f565b63ffffffff1661030082015261011460a0860160808701614d8f565b63ffffffff1661032082015260a085013561034082015261014161013b6020860186614db2565b82610817565b925061018587826102c00151836101800151600161015f9190614dec565b6102e085015191119015156101776020890189614db2565b6001600160401b03166109b8565b6102208401526102008301526101e082018190525f1981016101b0576101ab8286610d7b565b610292565b600281036101c2576101ab8286610e31565b600381036101d4576101ab8286610e95565b600481036101e6576101ab8286611057565b600581036101f8576101ab8286611200565b6010810361020a576101ab828661127c565b6011810361021c576101ab82866113e4565b6012810361022e576101ab82866114c0565b60138103610240576101ab828661175b565b60158103610252576101ab828661197e565b60168103610264576101ab8286611ac7565b60178103610276576101ab8286611c5a565b60188103610288576101ab8286611ddb565b6102928286611e8f565b6102b36102a26020870187614db2565b6102ad906001614dff565b83610817565b9250505094509492505050565b6102c8614bf4565b6102d184611ef5565b6102de6020850185614d8f565b63ffffffff1681526102f66040850160208601614d8f565b63ffffffff1660208201526103116060850160408601614d8f565b63ffffffff16604082015261032c6080850160608601614d8f565b63ffffffff16606082015261034760a0850160808601614d8f565b63ffffffff16608082015261036260c0850160a08601614d8f565b63ffffffff1660a082015261037d60e0850160c08601614d8f565b63ffffffff1660c0820152610399610100850160e08601614d8f565b63ffffffff1660e08201526103b661016085016101408601614d8f565b63ffffffff16610100820152604081015181516103d39190614e32565b610120820181905260608201516103ea9190614e45565b6101408083019190915261040f906104089086016101208701614d8f565b6020612360565b6101608201526101c0810183905261042d6040830160208401614d8f565b63ffffffff166101808201526104496060830160408401614d8f565b63ffffffff166101a082015260c08101516101808201511061048b578061018001518160c001516040516329ded1a760e11b815260040161009f929190614e5c565b8060200151816101a0015111156104c257806101a0015181602001516040516329ded1a760e11b815260040161009f929190614d67565b8060200151816101a001511480156104ee575060c08101516101808201516104eb906001614dec565b10155b1561052457610180810151610504906001614dec565b8160c001516040516329ded1a760e11b815260040161009f929190614e5c565b60208101516105376102c0840184614e84565b9050146105965761054c6102c0830183614e84565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a401905061009f565b6105a4610360830183614e84565b90505f036105ca575f6001604051637037f67360e11b815260040161009f929190614ed0565b5f6105d86020860186614d8f565b6105e86040870160208801614d8f565b6105f86060880160408901614d8f565b6106086080890160608a01614d8f565b61061860a08a0160808b01614d8f565b61062860c08b0160a08c01614d8f565b61063860e08c0160c08d01614d8f565b6106496101008d0160e08e01614d8f565b61065b6101208e016101008f01614d8f565b8d61012001602081019061066f9190614d8f565b8e6101400160208101906106839190614d8f565b8f61016001356040516020016106a49c9b9a99989796959493929190614f15565b60408051601f1981840301815291905280516020909101209050366106cd610360850185614e84565b5f8181106106dd576106dd614fd9565b90506020028101906106ef9190614fed565b90506106fe6020820182614db2565b6001600160401b0316151580610732575061072061071b876124a8565b612646565b61072d6040830183614e84565b905014155b80610753575084610750835f61074b6040860186614e84565b612669565b14155b15610774576040516308a691e960e31b81526004810186905260240161009f565b5f5b60138110156107bd5784606001816013811061079457610794614fd9565b602002013584610240015182601381106107b0576107b0614fd9565b6020020152600101610776565b506107cc6102c0850185614e84565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102e09091013561028082015292915050565b60408051601380825261028082019092525f9182919060208201610260803683370190505090505f5b601381101561088a57836102400151816013811061086057610860614fd9565b602002015182828151811061087757610877614fd9565b6020908102919091010152600101610840565b505f836102600151516001600160401b038111156108aa576108aa61500b565b6040519080825280602002602001820160405280156108d3578160200160208202803683370190505b5090505f5b81518110156109255784610260015181815181106108f8576108f8614fd9565b602002602001015182828151811061091257610912614fd9565b60209081029190910101526001016108d8565b5084846101800151856101a0015161093c856126f6565b610945856126f6565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c85015260308401526050830152607082015260900160405160208183030381529060405280519060200120925050505b92915050565b5f8080806109d76109cc60208a018a614d8f565b63ffffffff16612818565b9050845f886109f357876109ec5760086109f6565b603c6109f6565b60035b60ff166001600160401b03811115610a1057610a1061500b565b604051908082528060200260200182016040528015610a39578160200160208202803683370190505b5090505f8915610a7f57610a51600160125f5f612830565b8282610a5c8161501f565b935081518110610a6e57610a6e614fd9565b602002602001018181525050610ca9565b610a8c8460015f5f612830565b8282610a978161501f565b935081518110610aa957610aa9614fd9565b602002602001018181525050610ac3600160025f5f612830565b8282610ace8161501f565b935081518110610ae057610ae0614fd9565b602002602001018181525050610afa84600360025f612830565b8282610b058161501f565b935081518110610b1757610b17614fd9565b602002602001018181525050610b3184600460015f612830565b8282610b3c8161501f565b935081518110610b4e57610b4e614fd9565b6020908102919091010152610b8c610b6c60c08d0160a08e01614d8f565b63ffffffff166007610b8160208f018f614d8f565b63ffffffff1661284c565b8282610b978161501f565b935081518110610ba957610ba9614fd9565b6020908102919091010152610bd3610bca6109cc60c08e0160a08f01614d8f565b60115f5f612830565b8282610bde8161501f565b935081518110610bf057610bf0614fd9565b6020026020010181815250508815610ca957610c2682825f8e60a0016020810190610c1b9190614d8f565b63ffffffff166128c4565b9050610c47610c3e6109cc60c08e0160a08f01614d8f565b60185f5f612830565b8282610c528161501f565b935081518110610c6457610c64614fd9565b602002602001018181525050610c8a828260018e60a0016020810190610c1b9190614d8f565b9050610ca6828260028e60a0016020810190610c1b9190614d8f565b90505b610cb68460135f5f612830565b8282610cc18161501f565b935081518110610cd357610cd3614fd9565b602002602001018181525050610ced600160145f5f612830565b8282610cf88161501f565b935081518110610d0a57610d0a614fd9565b6020026020010181815250505f610d21838a61299b565b9c50919a509850965090508015610d3c575050505050610d71565b83610d478a82615037565b604051631a46e91f60e11b81526001600160401b039092166004830152602482015260440161009f565b9450945094915050565b5f610d8e83835f5f876102000151612aa4565b90505f610d9e84845f6010612d8a565b90505f8461020001515f14610db7576020820151610db9565b5f5b90505f5b60048451610dcb9190614e32565b811015610e07575f610de6858360021b016020015160e01d90565b9050610df2818061504a565b610dfc9084614dec565b925050600101610dbd565b50602082018190525b610e1c85601084612ee4565b61024086015160105b60200201525050505050565b5f610e3f83835f6010612d8a565b9050610e77816001610e67610e5a855f60051b016020015190565b8751610160890151612ffd565b808260051b602085010152505050565b610e8383601083612ee4565b61024084015160106020020152505050565b5f610ea883835f5f876102000151612aa4565b9050610ebd8383600180876102000151612aa4565b505f610ed6610ecf85855f6010612d8a565b6040015190565b9050610ee6610360840184614e84565b9050600214610f1a57610efd610360840184614e84565b604051637037f67360e11b815261009f9250600290600401614ed0565b5f610f7a85610f2d610360870187614e84565b6001818110610f3e57610f3e614fd9565b9050602002810190610f509190614fed565b610f678860028a61022001518b6102000151613118565b8651610f7561071b8b6133ce565b613497565b90505f83516001600160401b03811115610f9657610f9661500b565b6040519080825280601f01601f191660200182016040528015610fc0576020820181803683370190505b5090505f5b60048551610fd39190614e32565b81101561104157611039828261100e610ff5898660021b016020015160e01d90565b611008888760021b016020015160e01d90565b896135ac565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101610fc5565b5061104f86866001846135da565b505050505050565b5f5f60068461022001511461106f576009600a611074565b600b600c5b915091505f61109085855f886102200151896102000151612aa4565b90506110a58585600186896102000151612aa4565b505f6110c6868660028660108b61020001516110c19190614e32565b612aa4565b90506110d0614cab565b5f5b6020811015611115576110ee848260021b016020015160e01d90565b82826020811061110057611100614fd9565b60039290920b602090920201526001016110d2565b505f5f61112183613664565b6040805160208082528183019092529294509092505f91906020820181803683370190505090505f5b602081101561119d5783816020811061116557611165614fd9565b602002015160f81b82828151811061117f5761117f614fd9565b60200101906001600160f81b03191690815f1a90535060010161114a565b506111ab8a8a6001846135da565b6111e78560108c61020001516111c19190615079565b60031b0160200180516001600160c01b03166001600160c01b031960c086901b16179052565b6111f48a8a6002886135da565b50505050505050505050565b5f61122783835f6112158761020001516136a4565b60208861022001516110c19190614e32565b90505f5f61123e858587610200015160061461370c565b915091505f61124d86866137e5565b90506112708460208861022001516112659190615079565b61100e848787613897565b61104f86865f876135da565b61020082015160ff165f60206006831461129757845161129d565b84608001515b6112a79190614e32565b90505f604051806040016040528060806008886102000151901c6112cb9190614e45565b81526020015f8152509050816080825f600281106112eb576112eb614fd9565b60200201516112fa9190614dec565b1161131257805161130d90608090614dec565b611314565b815b60208201525f61133b868683611329886136a4565b60208b61022001516110c19190614e32565b90505f61134b87875f6010612d8a565b90505f61135a888888876138ae565b61020089015160081c156113725760a0830151611374565b5f5b61137e919061508c565b9050848460016020020151036113b0576113ad8360208a61022001516113a49190615079565b61100e84613973565b505f5b60a082018190526113c388601084612ee4565b61024089015161020001526113da88885f866135da565b5050505050505050565b5f6113f883835f6011876102000151612aa4565b90505f61140884845f6010612d8a565b60c081015160e0820151919250905f5b600485516114269190614e32565b811015611490575f611441868360021b016020015160e01d90565b90508761020001515f148015611455575081155b8061145f57508381135b156114875780935081886102000151602061147a9190614e45565b6114849190614dec565b92505b50600101611418565b5060c0830182905260e083018190526114ab86601085612ee4565b61024087015160106020020152505050505050565b5f6114ce83835f6010612d8a565b90506114de6103a0830183614e84565b9050600114611512576114f56103a0830183614e84565b604051637037f67360e11b815261009f92506001906004016150b3565b366115216103a0840184614e84565b5f81811061153157611531614fd9565b90506020028101906115439190614fed565b90505f84610180015160016115589190614dec565b90505f6020866102c00151601f61156f9190614dec565b6115799190614e32565b90505f866102c0015160208461158f9190614e32565b61159a906001614dec565b6115a5906020614e45565b116115d0576115b5602084614e32565b6115c0906001614dec565b6115cb906020614e45565b6115d7565b866102c001515b90506115e4602084614e32565b6115f16020860186614db2565b6001600160401b031614158061163f575061160d602084614e32565b611618906020614e45565b6116229082615037565b61162d906004614e45565b61163a60208601866150d8565b905014155b80611660575061164e82612646565b61165b6040860186614e84565b905014155b806116ae57506102a08701516116ab61167c60208701876150d8565b60405161168a92919061511a565b60405190819003902061169e602087614e32565b61074b6040890189614e84565b14155b156116ce575f604051630b28d38960e31b815260040161009f9190615129565b5f6116dc60208601866150d8565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929350611738925088915060069050610e678461172a60208a615079565b60021b016020015160e01d90565b61174488601088612ee4565b610240890151601060200201525050505050505050565b5f61176e83835f5f876102000151612aa4565b90505f61178861178185855f6010612d8a565b60e0015190565b90508360a0015181106117db5760a08401516040516329ded1a760e11b815261009f9183916004016060808252600490820152631b995e1d60e21b60808201526020810192909252604082015260a00190565b6117e9610360840184614e84565b905060021461180057610efd610360840184614e84565b5f61186885611813610360870187614e84565b600181811061182457611824614fd9565b90506020028101906118369190614fed565b6118438860015f88613118565b885161185190602090614e32565b61185c906022614e45565b610f7561071b8b6133ce565b604080516022808252606082019092529192505f91906020820181803683370190505090505f5b602281101561190157828188610200015160226118ac9190614e45565b6118b69190614dec565b815181106118c6576118c6614fd9565b602001015160f81c60f81b8282815181106118e3576118e3614fd9565b60200101906001600160f81b03191690815f1a90535060010161188f565b505f61190c82613985565b90505f5b602081101561196857611960868284846020811061193057611930614fd9565b602002015160030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101611910565b5061197587875f886135da565b50505050505050565b5f61198c83835f6010612d8a565b90505f8361020001515f036119d3575f8461030001511180156119b757508360a00151846103000151105b6119c5578360a001516119cc565b8361030001515b9050611a92565b836102000151600103611a38575061018081015161032084015115801590611a025750620f4240846103200151105b15611a3357620f424081856103200151611a1c9190614e45565b611a2990620f423f614dec565b6119cc9190614e32565b611a92565b6101a0820151611a7a856103400151866102c001518761018001516001611a5f9190614dec565b611a699190615037565b5f91825260c01b6020526028902090565b611a849190615079565b611a8f906001614dec565b90505b61010082018190525f6101208301525f610140830152611ab484601084612ee4565b6102408501516010602002015250505050565b5f611adb83835f6011876102000151612aa4565b90505f611aeb84845f6012612d8a565b90505f611afc858560016010612d8a565b61022086015161014082015191925060ff16905f5b60048651611b1f9190614e32565b811015611c37575f611b3a878360021b016020015160e01d90565b90505f611b6382848c61020001516020611b549190614e45565b611b5e9190614dec565b613a6c565b90505f85118015611b8c575083611b7b866008614e45565b611b86906040615037565b82901c14155b15611b98575050611c2f565b5f611ba4866008614e45565b611baf906038615037565b82901c60ff169050611c2b888260088e6102200151901c5f14611bdd57611bd88e8b8888613a94565b611be0565b60015b611bf38c8660031b016020015160c01d90565b611bfd919061508c565b8160031b60208401016001600160401b03821660c01b6001600160401b0360c01b1982511617815250505050565b5050505b600101611b11565b50611c4487601286612ee4565b6102408801516012602002015250505050505050565b5f611c6883835f6012612d8a565b90505f611c79848460016010612d8a565b6101208101516101008201519192509060ff5b8015611ce55781611ca6868360031b016020015160c01d90565b611cb0908561508c565b1215611ce557611cc9858260031b016020015160c01d90565b611cd3908461508c565b9250611cde8161515c565b9050611c8c565b6101408401515f90829060081b179050611d1885600c611d0e898660031b016020015160c01d90565b610e67908861508c565b6101208501849052610140850181905287610200015160ff16600703611d775761020088015160081c5f03611d505761016085018190525b61020088015160081c600203611d7757611d77856006610e6763ffffffff80861690615037565b611dc688601288516001600160401b03811115611d9657611d9661500b565b6040519080825280601f01601f191660200182016040528015611dc0576020820181803683370190505b50612ee4565b61024089810151015261174488601087612ee4565b5f611def83835f6011876102000151612aa4565b90505f611dff84845f6010612d8a565b90505f8461020001515f14611e1957610180820151611e1b565b5f5b90505f5b60048451611e2d9190614e32565b811015611e81575f611e48858360021b016020015160e01d90565b9050611e6c878583611e6785878d61020001516020611b549190614e45565b613a94565b611e76908461508c565b925050600101611e1f565b506101808201819052610e10565b5f611ea061178184845f6010612d8a565b905082610280015181604051602001611ed092919091825260e01b6001600160e01b031916602082015260240190565b6040516020818303038152906040528051906020012083610280018181525050505050565b611f026020820182614d8f565b63ffffffff161580611f3057506020611f1d82820183614d8f565b611f279190615171565b63ffffffff1615155b15611f64576040516389a6198960e01b815260206004820152600360248201526264696d60e81b604482015260640161009f565b611f746040820160208301614d8f565b63ffffffff165f03611fb2576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b604482015260640161009f565b611fc26060820160408301614d8f565b63ffffffff161580611fff5750611fdf6060820160408301614d8f565b611fec6020830183614d8f565b611ff69190615171565b63ffffffff1615155b15612035576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b604482015260640161009f565b60026120476060830160408401614d8f565b6120546020840184614d8f565b61205e9190615198565b6120689190615171565b63ffffffff16156120a6576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b604482015260640161009f565b6120b66080820160608301614d8f565b63ffffffff1615806120f657506120d36080820160608301614d8f565b6120e36060830160408401614d8f565b6120ed9190615171565b63ffffffff1615155b1561212e576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b604482015260640161009f565b61213e60a0820160808301614d8f565b63ffffffff1615806121705750602061215d60a0830160808401614d8f565b6121679190615171565b63ffffffff1615155b156121a6576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b604482015260640161009f565b6121b660c0820160a08301614d8f565b63ffffffff165f036121f3576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b604482015260640161009f565b61220360e0820160c08301614d8f565b63ffffffff165f03612242576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b604482015260640161009f565b612253610100820160e08301614d8f565b63ffffffff16158061228657506002612273610100830160e08401614d8f565b61227d9190615171565b63ffffffff1615155b806122d2575061229c6060820160408301614d8f565b6122a96020830183614d8f565b6122b39190615198565b63ffffffff166122ca610100830160e08401614d8f565b63ffffffff16115b1561230b576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b604482015260640161009f565b600161231f61016083016101408401614d8f565b63ffffffff16111561235d576040516389a6198960e01b815260040161009f906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff8516908290036123b0576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b604482015260640161009f565b5f82156123c9576123c4826280000061508c565b6123cb565b815b90505f83156123e4576123df6096856151bf565b6123e8565b6094195b90505f6123f5878361508c565b9050825f0361240b575f955050505050506109b2565b5f811261245c576026811315612452576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b604482015260640161009f565b82811b9550612482565b601919811361246d575f9550612482565b61247f8361247a836151de565b613ae4565b95505b6001601f89901c8116900361249d5761249a866151de565b95505b505050505092915050565b5f806124ba6109cc6020850185614d8f565b90505f6124cd6060850160408601614d8f565b6124da6020860186614d8f565b6124e49190615198565b63ffffffff166124fa6080860160608701614d8f565b63ffffffff1661250a9190614e45565b90505f61251d60a0860160808701614d8f565b61252e9063ffffffff166002614e45565b612539836002614e45565b6125466020880188614d8f565b6125579063ffffffff166003614e45565b612562866002614e45565b61256c9190614dec565b6125769190614dec565b6125809190614dec565b90505f61259360e0870160c08801614d8f565b63ffffffff1684836125ab60408a0160208b01614d8f565b63ffffffff166125bb9190614e45565b6125cb60c08a0160a08b01614d8f565b6125dc9063ffffffff166001614dec565b6125e69190614dec565b6125f09190614dec565b6125fa9190614dec565b905061260e61016087016101408801614d8f565b63ffffffff165f0361263d5761262a60c0870160a08801614d8f565b61263a9063ffffffff1682614dec565b90505b95945050505050565b5f5b81816001901b10156126645761265d8161501f565b9050612648565b919050565b5f816101008110801561267d575084811c15155b156126a5576040516394666f0d60e01b8152600481018690526024810182905260440161009f565b859150838160051b81015b808210156126eb576001871660051b823580861715158683528160208418528060405f200296505050508660011c96506020820191506126b0565b505050949350505050565b80515f9080820361270957505f92915050565b60018111156127f6575f6002612720836001614dec565b61272a9190614e32565b90505f5b818110156127ee575f83612743836002614e45565b61274e906001614dec565b10612759575f612789565b85612765836002614e45565b612770906001614dec565b8151811061278057612780614fd9565b60200260200101515b90506127c88661279a846002614e45565b815181106127aa576127aa614fd9565b6020026020010151825f828152602082905260409020911715150290565b8683815181106127da576127da614fd9565b60209081029190910101525060010161272e565b509050612709565b825f8151811061280857612808614fd9565b6020026020010151915050919050565b5f602061282683601f614dec565b6109b29190614e32565b604084901b602084901b17600883901b1781175b949350505050565b5f80608060018161285e602087614e32565b6128689190614dec565b6128729190615037565b61287c9190614e32565b90506001811161289c57612894856005866001612830565b9150506128bd565b602881901b6128b86128ae8388614e45565b6010876002612830565b179150505b9392505050565b5f6128d460016015856001612830565b85856128df8161501f565b9650815181106128f1576128f1614fd9565b6020026020010181815250505f5b60088110156129915761292361291484612818565b6016600887901b84175f612830565b868661292e8161501f565b97508151811061294057612940614fd9565b60200260200101818152505061296160016017600887901b84176001612830565b868661296c8161501f565b97508151811061297e5761297e614fd9565b60209081029190910101526001016128ff565b5092949350505050565b5f5f5f5f5f5f5b8751811015612a89575f8882815181106129be576129be614fd9565b602002602001015190505f604082901c905080891015612a705760ff602083901c8116975061ffff600884901c169083166002819003612a3c575f602885901c62ffffff16905060018a6008838f612a169190615079565b901b8517838f612a269190614e32565b5f9a509a509a509a509a50505050505050612a9a565b80600103612a5a57506001985095508894505f9350612a9a92505050565b506001985089965094505f9350612a9a92505050565b612a7a818a615037565b985050508060010190506129a2565b505f5f5f5f89945094509450945094505b9295509295909350565b6060612ab4610300860186614e84565b90508410612b1657612aca610300860186614e84565b9050612ad7856001614dec565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a40161009f565b36612b25610300870187614e84565b86818110612b3557612b35614fd9565b9050602002810190612b4791906151f8565b90505f612b65612b578987613b35565b612b6087613c5c565b613ca4565b905084612b75602084018461520c565b60ff16141580612b9a575083612b916040840160208501614d8f565b63ffffffff1614155b80612ba55750808410155b15612bfa5785612bb8602084018461520c565b612bc86040850160208601614d8f565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff16604482015260640161009f565b5f612c06898787613cc6565b905080612c1660408501856150d8565b905014612c555786612c2b60408501856150d8565b604051636a57042760e01b815260048101939093526024830152506044810182905260640161009f565b612c5e82612646565b612c6b6060850185614e84565b905014612cac5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b60648201526024810188905260840161009f565b8861024001518660138110612cc357612cc3614fd9565b6020020151612cfd612cd860408601866150d8565b604051612ce692919061511a565b6040519081900390208761074b6060880188614e84565b14612d3c5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b60648201526024810188905260840161009f565b612d4960408401846150d8565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b6060612d9a610320850185614e84565b90508310612dd857612db0610320850185614e84565b9050612dbd846001614dec565b604051637037f67360e11b815260040161009f92919061522c565b612de6610320850185614e84565b84818110612df657612df6614fd9565b9050602002810190612e0891906150d8565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939450612e499250859150613d2e9050565b612e538785613b35565b612e5d9190614e45565b905080825114612e94578151604051636a57042760e01b81526004810186905260248101919091526044810182905260640161009f565b8561024001518360138110612eab57612eab614fd9565b6020020151612ebb878585612ee4565b14612edb5783604051630b28d38960e31b815260040161009f919061524f565b50949350505050565b5f5f612eef84613d2e565b612ef885613c5c565b612f029190614e45565b90505f816001838651612f159190614dec565b612f1f9190615037565b612f299190614e32565b90505f816001600160401b03811115612f4457612f4461500b565b604051908082528060200260200182016040528015612f6d578160200160208202803683370190505b5090505f5b82811015612fe8575f612f858583614e45565b90505f87518683612f969190614dec565b11612fa15785612fae565b818851612fae9190615037565b90505f818360208b010120905080858581518110612fce57612fce614fd9565b602002602001018181525050505050806001019050612f72565b50612ff2816126f6565b979650505050505050565b5f5f841215613022576040516338e756a760e21b81526004810185905260240161009f565b5f821215613046576040516338e756a760e21b81526004810183905260240161009f565b825f036130665760405163011ee73b60e21b815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b5f5f613126865f0151612818565b90505f8660800151600261313a9190614e45565b61014088015161314b906002614e45565b8851613158906003614e45565b613163856002614e45565b61316d9190614dec565b6131779190614dec565b6131819190614dec565b90505f81886101a001516131959190614e45565b60a08901516131a5906001614dec565b6131af9190614dec565b9050600287036132185784866001146131c8575f6131fa565b6101408901516131d9906002614e45565b89516131e6906002614e45565b6131f09086614dec565b6131fa9190614dec565b6132049083614dec565b61320e9190614dec565b9350505050612844565b6001870361322b5761320e856001614dec565b600487148061324557506003871480156132455750856007145b156132a75787610100015160011461329c578483838a602001516132699190614e45565b60a08b0151613279906001614dec565b6132839190614dec565b61328d9190614dec565b6132979190614dec565b61320e565b61320e856001614dec565b60038703613361576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b8881101561333f5781816007811061331157613311614fd9565b60200201516133209084614dec565b925080600303613337576133348684614dec565b92505b6001016132f7565b508661334b8385614dec565b6133559190614dec565b95505050505050612844565b5f83838a602001516133739190614e45565b60a08b0151613383906001614dec565b61338d9190614dec565b6133979190614dec565b90508861010001515f036133b75760a08901516133b49082614dec565b90505b6133c18682614dec565b9998505050505050505050565b5f5f6133dc835f0151612818565b90505f8360c0015182856080015160026133f69190614e45565b610140870151613407906002614e45565b8751613414906003614e45565b61341f876002614e45565b6134299190614dec565b6134339190614dec565b61343d9190614dec565b866020015161344c9190614e45565b60a087015161345c906001614dec565b6134669190614dec565b6134709190614dec565b61347a9190614dec565b90508361010001515f036128bd5760a08401516128449082614dec565b6060836134a76020870187614db2565b6001600160401b03161415806134cb5750826134c660208701876150d8565b905014155b806134e45750816134df6040870187614e84565b905014155b156135045783604051630b28d38960e31b815260040161009f9190615272565b6101c086015161354161351a60208801886150d8565b60405161352892919061511a565b60405180910390208688806040019061074b9190614e84565b146135615783604051630b28d38960e31b815260040161009f9190615272565b61356e60208601866150d8565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f6135b684613d90565b6135bf83613d90565b6128446135d56135cf858761504a565b84613dc7565b613e19565b366135e9610300850185614e84565b848181106135f9576135f9614fd9565b905060200281019061360b91906151f8565b905061363e828051906020012082602001602081019061362b9190614d8f565b63ffffffff1661074b6060850185614e84565b610240860151613651602084018461520c565b60ff1660138110610e2557610e25614fd9565b61366c614cab565b5f808361367881613e48565b935091505f5b602081101561369c5782811a5f0b600582901b86015260010161367e565b505050915091565b5f816007036136b557506011919050565b815f036136c457506002919050565b816001036136d457506003919050565b816002036136e457506004919050565b816004036136f457506006919050565b8160050361370457506007919050565b506008919050565b60608061372885855f86613721576009612d8a565b600b612d8a565b91505f613745868660018761373e57600a612d8a565b600c612d8a565b9050600881516137559190614e32565b6001600160401b0381111561376c5761376c61500b565b604051908082528060200260200182016040528015613795578160200160208202803683370190505b5091505f5b82518110156137db576137b6828260031b016020015160c01d90565b8382815181106137c8576137c8614fd9565b602090810291909101015260010161379a565b5050935093915050565b60606137f5610360830183614e84565b905060021461380c57610efd610360830183614e84565b5f836102000151600614613821578351613827565b83608001515b90506128448461383b610360860186614e84565b600181811061384c5761384c614fd9565b905060200281019061385e9190614fed565b6138758760038961020001518a6102200151613118565b613880602086614e32565b61388b906022614e45565b610f7561071b8a6133ce565b5f6128446138a98585855f8751613f8a565b613973565b5f5f5f6138c087878760061487614296565b90925090506138d3610360870187614e84565b90506002146138ea57610efd610360870187614e84565b5f61394b886138fd6103608a018a614e84565b600181811061390e5761390e614fd9565b90506020028101906139209190614fed565b6139328b60038b8e6102200151613118565b855161393f906022614e45565b610f7561071b8e6133ce565b9050613967818484885f60200201518960016020020151613f8a565b98975050505050505050565b5f6109b26135d583637f000000613dc7565b61398d614cab565b60228251146139b457815160405163d49782d960e01b815260040161009f91815260200190565b602082015160228301515f82901a60019290921a60081b9190911790601f600a83901c811690036139fe57604051632548acfb60e11b815261ffff8316600482015260240161009f565b5f613a0c8361ffff166142be565b90505f5b6020811015613a63575f83821a810b83029081126080030160081d637fffffff19811215613a405750637fffffff195b637fffffff811315613a535750637fffffff5b600582901b860152600101613a10565b50505050919050565b5f613a7b8263ffffffff615037565b638000000063ffffffff85161860201b17905092915050565b6101608301515f90821015613aaa57505f612844565b60c084015161263d90613adc906135d590613ac590876151bf565b613ad1906103e861504a565b886102e00151613dc7565b60030b6142ee565b5f811580613af2575060ff82115b15613b1357604051630263749760e41b81526004810183905260240161009f565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f811580613b435750600182145b80613b4e5750600282145b80613b595750600582145b80613b645750600882145b80613b6f5750600982145b15613b7c575081516109b2565b6003821480613b8b5750600482145b15613b9c57506101408201516109b2565b6006821480613bab5750600782145b80613bb65750600b82145b15613bc6575060808201516109b2565b600a8203613be3578251613bdc90602090614e32565b90506109b2565b600c8203613bfc5760208360800151613bdc9190614e32565b600d821480613c0b5750600e82145b15613c1b575060c08201516109b2565b600f8203613c2f57506101208201516109b2565b60118203613c42575060a08201516109b2565b60128203613c5357506101006109b2565b50603492915050565b5f600a821480613c6c5750600c82145b80613c775750600f82145b80613c825750601082145b80613c8d5750601282145b613c98576020613c9b565b60105b60ff1692915050565b5f816001613cb28286614dec565b613cbc9190615037565b6128bd9190614e32565b5f5f613cd28585613b35565b90505f613cde85613c5c565b90505f613ceb8286614e45565b90505f83613cf98484614dec565b11613d0d57613d088383614dec565b613d0f565b835b9050613d1a87613d2e565b613d248383615037565b6139679190614e45565b5f6009821480613d3e5750600b82145b15613d4b57506001919050565b600a821480613d5a5750600c82145b80613d655750600f82145b80613d705750601082145b80613d7b5750601282145b15613d8857506008919050565b506004919050565b637fffffff19811280613da65750637fffffff81135b1561235d5760405163e92ac66b60e01b81526004810182905260240161009f565b5f5f8213613deb57604051637040adc360e01b81526004810183905260240161009f565b5f8312838115613dfb57845f0390505b838460011c8201049250508015613e1257815f0391505b5092915050565b5f637fffffff19821215613e3057637fffffff1991505b637fffffff821315613e4457637fffffff91505b5090565b5f5f6104008301835b81811015613ed657805160030b60ff81901d9081180383811115613e73578093505b50602081015160030b60ff81901d9081180383811115613e91578093505b50604081015160030b60ff81901d9081180383811115613eaf578093505b50606081015160030b60ff81901d9081180383811115613ecd578093505b50608001613e51565b508115613f84578160011c845b8281101561369c578051602082015160408301516060840151600390810b607f90810260ff81811d91821882900389018b9004821891909103811693830b820280821d90811881900389018b9004811803811694830b820280821d90811881900389018b900481180381169590920b0280821d908118819003870189900481180316600898891b17881b92909217871b1790951b9490941793608001613ee3565b50915091565b82515f90613f99602282614e45565b8751141580613fb35750613fae602082614e45565b865114155b15613fe55786518651604051638ee979f560e01b8152600481019290925260248201526044810182905260640161009f565b82841180613ff257508083115b1561402157604051633fe8c99960e01b815260048101859052602481018490526044810182905260640161009f565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b8082101561426b5783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f8314171561408e5760208d01850360051c600101975050505061426b565b80156142515781151580600a1b6103ff8516178184031b905083600f1c156140b3575f035b865160028901518391620800007f80808080808080808080808080808080808080808080808080808080808080809283187cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff81811677ffffffffffffffff0000000000000000ffffffffffffffff7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff96909518602081811c9788167fffffffff00000000ffffffff00000000ffffffff00000000ffffffff000000009290911b91821617604090811c9690961677ffffffff000000000000000000000000ffffffff000000009190911673ffffffff000000000000000000000000ffffffff979097169690961790941b94909417608081811c91901b17848116848101600884811c88169084901c881681810192909201601086811c8a169086901c8a1681810192909201601897881c8b169690971c99909916858101969096017c01000000010000000100000001000000010000000100000001000000010260d91c647fffffff80169790930291020195029490940193029290920160e01c03018202028b019a50505b505050602284019350602083019250602082019150614047565b50505050805f1461428b5761428b8887614286600185615037565b614301565b505095945050505050565b6060806142a586868686614386565b6142b1878787876144f3565b9150915094509492505050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c1615612664575f03919050565b5f6142f882613d90565b6109b28261464a565b602281028301602001515f81901a60019190911a60081b17601f600a82901c8116900361434757604051632548acfb60e11b815261ffff8216600482015260240161009f565b8183838151811061435a5761435a614fd9565b60200260200101516040516358e5175760e11b815260040161009f929190918252602082015260400190565b60605f60208461439757865161439d565b86608001515b6143a79190614e32565b90505f846143b65760096143b9565b600b5b90505f5f614450885f856040518060a001604052808981526020018b5f600281106143e6576143e6614fd9565b6020020151815260200160018c60016002811061440557614405614fd9565b60200201516144149190615037565b81526020016020815260200189602061442d9190614e45565b90526102408e0151886013811061444657614446614fd9565b60200201516147da565b9092509050614460846020614e45565b6001600160401b038111156144775761447761500b565b6040519080825280601f01601f1916602001820160405280156144a1576020820181803683370190505b5086519095505b60208701518110156144e6575f6144bf8383615037565b6144ca906020614e45565b8401602090810151600584901b890190910152506001016144a8565b5050505050949350505050565b60605f60208461450457865161450a565b86608001515b6145149190614e32565b90505f8461452357600a614526565b600c5b90505f5f6145a6886001856040518060a0016040528060108a600f61454b9190614dec565b6145559190614e32565b81528b5160209091019061456b90601090614e32565b8152602001601060018d8160200201516145859190615037565b61458f9190614e32565b81526080602082015260400161442d8a6008614e45565b91509150836001600160401b038111156145c2576145c261500b565b6040519080825280602002602001820160405280156145eb578160200160208202803683370190505b5086519095505b60208701518110156144e6576146258361460d846010614e45565b6146179084615037565b60031b016020015160c01d90565b86828151811061463757614637614fd9565b60209081029190910101526001016145f2565b5f5f821280156147cc57618000635c551d95845f03020160101c80601e1c601f8110156147c557633fffffff82166008606c196146938284025f811263200000000301601e1d90565b01905061058b6146af8383025f811263200000000301601e1d90565b019050613ff8196146cc8383025f811263200000000301601e1d90565b019050620286126146e98383025f811263200000000301601e1d90565b0190506215d87f196147078383025f811263200000000301601e1d90565b019050629d955b6147248383025f811263200000000301601e1d90565b01905063038d611a196147438383025f811263200000000301601e1d90565b019050630f5fdf006147618383025f811263200000000301601e1d90565b019050632c5c85fd196147808383025f811263200000000301601e1d90565b019050634000000061479e8383025f811263200000000301601e1d90565b0190508280156147bd575f821260018086031b038201841d96506147c1565b8196505b5050505b50506147d4565b634000000091505b50919050565b60605f6147eb610340880188614e84565b9050861061484f57614801610340880188614e84565b905061480e876001614dec565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a40161009f565b3661485e610340890189614e84565b8881811061486e5761486e614fd9565b90506020028101906148809190615296565b90505f5b60408601516020870151821c90821c146148a8576148a18161501f565b9050614884565b6020860151865190821c821b93505f906148c56001841b86614dec565b116148dc576148d76001831b85614dec565b6148df565b86515b608088015160608901519192505f916148f89084614e45565b1161491b57606088015161490c8684615037565b6149169190614e45565b614939565b606088015161492a9086614e45565b60808901516149399190615037565b905088614949602086018661520c565b60ff1614158061496e5750846149656040860160208701614d8f565b63ffffffff1614155b8061498b575082614985606086016040870161520c565b60ff1614155b156149ae578961499e602086018661520c565b612bc86040870160208801614d8f565b806149bc60608601866150d8565b9050146149d15789612c2b60608601866150d8565b875183906149de90612646565b6149e89190615037565b6149f56080860186614e84565b9050141580614a65575086614a62614a52614a1360608801886150d8565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505060608d0151889150614af8565b87861c61074b6080890189614e84565b14155b15614aa65760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b905260840161009f565b614ab360608501856150d8565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929e979d50969b505050505050505050505050565b5f806001841b6001600160401b03811115614b1557614b1561500b565b604051908082528060200260200182016040528015614b3e578160200160208202803683370190505b5090505f836001858851614b529190614dec565b614b5c9190615037565b614b669190614e32565b90505f5b81811015614be0575f614b7d8683614e45565b90505f88518783614b8e9190614dec565b11614b995786614ba6565b818951614ba69190615037565b90505f818360208c010120905080868581518110614bc657614bc6614fd9565b602002602001018181525050505050806001019050614b6a565b50614bea826126f6565b9695505050505050565b6040518061036001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001614c74614cca565b8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b6040518061026001604052806013906020820280368337509192915050565b5f5f5f5f848603610280811215614cfe575f5ffd5b610180811215614d0c575f5ffd5b859450610180850135935060c061019f1982011215614d29575f5ffd5b506101a0850191506102608501356001600160401b03811115614d4a575f5ffd5b85016103c08188031215614d5c575f5ffd5b939692955090935050565b6060808252600190820152601b60fa1b60808201526020810192909252604082015260a00190565b5f60208284031215614d9f575f5ffd5b813563ffffffff811681146128bd575f5ffd5b5f60208284031215614dc2575f5ffd5b81356001600160401b03811681146128bd575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156109b2576109b2614dd8565b6001600160401b0381811683821601908111156109b2576109b2614dd8565b634e487b7160e01b5f52601260045260245ffd5b5f82614e4057614e40614e1e565b500490565b80820281158282048414176109b2576109b2614dd8565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b5f5f8335601e19843603018112614e99575f5ffd5b8301803591506001600160401b03821115614eb2575f5ffd5b6020019150600581901b3603821315614ec9575f5ffd5b9250929050565b606081525f614ef46060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b166015820152614f57601982018c614f04565b614f64601d82018b614f04565b614f71602182018a614f04565b614f7e6025820189614f04565b614f8b6029820188614f04565b614f98602d820187614f04565b614fa56031820186614f04565b614fb26035820185614f04565b614fbf6039820184614f04565b603d810191909152605d019b9a5050505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112615001575f5ffd5b9190910192915050565b634e487b7160e01b5f52604160045260245ffd5b5f6001820161503057615030614dd8565b5060010190565b818103818111156109b2576109b2614dd8565b8082025f8212600160ff1b8414161561506557615065614dd8565b81810583148215176109b2576109b2614dd8565b5f8261508757615087614e1e565b500690565b8082018281125f8312801582168215821617156150ab576150ab614dd8565b505092915050565b606081525f614ef46060830160068152651c1c9bdb5c1d60d21b602082015260400190565b5f5f8335601e198436030181126150ed575f5ffd5b8301803591506001600160401b03821115615106575f5ffd5b602001915036819003821315614ec9575f5ffd5b818382375f9101908152919050565b604081525f61514e6040830160068152651c1c9bdb5c1d60d21b602082015260400190565b905082602083015292915050565b5f8161516a5761516a614dd8565b505f190190565b5f63ffffffff83168061518657615186614e1e565b8063ffffffff84160691505092915050565b5f63ffffffff8316806151ad576151ad614e1e565b8063ffffffff84160491505092915050565b8181035f831280158383131683831282161715613e1257613e12614dd8565b5f600160ff1b82016151f2576151f2614dd8565b505f0390565b5f8235607e19833603018112615001575f5ffd5b5f6020828403121561521c575f5ffd5b813560ff811681146128bd575f5ffd5b606081525f614ef4606083016004815263199d5b1b60e21b602082015260400190565b604081525f61514e604083016004815263199d5b1b60e21b602082015260400190565b604081525f61514e6040830160058152641b5bd9195b60da1b602082015260400190565b5f8235609e19833603018112615001575f5ffd",
}

// OneStepHead is an auto generated Go binding around an Ethereum contract.
type OneStepHead struct {
	abi abi.ABI
}

// NewOneStepHead creates a new instance of OneStepHead.
func NewOneStepHead() *OneStepHead {
	parsed, err := OneStepHeadMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OneStepHead{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OneStepHead) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStepHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe20cd82d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepHead((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32,uint32,uint32,uint32,bytes32) job, (uint64,uint32,uint32,bytes32[19],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
func (oneStepHead *OneStepHead) PackStepHead(cfg IOneStepTypesModelConfig, modelRoot [32]byte, job IOneStepTypesJobContext, sp IOneStepTypesStepProof) []byte {
	enc, err := oneStepHead.abi.Pack("stepHead", cfg, modelRoot, job, sp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe20cd82d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepHead((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32,uint32,uint32,uint32,bytes32) job, (uint64,uint32,uint32,bytes32[19],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
func (oneStepHead *OneStepHead) TryPackStepHead(cfg IOneStepTypesModelConfig, modelRoot [32]byte, job IOneStepTypesJobContext, sp IOneStepTypesStepProof) ([]byte, error) {
	return oneStepHead.abi.Pack("stepHead", cfg, modelRoot, job, sp)
}

// StepHeadOutput serves as a container for the return parameters of contract
// method StepHead.
type StepHeadOutput struct {
	Pre  [32]byte
	Post [32]byte
}

// UnpackStepHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe20cd82d.
//
// Solidity: function stepHead((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32,uint32,uint32,uint32,bytes32) job, (uint64,uint32,uint32,bytes32[19],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
func (oneStepHead *OneStepHead) UnpackStepHead(data []byte) (StepHeadOutput, error) {
	out, err := oneStepHead.abi.Unpack("stepHead", data)
	outstruct := new(StepHeadOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pre = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Post = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oneStepHead *OneStepHead) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["AmaxOutOfRange"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackAmaxOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["ConfigNotInModel"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackConfigNotInModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["InvalidBlock"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackInvalidBlockError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["InvalidBlockRange"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackInvalidBlockRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["InvalidShift"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackInvalidShiftError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["NegativeInput"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackNegativeInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["NonFiniteScale"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackNonFiniteScaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["NonPositiveDivisor"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackNonPositiveDivisorError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["NotInt32"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackNotInt32Error(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["OperandCount"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackOperandCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["OperandLength"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackOperandLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["OutOfRange"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["StepOutOfRange"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackStepOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["WrongOperand"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackWrongOperandError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepHead.abi.Errors["ZeroCount"].ID.Bytes()[:4]) {
		return oneStepHead.UnpackZeroCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OneStepHeadAmaxOutOfRange represents a AmaxOutOfRange error raised by the OneStepHead contract.
type OneStepHeadAmaxOutOfRange struct {
	BlockIndex *big.Int
	Amax       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmaxOutOfRange(uint256 blockIndex, int256 amax)
func OneStepHeadAmaxOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xb1ca2eae0c0c99a9275f138775863acc3606c89fb3987d8175ec5a9a1a7c6e1d")
}

// UnpackAmaxOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmaxOutOfRange(uint256 blockIndex, int256 amax)
func (oneStepHead *OneStepHead) UnpackAmaxOutOfRangeError(raw []byte) (*OneStepHeadAmaxOutOfRange, error) {
	out := new(OneStepHeadAmaxOutOfRange)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "AmaxOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadBadProof represents a BadProof error raised by the OneStepHead contract.
type OneStepHeadBadProof struct {
	Kind    string
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof(string kind, uint256 operand)
func OneStepHeadBadProofErrorID() common.Hash {
	return common.HexToHash("0x59469c48dc4654ec94a60cf2f9c5f69e2cd10718ca91f087128ea63a11a79a16")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof(string kind, uint256 operand)
func (oneStepHead *OneStepHead) UnpackBadProofError(raw []byte) (*OneStepHeadBadProof, error) {
	out := new(OneStepHeadBadProof)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadConfigNotInModel represents a ConfigNotInModel error raised by the OneStepHead contract.
type OneStepHeadConfigNotInModel struct {
	ModelRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfigNotInModel(bytes32 modelRoot)
func OneStepHeadConfigNotInModelErrorID() common.Hash {
	return common.HexToHash("0x45348f486e2975cea5d7c4a931fadc0a8f03b82ee9fa51e5baa4d9898954c78f")
}

// UnpackConfigNotInModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfigNotInModel(bytes32 modelRoot)
func (oneStepHead *OneStepHead) UnpackConfigNotInModelError(raw []byte) (*OneStepHeadConfigNotInModel, error) {
	out := new(OneStepHeadConfigNotInModel)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "ConfigNotInModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadIndexOutOfRange represents a IndexOutOfRange error raised by the OneStepHead contract.
type OneStepHeadIndexOutOfRange struct {
	Index *big.Int
	Depth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func OneStepHeadIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func (oneStepHead *OneStepHead) UnpackIndexOutOfRangeError(raw []byte) (*OneStepHeadIndexOutOfRange, error) {
	out := new(OneStepHeadIndexOutOfRange)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadInvalidBlock represents a InvalidBlock error raised by the OneStepHead contract.
type OneStepHeadInvalidBlock struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBlock(uint256 length)
func OneStepHeadInvalidBlockErrorID() common.Hash {
	return common.HexToHash("0xd49782d9b8fae0b3ae744f86773f21bd4cf0d0692cac4c0de1ef0b57f642a4c1")
}

// UnpackInvalidBlockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBlock(uint256 length)
func (oneStepHead *OneStepHead) UnpackInvalidBlockError(raw []byte) (*OneStepHeadInvalidBlock, error) {
	out := new(OneStepHeadInvalidBlock)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "InvalidBlock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadInvalidBlockRange represents a InvalidBlockRange error raised by the OneStepHead contract.
type OneStepHeadInvalidBlockRange struct {
	FromBlock *big.Int
	ToBlock   *big.Int
	Blocks    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBlockRange(uint256 fromBlock, uint256 toBlock, uint256 blocks)
func OneStepHeadInvalidBlockRangeErrorID() common.Hash {
	return common.HexToHash("0x3fe8c99962ec0807cc2ec06ef6ccf5e5c53224d87bd355eeef23ad93b90ed96d")
}

// UnpackInvalidBlockRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBlockRange(uint256 fromBlock, uint256 toBlock, uint256 blocks)
func (oneStepHead *OneStepHead) UnpackInvalidBlockRangeError(raw []byte) (*OneStepHeadInvalidBlockRange, error) {
	out := new(OneStepHeadInvalidBlockRange)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "InvalidBlockRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadInvalidConfig represents a InvalidConfig error raised by the OneStepHead contract.
type OneStepHeadInvalidConfig struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string field)
func OneStepHeadInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string field)
func (oneStepHead *OneStepHead) UnpackInvalidConfigError(raw []byte) (*OneStepHeadInvalidConfig, error) {
	out := new(OneStepHeadInvalidConfig)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadInvalidShift represents a InvalidShift error raised by the OneStepHead contract.
type OneStepHeadInvalidShift struct {
	S *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShift(uint256 s)
func OneStepHeadInvalidShiftErrorID() common.Hash {
	return common.HexToHash("0x26374970896518b63388b9886e5700cab5c12100a75eb2b6d1198059eae17882")
}

// UnpackInvalidShiftError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShift(uint256 s)
func (oneStepHead *OneStepHead) UnpackInvalidShiftError(raw []byte) (*OneStepHeadInvalidShift, error) {
	out := new(OneStepHeadInvalidShift)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "InvalidShift", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadLengthMismatch represents a LengthMismatch error raised by the OneStepHead contract.
type OneStepHeadLengthMismatch struct {
	RowBytes   *big.Int
	QuantBytes *big.Int
	Blocks     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 rowBytes, uint256 quantBytes, uint256 blocks)
func OneStepHeadLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x8ee979f5a38369de55d403e905578ce8be28a150144e1bb7c08798d7c078539f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 rowBytes, uint256 quantBytes, uint256 blocks)
func (oneStepHead *OneStepHead) UnpackLengthMismatchError(raw []byte) (*OneStepHeadLengthMismatch, error) {
	out := new(OneStepHeadLengthMismatch)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadNegativeInput represents a NegativeInput error raised by the OneStepHead contract.
type OneStepHeadNegativeInput struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NegativeInput(int256 value)
func OneStepHeadNegativeInputErrorID() common.Hash {
	return common.HexToHash("0xe39d5a9c626f9ce8ffa593027662da642babe1385375acdc07d4df033e138d38")
}

// UnpackNegativeInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NegativeInput(int256 value)
func (oneStepHead *OneStepHead) UnpackNegativeInputError(raw []byte) (*OneStepHeadNegativeInput, error) {
	out := new(OneStepHeadNegativeInput)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "NegativeInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadNonFiniteScale represents a NonFiniteScale error raised by the OneStepHead contract.
type OneStepHeadNonFiniteScale struct {
	H uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonFiniteScale(uint16 h)
func OneStepHeadNonFiniteScaleErrorID() common.Hash {
	return common.HexToHash("0x4a9159f62752b7ac6c41ab1447ff2196932dcf2a662bf2c352d26e31755098f2")
}

// UnpackNonFiniteScaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonFiniteScale(uint16 h)
func (oneStepHead *OneStepHead) UnpackNonFiniteScaleError(raw []byte) (*OneStepHeadNonFiniteScale, error) {
	out := new(OneStepHeadNonFiniteScale)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "NonFiniteScale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadNonPositiveDivisor represents a NonPositiveDivisor error raised by the OneStepHead contract.
type OneStepHeadNonPositiveDivisor struct {
	D *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonPositiveDivisor(int256 d)
func OneStepHeadNonPositiveDivisorErrorID() common.Hash {
	return common.HexToHash("0x7040adc34661ecaf5be74fdb6d17e947339c91a001b0fa14678b631d4e3b883f")
}

// UnpackNonPositiveDivisorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonPositiveDivisor(int256 d)
func (oneStepHead *OneStepHead) UnpackNonPositiveDivisorError(raw []byte) (*OneStepHeadNonPositiveDivisor, error) {
	out := new(OneStepHeadNonPositiveDivisor)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "NonPositiveDivisor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadNotInt32 represents a NotInt32 error raised by the OneStepHead contract.
type OneStepHeadNotInt32 struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInt32(int256 value)
func OneStepHeadNotInt32ErrorID() common.Hash {
	return common.HexToHash("0xe92ac66b7c966ec6c3402f2855e825cbd64561a601604a491e80b5392d9441b2")
}

// UnpackNotInt32Error is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInt32(int256 value)
func (oneStepHead *OneStepHead) UnpackNotInt32Error(raw []byte) (*OneStepHeadNotInt32, error) {
	out := new(OneStepHeadNotInt32)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "NotInt32", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadOperandCount represents a OperandCount error raised by the OneStepHead contract.
type OneStepHeadOperandCount struct {
	Kind string
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperandCount(string kind, uint256 got, uint256 want)
func OneStepHeadOperandCountErrorID() common.Hash {
	return common.HexToHash("0xe06fece60b76ffcd6dfd0e61bf87851569ff5eca04eaf6f7ba37d2b2561224fa")
}

// UnpackOperandCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperandCount(string kind, uint256 got, uint256 want)
func (oneStepHead *OneStepHead) UnpackOperandCountError(raw []byte) (*OneStepHeadOperandCount, error) {
	out := new(OneStepHeadOperandCount)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "OperandCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadOperandLength represents a OperandLength error raised by the OneStepHead contract.
type OneStepHeadOperandLength struct {
	Operand *big.Int
	Got     *big.Int
	Want    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperandLength(uint256 operand, uint256 got, uint256 want)
func OneStepHeadOperandLengthErrorID() common.Hash {
	return common.HexToHash("0x6a570427edccfe1fc329690dfb2b0d499db493589359513fc795935e64c79a20")
}

// UnpackOperandLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperandLength(uint256 operand, uint256 got, uint256 want)
func (oneStepHead *OneStepHead) UnpackOperandLengthError(raw []byte) (*OneStepHeadOperandLength, error) {
	out := new(OneStepHeadOperandLength)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "OperandLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadOutOfRange represents a OutOfRange error raised by the OneStepHead contract.
type OneStepHeadOutOfRange struct {
	Field string
	Value *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 limit)
func OneStepHeadOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x53bda34ea201ed2387ff6ce9133ae8ab5ab10535ce071e1f706a1838709fe8d3")
}

// UnpackOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 limit)
func (oneStepHead *OneStepHead) UnpackOutOfRangeError(raw []byte) (*OneStepHeadOutOfRange, error) {
	out := new(OneStepHeadOutOfRange)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "OutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadStepOutOfRange represents a StepOutOfRange error raised by the OneStepHead contract.
type OneStepHeadStepOutOfRange struct {
	Step          uint64
	ProgramLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutOfRange(uint64 step, uint256 programLength)
func OneStepHeadStepOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x348dd23e6c85434f4cc0da12f16231b34e6123dd730b720dc472a26e0511e213")
}

// UnpackStepOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutOfRange(uint64 step, uint256 programLength)
func (oneStepHead *OneStepHead) UnpackStepOutOfRangeError(raw []byte) (*OneStepHeadStepOutOfRange, error) {
	out := new(OneStepHeadStepOutOfRange)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "StepOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadWrongOperand represents a WrongOperand error raised by the OneStepHead contract.
type OneStepHeadWrongOperand struct {
	Operand *big.Int
	Reg     *big.Int
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongOperand(uint256 operand, uint256 reg, uint256 index)
func OneStepHeadWrongOperandErrorID() common.Hash {
	return common.HexToHash("0xe9f7eafb4cf3ef7fbe445121f46866832166613dc84999451a79dcdc42fd3574")
}

// UnpackWrongOperandError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongOperand(uint256 operand, uint256 reg, uint256 index)
func (oneStepHead *OneStepHead) UnpackWrongOperandError(raw []byte) (*OneStepHeadWrongOperand, error) {
	out := new(OneStepHeadWrongOperand)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "WrongOperand", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepHeadZeroCount represents a ZeroCount error raised by the OneStepHead contract.
type OneStepHeadZeroCount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCount()
func OneStepHeadZeroCountErrorID() common.Hash {
	return common.HexToHash("0x047b9cec27e5c906da78fac5d699c603aead79e2797204797b626d2d70e203c2")
}

// UnpackZeroCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCount()
func (oneStepHead *OneStepHead) UnpackZeroCountError(raw []byte) (*OneStepHeadZeroCount, error) {
	out := new(OneStepHeadZeroCount)
	if err := oneStepHead.abi.UnpackIntoInterface(out, "ZeroCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierMetaData contains all meta data concerning the OneStepVerifier contract.
var OneStepVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"attention\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"head\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ATTENTION\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"HEAD\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"promptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"promptLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.JobContext\",\"name\":\"job\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"l\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[19]\",\"name\":\"regRoots\",\"type\":\"bytes32[19]\"},{\"internalType\":\"bytes32[]\",\"name\":\"layerRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Chunk[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"full\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"first\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Subtree[]\",\"name\":\"subtrees\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"model\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"kv\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"prompt\",\"type\":\"tuple[]\"}],\"internalType\":\"structIOneStepTypes.StepProof\",\"name\":\"sp\",\"type\":\"tuple\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockIndex\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"name\":\"AmaxOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotInModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rowBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quantBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NegativeInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"programLength\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongOperand\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"}]",
	ID:  "e4bb7b38d6917681bfc7198fd5d7f32054",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051614c48380380614c4883398101604081905261002e91610060565b6001600160a01b039182166080521660a052610091565b80516001600160a01b038116811461005b575f5ffd5b919050565b5f5f60408385031215610071575f5ffd5b61007a83610045565b915061008860208401610045565b90509250929050565b60805160a051614b8a6100be5f395f81816048015261010e01525f8181608c01526101870152614b8a5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80631a7016091461004357806338cb7a09146100875780639e1c8800146100ae575b5f5ffd5b61006a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61006a7f000000000000000000000000000000000000000000000000000000000000000081565b6100c16100bc366004614650565b6100d6565b6040805192835260208301919091520161007e565b5f806100e860408701602088016146ce565b63ffffffff166100fe60608501604086016146ce565b63ffffffff160361013a5761013a7f000000000000000000000000000000000000000000000000000000000000000063e20cd82d60e01b6102c7565b5f6101708761014f60408701602088016146ce565b63ffffffff1661016260208801886146f1565b6001600160401b03166102f6565b5050905061017d81610b03565b156101b3576101b37f000000000000000000000000000000000000000000000000000000000000000063665954bf60e11b6102c7565b5f6101bf888887610b1c565b90506101d76101d160208701876146f1565b82611092565b9350610200886101ed60408801602089016146ce565b63ffffffff1661016260208901896146f1565b6102208401526102008301526101e08201525f198201610229576102248186611232565b61029f565b6002820361023b5761022481866112e7565b6003820361024d57610224818661134b565b6004820361025f57610224818661150d565b600582036102715761022481866116b6565b60108203610283576102248186611732565b600e820361029557610224818661189a565b61029f818661192b565b6102ba6102af60208701876146f1565b6101d190600161472b565b9250505094509492505050565b604051365f823780516001600160e01b0316821781525f803683865afa3d5f833e806102f1573d82fd5b503d81f35b5f80808061031561030a60208901896146ce565b63ffffffff166119aa565b90505f6103286060890160408a016146ce565b61033560208a018a6146ce565b61033f919061475e565b63ffffffff1661035560808a0160608b016146ce565b63ffffffff166103659190614785565b60408051600a808252610160820190925291925087915f91602082016101408036833701905050905061039b8460015f5f6119c2565b815f815181106103ad576103ad6147b0565b6020026020010181815250506103c7600160025f5f6119c2565b816001815181106103da576103da6147b0565b6020026020010181815250506103f38460035f5f6119c2565b81600281518110610406576104066147b0565b60200260200101818152505061042084600460015f6119c2565b81600381518110610433576104336147b0565b6020026020010181815250506104738a5f01602081019061045491906146ce565b63ffffffff165f61046860208e018e6146ce565b63ffffffff166119de565b81600481518110610486576104866147b0565b6020026020010181815250506104aa8360018c5f01602081019061046891906146ce565b816005815181106104bd576104bd6147b0565b6020026020010181815250506104e18360028c5f01602081019061046891906146ce565b816006815181106104f4576104f46147b0565b602090810291909101015261052261051260608c0160408d016146ce565b63ffffffff1660065f60016119c2565b81600781518110610535576105356147b0565b602090810291909101015261056361055360808c0160608d016146ce565b63ffffffff1660066001806119c2565b81600881518110610576576105766147b0565b602002602001018181525050610590600160075f5f6119c2565b816009815181106105a3576105a36147b0565b6020026020010181815250505f6105ba828a611a56565b9c50919a5098509650905080156105d5575050505050610afa565b5f6105e18b60016147c4565b90505f6105ed826119aa565b90505f6105fb826002614785565b610606846002614785565b61061091906147c4565b61061b9060026147c4565b90508d604001602081019061063091906146ce565b6106409063ffffffff1682614785565b8c1015610744575f610652828e6147d7565b905061065e828e6147ea565b9c50838d101561067f5760089b5099508b9850610afa975050505050505050565b610689848e6147fd565b9c508c5f036106a95760099b5099505f9850610afa975050505050505050565b6106b460018e6147fd565b9c50828d10156106d657600a8d5f9b509b509b50505050505050505050610afa565b6106e0838e6147fd565b9c50828d101561070257600b8d5f9b509b509b50505050505050505050610afa565b61070c838e6147fd565b9c50838d101561072d57600c9b5099508b9850610afa975050505050505050565b600d9b5099505f9850610afa975050505050505050565b8d604001602081019061075791906146ce565b6107679063ffffffff1682614785565b610771908d6147fd565b9b505f9250600d91506107819050565b6040519080825280602002602001820160405280156107aa578160200160208202803683370190505b5090506107bb86600460055f6119c2565b815f815181106107cd576107cd6147b0565b6020026020010181815250506108088c5f0160208101906107ee91906146ce565b63ffffffff1660038e5f01602081019061046891906146ce565b8160018151811061081b5761081b6147b0565b60200260200101818152505061083486600e5f5f6119c2565b81600281518110610847576108476147b0565b6020026020010181815250506108608660015f5f6119c2565b81600381518110610873576108736147b0565b60200260200101818152505061088d600160025f5f6119c2565b816004815181106108a0576108a06147b0565b6020026020010181815250506108ba86600360015f6119c2565b816005815181106108cd576108cd6147b0565b6020026020010181815250506108e786600460015f6119c2565b816006815181106108fa576108fa6147b0565b602090810291909101015261093261091860a08e0160808f016146ce565b63ffffffff1660048e5f01602081019061046891906146ce565b81600781518110610945576109456147b0565b602090810291909101015261097d61096360a08e0160808f016146ce565b63ffffffff1660058e5f01602081019061046891906146ce565b81600881518110610990576109906147b0565b6020026020010181815250506109be6109b58d608001602081019061030a91906146ce565b600f5f5f6119c2565b816009815181106109d1576109d16147b0565b602002602001018181525050610a006109f68d608001602081019061030a91906146ce565b600460065f6119c2565b81600a81518110610a1357610a136147b0565b602002602001018181525050610a4f8c5f016020810190610a3491906146ce565b63ffffffff1660068e608001602081019061046891906146ce565b81600b81518110610a6257610a626147b0565b602002602001018181525050610a7b86600e5f5f6119c2565b81600c81518110610a8e57610a8e6147b0565b602002602001018181525050610aa4818b611a56565b9d50919b509950975091508115610ac057505050505050610afa565b83610acb8b826147fd565b604051631a46e91f60e11b81526001600160401b03909216600483015260248201526044015b60405180910390fd5b93509350939050565b5f60068210158015610b165750600d8211155b92915050565b610b2461455b565b610b2d84611b5f565b610b3a60208501856146ce565b63ffffffff168152610b5260408501602086016146ce565b63ffffffff166020820152610b6d60608501604086016146ce565b63ffffffff166040820152610b8860808501606086016146ce565b63ffffffff166060820152610ba360a08501608086016146ce565b63ffffffff166080820152610bbe60c0850160a086016146ce565b63ffffffff1660a0820152610bd960e0850160c086016146ce565b63ffffffff1660c0820152610bf5610100850160e086016146ce565b63ffffffff1660e0820152610c12610160850161014086016146ce565b63ffffffff1661010082015260408101518151610c2f91906147d7565b61012082018190526060820151610c469190614785565b61014080830191909152610c6b90610c6490860161012087016146ce565b6020611fca565b6101608201526101c08101839052610c8960408301602084016146ce565b63ffffffff16610180820152610ca560608301604084016146ce565b63ffffffff166101a082015260c081015161018082015110610ce7578061018001518160c001516040516329ded1a760e11b8152600401610af1929190614810565b8060200151816101a001511115610d3d576101a081015160208201516040516329ded1a760e11b81526060600482015260016064820152601b60fa1b60848201526024810192909252604482015260a401610af1565b8060200151816101a00151148015610d69575060c0810151610180820151610d669060016147c4565b10155b15610d9f57610180810151610d7f9060016147c4565b8160c001516040516329ded1a760e11b8152600401610af1929190614810565b6020810151610db26102c0840184614838565b905014610e1157610dc76102c0830183614838565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a4019050610af1565b610e1f610360830183614838565b90505f03610e45575f6001604051637037f67360e11b8152600401610af1929190614884565b5f610e5360208601866146ce565b610e6360408701602088016146ce565b610e7360608801604089016146ce565b610e836080890160608a016146ce565b610e9360a08a0160808b016146ce565b610ea360c08b0160a08c016146ce565b610eb360e08c0160c08d016146ce565b610ec46101008d0160e08e016146ce565b610ed66101208e016101008f016146ce565b8d610120016020810190610eea91906146ce565b8e610140016020810190610efe91906146ce565b8f6101600135604051602001610f1f9c9b9a999897969594939291906148c9565b60408051601f198184030181529190528051602090910120905036610f48610360850185614838565b5f818110610f5857610f586147b0565b9050602002810190610f6a919061498d565b9050610f7960208201826146f1565b6001600160401b0316151580610fad5750610f9b610f9687612112565b6122b0565b610fa86040830183614838565b905014155b80610fce575084610fcb835f610fc66040860186614838565b6122d3565b14155b15610fef576040516308a691e960e31b815260048101869052602401610af1565b5f5b60138110156110385784606001816013811061100f5761100f6147b0565b6020020135846102400151826013811061102b5761102b6147b0565b6020020152600101610ff1565b506110476102c0850185614838565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102e09091013561028082015292915050565b60408051601380825261028082019092525f9182919060208201610260803683370190505090505f5b60138110156111055783610240015181601381106110db576110db6147b0565b60200201518282815181106110f2576110f26147b0565b60209081029190910101526001016110bb565b505f836102600151516001600160401b038111156111255761112561479c565b60405190808252806020026020018201604052801561114e578160200160208202803683370190505b5090505f5b81518110156111a0578461026001518181518110611173576111736147b0565b602002602001015182828151811061118d5761118d6147b0565b6020908102919091010152600101611153565b5084846101800151856101a001516111b785612360565b6111c085612360565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c850152603084015260508301526070820152609001604051602081830303815290604052805190602001209250505092915050565b5f61124583835f5f876102000151612482565b90505f61125584845f6010612768565b90505f8461020001515f1461126e576020820151611270565b5f5b90505f5b6004845161128291906147d7565b8110156112be575f61129d858360021b016020015160e01d90565b90506112a981806149ab565b6112b390846147c4565b925050600101611274565b50602082018190526112d2856010846128c2565b61024086015160105b60200201525050505050565b5f6112f583835f6010612768565b905061132d81600161131d611310855f60051b016020015190565b87516101608901516129db565b808260051b602085010152505050565b611339836010836128c2565b61024084015160106020020152505050565b5f61135e83835f5f876102000151612482565b90506113738383600180876102000151612482565b505f61138c61138585855f6010612768565b6040015190565b905061139c610360840184614838565b90506002146113d0576113b3610360840184614838565b604051637037f67360e11b8152610af19250600290600401614884565b5f611430856113e3610360870187614838565b60018181106113f4576113f46147b0565b9050602002810190611406919061498d565b61141d8860028a61022001518b6102000151612af6565b865161142b610f968b612dac565b612e75565b90505f83516001600160401b0381111561144c5761144c61479c565b6040519080825280601f01601f191660200182016040528015611476576020820181803683370190505b5090505f5b6004855161148991906147d7565b8110156114f7576114ef82826114c46114ab898660021b016020015160e01d90565b6114be888760021b016020015160e01d90565b89612f8a565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b60010161147b565b506115058686600184612fb8565b505050505050565b5f5f600684610220015114611525576009600a61152a565b600b600c5b915091505f61154685855f886102200151896102000151612482565b905061155b8585600186896102000151612482565b505f61157c868660028660108b610200015161157791906147d7565b612482565b9050611586614612565b5f5b60208110156115cb576115a4848260021b016020015160e01d90565b8282602081106115b6576115b66147b0565b60039290920b60209092020152600101611588565b505f5f6115d783613042565b6040805160208082528183019092529294509092505f91906020820181803683370190505090505f5b60208110156116535783816020811061161b5761161b6147b0565b602002015160f81b828281518110611635576116356147b0565b60200101906001600160f81b03191690815f1a905350600101611600565b506116618a8a600184612fb8565b61169d8560108c610200015161167791906147ea565b60031b0160200180516001600160c01b03166001600160c01b031960c086901b16179052565b6116aa8a8a600288612fb8565b50505050505050505050565b5f6116dd83835f6116cb876102000151613082565b602088610220015161157791906147d7565b90505f5f6116f485858761020001516006146130ea565b915091505f61170386866131c3565b905061172684602088610220015161171b91906147ea565b6114c4848787613275565b61150586865f87612fb8565b61020082015160ff165f60206006831461174d578451611753565b84608001515b61175d91906147d7565b90505f604051806040016040528060806008886102000151901c6117819190614785565b81526020015f8152509050816080825f600281106117a1576117a16147b0565b60200201516117b091906147c4565b116117c85780516117c3906080906147c4565b6117ca565b815b60208201525f6117f18686836117df88613082565b60208b610220015161157791906147d7565b90505f61180187875f6010612768565b90505f6118108888888761328c565b61020089015160081c156118285760a083015161182a565b5f5b61183491906149da565b905084846001602002015103611866576118638360208a610220015161185a91906147ea565b6114c484613351565b505f5b60a08201819052611879886010846128c2565b610240890151610200015261189088885f86612fb8565b5050505050505050565b5f6118ad83835f5f876102000151612482565b90505f6118c4848460016008886102000151612482565b90505f5b600483516118d691906147d7565b8110156119185761191083826114c46118f8878660021b016020015160e01d90565b61190b878760021b016020015160e01d90565b613363565b6001016118c8565b5061192584845f85612fb8565b50505050565b5f61193f83835f6006876102000151612482565b90505f611956848460016007886102000151612482565b90505f5b6004835161196891906147d7565b811015611918576119a283826114c461198a878660021b016020015160e01d90565b61199d878760021b016020015160e01d90565b613383565b60010161195a565b5f60206119b883601f6147c4565b610b1691906147d7565b604084901b602084901b17600883901b1781175b949350505050565b5f8060806001816119f06020876147d7565b6119fa91906147c4565b611a0491906147fd565b611a0e91906147d7565b905060018111611a2e57611a268560058660016119c2565b915050611a4f565b602881901b611a4a611a408388614785565b60108760026119c2565b179150505b9392505050565b5f5f5f5f5f5f5b8751811015611b44575f888281518110611a7957611a796147b0565b602002602001015190505f604082901c905080891015611b2b5760ff602083901c8116975061ffff600884901c169083166002819003611af7575f602885901c62ffffff16905060018a6008838f611ad191906147ea565b901b8517838f611ae191906147d7565b5f9a509a509a509a509a50505050505050611b55565b80600103611b1557506001985095508894505f9350611b5592505050565b506001985089965094505f9350611b5592505050565b611b35818a6147fd565b98505050806001019050611a5d565b505f5f5f5f89945094509450945094505b9295509295909350565b611b6c60208201826146ce565b63ffffffff161580611b9a57506020611b87828201836146ce565b611b919190614a01565b63ffffffff1615155b15611bce576040516389a6198960e01b815260206004820152600360248201526264696d60e81b6044820152606401610af1565b611bde60408201602083016146ce565b63ffffffff165f03611c1c576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b6044820152606401610af1565b611c2c60608201604083016146ce565b63ffffffff161580611c695750611c4960608201604083016146ce565b611c5660208301836146ce565b611c609190614a01565b63ffffffff1615155b15611c9f576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b6044820152606401610af1565b6002611cb160608301604084016146ce565b611cbe60208401846146ce565b611cc8919061475e565b611cd29190614a01565b63ffffffff1615611d10576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b6044820152606401610af1565b611d2060808201606083016146ce565b63ffffffff161580611d605750611d3d60808201606083016146ce565b611d4d60608301604084016146ce565b611d579190614a01565b63ffffffff1615155b15611d98576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b6044820152606401610af1565b611da860a08201608083016146ce565b63ffffffff161580611dda57506020611dc760a08301608084016146ce565b611dd19190614a01565b63ffffffff1615155b15611e10576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b6044820152606401610af1565b611e2060c0820160a083016146ce565b63ffffffff165f03611e5d576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b6044820152606401610af1565b611e6d60e0820160c083016146ce565b63ffffffff165f03611eac576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b6044820152606401610af1565b611ebd610100820160e083016146ce565b63ffffffff161580611ef057506002611edd610100830160e084016146ce565b611ee79190614a01565b63ffffffff1615155b80611f3c5750611f0660608201604083016146ce565b611f1360208301836146ce565b611f1d919061475e565b63ffffffff16611f34610100830160e084016146ce565b63ffffffff16115b15611f75576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b6044820152606401610af1565b6001611f89610160830161014084016146ce565b63ffffffff161115611fc7576040516389a6198960e01b8152600401610af1906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff85169082900361201a576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b6044820152606401610af1565b5f82156120335761202e82628000006149da565b612035565b815b90505f831561204e57612049609685614a28565b612052565b6094195b90505f61205f87836149da565b9050825f03612075575f95505050505050610b16565b5f81126120c65760268113156120bc576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b6044820152606401610af1565b82811b95506120ec565b60191981136120d7575f95506120ec565b6120e9836120e483614a47565b6133e3565b95505b6001601f89901c811690036121075761210486614a47565b95505b505050505092915050565b5f8061212461030a60208501856146ce565b90505f61213760608501604086016146ce565b61214460208601866146ce565b61214e919061475e565b63ffffffff1661216460808601606087016146ce565b63ffffffff166121749190614785565b90505f61218760a08601608087016146ce565b6121989063ffffffff166002614785565b6121a3836002614785565b6121b060208801886146ce565b6121c19063ffffffff166003614785565b6121cc866002614785565b6121d691906147c4565b6121e091906147c4565b6121ea91906147c4565b90505f6121fd60e0870160c088016146ce565b63ffffffff16848361221560408a0160208b016146ce565b63ffffffff166122259190614785565b61223560c08a0160a08b016146ce565b6122469063ffffffff1660016147c4565b61225091906147c4565b61225a91906147c4565b61226491906147c4565b9050612278610160870161014088016146ce565b63ffffffff165f036122a75761229460c0870160a088016146ce565b6122a49063ffffffff16826147c4565b90505b95945050505050565b5f5b81816001901b10156122ce576122c781614a61565b90506122b2565b919050565b5f81610100811080156122e7575084811c15155b1561230f576040516394666f0d60e01b81526004810186905260248101829052604401610af1565b859150838160051b81015b80821015612355576001871660051b823580861715158683528160208418528060405f200296505050508660011c965060208201915061231a565b505050949350505050565b80515f9080820361237357505f92915050565b6001811115612460575f600261238a8360016147c4565b61239491906147d7565b90505f5b81811015612458575f836123ad836002614785565b6123b89060016147c4565b106123c3575f6123f3565b856123cf836002614785565b6123da9060016147c4565b815181106123ea576123ea6147b0565b60200260200101515b905061243286612404846002614785565b81518110612414576124146147b0565b6020026020010151825f828152602082905260409020911715150290565b868381518110612444576124446147b0565b602090810291909101015250600101612398565b509050612373565b825f81518110612472576124726147b0565b6020026020010151915050919050565b6060612492610300860186614838565b905084106124f4576124a8610300860186614838565b90506124b58560016147c4565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a401610af1565b36612503610300870187614838565b86818110612513576125136147b0565b90506020028101906125259190614a79565b90505f6125436125358987613434565b61253e8761355b565b6135a3565b9050846125536020840184614a8d565b60ff1614158061257857508361256f60408401602085016146ce565b63ffffffff1614155b806125835750808410155b156125d857856125966020840184614a8d565b6125a660408501602086016146ce565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff166044820152606401610af1565b5f6125e48987876135c5565b9050806125f46040850185614aad565b90501461263357866126096040850185614aad565b604051636a57042760e01b8152600481019390935260248301525060448101829052606401610af1565b61263c826122b0565b6126496060850185614838565b90501461268a5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b606482015260248101889052608401610af1565b88610240015186601381106126a1576126a16147b0565b60200201516126db6126b66040860186614aad565b6040516126c4929190614aef565b60405190819003902087610fc66060880188614838565b1461271a5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b606482015260248101889052608401610af1565b6127276040840184614aad565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b6060612778610320850185614838565b905083106127b65761278e610320850185614838565b905061279b8460016147c4565b604051637037f67360e11b8152600401610af1929190614afe565b6127c4610320850185614838565b848181106127d4576127d46147b0565b90506020028101906127e69190614aad565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939450612827925085915061362d9050565b6128318785613434565b61283b9190614785565b905080825114612872578151604051636a57042760e01b815260048101869052602481019190915260448101829052606401610af1565b8561024001518360138110612889576128896147b0565b60200201516128998785856128c2565b146128b95783604051630b28d38960e31b8152600401610af19190614b21565b50949350505050565b5f5f6128cd8461362d565b6128d68561355b565b6128e09190614785565b90505f8160018386516128f391906147c4565b6128fd91906147fd565b61290791906147d7565b90505f816001600160401b038111156129225761292261479c565b60405190808252806020026020018201604052801561294b578160200160208202803683370190505b5090505f5b828110156129c6575f6129638583614785565b90505f8751868361297491906147c4565b1161297f578561298c565b81885161298c91906147fd565b90505f818360208b0101209050808585815181106129ac576129ac6147b0565b602002602001018181525050505050806001019050612950565b506129d081612360565b979650505050505050565b5f5f841215612a00576040516338e756a760e21b815260048101859052602401610af1565b5f821215612a24576040516338e756a760e21b815260048101839052602401610af1565b825f03612a445760405163011ee73b60e21b815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b5f5f612b04865f01516119aa565b90505f86608001516002612b189190614785565b610140880151612b29906002614785565b8851612b36906003614785565b612b41856002614785565b612b4b91906147c4565b612b5591906147c4565b612b5f91906147c4565b90505f81886101a00151612b739190614785565b60a0890151612b839060016147c4565b612b8d91906147c4565b905060028703612bf6578486600114612ba6575f612bd8565b610140890151612bb7906002614785565b8951612bc4906002614785565b612bce90866147c4565b612bd891906147c4565b612be290836147c4565b612bec91906147c4565b93505050506119d6565b60018703612c0957612bec8560016147c4565b6004871480612c235750600387148015612c235750856007145b15612c8557876101000151600114612c7a578483838a60200151612c479190614785565b60a08b0151612c579060016147c4565b612c6191906147c4565b612c6b91906147c4565b612c7591906147c4565b612bec565b612bec8560016147c4565b60038703612d3f576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b88811015612d1d57818160078110612cef57612cef6147b0565b6020020151612cfe90846147c4565b925080600303612d1557612d1286846147c4565b92505b600101612cd5565b5086612d2983856147c4565b612d3391906147c4565b955050505050506119d6565b5f83838a60200151612d519190614785565b60a08b0151612d619060016147c4565b612d6b91906147c4565b612d7591906147c4565b90508861010001515f03612d955760a0890151612d9290826147c4565b90505b612d9f86826147c4565b9998505050505050505050565b5f5f612dba835f01516119aa565b90505f8360c001518285608001516002612dd49190614785565b610140870151612de5906002614785565b8751612df2906003614785565b612dfd876002614785565b612e0791906147c4565b612e1191906147c4565b612e1b91906147c4565b8660200151612e2a9190614785565b60a0870151612e3a9060016147c4565b612e4491906147c4565b612e4e91906147c4565b612e5891906147c4565b90508361010001515f03611a4f5760a08401516119d690826147c4565b606083612e8560208701876146f1565b6001600160401b0316141580612ea9575082612ea46020870187614aad565b905014155b80612ec2575081612ebd6040870187614838565b905014155b15612ee25783604051630b28d38960e31b8152600401610af19190614b52565b6101c0860151612f1f612ef86020880188614aad565b604051612f06929190614aef565b604051809103902086888060400190610fc69190614838565b14612f3f5783604051630b28d38960e31b8152600401610af19190614b52565b612f4c6020860186614aad565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f612f948461368f565b612f9d8361368f565b6119d6612fb3612fad85876149ab565b846136c6565b613718565b36612fc7610300850185614838565b84818110612fd757612fd76147b0565b9050602002810190612fe99190614a79565b905061301c828051906020012082602001602081019061300991906146ce565b63ffffffff16610fc66060850185614838565b61024086015161302f6020840184614a8d565b60ff16601381106112db576112db6147b0565b61304a614612565b5f808361305681613747565b935091505f5b602081101561307a5782811a5f0b600582901b86015260010161305c565b505050915091565b5f8160070361309357506011919050565b815f036130a257506002919050565b816001036130b257506003919050565b816002036130c257506004919050565b816004036130d257506006919050565b816005036130e257506007919050565b506008919050565b60608061310685855f866130ff576009612768565b600b612768565b91505f613123868660018761311c57600a612768565b600c612768565b90506008815161313391906147d7565b6001600160401b0381111561314a5761314a61479c565b604051908082528060200260200182016040528015613173578160200160208202803683370190505b5091505f5b82518110156131b957613194828260031b016020015160c01d90565b8382815181106131a6576131a66147b0565b6020908102919091010152600101613178565b5050935093915050565b60606131d3610360830183614838565b90506002146131ea576113b3610360830183614838565b5f8361020001516006146131ff578351613205565b83608001515b90506119d684613219610360860186614838565b600181811061322a5761322a6147b0565b905060200281019061323c919061498d565b6132538760038961020001518a6102200151612af6565b61325e6020866147d7565b613269906022614785565b61142b610f968a612dac565b5f6119d66132878585855f8751613889565b613351565b5f5f5f61329e87878760061487613b95565b90925090506132b1610360870187614838565b90506002146132c8576113b3610360870187614838565b5f613329886132db6103608a018a614838565b60018181106132ec576132ec6147b0565b90506020028101906132fe919061498d565b6133108b60038b8e6102200151612af6565b855161331d906022614785565b61142b610f968e612dac565b9050613345818484885f60200201518960016020020151613889565b98975050505050505050565b5f610b16612fb383637f0000006136c6565b5f61336d8361368f565b6133768261368f565b611a4f612fb383856149da565b5f61338d8361368f565b6133968261368f565b5f6133a084613bbd565b60030b90505f838202908112618000030160101d637fffffff198112156133c95750637fffffff195b637fffffff8113156119d65750637fffffff949350505050565b5f8115806133f1575060ff82115b1561341257604051630263749760e41b815260048101839052602401610af1565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f8115806134425750600182145b8061344d5750600282145b806134585750600582145b806134635750600882145b8061346e5750600982145b1561347b57508151610b16565b600382148061348a5750600482145b1561349b5750610140820151610b16565b60068214806134aa5750600782145b806134b55750600b82145b156134c557506080820151610b16565b600a82036134e25782516134db906020906147d7565b9050610b16565b600c82036134fb57602083608001516134db91906147d7565b600d82148061350a5750600e82145b1561351a575060c0820151610b16565b600f820361352e5750610120820151610b16565b60118203613541575060a0820151610b16565b601282036135525750610100610b16565b50603492915050565b5f600a82148061356b5750600c82145b806135765750600f82145b806135815750601082145b8061358c5750601282145b61359757602061359a565b60105b60ff1692915050565b5f8160016135b182866147c4565b6135bb91906147fd565b611a4f91906147d7565b5f5f6135d18585613434565b90505f6135dd8561355b565b90505f6135ea8286614785565b90505f836135f884846147c4565b1161360c5761360783836147c4565b61360e565b835b90506136198761362d565b61362383836147fd565b6133459190614785565b5f600982148061363d5750600b82145b1561364a57506001919050565b600a8214806136595750600c82145b806136645750600f82145b8061366f5750601082145b8061367a5750601282145b1561368757506008919050565b506004919050565b637fffffff198112806136a55750637fffffff81135b15611fc75760405163e92ac66b60e01b815260048101829052602401610af1565b5f5f82136136ea57604051637040adc360e01b815260048101839052602401610af1565b5f83128381156136fa57845f0390505b838460011c820104925050801561371157815f0391505b5092915050565b5f637fffffff1982121561372f57637fffffff1991505b637fffffff82131561374357637fffffff91505b5090565b5f5f6104008301835b818110156137d557805160030b60ff81901d9081180383811115613772578093505b50602081015160030b60ff81901d9081180383811115613790578093505b50604081015160030b60ff81901d90811803838111156137ae578093505b50606081015160030b60ff81901d90811803838111156137cc578093505b50608001613750565b508115613883578160011c845b8281101561307a578051602082015160408301516060840151600390810b607f90810260ff81811d91821882900389018b9004821891909103811693830b820280821d90811881900389018b9004811803811694830b820280821d90811881900389018b900481180381169590920b0280821d908118819003870189900481180316600898891b17881b92909217871b1790951b94909417936080016137e2565b50915091565b82515f90613898602282614785565b87511415806138b257506138ad602082614785565b865114155b156138e45786518651604051638ee979f560e01b81526004810192909252602482015260448101829052606401610af1565b828411806138f157508083115b1561392057604051633fe8c99960e01b8152600481018590526024810184905260448101829052606401610af1565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b80821015613b6a5783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f8314171561398d5760208d01850360051c6001019750505050613b6a565b8015613b505781151580600a1b6103ff8516178184031b905083600f1c156139b2575f035b865160028901518391620800007f80808080808080808080808080808080808080808080808080808080808080809283187cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff81811677ffffffffffffffff0000000000000000ffffffffffffffff7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff96909518602081811c9788167fffffffff00000000ffffffff00000000ffffffff00000000ffffffff000000009290911b91821617604090811c9690961677ffffffff000000000000000000000000ffffffff000000009190911673ffffffff000000000000000000000000ffffffff979097169690961790941b94909417608081811c91901b17848116848101600884811c88169084901c881681810192909201601086811c8a169086901c8a1681810192909201601897881c8b169690971c99909916858101969096017c01000000010000000100000001000000010000000100000001000000010260d91c647fffffff80169790930291020195029490940193029290920160e01c03018202028b019a50505b505050602284019350602083019250602082019150613946565b50505050805f14613b8a57613b8a8887613b856001856147fd565b613c09565b505095945050505050565b606080613ba486868686613c8e565b613bb087878787613dfb565b9150915094509492505050565b5f5f613bc883613f52565b90505f83820290811263200000000301601e1d637fffffff19811215613bf05750637fffffff195b637fffffff811315611a4f5750637fffffff9392505050565b602281028301602001515f81901a60019190911a60081b17601f600a82901c81169003613c4f57604051632548acfb60e11b815261ffff82166004820152602401610af1565b81838381518110613c6257613c626147b0565b60200260200101516040516358e5175760e11b8152600401610af1929190918252602082015260400190565b60605f602084613c9f578651613ca5565b86608001515b613caf91906147d7565b90505f84613cbe576009613cc1565b600b5b90505f5f613d58885f856040518060a001604052808981526020018b5f60028110613cee57613cee6147b0565b6020020151815260200160018c600160028110613d0d57613d0d6147b0565b6020020151613d1c91906147fd565b815260200160208152602001896020613d359190614785565b90526102408e01518860138110613d4e57613d4e6147b0565b6020020151613fb1565b9092509050613d68846020614785565b6001600160401b03811115613d7f57613d7f61479c565b6040519080825280601f01601f191660200182016040528015613da9576020820181803683370190505b5086519095505b6020870151811015613dee575f613dc783836147fd565b613dd2906020614785565b8401602090810151600584901b89019091015250600101613db0565b5050505050949350505050565b60605f602084613e0c578651613e12565b86608001515b613e1c91906147d7565b90505f84613e2b57600a613e2e565b600c5b90505f5f613eae886001856040518060a0016040528060108a600f613e5391906147c4565b613e5d91906147d7565b81528b51602090910190613e73906010906147d7565b8152602001601060018d816020020151613e8d91906147fd565b613e9791906147d7565b815260806020820152604001613d358a6008614785565b91509150836001600160401b03811115613eca57613eca61479c565b604051908082528060200260200182016040528015613ef3578160200160208202803683370190505b5086519095505b6020870151811015613dee57613f2d83613f15846010614785565b613f1f90846147fd565b60031b016020015160c01d90565b868281518110613f3f57613f3f6147b0565b6020908102919091010152600101613efa565b5f5f8212613f8b575f613f6c613f6784614a47565b6142cf565b634000000001671000000000000000600182901c010491506122ce9050565b5f613f95836142cf565b63400000008101601e9190911b600182901c0104915050919050565b60605f613fc2610340880188614838565b9050861061402657613fd8610340880188614838565b9050613fe58760016147c4565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a401610af1565b36614035610340890189614838565b88818110614045576140456147b0565b90506020028101906140579190614b76565b90505f5b60408601516020870151821c90821c1461407f5761407881614a61565b905061405b565b6020860151865190821c821b93505f9061409c6001841b866147c4565b116140b3576140ae6001831b856147c4565b6140b6565b86515b608088015160608901519192505f916140cf9084614785565b116140f25760608801516140e386846147fd565b6140ed9190614785565b614110565b60608801516141019086614785565b608089015161411091906147fd565b9050886141206020860186614a8d565b60ff1614158061414557508461413c60408601602087016146ce565b63ffffffff1614155b8061416257508261415c6060860160408701614a8d565b60ff1614155b1561418557896141756020860186614a8d565b6125a660408701602088016146ce565b806141936060860186614aad565b9050146141a857896126096060860186614aad565b875183906141b5906122b0565b6141bf91906147fd565b6141cc6080860186614838565b905014158061423c5750866142396142296141ea6060880188614aad565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505060608d015188915061445f565b87861c610fc66080890189614838565b14155b1561427d5760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b9052608401610af1565b61428a6060850185614aad565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929e979d50969b505050505050505050505050565b5f5f8212801561445157618000635c551d95845f03020160101c80601e1c601f81101561444a57633fffffff82166008606c196143188284025f811263200000000301601e1d90565b01905061058b6143348383025f811263200000000301601e1d90565b019050613ff8196143518383025f811263200000000301601e1d90565b0190506202861261436e8383025f811263200000000301601e1d90565b0190506215d87f1961438c8383025f811263200000000301601e1d90565b019050629d955b6143a98383025f811263200000000301601e1d90565b01905063038d611a196143c88383025f811263200000000301601e1d90565b019050630f5fdf006143e68383025f811263200000000301601e1d90565b019050632c5c85fd196144058383025f811263200000000301601e1d90565b01905063400000006144238383025f811263200000000301601e1d90565b019050828015614442575f821260018086031b038201841d9650614446565b8196505b5050505b5050614459565b634000000091505b50919050565b5f806001841b6001600160401b0381111561447c5761447c61479c565b6040519080825280602002602001820160405280156144a5578160200160208202803683370190505b5090505f8360018588516144b991906147c4565b6144c391906147fd565b6144cd91906147d7565b90505f5b81811015614547575f6144e48683614785565b90505f885187836144f591906147c4565b11614500578661450d565b81895161450d91906147fd565b90505f818360208c01012090508086858151811061452d5761452d6147b0565b6020026020010181815250505050508060010190506144d1565b5061455182612360565b9695505050505050565b6040518061036001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020016145db614631565b8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b6040518061026001604052806013906020820280368337509192915050565b5f5f5f5f848603610280811215614665575f5ffd5b610180811215614673575f5ffd5b859450610180850135935060c061019f1982011215614690575f5ffd5b506101a0850191506102608501356001600160401b038111156146b1575f5ffd5b85016103c081880312156146c3575f5ffd5b939692955090935050565b5f602082840312156146de575f5ffd5b813563ffffffff81168114611a4f575f5ffd5b5f60208284031215614701575f5ffd5b81356001600160401b0381168114611a4f575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610b1657610b16614717565b634e487b7160e01b5f52601260045260245ffd5b5f63ffffffff8316806147735761477361474a565b8063ffffffff84160491505092915050565b8082028115828204841417610b1657610b16614717565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b80820180821115610b1657610b16614717565b5f826147e5576147e561474a565b500490565b5f826147f8576147f861474a565b500690565b81810381811115610b1657610b16614717565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b5f5f8335601e1984360301811261484d575f5ffd5b8301803591506001600160401b03821115614866575f5ffd5b6020019150600581901b360382131561487d575f5ffd5b9250929050565b606081525f6148a86060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b16601582015261490b601982018c6148b8565b614918601d82018b6148b8565b614925602182018a6148b8565b61493260258201896148b8565b61493f60298201886148b8565b61494c602d8201876148b8565b61495960318201866148b8565b61496660358201856148b8565b61497360398201846148b8565b603d810191909152605d019b9a5050505050505050505050565b5f8235605e198336030181126149a1575f5ffd5b9190910192915050565b8082025f8212600160ff1b841416156149c6576149c6614717565b8181058314821517610b1657610b16614717565b8082018281125f8312801582168215821617156149f9576149f9614717565b505092915050565b5f63ffffffff831680614a1657614a1661474a565b8063ffffffff84160691505092915050565b8181035f83128015838313168383128216171561371157613711614717565b5f600160ff1b8201614a5b57614a5b614717565b505f0390565b5f60018201614a7257614a72614717565b5060010190565b5f8235607e198336030181126149a1575f5ffd5b5f60208284031215614a9d575f5ffd5b813560ff81168114611a4f575f5ffd5b5f5f8335601e19843603018112614ac2575f5ffd5b8301803591506001600160401b03821115614adb575f5ffd5b60200191503681900382131561487d575f5ffd5b818382375f9101908152919050565b606081525f6148a8606083016004815263199d5b1b60e21b602082015260400190565b604081525f614b44604083016004815263199d5b1b60e21b602082015260400190565b905082602083015292915050565b604081525f614b446040830160058152641b5bd9195b60da1b602082015260400190565b5f8235609e198336030181126149a1575f5ffd",
}

// OneStepVerifier is an auto generated Go binding around an Ethereum contract.
type OneStepVerifier struct {
	abi abi.ABI
}

// NewOneStepVerifier creates a new instance of OneStepVerifier.
func NewOneStepVerifier() *OneStepVerifier {
	parsed, err := OneStepVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OneStepVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OneStepVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address attention, address head) returns()
func (oneStepVerifier *OneStepVerifier) PackConstructor(attention common.Address, head common.Address) []byte {
	enc, err := oneStepVerifier.abi.Pack("", attention, head)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTENTION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38cb7a09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTENTION() view returns(address)
func (oneStepVerifier *OneStepVerifier) PackATTENTION() []byte {
	enc, err := oneStepVerifier.abi.Pack("ATTENTION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTENTION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38cb7a09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTENTION() view returns(address)
func (oneStepVerifier *OneStepVerifier) TryPackATTENTION() ([]byte, error) {
	return oneStepVerifier.abi.Pack("ATTENTION")
}

// UnpackATTENTION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38cb7a09.
//
// Solidity: function ATTENTION() view returns(address)
func (oneStepVerifier *OneStepVerifier) UnpackATTENTION(data []byte) (common.Address, error) {
	out, err := oneStepVerifier.abi.Unpack("ATTENTION", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a701609.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function HEAD() view returns(address)
func (oneStepVerifier *OneStepVerifier) PackHEAD() []byte {
	enc, err := oneStepVerifier.abi.Pack("HEAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a701609.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function HEAD() view returns(address)
func (oneStepVerifier *OneStepVerifier) TryPackHEAD() ([]byte, error) {
	return oneStepVerifier.abi.Pack("HEAD")
}

// UnpackHEAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a701609.
//
// Solidity: function HEAD() view returns(address)
func (oneStepVerifier *OneStepVerifier) UnpackHEAD(data []byte) (common.Address, error) {
	out, err := oneStepVerifier.abi.Unpack("HEAD", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e1c8800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32,uint32,uint32,uint32,bytes32) job, (uint64,uint32,uint32,bytes32[19],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) view returns(bytes32 pre, bytes32 post)
func (oneStepVerifier *OneStepVerifier) PackStep(cfg IOneStepTypesModelConfig, modelRoot [32]byte, job IOneStepTypesJobContext, sp IOneStepTypesStepProof) []byte {
	enc, err := oneStepVerifier.abi.Pack("step", cfg, modelRoot, job, sp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e1c8800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32,uint32,uint32,uint32,bytes32) job, (uint64,uint32,uint32,bytes32[19],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) view returns(bytes32 pre, bytes32 post)
func (oneStepVerifier *OneStepVerifier) TryPackStep(cfg IOneStepTypesModelConfig, modelRoot [32]byte, job IOneStepTypesJobContext, sp IOneStepTypesStepProof) ([]byte, error) {
	return oneStepVerifier.abi.Pack("step", cfg, modelRoot, job, sp)
}

// StepOutput serves as a container for the return parameters of contract
// method Step.
type StepOutput struct {
	Pre  [32]byte
	Post [32]byte
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e1c8800.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32,uint32,uint32,uint32,bytes32) job, (uint64,uint32,uint32,bytes32[19],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) view returns(bytes32 pre, bytes32 post)
func (oneStepVerifier *OneStepVerifier) UnpackStep(data []byte) (StepOutput, error) {
	out, err := oneStepVerifier.abi.Unpack("step", data)
	outstruct := new(StepOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pre = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Post = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (oneStepVerifier *OneStepVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["AmaxOutOfRange"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackAmaxOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ConfigNotInModel"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackConfigNotInModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["InvalidBlockRange"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackInvalidBlockRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["InvalidShift"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackInvalidShiftError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["NegativeInput"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackNegativeInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["NonFiniteScale"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackNonFiniteScaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["NonPositiveDivisor"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackNonPositiveDivisorError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["NotInt32"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackNotInt32Error(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["OperandCount"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackOperandCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["OperandLength"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackOperandLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["OutOfRange"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["StepOutOfRange"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackStepOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["WrongOperand"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackWrongOperandError(raw[4:])
	}
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["ZeroCount"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackZeroCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OneStepVerifierAmaxOutOfRange represents a AmaxOutOfRange error raised by the OneStepVerifier contract.
type OneStepVerifierAmaxOutOfRange struct {
	BlockIndex *big.Int
	Amax       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmaxOutOfRange(uint256 blockIndex, int256 amax)
func OneStepVerifierAmaxOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xb1ca2eae0c0c99a9275f138775863acc3606c89fb3987d8175ec5a9a1a7c6e1d")
}

// UnpackAmaxOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmaxOutOfRange(uint256 blockIndex, int256 amax)
func (oneStepVerifier *OneStepVerifier) UnpackAmaxOutOfRangeError(raw []byte) (*OneStepVerifierAmaxOutOfRange, error) {
	out := new(OneStepVerifierAmaxOutOfRange)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "AmaxOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierBadProof represents a BadProof error raised by the OneStepVerifier contract.
type OneStepVerifierBadProof struct {
	Kind    string
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof(string kind, uint256 operand)
func OneStepVerifierBadProofErrorID() common.Hash {
	return common.HexToHash("0x59469c48dc4654ec94a60cf2f9c5f69e2cd10718ca91f087128ea63a11a79a16")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof(string kind, uint256 operand)
func (oneStepVerifier *OneStepVerifier) UnpackBadProofError(raw []byte) (*OneStepVerifierBadProof, error) {
	out := new(OneStepVerifierBadProof)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierConfigNotInModel represents a ConfigNotInModel error raised by the OneStepVerifier contract.
type OneStepVerifierConfigNotInModel struct {
	ModelRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfigNotInModel(bytes32 modelRoot)
func OneStepVerifierConfigNotInModelErrorID() common.Hash {
	return common.HexToHash("0x45348f486e2975cea5d7c4a931fadc0a8f03b82ee9fa51e5baa4d9898954c78f")
}

// UnpackConfigNotInModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfigNotInModel(bytes32 modelRoot)
func (oneStepVerifier *OneStepVerifier) UnpackConfigNotInModelError(raw []byte) (*OneStepVerifierConfigNotInModel, error) {
	out := new(OneStepVerifierConfigNotInModel)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ConfigNotInModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierIndexOutOfRange represents a IndexOutOfRange error raised by the OneStepVerifier contract.
type OneStepVerifierIndexOutOfRange struct {
	Index *big.Int
	Depth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func OneStepVerifierIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func (oneStepVerifier *OneStepVerifier) UnpackIndexOutOfRangeError(raw []byte) (*OneStepVerifierIndexOutOfRange, error) {
	out := new(OneStepVerifierIndexOutOfRange)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierInvalidBlockRange represents a InvalidBlockRange error raised by the OneStepVerifier contract.
type OneStepVerifierInvalidBlockRange struct {
	FromBlock *big.Int
	ToBlock   *big.Int
	Blocks    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBlockRange(uint256 fromBlock, uint256 toBlock, uint256 blocks)
func OneStepVerifierInvalidBlockRangeErrorID() common.Hash {
	return common.HexToHash("0x3fe8c99962ec0807cc2ec06ef6ccf5e5c53224d87bd355eeef23ad93b90ed96d")
}

// UnpackInvalidBlockRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBlockRange(uint256 fromBlock, uint256 toBlock, uint256 blocks)
func (oneStepVerifier *OneStepVerifier) UnpackInvalidBlockRangeError(raw []byte) (*OneStepVerifierInvalidBlockRange, error) {
	out := new(OneStepVerifierInvalidBlockRange)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "InvalidBlockRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierInvalidConfig represents a InvalidConfig error raised by the OneStepVerifier contract.
type OneStepVerifierInvalidConfig struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string field)
func OneStepVerifierInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string field)
func (oneStepVerifier *OneStepVerifier) UnpackInvalidConfigError(raw []byte) (*OneStepVerifierInvalidConfig, error) {
	out := new(OneStepVerifierInvalidConfig)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierInvalidShift represents a InvalidShift error raised by the OneStepVerifier contract.
type OneStepVerifierInvalidShift struct {
	S *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShift(uint256 s)
func OneStepVerifierInvalidShiftErrorID() common.Hash {
	return common.HexToHash("0x26374970896518b63388b9886e5700cab5c12100a75eb2b6d1198059eae17882")
}

// UnpackInvalidShiftError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShift(uint256 s)
func (oneStepVerifier *OneStepVerifier) UnpackInvalidShiftError(raw []byte) (*OneStepVerifierInvalidShift, error) {
	out := new(OneStepVerifierInvalidShift)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "InvalidShift", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierLengthMismatch represents a LengthMismatch error raised by the OneStepVerifier contract.
type OneStepVerifierLengthMismatch struct {
	RowBytes   *big.Int
	QuantBytes *big.Int
	Blocks     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 rowBytes, uint256 quantBytes, uint256 blocks)
func OneStepVerifierLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x8ee979f5a38369de55d403e905578ce8be28a150144e1bb7c08798d7c078539f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 rowBytes, uint256 quantBytes, uint256 blocks)
func (oneStepVerifier *OneStepVerifier) UnpackLengthMismatchError(raw []byte) (*OneStepVerifierLengthMismatch, error) {
	out := new(OneStepVerifierLengthMismatch)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierNegativeInput represents a NegativeInput error raised by the OneStepVerifier contract.
type OneStepVerifierNegativeInput struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NegativeInput(int256 value)
func OneStepVerifierNegativeInputErrorID() common.Hash {
	return common.HexToHash("0xe39d5a9c626f9ce8ffa593027662da642babe1385375acdc07d4df033e138d38")
}

// UnpackNegativeInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NegativeInput(int256 value)
func (oneStepVerifier *OneStepVerifier) UnpackNegativeInputError(raw []byte) (*OneStepVerifierNegativeInput, error) {
	out := new(OneStepVerifierNegativeInput)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "NegativeInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierNonFiniteScale represents a NonFiniteScale error raised by the OneStepVerifier contract.
type OneStepVerifierNonFiniteScale struct {
	H uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonFiniteScale(uint16 h)
func OneStepVerifierNonFiniteScaleErrorID() common.Hash {
	return common.HexToHash("0x4a9159f62752b7ac6c41ab1447ff2196932dcf2a662bf2c352d26e31755098f2")
}

// UnpackNonFiniteScaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonFiniteScale(uint16 h)
func (oneStepVerifier *OneStepVerifier) UnpackNonFiniteScaleError(raw []byte) (*OneStepVerifierNonFiniteScale, error) {
	out := new(OneStepVerifierNonFiniteScale)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "NonFiniteScale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierNonPositiveDivisor represents a NonPositiveDivisor error raised by the OneStepVerifier contract.
type OneStepVerifierNonPositiveDivisor struct {
	D *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonPositiveDivisor(int256 d)
func OneStepVerifierNonPositiveDivisorErrorID() common.Hash {
	return common.HexToHash("0x7040adc34661ecaf5be74fdb6d17e947339c91a001b0fa14678b631d4e3b883f")
}

// UnpackNonPositiveDivisorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonPositiveDivisor(int256 d)
func (oneStepVerifier *OneStepVerifier) UnpackNonPositiveDivisorError(raw []byte) (*OneStepVerifierNonPositiveDivisor, error) {
	out := new(OneStepVerifierNonPositiveDivisor)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "NonPositiveDivisor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierNotInt32 represents a NotInt32 error raised by the OneStepVerifier contract.
type OneStepVerifierNotInt32 struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInt32(int256 value)
func OneStepVerifierNotInt32ErrorID() common.Hash {
	return common.HexToHash("0xe92ac66b7c966ec6c3402f2855e825cbd64561a601604a491e80b5392d9441b2")
}

// UnpackNotInt32Error is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInt32(int256 value)
func (oneStepVerifier *OneStepVerifier) UnpackNotInt32Error(raw []byte) (*OneStepVerifierNotInt32, error) {
	out := new(OneStepVerifierNotInt32)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "NotInt32", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierOperandCount represents a OperandCount error raised by the OneStepVerifier contract.
type OneStepVerifierOperandCount struct {
	Kind string
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperandCount(string kind, uint256 got, uint256 want)
func OneStepVerifierOperandCountErrorID() common.Hash {
	return common.HexToHash("0xe06fece60b76ffcd6dfd0e61bf87851569ff5eca04eaf6f7ba37d2b2561224fa")
}

// UnpackOperandCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperandCount(string kind, uint256 got, uint256 want)
func (oneStepVerifier *OneStepVerifier) UnpackOperandCountError(raw []byte) (*OneStepVerifierOperandCount, error) {
	out := new(OneStepVerifierOperandCount)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "OperandCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierOperandLength represents a OperandLength error raised by the OneStepVerifier contract.
type OneStepVerifierOperandLength struct {
	Operand *big.Int
	Got     *big.Int
	Want    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperandLength(uint256 operand, uint256 got, uint256 want)
func OneStepVerifierOperandLengthErrorID() common.Hash {
	return common.HexToHash("0x6a570427edccfe1fc329690dfb2b0d499db493589359513fc795935e64c79a20")
}

// UnpackOperandLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperandLength(uint256 operand, uint256 got, uint256 want)
func (oneStepVerifier *OneStepVerifier) UnpackOperandLengthError(raw []byte) (*OneStepVerifierOperandLength, error) {
	out := new(OneStepVerifierOperandLength)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "OperandLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierOutOfRange represents a OutOfRange error raised by the OneStepVerifier contract.
type OneStepVerifierOutOfRange struct {
	Field string
	Value *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 limit)
func OneStepVerifierOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x53bda34ea201ed2387ff6ce9133ae8ab5ab10535ce071e1f706a1838709fe8d3")
}

// UnpackOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 limit)
func (oneStepVerifier *OneStepVerifier) UnpackOutOfRangeError(raw []byte) (*OneStepVerifierOutOfRange, error) {
	out := new(OneStepVerifierOutOfRange)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "OutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierStepOutOfRange represents a StepOutOfRange error raised by the OneStepVerifier contract.
type OneStepVerifierStepOutOfRange struct {
	Step          uint64
	ProgramLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutOfRange(uint64 step, uint256 programLength)
func OneStepVerifierStepOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x348dd23e6c85434f4cc0da12f16231b34e6123dd730b720dc472a26e0511e213")
}

// UnpackStepOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutOfRange(uint64 step, uint256 programLength)
func (oneStepVerifier *OneStepVerifier) UnpackStepOutOfRangeError(raw []byte) (*OneStepVerifierStepOutOfRange, error) {
	out := new(OneStepVerifierStepOutOfRange)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "StepOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierWrongOperand represents a WrongOperand error raised by the OneStepVerifier contract.
type OneStepVerifierWrongOperand struct {
	Operand *big.Int
	Reg     *big.Int
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongOperand(uint256 operand, uint256 reg, uint256 index)
func OneStepVerifierWrongOperandErrorID() common.Hash {
	return common.HexToHash("0xe9f7eafb4cf3ef7fbe445121f46866832166613dc84999451a79dcdc42fd3574")
}

// UnpackWrongOperandError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongOperand(uint256 operand, uint256 reg, uint256 index)
func (oneStepVerifier *OneStepVerifier) UnpackWrongOperandError(raw []byte) (*OneStepVerifierWrongOperand, error) {
	out := new(OneStepVerifierWrongOperand)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "WrongOperand", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OneStepVerifierZeroCount represents a ZeroCount error raised by the OneStepVerifier contract.
type OneStepVerifierZeroCount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCount()
func OneStepVerifierZeroCountErrorID() common.Hash {
	return common.HexToHash("0x047b9cec27e5c906da78fac5d699c603aead79e2797204797b626d2d70e203c2")
}

// UnpackZeroCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCount()
func (oneStepVerifier *OneStepVerifier) UnpackZeroCountError(raw []byte) (*OneStepVerifierZeroCount, error) {
	out := new(OneStepVerifierZeroCount)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "ZeroCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PositionHarnessMetaData contains all meta data concerning the PositionHarness contract.
var PositionHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"g\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"maxDepth\",\"type\":\"uint256\"}],\"name\":\"describe\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"indexAtDepth\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"attack\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"defend\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"parent\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"traceIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"rightIndex\",\"type\":\"uint128\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"indexAtDepth\",\"type\":\"uint256\"}],\"name\":\"wrap\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDepth\",\"type\":\"uint256\"}],\"name\":\"InvalidMaxDepth\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"indexAtDepth\",\"type\":\"uint256\"}],\"name\":\"InvalidPosition\",\"type\":\"error\"}]",
	ID:  "2ff17fa3b3c66ba30c481e09d2b71fc367",
	Bin: "0x6080604052348015600e575f5ffd5b5061038a8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c806325ded58614610038578063bc206a4914610068575b5f5ffd5b61004b610046366004610316565b6100be565b6040516001600160801b0390911681526020015b60405180910390f35b61007b610076366004610336565b6100e1565b6040805197885260208801969096526001600160801b039485169587019590955291831660608601528216608085015260a08401521660c082015260e00161005f565b5f6100d86100cc84846101be565b6001600160801b031690565b90505b92915050565b5f808080808080886100fb6001600160801b038216610206565b975061010f816001600160801b0316610270565b9650610131600182901b7001fffffffffffffffffffffffffffffffe166100cc565b9550871561015f5761015a60016ffffffffffffffffffffffffffffffffe83168117901b6100cc565b610161565b5f5b9450610182600182901c6f7fffffffffffffffffffffffffffffff166100cc565b93506101976001600160801b0382168a61028f565b92506101af6100cc6001600160801b0383168b6102a2565b91505092959891949750929550565b5f607e8311806101cf575081831c15155b156101fc57604051637cdcced360e01b815260048101849052602481018390526044015b60405180910390fd5b50600190911b1790565b60016001600160801b0390911667ffffffffffffffff811160061b90811c63ffffffff811160051b90811c61ffff811160041b90811c60ff8111600390811b91821c600f811160021b90811c918211871b91821c9690961193909417919091171792909217171790565b5f6001600160801b03821661028483610206565b6001901b1892915050565b5f6100d861029d84846102a2565b610270565b5f5f6102ad84610206565b9050607e8311806102bd57508083105b156102e55760405163063e239960e21b815260048101829052602481018490526044016101f3565b5f6102f0828561036b565b90506102ff600180831b61036b565b6001600160801b03861690911b1791505092915050565b5f5f60408385031215610327575f5ffd5b50508035926020909101359150565b5f5f60408385031215610347575f5ffd5b82356001600160801b038116811461035d575f5ffd5b946020939093013593505050565b818103818111156100db57634e487b7160e01b5f52601160045260245ffd",
}

// PositionHarness is an auto generated Go binding around an Ethereum contract.
type PositionHarness struct {
	abi abi.ABI
}

// NewPositionHarness creates a new instance of PositionHarness.
func NewPositionHarness() *PositionHarness {
	parsed, err := PositionHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PositionHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PositionHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDescribe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc206a49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function describe(uint128 g, uint256 maxDepth) pure returns(uint256 depth, uint256 indexAtDepth, uint128 attack, uint128 defend, uint128 parent, uint256 traceIndex, uint128 rightIndex)
func (positionHarness *PositionHarness) PackDescribe(g *big.Int, maxDepth *big.Int) []byte {
	enc, err := positionHarness.abi.Pack("describe", g, maxDepth)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescribe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc206a49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function describe(uint128 g, uint256 maxDepth) pure returns(uint256 depth, uint256 indexAtDepth, uint128 attack, uint128 defend, uint128 parent, uint256 traceIndex, uint128 rightIndex)
func (positionHarness *PositionHarness) TryPackDescribe(g *big.Int, maxDepth *big.Int) ([]byte, error) {
	return positionHarness.abi.Pack("describe", g, maxDepth)
}

// DescribeOutput serves as a container for the return parameters of contract
// method Describe.
type DescribeOutput struct {
	Depth        *big.Int
	IndexAtDepth *big.Int
	Attack       *big.Int
	Defend       *big.Int
	Parent       *big.Int
	TraceIndex   *big.Int
	RightIndex   *big.Int
}

// UnpackDescribe is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc206a49.
//
// Solidity: function describe(uint128 g, uint256 maxDepth) pure returns(uint256 depth, uint256 indexAtDepth, uint128 attack, uint128 defend, uint128 parent, uint256 traceIndex, uint128 rightIndex)
func (positionHarness *PositionHarness) UnpackDescribe(data []byte) (DescribeOutput, error) {
	out, err := positionHarness.abi.Unpack("describe", data)
	outstruct := new(DescribeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Depth = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.IndexAtDepth = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Attack = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Defend = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Parent = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.TraceIndex = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.RightIndex = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackWrap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25ded586.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function wrap(uint256 depth, uint256 indexAtDepth) pure returns(uint128)
func (positionHarness *PositionHarness) PackWrap(depth *big.Int, indexAtDepth *big.Int) []byte {
	enc, err := positionHarness.abi.Pack("wrap", depth, indexAtDepth)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWrap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25ded586.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function wrap(uint256 depth, uint256 indexAtDepth) pure returns(uint128)
func (positionHarness *PositionHarness) TryPackWrap(depth *big.Int, indexAtDepth *big.Int) ([]byte, error) {
	return positionHarness.abi.Pack("wrap", depth, indexAtDepth)
}

// UnpackWrap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25ded586.
//
// Solidity: function wrap(uint256 depth, uint256 indexAtDepth) pure returns(uint128)
func (positionHarness *PositionHarness) UnpackWrap(data []byte) (*big.Int, error) {
	out, err := positionHarness.abi.Unpack("wrap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (positionHarness *PositionHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], positionHarness.abi.Errors["InvalidMaxDepth"].ID.Bytes()[:4]) {
		return positionHarness.UnpackInvalidMaxDepthError(raw[4:])
	}
	if bytes.Equal(raw[:4], positionHarness.abi.Errors["InvalidPosition"].ID.Bytes()[:4]) {
		return positionHarness.UnpackInvalidPositionError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PositionHarnessInvalidMaxDepth represents a InvalidMaxDepth error raised by the PositionHarness contract.
type PositionHarnessInvalidMaxDepth struct {
	Depth    *big.Int
	MaxDepth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMaxDepth(uint256 depth, uint256 maxDepth)
func PositionHarnessInvalidMaxDepthErrorID() common.Hash {
	return common.HexToHash("0x18f88e642aca4e63b821a1d0143982d2e4342c877f41dede3600e0323df93714")
}

// UnpackInvalidMaxDepthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMaxDepth(uint256 depth, uint256 maxDepth)
func (positionHarness *PositionHarness) UnpackInvalidMaxDepthError(raw []byte) (*PositionHarnessInvalidMaxDepth, error) {
	out := new(PositionHarnessInvalidMaxDepth)
	if err := positionHarness.abi.UnpackIntoInterface(out, "InvalidMaxDepth", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PositionHarnessInvalidPosition represents a InvalidPosition error raised by the PositionHarness contract.
type PositionHarnessInvalidPosition struct {
	Depth        *big.Int
	IndexAtDepth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPosition(uint256 depth, uint256 indexAtDepth)
func PositionHarnessInvalidPositionErrorID() common.Hash {
	return common.HexToHash("0x7cdcced37dbf43deca09c00165951c20af41aeb33ea1da120945f623bf8ae583")
}

// UnpackInvalidPositionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPosition(uint256 depth, uint256 indexAtDepth)
func (positionHarness *PositionHarness) UnpackInvalidPositionError(raw []byte) (*PositionHarnessInvalidPosition, error) {
	out := new(PositionHarnessInvalidPosition)
	if err := positionHarness.abi.UnpackIntoInterface(out, "InvalidPosition", raw); err != nil {
		return nil, err
	}
	return out, nil
}
