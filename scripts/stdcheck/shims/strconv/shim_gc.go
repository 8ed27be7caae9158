// gc stand-ins for strconv's runtime intrinsics (used only by
// scripts/stdcheck.sh; never compiled by rgo).

package strconv

import (
	gostrconv "strconv"
	"strings"
)

func parseDecimal(p string, bitSize int, f *float64) bool {
	v, err := gostrconv.ParseFloat(p, bitSize)
	if err != nil && !strings.Contains(err.Error(), "out of range") {
		return false
	}
	*f = v
	return true
}

func shortestDigits(v float64, bitSize int, d *byte, dp *int) int {
	s := gostrconv.FormatFloat(v, 'e', -1, bitSize)
	if s[0] == '-' {
		s = s[1:]
	}
	e := strings.IndexByte(s, 'e')
	mant := strings.Replace(s[:e], ".", "", 1)
	x, _ := gostrconv.Atoi(s[e+1:])
	*dp = x + 1
	buf := (*[32]byte)(unsafeSlice(d))
	copy(buf[:], mant)
	return len(mant)
}
