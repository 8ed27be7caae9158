// run

// Atoi, ParseInt and ParseUint: bases, prefixes, underscores, bit sizes and
// gc's *NumError messages for syntax and range errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "42", "-42", "+7", "007", "", " 1", "1 ", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1_000", "0x10", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	type tc struct {
		s    string
		base int
		bits int
	}
	cases := []tc{{"ff", 16, 64}, {"FF", 16, 8}, {"-80", 16, 8}, {"-81", 16, 8}, {"0x1f", 0, 64}, {"0X1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000_000", 0, 64}, {"1__0", 0, 64}, {"_1", 0, 64}, {"1_000", 10, 64}, {"z", 36, 64}, {"Zz", 36, 16}, {"12", 2, 64}, {"1", 1, 64}, {"1", 37, 64}, {"32767", 10, 16}, {"32768", 10, 16}, {"-2147483648", 10, 32}, {"2147483648", 10, 32}, {"0x", 0, 64}, {"-", 10, 64}, {"+", 10, 64}, {"1", 10, 65}}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		u, uerr := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v | ParseUint = %d, %v\n", c.s, c.base, c.bits, n, err, u, uerr)
	}
	_, err := strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.Atoi("x1")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("Func=%s Num=%q Err=%v syntax=%v range=%v\n", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	}
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	fmt.Println(strconv.IntSize)
}
