// Differential test: package strings.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{"", "a", "abc", "a,b,,c,", ",", "  foo bar  baz   ", "\t\n x \u00a0y\u2003", "héllo wörld", "日本語日本", "\xff\xfeab\xc0", "aaaa", "ababab", "Hello, World!", "ǅungla ΣΑΣ ß ﬁ", "go gopher go"}
	seps := []string{"", ",", "a", "ab", " ", "go", "本", "\xff", "xyz"}
	for _, s := range inputs {
		fmt.Printf("%q: upper=%q lower=%q title=%q fields=%q trimspace=%q valid=%q\n", s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Fields(s), strings.TrimSpace(s), strings.ToValidUTF8(s, "?"))
		fmt.Println(strings.Count(s, ""), strings.IndexRune(s, 'b'), strings.IndexRune(s, '本'), strings.IndexRune(s, 0xFFFD), strings.IndexAny(s, "xyzé"), strings.LastIndexAny(s, "ab"), strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsLetter), strings.ContainsFunc(s, unicode.IsUpper))
		fmt.Printf("%q %q %q %q\n", strings.Trim(s, "a,\xff"), strings.TrimLeft(s, " af"), strings.TrimRight(s, ", \t"), strings.TrimFunc(s, unicode.IsLetter))
		fmt.Printf("%q %q\n", strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}, s), strings.Repeat(s, 3))
		for _, sep := range seps {
			fmt.Printf("  %q: %q %q %q %q %q %q\n", sep, strings.Split(s, sep), strings.SplitN(s, sep, 2), strings.SplitAfter(s, sep), strings.SplitAfterN(s, sep, 3), strings.SplitN(s, sep, 0), strings.SplitN(s, sep, -1))
			b, a, f := strings.Cut(s, sep)
			p, pf := strings.CutPrefix(s, sep)
			q, qf := strings.CutSuffix(s, sep)
			fmt.Println("  ", strings.Index(s, sep), strings.LastIndex(s, sep), strings.Count(s, sep), strings.Contains(s, sep), strings.ContainsAny(s, sep), strings.HasPrefix(s, sep), strings.HasSuffix(s, sep), strings.Compare(s, sep), strings.EqualFold(s, sep))
			fmt.Printf("   %q %q %v %q %v %q %v %q %q\n", b, a, f, p, pf, q, qf, strings.TrimPrefix(s, sep), strings.TrimSuffix(s, sep))
			fmt.Printf("   %q %q %q %q\n", strings.Replace(s, sep, "<>", -1), strings.Replace(s, sep, "", 2), strings.ReplaceAll(s, sep, sep+sep), strings.Join(strings.Split(s, sep), "|"))
		}
	}
	pairs := [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"K", "\u212a"}, {"ß", "SS"}, {"abc", "ABD"}, {"straße", "STRASSE"}, {"ǅ", "ǆ"}, {"", ""}, {"a", ""}}
	for _, p := range pairs {
		fmt.Println(strings.EqualFold(p[0], p[1]))
	}
	r := strings.NewReplacer("a", "1", "b", "2", "", "-", "ab", "X")
	r2 := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	r4 := strings.NewReplacer("", "X")
	r5 := strings.NewReplacer("a", "b", "b", "a")
	r6 := strings.NewReplacer("hello", "HI", "world", "")
	for _, s := range []string{"", "ab", "abc", "<a&b>", "aaaaaaa", "hello world", "ba"} {
		fmt.Printf("%q %q %q %q %q %q\n", r.Replace(s), r2.Replace(s), r3.Replace(s), r4.Replace(s), r5.Replace(s), r6.Replace(s))
	}
	r2.WriteString(os.Stdout, "<b>x</b>\n")
	var sb strings.Builder
	sb.WriteString("abc")
	sb.WriteByte('-')
	sb.WriteRune('é')
	sb.WriteRune(-1)
	sb.Write([]byte("xyz"))
	fmt.Fprintf(&sb, "%d", 42)
	sb.Grow(100)
	fmt.Println(sb.String(), sb.Len(), sb.Cap() >= 100)
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	rd := strings.NewReader("héllo, reader")
	buf := make([]byte, 4)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]), rd.Len(), rd.Size())
	c, err := rd.ReadByte()
	fmt.Println(c, err, rd.UnreadByte(), rd.UnreadRune())
	ch, sz, err := rd.ReadRune()
	fmt.Println(ch, sz, err, rd.UnreadRune(), rd.UnreadRune())
	pos, err := rd.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	_, err = rd.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	_, err = rd.Seek(0, 7)
	fmt.Println(err)
	n, err = rd.ReadAt(buf, 11)
	fmt.Println(n, err, string(buf[:n]))
	n, err = rd.ReadAt(buf, -1)
	fmt.Println(n, err)
	all, err := io.ReadAll(rd)
	fmt.Printf("%q %v\n", all, err)
	n, err = rd.Read(buf)
	fmt.Println(n, err)
	rd.Reset("again")
	wn, err := rd.WriteTo(os.Stdout)
	fmt.Println(wn, err)
	fmt.Println(strings.Clone("clone"), strings.LastIndexByte("abca", 'a'), strings.IndexByte("abc", 'c'))
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.Repeat("x", -1)
}
