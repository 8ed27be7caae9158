// errorcheck -0 -m -l

// Escape analysis of calls into the standard library: the arguments of
// fmt's variadic ...any escape, the ... slice itself does not, and strings,
// strconv, sort and errors functions leak exactly what gc's versions leak.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type point struct{ x, y int }

func describe(p *point) string { // ERROR "p does not escape$"
	return fmt.Sprintf("(%d,%d)", p.x, p.y) // ERROR "... argument does not escape$" "p.x escapes to heap$" "p.y escapes to heap$"
}

func join(parts []string) string { // ERROR "leaking param: parts to result ~r0 level=1$"
	return strings.Join(parts, ",")
}

func upper(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.ToUpper(s)
}

func fields(s string) int { // ERROR "leaking param: s$"
	return len(strings.Fields(s))
}

func parse(s string) (int, error) { // ERROR "s does not escape$"
	return strconv.Atoi(s)
}

func parseFloat(s string) float64 { // ERROR "s does not escape$"
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

func writeNumber(n int64) {
	buf := make([]byte, 0, 16) // ERROR "make\(\[\]byte, 0, 16\) does not escape$"
	buf = strconv.AppendInt(buf, n, 10)
	os.Stdout.Write(buf)
}

func prefix(s string) bool { // ERROR "s does not escape$"
	return strings.HasPrefix(s, "x")
}

func main() {
	x := 42
	s := "hello"
	fmt.Println(x, s)           // ERROR "... argument does not escape$" "42 escapes to heap$" "\"hello\" escapes to heap$"
	fmt.Printf("%d %s\n", x, s) // ERROR "... argument does not escape$" "42 escapes to heap$" "\"hello\" escapes to heap$"
	p := &point{1, 2}           // ERROR "&point{...} does not escape$"
	fmt.Println(describe(p))    // ERROR "... argument does not escape$" "describe\(p\) escapes to heap$"
	n, err := parse("12")
	fmt.Println(n, err) // ERROR "... argument does not escape$" "n escapes to heap$"
	e := errors.New("boom")
	fmt.Println(e)       // ERROR "... argument does not escape$"
	xs := []int{3, 1, 2} // ERROR "\[\]int{...} escapes to heap$"
	sort.Ints(xs)
	fmt.Println(join([]string{"a", "b"}), upper("q"), fields("a b"), prefix("xy")) // ERROR "... argument does not escape$" "\[\]string{...} does not escape$" "join\(.*\) escapes to heap$" "upper\(.q.\) escapes to heap$" "fields\(.a b.\) escapes to heap$" "prefix\(.xy.\) escapes to heap$"
	fmt.Println(xs)                                                                // ERROR "... argument does not escape$" "xs escapes to heap$"
	err = fmt.Errorf("wrap: %w", e)                                                // ERROR "... argument does not escape$"
	fmt.Println(err)                                                               // ERROR "... argument does not escape$"
}
