// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Rollup} from "../src/Rollup.sol";
import {JobInbox} from "../src/JobInbox.sol";
import {DatasetRegistry} from "../src/DatasetRegistry.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";
import {IRollup, IJobReceiver} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IDatasetRegistry} from "../src/interfaces/IDatasetRegistry.sol";
import {IDisputeGame, Clock} from "../src/interfaces/IDisputeGame.sol";
import {IDisputeGameFactory} from "../src/interfaces/IDisputeGameFactory.sol";
import {IDisputeVM} from "../src/interfaces/IDisputeVM.sol";
import {Position} from "../src/lib/LibPosition.sol";

/// @dev The records tree of prover/merkle built in memory, level by level: leaf = keccak256(abi.encode(record)),
///      node = keccak256(left ‖ right) except that two zero children give zero, odd levels padded with a zero hash.
library Rollup_Merkle {
    /// @dev ceil(log2 n).
    function depth(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) ++d;
    }

    function hashPair(bytes32 l, bytes32 r) internal pure returns (bytes32) {
        if (l == bytes32(0) && r == bytes32(0)) return bytes32(0);
        return keccak256(abi.encodePacked(l, r));
    }

    /// @dev The root of `leaves` and the proof of leaf `index`.
    function tree(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32, bytes32[] memory proof) {
        uint256 d = depth(leaves.length);
        proof = new bytes32[](d);
        bytes32[] memory level = leaves;
        for (uint256 k; k < d; ++k) {
            uint256 len = level.length;
            uint256 sib = index ^ 1;
            proof[k] = sib < len ? level[sib] : bytes32(0);
            bytes32[] memory next = new bytes32[]((len + 1) / 2);
            for (uint256 i; i < next.length; ++i) {
                next[i] = hashPair(level[2 * i], 2 * i + 1 < len ? level[2 * i + 1] : bytes32(0));
            }
            level = next;
            index >>= 1;
        }
        return (level[0], proof);
    }

    function root(bytes32[] memory leaves) internal pure returns (bytes32 r) {
        (r,) = tree(leaves, 0);
    }

    function proofOf(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory p) {
        (, p) = tree(leaves, index);
    }
}

/// @dev Test double of a DisputeGame: claim 0 is the proposer's root claim, claim 1 the challenger's attack with
///      its bond. The test resolves it (status and the root's counteredBy) with resolveAs; claimCredit pays the
///      held bond to the side that won.
contract Rollup_MockGame is IDisputeGame {
    error Unsupported();

    address public immutable creator;
    address public immutable proposer;
    address public immutable challenger;
    bytes32 public immutable challengerClaim;
    uint128 public immutable bond;
    uint64 public immutable createdAt;
    bytes public record;
    bytes public setupData;
    GameStatus public status;
    uint64 public resolvedAt;
    address public rootCounteredBy;
    bool public paid;

    constructor(
        address creator_,
        bytes memory record_,
        bytes memory setupData_,
        address proposer_,
        address challenger_,
        bytes32 challengerClaim_
    ) payable {
        creator = creator_;
        record = record_;
        setupData = setupData_;
        proposer = proposer_;
        challenger = challenger_;
        challengerClaim = challengerClaim_;
        // forge-lint: disable-next-line(unsafe-typecast)
        bond = uint128(msg.value);
        createdAt = uint64(block.timestamp);
    }

    /// @dev Test hook: ends the game with `s`, the root claim countered by `counteredBy`.
    function resolveAs(GameStatus s, address counteredBy) external {
        status = s;
        rootCounteredBy = counteredBy;
        resolvedAt = uint64(block.timestamp);
    }

    function winner() public view returns (address) {
        if (status == GameStatus.CHALLENGER_WINS) return challenger;
        if (status == GameStatus.DEFENDER_WINS) return proposer;
        return address(0);
    }

    function claimCredit(address recipient) external {
        if (status == GameStatus.IN_PROGRESS) revert RootNotResolved();
        if (paid || recipient != winner()) revert NoCreditToClaim(recipient);
        paid = true;
        (bool ok,) = recipient.call{value: bond}("");
        if (!ok) revert TransferFailed(recipient, bond);
    }

    /// @dev No bond claim delay: the bond can be claimed once the game is resolved.
    function bondsUnlockAt() external view returns (uint256) {
        return status == GameStatus.IN_PROGRESS ? 0 : resolvedAt;
    }

    function credit(address recipient) external view returns (uint256) {
        return !paid && recipient == winner() && recipient != address(0) ? bond : 0;
    }

    function claimData(uint256 index) external view returns (ClaimData memory c) {
        if (index == 0) {
            c = ClaimData({
                parentIndex: type(uint32).max,
                counteredBy: rootCounteredBy,
                claimant: proposer,
                bond: 0,
                claim: keccak256(record),
                position: Position.wrap(1),
                clock: Clock.wrap(0)
            });
        } else if (index == 1) {
            c = ClaimData({
                parentIndex: 0,
                counteredBy: address(0),
                claimant: challenger,
                bond: bond,
                claim: challengerClaim,
                position: Position.wrap(2),
                clock: Clock.wrap(0)
            });
        } else {
            revert InvalidParent(index, 2);
        }
    }

    function claimDataLen() external pure returns (uint256) {
        return 2;
    }

    function rootClaim() external view returns (bytes32) {
        return keccak256(record);
    }

    function move(bytes32, uint256, bytes32, bool) external payable {
        revert Unsupported();
    }

    function moveExecRoot(bytes32, uint256, bytes32, bool, bytes calldata) external payable {
        revert Unsupported();
    }

    function step(uint256, bool, bytes calldata, bytes calldata) external pure {
        revert Unsupported();
    }

    function resolveClaim(uint256, uint256) external pure {
        revert Unsupported();
    }

    function resolve() external view returns (GameStatus) {
        return status;
    }

    function getRequiredBond(Position) external pure returns (uint256) {
        revert Unsupported();
    }

    function getChallengerDuration(uint256) external pure returns (uint64) {
        return 0;
    }

    function config() external pure returns (GameConfig memory c) {
        return c;
    }

    function disputeVM() external pure returns (IDisputeVM) {
        return IDisputeVM(address(0));
    }

    function vmContext() external view returns (bytes memory) {
        return setupData;
    }

    function absolutePrestate() external pure returns (bytes32) {
        return bytes32(0);
    }

    function transitions() external pure returns (uint256) {
        return 1;
    }

    function resolvedSubgames(uint256) external view returns (bool) {
        return status != GameStatus.IN_PROGRESS;
    }

    function getNumToResolve(uint256) external pure returns (uint256) {
        return 0;
    }
}

/// @dev Test double of the DisputeGameFactory: only the rollup may create games, with exactly initBond.
contract Rollup_MockFactory is IDisputeGameFactory {
    address public immutable rollup;
    uint256 public immutable initBond;
    IDisputeGame[] internal _games;

    constructor(address rollup_, uint256 initBond_) {
        rollup = rollup_;
        initBond = initBond_;
    }

    function create(
        bytes calldata record,
        bytes calldata setupData,
        address proposer,
        address challenger,
        bytes32 challengerClaim
    ) external payable returns (IDisputeGame game) {
        if (msg.sender != rollup) revert NotRollup(msg.sender);
        if (msg.value != initBond) revert IDisputeGame.IncorrectBondAmount(msg.value, initBond);
        game =
            new Rollup_MockGame{value: msg.value}(msg.sender, record, setupData, proposer, challenger, challengerClaim);
        _games.push(game);
        emit GameCreated(address(game), keccak256(record), keccak256(record));
    }

    function disputeVM() external pure returns (IDisputeVM) {
        return IDisputeVM(address(0));
    }

    function gameConfig() external pure returns (IDisputeGame.GameConfig memory c) {
        return c;
    }

    function gameCount() external view returns (uint256) {
        return _games.length;
    }

    function gameAt(uint256 i) external view returns (IDisputeGame) {
        return _games[i];
    }
}

/// @dev A DApp: records every result it receives and the gas it was called with.
contract Rollup_Receiver is IJobReceiver {
    uint256 public calls;
    uint256 public lastJobId;
    bytes public lastOutput;
    address public lastCaller;
    uint256 public gasAtEntry;

    function onJobResult(uint256 jobId, bytes calldata output) external {
        uint256 g = gasleft();
        gasAtEntry = g;
        ++calls;
        lastJobId = jobId;
        lastOutput = output;
        lastCaller = msg.sender;
    }
}

/// @dev A DApp that reverts with 600 kB of return data (a return-data bomb: ~0.74M gas of memory for it, ~0.8M more
///      for a caller that copied it).
contract Rollup_RevertingReceiver is IJobReceiver {
    function onJobResult(uint256, bytes calldata) external pure {
        assembly {
            revert(0, 600000)
        }
    }
}

/// @dev A DApp that burns all the gas it is given.
contract Rollup_GasGuzzler is IJobReceiver {
    uint256 public sink;

    function onJobResult(uint256, bytes calldata) external {
        for (uint256 i;; ++i) {
            sink = i;
        }
    }
}

/// @dev A DApp that replays `payload` on the rollup from inside its callback and records what happened.
contract Rollup_ReentrantReceiver is IJobReceiver {
    address public immutable rollup;
    bytes public payload;
    bool public reentered;
    bool public reentryOk;
    bytes public reentryRet;

    constructor(address rollup_) {
        rollup = rollup_;
    }

    function setPayload(bytes calldata p) external {
        payload = p;
    }

    function onJobResult(uint256, bytes calldata) external {
        reentered = true;
        (reentryOk, reentryRet) = rollup.call(payload);
    }
}

/// @dev An account that can earn credit (by proving an inclusion fault) and that refuses ETH, or, when
///      `reenter` is set, tries to withdraw again on receiving it.
contract Rollup_CreditHolder {
    Rollup internal immutable rollup;
    bool public reenter;
    bool public reentryOk;
    uint256 public received;

    constructor(Rollup rollup_, bool reenter_) {
        rollup = rollup_;
        reenter = reenter_;
    }

    function prove(uint256 jobId) external {
        rollup.proveInclusionFault(jobId);
    }

    function withdraw() external {
        rollup.withdrawCredit();
    }

    receive() external payable {
        if (!reenter) revert("no");
        received += msg.value;
        try rollup.withdrawCredit() {
            reentryOk = true;
        } catch {}
    }
}

/// @dev Shared fixture: the real JobInbox and DatasetRegistry, the test-double factory, and the rollup, deployed
///      around the precomputed rollup address; helpers that submit jobs, build records and batches with real
///      proofs.
abstract contract Rollup_TestInit is Test {
    JobInbox internal inbox;
    DatasetRegistry internal datasets;
    ModelRegistry internal models;
    Rollup_MockFactory internal factory;
    Rollup internal rollup;
    Rollup_Receiver internal receiver;

    address internal sequencer = makeAddr("sequencer");
    address internal alice = makeAddr("alice"); // submits jobs
    address internal bob = makeAddr("bob"); // challenges
    address internal carol = makeAddr("carol"); // delivers, proves faults

    uint64 internal constant WINDOW = 1 days;
    uint128 internal constant BOND = 0.1 ether;
    uint128 internal constant PENALTY = 0.5 ether;
    uint64 internal constant INCLUSION = 10;
    uint256 internal constant INIT_BOND = 0.08 ether;
    uint256 internal constant T0 = 1_700_000_000;
    uint64 internal constant MODEL = 7;
    uint32 internal constant CB_GAS = 300_000;
    bytes32 internal constant NEW_ROOT = keccak256("new-model-root");
    bytes32 internal constant CONFIG_HASH = keccak256("training-config");
    bytes32 internal constant CLAIM = keccak256("challenger-claim");
    bytes internal constant SETUP = hex"5e7a";

    uint256 internal datasetId;
    /// @dev Records, outputs and leaves of every batch proposed through _propose.
    mapping(uint256 batchIndex => IRollup.JobRecord[]) internal _recs;
    mapping(uint256 batchIndex => bytes[]) internal _outs;
    mapping(uint256 batchIndex => bytes32[]) internal _leaves;

    function setUp() public virtual {
        vm.warp(T0);
        vm.roll(1000);
        models = new ModelRegistry();
        // Model ids 1..MODEL; MODEL's root is the one _rec uses, with a context of 8 tokens.
        for (uint256 i = 1; i <= MODEL; ++i) {
            IModelRegistry.Dims memory d = IModelRegistry.Dims({
                embeddingDim: 64, layers: 2, heads: 4, kvHeads: 2, ffDim: 192, vocabSize: 512, contextLength: 8
            });
            models.register(i == MODEL ? keccak256("model") : keccak256(abi.encode("model", i)), bytes32(0), d, "u");
        }
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 3);
        inbox = new JobInbox(predicted, INCLUSION);
        datasets = new DatasetRegistry(predicted);
        factory = new Rollup_MockFactory(predicted, INIT_BOND);
        rollup = new Rollup(sequencer, inbox, factory, datasets, models, _cfg());
        assertEq(address(rollup), predicted);
        receiver = new Rollup_Receiver();
        datasetId = datasets.publish(keccak256("dataset"), 100, 10_000, "http://x/ds", "MIT");
        vm.deal(sequencer, 10_000 ether);
        vm.deal(alice, 10_000 ether);
        vm.deal(bob, 10_000 ether);
        vm.deal(carol, 10_000 ether);
    }

    function _cfg() internal pure returns (IRollup.RollupConfig memory) {
        return IRollup.RollupConfig({challengeWindow: WINDOW, bondPerRecord: BOND, inclusionPenalty: PENALTY});
    }

    function _params() internal pure returns (IJobInbox.Params memory) {
        return
            IJobInbox.Params({
                maxTokens: 2, temperatureMilli: 0, topK: 0, topPMicro: 1_000_000, seed: keccak256("seed")
            });
    }

    function _submit(IJobInbox.Kind kind, uint256 maxFee, address callback, uint32 gasLimit) internal returns (uint64) {
        uint64 model = kind == IJobInbox.Kind.Pretrain ? 0 : MODEL;
        uint64 ds = kind == IJobInbox.Kind.Inference ? 0 : uint64(datasetId);
        vm.prank(alice);
        return uint64(inbox.submit{value: maxFee}(kind, model, "prompt", ds, _params(), callback, gasLimit));
    }

    function _inferenceOutput(uint64 jobId) internal pure returns (bytes memory) {
        return abi.encodePacked(uint32(jobId), uint32(42));
    }

    function _rec(uint64 jobId, IJobInbox.Kind kind, uint128 fee, bytes memory output)
        internal
        pure
        returns (IRollup.JobRecord memory r)
    {
        r.jobId = jobId;
        r.kind = kind;
        r.modelRoot = keccak256("model");
        r.inputHash = keccak256("prompt");
        r.promptRoot = keccak256(abi.encode("prompt-root", jobId));
        r.promptLen = 3;
        r.outputLen = 2;
        r.params = _params();
        r.outputHash = keccak256(output);
        r.residualRoot = keccak256(abi.encode("residual", jobId));
        r.kvRoot = keccak256(abi.encode("kv", jobId));
        r.fee = fee;
    }

    /// @dev Proposes the next batch over `recs` (outputs `outs`), including `include`; returns its index.
    function _propose(IRollup.JobRecord[] memory recs, bytes[] memory outs, uint64[] memory include)
        internal
        returns (uint64 b)
    {
        b = uint64(rollup.batchCount());
        bytes32[] memory leaves = new bytes32[](recs.length);
        for (uint256 i; i < recs.length; ++i) {
            leaves[i] = keccak256(abi.encode(recs[i]));
            _recs[b].push(recs[i]);
            _outs[b].push(outs[i]);
            _leaves[b].push(leaves[i]);
        }
        vm.prank(sequencer);
        // forge-lint: disable-next-line(unsafe-typecast)
        rollup.propose{value: uint256(BOND) * recs.length}(
            b, Rollup_Merkle.root(leaves), uint32(recs.length), keccak256("da"), include
        );
    }

    function _proof(uint256 b, uint256 i) internal view returns (bytes32[] memory) {
        return Rollup_Merkle.proofOf(_leaves[b], i);
    }

    /// @dev The standard batch 0: job 1 inference with `receiver` as callback (fee 0.4 of 1 ether), job 2 inference
    ///      without (0.5 of 1 ether), job 3 fine-tune (1.5 of 2 ether); all three included.
    function _standardBatch() internal returns (uint64) {
        uint64 j1 = _submit(IJobInbox.Kind.Inference, 1 ether, address(receiver), CB_GAS);
        uint64 j2 = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        uint64 j3 = _submit(IJobInbox.Kind.FineTune, 2 ether, address(0), 0);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](3);
        bytes[] memory outs = new bytes[](3);
        outs[0] = _inferenceOutput(j1);
        outs[1] = _inferenceOutput(j2);
        outs[2] = abi.encode(NEW_ROOT, CONFIG_HASH);
        recs[0] = _rec(j1, IJobInbox.Kind.Inference, 0.4 ether, outs[0]);
        recs[1] = _rec(j2, IJobInbox.Kind.Inference, 0.5 ether, outs[1]);
        recs[2] = _rec(j3, IJobInbox.Kind.FineTune, 1.5 ether, outs[2]);
        uint64[] memory include = new uint64[](3);
        include[0] = j1;
        include[1] = j2;
        include[2] = j3;
        return _propose(recs, outs, include);
    }

    /// @dev A one-record batch over job `jobId` of `kind` with `fee` and `output`, including the job.
    function _singleBatch(uint64 jobId, IJobInbox.Kind kind, uint128 fee, bytes memory output)
        internal
        returns (uint64)
    {
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        bytes[] memory outs = new bytes[](1);
        outs[0] = output;
        recs[0] = _rec(jobId, kind, fee, output);
        uint64[] memory include = new uint64[](1);
        include[0] = jobId;
        return _propose(recs, outs, include);
    }

    function _dispute(uint64 b, uint32 i) internal returns (Rollup_MockGame) {
        vm.prank(bob);
        return Rollup_MockGame(address(rollup.dispute{value: INIT_BOND}(b, i, _recs[b][i], _proof(b, i), SETUP, CLAIM)));
    }

    function _deliver(uint64 b, uint32 i) internal {
        vm.prank(carol);
        rollup.deliver(b, i, _recs[b][i], _proof(b, i), _outs[b][i]);
    }

    function _closeWindow(uint64 b) internal {
        vm.warp(rollup.challengeDeadline(b) + 1);
    }

    function _stake(uint256 amount) internal {
        vm.prank(sequencer);
        rollup.stake{value: amount}();
    }

    /// @dev A force-refunded job: submitted, left uncluded past the inclusion window, refunded by carol.
    function _forceRefunded() internal returns (uint64 jobId) {
        jobId = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        vm.roll(block.number + INCLUSION + 1);
        vm.prank(carol);
        inbox.refundOverdue(jobId);
    }

    function _assertConserved() internal view {
        assertEq(address(rollup).balance, rollup.bondsHeld() + rollup.stakeOf() + rollup.totalCredits(), "rollup ETH");
        assertEq(address(inbox).balance, inbox.totalBalances() + inbox.escrowed(), "inbox ETH");
    }
}

contract Rollup_Constructor_Test is Rollup_TestInit {
    function test_constructor_setsFields_succeeds() public view {
        assertEq(rollup.sequencer(), sequencer);
        assertEq(address(rollup.inbox()), address(inbox));
        assertEq(address(rollup.factory()), address(factory));
        assertEq(address(rollup.datasets()), address(datasets));
        IRollup.RollupConfig memory c = rollup.config();
        assertEq(c.challengeWindow, WINDOW);
        assertEq(c.bondPerRecord, BOND);
        assertEq(c.inclusionPenalty, PENALTY);
        assertEq(rollup.batchCount(), 0);
        assertEq(rollup.stakeOf(), 0);
        assertEq(rollup.bondsHeld(), 0);
        assertEq(rollup.totalCredits(), 0);
        // The deployment cycle closes: each peer names the rollup.
        assertEq(inbox.rollup(), address(rollup));
        assertEq(datasets.writer(), address(rollup));
        assertEq(factory.rollup(), address(rollup));
    }

    function _expectCtorRevert(
        address seq,
        IJobInbox ib,
        IDisputeGameFactory f,
        IDatasetRegistry d,
        IRollup.RollupConfig memory c,
        bytes memory err
    ) internal {
        vm.expectRevert(err);
        new Rollup(seq, ib, f, d, models, c);
    }

    function _zero(string memory field) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IRollup.ZeroValue.selector, field);
    }

    function test_constructor_zeroSequencer_reverts() public {
        _expectCtorRevert(address(0), inbox, factory, datasets, _cfg(), _zero("sequencer"));
    }

    function test_constructor_zeroInbox_reverts() public {
        _expectCtorRevert(sequencer, IJobInbox(address(0)), factory, datasets, _cfg(), _zero("inbox"));
    }

    function test_constructor_zeroFactory_reverts() public {
        _expectCtorRevert(sequencer, inbox, IDisputeGameFactory(address(0)), datasets, _cfg(), _zero("factory"));
    }

    function test_constructor_zeroDatasets_reverts() public {
        _expectCtorRevert(sequencer, inbox, factory, IDatasetRegistry(address(0)), _cfg(), _zero("datasets"));
    }

    function test_constructor_zeroModels_reverts() public {
        vm.expectRevert(_zero("models"));
        new Rollup(sequencer, inbox, factory, datasets, IModelRegistry(address(0)), _cfg());
    }

    function test_constructor_zeroChallengeWindow_reverts() public {
        IRollup.RollupConfig memory c = _cfg();
        c.challengeWindow = 0;
        _expectCtorRevert(sequencer, inbox, factory, datasets, c, _zero("challengeWindow"));
    }

    function test_constructor_zeroBondPerRecord_reverts() public {
        IRollup.RollupConfig memory c = _cfg();
        c.bondPerRecord = 0;
        _expectCtorRevert(sequencer, inbox, factory, datasets, c, _zero("bondPerRecord"));
    }

    function test_constructor_bondPerRecordTooLarge_reverts() public {
        IRollup.RollupConfig memory c = _cfg();
        uint256 max = type(uint128).max / 4096;
        // forge-lint: disable-next-line(unsafe-typecast)
        c.bondPerRecord = uint128(max + 1);
        _expectCtorRevert(
            sequencer,
            inbox,
            factory,
            datasets,
            c,
            abi.encodeWithSelector(IRollup.OutOfRange.selector, "bondPerRecord", max + 1, 1, max)
        );
        // forge-lint: disable-next-line(unsafe-typecast)
        c.bondPerRecord = uint128(max);
        new Rollup(sequencer, inbox, factory, datasets, models, c);
    }

    function test_constructor_zeroInclusionPenalty_reverts() public {
        IRollup.RollupConfig memory c = _cfg();
        c.inclusionPenalty = 0;
        _expectCtorRevert(sequencer, inbox, factory, datasets, c, _zero("inclusionPenalty"));
    }
}

contract Rollup_Propose_Test is Rollup_TestInit {
    function test_propose_storesBatchAndIncludesJobs_succeeds() public {
        uint64 j1 = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        uint64 j2 = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        uint64[] memory include = new uint64[](2);
        include[0] = j1;
        include[1] = j2;
        bytes32 root = keccak256("root");
        vm.expectEmit(address(rollup));
        emit IRollup.BatchProposed(0, root, 5, keccak256("da"), 5 * uint256(BOND));
        vm.prank(sequencer);
        rollup.propose{value: 5 * uint256(BOND)}(0, root, 5, keccak256("da"), include);

        assertEq(rollup.batchCount(), 1);
        IRollup.Batch memory b = rollup.batch(0);
        assertEq(b.recordsRoot, root);
        assertEq(b.daCommitment, keccak256("da"));
        assertEq(b.proposer, sequencer);
        assertEq(b.recordCount, 5);
        assertEq(b.proposedAt, T0);
        assertEq(b.bond, 5 * uint256(BOND));
        assertEq(b.pendingDisputes, 0);
        assertEq(b.voided, 0);
        assertFalse(b.bondReleased);
        assertEq(uint8(inbox.statusOf(j1)), uint8(IJobInbox.Status.Included));
        assertEq(uint8(inbox.statusOf(j2)), uint8(IJobInbox.Status.Included));
        assertEq(rollup.bondsHeld(), 5 * uint256(BOND));
        _assertConserved();
    }

    function test_propose_consecutiveBatches_succeeds() public {
        _standardBatch();
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        uint64 b = _singleBatch(j, IJobInbox.Kind.Inference, 1, hex"00");
        assertEq(b, 1);
        assertEq(rollup.batchCount(), 2);
        assertEq(rollup.bondsHeld(), 4 * uint256(BOND));
        _assertConserved();
    }

    function test_propose_maxRecords_succeeds() public {
        uint64[] memory none;
        vm.prank(sequencer);
        rollup.propose{value: 4096 * uint256(BOND)}(0, keccak256("r"), 4096, bytes32(0), none);
        assertEq(rollup.batch(0).recordCount, 4096);
    }

    function test_propose_notSequencer_reverts() public {
        uint64[] memory none;
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotSequencer.selector, alice));
        rollup.propose{value: BOND}(0, keccak256("r"), 1, bytes32(0), none);
    }

    function test_propose_wrongBatchIndex_reverts() public {
        uint64[] memory none;
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongBatchIndex.selector, 1, 0));
        rollup.propose{value: BOND}(1, keccak256("r"), 1, bytes32(0), none);
        _standardBatch();
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongBatchIndex.selector, 0, 1));
        rollup.propose{value: BOND}(0, keccak256("r"), 1, bytes32(0), none);
    }

    function test_propose_zeroRecords_reverts() public {
        uint64[] memory none;
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.OutOfRange.selector, "recordCount", 0, 1, 4096));
        rollup.propose(0, keccak256("r"), 0, bytes32(0), none);
    }

    function test_propose_tooManyRecords_reverts() public {
        uint64[] memory none;
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.OutOfRange.selector, "recordCount", 4097, 1, 4096));
        rollup.propose{value: 4097 * uint256(BOND)}(0, keccak256("r"), 4097, bytes32(0), none);
    }

    function test_propose_zeroRoot_reverts() public {
        uint64[] memory none;
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.ZeroValue.selector, "recordsRoot"));
        rollup.propose{value: BOND}(0, bytes32(0), 1, bytes32(0), none);
    }

    function test_propose_bondTooLow_reverts() public {
        uint64[] memory none;
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.IncorrectBond.selector, 3 * uint256(BOND) - 1, 3 * BOND));
        rollup.propose{value: 3 * uint256(BOND) - 1}(0, keccak256("r"), 3, bytes32(0), none);
    }

    function test_propose_bondTooHigh_reverts() public {
        uint64[] memory none;
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.IncorrectBond.selector, 4 * uint256(BOND), 3 * BOND));
        rollup.propose{value: 4 * uint256(BOND)}(0, keccak256("r"), 3, bytes32(0), none);
    }

    function test_propose_jobNotPending_reverts() public {
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        uint64[] memory include = new uint64[](2);
        include[0] = j;
        include[1] = j;
        vm.prank(sequencer);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, j, IJobInbox.Status.Included, IJobInbox.Status.Pending
            )
        );
        rollup.propose{value: BOND}(0, keccak256("r"), 1, bytes32(0), include);
    }

    function test_propose_unknownJob_reverts() public {
        uint64[] memory include = new uint64[](1);
        include[0] = 77;
        vm.prank(sequencer);
        vm.expectRevert(
            abi.encodeWithSelector(IJobInbox.WrongStatus.selector, 77, IJobInbox.Status.None, IJobInbox.Status.Pending)
        );
        rollup.propose{value: BOND}(0, keccak256("r"), 1, bytes32(0), include);
    }

    function testFuzz_propose_bondMath(uint32 count, uint256 sent) public {
        count = uint32(bound(count, 1, 4096));
        uint256 required = uint256(BOND) * count;
        sent = bound(sent, 0, 1000 ether);
        uint64[] memory none;
        vm.deal(sequencer, 2000 ether);
        vm.prank(sequencer);
        if (sent != required) {
            vm.expectRevert(abi.encodeWithSelector(IRollup.IncorrectBond.selector, sent, required));
            rollup.propose{value: sent}(0, keccak256("r"), count, bytes32(0), none);
            vm.prank(sequencer);
        }
        rollup.propose{value: required}(0, keccak256("r"), count, bytes32(0), none);
        assertEq(rollup.batch(0).bond, required);
        assertEq(address(rollup).balance, required);
        _assertConserved();
    }
}

contract Rollup_Dispute_Test is Rollup_TestInit {
    function test_dispute_createsGame_succeeds() public {
        uint64 b = _standardBatch();
        IRollup.JobRecord memory r = _recs[b][1];
        address expected = vm.computeCreateAddress(address(factory), vm.getNonce(address(factory)));
        vm.expectEmit(address(rollup));
        emit IRollup.RecordDisputed(b, 1, expected, bob);
        Rollup_MockGame g = _dispute(b, 1);

        assertEq(address(g), expected);
        assertEq(address(rollup.gameOf(b, 1)), expected);
        assertEq(uint8(rollup.recordStatus(b, 1)), uint8(IRollup.RecordStatus.Disputed));
        assertEq(rollup.batch(b).pendingDisputes, 1);
        assertEq(g.record(), abi.encode(r));
        assertEq(g.setupData(), SETUP);
        assertEq(g.proposer(), sequencer);
        assertEq(g.challenger(), bob);
        assertEq(g.challengerClaim(), CLAIM);
        assertEq(g.creator(), address(rollup));
        assertEq(address(g).balance, INIT_BOND);
        assertFalse(rollup.isFinal(b, 1));
        assertEq(factory.gameCount(), 1);
        _assertConserved();
    }

    function test_dispute_atWindowEnd_succeeds() public {
        uint64 b = _standardBatch();
        vm.warp(rollup.challengeDeadline(b));
        _dispute(b, 0);
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Disputed));
    }

    function test_dispute_severalRecordsOfOneBatch_succeeds() public {
        uint64 b = _standardBatch();
        _dispute(b, 0);
        _dispute(b, 2);
        assertEq(rollup.batch(b).pendingDisputes, 2);
        assertEq(uint8(rollup.recordStatus(b, 1)), uint8(IRollup.RecordStatus.None));
    }

    function test_dispute_unknownBatch_reverts() public {
        _standardBatch();
        IRollup.JobRecord memory r = _recs[0][0];
        bytes32[] memory p = _proof(0, 0);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.UnknownBatch.selector, 1));
        rollup.dispute{value: INIT_BOND}(1, 0, r, p, SETUP, CLAIM);
    }

    function test_dispute_windowClosed_reverts() public {
        uint64 b = _standardBatch();
        uint256 closes = rollup.challengeDeadline(b);
        vm.warp(closes + 1);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.ChallengeWindowClosed.selector, b, closes));
        rollup.dispute{value: INIT_BOND}(b, 0, r, p, SETUP, CLAIM);
    }

    function test_dispute_alreadyDisputed_reverts() public {
        uint64 b = _standardBatch();
        _dispute(b, 0);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, b, 0, IRollup.RecordStatus.Disputed));
        rollup.dispute{value: INIT_BOND}(b, 0, r, p, SETUP, CLAIM);
    }

    function test_dispute_voided_reverts() public {
        uint64 b = _standardBatch();
        _dispute(b, 0).resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        rollup.settle(b, 0);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, b, 0, IRollup.RecordStatus.Voided));
        rollup.dispute{value: INIT_BOND}(b, 0, r, p, SETUP, CLAIM);
    }

    function test_dispute_survivedRecord_reverts() public {
        uint64 b = _standardBatch();
        Rollup_MockGame g = _dispute(b, 0);
        g.resolveAs(IDisputeGame.GameStatus.DEFENDER_WINS, address(0));
        rollup.settle(b, 0);
        assertTrue(rollup.survived(b, 0));
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(Rollup.DisputeSurvived.selector, b, 0, address(g)));
        rollup.dispute{value: INIT_BOND}(b, 0, r, p, SETUP, CLAIM);
    }

    function test_dispute_indexPastCount_reverts() public {
        uint64 b = _standardBatch();
        // Index 3 is the padding leaf of the 3-record tree (depth 2): it must not pass even with a 2-long proof.
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 3));
        rollup.dispute{value: INIT_BOND}(b, 3, r, p, SETUP, CLAIM);
    }

    function test_dispute_wrongRecord_reverts() public {
        uint64 b = _standardBatch();
        IRollup.JobRecord memory r = _recs[b][0];
        r.fee += 1;
        bytes32[] memory p = _proof(b, 0);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 0));
        rollup.dispute{value: INIT_BOND}(b, 0, r, p, SETUP, CLAIM);
    }

    function test_dispute_recordAtWrongIndex_reverts() public {
        uint64 b = _standardBatch();
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 1));
        rollup.dispute{value: INIT_BOND}(b, 1, r, p, SETUP, CLAIM);
    }

    function test_dispute_wrongProofLength_reverts() public {
        uint64 b = _standardBatch();
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes32[] memory longer = new bytes32[](3);
        longer[0] = p[0];
        longer[1] = p[1];
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 0));
        rollup.dispute{value: INIT_BOND}(b, 0, r, longer, SETUP, CLAIM);
        bytes32[] memory shorter = new bytes32[](1);
        shorter[0] = p[0];
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 0));
        rollup.dispute{value: INIT_BOND}(b, 0, r, shorter, SETUP, CLAIM);
    }

    function test_dispute_wrongSibling_reverts() public {
        uint64 b = _standardBatch();
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        p[1] = bytes32(uint256(p[1]) ^ 1);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 0));
        rollup.dispute{value: INIT_BOND}(b, 0, r, p, SETUP, CLAIM);
    }

    function test_dispute_wrongGameBond_reverts() public {
        uint64 b = _standardBatch();
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.IncorrectBondAmount.selector, 1, INIT_BOND));
        rollup.dispute{value: 1}(b, 0, r, p, SETUP, CLAIM);
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.None));
    }

    /// @dev Random batch sizes and record indices: the in-test tree's proof is accepted, and rejected at any
    ///      other index.
    function testFuzz_dispute_recordProof(uint16 n, uint16 idx, uint16 other) public {
        n = uint16(bound(n, 1, 600));
        idx = uint16(bound(idx, 0, n - 1));
        bytes32[] memory leaves = new bytes32[](n);
        IRollup.JobRecord memory target;
        for (uint256 i; i < n; ++i) {
            IRollup.JobRecord memory r = _rec(uint64(1000 + i), IJobInbox.Kind.Inference, 1, abi.encodePacked(i));
            leaves[i] = keccak256(abi.encode(r));
            if (i == idx) target = r;
        }
        (bytes32 root, bytes32[] memory p) = Rollup_Merkle.tree(leaves, idx);
        assertEq(p.length, Rollup_Merkle.depth(n));
        uint64[] memory none;
        vm.prank(sequencer);
        rollup.propose{value: uint256(BOND) * n}(0, root, n, keccak256("da"), none);

        other = uint16(bound(other, 0, 1 << p.length));
        if (other != idx) {
            vm.prank(bob);
            vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, 0, other));
            rollup.dispute{value: INIT_BOND}(0, other, target, p, SETUP, CLAIM);
        }
        vm.prank(bob);
        rollup.dispute{value: INIT_BOND}(0, idx, target, p, SETUP, CLAIM);
        assertEq(uint8(rollup.recordStatus(0, idx)), uint8(IRollup.RecordStatus.Disputed));
    }
}

contract Rollup_Settle_Test is Rollup_TestInit {
    function test_settle_challengerWins_voidsAndRefunds_succeeds() public {
        uint64 b = _standardBatch();
        Rollup_MockGame g = _dispute(b, 1);
        address winner = makeAddr("winner");
        g.resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, winner);
        uint256 aliceBefore = alice.balance;
        uint64 jobId = _recs[b][1].jobId;

        vm.expectEmit(address(rollup));
        emit IRollup.DisputeSettled(b, 1, IDisputeGame.GameStatus.CHALLENGER_WINS, winner);
        vm.expectEmit(address(rollup));
        emit IRollup.Credited(winner, BOND);
        vm.expectEmit(address(rollup));
        emit IRollup.RecordVoided(b, 1, jobId);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobRefunded(jobId, alice, 1 ether);
        vm.prank(carol);
        rollup.settle(b, 1);

        assertEq(uint8(rollup.recordStatus(b, 1)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(inbox.statusOf(jobId)), uint8(IJobInbox.Status.Refunded));
        assertEq(alice.balance, aliceBefore + 1 ether);
        assertEq(rollup.credit(winner), BOND);
        IRollup.Batch memory bt = rollup.batch(b);
        assertEq(bt.voided, 1);
        assertEq(bt.pendingDisputes, 0);
        assertEq(rollup.bondsHeld(), 2 * uint256(BOND));
        assertFalse(rollup.isFinal(b, 1));
        _assertConserved();
    }

    function test_settle_challengerWinsWithoutCounteredBy_paysFirstAttacker_succeeds() public {
        uint64 b = _standardBatch();
        _dispute(b, 0).resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, address(0));
        rollup.settle(b, 0);
        assertEq(rollup.credit(bob), BOND);
        _assertConserved();
    }

    function test_settle_defenderWins_recordFinalizes_succeeds() public {
        uint64 b = _standardBatch();
        Rollup_MockGame g = _dispute(b, 0);
        g.resolveAs(IDisputeGame.GameStatus.DEFENDER_WINS, address(0));
        vm.expectEmit(address(rollup));
        emit IRollup.DisputeSettled(b, 0, IDisputeGame.GameStatus.DEFENDER_WINS, sequencer);
        rollup.settle(b, 0);

        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.None));
        assertTrue(rollup.survived(b, 0));
        assertEq(address(rollup.gameOf(b, 0)), address(g));
        assertEq(rollup.batch(b).pendingDisputes, 0);
        assertEq(rollup.batch(b).voided, 0);
        assertFalse(rollup.isFinal(b, 0));
        _closeWindow(b);
        assertTrue(rollup.isFinal(b, 0));
        _deliver(b, 0);
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Delivered));
        _assertConserved();
    }

    function test_settle_afterWindow_succeeds() public {
        uint64 b = _standardBatch();
        Rollup_MockGame g = _dispute(b, 2);
        _closeWindow(b);
        vm.warp(block.timestamp + 30 days);
        g.resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        rollup.settle(b, 2);
        assertEq(uint8(rollup.recordStatus(b, 2)), uint8(IRollup.RecordStatus.Voided));
    }

    function test_settle_unrefundableJob_stillVoids_succeeds() public {
        // Two records of one batch name the same job: the first is delivered, the second voided.
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](3);
        bytes[] memory outs = new bytes[](3);
        outs[0] = _inferenceOutput(j);
        outs[1] = hex"0001";
        outs[2] = hex"0002";
        recs[0] = _rec(j, IJobInbox.Kind.Inference, 0.1 ether, outs[0]);
        recs[1] = _rec(j, IJobInbox.Kind.Inference, 0.2 ether, outs[1]);
        recs[2] = _rec(999, IJobInbox.Kind.Inference, 0.2 ether, outs[2]); // no such job
        uint64[] memory include = new uint64[](1);
        include[0] = j;
        uint64 b = _propose(recs, outs, include);
        Rollup_MockGame g1 = _dispute(b, 1);
        Rollup_MockGame g2 = _dispute(b, 2);
        _closeWindow(b);
        _deliver(b, 0);
        g1.resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        g2.resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        rollup.settle(b, 1);
        rollup.settle(b, 2);
        assertEq(uint8(rollup.recordStatus(b, 1)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(rollup.recordStatus(b, 2)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Delivered));
        assertEq(rollup.credit(bob), 2 * uint256(BOND));
        _assertConserved();
    }

    function test_settle_unknownBatch_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IRollup.UnknownBatch.selector, 0));
        rollup.settle(0, 0);
    }

    function test_settle_notDisputed_reverts() public {
        uint64 b = _standardBatch();
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, b, 0, IRollup.RecordStatus.None));
        rollup.settle(b, 0);
    }

    function test_settle_twice_reverts() public {
        uint64 b = _standardBatch();
        _dispute(b, 0).resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        rollup.settle(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, b, 0, IRollup.RecordStatus.Voided));
        rollup.settle(b, 0);
    }

    function test_settle_gameInProgress_reverts() public {
        uint64 b = _standardBatch();
        Rollup_MockGame g = _dispute(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.GameNotResolved.selector, address(g)));
        rollup.settle(b, 0);
    }
}

contract Rollup_Deliver_Test is Rollup_TestInit {
    function test_deliver_inferenceWithCallback_succeeds() public {
        uint64 b = _standardBatch();
        _closeWindow(b);
        uint256 aliceBefore = alice.balance;
        uint256 seqBefore = sequencer.balance;
        uint64 jobId = _recs[b][0].jobId;
        assertTrue(rollup.isFinal(b, 0));

        vm.expectEmit(address(inbox));
        emit IJobInbox.JobDelivered(jobId, sequencer, 0.4 ether, 0.6 ether);
        vm.expectEmit(address(rollup));
        emit IRollup.JobDelivered(b, 0, jobId, true);
        _deliver(b, 0);

        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Delivered));
        assertEq(uint8(inbox.statusOf(jobId)), uint8(IJobInbox.Status.Delivered));
        assertEq(sequencer.balance, seqBefore + 0.4 ether);
        assertEq(alice.balance, aliceBefore + 0.6 ether);
        assertEq(receiver.calls(), 1);
        assertEq(receiver.lastJobId(), jobId);
        assertEq(receiver.lastOutput(), _outs[b][0]);
        assertEq(receiver.lastCaller(), address(rollup));
        assertFalse(rollup.isFinal(b, 0));
        _assertConserved();
    }

    function test_deliver_withoutCallback_succeeds() public {
        uint64 b = _standardBatch();
        _closeWindow(b);
        vm.expectEmit(address(rollup));
        emit IRollup.JobDelivered(b, 1, _recs[b][1].jobId, true);
        _deliver(b, 1);
        assertEq(receiver.calls(), 0);
    }

    function test_deliver_fineTune_recordsLineage_succeeds() public {
        uint64 b = _standardBatch();
        _closeWindow(b);
        uint64 jobId = _recs[b][2].jobId;
        vm.expectEmit(address(datasets));
        emit IDatasetRegistry.LineageRecorded(1, NEW_ROOT, datasetId, MODEL, CONFIG_HASH, bytes32(uint256(jobId)));
        _deliver(b, 2);
        IDatasetRegistry.Lineage memory l = datasets.lineage(datasets.lineageOf(NEW_ROOT));
        assertEq(l.modelRoot, NEW_ROOT);
        assertEq(l.baseModelId, MODEL);
        assertEq(l.datasetId, datasetId);
        assertEq(l.trainingConfigHash, CONFIG_HASH);
        assertEq(l.jobId, bytes32(uint256(jobId)));
        assertEq(l.recordedAt, block.timestamp);
    }

    function test_deliver_pretrain_recordsLineageWithoutBase_succeeds() public {
        uint64 j = _submit(IJobInbox.Kind.Pretrain, 1 ether, address(receiver), CB_GAS);
        uint64 b = _singleBatch(j, IJobInbox.Kind.Pretrain, 1 ether, abi.encode(NEW_ROOT, bytes32(0)));
        _closeWindow(b);
        _deliver(b, 0);
        IDatasetRegistry.Lineage memory l = datasets.lineage(datasets.lineageOf(NEW_ROOT));
        assertEq(l.baseModelId, 0);
        assertEq(l.trainingConfigHash, bytes32(0));
        assertEq(receiver.lastOutput(), abi.encode(NEW_ROOT, bytes32(0)));
    }

    function test_deliver_existingLineage_succeeds() public {
        uint64 b = _standardBatch();
        uint64 j = _submit(IJobInbox.Kind.FineTune, 1 ether, address(0), 0);
        uint64 b2 = _singleBatch(j, IJobInbox.Kind.FineTune, 1 ether, abi.encode(NEW_ROOT, CONFIG_HASH));
        _closeWindow(b2);
        _deliver(b, 2);
        vm.expectEmit(address(rollup));
        emit Rollup.LineageExisting(j, NEW_ROOT, 1);
        _deliver(b2, 0);
        assertEq(datasets.lineageCount(), 1);
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Delivered));
    }

    function test_deliver_unknownDataset_reverts() public {
        // A training record the registry rejects for another reason is not delivered.
        vm.prank(alice);
        uint64 j =
            uint64(inbox.submit{value: 1 ether}(IJobInbox.Kind.FineTune, MODEL, "", 99, _params(), address(0), 0));
        uint64 b = _singleBatch(j, IJobInbox.Kind.FineTune, 1 ether, abi.encode(NEW_ROOT, CONFIG_HASH));
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IDatasetRegistry.UnknownDataset.selector, 99));
        rollup.deliver(b, 0, r, p, abi.encode(NEW_ROOT, CONFIG_HASH));
    }

    function test_deliver_revertingCallback_succeeds() public {
        Rollup_RevertingReceiver bad = new Rollup_RevertingReceiver();
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(bad), 2_000_000);
        uint64 b = _singleBatch(j, IJobInbox.Kind.Inference, 1 ether, _inferenceOutput(j));
        _closeWindow(b);
        vm.expectEmit(address(rollup));
        emit IRollup.JobDelivered(b, 0, j, false);
        uint256 g = gasleft();
        _deliver(b, 0);
        // The return data are never copied: this delivery takes the callee's ~0.74M and ~0.05–0.15M of its own
        // (more when each call is measured as its own transaction, as --gas-report does); copying would add ~0.8M.
        assertLt(g - gasleft(), 1_200_000);
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Delivered));
    }

    function test_deliver_gasGuzzlingCallback_isCapped_succeeds() public {
        Rollup_GasGuzzler guzzler = new Rollup_GasGuzzler();
        uint32 limit = 300_000;
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(guzzler), limit);
        uint64 b = _singleBatch(j, IJobInbox.Kind.Inference, 1 ether, _inferenceOutput(j));
        _closeWindow(b);
        vm.expectEmit(address(rollup));
        emit IRollup.JobDelivered(b, 0, j, false);
        uint256 g = gasleft();
        _deliver(b, 0);
        uint256 used = g - gasleft();
        assertGe(used, limit);
        assertLt(used, uint256(limit) + 200_000);
    }

    function test_deliver_callbackGetsItsWholeGasLimit_succeeds() public {
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(receiver), CB_GAS);
        uint64 b = _singleBatch(j, IJobInbox.Kind.Inference, 1 ether, _inferenceOutput(j));
        _closeWindow(b);
        bytes memory call_ = abi.encodeCall(Rollup.deliver, (b, 0, _recs[b][0], _proof(b, 0), _outs[b][0]));
        // The least gas with which the delivery succeeds: the callback still gets its limit (less the dispatch).
        uint256 lo = CB_GAS;
        uint256 hi = 1_000_000;
        assertFalse(_tryDeliver(call_, lo));
        assertTrue(_tryDeliver(call_, hi));
        while (hi - lo > 1) {
            uint256 mid = (lo + hi) / 2;
            if (_tryDeliver(call_, mid)) hi = mid;
            else lo = mid;
        }
        (bool ok, bytes memory ret) = address(rollup).call{gas: hi - 1}(call_);
        assertFalse(ok);
        assertEq(bytes4(ret), IRollup.InsufficientGas.selector, "the gas check is the binding limit");
        (ok,) = address(rollup).call{gas: hi}(call_);
        assertTrue(ok);
        assertEq(receiver.calls(), 1);
        assertGe(receiver.gasAtEntry(), CB_GAS - 1000);
        assertLe(receiver.gasAtEntry(), CB_GAS);
    }

    function _tryDeliver(bytes memory call_, uint256 gas_) internal returns (bool ok) {
        uint256 snap = vm.snapshotState();
        (ok,) = address(rollup).call{gas: gas_}(call_);
        vm.revertToState(snap);
    }

    function test_deliver_insufficientGas_reverts() public {
        uint32 limit = 1_000_000;
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(receiver), limit);
        uint64 b = _singleBatch(j, IJobInbox.Kind.Inference, 1 ether, _inferenceOutput(j));
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectPartialRevert(IRollup.InsufficientGas.selector);
        rollup.deliver{gas: 900_000}(b, 0, r, p, out);
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.None));
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Included));
    }

    function test_deliver_reentrantCallback_succeeds() public {
        Rollup_ReentrantReceiver re = new Rollup_ReentrantReceiver(address(rollup));
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(re), 500_000);
        uint64 b = _singleBatch(j, IJobInbox.Kind.Inference, 1 ether, _inferenceOutput(j));
        _closeWindow(b);
        re.setPayload(abi.encodeCall(Rollup.deliver, (b, 0, _recs[b][0], _proof(b, 0), _outs[b][0])));
        _deliver(b, 0);
        assertTrue(re.reentered());
        assertFalse(re.reentryOk());
        assertEq(
            re.reentryRet(),
            abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, b, 0, IRollup.RecordStatus.Delivered)
        );
    }

    function test_deliver_unknownBatch_reverts() public {
        _standardBatch();
        IRollup.JobRecord memory r = _recs[0][0];
        bytes32[] memory p = _proof(0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.UnknownBatch.selector, 1));
        rollup.deliver(1, 0, r, p, hex"");
    }

    function test_deliver_windowOpen_reverts() public {
        uint64 b = _standardBatch();
        uint256 closes = rollup.challengeDeadline(b);
        vm.warp(closes);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.ChallengeWindowOpen.selector, b, closes));
        rollup.deliver(b, 0, r, p, out);
    }

    function test_deliver_disputed_reverts() public {
        uint64 b = _standardBatch();
        _dispute(b, 0);
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, b, 0, IRollup.RecordStatus.Disputed));
        rollup.deliver(b, 0, r, p, out);
    }

    function test_deliver_voided_reverts() public {
        uint64 b = _standardBatch();
        _dispute(b, 0).resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        rollup.settle(b, 0);
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, b, 0, IRollup.RecordStatus.Voided));
        rollup.deliver(b, 0, r, p, out);
    }

    function test_deliver_twice_reverts() public {
        uint64 b = _standardBatch();
        _closeWindow(b);
        _deliver(b, 0);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(
            abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, b, 0, IRollup.RecordStatus.Delivered)
        );
        rollup.deliver(b, 0, r, p, out);
    }

    function test_deliver_notInBatch_reverts() public {
        uint64 b = _standardBatch();
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        r.fee = 1 ether;
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 0));
        rollup.deliver(b, 0, r, p, out);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 5));
        rollup.deliver(b, 5, _recs[b][0], p, out);
    }

    function test_deliver_wrongOutput_reverts() public {
        uint64 b = _standardBatch();
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongOutput.selector, keccak256(hex"ff"), r.outputHash));
        rollup.deliver(b, 0, r, p, hex"ff");
    }

    function test_deliver_kindMismatch_reverts() public {
        uint64 j = _submit(IJobInbox.Kind.FineTune, 1 ether, address(0), 0);
        uint64 b = _singleBatch(j, IJobInbox.Kind.Inference, 1 ether, _inferenceOutput(j));
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(
            abi.encodeWithSelector(Rollup.KindMismatch.selector, j, IJobInbox.Kind.Inference, IJobInbox.Kind.FineTune)
        );
        rollup.deliver(b, 0, r, p, out);
    }

    function test_deliver_malformedTrainingOutput_reverts() public {
        uint64 j = _submit(IJobInbox.Kind.FineTune, 1 ether, address(0), 0);
        uint64 b = _singleBatch(j, IJobInbox.Kind.FineTune, 1 ether, abi.encode(NEW_ROOT));
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.expectRevert(abi.encodeWithSelector(Rollup.InvalidTrainingOutput.selector, 32));
        rollup.deliver(b, 0, r, p, abi.encode(NEW_ROOT));
    }

    function test_deliver_unknownJob_reverts() public {
        uint64[] memory none;
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        bytes[] memory outs = new bytes[](1);
        outs[0] = hex"01";
        recs[0] = _rec(55, IJobInbox.Kind.Inference, 1, outs[0]);
        uint64 b = _propose(recs, outs, none);
        _closeWindow(b);
        bytes32[] memory p = _proof(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.UnknownJob.selector, 55));
        rollup.deliver(b, 0, recs[0], p, outs[0]);
    }

    function test_deliver_jobNotIncluded_reverts() public {
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        uint64[] memory none;
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        bytes[] memory outs = new bytes[](1);
        outs[0] = _inferenceOutput(j);
        recs[0] = _rec(j, IJobInbox.Kind.Inference, 1, outs[0]);
        uint64 b = _propose(recs, outs, none);
        _closeWindow(b);
        bytes32[] memory p = _proof(b, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, j, IJobInbox.Status.Pending, IJobInbox.Status.Included
            )
        );
        rollup.deliver(b, 0, recs[0], p, outs[0]);
    }

    /// @dev Any fee up to the job's max fee is paid to the proposer and the rest refunded; more reverts.
    function testFuzz_deliver_feeAtMostMaxFee(uint128 maxFee, uint128 fee) public {
        maxFee = uint128(bound(maxFee, 1, 100 ether));
        fee = uint128(bound(fee, 0, uint256(maxFee) * 2));
        uint64 j = _submit(IJobInbox.Kind.Inference, maxFee, address(0), 0);
        uint64 b = _singleBatch(j, IJobInbox.Kind.Inference, fee, _inferenceOutput(j));
        _closeWindow(b);
        uint256 seqBefore = sequencer.balance;
        uint256 aliceBefore = alice.balance;
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        if (fee > maxFee) {
            vm.expectRevert(abi.encodeWithSelector(IJobInbox.FeeTooHigh.selector, j, fee, maxFee));
            rollup.deliver(b, 0, r, p, out);
            assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.None));
            return;
        }
        rollup.deliver(b, 0, r, p, out);
        assertEq(sequencer.balance - seqBefore, fee);
        assertEq(alice.balance - aliceBefore, maxFee - fee);
        _assertConserved();
    }
}

contract Rollup_ReleaseBond_Test is Rollup_TestInit {
    function test_releaseBond_fullBond_succeeds() public {
        uint64 b = _standardBatch();
        _closeWindow(b);
        vm.expectEmit(address(rollup));
        emit IRollup.BondReleased(b, sequencer, 3 * uint256(BOND));
        vm.expectEmit(address(rollup));
        emit IRollup.Credited(sequencer, 3 * uint256(BOND));
        vm.prank(carol);
        rollup.releaseBond(b);
        assertTrue(rollup.batch(b).bondReleased);
        assertEq(rollup.credit(sequencer), 3 * uint256(BOND));
        assertEq(rollup.bondsHeld(), 0);
        _assertConserved();
    }

    function test_releaseBond_lessVoided_succeeds() public {
        uint64 b = _standardBatch();
        _dispute(b, 0).resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        _dispute(b, 1).resolveAs(IDisputeGame.GameStatus.DEFENDER_WINS, address(0));
        rollup.settle(b, 0);
        rollup.settle(b, 1);
        _closeWindow(b);
        rollup.releaseBond(b);
        assertEq(rollup.credit(sequencer), 2 * uint256(BOND));
        assertEq(rollup.credit(bob), BOND);
        _assertConserved();
    }

    function test_releaseBond_allVoided_releasesNothing_succeeds() public {
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        uint64 b = _singleBatch(j, IJobInbox.Kind.Inference, 1, _inferenceOutput(j));
        _dispute(b, 0).resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        rollup.settle(b, 0);
        _closeWindow(b);
        vm.expectEmit(address(rollup));
        emit IRollup.BondReleased(b, sequencer, 0);
        rollup.releaseBond(b);
        assertEq(rollup.credit(sequencer), 0);
        assertTrue(rollup.batch(b).bondReleased);
        _assertConserved();
    }

    function test_releaseBond_unknownBatch_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IRollup.UnknownBatch.selector, 0));
        rollup.releaseBond(0);
    }

    function test_releaseBond_windowOpen_reverts() public {
        uint64 b = _standardBatch();
        uint256 closes = rollup.challengeDeadline(b);
        vm.warp(closes);
        vm.expectRevert(abi.encodeWithSelector(IRollup.ChallengeWindowOpen.selector, b, closes));
        rollup.releaseBond(b);
    }

    function test_releaseBond_disputesPending_reverts() public {
        uint64 b = _standardBatch();
        _dispute(b, 0);
        _dispute(b, 1);
        _closeWindow(b);
        vm.expectRevert(abi.encodeWithSelector(IRollup.DisputesPending.selector, b, 2));
        rollup.releaseBond(b);
    }

    function test_releaseBond_twice_reverts() public {
        uint64 b = _standardBatch();
        _closeWindow(b);
        rollup.releaseBond(b);
        vm.expectRevert(abi.encodeWithSelector(IRollup.BondAlreadyReleased.selector, b));
        rollup.releaseBond(b);
    }
}

contract Rollup_Stake_Test is Rollup_TestInit {
    function test_stake_accumulates_succeeds() public {
        vm.expectEmit(address(rollup));
        emit IRollup.Staked(sequencer, 1 ether, 1 ether);
        _stake(1 ether);
        vm.expectEmit(address(rollup));
        emit IRollup.Staked(sequencer, 2 ether, 3 ether);
        _stake(2 ether);
        assertEq(rollup.stakeOf(), 3 ether);
        assertEq(address(rollup).balance, 3 ether);
        _assertConserved();
    }

    function test_stake_notSequencer_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotSequencer.selector, alice));
        rollup.stake{value: 1 ether}();
    }

    function test_stake_zero_reverts() public {
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.ZeroValue.selector, "amount"));
        rollup.stake();
    }
}

contract Rollup_Unstake_Test is Rollup_TestInit {
    function test_unstake_toCredit_succeeds() public {
        _stake(2 ether);
        vm.expectEmit(address(rollup));
        emit IRollup.Unstaked(sequencer, 1.5 ether, 0.5 ether);
        vm.expectEmit(address(rollup));
        emit IRollup.Credited(sequencer, 1.5 ether);
        vm.prank(sequencer);
        rollup.unstake(1.5 ether);
        assertEq(rollup.stakeOf(), PENALTY);
        assertEq(rollup.credit(sequencer), 1.5 ether);
        _assertConserved();
    }

    function test_unstake_notSequencer_reverts() public {
        _stake(2 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotSequencer.selector, alice));
        rollup.unstake(1 ether);
    }

    function test_unstake_zero_reverts() public {
        _stake(2 ether);
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.ZeroValue.selector, "amount"));
        rollup.unstake(0);
    }

    function test_unstake_moreThanStake_reverts() public {
        _stake(2 ether);
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.InsufficientStake.selector, 2 ether, type(uint256).max));
        rollup.unstake(type(uint256).max);
    }

    function test_unstake_belowPenalty_reverts() public {
        _stake(2 ether);
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.InsufficientStake.selector, 2 ether, 1.5 ether + 1 + PENALTY));
        rollup.unstake(1.5 ether + 1);
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.InsufficientStake.selector, 2 ether, 2 ether + PENALTY));
        rollup.unstake(2 ether);
    }
}

contract Rollup_ProveInclusionFault_Test is Rollup_TestInit {
    function test_proveInclusionFault_paysPenalty_succeeds() public {
        _stake(2 ether);
        uint64 j = _forceRefunded();
        vm.expectEmit(address(rollup));
        emit IRollup.InclusionFaultProven(j, carol, PENALTY);
        vm.expectEmit(address(rollup));
        emit IRollup.Credited(carol, PENALTY);
        vm.prank(carol);
        rollup.proveInclusionFault(j);
        assertEq(rollup.stakeOf(), 2 ether - PENALTY);
        assertEq(rollup.credit(carol), PENALTY);
        assertTrue(rollup.faultProven(j));
        _assertConserved();
    }

    function test_proveInclusionFault_partialStake_paysWhatIsLeft_succeeds() public {
        _stake(0.7 ether);
        uint64 j1 = _forceRefunded();
        uint64 j2 = _forceRefunded();
        rollup.proveInclusionFault(j1);
        vm.prank(carol);
        rollup.proveInclusionFault(j2);
        assertEq(rollup.credit(carol), 0.2 ether);
        assertEq(rollup.stakeOf(), 0);
        _assertConserved();
    }

    function test_proveInclusionFault_emptyStake_reverts() public {
        uint64 j = _forceRefunded();
        vm.expectRevert(abi.encodeWithSelector(IRollup.InsufficientStake.selector, 0, PENALTY));
        rollup.proveInclusionFault(j);
        // The fault stays provable once the sequencer stakes.
        _stake(1 ether);
        rollup.proveInclusionFault(j);
        assertEq(rollup.credit(address(this)), PENALTY);
    }

    function test_proveInclusionFault_notForceRefunded_reverts() public {
        _stake(1 ether);
        uint64 b = _standardBatch();
        uint64 j = _recs[b][0].jobId;
        // Voided and refunded through the rollup: not a sequencer inclusion fault.
        _dispute(b, 0).resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        rollup.settle(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotForceRefunded.selector, j));
        rollup.proveInclusionFault(j);
        uint64 pending = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotForceRefunded.selector, pending));
        rollup.proveInclusionFault(pending);
    }

    function test_proveInclusionFault_twice_reverts() public {
        _stake(2 ether);
        uint64 j = _forceRefunded();
        rollup.proveInclusionFault(j);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IRollup.FaultAlreadyProven.selector, j));
        rollup.proveInclusionFault(j);
    }
}

contract Rollup_WithdrawCredit_Test is Rollup_TestInit {
    function test_withdrawCredit_paysOut_succeeds() public {
        uint64 b = _standardBatch();
        _closeWindow(b);
        rollup.releaseBond(b);
        uint256 before = sequencer.balance;
        vm.expectEmit(address(rollup));
        emit IRollup.CreditWithdrawn(sequencer, 3 * uint256(BOND));
        vm.prank(sequencer);
        rollup.withdrawCredit();
        assertEq(sequencer.balance, before + 3 * uint256(BOND));
        assertEq(rollup.credit(sequencer), 0);
        assertEq(rollup.totalCredits(), 0);
        assertEq(address(rollup).balance, 0);
        _assertConserved();
    }

    function test_withdrawCredit_noCredit_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IRollup.NoCredit.selector, alice));
        rollup.withdrawCredit();
    }

    function test_withdrawCredit_rejectingRecipient_reverts() public {
        _stake(1 ether);
        Rollup_CreditHolder holder = new Rollup_CreditHolder(rollup, false);
        holder.prove(_forceRefunded());
        vm.expectRevert(abi.encodeWithSelector(IRollup.TransferFailed.selector, address(holder), PENALTY));
        holder.withdraw();
        assertEq(rollup.credit(address(holder)), PENALTY);
    }

    function test_withdrawCredit_reentrant_paysOnce_succeeds() public {
        _stake(2 ether);
        Rollup_CreditHolder holder = new Rollup_CreditHolder(rollup, true);
        holder.prove(_forceRefunded());
        holder.withdraw();
        assertEq(holder.received(), PENALTY);
        assertFalse(holder.reentryOk());
        assertEq(address(holder).balance, PENALTY);
        assertEq(rollup.credit(address(holder)), 0);
        _assertConserved();
    }
}

contract Rollup_Views_Test is Rollup_TestInit {
    function test_batch_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IRollup.UnknownBatch.selector, 0));
        rollup.batch(0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.UnknownBatch.selector, 0));
        rollup.challengeDeadline(0);
    }

    function test_views_defaults_succeeds() public view {
        assertEq(uint8(rollup.recordStatus(5, 5)), uint8(IRollup.RecordStatus.None));
        assertEq(address(rollup.gameOf(5, 5)), address(0));
        assertFalse(rollup.isFinal(5, 5));
        assertFalse(rollup.survived(5, 5));
        assertEq(rollup.credit(alice), 0);
        assertFalse(rollup.faultProven(1));
        assertEq(rollup.MAX_RECORDS(), 4096);
    }

    function test_isFinal_lifecycle_succeeds() public {
        uint64 b = _standardBatch();
        assertFalse(rollup.isFinal(b, 0));
        _dispute(b, 1);
        vm.warp(rollup.challengeDeadline(b));
        assertFalse(rollup.isFinal(b, 0));
        vm.warp(rollup.challengeDeadline(b) + 1);
        assertTrue(rollup.isFinal(b, 0));
        assertFalse(rollup.isFinal(b, 1)); // disputed
        assertFalse(rollup.isFinal(b, 3)); // past recordCount
        assertFalse(rollup.isFinal(b + 1, 0)); // no such batch
        assertEq(rollup.challengeDeadline(b), T0 + WINDOW);
    }

    function test_recordHash_isKeccakOfAbiEncoding_succeeds() public view {
        IRollup.JobRecord memory r = _rec(3, IJobInbox.Kind.FineTune, 5, hex"abcd");
        assertEq(rollup.recordHash(r), keccak256(abi.encode(r)));
    }

    function testFuzz_recordHash_matchesLeaf(uint64 jobId, uint8 kind, uint128 fee, bytes memory output) public view {
        IRollup.JobRecord memory r = _rec(jobId, IJobInbox.Kind(bound(kind, 0, 2)), fee, output);
        r.params.seed = keccak256(output);
        assertEq(rollup.recordHash(r), keccak256(abi.encode(r)));
    }
}

contract Rollup_ReportInvalid_Test is Rollup_TestInit {
    /// @dev Proposes one inference record for a fresh job (fee 0.4 of 1 ether), mutated by `m`, and returns it.
    function _one(function(IRollup.JobRecord memory) internal pure m) internal returns (IRollup.JobRecord memory r) {
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        bytes memory out = _inferenceOutput(j);
        r = _rec(j, IJobInbox.Kind.Inference, 0.4 ether, out);
        m(r);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = r;
        bytes[] memory outs = new bytes[](1);
        outs[0] = out;
        uint64[] memory inc = new uint64[](1);
        inc[0] = j;
        _propose(recs, outs, inc);
    }

    function _keep(IRollup.JobRecord memory) internal pure {}

    function _wrongInput(IRollup.JobRecord memory r) internal pure {
        r.inputHash = keccak256("another prompt");
    }

    function _wrongParams(IRollup.JobRecord memory r) internal pure {
        r.params.seed = keccak256("another seed");
    }

    function _wrongKind(IRollup.JobRecord memory r) internal pure {
        r.kind = IJobInbox.Kind.Pretrain;
    }

    function _wrongFee(IRollup.JobRecord memory r) internal pure {
        r.fee = 2 ether;
    }

    function _wrongModel(IRollup.JobRecord memory r) internal pure {
        r.modelRoot = keccak256("another model");
    }

    function _shortOutput(IRollup.JobRecord memory r) internal pure {
        r.outputLen = 1;
    }

    function _noPrompt(IRollup.JobRecord memory r) internal pure {
        r.promptLen = 0;
    }

    function _pastContext(IRollup.JobRecord memory r) internal pure {
        r.promptLen = 7; // 7 + 2 output tokens > context 8
    }

    function _report(IRollup.JobRecord memory r, string memory reason) internal {
        uint256 before = rollup.credit(carol);
        vm.expectEmit(address(rollup));
        emit IRollup.RecordInvalid(0, 0, r.jobId, reason);
        vm.prank(carol);
        rollup.reportInvalid(0, 0, r, _proof(0, 0));
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(inbox.statusOf(r.jobId)), uint8(IJobInbox.Status.Refunded), "job refunded");
        assertEq(rollup.credit(carol) - before, BOND, "the record's bond is the reporter's");
        assertEq(rollup.batch(0).voided, 1);
    }

    function test_reportInvalid_inputHash_succeeds() public {
        _report(_one(_wrongInput), "inputHash");
    }

    function test_reportInvalid_params_succeeds() public {
        _report(_one(_wrongParams), "params");
    }

    function test_reportInvalid_kind_succeeds() public {
        _report(_one(_wrongKind), "kind");
    }

    function test_reportInvalid_fee_succeeds() public {
        _report(_one(_wrongFee), "fee");
    }

    function test_reportInvalid_modelRoot_succeeds() public {
        _report(_one(_wrongModel), "modelRoot");
    }

    function test_reportInvalid_outputLen_succeeds() public {
        _report(_one(_shortOutput), "outputLen");
    }

    function test_reportInvalid_promptLen_succeeds() public {
        _report(_one(_noPrompt), "promptLen");
    }

    function test_reportInvalid_context_succeeds() public {
        _report(_one(_pastContext), "context");
    }

    function test_reportInvalid_jobNotIncluded_succeeds() public {
        // a record naming a job the batch did not include (still Pending)
        uint64 j = _submit(IJobInbox.Kind.Inference, 1 ether, address(0), 0);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = _rec(j, IJobInbox.Kind.Inference, 0.4 ether, _inferenceOutput(j));
        bytes[] memory outs = new bytes[](1);
        outs[0] = _inferenceOutput(j);
        _propose(recs, outs, new uint64[](0));
        _report(recs[0], "job not included");
    }

    function test_reportInvalid_afterBondRelease_voidsWithoutReward() public {
        IRollup.JobRecord memory r = _one(_wrongInput);
        vm.warp(block.timestamp + WINDOW + 1);
        rollup.releaseBond(0);
        vm.prank(carol);
        rollup.reportInvalid(0, 0, r, _proof(0, 0));
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(inbox.statusOf(r.jobId)), uint8(IJobInbox.Status.Refunded), "job refunded");
        assertEq(rollup.credit(carol), 0, "no bond left to pay");
        assertEq(rollup.batch(0).voided, 0);
    }

    function test_reportInvalid_validRecord_reverts() public {
        IRollup.JobRecord memory r = _one(_keep);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordValid.selector, 0, 0));
        rollup.reportInvalid(0, 0, r, _proof(0, 0));
    }

    function test_reportInvalid_notInBatch_reverts() public {
        IRollup.JobRecord memory r = _one(_wrongInput);
        r.fee = 1;
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, 0, 0));
        rollup.reportInvalid(0, 0, r, _proof(0, 0));
    }

    function test_reportInvalid_twice_reverts() public {
        IRollup.JobRecord memory r = _one(_wrongInput);
        rollup.reportInvalid(0, 0, r, _proof(0, 0));
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, 0, 0, IRollup.RecordStatus.Voided));
        rollup.reportInvalid(0, 0, r, _proof(0, 0));
    }

    function test_reportInvalid_unknownBatch_reverts() public {
        IRollup.JobRecord memory r;
        vm.expectRevert(abi.encodeWithSelector(IRollup.UnknownBatch.selector, 3));
        rollup.reportInvalid(3, 0, r, new bytes32[](0));
    }
}
