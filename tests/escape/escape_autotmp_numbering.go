// errorcheck -0 -m -l

package main

import "fmt"

func two() (int, int) { return 1, 2 }

type I interface{ Name() string }
type T struct{}

func (T) Name() string { return "t" }

func get() I { return T{} } // ERROR "T\{\} escapes to heap$"

func main() {
	var x any = 1 // ERROR "1 does not escape$"
	m := map[string]int{} // ERROR "map\[string\]int\{\} does not escape$"
	ch := make(chan int, 1)
	var ok bool
	v, ok2 := m["a"]
	fmt.Println(two()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_8 escapes to heap$" "\.autotmp_9 escapes to heap$"
	s, ok3 := x.(string)
	fmt.Println(two()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_15 escapes to heap$" "\.autotmp_14 escapes to heap$"
	r, ok4 := <-ch
	fmt.Println(two()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_20 escapes to heap$" "\.autotmp_21 escapes to heap$"
	_, ok = m["b"]
	fmt.Println(two()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_25 escapes to heap$" "\.autotmp_24 escapes to heap$"
	if w, ok := x.(int); ok {
		fmt.Println(w, two) // ERROR "\.\.\. argument does not escape$" "w escapes to heap$"
	}
	fmt.Println(get().Name(), v, ok2, s, ok3, r, ok4, ok) // ERROR "\.autotmp_30\.Name\(\) escapes to heap$" "\.\.\. argument does not escape$" "ok4 escapes to heap$" "ok3 escapes to heap$" "ok2 escapes to heap$" "ok escapes to heap$" "s escapes to heap$" "r escapes to heap$" "v escapes to heap$"
	fmt.Println(two()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_31 escapes to heap$" "\.autotmp_32 escapes to heap$"
}
