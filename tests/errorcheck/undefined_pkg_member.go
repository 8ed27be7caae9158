// errorcheck

// Qualified identifiers that a package does not export.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printline("hello") // ERROR "undefined: fmt\.Printline"
	_ = strings.NoSuchFunc("a") // ERROR "undefined: strings\.NoSuchFunc"
	_ = strings.toLower("A") // ERROR "undefined: strings\.toLower \(but have ToLower\)"
	var b strings.Buildr // ERROR "undefined: strings\.Buildr"
	_ = b
	fmt.Println(undefinedVar) // ERROR "undefined: undefinedVar"
}
