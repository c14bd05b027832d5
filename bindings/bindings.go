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
	ABI: "[{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"a\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"b\",\"type\":\"int256\"}],\"name\":\"addSat\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"a\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"b\",\"type\":\"int256[]\"}],\"name\":\"addSatBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"logits\",\"type\":\"int32[]\"}],\"name\":\"argmax\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"dot\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"headDim\",\"type\":\"uint256\"}],\"name\":\"attnScore\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"dot\",\"type\":\"int256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"headDim\",\"type\":\"uint256[]\"}],\"name\":\"attnScoreBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"blk\",\"type\":\"bytes\"},{\"internalType\":\"int8[32]\",\"name\":\"q\",\"type\":\"int8[32]\"}],\"name\":\"blockDot\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"a\",\"type\":\"int32[]\"},{\"internalType\":\"int32[]\",\"name\":\"b\",\"type\":\"int32[]\"}],\"name\":\"dotExact\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"row\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"name\":\"dotRow\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"rows\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"name\":\"dotRowBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"y\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"row\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"},{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"}],\"name\":\"dotRowPartial\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int8\",\"name\":\"q\",\"type\":\"int8\"},{\"internalType\":\"int256\",\"name\":\"d24\",\"type\":\"int256\"}],\"name\":\"embed\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int8[]\",\"name\":\"q\",\"type\":\"int8[]\"},{\"internalType\":\"int256[]\",\"name\":\"d24\",\"type\":\"int256[]\"}],\"name\":\"embedBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"blk\",\"type\":\"bytes\"}],\"name\":\"embedBlock\",\"outputs\":[{\"internalType\":\"int32[32]\",\"name\":\"\",\"type\":\"int32[32]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"expNeg\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"}],\"name\":\"expNegBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"acc\",\"type\":\"int256\"}],\"name\":\"finishDot\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"fp16ToD24\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16[]\",\"name\":\"h\",\"type\":\"uint16[]\"}],\"name\":\"fp16ToD24Batch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"left\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"right\",\"type\":\"bytes32\"}],\"name\":\"hashPair\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"isqrt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"n\",\"type\":\"uint256[]\"}],\"name\":\"isqrtBatch\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"r\",\"type\":\"uint256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"x\",\"type\":\"int32[]\"}],\"name\":\"quantize\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"q\",\"type\":\"bytes\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[32]\",\"name\":\"x\",\"type\":\"int32[32]\"}],\"name\":\"quantizeBlock\",\"outputs\":[{\"internalType\":\"int8[32]\",\"name\":\"q\",\"type\":\"int8[32]\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"x\",\"type\":\"int32[]\"}],\"name\":\"quantizeBlockBatch\",\"outputs\":[{\"internalType\":\"int8[]\",\"name\":\"q\",\"type\":\"int8[]\"},{\"internalType\":\"int256[]\",\"name\":\"amax\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"random\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"n\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"rdiv\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"n\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"d\",\"type\":\"int256[]\"}],\"name\":\"rdivBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"w\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"rms\",\"type\":\"int256\"}],\"name\":\"rmsApply\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"w\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"rms\",\"type\":\"int256[]\"}],\"name\":\"rmsApplyBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"sumSq\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"epsQ32\",\"type\":\"int256\"}],\"name\":\"rmsInv\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"sumSq\",\"type\":\"int256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"n\",\"type\":\"uint256[]\"},{\"internalType\":\"int256[]\",\"name\":\"eps\",\"type\":\"int256[]\"}],\"name\":\"rmsInvBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"rootFromProof\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"rootFromProofCalldata\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x0\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"x1\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"c\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"s\",\"type\":\"int256\"}],\"name\":\"ropePair\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"y0\",\"type\":\"int32\"},{\"internalType\":\"int32\",\"name\":\"y1\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x0\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"x1\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"c\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"s\",\"type\":\"int256[]\"}],\"name\":\"ropePairBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"y\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"v\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"rshift\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"v\",\"type\":\"int256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"s\",\"type\":\"uint256[]\"}],\"name\":\"rshiftBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"logits\",\"type\":\"int32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"order\",\"type\":\"uint256[]\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topK\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"}],\"name\":\"sample\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"r\",\"type\":\"uint256\"}],\"name\":\"sampleFromWeights\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"logit\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxLogit\",\"type\":\"int256\"},{\"internalType\":\"uint32\",\"name\":\"temperatureMilli\",\"type\":\"uint32\"}],\"name\":\"sampleWeight\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"logit\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"maxLogit\",\"type\":\"int256[]\"},{\"internalType\":\"uint32[]\",\"name\":\"temperatureMilli\",\"type\":\"uint32[]\"}],\"name\":\"sampleWeightBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"v\",\"type\":\"int256\"}],\"name\":\"sat32\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"v\",\"type\":\"int256[]\"}],\"name\":\"sat32Batch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"sigmoid\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"}],\"name\":\"sigmoidBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"x\",\"type\":\"int256\"}],\"name\":\"silu\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"x\",\"type\":\"int256[]\"}],\"name\":\"siluBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"e\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"sum\",\"type\":\"int256\"}],\"name\":\"softmaxProb\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"e\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"sum\",\"type\":\"int256[]\"}],\"name\":\"softmaxProbBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"score\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"maxScore\",\"type\":\"int256\"}],\"name\":\"softmaxWeight\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"score\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"maxScore\",\"type\":\"int256[]\"}],\"name\":\"softmaxWeightBatch\",\"outputs\":[{\"internalType\":\"int256[]\",\"name\":\"r\",\"type\":\"int256[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int32[]\",\"name\":\"x\",\"type\":\"int32[]\"}],\"name\":\"sumSquares\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"g\",\"type\":\"int256\"},{\"internalType\":\"int256\",\"name\":\"u\",\"type\":\"int256\"}],\"name\":\"swiglu\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"g\",\"type\":\"int256[]\"},{\"internalType\":\"int256[]\",\"name\":\"u\",\"type\":\"int256[]\"}],\"name\":\"swigluBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"},{\"internalType\":\"uint32\",\"name\":\"topPMicro\",\"type\":\"uint32\"}],\"name\":\"topPKeep\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"oldLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"update\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"oldLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newLeaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"updateCalldata\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyCalldata\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"acc\",\"type\":\"int256\"}],\"name\":\"weightedSumFinish\",\"outputs\":[{\"internalType\":\"int32\",\"name\":\"\",\"type\":\"int32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256[]\",\"name\":\"acc\",\"type\":\"int256[]\"}],\"name\":\"weightedSumFinishBatch\",\"outputs\":[{\"internalType\":\"int32[]\",\"name\":\"r\",\"type\":\"int32[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockIndex\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"name\":\"AmaxOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"InvalidOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"}],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rowBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quantBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NegativeInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotProbability\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d24\",\"type\":\"int256\"}],\"name\":\"ScaleOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"WeightOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroTotalWeight\",\"type\":\"error\"}]",
	ID:  "fb7d431246867b91a964b702d09e4659e4",
	Bin: "0x6080604052348015600e575f5ffd5b506149708061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106103a9575f3560e01c80638428ff84116101ea578063b6b0289011610114578063e2d3139d116100a9578063f0b7cf7111610079578063f0b7cf71146108a9578063f31d3b2b146108bc578063f74e05bc146108cf578063fa36e247146108e2575f5ffd5b8063e2d3139d1461085d578063e830d2a014610870578063ec20320b14610883578063ec282a8214610896575f5ffd5b8063c7ee85c6116100e4578063c7ee85c614610804578063cc06522414610824578063cd0df86d14610837578063d33636ae1461084a575f5ffd5b8063b6b02890146107b8578063bcfccb35146107cb578063c1f4f955146107de578063c43cea75146107f1575f5ffd5b8063a37fbbf01161018a578063ab4174021161015a578063ab4174021461075f578063ac76432214610772578063ac944d4414610785578063b1689b5414610798575f5ffd5b8063a37fbbf014610705578063a806e3d114610718578063a9a688861461072b578063ab317de31461073e575f5ffd5b806396665242116101c557806396665242146106a95780639a9d3bdc146106bc5780639ee34e78146106cf5780639f49493b146106e2575f5ffd5b80638428ff84146106705780638545fa1a1461068357806389f5048514610696575f5ffd5b806350cc7a0c116102d6578063669e64861161026b5780636cca73f21161023b5780636cca73f21461060a5780637468ba651461061d578063787b4d5c1461064a578063822512ac1461065d575f5ffd5b8063669e6486146105b057806367fe9add146105c357806367ffab8b146105d65780636b0be757146105e9575f5ffd5b80635e96e19d116102a65780635e96e19d14610564578063638a59ff146105775780636562fc401461058a57806366088c7f1461059d575f5ffd5b806350cc7a0c1461050a57806353a704101461051d578063556911561461053e5780635646488414610551575f5ffd5b80633695a9401161034c578063455848fa1161031c578063455848fa146104be5780634819cabb146104d15780634e8ee274146104e45780634f10ef6d146104f7575f5ffd5b80633695a940146104725780633d8da41514610485578063437c2f251461049857806345066bc5146104ab575f5ffd5b80631b2832db116103875780631b2832db1461041957806320b7f8951461042c57806325c7add01461044c5780632b9fdbdf1461045f575f5ffd5b80630b7dd8d7146103ad5780630f6e55e7146103d85780631a5bed62146103f8575b5f5ffd5b6103c06103bb366004613a38565b6108f5565b60405160039190910b81526020015b60405180910390f35b6103eb6103e6366004613b8a565b610905565b6040516103cf9190613c8b565b61040b610406366004613cd0565b6109b0565b6040519081526020016103cf565b61040b610427366004613d6c565b6109c4565b61043f61043a366004613de4565b6109ce565b6040516103cf9190613e88565b61043f61045a366004613e9a565b610aa6565b61040b61046d366004613d6c565b610b51565b61040b610480366004613ed8565b610b5b565b6103c0610493366004613ed8565b610b76565b6103eb6104a6366004613de4565b610b81565b61043f6104b9366004613ef8565b610c66565b61040b6104cc366004613f94565b610d66565b6103eb6104df366004613e9a565b610d72565b61040b6104f2366004613fdc565b610e10565b6103c0610505366004613ed8565b610e1b565b61040b610518366004614026565b610e26565b61053061052b366004613d6c565b610e3c565b6040516103cf92919061405c565b61040b61054c3660046140b5565b610e51565b61040b61055f366004613a38565b610e6f565b6103c0610572366004614161565b610f1a565b61040b6105853660046141af565b610f26565b6103eb610598366004613e9a565b610f31565b61040b6105ab3660046141f0565b610fcf565b61043f6105be366004613de4565b610fda565b61040b6105d1366004613a38565b6110a9565b61043f6105e4366004613de4565b6110b3565b6105fc6105f7366004614253565b611182565b6040516103cf9291906142b0565b61040b610618366004613ed8565b611194565b61063061062b3660046142eb565b61119f565b60408051600393840b81529190920b6020820152016103cf565b61040b610658366004613ed8565b6111ba565b6103eb61066b366004613de4565b6111c5565b61043f61067e366004613e9a565b61129c565b6103c061069136600461432a565b611332565b61040b6106a4366004614352565b61133d565b6103c06106b7366004613cd0565b611352565b6103eb6106ca366004613de4565b61135e565b61040b6106dd366004613a38565b611435565b6106f56106f0366004614373565b61143f565b60405190151581526020016103cf565b6106f56107133660046143c8565b61144c565b61040b610726366004613ed8565b611464565b6103eb610739366004613ef8565b61146f565b61075161074c366004613e9a565b61156c565b6040516103cf929190614423565b61040b61076d366004614472565b61175a565b61040b610780366004614493565b611764565b61040b6107933660046144c4565b611772565b6107ab6107a6366004613e9a565b611780565b6040516103cf9190614522565b61040b6107c6366004613ed8565b6118ba565b61040b6107d9366004614559565b6118c5565b6103eb6107ec36600461458b565b6118d1565b6103eb6107ff366004613e9a565b611a45565b610817610812366004614493565b611ae3565b6040516103cf9190614655565b6103c0610832366004613a38565b611af4565b6103eb610845366004613de4565b611afe565b61043f610858366004613de4565b611bd5565b61043f61086b366004613e9a565b611ca4565b61040b61087e366004614680565b611d3a565b61043f610891366004613ef8565b611d48565b6103c06108a4366004613a38565b611e4b565b6103c06108b7366004613ed8565b611e55565b61040b6108ca36600461471c565b611e60565b6103c06108dd366004613a38565b611e6f565b61040b6108f0366004614762565b611e79565b5f6108ff82611e84565b92915050565b606083516001600160401b0381111561092057610920613a4f565b604051908082528060200260200182016040528015610949578160200160208202803683370190505b5090505f5b84518110156109a85761097b85828151811061096c5761096c6147f7565b60200260200101518585611e9b565b82828151811061098d5761098d6147f7565b60039290920b6020928302919091019091015260010161094e565b509392505050565b5f6109bc848484611eb2565b949350505050565b5f6108ff82611fd2565b60608382146109f0576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610a0857610a08613a4f565b604051908082528060200260200182016040528015610a31578160200160208202803683370190505b5090505f5b84811015610a9d57610a78868683818110610a5357610a536147f7565b90506020020135858584818110610a6c57610a6c6147f7565b90506020020135612035565b828281518110610a8a57610a8a6147f7565b6020908102919091010152600101610a36565b50949350505050565b6060816001600160401b03811115610ac057610ac0613a4f565b604051908082528060200260200182016040528015610ae9578160200160208202803683370190505b5090505f5b82811015610b4a57610b25848483818110610b0b57610b0b6147f7565b9050602002016020810190610b209190614472565b612060565b828281518110610b3757610b376147f7565b6020908102919091010152600101610aee565b5092915050565b5f6108ff8261209c565b5f8281526020829052604081208284171515025b9392505050565b5f610b6f83836120cf565b6060838214610ba3576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610bbb57610bbb613a4f565b604051908082528060200260200182016040528015610be4578160200160208202803683370190505b5090505f5b84811015610a9d57610c39868683818110610c0657610c066147f7565b9050602002016020810190610c1b919061480b565b858584818110610c2d57610c2d6147f7565b90506020020135612206565b828281518110610c4b57610c4b6147f7565b60039290920b60209283029190910190910152600101610be9565b60608584141580610c775750838214155b15610c95576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115610cad57610cad613a4f565b604051908082528060200260200182016040528015610cd6578160200160208202803683370190505b5090505f5b84811015610d5b57610d36888883818110610cf857610cf86147f7565b90506020020135878784818110610d1157610d116147f7565b90506020020135868685818110610d2a57610d2a6147f7565b90506020020135611eb2565b828281518110610d4857610d486147f7565b6020908102919091010152600101610cdb565b509695505050505050565b5f6109bc84848461229a565b6060816001600160401b03811115610d8c57610d8c613a4f565b604051908082528060200260200182016040528015610db5578160200160208202803683370190505b5090505f5b82811015610b4a57610de3848483818110610dd757610dd76147f7565b9050602002013561232b565b828281518110610df557610df56147f7565b60039290920b60209283029190910190910152600101610dba565b5f610b6f838361235a565b5f610b6f8383612415565b5f610e3385858585612435565b95945050505050565b606080610e48836124c2565b91509150915091565b5f610e618888888888888861267f565b90505b979650505050505050565b5f60016fffffffffffffffffffffffffffffffff831160071b83811c6001600160401b031060061b1783811c63ffffffff1060051b1783811c61ffff1060041b1783811c60ff10600390811b90911784811c600f10600290811b90911785811c909210831b90911784811c83101701811c81811b9084901c01811c80840401811c80840401811c80840401811c80840401811c80840401811c80840401901c808304811190036108ff565b5f6109bc848484611e9b565b5f610b6f8383612869565b6060816001600160401b03811115610f4b57610f4b613a4f565b604051908082528060200260200182016040528015610f74578160200160208202803683370190505b5090505f5b82811015610b4a57610fa2848483818110610f9657610f966147f7565b90506020020135612916565b828281518110610fb457610fb46147f7565b60039290920b60209283029190910190910152600101610f79565b5f610b6f8383612925565b6060838214610ffc576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b0381111561101457611014613a4f565b60405190808252806020026020018201604052801561103d578160200160208202803683370190505b5090505f5b84811015610a9d5761108486868381811061105f5761105f6147f7565b90506020020135858584818110611078576110786147f7565b9050602002013561299e565b828281518110611096576110966147f7565b6020908102919091010152600101611042565b5f6108ff82612a08565b60608382146110d5576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b038111156110ed576110ed613a4f565b604051908082528060200260200182016040528015611116578160200160208202803683370190505b5090505f5b84811015610a9d5761115d868683818110611138576111386147f7565b90506020020135858584818110611151576111516147f7565b90506020020135612a1b565b82828151811061116f5761116f6147f7565b602090810291909101015260010161111b565b61118a613a19565b5f610e4883612a82565b5f610b6f8383612035565b5f5f6111ad86868686612b17565b9150915094509492505050565b5f610b6f838361299e565b60608382146111e7576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b038111156111ff576111ff613a4f565b604051908082528060200260200182016040528015611228578160200160208202803683370190505b5090505f5b84811015610a9d5761126f86868381811061124a5761124a6147f7565b90506020020135858584818110611263576112636147f7565b90506020020135612ba8565b828281518110611281576112816147f7565b60039290920b6020928302919091019091015260010161122d565b6060816001600160401b038111156112b6576112b6613a4f565b6040519080825280602002602001820160405280156112df578160200160208202803683370190505b5090505f5b82811015610b4a5761130d848483818110611301576113016147f7565b90506020020135612a08565b82828151811061131f5761131f6147f7565b60209081029190910101526001016112e4565b5f610b6f8383612206565b5f82815260c082901b60205260288120610b6f565b5f6109bc848484612c08565b6060838214611380576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b0381111561139857611398613a4f565b6040519080825280602002602001820160405280156113c1578160200160208202803683370190505b5090505f5b84811015610a9d576114088686838181106113e3576113e36147f7565b905060200201358585848181106113fc576113fc6147f7565b905060200201356120cf565b82828151811061141a5761141a6147f7565b60039290920b602092830291909101909101526001016113c6565b5f6108ff82612c31565b5f610e3385858585612c44565b5f61145a8686868686612c5b565b9695505050505050565b5f610b6f8383612c74565b606085841415806114805750838214155b1561149e576040516305f8ded760e21b815260040160405180910390fd5b856001600160401b038111156114b6576114b6613a4f565b6040519080825280602002602001820160405280156114df578160200160208202803683370190505b5090505f5b86811015610d5b5761153f888883818110611501576115016147f7565b9050602002013587878481811061151a5761151a6147f7565b90506020020135868685818110611533576115336147f7565b90506020020135612c08565b828281518110611551576115516147f7565b60039290920b602092830291909101909101526001016114e4565b60608061157a602084614838565b15611598576040516305f8ded760e21b815260040160405180910390fd5b5f6115a460208561485f565b9050836001600160401b038111156115be576115be613a4f565b6040519080825280602002602001820160405280156115e7578160200160208202803683370190505b509250806001600160401b0381111561160257611602613a4f565b60405190808252806020026020018201604052801561162b578160200160208202803683370190505b5091505f5b8181101561175157611640613a19565b5f5b60208110156116ae57878782611659866020614872565b6116639190614889565b818110611672576116726147f7565b9050602002016020810190611687919061489c565b828260208110611699576116996147f7565b60039290920b60209092020152600101611642565b505f5f6116ba83612a82565b915091505f5b6020811015611723578281602081106116db576116db6147f7565b602002015188828760206116ef9190614872565b6116f99190614889565b81518110611709576117096147f7565b5f9290920b602092830291909101909101526001016116c0565b5080868581518110611737576117376147f7565b602002602001018181525050505050806001019050611630565b50509250929050565b5f6108ff82612060565b805160208201205f906108ff565b5f61145a8686868686612cce565b6060816001600160401b0381111561179a5761179a613a4f565b6040519080825280602002602001820160405280156117c3578160200160208202803683370190505b5090505f5b82811015610b4a576118958484838181106117e5576117e56147f7565b9050602002013560016fffffffffffffffffffffffffffffffff821160071b82811c6001600160401b031060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b8282815181106118a7576118a76147f7565b60209081029190910101526001016117c8565b5f610b6f8383612a1b565b5f6109bc848484612da3565b606087861415806118e25750858414155b806118ed5750838214155b1561190b576040516305f8ded760e21b815260040160405180910390fd5b611916886002614872565b6001600160401b0381111561192d5761192d613a4f565b604051908082528060200260200182016040528015611956578160200160208202803683370190505b5090505f5b88811015611a38576119cf8a8a83818110611978576119786147f7565b90506020020135898984818110611991576119916147f7565b905060200201358888858181106119aa576119aa6147f7565b905060200201358787868181106119c3576119c36147f7565b90506020020135612b17565b836119db846002614872565b815181106119eb576119eb6147f7565b6020026020010184846002611a009190614872565b611a0b906001614889565b81518110611a1b57611a1b6147f7565b600393840b602091820292909201015291900b905260010161195b565b5098975050505050505050565b6060816001600160401b03811115611a5f57611a5f613a4f565b604051908082528060200260200182016040528015611a88578160200160208202803683370190505b5090505f5b82811015610b4a57611ab6848483818110611aaa57611aaa6147f7565b90506020020135612e07565b828281518110611ac857611ac86147f7565b60039290920b60209283029190910190910152600101611a8d565b611aeb613a19565b6108ff82612e1a565b5f6108ff82612916565b6060838214611b20576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611b3857611b38613a4f565b604051908082528060200260200182016040528015611b61578160200160208202803683370190505b5090505f5b84811015610a9d57611ba8868683818110611b8357611b836147f7565b90506020020135858584818110611b9c57611b9c6147f7565b90506020020135612415565b828281518110611bba57611bba6147f7565b60039290920b60209283029190910190910152600101611b66565b6060838214611bf7576040516305f8ded760e21b815260040160405180910390fd5b836001600160401b03811115611c0f57611c0f613a4f565b604051908082528060200260200182016040528015611c38578160200160208202803683370190505b5090505f5b84811015610a9d57611c7f868683818110611c5a57611c5a6147f7565b90506020020135858584818110611c7357611c736147f7565b90506020020135612c74565b828281518110611c9157611c916147f7565b6020908102919091010152600101611c3d565b6060816001600160401b03811115611cbe57611cbe613a4f565b604051908082528060200260200182016040528015611ce7578160200160208202803683370190505b5090505f5b82811015610b4a57611d15848483818110611d0957611d096147f7565b90506020020135612c31565b828281518110611d2757611d276147f7565b6020908102919091010152600101611cec565b5f61145a8686868686612ef8565b60608584141580611d595750838214155b15611d77576040516305f8ded760e21b815260040160405180910390fd5b856001600160401b03811115611d8f57611d8f613a4f565b604051908082528060200260200182016040528015611db8578160200160208202803683370190505b5090505f5b86811015610d5b57611e26888883818110611dda57611dda6147f7565b90506020020135878784818110611df357611df36147f7565b90506020020135868685818110611e0c57611e0c6147f7565b9050602002016020810190611e2191906148b5565b612da3565b828281518110611e3857611e386147f7565b6020908102919091010152600101611dbd565b5f6108ff8261232b565b5f610b6f8383612ba8565b5f610e64878787878787613262565b5f6108ff82612e07565b5f610b6f838361332f565b5f6108ff611e9683637f000000612a1b565b61232b565b5f6109bc611ead8585855f8751612ef8565b611e84565b5f5f841215611edc576040516338e756a760e21b8152600481018590526024015b60405180910390fd5b5f821215611f00576040516338e756a760e21b815260048101839052602401611ed3565b825f03611f205760405163011ee73b60e21b815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b80515f90808203611ff65760405163a447fc5360e01b815260040160405180910390fd5b60208301805160030b60015b8381101561202c578060051b83015160030b82811315612023578092508195505b50600101612002565b50505050919050565b5f61203f83613427565b61204882613427565b610b6f612058611e9684866148ce565b60030b61347a565b5f601f600a83901c8116900361208f57604051632548acfb60e11b815261ffff83166004820152602401611ed3565b6108ff8261ffff1661360a565b5f60208201825160051b81015b808210156120c857815160030b800292909201916020909101906120a9565b5050919050565b5f815f036120f05760405163011ee73b60e21b815260040160405180910390fd5b5f6121af6121068467100000000000000061485f565b60016fffffffffffffffffffffffffffffffff821160071b82811c6001600160401b031060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b90505f6121c0611e9686601061299e565b60030b90505f82820290811263200000000301601e1d637fffffff198112156121eb5750637fffffff195b637fffffff811315610e335750637fffffff95945050505050565b5f64ffffffffff19821315806122225750650100000000008212155b1561225c576040517f5c59932800000000000000000000000000000000000000000000000000000000815260048101839052602401611ed3565b5f83810b83029081126080030160081d637fffffff198112156122815750637fffffff195b637fffffff811315610b6f5750637fffffff9392505050565b80515f90610100811080156122b0575083811c15155b156122d8576040516394666f0d60e01b81526004810185905260248101829052604401611ed3565b849150602083018160051b81015b80821015612321576001861660051b825180861715158683528160208418528060405f200296505050508560011c95506020820191506122e6565b5050509392505050565b5f637fffffff1982121561234257637fffffff1991505b637fffffff82131561235657637fffffff91505b5090565b81515f9080820361237e5760405163a447fc5360e01b815260040160405180910390fd5b5f612389858361363a565b905063ffffffff841615806123a75750620f42408463ffffffff1610155b156123b4575090506108ff565b63ffffffff841681025f805b84811015612409578781815181106123da576123da6147f7565b6020026020010151820191508282620f424002106124015760010194506108ff9350505050565b6001016123c0565b50929695505050505050565b5f61241f83613427565b61242882613427565b610b6f611e9683856148ed565b5f8161010081108015612449575084811c15155b15612471576040516394666f0d60e01b81526004810186905260248101829052604401611ed3565b859150838160051b81015b808210156124b7576001871660051b823580861715158683528160208418528060405f200296505050508660011c965060208201915061247c565b505050949350505050565b805160609081908015806124df57506124dc602082614838565b15155b15612519576040517fc67eee4b00000000000000000000000000000000000000000000000000000000815260048101829052602401611ed3565b5f61252560208361485f565b9050816001600160401b0381111561253f5761253f613a4f565b6040519080825280601f01601f191660200182016040528015612569576020820181803683370190505b509350806001600160401b0381111561258457612584613a4f565b6040519080825280602002602001820160405280156125ad578160200160208202803683370190505b5092506020850160208501602085018360051b81015b80821015612674575f5f5b6104008110156125ff578086015160030b5f8112156125ea575f035b828111156125f6578092505b506020016125ce565b50808352801561265b578060011c5f5b602081101561265857607f8160051b88015160030b025f5f82125f8114612640578585845f0301045f039150612648565b858584010491505b508083890153505060010161260f565b50505b50610400840193506020830192506020820191506125c3565b505050505050915091565b5f8563ffffffff165f0361269d5761269688611fd2565b9050610e64565b87515f8190036126c05760405163a447fc5360e01b815260040160405180910390fd5b5f5f8763ffffffff161180156126db5750818763ffffffff16105b6126e557816126ed565b8663ffffffff165b905080895114612715578851604051631ec9f4d560e31b8152600401611ed391815260200190565b6127218a8a84846136b0565b5f816001600160401b0381111561273a5761273a613a4f565b604051908082528060200260200182016040528015612763578160200160208202803683370190505b5090505f8b8b5f8151811061277a5761277a6147f7565b602002602001015181518110612792576127926147f7565b602002602001015160030b90505f5b8381101561280e576127e98d8d83815181106127bf576127bf6147f7565b6020026020010151815181106127d7576127d76147f7565b602002602001015160030b838d612da3565b8382815181106127fb576127fb6147f7565b60209081029190910101526001016127a1565b505f61281a838a61235a565b90508083528b61283f8461283a8b8b5f91825260c01b6020526028902090565b612869565b8151811061284f5761284f6147f7565b602002602001015195505050505050979650505050505050565b81515f9081612878858361363a565b9050805f036128b3576040517f098404de00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8185816128c3576128c3614824565b0690505f5f5b8481101561290b578781815181106128e3576128e36147f7565b602002602001015182019150828211156129035794506108ff9350505050565b6001016128c9565b505050505092915050565b5f6108ff611e9683601e61299e565b5f815183511461295f5782518251604051638ee979f560e01b81526004810183905260248101919091526044810191909152606401611ed3565b60208301806020840103845160051b82015b80831015612995578183015160030b835160030b0284019350602083019250612971565b50505092915050565b5f8115806129ac575060ff82115b156129e6576040517f2637497000000000000000000000000000000000000000000000000000000000815260048101839052602401611ed3565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b5f612a1282613427565b6108ff82613881565b5f5f8213612a58576040517f7040adc300000000000000000000000000000000000000000000000000000000815260048101839052602401611ed3565b5f8312838115612a6857845f0390505b838460011c8201049250508015610b4a57505f0392915050565b612a8a613a19565b5f5f5b610400811015612abe578084015160030b5f811215612aa9575f035b82811115612ab5578092505b50602001612a8d565b508015612b12578060011c5f5b610400811015612b0f578481015160030b607f025f8082128015612af9578585845f0301045f039150612b01565b858584010491505b508583015250602001612acb565b50505b915091565b5f5f612b2286613427565b612b2b85613427565b612b3484613427565b612b3d83613427565b612b7d565b5f81126320000000038101601e1d637fffffff19811215612b655750637fffffff195b637fffffff811315612b785750637fffffff5b919050565b612b8c83860285880203612b42565b9150612b9d84860284880201612b42565b905094509492505050565b5f612bb283613427565b612bbb82613427565b5f612bc5846138e0565b60030b90505f838202908112618000030160101d637fffffff19811215612bee5750637fffffff195b637fffffff8113156109bc5750637fffffff949350505050565b5f612c1284613427565b612c1b83613427565b6109bc611e96612c2b8587614914565b84612a1b565b5f612c3b82613427565b6108ff8261347a565b5f84612c5185858561229a565b1495945050505050565b5f85612c6986868686612435565b149695505050505050565b5f5f831280612c865750634000000083135b15612cc0576040517f83e61a2c00000000000000000000000000000000000000000000000000000000815260048101849052602401611ed3565b610b6f601e84901b83612a1b565b80515f9061010081108015612ce4575083811c15155b15612d0c576040516394666f0d60e01b81526004810185905260248101829052604401611ed3565b5f869050859250602084018260051b81015b80821015612d6c576001871660051b602081188351808617151581891715158785528284528160405f200297508985528060405f2002995050505050508660011c9650602082019150612d1e565b5050878114612d9857604051633c6db5f960e01b81526004810189905260248101829052604401611ed3565b505095945050505050565b5f612dad84613427565b612db683613427565b8163ffffffff165f03612ddc5760405163011ee73b60e21b815260040160405180910390fd5b6109bc612058611e96612def86886148ce565b612dfb906103e8614914565b8563ffffffff16612a1b565b5f612e1182613427565b6108ff826138e0565b612e22613a19565b6022825114612e4957815160405163d49782d960e01b8152600401611ed391815260200190565b602082015160228301515f82901a60019290921a60081b9190911790601f600a83901c81169003612e9357604051632548acfb60e11b815261ffff83166004820152602401611ed3565b5f612ea18361ffff1661360a565b90505f5b602081101561202c575f83821a810b83029081126080030160081d637fffffff19811215612ed55750637fffffff195b637fffffff811315612ee85750637fffffff5b600582901b860152600101612ea5565b82515f90612f07602282614872565b8751141580612f215750612f1c602082614872565b865114155b15612f535786518651604051638ee979f560e01b81526004810192909252602482015260448101829052606401611ed3565b82841180612f6057508083115b15612fa8576040517f3fe8c999000000000000000000000000000000000000000000000000000000008152600481018590526024810184905260448101829052606401611ed3565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b808210156132425783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f831417156130155760208d01850360051c6001019750505050613242565b80156132285781151580600a1b6103ff8516178184031b905083600f1c1561303a575f035b8651600289810151627fff807e010001000100010001000100010001000100010001000100010001000100017f80808080808080808080808080808080808080808080808080808080808080809283187eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff818116600883811c8316919091019590971881811681891c831601959095019290920260e91c929092167c0100000001000000010000000100000001000000010000000100000001600385811c7f010101010101010101010101010101010101010101010101010101010101010190811660ff9081028716808716908b1c871601831b888a1c831682028816808816908c1c8816018a1b60018a811c851684028a16808a16908e1c8a1601811b858c1685028b16808b16908f1c8b16010191909101919091017dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff818116601092831c82160160078c901c861685028b16808b16908f1c8b160190961b60068c901c861685028b16808b16908f1c8b1601909c1b60058c901c861685028b16808b16908f1c8b160190931b60049b8c1c95909516939093029098168088169b1c90961699909901019390930195909501868116931c959095169190910190911b010260e01c03620800000102810299909901985b505050602284019350602083019250602082019150612fce565b50505050805f14612d9857612d98888761325d600185614943565b613917565b5f8161010081108015613276575084811c15155b1561329e576040516394666f0d60e01b81526004810186905260248101829052604401611ed3565b8591508684600583901b81015b808210156132f7576001881660051b8235808517151581881715158684528260208518528160405f200296508884528060405f20029850505050508760011c97506020820191506132ab565b505088811461332357604051633c6db5f960e01b8152600481018a905260248101829052604401611ed3565b50509695505050505050565b5f602283511461335757825160405163d49782d960e01b8152600401611ed391815260200190565b604080516022808252606082019092525f9160208201818036833750506040805160208082528183019092529293505f929150808201818036833750506040805160018082528183019092529293505f929150602080830190803683370190505090506001815f815181106133ce576133ce6147f7565b60200260200101818152505060228601516022840152600160208401535f5f5b60208110156134135760ff8160051b880151168260081b1791506001810190506133ee565b50602083015261145a8383835f6001612ef8565b637fffffff1981128061343d5750637fffffff81135b15613477576040517fe92ac66b00000000000000000000000000000000000000000000000000000000815260048101829052602401611ed3565b50565b5f5f821280156135fc57618000635c551d95845f03020160101c80601e1c601f8110156135f557633fffffff82166008606c196134c38284025f811263200000000301601e1d90565b01905061058b6134df8383025f811263200000000301601e1d90565b019050613ff8196134fc8383025f811263200000000301601e1d90565b019050620286126135198383025f811263200000000301601e1d90565b0190506215d87f196135378383025f811263200000000301601e1d90565b019050629d955b6135548383025f811263200000000301601e1d90565b01905063038d611a196135738383025f811263200000000301601e1d90565b019050630f5fdf006135918383025f811263200000000301601e1d90565b019050632c5c85fd196135b08383025f811263200000000301601e1d90565b01905063400000006135ce8383025f811263200000000301601e1d90565b0190508280156135ed575f821260018086031b038201841d96506135f1565b8196505b5050505b5050613604565b634000000091505b50919050565b5f601f82600a1c1680151580600a1b6103ff8516178183031b92505050600182600f1c1615612b78575f03919050565b5f5f5b82811015610b4a575f848281518110613658576136586147f7565b6020026020010151905063400000008111156136a3576040517f8a3c39f400000000000000000000000000000000000000000000000000000000815260048101829052602401611ed3565b919091019060010161363d565b5f60086136be8460ff614889565b901c6001600160401b038111156136d7576136d7613a4f565b604051908082528060200260200182016040528015613700578160200160208202803683370190505b5090505f5f5b838110156137f1575f868281518110613721576137216147f7565b6020026020010151905085811061374e57604051631ec9f4d560e31b815260048101839052602401611ed3565b7f1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0600382901c1684016020018051600160ff84161b80821790925216158015906137ae57604051631ec9f4d560e31b815260048101849052602401611ed3565b5f831180156137c557506137c38985846139b5565b155b156137e657604051631ec9f4d560e31b815260048101849052602401611ed3565b509150600101613706565b5083831015613879575f5b84811015613877577f1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0600382901c1683016020015160ff82161c6001168015801561384d575061384d8883856139b5565b1561386e57604051631ec9f4d560e31b815260048101869052602401611ed3565b506001016137fc565b505b505050505050565b5f5f82126138ba575f61389b61389684614956565b61347a565b634000000001671000000000000000600182901c01049150612b789050565b5f6138c48361347a565b63400000008101601e9190911b600182901c0104915050919050565b5f5f6138eb83613881565b90505f83820290811263200000000301601e1d637fffffff198112156122815750637fffffff19610b6f565b602281028301602001515f81901a60019190911a60081b17601f600a82901c8116900361395d57604051632548acfb60e11b815261ffff82166004820152602401611ed3565b81838381518110613970576139706147f7565b60200260200101516040517fb1ca2eae000000000000000000000000000000000000000000000000000000008152600401611ed3929190918252602082015260400190565b5f5f8484815181106139c9576139c96147f7565b602002602001015190505f8584815181106139e6576139e66147f7565b602002602001015190508060030b8260030b138061145a57508060030b8260030b14801561145a57505050911092915050565b6040518061040001604052806020906020820280368337509192915050565b5f60208284031215613a48575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715613a8b57613a8b613a4f565b604052919050565b5f6001600160401b03821115613aab57613aab613a4f565b5060051b60200190565b5f82601f830112613ac4575f5ffd5b81356001600160401b03811115613add57613add613a4f565b613af0601f8201601f1916602001613a63565b818152846020838601011115613b04575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f82601f830112613b2f575f5ffd5b8135613b42613b3d82613a93565b613a63565b8082825260208201915060208360051b860101925085831115613b63575f5ffd5b602085015b83811015613b80578035835260209283019201613b68565b5095945050505050565b5f5f5f60608486031215613b9c575f5ffd5b83356001600160401b03811115613bb1575f5ffd5b8401601f81018613613bc1575f5ffd5b8035613bcf613b3d82613a93565b8082825260208201915060208360051b850101925088831115613bf0575f5ffd5b602084015b83811015613c305780356001600160401b03811115613c12575f5ffd5b613c218b602083890101613ab5565b84525060209283019201613bf5565b50955050505060208401356001600160401b03811115613c4e575f5ffd5b613c5a86828701613ab5565b92505060408401356001600160401b03811115613c75575f5ffd5b613c8186828701613b20565b9150509250925092565b602080825282518282018190525f918401906040840190835b81811015613cc557835160030b835260209384019390920191600101613ca4565b509095945050505050565b5f5f5f60608486031215613ce2575f5ffd5b505081359360208301359350604090920135919050565b8035600381900b8114612b78575f5ffd5b5f82601f830112613d19575f5ffd5b8135613d27613b3d82613a93565b8082825260208201915060208360051b860101925085831115613d48575f5ffd5b602085015b83811015613b8057613d5e81613cf9565b835260209283019201613d4d565b5f60208284031215613d7c575f5ffd5b81356001600160401b03811115613d91575f5ffd5b6109bc84828501613d0a565b5f5f83601f840112613dad575f5ffd5b5081356001600160401b03811115613dc3575f5ffd5b6020830191508360208260051b8501011115613ddd575f5ffd5b9250929050565b5f5f5f5f60408587031215613df7575f5ffd5b84356001600160401b03811115613e0c575f5ffd5b613e1887828801613d9d565b90955093505060208501356001600160401b03811115613e36575f5ffd5b613e4287828801613d9d565b95989497509550505050565b5f8151808452602084019350602083015f5b82811015613e7e578151865260209586019590910190600101613e60565b5093949350505050565b602081525f610b6f6020830184613e4e565b5f5f60208385031215613eab575f5ffd5b82356001600160401b03811115613ec0575f5ffd5b613ecc85828601613d9d565b90969095509350505050565b5f5f60408385031215613ee9575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60608789031215613f0d575f5ffd5b86356001600160401b03811115613f22575f5ffd5b613f2e89828a01613d9d565b90975095505060208701356001600160401b03811115613f4c575f5ffd5b613f5889828a01613d9d565b90955093505060408701356001600160401b03811115613f76575f5ffd5b613f8289828a01613d9d565b979a9699509497509295939492505050565b5f5f5f60608486031215613fa6575f5ffd5b833592506020840135915060408401356001600160401b03811115613c75575f5ffd5b803563ffffffff81168114612b78575f5ffd5b5f5f60408385031215613fed575f5ffd5b82356001600160401b03811115614002575f5ffd5b61400e85828601613b20565b92505061401d60208401613fc9565b90509250929050565b5f5f5f5f60608587031215614039575f5ffd5b843593506020850135925060408501356001600160401b03811115613e36575f5ffd5b604081525f83518060408401528060208601606085015e5f60608285010152601f19601f820116830190506060838203016020840152610e336060820185613e4e565b80356001600160401b0381168114612b78575f5ffd5b5f5f5f5f5f5f5f60e0888a0312156140cb575f5ffd5b87356001600160401b038111156140e0575f5ffd5b6140ec8a828b01613d0a565b97505060208801356001600160401b03811115614107575f5ffd5b6141138a828b01613b20565b96505061412260408901613fc9565b945061413060608901613fc9565b935061413e60808901613fc9565b925060a0880135915061415360c0890161409f565b905092959891949750929550565b5f5f5f60608486031215614173575f5ffd5b83356001600160401b03811115614188575f5ffd5b61419486828701613ab5565b93505060208401356001600160401b03811115613c4e575f5ffd5b5f5f604083850312156141c0575f5ffd5b82356001600160401b038111156141d5575f5ffd5b6141e185828601613b20565b95602094909401359450505050565b5f5f60408385031215614201575f5ffd5b82356001600160401b03811115614216575f5ffd5b61422285828601613d0a565b92505060208301356001600160401b0381111561423d575f5ffd5b61424985828601613d0a565b9150509250929050565b5f6104008284031215614264575f5ffd5b82601f830112614272575f5ffd5b61040061427e81613a63565b90830190808583111561428f575f5ffd5b845b83811015613b80576142a281613cf9565b835260209283019201614291565b610420810181845f5b60208110156142da5781515f0b8352602092830192909101906001016142b9565b505050826104008301529392505050565b5f5f5f5f608085870312156142fe575f5ffd5b5050823594602084013594506040840135936060013592509050565b80355f81900b8114612b78575f5ffd5b5f5f6040838503121561433b575f5ffd5b6143448361431a565b946020939093013593505050565b5f5f60408385031215614363575f5ffd5b8235915061401d6020840161409f565b5f5f5f5f60808587031215614386575f5ffd5b84359350602085013592506040850135915060608501356001600160401b038111156143b0575f5ffd5b6143bc87828801613b20565b91505092959194509250565b5f5f5f5f5f608086880312156143dc575f5ffd5b85359450602086013593506040860135925060608601356001600160401b03811115614406575f5ffd5b61441288828901613d9d565b969995985093965092949392505050565b604080825283519082018190525f9060208501906060840190835b8181101561445e5783515f0b83526020938401939092019160010161443e565b5050838103602085015261145a8186613e4e565b5f60208284031215614482575f5ffd5b813561ffff81168114610b6f575f5ffd5b5f602082840312156144a3575f5ffd5b81356001600160401b038111156144b8575f5ffd5b6109bc84828501613ab5565b5f5f5f5f5f60a086880312156144d8575f5ffd5b8535945060208601359350604086013592506060860135915060808601356001600160401b03811115614509575f5ffd5b61451588828901613b20565b9150509295509295909350565b602080825282518282018190525f918401906040840190835b81811015613cc557835183526020938401939092019160010161453b565b5f5f5f6060848603121561456b575f5ffd5b833592506020840135915061458260408501613fc9565b90509250925092565b5f5f5f5f5f5f5f5f6080898b0312156145a2575f5ffd5b88356001600160401b038111156145b7575f5ffd5b6145c38b828c01613d9d565b90995097505060208901356001600160401b038111156145e1575f5ffd5b6145ed8b828c01613d9d565b90975095505060408901356001600160401b0381111561460b575f5ffd5b6146178b828c01613d9d565b90955093505060608901356001600160401b03811115614635575f5ffd5b6146418b828c01613d9d565b999c989b5096995094979396929594505050565b610400810181835f5b602081101561299557815160030b83526020928301929091019060010161465e565b5f5f5f5f5f60a08688031215614694575f5ffd5b85356001600160401b038111156146a9575f5ffd5b6146b588828901613ab5565b95505060208601356001600160401b038111156146d0575f5ffd5b6146dc88828901613ab5565b94505060408601356001600160401b038111156146f7575f5ffd5b61470388828901613b20565b9598949750949560608101359550608001359392505050565b5f5f5f5f5f5f60a08789031215614731575f5ffd5b8635955060208701359450604087013593506060870135925060808701356001600160401b03811115613f76575f5ffd5b5f5f6104208385031215614774575f5ffd5b82356001600160401b03811115614789575f5ffd5b61479585828601613ab5565b92505083603f8401126147a6575f5ffd5b6104006147b281613a63565b9050806104208501868111156147c6575f5ffd5b602086015b818110156147ea576147dc8161431a565b8452602093840193016147cb565b5093969095509350505050565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561481b575f5ffd5b610b6f8261431a565b634e487b7160e01b5f52601260045260245ffd5b5f8261484657614846614824565b500690565b634e487b7160e01b5f52601160045260245ffd5b5f8261486d5761486d614824565b500490565b80820281158282048414176108ff576108ff61484b565b808201808211156108ff576108ff61484b565b5f602082840312156148ac575f5ffd5b610b6f82613cf9565b5f602082840312156148c5575f5ffd5b610b6f82613fc9565b8181035f831280158383131683831282161715610b4a57610b4a61484b565b8082018281125f83128015821682158216171561490c5761490c61484b565b505092915050565b8082025f8212600160ff1b8414161561492f5761492f61484b565b81810583148215176108ff576108ff61484b565b818103818111156108ff576108ff61484b565b5f600160ff1b820361496a5761496a61484b565b505f039056",
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
	Bin: "0x6080604052348015600e575f5ffd5b50610f868061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610064575f3560e01c8063aab5a8771161004d578063aab5a877146100b2578063c6a645fe146100bb578063d1a6a5a0146100c3575f5ffd5b80634c5770d91461006857806389c5dbf414610091575b5f5ffd5b61007b6100763660046108dc565b6100e2565b6040516100889190610921565b60405180910390f35b6100a461009f366004610a0a565b610343565b604051908152602001610088565b6100a461080081565b6002546100a4565b6100a46100d13660046108dc565b5f9081526001602052604090205490565b6101496040805160c080820183525f8083526020808401829052845160e081018652828152908101829052808501829052606081018290526080810182905260a0810182905291820152909182019081525f60208201819052604082015260609081015290565b811580610157575060025482115b15610196576040517f2380022d000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b5f8281526020818152604091829020825160c0808201855282548252600183015482850152845160e081018652600284015463ffffffff808216835264010000000082048116968301969096526801000000000000000081048616828801526c010000000000000000000000008104861660608084019190915270010000000000000000000000000000000082048716608080850191909152600160a01b808404891660a08087019190915278010000000000000000000000000000000000000000000000009094049098169484019490945296840191909152600384015473ffffffffffffffffffffffffffffffffffffffff8116968401969096529390940467ffffffffffffffff169381019390935260048101805491928401916102bc90610aa5565b80601f01602080910402602001604051908101604052809291908181526020018280546102e890610aa5565b80156103335780601f1061030a57610100808354040283529160200191610333565b820191905f5260205f20905b81548152906001019060200180831161031657829003601f168201915b5050505050815250509050919050565b5f8561037b576040517f3a8f0e9c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8681526001602052604090205480156103cb576040517f76e4bf10000000000000000000000000000000000000000000000000000000008152600481018890526024810182905260440161018d565b6103d485610544565b828015806103e3575061080081115b15610425576040517f7f76717900000000000000000000000000000000000000000000000000000000815260048101829052610800602482015260440161018d565b60025f815461043390610add565b91829055505f898152600160208181526040808420859055848452908390529091208a815590810189905590935086600282016104708282610b24565b50506003810180547fffffffff0000000000000000000000000000000000000000000000000000000016337fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff1617600160a01b4267ffffffffffffffff1602179055600481016104e1868883610d66565b503373ffffffffffffffffffffffffffffffffffffffff1689857f57a0b57c677da18634f6ab709a3c303decfb82dc3b745e3f1918fd200d6281fd8b8b8b8b6040516105309493929190610e59565b60405180910390a450505095945050505050565b6105516020820182610f31565b63ffffffff165f036105ae5760408051632c885d8b60e21b81526004810191909152600c60448201527f656d62656464696e6744696d000000000000000000000000000000000000000060648201525f602482015260840161018d565b6105be6040820160208301610f31565b63ffffffff165f0361061b5760408051632c885d8b60e21b81526004810191909152600660448201527f6c6179657273000000000000000000000000000000000000000000000000000060648201525f602482015260840161018d565b61062b6060820160408301610f31565b63ffffffff16158061066857506106486060820160408301610f31565b6106556020830183610f31565b61065f9190610f53565b63ffffffff1615155b156106d55761067d6060820160408301610f31565b60408051632c885d8b60e21b81526004810191909152600560448201527f6865616473000000000000000000000000000000000000000000000000000000606482015263ffffffff909116602482015260840161018d565b6106e56080820160608301610f31565b63ffffffff16158061072557506107026080820160608301610f31565b6107126060830160408401610f31565b61071c9190610f53565b63ffffffff1615155b156107925761073a6080820160608301610f31565b60408051632c885d8b60e21b81526004810191909152600760448201527f6b76486561647300000000000000000000000000000000000000000000000000606482015263ffffffff909116602482015260840161018d565b6107a260a0820160808301610f31565b63ffffffff165f036107ff5760408051632c885d8b60e21b81526004810191909152600560448201527f666644696d00000000000000000000000000000000000000000000000000000060648201525f602482015260840161018d565b61080f60c0820160a08301610f31565b63ffffffff165f0361086c5760408051632c885d8b60e21b81526004810191909152600960448201527f766f63616253697a65000000000000000000000000000000000000000000000060648201525f602482015260840161018d565b61087c60e0820160c08301610f31565b63ffffffff165f036108d95760408051632c885d8b60e21b81526004810191909152600d60448201527f636f6e746578744c656e6774680000000000000000000000000000000000000060648201525f602482015260840161018d565b50565b5f602082840312156108ec575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815281516020820152602082015160408201525f604083015163ffffffff815116606084015263ffffffff602082015116608084015263ffffffff60408201511660a084015263ffffffff60608201511660c084015263ffffffff60808201511660e084015260a08101516109a161010085018263ffffffff169052565b5060c0015163ffffffff16610120830152606083015173ffffffffffffffffffffffffffffffffffffffff16610140830152608083015167ffffffffffffffff1661016083015260a083015161018080840152610a026101a08401826108f3565b949350505050565b5f5f5f5f5f858703610140811215610a20575f5ffd5b863595506020870135945060e0603f1982011215610a3c575f5ffd5b5060408601925061012086013567ffffffffffffffff811115610a5d575f5ffd5b8601601f81018813610a6d575f5ffd5b803567ffffffffffffffff811115610a83575f5ffd5b886020828401011115610a94575f5ffd5b959894975092955050506020019190565b600181811c90821680610ab957607f821691505b602082108103610ad757634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60018201610afa57634e487b7160e01b5f52601160045260245ffd5b5060010190565b63ffffffff811681146108d9575f5ffd5b5f8135610b1e81610b01565b92915050565b8135610b2f81610b01565b81546020840135610b3f81610b01565b67ffffffff000000008160201b1663ffffffff841667ffffffffffffffff198416171784555050505f6040830135610b7681610b01565b82546bffffffff0000000000000000191660409190911b6bffffffff00000000000000001617825550610bef610bae60608401610b12565b82547fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff1660609190911b6fffffffff00000000000000000000000016178255565b610c43610bfe60808401610b12565b82547fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff1660809190911b73ffffffff0000000000000000000000000000000016178255565b610c9b610c5260a08401610b12565b82547fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff1660a09190911b77ffffffff000000000000000000000000000000000000000016178255565b610cf7610caa60c08401610b12565b82547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff00000000000000000000000000000000000000000000000016178255565b5050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610d615782821115610d6157805f5260205f20601f840160051c6020851015610d3a57505f5b90810190601f840160051c035f5b81811015610d5d575f83820155600101610d48565b5050505b505050565b67ffffffffffffffff831115610d7e57610d7e610cfb565b610d9283610d8c8354610aa5565b83610d0f565b5f601f841160018114610dc3575f8515610dac5750838201355b5f19600387901b1c1916600186901b178355610e1a565b5f83815260208120601f198716915b82811015610df25786850135825560209485019460019092019101610dd2565b5086821015610e0e575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b8035610e2c81610b01565b919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8481525f8435610e6881610b01565b63ffffffff81166020840152506020850135610e8381610b01565b63ffffffff81166040840152506040850135610e9e81610b01565b63ffffffff8116606084015250610eb760608601610e21565b63ffffffff8116608084015250610ed060808601610e21565b63ffffffff811660a084015250610ee960a08601610e21565b63ffffffff811660c084015250610f0260c08601610e21565b63ffffffff811660e084015250610120610100830152610f2761012083018486610e31565b9695505050505050565b5f60208284031215610f41575f5ffd5b8135610f4c81610b01565b9392505050565b5f63ffffffff831680610f7457634e487b7160e01b5f52601260045260245ffd5b8063ffffffff8416069150509291505056",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"bits\",\"type\":\"uint32\"},{\"internalType\":\"int256\",\"name\":\"frac\",\"type\":\"int256\"}],\"name\":\"f32ToFixed\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"v\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepVerifier.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"p\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"instrAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"op\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"leaves\",\"type\":\"bytes32[]\"}],\"name\":\"merkleRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepVerifier.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"modelLeaves\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeDims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ropeBaseBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"normEpsBits\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"tied\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIOneStepVerifier.ModelConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"p\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"l\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[17]\",\"name\":\"regRoots\",\"type\":\"bytes32[17]\"},{\"internalType\":\"bytes32[]\",\"name\":\"layerRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"tokensHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepVerifier.Chunk[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"full\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reg\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"first\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"height\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepVerifier.Subtree[]\",\"name\":\"subtrees\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepVerifier.Opening[]\",\"name\":\"model\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIOneStepVerifier.Opening[]\",\"name\":\"kv\",\"type\":\"tuple[]\"}],\"internalType\":\"structIOneStepVerifier.StepProof\",\"name\":\"sp\",\"type\":\"tuple\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockIndex\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"amax\",\"type\":\"int256\"}],\"name\":\"AmaxOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotInModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fromBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"toBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"InvalidBlockRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"InvalidConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"name\":\"InvalidShift\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rowBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quantBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blocks\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NegativeInput\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"h\",\"type\":\"uint16\"}],\"name\":\"NonFiniteScale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"d\",\"type\":\"int256\"}],\"name\":\"NonPositiveDivisor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotInt32\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"value\",\"type\":\"int256\"}],\"name\":\"NotProbability\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"OperandLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"programLength\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"WrongOperand\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCount\",\"type\":\"error\"}]",
	ID:  "e4bb7b38d6917681bfc7198fd5d7f32054",
	Bin: "0x6080604052348015600e575f5ffd5b506159798061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610064575f3560e01c8063468f531e1161004d578063468f531e146100b65780639fc56e91146100c9578063ad17b927146100dc575f5ffd5b8063094b8c911461006857806342eedace1461008e575b5f5ffd5b61007b610076366004615246565b61010a565b6040519081526020015b60405180910390f35b6100a161009c366004615261565b6102b3565b60408051928352602083019190915201610085565b61007b6100c43660046152d3565b610359565b61007b6100d73660046153ae565b61047b565b6100ef6100ea3660046153d6565b6105c9565b60408051938452602084019290925290820152606001610085565b5f8061012761011c602085018561540a565b63ffffffff16610d98565b90505f61013a606085016040860161540a565b610147602086018661540a565b610151919061544b565b63ffffffff16610167608086016060870161540a565b63ffffffff166101779190615472565b90505f61018a60a086016080870161540a565b61019b9063ffffffff166002615472565b6101a6836002615472565b6101b3602088018861540a565b6101c49063ffffffff166003615472565b6101cf866002615472565b6101d99190615489565b6101e39190615489565b6101ed9190615489565b90505f61020060e0870160c0880161540a565b63ffffffff16848361021860408a0160208b0161540a565b63ffffffff166102289190615472565b61023860c08a0160a08b0161540a565b6102499063ffffffff166001615489565b6102539190615489565b61025d9190615489565b6102679190615489565b905061027b6101608701610140880161540a565b63ffffffff165f036102aa5761029760c0870160a0880161540a565b6102a79063ffffffff1682615489565b90505b95945050505050565b5f5f5f6102c1868686610db0565b90506102df6102d3602086018661549c565b82866102a0013561133c565b9250610317866102f5604087016020880161540a565b63ffffffff16610308602088018861549c565b67ffffffffffffffff166105c9565b6102208401526102008301526101e082015261033381856114f2565b61034e610343602086018661549c565b6102d39060016154c3565b915050935093915050565b80515f9080820361036c57505f92915050565b6001811115610459575f6002610383836001615489565b61038d91906154e3565b90505f5b81811015610451575f836103a6836002615472565b6103b1906001615489565b106103bc575f6103ec565b856103c8836002615472565b6103d3906001615489565b815181106103e3576103e36154f6565b60200260200101515b905061042b866103fd846002615472565b8151811061040d5761040d6154f6565b6020026020010151825f828152602082905260409020911715150290565b86838151811061043d5761043d6154f6565b602090810291909101015250600101610391565b50905061036c565b825f8151811061046b5761046b6154f6565b6020026020010151915050919050565b5f60ff601784901c811690627fffff8516908290036104d0576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b60448201526064015b60405180910390fd5b5f82156104e9576104e4826280000061550a565b6104eb565b815b90505f8315610504576104ff609685615531565b610508565b6094195b90505f610515878361550a565b9050825f0361052b575f955050505050506105c3565b5f811261057c576026811315610572576040516389a6198960e01b815260206004820152600b60248201526a6e6f726d4570734269747360a81b60448201526064016104c7565b82811b95506105a2565b601919811361058d575f95506105a2565b61059f8361059a83615550565b611603565b95505b6001601f89901c811690036105bd576105ba86615550565b95505b50505050505b92915050565b5f8080806105dd61011c602089018961540a565b90505f6105f06060890160408a0161540a565b6105fd60208a018a61540a565b610607919061544b565b63ffffffff1661061d60808a0160608b0161540a565b63ffffffff1661062d9190615472565b60408051600a808252610160820190925291925087915f9160208201610140803683370190505090506106638460015f5f61166d565b815f81518110610675576106756154f6565b60200260200101818152505061068f600160025f5f61166d565b816001815181106106a2576106a26154f6565b6020026020010181815250506106bb8460035f5f61166d565b816002815181106106ce576106ce6154f6565b6020026020010181815250506106e884600460015f61166d565b816003815181106106fb576106fb6154f6565b60200260200101818152505061072c8a5f01602081019061071c919061540a565b63ffffffff1660055f600161166d565b8160048151811061073f5761073f6154f6565b60200260200101818152505061075983600560018061166d565b8160058151811061076c5761076c6154f6565b6020026020010181815250506107878360056002600161166d565b8160068151811061079a5761079a6154f6565b60209081029190910101526107c86107b860608c0160408d0161540a565b63ffffffff1660065f600161166d565b816007815181106107db576107db6154f6565b60209081029190910101526108096107f960808c0160608d0161540a565b63ffffffff16600660018061166d565b8160088151811061081c5761081c6154f6565b602002602001018181525050610836600160075f5f61166d565b81600981518110610849576108496154f6565b6020026020010181815250505f610860828a611689565b9c50919a50985096509050801561087b575050505050610d8f565b5f6108878b6001615489565b90505f61089382610d98565b90505f6108a1826002615472565b6108ac846002615472565b6108b69190615489565b6108c1906002615489565b90508d60400160208101906108d6919061540a565b6108e69063ffffffff1682615472565b8c10156109ea575f6108f8828e6154e3565b9050610904828e61556a565b9c50838d10156109255760089b5099508b9850610d8f975050505050505050565b61092f848e61557d565b9c508c5f0361094f5760099b5099505f9850610d8f975050505050505050565b61095a60018e61557d565b9c50828d101561097c57600a8d5f9b509b509b50505050505050505050610d8f565b610986838e61557d565b9c50828d10156109a857600b8d5f9b509b509b50505050505050505050610d8f565b6109b2838e61557d565b9c50838d10156109d357600c9b5099508b9850610d8f975050505050505050565b600d9b5099505f9850610d8f975050505050505050565b8d60400160208101906109fd919061540a565b610a0d9063ffffffff1682615472565b610a17908d61557d565b9b505f9250600d9150610a279050565b604051908082528060200260200182016040528015610a50578160200160208202803683370190505b509050610a6186600460055f61166d565b815f81518110610a7357610a736154f6565b602002602001018181525050610aa58c5f016020810190610a94919061540a565b63ffffffff1660056003600161166d565b81600181518110610ab857610ab86154f6565b602002602001018181525050610ad186600e5f5f61166d565b81600281518110610ae457610ae46154f6565b602002602001018181525050610afd8660015f5f61166d565b81600381518110610b1057610b106154f6565b602002602001018181525050610b2a600160025f5f61166d565b81600481518110610b3d57610b3d6154f6565b602002602001018181525050610b5786600360015f61166d565b81600581518110610b6a57610b6a6154f6565b602002602001018181525050610b8486600460015f61166d565b81600681518110610b9757610b976154f6565b6020908102919091010152610bc6610bb560a08e0160808f0161540a565b63ffffffff1660056004600161166d565b81600781518110610bd957610bd96154f6565b6020908102919091010152610c07610bf760a08e0160808f0161540a565b63ffffffff16600580600161166d565b81600881518110610c1a57610c1a6154f6565b602002602001018181525050610c48610c3f8d608001602081019061011c919061540a565b600f5f5f61166d565b81600981518110610c5b57610c5b6154f6565b602002602001018181525050610c8a610c808d608001602081019061011c919061540a565b600460065f61166d565b81600a81518110610c9d57610c9d6154f6565b602002602001018181525050610ccf8c5f016020810190610cbe919061540a565b63ffffffff1660056006600161166d565b81600b81518110610ce257610ce26154f6565b602002602001018181525050610cfb86600e5f5f61166d565b81600c81518110610d0e57610d0e6154f6565b602002602001018181525050610d24818b611689565b9d50919b509950975091508115610d4057505050505050610d8f565b83610d4b8b8261557d565b6040517f348dd23e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909216600483015260248201526044016104c7565b93509350939050565b5f6020610da683601f615489565b6105c391906154e3565b610db861514c565b610dc184611742565b610dce602085018561540a565b63ffffffff168152610de6604085016020860161540a565b63ffffffff166020820152610e01606085016040860161540a565b63ffffffff166040820152610e1c608085016060860161540a565b63ffffffff166060820152610e3760a085016080860161540a565b63ffffffff166080820152610e5260c0850160a0860161540a565b63ffffffff1660a0820152610e6d60e0850160c0860161540a565b63ffffffff1660c0820152610e89610100850160e0860161540a565b63ffffffff1660e0820152610ea66101608501610140860161540a565b63ffffffff1661010082015260408101518151610ec391906154e3565b61012082018190526060820151610eda9190615472565b61014080830191909152610eff90610ef8908601610120870161540a565b602061047b565b6101608201526101c08101839052610f1d604083016020840161540a565b63ffffffff16610180820152610f39606083016040840161540a565b63ffffffff166101a082015260c081015161018082015110610fb65761018081015160c08201516040516329ded1a760e11b815260606004820152600160648201527f700000000000000000000000000000000000000000000000000000000000000060848201526024810192909252604482015260a4016104c7565b8060200151816101a0015110611027576101a081015160208201516040516329ded1a760e11b815260606004820152600160648201527f6c0000000000000000000000000000000000000000000000000000000000000060848201526024810192909252604482015260a4016104c7565b602081015161103a610280840184615590565b9050146110ac5761104f610280830183615590565b6020830151604051637037f67360e11b815260606004820152600a60648201527f6c61796572526f6f74730000000000000000000000000000000000000000000060848201526024810192909252604482015260a40190506104c7565b6110ba610320830183615590565b90505f036110e0575f6001604051637037f67360e11b81526004016104c79291906155dd565b5f6110ee602086018661540a565b6110fe604087016020880161540a565b61110e606088016040890161540a565b61111e6080890160608a0161540a565b61112e60a08a0160808b0161540a565b61113e60c08b0160a08c0161540a565b61114e60e08c0160c08d0161540a565b61115f6101008d0160e08e0161540a565b6111716101208e016101008f0161540a565b8d610120016020810190611185919061540a565b8e610140016020810190611199919061540a565b8f61016001356040516020016111ba9c9b9a99989796959493929190615611565b60408051601f1981840301815291905280516020909101209050366111e3610320850185615590565b5f8181106111f3576111f36154f6565b90506020028101906112059190615755565b9050611214602082018261549c565b67ffffffffffffffff1615158061124957506112376112328761010a565b611c96565b6112446040830183615590565b905014155b8061126a575084611267835f6112626040860186615590565b611cb9565b14155b156112a4576040517f45348f48000000000000000000000000000000000000000000000000000000008152600481018690526024016104c7565b5f5b60118110156112ed578460600181601181106112c4576112c46154f6565b602002013584610240015182601181106112e0576112e06154f6565b60200201526001016112a6565b506112fc610280850185615590565b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152505050506102608401525090949350505050565b60408051601180825261024082019092525f9182919060208201610220803683370190505090505f5b60118110156113af578461024001518160118110611385576113856154f6565b602002015182828151811061139c5761139c6154f6565b6020908102919091010152600101611365565b505f8461026001515167ffffffffffffffff8111156113d0576113d06152bf565b6040519080825280602002602001820160405280156113f9578160200160208202803683370190505b5090505f5b815181101561144b57856102600151818151811061141e5761141e6154f6565b6020026020010151828281518110611438576114386154f6565b60209081029190910101526001016113fe565b5085856101800151866101a0015161146285610359565b61146b85610359565b60405160c09590951b7fffffffffffffffff00000000000000000000000000000000000000000000000016602086015260e093841b6001600160e01b031990811660288701529290931b909116602c840152603083015260508201526070810185905260900160405160208183030381529060405280519060200120925050509392505050565b6101e08201515f19810161150f5761150a8383611d5f565b505050565b600281036115215761150a8383611e10565b600381036115335761150a8383611e6f565b600481036115455761150a8383612032565b600581036115575761150a838361221c565b600681036115695761150a8383612298565b6007810361157b5761150a8383612532565b6008810361158d5761150a8383612703565b6009810361159f5761150a838361275a565b600a81036115b15761150a83836127d5565b600b81036115c35761150a8383612966565b600c81036115d55761150a8383612a51565b600d81036115e75761150a8383612bd7565b600e81036115f95761150a8383612d0b565b61150a8383612d9c565b5f811580611611575060ff82115b1561164b576040517f26374970000000000000000000000000000000000000000000000000000000008152600481018390526024016104c7565b600180831b03831660018084031b5f85121582011184841d0191505092915050565b602084901b601884901b17600883901b1781175b949350505050565b5f5f5f5f5f5f5b8751811015611727575f8882815181106116ac576116ac6154f6565b602002602001015190505f602082901c90508089101561170e5760ff601883901c8116975061ffff600884901c169083166001036116f9576001985095508894505f935061173892505050565b6001985089965094505f935061173892505050565b611718818a61557d565b98505050806001019050611690565b505f5f5f5f89945094509450945094505b9295509295909350565b61174f602082018261540a565b63ffffffff16158061177d5750602061176a8282018361540a565b6117749190615773565b63ffffffff1615155b156117cb576040516389a6198960e01b815260206004820152600360248201527f64696d000000000000000000000000000000000000000000000000000000000060448201526064016104c7565b6117db604082016020830161540a565b63ffffffff165f03611830576040516389a6198960e01b815260206004820152600660248201527f6c6179657273000000000000000000000000000000000000000000000000000060448201526064016104c7565b611840606082016040830161540a565b63ffffffff16158061187d575061185d606082016040830161540a565b61186a602083018361540a565b6118749190615773565b63ffffffff1615155b156118cb576040516389a6198960e01b815260206004820152600560248201527f686561647300000000000000000000000000000000000000000000000000000060448201526064016104c7565b60026118dd606083016040840161540a565b6118ea602084018461540a565b6118f4919061544b565b6118fe9190615773565b63ffffffff1615611952576040516389a6198960e01b815260206004820152600760248201527f6865616444696d0000000000000000000000000000000000000000000000000060448201526064016104c7565b611962608082016060830161540a565b63ffffffff1615806119a2575061197f608082016060830161540a565b61198f606083016040840161540a565b6119999190615773565b63ffffffff1615155b156119f0576040516389a6198960e01b815260206004820152600760248201527f6b7648656164730000000000000000000000000000000000000000000000000060448201526064016104c7565b611a0060a082016080830161540a565b63ffffffff161580611a3257506020611a1f60a083016080840161540a565b611a299190615773565b63ffffffff1615155b15611a80576040516389a6198960e01b815260206004820152600560248201527f666644696d00000000000000000000000000000000000000000000000000000060448201526064016104c7565b611a9060c0820160a0830161540a565b63ffffffff165f03611ae5576040516389a6198960e01b815260206004820152600560248201527f766f63616200000000000000000000000000000000000000000000000000000060448201526064016104c7565b611af560e0820160c0830161540a565b63ffffffff165f03611b4a576040516389a6198960e01b815260206004820152600760248201527f636f6e746578740000000000000000000000000000000000000000000000000060448201526064016104c7565b611b5b610100820160e0830161540a565b63ffffffff161580611b8e57506002611b7b610100830160e0840161540a565b611b859190615773565b63ffffffff1615155b80611bda5750611ba4606082016040830161540a565b611bb1602083018361540a565b611bbb919061544b565b63ffffffff16611bd2610100830160e0840161540a565b63ffffffff16115b15611c28576040516389a6198960e01b815260206004820152600860248201527f726f706544696d7300000000000000000000000000000000000000000000000060448201526064016104c7565b6001611c3c6101608301610140840161540a565b63ffffffff161115611c93576040516389a6198960e01b81526004016104c79060208082526004908201527f7469656400000000000000000000000000000000000000000000000000000000604082015260600190565b50565b5f5b81816001901b1015611cb457611cad8161579a565b9050611c98565b919050565b5f8161010081108015611ccd575084811c15155b15611d0e576040517f94666f0d00000000000000000000000000000000000000000000000000000000815260048101869052602481018290526044016104c7565b859150838160051b81015b80821015611d54576001871660051b823580861715158683528160208418528060405f200296505050508660011c9650602082019150611d19565b505050949350505050565b5f611d7283835f5f876102000151612e1b565b90505f611d8284845f6010613131565b90505f8461020001515f14611d9b576020820151611d9d565b5f5b90505f5b60048451611daf91906154e3565b811015611deb575f611dca858360021b016020015160e01d90565b9050611dd681806157b2565b611de09084615489565b925050600101611da1565b50602082018190525b8151602083012061024086015160105b60200201525050505050565b5f611e1e83835f6010613131565b9050611e56816001611e46611e39855f60051b016020015190565b875161016089015161328b565b808260051b602085010152505050565b8051602082012061024084015160106020020152505050565b5f611e8283835f5f876102000151612e1b565b9050611e978383600180876102000151612e1b565b505f611eb0611ea985855f6010613131565b6040015190565b9050611ec0610320840184615590565b9050600214611ef457611ed7610320840184615590565b604051637037f67360e11b81526104c792506002906004016155dd565b5f611f5485611f07610320870187615590565b6001818110611f1857611f186154f6565b9050602002810190611f2a9190615755565b611f418860028a61022001518b61020001516133a7565b8651611f4f6112328b6135ce565b6136a1565b90505f835167ffffffffffffffff811115611f7157611f716152bf565b6040519080825280601f01601f191660200182016040528015611f9b576020820181803683370190505b5090505f5b60048551611fae91906154e3565b81101561201c576120148282611fe9611fd0898660021b016020015160e01d90565b611fe3888760021b016020015160e01d90565b896137b7565b60030b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b600101611fa0565b5061202a86866001846137e5565b505050505050565b5f5f60068461022001511461204a576009600a61204f565b600b600c5b915091505f61206b85855f886102200151896102000151612e1b565b90506120808585600186896102000151612e1b565b505f6120a1868660028660108b610200015161209c91906154e3565b612e1b565b90506120ab6151d9565b5f5b60208110156120f0576120c9848260021b016020015160e01d90565b8282602081106120db576120db6154f6565b60039290920b602090920201526001016120ad565b505f5f6120fc8361386f565b6040805160208082528183019092529294509092505f91906020820181803683370190505090505f5b602081101561219057838160208110612140576121406154f6565b602002015160f81b82828151811061215a5761215a6154f6565b60200101907effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690815f1a905350600101612125565b5061219e8a8a6001846137e5565b6122038560108c61020001516121b4919061556a565b60031b01602001805177ffffffffffffffffffffffffffffffffffffffffffffffff167fffffffffffffffff00000000000000000000000000000000000000000000000060c086901b16179052565b6122108a8a6002886137e5565b50505050505050505050565b5f61224383835f612231876102000151613904565b602088610220015161209c91906154e3565b90505f5f61225a858587610200015160061461395c565b915091505f6122698686613a36565b905061228c846020886102200151612281919061556a565b611fe9848787613ae8565b61202a86865f876137e5565b5f8261020001515f146122ac5760036122af565b60025b90505f5f61231b845f856122c38988613aff565b8961012001518a61022001516122d99190615472565b6101208b01516102208c01516122f0906001615489565b6122fa9190615472565b8b61024001518a60118110612311576123116154f6565b6020020151613c02565b909250905061232e610320850185615590565b905060021461234557611ed7610320850185615590565b5f60028660e0015161235791906154e3565b90505f6123b88761236c610320890189615590565b600181811061237d5761237d6154f6565b905060200281019061238f9190615755565b6123a18a60055f8d61018001516133a7565b6123ac866008615472565b611f4f6112328d6135ce565b90505f6123c6846020615472565b8861012001518961022001516123dc9190615472565b6123e6919061557d565b90505f5b83811015612500575f8061246861241e89612406866002615472565b6124109088615489565b60021b016020015160e01d90565b6124428a61242d876002615472565b6124379089615489565b612410906001615489565b612455888760021b016020015160e01d90565b61246389612410898d615489565b613ee3565b90925090506124ac8861247c856002615472565b6124869087615489565b60021b0160200180516001600160e01b03166001600160e01b031960e086901b16179052565b6124f6886124bb856002615472565b6124c59087615489565b6124d0906001615489565b60021b0160200180516001600160e01b03166001600160e01b031960e085901b16179052565b50506001016123ea565b5061250c875f87613f73565b8861024001518760118110612523576125236154f6565b60200201525050505050505050565b612540610340820182615590565b905060011461257457612557610340820182615590565b604051637037f67360e11b81526104c792506001906004016157e1565b36612583610340830183615590565b5f818110612593576125936154f6565b90506020028101906125a59190615755565b6101808401519091506125bb602083018361549c565b67ffffffffffffffff161415806125df57506125da6020820182615802565b151590505b8061260457506125f28360c00151611c96565b6125ff6040830183615590565b905014155b15612624575f604051630b28d38960e31b81526004016104c79190615845565b826102600151836101a0015181518110612640576126406154f6565b60200260200101516126645f5f1b8561018001518480604001906112629190615590565b14612684575f604051630b28d38960e31b81526004016104c79190615845565b6102408301516060808201516080909201516040805160208101949094528301526126d69101604051602081830303815290604052805190602001208461018001518380604001906112629190615590565b836102600151846101a00151815181106126f2576126f26154f6565b602002602001018181525050505050565b5f61271e83835f600d602088610220015161209c91906154e3565b905061274e816020856102200151612736919061556a565b611fe96127438787613ffe565b876101200151614161565b61150a83835f846137e5565b5f61276883835f600d613131565b90505f612779848460016010613131565b9050637fffffff195f5b85610180015181116127c2575f6127a3858360021b016020015160e01d90565b9050828113156127b1578092505b506127bb8161579a565b9050612783565b50606082018190525f6080830152611df4565b6127e882825f600d866102000151612e1b565b505f6127f86102c0830183615590565b5f818110612808576128086154f6565b905060200281019061281a9190615874565b612828906040810190615802565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250610200880151949550936128779350879250869150600190600e90612e1b565b90505f61288785855f6010613131565b60608101516080820151919250905f5b600485516128a591906154e3565b811015612935575f8189610200015160206128c09190615472565b6128ca9190615489565b90505f8961018001518211612904576128f56128ef898560021b016020015160e01d90565b86614299565b9050612901818561550a565b93505b600283901b870160200180516001600160e01b03166001600160e01b031960e084901b161790525050600101612897565b5061294387876001876137e5565b608083015250805160209091012061024094909401516102000193909352505050565b5f61297a83835f600d876102000151612e1b565b90505f61299184846001600e886102000151612e1b565b90505f6129ab6129a486865f6010613131565b6080015190565b90505f5b600484516129bd91906154e3565b811015612a3d578561018001518187610200015160206129dd9190615472565b6129e79190615489565b11612a3d57612a358482612a0d612a07878660021b016020015160e01d90565b866142c4565b8160021b602084010163ffffffff821660e01b63ffffffff60e01b1982511617815250505050565b6001016129af565b50612a4a85855f866137e5565b5050505050565b6102208201515f612a79612a6e858584600d61209c6020896154e3565b61241060208561556a565b90505f612a8985855f600f613131565b90505f612a9886865f8761431e565b9150505f86606001518760400151612ab091906154e3565b876102000151612ac091906154e3565b90505f5f612b03885f60048c61014001518d610120015188612ae29190615472565b6101208f0151612af38a6001615489565b612afd9190615472565b8a613c02565b90925090505f612b14826020615472565b6101208b0151612b249086615472565b612b2e919061557d565b90505f5b8a6101200151811015612bb157612ba98782612b52876124108388615489565b612b5c908c6157b2565b612b6f8b8660031b016020015160c01d90565b612b79919061550a565b8160031b602084010167ffffffffffffffff821660c01b67ffffffffffffffff60c01b1982511617815250505050565b600101612b32565b50612bbe8a600f886144fc565b6102408b0151600f602002015250505050505050505050565b5f612be583835f600f613131565b90505f5f612c38845f6005885f01518961012001518a6102000151612c0a9190615472565b6101208b01516102008c0151612c21906001615489565b612c2b9190615472565b6102408c01516005612311565b90925090505f612c49826020615472565b866101200151876102000151612c5f9190615472565b612c69919061557d565b90505f5b866101200151811015612cd357612ca384612c888385615489565b611fe9612c9e898660031b016020015160c01d90565b614616565b600381901b8501602001805177ffffffffffffffffffffffffffffffffffffffffffffffff169052600101612c6d565b50612ce086600f866144fc565b6102408701516101e00152612cf6855f85613f73565b61024087015160056020020152505050505050565b5f612d1e83835f5f876102000151612e1b565b90505f612d35848460016008886102000151612e1b565b90505f5b60048351612d4791906154e3565b811015612d8957612d818382611fe9612d69878660021b016020015160e01d90565b612d7c878760021b016020015160e01d90565b614625565b600101612d39565b50612d9684845f856137e5565b50505050565b5f612db083835f6006876102000151612e1b565b90505f612dc7848460016007886102000151612e1b565b90505f5b60048351612dd991906154e3565b811015612d8957612e138382611fe9612dfb878660021b016020015160e01d90565b612e0e878760021b016020015160e01d90565b614645565b600101612dcb565b6060612e2b6102c0860186615590565b90508410612ea457612e416102c0860186615590565b9050612e4e856001615489565b604051637037f67360e11b815260606004820152600660648201527f6368756e6b73000000000000000000000000000000000000000000000000000060848201526024810192909252604482015260a4016104c7565b36612eb36102c0870187615590565b86818110612ec357612ec36154f6565b9050602002810190612ed59190615874565b90505f612ef3612ee58987613aff565b612eee876146a5565b6146e2565b905084612f036020840184615888565b60ff16141580612f28575083612f1f604084016020850161540a565b63ffffffff1614155b80612f335750808410155b15612fa15785612f466020840184615888565b612f56604085016020860161540a565b6040517fe9f7eafb000000000000000000000000000000000000000000000000000000008152600481019390935260ff909116602483015263ffffffff1660448201526064016104c7565b5f612fad898787614704565b905080612fbd6040850185615802565b905014612ffc5786612fd26040850185615802565b604051636a57042760e01b81526004810193909352602483015250604481018290526064016104c7565b61300582611c96565b6130126060850185615590565b9050146130535760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b6064820152602481018890526084016104c7565b886102400151866011811061306a5761306a6154f6565b60200201516130a461307f6040860186615802565b60405161308d9291906158a8565b604051908190039020876112626060880188615590565b146130e35760408051630b28d38960e31b8152600481019190915260056044820152646368756e6b60d81b6064820152602481018890526084016104c7565b6130f06040840184615802565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929c9b505050505050505050505050565b60606131416102e0850185615590565b9050831061317f576131576102e0850185615590565b9050613164846001615489565b604051637037f67360e11b81526004016104c79291906158b7565b61318d6102e0850185615590565b8481811061319d5761319d6154f6565b90506020028101906131af9190615802565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509394506131f092508591506147789050565b6131fa8785613aff565b6132049190615472565b90508082511461323b578151604051636a57042760e01b8152600481018690526024810191909152604481018290526064016104c7565b8561024001518360118110613252576132526154f6565b60200201516132628785856144fc565b146132825783604051630b28d38960e31b81526004016104c791906158da565b50949350505050565b5f5f8412156132b0576040516338e756a760e21b8152600481018590526024016104c7565b5f8212156132d4576040516338e756a760e21b8152600481018390526024016104c7565b825f036132f45760405163011ee73b60e21b815260040160405180910390fd5b509104016fffffffffffffffffffffffffffffffff811160071b81811c67ffffffffffffffff1060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f10600290811b90911783811c909210600190811b90921783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c90819004811180821491030190565b5f5f6133b5865f0151610d98565b90505f866080015160026133c99190615472565b6101408801516133da906002615472565b88516133e7906003615472565b6133f2856002615472565b6133fc9190615489565b6134069190615489565b6134109190615489565b90505f81886101a001516134249190615472565b60a0890151613434906001615489565b61343e9190615489565b9050600287036134a7578486600114613457575f613489565b610140890151613468906002615472565b8951613475906002615472565b61347f9086615489565b6134899190615489565b6134939083615489565b61349d9190615489565b9350505050611681565b60038703613561576040805160e081018252895181526101408a01805160208301525191810191909152885160608201526080808a018051918301919091525160a0820152885160c082015283905f5b8881101561353f57818160078110613511576135116154f6565b60200201516135209084615489565b925080600303613537576135348684615489565b92505b6001016134f7565b508661354b8385615489565b6135559190615489565b95505050505050611681565b5f83838a602001516135739190615472565b60a08b0151613583906001615489565b61358d9190615489565b6135979190615489565b90508861010001515f036135b75760a08901516135b49082615489565b90505b6135c18682615489565b9998505050505050505050565b5f5f6135dc835f0151610d98565b90505f8360c0015182856080015160026135f69190615472565b610140870151613607906002615472565b8751613614906003615472565b61361f876002615472565b6136299190615489565b6136339190615489565b61363d9190615489565b866020015161364c9190615472565b60a087015161365c906001615489565b6136669190615489565b6136709190615489565b61367a9190615489565b90508361010001515f0361369a5760a08401516136979082615489565b90505b9392505050565b6060836136b1602087018761549c565b67ffffffffffffffff161415806136d65750826136d16020870187615802565b905014155b806136ef5750816136ea6040870187615590565b905014155b1561370f5783604051630b28d38960e31b81526004016104c791906158fd565b6101c086015161374c6137256020880188615802565b6040516137339291906158a8565b6040518091039020868880604001906112629190615590565b1461376c5783604051630b28d38960e31b81526004016104c791906158fd565b6137796020860186615802565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929998505050505050505050565b5f6137c1846147cf565b6137ca836147cf565b6136976137e06137da85876157b2565b8461481f565b61488a565b366137f46102c0850185615590565b84818110613804576138046154f6565b90506020028101906138169190615874565b90506138498280519060200120826020016020810190613836919061540a565b63ffffffff166112626060850185615590565b61024086015161385c6020840184615888565b60ff1660118110611e0457611e046154f6565b6138776151d9565b5f5f5b6104008110156138ab578084015160030b5f811215613896575f035b828111156138a2578092505b5060200161387a565b5080156138ff578060011c5f5b6104008110156138fc578481015160030b607f025f80821280156138e6578585845f0301045f0391506138ee565b858584010491505b5085830152506020016138b8565b50505b915091565b5f815f0361391457506002919050565b8160010361392457506003919050565b8160020361393457506004919050565b8160040361394457506006919050565b8160050361395457506007919050565b506008919050565b60608061397885855f86613971576009613131565b600b613131565b91505f613995868660018761398e57600a613131565b600c613131565b9050600881516139a591906154e3565b67ffffffffffffffff8111156139bd576139bd6152bf565b6040519080825280602002602001820160405280156139e6578160200160208202803683370190505b5091505f5b8251811015613a2c57613a07828260031b016020015160c01d90565b838281518110613a1957613a196154f6565b60209081029190910101526001016139eb565b5050935093915050565b6060613a46610320830183615590565b9050600214613a5d57611ed7610320830183615590565b5f836102000151600614613a72578351613a78565b83608001515b905061168184613a8c610320860186615590565b6001818110613a9d57613a9d6154f6565b9050602002810190613aaf9190615755565b613ac68760038961020001518a61022001516133a7565b613ad16020866154e3565b613adc906022615472565b611f4f6112328a6135ce565b5f613697613afa8585855f87516148b9565b614c47565b5f811580613b0d5750600182145b80613b185750600282145b80613b235750600582145b80613b2e5750600882145b80613b395750600982145b15613b46575081516105c3565b6003821480613b555750600482145b15613b6657506101408201516105c3565b6006821480613b755750600782145b80613b805750600b82145b15613b90575060808201516105c3565b600a8203613bad578251613ba6906020906154e3565b90506105c3565b600c8203613bc65760208360800151613ba691906154e3565b600d821480613bd55750600e82145b15613be5575060c08201516105c3565b600f8203613bf957506101208201516105c3565b50601092915050565b60605f613c136103008a018a615590565b90508810613c8c57613c296103008a018a615590565b9050613c36896001615489565b604051637037f67360e11b815260606004820152600860648201527f737562747265657300000000000000000000000000000000000000000000000060848201526024810192909252604482015260a4016104c7565b5f613c98878787614c59565b905036613ca96103008c018c615590565b8b818110613cb957613cb96154f6565b9050602002810190613ccb9190615921565b905088613cdb6020830183615888565b60ff16141580613d06575060208083015190613cfd906040840190840161540a565b63ffffffff1614155b80613d2457508151613d1e6060830160408401615888565b60ff1614155b15613d475789613d376020830183615888565b612f56604084016020850161540a565b6040820151613d596060830183615802565b905014613d9e5789613d6e6060830183615802565b6040808601519051636a57042760e01b8152600481019490945260248401919091526044830152506064016104c7565b6060820151613db06080830183615590565b9050141580613e2c575084613e29613e13613dce6060850185615802565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052508993509150613e099050565b6020020151614d6e565b84516020860151901c6112626080860186615590565b14155b15613e835760408051630b28d38960e31b81526004810191909152600760448201527f73756274726565000000000000000000000000000000000000000000000000006064820152602481018b90526084016104c7565b613e906060820182615802565b836001602002015182828080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152509299509297505050505050505097509795505050505050565b5f5f613eee866147cf565b613ef7856147cf565b613f00846147cf565b613f09836147cf565b613f48565b5f81126320000000038101601e1d637fffffff19811215613f315750637fffffff195b637fffffff811315611cb45750637fffffff919050565b613f5783860285880203613f0e565b9150613f6884860284880201613f0e565b905094509492505050565b5f36613f83610300860186615590565b85818110613f9357613f936154f6565b9050602002810190613fa59190615921565b90506102aa613fc684613fbe6060850160408601615888565b60ff16614d6e565b613fd66060840160408501615888565b60ff16613fe9604085016020860161540a565b63ffffffff16901c6112626080850185615590565b5f5f5f614050845f6002885f01518961012001518a61020001516140229190615472565b6101208b01516102008c0151614039906001615489565b6140439190615472565b6102408c01516002612311565b9092509050614060816020615472565b8561012001518661020001516140769190615472565b614080919061557d565b90505f61409486865f89610220015161431e565b5090505f866060015187604001516140ac91906154e3565b8761020001516140bc91906154e3565b90505f5f6140df88600160038c61014001518d610120015188612ae29190615472565b90925090506140ef816020615472565b6101208a01516140ff9085615472565b614109919061557d565b90505f5b89610120015181101561415457614128836124108385615489565b61413688612410848a615489565b61414091906157b2565b61414a908961550a565b975060010161410d565b5050505050505092915050565b5f815f036141825760405163011ee73b60e21b815260040160405180910390fd5b5f614242614198846710000000000000006154e3565b60016fffffffffffffffffffffffffffffffff821160071b82811c67ffffffffffffffff1060061b1782811c63ffffffff1060051b1782811c61ffff1060041b1782811c60ff10600390811b90911783811c600f10600290811b90911784811c909210831b90911783811c83101701811c82811c9082901b01811c80830401811c80830401811c80830401811c80830401811c80830401811c80830401901c908190048111900390565b90505f6142536137e0866010611603565b60030b90505f82820290811263200000000301601e1d637fffffff1981121561427e5750637fffffff195b637fffffff8113156102aa5750637fffffff95945050505050565b5f6142a3836147cf565b6142ac826147cf565b61369a6142bc6137e08486615531565b60030b614e5a565b5f5f8312806142d65750634000000083135b15614310576040517f83e61a2c000000000000000000000000000000000000000000000000000000008152600481018490526024016104c7565b61369a601e84901b8361481f565b5f8061432e610340860186615590565b9050841061436c57614344610340860186615590565b9050614351856001615489565b604051637037f67360e11b81526004016104c79291906157e1565b3661437b610340870187615590565b8681811061438b5761438b6154f6565b905060200281019061439d9190615755565b90508661018001518411806143c85750836143bb602083018361549c565b67ffffffffffffffff1614155b806143e257506143db6020820182615802565b9050604014155b8061440757506143f58760c00151611c96565b6144026040830183615590565b905014155b156144275784604051630b28d38960e31b81526004016104c79190615845565b866102600151876101a0015181518110614443576144436154f6565b602002602001015161448582806020019061445e9190615802565b60405161446c9291906158a8565b6040518091039020868480604001906112629190615590565b146144a55784604051630b28d38960e31b81526004016104c79190615845565b6144b26020820182615802565b6144c0916020915f91615935565b6144c99161595c565b6144d66020830183615802565b6144e591604091602091615935565b6144ee9161595c565b925092505094509492505050565b5f5f61450784614778565b614510856146a5565b61451a9190615472565b90505f81600183865161452d9190615489565b614537919061557d565b61454191906154e3565b90505f8167ffffffffffffffff81111561455d5761455d6152bf565b604051908082528060200260200182016040528015614586578160200160208202803683370190505b5090505f5b82811015614601575f61459e8583615472565b90505f875186836145af9190615489565b116145ba57856145c7565b8188516145c7919061557d565b90505f818360208b0101209050808585815181106145e7576145e76154f6565b60200260200101818152505050505080600101905061458b565b5061460b81610359565b979650505050505050565b5f6105c36137e083601e611603565b5f61462f836147cf565b614638826147cf565b61369a6137e0838561550a565b5f61464f836147cf565b614658826147cf565b5f61466284614fea565b60030b90505f838202908112618000030160101d637fffffff1981121561468b5750637fffffff195b637fffffff8113156116815750637fffffff949350505050565b5f600a8214806146b55750600c82145b806146c05750600f82145b806146cb5750601082145b6146d65760206146d9565b60105b60ff1692915050565b5f8160016146f08286615489565b6146fa919061557d565b61369a91906154e3565b5f5f6147108585613aff565b90505f61471c856146a5565b90505f6147298286615472565b90505f836147378484615489565b1161474b576147468383615489565b61474d565b835b905061475887614778565b614762838361557d565b61476c9190615472565b98975050505050505050565b5f60098214806147885750600b82145b1561479557506001919050565b600a8214806147a45750600c82145b806147af5750600f82145b806147ba5750601082145b156147c757506008919050565b506004919050565b637fffffff198112806147e55750637fffffff81135b15611c93576040517fe92ac66b000000000000000000000000000000000000000000000000000000008152600481018290526024016104c7565b5f5f821361485c576040517f7040adc3000000000000000000000000000000000000000000000000000000008152600481018390526024016104c7565b5f831283811561486c57845f0390505b838460011c820104925050801561488357815f0391505b5092915050565b5f637fffffff198212156148a157637fffffff1991505b637fffffff8213156148b557637fffffff91505b5090565b82515f906148c8602282615472565b87511415806148e257506148dd602082615472565b865114155b1561492d57865186516040517f8ee979f500000000000000000000000000000000000000000000000000000000815260048101929092526024820152604481018290526064016104c7565b8284118061493a57508083115b15614982576040517f3fe8c9990000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290526064016104c7565b5f6022850260208901018560051b60208901018660051b60208901018660051b60208a01015b80821015614c1c5783518060011a60081b815f1a179050601f81600a1c16835163800000008111601f831417156149ef5760208d01850360051c6001019750505050614c1c565b8015614c025781151580600a1b6103ff8516178184031b905083600f1c15614a14575f035b8651600289810151627fff807e010001000100010001000100010001000100010001000100010001000100017f80808080808080808080808080808080808080808080808080808080808080809283187eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff818116600883811c8316919091019590971881811681891c831601959095019290920260e91c929092167c0100000001000000010000000100000001000000010000000100000001600385811c7f010101010101010101010101010101010101010101010101010101010101010190811660ff9081028716808716908b1c871601831b888a1c831682028816808816908c1c8816018a1b60018a811c851684028a16808a16908e1c8a1601811b858c1685028b16808b16908f1c8b16010191909101919091017dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff818116601092831c82160160078c901c861685028b16808b16908f1c8b160190961b60068c901c861685028b16808b16908f1c8b1601909c1b60058c901c861685028b16808b16908f1c8b160190931b60049b8c1c95909516939093029098168088169b1c90961699909901019390930195909501868116931c959095169190910190911b010260e01c03620800000102810299909901985b5050506022840193506020830192506020820191506149a8565b50505050805f14614c3c57614c3c8887614c3760018561557d565b615036565b505095945050505050565b5f6105c36137e083637f00000061481f565b614c616151f8565b5f614c6d6020856154e3565b90505f6020614c7d60018661557d565b614c8791906154e3565b90505f5b82811c82821c14614ca657614c9f8161579a565b9050614c8b565b82811c811b5f6020614cb98a601f615489565b614cc391906154e3565b90505f81614cd46001861b85615489565b11614ceb57614ce66001851b84615489565b614ced565b815b90505f8a614cfc836020615472565b11614d1157614d0c826020615472565b614d13565b8a5b8589526020808a01869052909150614d2c908590615472565b614d36908261557d565b614d41906004615472565b604089015284614d5084611c96565b614d5a919061557d565b606089015250959998505050505050505050565b5f806001831b67ffffffffffffffff811115614d8c57614d8c6152bf565b604051908082528060200260200182016040528015614db5578160200160208202803683370190505b5090505f60808551607f614dc99190615489565b614dd391906154e3565b90505f5b81811015614e50575f614deb826080615472565b90505f8751826080614dfd9190615489565b11614e09576080614e16565b818851614e16919061557d565b90505f818360208b010120905080868581518110614e3657614e366154f6565b602002602001018181525050505050806001019050614dd7565b506102aa82610359565b5f5f82128015614fdc57618000635c551d95845f03020160101c80601e1c601f811015614fd557633fffffff82166008606c19614ea38284025f811263200000000301601e1d90565b01905061058b614ebf8383025f811263200000000301601e1d90565b019050613ff819614edc8383025f811263200000000301601e1d90565b01905062028612614ef98383025f811263200000000301601e1d90565b0190506215d87f19614f178383025f811263200000000301601e1d90565b019050629d955b614f348383025f811263200000000301601e1d90565b01905063038d611a19614f538383025f811263200000000301601e1d90565b019050630f5fdf00614f718383025f811263200000000301601e1d90565b019050632c5c85fd19614f908383025f811263200000000301601e1d90565b0190506340000000614fae8383025f811263200000000301601e1d90565b019050828015614fcd575f821260018086031b038201841d9650614fd1565b8196505b5050505b5050614fe4565b634000000091505b50919050565b5f5f614ff5836150ed565b90505f83820290811263200000000301601e1d637fffffff1981121561501d5750637fffffff195b637fffffff81131561369a5750637fffffff9392505050565b602281028301602001515f81901a60019190911a60081b17601f600a82901c81169003615095576040517f4a9159f600000000000000000000000000000000000000000000000000000000815261ffff821660048201526024016104c7565b818383815181106150a8576150a86154f6565b60200260200101516040517fb1ca2eae0000000000000000000000000000000000000000000000000000000081526004016104c7929190918252602082015260400190565b5f5f8212615126575f61510761510284615550565b614e5a565b634000000001671000000000000000600182901c01049150611cb49050565b5f61513083614e5a565b63400000008101601e9190911b600182901c0104915050919050565b6040518061028001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020016151cc615216565b8152602001606081525090565b6040518061040001604052806020906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b6040518061022001604052806011906020820280368337509192915050565b5f6101808284031215614fe4575f5ffd5b5f6101808284031215615257575f5ffd5b61369a8383615235565b5f5f5f6101c08486031215615274575f5ffd5b61527e8585615235565b925061018084013591506101a084013567ffffffffffffffff8111156152a2575f5ffd5b840161036081870312156152b4575f5ffd5b809150509250925092565b634e487b7160e01b5f52604160045260245ffd5b5f602082840312156152e3575f5ffd5b813567ffffffffffffffff8111156152f9575f5ffd5b8201601f81018413615309575f5ffd5b803567ffffffffffffffff811115615323576153236152bf565b8060051b604051601f19603f830116810181811067ffffffffffffffff82111715615350576153506152bf565b60405291825260208184018101929081018784111561536d575f5ffd5b6020850194505b8385101561539057843580825260209586019590935001615374565b509695505050505050565b803563ffffffff81168114611cb4575f5ffd5b5f5f604083850312156153bf575f5ffd5b6153c88361539b565b946020939093013593505050565b5f5f5f6101c084860312156153e9575f5ffd5b6153f38585615235565b9561018085013595506101a0909401359392505050565b5f6020828403121561541a575f5ffd5b61369a8261539b565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f63ffffffff83168061546057615460615423565b8063ffffffff84160491505092915050565b80820281158282048414176105c3576105c3615437565b808201808211156105c3576105c3615437565b5f602082840312156154ac575f5ffd5b813567ffffffffffffffff8116811461369a575f5ffd5b67ffffffffffffffff81811683821601908111156105c3576105c3615437565b5f826154f1576154f1615423565b500490565b634e487b7160e01b5f52603260045260245ffd5b8082018281125f83128015821682158216171561552957615529615437565b505092915050565b8181035f83128015838313168383128216171561488357614883615437565b5f600160ff1b820361556457615564615437565b505f0390565b5f8261557857615578615423565b500690565b818103818111156105c3576105c3615437565b5f5f8335601e198436030181126155a5575f5ffd5b83018035915067ffffffffffffffff8211156155bf575f5ffd5b6020019150600581901b36038213156155d6575f5ffd5b9250929050565b606081525f6156016060830160058152641b5bd9195b60da1b602082015260400190565b6020830194909452506040015290565b7f6169726f6c6c75702e6d6f64656c2e763100000000000000000000000000000081526001600160e01b03198d60e01b1660118201526001600160e01b03198c60e01b166015820152615673601982018c60e01b6001600160e01b0319169052565b61568c601d82018b60e01b6001600160e01b0319169052565b6156a5602182018a60e01b6001600160e01b0319169052565b6156be602582018960e01b6001600160e01b0319169052565b6156d7602982018860e01b6001600160e01b0319169052565b6156f0602d82018760e01b6001600160e01b0319169052565b615709603182018660e01b6001600160e01b0319169052565b615722603582018560e01b6001600160e01b0319169052565b61573b603982018460e01b6001600160e01b0319169052565b603d810191909152605d019b9a5050505050505050505050565b5f8235605e19833603018112615769575f5ffd5b9190910192915050565b5f63ffffffff83168061578857615788615423565b8063ffffffff84160691505092915050565b5f600182016157ab576157ab615437565b5060010190565b8082025f8212600160ff1b841416156157cd576157cd615437565b81810583148215176105c3576105c3615437565b606081525f61560160608301600281526135bb60f11b602082015260400190565b5f5f8335601e19843603018112615817575f5ffd5b83018035915067ffffffffffffffff821115615831575f5ffd5b6020019150368190038213156155d6575f5ffd5b604081525f61586660408301600281526135bb60f11b602082015260400190565b905082602083015292915050565b5f8235607e19833603018112615769575f5ffd5b5f60208284031215615898575f5ffd5b813560ff8116811461369a575f5ffd5b818382375f9101908152919050565b606081525f615601606083016004815263199d5b1b60e21b602082015260400190565b604081525f615866604083016004815263199d5b1b60e21b602082015260400190565b604081525f6158666040830160058152641b5bd9195b60da1b602082015260400190565b5f8235609e19833603018112615769575f5ffd5b5f5f85851115615943575f5ffd5b8386111561594f575f5ffd5b5050820193919092039150565b803560208310156105c3575f19602084900360031b1b169291505056",
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
