// run

package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := make([]int, 64)
	seen := make([]bool, 64)
	calls := 0
	return func(n int) int {
		if n < len(cache) && seen[n] {
			return cache[n]
		}
		calls++
		v := f(n)
		if n < len(cache) {
			cache[n], seen[n] = v, true
		}
		return v
	}, &calls
}

type Op struct {
	Name string
	F    func(a, b int) int
}

func main() {
	g := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
	var slow func(int) int
	fast, calls := memo(func(n int) int {
		if n < 2 {
			return n
		}
		return slow(n-1) + slow(n-2)
	})
	slow = fast
	fmt.Println(fast(40), *calls)
	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"pow", func(a, b int) int {
			r := 1
			for ; b > 0; b-- {
				r *= a
			}
			return r
		}},
	}
	for _, op := range ops {
		fmt.Println(op.Name, op.F(2, 10))
	}
	var handlers [3]func() string
	for i := range handlers {
		handlers[i] = func() string { return fmt.Sprint("handler ", i) }
	}
	for _, h := range handlers {
		fmt.Println(h())
	}
	x := 10
	defer func() { fmt.Println("deferred sees", x) }()
	x = 20
	func() {
		x := 30
		_ = x
	}()
	adders := make([]func(int), 0)
	total := 0
	for _, v := range []int{1, 2, 3} {
		adders = append(adders, func(k int) { total += v * k })
	}
	for _, a := range adders {
		a(10)
	}
	fmt.Println(total)
}
