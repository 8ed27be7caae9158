// run

package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[len(r)-1] = '!'
	fmt.Println(string(r))
	fmt.Println(string(r[1:3]), string(b[:2]))
	var empty []byte
	fmt.Println(string(empty) == "", len([]rune("")))
	bad := []byte{0xff, 'a', 0xc3}
	fmt.Println([]rune(string(bad)))
	for i, c := range string(bad) {
		fmt.Println(i, c)
	}
	rs := []rune{0x41, -5, 0x10FFFF, 0x110000, 0x1F600}
	fmt.Println(string(rs), len(string(rs)))
	fmt.Printf("%q\n", string(rs))
	bs := []byte("abc")
	s2 := string(bs)
	bs[0] = 'z'
	fmt.Println(s2, string(bs))
	type MyBytes []byte
	mb := MyBytes("xyz")
	fmt.Println(mb, string(mb))
	type MyString string
	ms := MyString(mb)
	fmt.Println(ms, []byte(ms))
}
