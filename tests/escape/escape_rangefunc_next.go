// errorcheck -0 -m -l

package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) { // ERROR "func literal escapes to heap$" "yield does not escape$"
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (int, error) { // ERROR "moved to heap: #rv1$" "moved to heap: #rv2$"
	for i := range Count(10) { // ERROR "func literal escapes to heap$" "moved to heap: #state1$"
		if i == target {
			return i, nil
		}
	}
	return -1, fmt.Errorf("no %d", target) // ERROR "\.\.\. argument does not escape$" "target escapes to heap$"
}

func main() {
	fmt.Println(find(3)) // ERROR "\.\.\. argument does not escape$" "\.autotmp_0 escapes to heap$"
}
