// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, c := range []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(1e21, -1e-7)} {
		fmt.Println(strconv.FormatComplex(c, 'f', -1, 128), strconv.FormatComplex(c, 'e', 3, 64), strconv.FormatComplex(c, 'g', -1, 64))
	}
	var c complex128
	n, err := fmt.Sscan("(1+2i)", &c)
	fmt.Println(n, err, c)
}

func init() {
	var a, b complex128
	var c complex64
	for _, in := range []string{"(1+2i) 3-4.5i (1e3-1e-2i)", "1+2i", "(1+2i", "12", "(1,2)"} {
		n, err := fmt.Sscan(in, &a, &b, &c)
		fmt.Println(n, err, a, b, c)
	}
	n, err := fmt.Sscanf("z=(2+3i)", "z=%v", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("z=(2+3i)", "z=%d", &a)
	fmt.Println(n, err, a)
}
