// run

package main

import "fmt"

type Closer interface{ Close() }

func main() {
	defer fmt.Println("earlier deferred call still runs")
	var c Closer
	defer c.Close()
	fmt.Println("not reached: the method value is evaluated by the defer statement")
}
