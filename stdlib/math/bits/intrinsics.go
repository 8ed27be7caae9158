// The single-instruction operations math/bits is built on, bound to the
// runtime (runtime/src/abi.rs); the compiler may inline them as one
// Cranelift instruction each (compiler/src/codegen/intrinsics.rs).

package bits

// clz64 is the number of leading zero bits of x (64 for 0).
//
//rgo:runtime rt_clz64
func clz64(x uint64) int

// ctz64 is the number of trailing zero bits of x (64 for 0).
//
//rgo:runtime rt_ctz64
func ctz64(x uint64) int

// popcount64 is the number of one bits of x.
//
//rgo:runtime rt_popcount64
func popcount64(x uint64) int

// bswap64 reverses the bytes of x.
//
//rgo:runtime rt_bswap64
func bswap64(x uint64) uint64

// mulhi64 is the upper half of the 128-bit product x·y.
//
//rgo:runtime rt_mulhi64
func mulhi64(x, y uint64) uint64

// div128 divides hi·2**64 + lo by y (requires hi < y) and stores the
// remainder in *rem.
//
//go:noescape
//rgo:runtime rt_div128
func div128(hi, lo, y uint64, rem *uint64) uint64
