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
