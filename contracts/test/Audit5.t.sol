// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Rollup} from "../src/Rollup.sol";
import {RecordValidity} from "../src/RecordValidity.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {LibMerkle} from "../src/lib/LibMerkle.sol";
import {L2Jobs_TestInit} from "./L2Jobs.t.sol";

// The fifth audit attacked L2 jobs (signed requests; docs/protocol.md, "L2 jobs"). Each test replays one attack
// through the real contracts and shows that it fails, or that the honest record it targets stands.

/// @dev A record's data must stay cheap enough to show to reportInvalid. Before the fix a proposer could post an L2
///      record whose request was megabytes of zeros (4 gas a byte of calldata): reportInvalid and deliver copy the
///      request to memory four times over (the Rollup's forwarded calldata, RecordValidity's call to decodeRequest,
///      its decoding and re-encoding), at a quadratic cost, so voiding a 1 MiB request took ~25M gas of execution
///      against ~9.5M to propose it, and 2 MiB ~95M against ~36M: an invalid record no one could afford to void.
contract Audit5_DataSize_Test is L2Jobs_TestInit {
    uint256 internal constant MAX_REQ = 33_792;
    uint256 internal constant MAX_OUT = 32_768;

    function _proposeOne(IRollup.JobRecord memory r, bytes memory out, bytes memory req) internal {
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = r;
        bytes[] memory outs = new bytes[](1);
        outs[0] = out;
        bytes[] memory reqs = new bytes[](1);
        reqs[0] = req;
        vm.prank(sequencer);
        rollup.propose{value: BOND}(0, recs, outs, reqs);
    }

    function test_limits_matchGo_succeeds() public view {
        RecordValidity v = rollup.validity();
        assertEq(v.MAX_REQUEST_BYTES(), MAX_REQ, "jobreq.MaxEncodedBytes");
        assertEq(v.MAX_OUTPUT_BYTES(), 4 * v.MAX_TOKENS());
        assertEq(MAX_OUT, 4 * v.MAX_TOKENS());
        // The largest valid request (an input of MAX_INPUT_BYTES) fits.
        IJobInbox.JobRequest memory q = _req(1);
        q.input = new bytes(v.MAX_INPUT_BYTES());
        assertLe(abi.encode(q, new bytes(65)).length, MAX_REQ);
    }

    /// @notice An oversized request cannot be proposed.
    function test_propose_oversizedRequest_reverts() public {
        bytes memory req = new bytes(MAX_REQ + 1);
        IRollup.JobRecord memory r = _l2Record(req);
        vm.expectRevert(abi.encodeWithSelector(IRollup.DataTooLong.selector, 8, MAX_REQ + 1));
        _proposeOne(r, _out(), req);
    }

    /// @notice An oversized output cannot be proposed.
    function test_propose_oversizedOutput_reverts() public {
        bytes memory out = new bytes(MAX_OUT + 4);
        uint64 j = _submit(user, 1 ether);
        IRollup.JobRecord memory r = _record(j, out);
        vm.expectRevert(abi.encodeWithSelector(IRollup.DataTooLong.selector, MAX_OUT + 4, 0));
        _proposeOne(r, out, "");
    }

    /// @notice A request at the limit is proposed and, malformed, voided by reportInvalid within a small gas budget.
    function test_reportInvalid_largestRequest_isCheap_succeeds() public {
        bytes memory req = new bytes(MAX_REQ);
        IRollup.JobRecord memory r = _l2Record(req);
        _proposeOne(r, _out(), req);
        bytes memory call_ = abi.encodeCall(Rollup.reportInvalid, (0, 0, r, new bytes32[](0), _out(), req));
        vm.prank(reporter);
        (bool ok,) = address(rollup).call{gas: 2_000_000}(call_);
        assertTrue(ok, "reportInvalid of the largest request within 2M gas");
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Voided));
    }

    /// @notice A blob batch's oversized request cannot be revealed by resolveData: the challenge goes unanswered and
    ///         the record is voided by voidUnavailable.
    function test_resolveData_oversizedRequest_reverts() public {
        bytes memory req = new bytes(MAX_REQ + 1);
        IRollup.JobRecord memory r = _l2Record(req);
        bytes32[] memory leaves = new bytes32[](1);
        leaves[0] = keccak256(abi.encode(r));
        bytes32[] memory h = new bytes32[](1);
        h[0] = bytes32(uint256(0x01) << 248 | 1);
        vm.blobhashes(h);
        vm.prank(sequencer);
        rollup.proposeBlobs{value: BOND}(0, LibMerkle.computeRoot(leaves), new uint64[](1));
        vm.prank(reporter);
        rollup.challengeData{value: 0.1 ether}(0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.DataTooLong.selector, 8, MAX_REQ + 1));
        rollup.resolveData(0, 0, r, new bytes32[](0), _out(), req);
        vm.warp(rollup.dataChallenge(0, 0).deadline + 1);
        vm.prank(reporter);
        rollup.voidUnavailable(0, 0, 0);
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Voided));
    }
}

/// @dev The stake's floor (inclusionPenalty per Included L1 job, plus one) is what pays the included jobs' users if the
///      sequencer fails them; unstake never goes below it. A record voided after its batch's bond was released pays
///      its reporter from the stake instead; before the fix that payment ignored the floor, so a sequencer could take
///      its stake back below it through a sock: propose the same L2 request twice (or any record that turns voidable
///      later), wait for the bond's release, deliver one copy and have the sock void the other (RequestReplayed: no
///      penalty is due), each void moving bondPerRecord of the reserve to the sock.
contract Audit5_Reserve_Test is L2Jobs_TestInit {
    /// @dev An included L1 job (batch 0), then batch 1 with two copies of one L2 record; the stake is taken down to
    ///      unstake's floor unless `spare`; after the bond's release one copy is delivered and the sender voids the
    ///      other. Returns what the sender was credited.
    function _lateVoid(bool spare) internal returns (uint256) {
        uint64 j = _submit(user, 1 ether);
        _proposeOne(0, _record(j, _out()), _out());
        assertEq(inbox.includedCount(), 1);

        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](2);
        (recs[0], recs[1]) = (r, r);
        bytes[] memory outs = new bytes[](2);
        (outs[0], outs[1]) = (_out(), _out());
        bytes[] memory reqs = new bytes[](2);
        (reqs[0], reqs[1]) = (req, req);
        vm.prank(sequencer);
        rollup.propose{value: 2 * BOND}(1, recs, outs, reqs);

        if (!spare) {
            uint256 amount = rollup.stakeOf() - uint256(PENALTY) * (inbox.includedCount() + 1);
            vm.prank(sequencer);
            rollup.unstake(amount);
        }

        vm.warp(rollup.recordDeadline(1, 0) + FINALITY + 1);
        rollup.releaseBond(1);
        bytes32[] memory proof = new bytes32[](1);
        proof[0] = keccak256(abi.encode(r));
        rollup.deliver(1, 0, r, proof, _out(), req);
        vm.prank(sender);
        rollup.reportInvalid(1, 1, r, proof, _out(), req);
        assertEq(uint8(rollup.recordStatus(1, 1)), uint8(IRollup.RecordStatus.Voided));
        return rollup.credit(sender);
    }

    function _conserved() internal view {
        assertEq(
            address(rollup).balance,
            rollup.bondsHeld() + rollup.stakeOf() + rollup.totalCredits() + rollup.dataBondsHeld(),
            "ETH conservation"
        );
    }

    function test_lateVoid_cannotTakeTheIncludedJobsReserve_succeeds() public {
        assertEq(_lateVoid(false), PENALTY, "only the spare above the reserve");
        assertEq(rollup.stakeOf(), uint256(PENALTY) * inbox.includedCount(), "the included job's reserve is intact");
        _conserved();
    }

    function test_lateVoid_paysTheReporterFromSpareStake_succeeds() public {
        uint256 stake = rollup.stakeOf();
        assertEq(_lateVoid(true), BOND);
        assertEq(rollup.stakeOf(), stake - BOND);
        _conserved();
    }
}
