// errorcheck -0 -m -l

// Ranging over an interface's method value is gc's interface call i.M(body),
// devirtualized when i's dynamic type is known; no method value is made.

package main

import "fmt"

type Ints []int

func (s Ints) All(yield func(int, int) bool) { // ERROR "yield does not escape$" "s does not escape$"
	for i, v := range s {
		if !yield(i, v) {
			return
		}
	}
}

type Ranger interface{ All(func(int, int) bool) }

type Wrap struct{ Ranger }

func sum(r Ranger) int { // ERROR "leaking param: r$"
	t := 0 // ERROR "moved to heap: t$"
	for _, v := range r.All { // ERROR "func literal escapes to heap$" "moved to heap: \#state1$"
		t += v
	}
	return t
}

func first(w Wrap) int { // ERROR "moved to heap: \#rv1$" "leaking param: w$"
	for _, v := range w.All { // ERROR "func literal escapes to heap$" "moved to heap: \#state1$"
		return v
	}
	return -1
}

func devirt() {
	s := Ints{5, 6, 7} // ERROR "Ints\{\.\.\.\} does not escape$"
	var r Ranger = s // ERROR "s does not escape$"
	for i, v := range r.All { // ERROR "devirtualizing r\.All to Ints$" "func literal does not escape$"
		if i == 2 {
			break
		}
		fmt.Print(v, " ") // ERROR "\.\.\. argument does not escape$" "\" \" escapes to heap$" "v escapes to heap$"
	}
	fmt.Println()
}

func main() {
	devirt()
	fmt.Println(sum(Ints{1, 2, 3}), first(Wrap{Ints{9, 8}})) // ERROR "first\(Wrap\{\.\.\.\}\) escapes to heap$" "sum\(Ints\{\.\.\.\}\) escapes to heap$" "\.\.\. argument does not escape$" "Ints\{\.\.\.\} escapes to heap$"
	defer func() { fmt.Println("recovered:", recover() != nil) }() // ERROR "\(recover\(\)\) != nil escapes to heap$" "\.\.\. argument does not escape$" "\"recovered:\" escapes to heap$" "func literal does not escape$"
	var r Ranger
	for range r.All { // ERROR "func literal escapes to heap$" "moved to heap: \#state1$"
	}
}
