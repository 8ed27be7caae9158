// errorcheck

// Types that do not parse.
package main

var m map[string] // ERROR "syntax error: unexpected newline, expected type"

func main() {
}
