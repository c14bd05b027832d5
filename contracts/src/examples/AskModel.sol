// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IJobInbox} from "../interfaces/IJobInbox.sol";
import {IJobReceiver} from "../interfaces/IRollup.sol";

/// @title AskModel
/// @notice An example DApp: it asks a registered model a question (an inference job on the JobInbox, paid by the
///         asker) and keeps each answer when the rollup delivers it. Only the rollup may deliver, so an answer here is
///         one that survived the challenge window. Refunds of jobs that were never served and the unspent part of a
///         fee come back to this contract (the JobInbox pays the job's submitter); its owner sweeps them.
contract AskModel is IJobReceiver {
    /// @notice A question and, once delivered, its answer.
    struct Question {
        address asker; // who paid for it
        bool answered; // the rollup delivered the answer
        bytes output; // the answer: token ids as big-endian uint32
    }

    /// @notice The inbox questions are submitted to.
    IJobInbox public immutable inbox;
    /// @notice The rollup that delivers answers (the inbox's rollup).
    address public immutable rollup;
    /// @notice Who may sweep refunds: the deployer.
    address public immutable owner;

    mapping(uint256 jobId => Question) internal _questions;

    /// @notice Question `jobId` was asked by `asker`.
    event Asked(uint256 indexed jobId, address indexed asker);
    /// @notice The answer to question `jobId` was delivered.
    event Answered(uint256 indexed jobId, bytes output);

    /// @notice Only the rollup delivers answers.
    error NotRollup(address caller);
    /// @notice Only the owner sweeps.
    error NotOwner(address caller);
    /// @notice `jobId` was not asked here, or was answered already.
    error UnknownQuestion(uint256 jobId);
    /// @notice The sweep's transfer failed.
    error SweepFailed(address to, uint256 amount);

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
        _questions[jobId].asker = msg.sender;
        emit Asked(jobId, msg.sender);
    }

    /// @inheritdoc IJobReceiver
    /// @dev Reverts with NotRollup for any other caller, UnknownQuestion for a job not asked here or answered.
    function onJobResult(uint256 jobId, bytes calldata output) external {
        if (msg.sender != rollup) revert NotRollup(msg.sender);
        Question storage q = _questions[jobId];
        if (q.asker == address(0) || q.answered) revert UnknownQuestion(jobId);
        q.answered = true;
        q.output = output;
        emit Answered(jobId, output);
    }

    /// @notice Question `jobId`: who asked it, whether it is answered, and the answer.
    function question(uint256 jobId) external view returns (Question memory) {
        return _questions[jobId];
    }

    /// @notice Sends this contract's balance (refunds, unspent fees) to the owner.
    /// @dev Reverts with NotOwner or SweepFailed.
    function sweep() external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        uint256 amount = address(this).balance;
        (bool ok,) = owner.call{value: amount}("");
        if (!ok) revert SweepFailed(owner, amount);
    }

    /// @notice Takes refunds and unspent fees from the inbox.
    receive() external payable {}
}
