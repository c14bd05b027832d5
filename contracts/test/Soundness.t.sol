// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Rollup} from "../src/Rollup.sol";
import {JobInbox} from "../src/JobInbox.sol";
import {DatasetRegistry} from "../src/DatasetRegistry.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {DisputeGameFactory} from "../src/DisputeGameFactory.sol";
import {TransformerVM} from "../src/TransformerVM.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IOneStepTypes, IOneStepVerifier} from "../src/interfaces/IOneStepVerifier.sol";
import {TestModels} from "./helpers/TestModels.sol";
import {Rollup_Merkle} from "./Rollup.t.sol";

/// @dev The totality invariant (docs/protocol.md, "Soundness") on the real contracts: Rollup, JobInbox,
///      ModelRegistry (with the real TransformerVM as its checker), DisputeGameFactory, DisputeGame and
///      TransformerVM. A fuzzed record — every field either consistent with its job or perturbed, and an arbitrary
///      output — is proposed for a real job; then it must be voidable by reportInvalid or disputable (the factory
///      runs TransformerVM.setup with the challenger's honest setup data and creates the game): never neither. A
///      record that cannot be voided must be disputable, and a consistent record must not be voidable.
contract Soundness_Totality_Test is Test {
    Rollup internal rollup;
    JobInbox internal inbox;
    ModelRegistry internal models;
    DisputeGameFactory internal factory;
    TransformerVM internal tvm;

    address internal sequencer = makeAddr("sequencer");
    address internal user = makeAddr("user");
    address internal challenger = makeAddr("challenger");

    uint32 internal constant VOCAB = 64;
    uint32 internal constant CONTEXT = 8;
    uint8 internal constant SPLIT = 5;
    uint8 internal constant MAX = 16;
    /// @dev Every fuzzed prompt starts with this token, whose embedding row the model root holds.
    uint32 internal constant FIRST = 1;

    IOneStepTypes.ModelConfig internal cfg;
    bytes32 internal modelRoot;
    bytes32[] internal metaProof;
    bytes32[] internal embedProof;
    bytes internal embedRow;

    function setUp() public {
        vm.warp(1_700_000_000);
        tvm = new TransformerVM(IOneStepVerifier(address(0)));
        models = new ModelRegistry(tvm, SPLIT, MAX);
        cfg = TestModels.config(VOCAB, CONTEXT);
        // The embedding row of token FIRST: two Q8_0 blocks of scale 1.0 (fp16 0x3c00) and small weights.
        for (uint256 b; b < cfg.dim / 32; ++b) {
            embedRow = bytes.concat(embedRow, hex"003c");
            for (uint256 i; i < 32; ++i) {
                // forge-lint: disable-next-line(unsafe-typecast)
                embedRow = bytes.concat(embedRow, bytes1(uint8(i + b)));
            }
        }
        (modelRoot, metaProof, embedProof) =
            TestModels.build(cfg, tvm.modelLeafCount(cfg), 1 + FIRST, keccak256(embedRow));
        models.register(modelRoot, cfg, metaProof, "http://127.0.0.1/m.gguf");

        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 3);
        inbox = new JobInbox(predicted, models, 100, 30 days);
        DatasetRegistry datasets = new DatasetRegistry(predicted);
        factory = new DisputeGameFactory(predicted, tvm, _game());
        rollup = new Rollup(
            sequencer,
            address(0),
            inbox,
            factory,
            datasets,
            models,
            IRollup.RollupConfig({
                challengeWindow: 1 days,
                finalityDelay: 1 hours,
                bondPerRecord: 1 ether,
                inclusionPenalty: 0.1 ether,
                minFee: 0,
                dataWindow: 1 hours,
                dataChallengeBond: 0.1 ether
            })
        );
        assertEq(address(rollup), predicted);
        vm.deal(sequencer, 1e24);
        vm.deal(user, 1e24);
        vm.deal(challenger, 1e24);
        vm.prank(sequencer);
        rollup.stake{value: 100 ether}();
    }

    function _game() internal pure returns (IDisputeGame.GameConfig memory) {
        return IDisputeGame.GameConfig({
            maxDepth: MAX,
            splitDepth: SPLIT,
            maxClockDuration: 1 hours,
            clockExtension: 5 minutes,
            baseBond: 0.001 ether,
            bondGrowthBps: 1000,
            bondClaimDelay: 0
        });
    }

    /// @dev The fuzz inputs: the job, then for each record field a selector (values below a threshold keep the
    ///      consistent value) and a replacement.
    struct Fuzz {
        uint8 promptTail; // prompt tokens after FIRST: 0..2
        uint8 maxTokens; // 1..4
        uint32 tokA;
        uint32 tokB;
        uint256 sel; // one byte of selector per field
        uint256 alt; // replacement material
        bytes output; // an arbitrary output, used when the output selector picks it
    }

    function testFuzz_everyRecordIsDisputableOrVoidable(Fuzz memory f) public {
        uint256 tail = bound(f.promptTail, 0, 2);
        uint32 maxTokens = uint32(bound(f.maxTokens, 1, 4));
        bytes memory prompt = abi.encodePacked(FIRST);
        if (tail > 0) prompt = bytes.concat(prompt, abi.encodePacked(f.tokA % VOCAB));
        if (tail > 1) prompt = bytes.concat(prompt, abi.encodePacked(f.tokB % VOCAB));
        IJobInbox.Params memory params = IJobInbox.Params({
            maxTokens: maxTokens, temperatureMilli: 0, topK: 0, topPMicro: 0, seed: keccak256(abi.encode(f.alt))
        });
        vm.prank(user);
        uint64 jobId =
            uint64(inbox.submit{value: 1 ether}(IJobInbox.Kind.Inference, 1, prompt, 0, params, address(0), 0));

        // The consistent record and output, then perturbations.
        bytes memory output;
        for (uint256 i; i < maxTokens; ++i) {
            output = bytes.concat(output, abi.encodePacked(uint32(uint256(keccak256(abi.encode(f.alt, i))) % VOCAB)));
        }
        IRollup.JobRecord memory r = IRollup.JobRecord({
            jobId: jobId,
            kind: IJobInbox.Kind.Inference,
            modelRoot: modelRoot,
            inputHash: keccak256(prompt),
            promptLen: uint32(prompt.length / 4),
            outputLen: maxTokens,
            params: params,
            outputHash: bytes32(0),
            residualRoot: keccak256(abi.encode("residual", f.alt)),
            kvRoot: keccak256(abi.encode("kv", f.alt)),
            fee: 0.5 ether
        });
        uint256 s = f.sel;
        uint256 a = f.alt;
        if (_pick(s, 0)) r.kind = IJobInbox.Kind(a % 3);
        if (_pick(s, 1)) r.modelRoot = bytes32(a);
        if (_pick(s, 2)) r.inputHash = keccak256(abi.encode(a));
        if (_pick(s, 3)) r.promptLen = uint32(a >> 8) % 12;
        if (_pick(s, 4)) r.outputLen = uint32(a >> 16) % 6;
        if (_pick(s, 5)) r.params.maxTokens = uint32(a >> 24) % 6;
        if (_pick(s, 6)) r.params.temperatureMilli = uint32(a >> 32);
        if (_pick(s, 7)) r.fee = uint128(a >> 40) % 2 ether;
        if (_pick(s, 8)) output = f.output;
        if (_pick(s, 9) && output.length >= 4) output[output.length - 1] = bytes1(uint8(a >> 48)); // maybe ≥ vocab
        r.outputHash = keccak256(output);

        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = r;
        bytes[] memory outs = new bytes[](1);
        outs[0] = output;
        vm.prank(sequencer);
        rollup.propose{value: 1 ether}(0, recs, outs);
        bytes32[] memory proof = new bytes32[](0);

        uint256 snap = vm.snapshotState();
        (bool voidable,) = address(rollup).call(abi.encodeCall(Rollup.reportInvalid, (0, 0, r, proof, output)));
        vm.revertToState(snap);
        bytes memory setup = abi.encode(
            TransformerVM.SetupData({
                cfg: cfg,
                meta: IOneStepTypes.Opening({index: 0, data: "", proof: metaProof}),
                embed: IOneStepTypes.Opening({index: 1 + FIRST, data: embedRow, proof: embedProof}),
                prompt: prompt,
                output: output
            })
        );
        uint256 initBond = factory.initBond();
        vm.prank(challenger);
        (bool disputable,) = address(rollup).call{value: initBond}(
            abi.encodeCall(Rollup.dispute, (0, 0, r, proof, setup, keccak256("challenger's claim")))
        );

        assertTrue(voidable || disputable, "a record that is neither voidable nor disputable");
        bool perturbed;
        for (uint256 i; i < 10; ++i) {
            perturbed = perturbed || _pick(s, i);
        }
        if (!perturbed) {
            assertFalse(voidable, "a consistent record was voidable");
            assertTrue(disputable, "a consistent record was not disputable");
        }
        if (disputable) {
            IDisputeGame g = rollup.gameOf(0, 0);
            assertLe(g.transitions(), uint256(1) << SPLIT, "the game covers the record");
        }
    }

    /// @dev Whether field i's selector byte picks the perturbation (one time in four).
    function _pick(uint256 sel, uint256 i) internal pure returns (bool) {
        return (sel >> (8 * i)) & 0xff < 64;
    }
}
