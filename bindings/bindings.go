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
	Model      []IOneStepVerifierOpening
	Kv         []IOneStepVerifierOpening
}

// CanonHarnessMetaData contains all meta data concerning the CanonHarness contract.
var CanonHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"a\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"b\",\"type\":\"int256\"}],\"name\":\"addSat\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"a\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"b\",\"type\":\"int256[]\"}],\"name\":\"addSatBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"logits\",\"type\":\"int32[]\"}],\"name\":\"argmax\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"dot\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"headDim\",\"type\":\"uint256\"}],\"name\":\"attnScore\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"dot\",\"type\":\"int256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"headDim\",\"type\":\"uint256[]\"}],\"name\":\"attnScoreBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"blk\",\"type\":\"bytes\"},{\"internalType\":\"int8[32]\",\"name\":\"q\",\"type\":\"int8[32]\"}],\"name\":\"blockDot\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"a\",\"type\":\"int32[]\"},{\"internalType\":\"int32[]\",\"name\":\"b\",\"type\":\"int32[]\"}],\"name\":\"dotExact\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"row\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"name\":\"dotRow\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"rows\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"name\":\"dotRowBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"y\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"row\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"}],\"name\":\"dotRowPartial\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int8\",\"name\":\"q\",\"type\":\"int8\"},{\"internalType\":\"int256\",\"name\":\"d24\",\"type\":\"int256\"}],\"name\":\"embed\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int8[]\",\"name\":\"q\",\"type\":\"int8[]\"},{\"internalType\":\"int256[]\",\"name\":\"d24\",\"type\":\"int256[]\"}],\"name\":\"embedBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"blk\",\"type\":\"bytes\"}],\"name\":\"embedBlock\",\"outputs\":[{\"internalType\":\"int32[32]\",\"name\":\"\",\"type\":\"int32[32]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"expNeg\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"}],\"name\":\"expNegBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"acc\",\"type\":\"int256\"}],\"name\":\"finishDot\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"fp16ToD24\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"h\",\"type\":\"uint16[]\"}],\"name\":\"fp16ToD24Batch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"left\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"right\",\"type\":\"bytes32\"}],\"name\":\"hashPair\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"isqrt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"n\",\"type\":\"uint256[]\"}],\"name\":\"isqrtBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"r\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"x\",\"type\":\"int32[]\"}],\"name\":\"quantize\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[32]\",\"name\":\"x\",\"type\":\"int32[32]\"}],\"name\":\"quantizeBlock\",\"outputs\":[{\"internalType\":\"int8[32]\",\"name\":\"q\",\"type\":\"int8[32]\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"x\",\"type\":\"int32[]\"}],\"name\":\"quantizeBlockBatch\",\"outputs\":[{\"internalType\":\"int8[]\",\"name\":\"q\",\"type\":\"int8[]\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"random\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"n\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"rdiv\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"n\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"d\",\"type\":\"int256[]\"}],\"name\":\"rdivBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"w\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"rms\",\"type\":\"int256\"}],\"name\":\"rmsApply\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"w\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"rms\",\"type\":\"int256[]\"}],\"name\":\"rmsApplyBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"sumSq\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"epsQ32\",\"type\":\"int256\"}],\"name\":\"rmsInv\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"sumSq\",\"type\":\"int256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"n\",\"type\":\"uint256[]\"},{\"internalType\":\"int256[]\",\"name\":\"eps\",\"type\":\"int256[]\"}],\"name\":\"rmsInvBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"rootFromProof\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"rootFromProofCalldata\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x0\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"x1\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"c\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"s\",\"type\":\"int256\"}],\"name\":\"ropePair\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"y0\",\"type\":\"int32\"},{\"internalType\":\"int32\",\"name\":\"y1\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x0\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"x1\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"c\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"s\",\"type\":\"int256[]\"}],\"name\":\"ropePairBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"y\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"v\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"rshift\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"v\",\"type\":\"int256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"s\",\"type\":\"uint256[]\"}],\"name\":\"rshiftBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"logits\",\"type\":\"int32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"order\",\"type\":\"uint256[]\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"sample\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"r\",\"type\":\"uint256\"}],\"name\":\"sampleFromWeights\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"logit\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxLogit\",\"type\":\"int256\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"}],\"name\":\"sampleWeight\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"logit\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"maxLogit\",\"type\":\"int256[]\"},{\"internalType\":\"uint32[]\",\"name\":\"temperatureMilli\",\"type\":\"uint32[]\"}],\"name\":\"sampleWeightBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"v\",\"type\":\"int256\"}],\"name\":\"sat32\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"v\",\"type\":\"int256[]\"}],\"name\":\"sat32Batch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"sigmoid\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"}],\"name\":\"sigmoidBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"silu\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"}],\"name\":\"siluBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"e\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"sum\",\"type\":\"int256\"}],\"name\":\"softmaxProb\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"e\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"sum\",\"type\":\"int256[]\"}],\"name\":\"softmaxProbBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"score\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxScore\",\"type\":\"int256\"}],\"name\":\"softmaxWeight\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"score\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"maxScore\",\"type\":\"int256[]\"}],\"name\":\"softmaxWeightBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"x\",\"type\":\"int32[]\"}],\"name\":\"sumSquares\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"g\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"u\",\"type\":\"int256\"}],\"name\":\"swiglu\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"g\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"u\",\"type\":\"int256[]\"}],\"name\":\"swigluBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"}],\"name\":\"topPKeep\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"oldLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"update\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"oldLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"updateCalldata\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyCalldata\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"acc\",\"type\":\"int256\"}],\"name\":\"weightedSumFinish\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"acc\",\"type\":\"int256[]\"}],\"name\":\"weightedSumFinishBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockIndex\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"name\":\"AmaxOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"InvalidOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rowBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quantBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NegativeInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotProbability\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d24\",\"type\":\"int256\"}],\"name\":\"ScaleOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"WeightOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTotalWeight\",\"type\":\"error\"}]",
	ID:  "fb7d431246867b91a964b702d09e4659e4",
	Bin: "0x6080604052348015600e575f5ffd5b50614f078061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106103a9575f3560e01c80638428ff84116101ea578063b6b0289011610114578063e2d3139d116100a9578063f0b7cf7111610079578063f0b7cf71146108a9578063f31d3b2b146108bc578063f74e05bc146108cf578063fa36e247146108e2575f5ffd5b8063e2d3139d1461085d578063e830d2a014610870578063ec20320b14610883578063ec282a8214610896575f5ffd5b8063c7ee85c6116100e4578063c7ee85c614610804578063cc06522414610824578063cd0df86d14610837578063d33636ae1461084a575f5ffd5b8063b6b02890146107b8578063bcfccb35146107cb578063c1f4f955146107de578063c43cea75146107f1575f5ffd5b8063a37fbbf01161018a578063ab4174021161015a578063ab4174021461075f578063ac76432214610772578063ac944d4414610785578063b1689b5414610798575f5ffd5b8063a37fbbf014610705578063a806e3d114610718578063a9a688861461072b578063ab317de31461073e575f5ffd5b806396665242116101c557806396665242146106a95780639a9d3bdc146106bc5780639ee34e78146106cf5780639f49493b146106e2575f5ffd5b80638428ff84146106705780638545fa1a1461068357806389f5048514610696575f5ffd5b806350cc7a0c116102d6578063669e64861161026b5780636cca73f21161023b5780636cca73f21461060a5780637468ba651461061d578063787b4d5c1461064a578063822512ac1461065d575f5ffd5b8063669e6486146105b057806367fe9add146105c357806367ffab8b146105d65780636b0be757146105e9575f5ffd5b80635e96e19d116102a65780635e96e19d14610564578063638a59ff146105775780636562fc401461058a57806366088c7f1461059d575f5ffd5b806350cc7a0c1461050a57806353a704101461051d578063556911561461053e5780635646488414610551575f5ffd5b80633695a9401161034c578063455848fa1161031c578063455848fa146104be5780634819cabb146104d15780634e8ee274146104e45780634f10ef6d146104f7575f5ffd5b80633695a940146104725780633d8da41514610485578063437c2f251461049857806345066bc5146104ab575f5ffd5b80631b2832db116103875780631b2832db1461041957806320b7f8951461042c57806325c7add01461044c5780632b9fdbdf1461045f575f5ffd5b80630b7dd8d7146103ad5780630f6e55e7146103d85780631a5bed62146103f8575b5f5ffd5b6103c06103bb366004613ec5565b6108f5565b60405160039190910b81526020015b60405180910390f35b6103eb6103e636600461406f565b610905565b6040516103cf9190614174565b61040b6104063660046141b9565b6109b1565b6040519081526020016103cf565b61040b610427366004614255565b6109c5565b61043f61043a3660046142cf565b6109cf565b6040516103cf9190614375565b61043f61045a366004614387565b610aa8565b61040b61046d366004614255565b610b54565b61040b6104803660046143c6565b610b5e565b6103c06104933660046143c6565b610b79565b6103eb6104a63660046142cf565b610b84565b61043f6104b93660046143e6565b610c6a565b61040b6104cc366004614485565b610d6b565b6103eb6104df366004614387565b610d77565b61040b6104f23660046144ce565b610e16565b6103c06105053660046143c6565b610e21565b61040b610518366004614519565b610e2c565b61053061052b366004614255565b610e42565b6040516103cf929190614550565b61040b61054c3660046145c8565b610e57565b61040b61055f366004613ec5565b610e75565b6103c0610572366004614676565b610f21565b61040b6105853660046146c6565b610f2d565b6103eb610598366004614387565b610f38565b61040b6105ab366004614708565b610fd7565b61043f6105be3660046142cf565b610fe2565b61040b6105d1366004613ec5565b6110b2565b61043f6105e43660046142cf565b6110bc565b6105fc6105f736600461476d565b61118c565b6040516103cf9291906147ca565b61040b6106183660046143c6565b61119e565b61063061062b366004614805565b6111a9565b60408051600393840b81529190920b6020820152016103cf565b61040b6106583660046143c6565b6111c4565b6103eb61066b3660046142cf565b6111cf565b61043f61067e366004614387565b6112a7565b6103c0610691366004614844565b61133e565b61040b6106a436600461486c565b611349565b6103c06106b73660046141b9565b61135e565b6103eb6106ca3660046142cf565b61136a565b61040b6106dd366004613ec5565b611442565b6106f56106f036600461488d565b61144c565b60405190151581526020016103cf565b6106f56107133660046148e3565b611459565b61040b6107263660046143c6565b611471565b6103eb6107393660046143e6565b61147c565b61075161074c366004614387565b61157a565b6040516103cf92919061493f565b61040b61076d36600461498e565b61176a565b61040b6107803660046149af565b611774565b61040b6107933660046149e1565b611782565b6107ab6107a6366004614387565b611790565b6040516103cf9190614a40565b61040b6107c63660046143c6565b6118cc565b61040b6107d9366004614a77565b6118d7565b6103eb6107ec366004614aa9565b6118e3565b6103eb6107ff366004614387565b611a58565b6108176108123660046149af565b611af7565b6040516103cf9190614b77565b6103c0610832366004613ec5565b611b08565b6103eb6108453660046142cf565b611b12565b61043f6108583660046142cf565b611bea565b61043f61086b366004614387565b611cba565b61040b61087e366004614ba2565b611d51565b61043f6108913660046143e6565b611d5f565b6103c06108a4366004613ec5565b611e63565b6103c06108b73660046143c6565b611e6d565b61040b6108ca366004614c41565b611e78565b6103c06108dd366004613ec5565b611e87565b61040b6108f0366004614c88565b611e91565b5f6108ff82611e9c565b92915050565b6060835167ffffffffffffffff81111561092157610921613edc565b60405190808252806020026020018201604052801561094a578160200160208202803683370190505b5090505f5b84518110156109a95761097c85828151811061096d5761096d614d1e565b60200260200101518585611eb3565b82828151811061098e5761098e614d1e565b60039290920b6020928302919091019091015260010161094f565b509392505050565b5f6109bd848484611eca565b949350505050565b5f6108ff82612036565b60608382146109f1576040516305f8ded760e21b815260040160405180910390fd5b8367ffffffffffffffff811115610a0a57610a0a613edc565b604051908082528060200260200182016040528015610a33578160200160208202803683370190505b5090505f5b84811015610a9f57610a7a868683818110610a5557610a55614d1e565b90506020020135858584818110610a6e57610a6e614d1e565b905060200201356120b2565b828281518110610a8c57610a8c614d1e565b6020908102919091010152600101610a38565b50949350505050565b60608167ffffffffffffffff811115610ac357610ac3613edc565b604051908082528060200260200182016040528015610aec578160200160208202803683370190505b5090505f5b82811015610b4d57610b28848483818110610b0e57610b0e614d1e565b9050602002016020810190610b23919061498e565b6120dd565b828281518110610b3a57610b3a614d1e565b6020908102919091010152600101610af1565b5092915050565b5f6108ff82612132565b5f8281526020829052604081208284171515025b9392505050565b5f610b728383612165565b6060838214610ba6576040516305f8ded760e21b815260040160405180910390fd5b8367ffffffffffffffff811115610bbf57610bbf613edc565b604051908082528060200260200182016040528015610be8578160200160208202803683370190505b5090505f5b84811015610a9f57610c3d868683818110610c0a57610c0a614d1e565b9050602002016020810190610c1f9190614d4b565b858584818110610c3157610c31614d1e565b905060200201356122b6565b828281518110610c4f57610c4f614d1e565b60039290920b60209283029190910190910152600101610bed565b60608584141580610c7b5750838214155b15610c99576040516305f8ded760e21b815260040160405180910390fd5b8367ffffffffffffffff811115610cb257610cb2613edc565b604051908082528060200260200182016040528015610cdb578160200160208202803683370190505b5090505f5b84811015610d6057610d3b888883818110610cfd57610cfd614d1e565b90506020020135878784818110610d1657610d16614d1e565b90506020020135868685818110610d2f57610d2f614d1e565b90506020020135611eca565b828281518110610d4d57610d4d614d1e565b6020908102919091010152600101610ce0565b509695505050505050565b5f6109bd848484612364565b60608167ffffffffffffffff811115610d9257610d92613edc565b604051908082528060200260200182016040528015610dbb578160200160208202803683370190505b5090505f5b82811015610b4d57610de9848483818110610ddd57610ddd614d1e565b9050602002013561240e565b828281518110610dfb57610dfb614d1e565b60039290920b60209283029190910190910152600101610dc0565b5f610b72838361243d565b5f610b728383612511565b5f610e3985858585612531565b95945050505050565b606080610e4e836125d7565b91509150915091565b5f610e6788888888888888612796565b90505b979650505050505050565b5f60016fffffffffffffffffffffffffffffffff831160071b83811c67ffffffffffffffff1060061b1783811c63ffffffff1060051b1783811c61ffff1060041b1783811c60ff10600390811b90911784811c600f10600290811b90911785811c909210831b90911784811c83101701811c81811b9084901c01811c80840401811c80840401811c80840401811c80840401811c80840401811c80840401901c808304811190036108ff565b5f6109bd848484611eb3565b5f610b7283836129b3565b60608167ffffffffffffffff811115610f5357610f53613edc565b604051908082528060200260200182016040528015610f7c578160200160208202803683370190505b5090505f5b82811015610b4d57610faa848483818110610f9e57610f9e614d1e565b90506020020135612a60565b828281518110610fbc57610fbc614d1e565b60039290920b60209283029190910190910152600101610f81565b5f610b728383612a6f565b6060838214611004576040516305f8ded760e21b815260040160405180910390fd5b8367ffffffffffffffff81111561101d5761101d613edc565b604051908082528060200260200182016040528015611046578160200160208202803683370190505b5090505f5b84811015610a9f5761108d86868381811061106857611068614d1e565b9050602002013585858481811061108157611081614d1e565b90506020020135612b01565b82828151811061109f5761109f614d1e565b602090810291909101015260010161104b565b5f6108ff82612b6b565b60608382146110de576040516305f8ded760e21b815260040160405180910390fd5b8367ffffffffffffffff8111156110f7576110f7613edc565b604051908082528060200260200182016040528015611120578160200160208202803683370190505b5090505f5b84811015610a9f5761116786868381811061114257611142614d1e565b9050602002013585858481811061115b5761115b614d1e565b90506020020135612b7e565b82828151811061117957611179614d1e565b6020908102919091010152600101611125565b611194613ea6565b5f610e4e83612be5565b5f610b7283836120b2565b5f5f6111b786868686612c7a565b9150915094509492505050565b5f610b728383612b01565b60608382146111f1576040516305f8ded760e21b815260040160405180910390fd5b8367ffffffffffffffff81111561120a5761120a613edc565b604051908082528060200260200182016040528015611233578160200160208202803683370190505b5090505f5b84811015610a9f5761127a86868381811061125557611255614d1e565b9050602002013585858481811061126e5761126e614d1e565b90506020020135612d0b565b82828151811061128c5761128c614d1e565b60039290920b60209283029190910190910152600101611238565b60608167ffffffffffffffff8111156112c2576112c2613edc565b6040519080825280602002602001820160405280156112eb578160200160208202803683370190505b5090505f5b82811015610b4d5761131984848381811061130d5761130d614d1e565b90506020020135612b6b565b82828151811061132b5761132b614d1e565b60209081029190910101526001016112f0565b5f610b7283836122b6565b5f82815260c082901b60205260288120610b72565b5f6109bd848484612d6b565b606083821461138c576040516305f8ded760e21b815260040160405180910390fd5b8367ffffffffffffffff8111156113a5576113a5613edc565b6040519080825280602002602001820160405280156113ce578160200160208202803683370190505b5090505f5b84811015610a9f576114158686838181106113f0576113f0614d1e565b9050602002013585858481811061140957611409614d1e565b90506020020135612165565b82828151811061142757611427614d1e565b60039290920b602092830291909101909101526001016113d3565b5f6108ff82612d94565b5f610e3985858585612da7565b5f6114678686868686612dbe565b9695505050505050565b5f610b728383612dd7565b6060858414158061148d5750838214155b156114ab576040516305f8ded760e21b815260040160405180910390fd5b8567ffffffffffffffff8111156114c4576114c4613edc565b6040519080825280602002602001820160405280156114ed578160200160208202803683370190505b5090505f5b86811015610d605761154d88888381811061150f5761150f614d1e565b9050602002013587878481811061152857611528614d1e565b9050602002013586868581811061154157611541614d1e565b90506020020135612d6b565b82828151811061155f5761155f614d1e565b60039290920b602092830291909101909101526001016114f2565b606080611588602084614d91565b156115a6576040516305f8ded760e21b815260040160405180910390fd5b5f6115b2602085614dd1565b90508367ffffffffffffffff8111156115cd576115cd613edc565b6040519080825280602002602001820160405280156115f6578160200160208202803683370190505b5092508067ffffffffffffffff81111561161257611612613edc565b60405190808252806020026020018201604052801561163b578160200160208202803683370190505b5091505f5b8181101561176157611650613ea6565b5f5b60208110156116be57878782611669866020614de4565b6116739190614dfb565b81811061168257611682614d1e565b90506020020160208101906116979190614e0e565b8282602081106116a9576116a9614d1e565b60039290920b60209092020152600101611652565b505f5f6116ca83612be5565b915091505f5b6020811015611733578281602081106116eb576116eb614d1e565b602002015188828760206116ff9190614de4565b6117099190614dfb565b8151811061171957611719614d1e565b5f9290920b602092830291909101909101526001016116d0565b508086858151811061174757611747614d1e565b602002602001018181525050505050806001019050611640565b50509250929050565b5f6108ff826120dd565b805160208201205f906108ff565b5f6114678686868686612e31565b60608167ffffffffffffffff8111156117ab576117ab613edc565b6040519080825280602002602001820160405280156117d4578160200160208202803683370190505b5090505f5b82811015610b4d576118a78484838181106117f6576117f6614d1e565b9050602002013560016fffffffffffffffffffffffffffffffff821160071b82811c67ffffffffffffffff1060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b8282815181106118b9576118b9614d1e565b60209081029190910101526001016117d9565b5f610b728383612b7e565b5f6109bd848484612f38565b606087861415806118f45750858414155b806118ff5750838214155b1561191d576040516305f8ded760e21b815260040160405180910390fd5b611928886002614de4565b67ffffffffffffffff81111561194057611940613edc565b604051908082528060200260200182016040528015611969578160200160208202803683370190505b5090505f5b88811015611a4b576119e28a8a8381811061198b5761198b614d1e565b905060200201358989848181106119a4576119a4614d1e565b905060200201358888858181106119bd576119bd614d1e565b905060200201358787868181106119d6576119d6614d1e565b90506020020135612c7a565b836119ee846002614de4565b815181106119fe576119fe614d1e565b6020026020010184846002611a139190614de4565b611a1e906001614dfb565b81518110611a2e57611a2e614d1e565b600393840b602091820292909201015291900b905260010161196e565b5098975050505050505050565b60608167ffffffffffffffff811115611a7357611a73613edc565b604051908082528060200260200182016040528015611a9c578160200160208202803683370190505b5090505f5b82811015610b4d57611aca848483818110611abe57611abe614d1e565b90506020020135612fb5565b828281518110611adc57611adc614d1e565b60039290920b60209283029190910190910152600101611aa1565b611aff613ea6565b6108ff82612fc8565b5f6108ff82612a60565b6060838214611b34576040516305f8ded760e21b815260040160405180910390fd5b8367ffffffffffffffff811115611b4d57611b4d613edc565b604051908082528060200260200182016040528015611b76578160200160208202803683370190505b5090505f5b84811015610a9f57611bbd868683818110611b9857611b98614d1e565b90506020020135858584818110611bb157611bb1614d1e565b90506020020135612511565b828281518110611bcf57611bcf614d1e565b60039290920b60209283029190910190910152600101611b7b565b6060838214611c0c576040516305f8ded760e21b815260040160405180910390fd5b8367ffffffffffffffff811115611c2557611c25613edc565b604051908082528060200260200182016040528015611c4e578160200160208202803683370190505b5090505f5b84811015610a9f57611c95868683818110611c7057611c70614d1e565b90506020020135858584818110611c8957611c89614d1e565b90506020020135612dd7565b828281518110611ca757611ca7614d1e565b6020908102919091010152600101611c53565b60608167ffffffffffffffff811115611cd557611cd5613edc565b604051908082528060200260200182016040528015611cfe578160200160208202803683370190505b5090505f5b82811015610b4d57611d2c848483818110611d2057611d20614d1e565b90506020020135612d94565b828281518110611d3e57611d3e614d1e565b6020908102919091010152600101611d03565b5f61146786868686866130d8565b60608584141580611d705750838214155b15611d8e576040516305f8ded760e21b815260040160405180910390fd5b8567ffffffffffffffff811115611da757611da7613edc565b604051908082528060200260200182016040528015611dd0578160200160208202803683370190505b5090505f5b86811015610d6057611e3e888883818110611df257611df2614d1e565b90506020020135878784818110611e0b57611e0b614d1e565b90506020020135868685818110611e2457611e24614d1e565b9050602002016020810190611e399190614e27565b612f38565b828281518110611e5057611e50614d1e565b6020908102919091010152600101611dd5565b5f6108ff8261240e565b5f610b728383612d0b565b5f610e6a8787878787876134d0565b5f6108ff82612fb5565b5f610b7283836135cf565b5f6108ff611eae83637f000000612b7e565b61240e565b5f6109bd611ec58585855f87516130d8565b611e9c565b5f5f841215611f0d576040517fe39d5a9c000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b5f821215611f4a576040517fe39d5a9c00000000000000000000000000000000000000000000000000000000815260048101839052602401611f04565b825f03611f83576040517f047b9cec00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c67ffffffffffffffff1060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b80515f90808203612073576040517fa447fc5300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60208301805160030b60015b838110156120a9578060051b83015160030b828113156120a0578092508195505b5060010161207f565b50505050919050565b5f6120bc83613860565b6120c582613860565b610b726120d5611eae8486614e40565b60030b6138b3565b5f601f600a83901c81169003612125576040517f4a9159f600000000000000000000000000000000000000000000000000000000815261ffff83166004820152602401611f04565b6108ff8261ffff16613ad0565b5f60208201825160051b81015b8082101561215e57815160030b8002929092019160209091019061213f565b5050919050565b5f815f0361219f576040517f047b9cec00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61225f6121b584671000000000000000614dd1565b60016fffffffffffffffffffffffffffffffff821160071b82811c67ffffffffffffffff1060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b90505f612270611eae866010612b01565b60030b90505f82820290811263200000000301601e1d637fffffff1981121561229b5750637fffffff195b637fffffff811315610e395750637fffffff95945050505050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000821315806122ec5750650100000000008212155b15612326576040517f5c59932800000000000000000000000000000000000000000000000000000000815260048101839052602401611f04565b5f83810b83029081126080030160081d637fffffff1981121561234b5750637fffffff195b637fffffff811315610b725750637fffffff9392505050565b80515f906101008110801561237a575083811c15155b156123bb576040517f94666f0d0000000000000000000000000000000000000000000000000000000081526004810185905260248101829052604401611f04565b849150602083018160051b81015b80821015612404576001861660051b825180861715158683528160208418528060405f200296505050508560011c95506020820191506123c9565b5050509392505050565b5f637fffffff1982121561242557637fffffff1991505b637fffffff82131561243957637fffffff91505b5090565b81515f9080820361247a576040517fa447fc5300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6124858583613b00565b905063ffffffff841615806124a35750620f42408463ffffffff1610155b156124b0575090506108ff565b63ffffffff841681025f805b84811015612505578781815181106124d6576124d6614d1e565b6020026020010151820191508282620f424002106124fd5760010194506108ff9350505050565b6001016124bc565b50929695505050505050565b5f61251b83613860565b61252482613860565b610b72611eae8385614e5f565b5f8161010081108015612545575084811c15155b15612586576040517f94666f0d0000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401611f04565b859150838160051b81015b808210156125cc576001871660051b823580861715158683528160208418528060405f200296505050508660011c9650602082019150612591565b505050949350505050565b805160609081908015806125f457506125f1602082614d91565b15155b1561262e576040517fc67eee4b00000000000000000000000000000000000000000000000000000000815260048101829052602401611f04565b5f61263a602083614dd1565b90508167ffffffffffffffff81111561265557612655613edc565b6040519080825280601f01601f19166020018201604052801561267f576020820181803683370190505b5093508067ffffffffffffffff81111561269b5761269b613edc565b6040519080825280602002602001820160405280156126c4578160200160208202803683370190505b5092506020850160208501602085018360051b81015b8082101561278b575f5f5b610400811015612716578086015160030b5f811215612701575f035b8281111561270d578092505b506020016126e5565b508083528015612772578060011c5f5b602081101561276f57607f8160051b88015160030b025f5f82125f8114612757578585845f0301045f03915061275f565b858584010491505b5080838901535050600101612726565b50505b50610400840193506020830192506020820191506126da565b505050505050915091565b5f8563ffffffff165f036127b4576127ad88612036565b9050610e6a565b87515f8190036127f0576040517fa447fc5300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f8763ffffffff1611801561280b5750818763ffffffff16105b612815578161281d565b8663ffffffff165b90508089511461285e5788516040517ff64fa6a8000000000000000000000000000000000000000000000000000000008152600401611f0491815260200190565b61286a8a8a8484613b76565b5f8167ffffffffffffffff81111561288457612884613edc565b6040519080825280602002602001820160405280156128ad578160200160208202803683370190505b5090505f8b8b5f815181106128c4576128c4614d1e565b6020026020010151815181106128dc576128dc614d1e565b602002602001015160030b90505f5b83811015612958576129338d8d838151811061290957612909614d1e565b60200260200101518151811061292157612921614d1e565b602002602001015160030b838d612f38565b83828151811061294557612945614d1e565b60209081029190910101526001016128eb565b505f612964838a61243d565b90508083528b612989846129848b8b5f91825260c01b6020526028902090565b6129b3565b8151811061299957612999614d1e565b602002602001015195505050505050979650505050505050565b81515f90816129c28583613b00565b9050805f036129fd576040517f098404de00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f818581612a0d57612a0d614d64565b0690505f5f5b84811015612a5557878181518110612a2d57612a2d614d1e565b60200260200101518201915082821115612a4d5794506108ff9350505050565b600101612a13565b505050505092915050565b5f6108ff611eae83601e612b01565b5f8151835114612ac257825182516040517f8ee979f50000000000000000000000000000000000000000000000000000000081526004810183905260248101919091526044810191909152606401611f04565b60208301806020840103845160051b82015b80831015612af8578183015160030b835160030b0284019350602083019250612ad4565b50505092915050565b5f811580612b0f575060ff82115b15612b49576040517f2637497000000000000000000000000000000000000000000000000000000000815260048101839052602401611f04565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f612b7582613860565b6108ff82613dac565b5f5f8213612bbb576040517f7040adc300000000000000000000000000000000000000000000000000000000815260048101839052602401611f04565b5f8312838115612bcb57845f0390505b838460011c8201049250508015610b4d57505f0392915050565b612bed613ea6565b5f5f5b610400811015612c21578084015160030b5f811215612c0c575f035b82811115612c18578092505b50602001612bf0565b508015612c75578060011c5f5b610400811015612c72578481015160030b607f025f8082128015612c5c578585845f0301045f039150612c64565b858584010491505b508583015250602001612c2e565b50505b915091565b5f5f612c8586613860565b612c8e85613860565b612c9784613860565b612ca083613860565b612ce0565b5f81126320000000038101601e1d637fffffff19811215612cc85750637fffffff195b637fffffff811315612cdb5750637fffffff5b919050565b612cef83860285880203612ca5565b9150612d0084860284880201612ca5565b905094509492505050565b5f612d1583613860565b612d1e82613860565b5f612d2884613e0b565b60030b90505f838202908112618000030160101d637fffffff19811215612d515750637fffffff195b637fffffff8113156109bd5750637fffffff949350505050565b5f612d7584613860565b612d7e83613860565b6109bd611eae612d8e8587614e86565b84612b7e565b5f612d9e82613860565b6108ff826138b3565b5f84612db4858585612364565b1495945050505050565b5f85612dcc86868686612531565b149695505050505050565b5f5f831280612de95750634000000083135b15612e23576040517f83e61a2c00000000000000000000000000000000000000000000000000000000815260048101849052602401611f04565b610b72601e84901b83612b7e565b80515f9061010081108015612e47575083811c15155b15612e88576040517f94666f0d0000000000000000000000000000000000000000000000000000000081526004810185905260248101829052604401611f04565b5f869050859250602084018260051b81015b80821015612ee8576001871660051b602081188351808617151581891715158785528284528160405f200297508985528060405f2002995050505050508660011c9650602082019150612e9a565b5050878114612f2d576040517f3c6db5f90000000000000000000000000000000000000000000000000000000081526004810189905260248101829052604401611f04565b505095945050505050565b5f612f4284613860565b612f4b83613860565b8163ffffffff165f03612f8a576040517f047b9cec00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109bd6120d5611eae612f9d8688614e40565b612fa9906103e8614e86565b8563ffffffff16612b7e565b5f612fbf82613860565b6108ff82613e0b565b612fd0613ea6565b60228251146130105781516040517fd49782d9000000000000000000000000000000000000000000000000000000008152600401611f0491815260200190565b602082015160228301515f82901a60019290921a60081b9190911790601f600a83901c81169003613073576040517f4a9159f600000000000000000000000000000000000000000000000000000000815261ffff83166004820152602401611f04565b5f6130818361ffff16613ad0565b90505f5b60208110156120a9575f83821a810b83029081126080030160081d637fffffff198112156130b55750637fffffff195b637fffffff8113156130c85750637fffffff5b600582901b860152600101613085565b82515f906130e7602282614de4565b875114158061310157506130fc602082614de4565b865114155b1561314c57865186516040517f8ee979f50000000000000000000000000000000000000000000000000000000081526004810192909252602482015260448101829052606401611f04565b8284118061315957508083115b156131a1576040517f3fe8c999000000000000000000000000000000000000000000000000000000008152600481018590526024810184905260448101829052606401611f04565b835b83811015612f2d5760228181028901602081810151600585901b8a81018301519390940151938b01909101515f82901a60019290921a60081b919091179290601f600a85901c81169003613229576040517f4a9159f600000000000000000000000000000000000000000000000000000000815261ffff85166004820152602401611f04565b5f83128061323a5750638000000083135b1561327b576040517fb1ca2eae0000000000000000000000000000000000000000000000000000000081526004810186905260248101849052604401611f04565b82156134c1575f61328f8561ffff16613ad0565b90505f6134b484845f7f01010101010101010101010101010101010101010101010101010101010101017eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff7f808080808080808080808080808080808080808080808080808080808080808085187f8080808080808080808080808080808080808080808080808080808080808080851860ff848216028216838160081c168482160160ff868460011c160284169150848260081c168583160160011b8101905060ff868460021c160284169150848260081c168583160160021b8101905060ff868460031c160284169150848260081c168583160160031b8101905060ff868460041c160284169150848260081c168583160160ff878560051c160285169250858360081c168684160160011b8101905060ff878560061c160285169250858360081c168684160160021b8101905060ff878560071c160285169250858360081c168684160160031b810190507dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff9650868160101c168782160160041b878360101c16888416010196505050507c0100000001000000010000000100000001000000010000000100000001840260e01c9350828160081c1683821601838360081c168484160101925050507e01000100010001000100010001000100010001000100010001000100010001810260f01c9050620800008160071b8303019250505092915050565b9190910284029790970196505b846001019450505050506131a3565b5f81610100811080156134e4575084811c15155b15613525576040517f94666f0d0000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401611f04565b8591508684600583901b81015b8082101561357e576001881660051b8235808517151581881715158684528260208518528160405f200296508884528060405f20029850505050508760011c9750602082019150613532565b50508881146135c3576040517f3c6db5f9000000000000000000000000000000000000000000000000000000008152600481018a905260248101829052604401611f04565b50509695505050505050565b5f60228351146136105782516040517fd49782d9000000000000000000000000000000000000000000000000000000008152600401611f0491815260200190565b60228301515f805b602081101561363d5760ff8160051b860151168260081b179150600181019050613618565b50610e3982825f7f01010101010101010101010101010101010101010101010101010101010101017eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff7f808080808080808080808080808080808080808080808080808080808080808085187f8080808080808080808080808080808080808080808080808080808080808080851860ff848216028216838160081c168482160160ff868460011c160284169150848260081c168583160160011b8101905060ff868460021c160284169150848260081c168583160160021b8101905060ff868460031c160284169150848260081c168583160160031b8101905060ff868460041c160284169150848260081c168583160160ff878560051c160285169250858360081c168684160160011b8101905060ff878560061c160285169250858360081c168684160160021b8101905060ff878560071c160285169250858360081c168684160160031b810190507dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff9650868160101c168782160160041b878360101c16888416010196505050507c0100000001000000010000000100000001000000010000000100000001840260e01c9350828160081c1683821601838360081c168484160101925050507e01000100010001000100010001000100010001000100010001000100010001810260f01c9050620800008160071b8303019250505092915050565b637fffffff198112806138765750637fffffff81135b156138b0576040517fe92ac66b00000000000000000000000000000000000000000000000000000000815260048101829052602401611f04565b50565b5f5f82128015613ac257618000635c551d95845f03020160101c80601e1c601f811015613abb57633fffffff821660087fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9361391a8284025f811263200000000301601e1d90565b01905061058b6139368383025f811263200000000301601e1d90565b0190507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc0076139708383025f811263200000000301601e1d90565b0190506202861261398d8383025f811263200000000301601e1d90565b0190507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffea27806139c78383025f811263200000000301601e1d90565b019050629d955b6139e48383025f811263200000000301601e1d90565b0190507ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc729ee5613a1e8383025f811263200000000301601e1d90565b019050630f5fdf00613a3c8383025f811263200000000301601e1d90565b0190507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffd3a37a02613a768383025f811263200000000301601e1d90565b0190506340000000613a948383025f811263200000000301601e1d90565b019050828015613ab3575f821260018086031b038201841d9650613ab7565b8196505b5050505b5050613aca565b634000000091505b50919050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c1615612cdb575f03919050565b5f5f5b82811015610b4d575f848281518110613b1e57613b1e614d1e565b602002602001015190506340000000811115613b69576040517f8a3c39f400000000000000000000000000000000000000000000000000000000815260048101829052602401611f04565b9190910190600101613b03565b5f6008613b848460ff614dfb565b901c67ffffffffffffffff811115613b9e57613b9e613edc565b604051908082528060200260200182016040528015613bc7578160200160208202803683370190505b5090505f5f5b83811015613d03575f868281518110613be857613be8614d1e565b60200260200101519050858110613c2e576040517ff64fa6a800000000000000000000000000000000000000000000000000000000815260048101839052602401611f04565b7f1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0600382901c1684016020018051600160ff84161b8082179092521615801590613ca7576040517ff64fa6a800000000000000000000000000000000000000000000000000000000815260048101849052602401611f04565b5f83118015613cbe5750613cbc898584613e42565b155b15613cf8576040517ff64fa6a800000000000000000000000000000000000000000000000000000000815260048101849052602401611f04565b509150600101613bcd565b5083831015613da4575f5b84811015613da2577f1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0600382901c1683016020015160ff82161c60011680158015613d5f5750613d5f888385613e42565b15613d99576040517ff64fa6a800000000000000000000000000000000000000000000000000000000815260048101869052602401611f04565b50600101613d0e565b505b505050505050565b5f5f8212613de5575f613dc6613dc184614ed1565b6138b3565b634000000001671000000000000000600182901c01049150612cdb9050565b5f613def836138b3565b63400000008101601e9190911b600182901c0104915050919050565b5f5f613e1683613dac565b90505f83820290811263200000000301601e1d637fffffff1981121561234b5750637fffffff19610b72565b5f5f848481518110613e5657613e56614d1e565b602002602001015190505f858481518110613e7357613e73614d1e565b602002602001015190508060030b8260030b138061146757508060030b8260030b14801561146757505050911092915050565b6040518061040001604052806020906020820280368337509192915050565b5f60208284031215613ed5575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff81118282101715613f5057613f50613edc565b604052919050565b5f67ffffffffffffffff821115613f7157613f71613edc565b5060051b60200190565b5f82601f830112613f8a575f5ffd5b813567ffffffffffffffff811115613fa457613fa4613edc565b613fd560207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601613f09565b818152846020838601011115613fe9575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f82601f830112614014575f5ffd5b813561402761402282613f58565b613f09565b8082825260208201915060208360051b860101925085831115614048575f5ffd5b602085015b8381101561406557803583526020928301920161404d565b5095945050505050565b5f5f5f60608486031215614081575f5ffd5b833567ffffffffffffffff811115614097575f5ffd5b8401601f810186136140a7575f5ffd5b80356140b561402282613f58565b8082825260208201915060208360051b8501019250888311156140d6575f5ffd5b602084015b8381101561411757803567ffffffffffffffff8111156140f9575f5ffd5b6141088b602083890101613f7b565b845250602092830192016140db565b509550505050602084013567ffffffffffffffff811115614136575f5ffd5b61414286828701613f7b565b925050604084013567ffffffffffffffff81111561415e575f5ffd5b61416a86828701614005565b9150509250925092565b602080825282518282018190525f918401906040840190835b818110156141ae57835160030b83526020938401939092019160010161418d565b509095945050505050565b5f5f5f606084860312156141cb575f5ffd5b505081359360208301359350604090920135919050565b8035600381900b8114612cdb575f5ffd5b5f82601f830112614202575f5ffd5b813561421061402282613f58565b8082825260208201915060208360051b860101925085831115614231575f5ffd5b602085015b8381101561406557614247816141e2565b835260209283019201614236565b5f60208284031215614265575f5ffd5b813567ffffffffffffffff81111561427b575f5ffd5b6109bd848285016141f3565b5f5f83601f840112614297575f5ffd5b50813567ffffffffffffffff8111156142ae575f5ffd5b6020830191508360208260051b85010111156142c8575f5ffd5b9250929050565b5f5f5f5f604085870312156142e2575f5ffd5b843567ffffffffffffffff8111156142f8575f5ffd5b61430487828801614287565b909550935050602085013567ffffffffffffffff811115614323575f5ffd5b61432f87828801614287565b95989497509550505050565b5f8151808452602084019350602083015f5b8281101561436b57815186526020958601959091019060010161434d565b5093949350505050565b602081525f610b72602083018461433b565b5f5f60208385031215614398575f5ffd5b823567ffffffffffffffff8111156143ae575f5ffd5b6143ba85828601614287565b90969095509350505050565b5f5f604083850312156143d7575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f606087890312156143fb575f5ffd5b863567ffffffffffffffff811115614411575f5ffd5b61441d89828a01614287565b909750955050602087013567ffffffffffffffff81111561443c575f5ffd5b61444889828a01614287565b909550935050604087013567ffffffffffffffff811115614467575f5ffd5b61447389828a01614287565b979a9699509497509295939492505050565b5f5f5f60608486031215614497575f5ffd5b8335925060208401359150604084013567ffffffffffffffff81111561415e575f5ffd5b803563ffffffff81168114612cdb575f5ffd5b5f5f604083850312156144df575f5ffd5b823567ffffffffffffffff8111156144f5575f5ffd5b61450185828601614005565b925050614510602084016144bb565b90509250929050565b5f5f5f5f6060858703121561452c575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115614323575f5ffd5b604081525f83518060408401528060208601606085015e5f606082850101527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f820116830190506060838203016020840152610e39606082018561433b565b803567ffffffffffffffff81168114612cdb575f5ffd5b5f5f5f5f5f5f5f60e0888a0312156145de575f5ffd5b873567ffffffffffffffff8111156145f4575f5ffd5b6146008a828b016141f3565b975050602088013567ffffffffffffffff81111561461c575f5ffd5b6146288a828b01614005565b965050614637604089016144bb565b9450614645606089016144bb565b9350614653608089016144bb565b925060a0880135915061466860c089016145b1565b905092959891949750929550565b5f5f5f60608486031215614688575f5ffd5b833567ffffffffffffffff81111561469e575f5ffd5b6146aa86828701613f7b565b935050602084013567ffffffffffffffff811115614136575f5ffd5b5f5f604083850312156146d7575f5ffd5b823567ffffffffffffffff8111156146ed575f5ffd5b6146f985828601614005565b95602094909401359450505050565b5f5f60408385031215614719575f5ffd5b823567ffffffffffffffff81111561472f575f5ffd5b61473b858286016141f3565b925050602083013567ffffffffffffffff811115614757575f5ffd5b614763858286016141f3565b9150509250929050565b5f610400828403121561477e575f5ffd5b82601f83011261478c575f5ffd5b61040061479881613f09565b9083019080858311156147a9575f5ffd5b845b83811015614065576147bc816141e2565b8352602092830192016147ab565b610420810181845f5b60208110156147f45781515f0b8352602092830192909101906001016147d3565b505050826104008301529392505050565b5f5f5f5f60808587031215614818575f5ffd5b5050823594602084013594506040840135936060013592509050565b80355f81900b8114612cdb575f5ffd5b5f5f60408385031215614855575f5ffd5b61485e83614834565b946020939093013593505050565b5f5f6040838503121561487d575f5ffd5b82359150614510602084016145b1565b5f5f5f5f608085870312156148a0575f5ffd5b843593506020850135925060408501359150606085013567ffffffffffffffff8111156148cb575f5ffd5b6148d787828801614005565b91505092959194509250565b5f5f5f5f5f608086880312156148f7575f5ffd5b853594506020860135935060408601359250606086013567ffffffffffffffff811115614922575f5ffd5b61492e88828901614287565b969995985093965092949392505050565b604080825283519082018190525f9060208501906060840190835b8181101561497a5783515f0b83526020938401939092019160010161495a565b50508381036020850152611467818661433b565b5f6020828403121561499e575f5ffd5b813561ffff81168114610b72575f5ffd5b5f602082840312156149bf575f5ffd5b813567ffffffffffffffff8111156149d5575f5ffd5b6109bd84828501613f7b565b5f5f5f5f5f60a086880312156149f5575f5ffd5b85359450602086013593506040860135925060608601359150608086013567ffffffffffffffff811115614a27575f5ffd5b614a3388828901614005565b9150509295509295909350565b602080825282518282018190525f918401906040840190835b818110156141ae578351835260209384019390920191600101614a59565b5f5f5f60608486031215614a89575f5ffd5b8335925060208401359150614aa0604085016144bb565b90509250925092565b5f5f5f5f5f5f5f5f6080898b031215614ac0575f5ffd5b883567ffffffffffffffff811115614ad6575f5ffd5b614ae28b828c01614287565b909950975050602089013567ffffffffffffffff811115614b01575f5ffd5b614b0d8b828c01614287565b909750955050604089013567ffffffffffffffff811115614b2c575f5ffd5b614b388b828c01614287565b909550935050606089013567ffffffffffffffff811115614b57575f5ffd5b614b638b828c01614287565b999c989b5096995094979396929594505050565b610400810181835f5b6020811015612af857815160030b835260209283019290910190600101614b80565b5f5f5f5f5f60a08688031215614bb6575f5ffd5b853567ffffffffffffffff811115614bcc575f5ffd5b614bd888828901613f7b565b955050602086013567ffffffffffffffff811115614bf4575f5ffd5b614c0088828901613f7b565b945050604086013567ffffffffffffffff811115614c1c575f5ffd5b614c2888828901614005565b9598949750949560608101359550608001359392505050565b5f5f5f5f5f5f60a08789031215614c56575f5ffd5b86359550602087013594506040870135935060608701359250608087013567ffffffffffffffff811115614467575f5ffd5b5f5f6104208385031215614c9a575f5ffd5b823567ffffffffffffffff811115614cb0575f5ffd5b614cbc85828601613f7b565b92505083603f840112614ccd575f5ffd5b610400614cd981613f09565b905080610420850186811115614ced575f5ffd5b602086015b81811015614d1157614d0381614834565b845260209384019301614cf2565b5093969095509350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215614d5b575f5ffd5b610b7282614834565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82614d9f57614d9f614d64565b500690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f82614ddf57614ddf614d64565b500490565b80820281158282048414176108ff576108ff614da4565b808201808211156108ff576108ff614da4565b5f60208284031215614e1e575f5ffd5b610b72826141e2565b5f60208284031215614e37575f5ffd5b610b72826144bb565b8181035f831280158383131683831282161715610b4d57610b4d614da4565b8082018281125f831280158216821582161715614e7e57614e7e614da4565b505092915050565b8082025f82127f800000000000000000000000000000000000000000000000000000000000000084141615614ebd57614ebd614da4565b81810583148215176108ff576108ff614da4565b5f7f80000000000000000000000000000000000000000000000000000000000000008203614f0157614f01614da4565b505f039056",
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
	Bin: "0x6080604052348015600e575f5ffd5b506111bb8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610064575f3560e01c8063aab5a8771161004d578063aab5a877146100b2578063c6a645fe146100bb578063d1a6a5a0146100c3575f5ffd5b80634c5770d91461006857806389c5dbf414610091575b5f5ffd5b61007b6100763660046109ad565b6100e2565b6040516100889190610a10565b60405180910390f35b6100a461009f366004610af9565b610354565b604051908152602001610088565b6100a461080081565b6002546100a4565b6100a46100d13660046109ad565b5f9081526001602052604090205490565b6101496040805160c080820183525f8083526020808401829052845160e081018652828152908101829052808501829052606081018290526080810182905260a0810182905291820152909182019081525f60208201819052604082015260609081015290565b811580610157575060025482115b15610196576040517f2380022d000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b5f8281526020818152604091829020825160c0808201855282548252600183015482850152845160e081018652600284015463ffffffff808216835264010000000082048116968301969096526801000000000000000081048616828801526c01000000000000000000000000810486166060808401919091527001000000000000000000000000000000008204871660808085019190915274010000000000000000000000000000000000000000808404891660a08087019190915278010000000000000000000000000000000000000000000000009094049098169484019490945296840191909152600384015473ffffffffffffffffffffffffffffffffffffffff8116968401969096529390940467ffffffffffffffff169381019390935260048101805491928401916102cd90610bb2565b80601f01602080910402602001604051908101604052809291908181526020018280546102f990610bb2565b80156103445780601f1061031b57610100808354040283529160200191610344565b820191905f5260205f20905b81548152906001019060200180831161032757829003601f168201915b5050505050815250509050919050565b5f8561038c576040517f3a8f0e9c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8681526001602052604090205480156103dc576040517f76e4bf10000000000000000000000000000000000000000000000000000000008152600481018890526024810182905260440161018d565b6103e585610566565b828015806103f4575061080081115b15610436576040517f7f76717900000000000000000000000000000000000000000000000000000000815260048101829052610800602482015260440161018d565b60025f815461044490610c03565b91829055505f898152600160208181526040808420859055848452908390529091208a815590810189905590935086600282016104818282610c82565b50506003810180547fffffffff0000000000000000000000000000000000000000000000000000000016337fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff1617740100000000000000000000000000000000000000004267ffffffffffffffff160217905560048101610503868883610f07565b503373ffffffffffffffffffffffffffffffffffffffff1689857f57a0b57c677da18634f6ab709a3c303decfb82dc3b745e3f1918fd200d6281fd8b8b8b8b6040516105529493929190611075565b60405180910390a450505095945050505050565b610573602082018261114d565b63ffffffff165f036105e957604080517fb221762c0000000000000000000000000000000000000000000000000000000081526004810191909152600c60448201527f656d62656464696e6744696d000000000000000000000000000000000000000060648201525f602482015260840161018d565b6105f9604082016020830161114d565b63ffffffff165f0361066f57604080517fb221762c0000000000000000000000000000000000000000000000000000000081526004810191909152600660448201527f6c6179657273000000000000000000000000000000000000000000000000000060648201525f602482015260840161018d565b61067f606082016040830161114d565b63ffffffff1615806106bc575061069c606082016040830161114d565b6106a9602083018361114d565b6106b3919061116f565b63ffffffff1615155b15610742576106d1606082016040830161114d565b604080517fb221762c0000000000000000000000000000000000000000000000000000000081526004810191909152600560448201527f6865616473000000000000000000000000000000000000000000000000000000606482015263ffffffff909116602482015260840161018d565b610752608082016060830161114d565b63ffffffff161580610792575061076f608082016060830161114d565b61077f606083016040840161114d565b610789919061116f565b63ffffffff1615155b15610818576107a7608082016060830161114d565b604080517fb221762c0000000000000000000000000000000000000000000000000000000081526004810191909152600760448201527f6b76486561647300000000000000000000000000000000000000000000000000606482015263ffffffff909116602482015260840161018d565b61082860a082016080830161114d565b63ffffffff165f0361089e57604080517fb221762c0000000000000000000000000000000000000000000000000000000081526004810191909152600560448201527f666644696d00000000000000000000000000000000000000000000000000000060648201525f602482015260840161018d565b6108ae60c0820160a0830161114d565b63ffffffff165f0361092457604080517fb221762c0000000000000000000000000000000000000000000000000000000081526004810191909152600960448201527f766f63616253697a65000000000000000000000000000000000000000000000060648201525f602482015260840161018d565b61093460e0820160c0830161114d565b63ffffffff165f036109aa57604080517fb221762c0000000000000000000000000000000000000000000000000000000081526004810191909152600d60448201527f636f6e746578744c656e6774680000000000000000000000000000000000000060648201525f602482015260840161018d565b50565b5f602082840312156109bd575f5ffd5b5035919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b6020815281516020820152602082015160408201525f604083015163ffffffff815116606084015263ffffffff602082015116608084015263ffffffff60408201511660a084015263ffffffff60608201511660c084015263ffffffff60808201511660e084015260a0810151610a9061010085018263ffffffff169052565b5060c0015163ffffffff16610120830152606083015173ffffffffffffffffffffffffffffffffffffffff16610140830152608083015167ffffffffffffffff1661016083015260a083015161018080840152610af16101a08401826109c4565b949350505050565b5f5f5f5f5f858703610140811215610b0f575f5ffd5b863595506020870135945060e07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc082011215610b49575f5ffd5b5060408601925061012086013567ffffffffffffffff811115610b6a575f5ffd5b8601601f81018813610b7a575f5ffd5b803567ffffffffffffffff811115610b90575f5ffd5b886020828401011115610ba1575f5ffd5b959894975092955050506020019190565b600181811c90821680610bc657607f821691505b602082108103610bfd577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610c58577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b63ffffffff811681146109aa575f5ffd5b5f8135610c7c81610c5f565b92915050565b8135610c8d81610c5f565b81546020840135610c9d81610c5f565b67ffffffff000000008160201b1663ffffffff84167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008416171784555050505f6040830135610ceb81610c5f565b82547fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff1660409190911b6bffffffff00000000000000001617825550610d77610d3660608401610c70565b82547fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff1660609190911b6fffffffff00000000000000000000000016178255565b610dcb610d8660808401610c70565b82547fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff1660809190911b73ffffffff0000000000000000000000000000000016178255565b610e23610dda60a08401610c70565b82547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff1660a09190911b77ffffffff000000000000000000000000000000000000000016178255565b610e7f610e3260c08401610c70565b82547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff00000000000000000000000000000000000000000000000016178255565b5050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b601f821115610f025782821115610f0257805f5260205f20601f840160051c6020851015610edb57505f5b90810190601f840160051c035f5b81811015610efe575f83820155600101610ee9565b5050505b505050565b67ffffffffffffffff831115610f1f57610f1f610e83565b610f3383610f2d8354610bb2565b83610eb0565b5f601f841160018114610f83575f8515610f4d5750838201355b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff600387901b1c1916600186901b178355611017565b5f838152602081207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08716915b82811015610fd05786850135825560209485019460019092019101610fb0565b508682101561100b577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b803561102981610c5f565b919050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b8481525f843561108481610c5f565b63ffffffff8116602084015250602085013561109f81610c5f565b63ffffffff811660408401525060408501356110ba81610c5f565b63ffffffff81166060840152506110d36060860161101e565b63ffffffff81166080840152506110ec6080860161101e565b63ffffffff811660a08401525061110560a0860161101e565b63ffffffff811660c08401525061111e60c0860161101e565b63ffffffff811660e0840152506101206101008301526111436101208301848661102e565b9695505050505050565b5f6020828403121561115d575f5ffd5b813561116881610c5f565b9392505050565b5f63ffffffff8316806111a9577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b8063ffffffff8416069150509291505056",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"bits\",\"type\":\"uint32\"},{\"internalType\":\"int256\",\"name\":\"frac\",\"type\":\"int256\"}],\"name\":\"f32ToFixed\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"v\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepVerifier.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"p\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"instrAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"op\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"merkleRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepVerifier.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"modelLeaves\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepVerifier.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"l\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[17]\",\"name\":\"regRoots\",\"type\":\"bytes32[17]\"},{\"internalType\":\"bytes32[]\",\"name\":\"layerRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepVerifier.Chunk[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"full\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepVerifier.Opening[]\",\"name\":\"model\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepVerifier.Opening[]\",\"name\":\"kv\",\"type\":\"tuple[]\"}],\"internalType\":\"structIOneStepVerifier.StepProof\",\"name\":\"sp\",\"type\":\"tuple\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockIndex\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"name\":\"AmaxOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotInModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rowBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quantBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NegativeInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotProbability\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"programLength\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongOperand\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"}]",
	ID:  "e4bb7b38d6917681bfc7198fd5d7f32054",
	Bin: "0x6080604052348015600e575f5ffd5b506159f98061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610064575f3560e01c80638b3de0d71161004d5780638b3de0d7146100a15780639fc56e91146100c9578063ad17b927146100dc575f5ffd5b8063094b8c9114610068578063468f531e1461008e575b5f5ffd5b61007b610076366004615002565b61010a565b6040519081526020015b60405180910390f35b61007b61009c36600461504a565b6102b3565b6100b46100af366004615130565b6103d5565b60408051928352602083019190915201610085565b61007b6100d73660046151a1565b61047b565b6100ef6100ea3660046151c9565b61065b565b60408051938452602084019290925290820152606001610085565b5f8061012761011c60208501856151fd565b63ffffffff16610e2a565b90505f61013a60608501604086016151fd565b61014760208601866151fd565b6101519190615270565b63ffffffff1661016760808601606087016151fd565b63ffffffff166101779190615297565b90505f61018a60a08601608087016151fd565b61019b9063ffffffff166002615297565b6101a6836002615297565b6101b360208801886151fd565b6101c49063ffffffff166003615297565b6101cf866002615297565b6101d991906152ae565b6101e391906152ae565b6101ed91906152ae565b90505f61020060e0870160c088016151fd565b63ffffffff16848361021860408a0160208b016151fd565b63ffffffff166102289190615297565b61023860c08a0160a08b016151fd565b6102499063ffffffff1660016152ae565b61025391906152ae565b61025d91906152ae565b61026791906152ae565b905061027b610160870161014088016151fd565b63ffffffff165f036102aa5761029760c0870160a088016151fd565b6102a79063ffffffff16826152ae565b90505b95945050505050565b80515f908082036102c657505f92915050565b60018111156103b3575f60026102dd8360016152ae565b6102e791906152c1565b90505f5b818110156103ab575f83610300836002615297565b61030b9060016152ae565b10610316575f610346565b85610322836002615297565b61032d9060016152ae565b8151811061033d5761033d6152d4565b60200260200101515b905061038586610357846002615297565b81518110610367576103676152d4565b6020026020010151825f828152602082905260409020911715150290565b868381518110610397576103976152d4565b6020908102919091010152506001016102eb565b5090506102c6565b825f815181106103c5576103c56152d4565b6020026020010151915050919050565b5f5f5f6103e3868686610e42565b90506104016103f56020860186615301565b82866102a00135611450565b92506104398661041760408701602088016151fd565b63ffffffff1661042a6020880188615301565b67ffffffffffffffff1661065b565b6102208401526102008301526101e0820152610455818561161e565b6104706104656020860186615301565b6103f5906001615328565b915050935093915050565b5f60ff601784901c811690627fffff8516908290036104fb576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f6e6f726d4570734269747300000000000000000000000000000000000000000060448201526064015b60405180910390fd5b5f82156105145761050f8262800000615348565b610516565b815b90505f831561052f5761052a60968561536f565b610551565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff6b5b90505f61055e8783615348565b9050825f03610574575f95505050505050610655565b5f81126105f05760268113156105e6576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f6e6f726d4570734269747300000000000000000000000000000000000000000060448201526064016104f2565b82811b9550610634565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe6811361061f575f9550610634565b6106318361062c8361538e565b61174e565b95505b6001601f89901c8116900361064f5761064c8661538e565b95505b50505050505b92915050565b5f80808061066f61011c60208901896151fd565b90505f6106826060890160408a016151fd565b61068f60208a018a6151fd565b6106999190615270565b63ffffffff166106af60808a0160608b016151fd565b63ffffffff166106bf9190615297565b60408051600a808252610160820190925291925087915f9160208201610140803683370190505090506106f58460015f5f6117b8565b815f81518110610707576107076152d4565b602002602001018181525050610721600160025f5f6117b8565b81600181518110610734576107346152d4565b60200260200101818152505061074d8460035f5f6117b8565b81600281518110610760576107606152d4565b60200260200101818152505061077a84600460015f6117b8565b8160038151811061078d5761078d6152d4565b6020026020010181815250506107be8a5f0160208101906107ae91906151fd565b63ffffffff1660055f60016117b8565b816004815181106107d1576107d16152d4565b6020026020010181815250506107eb8360056001806117b8565b816005815181106107fe576107fe6152d4565b602002602001018181525050610819836005600260016117b8565b8160068151811061082c5761082c6152d4565b602090810291909101015261085a61084a60608c0160408d016151fd565b63ffffffff1660065f60016117b8565b8160078151811061086d5761086d6152d4565b602090810291909101015261089b61088b60808c0160608d016151fd565b63ffffffff1660066001806117b8565b816008815181106108ae576108ae6152d4565b6020026020010181815250506108c8600160075f5f6117b8565b816009815181106108db576108db6152d4565b6020026020010181815250505f6108f2828a6117d4565b9c50919a50985096509050801561090d575050505050610e21565b5f6109198b60016152ae565b90505f61092582610e2a565b90505f610933826002615297565b61093e846002615297565b61094891906152ae565b6109539060026152ae565b90508d604001602081019061096891906151fd565b6109789063ffffffff1682615297565b8c1015610a7c575f61098a828e6152c1565b9050610996828e6153c4565b9c50838d10156109b75760089b5099508b9850610e21975050505050505050565b6109c1848e6153d7565b9c508c5f036109e15760099b5099505f9850610e21975050505050505050565b6109ec60018e6153d7565b9c50828d1015610a0e57600a8d5f9b509b509b50505050505050505050610e21565b610a18838e6153d7565b9c50828d1015610a3a57600b8d5f9b509b509b50505050505050505050610e21565b610a44838e6153d7565b9c50838d1015610a6557600c9b5099508b9850610e21975050505050505050565b600d9b5099505f9850610e21975050505050505050565b8d6040016020810190610a8f91906151fd565b610a9f9063ffffffff1682615297565b610aa9908d6153d7565b9b505f9250600d9150610ab99050565b604051908082528060200260200182016040528015610ae2578160200160208202803683370190505b509050610af386600460055f6117b8565b815f81518110610b0557610b056152d4565b602002602001018181525050610b378c5f016020810190610b2691906151fd565b63ffffffff166005600360016117b8565b81600181518110610b4a57610b4a6152d4565b602002602001018181525050610b6386600e5f5f6117b8565b81600281518110610b7657610b766152d4565b602002602001018181525050610b8f8660015f5f6117b8565b81600381518110610ba257610ba26152d4565b602002602001018181525050610bbc600160025f5f6117b8565b81600481518110610bcf57610bcf6152d4565b602002602001018181525050610be986600360015f6117b8565b81600581518110610bfc57610bfc6152d4565b602002602001018181525050610c1686600460015f6117b8565b81600681518110610c2957610c296152d4565b6020908102919091010152610c58610c4760a08e0160808f016151fd565b63ffffffff166005600460016117b8565b81600781518110610c6b57610c6b6152d4565b6020908102919091010152610c99610c8960a08e0160808f016151fd565b63ffffffff1660058060016117b8565b81600881518110610cac57610cac6152d4565b602002602001018181525050610cda610cd18d608001602081019061011c91906151fd565b600f5f5f6117b8565b81600981518110610ced57610ced6152d4565b602002602001018181525050610d1c610d128d608001602081019061011c91906151fd565b600460065f6117b8565b81600a81518110610d2f57610d2f6152d4565b602002602001018181525050610d618c5f016020810190610d5091906151fd565b63ffffffff166005600660016117b8565b81600b81518110610d7457610d746152d4565b602002602001018181525050610d8d86600e5f5f6117b8565b81600c81518110610da057610da06152d4565b602002602001018181525050610db6818b6117d4565b9d50919b509950975091508115610dd257505050505050610e21565b83610ddd8b826153d7565b6040517f348dd23e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909216600483015260248201526044016104f2565b93509350939050565b5f6020610e3883601f6152ae565b61065591906152c1565b610e4a614f26565b610e538461188d565b610e6060208501856151fd565b63ffffffff168152610e7860408501602086016151fd565b63ffffffff166020820152610e9360608501604086016151fd565b63ffffffff166040820152610eae60808501606086016151fd565b63ffffffff166060820152610ec960a08501608086016151fd565b63ffffffff166080820152610ee460c0850160a086016151fd565b63ffffffff1660a0820152610eff60e0850160c086016151fd565b63ffffffff1660c0820152610f1b610100850160e086016151fd565b63ffffffff1660e0820152610f38610160850161014086016151fd565b63ffffffff1661010082015260408101518151610f5591906152c1565b61012082018190526060820151610f6c9190615297565b61014080830191909152610f9190610f8a90860161012087016151fd565b602061047b565b6101608201526101c08101839052610faf60408301602084016151fd565b63ffffffff16610180820152610fcb60608301604084016151fd565b63ffffffff166101a082015260c0810151610180820151106110615761018081015160c08201516040517f53bda34e00000000000000000000000000000000000000000000000000000000815260606004820152600160648201527f700000000000000000000000000000000000000000000000000000000000000060848201526024810192909252604482015260a4016104f2565b8060200151816101a00151106110eb576101a081015160208201516040517f53bda34e00000000000000000000000000000000000000000000000000000000815260606004820152600160648201527f6c0000000000000000000000000000000000000000000000000000000000000060848201526024810192909252604482015260a4016104f2565b60208101516110fe6102808401846153ea565b905014611189576111136102808301836153ea565b60208301516040517fe06fece600000000000000000000000000000000000000000000000000000000815260606004820152600a60648201527f6c61796572526f6f74730000000000000000000000000000000000000000000060848201526024810192909252604482015260a40190506104f2565b6111976103008301836153ea565b90505f036111d6575f60016040517fe06fece60000000000000000000000000000000000000000000000000000000081526004016104f2929190615455565b5f6111e460208601866151fd565b6111f460408701602088016151fd565b61120460608801604089016151fd565b6112146080890160608a016151fd565b61122460a08a0160808b016151fd565b61123460c08b0160a08c016151fd565b61124460e08c0160c08d016151fd565b6112556101008d0160e08e016151fd565b6112676101208e016101008f016151fd565b8d61012001602081019061127b91906151fd565b8e61014001602081019061128f91906151fd565b8f61016001356040516020016112b09c9b9a999897969594939291906154a1565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291905280516020909101209050366112f76103008501856153ea565b5f818110611307576113076152d4565b905060200281019061131991906156ed565b90506113286020820182615301565b67ffffffffffffffff1615158061135d575061134b6113468761010a565b611edb565b61135860408301836153ea565b905014155b8061137e57508461137b835f61137660408601866153ea565b611efe565b14155b156113b8576040517f45348f48000000000000000000000000000000000000000000000000000000008152600481018690526024016104f2565b5f5b6011811015611401578460600181601181106113d8576113d86152d4565b602002013584610240015182601181106113f4576113f46152d4565b60200201526001016113ba565b506114106102808501856153ea565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152505050506102608401525090949350505050565b60408051601180825261024082019092525f9182919060208201610220803683370190505090505f5b60118110156114c3578461024001518160118110611499576114996152d4565b60200201518282815181106114b0576114b06152d4565b6020908102919091010152600101611479565b505f8461026001515167ffffffffffffffff8111156114e4576114e461501d565b60405190808252806020026020018201604052801561150d578160200160208202803683370190505b5090505f5b815181101561155f578561026001518181518110611532576115326152d4565b602002602001015182828151811061154c5761154c6152d4565b6020908102919091010152600101611512565b5085856101800151866101a00151611576856102b3565b61157f856102b3565b60405160c09590951b7fffffffffffffffff00000000000000000000000000000000000000000000000016602086015260e093841b7fffffffff0000000000000000000000000000000000000000000000000000000090811660288701529290931b909116602c840152603083015260508201526070810185905260900160405160208183030381529060405280519060200120925050509392505050565b6101e08201517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff810161165a576116558383611fa4565b505050565b6002810361166c576116558383612055565b6003810361167e5761165583836120b4565b60048103611690576116558383612290565b600581036116a257611655838361247a565b600681036116b45761165583836124f6565b600781036116c6576116558383612774565b600881036116d85761165583836129a3565b600981036116ea576116558383612a9f565b600a81036116fc576116558383612b1a565b600b810361170e576116558383612cd0565b600c8103611720576116558383612dbb565b600d8103611732576116558383612ede565b600e8103611744576116558383612fb5565b6116558383613046565b5f81158061175c575060ff82115b15611796576040517f26374970000000000000000000000000000000000000000000000000000000008152600481018390526024016104f2565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b602084901b601884901b17600883901b1781175b949350505050565b5f5f5f5f5f5f5b8751811015611872575f8882815181106117f7576117f76152d4565b602002602001015190505f602082901c9050808910156118595760ff601883901c8116975061ffff600884901c16908316600103611844576001985095508894505f935061188392505050565b6001985089965094505f935061188392505050565b611863818a6153d7565b985050508060010190506117db565b505f5f5f5f89945094509450945094505b9295509295909350565b61189a60208201826151fd565b63ffffffff1615806118c8575060206118b5828201836151fd565b6118bf9190615729565b63ffffffff1615155b1561192f576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600360248201527f64696d000000000000000000000000000000000000000000000000000000000060448201526064016104f2565b61193f60408201602083016151fd565b63ffffffff165f036119ad576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600660248201527f6c6179657273000000000000000000000000000000000000000000000000000060448201526064016104f2565b6119bd60608201604083016151fd565b63ffffffff1615806119fa57506119da60608201604083016151fd565b6119e760208301836151fd565b6119f19190615729565b63ffffffff1615155b15611a61576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600560248201527f686561647300000000000000000000000000000000000000000000000000000060448201526064016104f2565b6002611a7360608301604084016151fd565b611a8060208401846151fd565b611a8a9190615270565b611a949190615729565b63ffffffff1615611b01576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600760248201527f6865616444696d0000000000000000000000000000000000000000000000000060448201526064016104f2565b611b1160808201606083016151fd565b63ffffffff161580611b515750611b2e60808201606083016151fd565b611b3e60608301604084016151fd565b611b489190615729565b63ffffffff1615155b15611bb8576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600760248201527f6b7648656164730000000000000000000000000000000000000000000000000060448201526064016104f2565b611bc860a08201608083016151fd565b63ffffffff161580611bfa57506020611be760a08301608084016151fd565b611bf19190615729565b63ffffffff1615155b15611c61576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600560248201527f666644696d00000000000000000000000000000000000000000000000000000060448201526064016104f2565b611c7160c0820160a083016151fd565b63ffffffff165f03611cdf576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600560248201527f766f63616200000000000000000000000000000000000000000000000000000060448201526064016104f2565b611cef60e0820160c083016151fd565b63ffffffff165f03611d5d576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600760248201527f636f6e746578740000000000000000000000000000000000000000000000000060448201526064016104f2565b611d6e610100820160e083016151fd565b63ffffffff161580611da157506002611d8e610100830160e084016151fd565b611d989190615729565b63ffffffff1615155b80611ded5750611db760608201604083016151fd565b611dc460208301836151fd565b611dce9190615270565b63ffffffff16611de5610100830160e084016151fd565b63ffffffff16115b15611e54576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f726f706544696d7300000000000000000000000000000000000000000000000060448201526064016104f2565b6001611e68610160830161014084016151fd565b63ffffffff161115611ed8576040517f89a619890000000000000000000000000000000000000000000000000000000081526004016104f29060208082526004908201527f7469656400000000000000000000000000000000000000000000000000000000604082015260600190565b50565b5f5b81816001901b1015611ef957611ef281615750565b9050611edd565b919050565b5f8161010081108015611f12575084811c15155b15611f53576040517f94666f0d00000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044016104f2565b859150838160051b81015b80821015611f99576001871660051b823580861715158683528160208418528060405f200296505050508660011c9650602082019150611f5e565b505050949350505050565b5f611fb783835f5f8761020001516130c5565b90505f611fc784845f601061346f565b90505f8461020001515f14611fe0576020820151611fe2565b5f5b90505f5b60048451611ff491906152c1565b811015612030575f61200f858360021b016020015160e01d90565b905061201b8180615787565b61202590846152ae565b925050600101611fe6565b50602082018190525b8151602083012061024086015160105b60200201525050505050565b5f61206383835f601061346f565b905061209b81600161208b61207e855f60051b016020015190565b8751610160890151613614565b808260051b602085010152505050565b8051602082012061024084015160106020020152505050565b5f6120c783835f5f8761020001516130c5565b90506120dc83836001808761020001516130c5565b505f6120f56120ee85855f601061346f565b6040015190565b90506121056103008401846153ea565b90506002146121525761211c6103008401846153ea565b6040517fe06fece60000000000000000000000000000000000000000000000000000000081526104f29250600290600401615455565b5f6121b2856121656103008701876153ea565b6001818110612176576121766152d4565b905060200281019061218891906156ed565b61219f8860028a61022001518b610200015161377b565b86516121ad6113468b6139a2565b613a75565b90505f835167ffffffffffffffff8111156121cf576121cf61501d565b6040519080825280601f01601f1916602001820160405280156121f9576020820181803683370190505b5090505f5b6004855161220c91906152c1565b81101561227a57612272828261224761222e898660021b016020015160e01d90565b612241888760021b016020015160e01d90565b89613bbd565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b6001016121fe565b506122888686600184613beb565b505050505050565b5f5f6006846102200151146122a8576009600a6122ad565b600b600c5b915091505f6122c985855f8861022001518961020001516130c5565b90506122de85856001868961020001516130c5565b505f6122ff868660028660108b61020001516122fa91906152c1565b6130c5565b9050612309614fb3565b5f5b602081101561234e57612327848260021b016020015160e01d90565b828260208110612339576123396152d4565b60039290920b6020909202015260010161230b565b505f5f61235a83613c75565b6040805160208082528183019092529294509092505f91906020820181803683370190505090505f5b60208110156123ee5783816020811061239e5761239e6152d4565b602002015160f81b8282815181106123b8576123b86152d4565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a905350600101612383565b506123fc8a8a600184613beb565b6124618560108c610200015161241291906153c4565b60031b01602001805177ffffffffffffffffffffffffffffffffffffffffffffffff167fffffffffffffffff00000000000000000000000000000000000000000000000060c086901b16179052565b61246e8a8a600288613beb565b50505050505050505050565b5f6124a183835f61248f876102000151613d0a565b60208861022001516122fa91906152c1565b90505f5f6124b88585876102000151600614613d62565b915091505f6124c78686613e3c565b90506124ea8460208861022001516124df91906153c4565b612247848787613eee565b61228886865f87613beb565b5f8261020001515f1461250a57600361250d565b60025b90505f61251c84845f8561346f565b905061252c6103008401846153ea565b90506002146125435761211c6103008401846153ea565b5f60028560e0015161255591906152c1565b90505f6125b68661256a6103008801886153ea565b600181811061257b5761257b6152d4565b905060200281019061258d91906156ed565b61259f8960055f8c610180015161377b565b6125aa866008615297565b6121ad6113468c6139a2565b90505f8661012001518761022001516125cf9190615297565b90505f5b83811015612743575f80612651612607886125ef866002615297565b6125f990886152ae565b60021b016020015160e01d90565b61262b89612616876002615297565b61262090896152ae565b6125f99060016152ae565b61263e888760021b016020015160e01d90565b61264c896125f9898d6152ae565b613f05565b90925090506126c287612665856002615297565b61266f90876152ae565b60021b0160200180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffff0000000000000000000000000000000000000000000000000000000060e086901b16179052565b612739876126d1856002615297565b6126db90876152ae565b6126e69060016152ae565b60021b0160200180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffff0000000000000000000000000000000000000000000000000000000060e085901b16179052565b50506001016125d3565b5061274f878686613f95565b8761024001518660118110612766576127666152d4565b602002015250505050505050565b5f61278283835f600361346f565b90505f61279384846001600461346f565b90506127a36103208401846153ea565b90506001146127f0576127ba6103208401846153ea565b6040517fe06fece60000000000000000000000000000000000000000000000000000000081526104f292506001906004016157d2565b366127ff6103208501856153ea565b5f81811061280f5761280f6152d4565b905060200281019061282191906156ed565b6101808601519091506128376020830183615301565b67ffffffffffffffff1614158061285b5750612856602082018261580e565b151590505b80612880575061286e8560c00151611edb565b61287b60408301836153ea565b905014155b156128b9575f6040517f59469c480000000000000000000000000000000000000000000000000000000081526004016104f2919061586f565b846102600151856101a00151815181106128d5576128d56152d4565b60200260200101516128f95f5f1b87610180015184806040019061137691906153ea565b14612932575f6040517f59469c480000000000000000000000000000000000000000000000000000000081526004016104f2919061586f565b61297483836040516020016129489291906158d0565b6040516020818303038152906040528051906020012086610180015183806040019061137691906153ea565b856102600151866101a0015181518110612990576129906152d4565b6020026020010181815250505050505050565b6102008201516102208301515f6129c3858583600d6122fa6020886152c1565b90505f6129d386865f600261346f565b90505f6129e287875f876140af565b90505f876060015188604001516129f991906152c1565b612a0390876152c1565b90505f5f5b896101200151811015612a6957612a3584828c610120015186612a2b9190615297565b6125f991906152ae565b612a4b86838d61012001518c612a2b9190615297565b612a559190615787565b612a5f9083615348565b9150600101612a08565b50612a8885612a796020896153c4565b612247848d610120015161429d565b612a9489895f88613beb565b505050505050505050565b5f612aad83835f600d61346f565b90505f612abe84846001601061346f565b9050637fffffff195f5b8561018001518111612b07575f612ae8858360021b016020015160e01d90565b905082811315612af6578092505b50612b0081615750565b9050612ac8565b50606082018190525f6080830152612039565b612b2d82825f600d8661020001516130c5565b505f612b3d6102c08301836153ea565b5f818110612b4d57612b4d6152d4565b9050602002810190612b5f91906158e4565b612b6d90604081019061580e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525061020088015194955093612bbc9350879250869150600190600e906130c5565b90505f612bcc85855f601061346f565b60608101516080820151919250905f5b60048551612bea91906152c1565b811015612ca7575f818961020001516020612c059190615297565b612c0f91906152ae565b90505f8961018001518211612c4957612c3a612c34898560021b016020015160e01d90565b866143ee565b9050612c468185615348565b93505b600283901b870160200180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffff0000000000000000000000000000000000000000000000000000000060e084901b161790525050600101612bdc565b50612cb58787600187613beb565b60808301819052825160208401206102408801516010612766565b5f612ce483835f600d8761020001516130c5565b90505f612cfb84846001600e8861020001516130c5565b90505f612d15612d0e86865f601061346f565b6080015190565b90505f5b60048451612d2791906152c1565b811015612da757856101800151818761020001516020612d479190615297565b612d5191906152ae565b11612da757612d9f8482612d77612d71878660021b016020015160e01d90565b86614419565b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101612d19565b50612db485855f86613beb565b5050505050565b6102208201515f612de3612dd8858584600d6122fa6020896152c1565b6125f96020856153c4565b90505f612df385855f600f61346f565b90505f612e0286865f876140af565b90505f86606001518760400151612e1991906152c1565b876102000151612e2991906152c1565b90505f5b876101200151811015612ec457612ebc8482612e6586858d610120015188612e559190615297565b8e6101400151612a2b91906152ae565b612e6f9089615787565b612e82888660031b016020015160c01d90565b612e8c9190615348565b8160031b602084010167ffffffffffffffff821660c01b67ffffffffffffffff60c01b1982511617815250505050565b600101612e2d565b50612ed187600f85613f95565b610240880151600f612766565b5f612eec83835f600f61346f565b90505f612efd84846001600561346f565b90505f5b846101200151811015612f7e57612f4e8282876101200151886102000151612f299190615297565b612f3391906152ae565b612247612f49878660031b016020015160c01d90565b614473565b600381901b8301602001805177ffffffffffffffffffffffffffffffffffffffffffffffff169052600101612f01565b50612f8b84600f84613f95565b6102408501516101e00152612fa284600583613f95565b6102408501516005602002015250505050565b5f612fc883835f5f8761020001516130c5565b90505f612fdf8484600160088861020001516130c5565b90505f5b60048351612ff191906152c1565b8110156130335761302b8382612247613013878660021b016020015160e01d90565b613026878760021b016020015160e01d90565b614482565b600101612fe3565b5061304084845f85613beb565b50505050565b5f61305a83835f60068761020001516130c5565b90505f6130718484600160078861020001516130c5565b90505f5b6004835161308391906152c1565b811015613033576130bd83826122476130a5878660021b016020015160e01d90565b6130b8878760021b016020015160e01d90565b6144a2565b600101613075565b60606130d56102c08601866153ea565b90508410613167576130eb6102c08601866153ea565b90506130f88560016152ae565b6040517fe06fece600000000000000000000000000000000000000000000000000000000815260606004820152600660648201527f6368756e6b73000000000000000000000000000000000000000000000000000060848201526024810192909252604482015260a4016104f2565b366131766102c08701876153ea565b86818110613186576131866152d4565b905060200281019061319891906158e4565b90505f6131b66131a88987614502565b6131b187614605565b614642565b9050846131c66020840184615916565b60ff161415806131eb5750836131e260408401602085016151fd565b63ffffffff1614155b806131f65750808410155b1561326457856132096020840184615916565b61321960408501602086016151fd565b6040517fe9f7eafb000000000000000000000000000000000000000000000000000000008152600481019390935260ff909116602483015263ffffffff1660448201526064016104f2565b5f613270898787614664565b905080613280604085018561580e565b9050146132d85786613295604085018561580e565b6040517f6a5704270000000000000000000000000000000000000000000000000000000081526004810193909352602483015250604481018290526064016104f2565b6132e182611edb565b6132ee60608501856153ea565b90501461336057604080517f59469c480000000000000000000000000000000000000000000000000000000081526004810191909152600560448201527f6368756e6b0000000000000000000000000000000000000000000000000000006064820152602481018890526084016104f2565b8861024001518660118110613377576133776152d4565b60200201516133b161338c604086018661580e565b60405161339a929190615936565b6040519081900390208761137660608801886153ea565b1461342157604080517f59469c480000000000000000000000000000000000000000000000000000000081526004810191909152600560448201527f6368756e6b0000000000000000000000000000000000000000000000000000006064820152602481018890526084016104f2565b61342e604084018461580e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b606061347f6102e08501856153ea565b905083106134d6576134956102e08501856153ea565b90506134a28460016152ae565b6040517fe06fece60000000000000000000000000000000000000000000000000000000081526004016104f2929190615945565b6134e46102e08501856153ea565b848181106134f4576134f46152d4565b9050602002810190613506919061580e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093945061354792508591506146d89050565b6135518785614502565b61355b9190615297565b9050808251146135ab5781516040517f6a570427000000000000000000000000000000000000000000000000000000008152600481018690526024810191909152604481018290526064016104f2565b85610240015183601181106135c2576135c26152d4565b60200201516135d2878585613f95565b1461360b57836040517f59469c480000000000000000000000000000000000000000000000000000000081526004016104f29190615981565b50949350505050565b5f5f841215613652576040517fe39d5a9c000000000000000000000000000000000000000000000000000000008152600481018590526024016104f2565b5f82121561368f576040517fe39d5a9c000000000000000000000000000000000000000000000000000000008152600481018390526024016104f2565b825f036136c8576040517f047b9cec00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c67ffffffffffffffff1060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b5f5f613789865f0151610e2a565b90505f8660800151600261379d9190615297565b6101408801516137ae906002615297565b88516137bb906003615297565b6137c6856002615297565b6137d091906152ae565b6137da91906152ae565b6137e491906152ae565b90505f81886101a001516137f89190615297565b60a08901516138089060016152ae565b61381291906152ae565b90506002870361387b57848660011461382b575f61385d565b61014089015161383c906002615297565b8951613849906002615297565b61385390866152ae565b61385d91906152ae565b61386790836152ae565b61387191906152ae565b93505050506117cc565b60038703613935576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b88811015613913578181600781106138e5576138e56152d4565b60200201516138f490846152ae565b92508060030361390b5761390886846152ae565b92505b6001016138cb565b508661391f83856152ae565b61392991906152ae565b955050505050506117cc565b5f83838a602001516139479190615297565b60a08b01516139579060016152ae565b61396191906152ae565b61396b91906152ae565b90508861010001515f0361398b5760a089015161398890826152ae565b90505b61399586826152ae565b9998505050505050505050565b5f5f6139b0835f0151610e2a565b90505f8360c0015182856080015160026139ca9190615297565b6101408701516139db906002615297565b87516139e8906003615297565b6139f3876002615297565b6139fd91906152ae565b613a0791906152ae565b613a1191906152ae565b8660200151613a209190615297565b60a0870151613a309060016152ae565b613a3a91906152ae565b613a4491906152ae565b613a4e91906152ae565b90508361010001515f03613a6e5760a0840151613a6b90826152ae565b90505b9392505050565b606083613a856020870187615301565b67ffffffffffffffff16141580613aaa575082613aa5602087018761580e565b905014155b80613ac3575081613abe60408701876153ea565b905014155b15613afc57836040517f59469c480000000000000000000000000000000000000000000000000000000081526004016104f291906159bd565b6101c0860151613b39613b12602088018861580e565b604051613b20929190615936565b60405180910390208688806040019061137691906153ea565b14613b7257836040517f59469c480000000000000000000000000000000000000000000000000000000081526004016104f291906159bd565b613b7f602086018661580e565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f613bc78461472f565b613bd08361472f565b613a6b613be6613be08587615787565b8461477f565b6147ea565b36613bfa6102c08501856153ea565b84818110613c0a57613c0a6152d4565b9050602002810190613c1c91906158e4565b9050613c4f8280519060200120826020016020810190613c3c91906151fd565b63ffffffff1661137660608501856153ea565b610240860151613c626020840184615916565b60ff1660118110612049576120496152d4565b613c7d614fb3565b5f5f5b610400811015613cb1578084015160030b5f811215613c9c575f035b82811115613ca8578092505b50602001613c80565b508015613d05578060011c5f5b610400811015613d02578481015160030b607f025f8082128015613cec578585845f0301045f039150613cf4565b858584010491505b508583015250602001613cbe565b50505b915091565b5f815f03613d1a57506002919050565b81600103613d2a57506003919050565b81600203613d3a57506004919050565b81600403613d4a57506006919050565b81600503613d5a57506007919050565b506008919050565b606080613d7e85855f86613d7757600961346f565b600b61346f565b91505f613d9b8686600187613d9457600a61346f565b600c61346f565b905060088151613dab91906152c1565b67ffffffffffffffff811115613dc357613dc361501d565b604051908082528060200260200182016040528015613dec578160200160208202803683370190505b5091505f5b8251811015613e3257613e0d828260031b016020015160c01d90565b838281518110613e1f57613e1f6152d4565b6020908102919091010152600101613df1565b5050935093915050565b6060613e4c6103008301836153ea565b9050600214613e635761211c6103008301836153ea565b5f836102000151600614613e78578351613e7e565b83608001515b90506117cc84613e926103008601866153ea565b6001818110613ea357613ea36152d4565b9050602002810190613eb591906156ed565b613ecc8760038961020001518a610220015161377b565b613ed76020866152c1565b613ee2906022615297565b6121ad6113468a6139a2565b5f613a6b613f008585855f8751614819565b614c1c565b5f5f613f108661472f565b613f198561472f565b613f228461472f565b613f2b8361472f565b613f6a565b5f81126320000000038101601e1d637fffffff19811215613f535750637fffffff195b637fffffff811315611ef95750637fffffff919050565b613f7983860285880203613f30565b9150613f8a84860284880201613f30565b905094509492505050565b5f5f613fa0846146d8565b613fa985614605565b613fb39190615297565b90505f816001838651613fc691906152ae565b613fd091906153d7565b613fda91906152c1565b90505f8167ffffffffffffffff811115613ff657613ff661501d565b60405190808252806020026020018201604052801561401f578160200160208202803683370190505b5090505f5b8281101561409a575f6140378583615297565b90505f8751868361404891906152ae565b116140535785614060565b81885161406091906153d7565b90505f818360208b010120905080858581518110614080576140806152d4565b602002602001018181525050505050806001019050614024565b506140a4816102b3565b979650505050505050565b60606140bf6103208501856153ea565b90508310614116576140d56103208501856153ea565b90506140e28460016152ae565b6040517fe06fece60000000000000000000000000000000000000000000000000000000081526004016104f29291906157d2565b366141256103208601866153ea565b85818110614135576141356152d4565b905060200281019061414791906156ed565b90508561018001518311806141725750826141656020830183615301565b67ffffffffffffffff1614155b8061419b5750610140860151614189906008615297565b614196602083018361580e565b905014155b806141c057506141ae8660c00151611edb565b6141bb60408301836153ea565b905014155b156141f957836040517f59469c480000000000000000000000000000000000000000000000000000000081526004016104f2919061586f565b856102600151866101a0015181518110614215576142156152d4565b6020026020010151614257828060200190614230919061580e565b60405161423e929190615936565b60405180910390208584806040019061137691906153ea565b1461429057836040517f59469c480000000000000000000000000000000000000000000000000000000081526004016104f2919061586f565b613b7f602082018261580e565b5f815f036142d7576040517f047b9cec00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6143976142ed846710000000000000006152c1565b60016fffffffffffffffffffffffffffffffff821160071b82811c67ffffffffffffffff1060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b90505f6143a8613be686601061174e565b60030b90505f82820290811263200000000301601e1d637fffffff198112156143d35750637fffffff195b637fffffff8113156102aa5750637fffffff95945050505050565b5f6143f88361472f565b6144018261472f565b613a6e614411613be6848661536f565b60030b614c2e565b5f5f83128061442b5750634000000083135b15614465576040517f83e61a2c000000000000000000000000000000000000000000000000000000008152600481018490526024016104f2565b613a6e601e84901b8361477f565b5f610655613be683601e61174e565b5f61448c8361472f565b6144958261472f565b613a6e613be68385615348565b5f6144ac8361472f565b6144b58261472f565b5f6144bf84614e4b565b60030b90505f838202908112618000030160101d637fffffff198112156144e85750637fffffff195b637fffffff8113156117cc5750637fffffff949350505050565b5f8115806145105750600182145b8061451b5750600282145b806145265750600582145b806145315750600882145b8061453c5750600982145b1561454957508151610655565b60038214806145585750600482145b156145695750610140820151610655565b60068214806145785750600782145b806145835750600b82145b1561459357506080820151610655565b600a82036145b05782516145a9906020906152c1565b9050610655565b600c82036145c957602083608001516145a991906152c1565b600d8214806145d85750600e82145b156145e8575060c0820151610655565b600f82036145fc5750610120820151610655565b50601092915050565b5f600a8214806146155750600c82145b806146205750600f82145b8061462b5750601082145b614636576020614639565b60105b60ff1692915050565b5f81600161465082866152ae565b61465a91906153d7565b613a6e91906152c1565b5f5f6146708585614502565b90505f61467c85614605565b90505f6146898286615297565b90505f8361469784846152ae565b116146ab576146a683836152ae565b6146ad565b835b90506146b8876146d8565b6146c283836153d7565b6146cc9190615297565b98975050505050505050565b5f60098214806146e85750600b82145b156146f557506001919050565b600a8214806147045750600c82145b8061470f5750600f82145b8061471a5750601082145b1561472757506008919050565b506004919050565b637fffffff198112806147455750637fffffff81135b15611ed8576040517fe92ac66b000000000000000000000000000000000000000000000000000000008152600481018290526024016104f2565b5f5f82136147bc576040517f7040adc3000000000000000000000000000000000000000000000000000000008152600481018390526024016104f2565b5f83128381156147cc57845f0390505b838460011c82010492505080156147e357815f0391505b5092915050565b5f637fffffff1982121561480157637fffffff1991505b637fffffff82131561481557637fffffff91505b5090565b82515f90614828602282615297565b8751141580614842575061483d602082615297565b865114155b1561488d57865186516040517f8ee979f500000000000000000000000000000000000000000000000000000000815260048101929092526024820152604481018290526064016104f2565b8284118061489a57508083115b156148e2576040517f3fe8c9990000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290526064016104f2565b835b83811015614c115760228181028901602081810151600585901b8a81018301519390940151938b01909101515f82901a60019290921a60081b919091179290601f600a85901c8116900361496a576040517f4a9159f600000000000000000000000000000000000000000000000000000000815261ffff851660048201526024016104f2565b5f83128061497b5750638000000083135b156149bc576040517fb1ca2eae00000000000000000000000000000000000000000000000000000000815260048101869052602481018490526044016104f2565b8215614c02575f6149d08561ffff16614e97565b90505f614bf584845f7f01010101010101010101010101010101010101010101010101010101010101017eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff7f808080808080808080808080808080808080808080808080808080808080808085187f8080808080808080808080808080808080808080808080808080808080808080851860ff848216028216838160081c168482160160ff868460011c160284169150848260081c168583160160011b8101905060ff868460021c160284169150848260081c168583160160021b8101905060ff868460031c160284169150848260081c168583160160031b8101905060ff868460041c160284169150848260081c168583160160ff878560051c160285169250858360081c168684160160011b8101905060ff878560061c160285169250858360081c168684160160021b8101905060ff878560071c160285169250858360081c168684160160031b810190507dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff9650868160101c168782160160041b878360101c16888416010196505050507c0100000001000000010000000100000001000000010000000100000001840260e01c9350828160081c1683821601838360081c168484160101925050507e01000100010001000100010001000100010001000100010001000100010001810260f01c9050620800008160071b8303019250505092915050565b9190910284029790970196505b846001019450505050506148e4565b505095945050505050565b5f610655613be683637f00000061477f565b5f5f82128015614e3d57618000635c551d95845f03020160101c80601e1c601f811015614e3657633fffffff821660087fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff93614c958284025f811263200000000301601e1d90565b01905061058b614cb18383025f811263200000000301601e1d90565b0190507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc007614ceb8383025f811263200000000301601e1d90565b01905062028612614d088383025f811263200000000301601e1d90565b0190507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffea2780614d428383025f811263200000000301601e1d90565b019050629d955b614d5f8383025f811263200000000301601e1d90565b0190507ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc729ee5614d998383025f811263200000000301601e1d90565b019050630f5fdf00614db78383025f811263200000000301601e1d90565b0190507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffd3a37a02614df18383025f811263200000000301601e1d90565b0190506340000000614e0f8383025f811263200000000301601e1d90565b019050828015614e2e575f821260018086031b038201841d9650614e32565b8196505b5050505b5050614e45565b634000000091505b50919050565b5f5f614e5683614ec7565b90505f83820290811263200000000301601e1d637fffffff19811215614e7e5750637fffffff195b637fffffff811315613a6e5750637fffffff9392505050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c1615611ef9575f03919050565b5f5f8212614f00575f614ee1614edc8461538e565b614c2e565b634000000001671000000000000000600182901c01049150611ef99050565b5f614f0a83614c2e565b63400000008101601e9190911b600182901c0104915050919050565b6040518061028001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001614fa6614fd2565b8152602001606081525090565b6040518061040001604052806020906020820280368337509192915050565b6040518061022001604052806011906020820280368337509192915050565b5f6101808284031215614e45575f5ffd5b5f6101808284031215615013575f5ffd5b613a6e8383614ff1565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f6020828403121561505a575f5ffd5b813567ffffffffffffffff811115615070575f5ffd5b8201601f81018413615080575f5ffd5b803567ffffffffffffffff81111561509a5761509a61501d565b8060051b6040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0603f830116810181811067ffffffffffffffff821117156150e5576150e561501d565b604052918252602081840181019290810187841115615102575f5ffd5b6020850194505b8385101561512557843580825260209586019590935001615109565b509695505050505050565b5f5f5f6101c08486031215615143575f5ffd5b61514d8585614ff1565b925061018084013591506101a084013567ffffffffffffffff811115615171575f5ffd5b84016103408187031215615183575f5ffd5b809150509250925092565b803563ffffffff81168114611ef9575f5ffd5b5f5f604083850312156151b2575f5ffd5b6151bb8361518e565b946020939093013593505050565b5f5f5f6101c084860312156151dc575f5ffd5b6151e68585614ff1565b9561018085013595506101a0909401359392505050565b5f6020828403121561520d575f5ffd5b613a6e8261518e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f63ffffffff83168061528557615285615216565b8063ffffffff84160491505092915050565b808202811582820484141761065557610655615243565b8082018082111561065557610655615243565b5f826152cf576152cf615216565b500490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215615311575f5ffd5b813567ffffffffffffffff81168114613a6e575f5ffd5b67ffffffffffffffff818116838216019081111561065557610655615243565b8082018281125f83128015821682158216171561536757615367615243565b505092915050565b8181035f8312801583831316838312821617156147e3576147e3615243565b5f7f800000000000000000000000000000000000000000000000000000000000000082036153be576153be615243565b505f0390565b5f826153d2576153d2615216565b500690565b8181038181111561065557610655615243565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261541d575f5ffd5b83018035915067ffffffffffffffff821115615437575f5ffd5b6020019150600581901b360382131561544e575f5ffd5b9250929050565b606081525f61549160608301600581527f6d6f64656c000000000000000000000000000000000000000000000000000000602082015260400190565b6020830194909452506040015290565b7f6169726f6c6c75702e6d6f64656c2e763100000000000000000000000000000081527fffffffff000000000000000000000000000000000000000000000000000000008d60e01b1660118201527fffffffff000000000000000000000000000000000000000000000000000000008c60e01b16601582015261554b601982018c60e01b7fffffffff00000000000000000000000000000000000000000000000000000000169052565b61557c601d82018b60e01b7fffffffff00000000000000000000000000000000000000000000000000000000169052565b6155ad602182018a60e01b7fffffffff00000000000000000000000000000000000000000000000000000000169052565b6155de602582018960e01b7fffffffff00000000000000000000000000000000000000000000000000000000169052565b61560f602982018860e01b7fffffffff00000000000000000000000000000000000000000000000000000000169052565b615640602d82018760e01b7fffffffff00000000000000000000000000000000000000000000000000000000169052565b615671603182018660e01b7fffffffff00000000000000000000000000000000000000000000000000000000169052565b6156a2603582018560e01b7fffffffff00000000000000000000000000000000000000000000000000000000169052565b6156d3603982018460e01b7fffffffff00000000000000000000000000000000000000000000000000000000169052565b603d810191909152605d019b9a5050505050505050505050565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa183360301811261571f575f5ffd5b9190910192915050565b5f63ffffffff83168061573e5761573e615216565b8063ffffffff84160691505092915050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361578057615780615243565b5060010190565b8082025f82127f8000000000000000000000000000000000000000000000000000000000000000841416156157be576157be615243565b818105831482151761065557610655615243565b606081525f61549160608301600281527f6b76000000000000000000000000000000000000000000000000000000000000602082015260400190565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112615841575f5ffd5b83018035915067ffffffffffffffff82111561585b575f5ffd5b60200191503681900382131561544e575f5ffd5b604081525f6158ab60408301600281527f6b76000000000000000000000000000000000000000000000000000000000000602082015260400190565b905082602083015292915050565b5f81518060208401855e5f93019283525090919050565b5f613a6b6158de83866158b9565b846158b9565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8183360301811261571f575f5ffd5b5f60208284031215615926575f5ffd5b813560ff81168114613a6e575f5ffd5b818382375f9101908152919050565b606081525f61549160608301600481527f66756c6c00000000000000000000000000000000000000000000000000000000602082015260400190565b604081525f6158ab60408301600481527f66756c6c00000000000000000000000000000000000000000000000000000000602082015260400190565b604081525f6158ab60408301600581527f6d6f64656c00000000000000000000000000000000000000000000000000000060208201526040019056",
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

// PackF32ToFixed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc56e91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function f32ToFixed(uint32 bits, int256 frac) pure returns(int256 v)
func (oneStepVerifier *OneStepVerifier) PackF32ToFixed(bits uint32, frac *big.Int) []byte {
	enc, err := oneStepVerifier.abi.Pack("f32ToFixed", bits, frac)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackF32ToFixed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc56e91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function f32ToFixed(uint32 bits, int256 frac) pure returns(int256 v)
func (oneStepVerifier *OneStepVerifier) TryPackF32ToFixed(bits uint32, frac *big.Int) ([]byte, error) {
	return oneStepVerifier.abi.Pack("f32ToFixed", bits, frac)
}

// UnpackF32ToFixed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fc56e91.
//
// Solidity: function f32ToFixed(uint32 bits, int256 frac) pure returns(int256 v)
func (oneStepVerifier *OneStepVerifier) UnpackF32ToFixed(data []byte) (*big.Int, error) {
	out, err := oneStepVerifier.abi.Unpack("f32ToFixed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x468f531e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function merkleRoot(bytes32[] leaves) pure returns(bytes32)
func (oneStepVerifier *OneStepVerifier) PackMerkleRoot(leaves [][32]byte) []byte {
	enc, err := oneStepVerifier.abi.Pack("merkleRoot", leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMerkleRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x468f531e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function merkleRoot(bytes32[] leaves) pure returns(bytes32)
func (oneStepVerifier *OneStepVerifier) TryPackMerkleRoot(leaves [][32]byte) ([]byte, error) {
	return oneStepVerifier.abi.Pack("merkleRoot", leaves)
}

// UnpackMerkleRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x468f531e.
//
// Solidity: function merkleRoot(bytes32[] leaves) pure returns(bytes32)
func (oneStepVerifier *OneStepVerifier) UnpackMerkleRoot(data []byte) ([32]byte, error) {
	out, err := oneStepVerifier.abi.Unpack("merkleRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackModelLeaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x094b8c91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelLeaves((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg) pure returns(uint256)
func (oneStepVerifier *OneStepVerifier) PackModelLeaves(cfg IOneStepVerifierModelConfig) []byte {
	enc, err := oneStepVerifier.abi.Pack("modelLeaves", cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelLeaves is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x094b8c91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelLeaves((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg) pure returns(uint256)
func (oneStepVerifier *OneStepVerifier) TryPackModelLeaves(cfg IOneStepVerifierModelConfig) ([]byte, error) {
	return oneStepVerifier.abi.Pack("modelLeaves", cfg)
}

// UnpackModelLeaves is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x094b8c91.
//
// Solidity: function modelLeaves((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg) pure returns(uint256)
func (oneStepVerifier *OneStepVerifier) UnpackModelLeaves(data []byte) (*big.Int, error) {
	out, err := oneStepVerifier.abi.Unpack("modelLeaves", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b3de0d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (uint64,uint32,uint32,bytes32[17],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
func (oneStepVerifier *OneStepVerifier) PackStep(cfg IOneStepVerifierModelConfig, modelRoot [32]byte, sp IOneStepVerifierStepProof) []byte {
	enc, err := oneStepVerifier.abi.Pack("step", cfg, modelRoot, sp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b3de0d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (uint64,uint32,uint32,bytes32[17],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
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
// from invoking the contract method with ID 0x8b3de0d7.
//
// Solidity: function step((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,bytes32) cfg, bytes32 modelRoot, (uint64,uint32,uint32,bytes32[17],bytes32[],bytes32,(uint8,uint32,bytes,bytes32[])[],bytes[],(uint64,bytes,bytes32[])[],(uint64,bytes,bytes32[])[]) sp) pure returns(bytes32 pre, bytes32 post)
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
