// run

// ParseFloat accepting decimal, exponent, hex, underscore, inf/nan and
// 32-bit rounding, with the exact results printed via %v and %b.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	ins := []string{"0", "-0", "1", "+1.5", "3.14159265358979323846", ".5", "5.", "1e10", "1E-10", "1_000.000_1",
		"0x1p4", "0x1.fp-2", "-0X.8P1", "0x1p", "1e", "e5", "Inf", "+inf", "-Infinity", "nan", "NaN", "infinity",
		"1.7976931348623157e308", "1.7976931348623159e308", "2.2250738585072014e-308", "4.9e-324", "2e-324",
		"123456789012345678901234567890", "0.1", "0.30000000000000004", "1__0", "_1", "1_", " 1", "1 ", "0x_1p0"}
	for _, s := range ins {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%-33q %-24v %-16v %v / %v\n", s, f, float32(g), err, err32)
	}
	for _, s := range []string{"16777217", "3.4028235e38", "3.4028236e38", "1e-45", "7e-46", "0.1"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Printf("%s -> %v %b %v\n", s, float32(f), float32(f), err)
	}
}
