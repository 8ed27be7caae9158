// run

package main

import "fmt"

func perIteration() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure sees its own i:", i) }()
	}
}

func nested() {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			defer fmt.Println("nested", i, j)
		}
	}
}

func many() (sum int) {
	for i := 1; i <= 1000; i++ {
		defer func(k int) { sum += k }(i)
	}
	return 0
}

func rangeDefers(words []string) {
	for idx, w := range words {
		defer func() { fmt.Println(idx, w) }()
	}
}

func conditional(n int) {
	if n > 0 {
		defer fmt.Println("positive branch defer")
	} else {
		defer fmt.Println("non-positive branch defer")
	}
	switch {
	case n%2 == 0:
		defer fmt.Println("even")
	default:
		defer fmt.Println("odd")
	}
	fmt.Println("body of conditional", n)
}

func main() {
	perIteration()
	nested()
	fmt.Println("sum from 1000 deferred closures:", many())
	rangeDefers([]string{"a", "b", "c"})
	conditional(3)
	conditional(-2)
}
