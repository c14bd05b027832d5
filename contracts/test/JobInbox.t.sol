// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {IRollupClock, JobInbox} from "../src/JobInbox.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {DatasetRegistry} from "../src/DatasetRegistry.sol";
import {IDatasetRegistry} from "../src/interfaces/IDatasetRegistry.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";
import {IOneStepTypes} from "../src/interfaces/IOneStepVerifier.sol";
import {ModelCheckerStub, TestModels} from "./helpers/TestModels.sol";

/// @dev Refuses every ETH transfer.
contract JobInbox_Rejecter {
    receive() external payable {
        revert("no");
    }
}

/// @dev On receiving ETH, tries to withdraw again from the inbox (a reentrancy attempt).
contract JobInbox_Reentrant {
    JobInbox internal immutable inbox;

    constructor(JobInbox inbox_) {
        inbox = inbox_;
    }

    /// @dev Deposits msg.value and asks to withdraw it.
    function depositAndRequest() external payable {
        inbox.deposit{value: msg.value}();
        inbox.requestWithdrawal(msg.value);
    }

    /// @dev Withdraws what was requested.
    function withdraw() external {
        inbox.withdraw();
    }

    receive() external payable {
        inbox.withdraw();
    }
}

/// @dev A rollup as the inbox sees it (IRollupClock), every answer settable; accepts ETH (charges).
///      pausedBlocks counts like the Rollup's: a settable base (pauses that ended before), plus the blocks of each
///      pause()..unpause(), plus those of the current pause. unservable is set per model. deliverableAt answers the
///      value set for the record, else a settable default; or reverts when told to (as the Rollup does for an unknown
///      batch). datasets is settable.
contract JobInbox_Clock is IRollupClock {
    IDatasetRegistry public datasets;
    uint256 public pausedBase;
    bool public paused;
    uint256 public pausedAt;
    uint256 public defaultDeliverableAt;
    bool public deliverableReverts;
    mapping(uint256 modelId => bool) internal _unservable;
    mapping(uint256 batchIndex => mapping(uint256 recordIndex => uint256)) internal _deliverableAt;
    mapping(uint256 batchIndex => mapping(uint256 recordIndex => bool)) internal _deliverableSet;
    /// @dev The training VM this clock's factory (itself) reports: non-zero by default, so training jobs are accepted.
    address public trainingVM = address(0x7a);

    function setTrainingVM(address v) external {
        trainingVM = v;
    }

    /// @dev The rollup's factory: this contract, answering trainingVM().
    function factory() external view returns (address) {
        return address(this);
    }

    function setPausedBlocks(uint256 n) external {
        pausedBase = n;
    }

    function pause() external {
        require(!paused, "paused");
        paused = true;
        pausedAt = block.number;
    }

    function unpause() external {
        require(paused, "not paused");
        paused = false;
        pausedBase += block.number - pausedAt;
    }

    function setDatasets(IDatasetRegistry d) external {
        datasets = d;
    }

    function setUnservable(uint256 modelId, bool u) external {
        _unservable[modelId] = u;
    }

    function setDefaultDeliverableAt(uint256 t) external {
        defaultDeliverableAt = t;
    }

    function setDeliverableAt(uint256 batchIndex, uint256 recordIndex, uint256 t) external {
        _deliverableAt[batchIndex][recordIndex] = t;
        _deliverableSet[batchIndex][recordIndex] = true;
    }

    function setDeliverableReverts(bool r) external {
        deliverableReverts = r;
    }

    function pausedBlocks() external view returns (uint256) {
        return pausedBase + (paused ? block.number - pausedAt : 0);
    }

    function unservable(uint256 modelId) external view returns (bool) {
        return _unservable[modelId];
    }

    function deliverableAt(uint256 batchIndex, uint256 recordIndex) external view returns (uint256) {
        if (deliverableReverts) revert("unknown batch");
        return _deliverableSet[batchIndex][recordIndex] ? _deliverableAt[batchIndex][recordIndex] : defaultDeliverableAt;
    }

    receive() external payable {}
}

/// @dev A rollup contract without functions or fallback: every call to it reverts, without data.
contract JobInbox_Mute {
    receive() external payable {}
}

/// @dev A rollup contract whose every IRollupClock read reverts.
contract JobInbox_RevertingClock is IRollupClock {
    function pausedBlocks() external pure returns (uint256) {
        revert("down");
    }

    function datasets() external pure returns (IDatasetRegistry) {
        revert("down");
    }

    function factory() external pure returns (address) {
        revert("down");
    }

    function unservable(uint256) external pure returns (bool) {
        revert("down");
    }

    function deliverableAt(uint256, uint256) external pure returns (uint256) {
        revert("down");
    }
}

/// @dev A rollup contract that answers every call with `size` (at most 64) bytes of 0xff: read as words, a
///      pausedBlocks of type(uint256).max, an unservable model and a record never deliverable, so that a misread shows.
contract JobInbox_OddClock {
    uint256 internal immutable size;

    constructor(uint256 size_) {
        size = size_;
    }

    fallback() external payable {
        uint256 n = size;
        assembly ("memory-safe") {
            mstore(0x00, not(0))
            mstore(0x20, not(0))
            return(0x00, n)
        }
    }
}

/// @dev A rollup contract that spins on every call until it runs out of gas.
contract JobInbox_GreedyClock {
    fallback() external payable {
        assembly ("memory-safe") {
            for {} 1 {} {}
        }
    }
}

/// @dev Shared fixture: a ModelRegistry (over a ModelCheckerStub) holding model MODEL (VOCAB tokens, CONTEXT
///      positions, with a row ROW_DATA at leaf ROW that the stub can be told to refuse), and a fresh inbox whose rollup
///      is a JobInbox_Clock (never paused, no model unservable, every record deliverable from T0), with an inclusion
///      window of WINDOW blocks and a delivery window of DELIVERY seconds; and a valid inference job description.
abstract contract JobInbox_TestInit is Test {
    JobInbox internal inbox;
    ModelCheckerStub internal checker;
    ModelRegistry internal models;
    JobInbox_Clock internal clock;
    address internal rollup;
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal payee = makeAddr("payee");
    address internal dapp = makeAddr("dapp");

    uint64 internal constant WINDOW = 5;
    uint64 internal constant DELIVERY = 1 days;
    uint64 internal constant MODEL = 1;
    uint32 internal constant VOCAB = 1000;
    uint32 internal constant CONTEXT = 512;
    uint256 internal constant FEE = 1 ether;
    uint256 internal constant T0 = 1_700_000_000;
    uint256 internal constant ROW = 1;
    bytes internal constant ROW_DATA = hex"7c00";
    /// @dev Two tokens, 5 and 7, as big-endian uint32 ids.
    bytes internal constant PROMPT = hex"0000000500000007";
    uint32 internal constant PROMPT_LEN = 2;
    uint256 internal constant MAX = type(uint256).max;

    /// @dev The opening of ROW_DATA at ROW in MODEL's root.
    bytes32[] internal rowProof;

    function setUp() public virtual {
        vm.roll(100);
        vm.warp(T0);
        checker = new ModelCheckerStub();
        models = new ModelRegistry(checker, 18, 38);
        uint64 id;
        (id, rowProof) = _registerModel(VOCAB, CONTEXT, keccak256("tokenizer"));
        assertEq(id, MODEL);
        clock = new JobInbox_Clock();
        clock.setDefaultDeliverableAt(T0);
        rollup = address(clock);
        inbox = new JobInbox(rollup, models, WINDOW, DELIVERY, 30 days);
        vm.deal(alice, 1000 ether);
        vm.deal(bob, 1000 ether);
    }

    /// @dev Registers a model of `vocab` tokens and `context` positions (tokenizer hash `tok`, to vary the root);
    ///      returns its id and the opening of ROW_DATA at ROW.
    function _registerModel(uint32 vocab, uint32 context, bytes32 tok)
        internal
        returns (uint64 id, bytes32[] memory proof)
    {
        IOneStepTypes.ModelConfig memory c = TestModels.config(vocab, context);
        c.tokenizerHash = tok;
        bytes32 root;
        bytes32[] memory metaProof;
        (root, metaProof, proof) = TestModels.build(c, checker.modelLeafCount(c), ROW, keccak256(ROW_DATA));
        id = uint64(models.register(root, c, metaProof, "http://127.0.0.1:8545/models/test.gguf"));
    }

    /// @dev Shows model `id` refused (its row ROW_DATA at ROW, which the stub is told to refuse).
    function _refuse(uint64 id, bytes32[] memory proof) internal {
        checker.setRefuse(true);
        models.reportRefusedRow(id, ROW, ROW_DATA, proof);
    }

    function _params() internal pure returns (IJobInbox.Params memory) {
        return IJobInbox.Params({
            maxTokens: 256, temperatureMilli: 700, topK: 40, topPMicro: 950_000, seed: keccak256("seed")
        });
    }

    /// @dev `ids` as big-endian uint32 token ids.
    function _tokens(uint32[] memory ids) internal pure returns (bytes memory b) {
        for (uint256 i; i < ids.length; ++i) {
            b = bytes.concat(b, bytes4(ids[i]));
        }
    }

    /// @dev Submits the standard inference job from alice with a callback.
    function _submit() internal returns (uint256) {
        vm.prank(alice);
        return inbox.submit{value: FEE}(IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), dapp, 100_000);
    }

    /// @dev Submits an inference job of `input` with `p` from alice, with no callback.
    function _submitInput(bytes memory input, IJobInbox.Params memory p) internal returns (uint256) {
        vm.prank(alice);
        return inbox.submit{value: FEE}(IJobInbox.Kind.Inference, MODEL, input, 0, p, address(0), 0);
    }

    /// @dev Submits a job with the given arguments from alice, expecting `err`.
    function _expectSubmitRevert(
        IJobInbox.Kind kind,
        uint64 modelId,
        bytes memory input,
        uint64 datasetId,
        IJobInbox.Params memory p,
        address callback,
        uint32 gasLimit,
        bytes memory err
    ) internal {
        vm.prank(alice);
        vm.expectRevert(err);
        inbox.submit{value: FEE}(kind, modelId, input, datasetId, p, callback, gasLimit);
    }

    /// @dev Submits an inference job of `input` on `modelId` with `p` from alice, expecting `err`.
    function _expectPromptRevert(uint64 modelId, bytes memory input, IJobInbox.Params memory p, bytes memory err)
        internal
    {
        _expectSubmitRevert(IJobInbox.Kind.Inference, modelId, input, 0, p, address(0), 0, err);
    }

    /// @dev Marks job `id` included by record 0 of batch 0.
    function _include(uint256 id) internal {
        vm.prank(rollup);
        inbox.markIncluded(id, 0, 0);
    }

    /// @dev Marks job `id` included by record `record` of batch `batch`, at the current time.
    function _includeBy(uint256 id, uint64 batch, uint32 record) internal {
        vm.prank(rollup);
        inbox.markIncluded(id, batch, record);
    }

    /// @dev Submits the standard job to `other` from alice, without a callback.
    function _submitTo(JobInbox other) internal returns (uint256) {
        vm.prank(alice);
        return other.submit{value: FEE}(IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), address(0), 0);
    }

    /// @dev Against a fresh inbox whose rollup `r` does not answer (no code, reverts, runs out of gas, or answers
    ///      other than one word): submissions are accepted and record 0 paused blocks, a pending job's fault counts
    ///      every block since its submission, and an included job's deadline is DELIVERY after its inclusion.
    function _checkNoAnswer(address r) internal {
        JobInbox other = new JobInbox(r, models, WINDOW, DELIVERY, 30 days);
        uint256 a = _submitTo(other);
        uint256 b = _submitTo(other);
        assertEq(other.job(a).pausedBlocksAtSubmit, 0);

        vm.roll(100 + WINDOW + 1);
        vm.expectEmit(address(other));
        emit IJobInbox.JobOverdue(a, true);
        other.refundOverdue(a);
        assertTrue(other.isForceRefunded(a));

        vm.warp(T0 + 100);
        vm.prank(r);
        other.markIncluded(b, 4, 2);
        uint256 deadline = T0 + 100 + DELIVERY;
        assertEq(other.deliveryDeadline(b), deadline);
        vm.warp(deadline);
        assertFalse(other.isOverdue(b));
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, b, deadline));
        other.refundOverdue(b);
        vm.warp(deadline + 1);
        assertTrue(other.isOverdue(b));
        vm.expectEmit(address(other));
        emit IJobInbox.JobOverdue(b, true);
        other.refundOverdue(b);
        assertTrue(other.isForceRefunded(b));
        assertEq(other.escrowed(), 0);
        assertEq(address(other).balance, 0);
    }

    function _assertConserved() internal view {
        assertEq(address(inbox).balance, inbox.totalBalances() + inbox.escrowed());
    }
}

contract JobInbox_Constructor_Test is JobInbox_TestInit {
    function test_constructor_setsFields_succeeds() public view {
        assertEq(inbox.rollup(), rollup);
        assertEq(address(inbox.models()), address(models));
        assertEq(inbox.inclusionWindow(), WINDOW);
        assertEq(inbox.deliveryWindow(), DELIVERY);
        assertEq(inbox.jobCount(), 0);
        assertEq(inbox.escrowed(), 0);
        assertEq(inbox.totalBalances(), 0);
        assertEq(inbox.includedCount(), 0);
    }

    function test_constructor_zeroRollup_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "rollup"));
        new JobInbox(address(0), models, WINDOW, DELIVERY, 30 days);
    }

    function test_constructor_zeroModels_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "models"));
        new JobInbox(rollup, IModelRegistry(address(0)), WINDOW, DELIVERY, 30 days);
    }

    /// @dev A registry without code would make every submission revert undecodably.
    function test_constructor_modelsWithoutCode_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "models"));
        new JobInbox(rollup, IModelRegistry(makeAddr("eoa-models")), WINDOW, DELIVERY, 30 days);
    }

    /// @dev The rollup is not required to have code (it is only read through guarded calls).
    function test_constructor_eoaRollup_succeeds() public {
        address r = makeAddr("eoa-rollup");
        JobInbox other = new JobInbox(r, models, WINDOW, DELIVERY, 30 days);
        assertEq(other.rollup(), r);
    }

    function test_constructor_zeroWindow_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "inclusionWindow"));
        new JobInbox(rollup, models, 0, DELIVERY, 30 days);
    }

    function test_constructor_zeroDeliveryWindow_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "deliveryWindow"));
        new JobInbox(rollup, models, WINDOW, 0, 30 days);
    }

    function test_constructor_zeroWithdrawalDelay_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "withdrawalDelay"));
        new JobInbox(rollup, models, WINDOW, DELIVERY, 0);
    }
}

contract JobInbox_Submit_Test is JobInbox_TestInit {
    function test_submit_inference_storesJobAndEmits_succeeds() public {
        IJobInbox.Params memory p = _params();
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobSubmitted(
            1, alice, IJobInbox.Kind.Inference, MODEL, keccak256(PROMPT), PROMPT, 0, p, 1 ether, dapp, 100_000
        );
        uint256 id = _submit();

        assertEq(id, 1);
        assertEq(inbox.jobCount(), 1);
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(j.submitter, alice);
        assertEq(uint8(j.kind), uint8(IJobInbox.Kind.Inference));
        assertEq(j.modelId, MODEL);
        assertEq(j.inputHash, keccak256(PROMPT));
        assertEq(j.datasetId, 0);
        assertEq(j.params.maxTokens, p.maxTokens);
        assertEq(j.params.temperatureMilli, p.temperatureMilli);
        assertEq(j.params.topK, p.topK);
        assertEq(j.params.topPMicro, p.topPMicro);
        assertEq(j.params.seed, p.seed);
        assertEq(j.maxFee, FEE);
        assertEq(j.callback, dapp);
        assertEq(j.callbackGasLimit, 100_000);
        assertEq(j.submittedAt, 100);
        assertEq(uint8(j.status), uint8(IJobInbox.Status.Pending));
        assertEq(j.promptLen, PROMPT_LEN);
        assertEq(j.includedBatch, 0);
        assertEq(j.includedRecord, 0);
        assertEq(j.includedAt, 0);
        assertEq(j.pausedBlocksAtSubmit, 0);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Pending));
        assertEq(inbox.escrowed(), FEE);
        assertEq(inbox.includedCount(), 0);
        assertEq(address(inbox).balance, FEE);
        _assertConserved();
    }

    function test_submit_idsIncrease_succeeds() public {
        assertEq(_submit(), 1);
        assertEq(_submit(), 2);
        assertEq(_submit(), 3);
        assertEq(inbox.jobCount(), 3);
        assertEq(inbox.escrowed(), 3 * FEE);
    }

    function test_submit_limits_succeeds() public {
        (uint64 big,) = _registerModel(VOCAB, 16_384, keccak256("big"));
        IJobInbox.Params memory p = _params();
        p.maxTokens = 8192;
        p.topPMicro = 1_000_000;
        vm.prank(alice);
        uint256 id = inbox.submit{value: 1}(IJobInbox.Kind.Inference, big, new bytes(32 * 1024), 0, p, dapp, 2_000_000);
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(j.maxFee, 1);
        assertEq(j.params.maxTokens, 8192);
        assertEq(j.callbackGasLimit, 2_000_000);
        assertEq(j.promptLen, 8192);
    }

    function test_submit_oneToken_succeeds() public {
        uint256 id = _submitInput(hex"00000000", _params());
        assertEq(inbox.job(id).promptLen, 1);
    }

    function test_submit_zeroFee_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "maxFee"));
        inbox.submit(IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), address(0), 0);
    }

    function test_submit_feeOverUint128_reverts() public {
        uint256 huge = uint256(type(uint128).max) + 1;
        vm.deal(alice, huge);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "maxFee", huge, 1, type(uint128).max));
        inbox.submit{value: huge}(IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), address(0), 0);
    }

    /// @dev A training kind takes a training configuration, not a prompt: a valid inference job of that kind is
    ///      refused (its sampling fields first, then its input's length).
    function test_submit_fineTuneValidPrompt_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.FineTune,
            MODEL,
            PROMPT,
            0,
            _params(),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "temperatureMilli", 700, 0, 0)
        );
        IJobInbox.Params memory p;
        p.maxTokens = 4;
        _expectSubmitRevert(
            IJobInbox.Kind.FineTune,
            MODEL,
            PROMPT,
            0,
            p,
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.WrongLength.selector, "input", PROMPT.length, 152)
        );
        assertEq(inbox.jobCount(), 0);
    }

    function test_submit_zeroModel_reverts() public {
        _expectPromptRevert(0, PROMPT, _params(), abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, 0));
    }

    function test_submit_unknownModel_reverts() public {
        _expectPromptRevert(
            MODEL + 1, PROMPT, _params(), abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, MODEL + 1)
        );
    }

    function test_submit_refusedModel_reverts() public {
        _refuse(MODEL, rowProof);
        _expectPromptRevert(MODEL, PROMPT, _params(), abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, MODEL));
        assertEq(inbox.jobCount(), 0);
    }

    /// @dev Refusing one model leaves the others usable.
    function test_submit_otherModelAfterRefusal_succeeds() public {
        (uint64 other, bytes32[] memory proof) = _registerModel(VOCAB, CONTEXT, keccak256("other"));
        _refuse(other, proof);
        assertEq(inbox.job(_submit()).modelId, MODEL);
    }

    /// @dev A model the rollup's sequencer declared unservable takes no new jobs.
    function test_submit_unservableModel_reverts() public {
        clock.setUnservable(MODEL, true);
        _expectPromptRevert(MODEL, PROMPT, _params(), abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, MODEL));
        assertEq(inbox.jobCount(), 0);
        assertEq(inbox.escrowed(), 0);
    }

    /// @dev Unservability is checked with the model, before the prompt's fit and tokens.
    function test_submit_unservableModelBadPrompt_reverts() public {
        clock.setUnservable(MODEL, true);
        IJobInbox.Params memory p = _params();
        p.maxTokens = CONTEXT;
        _expectPromptRevert(
            MODEL, abi.encodePacked(uint32(VOCAB)), p, abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, MODEL)
        );
    }

    /// @dev Declaring one model unservable leaves the others usable.
    function test_submit_otherModelUnservable_succeeds() public {
        (uint64 other,) = _registerModel(VOCAB, CONTEXT, keccak256("other"));
        clock.setUnservable(other, true);
        assertEq(inbox.job(_submit()).modelId, MODEL);
        _expectPromptRevert(other, PROMPT, _params(), abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, other));
    }

    /// @dev A model declared unservable after a submission leaves the pending job as it was: still refundable.
    function test_submit_unservableAfterSubmit_succeeds() public {
        uint256 id = _submit();
        clock.setUnservable(MODEL, true);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Pending));
        vm.roll(100 + WINDOW + 1);
        inbox.refundOverdue(id);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Refunded));
    }

    /// @dev The job records the rollup's paused blocks at submission.
    function test_submit_recordsPausedBlocks_succeeds() public {
        clock.setPausedBlocks(42);
        assertEq(inbox.job(_submit()).pausedBlocksAtSubmit, 42);
    }

    /// @dev During a pause, the paused blocks recorded include the current pause's so far.
    function test_submit_duringPause_succeeds() public {
        clock.setPausedBlocks(7);
        vm.roll(90);
        clock.pause();
        vm.roll(100);
        assertEq(inbox.job(_submit()).pausedBlocksAtSubmit, 17);
    }

    /// @dev A rollup that does not answer neither blocks submissions nor records paused blocks.
    function test_submit_rollupNoAnswer_succeeds() public {
        address[6] memory rs = [
            makeAddr("eoa-rollup"),
            address(new JobInbox_Mute()),
            address(new JobInbox_RevertingClock()),
            address(new JobInbox_OddClock(0)),
            address(new JobInbox_OddClock(31)),
            address(new JobInbox_OddClock(64))
        ];
        for (uint256 i; i < rs.length; ++i) {
            JobInbox other = new JobInbox(rs[i], models, WINDOW, DELIVERY, 30 days);
            uint256 id = _submitTo(other);
            IJobInbox.Job memory j = other.job(id);
            assertEq(j.pausedBlocksAtSubmit, 0);
            assertEq(uint8(j.status), uint8(IJobInbox.Status.Pending));
        }
    }

    function test_submit_emptyInput_reverts() public {
        _expectPromptRevert(
            MODEL, "", _params(), abi.encodeWithSelector(IJobInbox.InvalidLength.selector, "input", 0, 32 * 1024)
        );
    }

    function test_submit_inputNotWholeTokens_reverts() public {
        _expectPromptRevert(
            MODEL,
            hex"0000000500",
            _params(),
            abi.encodeWithSelector(IJobInbox.InvalidLength.selector, "input", 5, 32 * 1024)
        );
    }

    function test_submit_inputShorterThanToken_reverts() public {
        _expectPromptRevert(
            MODEL,
            hex"000005",
            _params(),
            abi.encodeWithSelector(IJobInbox.InvalidLength.selector, "input", 3, 32 * 1024)
        );
    }

    function test_submit_longInput_reverts() public {
        _expectPromptRevert(
            MODEL,
            new bytes(32 * 1024 + 4),
            _params(),
            abi.encodeWithSelector(IJobInbox.InvalidLength.selector, "input", 32 * 1024 + 4, 32 * 1024)
        );
    }

    function test_submit_longInputNotWholeTokens_reverts() public {
        _expectPromptRevert(
            MODEL,
            new bytes(32 * 1024 + 1),
            _params(),
            abi.encodeWithSelector(IJobInbox.InvalidLength.selector, "input", 32 * 1024 + 1, 32 * 1024)
        );
    }

    /// @dev The input's length is checked before the model: a malformed prompt on an unknown model reports the prompt.
    function test_submit_inputCheckedBeforeModel_reverts() public {
        _expectPromptRevert(
            MODEL + 1,
            hex"00",
            _params(),
            abi.encodeWithSelector(IJobInbox.InvalidLength.selector, "input", 1, 32 * 1024)
        );
    }

    function test_submit_tokenAtVocab_reverts() public {
        _expectPromptRevert(
            MODEL,
            abi.encodePacked(uint32(5), uint32(VOCAB)),
            _params(),
            abi.encodeWithSelector(IJobInbox.TokenOutOfRange.selector, 1, VOCAB, VOCAB)
        );
    }

    function test_submit_tokenMaxUint32_reverts() public {
        _expectPromptRevert(
            MODEL,
            abi.encodePacked(type(uint32).max, uint32(0)),
            _params(),
            abi.encodeWithSelector(IJobInbox.TokenOutOfRange.selector, 0, type(uint32).max, VOCAB)
        );
    }

    function test_submit_tokenBelowVocab_succeeds() public {
        bytes memory input = abi.encodePacked(uint32(0), uint32(VOCAB - 1));
        uint256 id = _submitInput(input, _params());
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(j.inputHash, keccak256(input));
        assertEq(j.promptLen, 2);
    }

    function test_submit_fillsContext_succeeds() public {
        IJobInbox.Params memory p = _params();
        p.maxTokens = CONTEXT - PROMPT_LEN;
        uint256 id = _submitInput(PROMPT, p);
        assertEq(inbox.job(id).params.maxTokens, CONTEXT - PROMPT_LEN);
    }

    function test_submit_pastContext_reverts() public {
        IJobInbox.Params memory p = _params();
        p.maxTokens = CONTEXT - PROMPT_LEN + 1;
        _expectPromptRevert(
            MODEL, PROMPT, p, abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "tokens", CONTEXT + 1, 2, CONTEXT)
        );
    }

    /// @dev A prompt as long as the context leaves no room for even one generated token.
    function test_submit_promptFillsContext_reverts() public {
        IJobInbox.Params memory p = _params();
        p.maxTokens = 1;
        _expectPromptRevert(
            MODEL,
            new bytes(4 * uint256(CONTEXT)),
            p,
            abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "tokens", CONTEXT + 1, 2, CONTEXT)
        );
    }

    function test_submit_inferenceWithDataset_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.Inference,
            MODEL,
            PROMPT,
            4,
            _params(),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "datasetId", 4, 0, 0)
        );
    }

    function test_submit_zeroMaxTokens_reverts() public {
        IJobInbox.Params memory p = _params();
        p.maxTokens = 0;
        _expectPromptRevert(
            MODEL, PROMPT, p, abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "maxTokens", 0, 1, 8192)
        );
    }

    function test_submit_tooManyTokens_reverts() public {
        IJobInbox.Params memory p = _params();
        p.maxTokens = 8193;
        _expectPromptRevert(
            MODEL, PROMPT, p, abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "maxTokens", 8193, 1, 8192)
        );
    }

    function test_submit_topPOverOne_reverts() public {
        IJobInbox.Params memory p = _params();
        p.topPMicro = 1_000_001;
        _expectPromptRevert(
            MODEL,
            PROMPT,
            p,
            abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "topPMicro", 1_000_001, 0, 1_000_000)
        );
    }

    function test_submit_gasWithoutCallback_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.Inference,
            MODEL,
            PROMPT,
            0,
            _params(),
            address(0),
            1,
            abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "callbackGasLimit", 1, 0, 0)
        );
    }

    function test_submit_callbackWithoutGas_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.Inference,
            MODEL,
            PROMPT,
            0,
            _params(),
            dapp,
            0,
            abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "callbackGasLimit", 0, 1, 2_000_000)
        );
    }

    function test_submit_callbackGasTooHigh_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.Inference,
            MODEL,
            PROMPT,
            0,
            _params(),
            dapp,
            2_000_001,
            abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "callbackGasLimit", 2_000_001, 1, 2_000_000)
        );
    }

    function test_submit_unknownKind_reverts() public {
        bytes memory data = abi.encodeCall(
            IJobInbox.submit, (IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), address(0), uint32(0))
        );
        data[35] = 0x03; // first argument (the kind) = 3, past the last Kind
        vm.prank(alice);
        (bool ok,) = address(inbox).call{value: FEE}(data);
        assertFalse(ok);
        assertEq(inbox.jobCount(), 0);
    }

    /// @dev Arguments of a submit, gathered to keep the fuzz test's stack shallow.
    struct SubmitArgs {
        bytes input;
        IJobInbox.Params params;
        address callback;
        uint32 gasLimit;
        uint128 fee;
        address who;
    }

    /// @dev Any valid inference job is readable back exactly, under the next id, with its fee escrowed.
    function testFuzz_submit_roundTrips_succeeds(
        uint32[] memory ids,
        IJobInbox.Params memory p,
        address callback,
        uint32 gasLimit,
        uint128 fee,
        address who,
        uint64 blockNumber
    ) public {
        SubmitArgs memory a;
        p.maxTokens = uint32(bound(p.maxTokens, 1, CONTEXT - 1));
        p.topPMicro = uint32(bound(p.topPMicro, 0, 1_000_000));
        uint256 n = bound(ids.length, 1, CONTEXT - p.maxTokens);
        uint32[] memory toks = new uint32[](n);
        for (uint256 i; i < n; ++i) {
            toks[i] = i < ids.length ? ids[i] % VOCAB : uint32(i % VOCAB);
        }
        a.input = _tokens(toks);
        a.params = p;
        a.callback = callback;
        a.gasLimit = callback == address(0) ? 0 : uint32(bound(gasLimit, 1, 2_000_000));
        a.fee = uint128(bound(fee, 1, type(uint128).max));
        a.who = who;
        vm.roll(blockNumber);
        _checkRoundTrip(a, blockNumber);
    }

    function _checkRoundTrip(SubmitArgs memory a, uint64 blockNumber) internal {
        clock.setPausedBlocks(blockNumber / 3);
        vm.deal(a.who, a.fee);
        uint256 before = inbox.jobCount();
        vm.prank(a.who);
        uint256 id =
            inbox.submit{value: a.fee}(IJobInbox.Kind.Inference, MODEL, a.input, 0, a.params, a.callback, a.gasLimit);

        assertEq(id, before + 1);
        assertEq(inbox.jobCount(), id);
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(j.submitter, a.who);
        assertEq(uint8(j.kind), uint8(IJobInbox.Kind.Inference));
        assertEq(j.modelId, MODEL);
        assertEq(j.inputHash, keccak256(a.input));
        assertEq(j.promptLen, a.input.length / 4);
        assertEq(j.datasetId, 0);
        assertEq(keccak256(abi.encode(j.params)), keccak256(abi.encode(a.params)));
        assertEq(j.maxFee, a.fee);
        assertEq(j.callback, a.callback);
        assertEq(j.callbackGasLimit, a.gasLimit);
        assertEq(j.submittedAt, blockNumber);
        assertEq(j.pausedBlocksAtSubmit, blockNumber / 3);
        assertEq(uint8(j.status), uint8(IJobInbox.Status.Pending));
        assertEq(inbox.escrowed(), a.fee);
        _assertConserved();
    }

    /// @dev On a model of any vocabulary (up to the registry's 2^21), submit accepts a prompt exactly when all its
    ///      tokens are below the vocabulary, and otherwise names the first token that is not. About one token in 16
    ///      is any uint32; the others are reduced below the vocabulary, so that both outcomes are common.
    function testFuzz_submit_tokensBelowVocab_succeeds(uint32 vocab, uint32[] memory ids) public {
        vocab = uint32(bound(vocab, 1, 1 << 21));
        (uint64 m,) = _registerModel(vocab, CONTEXT, keccak256("fuzz"));
        uint256 n = bound(ids.length, 1, 64);
        uint32[] memory toks = new uint32[](n);
        uint256 bad = type(uint256).max;
        for (uint256 i; i < n; ++i) {
            toks[i] = i < ids.length ? ids[i] : uint32(i);
            if (toks[i] % 16 != 0) toks[i] %= vocab;
            if (bad == type(uint256).max && toks[i] >= vocab) bad = i;
        }
        bytes memory input = _tokens(toks);
        IJobInbox.Params memory p = _params();
        if (bad != type(uint256).max) {
            vm.expectRevert(abi.encodeWithSelector(IJobInbox.TokenOutOfRange.selector, bad, toks[bad], vocab));
        }
        vm.prank(alice);
        uint256 id = inbox.submit{value: FEE}(IJobInbox.Kind.Inference, m, input, 0, p, address(0), 0);
        if (bad == type(uint256).max) {
            assertEq(inbox.job(id).promptLen, n);
            assertEq(inbox.job(id).inputHash, keccak256(input));
        } else {
            assertEq(inbox.jobCount(), 0);
        }
    }
}

/// @dev Training jobs (FineTune, Pretrain): the fixture's inbox with a DatasetRegistry behind its rollup (its writer
///      the inbox) holding dataset 1, and a valid configuration: a LoRA fine-tune of MODEL (internal/trainjob's pinned
///      vector).
abstract contract JobInbox_TrainingInit is JobInbox_TestInit {
    /// @dev A training configuration, field by field (internal/trainjob.Config).
    struct Cfg {
        uint32[7] dims; // dim, layers, heads, kvHeads, ffDim, vocab, context
        uint32 optimizer;
        uint64 lr;
        uint64 beta1;
        uint64 beta2;
        uint64 eps;
        uint32 batch;
        uint32 seqLen;
        uint64 lrFinal;
        uint64 decayFrom;
        uint64 decaySteps;
        uint64 seed;
        uint32 rank;
        uint64 scale;
        uint32 targets;
        uint64 loraSeed;
    }

    /// @dev internal/trainjob's vector(): its Input() and its configuration hash (TestInputIsTheConfigHashPreimage).
    bytes internal constant GO_INPUT =
        hex"6169726f6c6c75702e747261696e2e636f6e6669672e763100000040000000020000000400000002000000c0000003e80000020000000001000000000041893700000000e666666600000000ffbe76c8000000000000100000000004000000400000000000000000000000000000000000000000000000000000000000000001000000080000000200000000000000050000000000000001";
    bytes32 internal constant GO_HASH = 0xe3b118a8658f872ef9fef681c7e027ad0f49f05becfd9b48dbbd1f4aeb1b2fbf;
    uint64 internal constant DATASET = 1;
    uint32 internal constant STEPS = 10;
    uint256 internal constant MAX_STEPS = (1 << 18) - 3; // the fixture registry's split depth is 18

    DatasetRegistry internal datasets;

    function setUp() public override {
        super.setUp();
        datasets = new DatasetRegistry(address(inbox));
        datasets.publish(keccak256("dataset"), 10, 1000, "http://127.0.0.1/d", "MIT");
        clock.setDatasets(datasets);
    }

    function _cfg() internal pure returns (Cfg memory c) {
        c.dims = [uint32(64), 2, 4, 2, 192, VOCAB, CONTEXT];
        c.optimizer = 1;
        c.lr = uint64(uint256(1 << 32) / 1000);
        c.beta1 = uint64(uint256(1 << 32) * 9 / 10);
        c.beta2 = uint64(uint256(1 << 32) * 999 / 1000);
        c.eps = 1 << 12;
        c.batch = 4;
        c.seqLen = 64;
        c.seed = 1;
        c.rank = 8;
        c.scale = 2 << 32;
        c.targets = 5;
        c.loraSeed = 1;
    }

    /// @dev The full-run configuration of _cfg (a pretraining job's).
    function _full() internal pure returns (Cfg memory c) {
        c = _cfg();
        (c.rank, c.scale, c.targets, c.loraSeed) = (0, 0, 0, 0);
    }

    function _encode(Cfg memory c) internal pure returns (bytes memory) {
        bytes memory dims;
        for (uint256 i; i < 7; ++i) {
            dims = bytes.concat(dims, bytes4(c.dims[i]));
        }
        return bytes.concat(
            bytes24("airollup.train.config.v1"),
            dims,
            abi.encodePacked(c.optimizer, c.lr, c.beta1, c.beta2, c.eps, c.batch, c.seqLen),
            abi.encodePacked(c.lrFinal, c.decayFrom, c.decaySteps, c.seed, c.rank, c.scale, c.targets, c.loraSeed)
        );
    }

    function _steps(uint32 n) internal pure returns (IJobInbox.Params memory p) {
        p.maxTokens = n;
    }

    function _submitTraining(IJobInbox.Kind kind, uint64 modelId, bytes memory input) internal returns (uint256) {
        vm.prank(alice);
        return inbox.submit{value: FEE}(kind, modelId, input, DATASET, _steps(STEPS), address(0), 0);
    }

    function _expectFineTune(Cfg memory c, bytes memory err) internal {
        _expectSubmitRevert(IJobInbox.Kind.FineTune, MODEL, _encode(c), DATASET, _steps(STEPS), address(0), 0, err);
    }

    function _expectPretrain(Cfg memory c, bytes memory err) internal {
        _expectSubmitRevert(IJobInbox.Kind.Pretrain, MODEL, _encode(c), DATASET, _steps(STEPS), address(0), 0, err);
    }

    function _range(string memory field, uint256 v, uint256 lo, uint256 hi) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IJobInbox.OutOfRange.selector, field, v, lo, hi);
    }
}

contract JobInbox_SubmitTraining_Test is JobInbox_TrainingInit {
    /// @dev The Solidity encoding is Go's, byte for byte, and so is its hash (the configuration hash).
    function test_submitTraining_goVector_succeeds() public view {
        assertEq(_encode(_cfg()), GO_INPUT);
        assertEq(keccak256(GO_INPUT), GO_HASH);
        assertEq(GO_INPUT.length, inbox.TRAIN_CONFIG_BYTES());
    }

    function test_submitTraining_fineTune_storesJobAndEmits_succeeds() public {
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobSubmitted(
            1,
            alice,
            IJobInbox.Kind.FineTune,
            MODEL,
            GO_HASH,
            GO_INPUT,
            DATASET,
            _steps(STEPS),
            uint128(FEE),
            address(0),
            0
        );
        uint256 id = _submitTraining(IJobInbox.Kind.FineTune, MODEL, GO_INPUT);
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(uint8(j.kind), uint8(IJobInbox.Kind.FineTune));
        assertEq(j.modelId, MODEL);
        assertEq(j.inputHash, GO_HASH);
        assertEq(j.datasetId, DATASET);
        assertEq(j.params.maxTokens, STEPS);
        assertEq(j.promptLen, 0);
        assertEq(uint8(j.status), uint8(IJobInbox.Status.Pending));
        assertEq(inbox.escrowed(), FEE);
        _assertConserved();
    }

    function test_submitTraining_pretrain_succeeds() public {
        bytes memory input = _encode(_full());
        uint256 id = _submitTraining(IJobInbox.Kind.Pretrain, MODEL, input);
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(uint8(j.kind), uint8(IJobInbox.Kind.Pretrain));
        assertEq(j.modelId, MODEL);
        assertEq(j.inputHash, keccak256(input));
        assertEq(j.datasetId, DATASET);
    }

    /// @dev A full-run fine-tune and SGD (whose moments' fields are not read) are accepted.
    function test_submitTraining_fullFineTuneSgd_succeeds() public {
        Cfg memory c = _full();
        c.optimizer = 0;
        c.beta1 = type(uint64).max;
        c.eps = 0;
        _submitTraining(IJobInbox.Kind.FineTune, MODEL, _encode(c));
        assertEq(inbox.jobCount(), 1);
    }

    function test_submitTraining_unknownDataset_reverts() public {
        bytes memory err0 = abi.encodeWithSelector(IJobInbox.UnknownDataset.selector, 0);
        _expectSubmitRevert(IJobInbox.Kind.FineTune, MODEL, GO_INPUT, 0, _steps(STEPS), address(0), 0, err0);
        bytes memory err2 = abi.encodeWithSelector(IJobInbox.UnknownDataset.selector, 2);
        _expectSubmitRevert(IJobInbox.Kind.FineTune, MODEL, GO_INPUT, 2, _steps(STEPS), address(0), 0, err2);
    }

    /// @dev Without a rollup that names a dataset registry, no dataset is known.
    function test_submitTraining_rollupWithoutDatasets_reverts() public {
        clock.setDatasets(IDatasetRegistry(address(0)));
        bytes memory err = abi.encodeWithSelector(IJobInbox.UnknownDataset.selector, DATASET);
        _expectSubmitRevert(IJobInbox.Kind.FineTune, MODEL, GO_INPUT, DATASET, _steps(STEPS), address(0), 0, err);
    }

    /// @dev A rollup whose factory has no training VM (or that does not answer) refuses training jobs: their records
    ///      would be voided, at the sequencer's cost. Inference jobs are unaffected.
    function test_submitTraining_noTrainingVM_reverts() public {
        clock.setTrainingVM(address(0));
        bytes memory err = abi.encodeWithSelector(IJobInbox.TrainingDisabled.selector);
        _expectSubmitRevert(IJobInbox.Kind.FineTune, MODEL, GO_INPUT, DATASET, _steps(STEPS), address(0), 0, err);
        _expectSubmitRevert(
            IJobInbox.Kind.Pretrain, MODEL, _encode(_full()), DATASET, _steps(STEPS), address(0), 0, err
        );
        JobInbox other = new JobInbox(address(new JobInbox_RevertingClock()), models, WINDOW, DELIVERY, 30 days);
        vm.prank(alice);
        vm.expectRevert(err);
        other.submit{value: FEE}(IJobInbox.Kind.FineTune, MODEL, GO_INPUT, DATASET, _steps(STEPS), address(0), 0);
        clock.setTrainingVM(address(0x7a));
        _submitTraining(IJobInbox.Kind.FineTune, MODEL, GO_INPUT);
        assertEq(inbox.jobCount(), 1);
    }

    function test_submitTraining_wrongLength_reverts() public {
        bytes memory input = bytes.concat(GO_INPUT, hex"00");
        _expectSubmitRevert(
            IJobInbox.Kind.FineTune,
            MODEL,
            input,
            DATASET,
            _steps(STEPS),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.WrongLength.selector, "input", 153, 152)
        );
        _expectSubmitRevert(
            IJobInbox.Kind.Pretrain,
            0,
            "",
            DATASET,
            _steps(STEPS),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.WrongLength.selector, "input", 0, 152)
        );
    }

    function test_submitTraining_wrongTag_reverts() public {
        bytes memory input = bytes.concat(GO_INPUT);
        input[23] = "2";
        _expectSubmitRevert(
            IJobInbox.Kind.FineTune,
            MODEL,
            input,
            DATASET,
            _steps(STEPS),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.WrongConfigTag.selector, bytes24("airollup.train.config.v2"))
        );
    }

    function test_submitTraining_steps_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.FineTune,
            MODEL,
            GO_INPUT,
            DATASET,
            _steps(0),
            address(0),
            0,
            _range("steps", 0, 1, MAX_STEPS)
        );
        _expectSubmitRevert(
            IJobInbox.Kind.FineTune,
            MODEL,
            GO_INPUT,
            DATASET,
            _steps(uint32(MAX_STEPS + 1)),
            address(0),
            0,
            _range("steps", MAX_STEPS + 1, 1, MAX_STEPS)
        );
        vm.prank(alice);
        uint256 id = inbox.submit{value: FEE}(
            IJobInbox.Kind.FineTune, MODEL, GO_INPUT, DATASET, _steps(uint32(MAX_STEPS)), address(0), 0
        );
        assertEq(inbox.job(id).params.maxTokens, MAX_STEPS);
    }

    /// @dev Every sampling field of a training job must be zero (the configuration carries the seeds).
    function test_submitTraining_samplingFields_reverts() public {
        IJobInbox.Params memory p = _steps(STEPS);
        p.topK = 3;
        _expectSubmitRevert(
            IJobInbox.Kind.FineTune, MODEL, GO_INPUT, DATASET, p, address(0), 0, _range("topK", 3, 0, 0)
        );
        p = _steps(STEPS);
        p.topPMicro = 1;
        _expectSubmitRevert(
            IJobInbox.Kind.Pretrain, MODEL, GO_INPUT, DATASET, p, address(0), 0, _range("topPMicro", 1, 0, 0)
        );
        p = _steps(STEPS);
        p.seed = bytes32(uint256(9));
        _expectSubmitRevert(
            IJobInbox.Kind.FineTune, MODEL, GO_INPUT, DATASET, p, address(0), 0, _range("seed", 9, 0, 0)
        );
    }

    /// @dev A pretraining job names a usable reference model (its RoPE source and export metadata,
    ///      TrainingVM.referenceModel): none (0), an unservable or a refused one is refused.
    function test_submitTraining_pretrainUnusableReference_reverts() public {
        bytes memory input = _encode(_full());
        bytes memory err = abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, 0);
        _expectSubmitRevert(IJobInbox.Kind.Pretrain, 0, input, DATASET, _steps(STEPS), address(0), 0, err);
        clock.setUnservable(MODEL, true);
        err = abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, MODEL);
        _expectSubmitRevert(IJobInbox.Kind.Pretrain, MODEL, input, DATASET, _steps(STEPS), address(0), 0, err);
        clock.setUnservable(MODEL, false);
        _refuse(MODEL, rowProof);
        _expectSubmitRevert(IJobInbox.Kind.Pretrain, MODEL, input, DATASET, _steps(STEPS), address(0), 0, err);
    }

    /// @dev A pretraining run's vocabulary and context are its reference model's (the RoPE rows and the exported
    ///      metadata are the reference's).
    function test_submitTraining_pretrainOtherDims_reverts() public {
        Cfg memory c = _full();
        c.dims[5] = VOCAB + 1;
        _expectPretrain(c, _range("vocab", VOCAB + 1, VOCAB, VOCAB));
        c = _full();
        c.dims[6] = CONTEXT * 2;
        _expectPretrain(c, _range("context", CONTEXT * 2, CONTEXT, CONTEXT));
    }

    function test_submitTraining_pretrainWithLoRA_reverts() public {
        _expectPretrain(_cfg(), _range("loraRank", 8, 0, 0));
    }

    function test_submitTraining_fineTuneUnusableModel_reverts() public {
        bytes memory err = abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, 0);
        _expectSubmitRevert(IJobInbox.Kind.FineTune, 0, GO_INPUT, DATASET, _steps(STEPS), address(0), 0, err);
        clock.setUnservable(MODEL, true);
        err = abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, MODEL);
        _expectSubmitRevert(IJobInbox.Kind.FineTune, MODEL, GO_INPUT, DATASET, _steps(STEPS), address(0), 0, err);
        clock.setUnservable(MODEL, false);
        _refuse(MODEL, rowProof);
        _expectSubmitRevert(IJobInbox.Kind.FineTune, MODEL, GO_INPUT, DATASET, _steps(STEPS), address(0), 0, err);
    }

    /// @dev A fine-tune's vocabulary and context are its base model's.
    function test_submitTraining_fineTuneOtherDims_reverts() public {
        Cfg memory c = _cfg();
        c.dims[5] = VOCAB + 1;
        _expectFineTune(c, _range("vocab", VOCAB + 1, VOCAB, VOCAB));
        c = _cfg();
        c.dims[6] = CONTEXT * 2;
        _expectFineTune(c, _range("context", CONTEXT * 2, CONTEXT, CONTEXT));
        c = _cfg();
        c.dims[2] = 0;
        _expectFineTune(c, _range("dims", 0, 1, type(uint32).max));
    }

    function test_submitTraining_hyperparameters_reverts() public {
        Cfg memory c = _cfg();
        c.optimizer = 2;
        _expectFineTune(c, _range("optimizer", 2, 0, 1));
        c = _cfg();
        c.lr = 0;
        _expectFineTune(c, _range("lr", 0, 1, 1 << 32));
        c.lr = type(uint64).max; // -1 in two's complement
        _expectFineTune(c, _range("lr", type(uint64).max, 1, 1 << 32));
        c = _cfg();
        c.decayFrom = 3;
        _expectFineTune(c, _range("decayFrom", 3, 0, 0));
        c = _cfg();
        c.lrFinal = 3;
        _expectFineTune(c, _range("lrFinal", 3, 0, 0));
        c.decaySteps = (1 << 30) + 1;
        _expectFineTune(c, _range("decaySteps", (1 << 30) + 1, 0, 1 << 30));
        c.decaySteps = 10;
        c.lrFinal = c.lr + 1;
        _expectFineTune(c, _range("lrFinal", c.lr + 1, 1, c.lr));
        c = _cfg();
        c.beta1 = 1 << 32;
        _expectFineTune(c, _range("beta1", 1 << 32, 0, (1 << 32) - 1));
        c = _cfg();
        c.beta2 = type(uint64).max;
        _expectFineTune(c, _range("beta2", type(uint64).max, 0, (1 << 32) - 1));
        c = _cfg();
        c.eps = (1 << 12) - 1;
        _expectFineTune(c, _range("eps", (1 << 12) - 1, 1 << 12, 1 << 32));
    }

    function test_submitTraining_batchAndSeqLen_reverts() public {
        Cfg memory c = _cfg();
        c.batch = 0;
        _expectFineTune(c, _range("batch", 0, 1, 1 << 16));
        c.batch = (1 << 16) + 1;
        _expectFineTune(c, _range("batch", (1 << 16) + 1, 1, 1 << 16));
        c = _cfg();
        c.seqLen = 0;
        _expectFineTune(c, _range("seqLen", 0, 1, CONTEXT));
        c.seqLen = CONTEXT + 1;
        _expectFineTune(c, _range("seqLen", CONTEXT + 1, 1, CONTEXT));
        c = _cfg();
        c.batch = 9; // 9 × 64 = 576 > 512
        _expectFineTune(c, _range("batchTokens", 576, 1, CONTEXT));
    }

    function test_submitTraining_lora_reverts() public {
        Cfg memory c = _cfg();
        c.rank = 257;
        _expectFineTune(c, _range("loraRank", 257, 1, 256));
        c = _cfg();
        c.scale = 0;
        _expectFineTune(c, _range("loraScale", 0, 1, 1 << 40));
        c.scale = (1 << 40) + 1;
        _expectFineTune(c, _range("loraScale", (1 << 40) + 1, 1, 1 << 40));
        c = _cfg();
        c.targets = 128;
        _expectFineTune(c, _range("loraTargets", 128, 1, 127));
        c = _full();
        c.scale = 1;
        _expectFineTune(c, _range("loraScale", 1, 0, 0));
        c = _full();
        c.targets = 1;
        _expectFineTune(c, _range("loraTargets", 1, 0, 0));
        c = _full();
        c.loraSeed = 1;
        _expectFineTune(c, _range("loraSeed", 1, 0, 0));
    }

    /// @dev Any configuration inside the bounds is accepted, with its hash stored and its dataset and steps kept.
    function testFuzz_submitTraining_roundTrips_succeeds(Cfg memory c, uint32 steps, bool pretrain) public {
        c.dims[5] = VOCAB;
        c.dims[6] = CONTEXT;
        for (uint256 i; i < 5; ++i) {
            c.dims[i] = uint32(bound(c.dims[i], 1, type(uint32).max));
        }
        c.optimizer = uint32(bound(c.optimizer, 0, 1));
        c.lr = uint64(bound(c.lr, 1, 1 << 32));
        if (c.decaySteps % 2 == 0) {
            (c.decaySteps, c.lrFinal, c.decayFrom) = (0, 0, 0);
        } else {
            c.decaySteps = uint64(bound(c.decaySteps, 1, 1 << 30));
            c.lrFinal = uint64(bound(c.lrFinal, 1, c.lr));
        }
        if (c.optimizer == 1) {
            c.beta1 = uint64(bound(c.beta1, 0, (1 << 32) - 1));
            c.beta2 = uint64(bound(c.beta2, 0, (1 << 32) - 1));
            c.eps = uint64(bound(c.eps, 1 << 12, 1 << 32));
        }
        c.seqLen = uint32(bound(c.seqLen, 1, CONTEXT));
        c.batch = uint32(bound(c.batch, 1, CONTEXT / c.seqLen));
        if (pretrain || c.rank % 3 == 0) {
            (c.rank, c.scale, c.targets, c.loraSeed) = (0, 0, 0, 0);
        } else {
            c.rank = uint32(bound(c.rank, 1, 256));
            c.scale = uint64(bound(c.scale, 1, 1 << 40));
            c.targets = uint32(bound(c.targets, 1, 127));
        }
        steps = uint32(bound(steps, 1, MAX_STEPS));
        bytes memory input = _encode(c);
        IJobInbox.Kind kind = pretrain ? IJobInbox.Kind.Pretrain : IJobInbox.Kind.FineTune;
        vm.prank(alice);
        uint256 id = inbox.submit{value: FEE}(kind, MODEL, input, DATASET, _steps(steps), address(0), 0);
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(j.inputHash, keccak256(input));
        assertEq(j.datasetId, DATASET);
        assertEq(j.params.maxTokens, steps);
        assertEq(j.promptLen, 0);
    }

    /// @dev batch × seqLen: accepted exactly when both are in range and their product is at most the context.
    function testFuzz_submitTraining_batchTokens_succeeds(uint32 batch, uint32 seqLen) public {
        Cfg memory c = _cfg();
        c.batch = uint32(bound(batch, 1, 1 << 16));
        c.seqLen = uint32(bound(seqLen, 1, CONTEXT));
        uint256 tokens = uint256(c.batch) * c.seqLen;
        if (tokens > CONTEXT) vm.expectRevert(_range("batchTokens", tokens, 1, CONTEXT));
        _submitTraining(IJobInbox.Kind.FineTune, MODEL, _encode(c));
        assertEq(inbox.jobCount(), tokens > CONTEXT ? 0 : 1);
    }
}

contract JobInbox_ReleaseTraining_Test is JobInbox_TrainingInit {
    bytes32 internal constant NEW_ROOT = keccak256("new model root");

    /// @dev Submits a training job of `kind` (Pretrain: the full-run configuration), marks it included and releases it
    ///      with `root`, paying 0.25 ether to payee; returns its id.
    ///      TrainingDelivered must name lineage `lineageId`.
    function _deliver(IJobInbox.Kind kind, bytes32 root, uint256 lineageId) internal returns (uint256 id) {
        bool pre = kind == IJobInbox.Kind.Pretrain;
        id = _submitTraining(kind, MODEL, pre ? _encode(_full()) : GO_INPUT);
        _include(id);
        uint256 before = payee.balance;
        vm.expectEmit(address(inbox));
        emit IJobInbox.TrainingDelivered(id, root, lineageId);
        vm.prank(rollup);
        inbox.release(id, 0.25 ether, payee, root);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Delivered));
        assertEq(payee.balance, before + 0.25 ether);
        _assertConserved();
    }

    function test_releaseTraining_fineTune_recordsLineage_succeeds() public {
        uint256 id = _deliver(IJobInbox.Kind.FineTune, NEW_ROOT, 1);
        assertEq(datasets.lineageOf(NEW_ROOT), 1);
        IDatasetRegistry.Lineage memory l = datasets.lineage(1);
        assertEq(l.modelRoot, NEW_ROOT);
        assertEq(l.baseModelId, MODEL);
        assertEq(l.datasetId, DATASET);
        assertEq(l.trainingConfigHash, GO_HASH);
        assertEq(l.jobId, bytes32(id));
        assertEq(l.recordedAt, block.timestamp);
        _assertConserved();
    }

    function test_releaseTraining_pretrain_recordsLineage_succeeds() public {
        uint256 id = _deliver(IJobInbox.Kind.Pretrain, NEW_ROOT, 1);
        IDatasetRegistry.Lineage memory l = datasets.lineage(datasets.lineageOf(NEW_ROOT));
        assertEq(l.baseModelId, 0);
        assertEq(l.trainingConfigHash, keccak256(_encode(_full())));
        assertEq(l.jobId, bytes32(id));
    }

    /// @dev A second job ending on a root that already has a lineage is delivered all the same; the first lineage
    ///      stands.
    function test_releaseTraining_sameRootTwice_skipsLineage_succeeds() public {
        _deliver(IJobInbox.Kind.FineTune, NEW_ROOT, 1);
        _deliver(IJobInbox.Kind.FineTune, NEW_ROOT, 0);
        assertEq(datasets.lineageCount(), 1);
        assertEq(datasets.lineage(1).jobId, bytes32(uint256(1)));
    }

    /// @dev A zero root, or a registry that does not take the inbox's lineage, records none and blocks nothing.
    function test_releaseTraining_refusedLineage_delivers_succeeds() public {
        _deliver(IJobInbox.Kind.FineTune, bytes32(0), 0);
        uint256 id = _submitTraining(IJobInbox.Kind.FineTune, MODEL, GO_INPUT);
        _include(id);
        DatasetRegistry other = new DatasetRegistry(makeAddr("another writer"));
        clock.setDatasets(other);
        vm.expectEmit(address(inbox));
        emit IJobInbox.TrainingDelivered(id, NEW_ROOT, 0);
        vm.prank(rollup);
        inbox.release(id, 0, address(0), NEW_ROOT);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Delivered));
        assertEq(datasets.lineageCount(), 0);
        assertEq(other.lineageCount(), 0);
    }

    /// @dev An inference job records no lineage, whatever root the rollup passes.
    function test_releaseTraining_inference_recordsNoLineage_succeeds() public {
        uint256 id = _submit();
        _include(id);
        vm.recordLogs();
        vm.prank(rollup);
        inbox.release(id, 0, address(0), NEW_ROOT);
        assertEq(datasets.lineageCount(), 0);
        assertEq(vm.getRecordedLogs().length, 1); // JobDelivered only: no TrainingDelivered
    }
}

contract JobInbox_Deposit_Test is JobInbox_TestInit {
    function test_deposit_creditsSender_succeeds() public {
        vm.expectEmit(address(inbox));
        emit IJobInbox.Deposited(alice, alice, 2 ether);
        vm.prank(alice);
        inbox.deposit{value: 2 ether}();
        assertEq(inbox.balanceOf(alice), 2 ether);
        assertEq(inbox.totalBalances(), 2 ether);
        _assertConserved();
    }

    function test_deposit_zero_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "amount"));
        inbox.deposit();
    }
}

contract JobInbox_DepositFor_Test is JobInbox_TestInit {
    function test_depositFor_creditsAccount_succeeds() public {
        vm.expectEmit(address(inbox));
        emit IJobInbox.Deposited(bob, alice, 3 ether);
        vm.prank(alice);
        inbox.depositFor{value: 3 ether}(bob);
        assertEq(inbox.balanceOf(bob), 3 ether);
        assertEq(inbox.balanceOf(alice), 0);
        assertEq(inbox.totalBalances(), 3 ether);
    }

    function test_depositFor_zeroAccount_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "account"));
        inbox.depositFor{value: 1}(address(0));
    }

    function test_depositFor_zeroValue_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "amount"));
        inbox.depositFor(bob);
    }
}

contract JobInbox_Withdraw_Test is JobInbox_TestInit {
    uint64 internal constant DELAY = 30 days;

    function setUp() public override {
        super.setUp();
        vm.prank(alice);
        inbox.deposit{value: 5 ether}();
    }

    /// @dev alice asks for `amount` and waits the delay out.
    function _requestAndWait(address who, uint256 amount) internal {
        vm.prank(who);
        inbox.requestWithdrawal(amount);
        vm.warp(block.timestamp + DELAY);
    }

    function test_withdraw_afterDelay_sendsEth_succeeds() public {
        uint256 before = alice.balance;
        vm.expectEmit(address(inbox));
        emit IJobInbox.WithdrawalRequested(alice, 2 ether, block.timestamp + DELAY);
        vm.prank(alice);
        inbox.requestWithdrawal(2 ether);
        (uint256 amount, uint256 readyAt) = inbox.pendingWithdrawal(alice);
        assertEq(amount, 2 ether);
        assertEq(readyAt, block.timestamp + DELAY);
        assertEq(inbox.balanceOf(alice), 5 ether, "the balance stays chargeable during the delay");
        vm.warp(readyAt);
        vm.expectEmit(address(inbox));
        emit IJobInbox.Withdrawn(alice, 2 ether);
        vm.prank(alice);
        inbox.withdraw();
        assertEq(alice.balance, before + 2 ether);
        assertEq(inbox.balanceOf(alice), 3 ether);
        assertEq(inbox.totalBalances(), 3 ether);
        (amount,) = inbox.pendingWithdrawal(alice);
        assertEq(amount, 0);
        _assertConserved();
    }

    function test_withdraw_beforeDelay_reverts() public {
        vm.prank(alice);
        inbox.requestWithdrawal(1 ether);
        uint256 readyAt = block.timestamp + DELAY;
        vm.warp(readyAt - 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.WithdrawalNotReady.selector, alice, readyAt));
        inbox.withdraw();
    }

    function test_withdraw_nothingRequested_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NoWithdrawal.selector, alice));
        inbox.withdraw();
    }

    /// @dev A second request replaces the first and restarts the delay.
    function test_requestWithdrawal_again_restartsDelay_succeeds() public {
        vm.prank(alice);
        inbox.requestWithdrawal(1 ether);
        vm.warp(block.timestamp + DELAY - 1);
        vm.prank(alice);
        inbox.requestWithdrawal(3 ether);
        vm.warp(block.timestamp + 1);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IJobInbox.WithdrawalNotReady.selector, alice, block.timestamp - 1 + DELAY)
        );
        inbox.withdraw();
        vm.warp(block.timestamp - 1 + DELAY);
        vm.prank(alice);
        inbox.withdraw();
        assertEq(inbox.balanceOf(alice), 2 ether);
    }

    /// @dev Charges made during the delay come first: the withdrawal sends what is left of the amount.
    function test_withdraw_afterCharge_sendsRest_succeeds() public {
        vm.prank(alice);
        inbox.requestWithdrawal(5 ether);
        vm.prank(rollup);
        inbox.chargeRequest(alice, 7, 4 ether, bob);
        vm.warp(block.timestamp + DELAY);
        uint256 before = alice.balance;
        vm.expectEmit(address(inbox));
        emit IJobInbox.Withdrawn(alice, 1 ether);
        vm.prank(alice);
        inbox.withdraw();
        assertEq(alice.balance, before + 1 ether);
        assertEq(inbox.balanceOf(alice), 0);
        _assertConserved();
    }

    function test_requestWithdrawal_insufficient_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.InsufficientBalance.selector, 5 ether, 5 ether + 1));
        inbox.requestWithdrawal(5 ether + 1);
    }

    function test_requestWithdrawal_zero_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "amount"));
        inbox.requestWithdrawal(0);
    }

    function test_withdraw_rejectingRecipient_reverts() public {
        address r = address(new JobInbox_Rejecter());
        vm.deal(r, 1 ether);
        vm.prank(r);
        inbox.deposit{value: 1 ether}();
        _requestAndWait(r, 1 ether);
        vm.prank(r);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.TransferFailed.selector, r, 1 ether));
        inbox.withdraw();
        assertEq(inbox.balanceOf(r), 1 ether);
    }

    /// @dev A recipient re-entering withdraw finds its withdrawal already taken.
    function test_withdraw_reentrancy_reverts() public {
        JobInbox_Reentrant r = new JobInbox_Reentrant(inbox);
        vm.deal(address(this), 1 ether);
        r.depositAndRequest{value: 1 ether}();
        vm.warp(block.timestamp + DELAY);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.TransferFailed.selector, address(r), 1 ether));
        r.withdraw();
        assertEq(address(inbox).balance, 6 ether);
        _assertConserved();
    }

    /// @dev Any deposit can be withdrawn in two parts, each after the delay, and only up to the deposit.
    function testFuzz_withdraw_depositRoundTrip_succeeds(address who, uint256 amount, uint256 part) public {
        vm.assume(who.code.length == 0 && uint160(who) > 0xffff && who != alice && who != address(inbox));
        vm.assume(who != address(vm) && who != CONSOLE);
        amount = bound(amount, 1, 1e30);
        part = bound(part, 1, amount);
        vm.deal(who, amount);
        vm.prank(who);
        inbox.deposit{value: amount}();
        assertEq(inbox.balanceOf(who), amount);

        _requestAndWait(who, part);
        vm.prank(who);
        inbox.withdraw();
        assertEq(inbox.balanceOf(who), amount - part);
        assertEq(who.balance, part);
        _assertConserved();

        vm.prank(who);
        vm.expectRevert(
            abi.encodeWithSelector(IJobInbox.InsufficientBalance.selector, amount - part, amount - part + 1)
        );
        inbox.requestWithdrawal(amount - part + 1);

        if (amount > part) {
            _requestAndWait(who, amount - part);
            vm.prank(who);
            inbox.withdraw();
        }
        assertEq(inbox.balanceOf(who), 0);
        assertEq(who.balance, amount);
        assertEq(inbox.totalBalances(), 5 ether);
        _assertConserved();
    }
}

contract JobInbox_ChargeRequest_Test is JobInbox_TestInit {
    function setUp() public override {
        super.setUp();
        vm.prank(alice);
        inbox.deposit{value: 5 ether}();
    }

    function test_chargeRequest_paysPayee_consumesNonce_succeeds() public {
        uint256 before = bob.balance;
        vm.expectEmit(address(inbox));
        emit IJobInbox.RequestCharged(alice, 9, bob, 2 ether, 2 ether);
        vm.prank(rollup);
        assertEq(inbox.chargeRequest(alice, 9, 2 ether, bob), 2 ether);
        assertEq(bob.balance, before + 2 ether);
        assertEq(inbox.balanceOf(alice), 3 ether);
        assertEq(inbox.totalBalances(), 3 ether);
        assertTrue(inbox.nonceUsed(alice, 9));
        assertFalse(inbox.nonceUsed(alice, 8));
        assertFalse(inbox.nonceUsed(bob, 9));
        _assertConserved();
    }

    /// @dev A short balance pays what it holds and never reverts: the nonce is consumed all the same.
    function test_chargeRequest_shortBalance_paysWhatIsThere_succeeds() public {
        vm.expectEmit(address(inbox));
        emit IJobInbox.RequestCharged(alice, 1, bob, 6 ether, 5 ether);
        vm.prank(rollup);
        assertEq(inbox.chargeRequest(alice, 1, 6 ether, bob), 5 ether);
        assertEq(inbox.balanceOf(alice), 0);
        assertTrue(inbox.nonceUsed(alice, 1));
        vm.prank(rollup);
        assertEq(inbox.chargeRequest(alice, 2, 1 ether, bob), 0);
        _assertConserved();
    }

    function test_chargeRequest_zeroFee_consumesNonce_succeeds() public {
        vm.prank(rollup);
        assertEq(inbox.chargeRequest(alice, 3, 0, bob), 0);
        assertTrue(inbox.nonceUsed(alice, 3));
        assertEq(inbox.balanceOf(alice), 5 ether);
    }

    function test_chargeRequest_usedNonce_reverts() public {
        vm.prank(rollup);
        inbox.chargeRequest(alice, 4, 1 ether, bob);
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NonceUsed.selector, alice, uint64(4)));
        inbox.chargeRequest(alice, 4, 1 ether, bob);
        assertEq(inbox.balanceOf(alice), 4 ether, "charged once");
    }

    function test_chargeRequest_notRollup_reverts() public {
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotRollup.selector, bob));
        inbox.chargeRequest(alice, 1, 1, bob);
    }

    /// @dev A payee that rejects ETH is credited on its L2 balance.
    function test_chargeRequest_rejectingPayee_credits_succeeds() public {
        address r = address(new JobInbox_Rejecter());
        vm.prank(rollup);
        inbox.chargeRequest(alice, 5, 1 ether, r);
        assertEq(inbox.balanceOf(r), 1 ether);
        assertEq(inbox.balanceOf(alice), 4 ether);
        _assertConserved();
    }
}

contract JobInbox_MarkIncluded_Test is JobInbox_TestInit {
    function test_markIncluded_pending_succeeds() public {
        uint256 id = _submit();
        vm.warp(T0 + 12);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobIncluded(id, 7, 3);
        vm.prank(rollup);
        inbox.markIncluded(id, 7, 3);
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(uint8(j.status), uint8(IJobInbox.Status.Included));
        assertEq(j.includedBatch, 7);
        assertEq(j.includedRecord, 3);
        assertEq(j.includedAt, T0 + 12);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Included));
        assertEq(inbox.escrowed(), FEE);
        assertEq(inbox.includedCount(), 1);
    }

    function test_markIncluded_countsIncluded_succeeds() public {
        uint256 a = _submit();
        uint256 b = _submit();
        _submit();
        _include(a);
        _include(b);
        assertEq(inbox.includedCount(), 2);
    }

    function test_markIncluded_overduePending_succeeds() public {
        uint256 id = _submit();
        vm.roll(block.number + WINDOW + 1);
        _include(id);
        assertFalse(inbox.isOverdue(id));
        assertEq(inbox.includedCount(), 1);
    }

    function test_markIncluded_notRollup_reverts() public {
        uint256 id = _submit();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotRollup.selector, alice));
        inbox.markIncluded(id, 0, 0);
    }

    function test_markIncluded_unknownJob_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(IJobInbox.WrongStatus.selector, 1, IJobInbox.Status.None, IJobInbox.Status.Pending)
        );
        inbox.markIncluded(1, 0, 0);
    }

    function test_markIncluded_twice_reverts() public {
        uint256 id = _submit();
        _include(id);
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id, IJobInbox.Status.Included, IJobInbox.Status.Pending
            )
        );
        inbox.markIncluded(id, 1, 1);
        assertEq(inbox.includedCount(), 1);
    }

    function test_markIncluded_refunded_reverts() public {
        uint256 id = _submit();
        vm.prank(rollup);
        inbox.refund(id);
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id, IJobInbox.Status.Refunded, IJobInbox.Status.Pending
            )
        );
        inbox.markIncluded(id, 0, 0);
    }

    /// @dev The largest record index that fits the job's uint16 field is stored exactly.
    function test_markIncluded_maxRecord_succeeds() public {
        uint256 id = _submit();
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobIncluded(id, 2, 65_535);
        _includeBy(id, 2, 65_535);
        assertEq(inbox.job(id).includedRecord, 65_535);
        assertEq(inbox.includedCount(), 1);
    }

    function test_markIncluded_recordOverUint16_reverts() public {
        uint256 id = _submit();
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "recordIndex", 65_536, 0, 65_535));
        inbox.markIncluded(id, 2, 65_536);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Pending));
        assertEq(inbox.includedCount(), 0);
    }

    /// @dev Any record index past uint16 is refused, and the job stays pending.
    function testFuzz_markIncluded_recordOverUint16_reverts(uint32 record) public {
        record = uint32(bound(record, 65_536, type(uint32).max));
        uint256 id = _submit();
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "recordIndex", record, 0, 65_535));
        inbox.markIncluded(id, 0, record);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Pending));
    }

    /// @dev The record bound is checked after the status: a job that is not pending reports its status.
    function test_markIncluded_recordOverUint16NotPending_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(IJobInbox.WrongStatus.selector, 1, IJobInbox.Status.None, IJobInbox.Status.Pending)
        );
        inbox.markIncluded(1, 0, 65_536);
    }

    /// @dev Any batch, record (up to uint16) and time are stored exactly.
    function testFuzz_markIncluded_storesInclusion_succeeds(uint64 batch, uint32 record, uint64 time) public {
        record = uint32(bound(record, 0, type(uint16).max));
        uint256 id = _submit();
        vm.warp(time);
        vm.prank(rollup);
        inbox.markIncluded(id, batch, record);
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(j.includedBatch, batch);
        assertEq(j.includedRecord, record);
        assertEq(j.includedAt, time);
        assertEq(j.submittedAt, 100);
        assertEq(j.promptLen, PROMPT_LEN);
        assertEq(inbox.includedCount(), 1);
    }
}

contract JobInbox_Release_Test is JobInbox_TestInit {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _submit();
        _include(id);
    }

    function test_release_paysFeeAndRefundsRest_succeeds() public {
        uint256 aliceBefore = alice.balance;
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobDelivered(id, payee, 0.3 ether, 0.7 ether);
        vm.prank(rollup);
        inbox.release(id, 0.3 ether, payee, bytes32(0));
        assertEq(payee.balance, 0.3 ether);
        assertEq(alice.balance, aliceBefore + 0.7 ether);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Delivered));
        assertEq(inbox.escrowed(), 0);
        assertEq(inbox.includedCount(), 0);
        assertEq(address(inbox).balance, 0);
        _assertConserved();
    }

    function test_release_wholeFee_succeeds() public {
        uint256 aliceBefore = alice.balance;
        vm.prank(rollup);
        inbox.release(id, FEE, payee, bytes32(0));
        assertEq(payee.balance, FEE);
        assertEq(alice.balance, aliceBefore);
    }

    function test_release_zeroFeeZeroPayee_succeeds() public {
        uint256 aliceBefore = alice.balance;
        vm.prank(rollup);
        inbox.release(id, 0, address(0), bytes32(0));
        assertEq(alice.balance, aliceBefore + FEE);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Delivered));
    }

    function test_release_rejectingPayee_creditsBalance_succeeds() public {
        address r = address(new JobInbox_Rejecter());
        vm.expectEmit(address(inbox));
        emit IJobInbox.PayoutCredited(r, 0.4 ether);
        vm.prank(rollup);
        inbox.release(id, 0.4 ether, r, bytes32(0));
        assertEq(inbox.balanceOf(r), 0.4 ether);
        assertEq(inbox.totalBalances(), 0.4 ether);
        assertEq(address(inbox).balance, 0.4 ether);
        _assertConserved();
    }

    function test_release_rejectingSubmitter_creditsBalance_succeeds() public {
        address r = address(new JobInbox_Rejecter());
        vm.deal(r, FEE);
        vm.prank(r);
        uint256 id2 = inbox.submit{value: FEE}(IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), address(0), 0);
        _include(id2);
        vm.prank(rollup);
        inbox.release(id2, 0.25 ether, payee, bytes32(0));
        assertEq(payee.balance, 0.25 ether);
        assertEq(inbox.balanceOf(r), 0.75 ether);
        _assertConserved();
    }

    function test_release_feeTooHigh_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.FeeTooHigh.selector, id, FEE + 1, FEE));
        inbox.release(id, FEE + 1, payee, bytes32(0));
        assertEq(inbox.includedCount(), 1);
    }

    /// @dev An included job past its delivery deadline but not yet refunded can still be delivered.
    function test_release_overdueIncluded_succeeds() public {
        vm.warp(T0 + DELIVERY + 1);
        assertTrue(inbox.isOverdue(id));
        vm.prank(rollup);
        inbox.release(id, FEE, payee, bytes32(0));
        assertEq(payee.balance, FEE);
        assertEq(inbox.includedCount(), 0);
    }

    function test_release_zeroPayee_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "payee"));
        inbox.release(id, 1, address(0), bytes32(0));
    }

    function test_release_notRollup_reverts() public {
        vm.prank(payee);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotRollup.selector, payee));
        inbox.release(id, 1, payee, bytes32(0));
    }

    function test_release_pending_reverts() public {
        uint256 id2 = _submit();
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id2, IJobInbox.Status.Pending, IJobInbox.Status.Included
            )
        );
        inbox.release(id2, 1, payee, bytes32(0));
    }

    function test_release_twice_reverts() public {
        vm.prank(rollup);
        inbox.release(id, 1, payee, bytes32(0));
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id, IJobInbox.Status.Delivered, IJobInbox.Status.Included
            )
        );
        inbox.release(id, 1, payee, bytes32(0));
    }

    function test_release_refunded_reverts() public {
        vm.prank(rollup);
        inbox.refund(id);
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id, IJobInbox.Status.Refunded, IJobInbox.Status.Included
            )
        );
        inbox.release(id, 1, payee, bytes32(0));
    }

    /// @dev Any split of the max fee pays exactly the fee and refunds exactly the rest.
    function testFuzz_release_splitsFee_succeeds(uint256 fee) public {
        fee = bound(fee, 0, FEE);
        uint256 aliceBefore = alice.balance;
        vm.prank(rollup);
        inbox.release(id, fee, payee, bytes32(0));
        assertEq(payee.balance, fee);
        assertEq(alice.balance, aliceBefore + FEE - fee);
        assertEq(address(inbox).balance, 0);
        _assertConserved();
    }
}

contract JobInbox_Refund_Test is JobInbox_TestInit {
    function test_refund_pending_succeeds() public {
        uint256 id = _submit();
        uint256 before = alice.balance;
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobRefunded(id, alice, FEE);
        vm.prank(rollup);
        inbox.refund(id);
        assertEq(alice.balance, before + FEE);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Refunded));
        assertEq(inbox.escrowed(), 0);
        assertEq(inbox.includedCount(), 0);
        assertFalse(inbox.isForceRefunded(id));
        _assertConserved();
    }

    function test_refund_included_succeeds() public {
        uint256 id = _submit();
        _include(id);
        uint256 before = alice.balance;
        assertEq(inbox.includedCount(), 1);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobRefunded(id, alice, FEE);
        vm.prank(rollup);
        inbox.refund(id);
        assertEq(alice.balance, before + FEE);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Refunded));
        assertEq(inbox.includedCount(), 0);
        assertEq(inbox.escrowed(), 0);
        assertFalse(inbox.isForceRefunded(id));
        _assertConserved();
    }

    function test_refund_notRollup_reverts() public {
        uint256 id = _submit();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotRollup.selector, alice));
        inbox.refund(id);
    }

    function test_refund_unknownJob_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(IJobInbox.WrongStatus.selector, 9, IJobInbox.Status.None, IJobInbox.Status.Pending)
        );
        inbox.refund(9);
    }

    function test_refund_delivered_reverts() public {
        uint256 id = _submit();
        _include(id);
        vm.prank(rollup);
        inbox.release(id, 1, payee, bytes32(0));
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id, IJobInbox.Status.Delivered, IJobInbox.Status.Pending
            )
        );
        inbox.refund(id);
    }

    function test_refund_twice_reverts() public {
        uint256 id = _submit();
        vm.prank(rollup);
        inbox.refund(id);
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id, IJobInbox.Status.Refunded, IJobInbox.Status.Pending
            )
        );
        inbox.refund(id);
    }
}

contract JobInbox_RefundOverdue_Test is JobInbox_TestInit {
    function test_refundOverdue_afterWindow_succeeds() public {
        uint256 id = _submit();
        vm.roll(100 + WINDOW + 1);
        uint256 before = alice.balance;
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, true);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobRefunded(id, alice, FEE);
        vm.prank(bob); // anyone
        inbox.refundOverdue(id);
        assertEq(alice.balance, before + FEE);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Refunded));
        assertTrue(inbox.isForceRefunded(id));
        assertFalse(inbox.isOverdue(id));
        assertEq(inbox.escrowed(), 0);
        assertEq(inbox.includedCount(), 0);
        _assertConserved();
    }

    function test_refundOverdue_atDeadline_reverts() public {
        uint256 id = _submit();
        vm.roll(100 + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, 100 + WINDOW));
        inbox.refundOverdue(id);
    }

    /// @dev A refund to a submitter that rejects ETH is credited on its L2 balance.
    function test_refundOverdue_rejectingSubmitter_succeeds() public {
        address r = address(new JobInbox_Rejecter());
        vm.deal(r, FEE);
        vm.prank(r);
        uint256 id = inbox.submit{value: FEE}(IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), address(0), 0);
        vm.roll(100 + WINDOW + 1);
        vm.expectEmit(address(inbox));
        emit IJobInbox.PayoutCredited(r, FEE);
        inbox.refundOverdue(id);
        assertEq(inbox.balanceOf(r), FEE);
        assertEq(inbox.escrowed(), 0);
        _assertConserved();
    }

    // ---- Pending: a fault counts only blocks in which proposals were not paused ----

    /// @dev While the rollup is paused no batch can be proposed: an overdue pending job is refunded, but not as a
    ///      fault.
    function test_refundOverdue_pendingWhilePaused_succeeds() public {
        uint256 id = _submit();
        clock.pause();
        vm.roll(100 + WINDOW + 1);
        assertTrue(inbox.isOverdue(id)); // overdue itself ignores pauses
        uint256 before = alice.balance;
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, false);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobRefunded(id, alice, FEE);
        inbox.refundOverdue(id);
        assertEq(alice.balance, before + FEE);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Refunded));
        assertFalse(inbox.isForceRefunded(id));
        _assertConserved();
    }

    /// @dev A pause of 3 blocks in the middle of the window: no fault until WINDOW unpaused blocks have passed,
    ///      i.e. at submittedAt + WINDOW + 3; a fault from the block after.
    function test_refundOverdue_pendingPauseInWindowAtEnd_succeeds() public {
        uint256 id = _submit();
        vm.roll(102);
        clock.pause();
        vm.roll(105);
        clock.unpause();
        assertEq(clock.pausedBlocks(), 3);
        vm.roll(100 + WINDOW + 3);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, false);
        inbox.refundOverdue(id);
        assertFalse(inbox.isForceRefunded(id));
    }

    function test_refundOverdue_pendingPauseInWindowAfterEnd_succeeds() public {
        uint256 id = _submit();
        vm.roll(102);
        clock.pause();
        vm.roll(105);
        clock.unpause();
        vm.roll(100 + WINDOW + 4);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, true);
        inbox.refundOverdue(id);
        assertTrue(inbox.isForceRefunded(id));
    }

    /// @dev Just past the inclusion window, after a pause inside it: refundable (overdue), but not a fault.
    function test_refundOverdue_pendingPauseInWindowJustOverdue_succeeds() public {
        uint256 id = _submit();
        vm.roll(101);
        clock.pause();
        vm.roll(102);
        clock.unpause();
        vm.roll(100 + WINDOW + 1);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, false);
        inbox.refundOverdue(id);
        assertFalse(inbox.isForceRefunded(id));
    }

    /// @dev Several pauses add up: 2 + 4 paused blocks move the fault to submittedAt + WINDOW + 6.
    function test_refundOverdue_pendingTwoPauses_succeeds() public {
        uint256 id = _submit();
        vm.roll(101);
        clock.pause();
        vm.roll(103);
        clock.unpause();
        vm.roll(104);
        clock.pause();
        vm.roll(108);
        clock.unpause();
        vm.roll(100 + WINDOW + 6);
        assertEq(inbox.job(id).pausedBlocksAtSubmit, 0);
        uint256 snap = vm.snapshotState();
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, false);
        inbox.refundOverdue(id);
        vm.revertToState(snap);
        vm.roll(100 + WINDOW + 7);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, true);
        inbox.refundOverdue(id);
    }

    /// @dev A pause that ended before the submission does not extend the window: its blocks were already counted in
    ///      pausedBlocksAtSubmit.
    function test_refundOverdue_pendingPauseBeforeSubmit_succeeds() public {
        vm.roll(40);
        clock.pause();
        vm.roll(90);
        clock.unpause();
        vm.roll(100);
        uint256 id = _submit();
        assertEq(inbox.job(id).pausedBlocksAtSubmit, 50);
        vm.roll(100 + WINDOW + 1);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, true);
        inbox.refundOverdue(id);
        assertTrue(inbox.isForceRefunded(id));
    }

    /// @dev The same with paused blocks set directly (any earlier pauses).
    function test_refundOverdue_pendingPausedBlocksBeforeSubmit_succeeds() public {
        clock.setPausedBlocks(1_000);
        uint256 id = _submit();
        vm.roll(100 + WINDOW + 1);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, true);
        inbox.refundOverdue(id);
    }

    /// @dev An ongoing pause keeps a pending job from being a fault however long it lasts.
    function test_refundOverdue_pendingOngoingPause_succeeds() public {
        uint256 id = _submit();
        vm.roll(103);
        clock.pause();
        vm.roll(100_000);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, false);
        inbox.refundOverdue(id);
        assertFalse(inbox.isForceRefunded(id));
    }

    /// @dev A pause from 100 to 200: the job submitted at 97 (3 unpaused blocks before the pause) is not a fault 2
    ///      blocks after it; one submitted during it, not WINDOW blocks after it.
    function test_refundOverdue_pendingPauseSpanningSubmit_succeeds() public {
        vm.roll(97);
        uint256 id = _submit();
        vm.roll(100);
        clock.pause();
        vm.roll(150);
        uint256 id2 = _submit(); // submitted while paused
        assertEq(inbox.job(id2).pausedBlocksAtSubmit, 50);
        vm.roll(200);
        clock.unpause();

        vm.roll(200 + 2); // id: 3 + 2 unpaused blocks
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, false);
        inbox.refundOverdue(id);

        vm.roll(200 + WINDOW); // id2: WINDOW unpaused blocks
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id2, false);
        inbox.refundOverdue(id2);
        assertFalse(inbox.isForceRefunded(id2));
    }

    /// @dev A pause ongoing at submission counts only its blocks after the submission: from 100 to 200, the job is a
    ///      fault WINDOW + 1 blocks after it.
    function test_refundOverdue_pendingPauseSpanningSubmitAfter_succeeds() public {
        vm.roll(90);
        clock.pause();
        vm.roll(100);
        uint256 id = _submit();
        assertEq(inbox.job(id).pausedBlocksAtSubmit, 10);
        vm.roll(200);
        clock.unpause();
        vm.roll(200 + WINDOW + 1);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, true);
        inbox.refundOverdue(id);
        assertTrue(inbox.isForceRefunded(id));
    }

    /// @dev A pause that starts after the job already was a fault does not clear the fault.
    function test_refundOverdue_pendingPauseAfterFault_succeeds() public {
        uint256 id = _submit();
        vm.roll(100 + WINDOW + 1);
        clock.pause();
        vm.roll(10_000);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, true);
        inbox.refundOverdue(id);
        assertTrue(inbox.isForceRefunded(id));
    }

    /// @dev The rollups that do not answer: no code, no functions, reverting reads, running out of gas, answers of
    ///      0, 31, 33 or 64 bytes. Pending faults count from the submission; included deadlines from the inclusion.
    function test_refundOverdue_eoaRollup_succeeds() public {
        _checkNoAnswer(makeAddr("eoa-rollup"));
    }

    function test_refundOverdue_rollupWithoutClock_succeeds() public {
        _checkNoAnswer(address(new JobInbox_Mute()));
    }

    function test_refundOverdue_rollupClockReverts_succeeds() public {
        _checkNoAnswer(address(new JobInbox_RevertingClock()));
    }

    function test_refundOverdue_rollupClockOutOfGas_succeeds() public {
        _checkNoAnswer(address(new JobInbox_GreedyClock()));
    }

    function test_refundOverdue_rollupEmptyAnswer_succeeds() public {
        _checkNoAnswer(address(new JobInbox_OddClock(0)));
    }

    function test_refundOverdue_rollupShortAnswer_succeeds() public {
        _checkNoAnswer(address(new JobInbox_OddClock(31)));
    }

    function test_refundOverdue_rollupLongAnswer_succeeds() public {
        _checkNoAnswer(address(new JobInbox_OddClock(33)));
    }

    function test_refundOverdue_rollupTwoWordAnswer_succeeds() public {
        _checkNoAnswer(address(new JobInbox_OddClock(64)));
    }

    /// @dev An overdue pending job is a fault exactly when more than WINDOW of the blocks from its submission to the
    ///      refund were unpaused, for a random submission block, up to four random pause intervals (before, across
    ///      or after the submission; the last possibly still going at the refund) and a random refund block.
    function testFuzz_refundOverdue_pendingFaultCountsUnpausedBlocks(
        uint64 submitBlock,
        uint8[8] memory spans,
        uint16 wait,
        uint16 earlier
    ) public {
        uint256 s = bound(submitBlock, 300, type(uint32).max);
        uint256 r = s + bound(wait, 0, 120);
        // Pause intervals [starts[i], ends[i]) from up to 64 blocks before the submission, in order (sized so that
        // faults, non-faults and pauses still going at the refund are all common).
        uint256[4] memory starts;
        uint256[4] memory ends;
        uint256 t = s - bound(earlier, 1, 64);
        for (uint256 i; i < 4; ++i) {
            t += bound(spans[2 * i], 1, 20);
            starts[i] = t;
            t += bound(spans[2 * i + 1], 1, 60);
            ends[i] = t;
        }

        // Replay the pauses in order up to the refund block, submitting at s.
        vm.roll(s - 64);
        uint256 id;
        for (uint256 i; i < 4; ++i) {
            id = _stepTo(starts[i], s, r, id);
            if (starts[i] <= r) clock.pause();
            id = _stepTo(ends[i], s, r, id);
            if (ends[i] <= r) clock.unpause();
        }
        id = _stepTo(r, s, r, id);
        assertEq(block.number, r);

        // Oracle: count the unpaused blocks in [s, r) one by one.
        uint256 unpaused;
        uint256 pausedBefore;
        for (uint256 x = s - 64; x < r; ++x) {
            bool p;
            for (uint256 i; i < 4; ++i) {
                if (starts[i] <= x && x < ends[i]) p = true;
            }
            if (x < s && p) ++pausedBefore;
            if (x >= s && !p) ++unpaused;
        }
        assertEq(inbox.job(id).pausedBlocksAtSubmit, pausedBefore);

        if (r <= s + WINDOW) {
            vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, s + WINDOW));
            inbox.refundOverdue(id);
            assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Pending));
        } else {
            bool fault = unpaused > WINDOW;
            vm.expectEmit(address(inbox));
            emit IJobInbox.JobOverdue(id, fault);
            inbox.refundOverdue(id);
            assertEq(inbox.isForceRefunded(id), fault);
            assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Refunded));
        }
    }

    /// @dev Rolls to block `b` (capped at the refund block `r`), submitting the job at block `s` on the way if not
    ///      yet submitted (`id` 0); returns the job's id.
    function _stepTo(uint256 b, uint256 s, uint256 r, uint256 id) internal returns (uint256) {
        if (b > r) b = r;
        if (id == 0 && s <= b) {
            if (block.number < s) vm.roll(s);
            id = _submit();
        }
        if (block.number < b) vm.roll(b);
        return id;
    }

    // ---- Included: overdue deliveryWindow after the record became deliverable ----

    /// @dev The deadline is DELIVERY after the record's deliverableAt (here later than the inclusion).
    function test_refundOverdue_includedAfterDeadline_succeeds() public {
        uint256 id = _submit();
        vm.warp(T0 + 100);
        _includeBy(id, 4, 2);
        clock.setDeliverableAt(4, 2, T0 + 1000);
        assertEq(inbox.includedCount(), 1);
        vm.warp(T0 + 1000 + DELIVERY + 1);
        uint256 before = alice.balance;
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, true);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobRefunded(id, alice, FEE);
        vm.prank(bob); // anyone
        inbox.refundOverdue(id);
        assertEq(alice.balance, before + FEE);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Refunded));
        assertTrue(inbox.isForceRefunded(id));
        assertEq(inbox.includedCount(), 0);
        assertEq(inbox.escrowed(), 0);
        _assertConserved();
    }

    function test_refundOverdue_includedAtDeadline_reverts() public {
        uint256 id = _submit();
        vm.warp(T0 + 100);
        _includeBy(id, 4, 2);
        clock.setDeliverableAt(4, 2, T0 + 1000);
        vm.warp(T0 + 1000 + DELIVERY);
        vm.roll(100 + WINDOW + 1); // the inclusion window no longer matters once included
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, T0 + 1000 + DELIVERY));
        inbox.refundOverdue(id);
        assertEq(inbox.includedCount(), 1);
    }

    /// @dev The inclusion time no longer matters when the rollup answers: DELIVERY after the inclusion but before
    ///      DELIVERY after deliverableAt, the job is not overdue.
    function test_refundOverdue_includedPastInclusionDeadline_reverts() public {
        uint256 id = _submit();
        _includeBy(id, 4, 2);
        clock.setDeliverableAt(4, 2, T0 + 7 days);
        vm.warp(T0 + DELIVERY + 1);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, T0 + 7 days + DELIVERY));
        inbox.refundOverdue(id);
    }

    /// @dev The inbox asks about the job's own record: another record's deliverableAt does not count.
    function test_refundOverdue_includedAsksOwnRecord_succeeds() public {
        uint256 id = _submit();
        _includeBy(id, 4, 2);
        clock.setDeliverableAt(4, 3, T0 + 7 days);
        clock.setDeliverableAt(5, 2, T0 + 7 days);
        clock.setDeliverableAt(2, 4, T0 + 7 days);
        vm.warp(T0 + DELIVERY + 1);
        inbox.refundOverdue(id);
        assertTrue(inbox.isForceRefunded(id));
    }

    /// @dev A record disputed (or its data challenged) is never overdue: deliverableAt is type(uint256).max.
    function test_refundOverdue_includedDisputed_reverts() public {
        uint256 id = _submit();
        _includeBy(id, 4, 2);
        clock.setDeliverableAt(4, 2, MAX);
        vm.warp(type(uint64).max);
        assertFalse(inbox.isOverdue(id));
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, MAX));
        inbox.refundOverdue(id);
        assertEq(inbox.includedCount(), 1);
    }

    /// @dev A record that was disputed and then settled is overdue DELIVERY after its settlement.
    function test_refundOverdue_includedSettledAfterDispute_succeeds() public {
        uint256 id = _submit();
        _includeBy(id, 4, 2);
        clock.setDeliverableAt(4, 2, MAX);
        vm.warp(T0 + 30 days);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, MAX));
        inbox.refundOverdue(id);
        clock.setDeliverableAt(4, 2, T0 + 30 days);
        vm.warp(T0 + 30 days + DELIVERY);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, T0 + 30 days + DELIVERY));
        inbox.refundOverdue(id);
        vm.warp(T0 + 30 days + DELIVERY + 1);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, true);
        inbox.refundOverdue(id);
    }

    /// @dev A rollup that answers pausedBlocks but reverts on deliverableAt (the Rollup's UnknownBatch) falls back
    ///      to the inclusion time.
    function test_refundOverdue_includedDeliverableAtReverts_succeeds() public {
        uint256 id = _submit();
        vm.warp(T0 + 100);
        _includeBy(id, 4, 2);
        clock.setDeliverableReverts(true);
        vm.warp(T0 + 100 + DELIVERY);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, T0 + 100 + DELIVERY));
        inbox.refundOverdue(id);
        vm.warp(T0 + 100 + DELIVERY + 1);
        inbox.refundOverdue(id);
        assertTrue(inbox.isForceRefunded(id));
    }

    /// @dev An included job not delivered in time is the sequencer's fault even while the rollup is paused.
    function test_refundOverdue_includedWhilePaused_succeeds() public {
        uint256 id = _submit();
        _include(id);
        clock.pause();
        vm.roll(100_000);
        vm.warp(T0 + DELIVERY + 1);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobOverdue(id, true);
        inbox.refundOverdue(id);
        assertTrue(inbox.isForceRefunded(id));
    }

    function test_refundOverdue_delivered_reverts() public {
        uint256 id = _submit();
        _include(id);
        vm.prank(rollup);
        inbox.release(id, 1, payee, bytes32(0));
        vm.warp(T0 + DELIVERY + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id, IJobInbox.Status.Delivered, IJobInbox.Status.Pending
            )
        );
        inbox.refundOverdue(id);
    }

    function test_refundOverdue_twice_reverts() public {
        uint256 id = _submit();
        vm.roll(100 + WINDOW + 1);
        inbox.refundOverdue(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id, IJobInbox.Status.Refunded, IJobInbox.Status.Pending
            )
        );
        inbox.refundOverdue(id);
    }

    function test_refundOverdue_unknownJob_reverts() public {
        vm.roll(1000);
        vm.expectRevert(
            abi.encodeWithSelector(IJobInbox.WrongStatus.selector, 1, IJobInbox.Status.None, IJobInbox.Status.Pending)
        );
        inbox.refundOverdue(1);
    }

    /// @dev A job can be refunded as overdue exactly when more than WINDOW blocks have passed, whatever the pauses.
    function testFuzz_refundOverdue_onlyAfterWindow(uint64 elapsed, bool paused) public {
        elapsed = uint64(bound(elapsed, 0, 1_000_000));
        uint256 id = _submit();
        if (paused) clock.pause();
        vm.roll(100 + uint256(elapsed));
        assertEq(inbox.isOverdue(id), elapsed > WINDOW);
        if (elapsed > WINDOW) {
            inbox.refundOverdue(id);
            assertEq(inbox.isForceRefunded(id), !paused);
        } else {
            vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, 100 + WINDOW));
            inbox.refundOverdue(id);
        }
    }

    /// @dev An included job can be refunded as overdue exactly when more than DELIVERY seconds have passed since its
    ///      record became deliverable, and then always as a fault, whatever the pauses.
    function testFuzz_refundOverdue_includedOnlyAfterDelivery(uint64 elapsed, uint64 from, uint64 pausedBlocks) public {
        from = uint64(bound(from, 0, T0 + 365 days));
        elapsed = uint64(bound(elapsed, 0, 10 * DELIVERY));
        clock.setPausedBlocks(pausedBlocks);
        uint256 id = _submit();
        _includeBy(id, 9, 1);
        clock.setDeliverableAt(9, 1, from);
        vm.warp(uint256(from) + elapsed);
        assertEq(inbox.isOverdue(id), elapsed > DELIVERY);
        if (elapsed > DELIVERY) {
            inbox.refundOverdue(id);
            assertTrue(inbox.isForceRefunded(id));
            assertEq(inbox.includedCount(), 0);
        } else {
            vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, uint256(from) + DELIVERY));
            inbox.refundOverdue(id);
            assertEq(inbox.includedCount(), 1);
        }
    }
}

contract JobInbox_IsOverdue_Test is JobInbox_TestInit {
    function test_isOverdue_window_succeeds() public {
        uint256 id = _submit();
        assertFalse(inbox.isOverdue(id));
        vm.roll(100 + WINDOW);
        assertFalse(inbox.isOverdue(id));
        vm.roll(100 + WINDOW + 1);
        assertTrue(inbox.isOverdue(id));
        _include(id);
        assertFalse(inbox.isOverdue(id));
    }

    /// @dev For a pending job, overdue counts every block, paused or not (only the fault excludes paused blocks).
    function test_isOverdue_pendingWhilePaused_succeeds() public {
        uint256 id = _submit();
        clock.pause();
        vm.roll(100 + WINDOW);
        assertFalse(inbox.isOverdue(id));
        vm.roll(100 + WINDOW + 1);
        assertTrue(inbox.isOverdue(id));
    }

    function test_isOverdue_deliveryWindow_succeeds() public {
        uint256 id = _submit();
        _include(id);
        vm.warp(T0 + DELIVERY);
        assertFalse(inbox.isOverdue(id));
        vm.warp(T0 + DELIVERY + 1);
        assertTrue(inbox.isOverdue(id));
        vm.prank(rollup);
        inbox.release(id, 0, address(0), bytes32(0));
        assertFalse(inbox.isOverdue(id));
    }

    /// @dev The delivery window runs from the record's deliverableAt, exactly.
    function test_isOverdue_followsDeliverableAt_succeeds() public {
        uint256 id = _submit();
        _includeBy(id, 3, 65_535);
        clock.setDeliverableAt(3, 65_535, T0 + 5 days);
        vm.warp(T0 + 5 days + DELIVERY);
        assertFalse(inbox.isOverdue(id));
        vm.warp(T0 + 5 days + DELIVERY + 1);
        assertTrue(inbox.isOverdue(id));
        clock.setDeliverableAt(3, 65_535, MAX); // disputed again
        assertFalse(inbox.isOverdue(id));
    }

    function test_isOverdue_disputed_isFalse() public {
        uint256 id = _submit();
        _include(id);
        clock.setDefaultDeliverableAt(MAX);
        vm.warp(type(uint64).max);
        assertFalse(inbox.isOverdue(id));
    }

    function test_isOverdue_unknownJob_isFalse() public {
        vm.roll(1_000_000);
        assertFalse(inbox.isOverdue(42));
    }
}

contract JobInbox_DeliveryDeadline_Test is JobInbox_TestInit {
    function test_deliveryDeadline_followsDeliverableAt_succeeds() public {
        uint256 id = _submit();
        vm.warp(T0 + 100);
        _includeBy(id, 4, 2);
        assertEq(inbox.deliveryDeadline(id), T0 + DELIVERY); // the default: deliverable from T0
        clock.setDeliverableAt(4, 2, T0 + 1000);
        assertEq(inbox.deliveryDeadline(id), T0 + 1000 + DELIVERY);
    }

    function test_deliveryDeadline_notIncluded_isZero() public {
        assertEq(inbox.deliveryDeadline(1), 0); // unknown
        uint256 a = _submit();
        assertEq(inbox.deliveryDeadline(a), 0); // pending
        _include(a);
        vm.prank(rollup);
        inbox.release(a, 0, address(0), bytes32(0));
        assertEq(inbox.deliveryDeadline(a), 0); // delivered
        uint256 b = _submit();
        _include(b);
        vm.prank(rollup);
        inbox.refund(b);
        assertEq(inbox.deliveryDeadline(b), 0); // refunded
    }

    /// @dev A disputed record's job has no deadline.
    function test_deliveryDeadline_disputed_isMax() public {
        uint256 id = _submit();
        _includeBy(id, 4, 2);
        clock.setDeliverableAt(4, 2, MAX);
        assertEq(inbox.deliveryDeadline(id), MAX);
    }

    /// @dev deliverableAt + DELIVERY saturates at type(uint256).max instead of overflowing.
    function test_deliveryDeadline_saturates_succeeds() public {
        uint256 id = _submit();
        _includeBy(id, 4, 2);
        clock.setDeliverableAt(4, 2, MAX - DELIVERY);
        assertEq(inbox.deliveryDeadline(id), MAX);
        clock.setDeliverableAt(4, 2, MAX - DELIVERY + 1);
        assertEq(inbox.deliveryDeadline(id), MAX);
        clock.setDeliverableAt(4, 2, MAX - DELIVERY - 1);
        assertEq(inbox.deliveryDeadline(id), MAX - 1);
    }

    /// @dev A rollup whose deliverableAt reverts gives the inclusion time plus DELIVERY.
    function test_deliveryDeadline_noAnswer_fallsBackToInclusion() public {
        uint256 id = _submit();
        vm.warp(T0 + 100);
        _include(id);
        clock.setDeliverableReverts(true);
        assertEq(inbox.deliveryDeadline(id), T0 + 100 + DELIVERY);
    }

    /// @dev For any deliverableAt, the deadline is deliverableAt + DELIVERY (saturating), and the job is overdue
    ///      exactly past it.
    function testFuzz_deliveryDeadline_anyDeliverableAt(uint256 from, uint64 time) public {
        uint256 id = _submit();
        _includeBy(id, 4, 2);
        clock.setDeliverableAt(4, 2, from);
        uint256 want = from > MAX - DELIVERY ? MAX : from + DELIVERY;
        assertEq(inbox.deliveryDeadline(id), want);
        vm.warp(time);
        assertEq(inbox.isOverdue(id), time > want);
    }
}

contract JobInbox_IncludedCount_Test is JobInbox_TestInit {
    function test_includedCount_lifecycle_succeeds() public {
        uint256 a = _submit();
        uint256 b = _submit();
        uint256 c = _submit();
        uint256 d = _submit();
        assertEq(inbox.includedCount(), 0);
        _include(a);
        _include(b);
        _include(c);
        assertEq(inbox.includedCount(), 3);
        vm.prank(rollup);
        inbox.release(a, 1, payee, bytes32(0));
        assertEq(inbox.includedCount(), 2);
        vm.prank(rollup);
        inbox.refund(b);
        assertEq(inbox.includedCount(), 1);
        vm.prank(rollup);
        inbox.refund(d); // pending: not counted
        assertEq(inbox.includedCount(), 1);
        vm.warp(T0 + DELIVERY + 1);
        inbox.refundOverdue(c);
        assertEq(inbox.includedCount(), 0);
    }
}

contract JobInbox_Job_Test is JobInbox_TestInit {
    function test_job_zeroId_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.UnknownJob.selector, 0));
        inbox.job(0);
    }

    function testFuzz_job_unsubmittedId_reverts(uint256 id) public {
        _submit();
        id = bound(id, 2, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.UnknownJob.selector, id));
        inbox.job(id);
    }
}

contract JobInbox_StatusOf_Test is JobInbox_TestInit {
    function testFuzz_statusOf_unknown_isNone(uint256 id) public view {
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.None));
    }
}

contract JobInbox_BalanceOf_Test is JobInbox_TestInit {
    function testFuzz_balanceOf_fresh_isZero(address who) public view {
        assertEq(inbox.balanceOf(who), 0);
    }
}

/// @dev Invariant handler: random submits, deposits, withdrawals, charges and rollup hooks from a
///      few actors (one of which rejects ETH), with ghost sums of every flow of ETH.
contract JobInbox_Handler is Test {
    JobInbox internal immutable inbox;
    address internal immutable rollup;
    JobInbox_Clock internal immutable clock;
    address[4] internal actors;

    uint256 public ghostDeposits;
    uint256 public ghostWithdrawals;
    uint256 public ghostCharges;
    uint256 public ghostCredited;
    mapping(uint256 jobId => bool) public delivered;
    mapping(uint256 jobId => bool) public refunded;

    constructor(JobInbox inbox_, JobInbox_Clock clock_) {
        inbox = inbox_;
        rollup = address(clock_);
        clock = clock_;
        actors[0] = makeAddr("actor0");
        actors[1] = makeAddr("actor1");
        actors[2] = makeAddr("actor2");
        actors[3] = address(new JobInbox_Rejecter());
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    function _jobId(uint256 seed) internal view returns (uint256) {
        uint256 n = inbox.jobCount();
        return n == 0 ? 0 : 1 + seed % n;
    }

    /// @dev Counts a payout to `to` credited on its L2 balance (the rejecting actor).
    function _countCredit(address to, uint256 amount) internal {
        if (to == actors[3] && amount != 0) ghostCredited += amount;
    }

    function submit(uint256 actorSeed, uint256 fee, uint32 token, bool withCallback) external {
        address who = _actor(actorSeed);
        fee = bound(fee, 1, 10 ether);
        vm.deal(who, who.balance + fee);
        IJobInbox.Params memory p = IJobInbox.Params(128, 0, 0, 0, bytes32(fee));
        vm.prank(who);
        inbox.submit{value: fee}(
            IJobInbox.Kind.Inference,
            1,
            abi.encodePacked(uint32(bound(token, 0, 999)), uint32(5)),
            0,
            p,
            withCallback ? address(0xCA11) : address(0),
            withCallback ? 50_000 : 0
        );
    }

    function deposit(uint256 actorSeed, uint256 amount) external {
        address who = _actor(actorSeed);
        amount = bound(amount, 1, 10 ether);
        vm.deal(who, who.balance + amount);
        vm.prank(who);
        inbox.deposit{value: amount}();
        ghostDeposits += amount;
    }

    function requestWithdrawal(uint256 actorSeed, uint256 amount) external {
        address who = _actor(actorSeed);
        uint256 have = inbox.balanceOf(who);
        amount = bound(amount, 0, have + 1);
        vm.prank(who);
        try inbox.requestWithdrawal(amount) {} catch {}
    }

    /// @dev Withdraws, sometimes after waiting the delay out.
    function withdraw(uint256 actorSeed, bool wait) external {
        address who = _actor(actorSeed);
        if (wait) vm.warp(block.timestamp + inbox.withdrawalDelay());
        uint256 have = inbox.balanceOf(who);
        vm.prank(who);
        try inbox.withdraw() {
            ghostWithdrawals += have - inbox.balanceOf(who);
        } catch {}
    }

    function chargeRequest(uint256 actorSeed, uint64 nonce, uint256 amount, uint256 payeeSeed) external {
        address who = _actor(actorSeed);
        amount = bound(amount, 0, inbox.balanceOf(who) + 1);
        nonce = uint64(bound(nonce, 0, 3));
        address payee = _actor(payeeSeed);
        vm.prank(rollup);
        try inbox.chargeRequest(who, nonce, amount, payee) returns (uint256 paid) {
            ghostCharges += paid;
            _countCredit(payee, paid);
        } catch {}
    }

    function markIncluded(uint256 idSeed, uint64 batch, uint32 record) external {
        uint256 id = _jobId(idSeed);
        batch = uint64(bound(batch, 0, 3));
        record = uint32(bound(record, 0, 4));
        if (record == 4) record = 65_536; // past uint16: refused
        vm.prank(rollup);
        try inbox.markIncluded(id, batch, record) {} catch {}
    }

    function release(uint256 idSeed, uint256 fee, uint256 payeeSeed) external {
        uint256 id = _jobId(idSeed);
        if (id == 0) return;
        IJobInbox.Job memory j = inbox.job(id);
        fee = bound(fee, 0, uint256(j.maxFee) + 1);
        address payee = _actor(payeeSeed);
        vm.prank(rollup);
        try inbox.release(id, fee, payee, bytes32(0)) {
            delivered[id] = true;
            _countCredit(payee, fee);
            _countCredit(j.submitter, j.maxFee - fee);
        } catch {}
    }

    function refund(uint256 idSeed) external {
        uint256 id = _jobId(idSeed);
        if (id == 0) return;
        IJobInbox.Job memory j = inbox.job(id);
        vm.prank(rollup);
        try inbox.refund(id) {
            refunded[id] = true;
            _countCredit(j.submitter, j.maxFee);
        } catch {}
    }

    /// @dev Pauses or unpauses the rollup's proposals.
    function togglePause() external {
        if (clock.paused()) clock.unpause();
        else clock.pause();
    }

    /// @dev Moves when a record becomes deliverable (type(uint256).max: disputed).
    function setDeliverableAt(uint256 batch, uint256 record, uint256 secs, bool disputed) external {
        clock.setDeliverableAt(
            bound(batch, 0, 3),
            bound(record, 0, 3),
            disputed ? type(uint256).max : block.timestamp + bound(secs, 0, 1 days)
        );
    }

    function refundOverdue(uint256 idSeed, uint256 blocks, uint256 secs, uint256 callerSeed) external {
        vm.roll(block.number + bound(blocks, 0, 8));
        vm.warp(block.timestamp + bound(secs, 0, 1 days));
        uint256 id = _jobId(idSeed);
        if (id == 0) return;
        IJobInbox.Job memory j = inbox.job(id);
        vm.prank(_actor(callerSeed));
        try inbox.refundOverdue(id) {
            refunded[id] = true;
            _countCredit(j.submitter, j.maxFee);
        } catch {}
    }
}

contract JobInbox_Invariant_Test is JobInbox_TestInit {
    JobInbox_Handler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new JobInbox_Handler(inbox, clock);
        targetContract(address(handler));
    }

    /// @dev The inbox holds exactly the L2 balances plus the escrowed max fees.
    function invariant_ethConserved() public view {
        assertEq(address(inbox).balance, inbox.totalBalances() + inbox.escrowed());
        assertEq(
            inbox.totalBalances(),
            handler.ghostDeposits() + handler.ghostCredited() - handler.ghostWithdrawals() - handler.ghostCharges()
        );
    }

    /// @dev escrowed is the sum of the max fees of Pending and Included jobs; Delivered and Refunded
    ///      are terminal and exclusive, and match what the handler saw succeed.
    function invariant_statusesConsistent() public view {
        uint256 n = inbox.jobCount();
        uint256 sum;
        for (uint256 id = 1; id <= n; id++) {
            IJobInbox.Job memory j = inbox.job(id);
            bool d = handler.delivered(id);
            bool r = handler.refunded(id);
            assertFalse(d && r, "job both delivered and refunded");
            if (j.status == IJobInbox.Status.Pending || j.status == IJobInbox.Status.Included) {
                sum += j.maxFee;
                assertFalse(d || r);
            } else if (j.status == IJobInbox.Status.Delivered) {
                assertTrue(d);
            } else {
                assertEq(uint8(j.status), uint8(IJobInbox.Status.Refunded));
                assertTrue(r);
            }
        }
        assertEq(inbox.escrowed(), sum);
    }

    /// @dev includedCount is the number of Included jobs.
    function invariant_includedCounted() public view {
        uint256 n = inbox.jobCount();
        uint256 included;
        for (uint256 id = 1; id <= n; id++) {
            if (inbox.statusOf(id) == IJobInbox.Status.Included) ++included;
        }
        assertEq(inbox.includedCount(), included);
    }
}
