// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IDisputeVM} from "./interfaces/IDisputeVM.sol";
import {IModelChecker} from "./interfaces/IModelChecker.sol";
import {IOneStepVerifier} from "./interfaces/IOneStepVerifier.sol";
import {IJobInbox} from "./interfaces/IJobInbox.sol";
import {IRollup} from "./interfaces/IRollup.sol";
import {OneStepBase} from "./OneStepBase.sol";
import {LibCanon} from "./lib/LibCanon.sol";
import {LibMerkle} from "./lib/LibMerkle.sol";

/// @title TransformerVM
/// @notice The dispute game's VM for inference records (docs/game.md, "The VM"): level-1 states are the h(p, l) of
///         the job's canonical run (docs/protocol.md, "Trace, level 1") and level 2 is the tensor ISA of one block or
///         head step, executed by OneStepVerifier (docs/isa.md). It derives everything the game trusts from the
///         record and public inputs, never from a claimant:
///         - the root claim h(P, 0), P = promptLen + outputLen − 1, from the record's final residual and KV roots
///           and the token hash chain of the prompt and the output — so a wrong output is a wrong root claim;
///         - the absolute prestate h(0, 0) from the embedding row of the first prompt token, opened against the
///           model root;
///         - each level-2 game's step-0 state from the level-1 pre-state's preimage (X = the residual, every other
///           register zero), and the level-1 state a final micro-state stands for (the binding opML lacks).
contract TransformerVM is OneStepBase, IDisputeVM, IModelChecker {
    /// @notice The setup data, the record or a preimage is inconsistent: `field` names what.
    error BadInput(string field);
    /// @notice The record is not an inference record (training disputes are not supported yet).
    error UnsupportedKind(uint8 kind);
    /// @notice The micro-state is not the end of its transition's program (step `step`).
    error NotFinal(uint64 step);
    /// @notice The step proof is for position p, layer l, not for the game's transition.
    error WrongTransition(uint256 p, uint256 l, uint256 wantP, uint256 wantL);
    /// @notice The step proof opens `got`, not the pre-state `want` the game agreed on.
    error PrestateMismatch(bytes32 got, bytes32 want);

    /// @notice What setup() reads besides the record.
    struct SetupData {
        ModelConfig cfg; // the model's configuration (checked against the record's model root)
        Opening meta; // the metadata leaf (index 0) of the model root
        Opening embed; // the token_embd row of the first prompt token
        bytes prompt; // the job's input: the prompt's token ids as be32 (checked against record.inputHash)
        bytes output; // the output: token ids as be32 (checked against record.outputHash)
    }

    /// @notice The length of the packed context (_encodeContext).
    uint256 internal constant CONTEXT_LENGTH = 204;

    /// @notice The context the game stores: everything a step needs besides its proof.
    struct Context {
        ModelConfig cfg;
        bytes32 modelRoot;
        JobContext job;
        uint256 transitions;
    }

    /// @notice Preimage of a level-1 state h(p, l) (docs/protocol.md).
    struct Level1Preimage {
        bytes32 residualRoot;
        bytes32[] layerRoots;
        bytes32 tokensHash;
    }

    /// @notice Preimage of a micro-state (docs/isa.md, "State root").
    struct StatePreimage {
        uint64 step;
        bytes32[19] regRoots;
        bytes32[] layerRoots;
        bytes32 tokensHash;
    }

    /// @notice The verifier that executes steps.
    IOneStepVerifier public immutable VERIFIER;

    /// @param verifier The OneStepVerifier deployment.
    constructor(IOneStepVerifier verifier) {
        VERIFIER = verifier;
    }

    /*//////////////////////////////////////////////////////////////
                               SETUP
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeVM
    /// @dev `record` is abi.encode(IRollup.JobRecord); `data` is abi.encode(SetupData). The prompt the game judges is
    ///      the job's input itself (its hash is the record's inputHash, which reportInvalid checks against the job),
    ///      so a record cannot swap or re-tokenize it. Inference stops at the model's EOS or at params.maxTokens
    ///      (1 ≤ outputLen ≤ maxTokens; whether a shorter output ends at EOS, and only there, is RecordValidity's
    ///      check, on-chain without a game) and must fit the context: promptLen + outputLen ≤ context. The game
    ///      judges the P = promptLen + outputLen − 1 processed positions whatever maxTokens is: a record that stops at
    ///      an EOS the model does not choose loses at the last position's head step. Every condition here is one
    ///      the Rollup's reportInvalid, the inbox (at submission) or the registry (at registration) checks too, so a
    ///      record this refuses is voidable (docs/protocol.md, "Soundness").
    function setup(bytes calldata record, bytes calldata data)
        external
        pure
        returns (bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes memory ctx)
    {
        IRollup.JobRecord memory r = abi.decode(record, (IRollup.JobRecord));
        if (r.kind != IJobInbox.Kind.Inference) revert UnsupportedKind(uint8(r.kind));
        SetupData memory d = abi.decode(data, (SetupData));
        _checkConfigMem(d.cfg, r.modelRoot, d.meta);
        if (d.prompt.length % 4 != 0 || keccak256(d.prompt) != r.inputHash) revert BadInput("prompt");
        if (d.output.length % 4 != 0 || keccak256(d.output) != r.outputHash) revert BadInput("output");
        uint256 np = d.prompt.length / 4;
        uint256 no = d.output.length / 4;
        if (np == 0 || np != r.promptLen) revert BadInput("promptLen");
        if (no == 0 || no != r.outputLen || no > r.params.maxTokens) revert BadInput("outputLen");
        if (np + no > d.cfg.context) revert OutOfRange("tokens", np + no, d.cfg.context);
        bytes32 th = _tokenChain(bytes32(0), d.prompt, d.cfg.vocab, "prompt token");
        th = _tokenChain(th, d.output, d.cfg.vocab, "output token");
        uint256 p = np + no - 1;
        // forge-lint: disable-next-line(unsafe-typecast) -- p < context, a uint32
        rootClaim = keccak256(abi.encodePacked(uint32(p), uint32(0), r.residualRoot, r.kvRoot, th));
        absolutePrestate = _initialState(d, r.modelRoot);
        transitions = p * (uint256(d.cfg.layers) + 1);
        ctx = _encodeContext(
            d.cfg,
            r.modelRoot,
            JobContext({
                promptRoot: _chunkRoot(d.prompt),
                promptLen: r.promptLen,
                temperatureMilli: r.params.temperatureMilli,
                topK: r.params.topK,
                topPMicro: r.params.topPMicro,
                seed: r.params.seed
            }),
            transitions
        );
    }

    /// @inheritdoc IModelChecker
    function checkModelConfig(ModelConfig calldata cfg, bytes32 modelRoot, bytes32[] calldata metaProof) external pure {
        _checkConfigMem(cfg, modelRoot, Opening({index: 0, data: "", proof: metaProof}));
    }

    /// @inheritdoc IModelChecker
    /// @dev Reverts with InvalidConfig for a configuration the VM cannot run.
    function modelLeafCount(ModelConfig calldata cfg) external pure returns (uint256) {
        _checkConfig(cfg);
        return modelLeaves(cfg);
    }

    /// @dev The token hash chain t_i = keccak256(t_{i−1} ‖ be32(token_i)) from `th` over the be32 ids in `ids`,
    ///      each of which must be below `vocab` (else OutOfRange(what)).
    function _tokenChain(bytes32 th, bytes memory ids, uint256 vocab, string memory what)
        private
        pure
        returns (bytes32)
    {
        uint256 n = ids.length / 4;
        for (uint256 i; i < n; ++i) {
            uint256 tok;
            assembly ("memory-safe") {
                tok := shr(224, mload(add(add(ids, 0x20), shl(2, i))))
                mstore(0x00, th)
                mstore(0x20, shl(224, tok))
                th := keccak256(0x00, 0x24)
            }
            if (tok >= vocab) revert OutOfRange(what, tok, vocab);
        }
        return th;
    }

    /// @dev h(0, 0): the embedding of the first prompt token, empty KV caches, t_0 = keccak256(0 ‖ be32(token)).
    function _initialState(SetupData memory d, bytes32 modelRoot) private pure returns (bytes32) {
        uint256 dim = d.cfg.dim;
        bytes memory prompt = d.prompt;
        uint256 tok;
        assembly ("memory-safe") {
            tok := shr(224, mload(add(prompt, 0x20)))
        }
        uint256 leaves = modelLeaves(d.cfg);
        Opening memory o = d.embed;
        if (o.index != 1 + tok || o.data.length != dim / 32 * 34 || o.proof.length != _depth(leaves)) {
            revert BadProof("model", 1 + tok);
        }
        if (LibMerkle.rootFromProof(LibCanon.rowLeaf(o.data), o.index, o.proof) != modelRoot) {
            revert BadProof("model", 1 + tok);
        }
        bytes32[] memory chunks = new bytes32[](dim / 32);
        bytes memory blk = new bytes(34);
        bytes memory x = new bytes(128);
        for (uint256 c; c < chunks.length; ++c) {
            for (uint256 i; i < 34; ++i) {
                blk[i] = o.data[c * 34 + i];
            }
            int32[32] memory e = LibCanon.embedBlock(blk);
            for (uint256 i; i < 32; ++i) {
                _setI32(x, i, e[i]);
            }
            chunks[c] = keccak256(x);
        }
        bytes32 kv = merkleRoot(new bytes32[](d.cfg.layers));
        bytes32 th = keccak256(abi.encodePacked(bytes32(0), uint32(tok)));
        return keccak256(abi.encodePacked(uint32(0), uint32(0), merkleRoot(chunks), kv, th));
    }

    /*//////////////////////////////////////////////////////////////
                           LEVEL-2 BINDING
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeVM
    /// @dev `preimage` is abi.encode(Level1Preimage).
    function subgamePrestate(bytes calldata ctx, uint256 t, bytes32 level1, bytes calldata preimage)
        external
        pure
        returns (bytes32 state0)
    {
        Context memory x = _decodeContext(ctx);
        if (t >= x.transitions) return level1;
        (uint256 p, uint256 l) = _pl(x, t);
        Level1Preimage memory pre = abi.decode(preimage, (Level1Preimage));
        if (pre.layerRoots.length != x.cfg.layers) revert BadInput("layerRoots");
        bytes32 kv = merkleRoot(_copy(pre.layerRoots));
        if (keccak256(abi.encodePacked(uint32(p), uint32(l), pre.residualRoot, kv, pre.tokensHash)) != level1) {
            revert BadInput("level-1 preimage");
        }
        Ctx memory c = _ctxMem(x.cfg);
        bytes32[] memory regs = new bytes32[](NUM_REGS);
        for (uint256 r; r < NUM_REGS; ++r) {
            regs[r] = r == X ? pre.residualRoot : _zeroRegRoot(c, r);
        }
        return keccak256(abi.encodePacked(uint64(0), uint32(p), uint32(l), merkleRoot(regs), kv, pre.tokensHash));
    }

    /// @inheritdoc IDisputeVM
    /// @dev `preimage` is abi.encode(StatePreimage). After block l the state stands for h(p, l + 1); after the head
    ///      step (l = layers) for h(p + 1, 0).
    function project(bytes calldata ctx, uint256 t, bytes32 state, bytes calldata preimage)
        external
        view
        returns (bytes32 level1)
    {
        Context memory x = _decodeContext(ctx);
        if (t >= x.transitions) return state;
        (uint256 p, uint256 l) = _pl(x, t);
        StatePreimage memory s = abi.decode(preimage, (StatePreimage));
        if (s.layerRoots.length != x.cfg.layers) revert BadInput("layerRoots");
        bytes32 kv = merkleRoot(_copy(s.layerRoots));
        bytes32[] memory regs = new bytes32[](NUM_REGS);
        for (uint256 r; r < NUM_REGS; ++r) {
            regs[r] = s.regRoots[r];
        }
        bytes32 root = keccak256(abi.encodePacked(s.step, uint32(p), uint32(l), merkleRoot(regs), kv, s.tokensHash));
        if (root != state) revert BadInput("state preimage");
        if (!this.isFinal(x.cfg, p, l, x.job.promptLen, x.job.temperatureMilli, s.step)) revert NotFinal(s.step);
        (uint256 p2, uint256 l2) = l == x.cfg.layers ? (p + 1, 0) : (p, l + 1);
        return keccak256(abi.encodePacked(uint32(p2), uint32(l2), s.regRoots[X], kv, s.tokensHash));
    }

    /// @notice Whether step k is the end (HALT) of the program of block l at position p, or of its head step when
    ///         l = layers. Reverts with StepOutOfRange past the end.
    function isFinal(
        ModelConfig calldata cfg,
        uint256 p,
        uint256 l,
        uint256 promptLen,
        uint256 temperatureMilli,
        uint256 k
    ) external pure returns (bool) {
        (uint256 op,,) = l == cfg.layers
            ? headInstrAt(cfg, p + 1 < promptLen, temperatureMilli != 0, k)
            : instrAt(cfg, p, k);
        return op == OP_HALT;
    }

    /*//////////////////////////////////////////////////////////////
                                STEP
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeVM
    /// @dev `proof` is abi.encode(IOneStepTypes.StepProof) for position p = t / (layers + 1), l = t mod (layers + 1).
    function step(bytes calldata ctx, uint256 t, bytes32 pre, bytes calldata proof)
        external
        view
        returns (bytes32 post)
    {
        Context memory x = _decodeContext(ctx);
        if (t >= x.transitions) return pre;
        (uint256 p, uint256 l) = _pl(x, t);
        StepProof memory sp = abi.decode(proof, (StepProof));
        if (sp.p != p || sp.l != l) revert WrongTransition(sp.p, sp.l, p, l);
        bytes32 got;
        (got, post) = VERIFIER.step(x.cfg, x.modelRoot, x.job, sp);
        if (got != pre) revert PrestateMismatch(got, pre);
    }

    /*//////////////////////////////////////////////////////////////
                              HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @notice The context as the game keeps it (in its clone's code, where each byte costs 200 gas to deploy):
    ///         packed big-endian, CONTEXT_LENGTH bytes — the 13 uint32 of cfg in declaration order, then
    ///         cfg.tokenizerHash, modelRoot, job.promptRoot, job.promptLen, job.temperatureMilli, job.topK,
    ///         job.topPMicro (uint32 each), job.seed and transitions as a uint64 (p × (layers + 1) with p < 2^32 and
    ///         layers < 2^31 fits).
    function _encodeContext(ModelConfig memory c, bytes32 modelRoot, JobContext memory j, uint256 transitions)
        internal
        pure
        returns (bytes memory)
    {
        return bytes.concat(
            abi.encodePacked(
                c.dim, c.layers, c.heads, c.kvHeads, c.ffDim, c.vocab, c.context, c.ropeDims, c.ropeBaseBits
            ),
            abi.encodePacked(c.normEpsBits, c.tied, c.eos, c.ffUnpadded, c.tokenizerHash, modelRoot),
            abi.encodePacked(j.promptRoot, j.promptLen, j.temperatureMilli, j.topK, j.topPMicro, j.seed),
            // forge-lint: disable-next-line(unsafe-typecast) -- transitions < 2^64, see above
            abi.encodePacked(uint64(transitions))
        );
    }

    /// @notice The context _encodeContext packed; BadInput("context") unless it is CONTEXT_LENGTH bytes (a game
    ///         the factory made always has the VM's own encoding; a clone made by hand may not).
    function _decodeContext(bytes calldata b) internal pure returns (Context memory x) {
        if (b.length != CONTEXT_LENGTH) revert BadInput("context");
        ModelConfig memory c = x.cfg;
        JobContext memory j = x.job;
        assembly ("memory-safe") {
            let o := b.offset
            // cfg's 13 uint32 fields fill its first 13 words in declaration order, tokenizerHash the 14th.
            for { let i := 0 } lt(i, 13) { i := add(i, 1) } {
                mstore(add(c, shl(5, i)), shr(224, calldataload(add(o, shl(2, i)))))
            }
            mstore(add(c, 0x1a0), calldataload(add(o, 52)))
            mstore(add(x, 0x20), calldataload(add(o, 84))) // modelRoot
            mstore(j, calldataload(add(o, 116))) // promptRoot
            mstore(add(j, 0x20), shr(224, calldataload(add(o, 148)))) // promptLen
            mstore(add(j, 0x40), shr(224, calldataload(add(o, 152)))) // temperatureMilli
            mstore(add(j, 0x60), shr(224, calldataload(add(o, 156)))) // topK
            mstore(add(j, 0x80), shr(224, calldataload(add(o, 160)))) // topPMicro
            mstore(add(j, 0xa0), calldataload(add(o, 164))) // seed
            mstore(add(x, 0x60), shr(192, calldataload(add(o, 196)))) // transitions
        }
    }

    function _pl(Context memory x, uint256 t) private pure returns (uint256 p, uint256 l) {
        uint256 per = uint256(x.cfg.layers) + 1;
        return (t / per, t % per);
    }

    /// @dev OneStepBase._checkConfig and the metadata-leaf check.
    function _checkConfigMem(ModelConfig memory cfg, bytes32 modelRoot, Opening memory m0) private pure {
        _checkConfig(cfg);
        if (
            m0.index != 0 || m0.proof.length != _depth(modelLeaves(cfg))
                || LibMerkle.rootFromProof(_metaLeaf(cfg), 0, m0.proof) != modelRoot
        ) revert ConfigNotInModel(modelRoot);
    }

    function _ctxMem(ModelConfig memory cfg) private pure returns (Ctx memory c) {
        c.dim = cfg.dim;
        c.layers = cfg.layers;
        c.heads = cfg.heads;
        c.kvHeads = cfg.kvHeads;
        c.ff = cfg.ffDim;
        c.vocab = cfg.vocab;
        c.context = cfg.context;
        c.hd = c.dim / c.heads;
        c.kvd = c.kvHeads * c.hd;
    }

    /// @dev The root of register r holding zeros: n equal leaves but a possibly shorter last one, in O(log n).
    function _zeroRegRoot(Ctx memory c, uint256 r) private pure returns (bytes32) {
        uint256 per = _per(r);
        uint256 len = _regLen(c, r);
        uint256 n = (len + per - 1) / per;
        bytes32 a = keccak256(new bytes(per * _width(r)));
        bytes32 b = keccak256(new bytes(_leafLen(c, r, n - 1)));
        // Invariant: the level holds n nodes, the first n − 1 equal to a and the last equal to b.
        while (n > 1) {
            if (n % 2 == 1) {
                b = LibMerkle.hashPair(b, bytes32(0));
            } else {
                b = LibMerkle.hashPair(a, b);
            }
            a = LibMerkle.hashPair(a, a);
            n = (n + 1) / 2;
        }
        return b;
    }

    /// @dev prover/vm VectorRoot of be32 values given as bytes: leaves are chunks of 32 values (128 bytes).
    function _chunkRoot(bytes memory b) private pure returns (bytes32) {
        uint256 n = (b.length + 127) / 128;
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 c; c < n; ++c) {
            uint256 from = c * 128;
            uint256 len = from + 128 > b.length ? b.length - from : 128;
            bytes32 h;
            assembly ("memory-safe") {
                h := keccak256(add(add(b, 0x20), from), len)
            }
            leaves[c] = h;
        }
        return merkleRoot(leaves);
    }

    function _copy(bytes32[] memory v) private pure returns (bytes32[] memory w) {
        w = new bytes32[](v.length);
        for (uint256 i; i < v.length; ++i) {
            w[i] = v[i];
        }
    }

    /*//////////////////////////////////////////////////////////////
                              CAPACITY
    //////////////////////////////////////////////////////////////*/

    /// @notice The length of a transition's program — the index of its HALT step — for a model (prover/vm
    ///         Compile(c, p).Len() for block programs, CompileHead(c, p, prompted, sampled).Len() for the head step).
    /// @param cfg The model's configuration.
    /// @param p The position (a block at p needs p < context; a head step at p needs p + 1 < context).
    /// @param head Whether the program is the head step (else the block program at p, any layer).
    /// @param prompted For the head step: position p + 1 takes a prompt token.
    /// @param sampled For the head step: the job samples (temperature > 0).
    function programLength(ModelConfig calldata cfg, uint256 p, bool head, bool prompted, bool sampled)
        external
        pure
        returns (uint256)
    {
        _checkConfig(cfg);
        if (head) {
            if (p + 1 >= cfg.context) revert OutOfRange("p", p + 1, cfg.context);
            return _headLength(cfg, prompted, sampled);
        }
        if (p >= cfg.context) revert OutOfRange("p", p, cfg.context);
        return _blockLength(cfg, p);
    }

    /// @notice The longest program any transition of any record on this model runs (prover/vm MaxProgramLen): a
    ///         record processes positions 0..P − 1 with P = promptLen + outputLen − 1 ≤ context − 1, so the longest
    ///         is the block program at p = context − 2 or the sampled head program.
    /// @param cfg The model's configuration.
    function maxProgramLength(ModelConfig calldata cfg) public pure returns (uint256) {
        _checkConfig(cfg);
        uint256 p = cfg.context >= 2 ? uint256(cfg.context) - 2 : 0;
        uint256 blockLen = _blockLength(cfg, p);
        uint256 headLen = _headLength(cfg, false, true);
        return blockLen > headLen ? blockLen : headLen;
    }

    /// @notice Whether game depths cover every record on this model (docs/game.md, "Parameters"): "" if they do,
    ///         "level1" if the longest record's (context − 1) · (layers + 1) transitions exceed 2^splitDepth,
    ///         "level2" if maxProgramLength exceeds the 2^(maxDepth − splitDepth − 1) level-2 leaves of a transition
    ///         (its subgame could not reach the program's HALT state) or maxDepth ≤ splitDepth.
    /// @dev Every quantity is a sum of products of uint32 fields in uint256: no overflow for any configuration.
    /// @param cfg The model's configuration.
    /// @param splitDepth The game's split depth.
    /// @param maxDepth The game's maximum depth.
    function capacityError(ModelConfig calldata cfg, uint8 splitDepth, uint8 maxDepth)
        external
        pure
        returns (string memory)
    {
        _checkConfig(cfg);
        uint256 transitions = (uint256(cfg.context) - 1) * (uint256(cfg.layers) + 1);
        // forge-lint: disable-next-line(incorrect-shift) -- intended: 2^splitDepth level-1 transitions
        if (transitions > 1 << splitDepth) return "level1";
        if (maxDepth <= splitDepth) return "level2";
        // forge-lint: disable-next-line(incorrect-shift) -- intended: 2^(level-2 depth) leaves
        if (maxProgramLength(cfg) > 1 << (maxDepth - splitDepth - 1)) return "level2";
        return "";
    }

    /*//////////////////////////////////////////////////////////////
                            REFUSED ROWS
    //////////////////////////////////////////////////////////////*/

    /// @notice Whether a leaf of the model root is a Q8_0 weight row that the canonical runtime refuses
    ///         (prover/canon ErrScale; LibCanon reverts NonFiniteScale on it): leafIndex is a row of token_embd,
    ///         attn_q/k/v/output, ffn_gate/up/down or output (docs/protocol.md, "Model root"; not the metadata, a norm
    ///         chunk or a RoPE row), data is exactly that row's bytes (34 per 32 weights), and some block's fp16 scale
    ///         (its first two bytes, little-endian) has all exponent bits set: infinite or NaN. Finite scales
    ///         (subnormals and ±65504 included) are never refused. The caller verifies that data opens at leafIndex.
    /// @param cfg The model's configuration.
    /// @param leafIndex The leaf's index in the model root.
    /// @param data The leaf's preimage.
    function refusedRow(ModelConfig calldata cfg, uint256 leafIndex, bytes calldata data) external pure returns (bool) {
        _checkConfig(cfg);
        uint256 cols = _rowCols(cfg, leafIndex);
        if (cols == 0 || data.length != cols / 32 * 34) return false;
        for (uint256 off; off < data.length; off += 34) {
            if (uint8(data[off + 1]) & 0x7c == 0x7c) return true; // the scale's high byte holds its exponent bits
        }
        return false;
    }

    /// @dev The weights per row of the Q8_0 matrix whose row is model-root leaf i (prover/canon Leaves), or 0 when
    ///      leaf i is the metadata, a norm chunk, a RoPE row or past the tree.
    function _rowCols(ModelConfig calldata cfg, uint256 i) private pure returns (uint256) {
        uint256 dim = cfg.dim;
        uint256 vocab = cfg.vocab;
        uint256 cd = dim / 32;
        uint256 kvd = uint256(cfg.kvHeads) * (dim / cfg.heads);
        uint256 ff = cfg.ffDim;
        if (i == 0) return 0; // metadata
        if (i <= vocab) return dim; // token_embd
        i -= 1 + vocab;
        uint256 perLayer = 2 * cd + 3 * dim + 2 * kvd + 2 * ff;
        if (i < uint256(cfg.layers) * perLayer) {
            uint256 j = i % perLayer;
            if (j < cd) return 0; // attn_norm
            j -= cd;
            if (j < 2 * dim + 2 * kvd) return dim; // attn_q, attn_k, attn_v, attn_output
            j -= 2 * dim + 2 * kvd;
            if (j < cd) return 0; // ffn_norm
            j -= cd;
            if (j < 2 * ff) return dim; // ffn_gate, ffn_up
            return ff; // ffn_down
        }
        i -= uint256(cfg.layers) * perLayer;
        if (i < cd) return 0; // output_norm
        i -= cd;
        if (cfg.tied == 0 && i < vocab) return dim; // output
        return 0; // RoPE rows, or past the tree
    }
}
