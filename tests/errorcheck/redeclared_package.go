// errorcheck

// Package-level names declared twice, and clashes with imports.
package main

import "fmt" // ERROR ".fmt. imported and not used"

type Point struct{}

var Point int // ERROR "Point redeclared in this block"

func helper() {}

func helper() {} // ERROR "helper redeclared in this block"

const fmt = 1 // ERROR "fmt already declared through import of package fmt \(.fmt.\)"

var (
	total int
	total string // ERROR "total redeclared in this block"
)

func main() {
	helper()
}
