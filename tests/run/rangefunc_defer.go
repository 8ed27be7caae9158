// run

// defer inside range-over-func loop bodies belongs to the enclosing
// function: the deferred calls run when it returns (or panics), in reverse
// order, interleaved with the function's other defers; a deferred recover
// from a loop body makes the enclosing function return normally.

package main

import (
	"errors"
	"fmt"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func collect() (s string) {
	defer func() { s += "!" }()
	for i := range Count(3) {
		defer func() { s += fmt.Sprint(i) }()
		defer fmt.Println("deferred", i)
	}
	fmt.Println("after loop")
	return "r"
}

func nested() {
	defer fmt.Println("nested: first")
	for i := range Count(2) {
		for j := range Count(2) {
			defer fmt.Println("nested:", i, j)
			if j == 1 {
				break
			}
		}
	}
	defer fmt.Println("nested: last")
}

func recovers() (err error) {
	defer fmt.Println("recovers: outer defer")
	for i := range Count(5) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered %v at %d", r, i)
			}
		}()
		if i == 2 {
			panic("two")
		}
	}
	return errors.New("not reached")
}

func early(stop int) (n int) {
	for i := range Count(10) {
		defer func() { n += i }()
		if i == stop {
			return 100
		}
	}
	return -1
}

func main() {
	fmt.Println(collect())
	nested()
	fmt.Println(recovers())
	fmt.Println(early(3))
	fmt.Println(early(20))
}
