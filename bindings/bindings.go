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

// IDisputeGameClaimData is an auto generated low-level Go binding around an user-defined struct.
type IDisputeGameClaimData struct {
	ParentIndex uint32
	CounteredBy common.Address
	Claimant    common.Address
	Bond        *big.Int
	Claim       [32]byte
	Position    *big.Int
	Clock       *big.Int
}

// IDisputeGameGameConfig is an auto generated low-level Go binding around an user-defined struct.
type IDisputeGameGameConfig struct {
	MaxDepth         uint8
	SplitDepth       uint8
	MaxClockDuration uint64
	ClockExtension   uint64
	BaseBond         *big.Int
	BondGrowthBps    uint32
	BondClaimDelay   uint64
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

// IRollupBatch is an auto generated low-level Go binding around an user-defined struct.
type IRollupBatch struct {
	RecordsRoot     [32]byte
	DaCommitment    [32]byte
	Proposer        common.Address
	RecordCount     uint32
	ProposedAt      uint64
	Bond            *big.Int
	PendingDisputes uint32
	Voided          uint32
	BondReleased    bool
}

// IRollupJobRecord is an auto generated low-level Go binding around an user-defined struct.
type IRollupJobRecord struct {
	JobId        uint64
	Kind         uint8
	ModelRoot    [32]byte
	InputHash    [32]byte
	PromptRoot   [32]byte
	PromptLen    uint32
	OutputLen    uint32
	Params       IJobInboxParams
	OutputHash   [32]byte
	ResidualRoot [32]byte
	KvRoot       [32]byte
	Fee          *big.Int
}

// IRollupRollupConfig is an auto generated low-level Go binding around an user-defined struct.
type IRollupRollupConfig struct {
	ChallengeWindow  uint64
	BondPerRecord    *big.Int
	InclusionPenalty *big.Int
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

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"maxDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"splitDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"maxClockDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockExtension\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"baseBond\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"bondGrowthBps\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"bondClaimDelay\",\"type\":\"uint64\"}],\"internalType\":\"structIDisputeGame.GameConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"contractIDisputeVM\",\"name\":\"vm_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"rootClaim_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"absolutePrestate_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"transitions_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"absolutePrestate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bondsUnlockAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"claimCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"claimData\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"parentIndex\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"counteredBy\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"Position\",\"name\":\"position\",\"type\":\"uint128\"},{\"internalType\":\"Clock\",\"name\":\"clock\",\"type\":\"uint128\"}],\"internalType\":\"structIDisputeGame.ClaimData\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimDataLen\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"maxDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"splitDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"maxClockDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockExtension\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"baseBond\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"bondGrowthBps\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"bondClaimDelay\",\"type\":\"uint64\"}],\"internalType\":\"structIDisputeGame.GameConfig\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"createdAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"creator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeVM\",\"outputs\":[{\"internalType\":\"contractIDisputeVM\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimIndex\",\"type\":\"uint256\"}],\"name\":\"getChallengerDuration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimIndex\",\"type\":\"uint256\"}],\"name\":\"getNumToResolve\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"Position\",\"name\":\"position\",\"type\":\"uint128\"}],\"name\":\"getRequiredBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputed\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"parentIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"isAttack\",\"type\":\"bool\"}],\"name\":\"move\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputed\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"parentIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"isAttack\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"moveExecRoot\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resolve\",\"outputs\":[{\"internalType\":\"enumIDisputeGame.GameStatus\",\"name\":\"status_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numToResolve\",\"type\":\"uint256\"}],\"name\":\"resolveClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resolvedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"resolvedSubgames\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rootClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"status\",\"outputs\":[{\"internalType\":\"enumIDisputeGame.GameStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimIndex\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"isAttack\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"prestatePreimage\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"transitions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vmContext\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"counteredBy\",\"type\":\"address\"}],\"name\":\"ClaimResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"parentIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimIndex\",\"type\":\"uint256\"}],\"name\":\"Move\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumIDisputeGame.GameStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"claimIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"stepper\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"Step\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimIndex\",\"type\":\"uint256\"}],\"name\":\"AlreadyCountered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unlocksAt\",\"type\":\"uint256\"}],\"name\":\"BondsLocked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CannotDefendRootClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"upperBoundExclusive\",\"type\":\"uint256\"}],\"name\":\"ClaimAboveSplit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"Position\",\"name\":\"position\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"parentIndex\",\"type\":\"uint256\"}],\"name\":\"ClaimAlreadyExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimIndex\",\"type\":\"uint256\"}],\"name\":\"ClaimAlreadyResolved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ClockNotExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClockTimeExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExecRootRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDepth\",\"type\":\"uint256\"}],\"name\":\"GameDepthExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameNotInProgress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"IncorrectBondAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"disputed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"have\",\"type\":\"bytes32\"}],\"name\":\"InvalidDisputedClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDepth\",\"type\":\"uint256\"}],\"name\":\"InvalidMaxDepth\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidParent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"indexAtDepth\",\"type\":\"uint256\"}],\"name\":\"InvalidPosition\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"NoCreditToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDepth\",\"type\":\"uint256\"}],\"name\":\"NotAtMaxDepth\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"NotExecRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"child\",\"type\":\"uint256\"}],\"name\":\"OutOfOrderResolution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootNotResolved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"projected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"disputed\",\"type\":\"bytes32\"}],\"name\":\"UnexpectedRootClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"name\":\"ValidStep\",\"type\":\"error\"}]",
	ID:  "a221a8884392a37513b3f0a99402440b22",
	Bin: "0x6102206040526040516136d03803806136d0833981016040819052610023916109d2565b61002c896105e1565b886020015160ff166001901b84111561007b576040516389a6198960e01b815260206004820152600b60248201526a7472616e736974696f6e7360a81b60448201526064015b60405180910390fd5b5f6100a58a608001516001600160801b03168b60a0015163ffffffff16600161081860201b60201c565b90508034146100d05760405163058b312960e51b815234600482015260248101829052604401610072565b895160ff908116608090815260208c015190911660a090815260408c01516001600160401b0390811660c090815260608e0151821660e052928d01516001600160801b031661010052908c015163ffffffff1661012052908b01518116610140526001600160a01b038a16610160526101808890526101a08790526101c0869052336101e05242166102005260036101688982610b9b565b505f6101748142610890565b90505f6001905060046040518060e0016040528063ffffffff801681526020015f6001600160a01b03168152602001886001600160a01b031681526020015f6001600160801b031681526020018b8152602001836001600160801b03168152602001846001600160801b0316815250908060018154018082558091505060019003905f5260205f2090600502015f909190919091505f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a8154816001600160a01b0302191690836001600160a01b031602179055506040820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506060820151816002015f6101000a8154816001600160801b0302191690836001600160801b031602179055506080820151816003015560a0820151816004015f6101000a8154816001600160801b0302191690836001600160801b0316021790555060c08201518160040160106101000a8154816001600160801b0302191690836001600160801b031602179055505050856001600160a01b03168963ffffffff80165f5160206136b05f395f51905f525f60405161034691815260200190565b60405180910390a45f6002600160811b03600183901b169050600160055f6103aa888583604080516020808201959095526001600160801b039390931683820152606080840192909252805180840390920182526080909201909152805191012090565b815260208082019290925260409081015f908120805460ff191694151594909417909355805160e0810182528381528083018481526001600160a01b038b8116838501818152346001600160801b0390811660608701908152608087018f81528b831660a089019081528e841660c08a019081526004805460018181018355918f529a517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6005909c029b8c0180549b5163ffffffff9092166001600160c01b0319909c169b909b17640100000000918b16919091021790995594517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19c8a0180546001600160a01b031916919098161790965590517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19d880180546001600160801b031916918416919091179055517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19e87015592519051908316600160801b9190931602919091177f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19f90930192909255600684527f54cdd369e4e8a8515e52ca72ec816c2101831ad1f18bf44102ed171459c9b4f8805480830182559086527ff1ca0f4808f7f0c52440675894727c9e66265266cd1e1f5015f8b745ca2de5f301819055915191825292889290915f5160206136b05f395f51905f52910160405180910390a450505050505050505050505050610cb6565b607e815f015160ff161115610624576040516389a6198960e01b81526020600482015260086024820152670dac2f088cae0e8d60c31b6044820152606401610072565b6002816020015160ff16108061065057508051602082015160ff9182169161064e91166002610c6d565b115b1561068b576040516389a6198960e01b815260206004820152600a6024820152690e6e0d8d2e888cae0e8d60b31b6044820152606401610072565b80604001516001600160401b03165f036106db576040516389a6198960e01b815260206004820152601060248201526f36b0bc21b637b1b5a23ab930ba34b7b760811b6044820152606401610072565b80604001516001600160401b031681606001516001600160401b031660026107039190610c80565b1115610743576040516389a6198960e01b815260206004820152600e60248201526d31b637b1b5a2bc3a32b739b4b7b760911b6044820152606401610072565b6001600160801b03801661077b82608001516001600160801b03168360a0015163ffffffff16845f015160ff1661081860201b60201c565b11156107ba576040516389a6198960e01b815260206004820152600d60248201526c626f6e6447726f77746842707360981b6044820152606401610072565b62278d006001600160401b03168160c001516001600160401b03161115610815576040516389a6198960e01b815260206004820152600e60248201526d626f6e64436c61696d44656c617960901b6044820152606401610072565b50565b825f61082684612710610c6d565b90505f5b8381101561086d576001600160801b0383111561084c575f1992505050610889565b6127106108598385610c80565b6108639190610c97565b925060010161082a565b506001600160801b03821115610887575f19915050610889565b505b9392505050565b6fffffffffffffffff0000000000000000604083901b166001600160401b038216175b92915050565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b03811182821017156108ef576108ef6108b9565b60405290565b805160ff81168114610905575f5ffd5b919050565b80516001600160401b0381168114610905575f5ffd5b805163ffffffff81168114610905575f5ffd5b80516001600160a01b0381168114610905575f5ffd5b5f82601f830112610958575f5ffd5b81516001600160401b03811115610971576109716108b9565b604051601f8201601f19908116603f011681016001600160401b038111828210171561099f5761099f6108b9565b6040528181528382016020018510156109b6575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f5f5f5f5f5f898b036101e08112156109ec575f5ffd5b60e08112156109f9575f5ffd5b50610a026108cd565b610a0b8b6108f5565b8152610a1960208c016108f5565b6020820152610a2a60408c0161090a565b6040820152610a3b60608c0161090a565b606082015260808b01516001600160801b0381168114610a59575f5ffd5b6080820152610a6a60a08c01610920565b60a0820152610a7b60c08c0161090a565b60c08201529850610a8e60e08b01610933565b6101008b01519098506001600160401b03811115610aaa575f5ffd5b610ab68c828d01610949565b6101208c01516101408d01516101608e0151929a5090985096509450610ae190506101808b01610933565b9250610af06101a08b01610933565b91505f6101c08b01519050809150509295985092959850929598565b600181811c90821680610b2057607f821691505b602082108103610b3e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610b965782821115610b9657805f5260205f20601f840160051c6020851015610b6f57505f5b90810190601f840160051c035f5b81811015610b92575f83820155600101610b7d565b5050505b505050565b81516001600160401b03811115610bb457610bb46108b9565b610bc881610bc28454610b0c565b84610b44565b6020601f821160018114610bfa575f8315610be35750848201515b5f19600385901b1c1916600184901b178455610c52565b5f84815260208120601f198516915b82811015610c295787850151825560209485019460019092019101610c09565b5084821015610c4657868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156108b3576108b3610c59565b80820281158282048414176108b3576108b3610c59565b5f82610cb157634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516102005161288d610e235f395f61059b01525f61015c01525f6101ef01525f81816104cb0152611e1401525f6104fe01525f81816106150152818161143901528181611e4e0152611fca01525f81816104480152610b8e01525f818161041c015261111701525f81816103ed01526110ed01525f81816103be015281816118f9015261192201525f818161038f015281816106c60152818161071d015281816110090152818161103f0152818161184101528181611950015261199301525f818161036601528181611348015281816116d70152818161178d0152818161189901528181611d5801528181611dd201528181611eeb015261209a01525f818161033d01528181611080015281816110bc015281816112630152818161129e01528181611369015281816117200152818161175c01526118cc015261288d5ff3fe608060405260043610610147575f3560e01c80637c4e533c116100b3578063c6f0308c1161006d578063c6f0308c1461055e578063cf09e0d01461058a578063d5d44d80146105bd578063d8cc1a3c146105e8578063eb40e98c14610607578063fe2bbeb214610639575f5ffd5b80637c4e533c146104855780638980e0cc146104a65780638d450a95146104ba578063bcef3b55146104ed578063bd8da95614610520578063c395e1ca1461053f575f5ffd5b80632810e1d6116101045780632810e1d6146102715780635a5fa2d9146102855780635c4da93d146102a457806360e27464146102b75780636f034409146102d657806379502c55146102e9575f5ffd5b806302d05d3f1461014b57806303c2924d1461019b5780630795f2db146101bc57806310c2ade6146101de57806319effeb414610211578063200d2ed21461024c575b5f5ffd5b348015610156575f5ffd5b5061017e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156101a6575f5ffd5b506101ba6101b53660046122a4565b610677565b005b3480156101c7575f5ffd5b506101d0610b5c565b604051908152602001610192565b3480156101e9575f5ffd5b506101d07f000000000000000000000000000000000000000000000000000000000000000081565b34801561021c575f5ffd5b505f546102349061010090046001600160401b031681565b6040516001600160401b039091168152602001610192565b348015610257575f5ffd5b505f546102649060ff1681565b60405161019291906122d8565b34801561027c575f5ffd5b50610264610bc0565b348015610290575f5ffd5b506101d061029f3660046122fe565b610d0e565b6101ba6102b236600461236d565b610d4e565b3480156102c2575f5ffd5b506101ba6102d13660046123d8565b610d66565b6101ba6102e43660046123fe565b610ebe565b3480156102f4575f5ffd5b506104786040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526040518060e001604052807f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160801b031681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316815250905090565b604051610192919061243a565b348015610490575f5ffd5b50610499610ed7565b60405161019291906124c0565b3480156104b1575f5ffd5b506004546101d0565b3480156104c5575f5ffd5b506101d07f000000000000000000000000000000000000000000000000000000000000000081565b3480156104f8575f5ffd5b506101d07f000000000000000000000000000000000000000000000000000000000000000081565b34801561052b575f5ffd5b5061023461053a3660046122fe565b610f67565b34801561054a575f5ffd5b506101d06105593660046124f5565b611068565b348015610569575f5ffd5b5061057d6105783660046122fe565b611149565b604051610192919061251b565b348015610595575f5ffd5b506102347f000000000000000000000000000000000000000000000000000000000000000081565b3480156105c8575f5ffd5b506101d06105d73660046123d8565b60016020525f908152604090205481565b3480156105f3575f5ffd5b506101ba61060236600461259a565b611205565b348015610612575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061017e565b348015610644575f5ffd5b506106676106533660046122fe565b60026020525f908152604090205460ff1681565b6040519015158152602001610192565b5f5f5460ff16600281111561068e5761068e6122c4565b146106ac5760405163067fe19560e41b815260040160405180910390fd5b5f6106b683611596565b90505f6106c284610f67565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316816001600160401b0316101561074f57604051635de88ccf60e11b81526001600160401b0380831660048301527f00000000000000000000000000000000000000000000000000000000000000001660248201526044015b60405180910390fd5b5f8481526002602052604090205460ff16156107815760405163d7432b2760e01b815260048101859052602401610746565b5f84815260066020526040902080548015801561079d57508515155b1561083c5783545f878152600260205260409020805460ff191660011790556001600160a01b03600160201b909104166107fe81156107dc57816107eb565b60018601546001600160a01b03165b60028701546001600160801b03166115eb565b6040516001600160a01b0382169088907f5458f58063ec4d81ed3c2922c23fa042ceb29308fd82599844dfe5e0875a74c0905f90a350505050505050565b5f868152600760209081526040918290208251608081018452815460ff81161515808352610100820463ffffffff16948301949094526501000000000090046001600160801b031693810193909352600101546001600160a01b031660608301526108b357600181526001600160801b0360408201525b5f8615806108d4575060208201516108d19063ffffffff1684612617565b87115b6108f35786826020015163ffffffff166108ee919061262a565b6108f5565b825b602083015190915063ffffffff165b818110156109f6575f85828154811061091f5761091f61263d565b5f918252602080832090910154808352600290915260409091205490915060ff16610967576040516301ec9ec360e31b8152600481018b905260248101829052604401610746565b5f6004828154811061097b5761097b61263d565b5f91825260209091206005909102018054909150600160201b90046001600160a01b03161580156109c05750604085015160048201546001600160801b039182169116105b156109ec5760018101546001600160a01b0316606086015260048101546001600160801b031660408601525b5050600101610904565b5063ffffffff81811660208481019182525f8b815260079091526040908190208551815493519287015164ffffffffff1990941690151564ffffffff0019161761010092909416919091029290921774ffffffffffffffffffffffffffffffff00000000001916650100000000006001600160801b03909216919091021781556060830151600190910180546001600160a01b0319166001600160a01b03909216919091179055828103610b525760608201515f898152600260205260409020805460ff1916600117905586546001600160a01b038216600160201b8102640100000000600160c01b0319909216919091178855610b1b9015610af95781610b08565b60018801546001600160a01b03165b60028901546001600160801b03166115eb565b6040516001600160a01b038216908a907f5458f58063ec4d81ed3c2922c23fa042ceb29308fd82599844dfe5e0875a74c0905f90a3505b5050505050505050565b5f805f5460ff166002811115610b7457610b746122c4565b03610b7e57505f90565b5f54610bbb906001600160401b037f000000000000000000000000000000000000000000000000000000000000000081169161010090041661262a565b905090565b5f805f5460ff166002811115610bd857610bd86122c4565b14610bf65760405163067fe19560e41b815260040160405180910390fd5b5f805260026020527fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b5460ff16610c4057604051633810b5b360e11b815260040160405180910390fd5b5f6001600160a01b031660045f81548110610c5d57610c5d61263d565b5f918252602090912060059091020154600160201b90046001600160a01b031614610c89576001610c8c565b60025b5f8054919250829160ff19166001836002811115610cac57610cac6122c4565b02179055505f805468ffffffffffffffff001916610100426001600160401b031602179055806002811115610ce357610ce36122c4565b6040517f5e186f09b9c93491f14e277eea7faa5de6a2d4bda75a79af7a3684fbfb42da60905f90a290565b5f610d1882611596565b505f82815260076020908152604080832054600690925290912054610d4891610100900463ffffffff1690612617565b92915050565b610d5e868686866001878761161b565b505050505050565b5f610d6f610b5c565b9050801580610d7d57508042105b15610d9e5760405163409fb2a360e01b815260048101829052602401610746565b6001600160a01b0382165f9081526001602052604081205490819003610de2576040516311b4d73d60e31b81526001600160a01b0384166004820152602401610746565b6001600160a01b0383165f8181526001602052604080822091909155517f87e12c2565042763daa6bf5842ed2b6447f17f7e28f9a4905fe3959581396ead90610e2e9084815260200190565b60405180910390a25f836001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610e7f576040519150601f19603f3d011682016040523d82523d5f602084013e610e84565b606091505b5050905080610eb857604051630e21dcbb60e11b81526001600160a01b038516600482015260248101839052604401610746565b50505050565b610eb8848484845f610ed281803681612651565b61161b565b606060038054610ee690612678565b80601f0160208091040260200160405190810160405280929190818152602001828054610f1290612678565b8015610f5d5780601f10610f3457610100808354040283529160200191610f5d565b820191905f5260205f20905b815481529060010190602001808311610f4057829003601f168201915b5050505050905090565b5f5f610f7283611596565b80549091505f9063ffffffff90811614610fd357815460048054610fce9263ffffffff16908110610fa557610fa561263d565b5f918252602090912060059091020160040154600160801b900460401c6001600160401b031690565b610fd5565b5f5b60048301546001600160401b0391821692505f91610ffb91600160801b90041642612617565b611005908361262a565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316811161103d578061105f565b7f00000000000000000000000000000000000000000000000000000000000000005b95945050505050565b5f5f61107c836001600160801b0316611c72565b90507f00000000000000000000000000000000000000000000000000000000000000008111156110e85760405163a112da0d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610746565b6111427f00000000000000000000000000000000000000000000000000000000000000006001600160801b03167f000000000000000000000000000000000000000000000000000000000000000063ffffffff1683611cdb565b9392505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915261118a82611596565b6040805160e081018252825463ffffffff811682526001600160a01b03600160201b909104811660208301526001840154169181019190915260028201546001600160801b0390811660608301526003830154608083015260049092015480831660a0830152600160801b900490911660c082015292915050565b5f5f5460ff16600281111561121c5761121c6122c4565b1461123a5760405163067fe19560e41b815260040160405180910390fd5b5f61124487611596565b60048101549091506001600160801b03165f61125f82611c72565b90507f000000000000000000000000000000000000000000000000000000000000000081146112ca57604051635e01906d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610746565b8254600160201b90046001600160a01b0316156112fd57604051630fec39ff60e41b8152600481018a9052602401610746565b5f8981526002602052604090205460ff161561132f5760405163d7432b2760e01b8152600481018a9052602401610746565b5f61133983611d52565b90505f5f8a156113ff5761138d7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000612617565b60019081901b906113a99087901b6002600160801b0316611da3565b6113b391906126c4565b5f036113cc576113c5838d8c8c611dc2565b91506113f8565b6113f16113e360016001600160801b0388166126d7565b875463ffffffff165f611ed5565b6003015491505b5084611420565b6003860154915061141d6113e36001600160801b03871660016126f6565b90505b604051636ee02ce960e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636ee02ce99061147790600390889088908f908f9060040161273d565b602060405180830381865afa158015611492573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114b6919061280b565b600383015460048401549192508214905f906002906114dd906001600160801b0316611c72565b6114e79089612617565b6114f191906126c4565b15905081151581036115195760405163134a21e760e01b815260048101849052602401610746565b33895f0160046101000a8154816001600160a01b0302191690836001600160a01b03160217905550336001600160a01b03168f7f450217cd86f019f10e7c5095bb668aecd980703740daeebe8cfad2e51c8d21e28560405161157d91815260200190565b60405180910390a3505050505050505050505050505050565b6004545f9082106115c5576004805460405163fc6e9ecf60e01b81529182018490526024820152604401610746565b600482815481106115d8576115d861263d565b905f5260205f2090600502019050919050565b6001600160a01b0382165f908152600160205260408120805483929061161290849061262a565b90915550505050565b5f5f5460ff166002811115611632576116326122c4565b146116505760405163067fe19560e41b815260040160405180910390fd5b5f61165a87611596565b90508781600301541461169057600381015460405163021cf32960e11b8152610746918a91600401918252602082015260400190565b60048101545f906116aa906001600160801b031687611f91565b90505f6116bf826001600160801b0316611c72565b905086158015611700575088158061170057506116fd7f0000000000000000000000000000000000000000000000000000000000000000600261262a565b81145b1561171e576040516329098def60e21b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000008111156117885760405163a112da0d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610746565b6117b37f0000000000000000000000000000000000000000000000000000000000000000600161262a565b81036117dc57856117d75760405163ea1f782160e01b815260040160405180910390fd5b6117fe565b85156117fe57604051634cdae21d60e01b815260048101829052602401610746565b5f61180883611068565b90508034146118335760405163058b312960e51b815234600482015260248101829052604401610746565b5f61183d8b610f67565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316816001600160401b03160361189157604051630ce0744560e21b815260040160405180910390fd5b5f6118bd60017f0000000000000000000000000000000000000000000000000000000000000000612617565b8414806118f357506118f060017f0000000000000000000000000000000000000000000000000000000000000000612617565b84145b61191d577f0000000000000000000000000000000000000000000000000000000000000000611948565b6119487f00000000000000000000000000000000000000000000000000000000000000006002612822565b9050611974817f0000000000000000000000000000000000000000000000000000000000000000612844565b6001600160401b0316826001600160401b031611156119ba576119b7817f0000000000000000000000000000000000000000000000000000000000000000612844565b91505b5f611a018c878f604080516020808201959095526001600160801b039390931683820152606080840192909252805180840390920182526080909201909152805191012090565b5f8181526005602052604090205490915060ff1615611a4c5760405163816fef0760e01b8152600481018d90526001600160801b0387166024820152604481018e9052606401610746565b8915611a6057611a608c8e888e8d8d611fc7565b600160055f8381526020019081526020015f205f6101000a81548160ff02191690831515021790555060046040518060e001604052808f63ffffffff1681526020015f6001600160a01b03168152602001336001600160a01b03168152602001346001600160801b031681526020018e8152602001886001600160801b03168152602001611b0e86426001600160401b031660409190911b6fffffffffffffffff0000000000000000161790565b6001600160801b039081169091528254600180820185555f9485526020808620855160059094020180549186015163ffffffff9094166001600160c01b031990921691909117600160201b6001600160a01b0394851602178155604085015181830180546001600160a01b031916919094161790925560608401516002830180546fffffffffffffffffffffffffffffffff19169185169190911790556080840151600383015560a084015160c090940151938316600160801b94909316939093029190911760049182015554611be59190612617565b905060065f8f81526020019081526020015f2081908060018154018082558091505060019003905f5260205f20015f9091909190915055336001600160a01b03168d8f7fef3f4c4d42750e7dfb3b95028f7beb18d1449ca1fe754e3eaf1e693956f2be8a84604051611c5991815260200190565b60405180910390a4505050505050505050505050505050565b60016001600160801b039091166001600160401b03811160061b90811c63ffffffff811160051b90811c61ffff811160041b90811c60ff8111600390811b91821c600f811160021b90811c918211871b91821c9690961193909417919091171792909217171790565b825f611ce98461271061262a565b90505f5b83811015611d30576001600160801b03831115611d0f575f1992505050611142565b612710611d1c8385612863565b611d26919061287a565b9250600101611ced565b506001600160801b03821115611d4a575f19915050611142565b509392505050565b5f610d487f0000000000000000000000000000000000000000000000000000000000000000611d89846001600160801b0316611c72565b611d939190612617565b6001600160801b0384811690911c165b5f6001600160801b038216611db783611c72565b6001901b1892915050565b5f808515611e1257611e09611e017f0000000000000000000000000000000000000000000000000000000000000000611dfc60018a612617565b61212a565b866001611ed5565b60030154611e34565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516358ee5f7160e11b81529091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063b1dcbee290611e8c906003908a9086908a908a9060040161273d565b602060405180830381865afa158015611ea7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ecb919061280b565b9695505050505050565b5f5f82611f1457611f0f6001600160801b0386167f000000000000000000000000000000000000000000000000000000000000000061216d565b611f26565b611f26856001600160801b03166121dc565b905060048481548110611f3b57611f3b61263d565b905f5260205f20906005020191505b60048201546001600160801b03828116911614611d4a57815460048054909163ffffffff16908110611f7e57611f7e61263d565b905f5260205f2090600502019150611f4a565b5f81611fac5760016002600160801b0384168117901b611142565b505060011b7001fffffffffffffffffffffffffffffffe1690565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e934149f600361200288611d52565b8a87876040518663ffffffff1660e01b815260040161202595949392919061273d565b602060405180830381865afa158015612040573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612064919061280b565b90505f612089600187901c6f7fffffffffffffffffffffffffffffff16886001611ed5565b90505f85806120e457506120be60027f00000000000000000000000000000000000000000000000000000000000000006126c4565b60048301546002906120d8906001600160801b0316611c72565b6120e291906126c4565b145b600383015490915083148115150361211f5760038201546040516379ad912560e01b8152610746918591600401918252602082015260400190565b505050505050505050565b5f607e83118061213b575081831c15155b1561216357604051637cdcced360e01b81526004810184905260248101839052604401610746565b50600190911b1790565b5f5f61217884611c72565b90508281116121a45760405163ee1b126960e01b81526004810182905260248101849052604401610746565b6121ad846121dc565b9150826121b983611c72565b116121d5576121d2826121cd85600161262a565b612230565b91505b5092915050565b5f6001600160801b038216816121f382600161262a565b82191690505f608082901c5f036122155761220d82611c72565b83901c612217565b5f5b90508015612225578061105f565b600195945050505050565b5f5f61223b84611c72565b9050607e83118061224b57508083105b156122735760405163063e239960e21b81526004810182905260248101849052604401610746565b5f61227e8285612617565b905061228d600180831b612617565b6001600160801b03861690911b1791505092915050565b5f5f604083850312156122b5575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106122f857634e487b7160e01b5f52602160045260245ffd5b91905290565b5f6020828403121561230e575f5ffd5b5035919050565b80358015158114612324575f5ffd5b919050565b5f5f83601f840112612339575f5ffd5b5081356001600160401b0381111561234f575f5ffd5b602083019150836020828501011115612366575f5ffd5b9250929050565b5f5f5f5f5f5f60a08789031215612382575f5ffd5b8635955060208701359450604087013593506123a060608801612315565b925060808701356001600160401b038111156123ba575f5ffd5b6123c689828a01612329565b979a9699509497509295939492505050565b5f602082840312156123e8575f5ffd5b81356001600160a01b0381168114611142575f5ffd5b5f5f5f5f60808587031215612411575f5ffd5b84359350602085013592506040850135915061242f60608601612315565b905092959194509250565b5f60e08201905060ff835116825260ff60208401511660208301526001600160401b0360408401511660408301526001600160401b0360608401511660608301526001600160801b03608084015116608083015260a08301516124a560a084018263ffffffff169052565b5060c08301516121d560c08401826001600160401b03169052565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215612505575f5ffd5b81356001600160801b0381168114611142575f5ffd5b5f60e08201905063ffffffff835116825260018060a01b03602084015116602083015260018060a01b0360408401511660408301526001600160801b036060840151166060830152608083015160808301526001600160801b0360a08401511660a083015260c08301516121d560c08401826001600160801b03169052565b5f5f5f5f5f5f608087890312156125af575f5ffd5b863595506125bf60208801612315565b945060408701356001600160401b038111156125d9575f5ffd5b6125e589828a01612329565b90955093505060608701356001600160401b038111156123ba575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610d4857610d48612603565b80820180821115610d4857610d48612603565b634e487b7160e01b5f52603260045260245ffd5b5f5f8585111561265f575f5ffd5b8386111561266b575f5ffd5b5050820193919092039150565b600181811c9082168061268c57607f821691505b6020821081036126aa57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601260045260245ffd5b5f826126d2576126d26126b0565b500690565b6001600160801b038281168282160390811115610d4857610d48612603565b6001600160801b038181168382160190811115610d4857610d48612603565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b608081525f5f87545f8160011c9050600182168061275c57607f821691505b60208210810361277a57634e487b7160e01b5f52602260045260245ffd5b6080860182905260a0860181801561279957600181146127af576127db565b60ff198516825283151560051b820195506127db565b5f8d8152602090205f5b858110156127d5578154848201526001909101906020016127b9565b83019650505b505050505086602084015285604084015282810360608401526127ff818587612715565b98975050505050505050565b5f6020828403121561281b575f5ffd5b5051919050565b6001600160401b0381811683821602908116908181146121d5576121d5612603565b6001600160401b038281168282160390811115610d4857610d48612603565b8082028115828204841417610d4857610d48612603565b5f82612888576128886126b0565b50049056ef3f4c4d42750e7dfb3b95028f7beb18d1449ca1fe754e3eaf1e693956f2be8a",
}

// DisputeGame is an auto generated Go binding around an Ethereum contract.
type DisputeGame struct {
	abi abi.ABI
}

// NewDisputeGame creates a new instance of DisputeGame.
func NewDisputeGame() *DisputeGame {
	parsed, err := DisputeGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((uint8,uint8,uint64,uint64,uint128,uint32,uint64) cfg, address vm_, bytes ctx, bytes32 rootClaim_, bytes32 absolutePrestate_, uint256 transitions_, address proposer, address challenger, bytes32 challengerClaim) payable returns()
func (disputeGame *DisputeGame) PackConstructor(cfg IDisputeGameGameConfig, vm_ common.Address, ctx []byte, rootClaim_ [32]byte, absolutePrestate_ [32]byte, transitions_ *big.Int, proposer common.Address, challenger common.Address, challengerClaim [32]byte) []byte {
	enc, err := disputeGame.abi.Pack("", cfg, vm_, ctx, rootClaim_, absolutePrestate_, transitions_, proposer, challenger, challengerClaim)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAbsolutePrestate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d450a95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function absolutePrestate() view returns(bytes32)
func (disputeGame *DisputeGame) PackAbsolutePrestate() []byte {
	enc, err := disputeGame.abi.Pack("absolutePrestate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAbsolutePrestate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d450a95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function absolutePrestate() view returns(bytes32)
func (disputeGame *DisputeGame) TryPackAbsolutePrestate() ([]byte, error) {
	return disputeGame.abi.Pack("absolutePrestate")
}

// UnpackAbsolutePrestate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d450a95.
//
// Solidity: function absolutePrestate() view returns(bytes32)
func (disputeGame *DisputeGame) UnpackAbsolutePrestate(data []byte) ([32]byte, error) {
	out, err := disputeGame.abi.Unpack("absolutePrestate", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBondsUnlockAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0795f2db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bondsUnlockAt() view returns(uint256)
func (disputeGame *DisputeGame) PackBondsUnlockAt() []byte {
	enc, err := disputeGame.abi.Pack("bondsUnlockAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBondsUnlockAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0795f2db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bondsUnlockAt() view returns(uint256)
func (disputeGame *DisputeGame) TryPackBondsUnlockAt() ([]byte, error) {
	return disputeGame.abi.Pack("bondsUnlockAt")
}

// UnpackBondsUnlockAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0795f2db.
//
// Solidity: function bondsUnlockAt() view returns(uint256)
func (disputeGame *DisputeGame) UnpackBondsUnlockAt(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("bondsUnlockAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60e27464.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCredit(address recipient) returns()
func (disputeGame *DisputeGame) PackClaimCredit(recipient common.Address) []byte {
	enc, err := disputeGame.abi.Pack("claimCredit", recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60e27464.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCredit(address recipient) returns()
func (disputeGame *DisputeGame) TryPackClaimCredit(recipient common.Address) ([]byte, error) {
	return disputeGame.abi.Pack("claimCredit", recipient)
}

// PackClaimData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f0308c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimData(uint256 index) view returns((uint32,address,address,uint128,bytes32,uint128,uint128))
func (disputeGame *DisputeGame) PackClaimData(index *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("claimData", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6f0308c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimData(uint256 index) view returns((uint32,address,address,uint128,bytes32,uint128,uint128))
func (disputeGame *DisputeGame) TryPackClaimData(index *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("claimData", index)
}

// UnpackClaimData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6f0308c.
//
// Solidity: function claimData(uint256 index) view returns((uint32,address,address,uint128,bytes32,uint128,uint128))
func (disputeGame *DisputeGame) UnpackClaimData(data []byte) (IDisputeGameClaimData, error) {
	out, err := disputeGame.abi.Unpack("claimData", data)
	if err != nil {
		return *new(IDisputeGameClaimData), err
	}
	out0 := *abi.ConvertType(out[0], new(IDisputeGameClaimData)).(*IDisputeGameClaimData)
	return out0, nil
}

// PackClaimDataLen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8980e0cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimDataLen() view returns(uint256)
func (disputeGame *DisputeGame) PackClaimDataLen() []byte {
	enc, err := disputeGame.abi.Pack("claimDataLen")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimDataLen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8980e0cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimDataLen() view returns(uint256)
func (disputeGame *DisputeGame) TryPackClaimDataLen() ([]byte, error) {
	return disputeGame.abi.Pack("claimDataLen")
}

// UnpackClaimDataLen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8980e0cc.
//
// Solidity: function claimDataLen() view returns(uint256)
func (disputeGame *DisputeGame) UnpackClaimDataLen(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("claimDataLen", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((uint8,uint8,uint64,uint64,uint128,uint32,uint64))
func (disputeGame *DisputeGame) PackConfig() []byte {
	enc, err := disputeGame.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((uint8,uint8,uint64,uint64,uint128,uint32,uint64))
func (disputeGame *DisputeGame) TryPackConfig() ([]byte, error) {
	return disputeGame.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((uint8,uint8,uint64,uint64,uint128,uint32,uint64))
func (disputeGame *DisputeGame) UnpackConfig(data []byte) (IDisputeGameGameConfig, error) {
	out, err := disputeGame.abi.Unpack("config", data)
	if err != nil {
		return *new(IDisputeGameGameConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(IDisputeGameGameConfig)).(*IDisputeGameGameConfig)
	return out0, nil
}

// PackCreatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf09e0d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createdAt() view returns(uint64)
func (disputeGame *DisputeGame) PackCreatedAt() []byte {
	enc, err := disputeGame.abi.Pack("createdAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreatedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf09e0d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createdAt() view returns(uint64)
func (disputeGame *DisputeGame) TryPackCreatedAt() ([]byte, error) {
	return disputeGame.abi.Pack("createdAt")
}

// UnpackCreatedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf09e0d0.
//
// Solidity: function createdAt() view returns(uint64)
func (disputeGame *DisputeGame) UnpackCreatedAt(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("createdAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCreator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02d05d3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creator() view returns(address)
func (disputeGame *DisputeGame) PackCreator() []byte {
	enc, err := disputeGame.abi.Pack("creator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02d05d3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creator() view returns(address)
func (disputeGame *DisputeGame) TryPackCreator() ([]byte, error) {
	return disputeGame.abi.Pack("creator")
}

// UnpackCreator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02d05d3f.
//
// Solidity: function creator() view returns(address)
func (disputeGame *DisputeGame) UnpackCreator(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("creator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address ) view returns(uint256)
func (disputeGame *DisputeGame) PackCredit(arg0 common.Address) []byte {
	enc, err := disputeGame.abi.Pack("credit", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address ) view returns(uint256)
func (disputeGame *DisputeGame) TryPackCredit(arg0 common.Address) ([]byte, error) {
	return disputeGame.abi.Pack("credit", arg0)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address ) view returns(uint256)
func (disputeGame *DisputeGame) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDisputeVM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb40e98c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeVM() view returns(address)
func (disputeGame *DisputeGame) PackDisputeVM() []byte {
	enc, err := disputeGame.abi.Pack("disputeVM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeVM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb40e98c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeVM() view returns(address)
func (disputeGame *DisputeGame) TryPackDisputeVM() ([]byte, error) {
	return disputeGame.abi.Pack("disputeVM")
}

// UnpackDisputeVM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb40e98c.
//
// Solidity: function disputeVM() view returns(address)
func (disputeGame *DisputeGame) UnpackDisputeVM(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("disputeVM", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetChallengerDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8da956.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getChallengerDuration(uint256 claimIndex) view returns(uint64)
func (disputeGame *DisputeGame) PackGetChallengerDuration(claimIndex *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("getChallengerDuration", claimIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetChallengerDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd8da956.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getChallengerDuration(uint256 claimIndex) view returns(uint64)
func (disputeGame *DisputeGame) TryPackGetChallengerDuration(claimIndex *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("getChallengerDuration", claimIndex)
}

// UnpackGetChallengerDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd8da956.
//
// Solidity: function getChallengerDuration(uint256 claimIndex) view returns(uint64)
func (disputeGame *DisputeGame) UnpackGetChallengerDuration(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("getChallengerDuration", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetNumToResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a5fa2d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNumToResolve(uint256 claimIndex) view returns(uint256)
func (disputeGame *DisputeGame) PackGetNumToResolve(claimIndex *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("getNumToResolve", claimIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNumToResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a5fa2d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNumToResolve(uint256 claimIndex) view returns(uint256)
func (disputeGame *DisputeGame) TryPackGetNumToResolve(claimIndex *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("getNumToResolve", claimIndex)
}

// UnpackGetNumToResolve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a5fa2d9.
//
// Solidity: function getNumToResolve(uint256 claimIndex) view returns(uint256)
func (disputeGame *DisputeGame) UnpackGetNumToResolve(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("getNumToResolve", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRequiredBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc395e1ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRequiredBond(uint128 position) view returns(uint256)
func (disputeGame *DisputeGame) PackGetRequiredBond(position *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("getRequiredBond", position)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRequiredBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc395e1ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRequiredBond(uint128 position) view returns(uint256)
func (disputeGame *DisputeGame) TryPackGetRequiredBond(position *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("getRequiredBond", position)
}

// UnpackGetRequiredBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc395e1ca.
//
// Solidity: function getRequiredBond(uint128 position) view returns(uint256)
func (disputeGame *DisputeGame) UnpackGetRequiredBond(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("getRequiredBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f034409.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function move(bytes32 disputed, uint256 parentIndex, bytes32 claim, bool isAttack) payable returns()
func (disputeGame *DisputeGame) PackMove(disputed [32]byte, parentIndex *big.Int, claim [32]byte, isAttack bool) []byte {
	enc, err := disputeGame.abi.Pack("move", disputed, parentIndex, claim, isAttack)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f034409.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function move(bytes32 disputed, uint256 parentIndex, bytes32 claim, bool isAttack) payable returns()
func (disputeGame *DisputeGame) TryPackMove(disputed [32]byte, parentIndex *big.Int, claim [32]byte, isAttack bool) ([]byte, error) {
	return disputeGame.abi.Pack("move", disputed, parentIndex, claim, isAttack)
}

// PackMoveExecRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c4da93d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moveExecRoot(bytes32 disputed, uint256 parentIndex, bytes32 claim, bool isAttack, bytes preimage) payable returns()
func (disputeGame *DisputeGame) PackMoveExecRoot(disputed [32]byte, parentIndex *big.Int, claim [32]byte, isAttack bool, preimage []byte) []byte {
	enc, err := disputeGame.abi.Pack("moveExecRoot", disputed, parentIndex, claim, isAttack, preimage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMoveExecRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c4da93d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moveExecRoot(bytes32 disputed, uint256 parentIndex, bytes32 claim, bool isAttack, bytes preimage) payable returns()
func (disputeGame *DisputeGame) TryPackMoveExecRoot(disputed [32]byte, parentIndex *big.Int, claim [32]byte, isAttack bool, preimage []byte) ([]byte, error) {
	return disputeGame.abi.Pack("moveExecRoot", disputed, parentIndex, claim, isAttack, preimage)
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2810e1d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve() returns(uint8 status_)
func (disputeGame *DisputeGame) PackResolve() []byte {
	enc, err := disputeGame.abi.Pack("resolve")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2810e1d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve() returns(uint8 status_)
func (disputeGame *DisputeGame) TryPackResolve() ([]byte, error) {
	return disputeGame.abi.Pack("resolve")
}

// UnpackResolve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2810e1d6.
//
// Solidity: function resolve() returns(uint8 status_)
func (disputeGame *DisputeGame) UnpackResolve(data []byte) (uint8, error) {
	out, err := disputeGame.abi.Unpack("resolve", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackResolveClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03c2924d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveClaim(uint256 claimIndex, uint256 numToResolve) returns()
func (disputeGame *DisputeGame) PackResolveClaim(claimIndex *big.Int, numToResolve *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("resolveClaim", claimIndex, numToResolve)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03c2924d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveClaim(uint256 claimIndex, uint256 numToResolve) returns()
func (disputeGame *DisputeGame) TryPackResolveClaim(claimIndex *big.Int, numToResolve *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("resolveClaim", claimIndex, numToResolve)
}

// PackResolvedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19effeb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolvedAt() view returns(uint64)
func (disputeGame *DisputeGame) PackResolvedAt() []byte {
	enc, err := disputeGame.abi.Pack("resolvedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolvedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19effeb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolvedAt() view returns(uint64)
func (disputeGame *DisputeGame) TryPackResolvedAt() ([]byte, error) {
	return disputeGame.abi.Pack("resolvedAt")
}

// UnpackResolvedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19effeb4.
//
// Solidity: function resolvedAt() view returns(uint64)
func (disputeGame *DisputeGame) UnpackResolvedAt(data []byte) (uint64, error) {
	out, err := disputeGame.abi.Unpack("resolvedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackResolvedSubgames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe2bbeb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolvedSubgames(uint256 ) view returns(bool)
func (disputeGame *DisputeGame) PackResolvedSubgames(arg0 *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("resolvedSubgames", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolvedSubgames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe2bbeb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolvedSubgames(uint256 ) view returns(bool)
func (disputeGame *DisputeGame) TryPackResolvedSubgames(arg0 *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("resolvedSubgames", arg0)
}

// UnpackResolvedSubgames is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe2bbeb2.
//
// Solidity: function resolvedSubgames(uint256 ) view returns(bool)
func (disputeGame *DisputeGame) UnpackResolvedSubgames(data []byte) (bool, error) {
	out, err := disputeGame.abi.Unpack("resolvedSubgames", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRootClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcef3b55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rootClaim() view returns(bytes32)
func (disputeGame *DisputeGame) PackRootClaim() []byte {
	enc, err := disputeGame.abi.Pack("rootClaim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRootClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcef3b55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rootClaim() view returns(bytes32)
func (disputeGame *DisputeGame) TryPackRootClaim() ([]byte, error) {
	return disputeGame.abi.Pack("rootClaim")
}

// UnpackRootClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbcef3b55.
//
// Solidity: function rootClaim() view returns(bytes32)
func (disputeGame *DisputeGame) UnpackRootClaim(data []byte) ([32]byte, error) {
	out, err := disputeGame.abi.Unpack("rootClaim", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x200d2ed2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function status() view returns(uint8)
func (disputeGame *DisputeGame) PackStatus() []byte {
	enc, err := disputeGame.abi.Pack("status")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x200d2ed2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function status() view returns(uint8)
func (disputeGame *DisputeGame) TryPackStatus() ([]byte, error) {
	return disputeGame.abi.Pack("status")
}

// UnpackStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x200d2ed2.
//
// Solidity: function status() view returns(uint8)
func (disputeGame *DisputeGame) UnpackStatus(data []byte) (uint8, error) {
	out, err := disputeGame.abi.Unpack("status", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8cc1a3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(uint256 claimIndex, bool isAttack, bytes prestatePreimage, bytes proof) returns()
func (disputeGame *DisputeGame) PackStep(claimIndex *big.Int, isAttack bool, prestatePreimage []byte, proof []byte) []byte {
	enc, err := disputeGame.abi.Pack("step", claimIndex, isAttack, prestatePreimage, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8cc1a3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(uint256 claimIndex, bool isAttack, bytes prestatePreimage, bytes proof) returns()
func (disputeGame *DisputeGame) TryPackStep(claimIndex *big.Int, isAttack bool, prestatePreimage []byte, proof []byte) ([]byte, error) {
	return disputeGame.abi.Pack("step", claimIndex, isAttack, prestatePreimage, proof)
}

// PackTransitions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10c2ade6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transitions() view returns(uint256)
func (disputeGame *DisputeGame) PackTransitions() []byte {
	enc, err := disputeGame.abi.Pack("transitions")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransitions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10c2ade6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transitions() view returns(uint256)
func (disputeGame *DisputeGame) TryPackTransitions() ([]byte, error) {
	return disputeGame.abi.Pack("transitions")
}

// UnpackTransitions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10c2ade6.
//
// Solidity: function transitions() view returns(uint256)
func (disputeGame *DisputeGame) UnpackTransitions(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("transitions", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVmContext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c4e533c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vmContext() view returns(bytes)
func (disputeGame *DisputeGame) PackVmContext() []byte {
	enc, err := disputeGame.abi.Pack("vmContext")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVmContext is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c4e533c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vmContext() view returns(bytes)
func (disputeGame *DisputeGame) TryPackVmContext() ([]byte, error) {
	return disputeGame.abi.Pack("vmContext")
}

// UnpackVmContext is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c4e533c.
//
// Solidity: function vmContext() view returns(bytes)
func (disputeGame *DisputeGame) UnpackVmContext(data []byte) ([]byte, error) {
	out, err := disputeGame.abi.Unpack("vmContext", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// DisputeGameClaimResolved represents a ClaimResolved event raised by the DisputeGame contract.
type DisputeGameClaimResolved struct {
	ClaimIndex  *big.Int
	CounteredBy common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeGameClaimResolvedEventName = "ClaimResolved"

// ContractEventName returns the user-defined event name.
func (DisputeGameClaimResolved) ContractEventName() string {
	return DisputeGameClaimResolvedEventName
}

// UnpackClaimResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimResolved(uint256 indexed claimIndex, address indexed counteredBy)
func (disputeGame *DisputeGame) UnpackClaimResolvedEvent(log *types.Log) (*DisputeGameClaimResolved, error) {
	event := "ClaimResolved"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameClaimResolved)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameCreditClaimed represents a CreditClaimed event raised by the DisputeGame contract.
type DisputeGameCreditClaimed struct {
	Recipient common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisputeGameCreditClaimedEventName = "CreditClaimed"

// ContractEventName returns the user-defined event name.
func (DisputeGameCreditClaimed) ContractEventName() string {
	return DisputeGameCreditClaimedEventName
}

// UnpackCreditClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditClaimed(address indexed recipient, uint256 amount)
func (disputeGame *DisputeGame) UnpackCreditClaimedEvent(log *types.Log) (*DisputeGameCreditClaimed, error) {
	event := "CreditClaimed"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameCreditClaimed)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameMove represents a Move event raised by the DisputeGame contract.
type DisputeGameMove struct {
	ParentIndex *big.Int
	Claim       [32]byte
	Claimant    common.Address
	ClaimIndex  *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeGameMoveEventName = "Move"

// ContractEventName returns the user-defined event name.
func (DisputeGameMove) ContractEventName() string {
	return DisputeGameMoveEventName
}

// UnpackMoveEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Move(uint256 indexed parentIndex, bytes32 indexed claim, address indexed claimant, uint256 claimIndex)
func (disputeGame *DisputeGame) UnpackMoveEvent(log *types.Log) (*DisputeGameMove, error) {
	event := "Move"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameMove)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameResolved represents a Resolved event raised by the DisputeGame contract.
type DisputeGameResolved struct {
	Status uint8
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (DisputeGameResolved) ContractEventName() string {
	return DisputeGameResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(uint8 indexed status)
func (disputeGame *DisputeGame) UnpackResolvedEvent(log *types.Log) (*DisputeGameResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameResolved)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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

// DisputeGameStep represents a Step event raised by the DisputeGame contract.
type DisputeGameStep struct {
	ClaimIndex *big.Int
	Stepper    common.Address
	Post       [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameStepEventName = "Step"

// ContractEventName returns the user-defined event name.
func (DisputeGameStep) ContractEventName() string {
	return DisputeGameStepEventName
}

// UnpackStepEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Step(uint256 indexed claimIndex, address indexed stepper, bytes32 post)
func (disputeGame *DisputeGame) UnpackStepEvent(log *types.Log) (*DisputeGameStep, error) {
	event := "Step"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameStep)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
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
func (disputeGame *DisputeGame) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["AlreadyCountered"].ID.Bytes()[:4]) {
		return disputeGame.UnpackAlreadyCounteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BondsLocked"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBondsLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["CannotDefendRootClaim"].ID.Bytes()[:4]) {
		return disputeGame.UnpackCannotDefendRootClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClaimAboveSplit"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClaimAboveSplitError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClaimAlreadyExists"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClaimAlreadyExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClaimAlreadyResolved"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClaimAlreadyResolvedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockNotExpired"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockTimeExceeded"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockTimeExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ExecRootRequired"].ID.Bytes()[:4]) {
		return disputeGame.UnpackExecRootRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["GameDepthExceeded"].ID.Bytes()[:4]) {
		return disputeGame.UnpackGameDepthExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["GameNotInProgress"].ID.Bytes()[:4]) {
		return disputeGame.UnpackGameNotInProgressError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["IncorrectBondAmount"].ID.Bytes()[:4]) {
		return disputeGame.UnpackIncorrectBondAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InvalidDisputedClaim"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInvalidDisputedClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InvalidMaxDepth"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInvalidMaxDepthError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InvalidParent"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInvalidParentError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["InvalidPosition"].ID.Bytes()[:4]) {
		return disputeGame.UnpackInvalidPositionError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NoCreditToClaim"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNoCreditToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotAtMaxDepth"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotAtMaxDepthError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotExecRoot"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotExecRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["OutOfOrderResolution"].ID.Bytes()[:4]) {
		return disputeGame.UnpackOutOfOrderResolutionError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["RootNotResolved"].ID.Bytes()[:4]) {
		return disputeGame.UnpackRootNotResolvedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return disputeGame.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["UnexpectedRootClaim"].ID.Bytes()[:4]) {
		return disputeGame.UnpackUnexpectedRootClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ValidStep"].ID.Bytes()[:4]) {
		return disputeGame.UnpackValidStepError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeGameAlreadyCountered represents a AlreadyCountered error raised by the DisputeGame contract.
type DisputeGameAlreadyCountered struct {
	ClaimIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCountered(uint256 claimIndex)
func DisputeGameAlreadyCounteredErrorID() common.Hash {
	return common.HexToHash("0xfec39ff0ef5f398e1d1b8d9562840c1b1bb89240ee1bdd5c3bb680793fed41e0")
}

// UnpackAlreadyCounteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCountered(uint256 claimIndex)
func (disputeGame *DisputeGame) UnpackAlreadyCounteredError(raw []byte) (*DisputeGameAlreadyCountered, error) {
	out := new(DisputeGameAlreadyCountered)
	if err := disputeGame.abi.UnpackIntoInterface(out, "AlreadyCountered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBondsLocked represents a BondsLocked error raised by the DisputeGame contract.
type DisputeGameBondsLocked struct {
	UnlocksAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondsLocked(uint256 unlocksAt)
func DisputeGameBondsLockedErrorID() common.Hash {
	return common.HexToHash("0x409fb2a35186b6f3039bb13e83fab98ac148406f86cbfc7b1c4863051868456a")
}

// UnpackBondsLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondsLocked(uint256 unlocksAt)
func (disputeGame *DisputeGame) UnpackBondsLockedError(raw []byte) (*DisputeGameBondsLocked, error) {
	out := new(DisputeGameBondsLocked)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BondsLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameCannotDefendRootClaim represents a CannotDefendRootClaim error raised by the DisputeGame contract.
type DisputeGameCannotDefendRootClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotDefendRootClaim()
func DisputeGameCannotDefendRootClaimErrorID() common.Hash {
	return common.HexToHash("0xa42637bcb31d2c60b9d013f15e9c2abf455907d312c1cede23abc5da97784a85")
}

// UnpackCannotDefendRootClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotDefendRootClaim()
func (disputeGame *DisputeGame) UnpackCannotDefendRootClaimError(raw []byte) (*DisputeGameCannotDefendRootClaim, error) {
	out := new(DisputeGameCannotDefendRootClaim)
	if err := disputeGame.abi.UnpackIntoInterface(out, "CannotDefendRootClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClaimAboveSplit represents a ClaimAboveSplit error raised by the DisputeGame contract.
type DisputeGameClaimAboveSplit struct {
	Depth               *big.Int
	UpperBoundExclusive *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimAboveSplit(uint256 depth, uint256 upperBoundExclusive)
func DisputeGameClaimAboveSplitErrorID() common.Hash {
	return common.HexToHash("0xee1b12692bcc69b088051521f147928c3b0df7b97fe2fc589b9c1799ba155c94")
}

// UnpackClaimAboveSplitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimAboveSplit(uint256 depth, uint256 upperBoundExclusive)
func (disputeGame *DisputeGame) UnpackClaimAboveSplitError(raw []byte) (*DisputeGameClaimAboveSplit, error) {
	out := new(DisputeGameClaimAboveSplit)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClaimAboveSplit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClaimAlreadyExists represents a ClaimAlreadyExists error raised by the DisputeGame contract.
type DisputeGameClaimAlreadyExists struct {
	Claim       [32]byte
	Position    *big.Int
	ParentIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimAlreadyExists(bytes32 claim, uint128 position, uint256 parentIndex)
func DisputeGameClaimAlreadyExistsErrorID() common.Hash {
	return common.HexToHash("0x816fef07729789f5e44397ff59cd7a9b551f43a643fa5090a0a909fd1a6d2b8e")
}

// UnpackClaimAlreadyExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimAlreadyExists(bytes32 claim, uint128 position, uint256 parentIndex)
func (disputeGame *DisputeGame) UnpackClaimAlreadyExistsError(raw []byte) (*DisputeGameClaimAlreadyExists, error) {
	out := new(DisputeGameClaimAlreadyExists)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClaimAlreadyExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClaimAlreadyResolved represents a ClaimAlreadyResolved error raised by the DisputeGame contract.
type DisputeGameClaimAlreadyResolved struct {
	ClaimIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimAlreadyResolved(uint256 claimIndex)
func DisputeGameClaimAlreadyResolvedErrorID() common.Hash {
	return common.HexToHash("0xd7432b272ec3fbd7808f8775387b193c107d3983145f8728eac656ac16f61da4")
}

// UnpackClaimAlreadyResolvedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimAlreadyResolved(uint256 claimIndex)
func (disputeGame *DisputeGame) UnpackClaimAlreadyResolvedError(raw []byte) (*DisputeGameClaimAlreadyResolved, error) {
	out := new(DisputeGameClaimAlreadyResolved)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClaimAlreadyResolved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockNotExpired represents a ClockNotExpired error raised by the DisputeGame contract.
type DisputeGameClockNotExpired struct {
	Used *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockNotExpired(uint256 used, uint256 max)
func DisputeGameClockNotExpiredErrorID() common.Hash {
	return common.HexToHash("0xbbd1199e52c5793c381842fd76ea5277efea8a7cc1621437cfc87a4d0c7484f0")
}

// UnpackClockNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockNotExpired(uint256 used, uint256 max)
func (disputeGame *DisputeGame) UnpackClockNotExpiredError(raw []byte) (*DisputeGameClockNotExpired, error) {
	out := new(DisputeGameClockNotExpired)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockTimeExceeded represents a ClockTimeExceeded error raised by the DisputeGame contract.
type DisputeGameClockTimeExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockTimeExceeded()
func DisputeGameClockTimeExceededErrorID() common.Hash {
	return common.HexToHash("0x3381d114e02c05fc51ad7cc7fe44225ffc009694fbee04dbe9f5685b39ed4106")
}

// UnpackClockTimeExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockTimeExceeded()
func (disputeGame *DisputeGame) UnpackClockTimeExceededError(raw []byte) (*DisputeGameClockTimeExceeded, error) {
	out := new(DisputeGameClockTimeExceeded)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockTimeExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameExecRootRequired represents a ExecRootRequired error raised by the DisputeGame contract.
type DisputeGameExecRootRequired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExecRootRequired()
func DisputeGameExecRootRequiredErrorID() common.Hash {
	return common.HexToHash("0xea1f7821defacc9d59bd15ba3250dc7c33a2bc7fbedf78a3d325a977e95cdc57")
}

// UnpackExecRootRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExecRootRequired()
func (disputeGame *DisputeGame) UnpackExecRootRequiredError(raw []byte) (*DisputeGameExecRootRequired, error) {
	out := new(DisputeGameExecRootRequired)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ExecRootRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameGameDepthExceeded represents a GameDepthExceeded error raised by the DisputeGame contract.
type DisputeGameGameDepthExceeded struct {
	Depth    *big.Int
	MaxDepth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameDepthExceeded(uint256 depth, uint256 maxDepth)
func DisputeGameGameDepthExceededErrorID() common.Hash {
	return common.HexToHash("0xa112da0dc730c702d4fea23fcc489f8216f61582b80d69c7ddeeffb871cf4a1e")
}

// UnpackGameDepthExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameDepthExceeded(uint256 depth, uint256 maxDepth)
func (disputeGame *DisputeGame) UnpackGameDepthExceededError(raw []byte) (*DisputeGameGameDepthExceeded, error) {
	out := new(DisputeGameGameDepthExceeded)
	if err := disputeGame.abi.UnpackIntoInterface(out, "GameDepthExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameGameNotInProgress represents a GameNotInProgress error raised by the DisputeGame contract.
type DisputeGameGameNotInProgress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameNotInProgress()
func DisputeGameGameNotInProgressErrorID() common.Hash {
	return common.HexToHash("0x67fe195093dcec8695007a987aa2cdbebd7749c9cbb19f07519dd74f5c6307ae")
}

// UnpackGameNotInProgressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameNotInProgress()
func (disputeGame *DisputeGame) UnpackGameNotInProgressError(raw []byte) (*DisputeGameGameNotInProgress, error) {
	out := new(DisputeGameGameNotInProgress)
	if err := disputeGame.abi.UnpackIntoInterface(out, "GameNotInProgress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameIncorrectBondAmount represents a IncorrectBondAmount error raised by the DisputeGame contract.
type DisputeGameIncorrectBondAmount struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncorrectBondAmount(uint256 sent, uint256 required)
func DisputeGameIncorrectBondAmountErrorID() common.Hash {
	return common.HexToHash("0xb166252071173cc71b41de795732479a44accdf942da7b034da11e6268854340")
}

// UnpackIncorrectBondAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncorrectBondAmount(uint256 sent, uint256 required)
func (disputeGame *DisputeGame) UnpackIncorrectBondAmountError(raw []byte) (*DisputeGameIncorrectBondAmount, error) {
	out := new(DisputeGameIncorrectBondAmount)
	if err := disputeGame.abi.UnpackIntoInterface(out, "IncorrectBondAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameInvalidConfig represents a InvalidConfig error raised by the DisputeGame contract.
type DisputeGameInvalidConfig struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string field)
func DisputeGameInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string field)
func (disputeGame *DisputeGame) UnpackInvalidConfigError(raw []byte) (*DisputeGameInvalidConfig, error) {
	out := new(DisputeGameInvalidConfig)
	if err := disputeGame.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameInvalidDisputedClaim represents a InvalidDisputedClaim error raised by the DisputeGame contract.
type DisputeGameInvalidDisputedClaim struct {
	Disputed [32]byte
	Have     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDisputedClaim(bytes32 disputed, bytes32 have)
func DisputeGameInvalidDisputedClaimErrorID() common.Hash {
	return common.HexToHash("0x0439e6529a05f71a50c693acc01f658e65ad54cca44acefb2531e832b23a6a9a")
}

// UnpackInvalidDisputedClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDisputedClaim(bytes32 disputed, bytes32 have)
func (disputeGame *DisputeGame) UnpackInvalidDisputedClaimError(raw []byte) (*DisputeGameInvalidDisputedClaim, error) {
	out := new(DisputeGameInvalidDisputedClaim)
	if err := disputeGame.abi.UnpackIntoInterface(out, "InvalidDisputedClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameInvalidMaxDepth represents a InvalidMaxDepth error raised by the DisputeGame contract.
type DisputeGameInvalidMaxDepth struct {
	Depth    *big.Int
	MaxDepth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMaxDepth(uint256 depth, uint256 maxDepth)
func DisputeGameInvalidMaxDepthErrorID() common.Hash {
	return common.HexToHash("0x18f88e642aca4e63b821a1d0143982d2e4342c877f41dede3600e0323df93714")
}

// UnpackInvalidMaxDepthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMaxDepth(uint256 depth, uint256 maxDepth)
func (disputeGame *DisputeGame) UnpackInvalidMaxDepthError(raw []byte) (*DisputeGameInvalidMaxDepth, error) {
	out := new(DisputeGameInvalidMaxDepth)
	if err := disputeGame.abi.UnpackIntoInterface(out, "InvalidMaxDepth", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameInvalidParent represents a InvalidParent error raised by the DisputeGame contract.
type DisputeGameInvalidParent struct {
	Index  *big.Int
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParent(uint256 index, uint256 length)
func DisputeGameInvalidParentErrorID() common.Hash {
	return common.HexToHash("0xfc6e9ecf3a10e69057b205c4cad4fdcfa401ee6bc997c5c65a321d285a940698")
}

// UnpackInvalidParentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParent(uint256 index, uint256 length)
func (disputeGame *DisputeGame) UnpackInvalidParentError(raw []byte) (*DisputeGameInvalidParent, error) {
	out := new(DisputeGameInvalidParent)
	if err := disputeGame.abi.UnpackIntoInterface(out, "InvalidParent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameInvalidPosition represents a InvalidPosition error raised by the DisputeGame contract.
type DisputeGameInvalidPosition struct {
	Depth        *big.Int
	IndexAtDepth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPosition(uint256 depth, uint256 indexAtDepth)
func DisputeGameInvalidPositionErrorID() common.Hash {
	return common.HexToHash("0x7cdcced37dbf43deca09c00165951c20af41aeb33ea1da120945f623bf8ae583")
}

// UnpackInvalidPositionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPosition(uint256 depth, uint256 indexAtDepth)
func (disputeGame *DisputeGame) UnpackInvalidPositionError(raw []byte) (*DisputeGameInvalidPosition, error) {
	out := new(DisputeGameInvalidPosition)
	if err := disputeGame.abi.UnpackIntoInterface(out, "InvalidPosition", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNoCreditToClaim represents a NoCreditToClaim error raised by the DisputeGame contract.
type DisputeGameNoCreditToClaim struct {
	Recipient common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCreditToClaim(address recipient)
func DisputeGameNoCreditToClaimErrorID() common.Hash {
	return common.HexToHash("0x8da6b9e8833807131f2d72195154562e056fe2d51984e3f3c63993d5fd6dace4")
}

// UnpackNoCreditToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCreditToClaim(address recipient)
func (disputeGame *DisputeGame) UnpackNoCreditToClaimError(raw []byte) (*DisputeGameNoCreditToClaim, error) {
	out := new(DisputeGameNoCreditToClaim)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NoCreditToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotAtMaxDepth represents a NotAtMaxDepth error raised by the DisputeGame contract.
type DisputeGameNotAtMaxDepth struct {
	Depth    *big.Int
	MaxDepth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAtMaxDepth(uint256 depth, uint256 maxDepth)
func DisputeGameNotAtMaxDepthErrorID() common.Hash {
	return common.HexToHash("0x5e01906d3c0b19026cec4d1e919880be143b3463f344c81f3804dc47fc7d8588")
}

// UnpackNotAtMaxDepthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAtMaxDepth(uint256 depth, uint256 maxDepth)
func (disputeGame *DisputeGame) UnpackNotAtMaxDepthError(raw []byte) (*DisputeGameNotAtMaxDepth, error) {
	out := new(DisputeGameNotAtMaxDepth)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotAtMaxDepth", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotExecRoot represents a NotExecRoot error raised by the DisputeGame contract.
type DisputeGameNotExecRoot struct {
	Depth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExecRoot(uint256 depth)
func DisputeGameNotExecRootErrorID() common.Hash {
	return common.HexToHash("0x4cdae21d0acd1d2ef4c3279e18302163b8d4aeb20155e7f53995752dfdf8b55e")
}

// UnpackNotExecRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExecRoot(uint256 depth)
func (disputeGame *DisputeGame) UnpackNotExecRootError(raw []byte) (*DisputeGameNotExecRoot, error) {
	out := new(DisputeGameNotExecRoot)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotExecRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameOutOfOrderResolution represents a OutOfOrderResolution error raised by the DisputeGame contract.
type DisputeGameOutOfOrderResolution struct {
	ClaimIndex *big.Int
	Child      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfOrderResolution(uint256 claimIndex, uint256 child)
func DisputeGameOutOfOrderResolutionErrorID() common.Hash {
	return common.HexToHash("0x0f64f6180b35613faeaf06c55b6b476a241b35ca386f60b43f261783043731fc")
}

// UnpackOutOfOrderResolutionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfOrderResolution(uint256 claimIndex, uint256 child)
func (disputeGame *DisputeGame) UnpackOutOfOrderResolutionError(raw []byte) (*DisputeGameOutOfOrderResolution, error) {
	out := new(DisputeGameOutOfOrderResolution)
	if err := disputeGame.abi.UnpackIntoInterface(out, "OutOfOrderResolution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameRootNotResolved represents a RootNotResolved error raised by the DisputeGame contract.
type DisputeGameRootNotResolved struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootNotResolved()
func DisputeGameRootNotResolvedErrorID() common.Hash {
	return common.HexToHash("0x70216b668f67adeb60e833696c0cfe95dd9acf082e8c951e0d5f4d33265760c4")
}

// UnpackRootNotResolvedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootNotResolved()
func (disputeGame *DisputeGame) UnpackRootNotResolvedError(raw []byte) (*DisputeGameRootNotResolved, error) {
	out := new(DisputeGameRootNotResolved)
	if err := disputeGame.abi.UnpackIntoInterface(out, "RootNotResolved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameTransferFailed represents a TransferFailed error raised by the DisputeGame contract.
type DisputeGameTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func DisputeGameTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (disputeGame *DisputeGame) UnpackTransferFailedError(raw []byte) (*DisputeGameTransferFailed, error) {
	out := new(DisputeGameTransferFailed)
	if err := disputeGame.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameUnexpectedRootClaim represents a UnexpectedRootClaim error raised by the DisputeGame contract.
type DisputeGameUnexpectedRootClaim struct {
	Projected [32]byte
	Disputed  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedRootClaim(bytes32 projected, bytes32 disputed)
func DisputeGameUnexpectedRootClaimErrorID() common.Hash {
	return common.HexToHash("0x79ad9125894f447cb27ab4d69c53ad6ab81188c7a5b4e7d317d2d44e61a05ed8")
}

// UnpackUnexpectedRootClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedRootClaim(bytes32 projected, bytes32 disputed)
func (disputeGame *DisputeGame) UnpackUnexpectedRootClaimError(raw []byte) (*DisputeGameUnexpectedRootClaim, error) {
	out := new(DisputeGameUnexpectedRootClaim)
	if err := disputeGame.abi.UnpackIntoInterface(out, "UnexpectedRootClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameValidStep represents a ValidStep error raised by the DisputeGame contract.
type DisputeGameValidStep struct {
	Post [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidStep(bytes32 post)
func DisputeGameValidStepErrorID() common.Hash {
	return common.HexToHash("0x134a21e7108e2f079053719988260e3816477767b6e8de14a62ec2f4f62f4d5e")
}

// UnpackValidStepError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidStep(bytes32 post)
func (disputeGame *DisputeGame) UnpackValidStepError(raw []byte) (*DisputeGameValidStep, error) {
	out := new(DisputeGameValidStep)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ValidStep", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryMetaData contains all meta data concerning the DisputeGameFactory contract.
var DisputeGameFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rollup_\",\"type\":\"address\"},{\"internalType\":\"contractIDisputeVM\",\"name\":\"vm_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"maxDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"splitDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"maxClockDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockExtension\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"baseBond\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"bondGrowthBps\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"bondClaimDelay\",\"type\":\"uint64\"}],\"internalType\":\"structIDisputeGame.GameConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"setupData\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"game\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeVM\",\"outputs\":[{\"internalType\":\"contractIDisputeVM\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"gameAt\",\"outputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameConfig\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"maxDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"splitDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"maxClockDuration\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"clockExtension\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"baseBond\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"bondGrowthBps\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"bondClaimDelay\",\"type\":\"uint64\"}],\"internalType\":\"structIDisputeGame.GameConfig\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"game\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"recordHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rootClaim\",\"type\":\"bytes32\"}],\"name\":\"GameCreated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRollup\",\"type\":\"error\"}]",
	ID:  "9ddd04049d6ad23d4d12eab6a7ca9921c4",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161463738038061463783398101604081905261002e91610440565b61003781610124565b6001600160a01b0392831660809081529190921660a090815282515f805460208601516040870151606088015160ff95861661ffff199094169390931761010095909216949094021762010000600160901b031916620100006001600160401b0394851602600160501b600160901b031916176a01000000000000000000009184169190910217905591830151600180549285015160c0909501516001600160801b039092166001600160a01b031990931692909217600160801b63ffffffff9095169490940293909317600160a01b600160e01b031916600160a01b939092169290920217905561059a565b607e815f015160ff16111561016c576040516389a6198960e01b81526020600482015260086024820152670dac2f088cae0e8d60c31b60448201526064015b60405180910390fd5b6002816020015160ff16108061019857508051602082015160ff918216916101969116600261054b565b115b156101d3576040516389a6198960e01b815260206004820152600a6024820152690e6e0d8d2e888cae0e8d60b31b6044820152606401610163565b80604001516001600160401b03165f03610223576040516389a6198960e01b815260206004820152601060248201526f36b0bc21b637b1b5a23ab930ba34b7b760811b6044820152606401610163565b80604001516001600160401b031681606001516001600160401b0316600261024b9190610564565b111561028b576040516389a6198960e01b815260206004820152600e60248201526d31b637b1b5a2bc3a32b739b4b7b760911b6044820152606401610163565b6001600160801b0380166102c382608001516001600160801b03168360a0015163ffffffff16845f015160ff1661036060201b60201c565b1115610302576040516389a6198960e01b815260206004820152600d60248201526c626f6e6447726f77746842707360981b6044820152606401610163565b62278d006001600160401b03168160c001516001600160401b0316111561035d576040516389a6198960e01b815260206004820152600e60248201526d626f6e64436c61696d44656c617960901b6044820152606401610163565b50565b825f61036e8461271061054b565b90505f5b838110156103b5576001600160801b03831115610394575f19925050506103d1565b6127106103a18385610564565b6103ab919061057b565b9250600101610372565b506001600160801b038211156103cf575f199150506103d1565b505b9392505050565b6001600160a01b038116811461035d575f5ffd5b805160ff811681146103fc575f5ffd5b919050565b80516001600160401b03811681146103fc575f5ffd5b80516001600160801b03811681146103fc575f5ffd5b805163ffffffff811681146103fc575f5ffd5b5f5f5f838503610120811215610454575f5ffd5b845161045f816103d8565b6020860151909450610470816103d8565b925060e0603f1982011215610483575f5ffd5b5060405160e081016001600160401b03811182821017156104b257634e487b7160e01b5f52604160045260245ffd5b80604052506104c3604086016103ec565b81526104d1606086016103ec565b60208201526104e260808601610401565b60408201526104f360a08601610401565b606082015261050460c08601610417565b608082015261051560e0860161042d565b60a08201526105276101008601610401565b60c0820152809150509250925092565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561055e5761055e610537565b92915050565b808202811582820484141761055e5761055e610537565b5f8261059557634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a0516140676105d05f395f8181610209015281816102af015261034c01525f81816101c2015261026501526140675ff3fe60806040526004361061006e575f3560e01c80634d1975b41161004c5780634d1975b414610193578063cb23bcb5146101b1578063cd94842d146101e4578063eb40e98c146101f8575f5ffd5b80631176829d1461007257806326d334c71461014957806345f4251c14610180575b5f5ffd5b34801561007d575f5ffd5b506101336040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182525f5460ff808216835261010082041660208301526001600160401b03620100008204811693830193909352600160501b9004821660608201526001546001600160801b038116608083015263ffffffff600160801b82041660a0830152600160a01b900490911660c082015290565b6040516101409190610516565b60405180910390f35b348015610154575f5ffd5b506101686101633660046105a3565b61022b565b6040516001600160a01b039091168152602001610140565b61016861018e366004610619565b610259565b34801561019e575f5ffd5b506002545b604051908152602001610140565b3480156101bc575f5ffd5b506101687f000000000000000000000000000000000000000000000000000000000000000081565b3480156101ef575f5ffd5b506101a3610463565b348015610203575f5ffd5b506101687f000000000000000000000000000000000000000000000000000000000000000081565b5f6002828154811061023f5761023f6106b0565b5f918252602090912001546001600160a01b031692915050565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102a957604051638fe3dc5360e01b815233600482015260240160405180910390fd5b5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316632379b5238d8d8d8d6040518563ffffffff1660e01b81526004016102ff94939291906106ec565b5f60405180830381865afa158015610319573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526103409190810190610731565b9350935093509350345f7f0000000000000000000000000000000000000000000000000000000000000000838787878e8e8e60405161037e90610509565b6103909998979695949392919061082d565b6040518091039082f09050801580156103ab573d5f5f3e3d5ffd5b50600280546001810182555f919091527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace0180546001600160a01b0319166001600160a01b038316179055604051909550610409908d908d90610924565b6040518091039020856001600160a01b03167ff07363612ecae2ffba4dfd0a4bf395bb3129bd33bf036156be7e8d1ec42789e38660405161044c91815260200190565b60405180910390a350505050979650505050505050565b600180545f9161048c916001600160801b03811691600160801b90910463ffffffff1690610491565b905090565b825f61049f84612710610947565b90505f5b838110156104e6576001600160801b038311156104c5575f1992505050610502565b6127106104d28385610960565b6104dc9190610977565b92506001016104a3565b506001600160801b03821115610500575f19915050610502565b505b9392505050565b6136d08061099783390190565b5f60e08201905060ff835116825260ff60208401511660208301526001600160401b0360408401511660408301526001600160401b0360608401511660608301526001600160801b03608084015116608083015260a083015161058160a084018263ffffffff169052565b5060c083015161059c60c08401826001600160401b03169052565b5092915050565b5f602082840312156105b3575f5ffd5b5035919050565b5f5f83601f8401126105ca575f5ffd5b5081356001600160401b038111156105e0575f5ffd5b6020830191508360208285010111156105f7575f5ffd5b9250929050565b80356001600160a01b0381168114610614575f5ffd5b919050565b5f5f5f5f5f5f5f60a0888a03121561062f575f5ffd5b87356001600160401b03811115610644575f5ffd5b6106508a828b016105ba565b90985096505060208801356001600160401b0381111561066e575f5ffd5b61067a8a828b016105ba565b909650945061068d9050604089016105fe565b925061069b606089016105fe565b91506080880135905092959891949750929550565b634e487b7160e01b5f52603260045260245ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6106ff6040830186886106c4565b82810360208401526107128185876106c4565b979650505050505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610744575f5ffd5b845160208601516040870151606088015192965090945092506001600160401b03811115610770575f5ffd5b8501601f81018713610780575f5ffd5b80516001600160401b038111156107995761079961071d565b604051601f8201601f19908116603f011681016001600160401b03811182821017156107c7576107c761071d565b6040528181528282016020018910156107de575f5ffd5b8160208401602083015e5f6020838301015280935050505092959194509250565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f8a5460ff8116835260ff8160081c166020840152610863604084016001600160401b038360101c166001600160401b03169052565b605081901c6001600160401b031660608401525060018b01546001600160801b0381166080840152608081901c63ffffffff1660a084015260a081901c6001600160401b031660c0840152506001600160a01b038a1660e08301526101e06101008301526108d56101e083018a6107ff565b90508761012083015286610140830152856101608301526109026101808301866001600160a01b03169052565b6001600160a01b03939093166101a08201526101c00152979650505050505050565b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561095a5761095a610933565b92915050565b808202811582820484141761095a5761095a610933565b5f8261099157634e487b7160e01b5f52601260045260245ffd5b50049056fe6102206040526040516136d03803806136d0833981016040819052610023916109d2565b61002c896105e1565b886020015160ff166001901b84111561007b576040516389a6198960e01b815260206004820152600b60248201526a7472616e736974696f6e7360a81b60448201526064015b60405180910390fd5b5f6100a58a608001516001600160801b03168b60a0015163ffffffff16600161081860201b60201c565b90508034146100d05760405163058b312960e51b815234600482015260248101829052604401610072565b895160ff908116608090815260208c015190911660a090815260408c01516001600160401b0390811660c090815260608e0151821660e052928d01516001600160801b031661010052908c015163ffffffff1661012052908b01518116610140526001600160a01b038a16610160526101808890526101a08790526101c0869052336101e05242166102005260036101688982610b9b565b505f6101748142610890565b90505f6001905060046040518060e0016040528063ffffffff801681526020015f6001600160a01b03168152602001886001600160a01b031681526020015f6001600160801b031681526020018b8152602001836001600160801b03168152602001846001600160801b0316815250908060018154018082558091505060019003905f5260205f2090600502015f909190919091505f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a8154816001600160a01b0302191690836001600160a01b031602179055506040820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506060820151816002015f6101000a8154816001600160801b0302191690836001600160801b031602179055506080820151816003015560a0820151816004015f6101000a8154816001600160801b0302191690836001600160801b0316021790555060c08201518160040160106101000a8154816001600160801b0302191690836001600160801b031602179055505050856001600160a01b03168963ffffffff80165f5160206136b05f395f51905f525f60405161034691815260200190565b60405180910390a45f6002600160811b03600183901b169050600160055f6103aa888583604080516020808201959095526001600160801b039390931683820152606080840192909252805180840390920182526080909201909152805191012090565b815260208082019290925260409081015f908120805460ff191694151594909417909355805160e0810182528381528083018481526001600160a01b038b8116838501818152346001600160801b0390811660608701908152608087018f81528b831660a089019081528e841660c08a019081526004805460018181018355918f529a517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b6005909c029b8c0180549b5163ffffffff9092166001600160c01b0319909c169b909b17640100000000918b16919091021790995594517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19c8a0180546001600160a01b031916919098161790965590517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19d880180546001600160801b031916918416919091179055517f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19e87015592519051908316600160801b9190931602919091177f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19f90930192909255600684527f54cdd369e4e8a8515e52ca72ec816c2101831ad1f18bf44102ed171459c9b4f8805480830182559086527ff1ca0f4808f7f0c52440675894727c9e66265266cd1e1f5015f8b745ca2de5f301819055915191825292889290915f5160206136b05f395f51905f52910160405180910390a450505050505050505050505050610cb6565b607e815f015160ff161115610624576040516389a6198960e01b81526020600482015260086024820152670dac2f088cae0e8d60c31b6044820152606401610072565b6002816020015160ff16108061065057508051602082015160ff9182169161064e91166002610c6d565b115b1561068b576040516389a6198960e01b815260206004820152600a6024820152690e6e0d8d2e888cae0e8d60b31b6044820152606401610072565b80604001516001600160401b03165f036106db576040516389a6198960e01b815260206004820152601060248201526f36b0bc21b637b1b5a23ab930ba34b7b760811b6044820152606401610072565b80604001516001600160401b031681606001516001600160401b031660026107039190610c80565b1115610743576040516389a6198960e01b815260206004820152600e60248201526d31b637b1b5a2bc3a32b739b4b7b760911b6044820152606401610072565b6001600160801b03801661077b82608001516001600160801b03168360a0015163ffffffff16845f015160ff1661081860201b60201c565b11156107ba576040516389a6198960e01b815260206004820152600d60248201526c626f6e6447726f77746842707360981b6044820152606401610072565b62278d006001600160401b03168160c001516001600160401b03161115610815576040516389a6198960e01b815260206004820152600e60248201526d626f6e64436c61696d44656c617960901b6044820152606401610072565b50565b825f61082684612710610c6d565b90505f5b8381101561086d576001600160801b0383111561084c575f1992505050610889565b6127106108598385610c80565b6108639190610c97565b925060010161082a565b506001600160801b03821115610887575f19915050610889565b505b9392505050565b6fffffffffffffffff0000000000000000604083901b166001600160401b038216175b92915050565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b03811182821017156108ef576108ef6108b9565b60405290565b805160ff81168114610905575f5ffd5b919050565b80516001600160401b0381168114610905575f5ffd5b805163ffffffff81168114610905575f5ffd5b80516001600160a01b0381168114610905575f5ffd5b5f82601f830112610958575f5ffd5b81516001600160401b03811115610971576109716108b9565b604051601f8201601f19908116603f011681016001600160401b038111828210171561099f5761099f6108b9565b6040528181528382016020018510156109b6575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f5f5f5f5f5f5f898b036101e08112156109ec575f5ffd5b60e08112156109f9575f5ffd5b50610a026108cd565b610a0b8b6108f5565b8152610a1960208c016108f5565b6020820152610a2a60408c0161090a565b6040820152610a3b60608c0161090a565b606082015260808b01516001600160801b0381168114610a59575f5ffd5b6080820152610a6a60a08c01610920565b60a0820152610a7b60c08c0161090a565b60c08201529850610a8e60e08b01610933565b6101008b01519098506001600160401b03811115610aaa575f5ffd5b610ab68c828d01610949565b6101208c01516101408d01516101608e0151929a5090985096509450610ae190506101808b01610933565b9250610af06101a08b01610933565b91505f6101c08b01519050809150509295985092959850929598565b600181811c90821680610b2057607f821691505b602082108103610b3e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610b965782821115610b9657805f5260205f20601f840160051c6020851015610b6f57505f5b90810190601f840160051c035f5b81811015610b92575f83820155600101610b7d565b5050505b505050565b81516001600160401b03811115610bb457610bb46108b9565b610bc881610bc28454610b0c565b84610b44565b6020601f821160018114610bfa575f8315610be35750848201515b5f19600385901b1c1916600184901b178455610c52565b5f84815260208120601f198516915b82811015610c295787850151825560209485019460019092019101610c09565b5084821015610c4657868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156108b3576108b3610c59565b80820281158282048414176108b3576108b3610c59565b5f82610cb157634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516102005161288d610e235f395f61059b01525f61015c01525f6101ef01525f81816104cb0152611e1401525f6104fe01525f81816106150152818161143901528181611e4e0152611fca01525f81816104480152610b8e01525f818161041c015261111701525f81816103ed01526110ed01525f81816103be015281816118f9015261192201525f818161038f015281816106c60152818161071d015281816110090152818161103f0152818161184101528181611950015261199301525f818161036601528181611348015281816116d70152818161178d0152818161189901528181611d5801528181611dd201528181611eeb015261209a01525f818161033d01528181611080015281816110bc015281816112630152818161129e01528181611369015281816117200152818161175c01526118cc015261288d5ff3fe608060405260043610610147575f3560e01c80637c4e533c116100b3578063c6f0308c1161006d578063c6f0308c1461055e578063cf09e0d01461058a578063d5d44d80146105bd578063d8cc1a3c146105e8578063eb40e98c14610607578063fe2bbeb214610639575f5ffd5b80637c4e533c146104855780638980e0cc146104a65780638d450a95146104ba578063bcef3b55146104ed578063bd8da95614610520578063c395e1ca1461053f575f5ffd5b80632810e1d6116101045780632810e1d6146102715780635a5fa2d9146102855780635c4da93d146102a457806360e27464146102b75780636f034409146102d657806379502c55146102e9575f5ffd5b806302d05d3f1461014b57806303c2924d1461019b5780630795f2db146101bc57806310c2ade6146101de57806319effeb414610211578063200d2ed21461024c575b5f5ffd5b348015610156575f5ffd5b5061017e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156101a6575f5ffd5b506101ba6101b53660046122a4565b610677565b005b3480156101c7575f5ffd5b506101d0610b5c565b604051908152602001610192565b3480156101e9575f5ffd5b506101d07f000000000000000000000000000000000000000000000000000000000000000081565b34801561021c575f5ffd5b505f546102349061010090046001600160401b031681565b6040516001600160401b039091168152602001610192565b348015610257575f5ffd5b505f546102649060ff1681565b60405161019291906122d8565b34801561027c575f5ffd5b50610264610bc0565b348015610290575f5ffd5b506101d061029f3660046122fe565b610d0e565b6101ba6102b236600461236d565b610d4e565b3480156102c2575f5ffd5b506101ba6102d13660046123d8565b610d66565b6101ba6102e43660046123fe565b610ebe565b3480156102f4575f5ffd5b506104786040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091526040518060e001604052807f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160801b031681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316815250905090565b604051610192919061243a565b348015610490575f5ffd5b50610499610ed7565b60405161019291906124c0565b3480156104b1575f5ffd5b506004546101d0565b3480156104c5575f5ffd5b506101d07f000000000000000000000000000000000000000000000000000000000000000081565b3480156104f8575f5ffd5b506101d07f000000000000000000000000000000000000000000000000000000000000000081565b34801561052b575f5ffd5b5061023461053a3660046122fe565b610f67565b34801561054a575f5ffd5b506101d06105593660046124f5565b611068565b348015610569575f5ffd5b5061057d6105783660046122fe565b611149565b604051610192919061251b565b348015610595575f5ffd5b506102347f000000000000000000000000000000000000000000000000000000000000000081565b3480156105c8575f5ffd5b506101d06105d73660046123d8565b60016020525f908152604090205481565b3480156105f3575f5ffd5b506101ba61060236600461259a565b611205565b348015610612575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061017e565b348015610644575f5ffd5b506106676106533660046122fe565b60026020525f908152604090205460ff1681565b6040519015158152602001610192565b5f5f5460ff16600281111561068e5761068e6122c4565b146106ac5760405163067fe19560e41b815260040160405180910390fd5b5f6106b683611596565b90505f6106c284610f67565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316816001600160401b0316101561074f57604051635de88ccf60e11b81526001600160401b0380831660048301527f00000000000000000000000000000000000000000000000000000000000000001660248201526044015b60405180910390fd5b5f8481526002602052604090205460ff16156107815760405163d7432b2760e01b815260048101859052602401610746565b5f84815260066020526040902080548015801561079d57508515155b1561083c5783545f878152600260205260409020805460ff191660011790556001600160a01b03600160201b909104166107fe81156107dc57816107eb565b60018601546001600160a01b03165b60028701546001600160801b03166115eb565b6040516001600160a01b0382169088907f5458f58063ec4d81ed3c2922c23fa042ceb29308fd82599844dfe5e0875a74c0905f90a350505050505050565b5f868152600760209081526040918290208251608081018452815460ff81161515808352610100820463ffffffff16948301949094526501000000000090046001600160801b031693810193909352600101546001600160a01b031660608301526108b357600181526001600160801b0360408201525b5f8615806108d4575060208201516108d19063ffffffff1684612617565b87115b6108f35786826020015163ffffffff166108ee919061262a565b6108f5565b825b602083015190915063ffffffff165b818110156109f6575f85828154811061091f5761091f61263d565b5f918252602080832090910154808352600290915260409091205490915060ff16610967576040516301ec9ec360e31b8152600481018b905260248101829052604401610746565b5f6004828154811061097b5761097b61263d565b5f91825260209091206005909102018054909150600160201b90046001600160a01b03161580156109c05750604085015160048201546001600160801b039182169116105b156109ec5760018101546001600160a01b0316606086015260048101546001600160801b031660408601525b5050600101610904565b5063ffffffff81811660208481019182525f8b815260079091526040908190208551815493519287015164ffffffffff1990941690151564ffffffff0019161761010092909416919091029290921774ffffffffffffffffffffffffffffffff00000000001916650100000000006001600160801b03909216919091021781556060830151600190910180546001600160a01b0319166001600160a01b03909216919091179055828103610b525760608201515f898152600260205260409020805460ff1916600117905586546001600160a01b038216600160201b8102640100000000600160c01b0319909216919091178855610b1b9015610af95781610b08565b60018801546001600160a01b03165b60028901546001600160801b03166115eb565b6040516001600160a01b038216908a907f5458f58063ec4d81ed3c2922c23fa042ceb29308fd82599844dfe5e0875a74c0905f90a3505b5050505050505050565b5f805f5460ff166002811115610b7457610b746122c4565b03610b7e57505f90565b5f54610bbb906001600160401b037f000000000000000000000000000000000000000000000000000000000000000081169161010090041661262a565b905090565b5f805f5460ff166002811115610bd857610bd86122c4565b14610bf65760405163067fe19560e41b815260040160405180910390fd5b5f805260026020527fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b5460ff16610c4057604051633810b5b360e11b815260040160405180910390fd5b5f6001600160a01b031660045f81548110610c5d57610c5d61263d565b5f918252602090912060059091020154600160201b90046001600160a01b031614610c89576001610c8c565b60025b5f8054919250829160ff19166001836002811115610cac57610cac6122c4565b02179055505f805468ffffffffffffffff001916610100426001600160401b031602179055806002811115610ce357610ce36122c4565b6040517f5e186f09b9c93491f14e277eea7faa5de6a2d4bda75a79af7a3684fbfb42da60905f90a290565b5f610d1882611596565b505f82815260076020908152604080832054600690925290912054610d4891610100900463ffffffff1690612617565b92915050565b610d5e868686866001878761161b565b505050505050565b5f610d6f610b5c565b9050801580610d7d57508042105b15610d9e5760405163409fb2a360e01b815260048101829052602401610746565b6001600160a01b0382165f9081526001602052604081205490819003610de2576040516311b4d73d60e31b81526001600160a01b0384166004820152602401610746565b6001600160a01b0383165f8181526001602052604080822091909155517f87e12c2565042763daa6bf5842ed2b6447f17f7e28f9a4905fe3959581396ead90610e2e9084815260200190565b60405180910390a25f836001600160a01b0316826040515f6040518083038185875af1925050503d805f8114610e7f576040519150601f19603f3d011682016040523d82523d5f602084013e610e84565b606091505b5050905080610eb857604051630e21dcbb60e11b81526001600160a01b038516600482015260248101839052604401610746565b50505050565b610eb8848484845f610ed281803681612651565b61161b565b606060038054610ee690612678565b80601f0160208091040260200160405190810160405280929190818152602001828054610f1290612678565b8015610f5d5780601f10610f3457610100808354040283529160200191610f5d565b820191905f5260205f20905b815481529060010190602001808311610f4057829003601f168201915b5050505050905090565b5f5f610f7283611596565b80549091505f9063ffffffff90811614610fd357815460048054610fce9263ffffffff16908110610fa557610fa561263d565b5f918252602090912060059091020160040154600160801b900460401c6001600160401b031690565b610fd5565b5f5b60048301546001600160401b0391821692505f91610ffb91600160801b90041642612617565b611005908361262a565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316811161103d578061105f565b7f00000000000000000000000000000000000000000000000000000000000000005b95945050505050565b5f5f61107c836001600160801b0316611c72565b90507f00000000000000000000000000000000000000000000000000000000000000008111156110e85760405163a112da0d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610746565b6111427f00000000000000000000000000000000000000000000000000000000000000006001600160801b03167f000000000000000000000000000000000000000000000000000000000000000063ffffffff1683611cdb565b9392505050565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915261118a82611596565b6040805160e081018252825463ffffffff811682526001600160a01b03600160201b909104811660208301526001840154169181019190915260028201546001600160801b0390811660608301526003830154608083015260049092015480831660a0830152600160801b900490911660c082015292915050565b5f5f5460ff16600281111561121c5761121c6122c4565b1461123a5760405163067fe19560e41b815260040160405180910390fd5b5f61124487611596565b60048101549091506001600160801b03165f61125f82611c72565b90507f000000000000000000000000000000000000000000000000000000000000000081146112ca57604051635e01906d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610746565b8254600160201b90046001600160a01b0316156112fd57604051630fec39ff60e41b8152600481018a9052602401610746565b5f8981526002602052604090205460ff161561132f5760405163d7432b2760e01b8152600481018a9052602401610746565b5f61133983611d52565b90505f5f8a156113ff5761138d7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000612617565b60019081901b906113a99087901b6002600160801b0316611da3565b6113b391906126c4565b5f036113cc576113c5838d8c8c611dc2565b91506113f8565b6113f16113e360016001600160801b0388166126d7565b875463ffffffff165f611ed5565b6003015491505b5084611420565b6003860154915061141d6113e36001600160801b03871660016126f6565b90505b604051636ee02ce960e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636ee02ce99061147790600390889088908f908f9060040161273d565b602060405180830381865afa158015611492573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114b6919061280b565b600383015460048401549192508214905f906002906114dd906001600160801b0316611c72565b6114e79089612617565b6114f191906126c4565b15905081151581036115195760405163134a21e760e01b815260048101849052602401610746565b33895f0160046101000a8154816001600160a01b0302191690836001600160a01b03160217905550336001600160a01b03168f7f450217cd86f019f10e7c5095bb668aecd980703740daeebe8cfad2e51c8d21e28560405161157d91815260200190565b60405180910390a3505050505050505050505050505050565b6004545f9082106115c5576004805460405163fc6e9ecf60e01b81529182018490526024820152604401610746565b600482815481106115d8576115d861263d565b905f5260205f2090600502019050919050565b6001600160a01b0382165f908152600160205260408120805483929061161290849061262a565b90915550505050565b5f5f5460ff166002811115611632576116326122c4565b146116505760405163067fe19560e41b815260040160405180910390fd5b5f61165a87611596565b90508781600301541461169057600381015460405163021cf32960e11b8152610746918a91600401918252602082015260400190565b60048101545f906116aa906001600160801b031687611f91565b90505f6116bf826001600160801b0316611c72565b905086158015611700575088158061170057506116fd7f0000000000000000000000000000000000000000000000000000000000000000600261262a565b81145b1561171e576040516329098def60e21b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000008111156117885760405163a112da0d60e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610746565b6117b37f0000000000000000000000000000000000000000000000000000000000000000600161262a565b81036117dc57856117d75760405163ea1f782160e01b815260040160405180910390fd5b6117fe565b85156117fe57604051634cdae21d60e01b815260048101829052602401610746565b5f61180883611068565b90508034146118335760405163058b312960e51b815234600482015260248101829052604401610746565b5f61183d8b610f67565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160401b0316816001600160401b03160361189157604051630ce0744560e21b815260040160405180910390fd5b5f6118bd60017f0000000000000000000000000000000000000000000000000000000000000000612617565b8414806118f357506118f060017f0000000000000000000000000000000000000000000000000000000000000000612617565b84145b61191d577f0000000000000000000000000000000000000000000000000000000000000000611948565b6119487f00000000000000000000000000000000000000000000000000000000000000006002612822565b9050611974817f0000000000000000000000000000000000000000000000000000000000000000612844565b6001600160401b0316826001600160401b031611156119ba576119b7817f0000000000000000000000000000000000000000000000000000000000000000612844565b91505b5f611a018c878f604080516020808201959095526001600160801b039390931683820152606080840192909252805180840390920182526080909201909152805191012090565b5f8181526005602052604090205490915060ff1615611a4c5760405163816fef0760e01b8152600481018d90526001600160801b0387166024820152604481018e9052606401610746565b8915611a6057611a608c8e888e8d8d611fc7565b600160055f8381526020019081526020015f205f6101000a81548160ff02191690831515021790555060046040518060e001604052808f63ffffffff1681526020015f6001600160a01b03168152602001336001600160a01b03168152602001346001600160801b031681526020018e8152602001886001600160801b03168152602001611b0e86426001600160401b031660409190911b6fffffffffffffffff0000000000000000161790565b6001600160801b039081169091528254600180820185555f9485526020808620855160059094020180549186015163ffffffff9094166001600160c01b031990921691909117600160201b6001600160a01b0394851602178155604085015181830180546001600160a01b031916919094161790925560608401516002830180546fffffffffffffffffffffffffffffffff19169185169190911790556080840151600383015560a084015160c090940151938316600160801b94909316939093029190911760049182015554611be59190612617565b905060065f8f81526020019081526020015f2081908060018154018082558091505060019003905f5260205f20015f9091909190915055336001600160a01b03168d8f7fef3f4c4d42750e7dfb3b95028f7beb18d1449ca1fe754e3eaf1e693956f2be8a84604051611c5991815260200190565b60405180910390a4505050505050505050505050505050565b60016001600160801b039091166001600160401b03811160061b90811c63ffffffff811160051b90811c61ffff811160041b90811c60ff8111600390811b91821c600f811160021b90811c918211871b91821c9690961193909417919091171792909217171790565b825f611ce98461271061262a565b90505f5b83811015611d30576001600160801b03831115611d0f575f1992505050611142565b612710611d1c8385612863565b611d26919061287a565b9250600101611ced565b506001600160801b03821115611d4a575f19915050611142565b509392505050565b5f610d487f0000000000000000000000000000000000000000000000000000000000000000611d89846001600160801b0316611c72565b611d939190612617565b6001600160801b0384811690911c165b5f6001600160801b038216611db783611c72565b6001901b1892915050565b5f808515611e1257611e09611e017f0000000000000000000000000000000000000000000000000000000000000000611dfc60018a612617565b61212a565b866001611ed5565b60030154611e34565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516358ee5f7160e11b81529091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063b1dcbee290611e8c906003908a9086908a908a9060040161273d565b602060405180830381865afa158015611ea7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ecb919061280b565b9695505050505050565b5f5f82611f1457611f0f6001600160801b0386167f000000000000000000000000000000000000000000000000000000000000000061216d565b611f26565b611f26856001600160801b03166121dc565b905060048481548110611f3b57611f3b61263d565b905f5260205f20906005020191505b60048201546001600160801b03828116911614611d4a57815460048054909163ffffffff16908110611f7e57611f7e61263d565b905f5260205f2090600502019150611f4a565b5f81611fac5760016002600160801b0384168117901b611142565b505060011b7001fffffffffffffffffffffffffffffffe1690565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663e934149f600361200288611d52565b8a87876040518663ffffffff1660e01b815260040161202595949392919061273d565b602060405180830381865afa158015612040573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612064919061280b565b90505f612089600187901c6f7fffffffffffffffffffffffffffffff16886001611ed5565b90505f85806120e457506120be60027f00000000000000000000000000000000000000000000000000000000000000006126c4565b60048301546002906120d8906001600160801b0316611c72565b6120e291906126c4565b145b600383015490915083148115150361211f5760038201546040516379ad912560e01b8152610746918591600401918252602082015260400190565b505050505050505050565b5f607e83118061213b575081831c15155b1561216357604051637cdcced360e01b81526004810184905260248101839052604401610746565b50600190911b1790565b5f5f61217884611c72565b90508281116121a45760405163ee1b126960e01b81526004810182905260248101849052604401610746565b6121ad846121dc565b9150826121b983611c72565b116121d5576121d2826121cd85600161262a565b612230565b91505b5092915050565b5f6001600160801b038216816121f382600161262a565b82191690505f608082901c5f036122155761220d82611c72565b83901c612217565b5f5b90508015612225578061105f565b600195945050505050565b5f5f61223b84611c72565b9050607e83118061224b57508083105b156122735760405163063e239960e21b81526004810182905260248101849052604401610746565b5f61227e8285612617565b905061228d600180831b612617565b6001600160801b03861690911b1791505092915050565b5f5f604083850312156122b5575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b60208101600383106122f857634e487b7160e01b5f52602160045260245ffd5b91905290565b5f6020828403121561230e575f5ffd5b5035919050565b80358015158114612324575f5ffd5b919050565b5f5f83601f840112612339575f5ffd5b5081356001600160401b0381111561234f575f5ffd5b602083019150836020828501011115612366575f5ffd5b9250929050565b5f5f5f5f5f5f60a08789031215612382575f5ffd5b8635955060208701359450604087013593506123a060608801612315565b925060808701356001600160401b038111156123ba575f5ffd5b6123c689828a01612329565b979a9699509497509295939492505050565b5f602082840312156123e8575f5ffd5b81356001600160a01b0381168114611142575f5ffd5b5f5f5f5f60808587031215612411575f5ffd5b84359350602085013592506040850135915061242f60608601612315565b905092959194509250565b5f60e08201905060ff835116825260ff60208401511660208301526001600160401b0360408401511660408301526001600160401b0360608401511660608301526001600160801b03608084015116608083015260a08301516124a560a084018263ffffffff169052565b5060c08301516121d560c08401826001600160401b03169052565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215612505575f5ffd5b81356001600160801b0381168114611142575f5ffd5b5f60e08201905063ffffffff835116825260018060a01b03602084015116602083015260018060a01b0360408401511660408301526001600160801b036060840151166060830152608083015160808301526001600160801b0360a08401511660a083015260c08301516121d560c08401826001600160801b03169052565b5f5f5f5f5f5f608087890312156125af575f5ffd5b863595506125bf60208801612315565b945060408701356001600160401b038111156125d9575f5ffd5b6125e589828a01612329565b90955093505060608701356001600160401b038111156123ba575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610d4857610d48612603565b80820180821115610d4857610d48612603565b634e487b7160e01b5f52603260045260245ffd5b5f5f8585111561265f575f5ffd5b8386111561266b575f5ffd5b5050820193919092039150565b600181811c9082168061268c57607f821691505b6020821081036126aa57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601260045260245ffd5b5f826126d2576126d26126b0565b500690565b6001600160801b038281168282160390811115610d4857610d48612603565b6001600160801b038181168382160190811115610d4857610d48612603565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b608081525f5f87545f8160011c9050600182168061275c57607f821691505b60208210810361277a57634e487b7160e01b5f52602260045260245ffd5b6080860182905260a0860181801561279957600181146127af576127db565b60ff198516825283151560051b820195506127db565b5f8d8152602090205f5b858110156127d5578154848201526001909101906020016127b9565b83019650505b505050505086602084015285604084015282810360608401526127ff818587612715565b98975050505050505050565b5f6020828403121561281b575f5ffd5b5051919050565b6001600160401b0381811683821602908116908181146121d5576121d5612603565b6001600160401b038281168282160390811115610d4857610d48612603565b8082028115828204841417610d4857610d48612603565b5f82612888576128886126b0565b50049056ef3f4c4d42750e7dfb3b95028f7beb18d1449ca1fe754e3eaf1e693956f2be8a",
}

// DisputeGameFactory is an auto generated Go binding around an Ethereum contract.
type DisputeGameFactory struct {
	abi abi.ABI
}

// NewDisputeGameFactory creates a new instance of DisputeGameFactory.
func NewDisputeGameFactory() *DisputeGameFactory {
	parsed, err := DisputeGameFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeGameFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeGameFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address rollup_, address vm_, (uint8,uint8,uint64,uint64,uint128,uint32,uint64) cfg) returns()
func (disputeGameFactory *DisputeGameFactory) PackConstructor(rollup_ common.Address, vm_ common.Address, cfg IDisputeGameGameConfig) []byte {
	enc, err := disputeGameFactory.abi.Pack("", rollup_, vm_, cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45f4251c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function create(bytes record, bytes setupData, address proposer, address challenger, bytes32 challengerClaim) payable returns(address game)
func (disputeGameFactory *DisputeGameFactory) PackCreate(record []byte, setupData []byte, proposer common.Address, challenger common.Address, challengerClaim [32]byte) []byte {
	enc, err := disputeGameFactory.abi.Pack("create", record, setupData, proposer, challenger, challengerClaim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45f4251c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function create(bytes record, bytes setupData, address proposer, address challenger, bytes32 challengerClaim) payable returns(address game)
func (disputeGameFactory *DisputeGameFactory) TryPackCreate(record []byte, setupData []byte, proposer common.Address, challenger common.Address, challengerClaim [32]byte) ([]byte, error) {
	return disputeGameFactory.abi.Pack("create", record, setupData, proposer, challenger, challengerClaim)
}

// UnpackCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45f4251c.
//
// Solidity: function create(bytes record, bytes setupData, address proposer, address challenger, bytes32 challengerClaim) payable returns(address game)
func (disputeGameFactory *DisputeGameFactory) UnpackCreate(data []byte) (common.Address, error) {
	out, err := disputeGameFactory.abi.Unpack("create", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDisputeVM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb40e98c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeVM() view returns(address)
func (disputeGameFactory *DisputeGameFactory) PackDisputeVM() []byte {
	enc, err := disputeGameFactory.abi.Pack("disputeVM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeVM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb40e98c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeVM() view returns(address)
func (disputeGameFactory *DisputeGameFactory) TryPackDisputeVM() ([]byte, error) {
	return disputeGameFactory.abi.Pack("disputeVM")
}

// UnpackDisputeVM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb40e98c.
//
// Solidity: function disputeVM() view returns(address)
func (disputeGameFactory *DisputeGameFactory) UnpackDisputeVM(data []byte) (common.Address, error) {
	out, err := disputeGameFactory.abi.Unpack("disputeVM", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGameAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d334c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameAt(uint256 i) view returns(address)
func (disputeGameFactory *DisputeGameFactory) PackGameAt(i *big.Int) []byte {
	enc, err := disputeGameFactory.abi.Pack("gameAt", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26d334c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameAt(uint256 i) view returns(address)
func (disputeGameFactory *DisputeGameFactory) TryPackGameAt(i *big.Int) ([]byte, error) {
	return disputeGameFactory.abi.Pack("gameAt", i)
}

// UnpackGameAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26d334c7.
//
// Solidity: function gameAt(uint256 i) view returns(address)
func (disputeGameFactory *DisputeGameFactory) UnpackGameAt(data []byte) (common.Address, error) {
	out, err := disputeGameFactory.abi.Unpack("gameAt", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGameConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1176829d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameConfig() view returns((uint8,uint8,uint64,uint64,uint128,uint32,uint64))
func (disputeGameFactory *DisputeGameFactory) PackGameConfig() []byte {
	enc, err := disputeGameFactory.abi.Pack("gameConfig")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1176829d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameConfig() view returns((uint8,uint8,uint64,uint64,uint128,uint32,uint64))
func (disputeGameFactory *DisputeGameFactory) TryPackGameConfig() ([]byte, error) {
	return disputeGameFactory.abi.Pack("gameConfig")
}

// UnpackGameConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1176829d.
//
// Solidity: function gameConfig() view returns((uint8,uint8,uint64,uint64,uint128,uint32,uint64))
func (disputeGameFactory *DisputeGameFactory) UnpackGameConfig(data []byte) (IDisputeGameGameConfig, error) {
	out, err := disputeGameFactory.abi.Unpack("gameConfig", data)
	if err != nil {
		return *new(IDisputeGameGameConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(IDisputeGameGameConfig)).(*IDisputeGameGameConfig)
	return out0, nil
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) PackGameCount() []byte {
	enc, err := disputeGameFactory.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) TryPackGameCount() ([]byte, error) {
	return disputeGameFactory.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := disputeGameFactory.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd94842d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initBond() view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) PackInitBond() []byte {
	enc, err := disputeGameFactory.abi.Pack("initBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd94842d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initBond() view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) TryPackInitBond() ([]byte, error) {
	return disputeGameFactory.abi.Pack("initBond")
}

// UnpackInitBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd94842d.
//
// Solidity: function initBond() view returns(uint256)
func (disputeGameFactory *DisputeGameFactory) UnpackInitBond(data []byte) (*big.Int, error) {
	out, err := disputeGameFactory.abi.Unpack("initBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (disputeGameFactory *DisputeGameFactory) PackRollup() []byte {
	enc, err := disputeGameFactory.abi.Pack("rollup")
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
func (disputeGameFactory *DisputeGameFactory) TryPackRollup() ([]byte, error) {
	return disputeGameFactory.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (disputeGameFactory *DisputeGameFactory) UnpackRollup(data []byte) (common.Address, error) {
	out, err := disputeGameFactory.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// DisputeGameFactoryGameCreated represents a GameCreated event raised by the DisputeGameFactory contract.
type DisputeGameFactoryGameCreated struct {
	Game       common.Address
	RecordHash [32]byte
	RootClaim  [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameFactoryGameCreatedEventName = "GameCreated"

// ContractEventName returns the user-defined event name.
func (DisputeGameFactoryGameCreated) ContractEventName() string {
	return DisputeGameFactoryGameCreatedEventName
}

// UnpackGameCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameCreated(address indexed game, bytes32 indexed recordHash, bytes32 rootClaim)
func (disputeGameFactory *DisputeGameFactory) UnpackGameCreatedEvent(log *types.Log) (*DisputeGameFactoryGameCreated, error) {
	event := "GameCreated"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGameFactory.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameFactoryGameCreated)
	if len(log.Data) > 0 {
		if err := disputeGameFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGameFactory.abi.Events[event].Inputs {
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
func (disputeGameFactory *DisputeGameFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGameFactory.abi.Errors["NotRollup"].ID.Bytes()[:4]) {
		return disputeGameFactory.UnpackNotRollupError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeGameFactoryInvalidConfig represents a InvalidConfig error raised by the DisputeGameFactory contract.
type DisputeGameFactoryInvalidConfig struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string field)
func DisputeGameFactoryInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string field)
func (disputeGameFactory *DisputeGameFactory) UnpackInvalidConfigError(raw []byte) (*DisputeGameFactoryInvalidConfig, error) {
	out := new(DisputeGameFactoryInvalidConfig)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameFactoryNotRollup represents a NotRollup error raised by the DisputeGameFactory contract.
type DisputeGameFactoryNotRollup struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRollup(address caller)
func DisputeGameFactoryNotRollupErrorID() common.Hash {
	return common.HexToHash("0x8fe3dc5304c5cf10f2a6a5093c886f1a35fc4acb6e8f5e7a9f5967d58f90484f")
}

// UnpackNotRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRollup(address caller)
func (disputeGameFactory *DisputeGameFactory) UnpackNotRollupError(raw []byte) (*DisputeGameFactoryNotRollup, error) {
	out := new(DisputeGameFactoryNotRollup)
	if err := disputeGameFactory.abi.UnpackIntoInterface(out, "NotRollup", raw); err != nil {
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
	Bin: "0x6080604052348015600e575f5ffd5b5061482a8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063ccb2a97e1461002d575b5f5ffd5b61004061003b366004614242565b610059565b6040805192835260208301919091520160405180910390f35b5f5f5f610067878786610215565b90508060200151816101a00151036100b457806101a001516001826020015161009091906142d4565b6040516329ded1a760e11b81526004016100ab9291906142e7565b60405180910390fd5b6100ca6100c4602086018661430f565b8261076c565b9250610101876100e06040870160208801614335565b63ffffffff166100f3602088018861430f565b6001600160401b031661090d565b6102208401526102008301526101e0820181905261011e81611130565b61015a5761012f602086018661430f565b604051631a46e91f60e11b81526001600160401b0390911660048201525f60248201526044016100ab565b600681036101715761016c8286611145565b6101e7565b600781036101835761016c8286611401565b600881036101955761016c82866115d1565b600981036101a75761016c828661165d565b600a81036101b95761016c82866116f4565b600b81036101cb5761016c828661188b565b600c81036101dd5761016c8286611976565b6101e78286611afa565b6102086101f7602087018761430f565b610202906001614358565b8361076c565b9250505094509492505050565b61021d61414e565b61022684611c1d565b6102336020850185614335565b63ffffffff16815261024b6040850160208601614335565b63ffffffff1660208201526102666060850160408601614335565b63ffffffff1660408201526102816080850160608601614335565b63ffffffff16606082015261029c60a0850160808601614335565b63ffffffff1660808201526102b760c0850160a08601614335565b63ffffffff1660a08201526102d260e0850160c08601614335565b63ffffffff1660c08201526102ee610100850160e08601614335565b63ffffffff1660e082015261030b61016085016101408601614335565b63ffffffff1661010082015260408101518151610328919061438b565b6101208201819052606082015161033f919061439e565b610140808301919091526103649061035d9086016101208701614335565b6020612088565b6101608201526101c081018390526103826040830160208401614335565b63ffffffff1661018082015261039e6060830160408401614335565b63ffffffff166101a082015260c0810151610180820151106103e0578061018001518160c001516040516329ded1a760e11b81526004016100ab9291906143b5565b8060200151816101a00151111561041757806101a0015181602001516040516329ded1a760e11b81526004016100ab9291906142e7565b8060200151816101a00151148015610443575060c08101516101808201516104409060016143dd565b10155b15610479576101808101516104599060016143dd565b8160c001516040516329ded1a760e11b81526004016100ab9291906143b5565b602081015161048c6102c08401846143f0565b9050146104eb576104a16102c08301836143f0565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a40190506100ab565b6104f96103608301836143f0565b90505f0361051f575f6001604051637037f67360e11b81526004016100ab92919061443c565b5f61052d6020860186614335565b61053d6040870160208801614335565b61054d6060880160408901614335565b61055d6080890160608a01614335565b61056d60a08a0160808b01614335565b61057d60c08b0160a08c01614335565b61058d60e08c0160c08d01614335565b61059e6101008d0160e08e01614335565b6105b06101208e016101008f01614335565b8d6101200160208101906105c49190614335565b8e6101400160208101906105d89190614335565b8f61016001356040516020016105f99c9b9a99989796959493929190614481565b60408051601f1981840301815291905280516020909101209050366106226103608501856143f0565b5f81811061063257610632614545565b90506020028101906106449190614559565b9050610653602082018261430f565b6001600160401b03161515806106875750610675610670876121d0565b61236e565b61068260408301836143f0565b905014155b806106a85750846106a5835f6106a060408601866143f0565b612391565b14155b156106c9576040516308a691e960e31b8152600481018690526024016100ab565b5f5b6013811015610712578460600181601381106106e9576106e9614545565b6020020135846102400151826013811061070557610705614545565b60200201526001016106cb565b506107216102c08501856143f0565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102e09091013561028082015292915050565b60408051601380825261028082019092525f9182919060208201610260803683370190505090505f5b60138110156107df5783610240015181601381106107b5576107b5614545565b60200201518282815181106107cc576107cc614545565b6020908102919091010152600101610795565b505f836102600151516001600160401b038111156107ff576107ff614577565b604051908082528060200260200182016040528015610828578160200160208202803683370190505b5090505f5b815181101561087a57846102600151818151811061084d5761084d614545565b602002602001015182828151811061086757610867614545565b602090810291909101015260010161082d565b5084846101800151856101a001516108918561241e565b61089a8561241e565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c85015260308401526050830152607082015260900160405160208183030381529060405280519060200120925050505b92915050565b5f80808061092c6109216020890189614335565b63ffffffff16612540565b90505f61093f6060890160408a01614335565b61094c60208a018a614335565b610956919061458b565b63ffffffff1661096c60808a0160608b01614335565b63ffffffff1661097c919061439e565b60408051600a808252610160820190925291925087915f9160208201610140803683370190505090506109b28460015f5f612558565b815f815181106109c4576109c4614545565b6020026020010181815250506109de600160025f5f612558565b816001815181106109f1576109f1614545565b602002602001018181525050610a0a8460035f5f612558565b81600281518110610a1d57610a1d614545565b602002602001018181525050610a3784600460015f612558565b81600381518110610a4a57610a4a614545565b602002602001018181525050610a8a8a5f016020810190610a6b9190614335565b63ffffffff165f610a7f60208e018e614335565b63ffffffff16612574565b81600481518110610a9d57610a9d614545565b602002602001018181525050610ac18360018c5f016020810190610a7f9190614335565b81600581518110610ad457610ad4614545565b602002602001018181525050610af88360028c5f016020810190610a7f9190614335565b81600681518110610b0b57610b0b614545565b6020908102919091010152610b39610b2960608c0160408d01614335565b63ffffffff1660065f6001612558565b81600781518110610b4c57610b4c614545565b6020908102919091010152610b7a610b6a60808c0160608d01614335565b63ffffffff166006600180612558565b81600881518110610b8d57610b8d614545565b602002602001018181525050610ba7600160075f5f612558565b81600981518110610bba57610bba614545565b6020026020010181815250505f610bd1828a6125ec565b9c50919a509850965090508015610bec575050505050611127565b5f610bf88b60016143dd565b90505f610c0482612540565b90505f610c1282600261439e565b610c1d84600261439e565b610c2791906143dd565b610c329060026143dd565b90508d6040016020810190610c479190614335565b610c579063ffffffff168261439e565b8c1015610d5b575f610c69828e61438b565b9050610c75828e6145b2565b9c50838d1015610c965760089b5099508b9850611127975050505050505050565b610ca0848e6142d4565b9c508c5f03610cc05760099b5099505f9850611127975050505050505050565b610ccb60018e6142d4565b9c50828d1015610ced57600a8d5f9b509b509b50505050505050505050611127565b610cf7838e6142d4565b9c50828d1015610d1957600b8d5f9b509b509b50505050505050505050611127565b610d23838e6142d4565b9c50838d1015610d4457600c9b5099508b9850611127975050505050505050565b600d9b5099505f9850611127975050505050505050565b8d6040016020810190610d6e9190614335565b610d7e9063ffffffff168261439e565b610d88908d6142d4565b9b505f9250600d9150610d989050565b604051908082528060200260200182016040528015610dc1578160200160208202803683370190505b509050610dd286600460055f612558565b815f81518110610de457610de4614545565b602002602001018181525050610e1f8c5f016020810190610e059190614335565b63ffffffff1660038e5f016020810190610a7f9190614335565b81600181518110610e3257610e32614545565b602002602001018181525050610e4b86600e5f5f612558565b81600281518110610e5e57610e5e614545565b602002602001018181525050610e778660015f5f612558565b81600381518110610e8a57610e8a614545565b602002602001018181525050610ea4600160025f5f612558565b81600481518110610eb757610eb7614545565b602002602001018181525050610ed186600360015f612558565b81600581518110610ee457610ee4614545565b602002602001018181525050610efe86600460015f612558565b81600681518110610f1157610f11614545565b6020908102919091010152610f49610f2f60a08e0160808f01614335565b63ffffffff1660048e5f016020810190610a7f9190614335565b81600781518110610f5c57610f5c614545565b6020908102919091010152610f94610f7a60a08e0160808f01614335565b63ffffffff1660058e5f016020810190610a7f9190614335565b81600881518110610fa757610fa7614545565b602002602001018181525050610fd5610fcc8d60800160208101906109219190614335565b600f5f5f612558565b81600981518110610fe857610fe8614545565b60200260200101818152505061101761100d8d60800160208101906109219190614335565b600460065f612558565b81600a8151811061102a5761102a614545565b6020026020010181815250506110668c5f01602081019061104b9190614335565b63ffffffff1660068e6080016020810190610a7f9190614335565b81600b8151811061107957611079614545565b60200260200101818152505061109286600e5f5f612558565b81600c815181106110a5576110a5614545565b6020026020010181815250506110bb818b6125ec565b9d50919b5099509750915081156110d757505050505050611127565b895f036110f2575f5f5f985098509850505050505050611127565b836110fd8b826142d4565b604051631a46e91f60e11b81526001600160401b03909216600483015260248201526044016100ab565b93509350939050565b5f60068210158015610907575050600d101590565b5f8261020001515f1461115957600361115c565b60025b90505f5f6111c8845f8561117089886126f5565b8961012001518a6102200151611186919061439e565b6101208b01516102208c015161119d9060016143dd565b6111a7919061439e565b8b61024001518a601381106111be576111be614545565b602002015161281c565b90925090506111db6103608501856143f0565b905060021461120f576111f26103608501856143f0565b604051637037f67360e11b81526100ab925060029060040161443c565b5f60028660e00151611221919061438b565b90505f611287876112366103608901896143f0565b600181811061124757611247614545565b90506020028101906112599190614559565b61126b8a60055f8d6101800151612b04565b61127686600861439e565b6112826106708d612dba565b612e83565b90505f61129584602061439e565b8861012001518961022001516112ab919061439e565b6112b591906142d4565b90505f5b838110156113cf575f806113376112ed896112d586600261439e565b6112df90886143dd565b60021b016020015160e01d90565b6113118a6112fc87600261439e565b61130690896143dd565b6112df9060016143dd565b611324888760021b016020015160e01d90565b611332896112df898d6143dd565b612f98565b909250905061137b8861134b85600261439e565b61135590876143dd565b60021b0160200180516001600160e01b03166001600160e01b031960e086901b16179052565b6113c58861138a85600261439e565b61139490876143dd565b61139f9060016143dd565b60021b0160200180516001600160e01b03166001600160e01b031960e085901b16179052565b50506001016112b9565b506113db875f87613028565b88610240015187601381106113f2576113f2614545565b60200201525050505050505050565b61140f6103808201826143f0565b9050600114611443576114266103808201826143f0565b604051637037f67360e11b81526100ab92506001906004016145c5565b366114526103808301836143f0565b5f81811061146257611462614545565b90506020028101906114749190614559565b61018084015190915061148a602083018361430f565b6001600160401b03161415806114ad57506114a860208201826145e6565b151590505b806114d257506114c08360c0015161236e565b6114cd60408301836143f0565b905014155b156114f2575f604051630b28d38960e31b81526004016100ab9190614628565b826102600151836101a001518151811061150e5761150e614545565b60200260200101516115325f5f1b8561018001518480604001906106a091906143f0565b14611552575f604051630b28d38960e31b81526004016100ab9190614628565b6102408301516060808201516080909201516040805160208101949094528301526115a49101604051602081830303815290604052805190602001208461018001518380604001906106a091906143f0565b836102600151846101a00151815181106115c0576115c0614545565b602002602001018181525050505050565b5f6115f183835f600d60208861022001516115ec919061438b565b6130b3565b905061164c81602085610220015161160991906145b2565b6116216116168787613367565b8761012001516134ca565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b61165883835f84613606565b505050565b5f61166b83835f600d613690565b90505f61167c848460016010613690565b9050637fffffff195f5b85610180015181116116c5575f6116a6858360021b016020015160e01d90565b9050828113156116b4578092505b506116be81614657565b9050611686565b50606082018190525f60808301526116df856010846137ea565b61024086015160105b60200201525050505050565b61170782825f600d8661020001516130b3565b505f6117176103008301836143f0565b5f81811061172757611727614545565b9050602002810190611739919061466f565b6117479060408101906145e6565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250610200880151949550936117969350879250869150600190600e906130b3565b90505f6117a685855f6010613690565b60608101516080820151919250905f5b600485516117c4919061438b565b811015611854575f8189610200015160206117df919061439e565b6117e991906143dd565b90505f89610180015182116118235761181461180e898560021b016020015160e01d90565b86613903565b90506118208185614683565b93505b600283901b870160200180516001600160e01b03166001600160e01b031960e084901b1617905250506001016117b6565b506118628787600187613606565b60808301819052611875876010856137ea565b6102408801516010602002015250505050505050565b5f61189f83835f600d8761020001516130b3565b90505f6118b684846001600e8861020001516130b3565b90505f6118d06118c986865f6010613690565b6080015190565b90505f5b600484516118e2919061438b565b81101561196257856101800151818761020001516020611902919061439e565b61190c91906143dd565b116119625761195a848261193261192c878660021b016020015160e01d90565b8661392e565b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b6001016118d4565b5061196f85855f86613606565b5050505050565b6102208201515f61199e611993858584600d6115ec60208961438b565b6112df6020856145b2565b90505f6119ae85855f600f613690565b90505f6119bd86865f8761396f565b9150505f866060015187604001516119d5919061438b565b8761020001516119e5919061438b565b90505f5f611a28885f60048c61014001518d610120015188611a07919061439e565b6101208f0151611a188a60016143dd565b611a22919061439e565b8a61281c565b90925090505f611a3982602061439e565b6101208b0151611a49908661439e565b611a5391906142d4565b90505f5b8a6101200151811015611ad457611acc8782611a77876112df83886143dd565b611a81908c6146aa565b611a948b8660031b016020015160c01d90565b611a9e9190614683565b8160031b60208401016001600160401b03821660c01b6001600160401b0360c01b1982511617815250505050565b600101611a57565b50611ae18a600f886137ea565b6102408b0151600f602002015250505050505050505050565b5f611b0883835f600f613690565b90505f5f611b5b845f6005885f01518961012001518a6102000151611b2d919061439e565b6101208b01516102008c0151611b449060016143dd565b611b4e919061439e565b6102408c015160056111be565b90925090505f611b6c82602061439e565b866101200151876102000151611b82919061439e565b611b8c91906142d4565b90505f5b866101200151811015611be557611bc684611bab83856143dd565b611621611bc1898660031b016020015160c01d90565b613b4c565b600381901b850160200180516001600160c01b03169052600101611b90565b50611bf286600f866137ea565b6102408701516101e00152611c08855f85613028565b61024087015160056020020152505050505050565b611c2a6020820182614335565b63ffffffff161580611c5857506020611c4582820183614335565b611c4f91906146d9565b63ffffffff1615155b15611c8c576040516389a6198960e01b815260206004820152600360248201526264696d60e81b60448201526064016100ab565b611c9c6040820160208301614335565b63ffffffff165f03611cda576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b60448201526064016100ab565b611cea6060820160408301614335565b63ffffffff161580611d275750611d076060820160408301614335565b611d146020830183614335565b611d1e91906146d9565b63ffffffff1615155b15611d5d576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b60448201526064016100ab565b6002611d6f6060830160408401614335565b611d7c6020840184614335565b611d86919061458b565b611d9091906146d9565b63ffffffff1615611dce576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b60448201526064016100ab565b611dde6080820160608301614335565b63ffffffff161580611e1e5750611dfb6080820160608301614335565b611e0b6060830160408401614335565b611e1591906146d9565b63ffffffff1615155b15611e56576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b60448201526064016100ab565b611e6660a0820160808301614335565b63ffffffff161580611e9857506020611e8560a0830160808401614335565b611e8f91906146d9565b63ffffffff1615155b15611ece576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b60448201526064016100ab565b611ede60c0820160a08301614335565b63ffffffff165f03611f1b576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b60448201526064016100ab565b611f2b60e0820160c08301614335565b63ffffffff165f03611f6a576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b60448201526064016100ab565b611f7b610100820160e08301614335565b63ffffffff161580611fae57506002611f9b610100830160e08401614335565b611fa591906146d9565b63ffffffff1615155b80611ffa5750611fc46060820160408301614335565b611fd16020830183614335565b611fdb919061458b565b63ffffffff16611ff2610100830160e08401614335565b63ffffffff16115b15612033576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b60448201526064016100ab565b600161204761016083016101408401614335565b63ffffffff161115612085576040516389a6198960e01b81526004016100ab906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff8516908290036120d8576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b60448201526064016100ab565b5f82156120f1576120ec8262800000614683565b6120f3565b815b90505f831561210c57612107609685614700565b612110565b6094195b90505f61211d8783614683565b9050825f03612133575f95505050505050610907565b5f811261218457602681131561217a576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b60448201526064016100ab565b82811b95506121aa565b6019198113612195575f95506121aa565b6121a7836121a28361471f565b613b57565b95505b6001601f89901c811690036121c5576121c28661471f565b95505b505050505092915050565b5f806121e26109216020850185614335565b90505f6121f56060850160408601614335565b6122026020860186614335565b61220c919061458b565b63ffffffff166122226080860160608701614335565b63ffffffff16612232919061439e565b90505f61224560a0860160808701614335565b6122569063ffffffff16600261439e565b61226183600261439e565b61226e6020880188614335565b61227f9063ffffffff16600361439e565b61228a86600261439e565b61229491906143dd565b61229e91906143dd565b6122a891906143dd565b90505f6122bb60e0870160c08801614335565b63ffffffff1684836122d360408a0160208b01614335565b63ffffffff166122e3919061439e565b6122f360c08a0160a08b01614335565b6123049063ffffffff1660016143dd565b61230e91906143dd565b61231891906143dd565b61232291906143dd565b905061233661016087016101408801614335565b63ffffffff165f036123655761235260c0870160a08801614335565b6123629063ffffffff16826143dd565b90505b95945050505050565b5f5b81816001901b101561238c5761238581614657565b9050612370565b919050565b5f81610100811080156123a5575084811c15155b156123cd576040516394666f0d60e01b815260048101869052602481018290526044016100ab565b859150838160051b81015b80821015612413576001871660051b823580861715158683528160208418528060405f200296505050508660011c96506020820191506123d8565b505050949350505050565b80515f9080820361243157505f92915050565b600181111561251e575f60026124488360016143dd565b612452919061438b565b90505f5b81811015612516575f8361246b83600261439e565b6124769060016143dd565b10612481575f6124b1565b8561248d83600261439e565b6124989060016143dd565b815181106124a8576124a8614545565b60200260200101515b90506124f0866124c284600261439e565b815181106124d2576124d2614545565b6020026020010151825f828152602082905260409020911715150290565b86838151811061250257612502614545565b602090810291909101015250600101612456565b509050612431565b825f8151811061253057612530614545565b6020026020010151915050919050565b5f602061254e83601f6143dd565b610907919061438b565b604084901b602084901b17600883901b1781175b949350505050565b5f80608060018161258660208761438b565b61259091906143dd565b61259a91906142d4565b6125a4919061438b565b9050600181116125c4576125bc856005866001612558565b9150506125e5565b602881901b6125e06125d6838861439e565b6010876002612558565b179150505b9392505050565b5f5f5f5f5f5f5b87518110156126da575f88828151811061260f5761260f614545565b602002602001015190505f604082901c9050808910156126c15760ff602083901c8116975061ffff600884901c16908316600281900361268d575f602885901c62ffffff16905060018a6008838f61266791906145b2565b901b8517838f612677919061438b565b5f9a509a509a509a509a505050505050506126eb565b806001036126ab57506001985095508894505f93506126eb92505050565b506001985089965094505f93506126eb92505050565b6126cb818a6142d4565b985050508060010190506125f3565b505f5f5f5f89945094509450945094505b9295509295909350565b5f8115806127035750600182145b8061270e5750600282145b806127195750600582145b806127245750600882145b8061272f5750600982145b1561273c57508151610907565b600382148061274b5750600482145b1561275c5750610140820151610907565b600682148061276b5750600782145b806127765750600b82145b1561278657506080820151610907565b600a82036127a357825161279c9060209061438b565b9050610907565b600c82036127bc576020836080015161279c919061438b565b600d8214806127cb5750600e82145b156127db575060c0820151610907565b600f82036127ef5750610120820151610907565b60118203612802575060a0820151610907565b601282036128135750610100610907565b50603492915050565b60605f61282d6103408a018a6143f0565b90508810612891576128436103408a018a6143f0565b90506128508960016143dd565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a4016100ab565b5f61289d878787613ba8565b9050366128ae6103408c018c6143f0565b8b8181106128be576128be614545565b90506020028101906128d09190614739565b9050886128e0602083018361474d565b60ff1614158061290b5750602080830151906129029060408401908401614335565b63ffffffff1614155b8061292957508151612923606083016040840161474d565b60ff1614155b1561297e578961293c602083018361474d565b61294c6040840160208501614335565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff1660448201526064016100ab565b604082015161299060608301836145e6565b9050146129d557896129a560608301836145e6565b6040808601519051636a57042760e01b8152600481019490945260248401919091526044830152506064016100ab565b60608201516129e760808301836143f0565b9050141580612a63575084612a60612a4a612a0560608501856145e6565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052508993509150612a409050565b6020020151613cbd565b84516020860151901c6106a060808601866143f0565b14155b15612aa45760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b90526084016100ab565b612ab160608201826145e6565b836001602002015182828080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509299509297505050505050505097509795505050505050565b5f5f612b12865f0151612540565b90505f86608001516002612b26919061439e565b610140880151612b3790600261439e565b8851612b4490600361439e565b612b4f85600261439e565b612b5991906143dd565b612b6391906143dd565b612b6d91906143dd565b90505f81886101a00151612b81919061439e565b60a0890151612b919060016143dd565b612b9b91906143dd565b905060028703612c04578486600114612bb4575f612be6565b610140890151612bc590600261439e565b8951612bd290600261439e565b612bdc90866143dd565b612be691906143dd565b612bf090836143dd565b612bfa91906143dd565b935050505061256c565b60018703612c1757612bfa8560016143dd565b6004871480612c315750600387148015612c315750856007145b15612c9357876101000151600114612c88578483838a60200151612c55919061439e565b60a08b0151612c659060016143dd565b612c6f91906143dd565b612c7991906143dd565b612c8391906143dd565b612bfa565b612bfa8560016143dd565b60038703612d4d576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b88811015612d2b57818160078110612cfd57612cfd614545565b6020020151612d0c90846143dd565b925080600303612d2357612d2086846143dd565b92505b600101612ce3565b5086612d3783856143dd565b612d4191906143dd565b9550505050505061256c565b5f83838a60200151612d5f919061439e565b60a08b0151612d6f9060016143dd565b612d7991906143dd565b612d8391906143dd565b90508861010001515f03612da35760a0890151612da090826143dd565b90505b612dad86826143dd565b9998505050505050505050565b5f5f612dc8835f0151612540565b90505f8360c001518285608001516002612de2919061439e565b610140870151612df390600261439e565b8751612e0090600361439e565b612e0b87600261439e565b612e1591906143dd565b612e1f91906143dd565b612e2991906143dd565b8660200151612e38919061439e565b60a0870151612e489060016143dd565b612e5291906143dd565b612e5c91906143dd565b612e6691906143dd565b90508361010001515f036125e55760a084015161256c90826143dd565b606083612e93602087018761430f565b6001600160401b0316141580612eb7575082612eb260208701876145e6565b905014155b80612ed0575081612ecb60408701876143f0565b905014155b15612ef05783604051630b28d38960e31b81526004016100ab919061476d565b6101c0860151612f2d612f0660208801886145e6565b604051612f14929190614791565b6040518091039020868880604001906106a091906143f0565b14612f4d5783604051630b28d38960e31b81526004016100ab919061476d565b612f5a60208601866145e6565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f5f612fa386613cca565b612fac85613cca565b612fb584613cca565b612fbe83613cca565b612ffd565b5f81126320000000038101601e1d637fffffff19811215612fe65750637fffffff195b637fffffff81131561238c5750637fffffff919050565b61300c83860285880203612fc3565b915061301d84860284880201612fc3565b905094509492505050565b5f366130386103408601866143f0565b8581811061304857613048614545565b905060200281019061305a9190614739565b905061236561307b84613073606085016040860161474d565b60ff16613cbd565b61308b606084016040850161474d565b60ff1661309e6040850160208601614335565b63ffffffff16901c6106a060808501856143f0565b60606130c36103008601866143f0565b90508410613125576130d96103008601866143f0565b90506130e68560016143dd565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a4016100ab565b366131346103008701876143f0565b8681811061314457613144614545565b9050602002810190613156919061466f565b90505f61317461316689876126f5565b61316f87613d01565b613d49565b905084613184602084018461474d565b60ff161415806131a95750836131a06040840160208501614335565b63ffffffff1614155b806131b45750808410155b156131d757856131c7602084018461474d565b61294c6040850160208601614335565b5f6131e3898787613d6b565b9050806131f360408501856145e6565b905014613232578661320860408501856145e6565b604051636a57042760e01b81526004810193909352602483015250604481018290526064016100ab565b61323b8261236e565b61324860608501856143f0565b9050146132895760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b6064820152602481018890526084016100ab565b88610240015186601381106132a0576132a0614545565b60200201516132da6132b560408601866145e6565b6040516132c3929190614791565b604051908190039020876106a060608801886143f0565b146133195760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b6064820152602481018890526084016100ab565b61332660408401846145e6565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b5f5f5f6133b9845f6002885f01518961012001518a610200015161338b919061439e565b6101208b01516102008c01516133a29060016143dd565b6133ac919061439e565b6102408c015160026111be565b90925090506133c981602061439e565b8561012001518661020001516133df919061439e565b6133e991906142d4565b90505f6133fd86865f89610220015161396f565b5090505f86606001518760400151613415919061438b565b876102000151613425919061438b565b90505f5f61344888600160038c61014001518d610120015188611a07919061439e565b909250905061345881602061439e565b6101208a0151613468908561439e565b61347291906142d4565b90505f5b8961012001518110156134bd57613491836112df83856143dd565b61349f886112df848a6143dd565b6134a991906146aa565b6134b39089614683565b9750600101613476565b5050505050505092915050565b5f815f036134eb5760405163011ee73b60e21b815260040160405180910390fd5b5f6135aa6135018467100000000000000061438b565b60016fffffffffffffffffffffffffffffffff821160071b82811c6001600160401b031060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b90505f6135c06135bb866010613b57565b613ddf565b60030b90505f82820290811263200000000301601e1d637fffffff198112156135eb5750637fffffff195b637fffffff8113156123655750637fffffff95945050505050565b366136156103008501856143f0565b8481811061362557613625614545565b9050602002810190613637919061466f565b905061366a82805190602001208260200160208101906136579190614335565b63ffffffff166106a060608501856143f0565b61024086015161367d602084018461474d565b60ff16601381106116e8576116e8614545565b60606136a06103208501856143f0565b905083106136de576136b66103208501856143f0565b90506136c38460016143dd565b604051637037f67360e11b81526004016100ab9291906147a0565b6136ec6103208501856143f0565b848181106136fc576136fc614545565b905060200281019061370e91906145e6565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093945061374f9250859150613e0e9050565b61375987856126f5565b613763919061439e565b90508082511461379a578151604051636a57042760e01b8152600481018690526024810191909152604481018290526064016100ab565b85610240015183601381106137b1576137b1614545565b60200201516137c18785856137ea565b146137e15783604051630b28d38960e31b81526004016100ab91906147c3565b50949350505050565b5f5f6137f584613e0e565b6137fe85613d01565b613808919061439e565b90505f81600183865161381b91906143dd565b61382591906142d4565b61382f919061438b565b90505f816001600160401b0381111561384a5761384a614577565b604051908082528060200260200182016040528015613873578160200160208202803683370190505b5090505f5b828110156138ee575f61388b858361439e565b90505f8751868361389c91906143dd565b116138a757856138b4565b8188516138b491906142d4565b90505f818360208b0101209050808585815181106138d4576138d4614545565b602002602001018181525050505050806001019050613878565b506138f88161241e565b979650505050505050565b5f61390d83613cca565b61391682613cca565b6125e56139266135bb8486614700565b60030b613e70565b5f5f8312806139405750634000000083135b15613961576040516320f9868b60e21b8152600481018490526024016100ab565b6125e5601e84901b83614000565b5f8061397f6103808601866143f0565b905084106139bd576139956103808601866143f0565b90506139a28560016143dd565b604051637037f67360e11b81526004016100ab9291906145c5565b366139cc6103808701876143f0565b868181106139dc576139dc614545565b90506020028101906139ee9190614559565b9050866101800151841180613a18575083613a0c602083018361430f565b6001600160401b031614155b80613a325750613a2b60208201826145e6565b9050604014155b80613a575750613a458760c0015161236e565b613a5260408301836143f0565b905014155b15613a775784604051630b28d38960e31b81526004016100ab9190614628565b866102600151876101a0015181518110613a9357613a93614545565b6020026020010151613ad5828060200190613aae91906145e6565b604051613abc929190614791565b6040518091039020868480604001906106a091906143f0565b14613af55784604051630b28d38960e31b81526004016100ab9190614628565b613b0260208201826145e6565b613b10916020915f916147e6565b613b199161480d565b613b2660208301836145e6565b613b35916040916020916147e6565b613b3e9161480d565b925092505094509492505050565b5f6109076135bb83601e5b5f811580613b65575060ff82115b15613b8657604051630263749760e41b8152600481018390526024016100ab565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b613bb0614205565b5f613bbc60208561438b565b90505f6020613bcc6001866142d4565b613bd6919061438b565b90505f5b82811c82821c14613bf557613bee81614657565b9050613bda565b82811c811b5f6020613c088a601f6143dd565b613c12919061438b565b90505f81613c236001861b856143dd565b11613c3a57613c356001851b846143dd565b613c3c565b815b90505f8a613c4b83602061439e565b11613c6057613c5b82602061439e565b613c62565b8a5b8589526020808a01869052909150613c7b90859061439e565b613c8590826142d4565b613c9090600461439e565b604089015284613c9f8461236e565b613ca991906142d4565b606089015250959998505050505050505050565b5f6125e583836080614052565b637fffffff19811280613ce05750637fffffff81135b156120855760405163e92ac66b60e01b8152600481018290526024016100ab565b5f600a821480613d115750600c82145b80613d1c5750600f82145b80613d275750601082145b80613d325750601282145b613d3d576020613d40565b60105b60ff1692915050565b5f816001613d5782866143dd565b613d6191906142d4565b6125e5919061438b565b5f5f613d7785856126f5565b90505f613d8385613d01565b90505f613d90828661439e565b90505f83613d9e84846143dd565b11613db257613dad83836143dd565b613db4565b835b9050613dbf87613e0e565b613dc983836142d4565b613dd3919061439e565b98975050505050505050565b5f637fffffff19821215613df657637fffffff1991505b637fffffff821315613e0a57637fffffff91505b5090565b5f6009821480613e1e5750600b82145b15613e2b57506001919050565b600a821480613e3a5750600c82145b80613e455750600f82145b80613e505750601082145b80613e5b5750601282145b15613e6857506008919050565b506004919050565b5f5f82128015613ff257618000635c551d95845f03020160101c80601e1c601f811015613feb57633fffffff82166008606c19613eb98284025f811263200000000301601e1d90565b01905061058b613ed58383025f811263200000000301601e1d90565b019050613ff819613ef28383025f811263200000000301601e1d90565b01905062028612613f0f8383025f811263200000000301601e1d90565b0190506215d87f19613f2d8383025f811263200000000301601e1d90565b019050629d955b613f4a8383025f811263200000000301601e1d90565b01905063038d611a19613f698383025f811263200000000301601e1d90565b019050630f5fdf00613f878383025f811263200000000301601e1d90565b019050632c5c85fd19613fa68383025f811263200000000301601e1d90565b0190506340000000613fc48383025f811263200000000301601e1d90565b019050828015613fe3575f821260018086031b038201841d9650613fe7565b8196505b5050505b5050613ffa565b634000000091505b50919050565b5f5f821361402457604051637040adc360e01b8152600481018390526024016100ab565b5f831283811561403457845f0390505b838460011c820104925050801561404b57815f0391505b5092915050565b5f806001841b6001600160401b0381111561406f5761406f614577565b604051908082528060200260200182016040528015614098578160200160208202803683370190505b5090505f8360018588516140ac91906143dd565b6140b691906142d4565b6140c0919061438b565b90505f5b8181101561413a575f6140d7868361439e565b90505f885187836140e891906143dd565b116140f35786614100565b81895161410091906142d4565b90505f818360208c01012090508086858151811061412057614120614545565b6020026020010181815250505050508060010190506140c4565b506141448261241e565b9695505050505050565b6040518061036001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020016141ce614223565b8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b60405180608001604052806004906020820280368337509192915050565b6040518061026001604052806013906020820280368337509192915050565b5f5f5f5f848603610280811215614257575f5ffd5b610180811215614265575f5ffd5b859450610180850135935060c061019f1982011215614282575f5ffd5b506101a0850191506102608501356001600160401b038111156142a3575f5ffd5b85016103c081880312156142b5575f5ffd5b939692955090935050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610907576109076142c0565b6060808252600190820152601b60fa1b60808201526020810192909252604082015260a00190565b5f6020828403121561431f575f5ffd5b81356001600160401b03811681146125e5575f5ffd5b5f60208284031215614345575f5ffd5b813563ffffffff811681146125e5575f5ffd5b6001600160401b038181168382160190811115610907576109076142c0565b634e487b7160e01b5f52601260045260245ffd5b5f8261439957614399614377565b500490565b8082028115828204841417610907576109076142c0565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b80820180821115610907576109076142c0565b5f5f8335601e19843603018112614405575f5ffd5b8301803591506001600160401b0382111561441e575f5ffd5b6020019150600581901b3603821315614435575f5ffd5b9250929050565b606081525f6144606060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b1660158201526144c3601982018c614470565b6144d0601d82018b614470565b6144dd602182018a614470565b6144ea6025820189614470565b6144f76029820188614470565b614504602d820187614470565b6145116031820186614470565b61451e6035820185614470565b61452b6039820184614470565b603d810191909152605d019b9a5050505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e1983360301811261456d575f5ffd5b9190910192915050565b634e487b7160e01b5f52604160045260245ffd5b5f63ffffffff8316806145a0576145a0614377565b8063ffffffff84160491505092915050565b5f826145c0576145c0614377565b500690565b606081525f61446060608301600281526135bb60f11b602082015260400190565b5f5f8335601e198436030181126145fb575f5ffd5b8301803591506001600160401b03821115614614575f5ffd5b602001915036819003821315614435575f5ffd5b604081525f61464960408301600281526135bb60f11b602082015260400190565b905082602083015292915050565b5f60018201614668576146686142c0565b5060010190565b5f8235607e1983360301811261456d575f5ffd5b8082018281125f8312801582168215821617156146a2576146a26142c0565b505092915050565b8082025f8212600160ff1b841416156146c5576146c56142c0565b8181058314821517610907576109076142c0565b5f63ffffffff8316806146ee576146ee614377565b8063ffffffff84160691505092915050565b8181035f83128015838313168383128216171561404b5761404b6142c0565b5f600160ff1b8201614733576147336142c0565b505f0390565b5f8235609e1983360301811261456d575f5ffd5b5f6020828403121561475d575f5ffd5b813560ff811681146125e5575f5ffd5b604081525f6146496040830160058152641b5bd9195b60da1b602082015260400190565b818382375f9101908152919050565b606081525f614460606083016004815263199d5b1b60e21b602082015260400190565b604081525f614649604083016004815263199d5b1b60e21b602082015260400190565b5f5f858511156147f4575f5ffd5b83861115614800575f5ffd5b5050820193919092039150565b80356020831015610907575f19602084900360031b1b169291505056",
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
	Bin: "0x6080604052348015600e575f5ffd5b506152d58061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063e20cd82d1461002d575b5f5ffd5b61004061003b366004614d14565b610059565b6040805192835260208301919091520160405180910390f35b5f5f5f6100678787866102d1565b90508060200151816101a00151146100a857806101a0015181602001516040516329ded1a760e11b815260040161009f929190614d92565b60405180910390fd5b84356102a08201526100c06040860160208701614dba565b63ffffffff166102c08201526100dc6060860160408701614dba565b63ffffffff166102e08201526100f86080860160608701614dba565b63ffffffff1661030082015261011460a0860160808701614dba565b63ffffffff1661032082015260a085013561034082015261014161013b6020860186614ddd565b82610828565b925061018587826102c00151836101800151600161015f9190614e17565b6102e085015191119015156101776020890189614ddd565b6001600160401b03166109c9565b6102208401526102008301526101e08201819052806101a957508291506102c89050565b600181036101c0576101bb8286610da6565b6102a2565b600281036101d2576101bb8286610e5c565b600381036101e4576101bb8286610ec0565b600481036101f6576101bb8286611082565b60058103610208576101bb828661122b565b6010810361021a576101bb82866112a7565b6011810361022c576101bb828661140f565b6012810361023e576101bb82866114eb565b60138103610250576101bb8286611786565b60158103610262576101bb82866119a9565b60168103610274576101bb8286611af2565b60178103610286576101bb8286611c85565b60188103610298576101bb8286611e06565b6102a28286611eba565b6102c36102b26020870187614ddd565b6102bd906001614e2a565b83610828565b925050505b94509492505050565b6102d9614c1f565b6102e284611f20565b6102ef6020850185614dba565b63ffffffff1681526103076040850160208601614dba565b63ffffffff1660208201526103226060850160408601614dba565b63ffffffff16604082015261033d6080850160608601614dba565b63ffffffff16606082015261035860a0850160808601614dba565b63ffffffff16608082015261037360c0850160a08601614dba565b63ffffffff1660a082015261038e60e0850160c08601614dba565b63ffffffff1660c08201526103aa610100850160e08601614dba565b63ffffffff1660e08201526103c761016085016101408601614dba565b63ffffffff16610100820152604081015181516103e49190614e5d565b610120820181905260608201516103fb9190614e70565b61014080830191909152610420906104199086016101208701614dba565b602061238b565b6101608201526101c0810183905261043e6040830160208401614dba565b63ffffffff1661018082015261045a6060830160408401614dba565b63ffffffff166101a082015260c08101516101808201511061049c578061018001518160c001516040516329ded1a760e11b815260040161009f929190614e87565b8060200151816101a0015111156104d357806101a0015181602001516040516329ded1a760e11b815260040161009f929190614d92565b8060200151816101a001511480156104ff575060c08101516101808201516104fc906001614e17565b10155b1561053557610180810151610515906001614e17565b8160c001516040516329ded1a760e11b815260040161009f929190614e87565b60208101516105486102c0840184614eaf565b9050146105a75761055d6102c0830183614eaf565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a401905061009f565b6105b5610360830183614eaf565b90505f036105db575f6001604051637037f67360e11b815260040161009f929190614efb565b5f6105e96020860186614dba565b6105f96040870160208801614dba565b6106096060880160408901614dba565b6106196080890160608a01614dba565b61062960a08a0160808b01614dba565b61063960c08b0160a08c01614dba565b61064960e08c0160c08d01614dba565b61065a6101008d0160e08e01614dba565b61066c6101208e016101008f01614dba565b8d6101200160208101906106809190614dba565b8e6101400160208101906106949190614dba565b8f61016001356040516020016106b59c9b9a99989796959493929190614f40565b60408051601f1981840301815291905280516020909101209050366106de610360850185614eaf565b5f8181106106ee576106ee615004565b90506020028101906107009190615018565b905061070f6020820182614ddd565b6001600160401b0316151580610743575061073161072c876124d3565b612671565b61073e6040830183614eaf565b905014155b80610764575084610761835f61075c6040860186614eaf565b612694565b14155b15610785576040516308a691e960e31b81526004810186905260240161009f565b5f5b60138110156107ce578460600181601381106107a5576107a5615004565b602002013584610240015182601381106107c1576107c1615004565b6020020152600101610787565b506107dd6102c0850185614eaf565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102e09091013561028082015292915050565b60408051601380825261028082019092525f9182919060208201610260803683370190505090505f5b601381101561089b57836102400151816013811061087157610871615004565b602002015182828151811061088857610888615004565b6020908102919091010152600101610851565b505f836102600151516001600160401b038111156108bb576108bb615036565b6040519080825280602002602001820160405280156108e4578160200160208202803683370190505b5090505f5b815181101561093657846102600151818151811061090957610909615004565b602002602001015182828151811061092357610923615004565b60209081029190910101526001016108e9565b5084846101800151856101a0015161094d85612721565b61095685612721565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c85015260308401526050830152607082015260900160405160208183030381529060405280519060200120925050505b92915050565b5f8080806109e86109dd60208a018a614dba565b63ffffffff16612843565b9050845f88610a0457876109fd576008610a07565b603c610a07565b60035b60ff166001600160401b03811115610a2157610a21615036565b604051908082528060200260200182016040528015610a4a578160200160208202803683370190505b5090505f8915610a9057610a62600160125f5f61285b565b8282610a6d8161504a565b935081518110610a7f57610a7f615004565b602002602001018181525050610cba565b610a9d8460015f5f61285b565b8282610aa88161504a565b935081518110610aba57610aba615004565b602002602001018181525050610ad4600160025f5f61285b565b8282610adf8161504a565b935081518110610af157610af1615004565b602002602001018181525050610b0b84600360025f61285b565b8282610b168161504a565b935081518110610b2857610b28615004565b602002602001018181525050610b4284600460015f61285b565b8282610b4d8161504a565b935081518110610b5f57610b5f615004565b6020908102919091010152610b9d610b7d60c08d0160a08e01614dba565b63ffffffff166007610b9260208f018f614dba565b63ffffffff16612877565b8282610ba88161504a565b935081518110610bba57610bba615004565b6020908102919091010152610be4610bdb6109dd60c08e0160a08f01614dba565b60115f5f61285b565b8282610bef8161504a565b935081518110610c0157610c01615004565b6020026020010181815250508815610cba57610c3782825f8e60a0016020810190610c2c9190614dba565b63ffffffff166128ef565b9050610c58610c4f6109dd60c08e0160a08f01614dba565b60185f5f61285b565b8282610c638161504a565b935081518110610c7557610c75615004565b602002602001018181525050610c9b828260018e60a0016020810190610c2c9190614dba565b9050610cb7828260028e60a0016020810190610c2c9190614dba565b90505b610cc78460135f5f61285b565b8282610cd28161504a565b935081518110610ce457610ce4615004565b602002602001018181525050610cfe600160145f5f61285b565b8282610d098161504a565b935081518110610d1b57610d1b615004565b6020026020010181815250505f610d32838a6129c6565b9c50919a509850965090508015610d4d575050505050610d9c565b885f03610d67575f5f5f9750975097505050505050610d9c565b83610d728a82615062565b604051631a46e91f60e11b81526001600160401b039092166004830152602482015260440161009f565b9450945094915050565b5f610db983835f5f876102000151612acf565b90505f610dc984845f6010612db5565b90505f8461020001515f14610de2576020820151610de4565b5f5b90505f5b60048451610df69190614e5d565b811015610e32575f610e11858360021b016020015160e01d90565b9050610e1d8180615075565b610e279084614e17565b925050600101610de8565b50602082018190525b610e4785601084612f0f565b61024086015160105b60200201525050505050565b5f610e6a83835f6010612db5565b9050610ea2816001610e92610e85855f60051b016020015190565b8751610160890151613028565b808260051b602085010152505050565b610eae83601083612f0f565b61024084015160106020020152505050565b5f610ed383835f5f876102000151612acf565b9050610ee88383600180876102000151612acf565b505f610f01610efa85855f6010612db5565b6040015190565b9050610f11610360840184614eaf565b9050600214610f4557610f28610360840184614eaf565b604051637037f67360e11b815261009f9250600290600401614efb565b5f610fa585610f58610360870187614eaf565b6001818110610f6957610f69615004565b9050602002810190610f7b9190615018565b610f928860028a61022001518b6102000151613143565b8651610fa061072c8b6133f9565b6134c2565b90505f83516001600160401b03811115610fc157610fc1615036565b6040519080825280601f01601f191660200182016040528015610feb576020820181803683370190505b5090505f5b60048551610ffe9190614e5d565b81101561106c576110648282611039611020898660021b016020015160e01d90565b611033888760021b016020015160e01d90565b896135d7565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101610ff0565b5061107a8686600184613605565b505050505050565b5f5f60068461022001511461109a576009600a61109f565b600b600c5b915091505f6110bb85855f886102200151896102000151612acf565b90506110d08585600186896102000151612acf565b505f6110f1868660028660108b61020001516110ec9190614e5d565b612acf565b90506110fb614cd6565b5f5b602081101561114057611119848260021b016020015160e01d90565b82826020811061112b5761112b615004565b60039290920b602090920201526001016110fd565b505f5f61114c8361368f565b6040805160208082528183019092529294509092505f91906020820181803683370190505090505f5b60208110156111c85783816020811061119057611190615004565b602002015160f81b8282815181106111aa576111aa615004565b60200101906001600160f81b03191690815f1a905350600101611175565b506111d68a8a600184613605565b6112128560108c61020001516111ec91906150a4565b60031b0160200180516001600160c01b03166001600160c01b031960c086901b16179052565b61121f8a8a600288613605565b50505050505050505050565b5f61125283835f6112408761020001516136cf565b60208861022001516110ec9190614e5d565b90505f5f6112698585876102000151600614613737565b915091505f6112788686613810565b905061129b84602088610220015161129091906150a4565b6110398487876138c2565b61107a86865f87613605565b61020082015160ff165f6020600683146112c25784516112c8565b84608001515b6112d29190614e5d565b90505f604051806040016040528060806008886102000151901c6112f69190614e70565b81526020015f8152509050816080825f6002811061131657611316615004565b60200201516113259190614e17565b1161133d57805161133890608090614e17565b61133f565b815b60208201525f611366868683611354886136cf565b60208b61022001516110ec9190614e5d565b90505f61137687875f6010612db5565b90505f611385888888876138d9565b61020089015160081c1561139d5760a083015161139f565b5f5b6113a991906150b7565b9050848460016020020151036113db576113d88360208a61022001516113cf91906150a4565b6110398461399e565b505f5b60a082018190526113ee88601084612f0f565b610240890151610200015261140588885f86613605565b5050505050505050565b5f61142383835f6011876102000151612acf565b90505f61143384845f6010612db5565b60c081015160e0820151919250905f5b600485516114519190614e5d565b8110156114bb575f61146c868360021b016020015160e01d90565b90508761020001515f148015611480575081155b8061148a57508381135b156114b2578093508188610200015160206114a59190614e70565b6114af9190614e17565b92505b50600101611443565b5060c0830182905260e083018190526114d686601085612f0f565b61024087015160106020020152505050505050565b5f6114f983835f6010612db5565b90506115096103a0830183614eaf565b905060011461153d576115206103a0830183614eaf565b604051637037f67360e11b815261009f92506001906004016150de565b3661154c6103a0840184614eaf565b5f81811061155c5761155c615004565b905060200281019061156e9190615018565b90505f84610180015160016115839190614e17565b90505f6020866102c00151601f61159a9190614e17565b6115a49190614e5d565b90505f866102c001516020846115ba9190614e5d565b6115c5906001614e17565b6115d0906020614e70565b116115fb576115e0602084614e5d565b6115eb906001614e17565b6115f6906020614e70565b611602565b866102c001515b905061160f602084614e5d565b61161c6020860186614ddd565b6001600160401b031614158061166a5750611638602084614e5d565b611643906020614e70565b61164d9082615062565b611658906004614e70565b6116656020860186615103565b905014155b8061168b575061167982612671565b6116866040860186614eaf565b905014155b806116d957506102a08701516116d66116a76020870187615103565b6040516116b5929190615145565b6040519081900390206116c9602087614e5d565b61075c6040890189614eaf565b14155b156116f9575f604051630b28d38960e31b815260040161009f9190615154565b5f6117076020860186615103565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929350611763925088915060069050610e928461175560208a6150a4565b60021b016020015160e01d90565b61176f88601088612f0f565b610240890151601060200201525050505050505050565b5f61179983835f5f876102000151612acf565b90505f6117b36117ac85855f6010612db5565b60e0015190565b90508360a0015181106118065760a08401516040516329ded1a760e11b815261009f9183916004016060808252600490820152631b995e1d60e21b60808201526020810192909252604082015260a00190565b611814610360840184614eaf565b905060021461182b57610f28610360840184614eaf565b5f6118938561183e610360870187614eaf565b600181811061184f5761184f615004565b90506020028101906118619190615018565b61186e8860015f88613143565b885161187c90602090614e5d565b611887906022614e70565b610fa061072c8b6133f9565b604080516022808252606082019092529192505f91906020820181803683370190505090505f5b602281101561192c57828188610200015160226118d79190614e70565b6118e19190614e17565b815181106118f1576118f1615004565b602001015160f81c60f81b82828151811061190e5761190e615004565b60200101906001600160f81b03191690815f1a9053506001016118ba565b505f611937826139b0565b90505f5b60208110156119935761198b868284846020811061195b5761195b615004565b602002015160030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b60010161193b565b506119a087875f88613605565b50505050505050565b5f6119b783835f6010612db5565b90505f8361020001515f036119fe575f8461030001511180156119e257508360a00151846103000151105b6119f0578360a001516119f7565b8361030001515b9050611abd565b836102000151600103611a63575061018081015161032084015115801590611a2d5750620f4240846103200151105b15611a5e57620f424081856103200151611a479190614e70565b611a5490620f423f614e17565b6119f79190614e5d565b611abd565b6101a0820151611aa5856103400151866102c001518761018001516001611a8a9190614e17565b611a949190615062565b5f91825260c01b6020526028902090565b611aaf91906150a4565b611aba906001614e17565b90505b61010082018190525f6101208301525f610140830152611adf84601084612f0f565b6102408501516010602002015250505050565b5f611b0683835f6011876102000151612acf565b90505f611b1684845f6012612db5565b90505f611b27858560016010612db5565b61022086015161014082015191925060ff16905f5b60048651611b4a9190614e5d565b811015611c62575f611b65878360021b016020015160e01d90565b90505f611b8e82848c61020001516020611b7f9190614e70565b611b899190614e17565b613a97565b90505f85118015611bb7575083611ba6866008614e70565b611bb1906040615062565b82901c14155b15611bc3575050611c5a565b5f611bcf866008614e70565b611bda906038615062565b82901c60ff169050611c56888260088e6102200151901c5f14611c0857611c038e8b8888613abf565b611c0b565b60015b611c1e8c8660031b016020015160c01d90565b611c2891906150b7565b8160031b60208401016001600160401b03821660c01b6001600160401b0360c01b1982511617815250505050565b5050505b600101611b3c565b50611c6f87601286612f0f565b6102408801516012602002015250505050505050565b5f611c9383835f6012612db5565b90505f611ca4848460016010612db5565b6101208101516101008201519192509060ff5b8015611d105781611cd1868360031b016020015160c01d90565b611cdb90856150b7565b1215611d1057611cf4858260031b016020015160c01d90565b611cfe90846150b7565b9250611d0981615187565b9050611cb7565b6101408401515f90829060081b179050611d4385600c611d39898660031b016020015160c01d90565b610e9290886150b7565b6101208501849052610140850181905287610200015160ff16600703611da25761020088015160081c5f03611d7b5761016085018190525b61020088015160081c600203611da257611da2856006610e9263ffffffff80861690615062565b611df188601288516001600160401b03811115611dc157611dc1615036565b6040519080825280601f01601f191660200182016040528015611deb576020820181803683370190505b50612f0f565b61024089810151015261176f88601087612f0f565b5f611e1a83835f6011876102000151612acf565b90505f611e2a84845f6010612db5565b90505f8461020001515f14611e4457610180820151611e46565b5f5b90505f5b60048451611e589190614e5d565b811015611eac575f611e73858360021b016020015160e01d90565b9050611e97878583611e9285878d61020001516020611b7f9190614e70565b613abf565b611ea190846150b7565b925050600101611e4a565b506101808201819052610e3b565b5f611ecb6117ac84845f6010612db5565b905082610280015181604051602001611efb92919091825260e01b6001600160e01b031916602082015260240190565b6040516020818303038152906040528051906020012083610280018181525050505050565b611f2d6020820182614dba565b63ffffffff161580611f5b57506020611f4882820183614dba565b611f52919061519c565b63ffffffff1615155b15611f8f576040516389a6198960e01b815260206004820152600360248201526264696d60e81b604482015260640161009f565b611f9f6040820160208301614dba565b63ffffffff165f03611fdd576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b604482015260640161009f565b611fed6060820160408301614dba565b63ffffffff16158061202a575061200a6060820160408301614dba565b6120176020830183614dba565b612021919061519c565b63ffffffff1615155b15612060576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b604482015260640161009f565b60026120726060830160408401614dba565b61207f6020840184614dba565b61208991906151c3565b612093919061519c565b63ffffffff16156120d1576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b604482015260640161009f565b6120e16080820160608301614dba565b63ffffffff16158061212157506120fe6080820160608301614dba565b61210e6060830160408401614dba565b612118919061519c565b63ffffffff1615155b15612159576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b604482015260640161009f565b61216960a0820160808301614dba565b63ffffffff16158061219b5750602061218860a0830160808401614dba565b612192919061519c565b63ffffffff1615155b156121d1576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b604482015260640161009f565b6121e160c0820160a08301614dba565b63ffffffff165f0361221e576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b604482015260640161009f565b61222e60e0820160c08301614dba565b63ffffffff165f0361226d576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b604482015260640161009f565b61227e610100820160e08301614dba565b63ffffffff1615806122b15750600261229e610100830160e08401614dba565b6122a8919061519c565b63ffffffff1615155b806122fd57506122c76060820160408301614dba565b6122d46020830183614dba565b6122de91906151c3565b63ffffffff166122f5610100830160e08401614dba565b63ffffffff16115b15612336576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b604482015260640161009f565b600161234a61016083016101408401614dba565b63ffffffff161115612388576040516389a6198960e01b815260040161009f906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff8516908290036123db576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b604482015260640161009f565b5f82156123f4576123ef82628000006150b7565b6123f6565b815b90505f831561240f5761240a6096856151ea565b612413565b6094195b90505f61242087836150b7565b9050825f03612436575f955050505050506109c3565b5f811261248757602681131561247d576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b604482015260640161009f565b82811b95506124ad565b6019198113612498575f95506124ad565b6124aa836124a583615209565b613b0f565b95505b6001601f89901c811690036124c8576124c586615209565b95505b505050505092915050565b5f806124e56109dd6020850185614dba565b90505f6124f86060850160408601614dba565b6125056020860186614dba565b61250f91906151c3565b63ffffffff166125256080860160608701614dba565b63ffffffff166125359190614e70565b90505f61254860a0860160808701614dba565b6125599063ffffffff166002614e70565b612564836002614e70565b6125716020880188614dba565b6125829063ffffffff166003614e70565b61258d866002614e70565b6125979190614e17565b6125a19190614e17565b6125ab9190614e17565b90505f6125be60e0870160c08801614dba565b63ffffffff1684836125d660408a0160208b01614dba565b63ffffffff166125e69190614e70565b6125f660c08a0160a08b01614dba565b6126079063ffffffff166001614e17565b6126119190614e17565b61261b9190614e17565b6126259190614e17565b905061263961016087016101408801614dba565b63ffffffff165f036126685761265560c0870160a08801614dba565b6126659063ffffffff1682614e17565b90505b95945050505050565b5f5b81816001901b101561268f576126888161504a565b9050612673565b919050565b5f81610100811080156126a8575084811c15155b156126d0576040516394666f0d60e01b8152600481018690526024810182905260440161009f565b859150838160051b81015b80821015612716576001871660051b823580861715158683528160208418528060405f200296505050508660011c96506020820191506126db565b505050949350505050565b80515f9080820361273457505f92915050565b6001811115612821575f600261274b836001614e17565b6127559190614e5d565b90505f5b81811015612819575f8361276e836002614e70565b612779906001614e17565b10612784575f6127b4565b85612790836002614e70565b61279b906001614e17565b815181106127ab576127ab615004565b60200260200101515b90506127f3866127c5846002614e70565b815181106127d5576127d5615004565b6020026020010151825f828152602082905260409020911715150290565b86838151811061280557612805615004565b602090810291909101015250600101612759565b509050612734565b825f8151811061283357612833615004565b6020026020010151915050919050565b5f602061285183601f614e17565b6109c39190614e5d565b604084901b602084901b17600883901b1781175b949350505050565b5f806080600181612889602087614e5d565b6128939190614e17565b61289d9190615062565b6128a79190614e5d565b9050600181116128c7576128bf85600586600161285b565b9150506128e8565b602881901b6128e36128d98388614e70565b601087600261285b565b179150505b9392505050565b5f6128ff6001601585600161285b565b858561290a8161504a565b96508151811061291c5761291c615004565b6020026020010181815250505f5b60088110156129bc5761294e61293f84612843565b6016600887901b84175f61285b565b86866129598161504a565b97508151811061296b5761296b615004565b60200260200101818152505061298c60016017600887901b8417600161285b565b86866129978161504a565b9750815181106129a9576129a9615004565b602090810291909101015260010161292a565b5092949350505050565b5f5f5f5f5f5f5b8751811015612ab4575f8882815181106129e9576129e9615004565b602002602001015190505f604082901c905080891015612a9b5760ff602083901c8116975061ffff600884901c169083166002819003612a67575f602885901c62ffffff16905060018a6008838f612a4191906150a4565b901b8517838f612a519190614e5d565b5f9a509a509a509a509a50505050505050612ac5565b80600103612a8557506001985095508894505f9350612ac592505050565b506001985089965094505f9350612ac592505050565b612aa5818a615062565b985050508060010190506129cd565b505f5f5f5f89945094509450945094505b9295509295909350565b6060612adf610300860186614eaf565b90508410612b4157612af5610300860186614eaf565b9050612b02856001614e17565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a40161009f565b36612b50610300870187614eaf565b86818110612b6057612b60615004565b9050602002810190612b729190615223565b90505f612b90612b828987613b60565b612b8b87613c87565b613ccf565b905084612ba06020840184615237565b60ff16141580612bc5575083612bbc6040840160208501614dba565b63ffffffff1614155b80612bd05750808410155b15612c255785612be36020840184615237565b612bf36040850160208601614dba565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff16604482015260640161009f565b5f612c31898787613cf1565b905080612c416040850185615103565b905014612c805786612c566040850185615103565b604051636a57042760e01b815260048101939093526024830152506044810182905260640161009f565b612c8982612671565b612c966060850185614eaf565b905014612cd75760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b60648201526024810188905260840161009f565b8861024001518660138110612cee57612cee615004565b6020020151612d28612d036040860186615103565b604051612d11929190615145565b6040519081900390208761075c6060880188614eaf565b14612d675760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b60648201526024810188905260840161009f565b612d746040840184615103565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b6060612dc5610320850185614eaf565b90508310612e0357612ddb610320850185614eaf565b9050612de8846001614e17565b604051637037f67360e11b815260040161009f929190615257565b612e11610320850185614eaf565b84818110612e2157612e21615004565b9050602002810190612e339190615103565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939450612e749250859150613d599050565b612e7e8785613b60565b612e889190614e70565b905080825114612ebf578151604051636a57042760e01b81526004810186905260248101919091526044810182905260640161009f565b8561024001518360138110612ed657612ed6615004565b6020020151612ee6878585612f0f565b14612f065783604051630b28d38960e31b815260040161009f919061527a565b50949350505050565b5f5f612f1a84613d59565b612f2385613c87565b612f2d9190614e70565b90505f816001838651612f409190614e17565b612f4a9190615062565b612f549190614e5d565b90505f816001600160401b03811115612f6f57612f6f615036565b604051908082528060200260200182016040528015612f98578160200160208202803683370190505b5090505f5b82811015613013575f612fb08583614e70565b90505f87518683612fc19190614e17565b11612fcc5785612fd9565b818851612fd99190615062565b90505f818360208b010120905080858581518110612ff957612ff9615004565b602002602001018181525050505050806001019050612f9d565b5061301d81612721565b979650505050505050565b5f5f84121561304d576040516338e756a760e21b81526004810185905260240161009f565b5f821215613071576040516338e756a760e21b81526004810183905260240161009f565b825f036130915760405163011ee73b60e21b815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b5f5f613151865f0151612843565b90505f866080015160026131659190614e70565b610140880151613176906002614e70565b8851613183906003614e70565b61318e856002614e70565b6131989190614e17565b6131a29190614e17565b6131ac9190614e17565b90505f81886101a001516131c09190614e70565b60a08901516131d0906001614e17565b6131da9190614e17565b9050600287036132435784866001146131f3575f613225565b610140890151613204906002614e70565b8951613211906002614e70565b61321b9086614e17565b6132259190614e17565b61322f9083614e17565b6132399190614e17565b935050505061286f565b6001870361325657613239856001614e17565b600487148061327057506003871480156132705750856007145b156132d2578761010001516001146132c7578483838a602001516132949190614e70565b60a08b01516132a4906001614e17565b6132ae9190614e17565b6132b89190614e17565b6132c29190614e17565b613239565b613239856001614e17565b6003870361338c576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b8881101561336a5781816007811061333c5761333c615004565b602002015161334b9084614e17565b9250806003036133625761335f8684614e17565b92505b600101613322565b50866133768385614e17565b6133809190614e17565b9550505050505061286f565b5f83838a6020015161339e9190614e70565b60a08b01516133ae906001614e17565b6133b89190614e17565b6133c29190614e17565b90508861010001515f036133e25760a08901516133df9082614e17565b90505b6133ec8682614e17565b9998505050505050505050565b5f5f613407835f0151612843565b90505f8360c0015182856080015160026134219190614e70565b610140870151613432906002614e70565b875161343f906003614e70565b61344a876002614e70565b6134549190614e17565b61345e9190614e17565b6134689190614e17565b86602001516134779190614e70565b60a0870151613487906001614e17565b6134919190614e17565b61349b9190614e17565b6134a59190614e17565b90508361010001515f036128e85760a084015161286f9082614e17565b6060836134d26020870187614ddd565b6001600160401b03161415806134f65750826134f16020870187615103565b905014155b8061350f57508161350a6040870187614eaf565b905014155b1561352f5783604051630b28d38960e31b815260040161009f919061529d565b6101c086015161356c6135456020880188615103565b604051613553929190615145565b60405180910390208688806040019061075c9190614eaf565b1461358c5783604051630b28d38960e31b815260040161009f919061529d565b6135996020860186615103565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f6135e184613dbb565b6135ea83613dbb565b61286f6136006135fa8587615075565b84613df2565b613e44565b36613614610300850185614eaf565b8481811061362457613624615004565b90506020028101906136369190615223565b905061366982805190602001208260200160208101906136569190614dba565b63ffffffff1661075c6060850185614eaf565b61024086015161367c6020840184615237565b60ff1660138110610e5057610e50615004565b613697614cd6565b5f80836136a381613e73565b935091505f5b60208110156136c75782811a5f0b600582901b8601526001016136a9565b505050915091565b5f816007036136e057506011919050565b815f036136ef57506002919050565b816001036136ff57506003919050565b8160020361370f57506004919050565b8160040361371f57506006919050565b8160050361372f57506007919050565b506008919050565b60608061375385855f8661374c576009612db5565b600b612db5565b91505f613770868660018761376957600a612db5565b600c612db5565b9050600881516137809190614e5d565b6001600160401b0381111561379757613797615036565b6040519080825280602002602001820160405280156137c0578160200160208202803683370190505b5091505f5b8251811015613806576137e1828260031b016020015160c01d90565b8382815181106137f3576137f3615004565b60209081029190910101526001016137c5565b5050935093915050565b6060613820610360830183614eaf565b905060021461383757610f28610360830183614eaf565b5f83610200015160061461384c578351613852565b83608001515b905061286f84613866610360860186614eaf565b600181811061387757613877615004565b90506020028101906138899190615018565b6138a08760038961020001518a6102200151613143565b6138ab602086614e5d565b6138b6906022614e70565b610fa061072c8a6133f9565b5f61286f6138d48585855f8751613fb5565b61399e565b5f5f5f6138eb878787600614876142c1565b90925090506138fe610360870187614eaf565b905060021461391557610f28610360870187614eaf565b5f613976886139286103608a018a614eaf565b600181811061393957613939615004565b905060200281019061394b9190615018565b61395d8b60038b8e6102200151613143565b855161396a906022614e70565b610fa061072c8e6133f9565b9050613992818484885f60200201518960016020020151613fb5565b98975050505050505050565b5f6109c361360083637f000000613df2565b6139b8614cd6565b60228251146139df57815160405163d49782d960e01b815260040161009f91815260200190565b602082015160228301515f82901a60019290921a60081b9190911790601f600a83901c81169003613a2957604051632548acfb60e11b815261ffff8316600482015260240161009f565b5f613a378361ffff166142e9565b90505f5b6020811015613a8e575f83821a810b83029081126080030160081d637fffffff19811215613a6b5750637fffffff195b637fffffff811315613a7e5750637fffffff5b600582901b860152600101613a3b565b50505050919050565b5f613aa68263ffffffff615062565b638000000063ffffffff85161860201b17905092915050565b6101608301515f90821015613ad557505f61286f565b60c084015161266890613b079061360090613af090876151ea565b613afc906103e8615075565b886102e00151613df2565b60030b614319565b5f811580613b1d575060ff82115b15613b3e57604051630263749760e41b81526004810183905260240161009f565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f811580613b6e5750600182145b80613b795750600282145b80613b845750600582145b80613b8f5750600882145b80613b9a5750600982145b15613ba7575081516109c3565b6003821480613bb65750600482145b15613bc757506101408201516109c3565b6006821480613bd65750600782145b80613be15750600b82145b15613bf1575060808201516109c3565b600a8203613c0e578251613c0790602090614e5d565b90506109c3565b600c8203613c275760208360800151613c079190614e5d565b600d821480613c365750600e82145b15613c46575060c08201516109c3565b600f8203613c5a57506101208201516109c3565b60118203613c6d575060a08201516109c3565b60128203613c7e57506101006109c3565b50603492915050565b5f600a821480613c975750600c82145b80613ca25750600f82145b80613cad5750601082145b80613cb85750601282145b613cc3576020613cc6565b60105b60ff1692915050565b5f816001613cdd8286614e17565b613ce79190615062565b6128e89190614e5d565b5f5f613cfd8585613b60565b90505f613d0985613c87565b90505f613d168286614e70565b90505f83613d248484614e17565b11613d3857613d338383614e17565b613d3a565b835b9050613d4587613d59565b613d4f8383615062565b6139929190614e70565b5f6009821480613d695750600b82145b15613d7657506001919050565b600a821480613d855750600c82145b80613d905750600f82145b80613d9b5750601082145b80613da65750601282145b15613db357506008919050565b506004919050565b637fffffff19811280613dd15750637fffffff81135b156123885760405163e92ac66b60e01b81526004810182905260240161009f565b5f5f8213613e1657604051637040adc360e01b81526004810183905260240161009f565b5f8312838115613e2657845f0390505b838460011c8201049250508015613e3d57815f0391505b5092915050565b5f637fffffff19821215613e5b57637fffffff1991505b637fffffff821315613e6f57637fffffff91505b5090565b5f5f6104008301835b81811015613f0157805160030b60ff81901d9081180383811115613e9e578093505b50602081015160030b60ff81901d9081180383811115613ebc578093505b50604081015160030b60ff81901d9081180383811115613eda578093505b50606081015160030b60ff81901d9081180383811115613ef8578093505b50608001613e7c565b508115613faf578160011c845b828110156136c7578051602082015160408301516060840151600390810b607f90810260ff81811d91821882900389018b9004821891909103811693830b820280821d90811881900389018b9004811803811694830b820280821d90811881900389018b900481180381169590920b0280821d908118819003870189900481180316600898891b17881b92909217871b1790951b9490941793608001613f0e565b50915091565b82515f90613fc4602282614e70565b8751141580613fde5750613fd9602082614e70565b865114155b156140105786518651604051638ee979f560e01b8152600481019290925260248201526044810182905260640161009f565b8284118061401d57508083115b1561404c57604051633fe8c99960e01b815260048101859052602481018490526044810182905260640161009f565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b808210156142965783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f831417156140b95760208d01850360051c6001019750505050614296565b801561427c5781151580600a1b6103ff8516178184031b905083600f1c156140de575f035b865160028901518391620800007f80808080808080808080808080808080808080808080808080808080808080809283187cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff81811677ffffffffffffffff0000000000000000ffffffffffffffff7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff96909518602081811c9788167fffffffff00000000ffffffff00000000ffffffff00000000ffffffff000000009290911b91821617604090811c9690961677ffffffff000000000000000000000000ffffffff000000009190911673ffffffff000000000000000000000000ffffffff979097169690961790941b94909417608081811c91901b17848116848101600884811c88169084901c881681810192909201601086811c8a169086901c8a1681810192909201601897881c8b169690971c99909916858101969096017c01000000010000000100000001000000010000000100000001000000010260d91c647fffffff80169790930291020195029490940193029290920160e01c03018202028b019a50505b505050602284019350602083019250602082019150614072565b50505050805f146142b6576142b688876142b1600185615062565b61432c565b505095945050505050565b6060806142d0868686866143b1565b6142dc8787878761451e565b9150915094509492505050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c161561268f575f03919050565b5f61432382613dbb565b6109c382614675565b602281028301602001515f81901a60019190911a60081b17601f600a82901c8116900361437257604051632548acfb60e11b815261ffff8216600482015260240161009f565b8183838151811061438557614385615004565b60200260200101516040516358e5175760e11b815260040161009f929190918252602082015260400190565b60605f6020846143c25786516143c8565b86608001515b6143d29190614e5d565b90505f846143e15760096143e4565b600b5b90505f5f61447b885f856040518060a001604052808981526020018b5f6002811061441157614411615004565b6020020151815260200160018c60016002811061443057614430615004565b602002015161443f9190615062565b8152602001602081526020018960206144589190614e70565b90526102408e0151886013811061447157614471615004565b6020020151614805565b909250905061448b846020614e70565b6001600160401b038111156144a2576144a2615036565b6040519080825280601f01601f1916602001820160405280156144cc576020820181803683370190505b5086519095505b6020870151811015614511575f6144ea8383615062565b6144f5906020614e70565b8401602090810151600584901b890190910152506001016144d3565b5050505050949350505050565b60605f60208461452f578651614535565b86608001515b61453f9190614e5d565b90505f8461454e57600a614551565b600c5b90505f5f6145d1886001856040518060a0016040528060108a600f6145769190614e17565b6145809190614e5d565b81528b5160209091019061459690601090614e5d565b8152602001601060018d8160200201516145b09190615062565b6145ba9190614e5d565b8152608060208201526040016144588a6008614e70565b91509150836001600160401b038111156145ed576145ed615036565b604051908082528060200260200182016040528015614616578160200160208202803683370190505b5086519095505b60208701518110156145115761465083614638846010614e70565b6146429084615062565b60031b016020015160c01d90565b86828151811061466257614662615004565b602090810291909101015260010161461d565b5f5f821280156147f757618000635c551d95845f03020160101c80601e1c601f8110156147f057633fffffff82166008606c196146be8284025f811263200000000301601e1d90565b01905061058b6146da8383025f811263200000000301601e1d90565b019050613ff8196146f78383025f811263200000000301601e1d90565b019050620286126147148383025f811263200000000301601e1d90565b0190506215d87f196147328383025f811263200000000301601e1d90565b019050629d955b61474f8383025f811263200000000301601e1d90565b01905063038d611a1961476e8383025f811263200000000301601e1d90565b019050630f5fdf0061478c8383025f811263200000000301601e1d90565b019050632c5c85fd196147ab8383025f811263200000000301601e1d90565b01905063400000006147c98383025f811263200000000301601e1d90565b0190508280156147e8575f821260018086031b038201841d96506147ec565b8196505b5050505b50506147ff565b634000000091505b50919050565b60605f614816610340880188614eaf565b9050861061487a5761482c610340880188614eaf565b9050614839876001614e17565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a40161009f565b36614889610340890189614eaf565b8881811061489957614899615004565b90506020028101906148ab91906152c1565b90505f5b60408601516020870151821c90821c146148d3576148cc8161504a565b90506148af565b6020860151865190821c821b93505f906148f06001841b86614e17565b11614907576149026001831b85614e17565b61490a565b86515b608088015160608901519192505f916149239084614e70565b116149465760608801516149378684615062565b6149419190614e70565b614964565b60608801516149559086614e70565b60808901516149649190615062565b9050886149746020860186615237565b60ff161415806149995750846149906040860160208701614dba565b63ffffffff1614155b806149b65750826149b06060860160408701615237565b60ff1614155b156149d957896149c96020860186615237565b612bf36040870160208801614dba565b806149e76060860186615103565b9050146149fc5789612c566060860186615103565b87518390614a0990612671565b614a139190615062565b614a206080860186614eaf565b9050141580614a90575086614a8d614a7d614a3e6060880188615103565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505060608d0151889150614b23565b87861c61075c6080890189614eaf565b14155b15614ad15760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b905260840161009f565b614ade6060850185615103565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929e979d50969b505050505050505050505050565b5f806001841b6001600160401b03811115614b4057614b40615036565b604051908082528060200260200182016040528015614b69578160200160208202803683370190505b5090505f836001858851614b7d9190614e17565b614b879190615062565b614b919190614e5d565b90505f5b81811015614c0b575f614ba88683614e70565b90505f88518783614bb99190614e17565b11614bc45786614bd1565b818951614bd19190615062565b90505f818360208c010120905080868581518110614bf157614bf1615004565b602002602001018181525050505050806001019050614b95565b50614c1582612721565b9695505050505050565b6040518061036001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001614c9f614cf5565b8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b6040518061026001604052806013906020820280368337509192915050565b5f5f5f5f848603610280811215614d29575f5ffd5b610180811215614d37575f5ffd5b859450610180850135935060c061019f1982011215614d54575f5ffd5b506101a0850191506102608501356001600160401b03811115614d75575f5ffd5b85016103c08188031215614d87575f5ffd5b939692955090935050565b6060808252600190820152601b60fa1b60808201526020810192909252604082015260a00190565b5f60208284031215614dca575f5ffd5b813563ffffffff811681146128e8575f5ffd5b5f60208284031215614ded575f5ffd5b81356001600160401b03811681146128e8575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156109c3576109c3614e03565b6001600160401b0381811683821601908111156109c3576109c3614e03565b634e487b7160e01b5f52601260045260245ffd5b5f82614e6b57614e6b614e49565b500490565b80820281158282048414176109c3576109c3614e03565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b5f5f8335601e19843603018112614ec4575f5ffd5b8301803591506001600160401b03821115614edd575f5ffd5b6020019150600581901b3603821315614ef4575f5ffd5b9250929050565b606081525f614f1f6060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b166015820152614f82601982018c614f2f565b614f8f601d82018b614f2f565b614f9c602182018a614f2f565b614fa96025820189614f2f565b614fb66029820188614f2f565b614fc3602d820187614f2f565b614fd06031820186614f2f565b614fdd6035820185614f2f565b614fea6039820184614f2f565b603d810191909152605d019b9a5050505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e1983360301811261502c575f5ffd5b9190910192915050565b634e487b7160e01b5f52604160045260245ffd5b5f6001820161505b5761505b614e03565b5060010190565b818103818111156109c3576109c3614e03565b8082025f8212600160ff1b8414161561509057615090614e03565b81810583148215176109c3576109c3614e03565b5f826150b2576150b2614e49565b500690565b8082018281125f8312801582168215821617156150d6576150d6614e03565b505092915050565b606081525f614f1f6060830160068152651c1c9bdb5c1d60d21b602082015260400190565b5f5f8335601e19843603018112615118575f5ffd5b8301803591506001600160401b03821115615131575f5ffd5b602001915036819003821315614ef4575f5ffd5b818382375f9101908152919050565b604081525f6151796040830160068152651c1c9bdb5c1d60d21b602082015260400190565b905082602083015292915050565b5f8161519557615195614e03565b505f190190565b5f63ffffffff8316806151b1576151b1614e49565b8063ffffffff84160691505092915050565b5f63ffffffff8316806151d8576151d8614e49565b8063ffffffff84160491505092915050565b8181035f831280158383131683831282161715613e3d57613e3d614e03565b5f600160ff1b820161521d5761521d614e03565b505f0390565b5f8235607e1983360301811261502c575f5ffd5b5f60208284031215615247575f5ffd5b813560ff811681146128e8575f5ffd5b606081525f614f1f606083016004815263199d5b1b60e21b602082015260400190565b604081525f615179604083016004815263199d5b1b60e21b602082015260400190565b604081525f6151796040830160058152641b5bd9195b60da1b602082015260400190565b5f8235609e1983360301811261502c575f5ffd",
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
	Bin: "0x60c060405234801561000f575f5ffd5b50604051614c74380380614c7483398101604081905261002e91610060565b6001600160a01b039182166080521660a052610091565b80516001600160a01b038116811461005b575f5ffd5b919050565b5f5f60408385031215610071575f5ffd5b61007a83610045565b915061008860208401610045565b90509250929050565b60805160a051614bb66100be5f395f81816048015261010e01525f8181608c01526101870152614bb65ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80631a7016091461004357806338cb7a09146100875780639e1c8800146100ae575b5f5ffd5b61006a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61006a7f000000000000000000000000000000000000000000000000000000000000000081565b6100c16100bc36600461467c565b6100d6565b6040805192835260208301919091520161007e565b5f806100e860408701602088016146fa565b63ffffffff166100fe60608501604086016146fa565b63ffffffff160361013a5761013a7f000000000000000000000000000000000000000000000000000000000000000063e20cd82d60e01b6102d8565b5f6101708761014f60408701602088016146fa565b63ffffffff16610162602088018861471d565b6001600160401b0316610307565b5050905061017d81610b2f565b156101b3576101b37f000000000000000000000000000000000000000000000000000000000000000063665954bf60e11b6102d8565b5f6101bf888887610b48565b90506101d76101d1602087018761471d565b826110be565b9350816101e957508291506102cf9050565b610210886101fd60408801602089016146fa565b63ffffffff16610162602089018961471d565b6102208401526102008301526101e08201525f19820161023957610234818661125e565b6102af565b6002820361024b576102348186611313565b6003820361025d576102348186611377565b6004820361026f576102348186611539565b600582036102815761023481866116e2565b6010820361029357610234818661175e565b600e82036102a55761023481866118c6565b6102af8186611957565b6102ca6102bf602087018761471d565b6101d1906001614757565b925050505b94509492505050565b604051365f823780516001600160e01b0316821781525f803683865afa3d5f833e80610302573d82fd5b503d81f35b5f80808061032661031b60208901896146fa565b63ffffffff166119d6565b90505f6103396060890160408a016146fa565b61034660208a018a6146fa565b610350919061478a565b63ffffffff1661036660808a0160608b016146fa565b63ffffffff1661037691906147b1565b60408051600a808252610160820190925291925087915f9160208201610140803683370190505090506103ac8460015f5f6119ee565b815f815181106103be576103be6147dc565b6020026020010181815250506103d8600160025f5f6119ee565b816001815181106103eb576103eb6147dc565b6020026020010181815250506104048460035f5f6119ee565b81600281518110610417576104176147dc565b60200260200101818152505061043184600460015f6119ee565b81600381518110610444576104446147dc565b6020026020010181815250506104848a5f01602081019061046591906146fa565b63ffffffff165f61047960208e018e6146fa565b63ffffffff16611a0a565b81600481518110610497576104976147dc565b6020026020010181815250506104bb8360018c5f01602081019061047991906146fa565b816005815181106104ce576104ce6147dc565b6020026020010181815250506104f28360028c5f01602081019061047991906146fa565b81600681518110610505576105056147dc565b602090810291909101015261053361052360608c0160408d016146fa565b63ffffffff1660065f60016119ee565b81600781518110610546576105466147dc565b602090810291909101015261057461056460808c0160608d016146fa565b63ffffffff1660066001806119ee565b81600881518110610587576105876147dc565b6020026020010181815250506105a1600160075f5f6119ee565b816009815181106105b4576105b46147dc565b6020026020010181815250505f6105cb828a611a82565b9c50919a5098509650905080156105e6575050505050610b26565b5f6105f28b60016147f0565b90505f6105fe826119d6565b90505f61060c8260026147b1565b6106178460026147b1565b61062191906147f0565b61062c9060026147f0565b90508d604001602081019061064191906146fa565b6106519063ffffffff16826147b1565b8c1015610755575f610663828e614803565b905061066f828e614816565b9c50838d10156106905760089b5099508b9850610b26975050505050505050565b61069a848e614829565b9c508c5f036106ba5760099b5099505f9850610b26975050505050505050565b6106c560018e614829565b9c50828d10156106e757600a8d5f9b509b509b50505050505050505050610b26565b6106f1838e614829565b9c50828d101561071357600b8d5f9b509b509b50505050505050505050610b26565b61071d838e614829565b9c50838d101561073e57600c9b5099508b9850610b26975050505050505050565b600d9b5099505f9850610b26975050505050505050565b8d604001602081019061076891906146fa565b6107789063ffffffff16826147b1565b610782908d614829565b9b505f9250600d91506107929050565b6040519080825280602002602001820160405280156107bb578160200160208202803683370190505b5090506107cc86600460055f6119ee565b815f815181106107de576107de6147dc565b6020026020010181815250506108198c5f0160208101906107ff91906146fa565b63ffffffff1660038e5f01602081019061047991906146fa565b8160018151811061082c5761082c6147dc565b60200260200101818152505061084586600e5f5f6119ee565b81600281518110610858576108586147dc565b6020026020010181815250506108718660015f5f6119ee565b81600381518110610884576108846147dc565b60200260200101818152505061089e600160025f5f6119ee565b816004815181106108b1576108b16147dc565b6020026020010181815250506108cb86600360015f6119ee565b816005815181106108de576108de6147dc565b6020026020010181815250506108f886600460015f6119ee565b8160068151811061090b5761090b6147dc565b602090810291909101015261094361092960a08e0160808f016146fa565b63ffffffff1660048e5f01602081019061047991906146fa565b81600781518110610956576109566147dc565b602090810291909101015261098e61097460a08e0160808f016146fa565b63ffffffff1660058e5f01602081019061047991906146fa565b816008815181106109a1576109a16147dc565b6020026020010181815250506109cf6109c68d608001602081019061031b91906146fa565b600f5f5f6119ee565b816009815181106109e2576109e26147dc565b602002602001018181525050610a11610a078d608001602081019061031b91906146fa565b600460065f6119ee565b81600a81518110610a2457610a246147dc565b602002602001018181525050610a608c5f016020810190610a4591906146fa565b63ffffffff1660068e608001602081019061047991906146fa565b81600b81518110610a7357610a736147dc565b602002602001018181525050610a8c86600e5f5f6119ee565b81600c81518110610a9f57610a9f6147dc565b602002602001018181525050610ab5818b611a82565b9d50919b509950975091508115610ad157505050505050610b26565b895f03610aec575f5f5f985098509850505050505050610b26565b83610af78b82614829565b604051631a46e91f60e11b81526001600160401b03909216600483015260248201526044015b60405180910390fd5b93509350939050565b5f60068210158015610b425750600d8211155b92915050565b610b50614587565b610b5984611b8b565b610b6660208501856146fa565b63ffffffff168152610b7e60408501602086016146fa565b63ffffffff166020820152610b9960608501604086016146fa565b63ffffffff166040820152610bb460808501606086016146fa565b63ffffffff166060820152610bcf60a08501608086016146fa565b63ffffffff166080820152610bea60c0850160a086016146fa565b63ffffffff1660a0820152610c0560e0850160c086016146fa565b63ffffffff1660c0820152610c21610100850160e086016146fa565b63ffffffff1660e0820152610c3e610160850161014086016146fa565b63ffffffff1661010082015260408101518151610c5b9190614803565b61012082018190526060820151610c7291906147b1565b61014080830191909152610c9790610c9090860161012087016146fa565b6020611ff6565b6101608201526101c08101839052610cb560408301602084016146fa565b63ffffffff16610180820152610cd160608301604084016146fa565b63ffffffff166101a082015260c081015161018082015110610d13578061018001518160c001516040516329ded1a760e11b8152600401610b1d92919061483c565b8060200151816101a001511115610d69576101a081015160208201516040516329ded1a760e11b81526060600482015260016064820152601b60fa1b60848201526024810192909252604482015260a401610b1d565b8060200151816101a00151148015610d95575060c0810151610180820151610d929060016147f0565b10155b15610dcb57610180810151610dab9060016147f0565b8160c001516040516329ded1a760e11b8152600401610b1d92919061483c565b6020810151610dde6102c0840184614864565b905014610e3d57610df36102c0830183614864565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a4019050610b1d565b610e4b610360830183614864565b90505f03610e71575f6001604051637037f67360e11b8152600401610b1d9291906148b0565b5f610e7f60208601866146fa565b610e8f60408701602088016146fa565b610e9f60608801604089016146fa565b610eaf6080890160608a016146fa565b610ebf60a08a0160808b016146fa565b610ecf60c08b0160a08c016146fa565b610edf60e08c0160c08d016146fa565b610ef06101008d0160e08e016146fa565b610f026101208e016101008f016146fa565b8d610120016020810190610f1691906146fa565b8e610140016020810190610f2a91906146fa565b8f6101600135604051602001610f4b9c9b9a999897969594939291906148f5565b60408051601f198184030181529190528051602090910120905036610f74610360850185614864565b5f818110610f8457610f846147dc565b9050602002810190610f9691906149b9565b9050610fa5602082018261471d565b6001600160401b0316151580610fd95750610fc7610fc28761213e565b6122dc565b610fd46040830183614864565b905014155b80610ffa575084610ff7835f610ff26040860186614864565b6122ff565b14155b1561101b576040516308a691e960e31b815260048101869052602401610b1d565b5f5b60138110156110645784606001816013811061103b5761103b6147dc565b60200201358461024001518260138110611057576110576147dc565b602002015260010161101d565b506110736102c0850185614864565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102e09091013561028082015292915050565b60408051601380825261028082019092525f9182919060208201610260803683370190505090505f5b6013811015611131578361024001518160138110611107576111076147dc565b602002015182828151811061111e5761111e6147dc565b60209081029190910101526001016110e7565b505f836102600151516001600160401b03811115611151576111516147c8565b60405190808252806020026020018201604052801561117a578160200160208202803683370190505b5090505f5b81518110156111cc57846102600151818151811061119f5761119f6147dc565b60200260200101518282815181106111b9576111b96147dc565b602090810291909101015260010161117f565b5084846101800151856101a001516111e38561238c565b6111ec8561238c565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c850152603084015260508301526070820152609001604051602081830303815290604052805190602001209250505092915050565b5f61127183835f5f8761020001516124ae565b90505f61128184845f6010612794565b90505f8461020001515f1461129a57602082015161129c565b5f5b90505f5b600484516112ae9190614803565b8110156112ea575f6112c9858360021b016020015160e01d90565b90506112d581806149d7565b6112df90846147f0565b9250506001016112a0565b50602082018190526112fe856010846128ee565b61024086015160105b60200201525050505050565b5f61132183835f6010612794565b905061135981600161134961133c855f60051b016020015190565b8751610160890151612a07565b808260051b602085010152505050565b611365836010836128ee565b61024084015160106020020152505050565b5f61138a83835f5f8761020001516124ae565b905061139f83836001808761020001516124ae565b505f6113b86113b185855f6010612794565b6040015190565b90506113c8610360840184614864565b90506002146113fc576113df610360840184614864565b604051637037f67360e11b8152610b1d92506002906004016148b0565b5f61145c8561140f610360870187614864565b6001818110611420576114206147dc565b905060200281019061143291906149b9565b6114498860028a61022001518b6102000151612b22565b8651611457610fc28b612dd8565b612ea1565b90505f83516001600160401b03811115611478576114786147c8565b6040519080825280601f01601f1916602001820160405280156114a2576020820181803683370190505b5090505f5b600485516114b59190614803565b8110156115235761151b82826114f06114d7898660021b016020015160e01d90565b6114ea888760021b016020015160e01d90565b89612fb6565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b6001016114a7565b506115318686600184612fe4565b505050505050565b5f5f600684610220015114611551576009600a611556565b600b600c5b915091505f61157285855f8861022001518961020001516124ae565b905061158785856001868961020001516124ae565b505f6115a8868660028660108b61020001516115a39190614803565b6124ae565b90506115b261463e565b5f5b60208110156115f7576115d0848260021b016020015160e01d90565b8282602081106115e2576115e26147dc565b60039290920b602090920201526001016115b4565b505f5f6116038361306e565b6040805160208082528183019092529294509092505f91906020820181803683370190505090505f5b602081101561167f57838160208110611647576116476147dc565b602002015160f81b828281518110611661576116616147dc565b60200101906001600160f81b03191690815f1a90535060010161162c565b5061168d8a8a600184612fe4565b6116c98560108c61020001516116a39190614816565b60031b0160200180516001600160c01b03166001600160c01b031960c086901b16179052565b6116d68a8a600288612fe4565b50505050505050505050565b5f61170983835f6116f78761020001516130ae565b60208861022001516115a39190614803565b90505f5f6117208585876102000151600614613116565b915091505f61172f86866131ef565b90506117528460208861022001516117479190614816565b6114f08487876132a1565b61153186865f87612fe4565b61020082015160ff165f60206006831461177957845161177f565b84608001515b6117899190614803565b90505f604051806040016040528060806008886102000151901c6117ad91906147b1565b81526020015f8152509050816080825f600281106117cd576117cd6147dc565b60200201516117dc91906147f0565b116117f45780516117ef906080906147f0565b6117f6565b815b60208201525f61181d86868361180b886130ae565b60208b61022001516115a39190614803565b90505f61182d87875f6010612794565b90505f61183c888888876132b8565b61020089015160081c156118545760a0830151611856565b5f5b6118609190614a06565b9050848460016020020151036118925761188f8360208a61022001516118869190614816565b6114f08461337d565b505f5b60a082018190526118a5886010846128ee565b61024089015161020001526118bc88885f86612fe4565b5050505050505050565b5f6118d983835f5f8761020001516124ae565b90505f6118f08484600160088861020001516124ae565b90505f5b600483516119029190614803565b8110156119445761193c83826114f0611924878660021b016020015160e01d90565b611937878760021b016020015160e01d90565b61338f565b6001016118f4565b5061195184845f85612fe4565b50505050565b5f61196b83835f60068761020001516124ae565b90505f6119828484600160078861020001516124ae565b90505f5b600483516119949190614803565b811015611944576119ce83826114f06119b6878660021b016020015160e01d90565b6119c9878760021b016020015160e01d90565b6133af565b600101611986565b5f60206119e483601f6147f0565b610b429190614803565b604084901b602084901b17600883901b1781175b949350505050565b5f806080600181611a1c602087614803565b611a2691906147f0565b611a309190614829565b611a3a9190614803565b905060018111611a5a57611a528560058660016119ee565b915050611a7b565b602881901b611a76611a6c83886147b1565b60108760026119ee565b179150505b9392505050565b5f5f5f5f5f5f5b8751811015611b70575f888281518110611aa557611aa56147dc565b602002602001015190505f604082901c905080891015611b575760ff602083901c8116975061ffff600884901c169083166002819003611b23575f602885901c62ffffff16905060018a6008838f611afd9190614816565b901b8517838f611b0d9190614803565b5f9a509a509a509a509a50505050505050611b81565b80600103611b4157506001985095508894505f9350611b8192505050565b506001985089965094505f9350611b8192505050565b611b61818a614829565b98505050806001019050611a89565b505f5f5f5f89945094509450945094505b9295509295909350565b611b9860208201826146fa565b63ffffffff161580611bc657506020611bb3828201836146fa565b611bbd9190614a2d565b63ffffffff1615155b15611bfa576040516389a6198960e01b815260206004820152600360248201526264696d60e81b6044820152606401610b1d565b611c0a60408201602083016146fa565b63ffffffff165f03611c48576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b6044820152606401610b1d565b611c5860608201604083016146fa565b63ffffffff161580611c955750611c7560608201604083016146fa565b611c8260208301836146fa565b611c8c9190614a2d565b63ffffffff1615155b15611ccb576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b6044820152606401610b1d565b6002611cdd60608301604084016146fa565b611cea60208401846146fa565b611cf4919061478a565b611cfe9190614a2d565b63ffffffff1615611d3c576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b6044820152606401610b1d565b611d4c60808201606083016146fa565b63ffffffff161580611d8c5750611d6960808201606083016146fa565b611d7960608301604084016146fa565b611d839190614a2d565b63ffffffff1615155b15611dc4576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b6044820152606401610b1d565b611dd460a08201608083016146fa565b63ffffffff161580611e0657506020611df360a08301608084016146fa565b611dfd9190614a2d565b63ffffffff1615155b15611e3c576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b6044820152606401610b1d565b611e4c60c0820160a083016146fa565b63ffffffff165f03611e89576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b6044820152606401610b1d565b611e9960e0820160c083016146fa565b63ffffffff165f03611ed8576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b6044820152606401610b1d565b611ee9610100820160e083016146fa565b63ffffffff161580611f1c57506002611f09610100830160e084016146fa565b611f139190614a2d565b63ffffffff1615155b80611f685750611f3260608201604083016146fa565b611f3f60208301836146fa565b611f49919061478a565b63ffffffff16611f60610100830160e084016146fa565b63ffffffff16115b15611fa1576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b6044820152606401610b1d565b6001611fb5610160830161014084016146fa565b63ffffffff161115611ff3576040516389a6198960e01b8152600401610b1d906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff851690829003612046576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b6044820152606401610b1d565b5f821561205f5761205a8262800000614a06565b612061565b815b90505f831561207a57612075609685614a54565b61207e565b6094195b90505f61208b8783614a06565b9050825f036120a1575f95505050505050610b42565b5f81126120f25760268113156120e8576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b6044820152606401610b1d565b82811b9550612118565b6019198113612103575f9550612118565b6121158361211083614a73565b61340f565b95505b6001601f89901c811690036121335761213086614a73565b95505b505050505092915050565b5f8061215061031b60208501856146fa565b90505f61216360608501604086016146fa565b61217060208601866146fa565b61217a919061478a565b63ffffffff1661219060808601606087016146fa565b63ffffffff166121a091906147b1565b90505f6121b360a08601608087016146fa565b6121c49063ffffffff1660026147b1565b6121cf8360026147b1565b6121dc60208801886146fa565b6121ed9063ffffffff1660036147b1565b6121f88660026147b1565b61220291906147f0565b61220c91906147f0565b61221691906147f0565b90505f61222960e0870160c088016146fa565b63ffffffff16848361224160408a0160208b016146fa565b63ffffffff1661225191906147b1565b61226160c08a0160a08b016146fa565b6122729063ffffffff1660016147f0565b61227c91906147f0565b61228691906147f0565b61229091906147f0565b90506122a4610160870161014088016146fa565b63ffffffff165f036122d3576122c060c0870160a088016146fa565b6122d09063ffffffff16826147f0565b90505b95945050505050565b5f5b81816001901b10156122fa576122f381614a8d565b90506122de565b919050565b5f8161010081108015612313575084811c15155b1561233b576040516394666f0d60e01b81526004810186905260248101829052604401610b1d565b859150838160051b81015b80821015612381576001871660051b823580861715158683528160208418528060405f200296505050508660011c9650602082019150612346565b505050949350505050565b80515f9080820361239f57505f92915050565b600181111561248c575f60026123b68360016147f0565b6123c09190614803565b90505f5b81811015612484575f836123d98360026147b1565b6123e49060016147f0565b106123ef575f61241f565b856123fb8360026147b1565b6124069060016147f0565b81518110612416576124166147dc565b60200260200101515b905061245e866124308460026147b1565b81518110612440576124406147dc565b6020026020010151825f828152602082905260409020911715150290565b868381518110612470576124706147dc565b6020908102919091010152506001016123c4565b50905061239f565b825f8151811061249e5761249e6147dc565b6020026020010151915050919050565b60606124be610300860186614864565b90508410612520576124d4610300860186614864565b90506124e18560016147f0565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a401610b1d565b3661252f610300870187614864565b8681811061253f5761253f6147dc565b90506020028101906125519190614aa5565b90505f61256f6125618987613460565b61256a87613587565b6135cf565b90508461257f6020840184614ab9565b60ff161415806125a457508361259b60408401602085016146fa565b63ffffffff1614155b806125af5750808410155b1561260457856125c26020840184614ab9565b6125d260408501602086016146fa565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff166044820152606401610b1d565b5f6126108987876135f1565b9050806126206040850185614ad9565b90501461265f57866126356040850185614ad9565b604051636a57042760e01b8152600481019390935260248301525060448101829052606401610b1d565b612668826122dc565b6126756060850185614864565b9050146126b65760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b606482015260248101889052608401610b1d565b88610240015186601381106126cd576126cd6147dc565b60200201516127076126e26040860186614ad9565b6040516126f0929190614b1b565b60405190819003902087610ff26060880188614864565b146127465760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b606482015260248101889052608401610b1d565b6127536040840184614ad9565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b60606127a4610320850185614864565b905083106127e2576127ba610320850185614864565b90506127c78460016147f0565b604051637037f67360e11b8152600401610b1d929190614b2a565b6127f0610320850185614864565b84818110612800576128006147dc565b90506020028101906128129190614ad9565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093945061285392508591506136599050565b61285d8785613460565b61286791906147b1565b90508082511461289e578151604051636a57042760e01b815260048101869052602481019190915260448101829052606401610b1d565b85610240015183601381106128b5576128b56147dc565b60200201516128c58785856128ee565b146128e55783604051630b28d38960e31b8152600401610b1d9190614b4d565b50949350505050565b5f5f6128f984613659565b61290285613587565b61290c91906147b1565b90505f81600183865161291f91906147f0565b6129299190614829565b6129339190614803565b90505f816001600160401b0381111561294e5761294e6147c8565b604051908082528060200260200182016040528015612977578160200160208202803683370190505b5090505f5b828110156129f2575f61298f85836147b1565b90505f875186836129a091906147f0565b116129ab57856129b8565b8188516129b89190614829565b90505f818360208b0101209050808585815181106129d8576129d86147dc565b60200260200101818152505050505080600101905061297c565b506129fc8161238c565b979650505050505050565b5f5f841215612a2c576040516338e756a760e21b815260048101859052602401610b1d565b5f821215612a50576040516338e756a760e21b815260048101839052602401610b1d565b825f03612a705760405163011ee73b60e21b815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b5f5f612b30865f01516119d6565b90505f86608001516002612b4491906147b1565b610140880151612b559060026147b1565b8851612b629060036147b1565b612b6d8560026147b1565b612b7791906147f0565b612b8191906147f0565b612b8b91906147f0565b90505f81886101a00151612b9f91906147b1565b60a0890151612baf9060016147f0565b612bb991906147f0565b905060028703612c22578486600114612bd2575f612c04565b610140890151612be39060026147b1565b8951612bf09060026147b1565b612bfa90866147f0565b612c0491906147f0565b612c0e90836147f0565b612c1891906147f0565b9350505050611a02565b60018703612c3557612c188560016147f0565b6004871480612c4f5750600387148015612c4f5750856007145b15612cb157876101000151600114612ca6578483838a60200151612c7391906147b1565b60a08b0151612c839060016147f0565b612c8d91906147f0565b612c9791906147f0565b612ca191906147f0565b612c18565b612c188560016147f0565b60038703612d6b576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b88811015612d4957818160078110612d1b57612d1b6147dc565b6020020151612d2a90846147f0565b925080600303612d4157612d3e86846147f0565b92505b600101612d01565b5086612d5583856147f0565b612d5f91906147f0565b95505050505050611a02565b5f83838a60200151612d7d91906147b1565b60a08b0151612d8d9060016147f0565b612d9791906147f0565b612da191906147f0565b90508861010001515f03612dc15760a0890151612dbe90826147f0565b90505b612dcb86826147f0565b9998505050505050505050565b5f5f612de6835f01516119d6565b90505f8360c001518285608001516002612e0091906147b1565b610140870151612e119060026147b1565b8751612e1e9060036147b1565b612e298760026147b1565b612e3391906147f0565b612e3d91906147f0565b612e4791906147f0565b8660200151612e5691906147b1565b60a0870151612e669060016147f0565b612e7091906147f0565b612e7a91906147f0565b612e8491906147f0565b90508361010001515f03611a7b5760a0840151611a0290826147f0565b606083612eb1602087018761471d565b6001600160401b0316141580612ed5575082612ed06020870187614ad9565b905014155b80612eee575081612ee96040870187614864565b905014155b15612f0e5783604051630b28d38960e31b8152600401610b1d9190614b7e565b6101c0860151612f4b612f246020880188614ad9565b604051612f32929190614b1b565b604051809103902086888060400190610ff29190614864565b14612f6b5783604051630b28d38960e31b8152600401610b1d9190614b7e565b612f786020860186614ad9565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f612fc0846136bb565b612fc9836136bb565b611a02612fdf612fd985876149d7565b846136f2565b613744565b36612ff3610300850185614864565b84818110613003576130036147dc565b90506020028101906130159190614aa5565b9050613048828051906020012082602001602081019061303591906146fa565b63ffffffff16610ff26060850185614864565b61024086015161305b6020840184614ab9565b60ff1660138110611307576113076147dc565b61307661463e565b5f808361308281613773565b935091505f5b60208110156130a65782811a5f0b600582901b860152600101613088565b505050915091565b5f816007036130bf57506011919050565b815f036130ce57506002919050565b816001036130de57506003919050565b816002036130ee57506004919050565b816004036130fe57506006919050565b8160050361310e57506007919050565b506008919050565b60608061313285855f8661312b576009612794565b600b612794565b91505f61314f868660018761314857600a612794565b600c612794565b90506008815161315f9190614803565b6001600160401b03811115613176576131766147c8565b60405190808252806020026020018201604052801561319f578160200160208202803683370190505b5091505f5b82518110156131e5576131c0828260031b016020015160c01d90565b8382815181106131d2576131d26147dc565b60209081029190910101526001016131a4565b5050935093915050565b60606131ff610360830183614864565b9050600214613216576113df610360830183614864565b5f83610200015160061461322b578351613231565b83608001515b9050611a0284613245610360860186614864565b6001818110613256576132566147dc565b905060200281019061326891906149b9565b61327f8760038961020001518a6102200151612b22565b61328a602086614803565b6132959060226147b1565b611457610fc28a612dd8565b5f611a026132b38585855f87516138b5565b61337d565b5f5f5f6132ca87878760061487613bc1565b90925090506132dd610360870187614864565b90506002146132f4576113df610360870187614864565b5f613355886133076103608a018a614864565b6001818110613318576133186147dc565b905060200281019061332a91906149b9565b61333c8b60038b8e6102200151612b22565b85516133499060226147b1565b611457610fc28e612dd8565b9050613371818484885f602002015189600160200201516138b5565b98975050505050505050565b5f610b42612fdf83637f0000006136f2565b5f613399836136bb565b6133a2826136bb565b611a7b612fdf8385614a06565b5f6133b9836136bb565b6133c2826136bb565b5f6133cc84613be9565b60030b90505f838202908112618000030160101d637fffffff198112156133f55750637fffffff195b637fffffff811315611a025750637fffffff949350505050565b5f81158061341d575060ff82115b1561343e57604051630263749760e41b815260048101839052602401610b1d565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f81158061346e5750600182145b806134795750600282145b806134845750600582145b8061348f5750600882145b8061349a5750600982145b156134a757508151610b42565b60038214806134b65750600482145b156134c75750610140820151610b42565b60068214806134d65750600782145b806134e15750600b82145b156134f157506080820151610b42565b600a820361350e57825161350790602090614803565b9050610b42565b600c820361352757602083608001516135079190614803565b600d8214806135365750600e82145b15613546575060c0820151610b42565b600f820361355a5750610120820151610b42565b6011820361356d575060a0820151610b42565b6012820361357e5750610100610b42565b50603492915050565b5f600a8214806135975750600c82145b806135a25750600f82145b806135ad5750601082145b806135b85750601282145b6135c35760206135c6565b60105b60ff1692915050565b5f8160016135dd82866147f0565b6135e79190614829565b611a7b9190614803565b5f5f6135fd8585613460565b90505f61360985613587565b90505f61361682866147b1565b90505f8361362484846147f0565b116136385761363383836147f0565b61363a565b835b905061364587613659565b61364f8383614829565b61337191906147b1565b5f60098214806136695750600b82145b1561367657506001919050565b600a8214806136855750600c82145b806136905750600f82145b8061369b5750601082145b806136a65750601282145b156136b357506008919050565b506004919050565b637fffffff198112806136d15750637fffffff81135b15611ff35760405163e92ac66b60e01b815260048101829052602401610b1d565b5f5f821361371657604051637040adc360e01b815260048101839052602401610b1d565b5f831283811561372657845f0390505b838460011c820104925050801561373d57815f0391505b5092915050565b5f637fffffff1982121561375b57637fffffff1991505b637fffffff82131561376f57637fffffff91505b5090565b5f5f6104008301835b8181101561380157805160030b60ff81901d908118038381111561379e578093505b50602081015160030b60ff81901d90811803838111156137bc578093505b50604081015160030b60ff81901d90811803838111156137da578093505b50606081015160030b60ff81901d90811803838111156137f8578093505b5060800161377c565b5081156138af578160011c845b828110156130a6578051602082015160408301516060840151600390810b607f90810260ff81811d91821882900389018b9004821891909103811693830b820280821d90811881900389018b9004811803811694830b820280821d90811881900389018b900481180381169590920b0280821d908118819003870189900481180316600898891b17881b92909217871b1790951b949094179360800161380e565b50915091565b82515f906138c46022826147b1565b87511415806138de57506138d96020826147b1565b865114155b156139105786518651604051638ee979f560e01b81526004810192909252602482015260448101829052606401610b1d565b8284118061391d57508083115b1561394c57604051633fe8c99960e01b8152600481018590526024810184905260448101829052606401610b1d565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b80821015613b965783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f831417156139b95760208d01850360051c6001019750505050613b96565b8015613b7c5781151580600a1b6103ff8516178184031b905083600f1c156139de575f035b865160028901518391620800007f80808080808080808080808080808080808080808080808080808080808080809283187cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff81811677ffffffffffffffff0000000000000000ffffffffffffffff7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff96909518602081811c9788167fffffffff00000000ffffffff00000000ffffffff00000000ffffffff000000009290911b91821617604090811c9690961677ffffffff000000000000000000000000ffffffff000000009190911673ffffffff000000000000000000000000ffffffff979097169690961790941b94909417608081811c91901b17848116848101600884811c88169084901c881681810192909201601086811c8a169086901c8a1681810192909201601897881c8b169690971c99909916858101969096017c01000000010000000100000001000000010000000100000001000000010260d91c647fffffff80169790930291020195029490940193029290920160e01c03018202028b019a50505b505050602284019350602083019250602082019150613972565b50505050805f14613bb657613bb68887613bb1600185614829565b613c35565b505095945050505050565b606080613bd086868686613cba565b613bdc87878787613e27565b9150915094509492505050565b5f5f613bf483613f7e565b90505f83820290811263200000000301601e1d637fffffff19811215613c1c5750637fffffff195b637fffffff811315611a7b5750637fffffff9392505050565b602281028301602001515f81901a60019190911a60081b17601f600a82901c81169003613c7b57604051632548acfb60e11b815261ffff82166004820152602401610b1d565b81838381518110613c8e57613c8e6147dc565b60200260200101516040516358e5175760e11b8152600401610b1d929190918252602082015260400190565b60605f602084613ccb578651613cd1565b86608001515b613cdb9190614803565b90505f84613cea576009613ced565b600b5b90505f5f613d84885f856040518060a001604052808981526020018b5f60028110613d1a57613d1a6147dc565b6020020151815260200160018c600160028110613d3957613d396147dc565b6020020151613d489190614829565b815260200160208152602001896020613d6191906147b1565b90526102408e01518860138110613d7a57613d7a6147dc565b6020020151613fdd565b9092509050613d948460206147b1565b6001600160401b03811115613dab57613dab6147c8565b6040519080825280601f01601f191660200182016040528015613dd5576020820181803683370190505b5086519095505b6020870151811015613e1a575f613df38383614829565b613dfe9060206147b1565b8401602090810151600584901b89019091015250600101613ddc565b5050505050949350505050565b60605f602084613e38578651613e3e565b86608001515b613e489190614803565b90505f84613e5757600a613e5a565b600c5b90505f5f613eda886001856040518060a0016040528060108a600f613e7f91906147f0565b613e899190614803565b81528b51602090910190613e9f90601090614803565b8152602001601060018d816020020151613eb99190614829565b613ec39190614803565b815260806020820152604001613d618a60086147b1565b91509150836001600160401b03811115613ef657613ef66147c8565b604051908082528060200260200182016040528015613f1f578160200160208202803683370190505b5086519095505b6020870151811015613e1a57613f5983613f418460106147b1565b613f4b9084614829565b60031b016020015160c01d90565b868281518110613f6b57613f6b6147dc565b6020908102919091010152600101613f26565b5f5f8212613fb7575f613f98613f9384614a73565b6142fb565b634000000001671000000000000000600182901c010491506122fa9050565b5f613fc1836142fb565b63400000008101601e9190911b600182901c0104915050919050565b60605f613fee610340880188614864565b9050861061405257614004610340880188614864565b90506140118760016147f0565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a401610b1d565b36614061610340890189614864565b88818110614071576140716147dc565b90506020028101906140839190614ba2565b90505f5b60408601516020870151821c90821c146140ab576140a481614a8d565b9050614087565b6020860151865190821c821b93505f906140c86001841b866147f0565b116140df576140da6001831b856147f0565b6140e2565b86515b608088015160608901519192505f916140fb90846147b1565b1161411e57606088015161410f8684614829565b61411991906147b1565b61413c565b606088015161412d90866147b1565b608089015161413c9190614829565b90508861414c6020860186614ab9565b60ff1614158061417157508461416860408601602087016146fa565b63ffffffff1614155b8061418e5750826141886060860160408701614ab9565b60ff1614155b156141b157896141a16020860186614ab9565b6125d260408701602088016146fa565b806141bf6060860186614ad9565b9050146141d457896126356060860186614ad9565b875183906141e1906122dc565b6141eb9190614829565b6141f86080860186614864565b90501415806142685750866142656142556142166060880188614ad9565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505060608d015188915061448b565b87861c610ff26080890189614864565b14155b156142a95760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b9052608401610b1d565b6142b66060850185614ad9565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929e979d50969b505050505050505050505050565b5f5f8212801561447d57618000635c551d95845f03020160101c80601e1c601f81101561447657633fffffff82166008606c196143448284025f811263200000000301601e1d90565b01905061058b6143608383025f811263200000000301601e1d90565b019050613ff81961437d8383025f811263200000000301601e1d90565b0190506202861261439a8383025f811263200000000301601e1d90565b0190506215d87f196143b88383025f811263200000000301601e1d90565b019050629d955b6143d58383025f811263200000000301601e1d90565b01905063038d611a196143f48383025f811263200000000301601e1d90565b019050630f5fdf006144128383025f811263200000000301601e1d90565b019050632c5c85fd196144318383025f811263200000000301601e1d90565b019050634000000061444f8383025f811263200000000301601e1d90565b01905082801561446e575f821260018086031b038201841d9650614472565b8196505b5050505b5050614485565b634000000091505b50919050565b5f806001841b6001600160401b038111156144a8576144a86147c8565b6040519080825280602002602001820160405280156144d1578160200160208202803683370190505b5090505f8360018588516144e591906147f0565b6144ef9190614829565b6144f99190614803565b90505f5b81811015614573575f61451086836147b1565b90505f8851878361452191906147f0565b1161452c5786614539565b8189516145399190614829565b90505f818360208c010120905080868581518110614559576145596147dc565b6020026020010181815250505050508060010190506144fd565b5061457d8261238c565b9695505050505050565b6040518061036001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f815260200161460761465d565b8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b6040518061026001604052806013906020820280368337509192915050565b5f5f5f5f848603610280811215614691575f5ffd5b61018081121561469f575f5ffd5b859450610180850135935060c061019f19820112156146bc575f5ffd5b506101a0850191506102608501356001600160401b038111156146dd575f5ffd5b85016103c081880312156146ef575f5ffd5b939692955090935050565b5f6020828403121561470a575f5ffd5b813563ffffffff81168114611a7b575f5ffd5b5f6020828403121561472d575f5ffd5b81356001600160401b0381168114611a7b575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610b4257610b42614743565b634e487b7160e01b5f52601260045260245ffd5b5f63ffffffff83168061479f5761479f614776565b8063ffffffff84160491505092915050565b8082028115828204841417610b4257610b42614743565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b80820180821115610b4257610b42614743565b5f8261481157614811614776565b500490565b5f8261482457614824614776565b500690565b81810381811115610b4257610b42614743565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b5f5f8335601e19843603018112614879575f5ffd5b8301803591506001600160401b03821115614892575f5ffd5b6020019150600581901b36038213156148a9575f5ffd5b9250929050565b606081525f6148d46060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b166015820152614937601982018c6148e4565b614944601d82018b6148e4565b614951602182018a6148e4565b61495e60258201896148e4565b61496b60298201886148e4565b614978602d8201876148e4565b61498560318201866148e4565b61499260358201856148e4565b61499f60398201846148e4565b603d810191909152605d019b9a5050505050505050505050565b5f8235605e198336030181126149cd575f5ffd5b9190910192915050565b8082025f8212600160ff1b841416156149f2576149f2614743565b8181058314821517610b4257610b42614743565b8082018281125f831280158216821582161715614a2557614a25614743565b505092915050565b5f63ffffffff831680614a4257614a42614776565b8063ffffffff84160691505092915050565b8181035f83128015838313168383128216171561373d5761373d614743565b5f600160ff1b8201614a8757614a87614743565b505f0390565b5f60018201614a9e57614a9e614743565b5060010190565b5f8235607e198336030181126149cd575f5ffd5b5f60208284031215614ac9575f5ffd5b813560ff81168114611a7b575f5ffd5b5f5f8335601e19843603018112614aee575f5ffd5b8301803591506001600160401b03821115614b07575f5ffd5b6020019150368190038213156148a9575f5ffd5b818382375f9101908152919050565b606081525f6148d4606083016004815263199d5b1b60e21b602082015260400190565b604081525f614b70604083016004815263199d5b1b60e21b602082015260400190565b905082602083015292915050565b604081525f614b706040830160058152641b5bd9195b60da1b602082015260400190565b5f8235609e198336030181126149cd575f5ffd",
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

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sequencer_\",\"type\":\"address\"},{\"internalType\":\"contractIJobInbox\",\"name\":\"inbox_\",\"type\":\"address\"},{\"internalType\":\"contractIDisputeGameFactory\",\"name\":\"factory_\",\"type\":\"address\"},{\"internalType\":\"contractIDatasetRegistry\",\"name\":\"datasets_\",\"type\":\"address\"},{\"internalType\":\"contractIModelRegistry\",\"name\":\"models_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"bondPerRecord\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"inclusionPenalty\",\"type\":\"uint128\"}],\"internalType\":\"structIRollup.RollupConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CALLBACK_RESERVE_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RECORDS\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"batch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"recordsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"daCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"recordCount\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"proposedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"pendingDisputes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"voided\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"bondReleased\",\"type\":\"bool\"}],\"internalType\":\"structIRollup.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bondsHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"challengeDeadline\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"config\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"bondPerRecord\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"inclusionPenalty\",\"type\":\"uint128\"}],\"internalType\":\"structIRollup.RollupConfig\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datasets\",\"outputs\":[{\"internalType\":\"contractIDatasetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"recordIndex\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"},{\"internalType\":\"enumIJobInbox.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"promptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"promptLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputLen\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIJobInbox.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"residualRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"kvRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"internalType\":\"structIRollup.JobRecord\",\"name\":\"record\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"output\",\"type\":\"bytes\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"recordIndex\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"},{\"internalType\":\"enumIJobInbox.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"promptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"promptLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputLen\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIJobInbox.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"residualRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"kvRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"internalType\":\"structIRollup.JobRecord\",\"name\":\"record\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"setupData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"}],\"name\":\"dispute\",\"outputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"game\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"contractIDisputeGameFactory\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"faultProven\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"}],\"name\":\"gameOf\",\"outputs\":[{\"internalType\":\"contractIDisputeGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"inbox\",\"outputs\":[{\"internalType\":\"contractIJobInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"}],\"name\":\"isFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"models\",\"outputs\":[{\"internalType\":\"contractIModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"recordsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"recordCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"daCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[]\",\"name\":\"includedJobIds\",\"type\":\"uint64[]\"}],\"name\":\"propose\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"proveInclusionFault\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"},{\"internalType\":\"enumIJobInbox.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"promptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"promptLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputLen\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIJobInbox.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"residualRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"kvRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"internalType\":\"structIRollup.JobRecord\",\"name\":\"record\",\"type\":\"tuple\"}],\"name\":\"recordHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"}],\"name\":\"recordStatus\",\"outputs\":[{\"internalType\":\"enumIRollup.RecordStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"releaseBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"recordIndex\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"},{\"internalType\":\"enumIJobInbox.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"promptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"promptLen\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outputLen\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maxTokens\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"internalType\":\"structIJobInbox.Params\",\"name\":\"params\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"residualRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"kvRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"internalType\":\"structIRollup.JobRecord\",\"name\":\"record\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"reportInvalid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequencer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"recordIndex\",\"type\":\"uint32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"}],\"name\":\"survived\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCredits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"recordsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"recordCount\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"daCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"BatchProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumIDisputeGame.GameStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"winner\",\"type\":\"address\"}],\"name\":\"DisputeSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"penalty\",\"type\":\"uint256\"}],\"name\":\"InclusionFaultProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"callbackOk\",\"type\":\"bool\"}],\"name\":\"JobDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lineageId\",\"type\":\"uint256\"}],\"name\":\"LineageExisting\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"game\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"RecordDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"RecordInvalid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"}],\"name\":\"RecordVoided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sequencer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"Unstaked\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"BondAlreadyReleased\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"game\",\"type\":\"address\"}],\"name\":\"DisputeSurvived\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pending\",\"type\":\"uint256\"}],\"name\":\"DisputesPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"FaultAlreadyProven\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"game\",\"type\":\"address\"}],\"name\":\"GameNotResolved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"IncorrectBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidTrainingOutput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumIJobInbox.Kind\",\"name\":\"recordKind\",\"type\":\"uint8\"},{\"internalType\":\"enumIJobInbox.Kind\",\"name\":\"jobKind\",\"type\":\"uint8\"}],\"name\":\"KindMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"NotForceRefunded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSequencer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"}],\"name\":\"RecordNotInBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"}],\"name\":\"RecordValid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongBatchIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"WrongOutput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"internalType\":\"enumIRollup.RecordStatus\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongRecordStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"ZeroValue\",\"type\":\"error\"}]",
	ID:  "0489c044c70eebdd7c2467f06c76a92543",
	Bin: "0x610180604052348015610010575f5ffd5b506040516145ea3803806145ea83398101604081905261002f91610333565b6001600160a01b0386166100775760405163046c82ad60e41b815260206004820152600960248201526839b2b8bab2b731b2b960b91b60448201526064015b60405180910390fd5b6001600160a01b0385166100b65760405163046c82ad60e41b81526020600482015260056024820152640d2dcc4def60db1b604482015260640161006e565b6001600160a01b0384166100f75760405163046c82ad60e41b8152602060048201526007602482015266666163746f727960c81b604482015260640161006e565b6001600160a01b0383166101395760405163046c82ad60e41b8152602060048201526008602482015267646174617365747360c01b604482015260640161006e565b6001600160a01b0382166101795760405163046c82ad60e41b81526020600482015260066024820152656d6f64656c7360d01b604482015260640161006e565b80516001600160401b03165f036101c55760405163046c82ad60e41b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b604482015260640161006e565b80602001516001600160801b03165f036101f25760405163046c82ad60e41b815260040161006e90610429565b6102056110006001600160801b0361045b565b6001600160801b031681602001516001600160801b03161115610258576020810151600161023c6110006001600160801b0361045b565b6040516373c9e34d60e01b815260040161006e93929190610495565b80604001516001600160801b03165f036102a85760405163046c82ad60e41b815260206004820152601060248201526f696e636c7573696f6e50656e616c747960801b604482015260640161006e565b6001600160a01b0395861660805293851660a05291841660c052831660e0529091166101005280516001600160401b03166101205260208101516001600160801b039081166101405260409091015116610160526104e8565b6001600160a01b0381168114610315575f5ffd5b50565b80516001600160801b038116811461032e575f5ffd5b919050565b5f5f5f5f5f5f86880361010081121561034a575f5ffd5b875161035581610301565b602089015190975061036681610301565b604089015190965061037781610301565b606089015190955061038881610301565b608089015190945061039981610301565b92506060609f19820112156103ac575f5ffd5b50604051606081016001600160401b03811182821017156103db57634e487b7160e01b5f52604160045260245ffd5b60405260a08801516001600160401b03811681146103f7575f5ffd5b815261040560c08901610318565b602082015261041660e08901610318565b6040820152809150509295509295509295565b602081525f61045560208301600d81526c189bdb9914195c949958dbdc99609a1b602082015260400190565b92915050565b5f6001600160801b0383168061047f57634e487b7160e01b5f52601260045260245ffd5b6001600160801b03929092169190910492915050565b608081525f6104c160808301600d81526c189bdb9914195c949958dbdc99609a1b602082015260400190565b6001600160801b039586166020840152604083019490945250921660609092019190915290565b60805160a05160c05160e05161010051610120516101405161016051613fea6106005f395f81816104d901528181610d3001528181610d6e01528181610fed0152818161101d015261104d01525f81816104aa015281816112230152818161152f015281816119f401526122cf01525f818161047b015281816108a3015281816109490152818161110f015281816112f00152611e4801525f818161058a0152612b8901525f81816105bd01528181612f03015261300601525f818161062b0152610b6101525f818161070e01528181610f020152818161172001528181611c5f0152818161231e015281816125ff01526127ac01525f81816103ae01528181610c7f01528181610e1e01526118b50152613fea5ff3fe6080604052600436106101d0575f3560e01c806379502c55116100fd578063c45a015511610092578063da94906d11610062578063da94906d146106bf578063dae5ec37146106de578063fb0e722b146106fd578063fdca5f7814610730575f5ffd5b8063c45a01551461061a578063d3814be91461064d578063d5d44d8014610677578063d6960d12146106ab575f5ffd5b8063ab2d10f7116100cd578063ab2d10f7146105ac578063af67f903146105df578063b5bd3eb9146105f2578063c36f387414610606575f5ffd5b806379502c5514610443578063943843c114610545578063960c74bb1461055a5780639986df2c14610579575f5ffd5b80633a4b66f1116101735780635c1bba38116101435780635c1bba381461039d5780635daf7364146103d0578063619010b5146103ef578063627de7451461042f575f5ffd5b80633a4b66f11461031857806347165a711461032057806347ec03b41461033f57806359ee1d141461035e575f5ffd5b806324a24cf0116101ae57806324a24cf0146102515780632c975a861461029e5780632c999ae5146102c95780632e17de78146102f7575f5ffd5b806306f13056146101d45780630eaa75fe146101f6578063192293b514610222575b5f5ffd5b3480156101df575f5ffd5b505f545b6040519081526020015b60405180910390f35b348015610201575f5ffd5b50610215610210366004613167565b61074f565b6040516101ed919061317e565b34801561022d575f5ffd5b5061024161023c366004613237565b61083b565b60405190151581526020016101ed565b34801561025c575f5ffd5b5061029161026b366004613237565b5f918252600160209081526040808420928452919052902054600160a01b900460ff1690565b6040516101ed919061327f565b6102b16102ac366004613366565b61091d565b6040516001600160a01b0390911681526020016101ed565b3480156102d4575f5ffd5b506102416102e3366004613167565b5f9081526006602052604090205460ff1690565b348015610302575f5ffd5b50610316610311366004613167565b610c74565b005b610316610e13565b34801561032b575f5ffd5b5061031661033a366004613167565b610eec565b34801561034a575f5ffd5b50610316610359366004613414565b6110e4565b348015610369575f5ffd5b506102b1610378366004613237565b5f9182526001602090815260408084209284529190529020546001600160a01b031690565b3480156103a8575f5ffd5b506102b17f000000000000000000000000000000000000000000000000000000000000000081565b3480156103db575f5ffd5b506101e36103ea366004613167565b6112ed565b3480156103fa575f5ffd5b50610241610409366004613237565b5f918252600160209081526040808420928452919052902054600160a81b900460ff1690565b34801561043a575f5ffd5b506004546101e3565b34801561044e575f5ffd5b50610509604080516060810182525f808252602082018190529181019190915260405180606001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160801b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160801b0316815250905090565b6040805182516001600160401b031681526020808401516001600160801b039081169183019190915292820151909216908201526060016101ed565b348015610550575f5ffd5b506101e361271081565b348015610565575f5ffd5b50610316610574366004613436565b61133f565b348015610584575f5ffd5b506102b17f000000000000000000000000000000000000000000000000000000000000000081565b3480156105b7575f5ffd5b506102b17f000000000000000000000000000000000000000000000000000000000000000081565b6103166105ed36600461346d565b6118aa565b3480156105fd575f5ffd5b506003546101e3565b348015610611575f5ffd5b50610316611d29565b348015610625575f5ffd5b506102b17f000000000000000000000000000000000000000000000000000000000000000081565b348015610658575f5ffd5b5061066261100081565b60405163ffffffff90911681526020016101ed565b348015610682575f5ffd5b506101e36106913660046134f7565b6001600160a01b03165f9081526002602052604090205490565b3480156106b6575f5ffd5b506005546101e3565b3480156106ca575f5ffd5b506101e36106d9366004613512565b611dee565b3480156106e9575f5ffd5b506103166106f836600461352d565b611e1d565b348015610708575f5ffd5b506102b17f000000000000000000000000000000000000000000000000000000000000000081565b34801561073b575f5ffd5b5061031661074a3660046135d3565b612080565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101919091526107a082612474565b6040805161012081018252825481526001830154602082015260028301546001600160a01b0381169282019290925263ffffffff600160a01b808404821660608401526001600160401b03600160c01b948590041660808401526003909401546001600160801b03811660a0840152600160801b8104821660c08401529384041660e082015260ff9190920416151561010082015292915050565b5f8054831061084b57505f610917565b5f5f848154811061085e5761085e61364a565b905f5260205f20906004020190508060020160149054906101000a900463ffffffff1663ffffffff16831080156108d5575060028101546108d2906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416613672565b42115b801561091357505f5f858152600160209081526040808320878452909152902054600160a01b900460ff16600381111561091157610911613257565b145b9150505b92915050565b5f5f6109318a6001600160401b0316612474565b60028101549091505f90610978906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416613672565b9050804211156109b2576040516348c3f48160e11b81526001600160401b038c166004820152602481018290526044015b60405180910390fd5b6001600160401b038b165f90815260016020908152604080832063ffffffff8e1684529091528120908154600160a01b900460ff1660038111156109f8576109f8613257565b14610a2757805460405163c6edf80560e01b81526109a9918e918e91600160a01b900460ff1690600401613685565b8054600160a81b900460ff1615610a7a57805460405163c97c9ec360e01b81526001600160401b038e16600482015263ffffffff8d1660248201526001600160a01b0390911660448201526064016109a9565b5f8a604051602001610a8c919061376e565b6040516020818303038152906040529050610ac1848e6001600160401b03168e63ffffffff1684805190602001208e8e6124be565b815460ff60a01b1916600160a01b178255610adf60208c018c613414565b82546001600160401b0391909116600160b01b0267ffffffffffffffff60b01b19909116178255600384018054601090610b269063ffffffff600160801b90910416613846565b825463ffffffff9182166101009390930a9283029190920219909116179055600284015460405163117d094760e21b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116926345f4251c923492610ba39287928f928f92169033908f906004016138c0565b60206040518083038185885af1158015610bbf573d5f5f3e3d5ffd5b50505050506040513d601f19601f82011682018060405250810190610be4919061390b565b82546001600160a01b0382166001600160a01b031990911617835560405190955063ffffffff8d16906001600160401b038f16907fc1b08d8970e5165eb3399c9473f40ec8c22d11e210cb1473f5900bca11c504c890610c5c90899033906001600160a01b0392831681529116602082015260400190565b60405180910390a35050505098975050505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610cbf57604051630596787760e01b81523360048201526024016109a9565b805f03610cf85760405163046c82ad60e41b8152602060048201526006602482015265185b5bdd5b9d60d21b60448201526064016109a9565b60055480821115610d26576040516322df051360e11b815260048101829052602481018390526044016109a9565b6001600160801b037f000000000000000000000000000000000000000000000000000000000000000016610d5a8383613926565b1015610db65780610d946001600160801b037f00000000000000000000000000000000000000000000000000000000000000001684613672565b6040516322df051360e11b8152600481019290925260248201526044016109a9565b5f610dc18383613926565b6005819055604080518581526020810183905291925033917f7fc4727e062e336010f2c282598ef5f14facb3de68cf8195c2f23e1454b2b74e910160405180910390a2610e0e338461254e565b505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610e5e57604051630596787760e01b81523360048201526024016109a9565b345f03610e975760405163046c82ad60e41b8152602060048201526006602482015265185b5bdd5b9d60d21b60448201526064016109a9565b5f34600554610ea69190613672565b6005819055604080513481526020810183905291925033917f1449c6dd7851abc30abf37f57715f492010519147cc2652fbc38202c18a6ee90910160405180910390a250565b604051636804ca6b60e11b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d00994d690602401602060405180830381865afa158015610f4f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f739190613939565b610f9357604051632ae6fb7960e21b8152600481018290526024016109a9565b5f8181526006602052604090205460ff1615610fc5576040516353b27ca560e11b8152600481018290526024016109a9565b6005545f81900361101a576040516322df051360e11b81525f60048201526001600160801b037f00000000000000000000000000000000000000000000000000000000000000001660248201526044016109a9565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160801b0316821061107a577f00000000000000000000000000000000000000000000000000000000000000006001600160801b031661107c565b815b5f848152600660205260409020805460ff1916600117905590506110a08183613926565b600555604051818152339084907f8669e6ee012b662b5d8f76d0a2d6a2313d52a0c831ce6a97762d9e60197384a99060200160405180910390a3610e0e338261254e565b5f6110f7826001600160401b0316612474565b60028101549091505f9061113e906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416613672565b90508042116111725760405163076f615b60e41b81526001600160401b0384166004820152602481018290526044016109a9565b6003820154600160801b900463ffffffff16156111c457600382015460405162bfcff960e11b81526001600160401b0385166004820152600160801b90910463ffffffff1660248201526044016109a9565b6003820154600160c01b900460ff16156111fc5760405163c77c3c2560e01b81526001600160401b03841660048201526024016109a9565b60038201805460ff60c01b1916600160c01b17908190555f90611257906001600160801b037f0000000000000000000000000000000000000000000000000000000000000000169063ffffffff600160a01b90910416613958565b600384015461126f91906001600160801b0316613926565b90508060045f8282546112829190613926565b90915550506002830154604080516001600160a01b0390921680835260208301849052916001600160401b038716917f237ac240588fc2f18748d2b311309d8199900409a14802ac197d8e56d6691172910160405180910390a26112e6818361254e565b5050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031661132183612474565b600201546109179190600160c01b90046001600160401b0316613672565b5f611352836001600160401b0316612474565b6001600160401b0384165f90815260016020818152604080842063ffffffff881685529091529091209192508154600160a01b900460ff16600381111561139b5761139b613257565b146113ca57805460405163c6edf80560e01b81526109a99186918691600160a01b900460ff1690600401613685565b805460408051631006976960e11b815290516001600160a01b03909216915f91839163200d2ed2916004808201926020929091908290030181865afa158015611415573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611439919061397a565b90505f81600281111561144e5761144e613257565b0361147757604051634cf40a4560e01b81526001600160a01b03831660048201526024016109a9565b60038401805460109061149690600160801b900463ffffffff16613995565b91906101000a81548163ffffffff021916908363ffffffff160217905550600160028111156114c7576114c7613257565b8160028111156114d9576114d9613257565b0361183557825460ff60a01b1916600160a11b17835560038401805460149061150e90600160a01b900463ffffffff16613846565b91906101000a81548163ffffffff021916908363ffffffff1602179055505f7f00000000000000000000000000000000000000000000000000000000000000006001600160801b031690508060045f82825461156a9190613926565b90915550506040516331bc0c2360e21b81525f60048201819052906001600160a01b0385169063c6f0308c9060240160e060405180830381865afa1580156115b4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115d89190613a55565b6020015190506001600160a01b03811661165a576040516331bc0c2360e21b8152600160048201526001600160a01b0385169063c6f0308c9060240160e060405180830381865afa15801561162f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116539190613a55565b6040015190505b8663ffffffff16886001600160401b03167f1babbf2c86ce6c79cb47beb190a466c4d08980db4051cde356a5840789ad8235858460405161169c929190613ae8565b60405180910390a36116ae818361254e565b8454604051600160b01b9091046001600160401b039081168083529163ffffffff8a16918b16907f86774c56f9f917e66b73e1340bf3bbf4d5115635ea304432effa9a94de90078d9060200160405180910390a3604051632b4d7bf560e21b81526001600160401b03821660048201527f0000000000000000000000000000000000000000000000000000000000000000905f906001600160a01b0383169063ad35efd490602401602060405180830381865afa158015611771573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117959190613b1b565b905060018160048111156117ab576117ab613257565b14806117c8575060028160048111156117c6576117c6613257565b145b1561182b5760405163278ecde160e01b81526001600160401b03841660048201526001600160a01b0383169063278ecde1906024015f604051808303815f87803b158015611814575f5ffd5b505af1158015611826573d5f5f3e3d5ffd5b505050505b50505050506118a2565b825461ffff60a01b1916600160a81b178355600284015460405163ffffffff8716916001600160401b038916917f1babbf2c86ce6c79cb47beb190a466c4d08980db4051cde356a5840789ad8235916118999186916001600160a01b031690613ae8565b60405180910390a35b505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146118f557604051630596787760e01b81523360048201526024016109a9565b5f546001600160401b03871681146119325760405163474adc7b60e11b81526001600160401b0388166004820152602481018290526044016109a9565b63ffffffff8516158061194c575061100063ffffffff8616115b156119a3576040516373c9e34d60e01b815260806004820152600b60848201526a1c9958dbdc9910dbdd5b9d60aa1b60a482015263ffffffff8616602482015260016044820152611000606482015260c4016109a9565b856119df5760405163046c82ad60e41b815260206004820152600b60248201526a1c9958dbdc991cd49bdbdd60aa1b60448201526064016109a9565b5f611a1963ffffffff87166001600160801b037f000000000000000000000000000000000000000000000000000000000000000016613958565b9050803414611a44576040516385c6e45160e01b8152346004820152602481018290526044016109a9565b6040805161012081018252888152602081018781523392820192835263ffffffff89811660608401908152426001600160401b03908116608086019081526001600160801b0388811660a088019081525f60c0890181815260e08a018281526101008b0183815283546001810185558480529b517f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360049d8e02908101919091559a517f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5648c01559b517f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5658b018054995197516001600160a01b039092166001600160c01b0319909a1699909917600160a01b978b168802176001600160c01b0316600160c01b9190981681029790971790975591517f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5669098018054925196519a51989093166001600160a01b031990921691909117600160801b958716959095029490941764ffffffffff60a01b1916979094160260ff60c01b1916959095179215159094029190911790558054839290611c00908490613672565b90915550506040805188815263ffffffff88166020820152908101869052606081018290526001600160401b038916907f8e108c6274371c64134269e28fc5a6278a117fcd1e36d306cc868222d8cad8379060800160405180910390a27f00000000000000000000000000000000000000000000000000000000000000005f5b84811015611d1d57816001600160a01b0316634816c57a878784818110611ca957611ca961364a565b9050602002016020810190611cbe9190613414565b6040516001600160e01b031960e084901b1681526001600160401b0390911660048201526024015f604051808303815f87803b158015611cfc575f5ffd5b505af1158015611d0e573d5f5f3e3d5ffd5b50505050806001019050611c80565b50505050505050505050565b335f9081526002602052604081205490819003611d5b57604051636385746f60e01b81523360048201526024016109a9565b335f90815260026020526040812081905560038054839290611d7e908490613926565b909155505060405181815233907f6b00960292e7976c9eb5434816470b38a441061eee645921536131ccb937cafe9060200160405180910390a25f5f5f5f5f85335af1905080611dea57604051630e21dcbb60e11b8152336004820152602481018390526044016109a9565b5050565b5f81604051602001611e00919061376e565b604051602081830303815290604052805190602001209050919050565b5f611e30886001600160401b0316612474565b60028101549091505f90611e77906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416613672565b9050804211611eab5760405163076f615b60e41b81526001600160401b038a166004820152602481018290526044016109a9565b6001600160401b0389165f90815260016020908152604080832063ffffffff8c1684529091528120908154600160a01b900460ff166003811115611ef157611ef1613257565b14611f2057805460405163c6edf80560e01b81526109a9918c918c91600160a01b900460ff1690600401613685565b611f63838b6001600160401b03168b63ffffffff168b604051602001611f46919061376e565b604051602081830303815290604052805190602001208b8b6124be565b5f8585604051611f74929190613b34565b604051809103902090508861018001358114611fb157604051634aea314d60e11b8152600481018290526101808a013560248201526044016109a9565b815460ff60a01b1916600360a01b17825560028401545f9061200e906001600160a01b0316611fe360208d018d613414565b611ff360408e0160208f01613b43565b8d6101e00160208101906120079190613b5e565b8b8b6125df565b905061201d60208b018b613414565b6001600160401b03168b63ffffffff168d6001600160401b03167fab8ae53771ec9b6f2c9bc6aaf720c383c4356ec43f95180ecb4fb90a5d32499c8460405161206a911515815260200190565b60405180910390a4505050505050505050505050565b5f612093866001600160401b0316612474565b6001600160401b0387165f90815260016020908152604080832063ffffffff8a16845290915281209192508154600160a01b900460ff1660038111156120db576120db613257565b1461210a57805460405163c6edf80560e01b81526109a99189918991600160a01b900460ff1690600401613685565b61214d82886001600160401b03168863ffffffff1688604051602001612130919061376e565b6040516020818303038152906040528051906020012088886124be565b5f612157866127a8565b905080515f036121915760405163276123dd60e11b81526001600160401b038916600482015263ffffffff881660248201526044016109a9565b815460ff60a01b1916600160a11b1782556121af6020870187613414565b825467ffffffffffffffff60b01b1916600160b01b6001600160401b039283160217835563ffffffff88169089167f40698424b3e0a9fbd2903ae2c9f9218fb683ad6f90ba4ce7e3fcb0af4fe659b061220b60208a018a613414565b8460405161221a929190613b79565b60405180910390a363ffffffff87166001600160401b0389167f86774c56f9f917e66b73e1340bf3bbf4d5115635ea304432effa9a94de90078d61226160208a018a613414565b6040516001600160401b03909116815260200160405180910390a36003830154600160c01b900460ff1661231c576003830180546014906122ae90600160a01b900463ffffffff16613846565b91906101000a81548163ffffffff021916908363ffffffff1602179055505f7f00000000000000000000000000000000000000000000000000000000000000006001600160801b031690508060045f82825461230a9190613926565b9091555061231a9050338261254e565b505b7f00000000000000000000000000000000000000000000000000000000000000005f6001600160a01b03821663ad35efd461235a60208b018b613414565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa15801561239c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906123c09190613b1b565b905060018160048111156123d6576123d6613257565b14806123f3575060028160048111156123f1576123f1613257565b145b15611d1d576001600160a01b03821663278ecde161241460208b018b613414565b6040516001600160e01b031960e084901b1681526001600160401b0390911660048201526024015f604051808303815f87803b158015612452575f5ffd5b505af1158015612464573d5f5f3e3d5ffd5b5050505050505050505050505050565b5f80548210612499576040516321c9773560e11b8152600481018390526024016109a9565b5f82815481106124ab576124ab61364a565b905f5260205f2090600402019050919050565b6002860154600160a01b900463ffffffff1680851015806124e757506124e381612dd6565b8214155b1561250f5760405163870e051960e01b815260048101879052602481018690526044016109a9565b865461251d85878686612df9565b146125455760405163870e051960e01b815260048101879052602481018690526044016109a9565b50505050505050565b805f03612559575050565b6001600160a01b0382165f9081526002602052604081208054839290612580908490613672565b925050819055508060035f8282546125989190613672565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200160405180910390a25050565b6040516308ca792360e21b81526001600160401b03861660048201525f907f00000000000000000000000000000000000000000000000000000000000000009082906001600160a01b03831690632329e48c906024016101e060405180830381865afa158015612651573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126759190613c36565b90508060200151600281111561268d5761268d613257565b87600281111561269f5761269f613257565b146126c7578787826020015160405163d34dfd3360e01b81526004016109a993929190613d0f565b604051638c4128a560e01b81526001600160401b03891660048201526001600160801b03871660248201526001600160a01b038a81166044830152831690638c4128a5906064015f604051808303815f87803b158015612725575f5ffd5b505af1158015612737573d5f5f3e3d5ffd5b505f9250612743915050565b87600281111561275557612755613257565b146127665761276688828787612e86565b60e0810151600193506001600160a01b03161561279c576127998160e0015182610100015163ffffffff168a88886130a8565b92505b50509695505050505050565b60607f000000000000000000000000000000000000000000000000000000000000000060026001600160a01b03821663ad35efd46127e96020870187613414565b6040516001600160e01b031960e084901b1681526001600160401b039091166004820152602401602060405180830381865afa15801561282b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061284f9190613b1b565b600481111561286057612860613257565b1461289357505060408051808201909152601081526f1a9bd8881b9bdd081a5b98db1d59195960821b6020820152919050565b5f6001600160a01b038216632329e48c6128b06020870187613414565b6040516001600160e01b031960e084901b1681526001600160401b0390911660048201526024016101e060405180830381865afa1580156128f3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129179190613c36565b90508060200151600281111561292f5761292f613257565b61293f6040860160208701613b43565b600281111561295057612950613257565b146129785750506040805180820190915260048152631ada5b9960e21b602082015292915050565b80606001518460600135146129af5750506040805180820190915260098152680d2dce0eae890c2e6d60bb1b602082015292915050565b8060a00151604051602001612a1091905f60a08201905063ffffffff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015263ffffffff60608401511660608301526080830151608083015292915050565b604051602081830303815290604052805190602001208460e001604051602001612a3a9190613d45565b6040516020818303038152906040528051906020012014612a7a575050604080518082019091526006815265706172616d7360d01b602082015292915050565b60c08101516001600160801b0316612a9a61020086016101e08701613b5e565b6001600160801b03161115612acb57505060408051808201909152600381526266656560e81b602082015292915050565b600281602001516002811115612ae357612ae3613257565b03612afe57505060408051602081019091525f815292915050565b612b656040805160c080820183525f8083526020808401829052845160e081018652828152908101829052808501829052606081018290526080810182905260a0810182905291820152909182019081525f60208201819052604082015260609081015290565b6040828101519051634c5770d960e01b81526001600160401b0390911660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634c5770d9906024015f60405180830381865afa925050508015612bf757506040513d5f823e601f3d908101601f19168201604052612bf49190810190613ddc565b60015b612c2857505060408051808201909152600d81526c1d5b9adb9bdddb881b5bd9195b609a1b60208201529392505050565b90508051604086013514612c5f5750506040805180820190915260098152681b5bd9195b149bdbdd60ba1b60208201529392505050565b5f82602001516002811115612c7657612c76613257565b14612c9257505060408051602081019091525f81529392505050565b604081015160c09081015163ffffffff1690612cb390870160a08801613f21565b63ffffffff161580612cd9575080612cd160c0880160a08901613f21565b63ffffffff16115b15612d08575050604080518082019091526009815268383937b6b83a2632b760b91b6020820152949350505050565b60a08301515163ffffffff16612d2460e0880160c08901613f21565b63ffffffff1614612d5957505060408051808201909152600981526837baba383aba2632b760b91b6020820152949350505050565b80612d6a60e0880160c08901613f21565b63ffffffff16612d8060c0890160a08a01613f21565b63ffffffff16612d909190613672565b1115612dbe57505060408051808201909152600781526618dbdb9d195e1d60ca1b6020820152949350505050565b505060408051602081019091525f8152949350505050565b5f5b81816001901b1015612df457612ded81613f3c565b9050612dd8565b919050565b5f8161010081108015612e0d575084811c15155b15612e35576040516394666f0d60e01b815260048101869052602481018290526044016109a9565b859150838160051b81015b80821015612e7b576001871660051b823580861715158683528160208418528060405f200296505050508660011c9650602082019150612e40565b505050949350505050565b60408114612eaa57604051630e37e84760e21b8152600481018290526024016109a9565b5f80612eb883850185613237565b6040878101516080890151915163510aa05f60e01b8152600481018590526001600160401b0391821660248201529181166044830152606482018390528916608482015291935091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063510aa05f9060a4016020604051808303815f875af1925050508015612f6f575060408051601f3d908101601f19168201909252612f6c91810190613f54565b60015b612545573d808015612f9c576040519150601f19603f3d011682016040523d82523d5f602084013e612fa1565b606091505b50600481511080612fcb575063521d872d60e11b612fbe82613f6b565b6001600160e01b03191614155b15612fd857805160208201fd5b82876001600160401b03167fa81d41a7d94a56f4cc4cb1da173ed5ddea7ff4d24877e43b379b4d17c08e4c5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d7ce96df876040518263ffffffff1660e01b815260040161305291815260200190565b602060405180830381865afa15801561306d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130919190613f54565b60405190815260200160405180910390a3506118a2565b5f5f846001600160401b031684846040516024016130c893929190613fa9565b60408051601f198184030181529181526020820180516001600160e01b03166316d29ca360e11b1790529091505f9061271090603f90613109908a90613958565b6131139190613fcb565b61311d9190613672565b90505f5a90508181101561314e576040516323e228cb60e01b815260048101829052602481018390526044016109a9565b5f5f8451602086015f8d8df19998505050505050505050565b5f60208284031215613177575f5ffd5b5035919050565b81518152602080830151908201526040808301516001600160a01b03169082015260608083015163ffffffff16908201526080808301516101208301916131cf908401826001600160401b03169052565b5060a08301516131ea60a08401826001600160801b03169052565b5060c083015161320260c084018263ffffffff169052565b5060e083015161321a60e084018263ffffffff169052565b5061010083015161323061010084018215159052565b5092915050565b5f5f60408385031215613248575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b6004811061327b5761327b613257565b9052565b60208101610917828461326b565b6001600160401b03811681146132a1575f5ffd5b50565b8035612df48161328d565b63ffffffff811681146132a1575f5ffd5b8035612df4816132af565b5f61020082840312156132dc575f5ffd5b50919050565b5f5f83601f8401126132f2575f5ffd5b5081356001600160401b03811115613308575f5ffd5b6020830191508360208260051b8501011115613322575f5ffd5b9250929050565b5f5f83601f840112613339575f5ffd5b5081356001600160401b0381111561334f575f5ffd5b602083019150836020828501011115613322575f5ffd5b5f5f5f5f5f5f5f5f6102a0898b03121561337e575f5ffd5b88356133898161328d565b97506020890135613399816132af565b96506133a88a60408b016132cb565b95506102408901356001600160401b038111156133c3575f5ffd5b6133cf8b828c016132e2565b9096509450506102608901356001600160401b038111156133ee575f5ffd5b6133fa8b828c01613329565b999c989b5096999598949794956102800135949350505050565b5f60208284031215613424575f5ffd5b813561342f8161328d565b9392505050565b5f5f60408385031215613447575f5ffd5b82356134528161328d565b91506020830135613462816132af565b809150509250929050565b5f5f5f5f5f5f60a08789031215613482575f5ffd5b863561348d8161328d565b95506020870135945060408701356134a4816132af565b93506060870135925060808701356001600160401b038111156134c5575f5ffd5b6134d189828a016132e2565b979a9699509497509295939492505050565b6001600160a01b03811681146132a1575f5ffd5b5f60208284031215613507575f5ffd5b813561342f816134e3565b5f6102008284031215613523575f5ffd5b61342f83836132cb565b5f5f5f5f5f5f5f610280888a031215613544575f5ffd5b873561354f8161328d565b9650602088013561355f816132af565b955061356e8960408a016132cb565b94506102408801356001600160401b03811115613589575f5ffd5b6135958a828b016132e2565b9095509350506102608801356001600160401b038111156135b4575f5ffd5b6135c08a828b01613329565b989b979a50959850939692959293505050565b5f5f5f5f5f61026086880312156135e8575f5ffd5b85356135f38161328d565b94506020860135613603816132af565b935061361287604088016132cb565b92506102408601356001600160401b0381111561362d575f5ffd5b613639888289016132e2565b969995985093965092949392505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156109175761091761365e565b6001600160401b038416815263ffffffff83166020820152606081016136ae604083018461326b565b949350505050565b600381106132a1575f5ffd5b8035612df4816136b6565b600381106132a1576132a1613257565b61327b816136cd565b80356136f1816132af565b63ffffffff1682526020810135613707816132af565b63ffffffff1660208301526040810135613720816132af565b63ffffffff1660408301526060810135613739816132af565b63ffffffff166060830152608090810135910152565b6001600160801b03811681146132a1575f5ffd5b8035612df48161374f565b610200810161378d82613780856132a4565b6001600160401b03169052565b613799602084016136c2565b6137a660208401826136dd565b506040838101359083015260608084013590830152608080840135908301526137d160a084016132c0565b63ffffffff1660a08301526137e860c084016132c0565b63ffffffff1660c083015261380360e08084019085016136e6565b61018083810135908301526101a080840135908301526101c080840135908301526138316101e08401613763565b6001600160801b0381166101e0840152613230565b5f63ffffffff821663ffffffff81036138615761386161365e565b60010192915050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60a081525f6138d260a083018961386a565b82810360208401526138e581888a613898565b6001600160a01b0396871660408501529490951660608301525060800152949350505050565b5f6020828403121561391b575f5ffd5b815161342f816134e3565b818103818111156109175761091761365e565b5f60208284031215613949575f5ffd5b8151801515811461342f575f5ffd5b80820281158282048414176109175761091761365e565b8051612df4816136b6565b5f6020828403121561398a575f5ffd5b815161342f816136b6565b5f63ffffffff8216806139aa576139aa61365e565b5f190192915050565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b03811182821017156139e9576139e96139b3565b60405290565b60405161016081016001600160401b03811182821017156139e9576139e96139b3565b60405160c081016001600160401b03811182821017156139e9576139e96139b3565b8051612df4816132af565b8051612df4816134e3565b8051612df48161374f565b5f60e0828403128015613a66575f5ffd5b50613a6f6139c7565b8251613a7a816132af565b81526020830151613a8a816134e3565b60208201526040830151613a9d816134e3565b60408201526060830151613ab08161374f565b606082015260808381015190820152613acb60a08401613a4a565b60a0820152613adc60c08401613a4a565b60c08201529392505050565b60408101613af5846136cd565b9281526001600160a01b039190911660209091015290565b805160058110612df4575f5ffd5b5f60208284031215613b2b575f5ffd5b61342f82613b0d565b818382375f9101908152919050565b5f60208284031215613b53575f5ffd5b813561342f816136b6565b5f60208284031215613b6e575f5ffd5b813561342f8161374f565b6001600160401b0383168152604060208201525f6136ae604083018461386a565b8051612df48161328d565b5f60a08284031215613bb5575f5ffd5b60405160a081016001600160401b0381118282101715613bd757613bd76139b3565b80604052508091508251613bea816132af565b81526020830151613bfa816132af565b60208201526040830151613c0d816132af565b60408201526060830151613c20816132af565b6060820152608092830151920191909152919050565b5f6101e0828403128015613c48575f5ffd5b50613c516139ef565b613c5a83613a3f565b8152613c686020840161396f565b6020820152613c7960408401613b9a565b604082015260608381015190820152613c9460808401613b9a565b6080820152613ca68460a08501613ba5565b60a0820152613cb86101408401613a4a565b60c0820152613cca6101608401613a3f565b60e0820152613cdc6101808401613a34565b610100820152613cef6101a08401613b9a565b610120820152613d026101c08401613b0d565b6101408201529392505050565b6001600160401b038416815260608101613d28846136cd565b836020830152613d37836136cd565b826040830152949350505050565b60a0810161091782846136e6565b5f82601f830112613d62575f5ffd5b81516001600160401b03811115613d7b57613d7b6139b3565b604051601f8201601f19908116603f011681016001600160401b0381118282101715613da957613da96139b3565b604052818152838201602001851015613dc0575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f60208284031215613dec575f5ffd5b81516001600160401b03811115613e01575f5ffd5b8201808403610180811215613e14575f5ffd5b613e1c613a12565b825181526020808401519082015260e0603f1983011215613e3b575f5ffd5b613e436139c7565b91506040830151613e53816132af565b82526060830151613e63816132af565b60208301526080830151613e76816132af565b604083015260a0830151613e89816132af565b6060830152613e9a60c08401613a34565b6080830152613eab60e08401613a34565b60a0830152613ebd6101008401613a34565b60c0830152816040820152613ed56101208401613a3f565b6060820152613ee76101408401613b9a565b608082015261016083015191506001600160401b03821115613f07575f5ffd5b613f1386838501613d53565b60a082015295945050505050565b5f60208284031215613f31575f5ffd5b813561342f816132af565b5f60018201613f4d57613f4d61365e565b5060010190565b5f60208284031215613f64575f5ffd5b5051919050565b805160208201516001600160e01b0319811691906004821015613fa2576001600160e01b0319600483900360031b81901b82161692505b5050919050565b838152604060208201525f613fc2604083018486613898565b95945050505050565b5f82613fe557634e487b7160e01b5f52601260045260245ffd5b50049056",
}

// Rollup is an auto generated Go binding around an Ethereum contract.
type Rollup struct {
	abi abi.ABI
}

// NewRollup creates a new instance of Rollup.
func NewRollup() *Rollup {
	parsed, err := RollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Rollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Rollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address sequencer_, address inbox_, address factory_, address datasets_, address models_, (uint64,uint128,uint128) cfg) returns()
func (rollup *Rollup) PackConstructor(sequencer_ common.Address, inbox_ common.Address, factory_ common.Address, datasets_ common.Address, models_ common.Address, cfg IRollupRollupConfig) []byte {
	enc, err := rollup.abi.Pack("", sequencer_, inbox_, factory_, datasets_, models_, cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCALLBACKRESERVEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x943843c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CALLBACK_RESERVE_GAS() view returns(uint256)
func (rollup *Rollup) PackCALLBACKRESERVEGAS() []byte {
	enc, err := rollup.abi.Pack("CALLBACK_RESERVE_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCALLBACKRESERVEGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x943843c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CALLBACK_RESERVE_GAS() view returns(uint256)
func (rollup *Rollup) TryPackCALLBACKRESERVEGAS() ([]byte, error) {
	return rollup.abi.Pack("CALLBACK_RESERVE_GAS")
}

// UnpackCALLBACKRESERVEGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x943843c1.
//
// Solidity: function CALLBACK_RESERVE_GAS() view returns(uint256)
func (rollup *Rollup) UnpackCALLBACKRESERVEGAS(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("CALLBACK_RESERVE_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXRECORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3814be9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RECORDS() view returns(uint32)
func (rollup *Rollup) PackMAXRECORDS() []byte {
	enc, err := rollup.abi.Pack("MAX_RECORDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRECORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3814be9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RECORDS() view returns(uint32)
func (rollup *Rollup) TryPackMAXRECORDS() ([]byte, error) {
	return rollup.abi.Pack("MAX_RECORDS")
}

// UnpackMAXRECORDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3814be9.
//
// Solidity: function MAX_RECORDS() view returns(uint32)
func (rollup *Rollup) UnpackMAXRECORDS(data []byte) (uint32, error) {
	out, err := rollup.abi.Unpack("MAX_RECORDS", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaa75fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batch(uint256 batchIndex) view returns((bytes32,bytes32,address,uint32,uint64,uint128,uint32,uint32,bool))
func (rollup *Rollup) PackBatch(batchIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("batch", batchIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0eaa75fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batch(uint256 batchIndex) view returns((bytes32,bytes32,address,uint32,uint64,uint128,uint32,uint32,bool))
func (rollup *Rollup) TryPackBatch(batchIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("batch", batchIndex)
}

// UnpackBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0eaa75fe.
//
// Solidity: function batch(uint256 batchIndex) view returns((bytes32,bytes32,address,uint32,uint64,uint128,uint32,uint32,bool))
func (rollup *Rollup) UnpackBatch(data []byte) (IRollupBatch, error) {
	out, err := rollup.abi.Unpack("batch", data)
	if err != nil {
		return *new(IRollupBatch), err
	}
	out0 := *abi.ConvertType(out[0], new(IRollupBatch)).(*IRollupBatch)
	return out0, nil
}

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount() view returns(uint256)
func (rollup *Rollup) PackBatchCount() []byte {
	enc, err := rollup.abi.Pack("batchCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount() view returns(uint256)
func (rollup *Rollup) TryPackBatchCount() ([]byte, error) {
	return rollup.abi.Pack("batchCount")
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f13056.
//
// Solidity: function batchCount() view returns(uint256)
func (rollup *Rollup) UnpackBatchCount(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("batchCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBondsHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x627de745.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bondsHeld() view returns(uint256)
func (rollup *Rollup) PackBondsHeld() []byte {
	enc, err := rollup.abi.Pack("bondsHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBondsHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x627de745.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bondsHeld() view returns(uint256)
func (rollup *Rollup) TryPackBondsHeld() ([]byte, error) {
	return rollup.abi.Pack("bondsHeld")
}

// UnpackBondsHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x627de745.
//
// Solidity: function bondsHeld() view returns(uint256)
func (rollup *Rollup) UnpackBondsHeld(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("bondsHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5daf7364.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeDeadline(uint256 batchIndex) view returns(uint256)
func (rollup *Rollup) PackChallengeDeadline(batchIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("challengeDeadline", batchIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5daf7364.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeDeadline(uint256 batchIndex) view returns(uint256)
func (rollup *Rollup) TryPackChallengeDeadline(batchIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("challengeDeadline", batchIndex)
}

// UnpackChallengeDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5daf7364.
//
// Solidity: function challengeDeadline(uint256 batchIndex) view returns(uint256)
func (rollup *Rollup) UnpackChallengeDeadline(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("challengeDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function config() view returns((uint64,uint128,uint128))
func (rollup *Rollup) PackConfig() []byte {
	enc, err := rollup.abi.Pack("config")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79502c55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function config() view returns((uint64,uint128,uint128))
func (rollup *Rollup) TryPackConfig() ([]byte, error) {
	return rollup.abi.Pack("config")
}

// UnpackConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79502c55.
//
// Solidity: function config() view returns((uint64,uint128,uint128))
func (rollup *Rollup) UnpackConfig(data []byte) (IRollupRollupConfig, error) {
	out, err := rollup.abi.Unpack("config", data)
	if err != nil {
		return *new(IRollupRollupConfig), err
	}
	out0 := *abi.ConvertType(out[0], new(IRollupRollupConfig)).(*IRollupRollupConfig)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address account) view returns(uint256)
func (rollup *Rollup) PackCredit(account common.Address) []byte {
	enc, err := rollup.abi.Pack("credit", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address account) view returns(uint256)
func (rollup *Rollup) TryPackCredit(account common.Address) ([]byte, error) {
	return rollup.abi.Pack("credit", account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address account) view returns(uint256)
func (rollup *Rollup) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDatasets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab2d10f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datasets() view returns(address)
func (rollup *Rollup) PackDatasets() []byte {
	enc, err := rollup.abi.Pack("datasets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatasets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab2d10f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datasets() view returns(address)
func (rollup *Rollup) TryPackDatasets() ([]byte, error) {
	return rollup.abi.Pack("datasets")
}

// UnpackDatasets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab2d10f7.
//
// Solidity: function datasets() view returns(address)
func (rollup *Rollup) UnpackDatasets(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("datasets", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdae5ec37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliver(uint64 batchIndex, uint32 recordIndex, (uint64,uint8,bytes32,bytes32,bytes32,uint32,uint32,(uint32,uint32,uint32,uint32,bytes32),bytes32,bytes32,bytes32,uint128) record, bytes32[] proof, bytes output) returns()
func (rollup *Rollup) PackDeliver(batchIndex uint64, recordIndex uint32, record IRollupJobRecord, proof [][32]byte, output []byte) []byte {
	enc, err := rollup.abi.Pack("deliver", batchIndex, recordIndex, record, proof, output)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdae5ec37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliver(uint64 batchIndex, uint32 recordIndex, (uint64,uint8,bytes32,bytes32,bytes32,uint32,uint32,(uint32,uint32,uint32,uint32,bytes32),bytes32,bytes32,bytes32,uint128) record, bytes32[] proof, bytes output) returns()
func (rollup *Rollup) TryPackDeliver(batchIndex uint64, recordIndex uint32, record IRollupJobRecord, proof [][32]byte, output []byte) ([]byte, error) {
	return rollup.abi.Pack("deliver", batchIndex, recordIndex, record, proof, output)
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c975a86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint64 batchIndex, uint32 recordIndex, (uint64,uint8,bytes32,bytes32,bytes32,uint32,uint32,(uint32,uint32,uint32,uint32,bytes32),bytes32,bytes32,bytes32,uint128) record, bytes32[] proof, bytes setupData, bytes32 challengerClaim) payable returns(address game)
func (rollup *Rollup) PackDispute(batchIndex uint64, recordIndex uint32, record IRollupJobRecord, proof [][32]byte, setupData []byte, challengerClaim [32]byte) []byte {
	enc, err := rollup.abi.Pack("dispute", batchIndex, recordIndex, record, proof, setupData, challengerClaim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c975a86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint64 batchIndex, uint32 recordIndex, (uint64,uint8,bytes32,bytes32,bytes32,uint32,uint32,(uint32,uint32,uint32,uint32,bytes32),bytes32,bytes32,bytes32,uint128) record, bytes32[] proof, bytes setupData, bytes32 challengerClaim) payable returns(address game)
func (rollup *Rollup) TryPackDispute(batchIndex uint64, recordIndex uint32, record IRollupJobRecord, proof [][32]byte, setupData []byte, challengerClaim [32]byte) ([]byte, error) {
	return rollup.abi.Pack("dispute", batchIndex, recordIndex, record, proof, setupData, challengerClaim)
}

// UnpackDispute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c975a86.
//
// Solidity: function dispute(uint64 batchIndex, uint32 recordIndex, (uint64,uint8,bytes32,bytes32,bytes32,uint32,uint32,(uint32,uint32,uint32,uint32,bytes32),bytes32,bytes32,bytes32,uint128) record, bytes32[] proof, bytes setupData, bytes32 challengerClaim) payable returns(address game)
func (rollup *Rollup) UnpackDispute(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("dispute", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function factory() view returns(address)
func (rollup *Rollup) PackFactory() []byte {
	enc, err := rollup.abi.Pack("factory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function factory() view returns(address)
func (rollup *Rollup) TryPackFactory() ([]byte, error) {
	return rollup.abi.Pack("factory")
}

// UnpackFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (rollup *Rollup) UnpackFactory(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("factory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFaultProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c999ae5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function faultProven(uint256 jobId) view returns(bool)
func (rollup *Rollup) PackFaultProven(jobId *big.Int) []byte {
	enc, err := rollup.abi.Pack("faultProven", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFaultProven is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c999ae5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function faultProven(uint256 jobId) view returns(bool)
func (rollup *Rollup) TryPackFaultProven(jobId *big.Int) ([]byte, error) {
	return rollup.abi.Pack("faultProven", jobId)
}

// UnpackFaultProven is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c999ae5.
//
// Solidity: function faultProven(uint256 jobId) view returns(bool)
func (rollup *Rollup) UnpackFaultProven(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("faultProven", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGameOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59ee1d14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameOf(uint256 batchIndex, uint256 recordIndex) view returns(address)
func (rollup *Rollup) PackGameOf(batchIndex *big.Int, recordIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("gameOf", batchIndex, recordIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59ee1d14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameOf(uint256 batchIndex, uint256 recordIndex) view returns(address)
func (rollup *Rollup) TryPackGameOf(batchIndex *big.Int, recordIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("gameOf", batchIndex, recordIndex)
}

// UnpackGameOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59ee1d14.
//
// Solidity: function gameOf(uint256 batchIndex, uint256 recordIndex) view returns(address)
func (rollup *Rollup) UnpackGameOf(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("gameOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inbox() view returns(address)
func (rollup *Rollup) PackInbox() []byte {
	enc, err := rollup.abi.Pack("inbox")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInbox is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb0e722b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inbox() view returns(address)
func (rollup *Rollup) TryPackInbox() ([]byte, error) {
	return rollup.abi.Pack("inbox")
}

// UnpackInbox is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb0e722b.
//
// Solidity: function inbox() view returns(address)
func (rollup *Rollup) UnpackInbox(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("inbox", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x192293b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinal(uint256 batchIndex, uint256 recordIndex) view returns(bool)
func (rollup *Rollup) PackIsFinal(batchIndex *big.Int, recordIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("isFinal", batchIndex, recordIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x192293b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinal(uint256 batchIndex, uint256 recordIndex) view returns(bool)
func (rollup *Rollup) TryPackIsFinal(batchIndex *big.Int, recordIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("isFinal", batchIndex, recordIndex)
}

// UnpackIsFinal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x192293b5.
//
// Solidity: function isFinal(uint256 batchIndex, uint256 recordIndex) view returns(bool)
func (rollup *Rollup) UnpackIsFinal(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("isFinal", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9986df2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function models() view returns(address)
func (rollup *Rollup) PackModels() []byte {
	enc, err := rollup.abi.Pack("models")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9986df2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function models() view returns(address)
func (rollup *Rollup) TryPackModels() ([]byte, error) {
	return rollup.abi.Pack("models")
}

// UnpackModels is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9986df2c.
//
// Solidity: function models() view returns(address)
func (rollup *Rollup) UnpackModels(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("models", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf67f903.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(uint64 batchIndex, bytes32 recordsRoot, uint32 recordCount, bytes32 daCommitment, uint64[] includedJobIds) payable returns()
func (rollup *Rollup) PackPropose(batchIndex uint64, recordsRoot [32]byte, recordCount uint32, daCommitment [32]byte, includedJobIds []uint64) []byte {
	enc, err := rollup.abi.Pack("propose", batchIndex, recordsRoot, recordCount, daCommitment, includedJobIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf67f903.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(uint64 batchIndex, bytes32 recordsRoot, uint32 recordCount, bytes32 daCommitment, uint64[] includedJobIds) payable returns()
func (rollup *Rollup) TryPackPropose(batchIndex uint64, recordsRoot [32]byte, recordCount uint32, daCommitment [32]byte, includedJobIds []uint64) ([]byte, error) {
	return rollup.abi.Pack("propose", batchIndex, recordsRoot, recordCount, daCommitment, includedJobIds)
}

// PackProveInclusionFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47165a71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveInclusionFault(uint256 jobId) returns()
func (rollup *Rollup) PackProveInclusionFault(jobId *big.Int) []byte {
	enc, err := rollup.abi.Pack("proveInclusionFault", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveInclusionFault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47165a71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveInclusionFault(uint256 jobId) returns()
func (rollup *Rollup) TryPackProveInclusionFault(jobId *big.Int) ([]byte, error) {
	return rollup.abi.Pack("proveInclusionFault", jobId)
}

// PackRecordHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda94906d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordHash((uint64,uint8,bytes32,bytes32,bytes32,uint32,uint32,(uint32,uint32,uint32,uint32,bytes32),bytes32,bytes32,bytes32,uint128) record) pure returns(bytes32)
func (rollup *Rollup) PackRecordHash(record IRollupJobRecord) []byte {
	enc, err := rollup.abi.Pack("recordHash", record)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda94906d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordHash((uint64,uint8,bytes32,bytes32,bytes32,uint32,uint32,(uint32,uint32,uint32,uint32,bytes32),bytes32,bytes32,bytes32,uint128) record) pure returns(bytes32)
func (rollup *Rollup) TryPackRecordHash(record IRollupJobRecord) ([]byte, error) {
	return rollup.abi.Pack("recordHash", record)
}

// UnpackRecordHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda94906d.
//
// Solidity: function recordHash((uint64,uint8,bytes32,bytes32,bytes32,uint32,uint32,(uint32,uint32,uint32,uint32,bytes32),bytes32,bytes32,bytes32,uint128) record) pure returns(bytes32)
func (rollup *Rollup) UnpackRecordHash(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("recordHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecordStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a24cf0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordStatus(uint256 batchIndex, uint256 recordIndex) view returns(uint8)
func (rollup *Rollup) PackRecordStatus(batchIndex *big.Int, recordIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("recordStatus", batchIndex, recordIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a24cf0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordStatus(uint256 batchIndex, uint256 recordIndex) view returns(uint8)
func (rollup *Rollup) TryPackRecordStatus(batchIndex *big.Int, recordIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("recordStatus", batchIndex, recordIndex)
}

// UnpackRecordStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a24cf0.
//
// Solidity: function recordStatus(uint256 batchIndex, uint256 recordIndex) view returns(uint8)
func (rollup *Rollup) UnpackRecordStatus(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("recordStatus", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackReleaseBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ec03b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseBond(uint64 batchIndex) returns()
func (rollup *Rollup) PackReleaseBond(batchIndex uint64) []byte {
	enc, err := rollup.abi.Pack("releaseBond", batchIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47ec03b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseBond(uint64 batchIndex) returns()
func (rollup *Rollup) TryPackReleaseBond(batchIndex uint64) ([]byte, error) {
	return rollup.abi.Pack("releaseBond", batchIndex)
}

// PackReportInvalid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdca5f78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportInvalid(uint64 batchIndex, uint32 recordIndex, (uint64,uint8,bytes32,bytes32,bytes32,uint32,uint32,(uint32,uint32,uint32,uint32,bytes32),bytes32,bytes32,bytes32,uint128) record, bytes32[] proof) returns()
func (rollup *Rollup) PackReportInvalid(batchIndex uint64, recordIndex uint32, record IRollupJobRecord, proof [][32]byte) []byte {
	enc, err := rollup.abi.Pack("reportInvalid", batchIndex, recordIndex, record, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportInvalid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdca5f78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportInvalid(uint64 batchIndex, uint32 recordIndex, (uint64,uint8,bytes32,bytes32,bytes32,uint32,uint32,(uint32,uint32,uint32,uint32,bytes32),bytes32,bytes32,bytes32,uint128) record, bytes32[] proof) returns()
func (rollup *Rollup) TryPackReportInvalid(batchIndex uint64, recordIndex uint32, record IRollupJobRecord, proof [][32]byte) ([]byte, error) {
	return rollup.abi.Pack("reportInvalid", batchIndex, recordIndex, record, proof)
}

// PackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) PackSequencer() []byte {
	enc, err := rollup.abi.Pack("sequencer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c1bba38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) TryPackSequencer() ([]byte, error) {
	return rollup.abi.Pack("sequencer")
}

// UnpackSequencer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c1bba38.
//
// Solidity: function sequencer() view returns(address)
func (rollup *Rollup) UnpackSequencer(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("sequencer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x960c74bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint64 batchIndex, uint32 recordIndex) returns()
func (rollup *Rollup) PackSettle(batchIndex uint64, recordIndex uint32) []byte {
	enc, err := rollup.abi.Pack("settle", batchIndex, recordIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x960c74bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint64 batchIndex, uint32 recordIndex) returns()
func (rollup *Rollup) TryPackSettle(batchIndex uint64, recordIndex uint32) ([]byte, error) {
	return rollup.abi.Pack("settle", batchIndex, recordIndex)
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake() payable returns()
func (rollup *Rollup) PackStake() []byte {
	enc, err := rollup.abi.Pack("stake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a4b66f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake() payable returns()
func (rollup *Rollup) TryPackStake() ([]byte, error) {
	return rollup.abi.Pack("stake")
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6960d12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf() view returns(uint256)
func (rollup *Rollup) PackStakeOf() []byte {
	enc, err := rollup.abi.Pack("stakeOf")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6960d12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf() view returns(uint256)
func (rollup *Rollup) TryPackStakeOf() ([]byte, error) {
	return rollup.abi.Pack("stakeOf")
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6960d12.
//
// Solidity: function stakeOf() view returns(uint256)
func (rollup *Rollup) UnpackStakeOf(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("stakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSurvived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x619010b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function survived(uint256 batchIndex, uint256 recordIndex) view returns(bool)
func (rollup *Rollup) PackSurvived(batchIndex *big.Int, recordIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("survived", batchIndex, recordIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSurvived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x619010b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function survived(uint256 batchIndex, uint256 recordIndex) view returns(bool)
func (rollup *Rollup) TryPackSurvived(batchIndex *big.Int, recordIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("survived", batchIndex, recordIndex)
}

// UnpackSurvived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x619010b5.
//
// Solidity: function survived(uint256 batchIndex, uint256 recordIndex) view returns(bool)
func (rollup *Rollup) UnpackSurvived(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("survived", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalCredits() view returns(uint256)
func (rollup *Rollup) PackTotalCredits() []byte {
	enc, err := rollup.abi.Pack("totalCredits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5bd3eb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalCredits() view returns(uint256)
func (rollup *Rollup) TryPackTotalCredits() ([]byte, error) {
	return rollup.abi.Pack("totalCredits")
}

// UnpackTotalCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5bd3eb9.
//
// Solidity: function totalCredits() view returns(uint256)
func (rollup *Rollup) UnpackTotalCredits(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("totalCredits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e17de78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unstake(uint256 amount) returns()
func (rollup *Rollup) PackUnstake(amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("unstake", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e17de78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unstake(uint256 amount) returns()
func (rollup *Rollup) TryPackUnstake(amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("unstake", amount)
}

// PackWithdrawCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36f3874.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCredit() returns()
func (rollup *Rollup) PackWithdrawCredit() []byte {
	enc, err := rollup.abi.Pack("withdrawCredit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36f3874.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCredit() returns()
func (rollup *Rollup) TryPackWithdrawCredit() ([]byte, error) {
	return rollup.abi.Pack("withdrawCredit")
}

// RollupBatchProposed represents a BatchProposed event raised by the Rollup contract.
type RollupBatchProposed struct {
	BatchIndex   *big.Int
	RecordsRoot  [32]byte
	RecordCount  uint32
	DaCommitment [32]byte
	Bond         *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const RollupBatchProposedEventName = "BatchProposed"

// ContractEventName returns the user-defined event name.
func (RollupBatchProposed) ContractEventName() string {
	return RollupBatchProposedEventName
}

// UnpackBatchProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchProposed(uint256 indexed batchIndex, bytes32 recordsRoot, uint32 recordCount, bytes32 daCommitment, uint256 bond)
func (rollup *Rollup) UnpackBatchProposedEvent(log *types.Log) (*RollupBatchProposed, error) {
	event := "BatchProposed"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupBatchProposed)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupBondReleased represents a BondReleased event raised by the Rollup contract.
type RollupBondReleased struct {
	BatchIndex *big.Int
	Proposer   common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBondReleasedEventName = "BondReleased"

// ContractEventName returns the user-defined event name.
func (RollupBondReleased) ContractEventName() string {
	return RollupBondReleasedEventName
}

// UnpackBondReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondReleased(uint256 indexed batchIndex, address proposer, uint256 amount)
func (rollup *Rollup) UnpackBondReleasedEvent(log *types.Log) (*RollupBondReleased, error) {
	event := "BondReleased"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupBondReleased)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupCreditWithdrawn represents a CreditWithdrawn event raised by the Rollup contract.
type RollupCreditWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RollupCreditWithdrawnEventName = "CreditWithdrawn"

// ContractEventName returns the user-defined event name.
func (RollupCreditWithdrawn) ContractEventName() string {
	return RollupCreditWithdrawnEventName
}

// UnpackCreditWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditWithdrawn(address indexed account, uint256 amount)
func (rollup *Rollup) UnpackCreditWithdrawnEvent(log *types.Log) (*RollupCreditWithdrawn, error) {
	event := "CreditWithdrawn"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupCreditWithdrawn)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupCredited represents a Credited event raised by the Rollup contract.
type RollupCredited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RollupCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (RollupCredited) ContractEventName() string {
	return RollupCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, uint256 amount)
func (rollup *Rollup) UnpackCreditedEvent(log *types.Log) (*RollupCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupCredited)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupDisputeSettled represents a DisputeSettled event raised by the Rollup contract.
type RollupDisputeSettled struct {
	BatchIndex  *big.Int
	RecordIndex *big.Int
	Status      uint8
	Winner      common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupDisputeSettledEventName = "DisputeSettled"

// ContractEventName returns the user-defined event name.
func (RollupDisputeSettled) ContractEventName() string {
	return RollupDisputeSettledEventName
}

// UnpackDisputeSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeSettled(uint256 indexed batchIndex, uint256 indexed recordIndex, uint8 status, address winner)
func (rollup *Rollup) UnpackDisputeSettledEvent(log *types.Log) (*RollupDisputeSettled, error) {
	event := "DisputeSettled"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupDisputeSettled)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupInclusionFaultProven represents a InclusionFaultProven event raised by the Rollup contract.
type RollupInclusionFaultProven struct {
	JobId   *big.Int
	Prover  common.Address
	Penalty *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RollupInclusionFaultProvenEventName = "InclusionFaultProven"

// ContractEventName returns the user-defined event name.
func (RollupInclusionFaultProven) ContractEventName() string {
	return RollupInclusionFaultProvenEventName
}

// UnpackInclusionFaultProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InclusionFaultProven(uint256 indexed jobId, address indexed prover, uint256 penalty)
func (rollup *Rollup) UnpackInclusionFaultProvenEvent(log *types.Log) (*RollupInclusionFaultProven, error) {
	event := "InclusionFaultProven"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupInclusionFaultProven)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupJobDelivered represents a JobDelivered event raised by the Rollup contract.
type RollupJobDelivered struct {
	BatchIndex  *big.Int
	RecordIndex *big.Int
	JobId       uint64
	CallbackOk  bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupJobDeliveredEventName = "JobDelivered"

// ContractEventName returns the user-defined event name.
func (RollupJobDelivered) ContractEventName() string {
	return RollupJobDeliveredEventName
}

// UnpackJobDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobDelivered(uint256 indexed batchIndex, uint256 indexed recordIndex, uint64 indexed jobId, bool callbackOk)
func (rollup *Rollup) UnpackJobDeliveredEvent(log *types.Log) (*RollupJobDelivered, error) {
	event := "JobDelivered"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupJobDelivered)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupLineageExisting represents a LineageExisting event raised by the Rollup contract.
type RollupLineageExisting struct {
	JobId     uint64
	ModelRoot [32]byte
	LineageId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupLineageExistingEventName = "LineageExisting"

// ContractEventName returns the user-defined event name.
func (RollupLineageExisting) ContractEventName() string {
	return RollupLineageExistingEventName
}

// UnpackLineageExistingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LineageExisting(uint64 indexed jobId, bytes32 indexed modelRoot, uint256 lineageId)
func (rollup *Rollup) UnpackLineageExistingEvent(log *types.Log) (*RollupLineageExisting, error) {
	event := "LineageExisting"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupLineageExisting)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupRecordDisputed represents a RecordDisputed event raised by the Rollup contract.
type RollupRecordDisputed struct {
	BatchIndex  *big.Int
	RecordIndex *big.Int
	Game        common.Address
	Challenger  common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupRecordDisputedEventName = "RecordDisputed"

// ContractEventName returns the user-defined event name.
func (RollupRecordDisputed) ContractEventName() string {
	return RollupRecordDisputedEventName
}

// UnpackRecordDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecordDisputed(uint256 indexed batchIndex, uint256 indexed recordIndex, address game, address challenger)
func (rollup *Rollup) UnpackRecordDisputedEvent(log *types.Log) (*RollupRecordDisputed, error) {
	event := "RecordDisputed"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupRecordDisputed)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupRecordInvalid represents a RecordInvalid event raised by the Rollup contract.
type RollupRecordInvalid struct {
	BatchIndex  *big.Int
	RecordIndex *big.Int
	JobId       uint64
	Reason      string
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupRecordInvalidEventName = "RecordInvalid"

// ContractEventName returns the user-defined event name.
func (RollupRecordInvalid) ContractEventName() string {
	return RollupRecordInvalidEventName
}

// UnpackRecordInvalidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecordInvalid(uint256 indexed batchIndex, uint256 indexed recordIndex, uint64 jobId, string reason)
func (rollup *Rollup) UnpackRecordInvalidEvent(log *types.Log) (*RollupRecordInvalid, error) {
	event := "RecordInvalid"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupRecordInvalid)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupRecordVoided represents a RecordVoided event raised by the Rollup contract.
type RollupRecordVoided struct {
	BatchIndex  *big.Int
	RecordIndex *big.Int
	JobId       uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupRecordVoidedEventName = "RecordVoided"

// ContractEventName returns the user-defined event name.
func (RollupRecordVoided) ContractEventName() string {
	return RollupRecordVoidedEventName
}

// UnpackRecordVoidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RecordVoided(uint256 indexed batchIndex, uint256 indexed recordIndex, uint64 jobId)
func (rollup *Rollup) UnpackRecordVoidedEvent(log *types.Log) (*RollupRecordVoided, error) {
	event := "RecordVoided"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupRecordVoided)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupStaked represents a Staked event raised by the Rollup contract.
type RollupStaked struct {
	Sequencer common.Address
	Amount    *big.Int
	Total     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (RollupStaked) ContractEventName() string {
	return RollupStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed sequencer, uint256 amount, uint256 total)
func (rollup *Rollup) UnpackStakedEvent(log *types.Log) (*RollupStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupStaked)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupUnstaked represents a Unstaked event raised by the Rollup contract.
type RollupUnstaked struct {
	Sequencer common.Address
	Amount    *big.Int
	Total     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupUnstakedEventName = "Unstaked"

// ContractEventName returns the user-defined event name.
func (RollupUnstaked) ContractEventName() string {
	return RollupUnstakedEventName
}

// UnpackUnstakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unstaked(address indexed sequencer, uint256 amount, uint256 total)
func (rollup *Rollup) UnpackUnstakedEvent(log *types.Log) (*RollupUnstaked, error) {
	event := "Unstaked"
	if len(log.Topics) == 0 || log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(RollupUnstaked)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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
func (rollup *Rollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollup.abi.Errors["BondAlreadyReleased"].ID.Bytes()[:4]) {
		return rollup.UnpackBondAlreadyReleasedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return rollup.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return rollup.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DisputeSurvived"].ID.Bytes()[:4]) {
		return rollup.UnpackDisputeSurvivedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DisputesPending"].ID.Bytes()[:4]) {
		return rollup.UnpackDisputesPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["FaultAlreadyProven"].ID.Bytes()[:4]) {
		return rollup.UnpackFaultAlreadyProvenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["GameNotResolved"].ID.Bytes()[:4]) {
		return rollup.UnpackGameNotResolvedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["IncorrectBond"].ID.Bytes()[:4]) {
		return rollup.UnpackIncorrectBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return rollup.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return rollup.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidTrainingOutput"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidTrainingOutputError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["KindMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackKindMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoCredit"].ID.Bytes()[:4]) {
		return rollup.UnpackNoCreditError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotForceRefunded"].ID.Bytes()[:4]) {
		return rollup.UnpackNotForceRefundedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotSequencer"].ID.Bytes()[:4]) {
		return rollup.UnpackNotSequencerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["OutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["RecordNotInBatch"].ID.Bytes()[:4]) {
		return rollup.UnpackRecordNotInBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["RecordValid"].ID.Bytes()[:4]) {
		return rollup.UnpackRecordValidError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return rollup.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongBatchIndex"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongBatchIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongOutput"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongOutputError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongRecordStatus"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongRecordStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroValue"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupBondAlreadyReleased represents a BondAlreadyReleased error raised by the Rollup contract.
type RollupBondAlreadyReleased struct {
	BatchIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondAlreadyReleased(uint256 batchIndex)
func RollupBondAlreadyReleasedErrorID() common.Hash {
	return common.HexToHash("0xc77c3c254a33bc02271f68cde347230fc7e4a920fea68fc8edee911622b64af3")
}

// UnpackBondAlreadyReleasedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondAlreadyReleased(uint256 batchIndex)
func (rollup *Rollup) UnpackBondAlreadyReleasedError(raw []byte) (*RollupBondAlreadyReleased, error) {
	out := new(RollupBondAlreadyReleased)
	if err := rollup.abi.UnpackIntoInterface(out, "BondAlreadyReleased", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupChallengeWindowClosed represents a ChallengeWindowClosed error raised by the Rollup contract.
type RollupChallengeWindowClosed struct {
	BatchIndex *big.Int
	ClosedAt   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint256 batchIndex, uint256 closedAt)
func RollupChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x9187e902a864dd02169704b56b0f0a5acefc83a01e2c0691c1c327f46c14eda7")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint256 batchIndex, uint256 closedAt)
func (rollup *Rollup) UnpackChallengeWindowClosedError(raw []byte) (*RollupChallengeWindowClosed, error) {
	out := new(RollupChallengeWindowClosed)
	if err := rollup.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupChallengeWindowOpen represents a ChallengeWindowOpen error raised by the Rollup contract.
type RollupChallengeWindowOpen struct {
	BatchIndex *big.Int
	ClosesAt   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(uint256 batchIndex, uint256 closesAt)
func RollupChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x76f615b00a3ec6e9519258ee929d9e8422f067dfc91c8334beba4c9318def0a0")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(uint256 batchIndex, uint256 closesAt)
func (rollup *Rollup) UnpackChallengeWindowOpenError(raw []byte) (*RollupChallengeWindowOpen, error) {
	out := new(RollupChallengeWindowOpen)
	if err := rollup.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDisputeSurvived represents a DisputeSurvived error raised by the Rollup contract.
type RollupDisputeSurvived struct {
	BatchIndex  *big.Int
	RecordIndex *big.Int
	Game        common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeSurvived(uint256 batchIndex, uint256 recordIndex, address game)
func RollupDisputeSurvivedErrorID() common.Hash {
	return common.HexToHash("0xc97c9ec30625e72648371434d10ce4a701c296aa841148bc01e6b4ea92a84681")
}

// UnpackDisputeSurvivedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeSurvived(uint256 batchIndex, uint256 recordIndex, address game)
func (rollup *Rollup) UnpackDisputeSurvivedError(raw []byte) (*RollupDisputeSurvived, error) {
	out := new(RollupDisputeSurvived)
	if err := rollup.abi.UnpackIntoInterface(out, "DisputeSurvived", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDisputesPending represents a DisputesPending error raised by the Rollup contract.
type RollupDisputesPending struct {
	BatchIndex *big.Int
	Pending    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputesPending(uint256 batchIndex, uint256 pending)
func RollupDisputesPendingErrorID() common.Hash {
	return common.HexToHash("0x017f9ff27d0889cbddf3572cc29eac28cf3e9c93b20f5851d1d4e530e167f901")
}

// UnpackDisputesPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputesPending(uint256 batchIndex, uint256 pending)
func (rollup *Rollup) UnpackDisputesPendingError(raw []byte) (*RollupDisputesPending, error) {
	out := new(RollupDisputesPending)
	if err := rollup.abi.UnpackIntoInterface(out, "DisputesPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupFaultAlreadyProven represents a FaultAlreadyProven error raised by the Rollup contract.
type RollupFaultAlreadyProven struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FaultAlreadyProven(uint256 jobId)
func RollupFaultAlreadyProvenErrorID() common.Hash {
	return common.HexToHash("0xa764f94a6c831f707e6fa5890427f0d95f1b03af0832ed5ae62458b90ee9009d")
}

// UnpackFaultAlreadyProvenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FaultAlreadyProven(uint256 jobId)
func (rollup *Rollup) UnpackFaultAlreadyProvenError(raw []byte) (*RollupFaultAlreadyProven, error) {
	out := new(RollupFaultAlreadyProven)
	if err := rollup.abi.UnpackIntoInterface(out, "FaultAlreadyProven", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGameNotResolved represents a GameNotResolved error raised by the Rollup contract.
type RollupGameNotResolved struct {
	Game common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GameNotResolved(address game)
func RollupGameNotResolvedErrorID() common.Hash {
	return common.HexToHash("0x4cf40a45369f34a445ecda4a8b6baf6714ac99e4fe2087d31fe9996352ea23b7")
}

// UnpackGameNotResolvedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GameNotResolved(address game)
func (rollup *Rollup) UnpackGameNotResolvedError(raw []byte) (*RollupGameNotResolved, error) {
	out := new(RollupGameNotResolved)
	if err := rollup.abi.UnpackIntoInterface(out, "GameNotResolved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupIncorrectBond represents a IncorrectBond error raised by the Rollup contract.
type RollupIncorrectBond struct {
	Sent     *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncorrectBond(uint256 sent, uint256 required)
func RollupIncorrectBondErrorID() common.Hash {
	return common.HexToHash("0x85c6e4514f061a3aca9a06d45489bc62213adc6408f3ac5fb4b825990850aa42")
}

// UnpackIncorrectBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncorrectBond(uint256 sent, uint256 required)
func (rollup *Rollup) UnpackIncorrectBondError(raw []byte) (*RollupIncorrectBond, error) {
	out := new(RollupIncorrectBond)
	if err := rollup.abi.UnpackIntoInterface(out, "IncorrectBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupIndexOutOfRange represents a IndexOutOfRange error raised by the Rollup contract.
type RollupIndexOutOfRange struct {
	Index *big.Int
	Depth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func RollupIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func (rollup *Rollup) UnpackIndexOutOfRangeError(raw []byte) (*RollupIndexOutOfRange, error) {
	out := new(RollupIndexOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInsufficientGas represents a InsufficientGas error raised by the Rollup contract.
type RollupInsufficientGas struct {
	Left   *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas(uint256 left, uint256 needed)
func RollupInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x23e228cb30ba888d86279f51c27a6690ec0fe016ea074bbd6332de5b2571f9b3")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas(uint256 left, uint256 needed)
func (rollup *Rollup) UnpackInsufficientGasError(raw []byte) (*RollupInsufficientGas, error) {
	out := new(RollupInsufficientGas)
	if err := rollup.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInsufficientStake represents a InsufficientStake error raised by the Rollup contract.
type RollupInsufficientStake struct {
	Have *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 have, uint256 want)
func RollupInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 have, uint256 want)
func (rollup *Rollup) UnpackInsufficientStakeError(raw []byte) (*RollupInsufficientStake, error) {
	out := new(RollupInsufficientStake)
	if err := rollup.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidTrainingOutput represents a InvalidTrainingOutput error raised by the Rollup contract.
type RollupInvalidTrainingOutput struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTrainingOutput(uint256 length)
func RollupInvalidTrainingOutputErrorID() common.Hash {
	return common.HexToHash("0x38dfa11c47d65c6fc85f33675ba41034ca9f0aefdc9f21c7db76c30686d39790")
}

// UnpackInvalidTrainingOutputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTrainingOutput(uint256 length)
func (rollup *Rollup) UnpackInvalidTrainingOutputError(raw []byte) (*RollupInvalidTrainingOutput, error) {
	out := new(RollupInvalidTrainingOutput)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidTrainingOutput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupKindMismatch represents a KindMismatch error raised by the Rollup contract.
type RollupKindMismatch struct {
	JobId      *big.Int
	RecordKind uint8
	JobKind    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KindMismatch(uint256 jobId, uint8 recordKind, uint8 jobKind)
func RollupKindMismatchErrorID() common.Hash {
	return common.HexToHash("0xd34dfd3315d79dec8703b9678355548ce3f33ca4a5e30a9e2d52a09d1d3b2dad")
}

// UnpackKindMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KindMismatch(uint256 jobId, uint8 recordKind, uint8 jobKind)
func (rollup *Rollup) UnpackKindMismatchError(raw []byte) (*RollupKindMismatch, error) {
	out := new(RollupKindMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "KindMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNoCredit represents a NoCredit error raised by the Rollup contract.
type RollupNoCredit struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCredit(address account)
func RollupNoCreditErrorID() common.Hash {
	return common.HexToHash("0x6385746fcefe8edde7204ab2688cf3a9703f55184b5a77e217814dada566d089")
}

// UnpackNoCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCredit(address account)
func (rollup *Rollup) UnpackNoCreditError(raw []byte) (*RollupNoCredit, error) {
	out := new(RollupNoCredit)
	if err := rollup.abi.UnpackIntoInterface(out, "NoCredit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotForceRefunded represents a NotForceRefunded error raised by the Rollup contract.
type RollupNotForceRefunded struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotForceRefunded(uint256 jobId)
func RollupNotForceRefundedErrorID() common.Hash {
	return common.HexToHash("0xab9bede4f04e21d91dfbe80497bab4f9c7db7e6dca563c6cc0c4dffc887c4e7a")
}

// UnpackNotForceRefundedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotForceRefunded(uint256 jobId)
func (rollup *Rollup) UnpackNotForceRefundedError(raw []byte) (*RollupNotForceRefunded, error) {
	out := new(RollupNotForceRefunded)
	if err := rollup.abi.UnpackIntoInterface(out, "NotForceRefunded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotSequencer represents a NotSequencer error raised by the Rollup contract.
type RollupNotSequencer struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSequencer(address caller)
func RollupNotSequencerErrorID() common.Hash {
	return common.HexToHash("0x0596787718e4a3212038e1b1501f602a660a34700b149722180893ceaca0f8ed")
}

// UnpackNotSequencerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSequencer(address caller)
func (rollup *Rollup) UnpackNotSequencerError(raw []byte) (*RollupNotSequencer, error) {
	out := new(RollupNotSequencer)
	if err := rollup.abi.UnpackIntoInterface(out, "NotSequencer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupOutOfRange represents a OutOfRange error raised by the Rollup contract.
type RollupOutOfRange struct {
	Field string
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 min, uint256 max)
func RollupOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x73c9e34d2a15238d4d9392e631e98bf849916058f3b57c13e1bf0d8b6d1d6540")
}

// UnpackOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 min, uint256 max)
func (rollup *Rollup) UnpackOutOfRangeError(raw []byte) (*RollupOutOfRange, error) {
	out := new(RollupOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "OutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRecordNotInBatch represents a RecordNotInBatch error raised by the Rollup contract.
type RollupRecordNotInBatch struct {
	BatchIndex  *big.Int
	RecordIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordNotInBatch(uint256 batchIndex, uint256 recordIndex)
func RollupRecordNotInBatchErrorID() common.Hash {
	return common.HexToHash("0x870e051914f98321c10bb0c39f9c79a060b64ba2245739fb79b6a274c4856e96")
}

// UnpackRecordNotInBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordNotInBatch(uint256 batchIndex, uint256 recordIndex)
func (rollup *Rollup) UnpackRecordNotInBatchError(raw []byte) (*RollupRecordNotInBatch, error) {
	out := new(RollupRecordNotInBatch)
	if err := rollup.abi.UnpackIntoInterface(out, "RecordNotInBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRecordValid represents a RecordValid error raised by the Rollup contract.
type RollupRecordValid struct {
	BatchIndex  *big.Int
	RecordIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordValid(uint256 batchIndex, uint256 recordIndex)
func RollupRecordValidErrorID() common.Hash {
	return common.HexToHash("0x4ec247ba3ad52c0efdfd2ad7128bb062111b28acb1ad43eed7518ca062875c18")
}

// UnpackRecordValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordValid(uint256 batchIndex, uint256 recordIndex)
func (rollup *Rollup) UnpackRecordValidError(raw []byte) (*RollupRecordValid, error) {
	out := new(RollupRecordValid)
	if err := rollup.abi.UnpackIntoInterface(out, "RecordValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTransferFailed represents a TransferFailed error raised by the Rollup contract.
type RollupTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func RollupTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (rollup *Rollup) UnpackTransferFailedError(raw []byte) (*RollupTransferFailed, error) {
	out := new(RollupTransferFailed)
	if err := rollup.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownBatch represents a UnknownBatch error raised by the Rollup contract.
type RollupUnknownBatch struct {
	BatchIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint256 batchIndex)
func RollupUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0x4392ee6a277b6a3f727911895d8c530bb19e11ffc893c9dfe3b57d6fde293d28")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint256 batchIndex)
func (rollup *Rollup) UnpackUnknownBatchError(raw []byte) (*RollupUnknownBatch, error) {
	out := new(RollupUnknownBatch)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongBatchIndex represents a WrongBatchIndex error raised by the Rollup contract.
type RollupWrongBatchIndex struct {
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBatchIndex(uint256 got, uint256 want)
func RollupWrongBatchIndexErrorID() common.Hash {
	return common.HexToHash("0x8e95b8f66b2f78bc23f5d2d3bb0ad8d0b5d22da9e1099caf0c314e1475692a01")
}

// UnpackWrongBatchIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBatchIndex(uint256 got, uint256 want)
func (rollup *Rollup) UnpackWrongBatchIndexError(raw []byte) (*RollupWrongBatchIndex, error) {
	out := new(RollupWrongBatchIndex)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongBatchIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongOutput represents a WrongOutput error raised by the Rollup contract.
type RollupWrongOutput struct {
	Got  [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongOutput(bytes32 got, bytes32 want)
func RollupWrongOutputErrorID() common.Hash {
	return common.HexToHash("0x95d4629a491464d3ee6159f555cae6e6a524fccc5ec05655e5a143f8741fcfad")
}

// UnpackWrongOutputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongOutput(bytes32 got, bytes32 want)
func (rollup *Rollup) UnpackWrongOutputError(raw []byte) (*RollupWrongOutput, error) {
	out := new(RollupWrongOutput)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongOutput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongRecordStatus represents a WrongRecordStatus error raised by the Rollup contract.
type RollupWrongRecordStatus struct {
	BatchIndex  *big.Int
	RecordIndex *big.Int
	Have        uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRecordStatus(uint256 batchIndex, uint256 recordIndex, uint8 have)
func RollupWrongRecordStatusErrorID() common.Hash {
	return common.HexToHash("0xc6edf805de0786c7d2f77975ea3df6b10058dbe03dea519fb6b756548dd066e5")
}

// UnpackWrongRecordStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRecordStatus(uint256 batchIndex, uint256 recordIndex, uint8 have)
func (rollup *Rollup) UnpackWrongRecordStatusError(raw []byte) (*RollupWrongRecordStatus, error) {
	out := new(RollupWrongRecordStatus)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongRecordStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroValue represents a ZeroValue error raised by the Rollup contract.
type RollupZeroValue struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroValue(string field)
func RollupZeroValueErrorID() common.Hash {
	return common.HexToHash("0x46c82ad0196f611f7b70d8cd7cfe450fc594ee31d60c30f03b520c195e8b60f5")
}

// UnpackZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroValue(string field)
func (rollup *Rollup) UnpackZeroValueError(raw []byte) (*RollupZeroValue, error) {
	out := new(RollupZeroValue)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMMetaData contains all meta data concerning the TransformerVM contract.
var TransformerVMMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIOneStepVerifier\",\"name\":\"verifier\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"VERIFIER\",\"outputs\":[{\"internalType\":\"contractIOneStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"p\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"l\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"promptLen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"temperatureMilli\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"isFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"project\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setup\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"rootClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"absolutePrestate\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"transitions\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"subgamePrestate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"state0\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"BadInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotInModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"PrestateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"programLength\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongOperand\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"p\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"l\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wantP\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wantL\",\"type\":\"uint256\"}],\"name\":\"WrongTransition\",\"type\":\"error\"}]",
	ID:  "e1c27550890b376df858ea442f707bfa4f",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051614825380380614825833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516147a16100845f395f8181606901526107cb01526147a15ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806308c84e70146100645780632379b523146100a85780636ee02ce9146100cb578063a2d599a8146100ec578063b1dcbee21461010f578063e934149f14610122575b5f5ffd5b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100bb6100b6366004612ffa565b610135565b60405161009f9493929190613092565b6100de6100d93660046130b6565b6106fa565b60405190815260200161009f565b6100ff6100fa366004613136565b61087c565b604051901515815260200161009f565b6100de61011d3660046130b6565b6108d3565b6100de6101303660046130b6565b610ac4565b5f8080606081610147888a018a613340565b90505f8160200151600281111561016057610160613407565b1461019f578060200151600281111561017b5761017b613407565b604051630d1dfb5d60e31b815260ff90911660048201526024015b60405180910390fd5b5f6101ac878901896136dc565b90506101c4815f015183604001518360200151610d9c565b6060810151516080820151518115806101e757508360a0015163ffffffff168214155b1561021e576040516336ea633b60e11b81526020600482015260066024820152651c1c9bdb5c1d60d21b6044820152606401610196565b80158061023557508360c0015163ffffffff168114155b8061024b575060e08401515163ffffffff168114155b15610285576040516336ea633b60e11b815260206004820152600960248201526837baba383aba2632b760b91b6044820152606401610196565b825160c0015163ffffffff1661029b82846137ef565b11156102f6576102ab81836137ef565b835160c001516040516329ded1a760e11b8152606060048201526006606482015265746f6b656e7360d01b6084820152602481019290925263ffffffff16604482015260a401610196565b836080015161030884606001516111fd565b14610343576040516336ea633b60e11b815260206004820152600a6024820152691c1c9bdb5c1d149bdbdd60b21b6044820152606401610196565b5f61035184608001516112fa565b905084610100015181805190602001201461039c576040516336ea633b60e11b815260206004820152600a6024820152690deeae8e0eae890c2e6d60b31b6044820152606401610196565b5f5f5b848110156104a357855f015160a0015163ffffffff16866060015182815181106103cb576103cb613802565b602002602001015163ffffffff161061045157856060015181815181106103f4576103f4613802565b6020908102919091010151865160a001516040516329ded1a760e11b815260606004820152600c60648201526b383937b6b83a103a37b5b2b760a11b608482015263ffffffff92831660248201529116604482015260a401610196565b818660600151828151811061046857610468613802565b6020026020010151604051602001610481929190613827565b60408051601f198184030181529190528051602090910120915060010161039f565b505f5b838110156105aa57855f015160a0015163ffffffff16866080015182815181106104d2576104d2613802565b602002602001015163ffffffff161061055857856080015181815181106104fb576104fb613802565b6020908102919091010151865160a001516040516329ded1a760e11b815260606004820152600c60648201526b37baba383aba103a37b5b2b760a11b608482015263ffffffff92831660248201529116604482015260a401610196565b818660800151828151811061056f5761056f613802565b6020026020010151604051602001610588929190613827565b60408051601f19818403018152919052805160209091012091506001016104a6565b505f60016105b885876137ef565b6105c29190613842565b9050805f886101200151896101400151856040516020016105e7959493929190613855565b604051602081830303815290604052805190602001209a5061060d8688604001516113c3565b865160200151909a506106279063ffffffff1660016137ef565b610631908261388b565b98506040518060800160405280875f01518152602001886040015181526020016040518060c001604052808a6080015181526020018a60a0015163ffffffff1681526020018a60e001516020015163ffffffff1681526020018a60e001516040015163ffffffff1681526020018a60e001516060015163ffffffff1681526020018a60e001516080015181525081526020018a8152506040516020016106d79190613a00565b604051602081830303815290604052975050505050505050945094509450949050565b5f8061070887890189613a43565b90508060600151861061071e5784915050610872565b5f5f61072a838961175a565b90925090505f61073c86880188613e9a565b905082816020015163ffffffff16141580610761575081816040015163ffffffff1614155b156107a757602081015160408083015190516376778d1d60e11b815263ffffffff9283166004820152911660248201526044810184905260648101839052608401610196565b8351602085015160408087015190516213c39160eb1b81525f936001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001693639e1c8800936108009388906004016142cb565b6040805180830381865afa15801561081a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061083e9190614433565b9650905088811461086c57604051639326f62560e01b815260048101829052602481018a9052604401610196565b50505050505b9695505050505050565b5f8061088e6040890160208a01614455565b63ffffffff1686146108aa576108a588888561179a565b6108c4565b6108c488866108ba8a60016137ef565b1086151586611fad565b50501598975050505050505050565b5f806108e187890189613a43565b9050806060015186106108f75784915050610872565b5f5f610903838961175a565b90925090505f6109158688018861446e565b9050835f01516020015163ffffffff1681602001515114610966576040516336ea633b60e11b815260206004820152600a6024820152696c61796572526f6f747360b01b6044820152606401610196565b5f61097c610977836020015161233c565b6123cd565b9050888484845f015184866040015160405160200161099f959493929190613855565b60405160208183030381529060405280519060200120146109f6576040516336ea633b60e11b815260206004820152601060248201526f6c6576656c2d3120707265696d61676560801b6044820152606401610196565b5f610a03865f01516124ef565b60408051601380825261028082019092529192505f919060208201610260803683370190505090505f5b6013811015610a73578015610a4b57610a46838261257e565b610a4e565b84515b828281518110610a6057610a60613802565b6020908102919091010152600101610a2d565b505f8686610a80846123cd565b868860400151604051602001610a9b969594939291906144ee565b604051602081830303815290604052805190602001209750505050505050509695505050505050565b5f80610ad287890189613a43565b905080606001518610610ae85784915050610872565b5f5f610af4838961175a565b90925090505f610b0686880188614537565b84516020015160408201515191925063ffffffff1614610b56576040516336ea633b60e11b815260206004820152600a6024820152696c61796572526f6f747360b01b6044820152606401610196565b5f610b67610977836040015161233c565b60408051601380825261028082019092529192505f919060208201610260803683370190505090505f5b6013811015610bda5783602001518160138110610bb057610bb0613802565b6020020151828281518110610bc757610bc7613802565b6020908102919091010152600101610b91565b5082515f908686610bea856123cd565b6060880151604051610c04959493929189916020016144ee565b6040516020818303038152906040528051906020012090508a8114610c5d576040516336ea633b60e11b815260206004820152600e60248201526d737461746520707265696d61676560901b6044820152606401610196565b86516040808901516020810151908201518751925163145ab33560e31b8152309463a2d599a894610c989491938d938d9392906004016145d2565b602060405180830381865afa158015610cb3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cd7919061461e565b610d0257835160405163bb3c27bd60e01b81526001600160401b039091166004820152602401610196565b5f5f885f01516020015163ffffffff168714610d295787610d248860016137ef565b610d36565b610d348860016137ef565b5f5b91509150818187602001515f60138110610d5257610d52613802565b6020020151878960600151604051602001610d71959493929190613855565b6040516020818303038152906040528051906020012099505050505050505050509695505050505050565b825163ffffffff161580610dc257508251610db990602090614651565b63ffffffff1615155b15610df6576040516389a6198960e01b815260206004820152600360248201526264696d60e81b6044820152606401610196565b826020015163ffffffff165f03610e39576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b6044820152606401610196565b604083015163ffffffff161580610e65575060408301518351610e5c9190614651565b63ffffffff1615155b15610e9b576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b6044820152606401610196565b60408301518351600291610eae91614678565b610eb89190614651565b63ffffffff1615610ef6576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b6044820152606401610196565b606083015163ffffffff161580610f25575082606001518360400151610f1c9190614651565b63ffffffff1615155b15610f5d576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b6044820152606401610196565b608083015163ffffffff161580610f89575060208360800151610f809190614651565b63ffffffff1615155b15610fbf576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b6044820152606401610196565b8260a0015163ffffffff165f03611001576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b6044820152606401610196565b8260c0015163ffffffff165f03611045576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b6044820152606401610196565b60e083015163ffffffff161580611071575060028360e001516110689190614651565b63ffffffff1615155b8061109b5750604083015183516110889190614678565b63ffffffff168360e0015163ffffffff16115b156110d4576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b6044820152606401610196565b600183610140015163ffffffff16111561111a576040516389a6198960e01b8152600401610196906020808252600490820152631d1a595960e21b604082015260600190565b5f835f015184602001518560400151866060015187608001518860a001518960c001518a60e001518b61010001518c61012001518d61014001518e61016001516040516020016111759c9b9a9998979695949392919061469f565b604051602081830303815290604052805190602001209050815f01516001600160401b03165f1415806111bd57506111b46111af856126ff565b612832565b82604001515114155b806111d65750826111d3825f8560400151612855565b14155b156111f7576040516308a691e960e31b815260048101849052602401610196565b50505050565b5f5f611208836112fa565b90505f60208451601f61121b91906137ef565b6112259190614763565b90505f816001600160401b038111156112405761124061318b565b604051908082528060200260200182016040528015611269578160200160208202803683370190505b5090505f5b828110156112e7575f61128282608061388b565b90505f855182608061129491906137ef565b116112a05760806112ad565b8186516112ad9190613842565b90505f81836020890101209050808585815181106112cd576112cd613802565b60200260200101818152505050505080600101905061126e565b506112f1816123cd565b95945050505050565b60608151600461130a919061388b565b6001600160401b038111156113215761132161318b565b6040519080825280601f01601f19166020018201604052801561134b576020820181803683370190505b5090505f5b82518110156113bd575f83828151811061136c5761136c613802565b602002602001015190508060181c6004830260208501015360ff8160101c166004830260218501015360ff8160081c166004830260228501015360ff81166004830260238501015350600101611350565b50919050565b815151606083015180515f9263ffffffff1691839182906113e6576113e6613802565b602002602001015163ffffffff1690505f611403865f01516126ff565b60408701519091506114168360016137ef565b81516001600160401b03161415806114485750611434602085614763565b61143f90602261388b565b81602001515114155b80611460575061145782612832565b81604001515114155b156114ab576114708360016137ef565b60408051630b28d38960e31b8152600481019190915260056044820152641b5bd9195b60da1b60648201526024810191909152608401610196565b856114d2826020015180519060200120835f01516001600160401b03168460400151612855565b146114e2576114708360016137ef565b5f6114ee602086614763565b6001600160401b038111156115055761150561318b565b60405190808252806020026020018201604052801561152e578160200160208202803683370190505b50604080516022808252606082019092529192505f9190602082018180368337505060408051608080825260a082019092529293505f9291506020820181803683370190505090505f5b8351811015611688575f5b60228110156115f25760208601518161159d84602261388b565b6115a791906137ef565b815181106115b7576115b7613802565b602001015160f81c60f81b8482815181106115d4576115d4613802565b60200101906001600160f81b03191690815f1a905350600101611583565b505f6115fd846128e6565b90505f5b602081101561165957611651848284846020811061162157611621613802565b602002015160030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101611601565b50828051906020012085838151811061167457611674613802565b602090810291909101015250600101611578565b505f6116e18b5f01516020015163ffffffff166001600160401b038111156116b2576116b261318b565b6040519080825280602002602001820160405280156116db578160200160208202803683370190505b506123cd565b90505f5f5f1b886040516020016116f9929190613827565b6040516020818303038152906040528051906020012090505f5f61171c876123cd565b8484604051602001611732959493929190613855565b6040516020818303038152906040528051906020012099505050505050505050505b92915050565b5f5f5f845f01516020015163ffffffff16600161177791906137ef565b90506117838185614763565b61178d8286614776565b92509250505b9250929050565b5f8080806117b96117ae6020890189614455565b63ffffffff166129cd565b90505f6117cc6060890160408a01614455565b6117d960208a018a614455565b6117e39190614678565b63ffffffff166117f960808a0160608b01614455565b63ffffffff16611809919061388b565b60408051600a808252610160820190925291925087915f916020820161014080368337019050509050640100000000604085901b17815f8151811061185057611850613802565b6020908102919091010152680100000002000000008160018151811061187857611878613802565b6020908102919091010152640300000000604085901b17816002815181106118a2576118a2613802565b6020908102919091010152640400000100604085901b17816003815181106118cc576118cc613802565b60200260200101818152505061190c8a5f0160208101906118ed9190614455565b63ffffffff165f61190160208e018e614455565b63ffffffff166129e5565b8160048151811061191f5761191f613802565b6020026020010181815250506119438360018c5f0160208101906119019190614455565b8160058151811061195657611956613802565b60200260200101818152505061197a8360028c5f0160208101906119019190614455565b8160068151811061198d5761198d613802565b60209081029190910101526119c16119ab60608c0160408d01614455565b60401b63ffffffff60401b166406000000011790565b816007815181106119d4576119d4613802565b6020908102919091010152611a086119f260808c0160608d01614455565b60401b63ffffffff60401b166406000001011790565b81600881518110611a1b57611a1b613802565b60209081029190910101526801000000070000000081600981518110611a4357611a43613802565b6020026020010181815250505f611a5a828a612a69565b9c50919a509850965090508015611a75575050505050611fa4565b5f611a818b60016137ef565b90505f611a8d826129cd565b90505f611a9b82600261388b565b611aa684600261388b565b611ab091906137ef565b611abb9060026137ef565b90508d6040016020810190611ad09190614455565b611ae09063ffffffff168261388b565b8c1015611be4575f611af2828e614763565b9050611afe828e614776565b9c50838d1015611b1f5760089b5099508b9850611fa4975050505050505050565b611b29848e613842565b9c508c5f03611b495760099b5099505f9850611fa4975050505050505050565b611b5460018e613842565b9c50828d1015611b7657600a8d5f9b509b509b50505050505050505050611fa4565b611b80838e613842565b9c50828d1015611ba257600b8d5f9b509b509b50505050505050505050611fa4565b611bac838e613842565b9c50838d1015611bcd57600c9b5099508b9850611fa4975050505050505050565b600d9b5099505f9850611fa4975050505050505050565b8d6040016020810190611bf79190614455565b611c079063ffffffff168261388b565b611c11908d613842565b9b505f9250600d9150611c219050565b604051908082528060200260200182016040528015611c4a578160200160208202803683370190505b509050640400000500604087901b17815f81518110611c6b57611c6b613802565b602002602001018181525050611ca68c5f016020810190611c8c9190614455565b63ffffffff1660038e5f0160208101906119019190614455565b81600181518110611cb957611cb9613802565b6020908102919091010152640e00000000604087901b1781600281518110611ce357611ce3613802565b6020908102919091010152640100000000604087901b1781600381518110611d0d57611d0d613802565b60209081029190910101526801000000020000000081600481518110611d3557611d35613802565b6020908102919091010152640300000100604087901b1781600581518110611d5f57611d5f613802565b6020908102919091010152640400000100604087901b1781600681518110611d8957611d89613802565b6020908102919091010152611dc1611da760a08e0160808f01614455565b63ffffffff1660048e5f0160208101906119019190614455565b81600781518110611dd457611dd4613802565b6020908102919091010152611e0c611df260a08e0160808f01614455565b63ffffffff1660058e5f0160208101906119019190614455565b81600881518110611e1f57611e1f613802565b602002602001018181525050611e51611e448d60800160208101906117ae9190614455565b60401b640f000000001790565b81600981518110611e6457611e64613802565b602002602001018181525050611e96611e898d60800160208101906117ae9190614455565b60401b6404000006001790565b81600a81518110611ea957611ea9613802565b602002602001018181525050611ee58c5f016020810190611eca9190614455565b63ffffffff1660068e60800160208101906119019190614455565b81600b81518110611ef857611ef8613802565b6020908102919091010152640e00000000604087901b1781600c81518110611f2257611f22613802565b602002602001018181525050611f38818b612a69565b9d50919b509950975091508115611f5457505050505050611fa4565b895f03611f6f575f5f5f985098509850505050505050611fa4565b83611f7a8b82613842565b604051631a46e91f60e11b81526001600160401b0390921660048301526024820152604401610196565b93509350939050565b5f808080611fc16117ae60208a018a614455565b9050845f88611fdd5787611fd6576008611fe0565b603c611fe0565b60035b60ff166001600160401b03811115611ffa57611ffa61318b565b604051908082528060200260200182016040528015612023578160200160208202803683370190505b5090505f89156120655768010000001200000000828261204281614789565b93508151811061205457612054613802565b602002602001018181525050612280565b640100000000604085901b17828261207c81614789565b93508151811061208e5761208e613802565b60209081029190910101526801000000020000000082826120ae81614789565b9350815181106120c0576120c0613802565b6020908102919091010152640300000200604085901b1782826120e281614789565b9350815181106120f4576120f4613802565b6020908102919091010152640400000100604085901b17828261211681614789565b93508151811061212857612128613802565b602090810291909101015261215b61214660c08d0160a08e01614455565b63ffffffff16600761190160208f018f614455565b828261216681614789565b93508151811061217857612178613802565b60209081029190910101526121a66121996117ae60c08e0160a08f01614455565b60401b6411000000001790565b82826121b181614789565b9350815181106121c3576121c3613802565b6020026020010181815250508815612280576121f982825f8e60a00160208101906121ee9190614455565b63ffffffff16612b72565b905061221e6122116117ae60c08e0160a08f01614455565b60401b6418000000001790565b828261222981614789565b93508151811061223b5761223b613802565b602002602001018181525050612261828260018e60a00160208101906121ee9190614455565b905061227d828260028e60a00160208101906121ee9190614455565b90505b641300000000604085901b17828261229781614789565b9350815181106122a9576122a9613802565b60209081029190910101526801000000140000000082826122c981614789565b9350815181106122db576122db613802565b6020026020010181815250505f6122f2838a612a69565b9c50919a50985096509050801561230d575050505050612332565b885f03612327575f5f5f9750975097505050505050612332565b83611f7a8a82613842565b9450945094915050565b606081516001600160401b038111156123575761235761318b565b604051908082528060200260200182016040528015612380578160200160208202803683370190505b5090505f5b82518110156113bd578281815181106123a0576123a0613802565b60200260200101518282815181106123ba576123ba613802565b6020908102919091010152600101612385565b80515f908082036123e057505f92915050565b60018111156124cd575f60026123f78360016137ef565b6124019190614763565b90505f5b818110156124c5575f8361241a83600261388b565b6124259060016137ef565b10612430575f612460565b8561243c83600261388b565b6124479060016137ef565b8151811061245757612457613802565b60200260200101515b905061249f8661247184600261388b565b8151811061248157612481613802565b6020026020010151825f828152602082905260409020911715150290565b8683815181106124b1576124b1613802565b602090810291909101015250600101612405565b5090506123e0565b825f815181106124df576124df613802565b6020026020010151915050919050565b6124f7612ec8565b815163ffffffff908116808352602080850151831690840152604080850151831690840181905260608086015184169085015260808086015184169085015260a08086015184169085015260c0808601519093169284019290925261255c9190614763565b61012082018190526060820151612573919061388b565b610140820152919050565b5f5f61258983612c53565b90505f6125968585612c9b565b90505f8260016125a682856137ef565b6125b09190613842565b6125ba9190614763565b90505f6125c686612dc2565b6125d0908561388b565b6001600160401b038111156125e7576125e761318b565b6040519080825280601f01601f191660200182016040528015612611576020820181803683370190505b50805160209091012090505f612632888861262d600187613842565b612e24565b6001600160401b038111156126495761264961318b565b6040519080825280601f01601f191660200182016040528015612673576020820181803683370190505b508051906020012090505b60018311156126f457612692600284614776565b6001036126af575f818152602081905260409020901515026126c3565b5f8281526020829052604090209082171515025b5f82815260208390526040902082151502915060026126e38460016137ef565b6126ed9190614763565b925061267e565b979650505050505050565b5f5f6020835f015163ffffffff166127179190614763565b90505f8360400151845f015161272d9190614678565b63ffffffff16846060015163ffffffff16612748919061388b565b90505f846080015163ffffffff166002612762919061388b565b61276d83600261388b565b86516127809063ffffffff16600361388b565b61278b86600261388b565b61279591906137ef565b61279f91906137ef565b6127a991906137ef565b90508460c0015163ffffffff168382876020015163ffffffff166127cd919061388b565b60a08801516127e39063ffffffff1660016137ef565b6127ed91906137ef565b6127f791906137ef565b61280191906137ef565b935084610140015163ffffffff165f0361282a5760a08501516112f19063ffffffff16856137ef565b505050919050565b5f5b81816001901b10156128505761284981614789565b9050612834565b919050565b80515f906101008110801561286b575083811c15155b15612893576040516394666f0d60e01b81526004810185905260248101829052604401610196565b849150602083018160051b81015b808210156128dc576001861660051b825180861715158683528160208418528060405f200296505050508560011c95506020820191506128a1565b5050509392505050565b6128ee612f7f565b602282511461291557815160405163d49782d960e01b815260040161019691815260200190565b602082015160228301515f82901a60019290921a60081b9190911790601f600a83901c8116900361295f57604051632548acfb60e11b815261ffff83166004820152602401610196565b5f61296d8361ffff16612e98565b90505f5b60208110156129c4575f83821a810b83029081126080030160081d637fffffff198112156129a15750637fffffff195b637fffffff8113156129b45750637fffffff5b600582901b860152600101612971565b50505050919050565b5f60206129db83601f6137ef565b6117549190614763565b5f8060806001816129f7602087614763565b612a0191906137ef565b612a0b9190613842565b612a159190614763565b905060018111612a38575050604083901b600883901b1764050000000117612a62565b602881901b612a5d612a4a838861388b565b60401b600887901b176410000000021790565b179150505b9392505050565b5f5f5f5f5f5f5b8751811015612b57575f888281518110612a8c57612a8c613802565b602002602001015190505f604082901c905080891015612b3e5760ff602083901c8116975061ffff600884901c169083166002819003612b0a575f602885901c62ffffff16905060018a6008838f612ae49190614776565b901b8517838f612af49190614763565b5f9a509a509a509a509a50505050505050612b68565b80600103612b2857506001985095508894505f9350612b6892505050565b506001985089965094505f9350612b6892505050565b612b48818a613842565b98505050806001019050612a70565b505f5f5f5f89945094509450945094505b9295509295909350565b5f68010000001500000001600884901b178585612b8e81614789565b965081518110612ba057612ba0613802565b6020026020010181815250505f5b6008811015612c4957612bdd612bc3846129cd565b600886811b8417901b60409190911b176416000000001790565b8686612be881614789565b975081518110612bfa57612bfa613802565b602090810291909101015268010000001700000001600885811b8317901b178686612c2481614789565b975081518110612c3657612c36613802565b6020908102919091010152600101612bae565b5092949350505050565b5f600a821480612c635750600c82145b80612c6e5750600f82145b80612c795750601082145b80612c845750601282145b612c8f576020612c92565b60105b60ff1692915050565b5f811580612ca95750600182145b80612cb45750600282145b80612cbf5750600582145b80612cca5750600882145b80612cd55750600982145b15612ce257508151611754565b6003821480612cf15750600482145b15612d025750610140820151611754565b6006821480612d115750600782145b80612d1c5750600b82145b15612d2c57506080820151611754565b600a8203612d49578251612d4290602090614763565b9050611754565b600c8203612d625760208360800151612d429190614763565b600d821480612d715750600e82145b15612d81575060c0820151611754565b600f8203612d955750610120820151611754565b60118203612da8575060a0820151611754565b60128203612db95750610100611754565b50603492915050565b5f6009821480612dd25750600b82145b15612ddf57506001919050565b600a821480612dee5750600c82145b80612df95750600f82145b80612e045750601082145b80612e0f5750601282145b15612e1c57506008919050565b506004919050565b5f5f612e308585612c9b565b90505f612e3c85612c53565b90505f612e49828661388b565b90505f83612e5784846137ef565b11612e6b57612e6683836137ef565b612e6d565b835b9050612e7887612dc2565b612e828383613842565b612e8c919061388b565b98975050505050505050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c1615612850575f03919050565b6040518061036001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001612f48612f9e565b8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b6040518061026001604052806013906020820280368337509192915050565b5f5f83601f840112612fcd575f5ffd5b5081356001600160401b03811115612fe3575f5ffd5b602083019150836020828501011115611793575f5ffd5b5f5f5f5f6040858703121561300d575f5ffd5b84356001600160401b03811115613022575f5ffd5b61302e87828801612fbd565b90955093505060208501356001600160401b0381111561304c575f5ffd5b61305887828801612fbd565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b848152836020820152826040820152608060608201525f6108726080830184613064565b5f5f5f5f5f5f608087890312156130cb575f5ffd5b86356001600160401b038111156130e0575f5ffd5b6130ec89828a01612fbd565b909750955050602087013593506040870135925060608701356001600160401b03811115613118575f5ffd5b61312489828a01612fbd565b979a9699509497509295939492505050565b5f5f5f5f5f5f86880361022081121561314d575f5ffd5b61018081121561315b575f5ffd5b50959761018089013597506101a089013596506101c089013595506101e089013594506102008901359350915050565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b03811182821017156131c1576131c161318b565b60405290565b60405161018081016001600160401b03811182821017156131c1576131c161318b565b604051606081016001600160401b03811182821017156131c1576131c161318b565b604051608081016001600160401b03811182821017156131c1576131c161318b565b60405160c081016001600160401b03811182821017156131c1576131c161318b565b604051601f8201601f191681016001600160401b03811182821017156132785761327861318b565b604052919050565b80356001600160401b0381168114612850575f5ffd5b803560038110612850575f5ffd5b803563ffffffff81168114612850575f5ffd5b5f60a082840312156132c7575f5ffd5b6132cf61319f565b90506132da826132a4565b81526132e8602083016132a4565b60208201526132f9604083016132a4565b604082015261330a606083016132a4565b606082015260809182013591810191909152919050565b80356fffffffffffffffffffffffffffffffff81168114612850575f5ffd5b5f610200828403128015613352575f5ffd5b5061335b6131c7565b61336483613280565b815261337260208401613296565b60208201526040838101359082015260608084013590820152608080840135908201526133a160a084016132a4565b60a08201526133b260c084016132a4565b60c08201526133c48460e085016132b7565b60e08201526101808301356101008201526101a08301356101208201526101c08301356101408201526133fa6101e08401613321565b6101608201529392505050565b634e487b7160e01b5f52602160045260245ffd5b5f610180828403121561342c575f5ffd5b6134346131c7565b905061343f826132a4565b815261344d602083016132a4565b602082015261345e604083016132a4565b604082015261346f606083016132a4565b6060820152613480608083016132a4565b608082015261349160a083016132a4565b60a08201526134a260c083016132a4565b60c08201526134b360e083016132a4565b60e08201526134c561010083016132a4565b6101008201526134d861012083016132a4565b6101208201526134eb61014083016132a4565b6101408201526101609182013591810191909152919050565b5f82601f830112613513575f5ffd5b81356001600160401b0381111561352c5761352c61318b565b61353f601f8201601f1916602001613250565b818152846020838601011115613553575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6001600160401b038211156135875761358761318b565b5060051b60200190565b5f82601f8301126135a0575f5ffd5b81356135b36135ae8261356f565b613250565b8082825260208201915060208360051b8601019250858311156135d4575f5ffd5b602085015b838110156135f15780358352602092830192016135d9565b5095945050505050565b5f6060828403121561360b575f5ffd5b6136136131ea565b905061361e82613280565b815260208201356001600160401b03811115613638575f5ffd5b61364484828501613504565b60208301525060408201356001600160401b03811115613662575f5ffd5b61366e84828501613591565b60408301525092915050565b5f82601f830112613689575f5ffd5b81356136976135ae8261356f565b8082825260208201915060208360051b8601019250858311156136b8575f5ffd5b602085015b838110156135f1576136ce816132a4565b8352602092830192016136bd565b5f602082840312156136ec575f5ffd5b81356001600160401b03811115613701575f5ffd5b82016102008185031215613713575f5ffd5b61371b61319f565b613725858361341b565b81526101808201356001600160401b03811115613740575f5ffd5b61374c868285016135fb565b6020830152506101a08201356001600160401b0381111561376b575f5ffd5b613777868285016135fb565b6040830152506101c08201356001600160401b03811115613796575f5ffd5b6137a28682850161367a565b6060830152506101e08201356001600160401b038111156137c1575f5ffd5b6137cd8682850161367a565b608083015250949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115611754576117546137db565b634e487b7160e01b5f52603260045260245ffd5b60e01b6001600160e01b0319169052565b91825260e01b6001600160e01b031916602082015260240190565b81810381811115611754576117546137db565b6001600160e01b031960e096871b811682529490951b909316600485015260088401919091526028830152604882015260680190565b8082028115828204841417611754576117546137db565b805163ffffffff16825260208101516138c3602084018263ffffffff169052565b5060408101516138db604084018263ffffffff169052565b5060608101516138f3606084018263ffffffff169052565b50608081015161390b608084018263ffffffff169052565b5060a081015161392360a084018263ffffffff169052565b5060c081015161393b60c084018263ffffffff169052565b5060e081015161395360e084018263ffffffff169052565b5061010081015161396d61010084018263ffffffff169052565b5061012081015161398761012084018263ffffffff169052565b506101408101516139a161014084018263ffffffff169052565b5061016090810151910152565b8051825263ffffffff602082015116602083015263ffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff608082015116608083015260a081015160a08301525050565b5f61028082019050613a138284516138a2565b60208301516101808301526040830151613a316101a08401826139ae565b50606083015161026083015292915050565b5f81830361028081128015613a56575f5ffd5b50613a5f61320c565b613a69858561341b565b8152610180840135602082015260c061019f1983011215613a88575f5ffd5b613a9061322e565b6101a085013581529150613aa76101c085016132a4565b6020830152613ab96101e085016132a4565b6040830152613acb61020085016132a4565b6060830152613add61022085016132a4565b608083015261024084013560a0830152604081019190915261026090920135606083015250919050565b5f82601f830112613b16575f5ffd5b60405161026081016001600160401b0381118282101715613b3957613b3961318b565b60405280610260840185811115613b4e575f5ffd5b845b81811015613b68578035835260209283019201613b50565b509195945050505050565b803560ff81168114612850575f5ffd5b5f82601f830112613b92575f5ffd5b8135613ba06135ae8261356f565b8082825260208201915060208360051b860101925085831115613bc1575f5ffd5b602085015b838110156135f15780356001600160401b03811115613be3575f5ffd5b86016080818903601f19011215613bf8575f5ffd5b613c0061320c565b613c0c60208301613b73565b8152613c1a604083016132a4565b602082015260608201356001600160401b03811115613c37575f5ffd5b613c468a602083860101613504565b60408301525060808201356001600160401b03811115613c64575f5ffd5b613c738a602083860101613591565b60608301525084525060209283019201613bc6565b5f82601f830112613c97575f5ffd5b8135613ca56135ae8261356f565b8082825260208201915060208360051b860101925085831115613cc6575f5ffd5b602085015b838110156135f15780356001600160401b03811115613ce8575f5ffd5b613cf7886020838a0101613504565b84525060209283019201613ccb565b5f82601f830112613d15575f5ffd5b8135613d236135ae8261356f565b8082825260208201915060208360051b860101925085831115613d44575f5ffd5b602085015b838110156135f15780356001600160401b03811115613d66575f5ffd5b860160a0818903601f19011215613d7b575f5ffd5b613d8361319f565b613d8f60208301613b73565b8152613d9d604083016132a4565b6020820152613dae60608301613b73565b604082015260808201356001600160401b03811115613dcb575f5ffd5b613dda8a602083860101613504565b60608301525060a08201356001600160401b03811115613df8575f5ffd5b613e078a602083860101613591565b60808301525084525060209283019201613d49565b5f82601f830112613e2b575f5ffd5b8135613e396135ae8261356f565b8082825260208201915060208360051b860101925085831115613e5a575f5ffd5b602085015b838110156135f15780356001600160401b03811115613e7c575f5ffd5b613e8b886020838a01016135fb565b84525060209283019201613e5f565b5f60208284031215613eaa575f5ffd5b81356001600160401b03811115613ebf575f5ffd5b82016103c08185031215613ed1575f5ffd5b613ed96131c7565b613ee282613280565b8152613ef0602083016132a4565b6020820152613f01604083016132a4565b6040820152613f138560608401613b07565b60608201526102c08201356001600160401b03811115613f31575f5ffd5b613f3d86828501613591565b6080830152506102e082013560a08201526103008201356001600160401b03811115613f67575f5ffd5b613f7386828501613b83565b60c0830152506103208201356001600160401b03811115613f92575f5ffd5b613f9e86828501613c88565b60e0830152506103408201356001600160401b03811115613fbd575f5ffd5b613fc986828501613d06565b610100830152506103608201356001600160401b03811115613fe9575f5ffd5b613ff586828501613e1c565b610120830152506103808201356001600160401b03811115614015575f5ffd5b61402186828501613e1c565b610140830152506103a08201356001600160401b03811115614041575f5ffd5b61404d86828501613e1c565b61016083015250949350505050565b805f5b60138110156111f757815184526020938401939091019060010161405f565b5f8151808452602084019350602083015f5b828110156140ae578151865260209586019590910190600101614090565b5093949350505050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561414a57601f19858403018852815160ff815116845263ffffffff60208201511660208501526040810151608060408601526141176080860182613064565b9050606082015191508481036060860152614132818361407e565b60209a8b019a909550939093019250506001016140d4565b50909695505050505050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561414a57601f1985840301885261418e838351613064565b6020988901989093509190910190600101614172565b5f82825180855260208501945060208160051b830101602085015f5b8381101561414a57601f19858403018852815160ff815116845263ffffffff602082015116602085015260ff6040820151166040850152606081015160a0606086015261421060a0860182613064565b905060808201519150848103608086015261422b818361407e565b60209a8b019a909550939093019250506001016141c0565b5f82825180855260208501945060208160051b830101602085015f5b8381101561414a57601f1985840301885281516001600160401b0381511684526020810151606060208601526142986060860182613064565b90506040820151915084810360408601526142b3818361407e565b60209a8b019a9095509390930192505060010161425f565b6142d581866138a2565b836101808201526142ea6101a08201846139ae565b61028061026082015261430a610280820183516001600160401b03169052565b5f60208301516143236102a084018263ffffffff169052565b50604083015163ffffffff166102c083015260608301516143486102e084018261405c565b5060808301516103c061054084015261436561064084018261407e565b905060a084015161056084015260c084015161027f198483030161058085015261438f82826140b8565b91505060e084015161027f19848303016105a08501526143af8282614156565b91505061010084015161027f19848303016105c08501526143d082826141a4565b91505061012084015161027f19848303016105e08501526143f18282614243565b91505061014084015161027f19848303016106008501526144128282614243565b91505061016084015161027f1984830301610620850152612e8c8282614243565b5f5f60408385031215614444575f5ffd5b505080516020909101519092909150565b5f60208284031215614465575f5ffd5b612a62826132a4565b5f6020828403121561447e575f5ffd5b81356001600160401b03811115614493575f5ffd5b8201606081850312156144a4575f5ffd5b6144ac6131ea565b8135815260208201356001600160401b038111156144c8575f5ffd5b6144d486828501613591565b602083015250604091820135918101919091529392505050565b60c09690961b6001600160c01b031916865260e094851b6001600160e01b031990811660088801529390941b909216600c85015260108401526030830152605082015260700190565b5f60208284031215614547575f5ffd5b81356001600160401b0381111561455c575f5ffd5b82016102c0818503121561456e575f5ffd5b61457661320c565b61457f82613280565b815261458e8560208401613b07565b60208201526102808201356001600160401b038111156145ac575f5ffd5b6145b886828501613591565b6040830152506102a0919091013560608201529392505050565b61022081016145e182896138a2565b6101808201969096526101a081019490945263ffffffff9283166101c085015291166101e08301526001600160401b031661020090910152919050565b5f6020828403121561462e575f5ffd5b81518015158114612a62575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f63ffffffff8316806146665761466661463d565b8063ffffffff84160691505092915050565b5f63ffffffff83168061468d5761468d61463d565b8063ffffffff84160491505092915050565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b1660158201526146e1601982018c613816565b6146ee601d82018b613816565b6146fb602182018a613816565b6147086025820189613816565b6147156029820188613816565b614722602d820187613816565b61472f6031820186613816565b61473c6035820185613816565b6147496039820184613816565b603d810191909152605d019b9a5050505050505050505050565b5f826147715761477161463d565b500490565b5f826147845761478461463d565b500690565b5f6001820161479a5761479a6137db565b506001019056",
}

// TransformerVM is an auto generated Go binding around an Ethereum contract.
type TransformerVM struct {
	abi abi.ABI
}

// NewTransformerVM creates a new instance of TransformerVM.
func NewTransformerVM() *TransformerVM {
	parsed, err := TransformerVMMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TransformerVM{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TransformerVM) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address verifier) returns()
func (transformerVM *TransformerVM) PackConstructor(verifier common.Address) []byte {
	enc, err := transformerVM.abi.Pack("", verifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackVERIFIER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08c84e70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERIFIER() view returns(address)
func (transformerVM *TransformerVM) PackVERIFIER() []byte {
	enc, err := transformerVM.abi.Pack("VERIFIER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERIFIER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08c84e70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERIFIER() view returns(address)
func (transformerVM *TransformerVM) TryPackVERIFIER() ([]byte, error) {
	return transformerVM.abi.Pack("VERIFIER")
}

// UnpackVERIFIER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08c84e70.
//
// Solidity: function VERIFIER() view returns(address)
func (transformerVM *TransformerVM) UnpackVERIFIER(data []byte) (common.Address, error) {
	out, err := transformerVM.abi.Unpack("VERIFIER", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2d599a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFinal((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 p, uint256 l, uint256 promptLen, uint256 temperatureMilli, uint256 k) pure returns(bool)
func (transformerVM *TransformerVM) PackIsFinal(cfg IOneStepTypesModelConfig, p *big.Int, l *big.Int, promptLen *big.Int, temperatureMilli *big.Int, k *big.Int) []byte {
	enc, err := transformerVM.abi.Pack("isFinal", cfg, p, l, promptLen, temperatureMilli, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFinal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2d599a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFinal((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 p, uint256 l, uint256 promptLen, uint256 temperatureMilli, uint256 k) pure returns(bool)
func (transformerVM *TransformerVM) TryPackIsFinal(cfg IOneStepTypesModelConfig, p *big.Int, l *big.Int, promptLen *big.Int, temperatureMilli *big.Int, k *big.Int) ([]byte, error) {
	return transformerVM.abi.Pack("isFinal", cfg, p, l, promptLen, temperatureMilli, k)
}

// UnpackIsFinal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2d599a8.
//
// Solidity: function isFinal((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 p, uint256 l, uint256 promptLen, uint256 temperatureMilli, uint256 k) pure returns(bool)
func (transformerVM *TransformerVM) UnpackIsFinal(data []byte) (bool, error) {
	out, err := transformerVM.abi.Unpack("isFinal", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe934149f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function project(bytes ctx, uint256 t, bytes32 state, bytes preimage) view returns(bytes32 level1)
func (transformerVM *TransformerVM) PackProject(ctx []byte, t *big.Int, state [32]byte, preimage []byte) []byte {
	enc, err := transformerVM.abi.Pack("project", ctx, t, state, preimage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe934149f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function project(bytes ctx, uint256 t, bytes32 state, bytes preimage) view returns(bytes32 level1)
func (transformerVM *TransformerVM) TryPackProject(ctx []byte, t *big.Int, state [32]byte, preimage []byte) ([]byte, error) {
	return transformerVM.abi.Pack("project", ctx, t, state, preimage)
}

// UnpackProject is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe934149f.
//
// Solidity: function project(bytes ctx, uint256 t, bytes32 state, bytes preimage) view returns(bytes32 level1)
func (transformerVM *TransformerVM) UnpackProject(data []byte) ([32]byte, error) {
	out, err := transformerVM.abi.Unpack("project", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2379b523.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setup(bytes record, bytes data) pure returns(bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes ctx)
func (transformerVM *TransformerVM) PackSetup(record []byte, data []byte) []byte {
	enc, err := transformerVM.abi.Pack("setup", record, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2379b523.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setup(bytes record, bytes data) pure returns(bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes ctx)
func (transformerVM *TransformerVM) TryPackSetup(record []byte, data []byte) ([]byte, error) {
	return transformerVM.abi.Pack("setup", record, data)
}

// SetupOutput serves as a container for the return parameters of contract
// method Setup.
type SetupOutput struct {
	RootClaim        [32]byte
	AbsolutePrestate [32]byte
	Transitions      *big.Int
	Ctx              []byte
}

// UnpackSetup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2379b523.
//
// Solidity: function setup(bytes record, bytes data) pure returns(bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes ctx)
func (transformerVM *TransformerVM) UnpackSetup(data []byte) (SetupOutput, error) {
	out, err := transformerVM.abi.Unpack("setup", data)
	outstruct := new(SetupOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RootClaim = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.AbsolutePrestate = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.Transitions = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Ctx = *abi.ConvertType(out[3], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ee02ce9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step(bytes ctx, uint256 t, bytes32 pre, bytes proof) view returns(bytes32 post)
func (transformerVM *TransformerVM) PackStep(ctx []byte, t *big.Int, pre [32]byte, proof []byte) []byte {
	enc, err := transformerVM.abi.Pack("step", ctx, t, pre, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ee02ce9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes ctx, uint256 t, bytes32 pre, bytes proof) view returns(bytes32 post)
func (transformerVM *TransformerVM) TryPackStep(ctx []byte, t *big.Int, pre [32]byte, proof []byte) ([]byte, error) {
	return transformerVM.abi.Pack("step", ctx, t, pre, proof)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ee02ce9.
//
// Solidity: function step(bytes ctx, uint256 t, bytes32 pre, bytes proof) view returns(bytes32 post)
func (transformerVM *TransformerVM) UnpackStep(data []byte) ([32]byte, error) {
	out, err := transformerVM.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSubgamePrestate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1dcbee2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subgamePrestate(bytes ctx, uint256 t, bytes32 level1, bytes preimage) pure returns(bytes32 state0)
func (transformerVM *TransformerVM) PackSubgamePrestate(ctx []byte, t *big.Int, level1 [32]byte, preimage []byte) []byte {
	enc, err := transformerVM.abi.Pack("subgamePrestate", ctx, t, level1, preimage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubgamePrestate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1dcbee2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subgamePrestate(bytes ctx, uint256 t, bytes32 level1, bytes preimage) pure returns(bytes32 state0)
func (transformerVM *TransformerVM) TryPackSubgamePrestate(ctx []byte, t *big.Int, level1 [32]byte, preimage []byte) ([]byte, error) {
	return transformerVM.abi.Pack("subgamePrestate", ctx, t, level1, preimage)
}

// UnpackSubgamePrestate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1dcbee2.
//
// Solidity: function subgamePrestate(bytes ctx, uint256 t, bytes32 level1, bytes preimage) pure returns(bytes32 state0)
func (transformerVM *TransformerVM) UnpackSubgamePrestate(data []byte) ([32]byte, error) {
	out, err := transformerVM.abi.Unpack("subgamePrestate", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (transformerVM *TransformerVM) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["BadInput"].ID.Bytes()[:4]) {
		return transformerVM.UnpackBadInputError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return transformerVM.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["ConfigNotInModel"].ID.Bytes()[:4]) {
		return transformerVM.UnpackConfigNotInModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return transformerVM.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["InvalidBlock"].ID.Bytes()[:4]) {
		return transformerVM.UnpackInvalidBlockError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return transformerVM.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["NonFiniteScale"].ID.Bytes()[:4]) {
		return transformerVM.UnpackNonFiniteScaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["NotFinal"].ID.Bytes()[:4]) {
		return transformerVM.UnpackNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["OperandCount"].ID.Bytes()[:4]) {
		return transformerVM.UnpackOperandCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["OperandLength"].ID.Bytes()[:4]) {
		return transformerVM.UnpackOperandLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["OutOfRange"].ID.Bytes()[:4]) {
		return transformerVM.UnpackOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["PrestateMismatch"].ID.Bytes()[:4]) {
		return transformerVM.UnpackPrestateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["StepOutOfRange"].ID.Bytes()[:4]) {
		return transformerVM.UnpackStepOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["UnsupportedKind"].ID.Bytes()[:4]) {
		return transformerVM.UnpackUnsupportedKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["WrongOperand"].ID.Bytes()[:4]) {
		return transformerVM.UnpackWrongOperandError(raw[4:])
	}
	if bytes.Equal(raw[:4], transformerVM.abi.Errors["WrongTransition"].ID.Bytes()[:4]) {
		return transformerVM.UnpackWrongTransitionError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TransformerVMBadInput represents a BadInput error raised by the TransformerVM contract.
type TransformerVMBadInput struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadInput(string field)
func TransformerVMBadInputErrorID() common.Hash {
	return common.HexToHash("0x6dd4c676a33afead2f92e642a2cf14223ca9bbba6d494479540bca6c29c3b320")
}

// UnpackBadInputError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadInput(string field)
func (transformerVM *TransformerVM) UnpackBadInputError(raw []byte) (*TransformerVMBadInput, error) {
	out := new(TransformerVMBadInput)
	if err := transformerVM.abi.UnpackIntoInterface(out, "BadInput", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMBadProof represents a BadProof error raised by the TransformerVM contract.
type TransformerVMBadProof struct {
	Kind    string
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof(string kind, uint256 operand)
func TransformerVMBadProofErrorID() common.Hash {
	return common.HexToHash("0x59469c48dc4654ec94a60cf2f9c5f69e2cd10718ca91f087128ea63a11a79a16")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof(string kind, uint256 operand)
func (transformerVM *TransformerVM) UnpackBadProofError(raw []byte) (*TransformerVMBadProof, error) {
	out := new(TransformerVMBadProof)
	if err := transformerVM.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMConfigNotInModel represents a ConfigNotInModel error raised by the TransformerVM contract.
type TransformerVMConfigNotInModel struct {
	ModelRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfigNotInModel(bytes32 modelRoot)
func TransformerVMConfigNotInModelErrorID() common.Hash {
	return common.HexToHash("0x45348f486e2975cea5d7c4a931fadc0a8f03b82ee9fa51e5baa4d9898954c78f")
}

// UnpackConfigNotInModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfigNotInModel(bytes32 modelRoot)
func (transformerVM *TransformerVM) UnpackConfigNotInModelError(raw []byte) (*TransformerVMConfigNotInModel, error) {
	out := new(TransformerVMConfigNotInModel)
	if err := transformerVM.abi.UnpackIntoInterface(out, "ConfigNotInModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMIndexOutOfRange represents a IndexOutOfRange error raised by the TransformerVM contract.
type TransformerVMIndexOutOfRange struct {
	Index *big.Int
	Depth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func TransformerVMIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func (transformerVM *TransformerVM) UnpackIndexOutOfRangeError(raw []byte) (*TransformerVMIndexOutOfRange, error) {
	out := new(TransformerVMIndexOutOfRange)
	if err := transformerVM.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMInvalidBlock represents a InvalidBlock error raised by the TransformerVM contract.
type TransformerVMInvalidBlock struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBlock(uint256 length)
func TransformerVMInvalidBlockErrorID() common.Hash {
	return common.HexToHash("0xd49782d9b8fae0b3ae744f86773f21bd4cf0d0692cac4c0de1ef0b57f642a4c1")
}

// UnpackInvalidBlockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBlock(uint256 length)
func (transformerVM *TransformerVM) UnpackInvalidBlockError(raw []byte) (*TransformerVMInvalidBlock, error) {
	out := new(TransformerVMInvalidBlock)
	if err := transformerVM.abi.UnpackIntoInterface(out, "InvalidBlock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMInvalidConfig represents a InvalidConfig error raised by the TransformerVM contract.
type TransformerVMInvalidConfig struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string field)
func TransformerVMInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string field)
func (transformerVM *TransformerVM) UnpackInvalidConfigError(raw []byte) (*TransformerVMInvalidConfig, error) {
	out := new(TransformerVMInvalidConfig)
	if err := transformerVM.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMNonFiniteScale represents a NonFiniteScale error raised by the TransformerVM contract.
type TransformerVMNonFiniteScale struct {
	H uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonFiniteScale(uint16 h)
func TransformerVMNonFiniteScaleErrorID() common.Hash {
	return common.HexToHash("0x4a9159f62752b7ac6c41ab1447ff2196932dcf2a662bf2c352d26e31755098f2")
}

// UnpackNonFiniteScaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonFiniteScale(uint16 h)
func (transformerVM *TransformerVM) UnpackNonFiniteScaleError(raw []byte) (*TransformerVMNonFiniteScale, error) {
	out := new(TransformerVMNonFiniteScale)
	if err := transformerVM.abi.UnpackIntoInterface(out, "NonFiniteScale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMNotFinal represents a NotFinal error raised by the TransformerVM contract.
type TransformerVMNotFinal struct {
	Step uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFinal(uint64 step)
func TransformerVMNotFinalErrorID() common.Hash {
	return common.HexToHash("0xbb3c27bdf6dc5d674c9e079508fd4e5985eb41e4b6121a59af8340889daac49e")
}

// UnpackNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFinal(uint64 step)
func (transformerVM *TransformerVM) UnpackNotFinalError(raw []byte) (*TransformerVMNotFinal, error) {
	out := new(TransformerVMNotFinal)
	if err := transformerVM.abi.UnpackIntoInterface(out, "NotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMOperandCount represents a OperandCount error raised by the TransformerVM contract.
type TransformerVMOperandCount struct {
	Kind string
	Got  *big.Int
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperandCount(string kind, uint256 got, uint256 want)
func TransformerVMOperandCountErrorID() common.Hash {
	return common.HexToHash("0xe06fece60b76ffcd6dfd0e61bf87851569ff5eca04eaf6f7ba37d2b2561224fa")
}

// UnpackOperandCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperandCount(string kind, uint256 got, uint256 want)
func (transformerVM *TransformerVM) UnpackOperandCountError(raw []byte) (*TransformerVMOperandCount, error) {
	out := new(TransformerVMOperandCount)
	if err := transformerVM.abi.UnpackIntoInterface(out, "OperandCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMOperandLength represents a OperandLength error raised by the TransformerVM contract.
type TransformerVMOperandLength struct {
	Operand *big.Int
	Got     *big.Int
	Want    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperandLength(uint256 operand, uint256 got, uint256 want)
func TransformerVMOperandLengthErrorID() common.Hash {
	return common.HexToHash("0x6a570427edccfe1fc329690dfb2b0d499db493589359513fc795935e64c79a20")
}

// UnpackOperandLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperandLength(uint256 operand, uint256 got, uint256 want)
func (transformerVM *TransformerVM) UnpackOperandLengthError(raw []byte) (*TransformerVMOperandLength, error) {
	out := new(TransformerVMOperandLength)
	if err := transformerVM.abi.UnpackIntoInterface(out, "OperandLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMOutOfRange represents a OutOfRange error raised by the TransformerVM contract.
type TransformerVMOutOfRange struct {
	Field string
	Value *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 limit)
func TransformerVMOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x53bda34ea201ed2387ff6ce9133ae8ab5ab10535ce071e1f706a1838709fe8d3")
}

// UnpackOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfRange(string field, uint256 value, uint256 limit)
func (transformerVM *TransformerVM) UnpackOutOfRangeError(raw []byte) (*TransformerVMOutOfRange, error) {
	out := new(TransformerVMOutOfRange)
	if err := transformerVM.abi.UnpackIntoInterface(out, "OutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMPrestateMismatch represents a PrestateMismatch error raised by the TransformerVM contract.
type TransformerVMPrestateMismatch struct {
	Got  [32]byte
	Want [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PrestateMismatch(bytes32 got, bytes32 want)
func TransformerVMPrestateMismatchErrorID() common.Hash {
	return common.HexToHash("0x9326f6259a7c84588dffcd4f9ac3e6ccf145d7d57bae11b508b62e452ff868a3")
}

// UnpackPrestateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PrestateMismatch(bytes32 got, bytes32 want)
func (transformerVM *TransformerVM) UnpackPrestateMismatchError(raw []byte) (*TransformerVMPrestateMismatch, error) {
	out := new(TransformerVMPrestateMismatch)
	if err := transformerVM.abi.UnpackIntoInterface(out, "PrestateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMStepOutOfRange represents a StepOutOfRange error raised by the TransformerVM contract.
type TransformerVMStepOutOfRange struct {
	Step          uint64
	ProgramLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutOfRange(uint64 step, uint256 programLength)
func TransformerVMStepOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x348dd23e6c85434f4cc0da12f16231b34e6123dd730b720dc472a26e0511e213")
}

// UnpackStepOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutOfRange(uint64 step, uint256 programLength)
func (transformerVM *TransformerVM) UnpackStepOutOfRangeError(raw []byte) (*TransformerVMStepOutOfRange, error) {
	out := new(TransformerVMStepOutOfRange)
	if err := transformerVM.abi.UnpackIntoInterface(out, "StepOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMUnsupportedKind represents a UnsupportedKind error raised by the TransformerVM contract.
type TransformerVMUnsupportedKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedKind(uint8 kind)
func TransformerVMUnsupportedKindErrorID() common.Hash {
	return common.HexToHash("0x68efdae8168ceca3d38660c2d894570d5fa13779ca0d190f595a11ad63267e6a")
}

// UnpackUnsupportedKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedKind(uint8 kind)
func (transformerVM *TransformerVM) UnpackUnsupportedKindError(raw []byte) (*TransformerVMUnsupportedKind, error) {
	out := new(TransformerVMUnsupportedKind)
	if err := transformerVM.abi.UnpackIntoInterface(out, "UnsupportedKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMWrongOperand represents a WrongOperand error raised by the TransformerVM contract.
type TransformerVMWrongOperand struct {
	Operand *big.Int
	Reg     *big.Int
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongOperand(uint256 operand, uint256 reg, uint256 index)
func TransformerVMWrongOperandErrorID() common.Hash {
	return common.HexToHash("0xe9f7eafb4cf3ef7fbe445121f46866832166613dc84999451a79dcdc42fd3574")
}

// UnpackWrongOperandError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongOperand(uint256 operand, uint256 reg, uint256 index)
func (transformerVM *TransformerVM) UnpackWrongOperandError(raw []byte) (*TransformerVMWrongOperand, error) {
	out := new(TransformerVMWrongOperand)
	if err := transformerVM.abi.UnpackIntoInterface(out, "WrongOperand", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TransformerVMWrongTransition represents a WrongTransition error raised by the TransformerVM contract.
type TransformerVMWrongTransition struct {
	P     *big.Int
	L     *big.Int
	WantP *big.Int
	WantL *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongTransition(uint256 p, uint256 l, uint256 wantP, uint256 wantL)
func TransformerVMWrongTransitionErrorID() common.Hash {
	return common.HexToHash("0xecef1a3a3a381723b31e1d05d9f27360385082c1cc07f8f0de55a780b429be09")
}

// UnpackWrongTransitionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongTransition(uint256 p, uint256 l, uint256 wantP, uint256 wantL)
func (transformerVM *TransformerVM) UnpackWrongTransitionError(raw []byte) (*TransformerVMWrongTransition, error) {
	out := new(TransformerVMWrongTransition)
	if err := transformerVM.abi.UnpackIntoInterface(out, "WrongTransition", raw); err != nil {
		return nil, err
	}
	return out, nil
}
