// run

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
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Sizeof(s.A), unsafe.Sizeof(s.D), unsafe.Sizeof(s.E), unsafe.Sizeof(s.F))
	fmt.Println(unsafe.Offsetof(s.A), unsafe.Offsetof(s.B), unsafe.Offsetof(s.C), unsafe.Offsetof(s.D), unsafe.Offsetof(s.F))
	var o Outer
	fmt.Println(unsafe.Offsetof(o.S), unsafe.Offsetof(o.D), unsafe.Sizeof(o), unsafe.Sizeof(1), unsafe.Sizeof(1.5), unsafe.Sizeof("x"))
	x := 42
	p := unsafe.Pointer(&x)
	ip := (*int)(p)
	*ip = 7
	fmt.Println(x, uintptr(p) != 0, p != nil)
	arr := [4]int32{1, 2, 3, 4}
	p2 := unsafe.Add(unsafe.Pointer(&arr[0]), 8)
	fmt.Println(*(*int32)(p2))
	b := []byte("hello")
	str := unsafe.String(&b[0], len(b))
	fmt.Println(str, *unsafe.StringData(str), *unsafe.SliceData(b))
	sl := unsafe.Slice(&arr[1], 2)
	fmt.Println(sl, len(sl), cap(sl))
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%x\n", bits)
	const k = unsafe.Sizeof(int32(0)) * 2
	var a [k]byte
	fmt.Println(len(a))
}
