// Package bytealg holds the byte-search primitives strings and bytes build
// on (gc's internal/bytealg). gc implements them in SIMD assembly; rgo binds
// them to the runtime, which calls the C library's vectorised memchr and
// memmem.
package bytealg

// IndexByteString returns the index of the first c in s, or -1.
//
//go:noescape
//rgo:runtime rt_indexbytestring
func IndexByteString(s string, c byte) int

// IndexByte returns the index of the first c in b, or -1.
//
//go:noescape
//rgo:runtime rt_indexbyte
func IndexByte(b []byte, c byte) int

// IndexString returns the index of the first instance of sub in s, or -1.
//
//go:noescape
//rgo:runtime rt_indexstring
func IndexString(s, sub string) int

// Index returns the index of the first instance of sub in b, or -1.
//
//go:noescape
//rgo:runtime rt_index
func Index(b, sub []byte) int
