// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IJobInbox} from "../interfaces/IJobInbox.sol";
import {IJobReceiver, IRollup} from "../interfaces/IRollup.sol";
import {LibMerkle} from "../lib/LibMerkle.sol";

/// @title AskModel
/// @notice An example DApp: it asks a registered model a question (an inference job on the JobInbox, paid by the
///         asker) and keeps each answer when the rollup delivers it. Only the rollup may deliver, so an answer here is
///         one that survived the challenge window. An answer whose callback failed (too little callback gas to store
///         it) can be shown afterwards with the delivered record's inclusion proof (answer). A refund of a job that
///         was never served comes back to this contract (the JobInbox pays the job's submitter) and is its asker's
///         (claimRefund). The owner sweeps only what no asker can claim: the unspent part of fees (what the sequencer
///         did not charge; the reference sequencer charges the max fee) and ETH sent here otherwise.
contract AskModel is IJobReceiver {
    /// @notice A question and, once delivered, its answer.
    struct Question {
        address asker; // who paid for it
        bool answered; // the rollup delivered the answer
        bool refunded; // its refund was claimed by the asker
        uint128 maxFee; // what the asker paid
        bytes output; // the answer: token ids as big-endian uint32
    }

    /// @notice The inbox questions are submitted to.
    IJobInbox public immutable inbox;
    /// @notice The rollup that delivers answers (the inbox's rollup).
    address public immutable rollup;
    /// @notice Who may sweep what no asker can claim: the deployer.
    address public immutable owner;
    /// @notice Sum of the max fees of the questions neither answered nor refunded: what askers may still claim back.
    uint256 public outstanding;

    mapping(uint256 jobId => Question) internal _questions;

    /// @notice Question `jobId` was asked by `asker`.
    event Asked(uint256 indexed jobId, address indexed asker);
    /// @notice The answer to question `jobId` was delivered.
    event Answered(uint256 indexed jobId, bytes output);
    /// @notice The refund of question `jobId` went to its asker.
    event RefundClaimed(uint256 indexed jobId, address indexed asker, uint256 amount);

    /// @notice Only the rollup delivers answers.
    error NotRollup(address caller);
    /// @notice Only the owner sweeps.
    error NotOwner(address caller);
    /// @notice `jobId` was not asked here, or was answered (or refunded) already.
    error UnknownQuestion(uint256 jobId);
    /// @notice The sweep's transfer failed.
    error SweepFailed(address to, uint256 amount);
    /// @notice Question `jobId`'s job is not refunded on the inbox.
    error NotRefunded(uint256 jobId);
    /// @notice The refund's transfer to the asker failed.
    error RefundFailed(address to, uint256 amount);
    /// @notice The record shown is not question `jobId`'s delivered record, at that position, with that output.
    error NotDelivered(uint256 jobId, uint256 batchIndex, uint256 recordIndex);

    constructor(IJobInbox inbox_) {
        inbox = inbox_;
        rollup = inbox_.rollup();
        owner = msg.sender;
    }

    /// @notice Asks model `modelId` the prompt `prompt` (token ids as big-endian uint32) with sampling `params`; the
    ///         answer is delivered to this contract with `callbackGasLimit` gas. msg.value is the job's max fee.
    function ask(uint64 modelId, bytes calldata prompt, IJobInbox.Params calldata params, uint32 callbackGasLimit)
        external
        payable
        returns (uint256 jobId)
    {
        jobId = inbox.submit{value: msg.value}(
            IJobInbox.Kind.Inference, modelId, prompt, 0, params, address(this), callbackGasLimit
        );
        Question storage q = _questions[jobId];
        q.asker = msg.sender;
        // forge-lint: disable-next-line(unsafe-typecast) -- the inbox refuses a max fee above uint128
        q.maxFee = uint128(msg.value);
        outstanding += msg.value;
        emit Asked(jobId, msg.sender);
    }

    /// @inheritdoc IJobReceiver
    /// @dev Reverts with NotRollup for any other caller, UnknownQuestion for a job not asked here or answered.
    function onJobResult(uint256 jobId, bytes calldata output) external {
        if (msg.sender != rollup) revert NotRollup(msg.sender);
        _answer(jobId, output);
    }

    /// @notice Stores the answer of question `jobId` from its record, delivered by the rollup at `recordIndex` of
    ///         batch `batchIndex` (`proof` its inclusion proof), when the delivery's callback could not (it ran out of
    ///         the question's callback gas: a long answer costs more to store). Anyone may call it.
    /// @dev Reverts with UnknownQuestion, or NotDelivered unless the record is an L1 record of `jobId` that the rollup
    ///      marked Delivered at that position and `output` is its output. A record the rollup delivered passed its
    ///      checks against the job (RecordValidity: the job was included at that position), so it is the answer.
    function answer(
        uint64 batchIndex,
        uint32 recordIndex,
        IRollup.JobRecord calldata record,
        bytes32[] calldata proof,
        bytes calldata output
    ) external {
        IRollup r = IRollup(rollup);
        uint256 jobId = record.jobId;
        if (
            record.requestHash != bytes32(0) || keccak256(output) != record.outputHash
                || r.recordStatus(batchIndex, recordIndex) != IRollup.RecordStatus.Delivered
        ) revert NotDelivered(jobId, batchIndex, recordIndex);
        IRollup.Batch memory b = r.batch(batchIndex);
        uint256 depth;
        while ((uint256(1) << depth) < b.recordCount) ++depth;
        if (
            proof.length != depth
                || LibMerkle.rootFromProofCalldata(keccak256(abi.encode(record)), recordIndex, proof) != b.recordsRoot
        ) revert NotDelivered(jobId, batchIndex, recordIndex);
        _answer(jobId, output);
    }

    /// @notice Sends question `jobId`'s max fee back to its asker once the inbox refunded the job (never served: its
    ///         refund came to this contract). Anyone may call it.
    /// @dev Reverts with UnknownQuestion (not asked here, answered or claimed), NotRefunded or RefundFailed.
    function claimRefund(uint256 jobId) external {
        Question storage q = _questions[jobId];
        address asker = q.asker;
        if (asker == address(0) || q.answered || q.refunded) revert UnknownQuestion(jobId);
        if (inbox.statusOf(jobId) != IJobInbox.Status.Refunded) revert NotRefunded(jobId);
        q.refunded = true;
        uint256 amount = q.maxFee;
        outstanding -= amount;
        emit RefundClaimed(jobId, asker, amount);
        (bool ok,) = asker.call{value: amount}("");
        if (!ok) revert RefundFailed(asker, amount);
    }

    /// @notice Question `jobId`: who asked it, whether it is answered or refunded, and the answer.
    function question(uint256 jobId) external view returns (Question memory) {
        return _questions[jobId];
    }

    /// @notice Sends the owner what no asker can claim: this contract's balance above `outstanding` (refunds waiting
    ///         for their askers stay).
    /// @dev Reverts with NotOwner or SweepFailed.
    function sweep() external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        uint256 have = address(this).balance;
        uint256 owed = outstanding;
        uint256 amount = have > owed ? have - owed : 0;
        (bool ok,) = owner.call{value: amount}("");
        if (!ok) revert SweepFailed(owner, amount);
    }

    /// @notice Takes refunds and unspent fees from the inbox.
    receive() external payable {}

    /// @dev Stores the answer of question `jobId`; reverts with UnknownQuestion.
    function _answer(uint256 jobId, bytes calldata output) internal {
        Question storage q = _questions[jobId];
        if (q.asker == address(0) || q.answered || q.refunded) revert UnknownQuestion(jobId);
        q.answered = true;
        outstanding -= q.maxFee;
        q.output = output;
        emit Answered(jobId, output);
    }
}
