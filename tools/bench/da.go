package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/batch"
	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/sequencer/client"
)

// Shape of the jobs in the DA bench.
const (
	daPromptTokens = 32
	daOutputTokens = 32
	daVocab        = 32000                 // token ids of the outputs and L2 prompts: uniform below this (a real model's vocabulary)
	daFee          = 1_000_000_000_000_000 // 1e15 wei: an L1 job's maxFee, an L2 request's maxFee, every record's fee
	daExpiry       = 1_800_000_000         // an L2 request's expiry: a 2027 time, fixed so that the bytes are the same every run
	// l1TxMaxSize is the largest transaction L1 nodes accept into their pool
	// (go-ethereum's legacypool txMaxSize, 128 KiB); a blob transaction's
	// sidecar does not count.
	l1TxMaxSize = 128 * 1024
)

// daJob is one job of a batch: its record and what the batch carries for it.
type daJob struct {
	rec     record.JobRecord
	output  []byte // be32 token ids (canon.TokenBytes)
	request []byte // the signed L2 request's bytes (jobreq); empty for an L1 job
}

// proposeCalldata is Rollup.propose's calldata for jobs as batch index: the
// records, outputs and requests are the batch's data.
func proposeCalldata(index uint64, jobs []daJob) []byte {
	recs := make([]bindings.IRollupJobRecord, len(jobs))
	outputs, requests := make([][]byte, len(jobs)), make([][]byte, len(jobs))
	for i := range jobs {
		recs[i], outputs[i], requests[i] = jobs[i].rec.Binding(), jobs[i].output, jobs[i].request
		if requests[i] == nil {
			requests[i] = []byte{}
		}
	}
	return bindings.NewRollup().PackPropose(index, recs, outputs, requests)
}

// daBatch is jobs as internal/batch's Batch of index.
func daBatch(index uint64, jobs []daJob) (*batch.Batch, error) {
	b := &batch.Batch{Index: index, Records: make([]batch.Record, len(jobs))}
	for i := range jobs {
		enc, err := jobs[i].rec.Encode()
		if err != nil {
			return nil, err
		}
		b.Records[i] = batch.Record{Record: enc, Output: jobs[i].output, Request: jobs[i].request}
	}
	return b, nil
}

// proposeBlobs is Rollup.proposeBlobs's calldata for jobs as batch index and
// the blobs its transaction carries (batch.EncodeBlobs): the job ids (0 for
// an L2 record) are the only per-job calldata.
func proposeBlobs(index uint64, jobs []daJob) ([]byte, []kzg4844.Blob, error) {
	b, err := daBatch(index, jobs)
	if err != nil {
		return nil, nil, err
	}
	root, err := b.Root()
	if err != nil {
		return nil, nil, err
	}
	blobs, err := batch.EncodeBlobs(b)
	if err != nil {
		return nil, nil, err
	}
	ids := make([]uint64, len(jobs))
	for i := range jobs {
		ids[i] = jobs[i].rec.JobID
	}
	return bindings.NewRollup().PackProposeBlobs(index, root, ids), blobs, nil
}

// blobSidecar returns the version-1 sidecar (cell proofs, EIP-7594: the chain
// runs Osaka) of blobs and their versioned hashes.
func blobSidecar(blobs []kzg4844.Blob) (*types.BlobTxSidecar, []common.Hash, error) {
	commits := make([]kzg4844.Commitment, len(blobs))
	hashes := make([]common.Hash, len(blobs))
	var proofs []kzg4844.Proof
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return nil, nil, err
		}
		p, err := kzg4844.ComputeCellProofs(&blobs[i])
		if err != nil {
			return nil, nil, err
		}
		commits[i], hashes[i] = c, kzg4844.CalcBlobHashV1(sha256.New(), &c)
		proofs = append(proofs, p...)
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, commits, proofs), hashes, nil
}

// daRow is the measurement of one batch proposed one way.
type daRow struct {
	jobs, l1Jobs  int
	mode          string
	txs           int
	split         string // why the batch took more than one proposal
	gas, blobGas  uint64
	exec          uint64 // gas above the intrinsic gas (21,000 and calldata)
	floorTxs      int    // proposals priced at the EIP-7623 calldata floor: exec is at most what is shown
	calldata      int
	payload, zlib int
	blobs         int
	bond, stake   *big.Int
}

// daBench measures and prints the DA table (see daRows).
func daBench(ctx context.Context, sizes []int) error {
	l, err := newL1(ctx, 2) // 2 submits L1 jobs, 3 signs L2 requests
	if err != nil {
		return err
	}
	defer l.close()
	rows, err := daRows(ctx, l, sizes)
	if err != nil {
		return err
	}
	printDA(rows, l.cfg)
	return nil
}

// daRows proposes batches of each size, once with calldata (Rollup.propose)
// and once with blobs (Rollup.proposeBlobs), on a simulated L1 with the real
// contracts (l: its accounts 2 and 3 are used), and returns the L1 gas and
// DA bytes they took. Half the jobs are L1 jobs submitted to the JobInbox
// beforehand, half L2 requests signed by a sender with an L2 balance;
// 32-token prompts and outputs.
func daRows(ctx context.Context, l *benchL1, sizes []int) ([]daRow, error) {
	total := 0
	for _, n := range sizes {
		total += 2 * ((n + 1) / 2)
	}
	if err := l.deposit(ctx, 3, new(big.Int).Mul(big.NewInt(daFee), big.NewInt(int64(total)))); err != nil {
		return nil, err
	}
	// The stake covers the inclusion penalty of every L1 job the bench includes, plus one.
	stake := new(big.Int).Mul(l.cfg.InclusionPenalty, big.NewInt(int64(total+1)))
	if _, err := l.sendMined(ctx, 1, l.addrs.Rollup, bindings.NewRollup().PackStake(), stake, 0); err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(10, 9))
	d := &daRun{l: l, rng: rng}
	var rows []daRow
	for _, n := range sizes {
		for _, blobs := range []bool{false, true} {
			mode := "calldata"
			if blobs {
				mode = "blobs"
			}
			fmt.Fprintf(os.Stderr, "bench: da: %d jobs, %s\n", n, mode)
			jobs, err := d.jobs(ctx, n)
			if err != nil {
				return nil, err
			}
			var r daRow
			if blobs {
				r, err = d.proposeBlobs(ctx, jobs)
			} else {
				r, err = d.proposeCalldata(ctx, jobs)
			}
			if err != nil {
				return nil, fmt.Errorf("%d jobs, %s: %w", n, mode, err)
			}
			rows = append(rows, r)
		}
	}
	return rows, nil
}

// daRun makes jobs and proposes them, keeping the next batch index.
type daRun struct {
	l     *benchL1
	rng   *rand.Rand
	index uint64
	nonce uint64
}

func (d *daRun) tokens(n, vocab int) []int32 {
	t := make([]int32, n)
	for i := range t {
		t[i] = int32(3 + d.rng.IntN(vocab-3)) // above the EOS (2): the output runs to maxTokens
	}
	return t
}

func (d *daRun) root32() (h [32]byte) {
	for i := range h {
		h[i] = byte(d.rng.UintN(256))
	}
	return h
}

// jobs returns n jobs, L1 jobs (submitted to the JobInbox here) at even
// positions and L2 jobs at odd ones, with records as an honest sequencer
// would commit to them (roots random: they do not change the sizes).
func (d *daRun) jobs(ctx context.Context, n int) ([]daJob, error) {
	l := d.l
	inbox := bindings.NewJobInbox()
	out, err := l.chain.Client.CallContract(ctx, ethereumCall(common.Address{}, l.addrs.JobInbox, inbox.PackJobCount(), nil, nil), nil)
	if err != nil {
		return nil, err
	}
	count, err := inbox.UnpackJobCount(out)
	if err != nil {
		return nil, err
	}
	nextID := count.Uint64() + 1
	jp := record.JobParams{MaxTokens: daOutputTokens}
	jobs := make([]daJob, n)
	var pending []*types.Transaction
	var gas uint64
	for i := range jobs {
		output := canon.TokenBytes(d.tokens(daOutputTokens, daVocab))
		rec := record.JobRecord{Kind: record.KindInference, ModelRoot: l.root, PromptLen: daPromptTokens, OutputLen: daOutputTokens,
			Params: jp, OutputHash: crypto.Keccak256Hash(output), ResidualRoot: d.root32(), KvRoot: d.root32(), Fee: big.NewInt(daFee)}
		if i%2 == 0 {
			// An L1 job: its input is in the JobInbox's event, not in the batch.
			input := canon.TokenBytes(d.tokens(daPromptTokens, 512)) // the registered tiny model's vocabulary
			data := inbox.PackSubmit(record.KindInference, 1, input, 0,
				bindings.IJobInboxParams{MaxTokens: daOutputTokens}, common.Address{}, 0)
			if gas == 0 {
				if gas, err = l.estimate(ctx, l.chain.Addrs[2], l.addrs.JobInbox, data, big.NewInt(daFee), nil); err != nil {
					return nil, err
				}
				gas *= 2
			}
			tx, err := l.tx(ctx, 2, l.addrs.JobInbox, data, big.NewInt(daFee), gas)
			if err != nil {
				return nil, err
			}
			pending = append(pending, tx)
			rec.JobID, rec.InputHash = nextID, crypto.Keccak256Hash(input)
			nextID++
			if len(pending) == 100 {
				if _, err := l.send(ctx, pending...); err != nil {
					return nil, err
				}
				pending = pending[:0]
			}
		} else {
			key := l.key(3)
			d.nonce++
			prompt := d.tokens(daPromptTokens, daVocab)
			u := make([]uint32, len(prompt))
			for j := range prompt {
				u[j] = uint32(prompt[j])
			}
			q := client.Inference(crypto.PubkeyToAddress(key.PublicKey), 1, u, jp, big.NewInt(daFee), d.nonce, daExpiry)
			s, err := jobreq.Sign(q, l.domain, key)
			if err != nil {
				return nil, err
			}
			req, err := s.Encode()
			if err != nil {
				return nil, err
			}
			jobs[i].request = req
			rec.InputHash, rec.RequestHash = crypto.Keccak256Hash(q.Input), crypto.Keccak256Hash(req)
		}
		jobs[i].rec, jobs[i].output = rec, output
	}
	if len(pending) > 0 {
		if _, err := l.send(ctx, pending...); err != nil {
			return nil, err
		}
	}
	return jobs, nil
}

func (d *daRun) bond(n int) *big.Int {
	return new(big.Int).Mul(d.l.cfg.BondPerRecord, big.NewInt(int64(n)))
}

// largest returns the largest k in 1..n for which fits(k) holds, fits being
// monotone; 0 if not even one fits.
func largest(n int, fits func(k int) (bool, error)) (int, error) {
	lo, hi := 0, n // fits(lo) holds (or lo is 0), fits(hi+1) does not
	for lo < hi {
		mid := (lo + hi + 1) / 2
		ok, err := fits(mid)
		if err != nil {
			return 0, err
		}
		if ok {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo, nil
}

func l1Count(jobs []daJob) int {
	n := 0
	for i := range jobs {
		if !jobs[i].rec.IsL2() {
			n++
		}
	}
	return n
}

// addTx counts one mined proposal in the row.
func (r *daRow) addTx(data []byte, rc *types.Receipt) error {
	intrinsic, err := core.IntrinsicGas(data, nil, nil, false, true, true, true)
	if err != nil {
		return err
	}
	floor, err := core.FloorDataGas(data)
	if err != nil {
		return err
	}
	if rc.GasUsed == floor && floor > intrinsic {
		r.floorTxs++
	}
	r.txs++
	r.gas += rc.GasUsed
	r.blobGas += rc.BlobGasUsed
	r.exec += rc.GasUsed - intrinsic
	r.calldata += len(data)
	return nil
}

func newRow(jobs []daJob, mode string) daRow {
	return daRow{jobs: len(jobs), l1Jobs: l1Count(jobs), mode: mode, bond: new(big.Int), stake: new(big.Int)}
}

// proposeCalldata proposes jobs with Rollup.propose, in as few proposals as
// fit: each the largest prefix of what is left whose transaction is within
// l1TxMaxSize and whose gas is within the transaction gas cap (EIP-7825).
func (d *daRun) proposeCalldata(ctx context.Context, jobs []daJob) (daRow, error) {
	l := d.l
	r := newRow(jobs, "calldata")
	seq := l.chain.Addrs[1]
	for rest := jobs; len(rest) > 0; {
		k, err := largest(len(rest), func(k int) (bool, error) {
			tx, err := l.txAt(1, l.addrs.Rollup, proposeCalldata(d.index, rest[:k]), d.bond(k), params.MaxTxGas)
			return err == nil && tx.Size() <= l1TxMaxSize, err
		})
		if err != nil {
			return r, err
		}
		if k < len(rest) {
			r.split = "128 KiB tx size"
		}
		if k == 0 {
			return r, fmt.Errorf("bench: a proposal of one record is over %d bytes", l1TxMaxSize)
		}
		// Over the gas cap the estimate fails (or is above it): shrink the
		// proposal; the error names the last cause if even one record fails.
		var gas uint64
		for {
			gas, err = l.estimate(ctx, seq, l.addrs.Rollup, proposeCalldata(d.index, rest[:k]), d.bond(k), nil)
			if err == nil && gas <= params.MaxTxGas {
				break
			}
			if k == 1 {
				if err == nil {
					err = fmt.Errorf("gas %d above the transaction gas cap %d", gas, params.MaxTxGas)
				}
				return r, fmt.Errorf("bench: a proposal of one record: %w", err)
			}
			k = max(1, k*9/10)
			r.split = "tx gas cap"
		}
		data := proposeCalldata(d.index, rest[:k])
		tx, err := l.tx(ctx, 1, l.addrs.Rollup, data, d.bond(k), gas)
		if err != nil {
			return r, err
		}
		rs, err := l.send(ctx, tx)
		if err != nil {
			return r, err
		}
		if err := r.addTx(data, rs[0]); err != nil {
			return r, err
		}
		r.bond.Add(r.bond, d.bond(k))
		d.index++
		rest = rest[k:]
	}
	r.stake.Mul(l.cfg.InclusionPenalty, big.NewInt(int64(r.l1Jobs+1)))
	return r, nil
}

// proposeBlobs proposes jobs with Rollup.proposeBlobs, each proposal the
// largest prefix of what is left whose blobs fit one transaction
// (params.BlobTxMaxBlobs, EIP-7594), one proposal per block.
func (d *daRun) proposeBlobs(ctx context.Context, jobs []daJob) (daRow, error) {
	l := d.l
	r := newRow(jobs, "blobs")
	seq := l.chain.Addrs[1]
	for rest := jobs; len(rest) > 0; {
		k, err := largest(len(rest), func(k int) (bool, error) {
			_, blobs, err := proposeBlobs(d.index, rest[:k])
			return err == nil && len(blobs) <= params.BlobTxMaxBlobs, err
		})
		if err != nil {
			return r, err
		}
		if k == 0 {
			return r, fmt.Errorf("bench: one record's batch does not fit %d blobs", params.BlobTxMaxBlobs)
		}
		if k < len(rest) {
			r.split = fmt.Sprintf("%d blobs per tx", params.BlobTxMaxBlobs)
		}
		data, blobs, err := proposeBlobs(d.index, rest[:k])
		if err != nil {
			return r, err
		}
		b, err := daBatch(d.index, rest[:k])
		if err != nil {
			return r, err
		}
		payload, err := batch.EncodePayload(b)
		if err != nil {
			return r, err
		}
		channel, err := batch.Compress(payload)
		if err != nil {
			return r, err
		}
		sidecar, hashes, err := blobSidecar(blobs)
		if err != nil {
			return r, err
		}
		gas, err := l.estimate(ctx, seq, l.addrs.Rollup, data, d.bond(k), hashes)
		if err != nil {
			return r, err
		}
		tx, err := l.blobTx(1, l.addrs.Rollup, data, d.bond(k), gas, hashes, sidecar)
		if err != nil {
			return r, err
		}
		rs, err := l.send(ctx, tx)
		if err != nil {
			return r, err
		}
		if err := r.addTx(data, rs[0]); err != nil {
			return r, err
		}
		r.payload += len(payload)
		r.zlib += len(channel)
		r.blobs += len(blobs)
		r.bond.Add(r.bond, d.bond(k))
		d.index++
		rest = rest[k:]
	}
	r.stake.Mul(l.cfg.InclusionPenalty, big.NewInt(int64(r.l1Jobs+1)))
	return r, nil
}

// txAt signs a dynamic-fee transaction from account i at its next nonce
// without taking the nonce (to size a transaction before sending it).
func (l *benchL1) txAt(i int, to common.Address, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	return types.SignNewTx(l.key(i), types.LatestSignerForChainID(l.chain.ChainID), &types.DynamicFeeTx{
		ChainID: l.chain.ChainID, Nonce: l.nonces[l.chain.Addrs[i]], GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei), Gas: gas, To: &to, Value: value, Data: data,
	})
}

// blobTx signs a blob transaction from account i with the next nonce.
func (l *benchL1) blobTx(i int, to common.Address, data []byte, value *big.Int, gas uint64, hashes []common.Hash, sc *types.BlobTxSidecar) (*types.Transaction, error) {
	from := l.chain.Addrs[i]
	nonce := l.nonces[from]
	tx, err := types.SignNewTx(l.key(i), types.LatestSignerForChainID(l.chain.ChainID), &types.BlobTx{
		ChainID: uint256.MustFromBig(l.chain.ChainID), Nonce: nonce, GasTipCap: uint256.NewInt(params.GWei),
		GasFeeCap: uint256.NewInt(100 * params.GWei), Gas: gas, To: to, Value: uint256.MustFromBig(value), Data: data,
		BlobFeeCap: uint256.NewInt(params.GWei), BlobHashes: hashes, Sidecar: sc,
	})
	if err != nil {
		return nil, err
	}
	l.nonces[from] = nonce + 1
	return tx, nil
}

func eth(w *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(w), big.NewFloat(params.Ether)).Float64()
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
}

func printDA(rows []daRow, cfg bindings.IRollupRollupConfig) {
	fmt.Printf("\nsequencer: L1 gas and DA bytes per job, Rollup.propose (calldata) vs Rollup.proposeBlobs (blobs of internal/batch.EncodeBlobs),\n")
	fmt.Printf("on a simulated L1 (Osaka rules: 2^24 tx gas cap, EIP-7623 calldata floor, %d blobs per tx, %d per block) with the real contracts.\n",
		params.BlobTxMaxBlobs, params.DefaultOsakaBlobConfig.Max)
	fmt.Printf("Jobs: L1 (submitted to JobInbox) at even positions, L2 (signed request in the batch) at odd; %d-token prompts and outputs,\n", daPromptTokens)
	fmt.Printf("outputs and L2 prompts uniform random ids below %d (an upper bound: text compresses better).\n", daVocab)
	fmt.Printf("L1 gas: the receipts' gasUsed (21k, calldata, execution); execution: gasUsed above the intrinsic gas (21k + EIP-2028 calldata).\n")
	fmt.Printf("Bond %s ETH per record; stake %s ETH per included L1 job, plus one (devnet parameters).\n", eth(cfg.BondPerRecord), eth(cfg.InclusionPenalty))
	fmt.Printf("A batch over one transaction's limits is split into proposals of the largest size that fits (why: last column).\n\n")
	fmt.Println("| jobs (L1+L2) | DA | proposals | L1 gas | gas/job | execution gas/job | calldata B/job | payload B/job | zlib B/job | blobs | blob gas | blob B/job | bond ETH | stake ETH | split by |")
	fmt.Println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
	for _, r := range rows {
		per := func(x int) string { return fmt.Sprintf("%.0f", float64(x)/float64(r.jobs)) }
		payload, zlib, blobs, blobGas, blobB := "—", "—", "—", "—", "—"
		if r.mode == "blobs" {
			payload, zlib, blobs = per(r.payload), per(r.zlib), fmt.Sprint(r.blobs)
			blobGas, blobB = fmt.Sprint(r.blobGas), per(r.blobs*len(kzg4844.Blob{}))
		}
		split := r.split
		if split == "" {
			split = "—"
		}
		exec := fmt.Sprintf("%.0f", float64(r.exec)/float64(r.jobs))
		if r.floorTxs > 0 {
			exec = fmt.Sprintf("≤ %s (%d of %d txs at the calldata floor)", exec, r.floorTxs, r.txs)
		}
		fmt.Printf("| %d (%d+%d) | %s | %d | %d | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
			r.jobs, r.l1Jobs, r.jobs-r.l1Jobs, r.mode, r.txs, r.gas, float64(r.gas)/float64(r.jobs), exec, per(r.calldata),
			payload, zlib, blobs, blobGas, blobB, eth(r.bond), eth(r.stake), split)
	}
}
