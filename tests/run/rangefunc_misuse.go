// run

// Iterators that break the rules get gc's run-time errors, which are
// ordinary recoverable panics; the last one is not recovered.

package main

import "fmt"

// ignoresFalse keeps calling yield after it returned false.
func ignoresFalse(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

var saved func(int) bool

// keeps saves yield so it can be called after the loop is over.
func keeps(yield func(int) bool) {
	saved = yield
	yield(1)
}

// swallows recovers the loop body's panic and returns normally.
func swallows(yield func(int) bool) {
	defer func() {
		fmt.Println("iterator recovered:", recover())
	}()
	yield(1)
}

// resumes recovers the loop body's panic and calls yield again.
func resumes(yield func(int) bool) {
	func() {
		defer func() { fmt.Println("iterator recovered:", recover()) }()
		yield(1)
	}()
	yield(2)
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %T %v\n", name, err, err)
		} else {
			fmt.Println(name, "no error:", r)
		}
	}()
	f()
}

func main() {
	try("ignores false", func() {
		for x := range ignoresFalse {
			fmt.Println("body", x)
			break
		}
	})
	try("called after exit", func() {
		for x := range keeps {
			fmt.Println("body", x)
		}
		saved(2)
	})
	try("swallowed panic", func() {
		for x := range swallows {
			fmt.Println("body", x)
			panic("oops")
		}
	})
	try("resumed after panic", func() {
		for x := range resumes {
			fmt.Println("body", x)
			panic("oops")
		}
	})
	try("well behaved", func() {
		for x := range keeps {
			fmt.Println("body", x)
		}
	})
	for x := range ignoresFalse {
		fmt.Println("last", x)
		if x == 0 {
			break
		}
	}
	fmt.Println("not reached")
}
