package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/airollup/airollup/internal/jobreq"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/sequencer"
	"github.com/airollup/airollup/sequencer/client"
)

// rpcRow is one run of rpcBench: n jobs by c concurrent clients.
type rpcRow struct {
	clients, jobs int
	wall          time.Duration
	p50, p99, max time.Duration
}

// rpcBench measures L2 jobs accepted per second over HTTP JSON-RPC: an
// in-process sequencer (sequencer.NewService: Pebble store, L1 follower,
// dispatcher, submitter, RPC server) on a simulated L1 with the contracts
// deployed and the tiny model registered, and jobs signed in advance (one
// sender per client, each funded in the JobInbox) submitted with
// airollup_submitJob by c concurrent clients, each waiting for its
// acknowledgement before sending the next. An acknowledgement means the
// job passed every check (signature, domain, nonce, expiry, model, context,
// fee, the sender's L2 balance read from L1) and is in the store, synced.
// Every acknowledgement is checked: a new job (not a duplicate) with the
// request's hash as its id.
func rpcBench(ctx context.Context, jobs int, concurrency []int) error {
	l, err := newL1(ctx, slices.Max(concurrency))
	if err != nil {
		return err
	}
	defer l.close()
	rows, err := rpcRows(ctx, l, jobs, concurrency)
	if err != nil {
		return err
	}
	printRPC(rows)
	return nil
}

// rpcRows runs the sequencer on l (its accounts 2 to 1+max(concurrency) are
// the senders) and measures one row per concurrency.
func rpcRows(ctx context.Context, l *benchL1, jobs int, concurrency []int) ([]rpcRow, error) {
	users := slices.Max(concurrency)
	// Each user's deposit covers the fees of every job it signs.
	fee := big.NewInt(benchMinFee)
	for u := range users {
		if err := l.deposit(ctx, 2+u, new(big.Int).Mul(fee, big.NewInt(int64(2*jobs)))); err != nil {
			return nil, err
		}
	}
	// The service dials its L1 over HTTP: serve the simulated node's
	// in-process JSON-RPC on a loopback port.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	proxy := &http.Server{Handler: l1Proxy{l.chain.RPC()}, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = proxy.Serve(ln) }()
	defer proxy.Close()

	dir, err := os.MkdirTemp("", "bench-sequencer-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	svc, err := sequencer.NewService(ctx, sequencer.Config{
		L1RPC: "http://" + ln.Addr().String(), Inbox: l.addrs.JobInbox, DataDir: dir, RPCAddr: "127.0.0.1:0",
		Models: []sequencer.Model{{ID: 1, Root: l.root}},
	}, log.NewLogger(log.DiscardHandler()), nil)
	if err != nil {
		return nil, err
	}
	if err := svc.Start(ctx); err != nil {
		return nil, errors.Join(err, svc.Stop(ctx))
	}
	defer func() { _ = svc.Stop(ctx) }() // the measurement is done: a stop error changes nothing
	url := "http://" + svc.RPCAddr().String()

	var rows []rpcRow
	nonce := uint64(0)
	for _, c := range concurrency {
		fmt.Fprintf(os.Stderr, "bench: rpc: %d jobs, %d client(s)\n", jobs, c)
		// Sign every request first: what is timed is the sequencer's work.
		reqs := make([][][]byte, c)
		expiry := uint64(time.Now().Add(time.Hour).Unix())
		for i := range jobs {
			u := i % c
			key := l.key(2 + u)
			nonce++
			prompt := make([]uint32, 32)
			for j := range prompt {
				prompt[j] = uint32(3 + (int(nonce)*31+j*7)%500) // the tiny model's vocabulary is 512
			}
			q := client.Inference(crypto.PubkeyToAddress(key.PublicKey), 1, prompt, record.JobParams{MaxTokens: 32}, fee, nonce, expiry)
			s, err := jobreq.Sign(q, l.domain, key)
			if err != nil {
				return nil, err
			}
			b, err := s.Encode()
			if err != nil {
				return nil, err
			}
			reqs[u] = append(reqs[u], b)
		}
		r, err := submitAll(ctx, url, &client.Domain{ChainID: (*hexutil.Big)(l.domain.ChainID), Inbox: l.domain.Inbox}, reqs)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r)
	}
	return rows, nil
}

func printRPC(rows []rpcRow) {
	fmt.Printf("\nsequencer: L2 jobs accepted over HTTP JSON-RPC (airollup_submitJob), in-process sequencer.NewService on a simulated L1, %d CPU(s)\n", runtime.NumCPU())
	fmt.Println("each acknowledgement: every check (signature, nonce, expiry, model, context, fee, L2 balance read from L1) and a synced Pebble write;")
	fmt.Printf("requests signed beforehand, 32-token prompts; one sender per client, each client waits for its answer before the next\n\n")
	fmt.Println("| clients | jobs | wall s | jobs/s | p50 latency ms | p99 latency ms | max ms |")
	fmt.Println("|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range rows {
		fmt.Printf("| %d | %d | %.2f | %.0f | %.2f | %.2f | %.2f |\n", r.clients, r.jobs, r.wall.Seconds(), float64(r.jobs)/r.wall.Seconds(),
			ms(r.p50), ms(r.p99), ms(r.max))
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// submitAll submits reqs[i] from client i, the clients concurrently, and
// returns the wall time and the latency percentiles.
func submitAll(ctx context.Context, url string, domain *client.Domain, reqs [][][]byte) (rpcRow, error) {
	clients := make([]*client.Client, len(reqs))
	for i := range clients {
		c, err := client.Dial(ctx, url)
		if err != nil {
			return rpcRow{}, err
		}
		defer c.Close()
		clients[i] = c
	}
	lat := make([][]time.Duration, len(reqs))
	errs := make([]error, len(reqs))
	var wg sync.WaitGroup
	start := time.Now()
	for i := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, b := range reqs[i] {
				t := time.Now()
				res, err := clients[i].SubmitBytes(ctx, b, domain)
				lat[i] = append(lat[i], time.Since(t))
				if err == nil && (res.Duplicate || res.RequestHash != crypto.Keccak256Hash(b)) {
					err = fmt.Errorf("acknowledgement %+v: want a new job with request hash %s", res, crypto.Keccak256Hash(b))
				}
				if err != nil {
					errs[i] = fmt.Errorf("bench: client %d: %w", i, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	if err := errors.Join(errs...); err != nil {
		return rpcRow{}, err
	}
	all := slices.Concat(lat...)
	slices.Sort(all)
	q := func(p float64) time.Duration { return all[min(len(all)-1, int(p*float64(len(all))))] }
	return rpcRow{clients: len(reqs), jobs: len(all), wall: wall, p50: q(0.50), p99: q(0.99), max: all[len(all)-1]}, nil
}

// l1Proxy serves JSON-RPC over HTTP by forwarding each call to an
// in-process client of the simulated node (which has no HTTP endpoint).
type l1Proxy struct{ c *rpc.Client }

type jsonrpcMsg struct {
	Version string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id,omitempty"`
	Method  string            `json:"method,omitempty"`
	Params  []json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage   `json:"result,omitempty"`
	Error   *jsonrpcError     `json:"error,omitempty"`
}

type jsonrpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

func (p l1Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var body bytes.Buffer
	if _, err := body.ReadFrom(http.MaxBytesReader(w, r.Body, 16<<20)); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	b := bytes.TrimSpace(body.Bytes())
	batch := len(b) > 0 && b[0] == '['
	var msgs []jsonrpcMsg
	if !batch {
		msgs = make([]jsonrpcMsg, 1)
		b = append(append([]byte{'['}, b...), ']')
	}
	if err := json.Unmarshal(b, &msgs); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	out := make([]jsonrpcMsg, len(msgs))
	for i, m := range msgs {
		args := make([]any, len(m.Params))
		for j := range m.Params {
			args[j] = m.Params[j]
		}
		var res json.RawMessage
		out[i] = jsonrpcMsg{Version: "2.0", ID: m.ID}
		if err := p.c.CallContext(r.Context(), &res, m.Method, args...); err != nil {
			e := &jsonrpcError{Code: -32000, Message: err.Error()}
			var ec rpc.Error
			if errors.As(err, &ec) {
				e.Code = ec.ErrorCode()
			}
			var de rpc.DataError
			if errors.As(err, &de) {
				e.Data = de.ErrorData()
			}
			out[i].Error = e
			continue
		}
		if res == nil {
			res = json.RawMessage("null")
		}
		out[i].Result = res
	}
	w.Header().Set("Content-Type", "application/json")
	var err error
	if batch {
		err = json.NewEncoder(w).Encode(out)
	} else {
		err = json.NewEncoder(w).Encode(out[0])
	}
	if err != nil {
		log.Debug("L1 proxy: write failed", "err", err)
	}
}
