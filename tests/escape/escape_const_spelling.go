// errorcheck -0 -m -l

package main

import "fmt"

func main() {
	var x int = 'A'
	var r rune = 'x'
	var by byte = 'y'
	var u8 uint8 = 3
	var i32 int32 = 5
	fmt.Println(x, r+1, by+1, u8&15, i32+1) // ERROR "i32 \+ int32\(1\) escapes to heap$" "u8 & uint8\(15\) escapes to heap$" "\.\.\. argument does not escape$" "by \+ byte\(1\) escapes to heap$" "r \+ '\\x01' escapes to heap$" "65 escapes to heap$"
	for _, c := range "ab" {
		fmt.Println(string(rune(c + 1))) // ERROR "string\(rune\(c \+ '\\x01'\)\) escapes to heap$" "\.\.\. argument does not escape$"
	}
	fmt.Println(any(int32(1)) == any(int64(1)), any(3)) // ERROR "any\(int32\(1\)\) == any\(int64\(1\)\) escapes to heap$" "any\(int32\(1\)\) does not escape$" "any\(int64\(1\)\) does not escape$" "\.\.\. argument does not escape$" "any\(3\) escapes to heap$"
	m := map[uint8]string{1: "a"} // ERROR "map\[uint8\]string\{\.\.\.\} does not escape$"
	fmt.Println(m[255]) // ERROR "m\[uint8\(255\)\] escapes to heap$" "\.\.\. argument does not escape$"
}
