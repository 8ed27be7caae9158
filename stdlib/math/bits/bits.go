// Package bits implements bit counting and manipulation functions for the
// predeclared unsigned integer types.
//
// rgo's math/bits. The operations gc's amd64 build turns into one
// instruction (LZCNT/BSR, TZCNT/BSF, POPCNT, BSWAP, the 128-bit MUL and
// DIV) are runtime intrinsics on uint64 (intrinsics.go), which the
// compiler may inline; the narrower widths widen to them. Reversal swaps
// ever smaller groups of bits; Add and Sub derive the carry from the
// operands' top bits.
package bits

const uintSize = 32 << (^uint(0) >> 63) // 32 or 64

// UintSize is the size of a uint in bits.
const UintSize = uintSize

// --- LeadingZeros ---

// LeadingZeros returns the number of leading zero bits in x; the result
// is UintSize for x == 0.
func LeadingZeros(x uint) int { return clz64(uint64(x)) - (64 - UintSize) }

// LeadingZeros8 returns the number of leading zero bits in x; the result
// is 8 for x == 0.
func LeadingZeros8(x uint8) int { return clz64(uint64(x)) - 56 }

// LeadingZeros16 returns the number of leading zero bits in x; the result
// is 16 for x == 0.
func LeadingZeros16(x uint16) int { return clz64(uint64(x)) - 48 }

// LeadingZeros32 returns the number of leading zero bits in x; the result
// is 32 for x == 0.
func LeadingZeros32(x uint32) int { return clz64(uint64(x)) - 32 }

// LeadingZeros64 returns the number of leading zero bits in x; the result
// is 64 for x == 0.
func LeadingZeros64(x uint64) int { return clz64(x) }

// --- TrailingZeros ---

// TrailingZeros returns the number of trailing zero bits in x; the result
// is UintSize for x == 0.
func TrailingZeros(x uint) int { return ctz64(uint64(x)) } // uint is 64 bits

// TrailingZeros8 returns the number of trailing zero bits in x; the result
// is 8 for x == 0.
func TrailingZeros8(x uint8) int { return ctz64(uint64(x) | 1<<8) }

// TrailingZeros16 returns the number of trailing zero bits in x; the
// result is 16 for x == 0.
func TrailingZeros16(x uint16) int { return ctz64(uint64(x) | 1<<16) }

// TrailingZeros32 returns the number of trailing zero bits in x; the
// result is 32 for x == 0.
func TrailingZeros32(x uint32) int { return ctz64(uint64(x) | 1<<32) }

// TrailingZeros64 returns the number of trailing zero bits in x; the
// result is 64 for x == 0.
func TrailingZeros64(x uint64) int { return ctz64(x) }

// --- OnesCount ---

// OnesCount returns the number of one bits ("population count") in x.
func OnesCount(x uint) int { return popcount64(uint64(x)) }

// OnesCount8 returns the number of one bits ("population count") in x.
func OnesCount8(x uint8) int { return popcount64(uint64(x)) }

// OnesCount16 returns the number of one bits ("population count") in x.
func OnesCount16(x uint16) int { return popcount64(uint64(x)) }

// OnesCount32 returns the number of one bits ("population count") in x.
func OnesCount32(x uint32) int { return popcount64(uint64(x)) }

// OnesCount64 returns the number of one bits ("population count") in x.
func OnesCount64(x uint64) int { return popcount64(x) }

// --- RotateLeft ---

// RotateLeft returns the value of x rotated left by (k mod UintSize) bits.
// To rotate x right by k bits, call RotateLeft(x, -k).
//
// This function's execution time does not depend on the inputs.
func RotateLeft(x uint, k int) uint {
	s := uint(k) & (UintSize - 1)
	return x<<s | x>>(UintSize-s)
}

// RotateLeft8 returns the value of x rotated left by (k mod 8) bits.
// To rotate x right by k bits, call RotateLeft8(x, -k).
//
// This function's execution time does not depend on the inputs.
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 returns the value of x rotated left by (k mod 16) bits.
// To rotate x right by k bits, call RotateLeft16(x, -k).
//
// This function's execution time does not depend on the inputs.
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 returns the value of x rotated left by (k mod 32) bits.
// To rotate x right by k bits, call RotateLeft32(x, -k).
//
// This function's execution time does not depend on the inputs.
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 returns the value of x rotated left by (k mod 64) bits.
// To rotate x right by k bits, call RotateLeft64(x, -k).
//
// This function's execution time does not depend on the inputs.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// --- Reverse ---

// Reverse returns the value of x with its bits in reversed order.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x)) >> (64 - UintSize)) }

// Reverse8 returns the value of x with its bits in reversed order.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 returns the value of x with its bits in reversed order.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 returns the value of x with its bits in reversed order.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// Reverse64 returns the value of x with its bits in reversed order.
func Reverse64(x uint64) uint64 {
	// Swap neighbouring bits, then pairs, then nibbles; the byte order is
	// reversed last.
	x = x>>1&0x5555555555555555 | x&0x5555555555555555<<1
	x = x>>2&0x3333333333333333 | x&0x3333333333333333<<2
	x = x>>4&0x0f0f0f0f0f0f0f0f | x&0x0f0f0f0f0f0f0f0f<<4
	return bswap64(x)
}

// --- ReverseBytes ---

// ReverseBytes returns the value of x with its bytes in reversed order.
//
// This function's execution time does not depend on the inputs.
func ReverseBytes(x uint) uint { return uint(bswap64(uint64(x)) >> (64 - UintSize)) }

// ReverseBytes16 returns the value of x with its bytes in reversed order.
//
// This function's execution time does not depend on the inputs.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 returns the value of x with its bytes in reversed order.
//
// This function's execution time does not depend on the inputs.
func ReverseBytes32(x uint32) uint32 { return uint32(bswap64(uint64(x)) >> 32) }

// ReverseBytes64 returns the value of x with its bytes in reversed order.
//
// This function's execution time does not depend on the inputs.
func ReverseBytes64(x uint64) uint64 { return bswap64(x) }

// --- Len ---

// Len returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len(x uint) int { return 64 - clz64(uint64(x)) }

// Len8 returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len8(x uint8) int { return 64 - clz64(uint64(x)) }

// Len16 returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len16(x uint16) (n int) { return 64 - clz64(uint64(x)) }

// Len32 returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len32(x uint32) (n int) { return 64 - clz64(uint64(x)) }

// Len64 returns the minimum number of bits required to represent x; the
// result is 0 for x == 0.
func Len64(x uint64) (n int) { return 64 - clz64(x) }
