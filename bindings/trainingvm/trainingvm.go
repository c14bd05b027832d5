// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package trainingvm

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

// ITrainIOTypesTrainConfig is an auto generated low-level Go binding around an user-defined struct.
type ITrainIOTypesTrainConfig struct {
	Dim         uint32
	Layers      uint32
	Heads       uint32
	KvHeads     uint32
	FfDim       uint32
	Vocab       uint32
	Context     uint32
	Optimizer   uint32
	Lr          int64
	Beta1       int64
	Beta2       int64
	Eps         int64
	Batch       uint32
	SeqLen      uint32
	LrFinal     int64
	DecayFrom   uint64
	DecaySteps  uint64
	Seed        uint64
	LoraRank    uint32
	LoraScale   int64
	LoraTargets uint32
	LoraSeed    uint64
}

// ITrainStepVerifierParams is an auto generated low-level Go binding around an user-defined struct.
type ITrainStepVerifierParams struct {
	Dim         uint32
	Layers      uint32
	Heads       uint32
	KvHeads     uint32
	FfDim       uint32
	Vocab       uint32
	Context     uint32
	Optimizer   uint32
	Lr          int64
	Beta1       int64
	Beta2       int64
	Eps         int64
	Batch       uint32
	SeqLen      uint32
	LrFinal     int64
	DecayFrom   uint64
	DecaySteps  uint64
	ModelSeed   uint64
	LoraRank    uint32
	LoraScale   int64
	LoraTargets uint32
	LoraSeed    uint64
	Part        uint32
}

// TrainingVMMetaData contains all meta data concerning the TrainingVM contract.
var TrainingVMMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractTrainStepVerifier\",\"name\":\"step\",\"type\":\"address\"},{\"internalType\":\"contractITrainIOVerifier\",\"name\":\"io\",\"type\":\"address\"},{\"internalType\":\"contractIJobInbox\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"contractIModelRegistry\",\"name\":\"models\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"INBOX\",\"outputs\":[{\"internalType\":\"contractIJobInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"IO\",\"outputs\":[{\"internalType\":\"contractITrainIOVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODELS\",\"outputs\":[{\"internalType\":\"contractIModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STEP\",\"outputs\":[{\"internalType\":\"contractTrainStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"checkConfig\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"modelSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"part\",\"type\":\"uint32\"}],\"internalType\":\"structITrainStepVerifier.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"checkStepParams\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"exportLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"pretrain\",\"type\":\"bool\"}],\"name\":\"importLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"int32\",\"name\":\"eos\",\"type\":\"int32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"name\":\"metadataLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"project\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"}],\"name\":\"referenceModel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setup\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"rootClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"absolutePrestate\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"transitions\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"modelSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"part\",\"type\":\"uint32\"}],\"internalType\":\"structITrainStepVerifier.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"carried\",\"type\":\"bytes32\"}],\"name\":\"stepInitialRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"subgamePrestate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"state0\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"BadHyper\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"carried\",\"type\":\"bytes32\"}],\"name\":\"CarriedRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"carried\",\"type\":\"bytes32\"}],\"name\":\"ConfigHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofLoc\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"footprintLoc\",\"type\":\"uint256\"}],\"name\":\"FootprintMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"LeafLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tensor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunk\",\"type\":\"uint256\"}],\"name\":\"LeafOutsideTree\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"LeavesNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"}],\"name\":\"NoReferenceModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"dataTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seqLen\",\"type\":\"uint256\"}],\"name\":\"NoSequence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NodeOpenedTwice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"j\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"len\",\"type\":\"uint256\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"preRoot\",\"type\":\"bytes32\"}],\"name\":\"PreStateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"}],\"name\":\"PreimageMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"ProofLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ProofTrailingBytes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"}],\"name\":\"ProofTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"SiblingCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"StateField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"j\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"len\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"token\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"vocab\",\"type\":\"uint256\"}],\"name\":\"TokenOutOfVocab\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"op\",\"type\":\"uint256\"}],\"name\":\"UnsupportedOpcode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"WrongBaseModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"}],\"name\":\"WrongConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetRoot\",\"type\":\"bytes32\"}],\"name\":\"WrongDataset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"eos\",\"type\":\"int256\"}],\"name\":\"WrongEos\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"input\",\"type\":\"bytes32\"}],\"name\":\"WrongPrestate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"WrongRopeSource\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"steps\",\"type\":\"uint256\"}],\"name\":\"WrongSteps\",\"type\":\"error\"}]",
	ID:  "02ed671abcc55436733d1994d7a1c84869",
	Bin: "0x610100604052348015610010575f5ffd5b506040516157c23803806157c283398101604081905261002f91610068565b6001600160a01b0393841660805291831660a052821660c0521660e0526100c4565b6001600160a01b0381168114610065575f5ffd5b50565b5f5f5f5f6080858703121561007b575f5ffd5b845161008681610051565b602086015190945061009781610051565b60408601519093506100a881610051565b60608601519092506100b981610051565b939692955090935050565b60805160a05160c05160e0516156a16101215f395f81816101ad01526113e801525f8181610234015261131e01525f818161020d01528181610d150152610df101525f818161014d01528181610e2c015261161101526156a15ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c8063873bebb311610093578063c4da43d911610063578063c4da43d914610256578063d64d4b0914610269578063defc00cd1461027c578063e934149f1461028f575f5ffd5b8063873bebb3146101e2578063b1dcbee2146101f5578063b61883fd14610208578063b70106971461022f575f5ffd5b806353d0f255116100ce57806353d0f25514610148578063573acd181461018757806365d8c3e4146101a85780636ee02ce9146101cf575f5ffd5b806303f0af29146100f45780631cc8fa16146101095780632379b5231461011c575b5f5ffd5b610107610102366004613d71565b6102a2565b005b610107610117366004613d9a565b61067e565b61012f61012a366004613df2565b610687565b60405161013f9493929190613e8a565b60405180910390f35b61016f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161013f565b61019a6101953660046141ce565b610b34565b60405190815260200161013f565b61016f7f000000000000000000000000000000000000000000000000000000000000000081565b61019a6101dd366004614206565b610c78565b61019a6101f0366004614297565b610ed5565b61019a610203366004614206565b610f9c565b61016f7f000000000000000000000000000000000000000000000000000000000000000081565b61016f7f000000000000000000000000000000000000000000000000000000000000000081565b61019a6102643660046142d5565b611136565b61019a610277366004614300565b6112a6565b61019a61028a36600461431b565b6112d3565b61019a61029d366004614206565b611462565b6102b96102b436839003830183614300565b61181a565b30631cc8fa166102d66102d136859003850185614300565b611b7e565b6040518263ffffffff1660e01b81526004016102f29190614576565b5f6040518083038186803b158015610308575f5ffd5b505afa15801561031a573d5f5f3e3d5ffd5b505f925061033391505061012083016101008401614585565b60070b90505f8113158061034b575064010000000081135b1561038357604051631224e1cf60e11b8152602060048201526002602482015261363960f11b60448201526064015b60405180910390fd5b6103956102208301610200840161459e565b6001600160401b03161580156103e157506103b86101e083016101c08401614585565b60070b1515806103e157506103d561020083016101e0840161459e565b6001600160401b031615155b1561041c57604051631224e1cf60e11b815260206004820152600a6024820152696465636179537465707360b01b604482015260640161037a565b63400000006104336102208401610200850161459e565b6001600160401b0316111561047857604051631224e1cf60e11b815260206004820152600a6024820152696465636179537465707360b01b604482015260640161037a565b5f61048b6102208401610200850161459e565b6001600160401b03161180156104d257505f6104af6101e084016101c08501614585565b60070b1315806104d25750806104cd6101e084016101c08501614585565b60070b135b1561050a57604051631224e1cf60e11b81526020600482015260076024820152661b1c919a5b985b60ca1b604482015260640161037a565b61051b610100830160e084016145b9565b63ffffffff1660010361067a575f61053b61014084016101208501614585565b60070b1280610563575064010000000061055d61014084016101208501614585565b60070b12155b1561059957604051631224e1cf60e11b8152602060048201526005602482015264626574613160d81b604482015260640161037a565b5f6105ac61016084016101408501614585565b60070b12806105d457506401000000006105ce61016084016101408501614585565b60070b12155b1561060a57604051631224e1cf60e11b81526020600482015260056024820152643132ba309960d91b604482015260640161037a565b61100061061f61018084016101608501614585565b60070b1280610646575064010000000061064161018084016101608501614585565b60070b135b1561067a57604051631224e1cf60e11b815260206004820152600360248201526265707360e81b604482015260640161037a565b5050565b61067a81611dba565b5f8080606081610699888a018a61467c565b90505f816020015160028111156106b2576106b261475c565b036106ec57806020015160028111156106cd576106cd61475c565b604051630d1dfb5d60e31b815260ff909116600482015260240161037a565b5f6106f9878901896147e5565b9050610703613c6f565b8151815281516040516303f0af2960e01b815230916303f0af299161072b9190600401614af8565b5f6040518083038186803b158015610741575f5ffd5b505afa158015610753573d5f5f3e3d5ffd5b50505050610763825f01516127e9565b60608083018290528401511461079f5760608082015190840151604051630a8c976b60e21b81526004810192909252602482015260440161037a565b60c08301515163ffffffff165f036107cc57604051631d206ec960e11b81525f600482015260240161037a565b60c08301515163ffffffff1660808083019190915260208084015160408051808201825260138152726169726f6c6c75702e646174617365742e763160681b8185015282518385015184840151606086015197860151945195975f9761083d97959694959394929391929101614b1e565b604051602081830303815290604052805190602001209050846101800151811461088b5761018085015160405163514918d160e01b815261037a918391600401918252602082015260400190565b83516101a001516108a39063ffffffff166001614b75565b82604001516001600160401b031610156108d057604051631224e1cf60e11b815260040161037a90614b88565b6040808301516080840151845160e087015260c08601526001600160401b031660a085015283018190526001856020015160028111156109125761091261475c565b0361095857604085015161094157846040015160405163ac761daf60e01b815260040161037a91815260200190565b60408501805160208501525161012084015261099c565b60408501511561098357846040015160405163ac761daf60e01b815260040161037a91815260200190565b610995855f01518661016001516112d3565b6101208401525b5f19846040015160030b12806109c65750835f015160a0015163ffffffff16846040015160030b12155b156109f05760408085015190516363d973a960e11b815260039190910b600482015260240161037a565b60408401805160030b6101008501528451905183515f92610a12929091610ed5565b9050610a20855f015161291e565b856060015151141580610a465750836101200151610a43825f886060015161294e565b14155b15610a6d57836101200151604051639989a21560e01b815260040161037a91815260200190565b6040518060400160405280601781526020017f6169726f6c6c75702e747261696e2e66696e616c2e7631000000000000000000815250866101a00151838660600151604051602001610ac29493929190614bb1565b604051602081830303815290604052805190602001209950610ae3846129df565b985083608001516001600160401b03166002610aff9190614b75565b975083604051602001610b129190614bd6565b6040516020818303038152906040529650505050505050945094509450949050565b5f610b4e8383610b4657611000612a5b565b610200612a5b565b610b59906001614b75565b61024084015190915063ffffffff1615610c72575f5f5b6007811015610c4e5761028085015163ffffffff16811c60011615610c46575f5f610bc187610bbc5f60048710610bb157610bac876002614b75565b612b1c565b610bac876001614b75565b612b3e565b610240890151919350915063ffffffff166102006001610be18284614b75565b610beb9190614c62565b610bf59190614c89565b610bff9084614c9c565b6102006001610c0e8286614b75565b610c189190614c62565b610c229190614c89565b610c2c9083614c9c565b610c369190614b75565b610c409086614b75565b94505050505b600101610b70565b506020840151610c649063ffffffff1682614c9c565b610c6e9083614b75565b9150505b92915050565b5f5f610c848888612cbd565b60808101519091506001600160401b0316610ca0816001614b75565b871115610cb1578592505050610ecb565b865f03610d965781516040805160a08082018352602080870151835283870151908301526080808701516001600160401b039081168486015291870151909116606083015260c08601519082015290516368ce134f60e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016926368ce134f92610d4e928b908b908b90600401614cdb565b602060405180830381865afa158015610d69573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d8d9190614d56565b92505050610ecb565b610da1816001614b75565b8703610e2a5781516040805160808101825260e0850151815261010085015160030b6020820152818501518183015261012085015160608201529051632f073c2d60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001692632f073c2d92610d4e928b908b908b90600401614d6d565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c500d82c610e65845f0151611b7e565b8888886040518563ffffffff1660e01b8152600401610e879493929190614dc3565b602060405180830381865afa158015610ea2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ec69190614d56565b925050505b9695505050505050565b5f5f845f015185602001518660400151876060015188608001518960a001518a60c001518b604001518c5f0151610f0c9190614ded565b604051602001610f23989796959493929190614e25565b60408051601f198184030181528282018252601183527030b4b937b6363ab81736b7b232b6173b1960791b6020848101919091529151909350610f7b9291849163461c400091633727c5ac915f918b918b9101614e91565b604051602081830303815290604052805190602001209150505b9392505050565b5f5f610fa88888612cbd565b60808101519091506001600160401b0316610fc4816001614b75565b871115610fd5578592505050610ecb565b865f0361107f575f610fe6836129df565b905080871461101257604051638a5f316960e01b8152600481018890526024810182905260440161037a565b604051806040016040528060188152602001776169726f6c6c75702e747261696e2e696d706f72742e763160401b8152505f885f5f5f5f60405160200161105f9796959493929190614ee8565b604051602081830303815290604052805190602001209350505050610ecb565b61108c8288888888612cf3565b611097816001614b75565b870361110557604051806040016040528060188152602001776169726f6c6c75702e747261696e2e6578706f72742e763160401b8152505f875f5f6040516020016110e6959493929190614f3d565b6040516020818303038152906040528051906020012092505050610ecb565b8151309063c4da43d99061111890611b7e565b886040518363ffffffff1660e01b8152600401610e87929190614f8b565b5f5f61114184611dba565b90505f611150602d6001614b75565b6001600160401b0381111561116757611167613eae565b604051908082528060200260200182016040528015611190578160200160208202803683370190505b5090505f5b602d8110156111e8575f5f6111a983612ed5565b915091506111c16111ba8685612f21565b838361320f565b8484815181106111d3576111d3614fa8565b60209081029190910101525050600101611195565b506111f282613296565b81602d8151811061120557611205614fa8565b602002602001018181525050766169726f6c6c75702e747261696e2e6d6963726f2e763160481b5f5f866112388561352d565b60405168ffffffffffffffffff1995909516602086015260c09390931b6001600160c01b031916603785015260e09190911b6001600160e01b031916603f84015260438301526063820152608301604051602081830303815290604052805190602001209250505092915050565b5f8160c0015163ffffffff166112be83611000612a5b565b6112c9906002614b75565b610c729190614b75565b5f81156112fe57604051637df5579d60e01b81526001600160401b038416600482015260240161037a565b6040516308ca792360e21b81526001600160401b03841660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632329e48c9060240161028060405180830381865afa15801561136c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113909190615098565b604001519050806001600160401b03165f036113ca57604051637df5579d60e01b81526001600160401b038516600482015260240161037a565b604051636152e65560e01b81526001600160401b03821660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636152e6559060240160a060405180830381865afa158015611435573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061145991906151d0565b51949350505050565b5f5f61146e8888612cbd565b60808101519091506001600160401b031661148a816001614b75565b87111561149b578592505050610ecb565b5f5f885f0361151d57604051806040016040528060188152602001776169726f6c6c75702e747261696e2e696d706f72742e763160401b81525087876040516020016114e993929190615241565b604051602081830303815290604052805190602001209150611516845f01515f5f1b866020015114610b34565b905061170b565b611528836001614b75565b890361159757604051806040016040528060188152602001776169726f6c6c75702e747261696e2e6578706f72742e763160401b815250878760405160200161157393929190615241565b604051602081830303815290604052805190602001209150611516845f01516112a6565b604c86146115c857604051639c7add2960e01b8152600481018a90525f60248201526044810189905260640161037a565b766169726f6c6c75702e747261696e2e6d6963726f2e763160481b87876040516020016115f79392919061525f565b6040516020818303038152906040528051906020012091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663fe59841c6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561166b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061168f9190615284565b6001600160a01b03166363406eef6116a9865f0151611b7e565b5f6040518363ffffffff1660e01b81526004016116c7929190614f8b565b61010060405180830381865afa1580156116e3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611707919061529f565b5090505b602886101561173d57604051639c7add2960e01b8152600481018a90525f60248201526044810189905260640161037a565b87821461176e57604051639c7add2960e01b8152600481018a9052602481018390526044810189905260640161037a565b5f61177c600882898b615325565b6117859161534c565b60c01c90508181146117bb5760405163130d61b160e01b8152600481018b9052602481018290526044810183905260640161037a565b5f8a15806117d257506117cf856001614b75565b8b145b6117dd57600c6117e0565b60085b60ff1690508881896117f3826020614b75565b9261180093929190615325565b61180991615384565b9d9c50505050505050505050505050565b61184c6040518060400160405280600381526020016264696d60e81b815250825f015163ffffffff1662100000613648565b611881604051806040016040528060068152602001656c617965727360d01b815250826020015163ffffffff16611000613648565b6118bc60405180604001604052806005815260200164686561647360d81b815250826040015163ffffffff16835f015163ffffffff16613648565b6118fa604051806040016040528060078152602001666b76486561647360c81b815250826060015163ffffffff16836040015163ffffffff16613648565b61192f60405180604001604052806005815260200164666644696d60d81b815250826080015163ffffffff1662100000613648565b611965604051806040016040528060058152602001643b37b1b0b160d91b8152508260a0015163ffffffff166301000000613648565b61199d6040518060400160405280600781526020016618dbdb9d195e1d60ca1b8152508260c0015163ffffffff166301000000613648565b80516119b19060209063ffffffff166153a1565b15611a0c5780516119ca9060209063ffffffff166153a1565b60405163152810fd60e31b81526060600482015260086064820152673234b6901290199960c11b608482015260248101919091525f604482015260a40161037a565b6020816080015163ffffffff16611a2391906153a1565b15611a83576020816080015163ffffffff16611a3f91906153a1565b60405163152810fd60e31b815260606004820152600a60648201526933332234b6901290199960b11b608482015260248101919091525f604482015260a40161037a565b60408101518151611a9491906153b4565b63ffffffff1615611afa5760408101518151611ab091906153b4565b60405163152810fd60e31b815260606004820152600b60648201526a64696d202520686561647360a81b608482015263ffffffff90911660248201525f604482015260a40161037a565b80606001518160400151611b0e91906153b4565b63ffffffff1615611b7b5780606001518160400151611b2d91906153b4565b60405163152810fd60e31b815260606004820152600f60648201526e68656164732025206b76486561647360881b608482015263ffffffff90911660248201525f604482015260a40161037a565b50565b604080516102e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081018290526102a081018290526102c0810191909152604051806102e00160405280835f015163ffffffff168152602001836020015163ffffffff168152602001836040015163ffffffff168152602001836060015163ffffffff168152602001836080015163ffffffff1681526020018360a0015163ffffffff1681526020018360c0015163ffffffff1681526020018360e0015163ffffffff16815260200183610100015160070b815260200183610120015160070b815260200183610140015160070b815260200183610160015160070b815260200183610180015163ffffffff168152602001836101a0015163ffffffff168152602001836101c0015160070b8152602001836101e001516001600160401b031681526020018361020001516001600160401b031681526020018361022001516001600160401b0316815260200183610240015163ffffffff16815260200183610260015160070b815260200183610280015163ffffffff168152602001836102a001516001600160401b031681526020015f63ffffffff168152509050919050565b611e686040518061034001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b611e7560208301836145b9565b63ffffffff168152611e8d60408301602084016145b9565b63ffffffff166020820152611ea860608301604084016145b9565b63ffffffff166040820152611ec360808301606084016145b9565b63ffffffff166060820152611ede60a08301608084016145b9565b63ffffffff166080820152611ef960c0830160a084016145b9565b63ffffffff1660a0820152611f166101c083016101a084016145b9565b63ffffffff1660c0820152611f336101a0830161018084016145b9565b63ffffffff1660e082015280511580611f5857508051611f55906020906153a1565b15155b80611f6557508051618000105b15611fa5578051604080516360103d0160e11b81526004810191909152600360448201526264696d60e81b6064820152602481019190915260840161037a565b60208101511580611fbb57506104008160200151115b15612001576020810151604080516360103d0160e11b8152600481019190915260066044820152656c617965727360d01b6064820152602481019190915260840161037a565b6040810151158061202157506040810151815161201e91906153a1565b15155b8061204757506040810151815160029161203a91614c89565b61204491906153a1565b15155b156120885760408082015181516360103d0160e11b815260048101929092526005604483015264686561647360d81b6064830152602482015260840161037a565b606081015115806120ab5750806060015181604001516120a891906153a1565b15155b156120f2576060810151604080516360103d0160e11b8152600481019190915260076044820152666b76486561647360c81b6064820152602481019190915260840161037a565b6080810151158061211257506020816080015161210f91906153a1565b15155b806121235750620180008160800151115b15612168576080810151604080516360103d0160e11b815260048101919091526005604482015264666644696d60d81b6064820152602481019190915260840161037a565b60a0810151158061217f5750622000008160a00151115b156121c45760a0810151604080516360103d0160e11b8152600481019190915260056044820152643b37b1b0b160d91b6064820152602481019190915260840161037a565b6121d460e0830160c084016145b9565b63ffffffff1615806121fd5750621000006121f560e0840160c085016145b9565b63ffffffff16115b156122545761221260e0830160c084016145b9565b604080516360103d0160e11b81526004810191909152600760448201526618dbdb9d195e1d60ca1b606482015263ffffffff909116602482015260840161037a565b60e0810151158061226b5750620100008160e00151115b156122b05760e0810151604080516360103d0160e11b8152600481019190915260056044820152640c4c2e8c6d60db1b6064820152602481019190915260840161037a565b60c081015115806122d957506122cc60e0830160c084016145b9565b63ffffffff168160c00151115b1561231f5760c0810151604080516360103d0160e11b81526004810191909152600660448201526539b2b8a632b760d11b6064820152602481019190915260840161037a565b604081015181516123309190614c89565b610100820181905260608201516123479190614c9c565b61012082015261235f6102e083016102c084016145b9565b63ffffffff16156123875761237c6102e083016102c084016145b9565b63ffffffff1661238b565b6104005b610140820181905261239f906020906153a1565b1515806123b25750610400816101400151115b1561240a576123c96102e083016102c084016145b9565b6040516360103d0160e11b815260040161037a91906040808252600490820152631c185c9d60e21b606082015263ffffffff91909116602082015260800190565b600161241d610100840160e085016145b9565b63ffffffff16111561247e5761243a610100830160e084016145b9565b604080516360103d0160e11b81526004810191909152600960448201526837b83a34b6b4bd32b960b91b606482015263ffffffff909116602482015260840161037a565b61248f610100830160e084016145b9565b63ffffffff166001146101808201526124b061012083016101008401614585565b6124c261014084016101208501614585565b6124d461016085016101408601614585565b6124e661018086016101608701614585565b600790810b6102a086015290810b61028085015290810b6102608401520b61024082015261251c6101e083016101c08401614585565b61252e61020084016101e0850161459e565b6125406102208501610200860161459e565b61255261028086016102608701614585565b600790810b6103208601526001600160401b0391821661030086015291166102e08401520b6102c0820152602081015161258e90600990614c9c565b612599906003614b75565b6101a08201526125b1610260830161024084016145b9565b63ffffffff166101608201819052610100101561260c57610160810151604080516360103d0160e11b8152600481019190915260086044820152676c6f726152616e6b60c01b6064820152602481019190915260840161037a565b8061016001515f036126d65761262a6102a0830161028084016145b9565b63ffffffff16151580612650575061264a61028083016102608401614585565b60070b15155b8061267457506126686102c083016102a0840161459e565b6001600160401b031615155b156126d15761268b6102a0830161028084016145b9565b604080516360103d0160e11b81526004810191909152600b60448201526a6c6f72615461726765747360a81b606482015263ffffffff909116602482015260840161037a565b919050565b6126e86102a0830161028084016145b9565b63ffffffff161580612712575060806127096102a0840161028085016145b9565b63ffffffff1610155b156127295761268b6102a0830161028084016145b9565b5f61273c6102a0840161028085016145b9565b601e600182901b166403ffffffc0600283901b16176101c084015263ffffffff1690505f5b60098110156127e25780836101c00151901c6001166001036127da576101e0830180519061278e826153db565b9052505f806127a7856127a2856001614b75565b61367d565b915091508461020001518211156127c15761020085018290525b8461022001518111156127d75761022085018190525b50505b600101612761565b5050919050565b5f5f6040518060400160405280601881526020017f6169726f6c6c75702e747261696e2e636f6e6669672e76310000000000000000815250835f015184602001518560400151866060015187608001518860a001518960c001518a60e001518b61010001518c610120015160405160200161286e9b9a999897969594939291906153f3565b60408051601f19818403018152908290526101408501516101608601516101808701516101a08801516101c08901516101e08a01516102008b01516102208c01516102408d01516102608e0151999b505f9a6128cd9a90602001615493565b60405160208183030381529060405290508181856102800151866102a001516040516020016128ff949392919061552b565b6040516020818303038152906040528051906020012092505050919050565b5f610c728260c0015163ffffffff1661293f8461293a86613798565b6137bb565b6129499190614b75565b6138a5565b80515f9061010081108015612964575083811c15155b1561298c576040516394666f0d60e01b8152600481018590526024810182905260440161037a565b849150602083018160051b81015b808210156129d5576001861660051b825180861715158683528160208418528060405f200296505050508560011c955060208201915061299a565b5050509392505050565b5f6040518060400160405280601781526020017f6169726f6c6c75702e747261696e2e696e7075742e76310000000000000000008152508260200151836040015184606001518560800151604051602001612a3e95949392919061556e565b604051602081830303815290604052805190602001209050919050565b5f612a67835f84613920565b90505f5f5b6009811015612a9d57612a8985612a835f84612b1c565b86613920565b612a939083614b75565b9150600101612a6c565b506020840151612ab39063ffffffff1682614c9c565b612abd9083614b75565b91505f6009856020015163ffffffff16612ad79190614c9c565b612ae2906001614b75565b90505b612aee85613798565b811015612b1457612b00858286613920565b612b0a9084614b75565b9250600101612ae5565b505092915050565b5f81612b29600985614c9c565b612b34906001614b75565b610f959190614b75565b5f5f5f6009856020015163ffffffff16612b589190614c9c565b612b63906001614b75565b9050831580612b7b5750612b78816001614b75565b84145b15612b995750505060a0820151825163ffffffff9182169116612cb6565b808403612bb357505082516001915063ffffffff16612cb6565b5f6009612bc1600187614c62565b612bcb91906153a1565b9050801580612bda5750600581145b15612bf457505083516001925063ffffffff169050612cb6565b8060011480612c035750600481145b15612c1c575050835163ffffffff169150819050612cb6565b8060021480612c2b5750806003145b15612c715760408601518651612c419190614ded565b63ffffffff16866060015163ffffffff16612c5c9190614c9c565b865190945063ffffffff169250612cb6915050565b8060061480612c805750806007145b15612c9f575050506080830151835163ffffffff918216925016612cb6565b50508351608085015163ffffffff91821693501690505b9250929050565b612cc5613c6f565b6103e08214612ce7576040516361d17eff60e11b815260040160405180910390fd5b610f95828401846155a5565b60d88114612d2457604051639c7add2960e01b8152600481018590525f60248201526044810184905260640161037a565b5f612d3083835f61394d565b9050838114612d6357604051639c7add2960e01b815260048101869052602481018290526044810185905260640161037a565b612d6e600186614c62565b612d7b60085f8587615325565b612d849161534c565b60c01c14612dc55784604051632faf09ab60e01b815260040161037a918152604060208201819052600490820152630737465760e41b606082015260800190565b60a08601516001600160401b0316612de1601860108587615325565b612dea9161534c565b60c01c14612e0d5784604051632faf09ab60e01b815260040161037a919061564e565b60c0860151612e20603860188587615325565b612e2991615384565b14612e6d5784604051632faf09ab60e01b815260040161037a918152604060208201819052600a90820152691d1bdad95b9cd49bdbdd60b21b606082015260800190565b6060860151612e80605860388587615325565b612e8991615384565b14612ecd5784604051632faf09ab60e01b815260040161037a918152604060208201819052600a90820152690c6dedcccd2ce90c2e6d60b31b606082015260800190565b505050505050565b5f80600165149801888810841c81169003612ef65750601092600892509050565b6001650b0400000000841c81169003612f155750602092601092509050565b50602092600492509050565b5f5f8360c001518460200151612f379190614c9c565b905082612f565760c0840151612f4e906001614b75565b915050610c72565b60018303612f8957835160c08501516020860151612f75906001614b75565b612f7f9190614c9c565b612f4e9190614c9c565b6002831480612f985750600383145b80612fa35750600583145b80612fae5750600883145b80612fb95750600983145b80612fc45750600a83145b15612fd5578351612f4e9082614c9c565b6004831480612fe45750600b83145b15612ff0579050610c72565b6006831480612fff5750600783145b1561301457610120840151612f4e9082614c9c565b600c8310158015613026575060108311155b1561303a576080840151612f4e9082614c9c565b60118314806130495750601283145b1561305f57835160c0850151612f4e9190614c9c565b601383148061306e5750601683145b806130795750601783145b806130845750602783145b1561309557505060c0820151610c72565b60148314806130a45750601f83145b156130b25750508151610c72565b60158314806130c15750601983145b156130d257505060a0820151610c72565b60188314806130e15750602283145b156130f3575050610100820151610c72565b601a83101580156131055750601e8311155b1561311b57835160c0850151612f4e9190614c9c565b602083148061312a5750602183145b156131435783608001518460c00151612f4e9190614c9c565b60238314806131525750602483145b1561316c578361012001518460c00151612f4e9190614c9c565b602583148061317b5750602683145b1561318d575050610120820151610c72565b602883036131b45760808401518451116131ab578360800151612f4e565b50508151610c72565b602983036131d257836102200151846101600151612f4e9190614c9c565b602a83036131f057836101600151846102000151612f4e9190614c9c565b602b8303613205575050610160820151610c72565b5060409392505050565b5f835f0361321e57505f610f95565b5f83600161322c8288614b75565b6132369190614c62565b6132409190614c89565b90505f8461324f600184614c62565b6132599190614c9c565b6132639087614c62565b90505f5f60405186880236823786880281209250868402812091505061328a8282866139cf565b98975050505050505050565b60408051600980825261014082019092525f9182919060208201610120803683370190505090505f5f5b6009811015613327576132dd856132d8836001614b75565b613a62565b1561331f576132f6856132f1836001614b75565b613ad8565b83828151811061330857613308614fa8565b602090810291909101015261331c826153db565b91505b6001016132c0565b505f6009856020015161333a9190614c9c565b613345906001614b75565b90505f613352865f613a62565b90505f81613360575f613363565b60035b60ff168760200151856133769190614c9c565b6133809190614b75565b9050805f0361339557505f9695505050505050565b5f816001600160401b038111156133ae576133ae613eae565b6040519080825280602002602001820160405280156133d7578160200160208202803683370190505b5090505f8315613415576133eb895f613ad8565b82826133f6816153db565b93508151811061340857613408614fa8565b6020026020010181815250505b5f5b8960200151811015613498575f5b600981101561348f5761343d8b6132d8836001614b75565b156134875788818151811061345457613454614fa8565b6020026020010151848480613468906153db565b95508151811061347a5761347a614fa8565b6020026020010181815250505b600101613425565b50600101613417565b508315613517576134a98986613ad8565b82826134b4816153db565b9350815181106134c6576134c6614fa8565b602002602001018181525050815f815181106134e4576134e4614fa8565b60200260200101518282806134f8906153db565b93508151811061350a5761350a614fa8565b6020026020010181815250505b6135208261352d565b9998505050505050505050565b80515f9080820361354057505f92915050565b6001811115613626575f6002613557836001614b75565b6135619190614c89565b90505f5b8181101561361e575f613579826002614c9c565b90506135f886828151811061359057613590614fa8565b6020026020010151858360016135a69190614b75565b106135bf575f8181526020819052604090209015150290565b876135cb846001614b75565b815181106135db576135db614fa8565b60200260200101515f828152602082905260409020911715150290565b86838151811061360a5761360a614fa8565b602090810291909101015250600101613565565b509050613540565b825f8151811061363857613638614fa8565b6020026020010151915050919050565b81158061365457508082115b156136785782828260405163152810fd60e31b815260040161037a9392919061567d565b505050565b5f808215806136a65750600984602001516136989190614c9c565b6136a3906002614b75565b83145b156136b957505060a08201518251612cb6565b600984602001516136ca9190614c9c565b6136d5906001614b75565b83036136e75750508151600190612cb6565b5f60096136f5600186614c62565b6136ff91906153a1565b905080158061370e5750600581145b15613720575050825160019150612cb6565b600181148061372f5750600481145b156137405750508251905080612cb6565b600281148061374f5750600381145b15613764575050506101208201518251612cb6565b60068114806137735750600781145b156137875750505060808201518251612cb6565b505082516080909301519293915050565b5f6009826020015163ffffffff166137b09190614c9c565b610c72906003614b75565b60018115610c72576137cd835f613b04565b6137d79082614b75565b90505f60096137e7600185614c62565b6137f19190614c89565b9050836020015163ffffffff168111156138125750602083015163ffffffff165b5f5f5b6009811015613845576138318661382c5f84612b1c565b613b04565b61383b9083614b75565b9150600101613815565b506138508183614c9c565b61385a9084614b75565b92505f613868600984614c9c565b613873906001614b75565b90505b8481101561389c576138888682613b04565b6138929085614b75565b9350600101613876565b50505092915050565b5f600182116138b557505f919050565b505f19016001600160801b03811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f1060021b1782811c909110600190811b90911791821c81109091170190565b5f5f61392c8585612b3e565b50905061393a858585613b32565b6139449082614c9c565b95945050505050565b60408051808201909152601781527f6169726f6c6c75702e747261696e2e73746174652e763100000000000000000060208201525f9084838561399160d883614b75565b9261399e93929190615325565b6040516020016139b093929190615241565b6040516020818303038152906040528051906020012090509392505050565b5f5b6001821115613a5a576139e56002836153a1565b600103613a15575f8481526020858152604080832086845291839052909120941515029392151590920291613a3c565b5f848152602085815260408083209186905290912085151590910294939093171515909202915b6002613a49836001614b75565b613a539190614c89565b91506139d1565b509092915050565b5f8261016001515f03613a7757506001610c72565b811580613a9f575060098360200151613a909190614c9c565b613a9b906001614b75565b8210155b15613aab57505f610c72565b6009613ab8600184614c62565b613ac291906153a1565b836101c00151901c600116600114905092915050565b5f5f5f613ae5858561367d565b915091505f613af7826020600861320f565b9050610ecb8182856139cf565b5f5f5f613b118585612b3e565b91509150613b1f8585613b72565b613b295781613944565b61394481613bf2565b5f5f613b3f858585613c15565b5090505f613b4d8686612b3e565b91508290506001613b5e8284614b75565b613b689190614c62565b610ecb9190614c89565b5f5f6009846020015163ffffffff16613b8b9190614c9c565b613b96906001614b75565b9050808303613ba9576001915050610c72565b6001831080613bb757508083115b15613bc5575f915050610c72565b5f6009613bd3600186614c62565b613bdd91906153a1565b90508015806139445750600514949350505050565b5f60206001613c018285614b75565b613c0b9190614c62565b610c729190614c89565b5f5f613c218585613b72565b15613c315750602090505f613c67565b5f613c3c8686612b3e565b9150505f613c4c61294983613bf2565b90508460078210613c5e576007613c60565b815b9350935050505b935093915050565b60408051610400810182525f6101408201818152610160830182905261018083018290526101a083018290526101c083018290526101e08301829052610200830182905261022083018290526102408301829052610260830182905261028083018290526102a083018290526102c083018290526102e08301829052610300830182905261032083018290526103408301829052610360830182905261038083018290526103a083018290526103c083018290526103e08301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081019190915290565b5f6102c0828403128015613a5a575f5ffd5b5f6102e08284031215613d94575f5ffd5b50919050565b5f6102e08284031215613dab575f5ffd5b610f958383613d83565b5f5f83601f840112613dc5575f5ffd5b5081356001600160401b03811115613ddb575f5ffd5b602083019150836020828501011115612cb6575f5ffd5b5f5f5f5f60408587031215613e05575f5ffd5b84356001600160401b03811115613e1a575f5ffd5b613e2687828801613db5565b90955093505060208501356001600160401b03811115613e44575f5ffd5b613e5087828801613db5565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b848152836020820152826040820152608060608201525f610ecb6080830184613e5c565b634e487b7160e01b5f52604160045260245ffd5b6040516102c081016001600160401b0381118282101715613ee557613ee5613eae565b60405290565b60405160a081016001600160401b0381118282101715613ee557613ee5613eae565b6040516101c081016001600160401b0381118282101715613ee557613ee5613eae565b604051608081016001600160401b0381118282101715613ee557613ee5613eae565b60405161020081016001600160401b0381118282101715613ee557613ee5613eae565b60405161014081016001600160401b0381118282101715613ee557613ee5613eae565b604051601f8201601f191681016001600160401b0381118282101715613fc057613fc0613eae565b604052919050565b63ffffffff81168114611b7b575f5ffd5b80356126d181613fc8565b8035600781900b81146126d1575f5ffd5b6001600160401b0381168114611b7b575f5ffd5b80356126d181613ff5565b5f6102c08284031215614025575f5ffd5b61402d613ec2565b905061403882613fd9565b815261404660208301613fd9565b602082015261405760408301613fd9565b604082015261406860608301613fd9565b606082015261407960808301613fd9565b608082015261408a60a08301613fd9565b60a082015261409b60c08301613fd9565b60c08201526140ac60e08301613fd9565b60e08201526140be6101008301613fe4565b6101008201526140d16101208301613fe4565b6101208201526140e46101408301613fe4565b6101408201526140f76101608301613fe4565b61016082015261410a6101808301613fd9565b61018082015261411d6101a08301613fd9565b6101a08201526141306101c08301613fe4565b6101c08201526141436101e08301614009565b6101e08201526141566102008301614009565b6102008201526141696102208301614009565b61022082015261417c6102408301613fd9565b61024082015261418f6102608301613fe4565b6102608201526141a26102808301613fd9565b6102808201526141b56102a08301614009565b6102a082015292915050565b8015158114611b7b575f5ffd5b5f5f6102e083850312156141e0575f5ffd5b6141ea8484614014565b91506102c08301356141fb816141c1565b809150509250929050565b5f5f5f5f5f5f6080878903121561421b575f5ffd5b86356001600160401b03811115614230575f5ffd5b61423c89828a01613db5565b909750955050602087013593506040870135925060608701356001600160401b03811115614268575f5ffd5b61427489828a01613db5565b979a9699509497509295939492505050565b8035600381900b81146126d1575f5ffd5b5f5f5f61030084860312156142aa575f5ffd5b6142b48585614014565b92506142c36102c08501614286565b929592945050506102e0919091013590565b5f5f61030083850312156142e7575f5ffd5b6142f18484613d83565b946102e0939093013593505050565b5f6102c08284031215614311575f5ffd5b610f958383614014565b5f5f6040838503121561432c575f5ffd5b823561433781613ff5565b946020939093013593505050565b805163ffffffff1682526020810151614366602084018263ffffffff169052565b50604081015161437e604084018263ffffffff169052565b506060810151614396606084018263ffffffff169052565b5060808101516143ae608084018263ffffffff169052565b5060a08101516143c660a084018263ffffffff169052565b5060c08101516143de60c084018263ffffffff169052565b5060e08101516143f660e084018263ffffffff169052565b5061010081015161440d61010084018260070b9052565b5061012081015161442461012084018260070b9052565b5061014081015161443b61014084018260070b9052565b5061016081015161445261016084018260070b9052565b5061018081015161446c61018084018263ffffffff169052565b506101a08101516144866101a084018263ffffffff169052565b506101c081015161449d6101c084018260070b9052565b506101e08101516144ba6101e08401826001600160401b03169052565b506102008101516144d76102008401826001600160401b03169052565b506102208101516144f46102208401826001600160401b03169052565b5061024081015161450e61024084018263ffffffff169052565b5061026081015161452561026084018260070b9052565b5061028081015161453f61028084018263ffffffff169052565b506102a081015161455c6102a08401826001600160401b03169052565b506102c08101516136786102c084018263ffffffff169052565b6102e08101610c728284614345565b5f60208284031215614595575f5ffd5b610f9582613fe4565b5f602082840312156145ae575f5ffd5b8135610f9581613ff5565b5f602082840312156145c9575f5ffd5b8135610f9581613fc8565b60038110611b7b575f5ffd5b80356126d1816145d4565b5f60a082840312156145fb575f5ffd5b614603613eeb565b9050813561461081613fc8565b8152602082013561462081613fc8565b6020820152604082013561463381613fc8565b6040820152606082013561464681613fc8565b606082015260809182013591810191909152919050565b6001600160801b0381168114611b7b575f5ffd5b80356126d18161465d565b5f61024082840312801561468e575f5ffd5b50614697613f0d565b6146a083614009565b81526146ae602084016145e0565b602082015260408381013590820152606080840135908201526146d360808401613fd9565b60808201526146e460a08401613fd9565b60a08201526146f68460c085016145eb565b60c082015261016083013560e08201526101808301356101008201526101a083013561012082015261472b6101c08401614671565b6101408201526101e0830135610160820152610200830135610180820152610220909201356101a083015250919050565b634e487b7160e01b5f52602160045260245ffd5b5f82601f83011261477f575f5ffd5b81356001600160401b0381111561479857614798613eae565b8060051b6147a860208201613f98565b918252602081850181019290810190868411156147c3575f5ffd5b6020860192505b83831015610ecb5782358252602092830192909101906147ca565b5f602082840312156147f5575f5ffd5b81356001600160401b0381111561480a575f5ffd5b82018084036103a081121561481d575f5ffd5b614825613f30565b61482f8684614014565b815260a06102bf1983011215614843575f5ffd5b61484b613eeb565b6102c0840135815291506102e083013561486481613ff5565b602083015261030083013561487881613ff5565b604083015261032083013560608301526103408301356080830152602081018290526148a76103608401614286565b604082015261038083013591506001600160401b038211156148c7575f5ffd5b6148d386838501614770565b606082015295945050505050565b805163ffffffff1682526020810151614902602084018263ffffffff169052565b50604081015161491a604084018263ffffffff169052565b506060810151614932606084018263ffffffff169052565b50608081015161494a608084018263ffffffff169052565b5060a081015161496260a084018263ffffffff169052565b5060c081015161497a60c084018263ffffffff169052565b5060e081015161499260e084018263ffffffff169052565b506101008101516149a961010084018260070b9052565b506101208101516149c061012084018260070b9052565b506101408101516149d761014084018260070b9052565b506101608101516149ee61016084018260070b9052565b50610180810151614a0861018084018263ffffffff169052565b506101a0810151614a226101a084018263ffffffff169052565b506101c0810151614a396101c084018260070b9052565b506101e0810151614a566101e08401826001600160401b03169052565b50610200810151614a736102008401826001600160401b03169052565b50610220810151614a906102208401826001600160401b03169052565b50610240810151614aaa61024084018263ffffffff169052565b50610260810151614ac161026084018260070b9052565b50610280810151614adb61028084018263ffffffff169052565b506102a08101516136786102a08401826001600160401b03169052565b6102c08101610c7282846148e1565b5f81518060208401855e5f93019283525090919050565b5f614b298289614b07565b96875250506001600160c01b031960c094851b811660208701529290931b909116602884015260308301526050820152607001919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610c7257610c72614b61565b602081525f610c7260208301600a81526964617461546f6b656e7360b01b602082015260400190565b5f614bbc8287614b07565b948552505060208301919091526040820152606001919050565b5f6103e082019050614be98284516148e1565b60208301516102c083015260408301516102e0830152606083015161030083015260808301516001600160401b0390811661032084015260a08401511661034083015260c083015161036083015260e083015161038083015261010083015160030b6103a0830152610120909201516103c09091015290565b81810381811115610c7257610c72614b61565b634e487b7160e01b5f52601260045260245ffd5b5f82614c9757614c97614c75565b500490565b8082028115828204841417610c7257610c72614b61565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b614ce581876148e1565b84516102c082015260208501516102e08201526001600160401b036040860151166103008201526001600160401b036060860151166103208201526080850151610340820152836103608201526103a06103808201525f614d4b6103a083018486614cb3565b979650505050505050565b5f60208284031215614d66575f5ffd5b5051919050565b614d7781876148e1565b84516102c0820152602085015160030b6102e082015260408501516103008201526060850151610320820152836103408201526103806103608201525f614d4b61038083018486614cb3565b614dcd8186614345565b836102e08201526103206103008201525f610ecb61032083018486614cb3565b5f63ffffffff831680614e0257614e02614c75565b8063ffffffff84160491505092915050565b60e01b6001600160e01b0319169052565b6001600160e01b031960e08a811b8216835289811b8216600484015288811b8216600884015287811b8216600c84015286811b8216601084015285901b166014820152614e756018820184614e14565b614e82601c820183614e14565b60200198975050505050505050565b5f614ea5614e9f838b614b07565b89614b07565b6001600160e01b031960e098891b8116825296881b8716600482015294871b861660088601525050931b909116600c820152601081019190915260300192915050565b5f614ef3828a614b07565b6001600160c01b031960c0998a1b81168252600882019890985295881b87166028870152505091851b84166030840152841b8316603883015290921b166040820152604801919050565b5f614f488288614b07565b60c096871b6001600160c01b0319908116825260088201969096529390951b909316602883015260e01b6001600160e01b03191660308201526034019392505050565b6103008101614f9a8285614345565b826102e08301529392505050565b634e487b7160e01b5f52603260045260245ffd5b6001600160a01b0381168114611b7b575f5ffd5b80516126d181614fbc565b80516126d1816145d4565b80516126d181613ff5565b80516126d181613fc8565b5f60a0828403121561500c575f5ffd5b615014613eeb565b9050815161502181613fc8565b8152602082015161503181613fc8565b6020820152604082015161504481613fc8565b6040820152606082015161505781613fc8565b606082015260809182015191810191909152919050565b80516126d18161465d565b8051600581106126d1575f5ffd5b805161ffff811681146126d1575f5ffd5b5f6102808284031280156150aa575f5ffd5b506150b3613f52565b6150bc83614fd0565b81526150ca60208401614fdb565b60208201526150db60408401614fe6565b6040820152606083810151908201526150f660808401614fe6565b60808201526151088460a08501614ffc565b60a082015261511a610140840161506e565b60c082015261512c6101608401614fd0565b60e082015261513e6101808401614ff1565b6101008201526151516101a08401614fe6565b6101208201526151646101c08401615079565b6101408201526151776101e08401615087565b61016082015261518a6102008401615087565b61018082015261519d6102208401614fe6565b6101a08201526151b06102408401614fe6565b6101c08201526151c36102608401614fe6565b6101e08201529392505050565b5f60a08284031280156151e1575f5ffd5b506151ea613eeb565b8251815260208301516151fc81613fc8565b6020820152604083015161520f81613fc8565b6040820152606083015161522281613fc8565b60608201526080830151615235816141c1565b60808201529392505050565b5f61524c8286614b07565b838582375f930192835250909392505050565b68ffffffffffffffffff1984168152818360178301375f910160170190815292915050565b5f60208284031215615294575f5ffd5b8151610f9581614fbc565b5f5f61010083850312156152b1575f5ffd5b82519150603f830184136152c3575f5ffd5b60405160e081016001600160401b03811182821017156152e5576152e5613eae565b604052806101008501868111156152fa575f5ffd5b602086015b818110156153175780518352602092830192016152ff565b505050809150509250929050565b5f5f85851115615333575f5ffd5b8386111561533f575f5ffd5b5050820193919092039150565b80356001600160c01b0319811690600884101561537d576001600160c01b0319600885900360031b81901b82161691505b5092915050565b80356020831015610c72575f19602084900360031b1b1692915050565b5f826153af576153af614c75565b500690565b5f63ffffffff8316806153c9576153c9614c75565b8063ffffffff84160691505092915050565b5f600182016153ec576153ec614b61565b5060010190565b5f6153fe828e614b07565b6001600160e01b031960e08e811b821683528d811b821660048401528c811b821660088401528b901b16600c82015261543a601082018a614e14565b6154476014820189614e14565b6154546018820188614e14565b615461601c820187614e14565b615470602082018660c01b9052565b61547f602882018560c01b9052565b6030019d9c50505050505050505050505050565b60c08b811b82528a811b60088301526001600160e01b031960e08b811b821660108501528a901b16601483015287811b60188301526001600160c01b031987821b811660208401529086901b1660288201526154fe603082018560c01b6001600160c01b0319169052565b61550b6038820184614e14565b61551a603c82018360c01b9052565b6044019a9950505050505050505050565b5f61553f6155398388614b07565b86614b07565b60e09490941b6001600160e01b0319168452505060c01b6001600160c01b0319166004820152600c0192915050565b5f6155798288614b07565b95865250506020840192909252604083015260c01b6001600160c01b0319166060820152606801919050565b5f6103e08284031280156155b7575f5ffd5b506155c0613f75565b6155ca8484614014565b81526102c083013560208201526102e0830135604082015261030083013560608201526155fa6103208401614009565b608082015261560c6103408401614009565b60a082015261036083013560c082015261038083013560e08201526156346103a08401614286565b6101008201526103c0929092013561012083015250919050565b818152604060208201525f610f9560408301600a81526964617461546f6b656e7360b01b602082015260400190565b606081525f61568f6060830186613e5c565b6020830194909452506040015291905056",
}

// TrainingVM is an auto generated Go binding around an Ethereum contract.
type TrainingVM struct {
	abi abi.ABI
}

// NewTrainingVM creates a new instance of TrainingVM.
func NewTrainingVM() *TrainingVM {
	parsed, err := TrainingVMMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TrainingVM{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TrainingVM) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address step, address io, address inbox, address models) returns()
func (trainingVM *TrainingVM) PackConstructor(step common.Address, io common.Address, inbox common.Address, models common.Address) []byte {
	enc, err := trainingVM.abi.Pack("", step, io, inbox, models)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackINBOX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7010697.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function INBOX() view returns(address)
func (trainingVM *TrainingVM) PackINBOX() []byte {
	enc, err := trainingVM.abi.Pack("INBOX")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackINBOX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7010697.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function INBOX() view returns(address)
func (trainingVM *TrainingVM) TryPackINBOX() ([]byte, error) {
	return trainingVM.abi.Pack("INBOX")
}

// UnpackINBOX is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7010697.
//
// Solidity: function INBOX() view returns(address)
func (trainingVM *TrainingVM) UnpackINBOX(data []byte) (common.Address, error) {
	out, err := trainingVM.abi.Unpack("INBOX", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb61883fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function IO() view returns(address)
func (trainingVM *TrainingVM) PackIO() []byte {
	enc, err := trainingVM.abi.Pack("IO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb61883fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function IO() view returns(address)
func (trainingVM *TrainingVM) TryPackIO() ([]byte, error) {
	return trainingVM.abi.Pack("IO")
}

// UnpackIO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb61883fd.
//
// Solidity: function IO() view returns(address)
func (trainingVM *TrainingVM) UnpackIO(data []byte) (common.Address, error) {
	out, err := trainingVM.abi.Unpack("IO", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMODELS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65d8c3e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODELS() view returns(address)
func (trainingVM *TrainingVM) PackMODELS() []byte {
	enc, err := trainingVM.abi.Pack("MODELS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMODELS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65d8c3e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MODELS() view returns(address)
func (trainingVM *TrainingVM) TryPackMODELS() ([]byte, error) {
	return trainingVM.abi.Pack("MODELS")
}

// UnpackMODELS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65d8c3e4.
//
// Solidity: function MODELS() view returns(address)
func (trainingVM *TrainingVM) UnpackMODELS(data []byte) (common.Address, error) {
	out, err := trainingVM.abi.Unpack("MODELS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSTEP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53d0f255.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STEP() view returns(address)
func (trainingVM *TrainingVM) PackSTEP() []byte {
	enc, err := trainingVM.abi.Pack("STEP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTEP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53d0f255.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STEP() view returns(address)
func (trainingVM *TrainingVM) TryPackSTEP() ([]byte, error) {
	return trainingVM.abi.Pack("STEP")
}

// UnpackSTEP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x53d0f255.
//
// Solidity: function STEP() view returns(address)
func (trainingVM *TrainingVM) UnpackSTEP(data []byte) (common.Address, error) {
	out, err := trainingVM.abi.Unpack("STEP", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCheckConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03f0af29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkConfig((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64) cfg) view returns()
func (trainingVM *TrainingVM) PackCheckConfig(cfg ITrainIOTypesTrainConfig) []byte {
	enc, err := trainingVM.abi.Pack("checkConfig", cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03f0af29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkConfig((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64) cfg) view returns()
func (trainingVM *TrainingVM) TryPackCheckConfig(cfg ITrainIOTypesTrainConfig) ([]byte, error) {
	return trainingVM.abi.Pack("checkConfig", cfg)
}

// PackCheckStepParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cc8fa16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkStepParams((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64,uint32) p) pure returns()
func (trainingVM *TrainingVM) PackCheckStepParams(p ITrainStepVerifierParams) []byte {
	enc, err := trainingVM.abi.Pack("checkStepParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckStepParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cc8fa16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkStepParams((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64,uint32) p) pure returns()
func (trainingVM *TrainingVM) TryPackCheckStepParams(p ITrainStepVerifierParams) ([]byte, error) {
	return trainingVM.abi.Pack("checkStepParams", p)
}

// PackExportLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd64d4b09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exportLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64) cfg) pure returns(uint256)
func (trainingVM *TrainingVM) PackExportLength(cfg ITrainIOTypesTrainConfig) []byte {
	enc, err := trainingVM.abi.Pack("exportLength", cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExportLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd64d4b09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exportLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64) cfg) pure returns(uint256)
func (trainingVM *TrainingVM) TryPackExportLength(cfg ITrainIOTypesTrainConfig) ([]byte, error) {
	return trainingVM.abi.Pack("exportLength", cfg)
}

// UnpackExportLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd64d4b09.
//
// Solidity: function exportLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64) cfg) pure returns(uint256)
func (trainingVM *TrainingVM) UnpackExportLength(data []byte) (*big.Int, error) {
	out, err := trainingVM.abi.Unpack("exportLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackImportLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x573acd18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function importLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64) cfg, bool pretrain) pure returns(uint256 n)
func (trainingVM *TrainingVM) PackImportLength(cfg ITrainIOTypesTrainConfig, pretrain bool) []byte {
	enc, err := trainingVM.abi.Pack("importLength", cfg, pretrain)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackImportLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x573acd18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function importLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64) cfg, bool pretrain) pure returns(uint256 n)
func (trainingVM *TrainingVM) TryPackImportLength(cfg ITrainIOTypesTrainConfig, pretrain bool) ([]byte, error) {
	return trainingVM.abi.Pack("importLength", cfg, pretrain)
}

// UnpackImportLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x573acd18.
//
// Solidity: function importLength((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64) cfg, bool pretrain) pure returns(uint256 n)
func (trainingVM *TrainingVM) UnpackImportLength(data []byte) (*big.Int, error) {
	out, err := trainingVM.abi.Unpack("importLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMetadataLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x873bebb3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function metadataLeaf((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64) cfg, int32 eos, bytes32 tokenizerHash) pure returns(bytes32)
func (trainingVM *TrainingVM) PackMetadataLeaf(cfg ITrainIOTypesTrainConfig, eos int32, tokenizerHash [32]byte) []byte {
	enc, err := trainingVM.abi.Pack("metadataLeaf", cfg, eos, tokenizerHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMetadataLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x873bebb3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function metadataLeaf((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64) cfg, int32 eos, bytes32 tokenizerHash) pure returns(bytes32)
func (trainingVM *TrainingVM) TryPackMetadataLeaf(cfg ITrainIOTypesTrainConfig, eos int32, tokenizerHash [32]byte) ([]byte, error) {
	return trainingVM.abi.Pack("metadataLeaf", cfg, eos, tokenizerHash)
}

// UnpackMetadataLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x873bebb3.
//
// Solidity: function metadataLeaf((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64) cfg, int32 eos, bytes32 tokenizerHash) pure returns(bytes32)
func (trainingVM *TrainingVM) UnpackMetadataLeaf(data []byte) ([32]byte, error) {
	out, err := trainingVM.abi.Unpack("metadataLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe934149f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function project(bytes ctx, uint256 t, bytes32 state, bytes preimage) view returns(bytes32 level1)
func (trainingVM *TrainingVM) PackProject(ctx []byte, t *big.Int, state [32]byte, preimage []byte) []byte {
	enc, err := trainingVM.abi.Pack("project", ctx, t, state, preimage)
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
func (trainingVM *TrainingVM) TryPackProject(ctx []byte, t *big.Int, state [32]byte, preimage []byte) ([]byte, error) {
	return trainingVM.abi.Pack("project", ctx, t, state, preimage)
}

// UnpackProject is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe934149f.
//
// Solidity: function project(bytes ctx, uint256 t, bytes32 state, bytes preimage) view returns(bytes32 level1)
func (trainingVM *TrainingVM) UnpackProject(data []byte) ([32]byte, error) {
	out, err := trainingVM.abi.Unpack("project", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackReferenceModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdefc00cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function referenceModel(uint64 jobId, bytes32 requestHash) view returns(bytes32)
func (trainingVM *TrainingVM) PackReferenceModel(jobId uint64, requestHash [32]byte) []byte {
	enc, err := trainingVM.abi.Pack("referenceModel", jobId, requestHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReferenceModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdefc00cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function referenceModel(uint64 jobId, bytes32 requestHash) view returns(bytes32)
func (trainingVM *TrainingVM) TryPackReferenceModel(jobId uint64, requestHash [32]byte) ([]byte, error) {
	return trainingVM.abi.Pack("referenceModel", jobId, requestHash)
}

// UnpackReferenceModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdefc00cd.
//
// Solidity: function referenceModel(uint64 jobId, bytes32 requestHash) view returns(bytes32)
func (trainingVM *TrainingVM) UnpackReferenceModel(data []byte) ([32]byte, error) {
	out, err := trainingVM.abi.Unpack("referenceModel", data)
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
// Solidity: function setup(bytes record, bytes data) view returns(bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes ctx)
func (trainingVM *TrainingVM) PackSetup(record []byte, data []byte) []byte {
	enc, err := trainingVM.abi.Pack("setup", record, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2379b523.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setup(bytes record, bytes data) view returns(bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes ctx)
func (trainingVM *TrainingVM) TryPackSetup(record []byte, data []byte) ([]byte, error) {
	return trainingVM.abi.Pack("setup", record, data)
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
// Solidity: function setup(bytes record, bytes data) view returns(bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes ctx)
func (trainingVM *TrainingVM) UnpackSetup(data []byte) (SetupOutput, error) {
	out, err := trainingVM.abi.Unpack("setup", data)
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
func (trainingVM *TrainingVM) PackStep(ctx []byte, t *big.Int, pre [32]byte, proof []byte) []byte {
	enc, err := trainingVM.abi.Pack("step", ctx, t, pre, proof)
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
func (trainingVM *TrainingVM) TryPackStep(ctx []byte, t *big.Int, pre [32]byte, proof []byte) ([]byte, error) {
	return trainingVM.abi.Pack("step", ctx, t, pre, proof)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ee02ce9.
//
// Solidity: function step(bytes ctx, uint256 t, bytes32 pre, bytes proof) view returns(bytes32 post)
func (trainingVM *TrainingVM) UnpackStep(data []byte) ([32]byte, error) {
	out, err := trainingVM.abi.Unpack("step", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStepInitialRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4da43d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepInitialRoot((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64,uint32) p, bytes32 carried) pure returns(bytes32)
func (trainingVM *TrainingVM) PackStepInitialRoot(p ITrainStepVerifierParams, carried [32]byte) []byte {
	enc, err := trainingVM.abi.Pack("stepInitialRoot", p, carried)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepInitialRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4da43d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepInitialRoot((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64,uint32) p, bytes32 carried) pure returns(bytes32)
func (trainingVM *TrainingVM) TryPackStepInitialRoot(p ITrainStepVerifierParams, carried [32]byte) ([]byte, error) {
	return trainingVM.abi.Pack("stepInitialRoot", p, carried)
}

// UnpackStepInitialRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4da43d9.
//
// Solidity: function stepInitialRoot((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64,uint32) p, bytes32 carried) pure returns(bytes32)
func (trainingVM *TrainingVM) UnpackStepInitialRoot(data []byte) ([32]byte, error) {
	out, err := trainingVM.abi.Unpack("stepInitialRoot", data)
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
// Solidity: function subgamePrestate(bytes ctx, uint256 t, bytes32 level1, bytes preimage) view returns(bytes32 state0)
func (trainingVM *TrainingVM) PackSubgamePrestate(ctx []byte, t *big.Int, level1 [32]byte, preimage []byte) []byte {
	enc, err := trainingVM.abi.Pack("subgamePrestate", ctx, t, level1, preimage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubgamePrestate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1dcbee2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subgamePrestate(bytes ctx, uint256 t, bytes32 level1, bytes preimage) view returns(bytes32 state0)
func (trainingVM *TrainingVM) TryPackSubgamePrestate(ctx []byte, t *big.Int, level1 [32]byte, preimage []byte) ([]byte, error) {
	return trainingVM.abi.Pack("subgamePrestate", ctx, t, level1, preimage)
}

// UnpackSubgamePrestate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1dcbee2.
//
// Solidity: function subgamePrestate(bytes ctx, uint256 t, bytes32 level1, bytes preimage) view returns(bytes32 state0)
func (trainingVM *TrainingVM) UnpackSubgamePrestate(data []byte) ([32]byte, error) {
	out, err := trainingVM.abi.Unpack("subgamePrestate", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (trainingVM *TrainingVM) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["BadConfig"].ID.Bytes()[:4]) {
		return trainingVM.UnpackBadConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["BadContext"].ID.Bytes()[:4]) {
		return trainingVM.UnpackBadContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["BadHyper"].ID.Bytes()[:4]) {
		return trainingVM.UnpackBadHyperError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["CarriedRootMismatch"].ID.Bytes()[:4]) {
		return trainingVM.UnpackCarriedRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["ConfigHashMismatch"].ID.Bytes()[:4]) {
		return trainingVM.UnpackConfigHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["FootprintMismatch"].ID.Bytes()[:4]) {
		return trainingVM.UnpackFootprintMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return trainingVM.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["InvalidParams"].ID.Bytes()[:4]) {
		return trainingVM.UnpackInvalidParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["LeafLength"].ID.Bytes()[:4]) {
		return trainingVM.UnpackLeafLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["LeafOutsideTree"].ID.Bytes()[:4]) {
		return trainingVM.UnpackLeafOutsideTreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["LeavesNotSorted"].ID.Bytes()[:4]) {
		return trainingVM.UnpackLeavesNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["NoReferenceModel"].ID.Bytes()[:4]) {
		return trainingVM.UnpackNoReferenceModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["NoSequence"].ID.Bytes()[:4]) {
		return trainingVM.UnpackNoSequenceError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["NodeOpenedTwice"].ID.Bytes()[:4]) {
		return trainingVM.UnpackNodeOpenedTwiceError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["NotFinal"].ID.Bytes()[:4]) {
		return trainingVM.UnpackNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["PreStateMismatch"].ID.Bytes()[:4]) {
		return trainingVM.UnpackPreStateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["PreimageMismatch"].ID.Bytes()[:4]) {
		return trainingVM.UnpackPreimageMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["ProofLimit"].ID.Bytes()[:4]) {
		return trainingVM.UnpackProofLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["ProofTrailingBytes"].ID.Bytes()[:4]) {
		return trainingVM.UnpackProofTrailingBytesError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["ProofTruncated"].ID.Bytes()[:4]) {
		return trainingVM.UnpackProofTruncatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["SiblingCount"].ID.Bytes()[:4]) {
		return trainingVM.UnpackSiblingCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["StateField"].ID.Bytes()[:4]) {
		return trainingVM.UnpackStateFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["StepOutOfRange"].ID.Bytes()[:4]) {
		return trainingVM.UnpackStepOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["TokenOutOfVocab"].ID.Bytes()[:4]) {
		return trainingVM.UnpackTokenOutOfVocabError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["UnsupportedKind"].ID.Bytes()[:4]) {
		return trainingVM.UnpackUnsupportedKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["UnsupportedOpcode"].ID.Bytes()[:4]) {
		return trainingVM.UnpackUnsupportedOpcodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["WrongBaseModel"].ID.Bytes()[:4]) {
		return trainingVM.UnpackWrongBaseModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["WrongConfig"].ID.Bytes()[:4]) {
		return trainingVM.UnpackWrongConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["WrongDataset"].ID.Bytes()[:4]) {
		return trainingVM.UnpackWrongDatasetError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["WrongEos"].ID.Bytes()[:4]) {
		return trainingVM.UnpackWrongEosError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["WrongPrestate"].ID.Bytes()[:4]) {
		return trainingVM.UnpackWrongPrestateError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["WrongRopeSource"].ID.Bytes()[:4]) {
		return trainingVM.UnpackWrongRopeSourceError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["WrongSteps"].ID.Bytes()[:4]) {
		return trainingVM.UnpackWrongStepsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TrainingVMBadConfig represents a BadConfig error raised by the TrainingVM contract.
type TrainingVMBadConfig struct {
	Field string
	Value *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConfig(string field, uint256 value, uint256 limit)
func TrainingVMBadConfigErrorID() common.Hash {
	return common.HexToHash("0xa94087e85c8881c2c0a765a89ddd1b9c7a7dd5f75bbf8cbd2a2000f3e05e16e0")
}

// UnpackBadConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConfig(string field, uint256 value, uint256 limit)
func (trainingVM *TrainingVM) UnpackBadConfigError(raw []byte) (*TrainingVMBadConfig, error) {
	out := new(TrainingVMBadConfig)
	if err := trainingVM.abi.UnpackIntoInterface(out, "BadConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMBadContext represents a BadContext error raised by the TrainingVM contract.
type TrainingVMBadContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadContext()
func TrainingVMBadContextErrorID() common.Hash {
	return common.HexToHash("0xc3a2fdfe934f07410ec47867a1ae0ae1f9c623ab9803a0cc51b88415971b81ad")
}

// UnpackBadContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadContext()
func (trainingVM *TrainingVM) UnpackBadContextError(raw []byte) (*TrainingVMBadContext, error) {
	out := new(TrainingVMBadContext)
	if err := trainingVM.abi.UnpackIntoInterface(out, "BadContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMBadHyper represents a BadHyper error raised by the TrainingVM contract.
type TrainingVMBadHyper struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadHyper(string field)
func TrainingVMBadHyperErrorID() common.Hash {
	return common.HexToHash("0x2449c39ed0b061249f99e6b5ac915d974cad4038a3c85cd439cb031defb67abe")
}

// UnpackBadHyperError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadHyper(string field)
func (trainingVM *TrainingVM) UnpackBadHyperError(raw []byte) (*TrainingVMBadHyper, error) {
	out := new(TrainingVMBadHyper)
	if err := trainingVM.abi.UnpackIntoInterface(out, "BadHyper", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMCarriedRootMismatch represents a CarriedRootMismatch error raised by the TrainingVM contract.
type TrainingVMCarriedRootMismatch struct {
	Tree     *big.Int
	Computed [32]byte
	Carried  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CarriedRootMismatch(uint256 tree, bytes32 computed, bytes32 carried)
func TrainingVMCarriedRootMismatchErrorID() common.Hash {
	return common.HexToHash("0x4ffe12bcdb5bfee1dffddfea6da140c70975b81627676ee6bb666a8dc140fa39")
}

// UnpackCarriedRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CarriedRootMismatch(uint256 tree, bytes32 computed, bytes32 carried)
func (trainingVM *TrainingVM) UnpackCarriedRootMismatchError(raw []byte) (*TrainingVMCarriedRootMismatch, error) {
	out := new(TrainingVMCarriedRootMismatch)
	if err := trainingVM.abi.UnpackIntoInterface(out, "CarriedRootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMConfigHashMismatch represents a ConfigHashMismatch error raised by the TrainingVM contract.
type TrainingVMConfigHashMismatch struct {
	Computed [32]byte
	Carried  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfigHashMismatch(bytes32 computed, bytes32 carried)
func TrainingVMConfigHashMismatchErrorID() common.Hash {
	return common.HexToHash("0xe9e3909f1ffbbaff42e7963f649cf3be84b6a75c66a6fc22205485c20cfa6d20")
}

// UnpackConfigHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfigHashMismatch(bytes32 computed, bytes32 carried)
func (trainingVM *TrainingVM) UnpackConfigHashMismatchError(raw []byte) (*TrainingVMConfigHashMismatch, error) {
	out := new(TrainingVMConfigHashMismatch)
	if err := trainingVM.abi.UnpackIntoInterface(out, "ConfigHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMFootprintMismatch represents a FootprintMismatch error raised by the TrainingVM contract.
type TrainingVMFootprintMismatch struct {
	Index        *big.Int
	ProofLoc     *big.Int
	FootprintLoc *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FootprintMismatch(uint256 index, uint256 proofLoc, uint256 footprintLoc)
func TrainingVMFootprintMismatchErrorID() common.Hash {
	return common.HexToHash("0x7537ae153c5daa3fda554c485e901167097b30c2086928337693af9e9dafcc88")
}

// UnpackFootprintMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FootprintMismatch(uint256 index, uint256 proofLoc, uint256 footprintLoc)
func (trainingVM *TrainingVM) UnpackFootprintMismatchError(raw []byte) (*TrainingVMFootprintMismatch, error) {
	out := new(TrainingVMFootprintMismatch)
	if err := trainingVM.abi.UnpackIntoInterface(out, "FootprintMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMIndexOutOfRange represents a IndexOutOfRange error raised by the TrainingVM contract.
type TrainingVMIndexOutOfRange struct {
	Index *big.Int
	Depth *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func TrainingVMIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 depth)
func (trainingVM *TrainingVM) UnpackIndexOutOfRangeError(raw []byte) (*TrainingVMIndexOutOfRange, error) {
	out := new(TrainingVMIndexOutOfRange)
	if err := trainingVM.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMInvalidParams represents a InvalidParams error raised by the TrainingVM contract.
type TrainingVMInvalidParams struct {
	Field string
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParams(string field, uint256 value)
func TrainingVMInvalidParamsErrorID() common.Hash {
	return common.HexToHash("0xc0207a02fe0f54470550a57136b8ffc2253b1fc4cf07213541b9dabd196b3d73")
}

// UnpackInvalidParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParams(string field, uint256 value)
func (trainingVM *TrainingVM) UnpackInvalidParamsError(raw []byte) (*TrainingVMInvalidParams, error) {
	out := new(TrainingVMInvalidParams)
	if err := trainingVM.abi.UnpackIntoInterface(out, "InvalidParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMLeafLength represents a LeafLength error raised by the TrainingVM contract.
type TrainingVMLeafLength struct {
	Index  *big.Int
	Length *big.Int
	Want   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafLength(uint256 index, uint256 length, uint256 want)
func TrainingVMLeafLengthErrorID() common.Hash {
	return common.HexToHash("0x396a90201fc8972c6a2a3e3ec08145a8bf312fba6653b921b153e781e45e4e34")
}

// UnpackLeafLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafLength(uint256 index, uint256 length, uint256 want)
func (trainingVM *TrainingVM) UnpackLeafLengthError(raw []byte) (*TrainingVMLeafLength, error) {
	out := new(TrainingVMLeafLength)
	if err := trainingVM.abi.UnpackIntoInterface(out, "LeafLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMLeafOutsideTree represents a LeafOutsideTree error raised by the TrainingVM contract.
type TrainingVMLeafOutsideTree struct {
	Index  *big.Int
	Tree   *big.Int
	Tensor *big.Int
	Row    *big.Int
	Chunk  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafOutsideTree(uint256 index, uint256 tree, uint256 tensor, uint256 row, uint256 chunk)
func TrainingVMLeafOutsideTreeErrorID() common.Hash {
	return common.HexToHash("0x2c527ef77a3ab88e389c9d45c71e1002a2c8a97dc951fcf884d9d77fe4b21448")
}

// UnpackLeafOutsideTreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafOutsideTree(uint256 index, uint256 tree, uint256 tensor, uint256 row, uint256 chunk)
func (trainingVM *TrainingVM) UnpackLeafOutsideTreeError(raw []byte) (*TrainingVMLeafOutsideTree, error) {
	out := new(TrainingVMLeafOutsideTree)
	if err := trainingVM.abi.UnpackIntoInterface(out, "LeafOutsideTree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMLeavesNotSorted represents a LeavesNotSorted error raised by the TrainingVM contract.
type TrainingVMLeavesNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeavesNotSorted(uint256 index)
func TrainingVMLeavesNotSortedErrorID() common.Hash {
	return common.HexToHash("0x87b7008c7abec4de74e0fe712891c309faf2fd1e797eb656c0f5adc1b1cbc8bd")
}

// UnpackLeavesNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeavesNotSorted(uint256 index)
func (trainingVM *TrainingVM) UnpackLeavesNotSortedError(raw []byte) (*TrainingVMLeavesNotSorted, error) {
	out := new(TrainingVMLeavesNotSorted)
	if err := trainingVM.abi.UnpackIntoInterface(out, "LeavesNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMNoReferenceModel represents a NoReferenceModel error raised by the TrainingVM contract.
type TrainingVMNoReferenceModel struct {
	JobId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReferenceModel(uint64 jobId)
func TrainingVMNoReferenceModelErrorID() common.Hash {
	return common.HexToHash("0x7df5579dc1d284d4e7c234d945c8e642a552ec7094a86c75ce874f8b8d1019d2")
}

// UnpackNoReferenceModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReferenceModel(uint64 jobId)
func (trainingVM *TrainingVM) UnpackNoReferenceModelError(raw []byte) (*TrainingVMNoReferenceModel, error) {
	out := new(TrainingVMNoReferenceModel)
	if err := trainingVM.abi.UnpackIntoInterface(out, "NoReferenceModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMNoSequence represents a NoSequence error raised by the TrainingVM contract.
type TrainingVMNoSequence struct {
	DataTokens *big.Int
	SeqLen     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSequence(uint256 dataTokens, uint256 seqLen)
func TrainingVMNoSequenceErrorID() common.Hash {
	return common.HexToHash("0x8b77766bf128e6623f3dfe6b76a44c529670ee0cc43f7b551f5b38b1230b417d")
}

// UnpackNoSequenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSequence(uint256 dataTokens, uint256 seqLen)
func (trainingVM *TrainingVM) UnpackNoSequenceError(raw []byte) (*TrainingVMNoSequence, error) {
	out := new(TrainingVMNoSequence)
	if err := trainingVM.abi.UnpackIntoInterface(out, "NoSequence", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMNodeOpenedTwice represents a NodeOpenedTwice error raised by the TrainingVM contract.
type TrainingVMNodeOpenedTwice struct {
	Tree  *big.Int
	Depth *big.Int
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeOpenedTwice(uint256 tree, uint256 depth, uint256 index)
func TrainingVMNodeOpenedTwiceErrorID() common.Hash {
	return common.HexToHash("0xf98c5b2bfb4f3aa016c86e41b8ce439760d64b090114d2fad1e0d5beabdab2c6")
}

// UnpackNodeOpenedTwiceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeOpenedTwice(uint256 tree, uint256 depth, uint256 index)
func (trainingVM *TrainingVM) UnpackNodeOpenedTwiceError(raw []byte) (*TrainingVMNodeOpenedTwice, error) {
	out := new(TrainingVMNodeOpenedTwice)
	if err := trainingVM.abi.UnpackIntoInterface(out, "NodeOpenedTwice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMNotFinal represents a NotFinal error raised by the TrainingVM contract.
type TrainingVMNotFinal struct {
	T   *big.Int
	J   *big.Int
	Len *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFinal(uint256 t, uint256 j, uint256 len)
func TrainingVMNotFinalErrorID() common.Hash {
	return common.HexToHash("0x130d61b1e9cc164993689e1bac44c647d71bfa9870c1bc8fb5aa5e0744fe8b35")
}

// UnpackNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFinal(uint256 t, uint256 j, uint256 len)
func (trainingVM *TrainingVM) UnpackNotFinalError(raw []byte) (*TrainingVMNotFinal, error) {
	out := new(TrainingVMNotFinal)
	if err := trainingVM.abi.UnpackIntoInterface(out, "NotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMPreStateMismatch represents a PreStateMismatch error raised by the TrainingVM contract.
type TrainingVMPreStateMismatch struct {
	Computed [32]byte
	PreRoot  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreStateMismatch(bytes32 computed, bytes32 preRoot)
func TrainingVMPreStateMismatchErrorID() common.Hash {
	return common.HexToHash("0x65e7cf52127e4edf8f7f65ff81c78e6d36d4a81c547dae6062edf53ca962d571")
}

// UnpackPreStateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreStateMismatch(bytes32 computed, bytes32 preRoot)
func (trainingVM *TrainingVM) UnpackPreStateMismatchError(raw []byte) (*TrainingVMPreStateMismatch, error) {
	out := new(TrainingVMPreStateMismatch)
	if err := trainingVM.abi.UnpackIntoInterface(out, "PreStateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMPreimageMismatch represents a PreimageMismatch error raised by the TrainingVM contract.
type TrainingVMPreimageMismatch struct {
	T        *big.Int
	Computed [32]byte
	State    [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PreimageMismatch(uint256 t, bytes32 computed, bytes32 state)
func TrainingVMPreimageMismatchErrorID() common.Hash {
	return common.HexToHash("0x9c7add29ecc02496dd48a4083ccc4fa45bb7c95ec80bdd818f024ef426df7fdd")
}

// UnpackPreimageMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PreimageMismatch(uint256 t, bytes32 computed, bytes32 state)
func (trainingVM *TrainingVM) UnpackPreimageMismatchError(raw []byte) (*TrainingVMPreimageMismatch, error) {
	out := new(TrainingVMPreimageMismatch)
	if err := trainingVM.abi.UnpackIntoInterface(out, "PreimageMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMProofLimit represents a ProofLimit error raised by the TrainingVM contract.
type TrainingVMProofLimit struct {
	Field string
	Value *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofLimit(string field, uint256 value, uint256 limit)
func TrainingVMProofLimitErrorID() common.Hash {
	return common.HexToHash("0x6d152d7d31277d74f65ee0f7eda6f20c2ee70205eb371ad32a3585dcea8b6aad")
}

// UnpackProofLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofLimit(string field, uint256 value, uint256 limit)
func (trainingVM *TrainingVM) UnpackProofLimitError(raw []byte) (*TrainingVMProofLimit, error) {
	out := new(TrainingVMProofLimit)
	if err := trainingVM.abi.UnpackIntoInterface(out, "ProofLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMProofTrailingBytes represents a ProofTrailingBytes error raised by the TrainingVM contract.
type TrainingVMProofTrailingBytes struct {
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofTrailingBytes(uint256 count)
func TrainingVMProofTrailingBytesErrorID() common.Hash {
	return common.HexToHash("0x1e4501efb4337bf7a78319e6e3de24cf76131c2167fd178b5a99562fb626f063")
}

// UnpackProofTrailingBytesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofTrailingBytes(uint256 count)
func (trainingVM *TrainingVM) UnpackProofTrailingBytesError(raw []byte) (*TrainingVMProofTrailingBytes, error) {
	out := new(TrainingVMProofTrailingBytes)
	if err := trainingVM.abi.UnpackIntoInterface(out, "ProofTrailingBytes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMProofTruncated represents a ProofTruncated error raised by the TrainingVM contract.
type TrainingVMProofTruncated struct {
	Field string
	Need  *big.Int
	Left  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofTruncated(string field, uint256 need, uint256 left)
func TrainingVMProofTruncatedErrorID() common.Hash {
	return common.HexToHash("0x22c9744b4a390939bfca7d6c13413808009b23e52c17d38afe168065b46c2213")
}

// UnpackProofTruncatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofTruncated(string field, uint256 need, uint256 left)
func (trainingVM *TrainingVM) UnpackProofTruncatedError(raw []byte) (*TrainingVMProofTruncated, error) {
	out := new(TrainingVMProofTruncated)
	if err := trainingVM.abi.UnpackIntoInterface(out, "ProofTruncated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMSiblingCount represents a SiblingCount error raised by the TrainingVM contract.
type TrainingVMSiblingCount struct {
	Tree   *big.Int
	Given  *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SiblingCount(uint256 tree, uint256 given, uint256 needed)
func TrainingVMSiblingCountErrorID() common.Hash {
	return common.HexToHash("0xbb90540cafc545157ec619fbfd52e0d58d60ca04e6039ad7bdef4c9a8bec2fe4")
}

// UnpackSiblingCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SiblingCount(uint256 tree, uint256 given, uint256 needed)
func (trainingVM *TrainingVM) UnpackSiblingCountError(raw []byte) (*TrainingVMSiblingCount, error) {
	out := new(TrainingVMSiblingCount)
	if err := trainingVM.abi.UnpackIntoInterface(out, "SiblingCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMStateField represents a StateField error raised by the TrainingVM contract.
type TrainingVMStateField struct {
	T     *big.Int
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateField(uint256 t, string field)
func TrainingVMStateFieldErrorID() common.Hash {
	return common.HexToHash("0x2faf09ab2d99e5b0c7113f85b238067134420d7d962349eebbb620614fff5302")
}

// UnpackStateFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateField(uint256 t, string field)
func (trainingVM *TrainingVM) UnpackStateFieldError(raw []byte) (*TrainingVMStateField, error) {
	out := new(TrainingVMStateField)
	if err := trainingVM.abi.UnpackIntoInterface(out, "StateField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMStepOutOfRange represents a StepOutOfRange error raised by the TrainingVM contract.
type TrainingVMStepOutOfRange struct {
	J   *big.Int
	Len *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepOutOfRange(uint256 j, uint256 len)
func TrainingVMStepOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xa2fc5cfd821d1a2ae8a255a9f056794480dd41d3753948decc4c06ed64ccc11d")
}

// UnpackStepOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepOutOfRange(uint256 j, uint256 len)
func (trainingVM *TrainingVM) UnpackStepOutOfRangeError(raw []byte) (*TrainingVMStepOutOfRange, error) {
	out := new(TrainingVMStepOutOfRange)
	if err := trainingVM.abi.UnpackIntoInterface(out, "StepOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMTokenOutOfVocab represents a TokenOutOfVocab error raised by the TrainingVM contract.
type TrainingVMTokenOutOfVocab struct {
	Position *big.Int
	Token    *big.Int
	Vocab    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenOutOfVocab(uint256 position, int256 token, uint256 vocab)
func TrainingVMTokenOutOfVocabErrorID() common.Hash {
	return common.HexToHash("0xe6927f314f903c5f93643fef3183e992708bb96af42d97b4605012ba8e82529f")
}

// UnpackTokenOutOfVocabError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenOutOfVocab(uint256 position, int256 token, uint256 vocab)
func (trainingVM *TrainingVM) UnpackTokenOutOfVocabError(raw []byte) (*TrainingVMTokenOutOfVocab, error) {
	out := new(TrainingVMTokenOutOfVocab)
	if err := trainingVM.abi.UnpackIntoInterface(out, "TokenOutOfVocab", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMUnsupportedKind represents a UnsupportedKind error raised by the TrainingVM contract.
type TrainingVMUnsupportedKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedKind(uint8 kind)
func TrainingVMUnsupportedKindErrorID() common.Hash {
	return common.HexToHash("0x68efdae8168ceca3d38660c2d894570d5fa13779ca0d190f595a11ad63267e6a")
}

// UnpackUnsupportedKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedKind(uint8 kind)
func (trainingVM *TrainingVM) UnpackUnsupportedKindError(raw []byte) (*TrainingVMUnsupportedKind, error) {
	out := new(TrainingVMUnsupportedKind)
	if err := trainingVM.abi.UnpackIntoInterface(out, "UnsupportedKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMUnsupportedOpcode represents a UnsupportedOpcode error raised by the TrainingVM contract.
type TrainingVMUnsupportedOpcode struct {
	Op *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedOpcode(uint256 op)
func TrainingVMUnsupportedOpcodeErrorID() common.Hash {
	return common.HexToHash("0x678132b933f3ee9a1da988e8d2dd467607005facdb7f3d4f0dbb579033ca957c")
}

// UnpackUnsupportedOpcodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedOpcode(uint256 op)
func (trainingVM *TrainingVM) UnpackUnsupportedOpcodeError(raw []byte) (*TrainingVMUnsupportedOpcode, error) {
	out := new(TrainingVMUnsupportedOpcode)
	if err := trainingVM.abi.UnpackIntoInterface(out, "UnsupportedOpcode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMWrongBaseModel represents a WrongBaseModel error raised by the TrainingVM contract.
type TrainingVMWrongBaseModel struct {
	ModelRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBaseModel(bytes32 modelRoot)
func TrainingVMWrongBaseModelErrorID() common.Hash {
	return common.HexToHash("0xac761daf82ead06a64bd4d7a12af8877174aeac6f9f1fce20f5e07c5cf3ad1a1")
}

// UnpackWrongBaseModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBaseModel(bytes32 modelRoot)
func (trainingVM *TrainingVM) UnpackWrongBaseModelError(raw []byte) (*TrainingVMWrongBaseModel, error) {
	out := new(TrainingVMWrongBaseModel)
	if err := trainingVM.abi.UnpackIntoInterface(out, "WrongBaseModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMWrongConfig represents a WrongConfig error raised by the TrainingVM contract.
type TrainingVMWrongConfig struct {
	Computed  [32]byte
	InputHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongConfig(bytes32 computed, bytes32 inputHash)
func TrainingVMWrongConfigErrorID() common.Hash {
	return common.HexToHash("0x2a325daceb6c92e33820bdc871cc3a4e1d5c31e1a11fb42531bc258c54a97e4c")
}

// UnpackWrongConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongConfig(bytes32 computed, bytes32 inputHash)
func (trainingVM *TrainingVM) UnpackWrongConfigError(raw []byte) (*TrainingVMWrongConfig, error) {
	out := new(TrainingVMWrongConfig)
	if err := trainingVM.abi.UnpackIntoInterface(out, "WrongConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMWrongDataset represents a WrongDataset error raised by the TrainingVM contract.
type TrainingVMWrongDataset struct {
	Computed    [32]byte
	DatasetRoot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDataset(bytes32 computed, bytes32 datasetRoot)
func TrainingVMWrongDatasetErrorID() common.Hash {
	return common.HexToHash("0x514918d113de5710d92736bdb136629b5df53581bbfa49f6007011b66e5f38e6")
}

// UnpackWrongDatasetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDataset(bytes32 computed, bytes32 datasetRoot)
func (trainingVM *TrainingVM) UnpackWrongDatasetError(raw []byte) (*TrainingVMWrongDataset, error) {
	out := new(TrainingVMWrongDataset)
	if err := trainingVM.abi.UnpackIntoInterface(out, "WrongDataset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMWrongEos represents a WrongEos error raised by the TrainingVM contract.
type TrainingVMWrongEos struct {
	Eos *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongEos(int256 eos)
func TrainingVMWrongEosErrorID() common.Hash {
	return common.HexToHash("0xc7b2e7529021712426b9e357fd970c9c5a2aaa7deab7905837a1558d4873990d")
}

// UnpackWrongEosError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongEos(int256 eos)
func (trainingVM *TrainingVM) UnpackWrongEosError(raw []byte) (*TrainingVMWrongEos, error) {
	out := new(TrainingVMWrongEos)
	if err := trainingVM.abi.UnpackIntoInterface(out, "WrongEos", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMWrongPrestate represents a WrongPrestate error raised by the TrainingVM contract.
type TrainingVMWrongPrestate struct {
	Level1 [32]byte
	Input  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPrestate(bytes32 level1, bytes32 input)
func TrainingVMWrongPrestateErrorID() common.Hash {
	return common.HexToHash("0x8a5f3169e03c1d7259a137c27c3b5ced97844fa24215f1a4ea64d7f2ecb20275")
}

// UnpackWrongPrestateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPrestate(bytes32 level1, bytes32 input)
func (trainingVM *TrainingVM) UnpackWrongPrestateError(raw []byte) (*TrainingVMWrongPrestate, error) {
	out := new(TrainingVMWrongPrestate)
	if err := trainingVM.abi.UnpackIntoInterface(out, "WrongPrestate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMWrongRopeSource represents a WrongRopeSource error raised by the TrainingVM contract.
type TrainingVMWrongRopeSource struct {
	Root [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongRopeSource(bytes32 root)
func TrainingVMWrongRopeSourceErrorID() common.Hash {
	return common.HexToHash("0x9989a2152b868926c638d090cd844b830f511df2146f9476bc9535ed41fb6252")
}

// UnpackWrongRopeSourceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongRopeSource(bytes32 root)
func (trainingVM *TrainingVM) UnpackWrongRopeSourceError(raw []byte) (*TrainingVMWrongRopeSource, error) {
	out := new(TrainingVMWrongRopeSource)
	if err := trainingVM.abi.UnpackIntoInterface(out, "WrongRopeSource", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMWrongSteps represents a WrongSteps error raised by the TrainingVM contract.
type TrainingVMWrongSteps struct {
	Steps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSteps(uint256 steps)
func TrainingVMWrongStepsErrorID() common.Hash {
	return common.HexToHash("0x3a40dd92708cdae758e22a9bbb20a5da0300b165cfa63f6a2342d29f4a766080")
}

// UnpackWrongStepsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSteps(uint256 steps)
func (trainingVM *TrainingVM) UnpackWrongStepsError(raw []byte) (*TrainingVMWrongSteps, error) {
	out := new(TrainingVMWrongSteps)
	if err := trainingVM.abi.UnpackIntoInterface(out, "WrongSteps", raw); err != nil {
		return nil, err
	}
	return out, nil
}
