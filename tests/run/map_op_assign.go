// run

package main

import "fmt"

var calls int

func key(k string) string {
	calls++
	return k
}

func main() {
	m := map[string]int{}
	m["a"] += 5
	m["a"] -= 2
	m["a"] *= 10
	m["a"] /= 3
	m["a"] %= 7
	m["b"]++
	m["b"]++
	m["c"]--
	m["d"] |= 6
	m["d"] &= 3
	m["d"] ^= 8
	m["e"] = 1
	m["e"] <<= 4
	m["e"] >>= 1
	m["f"] &^= 1
	fmt.Println(m["a"], m["b"], m["c"], m["d"], m["e"], m["f"], len(m))

	m[key("g")] += 1
	m[key("g")]++
	fmt.Println(m["g"], calls)

	s := map[int]string{}
	s[1] += "x"
	s[1] += "y"
	s[2] = s[1] + "z"
	fmt.Println(s[1], s[2])

	f := map[string]float64{}
	f["x"] += 1.5
	f["x"] *= 2
	fmt.Println(f["x"])

	u8 := map[int]uint8{}
	u8[0] -= 1
	u8[1] += 255
	u8[1]++
	fmt.Println(u8[0], u8[1])

	counts := map[rune]int{}
	for _, r := range "hello, world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'])
}
