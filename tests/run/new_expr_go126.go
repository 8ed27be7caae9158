// run

package main

import "fmt"

type Person struct {
	Name string
	Age  *int
}

func yearsSince(y int) int { return 2026 - y }

func main() {
	p := Person{Name: "Ann", Age: new(yearsSince(1990))}
	fmt.Println(p.Name, *p.Age)
	s := new("hello")
	f := new(2.5)
	b := new(true)
	x := 7
	px := new(x)
	*px = 8
	fmt.Println(*s, *f, *b, x, *px)
	fmt.Printf("%T %T %T\n", s, f, new(int64(3)))
	arr := new([3]int{1, 2, 3})
	arr[1] = 20
	fmt.Println(*arr)
	sl := new([]string{"a"})
	*sl = append(*sl, "b")
	fmt.Println(*sl)
}
