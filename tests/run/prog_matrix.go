// run

// A small dense matrix library: construction, arithmetic, transpose,
// determinant and inverse by Gauss-Jordan elimination, and a linear solve.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("matrix: shape mismatch")
var ErrSingular = errors.New("matrix: singular")

func New(rows, cols int) *Matrix {
	return &Matrix{rows: rows, cols: cols, data: make([]float64, rows*cols)}
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

func (m *Matrix) Add(o *Matrix) (*Matrix, error) {
	if m.rows != o.rows || m.cols != o.cols {
		return nil, ErrShape
	}
	r := New(m.rows, m.cols)
	for i := range m.data {
		r.data[i] = m.data[i] + o.data[i]
	}
	return r, nil
}

func (m *Matrix) Scale(k float64) *Matrix {
	r := m.Clone()
	for i := range r.data {
		r.data[i] *= k
	}
	return r
}

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) T() *Matrix {
	r := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// Det computes the determinant by elimination with partial pivoting.
func (m *Matrix) Det() float64 {
	a := m.Clone()
	n := a.rows
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(a.At(r, c)) > abs(a.At(p, c)) {
				p = r
			}
		}
		if a.At(p, c) == 0 {
			return 0
		}
		if p != c {
			a.swapRows(p, c)
			det = -det
		}
		det *= a.At(c, c)
		for r := c + 1; r < n; r++ {
			f := a.At(r, c) / a.At(c, c)
			for k := c; k < n; k++ {
				a.Set(r, k, a.At(r, k)-f*a.At(c, k))
			}
		}
	}
	return det
}

func (m *Matrix) swapRows(i, j int) {
	ri := m.data[i*m.cols : (i+1)*m.cols]
	rj := m.data[j*m.cols : (j+1)*m.cols]
	for k := range ri {
		ri[k], rj[k] = rj[k], ri[k]
	}
}

func (m *Matrix) Inverse() (*Matrix, error) {
	if m.rows != m.cols {
		return nil, ErrShape
	}
	n := m.rows
	a := m.Clone()
	inv := Identity(n)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(a.At(r, c)) > abs(a.At(p, c)) {
				p = r
			}
		}
		if abs(a.At(p, c)) < 1e-12 {
			return nil, ErrSingular
		}
		a.swapRows(p, c)
		inv.swapRows(p, c)
		d := a.At(c, c)
		for k := 0; k < n; k++ {
			a.Set(c, k, a.At(c, k)/d)
			inv.Set(c, k, inv.At(c, k)/d)
		}
		for r := 0; r < n; r++ {
			if r == c {
				continue
			}
			f := a.At(r, c)
			for k := 0; k < n; k++ {
				a.Set(r, k, a.At(r, k)-f*a.At(c, k))
				inv.Set(r, k, inv.At(r, k)-f*inv.At(c, k))
			}
		}
	}
	return inv, nil
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			v := m.At(i, j)
			if abs(v) < 1e-9 {
				v = 0
			}
			fmt.Fprintf(&sb, "%7.3f", v)
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func main() {
	a := FromRows([][]float64{{2, 1, 1}, {1, 3, 2}, {1, 0, 0}})
	b := FromRows([][]float64{{1, 2}, {3, 4}, {5, 6}})
	fmt.Print(a)
	fmt.Println("det:", a.Det())
	ab, err := a.Mul(b)
	fmt.Print(ab, err, "\n")
	_, err = b.Mul(b)
	fmt.Println("error:", err, errors.Is(err, ErrShape))
	fmt.Print(b.T())
	inv, err := a.Inverse()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(inv)
	check, _ := a.Mul(inv)
	fmt.Print(check)
	sum, _ := a.Add(Identity(3).Scale(10))
	fmt.Print(sum)
	sing := FromRows([][]float64{{1, 2}, {2, 4}})
	_, err = sing.Inverse()
	fmt.Println(err, sing.Det())
	// Solve a x = y via the inverse.
	y := FromRows([][]float64{{4}, {11}, {1}})
	x, _ := inv.Mul(y)
	fmt.Print(x)
	h := New(4, 4)
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			h.Set(i, j, 1/float64(i+j+1))
		}
	}
	fmt.Printf("hilbert det %.6e\n", h.Det())
	hi, _ := h.Inverse()
	fmt.Print(hi)
}
