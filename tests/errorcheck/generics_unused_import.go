// errorcheck

package main

import (
	"fmt"
	"os" // ERROR "\"os\" imported and not used"
	"strings"
)

// Upper is never instantiated: its use of strings still counts.
func Upper[T ~string](s T) T { return T(strings.ToUpper(string(s))) }

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max(1, 2))
}
