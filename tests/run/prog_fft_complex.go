// run

package main

import (
	"fmt"
	"math"
	"strconv"
)

// fft computes the discrete Fourier transform of a (len a power of two).
func fft(a []complex128, invert bool) {
	n := len(a)
	for i, j := 1, 0; i < n; i++ {
		bit := n >> 1
		for ; j&bit != 0; bit >>= 1 {
			j ^= bit
		}
		j ^= bit
		if i < j {
			a[i], a[j] = a[j], a[i]
		}
	}
	for length := 2; length <= n; length <<= 1 {
		ang := 2 * math.Pi / float64(length)
		if invert {
			ang = -ang
		}
		wlen := complex(math.Cos(ang), math.Sin(ang))
		for i := 0; i < n; i += length {
			w := complex(1, 0)
			for j := 0; j < length/2; j++ {
				u := a[i+j]
				v := a[i+j+length/2] * w
				a[i+j] = u + v
				a[i+j+length/2] = u - v
				w *= wlen
			}
		}
	}
	if invert {
		for i := range a {
			a[i] /= complex(float64(n), 0)
		}
	}
}

func multiply(x, y []int) []int {
	n := 1
	for n < len(x)+len(y) {
		n <<= 1
	}
	fa := make([]complex128, n)
	fb := make([]complex128, n)
	for i, v := range x {
		fa[i] = complex(float64(v), 0)
	}
	for i, v := range y {
		fb[i] = complex(float64(v), 0)
	}
	fft(fa, false)
	fft(fb, false)
	for i := range fa {
		fa[i] *= fb[i]
	}
	fft(fa, true)
	res := make([]int, n)
	for i := range res {
		res[i] = int(math.Round(real(fa[i])))
	}
	for len(res) > 1 && res[len(res)-1] == 0 {
		res = res[:len(res)-1]
	}
	return res
}

type Poly []complex128

func (p Poly) Eval(z complex128) complex128 {
	var r complex128
	for i := len(p) - 1; i >= 0; i-- {
		r = r*z + p[i]
	}
	return r
}

func cabs(z complex128) float64 { return math.Hypot(real(z), imag(z)) }

func csqrt(z complex128) complex128 {
	r := cabs(z)
	re := math.Sqrt((r + real(z)) / 2)
	im := math.Sqrt((r - real(z)) / 2)
	if imag(z) < 0 {
		im = -im
	}
	return complex(re, im)
}

func quadratic(a, b, c float64) (complex128, complex128) {
	d := complex(b*b-4*a*c, 0)
	sd := csqrt(d)
	den := complex(2*a, 0)
	return (complex(-b, 0) + sd) / den, (complex(-b, 0) - sd) / den
}

type Signal struct {
	Name string
	Z    complex128
	W    complex64
}

const I = 1i
const Rot = (1 + 1i) * (1 - 1i)

func main() {
	a := 3 + 4i
	b := complex(1.5, -2)
	fmt.Println(a, b, a+b, a-b, a*b, a/b, -a)
	fmt.Println(real(a), imag(a), a == 3+4i, a != b, cabs(a))
	fmt.Printf("%v|%.2f|%g|%e|%8.3f|%+.1f|%T\n", a, b, a*a, b, a, b, a)
	var c64 complex64 = complex64(a)
	c64 *= 2i
	fmt.Println(c64, real(c64), imag(c64), complex128(c64)/3)
	fmt.Printf("%T %T %T %v\n", c64, real(c64), imag(a), c64)
	fmt.Println(I*I, Rot, real(Rot), imag(I), I == 1i)
	const k = 2.5i * 2
	var kk complex64 = k
	fmt.Println(k, kk, real(k))

	// division edge cases
	zero := complex(0, 0)
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(a/zero, zero/zero, complex(inf, 1)/a, a/complex(inf, inf), complex(nan, 1)/a)
	fmt.Println(complex(1, 0)/complex(0, 1), complex64(complex(1, 1))/complex64(complex(3, -4)))

	// FFT-based multiplication
	fmt.Println(multiply([]int{1, 2, 3}, []int{4, 5, 6}))
	fmt.Println(multiply([]int{9, 9, 9, 9}, []int{9, 9, 9}))
	sig := make([]complex128, 8)
	for i := range sig {
		sig[i] = complex(math.Sin(2*math.Pi*float64(i)/8), 0)
	}
	fft(sig, false)
	for i, v := range sig {
		fmt.Printf("%d: %6.3f %6.3f\n", i, real(v)+0, imag(v)+0)
	}
	r1, r2 := quadratic(1, 2, 5)
	fmt.Printf("roots %.3f %.3f\n", r1, r2)
	r1, r2 = quadratic(1, -3, 2)
	fmt.Println("roots", r1, r2)
	p := Poly{1, 0, 1}
	fmt.Println(p.Eval(1i), p.Eval(2), p.Eval(r1))

	// complex values in maps, structs, interfaces, arrays
	seen := map[complex128]string{1 + 1i: "a", 2i: "b"}
	seen[complex(1, 1)] += "!"
	fmt.Println(len(seen), seen[1+1i], seen[2i], seen[3])
	s := Signal{"s1", 1 - 2i, 3 + 0.5i}
	fmt.Printf("%v %+v\n", s, s)
	var any1 interface{} = 2 + 2i
	var any2 interface{} = complex64(2 + 2i)
	fmt.Println(any1 == 2+2i, any1 == any2, any1)
	switch v := any2.(type) {
	case complex128:
		fmt.Println("c128", v)
	case complex64:
		fmt.Println("c64", v)
	}
	arr := [3]complex128{1, 2i, 3 + 3i}
	arr2 := arr
	arr2[1] += 1
	fmt.Println(arr == arr2, arr, arr2)
	var zc complex128
	fmt.Println(zc, zc == 0)
	fmt.Println(strconv.FormatFloat(real(a*a), 'f', 2, 64))
	acc := complex(1, 0)
	for i := 0; i < 8; i++ {
		acc *= complex(math.Cos(math.Pi/4), math.Sin(math.Pi/4))
	}
	fmt.Printf("%.6f\n", acc)
	fmt.Printf("%v %.3v %10.2f|%-14.1e|\n", complex(math.Inf(1), nan), 1+2i, 1-1i, 3i)
	println(a, c64)
}
