// run

// if / else if / else chains and early returns.
package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	} else if score >= 60 {
		return "D"
	} else {
		return "F"
	}
}

func sign(x int) int {
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

func classify(n int) string {
	s := ""
	if n%2 == 0 {
		s = "even"
	} else {
		s = "odd"
	}
	if n > 100 {
		s += " big"
	} else if n > 10 {
		s += " medium"
	}
	return s
}

func main() {
	for s := 55; s <= 100; s += 9 {
		fmt.Println(s, grade(s))
	}
	fmt.Println(sign(-5), sign(0), sign(12))
	fmt.Println(classify(3), "|", classify(42), "|", classify(1001))
}
