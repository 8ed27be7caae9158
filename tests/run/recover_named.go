// run

package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return q, nil
}

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

type big struct {
	a, b, c, d, e, f, g, h, i, j int
}

func bigResult() (r big) {
	defer func() {
		recover()
		r.j = 99
	}()
	r.a = 1
	panic("big")
}

func noRecoverValue() (s string) {
	defer func() {
		s = fmt.Sprint("recover() = ", recover())
	}()
	return "normal"
}

var errSentinel = errors.New("sentinel")

func errPanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(errSentinel)
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(double())
	fmt.Println(unnamed())
	r := bigResult()
	fmt.Println(r.a, r.b, r.j)
	fmt.Println(noRecoverValue())
	err := errPanic()
	fmt.Println(err, err == errSentinel)
}
