// Exact decimal expansions of binary floating-point values, for the
// fixed-precision formats that the shortest-digits intrinsic and the
// 64-bit fast path (ftoafixed.go) do not cover.
//
// A finite float is an integer times a power of two, m·2^e. For e >= 0
// that is the integer m·2^e; for e < 0 it equals m·5^-e / 10^-e, so its
// decimal digits are those of the integer m·5^-e with the point moved -e
// places left. Either way the digits come from one big integer built by
// repeated multiplication by a small factor. The integer is kept in base
// 10^9 limbs, least significant first, which makes the final conversion to
// decimal digits a matter of printing each limb.
//
// Size bound: the largest integer needed is m·5^1074 with m < 2^53 (the
// smallest subnormal float64 has e = -1074), about 10^767, so 767 digits
// or 86 limbs; 2^1024 has 309 digits.
//
// Rounding to n digits is half to even on the exact expansion, as gc does:
// a tie (a single trailing 5) rounds to the even neighbour, anything
// beyond it rounds up.

package strconv

// limbBase is the radix of the big integer's limbs.
const limbBase = 1000000000

// decimal is a non-negative number 0.d[0]d[1]…d[nd-1] × 10^dp. Digits are
// ASCII. There are no trailing zero digits, and zero has nd == 0, dp == 0.
type decimal struct {
	d  [800]byte
	nd int
	dp int
}

// setBinary sets a to exactly mant × 2^exp.
func (a *decimal) setBinary(mant uint64, exp int) {
	var limbs [90]uint64
	n := 0
	for v := mant; v != 0; v /= limbBase {
		limbs[n] = v % limbBase
		n++
	}
	shift := 0 // the value is the big integer × 10^shift
	if exp >= 0 {
		// Doubling 32 bits at a time keeps limb·2^32 + carry below 2^63.
		for ; exp > 32; exp -= 32 {
			n = mulLimbs(limbs[:], n, 1<<32)
		}
		n = mulLimbs(limbs[:], n, uint64(1)<<uint(exp))
	} else {
		// 5^13 is the largest power of five below 2^32.
		shift = exp
		for k := -exp; k > 0; k -= 13 {
			f := uint64(1220703125) // 5^13
			if k < 13 {
				f = 1
				for i := 0; i < k; i++ {
					f *= 5
				}
			}
			n = mulLimbs(limbs[:], n, f)
		}
	}

	// Print the limbs, most significant first; all but the top one have
	// exactly nine digits.
	a.nd = 0
	for i := n - 1; i >= 0; i-- {
		var buf [9]byte
		v := limbs[i]
		for k := 8; k >= 0; k-- {
			buf[k] = byte('0' + v%10)
			v /= 10
		}
		k := 0
		if i == n-1 {
			for k < 8 && buf[k] == '0' {
				k++
			}
		}
		for ; k < 9; k++ {
			a.d[a.nd] = buf[k]
			a.nd++
		}
	}
	a.dp = a.nd + shift
	a.trimZeros()
}

// mulLimbs multiplies the n-limb integer in limbs by f (< 2^33) in place
// and returns its new limb count.
func mulLimbs(limbs []uint64, n int, f uint64) int {
	var carry uint64
	for i := 0; i < n; i++ {
		p := limbs[i]*f + carry
		limbs[i] = p % limbBase
		carry = p / limbBase
	}
	for carry != 0 {
		limbs[n] = carry % limbBase
		carry /= limbBase
		n++
	}
	return n
}

// trimZeros drops trailing zero digits and normalises zero.
func (a *decimal) trimZeros() {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// roundTo rounds a to its first n digits, half to even. With n == 0 the
// result is zero or the next power of ten (0.09 becomes 0.1); n < 0 or
// n >= nd leave a unchanged.
func (a *decimal) roundTo(n int) {
	if n < 0 || n >= a.nd {
		return
	}
	next := a.d[n]
	up := next > '5'
	if next == '5' {
		// More digits after the 5 (they are nonzero: there are no
		// trailing zeros) put a above the tie; an exact tie goes to the
		// even neighbour.
		up = n+1 < a.nd || n > 0 && (a.d[n-1]-'0')%2 == 1
	}
	if !up {
		a.nd = n
		a.trimZeros()
		return
	}
	// Add one unit in the last kept place; nines turn into dropped zeros.
	for i := n - 1; i >= 0; i-- {
		if a.d[i] < '9' {
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// All kept digits were nines (or none were kept): the result is 1 in
	// the next higher place.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}
