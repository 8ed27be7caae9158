// errorcheck -0 -m=2 -l

package main

var global []*int

func grow(s []int, v int) []int { // ERROR "parameter s leaks to ~r0 for grow with derefs=0:$" "  flow: \{temp\} ← s:$" "    from append\(s, v\) \(call parameter\) at .*escape_m2_slices\.go:8:15$" "  flow: ~r0 ← \{temp\}:$" "    from return append\(s, v\) \(return\) at .*escape_m2_slices\.go:8:2$" "leaking param: s to result ~r0 level=0$"
	return append(s, v) // ERROR "append\(s, v\) escapes to heap in grow:$" "  flow: ~r0 ← &\{storage for append\(s, v\)\}:$" "    from append\(s, v\) \(spill\) at .*escape_m2_slices\.go:8:15$" "    from return append\(s, v\) \(return\) at .*escape_m2_slices\.go:8:2$" "append escapes to heap$"
}

func keep(p *int) { // ERROR "parameter p leaks to \{heap\} for keep with derefs=0:$" "  flow: \{heap\} ← p:$" "    from append\(global, p\) \(call parameter\) at .*escape_m2_slices\.go:12:17$" "leaking param: p$"
	global = append(global, p) // ERROR "append\(global, p\) escapes to heap in keep:$" "  flow: \{heap\} ← &\{storage for append\(global, p\)\}:$" "    from append\(global, p\) \(spill\) at .*escape_m2_slices\.go:12:17$" "    from global = append\(global, p\) \(assign\) at .*escape_m2_slices\.go:12:9$" "append escapes to heap$"
}

func local() int {
	s := make([]int, 0, 8) // ERROR "make\(\[\]int, 0, 8\) does not escape$"
	for i := 0; i < 8; i++ {
		s = append(s, i) // ERROR "append does not escape$"
	}
	return len(s)
}

func slicePtr() []*int {
	a, b := 1, 2 // ERROR "a escapes to heap in slicePtr:$" "  flow: \{storage for \[\]\*int\{\.\.\.\}\} ← &a:$" "    from &a \(address-of\) at .*escape_m2_slices\.go:25:16$" "    from \[\]\*int\{\.\.\.\} \(slice-literal-element\) at .*escape_m2_slices\.go:25:15$" "b escapes to heap in slicePtr:$" "  flow: \{storage for \[\]\*int\{\.\.\.\}\} ← &b:$" "    from &b \(address-of\) at .*escape_m2_slices\.go:25:20$" "moved to heap: a$" "moved to heap: b$"
	return []*int{&a, &b} // ERROR "\[\]\*int\{\.\.\.\} escapes to heap in slicePtr:$" "  flow: ~r0 ← &\{storage for \[\]\*int\{\.\.\.\}\}:$" "    from \[\]\*int\{\.\.\.\} \(spill\) at .*escape_m2_slices\.go:25:15$" "    from return \[\]\*int\{\.\.\.\} \(return\) at .*escape_m2_slices\.go:25:2$" "\[\]\*int\{\.\.\.\} escapes to heap$"
}

func sub(s []int) []int { return s[1:] } // ERROR "parameter s leaks to ~r0 for sub with derefs=0:$" "  flow: ~r0 ← s:$" "    from s\[1:\] \(slice\) at .*escape_m2_slices\.go:28:35$" "    from return s\[1:\] \(return\) at .*escape_m2_slices\.go:28:27$" "leaking param: s to result ~r0 level=0$"

func main() {
	x := 5 // ERROR "x escapes to heap in main:$" "  flow: \{heap\} ← &x:$" "    from &x \(address-of\) at .*escape_m2_slices\.go:32:7$" "    from keep\(&x\) \(call parameter\) at .*escape_m2_slices\.go:32:6$" "moved to heap: x$"
	keep(&x)
	println(len(grow(nil, 1)), local(), len(slicePtr()), len(sub([]int{1, 2, 3}))) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}
