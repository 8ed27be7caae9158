// An exact multiprecision decimal number, used for fixed-precision float
// formatting.
//
// A float64 is mant * 2^exp with a 53-bit mant; its exact decimal expansion
// has at most 767 significant digits, so a value always fits in d. The
// algorithm is gc's (strconv/decimal.go): assign the mantissa, then shift
// by the binary exponent in steps of at most maxShift bits, multiplying or
// dividing digit by digit; finally round to the requested digit count with
// round-half-even on exact ties.

package strconv

type decimal struct {
	d     [800]byte // digits, big-endian representation
	nd    int       // number of digits used
	dp    int       // decimal point
	trunc bool      // discarded nonzero digits beyond d[:nd]
}

// maxShift is the largest shift done in one step: digit<<maxShift plus a
// carry must fit in a uint64.
const maxShift = 60

// trim removes trailing zeros; a value of zero gets dp 0.
func trim(a *decimal) {
	for a.nd > 0 && a.d[a.nd-1] == '0' {
		a.nd--
	}
	if a.nd == 0 {
		a.dp = 0
	}
}

// Assign sets a to the integer v.
func (a *decimal) Assign(v uint64) {
	var buf [24]byte
	n := 0
	for v > 0 {
		v1 := v / 10
		buf[n] = byte(v - 10*v1 + '0')
		n++
		v = v1
	}
	a.nd = 0
	for n--; n >= 0; n-- {
		a.d[a.nd] = buf[n]
		a.nd++
	}
	a.dp = a.nd
	trim(a)
}

// rightShift divides a by 2^k (k <= maxShift), reading digits left to right
// into an accumulator n and writing n>>k as each next digit.
func rightShift(a *decimal, k uint) {
	r := 0 // read index
	w := 0 // write index
	var n uint64
	for ; n>>k == 0; r++ {
		if r >= a.nd {
			if n == 0 {
				// a == 0; shouldn't happen, but handle gracefully.
				a.nd = 0
				return
			}
			for n>>k == 0 {
				n = n * 10
				r++
			}
			break
		}
		n = n*10 + uint64(a.d[r]) - '0'
	}
	a.dp -= r - 1

	mask := uint64(1)<<k - 1
	// Pick up a digit, put down a digit.
	for ; r < a.nd; r++ {
		c := uint64(a.d[r])
		dig := n >> k
		n &= mask
		a.d[w] = byte(dig + '0')
		w++
		n = n*10 + c - '0'
	}
	// Put down the extra digits.
	for n > 0 {
		dig := n >> k
		n &= mask
		if w < len(a.d) {
			a.d[w] = byte(dig + '0')
			w++
		} else if dig > 0 {
			a.trunc = true
		}
		n = n * 10
	}
	a.nd = w
	trim(a)
}

// leftShift multiplies a by 2^k (k <= maxShift), working right to left and
// then moving the digits right by the number of new leading digits.
func leftShift(a *decimal, k uint) {
	// Count the new digits: 2^k * a has the digits of a times 2^k; the
	// carry out of the top digit has at most 19 digits.
	var tmp [820]byte
	t := len(tmp)
	var carry uint64
	for r := a.nd - 1; r >= 0; r-- {
		n := uint64(a.d[r]-'0')<<k + carry
		carry = n / 10
		t--
		tmp[t] = byte(n - carry*10 + '0')
	}
	for carry > 0 {
		c1 := carry / 10
		t--
		tmp[t] = byte(carry - c1*10 + '0')
		carry = c1
	}
	delta := (len(tmp) - t) - a.nd
	nd := len(tmp) - t
	if nd > len(a.d) {
		for i := len(a.d); i < nd; i++ {
			if tmp[t+i] != '0' {
				a.trunc = true
			}
		}
		nd = len(a.d)
	}
	copy(a.d[:nd], tmp[t:t+nd])
	a.nd = nd
	a.dp += delta
	trim(a)
}

// Shift multiplies a by 2^k (k may be negative).
func (a *decimal) Shift(k int) {
	switch {
	case a.nd == 0:
		// nothing to do: a == 0
	case k > 0:
		for k > maxShift {
			leftShift(a, maxShift)
			k -= maxShift
		}
		leftShift(a, uint(k))
	case k < 0:
		for k < -maxShift {
			rightShift(a, maxShift)
			k += maxShift
		}
		rightShift(a, uint(-k))
	}
}

// shouldRoundUp reports whether a should be rounded up when cut to nd digits.
func shouldRoundUp(a *decimal, nd int) bool {
	if a.d[nd] == '5' && nd+1 == a.nd { // exactly halfway - round to even
		// If we truncated, a little higher than what's recorded - always round up.
		if a.trunc {
			return true
		}
		return nd > 0 && (a.d[nd-1]-'0')%2 == 1
	}
	// not halfway - digit tells all
	return a.d[nd] >= '5'
}

// Round rounds a to nd digits (or fewer). If nd is zero, it means we're
// rounding just to the left of the digits, as in 0.09 -> 0.1.
func (a *decimal) Round(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	if shouldRoundUp(a, nd) {
		a.RoundUp(nd)
	} else {
		a.RoundDown(nd)
	}
}

// RoundDown rounds a down to nd digits (or fewer).
func (a *decimal) RoundDown(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	a.nd = nd
	trim(a)
}

// RoundUp rounds a up to nd digits (or fewer).
func (a *decimal) RoundUp(nd int) {
	if nd < 0 || nd >= a.nd {
		return
	}
	// round up
	for i := nd - 1; i >= 0; i-- {
		c := a.d[i]
		if c < '9' { // can stop after this digit
			a.d[i]++
			a.nd = i + 1
			return
		}
	}
	// Number is all 9s. Change to single 1 with adjusted decimal point.
	a.d[0] = '1'
	a.nd = 1
	a.dp++
}
