// errorcheck -0 -m -l

// How gc prints expressions in -m lines: send-only channel types, method
// calls inside make, interface{} conversions of constants, constant
// complex values as operands, uint8 conversions' spelling, invalid runes,
// and devirtualized calls through an interface assertion.

package main

import "fmt"

type P struct{ n int }

func (p P) Len() int { return p.n }

type T struct{ n int }

func (t T) M() int { return t.n }

type I interface{ M() int }

func sink(a ...any) {} // ERROR "a does not escape$"

func chans() {
	s := []chan<- int{nil} // ERROR "\[\]chan<\- int\{\.\.\.\} does not escape$"
	fmt.Println(len(s), make(chan<- int)) // ERROR "\.\.\. argument does not escape$" "len\(s\) escapes to heap$"
	r := []<-chan int{} // ERROR "\[\]<\-chan int\{\} does not escape$"
	sink(r) // ERROR "\.\.\. argument does not escape$" "r does not escape$"
}

func makes() {
	p := P{3}
	s := make([]int, p.Len()) // ERROR "make\(\[\]int, P\.Len\(p\)\) does not escape$"
	println(len(s))
}

func consts() {
	x := 10
	switch v := interface{}(x).(type) { // ERROR "\(interface \{\}\)\(10\) does not escape$"
	case int:
		println(v)
	}
	c := complex(3, 4)
	sink(c / complex(0, 1)) // ERROR "\.\.\. argument does not escape$" "c / \(0 \+ 1i\) does not escape$"
	var i8 int8 = 5
	sink(uint8(i8) + 100) // ERROR "uint8\(i8\) \+ uint8\(100\) does not escape$" "\.\.\. argument does not escape$"
	sink(rune(0xD800)) // ERROR "\.\.\. argument does not escape$" "'�' does not escape$"
}

func devirt() {
	var i any = T{} // ERROR "T\{\} does not escape$"
	sink(i.(I).M()) // ERROR "T\.M\(i\.\(I\)\.\(T\)\) does not escape$" "\.\.\. argument does not escape$" "devirtualizing i\.\(I\)\.M to T$"
}

func main() {
	chans()
	makes()
	consts()
	devirt()
}
