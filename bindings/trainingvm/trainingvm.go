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
	RopeSource  [32]byte
}

// TrainingVMMetaData contains all meta data concerning the TrainingVM contract.
var TrainingVMMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractTrainStepVerifier\",\"name\":\"step\",\"type\":\"address\"},{\"internalType\":\"contractITrainIOVerifier\",\"name\":\"io\",\"type\":\"address\"},{\"internalType\":\"contractIJobInbox\",\"name\":\"inbox\",\"type\":\"address\"},{\"internalType\":\"contractIModelRegistry\",\"name\":\"models\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"HALT_PROOF\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"\",\"type\":\"bytes1\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INBOX\",\"outputs\":[{\"internalType\":\"contractIJobInbox\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"IO\",\"outputs\":[{\"internalType\":\"contractITrainIOVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODELS\",\"outputs\":[{\"internalType\":\"contractIModelRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STEP\",\"outputs\":[{\"internalType\":\"contractTrainStepVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"checkConfig\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"modelSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"part\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"ropeSource\",\"type\":\"bytes32\"}],\"internalType\":\"structITrainStepVerifier.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"checkStepParams\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"exportLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"pretrain\",\"type\":\"bool\"}],\"name\":\"importLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"seed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"}],\"internalType\":\"structITrainIOTypes.TrainConfig\",\"name\":\"cfg\",\"type\":\"tuple\"},{\"internalType\":\"int32\",\"name\":\"eos\",\"type\":\"int32\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerHash\",\"type\":\"bytes32\"}],\"name\":\"metadataLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"project\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"}],\"name\":\"referenceModel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"setup\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"rootClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"absolutePrestate\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"transitions\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"post\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"dim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"layers\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"heads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"kvHeads\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ffDim\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vocab\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"context\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"optimizer\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lr\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta1\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"beta2\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"eps\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"batch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"seqLen\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"lrFinal\",\"type\":\"int64\"},{\"internalType\":\"uint64\",\"name\":\"decayFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"decaySteps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"modelSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"loraRank\",\"type\":\"uint32\"},{\"internalType\":\"int64\",\"name\":\"loraScale\",\"type\":\"int64\"},{\"internalType\":\"uint32\",\"name\":\"loraTargets\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"loraSeed\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"part\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"ropeSource\",\"type\":\"bytes32\"}],\"internalType\":\"structITrainStepVerifier.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"carried\",\"type\":\"bytes32\"}],\"name\":\"stepInitialRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"subgamePrestate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"state0\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"BadHyper\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"carried\",\"type\":\"bytes32\"}],\"name\":\"CarriedRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"carried\",\"type\":\"bytes32\"}],\"name\":\"ConfigHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofLoc\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"footprintLoc\",\"type\":\"uint256\"}],\"name\":\"FootprintMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"InvalidParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"LeafLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tensor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunk\",\"type\":\"uint256\"}],\"name\":\"LeafOutsideTree\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"LeavesNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"jobId\",\"type\":\"uint64\"}],\"name\":\"NoReferenceModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"dataTokens\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seqLen\",\"type\":\"uint256\"}],\"name\":\"NoSequence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"depth\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NodeOpenedTwice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"j\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"len\",\"type\":\"uint256\"}],\"name\":\"NotFinal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"preRoot\",\"type\":\"bytes32\"}],\"name\":\"PreStateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"}],\"name\":\"PreimageMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"ProofLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ProofTrailingBytes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"left\",\"type\":\"uint256\"}],\"name\":\"ProofTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"RopeOpeningLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"source\",\"type\":\"bytes32\"}],\"name\":\"RopeSourceMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tree\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"SiblingCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"StateField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"j\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"len\",\"type\":\"uint256\"}],\"name\":\"StepOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"},{\"internalType\":\"int256\",\"name\":\"token\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"vocab\",\"type\":\"uint256\"}],\"name\":\"TokenOutOfVocab\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnsupportedKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"op\",\"type\":\"uint256\"}],\"name\":\"UnsupportedOpcode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelRoot\",\"type\":\"bytes32\"}],\"name\":\"WrongBaseModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputHash\",\"type\":\"bytes32\"}],\"name\":\"WrongConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"computed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetRoot\",\"type\":\"bytes32\"}],\"name\":\"WrongDataset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"eos\",\"type\":\"int256\"}],\"name\":\"WrongEos\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"input\",\"type\":\"bytes32\"}],\"name\":\"WrongPrestate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"WrongRopeSource\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"steps\",\"type\":\"uint256\"}],\"name\":\"WrongSteps\",\"type\":\"error\"}]",
	ID:  "02ed671abcc55436733d1994d7a1c84869",
	Bin: "0x610100604052348015610010575f5ffd5b506040516159d33803806159d383398101604081905261002f91610068565b6001600160a01b0393841660805291831660a052821660c0521660e0526100c4565b6001600160a01b0381168114610065575f5ffd5b50565b5f5f5f5f6080858703121561007b575f5ffd5b845161008681610051565b602086015190945061009781610051565b60408601519093506100a881610051565b60608601519092506100b981610051565b939692955090935050565b60805160a05160c05160e0516158b26101215f395f81816101dc01526114d401525f8181610276015261140a01525f818161024f01528181610da50152610e8101525f818161017c01528181610eed0152612c4801526158b25ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c8063873bebb311610093578063b701069711610063578063b701069714610271578063d64d4b0914610298578063defc00cd146102ab578063e934149f146102be575f5ffd5b8063873bebb314610211578063a4ddd2e914610224578063b1dcbee214610237578063b61883fd1461024a575f5ffd5b806353d0f255116100ce57806353d0f25514610177578063573acd18146101b657806365d8c3e4146101d75780636ee02ce9146101fe575f5ffd5b806303f0af29146100ff5780631e309b0214610114578063220adf8b146101415780632379b52314610154575b5f5ffd5b61011261010d366004613f75565b6102d1565b005b6101236001600160f81b031981565b6040516001600160f81b031990911681526020015b60405180910390f35b61011261014f366004613f9e565b6106ad565b610167610162366004613ff6565b6106b6565b604051610138949392919061408e565b61019e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610138565b6101c96101c43660046143d2565b610b63565b604051908152602001610138565b61019e7f000000000000000000000000000000000000000000000000000000000000000081565b6101c961020c36600461440a565b610ca7565b6101c961021f36600461449b565b610f77565b6101c96102323660046144d9565b61103e565b6101c961024536600461440a565b6111ae565b61019e7f000000000000000000000000000000000000000000000000000000000000000081565b61019e7f000000000000000000000000000000000000000000000000000000000000000081565b6101c96102a6366004614504565b611394565b6101c96102b936600461451f565b6113bf565b6101c96102cc36600461440a565b61154e565b6102e86102e336839003830183614504565b61159f565b3063220adf8b61030561030036859003850185614504565b611903565b6040518263ffffffff1660e01b81526004016103219190614787565b5f6040518083038186803b158015610337575f5ffd5b505afa158015610349573d5f5f3e3d5ffd5b505f925061036291505061012083016101008401614796565b60070b90505f8113158061037a575064010000000081135b156103b257604051631224e1cf60e11b8152602060048201526002602482015261363960f11b60448201526064015b60405180910390fd5b6103c4610220830161020084016147af565b6001600160401b031615801561041057506103e76101e083016101c08401614796565b60070b151580610410575061040461020083016101e084016147af565b6001600160401b031615155b1561044b57604051631224e1cf60e11b815260206004820152600a6024820152696465636179537465707360b01b60448201526064016103a9565b6340000000610462610220840161020085016147af565b6001600160401b031611156104a757604051631224e1cf60e11b815260206004820152600a6024820152696465636179537465707360b01b60448201526064016103a9565b5f6104ba610220840161020085016147af565b6001600160401b031611801561050157505f6104de6101e084016101c08501614796565b60070b1315806105015750806104fc6101e084016101c08501614796565b60070b135b1561053957604051631224e1cf60e11b81526020600482015260076024820152661b1c919a5b985b60ca1b60448201526064016103a9565b61054a610100830160e084016147ca565b63ffffffff166001036106a9575f61056a61014084016101208501614796565b60070b1280610592575064010000000061058c61014084016101208501614796565b60070b12155b156105c857604051631224e1cf60e11b8152602060048201526005602482015264626574613160d81b60448201526064016103a9565b5f6105db61016084016101408501614796565b60070b128061060357506401000000006105fd61016084016101408501614796565b60070b12155b1561063957604051631224e1cf60e11b81526020600482015260056024820152643132ba309960d91b60448201526064016103a9565b61100061064e61018084016101608501614796565b60070b1280610675575064010000000061067061018084016101608501614796565b60070b135b156106a957604051631224e1cf60e11b815260206004820152600360248201526265707360e81b60448201526064016103a9565b5050565b6106a981611b4f565b5f80806060816106c8888a018a61488d565b90505f816020015160028111156106e1576106e161496d565b0361071b57806020015160028111156106fc576106fc61496d565b604051630d1dfb5d60e31b815260ff90911660048201526024016103a9565b5f610728878901896149f6565b9050610732613e73565b8151815281516040516303f0af2960e01b815230916303f0af299161075a9190600401614d09565b5f6040518083038186803b158015610770575f5ffd5b505afa158015610782573d5f5f3e3d5ffd5b50505050610792825f01516125b6565b6060808301829052840151146107ce5760608082015190840151604051630a8c976b60e21b8152600481019290925260248201526044016103a9565b60c08301515163ffffffff165f036107fb57604051631d206ec960e11b81525f60048201526024016103a9565b60c08301515163ffffffff1660808083019190915260208084015160408051808201825260138152726169726f6c6c75702e646174617365742e763160681b8185015282518385015184840151606086015197860151945195975f9761086c97959694959394929391929101614d2f565b60405160208183030381529060405280519060200120905084610180015181146108ba5761018085015160405163514918d160e01b81526103a9918391600401918252602082015260400190565b83516101a001516108d29063ffffffff166001614d86565b82604001516001600160401b031610156108ff57604051631224e1cf60e11b81526004016103a990614d99565b6040808301516080840151845160e087015260c08601526001600160401b031660a085015283018190526001856020015160028111156109415761094161496d565b0361098757604085015161097057846040015160405163ac761daf60e01b81526004016103a991815260200190565b6040850180516020850152516101208401526109cb565b6040850151156109b257846040015160405163ac761daf60e01b81526004016103a991815260200190565b6109c4855f01518661016001516113bf565b6101208401525b5f19846040015160030b12806109f55750835f015160a0015163ffffffff16846040015160030b12155b15610a1f5760408085015190516363d973a960e11b815260039190910b60048201526024016103a9565b60408401805160030b6101008501528451905183515f92610a41929091610f77565b9050610a4f855f01516126eb565b856060015151141580610a755750836101200151610a72825f886060015161271b565b14155b15610a9c57836101200151604051639989a21560e01b81526004016103a991815260200190565b6040518060400160405280601781526020017f6169726f6c6c75702e747261696e2e66696e616c2e7631000000000000000000815250866101a00151838660600151604051602001610af19493929190614dc2565b604051602081830303815290604052805190602001209950610b12846127ac565b985083608001516001600160401b03166002610b2e9190614d86565b975083604051602001610b419190614de7565b6040516020818303038152906040529650505050505050945094509450949050565b5f610b7d8383610b7557611000612828565b610200612828565b610b88906001614d86565b61024084015190915063ffffffff1615610ca1575f5f5b6007811015610c7d5761028085015163ffffffff16811c60011615610c75575f5f610bf087610beb5f60048710610be057610bdb876002614d86565b6128e9565b610bdb876001614d86565b61290b565b610240890151919350915063ffffffff166102006001610c108284614d86565b610c1a9190614e73565b610c249190614e9a565b610c2e9084614ead565b6102006001610c3d8286614d86565b610c479190614e73565b610c519190614e9a565b610c5b9083614ead565b610c659190614d86565b610c6f9086614d86565b94505050505b600101610b9f565b506020840151610c939063ffffffff1682614ead565b610c9d9083614d86565b9150505b92915050565b5f5f610cb38888612a8a565b60808101519091506001600160401b0316610ccf816001614d86565b871115610ce0578592505050610f6d565b8315801590610d1957506001600160f81b031985855f81610d0357610d03614ec4565b9050013560f81c60f81b6001600160f81b031916145b15610d4157610d36828888610d31886001818c614ed8565b612ac0565b508592505050610f6d565b865f03610e265781516040805160a08082018352602080870151835283870151908301526080808701516001600160401b039081168486015291870151909116606083015260c08601519082015290516368ce134f60e01b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016926368ce134f92610dde928b908b908b90600401614f27565b602060405180830381865afa158015610df9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e1d9190614fa2565b92505050610f6d565b610e31816001614d86565b8703610eba5781516040805160808101825260e0850151815261010085015160030b6020820152818501518183015261012085015160608201529051632f073c2d60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001692632f073c2d92610dde928b908b908b90600401614fb9565b5f610ec7835f0151611903565b6101208401516102e08201526040516339bb459960e21b81529091506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063e6ed166490610f289084908b908b908b9060040161500f565b602060405180830381865afa158015610f43573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f679190614fa2565b93505050505b9695505050505050565b5f5f845f015185602001518660400151876060015188608001518960a001518a60c001518b604001518c5f0151610fae9190615039565b604051602001610fc5989796959493929190615071565b60408051601f198184030181528282018252601183527030b4b937b6363ab81736b7b232b6173b1960791b602084810191909152915190935061101d9291849163461c400091633727c5ac915f918b918b91016150dd565b604051602081830303815290604052805190602001209150505b9392505050565b5f5f61104984611b4f565b90505f611058602d6001614d86565b6001600160401b0381111561106f5761106f6140b2565b604051908082528060200260200182016040528015611098578160200160208202803683370190505b5090505f5b602d8110156110f0575f5f6110b183612e29565b915091506110c96110c28685612e75565b8383613163565b8484815181106110db576110db614ec4565b6020908102919091010152505060010161109d565b506110fa826131de565b81602d8151811061110d5761110d614ec4565b602002602001018181525050766169726f6c6c75702e747261696e2e6d6963726f2e763160481b5f5f8661114085613464565b60405168ffffffffffffffffff1995909516602086015260c09390931b6001600160c01b031916603785015260e09190911b6001600160e01b031916603f84015260438301526063820152608301604051602081830303815290604052805190602001209250505092915050565b5f5f6111ba8888612a8a565b60808101519091506001600160401b03166111d6816001614d86565b8711156111e7578592505050610f6d565b865f03611291575f6111f8836127ac565b905080871461122457604051638a5f316960e01b815260048101889052602481018290526044016103a9565b604051806040016040528060188152602001776169726f6c6c75702e747261696e2e696d706f72742e763160401b8152505f885f5f5f5f6040516020016112719796959493929190615134565b604051602081830303815290604052805190602001209350505050610f6d565b61129e828888888861357f565b6112a9816001614d86565b870361131757604051806040016040528060188152602001776169726f6c6c75702e747261696e2e6578706f72742e763160401b8152505f875f5f6040516020016112f8959493929190615189565b6040516020818303038152906040528051906020012092505050610f6d565b8151309063a4ddd2e99061132a90611903565b886040518363ffffffff1660e01b81526004016113489291906151d7565b602060405180830381865afa158015611363573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113879190614fa2565b9998505050505050505050565b5f8160c0015163ffffffff166113aa835f612828565b6113b5906002614d86565b610ca19190614d86565b5f81156113ea57604051637df5579d60e01b81526001600160401b03841660048201526024016103a9565b6040516308ca792360e21b81526001600160401b03841660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632329e48c9060240161028060405180830381865afa158015611458573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061147c91906152d0565b604001519050806001600160401b03165f036114b657604051637df5579d60e01b81526001600160401b03851660048201526024016103a9565b604051636152e65560e01b81526001600160401b03821660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636152e6559060240160a060405180830381865afa158015611521573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115459190615408565b51949350505050565b5f5f61155a8888612a8a565b905080608001516001600160401b031660016115769190614d86565b8611156115865784915050610f6d565b6115938187878787612ac0565b98975050505050505050565b6115d16040518060400160405280600381526020016264696d60e81b815250825f015163ffffffff1662100000613761565b611606604051806040016040528060068152602001656c617965727360d01b815250826020015163ffffffff16611000613761565b61164160405180604001604052806005815260200164686561647360d81b815250826040015163ffffffff16835f015163ffffffff16613761565b61167f604051806040016040528060078152602001666b76486561647360c81b815250826060015163ffffffff16836040015163ffffffff16613761565b6116b460405180604001604052806005815260200164666644696d60d81b815250826080015163ffffffff1662100000613761565b6116ea604051806040016040528060058152602001643b37b1b0b160d91b8152508260a0015163ffffffff166301000000613761565b6117226040518060400160405280600781526020016618dbdb9d195e1d60ca1b8152508260c0015163ffffffff166301000000613761565b80516117369060209063ffffffff16615479565b1561179157805161174f9060209063ffffffff16615479565b60405163152810fd60e31b81526060600482015260086064820152673234b6901290199960c11b608482015260248101919091525f604482015260a4016103a9565b6020816080015163ffffffff166117a89190615479565b15611808576020816080015163ffffffff166117c49190615479565b60405163152810fd60e31b815260606004820152600a60648201526933332234b6901290199960b11b608482015260248101919091525f604482015260a4016103a9565b60408101518151611819919061548c565b63ffffffff161561187f5760408101518151611835919061548c565b60405163152810fd60e31b815260606004820152600b60648201526a64696d202520686561647360a81b608482015263ffffffff90911660248201525f604482015260a4016103a9565b80606001518160400151611893919061548c565b63ffffffff161561190057806060015181604001516118b2919061548c565b60405163152810fd60e31b815260606004820152600f60648201526e68656164732025206b76486561647360881b608482015263ffffffff90911660248201525f604482015260a4016103a9565b50565b60408051610300810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081018290526102a081018290526102c081018290526102e0810191909152604051806103000160405280835f015163ffffffff168152602001836020015163ffffffff168152602001836040015163ffffffff168152602001836060015163ffffffff168152602001836080015163ffffffff1681526020018360a0015163ffffffff1681526020018360c0015163ffffffff1681526020018360e0015163ffffffff16815260200183610100015160070b815260200183610120015160070b815260200183610140015160070b815260200183610160015160070b815260200183610180015163ffffffff168152602001836101a0015163ffffffff168152602001836101c0015160070b8152602001836101e001516001600160401b031681526020018361020001516001600160401b031681526020018361022001516001600160401b0316815260200183610240015163ffffffff16815260200183610260015160070b815260200183610280015163ffffffff168152602001836102a001516001600160401b031681526020015f63ffffffff1681526020015f5f1b8152509050919050565b611c096040518061038001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b611c1660208301836147ca565b63ffffffff168152611c2e60408301602084016147ca565b63ffffffff166020820152611c4960608301604084016147ca565b63ffffffff166040820152611c6460808301606084016147ca565b63ffffffff166060820152611c7f60a08301608084016147ca565b63ffffffff166080820152611c9a60c0830160a084016147ca565b63ffffffff1660a0820152611cb76101c083016101a084016147ca565b63ffffffff1660c0820152611cd46101a0830161018084016147ca565b63ffffffff1660e082015280511580611cf957508051611cf690602090615479565b15155b80611d0657508051618000105b15611d46578051604080516360103d0160e11b81526004810191909152600360448201526264696d60e81b606482015260248101919091526084016103a9565b60208101511580611d5c57506104008160200151115b15611da2576020810151604080516360103d0160e11b8152600481019190915260066044820152656c617965727360d01b606482015260248101919091526084016103a9565b60408101511580611dc2575060408101518151611dbf9190615479565b15155b80611de8575060408101518151600291611ddb91614e9a565b611de59190615479565b15155b15611e295760408082015181516360103d0160e11b815260048101929092526005604483015264686561647360d81b606483015260248201526084016103a9565b60608101511580611e4c575080606001518160400151611e499190615479565b15155b15611e93576060810151604080516360103d0160e11b8152600481019190915260076044820152666b76486561647360c81b606482015260248101919091526084016103a9565b60808101511580611eb3575060208160800151611eb09190615479565b15155b80611ec45750620180008160800151115b15611f09576080810151604080516360103d0160e11b815260048101919091526005604482015264666644696d60d81b606482015260248101919091526084016103a9565b60a08101511580611f205750622000008160a00151115b15611f655760a0810151604080516360103d0160e11b8152600481019190915260056044820152643b37b1b0b160d91b606482015260248101919091526084016103a9565b611f7560e0830160c084016147ca565b63ffffffff161580611f9e575062100000611f9660e0840160c085016147ca565b63ffffffff16115b15611ff557611fb360e0830160c084016147ca565b604080516360103d0160e11b81526004810191909152600760448201526618dbdb9d195e1d60ca1b606482015263ffffffff90911660248201526084016103a9565b60e0810151158061200c5750620100008160e00151115b156120515760e0810151604080516360103d0160e11b8152600481019190915260056044820152640c4c2e8c6d60db1b606482015260248101919091526084016103a9565b60c0810151158061207a575061206d60e0830160c084016147ca565b63ffffffff168160c00151115b156120c05760c0810151604080516360103d0160e11b81526004810191909152600660448201526539b2b8a632b760d11b606482015260248101919091526084016103a9565b604081015181516120d19190614e9a565b6101008201526120e760e0830160c084016147ca565b6102e083013561036083015263ffffffff1661034082015261010081015160608201516121149190614ead565b61012082015261212c6102e083016102c084016147ca565b63ffffffff1615612154576121496102e083016102c084016147ca565b63ffffffff16612158565b6104005b610140820181905261216c90602090615479565b15158061217f5750610400816101400151115b156121d7576121966102e083016102c084016147ca565b6040516360103d0160e11b81526004016103a991906040808252600490820152631c185c9d60e21b606082015263ffffffff91909116602082015260800190565b60016121ea610100840160e085016147ca565b63ffffffff16111561224b57612207610100830160e084016147ca565b604080516360103d0160e11b81526004810191909152600960448201526837b83a34b6b4bd32b960b91b606482015263ffffffff90911660248201526084016103a9565b61225c610100830160e084016147ca565b63ffffffff1660011461018082015261227d61012083016101008401614796565b61228f61014084016101208501614796565b6122a161016085016101408601614796565b6122b361018086016101608701614796565b600790810b6102a086015290810b61028085015290810b6102608401520b6102408201526122e96101e083016101c08401614796565b6122fb61020084016101e085016147af565b61230d610220850161020086016147af565b61231f61028086016102608701614796565b600790810b6103208601526001600160401b0391821661030086015291166102e08401520b6102c0820152602081015161235b90600990614ead565b612366906003614d86565b6101a082015261237e610260830161024084016147ca565b63ffffffff16610160820181905261010010156123d957610160810151604080516360103d0160e11b8152600481019190915260086044820152676c6f726152616e6b60c01b606482015260248101919091526084016103a9565b8061016001515f036124a3576123f76102a0830161028084016147ca565b63ffffffff1615158061241d575061241761028083016102608401614796565b60070b15155b8061244157506124356102c083016102a084016147af565b6001600160401b031615155b1561249e576124586102a0830161028084016147ca565b604080516360103d0160e11b81526004810191909152600b60448201526a6c6f72615461726765747360a81b606482015263ffffffff90911660248201526084016103a9565b919050565b6124b56102a0830161028084016147ca565b63ffffffff1615806124df575060806124d66102a0840161028085016147ca565b63ffffffff1610155b156124f6576124586102a0830161028084016147ca565b5f6125096102a0840161028085016147ca565b601e600182901b166403ffffffc0600283901b16176101c084015263ffffffff1690505f5b60098110156125af5780836101c00151901c6001166001036125a7576101e0830180519061255b826154b3565b9052505f806125748561256f856001614d86565b613796565b9150915084610200015182111561258e5761020085018290525b8461022001518111156125a45761022085018190525b50505b60010161252e565b5050919050565b5f5f6040518060400160405280601881526020017f6169726f6c6c75702e747261696e2e636f6e6669672e76310000000000000000815250835f015184602001518560400151866060015187608001518860a001518960c001518a60e001518b61010001518c610120015160405160200161263b9b9a999897969594939291906154cb565b60408051601f19818403018152908290526101408501516101608601516101808701516101a08801516101c08901516101e08a01516102008b01516102208c01516102408d01516102608e0151999b505f9a61269a9a9060200161556b565b60405160208183030381529060405290508181856102800151866102a001516040516020016126cc9493929190615603565b6040516020818303038152906040528051906020012092505050919050565b5f610ca18260c0015163ffffffff1661270c84612707866138b1565b6138d4565b6127169190614d86565b6139be565b80515f9061010081108015612731575083811c15155b15612759576040516394666f0d60e01b815260048101859052602481018290526044016103a9565b849150602083018160051b81015b808210156127a2576001861660051b825180861715158683528160208418528060405f200296505050508560011c9550602082019150612767565b5050509392505050565b5f6040518060400160405280601781526020017f6169726f6c6c75702e747261696e2e696e7075742e7631000000000000000000815250826020015183604001518460600151856080015160405160200161280b959493929190615646565b604051602081830303815290604052805190602001209050919050565b5f612834835f84613a39565b90505f5f5b600981101561286a57612856856128505f846128e9565b86613a39565b6128609083614d86565b9150600101612839565b5060208401516128809063ffffffff1682614ead565b61288a9083614d86565b91505f6009856020015163ffffffff166128a49190614ead565b6128af906001614d86565b90505b6128bb856138b1565b8110156128e1576128cd858286613a39565b6128d79084614d86565b92506001016128b2565b505092915050565b5f816128f6600985614ead565b612901906001614d86565b6110379190614d86565b5f5f5f6009856020015163ffffffff166129259190614ead565b612930906001614d86565b90508315806129485750612945816001614d86565b84145b156129665750505060a0820151825163ffffffff9182169116612a83565b80840361298057505082516001915063ffffffff16612a83565b5f600961298e600187614e73565b6129989190615479565b90508015806129a75750600581145b156129c157505083516001925063ffffffff169050612a83565b80600114806129d05750600481145b156129e9575050835163ffffffff169150819050612a83565b80600214806129f85750806003145b15612a3e5760408601518651612a0e9190615039565b63ffffffff16866060015163ffffffff16612a299190614ead565b865190945063ffffffff169250612a83915050565b8060061480612a4d5750806007145b15612a6c575050506080830151835163ffffffff918216925016612a83565b50508351608085015163ffffffff91821693501690505b9250929050565b612a92613e73565b6103e08214612ab4576040516361d17eff60e11b815260040160405180910390fd5b6110378284018461567d565b60808501515f906001600160401b031681806008888203612b5457604051806040016040528060188152602001776169726f6c6c75702e747261696e2e696d706f72742e763160401b8152508787604051602001612b2093929190615726565b604051602081830303815290604052805190602001209250612b4d8a5f01515f5f1b8c6020015114610b63565b9150612d46565b612b5f846001614d86565b8903612bce57604051806040016040528060188152602001776169726f6c6c75702e747261696e2e6578706f72742e763160401b8152508787604051602001612baa93929190615726565b604051602081830303815290604052805190602001209250612b4d8a5f0151611394565b604c8614612bff57604051639c7add2960e01b8152600481018a90525f6024820152604481018990526064016103a9565b766169726f6c6c75702e747261696e2e6d6963726f2e763160481b8787604051602001612c2e93929190615744565b6040516020818303038152906040528051906020012092507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663fe59841c6040518163ffffffff1660e01b8152600401602060405180830381865afa158015612ca2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612cc69190615769565b6001600160a01b031663c8334c45612ce08c5f0151611903565b5f6040518363ffffffff1660e01b8152600401612cfe9291906151d7565b61010060405180830381865afa158015612d1a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d3e9190615784565b509150600c90505b6028861015612d7857604051639c7add2960e01b8152600481018a90525f6024820152604481018990526064016103a9565b878314612da957604051639c7add2960e01b8152600481018a905260248101849052604481018990526064016103a9565b5f612db7600882898b614ed8565b612dc09161580a565b60c01c9050828114612df65760405163130d61b160e01b8152600481018b905260248101829052604481018490526064016103a9565b878288612e04826020614d86565b92612e1193929190614ed8565b612e1a91615842565b9b9a5050505050505050505050565b5f80600165149801888810841c81169003612e4a5750601092600892509050565b6001650b0400000000841c81169003612e695750602092601092509050565b50602092600492509050565b5f5f8360c001518460200151612e8b9190614ead565b905082612eaa5760c0840151612ea2906001614d86565b915050610ca1565b60018303612edd57835160c08501516020860151612ec9906001614d86565b612ed39190614ead565b612ea29190614ead565b6002831480612eec5750600383145b80612ef75750600583145b80612f025750600883145b80612f0d5750600983145b80612f185750600a83145b15612f29578351612ea29082614ead565b6004831480612f385750600b83145b15612f44579050610ca1565b6006831480612f535750600783145b15612f6857610120840151612ea29082614ead565b600c8310158015612f7a575060108311155b15612f8e576080840151612ea29082614ead565b6011831480612f9d5750601283145b15612fb357835160c0850151612ea29190614ead565b6013831480612fc25750601683145b80612fcd5750601783145b80612fd85750602783145b15612fe957505060c0820151610ca1565b6014831480612ff85750601f83145b156130065750508151610ca1565b60158314806130155750601983145b1561302657505060a0820151610ca1565b60188314806130355750602283145b15613047575050610100820151610ca1565b601a83101580156130595750601e8311155b1561306f57835160c0850151612ea29190614ead565b602083148061307e5750602183145b156130975783608001518460c00151612ea29190614ead565b60238314806130a65750602483145b156130c0578361012001518460c00151612ea29190614ead565b60258314806130cf5750602683145b156130e1575050610120820151610ca1565b602883036131085760808401518451116130ff578360800151612ea2565b50508151610ca1565b6029830361312657836102200151846101600151612ea29190614ead565b602a830361314457836101600151846102000151612ea29190614ead565b602b8303613159575050610160820151610ca1565b5060409392505050565b5f835f0361317257505f611037565b5f8360016131808288614d86565b61318a9190614e73565b6131949190614e9a565b90505f846131a3600184614e73565b6131ad9190614ead565b6131b79087614e73565b90505f5f604051868802368237868802812092508684028120915050611593828286613a66565b60408051600980825261014082019092525f9182919060208201610120803683370190505090505f5f5b600981101561326f5761322585613220836001614d86565b613af9565b156132675761323e85613239836001614d86565b613b6f565b83828151811061325057613250614ec4565b6020908102919091010152613264826154b3565b91505b600101613208565b505f600985602001516132829190614ead565b61328d906001614d86565b90505f61329a865f613af9565b90505f816132a8575f6132ab565b60035b60ff168760200151856132be9190614ead565b6132c89190614d86565b9050805f036132dd57505f9695505050505050565b5f816001600160401b038111156132f6576132f66140b2565b60405190808252806020026020018201604052801561331f578160200160208202803683370190505b5090505f831561335d57613333895f613b6f565b828261333e816154b3565b93508151811061335057613350614ec4565b6020026020010181815250505b5f5b89602001518110156133e0575f5b60098110156133d7576133858b613220836001614d86565b156133cf5788818151811061339c5761339c614ec4565b60200260200101518484806133b0906154b3565b9550815181106133c2576133c2614ec4565b6020026020010181815250505b60010161336d565b5060010161335f565b50831561345f576133f18986613b6f565b82826133fc816154b3565b93508151811061340e5761340e614ec4565b602002602001018181525050815f8151811061342c5761342c614ec4565b6020026020010151828280613440906154b3565b93508151811061345257613452614ec4565b6020026020010181815250505b611387825b80515f9080820361347757505f92915050565b600181111561355d575f600261348e836001614d86565b6134989190614e9a565b90505f5b81811015613555575f6134b0826002614ead565b905061352f8682815181106134c7576134c7614ec4565b6020026020010151858360016134dd9190614d86565b106134f6575f8181526020819052604090209015150290565b87613502846001614d86565b8151811061351257613512614ec4565b60200260200101515f828152602082905260409020911715150290565b86838151811061354157613541614ec4565b60209081029190910101525060010161349c565b509050613477565b825f8151811061356f5761356f614ec4565b6020026020010151915050919050565b60d881146135b057604051639c7add2960e01b8152600481018590525f6024820152604481018490526064016103a9565b5f6135bc83835f613b9b565b90508381146135ef57604051639c7add2960e01b81526004810186905260248101829052604481018590526064016103a9565b6135fa600186614e73565b61360760085f8587614ed8565b6136109161580a565b60c01c146136515784604051632faf09ab60e01b81526004016103a9918152604060208201819052600490820152630737465760e41b606082015260800190565b60a08601516001600160401b031661366d601860108587614ed8565b6136769161580a565b60c01c146136995784604051632faf09ab60e01b81526004016103a9919061585f565b60c08601516136ac603860188587614ed8565b6136b591615842565b146136f95784604051632faf09ab60e01b81526004016103a9918152604060208201819052600a90820152691d1bdad95b9cd49bdbdd60b21b606082015260800190565b606086015161370c605860388587614ed8565b61371591615842565b146137595784604051632faf09ab60e01b81526004016103a9918152604060208201819052600a90820152690c6dedcccd2ce90c2e6d60b31b606082015260800190565b505050505050565b81158061376d57508082115b156137915782828260405163152810fd60e31b81526004016103a99392919061588e565b505050565b5f808215806137bf5750600984602001516137b19190614ead565b6137bc906002614d86565b83145b156137d257505060a08201518251612a83565b600984602001516137e39190614ead565b6137ee906001614d86565b83036138005750508151600190612a83565b5f600961380e600186614e73565b6138189190615479565b90508015806138275750600581145b15613839575050825160019150612a83565b60018114806138485750600481145b156138595750508251905080612a83565b60028114806138685750600381145b1561387d575050506101208201518251612a83565b600681148061388c5750600781145b156138a05750505060808201518251612a83565b505082516080909301519293915050565b5f6009826020015163ffffffff166138c99190614ead565b610ca1906003614d86565b60018115610ca1576138e6835f613c1d565b6138f09082614d86565b90505f6009613900600185614e73565b61390a9190614e9a565b9050836020015163ffffffff1681111561392b5750602083015163ffffffff165b5f5f5b600981101561395e5761394a866139455f846128e9565b613c1d565b6139549083614d86565b915060010161392e565b506139698183614ead565b6139739084614d86565b92505f613981600984614ead565b61398c906001614d86565b90505b848110156139b5576139a18682613c1d565b6139ab9085614d86565b935060010161398f565b50505092915050565b5f600182116139ce57505f919050565b505f19016001600160801b03811160071b81811c6001600160401b031060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1781811c60ff10600390811b90911782811c600f1060021b1782811c909110600190811b90911791821c81109091170190565b5f5f613a45858561290b565b509050613a53858585613c4b565b613a5d9082614ead565b95945050505050565b5f5b6001821115613af157613a7c600283615479565b600103613aac575f8481526020858152604080832086845291839052909120941515029392151590920291613ad3565b5f848152602085815260408083209186905290912085151590910294939093171515909202915b6002613ae0836001614d86565b613aea9190614e9a565b9150613a68565b509092915050565b5f8261016001515f03613b0e57506001610ca1565b811580613b36575060098360200151613b279190614ead565b613b32906001614d86565b8210155b15613b4257505f610ca1565b6009613b4f600184614e73565b613b599190615479565b836101c00151901c600116600114905092915050565b5f5f5f613b7c8585613796565b915091505f613b8e8260206008613163565b9050610f6d818285613a66565b60408051808201909152601781527f6169726f6c6c75702e747261696e2e73746174652e763100000000000000000060208201525f90848385613bdf60d883614d86565b92613bec93929190614ed8565b604051602001613bfe93929190615726565b6040516020818303038152906040528051906020012090509392505050565b5f5f5f613c2a858561290b565b91509150613c388585613d76565b613c425781613a5d565b613a5d81613df6565b5f81158015613c615750613c5f8484613d76565b155b15613d37575f613c71858561290b565b91505f90506110006001613c858285614d86565b613c8f9190614e73565b613c999190614e9a565b90505f610400600181611000613caf8387614e73565b613cb99190614ead565b613cc39087614e73565b613ccd9190614d86565b613cd79190614e73565b613ce19190614e9a565b905060018111613cf1575f613cf4565b60015b60ff1681613d0460046001614d86565b613d0f600186614e73565b613d199190614ead565b613d239190614d86565b613d2d9190614d86565b9350505050611037565b5f613d43858585613e19565b5090505f613d51868661290b565b91508290506001613d628284614d86565b613d6c9190614e73565b610f6d9190614e9a565b5f5f6009846020015163ffffffff16613d8f9190614ead565b613d9a906001614d86565b9050808303613dad576001915050610ca1565b6001831080613dbb57508083115b15613dc9575f915050610ca1565b5f6009613dd7600186614e73565b613de19190615479565b9050801580613a5d5750600514949350505050565b5f60206001613e058285614d86565b613e0f9190614e73565b610ca19190614e9a565b5f5f613e258585613d76565b15613e355750602090505f613e6b565b5f613e40868661290b565b9150505f613e5061271683613df6565b90508460078210613e62576007613e64565b815b9350935050505b935093915050565b60408051610400810182525f6101408201818152610160830182905261018083018290526101a083018290526101c083018290526101e08301829052610200830182905261022083018290526102408301829052610260830182905261028083018290526102a083018290526102c083018290526102e08301829052610300830182905261032083018290526103408301829052610360830182905261038083018290526103a083018290526103c083018290526103e08301829052825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081019190915290565b5f6102c0828403128015613af1575f5ffd5b5f6103008284031215613f98575f5ffd5b50919050565b5f6103008284031215613faf575f5ffd5b6110378383613f87565b5f5f83601f840112613fc9575f5ffd5b5081356001600160401b03811115613fdf575f5ffd5b602083019150836020828501011115612a83575f5ffd5b5f5f5f5f60408587031215614009575f5ffd5b84356001600160401b0381111561401e575f5ffd5b61402a87828801613fb9565b90955093505060208501356001600160401b03811115614048575f5ffd5b61405487828801613fb9565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b848152836020820152826040820152608060608201525f610f6d6080830184614060565b634e487b7160e01b5f52604160045260245ffd5b6040516102c081016001600160401b03811182821017156140e9576140e96140b2565b60405290565b60405160a081016001600160401b03811182821017156140e9576140e96140b2565b6040516101c081016001600160401b03811182821017156140e9576140e96140b2565b604051608081016001600160401b03811182821017156140e9576140e96140b2565b60405161020081016001600160401b03811182821017156140e9576140e96140b2565b60405161014081016001600160401b03811182821017156140e9576140e96140b2565b604051601f8201601f191681016001600160401b03811182821017156141c4576141c46140b2565b604052919050565b63ffffffff81168114611900575f5ffd5b803561249e816141cc565b8035600781900b811461249e575f5ffd5b6001600160401b0381168114611900575f5ffd5b803561249e816141f9565b5f6102c08284031215614229575f5ffd5b6142316140c6565b905061423c826141dd565b815261424a602083016141dd565b602082015261425b604083016141dd565b604082015261426c606083016141dd565b606082015261427d608083016141dd565b608082015261428e60a083016141dd565b60a082015261429f60c083016141dd565b60c08201526142b060e083016141dd565b60e08201526142c261010083016141e8565b6101008201526142d561012083016141e8565b6101208201526142e861014083016141e8565b6101408201526142fb61016083016141e8565b61016082015261430e61018083016141dd565b6101808201526143216101a083016141dd565b6101a08201526143346101c083016141e8565b6101c08201526143476101e0830161420d565b6101e082015261435a610200830161420d565b61020082015261436d610220830161420d565b61022082015261438061024083016141dd565b61024082015261439361026083016141e8565b6102608201526143a661028083016141dd565b6102808201526143b96102a0830161420d565b6102a082015292915050565b8015158114611900575f5ffd5b5f5f6102e083850312156143e4575f5ffd5b6143ee8484614218565b91506102c08301356143ff816143c5565b809150509250929050565b5f5f5f5f5f5f6080878903121561441f575f5ffd5b86356001600160401b03811115614434575f5ffd5b61444089828a01613fb9565b909750955050602087013593506040870135925060608701356001600160401b0381111561446c575f5ffd5b61447889828a01613fb9565b979a9699509497509295939492505050565b8035600381900b811461249e575f5ffd5b5f5f5f61030084860312156144ae575f5ffd5b6144b88585614218565b92506144c76102c0850161448a565b929592945050506102e0919091013590565b5f5f61032083850312156144eb575f5ffd5b6144f58484613f87565b94610300939093013593505050565b5f6102c08284031215614515575f5ffd5b6110378383614218565b5f5f60408385031215614530575f5ffd5b823561453b816141f9565b946020939093013593505050565b805163ffffffff168252602081015161456a602084018263ffffffff169052565b506040810151614582604084018263ffffffff169052565b50606081015161459a606084018263ffffffff169052565b5060808101516145b2608084018263ffffffff169052565b5060a08101516145ca60a084018263ffffffff169052565b5060c08101516145e260c084018263ffffffff169052565b5060e08101516145fa60e084018263ffffffff169052565b5061010081015161461161010084018260070b9052565b5061012081015161462861012084018260070b9052565b5061014081015161463f61014084018260070b9052565b5061016081015161465661016084018260070b9052565b5061018081015161467061018084018263ffffffff169052565b506101a081015161468a6101a084018263ffffffff169052565b506101c08101516146a16101c084018260070b9052565b506101e08101516146be6101e08401826001600160401b03169052565b506102008101516146db6102008401826001600160401b03169052565b506102208101516146f86102208401826001600160401b03169052565b5061024081015161471261024084018263ffffffff169052565b5061026081015161472961026084018260070b9052565b5061028081015161474361028084018263ffffffff169052565b506102a08101516147606102a08401826001600160401b03169052565b506102c081015161477a6102c084018263ffffffff169052565b506102e090810151910152565b6103008101610ca18284614549565b5f602082840312156147a6575f5ffd5b611037826141e8565b5f602082840312156147bf575f5ffd5b8135611037816141f9565b5f602082840312156147da575f5ffd5b8135611037816141cc565b60038110611900575f5ffd5b803561249e816147e5565b5f60a0828403121561480c575f5ffd5b6148146140ef565b90508135614821816141cc565b81526020820135614831816141cc565b60208201526040820135614844816141cc565b60408201526060820135614857816141cc565b606082015260809182013591810191909152919050565b6001600160801b0381168114611900575f5ffd5b803561249e8161486e565b5f61024082840312801561489f575f5ffd5b506148a8614111565b6148b18361420d565b81526148bf602084016147f1565b602082015260408381013590820152606080840135908201526148e4608084016141dd565b60808201526148f560a084016141dd565b60a08201526149078460c085016147fc565b60c082015261016083013560e08201526101808301356101008201526101a083013561012082015261493c6101c08401614882565b6101408201526101e0830135610160820152610200830135610180820152610220909201356101a083015250919050565b634e487b7160e01b5f52602160045260245ffd5b5f82601f830112614990575f5ffd5b81356001600160401b038111156149a9576149a96140b2565b8060051b6149b96020820161419c565b918252602081850181019290810190868411156149d4575f5ffd5b6020860192505b83831015610f6d5782358252602092830192909101906149db565b5f60208284031215614a06575f5ffd5b81356001600160401b03811115614a1b575f5ffd5b82018084036103a0811215614a2e575f5ffd5b614a36614134565b614a408684614218565b815260a06102bf1983011215614a54575f5ffd5b614a5c6140ef565b6102c0840135815291506102e0830135614a75816141f9565b6020830152610300830135614a89816141f9565b60408301526103208301356060830152610340830135608083015260208101829052614ab8610360840161448a565b604082015261038083013591506001600160401b03821115614ad8575f5ffd5b614ae486838501614981565b606082015295945050505050565b805163ffffffff1682526020810151614b13602084018263ffffffff169052565b506040810151614b2b604084018263ffffffff169052565b506060810151614b43606084018263ffffffff169052565b506080810151614b5b608084018263ffffffff169052565b5060a0810151614b7360a084018263ffffffff169052565b5060c0810151614b8b60c084018263ffffffff169052565b5060e0810151614ba360e084018263ffffffff169052565b50610100810151614bba61010084018260070b9052565b50610120810151614bd161012084018260070b9052565b50610140810151614be861014084018260070b9052565b50610160810151614bff61016084018260070b9052565b50610180810151614c1961018084018263ffffffff169052565b506101a0810151614c336101a084018263ffffffff169052565b506101c0810151614c4a6101c084018260070b9052565b506101e0810151614c676101e08401826001600160401b03169052565b50610200810151614c846102008401826001600160401b03169052565b50610220810151614ca16102208401826001600160401b03169052565b50610240810151614cbb61024084018263ffffffff169052565b50610260810151614cd261026084018260070b9052565b50610280810151614cec61028084018263ffffffff169052565b506102a08101516137916102a08401826001600160401b03169052565b6102c08101610ca18284614af2565b5f81518060208401855e5f93019283525090919050565b5f614d3a8289614d18565b96875250506001600160c01b031960c094851b811660208701529290931b909116602884015260308301526050820152607001919050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610ca157610ca1614d72565b602081525f610ca160208301600a81526964617461546f6b656e7360b01b602082015260400190565b5f614dcd8287614d18565b948552505060208301919091526040820152606001919050565b5f6103e082019050614dfa828451614af2565b60208301516102c083015260408301516102e0830152606083015161030083015260808301516001600160401b0390811661032084015260a08401511661034083015260c083015161036083015260e083015161038083015261010083015160030b6103a0830152610120909201516103c09091015290565b81810381811115610ca157610ca1614d72565b634e487b7160e01b5f52601260045260245ffd5b5f82614ea857614ea8614e86565b500490565b8082028115828204841417610ca157610ca1614d72565b634e487b7160e01b5f52603260045260245ffd5b5f5f85851115614ee6575f5ffd5b83861115614ef2575f5ffd5b5050820193919092039150565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b614f318187614af2565b84516102c082015260208501516102e08201526001600160401b036040860151166103008201526001600160401b036060860151166103208201526080850151610340820152836103608201526103a06103808201525f614f976103a083018486614eff565b979650505050505050565b5f60208284031215614fb2575f5ffd5b5051919050565b614fc38187614af2565b84516102c0820152602085015160030b6102e082015260408501516103008201526060850151610320820152836103408201526103806103608201525f614f9761038083018486614eff565b6150198186614549565b836103008201526103406103208201525f610f6d61034083018486614eff565b5f63ffffffff83168061504e5761504e614e86565b8063ffffffff84160491505092915050565b60e01b6001600160e01b0319169052565b6001600160e01b031960e08a811b8216835289811b8216600484015288811b8216600884015287811b8216600c84015286811b8216601084015285901b1660148201526150c16018820184615060565b6150ce601c820183615060565b60200198975050505050505050565b5f6150f16150eb838b614d18565b89614d18565b6001600160e01b031960e098891b8116825296881b8716600482015294871b861660088601525050931b909116600c820152601081019190915260300192915050565b5f61513f828a614d18565b6001600160c01b031960c0998a1b81168252600882019890985295881b87166028870152505091851b84166030840152841b8316603883015290921b166040820152604801919050565b5f6151948288614d18565b60c096871b6001600160c01b0319908116825260088201969096529390951b909316602883015260e01b6001600160e01b03191660308201526034019392505050565b61032081016151e68285614549565b826103008301529392505050565b6001600160a01b0381168114611900575f5ffd5b805161249e816151f4565b805161249e816147e5565b805161249e816141f9565b805161249e816141cc565b5f60a08284031215615244575f5ffd5b61524c6140ef565b90508151615259816141cc565b81526020820151615269816141cc565b6020820152604082015161527c816141cc565b6040820152606082015161528f816141cc565b606082015260809182015191810191909152919050565b805161249e8161486e565b80516005811061249e575f5ffd5b805161ffff8116811461249e575f5ffd5b5f6102808284031280156152e2575f5ffd5b506152eb614156565b6152f483615208565b815261530260208401615213565b60208201526153136040840161521e565b60408201526060838101519082015261532e6080840161521e565b60808201526153408460a08501615234565b60a082015261535261014084016152a6565b60c08201526153646101608401615208565b60e08201526153766101808401615229565b6101008201526153896101a0840161521e565b61012082015261539c6101c084016152b1565b6101408201526153af6101e084016152bf565b6101608201526153c261020084016152bf565b6101808201526153d5610220840161521e565b6101a08201526153e8610240840161521e565b6101c08201526153fb610260840161521e565b6101e08201529392505050565b5f60a0828403128015615419575f5ffd5b506154226140ef565b825181526020830151615434816141cc565b60208201526040830151615447816141cc565b6040820152606083015161545a816141cc565b6060820152608083015161546d816143c5565b60808201529392505050565b5f8261548757615487614e86565b500690565b5f63ffffffff8316806154a1576154a1614e86565b8063ffffffff84160691505092915050565b5f600182016154c4576154c4614d72565b5060010190565b5f6154d6828e614d18565b6001600160e01b031960e08e811b821683528d811b821660048401528c811b821660088401528b901b16600c820152615512601082018a615060565b61551f6014820189615060565b61552c6018820188615060565b615539601c820187615060565b615548602082018660c01b9052565b615557602882018560c01b9052565b6030019d9c50505050505050505050505050565b60c08b811b82528a811b60088301526001600160e01b031960e08b811b821660108501528a901b16601483015287811b60188301526001600160c01b031987821b811660208401529086901b1660288201526155d6603082018560c01b6001600160c01b0319169052565b6155e36038820184615060565b6155f2603c82018360c01b9052565b6044019a9950505050505050505050565b5f6156176156118388614d18565b86614d18565b60e09490941b6001600160e01b0319168452505060c01b6001600160c01b0319166004820152600c0192915050565b5f6156518288614d18565b95865250506020840192909252604083015260c01b6001600160c01b0319166060820152606801919050565b5f6103e082840312801561568f575f5ffd5b50615698614179565b6156a28484614218565b81526102c083013560208201526102e0830135604082015261030083013560608201526156d2610320840161420d565b60808201526156e4610340840161420d565b60a082015261036083013560c082015261038083013560e082015261570c6103a0840161448a565b6101008201526103c0929092013561012083015250919050565b5f6157318286614d18565b838582375f930192835250909392505050565b68ffffffffffffffffff1984168152818360178301375f910160170190815292915050565b5f60208284031215615779575f5ffd5b8151611037816151f4565b5f5f6101008385031215615796575f5ffd5b82519150603f830184136157a8575f5ffd5b60405160e081016001600160401b03811182821017156157ca576157ca6140b2565b604052806101008501868111156157df575f5ffd5b602086015b818110156157fc5780518352602092830192016157e4565b505050809150509250929050565b80356001600160c01b0319811690600884101561583b576001600160c01b0319600885900360031b81901b82161691505b5092915050565b80356020831015610ca1575f19602084900360031b1b1692915050565b818152604060208201525f61103760408301600a81526964617461546f6b656e7360b01b602082015260400190565b606081525f6158a06060830186614060565b6020830194909452506040015291905056",
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
// the contract method with ID 0x220adf8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkStepParams((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64,uint32,bytes32) p) pure returns()
func (trainingVM *TrainingVM) PackCheckStepParams(p ITrainStepVerifierParams) []byte {
	enc, err := trainingVM.abi.Pack("checkStepParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckStepParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x220adf8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkStepParams((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64,uint32,bytes32) p) pure returns()
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
// the contract method with ID 0xa4ddd2e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stepInitialRoot((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64,uint32,bytes32) p, bytes32 carried) pure returns(bytes32)
func (trainingVM *TrainingVM) PackStepInitialRoot(p ITrainStepVerifierParams, carried [32]byte) []byte {
	enc, err := trainingVM.abi.Pack("stepInitialRoot", p, carried)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStepInitialRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4ddd2e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stepInitialRoot((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64,uint32,bytes32) p, bytes32 carried) pure returns(bytes32)
func (trainingVM *TrainingVM) TryPackStepInitialRoot(p ITrainStepVerifierParams, carried [32]byte) ([]byte, error) {
	return trainingVM.abi.Pack("stepInitialRoot", p, carried)
}

// UnpackStepInitialRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4ddd2e9.
//
// Solidity: function stepInitialRoot((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,int64,int64,int64,int64,uint32,uint32,int64,uint64,uint64,uint64,uint32,int64,uint32,uint64,uint32,bytes32) p, bytes32 carried) pure returns(bytes32)
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
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["RopeOpeningLength"].ID.Bytes()[:4]) {
		return trainingVM.UnpackRopeOpeningLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], trainingVM.abi.Errors["RopeSourceMismatch"].ID.Bytes()[:4]) {
		return trainingVM.UnpackRopeSourceMismatchError(raw[4:])
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

// TrainingVMRopeOpeningLength represents a RopeOpeningLength error raised by the TrainingVM contract.
type TrainingVMRopeOpeningLength struct {
	Field string
	Value *big.Int
	Want  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RopeOpeningLength(string field, uint256 value, uint256 want)
func TrainingVMRopeOpeningLengthErrorID() common.Hash {
	return common.HexToHash("0x136847cbc272cb8787d92b7e2c0439dcf9f51a45fb547d95043471075703991e")
}

// UnpackRopeOpeningLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RopeOpeningLength(string field, uint256 value, uint256 want)
func (trainingVM *TrainingVM) UnpackRopeOpeningLengthError(raw []byte) (*TrainingVMRopeOpeningLength, error) {
	out := new(TrainingVMRopeOpeningLength)
	if err := trainingVM.abi.UnpackIntoInterface(out, "RopeOpeningLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TrainingVMRopeSourceMismatch represents a RopeSourceMismatch error raised by the TrainingVM contract.
type TrainingVMRopeSourceMismatch struct {
	Position *big.Int
	Computed [32]byte
	Source   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RopeSourceMismatch(uint256 position, bytes32 computed, bytes32 source)
func TrainingVMRopeSourceMismatchErrorID() common.Hash {
	return common.HexToHash("0x9c32ecd887e71b985100d049077c02c75e56ed58cb9f6c385031f201c10a08dd")
}

// UnpackRopeSourceMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RopeSourceMismatch(uint256 position, bytes32 computed, bytes32 source)
func (trainingVM *TrainingVM) UnpackRopeSourceMismatchError(raw []byte) (*TrainingVMRopeSourceMismatch, error) {
	out := new(TrainingVMRopeSourceMismatch)
	if err := trainingVM.abi.UnpackIntoInterface(out, "RopeSourceMismatch", raw); err != nil {
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
