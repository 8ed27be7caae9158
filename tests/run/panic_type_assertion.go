// run

package main

import "fmt"

type Shape interface{ Area() float64 }
type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

func describe(v any) string {
	return fmt.Sprint(v.(Shape).Area())
}

func main() {
	fmt.Println(describe(Square{2}))
	fmt.Println(describe(3))
}
