// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {Rollup_TestInit, Rollup_Merkle, Rollup_MockGame} from "./Rollup.t.sol";

// Regression tests for the findings of the third audit: each replays the exploit the auditor demonstrated (a
// sequencer escaping or recapturing its penalties through an account it controls, a "sock") and shows that it fails.

contract Audit3_Test is Rollup_TestInit {
    address internal sock = makeAddr("sock"); // an account the sequencer controls

    function setUp() public override {
        super.setUp();
        vm.deal(sock, 100 ether);
    }

    /// @dev A blob batch of one fresh job of alice with its consistent record (withheld: the test decides).
    function _blobBatch() internal returns (uint64 b, uint64 j) {
        j = _submit(1 ether, address(0), 0);
        bytes memory out = _inferenceOutput(j);
        IRollup.JobRecord memory r = _rec(j, 0.5 ether, out);
        b = uint64(rollup.batchCount());
        _recs[b].push(r);
        _outs[b].push(out);
        _leaves[b].push(keccak256(abi.encode(r)));
        uint64[] memory ids = new uint64[](1);
        ids[0] = j;
        _stakeFor(1);
        bytes32[] memory h = new bytes32[](1);
        h[0] = bytes32(uint256(0x01) << 248 | 1);
        vm.blobhashes(h);
        vm.prank(sequencer);
        rollup.proposeBlobs{value: BOND}(b, Rollup_Merkle.root(_leaves[b]), ids);
    }

    /// @notice Finding 1: a sequencer that withholds a blob record and concedes a game its sock opens no longer
    ///         escapes the withholding penalty: a record that loses its game is a serving fault paid to the user.
    function test_selfDisputeDuringDataChallenge_paysThePenalty_succeeds() public {
        (uint64 b, uint64 j) = _blobBatch();
        uint256 stakeBefore = rollup.stakeOf();
        vm.prank(bob);
        rollup.challengeData{value: DATA_BOND}(b, 0);
        vm.prank(sock);
        Rollup_MockGame game =
            Rollup_MockGame(address(rollup.dispute{value: INIT_BOND}(b, 0, _recs[b][0], _proof(b, 0), SETUP, CLAIM)));
        game.resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, sock);
        _settle(b, 0);
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Refunded));
        assertTrue(rollup.faultProven(j));
        assertEq(rollup.credit(alice), PENALTY, "the wronged user is compensated");
        assertEq(rollup.stakeOf(), stakeBefore - PENALTY, "the sequencer pays");
        _assertConserved();
    }

    /// @notice Finding 1, without blobs: including a job with a record that contradicts it and voiding it through a
    ///         sock now costs the sequencer the penalty, paid to the censored user.
    function test_selfReportInvalid_paysThePenalty_succeeds() public {
        uint64 j = _submit(1 ether, address(0), 0);
        bytes memory out = _inferenceOutput(j);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        bytes[] memory outs = new bytes[](1);
        recs[0] = _rec(j, 2 ether, out); // fee above the job's maxFee: invalid by construction
        outs[0] = out;
        uint64 b = _propose(recs, outs);
        uint256 stakeBefore = rollup.stakeOf();
        vm.prank(sock);
        rollup.reportInvalid(b, 0, recs[0], _proof(b, 0), out, "");
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Refunded));
        assertEq(rollup.credit(alice), PENALTY, "the censored user is compensated");
        assertEq(rollup.stakeOf(), stakeBefore - PENALTY);
        vm.expectRevert(abi.encodeWithSelector(IRollup.FaultAlreadyProven.selector, uint256(j)));
        rollup.proveInclusionFault(j);
        _assertConserved();
    }

    /// @notice Finding 2: faults on never-included jobs (here a sock's own) are paid only from the stake above the
    ///         included jobs' reserve, so they cannot drain what a real user's included job is owed.
    function test_sockSubmitterFaults_cannotDrainTheReserve_succeeds() public {
        uint64 jA = _submit(1 ether, address(0), 0);
        uint64 b = _singleBatch(jA, 0.5 ether, _inferenceOutput(jA));
        assertEq(rollup.stakeOf(), uint256(PENALTY) * 2, "stake at the floor");
        vm.startPrank(sock);
        uint256 s1 = inbox.submit{value: 1 wei}(IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), address(0), 0);
        uint256 s2 = inbox.submit{value: 1 wei}(IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), address(0), 0);
        vm.roll(block.number + INCLUSION + 1);
        inbox.refundOverdue(s1);
        inbox.refundOverdue(s2);
        rollup.proveInclusionFault(s1); // paid from the stake above the reserve
        vm.expectRevert(abi.encodeWithSelector(IRollup.InsufficientStake.selector, 0, uint256(PENALTY)));
        rollup.proveInclusionFault(s2); // nothing above the reserve is left
        vm.stopPrank();
        assertEq(rollup.credit(sock), PENALTY);
        assertEq(rollup.stakeOf(), PENALTY, "alice's reserve is intact");

        vm.warp(rollup.deliverableAt(b, 0) + DELIVERY + 1);
        inbox.refundOverdue(jA);
        rollup.proveInclusionFault(jA);
        assertEq(rollup.credit(alice), PENALTY, "alice is compensated");
        _assertConserved();
    }
}
