// errorcheck -0 -m -l

package main

var sink any
var gp *int

type Tree struct {
	left, right *Tree
	val         int
}

func (t *Tree) Sum() int { // ERROR "t does not escape$"
	if t == nil {
		return 0
	}
	return t.val + t.left.Sum() + t.right.Sum()
}

func (t *Tree) Insert(v int) *Tree { // ERROR "leaking param: t$"
	if t == nil {
		return &Tree{val: v} // ERROR "&Tree\{\.\.\.\} escapes to heap$"
	}
	if v < t.val {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree) Find(v int) *Tree { // ERROR "leaking param: t to result ~r0 level=0$"
	for t != nil && t.val != v {
		if v < t.val {
			t = t.left
		} else {
			t = t.right
		}
	}
	return t
}

func depth(t *Tree) int { // ERROR "t does not escape$"
	if t == nil {
		return 0
	}
	return 1 + max(depth(t.left), depth(t.right))
}

func countDown(n int, p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	if n == 0 {
		return p
	}
	return countDown(n-1, p)
}

func ping(n int, p *int) { // ERROR "p does not escape$"
	if n > 0 {
		pong(n-1, p)
	}
}

func pong(n int, p *int) { // ERROR "p does not escape$"
	if n > 0 {
		ping(n-1, p)
	}
}

func pingLeak(n int, p *int) { // ERROR "leaking param: p$"
	if n == 0 {
		sink = p
		return
	}
	pongLeak(n-1, p)
}

func pongLeak(n int, p *int) { // ERROR "leaking param: p$"
	pingLeak(n, p)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func walk(t *Tree, visit func(int)) { // ERROR "visit does not escape$" "t does not escape$"
	if t == nil {
		return
	}
	walk(t.left, visit)
	visit(t.val)
	walk(t.right, visit)
}

func collect(t *Tree) []int { // ERROR "t does not escape$"
	var out []int
	walk(t, func(v int) { out = append(out, v) }) // ERROR "func literal does not escape$" "append escapes to heap$"
	return out
}

func build() int {
	var t *Tree
	for _, v := range []int{5, 3, 8} { // ERROR "\[\]int\{\.\.\.\} does not escape$"
		t = t.Insert(v)
	}
	return t.Sum()
}

func localRec() int {
	x := 7
	return *countDown(3, &x)
}

func main() {
	build()
	depth(nil)
	localRec()
	ping(2, nil)
	pingLeak(1, nil)
	fib(5)
	collect(nil)
	(&Tree{}).Find(1) // ERROR "&Tree\{\} does not escape$"
}
