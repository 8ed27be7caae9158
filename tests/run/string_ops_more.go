// run

package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, 世界! héllo"
	fmt.Println(len(s), s[0], s[7], s[7:10], s[:5]+s[len(s)-5:])
	fmt.Println(strings.ToUpper(s), strings.ToLower(s))
	fmt.Println(strings.Index(s, "界"), strings.LastIndex(s, "llo"), strings.Contains(s, "世"), strings.Count(s, "l"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")), strings.Fields("  a  b\tc\n"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "aa", "c"))
	fmt.Println(strings.TrimSpace("  x  "), strings.Trim("xxhixx", "x"), strings.TrimLeft("aab", "a"), strings.TrimPrefix("prefix-x", "prefix-"))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "llo"), strings.EqualFold("Go", "GO"))
	fmt.Printf("%q %v %x %X % x\n", "tab\there", []string{"a b", "c"}, "hi", []byte("hi"), "abc")
	fmt.Printf("|%5s|%-5s|%.2s|%5.1s|\n", "ab", "ab", "abcdef", "xyz")
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d;", i*i)
	}
	sb.WriteRune('✓')
	sb.WriteByte('!')
	fmt.Println(sb.String(), sb.Len())
	a, b := "abc", "abd"
	fmt.Println(a < b, a > b, a <= "abc", a+b == "abcabd", "" < "a", "Z" < "a")
	c := a
	c += "x"
	fmt.Println(a, c)
	bs := []byte(s)
	for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
		bs[i], bs[j] = bs[j], bs[i]
	}
	fmt.Printf("%q\n", string(bs))
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))
	count := 0
	for range s {
		count++
	}
	fmt.Println(count, len(rs))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, "hello"))
	fmt.Println(strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	parts := strings.SplitN("a:b:c:d", ":", 2)
	fmt.Println(parts, len(parts), strings.Join(parts, "+"))
	fmt.Println(strings.Cut("key=value", "="))
}
