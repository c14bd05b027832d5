// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IModelChecker} from "../../src/interfaces/IModelChecker.sol";
import {IOneStepTypes} from "../../src/interfaces/IOneStepVerifier.sol";
import {IOneStepVerifier} from "../../src/interfaces/IOneStepVerifier.sol";
import {TransformerVM} from "../../src/TransformerVM.sol";
import {LibMerkle} from "../../src/lib/LibMerkle.sol";

/// @notice A model checker for tests of the contracts that use the registry: configurations and leaf counts are the
///         real TransformerVM's; the capacity verdict and the refused-row verdict are set by the test.
contract ModelCheckerStub is IModelChecker {
    TransformerVM public immutable real = new TransformerVM(IOneStepVerifier(address(0)));
    string public overflow;
    bool public refuse;

    function setOverflow(string calldata level) external {
        overflow = level;
    }

    function setRefuse(bool r) external {
        refuse = r;
    }

    function checkModelConfig(IOneStepTypes.ModelConfig calldata cfg, bytes32 modelRoot, bytes32[] calldata metaProof)
        external
        view
    {
        real.checkModelConfig(cfg, modelRoot, metaProof);
    }

    function modelLeafCount(IOneStepTypes.ModelConfig calldata cfg) external view returns (uint256) {
        return real.modelLeafCount(cfg);
    }

    function capacityError(IOneStepTypes.ModelConfig calldata, uint8, uint8) external view returns (string memory) {
        return overflow;
    }

    function refusedRow(IOneStepTypes.ModelConfig calldata, uint256, bytes calldata) external view returns (bool) {
        return refuse;
    }
}

/// @notice Model roots for tests: a configuration's metadata leaf at index 0 and any chosen leaves, every other leaf
///         zero, with the proofs a registration (metadata) or a refused-row report (a row) needs.
library TestModels {
    /// @notice A small valid configuration: dim 64, 2 layers, 4 heads (2 KV heads), ff 192, EOS the last token.
    function config(uint32 vocab, uint32 context) internal pure returns (IOneStepTypes.ModelConfig memory c) {
        c = IOneStepTypes.ModelConfig({
            dim: 64,
            layers: 2,
            heads: 4,
            kvHeads: 2,
            ffDim: 192,
            vocab: vocab,
            context: context,
            ropeDims: 16,
            ropeBaseBits: 0x461c4000, // 10000.0f
            normEpsBits: 0x3727c5ac, // 1e-5f
            tied: 0,
            eos: vocab - 1,
            ffUnpadded: 0,
            tokenizerHash: keccak256("tokenizer")
        });
    }

    /// @notice The metadata leaf of `c` (docs/protocol.md, "Model root"): twelve be32 fields, a thirteenth
    ///         (ffUnpadded) only for a padded model, then the tokenizer hash.
    function metaLeaf(IOneStepTypes.ModelConfig memory c) internal pure returns (bytes32) {
        bytes memory pre = abi.encodePacked(
            "airollup.model.v2", c.dim, c.layers, c.heads, c.kvHeads, c.ffDim, c.vocab, c.context, c.ropeDims
        );
        bytes memory post = abi.encodePacked(c.ropeBaseBits, c.normEpsBits, c.tied, c.eos);
        if (c.ffUnpadded != 0) post = abi.encodePacked(post, c.ffUnpadded);
        return keccak256(abi.encodePacked(pre, post, c.tokenizerHash));
    }

    /// @notice The root of a tree of `leaves` leaves holding `c`'s metadata leaf, `row` at `rowIndex` (if non-zero)
    ///         and zeros elsewhere, with the proofs of leaf 0 and of `rowIndex`.
    function build(IOneStepTypes.ModelConfig memory c, uint256 leaves, uint256 rowIndex, bytes32 row)
        internal
        pure
        returns (bytes32 root, bytes32[] memory metaProof, bytes32[] memory rowProof)
    {
        uint256 depth;
        while ((uint256(1) << depth) < leaves) ++depth;
        metaProof = new bytes32[](depth);
        rowProof = new bytes32[](depth);
        bytes32 a = metaLeaf(c); // the node on leaf 0's path
        bytes32 b = row; // the node on rowIndex's path
        uint256 ia;
        uint256 ib = rowIndex;
        for (uint256 d; d < depth; ++d) {
            bool together = (ia ^ 1) == ib;
            metaProof[d] = together ? b : bytes32(0);
            rowProof[d] = together ? a : bytes32(0);
            if (together) {
                a = LibMerkle.hashPair(a, b);
                b = a;
            } else {
                a = LibMerkle.hashPair(a, bytes32(0));
                b = ib & 1 == 0 ? LibMerkle.hashPair(b, bytes32(0)) : LibMerkle.hashPair(bytes32(0), b);
            }
            ia >>= 1;
            ib >>= 1;
        }
        root = a;
    }
}
