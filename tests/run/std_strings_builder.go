// run

// strings.Builder: writes of every kind, Len, Cap, Grow, Reset, and use as an
// io.Writer for fmt.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteRune(' ')
	b.WriteRune('世')
	n, err := b.Write([]byte("界!"))
	fmt.Println(n, err, b.Len(), b.String())
	fmt.Fprintf(&b, " %d+%d=%d", 2, 3, 5)
	fmt.Println(b.String())
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(64)
	fmt.Println(b.Cap() >= 64, b.Len())
	for i := 0; i < 10; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, i*i)
	}
	fmt.Println(b.String())
	var lines strings.Builder
	for _, w := range []string{"alpha", "beta", "gamma"} {
		lines.WriteString(strings.ToUpper(w[:1]) + w[1:])
		lines.WriteByte('\n')
	}
	fmt.Print(lines.String())
	s1 := lines.String()
	lines.WriteString("delta\n")
	fmt.Printf("%q %q\n", s1, lines.String())
	var big strings.Builder
	for i := 0; i < 1000; i++ {
		big.WriteString("abc")
	}
	fmt.Println(big.Len(), strings.Count(big.String(), "ca"))
	size, _ := b.WriteRune(0x10FFFF)
	size2, _ := b.WriteRune(-1)
	fmt.Println(size, size2)
}
