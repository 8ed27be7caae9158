// run

// Integer formatting helpers in a report: Itoa, FormatInt with padding
// by hand, AppendInt into a reused buffer, and digit grouping.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if neg {
		out = "-" + out
	}
	return out
}

func main() {
	nums := []int64{0, 7, -12, 999, 1000, -123456, 9876543210, -9223372036854775808, 9223372036854775807}
	buf := make([]byte, 0, 32)
	for _, n := range nums {
		buf = buf[:0]
		buf = strconv.AppendInt(buf, n, 10)
		buf = append(buf, " 0x"...)
		buf = strconv.AppendUint(buf, uint64(n), 16)
		fmt.Printf("%-26s %s\n", group(n), buf)
	}
	for i := 0; i < 12; i++ {
		fmt.Print(strconv.Itoa(1<<(5*i)), " ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatInt(-8, 2), strconv.FormatUint(1<<63, 2), strconv.FormatInt(35, 36), strconv.FormatInt(-36, 36))
	s := ""
	for i := 1; i <= 5; i++ {
		s += strconv.Quote(strconv.Itoa(i*i)) + ","
	}
	fmt.Println(strings.TrimSuffix(s, ","))
}
