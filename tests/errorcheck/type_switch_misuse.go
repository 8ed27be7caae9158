// errorcheck

// Type switches and assertions need an interface operand.
package main

type Stringer interface {
	String() string
}

type T struct{}

func main() {
	n := 3
	switch n.(type) { // ERROR "n \(variable of type int\) is not an interface"
	case int:
	}
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	var v any = n
	switch x := v.(type) { // ERROR "x declared and not used"
	case int, int: // ERROR "duplicate case int in type switch"
	case string:
	}
	_ = v.(type) // ERROR "invalid syntax tree: use of \.\(type\) outside type switch"
	var s Stringer
	_ = s.(T) // ERROR "impossible type assertion: s\.\(T\)"
}
