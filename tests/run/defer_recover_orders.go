// run

package main

import (
	"errors"
	"fmt"
	"os"
)

type cleanup struct{ log []string }

func (c *cleanup) add(s string) { c.log = append(c.log, s) }

func nested(c *cleanup) (err error) {
	defer func() {
		if r := recover(); r != nil {
			c.add(fmt.Sprint("outer recovered: ", r))
			err = fmt.Errorf("wrapped: %v", r)
		}
	}()
	defer c.add("second defer")
	defer func() {
		defer func() {
			r := recover()
			c.add(fmt.Sprint("inner recovered: ", r))
			panic(fmt.Sprint("re-panic after ", r))
		}()
		c.add("first defer runs")
	}()
	panic("boom")
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func(v int) { fmt.Println("closure arg", v, "captured", x) }(x)
	x = 3
}

func counter() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	return 4
}

func loopDefers() (s string) {
	for i := 0; i < 4; i++ {
		defer func() { s += fmt.Sprint(i) }()
	}
	return "r:"
}

var ErrNotFound = errors.New("not found")

func find(m map[string]int, k string) (v int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("find %q: %w", k, err)
		}
	}()
	v, ok := m[k]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

func recoverNotDirect() (res string) {
	defer func() {
		res = fmt.Sprint("top-level recover: ", recover())
	}()
	defer func() {
		helper := func() any { return recover() }
		res = fmt.Sprint("helper got: ", helper())
	}()
	panic("direct only")
}

func panicNonString() {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case error:
			fmt.Println("error:", v)
		case fmt.Stringer:
			fmt.Println("stringer:", v)
		case int:
			fmt.Println("int:", v)
		default:
			fmt.Printf("other %T: %v\n", v, v)
		}
	}()
	panic(struct{ Code int }{42})
}

func runtimeErr() {
	defer func() {
		r := recover()
		if e, ok := r.(interface{ RuntimeError() }); ok {
			_ = e
			fmt.Println("runtime error:", r)
		}
	}()
	var a []int
	idx := 3
	_ = a[idx]
}

func main() {
	c := &cleanup{}
	err := nested(c)
	for _, l := range c.log {
		fmt.Println(l)
	}
	fmt.Println("err:", err)
	deferArgs()
	fmt.Println(counter())
	fmt.Println(loopDefers())
	_, err = find(map[string]int{"a": 1}, "b")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	v, err := find(map[string]int{"a": 1}, "a")
	fmt.Println(v, err)
	fmt.Println(recoverNotDirect())
	panicNonString()
	runtimeErr()
	defer fmt.Println("not printed: os.Exit skips defers")
	defer func() {
		r := recover()
		fmt.Println("main recovered", r)
		os.Exit(3)
	}()
	var m map[string]int
	m["x"] = 1
}
