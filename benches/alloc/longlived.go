// A long-lived heap with churn: `longlived MB ROUNDS` keeps about MB
// megabytes of small linked records alive (a table of lists), then
// repeatedly replaces random records and allocates short-lived garbage
// strings and slices. Prints a checksum and the longest GC pause seen.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

type Rec struct {
	next *Rec
	key  int
	name string
	vals []int
}

func main() {
	mb, _ := strconv.Atoi(os.Args[1])
	rounds, _ := strconv.Atoi(os.Args[2])
	// A Rec with its name and 4-int slice takes about 112 bytes.
	n := mb << 20 / 112
	table := make([]*Rec, 1024)
	seed := uint32(1)
	rnd := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 8)
	}
	for i := 0; i < n; i++ {
		b := i % len(table)
		table[b] = &Rec{next: table[b], key: i, name: "r" + strconv.Itoa(i), vals: make([]int, 4)}
	}
	sum := 0
	for r := 0; r < rounds; r++ {
		b := rnd() % len(table)
		// Replace the head record of one bucket and make some garbage.
		old := table[b]
		if old != nil {
			table[b] = &Rec{next: old.next, key: old.key + 1, name: old.name, vals: append([]int(nil), old.vals...)}
		}
		junk := make([]byte, 64+rnd()%512)
		sum += len(junk) + len(strconv.Itoa(r))
	}
	for _, h := range table {
		for p := h; p != nil; p = p.next {
			sum += p.key & 0xff
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	var maxPause uint64
	for _, p := range m.PauseNs {
		if p > maxPause {
			maxPause = p
		}
	}
	fmt.Println("checksum", sum)
	fmt.Fprintln(os.Stderr, "gcs", m.NumGC, "max-pause-ns", maxPause)
}
