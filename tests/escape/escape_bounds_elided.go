// errorcheck -0 -m -l

package main

import "fmt"

var table [256]uint32

func crc(data []byte) uint32 { // ERROR "data does not escape$"
	c := ^uint32(0)
	for _, b := range data {
		c = table[byte(c)^b] ^ (c >> 8) // ERROR "index bounds check elided$"
	}
	return c
}

func counts(data []byte) [256]int { // ERROR "data does not escape$"
	var freq [256]int
	for _, c := range data {
		freq[c]++ // ERROR "index bounds check elided$"
	}
	return freq
}

func lookups(x uint8, i int) {
	var small [16]int
	var s []int
	s = append(s, small[x&15]) // ERROR "append escapes to heap$"
	y := small[x%16] + small[x>>4] + small[x/16] + small[i] + small[3] // ERROR "index bounds check elided$"
	small[x&15] += 2 // ERROR "index bounds check elided$"
	p := &small
	fmt.Println(s, y, p[x&3], "abcdefgh"[x&7], x&7) // ERROR "\"abcdefgh\"\[x & uint8\(7\)\] escapes to heap$" "p\[x & uint8\(3\)\] escapes to heap$" "x & uint8\(7\) escapes to heap$" "\.\.\. argument does not escape$" "index bounds check elided$" "s escapes to heap$" "y escapes to heap$"
}

func main() {
	fmt.Println(crc([]byte("hi")), counts(nil)[0]) // ERROR "crc\(\(\[\]byte\)\(\"hi\"\)\) escapes to heap$" "zero-copy string->\[\]byte conversion$" "counts\(nil\)\[0\] escapes to heap$" "\(\[\]byte\)\(\"hi\"\) does not escape$" "\.\.\. argument does not escape$"
	lookups(200, 1)
}
