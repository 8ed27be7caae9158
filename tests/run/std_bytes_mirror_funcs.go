// run

// The bytes package's mirrors of the strings functions on []byte values.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("  The Go Gopher, the go tool  ")
	fmt.Println(bytes.Contains(s, []byte("Go")), bytes.ContainsAny(s, "xyz"), bytes.ContainsRune(s, 'G'))
	fmt.Println(bytes.Index(s, []byte("go")), bytes.LastIndex(s, []byte("Go")), bytes.IndexByte(s, 'G'))
	fmt.Println(bytes.IndexRune(s, 'p'), bytes.IndexAny(s, "hH"), bytes.LastIndexByte(s, 'o'))
	fmt.Println(bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsUpper))
	fmt.Println(bytes.Count(s, []byte("o")), bytes.Count(s, nil))
	fmt.Println(bytes.HasPrefix(s, []byte("  T")), bytes.HasSuffix(s, []byte("l  ")))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Trim(s, " l"))
	fmt.Printf("%q\n", bytes.TrimLeft(s, " T"))
	fmt.Printf("%q\n", bytes.TrimRight(s, " lo"))
	fmt.Printf("%q\n", bytes.TrimPrefix([]byte("v1.2"), []byte("v")))
	fmt.Printf("%q\n", bytes.TrimSuffix([]byte("a.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("!!x!!"), unicode.IsPunct))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s\n", bytes.ToUpper(s))
	fmt.Printf("%s\n", bytes.ToLower(s))
	fmt.Printf("%s\n", bytes.ToTitle([]byte("ǆx")))
	fmt.Printf("%s\n", bytes.Replace(s, []byte("o"), []byte("0"), 2))
	fmt.Printf("%s\n", bytes.ReplaceAll(s, []byte("o"), []byte("0")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == ' ' {
			return '_'
		}
		return r
	}, s))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")))
	fmt.Println(bytes.EqualFold([]byte("Gopher"), []byte("GOPHER")), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %t\n", before, after, found)
	rest, ok := bytes.CutPrefix([]byte("prefix.rest"), []byte("prefix."))
	fmt.Printf("%s %t\n", rest, ok)
	rest, ok = bytes.CutSuffix([]byte("name.txt"), []byte(".md"))
	fmt.Printf("%s %t\n", rest, ok)
	fmt.Printf("%q\n", bytes.Runes([]byte("héllo")))
	c := bytes.Clone([]byte("clone"))
	c[0] = 'C'
	fmt.Printf("%s %v\n", c, bytes.Clone(nil) == nil)
}
