// run

// defer in range-over-func loop bodies, with panics: from the iterator
// itself, from the loop body, recovered by a body's deferred call or by the
// enclosing function's, and many deferred records (heap allocated) that the
// collector must keep alive until the enclosing function returns.

package main

import (
	"fmt"
	"strings"
)

func Seq(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// Faulty panics after yielding k values.
func Faulty(k int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("faulty: iterator defer")
		for i := 0; ; i++ {
			if i == k {
				panic(fmt.Sprintf("iterator broke at %d", i))
			}
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(m []string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func iteratorPanics() (out string) {
	defer func() {
		r := recover()
		out += fmt.Sprintf(" | recovered: %v", r)
	}()
	for i := range Faulty(3) {
		defer func() { out += fmt.Sprintf(" d%d", i) }()
	}
	return "unreached"
}

func bodyRecovers() (n int, err error) {
	for i := range Faulty(10) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("body recovered: %v (i=%d)", r, i)
				n = -i
			}
		}()
		if i == 4 {
			var m map[string]int
			m["x"] = i
		}
	}
	return 1, nil
}

type Ledger struct {
	log []string
}

func (l *Ledger) Apply(items []string) (total int) {
	defer func() { l.log = append(l.log, fmt.Sprintf("total=%d", total)) }()
	for i, s := range Pairs(items) {
		defer func() {
			total += len(s)
			l.log = append(l.log, fmt.Sprintf("undo %d:%s", i, s))
		}()
		if s == "stop" {
			break
		}
	}
	return 0
}

func many(n int) (sum int) {
	for i := range Seq(n) {
		s := strings.Repeat("x", i%7)
		p := &struct{ v int; s string }{i, s}
		defer func() { sum += p.v + len(p.s) }()
		_ = make([]byte, 64)
	}
	return 0
}

func nestedPanic() (res []string) {
	defer func() {
		res = append(res, fmt.Sprint("outer recover: ", recover()))
	}()
	for i := range Seq(3) {
		for j := range Seq(3) {
			defer func() { res = append(res, fmt.Sprintf("%d%d", i, j)) }()
			if i == 1 && j == 2 {
				var a []int
				_ = a[i+j]
			}
		}
	}
	return nil
}

func inClosure() string {
	var b strings.Builder
	f := func() {
		defer b.WriteString("]")
		b.WriteString("[")
		for i := range Seq(4) {
			defer fmt.Fprintf(&b, "%d", i)
		}
		b.WriteString(":")
	}
	f()
	f()
	return b.String()
}

func main() {
	fmt.Println(iteratorPanics())
	fmt.Println(bodyRecovers())
	l := &Ledger{}
	fmt.Println(l.Apply([]string{"ab", "cde", "stop", "never"}))
	fmt.Println(strings.Join(l.log, ", "))
	fmt.Println(many(2000))
	fmt.Println(nestedPanic())
	fmt.Println(inClosure())
	for i := range Faulty(2) {
		defer fmt.Println("main deferred", i)
	}
}
