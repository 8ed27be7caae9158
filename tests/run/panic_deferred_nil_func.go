// run

package main

import "fmt"

func main() {
	var cleanup func()
	defer cleanup()
	fmt.Println("the nil func is only called when main returns")
}
