// run

package main

import (
	"fmt"
	"math"
)

type Point struct {
	X, Y int
}

type Inventory map[string]int

func main() {
	fmt.Println(map[string]int{"banana": 2, "apple": 1, "cherry": 3})
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "x", 0: ""})
	fmt.Printf("%v %d\n", map[int]int{2: 4, 1: 1}, map[string]int{"x": 1, "w": 2})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	var nm map[string]bool
	fmt.Println(nm, len(nm))
	fmt.Printf("%#v\n", nm)
	fmt.Println(map[float64]string{math.NaN(): "nan", 1: "one", -0.5: "neg", math.Inf(-1): "-inf"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"})
	fmt.Printf("%+v\n", map[Point]int{{1, 2}: 3})
	fmt.Println(map[[2]int]bool{{1, 2}: true, {0, 5}: false})
	fmt.Println(map[string][]int{"x": {1, 2}, "a": nil})
	fmt.Println(map[string]map[string]int{"o": {"i": 1, "h": 2}, "e": {}})
	fmt.Println(&map[string]int{"p": 1})
	fmt.Println(Inventory{"nails": 100, "bolts": 20})
	fmt.Println(map[any]int{3: 3, 1: 1, 2: 2})
	fmt.Println(map[uint8]bool{200: true, 7: false})
	fmt.Println(map[rune]string{'b': "bee", 'a': "ay"})
	s := fmt.Sprint(map[string]float64{"pi": 3.14, "e": 2.72})
	fmt.Println(len(s), s)
	fmt.Println(map[string]Point{"origin": {}, "unit": {1, 1}})
	fmt.Println(map[string]any{"n": nil, "i": 1, "s": "str"})
	fmt.Println(map[string]int{})
}
