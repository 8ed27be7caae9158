// run

// runtime.GC and runtime.ReadMemStats: counters move the way gc's do.
package main

import (
	"fmt"
	"runtime"
)

type big struct{ a [64]int }

var keep []*big

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 20000; i++ {
		b := &big{}
		b.a[0] = i
		if i%1000 == 0 {
			keep = append(keep, b)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs grew:", after.Mallocs-before.Mallocs >= 20000)
	fmt.Println("frees grew:", after.Frees-before.Frees >= 18000)
	fmt.Println("total alloc grew:", after.TotalAlloc-before.TotalAlloc >= 20000*512)
	fmt.Println("heap shrank below 8 MB:", after.HeapAlloc < 8<<20)
	fmt.Println("alloc == heap alloc:", after.Alloc == after.HeapAlloc)
	fmt.Println("objects = mallocs - frees:", after.HeapObjects == after.Mallocs-after.Frees)
	fmt.Println("inuse >= alloc:", after.HeapInuse >= after.HeapAlloc)
	fmt.Println("sys >= inuse:", after.Sys >= after.HeapInuse)
	fmt.Println("collections:", after.NumGC > before.NumGC, after.NumForcedGC >= 1)
	fmt.Println("pause recorded:", after.PauseTotalNs > 0, after.PauseNs[(after.NumGC+255)%256] > 0)
	sum := 0
	for _, b := range keep {
		sum += b.a[0]
	}
	fmt.Println(len(keep), sum)
}
