// Small-object allocation cost: `small SIZE N` allocates N escaping
// objects of SIZE bytes (16, 64 or 1024) with new(T) in a loop, keeping
// each one reachable only until the next iteration.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type T16 struct{ a, b int }
type T64 struct{ a [8]int }
type T1024 struct{ a [128]int }

var sink16 *T16
var sink64 *T64
var sink1024 *T1024

func loop16(n int) {
	for i := 0; i < n; i++ {
		p := new(T16)
		p.a = i
		sink16 = p
	}
}

func loop64(n int) {
	for i := 0; i < n; i++ {
		p := new(T64)
		p.a[0] = i
		sink64 = p
	}
}

func loop1024(n int) {
	for i := 0; i < n; i++ {
		p := new(T1024)
		p.a[0] = i
		sink1024 = p
	}
}

func main() {
	size, _ := strconv.Atoi(os.Args[1])
	n, _ := strconv.Atoi(os.Args[2])
	switch size {
	case 16:
		loop16(n)
		fmt.Println(sink16.a)
	case 64:
		loop64(n)
		fmt.Println(sink64.a[0])
	case 1024:
		loop1024(n)
		fmt.Println(sink1024.a[0])
	default:
		fmt.Println("size must be 16, 64 or 1024")
		os.Exit(2)
	}
}
