// run

// ParseInt/ParseUint with every base from 2 to 36 and base 0 prefixes,
// bit sizes, and a round trip through FormatInt.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := int64(-123456789)
	for base := 2; base <= 36; base += 1 {
		s := strconv.FormatInt(n, base)
		back, err := strconv.ParseInt(s, base, 64)
		fmt.Printf("%2d %-30s %d %v\n", base, s, back, err)
	}
	for _, s := range []string{"0x_1F", "0X1f", "0b1010", "0B_1", "0o17", "0O17", "017", "0", "-0x80", "+0b1", "1_2_3", "0_7", "0x", "0b2", "08", "0_x1"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%-8q %6d %v\n", s, v, err)
	}
	for _, bits := range []int{8, 16, 32, 64, 0} {
		v, err := strconv.ParseInt("-40000", 10, bits)
		u, uerr := strconv.ParseUint("40000", 10, bits)
		fmt.Println(bits, v, err, u, uerr)
	}
	for _, s := range []string{"zz", "ZZ", "Zz", "10", "gopher"} {
		v, err := strconv.ParseUint(s, 36, 64)
		fmt.Println(s, v, err)
	}
	big := "1111111111111111111111111111111111111111111111111111111111111111"
	u, err := strconv.ParseUint(big, 2, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint(big+"1", 2, 64)
	fmt.Println(u, err)
	i, err := strconv.ParseInt("-1"+big[1:], 2, 64)
	fmt.Println(i, err)
}
