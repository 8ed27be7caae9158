// errorcheck -0 -m -l

// f(g()) with a multi-value g: gc's type checker assigns g's results to
// temporaries .autotmp_N (N counts the variables the function declared
// before, parameters included; a, b := g() makes temporaries too) and
// prints the call with them, the first converted to its parameter's type.

package main

import "fmt"

type T struct{}

func two() (int, int)         { return 1, 2 }
func pair() (string, error)   { return "x", nil }
func (T) M(a, b int) string   { return "" }
func g(a, b int) string       { return "" }
func h(a any, b int) string   { return "" } // ERROR "^a does not escape$"
func v(a int, r ...int) string { return "" } // ERROR "^r does not escape$"

func wrap(s string, err error) string { // ERROR "^leaking param: s to result ~r0 level=0$" "^leaking param: err$"
	if err != nil {
		return err.Error()
	}
	return s
}

func f(x int, p *int) { // ERROR "^p does not escape$"
	y := x
	fmt.Println(two()) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_3 escapes to heap$" "^\.autotmp_4 escapes to heap$"
	fmt.Println(wrap(pair())) // ERROR "^\.\.\. argument does not escape$" "^wrap\(string\(\.autotmp_5\), \.autotmp_6\) escapes to heap$"
	q, r := two()
	fmt.Println(y, q, r) // ERROR "^\.\.\. argument does not escape$" "^y escapes to heap$" "^q escapes to heap$" "^r escapes to heap$"
	var t T
	fmt.Println(t.M(two())) // ERROR "^\.\.\. argument does not escape$" "^T\.M\(t, int\(\.autotmp_12\), \.autotmp_13\) escapes to heap$"
	fmt.Println(g(two()) + "x") // ERROR "^\.\.\. argument does not escape$" "^g\(int\(\.autotmp_14\), \.autotmp_15\) \+ \"x\" escapes to heap$"
	fmt.Println(h(two())) // ERROR "^\.\.\. argument does not escape$" "^h\(\.autotmp_16, \.autotmp_17\) escapes to heap$" "^\.autotmp_16 does not escape$"
	fmt.Println(v(two())) // ERROR "^\.\.\. argument does not escape$" "^v\(int\(\.autotmp_18\), \.\.\. argument\.\.\.\) escapes to heap$"
}

func main() {
	f(1, nil)
	func() { // ERROR "^func literal does not escape$"
		fmt.Println(two()) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_0 escapes to heap$" "^\.autotmp_1 escapes to heap$"
	}()
}
