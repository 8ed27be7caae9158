// run

package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界! \xff\xfe ok"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range s {
		fmt.Printf("%d:%q(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[1]), string(rs[7:9]), rs[len(rs)-5])
	bs := []byte(s)
	bs[0] = 'H'
	fmt.Println(string(bs[:6]), s[:6])
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	fmt.Printf("%q %+q %x % x %X\n", "a\tb\"c", "héllo", "hi", "hi", []byte("xyz"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("XyZ"), strings.Repeat("ab", 3))
	// Byte-wise comparisons.
	words := []string{"apple", "Apple", "äpple", "app", "apple\x00", ""}
	for _, a := range words {
		for _, b := range words[:3] {
			if a < b {
				fmt.Print("<")
			} else if a == b {
				fmt.Print("=")
			} else {
				fmt.Print(">")
			}
		}
		fmt.Print(" ")
	}
	fmt.Println()
	// Building strings.
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteByte('|')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	// Iterating bytes vs runes.
	cnt := map[rune]int{}
	for _, r := range "mississippi" {
		cnt[r]++
	}
	fmt.Println(cnt['s'], cnt['i'], cnt['p'], cnt['m'], len(cnt))
	// Decoding manually.
	b := []byte("a€\xe2\x82")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c %d %v; ", r, size, r == utf8.RuneError)
		b = b[size:]
	}
	fmt.Println()
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	buf = append(buf, "x"...)
	fmt.Println(buf, string(buf))
	// String conversion from integer types of various sizes.
	var u8 uint8 = 'z'
	var i64 int64 = 0x1F600
	fmt.Println(string(rune(u8)), string(rune(i64)))
	// Strings are immutable: substring shares no mutation.
	orig := "abcdef"
	sub := orig[2:4]
	orig = "zzz"
	fmt.Println(sub, orig)
	// Multi-line raw strings
	raw := `line1
	"quoted" \n not escape`
	fmt.Println(len(raw), strings.Count(raw, "\n"), raw)
	// Index/compare helpers.
	fmt.Println(strings.Index(s, "世"), strings.IndexRune(s, '界'), strings.IndexByte(s, '!'), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Fields("  a b\t c\n"), len(strings.Split("a,b,,c", ",")))
	fmt.Printf("%5s|%-5s|%.2s|%5.1s|\n", "ab", "ab", "abc", "xyz")
	fmt.Printf("%c %U %#U\n", 'G', 'G', '⌘')
}
