// errorcheck -0 -m -l

package main

var sink any
var gp *int

func sum(xs ...int) int { // ERROR "xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keepAll(xs ...*int) { // ERROR "leaking param content: xs$"
	for _, x := range xs {
		gp = x
	}
}

func keepSlice(xs ...int) []int { // ERROR "leaking param: xs to result ~r0 level=0$"
	return xs
}

func anyArgs(args ...any) int { // ERROR "args does not escape$"
	return len(args)
}

func anySink(args ...any) { // ERROR "leaking param: args$"
	sink = args // ERROR "args escapes to heap$"
}

func anyElemSink(args ...any) { // ERROR "leaking param content: args$"
	sink = args[0]
}

func callSum() int {
	return sum(1, 2, 3) // ERROR "\.\.\. argument does not escape$"
}

func callSumSpread(xs []int) int { // ERROR "xs does not escape$"
	return sum(xs...)
}

func callSumNone() int {
	return sum()
}

func callKeepAll() {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	keepAll(&a, &b) // ERROR "\.\.\. argument does not escape$"
}

func callKeepSlice() []int {
	return keepSlice(4, 5) // ERROR "\.\.\. argument escapes to heap$"
}

func callAnyArgs(n int, s string) int { // ERROR "s does not escape$"
	return anyArgs(n, s, 3) // ERROR "\.\.\. argument does not escape$" "n does not escape$" "s does not escape$" "3 does not escape$"
}

func callAnySink(n int) {
	anySink(n) // ERROR "\.\.\. argument escapes to heap$" "n escapes to heap$"
}

func callAnyElemSink(n int, p *int) { // ERROR "leaking param: p$"
	anyElemSink(n, p) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

func forward(args ...any) int { // ERROR "args does not escape$"
	return anyArgs(args...)
}

func mixed(prefix string, xs ...string) int { // ERROR "prefix does not escape$" "xs does not escape$"
	return len(prefix) + len(xs)
}

func callMixed() int {
	return mixed("a", "b", "c") // ERROR "\.\.\. argument does not escape$"
}

func main() {
	callSum()
	callSumSpread(nil)
	callSumNone()
	callKeepAll()
	callKeepSlice()
	callAnyArgs(1, "s")
	callAnySink(1)
	callAnyElemSink(1, nil)
	forward(1) // ERROR "\.\.\. argument does not escape$" "1 does not escape$"
	callMixed()
}
