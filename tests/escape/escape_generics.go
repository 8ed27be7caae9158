// errorcheck -0 -m -l

package main

// gc compiles one function per shape of the type arguments (the
// underlying type; any pointer for a type parameter constrained by a basic
// interface is *uint8) and passes a dictionary. -m reports each shape
// instance once, names it with its shapes, never reports its parameters
// (shape instances are DUPOK), and prints calls of instances with the
// dictionary argument. Methods of type parameters are called through the
// dictionary: an unknown function, so the receiver leaks.

import "fmt"

type MyInt int

func (m MyInt) String() string { return "m" }

type P struct {
	X int
	y string
}

func (p *P) String() string { return "p" } // ERROR "p does not escape$"

func Id[T any](x T) T { return x }

func Ptr[T any](x T) *T { return &x } // ERROR "moved to heap: x$"

func Local[T any](x T) int {
	s := make([]T, 4) // ERROR "make\(\[\]go\.shape\.string, 4\) does not escape$" "make\(\[\]go\.shape\.int, 4\) does not escape$"
	s[0] = x
	return len(s)
}

func Box[T any](x T) any { return x } // ERROR "x escapes to heap$"

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m)) // ERROR "make\(\[\]go\.shape\.\*main\.P, 0, len\(m\)\) escapes to heap$" "make\(\[\]go\.shape\.string, 0, len\(m\)\) escapes to heap$"
	for k := range m {
		out = append(out, k) // ERROR "append escapes to heap$"
	}
	return out
}

func Str[T fmt.Stringer](x T) string { return x.String() }

type Num interface {
	~int | ~float64
	String() string
}

func Twice[T Num](x T) string { return x.String() + fmt.Sprint(x*2) } // ERROR "\(func\(go\.shape\.int\) string\)\(\&\.dict\[0\]\)\(x\) \+ fmt\.Sprint\(\.\.\. argument\.\.\.\) escapes to heap$" "x \* go\.shape\.int\(2\) escapes to heap$" "\.\.\. argument does not escape$"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) } // ERROR "append escapes to heap$"

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1] // ERROR "\(\*Stack\[go\.shape\.string\]\)\.Pop ignoring self\-assignment in s\.items = s\.items\[:len\(s\.items\) \- 1\]$" "\(\*Stack\[go\.shape\.\*uint8\]\)\.Pop ignoring self\-assignment in s\.items = s\.items\[:len\(s\.items\) \- 1\]$"
	return v, true
}

func (s Stack[T]) Clone() *Stack[T] { return &s } // ERROR "moved to heap: s$"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) } // ERROR "\.\.\. argument does not escape$" "p\.Key escapes to heap$" "p\.Val escapes to heap$"

func main() {
	a := Id(1)
	b := Id(MyInt(2))
	c := Id(&P{1, "x"}) // ERROR "\&P\{\.\.\.\} escapes to heap$"
	fmt.Println(a, b, c) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
	fmt.Println(Ptr(4), Local(5), Local("x"), Box(P{}), Box(&P{})) // ERROR "Local\[go\.shape\.string\]\(\&\.dict\.Local\[string\], \"x\"\) escapes to heap$" "Local\[go\.shape\.int\]\(\&\.dict\.Local\[int\], 5\) escapes to heap$" "\.\.\. argument does not escape$" "\&P\{\} escapes to heap$"
	fmt.Println(Keys(map[string]int{"x": 1}), Keys(map[*P]bool{})) // ERROR "Keys\[go\.shape\.string,go\.shape\.int\]\(\&\.dict\.Keys\[string,int\], map\[string\]int\{\.\.\.\}\) escapes to heap$" "Keys\[go\.shape\.\*main\.P,go\.shape\.bool\]\(\&\.dict\.Keys\[\*main\.P,bool\], map\[\*P\]bool\{\}\) escapes to heap$" "map\[string\]int\{\.\.\.\} does not escape$" "map\[\*P\]bool\{\} does not escape$" "\.\.\. argument does not escape$"
	s1 := Str(&P{}) // ERROR "\&P\{\} escapes to heap$"
	s2 := Str(MyInt(3))
	fmt.Println(s1, s2, Twice(MyInt(4))) // ERROR "Twice\[go\.shape\.int\]\(\&\.dict\.Twice\[main\.MyInt\], MyInt\(4\)\) escapes to heap$" "\.\.\. argument does not escape$" "s1 escapes to heap$" "s2 escapes to heap$"
	var st Stack[string]
	st.Push("a")
	v, ok := st.Pop()
	fmt.Println(v, ok, st.Clone()) // ERROR "\.\.\. argument does not escape$" "ok escapes to heap$" "v escapes to heap$"
	var sp Stack[*P]
	sp.Push(&P{}) // ERROR "\&P\{\} escapes to heap$"
	fmt.Println(len(sp.items)) // ERROR "len\(sp\.items\) escapes to heap$" "\.\.\. argument does not escape$"
	var x fmt.Stringer = Pair[int, bool]{1, true} // ERROR "Pair\[int,bool\]\{\.\.\.\} does not escape$"
	fmt.Println(x.String()) // ERROR "Pair\[int,bool\]\.String\(x\.\(Pair\[int,bool\]\)\) escapes to heap$" "devirtualizing x\.String to Pair\[int,bool\]$" "\.\.\. argument does not escape$"
}
