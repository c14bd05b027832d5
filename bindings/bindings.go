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

// IOneStepVerifierChunk is an auto generated low-level Go binding around an user-defined struct.
type IOneStepVerifierChunk struct {
	Reg   uint8
	Index uint32
	Data  []byte
	Proof [][32]byte
}

// IOneStepVerifierModelConfig is an auto generated low-level Go binding around an user-defined struct.
type IOneStepVerifierModelConfig struct {
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

// IOneStepVerifierOpening is an auto generated low-level Go binding around an user-defined struct.
type IOneStepVerifierOpening struct {
	Index uint64
	Data  []byte
	Proof [][32]byte
}

// IOneStepVerifierStepProof is an auto generated low-level Go binding around an user-defined struct.
type IOneStepVerifierStepProof struct {
	Step       uint64
	P          uint32
	L          uint32
	RegRoots   [17][32]byte
	LayerRoots [][32]byte
	TokensHash [32]byte
	Chunks     []IOneStepVerifierChunk
	Full       [][]byte
	Subtrees   []IOneStepVerifierSubtree
	Model      []IOneStepVerifierOpening
	Kv         []IOneStepVerifierOpening
}

// IOneStepVerifierSubtree is an auto generated low-level Go binding around an user-defined struct.
type IOneStepVerifierSubtree struct {
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
	Bin: "0x6080604052348015600e575f5ffd5b506147238061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106103bf575f3560e01c8063822512ac116101f5578063b6b0289011610114578063e2d3139d116100a9578063f0b7cf7111610079578063f0b7cf7114610914578063f31d3b2b14610927578063f74e05bc1461093a578063fa36e2471461094d575f5ffd5b8063e2d3139d146108c8578063e830d2a0146108db578063ec20320b146108ee578063ec282a8214610901575f5ffd5b8063c7ee85c6116100e4578063c7ee85c61461086f578063cc0652241461088f578063cd0df86d146108a2578063d33636ae146108b5575f5ffd5b8063b6b0289014610823578063bcfccb3514610836578063c1f4f95514610849578063c43cea751461085c575f5ffd5b8063a37fbbf01161018a578063ab4174021161015a578063ab417402146107ca578063ac764322146107dd578063ac944d44146107f0578063b1689b5414610803575f5ffd5b8063a37fbbf014610770578063a806e3d114610783578063a9a6888614610796578063ab317de3146107a9575f5ffd5b806396665242116101c557806396665242146107145780639a9d3bdc146107275780639ee34e781461073a5780639f49493b1461074d575f5ffd5b8063822512ac146106c85780638428ff84146106db5780638545fa1a146106ee57806389f5048514610701575f5ffd5b80634f10ef6d116102e157806366088c7f116102765780636b0be757116102465780636b0be757146106545780636cca73f2146106755780637468ba6514610688578063787b4d5c146106b5575f5ffd5b806366088c7f14610608578063669e64861461061b57806367fe9add1461062e57806367ffab8b14610641575f5ffd5b806356464884116102b157806356464884146105bc5780635e96e19d146105cf578063638a59ff146105e25780636562fc40146105f5575f5ffd5b80634f10ef6d1461056257806350cc7a0c1461057557806353a704101461058857806355691156146105a9575f5ffd5b80632b9fdbdf1161035757806345066bc51161032757806345066bc514610516578063455848fa146105295780634819cabb1461053c5780634e8ee2741461054f575f5ffd5b80632b9fdbdf146104ca5780633695a940146104dd5780633d8da415146104f0578063437c2f2514610503575f5ffd5b80631a5bed62116103925780631a5bed62146104635780631b2832db1461048457806320b7f8951461049757806325c7add0146104b7575f5ffd5b806309f84787146103c35780630b7dd8d7146103f05780630f6e55e71461041657806311817d6914610436575b5f5ffd5b6103d66103d1366004613926565b610960565b604080519283526020830191909152015b60405180910390f35b6104036103fe3660046139c2565b61098b565b60405160039190910b81526020016103e7565b6104296104243660046139d9565b61099b565b6040516103e79190613ada565b610449610444366004613b1f565b610a46565b6040805160039390930b83526020830191909152016103e7565b610476610471366004613b6d565b610a6d565b6040519081526020016103e7565b610476610492366004613c09565b610a81565b6104aa6104a5366004613c81565b610a8b565b6040516103e79190613d25565b6104aa6104c5366004613d37565b610b63565b6104766104d8366004613c09565b610c0e565b6104766104eb366004613d75565b610c18565b6104036104fe366004613d75565b610c33565b610429610511366004613c81565b610c3e565b6104aa610524366004613d95565b610d23565b610476610537366004613e31565b610e23565b61042961054a366004613d37565b610e2f565b61047661055d366004613e79565b610ecd565b610403610570366004613d75565b610ed8565b610476610583366004613ec3565b610ee3565b61059b610596366004613c09565b610ef9565b6040516103e7929190613ef9565b6104766105b7366004613f52565b610f0e565b6104766105ca3660046139c2565b610f2c565b6104036105dd366004613b1f565b610f36565b6104766105f0366004613ffe565b610f42565b610429610603366004613d37565b610f4d565b61047661061636600461403f565b610feb565b6104aa610629366004613c81565b610ff6565b61047661063c3660046139c2565b6110c5565b6104aa61064f366004613c81565b6110cf565b6106676106623660046140a2565b61119e565b6040516103e79291906140ff565b610476610683366004613d75565b6111b0565b61069b61069636600461413a565b6111bb565b60408051600393840b81529190920b6020820152016103e7565b6104766106c3366004613d75565b6111d6565b6104296106d6366004613c81565b6111e1565b6104aa6106e9366004613d37565b6112b8565b6104036106fc366004614179565b61134e565b61047661070f3660046141a1565b611359565b610403610722366004613b6d565b61136e565b610429610735366004613c81565b61137a565b6104766107483660046139c2565b611451565b61076061075b3660046141c2565b61145b565b60405190151581526020016103e7565b61076061077e366004614217565b611468565b610476610791366004613d75565b611480565b6104296107a4366004613d95565b61148b565b6107bc6107b7366004613d37565b611588565b6040516103e7929190614272565b6104766107d83660046142c1565b611776565b6104766107eb3660046142e2565b611780565b6104766107fe366004614313565b61178e565b610816610811366004613d37565b61179c565b6040516103e79190614371565b610476610831366004613d75565b611832565b6104766108443660046143a8565b61183d565b6104296108573660046143da565b611849565b61042961086a366004613d37565b6119bd565b61088261087d3660046142e2565b611a5b565b6040516103e791906144a4565b61040361089d3660046139c2565b611a6c565b6104296108b0366004613c81565b611a76565b6104aa6108c3366004613c81565b611b4d565b6104aa6108d6366004613d37565b611c1c565b6104766108e9366004613926565b611cb2565b6104aa6108fc366004613d95565b611cc0565b61040361090f3660046139c2565b611dc3565b610403610922366004613d75565b611dcd565b6104766109353660046144cf565b611dd8565b6104036109483660046139c2565b611de7565b61047661095b366004614515565b611df1565b5f5f5a90506109728787878787611dfc565b91505a61097f90826145be565b90509550959350505050565b5f6109958261215d565b92915050565b606083516001600160401b038111156109b6576109b66137eb565b6040519080825280602002602001820160405280156109df578160200160208202803683370190505b5090505f5b8451811015610a3e57610a11858281518110610a0257610a026145d1565b60200260200101518585612174565b828281518110610a2357610a236145d1565b60039290920b602092830291909101909101526001016109e4565b509392505050565b5f5f5a9050610a56858585612174565b91505a610a6390826145be565b9050935093915050565b5f610a7984848461218b565b949350505050565b5f61099582612210565b6060838214610aad576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610ac557610ac56137eb565b604051908082528060200260200182016040528015610aee578160200160208202803683370190505b5090505f5b84811015610b5a57610b35868683818110610b1057610b106145d1565b90506020020135858584818110610b2957610b296145d1565b90506020020135612273565b828281518110610b4757610b476145d1565b6020908102919091010152600101610af3565b50949350505050565b6060816001600160401b03811115610b7d57610b7d6137eb565b604051908082528060200260200182016040528015610ba6578160200160208202803683370190505b5090505f5b82811015610c0757610be2848483818110610bc857610bc86145d1565b9050602002016020810190610bdd91906142c1565b61229e565b828281518110610bf457610bf46145d1565b6020908102919091010152600101610bab565b5092915050565b5f610995826122da565b5f8281526020829052604081208284171515025b9392505050565b5f610c2c838361230d565b6060838214610c60576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610c7857610c786137eb565b604051908082528060200260200182016040528015610ca1578160200160208202803683370190505b5090505f5b84811015610b5a57610cf6868683818110610cc357610cc36145d1565b9050602002016020810190610cd891906145e5565b858584818110610cea57610cea6145d1565b9050602002013561239c565b828281518110610d0857610d086145d1565b60039290920b60209283029190910190910152600101610ca6565b60608584141580610d345750838214155b15610d52576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610d6a57610d6a6137eb565b604051908082528060200260200182016040528015610d93578160200160208202803683370190505b5090505f5b84811015610e1857610df3888883818110610db557610db56145d1565b90506020020135878784818110610dce57610dce6145d1565b90506020020135868685818110610de757610de76145d1565b9050602002013561218b565b828281518110610e0557610e056145d1565b6020908102919091010152600101610d98565b509695505050505050565b5f610a79848484612417565b6060816001600160401b03811115610e4957610e496137eb565b604051908082528060200260200182016040528015610e72578160200160208202803683370190505b5090505f5b82811015610c0757610ea0848483818110610e9457610e946145d1565b905060200201356124a8565b828281518110610eb257610eb26145d1565b60039290920b60209283029190910190910152600101610e77565b5f610c2c83836124d7565b5f610c2c8383612592565b5f610ef0858585856125b2565b95945050505050565b606080610f058361263f565b91509150915091565b5f610f1e888888888888886127e3565b90505b979650505050505050565b5f610995826129cd565b5f610a79848484612174565b5f610c2c8383612a76565b6060816001600160401b03811115610f6757610f676137eb565b604051908082528060200260200182016040528015610f90578160200160208202803683370190505b5090505f5b82811015610c0757610fbe848483818110610fb257610fb26145d1565b90506020020135612b0a565b828281518110610fd057610fd06145d1565b60039290920b60209283029190910190910152600101610f95565b5f610c2c8383612b19565b6060838214611018576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611030576110306137eb565b604051908082528060200260200182016040528015611059578160200160208202803683370190505b5090505f5b84811015610b5a576110a086868381811061107b5761107b6145d1565b90506020020135858584818110611094576110946145d1565b90506020020135612b92565b8282815181106110b2576110b26145d1565b602090810291909101015260010161105e565b5f61099582612be3565b60608382146110f1576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611109576111096137eb565b604051908082528060200260200182016040528015611132578160200160208202803683370190505b5090505f5b84811015610b5a57611179868683818110611154576111546145d1565b9050602002013585858481811061116d5761116d6145d1565b90506020020135612bf6565b82828151811061118b5761118b6145d1565b6020908102919091010152600101611137565b6111a66137cc565b5f610f0583612c44565b5f610c2c8383612273565b5f5f6111c986868686612cd9565b9150915094509492505050565b5f610c2c8383612b92565b6060838214611203576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b0381111561121b5761121b6137eb565b604051908082528060200260200182016040528015611244578160200160208202803683370190505b5090505f5b84811015610b5a5761128b868683818110611266576112666145d1565b9050602002013585858481811061127f5761127f6145d1565b90506020020135612d6a565b82828151811061129d5761129d6145d1565b60039290920b60209283029190910190910152600101611249565b6060816001600160401b038111156112d2576112d26137eb565b6040519080825280602002602001820160405280156112fb578160200160208202803683370190505b5090505f5b82811015610c075761132984848381811061131d5761131d6145d1565b90506020020135612be3565b82828151811061133b5761133b6145d1565b6020908102919091010152600101611300565b5f610c2c838361239c565b5f82815260c082901b60205260288120610c2c565b5f610a79848484612dca565b606083821461139c576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b038111156113b4576113b46137eb565b6040519080825280602002602001820160405280156113dd578160200160208202803683370190505b5090505f5b84811015610b5a576114248686838181106113ff576113ff6145d1565b90506020020135858584818110611418576114186145d1565b9050602002013561230d565b828281518110611436576114366145d1565b60039290920b602092830291909101909101526001016113e2565b5f61099582612df3565b5f610ef085858585612e06565b5f6114768686868686612e1d565b9695505050505050565b5f610c2c8383612e36565b6060858414158061149c5750838214155b156114ba576040516305f8ded760e21b815260040160405180910390fd5b856001600160401b038111156114d2576114d26137eb565b6040519080825280602002602001820160405280156114fb578160200160208202803683370190505b5090505f5b86811015610e185761155b88888381811061151d5761151d6145d1565b90506020020135878784818110611536576115366145d1565b9050602002013586868581811061154f5761154f6145d1565b90506020020135612dca565b82828151811061156d5761156d6145d1565b60039290920b60209283029190910190910152600101611500565b606080611596602084614612565b156115b4576040516305f8ded760e21b815260040160405180910390fd5b5f6115c0602085614625565b9050836001600160401b038111156115da576115da6137eb565b604051908082528060200260200182016040528015611603578160200160208202803683370190505b509250806001600160401b0381111561161e5761161e6137eb565b604051908082528060200260200182016040528015611647578160200160208202803683370190505b5091505f5b8181101561176d5761165c6137cc565b5f5b60208110156116ca57878782611675866020614638565b61167f919061464f565b81811061168e5761168e6145d1565b90506020020160208101906116a39190614662565b8282602081106116b5576116b56145d1565b60039290920b6020909202015260010161165e565b505f5f6116d683612c44565b915091505f5b602081101561173f578281602081106116f7576116f76145d1565b6020020151888287602061170b9190614638565b611715919061464f565b81518110611725576117256145d1565b5f9290920b602092830291909101909101526001016116dc565b5080868581518110611753576117536145d1565b60200260200101818152505050505080600101905061164c565b50509250929050565b5f6109958261229e565b805160208201205f90610995565b5f6114768686868686612e77565b6060816001600160401b038111156117b6576117b66137eb565b6040519080825280602002602001820160405280156117df578160200160208202803683370190505b5090505f5b82811015610c075761180d848483818110611801576118016145d1565b905060200201356129cd565b82828151811061181f5761181f6145d1565b60209081029190910101526001016117e4565b5f610c2c8383612bf6565b5f610a79848484612f41565b6060878614158061185a5750858414155b806118655750838214155b15611883576040516305f8ded760e21b815260040160405180910390fd5b61188e886002614638565b6001600160401b038111156118a5576118a56137eb565b6040519080825280602002602001820160405280156118ce578160200160208202803683370190505b5090505f5b888110156119b0576119478a8a838181106118f0576118f06145d1565b90506020020135898984818110611909576119096145d1565b90506020020135888885818110611922576119226145d1565b9050602002013587878681811061193b5761193b6145d1565b90506020020135612cd9565b83611953846002614638565b81518110611963576119636145d1565b60200260200101848460026119789190614638565b61198390600161464f565b81518110611993576119936145d1565b600393840b602091820292909201015291900b90526001016118d3565b5098975050505050505050565b6060816001600160401b038111156119d7576119d76137eb565b604051908082528060200260200182016040528015611a00578160200160208202803683370190505b5090505f5b82811015610c0757611a2e848483818110611a2257611a226145d1565b90506020020135612fa5565b828281518110611a4057611a406145d1565b60039290920b60209283029190910190910152600101611a05565b611a636137cc565b61099582612fb8565b5f61099582612b0a565b6060838214611a98576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611ab057611ab06137eb565b604051908082528060200260200182016040528015611ad9578160200160208202803683370190505b5090505f5b84811015610b5a57611b20868683818110611afb57611afb6145d1565b90506020020135858584818110611b1457611b146145d1565b90506020020135612592565b828281518110611b3257611b326145d1565b60039290920b60209283029190910190910152600101611ade565b6060838214611b6f576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611b8757611b876137eb565b604051908082528060200260200182016040528015611bb0578160200160208202803683370190505b5090505f5b84811015610b5a57611bf7868683818110611bd257611bd26145d1565b90506020020135858584818110611beb57611beb6145d1565b90506020020135612e36565b828281518110611c0957611c096145d1565b6020908102919091010152600101611bb5565b6060816001600160401b03811115611c3657611c366137eb565b604051908082528060200260200182016040528015611c5f578160200160208202803683370190505b5090505f5b82811015610c0757611c8d848483818110611c8157611c816145d1565b90506020020135612df3565b828281518110611c9f57611c9f6145d1565b6020908102919091010152600101611c64565b5f6114768686868686611dfc565b60608584141580611cd15750838214155b15611cef576040516305f8ded760e21b815260040160405180910390fd5b856001600160401b03811115611d0757611d076137eb565b604051908082528060200260200182016040528015611d30578160200160208202803683370190505b5090505f5b86811015610e1857611d9e888883818110611d5257611d526145d1565b90506020020135878784818110611d6b57611d6b6145d1565b90506020020135868685818110611d8457611d846145d1565b9050602002016020810190611d99919061467b565b612f41565b828281518110611db057611db06145d1565b6020908102919091010152600101611d35565b5f610995826124a8565b5f610c2c8383612d6a565b5f610f21878787878787613096565b5f61099582612fa5565b5f610c2c8383613163565b82515f90611e0b602282614638565b8751141580611e255750611e20602082614638565b865114155b15611e5c5786518651604051638ee979f560e01b815260048101929092526024820152604481018290526064015b60405180910390fd5b82841180611e6957508083115b15611e9857604051633fe8c99960e01b8152600481018590526024810184905260448101829052606401611e53565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b808210156121325783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f83141715611f055760208d01850360051c6001019750505050612132565b80156121185781151580600a1b6103ff8516178184031b905083600f1c15611f2a575f035b8651600289810151627fff807e010001000100010001000100010001000100010001000100010001000100017f80808080808080808080808080808080808080808080808080808080808080809283187eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff818116600883811c8316919091019590971881811681891c831601959095019290920260e91c929092167c0100000001000000010000000100000001000000010000000100000001600385811c7f010101010101010101010101010101010101010101010101010101010101010190811660ff9081028716808716908b1c871601831b888a1c831682028816808816908c1c8816018a1b60018a811c851684028a16808a16908e1c8a1601811b858c1685028b16808b16908f1c8b16010191909101919091017dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff818116601092831c82160160078c901c861685028b16808b16908f1c8b160190961b60068c901c861685028b16808b16908f1c8b1601909c1b60058c901c861685028b16808b16908f1c8b160190931b60049b8c1c95909516939093029098168088169b1c90961699909901019390930195909501868116931c959095169190910190911b010260e01c03620800000102810299909901985b505050602284019350602083019250602082019150611ebe565b50505050805f1461215257612152888761214d6001856145be565b61325b565b505095945050505050565b5f61099561216f83637f000000612bf6565b6124a8565b5f610a796121868585855f8751611dfc565b61215d565b5f5f8412156121b0576040516338e756a760e21b815260048101859052602401611e53565b5f8212156121d4576040516338e756a760e21b815260048101839052602401611e53565b825f036121f45760405163011ee73b60e21b815260040160405180910390fd5b82840482015f612203826129cd565b8015019695505050505050565b80515f908082036122345760405163a447fc5360e01b815260040160405180910390fd5b60208301805160030b60015b8381101561226a578060051b83015160030b82811315612261578092508195505b50600101612240565b50505050919050565b5f61227d836132e0565b612286826132e0565b610c2c61229661216f8486614694565b60030b61331a565b5f601f600a83901c811690036122cd57604051632548acfb60e11b815261ffff83166004820152602401611e53565b6109958261ffff166134aa565b5f60208201825160051b81015b8082101561230657815160030b800292909201916020909101906122e7565b5050919050565b5f815f0361232e5760405163011ee73b60e21b815260040160405180910390fd5b5f612345612340846001603c1b614625565b6129cd565b90505f61235661216f866010612b92565b60030b90505f82820290811263200000000301601e1d637fffffff198112156123815750637fffffff195b637fffffff811315610ef05750637fffffff95945050505050565b5f64ffffffffff19821315806123b85750650100000000008212155b156123d957604051630b8b326560e31b815260048101839052602401611e53565b5f83810b83029081126080030160081d637fffffff198112156123fe5750637fffffff195b637fffffff811315610c2c5750637fffffff9392505050565b80515f906101008110801561242d575083811c15155b15612455576040516394666f0d60e01b81526004810185905260248101829052604401611e53565b849150602083018160051b81015b8082101561249e576001861660051b825180861715158683528160208418528060405f200296505050508560011c9550602082019150612463565b5050509392505050565b5f637fffffff198212156124bf57637fffffff1991505b637fffffff8213156124d357637fffffff91505b5090565b81515f908082036124fb5760405163a447fc5360e01b815260040160405180910390fd5b5f61250685836134da565b905063ffffffff841615806125245750620f42408463ffffffff1610155b1561253157509050610995565b63ffffffff841681025f805b8481101561258657878181518110612557576125576145d1565b6020026020010151820191508282620f4240021061257e5760010194506109959350505050565b60010161253d565b50929695505050505050565b5f61259c836132e0565b6125a5826132e0565b610c2c61216f83856146b3565b5f81610100811080156125c6575084811c15155b156125ee576040516394666f0d60e01b81526004810186905260248101829052604401611e53565b859150838160051b81015b80821015612634576001871660051b823580861715158683528160208418528060405f200296505050508660011c96506020820191506125f9565b505050949350505050565b8051606090819080158061265c5750612659602082614612565b15155b1561267d5760405163c67eee4b60e01b815260048101829052602401611e53565b5f612689602083614625565b9050816001600160401b038111156126a3576126a36137eb565b6040519080825280601f01601f1916602001820160405280156126cd576020820181803683370190505b509350806001600160401b038111156126e8576126e86137eb565b604051908082528060200260200182016040528015612711578160200160208202803683370190505b5092506020850160208501602085018360051b81015b808210156127d8575f5f5b610400811015612763578086015160030b5f81121561274e575f035b8281111561275a578092505b50602001612732565b5080835280156127bf578060011c5f5b60208110156127bc57607f8160051b88015160030b025f5f82125f81146127a4578585845f0301045f0391506127ac565b858584010491505b5080838901535050600101612773565b50505b5061040084019350602083019250602082019150612727565b505050505050915091565b5f8563ffffffff165f03612801576127fa88612210565b9050610f21565b87515f8190036128245760405163a447fc5360e01b815260040160405180910390fd5b5f5f8763ffffffff1611801561283f5750818763ffffffff16105b6128495781612851565b8663ffffffff165b905080895114612879578851604051631ec9f4d560e31b8152600401611e5391815260200190565b6128858a8a8484613537565b5f816001600160401b0381111561289e5761289e6137eb565b6040519080825280602002602001820160405280156128c7578160200160208202803683370190505b5090505f8b8b5f815181106128de576128de6145d1565b6020026020010151815181106128f6576128f66145d1565b602002602001015160030b90505f5b838110156129725761294d8d8d8381518110612923576129236145d1565b60200260200101518151811061293b5761293b6145d1565b602002602001015160030b838d612f41565b83828151811061295f5761295f6145d1565b6020908102919091010152600101612905565b505f61297e838a6124d7565b90508083528b6129a38461299e8b8b5f91825260c01b6020526028902090565b612a76565b815181106129b3576129b36145d1565b602002602001015195505050505050979650505050505050565b60016fffffffffffffffffffffffffffffffff821160071b82811c6001600160401b031060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b81515f9081612a8585836134da565b9050805f03612aa7576040516304c2026f60e11b815260040160405180910390fd5b5f818581612ab757612ab76145fe565b0690505f5f5b84811015612aff57878181518110612ad757612ad76145d1565b60200260200101518201915082821115612af75794506109959350505050565b600101612abd565b505050505092915050565b5f61099561216f83601e612b92565b5f8151835114612b535782518251604051638ee979f560e01b81526004810183905260248101919091526044810191909152606401611e53565b60208301806020840103845160051b82015b80831015612b89578183015160030b835160030b0284019350602083019250612b65565b50505092915050565b5f811580612ba0575060ff82115b15612bc157604051630263749760e41b815260048101839052602401611e53565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f612bed826132e0565b610995826136d6565b5f5f8213612c1a57604051637040adc360e01b815260048101839052602401611e53565b5f8312838115612c2a57845f0390505b838460011c8201049250508015610c0757505f0392915050565b612c4c6137cc565b5f5f5b610400811015612c80578084015160030b5f811215612c6b575f035b82811115612c77578092505b50602001612c4f565b508015612cd4578060011c5f5b610400811015612cd1578481015160030b607f025f8082128015612cbb578585845f0301045f039150612cc3565b858584010491505b508583015250602001612c8d565b50505b915091565b5f5f612ce4866132e0565b612ced856132e0565b612cf6846132e0565b612cff836132e0565b612d3f565b5f81126320000000038101601e1d637fffffff19811215612d275750637fffffff195b637fffffff811315612d3a5750637fffffff5b919050565b612d4e83860285880203612d04565b9150612d5f84860284880201612d04565b905094509492505050565b5f612d74836132e0565b612d7d826132e0565b5f612d8784613731565b60030b90505f838202908112618000030160101d637fffffff19811215612db05750637fffffff195b637fffffff811315610a795750637fffffff949350505050565b5f612dd4846132e0565b612ddd836132e0565b610a7961216f612ded85876146da565b84612bf6565b5f612dfd826132e0565b6109958261331a565b5f84612e13858585612417565b1495945050505050565b5f85612e2b868686866125b2565b149695505050505050565b5f5f831280612e485750634000000083135b15612e69576040516320f9868b60e21b815260048101849052602401611e53565b610c2c601e84901b83612bf6565b80515f9061010081108015612e8d575083811c15155b15612eb5576040516394666f0d60e01b81526004810185905260248101829052604401611e53565b5f869050859250602084018260051b81015b80821015612f15576001871660051b602081188351808617151581891715158785528284528160405f200297508985528060405f2002995050505050508660011c9650602082019150612ec7565b505087811461215257604051633c6db5f960e01b81526004810189905260248101829052604401611e53565b5f612f4b846132e0565b612f54836132e0565b8163ffffffff165f03612f7a5760405163011ee73b60e21b815260040160405180910390fd5b610a7961229661216f612f8d8688614694565b612f99906103e86146da565b8563ffffffff16612bf6565b5f612faf826132e0565b61099582613731565b612fc06137cc565b6022825114612fe757815160405163d49782d960e01b8152600401611e5391815260200190565b602082015160228301515f82901a60019290921a60081b9190911790601f600a83901c8116900361303157604051632548acfb60e11b815261ffff83166004820152602401611e53565b5f61303f8361ffff166134aa565b90505f5b602081101561226a575f83821a810b83029081126080030160081d637fffffff198112156130735750637fffffff195b637fffffff8113156130865750637fffffff5b600582901b860152600101613043565b5f81610100811080156130aa575084811c15155b156130d2576040516394666f0d60e01b81526004810186905260248101829052604401611e53565b8591508684600583901b81015b8082101561312b576001881660051b8235808517151581881715158684528260208518528160405f200296508884528060405f20029850505050508760011c97506020820191506130df565b505088811461315757604051633c6db5f960e01b8152600481018a905260248101829052604401611e53565b50509695505050505050565b5f602283511461318b57825160405163d49782d960e01b8152600401611e5391815260200190565b604080516022808252606082019092525f9160208201818036833750506040805160208082528183019092529293505f929150808201818036833750506040805160018082528183019092529293505f929150602080830190803683370190505090506001815f81518110613202576132026145d1565b60200260200101818152505060228601516022840152600160208401535f5f5b60208110156132475760ff8160051b880151168260081b179150600181019050613222565b5060208301526114768383835f6001611dfc565b602281028301602001515f81901a60019190911a60081b17601f600a82901c811690036132a157604051632548acfb60e11b815261ffff82166004820152602401611e53565b818383815181106132b4576132b46145d1565b60200260200101516040516358e5175760e11b8152600401611e53929190918252602082015260400190565b637fffffff198112806132f65750637fffffff81135b156133175760405163e92ac66b60e01b815260048101829052602401611e53565b50565b5f5f8212801561349c57618000635c551d95845f03020160101c80601e1c601f81101561349557633fffffff82166008606c196133638284025f811263200000000301601e1d90565b01905061058b61337f8383025f811263200000000301601e1d90565b019050613ff81961339c8383025f811263200000000301601e1d90565b019050620286126133b98383025f811263200000000301601e1d90565b0190506215d87f196133d78383025f811263200000000301601e1d90565b019050629d955b6133f48383025f811263200000000301601e1d90565b01905063038d611a196134138383025f811263200000000301601e1d90565b019050630f5fdf006134318383025f811263200000000301601e1d90565b019050632c5c85fd196134508383025f811263200000000301601e1d90565b019050634000000061346e8383025f811263200000000301601e1d90565b01905082801561348d575f821260018086031b038201841d9650613491565b8196505b5050505b50506134a4565b634000000091505b50919050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c1615612d3a575f03919050565b5f5f5b82811015610c07575f8482815181106134f8576134f86145d1565b60200260200101519050634000000081111561352a5760405163228f0e7d60e21b815260048101829052602401611e53565b91909101906001016134dd565b5f60086135458460ff61464f565b901c6001600160401b0381111561355e5761355e6137eb565b604051908082528060200260200182016040528015613587578160200160208202803683370190505b5090505f5f5b8381101561365f575f8682815181106135a8576135a86145d1565b602002602001015190508581106135d557604051631ec9f4d560e31b815260048101839052602401611e53565b6020600160fd1b03600382901c1684016020018051600160ff84161b808217909252161580159061361c57604051631ec9f4d560e31b815260048101849052602401611e53565b5f831180156136335750613631898584613768565b155b1561365457604051631ec9f4d560e31b815260048101849052602401611e53565b50915060010161358d565b50838310156136ce575f5b848110156136cc576020600160fd1b03600382901c1683016020015160ff82161c600116801580156136a257506136a2888385613768565b156136c357604051631ec9f4d560e31b815260048101869052602401611e53565b5060010161366a565b505b505050505050565b5f5f821261370b575f6136f06136eb84614709565b61331a565b6340000000016001603c1b600182901c01049150612d3a9050565b5f6137158361331a565b63400000008101601e9190911b600182901c0104915050919050565b5f5f61373c836136d6565b90505f83820290811263200000000301601e1d637fffffff198112156123fe5750637fffffff19610c2c565b5f5f84848151811061377c5761377c6145d1565b602002602001015190505f858481518110613799576137996145d1565b602002602001015190508060030b8260030b138061147657508060030b8260030b14801561147657505050911092915050565b6040518061040001604052806020906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715613827576138276137eb565b604052919050565b5f82601f83011261383e575f5ffd5b81356001600160401b03811115613857576138576137eb565b61386a601f8201601f19166020016137ff565b81815284602083860101111561387e575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6001600160401b038211156138b2576138b26137eb565b5060051b60200190565b5f82601f8301126138cb575f5ffd5b81356138de6138d98261389a565b6137ff565b8082825260208201915060208360051b8601019250858311156138ff575f5ffd5b602085015b8381101561391c578035835260209283019201613904565b5095945050505050565b5f5f5f5f5f60a0868803121561393a575f5ffd5b85356001600160401b0381111561394f575f5ffd5b61395b8882890161382f565b95505060208601356001600160401b03811115613976575f5ffd5b6139828882890161382f565b94505060408601356001600160401b0381111561399d575f5ffd5b6139a9888289016138bc565b9598949750949560608101359550608001359392505050565b5f602082840312156139d2575f5ffd5b5035919050565b5f5f5f606084860312156139eb575f5ffd5b83356001600160401b03811115613a00575f5ffd5b8401601f81018613613a10575f5ffd5b8035613a1e6138d98261389a565b8082825260208201915060208360051b850101925088831115613a3f575f5ffd5b602084015b83811015613a7f5780356001600160401b03811115613a61575f5ffd5b613a708b60208389010161382f565b84525060209283019201613a44565b50955050505060208401356001600160401b03811115613a9d575f5ffd5b613aa98682870161382f565b92505060408401356001600160401b03811115613ac4575f5ffd5b613ad0868287016138bc565b9150509250925092565b602080825282518282018190525f918401906040840190835b81811015613b1457835160030b835260209384019390920191600101613af3565b509095945050505050565b5f5f5f60608486031215613b31575f5ffd5b83356001600160401b03811115613b46575f5ffd5b613b528682870161382f565b93505060208401356001600160401b03811115613a9d575f5ffd5b5f5f5f60608486031215613b7f575f5ffd5b505081359360208301359350604090920135919050565b8035600381900b8114612d3a575f5ffd5b5f82601f830112613bb6575f5ffd5b8135613bc46138d98261389a565b8082825260208201915060208360051b860101925085831115613be5575f5ffd5b602085015b8381101561391c57613bfb81613b96565b835260209283019201613bea565b5f60208284031215613c19575f5ffd5b81356001600160401b03811115613c2e575f5ffd5b610a7984828501613ba7565b5f5f83601f840112613c4a575f5ffd5b5081356001600160401b03811115613c60575f5ffd5b6020830191508360208260051b8501011115613c7a575f5ffd5b9250929050565b5f5f5f5f60408587031215613c94575f5ffd5b84356001600160401b03811115613ca9575f5ffd5b613cb587828801613c3a565b90955093505060208501356001600160401b03811115613cd3575f5ffd5b613cdf87828801613c3a565b95989497509550505050565b5f8151808452602084019350602083015f5b82811015613d1b578151865260209586019590910190600101613cfd565b5093949350505050565b602081525f610c2c6020830184613ceb565b5f5f60208385031215613d48575f5ffd5b82356001600160401b03811115613d5d575f5ffd5b613d6985828601613c3a565b90969095509350505050565b5f5f60408385031215613d86575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60608789031215613daa575f5ffd5b86356001600160401b03811115613dbf575f5ffd5b613dcb89828a01613c3a565b90975095505060208701356001600160401b03811115613de9575f5ffd5b613df589828a01613c3a565b90955093505060408701356001600160401b03811115613e13575f5ffd5b613e1f89828a01613c3a565b979a9699509497509295939492505050565b5f5f5f60608486031215613e43575f5ffd5b833592506020840135915060408401356001600160401b03811115613ac4575f5ffd5b803563ffffffff81168114612d3a575f5ffd5b5f5f60408385031215613e8a575f5ffd5b82356001600160401b03811115613e9f575f5ffd5b613eab858286016138bc565b925050613eba60208401613e66565b90509250929050565b5f5f5f5f60608587031215613ed6575f5ffd5b843593506020850135925060408501356001600160401b03811115613cd3575f5ffd5b604081525f83518060408401528060208601606085015e5f60608285010152601f19601f820116830190506060838203016020840152610ef06060820185613ceb565b80356001600160401b0381168114612d3a575f5ffd5b5f5f5f5f5f5f5f60e0888a031215613f68575f5ffd5b87356001600160401b03811115613f7d575f5ffd5b613f898a828b01613ba7565b97505060208801356001600160401b03811115613fa4575f5ffd5b613fb08a828b016138bc565b965050613fbf60408901613e66565b9450613fcd60608901613e66565b9350613fdb60808901613e66565b925060a08801359150613ff060c08901613f3c565b905092959891949750929550565b5f5f6040838503121561400f575f5ffd5b82356001600160401b03811115614024575f5ffd5b614030858286016138bc565b95602094909401359450505050565b5f5f60408385031215614050575f5ffd5b82356001600160401b03811115614065575f5ffd5b61407185828601613ba7565b92505060208301356001600160401b0381111561408c575f5ffd5b61409885828601613ba7565b9150509250929050565b5f61040082840312156140b3575f5ffd5b82601f8301126140c1575f5ffd5b6104006140cd816137ff565b9083019080858311156140de575f5ffd5b845b8381101561391c576140f181613b96565b8352602092830192016140e0565b610420810181845f5b60208110156141295781515f0b835260209283019290910190600101614108565b505050826104008301529392505050565b5f5f5f5f6080858703121561414d575f5ffd5b5050823594602084013594506040840135936060013592509050565b80355f81900b8114612d3a575f5ffd5b5f5f6040838503121561418a575f5ffd5b61419383614169565b946020939093013593505050565b5f5f604083850312156141b2575f5ffd5b82359150613eba60208401613f3c565b5f5f5f5f608085870312156141d5575f5ffd5b84359350602085013592506040850135915060608501356001600160401b038111156141ff575f5ffd5b61420b878288016138bc565b91505092959194509250565b5f5f5f5f5f6080868803121561422b575f5ffd5b85359450602086013593506040860135925060608601356001600160401b03811115614255575f5ffd5b61426188828901613c3a565b969995985093965092949392505050565b604080825283519082018190525f9060208501906060840190835b818110156142ad5783515f0b83526020938401939092019160010161428d565b505083810360208501526114768186613ceb565b5f602082840312156142d1575f5ffd5b813561ffff81168114610c2c575f5ffd5b5f602082840312156142f2575f5ffd5b81356001600160401b03811115614307575f5ffd5b610a798482850161382f565b5f5f5f5f5f60a08688031215614327575f5ffd5b8535945060208601359350604086013592506060860135915060808601356001600160401b03811115614358575f5ffd5b614364888289016138bc565b9150509295509295909350565b602080825282518282018190525f918401906040840190835b81811015613b1457835183526020938401939092019160010161438a565b5f5f5f606084860312156143ba575f5ffd5b83359250602084013591506143d160408501613e66565b90509250925092565b5f5f5f5f5f5f5f5f6080898b0312156143f1575f5ffd5b88356001600160401b03811115614406575f5ffd5b6144128b828c01613c3a565b90995097505060208901356001600160401b03811115614430575f5ffd5b61443c8b828c01613c3a565b90975095505060408901356001600160401b0381111561445a575f5ffd5b6144668b828c01613c3a565b90955093505060608901356001600160401b03811115614484575f5ffd5b6144908b828c01613c3a565b999c989b5096995094979396929594505050565b610400810181835f5b6020811015612b8957815160030b8352602092830192909101906001016144ad565b5f5f5f5f5f5f60a087890312156144e4575f5ffd5b8635955060208701359450604087013593506060870135925060808701356001600160401b03811115613e13575f5ffd5b5f5f6104208385031215614527575f5ffd5b82356001600160401b0381111561453c575f5ffd5b6145488582860161382f565b92505083603f840112614559575f5ffd5b610400614565816137ff565b905080610420850186811115614579575f5ffd5b602086015b8181101561459d5761458f81614169565b84526020938401930161457e565b5093969095509350505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610995576109956145aa565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156145f5575f5ffd5b610c2c82614169565b634e487b7160e01b5f52601260045260245ffd5b5f82614620576146206145fe565b500690565b5f82614633576146336145fe565b500490565b8082028115828204841417610995576109956145aa565b80820180821115610995576109956145aa565b5f60208284031215614672575f5ffd5b610c2c82613b96565b5f6020828403121561468b575f5ffd5b610c2c82613e66565b8181035f831280158383131683831282161715610c0757610c076145aa565b8082018281125f8312801582168215821617156146d2576146d26145aa565b505092915050565b8082025f8212600160ff1b841416156146f5576146f56145aa565b8181058314821517610995576109956145aa565b5f600160ff1b820161471d5761471d6145aa565b505f039056",
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

// OneStepVerifierMetaData contains all meta data concerning the OneStepVerifier contract.
var OneStepVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepVerifier.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"p\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"instrAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"op\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepVerifier.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"l\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[17]\",\"name\":\"regRoots\",\"type\":\"bytes32[17]\"},{\"internalType\":\"bytes32[]\",\"name\":\"layerRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepVerifier.Chunk[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"full\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"first\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepVerifier.Subtree[]\",\"name\":\"subtrees\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepVerifier.Opening[]\",\"name\":\"model\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepVerifier.Opening[]\",\"name\":\"kv\",\"type\":\"tuple[]\"}],\"internalType\":\"structIOneStepVerifier.StepProof\",\"name\":\"sp\",\"type\":\"tuple\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockIndex\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"name\":\"AmaxOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotInModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rowBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quantBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NegativeInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotProbability\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"programLength\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongOperand\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"}]",
	ID:  "e4bb7b38d6917681bfc7198fd5d7f32054",
	Bin: "0x6080604052348015600e575f5ffd5b50615cfa8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c806342eedace14610038578063ad17b92714610065575b5f5ffd5b61004b61004636600461574f565b610093565b604080519283526020830191909152015b60405180910390f35b6100786100733660046157ac565b610138565b6040805193845260208401929092529082015260600161005c565b5f5f5f6100a1868686610945565b90506100bf6100b360208601866157e0565b82866102a00135610e6c565b92506100f6866100d56040870160208801615806565b63ffffffff166100e860208801886157e0565b6001600160401b0316610138565b6102208401526102008301526101e0820152610112818561100a565b61012d61012260208601866157e0565b6100b390600161583d565b915050935093915050565b5f80808061015761014c6020890189615806565b63ffffffff1661112d565b90505f61016a6060890160408a01615806565b61017760208a018a615806565b6101819190615870565b63ffffffff1661019760808a0160608b01615806565b63ffffffff166101a79190615897565b60408051600a808252610160820190925291925087915f9160208201610140803683370190505090506101dd8460015f5f61114b565b815f815181106101ef576101ef6158c2565b602002602001018181525050610209600160025f5f61114b565b8160018151811061021c5761021c6158c2565b6020026020010181815250506102358460035f5f61114b565b81600281518110610248576102486158c2565b60200260200101818152505061026284600460015f61114b565b81600381518110610275576102756158c2565b6020026020010181815250506102b58a5f0160208101906102969190615806565b63ffffffff165f6102aa60208e018e615806565b63ffffffff16611167565b816004815181106102c8576102c86158c2565b6020026020010181815250506102ec8360018c5f0160208101906102aa9190615806565b816005815181106102ff576102ff6158c2565b6020026020010181815250506103238360028c5f0160208101906102aa9190615806565b81600681518110610336576103366158c2565b602090810291909101015261036461035460608c0160408d01615806565b63ffffffff1660065f600161114b565b81600781518110610377576103776158c2565b60209081029190910101526103a561039560808c0160608d01615806565b63ffffffff16600660018061114b565b816008815181106103b8576103b86158c2565b6020026020010181815250506103d2600160075f5f61114b565b816009815181106103e5576103e56158c2565b6020026020010181815250505f6103fc828a6111dd565b9c50919a50985096509050801561041757505050505061093c565b5f6104238b60016158d6565b90505f61042f8261112d565b90505f61043d826002615897565b610448846002615897565b61045291906158d6565b61045d9060026158d6565b90508d60400160208101906104729190615806565b6104829063ffffffff1682615897565b8c1015610586575f610494828e6158e9565b90506104a0828e6158fc565b9c50838d10156104c15760089b5099508b985061093c975050505050505050565b6104cb848e61590f565b9c508c5f036104eb5760099b5099505f985061093c975050505050505050565b6104f660018e61590f565b9c50828d101561051857600a8d5f9b509b509b5050505050505050505061093c565b610522838e61590f565b9c50828d101561054457600b8d5f9b509b509b5050505050505050505061093c565b61054e838e61590f565b9c50838d101561056f57600c9b5099508b985061093c975050505050505050565b600d9b5099505f985061093c975050505050505050565b8d60400160208101906105999190615806565b6105a99063ffffffff1682615897565b6105b3908d61590f565b9b505f9250600d91506105c39050565b6040519080825280602002602001820160405280156105ec578160200160208202803683370190505b5090506105fd86600460055f61114b565b815f8151811061060f5761060f6158c2565b60200260200101818152505061064a8c5f0160208101906106309190615806565b63ffffffff1660038e5f0160208101906102aa9190615806565b8160018151811061065d5761065d6158c2565b60200260200101818152505061067686600e5f5f61114b565b81600281518110610689576106896158c2565b6020026020010181815250506106a28660015f5f61114b565b816003815181106106b5576106b56158c2565b6020026020010181815250506106cf600160025f5f61114b565b816004815181106106e2576106e26158c2565b6020026020010181815250506106fc86600360015f61114b565b8160058151811061070f5761070f6158c2565b60200260200101818152505061072986600460015f61114b565b8160068151811061073c5761073c6158c2565b602090810291909101015261077461075a60a08e0160808f01615806565b63ffffffff1660048e5f0160208101906102aa9190615806565b81600781518110610787576107876158c2565b60209081029190910101526107bf6107a560a08e0160808f01615806565b63ffffffff1660058e5f0160208101906102aa9190615806565b816008815181106107d2576107d26158c2565b6020026020010181815250506108006107f78d608001602081019061014c9190615806565b600f5f5f61114b565b81600981518110610813576108136158c2565b6020026020010181815250506108426108388d608001602081019061014c9190615806565b600460065f61114b565b81600a81518110610855576108556158c2565b6020026020010181815250506108918c5f0160208101906108769190615806565b63ffffffff1660068e60800160208101906102aa9190615806565b81600b815181106108a4576108a46158c2565b6020026020010181815250506108bd86600e5f5f61114b565b81600c815181106108d0576108d06158c2565b6020026020010181815250506108e6818b6111dd565b9d50919b5099509750915081156109025750505050505061093c565b8361090d8b8261590f565b604051631a46e91f60e11b81526001600160401b03909216600483015260248201526044015b60405180910390fd5b93509350939050565b61094d615655565b610956846112e6565b6109636020850185615806565b63ffffffff16815261097b6040850160208601615806565b63ffffffff1660208201526109966060850160408601615806565b63ffffffff1660408201526109b16080850160608601615806565b63ffffffff1660608201526109cc60a0850160808601615806565b63ffffffff1660808201526109e760c0850160a08601615806565b63ffffffff1660a0820152610a0260e0850160c08601615806565b63ffffffff1660c0820152610a1e610100850160e08601615806565b63ffffffff1660e0820152610a3b61016085016101408601615806565b63ffffffff1661010082015260408101518151610a5891906158e9565b61012082018190526060820151610a6f9190615897565b61014080830191909152610a9490610a8d9086016101208701615806565b6020611751565b6101608201526101c08101839052610ab26040830160208401615806565b63ffffffff16610180820152610ace6060830160408401615806565b63ffffffff166101a082015260c081015161018082015110610b2f5761018081015160c08201516040516329ded1a760e11b81526060600482015260016064820152600760fc1b60848201526024810192909252604482015260a401610933565b8060200151816101a0015110610b84576101a081015160208201516040516329ded1a760e11b81526060600482015260016064820152601b60fa1b60848201526024810192909252604482015260a401610933565b6020810151610b97610280840184615922565b905014610bf657610bac610280830183615922565b6020830151604051637037f67360e11b815260606004820152600a6064820152696c61796572526f6f747360b01b60848201526024810192909252604482015260a4019050610933565b610c04610320830183615922565b90505f03610c2a575f6001604051637037f67360e11b815260040161093392919061596e565b5f610c386020860186615806565b610c486040870160208801615806565b610c586060880160408901615806565b610c686080890160608a01615806565b610c7860a08a0160808b01615806565b610c8860c08b0160a08c01615806565b610c9860e08c0160c08d01615806565b610ca96101008d0160e08e01615806565b610cbb6101208e016101008f01615806565b8d610120016020810190610ccf9190615806565b8e610140016020810190610ce39190615806565b8f6101600135604051602001610d049c9b9a999897969594939291906159b3565b60408051601f198184030181529190528051602090910120905036610d2d610320850185615922565b5f818110610d3d57610d3d6158c2565b9050602002810190610d4f9190615a77565b9050610d5e60208201826157e0565b6001600160401b0316151580610d925750610d80610d7b87611899565b611a37565b610d8d6040830183615922565b905014155b80610db3575084610db0835f610dab6040860186615922565b611a5a565b14155b15610dd4576040516308a691e960e31b815260048101869052602401610933565b5f5b6011811015610e1d57846060018160118110610df457610df46158c2565b60200201358461024001518260118110610e1057610e106158c2565b6020020152600101610dd6565b50610e2c610280850185615922565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152505050506102608401525090949350505050565b60408051601180825261024082019092525f9182919060208201610220803683370190505090505f5b6011811015610edf578461024001518160118110610eb557610eb56158c2565b6020020151828281518110610ecc57610ecc6158c2565b6020908102919091010152600101610e95565b505f846102600151516001600160401b03811115610eff57610eff6158ae565b604051908082528060200260200182016040528015610f28578160200160208202803683370190505b5090505f5b8151811015610f7a578561026001518181518110610f4d57610f4d6158c2565b6020026020010151828281518110610f6757610f676158c2565b6020908102919091010152600101610f2d565b5085856101800151866101a00151610f9185611ae7565b610f9a85611ae7565b60405160c09590951b6001600160c01b031916602086015260e093841b6001600160e01b031990811660288701529290931b909116602c840152603083015260508201526070810185905260900160405160208183030381529060405280519060200120925050505b9392505050565b6101e08201515f198101611027576110228383611c09565b505050565b60028103611039576110228383611cbf565b6003810361104b576110228383611d23565b6004810361105d576110228383611ee5565b6005810361106f57611022838361208e565b6006810361108157611022838361210a565b600781036110935761102283836123a4565b600881036110a5576110228383612574565b600981036110b75761102283836125cb565b600a81036110c9576110228383612646565b600b81036110db5761102283836127dd565b600c81036110ed5761102283836128c8565b600d81036110ff576110228383612a4c565b600e8103611111576110228383612b6f565b60108103611123576110228383612c00565b6110228383612d68565b5f602061113b83601f6158d6565b61114591906158e9565b92915050565b604084901b602084901b17600883901b1781175b949350505050565b5f8060806001816111796020876158e9565b61118391906158d6565b61118d919061590f565b61119791906158e9565b9050600181116111b7576111af85600586600161114b565b915050611003565b602881901b6111d36111c98388615897565b601087600261114b565b1795945050505050565b5f5f5f5f5f5f5b87518110156112cb575f888281518110611200576112006158c2565b602002602001015190505f604082901c9050808910156112b25760ff602083901c8116975061ffff600884901c16908316600281900361127e575f602885901c62ffffff16905060018a6008838f61125891906158fc565b901b8517838f61126891906158e9565b5f9a509a509a509a509a505050505050506112dc565b8060010361129c57506001985095508894505f93506112dc92505050565b506001985089965094505f93506112dc92505050565b6112bc818a61590f565b985050508060010190506111e4565b505f5f5f5f89945094509450945094505b9295509295909350565b6112f36020820182615806565b63ffffffff1615806113215750602061130e82820183615806565b6113189190615a95565b63ffffffff1615155b15611355576040516389a6198960e01b815260206004820152600360248201526264696d60e81b6044820152606401610933565b6113656040820160208301615806565b63ffffffff165f036113a3576040516389a6198960e01b81526020600482015260066024820152656c617965727360d01b6044820152606401610933565b6113b36060820160408301615806565b63ffffffff1615806113f057506113d06060820160408301615806565b6113dd6020830183615806565b6113e79190615a95565b63ffffffff1615155b15611426576040516389a6198960e01b8152602060048201526005602482015264686561647360d81b6044820152606401610933565b60026114386060830160408401615806565b6114456020840184615806565b61144f9190615870565b6114599190615a95565b63ffffffff1615611497576040516389a6198960e01b81526020600482015260076024820152666865616444696d60c81b6044820152606401610933565b6114a76080820160608301615806565b63ffffffff1615806114e757506114c46080820160608301615806565b6114d46060830160408401615806565b6114de9190615a95565b63ffffffff1615155b1561151f576040516389a6198960e01b81526020600482015260076024820152666b76486561647360c81b6044820152606401610933565b61152f60a0820160808301615806565b63ffffffff1615806115615750602061154e60a0830160808401615806565b6115589190615a95565b63ffffffff1615155b15611597576040516389a6198960e01b8152602060048201526005602482015264666644696d60d81b6044820152606401610933565b6115a760c0820160a08301615806565b63ffffffff165f036115e4576040516389a6198960e01b81526020600482015260056024820152643b37b1b0b160d91b6044820152606401610933565b6115f460e0820160c08301615806565b63ffffffff165f03611633576040516389a6198960e01b815260206004820152600760248201526618dbdb9d195e1d60ca1b6044820152606401610933565b611644610100820160e08301615806565b63ffffffff16158061167757506002611664610100830160e08401615806565b61166e9190615a95565b63ffffffff1615155b806116c3575061168d6060820160408301615806565b61169a6020830183615806565b6116a49190615870565b63ffffffff166116bb610100830160e08401615806565b63ffffffff16115b156116fc576040516389a6198960e01b8152602060048201526008602482015267726f706544696d7360c01b6044820152606401610933565b600161171061016083016101408401615806565b63ffffffff16111561174e576040516389a6198960e01b8152600401610933906020808252600490820152631d1a595960e21b604082015260600190565b50565b5f60ff601784901c811690627fffff8516908290036117a1576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b6044820152606401610933565b5f82156117ba576117b58262800000615abc565b6117bc565b815b90505f83156117d5576117d0609685615ae3565b6117d9565b6094195b90505f6117e68783615abc565b9050825f036117fc575f95505050505050611145565b5f811261184d576026811315611843576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b6044820152606401610933565b82811b9550611873565b601919811361185e575f9550611873565b6118708361186b83615b02565b612de7565b95505b6001601f89901c8116900361188e5761188b86615b02565b95505b505050505092915050565b5f806118ab61014c6020850185615806565b90505f6118be6060850160408601615806565b6118cb6020860186615806565b6118d59190615870565b63ffffffff166118eb6080860160608701615806565b63ffffffff166118fb9190615897565b90505f61190e60a0860160808701615806565b61191f9063ffffffff166002615897565b61192a836002615897565b6119376020880188615806565b6119489063ffffffff166003615897565b611953866002615897565b61195d91906158d6565b61196791906158d6565b61197191906158d6565b90505f61198460e0870160c08801615806565b63ffffffff16848361199c60408a0160208b01615806565b63ffffffff166119ac9190615897565b6119bc60c08a0160a08b01615806565b6119cd9063ffffffff1660016158d6565b6119d791906158d6565b6119e191906158d6565b6119eb91906158d6565b90506119ff61016087016101408801615806565b63ffffffff165f03611a2e57611a1b60c0870160a08801615806565b611a2b9063ffffffff16826158d6565b90505b95945050505050565b5f5b81816001901b1015611a5557611a4e81615b1c565b9050611a39565b919050565b5f8161010081108015611a6e575084811c15155b15611a96576040516394666f0d60e01b81526004810186905260248101829052604401610933565b859150838160051b81015b80821015611adc576001871660051b823580861715158683528160208418528060405f200296505050508660011c9650602082019150611aa1565b505050949350505050565b80515f90808203611afa57505f92915050565b6001811115611be7575f6002611b118360016158d6565b611b1b91906158e9565b90505f5b81811015611bdf575f83611b34836002615897565b611b3f9060016158d6565b10611b4a575f611b7a565b85611b56836002615897565b611b619060016158d6565b81518110611b7157611b716158c2565b60200260200101515b9050611bb986611b8b846002615897565b81518110611b9b57611b9b6158c2565b6020026020010151825f828152602082905260409020911715150290565b868381518110611bcb57611bcb6158c2565b602090810291909101015250600101611b1f565b509050611afa565b825f81518110611bf957611bf96158c2565b6020026020010151915050919050565b5f611c1c83835f5f876102000151612e38565b90505f611c2c84845f601061311e565b90505f8461020001515f14611c45576020820151611c47565b5f5b90505f5b60048451611c5991906158e9565b811015611c95575f611c74858360021b016020015160e01d90565b9050611c808180615b34565b611c8a90846158d6565b925050600101611c4b565b50602082018190525b611caa85601084613278565b61024086015160105b60200201525050505050565b5f611ccd83835f601061311e565b9050611d05816001611cf5611ce8855f60051b016020015190565b8751610160890151613391565b808260051b602085010152505050565b611d1183601083613278565b61024084015160106020020152505050565b5f611d3683835f5f876102000151612e38565b9050611d4b8383600180876102000151612e38565b505f611d64611d5d85855f601061311e565b6040015190565b9050611d74610320840184615922565b9050600214611da857611d8b610320840184615922565b604051637037f67360e11b8152610933925060029060040161596e565b5f611e0885611dbb610320870187615922565b6001818110611dcc57611dcc6158c2565b9050602002810190611dde9190615a77565b611df58860028a61022001518b6102000151613416565b8651611e03610d7b8b61363d565b613706565b90505f83516001600160401b03811115611e2457611e246158ae565b6040519080825280601f01601f191660200182016040528015611e4e576020820181803683370190505b5090505f5b60048551611e6191906158e9565b811015611ecf57611ec78282611e9c611e83898660021b016020015160e01d90565b611e96888760021b016020015160e01d90565b8961381b565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101611e53565b50611edd8686600184613849565b505050505050565b5f5f600684610220015114611efd576009600a611f02565b600b600c5b915091505f611f1e85855f886102200151896102000151612e38565b9050611f338585600186896102000151612e38565b505f611f54868660028660108b6102000151611f4f91906158e9565b612e38565b9050611f5e6156e2565b5f5b6020811015611fa357611f7c848260021b016020015160e01d90565b828260208110611f8e57611f8e6158c2565b60039290920b60209092020152600101611f60565b505f5f611faf836138d3565b6040805160208082528183019092529294509092505f91906020820181803683370190505090505f5b602081101561202b57838160208110611ff357611ff36158c2565b602002015160f81b82828151811061200d5761200d6158c2565b60200101906001600160f81b03191690815f1a905350600101611fd8565b506120398a8a600184613849565b6120758560108c610200015161204f91906158fc565b60031b0160200180516001600160c01b03166001600160c01b031960c086901b16179052565b6120828a8a600288613849565b50505050505050505050565b5f6120b583835f6120a3876102000151613968565b6020886102200151611f4f91906158e9565b90505f5f6120cc85858761020001516006146139c0565b915091505f6120db8686613a99565b90506120fe8460208861022001516120f391906158fc565b611e9c848787613b4b565b611edd86865f87613849565b5f8261020001515f1461211e576003612121565b60025b90505f5f61218d845f856121358988613b62565b8961012001518a610220015161214b9190615897565b6101208b01516102208c01516121629060016158d6565b61216c9190615897565b8b61024001518a60118110612183576121836158c2565b6020020151613c65565b90925090506121a0610320850185615922565b90506002146121b757611d8b610320850185615922565b5f60028660e001516121c991906158e9565b90505f61222a876121de610320890189615922565b60018181106121ef576121ef6158c2565b90506020028101906122019190615a77565b6122138a60055f8d6101800151613416565b61221e866008615897565b611e03610d7b8d61363d565b90505f612238846020615897565b88610120015189610220015161224e9190615897565b612258919061590f565b90505f5b83811015612372575f806122da61229089612278866002615897565b61228290886158d6565b60021b016020015160e01d90565b6122b48a61229f876002615897565b6122a990896158d6565b6122829060016158d6565b6122c7888760021b016020015160e01d90565b6122d589612282898d6158d6565b613f1b565b909250905061231e886122ee856002615897565b6122f890876158d6565b60021b0160200180516001600160e01b03166001600160e01b031960e086901b16179052565b6123688861232d856002615897565b61233790876158d6565b6123429060016158d6565b60021b0160200180516001600160e01b03166001600160e01b031960e085901b16179052565b505060010161225c565b5061237e875f87613fab565b8861024001518760118110612395576123956158c2565b60200201525050505050505050565b6123b2610340820182615922565b90506001146123e6576123c9610340820182615922565b604051637037f67360e11b81526109339250600190600401615b63565b366123f5610340830183615922565b5f818110612405576124056158c2565b90506020028101906124179190615a77565b61018084015190915061242d60208301836157e0565b6001600160401b0316141580612450575061244b6020820182615b84565b151590505b8061247557506124638360c00151611a37565b6124706040830183615922565b905014155b15612495575f604051630b28d38960e31b81526004016109339190615bc6565b826102600151836101a00151815181106124b1576124b16158c2565b60200260200101516124d55f5f1b856101800151848060400190610dab9190615922565b146124f5575f604051630b28d38960e31b81526004016109339190615bc6565b610240830151606080820151608090920151604080516020810194909452830152612547910160405160208183030381529060405280519060200120846101800151838060400190610dab9190615922565b836102600151846101a0015181518110612563576125636158c2565b602002602001018181525050505050565b5f61258f83835f600d6020886102200151611f4f91906158e9565b90506125bf8160208561022001516125a791906158fc565b611e9c6125b48787614036565b876101200151614199565b61102283835f84613849565b5f6125d983835f600d61311e565b90505f6125ea84846001601061311e565b9050637fffffff195f5b8561018001518111612633575f612614858360021b016020015160e01d90565b905082811315612622578092505b5061262c81615b1c565b90506125f4565b50606082018190525f6080830152611c9e565b61265982825f600d866102000151612e38565b505f6126696102c0830183615922565b5f818110612679576126796158c2565b905060200281019061268b9190615bf5565b612699906040810190615b84565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250610200880151949550936126e89350879250869150600190600e90612e38565b90505f6126f885855f601061311e565b60608101516080820151919250905f5b6004855161271691906158e9565b8110156127a6575f8189610200015160206127319190615897565b61273b91906158d6565b90505f896101800151821161277557612766612760898560021b016020015160e01d90565b86614228565b90506127728185615abc565b93505b600283901b870160200180516001600160e01b03166001600160e01b031960e084901b161790525050600101612708565b506127b48787600187613849565b608083018190526127c787601085613278565b6102408801516010602002015250505050505050565b5f6127f183835f600d876102000151612e38565b90505f61280884846001600e886102000151612e38565b90505f61282261281b86865f601061311e565b6080015190565b90505f5b6004845161283491906158e9565b8110156128b4578561018001518187610200015160206128549190615897565b61285e91906158d6565b116128b4576128ac848261288461287e878660021b016020015160e01d90565b86614253565b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101612826565b506128c185855f86613849565b5050505050565b6102208201515f6128f06128e5858584600d611f4f6020896158e9565b6122826020856158fc565b90505f61290085855f600f61311e565b90505f61290f86865f87614294565b9150505f8660600151876040015161292791906158e9565b87610200015161293791906158e9565b90505f5f61297a885f60048c61014001518d6101200151886129599190615897565b6101208f015161296a8a60016158d6565b6129749190615897565b8a613c65565b90925090505f61298b826020615897565b6101208b015161299b9086615897565b6129a5919061590f565b90505f5b8a6101200151811015612a2657612a1e87826129c98761228283886158d6565b6129d3908c615b34565b6129e68b8660031b016020015160c01d90565b6129f09190615abc565b8160031b60208401016001600160401b03821660c01b6001600160401b0360c01b1982511617815250505050565b6001016129a9565b50612a338a600f88613278565b6102408b0151600f602002015250505050505050505050565b5f612a5a83835f600f61311e565b90505f5f612aad845f6005885f01518961012001518a6102000151612a7f9190615897565b6101208b01516102008c0151612a969060016158d6565b612aa09190615897565b6102408c01516005612183565b90925090505f612abe826020615897565b866101200151876102000151612ad49190615897565b612ade919061590f565b90505f5b866101200151811015612b3757612b1884612afd83856158d6565b611e9c612b13898660031b016020015160c01d90565b614471565b600381901b850160200180516001600160c01b03169052600101612ae2565b50612b4486600f86613278565b6102408701516101e00152612b5a855f85613fab565b61024087015160056020020152505050505050565b5f612b8283835f5f876102000151612e38565b90505f612b99848460016008886102000151612e38565b90505f5b60048351612bab91906158e9565b811015612bed57612be58382611e9c612bcd878660021b016020015160e01d90565b612be0878760021b016020015160e01d90565b614480565b600101612b9d565b50612bfa84845f85613849565b50505050565b61020082015160ff165f602060068314612c1b578451612c21565b84608001515b612c2b91906158e9565b90505f604051806040016040528060806008886102000151901c612c4f9190615897565b81526020015f8152509050816080825f60028110612c6f57612c6f6158c2565b6020020151612c7e91906158d6565b11612c96578051612c91906080906158d6565b612c98565b815b60208201525f612cbf868683612cad88613968565b60208b6102200151611f4f91906158e9565b90505f612ccf87875f601061311e565b90505f612cde888888876144a0565b61020089015160081c15612cf65760a0830151612cf8565b5f5b612d029190615abc565b905084846001602002015103612d3457612d318360208a6102200151612d2891906158fc565b611e9c84614565565b505f5b60a08201819052612d4788601084613278565b6102408901516102000152612d5e88885f86613849565b5050505050505050565b5f612d7c83835f6006876102000151612e38565b90505f612d93848460016007886102000151612e38565b90505f5b60048351612da591906158e9565b811015612bed57612ddf8382611e9c612dc7878660021b016020015160e01d90565b612dda878760021b016020015160e01d90565b614577565b600101612d97565b5f811580612df5575060ff82115b15612e1657604051630263749760e41b815260048101839052602401610933565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b6060612e486102c0860186615922565b90508410612eaa57612e5e6102c0860186615922565b9050612e6b8560016158d6565b604051637037f67360e11b81526060600482015260066064820152656368756e6b7360d01b60848201526024810192909252604482015260a401610933565b36612eb96102c0870187615922565b86818110612ec957612ec96158c2565b9050602002810190612edb9190615bf5565b90505f612ef9612eeb8987613b62565b612ef4876145d7565b614614565b905084612f096020840184615c09565b60ff16141580612f2e575083612f256040840160208501615806565b63ffffffff1614155b80612f395750808410155b15612f8e5785612f4c6020840184615c09565b612f5c6040850160208601615806565b60405163e9f7eafb60e01b8152600481019390935260ff909116602483015263ffffffff166044820152606401610933565b5f612f9a898787614636565b905080612faa6040850185615b84565b905014612fe95786612fbf6040850185615b84565b604051636a57042760e01b8152600481019390935260248301525060448101829052606401610933565b612ff282611a37565b612fff6060850185615922565b9050146130405760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b606482015260248101889052608401610933565b8861024001518660118110613057576130576158c2565b602002015161309161306c6040860186615b84565b60405161307a929190615c29565b60405190819003902087610dab6060880188615922565b146130d05760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b606482015260248101889052608401610933565b6130dd6040840184615b84565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b606061312e6102e0850185615922565b9050831061316c576131446102e0850185615922565b90506131518460016158d6565b604051637037f67360e11b8152600401610933929190615c38565b61317a6102e0850185615922565b8481811061318a5761318a6158c2565b905060200281019061319c9190615b84565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509394506131dd925085915061469e9050565b6131e78785613b62565b6131f19190615897565b905080825114613228578151604051636a57042760e01b815260048101869052602481019190915260448101829052606401610933565b856102400151836011811061323f5761323f6158c2565b602002015161324f878585613278565b1461326f5783604051630b28d38960e31b81526004016109339190615c5b565b50949350505050565b5f5f6132838461469e565b61328c856145d7565b6132969190615897565b90505f8160018386516132a991906158d6565b6132b3919061590f565b6132bd91906158e9565b90505f816001600160401b038111156132d8576132d86158ae565b604051908082528060200260200182016040528015613301578160200160208202803683370190505b5090505f5b8281101561337c575f6133198583615897565b90505f8751868361332a91906158d6565b116133355785613342565b818851613342919061590f565b90505f818360208b010120905080858581518110613362576133626158c2565b602002602001018181525050505050806001019050613306565b5061338681611ae7565b979650505050505050565b5f5f8412156133b6576040516338e756a760e21b815260048101859052602401610933565b5f8212156133da576040516338e756a760e21b815260048101839052602401610933565b825f036133fa5760405163011ee73b60e21b815260040160405180910390fd5b82840482015f613409826146f5565b8015019695505050505050565b5f5f613424865f015161112d565b90505f866080015160026134389190615897565b610140880151613449906002615897565b8851613456906003615897565b613461856002615897565b61346b91906158d6565b61347591906158d6565b61347f91906158d6565b90505f81886101a001516134939190615897565b60a08901516134a39060016158d6565b6134ad91906158d6565b9050600287036135165784866001146134c6575f6134f8565b6101408901516134d7906002615897565b89516134e4906002615897565b6134ee90866158d6565b6134f891906158d6565b61350290836158d6565b61350c91906158d6565b935050505061115f565b600387036135d0576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b888110156135ae57818160078110613580576135806158c2565b602002015161358f90846158d6565b9250806003036135a6576135a386846158d6565b92505b600101613566565b50866135ba83856158d6565b6135c491906158d6565b9550505050505061115f565b5f83838a602001516135e29190615897565b60a08b01516135f29060016158d6565b6135fc91906158d6565b61360691906158d6565b90508861010001515f036136265760a089015161362390826158d6565b90505b61363086826158d6565b9998505050505050505050565b5f5f61364b835f015161112d565b90505f8360c0015182856080015160026136659190615897565b610140870151613676906002615897565b8751613683906003615897565b61368e876002615897565b61369891906158d6565b6136a291906158d6565b6136ac91906158d6565b86602001516136bb9190615897565b60a08701516136cb9060016158d6565b6136d591906158d6565b6136df91906158d6565b6136e991906158d6565b90508361010001515f036110035760a084015161115f90826158d6565b60608361371660208701876157e0565b6001600160401b031614158061373a5750826137356020870187615b84565b905014155b8061375357508161374e6040870187615922565b905014155b156137735783604051630b28d38960e31b81526004016109339190615c7e565b6101c08601516137b06137896020880188615b84565b604051613797929190615c29565b604051809103902086888060400190610dab9190615922565b146137d05783604051630b28d38960e31b81526004016109339190615c7e565b6137dd6020860186615b84565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f6138258461479e565b61382e8361479e565b61115f61384461383e8587615b34565b846147d5565b614827565b366138586102c0850185615922565b84818110613868576138686158c2565b905060200281019061387a9190615bf5565b90506138ad828051906020012082602001602081019061389a9190615806565b63ffffffff16610dab6060850185615922565b6102408601516138c06020840184615c09565b60ff1660118110611cb357611cb36158c2565b6138db6156e2565b5f5f5b61040081101561390f578084015160030b5f8112156138fa575f035b82811115613906578092505b506020016138de565b508015613963578060011c5f5b610400811015613960578481015160030b607f025f808212801561394a578585845f0301045f039150613952565b858584010491505b50858301525060200161391c565b50505b915091565b5f815f0361397857506002919050565b8160010361398857506003919050565b8160020361399857506004919050565b816004036139a857506006919050565b816005036139b857506007919050565b506008919050565b6060806139dc85855f866139d557600961311e565b600b61311e565b91505f6139f986866001876139f257600a61311e565b600c61311e565b905060088151613a0991906158e9565b6001600160401b03811115613a2057613a206158ae565b604051908082528060200260200182016040528015613a49578160200160208202803683370190505b5091505f5b8251811015613a8f57613a6a828260031b016020015160c01d90565b838281518110613a7c57613a7c6158c2565b6020908102919091010152600101613a4e565b5050935093915050565b6060613aa9610320830183615922565b9050600214613ac057611d8b610320830183615922565b5f836102000151600614613ad5578351613adb565b83608001515b905061115f84613aef610320860186615922565b6001818110613b0057613b006158c2565b9050602002810190613b129190615a77565b613b298760038961020001518a6102200151613416565b613b346020866158e9565b613b3f906022615897565b611e03610d7b8a61363d565b5f61115f613b5d8585855f8751614856565b614565565b5f811580613b705750600182145b80613b7b5750600282145b80613b865750600582145b80613b915750600882145b80613b9c5750600982145b15613ba957508151611145565b6003821480613bb85750600482145b15613bc95750610140820151611145565b6006821480613bd85750600782145b80613be35750600b82145b15613bf357506080820151611145565b600a8203613c10578251613c09906020906158e9565b9050611145565b600c8203613c295760208360800151613c0991906158e9565b600d821480613c385750600e82145b15613c48575060c0820151611145565b600f8203613c5c5750610120820151611145565b50601492915050565b60605f613c766103008a018a615922565b90508810613cda57613c8c6103008a018a615922565b9050613c998960016158d6565b604051637037f67360e11b8152606060048201526008606482015267737562747265657360c01b60848201526024810192909252604482015260a401610933565b5f613ce6878787614bb2565b905036613cf76103008c018c615922565b8b818110613d0757613d076158c2565b9050602002810190613d199190615ca2565b905088613d296020830183615c09565b60ff16141580613d54575060208083015190613d4b9060408401908401615806565b63ffffffff1614155b80613d7257508151613d6c6060830160408401615c09565b60ff1614155b15613d955789613d856020830183615c09565b612f5c6040840160208501615806565b6040820151613da76060830183615b84565b905014613dec5789613dbc6060830183615b84565b6040808601519051636a57042760e01b815260048101949094526024840191909152604483015250606401610933565b6060820151613dfe6080830183615922565b9050141580613e7a575084613e77613e61613e1c6060850185615b84565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052508993509150613e579050565b6020020151614cc7565b84516020860151901c610dab6080860186615922565b14155b15613ebb5760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b9052608401610933565b613ec86060820182615b84565b836001602002015182828080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509299509297505050505050505097509795505050505050565b5f5f613f268661479e565b613f2f8561479e565b613f388461479e565b613f418361479e565b613f80565b5f81126320000000038101601e1d637fffffff19811215613f695750637fffffff195b637fffffff811315611a555750637fffffff919050565b613f8f83860285880203613f46565b9150613fa084860284880201613f46565b905094509492505050565b5f36613fbb610300860186615922565b85818110613fcb57613fcb6158c2565b9050602002810190613fdd9190615ca2565b9050611a2e613ffe84613ff66060850160408601615c09565b60ff16614cc7565b61400e6060840160408501615c09565b60ff166140216040850160208601615806565b63ffffffff16901c610dab6080850185615922565b5f5f5f614088845f6002885f01518961012001518a610200015161405a9190615897565b6101208b01516102008c01516140719060016158d6565b61407b9190615897565b6102408c01516002612183565b9092509050614098816020615897565b8561012001518661020001516140ae9190615897565b6140b8919061590f565b90505f6140cc86865f896102200151614294565b5090505f866060015187604001516140e491906158e9565b8761020001516140f491906158e9565b90505f5f61411788600160038c61014001518d6101200151886129599190615897565b9092509050614127816020615897565b6101208a01516141379085615897565b614141919061590f565b90505f5b89610120015181101561418c576141608361228283856158d6565b61416e88612282848a6158d6565b6141789190615b34565b6141829089615abc565b9750600101614145565b5050505050505092915050565b5f815f036141ba5760405163011ee73b60e21b815260040160405180910390fd5b5f6141d16141cc846001603c1b6158e9565b6146f5565b90505f6141e2613844866010612de7565b60030b90505f82820290811263200000000301601e1d637fffffff1981121561420d5750637fffffff195b637fffffff811315611a2e5750637fffffff95945050505050565b5f6142328361479e565b61423b8261479e565b61100361424b6138448486615ae3565b60030b614cd4565b5f5f8312806142655750634000000083135b15614286576040516320f9868b60e21b815260048101849052602401610933565b611003601e84901b836147d5565b5f806142a4610340860186615922565b905084106142e2576142ba610340860186615922565b90506142c78560016158d6565b604051637037f67360e11b8152600401610933929190615b63565b366142f1610340870187615922565b86818110614301576143016158c2565b90506020028101906143139190615a77565b905086610180015184118061433d57508361433160208301836157e0565b6001600160401b031614155b8061435757506143506020820182615b84565b9050604014155b8061437c575061436a8760c00151611a37565b6143776040830183615922565b905014155b1561439c5784604051630b28d38960e31b81526004016109339190615bc6565b866102600151876101a00151815181106143b8576143b86158c2565b60200260200101516143fa8280602001906143d39190615b84565b6040516143e1929190615c29565b604051809103902086848060400190610dab9190615922565b1461441a5784604051630b28d38960e31b81526004016109339190615bc6565b6144276020820182615b84565b614435916020915f91615cb6565b61443e91615cdd565b61444b6020830183615b84565b61445a91604091602091615cb6565b61446391615cdd565b925092505094509492505050565b5f61114561384483601e612de7565b5f61448a8361479e565b6144938261479e565b6110036138448385615abc565b5f5f5f6144b287878760061487614e64565b90925090506144c5610320870187615922565b90506002146144dc57611d8b610320870187615922565b5f61453d886144ef6103208a018a615922565b6001818110614500576145006158c2565b90506020028101906145129190615a77565b6145248b60038b8e6102200151613416565b8551614531906022615897565b611e03610d7b8e61363d565b9050614559818484885f60200201518960016020020151614856565b98975050505050505050565b5f61114561384483637f0000006147d5565b5f6145818361479e565b61458a8261479e565b5f61459484614e8c565b60030b90505f838202908112618000030160101d637fffffff198112156145bd5750637fffffff195b637fffffff81131561115f5750637fffffff949350505050565b5f600a8214806145e75750600c82145b806145f25750600f82145b806145fd5750601082145b61460857602061460b565b60105b60ff1692915050565b5f81600161462282866158d6565b61462c919061590f565b61100391906158e9565b5f5f6146428585613b62565b90505f61464e856145d7565b90505f61465b8286615897565b90505f8361466984846158d6565b1161467d5761467883836158d6565b61467f565b835b905061468a8761469e565b614694838361590f565b6145599190615897565b5f60098214806146ae5750600b82145b156146bb57506001919050565b600a8214806146ca5750600c82145b806146d55750600f82145b806146e05750601082145b156146ed57506008919050565b506004919050565b60016fffffffffffffffffffffffffffffffff821160071b82811c6001600160401b031060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b637fffffff198112806147b45750637fffffff81135b1561174e5760405163e92ac66b60e01b815260048101829052602401610933565b5f5f82136147f957604051637040adc360e01b815260048101839052602401610933565b5f831283811561480957845f0390505b838460011c820104925050801561482057815f0391505b5092915050565b5f637fffffff1982121561483e57637fffffff1991505b637fffffff82131561485257637fffffff91505b5090565b82515f90614865602282615897565b875114158061487f575061487a602082615897565b865114155b156148b15786518651604051638ee979f560e01b81526004810192909252602482015260448101829052606401610933565b828411806148be57508083115b156148ed57604051633fe8c99960e01b8152600481018590526024810184905260448101829052606401610933565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b80821015614b875783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f8314171561495a5760208d01850360051c6001019750505050614b87565b8015614b6d5781151580600a1b6103ff8516178184031b905083600f1c1561497f575f035b8651600289810151627fff807e010001000100010001000100010001000100010001000100010001000100017f80808080808080808080808080808080808080808080808080808080808080809283187eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff818116600883811c8316919091019590971881811681891c831601959095019290920260e91c929092167c0100000001000000010000000100000001000000010000000100000001600385811c7f010101010101010101010101010101010101010101010101010101010101010190811660ff9081028716808716908b1c871601831b888a1c831682028816808816908c1c8816018a1b60018a811c851684028a16808a16908e1c8a1601811b858c1685028b16808b16908f1c8b16010191909101919091017dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff818116601092831c82160160078c901c861685028b16808b16908f1c8b160190961b60068c901c861685028b16808b16908f1c8b1601909c1b60058c901c861685028b16808b16908f1c8b160190931b60049b8c1c95909516939093029098168088169b1c90961699909901019390930195909501868116931c959095169190910190911b010260e01c03620800000102810299909901985b505050602284019350602083019250602082019150614913565b50505050805f14614ba757614ba78887614ba260018561590f565b614ed8565b505095945050505050565b614bba615701565b5f614bc66020856158e9565b90505f6020614bd660018661590f565b614be091906158e9565b90505f5b82811c82821c14614bff57614bf881615b1c565b9050614be4565b82811c811b5f6020614c128a601f6158d6565b614c1c91906158e9565b90505f81614c2d6001861b856158d6565b11614c4457614c3f6001851b846158d6565b614c46565b815b90505f8a614c55836020615897565b11614c6a57614c65826020615897565b614c6c565b8a5b8589526020808a01869052909150614c85908590615897565b614c8f908261590f565b614c9a906004615897565b604089015284614ca984611a37565b614cb3919061590f565b606089015250959998505050505050505050565b5f61100383836080614f5d565b5f5f82128015614e5657618000635c551d95845f03020160101c80601e1c601f811015614e4f57633fffffff82166008606c19614d1d8284025f811263200000000301601e1d90565b01905061058b614d398383025f811263200000000301601e1d90565b019050613ff819614d568383025f811263200000000301601e1d90565b01905062028612614d738383025f811263200000000301601e1d90565b0190506215d87f19614d918383025f811263200000000301601e1d90565b019050629d955b614dae8383025f811263200000000301601e1d90565b01905063038d611a19614dcd8383025f811263200000000301601e1d90565b019050630f5fdf00614deb8383025f811263200000000301601e1d90565b019050632c5c85fd19614e0a8383025f811263200000000301601e1d90565b0190506340000000614e288383025f811263200000000301601e1d90565b019050828015614e47575f821260018086031b038201841d9650614e4b565b8196505b5050505b5050614e5e565b634000000091505b50919050565b606080614e7386868686615059565b614e7f878787876151c6565b9150915094509492505050565b5f5f614e978361531d565b90505f83820290811263200000000301601e1d637fffffff19811215614ebf5750637fffffff195b637fffffff8113156110035750637fffffff9392505050565b602281028301602001515f81901a60019190911a60081b17601f600a82901c81169003614f1e57604051632548acfb60e11b815261ffff82166004820152602401610933565b81838381518110614f3157614f316158c2565b60200260200101516040516358e5175760e11b8152600401610933929190918252602082015260400190565b5f806001841b6001600160401b03811115614f7a57614f7a6158ae565b604051908082528060200260200182016040528015614fa3578160200160208202803683370190505b5090505f836001858851614fb791906158d6565b614fc1919061590f565b614fcb91906158e9565b90505f5b81811015615045575f614fe28683615897565b90505f88518783614ff391906158d6565b11614ffe578661500b565b81895161500b919061590f565b90505f818360208c01012090508086858151811061502b5761502b6158c2565b602002602001018181525050505050806001019050614fcf565b5061504f82611ae7565b9695505050505050565b60605f60208461506a578651615070565b86608001515b61507a91906158e9565b90505f8461508957600961508c565b600b5b90505f5f615123885f856040518060a001604052808981526020018b5f600281106150b9576150b96158c2565b6020020151815260200160018c6001600281106150d8576150d86158c2565b60200201516150e7919061590f565b8152602001602081526020018960206151009190615897565b90526102408e01518860118110615119576151196158c2565b6020020151615378565b9092509050615133846020615897565b6001600160401b0381111561514a5761514a6158ae565b6040519080825280601f01601f191660200182016040528015615174576020820181803683370190505b5086519095505b60208701518110156151b9575f615192838361590f565b61519d906020615897565b8401602090810151600584901b8901909101525060010161517b565b5050505050949350505050565b60605f6020846151d75786516151dd565b86608001515b6151e791906158e9565b90505f846151f657600a6151f9565b600c5b90505f5f615279886001856040518060a0016040528060108a600f61521e91906158d6565b61522891906158e9565b81528b5160209091019061523e906010906158e9565b8152602001601060018d816020020151615258919061590f565b61526291906158e9565b8152608060208201526040016151008a6008615897565b91509150836001600160401b03811115615295576152956158ae565b6040519080825280602002602001820160405280156152be578160200160208202803683370190505b5086519095505b60208701518110156151b9576152f8836152e0846010615897565b6152ea908461590f565b60031b016020015160c01d90565b86828151811061530a5761530a6158c2565b60209081029190910101526001016152c5565b5f5f8212615352575f61533761533284615b02565b614cd4565b6340000000016001603c1b600182901c01049150611a559050565b5f61535c83614cd4565b63400000008101601e9190911b600182901c0104915050919050565b60605f615389610300880188615922565b905086106153ac5761539f610300880188615922565b9050613c998760016158d6565b366153bb610300890189615922565b888181106153cb576153cb6158c2565b90506020028101906153dd9190615ca2565b90505f5b60408601516020870151821c90821c14615405576153fe81615b1c565b90506153e1565b6020860151865190821c821b93505f906154226001841b866158d6565b11615439576154346001831b856158d6565b61543c565b86515b608088015160608901519192505f916154559084615897565b11615478576060880151615469868461590f565b6154739190615897565b615496565b60608801516154879086615897565b6080890151615496919061590f565b9050886154a66020860186615c09565b60ff161415806154cb5750846154c26040860160208701615806565b63ffffffff1614155b806154e85750826154e26060860160408701615c09565b60ff1614155b1561550b57896154fb6020860186615c09565b612f5c6040870160208801615806565b806155196060860186615b84565b90501461552e5789612fbf6060860186615b84565b8751839061553b90611a37565b615545919061590f565b6155526080860186615922565b90501415806155c25750866155bf6155af6155706060880188615b84565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505060608d0151889150614f5d565b87861c610dab6080890189615922565b14155b156156035760408051630b28d38960e31b8152600481019190915260076044820152667375627472656560c81b6064820152602481018b9052608401610933565b6156106060850185615b84565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929e979d50969b505050505050505050505050565b6040518061028001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020016156d561571f565b8152602001606081525090565b6040518061040001604052806020906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b6040518061022001604052806011906020820280368337509192915050565b5f6101808284031215614e5e575f5ffd5b5f5f5f6101c08486031215615762575f5ffd5b61576c858561573e565b925061018084013591506101a08401356001600160401b0381111561578f575f5ffd5b840161036081870312156157a1575f5ffd5b809150509250925092565b5f5f5f6101c084860312156157bf575f5ffd5b6157c9858561573e565b9561018085013595506101a0909401359392505050565b5f602082840312156157f0575f5ffd5b81356001600160401b0381168114611003575f5ffd5b5f60208284031215615816575f5ffd5b813563ffffffff81168114611003575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561114557611145615829565b634e487b7160e01b5f52601260045260245ffd5b5f63ffffffff8316806158855761588561585c565b8063ffffffff84160491505092915050565b808202811582820484141761114557611145615829565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b8082018082111561114557611145615829565b5f826158f7576158f761585c565b500490565b5f8261590a5761590a61585c565b500690565b8181038181111561114557611145615829565b5f5f8335601e19843603018112615937575f5ffd5b8301803591506001600160401b03821115615950575f5ffd5b6020019150600581901b3603821315615967575f5ffd5b9250929050565b606081525f6159926060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b60e01b6001600160e01b0319169052565b706169726f6c6c75702e6d6f64656c2e763160781b81526001600160e01b031960e08e811b821660118401528d901b1660158201526159f5601982018c6159a2565b615a02601d82018b6159a2565b615a0f602182018a6159a2565b615a1c60258201896159a2565b615a2960298201886159a2565b615a36602d8201876159a2565b615a4360318201866159a2565b615a5060358201856159a2565b615a5d60398201846159a2565b603d810191909152605d019b9a5050505050505050505050565b5f8235605e19833603018112615a8b575f5ffd5b9190910192915050565b5f63ffffffff831680615aaa57615aaa61585c565b8063ffffffff84160691505092915050565b8082018281125f831280158216821582161715615adb57615adb615829565b505092915050565b8181035f83128015838313168383128216171561482057614820615829565b5f600160ff1b8201615b1657615b16615829565b505f0390565b5f60018201615b2d57615b2d615829565b5060010190565b8082025f8212600160ff1b84141615615b4f57615b4f615829565b818105831482151761114557611145615829565b606081525f61599260608301600281526135bb60f11b602082015260400190565b5f5f8335601e19843603018112615b99575f5ffd5b8301803591506001600160401b03821115615bb2575f5ffd5b602001915036819003821315615967575f5ffd5b604081525f615be760408301600281526135bb60f11b602082015260400190565b905082602083015292915050565b5f8235607e19833603018112615a8b575f5ffd5b5f60208284031215615c19575f5ffd5b813560ff81168114611003575f5ffd5b818382375f9101908152919050565b606081525f615992606083016004815263199d5b1b60e21b602082015260400190565b604081525f615be7604083016004815263199d5b1b60e21b602082015260400190565b604081525f615be76040830160058152641b5bd9195b60da1b602082015260400190565b5f8235609e19833603018112615a8b575f5ffd5b5f5f85851115615cc4575f5ffd5b83861115615cd0575f5ffd5b5050820193919092039150565b80356020831015611145575f19602084900360031b1b169291505056",
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

// PackInstrAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad17b927.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function instrAt((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 p, uint256 k) pure returns(uint256 op, uint256 a, uint256 b)
func (oneStepVerifier *OneStepVerifier) PackInstrAt(cfg IOneStepVerifierModelConfig, p *big.Int, k *big.Int) []byte {
	enc, err := oneStepVerifier.abi.Pack("instrAt", cfg, p, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInstrAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad17b927.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function instrAt((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 p, uint256 k) pure returns(uint256 op, uint256 a, uint256 b)
func (oneStepVerifier *OneStepVerifier) TryPackInstrAt(cfg IOneStepVerifierModelConfig, p *big.Int, k *big.Int) ([]byte, error) {
	return oneStepVerifier.abi.Pack("instrAt", cfg, p, k)
}

// InstrAtOutput serves as a container for the return parameters of contract
// method InstrAt.
type InstrAtOutput struct {
	Op *big.Int
	A  *big.Int
	B  *big.Int
}

// UnpackInstrAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad17b927.
//
// Solidity: function instrAt((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, uint256 p, uint256 k) pure returns(uint256 op, uint256 a, uint256 b)
func (oneStepVerifier *OneStepVerifier) UnpackInstrAt(data []byte) (InstrAtOutput, error) {
	out, err := oneStepVerifier.abi.Unpack("instrAt", data)
	outstruct := new(InstrAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Op = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.A = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.B = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42eedace.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (uint64,uint32,uint32,bytes32[17],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
func (oneStepVerifier *OneStepVerifier) PackStep(cfg IOneStepVerifierModelConfig, modelRoot [32]byte, sp IOneStepVerifierStepProof) []byte {
	enc, err := oneStepVerifier.abi.Pack("step", cfg, modelRoot, sp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42eedace.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (uint64,uint32,uint32,bytes32[17],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
func (oneStepVerifier *OneStepVerifier) TryPackStep(cfg IOneStepVerifierModelConfig, modelRoot [32]byte, sp IOneStepVerifierStepProof) ([]byte, error) {
	return oneStepVerifier.abi.Pack("step", cfg, modelRoot, sp)
}

// StepOutput serves as a container for the return parameters of contract
// method Step.
type StepOutput struct {
	Pre  [32]byte
	Post [32]byte
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42eedace.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (uint64,uint32,uint32,bytes32[17],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint8,uint32,uint8,bytes,bytes32[])[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
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
	if bytes.Equal(raw[:4], oneStepVerifier.abi.Errors["NotProbability"].ID.Bytes()[:4]) {
		return oneStepVerifier.UnpackNotProbabilityError(raw[4:])
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

// OneStepVerifierNotProbability represents a NotProbability error raised by the OneStepVerifier contract.
type OneStepVerifierNotProbability struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProbability(int256 value)
func OneStepVerifierNotProbabilityErrorID() common.Hash {
	return common.HexToHash("0x83e61a2c428908c97c63d05c9194fc0575f30c430748106c98f84daddf053cb7")
}

// UnpackNotProbabilityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProbability(int256 value)
func (oneStepVerifier *OneStepVerifier) UnpackNotProbabilityError(raw []byte) (*OneStepVerifierNotProbability, error) {
	out := new(OneStepVerifierNotProbability)
	if err := oneStepVerifier.abi.UnpackIntoInterface(out, "NotProbability", raw); err != nil {
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
