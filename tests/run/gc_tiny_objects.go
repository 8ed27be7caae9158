// run

// Tiny objects (pointer-free values under 16 bytes, which gc packs into
// shared 16-byte blocks) keep their values across collections while any of
// them is referenced, also through a pointer into the middle of one, and
// MemStats counts them the way gc does.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type pair struct{ a, b int16 }

var (
	sink32 *int32
	ints   []*int32
	strs   []string
	pairs  []*pair
	mids   []*int32
	bytes  [][]byte
)

func main() {
	for i := 0; i < 6000; i++ {
		p := new(int32)
		*p = int32(i)
		if i%3 == 0 {
			ints = append(ints, p)
		}
		s := strconv.Itoa(i) // one to five bytes
		if i%7 == 0 {
			strs = append(strs, s)
		}
		q := &pair{int16(i), int16(-i)}
		if i%5 == 0 {
			pairs = append(pairs, q)
		}
		// Only a pointer to the middle element of a 12-byte array is kept.
		arr := new([3]int32)
		arr[0], arr[1], arr[2] = int32(i), int32(2*i), int32(3*i)
		if i%11 == 0 {
			mids = append(mids, &arr[1])
		}
		b := []byte(s[:1])
		if i%13 == 0 {
			bytes = append(bytes, b)
		}
		if i%1000 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	sum := 0
	for _, p := range ints {
		sum += int(*p)
	}
	fmt.Println("ints", len(ints), sum)
	n := 0
	for _, s := range strs {
		v, err := strconv.Atoi(s)
		if err != nil || v%7 != 0 {
			fmt.Println("bad string", s)
		}
		n += len(s)
	}
	fmt.Println("strings", len(strs), n)
	bad := 0
	for i, q := range pairs {
		if int(q.a) != int(int16(5*i)) || q.b != -q.a {
			bad++
		}
	}
	fmt.Println("pairs", len(pairs), "bad", bad)
	sum = 0
	for _, m := range mids {
		sum += int(*m)
	}
	fmt.Println("middles", len(mids), sum)
	n = 0
	for _, b := range bytes {
		n += int(b[0] - '0')
	}
	fmt.Println("bytes", len(bytes), n)

	// 20000 four-byte objects, three of every four placed into a block
	// another one opened: MemStats counts each object as a malloc, the
	// blocks' bytes as allocated, and the objects that shared a block as
	// freed at once.
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 20000; i++ {
		p := new(int32)
		*p = int32(i)
		sink32 = p
	}
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs counted:", after.Mallocs-before.Mallocs >= 20000)
	fmt.Println("bytes below the 8-byte class:", after.TotalAlloc-before.TotalAlloc < 20000*6)
	fmt.Println("shared objects freed:", after.Frees-before.Frees >= 15000)
	fmt.Println("objects = mallocs - frees:", after.HeapObjects == after.Mallocs-after.Frees)
}
