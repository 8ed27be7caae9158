// Differential test: package bytes (functions and Buffer).
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode"
)

func main() {
	inputs := []string{"", "a", "a,b,,c,", "  foo bar  baz   ", "héllo wörld\xff", "日本語", "ababab"}
	seps := []string{"", ",", "a", "ab", " ", "本"}
	for _, in := range inputs {
		s := []byte(in)
		fmt.Printf("%q %q %q %q %q %q %q\n", bytes.ToUpper(s), bytes.ToLower(s), bytes.Fields(s), bytes.TrimSpace(s), bytes.Trim(s, " a"), bytes.TrimLeft(s, "a "), bytes.TrimRight(s, " ,"))
		fmt.Println(bytes.Count(s, nil), bytes.IndexRune(s, 'b'), bytes.IndexAny(s, "xé"), bytes.LastIndexAny(s, "ab"), bytes.IndexFunc(s, unicode.IsSpace), bytes.Runes(s), bytes.TrimSpace(s) == nil, bytes.Trim(s, "") == nil)
		for _, sp := range seps {
			p := []byte(sp)
			b, a, f := bytes.Cut(s, p)
			fmt.Printf("  %q %q %q %q %q %v %q\n", bytes.Split(s, p), bytes.SplitN(s, p, 2), bytes.SplitAfter(s, p), b, a, f, bytes.Join(bytes.Split(s, p), []byte("|")))
			fmt.Println("  ", bytes.Index(s, p), bytes.LastIndex(s, p), bytes.Contains(s, p), bytes.HasPrefix(s, p), bytes.HasSuffix(s, p), bytes.Equal(s, p), bytes.Compare(s, p), bytes.EqualFold(s, p), string(bytes.Replace(s, p, []byte("#"), -1)), string(bytes.ReplaceAll(s, p, nil)))
		}
	}
	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.String() == "", (*bytes.Buffer)(nil).String())
	buf.WriteString("hello ")
	buf.Write([]byte("world\n"))
	buf.WriteByte('!')
	buf.WriteRune('é')
	buf.WriteRune(0x1F600)
	fmt.Fprintf(&buf, " n=%d\nsecond line\nthird", 7)
	fmt.Println(buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	bl, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", bl, err)
	r, sz, err := buf.ReadRune()
	fmt.Println(r, sz, err, buf.UnreadRune(), buf.UnreadRune())
	c, err := buf.ReadByte()
	fmt.Println(c, err, buf.UnreadByte(), buf.UnreadByte())
	fmt.Printf("%q\n", buf.Next(3))
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p[:n]))
	rest, err := buf.ReadString('x')
	fmt.Printf("%q %v\n", rest, err)
	n, err = buf.Read(p)
	fmt.Println(n, err)
	b2 := bytes.NewBufferString("abc\ndef\n")
	b2.Truncate(5)
	fmt.Printf("%q %d\n", b2.String(), b2.Len())
	b3 := bytes.NewBuffer(nil)
	nn, err := b3.ReadFrom(bytes.NewBufferString("from reader"))
	fmt.Println(nn, err, b3.String())
	wn, err := b3.WriteTo(os.Stdout)
	fmt.Println(wn, err)
	all, err := io.ReadAll(bytes.NewBufferString("readall"))
	fmt.Printf("%q %v\n", all, err)
	var big bytes.Buffer
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&big, "%d,", i)
	}
	fmt.Println(big.Len(), string(big.Bytes()[:20]))
	fmt.Printf("%q %q %q\n", bytes.Repeat([]byte("ab"), 3), bytes.Map(func(r rune) rune { return r + 1 }, []byte("abc")), bytes.Clone(nil) == nil)
}
