// run

package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var x any = Sq{2}
	_, ok := x.(Shape)
	fmt.Println(ok)
	fmt.Println(x.(Shape))
}
