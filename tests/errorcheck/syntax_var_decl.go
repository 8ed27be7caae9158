// errorcheck

// Variable declarations missing their type or value.
package main

var x int =

func main() { // ERROR "syntax error: unexpected name main, expected \("
} // ERROR "syntax error: unexpected \} after top level declaration"
