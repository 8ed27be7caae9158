// run

// A small dense matrix library over float64 and a fixed-size integer
// variant: construction, multiply, transpose, determinant by Gaussian
// elimination with partial pivoting, inverse, identity and symmetry checks.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")
var ErrSingular = errors.New("matrix is singular")

func New(rows, cols int) *Matrix {
	return &Matrix{rows, cols, make([]float64, rows*cols)}
}

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, r := range rows {
		copy(m.data[i*m.cols:], r)
	}
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Clone() *Matrix {
	c := New(m.rows, m.cols)
	copy(c.data, m.data)
	return c
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			v := m.At(i, j)
			if v == 0 {
				v = 0 // normalise -0
			}
			fmt.Fprintf(&b, "%8.3f", v)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for k := 0; k < m.cols; k++ {
			a := m.At(i, k)
			for j := 0; j < o.cols; j++ {
				r.data[i*r.cols+j] += a * o.At(k, j)
			}
		}
	}
	return r, nil
}

func (m *Matrix) Transpose() *Matrix {
	t := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) Equal(o *Matrix, eps float64) bool {
	if m.rows != o.rows || m.cols != o.cols {
		return false
	}
	for i, v := range m.data {
		if math.Abs(v-o.data[i]) > eps {
			return false
		}
	}
	return true
}

func (m *Matrix) IsIdentity() bool {
	return m.rows == m.cols && m.Equal(Identity(m.rows), 1e-9)
}

func (m *Matrix) IsSymmetric() bool {
	return m.Equal(m.Transpose(), 0)
}

// Det computes the determinant by elimination with partial pivoting on a copy.
func (m *Matrix) Det() (float64, error) {
	if m.rows != m.cols {
		return 0, ErrShape
	}
	a := m.Clone()
	n := a.rows
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a.At(r, col)) > math.Abs(a.At(pivot, col)) {
				pivot = r
			}
		}
		if a.At(pivot, col) == 0 {
			return 0, nil
		}
		if pivot != col {
			a.swapRows(pivot, col)
			det = -det
		}
		det *= a.At(col, col)
		for r := col + 1; r < n; r++ {
			f := a.At(r, col) / a.At(col, col)
			for c := col; c < n; c++ {
				a.Set(r, c, a.At(r, c)-f*a.At(col, c))
			}
		}
	}
	return det, nil
}

func (m *Matrix) swapRows(i, j int) {
	ri := m.data[i*m.cols : (i+1)*m.cols]
	rj := m.data[j*m.cols : (j+1)*m.cols]
	for k := range ri {
		ri[k], rj[k] = rj[k], ri[k]
	}
}

// Inverse uses Gauss-Jordan elimination on [m | I].
func (m *Matrix) Inverse() (*Matrix, error) {
	if m.rows != m.cols {
		return nil, ErrShape
	}
	n := m.rows
	a := m.Clone()
	inv := Identity(n)
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a.At(r, col)) > math.Abs(a.At(pivot, col)) {
				pivot = r
			}
		}
		if math.Abs(a.At(pivot, col)) < 1e-12 {
			return nil, ErrSingular
		}
		a.swapRows(pivot, col)
		inv.swapRows(pivot, col)
		p := a.At(col, col)
		for c := 0; c < n; c++ {
			a.Set(col, c, a.At(col, c)/p)
			inv.Set(col, c, inv.At(col, c)/p)
		}
		for r := 0; r < n; r++ {
			if r == col {
				continue
			}
			f := a.At(r, col)
			for c := 0; c < n; c++ {
				a.Set(r, c, a.At(r, c)-f*a.At(col, c))
				inv.Set(r, c, inv.At(r, c)-f*inv.At(col, c))
			}
		}
	}
	return inv, nil
}

// IntMatrix is a fixed-size integer matrix used for exact powers.
type IntMatrix [2][2]int64

func (a IntMatrix) Mul(b IntMatrix) IntMatrix {
	var r IntMatrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return r
}

func (a IntMatrix) Pow(n int) IntMatrix {
	result := IntMatrix{{1, 0}, {0, 1}}
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(a)
		}
		a = a.Mul(a)
		n >>= 1
	}
	return result
}

func main() {
	a := FromRows([][]float64{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}})
	b := FromRows([][]float64{{1, 2}, {3, 4}, {5, 6}})
	fmt.Print("A =\n", a)
	fmt.Print("B^T =\n", b.Transpose())
	ab, err := a.Mul(b)
	fmt.Print("A*B =\n", ab, "err: ", err, "\n")
	if _, err := b.Mul(b); err != nil {
		fmt.Println("B*B:", err, errors.Is(err, ErrShape))
	}
	d, _ := a.Det()
	fmt.Printf("det(A) = %.6f symmetric=%v identity=%v\n", d, a.IsSymmetric(), a.IsIdentity())
	inv, err := a.Inverse()
	if err != nil {
		fmt.Println("inverse:", err)
		return
	}
	fmt.Print("A^-1 =\n", inv)
	prod, _ := a.Mul(inv)
	fmt.Println("A * A^-1 is identity:", prod.IsIdentity())

	sing := FromRows([][]float64{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}})
	ds, _ := sing.Det()
	_, err = sing.Inverse()
	fmt.Printf("det(S) = %.3g, inverse: %v\n", ds, err)

	// A Hilbert matrix is notoriously ill-conditioned.
	for n := 2; n <= 6; n++ {
		h := New(n, n)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				h.Set(i, j, 1/float64(i+j+1))
			}
		}
		dh, _ := h.Det()
		hi, err := h.Inverse()
		maxEntry := 0.0
		if err == nil {
			for _, v := range hi.data {
				maxEntry = math.Max(maxEntry, math.Abs(v))
			}
		}
		hp, _ := h.Mul(hi)
		fmt.Printf("hilbert(%d): det=%.4e max|inv|=%.0f roundtrip=%v\n", n, dh, maxEntry, hp.Equal(Identity(n), 1e-6))
	}

	rot := FromRows([][]float64{{0, -1}, {1, 0}})
	p := Identity(2)
	for i := 1; i <= 4; i++ {
		p, _ = p.Mul(rot)
		fmt.Printf("rot^%d identity=%v det=%v\n", i, p.IsIdentity(), func() float64 { d, _ := p.Det(); return d }())
	}
	fib := IntMatrix{{1, 1}, {1, 0}}
	for _, n := range []int{1, 2, 10, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", n, fib.Pow(n)[0][1])
	}
	fmt.Println(fib.Pow(5) == IntMatrix{{8, 5}, {5, 3}})
}
