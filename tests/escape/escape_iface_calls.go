// errorcheck -0 -m -l

package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
)

var sink any

type Writer interface {
	Write(p []byte) (int, error)
}

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { // ERROR "c does not escape$" "p does not escape$"
	c.n += len(p)
	return len(p), nil
}

type myErr struct{ code int }

func (e *myErr) Error() string { return "code" } // ERROR "e does not escape$"

func writeTo(w Writer, s string) { // ERROR "leaking param: w$" "s does not escape$"
	w.Write([]byte(s)) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func writeLocal(s string) int { // ERROR "s does not escape$"
	c := &counter{} // ERROR "&counter\{\} does not escape$"
	var w Writer = c
	w.Write([]byte(s)) // ERROR "devirtualizing w\.Write to \*counter$" "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return c.n
}

func ioWrite(w io.Writer) { // ERROR "leaking param: w$"
	buf := make([]byte, 4) // ERROR "make\(\[\]byte, 4\) escapes to heap$"
	w.Write(buf)
}

func stdout(s string) { // ERROR "s does not escape$"
	os.Stdout.WriteString(s)
}

func newError(code int) error {
	return &myErr{code} // ERROR "&myErr\{\.\.\.\} escapes to heap$"
}

func checkError(err error) bool { // ERROR "leaking param: err$"
	var me *myErr // ERROR "moved to heap: me$"
	return errors.As(err, &me)
}

func isErr(err error) bool { // ERROR "leaking param: err$"
	return errors.Is(err, io.EOF)
}

func buffer() string {
	var b bytes.Buffer
	b.WriteString("x")
	return b.String()
}

func reader(s string) int { // ERROR "leaking param: s$"
	r := strings.NewReader(s)
	return r.Len()
}

func fields(s string) int { // ERROR "leaking param: s$"
	return len(strings.Fields(s))
}

func repeat(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.Repeat(s, 3)
}

func hasPrefix(s string) bool { // ERROR "s does not escape$"
	return strings.HasPrefix(s, "x")
}

func trim(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.TrimSpace(s)
}

func main() {
	writeTo(&counter{}, "a") // ERROR "&counter\{\} escapes to heap$"
	writeLocal("b")
	ioWrite(os.Stdout)
	stdout("x")
	sink = newError(1)
	checkError(nil)
	isErr(nil)
	sink = buffer() // ERROR "buffer\(\) escapes to heap$"
	reader("r")
	fields("a b")
	sink = repeat("z") // ERROR "repeat\(\"z\"\) escapes to heap$"
	hasPrefix("x")
	sink = trim(" y ") // ERROR "trim\(\" y \"\) escapes to heap$"
}
