// errorcheck

// Imports that are never used, plain and renamed; blank imports are fine.
package main

import (
	"fmt" // ERROR ".fmt. imported and not used"
	_ "os"
	str "strings" // ERROR ".strings. imported as str and not used"
)

func main() {
	var fmt = 1
	_ = fmt
}
