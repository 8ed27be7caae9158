// errorcheck -0 -m=2 -l

package main

import (
	"bytes"
	"io"
)

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ } // ERROR "c does not escape$"

func (c Counter) Get() int { return c.n }

func run(f func()) { f() } // ERROR "f does not escape$"

func apply(w func([]byte) (int, error), a, b string) { // ERROR "w does not escape$" "a does not escape$" "b does not escape$"
	w([]byte(a)) // ERROR "\(\[\]byte\)\(a\) escapes to heap in apply:$" "  flow: \{heap\} ← &\{storage for \(\[\]byte\)\(a\)\}:$" "    from \(\[\]byte\)\(a\) \(spill\) at .*escape_m2_method_values\.go:19:11$" "    from w\(\(\[\]byte\)\(a\)\) \(call parameter\) at .*escape_m2_method_values\.go:19:3$" "\(\[\]byte\)\(a\) escapes to heap$"
	w([]byte(b)) // ERROR "\(\[\]byte\)\(b\) escapes to heap in apply:$" "  flow: \{heap\} ← &\{storage for \(\[\]byte\)\(b\)\}:$" "    from \(\[\]byte\)\(b\) \(spill\) at .*escape_m2_method_values\.go:20:11$" "    from w\(\(\[\]byte\)\(b\)\) \(call parameter\) at .*escape_m2_method_values\.go:20:3$" "\(\[\]byte\)\(b\) escapes to heap$"
}

func main() {
	c := &Counter{} // ERROR "&Counter\{\} does not escape$"
	run(c.Inc) // ERROR "c\.Inc does not escape$"
	g := c.Get // ERROR "c\.Get does not escape$"
	println(g())
	var buf bytes.Buffer
	apply(buf.Write, "c", "d") // ERROR "buf\.Write does not escape$"
	var w io.Writer = &buf
	w.Write([]byte("e")) // ERROR "devirtualizing w\.Write to \*bytes\.Buffer$" "\(\[\]byte\)\(.e.\) does not escape$" "zero-copy string->\[\]byte conversion$"
	println(buf.String())
}
