// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// Packed fields are big-endian words of fixed widths, as the Go preimages: the casts are theirs.
// forge-lint: disable-start(unsafe-typecast)

import {IDisputeVM} from "./interfaces/IDisputeVM.sol";
import {ITrainingVM} from "./interfaces/ITrainingVM.sol";
import {ITrainIOTypes, ITrainIOVerifier} from "./interfaces/ITrainIOVerifier.sol";
import {ITrainStepVerifier} from "./interfaces/ITrainStepVerifier.sol";
import {IJobInbox} from "./interfaces/IJobInbox.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IRollup} from "./interfaces/IRollup.sol";
import {TrainStepBase} from "./TrainStepBase.sol";
import {TrainStepProgram} from "./TrainStepProgram.sol";
import {TrainStepVerifier} from "./TrainStepVerifier.sol";
import {LibMerkle} from "./lib/LibMerkle.sol";
import {LibTrainIO} from "./lib/LibTrainIO.sol";

/// @title TrainingVM
/// @notice The dispute game's VM for training records (fine-tune, pretrain; docs/training-game.md, "Level 1:
///         transitions, setup, projection"). A record claims that N steps of the integer trainer over a published
///         dataset turn a base model (or a seeded init) into the model root newModelRoot. Level 1 has N + 3 states:
///         I (the absolute prestate, derived from the record), S_0 .. S_N (the trainer's states) and F (the root
///         claim, derived from the record's newModelRoot), so a wrong new model root is a wrong root claim. Its
///         N + 2 transitions are the import (t = 0, TrainImportVerifier), the training steps (t = 1..N,
///         TrainStepVerifier) and the export (t = N + 1, TrainIOVerifier); past them the identity.
///         Everything the game trusts is derived from the record and public inputs: the dataset and configuration
///         from their preimages (checked against the record's datasetRoot and inputHash), the base model's
///         dimensions from its metadata leaf, the RoPE source from the record (fine-tuning) or the job (pretraining).
contract TrainingVM is ITrainingVM, TrainStepBase {
    bytes internal constant INPUT_DOMAIN = "airollup.train.input.v1";
    bytes internal constant FINAL_DOMAIN = "airollup.train.final.v1";
    bytes internal constant IMPORT_DOMAIN = "airollup.train.import.v1";
    bytes internal constant EXPORT_DOMAIN = "airollup.train.export.v1";
    bytes internal constant MODEL_DOMAIN = "airollup.model.v2";
    bytes internal constant DATASET_DOMAIN = "airollup.dataset.v1";
    /// @notice The import's seeded row part (trainvm.SeedPart).
    uint256 internal constant SEED_PART = 512;
    /// @notice train.OneH: 1.0 in Q32.
    int256 internal constant ONE_H = 1 << 32;
    /// @notice The first byte of a proof of a step from a program's final state (step).
    bytes1 public constant HALT_PROOF = 0xff;
    /// @notice train.MinAdamEps: 2^-20 in Q32.
    int256 internal constant MIN_ADAM_EPS = 1 << 12;
    /// @notice train.MaxDecaySteps.
    uint256 internal constant MAX_DECAY_STEPS = 1 << 30;

    /// @notice The one-step verifier of the training steps (transitions 1..N).
    TrainStepVerifier public immutable STEP;
    /// @notice The one-step verifier of the import and export (transitions 0 and N + 1).
    ITrainIOVerifier public immutable IO;
    /// @notice The inbox a pretraining job's reference model (its RoPE source) is read from.
    IJobInbox public immutable INBOX;
    /// @notice The registry the reference model's root is read from.
    IModelRegistry public immutable MODELS;

    /// @param step The TrainStepVerifier deployment.
    /// @param io The TrainIOVerifier deployment.
    /// @param inbox The Rollup's JobInbox.
    /// @param models The Rollup's ModelRegistry.
    constructor(TrainStepVerifier step, ITrainIOVerifier io, IJobInbox inbox, IModelRegistry models) {
        STEP = step;
        IO = io;
        INBOX = inbox;
        MODELS = models;
    }

    /*//////////////////////////////////////////////////////////////
                               SETUP
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeVM
    /// @dev `record` is abi.encode(IRollup.JobRecord) of a FineTune or Pretrain record; `data` is
    ///      abi.encode(SetupData). Checks: the configuration hashes to inputHash and passes the programs' and the
    ///      trainer's rules; N = params.maxTokens ≥ 1; the dataset preimage hashes to datasetRoot and holds at least
    ///      one sequence; the RoPE source (fine-tuning: the base model root, record.modelRoot; pretraining: the root
    ///      of the model the job names, its reference model) has at index 0 exactly the metadata leaf of the model
    ///      the run exports (the run's dimensions and context, RoPE over the head at base 10000, norm ε 1e-5, untied,
    ///      `eos`, the dataset's tokenizer hash). Fine-tuning therefore runs on a base of the run's dimensions whose
    ///      tokenizer made the dataset, and the export's metadata (tokenizer hash, EOS) and RoPE rows are the
    ///      source's (docs/training-game.md, "RoPE source").
    function setup(bytes calldata record, bytes calldata data)
        external
        view
        returns (bytes32 rootClaim, bytes32 absolutePrestate, uint256 transitions, bytes memory ctx)
    {
        IRollup.JobRecord memory r = abi.decode(record, (IRollup.JobRecord));
        if (r.kind == IJobInbox.Kind.Inference) revert UnsupportedKind(uint8(r.kind));
        SetupData memory d = abi.decode(data, (SetupData));
        Context memory x;
        x.cfg = d.cfg;
        this.checkConfig(d.cfg);
        x.configHash = LibTrainIO.configHash(d.cfg);
        if (x.configHash != r.inputHash) revert WrongConfig(x.configHash, r.inputHash);
        if (r.params.maxTokens == 0) revert WrongSteps(0);
        x.steps = r.params.maxTokens;
        DatasetPreimage memory ds = d.dataset;
        bytes32 dr = keccak256(
            abi.encodePacked(DATASET_DOMAIN, ds.tokenizerHash, ds.records, ds.tokens, ds.recordsRoot, ds.tokensRoot)
        );
        if (dr != r.datasetRoot) revert WrongDataset(dr, r.datasetRoot);
        if (ds.tokens < uint256(d.cfg.seqLen) + 1) revert BadHyper("dataTokens");
        (x.datasetRoot, x.dataTokens, x.tokensRoot, x.tokenizerHash) = (dr, ds.tokens, ds.tokensRoot, ds.tokenizerHash);
        if (r.kind == IJobInbox.Kind.FineTune) {
            if (r.modelRoot == bytes32(0)) revert WrongBaseModel(r.modelRoot);
            x.baseModelRoot = r.modelRoot;
            x.ropeSource = r.modelRoot;
        } else {
            if (r.modelRoot != bytes32(0)) revert WrongBaseModel(r.modelRoot);
            x.ropeSource = referenceModel(r.jobId, r.requestHash);
        }
        if (d.eos < -1 || int256(d.eos) >= int256(uint256(d.cfg.vocab))) revert WrongEos(d.eos);
        x.eos = d.eos;
        bytes32 meta = metadataLeaf(d.cfg, d.eos, ds.tokenizerHash);
        if (
            d.metaProof.length != LibTrainIO.modelRootDepth(d.cfg)
                || LibMerkle.rootFromProof(meta, 0, d.metaProof) != x.ropeSource
        ) revert WrongRopeSource(x.ropeSource);
        rootClaim = keccak256(abi.encodePacked(FINAL_DOMAIN, r.newModelRoot, dr, x.configHash));
        absolutePrestate = _input(x);
        transitions = uint256(x.steps) + 2;
        ctx = abi.encode(x);
    }

    /// @notice The RoPE source of a pretraining record: the root of the registered model its job names (job.modelId,
    ///         the reference model). An L2 record (requestHash set) or a job naming no model has none.
    /// @param jobId The record's jobId.
    /// @param requestHash The record's requestHash.
    function referenceModel(uint64 jobId, bytes32 requestHash) public view returns (bytes32) {
        if (requestHash != bytes32(0)) revert NoReferenceModel(jobId);
        uint64 id = INBOX.job(jobId).modelId;
        if (id == 0) revert NoReferenceModel(jobId);
        return MODELS.summary(id).root;
    }

    /// @notice Reverts unless the configuration is one every verifier of the game accepts and the trainer runs:
    ///         the import and export programs' limits (LibTrainIO.check), the step program's (TrainStepBase._context:
    ///         batch, sequence length within the context, optimizer, LoRA rank ≤ 256 and targets), and
    ///         train.Hyper.Check's rules on the hyperparameters (BadHyper naming the field). The corpus length rule
    ///         (at least seqLen + 1 tokens) is setup's, which knows the dataset.
    /// @param cfg The run's configuration.
    function checkConfig(ITrainIOTypes.TrainConfig calldata cfg) external view {
        LibTrainIO.check(cfg);
        this.checkStepParams(_params(cfg));
        int256 lr = cfg.lr;
        if (lr <= 0 || lr > ONE_H) revert BadHyper("lr");
        if (cfg.decaySteps == 0 && (cfg.lrFinal != 0 || cfg.decayFrom != 0)) revert BadHyper("decaySteps");
        if (cfg.decaySteps > MAX_DECAY_STEPS) revert BadHyper("decaySteps");
        if (cfg.decaySteps > 0 && (cfg.lrFinal <= 0 || cfg.lrFinal > lr)) revert BadHyper("lrFinal");
        if (cfg.optimizer == 1) {
            if (cfg.beta1 < 0 || cfg.beta1 >= ONE_H) revert BadHyper("beta1");
            if (cfg.beta2 < 0 || cfg.beta2 >= ONE_H) revert BadHyper("beta2");
            if (cfg.eps < MIN_ADAM_EPS || cfg.eps > ONE_H) revert BadHyper("eps");
        }
    }

    /// @notice Reverts unless the step verifier accepts the parameters (TrainStepBase._context).
    /// @param p The step verifier's parameters.
    function checkStepParams(ITrainStepVerifier.Params calldata p) external pure {
        _context(p);
    }

    /// @notice The metadata leaf of the model a run of `cfg` exports (canon MetadataLeaf; TrainIOVerifier): the
    ///         dimensions and context, RoPE over the whole head at base 10000, norm ε 1e-5, untied, `eos` (−1: none)
    ///         and the tokenizer hash.
    /// @param cfg The run's configuration.
    /// @param eos The EOS token, −1 for none.
    /// @param tokenizerHash The tokenizer hash.
    function metadataLeaf(ITrainIOTypes.TrainConfig memory cfg, int32 eos, bytes32 tokenizerHash)
        public
        pure
        returns (bytes32)
    {
        bytes memory f = abi.encodePacked(
            cfg.dim, cfg.layers, cfg.heads, cfg.kvHeads, cfg.ffDim, cfg.vocab, cfg.context, uint32(cfg.dim / cfg.heads)
        );
        return keccak256(
            abi.encodePacked(
                MODEL_DOMAIN,
                f,
                uint32(0x461c4000), // RoPE base 10000.0
                uint32(0x3727c5ac), // norm ε 1e-5
                uint32(0), // untied
                uint32(int32(eos)),
                tokenizerHash
            )
        );
    }

    /*//////////////////////////////////////////////////////////////
                           LEVEL-2 BINDING
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeVM
    /// @dev t = 0 (import): `level1` must be I; the preimage is ignored. t = 1..N (step k = t − 1) and t = N + 1
    ///      (export from S_N): `preimage` is the 216 bytes of S_k's preimage (train.State: be64 step, cursor,
    ///      dataTokens ‖ tokensRoot, configHash, weightsRoot, optimizerRoot, baseRoot, adaptersRoot), whose step
    ///      must be k and whose corpus and configuration must be the context's.
    function subgamePrestate(bytes calldata ctx, uint256 t, bytes32 level1, bytes calldata preimage)
        external
        view
        returns (bytes32 state0)
    {
        Context memory x = _decode(ctx);
        uint256 n = x.steps;
        if (t > n + 1) return level1;
        if (t == 0) {
            bytes32 input = _input(x);
            if (level1 != input) revert WrongPrestate(level1, input);
            return
                keccak256(
                    abi.encodePacked(IMPORT_DOMAIN, uint64(0), level1, uint64(0), uint64(0), uint64(0), uint64(0))
                );
        }
        _checkLevel1(x, t, level1, preimage);
        if (t == n + 1) return keccak256(abi.encodePacked(EXPORT_DOMAIN, uint64(0), level1, uint64(0), uint32(0)));
        return this.stepInitialRoot(_params(x.cfg), level1);
    }

    /// @inheritdoc IDisputeVM
    /// @dev `preimage` is the final micro-state's preimage after its domain: t = 0: be64 j ‖ carried ‖ the four
    ///      accumulators (ImportState.Root); t = 1..N: be64 j ‖ be32 b ‖ carried ‖ memoryRoot (state(j)); t = N + 1:
    ///      be64 j ‖ carried ‖ the accumulator ‖ be32 m ‖ m part hashes (ExportState.Root). j must be the program's
    ///      length; the carried level-1 root (S_0, S_{k+1}, F) is returned.
    function project(bytes calldata ctx, uint256 t, bytes32 state, bytes calldata preimage)
        external
        view
        returns (bytes32 level1)
    {
        Context memory x = _decode(ctx);
        if (t > uint256(x.steps) + 1) return state;
        return _final(x, t, state, preimage);
    }

    /// @dev The carried level-1 root of `state`, the final micro-state of transition t ≤ N + 1 whose preimage
    ///      (after its domain) is `preimage`: PreimageMismatch unless it hashes to `state`, NotFinal unless its j is
    ///      the program's length.
    function _final(Context memory x, uint256 t, bytes32 state, bytes calldata preimage)
        internal
        view
        returns (bytes32)
    {
        uint256 n = x.steps;
        bytes32 got;
        uint256 len;
        uint256 off = 8;
        if (t == 0) {
            got = keccak256(abi.encodePacked(IMPORT_DOMAIN, preimage));
            len = importLength(x.cfg, x.baseModelRoot == bytes32(0));
        } else if (t == n + 1) {
            got = keccak256(abi.encodePacked(EXPORT_DOMAIN, preimage));
            len = exportLength(x.cfg);
        } else {
            if (preimage.length != 76) revert PreimageMismatch(t, bytes32(0), state);
            got = keccak256(abi.encodePacked(MICRO_DOMAIN, preimage));
            (len,) = STEP.PROGRAM().at(_params(x.cfg), 0);
            off = 12;
        }
        if (preimage.length < 40) revert PreimageMismatch(t, bytes32(0), state);
        if (got != state) revert PreimageMismatch(t, got, state);
        uint256 j = uint64(bytes8(preimage[0:8]));
        if (j != len) revert NotFinal(t, j, len);
        return bytes32(preimage[off:off + 32]);
    }

    /*//////////////////////////////////////////////////////////////
                                STEP
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeVM
    /// @dev `proof` is the Go proof's bytes (MarshalBinary) of the transition's machine: ImportProof (t = 0),
    ///      StepProof (t = 1..N), ExportProof (t = N + 1). Each verifier checks that the proof opens `pre`. A step
    ///      from the program's final state is the identity (its HALT, as TransformerVM's: level-2 indices past the
    ///      end repeat the final state): its proof is HALT_PROOF ‖ the final state's preimage, as project reads it
    ///      (a real proof starts with its be64 j, whose first byte is never 0xff).
    function step(bytes calldata ctx, uint256 t, bytes32 pre, bytes calldata proof)
        external
        view
        returns (bytes32 post)
    {
        Context memory x = _decode(ctx);
        uint256 n = x.steps;
        if (t > n + 1) return pre;
        if (proof.length != 0 && proof[0] == HALT_PROOF) {
            _final(x, t, pre, proof[1:]);
            return pre;
        }
        if (t == 0) {
            return IO.verifyImportStep(
                x.cfg,
                ITrainIOTypes.ImportContext({
                    baseModelRoot: x.baseModelRoot,
                    datasetRoot: x.datasetRoot,
                    steps: x.steps,
                    dataTokens: x.dataTokens,
                    tokensRoot: x.tokensRoot
                }),
                pre,
                proof
            );
        }
        if (t == n + 1) {
            return IO.verifyExportStep(
                x.cfg,
                ITrainIOTypes.ExportContext({
                    tokenizerHash: x.tokenizerHash, eos: x.eos, datasetRoot: x.datasetRoot, ropeSource: x.ropeSource
                }),
                pre,
                proof
            );
        }
        ITrainStepVerifier.Params memory p = _params(x.cfg);
        p.ropeSource = x.ropeSource; // ROPE and ROPEB open their rows against it, as EXPROPE does
        return STEP.verify(p, pre, proof);
    }

    /*//////////////////////////////////////////////////////////////
                           PROGRAM SHAPES
    //////////////////////////////////////////////////////////////*/

    /// @notice state(0) of a training step from the level-1 state `carried` (trainvm.InitialRoot): every register
    ///         and G zero, so its memory root follows from the parameters alone, each zero tree in O(log) hashes.
    /// @param p The step verifier's parameters.
    /// @param carried S_k's root.
    function stepInitialRoot(ITrainStepVerifier.Params calldata p, bytes32 carried) external pure returns (bytes32) {
        Ctx memory c = _context(p);
        bytes32[] memory roots = new bytes32[](NUM_REGS + 1);
        for (uint256 r; r < NUM_REGS; ++r) {
            (uint256 per, uint256 width) = _regWidth(r);
            roots[r] = _zeroTree(_regLen(c, r), per, width);
        }
        roots[NUM_REGS] = _zeroGrad(c);
        return keccak256(abi.encodePacked(MICRO_DOMAIN, uint64(0), uint32(0), carried, LibMerkle.computeRoot(roots)));
    }

    /// @dev G's root at zero: the tensor tree of the trained tensors' int64 accumulators, 32 values (256 bytes) a
    ///      leaf; zero when nothing is trained. Every layer has the same shapes: their roots are computed once.
    function _zeroGrad(Ctx memory c) internal pure returns (bytes32) {
        bytes32[] memory layer = new bytes32[](PER_LAYER);
        uint256 per;
        for (uint256 k; k < PER_LAYER; ++k) {
            if (!_trained(c, 1 + k)) continue;
            layer[k] = _zeroTensor(c, 1 + k);
            ++per;
        }
        uint256 top = 1 + c.L * PER_LAYER;
        bool full = _trained(c, 0); // a full run trains token_embd, output_norm and output too
        uint256 n = per * c.L + (full ? 3 : 0);
        if (n == 0) return bytes32(0);
        bytes32[] memory g = new bytes32[](n);
        uint256 i;
        if (full) g[i++] = _zeroTensor(c, 0);
        for (uint256 l; l < c.L; ++l) {
            for (uint256 k; k < PER_LAYER; ++k) {
                if (_trained(c, 1 + k)) g[i++] = layer[k];
            }
        }
        if (full) {
            g[i++] = _zeroTensor(c, top);
            g[i++] = g[0];
        }
        return LibMerkle.computeRoot(g);
    }

    /// @dev The root of tensor i's zero accumulators (G's leaves: 32 int64 values).
    function _zeroTensor(Ctx memory c, uint256 i) internal pure returns (bytes32) {
        (uint256 rows, uint256 cols) = _shape(c, i);
        bytes32 row = _zeroTree(cols, 32, 8);
        return _uniform(row, row, rows);
    }

    /// @notice The length of the import program (NewImportProgram): a step per row part (seeded parts of SEED_PART
    ///         values when pretraining), a step per LoRA factor part, IMPEND.
    /// @param cfg The run's configuration.
    /// @param pretrain Whether the run starts from the seeded init.
    function importLength(ITrainIOTypes.TrainConfig memory cfg, bool pretrain) public pure returns (uint256 n) {
        n = LibTrainIO.allTensorSteps(cfg, pretrain ? SEED_PART : LibTrainIO.ROW_PART) + 1;
        if (cfg.loraRank == 0) return n;
        uint256 per;
        for (uint256 bit; bit < 7; ++bit) {
            if ((cfg.loraTargets >> bit) & 1 == 0) continue;
            (uint256 rows, uint256 cols) = LibTrainIO.shape(cfg, LibTrainIO.blockTensor(0, bit < 4 ? bit + 1 : bit + 2));
            uint256 rank = cfg.loraRank;
            per += rank * ((cols + SEED_PART - 1) / SEED_PART) + rows * ((rank + SEED_PART - 1) / SEED_PART);
        }
        n += per * cfg.layers;
    }

    /// @notice The length of the export program (NewExportProgram): EXPMETA, the rows' steps (a norm chunk's, or a
    ///         matrix row's sub-steps and joins), a step per RoPE row, EXPEND (TrainIOVerifier._exportLength).
    /// @param cfg The run's configuration.
    function exportLength(ITrainIOTypes.TrainConfig memory cfg) public pure returns (uint256) {
        return 2 + LibTrainIO.allTensorSteps(cfg, LibTrainIO.EXPORT_STEPS) + cfg.context;
    }

    /*//////////////////////////////////////////////////////////////
                              HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev I = keccak256("airollup.train.input.v1" ‖ baseModelRoot ‖ datasetRoot ‖ configHash ‖ be64(N)).
    function _input(Context memory x) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(INPUT_DOMAIN, x.baseModelRoot, x.datasetRoot, x.configHash, x.steps));
    }

    /// @dev Checks that the 216-byte `pre` opens `level1` as S_{t−1} of the context's run.
    function _checkLevel1(Context memory x, uint256 t, bytes32 level1, bytes calldata pre) internal pure {
        if (pre.length != LibTrainIO.STATE_BYTES) revert PreimageMismatch(t, bytes32(0), level1);
        bytes32 got = LibTrainIO.stateRoot(pre, 0);
        if (got != level1) revert PreimageMismatch(t, got, level1);
        if (uint64(bytes8(pre[0:8])) != t - 1) revert StateField(t, "step");
        if (uint64(bytes8(pre[16:24])) != x.dataTokens) revert StateField(t, "dataTokens");
        if (bytes32(pre[24:56]) != x.tokensRoot) revert StateField(t, "tokensRoot");
        if (bytes32(pre[56:88]) != x.configHash) revert StateField(t, "configHash");
    }

    /// @dev The step verifier's parameters of a configuration (part 0: the production row part).
    function _params(ITrainIOTypes.TrainConfig memory c) internal pure returns (ITrainStepVerifier.Params memory) {
        return ITrainStepVerifier.Params({
            dim: c.dim,
            layers: c.layers,
            heads: c.heads,
            kvHeads: c.kvHeads,
            ffDim: c.ffDim,
            vocab: c.vocab,
            context: c.context,
            optimizer: c.optimizer,
            lr: c.lr,
            beta1: c.beta1,
            beta2: c.beta2,
            eps: c.eps,
            batch: c.batch,
            seqLen: c.seqLen,
            lrFinal: c.lrFinal,
            decayFrom: c.decayFrom,
            decaySteps: c.decaySteps,
            modelSeed: c.seed,
            loraRank: c.loraRank,
            loraScale: c.loraScale,
            loraTargets: c.loraTargets,
            loraSeed: c.loraSeed,
            part: 0,
            ropeSource: bytes32(0) // step() sets it; the program and the zero state do not read it
        });
    }

    /// @dev The context setup encoded; BadContext unless it decodes (a clone made by hand may carry anything).
    function _decode(bytes calldata ctx) internal pure returns (Context memory) {
        if (ctx.length != 31 * 32) revert BadContext();
        return abi.decode(ctx, (Context));
    }

    /// @dev The root of n zero values, `per` a leaf of `width` bytes each (the last leaf shorter); zero when n = 0.
    function _zeroTree(uint256 n, uint256 per, uint256 width) internal pure returns (bytes32) {
        if (n == 0) return bytes32(0);
        uint256 leaves = (n + per - 1) / per;
        uint256 last = n - (leaves - 1) * per;
        bytes32 a;
        bytes32 b;
        assembly ("memory-safe") {
            let buf := mload(0x40)
            calldatacopy(buf, calldatasize(), mul(per, width)) // zeros
            a := keccak256(buf, mul(per, width))
            b := keccak256(buf, mul(last, width))
        }
        return _uniform(a, b, leaves);
    }

    /// @dev merkle.Root over n ≥ 1 leaves, all a but the last, b.
    function _uniform(bytes32 a, bytes32 b, uint256 n) internal pure returns (bytes32) {
        for (; n > 1; n = (n + 1) / 2) {
            if (n % 2 == 1) {
                (a, b) = (LibMerkle.hashPair(a, a), LibMerkle.hashPair(b, bytes32(0)));
            } else {
                (a, b) = (LibMerkle.hashPair(a, a), LibMerkle.hashPair(a, b));
            }
        }
        return b;
    }
}
