// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AskModel} from "../src/examples/AskModel.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {RealRollup_TestInit} from "./helpers/RealRollup.sol";

/// @dev The example DApp on the real contracts: a question asked through it is answered only by the rollup's delivery
///      of a final record, and refunds come back to it for their askers to claim.
abstract contract AskModel_TestInit is RealRollup_TestInit {
    AskModel internal ask;
    address internal owner = makeAddr("owner");

    function _gameCfg() internal pure override returns (IDisputeGame.GameConfig memory) {
        return IDisputeGame.GameConfig({
            maxDepth: 16,
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

    function setUp() public virtual override {
        super.setUp();
        vm.prank(owner);
        ask = new AskModel(inbox);
    }

    function _out() internal pure returns (bytes memory) {
        return abi.encodePacked(uint32(5), uint32(7));
    }

    /// @dev `user` asks PROMPT for two tokens with a 1 ether max fee.
    function _ask() internal returns (uint64 jobId) {
        vm.prank(user);
        jobId = uint64(ask.ask{value: 1 ether}(modelId, PROMPT, _params(2), 200_000));
    }

    /// @dev Proposes the honest record of `jobId` as batch 0 and waits until it is final.
    function _proposeFinal(uint64 jobId) internal returns (IRollup.JobRecord memory r) {
        r = _record(jobId, _out());
        _proposeOne(0, r, _out());
        vm.warp(rollup.recordDeadline(0, 0) + FINALITY + 1);
    }
}

contract AskModel_Constructor_Test is AskModel_TestInit {
    function test_constructor_readsTheRollup_succeeds() public view {
        assertEq(address(ask.inbox()), address(inbox));
        assertEq(ask.rollup(), address(rollup));
        assertEq(ask.owner(), owner);
    }
}

contract AskModel_Ask_Test is AskModel_TestInit {
    /// @dev The job is the contract's, with itself as callback, paid by the asker.
    function test_ask_submitsTheJob_succeeds() public {
        uint256 next = inbox.jobCount() + 1;
        vm.expectEmit(address(ask));
        emit AskModel.Asked(next, user);
        uint64 id = _ask();
        assertEq(id, next);
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(j.submitter, address(ask));
        assertEq(j.callback, address(ask));
        assertEq(j.callbackGasLimit, 200_000);
        assertEq(j.maxFee, 1 ether);
        assertEq(j.inputHash, keccak256(PROMPT));
        AskModel.Question memory q = ask.question(id);
        assertEq(q.asker, user);
        assertFalse(q.answered);
    }

    /// @dev The inbox's checks apply: a fee below the minimum is refused.
    function test_ask_feeBelowMinimum_reverts() public {
        vm.prank(user);
        vm.expectRevert();
        ask.ask{value: 0}(modelId, PROMPT, _params(2), 200_000);
    }
}

contract AskModel_OnJobResult_Test is AskModel_TestInit {
    /// @dev The rollup's delivery of the final record answers the question.
    function test_onJobResult_delivered_succeeds() public {
        uint64 id = _ask();
        IRollup.JobRecord memory r = _proposeFinal(id);
        vm.expectEmit(address(ask));
        emit AskModel.Answered(id, _out());
        rollup.deliver(0, 0, r, new bytes32[](0), _out(), "");
        AskModel.Question memory q = ask.question(id);
        assertTrue(q.answered);
        assertEq(q.output, _out());
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Delivered));
        assertEq(address(ask).balance, 0.5 ether, "the unspent fee comes back to the contract");
    }

    /// @dev Nobody but the rollup can answer.
    function test_onJobResult_notRollup_reverts() public {
        uint64 id = _ask();
        vm.prank(attacker);
        vm.expectRevert(abi.encodeWithSelector(AskModel.NotRollup.selector, attacker));
        ask.onJobResult(id, _out());
    }

    /// @dev A job not asked here, or answered already, is refused.
    function test_onJobResult_unknownOrAnswered_reverts() public {
        vm.prank(address(rollup));
        vm.expectRevert(abi.encodeWithSelector(AskModel.UnknownQuestion.selector, 42));
        ask.onJobResult(42, _out());
        uint64 id = _ask();
        vm.prank(address(rollup));
        ask.onJobResult(id, _out());
        vm.prank(address(rollup));
        vm.expectRevert(abi.encodeWithSelector(AskModel.UnknownQuestion.selector, id));
        ask.onJobResult(id, _out());
    }
}

contract AskModel_Sweep_Test is AskModel_TestInit {
    /// @dev A job never included is refunded to the contract; its asker claims it (Audit6).
    function test_sweep_refund_succeeds() public {
        uint64 id = _ask();
        vm.roll(block.number + INCLUSION + 1);
        inbox.refundOverdue(id);
        assertEq(address(ask).balance, 1 ether);
        uint256 before = user.balance;
        ask.claimRefund(id);
        assertEq(user.balance, before + 1 ether);
        assertEq(address(ask).balance, 0);
    }

    function test_sweep_notOwner_reverts() public {
        vm.prank(attacker);
        vm.expectRevert(abi.encodeWithSelector(AskModel.NotOwner.selector, attacker));
        ask.sweep();
    }
}
