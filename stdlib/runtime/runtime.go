// Package runtime contains operations that interact with Go's runtime
// system: GC, ReadMemStats (gc's MemStats layout, filled by the rgo
// runtime), goroutines (Gosched, NumGoroutine; the rgo scheduler runs them
// all on one thread, so GOMAXPROCS is 1), and
// the constants GOOS and GOARCH.
package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the binary.
const Compiler = "rgo"

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types
	// that are run time errors from ordinary errors.
	RuntimeError()
}

// GC runs a garbage collection, blocking the caller until it is complete
// (even with GOGC=off, as in gc).
//
//rgo:runtime rt_gc
func GC()

// The runtime only writes the statistics into *m (as gc's ReadMemStats,
// whose m does not escape).
//
//rgo:runtime rt_readmemstats
//go:noescape
func readmemstats(m *MemStats)

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	readmemstats(m)
}

// Version returns the Go language version rgo implements (gc's
// runtime.Version returns the toolchain's version string).
func Version() string { return "go1.27.3" }

// NumGoroutine returns the number of goroutines that currently exist.
//
//rgo:runtime rt_numgoroutine
func NumGoroutine() int

// GOMAXPROCS returns the previous setting of the maximum number of CPUs
// that can execute simultaneously (always 1 in rgo) and ignores n.
func GOMAXPROCS(n int) int { return 1 }

// NumCPU returns the number of logical CPUs usable by the current process
// as rgo schedules it (1).
func NumCPU() int { return 1 }

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
//
//rgo:runtime rt_gosched
func Gosched()

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// A MemStats records statistics about the memory allocator. The layout is
// gc's runtime.MemStats (the rgo runtime fills it: runtime/src/alloc).
type MemStats struct {
	// General statistics.
	Alloc      uint64
	TotalAlloc uint64
	Sys        uint64
	Lookups    uint64
	Mallocs    uint64
	Frees      uint64

	// Heap memory statistics.
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	// Stack memory statistics.
	StackInuse uint64
	StackSys   uint64

	// Off-heap memory statistics.
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	// Garbage collector statistics.
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	// BySize reports per-size class allocation statistics.
	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// Goexit terminates the goroutine that calls it, after running its
// deferred calls. No other goroutine is affected. (Goexit in the main
// goroutine outside a test is gc's "no goroutines" fatal error.)
//
//rgo:runtime rt_goexit
func Goexit()
