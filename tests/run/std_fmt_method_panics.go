// run

// A String, Error or Format method that panics does not crash the
// program: fmt prints "<nil>" for a nil receiver and a PANIC= note
// otherwise.
package main

import (
	"errors"
	"fmt"
)

type Node struct {
	Name string
	Kids []*Node
}

func (n *Node) String() string {
	// Forgets to handle a nil receiver.
	return n.Name + fmt.Sprint(len(n.Kids))
}

type Ratio struct{ Num, Den int }

func (r Ratio) String() string {
	return fmt.Sprint(r.Num/r.Den, " rem ", r.Num%r.Den)
}

type Strict struct{}

func (Strict) Error() string { panic(errors.New("no message")) }

type Loud int

func (l Loud) Format(f fmt.State, c rune) {
	if l < 0 {
		panic(fmt.Sprintf("negative %d", int(l)))
	}
	fmt.Fprintf(f, "LOUD%d", int(l))
}

type Safe struct{ p *int }

func (s *Safe) String() string {
	if s == nil {
		return "safe-nil"
	}
	return "safe"
}

func main() {
	var n *Node
	fmt.Println(n)
	fmt.Printf("[%s] [%v] [%10v]\n", n, n, n)
	fmt.Println(&Node{Name: "root", Kids: []*Node{nil}})
	fmt.Println(Ratio{7, 2})
	fmt.Println(Ratio{1, 0})
	fmt.Printf("%+8v|\n", Ratio{3, 0})
	fmt.Println(Strict{})
	fmt.Println(Loud(3), Loud(-1))
	fmt.Printf("%x %d\n", Loud(-2), Loud(4))
	var s *Safe
	fmt.Println(s, &Safe{})
	fmt.Println([]*Node{nil, {Name: "leaf"}})
	out := fmt.Sprintf("%v", map[string]*Node{"a": nil})
	fmt.Println(out)
	fmt.Println("still running")
}
