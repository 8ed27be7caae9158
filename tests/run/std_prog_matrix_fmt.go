// run

// Matrix arithmetic with formatted output: %*.*f alignment computed from
// the data, strings.Builder rendering, and a String method.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func (a Matrix) String() string {
	width := 1
	for _, row := range a {
		for _, v := range row {
			if w := len(fmt.Sprintf("%.2f", v)); w > width {
				width = w
			}
		}
	}
	var sb strings.Builder
	for i, row := range a {
		l, r := "│", "│"
		if i == 0 {
			l, r = "┌", "┐"
		} else if i == len(a)-1 {
			l, r = "└", "┘"
		}
		sb.WriteString(l)
		for _, v := range row {
			fmt.Fprintf(&sb, " %*.*f", width, 2, v)
		}
		sb.WriteString(" " + r + "\n")
	}
	return sb.String()
}

func rotation(deg float64) Matrix {
	t := deg * math.Pi / 180
	return Matrix{{math.Cos(t), -math.Sin(t)}, {math.Sin(t), math.Cos(t)}}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(Identity(3).Mul(Matrix{{-1.5, 2}, {1000.25, 0}, {3, -0.001}}))
	r := rotation(30).Mul(rotation(60))
	fmt.Print(r)
	fmt.Println(r[0][1], math.Round(r[1][0]*1e12)/1e12)
	fmt.Printf("%v\n", Matrix{{1}})
	fmt.Printf("%6.3v|%-8.1e|%+.0f\n", math.Pi, 12345.678, -0.4)
}
