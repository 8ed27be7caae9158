// run

// Map printing sorts keys like gc's internal/fmtsort: ints, uints,
// floats (NaN first), strings, bools, pointer-free structs, arrays and
// interface keys of one dynamic type (mixed types sort by type address).
package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 0: "o", 10: "t"})
	fmt.Println(map[uint8]bool{255: true, 0: false, 7: true})
	fmt.Println(map[float64]int{math.NaN(): 1, math.Inf(1): 2, -0.5: 3, math.Inf(-1): 4, 2: 5})
	fmt.Println(map[string]int{"b": 1, "B": 2, "a": 3, "": 4, "ab": 5})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{1, 2}: "x", {0, 9}: "y", {1, 1}: "z"})
	fmt.Println(map[any]int{"s": 1, "a": 6, "": 0}, map[any]int{2: 2, 1: 5})
	fmt.Printf("%v\n%+v\n%#v\n", map[string][]int{"x": {1}, "a": nil}, map[K]bool{{0, ""}: true}, map[string]int{"z": 1, "y": 2})
	fmt.Printf("%d %x %s\n", map[int]int{2: 20, 1: 10}, map[string]int{"k": 255}, map[string]string{"b": "B", "a": "A"})
	var nilm map[string]int
	fmt.Println(nilm, len(nilm), map[string]int{})
	nested := map[string]map[string]int{"outer": {"z": 26, "a": 1}, "empty": {}}
	fmt.Println(nested)
}
