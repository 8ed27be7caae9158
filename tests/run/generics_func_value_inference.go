// run

// Generic functions used as values where the function type is known (Go
// 1.21 reverse type inference): variables, assignments, results, composite
// literal elements, arguments of plain and generic callees
// (`Apply(xs, Double)`, `slices.SortFunc(s, cmp.Compare)`); and partial
// instantiations completed through core types (`First[[]int]`,
// `slices.Grow[[]int]`).
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Apply[T any](xs []T, f func(T) T) []T {
	for i := range xs {
		xs[i] = f(xs[i])
	}
	return xs
}

func Apply2[T any](x T, f func(T) T) T { return f(x) }

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Ident[T any](x T) T { return x }

func Conv[T ~int, U ~string](x T) U { return U(strconv.Itoa(int(x))) }

func First[S ~[]E, E any](s S) E { return s[0] }

func Pair[K comparable, V any](k K, v V) string { return fmt.Sprint(k, "=", v) }

type MyInt int

type IntFn func(int) int

func take(f func(int) int) int { return f(21) }

func ret() func(int) int { return Double }

func twoRet() (func(float64) float64, IntFn) { return Double, Double[int] }

type Op struct{ f func(MyInt) MyInt }

func main() {
	var f func(float64) float64 = Double
	fmt.Println(f(1.5), Apply([]int{1, 2}, Double))
	fmt.Println(Apply2(3, Double), Apply2(MyInt(4), Double), take(Double))
	fmt.Println(ret()(5))
	g, h := twoRet()
	fmt.Println(g(0.25), h(7))
	var i IntFn = Double
	i = Ident[int]
	fmt.Println(i(3))
	var j func(string) string
	j = Ident
	fmt.Println(j("x"))
	fmt.Println(Map([]int{1, 2}, strconv.Itoa), Map([]int{3}, Double[int]))
	var c func(int) string = Conv
	fmt.Println(c(12))
	fs := []func(int) int{Double, Ident}
	fmt.Println(fs[0](1), fs[1](1))
	o := Op{f: Double}
	fmt.Println(o.f(8))
	s := []int{3, 1, 2}
	slices.SortFunc(s, cmp.Compare)
	fmt.Println(s)
	ff := First[[]int]
	fmt.Println(ff([]int{7, 8}))
	grow := slices.Grow[[]int]
	fmt.Println(len(grow(nil, 3)), cap(grow(nil, 3)) >= 3)
	var p func(string, int) string = Pair
	fmt.Println(p("k", 1))
	m := map[string]func(float64) float64{"d": Double}
	fmt.Println(m["d"](2))
}
