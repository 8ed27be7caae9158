// run

// String and byte-slice verbs: %s %q %x %X %v with width, precision and flags.
package main

import "fmt"

type name string

func main() {
	strs := []string{"", "go", "hello, world", "héllo", "日本語", "tab\there", "quote\"s", "back`tick", "nl\n", "\x00\x01", "☺"}
	verbs := []string{"%s", "%q", "%#q", "%+q", "%x", "%X", "% x", "%#x", "%v", "%8s", "%-8s|", "%.3s", "%8.2s", "%.1q", "%10q", "%-10q|", "%05s", "%.0s"}
	for _, s := range strs {
		for _, v := range verbs {
			fmt.Printf("["+v+"]", s)
		}
		fmt.Println()
	}
	b := []byte("bytes\x7f")
	fmt.Printf("%s %q %x %X % x %v %d\n", b, b, b, b, b, b, b)
	fmt.Printf("%s %q %v\n", name("typed"), name("typed"), name("typed"))
	fmt.Printf("%s|%q|%x|%v\n", []byte(nil), []byte{}, []byte(nil), []byte(nil))
	fmt.Printf("%s %v %q\n", []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", "b c"})
	fmt.Printf("%x %X\n", []string{"hi", "yo"}, "xyz")
	fmt.Printf("%c|%5c|%-3c|\n", 'A', 'B', 'C')
}
