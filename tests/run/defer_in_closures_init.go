// run

package main

import "fmt"

var initOrder []string

func init() {
	defer func() { initOrder = append(initOrder, "init defer") }()
	initOrder = append(initOrder, "init body")
}

type Stack struct{ items []int }

func (s *Stack) Pop() (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pop: %v", r)
		}
	}()
	v = s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func main() {
	fmt.Println(initOrder)
	run := func(n int) (out string) {
		defer func() {
			if r := recover(); r != nil {
				out = fmt.Sprint("closure recovered ", r)
			}
		}()
		if n < 0 {
			panic(n)
		}
		return fmt.Sprint("closure ok ", n)
	}
	fmt.Println(run(1))
	fmt.Println(run(-1))
	s := &Stack{items: []int{1}}
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
	func() {
		defer fmt.Println("immediately invoked literal's defer")
		fmt.Println("inside literal")
	}()
}
