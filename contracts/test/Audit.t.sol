// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IOneStepTypes, IOneStepVerifier} from "../src/interfaces/IOneStepVerifier.sol";
import {TestModels} from "./helpers/TestModels.sol";
import {RealRollup_TestInit} from "./helpers/RealRollup.sol";
import {Rollup_TestInit} from "./Rollup.t.sol";

// Regression tests for the findings of the audit of the soundness change (issue 8), each playing the exploit the
// auditor demonstrated and showing that it now fails, on the real contracts (helpers/RealRollup.sol).

/// @dev Finding 1: a configuration the registry admitted but no step could run on (and the Go runtime refuses); and
///      the stake drain through jobs the sequencer cannot serve.
contract Audit_UnsteppableModel_Test is RealRollup_TestInit {
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
contract Audit_ClockExtension_Test is RealRollup_TestInit {
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
        IDisputeGame game = rollup.dispute{value: initBond}(0, 0, r, proof, _setup(PROMPT, honest), keccak256("c1"));

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
        rollup.reportInvalid(0, 0, r, proof, honest, "");
        rollup.deliver(0, 0, r, proof, honest, "");
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
        assertEq(rollup.credit(alice), PENALTY, "the user is compensated");
    }
}
