// run

package main

import (
	"fmt"
	"math"

)

func mandel(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return 50
}

func main() {
	a := 3 + 4i
	b := complex(1.5, -2)
	fmt.Println(a, b, a+b, a*b, a/b, -a)
	fmt.Println(real(a), imag(a), a == 3+4i, a != b)
	fmt.Printf("%v %.2f %g %e\n", a, b, a*a, b)
	var c64 complex64 = complex64(a)
	fmt.Println(c64, real(c64), imag(c64))
	fmt.Printf("%T %T %T\n", a, c64, real(c64))
	const k = 2i * 2i
	fmt.Println(k, real(k))
	for y := 1.0; y >= -1.0; y -= 0.25 {
		line := ""
		for x := -2.0; x <= 0.5; x += 0.08 {
			n := mandel(complex(x, y))
			switch {
			case n >= 50:
				line += "#"
			case n > 10:
				line += "+"
			case n > 4:
				line += "."
			default:
				line += " "
			}
		}
		fmt.Println(line)
	}
	_ = math.Pi

}
