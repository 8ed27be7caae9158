// run

// %T of many types, %p/%v of nil pointers, slices and maps, and the Sprint
// spacing rules between operands.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Celsius float64
type Grid [2][3]int
type Handler func(string) error
type Set map[string]struct{}

type Node struct {
	Val  int
	Next *Node
}

func main() {
	vals := []any{1, int8(1), uint64(1), uintptr(1), 1.5, float32(1.5), "s", 'r', byte('b'), true,
		[]int{}, [3]string{}, map[string][]int{}, &Node{}, Node{}, Celsius(1), Grid{}, Handler(nil),
		Set{}, struct{ A, b int }{}, errors.New("e"), os.Stdout, new(strings.Builder), []any{},
		func() {}, func(int, ...string) (bool, error) { return false, nil }, nil, [][]*Node{}, new(any),
		struct{}{}}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var np *Node
	var sl []int
	var mp map[int]int
	var fn func()
	fmt.Printf("%p %v %p %v %v %t\n", np, np, sl, sl, mp, fn == nil)
	fmt.Printf("[%10v] [%-10v]\n", np, np)
	fmt.Printf("%#p\n", np)
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, nil, 2, errors.New("e"), 3, "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	s := fmt.Sprint() + fmt.Sprintln() + fmt.Sprint(nil) + fmt.Sprint("", "")
	fmt.Printf("%q\n", s)
	fmt.Printf("%v %d\n", &[]int{1}, &[2]int{3, 4})
	fmt.Printf("%v %+v\n", &map[string]int{"k": 1}, &struct{ P *int }{})
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", n.Val, *n.Next)
}
