// run

// String literals whose escapes produce bytes that are not UTF-8 keep those
// exact bytes, in constants, concatenations, comparisons and conversions.
package main

import "fmt"

const bom = "\xef\xbb\xbf"
const bad = "a\xffb\x80"
const joined = bad + "\377" + `raw\xff`

func main() {
	fmt.Println(len(bad), len(joined), len("\xff\xfe"), len(bom))
	fmt.Printf("% x\n", bad)
	fmt.Printf("% x\n", joined)
	fmt.Printf("%q %q\n", bad, "\x00\x7f\x80\xc0")
	b := []byte("\xde\xad\xbe\xef")
	fmt.Println(b, string(b) == "\xde\xad\xbe\xef", "\xff" > "\xfe", "\x80" < "a")
	for i, r := range "x\xffy" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	var table = [...]string{"\x01\x02", "\xf0\x9f\x98", "\xf0\x9f\x98\x80"}
	for _, s := range table {
		fmt.Printf("%d %q %v\n", len(s), s, []rune(s))
	}
	switch s := string([]byte{0xff}); s {
	case "\xff":
		fmt.Println("matched \\xff")
	default:
		fmt.Println("no match")
	}
	fmt.Println(bom+"text" == "\ufefftext")
}
