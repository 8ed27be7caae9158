// run

// unicode/utf8: encoding, decoding (first and last rune), validity, rune
// counts and the handling of invalid and surrogate encodings.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 'é', 0x7ff, 0x800, '世', 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, -1, 0xD800, 0xDFFF} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len=%d enc=% x valid=%v\n", r, utf8.RuneLen(r), buf[:n], utf8.ValidRune(r))
	}
	s := "aé世😀"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c:%d ", i, r, size)
		i += size
	}
	fmt.Println()
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%c/%d ", r, size)
		s = s[:len(s)-size]
	}
	fmt.Println()
	bad := [][]byte{{0xff}, {0xc0, 0x80}, {0xe0, 0x80, 0x80}, {0xed, 0xa0, 0x80}, {0xf4, 0x90, 0x80, 0x80}, {0xe4, 0xb8}, {0xf0, 0x9f, 0x98}, {}, {'a', 0x80, 'b'}}
	for _, p := range bad {
		r, n := utf8.DecodeRune(p)
		lr, ln := utf8.DecodeLastRune(p)
		fmt.Printf("% x: %U %d %U %d valid=%v full=%v count=%d start=%v\n", p, r, n, lr, ln, utf8.Valid(p), utf8.FullRune(p), utf8.RuneCount(p), len(p) > 0 && utf8.RuneStart(p[0]))
	}
	fmt.Println(utf8.RuneCountInString("héllo, 世界"), utf8.ValidString("héllo"), utf8.FullRuneInString("世"[:2]))
	b := utf8.AppendRune([]byte("x"), '界')
	b = utf8.AppendRune(b, 0x10FFFF+1)
	fmt.Printf("%q %d\n", b, utf8.RuneCount(b))
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	str := string([]rune{'G', 'o', '语', -1})
	fmt.Printf("%q %d %v\n", str, len(str), []rune(str))
	for i, r := range string([]byte{'a', 0xe4, 0xb8, 'z'}) {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
}
