// run

package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for i := range 3 {
		fs = append(fs, func() int { return i + 100 })
	}
	for _, v := range []int{7, 8} {
		fs = append(fs, func() int { v++; return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(fs[6](), fs[6]())

	// Loop var modified inside body: each iteration copies from previous.
	var got []int
	var ptrs []*int
	for i := 0; i < 10; i++ {
		ptrs = append(ptrs, &i)
		if i%3 == 0 {
			i++
		}
		got = append(got, i)
	}
	fmt.Println(got)
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Closure counters and shared state.
	mk := func() (func() int, func()) {
		n := 0
		return func() int { n++; return n }, func() { n = 100 }
	}
	next, reset := mk()
	next()
	next()
	reset()
	fmt.Println(next())

	// Recursive closure.
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		memo[n] = r
		return r
	}
	fmt.Println(fib(80))

	// Closure capturing array by value vs by reference.
	arr := [3]int{1, 2, 3}
	cp := arr
	f := func() { arr[0] = 99 }
	f()
	fmt.Println(arr, cp)

	// Defers in loop capture per-iteration variables.
	func() {
		for i := range 3 {
			defer func() { fmt.Print("d", i, " ") }()
		}
	}()
	fmt.Println()

	// Labelled continue with closures.
	var out []func() string
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			out = append(out, func() string { return fmt.Sprint(i, j) })
		}
	}
	for _, o := range out {
		fmt.Print(o(), ";")
	}
	fmt.Println()

	// Closures over named results.
	fmt.Println(tricky())
	// Immediately invoked with args.
	x := func(a, b int) int { return a*b + len(got) }(3, 4)
	fmt.Println(x)
}

func tricky() (n int, s string) {
	set := func() { n = 5; s = "set" }
	defer func() { n *= 2; s += "+deferred" }()
	set()
	return n + 1, s
}
