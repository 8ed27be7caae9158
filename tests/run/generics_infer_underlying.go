// run

// Inference unifies a defined generic type with a type literal through its
// underlying type: iter.Seq[V] against a function literal, List[T] against
// a slice, Pair[K, V] against a map.

package main

import (
	"fmt"
	"iter"
)

type List[T any] []T

func sum[T int | float64](l List[T]) T {
	var s T
	for _, v := range l {
		s += v
	}
	return s
}

type Pair[K comparable, V any] map[K]V

func keys[K comparable, V any](p Pair[K, V]) int { return len(p) }

func collect[V any](seq iter.Seq[V]) []V {
	var out []V
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func main() {
	xs := collect(func(yield func(int) bool) {
		for i := range 3 {
			if !yield(i) {
				return
			}
		}
	})
	fmt.Println(xs, sum([]float64{1.5, 2}), sum(List[int]{1, 2}), keys(map[string]bool{"a": true}))
	nx, stop := iter.Pull(func(yield func(string) bool) { yield("a") })
	defer stop()
	fmt.Println(nx())
	fmt.Println(nx())
}
