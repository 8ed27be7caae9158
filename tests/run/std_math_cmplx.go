// run

package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strconv"
)

func main() {
	zs := []complex128{
		0, 1, -1, 1i, -1i, complex(3, 4), complex(-2.5, 0.75), complex(1e-300, 1e300),
		complex(0.5, -0.5), complex(-0, -2), complex(100, 100), complex(1e-8, 1e-9),
		cmplx.Inf(), cmplx.NaN(), complex(math.Inf(-1), 1), complex(2, math.NaN()),
	}
	for _, z := range zs {
		fmt.Println("z", z, cmplx.Abs(z), cmplx.Phase(z), cmplx.Conj(z), cmplx.IsNaN(z), cmplx.IsInf(z))
		r, th := cmplx.Polar(z)
		fmt.Println("  polar", r, th, cmplx.Rect(r, th))
		fmt.Println("  sqrt", cmplx.Sqrt(z), "exp", cmplx.Exp(z))
		fmt.Println("  log", cmplx.Log(z), "log10", cmplx.Log10(z))
		fmt.Println("  sin", cmplx.Sin(z), "cos", cmplx.Cos(z), "tan", cmplx.Tan(z))
		fmt.Println("  sinh", cmplx.Sinh(z), "cosh", cmplx.Cosh(z), "tanh", cmplx.Tanh(z))
		fmt.Println("  asin", cmplx.Asin(z), "acos", cmplx.Acos(z), "atan", cmplx.Atan(z))
		fmt.Println("  asinh", cmplx.Asinh(z), "acosh", cmplx.Acosh(z), "atanh", cmplx.Atanh(z))
		fmt.Println("  cot", cmplx.Cot(z), "pow", cmplx.Pow(z, complex(0.5, 1)), cmplx.Pow(z, 2), cmplx.Pow(z, 0))
	}
	// Roots of unity and Euler's identity.
	for k := 0; k < 5; k++ {
		w := cmplx.Exp(complex(0, 2*math.Pi*float64(k)/5))
		fmt.Printf("%.4f %.3e\n", w, cmplx.Abs(w)-1)
	}
	fmt.Printf("%.3g\n", cmplx.Exp(complex(0, math.Pi))+1)
	fmt.Println(cmplx.Tan(complex(1e10, 0.5)), cmplx.Sin(complex(1e20, 1)))

	for _, x := range []float64{-3, -0.5, 0, 1e-10, 0.3, 1, 2.5, 1e20, math.Inf(1), math.NaN()} {
		fmt.Println("inv-hyp", x, math.Asinh(x), math.Acosh(x), math.Atanh(x))
	}

	for _, s := range []string{"1+2i", "(3.5-4i)", "-i", "2i", "1e3", "+NaNi", "inf-infi", "1e400+1i", "0x1p-2+0x1p3i", "1++2i", "3i4", "", "(1+2i", "1 + 2i", "1_000+2i", "NaN+NaNi"} {
		c, err := strconv.ParseComplex(s, 128)
		fmt.Println(s, "=>", c, err)
	}
	c64, err := strconv.ParseComplex("1.1+2.2i", 64)
	fmt.Println(c64, err, complex64(c64))
	_, err = strconv.ParseComplex("1e39i", 64)
	fmt.Println(err)
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'f', 2, 128))
}
