// run

package main

import "fmt"

type Op struct {
	Name string
	F    func(int) int
}

func main() {
	var fs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var gs []func()
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		gs = append(gs, func() { fmt.Print(i, ":", j, " ") })
		j -= 2
	}
	for _, g := range gs {
		g()
	}
	fmt.Println()
	ops := []Op{}
	for _, n := range []int{1, 2, 3} {
		ops = append(ops, Op{fmt.Sprint("add", n), func(x int) int { return x + n }})
	}
	for _, op := range ops {
		fmt.Print(op.Name, "=", op.F(10), " ")
	}
	fmt.Println()
	counter := 0
	for i := 0; i < 3; i++ {
		defer func() { counter += i; fmt.Println("deferred sees", i, counter) }()
	}
	acc := make([]func() int, 0)
	for i := 0; i < 3; i++ {
		p := &i
		*p += 10
		acc = append(acc, func() int { return *p })
	}
	for _, a := range acc {
		fmt.Print(a(), " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i, v := range s {
		s[len(s)-1-i] = v * 10
	}
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2-i] = v * 10
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i := range sl {
		if i == 0 {
			sl = append(sl, 4, 5)
		}
	}
	fmt.Println(len(sl))
	str := "héllo"
	for i := range str {
		fmt.Print(i)
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	var n8 int8 = 3
	for i := range n8 {
		fmt.Printf("%T%d ", i, i)
	}
	const C = 2
	for i := range C {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
}
