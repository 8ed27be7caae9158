// run

// Decoding UTF-8 arriving in arbitrary chunks: FullRune decides whether
// to wait for more bytes; invalid bytes become U+FFFD; AppendRune and
// RuneLen re-encode.
package main

import (
	"fmt"
	"unicode/utf8"
)

func decodeChunks(chunks [][]byte) ([]rune, int) {
	var pending []byte
	var out []rune
	bad := 0
	for i, c := range chunks {
		pending = append(pending, c...)
		last := i == len(chunks)-1
		for len(pending) > 0 {
			if !utf8.FullRune(pending) && !last {
				break
			}
			r, n := utf8.DecodeRune(pending)
			if r == utf8.RuneError && n == 1 {
				bad++
			}
			out = append(out, r)
			pending = pending[n:]
		}
	}
	return out, bad
}

func main() {
	msg := []byte("añ€😀\xffz\xe2\x82")
	for _, size := range []int{1, 2, 3, 5} {
		var chunks [][]byte
		for i := 0; i < len(msg); i += size {
			end := i + size
			if end > len(msg) {
				end = len(msg)
			}
			chunks = append(chunks, msg[i:end])
		}
		rs, bad := decodeChunks(chunks)
		fmt.Printf("chunk %d: %q bad=%d\n", size, rs, bad)
	}
	var enc []byte
	total := 0
	for _, r := range "añ€😀" {
		enc = utf8.AppendRune(enc, r)
		total += utf8.RuneLen(r)
	}
	fmt.Printf("% x %d %d %t\n", enc, len(enc), total, utf8.Valid(enc))
	fmt.Println(utf8.RuneLen(utf8.RuneError), utf8.RuneLen(-1), utf8.ValidString(string([]rune{0xd800})))
	fmt.Printf("%q\n", string(rune(0xd800)))
}
