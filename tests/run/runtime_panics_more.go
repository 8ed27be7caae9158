// run

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type T struct{ p *int }

func main() {
	var arr [5]int
	s := arr[:]
	i, j := 6, 2
	try("index", func() { _ = s[i] })
	try("slice hi", func() { _ = s[:i] })
	try("slice lo>hi", func() { _ = s[3:j] })
	try("slice3", func() { _ = s[1:2:i] })
	try("string index", func() { _ = "abc"[i] })
	try("string slice", func() { _ = "abc"[j:i] })
	var m map[string]int
	try("nil map write", func() { m["a"] = 1 })
	try("nil map read ok", func() { fmt.Println("read", m["a"], len(m)) })
	var t *T
	try("nil field", func() { _ = t.p })
	var tt T
	try("nil deref", func() { _ = *tt.p })
	var f func()
	try("nil func", func() { f() })
	var e any = "str"
	try("assert", func() { _ = e.(int) })
	try("assert iface", func() { _ = e.(fmt.Stringer) })
	var ne any
	try("assert nil", func() { _ = ne.(string) })
	zero := 0
	try("div", func() { _ = 10 / zero })
	try("custom error", func() { panic(errors.New("custom")) })
	try("wrapped", func() { panic(fmt.Errorf("wrap: %w", strconv.ErrRange)) })
	try("strconv", func() {
		_, err := strconv.Atoi("12x")
		panic(err)
	})
	try("array conv", func() { _ = [4]int(s[:3]) })
	neg := -1
	try("make neg", func() { _ = make([]int, neg) })
	try("shift neg", func() { _ = 1 << neg })
	try("closed over", func() {
		var arr2 [3]int
		k := 3
		arr2[k%4] = 1
	})
	fmt.Println("now an unrecovered one")
	var pp *[3]int
	fmt.Println(pp[1])
}
