// errorcheck -0 -m -l

package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var sink any

type P struct{ name string }

func printInt(n int) {
	fmt.Println(n) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

func printMany(a int, s string, p *P) { // ERROR "leaking param: s$" "leaking param: p$"
	fmt.Println(a, s, p) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "s escapes to heap$"
}

func printConst() {
	fmt.Println("hello", 42) // ERROR "\.\.\. argument does not escape$" "\"hello\" escapes to heap$" "42 escapes to heap$"
}

func sprintf(n int) string {
	return fmt.Sprintf("n=%d", n) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

func errorf(n int) error {
	return fmt.Errorf("bad %d", n) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

func newErr() error {
	return errors.New("boom")
}

func builder(words []string) string { // ERROR "words does not escape$"
	var sb strings.Builder
	for _, w := range words {
		sb.WriteString(w)
		sb.WriteByte(' ')
	}
	return sb.String()
}

func itoa(n int) string {
	return strconv.Itoa(n)
}

func atoi(s string) int { // ERROR "s does not escape$"
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func sortInts(xs []int) { // ERROR "xs does not escape$"
	sort.Ints(xs)
}

func sortSlice(ps []P) { // ERROR "leaking param: ps$"
	sort.Slice(ps, func(i, j int) bool { return ps[i].name < ps[j].name }) // ERROR "ps escapes to heap$" "func literal does not escape$"
}

func join(xs []string) string { // ERROR "leaking param: xs to result ~r0 level=1$"
	return strings.Join(xs, ",")
}

func split(s string) int { // ERROR "leaking param: s$"
	return len(strings.Split(s, ","))
}

func contains(s, sub string) bool { // ERROR "s does not escape$" "sub does not escape$"
	return strings.Contains(s, sub)
}

func upper(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.ToUpper(s)
}

func localSlice() {
	xs := []int{3, 1, 2} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	sort.Ints(xs)
	fmt.Println(xs[0]) // ERROR "\.\.\. argument does not escape$" "xs\[0\] escapes to heap$"
}

func printPtr() {
	p := &P{"x"} // ERROR "&P\{\.\.\.\} does not escape$"
	fmt.Println(p.name) // ERROR "\.\.\. argument does not escape$" "p\.name escapes to heap$"
}

func printStruct() {
	p := P{"y"}
	fmt.Println(p) // ERROR "\.\.\. argument does not escape$" "p escapes to heap$"
}

func fmtSprint(x, y int) string {
	return fmt.Sprint(x, y) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "y escapes to heap$"
}

func quote(s string) string { // ERROR "s does not escape$"
	return strconv.Quote(s)
}

func formatFloat(f float64) string {
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func main() {
	printInt(1)
	printMany(1, "a", &P{}) // ERROR "&P\{\} escapes to heap$"
	printConst()
	sink = sprintf(1) // ERROR "sprintf\(1\) escapes to heap$"
	sink = errorf(1)
	sink = newErr()
	sink = builder(nil) // ERROR "builder\(nil\) escapes to heap$"
	sink = itoa(3) // ERROR "itoa\(3\) escapes to heap$"
	atoi("1")
	sortInts(nil)
	sortSlice(nil)
	sink = join(nil) // ERROR "join\(nil\) escapes to heap$"
	split("a")
	contains("a", "b")
	sink = upper("x") // ERROR "upper\(\"x\"\) escapes to heap$"
	localSlice()
	printPtr()
	printStruct()
	sink = fmtSprint(1, 2) // ERROR "fmtSprint\(1, 2\) escapes to heap$"
	sink = quote("q") // ERROR "quote\(\"q\"\) escapes to heap$"
	sink = formatFloat(1.5) // ERROR "formatFloat\(1\.5\) escapes to heap$"
}
