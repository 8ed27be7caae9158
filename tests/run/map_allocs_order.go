// run

// Map allocations are of the same order as gc's. gc's maps (swiss tables:
// a header, then groups of 8 slots, or a directory of tables) and rgo's
// (runtime/src/map.rs: a header and three arrays per table size) allocate
// differently, so their allocs/op and B/op cannot be equal; this checks that
// each of rgo's figures is within a factor of 4 of the figure gc measured for
// the same code (the table below, from go1.27.3 on amd64), and that lookups
// allocate nothing, as in gc. benches/README.md explains the differences.

package main

import (
	"fmt"
	"runtime"
	"testing"
)

var (
	sinkMap    map[int]int
	sinkStrMap map[string]int
	sinkInt    int
)

var keys = func() []string {
	k := make([]string, 1000)
	for i := range k {
		k[i] = fmt.Sprintf("key-%d", i)
	}
	return k
}()

func insertInts(n, hint int) {
	m := make(map[int]int, hint)
	for j := 0; j < n; j++ {
		m[j] = j
	}
	sinkMap = m
}

func insertStrings(hint int) {
	m := make(map[string]int, hint)
	for j, k := range keys {
		m[k] = j
	}
	sinkStrMap = m
}

var lookupMap = func() map[string]int {
	m := make(map[string]int)
	for j, k := range keys {
		m[k] = j
	}
	return m
}()

func lookup() {
	for _, k := range keys {
		sinkInt += lookupMap[k]
	}
}

// gc's allocations and bytes per call, measured with this program's
// measure under go1.27.3.
var cases = []struct {
	name          string
	f             func()
	gcAllocs, gcB uint64
}{
	{"small", func() { insertInts(8, 0) }, 2, 192},
	{"small with hint", func() { insertInts(8, 8) }, 2, 192},
	{"growing", func() { insertInts(1000, 0) }, 22, 74456},
	{"growing with hint", func() { insertInts(1000, 1000) }, 6, 36992},
	{"string keys", func() { insertStrings(0) }, 22, 109072},
	{"string keys with hint", func() { insertStrings(len(keys)) }, 6, 54661},
	{"lookups", lookup, 0, 0},
}

func measure(f func()) (allocs, bytes uint64) {
	allocs = uint64(testing.AllocsPerRun(20, f))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 20; i++ {
		f()
	}
	runtime.ReadMemStats(&after)
	return allocs, (after.TotalAlloc - before.TotalAlloc) / 20
}

// near reports whether got is within a factor of 4 of want (exactly 0 when
// want is 0).
func near(got, want uint64) bool {
	return got <= 4*want && want <= 4*got
}

func main() {
	for _, c := range cases {
		allocs, bytes := measure(c.f)
		fmt.Printf("%s: allocs/op within 4x of gc's %d: %v; B/op within 4x of gc's %d: %v\n",
			c.name, c.gcAllocs, near(allocs, c.gcAllocs), c.gcB, near(bytes, c.gcB))
		if !near(allocs, c.gcAllocs) || !near(bytes, c.gcB) {
			fmt.Printf("\t(measured %d allocs/op, %d B/op)\n", allocs, bytes)
		}
	}
}
