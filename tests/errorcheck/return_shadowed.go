// errorcheck

// A bare return must not refer to named results shadowed by inner declarations.
package main

import "errors"

func parse(s string) (n int, err error) {
	if s == "" {
		err := errors.New("empty")
		if err != nil {
			return // ERROR "result parameter err not in scope at return"
		}
	}
	for _, c := range s {
		n := int(c - '0')
		if n > 9 {
			return // ERROR "result parameter n not in scope at return"
		}
	}
	return
}

func main() {
	parse("12")
}
