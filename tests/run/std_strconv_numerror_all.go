// run

// Every *strconv.NumError the parsers produce: syntax, range, bad base,
// bad bit size, with Func/Num/Err inspected through errors.As/Is.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func show(v any, err error) {
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("%v | func=%s num=%q syntax=%t range=%t | %v\n", v, ne.Func, ne.Num,
			errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange), ne.Unwrap())
		return
	}
	fmt.Printf("%v | %v\n", v, err)
}

func main() {
	for _, s := range []string{"12", "-0", "+7", "", "abc", "1_000", "9223372036854775808", "-9223372036854775809", " 1", "0x10"} {
		show(strconv.Atoi(s))
	}
	show(strconv.ParseInt("0x1f", 0, 64))
	show(strconv.ParseInt("0b1_01", 0, 8))
	show(strconv.ParseInt("0o777", 0, 8))
	show(strconv.ParseInt("-129", 10, 8))
	show(strconv.ParseInt("zz", 36, 64))
	show(strconv.ParseInt("zz", 37, 64))
	show(strconv.ParseInt("1", 1, 64))
	show(strconv.ParseInt("10", 10, 65))
	show(strconv.ParseInt("10", 10, -1))
	show(strconv.ParseInt("1__0", 0, 64))
	show(strconv.ParseInt("_10", 0, 64))
	show(strconv.ParseUint("-1", 10, 64))
	show(strconv.ParseUint("18446744073709551616", 10, 64))
	show(strconv.ParseUint("256", 10, 8))
	show(strconv.ParseUint("ff", 16, 0))
	show(strconv.ParseUint("", 16, 64))
	show(strconv.ParseFloat("1.5", 64))
	show(strconv.ParseFloat("1e309", 64))
	show(strconv.ParseFloat("-1e309", 64))
	show(strconv.ParseFloat("1e39", 32))
	show(strconv.ParseFloat("1.2.3", 64))
	show(strconv.ParseFloat("", 64))
	show(strconv.ParseFloat("inf", 64))
	show(strconv.ParseFloat("-Infinity", 64))
	show(strconv.ParseFloat("nan", 64))
	show(strconv.ParseFloat("0x1.8p1", 64))
	show(strconv.ParseFloat("1e-400", 64))
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "0", "yes", "tRuE", ""} {
		show(strconv.ParseBool(s))
	}
	_, err := strconv.Atoi("x")
	fmt.Println(err)
	err = &strconv.NumError{Func: "Custom", Num: "n", Err: errors.New("why")}
	fmt.Println(err)
}
