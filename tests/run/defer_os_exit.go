// run

package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("exiting")
	os.Exit(3)
}
