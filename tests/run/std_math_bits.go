// run

// math/bits: counting, rotating and reversing bits, byte swaps, and the
// full-width Add, Sub, Mul, Div and Rem helpers.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0xdeadbeef, 1 << 63, math.MaxUint64, 0x0123456789abcdef} {
		fmt.Println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.RotateLeft64(x, 8), bits.RotateLeft64(x, -4), bits.Reverse64(x), bits.ReverseBytes64(x))
		fmt.Println("  ", bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.OnesCount32(uint32(x)), bits.Len32(uint32(x)), bits.Reverse32(uint32(x)), bits.ReverseBytes32(uint32(x)), bits.RotateLeft32(uint32(x), 3))
		fmt.Println("  ", bits.LeadingZeros16(uint16(x)), bits.OnesCount16(uint16(x)), bits.Reverse16(uint16(x)), bits.ReverseBytes16(uint16(x)), bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.OnesCount8(uint8(x)), bits.Reverse8(uint8(x)), bits.Len8(uint8(x)), bits.RotateLeft8(uint8(x), 1))
		fmt.Println("  ", bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)), bits.Reverse(uint(x)), bits.ReverseBytes(uint(x)), bits.RotateLeft(uint(x), 1))
	}
	fmt.Println(bits.UintSize)
	s, c := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(s, c)
	s, c = bits.Add64(5, 6, 1)
	fmt.Println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	d, b = bits.Sub64(10, 3, 1)
	fmt.Println(d, b)
	hi, lo := bits.Mul64(math.MaxUint64, math.MaxUint64)
	fmt.Println(hi, lo)
	hi, lo = bits.Mul64(1<<32, 1<<32)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r, bits.Rem64(5, 7, 9))
	s32, c32 := bits.Add32(math.MaxUint32, 2, 0)
	h32, l32 := bits.Mul32(0xffff_ffff, 2)
	q32, r32 := bits.Div32(1, 5, 7)
	fmt.Println(s32, c32, h32, l32, q32, r32)
	su, cu := bits.Add(1, 2, 1)
	mh, ml := bits.Mul(3, 4)
	fmt.Println(su, cu, mh, ml, bits.Rem(0, 100, 7))
	// A 128-bit multiply-and-add by hand.
	var acc [2]uint64
	for i := uint64(1); i <= 20; i++ {
		h, l := bits.Mul64(i*0x9e3779b97f4a7c15, 0xfedcba9876543210)
		var carry uint64
		acc[1], carry = bits.Add64(acc[1], l, 0)
		acc[0], _ = bits.Add64(acc[0], h, carry)
	}
	fmt.Printf("%016x%016x\n", acc[0], acc[1])
}
