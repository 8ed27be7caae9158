// errorcheck

// Unknown and malformed escape sequences in literals.
package main

func main() {
	a := "\q" // ERROR "unknown escape"
	b := '\400' // ERROR "octal escape value 256 > 255"
	c := "\xZZ" // ERROR "invalid character 'Z' in hexadecimal escape"
	d := "\u12" // ERROR "invalid character '.' in hexadecimal escape"
	_, _, _, _ = a, b, c, d
}
