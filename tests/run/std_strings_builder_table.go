// run

// Building text with strings.Builder and strings.Repeat: a boxed table
// whose column widths come from utf8.RuneCountInString of the cells.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func box(header []string, rows [][]string) string {
	w := make([]int, len(header))
	for i, h := range header {
		w[i] = utf8.RuneCountInString(h)
	}
	for _, r := range rows {
		for i, c := range r {
			if n := utf8.RuneCountInString(c); n > w[i] {
				w[i] = n
			}
		}
	}
	var b strings.Builder
	line := func(l, m, r string) {
		b.WriteString(l)
		for i, n := range w {
			if i > 0 {
				b.WriteString(m)
			}
			b.WriteString(strings.Repeat("─", n+2))
		}
		b.WriteString(r + "\n")
	}
	row := func(cells []string) {
		b.WriteString("│")
		for i, c := range cells {
			pad := w[i] - utf8.RuneCountInString(c)
			b.WriteString(" " + c + strings.Repeat(" ", pad) + " │")
		}
		b.WriteByte('\n')
	}
	line("┌", "┬", "┐")
	row(header)
	line("├", "┼", "┤")
	for _, r := range rows {
		row(r)
	}
	line("└", "┴", "┘")
	return b.String()
}

func main() {
	fmt.Print(box([]string{"city", "country", "pop."}, [][]string{
		{"Zürich", "Schweiz", "421k"},
		{"São Paulo", "Brasil", "12.3M"},
		{"東京", "日本", "14M"},
		{"", "-", "0"},
	}))
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap())
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap() >= 10)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d:%c ", i, 'a'+i)
	}
	fmt.Printf("%q %d\n", b.String(), b.Len())
}
