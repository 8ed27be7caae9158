// run

// Widths count runes, not bytes: padding of non-ASCII strings and runes with
// %s, %q, %c and %v, precision truncating by runes, and zero padding.
package main

import "fmt"

func main() {
	for _, s := range []string{"abc", "héllo", "日本語", "😀x", ""} {
		fmt.Printf("[%8s][%-8s][%.2s][%8.1s][%10q][%-10q][%x]\n", s, s, s, s, s, s, s)
	}
	for _, r := range []rune{'a', 'é', '世', '😀'} {
		fmt.Printf("[%4c][%-4c][%6q][%-6U][%08U][%v]\n", r, r, r, r, r, r)
	}
	fmt.Printf("[%05s][%-05s][%05q][%07.2f][%-07.2f][%+07d]\n", "ab", "ab", "ab", -1.5, -1.5, 42)
	fmt.Printf("[%*s][%-*s]\n", 6, "ÄÖÜ", 6, "ÄÖÜ")
	fmt.Printf("[%3d][%3d][%-3d][%03d]\n", 12345, -5, -5, -5)
}
