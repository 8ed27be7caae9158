// Package micro holds allocation micro-benchmarks (micro_test.go): the
// same operation with its value on the stack and on the heap, so that
// `rgo test -bench . -benchmem` shows what escape analysis saves.
package micro

// Structs of 16 B, 64 B, 1 KiB and 64 KiB.
type (
	S16  struct{ A, B int64 }
	S64  struct{ A [8]int64 }
	S1K  struct{ A [128]int64 }
	S64K struct{ A [8192]int64 }
)

// Sinks: storing into a package variable makes a value escape.
var (
	Sink16   *S16
	Sink64   *S64
	Sink1K   *S1K
	Sink64K  *S64K
	SinkAny  any
	SinkInt  int
	SinkInts []int
	SinkFunc func() int
	SinkBuf  *[1024]byte
	SinkStr  string
)

// Inputs of the tiny-object benchmarks: two-byte strings and a five-byte
// buffer, in variables so that nothing is computed at compile time.
var (
	Pairs = []string{"ab", "cd"}
	Five  = []byte("hello")
)

// Sum16 reads its argument through a pointer that does not escape.
//
//go:noinline
func Sum16(p *S16) int64 { return p.A + p.B }

// Sum64 reads its argument through a pointer that does not escape.
//
//go:noinline
func Sum64(p *S64) int64 { return p.A[0] + p.A[7] }

// Sum1K reads its argument through a pointer that does not escape.
//
//go:noinline
func Sum1K(p *S1K) int64 { return p.A[0] + p.A[127] }

// Sum64K reads its argument through a pointer that does not escape.
//
//go:noinline
func Sum64K(p *S64K) int64 { return p.A[0] + p.A[8191] }

// Apply calls f, which does not escape.
//
//go:noinline
func Apply(f func() int) int { return f() }
