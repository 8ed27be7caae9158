// run

package main

import (
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	*Base
	lives int
}

func (c *Cat) Sound() string { return "meow" }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	Name string
}

type Op func(int, int) int

type Matrix [3][3]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type Key struct {
	a, b int
	s    string
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func variadic(prefix string, nums ...int) string {
	var sb strings.Builder
	sb.WriteString(prefix)
	for i, n := range nums {
		if i > 0 {
			sb.WriteByte(',')
		}
		fmt.Fprintf(&sb, "%d", n)
	}
	return sb.String()
}

func main() {
	animals := []Animal{Dog{Base{"rex"}, "lab"}, &Cat{&Base{"tom"}, 9}}
	for _, a := range animals {
		switch v := a.(type) {
		case Dog:
			fmt.Println(v.Name(), v.Sound(), v.breed, v.name)
		case *Cat:
			fmt.Println(v.Name(), v.Sound(), v.lives)
		}
	}
	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Logf("started %s", svc.Name)
	logf := svc.Logf
	logf("method value %d", 2)
	fexpr := (*Logger).Logf
	fexpr(svc.Logger, "method expr %v", true)
	fmt.Println(strings.Join(svc.lines, "\n"))

	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul", "div"} {
		if op, ok := ops[name]; ok {
			fmt.Println(name, op(7, 3))
		} else {
			fmt.Println(name, "missing", op == nil)
		}
	}

	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(m.Mul(id) == m, m.Mul(m))
	grid := map[[2]int]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[[2]int{1, 2}], len(grid[[2]int{5, 5}]))
	seen := map[Key]int{}
	seen[Key{1, 2, "x"}]++
	seen[Key{1, 2, "x"}]++
	seen[Key{2, 1, "x"}]++
	fmt.Println(seen[Key{1, 2, "x"}], len(seen))

	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(1, 0))

	next, reset := counter()
	next()
	next()
	reset()
	fmt.Println(next())

	fmt.Println(variadic("n:"), variadic("n:", 1), variadic("n:", []int{4, 5, 6}...))

	// shadowing
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 10; x > 5 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))

	// labeled loops and goto
	count := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			count++
		}
	}
	fmt.Println("count", count)
	i := 0
retry:
	i++
	if i < 4 {
		goto retry
	}
	fmt.Println("goto i", i)

	// switch fallthrough
	for n := range 4 {
		switch n {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-ish ")
		case 2, 3:
			fmt.Print("two-three ")
			if n == 3 {
				break
			}
			fmt.Print("(two) ")
		}
	}
	fmt.Println()

	// loop var semantics
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// anonymous structs & comparison
	p1 := struct {
		X, Y int
		L    string
	}{1, 2, "a"}
	p2 := struct {
		X, Y int
		L    string
	}{1, 2, "a"}
	fmt.Println(p1 == p2, p1)
	type pair struct{ a, b any }
	fmt.Println(pair{1, "x"} == pair{1, "x"}, pair{1, 2} == pair{1, int64(2)})

	// arrays are values
	a1 := [3]int{1, 2, 3}
	a2 := a1
	a2[0] = 99
	fmt.Println(a1, a2, a1 != a2)
	sl := a1[:]
	sl[1] = 50
	fmt.Println(a1, cap(sl[1:2]), cap(sl[1:2:2]))

	// multi-dim
	var board [3][4]rune
	for r := range board {
		for c := range board[r] {
			board[r][c] = '.'
		}
	}
	board[1][2] = 'X'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	jag := make([][]int, 4)
	for i := range jag {
		jag[i] = make([]int, i+1)
		for j := range jag[i] {
			if j == 0 || j == i {
				jag[i][j] = 1
			} else {
				jag[i][j] = jag[i-1][j-1] + jag[i-1][j]
			}
		}
	}
	fmt.Println(jag)
}
