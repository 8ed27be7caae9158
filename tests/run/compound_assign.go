// run

// All compound assignment operators, ++ and --.
package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Println(x)
	x -= 10
	fmt.Println(x)
	x *= 3
	fmt.Println(x)
	x /= 7
	fmt.Println(x)
	x %= 11
	fmt.Println(x)
	x <<= 4
	fmt.Println(x)
	x >>= 2
	fmt.Println(x)
	x |= 0x100
	fmt.Println(x)
	x &= 0x1F0
	fmt.Println(x)
	x ^= 0xFF
	fmt.Println(x)
	x &^= 0x0F
	fmt.Println(x)
	x++
	x++
	x--
	fmt.Println(x)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
}
