// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {RecordValidity} from "../src/RecordValidity.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";
import {IDatasetRegistry} from "../src/interfaces/IDatasetRegistry.sol";
import {Rollup_TestInit, Rollup_Merkle} from "./Rollup.t.sol";

/// @notice RecordValidity.outputInvalidity: the early-stop rules on their own (docs/protocol.md, "Early stop").
contract RecordValidity_OutputInvalidity_Test is Test {
    RecordValidity internal v;
    uint256 internal constant VOCAB = 100;
    uint256 internal constant EOS = 7;

    function setUp() public {
        v = new RecordValidity(IJobInbox(address(0)), IModelRegistry(address(0)), IDatasetRegistry(address(0)), false);
    }

    function _check(uint256 outputLen, uint256 maxTokens, uint256 eos, bytes memory out)
        internal
        view
        returns (IRollup.Invalidity)
    {
        return v.outputInvalidity(outputLen, maxTokens, VOCAB, eos, out);
    }

    function _eq(IRollup.Invalidity got, IRollup.Invalidity want) internal pure {
        assertEq(uint8(got), uint8(want));
    }

    function test_outputInvalidity_fullLength_succeeds() public view {
        _eq(_check(3, 3, EOS, abi.encodePacked(uint32(1), uint32(2), uint32(3))), IRollup.Invalidity.None);
        // Ending at EOS on the last allowed token is fine too.
        _eq(_check(3, 3, EOS, abi.encodePacked(uint32(1), uint32(2), uint32(EOS))), IRollup.Invalidity.None);
    }

    function test_outputInvalidity_stopAtEos_succeeds() public view {
        _eq(_check(2, 5, EOS, abi.encodePacked(uint32(1), uint32(EOS))), IRollup.Invalidity.None);
        _eq(_check(1, 5, EOS, abi.encodePacked(uint32(EOS))), IRollup.Invalidity.None);
    }

    function test_outputInvalidity_earlyStopWithoutEos_fails() public view {
        _eq(_check(2, 5, EOS, abi.encodePacked(uint32(1), uint32(2))), IRollup.Invalidity.EarlyStopWithoutEos);
        _eq(_check(1, 2, EOS, abi.encodePacked(uint32(EOS + 1))), IRollup.Invalidity.EarlyStopWithoutEos);
    }

    function test_outputInvalidity_tokenAfterEos_fails() public view {
        // EOS then more tokens: the job had stopped at the EOS.
        _eq(_check(3, 3, EOS, abi.encodePacked(uint32(EOS), uint32(2), uint32(3))), IRollup.Invalidity.TokenAfterEos);
        _eq(_check(3, 5, EOS, abi.encodePacked(uint32(1), uint32(EOS), uint32(EOS))), IRollup.Invalidity.TokenAfterEos);
    }

    /// @notice A model without an EOS (NO_EOS) never stops early: exactly maxTokens tokens, whatever they are.
    function test_outputInvalidity_noEos_succeeds() public view {
        uint256 none = v.NO_EOS();
        _eq(_check(2, 2, none, abi.encodePacked(uint32(EOS), uint32(VOCAB - 1))), IRollup.Invalidity.None);
        _eq(_check(1, 2, none, abi.encodePacked(uint32(EOS))), IRollup.Invalidity.EarlyStopWithoutEos);
    }

    function test_outputInvalidity_lengths_fails() public view {
        _eq(_check(0, 2, EOS, ""), IRollup.Invalidity.OutputLen);
        _eq(_check(3, 2, EOS, abi.encodePacked(uint32(1), uint32(2), uint32(3))), IRollup.Invalidity.OutputLen);
        _eq(_check(2, 2, EOS, abi.encodePacked(uint32(1))), IRollup.Invalidity.OutputLength);
        _eq(_check(1, 2, EOS, hex"00000007ff"), IRollup.Invalidity.OutputLength);
        _eq(_check(2, 2, EOS, abi.encodePacked(uint32(1), uint32(VOCAB))), IRollup.Invalidity.OutputToken);
    }

    /// @notice The rules against a plain restatement, on short outputs over a tiny vocabulary (so EOS is common).
    function testFuzz_outputInvalidity_matchesRules(uint8 outputLen, uint8 maxTokens, uint8 eos, bytes memory out)
        public
        view
    {
        uint256 n = bound(outputLen, 0, 6);
        uint256 max = bound(maxTokens, 1, 6);
        uint256 e = eos % 5 == 4 ? v.NO_EOS() : eos % 5;
        if (out.length > 24) {
            assembly ("memory-safe") {
                mstore(out, 24)
            }
        }
        // Token ids in 0..4 mostly (the vocabulary is 4: 4 and above are out of it).
        for (uint256 i = 0; i < out.length; ++i) {
            if (i % 4 != 3) out[i] = 0;
            else out[i] = bytes1(uint8(out[i]) % 5);
        }
        IRollup.Invalidity want = IRollup.Invalidity.None;
        if (n == 0 || n > max) {
            want = IRollup.Invalidity.OutputLen;
        } else if (out.length != 4 * n) {
            want = IRollup.Invalidity.OutputLength;
        } else {
            uint256 last;
            for (uint256 i; i < n; ++i) {
                last = uint8(out[4 * i + 3]);
                if (last >= 4) {
                    want = IRollup.Invalidity.OutputToken;
                    break;
                }
                if (last == e && i + 1 < n) {
                    want = IRollup.Invalidity.TokenAfterEos;
                    break;
                }
            }
            if (want == IRollup.Invalidity.None && n < max && last != e) want = IRollup.Invalidity.EarlyStopWithoutEos;
        }
        _eq(v.outputInvalidity(n, max, 4, e, out), want);
    }
}

/// @notice Early stop through the Rollup: a record breaking it is voided by reportInvalid (calldata and blob batches)
///         and never delivered; a record that stops at EOS is delivered.
contract RecordValidity_EarlyStop_Test is Rollup_TestInit {
    /// @dev The fixture model's EOS (TestModels.config: the last token).
    uint32 internal constant EOS = VOCAB - 1;

    function test_validity_isTheRollups_succeeds() public view {
        RecordValidity v = rollup.validity();
        assertEq(address(v.inbox()), address(inbox));
        assertEq(address(v.models()), address(models));
        assertEq(models.summary(MODEL).eos, EOS);
    }

    /// @dev A one-record calldata batch over a fresh job (maxTokens 2) with `out` as its output.
    function _batch(bytes memory out) internal returns (uint64 b, IRollup.JobRecord memory r) {
        uint64 j = _submit(1 ether, address(0), 0);
        r = _rec(j, 0.5 ether, out);
        r.outputLen = uint32(out.length / 4);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = r;
        bytes[] memory outs = new bytes[](1);
        outs[0] = out;
        b = _propose(recs, outs);
    }

    function _voids(uint64 b, IRollup.JobRecord memory r, bytes memory out, IRollup.Invalidity reason) internal {
        _closeWindow(b);
        bytes32[] memory proof = _proof(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.InvalidRecord.selector, b, 0, reason));
        rollup.deliver(b, 0, r, proof, out, "");
        vm.expectEmit(address(rollup));
        emit IRollup.RecordInvalid(b, 0, r.jobId, reason);
        vm.prank(carol);
        rollup.reportInvalid(b, 0, r, proof, out, "");
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(inbox.statusOf(r.jobId)), uint8(IJobInbox.Status.Refunded));
        assertEq(rollup.credit(carol), BOND);
        _assertConserved();
    }

    function test_reportInvalid_earlyStopWithoutEos_succeeds() public {
        bytes memory out = abi.encodePacked(uint32(5));
        (uint64 b, IRollup.JobRecord memory r) = _batch(out);
        _voids(b, r, out, IRollup.Invalidity.EarlyStopWithoutEos);
    }

    function test_reportInvalid_tokenAfterEos_succeeds() public {
        bytes memory out = abi.encodePacked(EOS, uint32(5));
        (uint64 b, IRollup.JobRecord memory r) = _batch(out);
        _voids(b, r, out, IRollup.Invalidity.TokenAfterEos);
    }

    function test_deliver_stopAtEos_succeeds() public {
        bytes memory out = abi.encodePacked(EOS);
        (uint64 b, IRollup.JobRecord memory r) = _batch(out);
        assertEq(r.outputLen, 1);
        assertEq(r.params.maxTokens, 2);
        bytes32[] memory proof = _proof(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordValid.selector, b, 0));
        rollup.reportInvalid(b, 0, r, proof, out, "");
        _closeWindow(b);
        rollup.deliver(b, 0, r, proof, out, "");
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Delivered));
        _assertConserved();
    }

    /// @notice A blob batch: the output is checked against the record's outputHash (the records root binds it), so
    ///         the same rule voids a blob record with its output as the batch's blob data carries it.
    function test_reportInvalid_blobRecordTokenAfterEos_succeeds() public {
        uint64 j = _submit(1 ether, address(0), 0);
        bytes memory out = abi.encodePacked(EOS, EOS);
        IRollup.JobRecord memory r = _rec(j, 0.5 ether, out);
        uint64 b = uint64(rollup.batchCount());
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
        bytes32[] memory proof = _proof(b, 0);
        // Another output than the record's is refused: the reporter must show the posted one.
        bytes memory other = abi.encodePacked(uint32(1), EOS);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongOutput.selector, keccak256(other), r.outputHash));
        rollup.reportInvalid(b, 0, r, proof, other, "");
        _voids(b, r, out, IRollup.Invalidity.TokenAfterEos);
    }
}
