// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {TransformerVM} from "../src/TransformerVM.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IOneStepTypes, IOneStepVerifier} from "../src/interfaces/IOneStepVerifier.sol";
import {TestModels} from "./helpers/TestModels.sol";
import {Rollup_TestInit, Rollup_Merkle} from "./Rollup.t.sol";

// Regression tests for the findings of the second audit (blob batches, data challenges, delivery deadlines,
// unservable models, paused blocks, config parity): each replays the exploit the auditor demonstrated and shows that
// it now fails.

contract Audit2_Blob_Test is Rollup_TestInit {
    address internal sock = makeAddr("sock"); // an account the sequencer controls

    function _blobHashes() internal pure returns (bytes32[] memory h) {
        h = new bytes32[](1);
        h[0] = bytes32(uint256(0x01) << 248 | 1);
    }

    /// @dev Proposes a blob batch including `jobIds` whose records root commits to `recs`.
    function _proposeBlobs(uint64[] memory jobIds, IRollup.JobRecord[] memory recs, bytes[] memory outs)
        internal
        returns (uint64 b)
    {
        b = uint64(rollup.batchCount());
        for (uint256 i; i < recs.length; ++i) {
            _recs[b].push(recs[i]);
            _outs[b].push(outs[i]);
            _leaves[b].push(keccak256(abi.encode(recs[i])));
        }
        _stakeFor(jobIds.length);
        vm.blobhashes(_blobHashes());
        vm.prank(sequencer);
        rollup.proposeBlobs{value: uint256(BOND) * jobIds.length}(b, Rollup_Merkle.root(_leaves[b]), jobIds);
    }

    /// @dev An honest blob batch of `n` fresh jobs.
    function _honestBlobs(uint256 n) internal returns (uint64 b) {
        uint64[] memory ids = new uint64[](n);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](n);
        bytes[] memory outs = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            ids[i] = _submit(1 ether, address(0), 0);
            outs[i] = _inferenceOutput(ids[i]);
            recs[i] = _rec(ids[i], 0.5 ether, outs[i]);
        }
        b = _proposeBlobs(ids, recs, outs);
    }

    /// @notice Finding A: a blob record copying another job's honest record used to refund that other job when
    ///         voided (a "last look" veto). Now only the job included at the voided record's own position is
    ///         refunded: X's honest record is still delivered.
    function test_voidedRecord_refundsOnlyItsOwnPositionsJob_succeeds() public {
        uint64 jX = _submit(1 ether, address(receiver), CB_GAS);
        bytes memory outX = _inferenceOutput(jX);
        uint64 b0 = _singleBatch(jX, 0.5 ether, outX);
        _closeWindow(b0);
        uint64 jY = _submit(1 ether, address(0), 0);
        uint64[] memory ids = new uint64[](1);
        ids[0] = jY;
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = _recs[b0][0]; // names job X
        bytes[] memory outs = new bytes[](1);
        outs[0] = outX;
        uint64 b1 = _proposeBlobs(ids, recs, outs);

        vm.prank(sock);
        rollup.reportInvalid(b1, 0, recs[0], _proof(b1, 0), outX, "");
        assertEq(uint8(rollup.recordStatus(b1, 0)), uint8(IRollup.RecordStatus.Voided), "the copy is voided");
        assertEq(uint8(inbox.statusOf(jX)), uint8(IJobInbox.Status.Included), "X is not refunded");
        _deliver(b0, 0);
        assertEq(receiver.calls(), 1, "X's DApp receives its honest result");
        // Y, whose position holds an invalid record, becomes a fault if never delivered.
        vm.warp(rollup.deliverableAt(b1, 0) + DELIVERY + 1);
        inbox.refundOverdue(jY);
        assertTrue(inbox.isForceRefunded(jY));
        _assertConserved();
    }

    /// @notice Finding B: challenges answered at their deadline used to move the whole batch's window, reopening
    ///         final records, one record after another. Now challenges are allowed only in the original window, and an
    ///         answer extends the disputability of that record alone.
    function test_dataChallengeChain_cannotReopenFinalRecords_succeeds() public {
        uint64 b = _honestBlobs(3);
        uint256 d0 = rollup.challengeDeadline(b);
        vm.warp(d0);
        vm.prank(bob);
        rollup.challengeData{value: DATA_BOND}(b, 0);
        vm.warp(d0 + FINALITY + 1);
        assertTrue(rollup.isFinal(b, 2), "record 2 is final");
        vm.warp(d0 + DATA_WINDOW);
        vm.prank(bob);
        rollup.resolveData(b, 0, _recs[b][0], _proof(b, 0), _outs[b][0], "");
        assertEq(rollup.recordDeadline(b, 0), d0 + 2 * DATA_WINDOW, "record 0 stays disputable a data window");
        assertEq(rollup.recordDeadline(b, 2), d0, "record 2's deadline does not move");
        assertTrue(rollup.isFinal(b, 2), "record 2 stays final");
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.ChallengeWindowClosed.selector, b, d0));
        rollup.challengeData{value: DATA_BOND}(b, 1);
        this.deliverExt(b, 2);
        vm.expectRevert(abi.encodeWithSelector(IRollup.ChallengeWindowOpen.selector, b, d0 + 2 * DATA_WINDOW));
        rollup.releaseBond(b); // held until record 0's extension ends
        _assertConserved();
    }

    function deliverExt(uint64 b, uint32 i) external {
        rollup.deliver(b, i, _recs[b][i], _proof(b, i), _outs[b][i], "");
    }

    /// @notice Finding C: a sequencer that withholds a blob record and has its sock challenge it used to freeze the
    ///         job's delivery deadline forever and escape any penalty. Now the record was due by the challenge's
    ///         deadline (the job becomes overdue a delivery window later), and voiding it for unavailability pays the
    ///         inclusion penalty to the job's submitter.
    function test_selfDataChallenge_neitherFreezesNorEscapes_succeeds() public {
        uint64 j = _submit(1 ether, address(0), 0);
        uint64[] memory ids = new uint64[](1);
        ids[0] = j;
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        bytes[] memory outs = new bytes[](1);
        outs[0] = _inferenceOutput(j);
        recs[0] = _rec(j, 0.5 ether, outs[0]); // never published
        uint64 b = _proposeBlobs(ids, recs, outs);
        vm.deal(sock, 1 ether);
        vm.prank(sock);
        rollup.challengeData{value: DATA_BOND}(b, 0);
        uint256 deadline = rollup.dataChallenge(b, 0).deadline;
        assertEq(inbox.deliveryDeadline(j), deadline + 1 + DELIVERY, "not frozen");
        uint256 stakeBefore = rollup.stakeOf();
        vm.warp(deadline + 1);
        vm.prank(alice);
        rollup.voidUnavailable(b, 0, j);
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Refunded));
        assertEq(rollup.credit(alice), PENALTY, "the user is compensated for the withholding");
        assertEq(rollup.stakeOf(), stakeBefore - PENALTY);
        assertTrue(rollup.faultProven(j));
        _assertConserved();
    }

    /// @notice Finding C (related): the penalty went to whoever proved the fault, so a sequencer could recapture it.
    ///         It now goes to the job's submitter.
    function test_sequencerCannotRecaptureInclusionPenalty_succeeds() public {
        _stake(5 ether);
        uint64 j = _submit(1 ether, address(0), 0);
        uint256 before = rollup.stakeOf();
        vm.roll(block.number + INCLUSION + 1);
        vm.startPrank(sock);
        inbox.refundOverdue(j);
        rollup.proveInclusionFault(j);
        vm.stopPrank();
        assertEq(rollup.credit(sock), 0);
        assertEq(rollup.credit(alice), PENALTY);
        assertEq(rollup.stakeOf(), before - PENALTY, "the sequencer pays");
        _assertConserved();
    }

    /// @notice Finding D: declareUnservable + reject used to erase a fault that had already accrued. An overdue job
    ///         cannot be rejected; refundOverdue decides, and the fault stands.
    function test_declareUnservable_cannotEraseAccruedFault_succeeds() public {
        _stake(5 ether);
        uint64 j = _submit(1 ether, address(0), 0);
        vm.roll(block.number + 10 * INCLUSION);
        vm.startPrank(sequencer);
        rollup.declareUnservable(MODEL);
        vm.expectRevert(
            abi.encodeWithSelector(IRollup.RejectionInvalid.selector, j, IRollup.RejectReason.ModelUnservable)
        );
        rollup.reject(j, IRollup.RejectReason.ModelUnservable);
        vm.stopPrank();
        inbox.refundOverdue(j);
        assertTrue(inbox.isForceRefunded(j));
        rollup.proveInclusionFault(j);
        assertEq(rollup.credit(alice), PENALTY);
    }
}

/// @dev Finding E: a configuration whose ffn_down row (opened whole by a step) could not fit a transaction.
contract Audit2_Config_Test is Test {
    /// @notice ffDim is capped at 98,304 (canon.MaxFFDim) in both checks: a step's largest opening fits one
    ///         transaction (internal/onestep TestStepProofsFitATransaction); 2^18 is refused at registration.
    function test_hugeFfDim_cannotRegister_reverts() public {
        TransformerVM tvm = new TransformerVM(IOneStepVerifier(address(0)));
        ModelRegistry models = new ModelRegistry(tvm, 5, 28);
        IOneStepTypes.ModelConfig memory c = TestModels.config(64, 2);
        c.dim = 32;
        c.heads = 1;
        c.kvHeads = 1;
        c.ropeDims = 32;
        c.layers = 1;
        c.ffDim = 98_304;
        (bytes32 root, bytes32[] memory proof,) = TestModels.build(c, tvm.modelLeafCount(c), 0, 0);
        models.register(root, c, proof, "http://127.0.0.1/wide.gguf");
        c.ffDim = 98_304 + 32;
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.InvalidConfig.selector, "ffDim"));
        tvm.modelLeafCount(c);
        c.ffDim = 1 << 18;
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.InvalidConfig.selector, "ffDim"));
        models.register(keccak256("wide"), c, proof, "http://127.0.0.1/wider.gguf");
    }
}
