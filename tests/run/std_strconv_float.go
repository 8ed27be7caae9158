// run

// FormatFloat in every format ('e', 'E', 'f', 'g', 'G', 'b', 'x', 'X') with
// shortest (-1) and fixed precisions, for float64 and float32.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 123456789, 1e21, 1e-7, 5e-324, math.MaxFloat64, 0.000001234, 100, 12345.6789, 1.5, 2.5, 0.05, math.Inf(1), math.Inf(-1), math.NaN(), 9.999999e10}
	formats := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	for _, v := range vals {
		for _, f := range formats {
			for _, prec := range []int{-1, 0, 1, 3, 10} {
				fmt.Print(strconv.FormatFloat(v, f, prec, 64), " ")
			}
		}
		fmt.Println()
		fmt.Println("  32:", strconv.FormatFloat(v, 'g', -1, 32), strconv.FormatFloat(v, 'e', 4, 32), strconv.FormatFloat(v, 'f', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(1234.5678, 'f', 2, 64), strconv.FormatFloat(0.5, 'f', 0, 64), strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(2.675, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(1e23, 'g', -1, 64), strconv.FormatFloat(1e23, 'e', 30, 64))
	fmt.Println(strconv.FormatFloat(123, 'z', -1, 64))
}
