// errorcheck -0 -m=2 -l

package main

var sink any

type T struct{ p *int }

func overArray(a [3]*int) *int { // ERROR "parameter a leaks to ~r0 for overArray with derefs=0:$" "  flow: \{temp\} ← a:$" "  flow: p ← \{temp\}:$" "    from for loop \(range\) at .*escape_m2_range_kinds\.go:11:14$" "  flow: last ← p:$" "    from last = p \(assign\) at .*escape_m2_range_kinds\.go:12:8$" "  flow: ~r0 ← last:$" "    from return last \(return\) at .*escape_m2_range_kinds\.go:14:2$" "leaking param: a to result ~r0 level=0$"
	var last *int
	for _, p := range a {
		last = p
	}
	return last
}

func overPtrArray(a *[2]*int) { // ERROR "parameter a leaks to \{heap\} for overPtrArray with derefs=1:$" "  flow: \{temp\} ← a:$" "  flow: p ← \*\{temp\}:$" "    from for loop \(range-deref\) at .*escape_m2_range_kinds\.go:18:14$" "  flow: \{heap\} ← p:$" "    from p \(interface-converted\) at .*escape_m2_range_kinds\.go:19:10$" "    from sink = p \(assign\) at .*escape_m2_range_kinds\.go:19:8$" "leaking param content: a$"
	for _, p := range a {
		sink = p
	}
}

func overMap(m map[string]*T) *T { // ERROR "parameter m leaks to ~r0 for overMap with derefs=1:$" "  flow: \{temp\} ← m:$" "  flow: v ← \*\{temp\}:$" "    from for loop \(range-deref\) at .*escape_m2_range_kinds\.go:24:14$" "  flow: ~r0 ← v:$" "    from return v \(return\) at .*escape_m2_range_kinds\.go:25:3$" "leaking param: m to result ~r0 level=1$"
	for _, v := range m {
		return v
	}
	return nil
}

func overSliceOfStructs(ts []T) []*int { // ERROR "parameter ts leaks to \{heap\} for overSliceOfStructs with derefs=1:$" "  flow: \{temp\} ← ts:$" "  flow: t ← \*\{temp\}:$" "    from for loop \(range-deref\) at .*escape_m2_range_kinds\.go:32:14$" "  flow: \{heap\} ← t:$" "    from t\.p \(dot\) at .*escape_m2_range_kinds\.go:33:22$" "    from append\(out, t\.p\) \(call parameter\) at .*escape_m2_range_kinds\.go:33:15$" "leaking param content: ts$"
	var out []*int
	for _, t := range ts {
		out = append(out, t.p) // ERROR "append\(out, t\.p\) escapes to heap in overSliceOfStructs:$" "  flow: out ← &\{storage for append\(out, t\.p\)\}:$" "    from append\(out, t\.p\) \(spill\) at .*escape_m2_range_kinds\.go:33:15$" "    from out = append\(out, t\.p\) \(assign\) at .*escape_m2_range_kinds\.go:33:7$" "  flow: ~r0 ← out:$" "    from return out \(return\) at .*escape_m2_range_kinds\.go:35:2$" "append escapes to heap$"
	}
	return out
}

func keysOnly(m map[*int]bool) { // ERROR "m does not escape$"
	for k := range m {
		sink = k
	}
}

func main() {
	x := 1
	println(overArray([3]*int{&x}) != nil)
	overPtrArray(&[2]*int{}) // ERROR "&\[2\]\*int\{\} does not escape$"
	println(overMap(nil) == nil, len(overSliceOfStructs(nil)))
	keysOnly(nil)
}
