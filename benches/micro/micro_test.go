package micro

import (
	"sync"
	"testing"
)

// Structs: a local whose address does not escape stays on the stack; one
// stored in a sink is allocated on the heap.

func BenchmarkStack16(b *testing.B) {
	for i := 0; i < b.N; i++ {
		v := S16{A: int64(i)}
		SinkInt += int(Sum16(&v))
	}
}

func BenchmarkHeap16(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Sink16 = &S16{A: int64(i)}
	}
}

func BenchmarkStack64(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var v S64
		v.A[0] = int64(i)
		SinkInt += int(Sum64(&v))
	}
}

func BenchmarkHeap64(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := &S64{}
		p.A[0] = int64(i)
		Sink64 = p
	}
}

func BenchmarkStack1K(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var v S1K
		v.A[0] = int64(i)
		SinkInt += int(Sum1K(&v))
	}
}

func BenchmarkHeap1K(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := new(S1K)
		p.A[0] = int64(i)
		Sink1K = p
	}
}

func BenchmarkStack64K(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var v S64K
		v.A[0] = int64(i)
		SinkInt += int(Sum64K(&v))
	}
}

func BenchmarkHeap64K(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := new(S64K)
		p.A[0] = int64(i)
		Sink64K = p
	}
}

// Closures: one passed to a function that only calls it stays on the
// stack; one stored in a sink is allocated with its captured variable.

func BenchmarkClosureStack(b *testing.B) {
	for i := 0; i < b.N; i++ {
		x := i
		SinkInt += Apply(func() int { return x * 2 })
	}
}

func BenchmarkClosureHeap(b *testing.B) {
	for i := 0; i < b.N; i++ {
		x := i
		SinkFunc = func() int { return x * 2 }
	}
}

// Interface boxing: a non-pointer value converted to an interface is
// copied to the heap, except single-byte values and zero-sized ones.

func BenchmarkBoxInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		SinkAny = i + 1000
	}
}

func BenchmarkBoxByte(b *testing.B) {
	for i := 0; i < b.N; i++ {
		SinkAny = byte(i)
	}
}

func BenchmarkBoxStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		SinkAny = S16{A: int64(i)}
	}
}

func BenchmarkBoxPointer(b *testing.B) {
	p := &S16{}
	for i := 0; i < b.N; i++ {
		SinkAny = p
	}
}

// Tiny objects: pointer-free values smaller than 16 bytes share 16-byte
// blocks (gc's tiny allocator), so a 4-byte value costs 4 bytes and a
// 3-byte string 16/5 of a byte more than its length.

func BenchmarkBoxInt32(b *testing.B) {
	for i := 0; i < b.N; i++ {
		SinkAny = int32(i + 1000)
	}
}

func BenchmarkConcatTiny(b *testing.B) {
	for i := 0; i < b.N; i++ {
		SinkStr = Pairs[i%2] + "z"
	}
}

func BenchmarkBytesToString5(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Five[0] = byte('a' + i%26)
		SinkStr = string(Five)
	}
}

// Append: growing from nil reallocates at each doubling; a pre-sized
// slice allocates once, or not at all when it does not escape.

func BenchmarkAppendGrow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var s []int
		for j := 0; j < 100; j++ {
			s = append(s, j)
		}
		SinkInts = s
	}
}

func BenchmarkAppendPresized(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]int, 0, 100)
		for j := 0; j < 100; j++ {
			s = append(s, j)
		}
		SinkInts = s
	}
}

func BenchmarkAppendPresizedStack(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]int, 0, 100)
		for j := 0; j < 100; j++ {
			s = append(s, j)
		}
		SinkInt += s[99]
	}
}

// sync.Pool: reusing a buffer allocates nothing after the first Get.

var pool = sync.Pool{New: func() any { return new([1024]byte) }}

func BenchmarkPoolReuse(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := pool.Get().(*[1024]byte)
		p[0] = byte(i)
		pool.Put(p)
	}
}

func BenchmarkNoPool(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := new([1024]byte)
		p[0] = byte(i)
		SinkBuf = p
	}
}

// The same allocation counted with testing.AllocsPerRun.
func TestAllocsPerRun(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Sink16 = &S16{} }); n != 1 {
		t.Errorf("heap: %v allocs per run, want 1", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		v := S16{A: 1}
		SinkInt += int(Sum16(&v))
	}); n != 0 {
		t.Errorf("stack: %v allocs per run, want 0", n)
	}
}

// Maps: inserting into a fresh map with and without a size hint, small (8
// entries) and growing (1000), with int and string keys, and looking keys
// up in a small and a large map.
// Their allocation counts come from each implementation's table layout (gc's
// swiss tables, rgo's runtime/src/map.rs), so they are of the same order as
// gc's, not equal (benches/README.md).

var (
	SinkMap    map[int]int
	SinkStrMap map[string]int
)

// keys are 1000 distinct strings made once, so that the benchmarks below
// allocate only for the maps.
var keys = func() []string {
	k := make([]string, 1000)
	for i := range k {
		k[i] = "key-" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
	}
	return k
}()

func BenchmarkMapInsertSmall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int)
		for j := 0; j < 8; j++ {
			m[j] = j
		}
		SinkMap = m
	}
}

func BenchmarkMapInsertSmallHint(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int, 8)
		for j := 0; j < 8; j++ {
			m[j] = j
		}
		SinkMap = m
	}
}

func BenchmarkMapInsertLarge(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int)
		for j := 0; j < 1000; j++ {
			m[j] = j
		}
		SinkMap = m
	}
}

func BenchmarkMapInsertLargeHint(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int, 1000)
		for j := 0; j < 1000; j++ {
			m[j] = j
		}
		SinkMap = m
	}
}

func BenchmarkMapInsertString(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[string]int)
		for j, k := range keys {
			m[k] = j
		}
		SinkStrMap = m
	}
}

func BenchmarkMapInsertStringHint(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[string]int, len(keys))
		for j, k := range keys {
			m[k] = j
		}
		SinkStrMap = m
	}
}

func lookups(b *testing.B, n int) {
	m := make(map[int]int, n)
	for j := 0; j < n; j++ {
		m[j] = j
	}
	b.ResetTimer()
	s := 0
	for i := 0; i < b.N; i++ {
		s += m[i%n]
	}
	SinkInt += s
}

func BenchmarkMapLookupSmall(b *testing.B) { lookups(b, 8) }

func BenchmarkMapLookupLarge(b *testing.B) { lookups(b, 100000) }

func BenchmarkMapLookupString(b *testing.B) {
	m := make(map[string]int, len(keys))
	for j, k := range keys {
		m[k] = j
	}
	b.ResetTimer()
	s := 0
	for i := 0; i < b.N; i++ {
		s += m[keys[i%len(keys)]]
	}
	SinkInt += s
}
