// run

package main

import "fmt"

var step int

func next(label string) int {
	step++
	fmt.Println("evaluate", label, "at step", step)
	return step
}

func show(a, b int) { fmt.Println("deferred show", a, b) }

type Acc struct{ total int }

func (a Acc) Report(tag string) { fmt.Println("report", tag, a.total) }
func (a *Acc) PReport(tag string) { fmt.Println("preport", tag, a.total) }

func pick() func(int, int) {
	fmt.Println("function value evaluated at defer")
	return show
}

func main() {
	defer show(next("first arg"), next("second arg"))
	defer pick()(next("third"), next("fourth"))
	acc := Acc{1}
	defer acc.Report(fmt.Sprint("value receiver copied: ", acc.total))
	defer acc.PReport("pointer receiver sees later changes")
	m := acc.Report
	acc.total = 50
	defer m("method value bound earlier")
	fmt.Println("body end, step", step)
}
