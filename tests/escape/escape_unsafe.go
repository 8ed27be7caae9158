// errorcheck -0 -m -l

package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	A byte
	B int64
	C bool
	D string
	E []int
	F interface{}
}

type Outer struct {
	X int32
	S
}

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Sizeof(s.A), unsafe.Sizeof(s.D), unsafe.Sizeof(s.E), unsafe.Sizeof(s.F)) // ERROR "\.\.\. argument does not escape$" "uintptr\(80\) escapes to heap$" "uintptr\(16\) escapes to heap$" "uintptr\(24\) escapes to heap$" "uintptr\(8\) escapes to heap$" "uintptr\(1\) escapes to heap$"
	fmt.Println(unsafe.Offsetof(s.A), unsafe.Offsetof(s.B), unsafe.Offsetof(s.C), unsafe.Offsetof(s.D), unsafe.Offsetof(s.F)) // ERROR "\.\.\. argument does not escape$" "uintptr\(16\) escapes to heap$" "uintptr\(64\) escapes to heap$" "uintptr\(24\) escapes to heap$" "uintptr\(8\) escapes to heap$" "uintptr\(0\) escapes to heap$"
	var o Outer
	fmt.Println(unsafe.Offsetof(o.S), unsafe.Offsetof(o.D), unsafe.Sizeof(o), unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof("x")) // ERROR "\.\.\. argument does not escape$" "uintptr\(32\) escapes to heap$" "uintptr\(16\) escapes to heap$" "uintptr\(88\) escapes to heap$" "uintptr\(8\) escapes to heap$"
	x := 42
	p := unsafe.Pointer(&x)
	ip := (*int)(p)
	*ip = 7
	fmt.Println(x, uintptr(p) != 0, p != nil) // ERROR "uintptr\(p\) != uintptr\(0\) escapes to heap$" "\.\.\. argument does not escape$" "p != nil escapes to heap$" "x escapes to heap$"
	arr := [4]int32{1, 2, 3, 4} // ERROR "moved to heap: arr$"
	p2 := unsafe.Add(unsafe.Pointer(&arr[0]), 8)
	fmt.Println(*(*int32)(p2)) // ERROR "\*\(\*int32\)\(p2\) escapes to heap$" "\.\.\. argument does not escape$"
	b := []byte("hello") // ERROR "\(\[\]byte\)\(\"hello\"\) escapes to heap$"
	str := unsafe.String(&b[0], len(b))
	fmt.Println(str, *unsafe.StringData(str), *unsafe.SliceData(b)) // ERROR "\*<node unsafe\.StringData> escapes to heap$" "\*<node unsafe\.SliceData> escapes to heap$" "\.\.\. argument does not escape$" "str escapes to heap$"
	sl := unsafe.Slice(&arr[1], 2)
	fmt.Println(sl, len(sl), cap(sl)) // ERROR "\.\.\. argument does not escape$" "cap\(sl\) escapes to heap$" "len\(sl\) escapes to heap$" "sl escapes to heap$"
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%x\n", bits) // ERROR "\.\.\. argument does not escape$" "bits escapes to heap$"
	const k = unsafe.Sizeof(int32(0)) * 2
	var a [k]byte
	fmt.Println(len(a)) // ERROR "\.\.\. argument does not escape$" "8 escapes to heap$"
}
