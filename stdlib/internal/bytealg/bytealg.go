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

// The functions below have Go bodies, but gc's are written in assembly (or
// call the runtime through a body-less declaration), and escape analysis
// must see what gc sees: //rgo:asm summarises each as that body-less
// declaration (with //go:noescape: nothing leaks, but the arguments count
// as written through; without: every argument leaks).

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b.
//
//go:noescape
//rgo:asm
func Compare(a, b []byte) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return +1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return +1
	}
	return 0
}

// CompareString is Compare for strings (gc's calls runtime.cmpstring, a
// body-less declaration without //go:noescape).
//
//rgo:asm
func CompareString(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

// Count returns the number of instances of c in b.
//
//go:noescape
//rgo:asm
func Count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

// CountString returns the number of instances of c in s.
//
//go:noescape
//rgo:asm
func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}
