// errorcheck

// .(type) is only allowed in a type switch header.
package main

func main() {
	var v any = 1
	t := v.(type) // ERROR "invalid syntax tree: use of \.\(type\) outside type switch"
	_ = t
}
