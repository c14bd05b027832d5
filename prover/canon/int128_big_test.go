package canon

import "math/big"

func bigMulAdd(x, y, z int64) int128 {
	v := new(big.Int).Mul(big.NewInt(x), big.NewInt(y))
	v.Add(v, big.NewInt(z))
	m := new(big.Int).Lsh(big.NewInt(1), 128)
	if v.Sign() < 0 {
		v.Add(v, m)
	}
	lo := new(big.Int).And(v, new(big.Int).SetUint64(^uint64(0))).Uint64()
	hi := new(big.Int).Rsh(v, 64).Uint64()
	return int128{hi: int64(hi), lo: lo}
}

func bigRoundDivSat(x, y, z int64, d uint64) int32 {
	v := new(big.Int).Mul(big.NewInt(x), big.NewInt(y))
	v.Add(v, big.NewInt(z))
	neg := v.Sign() < 0
	v.Abs(v)
	bd := new(big.Int).SetUint64(d)
	v.Add(v, new(big.Int).Rsh(bd, 1))
	v.Quo(v, bd)
	if neg {
		v.Neg(v)
	}
	if v.Cmp(big.NewInt(1<<31-1)) > 0 {
		return 1<<31 - 1
	}
	if v.Cmp(big.NewInt(-1<<31)) < 0 {
		return -1 << 31
	}
	return int32(v.Int64())
}
