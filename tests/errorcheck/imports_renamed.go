// errorcheck

// Renamed imports that are not used.
package main

import (
	str "strings" // ERROR ".strings. imported as str and not used"
	"fmt"
	f "fmt" // ERROR ".fmt. imported as f and not used"
	_ "os"
	. "strconv" // ERROR ".strconv. imported and not used"
	"sort" // ERROR ".sort. imported and not used"
)

func main() {
	fmt.Println("x")
}
