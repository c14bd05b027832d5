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
	PromptRoot [32]byte
	PromptLen  uint32
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
	RegRoots   [18][32]byte
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
	Bin: "0x6080604052348015600e575f5ffd5b506146d38061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106103bf575f3560e01c8063822512ac116101f5578063b6b0289011610114578063e2d3139d116100a9578063f0b7cf7111610079578063f0b7cf7114610914578063f31d3b2b14610927578063f74e05bc1461093a578063fa36e2471461094d575f5ffd5b8063e2d3139d146108c8578063e830d2a0146108db578063ec20320b146108ee578063ec282a8214610901575f5ffd5b8063c7ee85c6116100e4578063c7ee85c61461086f578063cc0652241461088f578063cd0df86d146108a2578063d33636ae146108b5575f5ffd5b8063b6b0289014610823578063bcfccb3514610836578063c1f4f95514610849578063c43cea751461085c575f5ffd5b8063a37fbbf01161018a578063ab4174021161015a578063ab417402146107ca578063ac764322146107dd578063ac944d44146107f0578063b1689b5414610803575f5ffd5b8063a37fbbf014610770578063a806e3d114610783578063a9a6888614610796578063ab317de3146107a9575f5ffd5b806396665242116101c557806396665242146107145780639a9d3bdc146107275780639ee34e781461073a5780639f49493b1461074d575f5ffd5b8063822512ac146106c85780638428ff84146106db5780638545fa1a146106ee57806389f5048514610701575f5ffd5b80634f10ef6d116102e157806366088c7f116102765780636b0be757116102465780636b0be757146106545780636cca73f2146106755780637468ba6514610688578063787b4d5c146106b5575f5ffd5b806366088c7f14610608578063669e64861461061b57806367fe9add1461062e57806367ffab8b14610641575f5ffd5b806356464884116102b157806356464884146105bc5780635e96e19d146105cf578063638a59ff146105e25780636562fc40146105f5575f5ffd5b80634f10ef6d1461056257806350cc7a0c1461057557806353a704101461058857806355691156146105a9575f5ffd5b80632b9fdbdf1161035757806345066bc51161032757806345066bc514610516578063455848fa146105295780634819cabb1461053c5780634e8ee2741461054f575f5ffd5b80632b9fdbdf146104ca5780633695a940146104dd5780633d8da415146104f0578063437c2f2514610503575f5ffd5b80631a5bed62116103925780631a5bed62146104635780631b2832db1461048457806320b7f8951461049757806325c7add0146104b7575f5ffd5b806309f84787146103c35780630b7dd8d7146103f05780630f6e55e71461041657806311817d6914610436575b5f5ffd5b6103d66103d13660046138d6565b610960565b604080519283526020830191909152015b60405180910390f35b6104036103fe366004613972565b61098b565b60405160039190910b81526020016103e7565b610429610424366004613989565b61099b565b6040516103e79190613a8a565b610449610444366004613acf565b610a46565b6040805160039390930b83526020830191909152016103e7565b610476610471366004613b1d565b610a6d565b6040519081526020016103e7565b610476610492366004613bb9565b610a81565b6104aa6104a5366004613c31565b610a8b565b6040516103e79190613cd5565b6104aa6104c5366004613ce7565b610b63565b6104766104d8366004613bb9565b610c0e565b6104766104eb366004613d25565b610c18565b6104036104fe366004613d25565b610c33565b610429610511366004613c31565b610c3e565b6104aa610524366004613d45565b610d23565b610476610537366004613de1565b610e23565b61042961054a366004613ce7565b610e2f565b61047661055d366004613e29565b610ecd565b610403610570366004613d25565b610ed8565b610476610583366004613e73565b610ee3565b61059b610596366004613bb9565b610ef9565b6040516103e7929190613ea9565b6104766105b7366004613f02565b610f0e565b6104766105ca366004613972565b610f2c565b6104036105dd366004613acf565b610f36565b6104766105f0366004613fae565b610f42565b610429610603366004613ce7565b610f4d565b610476610616366004613fef565b610feb565b6104aa610629366004613c31565b610ff6565b61047661063c366004613972565b6110c5565b6104aa61064f366004613c31565b6110cf565b610667610662366004614052565b61119e565b6040516103e79291906140af565b610476610683366004613d25565b6111b0565b61069b6106963660046140ea565b6111bb565b60408051600393840b81529190920b6020820152016103e7565b6104766106c3366004613d25565b6111d6565b6104296106d6366004613c31565b6111e1565b6104aa6106e9366004613ce7565b6112b8565b6104036106fc366004614129565b61134e565b61047661070f366004614151565b611359565b610403610722366004613b1d565b61136e565b610429610735366004613c31565b61137a565b610476610748366004613972565b611451565b61076061075b366004614172565b61145b565b60405190151581526020016103e7565b61076061077e3660046141c7565b611468565b610476610791366004613d25565b611480565b6104296107a4366004613d45565b61148b565b6107bc6107b7366004613ce7565b611588565b6040516103e7929190614222565b6104766107d8366004614271565b611776565b6104766107eb366004614292565b611780565b6104766107fe3660046142c3565b61178e565b610816610811366004613ce7565b61179c565b6040516103e79190614321565b610476610831366004613d25565b611832565b610476610844366004614358565b61183d565b61042961085736600461438a565b611849565b61042961086a366004613ce7565b6119bd565b61088261087d366004614292565b611a5b565b6040516103e79190614454565b61040361089d366004613972565b611a6c565b6104296108b0366004613c31565b611a76565b6104aa6108c3366004613c31565b611b4d565b6104aa6108d6366004613ce7565b611c1c565b6104766108e93660046138d6565b611cb2565b6104aa6108fc366004613d45565b611cc0565b61040361090f366004613972565b611dc3565b610403610922366004613d25565b611dcd565b61047661093536600461447f565b611dd8565b610403610948366004613972565b611de7565b61047661095b3660046144c5565b611df1565b5f5f5a90506109728787878787611dfc565b91505a61097f908261456e565b90509550959350505050565b5f6109958261210d565b92915050565b606083516001600160401b038111156109b6576109b661379b565b6040519080825280602002602001820160405280156109df578160200160208202803683370190505b5090505f5b8451811015610a3e57610a11858281518110610a0257610a02614581565b60200260200101518585612124565b828281518110610a2357610a23614581565b60039290920b602092830291909101909101526001016109e4565b509392505050565b5f5f5a9050610a56858585612124565b91505a610a63908261456e565b9050935093915050565b5f610a7984848461213b565b949350505050565b5f610995826121c0565b6060838214610aad576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610ac557610ac561379b565b604051908082528060200260200182016040528015610aee578160200160208202803683370190505b5090505f5b84811015610b5a57610b35868683818110610b1057610b10614581565b90506020020135858584818110610b2957610b29614581565b90506020020135612223565b828281518110610b4757610b47614581565b6020908102919091010152600101610af3565b50949350505050565b6060816001600160401b03811115610b7d57610b7d61379b565b604051908082528060200260200182016040528015610ba6578160200160208202803683370190505b5090505f5b82811015610c0757610be2848483818110610bc857610bc8614581565b9050602002016020810190610bdd9190614271565b61224e565b828281518110610bf457610bf4614581565b6020908102919091010152600101610bab565b5092915050565b5f6109958261228a565b5f8281526020829052604081208284171515025b9392505050565b5f610c2c83836122bd565b6060838214610c60576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610c7857610c7861379b565b604051908082528060200260200182016040528015610ca1578160200160208202803683370190505b5090505f5b84811015610b5a57610cf6868683818110610cc357610cc3614581565b9050602002016020810190610cd89190614595565b858584818110610cea57610cea614581565b9050602002013561234c565b828281518110610d0857610d08614581565b60039290920b60209283029190910190910152600101610ca6565b60608584141580610d345750838214155b15610d52576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610d6a57610d6a61379b565b604051908082528060200260200182016040528015610d93578160200160208202803683370190505b5090505f5b84811015610e1857610df3888883818110610db557610db5614581565b90506020020135878784818110610dce57610dce614581565b90506020020135868685818110610de757610de7614581565b9050602002013561213b565b828281518110610e0557610e05614581565b6020908102919091010152600101610d98565b509695505050505050565b5f610a798484846123c7565b6060816001600160401b03811115610e4957610e4961379b565b604051908082528060200260200182016040528015610e72578160200160208202803683370190505b5090505f5b82811015610c0757610ea0848483818110610e9457610e94614581565b90506020020135612458565b828281518110610eb257610eb2614581565b60039290920b60209283029190910190910152600101610e77565b5f610c2c8383612487565b5f610c2c8383612542565b5f610ef085858585612562565b95945050505050565b606080610f05836125ef565b91509150915091565b5f610f1e88888888888888612793565b90505b979650505050505050565b5f6109958261297d565b5f610a79848484612124565b5f610c2c8383612a26565b6060816001600160401b03811115610f6757610f6761379b565b604051908082528060200260200182016040528015610f90578160200160208202803683370190505b5090505f5b82811015610c0757610fbe848483818110610fb257610fb2614581565b90506020020135612aba565b828281518110610fd057610fd0614581565b60039290920b60209283029190910190910152600101610f95565b5f610c2c8383612ac9565b6060838214611018576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b038111156110305761103061379b565b604051908082528060200260200182016040528015611059578160200160208202803683370190505b5090505f5b84811015610b5a576110a086868381811061107b5761107b614581565b9050602002013585858481811061109457611094614581565b90506020020135612b42565b8282815181106110b2576110b2614581565b602090810291909101015260010161105e565b5f61099582612b93565b60608382146110f1576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b038111156111095761110961379b565b604051908082528060200260200182016040528015611132578160200160208202803683370190505b5090505f5b84811015610b5a5761117986868381811061115457611154614581565b9050602002013585858481811061116d5761116d614581565b90506020020135612ba6565b82828151811061118b5761118b614581565b6020908102919091010152600101611137565b6111a661377c565b5f610f0583612bf4565b5f610c2c8383612223565b5f5f6111c986868686612c89565b9150915094509492505050565b5f610c2c8383612b42565b6060838214611203576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b0381111561121b5761121b61379b565b604051908082528060200260200182016040528015611244578160200160208202803683370190505b5090505f5b84811015610b5a5761128b86868381811061126657611266614581565b9050602002013585858481811061127f5761127f614581565b90506020020135612d1a565b82828151811061129d5761129d614581565b60039290920b60209283029190910190910152600101611249565b6060816001600160401b038111156112d2576112d261379b565b6040519080825280602002602001820160405280156112fb578160200160208202803683370190505b5090505f5b82811015610c075761132984848381811061131d5761131d614581565b90506020020135612b93565b82828151811061133b5761133b614581565b6020908102919091010152600101611300565b5f610c2c838361234c565b5f82815260c082901b60205260288120610c2c565b5f610a79848484612d7a565b606083821461139c576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b038111156113b4576113b461379b565b6040519080825280602002602001820160405280156113dd578160200160208202803683370190505b5090505f5b84811015610b5a576114248686838181106113ff576113ff614581565b9050602002013585858481811061141857611418614581565b905060200201356122bd565b82828151811061143657611436614581565b60039290920b602092830291909101909101526001016113e2565b5f61099582612da3565b5f610ef085858585612db6565b5f6114768686868686612dcd565b9695505050505050565b5f610c2c8383612de6565b6060858414158061149c5750838214155b156114ba576040516305f8ded760e21b815260040160405180910390fd5b856001600160401b038111156114d2576114d261379b565b6040519080825280602002602001820160405280156114fb578160200160208202803683370190505b5090505f5b86811015610e185761155b88888381811061151d5761151d614581565b9050602002013587878481811061153657611536614581565b9050602002013586868581811061154f5761154f614581565b90506020020135612d7a565b82828151811061156d5761156d614581565b60039290920b60209283029190910190910152600101611500565b6060806115966020846145c2565b156115b4576040516305f8ded760e21b815260040160405180910390fd5b5f6115c06020856145d5565b9050836001600160401b038111156115da576115da61379b565b604051908082528060200260200182016040528015611603578160200160208202803683370190505b509250806001600160401b0381111561161e5761161e61379b565b604051908082528060200260200182016040528015611647578160200160208202803683370190505b5091505f5b8181101561176d5761165c61377c565b5f5b60208110156116ca578787826116758660206145e8565b61167f91906145ff565b81811061168e5761168e614581565b90506020020160208101906116a39190614612565b8282602081106116b5576116b5614581565b60039290920b6020909202015260010161165e565b505f5f6116d683612bf4565b915091505f5b602081101561173f578281602081106116f7576116f7614581565b6020020151888287602061170b91906145e8565b61171591906145ff565b8151811061172557611725614581565b5f9290920b602092830291909101909101526001016116dc565b508086858151811061175357611753614581565b60200260200101818152505050505080600101905061164c565b50509250929050565b5f6109958261224e565b805160208201205f90610995565b5f6114768686868686612e27565b6060816001600160401b038111156117b6576117b661379b565b6040519080825280602002602001820160405280156117df578160200160208202803683370190505b5090505f5b82811015610c075761180d84848381811061180157611801614581565b9050602002013561297d565b82828151811061181f5761181f614581565b60209081029190910101526001016117e4565b5f610c2c8383612ba6565b5f610a79848484612ef1565b6060878614158061185a5750858414155b806118655750838214155b15611883576040516305f8ded760e21b815260040160405180910390fd5b61188e8860026145e8565b6001600160401b038111156118a5576118a561379b565b6040519080825280602002602001820160405280156118ce578160200160208202803683370190505b5090505f5b888110156119b0576119478a8a838181106118f0576118f0614581565b9050602002013589898481811061190957611909614581565b9050602002013588888581811061192257611922614581565b9050602002013587878681811061193b5761193b614581565b90506020020135612c89565b836119538460026145e8565b8151811061196357611963614581565b602002602001018484600261197891906145e8565b6119839060016145ff565b8151811061199357611993614581565b600393840b602091820292909201015291900b90526001016118d3565b5098975050505050505050565b6060816001600160401b038111156119d7576119d761379b565b604051908082528060200260200182016040528015611a00578160200160208202803683370190505b5090505f5b82811015610c0757611a2e848483818110611a2257611a22614581565b90506020020135612f55565b828281518110611a4057611a40614581565b60039290920b60209283029190910190910152600101611a05565b611a6361377c565b61099582612f68565b5f61099582612aba565b6060838214611a98576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611ab057611ab061379b565b604051908082528060200260200182016040528015611ad9578160200160208202803683370190505b5090505f5b84811015610b5a57611b20868683818110611afb57611afb614581565b90506020020135858584818110611b1457611b14614581565b90506020020135612542565b828281518110611b3257611b32614581565b60039290920b60209283029190910190910152600101611ade565b6060838214611b6f576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611b8757611b8761379b565b604051908082528060200260200182016040528015611bb0578160200160208202803683370190505b5090505f5b84811015610b5a57611bf7868683818110611bd257611bd2614581565b90506020020135858584818110611beb57611beb614581565b90506020020135612de6565b828281518110611c0957611c09614581565b6020908102919091010152600101611bb5565b6060816001600160401b03811115611c3657611c3661379b565b604051908082528060200260200182016040528015611c5f578160200160208202803683370190505b5090505f5b82811015610c0757611c8d848483818110611c8157611c81614581565b90506020020135612da3565b828281518110611c9f57611c9f614581565b6020908102919091010152600101611c64565b5f6114768686868686611dfc565b60608584141580611cd15750838214155b15611cef576040516305f8ded760e21b815260040160405180910390fd5b856001600160401b03811115611d0757611d0761379b565b604051908082528060200260200182016040528015611d30578160200160208202803683370190505b5090505f5b86811015610e1857611d9e888883818110611d5257611d52614581565b90506020020135878784818110611d6b57611d6b614581565b90506020020135868685818110611d8457611d84614581565b9050602002016020810190611d99919061462b565b612ef1565b828281518110611db057611db0614581565b6020908102919091010152600101611d35565b5f61099582612458565b5f610c2c8383612d1a565b5f610f21878787878787613046565b5f61099582612f55565b5f610c2c8383613113565b82515f90611e0b6022826145e8565b8751141580611e255750611e206020826145e8565b865114155b15611e5c5786518651604051638ee979f560e01b815260048101929092526024820152604481018290526064015b60405180910390fd5b82841180611e6957508083115b15611e9857604051633fe8c99960e01b8152600481018590526024810184905260448101829052606401611e53565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b808210156120e25783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f83141715611f055760208d01850360051c60010197505050506120e2565b80156120c85781151580600a1b6103ff8516178184031b905083600f1c15611f2a575f035b865160028901518391620800007f80808080808080808080808080808080808080808080808080808080808080809283187cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff81811677ffffffffffffffff0000000000000000ffffffffffffffff7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff96909518602081811c9788167fffffffff00000000ffffffff00000000ffffffff00000000ffffffff000000009290911b91821617604090811c9690961677ffffffff000000000000000000000000ffffffff000000009190911673ffffffff000000000000000000000000ffffffff979097169690961790941b94909417608081811c91901b17848116848101600884811c88169084901c881681810192909201601086811c8a169086901c8a1681810192909201601897881c8b169690971c99909916858101969096017c01000000010000000100000001000000010000000100000001000000010260d91c647fffffff80169790930291020195029490940193029290920160e01c03018202028b019a50505b505050602284019350602083019250602082019150611ebe565b50505050805f146121025761210288876120fd60018561456e565b61320b565b505095945050505050565b5f61099561211f83637f000000612ba6565b612458565b5f610a796121368585855f8751611dfc565b61210d565b5f5f841215612160576040516338e756a760e21b815260048101859052602401611e53565b5f821215612184576040516338e756a760e21b815260048101839052602401611e53565b825f036121a45760405163011ee73b60e21b815260040160405180910390fd5b82840482015f6121b38261297d565b8015019695505050505050565b80515f908082036121e45760405163a447fc5360e01b815260040160405180910390fd5b60208301805160030b60015b8381101561221a578060051b83015160030b82811315612211578092508195505b506001016121f0565b50505050919050565b5f61222d83613290565b61223682613290565b610c2c61224661211f8486614644565b60030b6132ca565b5f601f600a83901c8116900361227d57604051632548acfb60e11b815261ffff83166004820152602401611e53565b6109958261ffff1661345a565b5f60208201825160051b81015b808210156122b657815160030b80029290920191602090910190612297565b5050919050565b5f815f036122de5760405163011ee73b60e21b815260040160405180910390fd5b5f6122f56122f0846001603c1b6145d5565b61297d565b90505f61230661211f866010612b42565b60030b90505f82820290811263200000000301601e1d637fffffff198112156123315750637fffffff195b637fffffff811315610ef05750637fffffff95945050505050565b5f64ffffffffff19821315806123685750650100000000008212155b1561238957604051630b8b326560e31b815260048101839052602401611e53565b5f83810b83029081126080030160081d637fffffff198112156123ae5750637fffffff195b637fffffff811315610c2c5750637fffffff9392505050565b80515f90610100811080156123dd575083811c15155b15612405576040516394666f0d60e01b81526004810185905260248101829052604401611e53565b849150602083018160051b81015b8082101561244e576001861660051b825180861715158683528160208418528060405f200296505050508560011c9550602082019150612413565b5050509392505050565b5f637fffffff1982121561246f57637fffffff1991505b637fffffff82131561248357637fffffff91505b5090565b81515f908082036124ab5760405163a447fc5360e01b815260040160405180910390fd5b5f6124b6858361348a565b905063ffffffff841615806124d45750620f42408463ffffffff1610155b156124e157509050610995565b63ffffffff841681025f805b848110156125365787818151811061250757612507614581565b6020026020010151820191508282620f4240021061252e5760010194506109959350505050565b6001016124ed565b50929695505050505050565b5f61254c83613290565b61255582613290565b610c2c61211f8385614663565b5f8161010081108015612576575084811c15155b1561259e576040516394666f0d60e01b81526004810186905260248101829052604401611e53565b859150838160051b81015b808210156125e4576001871660051b823580861715158683528160208418528060405f200296505050508660011c96506020820191506125a9565b505050949350505050565b8051606090819080158061260c57506126096020826145c2565b15155b1561262d5760405163c67eee4b60e01b815260048101829052602401611e53565b5f6126396020836145d5565b9050816001600160401b038111156126535761265361379b565b6040519080825280601f01601f19166020018201604052801561267d576020820181803683370190505b509350806001600160401b038111156126985761269861379b565b6040519080825280602002602001820160405280156126c1578160200160208202803683370190505b5092506020850160208501602085018360051b81015b80821015612788575f5f5b610400811015612713578086015160030b5f8112156126fe575f035b8281111561270a578092505b506020016126e2565b50808352801561276f578060011c5f5b602081101561276c57607f8160051b88015160030b025f5f82125f8114612754578585845f0301045f03915061275c565b858584010491505b5080838901535050600101612723565b50505b50610400840193506020830192506020820191506126d7565b505050505050915091565b5f8563ffffffff165f036127b1576127aa886121c0565b9050610f21565b87515f8190036127d45760405163a447fc5360e01b815260040160405180910390fd5b5f5f8763ffffffff161180156127ef5750818763ffffffff16105b6127f95781612801565b8663ffffffff165b905080895114612829578851604051631ec9f4d560e31b8152600401611e5391815260200190565b6128358a8a84846134e7565b5f816001600160401b0381111561284e5761284e61379b565b604051908082528060200260200182016040528015612877578160200160208202803683370190505b5090505f8b8b5f8151811061288e5761288e614581565b6020026020010151815181106128a6576128a6614581565b602002602001015160030b90505f5b83811015612922576128fd8d8d83815181106128d3576128d3614581565b6020026020010151815181106128eb576128eb614581565b602002602001015160030b838d612ef1565b83828151811061290f5761290f614581565b60209081029190910101526001016128b5565b505f61292e838a612487565b90508083528b6129538461294e8b8b5f91825260c01b6020526028902090565b612a26565b8151811061296357612963614581565b602002602001015195505050505050979650505050505050565b60016fffffffffffffffffffffffffffffffff821160071b82811c6001600160401b031060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b81515f9081612a35858361348a565b9050805f03612a57576040516304c2026f60e11b815260040160405180910390fd5b5f818581612a6757612a676145ae565b0690505f5f5b84811015612aaf57878181518110612a8757612a87614581565b60200260200101518201915082821115612aa75794506109959350505050565b600101612a6d565b505050505092915050565b5f61099561211f83601e612b42565b5f8151835114612b035782518251604051638ee979f560e01b81526004810183905260248101919091526044810191909152606401611e53565b60208301806020840103845160051b82015b80831015612b39578183015160030b835160030b0284019350602083019250612b15565b50505092915050565b5f811580612b50575060ff82115b15612b7157604051630263749760e41b815260048101839052602401611e53565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f612b9d82613290565b61099582613686565b5f5f8213612bca57604051637040adc360e01b815260048101839052602401611e53565b5f8312838115612bda57845f0390505b838460011c8201049250508015610c0757505f0392915050565b612bfc61377c565b5f5f5b610400811015612c30578084015160030b5f811215612c1b575f035b82811115612c27578092505b50602001612bff565b508015612c84578060011c5f5b610400811015612c81578481015160030b607f025f8082128015612c6b578585845f0301045f039150612c73565b858584010491505b508583015250602001612c3d565b50505b915091565b5f5f612c9486613290565b612c9d85613290565b612ca684613290565b612caf83613290565b612cef565b5f81126320000000038101601e1d637fffffff19811215612cd75750637fffffff195b637fffffff811315612cea5750637fffffff5b919050565b612cfe83860285880203612cb4565b9150612d0f84860284880201612cb4565b905094509492505050565b5f612d2483613290565b612d2d82613290565b5f612d37846136e1565b60030b90505f838202908112618000030160101d637fffffff19811215612d605750637fffffff195b637fffffff811315610a795750637fffffff949350505050565b5f612d8484613290565b612d8d83613290565b610a7961211f612d9d858761468a565b84612ba6565b5f612dad82613290565b610995826132ca565b5f84612dc38585856123c7565b1495945050505050565b5f85612ddb86868686612562565b149695505050505050565b5f5f831280612df85750634000000083135b15612e19576040516320f9868b60e21b815260048101849052602401611e53565b610c2c601e84901b83612ba6565b80515f9061010081108015612e3d575083811c15155b15612e65576040516394666f0d60e01b81526004810185905260248101829052604401611e53565b5f869050859250602084018260051b81015b80821015612ec5576001871660051b602081188351808617151581891715158785528284528160405f200297508985528060405f2002995050505050508660011c9650602082019150612e77565b505087811461210257604051633c6db5f960e01b81526004810189905260248101829052604401611e53565b5f612efb84613290565b612f0483613290565b8163ffffffff165f03612f2a5760405163011ee73b60e21b815260040160405180910390fd5b610a7961224661211f612f3d8688614644565b612f49906103e861468a565b8563ffffffff16612ba6565b5f612f5f82613290565b610995826136e1565b612f7061377c565b6022825114612f9757815160405163d49782d960e01b8152600401611e5391815260200190565b602082015160228301515f82901a60019290921a60081b9190911790601f600a83901c81169003612fe157604051632548acfb60e11b815261ffff83166004820152602401611e53565b5f612fef8361ffff1661345a565b90505f5b602081101561221a575f83821a810b83029081126080030160081d637fffffff198112156130235750637fffffff195b637fffffff8113156130365750637fffffff5b600582901b860152600101612ff3565b5f816101008110801561305a575084811c15155b15613082576040516394666f0d60e01b81526004810186905260248101829052604401611e53565b8591508684600583901b81015b808210156130db576001881660051b8235808517151581881715158684528260208518528160405f200296508884528060405f20029850505050508760011c975060208201915061308f565b505088811461310757604051633c6db5f960e01b8152600481018a905260248101829052604401611e53565b50509695505050505050565b5f602283511461313b57825160405163d49782d960e01b8152600401611e5391815260200190565b604080516022808252606082019092525f9160208201818036833750506040805160208082528183019092529293505f929150808201818036833750506040805160018082528183019092529293505f929150602080830190803683370190505090506001815f815181106131b2576131b2614581565b60200260200101818152505060228601516022840152600160208401535f5f5b60208110156131f75760ff8160051b880151168260081b1791506001810190506131d2565b5060208301526114768383835f6001611dfc565b602281028301602001515f81901a60019190911a60081b17601f600a82901c8116900361325157604051632548acfb60e11b815261ffff82166004820152602401611e53565b8183838151811061326457613264614581565b60200260200101516040516358e5175760e11b8152600401611e53929190918252602082015260400190565b637fffffff198112806132a65750637fffffff81135b156132c75760405163e92ac66b60e01b815260048101829052602401611e53565b50565b5f5f8212801561344c57618000635c551d95845f03020160101c80601e1c601f81101561344557633fffffff82166008606c196133138284025f811263200000000301601e1d90565b01905061058b61332f8383025f811263200000000301601e1d90565b019050613ff81961334c8383025f811263200000000301601e1d90565b019050620286126133698383025f811263200000000301601e1d90565b0190506215d87f196133878383025f811263200000000301601e1d90565b019050629d955b6133a48383025f811263200000000301601e1d90565b01905063038d611a196133c38383025f811263200000000301601e1d90565b019050630f5fdf006133e18383025f811263200000000301601e1d90565b019050632c5c85fd196134008383025f811263200000000301601e1d90565b019050634000000061341e8383025f811263200000000301601e1d90565b01905082801561343d575f821260018086031b038201841d9650613441565b8196505b5050505b5050613454565b634000000091505b50919050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c1615612cea575f03919050565b5f5f5b82811015610c07575f8482815181106134a8576134a8614581565b6020026020010151905063400000008111156134da5760405163228f0e7d60e21b815260048101829052602401611e53565b919091019060010161348d565b5f60086134f58460ff6145ff565b901c6001600160401b0381111561350e5761350e61379b565b604051908082528060200260200182016040528015613537578160200160208202803683370190505b5090505f5f5b8381101561360f575f86828151811061355857613558614581565b6020026020010151905085811061358557604051631ec9f4d560e31b815260048101839052602401611e53565b6020600160fd1b03600382901c1684016020018051600160ff84161b80821790925216158015906135cc57604051631ec9f4d560e31b815260048101849052602401611e53565b5f831180156135e357506135e1898584613718565b155b1561360457604051631ec9f4d560e31b815260048101849052602401611e53565b50915060010161353d565b508383101561367e575f5b8481101561367c576020600160fd1b03600382901c1683016020015160ff82161c600116801580156136525750613652888385613718565b1561367357604051631ec9f4d560e31b815260048101869052602401611e53565b5060010161361a565b505b505050505050565b5f5f82126136bb575f6136a061369b846146b9565b6132ca565b6340000000016001603c1b600182901c01049150612cea9050565b5f6136c5836132ca565b63400000008101601e9190911b600182901c0104915050919050565b5f5f6136ec83613686565b90505f83820290811263200000000301601e1d637fffffff198112156123ae5750637fffffff19610c2c565b5f5f84848151811061372c5761372c614581565b602002602001015190505f85848151811061374957613749614581565b602002602001015190508060030b8260030b138061147657508060030b8260030b14801561147657505050911092915050565b6040518061040001604052806020906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156137d7576137d761379b565b604052919050565b5f82601f8301126137ee575f5ffd5b81356001600160401b038111156138075761380761379b565b61381a601f8201601f19166020016137af565b81815284602083860101111561382e575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6001600160401b038211156138625761386261379b565b5060051b60200190565b5f82601f83011261387b575f5ffd5b813561388e6138898261384a565b6137af565b8082825260208201915060208360051b8601019250858311156138af575f5ffd5b602085015b838110156138cc5780358352602092830192016138b4565b5095945050505050565b5f5f5f5f5f60a086880312156138ea575f5ffd5b85356001600160401b038111156138ff575f5ffd5b61390b888289016137df565b95505060208601356001600160401b03811115613926575f5ffd5b613932888289016137df565b94505060408601356001600160401b0381111561394d575f5ffd5b6139598882890161386c565b9598949750949560608101359550608001359392505050565b5f60208284031215613982575f5ffd5b5035919050565b5f5f5f6060848603121561399b575f5ffd5b83356001600160401b038111156139b0575f5ffd5b8401601f810186136139c0575f5ffd5b80356139ce6138898261384a565b8082825260208201915060208360051b8501019250888311156139ef575f5ffd5b602084015b83811015613a2f5780356001600160401b03811115613a11575f5ffd5b613a208b6020838901016137df565b845250602092830192016139f4565b50955050505060208401356001600160401b03811115613a4d575f5ffd5b613a59868287016137df565b92505060408401356001600160401b03811115613a74575f5ffd5b613a808682870161386c565b9150509250925092565b602080825282518282018190525f918401906040840190835b81811015613ac457835160030b835260209384019390920191600101613aa3565b509095945050505050565b5f5f5f60608486031215613ae1575f5ffd5b83356001600160401b03811115613af6575f5ffd5b613b02868287016137df565b93505060208401356001600160401b03811115613a4d575f5ffd5b5f5f5f60608486031215613b2f575f5ffd5b505081359360208301359350604090920135919050565b8035600381900b8114612cea575f5ffd5b5f82601f830112613b66575f5ffd5b8135613b746138898261384a565b8082825260208201915060208360051b860101925085831115613b95575f5ffd5b602085015b838110156138cc57613bab81613b46565b835260209283019201613b9a565b5f60208284031215613bc9575f5ffd5b81356001600160401b03811115613bde575f5ffd5b610a7984828501613b57565b5f5f83601f840112613bfa575f5ffd5b5081356001600160401b03811115613c10575f5ffd5b6020830191508360208260051b8501011115613c2a575f5ffd5b9250929050565b5f5f5f5f60408587031215613c44575f5ffd5b84356001600160401b03811115613c59575f5ffd5b613c6587828801613bea565b90955093505060208501356001600160401b03811115613c83575f5ffd5b613c8f87828801613bea565b95989497509550505050565b5f8151808452602084019350602083015f5b82811015613ccb578151865260209586019590910190600101613cad565b5093949350505050565b602081525f610c2c6020830184613c9b565b5f5f60208385031215613cf8575f5ffd5b82356001600160401b03811115613d0d575f5ffd5b613d1985828601613bea565b90969095509350505050565b5f5f60408385031215613d36575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60608789031215613d5a575f5ffd5b86356001600160401b03811115613d6f575f5ffd5b613d7b89828a01613bea565b90975095505060208701356001600160401b03811115613d99575f5ffd5b613da589828a01613bea565b90955093505060408701356001600160401b03811115613dc3575f5ffd5b613dcf89828a01613bea565b979a9699509497509295939492505050565b5f5f5f60608486031215613df3575f5ffd5b833592506020840135915060408401356001600160401b03811115613a74575f5ffd5b803563ffffffff81168114612cea575f5ffd5b5f5f60408385031215613e3a575f5ffd5b82356001600160401b03811115613e4f575f5ffd5b613e5b8582860161386c565b925050613e6a60208401613e16565b90509250929050565b5f5f5f5f60608587031215613e86575f5ffd5b843593506020850135925060408501356001600160401b03811115613c83575f5ffd5b604081525f83518060408401528060208601606085015e5f60608285010152601f19601f820116830190506060838203016020840152610ef06060820185613c9b565b80356001600160401b0381168114612cea575f5ffd5b5f5f5f5f5f5f5f60e0888a031215613f18575f5ffd5b87356001600160401b03811115613f2d575f5ffd5b613f398a828b01613b57565b97505060208801356001600160401b03811115613f54575f5ffd5b613f608a828b0161386c565b965050613f6f60408901613e16565b9450613f7d60608901613e16565b9350613f8b60808901613e16565b925060a08801359150613fa060c08901613eec565b905092959891949750929550565b5f5f60408385031215613fbf575f5ffd5b82356001600160401b03811115613fd4575f5ffd5b613fe08582860161386c565b95602094909401359450505050565b5f5f60408385031215614000575f5ffd5b82356001600160401b03811115614015575f5ffd5b61402185828601613b57565b92505060208301356001600160401b0381111561403c575f5ffd5b61404885828601613b57565b9150509250929050565b5f6104008284031215614063575f5ffd5b82601f830112614071575f5ffd5b61040061407d816137af565b90830190808583111561408e575f5ffd5b845b838110156138cc576140a181613b46565b835260209283019201614090565b610420810181845f5b60208110156140d95781515f0b8352602092830192909101906001016140b8565b505050826104008301529392505050565b5f5f5f5f608085870312156140fd575f5ffd5b5050823594602084013594506040840135936060013592509050565b80355f81900b8114612cea575f5ffd5b5f5f6040838503121561413a575f5ffd5b61414383614119565b946020939093013593505050565b5f5f60408385031215614162575f5ffd5b82359150613e6a60208401613eec565b5f5f5f5f60808587031215614185575f5ffd5b84359350602085013592506040850135915060608501356001600160401b038111156141af575f5ffd5b6141bb8782880161386c565b91505092959194509250565b5f5f5f5f5f608086880312156141db575f5ffd5b85359450602086013593506040860135925060608601356001600160401b03811115614205575f5ffd5b61421188828901613bea565b969995985093965092949392505050565b604080825283519082018190525f9060208501906060840190835b8181101561425d5783515f0b83526020938401939092019160010161423d565b505083810360208501526114768186613c9b565b5f60208284031215614281575f5ffd5b813561ffff81168114610c2c575f5ffd5b5f602082840312156142a2575f5ffd5b81356001600160401b038111156142b7575f5ffd5b610a79848285016137df565b5f5f5f5f5f60a086880312156142d7575f5ffd5b8535945060208601359350604086013592506060860135915060808601356001600160401b03811115614308575f5ffd5b6143148882890161386c565b9150509295509295909350565b602080825282518282018190525f918401906040840190835b81811015613ac457835183526020938401939092019160010161433a565b5f5f5f6060848603121561436a575f5ffd5b833592506020840135915061438160408501613e16565b90509250925092565b5f5f5f5f5f5f5f5f6080898b0312156143a1575f5ffd5b88356001600160401b038111156143b6575f5ffd5b6143c28b828c01613bea565b90995097505060208901356001600160401b038111156143e0575f5ffd5b6143ec8b828c01613bea565b90975095505060408901356001600160401b0381111561440a575f5ffd5b6144168b828c01613bea565b90955093505060608901356001600160401b03811115614434575f5ffd5b6144408b828c01613bea565b999c989b5096995094979396929594505050565b610400810181835f5b6020811015612b3957815160030b83526020928301929091019060010161445d565b5f5f5f5f5f5f60a08789031215614494575f5ffd5b8635955060208701359450604087013593506060870135925060808701356001600160401b03811115613dc3575f5ffd5b5f5f61042083850312156144d7575f5ffd5b82356001600160401b038111156144ec575f5ffd5b6144f8858286016137df565b92505083603f840112614509575f5ffd5b610400614515816137af565b905080610420850186811115614529575f5ffd5b602086015b8181101561454d5761453f81614119565b84526020938401930161452e565b5093969095509350505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156109955761099561455a565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156145a5575f5ffd5b610c2c82614119565b634e487b7160e01b5f52601260045260245ffd5b5f826145d0576145d06145ae565b500690565b5f826145e3576145e36145ae565b500490565b80820281158282048414176109955761099561455a565b808201808211156109955761099561455a565b5f60208284031215614622575f5ffd5b610c2c82613b46565b5f6020828403121561463b575f5ffd5b610c2c82613e16565b8181035f831280158383131683831282161715610c0757610c0761455a565b8082018281125f8312801582168215821617156146825761468261455a565b505092915050565b8082025f8212600160ff1b841416156146a5576146a561455a565b81810583148215176109955761099561455a565b5f600160ff1b82016146cd576146cd61455a565b505f039056",
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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"promptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"promptLen\",\"type\":\"uint32\"}],\"internalType\":\"structIOneStepTypes.JobContext\",\"name\":\"\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"l\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[18]\",\"name\":\"regRoots\",\"type\":\"bytes32[18]\"},{\"internalType\":\"bytes32[]\",\"name\":\"layerRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Chunk[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"full\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"first\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Subtree[]\",\"name\":\"subtrees\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"model\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"kv\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"prompt\",\"type\":\"tuple[]\"}],\"internalType\":\"structIOneStepTypes.StepProof\",\"name\":\"sp\",\"type\":\"tuple\"}],\"name\":\"stepAttention\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotInModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotProbability\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"programLength\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongOperand\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"}]",
	ID:  "19e64ed28e7df9f34d2ab7959626f40ee6",
	Bin: "0x6080604052348015600e575f5ffd5b506147d08061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063d40f3e231461002d575b5f5ffd5b61004061003b3660046141e8565b610059565b6040805192835260208301919091520160405180910390f35b5f5f5f610067878786610215565b90508060200151816101a00151036100b457806101a0015160018260200151610090919061427a565b6040516329ded1a760e11b81526004016100ab92919061428d565b60405180910390fd5b6100ca6100c460208601866142b5565b8261076c565b9250610101876100e060408701602088016142db565b63ffffffff166100f360208801886142b5565b6001600160401b031661090d565b6102208401526102008301526101e0820181905261011e81611115565b61015a5761012f60208601866142b5565b604051631a46e91f60e11b81526001600160401b0390911660048201525f60248201526044016100ab565b600681036101715761016c828661112a565b6101e7565b600781036101835761016c82866113e6565b600881036101955761016c82866115b6565b600981036101a75761016c8286611642565b600a81036101b95761016c82866116d9565b600b81036101cb5761016c8286611870565b600c81036101dd5761016c828661195b565b6101e78286611adf565b6102086101f760208701876142b5565b6102029060016142fe565b8361076c565b9250505094509492505050565b61021d61410c565b61022684611c02565b61023360208501856142db565b63ffffffff16815261024b60408501602086016142db565b63ffffffff16602082015261026660608501604086016142db565b63ffffffff16604082015261028160808501606086016142db565b63ffffffff16606082015261029c60a08501608086016142db565b63ffffffff1660808201526102b760c0850160a086016142db565b63ffffffff1660a08201526102d260e0850160c086016142db565b63ffffffff1660c08201526102ee610100850160e086016142db565b63ffffffff1660e082015261030b610160850161014086016142db565b63ffffffff16610100820152604081015181516103289190614331565b6101208201819052606082015161033f9190614344565b610140808301919091526103649061035d90860161012087016142db565b602061206d565b6101608201526101c0810183905261038260408301602084016142db565b63ffffffff1661018082015261039e60608301604084016142db565b63ffffffff166101a082015260c0810151610180820151106103e0578061018001518160c001516040516329ded1a760e11b81526004016100ab92919061435b565b8060200151816101a00151111561041757806101a0015181602001516040516329ded1a760e11b81526004016100ab92919061428d565b8060200151816101a00151148015610443575060c0810151610180820151610440906001614383565b10155b1561047957610180810151610459906001614383565b8160c001516040516329ded1a760e11b81526004016100ab92919061435b565b602081015161048c6102a0840184614396565b9050146104eb576104a16102a0830183614396565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a40190506100ab565b6104f9610340830183614396565b90505f0361051f575f6001604051637037f67360e11b81526004016100ab9291906143e2565b5f61052d60208601866142db565b61053d60408701602088016142db565b61054d60608801604089016142db565b61055d6080890160608a016142db565b61056d60a08a0160808b016142db565b61057d60c08b0160a08c016142db565b61058d60e08c0160c08d016142db565b61059e6101008d0160e08e016142db565b6105b06101208e016101008f016142db565b8d6101200160208101906105c491906142db565b8e6101400160208101906105d891906142db565b8f61016001356040516020016105f99c9b9a99989796959493929190614427565b60408051601f198184030181529190528051602090910120905036610622610340850185614396565b5f818110610632576106326144eb565b905060200281019061064491906144ff565b905061065360208201826142b5565b6001600160401b03161515806106875750610675610670876121b5565b612353565b6106826040830183614396565b905014155b806106a85750846106a5835f6106a06040860186614396565b612376565b14155b156106c9576040516308a691e960e31b8152600481018690526024016100ab565b5f5b6012811015610712578460600181601281106106e9576106e96144eb565b60200201358461024001518260128110610705576107056144eb565b60200201526001016106cb565b506107216102a0850185614396565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102c09091013561028082015292915050565b60408051601280825261026082019092525f9182919060208201610240803683370190505090505f5b60128110156107df5783610240015181601281106107b5576107b56144eb565b60200201518282815181106107cc576107cc6144eb565b6020908102919091010152600101610795565b505f836102600151516001600160401b038111156107ff576107ff61451d565b604051908082528060200260200182016040528015610828578160200160208202803683370190505b5090505f5b815181101561087a57846102600151818151811061084d5761084d6144eb565b6020026020010151828281518110610867576108676144eb565b602090810291909101015260010161082d565b5084846101800151856101a0015161089185612403565b61089a85612403565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c85015260308401526050830152607082015260900160405160208183030381529060405280519060200120925050505b92915050565b5f80808061092c61092160208901896142db565b63ffffffff16612525565b90505f61093f6060890160408a016142db565b61094c60208a018a6142db565b6109569190614531565b63ffffffff1661096c60808a0160608b016142db565b63ffffffff1661097c9190614344565b60408051600a808252610160820190925291925087915f9160208201610140803683370190505090506109b28460015f5f61253d565b815f815181106109c4576109c46144eb565b6020026020010181815250506109de600160025f5f61253d565b816001815181106109f1576109f16144eb565b602002602001018181525050610a0a8460035f5f61253d565b81600281518110610a1d57610a1d6144eb565b602002602001018181525050610a3784600460015f61253d565b81600381518110610a4a57610a4a6144eb565b602002602001018181525050610a8a8a5f016020810190610a6b91906142db565b63ffffffff165f610a7f60208e018e6142db565b63ffffffff16612559565b81600481518110610a9d57610a9d6144eb565b602002602001018181525050610ac18360018c5f016020810190610a7f91906142db565b81600581518110610ad457610ad46144eb565b602002602001018181525050610af88360028c5f016020810190610a7f91906142db565b81600681518110610b0b57610b0b6144eb565b6020908102919091010152610b39610b2960608c0160408d016142db565b63ffffffff1660065f600161253d565b81600781518110610b4c57610b4c6144eb565b6020908102919091010152610b7a610b6a60808c0160608d016142db565b63ffffffff16600660018061253d565b81600881518110610b8d57610b8d6144eb565b602002602001018181525050610ba7600160075f5f61253d565b81600981518110610bba57610bba6144eb565b6020026020010181815250505f610bd1828a6125d1565b9c50919a509850965090508015610bec57505050505061110c565b5f610bf88b6001614383565b90505f610c0482612525565b90505f610c12826002614344565b610c1d846002614344565b610c279190614383565b610c32906002614383565b90508d6040016020810190610c4791906142db565b610c579063ffffffff1682614344565b8c1015610d5b575f610c69828e614331565b9050610c75828e614558565b9c50838d1015610c965760089b5099508b985061110c975050505050505050565b610ca0848e61427a565b9c508c5f03610cc05760099b5099505f985061110c975050505050505050565b610ccb60018e61427a565b9c50828d1015610ced57600a8d5f9b509b509b5050505050505050505061110c565b610cf7838e61427a565b9c50828d1015610d1957600b8d5f9b509b509b5050505050505050505061110c565b610d23838e61427a565b9c50838d1015610d4457600c9b5099508b985061110c975050505050505050565b600d9b5099505f985061110c975050505050505050565b8d6040016020810190610d6e91906142db565b610d7e9063ffffffff1682614344565b610d88908d61427a565b9b505f9250600d9150610d989050565b604051908082528060200260200182016040528015610dc1578160200160208202803683370190505b509050610dd286600460055f61253d565b815f81518110610de457610de46144eb565b602002602001018181525050610e1f8c5f016020810190610e0591906142db565b63ffffffff1660038e5f016020810190610a7f91906142db565b81600181518110610e3257610e326144eb565b602002602001018181525050610e4b86600e5f5f61253d565b81600281518110610e5e57610e5e6144eb565b602002602001018181525050610e778660015f5f61253d565b81600381518110610e8a57610e8a6144eb565b602002602001018181525050610ea4600160025f5f61253d565b81600481518110610eb757610eb76144eb565b602002602001018181525050610ed186600360015f61253d565b81600581518110610ee457610ee46144eb565b602002602001018181525050610efe86600460015f61253d565b81600681518110610f1157610f116144eb565b6020908102919091010152610f49610f2f60a08e0160808f016142db565b63ffffffff1660048e5f016020810190610a7f91906142db565b81600781518110610f5c57610f5c6144eb565b6020908102919091010152610f94610f7a60a08e0160808f016142db565b63ffffffff1660058e5f016020810190610a7f91906142db565b81600881518110610fa757610fa76144eb565b602002602001018181525050610fd5610fcc8d608001602081019061092191906142db565b600f5f5f61253d565b81600981518110610fe857610fe86144eb565b60200260200101818152505061101761100d8d608001602081019061092191906142db565b600460065f61253d565b81600a8151811061102a5761102a6144eb565b6020026020010181815250506110668c5f01602081019061104b91906142db565b63ffffffff1660068e6080016020810190610a7f91906142db565b81600b81518110611079576110796144eb565b60200260200101818152505061109286600e5f5f61253d565b81600c815181106110a5576110a56144eb565b6020026020010181815250506110bb818b6125d1565b9d50919b5099509750915081156110d75750505050505061110c565b836110e28b8261427a565b604051631a46e91f60e11b81526001600160401b03909216600483015260248201526044016100ab565b93509350939050565b5f60068210158015610907575050600d101590565b5f8261020001515f1461113e576003611141565b60025b90505f5f6111ad845f8561115589886126da565b8961012001518a610220015161116b9190614344565b6101208b01516102208c0151611182906001614383565b61118c9190614344565b8b61024001518a601281106111a3576111a36144eb565b60200201516127f0565b90925090506111c0610340850185614396565b90506002146111f4576111d7610340850185614396565b604051637037f67360e11b81526100ab92506002906004016143e2565b5f60028660e001516112069190614331565b90505f61126c8761121b610340890189614396565b600181811061122c5761122c6144eb565b905060200281019061123e91906144ff565b6112508a60055f8d6101800151612ad8565b61125b866008614344565b6112676106708d612d8e565b612e57565b90505f61127a846020614344565b8861012001518961022001516112909190614344565b61129a919061427a565b90505f5b838110156113b4575f8061131c6112d2896112ba866002614344565b6112c49088614383565b60021b016020015160e01d90565b6112f68a6112e1876002614344565b6112eb9089614383565b6112c4906001614383565b611309888760021b016020015160e01d90565b611317896112c4898d614383565b612f6c565b909250905061136088611330856002614344565b61133a9087614383565b60021b0160200180516001600160e01b03166001600160e01b031960e086901b16179052565b6113aa8861136f856002614344565b6113799087614383565b611384906001614383565b60021b0160200180516001600160e01b03166001600160e01b031960e085901b16179052565b505060010161129e565b506113c0875f87612ffc565b88610240015187601281106113d7576113d76144eb565b60200201525050505050505050565b6113f4610360820182614396565b90506001146114285761140b610360820182614396565b604051637037f67360e11b81526100ab925060019060040161456b565b36611437610360830183614396565b5f818110611447576114476144eb565b905060200281019061145991906144ff565b61018084015190915061146f60208301836142b5565b6001600160401b0316141580611492575061148d602082018261458c565b151590505b806114b757506114a58360c00151612353565b6114b26040830183614396565b905014155b156114d7575f604051630b28d38960e31b81526004016100ab91906145ce565b826102600151836101a00151815181106114f3576114f36144eb565b60200260200101516115175f5f1b8561018001518480604001906106a09190614396565b14611537575f604051630b28d38960e31b81526004016100ab91906145ce565b6102408301516060808201516080909201516040805160208101949094528301526115899101604051602081830303815290604052805190602001208461018001518380604001906106a09190614396565b836102600151846101a00151815181106115a5576115a56144eb565b602002602001018181525050505050565b5f6115d683835f600d60208861022001516115d19190614331565b613087565b90506116318160208561022001516115ee9190614558565b6116066115fb878761333b565b87610120015161349e565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b61163d83835f846135da565b505050565b5f61165083835f600d613664565b90505f611661848460016010613664565b9050637fffffff195f5b85610180015181116116aa575f61168b858360021b016020015160e01d90565b905082811315611699578092505b506116a3816145fd565b905061166b565b50606082018190525f60808301526116c4856010846137be565b61024086015160105b60200201525050505050565b6116ec82825f600d866102000151613087565b505f6116fc6102e0830183614396565b5f81811061170c5761170c6144eb565b905060200281019061171e9190614615565b61172c90604081019061458c565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052506102008801519495509361177b9350879250869150600190600e90613087565b90505f61178b85855f6010613664565b60608101516080820151919250905f5b600485516117a99190614331565b811015611839575f8189610200015160206117c49190614344565b6117ce9190614383565b90505f8961018001518211611808576117f96117f3898560021b016020015160e01d90565b866138d7565b90506118058185614629565b93505b600283901b870160200180516001600160e01b03166001600160e01b031960e084901b16179052505060010161179b565b5061184787876001876135da565b6080830181905261185a876010856137be565b6102408801516010602002015250505050505050565b5f61188483835f600d876102000151613087565b90505f61189b84846001600e886102000151613087565b90505f6118b56118ae86865f6010613664565b6080015190565b90505f5b600484516118c79190614331565b811015611947578561018001518187610200015160206118e79190614344565b6118f19190614383565b116119475761193f8482611917611911878660021b016020015160e01d90565b86613902565b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b6001016118b9565b5061195485855f866135da565b5050505050565b6102208201515f611983611978858584600d6115d1602089614331565b6112c4602085614558565b90505f61199385855f600f613664565b90505f6119a286865f87613943565b9150505f866060015187604001516119ba9190614331565b8761020001516119ca9190614331565b90505f5f611a0d885f60048c61014001518d6101200151886119ec9190614344565b6101208f01516119fd8a6001614383565b611a079190614344565b8a6127f0565b90925090505f611a1e826020614344565b6101208b0151611a2e9086614344565b611a38919061427a565b90505f5b8a6101200151811015611ab957611ab18782611a5c876112c48388614383565b611a66908c614650565b611a798b8660031b016020015160c01d90565b611a839190614629565b8160031b60208401016001600160401b03821660c01b6001600160401b0360c01b1982511617815250505050565b600101611a3c565b50611ac68a600f886137be565b6102408b0151600f602002015250505050505050505050565b5f611aed83835f600f613664565b90505f5f611b40845f6005885f01518961012001518a6102000151611b129190614344565b6101208b01516102008c0151611b29906001614383565b611b339190614344565b6102408c015160056111a3565b90925090505f611b51826020614344565b866101200151876102000151611b679190614344565b611b71919061427a565b90505f5b866101200151811015611bca57611bab84611b908385614383565b611606611ba6898660031b016020015160c01d90565b613b20565b600381901b850160200180516001600160c01b03169052600101611b75565b50611bd786600f866137be565b6102408701516101e00152611bed855f85612ffc565b61024087015160056020020152505050505050565b611c0f60208201826142db565b63ffffffff161580611c3d57506020611c2a828201836142db565b611c34919061467f565b63ffffffff1615155b15611c71576040516389a6198960e01b815260206004820152600360248201526264696d60e81b60448201526064016100ab565b611c8160408201602083016142db565b63ffffffff165f03611cbf576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b60448201526064016100ab565b611ccf60608201604083016142db565b63ffffffff161580611d0c5750611cec60608201604083016142db565b611cf960208301836142db565b611d03919061467f565b63ffffffff1615155b15611d42576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b60448201526064016100ab565b6002611d5460608301604084016142db565b611d6160208401846142db565b611d6b9190614531565b611d75919061467f565b63ffffffff1615611db3576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b60448201526064016100ab565b611dc360808201606083016142db565b63ffffffff161580611e035750611de060808201606083016142db565b611df060608301604084016142db565b611dfa919061467f565b63ffffffff1615155b15611e3b576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b60448201526064016100ab565b611e4b60a08201608083016142db565b63ffffffff161580611e7d57506020611e6a60a08301608084016142db565b611e74919061467f565b63ffffffff1615155b15611eb3576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b60448201526064016100ab565b611ec360c0820160a083016142db565b63ffffffff165f03611f00576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b60448201526064016100ab565b611f1060e0820160c083016142db565b63ffffffff165f03611f4f576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b60448201526064016100ab565b611f60610100820160e083016142db565b63ffffffff161580611f9357506002611f80610100830160e084016142db565b611f8a919061467f565b63ffffffff1615155b80611fdf5750611fa960608201604083016142db565b611fb660208301836142db565b611fc09190614531565b63ffffffff16611fd7610100830160e084016142db565b63ffffffff16115b15612018576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b60448201526064016100ab565b600161202c610160830161014084016142db565b63ffffffff16111561206a576040516389a6198960e01b81526004016100ab906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff8516908290036120bd576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b60448201526064016100ab565b5f82156120d6576120d18262800000614629565b6120d8565b815b90505f83156120f1576120ec6096856146a6565b6120f5565b6094195b90505f6121028783614629565b9050825f03612118575f95505050505050610907565b5f811261216957602681131561215f576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b60448201526064016100ab565b82811b955061218f565b601919811361217a575f955061218f565b61218c83612187836146c5565b613b2b565b95505b6001601f89901c811690036121aa576121a7866146c5565b95505b505050505092915050565b5f806121c761092160208501856142db565b90505f6121da60608501604086016142db565b6121e760208601866142db565b6121f19190614531565b63ffffffff1661220760808601606087016142db565b63ffffffff166122179190614344565b90505f61222a60a08601608087016142db565b61223b9063ffffffff166002614344565b612246836002614344565b61225360208801886142db565b6122649063ffffffff166003614344565b61226f866002614344565b6122799190614383565b6122839190614383565b61228d9190614383565b90505f6122a060e0870160c088016142db565b63ffffffff1684836122b860408a0160208b016142db565b63ffffffff166122c89190614344565b6122d860c08a0160a08b016142db565b6122e99063ffffffff166001614383565b6122f39190614383565b6122fd9190614383565b6123079190614383565b905061231b610160870161014088016142db565b63ffffffff165f0361234a5761233760c0870160a088016142db565b6123479063ffffffff1682614383565b90505b95945050505050565b5f5b81816001901b10156123715761236a816145fd565b9050612355565b919050565b5f816101008110801561238a575084811c15155b156123b2576040516394666f0d60e01b815260048101869052602481018290526044016100ab565b859150838160051b81015b808210156123f8576001871660051b823580861715158683528160208418528060405f200296505050508660011c96506020820191506123bd565b505050949350505050565b80515f9080820361241657505f92915050565b6001811115612503575f600261242d836001614383565b6124379190614331565b90505f5b818110156124fb575f83612450836002614344565b61245b906001614383565b10612466575f612496565b85612472836002614344565b61247d906001614383565b8151811061248d5761248d6144eb565b60200260200101515b90506124d5866124a7846002614344565b815181106124b7576124b76144eb565b6020026020010151825f828152602082905260409020911715150290565b8683815181106124e7576124e76144eb565b60209081029190910101525060010161243b565b509050612416565b825f81518110612515576125156144eb565b6020026020010151915050919050565b5f602061253383601f614383565b6109079190614331565b604084901b602084901b17600883901b1781175b949350505050565b5f80608060018161256b602087614331565b6125759190614383565b61257f919061427a565b6125899190614331565b9050600181116125a9576125a185600586600161253d565b9150506125ca565b602881901b6125c56125bb8388614344565b601087600261253d565b179150505b9392505050565b5f5f5f5f5f5f5b87518110156126bf575f8882815181106125f4576125f46144eb565b602002602001015190505f604082901c9050808910156126a65760ff602083901c8116975061ffff600884901c169083166002819003612672575f602885901c62ffffff16905060018a6008838f61264c9190614558565b901b8517838f61265c9190614331565b5f9a509a509a509a509a505050505050506126d0565b8060010361269057506001985095508894505f93506126d092505050565b506001985089965094505f93506126d092505050565b6126b0818a61427a565b985050508060010190506125d8565b505f5f5f5f89945094509450945094505b9295509295909350565b5f8115806126e85750600182145b806126f35750600282145b806126fe5750600582145b806127095750600882145b806127145750600982145b1561272157508151610907565b60038214806127305750600482145b156127415750610140820151610907565b60068214806127505750600782145b8061275b5750600b82145b1561276b57506080820151610907565b600a820361278857825161278190602090614331565b9050610907565b600c82036127a157602083608001516127819190614331565b600d8214806127b05750600e82145b156127c0575060c0820151610907565b600f82036127d45750610120820151610907565b601182036127e7575060a0820151610907565b50601c92915050565b60605f6128016103208a018a614396565b90508810612865576128176103208a018a614396565b9050612824896001614383565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a4016100ab565b5f612871878787613b7c565b9050366128826103208c018c614396565b8b818110612892576128926144eb565b90506020028101906128a491906146df565b9050886128b460208301836146f3565b60ff161415806128df5750602080830151906128d690604084019084016142db565b63ffffffff1614155b806128fd575081516128f760608301604084016146f3565b60ff1614155b15612952578961291060208301836146f3565b61292060408401602085016142db565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff1660448201526064016100ab565b6040820151612964606083018361458c565b9050146129a95789612979606083018361458c565b6040808601519051636a57042760e01b8152600481019490945260248401919091526044830152506064016100ab565b60608201516129bb6080830183614396565b9050141580612a37575084612a34612a1e6129d9606085018561458c565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052508993509150612a149050565b6020020151613c91565b84516020860151901c6106a06080860186614396565b14155b15612a785760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b90526084016100ab565b612a85606082018261458c565b836001602002015182828080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509299509297505050505050505097509795505050505050565b5f5f612ae6865f0151612525565b90505f86608001516002612afa9190614344565b610140880151612b0b906002614344565b8851612b18906003614344565b612b23856002614344565b612b2d9190614383565b612b379190614383565b612b419190614383565b90505f81886101a00151612b559190614344565b60a0890151612b65906001614383565b612b6f9190614383565b905060028703612bd8578486600114612b88575f612bba565b610140890151612b99906002614344565b8951612ba6906002614344565b612bb09086614383565b612bba9190614383565b612bc49083614383565b612bce9190614383565b9350505050612551565b60018703612beb57612bce856001614383565b6004871480612c055750600387148015612c055750856007145b15612c6757876101000151600114612c5c578483838a60200151612c299190614344565b60a08b0151612c39906001614383565b612c439190614383565b612c4d9190614383565b612c579190614383565b612bce565b612bce856001614383565b60038703612d21576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b88811015612cff57818160078110612cd157612cd16144eb565b6020020151612ce09084614383565b925080600303612cf757612cf48684614383565b92505b600101612cb7565b5086612d0b8385614383565b612d159190614383565b95505050505050612551565b5f83838a60200151612d339190614344565b60a08b0151612d43906001614383565b612d4d9190614383565b612d579190614383565b90508861010001515f03612d775760a0890151612d749082614383565b90505b612d818682614383565b9998505050505050505050565b5f5f612d9c835f0151612525565b90505f8360c001518285608001516002612db69190614344565b610140870151612dc7906002614344565b8751612dd4906003614344565b612ddf876002614344565b612de99190614383565b612df39190614383565b612dfd9190614383565b8660200151612e0c9190614344565b60a0870151612e1c906001614383565b612e269190614383565b612e309190614383565b612e3a9190614383565b90508361010001515f036125ca5760a08401516125519082614383565b606083612e6760208701876142b5565b6001600160401b0316141580612e8b575082612e86602087018761458c565b905014155b80612ea4575081612e9f6040870187614396565b905014155b15612ec45783604051630b28d38960e31b81526004016100ab9190614713565b6101c0860151612f01612eda602088018861458c565b604051612ee8929190614737565b6040518091039020868880604001906106a09190614396565b14612f215783604051630b28d38960e31b81526004016100ab9190614713565b612f2e602086018661458c565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f5f612f7786613c9e565b612f8085613c9e565b612f8984613c9e565b612f9283613c9e565b612fd1565b5f81126320000000038101601e1d637fffffff19811215612fba5750637fffffff195b637fffffff8113156123715750637fffffff919050565b612fe083860285880203612f97565b9150612ff184860284880201612f97565b905094509492505050565b5f3661300c610320860186614396565b8581811061301c5761301c6144eb565b905060200281019061302e91906146df565b905061234a61304f8461304760608501604086016146f3565b60ff16613c91565b61305f60608401604085016146f3565b60ff1661307260408501602086016142db565b63ffffffff16901c6106a06080850185614396565b60606130976102e0860186614396565b905084106130f9576130ad6102e0860186614396565b90506130ba856001614383565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a4016100ab565b366131086102e0870187614396565b86818110613118576131186144eb565b905060200281019061312a9190614615565b90505f61314861313a89876126da565b61314387613cd5565b613d12565b90508461315860208401846146f3565b60ff1614158061317d57508361317460408401602085016142db565b63ffffffff1614155b806131885750808410155b156131ab578561319b60208401846146f3565b61292060408501602086016142db565b5f6131b7898787613d34565b9050806131c7604085018561458c565b90501461320657866131dc604085018561458c565b604051636a57042760e01b81526004810193909352602483015250604481018290526064016100ab565b61320f82612353565b61321c6060850185614396565b90501461325d5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b6064820152602481018890526084016100ab565b8861024001518660128110613274576132746144eb565b60200201516132ae613289604086018661458c565b604051613297929190614737565b604051908190039020876106a06060880188614396565b146132ed5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b6064820152602481018890526084016100ab565b6132fa604084018461458c565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b5f5f5f61338d845f6002885f01518961012001518a610200015161335f9190614344565b6101208b01516102008c0151613376906001614383565b6133809190614344565b6102408c015160026111a3565b909250905061339d816020614344565b8561012001518661020001516133b39190614344565b6133bd919061427a565b90505f6133d186865f896102200151613943565b5090505f866060015187604001516133e99190614331565b8761020001516133f99190614331565b90505f5f61341c88600160038c61014001518d6101200151886119ec9190614344565b909250905061342c816020614344565b6101208a015161343c9085614344565b613446919061427a565b90505f5b89610120015181101561349157613465836112c48385614383565b613473886112c4848a614383565b61347d9190614650565b6134879089614629565b975060010161344a565b5050505050505092915050565b5f815f036134bf5760405163011ee73b60e21b815260040160405180910390fd5b5f61357e6134d584671000000000000000614331565b60016fffffffffffffffffffffffffffffffff821160071b82811c6001600160401b031060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b90505f61359461358f866010613b2b565b613da8565b60030b90505f82820290811263200000000301601e1d637fffffff198112156135bf5750637fffffff195b637fffffff81131561234a5750637fffffff95945050505050565b366135e96102e0850185614396565b848181106135f9576135f96144eb565b905060200281019061360b9190614615565b905061363e828051906020012082602001602081019061362b91906142db565b63ffffffff166106a06060850185614396565b61024086015161365160208401846146f3565b60ff16601281106116cd576116cd6144eb565b6060613674610300850185614396565b905083106136b25761368a610300850185614396565b9050613697846001614383565b604051637037f67360e11b81526004016100ab929190614746565b6136c0610300850185614396565b848181106136d0576136d06144eb565b90506020028101906136e2919061458c565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509394506137239250859150613dd79050565b61372d87856126da565b6137379190614344565b90508082511461376e578151604051636a57042760e01b8152600481018690526024810191909152604481018290526064016100ab565b8561024001518360128110613785576137856144eb565b60200201516137958785856137be565b146137b55783604051630b28d38960e31b81526004016100ab9190614769565b50949350505050565b5f5f6137c984613dd7565b6137d285613cd5565b6137dc9190614344565b90505f8160018386516137ef9190614383565b6137f9919061427a565b6138039190614331565b90505f816001600160401b0381111561381e5761381e61451d565b604051908082528060200260200182016040528015613847578160200160208202803683370190505b5090505f5b828110156138c2575f61385f8583614344565b90505f875186836138709190614383565b1161387b5785613888565b818851613888919061427a565b90505f818360208b0101209050808585815181106138a8576138a86144eb565b60200260200101818152505050505080600101905061384c565b506138cc81612403565b979650505050505050565b5f6138e183613c9e565b6138ea82613c9e565b6125ca6138fa61358f84866146a6565b60030b613e2e565b5f5f8312806139145750634000000083135b15613935576040516320f9868b60e21b8152600481018490526024016100ab565b6125ca601e84901b83613fbe565b5f80613953610360860186614396565b9050841061399157613969610360860186614396565b9050613976856001614383565b604051637037f67360e11b81526004016100ab92919061456b565b366139a0610360870187614396565b868181106139b0576139b06144eb565b90506020028101906139c291906144ff565b90508661018001518411806139ec5750836139e060208301836142b5565b6001600160401b031614155b80613a0657506139ff602082018261458c565b9050604014155b80613a2b5750613a198760c00151612353565b613a266040830183614396565b905014155b15613a4b5784604051630b28d38960e31b81526004016100ab91906145ce565b866102600151876101a0015181518110613a6757613a676144eb565b6020026020010151613aa9828060200190613a82919061458c565b604051613a90929190614737565b6040518091039020868480604001906106a09190614396565b14613ac95784604051630b28d38960e31b81526004016100ab91906145ce565b613ad6602082018261458c565b613ae4916020915f9161478c565b613aed916147b3565b613afa602083018361458c565b613b099160409160209161478c565b613b12916147b3565b925092505094509492505050565b5f61090761358f83601e5b5f811580613b39575060ff82115b15613b5a57604051630263749760e41b8152600481018390526024016100ab565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b613b846141ab565b5f613b90602085614331565b90505f6020613ba060018661427a565b613baa9190614331565b90505f5b82811c82821c14613bc957613bc2816145fd565b9050613bae565b82811c811b5f6020613bdc8a601f614383565b613be69190614331565b90505f81613bf76001861b85614383565b11613c0e57613c096001851b84614383565b613c10565b815b90505f8a613c1f836020614344565b11613c3457613c2f826020614344565b613c36565b8a5b8589526020808a01869052909150613c4f908590614344565b613c59908261427a565b613c64906004614344565b604089015284613c7384612353565b613c7d919061427a565b606089015250959998505050505050505050565b5f6125ca83836080614010565b637fffffff19811280613cb45750637fffffff81135b1561206a5760405163e92ac66b60e01b8152600481018290526024016100ab565b5f600a821480613ce55750600c82145b80613cf05750600f82145b80613cfb5750601082145b613d06576020613d09565b60105b60ff1692915050565b5f816001613d208286614383565b613d2a919061427a565b6125ca9190614331565b5f5f613d4085856126da565b90505f613d4c85613cd5565b90505f613d598286614344565b90505f83613d678484614383565b11613d7b57613d768383614383565b613d7d565b835b9050613d8887613dd7565b613d92838361427a565b613d9c9190614344565b98975050505050505050565b5f637fffffff19821215613dbf57637fffffff1991505b637fffffff821315613dd357637fffffff91505b5090565b5f6009821480613de75750600b82145b15613df457506001919050565b600a821480613e035750600c82145b80613e0e5750600f82145b80613e195750601082145b15613e2657506008919050565b506004919050565b5f5f82128015613fb057618000635c551d95845f03020160101c80601e1c601f811015613fa957633fffffff82166008606c19613e778284025f811263200000000301601e1d90565b01905061058b613e938383025f811263200000000301601e1d90565b019050613ff819613eb08383025f811263200000000301601e1d90565b01905062028612613ecd8383025f811263200000000301601e1d90565b0190506215d87f19613eeb8383025f811263200000000301601e1d90565b019050629d955b613f088383025f811263200000000301601e1d90565b01905063038d611a19613f278383025f811263200000000301601e1d90565b019050630f5fdf00613f458383025f811263200000000301601e1d90565b019050632c5c85fd19613f648383025f811263200000000301601e1d90565b0190506340000000613f828383025f811263200000000301601e1d90565b019050828015613fa1575f821260018086031b038201841d9650613fa5565b8196505b5050505b5050613fb8565b634000000091505b50919050565b5f5f8213613fe257604051637040adc360e01b8152600481018390526024016100ab565b5f8312838115613ff257845f0390505b838460011c820104925050801561400957815f0391505b5092915050565b5f806001841b6001600160401b0381111561402d5761402d61451d565b604051908082528060200260200182016040528015614056578160200160208202803683370190505b5090505f83600185885161406a9190614383565b614074919061427a565b61407e9190614331565b90505f5b818110156140f8575f6140958683614344565b90505f885187836140a69190614383565b116140b157866140be565b8189516140be919061427a565b90505f818360208c0101209050808685815181106140de576140de6144eb565b602002602001018181525050505050806001019050614082565b5061410282612403565b9695505050505050565b604051806102e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f815260200161418c6141c9565b8152602001606081526020015f81526020015f81526020015f81525090565b60405180608001604052806004906020820280368337509192915050565b6040518061024001604052806012906020820280368337509192915050565b5f5f5f5f8486036102008112156141fd575f5ffd5b61018081121561420b575f5ffd5b8594506101808501359350604061019f1982011215614228575f5ffd5b506101a0850191506101e08501356001600160401b03811115614249575f5ffd5b85016103a0818803121561425b575f5ffd5b939692955090935050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561090757610907614266565b6060808252600190820152601b60fa1b60808201526020810192909252604082015260a00190565b5f602082840312156142c5575f5ffd5b81356001600160401b03811681146125ca575f5ffd5b5f602082840312156142eb575f5ffd5b813563ffffffff811681146125ca575f5ffd5b6001600160401b03818116838216019081111561090757610907614266565b634e487b7160e01b5f52601260045260245ffd5b5f8261433f5761433f61431d565b500490565b808202811582820484141761090757610907614266565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b8082018082111561090757610907614266565b5f5f8335601e198436030181126143ab575f5ffd5b8301803591506001600160401b038211156143c4575f5ffd5b6020019150600581901b36038213156143db575f5ffd5b9250929050565b606081525f6144066060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b166015820152614469601982018c614416565b614476601d82018b614416565b614483602182018a614416565b6144906025820189614416565b61449d6029820188614416565b6144aa602d820187614416565b6144b76031820186614416565b6144c46035820185614416565b6144d16039820184614416565b603d810191909152605d019b9a5050505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112614513575f5ffd5b9190910192915050565b634e487b7160e01b5f52604160045260245ffd5b5f63ffffffff8316806145465761454661431d565b8063ffffffff84160491505092915050565b5f826145665761456661431d565b500690565b606081525f61440660608301600281526135bb60f11b602082015260400190565b5f5f8335601e198436030181126145a1575f5ffd5b8301803591506001600160401b038211156145ba575f5ffd5b6020019150368190038213156143db575f5ffd5b604081525f6145ef60408301600281526135bb60f11b602082015260400190565b905082602083015292915050565b5f6001820161460e5761460e614266565b5060010190565b5f8235607e19833603018112614513575f5ffd5b8082018281125f83128015821682158216171561464857614648614266565b505092915050565b8082025f8212600160ff1b8414161561466b5761466b614266565b818105831482151761090757610907614266565b5f63ffffffff8316806146945761469461431d565b8063ffffffff84160691505092915050565b8181035f83128015838313168383128216171561400957614009614266565b5f600160ff1b82016146d9576146d9614266565b505f0390565b5f8235609e19833603018112614513575f5ffd5b5f60208284031215614703575f5ffd5b813560ff811681146125ca575f5ffd5b604081525f6145ef6040830160058152641b5bd9195b60da1b602082015260400190565b818382375f9101908152919050565b606081525f614406606083016004815263199d5b1b60e21b602082015260400190565b604081525f6145ef604083016004815263199d5b1b60e21b602082015260400190565b5f5f8585111561479a575f5ffd5b838611156147a6575f5ffd5b5050820193919092039150565b80356020831015610907575f19602084900360031b1b169291505056",
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
// the contract method with ID 0xd40f3e23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepAttention((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32) , (uint64,uint32,uint32,bytes32[18],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
func (oneStepAttention *OneStepAttention) PackStepAttention(cfg IOneStepTypesModelConfig, modelRoot [32]byte, arg2 IOneStepTypesJobContext, sp IOneStepTypesStepProof) []byte {
	enc, err := oneStepAttention.abi.Pack("stepAttention", cfg, modelRoot, arg2, sp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepAttention is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd40f3e23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepAttention((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32) , (uint64,uint32,uint32,bytes32[18],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
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
// from invoking the contract method with ID 0xd40f3e23.
//
// Solidity: function stepAttention((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32) , (uint64,uint32,uint32,bytes32[18],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"promptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"promptLen\",\"type\":\"uint32\"}],\"internalType\":\"structIOneStepTypes.JobContext\",\"name\":\"job\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"l\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[18]\",\"name\":\"regRoots\",\"type\":\"bytes32[18]\"},{\"internalType\":\"bytes32[]\",\"name\":\"layerRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Chunk[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"full\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"first\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Subtree[]\",\"name\":\"subtrees\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"model\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"kv\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"prompt\",\"type\":\"tuple[]\"}],\"internalType\":\"structIOneStepTypes.StepProof\",\"name\":\"sp\",\"type\":\"tuple\"}],\"name\":\"stepHead\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockIndex\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"name\":\"AmaxOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotInModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rowBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quantBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NegativeInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"programLength\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongOperand\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"}]",
	ID:  "8e3d59a13ee3bb7d4cd407fe3afe17e6a7",
	Bin: "0x6080604052348015600e575f5ffd5b506147fb8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063739b8ce91461002d575b5f5ffd5b61004061003b36600461424f565b610059565b6040805192835260208301919091520160405180910390f35b5f5f5f61006787878661020f565b90508060200151816101a00151146100a857806101a0015181602001516040516329ded1a760e11b815260040161009f9291906142cd565b60405180910390fd5b84356102a08201526100c060408601602087016142f5565b63ffffffff166102c08201526100e26100dc6020860186614318565b82610766565b925061011c87826102c0015183610180015160016101009190614352565b1061010e6020880188614318565b6001600160401b0316610907565b6102208401526102008301526101e082018190525f198101610147576101428286610c11565b6101e1565b60028103610159576101428286610cc6565b6003810361016b576101428286610d2a565b6004810361017d576101428286610eec565b6005810361018f576101428286611095565b601081036101a1576101428286611111565b601181036101b3576101428286611279565b601281036101c5576101428286611355565b601381036101d75761014282866115f0565b6101e18286611813565b6102026101f16020870187614318565b6101fc906001614365565b83610766565b9250505094509492505050565b610217614172565b61022084611879565b61022d60208501856142f5565b63ffffffff16815261024560408501602086016142f5565b63ffffffff16602082015261026060608501604086016142f5565b63ffffffff16604082015261027b60808501606086016142f5565b63ffffffff16606082015261029660a08501608086016142f5565b63ffffffff1660808201526102b160c0850160a086016142f5565b63ffffffff1660a08201526102cc60e0850160c086016142f5565b63ffffffff1660c08201526102e8610100850160e086016142f5565b63ffffffff1660e0820152610305610160850161014086016142f5565b63ffffffff16610100820152604081015181516103229190614398565b6101208201819052606082015161033991906143ab565b6101408083019190915261035e9061035790860161012087016142f5565b6020611ce4565b6101608201526101c0810183905261037c60408301602084016142f5565b63ffffffff1661018082015261039860608301604084016142f5565b63ffffffff166101a082015260c0810151610180820151106103da578061018001518160c001516040516329ded1a760e11b815260040161009f9291906143c2565b8060200151816101a00151111561041157806101a0015181602001516040516329ded1a760e11b815260040161009f9291906142cd565b8060200151816101a0015114801561043d575060c081015161018082015161043a906001614352565b10155b1561047357610180810151610453906001614352565b8160c001516040516329ded1a760e11b815260040161009f9291906143c2565b60208101516104866102a08401846143ea565b9050146104e55761049b6102a08301836143ea565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a401905061009f565b6104f36103408301836143ea565b90505f03610519575f6001604051637037f67360e11b815260040161009f929190614436565b5f61052760208601866142f5565b61053760408701602088016142f5565b61054760608801604089016142f5565b6105576080890160608a016142f5565b61056760a08a0160808b016142f5565b61057760c08b0160a08c016142f5565b61058760e08c0160c08d016142f5565b6105986101008d0160e08e016142f5565b6105aa6101208e016101008f016142f5565b8d6101200160208101906105be91906142f5565b8e6101400160208101906105d291906142f5565b8f61016001356040516020016105f39c9b9a9998979695949392919061447b565b60408051601f19818403018152919052805160209091012090503661061c6103408501856143ea565b5f81811061062c5761062c61453f565b905060200281019061063e9190614553565b905061064d6020820182614318565b6001600160401b0316151580610681575061066f61066a87611e2c565b611fca565b61067c60408301836143ea565b905014155b806106a257508461069f835f61069a60408601866143ea565b611fed565b14155b156106c3576040516308a691e960e31b81526004810186905260240161009f565b5f5b601281101561070c578460600181601281106106e3576106e361453f565b602002013584610240015182601281106106ff576106ff61453f565b60200201526001016106c5565b5061071b6102a08501856143ea565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102c09091013561028082015292915050565b60408051601280825261026082019092525f9182919060208201610240803683370190505090505f5b60128110156107d95783610240015181601281106107af576107af61453f565b60200201518282815181106107c6576107c661453f565b602090810291909101015260010161078f565b505f836102600151516001600160401b038111156107f9576107f9614571565b604051908082528060200260200182016040528015610822578160200160208202803683370190505b5090505f5b81518110156108745784610260015181815181106108475761084761453f565b60200260200101518282815181106108615761086161453f565b6020908102919091010152600101610827565b5084846101800151856101a0015161088b8561207a565b6108948561207a565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c85015260308401526050830152607082015260900160405160208183030381529060405280519060200120925050505b92915050565b5f80808061092661091b60208901896142f5565b63ffffffff1661219c565b9050845f87610936576008610939565b60035b60ff166001600160401b0381111561095357610953614571565b60405190808252806020026020018201604052801561097c578160200160208202803683370190505b5090505f88156109c257610994600160125f5f6121b4565b828261099f81614585565b9350815181106109b1576109b161453f565b602002602001018181525050610b40565b6109cf8460015f5f6121b4565b82826109da81614585565b9350815181106109ec576109ec61453f565b602002602001018181525050610a06600160025f5f6121b4565b8282610a1181614585565b935081518110610a2357610a2361453f565b602002602001018181525050610a3d84600360025f6121b4565b8282610a4881614585565b935081518110610a5a57610a5a61453f565b602002602001018181525050610a7484600460015f6121b4565b8282610a7f81614585565b935081518110610a9157610a9161453f565b6020908102919091010152610acf610aaf60c08c0160a08d016142f5565b63ffffffff166007610ac460208e018e6142f5565b63ffffffff166121d0565b8282610ada81614585565b935081518110610aec57610aec61453f565b6020908102919091010152610b16610b0d61091b60c08d0160a08e016142f5565b60115f5f6121b4565b8282610b2181614585565b935081518110610b3357610b3361453f565b6020026020010181815250505b610b4d8460135f5f6121b4565b8282610b5881614585565b935081518110610b6a57610b6a61453f565b602002602001018181525050610b84600160145f5f6121b4565b8282610b8f81614585565b935081518110610ba157610ba161453f565b6020026020010181815250505f610bb8838a612248565b9c50919a509850965090508015610bd3575050505050610c08565b83610bde8a8261459d565b604051631a46e91f60e11b81526001600160401b039092166004830152602482015260440161009f565b93509350939050565b5f610c2483835f5f876102000151612351565b90505f610c3484845f6010612637565b90505f8461020001515f14610c4d576020820151610c4f565b5f5b90505f5b60048451610c619190614398565b811015610c9d575f610c7c858360021b016020015160e01d90565b9050610c8881806145b0565b610c929084614352565b925050600101610c53565b5060208201819052610cb185601084612791565b61024086015160105b60200201525050505050565b5f610cd483835f6010612637565b9050610d0c816001610cfc610cef855f60051b016020015190565b87516101608901516128aa565b808260051b602085010152505050565b610d1883601083612791565b61024084015160106020020152505050565b5f610d3d83835f5f876102000151612351565b9050610d528383600180876102000151612351565b505f610d6b610d6485855f6010612637565b6040015190565b9050610d7b6103408401846143ea565b9050600214610daf57610d926103408401846143ea565b604051637037f67360e11b815261009f9250600290600401614436565b5f610e0f85610dc26103408701876143ea565b6001818110610dd357610dd361453f565b9050602002810190610de59190614553565b610dfc8860028a61022001518b61020001516129c5565b8651610e0a61066a8b612c7b565b612d44565b90505f83516001600160401b03811115610e2b57610e2b614571565b6040519080825280601f01601f191660200182016040528015610e55576020820181803683370190505b5090505f5b60048551610e689190614398565b811015610ed657610ece8282610ea3610e8a898660021b016020015160e01d90565b610e9d888760021b016020015160e01d90565b89612e59565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101610e5a565b50610ee48686600184612e87565b505050505050565b5f5f600684610220015114610f04576009600a610f09565b600b600c5b915091505f610f2585855f886102200151896102000151612351565b9050610f3a8585600186896102000151612351565b505f610f5b868660028660108b6102000151610f569190614398565b612351565b9050610f65614211565b5f5b6020811015610faa57610f83848260021b016020015160e01d90565b828260208110610f9557610f9561453f565b60039290920b60209092020152600101610f67565b505f5f610fb683612f11565b6040805160208082528183019092529294509092505f91906020820181803683370190505090505f5b602081101561103257838160208110610ffa57610ffa61453f565b602002015160f81b8282815181106110145761101461453f565b60200101906001600160f81b03191690815f1a905350600101610fdf565b506110408a8a600184612e87565b61107c8560108c610200015161105691906145df565b60031b0160200180516001600160c01b03166001600160c01b031960c086901b16179052565b6110898a8a600288612e87565b50505050505050505050565b5f6110bc83835f6110aa876102000151612fa6565b6020886102200151610f569190614398565b90505f5f6110d3858587610200015160061461300e565b915091505f6110e286866130e7565b90506111058460208861022001516110fa91906145df565b610ea3848787613199565b610ee486865f87612e87565b61020082015160ff165f60206006831461112c578451611132565b84608001515b61113c9190614398565b90505f604051806040016040528060806008886102000151901c61116091906143ab565b81526020015f8152509050816080825f600281106111805761118061453f565b602002015161118f9190614352565b116111a75780516111a290608090614352565b6111a9565b815b60208201525f6111d08686836111be88612fa6565b60208b6102200151610f569190614398565b90505f6111e087875f6010612637565b90505f6111ef888888876131b0565b61020089015160081c156112075760a0830151611209565b5f5b61121391906145f2565b905084846001602002015103611245576112428360208a610220015161123991906145df565b610ea384613275565b505f5b60a0820181905261125888601084612791565b610240890151610200015261126f88885f86612e87565b5050505050505050565b5f61128d83835f6011876102000151612351565b90505f61129d84845f6010612637565b60c081015160e0820151919250905f5b600485516112bb9190614398565b811015611325575f6112d6868360021b016020015160e01d90565b90508761020001515f1480156112ea575081155b806112f457508381135b1561131c5780935081886102000151602061130f91906143ab565b6113199190614352565b92505b506001016112ad565b5060c0830182905260e0830181905261134086601085612791565b61024087015160106020020152505050505050565b5f61136383835f6010612637565b90506113736103808301836143ea565b90506001146113a75761138a6103808301836143ea565b604051637037f67360e11b815261009f9250600190600401614619565b366113b66103808401846143ea565b5f8181106113c6576113c661453f565b90506020028101906113d89190614553565b90505f84610180015160016113ed9190614352565b90505f6020866102c00151601f6114049190614352565b61140e9190614398565b90505f866102c001516020846114249190614398565b61142f906001614352565b61143a9060206143ab565b116114655761144a602084614398565b611455906001614352565b6114609060206143ab565b61146c565b866102c001515b9050611479602084614398565b6114866020860186614318565b6001600160401b03161415806114d457506114a2602084614398565b6114ad9060206143ab565b6114b7908261459d565b6114c29060046143ab565b6114cf602086018661463e565b905014155b806114f557506114e382611fca565b6114f060408601866143ea565b905014155b8061154357506102a0870151611540611511602087018761463e565b60405161151f929190614680565b604051908190039020611533602087614398565b61069a60408901896143ea565b14155b15611563575f604051630b28d38960e31b815260040161009f919061468f565b5f611571602086018661463e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509293506115cd925088915060069050610cfc846115bf60208a6145df565b60021b016020015160e01d90565b6115d988601088612791565b610240890151601060200201525050505050505050565b5f61160383835f5f876102000151612351565b90505f61161d61161685855f6010612637565b60e0015190565b90508360a0015181106116705760a08401516040516329ded1a760e11b815261009f9183916004016060808252600490820152631b995e1d60e21b60808201526020810192909252604082015260a00190565b61167e6103408401846143ea565b905060021461169557610d926103408401846143ea565b5f6116fd856116a86103408701876143ea565b60018181106116b9576116b961453f565b90506020028101906116cb9190614553565b6116d88860015f886129c5565b88516116e690602090614398565b6116f19060226143ab565b610e0a61066a8b612c7b565b604080516022808252606082019092529192505f91906020820181803683370190505090505f5b6022811015611796578281886102000151602261174191906143ab565b61174b9190614352565b8151811061175b5761175b61453f565b602001015160f81c60f81b8282815181106117785761177861453f565b60200101906001600160f81b03191690815f1a905350600101611724565b505f6117a182613287565b90505f5b60208110156117fd576117f586828484602081106117c5576117c561453f565b602002015160030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b6001016117a5565b5061180a87875f88612e87565b50505050505050565b5f61182461161684845f6010612637565b90508261028001518160405160200161185492919091825260e01b6001600160e01b031916602082015260240190565b6040516020818303038152906040528051906020012083610280018181525050505050565b61188660208201826142f5565b63ffffffff1615806118b4575060206118a1828201836142f5565b6118ab91906146c2565b63ffffffff1615155b156118e8576040516389a6198960e01b815260206004820152600360248201526264696d60e81b604482015260640161009f565b6118f860408201602083016142f5565b63ffffffff165f03611936576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b604482015260640161009f565b61194660608201604083016142f5565b63ffffffff161580611983575061196360608201604083016142f5565b61197060208301836142f5565b61197a91906146c2565b63ffffffff1615155b156119b9576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b604482015260640161009f565b60026119cb60608301604084016142f5565b6119d860208401846142f5565b6119e291906146e9565b6119ec91906146c2565b63ffffffff1615611a2a576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b604482015260640161009f565b611a3a60808201606083016142f5565b63ffffffff161580611a7a5750611a5760808201606083016142f5565b611a6760608301604084016142f5565b611a7191906146c2565b63ffffffff1615155b15611ab2576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b604482015260640161009f565b611ac260a08201608083016142f5565b63ffffffff161580611af457506020611ae160a08301608084016142f5565b611aeb91906146c2565b63ffffffff1615155b15611b2a576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b604482015260640161009f565b611b3a60c0820160a083016142f5565b63ffffffff165f03611b77576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b604482015260640161009f565b611b8760e0820160c083016142f5565b63ffffffff165f03611bc6576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b604482015260640161009f565b611bd7610100820160e083016142f5565b63ffffffff161580611c0a57506002611bf7610100830160e084016142f5565b611c0191906146c2565b63ffffffff1615155b80611c565750611c2060608201604083016142f5565b611c2d60208301836142f5565b611c3791906146e9565b63ffffffff16611c4e610100830160e084016142f5565b63ffffffff16115b15611c8f576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b604482015260640161009f565b6001611ca3610160830161014084016142f5565b63ffffffff161115611ce1576040516389a6198960e01b815260040161009f906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff851690829003611d34576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b604482015260640161009f565b5f8215611d4d57611d4882628000006145f2565b611d4f565b815b90505f8315611d6857611d63609685614710565b611d6c565b6094195b90505f611d7987836145f2565b9050825f03611d8f575f95505050505050610901565b5f8112611de0576026811315611dd6576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b604482015260640161009f565b82811b9550611e06565b6019198113611df1575f9550611e06565b611e0383611dfe8361472f565b61336e565b95505b6001601f89901c81169003611e2157611e1e8661472f565b95505b505050505092915050565b5f80611e3e61091b60208501856142f5565b90505f611e5160608501604086016142f5565b611e5e60208601866142f5565b611e6891906146e9565b63ffffffff16611e7e60808601606087016142f5565b63ffffffff16611e8e91906143ab565b90505f611ea160a08601608087016142f5565b611eb29063ffffffff1660026143ab565b611ebd8360026143ab565b611eca60208801886142f5565b611edb9063ffffffff1660036143ab565b611ee68660026143ab565b611ef09190614352565b611efa9190614352565b611f049190614352565b90505f611f1760e0870160c088016142f5565b63ffffffff168483611f2f60408a0160208b016142f5565b63ffffffff16611f3f91906143ab565b611f4f60c08a0160a08b016142f5565b611f609063ffffffff166001614352565b611f6a9190614352565b611f749190614352565b611f7e9190614352565b9050611f92610160870161014088016142f5565b63ffffffff165f03611fc157611fae60c0870160a088016142f5565b611fbe9063ffffffff1682614352565b90505b95945050505050565b5f5b81816001901b1015611fe857611fe181614585565b9050611fcc565b919050565b5f8161010081108015612001575084811c15155b15612029576040516394666f0d60e01b8152600481018690526024810182905260440161009f565b859150838160051b81015b8082101561206f576001871660051b823580861715158683528160208418528060405f200296505050508660011c9650602082019150612034565b505050949350505050565b80515f9080820361208d57505f92915050565b600181111561217a575f60026120a4836001614352565b6120ae9190614398565b90505f5b81811015612172575f836120c78360026143ab565b6120d2906001614352565b106120dd575f61210d565b856120e98360026143ab565b6120f4906001614352565b815181106121045761210461453f565b60200260200101515b905061214c8661211e8460026143ab565b8151811061212e5761212e61453f565b6020026020010151825f828152602082905260409020911715150290565b86838151811061215e5761215e61453f565b6020908102919091010152506001016120b2565b50905061208d565b825f8151811061218c5761218c61453f565b6020026020010151915050919050565b5f60206121aa83601f614352565b6109019190614398565b604084901b602084901b17600883901b1781175b949350505050565b5f8060806001816121e2602087614398565b6121ec9190614352565b6121f6919061459d565b6122009190614398565b905060018111612220576122188560058660016121b4565b915050612241565b602881901b61223c61223283886143ab565b60108760026121b4565b179150505b9392505050565b5f5f5f5f5f5f5b8751811015612336575f88828151811061226b5761226b61453f565b602002602001015190505f604082901c90508089101561231d5760ff602083901c8116975061ffff600884901c1690831660028190036122e9575f602885901c62ffffff16905060018a6008838f6122c391906145df565b901b8517838f6122d39190614398565b5f9a509a509a509a509a50505050505050612347565b8060010361230757506001985095508894505f935061234792505050565b506001985089965094505f935061234792505050565b612327818a61459d565b9850505080600101905061224f565b505f5f5f5f89945094509450945094505b9295509295909350565b60606123616102e08601866143ea565b905084106123c3576123776102e08601866143ea565b9050612384856001614352565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a40161009f565b366123d26102e08701876143ea565b868181106123e2576123e261453f565b90506020028101906123f49190614749565b90505f61241261240489876133bf565b61240d876134d5565b613512565b905084612422602084018461475d565b60ff1614158061244757508361243e60408401602085016142f5565b63ffffffff1614155b806124525750808410155b156124a75785612465602084018461475d565b61247560408501602086016142f5565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff16604482015260640161009f565b5f6124b3898787613534565b9050806124c3604085018561463e565b90501461250257866124d8604085018561463e565b604051636a57042760e01b815260048101939093526024830152506044810182905260640161009f565b61250b82611fca565b61251860608501856143ea565b9050146125595760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b60648201526024810188905260840161009f565b88610240015186601281106125705761257061453f565b60200201516125aa612585604086018661463e565b604051612593929190614680565b6040519081900390208761069a60608801886143ea565b146125e95760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b60648201526024810188905260840161009f565b6125f6604084018461463e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b60606126476103008501856143ea565b905083106126855761265d6103008501856143ea565b905061266a846001614352565b604051637037f67360e11b815260040161009f92919061477d565b6126936103008501856143ea565b848181106126a3576126a361453f565b90506020028101906126b5919061463e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509394506126f6925085915061359c9050565b61270087856133bf565b61270a91906143ab565b905080825114612741578151604051636a57042760e01b81526004810186905260248101919091526044810182905260640161009f565b85610240015183601281106127585761275861453f565b6020020151612768878585612791565b146127885783604051630b28d38960e31b815260040161009f91906147a0565b50949350505050565b5f5f61279c8461359c565b6127a5856134d5565b6127af91906143ab565b90505f8160018386516127c29190614352565b6127cc919061459d565b6127d69190614398565b90505f816001600160401b038111156127f1576127f1614571565b60405190808252806020026020018201604052801561281a578160200160208202803683370190505b5090505f5b82811015612895575f61283285836143ab565b90505f875186836128439190614352565b1161284e578561285b565b81885161285b919061459d565b90505f818360208b01012090508085858151811061287b5761287b61453f565b60200260200101818152505050505080600101905061281f565b5061289f8161207a565b979650505050505050565b5f5f8412156128cf576040516338e756a760e21b81526004810185905260240161009f565b5f8212156128f3576040516338e756a760e21b81526004810183905260240161009f565b825f036129135760405163011ee73b60e21b815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b5f5f6129d3865f015161219c565b90505f866080015160026129e791906143ab565b6101408801516129f89060026143ab565b8851612a059060036143ab565b612a108560026143ab565b612a1a9190614352565b612a249190614352565b612a2e9190614352565b90505f81886101a00151612a4291906143ab565b60a0890151612a52906001614352565b612a5c9190614352565b905060028703612ac5578486600114612a75575f612aa7565b610140890151612a869060026143ab565b8951612a939060026143ab565b612a9d9086614352565b612aa79190614352565b612ab19083614352565b612abb9190614352565b93505050506121c8565b60018703612ad857612abb856001614352565b6004871480612af25750600387148015612af25750856007145b15612b5457876101000151600114612b49578483838a60200151612b1691906143ab565b60a08b0151612b26906001614352565b612b309190614352565b612b3a9190614352565b612b449190614352565b612abb565b612abb856001614352565b60038703612c0e576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b88811015612bec57818160078110612bbe57612bbe61453f565b6020020151612bcd9084614352565b925080600303612be457612be18684614352565b92505b600101612ba4565b5086612bf88385614352565b612c029190614352565b955050505050506121c8565b5f83838a60200151612c2091906143ab565b60a08b0151612c30906001614352565b612c3a9190614352565b612c449190614352565b90508861010001515f03612c645760a0890151612c619082614352565b90505b612c6e8682614352565b9998505050505050505050565b5f5f612c89835f015161219c565b90505f8360c001518285608001516002612ca391906143ab565b610140870151612cb49060026143ab565b8751612cc19060036143ab565b612ccc8760026143ab565b612cd69190614352565b612ce09190614352565b612cea9190614352565b8660200151612cf991906143ab565b60a0870151612d09906001614352565b612d139190614352565b612d1d9190614352565b612d279190614352565b90508361010001515f036122415760a08401516121c89082614352565b606083612d546020870187614318565b6001600160401b0316141580612d78575082612d73602087018761463e565b905014155b80612d91575081612d8c60408701876143ea565b905014155b15612db15783604051630b28d38960e31b815260040161009f91906147c3565b6101c0860151612dee612dc7602088018861463e565b604051612dd5929190614680565b60405180910390208688806040019061069a91906143ea565b14612e0e5783604051630b28d38960e31b815260040161009f91906147c3565b612e1b602086018661463e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f612e63846135f3565b612e6c836135f3565b6121c8612e82612e7c85876145b0565b8461362a565b61367c565b36612e966102e08501856143ea565b84818110612ea657612ea661453f565b9050602002810190612eb89190614749565b9050612eeb8280519060200120826020016020810190612ed891906142f5565b63ffffffff1661069a60608501856143ea565b610240860151612efe602084018461475d565b60ff1660128110610cba57610cba61453f565b612f19614211565b5f5f5b610400811015612f4d578084015160030b5f811215612f38575f035b82811115612f44578092505b50602001612f1c565b508015612fa1578060011c5f5b610400811015612f9e578481015160030b607f025f8082128015612f88578585845f0301045f039150612f90565b858584010491505b508583015250602001612f5a565b50505b915091565b5f81600703612fb757506011919050565b815f03612fc657506002919050565b81600103612fd657506003919050565b81600203612fe657506004919050565b81600403612ff657506006919050565b8160050361300657506007919050565b506008919050565b60608061302a85855f86613023576009612637565b600b612637565b91505f613047868660018761304057600a612637565b600c612637565b9050600881516130579190614398565b6001600160401b0381111561306e5761306e614571565b604051908082528060200260200182016040528015613097578160200160208202803683370190505b5091505f5b82518110156130dd576130b8828260031b016020015160c01d90565b8382815181106130ca576130ca61453f565b602090810291909101015260010161309c565b5050935093915050565b60606130f76103408301836143ea565b905060021461310e57610d926103408301836143ea565b5f836102000151600614613123578351613129565b83608001515b90506121c88461313d6103408601866143ea565b600181811061314e5761314e61453f565b90506020028101906131609190614553565b6131778760038961020001518a61022001516129c5565b613182602086614398565b61318d9060226143ab565b610e0a61066a8a612c7b565b5f6121c86131ab8585855f87516136ab565b613275565b5f5f5f6131c2878787600614876139b7565b90925090506131d56103408701876143ea565b90506002146131ec57610d926103408701876143ea565b5f61324d886131ff6103408a018a6143ea565b60018181106132105761321061453f565b90506020028101906132229190614553565b6132348b60038b8e61022001516129c5565b85516132419060226143ab565b610e0a61066a8e612c7b565b9050613269818484885f602002015189600160200201516136ab565b98975050505050505050565b5f610901612e8283637f00000061362a565b61328f614211565b60228251146132b657815160405163d49782d960e01b815260040161009f91815260200190565b602082015160228301515f82901a60019290921a60081b9190911790601f600a83901c8116900361330057604051632548acfb60e11b815261ffff8316600482015260240161009f565b5f61330e8361ffff166139df565b90505f5b6020811015613365575f83821a810b83029081126080030160081d637fffffff198112156133425750637fffffff195b637fffffff8113156133555750637fffffff5b600582901b860152600101613312565b50505050919050565b5f81158061337c575060ff82115b1561339d57604051630263749760e41b81526004810183905260240161009f565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f8115806133cd5750600182145b806133d85750600282145b806133e35750600582145b806133ee5750600882145b806133f95750600982145b1561340657508151610901565b60038214806134155750600482145b156134265750610140820151610901565b60068214806134355750600782145b806134405750600b82145b1561345057506080820151610901565b600a820361346d57825161346690602090614398565b9050610901565b600c820361348657602083608001516134669190614398565b600d8214806134955750600e82145b156134a5575060c0820151610901565b600f82036134b95750610120820151610901565b601182036134cc575060a0820151610901565b50601c92915050565b5f600a8214806134e55750600c82145b806134f05750600f82145b806134fb5750601082145b613506576020613509565b60105b60ff1692915050565b5f8160016135208286614352565b61352a919061459d565b6122419190614398565b5f5f61354085856133bf565b90505f61354c856134d5565b90505f61355982866143ab565b90505f836135678484614352565b1161357b576135768383614352565b61357d565b835b90506135888761359c565b613592838361459d565b61326991906143ab565b5f60098214806135ac5750600b82145b156135b957506001919050565b600a8214806135c85750600c82145b806135d35750600f82145b806135de5750601082145b156135eb57506008919050565b506004919050565b637fffffff198112806136095750637fffffff81135b15611ce15760405163e92ac66b60e01b81526004810182905260240161009f565b5f5f821361364e57604051637040adc360e01b81526004810183905260240161009f565b5f831283811561365e57845f0390505b838460011c820104925050801561367557815f0391505b5092915050565b5f637fffffff1982121561369357637fffffff1991505b637fffffff8213156136a757637fffffff91505b5090565b82515f906136ba6022826143ab565b87511415806136d457506136cf6020826143ab565b865114155b156137065786518651604051638ee979f560e01b8152600481019290925260248201526044810182905260640161009f565b8284118061371357508083115b1561374257604051633fe8c99960e01b815260048101859052602481018490526044810182905260640161009f565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b8082101561398c5783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f831417156137af5760208d01850360051c600101975050505061398c565b80156139725781151580600a1b6103ff8516178184031b905083600f1c156137d4575f035b865160028901518391620800007f80808080808080808080808080808080808080808080808080808080808080809283187cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff81811677ffffffffffffffff0000000000000000ffffffffffffffff7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff96909518602081811c9788167fffffffff00000000ffffffff00000000ffffffff00000000ffffffff000000009290911b91821617604090811c9690961677ffffffff000000000000000000000000ffffffff000000009190911673ffffffff000000000000000000000000ffffffff979097169690961790941b94909417608081811c91901b17848116848101600884811c88169084901c881681810192909201601086811c8a169086901c8a1681810192909201601897881c8b169690971c99909916858101969096017c01000000010000000100000001000000010000000100000001000000010260d91c647fffffff80169790930291020195029490940193029290920160e01c03018202028b019a50505b505050602284019350602083019250602082019150613768565b50505050805f146139ac576139ac88876139a760018561459d565b613a0f565b505095945050505050565b6060806139c686868686613a94565b6139d287878787613c01565b9150915094509492505050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c1615611fe8575f03919050565b602281028301602001515f81901a60019190911a60081b17601f600a82901c81169003613a5557604051632548acfb60e11b815261ffff8216600482015260240161009f565b81838381518110613a6857613a6861453f565b60200260200101516040516358e5175760e11b815260040161009f929190918252602082015260400190565b60605f602084613aa5578651613aab565b86608001515b613ab59190614398565b90505f84613ac4576009613ac7565b600b5b90505f5f613b5e885f856040518060a001604052808981526020018b5f60028110613af457613af461453f565b6020020151815260200160018c600160028110613b1357613b1361453f565b6020020151613b22919061459d565b815260200160208152602001896020613b3b91906143ab565b90526102408e01518860128110613b5457613b5461453f565b6020020151613d58565b9092509050613b6e8460206143ab565b6001600160401b03811115613b8557613b85614571565b6040519080825280601f01601f191660200182016040528015613baf576020820181803683370190505b5086519095505b6020870151811015613bf4575f613bcd838361459d565b613bd89060206143ab565b8401602090810151600584901b89019091015250600101613bb6565b5050505050949350505050565b60605f602084613c12578651613c18565b86608001515b613c229190614398565b90505f84613c3157600a613c34565b600c5b90505f5f613cb4886001856040518060a0016040528060108a600f613c599190614352565b613c639190614398565b81528b51602090910190613c7990601090614398565b8152602001601060018d816020020151613c93919061459d565b613c9d9190614398565b815260806020820152604001613b3b8a60086143ab565b91509150836001600160401b03811115613cd057613cd0614571565b604051908082528060200260200182016040528015613cf9578160200160208202803683370190505b5086519095505b6020870151811015613bf457613d3383613d1b8460106143ab565b613d25908461459d565b60031b016020015160c01d90565b868281518110613d4557613d4561453f565b6020908102919091010152600101613d00565b60605f613d696103208801886143ea565b90508610613dcd57613d7f6103208801886143ea565b9050613d8c876001614352565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a40161009f565b36613ddc6103208901896143ea565b88818110613dec57613dec61453f565b9050602002810190613dfe91906147e7565b90505f5b60408601516020870151821c90821c14613e2657613e1f81614585565b9050613e02565b6020860151865190821c821b93505f90613e436001841b86614352565b11613e5a57613e556001831b85614352565b613e5d565b86515b608088015160608901519192505f91613e7690846143ab565b11613e99576060880151613e8a868461459d565b613e9491906143ab565b613eb7565b6060880151613ea890866143ab565b6080890151613eb7919061459d565b905088613ec7602086018661475d565b60ff16141580613eec575084613ee360408601602087016142f5565b63ffffffff1614155b80613f09575082613f03606086016040870161475d565b60ff1614155b15613f2c5789613f1c602086018661475d565b61247560408701602088016142f5565b80613f3a606086018661463e565b905014613f4f57896124d8606086018661463e565b87518390613f5c90611fca565b613f66919061459d565b613f7360808601866143ea565b9050141580613fe3575086613fe0613fd0613f91606088018861463e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505060608d0151889150614076565b87861c61069a60808901896143ea565b14155b156140245760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b905260840161009f565b614031606085018561463e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929e979d50969b505050505050505050505050565b5f806001841b6001600160401b0381111561409357614093614571565b6040519080825280602002602001820160405280156140bc578160200160208202803683370190505b5090505f8360018588516140d09190614352565b6140da919061459d565b6140e49190614398565b90505f5b8181101561415e575f6140fb86836143ab565b90505f8851878361410c9190614352565b116141175786614124565b818951614124919061459d565b90505f818360208c0101209050808685815181106141445761414461453f565b6020026020010181815250505050508060010190506140e8565b506141688261207a565b9695505050505050565b604051806102e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020016141f2614230565b8152602001606081526020015f81526020015f81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b6040518061024001604052806012906020820280368337509192915050565b5f5f5f5f848603610200811215614264575f5ffd5b610180811215614272575f5ffd5b8594506101808501359350604061019f198201121561428f575f5ffd5b506101a0850191506101e08501356001600160401b038111156142b0575f5ffd5b85016103a081880312156142c2575f5ffd5b939692955090935050565b6060808252600190820152601b60fa1b60808201526020810192909252604082015260a00190565b5f60208284031215614305575f5ffd5b813563ffffffff81168114612241575f5ffd5b5f60208284031215614328575f5ffd5b81356001600160401b0381168114612241575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156109015761090161433e565b6001600160401b0381811683821601908111156109015761090161433e565b634e487b7160e01b5f52601260045260245ffd5b5f826143a6576143a6614384565b500490565b80820281158282048414176109015761090161433e565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b5f5f8335601e198436030181126143ff575f5ffd5b8301803591506001600160401b03821115614418575f5ffd5b6020019150600581901b360382131561442f575f5ffd5b9250929050565b606081525f61445a6060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b1660158201526144bd601982018c61446a565b6144ca601d82018b61446a565b6144d7602182018a61446a565b6144e4602582018961446a565b6144f1602982018861446a565b6144fe602d82018761446a565b61450b603182018661446a565b614518603582018561446a565b614525603982018461446a565b603d810191909152605d019b9a5050505050505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112614567575f5ffd5b9190910192915050565b634e487b7160e01b5f52604160045260245ffd5b5f600182016145965761459661433e565b5060010190565b818103818111156109015761090161433e565b8082025f8212600160ff1b841416156145cb576145cb61433e565b81810583148215176109015761090161433e565b5f826145ed576145ed614384565b500690565b8082018281125f8312801582168215821617156146115761461161433e565b505092915050565b606081525f61445a6060830160068152651c1c9bdb5c1d60d21b602082015260400190565b5f5f8335601e19843603018112614653575f5ffd5b8301803591506001600160401b0382111561466c575f5ffd5b60200191503681900382131561442f575f5ffd5b818382375f9101908152919050565b604081525f6146b46040830160068152651c1c9bdb5c1d60d21b602082015260400190565b905082602083015292915050565b5f63ffffffff8316806146d7576146d7614384565b8063ffffffff84160691505092915050565b5f63ffffffff8316806146fe576146fe614384565b8063ffffffff84160491505092915050565b8181035f8312801583831316838312821617156136755761367561433e565b5f600160ff1b82016147435761474361433e565b505f0390565b5f8235607e19833603018112614567575f5ffd5b5f6020828403121561476d575f5ffd5b813560ff81168114612241575f5ffd5b606081525f61445a606083016004815263199d5b1b60e21b602082015260400190565b604081525f6146b4604083016004815263199d5b1b60e21b602082015260400190565b604081525f6146b46040830160058152641b5bd9195b60da1b602082015260400190565b5f8235609e19833603018112614567575f5ffd",
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
// the contract method with ID 0x739b8ce9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepHead((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32) job, (uint64,uint32,uint32,bytes32[18],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
func (oneStepHead *OneStepHead) PackStepHead(cfg IOneStepTypesModelConfig, modelRoot [32]byte, job IOneStepTypesJobContext, sp IOneStepTypesStepProof) []byte {
	enc, err := oneStepHead.abi.Pack("stepHead", cfg, modelRoot, job, sp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x739b8ce9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepHead((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32) job, (uint64,uint32,uint32,bytes32[18],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
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
// from invoking the contract method with ID 0x739b8ce9.
//
// Solidity: function stepHead((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32) job, (uint64,uint32,uint32,bytes32[18],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"attention\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"head\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ATTENTION\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"HEAD\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepTypes.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"promptRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"promptLen\",\"type\":\"uint32\"}],\"internalType\":\"structIOneStepTypes.JobContext\",\"name\":\"job\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"l\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[18]\",\"name\":\"regRoots\",\"type\":\"bytes32[18]\"},{\"internalType\":\"bytes32[]\",\"name\":\"layerRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Chunk[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"full\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"first\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Subtree[]\",\"name\":\"subtrees\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"model\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"kv\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepTypes.Opening[]\",\"name\":\"prompt\",\"type\":\"tuple[]\"}],\"internalType\":\"structIOneStepTypes.StepProof\",\"name\":\"sp\",\"type\":\"tuple\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockIndex\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"name\":\"AmaxOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotInModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rowBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quantBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NegativeInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"programLength\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongOperand\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"}]",
	ID:  "e4bb7b38d6917681bfc7198fd5d7f32054",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051614b1c380380614b1c83398101604081905261002e91610060565b6001600160a01b039182166080521660a052610091565b80516001600160a01b038116811461005b575f5ffd5b919050565b5f5f60408385031215610071575f5ffd5b61007a83610045565b915061008860208401610045565b90509250929050565b60805160a051614a5e6100be5f395f81816048015261010e01525f8181608c01526101870152614a5e5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80631a7016091461004357806338cb7a091461008757806353f04955146100ae575b5f5ffd5b61006a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61006a7f000000000000000000000000000000000000000000000000000000000000000081565b6100c16100bc366004614524565b6100d6565b6040805192835260208301919091520161007e565b5f806100e860408701602088016145a2565b63ffffffff166100fe60608501604086016145a2565b63ffffffff160361013a5761013a7f000000000000000000000000000000000000000000000000000000000000000063739b8ce960e01b6102c7565b5f6101708761014f60408701602088016145a2565b63ffffffff1661016260208801886145c5565b6001600160401b03166102f6565b5050905061017d81610b03565b156101b3576101b37f000000000000000000000000000000000000000000000000000000000000000063d40f3e2360e01b6102c7565b5f6101bf888887610b1c565b90506101d76101d160208701876145c5565b82611092565b9350610200886101ed60408801602089016145a2565b63ffffffff1661016260208901896145c5565b6102208401526102008301526101e08201525f198201610229576102248186611232565b61029f565b6002820361023b5761022481866112e7565b6003820361024d57610224818661134b565b6004820361025f57610224818661150d565b600582036102715761022481866116b6565b60108203610283576102248186611732565b600e820361029557610224818661189a565b61029f818661192b565b6102ba6102af60208701876145c5565b6101d19060016145ff565b9250505094509492505050565b604051365f823780516001600160e01b0316821781525f803683865afa3d5f833e806102f1573d82fd5b503d81f35b5f80808061031561030a60208901896145a2565b63ffffffff166119aa565b90505f6103286060890160408a016145a2565b61033560208a018a6145a2565b61033f9190614632565b63ffffffff1661035560808a0160608b016145a2565b63ffffffff166103659190614659565b60408051600a808252610160820190925291925087915f91602082016101408036833701905050905061039b8460015f5f6119c2565b815f815181106103ad576103ad614684565b6020026020010181815250506103c7600160025f5f6119c2565b816001815181106103da576103da614684565b6020026020010181815250506103f38460035f5f6119c2565b8160028151811061040657610406614684565b60200260200101818152505061042084600460015f6119c2565b8160038151811061043357610433614684565b6020026020010181815250506104738a5f01602081019061045491906145a2565b63ffffffff165f61046860208e018e6145a2565b63ffffffff166119de565b8160048151811061048657610486614684565b6020026020010181815250506104aa8360018c5f01602081019061046891906145a2565b816005815181106104bd576104bd614684565b6020026020010181815250506104e18360028c5f01602081019061046891906145a2565b816006815181106104f4576104f4614684565b602090810291909101015261052261051260608c0160408d016145a2565b63ffffffff1660065f60016119c2565b8160078151811061053557610535614684565b602090810291909101015261056361055360808c0160608d016145a2565b63ffffffff1660066001806119c2565b8160088151811061057657610576614684565b602002602001018181525050610590600160075f5f6119c2565b816009815181106105a3576105a3614684565b6020026020010181815250505f6105ba828a611a56565b9c50919a5098509650905080156105d5575050505050610afa565b5f6105e18b6001614698565b90505f6105ed826119aa565b90505f6105fb826002614659565b610606846002614659565b6106109190614698565b61061b906002614698565b90508d604001602081019061063091906145a2565b6106409063ffffffff1682614659565b8c1015610744575f610652828e6146ab565b905061065e828e6146be565b9c50838d101561067f5760089b5099508b9850610afa975050505050505050565b610689848e6146d1565b9c508c5f036106a95760099b5099505f9850610afa975050505050505050565b6106b460018e6146d1565b9c50828d10156106d657600a8d5f9b509b509b50505050505050505050610afa565b6106e0838e6146d1565b9c50828d101561070257600b8d5f9b509b509b50505050505050505050610afa565b61070c838e6146d1565b9c50838d101561072d57600c9b5099508b9850610afa975050505050505050565b600d9b5099505f9850610afa975050505050505050565b8d604001602081019061075791906145a2565b6107679063ffffffff1682614659565b610771908d6146d1565b9b505f9250600d91506107819050565b6040519080825280602002602001820160405280156107aa578160200160208202803683370190505b5090506107bb86600460055f6119c2565b815f815181106107cd576107cd614684565b6020026020010181815250506108088c5f0160208101906107ee91906145a2565b63ffffffff1660038e5f01602081019061046891906145a2565b8160018151811061081b5761081b614684565b60200260200101818152505061083486600e5f5f6119c2565b8160028151811061084757610847614684565b6020026020010181815250506108608660015f5f6119c2565b8160038151811061087357610873614684565b60200260200101818152505061088d600160025f5f6119c2565b816004815181106108a0576108a0614684565b6020026020010181815250506108ba86600360015f6119c2565b816005815181106108cd576108cd614684565b6020026020010181815250506108e786600460015f6119c2565b816006815181106108fa576108fa614684565b602090810291909101015261093261091860a08e0160808f016145a2565b63ffffffff1660048e5f01602081019061046891906145a2565b8160078151811061094557610945614684565b602090810291909101015261097d61096360a08e0160808f016145a2565b63ffffffff1660058e5f01602081019061046891906145a2565b8160088151811061099057610990614684565b6020026020010181815250506109be6109b58d608001602081019061030a91906145a2565b600f5f5f6119c2565b816009815181106109d1576109d1614684565b602002602001018181525050610a006109f68d608001602081019061030a91906145a2565b600460065f6119c2565b81600a81518110610a1357610a13614684565b602002602001018181525050610a4f8c5f016020810190610a3491906145a2565b63ffffffff1660068e608001602081019061046891906145a2565b81600b81518110610a6257610a62614684565b602002602001018181525050610a7b86600e5f5f6119c2565b81600c81518110610a8e57610a8e614684565b602002602001018181525050610aa4818b611a56565b9d50919b509950975091508115610ac057505050505050610afa565b83610acb8b826146d1565b604051631a46e91f60e11b81526001600160401b03909216600483015260248201526044015b60405180910390fd5b93509350939050565b5f60068210158015610b165750600d8211155b92915050565b610b24614447565b610b2d84611b5f565b610b3a60208501856145a2565b63ffffffff168152610b5260408501602086016145a2565b63ffffffff166020820152610b6d60608501604086016145a2565b63ffffffff166040820152610b8860808501606086016145a2565b63ffffffff166060820152610ba360a08501608086016145a2565b63ffffffff166080820152610bbe60c0850160a086016145a2565b63ffffffff1660a0820152610bd960e0850160c086016145a2565b63ffffffff1660c0820152610bf5610100850160e086016145a2565b63ffffffff1660e0820152610c12610160850161014086016145a2565b63ffffffff1661010082015260408101518151610c2f91906146ab565b61012082018190526060820151610c469190614659565b61014080830191909152610c6b90610c6490860161012087016145a2565b6020611fca565b6101608201526101c08101839052610c8960408301602084016145a2565b63ffffffff16610180820152610ca560608301604084016145a2565b63ffffffff166101a082015260c081015161018082015110610ce7578061018001518160c001516040516329ded1a760e11b8152600401610af19291906146e4565b8060200151816101a001511115610d3d576101a081015160208201516040516329ded1a760e11b81526060600482015260016064820152601b60fa1b60848201526024810192909252604482015260a401610af1565b8060200151816101a00151148015610d69575060c0810151610180820151610d66906001614698565b10155b15610d9f57610180810151610d7f906001614698565b8160c001516040516329ded1a760e11b8152600401610af19291906146e4565b6020810151610db26102a084018461470c565b905014610e1157610dc76102a083018361470c565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a4019050610af1565b610e1f61034083018361470c565b90505f03610e45575f6001604051637037f67360e11b8152600401610af1929190614758565b5f610e5360208601866145a2565b610e6360408701602088016145a2565b610e7360608801604089016145a2565b610e836080890160608a016145a2565b610e9360a08a0160808b016145a2565b610ea360c08b0160a08c016145a2565b610eb360e08c0160c08d016145a2565b610ec46101008d0160e08e016145a2565b610ed66101208e016101008f016145a2565b8d610120016020810190610eea91906145a2565b8e610140016020810190610efe91906145a2565b8f6101600135604051602001610f1f9c9b9a9998979695949392919061479d565b60408051601f198184030181529190528051602090910120905036610f4861034085018561470c565b5f818110610f5857610f58614684565b9050602002810190610f6a9190614861565b9050610f7960208201826145c5565b6001600160401b0316151580610fad5750610f9b610f9687612112565b6122b0565b610fa8604083018361470c565b905014155b80610fce575084610fcb835f610fc6604086018661470c565b6122d3565b14155b15610fef576040516308a691e960e31b815260048101869052602401610af1565b5f5b60128110156110385784606001816012811061100f5761100f614684565b6020020135846102400151826012811061102b5761102b614684565b6020020152600101610ff1565b506110476102a085018561470c565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525050505061026084015250506102c09091013561028082015292915050565b60408051601280825261026082019092525f9182919060208201610240803683370190505090505f5b60128110156111055783610240015181601281106110db576110db614684565b60200201518282815181106110f2576110f2614684565b60209081029190910101526001016110bb565b505f836102600151516001600160401b0381111561112557611125614670565b60405190808252806020026020018201604052801561114e578160200160208202803683370190505b5090505f5b81518110156111a057846102600151818151811061117357611173614684565b602002602001015182828151811061118d5761118d614684565b6020908102919091010152600101611153565b5084846101800151856101a001516111b785612360565b6111c085612360565b61028089015160405160c09690961b6001600160c01b031916602087015260e094851b6001600160e01b031990811660288801529390941b909216602c850152603084015260508301526070820152609001604051602081830303815290604052805190602001209250505092915050565b5f61124583835f5f876102000151612482565b90505f61125584845f6010612768565b90505f8461020001515f1461126e576020820151611270565b5f5b90505f5b6004845161128291906146ab565b8110156112be575f61129d858360021b016020015160e01d90565b90506112a9818061487f565b6112b39084614698565b925050600101611274565b50602082018190526112d2856010846128c2565b61024086015160105b60200201525050505050565b5f6112f583835f6010612768565b905061132d81600161131d611310855f60051b016020015190565b87516101608901516129db565b808260051b602085010152505050565b611339836010836128c2565b61024084015160106020020152505050565b5f61135e83835f5f876102000151612482565b90506113738383600180876102000151612482565b505f61138c61138585855f6010612768565b6040015190565b905061139c61034084018461470c565b90506002146113d0576113b361034084018461470c565b604051637037f67360e11b8152610af19250600290600401614758565b5f611430856113e361034087018761470c565b60018181106113f4576113f4614684565b90506020028101906114069190614861565b61141d8860028a61022001518b6102000151612af6565b865161142b610f968b612dac565b612e75565b90505f83516001600160401b0381111561144c5761144c614670565b6040519080825280601f01601f191660200182016040528015611476576020820181803683370190505b5090505f5b6004855161148991906146ab565b8110156114f7576114ef82826114c46114ab898660021b016020015160e01d90565b6114be888760021b016020015160e01d90565b89612f8a565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b60010161147b565b506115058686600184612fb8565b505050505050565b5f5f600684610220015114611525576009600a61152a565b600b600c5b915091505f61154685855f886102200151896102000151612482565b905061155b8585600186896102000151612482565b505f61157c868660028660108b610200015161157791906146ab565b612482565b90506115866144e6565b5f5b60208110156115cb576115a4848260021b016020015160e01d90565b8282602081106115b6576115b6614684565b60039290920b60209092020152600101611588565b505f5f6115d783613042565b6040805160208082528183019092529294509092505f91906020820181803683370190505090505f5b60208110156116535783816020811061161b5761161b614684565b602002015160f81b82828151811061163557611635614684565b60200101906001600160f81b03191690815f1a905350600101611600565b506116618a8a600184612fb8565b61169d8560108c610200015161167791906146be565b60031b0160200180516001600160c01b03166001600160c01b031960c086901b16179052565b6116aa8a8a600288612fb8565b50505050505050505050565b5f6116dd83835f6116cb8761020001516130d7565b602088610220015161157791906146ab565b90505f5f6116f4858587610200015160061461313f565b915091505f6117038686613218565b905061172684602088610220015161171b91906146be565b6114c48487876132ca565b61150586865f87612fb8565b61020082015160ff165f60206006831461174d578451611753565b84608001515b61175d91906146ab565b90505f604051806040016040528060806008886102000151901c6117819190614659565b81526020015f8152509050816080825f600281106117a1576117a1614684565b60200201516117b09190614698565b116117c85780516117c390608090614698565b6117ca565b815b60208201525f6117f18686836117df886130d7565b60208b610220015161157791906146ab565b90505f61180187875f6010612768565b90505f611810888888876132e1565b61020089015160081c156118285760a083015161182a565b5f5b61183491906148ae565b905084846001602002015103611866576118638360208a610220015161185a91906146be565b6114c4846133a6565b505f5b60a08201819052611879886010846128c2565b610240890151610200015261189088885f86612fb8565b5050505050505050565b5f6118ad83835f5f876102000151612482565b90505f6118c4848460016008886102000151612482565b90505f5b600483516118d691906146ab565b8110156119185761191083826114c46118f8878660021b016020015160e01d90565b61190b878760021b016020015160e01d90565b6133b8565b6001016118c8565b5061192584845f85612fb8565b50505050565b5f61193f83835f6006876102000151612482565b90505f611956848460016007886102000151612482565b90505f5b6004835161196891906146ab565b811015611918576119a283826114c461198a878660021b016020015160e01d90565b61199d878760021b016020015160e01d90565b6133d8565b60010161195a565b5f60206119b883601f614698565b610b1691906146ab565b604084901b602084901b17600883901b1781175b949350505050565b5f8060806001816119f06020876146ab565b6119fa9190614698565b611a0491906146d1565b611a0e91906146ab565b905060018111611a2e57611a268560058660016119c2565b915050611a4f565b602881901b611a4a611a408388614659565b60108760026119c2565b179150505b9392505050565b5f5f5f5f5f5f5b8751811015611b44575f888281518110611a7957611a79614684565b602002602001015190505f604082901c905080891015611b2b5760ff602083901c8116975061ffff600884901c169083166002819003611af7575f602885901c62ffffff16905060018a6008838f611ad191906146be565b901b8517838f611ae191906146ab565b5f9a509a509a509a509a50505050505050611b55565b80600103611b1557506001985095508894505f9350611b5592505050565b506001985089965094505f9350611b5592505050565b611b35818a6146d1565b98505050806001019050611a5d565b505f5f5f5f89945094509450945094505b9295509295909350565b611b6c60208201826145a2565b63ffffffff161580611b9a57506020611b87828201836145a2565b611b9191906148d5565b63ffffffff1615155b15611bce576040516389a6198960e01b815260206004820152600360248201526264696d60e81b6044820152606401610af1565b611bde60408201602083016145a2565b63ffffffff165f03611c1c576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b6044820152606401610af1565b611c2c60608201604083016145a2565b63ffffffff161580611c695750611c4960608201604083016145a2565b611c5660208301836145a2565b611c6091906148d5565b63ffffffff1615155b15611c9f576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b6044820152606401610af1565b6002611cb160608301604084016145a2565b611cbe60208401846145a2565b611cc89190614632565b611cd291906148d5565b63ffffffff1615611d10576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b6044820152606401610af1565b611d2060808201606083016145a2565b63ffffffff161580611d605750611d3d60808201606083016145a2565b611d4d60608301604084016145a2565b611d5791906148d5565b63ffffffff1615155b15611d98576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b6044820152606401610af1565b611da860a08201608083016145a2565b63ffffffff161580611dda57506020611dc760a08301608084016145a2565b611dd191906148d5565b63ffffffff1615155b15611e10576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b6044820152606401610af1565b611e2060c0820160a083016145a2565b63ffffffff165f03611e5d576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b6044820152606401610af1565b611e6d60e0820160c083016145a2565b63ffffffff165f03611eac576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b6044820152606401610af1565b611ebd610100820160e083016145a2565b63ffffffff161580611ef057506002611edd610100830160e084016145a2565b611ee791906148d5565b63ffffffff1615155b80611f3c5750611f0660608201604083016145a2565b611f1360208301836145a2565b611f1d9190614632565b63ffffffff16611f34610100830160e084016145a2565b63ffffffff16115b15611f75576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b6044820152606401610af1565b6001611f89610160830161014084016145a2565b63ffffffff161115611fc7576040516389a6198960e01b8152600401610af1906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff85169082900361201a576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b6044820152606401610af1565b5f82156120335761202e82628000006148ae565b612035565b815b90505f831561204e576120496096856148fc565b612052565b6094195b90505f61205f87836148ae565b9050825f03612075575f95505050505050610b16565b5f81126120c65760268113156120bc576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b6044820152606401610af1565b82811b95506120ec565b60191981136120d7575f95506120ec565b6120e9836120e48361491b565b613438565b95505b6001601f89901c81169003612107576121048661491b565b95505b505050505092915050565b5f8061212461030a60208501856145a2565b90505f61213760608501604086016145a2565b61214460208601866145a2565b61214e9190614632565b63ffffffff1661216460808601606087016145a2565b63ffffffff166121749190614659565b90505f61218760a08601608087016145a2565b6121989063ffffffff166002614659565b6121a3836002614659565b6121b060208801886145a2565b6121c19063ffffffff166003614659565b6121cc866002614659565b6121d69190614698565b6121e09190614698565b6121ea9190614698565b90505f6121fd60e0870160c088016145a2565b63ffffffff16848361221560408a0160208b016145a2565b63ffffffff166122259190614659565b61223560c08a0160a08b016145a2565b6122469063ffffffff166001614698565b6122509190614698565b61225a9190614698565b6122649190614698565b9050612278610160870161014088016145a2565b63ffffffff165f036122a75761229460c0870160a088016145a2565b6122a49063ffffffff1682614698565b90505b95945050505050565b5f5b81816001901b10156122ce576122c781614935565b90506122b2565b919050565b5f81610100811080156122e7575084811c15155b1561230f576040516394666f0d60e01b81526004810186905260248101829052604401610af1565b859150838160051b81015b80821015612355576001871660051b823580861715158683528160208418528060405f200296505050508660011c965060208201915061231a565b505050949350505050565b80515f9080820361237357505f92915050565b6001811115612460575f600261238a836001614698565b61239491906146ab565b90505f5b81811015612458575f836123ad836002614659565b6123b8906001614698565b106123c3575f6123f3565b856123cf836002614659565b6123da906001614698565b815181106123ea576123ea614684565b60200260200101515b905061243286612404846002614659565b8151811061241457612414614684565b6020026020010151825f828152602082905260409020911715150290565b86838151811061244457612444614684565b602090810291909101015250600101612398565b509050612373565b825f8151811061247257612472614684565b6020026020010151915050919050565b60606124926102e086018661470c565b905084106124f4576124a86102e086018661470c565b90506124b5856001614698565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a401610af1565b366125036102e087018761470c565b8681811061251357612513614684565b9050602002810190612525919061494d565b90505f6125436125358987613489565b61253e8761359f565b6135dc565b9050846125536020840184614961565b60ff1614158061257857508361256f60408401602085016145a2565b63ffffffff1614155b806125835750808410155b156125d857856125966020840184614961565b6125a660408501602086016145a2565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff166044820152606401610af1565b5f6125e48987876135fe565b9050806125f46040850185614981565b90501461263357866126096040850185614981565b604051636a57042760e01b8152600481019390935260248301525060448101829052606401610af1565b61263c826122b0565b612649606085018561470c565b90501461268a5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b606482015260248101889052608401610af1565b88610240015186601281106126a1576126a1614684565b60200201516126db6126b66040860186614981565b6040516126c49291906149c3565b60405190819003902087610fc6606088018861470c565b1461271a5760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b606482015260248101889052608401610af1565b6127276040840184614981565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b606061277861030085018561470c565b905083106127b65761278e61030085018561470c565b905061279b846001614698565b604051637037f67360e11b8152600401610af19291906149d2565b6127c461030085018561470c565b848181106127d4576127d4614684565b90506020028101906127e69190614981565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093945061282792508591506136669050565b6128318785613489565b61283b9190614659565b905080825114612872578151604051636a57042760e01b815260048101869052602481019190915260448101829052606401610af1565b856102400151836012811061288957612889614684565b60200201516128998785856128c2565b146128b95783604051630b28d38960e31b8152600401610af191906149f5565b50949350505050565b5f5f6128cd84613666565b6128d68561359f565b6128e09190614659565b90505f8160018386516128f39190614698565b6128fd91906146d1565b61290791906146ab565b90505f816001600160401b0381111561292257612922614670565b60405190808252806020026020018201604052801561294b578160200160208202803683370190505b5090505f5b828110156129c6575f6129638583614659565b90505f875186836129749190614698565b1161297f578561298c565b81885161298c91906146d1565b90505f818360208b0101209050808585815181106129ac576129ac614684565b602002602001018181525050505050806001019050612950565b506129d081612360565b979650505050505050565b5f5f841215612a00576040516338e756a760e21b815260048101859052602401610af1565b5f821215612a24576040516338e756a760e21b815260048101839052602401610af1565b825f03612a445760405163011ee73b60e21b815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b5f5f612b04865f01516119aa565b90505f86608001516002612b189190614659565b610140880151612b29906002614659565b8851612b36906003614659565b612b41856002614659565b612b4b9190614698565b612b559190614698565b612b5f9190614698565b90505f81886101a00151612b739190614659565b60a0890151612b83906001614698565b612b8d9190614698565b905060028703612bf6578486600114612ba6575f612bd8565b610140890151612bb7906002614659565b8951612bc4906002614659565b612bce9086614698565b612bd89190614698565b612be29083614698565b612bec9190614698565b93505050506119d6565b60018703612c0957612bec856001614698565b6004871480612c235750600387148015612c235750856007145b15612c8557876101000151600114612c7a578483838a60200151612c479190614659565b60a08b0151612c57906001614698565b612c619190614698565b612c6b9190614698565b612c759190614698565b612bec565b612bec856001614698565b60038703612d3f576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b88811015612d1d57818160078110612cef57612cef614684565b6020020151612cfe9084614698565b925080600303612d1557612d128684614698565b92505b600101612cd5565b5086612d298385614698565b612d339190614698565b955050505050506119d6565b5f83838a60200151612d519190614659565b60a08b0151612d61906001614698565b612d6b9190614698565b612d759190614698565b90508861010001515f03612d955760a0890151612d929082614698565b90505b612d9f8682614698565b9998505050505050505050565b5f5f612dba835f01516119aa565b90505f8360c001518285608001516002612dd49190614659565b610140870151612de5906002614659565b8751612df2906003614659565b612dfd876002614659565b612e079190614698565b612e119190614698565b612e1b9190614698565b8660200151612e2a9190614659565b60a0870151612e3a906001614698565b612e449190614698565b612e4e9190614698565b612e589190614698565b90508361010001515f03611a4f5760a08401516119d69082614698565b606083612e8560208701876145c5565b6001600160401b0316141580612ea9575082612ea46020870187614981565b905014155b80612ec2575081612ebd604087018761470c565b905014155b15612ee25783604051630b28d38960e31b8152600401610af19190614a26565b6101c0860151612f1f612ef86020880188614981565b604051612f069291906149c3565b604051809103902086888060400190610fc6919061470c565b14612f3f5783604051630b28d38960e31b8152600401610af19190614a26565b612f4c6020860186614981565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f612f94846136bd565b612f9d836136bd565b6119d6612fb3612fad858761487f565b846136f4565b613746565b36612fc76102e085018561470c565b84818110612fd757612fd7614684565b9050602002810190612fe9919061494d565b905061301c828051906020012082602001602081019061300991906145a2565b63ffffffff16610fc6606085018561470c565b61024086015161302f6020840184614961565b60ff16601281106112db576112db614684565b61304a6144e6565b5f5f5b61040081101561307e578084015160030b5f811215613069575f035b82811115613075578092505b5060200161304d565b5080156130d2578060011c5f5b6104008110156130cf578481015160030b607f025f80821280156130b9578585845f0301045f0391506130c1565b858584010491505b50858301525060200161308b565b50505b915091565b5f816007036130e857506011919050565b815f036130f757506002919050565b8160010361310757506003919050565b8160020361311757506004919050565b8160040361312757506006919050565b8160050361313757506007919050565b506008919050565b60608061315b85855f86613154576009612768565b600b612768565b91505f613178868660018761317157600a612768565b600c612768565b90506008815161318891906146ab565b6001600160401b0381111561319f5761319f614670565b6040519080825280602002602001820160405280156131c8578160200160208202803683370190505b5091505f5b825181101561320e576131e9828260031b016020015160c01d90565b8382815181106131fb576131fb614684565b60209081029190910101526001016131cd565b5050935093915050565b606061322861034083018361470c565b905060021461323f576113b361034083018361470c565b5f83610200015160061461325457835161325a565b83608001515b90506119d68461326e61034086018661470c565b600181811061327f5761327f614684565b90506020028101906132919190614861565b6132a88760038961020001518a6102200151612af6565b6132b36020866146ab565b6132be906022614659565b61142b610f968a612dac565b5f6119d66132dc8585855f8751613775565b6133a6565b5f5f5f6132f387878760061487613a81565b909250905061330661034087018761470c565b905060021461331d576113b361034087018761470c565b5f61337e886133306103408a018a61470c565b600181811061334157613341614684565b90506020028101906133539190614861565b6133658b60038b8e6102200151612af6565b8551613372906022614659565b61142b610f968e612dac565b905061339a818484885f60200201518960016020020151613775565b98975050505050505050565b5f610b16612fb383637f0000006136f4565b5f6133c2836136bd565b6133cb826136bd565b611a4f612fb383856148ae565b5f6133e2836136bd565b6133eb826136bd565b5f6133f584613aa9565b60030b90505f838202908112618000030160101d637fffffff1981121561341e5750637fffffff195b637fffffff8113156119d65750637fffffff949350505050565b5f811580613446575060ff82115b1561346757604051630263749760e41b815260048101839052602401610af1565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f8115806134975750600182145b806134a25750600282145b806134ad5750600582145b806134b85750600882145b806134c35750600982145b156134d057508151610b16565b60038214806134df5750600482145b156134f05750610140820151610b16565b60068214806134ff5750600782145b8061350a5750600b82145b1561351a57506080820151610b16565b600a8203613537578251613530906020906146ab565b9050610b16565b600c8203613550576020836080015161353091906146ab565b600d82148061355f5750600e82145b1561356f575060c0820151610b16565b600f82036135835750610120820151610b16565b60118203613596575060a0820151610b16565b50601c92915050565b5f600a8214806135af5750600c82145b806135ba5750600f82145b806135c55750601082145b6135d05760206135d3565b60105b60ff1692915050565b5f8160016135ea8286614698565b6135f491906146d1565b611a4f91906146ab565b5f5f61360a8585613489565b90505f6136168561359f565b90505f6136238286614659565b90505f836136318484614698565b11613645576136408383614698565b613647565b835b905061365287613666565b61365c83836146d1565b61339a9190614659565b5f60098214806136765750600b82145b1561368357506001919050565b600a8214806136925750600c82145b8061369d5750600f82145b806136a85750601082145b156136b557506008919050565b506004919050565b637fffffff198112806136d35750637fffffff81135b15611fc75760405163e92ac66b60e01b815260048101829052602401610af1565b5f5f821361371857604051637040adc360e01b815260048101839052602401610af1565b5f831283811561372857845f0390505b838460011c820104925050801561373f57815f0391505b5092915050565b5f637fffffff1982121561375d57637fffffff1991505b637fffffff82131561377157637fffffff91505b5090565b82515f90613784602282614659565b875114158061379e5750613799602082614659565b865114155b156137d05786518651604051638ee979f560e01b81526004810192909252602482015260448101829052606401610af1565b828411806137dd57508083115b1561380c57604051633fe8c99960e01b8152600481018590526024810184905260448101829052606401610af1565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b80821015613a565783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f831417156138795760208d01850360051c6001019750505050613a56565b8015613a3c5781151580600a1b6103ff8516178184031b905083600f1c1561389e575f035b865160028901518391620800007f80808080808080808080808080808080808080808080808080808080808080809283187cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff81811677ffffffffffffffff0000000000000000ffffffffffffffff7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff96909518602081811c9788167fffffffff00000000ffffffff00000000ffffffff00000000ffffffff000000009290911b91821617604090811c9690961677ffffffff000000000000000000000000ffffffff000000009190911673ffffffff000000000000000000000000ffffffff979097169690961790941b94909417608081811c91901b17848116848101600884811c88169084901c881681810192909201601086811c8a169086901c8a1681810192909201601897881c8b169690971c99909916858101969096017c01000000010000000100000001000000010000000100000001000000010260d91c647fffffff80169790930291020195029490940193029290920160e01c03018202028b019a50505b505050602284019350602083019250602082019150613832565b50505050805f14613a7657613a768887613a716001856146d1565b613af5565b505095945050505050565b606080613a9086868686613b7a565b613a9c87878787613ce7565b9150915094509492505050565b5f5f613ab483613e3e565b90505f83820290811263200000000301601e1d637fffffff19811215613adc5750637fffffff195b637fffffff811315611a4f5750637fffffff9392505050565b602281028301602001515f81901a60019190911a60081b17601f600a82901c81169003613b3b57604051632548acfb60e11b815261ffff82166004820152602401610af1565b81838381518110613b4e57613b4e614684565b60200260200101516040516358e5175760e11b8152600401610af1929190918252602082015260400190565b60605f602084613b8b578651613b91565b86608001515b613b9b91906146ab565b90505f84613baa576009613bad565b600b5b90505f5f613c44885f856040518060a001604052808981526020018b5f60028110613bda57613bda614684565b6020020151815260200160018c600160028110613bf957613bf9614684565b6020020151613c0891906146d1565b815260200160208152602001896020613c219190614659565b90526102408e01518860128110613c3a57613c3a614684565b6020020151613e9d565b9092509050613c54846020614659565b6001600160401b03811115613c6b57613c6b614670565b6040519080825280601f01601f191660200182016040528015613c95576020820181803683370190505b5086519095505b6020870151811015613cda575f613cb383836146d1565b613cbe906020614659565b8401602090810151600584901b89019091015250600101613c9c565b5050505050949350505050565b60605f602084613cf8578651613cfe565b86608001515b613d0891906146ab565b90505f84613d1757600a613d1a565b600c5b90505f5f613d9a886001856040518060a0016040528060108a600f613d3f9190614698565b613d4991906146ab565b81528b51602090910190613d5f906010906146ab565b8152602001601060018d816020020151613d7991906146d1565b613d8391906146ab565b815260806020820152604001613c218a6008614659565b91509150836001600160401b03811115613db657613db6614670565b604051908082528060200260200182016040528015613ddf578160200160208202803683370190505b5086519095505b6020870151811015613cda57613e1983613e01846010614659565b613e0b90846146d1565b60031b016020015160c01d90565b868281518110613e2b57613e2b614684565b6020908102919091010152600101613de6565b5f5f8212613e77575f613e58613e538461491b565b6141bb565b634000000001671000000000000000600182901c010491506122ce9050565b5f613e81836141bb565b63400000008101601e9190911b600182901c0104915050919050565b60605f613eae61032088018861470c565b90508610613f1257613ec461032088018861470c565b9050613ed1876001614698565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a401610af1565b36613f2161032089018961470c565b88818110613f3157613f31614684565b9050602002810190613f439190614a4a565b90505f5b60408601516020870151821c90821c14613f6b57613f6481614935565b9050613f47565b6020860151865190821c821b93505f90613f886001841b86614698565b11613f9f57613f9a6001831b85614698565b613fa2565b86515b608088015160608901519192505f91613fbb9084614659565b11613fde576060880151613fcf86846146d1565b613fd99190614659565b613ffc565b6060880151613fed9086614659565b6080890151613ffc91906146d1565b90508861400c6020860186614961565b60ff1614158061403157508461402860408601602087016145a2565b63ffffffff1614155b8061404e5750826140486060860160408701614961565b60ff1614155b1561407157896140616020860186614961565b6125a660408701602088016145a2565b8061407f6060860186614981565b90501461409457896126096060860186614981565b875183906140a1906122b0565b6140ab91906146d1565b6140b8608086018661470c565b90501415806141285750866141256141156140d66060880188614981565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505060608d015188915061434b565b87861c610fc6608089018961470c565b14155b156141695760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b9052608401610af1565b6141766060850185614981565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929e979d50969b505050505050505050505050565b5f5f8212801561433d57618000635c551d95845f03020160101c80601e1c601f81101561433657633fffffff82166008606c196142048284025f811263200000000301601e1d90565b01905061058b6142208383025f811263200000000301601e1d90565b019050613ff81961423d8383025f811263200000000301601e1d90565b0190506202861261425a8383025f811263200000000301601e1d90565b0190506215d87f196142788383025f811263200000000301601e1d90565b019050629d955b6142958383025f811263200000000301601e1d90565b01905063038d611a196142b48383025f811263200000000301601e1d90565b019050630f5fdf006142d28383025f811263200000000301601e1d90565b019050632c5c85fd196142f18383025f811263200000000301601e1d90565b019050634000000061430f8383025f811263200000000301601e1d90565b01905082801561432e575f821260018086031b038201841d9650614332565b8196505b5050505b5050614345565b634000000091505b50919050565b5f806001841b6001600160401b0381111561436857614368614670565b604051908082528060200260200182016040528015614391578160200160208202803683370190505b5090505f8360018588516143a59190614698565b6143af91906146d1565b6143b991906146ab565b90505f5b81811015614433575f6143d08683614659565b90505f885187836143e19190614698565b116143ec57866143f9565b8189516143f991906146d1565b90505f818360208c01012090508086858151811061441957614419614684565b6020026020010181815250505050508060010190506143bd565b5061443d82612360565b9695505050505050565b604051806102e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020016144c7614505565b8152602001606081526020015f81526020015f81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b6040518061024001604052806012906020820280368337509192915050565b5f5f5f5f848603610200811215614539575f5ffd5b610180811215614547575f5ffd5b8594506101808501359350604061019f1982011215614564575f5ffd5b506101a0850191506101e08501356001600160401b03811115614585575f5ffd5b85016103a08188031215614597575f5ffd5b939692955090935050565b5f602082840312156145b2575f5ffd5b813563ffffffff81168114611a4f575f5ffd5b5f602082840312156145d5575f5ffd5b81356001600160401b0381168114611a4f575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610b1657610b166145eb565b634e487b7160e01b5f52601260045260245ffd5b5f63ffffffff8316806146475761464761461e565b8063ffffffff84160491505092915050565b8082028115828204841417610b1657610b166145eb565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b80820180821115610b1657610b166145eb565b5f826146b9576146b961461e565b500490565b5f826146cc576146cc61461e565b500690565b81810381811115610b1657610b166145eb565b6060808252600190820152600760fc1b60808201526020810192909252604082015260a00190565b5f5f8335601e19843603018112614721575f5ffd5b8301803591506001600160401b0382111561473a575f5ffd5b6020019150600581901b3603821315614751575f5ffd5b9250929050565b606081525f61477c6060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b1660158201526147df601982018c61478c565b6147ec601d82018b61478c565b6147f9602182018a61478c565b614806602582018961478c565b614813602982018861478c565b614820602d82018761478c565b61482d603182018661478c565b61483a603582018561478c565b614847603982018461478c565b603d810191909152605d019b9a5050505050505050505050565b5f8235605e19833603018112614875575f5ffd5b9190910192915050565b8082025f8212600160ff1b8414161561489a5761489a6145eb565b8181058314821517610b1657610b166145eb565b8082018281125f8312801582168215821617156148cd576148cd6145eb565b505092915050565b5f63ffffffff8316806148ea576148ea61461e565b8063ffffffff84160691505092915050565b8181035f83128015838313168383128216171561373f5761373f6145eb565b5f600160ff1b820161492f5761492f6145eb565b505f0390565b5f60018201614946576149466145eb565b5060010190565b5f8235607e19833603018112614875575f5ffd5b5f60208284031215614971575f5ffd5b813560ff81168114611a4f575f5ffd5b5f5f8335601e19843603018112614996575f5ffd5b8301803591506001600160401b038211156149af575f5ffd5b602001915036819003821315614751575f5ffd5b818382375f9101908152919050565b606081525f61477c606083016004815263199d5b1b60e21b602082015260400190565b604081525f614a18604083016004815263199d5b1b60e21b602082015260400190565b905082602083015292915050565b604081525f614a186040830160058152641b5bd9195b60da1b602082015260400190565b5f8235609e19833603018112614875575f5ffd",
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
// the contract method with ID 0x53f04955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32) job, (uint64,uint32,uint32,bytes32[18],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) view returns(bytes32 pre, bytes32 post)
func (oneStepVerifier *OneStepVerifier) PackStep(cfg IOneStepTypesModelConfig, modelRoot [32]byte, job IOneStepTypesJobContext, sp IOneStepTypesStepProof) []byte {
	enc, err := oneStepVerifier.abi.Pack("step", cfg, modelRoot, job, sp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53f04955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32) job, (uint64,uint32,uint32,bytes32[18],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) view returns(bytes32 pre, bytes32 post)
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
// from invoking the contract method with ID 0x53f04955.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (bytes32,uint32) job, (uint64,uint32,uint32,bytes32[18],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) view returns(bytes32 pre, bytes32 post)
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
