// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IOneStepTypes} from "../src/interfaces/IOneStepVerifier.sol";
import {IOneStepVerifier} from "../src/interfaces/IOneStepVerifier.sol";
import {TransformerVM} from "../src/TransformerVM.sol";
import {TestModels} from "./helpers/TestModels.sol";
import {Test} from "forge-std/Test.sol";
import {Rollup_TestInit, Rollup_Merkle, Rollup_MockGame} from "./Rollup.t.sol";

// The fourth audit attacked early stop at EOS (docs/protocol.md, "Early stop"): a record's output may end before
// maxTokens only at its model's EOS, which the model root's metadata leaf commits. Each test replays one attack
// through the Rollup (or the real TransformerVM as the registry's checker) and shows that it fails, or that the
// honest record it targets stands.

contract Audit4_EarlyStop_Test is Rollup_TestInit {
    /// @dev The fixture model's EOS (TestModels.config: the last token).
    uint32 internal constant EOS = VOCAB - 1;

    /// @dev A one-record calldata batch over a fresh job of MODEL (maxTokens 2) with `out` as its output.
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

    /// @notice An honest record that reaches maxTokens on the EOS (the model chose EOS at the last position) is
    ///         neither voidable as an early-stop breach nor refused at delivery.
    function test_eosAtMaxTokens_isDelivered_succeeds() public {
        bytes memory out = abi.encodePacked(uint32(5), EOS);
        (uint64 b, IRollup.JobRecord memory r) = _batch(out);
        assertEq(r.outputLen, r.params.maxTokens);
        bytes32[] memory proof = _proof(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordValid.selector, b, 0));
        rollup.reportInvalid(b, 0, r, proof, out, "");
        _closeWindow(b);
        rollup.deliver(b, 0, r, proof, out, "");
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Delivered));
        _assertConserved();
    }

    /// @notice A record that runs on past an EOS the model chose agrees with the model at every step, so it wins its
    ///         game; surviving the game does not launder it: deliver still refuses it and reportInvalid still voids
    ///         it (TokenAfterEos), paying the reporter and refunding the user.
    function test_survivedGame_doesNotLaunderTokenAfterEos_succeeds() public {
        bytes memory out = abi.encodePacked(EOS, uint32(5));
        (uint64 b, IRollup.JobRecord memory r) = _batch(out);
        Rollup_MockGame g = _dispute(b, 0);
        g.resolveAs(IDisputeGame.GameStatus.DEFENDER_WINS, address(0));
        _settle(b, 0);
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.None));
        _closeWindow(b);
        bytes32[] memory proof = _proof(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.InvalidRecord.selector, b, 0, IRollup.Invalidity.TokenAfterEos));
        rollup.deliver(b, 0, r, proof, out, "");
        vm.prank(carol);
        rollup.reportInvalid(b, 0, r, proof, out, "");
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(inbox.statusOf(r.jobId)), uint8(IJobInbox.Status.Refunded));
        assertEq(rollup.credit(carol), BOND);
        _assertConserved();
    }

    /// @notice A withheld blob record that stops early without the EOS: answering the data challenge reveals the
    ///         output, which voids the record; the proposer cannot deliver it instead.
    function test_blobEarlyStopWithoutEos_revealedIsVoided_succeeds() public {
        uint64 j = _submit(1 ether, address(0), 0);
        bytes memory out = abi.encodePacked(uint32(5)); // 1 of maxTokens 2, not the EOS
        IRollup.JobRecord memory r = _rec(j, 0.5 ether, out);
        r.outputLen = 1;
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

        vm.prank(bob);
        rollup.challengeData{value: DATA_BOND}(b, 0);
        bytes32[] memory proof = _proof(b, 0);
        vm.prank(sequencer);
        rollup.resolveData(b, 0, r, proof, out, "");
        _closeWindow(b);
        vm.expectRevert(
            abi.encodeWithSelector(IRollup.InvalidRecord.selector, b, 0, IRollup.Invalidity.EarlyStopWithoutEos)
        );
        rollup.deliver(b, 0, r, proof, out, "");
        vm.prank(bob);
        rollup.reportInvalid(b, 0, r, proof, out, "");
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Refunded));
        assertEq(rollup.credit(bob), BOND);
        _assertConserved();
    }

    /// @notice For a model without an EOS (NO_EOS), no token stops a job: the fixture's EOS id is an ordinary token,
    ///         a full-length output of it is delivered and a shorter one ending in it is voided.
    function test_noEosModel_neverStopsEarly_succeeds() public {
        IOneStepTypes.ModelConfig memory c = TestModels.config(VOCAB, CONTEXT);
        c.eos = type(uint32).max;
        (bytes32 root, bytes32[] memory metaProof,) = TestModels.build(c, checker.modelLeafCount(c), 1, keccak256(ROW));
        uint64 model = uint64(models.register(root, c, metaProof, "no-eos"));
        assertEq(models.summary(model).eos, rollup.validity().NO_EOS());

        bytes[] memory outs = new bytes[](2);
        outs[0] = abi.encodePacked(EOS, EOS); // maxTokens tokens: valid
        outs[1] = abi.encodePacked(EOS); // shorter: no EOS to stop at
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](2);
        for (uint256 i; i < 2; ++i) {
            vm.prank(alice);
            uint64 j = uint64(
                inbox.submit{value: 1 ether}(IJobInbox.Kind.Inference, model, PROMPT, 0, _params(), address(0), 0)
            );
            recs[i] = _rec(j, 0.5 ether, outs[i]);
            recs[i].modelRoot = root;
            recs[i].outputLen = uint32(outs[i].length / 4);
        }
        uint64 b = _propose(recs, outs);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordValid.selector, b, 0));
        rollup.reportInvalid(b, 0, recs[0], _proof(b, 0), outs[0], "");
        vm.expectEmit(address(rollup));
        emit IRollup.RecordInvalid(b, 1, recs[1].jobId, IRollup.Invalidity.EarlyStopWithoutEos);
        vm.prank(carol);
        rollup.reportInvalid(b, 1, recs[1], _proof(b, 1), outs[1], "");
        _closeWindow(b);
        _deliver(b, 0);
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Delivered));
        _assertConserved();
    }
}

/// @notice The registry's checker (the real TransformerVM): the EOS a model's jobs stop at is the one its root's
///         metadata leaf commits, below the vocabulary or NO_EOS; a registrant cannot claim another.
contract Audit4_ModelEos_Test is Test {
    TransformerVM internal tvm;

    function setUp() public {
        tvm = new TransformerVM(IOneStepVerifier(address(0)));
    }

    function _root(IOneStepTypes.ModelConfig memory c) internal view returns (bytes32 root, bytes32[] memory proof) {
        (root, proof,) = TestModels.build(c, tvm.modelLeafCount(c), 1, bytes32(0));
    }

    function test_checkModelConfig_eosBelowVocabOrNone_succeeds() public view {
        IOneStepTypes.ModelConfig memory c = TestModels.config(512, 8);
        for (uint256 i; i < 3; ++i) {
            c.eos = i == 0 ? 0 : i == 1 ? 511 : type(uint32).max;
            (bytes32 root, bytes32[] memory proof) = _root(c);
            tvm.checkModelConfig(c, root, proof);
        }
    }

    function test_checkModelConfig_eosOutsideVocab_reverts() public {
        IOneStepTypes.ModelConfig memory c = TestModels.config(512, 8);
        c.eos = 511; // a root built with a valid config, so only the EOS can fail
        (bytes32 root, bytes32[] memory proof) = _root(c);
        uint32[3] memory bad = [uint32(512), uint32(1 << 21), type(uint32).max - 1];
        for (uint256 i; i < bad.length; ++i) {
            c.eos = bad[i];
            vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.InvalidConfig.selector, "eos"));
            tvm.checkModelConfig(c, root, proof);
        }
    }

    /// @notice Registering a root under a configuration whose EOS is not the one its metadata leaf commits fails.
    function test_checkModelConfig_otherEosThanTheRoots_reverts() public {
        IOneStepTypes.ModelConfig memory c = TestModels.config(512, 8);
        (bytes32 root, bytes32[] memory proof) = _root(c);
        c.eos = type(uint32).max;
        vm.expectRevert(abi.encodeWithSelector(IOneStepTypes.ConfigNotInModel.selector, root));
        tvm.checkModelConfig(c, root, proof);
    }
}
