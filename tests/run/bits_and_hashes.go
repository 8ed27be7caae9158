// run

package main

import (
	"fmt"
	"math/bits"
)

type Bitset []uint64

func NewBitset(n int) Bitset      { return make(Bitset, (n+63)/64) }
func (b Bitset) Set(i int)        { b[i/64] |= 1 << uint(i%64) }
func (b Bitset) Clear(i int)      { b[i/64] &^= 1 << uint(i%64) }
func (b Bitset) Has(i int) bool   { return b[i/64]&(1<<uint(i%64)) != 0 }
func (b Bitset) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

func sieve(n int) Bitset {
	composite := NewBitset(n + 1)
	composite.Set(0)
	composite.Set(1)
	for i := 2; i*i <= n; i++ {
		if !composite.Has(i) {
			for j := i * i; j <= n; j += i {
				composite.Set(j)
			}
		}
	}
	return composite
}

func crc32(data []byte) uint32 {
	var table [256]uint32
	for i := range table {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 != 0 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		table[i] = c
	}
	crc := ^uint32(0)
	for _, b := range data {
		crc = table[byte(crc)^b] ^ (crc >> 8)
	}
	return ^crc
}

func xorshift(s *uint64) uint64 {
	x := *s
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	*s = x
	return x
}

func main() {
	c := sieve(1000)
	fmt.Println(1001-c.Count(), c.Has(997), c.Has(999))
	fmt.Printf("%08x %08x\n", crc32([]byte("The quick brown fox jumps over the lazy dog")), crc32(nil))
	s := uint64(88172645463325252)
	for i := 0; i < 5; i++ {
		fmt.Print(xorshift(&s)%1000, " ")
	}
	fmt.Println()
	for _, x := range []uint32{0, 1, 0x80000000, 0xF0F0, 12345} {
		fmt.Println(x, bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x), bits.Reverse32(x), bits.RotateLeft32(x, 5))
	}
	hi, lo := bits.Mul64(1<<63+5, 1<<40+3)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	var x uint8 = 0b1011_0110
	fmt.Printf("%08b %08b %08b %08b %d\n", x, x>>2, x<<3, ^x, x&-x)
	fmt.Printf("%#x %#o %b %o %X\n", 255, 8, 5, 64, 0xbeef)
}
