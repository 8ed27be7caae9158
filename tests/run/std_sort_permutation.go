// run

// sort.Sort and sort.Slice leave equal elements in an unspecified order,
// which programs nevertheless print. This sorts many slices full of
// duplicates (random, ascending, descending, sawtooth, organ-pipe, nearly
// sorted, all equal; lengths 0 to 3000) and prints where each element came
// from, plus how many times Less and Swap were called. It also sorts with
// a Less that answers at random, which drives the sort into its
// pattern-breaking and heap-sort fallbacks.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	key    int
	origin int
}

type byKey struct {
	items        []item
	less, swaps  int
	randomAnswer uint64 // when nonzero, Less says true once in randomAnswer calls
	rng          *lcg
}

func (b *byKey) Len() int { return len(b.items) }
func (b *byKey) Less(i, j int) bool {
	b.less++
	if b.randomAnswer != 0 {
		return b.rng.next()%b.randomAnswer == 0
	}
	return b.items[i].key < b.items[j].key
}
func (b *byKey) Swap(i, j int) {
	b.swaps++
	b.items[i], b.items[j] = b.items[j], b.items[i]
}

type lcg struct{ state uint64 }

func (r *lcg) next() uint64 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return r.state >> 33
}

func makeKeys(shape string, n int, r *lcg) []int {
	keys := make([]int, n)
	distinct := n/7 + 2
	for i := range keys {
		switch shape {
		case "random":
			keys[i] = int(r.next() % uint64(distinct))
		case "ascending":
			keys[i] = i / 3
		case "descending":
			keys[i] = (n - i) / 3
		case "sawtooth":
			keys[i] = i % 11
		case "organ":
			if i < n/2 {
				keys[i] = i / 2
			} else {
				keys[i] = (n - i) / 2
			}
		case "nearly":
			keys[i] = i / 2
		case "equal":
			keys[i] = 7
		}
	}
	if shape == "nearly" && n > 1 {
		for k := 0; k < 3; k++ {
			a, b := int(r.next()%uint64(n)), int(r.next()%uint64(n))
			keys[a], keys[b] = keys[b], keys[a]
		}
	}
	return keys
}

// digest folds a permutation into one number (FNV-1a over the origins).
func digest(items []item) uint64 {
	h := uint64(14695981039346656037)
	for _, it := range items {
		h ^= uint64(it.origin)
		h *= 1099511628211
	}
	return h
}

func show(label string, items []item, less, swaps int) {
	if len(items) <= 40 {
		fmt.Print(label, " ")
		for _, it := range items {
			fmt.Print(it.origin, ":", it.key, " ")
		}
		fmt.Println("less", less, "swaps", swaps)
		return
	}
	sorted := true
	for i := 1; i < len(items); i++ {
		if items[i].key < items[i-1].key {
			sorted = false
		}
	}
	fmt.Printf("%s sorted=%v digest=%x first=%v last=%v less=%d swaps=%d\n", label, sorted,
		digest(items), items[0], items[len(items)-1], less, swaps)
}

func toItems(keys []int) []item {
	items := make([]item, len(keys))
	for i, k := range keys {
		items[i] = item{k, i}
	}
	return items
}

func main() {
	r := &lcg{12345}
	shapes := []string{"random", "ascending", "descending", "sawtooth", "organ", "nearly", "equal"}
	lengths := []int{0, 1, 2, 5, 12, 13, 20, 33, 49, 50, 51, 64, 100, 257, 1000, 3000}
	for _, shape := range shapes {
		for _, n := range lengths {
			keys := makeKeys(shape, n, r)

			b := &byKey{items: toItems(keys)}
			sort.Sort(b)
			show(fmt.Sprintf("Sort/%s/%d", shape, n), b.items, b.less, b.swaps)

			items := toItems(keys)
			calls := 0
			sort.Slice(items, func(i, j int) bool {
				calls++
				return items[i].key < items[j].key
			})
			show(fmt.Sprintf("Slice/%s/%d", shape, n), items, calls, 0)

			s := &byKey{items: toItems(keys)}
			sort.Stable(s)
			show(fmt.Sprintf("Stable/%s/%d", shape, n), s.items, s.less, s.swaps)
		}
	}

	// Reverse ordering of the same data goes through the same machinery.
	keys := makeKeys("random", 200, r)
	rb := &byKey{items: toItems(keys)}
	sort.Sort(sort.Reverse(rb))
	show("Reverse/random/200", rb.items, rb.less, rb.swaps)

	// A Less answering at random: only the sequence of decisions matters.
	// Rarely true answers make lopsided partitions, so the heap-sort
	// fallback runs.
	for _, odds := range []uint64{2, 3, 16, 50} {
		for _, n := range []int{10, 60, 300, 2000} {
			b := &byKey{items: toItems(makeKeys("random", n, r)), randomAnswer: odds, rng: &lcg{uint64(n)}}
			sort.Sort(b)
			fmt.Printf("random-less 1/%d Sort/%d digest=%x less=%d swaps=%d\n", odds, n, digest(b.items), b.less, b.swaps)
			s := &byKey{items: toItems(makeKeys("random", n, r)), randomAnswer: odds, rng: &lcg{uint64(n) + 1}}
			sort.Stable(s)
			fmt.Printf("random-less 1/%d Stable/%d digest=%x less=%d swaps=%d\n", odds, n, digest(s.items), s.less, s.swaps)
		}
	}

	// Float64s: -0 and +0 are equal, NaNs go first; print the signs.
	fs := []float64{3, 0, -1, 0, 2, 0, 0, -1, 5, 0, 0, 4, 0, 1, 0, 0, 2, 0, 0, 3, 0}
	for i := range fs {
		if i%3 == 0 && fs[i] == 0 {
			fs[i] = -fs[i] // a negative zero
		}
	}
	nan := 0.0
	nan = nan / nan
	fs = append(fs, nan, 0, nan)
	sort.Float64s(fs)
	for _, f := range fs {
		fmt.Printf("%v ", f)
	}
	fmt.Println(sort.Float64sAreSorted(fs))
}
