// run

package main

import (
	"fmt"
	"sort"
)

type Phasor complex128

func (p Phasor) String() string { return fmt.Sprintf("P<%.1f,%.1f>", real(p), imag(p)) }

var gz = 1.5 + 2.5i
var gtab = []complex64{1, 1i, -1, -1i}

const big = 1e30 + 1e30i

type pair struct {
	a complex64
	b complex128
}

func rotate(zs []complex128, by complex128) []complex128 {
	out := make([]complex128, 0, len(zs))
	for _, z := range zs {
		out = append(out, z*by)
	}
	return out
}

func sum(zs ...complex128) (s complex128) {
	for _, z := range zs {
		s += z
	}
	return
}

func main() {
	fmt.Println(gz, gtab, big, complex64(big))
	p := Phasor(3 + 4i)
	fmt.Println(p, []Phasor{1, 2i})
	fmt.Printf("%v %d %s\n", p, p, p)
	x, y := pair{1, 2}, pair{1, 2}
	fmt.Println(x == y, x)
	y.b += 1e-300i
	fmt.Println(x == y)
	ch := make(chan complex128, 3)
	go func() {
		for i := range 3 {
			ch <- complex(float64(i), float64(-i))
		}
		close(ch)
	}()
	var got []complex128
	for z := range ch {
		got = append(got, z)
	}
	fmt.Println(got, sum(got...), sum())
	fmt.Println(rotate([]complex128{1, 1i, 1 + 1i}, 1i))
	f := func(z complex128) complex128 { return z * z }
	fmt.Println(f(gz), f(-1i))
	zs := []complex128{3 + 1i, 1 + 5i, 2, 1 - 1i}
	sort.Slice(zs, func(i, j int) bool {
		if real(zs[i]) != real(zs[j]) {
			return real(zs[i]) < real(zs[j])
		}
		return imag(zs[i]) < imag(zs[j])
	})
	fmt.Println(zs)
	fmt.Printf("%x %X %o %q\n", 1+2i, 255+16i, 8i, 1i)
	fmt.Printf("%#v %#v\n", 1.5+2i, complex64(3))
	fmt.Printf("[%7.2f] [%-12v] [%+v]\n", 1+1i, 2-3i, -1i)
	fmt.Println(fmt.Sprint(1i, 2i), fmt.Sprintln(complex64(1i)))
	var n int = 7
	c := complex(float64(n), 0.5)
	c2 := complex(float32(n), 0.5)
	fmt.Printf("%T %v %T %v\n", c, c, c2, c2)
	const r = real(3 + 4i)
	const im = imag(2.5i)
	var arr [int(r)]int
	fmt.Println(r, im, len(arr), int(complex(2, 0)))
	var m = map[complex64]int{}
	for i := 0; i < 10; i++ {
		m[complex(float32(i%3), 0)]++
	}
	fmt.Println(m[0], m[1], m[2], len(m))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var e interface{} = 1 + 1i
	_ = e.(complex64)
}
