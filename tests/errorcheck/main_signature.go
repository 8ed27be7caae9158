// errorcheck

// main must take no arguments and return nothing.
package main

func main(args []string) int { // ERROR "func main must have no arguments and no return values"
	return len(args)
}
