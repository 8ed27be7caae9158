// run

package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func multi() (a int, s string, p Point, err error) {
	defer trace("multi")()
	defer func() {
		a *= 10
		s += "!"
		p.X, p.Y = p.Y, p.X
		if err == nil {
			err = errors.New("set by defer")
		}
	}()
	defer func() { a++ }()
	return 4, "hi", Point{1, 2}, nil
}

func bareReturn() (n int, ok bool) {
	defer func() {
		if n > 5 {
			ok = true
		}
	}()
	n = 6
	return
}

func shadowed() (x int) {
	defer func() { x *= 3 }()
	{
		x := 100
		_ = x
	}
	x = 2
	return x + 1
}

func arrayResult() (arr [4]int) {
	defer func() {
		for i := range arr {
			arr[i] += i
		}
	}()
	arr[0] = 10
	return arr
}

type Counter struct{ n int }

func (c *Counter) Incr() (old int) {
	defer func() { c.n++ }()
	return c.n
}

func main() {
	a, s, p, err := multi()
	fmt.Println(a, s, p.X, p.Y, err)
	fmt.Println(bareReturn())
	fmt.Println(shadowed())
	fmt.Println(arrayResult())
	c := &Counter{}
	fmt.Println(c.Incr(), c.Incr(), c.n)
}
