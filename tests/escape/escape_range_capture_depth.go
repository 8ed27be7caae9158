// errorcheck -0 -m -l

// A range loop's variables are assigned on every iteration: a closure
// captures them by value only when it is created at the loop's own depth,
// not inside a nested loop (gc's closureCaptured).

package main

var sink []func() int

func a() {
	for i := range 2 {
		sink = append(sink, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
}

func b() {
	for i := range 2 { // ERROR "moved to heap: i$"
		for j := 0; j < 2; j++ {
			sink = append(sink, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
		}
	}
}

func c() {
	for i := range 2 { // ERROR "moved to heap: i$"
		for range 2 {
			sink = append(sink, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
		}
	}
}

func d() {
	for i := range 2 { // ERROR "moved to heap: i$"
		for k := range 2 {
			sink = append(sink, func() int { return i + k }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
		}
	}
}

func e() {
	for i := range 2 {
		if i > 0 {
			sink = append(sink, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
		}
	}
}

func f() {
	for i := 0; i < 2; i++ { // ERROR "moved to heap: i$"
		for range 2 {
			sink = append(sink, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
		}
	}
}

func g(xs []int) { // ERROR "xs does not escape$"
	for _, x := range xs { // ERROR "moved to heap: x$"
		for range 2 {
			sink = append(sink, func() int { return x }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
		}
	}
}

func main() { a(); b(); c(); d(); e(); f(); g(nil); a3(); b3(); c3(); d3(); e3(nil) }
func a3() {
	for i := range 2 {
		for range 2 {
		}
		sink = append(sink, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
}

func b3() {
	for i := range 2 {
		sink = append(sink, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
		for j := 0; j < 1; j++ {
		}
	}
}

func c3() {
	for i := range 2 {
		func() { // ERROR "func literal does not escape$"
			for range 2 {
				sink = append(sink, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
			}
		}()
	}
}

func d3() {
	for i := range 2 {
		switch i {
		case 1:
			sink = append(sink, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
		}
	}
}

func e3(m map[int]int) { // ERROR "m does not escape$"
	for k, v := range m { // ERROR "moved to heap: k$"
		for range 2 {
			sink = append(sink, func() int { return k }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
		}
		sink = append(sink, func() int { return v }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
}

