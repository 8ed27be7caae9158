// errorcheck

// A method has exactly one receiver.
package main

type T struct{}

func (a, b T) M() {} // ERROR "method has multiple receivers"

func main() {
}
