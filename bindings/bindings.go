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
	Bin: "0x6080604052348015600e575f5ffd5b506147e18061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063ccb2a97e1461002d575b5f5ffd5b61004061003b3660046141f9565b610059565b6040805192835260208301919091520160405180910390f35b5f5f5f610067878786610215565b90508060200151816101a00151036100b457806101a0015160018260200151610090919061428b565b6040516329ded1a760e11b81526004016100ab92919061429e565b60405180910390fd5b6100ca6100c460208601866142c6565b8261076c565b9250610101876100e060408701602088016142ec565b63ffffffff166100f360208801886142c6565b6001600160401b031661090d565b6102208401526102008301526101e0820181905261011e81610932565b61015a5761012f60208601866142c6565b604051631a46e91f60e11b81526001600160401b0390911660048201525f60248201526044016100ab565b600681036101715761016c8286610947565b6101e7565b600781036101835761016c8286610c03565b600881036101955761016c8286610dd3565b600981036101a75761016c8286610e5f565b600a81036101b95761016c8286610f4b565b600b81036101cb5761016c82866110e2565b600c81036101dd5761016c82866111cd565b6101e78286611351565b6102086101f760208701876142c6565b61020290600161430f565b8361076c565b9250505094509492505050565b61021d614105565b61022684611474565b61023360208501856142ec565b63ffffffff16815261024b60408501602086016142ec565b63ffffffff16602082015261026660608501604086016142ec565b63ffffffff16604082015261028160808501606086016142ec565b63ffffffff16606082015261029c60a08501608086016142ec565b63ffffffff1660808201526102b760c0850160a086016142ec565b63ffffffff1660a08201526102d260e0850160c086016142ec565b63ffffffff1660c08201526102ee610100850160e086016142ec565b63ffffffff1660e082015261030b610160850161014086016142ec565b63ffffffff16610100820152604081015181516103289190614342565b6101208201819052606082015161033f9190614355565b610140808301919091526103649061035d90860161012087016142ec565b60206118df565b6101608201526101c0810183905261038260408301602084016142ec565b63ffffffff1661018082015261039e60608301604084016142ec565b63ffffffff166101a082015260c0810151610180820151106103e0578061018001518160c001516040516329ded1a760e11b81526004016100ab92919061436c565b8060200151816101a00151111561041757806101a0015181602001516040516329ded1a760e11b81526004016100ab92919061429e565b8060200151816101a00151148015610443575060c0810151610180820151610440906001614394565b10155b1561047957610180810151610459906001614394565b8160c001516040516329ded1a760e11b81526004016100ab92919061436c565b602081015161048c6102c08401846143a7565b9050146104eb576104a16102c08301836143a7565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a40190506100ab565b6104f96103608301836143a7565b90505f0361051f575f6001604051637037f67360e11b81526004016100ab9291906143f3565b5f61052d60208601866142ec565b61053d60408701602088016142ec565b61054d60608801604089016142ec565b61055d6080890160608a016142ec565b61056d60a08a0160808b016142ec565b61057d60c08b0160a08c016142ec565b61058d60e08c0160c08d016142ec565b61059e6101008d0160e08e016142ec565b6105b06101208e016101008f016142ec565b8d6101200160208101906105c491906142ec565b8e6101400160208101906105d891906142ec565b8f61016001356040516020016105f99c9b9a99989796959493929190614438565b60408051601f1981840301815291905280516020909101209050366106226103608501856143a7565b5f818110610632576106326144fc565b90506020028101906106449190614510565b905061065360208201826142c6565b6001600160401b0316151580610687575061067561067087611a27565b611bd0565b61068260408301836143a7565b905014155b806106a85750846106a5835f6106a060408601866143a7565b611bf3565b14155b156106c9576040516308a691e960e31b8152600481018690526024016100ab565b5f5b6013811015610712578460600181601381106106e9576106e96144fc565b60200201358461024001518260138110610705576107056144fc565b60200201526001016106cb565b506107216102c08501856143a7565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102e09091013561028082015292915050565b60408051601380825261028082019092525f9182919060208201610260803683370190505090505f5b60138110156107df5783610240015181601381106107b5576107b56144fc565b60200201518282815181106107cc576107cc6144fc565b6020908102919091010152600101610795565b505f836102600151516001600160401b038111156107ff576107ff61452e565b604051908082528060200260200182016040528015610828578160200160208202803683370190505b5090505f5b815181101561087a57846102600151818151811061084d5761084d6144fc565b6020026020010151828281518110610867576108676144fc565b602090810291909101015260010161082d565b5084846101800151856101a0015161089185611c80565b61089a85611c80565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c85015260308401526050830152607082015260900160405160208183030381529060405280519060200120925050505b92915050565b5f5f5f61092361091d8787611da2565b85612394565b92509250925093509350939050565b5f60068210158015610907575050600d101590565b5f8261020001515f1461095b57600361095e565b60025b90505f5f6109ca845f8561097289886124d6565b8961012001518a61022001516109889190614355565b6101208b01516102208c015161099f906001614394565b6109a99190614355565b8b61024001518a601381106109c0576109c06144fc565b60200201516125fd565b90925090506109dd6103608501856143a7565b9050600214610a11576109f46103608501856143a7565b604051637037f67360e11b81526100ab92506002906004016143f3565b5f60028660e00151610a239190614342565b90505f610a8987610a386103608901896143a7565b6001818110610a4957610a496144fc565b9050602002810190610a5b9190614510565b610a6d8a60055f8d61018001516128e5565b610a78866008614355565b610a846106708d612b9d565b612c70565b90505f610a97846020614355565b886101200151896102200151610aad9190614355565b610ab7919061428b565b90505f5b83811015610bd1575f80610b39610aef89610ad7866002614355565b610ae19088614394565b60021b016020015160e01d90565b610b138a610afe876002614355565b610b089089614394565b610ae1906001614394565b610b26888760021b016020015160e01d90565b610b3489610ae1898d614394565b612d85565b9092509050610b7d88610b4d856002614355565b610b579087614394565b60021b0160200180516001600160e01b03166001600160e01b031960e086901b16179052565b610bc788610b8c856002614355565b610b969087614394565b610ba1906001614394565b60021b0160200180516001600160e01b03166001600160e01b031960e085901b16179052565b5050600101610abb565b50610bdd875f87612e15565b8861024001518760138110610bf457610bf46144fc565b60200201525050505050505050565b610c116103808201826143a7565b9050600114610c4557610c286103808201826143a7565b604051637037f67360e11b81526100ab9250600190600401614542565b36610c546103808301836143a7565b5f818110610c6457610c646144fc565b9050602002810190610c769190614510565b610180840151909150610c8c60208301836142c6565b6001600160401b0316141580610caf5750610caa6020820182614563565b151590505b80610cd45750610cc28360c00151611bd0565b610ccf60408301836143a7565b905014155b15610cf4575f604051630b28d38960e31b81526004016100ab91906145a5565b826102600151836101a0015181518110610d1057610d106144fc565b6020026020010151610d345f5f1b8561018001518480604001906106a091906143a7565b14610d54575f604051630b28d38960e31b81526004016100ab91906145a5565b610240830151606080820151608090920151604080516020810194909452830152610da69101604051602081830303815290604052805190602001208461018001518380604001906106a091906143a7565b836102600151846101a0015181518110610dc257610dc26144fc565b602002602001018181525050505050565b5f610df383835f600d6020886102200151610dee9190614342565b612ea0565b9050610e4e816020856102200151610e0b91906145d4565b610e23610e188787613154565b8761012001516132b7565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b610e5a83835f846133f3565b505050565b5f610e7383835f600d876102000151612ea0565b90505f610e8384845f601061347d565b90505f8461020001515f14610e9c576060820151610ea3565b637fffffff195b90505f5b60048451610eb59190614342565b811015610f0f57856101800151818761020001516020610ed59190614355565b610edf9190614394565b11610f0f575f610ef8858360021b016020015160e01d90565b905082811315610f06578092505b50600101610ea7565b50606082018190528461020001515f03610f2a575f60808301525b610f36856010846135d7565b61024086015160105b60200201525050505050565b610f5e82825f600d866102000151612ea0565b505f610f6e6103008301836143a7565b5f818110610f7e57610f7e6144fc565b9050602002810190610f9091906145e7565b610f9e906040810190614563565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525061020088015194955093610fed9350879250869150600190600e90612ea0565b90505f610ffd85855f601061347d565b60608101516080820151919250905f5b6004855161101b9190614342565b8110156110ab575f8189610200015160206110369190614355565b6110409190614394565b90505f896101800151821161107a5761106b611065898560021b016020015160e01d90565b866136f0565b905061107781856145fb565b93505b600283901b870160200180516001600160e01b03166001600160e01b031960e084901b16179052505060010161100d565b506110b987876001876133f3565b608083018190526110cc876010856135d7565b6102408801516010602002015250505050505050565b5f6110f683835f600d876102000151612ea0565b90505f61110d84846001600e886102000151612ea0565b90505f61112761112086865f601061347d565b6080015190565b90505f5b600484516111399190614342565b8110156111b9578561018001518187610200015160206111599190614355565b6111639190614394565b116111b9576111b18482611189611183878660021b016020015160e01d90565b8661371b565b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b60010161112b565b506111c685855f866133f3565b5050505050565b6102208201515f6111f56111ea858584600d610dee602089614342565b610ae16020856145d4565b90505f61120585855f600f61347d565b90505f61121486865f8761375c565b9150505f8660600151876040015161122c9190614342565b87610200015161123c9190614342565b90505f5f61127f885f60048c61014001518d61012001518861125e9190614355565b6101208f015161126f8a6001614394565b6112799190614355565b8a6125fd565b90925090505f611290826020614355565b6101208b01516112a09086614355565b6112aa919061428b565b90505f5b8a610120015181101561132b5761132387826112ce87610ae18388614394565b6112d8908c614622565b6112eb8b8660031b016020015160c01d90565b6112f591906145fb565b8160031b60208401016001600160401b03821660c01b6001600160401b0360c01b1982511617815250505050565b6001016112ae565b506113388a600f886135d7565b6102408b0151600f602002015250505050505050505050565b5f61135f83835f600f61347d565b90505f5f6113b2845f6005885f01518961012001518a61020001516113849190614355565b6101208b01516102008c015161139b906001614394565b6113a59190614355565b6102408c015160056109c0565b90925090505f6113c3826020614355565b8661012001518761020001516113d99190614355565b6113e3919061428b565b90505f5b86610120015181101561143c5761141d846114028385614394565b610e23611418898660031b016020015160c01d90565b613939565b600381901b850160200180516001600160c01b031690526001016113e7565b5061144986600f866135d7565b6102408701516101e0015261145f855f85612e15565b61024087015160056020020152505050505050565b61148160208201826142ec565b63ffffffff1615806114af5750602061149c828201836142ec565b6114a69190614651565b63ffffffff1615155b156114e3576040516389a6198960e01b815260206004820152600360248201526264696d60e81b60448201526064016100ab565b6114f360408201602083016142ec565b63ffffffff165f03611531576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b60448201526064016100ab565b61154160608201604083016142ec565b63ffffffff16158061157e575061155e60608201604083016142ec565b61156b60208301836142ec565b6115759190614651565b63ffffffff1615155b156115b4576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b60448201526064016100ab565b60026115c660608301604084016142ec565b6115d360208401846142ec565b6115dd9190614678565b6115e79190614651565b63ffffffff1615611625576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b60448201526064016100ab565b61163560808201606083016142ec565b63ffffffff161580611675575061165260808201606083016142ec565b61166260608301604084016142ec565b61166c9190614651565b63ffffffff1615155b156116ad576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b60448201526064016100ab565b6116bd60a08201608083016142ec565b63ffffffff1615806116ef575060206116dc60a08301608084016142ec565b6116e69190614651565b63ffffffff1615155b15611725576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b60448201526064016100ab565b61173560c0820160a083016142ec565b63ffffffff165f03611772576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b60448201526064016100ab565b61178260e0820160c083016142ec565b63ffffffff165f036117c1576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b60448201526064016100ab565b6117d2610100820160e083016142ec565b63ffffffff161580611805575060026117f2610100830160e084016142ec565b6117fc9190614651565b63ffffffff1615155b80611851575061181b60608201604083016142ec565b61182860208301836142ec565b6118329190614678565b63ffffffff16611849610100830160e084016142ec565b63ffffffff16115b1561188a576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b60448201526064016100ab565b600161189e610160830161014084016142ec565b63ffffffff1611156118dc576040516389a6198960e01b81526004016100ab906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff85169082900361192f576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b60448201526064016100ab565b5f82156119485761194382628000006145fb565b61194a565b815b90505f83156119635761195e60968561469f565b611967565b6094195b90505f61197487836145fb565b9050825f0361198a575f95505050505050610907565b5f81126119db5760268113156119d1576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b60448201526064016100ab565b82811b9550611a01565b60191981136119ec575f9550611a01565b6119fe836119f9836146be565b613944565b95505b6001601f89901c81169003611a1c57611a19866146be565b95505b505050505092915050565b5f80611a44611a3960208501856142ec565b63ffffffff16613995565b90505f611a5760608501604086016142ec565b611a6460208601866142ec565b611a6e9190614678565b63ffffffff16611a8460808601606087016142ec565b63ffffffff16611a949190614355565b90505f611aa760a08601608087016142ec565b611ab89063ffffffff166002614355565b611ac3836002614355565b611ad060208801886142ec565b611ae19063ffffffff166003614355565b611aec866002614355565b611af69190614394565b611b009190614394565b611b0a9190614394565b90505f611b1d60e0870160c088016142ec565b63ffffffff168483611b3560408a0160208b016142ec565b63ffffffff16611b459190614355565b611b5560c08a0160a08b016142ec565b611b669063ffffffff166001614394565b611b709190614394565b611b7a9190614394565b611b849190614394565b9050611b98610160870161014088016142ec565b63ffffffff165f03611bc757611bb460c0870160a088016142ec565b611bc49063ffffffff1682614394565b90505b95945050505050565b5f5b81816001901b1015611bee57611be7816146d8565b9050611bd2565b919050565b5f8161010081108015611c07575084811c15155b15611c2f576040516394666f0d60e01b815260048101869052602481018290526044016100ab565b859150838160051b81015b80821015611c75576001871660051b823580861715158683528160208418528060405f200296505050508660011c9650602082019150611c3a565b505050949350505050565b80515f90808203611c9357505f92915050565b6001811115611d80575f6002611caa836001614394565b611cb49190614342565b90505f5b81811015611d78575f83611ccd836002614355565b611cd8906001614394565b10611ce3575f611d13565b85611cef836002614355565b611cfa906001614394565b81518110611d0a57611d0a6144fc565b60200260200101515b9050611d5286611d24846002614355565b81518110611d3457611d346144fc565b6020026020010151825f828152602082905260409020911715150290565b868381518110611d6457611d646144fc565b602090810291909101015250600101611cb8565b509050611c93565b825f81518110611d9257611d926144fc565b6020026020010151915050919050565b60605f611db5611a3960208601866142ec565b90505f611dcb611a3960a08701608088016142ec565b90505f611dde60608701604088016142ec565b611deb60208801886142ec565b611df59190614678565b63ffffffff16611e0b60808801606089016142ec565b63ffffffff16611e1b9190614355565b90505f611e29866001614394565b60408051601880825261032082019092529192506020820161030080368337019050509450600160381b608085901b17855f81518110611e6b57611e6b6144fc565b60209081029190910101526880000000000000000160391b85600181518110611e9657611e966144fc565b6020908102919091010152670300000000000000608085901b1785600281518110611ec357611ec36144fc565b6020908102919091010152670400000000000100608085901b1785600381518110611ef057611ef06144fc565b602002602001018181525050611f30875f016020810190611f1191906142ec565b63ffffffff165f611f2560208b018b6142ec565b63ffffffff166139ad565b85600481518110611f4357611f436144fc565b602002602001018181525050611f67826001895f016020810190611f2591906142ec565b85600581518110611f7a57611f7a6144fc565b602002602001018181525050611f9e826002895f016020810190611f2591906142ec565b85600681518110611fb157611fb16144fc565b6020908102919091010152611fe8611fcf6060890160408a016142ec565b60801b63ffffffff60801b166706000000000000011790565b85600781518110611ffb57611ffb6144fc565b60209081029190910101526120326120196080890160608a016142ec565b60801b63ffffffff60801b166706000000000001011790565b85600881518110612045576120456144fc565b602090810291909101015270010000000000000000070000000000000085600981518110612075576120756144fc565b602002602001018181525050604081901b6120c261209283613a35565b6120a260608b0160408c016142ec565b63ffffffff166120b29190614355565b60801b6708000000000000031790565b1785600a815181106120d6576120d66144fc565b6020908102919091010152670400000000000500608085901b1785600b81518110612103576121036144fc565b602002602001018181525050612139875f01602081019061212491906142ec565b63ffffffff166003611f2560208b018b6142ec565b85600c8151811061214c5761214c6144fc565b6020908102919091010152600760391b608085901b1785600d81518110612175576121756144fc565b6020908102919091010152600160381b608085901b1785600e8151811061219e5761219e6144fc565b60209081029190910101526880000000000000000160391b85600f815181106121c9576121c96144fc565b6020908102919091010152670300000000000100608085901b17856010815181106121f6576121f66144fc565b6020908102919091010152670400000000000100608085901b1785601181518110612223576122236144fc565b602090810291909101015261225661224160a0890160808a016142ec565b63ffffffff166004611f2560208b018b6142ec565b85601281518110612269576122696144fc565b602090810291909101015261229c61228760a0890160808a016142ec565b63ffffffff166005611f2560208b018b6142ec565b856013815181106122af576122af6144fc565b6020908102919091010152670f00000000000000608084901b17856014815181106122dc576122dc6144fc565b6020908102919091010152670400000000000600608084901b1785601581518110612309576123096144fc565b602002602001018181525050612342875f01602081019061232a91906142ec565b63ffffffff166006611f2560a08b0160808c016142ec565b85601681518110612355576123556144fc565b6020908102919091010152600760391b608085901b178560178151811061237e5761237e6144fc565b6020026020010181815250505050505092915050565b5f808083815b8651811015612483575f8782815181106123b6576123b66144fc565b602002602001015190505f608082901c90508084101561246a5760ff603883901c8116975065ffffffffffff600884901c16908316604084901c6001600160401b0316600219820161241e5761240c8188613a6a565b995099509950505050505050506124cf565b6002820361244157896008612433838a6145d4565b901b841761240c838a614342565b6001820361245a57509096509394506124cf9350505050565b5094965094506124cf9350505050565b612474818561428b565b9350505080600101905061239a565b50805f0361249a575f5f5f935093509350506124cf565b846124a5828261428b565b604051631a46e91f60e11b81526001600160401b03909216600483015260248201526044016100ab565b9250925092565b5f8115806124e45750600182145b806124ef5750600282145b806124fa5750600582145b806125055750600882145b806125105750600982145b1561251d57508151610907565b600382148061252c5750600482145b1561253d5750610140820151610907565b600682148061254c5750600782145b806125575750600b82145b1561256757506080820151610907565b600a820361258457825161257d90602090614342565b9050610907565b600c820361259d576020836080015161257d9190614342565b600d8214806125ac5750600e82145b156125bc575060c0820151610907565b600f82036125d05750610120820151610907565b601182036125e3575060a0820151610907565b601282036125f45750610100610907565b50603492915050565b60605f61260e6103408a018a6143a7565b90508810612672576126246103408a018a6143a7565b9050612631896001614394565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a4016100ab565b5f61267e878787613b5f565b90503661268f6103408c018c6143a7565b8b81811061269f5761269f6144fc565b90506020028101906126b191906146f0565b9050886126c16020830183614704565b60ff161415806126ec5750602080830151906126e390604084019084016142ec565b63ffffffff1614155b8061270a575081516127046060830160408401614704565b60ff1614155b1561275f578961271d6020830183614704565b61272d60408401602085016142ec565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff1660448201526064016100ab565b60408201516127716060830183614563565b9050146127b657896127866060830183614563565b6040808601519051636a57042760e01b8152600481019490945260248401919091526044830152506064016100ab565b60608201516127c860808301836143a7565b905014158061284457508461284161282b6127e66060850185614563565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525089935091506128219050565b6020020151613c74565b84516020860151901c6106a060808601866143a7565b14155b156128855760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b90526084016100ab565b6128926060820182614563565b836001602002015182828080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509299509297505050505050505097509795505050505050565b5f5f6128f3865f0151613995565b90505f866080015160026129079190614355565b610140880151612918906002614355565b8851612925906003614355565b612930856002614355565b61293a9190614394565b6129449190614394565b61294e9190614394565b90505f81886101a001516129629190614355565b60a0890151612972906001614394565b61297c9190614394565b9050600287036129e5578486600114612995575f6129c7565b6101408901516129a6906002614355565b89516129b3906002614355565b6129bd9086614394565b6129c79190614394565b6129d19083614394565b6129db9190614394565b9350505050612b95565b600187036129f8576129db856001614394565b6004871480612a125750600387148015612a125750856007145b15612a7457876101000151600114612a69578483838a60200151612a369190614355565b60a08b0151612a46906001614394565b612a509190614394565b612a5a9190614394565b612a649190614394565b6129db565b6129db856001614394565b60038703612b2e576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b88811015612b0c57818160078110612ade57612ade6144fc565b6020020151612aed9084614394565b925080600303612b0457612b018684614394565b92505b600101612ac4565b5086612b188385614394565b612b229190614394565b95505050505050612b95565b5f83838a60200151612b409190614355565b60a08b0151612b50906001614394565b612b5a9190614394565b612b649190614394565b90508861010001515f03612b845760a0890151612b819082614394565b90505b612b8e8682614394565b9450505050505b949350505050565b5f5f612bab835f0151613995565b90505f8360c001518285608001516002612bc59190614355565b610140870151612bd6906002614355565b8751612be3906003614355565b612bee876002614355565b612bf89190614394565b612c029190614394565b612c0c9190614394565b8660200151612c1b9190614355565b60a0870151612c2b906001614394565b612c359190614394565b612c3f9190614394565b612c499190614394565b90508361010001515f03612c695760a0840151612c669082614394565b90505b9392505050565b606083612c8060208701876142c6565b6001600160401b0316141580612ca4575082612c9f6020870187614563565b905014155b80612cbd575081612cb860408701876143a7565b905014155b15612cdd5783604051630b28d38960e31b81526004016100ab9190614724565b6101c0860151612d1a612cf36020880188614563565b604051612d01929190614748565b6040518091039020868880604001906106a091906143a7565b14612d3a5783604051630b28d38960e31b81526004016100ab9190614724565b612d476020860186614563565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f5f612d9086613c81565b612d9985613c81565b612da284613c81565b612dab83613c81565b612dea565b5f81126320000000038101601e1d637fffffff19811215612dd35750637fffffff195b637fffffff811315611bee5750637fffffff919050565b612df983860285880203612db0565b9150612e0a84860284880201612db0565b905094509492505050565b5f36612e256103408601866143a7565b85818110612e3557612e356144fc565b9050602002810190612e4791906146f0565b9050611bc7612e6884612e606060850160408601614704565b60ff16613c74565b612e786060840160408501614704565b60ff16612e8b60408501602086016142ec565b63ffffffff16901c6106a060808501856143a7565b6060612eb06103008601866143a7565b90508410612f1257612ec66103008601866143a7565b9050612ed3856001614394565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a4016100ab565b36612f216103008701876143a7565b86818110612f3157612f316144fc565b9050602002810190612f4391906145e7565b90505f612f61612f5389876124d6565b612f5c87613cb8565b613d00565b905084612f716020840184614704565b60ff16141580612f96575083612f8d60408401602085016142ec565b63ffffffff1614155b80612fa15750808410155b15612fc45785612fb46020840184614704565b61272d60408501602086016142ec565b5f612fd0898787613d22565b905080612fe06040850185614563565b90501461301f5786612ff56040850185614563565b604051636a57042760e01b81526004810193909352602483015250604481018290526064016100ab565b61302882611bd0565b61303560608501856143a7565b9050146130765760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b6064820152602481018890526084016100ab565b886102400151866013811061308d5761308d6144fc565b60200201516130c76130a26040860186614563565b6040516130b0929190614748565b604051908190039020876106a060608801886143a7565b146131065760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b6064820152602481018890526084016100ab565b6131136040840184614563565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b5f5f5f6131a6845f6002885f01518961012001518a61020001516131789190614355565b6101208b01516102008c015161318f906001614394565b6131999190614355565b6102408c015160026109c0565b90925090506131b6816020614355565b8561012001518661020001516131cc9190614355565b6131d6919061428b565b90505f6131ea86865f89610220015161375c565b5090505f866060015187604001516132029190614342565b8761020001516132129190614342565b90505f5f61323588600160038c61014001518d61012001518861125e9190614355565b9092509050613245816020614355565b6101208a01516132559085614355565b61325f919061428b565b90505f5b8961012001518110156132aa5761327e83610ae18385614394565b61328c88610ae1848a614394565b6132969190614622565b6132a090896145fb565b9750600101613263565b5050505050505092915050565b5f815f036132d85760405163011ee73b60e21b815260040160405180910390fd5b5f6133976132ee84671000000000000000614342565b60016fffffffffffffffffffffffffffffffff821160071b82811c6001600160401b031060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b90505f6133ad6133a8866010613944565b613d96565b60030b90505f82820290811263200000000301601e1d637fffffff198112156133d85750637fffffff195b637fffffff811315611bc75750637fffffff95945050505050565b366134026103008501856143a7565b84818110613412576134126144fc565b905060200281019061342491906145e7565b9050613457828051906020012082602001602081019061344491906142ec565b63ffffffff166106a060608501856143a7565b61024086015161346a6020840184614704565b60ff1660138110610f3f57610f3f6144fc565b606061348d6103208501856143a7565b905083106134cb576134a36103208501856143a7565b90506134b0846001614394565b604051637037f67360e11b81526004016100ab929190614757565b6134d96103208501856143a7565b848181106134e9576134e96144fc565b90506020028101906134fb9190614563565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093945061353c9250859150613dc59050565b61354687856124d6565b6135509190614355565b905080825114613587578151604051636a57042760e01b8152600481018690526024810191909152604481018290526064016100ab565b856102400151836013811061359e5761359e6144fc565b60200201516135ae8785856135d7565b146135ce5783604051630b28d38960e31b81526004016100ab919061477a565b50949350505050565b5f5f6135e284613dc5565b6135eb85613cb8565b6135f59190614355565b90505f8160018386516136089190614394565b613612919061428b565b61361c9190614342565b90505f816001600160401b038111156136375761363761452e565b604051908082528060200260200182016040528015613660578160200160208202803683370190505b5090505f5b828110156136db575f6136788583614355565b90505f875186836136899190614394565b1161369457856136a1565b8188516136a1919061428b565b90505f818360208b0101209050808585815181106136c1576136c16144fc565b602002602001018181525050505050806001019050613665565b506136e581611c80565b979650505050505050565b5f6136fa83613c81565b61370382613c81565b612c696137136133a8848661469f565b60030b613e27565b5f5f83128061372d5750634000000083135b1561374e576040516320f9868b60e21b8152600481018490526024016100ab565b612c69601e84901b83613fb7565b5f8061376c6103808601866143a7565b905084106137aa576137826103808601866143a7565b905061378f856001614394565b604051637037f67360e11b81526004016100ab929190614542565b366137b96103808701876143a7565b868181106137c9576137c96144fc565b90506020028101906137db9190614510565b90508661018001518411806138055750836137f960208301836142c6565b6001600160401b031614155b8061381f57506138186020820182614563565b9050604014155b8061384457506138328760c00151611bd0565b61383f60408301836143a7565b905014155b156138645784604051630b28d38960e31b81526004016100ab91906145a5565b866102600151876101a0015181518110613880576138806144fc565b60200260200101516138c282806020019061389b9190614563565b6040516138a9929190614748565b6040518091039020868480604001906106a091906143a7565b146138e25784604051630b28d38960e31b81526004016100ab91906145a5565b6138ef6020820182614563565b6138fd916020915f9161479d565b613906916147c4565b6139136020830183614563565b6139229160409160209161479d565b61392b916147c4565b925092505094509492505050565b5f6109076133a883601e5b5f811580613952575060ff82115b1561397357604051630263749760e41b8152600481018390526024016100ab565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f60206139a383601f614394565b6109079190614342565b5f8060806001816139bf602087614342565b6139c99190614394565b6139d3919061428b565b6139dd9190614342565b905060018111613a03575050608083901b600883901b1767050000000000000117612c69565b604081901b613a2b613a158388614355565b60801b600887901b176710000000000000021790565b1795945050505050565b5f613a3f82613995565b613a4a906003614355565b613a55836002614355565b613a5f9190614394565b610907906001614394565b5f5f5f5f613a7786613995565b90505f613a8387613a35565b90505f613a908288614342565b9050613a9c82886145d4565b965087871015613ab7576008955093508592506124cf915050565b613ac1888861428b565b965082871015613add576009875f9550955095505050506124cf565b613ae7838861428b565b965082871015613b0357600a875f9550955095505050506124cf565b613b0d838861428b565b965082871015613b2957600b875f9550955095505050506124cf565b613b33838861428b565b965087871015613b4e57600c955093508592506124cf915050565b600d989097505f9650945050505050565b613b676141bc565b5f613b73602085614342565b90505f6020613b8360018661428b565b613b8d9190614342565b90505f5b82811c82821c14613bac57613ba5816146d8565b9050613b91565b82811c811b5f6020613bbf8a601f614394565b613bc99190614342565b90505f81613bda6001861b85614394565b11613bf157613bec6001851b84614394565b613bf3565b815b90505f8a613c02836020614355565b11613c1757613c12826020614355565b613c19565b8a5b8589526020808a01869052909150613c32908590614355565b613c3c908261428b565b613c47906004614355565b604089015284613c5684611bd0565b613c60919061428b565b606089015250959998505050505050505050565b5f612c6983836080614009565b637fffffff19811280613c975750637fffffff81135b156118dc5760405163e92ac66b60e01b8152600481018290526024016100ab565b5f600a821480613cc85750600c82145b80613cd35750600f82145b80613cde5750601082145b80613ce95750601282145b613cf4576020613cf7565b60105b60ff1692915050565b5f816001613d0e8286614394565b613d18919061428b565b612c699190614342565b5f5f613d2e85856124d6565b90505f613d3a85613cb8565b90505f613d478286614355565b90505f83613d558484614394565b11613d6957613d648383614394565b613d6b565b835b9050613d7687613dc5565b613d80838361428b565b613d8a9190614355565b98975050505050505050565b5f637fffffff19821215613dad57637fffffff1991505b637fffffff821315613dc157637fffffff91505b5090565b5f6009821480613dd55750600b82145b15613de257506001919050565b600a821480613df15750600c82145b80613dfc5750600f82145b80613e075750601082145b80613e125750601282145b15613e1f57506008919050565b506004919050565b5f5f82128015613fa957618000635c551d95845f03020160101c80601e1c601f811015613fa257633fffffff82166008606c19613e708284025f811263200000000301601e1d90565b01905061058b613e8c8383025f811263200000000301601e1d90565b019050613ff819613ea98383025f811263200000000301601e1d90565b01905062028612613ec68383025f811263200000000301601e1d90565b0190506215d87f19613ee48383025f811263200000000301601e1d90565b019050629d955b613f018383025f811263200000000301601e1d90565b01905063038d611a19613f208383025f811263200000000301601e1d90565b019050630f5fdf00613f3e8383025f811263200000000301601e1d90565b019050632c5c85fd19613f5d8383025f811263200000000301601e1d90565b0190506340000000613f7b8383025f811263200000000301601e1d90565b019050828015613f9a575f821260018086031b038201841d9650613f9e565b8196505b5050505b5050613fb1565b634000000091505b50919050565b5f5f8213613fdb57604051637040adc360e01b8152600481018390526024016100ab565b5f8312838115613feb57845f0390505b838460011c820104925050801561400257815f0391505b5092915050565b5f806001841b6001600160401b038111156140265761402661452e565b60405190808252806020026020018201604052801561404f578160200160208202803683370190505b5090505f8360018588516140639190614394565b61406d919061428b565b6140779190614342565b90505f5b818110156140f1575f61408e8683614355565b90505f8851878361409f9190614394565b116140aa57866140b7565b8189516140b7919061428b565b90505f818360208c0101209050808685815181106140d7576140d76144fc565b60200260200101818152505050505080600101905061407b565b506140fb82611c80565b9695505050505050565b6040518061036001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020016141856141da565b8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b60405180608001604052806004906020820280368337509192915050565b6040518061026001604052806013906020820280368337509192915050565b5f5f5f5f84860361028081121561420e575f5ffd5b61018081121561421c575f5ffd5b859450610180850135935060c061019f1982011215614239575f5ffd5b506101a0850191506102608501356001600160401b0381111561425a575f5ffd5b85016103c0818803121561426c575f5ffd5b939692955090935050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561090757610907614277565b6060808252600190820152601b60fa1b60808201526020810192909252604082015260a00190565b5f602082840312156142d6575f5ffd5b81356001600160401b0381168114612c69575f5ffd5b5f602082840312156142fc575f5ffd5b813563ffffffff81168114612c69575f5ffd5b6001600160401b03818116838216019081111561090757610907614277565b634e487b7160e01b5f52601260045260245ffd5b5f826143505761435061432e565b500490565b808202811582820484141761090757610907614277565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b8082018082111561090757610907614277565b5f5f8335601e198436030181126143bc575f5ffd5b8301803591506001600160401b038211156143d5575f5ffd5b6020019150600581901b36038213156143ec575f5ffd5b9250929050565b606081525f6144176060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b16601582015261447a601982018c614427565b614487601d82018b614427565b614494602182018a614427565b6144a16025820189614427565b6144ae6029820188614427565b6144bb602d820187614427565b6144c86031820186614427565b6144d56035820185614427565b6144e26039820184614427565b603d810191909152605d019b9a5050505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112614524575f5ffd5b9190910192915050565b634e487b7160e01b5f52604160045260245ffd5b606081525f61441760608301600281526135bb60f11b602082015260400190565b5f5f8335601e19843603018112614578575f5ffd5b8301803591506001600160401b03821115614591575f5ffd5b6020019150368190038213156143ec575f5ffd5b604081525f6145c660408301600281526135bb60f11b602082015260400190565b905082602083015292915050565b5f826145e2576145e261432e565b500690565b5f8235607e19833603018112614524575f5ffd5b8082018281125f83128015821682158216171561461a5761461a614277565b505092915050565b8082025f8212600160ff1b8414161561463d5761463d614277565b818105831482151761090757610907614277565b5f63ffffffff8316806146665761466661432e565b8063ffffffff84160691505092915050565b5f63ffffffff83168061468d5761468d61432e565b8063ffffffff84160491505092915050565b8181035f83128015838313168383128216171561400257614002614277565b5f600160ff1b82016146d2576146d2614277565b505f0390565b5f600182016146e9576146e9614277565b5060010190565b5f8235609e19833603018112614524575f5ffd5b5f60208284031215614714575f5ffd5b813560ff81168114612c69575f5ffd5b604081525f6145c66040830160058152641b5bd9195b60da1b602082015260400190565b818382375f9101908152919050565b606081525f614417606083016004815263199d5b1b60e21b602082015260400190565b604081525f6145c6604083016004815263199d5b1b60e21b602082015260400190565b5f5f858511156147ab575f5ffd5b838611156147b7575f5ffd5b5050820193919092039150565b80356020831015610907575f19602084900360031b1b169291505056",
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
	Bin: "0x6080604052348015600e575f5ffd5b5061540d8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063e20cd82d1461002d575b5f5ffd5b61004061003b366004614e4c565b610059565b6040805192835260208301919091520160405180910390f35b5f5f5f6100678787866102d1565b90508060200151816101a00151146100a857806101a0015181602001516040516329ded1a760e11b815260040161009f929190614eca565b60405180910390fd5b84356102a08201526100c06040860160208701614ef2565b63ffffffff166102c08201526100dc6060860160408701614ef2565b63ffffffff166102e08201526100f86080860160608701614ef2565b63ffffffff1661030082015261011460a0860160808701614ef2565b63ffffffff1661032082015260a085013561034082015261014161013b6020860186614f15565b82610828565b925061018587826102c00151836101800151600161015f9190614f4f565b6102e085015191119015156101776020890189614f15565b6001600160401b03166109c9565b6102208401526102008301526101e08201819052806101a957508291506102c89050565b600181036101c0576101bb82866109f0565b6102a2565b600281036101d2576101bb8286610aa6565b600381036101e4576101bb8286610b0a565b600481036101f6576101bb8286610ccc565b60058103610208576101bb8286610e75565b6010810361021a576101bb8286610ef1565b6011810361022c576101bb8286611059565b6012810361023e576101bb8286611135565b60138103610250576101bb82866113d0565b60158103610262576101bb82866115f3565b60168103610274576101bb828661173c565b60178103610286576101bb82866118cf565b60188103610298576101bb8286611a50565b6102a28286611b04565b6102c36102b26020870187614f15565b6102bd906001614f62565b83610828565b925050505b94509492505050565b6102d9614d57565b6102e284611b6a565b6102ef6020850185614ef2565b63ffffffff1681526103076040850160208601614ef2565b63ffffffff1660208201526103226060850160408601614ef2565b63ffffffff16604082015261033d6080850160608601614ef2565b63ffffffff16606082015261035860a0850160808601614ef2565b63ffffffff16608082015261037360c0850160a08601614ef2565b63ffffffff1660a082015261038e60e0850160c08601614ef2565b63ffffffff1660c08201526103aa610100850160e08601614ef2565b63ffffffff1660e08201526103c761016085016101408601614ef2565b63ffffffff16610100820152604081015181516103e49190614f95565b610120820181905260608201516103fb9190614fa8565b61014080830191909152610420906104199086016101208701614ef2565b6020611fd5565b6101608201526101c0810183905261043e6040830160208401614ef2565b63ffffffff1661018082015261045a6060830160408401614ef2565b63ffffffff166101a082015260c08101516101808201511061049c578061018001518160c001516040516329ded1a760e11b815260040161009f929190614fbf565b8060200151816101a0015111156104d357806101a0015181602001516040516329ded1a760e11b815260040161009f929190614eca565b8060200151816101a001511480156104ff575060c08101516101808201516104fc906001614f4f565b10155b1561053557610180810151610515906001614f4f565b8160c001516040516329ded1a760e11b815260040161009f929190614fbf565b60208101516105486102c0840184614fe7565b9050146105a75761055d6102c0830183614fe7565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a401905061009f565b6105b5610360830183614fe7565b90505f036105db575f6001604051637037f67360e11b815260040161009f929190615033565b5f6105e96020860186614ef2565b6105f96040870160208801614ef2565b6106096060880160408901614ef2565b6106196080890160608a01614ef2565b61062960a08a0160808b01614ef2565b61063960c08b0160a08c01614ef2565b61064960e08c0160c08d01614ef2565b61065a6101008d0160e08e01614ef2565b61066c6101208e016101008f01614ef2565b8d6101200160208101906106809190614ef2565b8e6101400160208101906106949190614ef2565b8f61016001356040516020016106b59c9b9a99989796959493929190615078565b60408051601f1981840301815291905280516020909101209050366106de610360850185614fe7565b5f8181106106ee576106ee61513c565b90506020028101906107009190615150565b905061070f6020820182614f15565b6001600160401b0316151580610743575061073161072c8761211d565b6122c6565b61073e6040830183614fe7565b905014155b80610764575084610761835f61075c6040860186614fe7565b6122e9565b14155b15610785576040516308a691e960e31b81526004810186905260240161009f565b5f5b60138110156107ce578460600181601381106107a5576107a561513c565b602002013584610240015182601381106107c1576107c161513c565b6020020152600101610787565b506107dd6102c0850185614fe7565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102e09091013561028082015292915050565b60408051601380825261028082019092525f9182919060208201610260803683370190505090505f5b601381101561089b5783610240015181601381106108715761087161513c565b60200201518282815181106108885761088861513c565b6020908102919091010152600101610851565b505f836102600151516001600160401b038111156108bb576108bb61516e565b6040519080825280602002602001820160405280156108e4578160200160208202803683370190505b5090505f5b81518110156109365784610260015181815181106109095761090961513c565b60200260200101518282815181106109235761092361513c565b60209081029190910101526001016108e9565b5084846101800151856101a0015161094d85612376565b61095685612376565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c85015260308401526050830152607082015260900160405160208183030381529060405280519060200120925050505b92915050565b5f5f5f6109e06109da888888612498565b85612803565b9250925092509450945094915050565b5f610a0383835f5f876102000151612945565b90505f610a1384845f6010612c2b565b90505f8461020001515f14610a2c576020820151610a2e565b5f5b90505f5b60048451610a409190614f95565b811015610a7c575f610a5b858360021b016020015160e01d90565b9050610a678180615182565b610a719084614f4f565b925050600101610a32565b50602082018190525b610a9185601084612d85565b61024086015160105b60200201525050505050565b5f610ab483835f6010612c2b565b9050610aec816001610adc610acf855f60051b016020015190565b8751610160890151612ea0565b808260051b602085010152505050565b610af883601083612d85565b61024084015160106020020152505050565b5f610b1d83835f5f876102000151612945565b9050610b328383600180876102000151612945565b505f610b4b610b4485855f6010612c2b565b6040015190565b9050610b5b610360840184614fe7565b9050600214610b8f57610b72610360840184614fe7565b604051637037f67360e11b815261009f9250600290600401615033565b5f610bef85610ba2610360870187614fe7565b6001818110610bb357610bb361513c565b9050602002810190610bc59190615150565b610bdc8860028a61022001518b6102000151612fbb565b8651610bea61072c8b613273565b61333c565b90505f83516001600160401b03811115610c0b57610c0b61516e565b6040519080825280601f01601f191660200182016040528015610c35576020820181803683370190505b5090505f5b60048551610c489190614f95565b811015610cb657610cae8282610c83610c6a898660021b016020015160e01d90565b610c7d888760021b016020015160e01d90565b89613451565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101610c3a565b50610cc4868660018461347f565b505050505050565b5f5f600684610220015114610ce4576009600a610ce9565b600b600c5b915091505f610d0585855f886102200151896102000151612945565b9050610d1a8585600186896102000151612945565b505f610d3b868660028660108b6102000151610d369190614f95565b612945565b9050610d45614e0e565b5f5b6020811015610d8a57610d63848260021b016020015160e01d90565b828260208110610d7557610d7561513c565b60039290920b60209092020152600101610d47565b505f5f610d9683613509565b6040805160208082528183019092529294509092505f91906020820181803683370190505090505f5b6020811015610e1257838160208110610dda57610dda61513c565b602002015160f81b828281518110610df457610df461513c565b60200101906001600160f81b03191690815f1a905350600101610dbf565b50610e208a8a60018461347f565b610e5c8560108c6102000151610e3691906151b1565b60031b0160200180516001600160c01b03166001600160c01b031960c086901b16179052565b610e698a8a60028861347f565b50505050505050505050565b5f610e9c83835f610e8a876102000151613549565b6020886102200151610d369190614f95565b90505f5f610eb385858761020001516006146135b1565b915091505f610ec2868661368a565b9050610ee5846020886102200151610eda91906151b1565b610c8384878761373c565b610cc486865f8761347f565b61020082015160ff165f602060068314610f0c578451610f12565b84608001515b610f1c9190614f95565b90505f604051806040016040528060806008886102000151901c610f409190614fa8565b81526020015f8152509050816080825f60028110610f6057610f6061513c565b6020020151610f6f9190614f4f565b11610f87578051610f8290608090614f4f565b610f89565b815b60208201525f610fb0868683610f9e88613549565b60208b6102200151610d369190614f95565b90505f610fc087875f6010612c2b565b90505f610fcf88888887613753565b61020089015160081c15610fe75760a0830151610fe9565b5f5b610ff391906151c4565b905084846001602002015103611025576110228360208a610220015161101991906151b1565b610c8384613818565b505f5b60a0820181905261103888601084612d85565b610240890151610200015261104f88885f8661347f565b5050505050505050565b5f61106d83835f6011876102000151612945565b90505f61107d84845f6010612c2b565b60c081015160e0820151919250905f5b6004855161109b9190614f95565b811015611105575f6110b6868360021b016020015160e01d90565b90508761020001515f1480156110ca575081155b806110d457508381135b156110fc578093508188610200015160206110ef9190614fa8565b6110f99190614f4f565b92505b5060010161108d565b5060c0830182905260e0830181905261112086601085612d85565b61024087015160106020020152505050505050565b5f61114383835f6010612c2b565b90506111536103a0830183614fe7565b90506001146111875761116a6103a0830183614fe7565b604051637037f67360e11b815261009f92506001906004016151eb565b366111966103a0840184614fe7565b5f8181106111a6576111a661513c565b90506020028101906111b89190615150565b90505f84610180015160016111cd9190614f4f565b90505f6020866102c00151601f6111e49190614f4f565b6111ee9190614f95565b90505f866102c001516020846112049190614f95565b61120f906001614f4f565b61121a906020614fa8565b116112455761122a602084614f95565b611235906001614f4f565b611240906020614fa8565b61124c565b866102c001515b9050611259602084614f95565b6112666020860186614f15565b6001600160401b03161415806112b45750611282602084614f95565b61128d906020614fa8565b6112979082615210565b6112a2906004614fa8565b6112af6020860186615223565b905014155b806112d557506112c3826122c6565b6112d06040860186614fe7565b905014155b8061132357506102a08701516113206112f16020870187615223565b6040516112ff929190615265565b604051908190039020611313602087614f95565b61075c6040890189614fe7565b14155b15611343575f604051630b28d38960e31b815260040161009f9190615274565b5f6113516020860186615223565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509293506113ad925088915060069050610adc8461139f60208a6151b1565b60021b016020015160e01d90565b6113b988601088612d85565b610240890151601060200201525050505050505050565b5f6113e383835f5f876102000151612945565b90505f6113fd6113f685855f6010612c2b565b60e0015190565b90508360a0015181106114505760a08401516040516329ded1a760e11b815261009f9183916004016060808252600490820152631b995e1d60e21b60808201526020810192909252604082015260a00190565b61145e610360840184614fe7565b905060021461147557610b72610360840184614fe7565b5f6114dd85611488610360870187614fe7565b60018181106114995761149961513c565b90506020028101906114ab9190615150565b6114b88860015f88612fbb565b88516114c690602090614f95565b6114d1906022614fa8565b610bea61072c8b613273565b604080516022808252606082019092529192505f91906020820181803683370190505090505f5b602281101561157657828188610200015160226115219190614fa8565b61152b9190614f4f565b8151811061153b5761153b61513c565b602001015160f81c60f81b8282815181106115585761155861513c565b60200101906001600160f81b03191690815f1a905350600101611504565b505f6115818261382a565b90505f5b60208110156115dd576115d586828484602081106115a5576115a561513c565b602002015160030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101611585565b506115ea87875f8861347f565b50505050505050565b5f61160183835f6010612c2b565b90505f8361020001515f03611648575f84610300015111801561162c57508360a00151846103000151105b61163a578360a00151611641565b8361030001515b9050611707565b8361020001516001036116ad5750610180810151610320840151158015906116775750620f4240846103200151105b156116a857620f4240818561032001516116919190614fa8565b61169e90620f423f614f4f565b6116419190614f95565b611707565b6101a08201516116ef856103400151866102c0015187610180015160016116d49190614f4f565b6116de9190615210565b5f91825260c01b6020526028902090565b6116f991906151b1565b611704906001614f4f565b90505b61010082018190525f6101208301525f61014083015261172984601084612d85565b6102408501516010602002015250505050565b5f61175083835f6011876102000151612945565b90505f61176084845f6012612c2b565b90505f611771858560016010612c2b565b61022086015161014082015191925060ff16905f5b600486516117949190614f95565b8110156118ac575f6117af878360021b016020015160e01d90565b90505f6117d882848c610200015160206117c99190614fa8565b6117d39190614f4f565b613911565b90505f851180156118015750836117f0866008614fa8565b6117fb906040615210565b82901c14155b1561180d5750506118a4565b5f611819866008614fa8565b611824906038615210565b82901c60ff1690506118a0888260088e6102200151901c5f146118525761184d8e8b8888613939565b611855565b60015b6118688c8660031b016020015160c01d90565b61187291906151c4565b8160031b60208401016001600160401b03821660c01b6001600160401b0360c01b1982511617815250505050565b5050505b600101611786565b506118b987601286612d85565b6102408801516012602002015250505050505050565b5f6118dd83835f6012612c2b565b90505f6118ee848460016010612c2b565b6101208101516101008201519192509060ff5b801561195a578161191b868360031b016020015160c01d90565b61192590856151c4565b121561195a5761193e858260031b016020015160c01d90565b61194890846151c4565b9250611953816152a7565b9050611901565b6101408401515f90829060081b17905061198d85600c611983898660031b016020015160c01d90565b610adc90886151c4565b6101208501849052610140850181905287610200015160ff166007036119ec5761020088015160081c5f036119c55761016085018190525b61020088015160081c6002036119ec576119ec856006610adc63ffffffff80861690615210565b611a3b88601288516001600160401b03811115611a0b57611a0b61516e565b6040519080825280601f01601f191660200182016040528015611a35576020820181803683370190505b50612d85565b6102408981015101526113b988601087612d85565b5f611a6483835f6011876102000151612945565b90505f611a7484845f6010612c2b565b90505f8461020001515f14611a8e57610180820151611a90565b5f5b90505f5b60048451611aa29190614f95565b811015611af6575f611abd858360021b016020015160e01d90565b9050611ae1878583611adc85878d610200015160206117c99190614fa8565b613939565b611aeb90846151c4565b925050600101611a94565b506101808201819052610a85565b5f611b156113f684845f6010612c2b565b905082610280015181604051602001611b4592919091825260e01b6001600160e01b031916602082015260240190565b6040516020818303038152906040528051906020012083610280018181525050505050565b611b776020820182614ef2565b63ffffffff161580611ba557506020611b9282820183614ef2565b611b9c91906152bc565b63ffffffff1615155b15611bd9576040516389a6198960e01b815260206004820152600360248201526264696d60e81b604482015260640161009f565b611be96040820160208301614ef2565b63ffffffff165f03611c27576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b604482015260640161009f565b611c376060820160408301614ef2565b63ffffffff161580611c745750611c546060820160408301614ef2565b611c616020830183614ef2565b611c6b91906152bc565b63ffffffff1615155b15611caa576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b604482015260640161009f565b6002611cbc6060830160408401614ef2565b611cc96020840184614ef2565b611cd391906152e3565b611cdd91906152bc565b63ffffffff1615611d1b576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b604482015260640161009f565b611d2b6080820160608301614ef2565b63ffffffff161580611d6b5750611d486080820160608301614ef2565b611d586060830160408401614ef2565b611d6291906152bc565b63ffffffff1615155b15611da3576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b604482015260640161009f565b611db360a0820160808301614ef2565b63ffffffff161580611de557506020611dd260a0830160808401614ef2565b611ddc91906152bc565b63ffffffff1615155b15611e1b576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b604482015260640161009f565b611e2b60c0820160a08301614ef2565b63ffffffff165f03611e68576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b604482015260640161009f565b611e7860e0820160c08301614ef2565b63ffffffff165f03611eb7576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b604482015260640161009f565b611ec8610100820160e08301614ef2565b63ffffffff161580611efb57506002611ee8610100830160e08401614ef2565b611ef291906152bc565b63ffffffff1615155b80611f475750611f116060820160408301614ef2565b611f1e6020830183614ef2565b611f2891906152e3565b63ffffffff16611f3f610100830160e08401614ef2565b63ffffffff16115b15611f80576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b604482015260640161009f565b6001611f9461016083016101408401614ef2565b63ffffffff161115611fd2576040516389a6198960e01b815260040161009f906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff851690829003612025576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b604482015260640161009f565b5f821561203e5761203982628000006151c4565b612040565b815b90505f83156120595761205460968561530a565b61205d565b6094195b90505f61206a87836151c4565b9050825f03612080575f955050505050506109c3565b5f81126120d15760268113156120c7576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b604482015260640161009f565b82811b95506120f7565b60191981136120e2575f95506120f7565b6120f4836120ef83615329565b613989565b95505b6001601f89901c811690036121125761210f86615329565b95505b505050505092915050565b5f8061213a61212f6020850185614ef2565b63ffffffff166139da565b90505f61214d6060850160408601614ef2565b61215a6020860186614ef2565b61216491906152e3565b63ffffffff1661217a6080860160608701614ef2565b63ffffffff1661218a9190614fa8565b90505f61219d60a0860160808701614ef2565b6121ae9063ffffffff166002614fa8565b6121b9836002614fa8565b6121c66020880188614ef2565b6121d79063ffffffff166003614fa8565b6121e2866002614fa8565b6121ec9190614f4f565b6121f69190614f4f565b6122009190614f4f565b90505f61221360e0870160c08801614ef2565b63ffffffff16848361222b60408a0160208b01614ef2565b63ffffffff1661223b9190614fa8565b61224b60c08a0160a08b01614ef2565b61225c9063ffffffff166001614f4f565b6122669190614f4f565b6122709190614f4f565b61227a9190614f4f565b905061228e61016087016101408801614ef2565b63ffffffff165f036122bd576122aa60c0870160a08801614ef2565b6122ba9063ffffffff1682614f4f565b90505b95945050505050565b5f5b81816001901b10156122e4576122dd81615343565b90506122c8565b919050565b5f81610100811080156122fd575084811c15155b15612325576040516394666f0d60e01b8152600481018690526024810182905260440161009f565b859150838160051b81015b8082101561236b576001871660051b823580861715158683528160208418528060405f200296505050508660011c9650602082019150612330565b505050949350505050565b80515f9080820361238957505f92915050565b6001811115612476575f60026123a0836001614f4f565b6123aa9190614f95565b90505f5b8181101561246e575f836123c3836002614fa8565b6123ce906001614f4f565b106123d9575f612409565b856123e5836002614fa8565b6123f0906001614f4f565b815181106124005761240061513c565b60200260200101515b90506124488661241a846002614fa8565b8151811061242a5761242a61513c565b6020026020010151825f828152602082905260409020911715150290565b86838151811061245a5761245a61513c565b6020908102919091010152506001016123ae565b509050612389565b825f815181106124885761248861513c565b6020026020010151915050919050565b60605f6124ab61212f6020870187614ef2565b9050836124c557826124be5760086124c8565b603c6124c8565b60035b60ff166001600160401b038111156124e2576124e261516e565b60405190808252806020026020018201604052801561250b578160200160208202803683370190505b5091505f841561255557700100000000000000001200000000000000838261253281615343565b9350815181106125445761254461513c565b602002602001018181525050612788565b670100000000000000608083901b17838261256f81615343565b9350815181106125815761258161513c565b602090810291909101015270010000000000000000020000000000000083826125a981615343565b9350815181106125bb576125bb61513c565b6020908102919091010152670300000000000200608083901b1783826125e081615343565b9350815181106125f2576125f261513c565b6020908102919091010152670400000000000100608083901b17838261261781615343565b9350815181106126295761262961513c565b602090810291909101015261266761264760c0880160a08901614ef2565b63ffffffff16600761265c60208a018a614ef2565b63ffffffff166139f2565b838261267281615343565b9350815181106126845761268461513c565b60209081029190910101526126b56126a561212f60c0890160a08a01614ef2565b60801b6711000000000000001790565b83826126c081615343565b9350815181106126d2576126d261513c565b60200260200101818152505083156127885761270583825f6126fa60c08b0160a08c01614ef2565b63ffffffff16613a7a565b905061272d61271d61212f60c0890160a08a01614ef2565b60801b6718000000000000001790565b838261273881615343565b93508151811061274a5761274a61513c565b602090810291909101015261276c838260016126fa60c08b0160a08c01614ef2565b9050612785838260026126fa60c08b0160a08c01614ef2565b90505b671300000000000000608083901b1783826127a281615343565b9350815181106127b4576127b461513c565b602090810291909101015270010000000000000000140000000000000083826127dc81615343565b9350815181106127ee576127ee61513c565b60200260200101818152505050509392505050565b5f808083815b86518110156128f2575f8782815181106128255761282561513c565b602002602001015190505f608082901c9050808410156128d95760ff603883901c8116975065ffffffffffff600884901c16908316604084901c6001600160401b0316600219820161288d5761287b8188613b6e565b9950995099505050505050505061293e565b600282036128b0578960086128a2838a6151b1565b901b841761287b838a614f95565b600182036128c9575090965093945061293e9350505050565b50949650945061293e9350505050565b6128e38185615210565b93505050806001019050612809565b50805f03612909575f5f5f9350935093505061293e565b846129148282615210565b604051631a46e91f60e11b81526001600160401b039092166004830152602482015260440161009f565b9250925092565b6060612955610300860186614fe7565b905084106129b75761296b610300860186614fe7565b9050612978856001614f4f565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a40161009f565b366129c6610300870187614fe7565b868181106129d6576129d661513c565b90506020028101906129e8919061535b565b90505f612a066129f88987613c63565b612a0187613d8a565b613dd2565b905084612a16602084018461536f565b60ff16141580612a3b575083612a326040840160208501614ef2565b63ffffffff1614155b80612a465750808410155b15612a9b5785612a59602084018461536f565b612a696040850160208601614ef2565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff16604482015260640161009f565b5f612aa7898787613df4565b905080612ab76040850185615223565b905014612af65786612acc6040850185615223565b604051636a57042760e01b815260048101939093526024830152506044810182905260640161009f565b612aff826122c6565b612b0c6060850185614fe7565b905014612b4d5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b60648201526024810188905260840161009f565b8861024001518660138110612b6457612b6461513c565b6020020151612b9e612b796040860186615223565b604051612b87929190615265565b6040519081900390208761075c6060880188614fe7565b14612bdd5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b60648201526024810188905260840161009f565b612bea6040840184615223565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b6060612c3b610320850185614fe7565b90508310612c7957612c51610320850185614fe7565b9050612c5e846001614f4f565b604051637037f67360e11b815260040161009f92919061538f565b612c87610320850185614fe7565b84818110612c9757612c9761513c565b9050602002810190612ca99190615223565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939450612cea9250859150613e5c9050565b612cf48785613c63565b612cfe9190614fa8565b905080825114612d35578151604051636a57042760e01b81526004810186905260248101919091526044810182905260640161009f565b8561024001518360138110612d4c57612d4c61513c565b6020020151612d5c878585612d85565b14612d7c5783604051630b28d38960e31b815260040161009f91906153b2565b50949350505050565b5f5f612d9084613e5c565b612d9985613d8a565b612da39190614fa8565b90505f816001838651612db69190614f4f565b612dc09190615210565b612dca9190614f95565b90505f816001600160401b03811115612de557612de561516e565b604051908082528060200260200182016040528015612e0e578160200160208202803683370190505b5090505f5b82811015612e89575f612e268583614fa8565b90505f87518683612e379190614f4f565b11612e425785612e4f565b818851612e4f9190615210565b90505f818360208b010120905080858581518110612e6f57612e6f61513c565b602002602001018181525050505050806001019050612e13565b50612e9381612376565b93505050505b9392505050565b5f5f841215612ec5576040516338e756a760e21b81526004810185905260240161009f565b5f821215612ee9576040516338e756a760e21b81526004810183905260240161009f565b825f03612f095760405163011ee73b60e21b815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b5f5f612fc9865f01516139da565b90505f86608001516002612fdd9190614fa8565b610140880151612fee906002614fa8565b8851612ffb906003614fa8565b613006856002614fa8565b6130109190614f4f565b61301a9190614f4f565b6130249190614f4f565b90505f81886101a001516130389190614fa8565b60a0890151613048906001614f4f565b6130529190614f4f565b9050600287036130bb57848660011461306b575f61309d565b61014089015161307c906002614fa8565b8951613089906002614fa8565b6130939086614f4f565b61309d9190614f4f565b6130a79083614f4f565b6130b19190614f4f565b935050505061326b565b600187036130ce576130b1856001614f4f565b60048714806130e857506003871480156130e85750856007145b1561314a5787610100015160011461313f578483838a6020015161310c9190614fa8565b60a08b015161311c906001614f4f565b6131269190614f4f565b6131309190614f4f565b61313a9190614f4f565b6130b1565b6130b1856001614f4f565b60038703613204576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b888110156131e2578181600781106131b4576131b461513c565b60200201516131c39084614f4f565b9250806003036131da576131d78684614f4f565b92505b60010161319a565b50866131ee8385614f4f565b6131f89190614f4f565b9550505050505061326b565b5f83838a602001516132169190614fa8565b60a08b0151613226906001614f4f565b6132309190614f4f565b61323a9190614f4f565b90508861010001515f0361325a5760a08901516132579082614f4f565b90505b6132648682614f4f565b9450505050505b949350505050565b5f5f613281835f01516139da565b90505f8360c00151828560800151600261329b9190614fa8565b6101408701516132ac906002614fa8565b87516132b9906003614fa8565b6132c4876002614fa8565b6132ce9190614f4f565b6132d89190614f4f565b6132e29190614f4f565b86602001516132f19190614fa8565b60a0870151613301906001614f4f565b61330b9190614f4f565b6133159190614f4f565b61331f9190614f4f565b90508361010001515f03612e995760a084015161326b9082614f4f565b60608361334c6020870187614f15565b6001600160401b031614158061337057508261336b6020870187615223565b905014155b806133895750816133846040870187614fe7565b905014155b156133a95783604051630b28d38960e31b815260040161009f91906153d5565b6101c08601516133e66133bf6020880188615223565b6040516133cd929190615265565b60405180910390208688806040019061075c9190614fe7565b146134065783604051630b28d38960e31b815260040161009f91906153d5565b6134136020860186615223565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f61345b84613ebe565b61346483613ebe565b61326b61347a6134748587615182565b84613ef5565b613f47565b3661348e610300850185614fe7565b8481811061349e5761349e61513c565b90506020028101906134b0919061535b565b90506134e382805190602001208260200160208101906134d09190614ef2565b63ffffffff1661075c6060850185614fe7565b6102408601516134f6602084018461536f565b60ff1660138110610a9a57610a9a61513c565b613511614e0e565b5f808361351d81613f76565b935091505f5b60208110156135415782811a5f0b600582901b860152600101613523565b505050915091565b5f8160070361355a57506011919050565b815f0361356957506002919050565b8160010361357957506003919050565b8160020361358957506004919050565b8160040361359957506006919050565b816005036135a957506007919050565b506008919050565b6060806135cd85855f866135c6576009612c2b565b600b612c2b565b91505f6135ea86866001876135e357600a612c2b565b600c612c2b565b9050600881516135fa9190614f95565b6001600160401b038111156136115761361161516e565b60405190808252806020026020018201604052801561363a578160200160208202803683370190505b5091505f5b82518110156136805761365b828260031b016020015160c01d90565b83828151811061366d5761366d61513c565b602090810291909101015260010161363f565b5050935093915050565b606061369a610360830183614fe7565b90506002146136b157610b72610360830183614fe7565b5f8361020001516006146136c65783516136cc565b83608001515b905061326b846136e0610360860186614fe7565b60018181106136f1576136f161513c565b90506020028101906137039190615150565b61371a8760038961020001518a6102200151612fbb565b613725602086614f95565b613730906022614fa8565b610bea61072c8a613273565b5f61326b61374e8585855f87516140b8565b613818565b5f5f5f613765878787600614876143c4565b9092509050613778610360870187614fe7565b905060021461378f57610b72610360870187614fe7565b5f6137f0886137a26103608a018a614fe7565b60018181106137b3576137b361513c565b90506020028101906137c59190615150565b6137d78b60038b8e6102200151612fbb565b85516137e4906022614fa8565b610bea61072c8e613273565b905061380c818484885f602002015189600160200201516140b8565b98975050505050505050565b5f6109c361347a83637f000000613ef5565b613832614e0e565b602282511461385957815160405163d49782d960e01b815260040161009f91815260200190565b602082015160228301515f82901a60019290921a60081b9190911790601f600a83901c811690036138a357604051632548acfb60e11b815261ffff8316600482015260240161009f565b5f6138b18361ffff166143ec565b90505f5b6020811015613908575f83821a810b83029081126080030160081d637fffffff198112156138e55750637fffffff195b637fffffff8113156138f85750637fffffff5b600582901b8601526001016138b5565b50505050919050565b5f6139208263ffffffff615210565b638000000063ffffffff85161860201b17905092915050565b6101608301515f9082101561394f57505f61326b565b60c08401516122bd906139819061347a9061396a908761530a565b613976906103e8615182565b886102e00151613ef5565b60030b61441c565b5f811580613997575060ff82115b156139b857604051630263749760e41b81526004810183905260240161009f565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f60206139e883601f614f4f565b6109c39190614f95565b5f806080600181613a04602087614f95565b613a0e9190614f4f565b613a189190615210565b613a229190614f95565b905060018111613a48575050608083901b600883901b1767050000000000000117612e99565b604081901b613a70613a5a8388614fa8565b60801b600887901b176710000000000000021790565b1795945050505050565b5f700100000000000000001500000000000001600884901b178585613a9e81615343565b965081518110613ab057613ab061513c565b6020026020010181815250505f5b6008811015613b6457613af0613ad3846139da565b600886811b8417901b60809190911b176716000000000000001790565b8686613afb81615343565b975081518110613b0d57613b0d61513c565b6020908102919091010152700100000000000000001700000000000001600885811b8317901b178686613b3f81615343565b975081518110613b5157613b5161513c565b6020908102919091010152600101613abe565b5092949350505050565b5f5f5f5f613b7b866139da565b90505f613b878761442f565b90505f613b948288614f95565b9050613ba082886151b1565b965087871015613bbb5760089550935085925061293e915050565b613bc58888615210565b965082871015613be1576009875f95509550955050505061293e565b613beb8388615210565b965082871015613c0757600a875f95509550955050505061293e565b613c118388615210565b965082871015613c2d57600b875f95509550955050505061293e565b613c378388615210565b965087871015613c5257600c9550935085925061293e915050565b600d989097505f9650945050505050565b5f811580613c715750600182145b80613c7c5750600282145b80613c875750600582145b80613c925750600882145b80613c9d5750600982145b15613caa575081516109c3565b6003821480613cb95750600482145b15613cca57506101408201516109c3565b6006821480613cd95750600782145b80613ce45750600b82145b15613cf4575060808201516109c3565b600a8203613d11578251613d0a90602090614f95565b90506109c3565b600c8203613d2a5760208360800151613d0a9190614f95565b600d821480613d395750600e82145b15613d49575060c08201516109c3565b600f8203613d5d57506101208201516109c3565b60118203613d70575060a08201516109c3565b60128203613d8157506101006109c3565b50603492915050565b5f600a821480613d9a5750600c82145b80613da55750600f82145b80613db05750601082145b80613dbb5750601282145b613dc6576020613dc9565b60105b60ff1692915050565b5f816001613de08286614f4f565b613dea9190615210565b612e999190614f95565b5f5f613e008585613c63565b90505f613e0c85613d8a565b90505f613e198286614fa8565b90505f83613e278484614f4f565b11613e3b57613e368383614f4f565b613e3d565b835b9050613e4887613e5c565b613e528383615210565b61380c9190614fa8565b5f6009821480613e6c5750600b82145b15613e7957506001919050565b600a821480613e885750600c82145b80613e935750600f82145b80613e9e5750601082145b80613ea95750601282145b15613eb657506008919050565b506004919050565b637fffffff19811280613ed45750637fffffff81135b15611fd25760405163e92ac66b60e01b81526004810182905260240161009f565b5f5f8213613f1957604051637040adc360e01b81526004810183905260240161009f565b5f8312838115613f2957845f0390505b838460011c8201049250508015613f4057815f0391505b5092915050565b5f637fffffff19821215613f5e57637fffffff1991505b637fffffff821315613f7257637fffffff91505b5090565b5f5f6104008301835b8181101561400457805160030b60ff81901d9081180383811115613fa1578093505b50602081015160030b60ff81901d9081180383811115613fbf578093505b50604081015160030b60ff81901d9081180383811115613fdd578093505b50606081015160030b60ff81901d9081180383811115613ffb578093505b50608001613f7f565b5081156140b2578160011c845b82811015613541578051602082015160408301516060840151600390810b607f90810260ff81811d91821882900389018b9004821891909103811693830b820280821d90811881900389018b9004811803811694830b820280821d90811881900389018b900481180381169590920b0280821d908118819003870189900481180316600898891b17881b92909217871b1790951b9490941793608001614011565b50915091565b82515f906140c7602282614fa8565b87511415806140e157506140dc602082614fa8565b865114155b156141135786518651604051638ee979f560e01b8152600481019290925260248201526044810182905260640161009f565b8284118061412057508083115b1561414f57604051633fe8c99960e01b815260048101859052602481018490526044810182905260640161009f565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b808210156143995783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f831417156141bc5760208d01850360051c6001019750505050614399565b801561437f5781151580600a1b6103ff8516178184031b905083600f1c156141e1575f035b865160028901518391620800007f80808080808080808080808080808080808080808080808080808080808080809283187cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff81811677ffffffffffffffff0000000000000000ffffffffffffffff7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff96909518602081811c9788167fffffffff00000000ffffffff00000000ffffffff00000000ffffffff000000009290911b91821617604090811c9690961677ffffffff000000000000000000000000ffffffff000000009190911673ffffffff000000000000000000000000ffffffff979097169690961790941b94909417608081811c91901b17848116848101600884811c88169084901c881681810192909201601086811c8a169086901c8a1681810192909201601897881c8b169690971c99909916858101969096017c01000000010000000100000001000000010000000100000001000000010260d91c647fffffff80169790930291020195029490940193029290920160e01c03018202028b019a50505b505050602284019350602083019250602082019150614175565b50505050805f146143b9576143b988876143b4600185615210565b614464565b505095945050505050565b6060806143d3868686866144e9565b6143df87878787614656565b9150915094509492505050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c16156122e4575f03919050565b5f61442682613ebe565b6109c3826147ad565b5f614439826139da565b614444906003614fa8565b61444f836002614fa8565b6144599190614f4f565b6109c3906001614f4f565b602281028301602001515f81901a60019190911a60081b17601f600a82901c811690036144aa57604051632548acfb60e11b815261ffff8216600482015260240161009f565b818383815181106144bd576144bd61513c565b60200260200101516040516358e5175760e11b815260040161009f929190918252602082015260400190565b60605f6020846144fa578651614500565b86608001515b61450a9190614f95565b90505f8461451957600961451c565b600b5b90505f5f6145b3885f856040518060a001604052808981526020018b5f600281106145495761454961513c565b6020020151815260200160018c6001600281106145685761456861513c565b60200201516145779190615210565b8152602001602081526020018960206145909190614fa8565b90526102408e015188601381106145a9576145a961513c565b602002015161493d565b90925090506145c3846020614fa8565b6001600160401b038111156145da576145da61516e565b6040519080825280601f01601f191660200182016040528015614604576020820181803683370190505b5086519095505b6020870151811015614649575f6146228383615210565b61462d906020614fa8565b8401602090810151600584901b8901909101525060010161460b565b5050505050949350505050565b60605f60208461466757865161466d565b86608001515b6146779190614f95565b90505f8461468657600a614689565b600c5b90505f5f614709886001856040518060a0016040528060108a600f6146ae9190614f4f565b6146b89190614f95565b81528b516020909101906146ce90601090614f95565b8152602001601060018d8160200201516146e89190615210565b6146f29190614f95565b8152608060208201526040016145908a6008614fa8565b91509150836001600160401b038111156147255761472561516e565b60405190808252806020026020018201604052801561474e578160200160208202803683370190505b5086519095505b60208701518110156146495761478883614770846010614fa8565b61477a9084615210565b60031b016020015160c01d90565b86828151811061479a5761479a61513c565b6020908102919091010152600101614755565b5f5f8212801561492f57618000635c551d95845f03020160101c80601e1c601f81101561492857633fffffff82166008606c196147f68284025f811263200000000301601e1d90565b01905061058b6148128383025f811263200000000301601e1d90565b019050613ff81961482f8383025f811263200000000301601e1d90565b0190506202861261484c8383025f811263200000000301601e1d90565b0190506215d87f1961486a8383025f811263200000000301601e1d90565b019050629d955b6148878383025f811263200000000301601e1d90565b01905063038d611a196148a68383025f811263200000000301601e1d90565b019050630f5fdf006148c48383025f811263200000000301601e1d90565b019050632c5c85fd196148e38383025f811263200000000301601e1d90565b01905063400000006149018383025f811263200000000301601e1d90565b019050828015614920575f821260018086031b038201841d9650614924565b8196505b5050505b5050614937565b634000000091505b50919050565b60605f61494e610340880188614fe7565b905086106149b257614964610340880188614fe7565b9050614971876001614f4f565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a40161009f565b366149c1610340890189614fe7565b888181106149d1576149d161513c565b90506020028101906149e391906153f9565b90505f5b60408601516020870151821c90821c14614a0b57614a0481615343565b90506149e7565b6020860151865190821c821b93505f90614a286001841b86614f4f565b11614a3f57614a3a6001831b85614f4f565b614a42565b86515b608088015160608901519192505f91614a5b9084614fa8565b11614a7e576060880151614a6f8684615210565b614a799190614fa8565b614a9c565b6060880151614a8d9086614fa8565b6080890151614a9c9190615210565b905088614aac602086018661536f565b60ff16141580614ad1575084614ac86040860160208701614ef2565b63ffffffff1614155b80614aee575082614ae8606086016040870161536f565b60ff1614155b15614b115789614b01602086018661536f565b612a696040870160208801614ef2565b80614b1f6060860186615223565b905014614b345789612acc6060860186615223565b87518390614b41906122c6565b614b4b9190615210565b614b586080860186614fe7565b9050141580614bc8575086614bc5614bb5614b766060880188615223565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505060608d0151889150614c5b565b87861c61075c6080890189614fe7565b14155b15614c095760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b905260840161009f565b614c166060850185615223565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929e979d50969b505050505050505050505050565b5f806001841b6001600160401b03811115614c7857614c7861516e565b604051908082528060200260200182016040528015614ca1578160200160208202803683370190505b5090505f836001858851614cb59190614f4f565b614cbf9190615210565b614cc99190614f95565b90505f5b81811015614d43575f614ce08683614fa8565b90505f88518783614cf19190614f4f565b11614cfc5786614d09565b818951614d099190615210565b90505f818360208c010120905080868581518110614d2957614d2961513c565b602002602001018181525050505050806001019050614ccd565b50614d4d82612376565b9695505050505050565b6040518061036001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001614dd7614e2d565b8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b6040518061026001604052806013906020820280368337509192915050565b5f5f5f5f848603610280811215614e61575f5ffd5b610180811215614e6f575f5ffd5b859450610180850135935060c061019f1982011215614e8c575f5ffd5b506101a0850191506102608501356001600160401b03811115614ead575f5ffd5b85016103c08188031215614ebf575f5ffd5b939692955090935050565b6060808252600190820152601b60fa1b60808201526020810192909252604082015260a00190565b5f60208284031215614f02575f5ffd5b813563ffffffff81168114612e99575f5ffd5b5f60208284031215614f25575f5ffd5b81356001600160401b0381168114612e99575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156109c3576109c3614f3b565b6001600160401b0381811683821601908111156109c3576109c3614f3b565b634e487b7160e01b5f52601260045260245ffd5b5f82614fa357614fa3614f81565b500490565b80820281158282048414176109c3576109c3614f3b565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b5f5f8335601e19843603018112614ffc575f5ffd5b8301803591506001600160401b03821115615015575f5ffd5b6020019150600581901b360382131561502c575f5ffd5b9250929050565b606081525f6150576060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b1660158201526150ba601982018c615067565b6150c7601d82018b615067565b6150d4602182018a615067565b6150e16025820189615067565b6150ee6029820188615067565b6150fb602d820187615067565b6151086031820186615067565b6151156035820185615067565b6151226039820184615067565b603d810191909152605d019b9a5050505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112615164575f5ffd5b9190910192915050565b634e487b7160e01b5f52604160045260245ffd5b8082025f8212600160ff1b8414161561519d5761519d614f3b565b81810583148215176109c3576109c3614f3b565b5f826151bf576151bf614f81565b500690565b8082018281125f8312801582168215821617156151e3576151e3614f3b565b505092915050565b606081525f6150576060830160068152651c1c9bdb5c1d60d21b602082015260400190565b818103818111156109c3576109c3614f3b565b5f5f8335601e19843603018112615238575f5ffd5b8301803591506001600160401b03821115615251575f5ffd5b60200191503681900382131561502c575f5ffd5b818382375f9101908152919050565b604081525f6152996040830160068152651c1c9bdb5c1d60d21b602082015260400190565b905082602083015292915050565b5f816152b5576152b5614f3b565b505f190190565b5f63ffffffff8316806152d1576152d1614f81565b8063ffffffff84160691505092915050565b5f63ffffffff8316806152f8576152f8614f81565b8063ffffffff84160491505092915050565b8181035f831280158383131683831282161715613f4057613f40614f3b565b5f600160ff1b820161533d5761533d614f3b565b505f0390565b5f6001820161535457615354614f3b565b5060010190565b5f8235607e19833603018112615164575f5ffd5b5f6020828403121561537f575f5ffd5b813560ff81168114612e99575f5ffd5b606081525f615057606083016004815263199d5b1b60e21b602082015260400190565b604081525f615299604083016004815263199d5b1b60e21b602082015260400190565b604081525f6152996040830160058152641b5bd9195b60da1b602082015260400190565b5f8235609e19833603018112615164575f5ffd",
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
	Bin: "0x60c060405234801561000f575f5ffd5b50604051614bd2380380614bd283398101604081905261002e91610060565b6001600160a01b039182166080521660a052610091565b80516001600160a01b038116811461005b575f5ffd5b919050565b5f5f60408385031215610071575f5ffd5b61007a83610045565b915061008860208401610045565b90509250929050565b60805160a051614b146100be5f395f81816048015261010e01525f8181608c01526101870152614b145ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80631a7016091461004357806338cb7a09146100875780639e1c8800146100ae575b5f5ffd5b61006a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61006a7f000000000000000000000000000000000000000000000000000000000000000081565b6100c16100bc3660046145da565b6100d6565b6040805192835260208301919091520161007e565b5f806100e86040870160208801614658565b63ffffffff166100fe6060850160408601614658565b63ffffffff160361013a5761013a7f000000000000000000000000000000000000000000000000000000000000000063e20cd82d60e01b6102d8565b5f6101708761014f6040870160208801614658565b63ffffffff16610162602088018861467b565b6001600160401b0316610307565b5050905061017d8161032c565b156101b3576101b37f000000000000000000000000000000000000000000000000000000000000000063665954bf60e11b6102d8565b5f6101bf888887610345565b90506101d76101d1602087018761467b565b826108c4565b9350816101e957508291506102cf9050565b610210886101fd6040880160208901614658565b63ffffffff16610162602089018961467b565b6102208401526102008301526101e08201525f198201610239576102348186610a64565b6102af565b6002820361024b576102348186610b19565b6003820361025d576102348186610b7d565b6004820361026f576102348186610d3f565b60058203610281576102348186610ee8565b60108203610293576102348186610f64565b600e82036102a55761023481866110cc565b6102af818661115d565b6102ca6102bf602087018761467b565b6101d19060016146b5565b925050505b94509492505050565b604051365f823780516001600160e01b0316821781525f803683865afa3d5f833e80610302573d82fd5b503d81f35b5f5f5f61031d61031787876111dc565b856117d9565b92509250925093509350939050565b5f6006821015801561033f5750600d8211155b92915050565b61034d6144e5565b6103568461191b565b6103636020850185614658565b63ffffffff16815261037b6040850160208601614658565b63ffffffff1660208201526103966060850160408601614658565b63ffffffff1660408201526103b16080850160608601614658565b63ffffffff1660608201526103cc60a0850160808601614658565b63ffffffff1660808201526103e760c0850160a08601614658565b63ffffffff1660a082015261040260e0850160c08601614658565b63ffffffff1660c082015261041e610100850160e08601614658565b63ffffffff1660e082015261043b61016085016101408601614658565b63ffffffff166101008201526040810151815161045891906146e8565b6101208201819052606082015161046f91906146fb565b610140808301919091526104949061048d9086016101208701614658565b6020611d86565b6101608201526101c081018390526104b26040830160208401614658565b63ffffffff166101808201526104ce6060830160408401614658565b63ffffffff166101a082015260c081015161018082015110610519578061018001518160c001516040516329ded1a760e11b8152600401610510929190614712565b60405180910390fd5b8060200151816101a00151111561056f576101a081015160208201516040516329ded1a760e11b81526060600482015260016064820152601b60fa1b60848201526024810192909252604482015260a401610510565b8060200151816101a0015114801561059b575060c081015161018082015161059890600161473a565b10155b156105d1576101808101516105b190600161473a565b8160c001516040516329ded1a760e11b8152600401610510929190614712565b60208101516105e46102c084018461474d565b905014610643576105f96102c083018361474d565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a4019050610510565b61065161036083018361474d565b90505f03610677575f6001604051637037f67360e11b8152600401610510929190614799565b5f6106856020860186614658565b6106956040870160208801614658565b6106a56060880160408901614658565b6106b56080890160608a01614658565b6106c560a08a0160808b01614658565b6106d560c08b0160a08c01614658565b6106e560e08c0160c08d01614658565b6106f66101008d0160e08e01614658565b6107086101208e016101008f01614658565b8d61012001602081019061071c9190614658565b8e6101400160208101906107309190614658565b8f61016001356040516020016107519c9b9a999897969594939291906147de565b60408051601f19818403018152919052805160209091012090503661077a61036085018561474d565b5f81811061078a5761078a6148a2565b905060200281019061079c91906148b6565b90506107ab602082018261467b565b6001600160401b03161515806107df57506107cd6107c887611ece565b61206c565b6107da604083018361474d565b905014155b806108005750846107fd835f6107f8604086018661474d565b61208f565b14155b15610821576040516308a691e960e31b815260048101869052602401610510565b5f5b601381101561086a57846060018160138110610841576108416148a2565b6020020135846102400151826013811061085d5761085d6148a2565b6020020152600101610823565b506108796102c085018561474d565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102e09091013561028082015292915050565b60408051601380825261028082019092525f9182919060208201610260803683370190505090505f5b601381101561093757836102400151816013811061090d5761090d6148a2565b6020020151828281518110610924576109246148a2565b60209081029190910101526001016108ed565b505f836102600151516001600160401b03811115610957576109576148d4565b604051908082528060200260200182016040528015610980578160200160208202803683370190505b5090505f5b81518110156109d25784610260015181815181106109a5576109a56148a2565b60200260200101518282815181106109bf576109bf6148a2565b6020908102919091010152600101610985565b5084846101800151856101a001516109e98561211c565b6109f28561211c565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c850152603084015260508301526070820152609001604051602081830303815290604052805190602001209250505092915050565b5f610a7783835f5f87610200015161223e565b90505f610a8784845f6010612524565b90505f8461020001515f14610aa0576020820151610aa2565b5f5b90505f5b60048451610ab491906146e8565b811015610af0575f610acf858360021b016020015160e01d90565b9050610adb81806148e8565b610ae5908461473a565b925050600101610aa6565b5060208201819052610b048560108461267e565b61024086015160105b60200201525050505050565b5f610b2783835f6010612524565b9050610b5f816001610b4f610b42855f60051b016020015190565b8751610160890151612799565b808260051b602085010152505050565b610b6b8360108361267e565b61024084015160106020020152505050565b5f610b9083835f5f87610200015161223e565b9050610ba5838360018087610200015161223e565b505f610bbe610bb785855f6010612524565b6040015190565b9050610bce61036084018461474d565b9050600214610c0257610be561036084018461474d565b604051637037f67360e11b81526105109250600290600401614799565b5f610c6285610c1561036087018761474d565b6001818110610c2657610c266148a2565b9050602002810190610c3891906148b6565b610c4f8860028a61022001518b61020001516128b4565b8651610c5d6107c88b612b6c565b612c35565b90505f83516001600160401b03811115610c7e57610c7e6148d4565b6040519080825280601f01601f191660200182016040528015610ca8576020820181803683370190505b5090505f5b60048551610cbb91906146e8565b811015610d2957610d218282610cf6610cdd898660021b016020015160e01d90565b610cf0888760021b016020015160e01d90565b89612d4a565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101610cad565b50610d378686600184612d78565b505050505050565b5f5f600684610220015114610d57576009600a610d5c565b600b600c5b915091505f610d7885855f88610220015189610200015161223e565b9050610d8d858560018689610200015161223e565b505f610dae868660028660108b6102000151610da991906146e8565b61223e565b9050610db861459c565b5f5b6020811015610dfd57610dd6848260021b016020015160e01d90565b828260208110610de857610de86148a2565b60039290920b60209092020152600101610dba565b505f5f610e0983612e02565b6040805160208082528183019092529294509092505f91906020820181803683370190505090505f5b6020811015610e8557838160208110610e4d57610e4d6148a2565b602002015160f81b828281518110610e6757610e676148a2565b60200101906001600160f81b03191690815f1a905350600101610e32565b50610e938a8a600184612d78565b610ecf8560108c6102000151610ea99190614917565b60031b0160200180516001600160c01b03166001600160c01b031960c086901b16179052565b610edc8a8a600288612d78565b50505050505050505050565b5f610f0f83835f610efd876102000151612e42565b6020886102200151610da991906146e8565b90505f5f610f268585876102000151600614612eaa565b915091505f610f358686612f83565b9050610f58846020886102200151610f4d9190614917565b610cf6848787613035565b610d3786865f87612d78565b61020082015160ff165f602060068314610f7f578451610f85565b84608001515b610f8f91906146e8565b90505f604051806040016040528060806008886102000151901c610fb391906146fb565b81526020015f8152509050816080825f60028110610fd357610fd36148a2565b6020020151610fe2919061473a565b11610ffa578051610ff59060809061473a565b610ffc565b815b60208201525f61102386868361101188612e42565b60208b6102200151610da991906146e8565b90505f61103387875f6010612524565b90505f6110428888888761304c565b61020089015160081c1561105a5760a083015161105c565b5f5b611066919061492a565b905084846001602002015103611098576110958360208a610220015161108c9190614917565b610cf684613111565b505f5b60a082018190526110ab8860108461267e565b61024089015161020001526110c288885f86612d78565b5050505050505050565b5f6110df83835f5f87610200015161223e565b90505f6110f684846001600888610200015161223e565b90505f5b6004835161110891906146e8565b81101561114a576111428382610cf661112a878660021b016020015160e01d90565b61113d878760021b016020015160e01d90565b613123565b6001016110fa565b5061115784845f85612d78565b50505050565b5f61117183835f600687610200015161223e565b90505f61118884846001600788610200015161223e565b90505f5b6004835161119a91906146e8565b81101561114a576111d48382610cf66111bc878660021b016020015160e01d90565b6111cf878760021b016020015160e01d90565b613143565b60010161118c565b60605f6111fa6111ef6020860186614658565b63ffffffff166131a3565b90505f6112106111ef60a0870160808801614658565b90505f6112236060870160408801614658565b6112306020880188614658565b61123a9190614951565b63ffffffff166112506080880160608901614658565b63ffffffff1661126091906146fb565b90505f61126e86600161473a565b60408051601880825261032082019092529192506020820161030080368337019050509450600160381b608085901b17855f815181106112b0576112b06148a2565b60209081029190910101526880000000000000000160391b856001815181106112db576112db6148a2565b6020908102919091010152670300000000000000608085901b1785600281518110611308576113086148a2565b6020908102919091010152670400000000000100608085901b1785600381518110611335576113356148a2565b602002602001018181525050611375875f0160208101906113569190614658565b63ffffffff165f61136a60208b018b614658565b63ffffffff166131bb565b85600481518110611388576113886148a2565b6020026020010181815250506113ac826001895f01602081019061136a9190614658565b856005815181106113bf576113bf6148a2565b6020026020010181815250506113e3826002895f01602081019061136a9190614658565b856006815181106113f6576113f66148a2565b602090810291909101015261142d6114146060890160408a01614658565b60801b63ffffffff60801b166706000000000000011790565b85600781518110611440576114406148a2565b602090810291909101015261147761145e6080890160608a01614658565b60801b63ffffffff60801b166706000000000001011790565b8560088151811061148a5761148a6148a2565b6020908102919091010152700100000000000000000700000000000000856009815181106114ba576114ba6148a2565b602002602001018181525050604081901b6115076114d783613243565b6114e760608b0160408c01614658565b63ffffffff166114f791906146fb565b60801b6708000000000000031790565b1785600a8151811061151b5761151b6148a2565b6020908102919091010152670400000000000500608085901b1785600b81518110611548576115486148a2565b60200260200101818152505061157e875f0160208101906115699190614658565b63ffffffff16600361136a60208b018b614658565b85600c81518110611591576115916148a2565b6020908102919091010152600760391b608085901b1785600d815181106115ba576115ba6148a2565b6020908102919091010152600160381b608085901b1785600e815181106115e3576115e36148a2565b60209081029190910101526880000000000000000160391b85600f8151811061160e5761160e6148a2565b6020908102919091010152670300000000000100608085901b178560108151811061163b5761163b6148a2565b6020908102919091010152670400000000000100608085901b1785601181518110611668576116686148a2565b602090810291909101015261169b61168660a0890160808a01614658565b63ffffffff16600461136a60208b018b614658565b856012815181106116ae576116ae6148a2565b60209081029190910101526116e16116cc60a0890160808a01614658565b63ffffffff16600561136a60208b018b614658565b856013815181106116f4576116f46148a2565b6020908102919091010152670f00000000000000608084901b1785601481518110611721576117216148a2565b6020908102919091010152670400000000000600608084901b178560158151811061174e5761174e6148a2565b602002602001018181525050611787875f01602081019061176f9190614658565b63ffffffff16600661136a60a08b0160808c01614658565b8560168151811061179a5761179a6148a2565b6020908102919091010152600760391b608085901b17856017815181106117c3576117c36148a2565b6020026020010181815250505050505092915050565b5f808083815b86518110156118c8575f8782815181106117fb576117fb6148a2565b602002602001015190505f608082901c9050808410156118af5760ff603883901c8116975065ffffffffffff600884901c16908316604084901c6001600160401b03166002198201611863576118518188613278565b99509950995050505050505050611914565b6002820361188657896008611878838a614917565b901b8417611851838a6146e8565b6001820361189f57509096509394506119149350505050565b5094965094506119149350505050565b6118b98185614978565b935050508060010190506117df565b50805f036118df575f5f5f93509350935050611914565b846118ea8282614978565b604051631a46e91f60e11b81526001600160401b0390921660048301526024820152604401610510565b9250925092565b6119286020820182614658565b63ffffffff1615806119565750602061194382820183614658565b61194d919061498b565b63ffffffff1615155b1561198a576040516389a6198960e01b815260206004820152600360248201526264696d60e81b6044820152606401610510565b61199a6040820160208301614658565b63ffffffff165f036119d8576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b6044820152606401610510565b6119e86060820160408301614658565b63ffffffff161580611a255750611a056060820160408301614658565b611a126020830183614658565b611a1c919061498b565b63ffffffff1615155b15611a5b576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b6044820152606401610510565b6002611a6d6060830160408401614658565b611a7a6020840184614658565b611a849190614951565b611a8e919061498b565b63ffffffff1615611acc576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b6044820152606401610510565b611adc6080820160608301614658565b63ffffffff161580611b1c5750611af96080820160608301614658565b611b096060830160408401614658565b611b13919061498b565b63ffffffff1615155b15611b54576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b6044820152606401610510565b611b6460a0820160808301614658565b63ffffffff161580611b9657506020611b8360a0830160808401614658565b611b8d919061498b565b63ffffffff1615155b15611bcc576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b6044820152606401610510565b611bdc60c0820160a08301614658565b63ffffffff165f03611c19576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b6044820152606401610510565b611c2960e0820160c08301614658565b63ffffffff165f03611c68576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b6044820152606401610510565b611c79610100820160e08301614658565b63ffffffff161580611cac57506002611c99610100830160e08401614658565b611ca3919061498b565b63ffffffff1615155b80611cf85750611cc26060820160408301614658565b611ccf6020830183614658565b611cd99190614951565b63ffffffff16611cf0610100830160e08401614658565b63ffffffff16115b15611d31576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b6044820152606401610510565b6001611d4561016083016101408401614658565b63ffffffff161115611d83576040516389a6198960e01b8152600401610510906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff851690829003611dd6576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b6044820152606401610510565b5f8215611def57611dea826280000061492a565b611df1565b815b90505f8315611e0a57611e056096856149b2565b611e0e565b6094195b90505f611e1b878361492a565b9050825f03611e31575f9550505050505061033f565b5f8112611e82576026811315611e78576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b6044820152606401610510565b82811b9550611ea8565b6019198113611e93575f9550611ea8565b611ea583611ea0836149d1565b61336d565b95505b6001601f89901c81169003611ec357611ec0866149d1565b95505b505050505092915050565b5f80611ee06111ef6020850185614658565b90505f611ef36060850160408601614658565b611f006020860186614658565b611f0a9190614951565b63ffffffff16611f206080860160608701614658565b63ffffffff16611f3091906146fb565b90505f611f4360a0860160808701614658565b611f549063ffffffff1660026146fb565b611f5f8360026146fb565b611f6c6020880188614658565b611f7d9063ffffffff1660036146fb565b611f888660026146fb565b611f92919061473a565b611f9c919061473a565b611fa6919061473a565b90505f611fb960e0870160c08801614658565b63ffffffff168483611fd160408a0160208b01614658565b63ffffffff16611fe191906146fb565b611ff160c08a0160a08b01614658565b6120029063ffffffff16600161473a565b61200c919061473a565b612016919061473a565b612020919061473a565b905061203461016087016101408801614658565b63ffffffff165f036120635761205060c0870160a08801614658565b6120609063ffffffff168261473a565b90505b95945050505050565b5f5b81816001901b101561208a57612083816149eb565b905061206e565b919050565b5f81610100811080156120a3575084811c15155b156120cb576040516394666f0d60e01b81526004810186905260248101829052604401610510565b859150838160051b81015b80821015612111576001871660051b823580861715158683528160208418528060405f200296505050508660011c96506020820191506120d6565b505050949350505050565b80515f9080820361212f57505f92915050565b600181111561221c575f600261214683600161473a565b61215091906146e8565b90505f5b81811015612214575f836121698360026146fb565b61217490600161473a565b1061217f575f6121af565b8561218b8360026146fb565b61219690600161473a565b815181106121a6576121a66148a2565b60200260200101515b90506121ee866121c08460026146fb565b815181106121d0576121d06148a2565b6020026020010151825f828152602082905260409020911715150290565b868381518110612200576122006148a2565b602090810291909101015250600101612154565b50905061212f565b825f8151811061222e5761222e6148a2565b6020026020010151915050919050565b606061224e61030086018661474d565b905084106122b05761226461030086018661474d565b905061227185600161473a565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a401610510565b366122bf61030087018761474d565b868181106122cf576122cf6148a2565b90506020028101906122e19190614a03565b90505f6122ff6122f189876133be565b6122fa876134e5565b61352d565b90508461230f6020840184614a17565b60ff1614158061233457508361232b6040840160208501614658565b63ffffffff1614155b8061233f5750808410155b1561239457856123526020840184614a17565b6123626040850160208601614658565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff166044820152606401610510565b5f6123a089878761354f565b9050806123b06040850185614a37565b9050146123ef57866123c56040850185614a37565b604051636a57042760e01b8152600481019390935260248301525060448101829052606401610510565b6123f88261206c565b612405606085018561474d565b9050146124465760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b606482015260248101889052608401610510565b886102400151866013811061245d5761245d6148a2565b60200201516124976124726040860186614a37565b604051612480929190614a79565b604051908190039020876107f8606088018861474d565b146124d65760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b606482015260248101889052608401610510565b6124e36040840184614a37565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b606061253461032085018561474d565b905083106125725761254a61032085018561474d565b905061255784600161473a565b604051637037f67360e11b8152600401610510929190614a88565b61258061032085018561474d565b84818110612590576125906148a2565b90506020028101906125a29190614a37565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509394506125e392508591506135b79050565b6125ed87856133be565b6125f791906146fb565b90508082511461262e578151604051636a57042760e01b815260048101869052602481019190915260448101829052606401610510565b8561024001518360138110612645576126456148a2565b602002015161265587858561267e565b146126755783604051630b28d38960e31b81526004016105109190614aab565b50949350505050565b5f5f612689846135b7565b612692856134e5565b61269c91906146fb565b90505f8160018386516126af919061473a565b6126b99190614978565b6126c391906146e8565b90505f816001600160401b038111156126de576126de6148d4565b604051908082528060200260200182016040528015612707578160200160208202803683370190505b5090505f5b82811015612782575f61271f85836146fb565b90505f87518683612730919061473a565b1161273b5785612748565b8188516127489190614978565b90505f818360208b010120905080858581518110612768576127686148a2565b60200260200101818152505050505080600101905061270c565b5061278c8161211c565b93505050505b9392505050565b5f5f8412156127be576040516338e756a760e21b815260048101859052602401610510565b5f8212156127e2576040516338e756a760e21b815260048101839052602401610510565b825f036128025760405163011ee73b60e21b815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b5f5f6128c2865f01516131a3565b90505f866080015160026128d691906146fb565b6101408801516128e79060026146fb565b88516128f49060036146fb565b6128ff8560026146fb565b612909919061473a565b612913919061473a565b61291d919061473a565b90505f81886101a0015161293191906146fb565b60a089015161294190600161473a565b61294b919061473a565b9050600287036129b4578486600114612964575f612996565b6101408901516129759060026146fb565b89516129829060026146fb565b61298c908661473a565b612996919061473a565b6129a0908361473a565b6129aa919061473a565b9350505050612b64565b600187036129c7576129aa85600161473a565b60048714806129e157506003871480156129e15750856007145b15612a4357876101000151600114612a38578483838a60200151612a0591906146fb565b60a08b0151612a1590600161473a565b612a1f919061473a565b612a29919061473a565b612a33919061473a565b6129aa565b6129aa85600161473a565b60038703612afd576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b88811015612adb57818160078110612aad57612aad6148a2565b6020020151612abc908461473a565b925080600303612ad357612ad0868461473a565b92505b600101612a93565b5086612ae7838561473a565b612af1919061473a565b95505050505050612b64565b5f83838a60200151612b0f91906146fb565b60a08b0151612b1f90600161473a565b612b29919061473a565b612b33919061473a565b90508861010001515f03612b535760a0890151612b50908261473a565b90505b612b5d868261473a565b9450505050505b949350505050565b5f5f612b7a835f01516131a3565b90505f8360c001518285608001516002612b9491906146fb565b610140870151612ba59060026146fb565b8751612bb29060036146fb565b612bbd8760026146fb565b612bc7919061473a565b612bd1919061473a565b612bdb919061473a565b8660200151612bea91906146fb565b60a0870151612bfa90600161473a565b612c04919061473a565b612c0e919061473a565b612c18919061473a565b90508361010001515f036127925760a0840151612b64908261473a565b606083612c45602087018761467b565b6001600160401b0316141580612c69575082612c646020870187614a37565b905014155b80612c82575081612c7d604087018761474d565b905014155b15612ca25783604051630b28d38960e31b81526004016105109190614adc565b6101c0860151612cdf612cb86020880188614a37565b604051612cc6929190614a79565b6040518091039020868880604001906107f8919061474d565b14612cff5783604051630b28d38960e31b81526004016105109190614adc565b612d0c6020860186614a37565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f612d5484613619565b612d5d83613619565b612b64612d73612d6d85876148e8565b84613650565b6136a2565b36612d8761030085018561474d565b84818110612d9757612d976148a2565b9050602002810190612da99190614a03565b9050612ddc8280519060200120826020016020810190612dc99190614658565b63ffffffff166107f8606085018561474d565b610240860151612def6020840184614a17565b60ff1660138110610b0d57610b0d6148a2565b612e0a61459c565b5f8083612e16816136d1565b935091505f5b6020811015612e3a5782811a5f0b600582901b860152600101612e1c565b505050915091565b5f81600703612e5357506011919050565b815f03612e6257506002919050565b81600103612e7257506003919050565b81600203612e8257506004919050565b81600403612e9257506006919050565b81600503612ea257506007919050565b506008919050565b606080612ec685855f86612ebf576009612524565b600b612524565b91505f612ee38686600187612edc57600a612524565b600c612524565b905060088151612ef391906146e8565b6001600160401b03811115612f0a57612f0a6148d4565b604051908082528060200260200182016040528015612f33578160200160208202803683370190505b5091505f5b8251811015612f7957612f54828260031b016020015160c01d90565b838281518110612f6657612f666148a2565b6020908102919091010152600101612f38565b5050935093915050565b6060612f9361036083018361474d565b9050600214612faa57610be561036083018361474d565b5f836102000151600614612fbf578351612fc5565b83608001515b9050612b6484612fd961036086018661474d565b6001818110612fea57612fea6148a2565b9050602002810190612ffc91906148b6565b6130138760038961020001518a61022001516128b4565b61301e6020866146e8565b6130299060226146fb565b610c5d6107c88a612b6c565b5f612b646130478585855f8751613813565b613111565b5f5f5f61305e87878760061487613b1f565b909250905061307161036087018761474d565b905060021461308857610be561036087018761474d565b5f6130e98861309b6103608a018a61474d565b60018181106130ac576130ac6148a2565b90506020028101906130be91906148b6565b6130d08b60038b8e61022001516128b4565b85516130dd9060226146fb565b610c5d6107c88e612b6c565b9050613105818484885f60200201518960016020020151613813565b98975050505050505050565b5f61033f612d7383637f000000613650565b5f61312d83613619565b61313682613619565b612792612d73838561492a565b5f61314d83613619565b61315682613619565b5f61316084613b47565b60030b90505f838202908112618000030160101d637fffffff198112156131895750637fffffff195b637fffffff811315612b645750637fffffff949350505050565b5f60206131b183601f61473a565b61033f91906146e8565b5f8060806001816131cd6020876146e8565b6131d7919061473a565b6131e19190614978565b6131eb91906146e8565b905060018111613211575050608083901b600883901b1767050000000000000117612792565b604081901b61323961322383886146fb565b60801b600887901b176710000000000000021790565b1795945050505050565b5f61324d826131a3565b6132589060036146fb565b6132638360026146fb565b61326d919061473a565b61033f90600161473a565b5f5f5f5f613285866131a3565b90505f61329187613243565b90505f61329e82886146e8565b90506132aa8288614917565b9650878710156132c557600895509350859250611914915050565b6132cf8888614978565b9650828710156132eb576009875f955095509550505050611914565b6132f58388614978565b96508287101561331157600a875f955095509550505050611914565b61331b8388614978565b96508287101561333757600b875f955095509550505050611914565b6133418388614978565b96508787101561335c57600c95509350859250611914915050565b600d989097505f9650945050505050565b5f81158061337b575060ff82115b1561339c57604051630263749760e41b815260048101839052602401610510565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f8115806133cc5750600182145b806133d75750600282145b806133e25750600582145b806133ed5750600882145b806133f85750600982145b156134055750815161033f565b60038214806134145750600482145b15613425575061014082015161033f565b60068214806134345750600782145b8061343f5750600b82145b1561344f5750608082015161033f565b600a820361346c578251613465906020906146e8565b905061033f565b600c8203613485576020836080015161346591906146e8565b600d8214806134945750600e82145b156134a4575060c082015161033f565b600f82036134b8575061012082015161033f565b601182036134cb575060a082015161033f565b601282036134dc575061010061033f565b50603492915050565b5f600a8214806134f55750600c82145b806135005750600f82145b8061350b5750601082145b806135165750601282145b613521576020613524565b60105b60ff1692915050565b5f81600161353b828661473a565b6135459190614978565b61279291906146e8565b5f5f61355b85856133be565b90505f613567856134e5565b90505f61357482866146fb565b90505f83613582848461473a565b1161359657613591838361473a565b613598565b835b90506135a3876135b7565b6135ad8383614978565b61310591906146fb565b5f60098214806135c75750600b82145b156135d457506001919050565b600a8214806135e35750600c82145b806135ee5750600f82145b806135f95750601082145b806136045750601282145b1561361157506008919050565b506004919050565b637fffffff1981128061362f5750637fffffff81135b15611d835760405163e92ac66b60e01b815260048101829052602401610510565b5f5f821361367457604051637040adc360e01b815260048101839052602401610510565b5f831283811561368457845f0390505b838460011c820104925050801561369b57815f0391505b5092915050565b5f637fffffff198212156136b957637fffffff1991505b637fffffff8213156136cd57637fffffff91505b5090565b5f5f6104008301835b8181101561375f57805160030b60ff81901d90811803838111156136fc578093505b50602081015160030b60ff81901d908118038381111561371a578093505b50604081015160030b60ff81901d9081180383811115613738578093505b50606081015160030b60ff81901d9081180383811115613756578093505b506080016136da565b50811561380d578160011c845b82811015612e3a578051602082015160408301516060840151600390810b607f90810260ff81811d91821882900389018b9004821891909103811693830b820280821d90811881900389018b9004811803811694830b820280821d90811881900389018b900481180381169590920b0280821d908118819003870189900481180316600898891b17881b92909217871b1790951b949094179360800161376c565b50915091565b82515f906138226022826146fb565b875114158061383c57506138376020826146fb565b865114155b1561386e5786518651604051638ee979f560e01b81526004810192909252602482015260448101829052606401610510565b8284118061387b57508083115b156138aa57604051633fe8c99960e01b8152600481018590526024810184905260448101829052606401610510565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b80821015613af45783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f831417156139175760208d01850360051c6001019750505050613af4565b8015613ada5781151580600a1b6103ff8516178184031b905083600f1c1561393c575f035b865160028901518391620800007f80808080808080808080808080808080808080808080808080808080808080809283187cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff81811677ffffffffffffffff0000000000000000ffffffffffffffff7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff96909518602081811c9788167fffffffff00000000ffffffff00000000ffffffff00000000ffffffff000000009290911b91821617604090811c9690961677ffffffff000000000000000000000000ffffffff000000009190911673ffffffff000000000000000000000000ffffffff979097169690961790941b94909417608081811c91901b17848116848101600884811c88169084901c881681810192909201601086811c8a169086901c8a1681810192909201601897881c8b169690971c99909916858101969096017c01000000010000000100000001000000010000000100000001000000010260d91c647fffffff80169790930291020195029490940193029290920160e01c03018202028b019a50505b5050506022840193506020830192506020820191506138d0565b50505050805f14613b1457613b148887613b0f600185614978565b613b93565b505095945050505050565b606080613b2e86868686613c18565b613b3a87878787613d85565b9150915094509492505050565b5f5f613b5283613edc565b90505f83820290811263200000000301601e1d637fffffff19811215613b7a5750637fffffff195b637fffffff8113156127925750637fffffff9392505050565b602281028301602001515f81901a60019190911a60081b17601f600a82901c81169003613bd957604051632548acfb60e11b815261ffff82166004820152602401610510565b81838381518110613bec57613bec6148a2565b60200260200101516040516358e5175760e11b8152600401610510929190918252602082015260400190565b60605f602084613c29578651613c2f565b86608001515b613c3991906146e8565b90505f84613c48576009613c4b565b600b5b90505f5f613ce2885f856040518060a001604052808981526020018b5f60028110613c7857613c786148a2565b6020020151815260200160018c600160028110613c9757613c976148a2565b6020020151613ca69190614978565b815260200160208152602001896020613cbf91906146fb565b90526102408e01518860138110613cd857613cd86148a2565b6020020151613f3b565b9092509050613cf28460206146fb565b6001600160401b03811115613d0957613d096148d4565b6040519080825280601f01601f191660200182016040528015613d33576020820181803683370190505b5086519095505b6020870151811015613d78575f613d518383614978565b613d5c9060206146fb565b8401602090810151600584901b89019091015250600101613d3a565b5050505050949350505050565b60605f602084613d96578651613d9c565b86608001515b613da691906146e8565b90505f84613db557600a613db8565b600c5b90505f5f613e38886001856040518060a0016040528060108a600f613ddd919061473a565b613de791906146e8565b81528b51602090910190613dfd906010906146e8565b8152602001601060018d816020020151613e179190614978565b613e2191906146e8565b815260806020820152604001613cbf8a60086146fb565b91509150836001600160401b03811115613e5457613e546148d4565b604051908082528060200260200182016040528015613e7d578160200160208202803683370190505b5086519095505b6020870151811015613d7857613eb783613e9f8460106146fb565b613ea99084614978565b60031b016020015160c01d90565b868281518110613ec957613ec96148a2565b6020908102919091010152600101613e84565b5f5f8212613f15575f613ef6613ef1846149d1565b614259565b634000000001671000000000000000600182901c0104915061208a9050565b5f613f1f83614259565b63400000008101601e9190911b600182901c0104915050919050565b60605f613f4c61034088018861474d565b90508610613fb057613f6261034088018861474d565b9050613f6f87600161473a565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a401610510565b36613fbf61034089018961474d565b88818110613fcf57613fcf6148a2565b9050602002810190613fe19190614b00565b90505f5b60408601516020870151821c90821c1461400957614002816149eb565b9050613fe5565b6020860151865190821c821b93505f906140266001841b8661473a565b1161403d576140386001831b8561473a565b614040565b86515b608088015160608901519192505f9161405990846146fb565b1161407c57606088015161406d8684614978565b61407791906146fb565b61409a565b606088015161408b90866146fb565b608089015161409a9190614978565b9050886140aa6020860186614a17565b60ff161415806140cf5750846140c66040860160208701614658565b63ffffffff1614155b806140ec5750826140e66060860160408701614a17565b60ff1614155b1561410f57896140ff6020860186614a17565b6123626040870160208801614658565b8061411d6060860186614a37565b90501461413257896123c56060860186614a37565b8751839061413f9061206c565b6141499190614978565b614156608086018661474d565b90501415806141c65750866141c36141b36141746060880188614a37565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505060608d01518891506143e9565b87861c6107f8608089018961474d565b14155b156142075760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b9052608401610510565b6142146060850185614a37565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929e979d50969b505050505050505050505050565b5f5f821280156143db57618000635c551d95845f03020160101c80601e1c601f8110156143d457633fffffff82166008606c196142a28284025f811263200000000301601e1d90565b01905061058b6142be8383025f811263200000000301601e1d90565b019050613ff8196142db8383025f811263200000000301601e1d90565b019050620286126142f88383025f811263200000000301601e1d90565b0190506215d87f196143168383025f811263200000000301601e1d90565b019050629d955b6143338383025f811263200000000301601e1d90565b01905063038d611a196143528383025f811263200000000301601e1d90565b019050630f5fdf006143708383025f811263200000000301601e1d90565b019050632c5c85fd1961438f8383025f811263200000000301601e1d90565b01905063400000006143ad8383025f811263200000000301601e1d90565b0190508280156143cc575f821260018086031b038201841d96506143d0565b8196505b5050505b50506143e3565b634000000091505b50919050565b5f806001841b6001600160401b03811115614406576144066148d4565b60405190808252806020026020018201604052801561442f578160200160208202803683370190505b5090505f836001858851614443919061473a565b61444d9190614978565b61445791906146e8565b90505f5b818110156144d1575f61446e86836146fb565b90505f8851878361447f919061473a565b1161448a5786614497565b8189516144979190614978565b90505f818360208c0101209050808685815181106144b7576144b76148a2565b60200260200101818152505050505080600101905061445b565b506144db8261211c565b9695505050505050565b6040518061036001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020016145656145bb565b8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b6040518061026001604052806013906020820280368337509192915050565b5f5f5f5f8486036102808112156145ef575f5ffd5b6101808112156145fd575f5ffd5b859450610180850135935060c061019f198201121561461a575f5ffd5b506101a0850191506102608501356001600160401b0381111561463b575f5ffd5b85016103c0818803121561464d575f5ffd5b939692955090935050565b5f60208284031215614668575f5ffd5b813563ffffffff81168114612792575f5ffd5b5f6020828403121561468b575f5ffd5b81356001600160401b0381168114612792575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561033f5761033f6146a1565b634e487b7160e01b5f52601260045260245ffd5b5f826146f6576146f66146d4565b500490565b808202811582820484141761033f5761033f6146a1565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b8082018082111561033f5761033f6146a1565b5f5f8335601e19843603018112614762575f5ffd5b8301803591506001600160401b0382111561477b575f5ffd5b6020019150600581901b3603821315614792575f5ffd5b9250929050565b606081525f6147bd6060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b166015820152614820601982018c6147cd565b61482d601d82018b6147cd565b61483a602182018a6147cd565b61484760258201896147cd565b61485460298201886147cd565b614861602d8201876147cd565b61486e60318201866147cd565b61487b60358201856147cd565b61488860398201846147cd565b603d810191909152605d019b9a5050505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e198336030181126148ca575f5ffd5b9190910192915050565b634e487b7160e01b5f52604160045260245ffd5b8082025f8212600160ff1b84141615614903576149036146a1565b818105831482151761033f5761033f6146a1565b5f82614925576149256146d4565b500690565b8082018281125f831280158216821582161715614949576149496146a1565b505092915050565b5f63ffffffff831680614966576149666146d4565b8063ffffffff84160491505092915050565b8181038181111561033f5761033f6146a1565b5f63ffffffff8316806149a0576149a06146d4565b8063ffffffff84160691505092915050565b8181035f83128015838313168383128216171561369b5761369b6146a1565b5f600160ff1b82016149e5576149e56146a1565b505f0390565b5f600182016149fc576149fc6146a1565b5060010190565b5f8235607e198336030181126148ca575f5ffd5b5f60208284031215614a27575f5ffd5b813560ff81168114612792575f5ffd5b5f5f8335601e19843603018112614a4c575f5ffd5b8301803591506001600160401b03821115614a65575f5ffd5b602001915036819003821315614792575f5ffd5b818382375f9101908152919050565b606081525f6147bd606083016004815263199d5b1b60e21b602082015260400190565b604081525f614ace604083016004815263199d5b1b60e21b602082015260400190565b905082602083015292915050565b604081525f614ace6040830160058152641b5bd9195b60da1b602082015260400190565b5f8235609e198336030181126148ca575f5ffd",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIOneStepVerifier\",\"name\":\"verifier\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"VERIFIER\",\"outputs\":[{\"internalType\":\"contractIOneStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"uint8\",\"name\":\"splitDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxDepth\",\"type\":\"uint8\"}],\"name\":\"capacityError\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"p\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"l\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"promptLen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"temperatureMilli\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"isFinal\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"maxProgramLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"p\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"head\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"prompted\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"sampled\",\"type\":\"bool\"}],\"name\":\"programLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"project\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"leafIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"refusedRow\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setup\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"rootClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"absolutePrestate\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"transitions\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"subgamePrestate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"state0\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"BadInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotInModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"want\",\"type\":\"bytes32\"}],\"name\":\"PrestateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"programLength\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongOperand\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"p\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"l\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wantP\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wantL\",\"type\":\"uint256\"}],\"name\":\"WrongTransition\",\"type\":\"error\"}]",
	ID:  "e1c27550890b376df858ea442f707bfa4f",
	Bin: "0x60a0604052348015600e575f5ffd5b5060405161542c38038061542c833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516153a86100845f395f818160a40152610ab701526153a85ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c80636ee02ce9116100635780636ee02ce91461016a578063a2d599a81461017d578063b1dcbee214610190578063e934149f146101a3578063ebf104aa146101b6575f5ffd5b806308c84e701461009f5780632379b523146100e357806326465044146101065780636498f685146101275780636bcd08f314610147575b5f5ffd5b6100c67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100f66100f1366004613abc565b6101c9565b6040516100da9493929190613b54565b610119610114366004613b89565b61078e565b6040519081526020016100da565b61013a610135366004613bb4565b610815565b6040516100da9190613bf8565b61015a610155366004613c0a565b61093b565b60405190151581526020016100da565b610119610178366004613c4b565b6109e6565b61015a61018b366004613ccb565b610b68565b61011961019e366004613c4b565b610bbf565b6101196101b1366004613c4b565b610db0565b6101196101c4366004613d25565b611088565b5f80806060816101db888a018a613f42565b90505f816020015160028111156101f4576101f4614009565b14610233578060200151600281111561020f5761020f614009565b604051630d1dfb5d60e31b815260ff90911660048201526024015b60405180910390fd5b5f610240878901896142de565b9050610258815f015183604001518360200151611162565b60608101515160808201515181158061027b57508360a0015163ffffffff168214155b156102b2576040516336ea633b60e11b81526020600482015260066024820152651c1c9bdb5c1d60d21b604482015260640161022a565b8015806102c957508360c0015163ffffffff168114155b806102df575060e08401515163ffffffff168114155b15610319576040516336ea633b60e11b815260206004820152600960248201526837baba383aba2632b760b91b604482015260640161022a565b825160c0015163ffffffff1661032f82846143f1565b111561038a5761033f81836143f1565b835160c001516040516329ded1a760e11b8152606060048201526006606482015265746f6b656e7360d01b6084820152602481019290925263ffffffff16604482015260a40161022a565b836080015161039c84606001516115c3565b146103d7576040516336ea633b60e11b815260206004820152600a6024820152691c1c9bdb5c1d149bdbdd60b21b604482015260640161022a565b5f6103e584608001516116b7565b9050846101000151818051906020012014610430576040516336ea633b60e11b815260206004820152600a6024820152690deeae8e0eae890c2e6d60b31b604482015260640161022a565b5f5f5b8481101561053757855f015160a0015163ffffffff168660600151828151811061045f5761045f614404565b602002602001015163ffffffff16106104e5578560600151818151811061048857610488614404565b6020908102919091010151865160a001516040516329ded1a760e11b815260606004820152600c60648201526b383937b6b83a103a37b5b2b760a11b608482015263ffffffff92831660248201529116604482015260a40161022a565b81866060015182815181106104fc576104fc614404565b6020026020010151604051602001610515929190614429565b60408051601f1981840301815291905280516020909101209150600101610433565b505f5b8381101561063e57855f015160a0015163ffffffff168660800151828151811061056657610566614404565b602002602001015163ffffffff16106105ec578560800151818151811061058f5761058f614404565b6020908102919091010151865160a001516040516329ded1a760e11b815260606004820152600c60648201526b37baba383aba103a37b5b2b760a11b608482015263ffffffff92831660248201529116604482015260a40161022a565b818660800151828151811061060357610603614404565b602002602001015160405160200161061c929190614429565b60408051601f198184030181529190528051602090910120915060010161053a565b505f600161064c85876143f1565b6106569190614444565b9050805f8861012001518961014001518560405160200161067b959493929190614457565b604051602081830303815290604052805190602001209a506106a1868860400151611780565b865160200151909a506106bb9063ffffffff1660016143f1565b6106c5908261448d565b98506040518060800160405280875f01518152602001886040015181526020016040518060c001604052808a6080015181526020018a60a0015163ffffffff1681526020018a60e001516020015163ffffffff1681526020018a60e001516040015163ffffffff1681526020018a60e001516060015163ffffffff1681526020018a60e001516080015181525081526020018a81525060405160200161076b9190614602565b604051602081830303815290604052975050505050505050945094509450949050565b5f61079882611b17565b5f60026107ab60e0850160c08601614645565b63ffffffff1610156107bd575f6107df565b60026107cf60e0850160c08601614645565b63ffffffff166107df9190614444565b90505f6107ec8483611f82565b90505f6107fb855f6001611f95565b905080821161080a578061080c565b815b95945050505050565b606061082084611b17565b5f6108316040860160208701614645565b6108429063ffffffff1660016143f1565b600161085460e0880160c08901614645565b63ffffffff166108649190614444565b61086e919061448d565b9050600160ff85161b8111156108a25750506040805180820190915260068152656c6576656c3160d01b6020820152610934565b8360ff168360ff16116108d35750506040805180820190915260068152653632bb32b61960d11b6020820152610934565b60016108df858561465e565b6108e9919061465e565b60ff166001901b6108f98661078e565b11156109235750506040805180820190915260068152653632bb32b61960d11b6020820152610934565b505060408051602081019091525f81525b9392505050565b5f61094585611b17565b5f6109508686611fa4565b9050801580610974575061096560208261468b565b61097090602261448d565b8314155b15610982575f9150506109de565b5f5b838110156109d85784846109998360016143f1565b8181106109a8576109a8614404565b607c92013560f81c821690910390506109c6576001925050506109de565b6109d16022826143f1565b9050610984565b505f9150505b949350505050565b5f806109f48789018961469e565b905080606001518610610a0a5784915050610b5e565b5f5f610a16838961226b565b90925090505f610a2886880188614ae5565b905082816020015163ffffffff16141580610a4d575081816040015163ffffffff1614155b15610a9357602081015160408083015190516376778d1d60e11b815263ffffffff928316600482015291166024820152604481018490526064810183905260840161022a565b8351602085015160408087015190516213c39160eb1b81525f936001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001693639e1c880093610aec938890600401614f16565b6040805180830381865afa158015610b06573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b2a919061507e565b96509050888114610b5857604051639326f62560e01b815260048101829052602481018a905260440161022a565b50505050505b9695505050505050565b5f80610b7a6040890160208a01614645565b63ffffffff168614610b9657610b918888856122ab565b610bb0565b610bb08886610ba68a60016143f1565b10861515866122d0565b50501598975050505050505050565b5f80610bcd8789018961469e565b905080606001518610610be35784915050610b5e565b5f5f610bef838961226b565b90925090505f610c01868801886150a0565b9050835f01516020015163ffffffff1681602001515114610c52576040516336ea633b60e11b815260206004820152600a6024820152696c61796572526f6f747360b01b604482015260640161022a565b5f610c68610c6383602001516122f1565b612382565b9050888484845f0151848660400151604051602001610c8b959493929190614457565b6040516020818303038152906040528051906020012014610ce2576040516336ea633b60e11b815260206004820152601060248201526f6c6576656c2d3120707265696d61676560801b604482015260640161022a565b5f610cef865f01516124a4565b60408051601380825261028082019092529192505f919060208201610260803683370190505090505f5b6013811015610d5f578015610d3757610d328382612533565b610d3a565b84515b828281518110610d4c57610d4c614404565b6020908102919091010152600101610d19565b505f8686610d6c84612382565b868860400151604051602001610d8796959493929190615120565b604051602081830303815290604052805190602001209750505050505050509695505050505050565b5f80610dbe8789018961469e565b905080606001518610610dd45784915050610b5e565b5f5f610de0838961226b565b90925090505f610df286880188615169565b84516020015160408201515191925063ffffffff1614610e42576040516336ea633b60e11b815260206004820152600a6024820152696c61796572526f6f747360b01b604482015260640161022a565b5f610e53610c6383604001516122f1565b60408051601380825261028082019092529192505f919060208201610260803683370190505090505f5b6013811015610ec65783602001518160138110610e9c57610e9c614404565b6020020151828281518110610eb357610eb3614404565b6020908102919091010152600101610e7d565b5082515f908686610ed685612382565b6060880151604051610ef095949392918991602001615120565b6040516020818303038152906040528051906020012090508a8114610f49576040516336ea633b60e11b815260206004820152600e60248201526d737461746520707265696d61676560901b604482015260640161022a565b86516040808901516020810151908201518751925163145ab33560e31b8152309463a2d599a894610f849491938d938d939290600401615204565b602060405180830381865afa158015610f9f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610fc39190615250565b610fee57835160405163bb3c27bd60e01b81526001600160401b03909116600482015260240161022a565b5f5f885f01516020015163ffffffff16871461101557876110108860016143f1565b611022565b6110208860016143f1565b5f5b91509150818187602001515f6013811061103e5761103e614404565b602002015187896060015160405160200161105d959493929190614457565b6040516020818303038152906040528051906020012099505050505050505050509695505050505050565b5f61109286611b17565b831561112b576110a860e0870160c08801614645565b63ffffffff166110b98660016143f1565b10611119576110c98560016143f1565b6110d960e0880160c08901614645565b6040516329ded1a760e11b81526060600482015260016064820152600760fc1b6084820152602481019290925263ffffffff16604482015260a40161022a565b611124868484611f95565b905061080c565b61113b60e0870160c08801614645565b63ffffffff16851061115857846110d960e0880160c08901614645565b610b5e8686611f82565b825163ffffffff1615806111885750825161117f9060209061526b565b63ffffffff1615155b156111bc576040516389a6198960e01b815260206004820152600360248201526264696d60e81b604482015260640161022a565b826020015163ffffffff165f036111ff576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b604482015260640161022a565b604083015163ffffffff16158061122b575060408301518351611222919061526b565b63ffffffff1615155b15611261576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b604482015260640161022a565b6040830151835160029161127491615292565b61127e919061526b565b63ffffffff16156112bc576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b604482015260640161022a565b606083015163ffffffff1615806112eb5750826060015183604001516112e2919061526b565b63ffffffff1615155b15611323576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b604482015260640161022a565b608083015163ffffffff16158061134f575060208360800151611346919061526b565b63ffffffff1615155b15611385576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b604482015260640161022a565b8260a0015163ffffffff165f036113c7576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b604482015260640161022a565b8260c0015163ffffffff165f0361140b576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b604482015260640161022a565b60e083015163ffffffff161580611437575060028360e0015161142e919061526b565b63ffffffff1615155b8061146157506040830151835161144e9190615292565b63ffffffff168360e0015163ffffffff16115b1561149a576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b604482015260640161022a565b600183610140015163ffffffff1611156114e0576040516389a6198960e01b815260040161022a906020808252600490820152631d1a595960e21b604082015260600190565b5f835f015184602001518560400151866060015187608001518860a001518960c001518a60e001518b61010001518c61012001518d61014001518e610160015160405160200161153b9c9b9a999897969594939291906152b9565b604051602081830303815290604052805190602001209050815f01516001600160401b03165f141580611583575061157a611575856126b4565b6127e7565b82604001515114155b8061159c575082611599825f856040015161280a565b14155b156115bd576040516308a691e960e31b81526004810184905260240161022a565b50505050565b5f5f6115ce836116b7565b90505f60208451601f6115e191906143f1565b6115eb919061468b565b90505f816001600160401b0381111561160657611606613d8d565b60405190808252806020026020018201604052801561162f578160200160208202803683370190505b5090505f5b828110156116ad575f61164882608061448d565b90505f855182608061165a91906143f1565b11611666576080611673565b8186516116739190614444565b90505f818360208901012090508085858151811061169357611693614404565b602002602001018181525050505050806001019050611634565b5061080c81612382565b6060815160046116c7919061448d565b6001600160401b038111156116de576116de613d8d565b6040519080825280601f01601f191660200182016040528015611708576020820181803683370190505b5090505f5b825181101561177a575f83828151811061172957611729614404565b602002602001015190508060181c6004830260208501015360ff8160101c166004830260218501015360ff8160081c166004830260228501015360ff8116600483026023850101535060010161170d565b50919050565b815151606083015180515f9263ffffffff1691839182906117a3576117a3614404565b602002602001015163ffffffff1690505f6117c0865f01516126b4565b60408701519091506117d38360016143f1565b81516001600160401b031614158061180557506117f160208561468b565b6117fc90602261448d565b81602001515114155b8061181d5750611814826127e7565b81604001515114155b156118685761182d8360016143f1565b60408051630b28d38960e31b8152600481019190915260056044820152641b5bd9195b60da1b6064820152602481019190915260840161022a565b8561188f826020015180519060200120835f01516001600160401b0316846040015161280a565b1461189f5761182d8360016143f1565b5f6118ab60208661468b565b6001600160401b038111156118c2576118c2613d8d565b6040519080825280602002602001820160405280156118eb578160200160208202803683370190505b50604080516022808252606082019092529192505f9190602082018180368337505060408051608080825260a082019092529293505f9291506020820181803683370190505090505f5b8351811015611a45575f5b60228110156119af5760208601518161195a84602261448d565b61196491906143f1565b8151811061197457611974614404565b602001015160f81c60f81b84828151811061199157611991614404565b60200101906001600160f81b03191690815f1a905350600101611940565b505f6119ba8461289b565b90505f5b6020811015611a1657611a0e84828484602081106119de576119de614404565b602002015160030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b6001016119be565b508280519060200120858381518110611a3157611a31614404565b602090810291909101015250600101611935565b505f611a9e8b5f01516020015163ffffffff166001600160401b03811115611a6f57611a6f613d8d565b604051908082528060200260200182016040528015611a98578160200160208202803683370190505b50612382565b90505f5f5f1b88604051602001611ab6929190614429565b6040516020818303038152906040528051906020012090505f5f611ad987612382565b8484604051602001611aef959493929190614457565b6040516020818303038152906040528051906020012099505050505050505050505b92915050565b611b246020820182614645565b63ffffffff161580611b5257506020611b3f82820183614645565b611b49919061526b565b63ffffffff1615155b15611b86576040516389a6198960e01b815260206004820152600360248201526264696d60e81b604482015260640161022a565b611b966040820160208301614645565b63ffffffff165f03611bd4576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b604482015260640161022a565b611be46060820160408301614645565b63ffffffff161580611c215750611c016060820160408301614645565b611c0e6020830183614645565b611c18919061526b565b63ffffffff1615155b15611c57576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b604482015260640161022a565b6002611c696060830160408401614645565b611c766020840184614645565b611c809190615292565b611c8a919061526b565b63ffffffff1615611cc8576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b604482015260640161022a565b611cd86080820160608301614645565b63ffffffff161580611d185750611cf56080820160608301614645565b611d056060830160408401614645565b611d0f919061526b565b63ffffffff1615155b15611d50576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b604482015260640161022a565b611d6060a0820160808301614645565b63ffffffff161580611d9257506020611d7f60a0830160808401614645565b611d89919061526b565b63ffffffff1615155b15611dc8576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b604482015260640161022a565b611dd860c0820160a08301614645565b63ffffffff165f03611e15576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b604482015260640161022a565b611e2560e0820160c08301614645565b63ffffffff165f03611e64576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b604482015260640161022a565b611e75610100820160e08301614645565b63ffffffff161580611ea857506002611e95610100830160e08401614645565b611e9f919061526b565b63ffffffff1615155b80611ef45750611ebe6060820160408301614645565b611ecb6020830183614645565b611ed59190615292565b63ffffffff16611eec610100830160e08401614645565b63ffffffff16115b15611f2d576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b604482015260640161022a565b6001611f4161016083016101408401614645565b63ffffffff161115611f7f576040516389a6198960e01b815260040161022a906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f610934611f908484612982565b612f7f565b5f6109de611f90858585612fbe565b5f80611fb36020850185614645565b63ffffffff1690505f611fcc60c0860160a08701614645565b63ffffffff1690505f611fe060208461468b565b90505f611ff36060880160408901614645565b6120039063ffffffff168561468b565b6120136080890160608a01614645565b63ffffffff16612023919061448d565b90505f61203660a0890160808a01614645565b63ffffffff169050865f03612052575f95505050505050611b11565b838711612066578495505050505050611b11565b6120718460016143f1565b61207b9088614444565b96505f61208982600261448d565b61209484600261448d565b61209f88600361448d565b6120aa87600261448d565b6120b491906143f1565b6120be91906143f1565b6120c891906143f1565b9050806120db60408b0160208c01614645565b63ffffffff166120eb919061448d565b8810156121d7575f6120fd828a61537d565b905084811015612116575f975050505050505050611b11565b6121208582614444565b905061212d84600261448d565b61213888600261448d565b61214291906143f1565b8110156121585786975050505050505050611b11565b61216384600261448d565b61216e88600261448d565b61217891906143f1565b6121829082614444565b90508481101561219b575f975050505050505050611b11565b6121a58582614444565b90506121b283600261448d565b8110156121c85786975050505050505050611b11565b82975050505050505050611b11565b806121e860408b0160208c01614645565b63ffffffff166121f8919061448d565b6122029089614444565b97508388101561221a575f9650505050505050611b11565b6122248489614444565b97506122386101608a016101408b01614645565b63ffffffff1615801561224a57508488105b1561225d57859650505050505050611b11565b505f98975050505050505050565b5f5f5f845f01516020015163ffffffff16600161228891906143f1565b9050612294818561468b565b61229e828661537d565b92509250505b9250929050565b5f5f5f6122c16122bb8787612982565b85613315565b92509250925093509350939050565b5f5f5f6122e16122bb888888612fbe565b9250925092509450945094915050565b606081516001600160401b0381111561230c5761230c613d8d565b604051908082528060200260200182016040528015612335578160200160208202803683370190505b5090505f5b825181101561177a5782818151811061235557612355614404565b602002602001015182828151811061236f5761236f614404565b602090810291909101015260010161233a565b80515f9080820361239557505f92915050565b6001811115612482575f60026123ac8360016143f1565b6123b6919061468b565b90505f5b8181101561247a575f836123cf83600261448d565b6123da9060016143f1565b106123e5575f612415565b856123f183600261448d565b6123fc9060016143f1565b8151811061240c5761240c614404565b60200260200101515b90506124548661242684600261448d565b8151811061243657612436614404565b6020026020010151825f828152602082905260409020911715150290565b86838151811061246657612466614404565b6020908102919091010152506001016123ba565b509050612395565b825f8151811061249457612494614404565b6020026020010151915050919050565b6124ac61398a565b815163ffffffff908116808352602080850151831690840152604080850151831690840181905260608086015184169085015260808086015184169085015260a08086015184169085015260c08086015190931692840192909252612511919061468b565b61012082018190526060820151612528919061448d565b610140820152919050565b5f5f61253e83613457565b90505f61254b858561349f565b90505f82600161255b82856143f1565b6125659190614444565b61256f919061468b565b90505f61257b866135c6565b612585908561448d565b6001600160401b0381111561259c5761259c613d8d565b6040519080825280601f01601f1916602001820160405280156125c6576020820181803683370190505b50805160209091012090505f6125e788886125e2600187614444565b613628565b6001600160401b038111156125fe576125fe613d8d565b6040519080825280601f01601f191660200182016040528015612628576020820181803683370190505b508051906020012090505b60018311156126a95761264760028461537d565b600103612664575f81815260208190526040902090151502612678565b5f8281526020829052604090209082171515025b5f82815260208390526040902082151502915060026126988460016143f1565b6126a2919061468b565b9250612633565b979650505050505050565b5f5f6020835f015163ffffffff166126cc919061468b565b90505f8360400151845f01516126e29190615292565b63ffffffff16846060015163ffffffff166126fd919061448d565b90505f846080015163ffffffff166002612717919061448d565b61272283600261448d565b86516127359063ffffffff16600361448d565b61274086600261448d565b61274a91906143f1565b61275491906143f1565b61275e91906143f1565b90508460c0015163ffffffff168382876020015163ffffffff16612782919061448d565b60a08801516127989063ffffffff1660016143f1565b6127a291906143f1565b6127ac91906143f1565b6127b691906143f1565b935084610140015163ffffffff165f036127df5760a085015161080c9063ffffffff16856143f1565b505050919050565b5f5b81816001901b1015612805576127fe81615390565b90506127e9565b919050565b80515f9061010081108015612820575083811c15155b15612848576040516394666f0d60e01b8152600481018590526024810182905260440161022a565b849150602083018160051b81015b80821015612891576001861660051b825180861715158683528160208418528060405f200296505050508560011c9550602082019150612856565b5050509392505050565b6128a3613a41565b60228251146128ca57815160405163d49782d960e01b815260040161022a91815260200190565b602082015160228301515f82901a60019290921a60081b9190911790601f600a83901c8116900361291457604051632548acfb60e11b815261ffff8316600482015260240161022a565b5f6129228361ffff1661369c565b90505f5b6020811015612979575f83821a810b83029081126080030160081d637fffffff198112156129565750637fffffff195b637fffffff8113156129695750637fffffff5b600582901b860152600101612926565b50505050919050565b60605f6129a06129956020860186614645565b63ffffffff166136cc565b90505f6129b661299560a0870160808801614645565b90505f6129c96060870160408801614645565b6129d66020880188614645565b6129e09190615292565b63ffffffff166129f66080880160608901614645565b63ffffffff16612a06919061448d565b90505f612a148660016143f1565b60408051601880825261032082019092529192506020820161030080368337019050509450600160381b608085901b17855f81518110612a5657612a56614404565b60209081029190910101526880000000000000000160391b85600181518110612a8157612a81614404565b6020908102919091010152670300000000000000608085901b1785600281518110612aae57612aae614404565b6020908102919091010152670400000000000100608085901b1785600381518110612adb57612adb614404565b602002602001018181525050612b1b875f016020810190612afc9190614645565b63ffffffff165f612b1060208b018b614645565b63ffffffff166136e4565b85600481518110612b2e57612b2e614404565b602002602001018181525050612b52826001895f016020810190612b109190614645565b85600581518110612b6557612b65614404565b602002602001018181525050612b89826002895f016020810190612b109190614645565b85600681518110612b9c57612b9c614404565b6020908102919091010152612bd3612bba6060890160408a01614645565b60801b63ffffffff60801b166706000000000000011790565b85600781518110612be657612be6614404565b6020908102919091010152612c1d612c046080890160608a01614645565b60801b63ffffffff60801b166706000000000001011790565b85600881518110612c3057612c30614404565b602090810291909101015270010000000000000000070000000000000085600981518110612c6057612c60614404565b602002602001018181525050604081901b612cad612c7d8361376c565b612c8d60608b0160408c01614645565b63ffffffff16612c9d919061448d565b60801b6708000000000000031790565b1785600a81518110612cc157612cc1614404565b6020908102919091010152670400000000000500608085901b1785600b81518110612cee57612cee614404565b602002602001018181525050612d24875f016020810190612d0f9190614645565b63ffffffff166003612b1060208b018b614645565b85600c81518110612d3757612d37614404565b6020908102919091010152600760391b608085901b1785600d81518110612d6057612d60614404565b6020908102919091010152600160381b608085901b1785600e81518110612d8957612d89614404565b60209081029190910101526880000000000000000160391b85600f81518110612db457612db4614404565b6020908102919091010152670300000000000100608085901b1785601081518110612de157612de1614404565b6020908102919091010152670400000000000100608085901b1785601181518110612e0e57612e0e614404565b6020908102919091010152612e41612e2c60a0890160808a01614645565b63ffffffff166004612b1060208b018b614645565b85601281518110612e5457612e54614404565b6020908102919091010152612e87612e7260a0890160808a01614645565b63ffffffff166005612b1060208b018b614645565b85601381518110612e9a57612e9a614404565b6020908102919091010152670f00000000000000608084901b1785601481518110612ec757612ec7614404565b6020908102919091010152670400000000000600608084901b1785601581518110612ef457612ef4614404565b602002602001018181525050612f2d875f016020810190612f159190614645565b63ffffffff166006612b1060a08b0160808c01614645565b85601681518110612f4057612f40614404565b6020908102919091010152600760391b608085901b1785601781518110612f6957612f69614404565b6020026020010181815250505050505092915050565b5f5f5b825181101561177a576080838281518110612f9f57612f9f614404565b6020026020010151901c82612fb491906143f1565b9150600101612f82565b60605f612fd16129956020870187614645565b905083612feb5782612fe4576008612fee565b603c612fee565b60035b60ff166001600160401b0381111561300857613008613d8d565b604051908082528060200260200182016040528015613031578160200160208202803683370190505b5091505f841561307b57700100000000000000001200000000000000838261305881615390565b93508151811061306a5761306a614404565b60200260200101818152505061329a565b600160381b608083901b17838261309181615390565b9350815181106130a3576130a3614404565b60209081029190910101526880000000000000000160391b83826130c681615390565b9350815181106130d8576130d8614404565b6020908102919091010152670300000000000200608083901b1783826130fd81615390565b93508151811061310f5761310f614404565b6020908102919091010152670400000000000100608083901b17838261313481615390565b93508151811061314657613146614404565b602090810291909101015261317961316460c0880160a08901614645565b63ffffffff166007612b1060208a018a614645565b838261318481615390565b93508151811061319657613196614404565b60209081029190910101526131c76131b761299560c0890160a08a01614645565b60801b6711000000000000001790565b83826131d281615390565b9350815181106131e4576131e4614404565b602002602001018181525050831561329a5761321783825f61320c60c08b0160a08c01614645565b63ffffffff166137a1565b905061323f61322f61299560c0890160a08a01614645565b60801b6718000000000000001790565b838261324a81615390565b93508151811061325c5761325c614404565b602090810291909101015261327e8382600161320c60c08b0160a08c01614645565b90506132978382600261320c60c08b0160a08c01614645565b90505b671300000000000000608083901b1783826132b481615390565b9350815181106132c6576132c6614404565b602090810291909101015270010000000000000000140000000000000083826132ee81615390565b93508151811061330057613300614404565b60200260200101818152505050509392505050565b5f808083815b8651811015613404575f87828151811061333757613337614404565b602002602001015190505f608082901c9050808410156133eb5760ff603883901c8116975065ffffffffffff600884901c16908316604084901c6001600160401b0316600219820161339f5761338d8188613895565b99509950995050505050505050613450565b600282036133c2578960086133b4838a61537d565b901b841761338d838a61468b565b600182036133db57509096509394506134509350505050565b5094965094506134509350505050565b6133f58185614444565b9350505080600101905061331b565b50805f0361341b575f5f5f93509350935050613450565b846134268282614444565b604051631a46e91f60e11b81526001600160401b039092166004830152602482015260440161022a565b9250925092565b5f600a8214806134675750600c82145b806134725750600f82145b8061347d5750601082145b806134885750601282145b613493576020613496565b60105b60ff1692915050565b5f8115806134ad5750600182145b806134b85750600282145b806134c35750600582145b806134ce5750600882145b806134d95750600982145b156134e657508151611b11565b60038214806134f55750600482145b156135065750610140820151611b11565b60068214806135155750600782145b806135205750600b82145b1561353057506080820151611b11565b600a820361354d5782516135469060209061468b565b9050611b11565b600c82036135665760208360800151613546919061468b565b600d8214806135755750600e82145b15613585575060c0820151611b11565b600f82036135995750610120820151611b11565b601182036135ac575060a0820151611b11565b601282036135bd5750610100611b11565b50603492915050565b5f60098214806135d65750600b82145b156135e357506001919050565b600a8214806135f25750600c82145b806135fd5750600f82145b806136085750601082145b806136135750601282145b1561362057506008919050565b506004919050565b5f5f613634858561349f565b90505f61364085613457565b90505f61364d828661448d565b90505f8361365b84846143f1565b1161366f5761366a83836143f1565b613671565b835b905061367c876135c6565b6136868383614444565b613690919061448d565b98975050505050505050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c1615612805575f03919050565b5f60206136da83601f6143f1565b611b11919061468b565b5f8060806001816136f660208761468b565b61370091906143f1565b61370a9190614444565b613714919061468b565b90506001811161373a575050608083901b600883901b1767050000000000000117610934565b604081901b61376261374c838861448d565b60801b600887901b176710000000000000021790565b1795945050505050565b5f613776826136cc565b61378190600361448d565b61378c83600261448d565b61379691906143f1565b611b119060016143f1565b5f700100000000000000001500000000000001600884901b1785856137c581615390565b9650815181106137d7576137d7614404565b6020026020010181815250505f5b600881101561388b576138176137fa846136cc565b600886811b8417901b60809190911b176716000000000000001790565b868661382281615390565b97508151811061383457613834614404565b6020908102919091010152700100000000000000001700000000000001600885811b8317901b17868661386681615390565b97508151811061387857613878614404565b60209081029190910101526001016137e5565b5092949350505050565b5f5f5f5f6138a2866136cc565b90505f6138ae8761376c565b90505f6138bb828861468b565b90506138c7828861537d565b9650878710156138e257600895509350859250613450915050565b6138ec8888614444565b965082871015613908576009875f955095509550505050613450565b6139128388614444565b96508287101561392e57600a875f955095509550505050613450565b6139388388614444565b96508287101561395457600b875f955095509550505050613450565b61395e8388614444565b96508787101561397957600c95509350859250613450915050565b600d989097505f9650945050505050565b6040518061036001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001613a0a613a60565b8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b6040518061026001604052806013906020820280368337509192915050565b5f5f83601f840112613a8f575f5ffd5b5081356001600160401b03811115613aa5575f5ffd5b6020830191508360208285010111156122a4575f5ffd5b5f5f5f5f60408587031215613acf575f5ffd5b84356001600160401b03811115613ae4575f5ffd5b613af087828801613a7f565b90955093505060208501356001600160401b03811115613b0e575f5ffd5b613b1a87828801613a7f565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b848152836020820152826040820152608060608201525f610b5e6080830184613b26565b5f610180828403121561177a575f5ffd5b5f6101808284031215613b9a575f5ffd5b6109348383613b78565b803560ff81168114612805575f5ffd5b5f5f5f6101c08486031215613bc7575f5ffd5b613bd18585613b78565b9250613be06101808501613ba4565b9150613bef6101a08501613ba4565b90509250925092565b602081525f6109346020830184613b26565b5f5f5f5f6101c08587031215613c1e575f5ffd5b613c288686613b78565b935061018085013592506101a08501356001600160401b03811115613b0e575f5ffd5b5f5f5f5f5f5f60808789031215613c60575f5ffd5b86356001600160401b03811115613c75575f5ffd5b613c8189828a01613a7f565b909750955050602087013593506040870135925060608701356001600160401b03811115613cad575f5ffd5b613cb989828a01613a7f565b979a9699509497509295939492505050565b5f5f5f5f5f5f6102208789031215613ce1575f5ffd5b613ceb8888613b78565b9861018088013598506101a0880135976101c081013597506101e081013596506102000135945092505050565b8015158114611f7f575f5ffd5b5f5f5f5f5f6102008688031215613d3a575f5ffd5b613d448787613b78565b945061018086013593506101a0860135613d5d81613d18565b92506101c0860135613d6e81613d18565b91506101e0860135613d7f81613d18565b809150509295509295909350565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b0381118282101715613dc357613dc3613d8d565b60405290565b60405161018081016001600160401b0381118282101715613dc357613dc3613d8d565b604051606081016001600160401b0381118282101715613dc357613dc3613d8d565b604051608081016001600160401b0381118282101715613dc357613dc3613d8d565b60405160c081016001600160401b0381118282101715613dc357613dc3613d8d565b604051601f8201601f191681016001600160401b0381118282101715613e7a57613e7a613d8d565b604052919050565b80356001600160401b0381168114612805575f5ffd5b803560038110612805575f5ffd5b803563ffffffff81168114612805575f5ffd5b5f60a08284031215613ec9575f5ffd5b613ed1613da1565b9050613edc82613ea6565b8152613eea60208301613ea6565b6020820152613efb60408301613ea6565b6040820152613f0c60608301613ea6565b606082015260809182013591810191909152919050565b80356fffffffffffffffffffffffffffffffff81168114612805575f5ffd5b5f610200828403128015613f54575f5ffd5b50613f5d613dc9565b613f6683613e82565b8152613f7460208401613e98565b6020820152604083810135908201526060808401359082015260808084013590820152613fa360a08401613ea6565b60a0820152613fb460c08401613ea6565b60c0820152613fc68460e08501613eb9565b60e08201526101808301356101008201526101a08301356101208201526101c0830135610140820152613ffc6101e08401613f23565b6101608201529392505050565b634e487b7160e01b5f52602160045260245ffd5b5f610180828403121561402e575f5ffd5b614036613dc9565b905061404182613ea6565b815261404f60208301613ea6565b602082015261406060408301613ea6565b604082015261407160608301613ea6565b606082015261408260808301613ea6565b608082015261409360a08301613ea6565b60a08201526140a460c08301613ea6565b60c08201526140b560e08301613ea6565b60e08201526140c76101008301613ea6565b6101008201526140da6101208301613ea6565b6101208201526140ed6101408301613ea6565b6101408201526101609182013591810191909152919050565b5f82601f830112614115575f5ffd5b81356001600160401b0381111561412e5761412e613d8d565b614141601f8201601f1916602001613e52565b818152846020838601011115614155575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6001600160401b0382111561418957614189613d8d565b5060051b60200190565b5f82601f8301126141a2575f5ffd5b81356141b56141b082614171565b613e52565b8082825260208201915060208360051b8601019250858311156141d6575f5ffd5b602085015b838110156141f35780358352602092830192016141db565b5095945050505050565b5f6060828403121561420d575f5ffd5b614215613dec565b905061422082613e82565b815260208201356001600160401b0381111561423a575f5ffd5b61424684828501614106565b60208301525060408201356001600160401b03811115614264575f5ffd5b61427084828501614193565b60408301525092915050565b5f82601f83011261428b575f5ffd5b81356142996141b082614171565b8082825260208201915060208360051b8601019250858311156142ba575f5ffd5b602085015b838110156141f3576142d081613ea6565b8352602092830192016142bf565b5f602082840312156142ee575f5ffd5b81356001600160401b03811115614303575f5ffd5b82016102008185031215614315575f5ffd5b61431d613da1565b614327858361401d565b81526101808201356001600160401b03811115614342575f5ffd5b61434e868285016141fd565b6020830152506101a08201356001600160401b0381111561436d575f5ffd5b614379868285016141fd565b6040830152506101c08201356001600160401b03811115614398575f5ffd5b6143a48682850161427c565b6060830152506101e08201356001600160401b038111156143c3575f5ffd5b6143cf8682850161427c565b608083015250949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115611b1157611b116143dd565b634e487b7160e01b5f52603260045260245ffd5b60e01b6001600160e01b0319169052565b91825260e01b6001600160e01b031916602082015260240190565b81810381811115611b1157611b116143dd565b6001600160e01b031960e096871b811682529490951b909316600485015260088401919091526028830152604882015260680190565b8082028115828204841417611b1157611b116143dd565b805163ffffffff16825260208101516144c5602084018263ffffffff169052565b5060408101516144dd604084018263ffffffff169052565b5060608101516144f5606084018263ffffffff169052565b50608081015161450d608084018263ffffffff169052565b5060a081015161452560a084018263ffffffff169052565b5060c081015161453d60c084018263ffffffff169052565b5060e081015161455560e084018263ffffffff169052565b5061010081015161456f61010084018263ffffffff169052565b5061012081015161458961012084018263ffffffff169052565b506101408101516145a361014084018263ffffffff169052565b5061016090810151910152565b8051825263ffffffff602082015116602083015263ffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff608082015116608083015260a081015160a08301525050565b5f610280820190506146158284516144a4565b602083015161018083015260408301516146336101a08401826145b0565b50606083015161026083015292915050565b5f60208284031215614655575f5ffd5b61093482613ea6565b60ff8281168282160390811115611b1157611b116143dd565b634e487b7160e01b5f52601260045260245ffd5b5f8261469957614699614677565b500490565b5f818303610280811280156146b1575f5ffd5b506146ba613e0e565b6146c4858561401d565b8152610180840135602082015260c061019f19830112156146e3575f5ffd5b6146eb613e30565b6101a0850135815291506147026101c08501613ea6565b60208301526147146101e08501613ea6565b60408301526147266102008501613ea6565b60608301526147386102208501613ea6565b608083015261024084013560a0830152604081019190915261026090920135606083015250919050565b5f82601f830112614771575f5ffd5b60405161026081016001600160401b038111828210171561479457614794613d8d565b604052806102608401858111156147a9575f5ffd5b845b818110156147c35780358352602092830192016147ab565b509195945050505050565b5f82601f8301126147dd575f5ffd5b81356147eb6141b082614171565b8082825260208201915060208360051b86010192508583111561480c575f5ffd5b602085015b838110156141f35780356001600160401b0381111561482e575f5ffd5b86016080818903601f19011215614843575f5ffd5b61484b613e0e565b61485760208301613ba4565b815261486560408301613ea6565b602082015260608201356001600160401b03811115614882575f5ffd5b6148918a602083860101614106565b60408301525060808201356001600160401b038111156148af575f5ffd5b6148be8a602083860101614193565b60608301525084525060209283019201614811565b5f82601f8301126148e2575f5ffd5b81356148f06141b082614171565b8082825260208201915060208360051b860101925085831115614911575f5ffd5b602085015b838110156141f35780356001600160401b03811115614933575f5ffd5b614942886020838a0101614106565b84525060209283019201614916565b5f82601f830112614960575f5ffd5b813561496e6141b082614171565b8082825260208201915060208360051b86010192508583111561498f575f5ffd5b602085015b838110156141f35780356001600160401b038111156149b1575f5ffd5b860160a0818903601f190112156149c6575f5ffd5b6149ce613da1565b6149da60208301613ba4565b81526149e860408301613ea6565b60208201526149f960608301613ba4565b604082015260808201356001600160401b03811115614a16575f5ffd5b614a258a602083860101614106565b60608301525060a08201356001600160401b03811115614a43575f5ffd5b614a528a602083860101614193565b60808301525084525060209283019201614994565b5f82601f830112614a76575f5ffd5b8135614a846141b082614171565b8082825260208201915060208360051b860101925085831115614aa5575f5ffd5b602085015b838110156141f35780356001600160401b03811115614ac7575f5ffd5b614ad6886020838a01016141fd565b84525060209283019201614aaa565b5f60208284031215614af5575f5ffd5b81356001600160401b03811115614b0a575f5ffd5b82016103c08185031215614b1c575f5ffd5b614b24613dc9565b614b2d82613e82565b8152614b3b60208301613ea6565b6020820152614b4c60408301613ea6565b6040820152614b5e8560608401614762565b60608201526102c08201356001600160401b03811115614b7c575f5ffd5b614b8886828501614193565b6080830152506102e082013560a08201526103008201356001600160401b03811115614bb2575f5ffd5b614bbe868285016147ce565b60c0830152506103208201356001600160401b03811115614bdd575f5ffd5b614be9868285016148d3565b60e0830152506103408201356001600160401b03811115614c08575f5ffd5b614c1486828501614951565b610100830152506103608201356001600160401b03811115614c34575f5ffd5b614c4086828501614a67565b610120830152506103808201356001600160401b03811115614c60575f5ffd5b614c6c86828501614a67565b610140830152506103a08201356001600160401b03811115614c8c575f5ffd5b614c9886828501614a67565b61016083015250949350505050565b805f5b60138110156115bd578151845260209384019390910190600101614caa565b5f8151808452602084019350602083015f5b82811015614cf9578151865260209586019590910190600101614cdb565b5093949350505050565b5f82825180855260208501945060208160051b830101602085015f5b83811015614d9557601f19858403018852815160ff815116845263ffffffff6020820151166020850152604081015160806040860152614d626080860182613b26565b9050606082015191508481036060860152614d7d8183614cc9565b60209a8b019a90955093909301925050600101614d1f565b50909695505050505050565b5f82825180855260208501945060208160051b830101602085015f5b83811015614d9557601f19858403018852614dd9838351613b26565b6020988901989093509190910190600101614dbd565b5f82825180855260208501945060208160051b830101602085015f5b83811015614d9557601f19858403018852815160ff815116845263ffffffff602082015116602085015260ff6040820151166040850152606081015160a06060860152614e5b60a0860182613b26565b9050608082015191508481036080860152614e768183614cc9565b60209a8b019a90955093909301925050600101614e0b565b5f82825180855260208501945060208160051b830101602085015f5b83811015614d9557601f1985840301885281516001600160401b038151168452602081015160606020860152614ee36060860182613b26565b9050604082015191508481036040860152614efe8183614cc9565b60209a8b019a90955093909301925050600101614eaa565b614f2081866144a4565b83610180820152614f356101a08201846145b0565b610280610260820152614f55610280820183516001600160401b03169052565b5f6020830151614f6e6102a084018263ffffffff169052565b50604083015163ffffffff166102c08301526060830151614f936102e0840182614ca7565b5060808301516103c0610540840152614fb0610640840182614cc9565b905060a084015161056084015260c084015161027f1984830301610580850152614fda8282614d03565b91505060e084015161027f19848303016105a0850152614ffa8282614da1565b91505061010084015161027f19848303016105c085015261501b8282614def565b91505061012084015161027f19848303016105e085015261503c8282614e8e565b91505061014084015161027f198483030161060085015261505d8282614e8e565b91505061016084015161027f19848303016106208501526136908282614e8e565b5f5f6040838503121561508f575f5ffd5b505080516020909101519092909150565b5f602082840312156150b0575f5ffd5b81356001600160401b038111156150c5575f5ffd5b8201606081850312156150d6575f5ffd5b6150de613dec565b8135815260208201356001600160401b038111156150fa575f5ffd5b61510686828501614193565b602083015250604091820135918101919091529392505050565b60c09690961b6001600160c01b031916865260e094851b6001600160e01b031990811660088801529390941b909216600c85015260108401526030830152605082015260700190565b5f60208284031215615179575f5ffd5b81356001600160401b0381111561518e575f5ffd5b82016102c081850312156151a0575f5ffd5b6151a8613e0e565b6151b182613e82565b81526151c08560208401614762565b60208201526102808201356001600160401b038111156151de575f5ffd5b6151ea86828501614193565b6040830152506102a0919091013560608201529392505050565b610220810161521382896144a4565b6101808201969096526101a081019490945263ffffffff9283166101c085015291166101e08301526001600160401b031661020090910152919050565b5f60208284031215615260575f5ffd5b815161093481613d18565b5f63ffffffff83168061528057615280614677565b8063ffffffff84160691505092915050565b5f63ffffffff8316806152a7576152a7614677565b8063ffffffff84160491505092915050565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b1660158201526152fb601982018c614418565b615308601d82018b614418565b615315602182018a614418565b6153226025820189614418565b61532f6029820188614418565b61533c602d820187614418565b6153496031820186614418565b6153566035820185614418565b6153636039820184614418565b603d810191909152605d019b9a5050505050505050505050565b5f8261538b5761538b614677565b500690565b5f600182016153a1576153a16143dd565b506001019056",
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

// PackCapacityError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6498f685.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function capacityError((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint8 splitDepth, uint8 maxDepth) pure returns(string)
func (transformerVM *TransformerVM) PackCapacityError(cfg IOneStepTypesModelConfig, splitDepth uint8, maxDepth uint8) []byte {
	enc, err := transformerVM.abi.Pack("capacityError", cfg, splitDepth, maxDepth)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCapacityError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6498f685.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function capacityError((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint8 splitDepth, uint8 maxDepth) pure returns(string)
func (transformerVM *TransformerVM) TryPackCapacityError(cfg IOneStepTypesModelConfig, splitDepth uint8, maxDepth uint8) ([]byte, error) {
	return transformerVM.abi.Pack("capacityError", cfg, splitDepth, maxDepth)
}

// UnpackCapacityError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6498f685.
//
// Solidity: function capacityError((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint8 splitDepth, uint8 maxDepth) pure returns(string)
func (transformerVM *TransformerVM) UnpackCapacityError(data []byte) (string, error) {
	out, err := transformerVM.abi.Unpack("capacityError", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
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

// PackMaxProgramLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26465044.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxProgramLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg) pure returns(uint256)
func (transformerVM *TransformerVM) PackMaxProgramLength(cfg IOneStepTypesModelConfig) []byte {
	enc, err := transformerVM.abi.Pack("maxProgramLength", cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxProgramLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26465044.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxProgramLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg) pure returns(uint256)
func (transformerVM *TransformerVM) TryPackMaxProgramLength(cfg IOneStepTypesModelConfig) ([]byte, error) {
	return transformerVM.abi.Pack("maxProgramLength", cfg)
}

// UnpackMaxProgramLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26465044.
//
// Solidity: function maxProgramLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg) pure returns(uint256)
func (transformerVM *TransformerVM) UnpackMaxProgramLength(data []byte) (*big.Int, error) {
	out, err := transformerVM.abi.Unpack("maxProgramLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProgramLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebf104aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 p, bool head, bool prompted, bool sampled) pure returns(uint256)
func (transformerVM *TransformerVM) PackProgramLength(cfg IOneStepTypesModelConfig, p *big.Int, head bool, prompted bool, sampled bool) []byte {
	enc, err := transformerVM.abi.Pack("programLength", cfg, p, head, prompted, sampled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgramLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebf104aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 p, bool head, bool prompted, bool sampled) pure returns(uint256)
func (transformerVM *TransformerVM) TryPackProgramLength(cfg IOneStepTypesModelConfig, p *big.Int, head bool, prompted bool, sampled bool) ([]byte, error) {
	return transformerVM.abi.Pack("programLength", cfg, p, head, prompted, sampled)
}

// UnpackProgramLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebf104aa.
//
// Solidity: function programLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 p, bool head, bool prompted, bool sampled) pure returns(uint256)
func (transformerVM *TransformerVM) UnpackProgramLength(data []byte) (*big.Int, error) {
	out, err := transformerVM.abi.Unpack("programLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackRefusedRow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bcd08f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refusedRow((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 leafIndex, bytes data) pure returns(bool)
func (transformerVM *TransformerVM) PackRefusedRow(cfg IOneStepTypesModelConfig, leafIndex *big.Int, data []byte) []byte {
	enc, err := transformerVM.abi.Pack("refusedRow", cfg, leafIndex, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefusedRow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bcd08f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refusedRow((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 leafIndex, bytes data) pure returns(bool)
func (transformerVM *TransformerVM) TryPackRefusedRow(cfg IOneStepTypesModelConfig, leafIndex *big.Int, data []byte) ([]byte, error) {
	return transformerVM.abi.Pack("refusedRow", cfg, leafIndex, data)
}

// UnpackRefusedRow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6bcd08f3.
//
// Solidity: function refusedRow((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 leafIndex, bytes data) pure returns(bool)
func (transformerVM *TransformerVM) UnpackRefusedRow(data []byte) (bool, error) {
	out, err := transformerVM.abi.Unpack("refusedRow", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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
