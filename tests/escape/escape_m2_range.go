// errorcheck -0 -m=2 -l

package main

type Item struct {
	Name string
	Val  *int
}

var saved []*Item

func scan(items []Item) { // ERROR "parameter items leaks to \{heap\} for scan with derefs=0:$" "  flow: \{heap\} ← items:$" "    from items\[i\] \(dot of pointer\) at .*escape_m2_range\.go:14:31$" "    from &items\[i\] \(address-of\) at .*escape_m2_range\.go:14:25$" "    from append\(saved, &items\[i\]\) \(call parameter\) at .*escape_m2_range\.go:14:17$" "leaking param: items$"
	for i := range items {
		saved = append(saved, &items[i]) // ERROR "append\(saved, &items\[i\]\) escapes to heap in scan:$" "  flow: \{heap\} ← &\{storage for append\(saved, &items\[i\]\)\}:$" "    from append\(saved, &items\[i\]\) \(spill\) at .*escape_m2_range\.go:14:17$" "    from saved = append\(saved, &items\[i\]\) \(assign\) at .*escape_m2_range\.go:14:9$" "append escapes to heap$"
	}
}

func addrs(xs []int) []*int { // ERROR "xs does not escape$"
	var out []*int
	for _, x := range xs { // ERROR "x escapes to heap in addrs:$" "  flow: \{heap\} ← &x:$" "    from &x \(address-of\) at .*escape_m2_range\.go:21:21$" "    from append\(out, &x\) \(call parameter\) at .*escape_m2_range\.go:21:15$" "moved to heap: x$"
		out = append(out, &x) // ERROR "append\(out, &x\) escapes to heap in addrs:$" "  flow: out ← &\{storage for append\(out, &x\)\}:$" "    from append\(out, &x\) \(spill\) at .*escape_m2_range\.go:21:15$" "    from out = append\(out, &x\) \(assign\) at .*escape_m2_range\.go:21:7$" "  flow: ~r0 ← out:$" "    from return out \(return\) at .*escape_m2_range\.go:23:2$" "append escapes to heap$"
	}
	return out
}

func keys(m map[string]*int) []string { // ERROR "m does not escape$"
	var ks []string
	for k, v := range m {
		if v != nil {
			ks = append(ks, k) // ERROR "append\(ks, k\) escapes to heap in keys:$" "  flow: ks ← &\{storage for append\(ks, k\)\}:$" "    from append\(ks, k\) \(spill\) at .*escape_m2_range\.go:30:15$" "    from ks = append\(ks, k\) \(assign\) at .*escape_m2_range\.go:30:7$" "  flow: ~r0 ← ks:$" "    from return ks \(return\) at .*escape_m2_range\.go:33:2$" "append escapes to heap$"
		}
	}
	return ks
}

func main() {
	scan([]Item{{Name: "a"}}) // ERROR "\[\]Item\{\.\.\.\} escapes to heap in main:$" "  flow: \{heap\} ← &\{storage for \[\]Item\{\.\.\.\}\}:$" "    from \[\]Item\{\.\.\.\} \(spill\) at .*escape_m2_range\.go:37:13$" "    from scan\(\[\]Item\{\.\.\.\}\) \(call parameter\) at .*escape_m2_range\.go:37:6$" "\[\]Item\{\.\.\.\} escapes to heap$"
	println(len(addrs([]int{1, 2})), len(keys(map[string]*int{"a": nil}))) // ERROR "\[\]int\{\.\.\.\} does not escape$" "map\[string\]\*int\{\.\.\.\} does not escape$"
	for i, c := range "hi" {
		println(i, c)
	}
}
