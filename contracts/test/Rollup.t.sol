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
import {IOneStepTypes} from "../src/interfaces/IOneStepVerifier.sol";
import {ModelCheckerStub, TestModels} from "./helpers/TestModels.sol";
import {RecordHarness} from "../src/test/RecordHarness.sol";

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

    function trainingVM() external pure returns (IDisputeVM) {
        return IDisputeVM(address(0));
    }

    function trainingInitBond() external view returns (uint256) {
        return initBond;
    }

    function trainingGameConfig() external pure returns (IDisputeGame.GameConfig memory c) {
        return c;
    }

    /// @dev The depths the registry of the fixture admits models for, and a one-hour clock.
    function gameConfig() external pure returns (IDisputeGame.GameConfig memory c) {
        c.splitDepth = 5;
        c.maxDepth = 16;
        c.maxClockDuration = 1 hours;
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

    /// @dev Submits a job of `input` on `model` (so that a fault on it pays this account), returning its id.
    function submit(JobInbox inbox, uint64 model, bytes calldata input, IJobInbox.Params calldata p)
        external
        payable
        returns (uint64)
    {
        return uint64(inbox.submit{value: msg.value}(IJobInbox.Kind.Inference, model, input, 0, p, address(0), 0));
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
    ModelCheckerStub internal checker;
    Rollup_MockFactory internal factory;
    Rollup internal rollup;
    Rollup_Receiver internal receiver;

    address internal sequencer = makeAddr("sequencer");
    address internal guardian = makeAddr("guardian");
    address internal alice = makeAddr("alice"); // submits jobs
    address internal bob = makeAddr("bob"); // challenges
    address internal carol = makeAddr("carol"); // delivers, proves faults

    uint64 internal constant WINDOW = 1 days;
    uint64 internal constant FINALITY = 1 hours;
    uint128 internal constant BOND = 0.1 ether;
    uint128 internal constant PENALTY = 0.5 ether;
    uint128 internal constant MIN_FEE = 0.01 ether;
    uint64 internal constant DATA_WINDOW = 2 hours;
    uint128 internal constant DATA_BOND = 0.05 ether;
    uint64 internal constant INCLUSION = 10;
    uint64 internal constant DELIVERY = 1 days;
    uint256 internal constant INIT_BOND = 0.08 ether;
    uint256 internal constant T0 = 1_700_000_000;
    uint64 internal constant MODEL = 7;
    uint32 internal constant VOCAB = 512;
    uint32 internal constant CONTEXT = 8;
    uint32 internal constant CB_GAS = 300_000;
    bytes32 internal constant CLAIM = keccak256("challenger-claim");
    bytes internal constant SETUP = hex"5e7a";
    /// @dev The prompt every fixture job has: three token ids.
    bytes internal constant PROMPT = hex"000000010000000200000003";

    /// @dev Leaf 1 of MODEL's root (its first token_embd row), which the refused-row tests open.
    bytes internal constant ROW = hex"00fc";
    bytes32 internal modelRoot;
    bytes32[] internal rowProof;
    /// @dev Records, outputs and leaves of every batch proposed through _propose.
    mapping(uint256 batchIndex => IRollup.JobRecord[]) internal _recs;
    mapping(uint256 batchIndex => bytes[]) internal _outs;
    mapping(uint256 batchIndex => bytes32[]) internal _leaves;

    function setUp() public virtual {
        vm.warp(T0);
        vm.roll(1000);
        checker = new ModelCheckerStub();
        models = new ModelRegistry(checker, 5, 16);
        // Model ids 1..MODEL; MODEL (vocab 512, context 8) is the one the fixture's jobs run.
        for (uint256 i = 1; i <= MODEL; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast)
            uint32 vocab = i == MODEL ? VOCAB : VOCAB + uint32(i);
            IOneStepTypes.ModelConfig memory c = TestModels.config(vocab, CONTEXT);
            (bytes32 root, bytes32[] memory proof, bytes32[] memory rp) =
                TestModels.build(c, checker.modelLeafCount(c), 1, keccak256(ROW));
            models.register(root, c, proof, "u");
            if (i == MODEL) (modelRoot, rowProof) = (root, rp);
        }
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 3);
        inbox = new JobInbox(predicted, models, INCLUSION, DELIVERY, 30 days);
        datasets = new DatasetRegistry(address(inbox));
        factory = new Rollup_MockFactory(predicted, INIT_BOND);
        rollup = new Rollup(sequencer, guardian, inbox, factory, datasets, models, _cfg());
        assertEq(address(rollup), predicted);
        receiver = new Rollup_Receiver();
        vm.deal(sequencer, 10_000 ether);
        vm.deal(alice, 10_000 ether);
        vm.deal(bob, 10_000 ether);
        vm.deal(carol, 10_000 ether);
    }

    function _cfg() internal pure returns (IRollup.RollupConfig memory) {
        return IRollup.RollupConfig({
            challengeWindow: WINDOW,
            finalityDelay: FINALITY,
            bondPerRecord: BOND,
            inclusionPenalty: PENALTY,
            minFee: MIN_FEE,
            dataWindow: DATA_WINDOW,
            dataChallengeBond: DATA_BOND
        });
    }

    function _params() internal pure returns (IJobInbox.Params memory) {
        return
            IJobInbox.Params({
                maxTokens: 2, temperatureMilli: 0, topK: 0, topPMicro: 1_000_000, seed: keccak256("seed")
            });
    }

    /// @dev Submits an inference job of PROMPT on MODEL from alice.
    function _submit(uint256 maxFee, address callback, uint32 gasLimit) internal returns (uint64) {
        vm.prank(alice);
        return
            uint64(
                inbox.submit{value: maxFee}(IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), callback, gasLimit)
            );
    }

    /// @dev Two in-vocabulary output tokens that differ per job.
    function _inferenceOutput(uint64 jobId) internal pure returns (bytes memory) {
        return abi.encodePacked(uint32(jobId % VOCAB), uint32(42));
    }

    /// @dev A record of job `jobId` consistent with the fixture's jobs, for `output`.
    function _rec(uint64 jobId, uint128 fee, bytes memory output) internal view returns (IRollup.JobRecord memory r) {
        r.jobId = jobId;
        r.kind = IJobInbox.Kind.Inference;
        r.modelRoot = modelRoot;
        r.inputHash = keccak256(PROMPT);
        r.promptLen = 3;
        r.outputLen = 2;
        r.params = _params();
        r.outputHash = keccak256(output);
        r.residualRoot = keccak256(abi.encode("residual", jobId));
        r.kvRoot = keccak256(abi.encode("kv", jobId));
        r.fee = fee;
    }

    /// @dev Tops the stake up to what a proposal of `n` more records needs.
    function _stakeFor(uint256 n) internal {
        uint256 want = uint256(PENALTY) * (inbox.includedCount() + n + 1);
        uint256 have = rollup.stakeOf();
        if (have < want) _stake(want - have);
    }

    /// @dev Proposes the next batch over `recs` (outputs `outs`), staking what it needs; returns its index.
    function _propose(IRollup.JobRecord[] memory recs, bytes[] memory outs) internal returns (uint64 b) {
        b = uint64(rollup.batchCount());
        _stakeFor(recs.length);
        for (uint256 i; i < recs.length; ++i) {
            _recs[b].push(recs[i]);
            _outs[b].push(outs[i]);
            _leaves[b].push(keccak256(abi.encode(recs[i])));
        }
        vm.prank(sequencer);
        rollup.propose{value: uint256(BOND) * recs.length}(b, recs, outs, new bytes[](recs.length));
    }

    function _proof(uint256 b, uint256 i) internal view returns (bytes32[] memory) {
        return Rollup_Merkle.proofOf(_leaves[b], i);
    }

    /// @dev The standard batch 0: job 1 with `receiver` as callback (fee 0.4 of 1 ether), job 2 without (0.5 of 1
    ///      ether), job 3 without (1.5 of 2 ether).
    function _standardBatch() internal returns (uint64) {
        uint64 j1 = _submit(1 ether, address(receiver), CB_GAS);
        uint64 j2 = _submit(1 ether, address(0), 0);
        uint64 j3 = _submit(2 ether, address(0), 0);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](3);
        bytes[] memory outs = new bytes[](3);
        outs[0] = _inferenceOutput(j1);
        outs[1] = _inferenceOutput(j2);
        outs[2] = _inferenceOutput(j3);
        recs[0] = _rec(j1, 0.4 ether, outs[0]);
        recs[1] = _rec(j2, 0.5 ether, outs[1]);
        recs[2] = _rec(j3, 1.5 ether, outs[2]);
        return _propose(recs, outs);
    }

    /// @dev A one-record batch over job `jobId` with `fee` and `output`.
    function _singleBatch(uint64 jobId, uint128 fee, bytes memory output) internal returns (uint64) {
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        bytes[] memory outs = new bytes[](1);
        outs[0] = output;
        recs[0] = _rec(jobId, fee, output);
        return _propose(recs, outs);
    }

    function _dispute(uint64 b, uint32 i) internal returns (Rollup_MockGame) {
        vm.prank(bob);
        return Rollup_MockGame(address(rollup.dispute{value: INIT_BOND}(b, i, _recs[b][i], _proof(b, i), SETUP, CLAIM)));
    }

    /// @dev Settles record i of batch b once its game's finality delay has passed.
    function _settle(uint64 b, uint32 i) internal {
        uint256 finalAt = uint256(rollup.gameOf(b, i).resolvedAt()) + FINALITY;
        if (block.timestamp < finalAt) vm.warp(finalAt);
        rollup.settle(b, i);
    }

    function _deliver(uint64 b, uint32 i) internal {
        vm.prank(carol);
        rollup.deliver(b, i, _recs[b][i], _proof(b, i), _outs[b][i], "");
    }

    /// @dev Warps past batch b's window and finality delay: its undisputed records are final.
    function _closeWindow(uint64 b) internal {
        vm.warp(rollup.challengeDeadline(b) + FINALITY + 1);
    }

    function _stake(uint256 amount) internal {
        vm.prank(sequencer);
        rollup.stake{value: amount}();
    }

    /// @dev A force-refunded job: submitted, left uncluded past the inclusion window, refunded by carol.
    function _forceRefunded() internal returns (uint64 jobId) {
        jobId = _submit(1 ether, address(0), 0);
        vm.roll(block.number + INCLUSION + 1);
        vm.prank(carol);
        inbox.refundOverdue(jobId);
    }

    function _assertConserved() internal view {
        assertEq(
            address(rollup).balance,
            rollup.bondsHeld() + rollup.stakeOf() + rollup.totalCredits() + rollup.dataBondsHeld(),
            "rollup ETH"
        );
        assertEq(address(inbox).balance, inbox.totalBalances() + inbox.escrowed(), "inbox ETH");
    }
}

contract Rollup_Constructor_Test is Rollup_TestInit {
    function test_constructor_setsFields_succeeds() public view {
        assertEq(rollup.sequencer(), sequencer);
        assertEq(rollup.guardian(), guardian);
        assertEq(address(rollup.inbox()), address(inbox));
        assertEq(address(rollup.factory()), address(factory));
        assertEq(address(rollup.datasets()), address(datasets));
        assertEq(address(rollup.models()), address(models));
        IRollup.RollupConfig memory c = rollup.config();
        assertEq(c.challengeWindow, WINDOW);
        assertEq(c.finalityDelay, FINALITY);
        assertEq(c.bondPerRecord, BOND);
        assertEq(c.inclusionPenalty, PENALTY);
        assertEq(c.minFee, MIN_FEE);
        assertEq(rollup.batchCount(), 0);
        assertEq(rollup.stakeOf(), 0);
        assertEq(rollup.bondsHeld(), 0);
        assertEq(rollup.totalCredits(), 0);
        assertFalse(rollup.paused());
        assertEq(rollup.pausedBlocks(), 0);
        // The deployment cycle closes: each peer names the rollup.
        assertEq(inbox.rollup(), address(rollup));
        assertEq(datasets.writer(), address(inbox)); // the inbox records lineage at delivery
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
        new Rollup(seq, guardian, ib, f, d, models, c);
    }

    function _zero(string memory field) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IRollup.ZeroValue.selector, field);
    }

    function test_constructor_zeroSequencer_reverts() public {
        _expectCtorRevert(address(0), inbox, factory, datasets, _cfg(), _zero("sequencer"));
    }

    function test_constructor_zeroGuardian_succeeds() public {
        Rollup r = new Rollup(sequencer, address(0), inbox, factory, datasets, models, _cfg());
        assertEq(r.guardian(), address(0));
        // Nobody is the guardian then.
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotGuardian.selector, address(this)));
        r.pause();
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
        new Rollup(sequencer, guardian, inbox, factory, datasets, IModelRegistry(address(0)), _cfg());
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
        new Rollup(sequencer, guardian, inbox, factory, datasets, models, c);
    }

    function test_constructor_zeroInclusionPenalty_reverts() public {
        IRollup.RollupConfig memory c = _cfg();
        c.inclusionPenalty = 0;
        _expectCtorRevert(sequencer, inbox, factory, datasets, c, _zero("inclusionPenalty"));
    }

    function test_constructor_inboxOfAnotherRegistry_reverts() public {
        ModelRegistry other = new ModelRegistry(checker, 5, 16);
        JobInbox ib = new JobInbox(address(1), other, INCLUSION, DELIVERY, 30 days);
        _expectCtorRevert(
            sequencer,
            ib,
            factory,
            datasets,
            _cfg(),
            abi.encodeWithSelector(IRollup.ConfigMismatch.selector, "inbox.models")
        );
    }

    function test_constructor_gameDepthsNotTheRegistrys_reverts() public {
        ModelRegistry other = new ModelRegistry(checker, 5, 17);
        JobInbox ib = new JobInbox(address(1), other, INCLUSION, DELIVERY, 30 days);
        vm.expectRevert(abi.encodeWithSelector(IRollup.ConfigMismatch.selector, "game depths"));
        new Rollup(sequencer, guardian, ib, factory, datasets, other, _cfg());
    }
}

contract Rollup_Propose_Test is Rollup_TestInit {
    /// @dev n fresh jobs and consistent records over them, with their outputs.
    function _batchOf(uint256 n) internal returns (IRollup.JobRecord[] memory recs, bytes[] memory outs) {
        recs = new IRollup.JobRecord[](n);
        outs = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            uint64 j = _submit(1 ether, address(0), 0);
            outs[i] = _inferenceOutput(j);
            recs[i] = _rec(j, 0.5 ether, outs[i]);
        }
    }

    function test_propose_storesBatchAndIncludesJobs_succeeds() public {
        (IRollup.JobRecord[] memory recs, bytes[] memory outs) = _batchOf(2);
        _stakeFor(2);
        bytes32[] memory leaves = new bytes32[](2);
        leaves[0] = keccak256(abi.encode(recs[0]));
        leaves[1] = keccak256(abi.encode(recs[1]));
        bytes32 root = Rollup_Merkle.root(leaves);
        bytes memory data = abi.encodeCall(Rollup.propose, (0, recs, outs, new bytes[](recs.length)));
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobIncluded(recs[0].jobId, 0, 0);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobIncluded(recs[1].jobId, 0, 1);
        vm.expectEmit(address(rollup));
        emit IRollup.BatchProposed(0, root, 2, keccak256(data), 2 * uint256(BOND));
        vm.prank(sequencer);
        (bool ok,) = address(rollup).call{value: 2 * uint256(BOND)}(data);
        assertTrue(ok);

        assertEq(rollup.batchCount(), 1);
        IRollup.Batch memory b = rollup.batch(0);
        assertEq(b.recordsRoot, root);
        assertEq(b.daCommitment, keccak256(data), "DA: the hash of the calldata holding records and outputs");
        assertEq(b.proposer, sequencer);
        assertEq(b.recordCount, 2);
        assertEq(b.proposedAt, T0);
        assertEq(b.bond, 2 * uint256(BOND));
        assertEq(b.pendingDisputes, 0);
        assertEq(b.voided, 0);
        assertFalse(b.bondReleased);
        for (uint256 i; i < 2; ++i) {
            IJobInbox.Job memory job = inbox.job(recs[i].jobId);
            assertEq(uint8(job.status), uint8(IJobInbox.Status.Included));
            assertEq(job.includedBatch, 0);
            assertEq(job.includedRecord, i);
            assertEq(job.includedAt, T0);
        }
        assertEq(inbox.includedCount(), 2);
        assertEq(rollup.bondsHeld(), 2 * uint256(BOND));
        _assertConserved();
    }

    function test_propose_consecutiveBatches_succeeds() public {
        _standardBatch();
        uint64 j = _submit(1 ether, address(0), 0);
        uint64 b = _singleBatch(j, 1, _inferenceOutput(j));
        assertEq(b, 1);
        assertEq(rollup.batchCount(), 2);
        assertEq(rollup.bondsHeld(), 4 * uint256(BOND));
        assertEq(inbox.job(j).includedBatch, 1);
        _assertConserved();
    }

    function test_propose_notSequencer_reverts() public {
        (IRollup.JobRecord[] memory recs, bytes[] memory outs) = _batchOf(1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotSequencer.selector, alice));
        rollup.propose{value: BOND}(0, recs, outs, new bytes[](recs.length));
    }

    function test_propose_wrongBatchIndex_reverts() public {
        (IRollup.JobRecord[] memory recs, bytes[] memory outs) = _batchOf(1);
        _stakeFor(1);
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongBatchIndex.selector, 1, 0));
        rollup.propose{value: BOND}(1, recs, outs, new bytes[](recs.length));
    }

    function test_propose_zeroRecords_reverts() public {
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.OutOfRange.selector, "records", 0, 1, 4096));
        rollup.propose(0, new IRollup.JobRecord[](0), new bytes[](0), new bytes[]((new IRollup.JobRecord[](0)).length));
    }

    function test_propose_tooManyRecords_reverts() public {
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.OutOfRange.selector, "records", 4097, 1, 4096));
        rollup.propose(
            0, new IRollup.JobRecord[](4097), new bytes[](4097), new bytes[]((new IRollup.JobRecord[](4097)).length)
        );
    }

    function test_propose_outputsNotOnePerRecord_reverts() public {
        (IRollup.JobRecord[] memory recs, bytes[] memory outs) = _batchOf(2);
        bytes[] memory one = new bytes[](1);
        one[0] = outs[0];
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.OutOfRange.selector, "outputs", 1, 2, 2));
        rollup.propose{value: 2 * uint256(BOND)}(0, recs, one, new bytes[](recs.length));
    }

    function test_propose_wrongBond_reverts() public {
        (IRollup.JobRecord[] memory recs, bytes[] memory outs) = _batchOf(3);
        _stakeFor(3);
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.IncorrectBond.selector, 3 * uint256(BOND) - 1, 3 * BOND));
        rollup.propose{value: 3 * uint256(BOND) - 1}(0, recs, outs, new bytes[](recs.length));
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.IncorrectBond.selector, 4 * uint256(BOND), 3 * BOND));
        rollup.propose{value: 4 * uint256(BOND)}(0, recs, outs, new bytes[](recs.length));
    }

    /// @dev DA: an output that is not the record's (withheld, or swapped for another) cannot be posted.
    function test_propose_outputNotTheRecords_reverts() public {
        (IRollup.JobRecord[] memory recs, bytes[] memory outs) = _batchOf(2);
        _stakeFor(2);
        outs[1] = hex"";
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.OutputMismatch.selector, 1));
        rollup.propose{value: 2 * uint256(BOND)}(0, recs, outs, new bytes[](recs.length));
    }

    /// @dev Forced inclusion: a job is Included only by a record naming it, and by one record only.
    function test_propose_secondRecordForAJob_reverts() public {
        (IRollup.JobRecord[] memory recs, bytes[] memory outs) = _batchOf(2);
        _stakeFor(2);
        recs[1] = recs[0];
        outs[1] = outs[0];
        vm.prank(sequencer);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, recs[0].jobId, IJobInbox.Status.Included, IJobInbox.Status.Pending
            )
        );
        rollup.propose{value: 2 * uint256(BOND)}(0, recs, outs, new bytes[](recs.length));
    }

    function test_propose_unknownJob_reverts() public {
        (IRollup.JobRecord[] memory recs, bytes[] memory outs) = _batchOf(1);
        _stakeFor(1);
        recs[0].jobId = 77;
        vm.prank(sequencer);
        vm.expectRevert(
            abi.encodeWithSelector(IJobInbox.WrongStatus.selector, 77, IJobInbox.Status.None, IJobInbox.Status.Pending)
        );
        rollup.propose{value: BOND}(0, recs, outs, new bytes[](recs.length));
    }

    /// @dev The stake must cover inclusionPenalty for every Included job, plus one.
    function test_propose_stakeTooLow_reverts() public {
        (IRollup.JobRecord[] memory recs, bytes[] memory outs) = _batchOf(2);
        _stake(3 * uint256(PENALTY) - 1);
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.StakeTooLow.selector, 3 * uint256(PENALTY) - 1, 3 * PENALTY));
        rollup.propose{value: 2 * uint256(BOND)}(0, recs, outs, new bytes[](recs.length));
        _stake(1);
        vm.prank(sequencer);
        rollup.propose{value: 2 * uint256(BOND)}(0, recs, outs, new bytes[](recs.length));
    }

    function test_propose_paused_reverts() public {
        (IRollup.JobRecord[] memory recs, bytes[] memory outs) = _batchOf(1);
        _stakeFor(1);
        vm.prank(guardian);
        rollup.pause();
        vm.prank(sequencer);
        vm.expectRevert(IRollup.Paused.selector);
        rollup.propose{value: BOND}(0, recs, outs, new bytes[](recs.length));
        vm.prank(guardian);
        rollup.unpause();
        vm.prank(sequencer);
        rollup.propose{value: BOND}(0, recs, outs, new bytes[](recs.length));
        assertEq(rollup.batchCount(), 1);
    }

    /// @dev The on-chain root equals prover/merkle's over the record hashes, for any batch size.
    function testFuzz_propose_rootMatchesTree(uint8 n) public {
        n = uint8(bound(n, 1, 40));
        (IRollup.JobRecord[] memory recs, bytes[] memory outs) = _batchOf(n);
        uint64 b = _propose(recs, outs);
        assertEq(rollup.batch(b).recordsRoot, Rollup_Merkle.root(_leaves[b]));
        assertEq(rollup.batch(b).bond, uint256(BOND) * n);
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
        _settle(b, 0);
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
        _settle(b, 0);
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
    function testFuzz_dispute_recordProof(uint8 n, uint8 idx, uint8 other) public {
        n = uint8(bound(n, 1, 40));
        idx = uint8(bound(idx, 0, n - 1));
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](n);
        bytes[] memory outs = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            uint64 j = _submit(1 ether, address(0), 0);
            outs[i] = _inferenceOutput(j);
            recs[i] = _rec(j, 1, outs[i]);
        }
        uint64 b = _propose(recs, outs);
        bytes32[] memory p = _proof(b, idx);
        assertEq(p.length, Rollup_Merkle.depth(n));

        other = uint8(bound(other, 0, 1 << p.length));
        if (other != idx) {
            vm.prank(bob);
            vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, other));
            rollup.dispute{value: INIT_BOND}(b, other, recs[idx], p, SETUP, CLAIM);
        }
        vm.prank(bob);
        rollup.dispute{value: INIT_BOND}(b, idx, recs[idx], p, SETUP, CLAIM);
        assertEq(uint8(rollup.recordStatus(b, idx)), uint8(IRollup.RecordStatus.Disputed));
    }
}

contract Rollup_Settle_Test is Rollup_TestInit {
    function test_settle_challengerWins_voidsAndRefunds_succeeds() public {
        uint64 b = _standardBatch();
        Rollup_MockGame g = _dispute(b, 1);
        address winner = makeAddr("winner");
        g.resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, winner);
        vm.warp(block.timestamp + FINALITY);
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
        _settle(b, 0);
        assertEq(rollup.credit(bob), BOND);
        _assertConserved();
    }

    function test_settle_defenderWins_recordFinalizes_succeeds() public {
        uint64 b = _standardBatch();
        Rollup_MockGame g = _dispute(b, 0);
        g.resolveAs(IDisputeGame.GameStatus.DEFENDER_WINS, address(0));
        vm.warp(block.timestamp + FINALITY);
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
        _settle(b, 2);
        assertEq(uint8(rollup.recordStatus(b, 2)), uint8(IRollup.RecordStatus.Voided));
    }

    /// @dev Audit finding 3: however long a game runs, its record's job is not overdue while it is disputed, and a
    ///      record that survives is deliverable from its settlement: the honest proposer then has the whole delivery
    ///      window, and no fault can be charged to it for the game's length.
    function test_settle_longGameDoesNotMakeTheJobOverdue_succeeds() public {
        uint64 b = _standardBatch();
        Rollup_MockGame g = _dispute(b, 1);
        uint64 j = _recs[b][1].jobId;
        vm.warp(T0 + 60 days); // a game dragged on far past every window
        assertFalse(inbox.isOverdue(j));
        assertEq(rollup.deliverableAt(b, 1), type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, j, type(uint256).max));
        inbox.refundOverdue(j);
        g.resolveAs(IDisputeGame.GameStatus.DEFENDER_WINS, address(0));
        _settle(b, 1);
        uint256 settledAt = block.timestamp;
        assertEq(rollup.deliverableAt(b, 1), settledAt);
        assertEq(inbox.deliveryDeadline(j), settledAt + DELIVERY);
        vm.warp(settledAt + DELIVERY);
        assertFalse(inbox.isOverdue(j));
        _deliver(b, 1);
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Delivered));
        _assertConserved();
    }

    /// @dev Air-gap: a resolved game is acted on only finalityDelay after its resolution.
    function test_settle_beforeFinalityDelay_reverts() public {
        uint64 b = _standardBatch();
        Rollup_MockGame g = _dispute(b, 0);
        g.resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        uint256 finalAt = block.timestamp + FINALITY;
        vm.warp(finalAt - 1);
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotFinalYet.selector, finalAt));
        rollup.settle(b, 0);
        vm.warp(finalAt);
        rollup.settle(b, 0);
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Voided));
    }

    /// @dev A blacklisted game decides nothing: the record is voided and its job refunded, nobody is slashed or
    ///      paid, whichever side the game says won.
    function test_settle_blacklistedGame_voidsWithoutSlashing_succeeds() public {
        uint64 b = _standardBatch();
        Rollup_MockGame g0 = _dispute(b, 0);
        Rollup_MockGame g1 = _dispute(b, 1);
        g0.resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        g1.resolveAs(IDisputeGame.GameStatus.DEFENDER_WINS, address(0));
        vm.startPrank(guardian);
        rollup.blacklist(g0);
        rollup.blacklist(g1);
        vm.stopPrank();
        assertTrue(rollup.blacklisted(g0));
        vm.warp(block.timestamp + FINALITY);
        vm.expectEmit(address(rollup));
        emit IRollup.DisputeBlacklisted(b, 0, address(g0));
        rollup.settle(b, 0);
        _settle(b, 1);
        for (uint32 i; i < 2; ++i) {
            assertEq(uint8(rollup.recordStatus(b, i)), uint8(IRollup.RecordStatus.Voided));
            assertEq(uint8(inbox.statusOf(_recs[b][i].jobId)), uint8(IJobInbox.Status.Refunded));
        }
        assertEq(rollup.credit(bob), 0);
        assertEq(rollup.batch(b).voided, 0);
        _closeWindow(b);
        rollup.releaseBond(b);
        assertEq(rollup.credit(sequencer), 3 * uint256(BOND), "the proposer keeps its whole bond");
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
        _settle(b, 0);
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

    function test_deliver_revertingCallback_succeeds() public {
        Rollup_RevertingReceiver bad = new Rollup_RevertingReceiver();
        uint64 j = _submit(1 ether, address(bad), 2_000_000);
        uint64 b = _singleBatch(j, 1 ether, _inferenceOutput(j));
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
        uint64 j = _submit(1 ether, address(guzzler), limit);
        uint64 b = _singleBatch(j, 1 ether, _inferenceOutput(j));
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
        uint64 j = _submit(1 ether, address(receiver), CB_GAS);
        uint64 b = _singleBatch(j, 1 ether, _inferenceOutput(j));
        _closeWindow(b);
        bytes memory call_ = abi.encodeCall(Rollup.deliver, (b, 0, _recs[b][0], _proof(b, 0), _outs[b][0], ""));
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
        uint64 j = _submit(1 ether, address(receiver), limit);
        uint64 b = _singleBatch(j, 1 ether, _inferenceOutput(j));
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectPartialRevert(IRollup.InsufficientGas.selector);
        rollup.deliver{gas: 900_000}(b, 0, r, p, out, "");
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.None));
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Included));
    }

    function test_deliver_reentrantCallback_succeeds() public {
        Rollup_ReentrantReceiver re = new Rollup_ReentrantReceiver(address(rollup));
        uint64 j = _submit(1 ether, address(re), 500_000);
        uint64 b = _singleBatch(j, 1 ether, _inferenceOutput(j));
        _closeWindow(b);
        re.setPayload(abi.encodeCall(Rollup.deliver, (b, 0, _recs[b][0], _proof(b, 0), _outs[b][0], "")));
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
        rollup.deliver(1, 0, r, p, hex"", "");
    }

    /// @dev A record is delivered only after its window and the finality delay.
    function test_deliver_beforeFinal_reverts() public {
        uint64 b = _standardBatch();
        uint256 finalAt = rollup.challengeDeadline(b) + FINALITY;
        vm.warp(finalAt);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotFinalYet.selector, finalAt));
        rollup.deliver(b, 0, r, p, out, "");
        assertFalse(rollup.isFinal(b, 0));
        vm.warp(finalAt + 1);
        assertTrue(rollup.isFinal(b, 0));
        rollup.deliver(b, 0, r, p, out, "");
    }

    function test_deliver_disputed_reverts() public {
        uint64 b = _standardBatch();
        _dispute(b, 0);
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, b, 0, IRollup.RecordStatus.Disputed));
        rollup.deliver(b, 0, r, p, out, "");
    }

    function test_deliver_voided_reverts() public {
        uint64 b = _standardBatch();
        _dispute(b, 0).resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        _settle(b, 0);
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, b, 0, IRollup.RecordStatus.Voided));
        rollup.deliver(b, 0, r, p, out, "");
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
        rollup.deliver(b, 0, r, p, out, "");
    }

    function test_deliver_notInBatch_reverts() public {
        uint64 b = _standardBatch();
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        r.fee = 1 ether;
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 0));
        rollup.deliver(b, 0, r, p, out, "");
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 5));
        rollup.deliver(b, 5, _recs[b][0], p, out, "");
    }

    function test_deliver_wrongOutput_reverts() public {
        uint64 b = _standardBatch();
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongOutput.selector, keccak256(hex"ff"), r.outputHash));
        rollup.deliver(b, 0, r, p, hex"ff", "");
    }

    /// @dev An invalid record is never delivered, even if nobody reported it: here a fee above the max fee.
    function test_deliver_invalidRecord_reverts() public {
        uint64 j = _submit(1 ether, address(0), 0);
        uint64 b = _singleBatch(j, 2 ether, _inferenceOutput(j));
        _closeWindow(b);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.InvalidRecord.selector, b, 0, IRollup.Invalidity.Fee));
        rollup.deliver(b, 0, r, p, out, "");
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Included));
    }

    /// @dev A job refunded as overdue (not delivered within the delivery window) cannot be delivered after.
    function test_deliver_jobRefundedAsOverdue_reverts() public {
        uint64 b = _standardBatch();
        uint64 j = _recs[b][0].jobId;
        vm.warp(rollup.deliverableAt(b, 0) + DELIVERY + 1);
        inbox.refundOverdue(j);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.InvalidRecord.selector, b, 0, IRollup.Invalidity.JobNotIncluded));
        rollup.deliver(b, 0, r, p, out, "");
    }

    /// @dev Any fee up to the job's max fee is paid to the proposer and the rest refunded; more reverts.
    function testFuzz_deliver_feeAtMostMaxFee(uint128 maxFee, uint128 fee) public {
        maxFee = uint128(bound(maxFee, 1, 100 ether));
        fee = uint128(bound(fee, 0, uint256(maxFee) * 2));
        uint64 j = _submit(maxFee, address(0), 0);
        uint64 b = _singleBatch(j, fee, _inferenceOutput(j));
        _closeWindow(b);
        uint256 seqBefore = sequencer.balance;
        uint256 aliceBefore = alice.balance;
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        if (fee > maxFee) {
            vm.expectRevert(abi.encodeWithSelector(IRollup.InvalidRecord.selector, b, 0, IRollup.Invalidity.Fee));
            rollup.deliver(b, 0, r, p, out, "");
            assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.None));
            return;
        }
        rollup.deliver(b, 0, r, p, out, "");
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
        _settle(b, 0);
        _settle(b, 1);
        _closeWindow(b);
        rollup.releaseBond(b);
        assertEq(rollup.credit(sequencer), 2 * uint256(BOND));
        assertEq(rollup.credit(bob), BOND);
        _assertConserved();
    }

    function test_releaseBond_allVoided_releasesNothing_succeeds() public {
        uint64 j = _submit(1 ether, address(0), 0);
        uint64 b = _singleBatch(j, 1, _inferenceOutput(j));
        _dispute(b, 0).resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        _settle(b, 0);
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

    /// @dev The floor is inclusionPenalty per Included job, plus one: each may still be force-refunded.
    function test_unstake_belowIncludedJobsFloor_reverts() public {
        _standardBatch(); // stakes 4 × PENALTY for 3 included jobs
        uint256 have = rollup.stakeOf();
        assertEq(have, 4 * uint256(PENALTY));
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.InsufficientStake.selector, have, 1 + 4 * uint256(PENALTY)));
        rollup.unstake(1);
        _closeWindow(0);
        _deliver(0, 0); // one job leaves Included
        vm.prank(sequencer);
        rollup.unstake(PENALTY);
        assertEq(rollup.stakeOf(), 3 * uint256(PENALTY));
    }
}

contract Rollup_ProveInclusionFault_Test is Rollup_TestInit {
    /// @dev Anyone proves the fault; the penalty goes to the wronged user (the job's submitter), so a sequencer that
    ///      proves its own fault recaptures nothing (audit 2).
    function test_proveInclusionFault_paysPenalty_succeeds() public {
        _stake(2 ether);
        uint64 j = _forceRefunded();
        vm.expectEmit(address(rollup));
        emit IRollup.InclusionFaultProven(j, alice, PENALTY);
        vm.expectEmit(address(rollup));
        emit IRollup.Credited(alice, PENALTY);
        vm.prank(sequencer);
        rollup.proveInclusionFault(j);
        assertEq(rollup.stakeOf(), 2 ether - PENALTY);
        assertEq(rollup.credit(alice), PENALTY);
        assertEq(rollup.credit(sequencer), 0);
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
        assertEq(rollup.credit(alice), 0.7 ether, "a penalty and what was left");
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
        assertEq(rollup.credit(alice), PENALTY);
    }

    /// @dev A record that lost its game is a serving fault paid at settlement (audit 3): it cannot be proven again.
    ///      A pending job that is not overdue is no fault.
    function test_proveInclusionFault_notForceRefunded_reverts() public {
        _stake(1 ether);
        uint64 b = _standardBatch();
        uint64 j = _recs[b][0].jobId;
        _dispute(b, 0).resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        _settle(b, 0);
        assertEq(rollup.credit(alice), PENALTY, "the user of the wrong record is compensated at settlement");
        vm.expectRevert(abi.encodeWithSelector(IRollup.FaultAlreadyProven.selector, j));
        rollup.proveInclusionFault(j);
        uint64 pending = _submit(1 ether, address(0), 0);
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
    /// @dev A job `holder` submitted, left pending past the window and refunded: a fault whose penalty pays `holder`.
    function _forceRefundedOf(Rollup_CreditHolder holder) internal returns (uint64 jobId) {
        jobId = holder.submit{value: 1 ether}(inbox, MODEL, PROMPT, _params());
        vm.roll(block.number + INCLUSION + 1);
        inbox.refundOverdue(jobId);
    }

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
        assertEq(address(rollup).balance, rollup.stakeOf(), "only the stake is left");
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
        holder.prove(_forceRefundedOf(holder));
        vm.expectRevert(abi.encodeWithSelector(IRollup.TransferFailed.selector, address(holder), PENALTY));
        holder.withdraw();
        assertEq(rollup.credit(address(holder)), PENALTY);
    }

    function test_withdrawCredit_reentrant_paysOnce_succeeds() public {
        _stake(2 ether);
        Rollup_CreditHolder holder = new Rollup_CreditHolder(rollup, true);
        holder.prove(_forceRefundedOf(holder)); // its job's refund came in already
        uint256 received = holder.received();
        uint256 balance = address(holder).balance;
        holder.withdraw();
        assertEq(holder.received() - received, PENALTY);
        assertFalse(holder.reentryOk());
        assertEq(address(holder).balance - balance, PENALTY);
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
        vm.warp(rollup.challengeDeadline(b) + FINALITY);
        assertFalse(rollup.isFinal(b, 0)); // finality delay
        vm.warp(rollup.challengeDeadline(b) + FINALITY + 1);
        assertTrue(rollup.isFinal(b, 0));
        assertFalse(rollup.isFinal(b, 1)); // disputed
        assertFalse(rollup.isFinal(b, 3)); // past recordCount
        assertFalse(rollup.isFinal(b + 1, 0)); // no such batch
        assertEq(rollup.challengeDeadline(b), T0 + WINDOW);
    }

    /// @dev RecordHarness (what Go checks its record encoding and records root against) computes exactly what
    ///      propose commits to.
    function testFuzz_recordHarness_matchesProposal(uint8 n, uint128 fee) public {
        n = uint8(bound(n, 1, 12));
        fee = uint128(bound(fee, 0, 1 ether));
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](n);
        bytes[] memory outs = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            uint64 j = _submit(1 ether, address(0), 0);
            outs[i] = _inferenceOutput(j);
            recs[i] = _rec(j, fee, outs[i]);
        }
        uint64 b = _propose(recs, outs);
        RecordHarness h = new RecordHarness();
        assertEq(h.recordsRoot(recs), rollup.batch(b).recordsRoot);
        assertEq(h.recordHash(recs[0]), keccak256(abi.encode(recs[0])));
    }
}

contract Rollup_ReportInvalid_Test is Rollup_TestInit {
    /// @dev Proposes one record for a fresh job (fee 0.4 of 1 ether), mutated by `m`, with output `out` (or the
    ///      job's consistent output when empty), and returns it.
    function _one(function(IRollup.JobRecord memory) internal pure m, bytes memory out)
        internal
        returns (IRollup.JobRecord memory r)
    {
        uint64 j = _submit(1 ether, address(0), 0);
        if (out.length == 0) out = _inferenceOutput(j);
        r = _rec(j, 0.4 ether, out);
        m(r);
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](1);
        recs[0] = r;
        bytes[] memory outs = new bytes[](1);
        outs[0] = out;
        _propose(recs, outs);
    }

    function _one(function(IRollup.JobRecord memory) internal pure m) internal returns (IRollup.JobRecord memory) {
        return _one(m, "");
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

    function _longOutput(IRollup.JobRecord memory r) internal pure {
        r.outputLen = 3; // the job's maxTokens is 2
    }

    function _noOutput(IRollup.JobRecord memory r) internal pure {
        r.outputLen = 0;
    }

    function _longPrompt(IRollup.JobRecord memory r) internal pure {
        r.promptLen = 4; // the job's input has 3 tokens
    }

    function _noPrompt(IRollup.JobRecord memory r) internal pure {
        r.promptLen = 0;
    }

    function _report(IRollup.JobRecord memory r, IRollup.Invalidity reason) internal {
        uint256 before = rollup.credit(carol);
        bytes memory out = _outs[0][0];
        vm.expectEmit(address(rollup));
        emit IRollup.RecordInvalid(0, 0, r.jobId, reason);
        vm.prank(carol);
        rollup.reportInvalid(0, 0, r, _proof(0, 0), out, "");
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(inbox.statusOf(r.jobId)), uint8(IJobInbox.Status.Refunded), "job refunded");
        assertEq(rollup.credit(carol) - before, BOND, "the record's bond is the reporter's");
        assertEq(rollup.credit(alice), PENALTY, "a serving fault: the user is compensated");
        assertTrue(rollup.faultProven(r.jobId));
        assertEq(rollup.batch(0).voided, 1);
        _assertConserved();
    }

    function test_reportInvalid_inputHash_succeeds() public {
        _report(_one(_wrongInput), IRollup.Invalidity.InputHash);
    }

    function test_reportInvalid_params_succeeds() public {
        _report(_one(_wrongParams), IRollup.Invalidity.Params);
    }

    function test_reportInvalid_kind_succeeds() public {
        _report(_one(_wrongKind), IRollup.Invalidity.Kind);
    }

    function test_reportInvalid_fee_succeeds() public {
        _report(_one(_wrongFee), IRollup.Invalidity.Fee);
    }

    function test_reportInvalid_modelRoot_succeeds() public {
        _report(_one(_wrongModel), IRollup.Invalidity.ModelRoot);
    }

    function test_reportInvalid_outputLen_succeeds() public {
        _report(_one(_longOutput, abi.encodePacked(uint32(5), uint32(6), uint32(7))), IRollup.Invalidity.OutputLen);
    }

    function test_reportInvalid_noOutput_succeeds() public {
        _report(_one(_noOutput, hex"ff"), IRollup.Invalidity.OutputLen);
    }

    function test_reportInvalid_promptLen_succeeds() public {
        _report(_one(_longPrompt), IRollup.Invalidity.PromptLen);
    }

    function test_reportInvalid_noPrompt_succeeds() public {
        _report(_one(_noPrompt), IRollup.Invalidity.PromptLen);
    }

    /// @dev Finding 1: an output that is not outputLen token ids (arbitrary bytes) was neither disputable nor
    ///      reportable, and was delivered. It is now voidable, and never delivered.
    function test_reportInvalid_outputNotTokenIds_succeeds() public {
        IRollup.JobRecord memory r = _one(_keep, bytes("a 58-byte string that is not a list of 4-byte token ids.."));
        _closeWindow(0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.InvalidRecord.selector, 0, 0, IRollup.Invalidity.OutputLength));
        rollup.deliver(0, 0, r, _proof(0, 0), _outs[0][0], "");
        _report(r, IRollup.Invalidity.OutputLength);
    }

    /// @dev Finding 1: a token id at or above the vocabulary (here 2^32 − 1) makes setup revert: voidable.
    function test_reportInvalid_outputTokenOutOfVocab_succeeds() public {
        _report(_one(_keep, abi.encodePacked(uint32(1), type(uint32).max)), IRollup.Invalidity.OutputToken);
    }

    function test_reportInvalid_outputTokenAtVocab_succeeds() public {
        _report(_one(_keep, abi.encodePacked(uint32(VOCAB - 2), VOCAB)), IRollup.Invalidity.OutputToken);
    }

    function test_reportInvalid_outputTokenBelowVocab_reverts() public {
        IRollup.JobRecord memory r = _one(_keep, abi.encodePacked(uint32(0), uint32(VOCAB - 1)));
        bytes memory out = _outs[0][0];
        bytes32[] memory p = _proof(0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordValid.selector, 0, 0));
        rollup.reportInvalid(0, 0, r, p, out, "");
    }

    /// @dev Finding 8: a model shown refused after the record was proposed: its records are voidable.
    function test_reportInvalid_modelRefused_succeeds() public {
        IRollup.JobRecord memory r = _one(_keep);
        _refuseModel();
        _report(r, IRollup.Invalidity.ModelRefused);
    }

    /// @dev A job refunded as overdue (not delivered in time): its record is voidable (and rewarded).
    function test_reportInvalid_jobRefundedAsOverdue_succeeds() public {
        IRollup.JobRecord memory r = _one(_keep);
        vm.warp(rollup.deliverableAt(0, 0) + DELIVERY + 1);
        inbox.refundOverdue(r.jobId);
        vm.prank(carol);
        rollup.reportInvalid(0, 0, r, _proof(0, 0), _outs[0][0], "");
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Voided));
        _assertConserved();
    }

    /// @dev Finding 9: once the batch's bond went back, the reward comes from the stake.
    function test_reportInvalid_afterBondRelease_paysFromStake_succeeds() public {
        IRollup.JobRecord memory r = _one(_wrongInput);
        vm.warp(block.timestamp + WINDOW + 1);
        rollup.releaseBond(0);
        uint256 stakeBefore = rollup.stakeOf();
        vm.prank(carol);
        rollup.reportInvalid(0, 0, r, _proof(0, 0), _outs[0][0], "");
        assertEq(uint8(rollup.recordStatus(0, 0)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(inbox.statusOf(r.jobId)), uint8(IJobInbox.Status.Refunded), "job refunded");
        assertEq(rollup.credit(carol), BOND, "paid from the stake");
        assertEq(rollup.credit(alice), PENALTY, "and the serving fault");
        assertEq(rollup.stakeOf(), stakeBefore - BOND - PENALTY);
        assertEq(rollup.batch(0).voided, 0);
        _assertConserved();
    }

    function test_reportInvalid_validRecord_reverts() public {
        IRollup.JobRecord memory r = _one(_keep);
        bytes memory out = _outs[0][0];
        bytes32[] memory p = _proof(0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordValid.selector, 0, 0));
        rollup.reportInvalid(0, 0, r, p, out, "");
    }

    function test_reportInvalid_notTheOutput_reverts() public {
        IRollup.JobRecord memory r = _one(_keep);
        bytes32[] memory p = _proof(0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongOutput.selector, keccak256(hex"00"), r.outputHash));
        rollup.reportInvalid(0, 0, r, p, hex"00", "");
    }

    function test_reportInvalid_notInBatch_reverts() public {
        IRollup.JobRecord memory r = _one(_wrongInput);
        r.fee = 1;
        bytes memory out = _outs[0][0];
        bytes32[] memory p = _proof(0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, 0, 0));
        rollup.reportInvalid(0, 0, r, p, out, "");
    }

    function test_reportInvalid_twice_reverts() public {
        IRollup.JobRecord memory r = _one(_wrongInput);
        rollup.reportInvalid(0, 0, r, _proof(0, 0), _outs[0][0], "");
        bytes memory out = _outs[0][0];
        bytes32[] memory p = _proof(0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, 0, 0, IRollup.RecordStatus.Voided));
        rollup.reportInvalid(0, 0, r, p, out, "");
    }

    function test_reportInvalid_unknownBatch_reverts() public {
        IRollup.JobRecord memory r;
        vm.expectRevert(abi.encodeWithSelector(IRollup.UnknownBatch.selector, 3));
        rollup.reportInvalid(3, 0, r, new bytes32[](0), "", "");
    }

    /// @dev Marks MODEL refused through the registry (the stub refuses any well-opened row).
    function _refuseModel() internal {
        checker.setRefuse(true);
        models.reportRefusedRow(MODEL, 1, ROW, rowProof);
    }
}

contract Rollup_Reject_Test is Rollup_TestInit {
    function test_reject_feeBelowMinimum_refunds_succeeds() public {
        uint64 j = _submit(MIN_FEE - 1, address(0), 0);
        uint256 before = alice.balance;
        vm.expectEmit(address(rollup));
        emit IRollup.JobRejected(j, IRollup.RejectReason.FeeBelowMinimum);
        vm.prank(sequencer);
        rollup.reject(j, IRollup.RejectReason.FeeBelowMinimum);
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Refunded));
        assertEq(alice.balance, before + MIN_FEE - 1);
        assertFalse(inbox.isForceRefunded(j), "a rejection is no fault");
        _assertConserved();
    }

    function test_reject_modelRefusedAfterSubmission_succeeds() public {
        uint64 j = _submit(1 ether, address(0), 0);
        checker.setRefuse(true);
        models.reportRefusedRow(MODEL, 1, ROW, rowProof);
        vm.prank(carol); // anyone
        rollup.reject(j, IRollup.RejectReason.ModelRefused);
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Refunded));
    }

    /// @dev A false rejection cannot happen: each reason is checked on-chain.
    function test_reject_falseReason_reverts() public {
        uint64 j = _submit(MIN_FEE, address(0), 0);
        vm.prank(sequencer);
        vm.expectRevert(
            abi.encodeWithSelector(IRollup.RejectionInvalid.selector, j, IRollup.RejectReason.FeeBelowMinimum)
        );
        rollup.reject(j, IRollup.RejectReason.FeeBelowMinimum);
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RejectionInvalid.selector, j, IRollup.RejectReason.ModelRefused));
        rollup.reject(j, IRollup.RejectReason.ModelRefused);
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Pending));
    }

    function test_reject_notPending_reverts() public {
        uint64 b = _standardBatch();
        uint64 j = _recs[b][0].jobId;
        vm.expectRevert(
            abi.encodeWithSelector(IRollup.RejectionInvalid.selector, j, IRollup.RejectReason.FeeBelowMinimum)
        );
        rollup.reject(j, IRollup.RejectReason.FeeBelowMinimum);
        vm.expectRevert(
            abi.encodeWithSelector(IRollup.RejectionInvalid.selector, 99, IRollup.RejectReason.FeeBelowMinimum)
        );
        rollup.reject(99, IRollup.RejectReason.FeeBelowMinimum);
    }

    function testFuzz_reject_onlyBelowMinFee(uint128 fee) public {
        fee = uint128(bound(fee, 1, 1 ether));
        uint64 j = _submit(fee, address(0), 0);
        if (fee >= MIN_FEE) {
            vm.expectRevert(
                abi.encodeWithSelector(IRollup.RejectionInvalid.selector, j, IRollup.RejectReason.FeeBelowMinimum)
            );
        }
        rollup.reject(j, IRollup.RejectReason.FeeBelowMinimum);
    }
}

contract Rollup_Guardian_Test is Rollup_TestInit {
    function test_pause_stopsProposalsOnly_succeeds() public {
        uint64 b = _standardBatch();
        vm.expectEmit(address(rollup));
        emit IRollup.ProposalsPaused(guardian);
        vm.prank(guardian);
        rollup.pause();
        assertTrue(rollup.paused());
        uint256 pausedAt = block.number;
        vm.roll(block.number + 7);
        assertEq(rollup.pausedBlocks(), 7, "the current pause counts");
        // Disputes, settlement and delivery go on.
        _dispute(b, 1).resolveAs(IDisputeGame.GameStatus.CHALLENGER_WINS, bob);
        _settle(b, 1);
        _closeWindow(b);
        _deliver(b, 0);
        vm.expectEmit(address(rollup));
        emit IRollup.ProposalsUnpaused(guardian);
        vm.prank(guardian);
        rollup.unpause();
        assertFalse(rollup.paused());
        assertEq(rollup.pausedBlocks(), block.number - pausedAt);
        vm.roll(block.number + 5);
        assertEq(rollup.pausedBlocks(), 7, "unpaused blocks do not count");
        vm.prank(guardian);
        vm.expectRevert(IRollup.NotPaused.selector);
        rollup.unpause();
        vm.prank(guardian);
        rollup.pause();
        vm.prank(guardian);
        vm.expectRevert(IRollup.AlreadyPaused.selector);
        rollup.pause();
    }

    function test_guardianCalls_notGuardian_reverts() public {
        vm.startPrank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotGuardian.selector, sequencer));
        rollup.pause();
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotGuardian.selector, sequencer));
        rollup.unpause();
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotGuardian.selector, sequencer));
        rollup.blacklist(IDisputeGame(address(1)));
        vm.stopPrank();
    }

    /// @dev No inclusion fault is counted for blocks in which proposals were paused: a job is a fault only after
    ///      more than a window of unpaused blocks.
    function test_pause_excludesPausedBlocksFromFaults_succeeds() public {
        _stake(5 ether);
        uint64 j1 = _submit(1 ether, address(0), 0);
        uint64 j2 = _submit(1 ether, address(0), 0);
        vm.roll(block.number + 4); // 4 unpaused blocks
        vm.prank(guardian);
        rollup.pause();
        vm.roll(block.number + INCLUSION + 1);
        inbox.refundOverdue(j1);
        assertFalse(inbox.isForceRefunded(j1), "overdue while paused: no fault");
        vm.prank(guardian);
        rollup.unpause();
        vm.roll(block.number + INCLUSION - 4); // 4 + (INCLUSION - 4) = INCLUSION unpaused blocks
        inbox.refundOverdue(j2);
        assertFalse(inbox.isForceRefunded(j2), "a window of unpaused blocks: not yet a fault");
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotForceRefunded.selector, j2));
        rollup.proveInclusionFault(j2);
        uint64 j3 = _submit(1 ether, address(0), 0);
        vm.roll(block.number + INCLUSION + 1);
        inbox.refundOverdue(j3);
        assertTrue(inbox.isForceRefunded(j3));
    }
    // Audit finding 4 (unpause without a pause erasing accrued faults): Audit.t.sol, Audit_PauseClock_Test.
}

contract Rollup_DeclareUnservable_Test is Rollup_TestInit {
    /// @dev Audit finding 2: a model the sequencer cannot serve (say its weights were never published) can be
    ///      declared unservable: its pending jobs are rejected without a fault, and new jobs are refused, so nobody
    ///      can drain the stake with jobs the protocol cannot run.
    function test_declareUnservable_rejectsPendingAndRefusesNew_succeeds() public {
        _stake(5 ether);
        uint64 j = _submit(MIN_FEE, address(0), 0);
        vm.expectEmit(address(rollup));
        emit IRollup.ModelDeclaredUnservable(MODEL);
        vm.prank(sequencer);
        rollup.declareUnservable(MODEL);
        assertTrue(rollup.unservable(MODEL));
        vm.prank(carol);
        rollup.reject(j, IRollup.RejectReason.ModelUnservable);
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Refunded));
        assertFalse(inbox.isForceRefunded(j));
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotForceRefunded.selector, j));
        rollup.proveInclusionFault(j);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ModelUnusable.selector, MODEL));
        inbox.submit{value: 1 ether}(IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), address(0), 0);
        // Other models are unaffected.
        vm.prank(alice);
        inbox.submit{value: 1 ether}(IJobInbox.Kind.Inference, 1, PROMPT, 0, _params(), address(0), 0);
    }

    function test_declareUnservable_notSequencer_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IRollup.NotSequencer.selector, alice));
        rollup.declareUnservable(MODEL);
    }

    function test_declareUnservable_unknownModel_reverts() public {
        vm.prank(sequencer);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 99));
        rollup.declareUnservable(99);
    }

    /// @dev Included jobs of an unservable model must still be delivered: the declaration excuses nothing included.
    function test_declareUnservable_includedJobsStillDue_succeeds() public {
        uint64 b = _standardBatch();
        vm.prank(sequencer);
        rollup.declareUnservable(MODEL);
        uint64 j = _recs[b][0].jobId;
        vm.expectRevert(
            abi.encodeWithSelector(IRollup.RejectionInvalid.selector, j, IRollup.RejectReason.ModelUnservable)
        );
        rollup.reject(j, IRollup.RejectReason.ModelUnservable);
        vm.warp(rollup.deliverableAt(b, 0) + DELIVERY + 1);
        inbox.refundOverdue(j);
        assertTrue(inbox.isForceRefunded(j));
    }
}

contract Rollup_IncludedOverdue_Test is Rollup_TestInit {
    /// @dev Finding 4: an included job that is neither delivered nor voided within the delivery window is refunded
    ///      and its fault paid from the stake.
    function test_includedJobNotDelivered_isRefundedWithPenalty_succeeds() public {
        uint64 b = _standardBatch();
        uint64 j = _recs[b][1].jobId;
        uint256 deadline = T0 + WINDOW + FINALITY + 1 + DELIVERY; // deliverable after the window and the delay
        assertEq(inbox.deliveryDeadline(j), deadline);
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, j, deadline));
        inbox.refundOverdue(j);
        vm.warp(deadline + 1);
        uint256 before = alice.balance;
        inbox.refundOverdue(j);
        assertEq(alice.balance, before + 1 ether);
        assertTrue(inbox.isForceRefunded(j));
        assertEq(inbox.includedCount(), 2);
        vm.prank(carol);
        rollup.proveInclusionFault(j);
        assertEq(rollup.credit(alice), PENALTY, "the user is compensated");
        _assertConserved();
    }
}

contract Rollup_Blobs_Test is Rollup_TestInit {
    /// @dev Proposes a blob batch of one record per fresh job (the blobs are stand-ins: their versioned hashes are
    ///      set for the transaction; the contract never reads their content); returns its index.
    function _blobBatch(uint256 n) internal returns (uint64 b) {
        b = uint64(rollup.batchCount());
        uint64[] memory jobIds = new uint64[](n);
        for (uint256 i; i < n; ++i) {
            uint64 j = _submit(1 ether, address(0), 0);
            jobIds[i] = j;
            bytes memory out = _inferenceOutput(j);
            IRollup.JobRecord memory r = _rec(j, 0.5 ether, out);
            _recs[b].push(r);
            _outs[b].push(out);
            _leaves[b].push(keccak256(abi.encode(r)));
        }
        _stakeFor(n);
        vm.blobhashes(_blobHashes());
        vm.prank(sequencer);
        rollup.proposeBlobs{value: uint256(BOND) * n}(b, Rollup_Merkle.root(_leaves[b]), jobIds);
    }

    function _blobHashes() internal pure returns (bytes32[] memory h) {
        h = new bytes32[](2);
        h[0] = bytes32(uint256(0x01) << 248 | 1);
        h[1] = bytes32(uint256(0x01) << 248 | 2);
    }

    function _challenge(uint64 b, uint32 i) internal {
        vm.prank(bob);
        rollup.challengeData{value: DATA_BOND}(b, i);
    }

    function test_proposeBlobs_recordsBlobHashes_succeeds() public {
        uint64 b = _blobBatch(3);
        IRollup.Batch memory bt = rollup.batch(b);
        assertTrue(bt.blobs);
        assertEq(bt.recordCount, 3);
        assertEq(bt.daCommitment, keccak256(abi.encodePacked(_blobHashes())), "DA: the batch's blob hashes");
        assertEq(bt.recordsRoot, Rollup_Merkle.root(_leaves[b]));
        for (uint32 i; i < 3; ++i) {
            IJobInbox.Job memory job = inbox.job(_recs[b][i].jobId);
            assertEq(job.includedBatch, b);
            assertEq(job.includedRecord, i);
        }
        _assertConserved();
    }

    function test_proposeBlobs_withoutBlobs_reverts() public {
        uint64 j = _submit(1 ether, address(0), 0);
        uint64[] memory ids = new uint64[](1);
        ids[0] = j;
        _stakeFor(1);
        vm.prank(sequencer);
        vm.expectRevert(IRollup.NoBlobs.selector);
        rollup.proposeBlobs{value: BOND}(0, keccak256("root"), ids);
    }

    /// @dev Finding 5: a sequencer that withholds a record's data (here: the output it would reveal only after the
    ///      window) is challenged; without an answer in time the record is voided and the challenger paid.
    function test_withheldRecord_isVoided_succeeds() public {
        uint64 b = _blobBatch(2);
        uint64 j = _recs[b][1].jobId;
        _challenge(b, 1);
        IRollup.DataChallenge memory c = rollup.dataChallenge(b, 1);
        assertEq(c.challenger, bob);
        assertEq(c.deadline, block.timestamp + DATA_WINDOW);
        assertEq(rollup.batch(b).pendingDisputes, 1);
        assertFalse(rollup.isFinal(b, 1));

        vm.warp(c.deadline);
        vm.expectRevert(abi.encodeWithSelector(IRollup.DataDeadline.selector, b, 1, c.deadline));
        rollup.voidUnavailable(b, 1, j);
        vm.warp(c.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IRollup.JobNotAt.selector, _recs[b][0].jobId, b, 1));
        rollup.voidUnavailable(b, 1, _recs[b][0].jobId);
        vm.expectEmit(address(rollup));
        emit IRollup.RecordInvalid(b, 1, j, IRollup.Invalidity.DataUnavailable);
        vm.prank(carol);
        rollup.voidUnavailable(b, 1, j);

        assertEq(uint8(rollup.recordStatus(b, 1)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Refunded));
        assertEq(rollup.credit(bob), BOND + DATA_BOND, "the record bond and the challenge bond");
        assertEq(rollup.batch(b).pendingDisputes, 0);
        assertEq(rollup.batch(b).voided, 1);
        // The late "reveal" is refused: there is no open challenge, and the record is voided.
        vm.expectRevert(abi.encodeWithSelector(IRollup.NoOpenDataChallenge.selector, b, 1));
        rollup.resolveData(b, 1, _recs[b][1], _proof(b, 1), _outs[b][1], "");
        _closeWindow(b);
        bytes memory out = _outs[b][1];
        bytes32[] memory p = _proof(b, 1);
        IRollup.JobRecord memory r = _recs[b][1];
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongRecordStatus.selector, b, 1, IRollup.RecordStatus.Voided));
        rollup.deliver(b, 1, r, p, out, "");
        _deliver(b, 0); // the other record is unaffected
        _assertConserved();
    }

    /// @dev An answered challenge: the resolver is paid the challenge bond, the batch stays disputable for a data
    ///      window from the answer, and the record can still be disputed and then finalizes.
    function test_resolveData_postsRecordAndExtendsWindow_succeeds() public {
        uint64 b = _blobBatch(2);
        uint256 challengedAt = rollup.challengeDeadline(b) - 10;
        vm.warp(challengedAt);
        _challenge(b, 0);
        vm.warp(rollup.challengeDeadline(b) + FINALITY + 1); // final, were it not challenged
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.DataChallengePending.selector, b, 0));
        rollup.deliver(b, 0, r, p, out, "");
        vm.warp(challengedAt + DATA_WINDOW);
        vm.expectEmit(address(rollup));
        emit IRollup.DataResolved(b, 0, _recs[b][0], _proof(b, 0), _outs[b][0], "");
        vm.prank(sequencer);
        rollup.resolveData(b, 0, _recs[b][0], _proof(b, 0), _outs[b][0], "");
        assertTrue(rollup.dataChallenge(b, 0).resolved);
        assertEq(rollup.credit(sequencer), DATA_BOND, "the resolver takes the challenge bond");
        assertEq(rollup.challengeDeadline(b), block.timestamp + DATA_WINDOW, "disputable a data window more");
        assertEq(rollup.batch(b).pendingDisputes, 0);
        // Past the original window the record is still disputable.
        _dispute(b, 0);
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Disputed));
        _closeWindow(b);
        _deliver(b, 1);
        _assertConserved();
    }

    function test_resolveData_afterDeadline_reverts() public {
        uint64 b = _blobBatch(1);
        _challenge(b, 0);
        uint256 deadline = block.timestamp + DATA_WINDOW;
        vm.warp(deadline + 1);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        bytes memory out = _outs[b][0];
        vm.expectRevert(abi.encodeWithSelector(IRollup.DataDeadline.selector, b, 0, deadline));
        rollup.resolveData(b, 0, r, p, out, "");
    }

    function test_resolveData_wrongRecordOrOutput_reverts() public {
        uint64 b = _blobBatch(2);
        _challenge(b, 0);
        IRollup.JobRecord memory r = _recs[b][0];
        bytes32[] memory p = _proof(b, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 0));
        rollup.resolveData(b, 0, _recs[b][1], p, _outs[b][1], "");
        vm.expectRevert(abi.encodeWithSelector(IRollup.WrongOutput.selector, keccak256(hex"00"), r.outputHash));
        rollup.resolveData(b, 0, r, p, hex"00", "");
    }

    /// @dev A calldata batch's record can be data-challenged: a proposer that is a contract (or an EIP-7702
    ///      account) may build its propose call where no watcher reads it, so every record must be either readable
    ///      or challengeable. While the challenge is open the record cannot be delivered nor the bond released.
    function test_challengeData_calldataBatch_succeeds() public {
        uint64 b = _standardBatch();
        uint256 deadline = block.timestamp + DATA_WINDOW;
        vm.expectEmit(address(rollup));
        emit IRollup.DataChallenged(b, 1, bob, deadline);
        _challenge(b, 1);
        assertEq(rollup.dataChallenge(b, 1).challenger, bob);
        assertEq(rollup.dataBondsHeld(), DATA_BOND);
        assertEq(rollup.batch(b).pendingDisputes, 1);
        vm.warp(rollup.challengeDeadline(b) + FINALITY + 1);
        assertFalse(rollup.isFinal(b, 1), "challenged: not final");
        IRollup.JobRecord memory r = _recs[b][1];
        bytes32[] memory p = _proof(b, 1);
        bytes memory out = _outs[b][1];
        vm.expectRevert(abi.encodeWithSelector(IRollup.DataChallengePending.selector, b, 1));
        rollup.deliver(b, 1, r, p, out, "");
        vm.expectRevert(abi.encodeWithSelector(IRollup.DisputesPending.selector, b, 1));
        rollup.releaseBond(b);
        _deliver(b, 0); // the other records are not held up
        _assertConserved();
    }

    /// @dev The honest proposer answers a data challenge of a calldata batch's record as a blob batch's: it takes
    ///      the challenge bond (griefing costs the griefer), the record and its proof are in DataResolved, and the
    ///      record is delivered in the end.
    function test_resolveData_calldataBatch_succeeds() public {
        uint64 b = _standardBatch();
        vm.warp(rollup.challengeDeadline(b) - 10);
        _challenge(b, 2);
        vm.warp(block.timestamp + DATA_WINDOW);
        vm.expectEmit(address(rollup));
        emit IRollup.DataResolved(b, 2, _recs[b][2], _proof(b, 2), _outs[b][2], "");
        vm.prank(sequencer);
        rollup.resolveData(b, 2, _recs[b][2], _proof(b, 2), _outs[b][2], "");
        assertTrue(rollup.dataChallenge(b, 2).resolved);
        assertEq(rollup.credit(sequencer), DATA_BOND, "the resolver takes the challenge bond");
        assertEq(rollup.recordDeadline(b, 2), block.timestamp + DATA_WINDOW, "disputable a data window more");
        vm.warp(rollup.recordDeadline(b, 2) + FINALITY + 1);
        _deliver(b, 2);
        assertEq(uint8(rollup.recordStatus(b, 2)), uint8(IRollup.RecordStatus.Delivered));
        _assertConserved();
    }

    /// @dev An unanswered data challenge of a calldata batch's L1 record voids it by its job: the job is refunded,
    ///      the challenger gets the record's bond and its own; no other job, nor an L2 position, can be named.
    function test_voidUnavailable_calldataBatchL1Record_succeeds() public {
        uint64 b = _standardBatch();
        _challenge(b, 0);
        vm.warp(block.timestamp + DATA_WINDOW + 1);
        uint64 j = _recs[b][0].jobId;
        vm.expectRevert(abi.encodeWithSelector(IRollup.JobNotAt.selector, 0, b, 0));
        rollup.voidUnavailable(b, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRollup.JobNotAt.selector, _recs[b][1].jobId, b, 0));
        rollup.voidUnavailable(b, 0, _recs[b][1].jobId);
        rollup.voidUnavailable(b, 0, j);
        assertEq(uint8(rollup.recordStatus(b, 0)), uint8(IRollup.RecordStatus.Voided));
        assertEq(uint8(inbox.statusOf(j)), uint8(IJobInbox.Status.Refunded));
        assertEq(rollup.credit(bob), uint256(BOND) + DATA_BOND, "the record's bond and the challenge bond");
        _assertConserved();
    }

    function test_challengeData_refusals_reverts() public {
        uint64 b = _blobBatch(1);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.IncorrectBond.selector, 1, DATA_BOND));
        rollup.challengeData{value: 1}(b, 0);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordNotInBatch.selector, b, 1));
        rollup.challengeData{value: DATA_BOND}(b, 1);
        _challenge(b, 0);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IRollup.DataAlreadyChallenged.selector, b, 0));
        rollup.challengeData{value: DATA_BOND}(b, 0);
        uint64 b2 = _blobBatch(1);
        uint256 closes = rollup.challengeDeadline(b2);
        vm.warp(closes + 1);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IRollup.ChallengeWindowClosed.selector, b2, closes));
        rollup.challengeData{value: DATA_BOND}(b2, 0);
    }

    /// @dev An open challenge holds the batch's bond: it cannot be released before the challenge is settled.
    function test_releaseBond_openDataChallenge_reverts() public {
        uint64 b = _blobBatch(1);
        _challenge(b, 0);
        vm.warp(rollup.challengeDeadline(b) + 1);
        vm.expectRevert(abi.encodeWithSelector(IRollup.DisputesPending.selector, b, 1));
        rollup.releaseBond(b);
        rollup.voidUnavailable(b, 0, _recs[b][0].jobId);
        rollup.releaseBond(b);
        assertEq(rollup.credit(sequencer), 0, "the one record was voided: nothing to release");
        _assertConserved();
    }

    /// @dev Reporting an invalid record closes its open data challenge, returning the bond to the challenger.
    function test_reportInvalid_closesDataChallenge_succeeds() public {
        uint64 b = _blobBatch(1);
        _challenge(b, 0);
        vm.prank(guardian);
        rollup.pause(); // unrelated: reports work while paused
        vm.prank(carol);
        // The record is valid, so it cannot be reported; the resolver answers instead.
        vm.expectRevert(abi.encodeWithSelector(IRollup.RecordValid.selector, b, 0));
        rollup.reportInvalid(b, 0, _recs[b][0], _proof(b, 0), _outs[b][0], "");
        checker.setRefuse(true);
        models.reportRefusedRow(MODEL, 1, ROW, rowProof);
        vm.prank(carol);
        rollup.reportInvalid(b, 0, _recs[b][0], _proof(b, 0), _outs[b][0], "");
        assertEq(rollup.credit(bob), DATA_BOND, "the challenger's bond comes back");
        assertEq(rollup.credit(carol), BOND);
        assertEq(rollup.batch(b).pendingDisputes, 0);
        _assertConserved();
    }
}
