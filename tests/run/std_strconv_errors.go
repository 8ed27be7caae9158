// run

// The exact messages of strconv's *NumError for every parse function and
// failure kind, plus errors.Is against ErrSyntax and ErrRange.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, e1 := strconv.Atoi("")
	_, e2 := strconv.Atoi("1e3")
	_, e3 := strconv.ParseInt("128", 10, 8)
	_, e4 := strconv.ParseUint("-1", 10, 64)
	_, e5 := strconv.ParseInt("10", 40, 64)
	_, e6 := strconv.ParseInt("10", 10, 100)
	_, e7 := strconv.ParseFloat("1.2.3", 64)
	_, e8 := strconv.ParseFloat("1e999", 64)
	_, e9 := strconv.ParseBool("maybe")
	_, e10 := strconv.Unquote("'ab'")
	_, e11 := strconv.ParseUint("300", 10, 8)
	_, e12 := strconv.ParseInt("-9999999999999999999", 10, 64)
	for i, err := range []error{e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12} {
		fmt.Printf("%2d %-60v syntax=%-5v range=%v\n", i+1, err, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	}
	var ne *strconv.NumError
	if errors.As(e3, &ne) {
		fmt.Printf("%s %q %v\n", ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	}
	v, err := strconv.ParseInt("128", 10, 8)
	u, err2 := strconv.ParseUint("300", 10, 8)
	f, err3 := strconv.ParseFloat("1e999", 64)
	g, err4 := strconv.ParseFloat("-1e999", 32)
	fmt.Println(v, err != nil, u, err2 != nil, f, err3 != nil, g, err4 != nil)
}
