// run

package main

import "fmt"

func main() {
	m := map[[3]int]string{}
	m[[3]int{1, 2, 3}] = "a"
	m[[3]int{3, 2, 1}] = "b"
	key := [3]int{1, 2, 3}
	fmt.Println(m[key], m[[3]int{3, 2, 1}], m[[3]int{}] == "", len(m))
	key[0] = 9
	fmt.Println(m[key] == "", len(m))

	names := map[[2]string]int{{"a", "b"}: 1, {"b", "a"}: 2}
	names[[2]string{"a", "b"}] += 100
	fmt.Println(names[[2]string{"a", "b"}], names[[2]string{"b", "a"}], len(names))

	fs := map[[2]float64]bool{{0, 1}: true}
	fmt.Println(fs[[2]float64{0, 1}], fs[[2]float64{-0.0 * 1, 1}])

	var empty [0]int
	z := map[[0]int]int{}
	z[empty] = 4
	z[[0]int{}]++
	fmt.Println(z[empty], len(z))

	bytes := map[[4]byte]int{}
	for i := 0; i < 300; i++ {
		var k [4]byte
		k[i%4] = byte(i)
		bytes[k]++
	}
	fmt.Println(len(bytes), bytes[[4]byte{}])
}
