// run

// go statements evaluate the function value and the arguments at the go
// statement; methods, interface methods, variadic calls and builtins.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type acc struct {
	name string
	out  chan string
}

func (a acc) report(n int)     { a.out <- fmt.Sprintf("%s value %d", a.name, n) }
func (a *acc) reportPtr(n int) { a.out <- fmt.Sprintf("%s ptr %d", a.name, n) }

type reporter interface{ report(n int) }

func sum(out chan string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	out <- fmt.Sprint("sum ", t)
}

func main() {
	out := make(chan string, 10)
	a := acc{"a", out}
	n := 1
	go a.report(n)
	a.name = "changed"
	n = 100
	go a.reportPtr(n)
	var r reporter = acc{"iface", out}
	go r.report(3)
	go sum(out, 1, 2, 3, n)
	f := func(s string) { out <- "closure " + s }
	go f(strings.ToUpper("x"))
	f = nil
	done := make(chan bool)
	go close(done)
	<-done
	var lines []string
	for i := 0; i < 5; i++ {
		lines = append(lines, <-out)
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
}
