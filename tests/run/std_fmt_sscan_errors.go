// run

// The errors the scanning functions return, with gc's texts.
package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

func try(label string, n int, err error) {
	fmt.Printf("%-22s n=%d err=%v\n", label, n, err)
}

func main() {
	var i int
	var i8 int8
	var u8 uint8
	var u uint
	var f float64
	var s string
	var b bool

	n, err := fmt.Sscan("abc", &i)
	try("not a number", n, err)
	n, err = fmt.Sscan("200", &i8)
	try("int8 overflow", n, err)
	n, err = fmt.Sscan("300", &u8)
	try("uint8 overflow", n, err)
	n, err = fmt.Sscan("-5", &u)
	try("negative uint", n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	try("int64 range", n, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	n, err = fmt.Sscan("1e400", &f)
	try("float range", n, err)
	n, err = fmt.Sscan("x", &f)
	try("bad float", n, err)
	n, err = fmt.Sscan("yes", &b)
	try("bad bool", n, err)
	n, err = fmt.Sscan("trux", &b)
	try("broken true", n, err)
	n, err = fmt.Sscan("", &s)
	try("empty input", n, err)
	fmt.Println(err == io.EOF)
	n, err = fmt.Sscan("7", &i, &s)
	try("short input", n, err)
	fmt.Println(err == io.EOF, err == io.ErrUnexpectedEOF)

	n, err = fmt.Sscanf("7", "%s", &i)
	try("bad verb int", n, err)
	n, err = fmt.Sscanf("7", "%d", &s)
	try("bad verb string", n, err)
	n, err = fmt.Sscanf("7", "%d", &f)
	try("bad verb float", n, err)
	n, err = fmt.Sscanf("t", "%d", &b)
	try("bad verb bool", n, err)
	n, err = fmt.Sscanf("1-2", "%d+%d", &i, &i8)
	try("literal mismatch", n, err)
	n, err = fmt.Sscanf("1 2", "%d", &i, &i8)
	try("too many operands", n, err)
	n, err = fmt.Sscanf("1 2", "%d %d", &i)
	try("too few operands", n, err)
	n, err = fmt.Sscanf("5%", "%d%", &i)
	try("percent at end", n, err)
	n, err = fmt.Sscanf("5 6", "%d%%", &i)
	try("missing literal %", n, err)
	n, err = fmt.Sscanf("12", "%d\n%d", &i, &u)
	try("newline in format", n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &u)
	try("newline in input", n, err)
	n, err = fmt.Sscanf("12", "%d %d", &i, &u)
	try("expected space", n, err)
	n, err = fmt.Sscanf(`"abc`, "%q", &s)
	try("unterminated quote", n, err)
	n, err = fmt.Sscanf(`abc`, "%q", &s)
	try("not quoted", n, err)
	n, err = fmt.Sscanf(`"a\qb"`, "%q", &s)
	try("bad escape", n, err)
	n, err = fmt.Sscanf("zz", "%x", &s)
	try("no hex data", n, err)
	n, err = fmt.Sscanf("4g", "%x", &s)
	try("illegal hex digit", n, err)
	n, err = fmt.Sscan("1", i)
	try("not a pointer", n, err)
	m := map[string]int{}
	n, err = fmt.Sscan("1", &m)
	try("can't scan", n, err)
	n, err = fmt.Sscanf("U+00E9", "%U", &i)
	try("%U ok", n, err)
	fmt.Println(i)
	n, err = fmt.Sscanf("00E9", "%U", &i)
	try("%U bad", n, err)
}
