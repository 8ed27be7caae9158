// errorcheck

// A main package needs a main function.
package main

func Main() {}

var main = 1 // ERROR "cannot declare main - must be func"
