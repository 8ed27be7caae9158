// run

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	ints := []string{"0", "-0", "+12", "12a", "", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "0x1f", "1_000", " 1"}
	for _, s := range ints {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "1_000", "-0x80", "0x", "z"} {
		n, err := strconv.ParseInt(s, 0, 8)
		fmt.Printf("ParseInt(%q,0,8) = %d, %v\n", s, n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"FF", 16, 8}, {"777", 8, 16}, {"zz", 36, 64}, {"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64}, {"-1", 10, 64}, {"12", 1, 64}, {"12", 37, 64}} {
		n, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Printf("ParseUint(%q,%d,%d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "1e400", "-1e400", "1e-400", "0x1p-2", ".5", "5.", "1.7976931348623157e308", "abc", "1__0"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 1e21, 1e20, 123456789, 1e-5, 2.5e-7, 100}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'g', 4, 32), strconv.FormatFloat(v, 'f', 2, 64))
	}
	for _, n := range []int64{0, 255, -255, 1 << 40} {
		fmt.Println(strconv.FormatInt(n, 2), strconv.FormatInt(n, 16), strconv.FormatInt(n, 36), strconv.Itoa(int(n)))
	}
	fmt.Println(strconv.Quote("hello\n\"world\"\t\x00é\u2028"), strconv.QuoteToASCII("héllo✓"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('\n'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9"`, `"\x41\101"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	_, err = strconv.Atoi("99999999999999999999")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("NumError:", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	}
	buf := []byte("x=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 2.5, 'f', 1, 64)
	fmt.Println(string(buf))
	fmt.Println(strconv.IsPrint('\u00a0'), strconv.IsPrint('a'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"))
}
