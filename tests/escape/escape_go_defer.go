// errorcheck -0 -m -l

package main

import "fmt"

var sink any

type Res struct{ name string }

func (r *Res) Close() { r.name = "" } // ERROR "r does not escape$"

func closeLater() {
	r := &Res{"a"} // ERROR "&Res\{\.\.\.\} does not escape$"
	defer r.Close()
	r.name = "b"
}

func deferLiteral() int {
	x := 0
	defer func() { x++ }() // ERROR "func literal does not escape$"
	return x
}

func deferInLoop() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println(i) }() // ERROR "func literal escapes to heap$" "\.\.\. argument does not escape$" "i escapes to heap$"
	}
}

func deferArgs(n int) {
	defer fmt.Println("done", n) // ERROR "\"done\" escapes to heap$" "n escapes to heap$" "\.\.\. argument does not escape$"
}

func deferPtrArg() {
	v := 1
	defer use(&v)
}

func use(p *int) { _ = *p } // ERROR "p does not escape$"

func keep(p *int) { sink = p } // ERROR "leaking param: p$"

func deferKeep() {
	v := 1 // ERROR "moved to heap: v$"
	defer keep(&v)
}

func goLiteral(n int) {
	go func() { _ = n }() // ERROR "func literal escapes to heap$"
}

func goArgs() {
	x := 5 // ERROR "moved to heap: x$"
	go use(&x)
}

func recoverer() (err error) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r) // ERROR "\.\.\. argument does not escape$"
		}
	}()
	panic("boom") // ERROR "\"boom\" escapes to heap$"
}

func deferMethodValue() {
	r := Res{}
	f := r.Close // ERROR "r\.Close does not escape$"
	defer f()
}

func main() {
	closeLater()
	deferLiteral()
	deferInLoop()
	deferArgs(1)
	deferPtrArg()
	deferKeep()
	goLiteral(1)
	goArgs()
	recoverer()
	deferMethodValue()
}
