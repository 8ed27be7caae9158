// errorcheck

// A type-switch variable that no clause uses, and duplicate types.
package main

import "fmt"

func describe(v any) string {
	switch x := v.(type) { // ERROR "x declared and not used"
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func kind(v any) string {
	switch v.(type) {
	case int:
		return "int"
	case fmt.Stringer:
		return "stringer"
	case int: // ERROR "duplicate case int in type switch"
		return "again"
	case undefinedType: // ERROR "undefined: undefinedType"
		return "?"
	}
	return ""
}

func main() {
	describe(1)
	kind(2)
}
