// run

// math/rand with explicit sources: the same seed gives gc's sequence for
// every method (Int63, Uint32, Uint64, Int31, Int, Int63n, Int31n, Intn,
// Float64, Float32, Perm, Shuffle, Read), reseeding restarts it, and the
// argument panics. The top-level functions are random per run, so only
// their ranges are checked.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	for _, seed := range []int64{1, 42, 0, -7, 1 << 40, 89482311} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
		fmt.Println(" ", r.Int63n(1000), r.Int63n(1<<40), r.Int63n(3), r.Int31n(10), r.Int31n(1<<20), r.Intn(6), r.Intn(1<<33))
		fmt.Printf("  %.17g %.9g\n", r.Float64(), r.Float32())
		fmt.Println(" ", r.Perm(10))
		words := strings.Fields("a b c d e f g h i j k l")
		r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
		fmt.Println(" ", words)
		buf := make([]byte, 10)
		n, err := r.Read(buf[:3])
		r.Read(buf[3:])
		fmt.Println(" ", n, err, buf)
	}
	r := rand.New(rand.NewSource(99))
	a := []int{r.Intn(100), r.Intn(100), r.Intn(100)}
	r.Seed(99)
	b := []int{r.Intn(100), r.Intn(100), r.Intn(100)}
	fmt.Println(a, b)

	// A dice simulation, a typical use.
	dice := rand.New(rand.NewSource(2024))
	counts := make([]int, 7)
	for i := 0; i < 6000; i++ {
		counts[dice.Intn(6)+1]++
	}
	fmt.Println(counts)

	// A Source of one's own.
	type counter struct{ rand.Source }
	src := rand.NewSource(5)
	s64, ok := src.(rand.Source64)
	fmt.Println(ok, s64.Uint64())
	mine := rand.New(counter{src})
	fmt.Println(mine.Uint64(), mine.Intn(50))

	for i := 0; i < 100; i++ {
		if v := rand.Intn(10); v < 0 || v >= 10 {
			fmt.Println("out of range", v)
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			fmt.Println("out of range", f)
		}
	}
	p := rand.Perm(5)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	rand.Seed(1)
	fmt.Println(len(p), len(seen), rand.Int63() >= 0)
	for _, f := range []func(){
		func() { r.Intn(0) },
		func() { r.Int63n(-1) },
		func() { r.Int31n(0) },
		func() { r.Shuffle(-1, nil) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
