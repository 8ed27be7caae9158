// run

// ParseFloat: decimal, exponent, hex, special values, underscores, bit sizes
// and the error messages for bad syntax and out-of-range values.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	in := []string{"0", "-0", "1", "3.14159", "-2.5e-3", "1e308", "1e309", "-1e309", "1e-400", "4.9e-324", "2.2250738585072014e-308", ".5", "5.", "+.5e+2", "0x1p-2", "0x1.8p1", "0X1P+10", "inf", "-Inf", "+INF", "infinity", "NaN", "nan", "1_000.5", "1__0", "", ".", "e5", "1e", "1.2.3", "0x", "0x1", "abc", "3.4028235e38", "3.5e38", "1.000000059604644775390625", "123456789012345678901234567890", "0.1", "0.000000000000000000000000000001"}
	for _, s := range in {
		f64, err64 := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q: %v %v | %v %v\n", s, f64, err64, f32, err32)
	}
	for _, s := range []string{"true", "false", "1", "0", "t", "F", "TRUE", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
}
