// Differential test: sort (including the order of equal elements under
// the unstable sorts) and sync basics.
package main

import (
	"fmt"
	"math"
	"sort"
	"sync"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type rec struct {
	Key int
	Tag string
}

func main() {
	x := uint64(12345)
	next := func() int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % 1000)
	}
	for _, n := range []int{0, 1, 2, 5, 12, 13, 50, 100, 1000, 5000} {
		a := make([]int, n)
		for i := range a {
			a[i] = next()
		}
		sort.Ints(a)
		fmt.Println(n, sort.IntsAreSorted(a), sort.SearchInts(a, 500), a[:min(n, 10)])
		recs := make([]rec, n)
		for i := range recs {
			recs[i] = rec{next() % 10, fmt.Sprint(i)}
		}
		r2 := append([]rec(nil), recs...)
		sort.Slice(recs, func(i, j int) bool { return recs[i].Key < recs[j].Key })
		sort.SliceStable(r2, func(i, j int) bool { return r2[i].Key < r2[j].Key })
		var s1, s2 string
		for i := range recs {
			s1 += recs[i].Tag + ","
			s2 += r2[i].Tag + ","
		}
		fmt.Println(len(s1), s1[:min(len(s1), 200)])
		fmt.Println(len(s2), s2[:min(len(s2), 200)])
		words := make([]string, n)
		for i := range words {
			words[i] = fmt.Sprint(next() * next())
		}
		w2 := append([]string(nil), words...)
		sort.Sort(byLen(words))
		sort.Stable(byLen(w2))
		fmt.Println(words[:min(n, 12)], w2[:min(n, 12)])
		sort.Sort(sort.Reverse(sort.StringSlice(w2)))
		fmt.Println(w2[:min(n, 8)], sort.StringsAreSorted(w2), sort.IsSorted(sort.Reverse(sort.StringSlice(w2))))
	}
	f := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 2.5, math.NaN()}
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f), sort.SearchFloat64s(f, 2.5))
	s := []string{"pear", "apple", "fig", "banana"}
	sort.Strings(s)
	fmt.Println(s, sort.SearchStrings(s, "c"), sort.Search(100, func(i int) bool { return i*i >= 50 }))
	i, found := sort.Find(len(s), func(i int) int {
		if "fig" < s[i] {
			return -1
		} else if "fig" == s[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
	var mu sync.Mutex
	mu.Lock()
	fmt.Println(mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
	var once sync.Once
	for k := 0; k < 3; k++ {
		once.Do(func() { fmt.Println("once", k) })
	}
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("x")
	fmt.Println(p.Get())
}
