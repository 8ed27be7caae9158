// run

// Strings and byte slices under %s %q %x %X % x %#x %v %d, with width and
// precision, plus []byte-like named types and byte arrays.
package main

import "fmt"

type Blob []byte
type Hash [4]byte

func main() {
	s := "Hi, 世界\x01"
	b := []byte(s)
	fmt.Printf("%s|%q|%x|%X|% x|%#x|%# X\n", s, s, s, s, s, s, s)
	fmt.Printf("%s|%q|%x|%X|% x|%#x|%# X\n", b, b, b, b, b, b, b)
	fmt.Printf("%v|%d|%o\n", b, b, b[:3])
	fmt.Printf("[%10s][%-10s][%.3s][%10.2s][%.0s]\n", s, s, s, s, s)
	fmt.Printf("[%.3x][%10x][%-10X][%.2q][%+q][%#q][%#+q]\n", s, "ab", "ab", s, s, "back`tick", s)
	fmt.Printf("%q %+q %#q\n", `a"b`, "é\n", "raw")
	fmt.Printf("%v %s %x %q\n", Blob("blob"), Blob("blob"), Blob{1, 255}, Blob("q"))
	fmt.Printf("%v %x %X %s %d\n", Hash{1, 2, 3, 250}, Hash{1, 2, 3, 250}, Hash{0xab}, Hash{'a', 'b', 'c', 'd'}, Hash{})
	fmt.Printf("%#v %#v %#v\n", b[:2], Blob(nil), Hash{})
	fmt.Printf("%s|%v|%q\n", []byte(nil), []byte{}, []byte(nil))
	fmt.Printf("%x|%X|% x\n", "", []byte{}, "")
	fmt.Printf("%c|%c|%c|%U|%#U|%q|%+q|%x\n", 'A', 0x4E16, -1, 'é', '⌘', 'x', '☺', 'é')
	fmt.Printf("%q %q %q %q\n", 0x7f, 0x10FFFF, 0x110000, '\'')
	fmt.Printf("%5c|%-5c|%U|%#08U\n", 'z', 'ß', 0x1F600, 'a')
	fmt.Printf("%s %v\n", [][]byte{[]byte("a"), []byte("b")}, [][]byte{{1}, nil})
	fmt.Printf("%s\n", []string{"x", "y z"})
	fmt.Printf("%q\n", []string{"x", "y\tz"})
	fmt.Printf("%x %X\n", []string{"hi", "yo"}, [2]string{"A", "B"})
	fmt.Printf("%5s|%-5v|%05s\n", []string{"a", "b"}, []int{1, 2}, "x")
}
