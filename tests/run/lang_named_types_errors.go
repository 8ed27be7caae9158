// run

package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }

type Nested []Nested

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type ReadWriter interface {
	Reader
	Writer
	Read() string
}

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

type T1 struct {
	A int `json:"a"`
	B string
}
type T2 struct {
	A int
	B string `xml:"b"`
}

func pair() (int, string)        { return 7, "seven" }
func takePair(n int, s string) string { return fmt.Sprint(n, "/", s) }
func vsum(prefix string, xs ...int) string {
	return fmt.Sprint(prefix, len(xs), xs)
}

type Temp struct {
	Inner *Temp
	V     int
}

type MultiErr []error

func (m MultiErr) Error() string {
	var s []string
	for _, e := range m {
		s = append(s, e.Error())
	}
	return strings.Join(s, "; ")
}

func check(xs ...int) error {
	var errs MultiErr
	for _, x := range xs {
		if x < 0 {
			errs = append(errs, fmt.Errorf("negative: %d", x))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func typedNil() error {
	var p *os.PathError
	return p
}

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	(&l).Push(3)
	fmt.Println(l, l.Sum(), IntList{4, 5}.Sum())
	s := Set{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s), s)
	n := Nested{{}, {{}, {}}}
	fmt.Println(len(n), len(n[1]), n)
	var rw ReadWriter = &buf{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	t1 := T1{1, "x"}
	t2 := T2(t1)
	fmt.Printf("%+v %+v\n", t1, t2)
	fmt.Println(takePair(pair()))
	fmt.Println(vsum("n", 1, 2), vsum("e"), vsum("s", []int{9}...))
	xs := []any{1, "a", nil}
	fmt.Println(xs...)
	fmt.Println(xs)
	tp := &Temp{&Temp{nil, 2}, 1}
	fmt.Printf("%v %+v\n", *tp.Inner, tp.Inner.Inner)
	err := check(1, -2, 3, -4)
	fmt.Println(err)
	var me MultiErr
	fmt.Println(errors.As(err, &me), len(me), check(1) == nil)
	e := typedNil()
	fmt.Println(e == nil, e != nil)
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	matrix := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	var tr [3][2]int
	for i, row := range matrix {
		for j, v := range row {
			tr[j][i] = v
		}
	}
	fmt.Println(tr, matrix == [2][3]int{{1, 2, 3}, {4, 5, 6}})
	type Pt struct{ X, Y int }
	pts := map[Pt]string{{1, 2}: "a", {0, 5}: "b", {1, 0}: "c"}
	fmt.Println(pts)
	ptrs := []*Pt{{1, 2}}
	fmt.Println(*ptrs[0], len(ptrs))
	bs := []byte("hello")
	copy(bs[1:], "EL")
	fmt.Println(string(bs), string(bs[:2:2]), cap(bs[:2:2]))
	rs := []rune("héllo")
	rs[1] = 'E'
	fmt.Println(string(rs), string(rune(65)), string(rune(0x1F600)))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("%5.1f%%\n", 12.345)
	fmt.Printf("%-5s|%5s|\n", "ab", "cd")
	fmt.Printf("%03d|%3d|%-3d|\n", 7, 7, 7)
	fmt.Printf("%x|%X|%08.3f|%+.2e\n", 3054, "hi", 3.14159, 12345.678)
}
