// run

package main

import (
	"fmt"
	"sort"
)

func union(a, b map[int]struct{}) map[int]struct{} {
	out := make(map[int]struct{}, len(a)+len(b))
	for k := range a {
		out[k] = struct{}{}
	}
	for k := range b {
		out[k] = struct{}{}
	}
	return out
}

func intersect(a, b map[int]struct{}) map[int]struct{} {
	out := map[int]struct{}{}
	for k := range a {
		if _, ok := b[k]; ok {
			out[k] = struct{}{}
		}
	}
	return out
}

func sorted(s map[int]struct{}) []int {
	var xs []int
	for k := range s {
		xs = append(xs, k)
	}
	sort.Ints(xs)
	return xs
}

func main() {
	a := map[int]struct{}{1: {}, 2: {}, 3: {}, 4: {}}
	b := map[int]struct{}{3: {}, 4: {}, 5: {}}
	fmt.Println(sorted(union(a, b)))
	fmt.Println(sorted(intersect(a, b)))
	primes := map[int]bool{}
	for i := 2; i < 50; i++ {
		primes[i] = true
	}
	for i := 2; i < 50; i++ {
		if primes[i] {
			for j := i * i; j < 50; j += i {
				delete(primes, j)
			}
		}
	}
	var ps []int
	for p := range primes {
		ps = append(ps, p)
	}
	sort.Ints(ps)
	fmt.Println(ps, len(primes))
	type empty struct{}
	seen := map[empty]int{}
	seen[empty{}]++
	seen[struct{}{}]++
	fmt.Println(seen[empty{}], len(seen))
}
