package difftest

import (
	"context"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
)

// env is a simulated L1 with a deployed CanonHarness.
type env struct {
	t     *testing.T
	chain *l1test.Chain
	h     *bindings.CanonHarness
	inst  *bind.BoundContract
	addr  common.Address
}

// newEnv starts a chain and deploys the harness.
func newEnv(t *testing.T) *env {
	t.Helper()
	chain := l1test.New(t, 1)
	h := bindings.NewCanonHarness()
	addr := chain.Deploy(t, 0, common.FromHex(bindings.CanonHarnessMetaData.Bin), nil)
	return &env{t: t, chain: chain, h: h, inst: h.Instance(chain.Client, addr), addr: addr}
}

// call runs one eth_call and unpacks its result; any error fails the test.
func call[T any](e *env, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(e.inst, nil, data, unpack)
	require.NoError(e.t, err)
	return v
}

// revert runs an eth_call that must revert and returns the decoded custom error.
func (e *env) revert(data []byte) any {
	e.t.Helper()
	_, err := e.inst.CallRaw(nil, data)
	require.Error(e.t, err, "call did not revert")
	var de rpc.DataError
	require.True(e.t, errors.As(err, &de), "error carries no revert data: %v", err)
	hexData, ok := de.ErrorData().(string)
	require.True(e.t, ok, "revert data is %T", de.ErrorData())
	decoded, err := e.h.UnpackError(common.FromHex(hexData))
	require.NoError(e.t, err, "undecodable revert %s", hexData)
	return decoded
}

// gas estimates the gas of a transaction calling the harness with data
// (intrinsic 21000 and calldata included).
func (e *env) gas(data []byte) uint64 {
	e.t.Helper()
	g, err := e.chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: e.chain.Addrs[0], To: &e.addr, Data: data})
	require.NoError(e.t, err)
	return g
}

// --- case accounting ---------------------------------------------------------

var (
	countsMu sync.Mutex
	counts   = map[string]int{}
)

// record adds n compared cases (all equal: a mismatch fails the test first) for fn.
func record(t *testing.T, fn string, n int) {
	t.Helper()
	countsMu.Lock()
	counts[fn] += n
	countsMu.Unlock()
	t.Logf("%-20s %6d cases, 0 mismatches", fn, n)
}

// --- values ------------------------------------------------------------------

// newRand returns a deterministic generator for one test.
func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x616972726f6c6c75)) }

func bi(v int64) *big.Int { return big.NewInt(v) }

func bigs(vs []int64) []*big.Int {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = big.NewInt(v)
	}
	return out
}

// int64s converts values known to fit int64.
func int64s(vs []*big.Int) []int64 {
	out := make([]int64, len(vs))
	for i, v := range vs {
		out[i] = v.Int64()
	}
	return out
}

func pow2(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }

var (
	int256Max  = new(big.Int).Sub(pow2(255), big.NewInt(1))
	int256Min  = new(big.Int).Neg(pow2(255))
	uint256Max = new(big.Int).Sub(pow2(256), big.NewInt(1))
)

// edge32 are int32 values every activation function is checked at.
var edge32 = func() []int32 {
	out := []int32{0, 1, -1, 2, -2, 3, -3, math.MaxInt32, math.MinInt32, math.MaxInt32 - 1, math.MinInt32 + 1}
	for _, k := range []uint{8, 14, 15, 16, 17, 20, 24, 29, 30} {
		p := int32(1) << k
		out = append(out, p, -p, p-1, -(p - 1), p+1, -(p + 1))
	}
	return out
}()

// rand32 draws an int32 that is uniform over the whole range a quarter of the
// time, and otherwise has a uniformly chosen bit length (so small, medium and
// large magnitudes are all common), with a random sign.
func rand32(r *rand.Rand) int32 {
	if r.IntN(4) == 0 {
		return int32(r.Uint32())
	}
	bitsLen := r.IntN(32)
	v := int64(0)
	if bitsLen > 0 {
		v = int64(1)<<(bitsLen-1) | r.Int64N(int64(1)<<(bitsLen-1)+1)
	}
	v = min(v, math.MaxInt32)
	if r.IntN(2) == 0 {
		v = -v
	}
	return int32(v)
}

// randBig draws a signed integer with a uniformly chosen bit length ≤ maxBits.
func randBig(r *rand.Rand, maxBits int) *big.Int {
	n := r.IntN(maxBits + 1)
	v := new(big.Int)
	for i := 0; i < n; i += 64 {
		v.Lsh(v, 64)
		v.Or(v, new(big.Int).SetUint64(r.Uint64()))
	}
	if n > 0 {
		v.Rsh(v, uint(max(0, (n+63)/64*64-n)))
		v.SetBit(v, n-1, 1)
	}
	if r.IntN(2) == 0 {
		v.Neg(v)
	}
	return v
}

// --- spec references (docs/arithmetic.md, "Notation") --------------------------

// refRshift is the spec's rshift on arbitrary integers.
func refRshift(v *big.Int, s uint) *big.Int {
	h := pow2(s - 1)
	if v.Sign() >= 0 {
		return new(big.Int).Rsh(new(big.Int).Add(v, h), s)
	}
	a := new(big.Int).Neg(v)
	return a.Rsh(a.Add(a, h), s).Neg(a)
}

// refRdiv is the spec's rdiv (d > 0) on arbitrary integers.
func refRdiv(n, d *big.Int) *big.Int {
	h := new(big.Int).Quo(d, big.NewInt(2))
	if n.Sign() >= 0 {
		return new(big.Int).Quo(new(big.Int).Add(n, h), d)
	}
	a := new(big.Int).Neg(n)
	return a.Quo(a.Add(a, h), d).Neg(a)
}

// refSat32 is the spec's sat32.
func refSat32(v *big.Int) int32 {
	if v.Cmp(big.NewInt(math.MaxInt32)) > 0 {
		return math.MaxInt32
	}
	if v.Cmp(big.NewInt(math.MinInt32)) < 0 {
		return math.MinInt32
	}
	return int32(v.Int64())
}

// rshift64 and rdiv64 are the int64 forms, for references built on canon outputs.
func rshift64(v int64, s uint) *big.Int { return refRshift(big.NewInt(v), s) }
func rdiv64(n, d int64) *big.Int        { return refRdiv(big.NewInt(n), big.NewInt(d)) }

// chunks splits n items into batches of at most size.
func chunks(n, size int) [][2]int {
	var out [][2]int
	for lo := 0; lo < n; lo += size {
		out = append(out, [2]int{lo, min(lo+size, n)})
	}
	return out
}
