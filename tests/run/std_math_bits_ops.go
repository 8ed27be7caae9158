// run

// math/bits: counting, rotating, reversing, lengths and the extended
// arithmetic helpers, on a small bitset type.
package main

import (
	"fmt"
	"math/bits"
)

type BitSet []uint64

func (s *BitSet) Set(i uint) {
	for uint(len(*s)) <= i/64 {
		*s = append(*s, 0)
	}
	(*s)[i/64] |= 1 << (i % 64)
}

func (s BitSet) Count() int {
	n := 0
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return n
}

func (s BitSet) Members() []uint {
	var out []uint
	for wi, w := range s {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, uint(wi*64+t))
			w &= w - 1
		}
	}
	return out
}

func main() {
	var s BitSet
	for _, i := range []uint{1, 3, 64, 65, 127, 200} {
		s.Set(i)
	}
	fmt.Println(s.Count(), s.Members(), len(s))

	for _, x := range []uint32{0, 1, 0x80000000, 0xf0f0, 0xffffffff, 12345} {
		fmt.Println(x, bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x),
			bits.Reverse32(x), bits.ReverseBytes32(x), bits.RotateLeft32(x, 4), bits.RotateLeft32(x, -4))
	}
	for _, x := range []uint64{0, 1, 1 << 63, 0xdeadbeefcafebabe} {
		fmt.Println(x, bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 8))
	}
	fmt.Println(bits.OnesCount8(0xff), bits.Len8(5), bits.Reverse8(1), bits.LeadingZeros8(1), bits.TrailingZeros8(8), bits.RotateLeft8(0x81, 1))
	fmt.Println(bits.OnesCount16(0xffff), bits.Len16(256), bits.Reverse16(1), bits.ReverseBytes16(0x1234), bits.RotateLeft16(1, -1))
	fmt.Println(bits.OnesCount(7), bits.Len(1023), bits.LeadingZeros(1), bits.TrailingZeros(0), bits.UintSize)

	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(0xffffffffffffffff, 0xffffffffffffffff)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r, bits.Rem64(1, 0, 7))
	s32, c32 := bits.Add32(0xffffffff, 1, 0)
	h32, l32 := bits.Mul32(0xffffffff, 2)
	q32, r32 := bits.Div32(0, 100, 7)
	fmt.Println(s32, c32, h32, l32, q32, r32)
	// 128-bit factorial of 25 using Mul64/Add64.
	var h, l uint64 = 0, 1
	for i := uint64(2); i <= 25; i++ {
		hh, ll := bits.Mul64(l, i)
		h = h*i + hh
		l = ll
	}
	fmt.Printf("25! = 0x%016x%016x\n", h, l)
}
