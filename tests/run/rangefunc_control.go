// run

// Control flow out of range-over-func loop bodies: returns with values from
// nested loops, goto, labelled continue through inner ordinary loops,
// switch and select inside bodies, method values of interfaces and value
// receivers, function-typed fields, and loops inside function literals.

package main

import (
	"errors"
	"fmt"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Pair struct{ A, B int }

func Grid(w, h int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for y := range h {
			for x := range w {
				if !yield(x, y) {
					return
				}
			}
		}
	}
}

func divmod(a, b int) (int, int, error) { return a / b, a % b, nil }

// search returns from three levels deep, with a multi-value call.
func search(target int) (int, int, error) {
	for i := range Count(10) {
		for j := range Count(10) {
			for k := range Count(10) {
				if i*100+j*10+k == target {
					return divmod(target, 7)
				}
			}
		}
	}
	return 0, 0, errors.New("not found")
}

func search3(target int) (int, int, error) {
	q, r := 0, 0
	for i := range Count(1000) {
		if i == target {
			q, r, _ = divmod(i, 7)
			return q, r, nil
		}
	}
	return 0, 0, errors.New("not found")
}

type Ints []int

func (s Ints) All(yield func(int, int) bool) {
	for i, v := range s {
		if !yield(i, v) {
			return
		}
	}
}

type Ranger interface {
	All(yield func(int, int) bool)
}

type Box struct {
	each func(yield func(string) bool)
}

func main() {
	fmt.Println(search(345))
	fmt.Println(search(1000))
	fmt.Println(search3(100))

	// goto a label before the loop, from a nested loop.
	n := 0
retry:
	n++
	for x, y := range Grid(3, 3) {
		for i := range Count(3) {
			if x+y+i == 4 && n < 3 {
				goto retry
			}
		}
	}
	fmt.Println("retries", n)

	// goto forward, past the loop.
	for i := range Count(5) {
		if i == 2 {
			goto done
		}
		fmt.Println("i", i)
	}
	fmt.Println("not printed")
done:
	fmt.Println("done")

	// continue of the range-over-func loop from inside an ordinary loop and a switch.
rows:
	for x, y := range Grid(4, 2) {
		for k := 0; k < 3; k++ {
			switch {
			case k == x:
				continue rows
			case k > 1:
				break rows
			}
			fmt.Println("cell", x, y, k)
		}
		fmt.Println("cell", x, y)
	}

	// select and switch inside the body.
	ch := make(chan int, 10)
	for i := range Count(6) {
		select {
		case ch <- i:
			if i%2 == 0 {
				continue
			}
		default:
		}
		switch i {
		case 3:
			fmt.Println("three")
		case 5:
			break
		}
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Methods with value receivers and through interfaces.
	s := Ints{5, 6, 7}
	for i, v := range s.All {
		fmt.Print(i, ":", v, " ")
	}
	var r Ranger = s
	for i, v := range r.All {
		if i == 2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	// A function-typed field.
	b := Box{each: func(yield func(string) bool) {
		_ = yield("a") && yield("b") && yield("c")
	}}
	for w := range b.each {
		fmt.Print(w)
	}
	fmt.Println()

	// A loop in a function literal returns from the literal only.
	first := func(limit int) int {
		for i := range Count(100) {
			if i*i > limit {
				return i
			}
		}
		return -1
	}
	fmt.Println(first(50), first(20000))

	// Iteration variables are per iteration, also through pointers.
	var ps []*int
	for i := range Count(3) {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Assignment form with an index expression and a field.
	var arr [3]int
	var pr Pair
	for pr.A, arr[1] = range Grid(2, 2) {
	}
	fmt.Println(pr, arr)

	// A panic in the body goes through the iterator to the caller.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i := range Count(5) {
			if i == 2 {
				panic(fmt.Sprint("body panic at ", i))
			}
		}
	}()
}
