// run

// The runtime package's introspection on one goroutine: GOMAXPROCS,
// NumGoroutine, GC, ReadMemStats counters growing, Gosched, GOOS/GOARCH.
package main

import (
	"fmt"
	"runtime"
)

var sink [][]byte

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler != "")
	fmt.Println(runtime.NumGoroutine(), runtime.GOMAXPROCS(0) >= 1, runtime.NumCPU() >= 1)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		sink = append(sink, make([]byte, 1024))
	}
	runtime.ReadMemStats(&after)
	fmt.Println(after.Mallocs > before.Mallocs, after.TotalAlloc-before.TotalAlloc >= 1000*1024, after.HeapAlloc > 0)
	sink = nil
	runtime.GC()
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	fmt.Println(st.NumGC > after.NumGC, st.Frees > 0, st.Sys > 0)
	runtime.Gosched()
	fmt.Println("done")
}
