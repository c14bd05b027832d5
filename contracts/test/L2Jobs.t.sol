// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Rollup} from "../src/Rollup.sol";
import {JobInbox} from "../src/JobInbox.sol";
import {DatasetRegistry} from "../src/DatasetRegistry.sol";
import {RecordValidity} from "../src/RecordValidity.sol";
import {IRollup, IJobReceiver} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {LibJobRequest} from "../src/lib/LibJobRequest.sol";
import {LibMerkle} from "../src/lib/LibMerkle.sol";
import {RealRollup_TestInit} from "./helpers/RealRollup.sol";

/// @dev Records the last result it was called with.
contract L2Jobs_Receiver is IJobReceiver {
    uint256 public lastId;
    bytes public lastOutput;

    function onJobResult(uint256 jobId, bytes calldata output) external {
        lastId = jobId;
        lastOutput = output;
    }
}

/// @dev L2 jobs (signed requests) on the real contracts: a sender deposits, signs a request, the sequencer proposes a
///      record of it with the request's bytes, and the record is delivered (the fee charged once, the nonce consumed)
///      or voided by reportInvalid for each thing a request or its record can get wrong (docs/protocol.md, "L2 jobs").
abstract contract L2Jobs_TestInit is RealRollup_TestInit {
    uint256 internal constant SENDER_KEY = 0xA11CE;
    uint256 internal constant OTHER_KEY = 0xB0B;
    address internal sender;
    address internal reporter = makeAddr("reporter");

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
        vm.deal(reporter, 10 ether);
        sender = vm.addr(SENDER_KEY);
        vm.deal(sender, 100 ether);
        vm.prank(sender);
        inbox.deposit{value: 10 ether}();
    }

    /// @dev A request of PROMPT on the model, two tokens, max fee 1 ether, valid for a day.
    function _req(uint64 nonce) internal view returns (IJobInbox.JobRequest memory) {
        return IJobInbox.JobRequest({
            sender: sender,
            kind: IJobInbox.Kind.Inference,
            modelId: modelId,
            input: PROMPT,
            params: _params(2),
            maxFee: 1 ether,
            callback: address(0),
            callbackGasLimit: 0,
            nonce: nonce,
            expiry: uint64(block.timestamp + 1 days)
        });
    }

    /// @dev The request's bytes, signed with `key`.
    function _signed(IJobInbox.JobRequest memory q, uint256 key) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, inbox.requestDigest(q));
        return abi.encode(q, abi.encodePacked(r, s, v));
    }

    function _out() internal pure returns (bytes memory) {
        return abi.encodePacked(uint32(5), uint32(7));
    }

    /// @dev The honest record of request bytes `req` (a request of PROMPT, 2 tokens) with output _out().
    function _l2Record(bytes memory req) internal view returns (IRollup.JobRecord memory r) {
        r = _record(0, _out());
        r.requestHash = keccak256(req);
    }

    /// @dev Proposes batch `b` of one L2 record.
    function _proposeL2(uint64 b, IRollup.JobRecord memory r, bytes memory req) internal {
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = r;
        bytes[] memory outs = new bytes[](1);
        outs[0] = _out();
        bytes[] memory reqs = new bytes[](1);
        reqs[0] = req;
        vm.prank(sequencer);
        rollup.propose{value: BOND}(b, recs, outs, reqs);
    }

    function _final(uint64 b) internal {
        vm.warp(rollup.recordDeadline(b, 0) + FINALITY + 1);
    }

    function _deliver(uint64 b, IRollup.JobRecord memory r, bytes memory req) internal {
        rollup.deliver(b, 0, r, new bytes32[](0), _out(), req);
    }

    /// @dev Proposes `r` with `req` as batch `b` and checks that reportInvalid voids it for `reason` (and deliver
    ///      refuses it for the same reason first).
    function _voids(uint64 b, IRollup.JobRecord memory r, bytes memory req, IRollup.Invalidity reason) internal {
        _proposeL2(b, r, req);
        (IRollup.Invalidity got,,) = rollup.validity().invalidity(b, 0, r, _out(), req);
        assertEq(uint8(got), uint8(reason), "invalidity");
        _final(b);
        vm.expectRevert(abi.encodeWithSelector(IRollup.InvalidRecord.selector, b, 0, reason));
        _deliver(b, r, req);
        uint256 credit = rollup.credit(reporter);
        vm.expectEmit(address(rollup));
        emit IRollup.RecordInvalid(b, 0, r.jobId, reason);
        vm.prank(reporter);
        rollup.reportInvalid(b, 0, r, new bytes32[](0), _out(), req);
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Voided));
        assertEq(rollup.credit(reporter), credit + BOND, "the bond pays the reporter");
        assertEq(inbox.balanceOf(sender), 10 ether, "a voided L2 record charges nothing");
    }
}

contract L2Jobs_Deliver_Test is L2Jobs_TestInit {
    /// @dev The fee is charged once, at delivery, from the sender's L2 balance to the proposer; the nonce is consumed.
    function test_deliver_chargesFeeOnce_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        _proposeL2(0, r, req);
        assertEq(inbox.balanceOf(sender), 10 ether, "nothing is charged at proposal");
        _final(0);
        uint256 before = sequencer.balance;
        vm.expectEmit(address(inbox));
        emit IJobInbox.RequestCharged(sender, 1, sequencer, 0.5 ether, 0.5 ether);
        _deliver(0, r, req);
        assertEq(inbox.balanceOf(sender), 9.5 ether);
        assertEq(sequencer.balance, before + 0.5 ether);
        assertTrue(inbox.nonceUsed(sender, 1));
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Delivered));
        vm.expectRevert(
            abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, 0, 0, IRollup.RecordStatus.Delivered)
        );
        _deliver(0, r, req);
        assertEq(inbox.balanceOf(sender), 9.5 ether, "charged once");
    }

    /// @dev A request proposed again after its delivery is voidable: its nonce was consumed.
    function test_reportInvalid_replayedRequest_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        _proposeL2(0, r, req);
        _proposeL2(1, r, req); // the same request, again
        _final(0);
        _deliver(0, r, req);
        assertEq(inbox.balanceOf(sender), 9.5 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IRollup.InvalidRecord.selector, 1, 0, IRollup.Invalidity.RequestReplayed)
        );
        _deliver(1, r, req);
        uint256 stake = rollup.stakeOf();
        vm.prank(reporter);
        rollup.reportInvalid(1, 0, r, new bytes32[](0), _out(), req);
        assertEq(rollup.credit(reporter), BOND);
        assertEq(rollup.stakeOf(), stake, "no penalty for a replay: the sender was served");
        assertEq(inbox.balanceOf(sender), 9.5 ether, "charged once");
    }

    /// @dev Another request with a consumed nonce is replayed too, whatever else it says.
    function test_reportInvalid_otherRequestSameNonce_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        _proposeL2(0, r, req);
        _final(0);
        _deliver(0, r, req);
        IJobInbox.JobRequest memory q = _req(1);
        q.maxFee = 2 ether;
        bytes memory req2 = _signed(q, SENDER_KEY);
        _voidsAt(1, _l2Record(req2), req2, IRollup.Invalidity.RequestReplayed);
    }

    function _voidsAt(uint64 b, IRollup.JobRecord memory r, bytes memory req, IRollup.Invalidity reason) internal {
        _proposeL2(b, r, req);
        vm.prank(reporter);
        vm.expectEmit(address(rollup));
        emit IRollup.RecordInvalid(b, 0, 0, reason);
        rollup.reportInvalid(b, 0, r, new bytes32[](0), _out(), req);
    }

    /// @dev A sender whose balance is short at delivery pays what it has; the honest record is delivered anyway.
    function test_deliver_shortBalance_deliversAndPaysWhatIsThere_succeeds() public {
        IJobInbox.JobRequest memory q = _req(2);
        bytes memory req = _signed(q, SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.fee = 1 ether;
        _proposeL2(0, r, req);
        // The sender spends its balance on other deliveries first (a charge the sequencer itself made).
        vm.prank(address(rollup));
        inbox.chargeRequest(sender, 99, 9.6 ether, sequencer);
        _final(0);
        vm.expectEmit(address(inbox));
        emit IJobInbox.RequestCharged(sender, 2, sequencer, 1 ether, 0.4 ether);
        _deliver(0, r, req);
        assertEq(inbox.balanceOf(sender), 0);
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Delivered));
    }

    /// @dev A withdrawal asked for after the sequencer accepted a request is not ready before that request's record
    ///      is delivered: the withdrawal delay outlasts the challenge window, two data windows and the finality delay.
    function test_withdrawal_cannotOutrunDelivery_succeeds() public {
        bytes memory req = _signed(_req(3), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        _proposeL2(0, r, req);
        vm.prank(sender);
        inbox.requestWithdrawal(10 ether);
        (, uint256 readyAt) = inbox.pendingWithdrawal(sender);
        assertGt(readyAt, rollup.recordDeadline(0, 0) + FINALITY + 1);
        _final(0);
        vm.prank(sender);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.WithdrawalNotReady.selector, sender, readyAt));
        inbox.withdraw();
        _deliver(0, r, req);
        vm.warp(readyAt);
        vm.prank(sender);
        inbox.withdraw();
        assertEq(inbox.balanceOf(sender), 0);
        assertEq(sender.balance, 90 ether + 9.5 ether, "the fee was paid before the rest was withdrawn");
    }

    /// @dev The callback of an L2 job gets uint256(requestHash) as the job id.
    function test_deliver_callbackGetsRequestHash_succeeds() public {
        L2Jobs_Receiver recv = new L2Jobs_Receiver();
        IJobInbox.JobRequest memory q = _req(4);
        q.callback = address(recv);
        q.callbackGasLimit = 200_000;
        bytes memory req = _signed(q, SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        _proposeL2(0, r, req);
        _final(0);
        _deliver(0, r, req);
        assertEq(recv.lastId(), uint256(keccak256(req)));
        assertEq(recv.lastOutput(), _out());
    }

    /// @dev A proposal's request must be its record's: hash to requestHash, and be empty for an L1 record.
    function test_propose_requestMismatch_reverts() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = r;
        bytes[] memory outs = new bytes[](1);
        outs[0] = _out();
        bytes[] memory reqs = new bytes[](1);
        reqs[0] = bytes.concat(req, hex"00");
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RequestMismatch.selector, 0));
        rollup.propose{value: BOND}(0, recs, outs, reqs);
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.OutOfRange.selector, "requests", 0, 1, 1));
        rollup.propose{value: BOND}(0, recs, outs, new bytes[](0));
        // An L1 record with a request attached.
        uint64 j = _submit(user, 1 ether);
        recs[0] = _record(j, _out());
        reqs[0] = req;
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RequestMismatch.selector, 0));
        rollup.propose{value: BOND}(0, recs, outs, reqs);
    }

    /// @dev deliver and reportInvalid need the record's own request.
    function test_deliver_wrongRequest_reverts() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        _proposeL2(0, r, req);
        _final(0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRequest.selector, bytes32(0), r.requestHash));
        _deliver(0, r, "");
    }

    /// @dev The Rollup refuses an inbox whose withdrawal delay a withdrawal could outrun a delivery with.
    function test_constructor_shortWithdrawalDelay_reverts() public {
        uint64 tooShort = WINDOW + 2 * 1 hours + FINALITY;
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 2);
        JobInbox ib = new JobInbox(predicted, models, INCLUSION, 1 days, tooShort);
        DatasetRegistry ds = new DatasetRegistry(predicted);
        IRollup.RollupConfig memory c = rollup.config();
        vm.expectRevert(abi.encodeWithSelector(IRollup.ConfigMismatch.selector, "withdrawalDelay"));
        new Rollup(sequencer, address(0), ib, factory, ds, models, c);
    }
}

contract L2Jobs_ReportInvalid_Test is L2Jobs_TestInit {
    function test_reportInvalid_forgedSignature_succeeds() public {
        // Signed by another key in the sender's name.
        bytes memory req = _signed(_req(1), OTHER_KEY);
        _voids(0, _l2Record(req), req, IRollup.Invalidity.RequestSignature);
    }

    function test_reportInvalid_tamperedRequest_succeeds() public {
        IJobInbox.JobRequest memory q = _req(1);
        (uint8 v, bytes32 rs, bytes32 s) = vm.sign(SENDER_KEY, inbox.requestDigest(q));
        q.maxFee = 5 ether; // changed after signing
        bytes memory req = abi.encode(q, abi.encodePacked(rs, s, v));
        _voids(0, _l2Record(req), req, IRollup.Invalidity.RequestSignature);
    }

    function test_reportInvalid_malleableSignature_succeeds() public {
        IJobInbox.JobRequest memory q = _req(1);
        (uint8 v, bytes32 rs, bytes32 s) = vm.sign(SENDER_KEY, inbox.requestDigest(q));
        // The high-s twin of a valid signature (also recovers the sender) is refused.
        uint256 n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
        bytes memory req = abi.encode(q, abi.encodePacked(rs, bytes32(n - uint256(s)), v == 27 ? uint8(28) : uint8(27)));
        _voids(0, _l2Record(req), req, IRollup.Invalidity.RequestSignature);
    }

    function test_reportInvalid_shortSignature_succeeds() public {
        bytes memory req = abi.encode(_req(1), hex"0102");
        _voids(0, _l2Record(req), req, IRollup.Invalidity.RequestSignature);
    }

    function test_reportInvalid_malformedRequest_succeeds() public {
        bytes memory req = hex"deadbeef";
        _voids(0, _l2Record(req), req, IRollup.Invalidity.RequestMalformed);
    }

    /// @dev A decodable but non-canonical encoding (a trailing word) is malformed: one request, one encoding.
    function test_reportInvalid_nonCanonicalRequest_succeeds() public {
        bytes memory req = bytes.concat(_signed(_req(1), SENDER_KEY), bytes32(0));
        _voids(0, _l2Record(req), req, IRollup.Invalidity.RequestMalformed);
    }

    function test_reportInvalid_expiredRequest_succeeds() public {
        IJobInbox.JobRequest memory q = _req(1);
        q.expiry = uint64(block.timestamp - 1);
        bytes memory req = _signed(q, SENDER_KEY);
        _voids(0, _l2Record(req), req, IRollup.Invalidity.RequestExpired);
    }

    /// @dev A request proposed at its expiry is still valid.
    function test_reportInvalid_atExpiry_reverts() public {
        IJobInbox.JobRequest memory q = _req(1);
        q.expiry = uint64(block.timestamp);
        bytes memory req = _signed(q, SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        _proposeL2(0, r, req);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordValid.selector, 0, 0));
        rollup.reportInvalid(0, 0, r, new bytes32[](0), _out(), req);
    }

    function test_reportInvalid_l2RecordNamingAJob_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.jobId = 1;
        _voids(0, r, req, IRollup.Invalidity.JobNotIncluded);
    }

    // ---- the record against its request, field by field ----

    function test_reportInvalid_kindMismatch_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.kind = IJobInbox.Kind.FineTune;
        _voids(0, r, req, IRollup.Invalidity.Kind);
    }

    function test_reportInvalid_modelRootMismatch_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.modelRoot = keccak256("another model");
        _voids(0, r, req, IRollup.Invalidity.ModelRoot);
    }

    function test_reportInvalid_inputHashMismatch_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.inputHash = keccak256(hex"00000002");
        _voids(0, r, req, IRollup.Invalidity.InputHash);
    }

    function test_reportInvalid_paramsMismatch_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.params.seed = keccak256("another seed");
        _voids(0, r, req, IRollup.Invalidity.Params);
    }

    function test_reportInvalid_feeAboveMaxFee_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.fee = 1 ether + 1;
        _voids(0, r, req, IRollup.Invalidity.Fee);
    }

    function test_reportInvalid_promptLenMismatch_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.promptLen = 2;
        _voids(0, r, req, IRollup.Invalidity.PromptLen);
    }

    // ---- the request against the model and JobInbox.submit's rules ----

    function test_reportInvalid_promptBeyondContext_succeeds() public {
        IJobInbox.JobRequest memory q = _req(1);
        q.params.maxTokens = CONTEXT; // 1 + CONTEXT > CONTEXT
        bytes memory req = _signed(q, SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.params.maxTokens = CONTEXT;
        _voids(0, r, req, IRollup.Invalidity.RequestInvalid);
    }

    function test_reportInvalid_tokenOutOfVocab_succeeds() public {
        IJobInbox.JobRequest memory q = _req(1);
        q.input = abi.encodePacked(FIRST, VOCAB);
        bytes memory req = _signed(q, SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.inputHash = keccak256(q.input);
        r.promptLen = 2;
        _voids(0, r, req, IRollup.Invalidity.RequestInvalid);
    }

    function test_reportInvalid_unknownModel_succeeds() public {
        IJobInbox.JobRequest memory q = _req(1);
        q.modelId = 99;
        bytes memory req = _signed(q, SENDER_KEY);
        _voids(0, _l2Record(req), req, IRollup.Invalidity.RequestInvalid);
    }

    function test_reportInvalid_zeroMaxFee_succeeds() public {
        IJobInbox.JobRequest memory q = _req(1);
        q.maxFee = 0;
        bytes memory req = _signed(q, SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.fee = 0;
        _voids(0, r, req, IRollup.Invalidity.RequestInvalid);
    }

    function test_reportInvalid_callbackGasWithoutCallback_succeeds() public {
        IJobInbox.JobRequest memory q = _req(1);
        q.callbackGasLimit = 1;
        bytes memory req = _signed(q, SENDER_KEY);
        _voids(0, _l2Record(req), req, IRollup.Invalidity.RequestInvalid);
    }

    function test_reportInvalid_trainingKind_succeeds() public {
        IJobInbox.JobRequest memory q = _req(1);
        q.kind = IJobInbox.Kind.Pretrain;
        bytes memory req = _signed(q, SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.kind = IJobInbox.Kind.Pretrain;
        _voids(0, r, req, IRollup.Invalidity.KindUnsupported);
    }

    /// @dev A voided L2 record of a valid request is a serving fault: its penalty goes to the request's sender.
    function test_reportInvalid_penaltyToSender_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        r.outputLen = 1; // early stop without EOS
        r.outputHash = keccak256(_out());
        _proposeL2(0, r, req);
        uint256 stake = rollup.stakeOf();
        vm.prank(reporter);
        rollup.reportInvalid(0, 0, r, new bytes32[](0), _out(), req);
        assertEq(rollup.credit(sender), PENALTY);
        assertEq(rollup.stakeOf(), stake - PENALTY);
        assertEq(rollup.credit(reporter), BOND);
    }

    /// @dev A call starved of gas cannot make a valid request look malformed: it reverts instead.
    function test_reportInvalid_starvedDecode_reverts() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        IRollup.JobRecord memory r = _l2Record(req);
        _proposeL2(0, r, req);
        bytes memory call_ = abi.encodeCall(Rollup.reportInvalid, (0, 0, r, new bytes32[](0), _out(), req));
        for (uint256 g = 20_000; g < 200_000; g += 2_000) {
            (bool ok,) = address(rollup).call{gas: g}(call_);
            assertFalse(ok, "a valid record was voided");
        }
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.None));
    }
}

contract L2Jobs_Blobs_Test is L2Jobs_TestInit {
    /// @dev Proposes a blob batch whose record 0 is an L2 record of `req` and record 1 an L1 job's.
    function _proposeBlobs(bytes memory req) internal returns (IRollup.JobRecord memory r, bytes32[] memory proof) {
        uint64 j = _submit(user, 1 ether);
        r = _l2Record(req);
        IRollup.JobRecord memory l1 = _record(j, _out());
        bytes32[] memory leaves = new bytes32[](2);
        leaves[0] = keccak256(abi.encode(r));
        leaves[1] = keccak256(abi.encode(l1));
        bytes32 c = leaves[1];
        uint64[] memory ids = new uint64[](2);
        ids[1] = j;
        bytes32[] memory h = new bytes32[](1);
        h[0] = bytes32(uint256(0x01) << 248 | 1);
        vm.blobhashes(h);
        vm.prank(sequencer);
        rollup.proposeBlobs{value: 2 * BOND}(0, LibMerkle.computeRoot(leaves), ids);
        proof = new bytes32[](1);
        proof[0] = c;
    }

    function test_resolveData_l2RecordRevealsRequest_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        (IRollup.JobRecord memory r, bytes32[] memory proof) = _proposeBlobs(req);
        vm.prank(reporter);
        rollup.challengeData{value: 0.1 ether}(0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRequest.selector, bytes32(0), r.requestHash));
        rollup.resolveData(0, 0, r, proof, _out(), "");
        vm.expectEmit(address(rollup));
        emit IRollup.DataResolved(0, 0, r, proof, _out(), req);
        rollup.resolveData(0, 0, r, proof, _out(), req);
        vm.warp(rollup.recordDeadline(0, 0) + FINALITY + 1);
        rollup.deliver(0, 0, r, proof, _out(), req);
        assertEq(inbox.balanceOf(sender), 9.5 ether);
    }

    /// @dev propose marks an L2 record's position as proposeBlobs does: a calldata batch's L2 record whose data is
    ///      challenged and not answered (its propose call was built where no watcher reads it) is voided with job
    ///      id 0, charging its sender nothing.
    function test_voidUnavailable_calldataL2Record_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        _proposeL2(0, _l2Record(req), req);
        vm.startPrank(reporter);
        rollup.challengeData{value: 0.1 ether}(0, 0);
        vm.warp(block.timestamp + 1 hours + 1);
        rollup.voidUnavailable(0, 0, 0);
        vm.stopPrank();
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Voided));
        assertEq(rollup.credit(reporter), BOND + 0.1 ether);
        assertEq(inbox.balanceOf(sender), 10 ether, "a voided L2 record charges nothing");
    }

    /// @dev An unresolved L2 position is voided with job id 0; an L1 position cannot be voided as L2.
    function test_voidUnavailable_l2Position_succeeds() public {
        bytes memory req = _signed(_req(1), SENDER_KEY);
        _proposeBlobs(req);
        vm.startPrank(reporter);
        rollup.challengeData{value: 0.1 ether}(0, 0);
        rollup.challengeData{value: 0.1 ether}(0, 1);
        vm.warp(block.timestamp + 1 hours + 1);
        vm.expectRevert(abi.encodeWithSelector(IRollup.JobNotAt.selector, 0, 0, 1));
        rollup.voidUnavailable(0, 1, 0);
        rollup.voidUnavailable(0, 0, 0);
        vm.stopPrank();
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Voided));
        assertEq(rollup.credit(reporter), BOND + 0.1 ether);
    }
}

/// @dev Go and Solidity agree on the request's EIP-712 hashing: these constants are what LibJobRequest computes and
///      internal/jobreq checks against the compiled contract.
contract L2Jobs_Hashing_Test is L2Jobs_TestInit {
    function test_requestDigest_isEip712_succeeds() public view {
        IJobInbox.JobRequest memory q = _req(1);
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("airollup JobInbox"),
                keccak256("1"),
                block.chainid,
                address(inbox)
            )
        );
        assertEq(inbox.domainSeparator(), domain);
        assertEq(inbox.requestDigest(q), keccak256(abi.encodePacked(hex"1901", domain, LibJobRequest.hashStruct(q))));
    }

    /// @dev RecordValidity's copies of JobInbox's limits agree with it.
    function test_limits_matchInbox_succeeds() public view {
        RecordValidity v = rollup.validity();
        assertEq(v.MAX_INPUT_BYTES(), inbox.MAX_INPUT_BYTES());
        assertEq(v.MAX_TOKENS(), inbox.MAX_TOKENS());
        assertEq(v.MAX_TOP_P_MICRO(), inbox.MAX_TOP_P_MICRO());
        assertEq(v.MAX_CALLBACK_GAS(), inbox.MAX_CALLBACK_GAS());
    }
}
