// run

package main

import "fmt"

const bad = "\xff"
const mixed = "\x80abc" + bad + "é"

func main() {
	fmt.Println(len(bad), len(mixed))
	fmt.Println(bad[0], mixed[0], mixed[1], mixed[4])
	for i, r := range mixed {
		fmt.Println(i, r)
	}
	b := []byte(mixed)
	fmt.Println(b)
	rs := []rune(mixed)
	fmt.Println(len(rs), rs)
	fmt.Println(bad == "\xff", bad < "\xfe", "\xfe" < bad)
	const c = "\xc3" + "\xa9"
	fmt.Println(c == "é", len(c))
	fmt.Printf("%q %x %q\n", mixed, mixed, c)
	s := string([]byte{0xe2, 0x82})
	for i, r := range s + "z" {
		fmt.Println(i, r, string(r))
	}
	var e []byte
	e = append(e, "\xf0\x9f"...)
	fmt.Println(e, string(rune(0x10FFFF+1)) == "\uFFFD")
	println(len("\x00\x01\xfe"), "\x41\x42")
	x := "\xff\xfe"
	fmt.Println(x[1], x[0:1] == bad, []byte(x))
}
