// run

package main

import "fmt"

func cleanup() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cleanup failed: %v", r)
		}
	}()
	defer func() {
		fmt.Println("second deferred call panics during a normal return")
		panic("close failed")
	}()
	fmt.Println("body done")
	return nil
}

func unnamedZero() int {
	defer func() { recover() }()
	panic(1)
}

func unnamedAfterReturn() int {
	defer func() { recover() }()
	defer func() { panic("after return") }()
	return 5
}

func main() {
	fmt.Println(cleanup())
	fmt.Println(unnamedZero())
	fmt.Println(unnamedAfterReturn())
}
