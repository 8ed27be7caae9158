// run

// Values built in gc's 32-byte frame buffers (appends that start empty,
// slices moved to the heap where they escape, string conversions and
// concatenations whose results stay local) must be the same as if they
// were on the heap, across collections and after the frame is gone.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	name string
	next *node
}

var keep []*node

//go:noinline
func chain(n int) *node {
	var s []*node
	for i := 0; i < n; i++ {
		s = append(s, &node{name: fmt.Sprint("n", i)})
		runtime.GC()
	}
	for i := 1; i < len(s); i++ {
		s[i-1].next = s[i]
	}
	return s[0]
}

//go:noinline
func squares(n int) []int {
	var s []int
	for i := 1; i <= n; i++ {
		s = append(s, i*i)
	}
	return s
}

//go:noinline
func squaresCap(n int) []int {
	var s []int
	total := 0
	for i := 1; i <= n; i++ {
		s = append(s, i*i)
		total += cap(s) - cap(s)
	}
	return s[total:]
}

//go:noinline
func words(ws ...string) []string {
	var s []string
	for _, w := range ws {
		s = append(s, strings.Repeat(w, 2))
	}
	runtime.GC()
	return s
}

//go:noinline
func store(n int) {
	var s []*node
	for i := 0; i < n; i++ {
		s = append(s, &node{name: strings.ToUpper(fmt.Sprint("k", i))})
	}
	keep = s
}

//go:noinline
func local(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

//go:noinline
func perIteration() string {
	var out []string
	for j := 0; j < 4; j++ {
		var s []byte
		for i := 0; i <= j; i++ {
			s = append(s, 'a'+byte(i))
		}
		out = append(out, string(s))
	}
	return strings.Join(out, ",")
}

//go:noinline
func convert(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	u := string(b)
	v := string(r)
	w := u + "/" + v
	return strings.Clone(w)
}

//go:noinline
func single(s string) string {
	t := s + ""
	return t
}

//go:noinline
func concatLocal(a, b string) int {
	s := a + b
	return strings.Count(s, "a")
}

//go:noinline
func runeString(r rune) string {
	s := string(r)
	return s + s
}

func main() {
	for p := chain(5); p != nil; p = p.next {
		fmt.Print(p.name, " ")
	}
	fmt.Println()
	for _, n := range []int{0, 1, 3, 4, 5, 9} {
		a, b := squares(n), squaresCap(n)
		if len(a) > 0 {
			a[0] = -1
		}
		fmt.Println(n, a, b, local(n))
	}
	fmt.Println(words("x", "yz", "w"))
	store(6)
	runtime.GC()
	for _, k := range keep {
		fmt.Print(k.name, " ")
	}
	fmt.Println()
	fmt.Println(perIteration())
	for _, s := range []string{"", "go", "héllo, wörld", "a string that is longer than thirty-two bytes"} {
		fmt.Printf("%q %q %d\n", convert(s), single(s), concatLocal(s, "banana"))
	}
	fmt.Println(runeString('é'), runeString('x'), runeString(-1))
}
