// errorcheck

// Types that contain themselves directly have infinite size.
package main

type Node struct { // ERROR "invalid recursive type: Node refers to itself"
	value int
	next  Node
}

type A struct { // ERROR "invalid recursive type A"
	b B
}

type B struct {
	a A
}

type Arr [2]Arr // ERROR "invalid recursive type: Arr refers to itself"

type OK struct {
	next *OK
	kids []OK
	m    map[string]OK
}

func main() {
	var n Node
	_ = n
	var ok OK
	_ = ok
}
