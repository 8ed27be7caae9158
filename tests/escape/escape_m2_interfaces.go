// errorcheck -0 -m=2 -l

package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R } // ERROR "c does not escape$"

func total(ss []Shape) float64 { // ERROR "parameter ss leaks to \{heap\} for total with derefs=1:$" "  flow: \{temp\} ← ss:$" "  flow: s ← \*\{temp\}:$" "    from for loop \(range-deref\) at .*escape_m2_interfaces\.go:19:14$" "  flow: \{heap\} ← s:$" "    from s\.Area\(\) \(call parameter\) at .*escape_m2_interfaces\.go:20:14$" "leaking param content: ss$"
	t := 0.0
	for _, s := range ss {
		t += s.Area()
	}
	return t
}

func describe(x any) string { // ERROR "parameter x leaks to \{heap\} for describe with derefs=0:$" "  flow: \{storage for \.\.\. argument\} ← x:$" "    from \.\.\. argument \(slice-literal-element\) at .*escape_m2_interfaces\.go:26:19$" "  flow: \{heap\} ← \{storage for \.\.\. argument\}:$" "    from \.\.\. argument \(spill\) at .*escape_m2_interfaces\.go:26:19$" "    from fmt\.Sprint\(\.\.\. argument\.\.\.\) \(call parameter\) at .*escape_m2_interfaces\.go:26:19$" "leaking param: x$"
	return fmt.Sprint(x) // ERROR "\.\.\. argument does not escape$"
}

func main() {
	ss := []Shape{Rect{1, 2}, &Circle{3}} // ERROR "Rect\{\.\.\.\} escapes to heap in main:$" "  flow: \{storage for \[\]Shape\{\.\.\.\}\} ← &\{storage for Rect\{\.\.\.\}\}:$" "    from Rect\{\.\.\.\} \(spill\) at .*escape_m2_interfaces\.go:30:20$" "    from \[\]Shape\{\.\.\.\} \(slice-literal-element\) at .*escape_m2_interfaces\.go:30:15$" "  flow: ss ← &\{storage for \[\]Shape\{\.\.\.\}\}:$" "    from \[\]Shape\{\.\.\.\} \(spill\) at .*escape_m2_interfaces\.go:30:15$" "    from ss := \[\]Shape\{\.\.\.\} \(assign\) at .*escape_m2_interfaces\.go:30:5$" "  flow: \{heap\} ← \*ss:$" "    from total\(ss\) \(call parameter\) at .*escape_m2_interfaces\.go:31:19$" "&Circle\{\.\.\.\} escapes to heap in main:$" "  flow: \{storage for \[\]Shape\{\.\.\.\}\} ← &\{storage for &Circle\{\.\.\.\}\}:$" "    from &Circle\{\.\.\.\} \(spill\) at .*escape_m2_interfaces\.go:30:28$" "    from &Circle\{\.\.\.\} \(interface-converted\) at .*escape_m2_interfaces\.go:30:28$" "\[\]Shape\{\.\.\.\} does not escape$" "Rect\{\.\.\.\} escapes to heap$" "&Circle\{\.\.\.\} escapes to heap$"
	fmt.Println(total(ss)) // ERROR "total\(ss\) escapes to heap in main:$" "  flow: \{storage for \.\.\. argument\} ← &\{storage for total\(ss\)\}:$" "    from total\(ss\) \(spill\) at .*escape_m2_interfaces\.go:31:19$" "    from \.\.\. argument \(slice-literal-element\) at .*escape_m2_interfaces\.go:31:13$" "  flow: \{heap\} ← \{storage for \.\.\. argument\}:$" "    from \.\.\. argument \(spill\) at .*escape_m2_interfaces\.go:31:13$" "    from fmt\.Println\(\.\.\. argument\.\.\.\) \(call parameter\) at .*escape_m2_interfaces\.go:31:13$" "\.\.\. argument does not escape$" "total\(ss\) escapes to heap$"
	fmt.Println(describe(42), describe("s")) // ERROR "42 escapes to heap in main:$" "  flow: \{heap\} ← &\{storage for 42\}:$" "    from 42 \(spill\) at .*escape_m2_interfaces\.go:32:23$" "    from describe\(42\) \(call parameter\) at .*escape_m2_interfaces\.go:32:22$" ".s. escapes to heap in main:$" "  flow: \{heap\} ← &\{storage for .s.\}:$" "    from .s. \(spill\) at .*escape_m2_interfaces\.go:32:37$" "    from describe\(.s.\) \(call parameter\) at .*escape_m2_interfaces\.go:32:36$" "describe\(42\) escapes to heap in main:$" "  flow: \{storage for \.\.\. argument\} ← &\{storage for describe\(42\)\}:$" "    from describe\(42\) \(spill\) at .*escape_m2_interfaces\.go:32:22$" "    from \.\.\. argument \(slice-literal-element\) at .*escape_m2_interfaces\.go:32:13$" "  flow: \{heap\} ← \{storage for \.\.\. argument\}:$" "    from \.\.\. argument \(spill\) at .*escape_m2_interfaces\.go:32:13$" "    from fmt\.Println\(\.\.\. argument\.\.\.\) \(call parameter\) at .*escape_m2_interfaces\.go:32:13$" "describe\(.s.\) escapes to heap in main:$" "  flow: \{storage for \.\.\. argument\} ← &\{storage for describe\(.s.\)\}:$" "    from describe\(.s.\) \(spill\) at .*escape_m2_interfaces\.go:32:36$" "\.\.\. argument does not escape$" "describe\(42\) escapes to heap$" "42 escapes to heap$" "describe\(.s.\) escapes to heap$" ".s. escapes to heap$"
}
