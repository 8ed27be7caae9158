// run

package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	var i16 int16 = 32767
	i16 += 2
	var i32 int32 = 2147483647
	i32 *= 3
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i8, i16, i32, i64)
	var u8 uint8 = 0
	u8--
	var u16 uint16 = 1000
	u16 *= 1000
	var u32 uint32 = 1 << 31
	u32 <<= 1
	var u64 uint64 = 0
	u64 -= 3
	fmt.Println(u8, u16, u32, u64)
	var m int8 = -128
	fmt.Println(-m, m/-1, m%-1, m*m)
	var m32 int32 = -2147483648
	fmt.Println(-m32, m32/-1, m32%-1)
	var m64 int64 = -9223372036854775808
	one := int64(-1)
	fmt.Println(m64/one, m64%one, -m64)
	var mi = -1 << 63
	neg := -1
	fmt.Println(mi/neg, mi%neg)
	var u uint = 7
	fmt.Println(u/2, u%2, ^u, -u)
	var a uint32 = 0xdeadbeef
	fmt.Println(a/7, a%7, a>>4, int32(a)>>4)
	var x uint8 = 250
	for k := 0; k < 10; k++ {
		x += 1
	}
	fmt.Println(x)
	var h uint32 = 2166136261
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var h64 uint64 = 14695981039346656037
	for _, c := range []byte("hash me") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	fmt.Println(h64)
	fmt.Println(int8(-7)/2, int8(-7)%2, uint8(249)/10, int16(-300)%7)
}
