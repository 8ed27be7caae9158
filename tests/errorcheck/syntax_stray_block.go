// errorcheck

// A token that cannot start a statement ends the statement list; the
// block's missing } is reported there and that one token is skipped.
package main

func f(x int) int {
	if x > 0 {
		x++
	)                   // ERROR "syntax error: unexpected \), expected }"
	return x
}

func main() {
	_ = f(1)
}

func g() {
	for i := 0; i < 3; i++ {
		_ = i
	]     // ERROR "syntax error: unexpected \], expected }"
}

func h(m map[string]int) {
	switch len(m) {
	case 0:
		m["a"] = 1
	}
	else  // ERROR "syntax error: unexpected keyword else, expected }"
} // ERROR "syntax error: unexpected } after top level declaration"
