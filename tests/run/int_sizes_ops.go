// run

package main

import "fmt"

type Celsius int16

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 wrap", i8, -i8, i8/-1)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 wrap", u8, u8+1, u8*u8)
	var i16 int16 = -32768
	fmt.Println("int16", i16, -i16, i16-1, i16/-1, i16%-1)
	var u16 uint16 = 65535
	fmt.Println("uint16", u16+1, u16*2, u16>>3, u16<<3)
	var i32 int32 = 1 << 30
	fmt.Println("int32", i32*2, i32*4, i32*3)
	var u32 uint32 = 1<<32 - 1
	fmt.Println("uint32", u32+2, u32*u32, ^u32, -u32)
	var i64 int64 = -1 << 63
	fmt.Println("int64", i64, -i64, i64-1, i64/-1, i64%-1)
	var u64 uint64 = 1<<64 - 1
	fmt.Println("uint64", u64, u64+1, u64/3, u64%7, ^u64)
	c := Celsius(30000)
	c += 5000
	fmt.Println("celsius", c)
	fmt.Printf("%T %v\n", c, c)

	// Bit ops and &^.
	a, b := 0b1100_1010, 0b1010_0110
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var x uint8 = 0xF0
	x &^= 0x30
	fmt.Printf("%08b %#x %o %O\n", x, x, x, x)

	// Mixed conversions with truncation and sign extension.
	n := 300
	fmt.Println(int8(n), uint8(n), int16(n*200), uint16(-n))
	var neg int8 = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), int64(neg))
	var big uint64 = 0xDEADBEEFCAFEBABE
	fmt.Println(int8(big), int16(big), int32(big), int64(big), uint32(big))
	fmt.Printf("%x %X %d\n", uint16(big), uint32(big>>16), int32(big>>8))

	// Increment in loops over small types wraps.
	count := 0
	for v := uint8(250); v != 4; v++ {
		count++
	}
	fmt.Println("loop count", count)

	// Untyped constant arithmetic is exact.
	const huge = 1 << 100
	fmt.Println(huge>>98, huge/(1<<99))
	const f = 1.0 / 3
	fmt.Println(f*3 == 1, int64(f*3e18))

	// Compound ops on array elements and struct fields.
	arr := [3]int8{100, 100, 100}
	arr[0] += 100
	arr[1] *= 3
	arr[2] <<= 2
	fmt.Println(arr)
	type P struct{ X uint16 }
	p := &P{65000}
	p.X += 1000
	fmt.Println(p.X)
}
