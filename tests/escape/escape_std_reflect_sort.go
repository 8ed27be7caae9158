// errorcheck -0 -m -l

// What reflect and encoding/hex leak, as gc's summaries say: ValueOf leaks
// its argument to its result; MapKeys and MapIndex copy out of the map;
// MapRange's iterator holds the map; Set leaks both sides; sort.Slice's
// slice escapes (its swapper), SliceIsSorted's does not.

package main

import (
	"encoding/hex"
	"fmt"
	"reflect"
	"sort"
)

func f(v reflect.Value) int { // ERROR "leaking param: v$"
	n := 0
	it := v.MapRange()
	for it.Next() {
		n += int(it.Value().Int())
	}
	return n
}

func g(v reflect.Value) int { return len(v.MapKeys()) } // ERROR "v does not escape$"

func h(v reflect.Value) reflect.Value { return v.MapIndex(reflect.ValueOf("a")) } // ERROR "\"a\" escapes to heap$" "v does not escape$"

type T struct {
	P *int
	S string
}

func set() {
	var t T // ERROR "moved to heap: t$"
	x := 42 // ERROR "moved to heap: x$"
	v := reflect.ValueOf(&t).Elem()
	v.Field(0).Set(reflect.ValueOf(&x))
	v.Field(1).SetString("s")
	fmt.Println(*t.P, t.S) // ERROR "\.\.\. argument does not escape$" "\*t\.P escapes to heap$" "t\.S escapes to heap$"
}

func sorts() {
	a := []int{3, 1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	sort.Slice(a, func(i, j int) bool { return a[i] < a[j] }) // ERROR "func literal does not escape$" "a escapes to heap$"
	b := []int{1, 2} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	fmt.Println(sort.SliceIsSorted(b, func(i, j int) bool { return b[i] < b[j] })) // ERROR "sort\.SliceIsSorted\(b, func literal\) escapes to heap$" "\.\.\. argument does not escape$" "func literal does not escape$" "b does not escape$"
	c := []string{"b", "a"} // ERROR "\[\]string\{\.\.\.\} does not escape$"
	sort.Strings(c)
}

func main() {
	println(f(reflect.ValueOf(map[string]int{"a": 1}))) // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"
	println(g(reflect.ValueOf(map[string]int{"a": 1}))) // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	println(h(reflect.ValueOf(map[string]int{"a": 1})).Int()) // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	println(reflect.ValueOf("str").String()) // ERROR "\"str\" does not escape$"
	set()
	sorts()
	print(hex.Dump([]byte("0123"))) // ERROR "zero\-copy string\->\[\]byte conversion$" "\(\[\]byte\)\(\"0123\"\) does not escape$"
}
