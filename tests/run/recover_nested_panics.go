// run

package main

import "fmt"

func inner() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("inner recovered: ", r)
		}
	}()
	defer func() {
		panic("panic from deferred call replaces the first")
	}()
	panic("first")
}

func deferredRecovers() (res string) {
	defer func() {
		res = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		// A deferred call that itself panics and recovers internally
		// does not disturb the panic in progress.
		func() {
			defer func() { fmt.Println("local recover:", recover()) }()
			panic("local")
		}()
		fmt.Println("recover here sees the outer panic? ", recover() != nil)
	}()
	panic("outer")
}

func recoverTwice() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
		fmt.Println("again in same call:", recover())
	}()
	panic("once")
}

func main() {
	fmt.Println(inner())
	fmt.Println(deferredRecovers())
	recoverTwice()
}
