// run

package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{
		"ok",
		string([]byte{0xff}),
		string([]byte{0xc3}),
		string([]byte{0xe2, 0x82, 0xac}),
		string([]byte{0xe2, 0x82}),
		string([]byte{0xed, 0xa0, 0x80}),
		string([]byte{0xf0, 0x9f, 0x98, 0x80, 0x21}),
		string([]byte{0xf4, 0x90, 0x80, 0x80}),
		string([]byte{0xc0, 0xaf}),
	}
	for _, s := range inputs {
		fmt.Printf("%q len=%d count=%d valid=%v:", s, len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
		for i, r := range s {
			fmt.Printf(" %d:%U", i, r)
		}
		fmt.Println()
	}
	r, size := utf8.DecodeRuneInString(string([]byte{0xe2, 0x82}))
	fmt.Println(r, size, r == utf8.RuneError)
}
