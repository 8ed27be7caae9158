// run

package main

import "fmt"

var trace []string

func note(s string) { trace = append(trace, s) }

func level3() {
	defer note("level3 defer")
	panic("deep")
}

func level2() {
	defer note("level2 defer 1")
	defer func() {
		note("level2 defer 2")
	}()
	level3()
	note("level2 after call (not reached)")
}

func level1() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("level1 recovered ", r)
		}
	}()
	defer note("level1 defer")
	level2()
	return "normal"
}

func recurse(n int) int {
	defer func() { trace = append(trace, fmt.Sprint("unwind ", n)) }()
	if n == 0 {
		panic(fmt.Sprint("bottom reached"))
	}
	return recurse(n-1) + 1
}

func catchRecurse() (v int, msg string) {
	defer func() {
		msg = fmt.Sprint(recover())
		v = -1
	}()
	return recurse(5), "ok"
}

func remainingDefersRun() {
	defer fmt.Println("remaining defer 1 runs after recovery")
	defer func() {
		fmt.Println("recovering:", recover())
	}()
	defer fmt.Println("runs first during panic")
	panic("boom")
}

func main() {
	fmt.Println(level1())
	for _, t := range trace {
		fmt.Println(" ", t)
	}
	trace = nil
	fmt.Println(catchRecurse())
	fmt.Println(trace)
	remainingDefersRun()
	fmt.Println("main continues")
}
