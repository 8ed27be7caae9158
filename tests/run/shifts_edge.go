// run

package main

import "fmt"

func shl64(x int64, s uint) int64   { return x << s }
func shr64(x int64, s uint) int64   { return x >> s }
func ushr32(x uint32, s uint) uint32 { return x >> s }
func shl8(x int8, s int) int8        { return x << s }
func shr8(x int8, s int) int8        { return x >> s }

func main() {
	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65, 200} {
		fmt.Println(s, shl64(1, s), shr64(-8, s), shr64(8, s), ushr32(0x80000000, s))
	}
	for _, s := range []int{0, 1, 7, 8, 9, 100} {
		fmt.Println(s, shl8(1, s), shr8(-128, s), shr8(127, s))
	}
	var u uint64 = 1
	var s8 uint8 = 255
	fmt.Println(u<<s8, u<<(s8-192), -1>>s8)
	var i int = 5
	var sh int64 = 3
	fmt.Println(i<<sh, i>>sh, uint16(i)<<sh)
	// Shift of an untyped constant in a typed context.
	var k uint = 10
	var f int32 = 1 << k
	fmt.Println(f)
	x := 1 << k
	fmt.Printf("%T %v\n", x, x)
	var b byte = 1
	b <<= 7
	fmt.Println(b, b<<1, b>>7)
	mask := ^uint32(0) >> (32 - 12)
	fmt.Printf("%#x\n", mask)
	defer func() { fmt.Println("recovered:", recover()) }()
	neg := -1
	fmt.Println(1 << neg)
}
