// run

// fmt prints maps with their keys sorted: ints, strings, floats (NaN
// first), bools; nested maps and slices; %v, %+v, %#v and %d.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 7, "": 0}
	fmt.Println(m)
	fmt.Printf("%v|%d|%#v\n", m, m, map[int]bool{3: true, -1: false, 2: true})
	fmt.Println(map[float64]string{2.5: "b", math.NaN(): "nan", -1: "a", math.Inf(1): "inf"})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[string][]int{"b": {2}, "a": {1, 1}})
	fmt.Println(map[int]map[string]int{2: {"z": 1, "y": 2}, 1: nil})
	var nilm map[string]int
	fmt.Println(nilm, len(nilm), nilm == nil)
	fmt.Printf("%v %#v %T\n", nilm, nilm, nilm)
	fmt.Println(map[rune]string{'b': "B", 'a': "A"}, map[uint8]int{200: 1, 3: 2})
}
