// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AskModel} from "../src/examples/AskModel.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {AskModel_TestInit} from "./AskModel.t.sol";

// The sixth audit attacked the sequencer's batcher and deliverer (Go tests in sequencer/) and the AskModel example
// DApp. Each test here replays one attack on AskModel through the real contracts and shows that it fails.

/// @dev Before the fix the JobInbox refunded a never-served question to AskModel (the job's submitter) and the
///      owner's sweep took the whole balance: the owner kept every asker's refund. Now the refund is its asker's.
contract Audit6_AskModelRefund_Test is AskModel_TestInit {
    function _refunded() internal returns (uint64 id) {
        id = _ask();
        vm.roll(block.number + INCLUSION + 1);
        inbox.refundOverdue(id);
        assertEq(address(ask).balance, 1 ether);
    }

    /// @dev The owner's sweep leaves a refund alone; anyone may send it to its asker, once.
    function test_sweep_refundStaysWithTheAsker_succeeds() public {
        uint64 id = _refunded();
        uint256 ownerBefore = owner.balance;
        vm.prank(owner);
        ask.sweep();
        assertEq(owner.balance, ownerBefore, "the owner takes nothing an asker can claim");
        assertEq(address(ask).balance, 1 ether);

        uint256 userBefore = user.balance;
        vm.expectEmit(address(ask));
        emit AskModel.RefundClaimed(id, user, 1 ether);
        vm.prank(attacker);
        ask.claimRefund(id);
        assertEq(user.balance, userBefore + 1 ether, "the refund goes to the asker, whoever claims it");
        assertEq(ask.outstanding(), 0);
        vm.expectRevert(abi.encodeWithSelector(AskModel.UnknownQuestion.selector, id));
        ask.claimRefund(id);
    }

    /// @dev Nothing is claimable for a job the inbox still holds, nor for an answered one.
    function test_claimRefund_notRefunded_reverts() public {
        uint64 id = _ask();
        vm.expectRevert(abi.encodeWithSelector(AskModel.NotRefunded.selector, id));
        ask.claimRefund(id);
        IRollup.JobRecord memory r = _proposeFinal(id);
        rollup.deliver(0, 0, r, new bytes32[](0), _out(), "");
        vm.expectRevert(abi.encodeWithSelector(AskModel.UnknownQuestion.selector, id));
        ask.claimRefund(id);
    }

    /// @dev The unspent part of a delivered question's fee is the owner's; a pending question's refund stays.
    function test_sweep_unspentFee_succeeds() public {
        uint64 id = _ask();
        uint64 other = _ask();
        IRollup.JobRecord memory r = _proposeFinal(id);
        rollup.deliver(0, 0, r, new bytes32[](0), _out(), "");
        assertEq(address(ask).balance, 0.5 ether);
        vm.prank(owner);
        ask.sweep();
        assertEq(address(ask).balance, 0.5 ether, "question `other` may still be refunded");
        vm.roll(block.number + INCLUSION + 1);
        inbox.refundOverdue(other);
        ask.claimRefund(other);
        uint256 before = owner.balance;
        vm.prank(owner);
        ask.sweep();
        assertEq(owner.balance, before + 0.5 ether);
        assertEq(address(ask).balance, 0);
    }
}

/// @dev Before the fix an answer whose callback ran out of gas (storing a long answer costs ~22k gas per 32 bytes,
///      and the callback gas is capped at 2M: no answer of more than ~700 tokens could ever be stored) was lost for
///      good: the rollup delivers once. Now anyone can store it from the delivered record and its inclusion proof.
contract Audit6_AskModelAnswer_Test is AskModel_TestInit {
    function _askStarved() internal returns (uint64 id) {
        vm.prank(user);
        id = uint64(ask.ask{value: 1 ether}(modelId, PROMPT, _params(2), 5_000));
    }

    function test_answer_afterStarvedCallback_succeeds() public {
        uint64 id = _askStarved();
        IRollup.JobRecord memory r = _proposeFinal(id);
        rollup.deliver(0, 0, r, new bytes32[](0), _out(), "");
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Delivered));
        assertFalse(ask.question(id).answered, "the callback ran out of gas");

        vm.expectEmit(address(ask));
        emit AskModel.Answered(id, _out());
        vm.prank(attacker);
        ask.answer(0, 0, r, new bytes32[](0), _out());
        AskModel.Question memory q = ask.question(id);
        assertTrue(q.answered);
        assertEq(q.output, _out());
        assertEq(ask.outstanding(), 0);
        vm.expectRevert(abi.encodeWithSelector(AskModel.UnknownQuestion.selector, id));
        ask.answer(0, 0, r, new bytes32[](0), _out());
    }

    /// @dev Only the delivered record's own output answers: another output, or a record not delivered, is refused.
    function test_answer_forged_reverts() public {
        uint64 id = _askStarved();
        IRollup.JobRecord memory r = _proposeFinal(id);
        vm.expectRevert(abi.encodeWithSelector(AskModel.NotDelivered.selector, id, 0, 0));
        ask.answer(0, 0, r, new bytes32[](0), _out());
        rollup.deliver(0, 0, r, new bytes32[](0), _out(), "");
        bytes memory fake = abi.encodePacked(uint32(6), uint32(7));
        vm.expectRevert(abi.encodeWithSelector(AskModel.NotDelivered.selector, id, 0, 0));
        ask.answer(0, 0, r, new bytes32[](0), fake);
        IRollup.JobRecord memory forged = r;
        forged.outputHash = keccak256(fake);
        vm.expectRevert(abi.encodeWithSelector(AskModel.NotDelivered.selector, id, 0, 0));
        ask.answer(0, 0, forged, new bytes32[](0), fake);
        vm.expectRevert(abi.encodeWithSelector(AskModel.NotDelivered.selector, id, 0, 0));
        ask.answer(0, 0, r, new bytes32[](1), _out());
    }
}
