// run

// runtime: GC, ReadMemStats counters that only grow, NumGoroutine,
// GOMAXPROCS, NumCPU, Gosched and the GOOS/GOARCH constants.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var sink []byte

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		sink = make([]byte, 1024)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println(after.TotalAlloc-before.TotalAlloc >= 1000*1024, after.Mallocs-before.Mallocs >= 1000, after.NumGC > before.NumGC)
	fmt.Println(after.HeapAlloc > 0, after.Sys > 0, after.Frees <= after.Mallocs)
	fmt.Println(runtime.NumGoroutine(), runtime.GOMAXPROCS(0) >= 1, runtime.NumCPU() >= 1)
	runtime.Gosched()
	fmt.Println(runtime.GOOS, runtime.GOARCH, strings.HasPrefix(runtime.Version(), "go"))
	runtime.KeepAlive(sink)
}
