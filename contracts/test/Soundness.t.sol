// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Rollup} from "../src/Rollup.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {RealRollup_TestInit} from "./helpers/RealRollup.sol";

/// @dev The totality invariant (docs/protocol.md, "Soundness") on the real contracts: Rollup, JobInbox,
///      ModelRegistry (with the real TransformerVM as its checker), DisputeGameFactory, DisputeGame and
///      TransformerVM. A fuzzed record — every field either consistent with its job or perturbed, and an arbitrary
///      output, or one that stops early at EOS or breaks early stop — is proposed for a real job; then it must be voidable by reportInvalid or disputable (the factory
///      runs TransformerVM.setup with the challenger's honest setup data and creates the game): never neither. A
///      record that cannot be voided must be disputable, and a consistent record must not be voidable.
contract Soundness_Totality_Test is RealRollup_TestInit {
    uint8 internal constant SPLIT = 5;
    uint8 internal constant MAX = 16;

    function _gameCfg() internal pure override returns (IDisputeGame.GameConfig memory) {
        return IDisputeGame.GameConfig({
            maxDepth: MAX,
            splitDepth: SPLIT,
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

    /// @dev The fuzz inputs: the job, then for each record field a selector (values below a threshold keep the
    ///      consistent value) and a replacement.
    struct Fuzz {
        uint8 promptTail; // prompt tokens after FIRST: 0..2
        uint8 maxTokens; // 1..4
        uint8 outputLen; // 1..maxTokens: fewer than maxTokens stops at EOS
        uint32 tokA;
        uint32 tokB;
        uint256 sel; // one byte of selector per field
        uint256 alt; // replacement material
        bytes output; // an arbitrary output, used when the output selector picks it
    }

    function testFuzz_everyRecordIsDisputableOrVoidable(Fuzz memory f) public {
        uint256 tail = bound(f.promptTail, 0, 2);
        uint32 maxTokens = uint32(bound(f.maxTokens, 1, 4));
        bytes memory prompt = abi.encodePacked(FIRST);
        if (tail > 0) prompt = bytes.concat(prompt, abi.encodePacked(f.tokA % VOCAB));
        if (tail > 1) prompt = bytes.concat(prompt, abi.encodePacked(f.tokB % VOCAB));
        IJobInbox.Params memory params = IJobInbox.Params({
            maxTokens: maxTokens, temperatureMilli: 0, topK: 0, topPMicro: 0, seed: keccak256(abi.encode(f.alt))
        });
        vm.prank(user);
        uint64 jobId =
            uint64(inbox.submit{value: 1 ether}(IJobInbox.Kind.Inference, 1, prompt, 0, params, address(0), 0));

        // The consistent record and output (stopped at the model's EOS when shorter than maxTokens; no EOS before
        // its last token), then perturbations.
        uint32 outputLen = uint32(bound(f.outputLen, 1, maxTokens));
        bytes memory output;
        for (uint256 i; i < outputLen; ++i) {
            uint32 tok = uint32(uint256(keccak256(abi.encode(f.alt, i))) % (VOCAB - 1)); // below EOS = VOCAB − 1
            if (i + 1 == outputLen && (outputLen < maxTokens || f.alt % 2 == 0)) tok = cfg.eos;
            output = bytes.concat(output, abi.encodePacked(tok));
        }
        IRollup.JobRecord memory r = IRollup.JobRecord({
            jobId: jobId,
            kind: IJobInbox.Kind.Inference,
            modelRoot: modelRoot,
            inputHash: keccak256(prompt),
            promptLen: uint32(prompt.length / 4),
            outputLen: outputLen,
            params: params,
            outputHash: bytes32(0),
            residualRoot: keccak256(abi.encode("residual", f.alt)),
            kvRoot: keccak256(abi.encode("kv", f.alt)),
            fee: 0.5 ether,
            requestHash: bytes32(0),
            datasetRoot: bytes32(0),
            newModelRoot: bytes32(0)
        });
        uint256 s = f.sel;
        uint256 a = f.alt;
        if (_pick(s, 0)) r.kind = IJobInbox.Kind(a % 3);
        if (_pick(s, 1)) r.modelRoot = bytes32(a);
        if (_pick(s, 2)) r.inputHash = keccak256(abi.encode(a));
        if (_pick(s, 3)) r.promptLen = uint32(a >> 8) % 12;
        if (_pick(s, 4)) r.outputLen = uint32(a >> 16) % 6;
        if (_pick(s, 5)) r.params.maxTokens = uint32(a >> 24) % 6;
        if (_pick(s, 6)) r.params.temperatureMilli = uint32(a >> 32);
        if (_pick(s, 7)) r.fee = uint128(a >> 40) % 2 ether;
        if (_pick(s, 8)) output = f.output;
        if (_pick(s, 9) && output.length >= 4) output[output.length - 1] = bytes1(uint8(a >> 48)); // maybe ≥ vocab
        if (_pick(s, 10) && output.length >= 8) {
            // an EOS before the last token (TokenAfterEos)
            uint256 at = 4 * ((a >> 56) % (output.length / 4 - 1));
            bytes4 eos = bytes4(cfg.eos);
            for (uint256 i; i < 4; ++i) {
                output[at + i] = eos[i];
            }
        }
        // the last token replaced (an early stop without EOS when the output is shorter than maxTokens)
        if (_pick(s, 11) && output.length >= 4) output[output.length - 1] = bytes1(uint8(a >> 64) % uint8(VOCAB - 1));
        r.outputHash = keccak256(output);

        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = r;
        bytes[] memory outs = new bytes[](1);
        outs[0] = output;
        vm.prank(sequencer);
        rollup.propose{value: 1 ether}(0, recs, outs, new bytes[](recs.length));
        bytes32[] memory proof = new bytes32[](0);

        uint256 snap = vm.snapshotState();
        (bool voidable,) = address(rollup).call(abi.encodeCall(Rollup.reportInvalid, (0, 0, r, proof, output, "")));
        vm.revertToState(snap);
        bytes memory setup = _setup(prompt, output);
        uint256 initBond = factory.initBond();
        vm.prank(attacker);
        (bool disputable,) = address(rollup).call{value: initBond}(
            abi.encodeCall(Rollup.dispute, (0, 0, r, proof, setup, keccak256("challenger's claim")))
        );

        assertTrue(voidable || disputable, "a record that is neither voidable nor disputable");
        bool perturbed;
        for (uint256 i; i < 12; ++i) {
            perturbed = perturbed || _pick(s, i);
        }
        if (!perturbed) {
            assertFalse(voidable, "a consistent record was voidable");
            assertTrue(disputable, "a consistent record was not disputable");
        }
        if (disputable) {
            IDisputeGame g = rollup.gameOf(0, 0);
            assertLe(g.transitions(), uint256(1) << SPLIT, "the game covers the record");
        }
    }

    /// @dev The same campaign for L2 records (docs/protocol.md, "L2 jobs"): a signed request instead of an inbox
    ///      job, with the request perturbed too (a bad signature, an expiry before the proposal, an unknown model, a
    ///      prompt beyond the context, a zero max fee) besides every record field; the record is proposed with the
    ///      request's bytes and must be voidable or disputable, and a consistent one disputable and not voidable.
    function testFuzz_everyL2RecordIsDisputableOrVoidable(Fuzz memory f) public {
        (bytes memory prompt, IJobInbox.JobRequest memory q, bytes memory req) = _l2Request(f);
        (IRollup.JobRecord memory r, bytes memory output) = _l2Record(f, prompt, q, req);

        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = r;
        bytes[] memory outs = new bytes[](1);
        outs[0] = output;
        bytes[] memory reqs = new bytes[](1);
        reqs[0] = req;
        vm.prank(sequencer);
        rollup.propose{value: 1 ether}(0, recs, outs, reqs);

        uint256 snap = vm.snapshotState();
        (bool voidable,) =
            address(rollup).call(abi.encodeCall(Rollup.reportInvalid, (0, 0, r, new bytes32[](0), output, req)));
        vm.revertToState(snap);
        bool disputable = _disputes(r, prompt, output);

        assertTrue(voidable || disputable, "an L2 record that is neither voidable nor disputable");
        bool perturbed;
        for (uint256 i; i < 18; ++i) {
            perturbed = perturbed || _pick(f.sel, i);
        }
        if (!perturbed) {
            assertFalse(voidable, "a consistent L2 record was voidable");
            assertTrue(disputable, "a consistent L2 record was not disputable");
        }
    }

    /// @dev Whether the attacker can dispute record 0 of batch 0.
    function _disputes(IRollup.JobRecord memory r, bytes memory prompt, bytes memory output)
        internal
        returns (bool ok)
    {
        uint256 initBond = factory.initBond();
        bytes memory setup = _setup(prompt, output);
        vm.prank(attacker);
        (ok,) = address(rollup).call{value: initBond}(
            abi.encodeCall(Rollup.dispute, (0, 0, r, new bytes32[](0), setup, keccak256("challenger's claim")))
        );
    }

    /// @dev The fuzzed prompt and a request of it, perturbed by selectors 12 to 17, signed.
    function _l2Request(Fuzz memory f)
        internal
        view
        returns (bytes memory prompt, IJobInbox.JobRequest memory q, bytes memory req)
    {
        uint256 tail = bound(f.promptTail, 0, 2);
        prompt = abi.encodePacked(FIRST);
        if (tail > 0) prompt = bytes.concat(prompt, abi.encodePacked(f.tokA % VOCAB));
        if (tail > 1) prompt = bytes.concat(prompt, abi.encodePacked(f.tokB % VOCAB));
        uint256 s = f.sel;
        uint256 a = f.alt;
        uint256 key = 0xA11CE;
        q.sender = vm.addr(key);
        q.kind = IJobInbox.Kind.Inference;
        q.modelId = modelId;
        q.input = prompt;
        q.params = IJobInbox.Params({
            maxTokens: uint32(bound(f.maxTokens, 1, 4)),
            temperatureMilli: 0,
            topK: 0,
            topPMicro: 0,
            seed: keccak256(abi.encode(a))
        });
        q.maxFee = 1 ether;
        q.nonce = uint64(a);
        q.expiry = uint64(block.timestamp + 1 hours);
        if (_pick(s, 12)) q.expiry = uint64(block.timestamp - 1 - (a >> 72) % 100);
        if (_pick(s, 13)) q.modelId = uint64(a >> 80) % 4;
        if (_pick(s, 14)) q.params.maxTokens = CONTEXT + uint32(a >> 88) % 3;
        if (_pick(s, 15)) q.maxFee = 0;
        if (_pick(s, 17)) key = 0xB0B; // signed by someone else in the sender's name
        (uint8 v, bytes32 sr, bytes32 ss) = vm.sign(key, inbox.requestDigest(q));
        bytes memory sig = abi.encodePacked(sr, ss, v);
        if (_pick(s, 16)) sig[64] = bytes1(uint8(a >> 96)); // maybe not 27 or 28
        req = abi.encode(q, sig);
    }

    /// @dev The record of request `q` (bytes `req`) and its output, perturbed as the L1 campaign's, and an L2 record
    ///      that names a job (selector 10).
    function _l2Record(Fuzz memory f, bytes memory prompt, IJobInbox.JobRequest memory q, bytes memory req)
        internal
        view
        returns (IRollup.JobRecord memory r, bytes memory output)
    {
        uint256 s = f.sel;
        uint256 a = f.alt;
        uint32 maxTokens = uint32(bound(f.maxTokens, 1, 4));
        uint32 outputLen = uint32(bound(f.outputLen, 1, maxTokens));
        for (uint256 i; i < outputLen; ++i) {
            uint32 tok = uint32(uint256(keccak256(abi.encode(a, i))) % (VOCAB - 1));
            if (i + 1 == outputLen && (outputLen < maxTokens || a % 2 == 0)) tok = cfg.eos;
            output = bytes.concat(output, abi.encodePacked(tok));
        }
        r = _record(0, output);
        r.inputHash = keccak256(prompt);
        r.promptLen = uint32(prompt.length / 4);
        r.outputLen = outputLen;
        r.params = q.params;
        r.params.maxTokens = maxTokens;
        r.requestHash = keccak256(req);
        if (_pick(s, 0)) r.kind = IJobInbox.Kind(a % 3);
        if (_pick(s, 1)) r.modelRoot = bytes32(a);
        if (_pick(s, 2)) r.inputHash = keccak256(abi.encode(a));
        if (_pick(s, 3)) r.promptLen = uint32(a >> 8) % 12;
        if (_pick(s, 4)) r.outputLen = uint32(a >> 16) % 6;
        if (_pick(s, 5)) r.params.maxTokens = uint32(a >> 24) % 6;
        if (_pick(s, 6)) r.params.temperatureMilli = uint32(a >> 32);
        if (_pick(s, 7)) r.fee = uint128(a >> 40) % 2 ether;
        if (_pick(s, 8)) output = f.output;
        if (_pick(s, 9) && output.length >= 4) output[output.length - 1] = bytes1(uint8(a >> 48));
        if (_pick(s, 11) && output.length >= 4) output[output.length - 1] = bytes1(uint8(a >> 64) % uint8(VOCAB - 1));
        if (_pick(s, 10)) r.jobId = uint64(a >> 104) % 3; // an L2 record naming a job
        r.outputHash = keccak256(output);
    }

    /// @dev Whether field i's selector byte picks the perturbation (one time in four).
    function _pick(uint256 sel, uint256 i) internal pure returns (bool) {
        return (sel >> (8 * i)) & 0xff < 64;
    }
}
