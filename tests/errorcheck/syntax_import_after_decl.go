// errorcheck

// Imports must come before every other declaration.
package main

var x = 1

import "fmt" // ERROR "syntax error: imports must appear before other declarations"

func main() {
	fmt.Println(x)
}
