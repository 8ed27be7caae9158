// run

package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type shape interface{ Area() float64 }
type sq struct{ s float64 }

func (q sq) Area() float64 { return q.s * q.s }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-14s no panic\n", name)
			return
		}
		kind := "value"
		if re, ok := r.(interface{ RuntimeError() }); ok {
			_ = re
			kind = "runtime"
		} else if _, ok := r.(error); ok {
			kind = "error"
		}
		fmt.Printf("%-14s %-7s %T: %v\n", name, kind, r, r)
	}()
	f()
}

var sink int

func main() {
	var m map[string]int
	var p *sq
	var s []int = []int{1, 2, 3}
	var i any = "str"
	var sh shape
	zero := 0
	arr := [4]int{}
	idx := 5
	try("nilmap", func() { m["a"] = 1 })
	try("nilmap-read", func() { sink = m["a"] })
	try("nilptr", func() { sink = int(p.s) })
	try("nilptr-method", func() { sink = int(p.Area()) })
	try("nil-iface", func() { sink = int(sh.Area()) })
	try("index", func() { sink = s[idx] })
	try("index-neg", func() { j := -1; sink = s[j+zero] })
	try("arr-index", func() { sink = arr[idx] })
	try("slice-hi", func() { sink = len(s[1:idx]) })
	try("slice-lo-hi", func() { lo := 3; hi := 2; sink = len(s[lo:hi]) })
	try("slice3", func() { sink = len(s[0:2:idx]) })
	try("str-index", func() { sink = int("abc"[idx]) })
	try("str-slice", func() { sink = len("abc"[idx:]) })
	try("div0", func() { sink = 10 / zero })
	try("mod0", func() { sink = 10 % zero })
	try("assert", func() { sink = i.(int) })
	try("assert-iface", func() { _ = i.(shape) })
	try("assert-nil", func() { var e any; _ = e.(string) })
	try("custom-err", func() { panic(MyErr{42}) })
	try("custom-ptr", func() { panic(&MyErr{7}) })
	try("errors-new", func() { panic(errors.New("plain")) })
	try("string", func() { panic("just a string") })
	try("int", func() { panic(12) })
	try("fmt-err", func() { panic(fmt.Errorf("wrapped: %w", os.ErrNotExist)) })
	try("closed-chan", func() { c := make(chan int); close(c); close(c) })
	try("send-closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("neg-make", func() { n := -1; _ = make([]int, n) })
	try("conv-arr", func() { _ = [4]int(s) })
	try("unhashable", func() { mm := map[any]int{}; mm[[]int{1}] = 2 })
	try("cmp-uncomp", func() { var a, b any = []int{}, []int{}; fmt.Println(a == b) })
	try("no-panic", func() {})
	try("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re: %v", r))
		}()
		panic("first")
	})
	try("nested-defer", func() {
		defer func() {
			fmt.Println("  inner deferred runs")
		}()
		var arr []string
		_ = strings.Join(arr[:1], "")
	})
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("is runtime error:", ok, err)
			var me MyErr
			fmt.Println("errors.As MyErr:", errors.As(err, &me))
		}()
		var mm map[int][]int
		mm[1] = append(mm[1], 1)
	}()
	fmt.Println("now crashing")
	var pp *MyErr
	defer fmt.Println("deferred before crash")
	fmt.Println(pp.Code)
}
