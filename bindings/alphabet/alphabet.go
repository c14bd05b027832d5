// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package alphabet

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

// AlphabetVMMetaData contains all meta data concerning the AlphabetVM contract.
var AlphabetVMMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"STEPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"level1State\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"microState\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"project\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"setup\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"rootClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"absolutePrestate\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"transitions\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"step\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"ctx\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"preimage\",\"type\":\"bytes\"}],\"name\":\"subgamePrestate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"level1\",\"type\":\"bytes32\"}],\"name\":\"BadPrestatePreimage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"pre\",\"type\":\"bytes32\"}],\"name\":\"BadStepProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"state\",\"type\":\"bytes32\"}],\"name\":\"NotFinalState\",\"type\":\"error\"}]",
	ID:  "e8dd7690a4d290b0e75025489e49da9834",
	Bin: "0x6080604052348015600e575f5ffd5b506105fe8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80636ee02ce9116100585780636ee02ce9146100de578063b1dcbee2146100f1578063e934149f14610104578063fe27c0f614610117575f5ffd5b80632379b5231461007e57806332e34a5e146100aa5780635d801ba4146100cb575b5f5ffd5b61009161008c366004610461565b61011f565b6040516100a194939291906104cd565b60405180910390f35b6100bd6100b8366004610517565b61016e565b6040519081526020016100a1565b6100bd6100d9366004610537565b6101bd565b6100bd6100ec36600461054e565b610202565b6100bd6100ff36600461054e565b6102c5565b6100bd61011236600461054e565b610369565b6100bd600581565b5f8080606061013087890189610517565b9450915061013d5f6101bd565b92508160405160200161015291815260200190565b6040516020818303038152906040529050945094509450949050565b604080516060602082018190526002608083015261261960f11b60a08301529181018490529081018290525f9060c0016040516020818303038152906040528051906020012090505b92915050565b604080516020810182905260026060820152614c3160f01b60808201529081018290525f9060a001604051602081830303815290604052805190602001209050919050565b5f61020d8787610408565b851061021a5750826102bb565b6020821461024a5760405163d3dd44c160e01b815260048101869052602481018590526044015b60405180910390fd5b5f61025783850185610537565b90506005811180610271575061026d868261016e565b8514155b156102995760405163d3dd44c160e01b81526004810187905260248101869052604401610241565b6102b786600583106102ac57600561016e565b6100b88360016105d0565b9150505b9695505050505050565b5f6102d08787610408565b85106102dd5750826102bb565b60408051602081018790520160405160208183030381529060405280519060200120838360405161030f9291906105ef565b604051809103902014158061032c5750610328856101bd565b8414155b156103545760405163af23145360e01b81526004810186905260248101859052604401610241565b61035e855f61016e565b979650505050505050565b5f6103748787610408565b85106103815750826102bb565b6040805160056020820152016040516020818303038152906040528051906020012083836040516103b39291906105ef565b60405180910390201415806103d257506103ce85600561016e565b8414155b156103fa57604051637c35450560e11b81526004810186905260248101859052604401610241565b61035e6100d98660016105d0565b5f61041582840184610537565b9392505050565b5f5f83601f84011261042c575f5ffd5b50813567ffffffffffffffff811115610443575f5ffd5b60208301915083602082850101111561045a575f5ffd5b9250929050565b5f5f5f5f60408587031215610474575f5ffd5b843567ffffffffffffffff81111561048a575f5ffd5b6104968782880161041c565b909550935050602085013567ffffffffffffffff8111156104b5575f5ffd5b6104c18782880161041c565b95989497509550505050565b848152836020820152826040820152608060608201525f8251806080840152806020850160a085015e5f60a0828501015260a0601f19601f83011684010191505095945050505050565b5f5f60408385031215610528575f5ffd5b50508035926020909101359150565b5f60208284031215610547575f5ffd5b5035919050565b5f5f5f5f5f5f60808789031215610563575f5ffd5b863567ffffffffffffffff811115610579575f5ffd5b61058589828a0161041c565b9097509550506020870135935060408701359250606087013567ffffffffffffffff8111156105b2575f5ffd5b6105be89828a0161041c565b979a9699509497509295939492505050565b808201808211156101b757634e487b7160e01b5f52601160045260245ffd5b818382375f910190815291905056",
}

// AlphabetVM is an auto generated Go binding around an Ethereum contract.
type AlphabetVM struct {
	abi abi.ABI
}

// NewAlphabetVM creates a new instance of AlphabetVM.
func NewAlphabetVM() *AlphabetVM {
	parsed, err := AlphabetVMMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AlphabetVM{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AlphabetVM) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe27c0f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STEPS() view returns(uint256)
func (alphabetVM *AlphabetVM) PackSTEPS() []byte {
	enc, err := alphabetVM.abi.Pack("STEPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe27c0f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STEPS() view returns(uint256)
func (alphabetVM *AlphabetVM) TryPackSTEPS() ([]byte, error) {
	return alphabetVM.abi.Pack("STEPS")
}

// UnpackSTEPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe27c0f6.
//
// Solidity: function STEPS() view returns(uint256)
func (alphabetVM *AlphabetVM) UnpackSTEPS(data []byte) (*big.Int, error) {
	out, err := alphabetVM.abi.Unpack("STEPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLevel1State is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d801ba4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function level1State(uint256 i) pure returns(bytes32)
func (alphabetVM *AlphabetVM) PackLevel1State(i *big.Int) []byte {
	enc, err := alphabetVM.abi.Pack("level1State", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLevel1State is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d801ba4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function level1State(uint256 i) pure returns(bytes32)
func (alphabetVM *AlphabetVM) TryPackLevel1State(i *big.Int) ([]byte, error) {
	return alphabetVM.abi.Pack("level1State", i)
}

// UnpackLevel1State is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d801ba4.
//
// Solidity: function level1State(uint256 i) pure returns(bytes32)
func (alphabetVM *AlphabetVM) UnpackLevel1State(data []byte) ([32]byte, error) {
	out, err := alphabetVM.abi.Unpack("level1State", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMicroState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32e34a5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function microState(uint256 t, uint256 k) pure returns(bytes32)
func (alphabetVM *AlphabetVM) PackMicroState(t *big.Int, k *big.Int) []byte {
	enc, err := alphabetVM.abi.Pack("microState", t, k)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMicroState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32e34a5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function microState(uint256 t, uint256 k) pure returns(bytes32)
func (alphabetVM *AlphabetVM) TryPackMicroState(t *big.Int, k *big.Int) ([]byte, error) {
	return alphabetVM.abi.Pack("microState", t, k)
}

// UnpackMicroState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32e34a5e.
//
// Solidity: function microState(uint256 t, uint256 k) pure returns(bytes32)
func (alphabetVM *AlphabetVM) UnpackMicroState(data []byte) ([32]byte, error) {
	out, err := alphabetVM.abi.Unpack("microState", data)
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
// Solidity: function project(bytes ctx, uint256 t, bytes32 state, bytes preimage) pure returns(bytes32)
func (alphabetVM *AlphabetVM) PackProject(ctx []byte, t *big.Int, state [32]byte, preimage []byte) []byte {
	enc, err := alphabetVM.abi.Pack("project", ctx, t, state, preimage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe934149f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function project(bytes ctx, uint256 t, bytes32 state, bytes preimage) pure returns(bytes32)
func (alphabetVM *AlphabetVM) TryPackProject(ctx []byte, t *big.Int, state [32]byte, preimage []byte) ([]byte, error) {
	return alphabetVM.abi.Pack("project", ctx, t, state, preimage)
}

// UnpackProject is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe934149f.
//
// Solidity: function project(bytes ctx, uint256 t, bytes32 state, bytes preimage) pure returns(bytes32)
func (alphabetVM *AlphabetVM) UnpackProject(data []byte) ([32]byte, error) {
	out, err := alphabetVM.abi.Unpack("project", data)
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
// Solidity: function setup(bytes record, bytes ) pure returns(bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes ctx)
func (alphabetVM *AlphabetVM) PackSetup(record []byte, arg1 []byte) []byte {
	enc, err := alphabetVM.abi.Pack("setup", record, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2379b523.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setup(bytes record, bytes ) pure returns(bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes ctx)
func (alphabetVM *AlphabetVM) TryPackSetup(record []byte, arg1 []byte) ([]byte, error) {
	return alphabetVM.abi.Pack("setup", record, arg1)
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
// Solidity: function setup(bytes record, bytes ) pure returns(bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes ctx)
func (alphabetVM *AlphabetVM) UnpackSetup(data []byte) (SetupOutput, error) {
	out, err := alphabetVM.abi.Unpack("setup", data)
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
// Solidity: function step(bytes ctx, uint256 t, bytes32 pre, bytes proof) pure returns(bytes32)
func (alphabetVM *AlphabetVM) PackStep(ctx []byte, t *big.Int, pre [32]byte, proof []byte) []byte {
	enc, err := alphabetVM.abi.Pack("step", ctx, t, pre, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ee02ce9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function step(bytes ctx, uint256 t, bytes32 pre, bytes proof) pure returns(bytes32)
func (alphabetVM *AlphabetVM) TryPackStep(ctx []byte, t *big.Int, pre [32]byte, proof []byte) ([]byte, error) {
	return alphabetVM.abi.Pack("step", ctx, t, pre, proof)
}

// UnpackStep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ee02ce9.
//
// Solidity: function step(bytes ctx, uint256 t, bytes32 pre, bytes proof) pure returns(bytes32)
func (alphabetVM *AlphabetVM) UnpackStep(data []byte) ([32]byte, error) {
	out, err := alphabetVM.abi.Unpack("step", data)
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
// Solidity: function subgamePrestate(bytes ctx, uint256 t, bytes32 level1, bytes preimage) pure returns(bytes32)
func (alphabetVM *AlphabetVM) PackSubgamePrestate(ctx []byte, t *big.Int, level1 [32]byte, preimage []byte) []byte {
	enc, err := alphabetVM.abi.Pack("subgamePrestate", ctx, t, level1, preimage)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubgamePrestate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1dcbee2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subgamePrestate(bytes ctx, uint256 t, bytes32 level1, bytes preimage) pure returns(bytes32)
func (alphabetVM *AlphabetVM) TryPackSubgamePrestate(ctx []byte, t *big.Int, level1 [32]byte, preimage []byte) ([]byte, error) {
	return alphabetVM.abi.Pack("subgamePrestate", ctx, t, level1, preimage)
}

// UnpackSubgamePrestate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1dcbee2.
//
// Solidity: function subgamePrestate(bytes ctx, uint256 t, bytes32 level1, bytes preimage) pure returns(bytes32)
func (alphabetVM *AlphabetVM) UnpackSubgamePrestate(data []byte) ([32]byte, error) {
	out, err := alphabetVM.abi.Unpack("subgamePrestate", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (alphabetVM *AlphabetVM) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], alphabetVM.abi.Errors["BadPrestatePreimage"].ID.Bytes()[:4]) {
		return alphabetVM.UnpackBadPrestatePreimageError(raw[4:])
	}
	if bytes.Equal(raw[:4], alphabetVM.abi.Errors["BadStepProof"].ID.Bytes()[:4]) {
		return alphabetVM.UnpackBadStepProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], alphabetVM.abi.Errors["NotFinalState"].ID.Bytes()[:4]) {
		return alphabetVM.UnpackNotFinalStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AlphabetVMBadPrestatePreimage represents a BadPrestatePreimage error raised by the AlphabetVM contract.
type AlphabetVMBadPrestatePreimage struct {
	T      *big.Int
	Level1 [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPrestatePreimage(uint256 t, bytes32 level1)
func AlphabetVMBadPrestatePreimageErrorID() common.Hash {
	return common.HexToHash("0xaf231453d726036b30e1275cb40706846c18b7d8d6d0ea342d568ecc61ab15f9")
}

// UnpackBadPrestatePreimageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPrestatePreimage(uint256 t, bytes32 level1)
func (alphabetVM *AlphabetVM) UnpackBadPrestatePreimageError(raw []byte) (*AlphabetVMBadPrestatePreimage, error) {
	out := new(AlphabetVMBadPrestatePreimage)
	if err := alphabetVM.abi.UnpackIntoInterface(out, "BadPrestatePreimage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AlphabetVMBadStepProof represents a BadStepProof error raised by the AlphabetVM contract.
type AlphabetVMBadStepProof struct {
	T   *big.Int
	Pre [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadStepProof(uint256 t, bytes32 pre)
func AlphabetVMBadStepProofErrorID() common.Hash {
	return common.HexToHash("0xd3dd44c185243c33d7508d757694f1b10ae9212f6ac619917318771cfd0b0a0c")
}

// UnpackBadStepProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadStepProof(uint256 t, bytes32 pre)
func (alphabetVM *AlphabetVM) UnpackBadStepProofError(raw []byte) (*AlphabetVMBadStepProof, error) {
	out := new(AlphabetVMBadStepProof)
	if err := alphabetVM.abi.UnpackIntoInterface(out, "BadStepProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AlphabetVMNotFinalState represents a NotFinalState error raised by the AlphabetVM contract.
type AlphabetVMNotFinalState struct {
	T     *big.Int
	State [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFinalState(uint256 t, bytes32 state)
func AlphabetVMNotFinalStateErrorID() common.Hash {
	return common.HexToHash("0xf86a8a0ac42c0a217ad01fbc2519837ce74c976dc56a48e866a3035661fe3043")
}

// UnpackNotFinalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFinalState(uint256 t, bytes32 state)
func (alphabetVM *AlphabetVM) UnpackNotFinalStateError(raw []byte) (*AlphabetVMNotFinalState, error) {
	out := new(AlphabetVMNotFinalState)
	if err := alphabetVM.abi.UnpackIntoInterface(out, "NotFinalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}
