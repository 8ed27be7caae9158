// run

// os.Getenv and LookupEnv for set, empty and unset variables.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Getenv("RGO_SURELY_UNSET_VARIABLE") == "")
	v, ok := os.LookupEnv("RGO_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	path, ok := os.LookupEnv("PATH")
	fmt.Println(ok, len(path) > 0, os.Getenv("PATH") == path)
	home := os.Getenv("HOME")
	fmt.Println(len(home) > 0 && home[0] == '/')
}
