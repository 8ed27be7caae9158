// run

package main

import (
	"fmt"
	"runtime"
)

type P struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %T %v error=%v runtime=%v\n", name, r, r, isErr, isRuntime)
		if isErr {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

func main() {
	var s []int
	arr := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = arr[i] })
	try("negative index", func() { j := -1; _ = arr[j] })
	try("slice", func() { _ = arr[1:i] })
	try("slice order", func() { j := 2; k := 1; _ = arr[j:k] })
	try("nil slice", func() { _ = s[0] })
	try("string index", func() { str := "abc"; _ = str[i] })
	zero := 0
	try("divide", func() { fmt.Println(10 / zero) })
	try("modulo", func() { fmt.Println(10 % zero) })
	var p *P
	try("nil deref", func() { fmt.Println(p.x) })
	var x any = "str"
	try("assert", func() { fmt.Println(x.(int)) })
	var e any
	try("assert nil", func() { fmt.Println(e.(string)) })
	try("assert iface", func() { fmt.Println(x.(fmt.Stringer)) })
	sh := uint(0)
	neg := -1
	try("shift", func() { fmt.Println(1 << (sh + uint(neg))) })
	try("negative shift", func() { fmt.Println(1 << neg) })
	try("panic value", func() { panic(fmt.Sprintf("custom %d", 42)) })
	try("panic nil", func() { panic(nil) })
	try("no panic", func() {})
	var fn func()
	try("nil func", func() { fn() })
}
