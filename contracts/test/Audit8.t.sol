// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "forge-std/Vm.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {StoredProposer} from "../src/test/StoredProposer.sol";
import {Rollup_TestInit} from "./Rollup.t.sol";

// The eighth audit attacked the data-availability changes (data challenges of calldata batches, DataResolved with
// its proof, GameSetup) as a malicious sequencer, proposer or challenger would.

/// @dev A sequencer that is a contract, or an EIP-7702 account, can build its propose call from storage so that
///      no transaction's input holds it. Before the fix a watcher then had to data-challenge every record of the
///      batch (challengeData accepts calldata batches for this), and the sequencer, answering each challenge with
///      the data it had all along, took every challenge bond: dataChallengeBond × records, every batch, drained from
///      the honest watchers at no risk (a watcher that stops challenging lets a wrong hidden record through). Now
///      propose logs its own calldata, raw, in a log with no topic (its keccak256 is the batch's daCommitment)
///      whenever it may be hidden: its caller is not an externally owned account calling it directly.
contract Audit8_HiddenCalldata_Test is Rollup_TestInit {
    /// @dev The call batch 0 over one record of a fresh job, with its bond.
    function _call() internal returns (bytes memory data, uint256 bond) {
        uint64 j = _submit(1 ether, address(0), 0);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        bytes[] memory outs = new bytes[](1);
        outs[0] = _inferenceOutput(j);
        recs[0] = _rec(j, 0.4 ether, outs[0]);
        _stakeFor(1);
        data = abi.encodeCall(IRollup.propose, (uint64(rollup.batchCount()), recs, outs, new bytes[](1)));
        bond = BOND;
    }

    /// @dev The data of every log with no topic from the rollup in `logs`: the raw calldata of a propose call.
    function _emitted(Vm.Log[] memory logs) internal view returns (bytes[] memory out) {
        uint256 n;
        for (uint256 k; k < logs.length; ++k) {
            if (logs[k].emitter == address(rollup) && logs[k].topics.length == 0) ++n;
        }
        out = new bytes[](n);
        n = 0;
        for (uint256 k; k < logs.length; ++k) {
            if (logs[k].emitter == address(rollup) && logs[k].topics.length == 0) out[n++] = logs[k].data;
        }
    }

    /// @dev The sequencer's account runs StoredProposer (as an EIP-7702 account would): the transaction's input is
    ///      fire()'s selector alone, and the batch's data is logged, hashing to its daCommitment.
    function test_propose_builtFromStorage_emitsItsCalldata() public {
        (bytes memory data, uint256 bond) = _call();
        vm.etch(sequencer, type(StoredProposer).runtimeCode);
        vm.prank(sequencer);
        StoredProposer(sequencer).store(address(rollup), data);
        vm.recordLogs();
        vm.prank(sequencer, sequencer); // the account itself sends the transaction
        StoredProposer(sequencer).fire{value: bond}();
        bytes[] memory got = _emitted(vm.getRecordedLogs());
        assertEq(got.length, 1, "the hidden call's data is on L1");
        assertEq(got[0], data);
        assertEq(keccak256(got[0]), rollup.batch(0).daCommitment);
    }

    /// @dev An externally owned account with no code calling propose as its transaction: the input is the call,
    ///      nothing more is emitted.
    function test_propose_directFromAccount_emitsNothingMore() public {
        (bytes memory data, uint256 bond) = _call();
        vm.recordLogs();
        vm.prank(sequencer, sequencer);
        (bool ok,) = address(rollup).call{value: bond}(data);
        assertTrue(ok);
        assertEq(_emitted(vm.getRecordedLogs()).length, 0);
        assertEq(keccak256(data), rollup.batch(0).daCommitment);
    }
}

/// @dev A griefer could hold back any honest record of a calldata batch (new with challengeData on calldata batches)
///      or a blob batch for up to dataWindow at the cost of gas alone: challenge its data at the window's end and
///      answer the challenge itself in the same transaction (the data is public), before the sequencer can. The
///      resolver took the challenge bond back, and the record stayed disputable (undeliverable) a data window more,
///      and the batch's bond held as long. Now the bond of an answered challenge goes to the batch's proposer,
///      whoever answers: a challenge of available data always costs its author the bond.
contract Audit8_SelfResolve_Test is Rollup_TestInit {
    function test_resolveData_byTheChallenger_paysTheProposer() public {
        uint64 b = _standardBatch();
        vm.warp(rollup.challengeDeadline(b));
        vm.startPrank(bob); // as one transaction of bob's contract
        rollup.challengeData{value: DATA_BOND}(b, 1);
        rollup.resolveData(b, 1, _recs[b][1], _proof(b, 1), _outs[b][1], "");
        vm.stopPrank();
        assertEq(rollup.recordDeadline(b, 1), block.timestamp + DATA_WINDOW, "held back a data window");
        assertEq(rollup.credit(bob), 0, "the griefer pays its bond");
        assertEq(rollup.credit(sequencer), DATA_BOND, "to the proposer");
        _assertConserved();
    }
}
