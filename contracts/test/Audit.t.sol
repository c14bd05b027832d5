// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Rollup} from "../src/Rollup.sol";
import {JobInbox} from "../src/JobInbox.sol";
import {DatasetRegistry} from "../src/DatasetRegistry.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {DisputeGameFactory} from "../src/DisputeGameFactory.sol";
import {TransformerVM} from "../src/TransformerVM.sol";
import {OneStepVerifier} from "../src/OneStepVerifier.sol";
import {OneStepAttention} from "../src/OneStepAttention.sol";
import {OneStepHead} from "../src/OneStepHead.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IOneStepTypes, IOneStepVerifier} from "../src/interfaces/IOneStepVerifier.sol";
import {LibPosition, Position} from "../src/lib/LibPosition.sol";
import {TestModels} from "./helpers/TestModels.sol";
import {Rollup_TestInit} from "./Rollup.t.sol";

/// @dev Regression tests for the findings of the audit of the soundness change (issue 8), each playing the exploit
///      the auditor demonstrated and showing that it now fails. Real contracts throughout: Rollup, JobInbox,
///      ModelRegistry (checker = the real TransformerVM), DisputeGameFactory, DisputeGame, TransformerVM and a real
///      OneStepVerifier (with OneStepAttention and OneStepHead).
abstract contract Audit_Base is Test {
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
        inbox = new JobInbox(predicted, models, INCLUSION, _deliveryWindow());
        DatasetRegistry datasets = new DatasetRegistry(predicted);
        factory = new DisputeGameFactory(predicted, tvm, g);
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
            fee: 0.5 ether
        });
    }

    /// @dev Proposes a one-record batch (index `b`) over `r`/`output`.
    function _proposeOne(uint64 b, IRollup.JobRecord memory r, bytes memory output) internal {
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = r;
        bytes[] memory outs = new bytes[](1);
        outs[0] = output;
        vm.prank(sequencer);
        rollup.propose{value: BOND}(b, recs, outs);
    }

    function _setup(bytes memory output) internal view returns (bytes memory) {
        return abi.encode(
            TransformerVM.SetupData({
                cfg: cfg,
                meta: IOneStepTypes.Opening({index: 0, data: "", proof: metaProof}),
                embed: IOneStepTypes.Opening({index: 1 + FIRST, data: embedRow, proof: embedProof}),
                prompt: PROMPT,
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

/// @dev Finding 1: a configuration the registry admitted but no step could run on (and the Go runtime refuses); and
///      the stake drain through jobs the sequencer cannot serve.
contract Audit_UnsteppableModel_Test is Audit_Base {
    function _gameCfg() internal pure override returns (IDisputeGame.GameConfig memory) {
        return IDisputeGame.GameConfig({
            maxDepth: 16, // even: the proposer's side makes the max-depth claims
            splitDepth: 5,
            maxClockDuration: 1 hours,
            clockExtension: 5 minutes,
            baseBond: 0.001 ether,
            bondGrowthBps: 1000,
            bondClaimDelay: 0
        });
    }

    function _deliveryWindow() internal pure override returns (uint64) {
        return 1 days;
    }

    function _register(IOneStepTypes.ModelConfig memory c, bytes memory err) internal {
        c.tokenizerHash = keccak256(abi.encode(c.normEpsBits, c.ropeBaseBits)); // a root of its own
        (bytes32 root, bytes32[] memory proof,) =
            TestModels.build(c, tvm.modelLeafCount(TestModels.config(VOCAB, CONTEXT)), 0, 0);
        vm.expectRevert(err);
        models.register(root, c, proof, "http://127.0.0.1/bad.gguf");
    }

    /// @notice The auditor registered a model whose RMSNorm epsilon is NaN: no step could run on it (every step
    ///         reverted in OneStepBase._context) while reportInvalid found its records valid. The registry now accepts
    ///         exactly the configurations the canonical runtime accepts (internal/onestep TestConfigCheckMatchesGo).
    function test_unsteppableConfigs_cannotRegister_reverts() public {
        bytes memory eps = abi.encodeWithSelector(IOneStepTypes.InvalidConfig.selector, "normEpsBits");
        bytes memory rope = abi.encodeWithSelector(IOneStepTypes.InvalidConfig.selector, "ropeBaseBits");
        IOneStepTypes.ModelConfig memory c = TestModels.config(VOCAB, CONTEXT);
        c.normEpsBits = 0x7fc00000; // NaN
        _register(c, eps);
        c.normEpsBits = 0x7f800000; // +inf
        _register(c, eps);
        c.normEpsBits = 0xb727c5ac; // -1e-5: Go refuses a negative epsilon
        _register(c, eps);
        c.normEpsBits = 0x4e800000; // 2^30: too large for its fixed-point form
        _register(c, eps);
        c = TestModels.config(VOCAB, CONTEXT);
        c.ropeBaseBits = 0x3f800000; // 1.0
        _register(c, rope);
        c.ropeBaseBits = 0x7fc00000; // NaN
        _register(c, rope);
    }

    /// @notice The auditor's stake drain: jobs on a model the sequencer cannot serve went overdue, were refunded in
    ///         full and paid inclusionPenalty each to the attacker. Now the sequencer declares the model unservable:
    ///         the pending jobs are rejected without a fault, new ones are refused, and the attack only costs gas.
    function test_unservableModelJobs_doNotDrainTheStake_succeeds() public {
        uint256 n = 20;
        uint256 stakeBefore = rollup.stakeOf();
        uint64[] memory ids = new uint64[](n);
        for (uint256 i; i < n; ++i) {
            ids[i] = _submit(attacker, MIN_FEE);
        }
        vm.prank(sequencer);
        rollup.declareUnservable(modelId);
        for (uint256 i; i < n; ++i) {
            rollup.reject(ids[i], IRollup.RejectReason.ModelUnservable);
        }
        vm.roll(block.number + INCLUSION + 1);
        vm.startPrank(attacker);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, ids[0], IJobInbox.Status.Refunded, IJobInbox.Status.Pending
            )
        );
        inbox.refundOverdue(ids[0]);
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotForceRefunded.selector, ids[0]));
        rollup.proveInclusionFault(ids[0]);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, modelId));
        inbox.submit{value: MIN_FEE}(IJobInbox.Kind.Inference, modelId, PROMPT, 0, _params(2), address(0), 0);
        vm.stopPrank();
        assertEq(rollup.stakeOf(), stakeBefore, "the stake is intact");
    }
}

/// @dev Finding 3: clock extensions let a game outlast the delivery window.
contract Audit_ClockExtension_Test is Audit_Base {
    uint64 internal constant CLOCK = 1 hours;
    uint64 internal constant EXT = 30 minutes; // LibGameConfig allows up to CLOCK / 2

    function _gameCfg() internal pure override returns (IDisputeGame.GameConfig memory) {
        return IDisputeGame.GameConfig({
            maxDepth: 20,
            splitDepth: 9,
            maxClockDuration: CLOCK,
            clockExtension: EXT,
            baseBond: 0.001 ether,
            bondGrowthBps: 1000,
            bondClaimDelay: 0
        });
    }

    /// @dev A short delivery window: it now counts from when the record became deliverable.
    function _deliveryWindow() internal pure override returns (uint64) {
        return 1 hours;
    }

    /// @notice The auditor's griefer disputes an honest record at the end of its window and drags the game out with
    ///         clock extensions. The job used to become overdue before the record could be settled, slashing the honest
    ///         stake and then voiding the honest record. Now the job is never overdue while its record is disputed,
    ///         the record is deliverable from its settlement, and the honest proposer delivers it in time.
    function test_longGame_doesNotMakeHonestRecordOverdue_succeeds() public {
        uint64 jobId = _submit(user, 1 ether);
        bytes memory honest = abi.encodePacked(uint32(7), uint32(9));
        IRollup.JobRecord memory r = _record(jobId, honest);
        _proposeOne(0, r, honest);
        bytes32[] memory proof = new bytes32[](0);

        vm.warp(rollup.challengeDeadline(0));
        uint256 initBond = factory.initBond();
        vm.prank(attacker);
        IDisputeGame game = rollup.dispute{value: initBond}(0, 0, r, proof, _setup(honest), keccak256("c1"));

        uint256 last = _attack(game, sequencer, 1, keccak256("p2"));
        vm.warp(block.timestamp + CLOCK - 1);
        last = _attack(game, attacker, last, keccak256("c3"));
        last = _attack(game, sequencer, last, keccak256("p4"));
        vm.warp(block.timestamp + EXT - 1);
        last = _attack(game, attacker, last, keccak256("c5"));
        last = _attack(game, sequencer, last, keccak256("p6"));
        vm.warp(block.timestamp + EXT - 1);
        last = _attack(game, attacker, last, keccak256("c7"));
        last = _attack(game, sequencer, last, keccak256("p8"));
        // Far past the (short) delivery window, the disputed record's job is not overdue.
        assertFalse(inbox.isOverdue(jobId));
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, jobId, type(uint256).max));
        inbox.refundOverdue(jobId);

        for (uint256 i = last + 1; i > 0; --i) {
            while (game.getChallengerDuration(i - 1) < CLOCK) vm.warp(block.timestamp + 1 minutes);
            game.resolveClaim(i - 1, 0);
        }
        assertEq(uint256(game.resolve()), uint256(IDisputeGame.GameStatus.DEFENDER_WINS), "honest proposer won");
        vm.warp(uint256(game.resolvedAt()) + FINALITY);
        rollup.settle(0, 0);
        assertFalse(inbox.isOverdue(jobId), "deliverable from the settlement, with the whole delivery window");
        vm.warp(block.timestamp + _deliveryWindow());
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordValid.selector, 0, 0));
        rollup.reportInvalid(0, 0, r, proof, honest);
        rollup.deliver(0, 0, r, proof, honest);
        assertEq(uint256(rollup.recordStatus(0, 0)), uint256(IRollup.RecordStatus.Delivered));
        rollup.releaseBond(0);
        assertEq(rollup.credit(sequencer), BOND, "the honest proposer keeps its record bond");
    }
}

/// @dev Finding 4: unpause() without a pause erased accrued inclusion faults.
contract Audit_PauseClock_Test is Rollup_TestInit {
    /// @notice A job censored for ten windows has an accrued fault. unpause() without a pause now reverts, and a real
    ///         one-block pause excuses only its own block: the fault stands and is paid.
    function test_unpause_cannotEraseAccruedFaults_succeeds() public {
        _stake(5 ether);
        uint64 jobId = _submit(1 ether, address(0), 0);
        vm.roll(block.number + 10 * INCLUSION);
        vm.prank(guardian);
        vm.expectRevert(IRollup.NotPaused.selector);
        rollup.unpause();
        vm.prank(guardian);
        rollup.pause();
        vm.roll(block.number + 1);
        vm.prank(guardian);
        rollup.unpause();
        vm.prank(carol);
        inbox.refundOverdue(jobId);
        assertTrue(inbox.isForceRefunded(jobId), "the accrued fault stands");
        vm.prank(carol);
        rollup.proveInclusionFault(jobId);
        assertEq(rollup.credit(carol), PENALTY);
    }
}
