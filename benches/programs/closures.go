// closures: higher-order functions, closures capturing variables, and
// function values in slices.
package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func fold(xs []int, acc int, f func(int, int) int) int {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = i
	}
	ops := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 3 },
		func(x int) int { return x ^ 0x55 },
	}
	next := counter()
	total := 0
	for round := 0; round < 3000; round++ {
		k := next()
		ys := mapInts(xs, func(x int) int { return ops[(x+k)%3](x) + k })
		total += fold(ys, 0, func(a, b int) int { return (a + b) % 1000003 })
	}
	fmt.Println(total)
}
