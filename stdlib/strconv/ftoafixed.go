// A fast path for %f with a fixed precision: when the value times 10^prec
// fits in 64 bits after rounding, the digits come from one 64×64→128-bit
// multiplication and a shift, instead of the exact decimal (decimal.go).
// The result is the same: the exact value mant·2^e2·10^prec rounded half
// to even, whose decimal digits are the %f digits with the point prec
// places from the right.

package strconv

import "math/bits"

// pow10u64[i] is 10^i.
var pow10u64 = [20]uint64{
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
	10000000000, 100000000000, 1000000000000, 10000000000000, 100000000000000,
	1000000000000000, 10000000000000000, 100000000000000000, 1000000000000000000,
	10000000000000000000,
}

// fixedScaled returns mant·2^e2·10^prec rounded to the nearest integer,
// ties to even, and whether it was computed (false when prec > 19 or the
// result does not fit in a uint64).
func fixedScaled(mant uint64, e2, prec int) (uint64, bool) {
	if prec < 0 || prec >= len(pow10u64) {
		return 0, false
	}
	hi, lo := bits.Mul64(mant, pow10u64[prec])
	if e2 >= 0 {
		if hi != 0 || e2 >= 64 || lo>>(63-uint(e2))>>1 != 0 {
			return 0, false
		}
		return lo << uint(e2), true
	}
	k := uint(-e2)
	if k >= 128 {
		return 0, false
	}
	// q = (hi:lo) >> k; rem = (hi:lo) mod 2^k, compared with half = 2^(k-1).
	var q, remHi, remLo, halfHi, halfLo uint64
	if k >= 64 {
		q = hi >> (k - 64)
		remHi, remLo = hi&(1<<(k-64)-1), lo
		if k == 64 {
			halfLo = 1 << 63
		} else {
			halfHi = 1 << (k - 65)
		}
	} else {
		if hi>>k != 0 {
			return 0, false
		}
		q = hi<<(64-k) | lo>>k
		remLo = lo & (1<<k - 1)
		halfLo = 1 << (k - 1)
	}
	above := remHi > halfHi || remHi == halfHi && remLo > halfLo
	tie := remHi == halfHi && remLo == halfLo
	if above || tie && q&1 == 1 {
		if q == 1<<64-1 {
			return 0, false
		}
		q++
	}
	return q, true
}
