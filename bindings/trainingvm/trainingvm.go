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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractTrainStepVerifier\",\"name\":\"step\",\"type\":\"address\"},{\"internalType\":\"contractITrainIOVerifier\",\"name\":\"io\",\"type\":\"address\"},{\"internalType\":\"contractIJobInbox\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"contractIModelRegistry\",\"name\":\"models\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"HALT_PROOF\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"\",\"type\":\"bytes1\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INBOX\",\"outputs\":[{\"internalType\":\"contractIJobInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"IO\",\"outputs\":[{\"internalType\":\"contractITrainIOVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODELS\",\"outputs\":[{\"internalType\":\"contractIModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STEP\",\"outputs\":[{\"internalType\":\"contractTrainStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"checkConfig\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"modelSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"part\",\"type\":\"uint32\"}],\"internalType\":\"structITrainStepVerifier.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"checkStepParams\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"exportLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"pretrain\",\"type\":\"bool\"}],\"name\":\"importLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"int32\",\"name\":\"eos\",\"type\":\"int32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"name\":\"metadataLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"project\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"}],\"name\":\"referenceModel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setup\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"rootClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"absolutePrestate\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"transitions\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"modelSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"part\",\"type\":\"uint32\"}],\"internalType\":\"structITrainStepVerifier.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"carried\",\"type\":\"bytes32\"}],\"name\":\"stepInitialRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"subgamePrestate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"state0\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"BadHyper\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"carried\",\"type\":\"bytes32\"}],\"name\":\"CarriedRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"carried\",\"type\":\"bytes32\"}],\"name\":\"ConfigHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofLoc\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"footprintLoc\",\"type\":\"uint256\"}],\"name\":\"FootprintMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"LeafLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tensor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunk\",\"type\":\"uint256\"}],\"name\":\"LeafOutsideTree\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"LeavesNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"}],\"name\":\"NoReferenceModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"dataTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seqLen\",\"type\":\"uint256\"}],\"name\":\"NoSequence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NodeOpenedTwice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"j\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"len\",\"type\":\"uint256\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"preRoot\",\"type\":\"bytes32\"}],\"name\":\"PreStateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"}],\"name\":\"PreimageMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"ProofLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ProofTrailingBytes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"}],\"name\":\"ProofTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"SiblingCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"StateField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"j\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"len\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"token\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"vocab\",\"type\":\"uint256\"}],\"name\":\"TokenOutOfVocab\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"op\",\"type\":\"uint256\"}],\"name\":\"UnsupportedOpcode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"WrongBaseModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"}],\"name\":\"WrongConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetRoot\",\"type\":\"bytes32\"}],\"name\":\"WrongDataset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"eos\",\"type\":\"int256\"}],\"name\":\"WrongEos\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"input\",\"type\":\"bytes32\"}],\"name\":\"WrongPrestate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"WrongRopeSource\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"steps\",\"type\":\"uint256\"}],\"name\":\"WrongSteps\",\"type\":\"error\"}]",
	ID:  "02ed671abcc55436733d1994d7a1c84869",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161584838038061584883398101604081905261002f91610068565b6001600160a01b0393841660805291831660a052821660c0521660e0526100c4565b6001600160a01b0381168114610065575f5ffd5b50565b5f5f5f5f6080858703121561007b575f5ffd5b845161008681610051565b602086015190945061009781610051565b60408601519093506100a881610051565b60608601519092506100b981610051565b939692955090935050565b60805160a05160c05160e0516157276101215f395f81816101dc015261147801525f818161026301526113ae01525f818161023c01528181610da50152610e8101525f818161017c01528181610ebc0152612ba401526157275ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c8063873bebb311610093578063c4da43d911610063578063c4da43d914610285578063d64d4b0914610298578063defc00cd146102ab578063e934149f146102be575f5ffd5b8063873bebb314610211578063b1dcbee214610224578063b61883fd14610237578063b70106971461025e575f5ffd5b806353d0f255116100ce57806353d0f25514610177578063573acd18146101b657806365d8c3e4146101d75780636ee02ce9146101fe575f5ffd5b806303f0af29146100ff5780631cc8fa16146101145780631e309b02146101275780632379b52314610154575b5f5ffd5b61011261010d366004613df7565b6102d1565b005b610112610122366004613e20565b6106ad565b6101366001600160f81b031981565b6040516001600160f81b031990911681526020015b60405180910390f35b610167610162366004613e78565b6106b6565b60405161014b9493929190613f10565b61019e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161014b565b6101c96101c4366004614254565b610b63565b60405190815260200161014b565b61019e7f000000000000000000000000000000000000000000000000000000000000000081565b6101c961020c36600461428c565b610ca7565b6101c961021f36600461431d565b610f65565b6101c961023236600461428c565b61102c565b61019e7f000000000000000000000000000000000000000000000000000000000000000081565b61019e7f000000000000000000000000000000000000000000000000000000000000000081565b6101c961029336600461435b565b6111c6565b6101c96102a6366004614386565b611336565b6101c96102b93660046143a1565b611363565b6101c96102cc36600461428c565b6114f2565b6102e86102e336839003830183614386565b611543565b30631cc8fa1661030561030036859003850185614386565b6118a7565b6040518263ffffffff1660e01b815260040161032191906145fc565b5f6040518083038186803b158015610337575f5ffd5b505afa158015610349573d5f5f3e3d5ffd5b505f92506103629150506101208301610100840161460b565b60070b90505f8113158061037a575064010000000081135b156103b257604051631224e1cf60e11b8152602060048201526002602482015261363960f11b60448201526064015b60405180910390fd5b6103c461022083016102008401614624565b6001600160401b031615801561041057506103e76101e083016101c0840161460b565b60070b151580610410575061040461020083016101e08401614624565b6001600160401b031615155b1561044b57604051631224e1cf60e11b815260206004820152600a6024820152696465636179537465707360b01b60448201526064016103a9565b634000000061046261022084016102008501614624565b6001600160401b031611156104a757604051631224e1cf60e11b815260206004820152600a6024820152696465636179537465707360b01b60448201526064016103a9565b5f6104ba61022084016102008501614624565b6001600160401b031611801561050157505f6104de6101e084016101c0850161460b565b60070b1315806105015750806104fc6101e084016101c0850161460b565b60070b135b1561053957604051631224e1cf60e11b81526020600482015260076024820152661b1c919a5b985b60ca1b60448201526064016103a9565b61054a610100830160e0840161463f565b63ffffffff166001036106a9575f61056a6101408401610120850161460b565b60070b1280610592575064010000000061058c6101408401610120850161460b565b60070b12155b156105c857604051631224e1cf60e11b8152602060048201526005602482015264626574613160d81b60448201526064016103a9565b5f6105db6101608401610140850161460b565b60070b128061060357506401000000006105fd6101608401610140850161460b565b60070b12155b1561063957604051631224e1cf60e11b81526020600482015260056024820152643132ba309960d91b60448201526064016103a9565b61100061064e6101808401610160850161460b565b60070b128061067557506401000000006106706101808401610160850161460b565b60070b135b156106a957604051631224e1cf60e11b815260206004820152600360248201526265707360e81b60448201526064016103a9565b5050565b6106a981611ae3565b5f80806060816106c8888a018a614702565b90505f816020015160028111156106e1576106e16147e2565b0361071b57806020015160028111156106fc576106fc6147e2565b604051630d1dfb5d60e31b815260ff90911660048201526024016103a9565b5f6107288789018961486b565b9050610732613cf5565b8151815281516040516303f0af2960e01b815230916303f0af299161075a9190600401614b7e565b5f6040518083038186803b158015610770575f5ffd5b505afa158015610782573d5f5f3e3d5ffd5b50505050610792825f0151612512565b6060808301829052840151146107ce5760608082015190840151604051630a8c976b60e21b8152600481019290925260248201526044016103a9565b60c08301515163ffffffff165f036107fb57604051631d206ec960e11b81525f60048201526024016103a9565b60c08301515163ffffffff1660808083019190915260208084015160408051808201825260138152726169726f6c6c75702e646174617365742e763160681b8185015282518385015184840151606086015197860151945195975f9761086c97959694959394929391929101614ba4565b60405160208183030381529060405280519060200120905084610180015181146108ba5761018085015160405163514918d160e01b81526103a9918391600401918252602082015260400190565b83516101a001516108d29063ffffffff166001614bfb565b82604001516001600160401b031610156108ff57604051631224e1cf60e11b81526004016103a990614c0e565b6040808301516080840151845160e087015260c08601526001600160401b031660a08501528301819052600185602001516002811115610941576109416147e2565b0361098757604085015161097057846040015160405163ac761daf60e01b81526004016103a991815260200190565b6040850180516020850152516101208401526109cb565b6040850151156109b257846040015160405163ac761daf60e01b81526004016103a991815260200190565b6109c4855f0151866101600151611363565b6101208401525b5f19846040015160030b12806109f55750835f015160a0015163ffffffff16846040015160030b12155b15610a1f5760408085015190516363d973a960e11b815260039190910b60048201526024016103a9565b60408401805160030b6101008501528451905183515f92610a41929091610f65565b9050610a4f855f0151612647565b856060015151141580610a755750836101200151610a72825f8860600151612677565b14155b15610a9c57836101200151604051639989a21560e01b81526004016103a991815260200190565b6040518060400160405280601781526020017f6169726f6c6c75702e747261696e2e66696e616c2e7631000000000000000000815250866101a00151838660600151604051602001610af19493929190614c37565b604051602081830303815290604052805190602001209950610b1284612708565b985083608001516001600160401b03166002610b2e9190614bfb565b975083604051602001610b419190614c5c565b6040516020818303038152906040529650505050505050945094509450949050565b5f610b7d8383610b7557611000612784565b610200612784565b610b88906001614bfb565b61024084015190915063ffffffff1615610ca1575f5f5b6007811015610c7d5761028085015163ffffffff16811c60011615610c75575f5f610bf087610beb5f60048710610be057610bdb876002614bfb565b612845565b610bdb876001614bfb565b612867565b610240890151919350915063ffffffff166102006001610c108284614bfb565b610c1a9190614ce8565b610c249190614d0f565b610c2e9084614d22565b6102006001610c3d8286614bfb565b610c479190614ce8565b610c519190614d0f565b610c5b9083614d22565b610c659190614bfb565b610c6f9086614bfb565b94505050505b600101610b9f565b506020840151610c939063ffffffff1682614d22565b610c9d9083614bfb565b9150505b92915050565b5f5f610cb388886129e6565b60808101519091506001600160401b0316610ccf816001614bfb565b871115610ce0578592505050610f5b565b8315801590610d1957506001600160f81b031985855f81610d0357610d03614d39565b9050013560f81c60f81b6001600160f81b031916145b15610d4157610d36828888610d31886001818c614d4d565b612a1c565b508592505050610f5b565b865f03610e265781516040805160a08082018352602080870151835283870151908301526080808701516001600160401b039081168486015291870151909116606083015260c08601519082015290516368ce134f60e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016926368ce134f92610dde928b908b908b90600401614d9c565b602060405180830381865afa158015610df9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e1d9190614e17565b92505050610f5b565b610e31816001614bfb565b8703610eba5781516040805160808101825260e0850151815261010085015160030b6020820152818501518183015261012085015160608201529051632f073c2d60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001692632f073c2d92610dde928b908b908b90600401614e2e565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c500d82c610ef5845f01516118a7565b8888886040518563ffffffff1660e01b8152600401610f179493929190614e84565b602060405180830381865afa158015610f32573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f569190614e17565b925050505b9695505050505050565b5f5f845f015185602001518660400151876060015188608001518960a001518a60c001518b604001518c5f0151610f9c9190614eae565b604051602001610fb3989796959493929190614ee6565b60408051601f198184030181528282018252601183527030b4b937b6363ab81736b7b232b6173b1960791b602084810191909152915190935061100b9291849163461c400091633727c5ac915f918b918b9101614f52565b604051602081830303815290604052805190602001209150505b9392505050565b5f5f61103888886129e6565b60808101519091506001600160401b0316611054816001614bfb565b871115611065578592505050610f5b565b865f0361110f575f61107683612708565b90508087146110a257604051638a5f316960e01b815260048101889052602481018290526044016103a9565b604051806040016040528060188152602001776169726f6c6c75702e747261696e2e696d706f72742e763160401b8152505f885f5f5f5f6040516020016110ef9796959493929190614fa9565b604051602081830303815290604052805190602001209350505050610f5b565b61111c8288888888612d85565b611127816001614bfb565b870361119557604051806040016040528060188152602001776169726f6c6c75702e747261696e2e6578706f72742e763160401b8152505f875f5f604051602001611176959493929190614ffe565b6040516020818303038152906040528051906020012092505050610f5b565b8151309063c4da43d9906111a8906118a7565b886040518363ffffffff1660e01b8152600401610f1792919061504c565b5f5f6111d184611ae3565b90505f6111e0602d6001614bfb565b6001600160401b038111156111f7576111f7613f34565b604051908082528060200260200182016040528015611220578160200160208202803683370190505b5090505f5b602d811015611278575f5f61123983612f67565b9150915061125161124a8685612fb3565b83836132a1565b84848151811061126357611263614d39565b60209081029190910101525050600101611225565b506112828261331c565b81602d8151811061129557611295614d39565b602002602001018181525050766169726f6c6c75702e747261696e2e6d6963726f2e763160481b5f5f866112c8856135b3565b60405168ffffffffffffffffff1995909516602086015260c09390931b6001600160c01b031916603785015260e09190911b6001600160e01b031916603f84015260438301526063820152608301604051602081830303815290604052805190602001209250505092915050565b5f8160c0015163ffffffff1661134e83611000612784565b611359906002614bfb565b610ca19190614bfb565b5f811561138e57604051637df5579d60e01b81526001600160401b03841660048201526024016103a9565b6040516308ca792360e21b81526001600160401b03841660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632329e48c9060240161028060405180830381865afa1580156113fc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114209190615145565b604001519050806001600160401b03165f0361145a57604051637df5579d60e01b81526001600160401b03851660048201526024016103a9565b604051636152e65560e01b81526001600160401b03821660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636152e6559060240160a060405180830381865afa1580156114c5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114e9919061527d565b51949350505050565b5f5f6114fe88886129e6565b905080608001516001600160401b0316600161151a9190614bfb565b86111561152a5784915050610f5b565b6115378187878787612a1c565b98975050505050505050565b6115756040518060400160405280600381526020016264696d60e81b815250825f015163ffffffff16621000006136ce565b6115aa604051806040016040528060068152602001656c617965727360d01b815250826020015163ffffffff166110006136ce565b6115e560405180604001604052806005815260200164686561647360d81b815250826040015163ffffffff16835f015163ffffffff166136ce565b611623604051806040016040528060078152602001666b76486561647360c81b815250826060015163ffffffff16836040015163ffffffff166136ce565b61165860405180604001604052806005815260200164666644696d60d81b815250826080015163ffffffff16621000006136ce565b61168e604051806040016040528060058152602001643b37b1b0b160d91b8152508260a0015163ffffffff1663010000006136ce565b6116c66040518060400160405280600781526020016618dbdb9d195e1d60ca1b8152508260c0015163ffffffff1663010000006136ce565b80516116da9060209063ffffffff166152ee565b156117355780516116f39060209063ffffffff166152ee565b60405163152810fd60e31b81526060600482015260086064820152673234b6901290199960c11b608482015260248101919091525f604482015260a4016103a9565b6020816080015163ffffffff1661174c91906152ee565b156117ac576020816080015163ffffffff1661176891906152ee565b60405163152810fd60e31b815260606004820152600a60648201526933332234b6901290199960b11b608482015260248101919091525f604482015260a4016103a9565b604081015181516117bd9190615301565b63ffffffff161561182357604081015181516117d99190615301565b60405163152810fd60e31b815260606004820152600b60648201526a64696d202520686561647360a81b608482015263ffffffff90911660248201525f604482015260a4016103a9565b806060015181604001516118379190615301565b63ffffffff16156118a457806060015181604001516118569190615301565b60405163152810fd60e31b815260606004820152600f60648201526e68656164732025206b76486561647360881b608482015263ffffffff90911660248201525f604482015260a4016103a9565b50565b604080516102e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081018290526102a081018290526102c0810191909152604051806102e00160405280835f015163ffffffff168152602001836020015163ffffffff168152602001836040015163ffffffff168152602001836060015163ffffffff168152602001836080015163ffffffff1681526020018360a0015163ffffffff1681526020018360c0015163ffffffff1681526020018360e0015163ffffffff16815260200183610100015160070b815260200183610120015160070b815260200183610140015160070b815260200183610160015160070b815260200183610180015163ffffffff168152602001836101a0015163ffffffff168152602001836101c0015160070b8152602001836101e001516001600160401b031681526020018361020001516001600160401b031681526020018361022001516001600160401b0316815260200183610240015163ffffffff16815260200183610260015160070b815260200183610280015163ffffffff168152602001836102a001516001600160401b031681526020015f63ffffffff168152509050919050565b611b916040518061034001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b611b9e602083018361463f565b63ffffffff168152611bb6604083016020840161463f565b63ffffffff166020820152611bd1606083016040840161463f565b63ffffffff166040820152611bec608083016060840161463f565b63ffffffff166060820152611c0760a083016080840161463f565b63ffffffff166080820152611c2260c0830160a0840161463f565b63ffffffff1660a0820152611c3f6101c083016101a0840161463f565b63ffffffff1660c0820152611c5c6101a08301610180840161463f565b63ffffffff1660e082015280511580611c8157508051611c7e906020906152ee565b15155b80611c8e57508051618000105b15611cce578051604080516360103d0160e11b81526004810191909152600360448201526264696d60e81b606482015260248101919091526084016103a9565b60208101511580611ce457506104008160200151115b15611d2a576020810151604080516360103d0160e11b8152600481019190915260066044820152656c617965727360d01b606482015260248101919091526084016103a9565b60408101511580611d4a575060408101518151611d4791906152ee565b15155b80611d70575060408101518151600291611d6391614d0f565b611d6d91906152ee565b15155b15611db15760408082015181516360103d0160e11b815260048101929092526005604483015264686561647360d81b606483015260248201526084016103a9565b60608101511580611dd4575080606001518160400151611dd191906152ee565b15155b15611e1b576060810151604080516360103d0160e11b8152600481019190915260076044820152666b76486561647360c81b606482015260248101919091526084016103a9565b60808101511580611e3b575060208160800151611e3891906152ee565b15155b80611e4c5750620180008160800151115b15611e91576080810151604080516360103d0160e11b815260048101919091526005604482015264666644696d60d81b606482015260248101919091526084016103a9565b60a08101511580611ea85750622000008160a00151115b15611eed5760a0810151604080516360103d0160e11b8152600481019190915260056044820152643b37b1b0b160d91b606482015260248101919091526084016103a9565b611efd60e0830160c0840161463f565b63ffffffff161580611f26575062100000611f1e60e0840160c0850161463f565b63ffffffff16115b15611f7d57611f3b60e0830160c0840161463f565b604080516360103d0160e11b81526004810191909152600760448201526618dbdb9d195e1d60ca1b606482015263ffffffff90911660248201526084016103a9565b60e08101511580611f945750620100008160e00151115b15611fd95760e0810151604080516360103d0160e11b8152600481019190915260056044820152640c4c2e8c6d60db1b606482015260248101919091526084016103a9565b60c081015115806120025750611ff560e0830160c0840161463f565b63ffffffff168160c00151115b156120485760c0810151604080516360103d0160e11b81526004810191909152600660448201526539b2b8a632b760d11b606482015260248101919091526084016103a9565b604081015181516120599190614d0f565b610100820181905260608201516120709190614d22565b6101208201526120886102e083016102c0840161463f565b63ffffffff16156120b0576120a56102e083016102c0840161463f565b63ffffffff166120b4565b6104005b61014082018190526120c8906020906152ee565b1515806120db5750610400816101400151115b15612133576120f26102e083016102c0840161463f565b6040516360103d0160e11b81526004016103a991906040808252600490820152631c185c9d60e21b606082015263ffffffff91909116602082015260800190565b6001612146610100840160e0850161463f565b63ffffffff1611156121a757612163610100830160e0840161463f565b604080516360103d0160e11b81526004810191909152600960448201526837b83a34b6b4bd32b960b91b606482015263ffffffff90911660248201526084016103a9565b6121b8610100830160e0840161463f565b63ffffffff166001146101808201526121d96101208301610100840161460b565b6121eb6101408401610120850161460b565b6121fd6101608501610140860161460b565b61220f6101808601610160870161460b565b600790810b6102a086015290810b61028085015290810b6102608401520b6102408201526122456101e083016101c0840161460b565b61225761020084016101e08501614624565b61226961022085016102008601614624565b61227b6102808601610260870161460b565b600790810b6103208601526001600160401b0391821661030086015291166102e08401520b6102c082015260208101516122b790600990614d22565b6122c2906003614bfb565b6101a08201526122da6102608301610240840161463f565b63ffffffff166101608201819052610100101561233557610160810151604080516360103d0160e11b8152600481019190915260086044820152676c6f726152616e6b60c01b606482015260248101919091526084016103a9565b8061016001515f036123ff576123536102a08301610280840161463f565b63ffffffff1615158061237957506123736102808301610260840161460b565b60070b15155b8061239d57506123916102c083016102a08401614624565b6001600160401b031615155b156123fa576123b46102a08301610280840161463f565b604080516360103d0160e11b81526004810191909152600b60448201526a6c6f72615461726765747360a81b606482015263ffffffff90911660248201526084016103a9565b919050565b6124116102a08301610280840161463f565b63ffffffff16158061243b575060806124326102a08401610280850161463f565b63ffffffff1610155b15612452576123b46102a08301610280840161463f565b5f6124656102a08401610280850161463f565b601e600182901b166403ffffffc0600283901b16176101c084015263ffffffff1690505f5b600981101561250b5780836101c00151901c600116600103612503576101e083018051906124b782615328565b9052505f806124d0856124cb856001614bfb565b613703565b915091508461020001518211156124ea5761020085018290525b8461022001518111156125005761022085018190525b50505b60010161248a565b5050919050565b5f5f6040518060400160405280601881526020017f6169726f6c6c75702e747261696e2e636f6e6669672e76310000000000000000815250835f015184602001518560400151866060015187608001518860a001518960c001518a60e001518b61010001518c61012001516040516020016125979b9a99989796959493929190615340565b60408051601f19818403018152908290526101408501516101608601516101808701516101a08801516101c08901516101e08a01516102008b01516102208c01516102408d01516102608e0151999b505f9a6125f69a906020016153e0565b60405160208183030381529060405290508181856102800151866102a001516040516020016126289493929190615478565b6040516020818303038152906040528051906020012092505050919050565b5f610ca18260c0015163ffffffff16612668846126638661381e565b613841565b6126729190614bfb565b61392b565b80515f906101008110801561268d575083811c15155b156126b5576040516394666f0d60e01b815260048101859052602481018290526044016103a9565b849150602083018160051b81015b808210156126fe576001861660051b825180861715158683528160208418528060405f200296505050508560011c95506020820191506126c3565b5050509392505050565b5f6040518060400160405280601781526020017f6169726f6c6c75702e747261696e2e696e7075742e763100000000000000000081525082602001518360400151846060015185608001516040516020016127679594939291906154bb565b604051602081830303815290604052805190602001209050919050565b5f612790835f846139a6565b90505f5f5b60098110156127c6576127b2856127ac5f84612845565b866139a6565b6127bc9083614bfb565b9150600101612795565b5060208401516127dc9063ffffffff1682614d22565b6127e69083614bfb565b91505f6009856020015163ffffffff166128009190614d22565b61280b906001614bfb565b90505b6128178561381e565b81101561283d576128298582866139a6565b6128339084614bfb565b925060010161280e565b505092915050565b5f81612852600985614d22565b61285d906001614bfb565b6110259190614bfb565b5f5f5f6009856020015163ffffffff166128819190614d22565b61288c906001614bfb565b90508315806128a457506128a1816001614bfb565b84145b156128c25750505060a0820151825163ffffffff91821691166129df565b8084036128dc57505082516001915063ffffffff166129df565b5f60096128ea600187614ce8565b6128f491906152ee565b90508015806129035750600581145b1561291d57505083516001925063ffffffff1690506129df565b806001148061292c5750600481145b15612945575050835163ffffffff1691508190506129df565b80600214806129545750806003145b1561299a576040860151865161296a9190614eae565b63ffffffff16866060015163ffffffff166129859190614d22565b865190945063ffffffff1692506129df915050565b80600614806129a95750806007145b156129c8575050506080830151835163ffffffff9182169250166129df565b50508351608085015163ffffffff91821693501690505b9250929050565b6129ee613cf5565b6103e08214612a10576040516361d17eff60e11b815260040160405180910390fd5b611025828401846154f2565b60808501515f906001600160401b031681806008888203612ab057604051806040016040528060188152602001776169726f6c6c75702e747261696e2e696d706f72742e763160401b8152508787604051602001612a7c9392919061559b565b604051602081830303815290604052805190602001209250612aa98a5f01515f5f1b8c6020015114610b63565b9150612ca2565b612abb846001614bfb565b8903612b2a57604051806040016040528060188152602001776169726f6c6c75702e747261696e2e6578706f72742e763160401b8152508787604051602001612b069392919061559b565b604051602081830303815290604052805190602001209250612aa98a5f0151611336565b604c8614612b5b57604051639c7add2960e01b8152600481018a90525f6024820152604481018990526064016103a9565b766169726f6c6c75702e747261696e2e6d6963726f2e763160481b8787604051602001612b8a939291906155b9565b6040516020818303038152906040528051906020012092507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663fe59841c6040518163ffffffff1660e01b8152600401602060405180830381865afa158015612bfe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c2291906155de565b6001600160a01b03166363406eef612c3c8c5f01516118a7565b5f6040518363ffffffff1660e01b8152600401612c5a92919061504c565b61010060405180830381865afa158015612c76573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c9a91906155f9565b509150600c90505b6028861015612cd457604051639c7add2960e01b8152600481018a90525f6024820152604481018990526064016103a9565b878314612d0557604051639c7add2960e01b8152600481018a905260248101849052604481018990526064016103a9565b5f612d13600882898b614d4d565b612d1c9161567f565b60c01c9050828114612d525760405163130d61b160e01b8152600481018b905260248101829052604481018490526064016103a9565b878288612d60826020614bfb565b92612d6d93929190614d4d565b612d76916156b7565b9b9a5050505050505050505050565b60d88114612db657604051639c7add2960e01b8152600481018590525f6024820152604481018490526064016103a9565b5f612dc283835f6139d3565b9050838114612df557604051639c7add2960e01b81526004810186905260248101829052604481018590526064016103a9565b612e00600186614ce8565b612e0d60085f8587614d4d565b612e169161567f565b60c01c14612e575784604051632faf09ab60e01b81526004016103a9918152604060208201819052600490820152630737465760e41b606082015260800190565b60a08601516001600160401b0316612e73601860108587614d4d565b612e7c9161567f565b60c01c14612e9f5784604051632faf09ab60e01b81526004016103a991906156d4565b60c0860151612eb2603860188587614d4d565b612ebb916156b7565b14612eff5784604051632faf09ab60e01b81526004016103a9918152604060208201819052600a90820152691d1bdad95b9cd49bdbdd60b21b606082015260800190565b6060860151612f12605860388587614d4d565b612f1b916156b7565b14612f5f5784604051632faf09ab60e01b81526004016103a9918152604060208201819052600a90820152690c6dedcccd2ce90c2e6d60b31b606082015260800190565b505050505050565b5f80600165149801888810841c81169003612f885750601092600892509050565b6001650b0400000000841c81169003612fa75750602092601092509050565b50602092600492509050565b5f5f8360c001518460200151612fc99190614d22565b905082612fe85760c0840151612fe0906001614bfb565b915050610ca1565b6001830361301b57835160c08501516020860151613007906001614bfb565b6130119190614d22565b612fe09190614d22565b600283148061302a5750600383145b806130355750600583145b806130405750600883145b8061304b5750600983145b806130565750600a83145b15613067578351612fe09082614d22565b60048314806130765750600b83145b15613082579050610ca1565b60068314806130915750600783145b156130a657610120840151612fe09082614d22565b600c83101580156130b8575060108311155b156130cc576080840151612fe09082614d22565b60118314806130db5750601283145b156130f157835160c0850151612fe09190614d22565b60138314806131005750601683145b8061310b5750601783145b806131165750602783145b1561312757505060c0820151610ca1565b60148314806131365750601f83145b156131445750508151610ca1565b60158314806131535750601983145b1561316457505060a0820151610ca1565b60188314806131735750602283145b15613185575050610100820151610ca1565b601a83101580156131975750601e8311155b156131ad57835160c0850151612fe09190614d22565b60208314806131bc5750602183145b156131d55783608001518460c00151612fe09190614d22565b60238314806131e45750602483145b156131fe578361012001518460c00151612fe09190614d22565b602583148061320d5750602683145b1561321f575050610120820151610ca1565b6028830361324657608084015184511161323d578360800151612fe0565b50508151610ca1565b6029830361326457836102200151846101600151612fe09190614d22565b602a830361328257836101600151846102000151612fe09190614d22565b602b8303613297575050610160820151610ca1565b5060409392505050565b5f835f036132b057505f611025565b5f8360016132be8288614bfb565b6132c89190614ce8565b6132d29190614d0f565b90505f846132e1600184614ce8565b6132eb9190614d22565b6132f59087614ce8565b90505f5f604051868802368237868802812092508684028120915050611537828286613a55565b60408051600980825261014082019092525f9182919060208201610120803683370190505090505f5f5b60098110156133ad576133638561335e836001614bfb565b613ae8565b156133a55761337c85613377836001614bfb565b613b5e565b83828151811061338e5761338e614d39565b60209081029190910101526133a282615328565b91505b600101613346565b505f600985602001516133c09190614d22565b6133cb906001614bfb565b90505f6133d8865f613ae8565b90505f816133e6575f6133e9565b60035b60ff168760200151856133fc9190614d22565b6134069190614bfb565b9050805f0361341b57505f9695505050505050565b5f816001600160401b0381111561343457613434613f34565b60405190808252806020026020018201604052801561345d578160200160208202803683370190505b5090505f831561349b57613471895f613b5e565b828261347c81615328565b93508151811061348e5761348e614d39565b6020026020010181815250505b5f5b896020015181101561351e575f5b6009811015613515576134c38b61335e836001614bfb565b1561350d578881815181106134da576134da614d39565b60200260200101518484806134ee90615328565b95508151811061350057613500614d39565b6020026020010181815250505b6001016134ab565b5060010161349d565b50831561359d5761352f8986613b5e565b828261353a81615328565b93508151811061354c5761354c614d39565b602002602001018181525050815f8151811061356a5761356a614d39565b602002602001015182828061357e90615328565b93508151811061359057613590614d39565b6020026020010181815250505b6135a6826135b3565b9998505050505050505050565b80515f908082036135c657505f92915050565b60018111156136ac575f60026135dd836001614bfb565b6135e79190614d0f565b90505f5b818110156136a4575f6135ff826002614d22565b905061367e86828151811061361657613616614d39565b60200260200101518583600161362c9190614bfb565b10613645575f8181526020819052604090209015150290565b87613651846001614bfb565b8151811061366157613661614d39565b60200260200101515f828152602082905260409020911715150290565b86838151811061369057613690614d39565b6020908102919091010152506001016135eb565b5090506135c6565b825f815181106136be576136be614d39565b6020026020010151915050919050565b8115806136da57508082115b156136fe5782828260405163152810fd60e31b81526004016103a993929190615703565b505050565b5f8082158061372c57506009846020015161371e9190614d22565b613729906002614bfb565b83145b1561373f57505060a082015182516129df565b600984602001516137509190614d22565b61375b906001614bfb565b830361376d57505081516001906129df565b5f600961377b600186614ce8565b61378591906152ee565b90508015806137945750600581145b156137a65750508251600191506129df565b60018114806137b55750600481145b156137c657505082519050806129df565b60028114806137d55750600381145b156137ea5750505061012082015182516129df565b60068114806137f95750600781145b1561380d57505050608082015182516129df565b505082516080909301519293915050565b5f6009826020015163ffffffff166138369190614d22565b610ca1906003614bfb565b60018115610ca157613853835f613b8a565b61385d9082614bfb565b90505f600961386d600185614ce8565b6138779190614d0f565b9050836020015163ffffffff168111156138985750602083015163ffffffff165b5f5f5b60098110156138cb576138b7866138b25f84612845565b613b8a565b6138c19083614bfb565b915060010161389b565b506138d68183614d22565b6138e09084614bfb565b92505f6138ee600984614d22565b6138f9906001614bfb565b90505b848110156139225761390e8682613b8a565b6139189085614bfb565b93506001016138fc565b50505092915050565b5f6001821161393b57505f919050565b505f19016001600160801b03811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f1060021b1782811c909110600190811b90911791821c81109091170190565b5f5f6139b28585612867565b5090506139c0858585613bb8565b6139ca9082614d22565b95945050505050565b60408051808201909152601781527f6169726f6c6c75702e747261696e2e73746174652e763100000000000000000060208201525f90848385613a1760d883614bfb565b92613a2493929190614d4d565b604051602001613a369392919061559b565b6040516020818303038152906040528051906020012090509392505050565b5f5b6001821115613ae057613a6b6002836152ee565b600103613a9b575f8481526020858152604080832086845291839052909120941515029392151590920291613ac2565b5f848152602085815260408083209186905290912085151590910294939093171515909202915b6002613acf836001614bfb565b613ad99190614d0f565b9150613a57565b509092915050565b5f8261016001515f03613afd57506001610ca1565b811580613b25575060098360200151613b169190614d22565b613b21906001614bfb565b8210155b15613b3157505f610ca1565b6009613b3e600184614ce8565b613b4891906152ee565b836101c00151901c600116600114905092915050565b5f5f5f613b6b8585613703565b915091505f613b7d82602060086132a1565b9050610f5b818285613a55565b5f5f5f613b978585612867565b91509150613ba58585613bf8565b613baf57816139ca565b6139ca81613c78565b5f5f613bc5858585613c9b565b5090505f613bd38686612867565b91508290506001613be48284614bfb565b613bee9190614ce8565b610f5b9190614d0f565b5f5f6009846020015163ffffffff16613c119190614d22565b613c1c906001614bfb565b9050808303613c2f576001915050610ca1565b6001831080613c3d57508083115b15613c4b575f915050610ca1565b5f6009613c59600186614ce8565b613c6391906152ee565b90508015806139ca5750600514949350505050565b5f60206001613c878285614bfb565b613c919190614ce8565b610ca19190614d0f565b5f5f613ca78585613bf8565b15613cb75750602090505f613ced565b5f613cc28686612867565b9150505f613cd261267283613c78565b90508460078210613ce4576007613ce6565b815b9350935050505b935093915050565b60408051610400810182525f6101408201818152610160830182905261018083018290526101a083018290526101c083018290526101e08301829052610200830182905261022083018290526102408301829052610260830182905261028083018290526102a083018290526102c083018290526102e08301829052610300830182905261032083018290526103408301829052610360830182905261038083018290526103a083018290526103c083018290526103e08301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081019190915290565b5f6102c0828403128015613ae0575f5ffd5b5f6102e08284031215613e1a575f5ffd5b50919050565b5f6102e08284031215613e31575f5ffd5b6110258383613e09565b5f5f83601f840112613e4b575f5ffd5b5081356001600160401b03811115613e61575f5ffd5b6020830191508360208285010111156129df575f5ffd5b5f5f5f5f60408587031215613e8b575f5ffd5b84356001600160401b03811115613ea0575f5ffd5b613eac87828801613e3b565b90955093505060208501356001600160401b03811115613eca575f5ffd5b613ed687828801613e3b565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b848152836020820152826040820152608060608201525f610f5b6080830184613ee2565b634e487b7160e01b5f52604160045260245ffd5b6040516102c081016001600160401b0381118282101715613f6b57613f6b613f34565b60405290565b60405160a081016001600160401b0381118282101715613f6b57613f6b613f34565b6040516101c081016001600160401b0381118282101715613f6b57613f6b613f34565b604051608081016001600160401b0381118282101715613f6b57613f6b613f34565b60405161020081016001600160401b0381118282101715613f6b57613f6b613f34565b60405161014081016001600160401b0381118282101715613f6b57613f6b613f34565b604051601f8201601f191681016001600160401b038111828210171561404657614046613f34565b604052919050565b63ffffffff811681146118a4575f5ffd5b80356123fa8161404e565b8035600781900b81146123fa575f5ffd5b6001600160401b03811681146118a4575f5ffd5b80356123fa8161407b565b5f6102c082840312156140ab575f5ffd5b6140b3613f48565b90506140be8261405f565b81526140cc6020830161405f565b60208201526140dd6040830161405f565b60408201526140ee6060830161405f565b60608201526140ff6080830161405f565b608082015261411060a0830161405f565b60a082015261412160c0830161405f565b60c082015261413260e0830161405f565b60e0820152614144610100830161406a565b610100820152614157610120830161406a565b61012082015261416a610140830161406a565b61014082015261417d610160830161406a565b610160820152614190610180830161405f565b6101808201526141a36101a0830161405f565b6101a08201526141b66101c0830161406a565b6101c08201526141c96101e0830161408f565b6101e08201526141dc610200830161408f565b6102008201526141ef610220830161408f565b610220820152614202610240830161405f565b610240820152614215610260830161406a565b610260820152614228610280830161405f565b61028082015261423b6102a0830161408f565b6102a082015292915050565b80151581146118a4575f5ffd5b5f5f6102e08385031215614266575f5ffd5b614270848461409a565b91506102c083013561428181614247565b809150509250929050565b5f5f5f5f5f5f608087890312156142a1575f5ffd5b86356001600160401b038111156142b6575f5ffd5b6142c289828a01613e3b565b909750955050602087013593506040870135925060608701356001600160401b038111156142ee575f5ffd5b6142fa89828a01613e3b565b979a9699509497509295939492505050565b8035600381900b81146123fa575f5ffd5b5f5f5f6103008486031215614330575f5ffd5b61433a858561409a565b92506143496102c0850161430c565b929592945050506102e0919091013590565b5f5f610300838503121561436d575f5ffd5b6143778484613e09565b946102e0939093013593505050565b5f6102c08284031215614397575f5ffd5b611025838361409a565b5f5f604083850312156143b2575f5ffd5b82356143bd8161407b565b946020939093013593505050565b805163ffffffff16825260208101516143ec602084018263ffffffff169052565b506040810151614404604084018263ffffffff169052565b50606081015161441c606084018263ffffffff169052565b506080810151614434608084018263ffffffff169052565b5060a081015161444c60a084018263ffffffff169052565b5060c081015161446460c084018263ffffffff169052565b5060e081015161447c60e084018263ffffffff169052565b5061010081015161449361010084018260070b9052565b506101208101516144aa61012084018260070b9052565b506101408101516144c161014084018260070b9052565b506101608101516144d861016084018260070b9052565b506101808101516144f261018084018263ffffffff169052565b506101a081015161450c6101a084018263ffffffff169052565b506101c08101516145236101c084018260070b9052565b506101e08101516145406101e08401826001600160401b03169052565b5061020081015161455d6102008401826001600160401b03169052565b5061022081015161457a6102208401826001600160401b03169052565b5061024081015161459461024084018263ffffffff169052565b506102608101516145ab61026084018260070b9052565b506102808101516145c561028084018263ffffffff169052565b506102a08101516145e26102a08401826001600160401b03169052565b506102c08101516136fe6102c084018263ffffffff169052565b6102e08101610ca182846143cb565b5f6020828403121561461b575f5ffd5b6110258261406a565b5f60208284031215614634575f5ffd5b81356110258161407b565b5f6020828403121561464f575f5ffd5b81356110258161404e565b600381106118a4575f5ffd5b80356123fa8161465a565b5f60a08284031215614681575f5ffd5b614689613f71565b905081356146968161404e565b815260208201356146a68161404e565b602082015260408201356146b98161404e565b604082015260608201356146cc8161404e565b606082015260809182013591810191909152919050565b6001600160801b03811681146118a4575f5ffd5b80356123fa816146e3565b5f610240828403128015614714575f5ffd5b5061471d613f93565b6147268361408f565b815261473460208401614666565b602082015260408381013590820152606080840135908201526147596080840161405f565b608082015261476a60a0840161405f565b60a082015261477c8460c08501614671565b60c082015261016083013560e08201526101808301356101008201526101a08301356101208201526147b16101c084016146f7565b6101408201526101e0830135610160820152610200830135610180820152610220909201356101a083015250919050565b634e487b7160e01b5f52602160045260245ffd5b5f82601f830112614805575f5ffd5b81356001600160401b0381111561481e5761481e613f34565b8060051b61482e6020820161401e565b91825260208185018101929081019086841115614849575f5ffd5b6020860192505b83831015610f5b578235825260209283019290910190614850565b5f6020828403121561487b575f5ffd5b81356001600160401b03811115614890575f5ffd5b82018084036103a08112156148a3575f5ffd5b6148ab613fb6565b6148b5868461409a565b815260a06102bf19830112156148c9575f5ffd5b6148d1613f71565b6102c0840135815291506102e08301356148ea8161407b565b60208301526103008301356148fe8161407b565b6040830152610320830135606083015261034083013560808301526020810182905261492d610360840161430c565b604082015261038083013591506001600160401b0382111561494d575f5ffd5b614959868385016147f6565b606082015295945050505050565b805163ffffffff1682526020810151614988602084018263ffffffff169052565b5060408101516149a0604084018263ffffffff169052565b5060608101516149b8606084018263ffffffff169052565b5060808101516149d0608084018263ffffffff169052565b5060a08101516149e860a084018263ffffffff169052565b5060c0810151614a0060c084018263ffffffff169052565b5060e0810151614a1860e084018263ffffffff169052565b50610100810151614a2f61010084018260070b9052565b50610120810151614a4661012084018260070b9052565b50610140810151614a5d61014084018260070b9052565b50610160810151614a7461016084018260070b9052565b50610180810151614a8e61018084018263ffffffff169052565b506101a0810151614aa86101a084018263ffffffff169052565b506101c0810151614abf6101c084018260070b9052565b506101e0810151614adc6101e08401826001600160401b03169052565b50610200810151614af96102008401826001600160401b03169052565b50610220810151614b166102208401826001600160401b03169052565b50610240810151614b3061024084018263ffffffff169052565b50610260810151614b4761026084018260070b9052565b50610280810151614b6161028084018263ffffffff169052565b506102a08101516136fe6102a08401826001600160401b03169052565b6102c08101610ca18284614967565b5f81518060208401855e5f93019283525090919050565b5f614baf8289614b8d565b96875250506001600160c01b031960c094851b811660208701529290931b909116602884015260308301526050820152607001919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610ca157610ca1614be7565b602081525f610ca160208301600a81526964617461546f6b656e7360b01b602082015260400190565b5f614c428287614b8d565b948552505060208301919091526040820152606001919050565b5f6103e082019050614c6f828451614967565b60208301516102c083015260408301516102e0830152606083015161030083015260808301516001600160401b0390811661032084015260a08401511661034083015260c083015161036083015260e083015161038083015261010083015160030b6103a0830152610120909201516103c09091015290565b81810381811115610ca157610ca1614be7565b634e487b7160e01b5f52601260045260245ffd5b5f82614d1d57614d1d614cfb565b500490565b8082028115828204841417610ca157610ca1614be7565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115614d5b575f5ffd5b83861115614d67575f5ffd5b5050820193919092039150565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b614da68187614967565b84516102c082015260208501516102e08201526001600160401b036040860151166103008201526001600160401b036060860151166103208201526080850151610340820152836103608201526103a06103808201525f614e0c6103a083018486614d74565b979650505050505050565b5f60208284031215614e27575f5ffd5b5051919050565b614e388187614967565b84516102c0820152602085015160030b6102e082015260408501516103008201526060850151610320820152836103408201526103806103608201525f614e0c61038083018486614d74565b614e8e81866143cb565b836102e08201526103206103008201525f610f5b61032083018486614d74565b5f63ffffffff831680614ec357614ec3614cfb565b8063ffffffff84160491505092915050565b60e01b6001600160e01b0319169052565b6001600160e01b031960e08a811b8216835289811b8216600484015288811b8216600884015287811b8216600c84015286811b8216601084015285901b166014820152614f366018820184614ed5565b614f43601c820183614ed5565b60200198975050505050505050565b5f614f66614f60838b614b8d565b89614b8d565b6001600160e01b031960e098891b8116825296881b8716600482015294871b861660088601525050931b909116600c820152601081019190915260300192915050565b5f614fb4828a614b8d565b6001600160c01b031960c0998a1b81168252600882019890985295881b87166028870152505091851b84166030840152841b8316603883015290921b166040820152604801919050565b5f6150098288614b8d565b60c096871b6001600160c01b0319908116825260088201969096529390951b909316602883015260e01b6001600160e01b03191660308201526034019392505050565b610300810161505b82856143cb565b826102e08301529392505050565b6001600160a01b03811681146118a4575f5ffd5b80516123fa81615069565b80516123fa8161465a565b80516123fa8161407b565b80516123fa8161404e565b5f60a082840312156150b9575f5ffd5b6150c1613f71565b905081516150ce8161404e565b815260208201516150de8161404e565b602082015260408201516150f18161404e565b604082015260608201516151048161404e565b606082015260809182015191810191909152919050565b80516123fa816146e3565b8051600581106123fa575f5ffd5b805161ffff811681146123fa575f5ffd5b5f610280828403128015615157575f5ffd5b50615160613fd8565b6151698361507d565b815261517760208401615088565b602082015261518860408401615093565b6040820152606083810151908201526151a360808401615093565b60808201526151b58460a085016150a9565b60a08201526151c7610140840161511b565b60c08201526151d9610160840161507d565b60e08201526151eb610180840161509e565b6101008201526151fe6101a08401615093565b6101208201526152116101c08401615126565b6101408201526152246101e08401615134565b6101608201526152376102008401615134565b61018082015261524a6102208401615093565b6101a082015261525d6102408401615093565b6101c08201526152706102608401615093565b6101e08201529392505050565b5f60a082840312801561528e575f5ffd5b50615297613f71565b8251815260208301516152a98161404e565b602082015260408301516152bc8161404e565b604082015260608301516152cf8161404e565b606082015260808301516152e281614247565b60808201529392505050565b5f826152fc576152fc614cfb565b500690565b5f63ffffffff83168061531657615316614cfb565b8063ffffffff84160691505092915050565b5f6001820161533957615339614be7565b5060010190565b5f61534b828e614b8d565b6001600160e01b031960e08e811b821683528d811b821660048401528c811b821660088401528b901b16600c820152615387601082018a614ed5565b6153946014820189614ed5565b6153a16018820188614ed5565b6153ae601c820187614ed5565b6153bd602082018660c01b9052565b6153cc602882018560c01b9052565b6030019d9c50505050505050505050505050565b60c08b811b82528a811b60088301526001600160e01b031960e08b811b821660108501528a901b16601483015287811b60188301526001600160c01b031987821b811660208401529086901b16602882015261544b603082018560c01b6001600160c01b0319169052565b6154586038820184614ed5565b615467603c82018360c01b9052565b6044019a9950505050505050505050565b5f61548c6154868388614b8d565b86614b8d565b60e09490941b6001600160e01b0319168452505060c01b6001600160c01b0319166004820152600c0192915050565b5f6154c68288614b8d565b95865250506020840192909252604083015260c01b6001600160c01b0319166060820152606801919050565b5f6103e0828403128015615504575f5ffd5b5061550d613ffb565b615517848461409a565b81526102c083013560208201526102e083013560408201526103008301356060820152615547610320840161408f565b6080820152615559610340840161408f565b60a082015261036083013560c082015261038083013560e08201526155816103a0840161430c565b6101008201526103c0929092013561012083015250919050565b5f6155a68286614b8d565b838582375f930192835250909392505050565b68ffffffffffffffffff1984168152818360178301375f910160170190815292915050565b5f602082840312156155ee575f5ffd5b815161102581615069565b5f5f610100838503121561560b575f5ffd5b82519150603f8301841361561d575f5ffd5b60405160e081016001600160401b038111828210171561563f5761563f613f34565b60405280610100850186811115615654575f5ffd5b602086015b81811015615671578051835260209283019201615659565b505050809150509250929050565b80356001600160c01b031981169060088410156156b0576001600160c01b0319600885900360031b81901b82161691505b5092915050565b80356020831015610ca1575f19602084900360031b1b1692915050565b818152604060208201525f61102560408301600a81526964617461546f6b656e7360b01b602082015260400190565b606081525f6157156060830186613ee2565b6020830194909452506040015291905056",
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

// PackHALTPROOF is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e309b02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function HALT_PROOF() view returns(bytes1)
func (trainingVM *TrainingVM) PackHALTPROOF() []byte {
	enc, err := trainingVM.abi.Pack("HALT_PROOF")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHALTPROOF is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e309b02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function HALT_PROOF() view returns(bytes1)
func (trainingVM *TrainingVM) TryPackHALTPROOF() ([]byte, error) {
	return trainingVM.abi.Pack("HALT_PROOF")
}

// UnpackHALTPROOF is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e309b02.
//
// Solidity: function HALT_PROOF() view returns(bytes1)
func (trainingVM *TrainingVM) UnpackHALTPROOF(data []byte) ([1]byte, error) {
	out, err := trainingVM.abi.Unpack("HALT_PROOF", data)
	if err != nil {
		return *new([1]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	return out0, nil
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
