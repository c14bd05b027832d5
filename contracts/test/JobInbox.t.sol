// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {JobInbox} from "../src/JobInbox.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";

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

    /// @dev Deposits msg.value and then withdraws it.
    function depositAndWithdraw() external payable {
        inbox.deposit{value: msg.value}();
        inbox.withdraw(msg.value);
    }

    receive() external payable {
        inbox.withdraw(msg.value);
    }
}

/// @dev Shared fixture: a fresh inbox whose rollup is `rollup` with an inclusion window of WINDOW
///      blocks, and a valid inference job description.
abstract contract JobInbox_TestInit is Test {
    JobInbox internal inbox;
    address internal rollup = makeAddr("rollup");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal payee = makeAddr("payee");
    address internal dapp = makeAddr("dapp");

    uint64 internal constant WINDOW = 5;
    uint64 internal constant MODEL = 3;
    uint256 internal constant FEE = 1 ether;
    bytes internal constant PROMPT = "Why is the sky blue?";

    function setUp() public virtual {
        vm.roll(100);
        inbox = new JobInbox(rollup, WINDOW);
        vm.deal(alice, 1000 ether);
        vm.deal(bob, 1000 ether);
    }

    function _params() internal pure returns (IJobInbox.Params memory) {
        return IJobInbox.Params({
            maxTokens: 256, temperatureMilli: 700, topK: 40, topPMicro: 950_000, seed: keccak256("seed")
        });
    }

    /// @dev Submits the standard inference job from alice with a callback.
    function _submit() internal returns (uint256) {
        vm.prank(alice);
        return inbox.submit{value: FEE}(IJobInbox.Kind.Inference, MODEL, PROMPT, 0, _params(), dapp, 100_000);
    }

    /// @dev Submits an inference job with `p` and `callback`/`gasLimit` from alice, expecting `err`.
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

    function _include(uint256 id) internal {
        vm.prank(rollup);
        inbox.markIncluded(id);
    }

    function _assertConserved() internal view {
        assertEq(address(inbox).balance, inbox.totalBalances() + inbox.escrowed());
    }
}

contract JobInbox_Constructor_Test is JobInbox_TestInit {
    function test_constructor_setsFields_succeeds() public view {
        assertEq(inbox.rollup(), rollup);
        assertEq(inbox.inclusionWindow(), WINDOW);
        assertEq(inbox.jobCount(), 0);
        assertEq(inbox.escrowed(), 0);
        assertEq(inbox.totalBalances(), 0);
    }

    function test_constructor_zeroRollup_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "rollup"));
        new JobInbox(address(0), WINDOW);
    }

    function test_constructor_zeroWindow_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "inclusionWindow"));
        new JobInbox(rollup, 0);
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
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Pending));
        assertEq(inbox.escrowed(), FEE);
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

    function test_submit_fineTuneEmptyConfig_succeeds() public {
        vm.prank(alice);
        uint256 id = inbox.submit{value: FEE}(IJobInbox.Kind.FineTune, MODEL, "", 7, _params(), address(0), 0);
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(uint8(j.kind), uint8(IJobInbox.Kind.FineTune));
        assertEq(j.datasetId, 7);
        assertEq(j.inputHash, keccak256(""));
        assertEq(j.callback, address(0));
        assertEq(j.callbackGasLimit, 0);
    }

    function test_submit_pretrainModelZero_succeeds() public {
        vm.prank(alice);
        uint256 id = inbox.submit{value: FEE}(IJobInbox.Kind.Pretrain, 0, "cfg", 1, _params(), address(0), 0);
        assertEq(uint8(inbox.job(id).kind), uint8(IJobInbox.Kind.Pretrain));
        assertEq(inbox.job(id).modelId, 0);
    }

    function test_submit_limits_succeeds() public {
        IJobInbox.Params memory p = _params();
        p.maxTokens = 8192;
        p.topPMicro = 1_000_000;
        vm.prank(alice);
        uint256 id =
            inbox.submit{value: 1}(IJobInbox.Kind.Inference, MODEL, new bytes(32 * 1024), 0, p, dapp, 2_000_000);
        assertEq(inbox.job(id).maxFee, 1);
        assertEq(inbox.job(id).params.maxTokens, 8192);
        assertEq(inbox.job(id).callbackGasLimit, 2_000_000);
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

    function test_submit_zeroModelInference_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.Inference,
            0,
            PROMPT,
            0,
            _params(),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "modelId")
        );
    }

    function test_submit_zeroModelFineTune_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.FineTune,
            0,
            "",
            1,
            _params(),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "modelId")
        );
    }

    function test_submit_emptyInferenceInput_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.Inference,
            MODEL,
            "",
            0,
            _params(),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.InvalidLength.selector, "input", 0, 32 * 1024)
        );
    }

    function test_submit_longInferenceInput_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.Inference,
            MODEL,
            new bytes(32 * 1024 + 1),
            0,
            _params(),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.InvalidLength.selector, "input", 32 * 1024 + 1, 32 * 1024)
        );
    }

    function test_submit_longTrainingInput_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.Pretrain,
            0,
            new bytes(32 * 1024 + 1),
            1,
            _params(),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.InvalidLength.selector, "input", 32 * 1024 + 1, 32 * 1024)
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

    function test_submit_fineTuneWithoutDataset_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.FineTune,
            MODEL,
            "",
            0,
            _params(),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "datasetId")
        );
    }

    function test_submit_pretrainWithoutDataset_reverts() public {
        _expectSubmitRevert(
            IJobInbox.Kind.Pretrain,
            0,
            "",
            0,
            _params(),
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "datasetId")
        );
    }

    function test_submit_zeroMaxTokens_reverts() public {
        IJobInbox.Params memory p = _params();
        p.maxTokens = 0;
        _expectSubmitRevert(
            IJobInbox.Kind.Inference,
            MODEL,
            PROMPT,
            0,
            p,
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "maxTokens", 0, 1, 8192)
        );
    }

    function test_submit_tooManyTokens_reverts() public {
        IJobInbox.Params memory p = _params();
        p.maxTokens = 8193;
        _expectSubmitRevert(
            IJobInbox.Kind.Inference,
            MODEL,
            PROMPT,
            0,
            p,
            address(0),
            0,
            abi.encodeWithSelector(IJobInbox.OutOfRange.selector, "maxTokens", 8193, 1, 8192)
        );
    }

    function test_submit_topPOverOne_reverts() public {
        IJobInbox.Params memory p = _params();
        p.topPMicro = 1_000_001;
        _expectSubmitRevert(
            IJobInbox.Kind.Inference,
            MODEL,
            PROMPT,
            0,
            p,
            address(0),
            0,
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
        IJobInbox.Kind kind;
        uint64 modelId;
        bytes input;
        uint64 datasetId;
        IJobInbox.Params params;
        address callback;
        uint32 gasLimit;
        uint128 fee;
        address who;
    }

    /// @dev Any valid job is readable back exactly, under the next id, with its fee escrowed.
    function testFuzz_submit_roundTrips_succeeds(
        uint8 kindSeed,
        uint64 modelId,
        bytes calldata input,
        uint64 datasetId,
        IJobInbox.Params memory p,
        address callback,
        uint32 gasLimit,
        uint128 fee,
        address who,
        uint64 blockNumber
    ) public {
        SubmitArgs memory a;
        a.kind = IJobInbox.Kind(kindSeed % 3);
        vm.assume(input.length <= 32 * 1024);
        vm.assume(a.kind != IJobInbox.Kind.Inference || input.length > 0);
        a.input = input;
        a.datasetId = a.kind == IJobInbox.Kind.Inference ? 0 : uint64(bound(datasetId, 1, type(uint64).max));
        a.modelId = a.kind == IJobInbox.Kind.Pretrain ? modelId : uint64(bound(modelId, 1, type(uint64).max));
        p.maxTokens = uint32(bound(p.maxTokens, 1, 8192));
        p.topPMicro = uint32(bound(p.topPMicro, 0, 1_000_000));
        a.params = p;
        a.callback = callback;
        a.gasLimit = callback == address(0) ? 0 : uint32(bound(gasLimit, 1, 2_000_000));
        a.fee = uint128(bound(fee, 1, type(uint128).max));
        a.who = who;
        vm.roll(blockNumber);
        _checkRoundTrip(a, blockNumber);
    }

    function _checkRoundTrip(SubmitArgs memory a, uint64 blockNumber) internal {
        vm.deal(a.who, a.fee);
        uint256 before = inbox.jobCount();
        vm.prank(a.who);
        uint256 id =
            inbox.submit{value: a.fee}(a.kind, a.modelId, a.input, a.datasetId, a.params, a.callback, a.gasLimit);

        assertEq(id, before + 1);
        assertEq(inbox.jobCount(), id);
        IJobInbox.Job memory j = inbox.job(id);
        assertEq(j.submitter, a.who);
        assertEq(uint8(j.kind), uint8(a.kind));
        assertEq(j.modelId, a.modelId);
        assertEq(j.inputHash, keccak256(a.input));
        assertEq(j.datasetId, a.datasetId);
        assertEq(keccak256(abi.encode(j.params)), keccak256(abi.encode(a.params)));
        assertEq(j.maxFee, a.fee);
        assertEq(j.callback, a.callback);
        assertEq(j.callbackGasLimit, a.gasLimit);
        assertEq(j.submittedAt, blockNumber);
        assertEq(uint8(j.status), uint8(IJobInbox.Status.Pending));
        assertEq(inbox.escrowed(), a.fee);
        _assertConserved();
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
    function setUp() public override {
        super.setUp();
        vm.prank(alice);
        inbox.deposit{value: 5 ether}();
    }

    function test_withdraw_sendsEth_succeeds() public {
        uint256 before = alice.balance;
        vm.expectEmit(address(inbox));
        emit IJobInbox.Withdrawn(alice, 2 ether);
        vm.prank(alice);
        inbox.withdraw(2 ether);
        assertEq(alice.balance, before + 2 ether);
        assertEq(inbox.balanceOf(alice), 3 ether);
        assertEq(inbox.totalBalances(), 3 ether);
        _assertConserved();
    }

    function test_withdraw_insufficient_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.InsufficientBalance.selector, 5 ether, 5 ether + 1));
        inbox.withdraw(5 ether + 1);
    }

    function test_withdraw_zero_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "amount"));
        inbox.withdraw(0);
    }

    function test_withdraw_rejectingRecipient_reverts() public {
        address r = address(new JobInbox_Rejecter());
        vm.deal(r, 1 ether);
        vm.prank(r);
        inbox.deposit{value: 1 ether}();
        vm.prank(r);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.TransferFailed.selector, r, 1 ether));
        inbox.withdraw(1 ether);
        assertEq(inbox.balanceOf(r), 1 ether);
    }

    /// @dev A recipient re-entering withdraw finds its balance already debited.
    function test_withdraw_reentrancy_reverts() public {
        JobInbox_Reentrant r = new JobInbox_Reentrant(inbox);
        vm.deal(address(this), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.TransferFailed.selector, address(r), 1 ether));
        r.depositAndWithdraw{value: 1 ether}();
        assertEq(address(inbox).balance, 5 ether);
        _assertConserved();
    }

    /// @dev Any deposit can be withdrawn in two parts, and only up to the deposit.
    function testFuzz_withdraw_depositRoundTrip_succeeds(address who, uint256 amount, uint256 part) public {
        vm.assume(who.code.length == 0 && uint160(who) > 0xffff && who != alice && who != address(inbox));
        vm.assume(who != address(vm) && who != CONSOLE);
        amount = bound(amount, 1, 1e30);
        part = bound(part, 1, amount);
        vm.deal(who, amount);
        vm.prank(who);
        inbox.deposit{value: amount}();
        assertEq(inbox.balanceOf(who), amount);

        vm.prank(who);
        inbox.withdraw(part);
        assertEq(inbox.balanceOf(who), amount - part);
        assertEq(who.balance, part);
        _assertConserved();

        vm.prank(who);
        vm.expectRevert(
            abi.encodeWithSelector(IJobInbox.InsufficientBalance.selector, amount - part, amount - part + 1)
        );
        inbox.withdraw(amount - part + 1);

        if (amount > part) {
            vm.prank(who);
            inbox.withdraw(amount - part);
        }
        assertEq(inbox.balanceOf(who), 0);
        assertEq(who.balance, amount);
        assertEq(inbox.totalBalances(), 5 ether);
        _assertConserved();
    }
}

contract JobInbox_Charge_Test is JobInbox_TestInit {
    function setUp() public override {
        super.setUp();
        vm.prank(alice);
        inbox.deposit{value: 5 ether}();
    }

    function test_charge_movesToRollup_succeeds() public {
        vm.expectEmit(address(inbox));
        emit IJobInbox.Charged(alice, 2 ether);
        vm.prank(rollup);
        inbox.charge(alice, 2 ether);
        assertEq(rollup.balance, 2 ether);
        assertEq(inbox.balanceOf(alice), 3 ether);
        assertEq(inbox.totalBalances(), 3 ether);
        _assertConserved();
    }

    function test_charge_notRollup_reverts() public {
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotRollup.selector, bob));
        inbox.charge(alice, 1);
    }

    function test_charge_insufficient_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.InsufficientBalance.selector, 5 ether, 6 ether));
        inbox.charge(alice, 6 ether);
    }

    function test_charge_zero_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "amount"));
        inbox.charge(alice, 0);
    }

    function test_charge_rejectingRollup_reverts() public {
        address r = address(new JobInbox_Rejecter());
        JobInbox other = new JobInbox(r, WINDOW);
        vm.prank(alice);
        other.deposit{value: 1 ether}();
        vm.prank(r);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.TransferFailed.selector, r, 1 ether));
        other.charge(alice, 1 ether);
    }
}

contract JobInbox_MarkIncluded_Test is JobInbox_TestInit {
    function test_markIncluded_pending_succeeds() public {
        uint256 id = _submit();
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobIncluded(id);
        _include(id);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Included));
        assertEq(inbox.escrowed(), FEE);
    }

    function test_markIncluded_overduePending_succeeds() public {
        uint256 id = _submit();
        vm.roll(block.number + WINDOW + 1);
        _include(id);
        assertFalse(inbox.isOverdue(id));
    }

    function test_markIncluded_notRollup_reverts() public {
        uint256 id = _submit();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotRollup.selector, alice));
        inbox.markIncluded(id);
    }

    function test_markIncluded_unknownJob_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(IJobInbox.WrongStatus.selector, 1, IJobInbox.Status.None, IJobInbox.Status.Pending)
        );
        inbox.markIncluded(1);
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
        inbox.markIncluded(id);
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
        inbox.release(id, 0.3 ether, payee);
        assertEq(payee.balance, 0.3 ether);
        assertEq(alice.balance, aliceBefore + 0.7 ether);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Delivered));
        assertEq(inbox.escrowed(), 0);
        assertEq(address(inbox).balance, 0);
        _assertConserved();
    }

    function test_release_wholeFee_succeeds() public {
        uint256 aliceBefore = alice.balance;
        vm.prank(rollup);
        inbox.release(id, FEE, payee);
        assertEq(payee.balance, FEE);
        assertEq(alice.balance, aliceBefore);
    }

    function test_release_zeroFeeZeroPayee_succeeds() public {
        uint256 aliceBefore = alice.balance;
        vm.prank(rollup);
        inbox.release(id, 0, address(0));
        assertEq(alice.balance, aliceBefore + FEE);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Delivered));
    }

    function test_release_rejectingPayee_creditsBalance_succeeds() public {
        address r = address(new JobInbox_Rejecter());
        vm.expectEmit(address(inbox));
        emit IJobInbox.PayoutCredited(r, 0.4 ether);
        vm.prank(rollup);
        inbox.release(id, 0.4 ether, r);
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
        inbox.release(id2, 0.25 ether, payee);
        assertEq(payee.balance, 0.25 ether);
        assertEq(inbox.balanceOf(r), 0.75 ether);
        _assertConserved();
    }

    function test_release_feeTooHigh_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.FeeTooHigh.selector, id, FEE + 1, FEE));
        inbox.release(id, FEE + 1, payee);
    }

    function test_release_zeroPayee_reverts() public {
        vm.prank(rollup);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.ZeroValue.selector, "payee"));
        inbox.release(id, 1, address(0));
    }

    function test_release_notRollup_reverts() public {
        vm.prank(payee);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotRollup.selector, payee));
        inbox.release(id, 1, payee);
    }

    function test_release_pending_reverts() public {
        uint256 id2 = _submit();
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id2, IJobInbox.Status.Pending, IJobInbox.Status.Included
            )
        );
        inbox.release(id2, 1, payee);
    }

    function test_release_twice_reverts() public {
        vm.prank(rollup);
        inbox.release(id, 1, payee);
        vm.prank(rollup);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id, IJobInbox.Status.Delivered, IJobInbox.Status.Included
            )
        );
        inbox.release(id, 1, payee);
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
        inbox.release(id, 1, payee);
    }

    /// @dev Any split of the max fee pays exactly the fee and refunds exactly the rest.
    function testFuzz_release_splitsFee_succeeds(uint256 fee) public {
        fee = bound(fee, 0, FEE);
        uint256 aliceBefore = alice.balance;
        vm.prank(rollup);
        inbox.release(id, fee, payee);
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
        assertFalse(inbox.isForceRefunded(id));
        _assertConserved();
    }

    function test_refund_included_succeeds() public {
        uint256 id = _submit();
        _include(id);
        uint256 before = alice.balance;
        vm.prank(rollup);
        inbox.refund(id);
        assertEq(alice.balance, before + FEE);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Refunded));
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
        inbox.release(id, 1, payee);
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
        emit IJobInbox.JobOverdue(id);
        vm.expectEmit(address(inbox));
        emit IJobInbox.JobRefunded(id, alice, FEE);
        vm.prank(bob); // anyone
        inbox.refundOverdue(id);
        assertEq(alice.balance, before + FEE);
        assertEq(uint8(inbox.statusOf(id)), uint8(IJobInbox.Status.Refunded));
        assertTrue(inbox.isForceRefunded(id));
        assertFalse(inbox.isOverdue(id));
        assertEq(inbox.escrowed(), 0);
        _assertConserved();
    }

    function test_refundOverdue_atDeadline_reverts() public {
        uint256 id = _submit();
        vm.roll(100 + WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, 100 + WINDOW));
        inbox.refundOverdue(id);
    }

    function test_refundOverdue_included_reverts() public {
        uint256 id = _submit();
        _include(id);
        vm.roll(100 + WINDOW + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IJobInbox.WrongStatus.selector, id, IJobInbox.Status.Included, IJobInbox.Status.Pending
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

    /// @dev A job can be refunded as overdue exactly when more than WINDOW blocks have passed.
    function testFuzz_refundOverdue_onlyAfterWindow(uint64 elapsed) public {
        elapsed = uint64(bound(elapsed, 0, 1_000_000));
        uint256 id = _submit();
        vm.roll(100 + uint256(elapsed));
        assertEq(inbox.isOverdue(id), elapsed > WINDOW);
        if (elapsed > WINDOW) {
            inbox.refundOverdue(id);
            assertTrue(inbox.isForceRefunded(id));
        } else {
            vm.expectRevert(abi.encodeWithSelector(IJobInbox.NotOverdue.selector, id, 100 + WINDOW));
            inbox.refundOverdue(id);
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

    function test_isOverdue_unknownJob_isFalse() public {
        vm.roll(1_000_000);
        assertFalse(inbox.isOverdue(42));
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
    address[4] internal actors;

    uint256 public ghostDeposits;
    uint256 public ghostWithdrawals;
    uint256 public ghostCharges;
    uint256 public ghostCredited;
    mapping(uint256 jobId => bool) public delivered;
    mapping(uint256 jobId => bool) public refunded;

    constructor(JobInbox inbox_, address rollup_) {
        inbox = inbox_;
        rollup = rollup_;
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

    function submit(uint256 actorSeed, uint256 fee, uint8 kindSeed, bool withCallback) external {
        address who = _actor(actorSeed);
        fee = bound(fee, 1, 10 ether);
        vm.deal(who, who.balance + fee);
        IJobInbox.Kind kind = IJobInbox.Kind(kindSeed % 3);
        IJobInbox.Params memory p = IJobInbox.Params(128, 0, 0, 0, bytes32(fee));
        vm.prank(who);
        inbox.submit{value: fee}(
            kind,
            kind == IJobInbox.Kind.Pretrain ? 0 : 1,
            "input",
            kind == IJobInbox.Kind.Inference ? 0 : 1,
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

    function withdraw(uint256 actorSeed, uint256 amount) external {
        address who = _actor(actorSeed);
        uint256 have = inbox.balanceOf(who);
        amount = bound(amount, 0, have + 1);
        vm.prank(who);
        try inbox.withdraw(amount) {
            ghostWithdrawals += amount;
        } catch {}
    }

    function charge(uint256 actorSeed, uint256 amount) external {
        address who = _actor(actorSeed);
        amount = bound(amount, 0, inbox.balanceOf(who) + 1);
        vm.prank(rollup);
        try inbox.charge(who, amount) {
            ghostCharges += amount;
        } catch {}
    }

    function markIncluded(uint256 idSeed) external {
        uint256 id = _jobId(idSeed);
        vm.prank(rollup);
        try inbox.markIncluded(id) {} catch {}
    }

    function release(uint256 idSeed, uint256 fee, uint256 payeeSeed) external {
        uint256 id = _jobId(idSeed);
        if (id == 0) return;
        IJobInbox.Job memory j = inbox.job(id);
        fee = bound(fee, 0, uint256(j.maxFee) + 1);
        address payee = _actor(payeeSeed);
        vm.prank(rollup);
        try inbox.release(id, fee, payee) {
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

    function refundOverdue(uint256 idSeed, uint256 blocks, uint256 callerSeed) external {
        vm.roll(block.number + bound(blocks, 0, 8));
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
        handler = new JobInbox_Handler(inbox, rollup);
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
}
