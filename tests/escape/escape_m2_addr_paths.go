// errorcheck -0 -m=2 -l

package main

var sink *int

func leak(p *int) { sink = p } // ERROR "parameter p leaks to \{heap\} for leak with derefs=0:$" "  flow: \{heap\} ← p:$" "    from sink = p \(assign\) at .*escape_m2_addr_paths\.go:7:26$" "leaking param: p$"

type Counter struct{ n int }

func (c *Counter) Add(d int) { c.n += d; sink = &c.n } // ERROR "parameter c leaks to \{heap\} for \(\*Counter\)\.Add with derefs=0:$" "  flow: \{heap\} ← c:$" "    from c\.n \(dot of pointer\) at .*escape_m2_addr_paths\.go:11:51$" "    from &c\.n \(address-of\) at .*escape_m2_addr_paths\.go:11:49$" "    from sink = &c\.n \(assign\) at .*escape_m2_addr_paths\.go:11:47$" "leaking param: c$"

// Every store of an address into the heap explains itself, not only the
// first: gc prints one path per flow.
func twice() {
	x := 1 // ERROR "x escapes to heap in twice:$" "  flow: \{heap\} ← &x:$" "    from &x \(address-of\) at .*escape_m2_addr_paths\.go:17:7$" "    from leak\(&x\) \(call parameter\) at .*escape_m2_addr_paths\.go:17:6$" "    from &x \(address-of\) at .*escape_m2_addr_paths\.go:18:7$" "    from leak\(&x\) \(call parameter\) at .*escape_m2_addr_paths\.go:18:6$" "moved to heap: x$"
	leak(&x)
	leak(&x)
}

func methods() {
	var c Counter // ERROR "c escapes to heap in methods:$" "  flow: \{heap\} ← &c:$" "    from c \(address-of\) at .*escape_m2_addr_paths\.go:23:3$" "    from \(\*Counter\)\.Add\(c, 1\) \(call parameter\) at .*escape_m2_addr_paths\.go:23:7$" "    from c \(address-of\) at .*escape_m2_addr_paths\.go:24:3$" "    from \(\*Counter\)\.Add\(c, 2\) \(call parameter\) at .*escape_m2_addr_paths\.go:24:7$" "moved to heap: c$"
	c.Add(1)
	c.Add(2)
}

func main() {
	twice()
	methods()
}
