// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {OneStepBase} from "../src/OneStepBase.sol";
import {LibCanon} from "../src/lib/LibCanon.sol";
import {LibMerkle} from "../src/lib/LibMerkle.sol";

// Test code converts between integer widths on purpose (byte packing, reference formulas).
// forge-lint: disable-start(unsafe-typecast, incorrect-shift)

/// @dev Exposes the Yul register roots, the row leaf and the packed dot product of the one-step verifier.
contract Audit9Harness is OneStepBase {
    function merkleRootOf(bytes32[] memory leaves) external pure returns (bytes32) {
        return merkleRoot(leaves);
    }

    function leafRoot(bytes memory data, uint256 per) external pure returns (bytes32) {
        return _leafRoot(data, per);
    }

    function rowLeafMemory(bytes memory row) external pure returns (bytes32 h, bytes memory same) {
        h = LibCanon.rowLeaf(row);
        same = row; // rowLeaf's scratch is above the row: the row is returned unchanged
    }

    function rowLeafCalldata(bytes calldata row) external pure returns (bytes32) {
        return LibCanon.rowLeafCalldata(row);
    }

    function dotPacked(bytes memory row, bytes memory q, bytes memory am, uint256 b0) external pure returns (int256) {
        uint256 n = row.length / 34;
        require(row.length == n * 34 && q.length == n * 32 && am.length == n * 8, "lengths");
        uint256 rp;
        uint256 qp;
        uint256 ap;
        assembly ("memory-safe") {
            rp := add(row, 0x20)
            qp := add(q, 0x20)
            ap := add(am, 0x20)
        }
        return LibCanon.dotPacked(rp, qp, ap, n, b0);
    }

    function dotRowPartial(bytes memory row, bytes memory q, int256[] memory amax) external pure returns (int256) {
        return LibCanon.dotRowPartial(row, q, amax, 0, amax.length);
    }
}

/// @dev Brief A9: the Yul register roots, row leaves and packed dot products against plain-Solidity references
///      (the code they replaced, and a naive int8 loop), on adversarial values.
contract Audit9_Test is Test {
    Audit9Harness internal h;

    function setUp() public {
        h = new Audit9Harness();
    }

    /*//////////////////////////////////////////////////////////////
                              REFERENCES
    //////////////////////////////////////////////////////////////*/

    /// @dev The merkleRoot OneStepBase had before the Yul rewrite.
    function _refRoot(bytes32[] memory leaves) internal pure returns (bytes32) {
        uint256 n = leaves.length;
        if (n == 0) return bytes32(0);
        while (n > 1) {
            uint256 half = (n + 1) / 2;
            for (uint256 i; i < half; ++i) {
                bytes32 right = 2 * i + 1 < n ? leaves[2 * i + 1] : bytes32(0);
                leaves[i] = LibMerkle.hashPair(leaves[2 * i], right);
            }
            n = half;
        }
        return leaves[0];
    }

    function _refLeafRoot(bytes memory data, uint256 per) internal pure returns (bytes32) {
        uint256 n = (data.length + per - 1) / per;
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 j; j < n; ++j) {
            uint256 from = j * per;
            uint256 len = from + per > data.length ? data.length - from : per;
            bytes memory s = new bytes(len);
            for (uint256 i; i < len; ++i) {
                s[i] = data[from + i];
            }
            leaves[j] = keccak256(s);
        }
        return _refRoot(leaves);
    }

    function _refRowLeaf(bytes memory row) internal pure returns (bytes32) {
        uint256 pb = 128 * 34;
        if (row.length <= pb) return keccak256(row);
        bytes memory cat;
        for (uint256 from; from < row.length; from += pb) {
            uint256 len = from + pb > row.length ? row.length - from : pb;
            bytes memory s = new bytes(len);
            for (uint256 i; i < len; ++i) {
                s[i] = row[from + i];
            }
            cat = abi.encodePacked(cat, keccak256(s));
        }
        return keccak256(cat);
    }

    /// @dev Σ D24·(Σ w·q)·A per block, byte by byte, with dotPacked's checks in its order.
    function _refDot(bytes memory row, bytes memory q, bytes memory am, uint256 b0) internal pure returns (int256 acc) {
        uint256 n = row.length / 34;
        for (uint256 b; b < n; ++b) {
            uint16 hh = uint16(uint8(row[b * 34])) | (uint16(uint8(row[b * 34 + 1])) << 8);
            uint64 u;
            for (uint256 k; k < 8; ++k) {
                u = (u << 8) | uint64(uint8(am[b * 8 + k]));
            }
            int256 a = int256(int64(u));
            uint256 e = (hh >> 10) & 31;
            if (e == 31) revert LibCanon.NonFiniteScale(hh);
            if (a < 0 || a > 2 ** 31) revert LibCanon.AmaxOutOfRange(b0 + b, a);
            if (a == 0) continue;
            uint256 mant = hh & 0x3ff;
            int256 d = e == 0 ? int256(mant) : int256((1024 + mant) << (e - 1));
            if (hh >> 15 == 1) d = -d;
            int256 s;
            for (uint256 i; i < 32; ++i) {
                s += int256(int8(uint8(row[b * 34 + 2 + i]))) * int256(int8(uint8(q[b * 32 + i])));
            }
            acc += d * s * a;
        }
    }

    /*//////////////////////////////////////////////////////////////
                               OPERANDS
    //////////////////////////////////////////////////////////////*/

    function _rand(uint256 seed, uint256 i) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, i)));
    }

    /// @dev n blocks of extreme operands: weights and quants from {−128, 127, −1, 0, 1, −127, any}, whole blocks of
    ///      one extreme; fp16 scales at ±65504, subnormal, ±0, 1, any finite; A_b ∈ {0, 1, 2^31, 2^31 − 1, any ≤ 2^31}.
    function _operands(uint256 seed, uint256 n)
        internal
        pure
        returns (bytes memory row, bytes memory q, bytes memory am)
    {
        row = new bytes(n * 34);
        q = new bytes(n * 32);
        am = new bytes(n * 8);
        for (uint256 b; b < n; ++b) {
            _scaleAndAmax(_rand(seed, b), b, row, am);
            _weights(_rand(seed, b + 1000), b, row, q);
        }
    }

    function _scaleAndAmax(uint256 r, uint256 b, bytes memory row, bytes memory am) internal pure {
        uint16[9] memory scales = [0x7bff, 0xfbff, 0x0001, 0x8001, 0x03ff, 0x83ff, 0x0000, 0x8000, 0x3c00];
        uint16 sc = r % 4 == 0 ? uint16(r >> 8) : scales[(r >> 8) % scales.length];
        if ((sc >> 10) & 31 == 31) sc = 0x7bff;
        row[b * 34] = bytes1(uint8(sc));
        row[b * 34 + 1] = bytes1(uint8(sc >> 8));
        uint64[4] memory amaxes = [uint64(0), 1, 2 ** 31, 2 ** 31 - 1];
        uint64 a = (r >> 56) % 5 == 4 ? uint64((r >> 64) % (2 ** 31 + 1)) : amaxes[(r >> 56) % 5];
        for (uint256 j; j < 8; ++j) {
            am[b * 8 + j] = bytes1(uint8(a >> (56 - 8 * j)));
        }
    }

    /// @dev mode 0: each byte an extreme or any; 1: the whole block one extreme each; 2: uniform bytes; 3: weights
    ///      −128, quants ±max.
    function _weights(uint256 r, uint256 b, bytes memory row, bytes memory q) internal pure {
        uint8[7] memory ext = [0x80, 0x7f, 0xff, 0x00, 0x01, 0x81, 0];
        uint256 mode = r % 4;
        for (uint256 i; i < 32; ++i) {
            uint256 x = _rand(r, i);
            uint8 w;
            uint8 qq;
            if (mode == 0) {
                w = x % 7 == 6 ? uint8(x >> 24) : ext[x % 7];
                qq = (x >> 8) % 7 == 6 ? uint8(x >> 32) : ext[(x >> 8) % 7];
            } else if (mode == 1) {
                w = ext[(r >> 40) % 6];
                qq = ext[(r >> 48) % 6];
            } else if (mode == 2) {
                w = uint8(x);
                qq = uint8(x >> 8);
            } else {
                w = 0x80;
                qq = (x >> 16) % 2 == 0 ? 0x80 : 0x7f;
            }
            row[b * 34 + 2 + i] = bytes1(w);
            q[b * 32 + i] = bytes1(qq);
        }
    }

    function _amaxArray(bytes memory am) internal pure returns (int256[] memory a) {
        a = new int256[](am.length / 8);
        for (uint256 b; b < a.length; ++b) {
            uint64 u;
            for (uint256 k; k < 8; ++k) {
                u = (u << 8) | uint64(uint8(am[b * 8 + k]));
            }
            a[b] = int256(int64(u));
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 TESTS
    //////////////////////////////////////////////////////////////*/

    function testFuzz_audit9_dotPacked_matchesNaiveAndDotRowPartial(uint256 seed, uint8 blocks, uint16 b0) public view {
        uint256 n = 1 + uint256(blocks) % 9;
        (bytes memory row, bytes memory q, bytes memory am) = _operands(seed, n);
        int256 want = _refDot(row, q, am, b0);
        assertEq(h.dotPacked(row, q, am, b0), want, "dotPacked");
        assertEq(h.dotRowPartial(row, q, _amaxArray(am)), want, "dotRowPartial");
    }

    /// @dev The largest terms: every weight and quant −128 (or −128 against 127), scale ±65504, A_b = 2^31, 128 blocks.
    function test_audit9_dotPacked_allBlocksAtMax() public view {
        uint256 n = 128;
        for (uint256 v; v < 4; ++v) {
            bytes memory row = new bytes(n * 34);
            bytes memory q = new bytes(n * 32);
            bytes memory am = new bytes(n * 8);
            for (uint256 b; b < n; ++b) {
                row[b * 34] = 0xff;
                row[b * 34 + 1] = v % 2 == 0 ? bytes1(0x7b) : bytes1(0xfb);
                for (uint256 i; i < 32; ++i) {
                    row[b * 34 + 2 + i] = 0x80;
                    q[b * 32 + i] = v < 2 ? bytes1(0x80) : bytes1(0x7f);
                }
                am[b * 8 + 4] = 0x80; // 2^31
            }
            int256 want = _refDot(row, q, am, 0);
            int256 term =
                int256(2047 << 29) * (v < 2 ? int256(32 * 128 * 128) : -int256(32 * 128 * 127)) * int256(2 ** 31);
            assertEq(want, (v % 2 == 0 ? int256(1) : int256(-1)) * term * int256(n), "reference");
            assertEq(h.dotPacked(row, q, am, 0), want, "dotPacked");
        }
    }

    function test_audit9_dotPacked_invalidBlocks_revert() public {
        (bytes memory row, bytes memory q, bytes memory am) = _operands(7, 5);
        for (uint256 b; b < 5; ++b) {
            am[b * 8 + 7] = 0x01; // A_b = small positive, all valid
            for (uint256 j; j < 7; ++j) {
                am[b * 8 + j] = 0;
            }
            row[b * 34] = 0;
            row[b * 34 + 1] = 0x3c;
        }
        h.dotPacked(row, q, am, 0);
        // non-finite scale in block 3 (even with A_b = 0): NonFiniteScale
        row[3 * 34 + 1] = 0x7c;
        am[3 * 8 + 7] = 0;
        vm.expectRevert(abi.encodeWithSelector(LibCanon.NonFiniteScale.selector, uint16(0x7c00)));
        h.dotPacked(row, q, am, 256);
        row[3 * 34 + 1] = 0x3c;
        // A_b = 2^31 + 1 at block 2, and a negative A_b: AmaxOutOfRange naming b0 + 2
        am[2 * 8 + 4] = 0x80;
        am[2 * 8 + 7] = 0x01;
        vm.expectRevert(abi.encodeWithSelector(LibCanon.AmaxOutOfRange.selector, uint256(258), int256(2 ** 31 + 1)));
        h.dotPacked(row, q, am, 256);
        for (uint256 j; j < 8; ++j) {
            am[2 * 8 + j] = 0xff;
        }
        vm.expectRevert(abi.encodeWithSelector(LibCanon.AmaxOutOfRange.selector, uint256(258), int256(-1)));
        h.dotPacked(row, q, am, 256);
    }

    function testFuzz_audit9_rowLeaf_matchesReference(uint256 seed, uint16 lenSeed) public view {
        uint256[8] memory edges = [uint256(0), 34, 4352 - 34, 4352, 4352 + 34, 8704, 8704 + 34, 11696];
        uint256 len = lenSeed % 2 == 0 ? edges[(lenSeed >> 1) % 8] : uint256(lenSeed >> 1) % 13100;
        bytes memory row = new bytes(len);
        for (uint256 i; i < len; i += 32) {
            bytes32 x = keccak256(abi.encode(seed, i));
            assembly ("memory-safe") {
                mstore(add(add(row, 0x20), i), x)
            }
        }
        bytes32 want = _refRowLeaf(row);
        (bytes32 got, bytes memory back) = h.rowLeafMemory(row);
        assertEq(got, want, "rowLeaf");
        assertEq(keccak256(back), keccak256(row), "row unchanged");
        assertEq(h.rowLeafCalldata(row), want, "rowLeafCalldata");
    }

    function testFuzz_audit9_merkleRoot_matchesOld(uint256 seed, uint8 count) public view {
        uint256 n = uint256(count) % 80;
        bytes32[] memory leaves = new bytes32[](n);
        bytes32[] memory copy = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            uint256 r = _rand(seed, i);
            leaves[i] = r % 3 == 0 ? bytes32(0) : bytes32(r); // zero leaves: empty subtrees
            copy[i] = leaves[i];
        }
        assertEq(h.merkleRootOf(leaves), _refRoot(copy));
    }

    function testFuzz_audit9_leafRoot_matchesOld(uint256 seed, uint16 lenSeed, uint8 perSel) public view {
        uint256[4] memory pers = [uint256(32), 128, 1, 34];
        uint256 per = pers[perSel % 4];
        uint256 len = uint256(lenSeed) % 1200;
        bytes memory data = new bytes(len);
        for (uint256 i; i < len; ++i) {
            data[i] = bytes1(uint8(_rand(seed, i)));
        }
        assertEq(h.leafRoot(data, per), _refLeafRoot(data, per));
    }
}

// forge-lint: disable-end(unsafe-typecast, incorrect-shift)
