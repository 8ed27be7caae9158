// errorcheck -0 -m -l

package main

// gc implements parts of its standard library in assembly, or calls the
// runtime through body-less declarations: escape analysis sees no body.
// With //go:noescape (bytealg.Compare, bytealg.Count) nothing leaks but the
// arguments count as written, so []byte("...") gets no zero-copy view;
// without it (runtime.cmpstring under strings.Compare, the sync/atomic
// pointer intrinsics) every argument leaks.

import (
	"bytes"
	"fmt"
	"strings"
	"sync/atomic"
)

type person struct{ name string }

func cmpNames(a, b *person) int { return strings.Compare(a.name, b.name) } // ERROR "leaking param content: a$" "leaking param content: b$"

func viaSprint(x int) int { return strings.Compare(fmt.Sprint(x), "1") } // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"

// atomic.Value's methods reach its words through the pointer intrinsics:
// a Value declared here moves to the heap.
func values() any {
	var v atomic.Value // ERROR "moved to heap: v$"
	v.Store(person{"v"}) // ERROR "person\{\.\.\.\} escapes to heap$"
	var w atomic.Value // ERROR "moved to heap: w$"
	w.CompareAndSwap(nil, 1) // ERROR "1 escapes to heap$"
	return v.Load()
}

func main() {
	fmt.Println(bytes.Compare([]byte("a"), []byte("b"))) // ERROR "bytes\.Compare\(\(\[\]byte\)\(\"a\"\), \(\[\]byte\)\(\"b\"\)\) escapes to heap$" "\(\[\]byte\)\(\"a\"\) does not escape$" "\(\[\]byte\)\(\"b\"\) does not escape$" "\.\.\. argument does not escape$"
	fmt.Println(bytes.Equal([]byte("a"), []byte("b"))) // ERROR "bytes\.Equal\(\(\[\]byte\)\(\"a\"\), \(\[\]byte\)\(\"b\"\)\) escapes to heap$" "zero\-copy string\->\[\]byte conversion$" "\(\[\]byte\)\(\"a\"\) does not escape$" "\(\[\]byte\)\(\"b\"\) does not escape$" "\.\.\. argument does not escape$"
	fmt.Println(bytes.Count([]byte("banana"), []byte("a")), bytes.Count([]byte("banana"), []byte("an"))) // ERROR "bytes\.Count\(\(\[\]byte\)\(\"banana\"\), \(\[\]byte\)\(\"an\"\)\) escapes to heap$" "bytes\.Count\(\(\[\]byte\)\(\"banana\"\), \(\[\]byte\)\(\"a\"\)\) escapes to heap$" "\(\[\]byte\)\(\"banana\"\) does not escape$" "\(\[\]byte\)\(\"an\"\) does not escape$" "\(\[\]byte\)\(\"a\"\) does not escape$" "\.\.\. argument does not escape$"
	fmt.Println(strings.Count("cheese", "e"), strings.Compare("a", "b")) // ERROR "strings\.Count\(\"cheese\", \"e\"\) escapes to heap$" "strings\.Compare\(\"a\", \"b\"\) escapes to heap$" "\.\.\. argument does not escape$"
	var p atomic.Pointer[person] // ERROR "moved to heap: p$"
	p.Store(&person{"x"}) // ERROR "\&person\{\.\.\.\} escapes to heap$"
	fmt.Println(p.Load().name, cmpNames(&person{"a"}, &person{"b"}), viaSprint(1), values()) // ERROR "\(\*atomic\.Pointer\[go\.shape\.struct \{ main\.name string \}\]\)\.Load\(p, \&atomic\.\.dict\.Pointer\[main\.person\]\)\.name escapes to heap$" "cmpNames\(\&person\{\.\.\.\}, \&person\{\.\.\.\}\) escapes to heap$" "\.\.\. argument does not escape$" "\&person\{\.\.\.\} does not escape$" "viaSprint\(1\) escapes to heap$"
}
