// run

package main

import (
	"fmt"
	"strings"
)

// Nat is a little-endian base-1e9 natural number.
type Nat []uint32

const base = 1000000000

func FromUint(v uint64) Nat {
	var n Nat
	for v > 0 {
		n = append(n, uint32(v%base))
		v /= base
	}
	return n
}

func Parse(s string) Nat {
	var n Nat
	for len(s) > 0 {
		cut := len(s) - 9
		if cut < 0 {
			cut = 0
		}
		var d uint32
		for _, c := range s[cut:] {
			d = d*10 + uint32(c-'0')
		}
		n = append(n, d)
		s = s[:cut]
	}
	return n.norm()
}

func (n Nat) norm() Nat {
	for len(n) > 0 && n[len(n)-1] == 0 {
		n = n[:len(n)-1]
	}
	return n
}

func (a Nat) Add(b Nat) Nat {
	if len(a) < len(b) {
		a, b = b, a
	}
	r := make(Nat, len(a)+1)
	var carry uint32
	for i := range a {
		s := a[i] + carry
		if i < len(b) {
			s += b[i]
		}
		carry = s / base
		r[i] = s % base
	}
	r[len(a)] = carry
	return r.norm()
}

func (a Nat) Mul(b Nat) Nat {
	r := make([]uint64, len(a)+len(b)+1)
	for i, x := range a {
		var carry uint64
		for j, y := range b {
			t := r[i+j] + uint64(x)*uint64(y) + carry
			r[i+j] = t % base
			carry = t / base
		}
		k := i + len(b)
		for carry > 0 {
			t := r[k] + carry
			r[k] = t % base
			carry = t / base
			k++
		}
	}
	out := make(Nat, len(r))
	for i, v := range r {
		out[i] = uint32(v)
	}
	return out.norm()
}

func (a Nat) Cmp(b Nat) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	for i := len(a) - 1; i >= 0; i-- {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func (a Nat) DivSmall(d uint32) (Nat, uint32) {
	q := make(Nat, len(a))
	var rem uint64
	for i := len(a) - 1; i >= 0; i-- {
		cur := rem*base + uint64(a[i])
		q[i] = uint32(cur / uint64(d))
		rem = cur % uint64(d)
	}
	return q.norm(), uint32(rem)
}

func (n Nat) String() string {
	if len(n) == 0 {
		return "0"
	}
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(n[len(n)-1]))
	for i := len(n) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%09d", n[i])
	}
	return sb.String()
}

type Mat [][]float64

func NewMat(r, c int) Mat {
	m := make(Mat, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Mat) Mul(o Mat) Mat {
	r := NewMat(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			var s float64
			for k := range o {
				s += m[i][k] * o[k][j]
			}
			r[i][j] = s
		}
	}
	return r
}

func (m Mat) T() Mat {
	r := NewMat(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			r[j][i] = v
		}
	}
	return r
}

func (m Mat) Det() float64 {
	n := len(m)
	a := NewMat(n, n)
	for i := range m {
		copy(a[i], m[i])
	}
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(a[r][c]) > abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return 0
		}
		if p != c {
			a[p], a[c] = a[c], a[p]
			det = -det
		}
		det *= a[c][c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	return det
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (m Mat) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%8.2f", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	f := FromUint(1)
	for i := uint64(1); i <= 50; i++ {
		f = f.Mul(FromUint(i))
	}
	fmt.Println("50! =", f)
	a, b := FromUint(0), FromUint(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib200 =", a)
	x := Parse("123456789012345678901234567890")
	y := Parse("987654321098765432109876543210")
	fmt.Println(x.Mul(y), x.Add(y), x.Cmp(y), y.Cmp(x), x.Cmp(Parse("000123456789012345678901234567890")))
	q, r := f.DivSmall(7)
	fmt.Println(q, r)
	p2 := FromUint(1)
	for i := 0; i < 100; i++ {
		p2 = p2.Add(p2)
	}
	fmt.Println("2^100 =", p2, len(p2.String()))
	digits := 0
	for _, c := range p2.String() {
		digits += int(c - '0')
	}
	fmt.Println("digit sum", digits)

	m := Mat{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	fmt.Print(m.Mul(m.T()))
	fmt.Printf("det=%.4f\n", m.Det())
	h := NewMat(5, 5)
	for i := range h {
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	fmt.Printf("hilbert det=%.6e\n", h.Det())
	fmt.Println(Mat{{1, 2}, {2, 4}}.Det(), Mat{{0, 1}, {1, 0}}.Det())
	fmt.Printf("%v\n", Nat(nil))
}
