// run

// int is 64 bits and arithmetic wraps around silently.
package main

import "fmt"

const maxInt = 9223372036854775807

func main() {
	x := maxInt
	x++
	fmt.Println(x)
	x--
	fmt.Println(x)
	y := -maxInt - 1
	fmt.Println(y, -y, y-1)
	m := 1 << 62
	fmt.Println(m*2, m*4)
	h := 1469598103934665603
	s := "hash me"
	for i := 0; i < len(s); i++ {
		h ^= int(s[i])
		h *= 1099511628211
	}
	fmt.Println("fnv-ish:", h)
	f := 1
	for i := 1; i <= 25; i++ {
		f *= i
	}
	fmt.Println("25! wrapped:", f)
}
