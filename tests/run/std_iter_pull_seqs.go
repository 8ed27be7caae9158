// run

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"maps"
	"slices"
	"strings"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func pairs() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for i, s := range []string{"a", "b", "c"} {
			if !yield(s, i) {
				return
			}
		}
	}
}

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(slices.Values([]int{1, 2}))
	fmt.Println(next())
	fmt.Println(next())
	fmt.Println(next())
	stop()
	fmt.Println(next())
	n2, s2 := iter.Pull(count(10))
	fmt.Println(n2())
	s2()
	s2()
	n3, s3 := iter.Pull2(pairs())
	for {
		k, v, ok := n3()
		if !ok {
			break
		}
		fmt.Println(k, v)
	}
	s3()
	for a, b := range zip(count(3), slices.Values([]string{"x", "y", "z", "w"})) {
		fmt.Println(a, b)
	}
	// A panic in the sequence reaches the caller of next.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nx, _ := iter.Pull(iter.Seq[int](func(yield func(int) bool) { panic("boom") }))
		nx()
	}()
	for s := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", s)
	}
	for s := range strings.SplitAfterSeq("a,b", ",") {
		fmt.Printf("%q ", s)
	}
	for f := range strings.FieldsSeq("  x y\tz ") {
		fmt.Printf("%q ", f)
	}
	for f := range strings.FieldsFuncSeq("a1b22c", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Printf("%q ", f)
	}
	for l := range strings.Lines("l1\nl2\n\nl4") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for b := range bytes.SplitSeq([]byte("1 2 3"), []byte(" ")) {
		fmt.Printf("%s|", b)
	}
	for l := range bytes.Lines([]byte("p\nq")) {
		fmt.Printf("%q|", l)
	}
	for f := range bytes.FieldsSeq([]byte(" m  n ")) {
		fmt.Printf("%s|", f)
	}
	fmt.Println()
	err := fmt.Errorf("wrap: %w", &MyErr{7})
	if me, ok := errors.AsType[*MyErr](err); ok {
		fmt.Println("AsType", me.Code)
	}
	_, ok := errors.AsType[*fs.PathError](err)
	fmt.Println(ok)
	j := errors.Join(errors.New("x"), &MyErr{9})
	me, ok := errors.AsType[*MyErr](j)
	fmt.Println(me, ok)
	m := map[string]int{"z": 1, "a": 2}
	keys := slices.Sorted(maps.Keys(m))
	nk, sk := iter.Pull(slices.Values(keys))
	defer sk()
	k1, _ := nk()
	fmt.Println(k1)
}
