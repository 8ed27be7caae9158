// errorcheck -0 -m=2 -l

package main

import "strings"

func join(parts []string) string { // ERROR "parts does not escape$"
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p)
	}
	return sb.String()
}

func bytesOf(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return len(b)
}

func concat(a, b string) string { return a + b } // ERROR "a \+ b escapes to heap in concat:$" "  flow: ~r0 ← &\{storage for a \+ b\}:$" "    from a \+ b \(spill\) at .*escape_m2_strings\.go:20:44$" "    from return a \+ b \(return\) at .*escape_m2_strings\.go:20:35$" "a does not escape$" "b does not escape$" "a \+ b escapes to heap$"

func main() {
	println(join([]string{"a", "b"}), bytesOf("xyz"), concat("q", "r")) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	s := string([]byte{65, 66}) // ERROR "string\(\[\]byte\{\.\.\.\}\) does not escape$" "\[\]byte\{\.\.\.\} does not escape$"
	println(s)
}
