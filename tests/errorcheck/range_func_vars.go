// errorcheck

// Range-over-func: variadic yield functions, functions without
// parameters, and iteration variables of the wrong type.
package main

type Seq2 func(yield func(int, string) bool)

func f1(yield func(int) bool)         {}
func f2(yield func(int, string) bool) {}
func bad7(yield func(...int) bool)    {}
func bad8()                           {}

func main() {
	for range bad7 { // ERROR "cannot range over bad7 \(value of type .*\): yield func of type func\(...int\) bool cannot be variadic"
	}
	for range bad8 { // ERROR "cannot range over bad8 \(value of type func\(\)\): func must be func\(yield func\(...\) bool\): wrong argument count"
	}
	var str string
	for str = range f1 { // ERROR "cannot use str \(value of type int\) as string value in assignment"
	}
	_ = str
	for _ := range f2 { // ERROR "no new variables on left side of :="
	}
	var s Seq2
	for i, s := range s {
		var t int = s // ERROR "cannot use s \(variable of type string\) as int value in variable declaration"
		_, _ = i, t
	}
	for _, _ = range f2 {
	}
}
