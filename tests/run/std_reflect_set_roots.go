// run

package main

import (
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"strings"
)

type T struct {
	P *int
	S string
	L []string
}

func build(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(byte('a' + i%26))
	}
	return b.String()
}

func main() {
	var t T
	x := 42
	v := reflect.ValueOf(&t).Elem()
	v.Field(0).Set(reflect.ValueOf(&x))
	s := build(10)
	v.Field(1).SetString(s)
	v.Field(2).Set(reflect.ValueOf([]string{build(3), build(4)}))
	runtime.GC()
	fmt.Println(*t.P, t.S, t.L)
	words := strings.Fields("pear apple fig banana kiwi")
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	fmt.Println(words, sort.SliceIsSorted(words, func(i, j int) bool { return words[i] < words[j] }))
	rv := reflect.ValueOf(t)
	str := rv.Field(1).String()
	runtime.GC()
	fmt.Println(str, rv.Field(2).Index(1).Interface(), rv.NumField())
	m := map[string]int{"a": 1, "b": 2}
	mv := reflect.ValueOf(m)
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("b")))
	var iface any = &t
	e := reflect.ValueOf(iface).Elem().Field(2).Interface().([]string)
	runtime.GC()
	fmt.Println(e)
}
