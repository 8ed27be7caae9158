// errorcheck

// Unused variables inside function literals and nested scopes.
package main

func main() {
	counter := 0
	inc := func() {
		step := 1 // ERROR "declared and not used: step"
		counter++
	}
	inc()
	go func() {
		msg := "hi" // ERROR "declared and not used: msg"
	}()
	if v := 3; true { // ERROR "declared and not used: v"
	}
	for i, c := range "ab" { // ERROR "declared and not used: i"
		_ = c
	}
	switch t := counter; { // ERROR "declared and not used: t"
	}
}
