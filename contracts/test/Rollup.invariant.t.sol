// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Rollup} from "../src/Rollup.sol";
import {JobInbox} from "../src/JobInbox.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {
    Rollup_TestInit,
    Rollup_Merkle,
    Rollup_MockGame,
    Rollup_Receiver,
    Rollup_GasGuzzler,
    Rollup_RevertingReceiver
} from "./Rollup.t.sol";

/// @dev Drives the rollup, the real JobInbox and the test-double games with a few actors: users submitting jobs
///      (and moving L2 balances), the sequencer proposing batches of random sizes of the pending jobs (some records
///      invalid: a fee above the max fee, a wrong prompt length, an output that is not token ids) and staking,
///      challengers disputing random records, reporters voiding invalid ones, games resolving either way and paying
///      out, deliverers, overdue refunds (pending and included) with inclusion-fault proofs, withdrawals and time. Every call is made through try/catch and checked against what it must do: a call
///      that must succeed but reverts, or must revert but succeeds, is recorded in `failures`.
///      Ghosts: ETH into and out of the system (inbox + rollup + games), the records ever voided and ever
///      delivered, each record's terminal status, and the payouts of each job.
contract Rollup_Handler is Test {
    Rollup internal immutable rollup;
    JobInbox internal immutable inbox;
    address internal immutable sequencer;
    uint128 internal immutable bondPerRecord;
    uint128 internal immutable penalty;
    uint256 internal immutable initBond;
    uint64 internal immutable inclusion;
    uint64 internal immutable finality;
    bytes32 internal immutable modelRoot;

    address[] internal actors;
    address[] internal callbacks; // none, receiver, guzzler, reverter
    uint32[] internal callbackGas;

    /// @dev A record position.
    struct Ref {
        uint64 b;
        uint32 i;
    }

    Ref[] public refs;
    mapping(uint256 b => IRollup.JobRecord[]) internal _recs;
    mapping(uint256 b => bytes[]) internal _outs;
    mapping(uint256 b => bytes32[]) internal _leaves;
    uint64[] internal jobs;
    uint64[] internal pending;
    uint64[] internal forceRefunded;
    /// @dev Records the handler made invalid on purpose (reportInvalid must void exactly these, or a record whose
    ///      job left Included).
    mapping(uint256 b => mapping(uint256 i => bool)) internal _bad;
    Rollup_MockGame[] public games;

    // Ghosts.
    uint256 public ghostIn;
    uint256 public ghostOut;
    mapping(uint256 b => mapping(uint256 i => bool)) public everVoided;
    mapping(uint256 b => mapping(uint256 i => bool)) public everDelivered;
    /// @dev The terminal status a record reached (None while it has not).
    mapping(uint256 b => mapping(uint256 i => IRollup.RecordStatus)) public terminal;
    mapping(uint256 jobId => uint256) public payouts;
    /// @dev Records voided without slashing their batch's bond (reported after the bond was released).
    mapping(uint256 b => uint256) public unslashedVoids;
    uint256 public failures;
    string public lastFailure;
    /// @dev Successful actions by name (to check, in a trace, that a campaign reaches every path).
    mapping(string => uint256) public ok;

    constructor(Rollup rollup_, bytes32 modelRoot_, address[] memory actors_, address[] memory callbacks_) {
        modelRoot = modelRoot_;
        rollup = rollup_;
        inbox = JobInbox(address(rollup_.inbox()));
        sequencer = rollup_.sequencer();
        IRollup.RollupConfig memory c = rollup_.config();
        bondPerRecord = c.bondPerRecord;
        penalty = c.inclusionPenalty;
        initBond = rollup_.factory().initBond();
        inclusion = inbox.inclusionWindow();
        finality = c.finalityDelay;
        actors = actors_;
        callbacks.push(address(0));
        callbackGas.push(0);
        for (uint256 k; k < callbacks_.length; ++k) {
            callbacks.push(callbacks_[k]);
            callbackGas.push(k == 0 ? 200_000 : 50_000); // the recording receiver needs ~150k
        }
    }

    // ---- views for the invariants ----

    function refCount() external view returns (uint256) {
        return refs.length;
    }

    function gameCount() external view returns (uint256) {
        return games.length;
    }

    function jobCount() external view returns (uint256) {
        return jobs.length;
    }

    function jobAt(uint256 k) external view returns (uint64) {
        return jobs[k];
    }

    function accounts() external view returns (address[] memory a) {
        a = new address[](actors.length + 1);
        for (uint256 k; k < actors.length; ++k) {
            a[k] = actors[k];
        }
        a[actors.length] = sequencer;
    }

    // ---- actions ----

    /// @dev A user submits one to three inference jobs (with one of the callbacks).
    function submit(uint256 actorSeed, uint256 fee, uint256 kindSeed) external {
        address user = _actor(actorSeed);
        uint256 count = 1 + kindSeed % 3;
        for (uint256 t; t < count; ++t) {
            uint256 seed = uint256(keccak256(abi.encode(kindSeed, t)));
            uint256 maxFee = _bound(fee >> (t * 16), 1e9, 10 ether);
            uint256 cb = (seed >> 8) % callbacks.length;
            IJobInbox.Params memory p =
                IJobInbox.Params({maxTokens: 4, temperatureMilli: 0, topK: 0, topPMicro: 0, seed: bytes32(seed)});
            vm.prank(user);
            uint256 id = inbox.submit{value: maxFee}(
                IJobInbox.Kind.Inference, 7, hex"00000005", 0, p, callbacks[cb], callbackGas[cb]
            );
            ghostIn += maxFee;
            jobs.push(uint64(id));
            pending.push(uint64(id));
        }
    }

    /// @dev A user deposits to its L2 balance, asks to withdraw from it, or withdraws once the delay is over.
    function moveL2(uint256 actorSeed, uint256 amount, bool withdraw) external {
        address user = _actor(actorSeed);
        if (withdraw) {
            uint256 bal = inbox.balanceOf(user);
            (uint256 asked, uint256 readyAt) = inbox.pendingWithdrawal(user);
            if (asked != 0 && block.timestamp >= readyAt) {
                vm.prank(user);
                inbox.withdraw();
                ghostOut += bal - inbox.balanceOf(user);
                return;
            }
            if (bal == 0) return;
            amount = _bound(amount, 1, bal);
            vm.prank(user);
            inbox.requestWithdrawal(amount);
        } else {
            amount = _bound(amount, 1, 5 ether);
            vm.prank(user);
            inbox.deposit{value: amount}();
            ghostIn += amount;
        }
    }

    /// @dev The sequencer proposes a batch of 1 to 8 records of Pending jobs, staking what it needs first; about one
    ///      record in six is invalid.
    function propose(uint256 countSeed, uint256 feeSeed) external {
        uint256 n = _bound(countSeed, 1, 8);
        if (n > pending.length) n = pending.length;
        if (n == 0) return;
        uint256 want = uint256(penalty) * (inbox.includedCount() + n + 1);
        uint256 have = rollup.stakeOf();
        if (have < want) {
            vm.prank(sequencer);
            rollup.stake{value: want - have}();
            ghostIn += want - have;
        }
        uint64 b = uint64(rollup.batchCount());
        IRollup.JobRecord[] memory recs = new IRollup.JobRecord[](n);
        bytes[] memory outs = new bytes[](n);
        for (uint256 i; i < n; ++i) {
            uint64 j = pending[pending.length - 1];
            pending.pop();
            (recs[i], outs[i]) = _recordFor(j, feeSeed >> (i * 8), i);
            _recs[b].push(recs[i]);
            _outs[b].push(outs[i]);
            _leaves[b].push(keccak256(abi.encode(recs[i])));
            refs.push(Ref(b, uint32(i)));
        }
        uint256 bond = uint256(bondPerRecord) * n;
        if (feeSeed >> 255 == 1) {
            // A blob batch: the records and outputs travel in blobs, only the root and the job ids on-chain.
            uint64[] memory ids = new uint64[](n);
            for (uint256 i; i < n; ++i) {
                ids[i] = recs[i].jobId;
            }
            bytes32[] memory hashes = new bytes32[](1);
            hashes[0] = bytes32(uint256(0x01) << 248 | b);
            vm.blobhashes(hashes);
            vm.prank(sequencer);
            try rollup.proposeBlobs{value: bond}(b, Rollup_Merkle.root(_leaves[b]), ids) {
                ghostIn += bond;
                ++ok["proposeBlobs"];
            } catch {
                _fail("proposeBlobs reverted");
            }
            return;
        }
        vm.prank(sequencer);
        try rollup.propose{value: bond}(b, recs, outs, new bytes[](recs.length)) {
            ghostIn += bond;
            ++ok["propose"];
        } catch {
            _fail("propose reverted");
        }
    }

    /// @dev A watcher challenges the data of a record of a blob batch (in the window, once per record).
    function challengeData(uint256 seed, uint256 actorSeed) external {
        uint256 n = refs.length;
        for (uint256 t; t < n; ++t) {
            Ref memory r = refs[(seed % n + t) % n];
            if (!rollup.batch(r.b).blobs || rollup.dataChallenge(r.b, r.i).challenger != address(0)) continue;
            if (rollup.recordStatus(r.b, r.i) != IRollup.RecordStatus.None || rollup.survived(r.b, r.i)) continue;
            if (block.timestamp > rollup.challengeDeadline(r.b)) continue;
            uint256 bond = rollup.config().dataChallengeBond;
            vm.prank(_actor(actorSeed));
            try rollup.challengeData{value: bond}(r.b, r.i) {
                ghostIn += bond;
                ++ok["challengeData"];
            } catch {
                _fail("challengeData reverted");
            }
            return;
        }
    }

    /// @dev An open data challenge ends: the sequencer answers it in time, or, past its deadline, anyone voids the
    ///      record (its job refunded, the challenger paid).
    function endDataChallenge(uint256 seed, bool answer) external {
        uint256 n = refs.length;
        for (uint256 t; t < n; ++t) {
            Ref memory r = refs[(seed % n + t) % n];
            IRollup.DataChallenge memory c = rollup.dataChallenge(r.b, r.i);
            if (c.challenger == address(0) || c.resolved) continue;
            if (block.timestamp <= c.deadline) {
                if (!answer) return;
                vm.prank(sequencer);
                try rollup.resolveData(r.b, r.i, _recs[r.b][r.i], _proof(r.b, r.i), _outs[r.b][r.i], "") {
                    ++ok["resolveData"];
                } catch {
                    _fail("resolveData reverted");
                }
                return;
            }
            uint64 jobId = _recs[r.b][r.i].jobId;
            bool refund = inbox.statusOf(jobId) == IJobInbox.Status.Included;
            uint256 maxFee = inbox.job(jobId).maxFee;
            try rollup.voidUnavailable(r.b, r.i, jobId) {
                everVoided[r.b][r.i] = true;
                terminal[r.b][r.i] = IRollup.RecordStatus.Voided;
                if (rollup.batch(r.b).bondReleased) ++unslashedVoids[r.b];
                if (refund) {
                    ++payouts[jobId];
                    ghostOut += maxFee;
                }
                ++ok["voidUnavailable"];
            } catch {
                _fail("voidUnavailable reverted");
            }
            return;
        }
    }

    /// @dev What a report of a record must do.
    struct _Expect {
        address submitter;
        bool invalid;
        bool released;
        bool refund;
        address who;
        uint256 stakeBefore;
        uint256 creditBefore;
        uint256 maxFee;
    }

    /// @dev Anyone reports a record: it must be voided exactly when it is invalid (made so, or its job left
    ///      Included), with bondPerRecord to the reporter from the bond or, after its release, the stake.
    function report(uint256 seed, uint256 actorSeed) external {
        uint256 n = refs.length;
        if (n == 0) return;
        Ref memory r = refs[seed % n];
        if (rollup.recordStatus(r.b, r.i) != IRollup.RecordStatus.None) return;
        IRollup.DataChallenge memory dc = rollup.dataChallenge(r.b, r.i);
        if (dc.challenger != address(0) && !dc.resolved) return; // its bond would go back to the challenger too
        uint64 jobId = _recs[r.b][r.i].jobId;
        _Expect memory e;
        e.refund = inbox.statusOf(jobId) == IJobInbox.Status.Included;
        e.invalid = _bad[r.b][r.i] || !e.refund;
        e.released = rollup.batch(r.b).bondReleased;
        e.stakeBefore = rollup.stakeOf();
        e.who = _actor(actorSeed);
        e.creditBefore = rollup.credit(e.who);
        e.maxFee = inbox.job(jobId).maxFee;
        e.submitter = inbox.job(jobId).submitter;
        vm.prank(e.who);
        try rollup.reportInvalid(r.b, r.i, _recs[r.b][r.i], _proof(r.b, r.i), _outs[r.b][r.i], "") {
            _reported(r, jobId, e);
        } catch {
            if (e.invalid) _fail("invalid record not voided");
        }
    }

    function _reported(Ref memory r, uint64 jobId, _Expect memory e) internal {
        if (!e.invalid) _fail("valid record voided");
        everVoided[r.b][r.i] = true;
        terminal[r.b][r.i] = IRollup.RecordStatus.Voided;
        uint256 reward = bondPerRecord;
        if (e.released) {
            ++unslashedVoids[r.b];
            if (reward > e.stakeBefore) reward = e.stakeBefore;
        }
        // A record whose job it refunds is a serving fault: the job's submitter is paid the penalty from the stake.
        uint256 fromStake = e.stakeBefore - rollup.stakeOf();
        uint256 penaltyPaid = fromStake - (e.released ? reward : 0);
        if (!e.refund && penaltyPaid != 0) _fail("penalty without a refunded job");
        if (
            e.refund
                && penaltyPaid
                    != (e.stakeBefore - (e.released ? reward : 0) < penalty
                            ? e.stakeBefore - (e.released ? reward : 0)
                            : penalty)
        ) {
            _fail("serving fault not paid");
        }
        uint256 own = e.who == e.submitter ? penaltyPaid : 0;
        if (rollup.credit(e.who) - e.creditBefore != reward + own) _fail("report not rewarded");
        if (e.refund) {
            ++payouts[jobId];
            ghostOut += e.maxFee;
        }
        ++ok["report"];
    }

    /// @dev A challenger disputes a record that is still disputable.
    function dispute(uint256 seed, uint256 actorSeed) external {
        (bool found, Ref memory r) = _find(seed, _Pred.Disputable);
        if (!found) return;
        vm.prank(_actor(actorSeed));
        try rollup.dispute{value: initBond}(
            r.b, r.i, _recs[r.b][r.i], _proof(r.b, r.i), "", keccak256(abi.encode(seed))
        ) returns (
            IDisputeGame g
        ) {
            ghostIn += initBond;
            games.push(Rollup_MockGame(address(g)));
            ++ok["dispute"];
        } catch {
            _fail("dispute reverted");
        }
    }

    /// @dev A game in progress ends: either side wins; the root's counteredBy is an actor or left unset.
    function resolveGame(uint256 seed, bool challengerWins, uint256 counterSeed) external {
        if (games.length == 0) return;
        for (uint256 t; t < games.length; ++t) {
            Rollup_MockGame g = games[(seed % games.length + t) % games.length];
            if (g.status() != IDisputeGame.GameStatus.IN_PROGRESS) continue;
            address by = counterSeed % 4 == 0 ? address(0) : _actor(counterSeed >> 2);
            g.resolveAs(
                challengerWins ? IDisputeGame.GameStatus.CHALLENGER_WINS : IDisputeGame.GameStatus.DEFENDER_WINS,
                challengerWins ? by : address(0)
            );
            return;
        }
    }

    /// @dev A resolved game pays its held bond to the side that won.
    function claimGameCredit(uint256 seed) external {
        for (uint256 t; t < games.length; ++t) {
            Rollup_MockGame g = games[(seed % games.length + t) % games.length];
            if (g.status() == IDisputeGame.GameStatus.IN_PROGRESS || g.paid()) continue;
            uint256 amount = g.bond();
            g.claimCredit(g.winner());
            ghostOut += amount;
            ++ok["claimGameCredit"];
            return;
        }
    }

    /// @dev Anyone settles a disputed record whose game is resolved.
    function settle(uint256 seed) external {
        (bool found, Ref memory r) = _find(seed, _Pred.Settleable);
        if (!found) return;
        uint64 jobId = _recs[r.b][r.i].jobId;
        IJobInbox.Status before = inbox.statusOf(jobId);
        bool refundable = before == IJobInbox.Status.Included;
        uint256 maxFee = refundable ? inbox.job(jobId).maxFee : 0;
        address submitter = refundable ? inbox.job(jobId).submitter : address(0);
        uint256 subBefore = submitter.balance;
        bool voids = rollup.gameOf(r.b, r.i).status() == IDisputeGame.GameStatus.CHALLENGER_WINS;
        try rollup.settle(r.b, r.i) {
            ++ok[voids ? "settleVoid" : "settleSurvive"];
            if (voids) {
                everVoided[r.b][r.i] = true;
                terminal[r.b][r.i] = IRollup.RecordStatus.Voided;
                if (refundable) {
                    ++payouts[jobId];
                    ghostOut += maxFee;
                    if (submitter.balance - subBefore != maxFee) _fail("refund not paid to the submitter");
                    if (inbox.statusOf(jobId) != IJobInbox.Status.Refunded) _fail("voided job not refunded");
                }
            }
        } catch {
            _fail("settle reverted");
        }
    }

    /// @dev Anyone delivers up to three final records; each must succeed exactly when its job can be paid.
    function deliver(uint256 seed, uint256 actorSeed) external {
        for (uint256 t; t < 3; ++t) {
            _deliverOne(uint256(keccak256(abi.encode(seed, t))), actorSeed >> (t * 8));
        }
    }

    function _deliverOne(uint256 seed, uint256 actorSeed) internal {
        // Three times in four, a record that can be paid; else any final record (which may not be).
        (bool found, Ref memory r) = _find(seed, seed % 4 == 0 ? _Pred.Final : _Pred.Deliverable);
        if (!found) return;
        IRollup.JobRecord memory rec = _recs[r.b][r.i];
        (bool payable_, uint256 maxFee, address submitter) = _deliverable(r);
        uint256 seqBefore = sequencer.balance;
        uint256 subBefore = submitter.balance;
        vm.prank(_actor(actorSeed));
        try rollup.deliver(r.b, r.i, rec, _proof(r.b, r.i), _outs[r.b][r.i], "") {
            everDelivered[r.b][r.i] = true;
            terminal[r.b][r.i] = IRollup.RecordStatus.Delivered;
            ++payouts[rec.jobId];
            ghostOut += maxFee;
            ++ok["deliver"];
            if (!payable_) _fail("undeliverable record delivered");
            if (sequencer.balance - seqBefore != rec.fee) _fail("fee not paid to the proposer");
            if (submitter.balance - subBefore != maxFee - rec.fee) _fail("rest not refunded");
        } catch {
            if (payable_) _fail("deliverable record not delivered");
        }
    }

    /// @dev Anyone releases the bond of a batch that is past its window with no dispute pending.
    function releaseBond(uint256 seed) external {
        uint256 n = rollup.batchCount();
        for (uint256 t; t < n; ++t) {
            uint64 b = uint64((seed % n + t) % n);
            IRollup.Batch memory bt = rollup.batch(b);
            if (bt.bondReleased || bt.pendingDisputes != 0 || block.timestamp <= rollup.challengeDeadline(b)) {
                continue;
            }
            try rollup.releaseBond(b) {
                ++ok["releaseBond"];
            } catch {
                _fail("releaseBond reverted");
            }
            return;
        }
    }

    function stake(uint256 amount) external {
        amount = _bound(amount, 1, 3 ether);
        vm.prank(sequencer);
        rollup.stake{value: amount}();
        ghostIn += amount;
    }

    /// @dev Unstakes what may be taken (or, one time in four, too much, which must revert): the stake may not go
    ///      below inclusionPenalty × (Included jobs + 1).
    function unstake(uint256 amount) external {
        uint256 have = rollup.stakeOf();
        uint256 floor = uint256(penalty) * (inbox.includedCount() + 1);
        bool tooMuch = amount % 4 == 0;
        if (tooMuch) {
            if (have == 0) return;
            amount = have + 1 - (have >= floor ? floor : have);
        } else {
            if (have <= floor) return;
            amount = _bound(amount, 1, have - floor);
        }
        vm.prank(sequencer);
        try rollup.unstake(amount) {
            if (tooMuch) _fail("unstake below the floor");
            ++ok["unstake"];
        } catch {
            if (!tooMuch) _fail("unstake reverted");
        }
    }

    /// @dev Anyone refunds an overdue job: Pending past the inclusion window or Included past the delivery window
    ///      (warp rolls the chain on).
    function refundOverdue(uint256 seed, uint256 actorSeed) external {
        uint256 n = jobs.length;
        for (uint256 t; t < n; ++t) {
            uint64 j = jobs[(seed % n + t) % n];
            if (!inbox.isOverdue(j)) continue;
            _unpend(j);
            IJobInbox.Job memory job = inbox.job(j);
            uint256 subBefore = job.submitter.balance;
            vm.prank(_actor(actorSeed));
            inbox.refundOverdue(j);
            ++payouts[j];
            ghostOut += job.maxFee;
            if (job.submitter.balance - subBefore != job.maxFee) _fail("overdue refund not paid");
            if (inbox.isForceRefunded(j)) forceRefunded.push(j);
            ++ok["refundOverdue"];
            return;
        }
    }

    /// @dev Anyone proves the inclusion fault of a force-refunded job; its submitter is paid (a second proof must
    ///      revert). A job that was never included is paid only from the stake above the included jobs' reserve
    ///      (inclusionPenalty each), which only their own faults may spend: with none spare the proof reverts.
    function proveFault(uint256 seed, uint256 actorSeed) external {
        if (forceRefunded.length == 0) return;
        uint64 j = forceRefunded[seed % forceRefunded.length];
        bool proven = rollup.faultProven(j);
        IJobInbox.Job memory job = inbox.job(j);
        uint256 avail = rollup.stakeOf();
        if (job.includedAt == 0) {
            uint256 reserve = uint256(penalty) * inbox.includedCount();
            avail = avail > reserve ? avail - reserve : 0;
        }
        address prover = _actor(actorSeed);
        uint256 creditBefore = rollup.credit(job.submitter);
        vm.prank(prover);
        try rollup.proveInclusionFault(j) {
            if (proven || avail == 0) _fail("fault proven twice or with no spare stake");
            uint256 want = avail < penalty ? avail : penalty;
            if (rollup.credit(job.submitter) - creditBefore != want) _fail("penalty not credited to the submitter");
            ++ok["proveFault"];
        } catch {
            if (!proven && avail != 0) _fail("proveInclusionFault reverted");
        }
    }

    /// @dev An actor or the sequencer withdraws its credit.
    function withdrawCredit(uint256 seed) external {
        address a = seed % 5 == 0 ? sequencer : _actor(seed);
        uint256 amount = rollup.credit(a);
        uint256 before = a.balance;
        vm.prank(a);
        try rollup.withdrawCredit() {
            ghostOut += amount;
            if (a.balance - before != amount) _fail("credit not paid");
            if (amount == 0) _fail("empty credit withdrawn");
            ++ok["withdrawCredit"];
        } catch {
            if (amount != 0) _fail("withdrawCredit reverted");
        }
    }

    function warp(uint256 secs, uint256 blocks) external {
        vm.warp(block.timestamp + _bound(secs, 1 hours, 36 hours));
        vm.roll(block.number + _bound(blocks, 1, 8));
    }

    // ---- helpers ----

    enum _Pred {
        Disputable,
        Settleable,
        Final,
        Deliverable
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    /// @dev Drops job `j` from the Pending list (it was refunded through a voided record).
    function _unpend(uint64 j) internal {
        for (uint256 k; k < pending.length; ++k) {
            if (pending[k] == j) {
                pending[k] = pending[pending.length - 1];
                pending.pop();
                return;
            }
        }
    }

    function _fail(string memory why) internal {
        ++failures;
        lastFailure = why;
    }

    function _proof(uint256 b, uint256 i) internal view returns (bytes32[] memory) {
        return Rollup_Merkle.proofOf(_leaves[b], i);
    }

    /// @dev A record from a random offset that satisfies `p`.
    function _find(uint256 seed, _Pred p) internal view returns (bool, Ref memory r) {
        uint256 n = refs.length;
        for (uint256 t; t < n; ++t) {
            r = refs[(seed % n + t) % n];
            IRollup.RecordStatus s = rollup.recordStatus(r.b, r.i);
            if (p == _Pred.Disputable) {
                if (
                    s == IRollup.RecordStatus.None && !rollup.survived(r.b, r.i)
                        && block.timestamp <= rollup.challengeDeadline(r.b)
                ) return (true, r);
            } else if (p == _Pred.Settleable) {
                if (s != IRollup.RecordStatus.Disputed) continue;
                IDisputeGame g = rollup.gameOf(r.b, r.i);
                if (
                    g.status() != IDisputeGame.GameStatus.IN_PROGRESS
                        && block.timestamp >= uint256(g.resolvedAt()) + finality
                ) return (true, r);
            } else if (rollup.isFinal(r.b, r.i)) {
                if (p == _Pred.Final) return (true, r);
                (bool can,,) = _deliverable(r);
                if (can) return (true, r);
            }
        }
        return (false, r);
    }

    /// @dev Whether delivering record `r` must succeed (a valid record of an Included job), and its job's max fee
    ///      and submitter.
    function _deliverable(Ref memory r) internal view returns (bool can, uint256 maxFee, address sub) {
        IRollup.JobRecord memory rec = _recs[r.b][r.i];
        if (inbox.statusOf(rec.jobId) != IJobInbox.Status.Included) return (false, 0, address(0));
        IJobInbox.Job memory job = inbox.job(rec.jobId);
        maxFee = job.maxFee;
        sub = job.submitter;
        can = !_bad[r.b][r.i];
    }

    /// @dev The record the sequencer commits to for Pending job `j` at position `salt` of the next batch: valid, or
    ///      one time in six each invalid in one way (fee above the max fee, prompt length, output not token ids).
    function _recordFor(uint64 j, uint256 seed, uint256 salt)
        internal
        returns (IRollup.JobRecord memory r, bytes memory out)
    {
        IJobInbox.Job memory job = inbox.job(j);
        r.jobId = j;
        r.kind = job.kind;
        r.fee = uint128(uint256(job.maxFee) * ((seed >> 3) % 101) / 100);
        r.params = job.params;
        r.inputHash = job.inputHash;
        r.modelRoot = modelRoot;
        r.promptLen = 1;
        r.outputLen = 4;
        r.residualRoot = keccak256(abi.encode(j, salt));
        // Below the model's EOS (511): the job runs its maxTokens (4) tokens.
        out = abi.encodePacked(uint32(j % 511), uint32(salt % 511), uint32(1), uint32(2));
        uint256 b = rollup.batchCount();
        uint256 how = seed % 18;
        if (how == 0) r.fee = job.maxFee + 1;
        else if (how == 1) r.promptLen = 2;
        else if (how == 2) out = abi.encodePacked(uint32(1), uint32(2), uint32(3), uint32(512));
        if (how < 3) _bad[b][salt] = true;
        r.outputHash = keccak256(out);
    }
}

/// @dev The invariants of the rollup}

/// @dev The invariants of the rollup under the handler's random sequences of actions. The handler expects every
///      call it makes directly to succeed, so any revert of a handler call fails the campaign.
/// forge-config: default.invariant.fail-on-revert = true
contract Rollup_Invariant_Test is Rollup_TestInit {
    Rollup_Handler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory actors = new address[](4);
        actors[0] = alice;
        actors[1] = bob;
        actors[2] = carol;
        actors[3] = makeAddr("dave");
        for (uint256 k; k < actors.length; ++k) {
            vm.deal(actors[k], 1e30);
        }
        vm.deal(sequencer, 1e30);
        address[] memory cbs = new address[](3);
        cbs[0] = address(receiver);
        cbs[1] = address(new Rollup_GasGuzzler());
        cbs[2] = address(new Rollup_RevertingReceiver());
        handler = new Rollup_Handler(rollup, modelRoot, actors, cbs);
        vm.deal(address(handler), 1e30);
        targetContract(address(handler));
    }

    /// @dev The rollup holds exactly the unreleased, unslashed bonds, the stake and the credits, and each of these
    ///      accumulators equals the sum it stands for.
    function invariant_rollupEthConserved() public view {
        assertEq(
            address(rollup).balance,
            rollup.bondsHeld() + rollup.stakeOf() + rollup.totalCredits() + rollup.dataBondsHeld(),
            "balance"
        );
        uint256 held;
        uint256 n = rollup.batchCount();
        for (uint256 b; b < n; ++b) {
            IRollup.Batch memory bt = rollup.batch(b);
            if (!bt.bondReleased) held += bt.bond - uint256(bt.voided) * BOND;
        }
        assertEq(rollup.bondsHeld(), held, "bonds held");
        address[] memory a = handler.accounts();
        uint256 credits;
        for (uint256 k; k < a.length; ++k) {
            credits += rollup.credit(a[k]);
        }
        assertEq(rollup.totalCredits(), credits, "credits");
        assertEq(address(inbox).balance, inbox.totalBalances() + inbox.escrowed(), "inbox");
    }

    /// @dev ETH in the system (inbox + rollup + games) is what came in less what went out.
    function invariant_systemEthConserved() public view {
        uint256 bal = address(inbox).balance + address(rollup).balance;
        uint256 g = handler.gameCount();
        for (uint256 k; k < g; ++k) {
            bal += address(handler.games(k)).balance;
        }
        assertEq(bal, handler.ghostIn() - handler.ghostOut());
    }

    /// @dev No record is both voided and delivered.
    function invariant_noRecordVoidedAndDelivered() public view {
        uint256 n = handler.refCount();
        for (uint256 k; k < n; ++k) {
            (uint64 b, uint32 i) = handler.refs(k);
            assertFalse(handler.everVoided(b, i) && handler.everDelivered(b, i));
        }
    }

    /// @dev A record that was Voided or Delivered keeps that status; the batch's counters agree with its records
    ///      (pendingDisputes counts pending games and open data challenges).
    function invariant_terminalStatusSticks() public view {
        uint256 n = handler.refCount();
        uint256[] memory disputed = new uint256[](rollup.batchCount());
        uint256[] memory voided = new uint256[](rollup.batchCount());
        for (uint256 k; k < n; ++k) {
            (uint64 b, uint32 i) = handler.refs(k);
            IRollup.RecordStatus s = rollup.recordStatus(b, i);
            IRollup.RecordStatus t = handler.terminal(b, i);
            if (t != IRollup.RecordStatus.None) assertEq(uint8(s), uint8(t), "terminal status changed");
            if (s == IRollup.RecordStatus.Disputed) ++disputed[b];
            IRollup.DataChallenge memory dc = rollup.dataChallenge(b, i);
            if (dc.challenger != address(0) && !dc.resolved) ++disputed[b]; // an open data challenge
            if (s == IRollup.RecordStatus.Voided) ++voided[b];
        }
        for (uint256 b; b < disputed.length; ++b) {
            IRollup.Batch memory bt = rollup.batch(b);
            assertEq(bt.pendingDisputes, disputed[b], "pendingDisputes");
            assertEq(bt.voided + handler.unslashedVoids(b), voided[b], "voided");
        }
    }

    /// @dev Every job is paid (delivered or refunded) at most once, and exactly when the inbox says it was.
    function invariant_jobPaidAtMostOnce() public view {
        uint256 n = handler.jobCount();
        for (uint256 k; k < n; ++k) {
            uint64 j = handler.jobAt(k);
            uint256 p = handler.payouts(j);
            assertLe(p, 1, "paid twice");
            IJobInbox.Status s = inbox.statusOf(j);
            bool settled = s == IJobInbox.Status.Delivered || s == IJobInbox.Status.Refunded;
            assertEq(p == 1, settled, "payouts vs inbox status");
        }
    }

    /// @dev Every action did what it must: no expected success reverted and no expected revert succeeded.
    function invariant_actionsBehave() public view {
        assertEq(handler.failures(), 0, handler.lastFailure());
    }
}
