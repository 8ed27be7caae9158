// run

// Float verbs of fmt: %e %E %f %F %g %G %b %x with precision, width and flags.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.5, 3.14159265358979, -2.718281828, 1e6, 1e-6, 123456789.125, 1e21, 1e-7, 0.000123, 100, 1.0 / 3, 2.5, 3.5, -0.0049, 6.02214076e23, math.MaxFloat64, math.SmallestNonzeroFloat64}
	verbs := []string{"%e", "%E", "%.2e", "%12.4e", "%f", "%F", "%.0f", "%.1f", "%.3f", "%10.2f", "%-10.2f|", "%+.2f", "% .2f", "%010.3f", "%g", "%G", "%.3g", "%.10g", "%#g", "%#.3g", "%v", "%8v", "%x", "%X", "%b"}
	for _, v := range vals {
		for _, verb := range verbs {
			fmt.Printf("["+verb+"]", v)
		}
		fmt.Println()
	}
	for _, v := range []float32{0.1, 1e10, -3.25, 16777216, 1.0 / 3} {
		fmt.Printf("%v %g %e %.3f %x\n", v, v, v, v, v)
	}
	fmt.Printf("%#.0f %#.0e %#x\n", 3.0, 3.0, 1.0)
}
