// run

// Arbitrary-precision unsigned integers as little-endian []uint32 limbs:
// addition, multiplication, small division, decimal conversion, and
// factorials and Fibonacci numbers far beyond 64 bits.
package main

import (
	"fmt"
	"strings"
)

type Nat []uint32

func (x Nat) norm() Nat {
	for len(x) > 0 && x[len(x)-1] == 0 {
		x = x[:len(x)-1]
	}
	return x
}

func FromUint(v uint64) Nat {
	return Nat{uint32(v), uint32(v >> 32)}.norm()
}

func Add(x, y Nat) Nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z := make(Nat, len(x)+1)
	var carry uint64
	for i := range x {
		s := uint64(x[i]) + carry
		if i < len(y) {
			s += uint64(y[i])
		}
		z[i] = uint32(s)
		carry = s >> 32
	}
	z[len(x)] = uint32(carry)
	return z.norm()
}

func Mul(x, y Nat) Nat {
	if len(x) == 0 || len(y) == 0 {
		return nil
	}
	z := make(Nat, len(x)+len(y))
	for i, xi := range x {
		var carry uint64
		for j, yj := range y {
			t := uint64(xi)*uint64(yj) + uint64(z[i+j]) + carry
			z[i+j] = uint32(t)
			carry = t >> 32
		}
		z[i+len(y)] += uint32(carry)
	}
	return z.norm()
}

// DivSmall returns x/d and x%d.
func DivSmall(x Nat, d uint32) (Nat, uint32) {
	q := make(Nat, len(x))
	var r uint64
	for i := len(x) - 1; i >= 0; i-- {
		cur := r<<32 | uint64(x[i])
		q[i] = uint32(cur / uint64(d))
		r = cur % uint64(d)
	}
	return q.norm(), uint32(r)
}

func (x Nat) String() string {
	if len(x) == 0 {
		return "0"
	}
	var chunks []uint32
	for len(x) > 0 {
		var r uint32
		x, r = DivSmall(x, 1e9)
		chunks = append(chunks, r)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d", chunks[len(chunks)-1])
	for i := len(chunks) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%09d", chunks[i])
	}
	return sb.String()
}

func Cmp(x, y Nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func main() {
	f := FromUint(1)
	for i := uint64(1); i <= 50; i++ {
		f = Mul(f, FromUint(i))
		if i%10 == 0 {
			fmt.Printf("%d! = %v\n", i, f)
		}
	}
	a, b := FromUint(0), FromUint(1)
	for i := 0; i < 200; i++ {
		a, b = b, Add(a, b)
	}
	fmt.Println("fib(200) =", a)
	max64 := FromUint(1<<64 - 1)
	sq := Mul(max64, max64)
	fmt.Println(max64, sq, len(sq))
	fmt.Println(Cmp(sq, max64), Cmp(max64, sq), Cmp(Add(max64, nil), max64))
	q, r := DivSmall(sq, 7)
	fmt.Println(q, r)
	p := FromUint(1)
	two := FromUint(2)
	for i := 0; i < 256; i++ {
		p = Mul(p, two)
	}
	fmt.Println("2^256 =", p)
	fmt.Println(Nat(nil), FromUint(0), FromUint(1e9), FromUint(999999999))
}
