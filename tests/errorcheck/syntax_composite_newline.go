// errorcheck

// A composite literal split over lines needs a trailing comma.
package main

func main() {
	xs := []int{
		1,
		2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \}"
	}
	_ = xs
}
