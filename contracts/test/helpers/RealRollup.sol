// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Rollup} from "../../src/Rollup.sol";
import {JobInbox} from "../../src/JobInbox.sol";
import {DatasetRegistry} from "../../src/DatasetRegistry.sol";
import {ModelRegistry} from "../../src/ModelRegistry.sol";
import {DisputeGameFactory} from "../../src/DisputeGameFactory.sol";
import {TransformerVM} from "../../src/TransformerVM.sol";
import {OneStepVerifier} from "../../src/OneStepVerifier.sol";
import {OneStepAttention} from "../../src/OneStepAttention.sol";
import {OneStepHead} from "../../src/OneStepHead.sol";
import {IRollup} from "../../src/interfaces/IRollup.sol";
import {IJobInbox} from "../../src/interfaces/IJobInbox.sol";
import {IDisputeGame} from "../../src/interfaces/IDisputeGame.sol";
import {IDisputeVM} from "../../src/interfaces/IDisputeVM.sol";
import {IOneStepTypes, IOneStepVerifier} from "../../src/interfaces/IOneStepVerifier.sol";
import {LibPosition, Position} from "../../src/lib/LibPosition.sol";
import {TestModels} from "./TestModels.sol";

/// @dev A whole deployment of the real contracts for tests that play the protocol end to end in forge: Rollup,
///      JobInbox, ModelRegistry (checker = the real TransformerVM), DisputeGameFactory, DisputeGame, TransformerVM and a
///      real OneStepVerifier (with OneStepAttention and OneStepHead); a small registered model whose root holds its
///      metadata leaf and the embedding row of token FIRST (every prompt starts with it); a staked sequencer.
abstract contract RealRollup_TestInit is Test {
    using LibPosition for Position;

    Rollup internal rollup;
    JobInbox internal inbox;
    ModelRegistry internal models;
    DisputeGameFactory internal factory;
    TransformerVM internal tvm;

    address internal sequencer = makeAddr("sequencer");
    address internal user = makeAddr("user");
    address internal attacker = makeAddr("attacker");

    uint32 internal constant VOCAB = 64;
    uint32 internal constant CONTEXT = 8;
    uint32 internal constant FIRST = 1;
    uint64 internal constant INCLUSION = 100;
    uint64 internal constant WINDOW = 1 days;
    uint64 internal constant FINALITY = 1 hours;
    uint128 internal constant BOND = 1 ether;
    uint128 internal constant PENALTY = 0.1 ether;
    uint128 internal constant MIN_FEE = 0.01 ether;

    IOneStepTypes.ModelConfig internal cfg;
    bytes32 internal modelRoot;
    bytes32[] internal metaProof;
    bytes32[] internal embedProof;
    bytes internal embedRow;
    uint64 internal modelId;

    bytes internal constant PROMPT = hex"00000001";

    function _gameCfg() internal view virtual returns (IDisputeGame.GameConfig memory);

    function _deliveryWindow() internal view virtual returns (uint64);

    function _modelCfg() internal view virtual returns (IOneStepTypes.ModelConfig memory) {
        return TestModels.config(VOCAB, CONTEXT);
    }

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        OneStepVerifier verifier = new OneStepVerifier(address(new OneStepAttention()), address(new OneStepHead()));
        tvm = new TransformerVM(IOneStepVerifier(address(verifier)));
        IDisputeGame.GameConfig memory g = _gameCfg();
        models = new ModelRegistry(tvm, g.splitDepth, g.maxDepth);
        cfg = _modelCfg();
        for (uint256 b; b < cfg.dim / 32; ++b) {
            embedRow = bytes.concat(embedRow, hex"003c");
            for (uint256 i; i < 32; ++i) {
                // forge-lint: disable-next-line(unsafe-typecast)
                embedRow = bytes.concat(embedRow, bytes1(uint8(i + b)));
            }
        }
        (modelRoot, metaProof, embedProof) =
            TestModels.build(cfg, tvm.modelLeafCount(cfg), 1 + FIRST, keccak256(embedRow));
        modelId = uint64(models.register(modelRoot, cfg, metaProof, "http://127.0.0.1/m.gguf"));

        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 3);
        inbox = new JobInbox(predicted, models, INCLUSION, _deliveryWindow(), 30 days);
        DatasetRegistry datasets = new DatasetRegistry(address(inbox));
        factory = new DisputeGameFactory(predicted, tvm, g, IDisputeVM(address(0)), g);
        rollup = new Rollup(
            sequencer,
            address(0),
            inbox,
            factory,
            datasets,
            models,
            IRollup.RollupConfig({
                challengeWindow: WINDOW,
                finalityDelay: FINALITY,
                bondPerRecord: BOND,
                inclusionPenalty: PENALTY,
                minFee: MIN_FEE,
                dataWindow: 1 hours,
                dataChallengeBond: 0.1 ether
            })
        );
        assertEq(address(rollup), predicted);
        vm.deal(sequencer, 1e24);
        vm.deal(user, 1e24);
        vm.deal(attacker, 1e24);
        vm.prank(sequencer);
        rollup.stake{value: 100 ether}();
    }

    function _params(uint32 maxTokens) internal pure returns (IJobInbox.Params memory) {
        return
            IJobInbox.Params({
                maxTokens: maxTokens, temperatureMilli: 0, topK: 0, topPMicro: 0, seed: keccak256("seed")
            });
    }

    function _submit(address from, uint256 fee) internal returns (uint64) {
        vm.prank(from);
        return uint64(inbox.submit{value: fee}(IJobInbox.Kind.Inference, modelId, PROMPT, 0, _params(2), address(0), 0));
    }

    function _record(uint64 jobId, bytes memory output) internal view returns (IRollup.JobRecord memory r) {
        r = IRollup.JobRecord({
            jobId: jobId,
            kind: IJobInbox.Kind.Inference,
            modelRoot: modelRoot,
            inputHash: keccak256(PROMPT),
            promptLen: 1,
            outputLen: 2,
            params: _params(2),
            outputHash: keccak256(output),
            residualRoot: keccak256("residual"),
            kvRoot: keccak256("kv"),
            fee: 0.5 ether,
            requestHash: bytes32(0),
            datasetRoot: bytes32(0),
            newModelRoot: bytes32(0)
        });
    }

    /// @dev Proposes a one-record batch (index `b`) over `r`/`output`.
    function _proposeOne(uint64 b, IRollup.JobRecord memory r, bytes memory output) internal {
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = r;
        bytes[] memory outs = new bytes[](1);
        outs[0] = output;
        vm.prank(sequencer);
        rollup.propose{value: BOND}(b, recs, outs, new bytes[](recs.length));
    }

    /// @dev TransformerVM setup data for a record of `prompt` (starting with FIRST) and `output`.
    function _setup(bytes memory prompt, bytes memory output) internal view returns (bytes memory) {
        return abi.encode(
            TransformerVM.SetupData({
                cfg: cfg,
                meta: IOneStepTypes.Opening({index: 0, data: "", proof: metaProof}),
                embed: IOneStepTypes.Opening({index: 1 + FIRST, data: embedRow, proof: embedProof}),
                prompt: prompt,
                output: output
            })
        );
    }

    /// @dev `from` attacks claim `parent` of `game` with `claim`, paying the required bond.
    function _attack(IDisputeGame game, address from, uint256 parent, bytes32 claim) internal returns (uint256) {
        IDisputeGame.ClaimData memory p = game.claimData(parent);
        uint256 bond = game.getRequiredBond(p.position.move(true));
        vm.prank(from);
        game.move{value: bond}(p.claim, parent, claim, true);
        return game.claimDataLen() - 1;
    }
}
