// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {TrainingVM} from "../src/TrainingVM.sol";
import {TrainStepVerifier} from "../src/TrainStepVerifier.sol";
import {TrainStepBase} from "../src/TrainStepBase.sol";
import {RecordValidity} from "../src/RecordValidity.sol";
import {ITrainingVM} from "../src/interfaces/ITrainingVM.sol";
import {ITrainIOTypes, ITrainIOVerifier} from "../src/interfaces/ITrainIOVerifier.sol";
import {IJobInbox} from "../src/interfaces/IJobInbox.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";
import {IDatasetRegistry} from "../src/interfaces/IDatasetRegistry.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {LibMerkle} from "../src/lib/LibMerkle.sol";
import {LibTrainIO} from "../src/lib/LibTrainIO.sol";

/// @dev The jobs RecordValidity and TrainingVM read: statusOf and job only.
contract TrainingVM_MockInbox {
    mapping(uint256 id => IJobInbox.Job) internal _jobs;

    function set(uint256 id, IJobInbox.Job memory j) external {
        _jobs[id] = j;
    }

    function job(uint256 id) external view returns (IJobInbox.Job memory) {
        return _jobs[id];
    }

    function statusOf(uint256 id) external view returns (IJobInbox.Status) {
        return _jobs[id].status;
    }
}

/// @dev The model summaries RecordValidity and TrainingVM read.
contract TrainingVM_MockModels {
    mapping(uint256 id => IModelRegistry.Summary) internal _s;

    function set(uint256 id, IModelRegistry.Summary memory s) external {
        _s[id] = s;
    }

    function summary(uint256 id) external view returns (IModelRegistry.Summary memory) {
        return _s[id];
    }
}

/// @dev The dataset roots RecordValidity reads.
contract TrainingVM_MockDatasets {
    mapping(uint256 id => bytes32) internal _roots;

    function set(uint256 id, bytes32 root) external {
        _roots[id] = root;
    }

    function dataset(uint256 id) external view returns (IDatasetRegistry.Dataset memory d) {
        d.root = _roots[id];
    }
}

/// @dev Shared fixture: a TrainingVM over mock inbox and registry (no verifiers: setup needs none), a tiny valid
///      configuration, a dataset preimage and a reference model whose root is made from its metadata leaf.
abstract contract TrainingVM_TestInit is Test {
    TrainingVM internal tvm;
    TrainingVM_MockInbox internal inbox;
    TrainingVM_MockModels internal models;
    TrainingVM_MockDatasets internal datasets;
    bytes32 internal constant TOKENIZER = keccak256("tokenizer");
    int32 internal constant EOS = 3;
    uint64 internal constant JOB = 5;
    uint64 internal constant MODEL = 7;
    uint64 internal constant DATASET = 3;

    bytes32 internal sourceRoot;
    bytes32[] internal metaProof;

    function setUp() public virtual {
        inbox = new TrainingVM_MockInbox();
        models = new TrainingVM_MockModels();
        datasets = new TrainingVM_MockDatasets();
        tvm = new TrainingVM(
            TrainStepVerifier(address(0)),
            ITrainIOVerifier(address(0)),
            IJobInbox(address(inbox)),
            IModelRegistry(address(models))
        );
        ITrainIOTypes.TrainConfig memory c = _cfg();
        uint256 depth = LibTrainIO.modelRootDepth(c);
        metaProof = new bytes32[](depth);
        for (uint256 i; i < depth; ++i) {
            metaProof[i] = keccak256(abi.encode("sibling", i));
        }
        sourceRoot = LibMerkle.rootFromProof(tvm.metadataLeaf(c, EOS, TOKENIZER), 0, metaProof);
        models.set(MODEL, IModelRegistry.Summary({root: sourceRoot, vocab: 32, context: 16, eos: 3, refused: false}));
    }

    function _cfg() internal pure returns (ITrainIOTypes.TrainConfig memory c) {
        c.dim = 32;
        c.layers = 1;
        c.heads = 4;
        c.kvHeads = 4;
        c.ffDim = 64;
        c.vocab = 32;
        c.context = 16;
        c.lr = 1 << 30;
        c.batch = 1;
        c.seqLen = 4;
    }

    function _dataset() internal pure returns (ITrainingVM.DatasetPreimage memory d) {
        d = ITrainingVM.DatasetPreimage({
            tokenizerHash: TOKENIZER,
            records: 2,
            tokens: 40,
            recordsRoot: keccak256("records"),
            tokensRoot: keccak256("tokens")
        });
    }

    function _datasetRoot(ITrainingVM.DatasetPreimage memory d) internal pure returns (bytes32) {
        return keccak256(
            abi.encodePacked("airollup.dataset.v1", d.tokenizerHash, d.records, d.tokens, d.recordsRoot, d.tokensRoot)
        );
    }

    function _params(uint32 steps) internal pure returns (IJobInbox.Params memory p) {
        p.maxTokens = steps;
    }

    /// @dev A pretraining record of 3 steps for job JOB.
    function _pretrainRecord() internal pure returns (IRollup.JobRecord memory r) {
        r.jobId = JOB;
        r.kind = IJobInbox.Kind.Pretrain;
        r.inputHash = LibTrainIO.configHash(_cfg());
        r.params = _params(3);
        r.datasetRoot = _datasetRoot(_dataset());
        r.newModelRoot = keccak256("new model");
        r.outputHash = keccak256(abi.encodePacked(r.newModelRoot));
    }

    function _setupData(ITrainIOTypes.TrainConfig memory c, int32 eos) internal view returns (bytes memory) {
        return abi.encode(ITrainingVM.SetupData({cfg: c, dataset: _dataset(), eos: eos, metaProof: metaProof}));
    }

    function _job(IJobInbox.Kind kind, uint64 modelId) internal {
        IJobInbox.Job memory j;
        j.kind = kind;
        j.modelId = modelId;
        j.datasetId = DATASET;
        j.inputHash = LibTrainIO.configHash(_cfg());
        j.params = _params(3);
        j.maxFee = 1 ether;
        j.status = IJobInbox.Status.Included;
        j.includedBatch = 1;
        inbox.set(JOB, j);
    }
}

/// @notice TrainingVM.setup of a pretraining record: the RoPE source is the job's reference model.
contract TrainingVM_Setup_Test is TrainingVM_TestInit {
    function test_setup_pretrainTakesTheJobsReferenceModel_succeeds() public {
        _job(IJobInbox.Kind.Pretrain, MODEL);
        IRollup.JobRecord memory r = _pretrainRecord();
        (bytes32 rootClaim, bytes32 prestate, uint256 transitions, bytes memory ctx) =
            tvm.setup(abi.encode(r), _setupData(_cfg(), EOS));
        bytes32 config = LibTrainIO.configHash(_cfg());
        assertEq(
            rootClaim, keccak256(abi.encodePacked("airollup.train.final.v1", r.newModelRoot, r.datasetRoot, config))
        );
        assertEq(
            prestate,
            keccak256(abi.encodePacked("airollup.train.input.v1", bytes32(0), r.datasetRoot, config, uint64(3)))
        );
        assertEq(transitions, 5);
        ITrainingVM.Context memory x = abi.decode(ctx, (ITrainingVM.Context));
        assertEq(x.ropeSource, sourceRoot);
        assertEq(x.baseModelRoot, bytes32(0));
        assertEq(x.tokenizerHash, TOKENIZER);
        assertEq(x.eos, EOS);
        assertEq(x.dataTokens, 40);
        assertEq(x.steps, 3);
    }

    function test_setup_pretrainWithoutReferenceModel_reverts() public {
        _job(IJobInbox.Kind.Pretrain, 0);
        vm.expectRevert(abi.encodeWithSelector(ITrainingVM.NoReferenceModel.selector, JOB));
        tvm.setup(abi.encode(_pretrainRecord()), _setupData(_cfg(), EOS));
    }

    function test_setup_pretrainL2Record_reverts() public {
        _job(IJobInbox.Kind.Pretrain, MODEL);
        IRollup.JobRecord memory r = _pretrainRecord();
        r.requestHash = keccak256("request");
        vm.expectRevert(abi.encodeWithSelector(ITrainingVM.NoReferenceModel.selector, JOB));
        tvm.setup(abi.encode(r), _setupData(_cfg(), EOS));
    }

    function test_setup_pretrainWithBaseModelRoot_reverts() public {
        _job(IJobInbox.Kind.Pretrain, MODEL);
        IRollup.JobRecord memory r = _pretrainRecord();
        r.modelRoot = sourceRoot;
        vm.expectRevert(abi.encodeWithSelector(ITrainingVM.WrongBaseModel.selector, sourceRoot));
        tvm.setup(abi.encode(r), _setupData(_cfg(), EOS));
    }

    /// @dev A reference model of another EOS (or tokenizer, or dimensions) is not the RoPE source of this run.
    function test_setup_referenceOfOtherMetadata_reverts() public {
        _job(IJobInbox.Kind.Pretrain, MODEL);
        vm.expectRevert(abi.encodeWithSelector(ITrainingVM.WrongRopeSource.selector, sourceRoot));
        tvm.setup(abi.encode(_pretrainRecord()), _setupData(_cfg(), EOS + 1));
    }

    function test_setup_corpusShorterThanASequence_reverts() public {
        _job(IJobInbox.Kind.Pretrain, MODEL);
        ITrainIOTypes.TrainConfig memory c = _cfg();
        c.seqLen = 16;
        c.batch = 1;
        IRollup.JobRecord memory r = _pretrainRecord();
        r.inputHash = LibTrainIO.configHash(c);
        ITrainingVM.DatasetPreimage memory d = _dataset();
        d.tokens = 16;
        r.datasetRoot = _datasetRoot(d);
        bytes memory data = abi.encode(ITrainingVM.SetupData({cfg: c, dataset: d, eos: EOS, metaProof: metaProof}));
        vm.expectRevert(abi.encodeWithSelector(ITrainingVM.BadHyper.selector, "dataTokens"));
        tvm.setup(abi.encode(r), data);
    }
}

/// @notice TrainingVM.checkConfig: the programs' limits and train.Hyper.Check.
contract TrainingVM_CheckConfig_Test is TrainingVM_TestInit {
    function test_checkConfig_valid_succeeds() public view {
        tvm.checkConfig(_cfg());
        ITrainIOTypes.TrainConfig memory c = _cfg();
        c.optimizer = 1;
        c.beta1 = 3 << 30;
        c.beta2 = 4_000_000_000;
        c.eps = 1 << 12;
        c.loraRank = 4;
        c.loraScale = 1 << 32;
        c.loraTargets = 5;
        tvm.checkConfig(c);
    }

    function _bad(ITrainIOTypes.TrainConfig memory c, string memory field) internal {
        vm.expectRevert(abi.encodeWithSelector(ITrainingVM.BadHyper.selector, field));
        tvm.checkConfig(c);
    }

    function test_checkConfig_hyperparameters_reverts() public {
        ITrainIOTypes.TrainConfig memory c = _cfg();
        c.lr = 0;
        _bad(c, "lr");
        c = _cfg();
        c.lr = (1 << 32) + 1;
        _bad(c, "lr");
        c = _cfg();
        c.lrFinal = 1;
        _bad(c, "decaySteps");
        c = _cfg();
        c.decaySteps = 1;
        _bad(c, "lrFinal");
        c = _cfg();
        c.decaySteps = (1 << 30) + 1;
        c.lrFinal = 1;
        _bad(c, "decaySteps");
        c = _cfg();
        c.optimizer = 1;
        c.beta1 = 1 << 32;
        _bad(c, "beta1");
        c = _cfg();
        c.optimizer = 1;
        c.beta2 = -1;
        _bad(c, "beta2");
        c = _cfg();
        c.optimizer = 1;
        c.eps = (1 << 12) - 1;
        _bad(c, "eps");
    }

    function test_checkConfig_programLimits_reverts() public {
        ITrainIOTypes.TrainConfig memory c = _cfg();
        c.seqLen = 17; // over the context
        vm.expectRevert(abi.encodeWithSelector(TrainStepBase.InvalidParams.selector, "seqLen", 17));
        tvm.checkConfig(c);
        c = _cfg();
        c.dim = 33;
        vm.expectRevert(abi.encodeWithSelector(ITrainIOTypes.BadConfig.selector, "dim % 32", 1, 0));
        tvm.checkConfig(c);
    }
}

/// @notice RecordValidity of training records: every field setup relies on that the chain shows, one test each.
contract TrainingVM_RecordValidity_Test is TrainingVM_TestInit {
    RecordValidity internal v;
    bytes32 internal constant BASE = keccak256("base");

    function setUp() public override {
        super.setUp();
        v = new RecordValidity(
            IJobInbox(address(inbox)), IModelRegistry(address(models)), IDatasetRegistry(address(datasets)), true
        );
        datasets.set(DATASET, _datasetRoot(_dataset()));
        models.set(9, IModelRegistry.Summary({root: BASE, vocab: 32, context: 16, eos: 3, refused: false}));
        _job(IJobInbox.Kind.FineTune, 9);
    }

    function _fineTune() internal pure returns (IRollup.JobRecord memory r) {
        r = _pretrainRecord();
        r.kind = IJobInbox.Kind.FineTune;
        r.modelRoot = BASE;
        r.fee = 0.5 ether;
    }

    function _is(IRollup.JobRecord memory r, bytes memory output, IRollup.Invalidity want) internal view {
        (IRollup.Invalidity got,,) = v.invalidity(1, 0, r, output, "");
        assertEq(uint8(got), uint8(want));
    }

    function _out(IRollup.JobRecord memory r) internal pure returns (bytes memory) {
        return abi.encodePacked(r.newModelRoot);
    }

    function test_invalidity_honestFineTune_succeeds() public view {
        _is(_fineTune(), _out(_fineTune()), IRollup.Invalidity.None);
    }

    function test_invalidity_honestPretrain_succeeds() public {
        _job(IJobInbox.Kind.Pretrain, MODEL);
        IRollup.JobRecord memory r = _pretrainRecord();
        _is(r, _out(r), IRollup.Invalidity.None);
        r.modelRoot = BASE;
        _is(r, _out(r), IRollup.Invalidity.ModelRoot);
    }

    /// @dev A pretraining run exports its reference model's RoPE rows: a reference shown refused after the job was
    ///      submitted voids the record, as a fine-tune's refused base does.
    function test_invalidity_pretrainRefusedReference_fails() public {
        _job(IJobInbox.Kind.Pretrain, 9);
        IRollup.JobRecord memory r = _pretrainRecord();
        _is(r, _out(r), IRollup.Invalidity.None);
        models.set(9, IModelRegistry.Summary({root: BASE, vocab: 32, context: 16, eos: 3, refused: true}));
        _is(r, _out(r), IRollup.Invalidity.ModelRefused);
    }

    function test_invalidity_withoutTrainingVm_fails() public {
        v = new RecordValidity(
            IJobInbox(address(inbox)), IModelRegistry(address(models)), IDatasetRegistry(address(datasets)), false
        );
        _is(_fineTune(), _out(_fineTune()), IRollup.Invalidity.KindUnsupported);
    }

    function test_invalidity_pretrainWithoutReferenceModel_fails() public {
        _job(IJobInbox.Kind.Pretrain, 0);
        IRollup.JobRecord memory r = _pretrainRecord();
        _is(r, _out(r), IRollup.Invalidity.KindUnsupported);
    }

    function test_invalidity_zeroFields_fails() public view {
        IRollup.JobRecord memory r = _fineTune();
        r.promptLen = 1;
        _is(r, _out(r), IRollup.Invalidity.ZeroField);
        r = _fineTune();
        r.outputLen = 1;
        _is(r, _out(r), IRollup.Invalidity.ZeroField);
        r = _fineTune();
        r.residualRoot = bytes32(uint256(1));
        _is(r, _out(r), IRollup.Invalidity.ZeroField);
        r = _fineTune();
        r.kvRoot = bytes32(uint256(1));
        _is(r, _out(r), IRollup.Invalidity.ZeroField);
    }

    function test_invalidity_datasetRoot_fails() public {
        IRollup.JobRecord memory r = _fineTune();
        r.datasetRoot = keccak256("other dataset");
        _is(r, _out(r), IRollup.Invalidity.DatasetRoot);
        IJobInbox.Job memory j = inbox.job(JOB);
        j.datasetId = 0;
        inbox.set(JOB, j);
        _is(_fineTune(), _out(_fineTune()), IRollup.Invalidity.DatasetRoot);
    }

    function test_invalidity_newModelOutput_fails() public view {
        IRollup.JobRecord memory r = _fineTune();
        _is(r, abi.encodePacked(keccak256("other model")), IRollup.Invalidity.NewModelOutput);
        _is(r, abi.encodePacked(bytes31(r.newModelRoot)), IRollup.Invalidity.NewModelOutput);
        _is(r, bytes.concat(_out(r), hex"00"), IRollup.Invalidity.NewModelOutput);
    }

    function test_invalidity_jobFields_fails() public {
        IRollup.JobRecord memory r = _fineTune();
        r.inputHash = keccak256("other configuration");
        _is(r, _out(r), IRollup.Invalidity.InputHash);
        r = _fineTune();
        r.params.maxTokens = 4;
        _is(r, _out(r), IRollup.Invalidity.Params);
        r = _fineTune();
        r.fee = 2 ether;
        _is(r, _out(r), IRollup.Invalidity.Fee);
        r = _fineTune();
        r.modelRoot = keccak256("other base");
        _is(r, _out(r), IRollup.Invalidity.ModelRoot);
        r = _fineTune();
        r.kind = IJobInbox.Kind.Inference;
        _is(r, _out(r), IRollup.Invalidity.Kind);
        models.set(9, IModelRegistry.Summary({root: BASE, vocab: 32, context: 16, eos: 3, refused: true}));
        _is(_fineTune(), _out(_fineTune()), IRollup.Invalidity.ModelRefused);
    }

    /// @dev N = 0 is no training job: the game has no step to judge.
    function test_invalidity_zeroSteps_fails() public {
        IJobInbox.Job memory j = inbox.job(JOB);
        j.params.maxTokens = 0;
        inbox.set(JOB, j);
        IRollup.JobRecord memory r = _fineTune();
        r.params.maxTokens = 0;
        _is(r, _out(r), IRollup.Invalidity.Params);
    }

    /// @dev An inference record must leave both training fields zero.
    function test_invalidity_inferenceTrainingFields_fails() public {
        IJobInbox.Job memory j = inbox.job(JOB);
        j.kind = IJobInbox.Kind.Inference;
        j.modelId = 9;
        inbox.set(JOB, j);
        IRollup.JobRecord memory r = _fineTune();
        r.kind = IJobInbox.Kind.Inference;
        r.newModelRoot = bytes32(0);
        _is(r, "", IRollup.Invalidity.ZeroField);
        r.datasetRoot = bytes32(0);
        r.newModelRoot = keccak256("x");
        _is(r, "", IRollup.Invalidity.ZeroField);
        r.newModelRoot = bytes32(0);
        _is(r, "", IRollup.Invalidity.OutputLen); // past the training fields: the inference checks go on
    }
}
