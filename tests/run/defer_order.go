// run

package main

import "fmt"

type T struct{ name string }

func (t T) Show()   { fmt.Println("value receiver", t.name) }
func (t *T) PShow() { fmt.Println("pointer receiver", t.name) }

type Shower interface{ Show() }

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("loop defer", i)
	}
	defer fmt.Println("first registered, runs last of these")
	x := 10
	defer fmt.Println("argument evaluated at defer:", x)
	x = 20
	defer func() { fmt.Println("closure sees current x:", x) }()
	x = 30
}

func receivers() {
	t := T{"a"}
	defer t.Show()
	defer t.PShow()
	var s Shower = T{"iface"}
	defer s.Show()
	f := t.Show
	defer f()
	t.name = "b"
}

func builtins() {
	x := 1
	defer println("println deferred", x)
	defer print("print deferred\n")
	x = 2
}

func variadic(prefix string, xs ...int) {
	fmt.Println(prefix, len(xs), xs)
}

func variadics() {
	for i := 0; i < 3; i++ {
		defer variadic("iteration", i, i*10)
	}
	s := []int{7, 8}
	defer variadic("spread", s...)
	s[0] = 70
}

func main() {
	order()
	receivers()
	builtins()
	variadics()
	fmt.Println("done")
}
