// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {LibClone} from "../src/lib/LibClone.sol";

/// @dev An implementation that reports, through LibClone, the args of the clone it runs in.
contract LibClone_Probe {
    function argsLength() external view returns (uint256) {
        return LibClone.argsLength();
    }

    function argWord(uint256 offset) external view returns (bytes32) {
        return LibClone.argWord(offset);
    }

    function argBytes(uint256 offset, uint256 length) external view returns (bytes memory) {
        return LibClone.argBytes(offset, length);
    }

    function self() external view returns (address) {
        return address(this);
    }

    function deposit() external payable returns (uint256) {
        return address(this).balance;
    }
}

/// @dev Deploys clones for the tests (so that a revert of clone() is the revert of one external call).
contract LibClone_Deployer {
    function clone(address impl, bytes memory args) external returns (address) {
        return LibClone.clone(impl, args);
    }
}

contract LibClone_Test is Test {
    LibClone_Probe internal probe;
    LibClone_Deployer internal deployer;

    function setUp() public {
        probe = new LibClone_Probe();
        deployer = new LibClone_Deployer();
    }

    function test_clone_codeIsProxyThenArgs_succeeds() public {
        bytes memory args = hex"0102030405";
        address c = deployer.clone(address(probe), args);
        assertEq(
            c.code,
            abi.encodePacked(hex"363d3d373d3d3d363d73", address(probe), hex"5af43d82803e903d91602b57fd5bf3", args)
        );
        assertEq(LibClone.implementationOf(c), address(probe));
        assertEq(LibClone.implementationOf(address(0xdead)), address(0));
    }

    function test_clone_delegatesInItsOwnContext_succeeds() public {
        LibClone_Probe c = LibClone_Probe(deployer.clone(address(probe), hex"aa"));
        assertEq(c.self(), address(c));
        assertEq(c.deposit{value: 3}(), 3);
        assertEq(address(c).balance, 3);
        assertEq(address(probe).balance, 0);
    }

    function test_clone_emptyArgs_succeeds() public {
        LibClone_Probe c = LibClone_Probe(deployer.clone(address(probe), ""));
        assertEq(c.argsLength(), 0);
        assertEq(c.argWord(0), bytes32(0));
        assertEq(c.argBytes(0, 0), "");
    }

    function test_clone_longestArgs_succeeds() public {
        bytes memory args = new bytes(LibClone.MAX_ARGS_LENGTH);
        args[args.length - 1] = 0x7f;
        LibClone_Probe c = LibClone_Probe(deployer.clone(address(probe), args));
        assertEq(address(c).code.length, 24_576);
        assertEq(c.argsLength(), LibClone.MAX_ARGS_LENGTH);
        assertEq(c.argWord(LibClone.MAX_ARGS_LENGTH - 1), bytes32(bytes1(0x7f)));
    }

    function test_clone_argsTooLong_reverts() public {
        bytes memory args = new bytes(LibClone.MAX_ARGS_LENGTH + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                LibClone.ArgsTooLong.selector, LibClone.MAX_ARGS_LENGTH + 1, LibClone.MAX_ARGS_LENGTH
            )
        );
        deployer.clone(address(probe), args);
    }

    function test_clone_outOfGas_reverts() public {
        // CREATE fails (returns 0) when the code deposit cannot be paid: DeploymentFailed, not a zero address.
        bytes memory args = new bytes(10_000);
        vm.expectRevert(LibClone.DeploymentFailed.selector);
        deployer.clone{gas: 300_000}(address(probe), args);
    }

    /// @dev Whatever the args, the clone reads back exactly them: their length, each word, any slice.
    function testFuzz_clone_argsRoundTrip_succeeds(bytes memory args, uint256 offset, uint256 length) public {
        vm.assume(args.length <= 4096);
        LibClone_Probe c = LibClone_Probe(deployer.clone(address(probe), args));
        assertEq(c.argsLength(), args.length);
        assertEq(c.argBytes(0, args.length), args);
        offset = bound(offset, 0, args.length);
        length = bound(length, 0, args.length - offset);
        bytes memory want = new bytes(length);
        for (uint256 i; i < length; ++i) {
            want[i] = args[offset + i];
        }
        assertEq(c.argBytes(offset, length), want);
        bytes32 w;
        for (uint256 i; i < 32 && offset + i < args.length; ++i) {
            w |= bytes32(args[offset + i]) >> (8 * i);
        }
        assertEq(c.argWord(offset), w, "zero-padded past the end");
    }

    /// @dev Calldata appended by a caller changes nothing: the args are in code.
    function test_clone_appendedCalldataIgnored_succeeds() public {
        LibClone_Probe c = LibClone_Probe(deployer.clone(address(probe), abi.encode(uint256(42))));
        (bool ok, bytes memory ret) =
            address(c).staticcall(abi.encodePacked(abi.encodeCall(LibClone_Probe.argWord, (0)), uint256(7)));
        assertTrue(ok);
        assertEq(abi.decode(ret, (bytes32)), bytes32(uint256(42)));
    }
}
