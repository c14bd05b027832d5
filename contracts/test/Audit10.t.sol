// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {DisputeGame} from "../src/DisputeGame.sol";
import {TransformerVM} from "../src/TransformerVM.sol";
import {IDisputeGame} from "../src/interfaces/IDisputeGame.sol";
import {IOneStepTypes, IOneStepVerifier} from "../src/interfaces/IOneStepVerifier.sol";
import {LibBond} from "../src/lib/LibBond.sol";
import {LibGameConfig} from "../src/lib/LibGameConfig.sol";
import {LibPosition, Position} from "../src/lib/LibPosition.sol";
import {DisputeGame_TestInit} from "./DisputeGameTestInit.sol";

// Test code converts between integer widths on purpose (byte packing, reference formulas).
// forge-lint: disable-start(unsafe-typecast)

/// @dev Audit 10: the gas rework of the dispute game (duplicate check scanning a claim's first SCANNED_CHILDREN
///      children, the claim count in status's slot, LibBond's unchecked loop, TransformerVM's packed context).

/// @dev The duplicate rule (same value, same position, same parent) against a model of every claim made, across
///      the scanned children, the hash set, the _moreChildren words and the claims initialize makes.
contract Audit10_Duplicate_Test is DisputeGame_TestInit {
    using LibPosition for Position;

    uint256 internal constant VALUES = 12;

    function _value(uint256 i) internal pure returns (bytes32) {
        return keccak256(abi.encode("audit10", i));
    }

    /// @dev Posts value `val` on side `isAttack` under `parent`, expecting ClaimAlreadyExists iff `posted`.
    function _tryMove(uint256 parent, uint256 val, bool isAttack, bool posted) internal {
        IDisputeGame.ClaimData memory p = game.claimData(parent);
        Position pos = p.position.move(isAttack);
        bytes32 value = _value(val);
        if (posted) {
            uint256 bond = game.getRequiredBond(pos);
            vm.prank(bob);
            vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ClaimAlreadyExists.selector, value, pos, parent));
            game.move{value: bond}(p.claim, parent, value, isAttack);
        } else {
            _move(alice, parent, value, isAttack);
        }
    }

    /// @dev Any order of attacks and defenses, with repeats, under one claim: a move is refused iff the same value
    ///      is already at the same position under it; then every one of the 24 (value, side) pairs is posted (24
    ///      children, three _moreChildren words) and each is refused afterwards.
    function testFuzz_duplicate_randomOrder_matchesModel(uint256 seed) public {
        bool[2 * VALUES] memory posted;
        uint256 made;
        for (uint256 s; s < 40; ++s) {
            uint256 r = uint256(keccak256(abi.encode(seed, s)));
            uint256 val = r % VALUES;
            bool isAttack = (r >> 128) & 1 == 0;
            uint256 key = 2 * val + (isAttack ? 0 : 1);
            _tryMove(1, val, isAttack, posted[key]);
            if (!posted[key]) {
                posted[key] = true;
                ++made;
            }
        }
        assertEq(game.getNumToResolve(1), made);
        for (uint256 key; key < 2 * VALUES; ++key) {
            _tryMove(1, key / 2, key % 2 == 0, posted[key]);
            posted[key] = true;
        }
        assertEq(game.getNumToResolve(1), 2 * VALUES);
        for (uint256 key; key < 2 * VALUES; ++key) {
            _tryMove(1, key / 2, key % 2 == 0, true);
        }
    }

    /// @dev Two parents at the same position with the same children, beyond SCANNED_CHILDREN: nothing under one is
    ///      a copy of anything under the other (the hash set keys on the parent), and copies under each are refused.
    function test_duplicate_sameChildrenUnderTwinParents_succeeds() public {
        // A second attack on the root at claim 1's position (another value): claim 1's twin.
        uint256 twin = _move(bob, 0, keccak256("twin"), true);
        assertEq(_claim(twin).position.raw(), _claim(1).position.raw());
        for (uint256 i; i < 10; ++i) {
            _tryMove(1, i, i % 3 != 0, false);
            _tryMove(twin, i, i % 3 != 0, false);
        }
        for (uint256 i; i < 10; ++i) {
            _tryMove(1, i, i % 3 != 0, true);
            _tryMove(twin, i, i % 3 != 0, true);
        }
        assertEq(game.getNumToResolve(1), 10);
        assertEq(game.getNumToResolve(twin), 10);
    }

    /// @dev The root's children: claim 1 (made by initialize, entered nowhere) stays a duplicate however many
    ///      attacks on the root follow, and so does each of them.
    function test_duplicate_rootChildren_includingInitialClaim_reverts() public {
        bytes32 first = _claim(1).claim;
        bytes32 root = _claim(0).claim;
        Position p1 = _claim(1).position;
        uint256 bond = game.getRequiredBond(p1);
        for (uint256 i; i < 12; ++i) {
            _tryMove(0, i, true, false);
        }
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ClaimAlreadyExists.selector, first, p1, uint256(0)));
        game.move{value: bond}(root, 0, first, true);
        for (uint256 i; i < 12; ++i) {
            _tryMove(0, i, true, true);
        }
        assertEq(game.getNumToResolve(0), 13);
    }

    /// @dev Level-2 roots (moveExecRoot) under one split-depth claim, at a padding transition where any value other
    ///      than the disputed claim projects validly: a copy of any of twelve is refused, first or later.
    function test_duplicate_execRoots_reverts() public {
        uint256 c2 = _move(alice, 1, keccak256("d2"), false); // position 6
        uint256 c3 = _move(bob, c2, WRONG, false); // position 14, trace index 6: transition 6 is padding
        assertEq(_claim(c3).position.depth(), SPLIT_DEPTH);
        Position e = _claim(c3).position.move(true);
        uint256 bond = game.getRequiredBond(e);
        for (uint256 i; i < 12; ++i) {
            _execRoot(alice, c3, _value(i), true, "");
        }
        for (uint256 i; i < 12; ++i) {
            vm.prank(bob);
            vm.expectRevert(abi.encodeWithSelector(IDisputeGame.ClaimAlreadyExists.selector, _value(i), e, c3));
            game.moveExecRoot{value: bond}(WRONG, c3, _value(i), true, "");
        }
        assertEq(game.getNumToResolve(c3), 12);
    }
}

/// @dev What a move costs with many siblings: the scan reads a bounded number of slots, so an adversary who posts
///      children under a claim cannot make the next move under it cost more than a constant extra.
contract Audit10_Gas_Test is DisputeGame_TestInit {
    using LibPosition for Position;

    /// @dev The gas of a fresh (never-posted) move under claim 1 after `k` earlier children, all storage cold.
    function _moveGasAfter(uint256 k) internal returns (uint256 used) {
        game = _newGame(_cfg(), honest.level1(TRANSITIONS), _honestAt(2));
        for (uint256 i; i < k; ++i) {
            _move(alice, 1, keccak256(abi.encode("sibling", i)), i % 2 == 0);
        }
        IDisputeGame.ClaimData memory p = game.claimData(1);
        uint256 bond = game.getRequiredBond(p.position.move(true));
        vm.cool(address(game));
        vm.prank(bob);
        uint256 g = gasleft();
        game.move{value: bond}(p.claim, 1, keccak256("fresh"), true);
        used = g - gasleft();
    }

    /// @dev Measured (forge, cold storage; parent 131bd97^ → 131bd97) for 0, 1, 3, 4, 5, 9, 17, 40 earlier
    ///      siblings: 124.7k → 100.1k, 146.8k → 124.7k, 129.7k → 113.0k, 129.7k → 138.2k, 129.7k → 138.7k,
    ///      146.8k → 157.8k, 146.8k → 157.8k, 129.7k → 140.7k. The extra over a first child is the scan (at most 4 ×
    ///      2 cold reads and one _moreChildren word), the hash-set read and write, and the parent's new _moreChildren
    ///      word at its 2nd, 10th, 18th... child (as before the change): an adversary's siblings add at most ~11k to
    ///      the next move compared with before, bounded by 60k over a first child whatever their number.
    function test_gas_moveUnderManySiblings_bounded() public {
        uint256 base = _moveGasAfter(0);
        uint256[7] memory ks = [uint256(1), 3, 4, 5, 9, 17, 40];
        uint256 worst;
        for (uint256 i; i < ks.length; ++i) {
            uint256 g = _moveGasAfter(ks[i]);
            emit log_named_uint(string.concat("move gas after siblings ", vm.toString(ks[i])), g);
            if (g > worst) worst = g;
        }
        emit log_named_uint("move gas, first child", base);
        assertLe(worst, base + 60_000);
        // Past the scan nothing grows with the number of siblings (within a few gas of memory and index bits).
        assertApproxEqAbs(_moveGasAfter(40), _moveGasAfter(48), 100);
    }
}

/// @dev The claim count in status's slot: resolve and claimCredit keep it, the count bounds every index read, and
///      a second initialize is refused.
contract Audit10_Storage_Test is DisputeGame_TestInit {
    function test_storage_countSurvivesResolveAndCredit_succeeds() public {
        uint256 k = 9;
        for (uint256 i; i < k; ++i) {
            _move(alice, 1, keccak256(abi.encode("c", i)), i % 2 == 0);
        }
        uint256 n = k + 2;
        assertEq(game.claimDataLen(), n);
        vm.warp(block.timestamp + MAX_CLOCK);
        for (uint256 i = 2; i < n; ++i) {
            game.resolveClaim(i, 0);
        }
        game.resolveClaim(1, 0);
        game.resolveClaim(0, 0);
        assertEq(uint8(game.resolve()), uint8(IDisputeGame.GameStatus.DEFENDER_WINS));
        assertEq(uint8(game.status()), uint8(IDisputeGame.GameStatus.DEFENDER_WINS));
        assertEq(game.resolvedAt(), block.timestamp);
        assertEq(game.claimDataLen(), n);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidParent.selector, n, n));
        game.claimData(n);
        assertEq(game.claimData(n - 1).claimant, alice);

        vm.warp(block.timestamp + BOND_DELAY);
        game.claimCredit(alice);
        assertEq(game.claimDataLen(), n);
        assertEq(uint8(game.status()), uint8(IDisputeGame.GameStatus.DEFENDER_WINS));
        assertEq(game.bondsUnlockAt(), game.resolvedAt() + BOND_DELAY);
        assertEq(address(game).balance, 0); // proposer's root has no bond; alice took claim 1's and her own

        vm.prank(address(cloner));
        vm.expectRevert(DisputeGame.AlreadyInitialized.selector);
        game.initialize(proposer, challenger, bytes32(0));
        vm.expectRevert(IDisputeGame.GameNotInProgress.selector);
        game.move(bytes32(0), 0, bytes32(0), true);
    }

    /// @dev Moves against indices at and past the count are refused with the count as the length.
    function testFuzz_storage_indexPastCount_reverts(uint256 extra, uint256 idx) public {
        extra = bound(extra, 0, 20);
        for (uint256 i; i < extra; ++i) {
            _move(alice, 1, keccak256(abi.encode("c", i)), true);
        }
        uint256 n = extra + 2;
        idx = bound(idx, n, type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidParent.selector, idx, n));
        game.move{value: 1}(bytes32(0), idx, bytes32(0), true);
        vm.expectRevert(abi.encodeWithSelector(IDisputeGame.InvalidParent.selector, idx, n));
        game.getChallengerDuration(idx);
    }
}

/// @dev LibGameConfig.validate, callable.
contract Audit10_ConfigHarness {
    function validate(IDisputeGame.GameConfig memory cfg) external pure {
        LibGameConfig.validate(cfg);
    }
}

/// @dev LibBond.requiredBond's unchecked loop against the checked definition it replaced, over the whole range its
///      callers can pass (baseBond a uint128, growth a uint32, depth up to 255).
contract Audit10_Bond_Test is Test {
    Audit10_ConfigHarness internal h = new Audit10_ConfigHarness();

    /// @dev requiredBond before the change, verbatim (checked arithmetic).
    function _old(uint256 baseBond, uint256 growthBps, uint256 depth) internal pure returns (uint256 bond) {
        bond = baseBond;
        uint256 factor = 10_000 + growthBps;
        for (uint256 i; i < depth; ++i) {
            if (bond > type(uint128).max) return type(uint256).max;
            bond = bond * factor / 10_000;
        }
        if (bond > type(uint128).max) return type(uint256).max;
    }

    function testFuzz_bond_uncheckedMatchesOld(uint128 base, uint32 growth, uint8 depth) public pure {
        assertEq(LibBond.requiredBond(base, growth, depth), _old(base, growth, depth));
    }

    /// @dev The edges: bases at and next to 2^128, the largest growth, the deepest depth.
    function test_bond_edges_matchOld() public pure {
        uint256[5] memory bases =
            [uint256(0), 1, uint256(type(uint128).max) - 1, uint256(type(uint128).max), uint256(type(uint128).max) + 1];
        uint256[4] memory growths = [uint256(0), 1, 10_000, uint256(type(uint32).max)];
        uint256[5] memory depths = [uint256(0), 1, 2, 126, 255];
        for (uint256 a; a < bases.length; ++a) {
            for (uint256 b; b < growths.length; ++b) {
                for (uint256 c; c < depths.length; ++c) {
                    assertEq(
                        LibBond.requiredBond(bases[a], growths[b], depths[c]), _old(bases[a], growths[b], depths[c])
                    );
                }
            }
        }
    }

    /// @dev validate accepts exactly the configurations it accepted before: the bond at maxDepth fits a uint128
    ///      under the old definition.
    function testFuzz_bond_validateUnchanged(uint128 base, uint32 growth, uint8 maxDepth) public view {
        maxDepth = uint8(bound(maxDepth, 5, 126));
        IDisputeGame.GameConfig memory cfg = IDisputeGame.GameConfig({
            maxDepth: maxDepth,
            splitDepth: 2,
            maxClockDuration: 1 days,
            clockExtension: 1 hours,
            baseBond: base,
            bondGrowthBps: growth,
            bondClaimDelay: 1 days
        });
        bool oldOk = _old(base, growth, maxDepth) <= type(uint128).max;
        try h.validate(cfg) {
            assertTrue(oldOk, "validate passes a config it refused before");
        } catch (bytes memory err) {
            assertFalse(oldOk, "validate refuses a config it passed before");
            assertEq(err, abi.encodeWithSelector(IDisputeGame.InvalidConfig.selector, "bondGrowthBps"));
        }
    }

    /// @dev Outside the callers' types (growth > 2^32 − 1: no GameConfig can hold it) the new early return
    ///      saturates where the old loop computed a value: unreachable, noted for the NatSpec.
    function test_bond_growthBeyondUint32_saturates() public pure {
        uint256 g = uint256(type(uint32).max) + 1;
        assertEq(_old(1 ether, g, 0), 1 ether);
        assertEq(LibBond.requiredBond(1 ether, g, 0), type(uint256).max);
    }
}

/// @dev TransformerVM with its context codec exposed.
contract Audit10_VMHarness is TransformerVM {
    constructor() TransformerVM(IOneStepVerifier(address(0))) {}

    function encodeContext(ModelConfig memory c, bytes32 modelRoot, JobContext memory j, uint256 transitions)
        external
        pure
        returns (bytes memory)
    {
        return _encodeContext(c, modelRoot, j, transitions);
    }

    function decodeContext(bytes calldata b, bytes calldata) external pure returns (Context memory) {
        return _decodeContext(b);
    }
}

/// @dev The packed context: no field bleeds into its neighbour, bytes after the context in calldata (its ABI
///      padding, the next argument) are never read into it.
contract Audit10_Context_Test is Test {
    Audit10_VMHarness internal h;

    function setUp() public {
        h = new Audit10_VMHarness();
    }

    function _ctx(uint256 fill)
        internal
        pure
        returns (IOneStepTypes.ModelConfig memory c, IOneStepTypes.JobContext memory j)
    {
        uint32 f = uint32(fill);
        c = IOneStepTypes.ModelConfig({
            dim: f,
            layers: f,
            heads: f,
            kvHeads: f,
            ffDim: f,
            vocab: f,
            context: f,
            ropeDims: f,
            ropeBaseBits: f,
            normEpsBits: f,
            tied: f,
            eos: f,
            ffUnpadded: f,
            tokenizerHash: bytes32(fill)
        });
        j = IOneStepTypes.JobContext({
            promptRoot: bytes32(fill), promptLen: f, temperatureMilli: f, topK: f, topPMicro: f, seed: bytes32(fill)
        });
    }

    /// @dev One field at its maximum, every other zero, and the reverse: each decoded field is its own value only.
    function test_context_eachFieldIsolated_succeeds() public view {
        for (uint256 which; which < 22; ++which) {
            for (uint256 inv; inv < 2; ++inv) {
                (IOneStepTypes.ModelConfig memory c, IOneStepTypes.JobContext memory j) =
                    _ctx(inv == 0 ? 0 : type(uint256).max);
                bytes32 mr = inv == 0 ? bytes32(0) : bytes32(type(uint256).max);
                uint256 tr = inv == 0 ? 0 : type(uint64).max;
                uint256 on = inv == 0 ? type(uint256).max : 0;
                uint32 on32 = uint32(on);
                if (which < 13) {
                    assembly ("memory-safe") {
                        mstore(add(c, mul(which, 0x20)), on32)
                    }
                } else if (which == 13) {
                    c.tokenizerHash = bytes32(on);
                } else if (which == 14) {
                    mr = bytes32(on);
                } else if (which == 15) {
                    j.promptRoot = bytes32(on);
                } else if (which == 16) {
                    j.promptLen = on32;
                } else if (which == 17) {
                    j.temperatureMilli = on32;
                } else if (which == 18) {
                    j.topK = on32;
                } else if (which == 19) {
                    j.topPMicro = on32;
                } else if (which == 20) {
                    j.seed = bytes32(on);
                } else {
                    tr = uint64(on);
                }
                bytes memory b = h.encodeContext(c, mr, j, tr);
                TransformerVM.Context memory x = h.decodeContext(b, "");
                assertEq(abi.encode(x.cfg), abi.encode(c));
                assertEq(x.modelRoot, mr);
                assertEq(abi.encode(x.job), abi.encode(j));
                assertEq(x.transitions, tr);
            }
        }
    }

    /// @dev Calldata with the context's ABI padding dirty and all-ones bytes right after it decodes as the clean one.
    function test_context_dirtyTailIgnored_succeeds() public view {
        (IOneStepTypes.ModelConfig memory c, IOneStepTypes.JobContext memory j) = _ctx(0x01020304);
        bytes memory b = h.encodeContext(c, bytes32(uint256(5)), j, 7);
        bytes memory next = new bytes(64);
        for (uint256 i; i < 64; ++i) {
            next[i] = 0xff;
        }
        bytes memory data = abi.encodeCall(h.decodeContext, (b, next));
        // Layout: selector, two offsets, len(b), 204 bytes + 20 bytes padding, len(next), next. Dirty the padding.
        uint256 pad = 4 + 32 * 3 + 204;
        for (uint256 i; i < 20; ++i) {
            data[pad + i] = 0xff;
        }
        (bool ok, bytes memory ret) = address(h).staticcall(data);
        assertTrue(ok);
        TransformerVM.Context memory x = abi.decode(ret, (TransformerVM.Context));
        assertEq(abi.encode(x.cfg), abi.encode(c));
        assertEq(x.modelRoot, bytes32(uint256(5)));
        assertEq(abi.encode(x.job), abi.encode(j));
        assertEq(x.transitions, 7);
    }

    /// @dev transitions above 2^64 − 1 cannot come from setup (p × (layers + 1) < 2^64); the encoder truncates
    ///      them, which is why setup's bound matters.
    function test_context_transitionsAtUint64Max_roundTrips() public view {
        (IOneStepTypes.ModelConfig memory c, IOneStepTypes.JobContext memory j) = _ctx(0);
        uint256 maxSetup = uint256(type(uint32).max - 1) * (uint256(type(uint32).max) + 1);
        assertLe(maxSetup, type(uint64).max);
        assertEq(h.decodeContext(h.encodeContext(c, 0, j, maxSetup), "").transitions, maxSetup);
    }
}
