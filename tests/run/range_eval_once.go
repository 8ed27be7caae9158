// run

// The range expression is evaluated once: reassigning the variable ranged
// over (or an array element) in the body does not change the iteration.
package main

import "fmt"

func main() {
	n := 5
	c := 0
	for i := range n {
		n--
		c += i
	}
	fmt.Println(n, c)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4, 5)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	t := []int{1, 2, 3, 4}
	for i := range t {
		t = t[:1]
		fmt.Print(i)
	}
	fmt.Println()
	str := "abc"
	for i, r := range str {
		str = "x"
		fmt.Print(i, string(r))
	}
	fmt.Println(str)
	arr := [3]int{1, 2, 3}
	for _, v := range arr {
		arr[2] = 9
		fmt.Print(v)
	}
	fmt.Println()
	p := &arr
	for i, v := range p {
		p[2] = 7
		fmt.Print(i, v)
	}
	fmt.Println()
}

func init() {
	m := map[string]int{"a": 1}
	cnt := 0
	for k := range m {
		m = map[string]int{}
		m[k+"x"] = 2
		cnt++
	}
	fmt.Println("map", cnt, len(m))
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	orig := ch
	for v := range ch {
		ch = nil
		fmt.Print("chan ", v, " ")
	}
	fmt.Println(ch == nil, orig != nil)
	type big struct{ a [4]int }
	bs := [2]big{{[4]int{1}}, {[4]int{2}}}
	for i, b := range bs {
		bs[1].a[0] = 50
		fmt.Print(i, b.a[0], " ")
	}
	fmt.Println()
}
