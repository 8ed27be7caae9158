// run

package main

import "fmt"

type Ints []int

func (s Ints) All(yield func(int, int) bool) {
	for i, v := range s {
		if !yield(i, v) {
			return
		}
	}
}

type Ranger interface{ All(func(int, int) bool) }

type Wrap struct{ Ranger }

func sum(r Ranger) int {
	t := 0
	for _, v := range r.All {
		t += v
	}
	return t
}

func first(w Wrap) int {
	for _, v := range w.All {
		return v
	}
	return -1
}

func devirt() {
	s := Ints{5, 6, 7}
	var r Ranger = s
	for i, v := range r.All {
		if i == 2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}

func main() {
	devirt()
	fmt.Println(sum(Ints{1, 2, 3}), first(Wrap{Ints{9, 8}}))
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	var r Ranger
	for range r.All {
	}
}
