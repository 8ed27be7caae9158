// Differential test: unicode and unicode/utf8 over every code point and
// assorted byte sequences.
package main

import (
	"os"
	"strconv"
	"unicode"
	"unicode/utf8"
)

func main() {
	var h [16]uint64
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		bits := []bool{unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsMark(r), unicode.IsSymbol(r)}
		for i, b := range bits {
			if b {
				h[i] = h[i]*31 + uint64(r)
			}
		}
		h[13] = h[13]*31 + uint64(unicode.ToUpper(r)) + 7*uint64(unicode.ToLower(r)) + 13*uint64(unicode.ToTitle(r))
		h[14] = h[14]*31 + uint64(unicode.SimpleFold(r))
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		r2, n2 := utf8.DecodeRune(buf[:n])
		h[15] = h[15]*31 + uint64(n) + uint64(r2)*3 + uint64(n2)*5 + uint64(utf8.RuneLen(r))
		if utf8.ValidRune(r) {
			h[15]++
		}
	}
	for i, v := range h {
		os.Stdout.WriteString(strconv.Itoa(i) + " " + strconv.FormatUint(v, 16) + "\n")
	}
	// All two-byte and selected longer byte sequences.
	var g uint64
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			for _, tail := range [][]byte{nil, {0x80}, {0x80, 0x80}, {0xBF, 0x41}} {
				p := append([]byte{byte(a), byte(b)}, tail...)
				r, n := utf8.DecodeRune(p)
				lr, ln := utf8.DecodeLastRune(p)
				rs, ns := utf8.DecodeRuneInString(string(p))
				lrs, lns := utf8.DecodeLastRuneInString(string(p))
				g = g*1000003 + uint64(r)*7 + uint64(n) + uint64(lr)*11 + uint64(ln)*13 + uint64(rs)*17 + uint64(ns)*19 + uint64(lrs)*23 + uint64(lns)
				if utf8.FullRune(p[:1]) {
					g++
				}
				if utf8.FullRune(p[:2]) {
					g += 3
				}
				if utf8.Valid(p) {
					g += 5
				}
				if utf8.ValidString(string(p)) {
					g += 7
				}
				g += uint64(utf8.RuneCount(p)) + uint64(utf8.RuneCountInString(string(p)))*3
			}
		}
	}
	os.Stdout.WriteString(strconv.FormatUint(g, 16) + "\n")
	os.Stdout.WriteString(string(utf8.AppendRune([]byte("x"), 0x1F600)) + string(utf8.AppendRune(nil, -1)) + strconv.FormatBool(utf8.RuneStart(0x80)) + strconv.FormatBool(utf8.FullRuneInString("\xe6\x97")) + "\n")
}
