// run

// sync/atomic: counters shared by goroutines, the typed values, CAS loops,
// And/Or, Value with its panics, and how fmt prints the typed values.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

func main() {
	var hits int64
	var ops atomic.Int64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&hits, 1)
				ops.Add(2)
			}
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&hits), ops.Load(), flag.Load())

	var u32 uint32 = 10
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 9, 1), u32)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 10, 1), u32)
	fmt.Println(atomic.SwapUint32(&u32, 7), u32, atomic.AddUint32(&u32, ^uint32(0)), u32)
	var i32 atomic.Int32
	i32.Store(-5)
	fmt.Println(i32.Swap(3), i32.CompareAndSwap(3, 4), i32.Load(), i32.Add(-10))
	var u64 atomic.Uint64
	u64.Store(0b1100)
	fmt.Println(u64.And(0b0110), u64.Or(0b0001), u64.Load())
	fmt.Println(atomic.OrInt32(new(int32), 6), atomic.AndUint64(new(uint64), 1))
	var up atomic.Uintptr
	up.Add(40)
	fmt.Println(up.Load())

	// A lock-free maximum with a CAS loop.
	var max atomic.Int64
	for _, v := range []int64{3, 9, 2, 9, 11, 4} {
		for {
			cur := max.Load()
			if v <= cur || max.CompareAndSwap(cur, v) {
				break
			}
		}
	}
	fmt.Println("max", max.Load())

	var b atomic.Bool
	fmt.Println(b.Swap(true), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	fmt.Println(ops.Load() > 0, fmt.Sprint(&i32) != "", i32.Load())
	var plain atomic.Int64
	plain.Store(5)
	var pb atomic.Bool
	fmt.Printf("%v %+v %v\n", &plain, &pb, &u64)

	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(config{"a", 1})
	old := v.Swap(config{"b", 2})
	fmt.Println(old.(config).name, v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"x", 0}, config{"c", 3}), v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load())
	var w atomic.Value
	fmt.Println(w.CompareAndSwap(nil, 1), w.Load())
	for _, f := range []func(){
		func() { v.Store(nil) },
		func() { v.Store("a string") },
		func() { v.Swap(nil) },
		func() { v.CompareAndSwap(config{}, nil) },
		func() { v.CompareAndSwap(1, config{}) },
		func() { w.Store(2.5) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
