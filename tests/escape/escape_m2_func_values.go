// errorcheck -0 -m=2 -l

package main

type op func(*int) *int

func id(p *int) *int { return p } // ERROR "parameter p leaks to ~r0 for id with derefs=0:$" "  flow: ~r0 ← p:$" "    from return p \(return\) at .*escape_m2_func_values\.go:7:24$" "leaking param: p to result ~r0 level=0$"

var table = map[string]op{"id": id} // ERROR "map\[string\]op\{\.\.\.\} escapes to heap in init:$" "  flow: \{heap\} ← &\{storage for map\[string\]op\{\.\.\.\}\}:$" "    from map\[string\]op\{\.\.\.\} \(spill\) at .*escape_m2_func_values\.go:9:26$" "    from table = map\[string\]op\{\.\.\.\} \(assign\) at .*escape_m2_func_values\.go:9:5$" "map\[string\]op\{\.\.\.\} escapes to heap$"

var handlers []func() int

func register(h func() int) { handlers = append(handlers, h) } // ERROR "append\(handlers, h\) escapes to heap in register:$" "  flow: \{heap\} ← &\{storage for append\(handlers, h\)\}:$" "    from append\(handlers, h\) \(spill\) at .*escape_m2_func_values\.go:13:48$" "    from handlers = append\(handlers, h\) \(assign\) at .*escape_m2_func_values\.go:13:40$" "parameter h leaks to \{heap\} for register with derefs=0:$" "  flow: \{heap\} ← h:$" "    from append\(handlers, h\) \(call parameter\) at .*escape_m2_func_values\.go:13:48$" "leaking param: h$" "append escapes to heap$"

func call(f op, p *int) *int { return f(p) } // ERROR "parameter p leaks to \{heap\} for call with derefs=0:$" "  flow: \{heap\} ← p:$" "    from f\(p\) \(call parameter\) at .*escape_m2_func_values\.go:15:40$" "f does not escape$" "leaking param: p$"

func twoResults() (int, error) { return 1, nil }

func main() {
	x := 1 // ERROR "x escapes to heap in main:$" "  flow: \{heap\} ← &x:$" "    from &x \(address-of\) at .*escape_m2_func_values\.go:21:20$" "    from call\(id, &x\) \(call parameter\) at .*escape_m2_func_values\.go:21:15$" "moved to heap: x$"
	println(*call(id, &x))
	y := 2 // ERROR "y escapes to heap in main:$" "  flow: \{heap\} ← &y:$" "    from &y \(address-of\) at .*escape_m2_func_values\.go:24:13$" "    from f\(&y\) \(call parameter\) at .*escape_m2_func_values\.go:24:12$" "moved to heap: y$"
	f := table["id"]
	println(*f(&y))
	register(func() int { return 1 }) // ERROR "func literal escapes to heap in main:$" "  flow: \{heap\} ← &\{storage for func literal\}:$" "    from func literal \(spill\) at .*escape_m2_func_values\.go:25:11$" "    from register\(func literal\) \(call parameter\) at .*escape_m2_func_values\.go:25:10$" "func literal escapes to heap$"
	v, err := twoResults()
	println(v, err == nil, len(handlers))
}
