// errorcheck -0 -m=2 -l

package main

var m = map[string]*int{} // ERROR "map\[string\]\*int\{\} escapes to heap in init:$" "  flow: \{heap\} ← &\{storage for map\[string\]\*int\{\}\}:$" "    from map\[string\]\*int\{\} \(spill\) at .*escape_m2_maps\.go:5:24$" "    from m = map\[string\]\*int\{\} \(assign\) at .*escape_m2_maps\.go:5:5$" "map\[string\]\*int\{\} escapes to heap$"

func store(k string, v *int) { // ERROR "parameter k leaks to \{heap\} for store with derefs=0:$" "  flow: \{heap\} ← k:$" "    from m\[k\] \(key of map put\) at .*escape_m2_maps\.go:8:3$" "parameter v leaks to \{heap\} for store with derefs=0:$" "  flow: \{heap\} ← v:$" "    from m\[k\] = v \(assign\) at .*escape_m2_maps\.go:8:7$" "leaking param: k$" "leaking param: v$"
	m[k] = v
}

func build(n int) map[int]string {
	r := make(map[int]string) // ERROR "make\(map\[int\]string\) escapes to heap in build:$" "  flow: r ← &\{storage for make\(map\[int\]string\)\}:$" "    from make\(map\[int\]string\) \(spill\) at .*escape_m2_maps\.go:12:11$" "    from r := make\(map\[int\]string\) \(assign\) at .*escape_m2_maps\.go:12:4$" "  flow: ~r0 ← r:$" "    from return r \(return\) at .*escape_m2_maps\.go:16:2$" "make\(map\[int\]string\) escapes to heap$"
	for i := 0; i < n; i++ {
		r[i] = "x"
	}
	return r
}

func lookup(mm map[string]*int, k string) *int { // ERROR "mm does not escape$" "k does not escape$"
	return mm[k]
}

func main() {
	v := 3 // ERROR "v escapes to heap in main:$" "  flow: \{heap\} ← &v:$" "    from &v \(address-of\) at .*escape_m2_maps\.go:25:13$" "    from store\(.a., &v\) \(call parameter\) at .*escape_m2_maps\.go:25:7$" "moved to heap: v$"
	store("a", &v)
	println(len(build(3)), *lookup(m, "a"))
	local := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	println(local["a"])
}
