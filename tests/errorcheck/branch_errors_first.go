// errorcheck

// gc's parser checks labels and branches as each function body ends, before
// any type checking, so with more than ten errors the label errors are
// among the ten shown even when they come last in the file.
package main

import (
	"fmt"
	"os"
)

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	return v // ERROR "not enough return values"
}

func div(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("div by zero")
	}
	return a / b // ERROR "not enough return values"
}

func main() {
	s := Stack{}
	s.Push("x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to s.Push"
	v := s.Pop() // ERROR "assignment mismatch: 1 variable but s.Pop returns 2 values"
	fmt.Println(v)
	var total int
	for _, x := range []float64{1, 2} {
		total += x // ERROR "invalid operation: total \+= x \(mismatched types int and float64\)"
	}
	switch y := 3; y {
	case "a": // ERROR "cannot convert"
	case 3, 3: // ERROR "duplicate case 3"
	}
	defer fmt.Println // ERROR "expression in defer must be function call"
	go func() {} // ERROR "expression in go must be function call" "too many errors"
	var ptr *Stack
	ptr = s
	if err := div(1, 0); err != nil {
		os.Exit(1)
	}
label: // ERROR "label label defined and not used"
	fmt.Println(total, ptr)
}
