// run

// Package bytes mirrors strings: searching, splitting, trimming, case,
// comparison and Runes on byte slices.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("  Hello, Gophers! héllo  ")
	fmt.Printf("%q %q %q\n", bytes.TrimSpace(s), bytes.ToUpper(s), bytes.ToLower(s))
	fmt.Printf("%q %q\n", bytes.Fields(s), bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q %q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2), bytes.SplitAfter([]byte("a,b"), []byte(",")))
	fmt.Println(bytes.Index(s, []byte("Go")), bytes.LastIndex(s, []byte("l")), bytes.IndexByte(s, 'H'), bytes.IndexRune(s, 'é'), bytes.IndexAny(s, "!,"))
	fmt.Println(bytes.Contains(s, []byte("lo")), bytes.ContainsAny(s, "xyz"), bytes.ContainsRune(s, 'G'), bytes.Count(s, []byte("l")), bytes.Count(s, nil))
	fmt.Println(bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("x")), bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Printf("%q %q %q\n", bytes.Trim(s, " !"), bytes.TrimLeft(s, " H"), bytes.TrimRight(s, " o"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix(s, []byte("  ")), bytes.TrimSuffix(s, []byte("  ")))
	fmt.Printf("%q %q\n", bytes.TrimFunc(s, unicode.IsSpace), bytes.Map(unicode.ToUpper, []byte("map me")))
	fmt.Printf("%q %q\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")), bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q %q\n", bytes.Replace(s, []byte("l"), []byte("L"), 2), bytes.ReplaceAll(s, []byte(" "), nil))
	before, after, found := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%q %q %v\n", before, after, found)
	rest, ok := bytes.CutPrefix([]byte("prefix.body"), []byte("prefix."))
	fmt.Printf("%q %v\n", rest, ok)
	fmt.Println(bytes.Runes([]byte("héllo")))
	fmt.Println(bytes.IndexFunc(s, unicode.IsPunct), bytes.LastIndexFunc(s, unicode.IsLetter), bytes.LastIndexByte(s, 'o'))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c3"), unicode.IsDigit))
	fmt.Println(bytes.Clone(nil) == nil, string(bytes.Clone([]byte("c"))))
}
