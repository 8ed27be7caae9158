// run

// Type parameter lists versus array types in type declarations, decided as
// gc's parser does: `[P *int,]` (a trailing comma makes `P *int` a type
// parameter), `[P *[]int]`, `[P []int]`, `[P *struct{...} | *int]`, and
// `[N]int`, `[N * 2]int`, `[len("ab")]string` as array lengths.
package main

import "fmt"

const N = 3

type PtrTo[P *int,] struct{ p P }

type Arr [N]int

type Arr2 [N * 2]int

type Arr3 [len("ab")]string

type PS[P *[]int] struct{ p P }

type PU[P *struct{ x int } | *int] struct{ p P }

type Two[P *int, Q ~string] struct {
	p P
	q Q
}

type Sl[P []int] struct{ p P }

type Fn[P func() int,] struct{ f P }

type Paren[P (*int),] struct{ p P }

func main() {
	x := 5
	fmt.Println(*PtrTo[*int]{&x}.p, len(Arr{}), len(Arr2{}), len(Arr3{}))
	s := []int{1, 2}
	fmt.Println((*PS[*[]int]{&s}.p)[1])
	fmt.Println(*PU[*int]{&x}.p, PU[*struct{ x int }]{&struct{ x int }{4}}.p.x)
	t := Two[*int, string]{&x, "q"}
	fmt.Println(*t.p, t.q, Sl[[]int]{s}.p, Fn[func() int]{func() int { return 9 }}.f())
	fmt.Println(*Paren[*int]{&x}.p)
}
