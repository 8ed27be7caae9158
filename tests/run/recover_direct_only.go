// run

package main

import "fmt"

func helper() {
	if r := recover(); r != nil {
		fmt.Println("helper recovered:", r)
	} else {
		fmt.Println("helper: recover returned nil")
	}
}

func viaDeferredHelper() {
	defer helper()
	panic("direct helper")
}

func nestedCall() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recovered: ", recover())
	}()
	defer func() {
		helper()
	}()
	panic("helper called indirectly")
}

func deferRecoverBuiltin() (msg string) {
	defer func() {
		msg = fmt.Sprint("caught after defer recover(): ", recover())
	}()
	defer recover()
	panic("builtin")
}

func notPanicking() {
	fmt.Println("recover outside panic:", recover())
	defer func() {
		fmt.Println("deferred recover without panic:", recover())
	}()
}

func withArgs() (n int) {
	defer func(k int) {
		if r := recover(); r != nil {
			n = k
		}
	}(7)
	panic("with args")
}

type R struct{ name string }

func (r *R) Recover() {
	if v := recover(); v != nil {
		fmt.Println(r.name, "method recovered:", v)
	}
}

func viaMethod() {
	r := &R{"rec"}
	defer r.Recover()
	panic("method")
}

func main() {
	viaDeferredHelper()
	fmt.Println(nestedCall())
	fmt.Println(deferRecoverBuiltin())
	notPanicking()
	fmt.Println(withArgs())
	viaMethod()
	fmt.Println("end")
}
